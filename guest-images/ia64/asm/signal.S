// Signals (arch/ia64/kernel/signal.c): handlers installed with rt_sigaction
// (sa_handler points to a function descriptor {entry, gp}; SA_SIGINFO), run
// with (signo, siginfo *, sigcontext *) on the interrupted register stack,
// recurse (so the interrupted frames are spilled), and return through the
// kernel's trampoline and rt_sigreturn.  The interrupted code's stacked
// registers (one a NaT), predicates and r4-r7 survive.  SIGILL (break 0)
// and SIGSEGV (a wild store) handlers resume at an address they write to
// sc_ip (offset 40 of struct sigcontext); siginfo gives si_code and si_addr.
// Expected values from arch/ia64/kernel/{signal.c,traps.c} by hand (Ski
// stops at the kill).
	.include "common.inc"
SYS_rt_sigaction = 1177
SIGILL = 4
SIGUSR1 = 10
SIGSEGV = 11
SA_SIGINFO = 4

	.macro SIGACTION sig, act
	mov out0 = \sig
	movl out1 = \act
	mov out2 = 0
	mov out3 = 8
	mov r15 = SYS_rt_sigaction
	;;
	break 0x100000
	;;
	.endm

	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 12, 4, 0
	;;
	mov loc0 = 0x1010
	mov loc1 = 0x2020
	mov loc2 = 0x3030
	ld8.s loc3 = [r0]			// a NaT
	mov loc4 = 0x5050
	mov r4 = 0x4444
	mov r7 = 0x7777
	mov r14 = (1 << 6) | (1 << 3)		// p6 and p3 set, p7 clear
	;;
	mov pr = r14, 0x1ce
	;;
	SIGACTION SIGUSR1, act_usr1
	mov loc5 = r8
	;;
	SHOW "sigaction_usr1", loc5
	mov r15 = SYS_getpid
	;;
	break 0x100000
	;;
	mov out0 = r8
	mov out1 = SIGUSR1
	mov r15 = SYS_kill
	;;
	break 0x100000
	;;
	mov loc5 = r8
	mov loc6 = pr
	;;
	SHOW "kill_result", loc5
	movl r14 = usr1_count
	;;
	ld8 loc7 = [r14], 8
	;;
	ld8 loc8 = [r14]
	;;
	SHOW "usr1_handler_runs", loc7
	SHOW "usr1_handler_recursion", loc8
	SHOW "loc0", loc0
	SHOW "loc1", loc1
	SHOW "loc2", loc2
	SHOW "loc4", loc4
	tnat.nz p8, p9 = loc3
	;;
	mov loc9 = 0
	;;
(p8)	mov loc9 = 1
	;;
	SHOW "loc3_nat", loc9
	SHOW "r4", r4
	SHOW "r7", r7
	extr.u loc6 = loc6, 0, 16		// the static predicates after the signal
	;;
	SHOW "pr_static", loc6
	// SIGILL from break 0, resumed past it
	SIGACTION SIGILL, act_ill
	movl r14 = resume
	movl r15 = .Lafter_ill
	;;
	st8 [r14] = r15
	;;
	break 0
	;;
.Lafter_ill:
	movl r14 = ill_code
	;;
	ld8 loc5 = [r14]
	;;
	SHOW "sigill_si_code", loc5
	// SIGSEGV from a store to 0x1000, resumed past it
	SIGACTION SIGSEGV, act_segv
	movl r14 = resume
	movl r15 = .Lafter_segv
	;;
	st8 [r14] = r15
	mov r16 = 0x1000
	;;
	st8 [r16] = r0
	;;
.Lafter_segv:
	movl r14 = segv_code
	;;
	ld8 loc5 = [r14], 8
	;;
	ld8 loc6 = [r14]
	;;
	SHOW "sigsegv_si_code", loc5
	SHOW "sigsegv_si_addr", loc6
	SHOW "loc0_at_end", loc0
	EXIT 0
	.endp _start

// the SIGUSR1 handler: counts, checks its arguments, recurses 500 deep
	.proc h_usr1
h_usr1:
	alloc loc0 = ar.pfs, 3, 4, 1, 0
	mov loc1 = b0
	;;
	movl loc2 = usr1_count
	;;
	ld8 loc3 = [loc2]
	;;
	add loc3 = loc3, in0			// += signo (10)
	;;
	st8 [loc2] = loc3, 8
	mov out0 = 500
	;;
	br.call.sptk.many b0 = count
	;;
	st8 [loc2] = r8
	mov ar.pfs = loc0
	mov b0 = loc1
	;;
	br.ret.sptk.many b0
	;;
	.endp h_usr1

// the SIGILL handler: si_code, then resume at *resume
	.proc h_ill
h_ill:
	alloc r14 = ar.pfs, 3, 0, 0, 0
	adds r15 = 8, in1
	;;
	ld4 r16 = [r15]				// si_code
	movl r17 = ill_code
	;;
	st8 [r17] = r16
	movl r18 = resume
	;;
	ld8 r18 = [r18]
	adds r19 = 40, in2			// &sc->sc_ip
	;;
	st8 [r19] = r18
	br.ret.sptk.many b0
	;;
	.endp h_ill

// the SIGSEGV handler: si_code and si_addr, then resume at *resume
	.proc h_segv
h_segv:
	alloc r14 = ar.pfs, 3, 0, 0, 0
	adds r15 = 8, in1
	adds r20 = 16, in1
	;;
	ld4 r16 = [r15]				// si_code
	ld8 r21 = [r20]				// si_addr
	movl r17 = segv_code
	;;
	st8 [r17] = r16, 8
	;;
	st8 [r17] = r21
	movl r18 = resume
	;;
	ld8 r18 = [r18]
	adds r19 = 40, in2			// &sc->sc_ip
	;;
	st8 [r19] = r18
	br.ret.sptk.many b0
	;;
	.endp h_segv

// count(n) = n, recursively, with 10-register frames
	.proc count
count:
	alloc r14 = ar.pfs, 1, 7, 1, 0
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

	.data
	.align 8
fd_usr1: data8 h_usr1, 0			// function descriptors {entry, gp}
fd_ill:	data8 h_ill, 0
fd_segv: data8 h_segv, 0
act_usr1: data8 fd_usr1, SA_SIGINFO, 0		// sa_handler, sa_flags, sa_mask
act_ill: data8 fd_ill, SA_SIGINFO, 0
act_segv: data8 fd_segv, SA_SIGINFO, 0
	.bss
	.align 8
usr1_count: .skip 16
resume:	.skip 8
ill_code: .skip 8
segv_code: .skip 16
