// Must die: a bundle with a reserved template (0x06) is an Illegal Operation fault: SIGILL (ILL_ILLOPC, arch/ia64/kernel/traps.c).
	.include "common.inc"
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 8, 2, 0
	mov loc0 = 1
	;;
	SHOW "before", loc0
	br.cond.sptk.many .Lbad
	;;
	.align 16
.Lbad:
	data8 0x0000000000000006, 0	// template 6: reserved
	;;
	mov loc0 = 2
	;;
	SHOW "survived", loc0
	EXIT 0
	.endp _start
	.data
	.align 16
buf:	.quad 0x1122334455667788, 0x99aabbccddeeff00
