// IA-64 A-unit (integer ALU, compare, multimedia ALU) forms
// lastmile test input (tests/ia64_objdump.rs): one line for every form of
// the encoding table (src/ia64/tables.rs) of these units, aliases included,
// in table order, written as objdump prints it, with register numbers and
// immediates varied over their ranges and every third line predicated.
// Assembled with ia64-linux-gnu-as -mhint.b=ok at test time; our
// disassembly of every line must equal objdump's, and the sources
// together must write every form (ia64_sources_write_every_table_form).
	.text
	.global _start
	.proc _start
_start:

// add
	add r8=r41,r32
	(p2) add r9=r42,r33,1

// sub
	sub r10=r43,r34
	sub r11=r44,r35,1

// addp4
	(p5) addp4 r12=r45,r36

// and
	and r13=r46,r37

// andcm
	andcm r14=r47,r38

// or
	(p8) or r15=r48,r39

// xor
	xor r16=r49,r40

// shladd
	shladd r17=r50,3,r32

// shladdp4
	(p11) shladdp4 r18=r51,1,r33

// sub
	sub r19=0,r34

// and
	and r20=-5,r35

// andcm
	(p14) andcm r21=127,r36

// or
	or r22=-128,r37

// xor
	xor r23=0,r38

// mov
	(p17) mov r24=r39

// adds
	adds r25=-8192,r40

// addp4
	addp4 r26=8191,r32

// padd1
	(p20) padd1 r27=r60,r33

// padd2
	padd2 r28=r41,r34

// padd4
	padd4 r29=r42,r35

// padd1
	(p23) padd1.sss r30=r43,r36

// padd2
	padd2.sss r31=r44,r37

// padd1
	padd1.uuu r8=r45,r38

// padd2
	(p26) padd2.uuu r9=r46,r39

// padd1
	padd1.uus r10=r47,r40

// padd2
	padd2.uus r11=r48,r32

// psub1
	(p29) psub1 r12=r49,r33

// psub2
	psub2 r13=r50,r34

// psub4
	psub4 r14=r51,r35

// psub1
	(p32) psub1.sss r15=r52,r36

// psub2
	psub2.sss r16=r53,r37

// psub1
	psub1.uuu r17=r54,r38

// psub2
	(p35) psub2.uuu r18=r55,r39

// psub1
	psub1.uus r19=r56,r40

// psub2
	psub2.uus r20=r57,r32

// pavg1
	(p38) pavg1 r21=r58,r33

// pavg2
	pavg2 r22=r59,r34

// pavg1
	pavg1.raz r23=r60,r35

// pavg2
	(p41) pavg2.raz r24=r41,r36

// pavgsub1
	pavgsub1 r25=r42,r37

// pavgsub2
	pavgsub2 r26=r43,r38

// pcmp1
	(p44) pcmp1.eq r27=r44,r39

// pcmp2
	pcmp2.eq r28=r45,r40

// pcmp4
	pcmp4.eq r29=r46,r32

// pcmp1
	(p47) pcmp1.gt r30=r47,r33

// pcmp2
	pcmp2.gt r31=r48,r34

// pcmp4
	pcmp4.gt r8=r49,r35

// pshladd2
	(p50) pshladd2 r9=r50,1,r36

// pshradd2
	pshradd2 r10=r51,3,r37

// mov
	mov r11=42

// addl
	(p53) addl r12=-1000,r2

// cmp
	cmp.lt p12,p13=r54,r40
	cmp.lt.unc p14,p15=r55,r32
	(p56) cmp.eq.and p6,p7=r56,r33
	cmp.ne.and p8,p9=r57,r34
	cmp.gt.and p10,p11=r0,r35
	(p59) cmp.le.and p12,p13=r0,r36
	cmp.ge.and p14,p15=r0,r37
	cmp.lt.and p6,p7=r0,r38

// cmp4
	(p62) cmp4.lt p8,p9=r42,r39
	cmp4.lt.unc p10,p11=r43,r40
	cmp4.eq.and p12,p13=r44,r32
	(p3) cmp4.ne.and p14,p15=r45,r33
	cmp4.gt.and p6,p7=r0,r34
	cmp4.le.and p8,p9=r0,r35
	(p6) cmp4.ge.and p10,p11=r0,r36
	cmp4.lt.and p12,p13=r0,r37

// cmp
	cmp.lt p14,p15=127,r38
	(p9) cmp.lt.unc p6,p7=-128,r39
	cmp.eq.and p8,p9=0,r40
	cmp.ne.and p10,p11=-5,r32

// cmp4
	(p12) cmp4.lt p12,p13=127,r33
	cmp4.lt.unc p14,p15=-128,r34
	cmp4.eq.and p6,p7=0,r35
	(p15) cmp4.ne.and p8,p9=-5,r36

// cmp
	cmp.ltu p10,p11=r58,r37
	cmp.ltu.unc p12,p13=r59,r38
	(p18) cmp.eq.or p14,p15=r60,r39
	cmp.ne.or p6,p7=r41,r40
	cmp.gt.or p8,p9=r0,r32
	(p21) cmp.le.or p10,p11=r0,r33
	cmp.ge.or p12,p13=r0,r34
	cmp.lt.or p14,p15=r0,r35

// cmp4
	(p24) cmp4.ltu p6,p7=r46,r36
	cmp4.ltu.unc p8,p9=r47,r37
	cmp4.eq.or p10,p11=r48,r38
	(p27) cmp4.ne.or p12,p13=r49,r39
	cmp4.gt.or p14,p15=r0,r40
	cmp4.le.or p6,p7=r0,r32
	(p30) cmp4.ge.or p8,p9=r0,r33
	cmp4.lt.or p10,p11=r0,r34

// cmp
	cmp.ltu p12,p13=127,r35
	(p33) cmp.ltu.unc p14,p15=-128,r36
	cmp.eq.or p6,p7=0,r37
	cmp.ne.or p8,p9=-5,r38

// cmp4
	(p36) cmp4.ltu p10,p11=100,r39
	cmp4.ltu.unc p12,p13=-5,r40
	cmp4.eq.or p14,p15=100,r32
	(p39) cmp4.ne.or p6,p7=-5,r33

// cmp
	cmp.eq p8,p9=r42,r34
	cmp.eq.unc p10,p11=r43,r35
	(p42) cmp.eq.or.andcm p12,p13=r44,r36
	cmp.ne.or.andcm p14,p15=r45,r37
	cmp.gt.or.andcm p6,p7=r0,r38
	(p45) cmp.le.or.andcm p8,p9=r0,r39
	cmp.ge.or.andcm p10,p11=r0,r40
	cmp.lt.or.andcm p12,p13=r0,r32

// cmp4
	(p48) cmp4.eq p14,p15=r50,r33
	cmp4.eq.unc p6,p7=r51,r34
	cmp4.eq.or.andcm p8,p9=r52,r35
	(p51) cmp4.ne.or.andcm p10,p11=r53,r36
	cmp4.gt.or.andcm p12,p13=r0,r37
	cmp4.le.or.andcm p14,p15=r0,r38
	(p54) cmp4.ge.or.andcm p6,p7=r0,r39
	cmp4.lt.or.andcm p8,p9=r0,r40

// cmp
	cmp.eq p10,p11=127,r32
	(p57) cmp.eq.unc p12,p13=-128,r33
	cmp.eq.or.andcm p14,p15=0,r34
	cmp.ne.or.andcm p6,p7=-5,r35

// cmp4
	(p60) cmp4.eq p8,p9=127,r36
	cmp4.eq.unc p10,p11=-128,r37
	cmp4.eq.or.andcm p12,p13=0,r38
	(p1) cmp4.ne.or.andcm p14,p15=-5,r39
	.endp _start
