// Register-stack spills to a backing-store page that was made read-only
// after a first spill there (so lastmile's cached backing-store region was
// warm and must have been dropped): the second flushrs must fault, and
// Linux sends SIGSEGV for an RSE store that faults. Prints "flush 1" and
// "protect" before it.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 4, 4, 0
	mov loc0 = 7
	;;
	br.call.sptk.many b0 = flush
	;;
	mov out0 = 1
	movl out1 = msg1
	mov out2 = 8
	mov r15 = 1027			// write
	;;
	break 0x100000
	;;
	mov r16 = ar.bsp
	;;
	movl r17 = 0xffffffffffffc000
	;;
	and out0 = r16, r17		// the 16 KiB page holding ar.bsp
	movl out1 = 16384
	mov out2 = 1			// PROT_READ
	mov r15 = 1155			// mprotect
	;;
	break 0x100000
	;;
	cmp.eq p6, p7 = 0, r10
	;;
(p7)	mov out0 = 3
(p7)	mov r15 = 1236
	;;
(p7)	break 0x100000
	;;
	mov out0 = 1
	movl out1 = msg2
	mov out2 = 8
	mov r15 = 1027
	;;
	break 0x100000
	;;
	br.call.sptk.many b0 = flush
	;;
	mov out0 = 0
	mov r15 = 1236			// exit_group(0): not reached
	;;
	break 0x100000
	;;
	.endp _start

	.proc flush
flush:
	alloc r14 = ar.pfs, 0, 2, 0, 0
	;;
	flushrs
	;;
	mov ar.pfs = r14
	br.ret.sptk.many b0
	;;
	.endp flush

	.data
msg1:	.ascii "flush 1\n"
msg2:	.ascii "protect\n"
