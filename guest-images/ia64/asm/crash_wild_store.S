// Must die: a store to an unmapped address (0x1000; Linux never maps page 0 or its neighbours): SIGSEGV.
	.include "common.inc"
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 8, 2, 0
	mov loc0 = 1
	;;
	SHOW "before", loc0
	mov r14 = 0x1000
	;;
	st8 [r14] = loc0
	;;
	mov loc0 = 2
	;;
	SHOW "survived", loc0
	EXIT 0
	.endp _start
	.data
	.align 16
buf:	.quad 0x1122334455667788, 0x99aabbccddeeff00
