// Must die: a NaT register moved to a branch register: Register NaT Consumption fault, SIGILL.
	.include "common.inc"
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 8, 2, 0
	mov loc0 = 1
	;;
	SHOW "before", loc0
	ld8.s loc1 = [r0]
	;;
	mov b6 = loc1
	;;
	mov loc0 = 2
	;;
	SHOW "survived", loc0
	EXIT 0
	.endp _start
	.data
	.align 16
buf:	.quad 0x1122334455667788, 0x99aabbccddeeff00
