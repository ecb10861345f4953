// A SIGSEGV handler (SA_SIGINFO) sees the faulting address: exit 42 when
// si_addr is the address the load used, 43 otherwise. The handler is
// reached through its function descriptor {entry, gp}, as Linux's gate
// trampoline calls it.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 4, 4, 0
	movl out1 = act
	mov out0 = 11			// SIGSEGV
	mov out2 = 0
	mov out3 = 8
	mov r15 = 1177			// rt_sigaction
	;;
	break 0x100000
	;;
	movl r21 = 0x6000000012345678	// nothing mapped there
	;;
	ld8 r20 = [r21]
	;;
	mov out0 = 1
	mov r15 = 1236			// exit_group(1): not reached
	;;
	break 0x100000
	;;
	.endp _start

	.proc handler
handler:
	alloc r14 = ar.pfs, 3, 2, 3, 0
	adds r16 = 16, in1		// &info->si_addr
	;;
	ld8 r17 = [r16]
	movl r18 = 0x6000000012345678
	;;
	cmp.eq p6, p7 = r17, r18
	;;
(p6)	mov loc0 = 42
(p7)	mov loc0 = 43
	mov out0 = 1
	movl out1 = caught
	mov out2 = 7
	mov r15 = 1027			// write
	;;
	break 0x100000
	;;
	mov out0 = loc0
	mov r15 = 1236
	;;
	break 0x100000
	;;
	.endp handler

	.data
	.align 8
act:	data8 fdesc			// sa_handler: a function descriptor
	data8 4				// SA_SIGINFO
	data8 0				// sa_mask
fdesc:	data8 handler			// entry
	data8 0				// gp
caught:	.ascii "caught\n"
