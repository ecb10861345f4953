// setjmp/longjmp for the tiny IA-64 libc.  jmp_buf (setjmp.h, 16-byte
// aligned), byte offsets: 0 sp, 8 gp, 16 b0, 24 ar.pfs, 32 ar.bsp after
// flushrs, 40 ar.rnat, 48 the caller's ar.unat, 56 pr, 64 ar.lc, 72 ar.fpsr,
// 80-112 b1-b5, 120 ar.unat of the r4-r7 spills, 128-152 r4-r7 (st8.spill),
// 160-479 f2-f5, f16-f31 (stf.spill), 496 "mask saved", 504 the mask.
// longjmp switches the register stack back the way the architecture allows
// user code to (flushrs; enforced lazy mode; loadrs; ar.bspstore; ar.rnat)
// and returns through the saved ar.pfs/b0, so the setjmp caller's stacked
// registers come back from the backing store.
	.explicit
	.text
SYS_rt_sigprocmask = 1179

	.global __sigsetjmp
	.proc __sigsetjmp
__sigsetjmp:
	alloc r14 = ar.pfs, 2, 0, 4, 0
	adds r2 = 496, r32
	;;
	st8 [r2] = r33, 8			// mask saved?
	cmp.eq p6, p7 = 0, r33
	;;
	mov out0 = 0				// SIG_BLOCK with no set: read the mask
	mov out1 = 0
	mov out2 = r2
	mov out3 = 8
	mov r15 = SYS_rt_sigprocmask
	;;
(p7)	break 0x100000
	br.cond.sptk.few .Lsave
	;;
	.endp __sigsetjmp

	.global setjmp
	.global _setjmp
	.proc setjmp
setjmp:
_setjmp:
	alloc r14 = ar.pfs, 2, 0, 4, 0
	adds r2 = 496, r32
	;;
	st8 [r2] = r0
	;;
.Lsave:
	flushrs
	mov r16 = ar.rsc
	mov r17 = ar.pfs
	mov r18 = b0
	mov r19 = ar.unat
	mov r20 = pr
	;;
	and r22 = -4, r16
	mov r21 = ar.lc
	mov r23 = ar.fpsr
	;;
	mov ar.rsc = r22			// ar.bspstore/ar.rnat: lazy mode only
	;;
	mov r24 = ar.bspstore
	mov r25 = ar.rnat
	;;
	mov ar.rsc = r16
	mov r2 = r32
	adds r3 = 8, r32
	;;
	st8 [r2] = r12, 16
	st8 [r3] = r1, 16
	;;
	st8 [r2] = r18, 16
	st8 [r3] = r17, 16
	;;
	st8 [r2] = r24, 16
	st8 [r3] = r25, 16
	;;
	st8 [r2] = r19, 16
	st8 [r3] = r20, 16
	;;
	st8 [r2] = r21, 16
	st8 [r3] = r23, 16
	mov r26 = b1
	mov r27 = b2
	;;
	st8 [r2] = r26, 16
	st8 [r3] = r27, 16
	mov r26 = b3
	mov r27 = b4
	;;
	st8 [r2] = r26, 16
	st8 [r3] = r27, 16
	mov r26 = b5
	;;
	st8 [r2] = r26
	adds r2 = 128, r32
	adds r3 = 136, r32
	;;
	st8.spill [r2] = r4, 16
	;;
	st8.spill [r3] = r5, 16
	;;
	st8.spill [r2] = r6
	;;
	st8.spill [r3] = r7
	;;
	mov r26 = ar.unat
	adds r2 = 120, r32
	;;
	st8 [r2] = r26
	mov ar.unat = r19
	adds r2 = 160, r32
	adds r3 = 176, r32
	;;
	stf.spill [r2] = f2, 32
	stf.spill [r3] = f3, 32
	;;
	stf.spill [r2] = f4, 32
	stf.spill [r3] = f5, 32
	;;
	stf.spill [r2] = f16, 32
	stf.spill [r3] = f17, 32
	;;
	stf.spill [r2] = f18, 32
	stf.spill [r3] = f19, 32
	;;
	stf.spill [r2] = f20, 32
	stf.spill [r3] = f21, 32
	;;
	stf.spill [r2] = f22, 32
	stf.spill [r3] = f23, 32
	;;
	stf.spill [r2] = f24, 32
	stf.spill [r3] = f25, 32
	;;
	stf.spill [r2] = f26, 32
	stf.spill [r3] = f27, 32
	;;
	stf.spill [r2] = f28, 32
	stf.spill [r3] = f29, 32
	;;
	stf.spill [r2] = f30, 32
	stf.spill [r3] = f31, 32
	;;
	mov r8 = 0
	br.ret.sptk.many b0
	;;
	.endp setjmp

	.global longjmp
	.global _longjmp
	.proc longjmp
longjmp:
_longjmp:
	alloc r14 = ar.pfs, 2, 0, 0, 0
	cmp.eq p6, p0 = 0, r33
	mov r8 = r33
	adds r2 = 120, r32
	;;
(p6)	mov r8 = 1				// longjmp(env, 0) returns 1
	ld8 r26 = [r2]
	adds r2 = 128, r32
	adds r3 = 136, r32
	;;
	mov ar.unat = r26
	;;
	ld8.fill r4 = [r2], 16
	;;
	ld8.fill r5 = [r3], 16
	;;
	ld8.fill r6 = [r2]
	;;
	ld8.fill r7 = [r3]
	adds r2 = 160, r32
	adds r3 = 176, r32
	;;
	ldf.fill f2 = [r2], 32
	ldf.fill f3 = [r3], 32
	;;
	ldf.fill f4 = [r2], 32
	ldf.fill f5 = [r3], 32
	;;
	ldf.fill f16 = [r2], 32
	ldf.fill f17 = [r3], 32
	;;
	ldf.fill f18 = [r2], 32
	ldf.fill f19 = [r3], 32
	;;
	ldf.fill f20 = [r2], 32
	ldf.fill f21 = [r3], 32
	;;
	ldf.fill f22 = [r2], 32
	ldf.fill f23 = [r3], 32
	;;
	ldf.fill f24 = [r2], 32
	ldf.fill f25 = [r3], 32
	;;
	ldf.fill f26 = [r2], 32
	ldf.fill f27 = [r3], 32
	;;
	ldf.fill f28 = [r2], 32
	ldf.fill f29 = [r3], 32
	;;
	ldf.fill f30 = [r2], 32
	ldf.fill f31 = [r3], 32
	;;
	mov r2 = r32
	adds r3 = 8, r32
	;;
	ld8 r12 = [r2], 16
	ld8 r1 = [r3], 16
	;;
	ld8 r18 = [r2], 16			// b0
	ld8 r17 = [r3], 16			// ar.pfs
	;;
	ld8 r24 = [r2], 16			// ar.bsp
	ld8 r25 = [r3], 16			// ar.rnat
	;;
	ld8 r19 = [r2], 16			// ar.unat
	ld8 r20 = [r3], 16			// pr
	;;
	ld8 r21 = [r2], 16			// ar.lc
	ld8 r23 = [r3], 16			// ar.fpsr
	;;
	ld8 r26 = [r2], 16
	ld8 r27 = [r3], 16
	;;
	mov b1 = r26
	mov b2 = r27
	ld8 r26 = [r2], 16
	ld8 r27 = [r3]
	;;
	mov b3 = r26
	mov b4 = r27
	ld8 r26 = [r2]
	;;
	mov b5 = r26
	mov ar.lc = r21
	mov ar.fpsr = r23
	;;
	mov pr = r20, -1
	mov ar.unat = r19
	;;
	flushrs
	mov r16 = ar.rsc
	;;
	and r22 = -4, r16			// enforced lazy, loadrs field 0
	movl r28 = 0x3fff << 16
	;;
	andcm r22 = r22, r28
	;;
	mov ar.rsc = r22
	;;
	loadrs
	;;
	invala
	mov ar.bspstore = r24
	;;
	mov ar.rnat = r25
	;;
	mov ar.rsc = r16
	mov ar.pfs = r17
	mov b0 = r18
	;;
	br.ret.sptk.many b0
	;;
	.endp longjmp
