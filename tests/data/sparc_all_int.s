! Every integer instruction form objdump knows for sparc64 (V9 + V9A/V9B).
! Used by tests/disasm_objdump.rs (assembled with -64 -Av9b); machine-generated, edit freely.
	.section .text
	.align 4
	.global int_forms
int_forms:
back:
	add %o1, %o2, %o3
	add %g0, %g0, %g0
	add %i7, %g0, %l1
	add %g0, %i1, %l1
	add %o3, %o2, %o3
	add %l2, 0, %l3
	add %l2, 1, %l3
	add %l2, 9, %l3
	add %l2, 10, %l3
	add %l2, -1, %l3
	add %l2, -10, %l3
	add %l2, 0x7f, %l3
	add %l2, -4096, %l3
	add %l2, 4095, %l3
	add %l2, 0x100, %l3
	add %g0, 5, %o1
	add %o1, 1, %o1
	add %g0, 0, %g0
	add %g1, 0, %g1
	addcc %o1, %o2, %o3
	addcc %g0, %g0, %g0
	addcc %i7, %g0, %l1
	addcc %g0, %i1, %l1
	addcc %o3, %o2, %o3
	addcc %l2, 0, %l3
	addcc %l2, 1, %l3
	addcc %l2, 9, %l3
	addcc %l2, 10, %l3
	addcc %l2, -1, %l3
	addcc %l2, -10, %l3
	addcc %l2, 0x7f, %l3
	addcc %l2, -4096, %l3
	addcc %l2, 4095, %l3
	addcc %l2, 0x100, %l3
	addcc %g0, 5, %o1
	addcc %o1, 1, %o1
	addcc %g0, 0, %g0
	addcc %g1, 0, %g1
	addc %o1, %o2, %o3
	addc %g0, %g0, %g0
	addc %i7, %g0, %l1
	addc %g0, %i1, %l1
	addc %o3, %o2, %o3
	addc %l2, 0, %l3
	addc %l2, 1, %l3
	addc %l2, 9, %l3
	addc %l2, 10, %l3
	addc %l2, -1, %l3
	addc %l2, -10, %l3
	addc %l2, 0x7f, %l3
	addc %l2, -4096, %l3
	addc %l2, 4095, %l3
	addc %l2, 0x100, %l3
	addc %g0, 5, %o1
	addc %o1, 1, %o1
	addc %g0, 0, %g0
	addc %g1, 0, %g1
	addccc %o1, %o2, %o3
	addccc %g0, %g0, %g0
	addccc %i7, %g0, %l1
	addccc %g0, %i1, %l1
	addccc %o3, %o2, %o3
	addccc %l2, 0, %l3
	addccc %l2, 1, %l3
	addccc %l2, 9, %l3
	addccc %l2, 10, %l3
	addccc %l2, -1, %l3
	addccc %l2, -10, %l3
	addccc %l2, 0x7f, %l3
	addccc %l2, -4096, %l3
	addccc %l2, 4095, %l3
	addccc %l2, 0x100, %l3
	addccc %g0, 5, %o1
	addccc %o1, 1, %o1
	addccc %g0, 0, %g0
	addccc %g1, 0, %g1
	sub %o1, %o2, %o3
	sub %g0, %g0, %g0
	sub %i7, %g0, %l1
	sub %g0, %i1, %l1
	sub %o3, %o2, %o3
	sub %l2, 0, %l3
	sub %l2, 1, %l3
	sub %l2, 9, %l3
	sub %l2, 10, %l3
	sub %l2, -1, %l3
	sub %l2, -10, %l3
	sub %l2, 0x7f, %l3
	sub %l2, -4096, %l3
	sub %l2, 4095, %l3
	sub %l2, 0x100, %l3
	sub %g0, 5, %o1
	sub %o1, 1, %o1
	sub %g0, 0, %g0
	sub %g1, 0, %g1
	subcc %o1, %o2, %o3
	subcc %g0, %g0, %g0
	subcc %i7, %g0, %l1
	subcc %g0, %i1, %l1
	subcc %o3, %o2, %o3
	subcc %l2, 0, %l3
	subcc %l2, 1, %l3
	subcc %l2, 9, %l3
	subcc %l2, 10, %l3
	subcc %l2, -1, %l3
	subcc %l2, -10, %l3
	subcc %l2, 0x7f, %l3
	subcc %l2, -4096, %l3
	subcc %l2, 4095, %l3
	subcc %l2, 0x100, %l3
	subcc %g0, 5, %o1
	subcc %o1, 1, %o1
	subcc %g0, 0, %g0
	subcc %g1, 0, %g1
	subc %o1, %o2, %o3
	subc %g0, %g0, %g0
	subc %i7, %g0, %l1
	subc %g0, %i1, %l1
	subc %o3, %o2, %o3
	subc %l2, 0, %l3
	subc %l2, 1, %l3
	subc %l2, 9, %l3
	subc %l2, 10, %l3
	subc %l2, -1, %l3
	subc %l2, -10, %l3
	subc %l2, 0x7f, %l3
	subc %l2, -4096, %l3
	subc %l2, 4095, %l3
	subc %l2, 0x100, %l3
	subc %g0, 5, %o1
	subc %o1, 1, %o1
	subc %g0, 0, %g0
	subc %g1, 0, %g1
	subccc %o1, %o2, %o3
	subccc %g0, %g0, %g0
	subccc %i7, %g0, %l1
	subccc %g0, %i1, %l1
	subccc %o3, %o2, %o3
	subccc %l2, 0, %l3
	subccc %l2, 1, %l3
	subccc %l2, 9, %l3
	subccc %l2, 10, %l3
	subccc %l2, -1, %l3
	subccc %l2, -10, %l3
	subccc %l2, 0x7f, %l3
	subccc %l2, -4096, %l3
	subccc %l2, 4095, %l3
	subccc %l2, 0x100, %l3
	subccc %g0, 5, %o1
	subccc %o1, 1, %o1
	subccc %g0, 0, %g0
	subccc %g1, 0, %g1
	and %o1, %o2, %o3
	and %g0, %g0, %g0
	and %i7, %g0, %l1
	and %g0, %i1, %l1
	and %o3, %o2, %o3
	and %l2, 0, %l3
	and %l2, 1, %l3
	and %l2, 9, %l3
	and %l2, 10, %l3
	and %l2, -1, %l3
	and %l2, -10, %l3
	and %l2, 0x7f, %l3
	and %l2, -4096, %l3
	and %l2, 4095, %l3
	and %l2, 0x100, %l3
	and %g0, 5, %o1
	and %o1, 1, %o1
	and %g0, 0, %g0
	and %g1, 0, %g1
	andcc %o1, %o2, %o3
	andcc %g0, %g0, %g0
	andcc %i7, %g0, %l1
	andcc %g0, %i1, %l1
	andcc %o3, %o2, %o3
	andcc %l2, 0, %l3
	andcc %l2, 1, %l3
	andcc %l2, 9, %l3
	andcc %l2, 10, %l3
	andcc %l2, -1, %l3
	andcc %l2, -10, %l3
	andcc %l2, 0x7f, %l3
	andcc %l2, -4096, %l3
	andcc %l2, 4095, %l3
	andcc %l2, 0x100, %l3
	andcc %g0, 5, %o1
	andcc %o1, 1, %o1
	andcc %g0, 0, %g0
	andcc %g1, 0, %g1
	andn %o1, %o2, %o3
	andn %g0, %g0, %g0
	andn %i7, %g0, %l1
	andn %g0, %i1, %l1
	andn %o3, %o2, %o3
	andn %l2, 0, %l3
	andn %l2, 1, %l3
	andn %l2, 9, %l3
	andn %l2, 10, %l3
	andn %l2, -1, %l3
	andn %l2, -10, %l3
	andn %l2, 0x7f, %l3
	andn %l2, -4096, %l3
	andn %l2, 4095, %l3
	andn %l2, 0x100, %l3
	andn %g0, 5, %o1
	andn %o1, 1, %o1
	andn %g0, 0, %g0
	andn %g1, 0, %g1
	andncc %o1, %o2, %o3
	andncc %g0, %g0, %g0
	andncc %i7, %g0, %l1
	andncc %g0, %i1, %l1
	andncc %o3, %o2, %o3
	andncc %l2, 0, %l3
	andncc %l2, 1, %l3
	andncc %l2, 9, %l3
	andncc %l2, 10, %l3
	andncc %l2, -1, %l3
	andncc %l2, -10, %l3
	andncc %l2, 0x7f, %l3
	andncc %l2, -4096, %l3
	andncc %l2, 4095, %l3
	andncc %l2, 0x100, %l3
	andncc %g0, 5, %o1
	andncc %o1, 1, %o1
	andncc %g0, 0, %g0
	andncc %g1, 0, %g1
	or %o1, %o2, %o3
	or %g0, %g0, %g0
	or %i7, %g0, %l1
	or %g0, %i1, %l1
	or %o3, %o2, %o3
	or %l2, 0, %l3
	or %l2, 1, %l3
	or %l2, 9, %l3
	or %l2, 10, %l3
	or %l2, -1, %l3
	or %l2, -10, %l3
	or %l2, 0x7f, %l3
	or %l2, -4096, %l3
	or %l2, 4095, %l3
	or %l2, 0x100, %l3
	or %g0, 5, %o1
	or %o1, 1, %o1
	or %g0, 0, %g0
	or %g1, 0, %g1
	orcc %o1, %o2, %o3
	orcc %g0, %g0, %g0
	orcc %i7, %g0, %l1
	orcc %g0, %i1, %l1
	orcc %o3, %o2, %o3
	orcc %l2, 0, %l3
	orcc %l2, 1, %l3
	orcc %l2, 9, %l3
	orcc %l2, 10, %l3
	orcc %l2, -1, %l3
	orcc %l2, -10, %l3
	orcc %l2, 0x7f, %l3
	orcc %l2, -4096, %l3
	orcc %l2, 4095, %l3
	orcc %l2, 0x100, %l3
	orcc %g0, 5, %o1
	orcc %o1, 1, %o1
	orcc %g0, 0, %g0
	orcc %g1, 0, %g1
	orn %o1, %o2, %o3
	orn %g0, %g0, %g0
	orn %i7, %g0, %l1
	orn %g0, %i1, %l1
	orn %o3, %o2, %o3
	orn %l2, 0, %l3
	orn %l2, 1, %l3
	orn %l2, 9, %l3
	orn %l2, 10, %l3
	orn %l2, -1, %l3
	orn %l2, -10, %l3
	orn %l2, 0x7f, %l3
	orn %l2, -4096, %l3
	orn %l2, 4095, %l3
	orn %l2, 0x100, %l3
	orn %g0, 5, %o1
	orn %o1, 1, %o1
	orn %g0, 0, %g0
	orn %g1, 0, %g1
	orncc %o1, %o2, %o3
	orncc %g0, %g0, %g0
	orncc %i7, %g0, %l1
	orncc %g0, %i1, %l1
	orncc %o3, %o2, %o3
	orncc %l2, 0, %l3
	orncc %l2, 1, %l3
	orncc %l2, 9, %l3
	orncc %l2, 10, %l3
	orncc %l2, -1, %l3
	orncc %l2, -10, %l3
	orncc %l2, 0x7f, %l3
	orncc %l2, -4096, %l3
	orncc %l2, 4095, %l3
	orncc %l2, 0x100, %l3
	orncc %g0, 5, %o1
	orncc %o1, 1, %o1
	orncc %g0, 0, %g0
	orncc %g1, 0, %g1
	xor %o1, %o2, %o3
	xor %g0, %g0, %g0
	xor %i7, %g0, %l1
	xor %g0, %i1, %l1
	xor %o3, %o2, %o3
	xor %l2, 0, %l3
	xor %l2, 1, %l3
	xor %l2, 9, %l3
	xor %l2, 10, %l3
	xor %l2, -1, %l3
	xor %l2, -10, %l3
	xor %l2, 0x7f, %l3
	xor %l2, -4096, %l3
	xor %l2, 4095, %l3
	xor %l2, 0x100, %l3
	xor %g0, 5, %o1
	xor %o1, 1, %o1
	xor %g0, 0, %g0
	xor %g1, 0, %g1
	xorcc %o1, %o2, %o3
	xorcc %g0, %g0, %g0
	xorcc %i7, %g0, %l1
	xorcc %g0, %i1, %l1
	xorcc %o3, %o2, %o3
	xorcc %l2, 0, %l3
	xorcc %l2, 1, %l3
	xorcc %l2, 9, %l3
	xorcc %l2, 10, %l3
	xorcc %l2, -1, %l3
	xorcc %l2, -10, %l3
	xorcc %l2, 0x7f, %l3
	xorcc %l2, -4096, %l3
	xorcc %l2, 4095, %l3
	xorcc %l2, 0x100, %l3
	xorcc %g0, 5, %o1
	xorcc %o1, 1, %o1
	xorcc %g0, 0, %g0
	xorcc %g1, 0, %g1
	xnor %o1, %o2, %o3
	xnor %g0, %g0, %g0
	xnor %i7, %g0, %l1
	xnor %g0, %i1, %l1
	xnor %o3, %o2, %o3
	xnor %l2, 0, %l3
	xnor %l2, 1, %l3
	xnor %l2, 9, %l3
	xnor %l2, 10, %l3
	xnor %l2, -1, %l3
	xnor %l2, -10, %l3
	xnor %l2, 0x7f, %l3
	xnor %l2, -4096, %l3
	xnor %l2, 4095, %l3
	xnor %l2, 0x100, %l3
	xnor %g0, 5, %o1
	xnor %o1, 1, %o1
	xnor %g0, 0, %g0
	xnor %g1, 0, %g1
	xnorcc %o1, %o2, %o3
	xnorcc %g0, %g0, %g0
	xnorcc %i7, %g0, %l1
	xnorcc %g0, %i1, %l1
	xnorcc %o3, %o2, %o3
	xnorcc %l2, 0, %l3
	xnorcc %l2, 1, %l3
	xnorcc %l2, 9, %l3
	xnorcc %l2, 10, %l3
	xnorcc %l2, -1, %l3
	xnorcc %l2, -10, %l3
	xnorcc %l2, 0x7f, %l3
	xnorcc %l2, -4096, %l3
	xnorcc %l2, 4095, %l3
	xnorcc %l2, 0x100, %l3
	xnorcc %g0, 5, %o1
	xnorcc %o1, 1, %o1
	xnorcc %g0, 0, %g0
	xnorcc %g1, 0, %g1
	mulx %o1, %o2, %o3
	mulx %g0, %g0, %g0
	mulx %i7, %g0, %l1
	mulx %g0, %i1, %l1
	mulx %o3, %o2, %o3
	mulx %l2, 0, %l3
	mulx %l2, 1, %l3
	mulx %l2, 9, %l3
	mulx %l2, 10, %l3
	mulx %l2, -1, %l3
	mulx %l2, -10, %l3
	mulx %l2, 0x7f, %l3
	mulx %l2, -4096, %l3
	mulx %l2, 4095, %l3
	mulx %l2, 0x100, %l3
	mulx %g0, 5, %o1
	mulx %o1, 1, %o1
	mulx %g0, 0, %g0
	mulx %g1, 0, %g1
	sdivx %o1, %o2, %o3
	sdivx %g0, %g0, %g0
	sdivx %i7, %g0, %l1
	sdivx %g0, %i1, %l1
	sdivx %o3, %o2, %o3
	sdivx %l2, 0, %l3
	sdivx %l2, 1, %l3
	sdivx %l2, 9, %l3
	sdivx %l2, 10, %l3
	sdivx %l2, -1, %l3
	sdivx %l2, -10, %l3
	sdivx %l2, 0x7f, %l3
	sdivx %l2, -4096, %l3
	sdivx %l2, 4095, %l3
	sdivx %l2, 0x100, %l3
	sdivx %g0, 5, %o1
	sdivx %o1, 1, %o1
	sdivx %g0, 0, %g0
	sdivx %g1, 0, %g1
	udivx %o1, %o2, %o3
	udivx %g0, %g0, %g0
	udivx %i7, %g0, %l1
	udivx %g0, %i1, %l1
	udivx %o3, %o2, %o3
	udivx %l2, 0, %l3
	udivx %l2, 1, %l3
	udivx %l2, 9, %l3
	udivx %l2, 10, %l3
	udivx %l2, -1, %l3
	udivx %l2, -10, %l3
	udivx %l2, 0x7f, %l3
	udivx %l2, -4096, %l3
	udivx %l2, 4095, %l3
	udivx %l2, 0x100, %l3
	udivx %g0, 5, %o1
	udivx %o1, 1, %o1
	udivx %g0, 0, %g0
	udivx %g1, 0, %g1
	umul %o1, %o2, %o3
	umul %g0, %g0, %g0
	umul %i7, %g0, %l1
	umul %g0, %i1, %l1
	umul %o3, %o2, %o3
	umul %l2, 0, %l3
	umul %l2, 1, %l3
	umul %l2, 9, %l3
	umul %l2, 10, %l3
	umul %l2, -1, %l3
	umul %l2, -10, %l3
	umul %l2, 0x7f, %l3
	umul %l2, -4096, %l3
	umul %l2, 4095, %l3
	umul %l2, 0x100, %l3
	umul %g0, 5, %o1
	umul %o1, 1, %o1
	umul %g0, 0, %g0
	umul %g1, 0, %g1
	smul %o1, %o2, %o3
	smul %g0, %g0, %g0
	smul %i7, %g0, %l1
	smul %g0, %i1, %l1
	smul %o3, %o2, %o3
	smul %l2, 0, %l3
	smul %l2, 1, %l3
	smul %l2, 9, %l3
	smul %l2, 10, %l3
	smul %l2, -1, %l3
	smul %l2, -10, %l3
	smul %l2, 0x7f, %l3
	smul %l2, -4096, %l3
	smul %l2, 4095, %l3
	smul %l2, 0x100, %l3
	smul %g0, 5, %o1
	smul %o1, 1, %o1
	smul %g0, 0, %g0
	smul %g1, 0, %g1
	umulcc %o1, %o2, %o3
	umulcc %g0, %g0, %g0
	umulcc %i7, %g0, %l1
	umulcc %g0, %i1, %l1
	umulcc %o3, %o2, %o3
	umulcc %l2, 0, %l3
	umulcc %l2, 1, %l3
	umulcc %l2, 9, %l3
	umulcc %l2, 10, %l3
	umulcc %l2, -1, %l3
	umulcc %l2, -10, %l3
	umulcc %l2, 0x7f, %l3
	umulcc %l2, -4096, %l3
	umulcc %l2, 4095, %l3
	umulcc %l2, 0x100, %l3
	umulcc %g0, 5, %o1
	umulcc %o1, 1, %o1
	umulcc %g0, 0, %g0
	umulcc %g1, 0, %g1
	smulcc %o1, %o2, %o3
	smulcc %g0, %g0, %g0
	smulcc %i7, %g0, %l1
	smulcc %g0, %i1, %l1
	smulcc %o3, %o2, %o3
	smulcc %l2, 0, %l3
	smulcc %l2, 1, %l3
	smulcc %l2, 9, %l3
	smulcc %l2, 10, %l3
	smulcc %l2, -1, %l3
	smulcc %l2, -10, %l3
	smulcc %l2, 0x7f, %l3
	smulcc %l2, -4096, %l3
	smulcc %l2, 4095, %l3
	smulcc %l2, 0x100, %l3
	smulcc %g0, 5, %o1
	smulcc %o1, 1, %o1
	smulcc %g0, 0, %g0
	smulcc %g1, 0, %g1
	udiv %o1, %o2, %o3
	udiv %g0, %g0, %g0
	udiv %i7, %g0, %l1
	udiv %g0, %i1, %l1
	udiv %o3, %o2, %o3
	udiv %l2, 0, %l3
	udiv %l2, 1, %l3
	udiv %l2, 9, %l3
	udiv %l2, 10, %l3
	udiv %l2, -1, %l3
	udiv %l2, -10, %l3
	udiv %l2, 0x7f, %l3
	udiv %l2, -4096, %l3
	udiv %l2, 4095, %l3
	udiv %l2, 0x100, %l3
	udiv %g0, 5, %o1
	udiv %o1, 1, %o1
	udiv %g0, 0, %g0
	udiv %g1, 0, %g1
	sdiv %o1, %o2, %o3
	sdiv %g0, %g0, %g0
	sdiv %i7, %g0, %l1
	sdiv %g0, %i1, %l1
	sdiv %o3, %o2, %o3
	sdiv %l2, 0, %l3
	sdiv %l2, 1, %l3
	sdiv %l2, 9, %l3
	sdiv %l2, 10, %l3
	sdiv %l2, -1, %l3
	sdiv %l2, -10, %l3
	sdiv %l2, 0x7f, %l3
	sdiv %l2, -4096, %l3
	sdiv %l2, 4095, %l3
	sdiv %l2, 0x100, %l3
	sdiv %g0, 5, %o1
	sdiv %o1, 1, %o1
	sdiv %g0, 0, %g0
	sdiv %g1, 0, %g1
	udivcc %o1, %o2, %o3
	udivcc %g0, %g0, %g0
	udivcc %i7, %g0, %l1
	udivcc %g0, %i1, %l1
	udivcc %o3, %o2, %o3
	udivcc %l2, 0, %l3
	udivcc %l2, 1, %l3
	udivcc %l2, 9, %l3
	udivcc %l2, 10, %l3
	udivcc %l2, -1, %l3
	udivcc %l2, -10, %l3
	udivcc %l2, 0x7f, %l3
	udivcc %l2, -4096, %l3
	udivcc %l2, 4095, %l3
	udivcc %l2, 0x100, %l3
	udivcc %g0, 5, %o1
	udivcc %o1, 1, %o1
	udivcc %g0, 0, %g0
	udivcc %g1, 0, %g1
	sdivcc %o1, %o2, %o3
	sdivcc %g0, %g0, %g0
	sdivcc %i7, %g0, %l1
	sdivcc %g0, %i1, %l1
	sdivcc %o3, %o2, %o3
	sdivcc %l2, 0, %l3
	sdivcc %l2, 1, %l3
	sdivcc %l2, 9, %l3
	sdivcc %l2, 10, %l3
	sdivcc %l2, -1, %l3
	sdivcc %l2, -10, %l3
	sdivcc %l2, 0x7f, %l3
	sdivcc %l2, -4096, %l3
	sdivcc %l2, 4095, %l3
	sdivcc %l2, 0x100, %l3
	sdivcc %g0, 5, %o1
	sdivcc %o1, 1, %o1
	sdivcc %g0, 0, %g0
	sdivcc %g1, 0, %g1
	taddcc %o1, %o2, %o3
	taddcc %g0, %g0, %g0
	taddcc %i7, %g0, %l1
	taddcc %g0, %i1, %l1
	taddcc %o3, %o2, %o3
	taddcc %l2, 0, %l3
	taddcc %l2, 1, %l3
	taddcc %l2, 9, %l3
	taddcc %l2, 10, %l3
	taddcc %l2, -1, %l3
	taddcc %l2, -10, %l3
	taddcc %l2, 0x7f, %l3
	taddcc %l2, -4096, %l3
	taddcc %l2, 4095, %l3
	taddcc %l2, 0x100, %l3
	taddcc %g0, 5, %o1
	taddcc %o1, 1, %o1
	taddcc %g0, 0, %g0
	taddcc %g1, 0, %g1
	tsubcc %o1, %o2, %o3
	tsubcc %g0, %g0, %g0
	tsubcc %i7, %g0, %l1
	tsubcc %g0, %i1, %l1
	tsubcc %o3, %o2, %o3
	tsubcc %l2, 0, %l3
	tsubcc %l2, 1, %l3
	tsubcc %l2, 9, %l3
	tsubcc %l2, 10, %l3
	tsubcc %l2, -1, %l3
	tsubcc %l2, -10, %l3
	tsubcc %l2, 0x7f, %l3
	tsubcc %l2, -4096, %l3
	tsubcc %l2, 4095, %l3
	tsubcc %l2, 0x100, %l3
	tsubcc %g0, 5, %o1
	tsubcc %o1, 1, %o1
	tsubcc %g0, 0, %g0
	tsubcc %g1, 0, %g1
	taddcctv %o1, %o2, %o3
	taddcctv %g0, %g0, %g0
	taddcctv %i7, %g0, %l1
	taddcctv %g0, %i1, %l1
	taddcctv %o3, %o2, %o3
	taddcctv %l2, 0, %l3
	taddcctv %l2, 1, %l3
	taddcctv %l2, 9, %l3
	taddcctv %l2, 10, %l3
	taddcctv %l2, -1, %l3
	taddcctv %l2, -10, %l3
	taddcctv %l2, 0x7f, %l3
	taddcctv %l2, -4096, %l3
	taddcctv %l2, 4095, %l3
	taddcctv %l2, 0x100, %l3
	taddcctv %g0, 5, %o1
	taddcctv %o1, 1, %o1
	taddcctv %g0, 0, %g0
	taddcctv %g1, 0, %g1
	tsubcctv %o1, %o2, %o3
	tsubcctv %g0, %g0, %g0
	tsubcctv %i7, %g0, %l1
	tsubcctv %g0, %i1, %l1
	tsubcctv %o3, %o2, %o3
	tsubcctv %l2, 0, %l3
	tsubcctv %l2, 1, %l3
	tsubcctv %l2, 9, %l3
	tsubcctv %l2, 10, %l3
	tsubcctv %l2, -1, %l3
	tsubcctv %l2, -10, %l3
	tsubcctv %l2, 0x7f, %l3
	tsubcctv %l2, -4096, %l3
	tsubcctv %l2, 4095, %l3
	tsubcctv %l2, 0x100, %l3
	tsubcctv %g0, 5, %o1
	tsubcctv %o1, 1, %o1
	tsubcctv %g0, 0, %g0
	tsubcctv %g1, 0, %g1
	mulscc %o1, %o2, %o3
	mulscc %g0, %g0, %g0
	mulscc %i7, %g0, %l1
	mulscc %g0, %i1, %l1
	mulscc %o3, %o2, %o3
	mulscc %l2, 0, %l3
	mulscc %l2, 1, %l3
	mulscc %l2, 9, %l3
	mulscc %l2, 10, %l3
	mulscc %l2, -1, %l3
	mulscc %l2, -10, %l3
	mulscc %l2, 0x7f, %l3
	mulscc %l2, -4096, %l3
	mulscc %l2, 4095, %l3
	mulscc %l2, 0x100, %l3
	mulscc %g0, 5, %o1
	mulscc %o1, 1, %o1
	mulscc %g0, 0, %g0
	mulscc %g1, 0, %g1
	save %o1, %o2, %o3
	save %g0, %g0, %g0
	save %i7, %g0, %l1
	save %g0, %i1, %l1
	save %o3, %o2, %o3
	save %l2, 0, %l3
	save %l2, 1, %l3
	save %l2, 9, %l3
	save %l2, 10, %l3
	save %l2, -1, %l3
	save %l2, -10, %l3
	save %l2, 0x7f, %l3
	save %l2, -4096, %l3
	save %l2, 4095, %l3
	save %l2, 0x100, %l3
	save %g0, 5, %o1
	save %o1, 1, %o1
	save %g0, 0, %g0
	save %g1, 0, %g1
	restore %o1, %o2, %o3
	restore %g0, %g0, %g0
	restore %i7, %g0, %l1
	restore %g0, %i1, %l1
	restore %o3, %o2, %o3
	restore %l2, 0, %l3
	restore %l2, 1, %l3
	restore %l2, 9, %l3
	restore %l2, 10, %l3
	restore %l2, -1, %l3
	restore %l2, -10, %l3
	restore %l2, 0x7f, %l3
	restore %l2, -4096, %l3
	restore %l2, 4095, %l3
	restore %l2, 0x100, %l3
	restore %g0, 5, %o1
	restore %o1, 1, %o1
	restore %g0, 0, %g0
	restore %g1, 0, %g1
	save
	restore
	restore %g0, %g0, %g0
	restore %g0, 0, %g0
	save %g0, %g0, %g0
	mov %g0, %o2
	mov 100, %g0
	clr %g0
	tst %g0
	neg %g0
	neg %g0, %l4
	not %g0
	not %g0, %l5
	inc %g0
	dec %g0
	inccc %g0
	deccc %g0
	inc 7, %g0
	dec 7, %g0
	cmp %g0, %o1
	cmp %g0, 12
	btst 8, %g0
	btst %g0, %o3
	bset 4, %g0
	bclr 4, %g0
	btog %g0, %g0
	bset %o1, %g0
	clr [%g0]
	clrb [%g0 + 4]
	clrh [%g0 + %o1]
	clrx [%g0 - 8]
	signx %g0
	signx %g0, %o4
	clruw %g0
	clruw %g0, %o4
	mov %g1, %o2
	mov 100, %g1
	clr %g1
	tst %g1
	neg %g1
	neg %g1, %l4
	not %g1
	not %g1, %l5
	inc %g1
	dec %g1
	inccc %g1
	deccc %g1
	inc 7, %g1
	dec 7, %g1
	cmp %g1, %o1
	cmp %g1, 12
	btst 8, %g1
	btst %g1, %o3
	bset 4, %g1
	bclr 4, %g1
	btog %g1, %g1
	bset %o1, %g1
	clr [%g1]
	clrb [%g1 + 4]
	clrh [%g1 + %o1]
	clrx [%g1 - 8]
	signx %g1
	signx %g1, %o4
	clruw %g1
	clruw %g1, %o4
	mov %o0, %o2
	mov 100, %o0
	clr %o0
	tst %o0
	neg %o0
	neg %o0, %l4
	not %o0
	not %o0, %l5
	inc %o0
	dec %o0
	inccc %o0
	deccc %o0
	inc 7, %o0
	dec 7, %o0
	cmp %o0, %o1
	cmp %o0, 12
	btst 8, %o0
	btst %o0, %o3
	bset 4, %o0
	bclr 4, %o0
	btog %o0, %o0
	bset %o1, %o0
	clr [%o0]
	clrb [%o0 + 4]
	clrh [%o0 + %o1]
	clrx [%o0 - 8]
	signx %o0
	signx %o0, %o4
	clruw %o0
	clruw %o0, %o4
	mov %o5, %o2
	mov 100, %o5
	clr %o5
	tst %o5
	neg %o5
	neg %o5, %l4
	not %o5
	not %o5, %l5
	inc %o5
	dec %o5
	inccc %o5
	deccc %o5
	inc 7, %o5
	dec 7, %o5
	cmp %o5, %o1
	cmp %o5, 12
	btst 8, %o5
	btst %o5, %o3
	bset 4, %o5
	bclr 4, %o5
	btog %o5, %o5
	bset %o1, %o5
	clr [%o5]
	clrb [%o5 + 4]
	clrh [%o5 + %o1]
	clrx [%o5 - 8]
	signx %o5
	signx %o5, %o4
	clruw %o5
	clruw %o5, %o4
	mov %sp, %o2
	mov 100, %sp
	clr %sp
	tst %sp
	neg %sp
	neg %sp, %l4
	not %sp
	not %sp, %l5
	inc %sp
	dec %sp
	inccc %sp
	deccc %sp
	inc 7, %sp
	dec 7, %sp
	cmp %sp, %o1
	cmp %sp, 12
	btst 8, %sp
	btst %sp, %o3
	bset 4, %sp
	bclr 4, %sp
	btog %sp, %sp
	bset %o1, %sp
	clr [%sp]
	clrb [%sp + 4]
	clrh [%sp + %o1]
	clrx [%sp - 8]
	signx %sp
	signx %sp, %o4
	clruw %sp
	clruw %sp, %o4
	mov %o7, %o2
	mov 100, %o7
	clr %o7
	tst %o7
	neg %o7
	neg %o7, %l4
	not %o7
	not %o7, %l5
	inc %o7
	dec %o7
	inccc %o7
	deccc %o7
	inc 7, %o7
	dec 7, %o7
	cmp %o7, %o1
	cmp %o7, 12
	btst 8, %o7
	btst %o7, %o3
	bset 4, %o7
	bclr 4, %o7
	btog %o7, %o7
	bset %o1, %o7
	clr [%o7]
	clrb [%o7 + 4]
	clrh [%o7 + %o1]
	clrx [%o7 - 8]
	signx %o7
	signx %o7, %o4
	clruw %o7
	clruw %o7, %o4
	mov %l0, %o2
	mov 100, %l0
	clr %l0
	tst %l0
	neg %l0
	neg %l0, %l4
	not %l0
	not %l0, %l5
	inc %l0
	dec %l0
	inccc %l0
	deccc %l0
	inc 7, %l0
	dec 7, %l0
	cmp %l0, %o1
	cmp %l0, 12
	btst 8, %l0
	btst %l0, %o3
	bset 4, %l0
	bclr 4, %l0
	btog %l0, %l0
	bset %o1, %l0
	clr [%l0]
	clrb [%l0 + 4]
	clrh [%l0 + %o1]
	clrx [%l0 - 8]
	signx %l0
	signx %l0, %o4
	clruw %l0
	clruw %l0, %o4
	mov %l7, %o2
	mov 100, %l7
	clr %l7
	tst %l7
	neg %l7
	neg %l7, %l4
	not %l7
	not %l7, %l5
	inc %l7
	dec %l7
	inccc %l7
	deccc %l7
	inc 7, %l7
	dec 7, %l7
	cmp %l7, %o1
	cmp %l7, 12
	btst 8, %l7
	btst %l7, %o3
	bset 4, %l7
	bclr 4, %l7
	btog %l7, %l7
	bset %o1, %l7
	clr [%l7]
	clrb [%l7 + 4]
	clrh [%l7 + %o1]
	clrx [%l7 - 8]
	signx %l7
	signx %l7, %o4
	clruw %l7
	clruw %l7, %o4
	mov %i0, %o2
	mov 100, %i0
	clr %i0
	tst %i0
	neg %i0
	neg %i0, %l4
	not %i0
	not %i0, %l5
	inc %i0
	dec %i0
	inccc %i0
	deccc %i0
	inc 7, %i0
	dec 7, %i0
	cmp %i0, %o1
	cmp %i0, 12
	btst 8, %i0
	btst %i0, %o3
	bset 4, %i0
	bclr 4, %i0
	btog %i0, %i0
	bset %o1, %i0
	clr [%i0]
	clrb [%i0 + 4]
	clrh [%i0 + %o1]
	clrx [%i0 - 8]
	signx %i0
	signx %i0, %o4
	clruw %i0
	clruw %i0, %o4
	mov %i5, %o2
	mov 100, %i5
	clr %i5
	tst %i5
	neg %i5
	neg %i5, %l4
	not %i5
	not %i5, %l5
	inc %i5
	dec %i5
	inccc %i5
	deccc %i5
	inc 7, %i5
	dec 7, %i5
	cmp %i5, %o1
	cmp %i5, 12
	btst 8, %i5
	btst %i5, %o3
	bset 4, %i5
	bclr 4, %i5
	btog %i5, %i5
	bset %o1, %i5
	clr [%i5]
	clrb [%i5 + 4]
	clrh [%i5 + %o1]
	clrx [%i5 - 8]
	signx %i5
	signx %i5, %o4
	clruw %i5
	clruw %i5, %o4
	mov %fp, %o2
	mov 100, %fp
	clr %fp
	tst %fp
	neg %fp
	neg %fp, %l4
	not %fp
	not %fp, %l5
	inc %fp
	dec %fp
	inccc %fp
	deccc %fp
	inc 7, %fp
	dec 7, %fp
	cmp %fp, %o1
	cmp %fp, 12
	btst 8, %fp
	btst %fp, %o3
	bset 4, %fp
	bclr 4, %fp
	btog %fp, %fp
	bset %o1, %fp
	clr [%fp]
	clrb [%fp + 4]
	clrh [%fp + %o1]
	clrx [%fp - 8]
	signx %fp
	signx %fp, %o4
	clruw %fp
	clruw %fp, %o4
	mov %i7, %o2
	mov 100, %i7
	clr %i7
	tst %i7
	neg %i7
	neg %i7, %l4
	not %i7
	not %i7, %l5
	inc %i7
	dec %i7
	inccc %i7
	deccc %i7
	inc 7, %i7
	dec 7, %i7
	cmp %i7, %o1
	cmp %i7, 12
	btst 8, %i7
	btst %i7, %o3
	bset 4, %i7
	bclr 4, %i7
	btog %i7, %i7
	bset %o1, %i7
	clr [%i7]
	clrb [%i7 + 4]
	clrh [%i7 + %o1]
	clrx [%i7 - 8]
	signx %i7
	signx %i7, %o4
	clruw %i7
	clruw %i7, %o4
	mov %g0, %g0
	or %g0, %g0, %g0
	orcc %g0, %g0, %g0
	orcc %g0, %o1, %g0
	orcc %o1, 0, %g0
	mov 0, %o0
	mov -1, %o0
	mov 4095, %o0
	or %g0, 0, %g0
	nop
	sethi %hi(0), %g0
	sethi %hi(0x12345400), %l0
	sethi %hi(0xfffffc00), %o7
	sethi 1, %g1
	set 0x12345678, %g1
	setx 0x123456789abcdef0, %g2, %g3
	sll %o0, %g0, %o1
	sll %o0, %o1, %o1
	sll %o0, %i7, %o1
	sll %l0, 0, %l1
	sll %l0, 1, %l1
	sll %l0, 9, %l1
	sll %l0, 10, %l1
	sll %l0, 31, %l1
	sll %g0, 0, %g0
	srl %o0, %g0, %o1
	srl %o0, %o1, %o1
	srl %o0, %i7, %o1
	srl %l0, 0, %l1
	srl %l0, 1, %l1
	srl %l0, 9, %l1
	srl %l0, 10, %l1
	srl %l0, 31, %l1
	srl %g0, 0, %g0
	sra %o0, %g0, %o1
	sra %o0, %o1, %o1
	sra %o0, %i7, %o1
	sra %l0, 0, %l1
	sra %l0, 1, %l1
	sra %l0, 9, %l1
	sra %l0, 10, %l1
	sra %l0, 31, %l1
	sra %g0, 0, %g0
	sllx %o0, %g0, %o1
	sllx %o0, %o1, %o1
	sllx %o0, %i7, %o1
	sllx %l0, 0, %l1
	sllx %l0, 1, %l1
	sllx %l0, 9, %l1
	sllx %l0, 10, %l1
	sllx %l0, 63, %l1
	sllx %g0, 0, %g0
	srlx %o0, %g0, %o1
	srlx %o0, %o1, %o1
	srlx %o0, %i7, %o1
	srlx %l0, 0, %l1
	srlx %l0, 1, %l1
	srlx %l0, 9, %l1
	srlx %l0, 10, %l1
	srlx %l0, 63, %l1
	srlx %g0, 0, %g0
	srax %o0, %g0, %o1
	srax %o0, %o1, %o1
	srax %o0, %i7, %o1
	srax %l0, 0, %l1
	srax %l0, 1, %l1
	srax %l0, 9, %l1
	srax %l0, 10, %l1
	srax %l0, 63, %l1
	srax %g0, 0, %g0
	rd %y, %o0
	rd %ccr, %o0
	rd %asi, %o0
	rd %tick, %o0
	rd %pc, %o0
	rd %fprs, %o0
	rd %asr16, %o0
	rd %asr17, %o0
	rd %asr18, %o0
	rd %gsr, %o0
	rd %asr22, %o0
	rd %asr23, %o0
	rd %asr24, %o0
	rd %asr25, %o0
	rd %asr1, %o0
	rd %asr7, %o0
	rd %asr15, %o0
	rd %asr31, %o0
	rd %asr13, %o0
	rd %asr26, %o0
	wr %o1, %o2, %y
	wr %o1, 0x55, %y
	wr %g0, %o2, %y
	wr %g0, 3, %y
	wr %o1, %g0, %y
	wr %o1, 0, %y
	wr %g0, %g0, %y
	wr %g0, -5, %y
	wr %o1, %o2, %ccr
	wr %o1, 0x55, %ccr
	wr %g0, %o2, %ccr
	wr %g0, 3, %ccr
	wr %o1, %g0, %ccr
	wr %o1, 0, %ccr
	wr %g0, %g0, %ccr
	wr %g0, -5, %ccr
	wr %o1, %o2, %asi
	wr %o1, 0x55, %asi
	wr %g0, %o2, %asi
	wr %g0, 3, %asi
	wr %o1, %g0, %asi
	wr %o1, 0, %asi
	wr %g0, %g0, %asi
	wr %g0, -5, %asi
	wr %o1, %o2, %fprs
	wr %o1, 0x55, %fprs
	wr %g0, %o2, %fprs
	wr %g0, 3, %fprs
	wr %o1, %g0, %fprs
	wr %o1, 0, %fprs
	wr %g0, %g0, %fprs
	wr %g0, -5, %fprs
	wr %o1, %o2, %asr16
	wr %o1, 0x55, %asr16
	wr %g0, %o2, %asr16
	wr %g0, 3, %asr16
	wr %o1, %g0, %asr16
	wr %o1, 0, %asr16
	wr %g0, %g0, %asr16
	wr %g0, -5, %asr16
	wr %o1, %o2, %asr17
	wr %o1, 0x55, %asr17
	wr %g0, %o2, %asr17
	wr %g0, 3, %asr17
	wr %o1, %g0, %asr17
	wr %o1, 0, %asr17
	wr %g0, %g0, %asr17
	wr %g0, -5, %asr17
	wr %o1, %o2, %asr18
	wr %o1, 0x55, %asr18
	wr %g0, %o2, %asr18
	wr %g0, 3, %asr18
	wr %o1, %g0, %asr18
	wr %o1, 0, %asr18
	wr %g0, %g0, %asr18
	wr %g0, -5, %asr18
	wr %o1, %o2, %gsr
	wr %o1, 0x55, %gsr
	wr %g0, %o2, %gsr
	wr %g0, 3, %gsr
	wr %o1, %g0, %gsr
	wr %o1, 0, %gsr
	wr %g0, %g0, %gsr
	wr %g0, -5, %gsr
	wr %o1, %o2, %asr20
	wr %o1, 0x55, %asr20
	wr %g0, %o2, %asr20
	wr %g0, 3, %asr20
	wr %o1, %g0, %asr20
	wr %o1, 0, %asr20
	wr %g0, %g0, %asr20
	wr %g0, -5, %asr20
	wr %o1, %o2, %asr21
	wr %o1, 0x55, %asr21
	wr %g0, %o2, %asr21
	wr %g0, 3, %asr21
	wr %o1, %g0, %asr21
	wr %o1, 0, %asr21
	wr %g0, %g0, %asr21
	wr %g0, -5, %asr21
	wr %o1, %o2, %asr22
	wr %o1, 0x55, %asr22
	wr %g0, %o2, %asr22
	wr %g0, 3, %asr22
	wr %o1, %g0, %asr22
	wr %o1, 0, %asr22
	wr %g0, %g0, %asr22
	wr %g0, -5, %asr22
	wr %o1, %o2, %asr23
	wr %o1, 0x55, %asr23
	wr %g0, %o2, %asr23
	wr %g0, 3, %asr23
	wr %o1, %g0, %asr23
	wr %o1, 0, %asr23
	wr %g0, %g0, %asr23
	wr %g0, -5, %asr23
	wr %o1, %o2, %asr24
	wr %o1, 0x55, %asr24
	wr %g0, %o2, %asr24
	wr %g0, 3, %asr24
	wr %o1, %g0, %asr24
	wr %o1, 0, %asr24
	wr %g0, %g0, %asr24
	wr %g0, -5, %asr24
	wr %o1, %o2, %asr25
	wr %o1, 0x55, %asr25
	wr %g0, %o2, %asr25
	wr %g0, 3, %asr25
	wr %o1, %g0, %asr25
	wr %o1, 0, %asr25
	wr %g0, %g0, %asr25
	wr %g0, -5, %asr25
	wr %o1, %o2, %asr1
	wr %o1, 0x55, %asr1
	wr %g0, %o2, %asr1
	wr %g0, 3, %asr1
	wr %o1, %g0, %asr1
	wr %o1, 0, %asr1
	wr %g0, %g0, %asr1
	wr %g0, -5, %asr1
	wr %o1, %o2, %asr7
	wr %o1, 0x55, %asr7
	wr %g0, %o2, %asr7
	wr %g0, 3, %asr7
	wr %o1, %g0, %asr7
	wr %o1, 0, %asr7
	wr %g0, %g0, %asr7
	wr %g0, -5, %asr7
	wr %o1, %o2, %asr14
	wr %o1, 0x55, %asr14
	wr %g0, %o2, %asr14
	wr %g0, 3, %asr14
	wr %o1, %g0, %asr14
	wr %o1, 0, %asr14
	wr %g0, %g0, %asr14
	wr %g0, -5, %asr14
	wr %o1, %o2, %asr26
	wr %o1, 0x55, %asr26
	wr %g0, %o2, %asr26
	wr %g0, 3, %asr26
	wr %o1, %g0, %asr26
	wr %o1, 0, %asr26
	wr %g0, %g0, %asr26
	wr %g0, -5, %asr26
	wr %o1, %o2, %asr27
	wr %o1, 0x55, %asr27
	wr %g0, %o2, %asr27
	wr %g0, 3, %asr27
	wr %o1, %g0, %asr27
	wr %o1, 0, %asr27
	wr %g0, %g0, %asr27
	wr %g0, -5, %asr27
	wr %o1, %o2, %asr28
	wr %o1, 0x55, %asr28
	wr %g0, %o2, %asr28
	wr %g0, 3, %asr28
	wr %o1, %g0, %asr28
	wr %o1, 0, %asr28
	wr %g0, %g0, %asr28
	wr %g0, -5, %asr28
	wr %o1, %o2, %asr31
	wr %o1, 0x55, %asr31
	wr %g0, %o2, %asr31
	wr %g0, 3, %asr31
	wr %o1, %g0, %asr31
	wr %o1, 0, %asr31
	wr %g0, %g0, %asr31
	wr %g0, -5, %asr31
	mov %o3, %y
	mov 7, %y
	mov %y, %o4
	mov %asr17, %o1
	membar 0
	membar #LoadLoad
	membar #StoreLoad
	membar #LoadStore
	membar #StoreStore
	membar #Lookaside
	membar #MemIssue
	membar #Sync
	membar #StoreLoad | #StoreStore
	membar #LoadLoad | #LoadStore | #StoreLoad | #StoreStore
	membar 127
	membar 0x45
	stbar
	flushw
	rdpr %tpc, %l0
	rdpr %tnpc, %l0
	rdpr %tstate, %l0
	rdpr %tt, %l0
	rdpr %tick, %l0
	rdpr %tba, %l0
	rdpr %pstate, %l0
	rdpr %tl, %l0
	rdpr %pil, %l0
	rdpr %cwp, %l0
	rdpr %cansave, %l0
	rdpr %canrestore, %l0
	rdpr %cleanwin, %l0
	rdpr %otherwin, %l0
	rdpr %wstate, %l0
	rdpr %fq, %l0
	rdpr %gl, %l0
	rdpr %ver, %l0
	wrpr %l0, %l1, %tpc
	wrpr %l0, 6, %tpc
	wrpr %l0, %tpc
	wrpr %g0, 6, %tpc
	wrpr %g0, %tpc
	wrpr %l0, %l1, %tnpc
	wrpr %l0, 6, %tnpc
	wrpr %l0, %tnpc
	wrpr %g0, 6, %tnpc
	wrpr %g0, %tnpc
	wrpr %l0, %l1, %tstate
	wrpr %l0, 6, %tstate
	wrpr %l0, %tstate
	wrpr %g0, 6, %tstate
	wrpr %g0, %tstate
	wrpr %l0, %l1, %tt
	wrpr %l0, 6, %tt
	wrpr %l0, %tt
	wrpr %g0, 6, %tt
	wrpr %g0, %tt
	wrpr %l0, %l1, %tick
	wrpr %l0, 6, %tick
	wrpr %l0, %tick
	wrpr %g0, 6, %tick
	wrpr %g0, %tick
	wrpr %l0, %l1, %tba
	wrpr %l0, 6, %tba
	wrpr %l0, %tba
	wrpr %g0, 6, %tba
	wrpr %g0, %tba
	wrpr %l0, %l1, %pstate
	wrpr %l0, 6, %pstate
	wrpr %l0, %pstate
	wrpr %g0, 6, %pstate
	wrpr %g0, %pstate
	wrpr %l0, %l1, %tl
	wrpr %l0, 6, %tl
	wrpr %l0, %tl
	wrpr %g0, 6, %tl
	wrpr %g0, %tl
	wrpr %l0, %l1, %pil
	wrpr %l0, 6, %pil
	wrpr %l0, %pil
	wrpr %g0, 6, %pil
	wrpr %g0, %pil
	wrpr %l0, %l1, %cwp
	wrpr %l0, 6, %cwp
	wrpr %l0, %cwp
	wrpr %g0, 6, %cwp
	wrpr %g0, %cwp
	wrpr %l0, %l1, %cansave
	wrpr %l0, 6, %cansave
	wrpr %l0, %cansave
	wrpr %g0, 6, %cansave
	wrpr %g0, %cansave
	wrpr %l0, %l1, %canrestore
	wrpr %l0, 6, %canrestore
	wrpr %l0, %canrestore
	wrpr %g0, 6, %canrestore
	wrpr %g0, %canrestore
	wrpr %l0, %l1, %cleanwin
	wrpr %l0, 6, %cleanwin
	wrpr %l0, %cleanwin
	wrpr %g0, 6, %cleanwin
	wrpr %g0, %cleanwin
	wrpr %l0, %l1, %otherwin
	wrpr %l0, 6, %otherwin
	wrpr %l0, %otherwin
	wrpr %g0, 6, %otherwin
	wrpr %g0, %otherwin
	wrpr %l0, %l1, %wstate
	wrpr %l0, 6, %wstate
	wrpr %l0, %wstate
	wrpr %g0, 6, %wstate
	wrpr %g0, %wstate
	wrpr %l0, %l1, %gl
	wrpr %l0, 6, %gl
	wrpr %l0, %gl
	wrpr %g0, 6, %gl
	wrpr %g0, %gl
	rdhpr %hpstate, %o2
	rdhpr %htstate, %o2
	rdhpr %hintp, %o2
	rdhpr %htba, %o2
	rdhpr %hver, %o2
	rdhpr %hstick_cmpr, %o2
	wrhpr %o1, %o2, %hpstate
	wrhpr %o1, 9, %hpstate
	wrhpr %o1, %hpstate
	wrhpr %o1, %o2, %htstate
	wrhpr %o1, 9, %htstate
	wrhpr %o1, %htstate
	wrhpr %o1, %o2, %hintp
	wrhpr %o1, 9, %hintp
	wrhpr %o1, %hintp
	wrhpr %o1, %o2, %htba
	wrhpr %o1, 9, %htba
	wrhpr %o1, %htba
	wrhpr %o1, %o2, %hstick_cmpr
	wrhpr %o1, 9, %hstick_cmpr
	wrhpr %o1, %hstick_cmpr
	saved
	restored
	done
	retry
	sir 0
	sir 12
	shutdown
	mova %icc, %o1, %o2
	mova %icc, -1024, %o2
	mova %icc, 1023, %i0
	mova %icc, 3, %g0
	mova %xcc, %o1, %o2
	mova %xcc, -1024, %o2
	mova %xcc, 1023, %i0
	mova %xcc, 3, %g0
	movn %icc, %o1, %o2
	movn %icc, -1024, %o2
	movn %icc, 1023, %i0
	movn %icc, 3, %g0
	movn %xcc, %o1, %o2
	movn %xcc, -1024, %o2
	movn %xcc, 1023, %i0
	movn %xcc, 3, %g0
	movne %icc, %o1, %o2
	movne %icc, -1024, %o2
	movne %icc, 1023, %i0
	movne %icc, 3, %g0
	movne %xcc, %o1, %o2
	movne %xcc, -1024, %o2
	movne %xcc, 1023, %i0
	movne %xcc, 3, %g0
	move %icc, %o1, %o2
	move %icc, -1024, %o2
	move %icc, 1023, %i0
	move %icc, 3, %g0
	move %xcc, %o1, %o2
	move %xcc, -1024, %o2
	move %xcc, 1023, %i0
	move %xcc, 3, %g0
	movg %icc, %o1, %o2
	movg %icc, -1024, %o2
	movg %icc, 1023, %i0
	movg %icc, 3, %g0
	movg %xcc, %o1, %o2
	movg %xcc, -1024, %o2
	movg %xcc, 1023, %i0
	movg %xcc, 3, %g0
	movle %icc, %o1, %o2
	movle %icc, -1024, %o2
	movle %icc, 1023, %i0
	movle %icc, 3, %g0
	movle %xcc, %o1, %o2
	movle %xcc, -1024, %o2
	movle %xcc, 1023, %i0
	movle %xcc, 3, %g0
	movge %icc, %o1, %o2
	movge %icc, -1024, %o2
	movge %icc, 1023, %i0
	movge %icc, 3, %g0
	movge %xcc, %o1, %o2
	movge %xcc, -1024, %o2
	movge %xcc, 1023, %i0
	movge %xcc, 3, %g0
	movl %icc, %o1, %o2
	movl %icc, -1024, %o2
	movl %icc, 1023, %i0
	movl %icc, 3, %g0
	movl %xcc, %o1, %o2
	movl %xcc, -1024, %o2
	movl %xcc, 1023, %i0
	movl %xcc, 3, %g0
	movgu %icc, %o1, %o2
	movgu %icc, -1024, %o2
	movgu %icc, 1023, %i0
	movgu %icc, 3, %g0
	movgu %xcc, %o1, %o2
	movgu %xcc, -1024, %o2
	movgu %xcc, 1023, %i0
	movgu %xcc, 3, %g0
	movleu %icc, %o1, %o2
	movleu %icc, -1024, %o2
	movleu %icc, 1023, %i0
	movleu %icc, 3, %g0
	movleu %xcc, %o1, %o2
	movleu %xcc, -1024, %o2
	movleu %xcc, 1023, %i0
	movleu %xcc, 3, %g0
	movcc %icc, %o1, %o2
	movcc %icc, -1024, %o2
	movcc %icc, 1023, %i0
	movcc %icc, 3, %g0
	movcc %xcc, %o1, %o2
	movcc %xcc, -1024, %o2
	movcc %xcc, 1023, %i0
	movcc %xcc, 3, %g0
	movcs %icc, %o1, %o2
	movcs %icc, -1024, %o2
	movcs %icc, 1023, %i0
	movcs %icc, 3, %g0
	movcs %xcc, %o1, %o2
	movcs %xcc, -1024, %o2
	movcs %xcc, 1023, %i0
	movcs %xcc, 3, %g0
	movpos %icc, %o1, %o2
	movpos %icc, -1024, %o2
	movpos %icc, 1023, %i0
	movpos %icc, 3, %g0
	movpos %xcc, %o1, %o2
	movpos %xcc, -1024, %o2
	movpos %xcc, 1023, %i0
	movpos %xcc, 3, %g0
	movneg %icc, %o1, %o2
	movneg %icc, -1024, %o2
	movneg %icc, 1023, %i0
	movneg %icc, 3, %g0
	movneg %xcc, %o1, %o2
	movneg %xcc, -1024, %o2
	movneg %xcc, 1023, %i0
	movneg %xcc, 3, %g0
	movvc %icc, %o1, %o2
	movvc %icc, -1024, %o2
	movvc %icc, 1023, %i0
	movvc %icc, 3, %g0
	movvc %xcc, %o1, %o2
	movvc %xcc, -1024, %o2
	movvc %xcc, 1023, %i0
	movvc %xcc, 3, %g0
	movvs %icc, %o1, %o2
	movvs %icc, -1024, %o2
	movvs %icc, 1023, %i0
	movvs %icc, 3, %g0
	movvs %xcc, %o1, %o2
	movvs %xcc, -1024, %o2
	movvs %xcc, 1023, %i0
	movvs %xcc, 3, %g0
	movnz %icc, %o1, %o2
	movnz %icc, -1024, %o2
	movnz %icc, 1023, %i0
	movnz %icc, 3, %g0
	movnz %xcc, %o1, %o2
	movnz %xcc, -1024, %o2
	movnz %xcc, 1023, %i0
	movnz %xcc, 3, %g0
	movz %icc, %o1, %o2
	movz %icc, -1024, %o2
	movz %icc, 1023, %i0
	movz %icc, 3, %g0
	movz %xcc, %o1, %o2
	movz %xcc, -1024, %o2
	movz %xcc, 1023, %i0
	movz %xcc, 3, %g0
	movgeu %icc, %o1, %o2
	movgeu %icc, -1024, %o2
	movgeu %icc, 1023, %i0
	movgeu %icc, 3, %g0
	movgeu %xcc, %o1, %o2
	movgeu %xcc, -1024, %o2
	movgeu %xcc, 1023, %i0
	movgeu %xcc, 3, %g0
	movlu %icc, %o1, %o2
	movlu %icc, -1024, %o2
	movlu %icc, 1023, %i0
	movlu %icc, 3, %g0
	movlu %xcc, %o1, %o2
	movlu %xcc, -1024, %o2
	movlu %xcc, 1023, %i0
	movlu %xcc, 3, %g0
	mova %fcc0, %l1, %l2
	mova %fcc0, 10, %l2
	mova %fcc1, %l1, %l2
	mova %fcc1, 10, %l2
	mova %fcc2, %l1, %l2
	mova %fcc2, 10, %l2
	mova %fcc3, %l1, %l2
	mova %fcc3, 10, %l2
	movn %fcc0, %l1, %l2
	movn %fcc0, 10, %l2
	movn %fcc1, %l1, %l2
	movn %fcc1, 10, %l2
	movn %fcc2, %l1, %l2
	movn %fcc2, 10, %l2
	movn %fcc3, %l1, %l2
	movn %fcc3, 10, %l2
	movu %fcc0, %l1, %l2
	movu %fcc0, 10, %l2
	movu %fcc1, %l1, %l2
	movu %fcc1, 10, %l2
	movu %fcc2, %l1, %l2
	movu %fcc2, 10, %l2
	movu %fcc3, %l1, %l2
	movu %fcc3, 10, %l2
	movg %fcc0, %l1, %l2
	movg %fcc0, 10, %l2
	movg %fcc1, %l1, %l2
	movg %fcc1, 10, %l2
	movg %fcc2, %l1, %l2
	movg %fcc2, 10, %l2
	movg %fcc3, %l1, %l2
	movg %fcc3, 10, %l2
	movug %fcc0, %l1, %l2
	movug %fcc0, 10, %l2
	movug %fcc1, %l1, %l2
	movug %fcc1, 10, %l2
	movug %fcc2, %l1, %l2
	movug %fcc2, 10, %l2
	movug %fcc3, %l1, %l2
	movug %fcc3, 10, %l2
	movl %fcc0, %l1, %l2
	movl %fcc0, 10, %l2
	movl %fcc1, %l1, %l2
	movl %fcc1, 10, %l2
	movl %fcc2, %l1, %l2
	movl %fcc2, 10, %l2
	movl %fcc3, %l1, %l2
	movl %fcc3, 10, %l2
	movul %fcc0, %l1, %l2
	movul %fcc0, 10, %l2
	movul %fcc1, %l1, %l2
	movul %fcc1, 10, %l2
	movul %fcc2, %l1, %l2
	movul %fcc2, 10, %l2
	movul %fcc3, %l1, %l2
	movul %fcc3, 10, %l2
	movlg %fcc0, %l1, %l2
	movlg %fcc0, 10, %l2
	movlg %fcc1, %l1, %l2
	movlg %fcc1, 10, %l2
	movlg %fcc2, %l1, %l2
	movlg %fcc2, 10, %l2
	movlg %fcc3, %l1, %l2
	movlg %fcc3, 10, %l2
	movne %fcc0, %l1, %l2
	movne %fcc0, 10, %l2
	movne %fcc1, %l1, %l2
	movne %fcc1, 10, %l2
	movne %fcc2, %l1, %l2
	movne %fcc2, 10, %l2
	movne %fcc3, %l1, %l2
	movne %fcc3, 10, %l2
	move %fcc0, %l1, %l2
	move %fcc0, 10, %l2
	move %fcc1, %l1, %l2
	move %fcc1, 10, %l2
	move %fcc2, %l1, %l2
	move %fcc2, 10, %l2
	move %fcc3, %l1, %l2
	move %fcc3, 10, %l2
	movue %fcc0, %l1, %l2
	movue %fcc0, 10, %l2
	movue %fcc1, %l1, %l2
	movue %fcc1, 10, %l2
	movue %fcc2, %l1, %l2
	movue %fcc2, 10, %l2
	movue %fcc3, %l1, %l2
	movue %fcc3, 10, %l2
	movge %fcc0, %l1, %l2
	movge %fcc0, 10, %l2
	movge %fcc1, %l1, %l2
	movge %fcc1, 10, %l2
	movge %fcc2, %l1, %l2
	movge %fcc2, 10, %l2
	movge %fcc3, %l1, %l2
	movge %fcc3, 10, %l2
	movuge %fcc0, %l1, %l2
	movuge %fcc0, 10, %l2
	movuge %fcc1, %l1, %l2
	movuge %fcc1, 10, %l2
	movuge %fcc2, %l1, %l2
	movuge %fcc2, 10, %l2
	movuge %fcc3, %l1, %l2
	movuge %fcc3, 10, %l2
	movle %fcc0, %l1, %l2
	movle %fcc0, 10, %l2
	movle %fcc1, %l1, %l2
	movle %fcc1, 10, %l2
	movle %fcc2, %l1, %l2
	movle %fcc2, 10, %l2
	movle %fcc3, %l1, %l2
	movle %fcc3, 10, %l2
	movule %fcc0, %l1, %l2
	movule %fcc0, 10, %l2
	movule %fcc1, %l1, %l2
	movule %fcc1, 10, %l2
	movule %fcc2, %l1, %l2
	movule %fcc2, 10, %l2
	movule %fcc3, %l1, %l2
	movule %fcc3, 10, %l2
	movo %fcc0, %l1, %l2
	movo %fcc0, 10, %l2
	movo %fcc1, %l1, %l2
	movo %fcc1, 10, %l2
	movo %fcc2, %l1, %l2
	movo %fcc2, 10, %l2
	movo %fcc3, %l1, %l2
	movo %fcc3, 10, %l2
	movnz %fcc0, %l1, %l2
	movnz %fcc0, 10, %l2
	movnz %fcc1, %l1, %l2
	movnz %fcc1, 10, %l2
	movnz %fcc2, %l1, %l2
	movnz %fcc2, 10, %l2
	movnz %fcc3, %l1, %l2
	movnz %fcc3, 10, %l2
	movz %fcc0, %l1, %l2
	movz %fcc0, 10, %l2
	movz %fcc1, %l1, %l2
	movz %fcc1, 10, %l2
	movz %fcc2, %l1, %l2
	movz %fcc2, 10, %l2
	movz %fcc3, %l1, %l2
	movz %fcc3, 10, %l2
	movrz %o1, %o2, %o3
	movrz %i5, -512, %o3
	movrz %g0, 511, %g0
	movrz %l0, 9, %l0
	movrlez %o1, %o2, %o3
	movrlez %i5, -512, %o3
	movrlez %g0, 511, %g0
	movrlez %l0, 9, %l0
	movrlz %o1, %o2, %o3
	movrlz %i5, -512, %o3
	movrlz %g0, 511, %g0
	movrlz %l0, 9, %l0
	movrnz %o1, %o2, %o3
	movrnz %i5, -512, %o3
	movrnz %g0, 511, %g0
	movrnz %l0, 9, %l0
	movrgz %o1, %o2, %o3
	movrgz %i5, -512, %o3
	movrgz %g0, 511, %g0
	movrgz %l0, 9, %l0
	movrgez %o1, %o2, %o3
	movrgez %i5, -512, %o3
	movrgez %g0, 511, %g0
	movrgez %l0, 9, %l0
	movre %o1, %o2, %o3
	movre %i5, -512, %o3
	movre %g0, 511, %g0
	movre %l0, 9, %l0
	movrne %o1, %o2, %o3
	movrne %i5, -512, %o3
	movrne %g0, 511, %g0
	movrne %l0, 9, %l0
	popc %o1, %o2
	popc 10, %o2
	popc %g0, %g0
	popc -1, %o0
	ta 0x6d
	ta %icc, 3
	ta %xcc, 0x10
	ta %o1 + %o2
	ta %o1
	ta %o1 + 5
	ta %xcc, %o1 + 5
	ta %xcc, %o1 + %o2
	ta %xcc, %o1
	ta 0
	ta 127
	tn 0x6d
	tn %icc, 3
	tn %xcc, 0x10
	tn %o1 + %o2
	tn %o1
	tn %o1 + 5
	tn %xcc, %o1 + 5
	tn %xcc, %o1 + %o2
	tn %xcc, %o1
	tn 0
	tn 127
	tne 0x6d
	tne %icc, 3
	tne %xcc, 0x10
	tne %o1 + %o2
	tne %o1
	tne %o1 + 5
	tne %xcc, %o1 + 5
	tne %xcc, %o1 + %o2
	tne %xcc, %o1
	tne 0
	tne 127
	te 0x6d
	te %icc, 3
	te %xcc, 0x10
	te %o1 + %o2
	te %o1
	te %o1 + 5
	te %xcc, %o1 + 5
	te %xcc, %o1 + %o2
	te %xcc, %o1
	te 0
	te 127
	tg 0x6d
	tg %icc, 3
	tg %xcc, 0x10
	tg %o1 + %o2
	tg %o1
	tg %o1 + 5
	tg %xcc, %o1 + 5
	tg %xcc, %o1 + %o2
	tg %xcc, %o1
	tg 0
	tg 127
	tle 0x6d
	tle %icc, 3
	tle %xcc, 0x10
	tle %o1 + %o2
	tle %o1
	tle %o1 + 5
	tle %xcc, %o1 + 5
	tle %xcc, %o1 + %o2
	tle %xcc, %o1
	tle 0
	tle 127
	tge 0x6d
	tge %icc, 3
	tge %xcc, 0x10
	tge %o1 + %o2
	tge %o1
	tge %o1 + 5
	tge %xcc, %o1 + 5
	tge %xcc, %o1 + %o2
	tge %xcc, %o1
	tge 0
	tge 127
	tl 0x6d
	tl %icc, 3
	tl %xcc, 0x10
	tl %o1 + %o2
	tl %o1
	tl %o1 + 5
	tl %xcc, %o1 + 5
	tl %xcc, %o1 + %o2
	tl %xcc, %o1
	tl 0
	tl 127
	tgu 0x6d
	tgu %icc, 3
	tgu %xcc, 0x10
	tgu %o1 + %o2
	tgu %o1
	tgu %o1 + 5
	tgu %xcc, %o1 + 5
	tgu %xcc, %o1 + %o2
	tgu %xcc, %o1
	tgu 0
	tgu 127
	tleu 0x6d
	tleu %icc, 3
	tleu %xcc, 0x10
	tleu %o1 + %o2
	tleu %o1
	tleu %o1 + 5
	tleu %xcc, %o1 + 5
	tleu %xcc, %o1 + %o2
	tleu %xcc, %o1
	tleu 0
	tleu 127
	tcc 0x6d
	tcc %icc, 3
	tcc %xcc, 0x10
	tcc %o1 + %o2
	tcc %o1
	tcc %o1 + 5
	tcc %xcc, %o1 + 5
	tcc %xcc, %o1 + %o2
	tcc %xcc, %o1
	tcc 0
	tcc 127
	tcs 0x6d
	tcs %icc, 3
	tcs %xcc, 0x10
	tcs %o1 + %o2
	tcs %o1
	tcs %o1 + 5
	tcs %xcc, %o1 + 5
	tcs %xcc, %o1 + %o2
	tcs %xcc, %o1
	tcs 0
	tcs 127
	tpos 0x6d
	tpos %icc, 3
	tpos %xcc, 0x10
	tpos %o1 + %o2
	tpos %o1
	tpos %o1 + 5
	tpos %xcc, %o1 + 5
	tpos %xcc, %o1 + %o2
	tpos %xcc, %o1
	tpos 0
	tpos 127
	tneg 0x6d
	tneg %icc, 3
	tneg %xcc, 0x10
	tneg %o1 + %o2
	tneg %o1
	tneg %o1 + 5
	tneg %xcc, %o1 + 5
	tneg %xcc, %o1 + %o2
	tneg %xcc, %o1
	tneg 0
	tneg 127
	tvc 0x6d
	tvc %icc, 3
	tvc %xcc, 0x10
	tvc %o1 + %o2
	tvc %o1
	tvc %o1 + 5
	tvc %xcc, %o1 + 5
	tvc %xcc, %o1 + %o2
	tvc %xcc, %o1
	tvc 0
	tvc 127
	tvs 0x6d
	tvs %icc, 3
	tvs %xcc, 0x10
	tvs %o1 + %o2
	tvs %o1
	tvs %o1 + 5
	tvs %xcc, %o1 + 5
	tvs %xcc, %o1 + %o2
	tvs %xcc, %o1
	tvs 0
	tvs 127
	tnz 0x6d
	tnz %icc, 3
	tnz %xcc, 0x10
	tnz %o1 + %o2
	tnz %o1
	tnz %o1 + 5
	tnz %xcc, %o1 + 5
	tnz %xcc, %o1 + %o2
	tnz %xcc, %o1
	tnz 0
	tnz 127
	tz 0x6d
	tz %icc, 3
	tz %xcc, 0x10
	tz %o1 + %o2
	tz %o1
	tz %o1 + 5
	tz %xcc, %o1 + 5
	tz %xcc, %o1 + %o2
	tz %xcc, %o1
	tz 0
	tz 127
	tgeu 0x6d
	tgeu %icc, 3
	tgeu %xcc, 0x10
	tgeu %o1 + %o2
	tgeu %o1
	tgeu %o1 + 5
	tgeu %xcc, %o1 + 5
	tgeu %xcc, %o1 + %o2
	tgeu %xcc, %o1
	tgeu 0
	tgeu 127
	tlu 0x6d
	tlu %icc, 3
	tlu %xcc, 0x10
	tlu %o1 + %o2
	tlu %o1
	tlu %o1 + 5
	tlu %xcc, %o1 + 5
	tlu %xcc, %o1 + %o2
	tlu %xcc, %o1
	tlu 0
	tlu 127
	ba back
	ba,a back
	ba %icc, back
	ba,pt %icc, back
	ba,pn %icc, back
	ba,a %icc, back
	ba,a,pt %icc, back
	ba,a,pn %icc, back
	ba %xcc, back
	ba,pt %xcc, back
	ba,pn %xcc, back
	ba,a %xcc, back
	ba,a,pt %xcc, back
	ba,a,pn %xcc, back
	ba fwd
	ba,a fwd
	ba %icc, fwd
	ba,pt %icc, fwd
	ba,pn %icc, fwd
	ba,a %icc, fwd
	ba,a,pt %icc, fwd
	ba,a,pn %icc, fwd
	ba %xcc, fwd
	ba,pt %xcc, fwd
	ba,pn %xcc, fwd
	ba,a %xcc, fwd
	ba,a,pt %xcc, fwd
	ba,a,pn %xcc, fwd
	bn back
	bn,a back
	bn %icc, back
	bn,pt %icc, back
	bn,pn %icc, back
	bn,a %icc, back
	bn,a,pt %icc, back
	bn,a,pn %icc, back
	bn %xcc, back
	bn,pt %xcc, back
	bn,pn %xcc, back
	bn,a %xcc, back
	bn,a,pt %xcc, back
	bn,a,pn %xcc, back
	bn fwd
	bn,a fwd
	bn %icc, fwd
	bn,pt %icc, fwd
	bn,pn %icc, fwd
	bn,a %icc, fwd
	bn,a,pt %icc, fwd
	bn,a,pn %icc, fwd
	bn %xcc, fwd
	bn,pt %xcc, fwd
	bn,pn %xcc, fwd
	bn,a %xcc, fwd
	bn,a,pt %xcc, fwd
	bn,a,pn %xcc, fwd
	bne back
	bne,a back
	bne %icc, back
	bne,pt %icc, back
	bne,pn %icc, back
	bne,a %icc, back
	bne,a,pt %icc, back
	bne,a,pn %icc, back
	bne %xcc, back
	bne,pt %xcc, back
	bne,pn %xcc, back
	bne,a %xcc, back
	bne,a,pt %xcc, back
	bne,a,pn %xcc, back
	bne fwd
	bne,a fwd
	bne %icc, fwd
	bne,pt %icc, fwd
	bne,pn %icc, fwd
	bne,a %icc, fwd
	bne,a,pt %icc, fwd
	bne,a,pn %icc, fwd
	bne %xcc, fwd
	bne,pt %xcc, fwd
	bne,pn %xcc, fwd
	bne,a %xcc, fwd
	bne,a,pt %xcc, fwd
	bne,a,pn %xcc, fwd
	be back
	be,a back
	be %icc, back
	be,pt %icc, back
	be,pn %icc, back
	be,a %icc, back
	be,a,pt %icc, back
	be,a,pn %icc, back
	be %xcc, back
	be,pt %xcc, back
	be,pn %xcc, back
	be,a %xcc, back
	be,a,pt %xcc, back
	be,a,pn %xcc, back
	be fwd
	be,a fwd
	be %icc, fwd
	be,pt %icc, fwd
	be,pn %icc, fwd
	be,a %icc, fwd
	be,a,pt %icc, fwd
	be,a,pn %icc, fwd
	be %xcc, fwd
	be,pt %xcc, fwd
	be,pn %xcc, fwd
	be,a %xcc, fwd
	be,a,pt %xcc, fwd
	be,a,pn %xcc, fwd
	bg back
	bg,a back
	bg %icc, back
	bg,pt %icc, back
	bg,pn %icc, back
	bg,a %icc, back
	bg,a,pt %icc, back
	bg,a,pn %icc, back
	bg %xcc, back
	bg,pt %xcc, back
	bg,pn %xcc, back
	bg,a %xcc, back
	bg,a,pt %xcc, back
	bg,a,pn %xcc, back
	bg fwd
	bg,a fwd
	bg %icc, fwd
	bg,pt %icc, fwd
	bg,pn %icc, fwd
	bg,a %icc, fwd
	bg,a,pt %icc, fwd
	bg,a,pn %icc, fwd
	bg %xcc, fwd
	bg,pt %xcc, fwd
	bg,pn %xcc, fwd
	bg,a %xcc, fwd
	bg,a,pt %xcc, fwd
	bg,a,pn %xcc, fwd
	ble back
	ble,a back
	ble %icc, back
	ble,pt %icc, back
	ble,pn %icc, back
	ble,a %icc, back
	ble,a,pt %icc, back
	ble,a,pn %icc, back
	ble %xcc, back
	ble,pt %xcc, back
	ble,pn %xcc, back
	ble,a %xcc, back
	ble,a,pt %xcc, back
	ble,a,pn %xcc, back
	ble fwd
	ble,a fwd
	ble %icc, fwd
	ble,pt %icc, fwd
	ble,pn %icc, fwd
	ble,a %icc, fwd
	ble,a,pt %icc, fwd
	ble,a,pn %icc, fwd
	ble %xcc, fwd
	ble,pt %xcc, fwd
	ble,pn %xcc, fwd
	ble,a %xcc, fwd
	ble,a,pt %xcc, fwd
	ble,a,pn %xcc, fwd
	bge back
	bge,a back
	bge %icc, back
	bge,pt %icc, back
	bge,pn %icc, back
	bge,a %icc, back
	bge,a,pt %icc, back
	bge,a,pn %icc, back
	bge %xcc, back
	bge,pt %xcc, back
	bge,pn %xcc, back
	bge,a %xcc, back
	bge,a,pt %xcc, back
	bge,a,pn %xcc, back
	bge fwd
	bge,a fwd
	bge %icc, fwd
	bge,pt %icc, fwd
	bge,pn %icc, fwd
	bge,a %icc, fwd
	bge,a,pt %icc, fwd
	bge,a,pn %icc, fwd
	bge %xcc, fwd
	bge,pt %xcc, fwd
	bge,pn %xcc, fwd
	bge,a %xcc, fwd
	bge,a,pt %xcc, fwd
	bge,a,pn %xcc, fwd
	bl back
	bl,a back
	bl %icc, back
	bl,pt %icc, back
	bl,pn %icc, back
	bl,a %icc, back
	bl,a,pt %icc, back
	bl,a,pn %icc, back
	bl %xcc, back
	bl,pt %xcc, back
	bl,pn %xcc, back
	bl,a %xcc, back
	bl,a,pt %xcc, back
	bl,a,pn %xcc, back
	bl fwd
	bl,a fwd
	bl %icc, fwd
	bl,pt %icc, fwd
	bl,pn %icc, fwd
	bl,a %icc, fwd
	bl,a,pt %icc, fwd
	bl,a,pn %icc, fwd
	bl %xcc, fwd
	bl,pt %xcc, fwd
	bl,pn %xcc, fwd
	bl,a %xcc, fwd
	bl,a,pt %xcc, fwd
	bl,a,pn %xcc, fwd
	bgu back
	bgu,a back
	bgu %icc, back
	bgu,pt %icc, back
	bgu,pn %icc, back
	bgu,a %icc, back
	bgu,a,pt %icc, back
	bgu,a,pn %icc, back
	bgu %xcc, back
	bgu,pt %xcc, back
	bgu,pn %xcc, back
	bgu,a %xcc, back
	bgu,a,pt %xcc, back
	bgu,a,pn %xcc, back
	bgu fwd
	bgu,a fwd
	bgu %icc, fwd
	bgu,pt %icc, fwd
	bgu,pn %icc, fwd
	bgu,a %icc, fwd
	bgu,a,pt %icc, fwd
	bgu,a,pn %icc, fwd
	bgu %xcc, fwd
	bgu,pt %xcc, fwd
	bgu,pn %xcc, fwd
	bgu,a %xcc, fwd
	bgu,a,pt %xcc, fwd
	bgu,a,pn %xcc, fwd
	bleu back
	bleu,a back
	bleu %icc, back
	bleu,pt %icc, back
	bleu,pn %icc, back
	bleu,a %icc, back
	bleu,a,pt %icc, back
	bleu,a,pn %icc, back
	bleu %xcc, back
	bleu,pt %xcc, back
	bleu,pn %xcc, back
	bleu,a %xcc, back
	bleu,a,pt %xcc, back
	bleu,a,pn %xcc, back
	bleu fwd
	bleu,a fwd
	bleu %icc, fwd
	bleu,pt %icc, fwd
	bleu,pn %icc, fwd
	bleu,a %icc, fwd
	bleu,a,pt %icc, fwd
	bleu,a,pn %icc, fwd
	bleu %xcc, fwd
	bleu,pt %xcc, fwd
	bleu,pn %xcc, fwd
	bleu,a %xcc, fwd
	bleu,a,pt %xcc, fwd
	bleu,a,pn %xcc, fwd
	bcc back
	bcc,a back
	bcc %icc, back
	bcc,pt %icc, back
	bcc,pn %icc, back
	bcc,a %icc, back
	bcc,a,pt %icc, back
	bcc,a,pn %icc, back
	bcc %xcc, back
	bcc,pt %xcc, back
	bcc,pn %xcc, back
	bcc,a %xcc, back
	bcc,a,pt %xcc, back
	bcc,a,pn %xcc, back
	bcc fwd
	bcc,a fwd
	bcc %icc, fwd
	bcc,pt %icc, fwd
	bcc,pn %icc, fwd
	bcc,a %icc, fwd
	bcc,a,pt %icc, fwd
	bcc,a,pn %icc, fwd
	bcc %xcc, fwd
	bcc,pt %xcc, fwd
	bcc,pn %xcc, fwd
	bcc,a %xcc, fwd
	bcc,a,pt %xcc, fwd
	bcc,a,pn %xcc, fwd
	bcs back
	bcs,a back
	bcs %icc, back
	bcs,pt %icc, back
	bcs,pn %icc, back
	bcs,a %icc, back
	bcs,a,pt %icc, back
	bcs,a,pn %icc, back
	bcs %xcc, back
	bcs,pt %xcc, back
	bcs,pn %xcc, back
	bcs,a %xcc, back
	bcs,a,pt %xcc, back
	bcs,a,pn %xcc, back
	bcs fwd
	bcs,a fwd
	bcs %icc, fwd
	bcs,pt %icc, fwd
	bcs,pn %icc, fwd
	bcs,a %icc, fwd
	bcs,a,pt %icc, fwd
	bcs,a,pn %icc, fwd
	bcs %xcc, fwd
	bcs,pt %xcc, fwd
	bcs,pn %xcc, fwd
	bcs,a %xcc, fwd
	bcs,a,pt %xcc, fwd
	bcs,a,pn %xcc, fwd
	bpos back
	bpos,a back
	bpos %icc, back
	bpos,pt %icc, back
	bpos,pn %icc, back
	bpos,a %icc, back
	bpos,a,pt %icc, back
	bpos,a,pn %icc, back
	bpos %xcc, back
	bpos,pt %xcc, back
	bpos,pn %xcc, back
	bpos,a %xcc, back
	bpos,a,pt %xcc, back
	bpos,a,pn %xcc, back
	bpos fwd
	bpos,a fwd
	bpos %icc, fwd
	bpos,pt %icc, fwd
	bpos,pn %icc, fwd
	bpos,a %icc, fwd
	bpos,a,pt %icc, fwd
	bpos,a,pn %icc, fwd
	bpos %xcc, fwd
	bpos,pt %xcc, fwd
	bpos,pn %xcc, fwd
	bpos,a %xcc, fwd
	bpos,a,pt %xcc, fwd
	bpos,a,pn %xcc, fwd
	bneg back
	bneg,a back
	bneg %icc, back
	bneg,pt %icc, back
	bneg,pn %icc, back
	bneg,a %icc, back
	bneg,a,pt %icc, back
	bneg,a,pn %icc, back
	bneg %xcc, back
	bneg,pt %xcc, back
	bneg,pn %xcc, back
	bneg,a %xcc, back
	bneg,a,pt %xcc, back
	bneg,a,pn %xcc, back
	bneg fwd
	bneg,a fwd
	bneg %icc, fwd
	bneg,pt %icc, fwd
	bneg,pn %icc, fwd
	bneg,a %icc, fwd
	bneg,a,pt %icc, fwd
	bneg,a,pn %icc, fwd
	bneg %xcc, fwd
	bneg,pt %xcc, fwd
	bneg,pn %xcc, fwd
	bneg,a %xcc, fwd
	bneg,a,pt %xcc, fwd
	bneg,a,pn %xcc, fwd
	bvc back
	bvc,a back
	bvc %icc, back
	bvc,pt %icc, back
	bvc,pn %icc, back
	bvc,a %icc, back
	bvc,a,pt %icc, back
	bvc,a,pn %icc, back
	bvc %xcc, back
	bvc,pt %xcc, back
	bvc,pn %xcc, back
	bvc,a %xcc, back
	bvc,a,pt %xcc, back
	bvc,a,pn %xcc, back
	bvc fwd
	bvc,a fwd
	bvc %icc, fwd
	bvc,pt %icc, fwd
	bvc,pn %icc, fwd
	bvc,a %icc, fwd
	bvc,a,pt %icc, fwd
	bvc,a,pn %icc, fwd
	bvc %xcc, fwd
	bvc,pt %xcc, fwd
	bvc,pn %xcc, fwd
	bvc,a %xcc, fwd
	bvc,a,pt %xcc, fwd
	bvc,a,pn %xcc, fwd
	bvs back
	bvs,a back
	bvs %icc, back
	bvs,pt %icc, back
	bvs,pn %icc, back
	bvs,a %icc, back
	bvs,a,pt %icc, back
	bvs,a,pn %icc, back
	bvs %xcc, back
	bvs,pt %xcc, back
	bvs,pn %xcc, back
	bvs,a %xcc, back
	bvs,a,pt %xcc, back
	bvs,a,pn %xcc, back
	bvs fwd
	bvs,a fwd
	bvs %icc, fwd
	bvs,pt %icc, fwd
	bvs,pn %icc, fwd
	bvs,a %icc, fwd
	bvs,a,pt %icc, fwd
	bvs,a,pn %icc, fwd
	bvs %xcc, fwd
	bvs,pt %xcc, fwd
	bvs,pn %xcc, fwd
	bvs,a %xcc, fwd
	bvs,a,pt %xcc, fwd
	bvs,a,pn %xcc, fwd
	bnz back
	bnz,a back
	bnz %icc, back
	bnz,pt %icc, back
	bnz,pn %icc, back
	bnz,a %icc, back
	bnz,a,pt %icc, back
	bnz,a,pn %icc, back
	bnz %xcc, back
	bnz,pt %xcc, back
	bnz,pn %xcc, back
	bnz,a %xcc, back
	bnz,a,pt %xcc, back
	bnz,a,pn %xcc, back
	bnz fwd
	bnz,a fwd
	bnz %icc, fwd
	bnz,pt %icc, fwd
	bnz,pn %icc, fwd
	bnz,a %icc, fwd
	bnz,a,pt %icc, fwd
	bnz,a,pn %icc, fwd
	bnz %xcc, fwd
	bnz,pt %xcc, fwd
	bnz,pn %xcc, fwd
	bnz,a %xcc, fwd
	bnz,a,pt %xcc, fwd
	bnz,a,pn %xcc, fwd
	bz back
	bz,a back
	bz %icc, back
	bz,pt %icc, back
	bz,pn %icc, back
	bz,a %icc, back
	bz,a,pt %icc, back
	bz,a,pn %icc, back
	bz %xcc, back
	bz,pt %xcc, back
	bz,pn %xcc, back
	bz,a %xcc, back
	bz,a,pt %xcc, back
	bz,a,pn %xcc, back
	bz fwd
	bz,a fwd
	bz %icc, fwd
	bz,pt %icc, fwd
	bz,pn %icc, fwd
	bz,a %icc, fwd
	bz,a,pt %icc, fwd
	bz,a,pn %icc, fwd
	bz %xcc, fwd
	bz,pt %xcc, fwd
	bz,pn %xcc, fwd
	bz,a %xcc, fwd
	bz,a,pt %xcc, fwd
	bz,a,pn %xcc, fwd
	bgeu back
	bgeu,a back
	bgeu %icc, back
	bgeu,pt %icc, back
	bgeu,pn %icc, back
	bgeu,a %icc, back
	bgeu,a,pt %icc, back
	bgeu,a,pn %icc, back
	bgeu %xcc, back
	bgeu,pt %xcc, back
	bgeu,pn %xcc, back
	bgeu,a %xcc, back
	bgeu,a,pt %xcc, back
	bgeu,a,pn %xcc, back
	bgeu fwd
	bgeu,a fwd
	bgeu %icc, fwd
	bgeu,pt %icc, fwd
	bgeu,pn %icc, fwd
	bgeu,a %icc, fwd
	bgeu,a,pt %icc, fwd
	bgeu,a,pn %icc, fwd
	bgeu %xcc, fwd
	bgeu,pt %xcc, fwd
	bgeu,pn %xcc, fwd
	bgeu,a %xcc, fwd
	bgeu,a,pt %xcc, fwd
	bgeu,a,pn %xcc, fwd
	blu back
	blu,a back
	blu %icc, back
	blu,pt %icc, back
	blu,pn %icc, back
	blu,a %icc, back
	blu,a,pt %icc, back
	blu,a,pn %icc, back
	blu %xcc, back
	blu,pt %xcc, back
	blu,pn %xcc, back
	blu,a %xcc, back
	blu,a,pt %xcc, back
	blu,a,pn %xcc, back
	blu fwd
	blu,a fwd
	blu %icc, fwd
	blu,pt %icc, fwd
	blu,pn %icc, fwd
	blu,a %icc, fwd
	blu,a,pt %icc, fwd
	blu,a,pn %icc, fwd
	blu %xcc, fwd
	blu,pt %xcc, fwd
	blu,pn %xcc, fwd
	blu,a %xcc, fwd
	blu,a,pt %xcc, fwd
	blu,a,pn %xcc, fwd
	beq back
	beq,a back
	beq %icc, back
	beq,pt %icc, back
	beq,pn %icc, back
	beq,a %icc, back
	beq,a,pt %icc, back
	beq,a,pn %icc, back
	beq %xcc, back
	beq,pt %xcc, back
	beq,pn %xcc, back
	beq,a %xcc, back
	beq,a,pt %xcc, back
	beq,a,pn %xcc, back
	beq fwd
	beq,a fwd
	beq %icc, fwd
	beq,pt %icc, fwd
	beq,pn %icc, fwd
	beq,a %icc, fwd
	beq,a,pt %icc, fwd
	beq,a,pn %icc, fwd
	beq %xcc, fwd
	beq,pt %xcc, fwd
	beq,pn %xcc, fwd
	beq,a %xcc, fwd
	beq,a,pt %xcc, fwd
	beq,a,pn %xcc, fwd
	bgt back
	bgt,a back
	bgt %icc, back
	bgt,pt %icc, back
	bgt,pn %icc, back
	bgt,a %icc, back
	bgt,a,pt %icc, back
	bgt,a,pn %icc, back
	bgt %xcc, back
	bgt,pt %xcc, back
	bgt,pn %xcc, back
	bgt,a %xcc, back
	bgt,a,pt %xcc, back
	bgt,a,pn %xcc, back
	bgt fwd
	bgt,a fwd
	bgt %icc, fwd
	bgt,pt %icc, fwd
	bgt,pn %icc, fwd
	bgt,a %icc, fwd
	bgt,a,pt %icc, fwd
	bgt,a,pn %icc, fwd
	bgt %xcc, fwd
	bgt,pt %xcc, fwd
	bgt,pn %xcc, fwd
	bgt,a %xcc, fwd
	bgt,a,pt %xcc, fwd
	bgt,a,pn %xcc, fwd
	blt back
	blt,a back
	blt %icc, back
	blt,pt %icc, back
	blt,pn %icc, back
	blt,a %icc, back
	blt,a,pt %icc, back
	blt,a,pn %icc, back
	blt %xcc, back
	blt,pt %xcc, back
	blt,pn %xcc, back
	blt,a %xcc, back
	blt,a,pt %xcc, back
	blt,a,pn %xcc, back
	blt fwd
	blt,a fwd
	blt %icc, fwd
	blt,pt %icc, fwd
	blt,pn %icc, fwd
	blt,a %icc, fwd
	blt,a,pt %icc, fwd
	blt,a,pn %icc, fwd
	blt %xcc, fwd
	blt,pt %xcc, fwd
	blt,pn %xcc, fwd
	blt,a %xcc, fwd
	blt,a,pt %xcc, fwd
	blt,a,pn %xcc, fwd
	brz %o1, back
	brz %g0, fwd
	brz,pt %o1, back
	brz,pt %g0, fwd
	brz,pn %o1, back
	brz,pn %g0, fwd
	brz,a %o1, back
	brz,a %g0, fwd
	brz,a,pt %o1, back
	brz,a,pt %g0, fwd
	brz,a,pn %o1, back
	brz,a,pn %g0, fwd
	brlez %o1, back
	brlez %g0, fwd
	brlez,pt %o1, back
	brlez,pt %g0, fwd
	brlez,pn %o1, back
	brlez,pn %g0, fwd
	brlez,a %o1, back
	brlez,a %g0, fwd
	brlez,a,pt %o1, back
	brlez,a,pt %g0, fwd
	brlez,a,pn %o1, back
	brlez,a,pn %g0, fwd
	brlz %o1, back
	brlz %g0, fwd
	brlz,pt %o1, back
	brlz,pt %g0, fwd
	brlz,pn %o1, back
	brlz,pn %g0, fwd
	brlz,a %o1, back
	brlz,a %g0, fwd
	brlz,a,pt %o1, back
	brlz,a,pt %g0, fwd
	brlz,a,pn %o1, back
	brlz,a,pn %g0, fwd
	brnz %o1, back
	brnz %g0, fwd
	brnz,pt %o1, back
	brnz,pt %g0, fwd
	brnz,pn %o1, back
	brnz,pn %g0, fwd
	brnz,a %o1, back
	brnz,a %g0, fwd
	brnz,a,pt %o1, back
	brnz,a,pt %g0, fwd
	brnz,a,pn %o1, back
	brnz,a,pn %g0, fwd
	brgz %o1, back
	brgz %g0, fwd
	brgz,pt %o1, back
	brgz,pt %g0, fwd
	brgz,pn %o1, back
	brgz,pn %g0, fwd
	brgz,a %o1, back
	brgz,a %g0, fwd
	brgz,a,pt %o1, back
	brgz,a,pt %g0, fwd
	brgz,a,pn %o1, back
	brgz,a,pn %g0, fwd
	brgez %o1, back
	brgez %g0, fwd
	brgez,pt %o1, back
	brgez,pt %g0, fwd
	brgez,pn %o1, back
	brgez,pn %g0, fwd
	brgez,a %o1, back
	brgez,a %g0, fwd
	brgez,a,pt %o1, back
	brgez,a,pt %g0, fwd
	brgez,a,pn %o1, back
	brgez,a,pn %g0, fwd
	iprefetch back
	bn,pt %xcc, back
	bn,a,pt %xcc, back
	bn,pn %xcc, back
	call back
	call fwd
	call %o1
	call %o1 + %o2
	call %o1 + 8
	call 16
	call %g0
	call %o1 + -4
	ret
	retl
	jmpl %i7 + 8, %o7
	jmpl %o7 + 8, %l0
	jmp %o1
	jmp %o1 + %o2
	jmp %o1 + 12
	jmp 100
	jmpl %o1, %o2
	jmpl %o1 + %o2, %o3
	jmpl %o1 + -8, %o3
	jmpl 16, %o3
	jmpl %g0, %g1
	jmp %i7 + 12
	return %i7 + 8
	return %o1
	return %o1 + %o2
	return 40
	return %l0 + -1
	flush %o1
	flush %o1 + %o2
	flush %o1 + 8
	flush 8
	flush %g0
	illtrap 0
	illtrap 0x12345
	illtrap 9
	ld [%o1], %o5
	ld [%o1 + %o2], %o5
	ld [%o1 + 8], %o5
	ld [%o1 - 8], %o5
	ld [%fp + 2047], %o5
	ld [%sp + -4096], %o5
	ld [%g0 + %o3], %o5
	ld [%g0], %o5
	ld [100], %o5
	ld [-1], %o5
	ld [%o1 + 0], %o5
	ld [%i7 + %g0], %o5
	ld [%l0 + 9], %o5
	ld [%l0 + 10], %o5
	lduw [%o1], %o5
	lduw [%o1 + %o2], %o5
	lduw [%o1 + 8], %o5
	lduw [%o1 - 8], %o5
	lduw [%fp + 2047], %o5
	lduw [%sp + -4096], %o5
	lduw [%g0 + %o3], %o5
	lduw [%g0], %o5
	lduw [100], %o5
	lduw [-1], %o5
	lduw [%o1 + 0], %o5
	lduw [%i7 + %g0], %o5
	lduw [%l0 + 9], %o5
	lduw [%l0 + 10], %o5
	ldub [%o1], %o5
	ldub [%o1 + %o2], %o5
	ldub [%o1 + 8], %o5
	ldub [%o1 - 8], %o5
	ldub [%fp + 2047], %o5
	ldub [%sp + -4096], %o5
	ldub [%g0 + %o3], %o5
	ldub [%g0], %o5
	ldub [100], %o5
	ldub [-1], %o5
	ldub [%o1 + 0], %o5
	ldub [%i7 + %g0], %o5
	ldub [%l0 + 9], %o5
	ldub [%l0 + 10], %o5
	lduh [%o1], %o5
	lduh [%o1 + %o2], %o5
	lduh [%o1 + 8], %o5
	lduh [%o1 - 8], %o5
	lduh [%fp + 2047], %o5
	lduh [%sp + -4096], %o5
	lduh [%g0 + %o3], %o5
	lduh [%g0], %o5
	lduh [100], %o5
	lduh [-1], %o5
	lduh [%o1 + 0], %o5
	lduh [%i7 + %g0], %o5
	lduh [%l0 + 9], %o5
	lduh [%l0 + 10], %o5
	ldsb [%o1], %o5
	ldsb [%o1 + %o2], %o5
	ldsb [%o1 + 8], %o5
	ldsb [%o1 - 8], %o5
	ldsb [%fp + 2047], %o5
	ldsb [%sp + -4096], %o5
	ldsb [%g0 + %o3], %o5
	ldsb [%g0], %o5
	ldsb [100], %o5
	ldsb [-1], %o5
	ldsb [%o1 + 0], %o5
	ldsb [%i7 + %g0], %o5
	ldsb [%l0 + 9], %o5
	ldsb [%l0 + 10], %o5
	ldsh [%o1], %o5
	ldsh [%o1 + %o2], %o5
	ldsh [%o1 + 8], %o5
	ldsh [%o1 - 8], %o5
	ldsh [%fp + 2047], %o5
	ldsh [%sp + -4096], %o5
	ldsh [%g0 + %o3], %o5
	ldsh [%g0], %o5
	ldsh [100], %o5
	ldsh [-1], %o5
	ldsh [%o1 + 0], %o5
	ldsh [%i7 + %g0], %o5
	ldsh [%l0 + 9], %o5
	ldsh [%l0 + 10], %o5
	ldsw [%o1], %o5
	ldsw [%o1 + %o2], %o5
	ldsw [%o1 + 8], %o5
	ldsw [%o1 - 8], %o5
	ldsw [%fp + 2047], %o5
	ldsw [%sp + -4096], %o5
	ldsw [%g0 + %o3], %o5
	ldsw [%g0], %o5
	ldsw [100], %o5
	ldsw [-1], %o5
	ldsw [%o1 + 0], %o5
	ldsw [%i7 + %g0], %o5
	ldsw [%l0 + 9], %o5
	ldsw [%l0 + 10], %o5
	ldx [%o1], %o5
	ldx [%o1 + %o2], %o5
	ldx [%o1 + 8], %o5
	ldx [%o1 - 8], %o5
	ldx [%fp + 2047], %o5
	ldx [%sp + -4096], %o5
	ldx [%g0 + %o3], %o5
	ldx [%g0], %o5
	ldx [100], %o5
	ldx [-1], %o5
	ldx [%o1 + 0], %o5
	ldx [%i7 + %g0], %o5
	ldx [%l0 + 9], %o5
	ldx [%l0 + 10], %o5
	ldstub [%o1], %o5
	ldstub [%o1 + %o2], %o5
	ldstub [%o1 + 8], %o5
	ldstub [%o1 - 8], %o5
	ldstub [%fp + 2047], %o5
	ldstub [%sp + -4096], %o5
	ldstub [%g0 + %o3], %o5
	ldstub [%g0], %o5
	ldstub [100], %o5
	ldstub [-1], %o5
	ldstub [%o1 + 0], %o5
	ldstub [%i7 + %g0], %o5
	ldstub [%l0 + 9], %o5
	ldstub [%l0 + 10], %o5
	swap [%o1], %o5
	swap [%o1 + %o2], %o5
	swap [%o1 + 8], %o5
	swap [%o1 - 8], %o5
	swap [%fp + 2047], %o5
	swap [%sp + -4096], %o5
	swap [%g0 + %o3], %o5
	swap [%g0], %o5
	swap [100], %o5
	swap [-1], %o5
	swap [%o1 + 0], %o5
	swap [%i7 + %g0], %o5
	swap [%l0 + 9], %o5
	swap [%l0 + 10], %o5
	ldd [%o1], %o4
	ldd [%o1 + %o2], %o4
	ldd [%o1 + 8], %o4
	ldd [%o1 - 8], %o4
	ldd [%fp + 2047], %o4
	ldd [%sp + -4096], %o4
	ldd [%g0 + %o3], %o4
	ldd [%g0], %o4
	ldd [100], %o4
	ldd [-1], %o4
	ldd [%o1 + 0], %o4
	ldd [%i7 + %g0], %o4
	ldd [%l0 + 9], %o4
	ldd [%l0 + 10], %o4
	ldtw [%o1], %o4
	ldtw [%o1 + %o2], %o4
	ldtw [%o1 + 8], %o4
	ldtw [%o1 - 8], %o4
	ldtw [%fp + 2047], %o4
	ldtw [%sp + -4096], %o4
	ldtw [%g0 + %o3], %o4
	ldtw [%g0], %o4
	ldtw [100], %o4
	ldtw [-1], %o4
	ldtw [%o1 + 0], %o4
	ldtw [%i7 + %g0], %o4
	ldtw [%l0 + 9], %o4
	ldtw [%l0 + 10], %o4
	st %l5, [%o1]
	st %g0, [%o1]
	st %l5, [%o1 + %o2]
	st %g0, [%o1 + %o2]
	st %l5, [%o1 + 8]
	st %g0, [%o1 + 8]
	st %l5, [%o1 - 8]
	st %g0, [%o1 - 8]
	st %l5, [%fp + 2047]
	st %g0, [%fp + 2047]
	st %l5, [%sp + -4096]
	st %g0, [%sp + -4096]
	st %l5, [%g0 + %o3]
	st %g0, [%g0 + %o3]
	st %l5, [%g0]
	st %g0, [%g0]
	st %l5, [100]
	st %g0, [100]
	st %l5, [-1]
	st %g0, [-1]
	st %l5, [%o1 + 0]
	st %g0, [%o1 + 0]
	st %l5, [%i7 + %g0]
	st %g0, [%i7 + %g0]
	st %l5, [%l0 + 9]
	st %g0, [%l0 + 9]
	st %l5, [%l0 + 10]
	st %g0, [%l0 + 10]
	stw %l5, [%o1]
	stw %g0, [%o1]
	stw %l5, [%o1 + %o2]
	stw %g0, [%o1 + %o2]
	stw %l5, [%o1 + 8]
	stw %g0, [%o1 + 8]
	stw %l5, [%o1 - 8]
	stw %g0, [%o1 - 8]
	stw %l5, [%fp + 2047]
	stw %g0, [%fp + 2047]
	stw %l5, [%sp + -4096]
	stw %g0, [%sp + -4096]
	stw %l5, [%g0 + %o3]
	stw %g0, [%g0 + %o3]
	stw %l5, [%g0]
	stw %g0, [%g0]
	stw %l5, [100]
	stw %g0, [100]
	stw %l5, [-1]
	stw %g0, [-1]
	stw %l5, [%o1 + 0]
	stw %g0, [%o1 + 0]
	stw %l5, [%i7 + %g0]
	stw %g0, [%i7 + %g0]
	stw %l5, [%l0 + 9]
	stw %g0, [%l0 + 9]
	stw %l5, [%l0 + 10]
	stw %g0, [%l0 + 10]
	stb %l5, [%o1]
	stb %g0, [%o1]
	stb %l5, [%o1 + %o2]
	stb %g0, [%o1 + %o2]
	stb %l5, [%o1 + 8]
	stb %g0, [%o1 + 8]
	stb %l5, [%o1 - 8]
	stb %g0, [%o1 - 8]
	stb %l5, [%fp + 2047]
	stb %g0, [%fp + 2047]
	stb %l5, [%sp + -4096]
	stb %g0, [%sp + -4096]
	stb %l5, [%g0 + %o3]
	stb %g0, [%g0 + %o3]
	stb %l5, [%g0]
	stb %g0, [%g0]
	stb %l5, [100]
	stb %g0, [100]
	stb %l5, [-1]
	stb %g0, [-1]
	stb %l5, [%o1 + 0]
	stb %g0, [%o1 + 0]
	stb %l5, [%i7 + %g0]
	stb %g0, [%i7 + %g0]
	stb %l5, [%l0 + 9]
	stb %g0, [%l0 + 9]
	stb %l5, [%l0 + 10]
	stb %g0, [%l0 + 10]
	sth %l5, [%o1]
	sth %g0, [%o1]
	sth %l5, [%o1 + %o2]
	sth %g0, [%o1 + %o2]
	sth %l5, [%o1 + 8]
	sth %g0, [%o1 + 8]
	sth %l5, [%o1 - 8]
	sth %g0, [%o1 - 8]
	sth %l5, [%fp + 2047]
	sth %g0, [%fp + 2047]
	sth %l5, [%sp + -4096]
	sth %g0, [%sp + -4096]
	sth %l5, [%g0 + %o3]
	sth %g0, [%g0 + %o3]
	sth %l5, [%g0]
	sth %g0, [%g0]
	sth %l5, [100]
	sth %g0, [100]
	sth %l5, [-1]
	sth %g0, [-1]
	sth %l5, [%o1 + 0]
	sth %g0, [%o1 + 0]
	sth %l5, [%i7 + %g0]
	sth %g0, [%i7 + %g0]
	sth %l5, [%l0 + 9]
	sth %g0, [%l0 + 9]
	sth %l5, [%l0 + 10]
	sth %g0, [%l0 + 10]
	stx %l5, [%o1]
	stx %g0, [%o1]
	stx %l5, [%o1 + %o2]
	stx %g0, [%o1 + %o2]
	stx %l5, [%o1 + 8]
	stx %g0, [%o1 + 8]
	stx %l5, [%o1 - 8]
	stx %g0, [%o1 - 8]
	stx %l5, [%fp + 2047]
	stx %g0, [%fp + 2047]
	stx %l5, [%sp + -4096]
	stx %g0, [%sp + -4096]
	stx %l5, [%g0 + %o3]
	stx %g0, [%g0 + %o3]
	stx %l5, [%g0]
	stx %g0, [%g0]
	stx %l5, [100]
	stx %g0, [100]
	stx %l5, [-1]
	stx %g0, [-1]
	stx %l5, [%o1 + 0]
	stx %g0, [%o1 + 0]
	stx %l5, [%i7 + %g0]
	stx %g0, [%i7 + %g0]
	stx %l5, [%l0 + 9]
	stx %g0, [%l0 + 9]
	stx %l5, [%l0 + 10]
	stx %g0, [%l0 + 10]
	std %o4, [%o1]
	std %g0, [%o1]
	std %o4, [%o1 + %o2]
	std %g0, [%o1 + %o2]
	std %o4, [%o1 + 8]
	std %g0, [%o1 + 8]
	std %o4, [%o1 - 8]
	std %g0, [%o1 - 8]
	std %o4, [%fp + 2047]
	std %g0, [%fp + 2047]
	std %o4, [%sp + -4096]
	std %g0, [%sp + -4096]
	std %o4, [%g0 + %o3]
	std %g0, [%g0 + %o3]
	std %o4, [%g0]
	std %g0, [%g0]
	std %o4, [100]
	std %g0, [100]
	std %o4, [-1]
	std %g0, [-1]
	std %o4, [%o1 + 0]
	std %g0, [%o1 + 0]
	std %o4, [%i7 + %g0]
	std %g0, [%i7 + %g0]
	std %o4, [%l0 + 9]
	std %g0, [%l0 + 9]
	std %o4, [%l0 + 10]
	std %g0, [%l0 + 10]
	sttw %o4, [%o1]
	sttw %g0, [%o1]
	sttw %o4, [%o1 + %o2]
	sttw %g0, [%o1 + %o2]
	sttw %o4, [%o1 + 8]
	sttw %g0, [%o1 + 8]
	sttw %o4, [%o1 - 8]
	sttw %g0, [%o1 - 8]
	sttw %o4, [%fp + 2047]
	sttw %g0, [%fp + 2047]
	sttw %o4, [%sp + -4096]
	sttw %g0, [%sp + -4096]
	sttw %o4, [%g0 + %o3]
	sttw %g0, [%g0 + %o3]
	sttw %o4, [%g0]
	sttw %g0, [%g0]
	sttw %o4, [100]
	sttw %g0, [100]
	sttw %o4, [-1]
	sttw %g0, [-1]
	sttw %o4, [%o1 + 0]
	sttw %g0, [%o1 + 0]
	sttw %o4, [%i7 + %g0]
	sttw %g0, [%i7 + %g0]
	sttw %o4, [%l0 + 9]
	sttw %g0, [%l0 + 9]
	sttw %o4, [%l0 + 10]
	sttw %g0, [%l0 + 10]
	lda [%o1 + %o2] #ASI_P, %g5
	lda [%o1] #ASI_P, %g5
	lda [%o1 + %o2] #ASI_PNF, %g5
	lda [%o1] #ASI_PNF, %g5
	lda [%o1 + %o2] #ASI_S, %g5
	lda [%o1] #ASI_S, %g5
	lda [%o1 + %o2] #ASI_P_L, %g5
	lda [%o1] #ASI_P_L, %g5
	lda [%o1 + %o2] #ASI_AIUP, %g5
	lda [%o1] #ASI_AIUP, %g5
	lda [%o1 + %o2] #ASI_N, %g5
	lda [%o1] #ASI_N, %g5
	lda [%o1 + %o2] 0x22, %g5
	lda [%o1] 0x22, %g5
	lda [%o1 + %o2] 0x5, %g5
	lda [%o1] 0x5, %g5
	lda [%o1 + %o2] 0xe2, %g5
	lda [%o1] 0xe2, %g5
	lda [%o1 + 8] %asi, %g5
	lda [%o1] %asi, %g5
	lda [-8] %asi, %g5
	lduwa [%o1 + %o2] #ASI_P, %g5
	lduwa [%o1] #ASI_P, %g5
	lduwa [%o1 + %o2] #ASI_PNF, %g5
	lduwa [%o1] #ASI_PNF, %g5
	lduwa [%o1 + %o2] #ASI_S, %g5
	lduwa [%o1] #ASI_S, %g5
	lduwa [%o1 + %o2] #ASI_P_L, %g5
	lduwa [%o1] #ASI_P_L, %g5
	lduwa [%o1 + %o2] #ASI_AIUP, %g5
	lduwa [%o1] #ASI_AIUP, %g5
	lduwa [%o1 + %o2] #ASI_N, %g5
	lduwa [%o1] #ASI_N, %g5
	lduwa [%o1 + %o2] 0x22, %g5
	lduwa [%o1] 0x22, %g5
	lduwa [%o1 + %o2] 0x5, %g5
	lduwa [%o1] 0x5, %g5
	lduwa [%o1 + %o2] 0xe2, %g5
	lduwa [%o1] 0xe2, %g5
	lduwa [%o1 + 8] %asi, %g5
	lduwa [%o1] %asi, %g5
	lduwa [-8] %asi, %g5
	lduba [%o1 + %o2] #ASI_P, %g5
	lduba [%o1] #ASI_P, %g5
	lduba [%o1 + %o2] #ASI_PNF, %g5
	lduba [%o1] #ASI_PNF, %g5
	lduba [%o1 + %o2] #ASI_S, %g5
	lduba [%o1] #ASI_S, %g5
	lduba [%o1 + %o2] #ASI_P_L, %g5
	lduba [%o1] #ASI_P_L, %g5
	lduba [%o1 + %o2] #ASI_AIUP, %g5
	lduba [%o1] #ASI_AIUP, %g5
	lduba [%o1 + %o2] #ASI_N, %g5
	lduba [%o1] #ASI_N, %g5
	lduba [%o1 + %o2] 0x22, %g5
	lduba [%o1] 0x22, %g5
	lduba [%o1 + %o2] 0x5, %g5
	lduba [%o1] 0x5, %g5
	lduba [%o1 + %o2] 0xe2, %g5
	lduba [%o1] 0xe2, %g5
	lduba [%o1 + 8] %asi, %g5
	lduba [%o1] %asi, %g5
	lduba [-8] %asi, %g5
	lduha [%o1 + %o2] #ASI_P, %g5
	lduha [%o1] #ASI_P, %g5
	lduha [%o1 + %o2] #ASI_PNF, %g5
	lduha [%o1] #ASI_PNF, %g5
	lduha [%o1 + %o2] #ASI_S, %g5
	lduha [%o1] #ASI_S, %g5
	lduha [%o1 + %o2] #ASI_P_L, %g5
	lduha [%o1] #ASI_P_L, %g5
	lduha [%o1 + %o2] #ASI_AIUP, %g5
	lduha [%o1] #ASI_AIUP, %g5
	lduha [%o1 + %o2] #ASI_N, %g5
	lduha [%o1] #ASI_N, %g5
	lduha [%o1 + %o2] 0x22, %g5
	lduha [%o1] 0x22, %g5
	lduha [%o1 + %o2] 0x5, %g5
	lduha [%o1] 0x5, %g5
	lduha [%o1 + %o2] 0xe2, %g5
	lduha [%o1] 0xe2, %g5
	lduha [%o1 + 8] %asi, %g5
	lduha [%o1] %asi, %g5
	lduha [-8] %asi, %g5
	ldsba [%o1 + %o2] #ASI_P, %g5
	ldsba [%o1] #ASI_P, %g5
	ldsba [%o1 + %o2] #ASI_PNF, %g5
	ldsba [%o1] #ASI_PNF, %g5
	ldsba [%o1 + %o2] #ASI_S, %g5
	ldsba [%o1] #ASI_S, %g5
	ldsba [%o1 + %o2] #ASI_P_L, %g5
	ldsba [%o1] #ASI_P_L, %g5
	ldsba [%o1 + %o2] #ASI_AIUP, %g5
	ldsba [%o1] #ASI_AIUP, %g5
	ldsba [%o1 + %o2] #ASI_N, %g5
	ldsba [%o1] #ASI_N, %g5
	ldsba [%o1 + %o2] 0x22, %g5
	ldsba [%o1] 0x22, %g5
	ldsba [%o1 + %o2] 0x5, %g5
	ldsba [%o1] 0x5, %g5
	ldsba [%o1 + %o2] 0xe2, %g5
	ldsba [%o1] 0xe2, %g5
	ldsba [%o1 + 8] %asi, %g5
	ldsba [%o1] %asi, %g5
	ldsba [-8] %asi, %g5
	ldsha [%o1 + %o2] #ASI_P, %g5
	ldsha [%o1] #ASI_P, %g5
	ldsha [%o1 + %o2] #ASI_PNF, %g5
	ldsha [%o1] #ASI_PNF, %g5
	ldsha [%o1 + %o2] #ASI_S, %g5
	ldsha [%o1] #ASI_S, %g5
	ldsha [%o1 + %o2] #ASI_P_L, %g5
	ldsha [%o1] #ASI_P_L, %g5
	ldsha [%o1 + %o2] #ASI_AIUP, %g5
	ldsha [%o1] #ASI_AIUP, %g5
	ldsha [%o1 + %o2] #ASI_N, %g5
	ldsha [%o1] #ASI_N, %g5
	ldsha [%o1 + %o2] 0x22, %g5
	ldsha [%o1] 0x22, %g5
	ldsha [%o1 + %o2] 0x5, %g5
	ldsha [%o1] 0x5, %g5
	ldsha [%o1 + %o2] 0xe2, %g5
	ldsha [%o1] 0xe2, %g5
	ldsha [%o1 + 8] %asi, %g5
	ldsha [%o1] %asi, %g5
	ldsha [-8] %asi, %g5
	ldswa [%o1 + %o2] #ASI_P, %g5
	ldswa [%o1] #ASI_P, %g5
	ldswa [%o1 + %o2] #ASI_PNF, %g5
	ldswa [%o1] #ASI_PNF, %g5
	ldswa [%o1 + %o2] #ASI_S, %g5
	ldswa [%o1] #ASI_S, %g5
	ldswa [%o1 + %o2] #ASI_P_L, %g5
	ldswa [%o1] #ASI_P_L, %g5
	ldswa [%o1 + %o2] #ASI_AIUP, %g5
	ldswa [%o1] #ASI_AIUP, %g5
	ldswa [%o1 + %o2] #ASI_N, %g5
	ldswa [%o1] #ASI_N, %g5
	ldswa [%o1 + %o2] 0x22, %g5
	ldswa [%o1] 0x22, %g5
	ldswa [%o1 + %o2] 0x5, %g5
	ldswa [%o1] 0x5, %g5
	ldswa [%o1 + %o2] 0xe2, %g5
	ldswa [%o1] 0xe2, %g5
	ldswa [%o1 + 8] %asi, %g5
	ldswa [%o1] %asi, %g5
	ldswa [-8] %asi, %g5
	ldxa [%o1 + %o2] #ASI_P, %g5
	ldxa [%o1] #ASI_P, %g5
	ldxa [%o1 + %o2] #ASI_PNF, %g5
	ldxa [%o1] #ASI_PNF, %g5
	ldxa [%o1 + %o2] #ASI_S, %g5
	ldxa [%o1] #ASI_S, %g5
	ldxa [%o1 + %o2] #ASI_P_L, %g5
	ldxa [%o1] #ASI_P_L, %g5
	ldxa [%o1 + %o2] #ASI_AIUP, %g5
	ldxa [%o1] #ASI_AIUP, %g5
	ldxa [%o1 + %o2] #ASI_N, %g5
	ldxa [%o1] #ASI_N, %g5
	ldxa [%o1 + %o2] 0x22, %g5
	ldxa [%o1] 0x22, %g5
	ldxa [%o1 + %o2] 0x5, %g5
	ldxa [%o1] 0x5, %g5
	ldxa [%o1 + %o2] 0xe2, %g5
	ldxa [%o1] 0xe2, %g5
	ldxa [%o1 + 8] %asi, %g5
	ldxa [%o1] %asi, %g5
	ldxa [-8] %asi, %g5
	ldstuba [%o1 + %o2] #ASI_P, %g5
	ldstuba [%o1] #ASI_P, %g5
	ldstuba [%o1 + %o2] #ASI_PNF, %g5
	ldstuba [%o1] #ASI_PNF, %g5
	ldstuba [%o1 + %o2] #ASI_S, %g5
	ldstuba [%o1] #ASI_S, %g5
	ldstuba [%o1 + %o2] #ASI_P_L, %g5
	ldstuba [%o1] #ASI_P_L, %g5
	ldstuba [%o1 + %o2] #ASI_AIUP, %g5
	ldstuba [%o1] #ASI_AIUP, %g5
	ldstuba [%o1 + %o2] #ASI_N, %g5
	ldstuba [%o1] #ASI_N, %g5
	ldstuba [%o1 + %o2] 0x22, %g5
	ldstuba [%o1] 0x22, %g5
	ldstuba [%o1 + %o2] 0x5, %g5
	ldstuba [%o1] 0x5, %g5
	ldstuba [%o1 + %o2] 0xe2, %g5
	ldstuba [%o1] 0xe2, %g5
	ldstuba [%o1 + 8] %asi, %g5
	ldstuba [%o1] %asi, %g5
	ldstuba [-8] %asi, %g5
	swapa [%o1 + %o2] #ASI_P, %g5
	swapa [%o1] #ASI_P, %g5
	swapa [%o1 + %o2] #ASI_PNF, %g5
	swapa [%o1] #ASI_PNF, %g5
	swapa [%o1 + %o2] #ASI_S, %g5
	swapa [%o1] #ASI_S, %g5
	swapa [%o1 + %o2] #ASI_P_L, %g5
	swapa [%o1] #ASI_P_L, %g5
	swapa [%o1 + %o2] #ASI_AIUP, %g5
	swapa [%o1] #ASI_AIUP, %g5
	swapa [%o1 + %o2] #ASI_N, %g5
	swapa [%o1] #ASI_N, %g5
	swapa [%o1 + %o2] 0x22, %g5
	swapa [%o1] 0x22, %g5
	swapa [%o1 + %o2] 0x5, %g5
	swapa [%o1] 0x5, %g5
	swapa [%o1 + %o2] 0xe2, %g5
	swapa [%o1] 0xe2, %g5
	swapa [%o1 + 8] %asi, %g5
	swapa [%o1] %asi, %g5
	swapa [-8] %asi, %g5
	ldda [%o1 + %o2] #ASI_P, %o4
	ldda [%o1] #ASI_P, %o4
	ldda [%o1 + %o2] #ASI_PNF, %o4
	ldda [%o1] #ASI_PNF, %o4
	ldda [%o1 + %o2] #ASI_S, %o4
	ldda [%o1] #ASI_S, %o4
	ldda [%o1 + %o2] #ASI_P_L, %o4
	ldda [%o1] #ASI_P_L, %o4
	ldda [%o1 + %o2] #ASI_AIUP, %o4
	ldda [%o1] #ASI_AIUP, %o4
	ldda [%o1 + %o2] #ASI_N, %o4
	ldda [%o1] #ASI_N, %o4
	ldda [%o1 + %o2] 0x22, %o4
	ldda [%o1] 0x22, %o4
	ldda [%o1 + %o2] 0x5, %o4
	ldda [%o1] 0x5, %o4
	ldda [%o1 + %o2] 0xe2, %o4
	ldda [%o1] 0xe2, %o4
	ldda [%o1 + 8] %asi, %o4
	ldda [%o1] %asi, %o4
	ldda [-8] %asi, %o4
	ldtwa [%o1 + %o2] #ASI_P, %o4
	ldtwa [%o1] #ASI_P, %o4
	ldtwa [%o1 + %o2] #ASI_PNF, %o4
	ldtwa [%o1] #ASI_PNF, %o4
	ldtwa [%o1 + %o2] #ASI_S, %o4
	ldtwa [%o1] #ASI_S, %o4
	ldtwa [%o1 + %o2] #ASI_P_L, %o4
	ldtwa [%o1] #ASI_P_L, %o4
	ldtwa [%o1 + %o2] #ASI_AIUP, %o4
	ldtwa [%o1] #ASI_AIUP, %o4
	ldtwa [%o1 + %o2] #ASI_N, %o4
	ldtwa [%o1] #ASI_N, %o4
	ldtwa [%o1 + %o2] 0x22, %o4
	ldtwa [%o1] 0x22, %o4
	ldtwa [%o1 + %o2] 0x5, %o4
	ldtwa [%o1] 0x5, %o4
	ldtwa [%o1 + %o2] 0xe2, %o4
	ldtwa [%o1] 0xe2, %o4
	ldtwa [%o1 + 8] %asi, %o4
	ldtwa [%o1] %asi, %o4
	ldtwa [-8] %asi, %o4
	sta %i3, [%o1 + %o2] #ASI_P
	sta %i3, [%o1] #ASI_P
	sta %i3, [%o1 + %o2] #ASI_PNF
	sta %i3, [%o1] #ASI_PNF
	sta %i3, [%o1 + %o2] #ASI_S
	sta %i3, [%o1] #ASI_S
	sta %i3, [%o1 + %o2] #ASI_P_L
	sta %i3, [%o1] #ASI_P_L
	sta %i3, [%o1 + %o2] #ASI_AIUP
	sta %i3, [%o1] #ASI_AIUP
	sta %i3, [%o1 + %o2] #ASI_N
	sta %i3, [%o1] #ASI_N
	sta %i3, [%o1 + %o2] 0x16
	sta %i3, [%o1] 0x16
	sta %i3, [%o1 + %o2] 0xe2
	sta %i3, [%o1] 0xe2
	sta %i3, [%o1 + %o2] 0x22
	sta %i3, [%o1] 0x22
	sta %i3, [%o1 + %o2] 7
	sta %i3, [%o1] 7
	sta %i3, [%o1 + %o2] 0xff
	sta %i3, [%o1] 0xff
	sta %i3, [%o1 + %o2] #ASI_BLK_P
	sta %i3, [%o1] #ASI_BLK_P
	sta %i3, [%o1 + 8] %asi
	sta %i3, [%o1] %asi
	sta %i3, [9] %asi
	stwa %i3, [%o1 + %o2] #ASI_P
	stwa %i3, [%o1] #ASI_P
	stwa %i3, [%o1 + %o2] #ASI_PNF
	stwa %i3, [%o1] #ASI_PNF
	stwa %i3, [%o1 + %o2] #ASI_S
	stwa %i3, [%o1] #ASI_S
	stwa %i3, [%o1 + %o2] #ASI_P_L
	stwa %i3, [%o1] #ASI_P_L
	stwa %i3, [%o1 + %o2] #ASI_AIUP
	stwa %i3, [%o1] #ASI_AIUP
	stwa %i3, [%o1 + %o2] #ASI_N
	stwa %i3, [%o1] #ASI_N
	stwa %i3, [%o1 + %o2] 0x16
	stwa %i3, [%o1] 0x16
	stwa %i3, [%o1 + %o2] 0xe2
	stwa %i3, [%o1] 0xe2
	stwa %i3, [%o1 + %o2] 0x22
	stwa %i3, [%o1] 0x22
	stwa %i3, [%o1 + %o2] 7
	stwa %i3, [%o1] 7
	stwa %i3, [%o1 + %o2] 0xff
	stwa %i3, [%o1] 0xff
	stwa %i3, [%o1 + %o2] #ASI_BLK_P
	stwa %i3, [%o1] #ASI_BLK_P
	stwa %i3, [%o1 + 8] %asi
	stwa %i3, [%o1] %asi
	stwa %i3, [9] %asi
	stba %i3, [%o1 + %o2] #ASI_P
	stba %i3, [%o1] #ASI_P
	stba %i3, [%o1 + %o2] #ASI_PNF
	stba %i3, [%o1] #ASI_PNF
	stba %i3, [%o1 + %o2] #ASI_S
	stba %i3, [%o1] #ASI_S
	stba %i3, [%o1 + %o2] #ASI_P_L
	stba %i3, [%o1] #ASI_P_L
	stba %i3, [%o1 + %o2] #ASI_AIUP
	stba %i3, [%o1] #ASI_AIUP
	stba %i3, [%o1 + %o2] #ASI_N
	stba %i3, [%o1] #ASI_N
	stba %i3, [%o1 + %o2] 0x16
	stba %i3, [%o1] 0x16
	stba %i3, [%o1 + %o2] 0xe2
	stba %i3, [%o1] 0xe2
	stba %i3, [%o1 + %o2] 0x22
	stba %i3, [%o1] 0x22
	stba %i3, [%o1 + %o2] 7
	stba %i3, [%o1] 7
	stba %i3, [%o1 + %o2] 0xff
	stba %i3, [%o1] 0xff
	stba %i3, [%o1 + %o2] #ASI_BLK_P
	stba %i3, [%o1] #ASI_BLK_P
	stba %i3, [%o1 + 8] %asi
	stba %i3, [%o1] %asi
	stba %i3, [9] %asi
	stha %i3, [%o1 + %o2] #ASI_P
	stha %i3, [%o1] #ASI_P
	stha %i3, [%o1 + %o2] #ASI_PNF
	stha %i3, [%o1] #ASI_PNF
	stha %i3, [%o1 + %o2] #ASI_S
	stha %i3, [%o1] #ASI_S
	stha %i3, [%o1 + %o2] #ASI_P_L
	stha %i3, [%o1] #ASI_P_L
	stha %i3, [%o1 + %o2] #ASI_AIUP
	stha %i3, [%o1] #ASI_AIUP
	stha %i3, [%o1 + %o2] #ASI_N
	stha %i3, [%o1] #ASI_N
	stha %i3, [%o1 + %o2] 0x16
	stha %i3, [%o1] 0x16
	stha %i3, [%o1 + %o2] 0xe2
	stha %i3, [%o1] 0xe2
	stha %i3, [%o1 + %o2] 0x22
	stha %i3, [%o1] 0x22
	stha %i3, [%o1 + %o2] 7
	stha %i3, [%o1] 7
	stha %i3, [%o1 + %o2] 0xff
	stha %i3, [%o1] 0xff
	stha %i3, [%o1 + %o2] #ASI_BLK_P
	stha %i3, [%o1] #ASI_BLK_P
	stha %i3, [%o1 + 8] %asi
	stha %i3, [%o1] %asi
	stha %i3, [9] %asi
	stxa %i3, [%o1 + %o2] #ASI_P
	stxa %i3, [%o1] #ASI_P
	stxa %i3, [%o1 + %o2] #ASI_PNF
	stxa %i3, [%o1] #ASI_PNF
	stxa %i3, [%o1 + %o2] #ASI_S
	stxa %i3, [%o1] #ASI_S
	stxa %i3, [%o1 + %o2] #ASI_P_L
	stxa %i3, [%o1] #ASI_P_L
	stxa %i3, [%o1 + %o2] #ASI_AIUP
	stxa %i3, [%o1] #ASI_AIUP
	stxa %i3, [%o1 + %o2] #ASI_N
	stxa %i3, [%o1] #ASI_N
	stxa %i3, [%o1 + %o2] 0x16
	stxa %i3, [%o1] 0x16
	stxa %i3, [%o1 + %o2] 0xe2
	stxa %i3, [%o1] 0xe2
	stxa %i3, [%o1 + %o2] 0x22
	stxa %i3, [%o1] 0x22
	stxa %i3, [%o1 + %o2] 7
	stxa %i3, [%o1] 7
	stxa %i3, [%o1 + %o2] 0xff
	stxa %i3, [%o1] 0xff
	stxa %i3, [%o1 + %o2] #ASI_BLK_P
	stxa %i3, [%o1] #ASI_BLK_P
	stxa %i3, [%o1 + 8] %asi
	stxa %i3, [%o1] %asi
	stxa %i3, [9] %asi
	stda %o4, [%o1 + %o2] #ASI_P
	stda %o4, [%o1] #ASI_P
	stda %o4, [%o1 + %o2] #ASI_PNF
	stda %o4, [%o1] #ASI_PNF
	stda %o4, [%o1 + %o2] #ASI_S
	stda %o4, [%o1] #ASI_S
	stda %o4, [%o1 + %o2] #ASI_P_L
	stda %o4, [%o1] #ASI_P_L
	stda %o4, [%o1 + %o2] #ASI_AIUP
	stda %o4, [%o1] #ASI_AIUP
	stda %o4, [%o1 + %o2] #ASI_N
	stda %o4, [%o1] #ASI_N
	stda %o4, [%o1 + %o2] 0x16
	stda %o4, [%o1] 0x16
	stda %o4, [%o1 + %o2] 0xe2
	stda %o4, [%o1] 0xe2
	stda %o4, [%o1 + %o2] 0x22
	stda %o4, [%o1] 0x22
	stda %o4, [%o1 + %o2] 7
	stda %o4, [%o1] 7
	stda %o4, [%o1 + %o2] 0xff
	stda %o4, [%o1] 0xff
	stda %o4, [%o1 + %o2] #ASI_BLK_P
	stda %o4, [%o1] #ASI_BLK_P
	stda %o4, [%o1 + 8] %asi
	stda %o4, [%o1] %asi
	stda %o4, [9] %asi
	sttwa %o4, [%o1 + %o2] #ASI_P
	sttwa %o4, [%o1] #ASI_P
	sttwa %o4, [%o1 + %o2] #ASI_PNF
	sttwa %o4, [%o1] #ASI_PNF
	sttwa %o4, [%o1 + %o2] #ASI_S
	sttwa %o4, [%o1] #ASI_S
	sttwa %o4, [%o1 + %o2] #ASI_P_L
	sttwa %o4, [%o1] #ASI_P_L
	sttwa %o4, [%o1 + %o2] #ASI_AIUP
	sttwa %o4, [%o1] #ASI_AIUP
	sttwa %o4, [%o1 + %o2] #ASI_N
	sttwa %o4, [%o1] #ASI_N
	sttwa %o4, [%o1 + %o2] 0x16
	sttwa %o4, [%o1] 0x16
	sttwa %o4, [%o1 + %o2] 0xe2
	sttwa %o4, [%o1] 0xe2
	sttwa %o4, [%o1 + %o2] 0x22
	sttwa %o4, [%o1] 0x22
	sttwa %o4, [%o1 + %o2] 7
	sttwa %o4, [%o1] 7
	sttwa %o4, [%o1 + %o2] 0xff
	sttwa %o4, [%o1] 0xff
	sttwa %o4, [%o1 + %o2] #ASI_BLK_P
	sttwa %o4, [%o1] #ASI_BLK_P
	sttwa %o4, [%o1 + 8] %asi
	sttwa %o4, [%o1] %asi
	sttwa %o4, [9] %asi
	prefetch [%o1], #n_reads
	prefetch [%o1 + 64], #n_reads
	prefetch [%o1 + %o2], #n_reads
	prefetcha [%o1] #ASI_P, #n_reads
	prefetcha [%o1 + 64] %asi, #n_reads
	prefetch [%o1], #one_read
	prefetch [%o1 + 64], #one_read
	prefetch [%o1 + %o2], #one_read
	prefetcha [%o1] #ASI_P, #one_read
	prefetcha [%o1 + 64] %asi, #one_read
	prefetch [%o1], #n_writes
	prefetch [%o1 + 64], #n_writes
	prefetch [%o1 + %o2], #n_writes
	prefetcha [%o1] #ASI_P, #n_writes
	prefetcha [%o1 + 64] %asi, #n_writes
	prefetch [%o1], #one_write
	prefetch [%o1 + 64], #one_write
	prefetch [%o1 + %o2], #one_write
	prefetcha [%o1] #ASI_P, #one_write
	prefetcha [%o1 + 64] %asi, #one_write
	prefetch [%o1], #page
	prefetch [%o1 + 64], #page
	prefetch [%o1 + %o2], #page
	prefetcha [%o1] #ASI_P, #page
	prefetcha [%o1 + 64] %asi, #page
	prefetch [%o1], #invalidate
	prefetch [%o1 + 64], #invalidate
	prefetch [%o1 + %o2], #invalidate
	prefetcha [%o1] #ASI_P, #invalidate
	prefetcha [%o1 + 64] %asi, #invalidate
	prefetch [%o1], #unified
	prefetch [%o1 + 64], #unified
	prefetch [%o1 + %o2], #unified
	prefetcha [%o1] #ASI_P, #unified
	prefetcha [%o1 + 64] %asi, #unified
	prefetch [%o1], #n_reads_strong
	prefetch [%o1 + 64], #n_reads_strong
	prefetch [%o1 + %o2], #n_reads_strong
	prefetcha [%o1] #ASI_P, #n_reads_strong
	prefetcha [%o1 + 64] %asi, #n_reads_strong
	prefetch [%o1], #one_read_strong
	prefetch [%o1 + 64], #one_read_strong
	prefetch [%o1 + %o2], #one_read_strong
	prefetcha [%o1] #ASI_P, #one_read_strong
	prefetcha [%o1 + 64] %asi, #one_read_strong
	prefetch [%o1], #n_writes_strong
	prefetch [%o1 + 64], #n_writes_strong
	prefetch [%o1 + %o2], #n_writes_strong
	prefetcha [%o1] #ASI_P, #n_writes_strong
	prefetcha [%o1 + 64] %asi, #n_writes_strong
	prefetch [%o1], #one_write_strong
	prefetch [%o1 + 64], #one_write_strong
	prefetch [%o1 + %o2], #one_write_strong
	prefetcha [%o1] #ASI_P, #one_write_strong
	prefetcha [%o1 + 64] %asi, #one_write_strong
	prefetch [%o1], 5
	prefetch [%o1 + 64], 5
	prefetch [%o1 + %o2], 5
	prefetcha [%o1] #ASI_P, 5
	prefetcha [%o1 + 64] %asi, 5
	prefetch [%o1], 31
	prefetch [%o1 + 64], 31
	prefetch [%o1 + %o2], 31
	prefetcha [%o1] #ASI_P, 31
	prefetcha [%o1 + 64] %asi, 31
	cas [%o1], %o2, %o3
	casl [%o1], %o2, %o3
	casx [%o1], %o2, %o3
	casxl [%o1], %o2, %o3
	casa [%o1] #ASI_P, %o2, %o3
	casxa [%i1] #ASI_P, %g2, %g3
	casa [%o1] #ASI_PNF, %o2, %o3
	casxa [%i1] #ASI_PNF, %g2, %g3
	casa [%o1] #ASI_S, %o2, %o3
	casxa [%i1] #ASI_S, %g2, %g3
	casa [%o1] #ASI_P_L, %o2, %o3
	casxa [%i1] #ASI_P_L, %g2, %g3
	casa [%o1] #ASI_AIUP, %o2, %o3
	casxa [%i1] #ASI_AIUP, %g2, %g3
	casa [%o1] #ASI_N, %o2, %o3
	casxa [%i1] #ASI_N, %g2, %g3
	casa [%o1] 0x16, %o2, %o3
	casxa [%i1] 0x16, %g2, %g3
	casa [%o1] 0xe2, %o2, %o3
	casxa [%i1] 0xe2, %g2, %g3
	casa [%o1] 0x22, %o2, %o3
	casxa [%i1] 0x22, %g2, %g3
	casa [%o1] 7, %o2, %o3
	casxa [%i1] 7, %g2, %g3
	casa [%o1] 0xff, %o2, %o3
	casxa [%i1] 0xff, %g2, %g3
	casa [%o1] #ASI_BLK_P, %o2, %o3
	casxa [%i1] #ASI_BLK_P, %g2, %g3
	casa [%o1] %asi, %o2, %o3
	casxa [%o1] %asi, %o2, %o3
	.word 0x9fc7e008
	.word 0x83c3e008
	.word 0x91d0306d
	.word 0x93d0286d
	.word 0xc2100000
	.word 0x81580000
	.word 0x87500000
	.word 0xb1380000
	.word 0xb1300000
	.word 0xb3300008
	.word 0x82100000
	.word 0x80100000
	.word 0xc31a0000
	.word 0xc33a0000
	.word 0x12500004
	.word 0x12700004
	.word 0x91d02001
	.word 0x83d03fff
	.word 0x90102fff
	.word 0x0280fff0
	.word 0x10800000
	.word 0x81d80000
	.word 0x81e00000
	.word 0x81e02000
	.word 0x81e80000
	.word 0x81e82000
	.word 0xbfe7bf50
	.word 0x9de3bf50
	.word 0x01000001
	.word 0x01400000
	.word 0x03000001
	.word 0x00000001
	.word 0x003fffff
	.word 0x00200000
	.word 0x8143e07f
	.word 0x8143e000
	.word 0x8143c000
	.word 0x81c7e008
	.word 0x81c3e008
	.word 0x9fc04000
	.word 0x81c06000
	.word 0x81c06008
fwd:
	nop
