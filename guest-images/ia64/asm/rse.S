// The register stack engine.
// 1. A recursion 100,000 frames deep through four functions with different
//    frame sizes (sof 5, 6, 7, 8): each keeps values in its locals across the
//    call and checks them afterwards, so every frame is spilled to the
//    backing store and filled back (about 5 MB of backing store).
// 2. flushrs, then ar.bsp/ar.bspstore/ar.rnat: a caller's 90 locals (one of
//    them a NaT) are found in the backing store where the RSE and Linux put
//    them, with a NaT collection word in every slot whose address has bits
//    8:3 all ones (SDM Vol. 2 "RSE"; arch/ia64/include/asm/rse.h).
	.include "common.inc"
DEPTH = 100000
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 8, 2, 0
	;;
	movl r14 = errors
	;;
	st8 [r14] = r0
	mov out0 = DEPTH
	;;
	br.call.sptk.many b0 = rec
	;;
	mov loc0 = r8
	movl r14 = errors
	;;
	ld8 loc1 = [r14]
	movl r14 = maxdepth
	;;
	ld8 loc2 = [r14]
	;;
	SHOW "rec_result", loc0
	SHOW "rec_errors", loc1
	SHOW "rec_calls", loc2
	br.call.sptk.many b0 = caller90
	;;
	EXIT 0
	.endp _start

// rec(n): dispatch on n & 3 to rec0..rec3
	.proc rec
rec:
	and r14 = 3, r32
	movl r15 = rec_table
	;;
	shladd r15 = r14, 3, r15
	;;
	ld8 r15 = [r15]
	;;
	mov b6 = r15
	;;
	br.cond.sptk.many b6
	;;
	.endp rec

// rec_k(n) with L locals (loc0 = ar.pfs, loc1 = b0, locj = j * n + k for
// j >= 2): n == 0: 0; otherwise rec(n - 1) + (loc(L-1) ^ n)
	.macro RECFN k, nloc, last
	.proc rec\k
rec\k:
	alloc r14 = ar.pfs, 1, \nloc, 1, 0
	;;
	mov loc0 = r14
	mov loc1 = b0
	mov loc2 = \k
	;;
	shladd loc2 = in0, 1, loc2		// 2n + k
	;;
	mov r15 = loc2
	;;
	.irp j, 3,4,5,6,7,8,9,10,11,12
	.if \j < \nloc
	add r15 = r15, in0
	;;
	mov loc\j = r15			// j*n + k
	;;
	.endif
	.endr
	cmp.eq p6, p7 = 0, in0
	;;
(p6)	mov r8 = 0
(p6)	br.cond.dpnt.few .Lret\k
	;;
	movl r14 = maxdepth
	;;
	fetchadd8.acq r15 = [r14], 1
	adds out0 = -1, in0
	;;
	br.call.sptk.many b0 = rec
	;;
	// check the locals
	mov r14 = \k
	;;
	shladd r14 = in0, 1, r14
	;;
	cmp.ne p6, p0 = r14, loc2
	;;
	.irp j, 3,4,5,6,7,8,9,10,11,12
	.if \j < \nloc
	add r14 = r14, in0
	;;
	cmp.ne.or p6, p0 = r14, loc\j
	;;
	.endif
	.endr
(p6)	movl r15 = errors
	;;
(p6)	fetchadd8.acq r15 = [r15], 1
	xor r14 = \last, in0
	;;
	add r8 = r8, r14
.Lret\k:
	mov ar.pfs = loc0
	mov b0 = loc1
	;;
	br.ret.sptk.many b0
	;;
	.endp rec\k
	.endm

	RECFN 0, 3, loc2
	RECFN 1, 4, loc3
	RECFN 2, 5, loc4
	RECFN 3, 6, loc5

// caller90: 90 locals r32..r121 = 0x5000 + i, except r72 (i = 40), a NaT,
// and loc0/loc1 (ar.pfs, b0); calls probe(bsp before the call)
	.proc caller90
caller90:
	alloc r14 = ar.pfs, 0, 90, 2, 0
	;;
	mov r2 = r14
	mov r3 = b0
	.irp i, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89
	mov loc\i = 0x5000 + \i
	.endr
	;;
	ld8.s loc40 = [r0]			// NaT
	mov loc0 = r2				// ar.pfs
	mov loc1 = r3				// b0
	;;
	mov out0 = ar.bsp
	;;
	br.call.sptk.many b0 = probe
	;;
	mov ar.pfs = loc0
	mov b0 = loc1
	;;
	br.ret.sptk.many b0
	;;
	.endp caller90

// skip(addr, n): the backing-store address n registers after addr
// (r14 = addr, r15 = n; result in r14; uses r16, p8)
	.macro SKIP_REGS
.Lskip\@:
	cmp.eq p8, p0 = 0, r15
(p8)	br.cond.dpnt.few .Lskipped\@
	;;
	adds r14 = 8, r14
	adds r15 = -1, r15
	;;
	mov r17 = 0x1f8
	;;
	and r16 = r17, r14
	;;
	cmp.eq p8, p0 = r17, r16
	;;
(p8)	adds r14 = 8, r14			// a NaT collection slot
	br.cond.sptk.few .Lskip\@
	;;
.Lskipped\@:
	.endm

	.proc probe
probe:
	alloc r14 = ar.pfs, 1, 12, 2, 0
	;;
	mov loc0 = r14
	mov loc1 = b0
	flushrs
	;;
	mov loc2 = ar.bsp
	mov loc4 = ar.rsc
	;;
	mov ar.rsc = r0				// ar.bspstore and ar.rnat are read in
	;;					// lazy mode only (SDM "mov ar")
	mov loc3 = ar.bspstore
	mov loc5 = ar.rnat
	;;
	mov ar.rsc = loc4
	cmp.eq p6, p7 = loc2, loc3
	mov loc6 = 0
	;;
(p6)	mov loc6 = 1
	;;
	SHOW "flushrs_bsp_eq_bspstore", loc6
	// the callee's bsp is the caller's bsp plus its 90 locals (the output
	// register became our in0) and the NaT collections between
	mov r14 = in0
	mov r15 = 90
	;;
	SKIP_REGS
	cmp.eq p6, p7 = r14, loc2
	mov loc6 = 0
	;;
(p6)	mov loc6 = 1
	;;
	SHOW "bsp_after_call", loc6
	// walk the 90 slots from the caller's bsp (in0)
	mov loc7 = in0				// slot address
	mov loc8 = 0				// register index
	mov loc9 = 0				// values found
	mov loc10 = 0				// NaT bits found (bit i for register i)
	mov loc11 = 0x1f8
	;;
.Lwalk:
	and r14 = loc11, loc7
	;;
	cmp.eq p6, p0 = loc11, r14
	;;
(p6)	adds loc7 = 8, loc7			// skip a NaT collection slot
	;;
	ld8 r15 = [loc7]			// the spilled value
	or r16 = loc11, loc7			// its NaT collection slot
	extr.u r17 = loc7, 3, 6			// and bit
	;;
	cmp.ltu p6, p7 = r16, loc3		// written to memory, or still in rnat
	;;
(p6)	ld8 r18 = [r16]
(p7)	mov r18 = loc5
	;;
	shr.u r18 = r18, r17
	mov r19 = 0x5000
	;;
	and r18 = 1, r18
	add r19 = r19, loc8
	;;
	shl r18 = r18, loc8
	cmp.eq p6, p0 = r19, r15
	;;
	or loc10 = loc10, r18
(p6)	adds loc9 = 1, loc9
	adds loc8 = 1, loc8
	adds loc7 = 8, loc7
	mov r20 = 90
	;;
	cmp.ltu p6, p0 = loc8, r20
	;;
(p6)	br.cond.sptk.few .Lwalk
	;;
	SHOW "spilled_values_found", loc9
	SHOW "nat_bits", loc10
	sub loc6 = loc7, loc2			// the walk ends at our own bsp
	;;
	SHOW "walk_end_minus_bsp", loc6
	mov ar.pfs = loc0
	mov b0 = loc1
	;;
	br.ret.sptk.many b0
	;;
	.endp probe

	.data
	.align 8
rec_table:
	data8 rec0, rec1, rec2, rec3
	.bss
	.align 8
errors:	.skip 8
maxdepth: .skip 8
