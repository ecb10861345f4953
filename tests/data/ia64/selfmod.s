// Code written at run time: a bundle `adds r8 = 1, r0; br.ret` copied into
// an anonymous PROT_READ|WRITE|EXEC page and called; then the page is made
// writable only (mprotect drops PROT_EXEC), rewritten to return 2, made
// executable again and called again. The second call must run the new
// code (the translation of the old one is dropped when the page loses
// PROT_EXEC): exit status 10 * first + second = 12.
	.explicit
	.text
	.global _start
	.proc _start
_start:
	alloc r14 = ar.pfs, 0, 6, 6, 0
	mov out0 = 0
	movl out1 = 16384
	mov out2 = 7			// PROT_READ | PROT_WRITE | PROT_EXEC
	mov out3 = 0x22			// MAP_PRIVATE | MAP_ANONYMOUS
	mov out4 = -1
	mov out5 = 0
	mov r15 = 1151			// mmap
	;;
	break 0x100000
	;;
	mov loc0 = r8
	movl out1 = code1
	mov out0 = r8
	;;
	br.call.sptk.many b0 = copy16
	;;
	mov b6 = loc0
	;;
	br.call.sptk.many b0 = b6
	;;
	mov loc1 = r8			// 1
	mov out0 = loc0
	movl out1 = 16384
	mov out2 = 3			// PROT_READ | PROT_WRITE
	mov r15 = 1155			// mprotect
	;;
	break 0x100000
	;;
	mov out0 = loc0
	movl out1 = code2
	;;
	br.call.sptk.many b0 = copy16
	;;
	mov out0 = loc0
	movl out1 = 16384
	mov out2 = 5			// PROT_READ | PROT_EXEC
	mov r15 = 1155			// mprotect
	;;
	break 0x100000
	;;
	mov b6 = loc0
	;;
	br.call.sptk.many b0 = b6
	;;
	shladd loc2 = loc1, 2, loc1	// 5 * first
	;;
	shladd loc2 = loc2, 1, r8	// 10 * first + second
	;;
	mov out0 = loc2
	mov r15 = 1236
	;;
	break 0x100000
	;;
	.endp _start

	.proc copy16
copy16:					// copy16(dst = out0, src = out1)
	alloc r16 = ar.pfs, 2, 0, 0, 0
	;;
	ld8 r17 = [in1], 8
	;;
	ld8 r18 = [in1]
	st8 [in0] = r17, 8
	;;
	st8 [in0] = r18
	mov ar.pfs = r16
	;;
	br.ret.sptk.many b0
	;;
	.endp copy16

	.data
	.align 16
code1:	data8 0x0000210000044011, 0x0084000880000200	// adds r8 = 1, r0; br.ret b0
code2:	data8 0x0000210000084011, 0x0084000880000200	// adds r8 = 2, r0; br.ret b0
