// execve(argv[1], &argv[1], NULL): the program named by the first
// argument replaces this one (an IA-64 program runs under a fresh
// lastmile, a host program directly). On failure: exit with the errno.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 4, 3, 0
	adds r16 = 32, r12		// &argv[1]: argc is at r12 + 16
	;;
	ld8 out0 = [r16]
	mov out1 = r16
	mov out2 = 0
	mov r15 = 1033			// execve
	;;
	break 0x100000
	;;
	mov out0 = r8
	mov r15 = 1236
	;;
	break 0x100000
	;;
	.endp _start
