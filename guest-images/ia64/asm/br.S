// Branches and calls: br.call/br.ret through frames of different alloc
// sizes (the caller's stacked registers survive), indirect calls and jumps
// through branch registers, brl, br.cloop with ar.lc, predicated branches,
// mov to/from br, ar.pfs/ar.ec/ar.lc/ar.rsc/ar.fpsr/ar.itc/ar.ccv.
	.include "common.inc"
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 24, 3, 0
	;;
	// fill 20 locals with a pattern
	mov r14 = 0
	;;
	.irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19
	adds r14 = 0x111, r14
	;;
	shl loc\n = r14, 20
	;;
	.endr
	mov out0 = 7
	mov out1 = 100
	;;
	br.call.sptk.many b0 = f_small
	;;
	mov loc20 = r8
	;;
	SHOW "f_small", loc20
	mov out0 = 3
	;;
	br.call.sptk.many b0 = f_big
	;;
	mov loc20 = r8
	;;
	SHOW "f_big", loc20
	mov out0 = 5
	;;
	br.call.sptk.many b0 = f_nested
	;;
	mov loc20 = r8
	;;
	SHOW "f_nested", loc20
	// the 20 locals survived the calls
	mov loc21 = 0
	;;
	.irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19
	xor loc21 = loc21, loc\n
	;;
	shrp loc21 = loc21, loc21, 7
	;;
	.endr
	SHOW "locals_hash", loc21
	// indirect call through b6, with mov from br
	movl r14 = f_small
	;;
	mov b6 = r14
	mov out0 = 1
	mov out1 = 2
	;;
	br.call.sptk.many b0 = b6
	;;
	mov loc20 = r8
	mov r14 = b6
	movl r15 = f_small
	;;
	sub loc21 = r14, r15
	;;
	SHOW "indirect_call", loc20
	SHOW "mov_from_b6_diff", loc21
	// indirect jump
	movl r14 = .Ljump_target
	mov loc20 = 1
	;;
	mov b7 = r14
	;;
	br.cond.sptk.many b7
	;;
	mov loc20 = 2				// skipped
	;;
.Ljump_target:
	SHOW "indirect_jump", loc20
	// long branches
	mov out0 = 10
	mov out1 = 20
	;;
	brl.call.sptk.many b0 = f_small
	;;
	mov loc20 = r8
	;;
	SHOW "brl_call", loc20
	mov loc20 = 1
	;;
	brl.sptk.many .Lbrl_target
	;;
	mov loc20 = 2
	;;
.Lbrl_target:
	SHOW "brl_cond", loc20
	// predicated branches and calls
	mov loc20 = 0
	cmp.eq p6, p7 = r0, r0
	;;
(p7)	br.cond.dptk.few .Lskip1		// not taken
	;;
	adds loc20 = 1, loc20
	;;
.Lskip1:
(p6)	br.cond.dpnt.few .Lskip2		// taken
	;;
	adds loc20 = 16, loc20
	;;
.Lskip2:
	mov out0 = 1
	mov out1 = 1
	mov r8 = 0
	;;
(p7)	br.call.sptk.many b0 = f_small		// not called: r8 stays 0
	;;
	add loc20 = loc20, r8
	;;
	SHOW "pred_branches", loc20
	// br.cloop: ar.lc = 9 runs the body 10 times
	mov ar.lc = 9
	mov loc20 = 0
	mov loc21 = 0
	;;
.Lcloop:
	adds loc21 = 1, loc21
	;;
	add loc20 = loc20, loc21
	br.cloop.sptk.few .Lcloop
	;;
	mov loc22 = ar.lc
	;;
	SHOW "cloop_sum", loc20
	SHOW "cloop_lc_after", loc22
	mov ar.lc = 0				// lc = 0: the body runs once
	mov loc20 = 0
	;;
.Lcloop1:
	adds loc20 = 1, loc20
	br.cloop.sptk.few .Lcloop1
	;;
	SHOW "cloop_once", loc20
	// application registers
	mov ar.ec = 37
	movl r14 = 0x123456789abcdef0
	;;
	mov ar.lc = r14
	;;
	mov loc20 = ar.ec
	mov loc21 = ar.lc
	;;
	SHOW "ar_ec", loc20
	SHOW "ar_lc", loc21
	mov ar.ec = 5
	;;
	br.call.sptk.many b0 = f_pfs		// returns the ar.pfs it sees
	;;
	mov loc20 = r8
	;;
	SHOW "ar_pfs_in_callee", loc20
	mov loc20 = ar.ec			// br.ret restored ec from pfs.pec
	;;
	SHOW "ar_ec_after_ret", loc20
	mov r14 = -1
	;;
	mov ar.ccv = r14
	;;
	mov loc20 = ar.ccv
	;;
	SHOW "ar_ccv", loc20
	mov loc20 = ar.fpsr			// Linux's FPSR_DEFAULT
	;;
	SHOW "ar_fpsr", loc20
	mov ar.rsc = r0				// lazy mode; pl cannot go below 3
	;;
	mov loc20 = ar.rsc
	mov r14 = 3
	;;
	mov ar.rsc = r14			// eager again
	;;
	mov loc21 = ar.rsc
	;;
	SHOW "ar_rsc_lazy", loc20
	SHOW "ar_rsc_eager", loc21
	mov loc20 = ar.itc
	;;
	mov loc21 = ar.itc
	;;
	cmp.leu p6, p7 = loc20, loc21
	;;
	mov loc22 = 0
	;;
(p6)	mov loc22 = 1
	;;
	SHOW "itc_monotonic", loc22
	EXIT 0
	.endp _start

// f_small(a, b) = 3a + b: a leaf with no frame of its own
	.proc f_small
f_small:
	shladd r8 = r32, 1, r32
	;;
	add r8 = r8, r33
	br.ret.sptk.many b0
	;;
	.endp f_small

// f_big(n): a 90-register frame; sums n * i over its 80 locals, calls
// f_small(n, sum) and returns that plus a check of its locals
	.proc f_big
f_big:
	alloc r40 = ar.pfs, 1, 87, 2, 0		// sof 90
	mov r41 = b0
	mov r42 = 0
	;;
	.irp n, 43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119
	add r42 = r42, r32
	;;
	mov r\n = r42
	;;
	.endr
	mov r120 = r32
	mov r121 = r42
	;;
	br.call.sptk.many b0 = f_small
	;;
	mov r42 = r8
	;;
	.irp n, 43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119
	add r42 = r42, r\n
	;;
	.endr
	mov r8 = r42
	mov ar.pfs = r40
	mov b0 = r41
	;;
	br.ret.sptk.many b0
	;;
	.endp f_big

// f_nested(n) = n == 0 ? 1 : f_nested(n - 1) * 2 + n, with a frame size
// that depends on nothing but the code (alloc 1, 3, 1)
	.proc f_nested
f_nested:
	alloc r34 = ar.pfs, 1, 3, 1, 0
	mov r35 = b0
	cmp.eq p6, p7 = 0, r32
	;;
(p6)	mov r8 = 1
(p6)	br.cond.dpnt.few .Lnested_ret
	;;
	adds r36 = -1, r32
	;;
	br.call.sptk.many b0 = f_nested
	;;
	shladd r8 = r8, 1, r32
.Lnested_ret:
	mov ar.pfs = r34
	mov b0 = r35
	;;
	br.ret.sptk.many b0
	;;
	.endp f_nested

// f_pfs() returns ar.pfs as alloc saw it
	.proc f_pfs
f_pfs:
	alloc r8 = ar.pfs, 0, 2, 0, 0
	;;
	br.ret.sptk.many b0
	;;
	.endp f_pfs
