// Switching the register stack as setjmp/longjmp do (the sequence glibc's
// ia64 __longjmp uses): setjmp records ar.bsp after flushrs, ar.rnat (read
// in lazy mode), ar.pfs, b0 and sp; longjmp, 60 frames of 24 registers
// deeper, flushes, puts the RSE in enforced lazy mode, invalidates the
// clean partition with loadrs, writes ar.bspstore and ar.rnat, and returns
// through the saved ar.pfs/b0: main's stacked registers (one a NaT) come
// back from the backing store.  The return value travels in r8.
	.include "common.inc"
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 10, 2, 0
	;;
	mov loc0 = 0x111
	mov loc1 = 0x222
	mov loc2 = 0x333
	ld8.s loc3 = [r0]			// a NaT
	mov loc4 = 0x555
	mov loc9 = 0
	;;
	movl out0 = jbuf
	;;
	br.call.sptk.many b0 = my_setjmp
	;;
	cmp.ne p6, p0 = 0, r8
	mov loc5 = r8
(p6)	br.cond.dpnt.few .Lafter_longjmp
	;;
	mov loc4 = 0x999			// changed after setjmp: the backing
	adds loc9 = 1, loc9			// store has the new values
	;;
	mov out0 = 60
	;;
	br.call.sptk.many b0 = deep
	;;
	mov loc6 = 1				// not reached
	;;
	SHOW "deep_returned", loc6
	EXIT 1
.Lafter_longjmp:
	SHOW "longjmp_value", loc5
	SHOW "loc0", loc0
	SHOW "loc1", loc1
	SHOW "loc2", loc2
	tnat.nz p6, p7 = loc3
	;;
	mov loc6 = 0
	;;
(p6)	mov loc6 = 1
	;;
	SHOW "loc3_nat", loc6
	SHOW "loc4", loc4
	SHOW "setjmp_returns", loc9
	// the register stack still works: a deep call chain again
	mov out0 = 30
	;;
	br.call.sptk.many b0 = count
	;;
	mov loc6 = r8
	;;
	SHOW "count_after", loc6
	EXIT 0
	.endp _start

// my_setjmp(buf): buf[0] = bsp of our frame (after flushrs), buf[1] =
// ar.rnat, buf[2] = ar.pfs, buf[3] = b0, buf[4] = sp; returns 0
	.proc my_setjmp
my_setjmp:
	alloc r14 = ar.pfs, 1, 0, 0, 0
	;;
	flushrs
	mov r16 = ar.rsc
	mov r17 = b0
	;;
	and r18 = -4, r16
	;;
	mov ar.rsc = r18			// enforced lazy: rnat/bspstore readable
	;;
	mov r19 = ar.bspstore
	mov r20 = ar.rnat
	;;
	mov ar.rsc = r16
	mov r21 = in0
	;;
	st8 [r21] = r19, 8
	;;
	st8 [r21] = r20, 8
	;;
	st8 [r21] = r14, 8
	;;
	st8 [r21] = r17, 8
	;;
	st8 [r21] = r12
	mov r8 = 0
	br.ret.sptk.many b0
	;;
	.endp my_setjmp

// my_longjmp(buf, val): never returns to its caller
	.proc my_longjmp
my_longjmp:
	alloc r14 = ar.pfs, 2, 0, 0, 0
	;;
	mov r21 = in0
	mov r8 = in1
	;;
	ld8 r19 = [r21], 8			// bsp
	;;
	ld8 r20 = [r21], 8			// rnat
	;;
	ld8 r22 = [r21], 8			// pfs
	;;
	ld8 r23 = [r21], 8			// b0
	;;
	ld8 r24 = [r21]				// sp
	;;
	flushrs
	mov r16 = ar.rsc
	;;
	and r18 = -4, r16			// mode 0, loadrs field 0
	movl r17 = 0x3fff << 16
	;;
	andcm r18 = r18, r17
	;;
	mov ar.rsc = r18
	;;
	loadrs					// drop the (clean) stacked registers
	;;
	invala
	mov ar.bspstore = r19
	;;
	mov ar.rnat = r20
	;;
	mov ar.rsc = r16
	mov ar.pfs = r22
	mov b0 = r23
	mov r12 = r24
	;;
	br.ret.sptk.many b0
	;;
	.endp my_longjmp

// deep(n): 24-register frames; at n == 0, longjmp(jbuf, 7)
	.proc deep
deep:
	alloc r14 = ar.pfs, 1, 21, 2, 0
	;;
	mov loc0 = r14
	mov loc1 = b0
	.irp i, 2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20
	adds loc\i = \i, in0
	.endr
	cmp.eq p6, p7 = 0, in0
	;;
(p6)	movl out0 = jbuf
(p6)	mov out1 = 7
(p7)	adds out0 = -1, in0
	;;
(p6)	br.call.sptk.many b0 = my_longjmp
(p7)	br.call.sptk.many b0 = deep
	;;
	mov ar.pfs = loc0
	mov b0 = loc1
	;;
	br.ret.sptk.many b0
	;;
	.endp deep

// count(n) = n == 0 ? 0 : count(n - 1) + 1, with 12-register frames
	.proc count
count:
	alloc r14 = ar.pfs, 1, 9, 2, 0
	;;
	mov loc0 = r14
	mov loc1 = b0
	mov r8 = 0
	cmp.eq p6, p7 = 0, in0
(p6)	br.cond.dpnt.few .Lcount_ret
	;;
	adds out0 = -1, in0
	;;
	br.call.sptk.many b0 = count
	;;
	adds r8 = 1, r8
.Lcount_ret:
	mov ar.pfs = loc0
	mov b0 = loc1
	;;
	br.ret.sptk.many b0
	;;
	.endp count

	.bss
	.align 8
jbuf:	.skip 64
