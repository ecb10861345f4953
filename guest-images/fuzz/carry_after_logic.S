! addccc and subccc right after a logical cc-setting instruction, in one
! translation block; writes the %ccr after each (two bytes) to stdout.
!
! SPARC V9 manual A.2 (Add): addccc adds both operands and icc.C, setting
! icc from the 32-bit and xcc from the 64-bit sum; A.56 (Subtract): subccc
! likewise with the borrow; A.31 (Logical Operations): andcc clears V and C.
! So:
!   andcc  %g0, 0, %g0      ! Z=1, V=C=0
!   addccc -1, 1            ! = 0 with a carry out of bit 31 and bit 63:
!                           !   icc Z,C  xcc Z,C  -> %ccr = 0x55
!   andcc  %g0, 0, %g0
!   subccc 0, 1             ! = -1 with a borrow: icc N,C xcc N,C -> 0x99
! qemu 7.2 without -singlestep computes both as if they were logical ops
! (0x44 and 0x88): translate.c's gen_op_addx_int/gen_op_subx_int return
! early for CC_OP_LOGIC without switching cc_op to ADDX/SUBX.
	.section .data
out:	.skip 2
	.text
	.global _start
_start:
	sethi %hi(out), %g7
	or %g7, %lo(out), %g7
	mov -1, %g1
	andcc %g0, 0, %g0
	addccc %g1, 1, %o0
	rd %ccr, %o0
	stb %o0, [%g7]
	andcc %g0, 0, %g0
	subccc %g0, 1, %o0
	rd %ccr, %o0
	stb %o0, [%g7 + 1]
	mov 1, %o0
	mov %g7, %o1
	mov 2, %o2
	mov 4, %g1
	ta 0x6d
	mov 0, %o0
	mov 1, %g1
	ta 0x6d
