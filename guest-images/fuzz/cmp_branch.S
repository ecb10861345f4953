! A compare and a branch on its carry: the smallest program whose register
! trace shows the carry rule of subcc. Exits 3 on a correct SPARC
! (5 - 7 borrows: icc.C = 1, so bcs is taken).
	.text
	.global _start
_start:
	mov 5, %o0
	cmp %o0, 7
	bcs 1f
	mov 3, %o0
	mov 4, %o0
1:	mov 1, %g1
	ta 0x6d
