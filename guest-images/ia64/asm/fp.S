// The floating-point register file as integer code uses it: setf/getf
// (.sig, .exp, .s, .d), xma.l/.h/.hu (64 x 64-bit multiply-add in the FP
// unit; xmpy is xma with f0), fcvt.xf/fcvt.fx.trunc, fmerge, fixed f0/f1.
	.include "common.inc"
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 10, 2, 0
	movl loc0 = 0x0123456789abcdef		// A
	movl loc1 = 0xfedcba9876543210		// B (negative as signed)
	;;
	movl loc2 = 0x8000000000000001		// C
	;;
	setf.sig f6 = loc0
	setf.sig f7 = loc1
	setf.sig f8 = loc2
	;;
	xma.l f9 = f6, f7, f8
	;;
	getf.sig loc4 = f9
	;;
	SHOW "xma_l", loc4
	xma.h f9 = f6, f7, f8
	;;
	getf.sig loc4 = f9
	;;
	SHOW "xma_h", loc4
	xma.hu f9 = f6, f7, f8
	;;
	getf.sig loc4 = f9
	;;
	SHOW "xma_hu", loc4
	xmpy.l f9 = f7, f7
	;;
	getf.sig loc4 = f9
	;;
	SHOW "xmpy_l", loc4
	xmpy.hu f9 = f7, f7
	;;
	getf.sig loc4 = f9
	;;
	SHOW "xmpy_hu", loc4
	xmpy.h f9 = f7, f7
	;;
	getf.sig loc4 = f9
	;;
	SHOW "xmpy_h", loc4
	getf.exp loc4 = f6			// setf.sig gives exponent 0x1003e
	;;
	SHOW "getf_exp_sig", loc4
	getf.sig loc4 = f1			// f1 = +1.0
	getf.exp loc5 = f1
	;;
	SHOW "getf_sig_f1", loc4
	SHOW "getf_exp_f1", loc5
	getf.sig loc4 = f0
	getf.exp loc5 = f0
	;;
	SHOW "getf_sig_f0", loc4
	SHOW "getf_exp_f0", loc5
	mov loc6 = 0x2ffff			// sign 1, exponent 0xffff
	;;
	setf.exp f10 = loc6
	;;
	getf.exp loc4 = f10
	getf.sig loc5 = f10
	getf.d loc7 = f10			// -1.0
	;;
	SHOW "setf_exp", loc4
	SHOW "setf_exp_sig", loc5
	SHOW "setf_exp_d", loc7
	movl loc6 = 0x400921fb54442d18		// pi
	;;
	setf.d f11 = loc6
	;;
	getf.d loc4 = f11
	getf.s loc5 = f11			// rounded to single
	getf.exp loc7 = f11
	getf.sig loc8 = f11
	;;
	SHOW "setf_getf_d", loc4
	SHOW "getf_s_of_d", loc5
	SHOW "getf_exp_of_d", loc7
	SHOW "getf_sig_of_d", loc8
	movl loc6 = 0xc0490fdb			// -pi as a single
	;;
	setf.s f12 = loc6
	;;
	getf.s loc4 = f12
	getf.d loc5 = f12
	;;
	SHOW "setf_getf_s", loc4
	SHOW "getf_d_of_s", loc5
	// integer <-> double conversions as gcc uses them for division
	mov loc6 = -1234567
	;;
	setf.sig f13 = loc6
	;;
	fcvt.xf f14 = f13			// signed 64-bit integer to fp
	;;
	fnorm.d f14 = f14
	;;
	getf.d loc4 = f14
	;;
	SHOW "fcvt_xf", loc4
	fcvt.fx.trunc f15 = f11			// pi -> 3
	fcvt.fxu.trunc f9 = f14			// -1234567 as unsigned: invalid -> 0x8000000000000000
	;;
	getf.sig loc4 = f15
	getf.sig loc5 = f9
	;;
	SHOW "fcvt_fx_trunc", loc4
	SHOW "fcvt_fxu_trunc_neg", loc5
	fmerge.ns f9 = f11, f11			// -pi
	;;
	getf.d loc4 = f9
	;;
	SHOW "fmerge_ns", loc4
	fmerge.s f9 = f12, f11			// |pi| with -pi's sign
	;;
	getf.d loc4 = f9
	;;
	SHOW "fmerge_s", loc4
	EXIT 0
	.endp _start
