// Control and data speculation and NaT bits: ld.s deferring a fault into
// NaT, NaT propagation through ALU ops, compares with NaT sources, chk.s,
// st8.spill/ld8.fill with ar.unat, ld.a/ld.c/chk.a/invala (the ALAT).
// Only architecturally guaranteed outcomes are printed: an advanced load
// whose address was stored to, or after invala, must fail chk.a; where an
// ALAT entry may survive, only the (identical) value is printed.
// Address 0 is never mapped by Linux (vm.mmap_min_addr): a speculative load
// from it is deferred (arch/ia64/mm/fault.c sets psr.ed for isr.sp faults).
	.include "common.inc"

	.macro TNAT label, reg
	tnat.nz p6, p7 = \reg
	;;
	mov r14 = 0
	;;
(p6)	mov r14 = 1
	;;
	SHOW "\label", r14
	.endm

	.macro PT label, init, insn:vararg
	mov r14 = (\init) << 6
	;;
	mov pr = r14, 0xc0
	;;
	\insn
	;;
	mov r14 = pr
	;;
	extr.u r14 = r14, 6, 2
	;;
	SHOW "\label", r14
	.endm

	// chk.a with its own recovery code: reload and note that it ran
	.macro CHKA kind, reg
	chk.a.\kind \reg, .Lrc\@
	br.cond.sptk.many .Lbk\@
	;;
.Lrc\@:
	ld8 loc15 = [loc7]
	mov loc17 = 1
	;;
.Lbk\@:
	.endm

	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 20, 2, 0
	movl loc0 = data
	;;
	ld8.s loc1 = [r0]			// deferred: NaT
	;;
	TNAT "lds_bad_nat", loc1
	ld8.s loc2 = [loc0]			// a valid address: no NaT (value below)
	;;
	chk.s loc2, .Lrec1
.Lback1:
	SHOW "lds_good_value", loc2
	// propagation
	adds loc3 = 5, loc1
	;;
	TNAT "add_imm_nat", loc3
	add loc3 = loc0, loc1
	;;
	TNAT "add_nat", loc3
	and loc3 = 0, loc1			// the NaT survives even a zero result
	;;
	TNAT "and_zero_nat", loc3
	shl loc3 = loc1, 3
	;;
	TNAT "shl_nat", loc3
	dep.z loc3 = loc1, 3, 5
	;;
	TNAT "depz_nat", loc3
	mov loc3 = loc1
	;;
	TNAT "mov_nat", loc3
	mov loc3 = 7				// an immediate clears it
	;;
	TNAT "mov_imm_clears", loc3
	ld8.s loc4 = [loc1]			// NaT address: deferred, NaT
	;;
	TNAT "lds_nat_addr", loc4
	// compares with a NaT source (SDM cmp): normal and unc clear both
	// targets; and clears both; or and or.andcm leave them.  and.orcm is
	// the assembler's name for or.andcm with the targets swapped and the
	// relation complemented, so it leaves them too.
	PT "cmp_nat_none", 3, cmp.eq p6, p7 = loc1, r0
	PT "cmp_nat_unc", 3, cmp.eq.unc p6, p7 = loc1, r0
	PT "cmp_nat_and", 3, cmp.eq.and p6, p7 = loc1, loc1
	PT "cmp_nat_or", 0, cmp.eq.or p6, p7 = loc1, loc1
	PT "cmp_nat_orandcm", 2, cmp.ne.or.andcm p6, p7 = loc1, r0
	PT "cmp_nat_andorcm", 1, cmp.eq.and.orcm p6, p7 = loc1, loc1
	PT "cmp_imm_nat", 3, cmp.lt p6, p7 = 1, loc1
	PT "tbit_nat", 3, tbit.z p6, p7 = loc1, 0
	PT "tnat_nat", 0, tnat.z p6, p7 = loc1
	// chk.s on a NaT branches to the recovery code
	mov loc5 = 0
	;;
	chk.s loc1, .Lrec2
.Lback2:
	SHOW "chks_recovered", loc5
	TNAT "recovered_nat", loc1
	// st8.spill / ld8.fill: NaT bits go to / come from ar.unat bit
	// (address bits 8:3)
	mov ar.unat = r0
	movl loc6 = spill			// 512-byte aligned
	;;
	adds loc7 = 8 * 5, loc6
	adds loc8 = 8 * 9, loc6
	ld8.s loc9 = [r0]
	mov loc10 = 1234
	;;
	st8.spill [loc7] = loc9			// NaT: bit 5 set
	;;
	st8.spill [loc8] = loc10		// bit 9 clear
	;;
	mov loc11 = ar.unat
	;;
	SHOW "unat_after_spill", loc11
	movl r14 = 0x200
	;;
	mov ar.unat = r14			// set bit 9: fill makes a NaT
	;;
	ld8.fill loc12 = [loc7]
	ld8.fill loc13 = [loc8]
	;;
	TNAT "fill5_nat", loc12
	TNAT "fill9_nat", loc13
	mov ar.unat = r0
	;;
	ld8.fill loc13 = [loc8]
	;;
	TNAT "fill9_clear", loc13
	SHOW "fill9_value", loc13
	st8.spill [loc6] = loc13, 8		// post-increment form
	;;
	sub loc14 = loc6, loc7
	;;
	SHOW "spill_postinc", loc14
	// ALAT
	adds loc7 = 8, loc0			// data + 8 (initially 0x55)
	adds loc8 = 16, loc0			// data + 16
	;;
	ld8.a loc15 = [loc7]
	mov loc16 = 99
	;;
	st8 [loc7] = loc16			// same address: entry removed
	;;
	ld8.c.clr loc15 = [loc7]		// so the check load reloads
	;;
	SHOW "ldc_after_store", loc15
	ld8.a loc15 = [loc7]
	;;
	st8 [loc8] = loc16			// another address
	;;
	ld8.c.nc loc15 = [loc7]
	;;
	SHOW "ldc_other_store", loc15
	ld8.a loc15 = [loc7]
	mov loc17 = 0
	mov loc16 = 123
	;;
	st8 [loc7] = loc16
	;;
	CHKA clr, loc15			// must fail
	SHOW "chka_store_recovered", loc17
	SHOW "chka_store_value", loc15
	ld4.a loc15 = [loc7]
	mov loc17 = 0
	;;
	invala
	;;
	CHKA clr, loc15			// must fail
	;;
	SHOW "chka_invala_recovered", loc17
	ld8.a loc15 = [loc7]
	mov loc17 = 0
	;;
	invala.e loc15
	;;
	CHKA nc, loc15			// must fail
	;;
	SHOW "chka_invala_e_recovered", loc17
	ld8.a loc15 = [loc7]
	mov loc17 = 0
	mov loc16 = 0x77
	;;
	adds loc18 = 3, loc7
	;;
	st1 [loc18] = loc16			// one overlapping byte
	;;
	CHKA clr, loc15			// must fail
	;;
	SHOW "chka_partial_recovered", loc17
	SHOW "chka_partial_value", loc15
	ld8.sa loc15 = [r0]			// deferred: NaT, no ALAT entry
	mov loc17 = 0
	;;
	TNAT "ldsa_bad_nat", loc15
	CHKA clr, loc15			// must fail
	;;
	SHOW "chka_ldsa_recovered", loc17
	ld8.sa loc15 = [loc8]
	;;
	ld8.c.clr loc15 = [loc8]
	;;
	SHOW "ldsa_ldc_value", loc15
	EXIT 0

.Lrec1:						// chk.s recovery: redo the load
	ld8 loc2 = [loc0]
	br.cond.sptk.many .Lback1
	;;
.Lrec2:
	mov loc5 = 1
	mov loc1 = 0
	br.cond.sptk.many .Lback2
	;;
	.endp _start

	.data
	.align 16
data:	.quad 0x1122334455667788, 0x55, 0
	.align 512
spill:	.skip 128
