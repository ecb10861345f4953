// Compares and predication: cmp/cmp4 (every relation, register and
// immediate forms), the compare types none/unc/and/or/or.andcm/and.orcm,
// the parallel forms against r0, tbit and tnat; predicated execution and p0.
// Each PT line shows p6 (bit 0) and p7 (bit 1) after the compare, starting
// from INIT = p6 | p7 << 1 | p8 << 2 (p8 is the qualifying predicate where
// one is used).
	.include "common.inc"

	.macro PT label, init, insn:vararg
	mov r14 = (\init) << 6
	;;
	mov pr = r14, 0x1c0
	;;
	\insn
	;;
	mov r14 = pr
	;;
	extr.u r14 = r14, 6, 2
	;;
	SHOW "\label", r14
	.endm

	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 12, 2, 0
	mov loc0 = 5				// X
	mov loc1 = -3				// Y
	movl loc2 = 0x100000005			// W: low 32 bits equal X
	;;
	movl loc3 = 0xffffffff			// V: as 32 bits, -1
	mov r4 = 0
	;;
	mov pr = r0, -1				// every predicate but p0 cleared
	;;
	mov loc4 = pr
	;;
	SHOW "pr_cleared", loc4
	PT "eq_xx", 0, cmp.eq p6, p7 = loc0, loc0
	PT "eq_xy", 0, cmp.eq p6, p7 = loc0, loc1
	PT "ne_xy", 0, cmp.ne p6, p7 = loc0, loc1
	PT "lt_xy", 0, cmp.lt p6, p7 = loc0, loc1
	PT "lt_yx", 0, cmp.lt p6, p7 = loc1, loc0
	PT "le_xx", 0, cmp.le p6, p7 = loc0, loc0
	PT "gt_xy", 0, cmp.gt p6, p7 = loc0, loc1
	PT "ge_yx", 0, cmp.ge p6, p7 = loc1, loc0
	PT "ltu_xy", 0, cmp.ltu p6, p7 = loc0, loc1
	PT "leu_yx", 0, cmp.leu p6, p7 = loc1, loc0
	PT "gtu_yx", 0, cmp.gtu p6, p7 = loc1, loc0
	PT "geu_xx", 0, cmp.geu p6, p7 = loc0, loc0
	PT "eq_imm", 0, cmp.eq p6, p7 = -3, loc1
	PT "lt_imm", 0, cmp.lt p6, p7 = 4, loc0
	PT "lt_imm_f", 0, cmp.lt p6, p7 = 5, loc0
	PT "ltu_imm", 0, cmp.ltu p6, p7 = -1, loc1
	PT "gtu_imm", 0, cmp.gtu p6, p7 = 6, loc0
	PT "cmp_eq_wx", 0, cmp.eq p6, p7 = loc2, loc0
	PT "cmp4_eq_wx", 0, cmp4.eq p6, p7 = loc2, loc0
	PT "cmp_lt_vx", 0, cmp.lt p6, p7 = loc3, loc0
	PT "cmp4_lt_vx", 0, cmp4.lt p6, p7 = loc3, loc0
	PT "cmp4_ltu_vx", 0, cmp4.ltu p6, p7 = loc3, loc0
	PT "cmp4_eq_imm", 0, cmp4.eq p6, p7 = -1, loc3
	PT "cmp4_gt_imm", 0, cmp4.lt p6, p7 = -2, loc3
	// qualifying predicate false: normal compares leave the targets alone,
	// unc compares clear both
	PT "qp0_none", 1, (p8) cmp.eq p6, p7 = loc0, loc0
	PT "qp0_none2", 2, (p8) cmp.ne p6, p7 = loc0, loc0
	PT "qp0_unc", 3, (p8) cmp.eq.unc p6, p7 = loc0, loc0
	PT "qp1_unc", 4, (p8) cmp.eq.unc p6, p7 = loc0, loc0
	PT "qp1_unc_f", 7, (p8) cmp.ne.unc p6, p7 = loc0, loc0
	PT "qp1_none", 4, (p8) cmp.ltu p6, p7 = loc0, loc1
	// and / or / or.andcm / and.orcm
	PT "and_true", 3, cmp.eq.and p6, p7 = loc0, loc0
	PT "and_false", 3, cmp.eq.and p6, p7 = loc0, loc1
	PT "or_true", 0, cmp.eq.or p6, p7 = loc0, loc0
	PT "or_false", 0, cmp.ne.or p6, p7 = loc0, loc0
	PT "orandcm_true", 2, cmp.eq.or.andcm p6, p7 = loc0, loc0
	PT "orandcm_false", 2, cmp.eq.or.andcm p6, p7 = loc0, loc1
	PT "andorcm_true", 1, cmp.eq.and.orcm p6, p7 = loc0, loc0
	PT "andorcm_false", 1, cmp.eq.and.orcm p6, p7 = loc0, loc1
	PT "and_qp0", 3, (p8) cmp.ne.and p6, p7 = loc0, loc0
	PT "ne_or_imm", 0, cmp.ne.or p6, p7 = 7, loc0
	PT "cmp4_and", 3, cmp4.eq.and p6, p7 = loc2, loc0
	// parallel relations against r0
	PT "lt_or_r0", 0, cmp.lt.or p6, p7 = r0, loc0
	PT "gt_or_r0", 0, cmp.gt.or p6, p7 = r0, loc0
	PT "gt_and_r0", 3, cmp.gt.and p6, p7 = r0, loc1
	PT "le_and_r0", 3, cmp.le.and p6, p7 = r0, loc1
	PT "ge_orandcm_r0", 2, cmp.ge.or.andcm p6, p7 = r0, loc0
	PT "lt_andorcm_r0", 1, cmp.lt.and.orcm p6, p7 = r0, loc1
	PT "cmp4_gt_or_r0", 0, cmp4.gt.or p6, p7 = r0, loc3
	// several or-compares to the same predicates in one group (allowed)
	mov pr = r0, 0x1c0
	;;
	cmp.eq.or p6, p7 = loc0, loc1
	cmp.eq.or p6, p7 = loc0, loc0
	cmp.lt.or p6, p7 = loc0, r0
	;;
	mov r14 = pr
	;;
	extr.u r14 = r14, 6, 2
	;;
	SHOW "or_multi", r14
	// tbit / tnat
	PT "tbit_z_0", 0, tbit.z p6, p7 = loc0, 0
	PT "tbit_nz_2", 0, tbit.nz p6, p7 = loc0, 2
	PT "tbit_nz_63", 0, tbit.nz p6, p7 = loc1, 63
	PT "tbit_z_unc_qp0", 3, (p8) tbit.z.unc p6, p7 = loc0, 1
	PT "tbit_nz_and", 3, tbit.nz.and p6, p7 = loc0, 1
	PT "tbit_z_or", 0, tbit.z.or p6, p7 = loc0, 1
	PT "tbit_nz_orandcm", 2, tbit.nz.or.andcm p6, p7 = loc0, 0
	PT "tbit_z_andorcm", 1, tbit.z.and.orcm p6, p7 = loc0, 0
	PT "tnat_z", 0, tnat.z p6, p7 = loc0
	PT "tnat_nz", 0, tnat.nz p6, p7 = loc0
	PT "tnat_nz_unc", 3, tnat.nz.unc p6, p7 = loc0
	// writes to p0 are ignored
	PT "p0_target", 0, cmp.eq p0, p6 = loc0, loc1
	// predicated instructions
	mov loc5 = 0
	mov r14 = 1 << 6			// p6 = 1, p7 = 0
	;;
	mov pr = r14, 0xc0
	;;
(p6)	adds loc5 = 1, loc5
	;;
(p7)	adds loc5 = 16, loc5
	;;
(p0)	adds loc5 = 256, loc5
	;;
	SHOW "predicated", loc5
	cmp.ne p6, p7 = r0, r0
	;;
(p6)	mov loc5 = 1
(p7)	mov loc5 = 2
	;;
	SHOW "pred_select", loc5
	// a predicated-off load from address 0 does not fault
	mov loc6 = 77
	;;
(p6)	ld8 loc6 = [r0]
	;;
	SHOW "pred_off_load", loc6
	// mov pr = reg, mask only changes the masked predicates (p1-p15
	// individually, p16-p63 by mask bit 16); mov pr.rot = imm sets p16-p63.
	// (The SDM, "mov pr": "the most significant bit of mask17 is the mask
	// bit for all of the rotating predicates".)
	movl r14 = 0xffffffffffffffff
	;;
	mov pr = r14, 0x10a			// p1, p3, p8
	;;
	mov loc4 = pr
	;;
	SHOW "pr_mask", loc4
	movl r14 = 0xffffffffffffffff		// (SHOW clobbered r14)
	;;
	mov pr = r14, 0x10000			// p16-p63
	;;
	mov loc4 = pr
	;;
	SHOW "pr_rot_mask", loc4
	mov pr.rot = 0x5550000
	;;
	mov loc4 = pr
	;;
	SHOW "pr_rot_imm", loc4
	mov pr.rot = -0x10000000
	;;
	mov loc4 = pr
	;;
	SHOW "pr_rot_neg", loc4
	EXIT 0
	.endp _start
