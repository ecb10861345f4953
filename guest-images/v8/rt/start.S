/* Process entry of the freestanding V8 programs (Linux sparc32 ABI).
 *
 * Linux's start_thread leaves %sp 64 bytes (one register-window save area)
 * below argc; argv follows argc, then envp, then the auxiliary vector
 * (glibc sysdeps/sparc/sparc32/start.S reads them the same way).  We call
 * __rt_start(argc, argv, envp) in rt.c, which runs main and exits. */
	.section ".text"
	.align	4
	.global	_start
	.type	_start, #function
_start:
	mov	%g0, %fp		/* the outermost frame */
	sub	%sp, 6*4, %sp		/* room for the callee's 6 argument words */
	ld	[%sp + 22*4], %o0	/* argc: 64 + 24 bytes up */
	add	%sp, 23*4, %o1		/* argv */
	sll	%o0, 2, %o2
	add	%o2, 4, %o2
	call	__rt_start
	 add	%o1, %o2, %o2		/* envp = argv + 4 * (argc + 1) */
	unimp	0			/* __rt_start does not return */
	.size	_start, . - _start

	.section .note.GNU-stack, "", @progbits
