// The multimedia integer instructions (parallel add/sub/avg/shift-add,
// compares, multiplies, min/max, sad, shifts, mix, mux, pack, unpack) on
// fixed operands; expected values in expected.py (SDM Vol. 3 semantics).
// The Ski simulator gets the signed-saturating forms (.sss: padd, psub,
// pshladd2, pshradd2, pack) wrong (it gives 0x80 for 0 + 0 and for
// positive overflow); every other line agrees with it.
	.include "common.inc"
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 10, 2, 0
	movl loc0 = 0x0123456789abcdef		// A
	movl loc1 = 0xfedcba9876543210		// B
	;;
	movl loc2 = 0x7f80017fff000180		// P
	movl loc3 = 0x80017f7f01ff80c3		// Q
	;;
	movl loc5 = 0x7f90017fffee0180		// R: some elements equal P's
	mov loc6 = 3
	mov loc7 = 40
	;;
	// pshladd2 operands: the shift overflows only where the addend has the
	// same sign (every reading of the SDM saturates those the same way)
	movl loc8 = 0x40001000c0000100
	movl loc9 = 0x00104000ff000005
	;;
	padd1 loc4 = loc0, loc1
	;;
	SHOW "padd1", loc4
	padd1.sss loc4 = loc2, loc3
	;;
	SHOW "padd1_sss", loc4
	padd1.uus loc4 = loc2, loc3
	;;
	SHOW "padd1_uus", loc4
	padd1.uuu loc4 = loc2, loc3
	;;
	SHOW "padd1_uuu", loc4
	padd2 loc4 = loc0, loc1
	;;
	SHOW "padd2", loc4
	padd2.sss loc4 = loc2, loc3
	;;
	SHOW "padd2_sss", loc4
	padd2.uus loc4 = loc2, loc3
	;;
	SHOW "padd2_uus", loc4
	padd2.uuu loc4 = loc2, loc3
	;;
	SHOW "padd2_uuu", loc4
	padd4 loc4 = loc0, loc1
	;;
	SHOW "padd4", loc4
	psub1 loc4 = loc0, loc1
	;;
	SHOW "psub1", loc4
	psub1.sss loc4 = loc2, loc3
	;;
	SHOW "psub1_sss", loc4
	psub1.uus loc4 = loc2, loc3
	;;
	SHOW "psub1_uus", loc4
	psub1.uuu loc4 = loc2, loc3
	;;
	SHOW "psub1_uuu", loc4
	psub2 loc4 = loc0, loc1
	;;
	SHOW "psub2", loc4
	psub2.sss loc4 = loc2, loc3
	;;
	SHOW "psub2_sss", loc4
	psub2.uus loc4 = loc2, loc3
	;;
	SHOW "psub2_uus", loc4
	psub2.uuu loc4 = loc2, loc3
	;;
	SHOW "psub2_uuu", loc4
	psub4 loc4 = loc0, loc1
	;;
	SHOW "psub4", loc4
	pavg1 loc4 = loc2, loc3
	;;
	SHOW "pavg1", loc4
	pavg1.raz loc4 = loc2, loc3
	;;
	SHOW "pavg1_raz", loc4
	pavg2 loc4 = loc2, loc3
	;;
	SHOW "pavg2", loc4
	pavg2.raz loc4 = loc2, loc3
	;;
	SHOW "pavg2_raz", loc4
	pavgsub1 loc4 = loc2, loc3
	;;
	SHOW "pavgsub1", loc4
	pavgsub2 loc4 = loc2, loc3
	;;
	SHOW "pavgsub2", loc4
	pshladd2 loc4 = loc8, 2, loc9
	;;
	SHOW "pshladd2", loc4
	pshradd2 loc4 = loc2, 3, loc3
	;;
	SHOW "pshradd2", loc4
	pcmp1.eq loc4 = loc2, loc5
	;;
	SHOW "pcmp1_eq", loc4
	pcmp1.gt loc4 = loc2, loc3
	;;
	SHOW "pcmp1_gt", loc4
	pcmp2.eq loc4 = loc2, loc5
	;;
	SHOW "pcmp2_eq", loc4
	pcmp2.gt loc4 = loc2, loc3
	;;
	SHOW "pcmp2_gt", loc4
	pcmp4.eq loc4 = loc2, loc5
	;;
	SHOW "pcmp4_eq", loc4
	pcmp4.gt loc4 = loc2, loc3
	;;
	SHOW "pcmp4_gt", loc4
	pmpy2.r loc4 = loc2, loc3
	;;
	SHOW "pmpy2_r", loc4
	pmpy2.l loc4 = loc2, loc3
	;;
	SHOW "pmpy2_l", loc4
	pmpyshr2 loc4 = loc2, loc3, 0
	;;
	SHOW "pmpyshr2_0", loc4
	pmpyshr2 loc4 = loc2, loc3, 7
	;;
	SHOW "pmpyshr2_7", loc4
	pmpyshr2 loc4 = loc2, loc3, 15
	;;
	SHOW "pmpyshr2_15", loc4
	pmpyshr2 loc4 = loc2, loc3, 16
	;;
	SHOW "pmpyshr2_16", loc4
	pmpyshr2.u loc4 = loc2, loc3, 16
	;;
	SHOW "pmpyshr2_u_16", loc4
	pmpyshr2.u loc4 = loc2, loc3, 7
	;;
	SHOW "pmpyshr2_u_7", loc4
	pmin1.u loc4 = loc2, loc3
	;;
	SHOW "pmin1_u", loc4
	pmax1.u loc4 = loc2, loc3
	;;
	SHOW "pmax1_u", loc4
	pmin2 loc4 = loc2, loc3
	;;
	SHOW "pmin2", loc4
	pmax2 loc4 = loc2, loc3
	;;
	SHOW "pmax2", loc4
	psad1 loc4 = loc2, loc3
	;;
	SHOW "psad1", loc4
	pshl2 loc4 = loc0, 5
	;;
	SHOW "pshl2_imm", loc4
	pshl4 loc4 = loc0, 31
	;;
	SHOW "pshl4_imm", loc4
	pshl2 loc4 = loc0, loc6
	;;
	SHOW "pshl2_reg", loc4
	pshl4 loc4 = loc0, loc7
	;;
	SHOW "pshl4_reg_big", loc4
	pshr2 loc4 = loc1, 3
	;;
	SHOW "pshr2_imm", loc4
	pshr2.u loc4 = loc1, 3
	;;
	SHOW "pshr2_u_imm", loc4
	pshr4 loc4 = loc1, 20
	;;
	SHOW "pshr4_imm", loc4
	pshr4.u loc4 = loc1, 20
	;;
	SHOW "pshr4_u_imm", loc4
	pshr2 loc4 = loc1, loc7
	;;
	SHOW "pshr2_reg_big", loc4
	pshr2.u loc4 = loc1, loc7
	;;
	SHOW "pshr2_u_reg_big", loc4
	pshr4 loc4 = loc1, loc6
	;;
	SHOW "pshr4_reg", loc4
	mix1.l loc4 = loc0, loc1
	;;
	SHOW "mix1_l", loc4
	mix1.r loc4 = loc0, loc1
	;;
	SHOW "mix1_r", loc4
	mix2.l loc4 = loc0, loc1
	;;
	SHOW "mix2_l", loc4
	mix2.r loc4 = loc0, loc1
	;;
	SHOW "mix2_r", loc4
	mix4.l loc4 = loc0, loc1
	;;
	SHOW "mix4_l", loc4
	mix4.r loc4 = loc0, loc1
	;;
	SHOW "mix4_r", loc4
	mux1 loc4 = loc0, @rev
	;;
	SHOW "mux1_rev", loc4
	mux1 loc4 = loc0, @mix
	;;
	SHOW "mux1_mix", loc4
	mux1 loc4 = loc0, @shuf
	;;
	SHOW "mux1_shuf", loc4
	mux1 loc4 = loc0, @alt
	;;
	SHOW "mux1_alt", loc4
	mux1 loc4 = loc0, @brcst
	;;
	SHOW "mux1_brcst", loc4
	mux2 loc4 = loc0, 0x1b
	;;
	SHOW "mux2_1b", loc4
	mux2 loc4 = loc0, 0xe4
	;;
	SHOW "mux2_e4", loc4
	mux2 loc4 = loc0, 0x72
	;;
	SHOW "mux2_72", loc4
	pack2.sss loc4 = loc2, loc3
	;;
	SHOW "pack2_sss", loc4
	pack2.uss loc4 = loc2, loc3
	;;
	SHOW "pack2_uss", loc4
	pack4.sss loc4 = loc2, loc3
	;;
	SHOW "pack4_sss", loc4
	unpack1.h loc4 = loc0, loc1
	;;
	SHOW "unpack1_h", loc4
	unpack1.l loc4 = loc0, loc1
	;;
	SHOW "unpack1_l", loc4
	unpack2.h loc4 = loc0, loc1
	;;
	SHOW "unpack2_h", loc4
	unpack2.l loc4 = loc0, loc1
	;;
	SHOW "unpack2_l", loc4
	unpack4.h loc4 = loc0, loc1
	;;
	SHOW "unpack4_h", loc4
	unpack4.l loc4 = loc0, loc1
	;;
	SHOW "unpack4_l", loc4
	EXIT 0
	.endp _start
