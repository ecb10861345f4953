// Must die: break 1 (integer divide by zero, GCC's division check): SIGFPE (FPE_INTDIV, ia64_bad_break).
	.include "common.inc"
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 8, 2, 0
	mov loc0 = 1
	;;
	SHOW "before", loc0
	break 1
	;;
	mov loc0 = 2
	;;
	SHOW "survived", loc0
	EXIT 0
	.endp _start
	.data
	.align 16
buf:	.quad 0x1122334455667788, 0x99aabbccddeeff00
