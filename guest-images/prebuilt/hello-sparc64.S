/*
 * hello-sparc64.S - a tiny static sparc64 Linux program, no libc.
 *
 * Prints "Hello from sparc64!\n"; if argv[1] is present it also prints
 * "argv[1]: <arg>\n".  Exits with status 0.
 *
 * Deliberately exercises: save/restore (register windows), call with a
 * filled delay slot, a loop (strlen), a conditional branch with a delay
 * slot (annulled and non-annulled), and the Linux sparc64 syscall
 * convention (`ta 0x6d`, number in %g1, args in %o0..%o5, result in %o0,
 * carry set on error).
 *
 * Syscall numbers (arch/sparc/kernel/syscalls/syscall.tbl):
 *   exit = 1, write = 4
 *
 * Initial stack (64-bit ABI, stack bias 2047):
 *   [%sp + 2047 + 128]        argc
 *   [%sp + 2047 + 136 + 8*i]  argv[i]
 *
 * Build (see ../build.sh prebuilt):
 *   sparc64-linux-gnu-as -Av9 -o hello-sparc64.o hello-sparc64.S
 *   sparc64-linux-gnu-ld -static -s -o hello-sparc64 hello-sparc64.o
 */

	.equ	STACK_BIAS, 2047
	.equ	SYS_exit, 1
	.equ	SYS_write, 4

	.section ".rodata"
msg:
	.ascii	"Hello from sparc64!\n"
	.set	msg_len, . - msg
argmsg:
	.ascii	"argv[1]: "
	.set	argmsg_len, . - argmsg
nl:
	.ascii	"\n"

	.section ".text"
	.align	4
	.global	_start
	.type	_start, #function
_start:
	mov	%g0, %fp		! terminate the frame chain
	save	%sp, -192, %sp		! new window; %fp = kernel's %sp

	ldx	[%fp + STACK_BIAS + 128], %l0	! argc
	add	%fp, STACK_BIAS + 136, %l1	! &argv[0]

	sethi	%hi(msg), %o0
	or	%o0, %lo(msg), %o0
	call	write_buf
	 mov	msg_len, %o1		! delay slot: second argument

	cmp	%l0, 1
	ble,pn	%xcc, .Ldone		! no argv[1]
	 nop

	sethi	%hi(argmsg), %o0
	or	%o0, %lo(argmsg), %o0
	call	write_buf
	 mov	argmsg_len, %o1

	ldx	[%l1 + 8], %l2		! argv[1]
	call	my_strlen
	 mov	%l2, %o0		! delay slot: argument
	mov	%o0, %o1
	call	write_buf
	 mov	%l2, %o0

	sethi	%hi(nl), %o0
	or	%o0, %lo(nl), %o0
	call	write_buf
	 mov	1, %o1

.Ldone:
	mov	0, %o0			! exit status 0
	mov	SYS_exit, %g1
	ta	0x6d
	illtrap	0			! not reached
	.size	_start, . - _start

/* long my_strlen(const char *s): leaf loop, branch with annulled delay slot */
	.align	4
	.type	my_strlen, #function
my_strlen:
	mov	%o0, %o1		! remember start
1:
	ldub	[%o0], %o2
	brnz,a,pt %o2, 1b		! annulled: increment only when taken
	 add	%o0, 1, %o0
	retl
	 sub	%o0, %o1, %o0		! delay slot computes result
	.size	my_strlen, . - my_strlen

/* void write_buf(const char *buf, long len): non-leaf style, save/restore,
   loops on short writes */
	.align	4
	.type	write_buf, #function
write_buf:
	save	%sp, -176, %sp
3:
	brlez,pn %i1, 4f		! nothing left
	 mov	1, %o0			! fd = stdout (harmless if not taken)
	mov	%i0, %o1
	mov	%i1, %o2
	mov	SYS_write, %g1
	ta	0x6d
	bcs,pn	%xcc, 4f		! carry set: error, give up
	 nop
	add	%i0, %o0, %i0		! advance by bytes written
	ba,pt	%xcc, 3b
	 sub	%i1, %o0, %i1		! delay slot: remaining -= written
4:
	ret
	 restore
	.size	write_buf, . - write_buf
