// A handler that returns: kill(getpid(), SIGUSR1) from inside a callee;
// the handler recurses 300 frames deep (6000 stacked registers, more
// than the register ring holds), clobbers predicates and scratch
// registers, and returns through rt_sigreturn. The interrupted frames'
// stacked registers, the predicates and r4 must all be back: exit status
// 0, else a bit per lost value.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 6, 4, 0
	movl out1 = act
	mov out0 = 10			// SIGUSR1
	mov out2 = 0
	mov out3 = 8
	mov r15 = 1177			// rt_sigaction
	;;
	break 0x100000
	;;
	movl loc0 = 0x1111111111111111
	movl loc1 = 0x2222222222222222
	;;
	movl r4 = 0x4444444444444444
	;;
	br.call.sptk.many b0 = f
	;;
	movl r16 = 0x1111111111111111
	movl r17 = 0x2222222222222222
	;;
	movl r18 = 0x4444444444444444
	;;
	cmp.ne p6, p0 = loc0, r16
	cmp.ne p7, p0 = loc1, r17
	;;
	cmp.ne p8, p0 = r4, r18
	;;
(p6)	adds r8 = 2, r8
	;;
(p7)	adds r8 = 4, r8
	;;
(p8)	adds r8 = 8, r8
	;;
	mov loc2 = r8
	mov out0 = 1
	movl out1 = back
	mov out2 = 5
	mov r15 = 1027			// write
	;;
	break 0x100000
	;;
	mov out0 = loc2
	mov r15 = 1236			// exit_group(verdict)
	;;
	break 0x100000
	;;
	.endp _start

	.proc f
f:
	alloc loc0 = ar.pfs, 0, 5, 3, 0
	mov loc1 = b0
	movl loc2 = 0x3333333333333333
	;;
	movl loc3 = 0x5555555555555555
	cmp.eq p9, p10 = r0, r0		// p9 = 1, p10 = 0
	;;
	mov r15 = 1041			// getpid
	;;
	break 0x100000
	;;
	mov out0 = r8
	mov out1 = 10
	mov r15 = 1053			// kill
	;;
	break 0x100000
	;;
	mov r8 = 0
	movl r16 = 0x3333333333333333
	;;
	movl r17 = 0x5555555555555555
	;;
	cmp.ne p6, p0 = loc2, r16
	cmp.ne p7, p0 = loc3, r17
	;;
(p6)	adds r8 = 16, r8
	;;
(p7)	adds r8 = 32, r8
	;;
(p10)	adds r8 = 64, r8
	;;
(p9)	br.cond.sptk.few .Lpreds_ok
	;;
	adds r8 = 128, r8
	;;
.Lpreds_ok:
	mov ar.pfs = loc0
	mov b0 = loc1
	;;
	br.ret.sptk.many b0
	;;
	.endp f

	.proc handler
handler:
	alloc loc0 = ar.pfs, 3, 3, 3, 0
	mov loc1 = b0
	cmp.ne p9, p10 = r0, r0		// p9 = 0, p10 = 1
	;;
	mov out0 = 300
	;;
	br.call.sptk.many b0 = rec
	;;
	mov out0 = 1
	movl out1 = inh
	mov out2 = 11
	mov r15 = 1027			// write "in handler\n"
	;;
	break 0x100000
	;;
	mov r16 = -1			// scratch clobbered
	mov ar.pfs = loc0
	mov b0 = loc1
	;;
	br.ret.sptk.many b0
	;;
	.endp handler

	.proc rec
rec:
	alloc loc0 = ar.pfs, 1, 18, 1, 0
	mov loc1 = b0
	;;
	cmp.eq p6, p7 = 0, in0
	adds out0 = -1, in0
	mov loc2 = in0
	mov loc17 = in0
	;;
(p7)	br.call.sptk.many b0 = rec
	;;
	mov ar.pfs = loc0
	mov b0 = loc1
	;;
	br.ret.sptk.many b0
	;;
	.endp rec

	.data
	.align 8
act:	data8 fdesc
	data8 0				// no flags
	data8 0
fdesc:	data8 handler
	data8 0
back:	.ascii "back\n"
inh:	.ascii "in handler\n"
