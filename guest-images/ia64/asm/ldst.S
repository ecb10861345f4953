// Loads and stores of every size, with immediate and register
// post-increment, the ordered/hinted forms, FP-register loads and stores of
// integer bit patterns, cmpxchg/xchg/fetchadd with ar.ccv.
// Memory: buf holds bytes 0x00, 0x11, ..., 0xff (16 bytes) then 0x80, 0x81, ...
	.include "common.inc"
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 16, 2, 0
	movl loc0 = buf
	;;
	// loads zero-extend
	mov loc1 = loc0
	;;
	ld1 loc2 = [loc1], 1
	;;
	SHOW "ld1_0", loc2
	ld1 loc2 = [loc1], 15
	;;
	SHOW "ld1_1", loc2
	ld1 loc2 = [loc1]			// byte 16: 0x80, no sign extension
	;;
	SHOW "ld1_16", loc2
	sub loc3 = loc1, loc0
	;;
	SHOW "postinc_imm", loc3
	mov loc1 = loc0
	mov loc4 = 2
	;;
	ld2 loc2 = [loc1], loc4
	;;
	SHOW "ld2_0", loc2
	ld2 loc2 = [loc1], loc4
	;;
	SHOW "ld2_2", loc2
	ld4 loc2 = [loc1], -4			// negative post-increment
	;;
	SHOW "ld4_4", loc2
	sub loc3 = loc1, loc0
	;;
	SHOW "postinc_neg", loc3
	ld8 loc2 = [loc0]
	;;
	SHOW "ld8_0", loc2
	adds loc1 = 8, loc0
	;;
	ld8.acq loc2 = [loc1]
	;;
	SHOW "ld8_acq_8", loc2
	adds loc1 = 16, loc0
	;;
	ld8.nta loc2 = [loc1], 8
	;;
	SHOW "ld8_nta_16", loc2
	ld4.nt1 loc2 = [loc1]
	;;
	SHOW "ld4_nt1_24", loc2
	ld8.bias loc2 = [loc1]
	;;
	SHOW "ld8_bias_24", loc2
	// stores: into out (16 bytes, initially 0)
	movl loc5 = out
	movl loc6 = 0x8877665544332211
	;;
	mov loc1 = loc5
	;;
	st1 [loc1] = loc6, 2
	;;
	st2 [loc1] = loc6, 2
	;;
	st4 [loc1] = loc6, 4
	;;
	st1 [loc1] = r0, 8
	;;
	sub loc3 = loc1, loc5
	;;
	SHOW "st_postinc", loc3
	ld8 loc2 = [loc5]
	;;
	SHOW "st_124_bytes", loc2
	adds loc1 = 8, loc5
	;;
	st8.rel [loc1] = loc6
	;;
	ld8 loc2 = [loc1]
	;;
	SHOW "st8_rel", loc2
	st4 [loc1] = r0, 4
	;;
	st2.nta [loc1] = r0, -12
	;;
	ld8 loc2 = [loc1]
	;;
	SHOW "st_partial", loc2
	sub loc3 = loc1, loc5
	;;
	SHOW "st_postinc_neg", loc3
	// FP registers: ldf8/stf8 move 64-bit integers, ldfd/stfd doubles,
	// ldfs/stfs singles (converted to and from the register format)
	ldf8 f6 = [loc0]
	;;
	getf.sig loc2 = f6
	;;
	SHOW "ldf8_getf", loc2
	stf8 [loc5] = f6
	;;
	ld8 loc2 = [loc5]
	;;
	SHOW "stf8_ld8", loc2
	movl loc2 = dbl
	;;
	ldfd f7 = [loc2], 8
	;;
	ldfs f8 = [loc2]
	;;
	stfd [loc5] = f7
	;;
	ld8 loc3 = [loc5]
	;;
	SHOW "ldfd_stfd", loc3
	stfd [loc5] = f8			// the single 1.5 as a double
	;;
	ld8 loc3 = [loc5]
	;;
	SHOW "ldfs_stfd", loc3
	stfs [loc5] = f7			// the double -2.5 as a single
	;;
	ld4 loc3 = [loc5]
	;;
	SHOW "ldfd_stfs", loc3
	// atomics
	movl loc7 = atom
	mov loc8 = 41
	;;
	st8 [loc7] = loc8
	mov ar.ccv = loc8
	mov loc9 = 1000
	;;
	cmpxchg8.acq loc2 = [loc7], loc9, ar.ccv	// succeeds
	;;
	ld8 loc3 = [loc7]
	;;
	SHOW "cmpxchg8_old", loc2
	SHOW "cmpxchg8_mem", loc3
	cmpxchg8.rel loc2 = [loc7], loc8, ar.ccv	// fails: memory holds 1000
	;;
	ld8 loc3 = [loc7]
	;;
	SHOW "cmpxchg8_fail_old", loc2
	SHOW "cmpxchg8_fail_mem", loc3
	movl loc8 = 0xaabbccdd000003e8		// the zero-extended memory value is
	;;
	mov ar.ccv = loc8			// compared with all of ar.ccv: fails
	movl loc9 = 0x1234567899999999
	;;
	cmpxchg4.acq loc2 = [loc7], loc9, ar.ccv
	;;
	ld8 loc3 = [loc7]
	mov loc10 = ar.ccv
	;;
	SHOW "cmpxchg4_old", loc2
	SHOW "cmpxchg4_mem", loc3
	SHOW "ccv", loc10
	mov r14 = 1000
	;;
	mov ar.ccv = r14
	;;
	cmpxchg4.acq loc2 = [loc7], loc9, ar.ccv
	;;
	ld8 loc3 = [loc7]
	;;
	SHOW "cmpxchg4_ok_mem", loc3
	mov r14 = 0x99
	;;
	mov ar.ccv = r14
	;;
	cmpxchg1.acq loc2 = [loc7], r0, ar.ccv
	;;
	ld8 loc3 = [loc7]
	;;
	SHOW "cmpxchg1_mem", loc3
	mov r14 = 0x9999
	mov loc12 = 0x4321
	;;
	mov ar.ccv = r14
	adds loc11 = 2, loc7
	;;
	cmpxchg2.acq loc2 = [loc11], loc12, ar.ccv	// bytes 2-3 hold 0x9999: succeeds
	;;
	ld8 loc3 = [loc7]
	;;
	SHOW "cmpxchg2_old", loc2
	SHOW "cmpxchg2_mem", loc3
	mov loc8 = -1
	;;
	xchg8 loc2 = [loc7], loc8
	;;
	ld8 loc3 = [loc7]
	;;
	SHOW "xchg8_old", loc2
	SHOW "xchg8_mem", loc3
	xchg4 loc2 = [loc7], r0
	;;
	ld8 loc3 = [loc7]
	;;
	SHOW "xchg4_old", loc2
	SHOW "xchg4_mem", loc3
	mov loc8 = 0x1234
	;;
	xchg2 loc2 = [loc7], loc8
	;;
	xchg1 loc3 = [loc7], r0
	;;
	ld8 loc4 = [loc7]
	;;
	SHOW "xchg2_old", loc2
	SHOW "xchg1_old", loc3
	SHOW "xchg21_mem", loc4
	st8 [loc7] = r0
	;;
	fetchadd8.acq loc2 = [loc7], 16
	;;
	fetchadd8.rel loc2 = [loc7], -1
	;;
	ld8 loc3 = [loc7]
	;;
	SHOW "fetchadd8_old", loc2
	SHOW "fetchadd8_mem", loc3
	fetchadd4.acq loc2 = [loc7], -16	// 15 - 16 = -1 in 32 bits
	;;
	ld8 loc3 = [loc7]
	;;
	SHOW "fetchadd4_old", loc2
	SHOW "fetchadd4_mem", loc3
	fetchadd4.rel loc2 = [loc7], 4
	;;
	fetchadd4.acq loc2 = [loc7], 8
	;;
	fetchadd8.acq loc2 = [loc7], -8
	;;
	fetchadd8.acq loc2 = [loc7], -4
	;;
	fetchadd8.acq loc2 = [loc7], 1
	;;
	ld8 loc3 = [loc7]
	;;
	SHOW "fetchadd_chain_old", loc2
	SHOW "fetchadd_chain_mem", loc3
	// ld16/st16 with ar.csd (the high 8 bytes), 16-byte aligned
	movl loc7 = wide
	;;
	ld16 loc2, ar.csd = [loc7]
	;;
	mov loc3 = ar.csd
	;;
	SHOW "ld16_low", loc2
	SHOW "ld16_csd", loc3
	movl r14 = 0x0102030405060708
	;;
	mov ar.csd = r14
	adds loc8 = 16, loc7
	;;
	st16 [loc8] = loc6, ar.csd		// loc6 = 0x8877665544332211
	;;
	ld8 loc2 = [loc8], 8
	;;
	ld8 loc3 = [loc8]
	;;
	SHOW "st16_low", loc2
	SHOW "st16_high", loc3
	// FP pair loads with post-increment, and the spill/fill and extended
	// memory formats of an FP register
	mov loc8 = loc0				// buf
	;;
	ldfp8 f6, f7 = [loc8], 16
	;;
	getf.sig loc2 = f6
	getf.sig loc3 = f7
	sub loc4 = loc8, loc0
	;;
	SHOW "ldfp8_first", loc2
	SHOW "ldfp8_second", loc3
	SHOW "ldfp8_postinc", loc4
	movl loc8 = dbl2
	;;
	ldfpd f8, f9 = [loc8]
	;;
	getf.d loc2 = f8
	getf.d loc3 = f9
	;;
	SHOW "ldfpd_first", loc2
	SHOW "ldfpd_second", loc3
	adds loc8 = 32, loc7			// wide + 32
	;;
	stf.spill [loc8] = f1			// 1.0: significand, then sign/exponent
	;;
	ld8 loc2 = [loc8], 8
	;;
	ld8 loc3 = [loc8], -8
	;;
	SHOW "stf_spill_sig", loc2
	SHOW "stf_spill_exp", loc3
	ldf.fill f10 = [loc8]
	;;
	getf.exp loc2 = f10
	;;
	SHOW "ldf_fill_exp", loc2
	stfe [loc8] = f1			// 1.0 in the 10-byte extended format
	;;
	ld8 loc2 = [loc8], 8
	;;
	ld2 loc3 = [loc8], -8
	;;
	SHOW "stfe_sig", loc2
	SHOW "stfe_exp", loc3
	ldfe f11 = [loc8]
	;;
	getf.exp loc2 = f11
	getf.sig loc3 = f11
	;;
	SHOW "ldfe_exp", loc2
	SHOW "ldfe_sig", loc3
	// memory fences and cache hints are no-ops for a single thread
	mf
	;;
	mf.a
	fc loc5
	;;
	sync.i
	;;
	srlz.i
	;;
	lfetch [loc0]
	lfetch.fault.excl [loc0]
	;;
	mov loc2 = 1
	;;
	SHOW "fences_ok", loc2
	EXIT 0
	.endp _start

	.data
	.align 16
buf:	.byte 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77
	.byte 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff
	.byte 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87
	.byte 0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7
dbl:	.double -2.5
	.float 1.5
	.align 16
dbl2:	.double 0.5, -8.0
	.align 16
out:	.skip 16
wide:	.quad 0xa0a1a2a3a4a5a6a7, 0xb0b1b2b3b4b5b6b7
	.skip 48
atom:	.skip 8
