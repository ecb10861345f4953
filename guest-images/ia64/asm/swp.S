// Software-pipelined loops with rotating registers and predicates:
// br.ctop (a counted loop in four stages), br.wtop (a while loop), the
// register rotation itself (rrb.gr, rrb.pr; clrrrb), ar.lc/ar.ec at exit,
// br.cexit/br.wexit, and the rotating FP registers (rrb.fr).
// swp.ref.c computes the ctop/wtop results in C; the test checks that its
// native output lines appear in this program's output.
//
// Registers: r32-r47 rotate (sor 16); r48.. are fixed.
	.include "common.inc"
N = 40
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 30, 2, 16	// r32-r61 locals, out0/out1 = r62/r63
	;;
	// x[i] = i * (i + 1) / 2 + 0x1000 * (i & 3), i = 0 .. N-1
	movl r48 = xs
	mov r49 = 0				// i
	mov r50 = 0				// running triangle number
	mov ar.lc = N - 1
	;;
.Linit:
	add r50 = r50, r49
	and r51 = 3, r49
	;;
	shl r51 = r51, 12
	;;
	add r51 = r51, r50
	adds r49 = 1, r49
	;;
	st8 [r48] = r51, 8
	br.cloop.sptk.few .Linit
	;;
	// y[i] = 3 * x[i] + 7, pipelined: load / shladd / adds / store
	movl r48 = xs
	movl r49 = ys
	mov r52 = 0				// sum of y
	mov ar.lc = N - 1
	mov ar.ec = 4
	mov pr.rot = 1 << 16			// p16 = 1, p17-p63 = 0
	;;
.Lctop:
(p16)	ld8 r32 = [r48], 8			// stage 1
(p17)	shladd r36 = r33, 1, r33		// stage 2: 3x
(p18)	adds r40 = 7, r37			// stage 3: 3x + 7
(p19)	st8 [r49] = r41, 8			// stage 4
(p19)	add r52 = r52, r41
	br.ctop.sptk.few .Lctop
	;;
	mov r53 = ar.lc
	mov r54 = ar.ec
	movl r55 = ys
	;;
	ld8 r56 = [r55]
	adds r55 = 8 * (N - 1), r55
	;;
	ld8 r57 = [r55]
	;;
	SHOW "ctop_sum", r52
	SHOW "ctop_y_first", r56
	SHOW "ctop_y_last", r57
	SHOW "ctop_lc_after", r53
	SHOW "ctop_ec_after", r54
	// br.wtop: sum a zero-terminated list; the compare of stage 1 writes
	// p16, which is p17 (stage 2) after the rotation
	movl r48 = list
	mov r52 = 0				// sum
	mov r53 = 0				// kernel iterations
	mov ar.ec = 1
	mov pr.rot = 0
	;;
.Lwtop:
	ld8 r32 = [r48], 8
	adds r53 = 1, r53
	;;
	cmp.ne p16, p0 = r32, r0
(p17)	add r52 = r52, r33
	;;
(p16)	br.wtop.sptk.few .Lwtop
	;;
	mov r54 = ar.ec
	;;
	SHOW "wtop_sum", r52
	SHOW "wtop_iterations", r53
	SHOW "wtop_ec_after", r54
	// the rotation itself: r32..r47 = 1..16, three br.ctop rotations
	clrrrb
	;;
	.irp n, 32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47
	mov r\n = \n - 31
	.endr
	mov ar.lc = 2
	mov ar.ec = 1
	mov pr.rot = 1 << 16
	;;
.Lrot:
	br.ctop.sptk.few .Lrot
	;;
	mov r48 = r32
	mov r49 = r35
	mov r50 = r47
	mov r51 = pr
	;;
	shr.u r51 = r51, 16
	;;
	SHOW "rot_r32", r48
	SHOW "rot_r35", r49
	SHOW "rot_r47", r50
	SHOW "rot_pr", r51
	// the rotating registers renamed back: clrrrb.pr, then clrrrb.
	// (mov r = pr reads the predicates as if rrb.pr were 0: SDM "mov pr")
	clrrrb.pr
	;;
	mov r51 = pr
	mov r48 = r32				// rrb.gr still -3
	;;
	shr.u r51 = r51, 16
	;;
	SHOW "clrrrb_pr", r51
	SHOW "clrrrb_pr_r32", r48
	clrrrb
	;;
	mov r48 = r32
	mov r49 = r47
	;;
	SHOW "clrrrb_r32", r48
	SHOW "clrrrb_r47", r49
	// br.cexit: the counted loop's exit form (falls through while the loop
	// goes on, taken when the epilogue is done); two stages
	movl r48 = xs
	mov r52 = 0
	mov r53 = 0				// kernel iterations
	mov ar.lc = 9
	mov ar.ec = 2
	mov pr.rot = 1 << 16
	;;
.Lcexit:
(p16)	ld8 r32 = [r48], 8
(p17)	add r52 = r52, r33
	adds r53 = 1, r53
	br.cexit.spnt.few .Lcexit_done
	;;
	br.cond.sptk.few .Lcexit
	;;
.Lcexit_done:
	SHOW "cexit_sum", r52
	SHOW "cexit_iterations", r53
	// br.wexit: the while loop's exit form, over the same list as wtop
	movl r48 = list
	mov r52 = 0
	mov r53 = 0
	mov ar.ec = 1
	mov pr.rot = 0
	;;
.Lwexit:
	ld8 r32 = [r48], 8
	adds r53 = 1, r53
	;;
	cmp.ne p16, p0 = r32, r0
(p17)	add r52 = r52, r33
	;;
(p16)	br.wexit.spnt.few .Lwexit_done
	;;
	br.cond.sptk.few .Lwexit
	;;
.Lwexit_done:
	SHOW "wexit_sum", r52
	SHOW "wexit_iterations", r53
	// the rotating floating-point registers f32-f127 (rrb.fr): a
	// pipelined loop loading through f32 and reading f34 two stages later
	clrrrb
	;;
	movl r48 = xs
	mov r52 = 0
	mov ar.lc = N - 1
	mov ar.ec = 3
	mov pr.rot = 1 << 16
	;;
.Lfrot:
(p16)	ldf8 f32 = [r48], 8
(p18)	getf.sig r49 = f34
	;;
(p18)	add r52 = r52, r49
	br.ctop.sptk.few .Lfrot
	;;
	SHOW "fr_rot_sum", r52
	EXIT 0
	.endp _start

	.data
	.align 8
list:	.quad 5, 7, 11, 0x100, 0x2000, 3, 0, 99, 99
	.bss
	.align 8
xs:	.skip 8 * N
ys:	.skip 8 * N
