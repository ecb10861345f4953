	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 2, 3, 0
	movl out1 = msg
	mov out0 = 1
	mov out2 = 14
	mov r15 = 1027
	;;
	break 0x100000
	;;
	mov out0 = r8
	mov r15 = 1236
	;;
	break 0x100000
	;;
	.endp _start
	.data
msg:	.ascii "hello, ia64!\n\0"
