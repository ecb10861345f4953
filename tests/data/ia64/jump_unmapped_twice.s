// A direct branch to unmapped code, taken twice: each time Linux delivers
// SIGSEGV at the target; the handler counts and resumes at `resume`
// (sc_ip). The second time must fault again, not enter anything the
// first fault left behind (a translated exit linked to the handler's
// code): exit status 2 (the number of handler runs).
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 4, 4, 0
	movl out1 = act
	;;
	mov out0 = 11			// SIGSEGV
	mov out2 = 0
	mov out3 = 8
	mov r15 = 1177			// rt_sigaction
	;;
	break 0x100000
	;;
	br.sptk.few again
	;;
again:
	br.sptk.few nowhere		// a block of its own: a direct exit to unmapped code
	;;
	.global resume
resume:
	movl r16 = count
	;;
	ld8 r17 = [r16]
	;;
	cmp.ltu p6, p7 = r17, r0
	cmp.eq p8, p0 = 1, r17
	;;
(p8)	br.sptk.few again
	;;
	mov out0 = r17
	mov r15 = 1236
	;;
	break 0x100000
	;;
	.endp _start

	.proc handler
handler:
	alloc r14 = ar.pfs, 3, 1, 0, 0
	movl r16 = count
	adds r18 = 40, in2		// &sc->sc_ip
	;;
	ld8 r17 = [r16]
	movl r19 = resume
	;;
	adds r17 = 1, r17
	st8 [r18] = r19
	;;
	st8 [r16] = r17
	mov ar.pfs = r14
	;;
	br.ret.sptk.many b0
	;;
	.endp handler

	nowhere = 0x4000000000100000	// 1 MiB past the text: nothing mapped

	.data
	.align 8
act:	data8 fdesc
	data8 4				// SA_SIGINFO
	data8 0
fdesc:	data8 handler
	data8 0
count:	data8 0
