// cover: the current frame (sof 8) joins the dirty partition and ar.bsp
// moves past it (plus a NaT collection slot where it crosses one); a
// br.ret through an ar.pfs holding that frame's marker (sol = sof = 8, as
// the kernel's rfi uses cr.ifs) brings the frame back with its registers,
// and ar.bsp back to where it was.
	.include "common.inc"
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 8, 2, 0
	;;
	mov loc0 = 0x600d
	mov out0 = 5
	;;
	br.call.sptk.many b0 = covered
	;;
	movl r14 = results
	;;
	ld8 loc1 = [r14], 8
	;;
	ld8 loc2 = [r14], 8
	;;
	ld8 loc3 = [r14]
	;;
	SHOW "cover_bsp_advance_ok", loc1
	SHOW "return_bsp_back_ok", loc2
	SHOW "frame_values", loc3
	SHOW "caller_loc0", loc0
	EXIT 0
	.endp _start

	.proc covered
covered:
	alloc r14 = ar.pfs, 1, 5, 2, 0		// sof 8, sol 6
	;;
	mov loc0 = r14
	mov loc1 = b0
	mov loc2 = 0xc0c0
	shladd loc3 = in0, 1, in0		// 15
	mov loc4 = 0xabc
	mov out0 = 0x111			// outputs: part of the covered frame too
	mov out1 = 0x222
	mov r20 = ar.bsp
	;;
	cover
	;;
	mov r21 = ar.bsp
	mov r22 = ar.ec
	movl r23 = (3 << 62) | (8 << 7) | 8	// ppl 3, sol 8, sof 8
	;;
	dep r23 = r22, r23, 52, 6		// pec = ec
	movl r24 = .Lback
	;;
	mov ar.pfs = r23
	mov b6 = r24
	;;
	br.ret.sptk.many b6			// "return" into our own frame
	;;
.Lback:
	mov r25 = ar.bsp
	;;
	alloc r26 = ar.pfs, 1, 5, 2, 0		// sol back to 6
	;;
	// r21 == skip(r20, 8)?
	mov r14 = r20
	mov r15 = 8
	mov r17 = 0x1f8
	;;
.Lskip:
	cmp.eq p8, p0 = 0, r15
(p8)	br.cond.dpnt.few .Lskipped
	;;
	adds r14 = 8, r14
	adds r15 = -1, r15
	;;
	and r16 = r17, r14
	;;
	cmp.eq p8, p0 = r17, r16
	;;
(p8)	adds r14 = 8, r14
	br.cond.sptk.few .Lskip
	;;
.Lskipped:
	movl r18 = results
	cmp.eq p6, p0 = r14, r21
	mov r19 = 0
	;;
(p6)	mov r19 = 1
	;;
	st8 [r18] = r19, 8
	cmp.eq p6, p0 = r25, r20
	mov r19 = 0
	;;
(p6)	mov r19 = 1
	;;
	st8 [r18] = r19, 8
	// the frame's values: in0 + loc2 + loc3 + loc4 + out0 + out1
	add r19 = in0, loc2
	add r16 = loc3, loc4
	;;
	add r19 = r19, r16
	add r16 = out0, out1
	;;
	add r19 = r19, r16
	;;
	st8 [r18] = r19
	mov ar.pfs = loc0
	mov b0 = loc1
	;;
	br.ret.sptk.many b0
	;;
	.endp covered

	.bss
	.align 8
results: .skip 24
