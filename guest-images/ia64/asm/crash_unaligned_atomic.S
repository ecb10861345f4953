// Must die: cmpxchg8 at a misaligned address: Linux does not emulate semaphore instructions (arch/ia64/kernel/unaligned.c): SIGBUS.
	.include "common.inc"
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 8, 2, 0
	mov loc0 = 1
	;;
	SHOW "before", loc0
	movl loc1 = buf + 4
	;;
	mov ar.ccv = r0
	;;
	cmpxchg8.acq loc2 = [loc1], loc0, ar.ccv
	;;
	mov loc0 = 2
	;;
	SHOW "survived", loc0
	EXIT 0
	.endp _start
	.data
	.align 16
buf:	.quad 0x1122334455667788, 0x99aabbccddeeff00
