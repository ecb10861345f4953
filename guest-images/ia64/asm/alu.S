// ALU, shifts and bit fields, sign/zero extension, czx, popcnt, movl.
// Operands: A = 0x0123456789abcdef, B = 0xfedcba9876543210,
//           C = 0x8000000000000001, Z = 0x1122003344005566 (zero bytes).
// Expected values: alu.expected (computed by expected.py from the
// Itanium SDM Vol. 3 instruction descriptions).
	.include "common.inc"
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 12, 2, 0
	movl loc0 = 0x0123456789abcdef		// A
	movl loc1 = 0xfedcba9876543210		// B
	;;
	movl loc2 = 0x8000000000000001		// C
	movl loc3 = 0x1122003344005566		// Z
	;;
	SHOW "movl_a", loc0
	add loc4 = loc0, loc1
	;;
	SHOW "add", loc4
	add loc4 = loc0, loc1, 1
	;;
	SHOW "add_plus1", loc4
	sub loc4 = loc0, loc1
	;;
	SHOW "sub", loc4
	sub loc4 = loc0, loc1, 1
	;;
	SHOW "sub_minus1", loc4
	sub loc4 = 100, loc0
	;;
	SHOW "sub_imm8", loc4
	adds loc4 = -8192, loc0
	;;
	SHOW "adds_min", loc4
	adds loc4 = 8191, loc1
	;;
	SHOW "adds_max", loc4
	mov r2 = loc0
	;;
	addl loc4 = -2097152, r2
	;;
	SHOW "addl_min", loc4
	addl loc4 = 0x1fffff, r0
	;;
	SHOW "addl_max", loc4
	mov loc4 = -1
	;;
	SHOW "mov_m1", loc4
	and loc4 = loc0, loc1
	;;
	SHOW "and", loc4
	or loc4 = loc0, loc2
	;;
	SHOW "or", loc4
	xor loc4 = loc0, loc1
	;;
	SHOW "xor", loc4
	andcm loc4 = loc1, loc0
	;;
	SHOW "andcm", loc4
	and loc4 = -16, loc0
	;;
	SHOW "and_imm", loc4
	or loc4 = 0x55, loc1
	;;
	SHOW "or_imm", loc4
	xor loc4 = -128, loc0
	;;
	SHOW "xor_imm", loc4
	andcm loc4 = 127, loc0
	;;
	SHOW "andcm_imm", loc4
	shladd loc4 = loc0, 1, loc1
	;;
	SHOW "shladd1", loc4
	shladd loc4 = loc0, 2, loc1
	;;
	SHOW "shladd2", loc4
	shladd loc4 = loc0, 3, loc2
	;;
	SHOW "shladd3", loc4
	shladd loc4 = loc1, 4, loc0
	;;
	SHOW "shladd4", loc4
	// shifts: immediate and register counts, counts beyond 63
	shl loc4 = loc0, 4
	;;
	SHOW "shl_4", loc4
	mov loc5 = 63
	;;
	shl loc4 = loc2, loc5
	;;
	SHOW "shl_r63", loc4
	mov loc5 = 64
	;;
	shl loc4 = loc0, loc5
	;;
	SHOW "shl_r64", loc4
	shr loc4 = loc1, 8
	;;
	SHOW "shr_8", loc4
	shr.u loc4 = loc1, 8
	;;
	SHOW "shr_u_8", loc4
	mov loc5 = 200
	;;
	shr loc4 = loc1, loc5
	;;
	SHOW "shr_r200", loc4
	shr.u loc4 = loc1, loc5
	;;
	SHOW "shr_u_r200", loc4
	mov loc5 = 33
	;;
	shr loc4 = loc2, loc5
	;;
	SHOW "shr_r33", loc4
	shr.u loc4 = loc2, loc5
	;;
	SHOW "shr_u_r33", loc4
	shrp loc4 = loc0, loc1, 16
	;;
	SHOW "shrp_16", loc4
	shrp loc4 = loc1, loc0, 60
	;;
	SHOW "shrp_60", loc4
	shrp loc4 = loc0, loc0, 8		// rotate right by 8
	;;
	SHOW "rotr_8", loc4
	extr loc4 = loc1, 8, 16
	;;
	SHOW "extr_8_16", loc4
	extr loc4 = loc0, 20, 12
	;;
	SHOW "extr_20_12", loc4
	extr.u loc4 = loc1, 8, 16
	;;
	SHOW "extr_u_8_16", loc4
	extr loc4 = loc1, 60, 4
	;;
	SHOW "extr_60_4", loc4
	extr.u loc4 = loc1, 0, 64
	;;
	SHOW "extr_u_0_64", loc4
	dep loc4 = loc0, loc1, 8, 16
	;;
	SHOW "dep_8_16", loc4
	dep loc4 = loc1, loc0, 56, 16		// len runs past bit 63: truncated
	;;
	SHOW "dep_56_16", loc4
	dep loc4 = -1, loc0, 4, 12
	;;
	SHOW "dep_imm1_m1", loc4
	dep loc4 = 0, loc1, 0, 32
	;;
	SHOW "dep_imm1_0", loc4
	dep.z loc4 = loc0, 16, 8
	;;
	SHOW "depz_16_8", loc4
	dep.z loc4 = loc1, 40, 40
	;;
	SHOW "depz_40_40", loc4
	dep.z loc4 = -3, 12, 20
	;;
	SHOW "depz_imm_m3", loc4
	dep.z loc4 = 100, 58, 6
	;;
	SHOW "depz_imm_100", loc4
	sxt1 loc4 = loc1
	;;
	SHOW "sxt1", loc4
	sxt2 loc4 = loc1
	;;
	SHOW "sxt2", loc4
	sxt4 loc4 = loc1
	;;
	SHOW "sxt4", loc4
	sxt4 loc4 = loc0
	;;
	SHOW "sxt4_pos", loc4
	zxt1 loc4 = loc1
	;;
	SHOW "zxt1", loc4
	zxt2 loc4 = loc1
	;;
	SHOW "zxt2", loc4
	zxt4 loc4 = loc1
	;;
	SHOW "zxt4", loc4
	czx1.l loc4 = loc3
	;;
	SHOW "czx1_l", loc4
	czx1.r loc4 = loc3
	;;
	SHOW "czx1_r", loc4
	czx2.l loc4 = loc3
	;;
	SHOW "czx2_l", loc4
	czx2.r loc4 = loc3
	;;
	SHOW "czx2_r", loc4
	czx1.l loc4 = loc0
	;;
	SHOW "czx1_l_none", loc4
	czx1.r loc4 = loc1
	;;
	SHOW "czx1_r_none", loc4
	czx2.r loc4 = r0
	;;
	SHOW "czx2_r_zero", loc4
	popcnt loc4 = loc0
	;;
	SHOW "popcnt_a", loc4
	popcnt loc4 = loc2
	;;
	SHOW "popcnt_c", loc4
	mov loc5 = -1
	;;
	popcnt loc4 = loc5
	;;
	SHOW "popcnt_m1", loc4
	popcnt loc4 = r0
	;;
	SHOW "popcnt_0", loc4
	// r0 reads as 0 and ignores writes (as a source after an add to r1..):
	add loc4 = r0, r0, 1
	;;
	SHOW "r0_plus1", loc4
	// an instruction group: a write after a read of the same register
	// (WAR, allowed) leaves the read with the old value
	mov loc7 = 7
	;;
	adds loc6 = 1, loc7
	mov loc7 = 100
	;;
	SHOW "group_a", loc6
	SHOW "group_b", loc7
	EXIT 0
	.endp _start
