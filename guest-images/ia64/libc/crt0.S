// _start for the IA-64 C programs: Linux leaves argc at sp + 16, then argv[],
// NULL, envp[], NULL, auxv (ABI-NOTES.md; glibc sysdeps/ia64/start.S reads
// the same place).  Static executables compute gp themselves.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 0, 3, 0
	movl gp = __gp
	;;
	adds r14 = 16, sp			// &argc
	;;
	ld8 out0 = [r14], 8			// argc
	;;
	mov out1 = r14				// argv
	shladd r15 = out0, 3, r14		// &argv[argc]
	;;
	adds out2 = 8, r15			// envp
	adds sp = -16, sp			// keep a 16-byte scratch area, 16-aligned
	;;
	movl r14 = environ
	;;
	st8 [r14] = out2
	br.call.sptk.many b0 = __libc_start
	;;
	break 0					// not reached
	;;
	.endp _start

// long __syscall6(long nr, long a, long b, long c, long d, long e, long f):
// Linux's convention (number in r15, arguments in out0-out5, result in
// r8, r10 = -1 on error with r8 = errno); returns -errno on error.
	.global __syscall6
	.proc __syscall6
__syscall6:
	alloc loc0 = ar.pfs, 7, 1, 6, 0
	mov r15 = in0
	mov out0 = in1
	mov out1 = in2
	mov out2 = in3
	mov out3 = in4
	mov out4 = in5
	mov out5 = in6
	;;
	break 0x100000
	;;
	cmp.eq p6, p0 = -1, r10
	;;
(p6)	sub r8 = r0, r8
	mov ar.pfs = loc0
	;;
	br.ret.sptk.many b0
	;;
	.endp __syscall6
