// sigaltstack + SA_ONSTACK: the handler runs with its memory stack (r12)
// and its register backing store (ar.bsp) on the alternate stack, as
// Linux's setup_frame and gate trampoline arrange (the RBS moves to the
// bottom of the alternate stack); after rt_sigreturn the program is back
// on its own stack. Exit status 0, else bits: 1 r12 not on the alternate
// stack, 2 ar.bsp not on it, 4 r12 not restored, 8 handler did not run.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 4, 4, 0
	movl r16 = ss
	movl r17 = altbuf
	;;
	st8 [r16] = r17, 16		// ss_sp (ss_flags 0)
	movl r18 = 262144
	;;
	st8 [r16] = r18			// ss_size
	movl out0 = ss
	mov out1 = 0
	mov r15 = 1176			// sigaltstack
	;;
	break 0x100000
	;;
	movl out1 = act
	mov out0 = 10			// SIGUSR1
	mov out2 = 0
	mov out3 = 8
	mov r15 = 1177			// rt_sigaction
	;;
	break 0x100000
	;;
	mov loc0 = r12
	mov r15 = 1041			// getpid
	;;
	break 0x100000
	;;
	mov out0 = r8
	mov out1 = 10
	mov r15 = 1053			// kill(getpid(), SIGUSR1)
	;;
	break 0x100000
	;;
	movl r16 = verdict
	;;
	ld8 out0 = [r16]
	cmp.ne p6, p0 = loc0, r12
	;;
(p6)	adds out0 = 4, out0
	mov r15 = 1236
	;;
	break 0x100000
	;;
	.endp _start

	.proc handler
handler:
	alloc r14 = ar.pfs, 3, 1, 0, 0
	movl r16 = altbuf
	movl r17 = 262144
	;;
	mov r18 = ar.bsp
	sub r19 = r12, r16
	mov r20 = 0
	;;
	sub r18 = r18, r16
	cmp.geu p6, p0 = r19, r17
	;;
	cmp.geu p7, p0 = r18, r17
(p6)	adds r20 = 1, r20
	;;
(p7)	adds r20 = 2, r20
	movl r21 = verdict
	;;
	st8 [r21] = r20
	mov ar.pfs = r14
	;;
	br.ret.sptk.many b0
	;;
	.endp handler

	.data
	.align 8
act:	data8 fdesc
	data8 0x08000004		// SA_ONSTACK | SA_SIGINFO
	data8 0
fdesc:	data8 handler
	data8 0
verdict: data8 8
ss:	data8 0, 0, 0
	.bss
	.align 16
altbuf:	.skip 262144
