/* Linux sparc32 system calls: number in %g1, arguments in %o0..%o5,
 * `ta 0x10`; on return %o0 is the result, or the positive errno with the
 * carry of %icc set.
 *
 *   long __sys(long nr, long a0, long a1, long a2, long a3, long a4, long a5)
 *
 * returns the result, or -errno.  a5 is the seventh argument word, which
 * the caller stores at [%sp + 92] (this is a leaf routine: same %sp). */
	.section ".text"
	.align	4
	.global	__sys
	.type	__sys, #function
__sys:
	mov	%o0, %g1
	mov	%o1, %o0
	mov	%o2, %o1
	mov	%o3, %o2
	mov	%o4, %o3
	mov	%o5, %o4
	ld	[%sp + 92], %o5
	ta	0x10
	bcs,a	1f			/* annulled unless taken: negate the errno */
	 sub	%g0, %o0, %o0
1:	retl
	 nop
	.size	__sys, . - __sys

/* void __flushw(void): ta 3, the sparc32 window flush trap. */
	.global	__flushw
	.type	__flushw, #function
__flushw:
	ta	3
	retl
	 nop
	.size	__flushw, . - __flushw

/* Signal return stubs: the kernel sets a handler's %o7 to the restorer
 * given to rt_sigaction, and the handler's `ret` jumps to %o7 + 8, so the
 * restorer passed is the stub minus 8 (as glibc's sparc32 sigaction.c). */
	.global	__sigreturn_stub
	.type	__sigreturn_stub, #function
__sigreturn_stub:
	mov	216, %g1		/* sigreturn: the frame of a plain handler */
	ta	0x10
	.size	__sigreturn_stub, . - __sigreturn_stub

	.global	__rt_sigreturn_stub
	.type	__rt_sigreturn_stub, #function
__rt_sigreturn_stub:
	mov	101, %g1		/* rt_sigreturn: the frame of an SA_SIGINFO handler */
	ta	0x10
	.size	__rt_sigreturn_stub, . - __rt_sigreturn_stub

	.section .note.GNU-stack, "", @progbits
