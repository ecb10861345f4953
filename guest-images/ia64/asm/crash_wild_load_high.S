// Must die: a load from an unmapped address in region 3 (0x7fff000000000000): SIGSEGV.
	.include "common.inc"
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 8, 2, 0
	mov loc0 = 1
	;;
	SHOW "before", loc0
	movl r14 = 0x7fff000000000000
	;;
	ld8 loc1 = [r14]
	;;
	mov loc0 = 2
	;;
	SHOW "survived", loc0
	EXIT 0
	.endp _start
	.data
	.align 16
buf:	.quad 0x1122334455667788, 0x99aabbccddeeff00
