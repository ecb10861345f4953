// fork as glibc does it on ia64: clone2(SIGCHLD, 0, 0, NULL, NULL, 0)
// (__ASSUME_CLONE2). The child (r8 = 0) exits with 7; the parent
// (r8 = the child's pid) waits for it with wait4 and exits with the
// child's status + 10: exit status 17.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 4, 6, 0
	mov out0 = 17			// SIGCHLD
	mov out1 = 0
	mov out2 = 0
	mov out3 = 0
	mov out4 = 0
	mov out5 = 0
	mov r15 = 1213			// clone2
	;;
	break 0x100000
	;;
	cmp.eq p6, p7 = 0, r8
	;;
(p6)	mov out0 = 7
(p6)	mov r15 = 1236			// the child: exit_group(7)
	;;
(p6)	break 0x100000
	;;
	mov out0 = r8
	movl out1 = status
	;;
	mov out2 = 0
	mov out3 = 0
	mov r15 = 1126			// wait4(pid, &status, 0, NULL)
	;;
	break 0x100000
	;;
	movl r16 = status
	;;
	ld4 r17 = [r16]
	;;
	extr.u r17 = r17, 8, 8		// WEXITSTATUS
	;;
	adds out0 = 10, r17
	mov r15 = 1236
	;;
	break 0x100000
	;;
	.endp _start
	.data
	.align 8
status:	data8 0
