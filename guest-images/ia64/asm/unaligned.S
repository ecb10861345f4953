// Misaligned integer loads and stores: Linux emulates them for user mode
// (arch/ia64/kernel/unaligned.c; the warning goes to the terminal and the
// kernel log, not to the program), so they give the bytes in memory.
// (Ski does not emulate them: it stops at the first one.)
	.include "common.inc"
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 8, 2, 0
	movl loc0 = buf
	;;
	adds loc1 = 1, loc0
	;;
	ld8 loc2 = [loc1]
	;;
	SHOW "ld8_plus1", loc2
	adds loc1 = 3, loc0
	;;
	ld4 loc2 = [loc1]
	;;
	SHOW "ld4_plus3", loc2
	adds loc1 = 7, loc0
	;;
	ld2 loc2 = [loc1], 2			// with post-increment
	;;
	SHOW "ld2_plus7", loc2
	sub loc3 = loc1, loc0
	;;
	SHOW "postinc", loc3
	movl loc4 = 0xa1a2a3a4a5a6a7a8
	adds loc1 = 5, loc0
	;;
	st8 [loc1] = loc4
	;;
	ld8 loc2 = [loc0]
	adds loc1 = 8, loc0
	;;
	ld8 loc3 = [loc1]
	;;
	SHOW "st8_plus5_lo", loc2
	SHOW "st8_plus5_hi", loc3
	EXIT 0
	.endp _start
	.data
	.align 16
buf:	.quad 0x1122334455667788, 0x99aabbccddeeff00
