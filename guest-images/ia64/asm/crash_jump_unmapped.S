// Must die: a branch to an unmapped address: SIGSEGV (the instruction fetch faults).
	.include "common.inc"
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 8, 2, 0
	mov loc0 = 1
	;;
	SHOW "before", loc0
	mov r14 = 0x2000
	;;
	mov b6 = r14
	;;
	br.cond.sptk.many b6
	;;
	mov loc0 = 2
	;;
	SHOW "survived", loc0
	EXIT 0
	.endp _start
	.data
	.align 16
buf:	.quad 0x1122334455667788, 0x99aabbccddeeff00
