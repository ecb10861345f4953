// The confinement probe: 65,536 loads (and, where the load worked, stores
// of the same value back) at addresses spread over all eight regions:
// fully random 64-bit addresses, small offsets in every region (the
// program's own text and data), offsets around the end of the runtime's
// 1 TiB region slot, and random offsets up to 2^61. A SIGSEGV handler
// counts each fault, checks that si_addr is the address the probe formed
// (the base register, sc_gr[21]), marks the fault in the interrupted
// context (sc_gr[28] = 1) and resumes at the next bundle (sc_ip + 16).
// `result`: probes, faults, inexact si_addr, loads done, stores done, magic.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 8, 4, 0
	movl out1 = act
	;;
	mov out0 = 11			// SIGSEGV
	mov out2 = 0
	mov out3 = 8
	mov r15 = 1177			// rt_sigaction
	;;
	break 0x100000
	;;
	movl loc0 = 0x9e3779b97f4a7c15	// xorshift64 state
	mov loc1 = 0			// probes done
	movl loc2 = 65536
	;;
	movl loc3 = result
	mov loc4 = 0			// loads that worked
	mov loc5 = 0			// stores that worked
	;;
.Lloop:
	shl r16 = loc0, 13
	;;
	xor loc0 = loc0, r16
	;;
	shr.u r16 = loc0, 7
	;;
	xor loc0 = loc0, r16
	;;
	shl r16 = loc0, 17
	;;
	xor loc0 = loc0, r16
	;;
	and r17 = 3, loc1
	movl r18 = 0xe000000000000000
	;;
	and r19 = loc0, r18		// the region bits
	cmp.eq p6, p0 = 0, r17
	cmp.eq p7, p0 = 1, r17
	;;
	cmp.eq p8, p0 = 2, r17
	cmp.eq p9, p0 = 3, r17
	movl r23 = 0xffff
	;;
(p6)	mov r21 = loc0			// mode 0: any address
(p7)	and r22 = loc0, r23		// mode 1: offset < 64 KiB
	movl r24 = 0x1fffff8
	;;
(p7)	or r21 = r19, r22
(p8)	and r22 = loc0, r24		// mode 2: 2^40 - 17 MiB + [0, 32 MiB)
	movl r25 = 0xfffef00000
	;;
(p8)	add r22 = r22, r25
	movl r26 = 0x1ffffffffffffff8
	;;
(p8)	or r21 = r19, r22
	;;
(p9)	shr.u r22 = loc0, 3		// mode 3: offset < 2^61
	;;
(p9)	and r22 = r22, r26
	;;
(p9)	or r21 = r19, r22
	;;
	and r21 = -8, r21
	mov r28 = 0
	;;
{ .mmi
	ld8 r20 = [r21]			// may fault: the handler resumes below
	nop.m 0
	nop.i 0 ;;
}
{ .mmi
	cmp.eq p10, p11 = 0, r28
	nop.m 0
	nop.i 0 ;;
}
{ .mmi
(p10)	adds loc4 = 1, loc4
	mov r28 = 0
	nop.i 0 ;;
}
{ .mmi
(p10)	st8 [r21] = r20			// may fault too
	nop.m 0
	nop.i 0 ;;
}
{ .mmi
(p10)	cmp.eq.unc p13, p0 = 0, r28	// the load and the store worked
	nop.m 0
	nop.i 0 ;;
}
(p13)	adds loc5 = 1, loc5
	adds loc1 = 1, loc1
	;;
	cmp.ltu p14, p0 = loc1, loc2
(p14)	br.cond.sptk.few .Lloop
	;;
	st8 [loc3] = loc1, 24		// probes
	;;
	st8 [loc3] = loc4, 8		// loads
	;;
	st8 [loc3] = loc5, 8		// stores
	movl r16 = 0x5eeb5eeb
	;;
	st8 [loc3] = r16		// magic
	mov out0 = 0
	mov r15 = 1236			// exit_group(0)
	;;
	break 0x100000
	;;
	.endp _start

	.proc handler
handler:
	alloc r14 = ar.pfs, 3, 1, 0, 0
	adds r16 = 40, in2		// &sc->sc_ip
	adds r17 = 424, in2		// &sc->sc_gr[28]
	adds r18 = 16, in1		// &info->si_addr
	adds r19 = 368, in2		// &sc->sc_gr[21]
	;;
	ld8 r20 = [r16]
	ld8 r21 = [r18]
	mov r23 = 1
	;;
	ld8 r22 = [r19]
	adds r20 = 16, r20		// resume at the next bundle
	;;
	st8 [r17] = r23
	cmp.ne p6, p0 = r21, r22
	;;
	st8 [r16] = r20
	movl r24 = result
	;;
	adds r25 = 8, r24		// faults
	adds r26 = 16, r24		// inexact si_addr
	;;
	ld8 r27 = [r25]
	;;
	adds r27 = 1, r27
	;;
	st8 [r25] = r27
(p6)	ld8 r28 = [r26]
	;;
(p6)	adds r28 = 1, r28
	;;
(p6)	st8 [r26] = r28
	mov ar.pfs = r14
	;;
	br.ret.sptk.many b0
	;;
	.endp handler

	.data
	.align 8
act:	data8 fdesc
	data8 4				// SA_SIGINFO
	data8 0
fdesc:	data8 handler
	data8 0
	.align 8
	.global result
result:	data8 0, 0, 0, 0, 0, 0
