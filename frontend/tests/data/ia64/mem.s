// IA-64 M-unit (loads, stores, semaphores, system, register stack) forms
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

// chk
.T1:
	chk.a.nc r8,.T1
.T2:
	(p2) chk.a.clr r9,.T2
.T3:
	chk.a.nc f8,.T3
.T4:
	chk.a.clr f9,.T4

// invala
	(p5) invala

// fwb
	fwb

// mf
	mf
	(p8) mf.a

// srlz
	srlz.d
	srlz.i

// sync
	(p11) sync.i

// flushrs
	flushrs

// loadrs
	loadrs

// invala
	(p14) invala.e r21
	invala.e f20

// mov
	mov.m ar.bspstore=0

// break
	(p17) break.m 0x12345

// nop
	nop.m 0x1fffff

// hint
	hint.m 0x7

// mov
	(p20) mov dahr3=0xffff

// sum
	sum 0x10

// rum
	rum 0xffffff

// ssm
	(p23) ssm 0x10

// rsm
	rsm 0xffffff

// mov
	mov.m ar.k3=r45
	(p26) mov.m r9=ar.ccv
	mov cr.pta=r47
	mov r11=cr.irr2

// alloc
	alloc r33=ar.pfs,0,5,3,0
	alloc r12=ar.pfs,2,6,8,8

// mov
	mov psr.l=r50
	mov psr.um=r51
	(p32) mov r15=psr
	mov r16=psr.um

// probe
	probe.r r17=r38,r54
	(p35) probe.w r18=r39,r55
	probe.r r19=r40,3
	probe.w r20=r32,2
	(p38) probe.rw.fault r33,0
	probe.r.fault r34,3
	probe.w.fault r35,2

// itc
	(p41) itc.d r41
	itc.i r42

// mov
	mov rr[r38]=r43
	(p44) mov dbr[r39]=r44
	mov ibr[r40]=r45
	mov pkr[r32]=r46
	(p47) mov pmc[r33]=r47
	mov pmd[r34]=r48
	mov msr[r35]=r49

// itr
	(p50) itr.d dtr[r36]=r50
	itr.i itr[r37]=r51

// mov
	mov r11=rr[r38]
	(p53) mov r12=dbr[r39]
	mov r13=ibr[r40]
	mov r14=pkr[r32]
	(p56) mov r15=pmc[r33]
	mov r16=pmd[r34]
	mov r17=msr[r35]
	(p59) mov r18=cpuid[r36]
	mov r19=dahr[r37]

// ptc
	ptc.l r38,r41
	(p62) ptc.g r39,r42
	ptc.ga r40,r43

// ptr
	ptr.d r32,r44
	(p3) ptr.i r33,r45

// thash
	thash r25=r34

// ttag
	ttag r26=r35

// tpa
	(p6) tpa r27=r36

// tak
	tak r28=r37

// chk
.T5:
	chk.s.m r50,.T5
.T6:
	(p9) chk.s f32,.T6

// fc
	fc r40
	fc.i r32

// ptc
	(p12) ptc.e r33

// ld1
	ld1 r10=[r34]
	ld1.nt1 r11=[r35]
	(p15) ld1.d2 r12=[r36]
	ld1.nta r13=[r37]
	ld1.d4 r14=[r38]
	(p18) ld1.d5 r15=[r39]
	ld1.d6 r16=[r40]
	ld1.d7 r17=[r32]

// ld2
	(p21) ld2 r18=[r33]
	ld2.nt1 r19=[r34]
	ld2.d2 r20=[r35]
	(p24) ld2.nta r21=[r36]
	ld2.d4 r22=[r37]
	ld2.d5 r23=[r38]
	(p27) ld2.d6 r24=[r39]
	ld2.d7 r25=[r40]

// ld4
	ld4 r26=[r32]
	(p30) ld4.nt1 r27=[r33]
	ld4.d2 r28=[r34]
	ld4.nta r29=[r35]
	(p33) ld4.d4 r30=[r36]
	ld4.d5 r31=[r37]
	ld4.d6 r8=[r38]
	(p36) ld4.d7 r9=[r39]

// ld8
	ld8 r10=[r40]
	ld8.nt1 r11=[r32]
	(p39) ld8.d2 r12=[r33]
	ld8.nta r13=[r34]
	ld8.d4 r14=[r35]
	(p42) ld8.d5 r15=[r36]
	ld8.d6 r16=[r37]
	ld8.d7 r17=[r38]

// ld1
	(p45) ld1.s r18=[r39]
	ld1.s.nt1 r19=[r40]
	ld1.s.d2 r20=[r32]
	(p48) ld1.s.nta r21=[r33]
	ld1.s.d4 r22=[r34]
	ld1.s.d5 r23=[r35]
	(p51) ld1.s.d6 r24=[r36]
	ld1.s.d7 r25=[r37]

// ld2
	ld2.s r26=[r38]
	(p54) ld2.s.nt1 r27=[r39]
	ld2.s.d2 r28=[r40]
	ld2.s.nta r29=[r32]
	(p57) ld2.s.d4 r30=[r33]
	ld2.s.d5 r31=[r34]
	ld2.s.d6 r8=[r35]
	(p60) ld2.s.d7 r9=[r36]

// ld4
	ld4.s r10=[r37]
	ld4.s.nt1 r11=[r38]
	(p1) ld4.s.d2 r12=[r39]
	ld4.s.nta r13=[r40]
	ld4.s.d4 r14=[r32]
	(p4) ld4.s.d5 r15=[r33]
	ld4.s.d6 r16=[r34]
	ld4.s.d7 r17=[r35]

// ld8
	(p7) ld8.s r18=[r36]
	ld8.s.nt1 r19=[r37]
	ld8.s.d2 r20=[r38]
	(p10) ld8.s.nta r21=[r39]
	ld8.s.d4 r22=[r40]
	ld8.s.d5 r23=[r32]
	(p13) ld8.s.d6 r24=[r33]
	ld8.s.d7 r25=[r34]

// ld1
	ld1.a r26=[r35]
	(p16) ld1.a.nt1 r27=[r36]
	ld1.a.d2 r28=[r37]
	ld1.a.nta r29=[r38]
	(p19) ld1.a.d4 r30=[r39]
	ld1.a.d5 r31=[r40]
	ld1.a.d6 r8=[r32]
	(p22) ld1.a.d7 r9=[r33]

// ld2
	ld2.a r10=[r34]
	ld2.a.nt1 r11=[r35]
	(p25) ld2.a.d2 r12=[r36]
	ld2.a.nta r13=[r37]
	ld2.a.d4 r14=[r38]
	(p28) ld2.a.d5 r15=[r39]
	ld2.a.d6 r16=[r40]
	ld2.a.d7 r17=[r32]

// ld4
	(p31) ld4.a r18=[r33]
	ld4.a.nt1 r19=[r34]
	ld4.a.d2 r20=[r35]
	(p34) ld4.a.nta r21=[r36]
	ld4.a.d4 r22=[r37]
	ld4.a.d5 r23=[r38]
	(p37) ld4.a.d6 r24=[r39]
	ld4.a.d7 r25=[r40]

// ld8
	ld8.a r26=[r32]
	(p40) ld8.a.nt1 r27=[r33]
	ld8.a.d2 r28=[r34]
	ld8.a.nta r29=[r35]
	(p43) ld8.a.d4 r30=[r36]
	ld8.a.d5 r31=[r37]
	ld8.a.d6 r8=[r38]
	(p46) ld8.a.d7 r9=[r39]

// ld1
	ld1.sa r10=[r40]
	ld1.sa.nt1 r11=[r32]
	(p49) ld1.sa.d2 r12=[r33]
	ld1.sa.nta r13=[r34]
	ld1.sa.d4 r14=[r35]
	(p52) ld1.sa.d5 r15=[r36]
	ld1.sa.d6 r16=[r37]
	ld1.sa.d7 r17=[r38]

// ld2
	(p55) ld2.sa r18=[r39]
	ld2.sa.nt1 r19=[r40]
	ld2.sa.d2 r20=[r32]
	(p58) ld2.sa.nta r21=[r33]
	ld2.sa.d4 r22=[r34]
	ld2.sa.d5 r23=[r35]
	(p61) ld2.sa.d6 r24=[r36]
	ld2.sa.d7 r25=[r37]

// ld4
	ld4.sa r26=[r38]
	(p2) ld4.sa.nt1 r27=[r39]
	ld4.sa.d2 r28=[r40]
	ld4.sa.nta r29=[r32]
	(p5) ld4.sa.d4 r30=[r33]
	ld4.sa.d5 r31=[r34]
	ld4.sa.d6 r8=[r35]
	(p8) ld4.sa.d7 r9=[r36]

// ld8
	ld8.sa r10=[r37]
	ld8.sa.nt1 r11=[r38]
	(p11) ld8.sa.d2 r12=[r39]
	ld8.sa.nta r13=[r40]
	ld8.sa.d4 r14=[r32]
	(p14) ld8.sa.d5 r15=[r33]
	ld8.sa.d6 r16=[r34]
	ld8.sa.d7 r17=[r35]

// ld1
	(p17) ld1.bias r18=[r36]
	ld1.bias.nt1 r19=[r37]
	ld1.bias.d2 r20=[r38]
	(p20) ld1.bias.nta r21=[r39]
	ld1.bias.d4 r22=[r40]
	ld1.bias.d5 r23=[r32]
	(p23) ld1.bias.d6 r24=[r33]
	ld1.bias.d7 r25=[r34]

// ld2
	ld2.bias r26=[r35]
	(p26) ld2.bias.nt1 r27=[r36]
	ld2.bias.d2 r28=[r37]
	ld2.bias.nta r29=[r38]
	(p29) ld2.bias.d4 r30=[r39]
	ld2.bias.d5 r31=[r40]
	ld2.bias.d6 r8=[r32]
	(p32) ld2.bias.d7 r9=[r33]

// ld4
	ld4.bias r10=[r34]
	ld4.bias.nt1 r11=[r35]
	(p35) ld4.bias.d2 r12=[r36]
	ld4.bias.nta r13=[r37]
	ld4.bias.d4 r14=[r38]
	(p38) ld4.bias.d5 r15=[r39]
	ld4.bias.d6 r16=[r40]
	ld4.bias.d7 r17=[r32]

// ld8
	(p41) ld8.bias r18=[r33]
	ld8.bias.nt1 r19=[r34]
	ld8.bias.d2 r20=[r35]
	(p44) ld8.bias.nta r21=[r36]
	ld8.bias.d4 r22=[r37]
	ld8.bias.d5 r23=[r38]
	(p47) ld8.bias.d6 r24=[r39]
	ld8.bias.d7 r25=[r40]

// ld1
	ld1.acq r26=[r32]
	(p50) ld1.acq.nt1 r27=[r33]
	ld1.acq.d2 r28=[r34]
	ld1.acq.nta r29=[r35]
	(p53) ld1.acq.d4 r30=[r36]
	ld1.acq.d5 r31=[r37]
	ld1.acq.d6 r8=[r38]
	(p56) ld1.acq.d7 r9=[r39]

// ld2
	ld2.acq r10=[r40]
	ld2.acq.nt1 r11=[r32]
	(p59) ld2.acq.d2 r12=[r33]
	ld2.acq.nta r13=[r34]
	ld2.acq.d4 r14=[r35]
	(p62) ld2.acq.d5 r15=[r36]
	ld2.acq.d6 r16=[r37]
	ld2.acq.d7 r17=[r38]

// ld4
	(p3) ld4.acq r18=[r39]
	ld4.acq.nt1 r19=[r40]
	ld4.acq.d2 r20=[r32]
	(p6) ld4.acq.nta r21=[r33]
	ld4.acq.d4 r22=[r34]
	ld4.acq.d5 r23=[r35]
	(p9) ld4.acq.d6 r24=[r36]
	ld4.acq.d7 r25=[r37]

// ld8
	ld8.acq r26=[r38]
	(p12) ld8.acq.nt1 r27=[r39]
	ld8.acq.d2 r28=[r40]
	ld8.acq.nta r29=[r32]
	(p15) ld8.acq.d4 r30=[r33]
	ld8.acq.d5 r31=[r34]
	ld8.acq.d6 r8=[r35]
	(p18) ld8.acq.d7 r9=[r36]
	ld8.fill r10=[r37]
	ld8.fill.nt1 r11=[r38]
	(p21) ld8.fill.d2 r12=[r39]
	ld8.fill.nta r13=[r40]
	ld8.fill.d4 r14=[r32]
	(p24) ld8.fill.d5 r15=[r33]
	ld8.fill.d6 r16=[r34]
	ld8.fill.d7 r17=[r35]

// ld1
	(p27) ld1.c.clr r18=[r36]
	ld1.c.clr.nt1 r19=[r37]
	ld1.c.clr.d2 r20=[r38]
	(p30) ld1.c.clr.nta r21=[r39]
	ld1.c.clr.d4 r22=[r40]
	ld1.c.clr.d5 r23=[r32]
	(p33) ld1.c.clr.d6 r24=[r33]
	ld1.c.clr.d7 r25=[r34]

// ld2
	ld2.c.clr r26=[r35]
	(p36) ld2.c.clr.nt1 r27=[r36]
	ld2.c.clr.d2 r28=[r37]
	ld2.c.clr.nta r29=[r38]
	(p39) ld2.c.clr.d4 r30=[r39]
	ld2.c.clr.d5 r31=[r40]
	ld2.c.clr.d6 r8=[r32]
	(p42) ld2.c.clr.d7 r9=[r33]

// ld4
	ld4.c.clr r10=[r34]
	ld4.c.clr.nt1 r11=[r35]
	(p45) ld4.c.clr.d2 r12=[r36]
	ld4.c.clr.nta r13=[r37]
	ld4.c.clr.d4 r14=[r38]
	(p48) ld4.c.clr.d5 r15=[r39]
	ld4.c.clr.d6 r16=[r40]
	ld4.c.clr.d7 r17=[r32]

// ld8
	(p51) ld8.c.clr r18=[r33]
	ld8.c.clr.nt1 r19=[r34]
	ld8.c.clr.d2 r20=[r35]
	(p54) ld8.c.clr.nta r21=[r36]
	ld8.c.clr.d4 r22=[r37]
	ld8.c.clr.d5 r23=[r38]
	(p57) ld8.c.clr.d6 r24=[r39]
	ld8.c.clr.d7 r25=[r40]

// ld1
	ld1.c.nc r26=[r32]
	(p60) ld1.c.nc.nt1 r27=[r33]
	ld1.c.nc.d2 r28=[r34]
	ld1.c.nc.nta r29=[r35]
	(p1) ld1.c.nc.d4 r30=[r36]
	ld1.c.nc.d5 r31=[r37]
	ld1.c.nc.d6 r8=[r38]
	(p4) ld1.c.nc.d7 r9=[r39]

// ld2
	ld2.c.nc r10=[r40]
	ld2.c.nc.nt1 r11=[r32]
	(p7) ld2.c.nc.d2 r12=[r33]
	ld2.c.nc.nta r13=[r34]
	ld2.c.nc.d4 r14=[r35]
	(p10) ld2.c.nc.d5 r15=[r36]
	ld2.c.nc.d6 r16=[r37]
	ld2.c.nc.d7 r17=[r38]

// ld4
	(p13) ld4.c.nc r18=[r39]
	ld4.c.nc.nt1 r19=[r40]
	ld4.c.nc.d2 r20=[r32]
	(p16) ld4.c.nc.nta r21=[r33]
	ld4.c.nc.d4 r22=[r34]
	ld4.c.nc.d5 r23=[r35]
	(p19) ld4.c.nc.d6 r24=[r36]
	ld4.c.nc.d7 r25=[r37]

// ld8
	ld8.c.nc r26=[r38]
	(p22) ld8.c.nc.nt1 r27=[r39]
	ld8.c.nc.d2 r28=[r40]
	ld8.c.nc.nta r29=[r32]
	(p25) ld8.c.nc.d4 r30=[r33]
	ld8.c.nc.d5 r31=[r34]
	ld8.c.nc.d6 r8=[r35]
	(p28) ld8.c.nc.d7 r9=[r36]

// ld1
	ld1.c.clr.acq r10=[r37]
	ld1.c.clr.acq.nt1 r11=[r38]
	(p31) ld1.c.clr.acq.d2 r12=[r39]
	ld1.c.clr.acq.nta r13=[r40]
	ld1.c.clr.acq.d4 r14=[r32]
	(p34) ld1.c.clr.acq.d5 r15=[r33]
	ld1.c.clr.acq.d6 r16=[r34]
	ld1.c.clr.acq.d7 r17=[r35]

// ld2
	(p37) ld2.c.clr.acq r18=[r36]
	ld2.c.clr.acq.nt1 r19=[r37]
	ld2.c.clr.acq.d2 r20=[r38]
	(p40) ld2.c.clr.acq.nta r21=[r39]
	ld2.c.clr.acq.d4 r22=[r40]
	ld2.c.clr.acq.d5 r23=[r32]
	(p43) ld2.c.clr.acq.d6 r24=[r33]
	ld2.c.clr.acq.d7 r25=[r34]

// ld4
	ld4.c.clr.acq r26=[r35]
	(p46) ld4.c.clr.acq.nt1 r27=[r36]
	ld4.c.clr.acq.d2 r28=[r37]
	ld4.c.clr.acq.nta r29=[r38]
	(p49) ld4.c.clr.acq.d4 r30=[r39]
	ld4.c.clr.acq.d5 r31=[r40]
	ld4.c.clr.acq.d6 r8=[r32]
	(p52) ld4.c.clr.acq.d7 r9=[r33]

// ld8
	ld8.c.clr.acq r10=[r34]
	ld8.c.clr.acq.nt1 r11=[r35]
	(p55) ld8.c.clr.acq.d2 r12=[r36]
	ld8.c.clr.acq.nta r13=[r37]
	ld8.c.clr.acq.d4 r14=[r38]
	(p58) ld8.c.clr.acq.d5 r15=[r39]
	ld8.c.clr.acq.d6 r16=[r40]
	ld8.c.clr.acq.d7 r17=[r32]

// ld16
	(p61) ld16 r18,ar.csd=[r33]
	ld16.nt1 r19,ar.csd=[r34]
	ld16.d2 r20,ar.csd=[r35]
	(p2) ld16.nta r21,ar.csd=[r36]
	ld16.d4 r22,ar.csd=[r37]
	ld16.d5 r23,ar.csd=[r38]
	(p5) ld16.d6 r24,ar.csd=[r39]
	ld16.d7 r25,ar.csd=[r40]
	ld16.acq r26,ar.csd=[r32]
	(p8) ld16.acq.nt1 r27,ar.csd=[r33]
	ld16.acq.d2 r28,ar.csd=[r34]
	ld16.acq.nta r29,ar.csd=[r35]
	(p11) ld16.acq.d4 r30,ar.csd=[r36]
	ld16.acq.d5 r31,ar.csd=[r37]
	ld16.acq.d6 r8,ar.csd=[r38]
	(p14) ld16.acq.d7 r9,ar.csd=[r39]

// ld1
	ld1 r10=[r40],r47
	ld1.nt1 r11=[r32],r48
	(p17) ld1.nta r12=[r33],r49

// ld2
	ld2 r13=[r34],r50
	ld2.nt1 r14=[r35],r51
	(p20) ld2.nta r15=[r36],r52

// ld4
	ld4 r16=[r37],r53
	ld4.nt1 r17=[r38],r54
	(p23) ld4.nta r18=[r39],r55

// ld8
	ld8 r19=[r40],r56
	ld8.nt1 r20=[r32],r57
	(p26) ld8.nta r21=[r33],r58

// ld1
	ld1.s r22=[r34],r59
	ld1.s.nt1 r23=[r35],r60
	(p29) ld1.s.nta r24=[r36],r41

// ld2
	ld2.s r25=[r37],r42
	ld2.s.nt1 r26=[r38],r43
	(p32) ld2.s.nta r27=[r39],r44

// ld4
	ld4.s r28=[r40],r45
	ld4.s.nt1 r29=[r32],r46
	(p35) ld4.s.nta r30=[r33],r47

// ld8
	ld8.s r31=[r34],r48
	ld8.s.nt1 r8=[r35],r49
	(p38) ld8.s.nta r9=[r36],r50

// ld1
	ld1.a r10=[r37],r51
	ld1.a.nt1 r11=[r38],r52
	(p41) ld1.a.nta r12=[r39],r53

// ld2
	ld2.a r13=[r40],r54
	ld2.a.nt1 r14=[r32],r55
	(p44) ld2.a.nta r15=[r33],r56

// ld4
	ld4.a r16=[r34],r57
	ld4.a.nt1 r17=[r35],r58
	(p47) ld4.a.nta r18=[r36],r59

// ld8
	ld8.a r19=[r37],r60
	ld8.a.nt1 r20=[r38],r41
	(p50) ld8.a.nta r21=[r39],r42

// ld1
	ld1.sa r22=[r40],r43
	ld1.sa.nt1 r23=[r32],r44
	(p53) ld1.sa.nta r24=[r33],r45

// ld2
	ld2.sa r25=[r34],r46
	ld2.sa.nt1 r26=[r35],r47
	(p56) ld2.sa.nta r27=[r36],r48

// ld4
	ld4.sa r28=[r37],r49
	ld4.sa.nt1 r29=[r38],r50
	(p59) ld4.sa.nta r30=[r39],r51

// ld8
	ld8.sa r31=[r40],r52
	ld8.sa.nt1 r8=[r32],r53
	(p62) ld8.sa.nta r9=[r33],r54

// ld1
	ld1.bias r10=[r34],r55
	ld1.bias.nt1 r11=[r35],r56
	(p3) ld1.bias.nta r12=[r36],r57

// ld2
	ld2.bias r13=[r37],r58
	ld2.bias.nt1 r14=[r38],r59
	(p6) ld2.bias.nta r15=[r39],r60

// ld4
	ld4.bias r16=[r40],r41
	ld4.bias.nt1 r17=[r32],r42
	(p9) ld4.bias.nta r18=[r33],r43

// ld8
	ld8.bias r19=[r34],r44
	ld8.bias.nt1 r20=[r35],r45
	(p12) ld8.bias.nta r21=[r36],r46

// ld1
	ld1.acq r22=[r37],r47
	ld1.acq.nt1 r23=[r38],r48
	(p15) ld1.acq.nta r24=[r39],r49

// ld2
	ld2.acq r25=[r40],r50
	ld2.acq.nt1 r26=[r32],r51
	(p18) ld2.acq.nta r27=[r33],r52

// ld4
	ld4.acq r28=[r34],r53
	ld4.acq.nt1 r29=[r35],r54
	(p21) ld4.acq.nta r30=[r36],r55

// ld8
	ld8.acq r31=[r37],r56
	ld8.acq.nt1 r8=[r38],r57
	(p24) ld8.acq.nta r9=[r39],r58
	ld8.fill r10=[r40],r59
	ld8.fill.nt1 r11=[r32],r60
	(p27) ld8.fill.nta r12=[r33],r41

// ld1
	ld1.c.clr r13=[r34],r42
	ld1.c.clr.nt1 r14=[r35],r43
	(p30) ld1.c.clr.nta r15=[r36],r44

// ld2
	ld2.c.clr r16=[r37],r45
	ld2.c.clr.nt1 r17=[r38],r46
	(p33) ld2.c.clr.nta r18=[r39],r47

// ld4
	ld4.c.clr r19=[r40],r48
	ld4.c.clr.nt1 r20=[r32],r49
	(p36) ld4.c.clr.nta r21=[r33],r50

// ld8
	ld8.c.clr r22=[r34],r51
	ld8.c.clr.nt1 r23=[r35],r52
	(p39) ld8.c.clr.nta r24=[r36],r53

// ld1
	ld1.c.nc r25=[r37],r54
	ld1.c.nc.nt1 r26=[r38],r55
	(p42) ld1.c.nc.nta r27=[r39],r56

// ld2
	ld2.c.nc r28=[r40],r57
	ld2.c.nc.nt1 r29=[r32],r58
	(p45) ld2.c.nc.nta r30=[r33],r59

// ld4
	ld4.c.nc r31=[r34],r60
	ld4.c.nc.nt1 r8=[r35],r41
	(p48) ld4.c.nc.nta r9=[r36],r42

// ld8
	ld8.c.nc r10=[r37],r43
	ld8.c.nc.nt1 r11=[r38],r44
	(p51) ld8.c.nc.nta r12=[r39],r45

// ld1
	ld1.c.clr.acq r13=[r40],r46
	ld1.c.clr.acq.nt1 r14=[r32],r47
	(p54) ld1.c.clr.acq.nta r15=[r33],r48

// ld2
	ld2.c.clr.acq r16=[r34],r49
	ld2.c.clr.acq.nt1 r17=[r35],r50
	(p57) ld2.c.clr.acq.nta r18=[r36],r51

// ld4
	ld4.c.clr.acq r19=[r37],r52
	ld4.c.clr.acq.nt1 r20=[r38],r53
	(p60) ld4.c.clr.acq.nta r21=[r39],r54

// ld8
	ld8.c.clr.acq r22=[r40],r55
	ld8.c.clr.acq.nt1 r23=[r32],r56
	(p1) ld8.c.clr.acq.nta r24=[r33],r57

// st1
	st1 [r34]=r58
	st1.d1 [r35]=r59
	(p4) st1.d2 [r36]=r60
	st1.nta [r37]=r41
	st1.d4 [r38]=r42
	(p7) st1.d5 [r39]=r43
	st1.d6 [r40]=r44
	st1.d7 [r32]=r45

// st2
	(p10) st2 [r33]=r46
	st2.d1 [r34]=r47
	st2.d2 [r35]=r48
	(p13) st2.nta [r36]=r49
	st2.d4 [r37]=r50
	st2.d5 [r38]=r51
	(p16) st2.d6 [r39]=r52
	st2.d7 [r40]=r53

// st4
	st4 [r32]=r54
	(p19) st4.d1 [r33]=r55
	st4.d2 [r34]=r56
	st4.nta [r35]=r57
	(p22) st4.d4 [r36]=r58
	st4.d5 [r37]=r59
	st4.d6 [r38]=r60
	(p25) st4.d7 [r39]=r41

// st8
	st8 [r40]=r42
	st8.d1 [r32]=r43
	(p28) st8.d2 [r33]=r44
	st8.nta [r34]=r45
	st8.d4 [r35]=r46
	(p31) st8.d5 [r36]=r47
	st8.d6 [r37]=r48
	st8.d7 [r38]=r49

// st1
	(p34) st1.rel [r39]=r50
	st1.rel.d1 [r40]=r51
	st1.rel.d2 [r32]=r52
	(p37) st1.rel.nta [r33]=r53
	st1.rel.d4 [r34]=r54
	st1.rel.d5 [r35]=r55
	(p40) st1.rel.d6 [r36]=r56
	st1.rel.d7 [r37]=r57

// st2
	st2.rel [r38]=r58
	(p43) st2.rel.d1 [r39]=r59
	st2.rel.d2 [r40]=r60
	st2.rel.nta [r32]=r41
	(p46) st2.rel.d4 [r33]=r42
	st2.rel.d5 [r34]=r43
	st2.rel.d6 [r35]=r44
	(p49) st2.rel.d7 [r36]=r45

// st4
	st4.rel [r37]=r46
	st4.rel.d1 [r38]=r47
	(p52) st4.rel.d2 [r39]=r48
	st4.rel.nta [r40]=r49
	st4.rel.d4 [r32]=r50
	(p55) st4.rel.d5 [r33]=r51
	st4.rel.d6 [r34]=r52
	st4.rel.d7 [r35]=r53

// st8
	(p58) st8.rel [r36]=r54
	st8.rel.d1 [r37]=r55
	st8.rel.d2 [r38]=r56
	(p61) st8.rel.nta [r39]=r57
	st8.rel.d4 [r40]=r58
	st8.rel.d5 [r32]=r59
	(p2) st8.rel.d6 [r33]=r60
	st8.rel.d7 [r34]=r41
	st8.spill [r35]=r42
	(p5) st8.spill.d1 [r36]=r43
	st8.spill.d2 [r37]=r44
	st8.spill.nta [r38]=r45
	(p8) st8.spill.d4 [r39]=r46
	st8.spill.d5 [r40]=r47
	st8.spill.d6 [r32]=r48
	(p11) st8.spill.d7 [r33]=r49

// st16
	st16 [r34]=r50,ar.csd
	st16.d1 [r35]=r51,ar.csd
	(p14) st16.d2 [r36]=r52,ar.csd
	st16.nta [r37]=r53,ar.csd
	st16.d4 [r38]=r54,ar.csd
	(p17) st16.d5 [r39]=r55,ar.csd
	st16.d6 [r40]=r56,ar.csd
	st16.d7 [r32]=r57,ar.csd
	(p20) st16.rel [r33]=r58,ar.csd
	st16.rel.d1 [r34]=r59,ar.csd
	st16.rel.d2 [r35]=r60,ar.csd
	(p23) st16.rel.nta [r36]=r41,ar.csd
	st16.rel.d4 [r37]=r42,ar.csd
	st16.rel.d5 [r38]=r43,ar.csd
	(p26) st16.rel.d6 [r39]=r44,ar.csd
	st16.rel.d7 [r40]=r45,ar.csd

// cmpxchg1
	cmpxchg1.acq r17=[r32],r46,ar.ccv
	(p29) cmpxchg1.acq.nt1 r18=[r33],r47,ar.ccv
	cmpxchg1.acq.nta r19=[r34],r48,ar.ccv

// cmpxchg2
	cmpxchg2.acq r20=[r35],r49,ar.ccv
	(p32) cmpxchg2.acq.nt1 r21=[r36],r50,ar.ccv
	cmpxchg2.acq.nta r22=[r37],r51,ar.ccv

// cmpxchg4
	cmpxchg4.acq r23=[r38],r52,ar.ccv
	(p35) cmpxchg4.acq.nt1 r24=[r39],r53,ar.ccv
	cmpxchg4.acq.nta r25=[r40],r54,ar.ccv

// cmpxchg8
	cmpxchg8.acq r26=[r32],r55,ar.ccv
	(p38) cmpxchg8.acq.nt1 r27=[r33],r56,ar.ccv
	cmpxchg8.acq.nta r28=[r34],r57,ar.ccv

// cmp8xchg16
	cmp8xchg16.acq r29=[r35],r58,ar.csd,ar.ccv
	(p41) cmp8xchg16.acq.nt1 r30=[r36],r59,ar.csd,ar.ccv
	cmp8xchg16.acq.nta r31=[r37],r60,ar.csd,ar.ccv

// cmpxchg1
	cmpxchg1.rel r8=[r38],r41,ar.ccv
	(p44) cmpxchg1.rel.nt1 r9=[r39],r42,ar.ccv
	cmpxchg1.rel.nta r10=[r40],r43,ar.ccv

// cmpxchg2
	cmpxchg2.rel r11=[r32],r44,ar.ccv
	(p47) cmpxchg2.rel.nt1 r12=[r33],r45,ar.ccv
	cmpxchg2.rel.nta r13=[r34],r46,ar.ccv

// cmpxchg4
	cmpxchg4.rel r14=[r35],r47,ar.ccv
	(p50) cmpxchg4.rel.nt1 r15=[r36],r48,ar.ccv
	cmpxchg4.rel.nta r16=[r37],r49,ar.ccv

// cmpxchg8
	cmpxchg8.rel r17=[r38],r50,ar.ccv
	(p53) cmpxchg8.rel.nt1 r18=[r39],r51,ar.ccv
	cmpxchg8.rel.nta r19=[r40],r52,ar.ccv

// cmp8xchg16
	cmp8xchg16.rel r20=[r32],r53,ar.csd,ar.ccv
	(p56) cmp8xchg16.rel.nt1 r21=[r33],r54,ar.csd,ar.ccv
	cmp8xchg16.rel.nta r22=[r34],r55,ar.csd,ar.ccv

// xchg1
	xchg1 r23=[r35],r56
	(p59) xchg1.nt1 r24=[r36],r57
	xchg1.nta r25=[r37],r58

// xchg2
	xchg2 r26=[r38],r59
	(p62) xchg2.nt1 r27=[r39],r60
	xchg2.nta r28=[r40],r41

// xchg4
	xchg4 r29=[r32],r42
	(p3) xchg4.nt1 r30=[r33],r43
	xchg4.nta r31=[r34],r44

// xchg8
	xchg8 r8=[r35],r45
	(p6) xchg8.nt1 r9=[r36],r46
	xchg8.nta r10=[r37],r47

// fetchadd4
	fetchadd4.acq r11=[r38],16
	(p9) fetchadd4.acq.nt1 r12=[r39],-4
	fetchadd4.acq.nta r13=[r40],1

// fetchadd8
	fetchadd8.acq r14=[r32],8
	(p12) fetchadd8.acq.nt1 r15=[r33],-1
	fetchadd8.acq.nta r16=[r34],16

// fetchadd4
	fetchadd4.rel r17=[r35],-4
	(p15) fetchadd4.rel.nt1 r18=[r36],1
	fetchadd4.rel.nta r19=[r37],8

// fetchadd8
	fetchadd8.rel r20=[r38],-1
	(p18) fetchadd8.rel.nt1 r21=[r39],16
	fetchadd8.rel.nta r22=[r40],-4

// getf
	getf.sig r23=f41
	(p21) getf.exp r24=f32
	getf.s r25=f33
	getf.d r26=f34

// ld1
	(p24) ld1 r27=[r36],-8
	ld1.nt1 r28=[r37],16
	ld1.nta r29=[r38],-256

// ld2
	(p27) ld2 r30=[r39],255
	ld2.nt1 r31=[r40],-8
	ld2.nta r8=[r32],16

// ld4
	(p30) ld4 r9=[r33],-256
	ld4.nt1 r10=[r34],255
	ld4.nta r11=[r35],-8

// ld8
	(p33) ld8 r12=[r36],16
	ld8.nt1 r13=[r37],-256
	ld8.nta r14=[r38],255

// ld1
	(p36) ld1.s r15=[r39],-8
	ld1.s.nt1 r16=[r40],16
	ld1.s.nta r17=[r32],-256

// ld2
	(p39) ld2.s r18=[r33],255
	ld2.s.nt1 r19=[r34],-8
	ld2.s.nta r20=[r35],16

// ld4
	(p42) ld4.s r21=[r36],-256
	ld4.s.nt1 r22=[r37],255
	ld4.s.nta r23=[r38],-8

// ld8
	(p45) ld8.s r24=[r39],16
	ld8.s.nt1 r25=[r40],-256
	ld8.s.nta r26=[r32],255

// ld1
	(p48) ld1.a r27=[r33],-8
	ld1.a.nt1 r28=[r34],16
	ld1.a.nta r29=[r35],-256

// ld2
	(p51) ld2.a r30=[r36],255
	ld2.a.nt1 r31=[r37],-8
	ld2.a.nta r8=[r38],16

// ld4
	(p54) ld4.a r9=[r39],-256
	ld4.a.nt1 r10=[r40],255
	ld4.a.nta r11=[r32],-8

// ld8
	(p57) ld8.a r12=[r33],16
	ld8.a.nt1 r13=[r34],-256
	ld8.a.nta r14=[r35],255

// ld1
	(p60) ld1.sa r15=[r36],-8
	ld1.sa.nt1 r16=[r37],16
	ld1.sa.nta r17=[r38],-256

// ld2
	(p1) ld2.sa r18=[r39],255
	ld2.sa.nt1 r19=[r40],-8
	ld2.sa.nta r20=[r32],16

// ld4
	(p4) ld4.sa r21=[r33],-256
	ld4.sa.nt1 r22=[r34],255
	ld4.sa.nta r23=[r35],-8

// ld8
	(p7) ld8.sa r24=[r36],16
	ld8.sa.nt1 r25=[r37],-256
	ld8.sa.nta r26=[r38],255

// ld1
	(p10) ld1.bias r27=[r39],-8
	ld1.bias.nt1 r28=[r40],16
	ld1.bias.nta r29=[r32],-256

// ld2
	(p13) ld2.bias r30=[r33],255
	ld2.bias.nt1 r31=[r34],-8
	ld2.bias.nta r8=[r35],16

// ld4
	(p16) ld4.bias r9=[r36],-256
	ld4.bias.nt1 r10=[r37],255
	ld4.bias.nta r11=[r38],-8

// ld8
	(p19) ld8.bias r12=[r39],16
	ld8.bias.nt1 r13=[r40],-256
	ld8.bias.nta r14=[r32],255

// ld1
	(p22) ld1.acq r15=[r33],-8
	ld1.acq.nt1 r16=[r34],16
	ld1.acq.nta r17=[r35],-256

// ld2
	(p25) ld2.acq r18=[r36],255
	ld2.acq.nt1 r19=[r37],-8
	ld2.acq.nta r20=[r38],16

// ld4
	(p28) ld4.acq r21=[r39],-256
	ld4.acq.nt1 r22=[r40],255
	ld4.acq.nta r23=[r32],-8

// ld8
	(p31) ld8.acq r24=[r33],16
	ld8.acq.nt1 r25=[r34],-256
	ld8.acq.nta r26=[r35],255
	(p34) ld8.fill r27=[r36],-8
	ld8.fill.nt1 r28=[r37],16
	ld8.fill.nta r29=[r38],-256

// ld1
	(p37) ld1.c.clr r30=[r39],255
	ld1.c.clr.nt1 r31=[r40],-8
	ld1.c.clr.nta r8=[r32],16

// ld2
	(p40) ld2.c.clr r9=[r33],-256
	ld2.c.clr.nt1 r10=[r34],255
	ld2.c.clr.nta r11=[r35],-8

// ld4
	(p43) ld4.c.clr r12=[r36],16
	ld4.c.clr.nt1 r13=[r37],-256
	ld4.c.clr.nta r14=[r38],255

// ld8
	(p46) ld8.c.clr r15=[r39],-8
	ld8.c.clr.nt1 r16=[r40],16
	ld8.c.clr.nta r17=[r32],-256

// ld1
	(p49) ld1.c.nc r18=[r33],255
	ld1.c.nc.nt1 r19=[r34],-8
	ld1.c.nc.nta r20=[r35],16

// ld2
	(p52) ld2.c.nc r21=[r36],-256
	ld2.c.nc.nt1 r22=[r37],255
	ld2.c.nc.nta r23=[r38],-8

// ld4
	(p55) ld4.c.nc r24=[r39],16
	ld4.c.nc.nt1 r25=[r40],-256
	ld4.c.nc.nta r26=[r32],255

// ld8
	(p58) ld8.c.nc r27=[r33],-8
	ld8.c.nc.nt1 r28=[r34],16
	ld8.c.nc.nta r29=[r35],-256

// ld1
	(p61) ld1.c.clr.acq r30=[r36],255
	ld1.c.clr.acq.nt1 r31=[r37],-8
	ld1.c.clr.acq.nta r8=[r38],16

// ld2
	(p2) ld2.c.clr.acq r9=[r39],-256
	ld2.c.clr.acq.nt1 r10=[r40],255
	ld2.c.clr.acq.nta r11=[r32],-8

// ld4
	(p5) ld4.c.clr.acq r12=[r33],16
	ld4.c.clr.acq.nt1 r13=[r34],-256
	ld4.c.clr.acq.nta r14=[r35],255

// ld8
	(p8) ld8.c.clr.acq r15=[r36],-8
	ld8.c.clr.acq.nt1 r16=[r37],16
	ld8.c.clr.acq.nta r17=[r38],-256

// st1
	(p11) st1 [r39]=r55,-256
	st1.nta [r40]=r56,8

// st2
	st2 [r32]=r57,-16
	(p14) st2.nta [r33]=r58,255

// st4
	st4 [r34]=r59,-256
	st4.nta [r35]=r60,8

// st8
	(p17) st8 [r36]=r41,-16
	st8.nta [r37]=r42,255

// st1
	st1.rel [r38]=r43,-256
	(p20) st1.rel.nta [r39]=r44,8

// st2
	st2.rel [r40]=r45,-16
	st2.rel.nta [r32]=r46,255

// st4
	(p23) st4.rel [r33]=r47,-256
	st4.rel.nta [r34]=r48,8

// st8
	st8.rel [r35]=r49,-16
	(p26) st8.rel.nta [r36]=r50,255
	st8.spill [r37]=r51,-256
	st8.spill.nta [r38]=r52,8

// ldfs
	(p29) ldfs f18=[r39]
	ldfs.nt1 f19=[r40]
	ldfs.d2 f20=[r32]
	(p32) ldfs.nta f21=[r33]
	ldfs.d4 f22=[r34]
	ldfs.d5 f23=[r35]
	(p35) ldfs.d6 f24=[r36]
	ldfs.d7 f25=[r37]

// ldfd
	ldfd f6=[r38]
	(p38) ldfd.nt1 f7=[r39]
	ldfd.d2 f8=[r40]
	ldfd.nta f9=[r32]
	(p41) ldfd.d4 f10=[r33]
	ldfd.d5 f11=[r34]
	ldfd.d6 f12=[r35]
	(p44) ldfd.d7 f13=[r36]

// ldf8
	ldf8 f14=[r37]
	ldf8.nt1 f15=[r38]
	(p47) ldf8.d2 f16=[r39]
	ldf8.nta f17=[r40]
	ldf8.d4 f18=[r32]
	(p50) ldf8.d5 f19=[r33]
	ldf8.d6 f20=[r34]
	ldf8.d7 f21=[r35]

// ldfe
	(p53) ldfe f22=[r36]
	ldfe.nt1 f23=[r37]
	ldfe.d2 f24=[r38]
	(p56) ldfe.nta f25=[r39]
	ldfe.d4 f6=[r40]
	ldfe.d5 f7=[r32]
	(p59) ldfe.d6 f8=[r33]
	ldfe.d7 f9=[r34]

// ldfs
	ldfs.s f10=[r35]
	(p62) ldfs.s.nt1 f11=[r36]
	ldfs.s.d2 f12=[r37]
	ldfs.s.nta f13=[r38]
	(p3) ldfs.s.d4 f14=[r39]
	ldfs.s.d5 f15=[r40]
	ldfs.s.d6 f16=[r32]
	(p6) ldfs.s.d7 f17=[r33]

// ldfd
	ldfd.s f18=[r34]
	ldfd.s.nt1 f19=[r35]
	(p9) ldfd.s.d2 f20=[r36]
	ldfd.s.nta f21=[r37]
	ldfd.s.d4 f22=[r38]
	(p12) ldfd.s.d5 f23=[r39]
	ldfd.s.d6 f24=[r40]
	ldfd.s.d7 f25=[r32]

// ldf8
	(p15) ldf8.s f6=[r33]
	ldf8.s.nt1 f7=[r34]
	ldf8.s.d2 f8=[r35]
	(p18) ldf8.s.nta f9=[r36]
	ldf8.s.d4 f10=[r37]
	ldf8.s.d5 f11=[r38]
	(p21) ldf8.s.d6 f12=[r39]
	ldf8.s.d7 f13=[r40]

// ldfe
	ldfe.s f14=[r32]
	(p24) ldfe.s.nt1 f15=[r33]
	ldfe.s.d2 f16=[r34]
	ldfe.s.nta f17=[r35]
	(p27) ldfe.s.d4 f18=[r36]
	ldfe.s.d5 f19=[r37]
	ldfe.s.d6 f20=[r38]
	(p30) ldfe.s.d7 f21=[r39]

// ldfs
	ldfs.a f22=[r40]
	ldfs.a.nt1 f23=[r32]
	(p33) ldfs.a.d2 f24=[r33]
	ldfs.a.nta f25=[r34]
	ldfs.a.d4 f6=[r35]
	(p36) ldfs.a.d5 f7=[r36]
	ldfs.a.d6 f8=[r37]
	ldfs.a.d7 f9=[r38]

// ldfd
	(p39) ldfd.a f10=[r39]
	ldfd.a.nt1 f11=[r40]
	ldfd.a.d2 f12=[r32]
	(p42) ldfd.a.nta f13=[r33]
	ldfd.a.d4 f14=[r34]
	ldfd.a.d5 f15=[r35]
	(p45) ldfd.a.d6 f16=[r36]
	ldfd.a.d7 f17=[r37]

// ldf8
	ldf8.a f18=[r38]
	(p48) ldf8.a.nt1 f19=[r39]
	ldf8.a.d2 f20=[r40]
	ldf8.a.nta f21=[r32]
	(p51) ldf8.a.d4 f22=[r33]
	ldf8.a.d5 f23=[r34]
	ldf8.a.d6 f24=[r35]
	(p54) ldf8.a.d7 f25=[r36]

// ldfe
	ldfe.a f6=[r37]
	ldfe.a.nt1 f7=[r38]
	(p57) ldfe.a.d2 f8=[r39]
	ldfe.a.nta f9=[r40]
	ldfe.a.d4 f10=[r32]
	(p60) ldfe.a.d5 f11=[r33]
	ldfe.a.d6 f12=[r34]
	ldfe.a.d7 f13=[r35]

// ldfs
	(p1) ldfs.sa f14=[r36]
	ldfs.sa.nt1 f15=[r37]
	ldfs.sa.d2 f16=[r38]
	(p4) ldfs.sa.nta f17=[r39]
	ldfs.sa.d4 f18=[r40]
	ldfs.sa.d5 f19=[r32]
	(p7) ldfs.sa.d6 f20=[r33]
	ldfs.sa.d7 f21=[r34]

// ldfd
	ldfd.sa f22=[r35]
	(p10) ldfd.sa.nt1 f23=[r36]
	ldfd.sa.d2 f24=[r37]
	ldfd.sa.nta f25=[r38]
	(p13) ldfd.sa.d4 f6=[r39]
	ldfd.sa.d5 f7=[r40]
	ldfd.sa.d6 f8=[r32]
	(p16) ldfd.sa.d7 f9=[r33]

// ldf8
	ldf8.sa f10=[r34]
	ldf8.sa.nt1 f11=[r35]
	(p19) ldf8.sa.d2 f12=[r36]
	ldf8.sa.nta f13=[r37]
	ldf8.sa.d4 f14=[r38]
	(p22) ldf8.sa.d5 f15=[r39]
	ldf8.sa.d6 f16=[r40]
	ldf8.sa.d7 f17=[r32]

// ldfe
	(p25) ldfe.sa f18=[r33]
	ldfe.sa.nt1 f19=[r34]
	ldfe.sa.d2 f20=[r35]
	(p28) ldfe.sa.nta f21=[r36]
	ldfe.sa.d4 f22=[r37]
	ldfe.sa.d5 f23=[r38]
	(p31) ldfe.sa.d6 f24=[r39]
	ldfe.sa.d7 f25=[r40]

// ldf
	ldf.fill f6=[r32]
	(p34) ldf.fill.nt1 f7=[r33]
	ldf.fill.d2 f8=[r34]
	ldf.fill.nta f9=[r35]
	(p37) ldf.fill.d4 f10=[r36]
	ldf.fill.d5 f11=[r37]
	ldf.fill.d6 f12=[r38]
	(p40) ldf.fill.d7 f13=[r39]

// ldfs
	ldfs.c.clr f14=[r40]
	ldfs.c.clr.nt1 f15=[r32]
	(p43) ldfs.c.clr.d2 f16=[r33]
	ldfs.c.clr.nta f17=[r34]
	ldfs.c.clr.d4 f18=[r35]
	(p46) ldfs.c.clr.d5 f19=[r36]
	ldfs.c.clr.d6 f20=[r37]
	ldfs.c.clr.d7 f21=[r38]

// ldfd
	(p49) ldfd.c.clr f22=[r39]
	ldfd.c.clr.nt1 f23=[r40]
	ldfd.c.clr.d2 f24=[r32]
	(p52) ldfd.c.clr.nta f25=[r33]
	ldfd.c.clr.d4 f6=[r34]
	ldfd.c.clr.d5 f7=[r35]
	(p55) ldfd.c.clr.d6 f8=[r36]
	ldfd.c.clr.d7 f9=[r37]

// ldf8
	ldf8.c.clr f10=[r38]
	(p58) ldf8.c.clr.nt1 f11=[r39]
	ldf8.c.clr.d2 f12=[r40]
	ldf8.c.clr.nta f13=[r32]
	(p61) ldf8.c.clr.d4 f14=[r33]
	ldf8.c.clr.d5 f15=[r34]
	ldf8.c.clr.d6 f16=[r35]
	(p2) ldf8.c.clr.d7 f17=[r36]

// ldfe
	ldfe.c.clr f18=[r37]
	ldfe.c.clr.nt1 f19=[r38]
	(p5) ldfe.c.clr.d2 f20=[r39]
	ldfe.c.clr.nta f21=[r40]
	ldfe.c.clr.d4 f22=[r32]
	(p8) ldfe.c.clr.d5 f23=[r33]
	ldfe.c.clr.d6 f24=[r34]
	ldfe.c.clr.d7 f25=[r35]

// ldfs
	(p11) ldfs.c.nc f6=[r36]
	ldfs.c.nc.nt1 f7=[r37]
	ldfs.c.nc.d2 f8=[r38]
	(p14) ldfs.c.nc.nta f9=[r39]
	ldfs.c.nc.d4 f10=[r40]
	ldfs.c.nc.d5 f11=[r32]
	(p17) ldfs.c.nc.d6 f12=[r33]
	ldfs.c.nc.d7 f13=[r34]

// ldfd
	ldfd.c.nc f14=[r35]
	(p20) ldfd.c.nc.nt1 f15=[r36]
	ldfd.c.nc.d2 f16=[r37]
	ldfd.c.nc.nta f17=[r38]
	(p23) ldfd.c.nc.d4 f18=[r39]
	ldfd.c.nc.d5 f19=[r40]
	ldfd.c.nc.d6 f20=[r32]
	(p26) ldfd.c.nc.d7 f21=[r33]

// ldf8
	ldf8.c.nc f22=[r34]
	ldf8.c.nc.nt1 f23=[r35]
	(p29) ldf8.c.nc.d2 f24=[r36]
	ldf8.c.nc.nta f25=[r37]
	ldf8.c.nc.d4 f6=[r38]
	(p32) ldf8.c.nc.d5 f7=[r39]
	ldf8.c.nc.d6 f8=[r40]
	ldf8.c.nc.d7 f9=[r32]

// ldfe
	(p35) ldfe.c.nc f10=[r33]
	ldfe.c.nc.nt1 f11=[r34]
	ldfe.c.nc.d2 f12=[r35]
	(p38) ldfe.c.nc.nta f13=[r36]
	ldfe.c.nc.d4 f14=[r37]
	ldfe.c.nc.d5 f15=[r38]
	(p41) ldfe.c.nc.d6 f16=[r39]
	ldfe.c.nc.d7 f17=[r40]

// ldfs
	ldfs f18=[r32],r53
	(p44) ldfs.nt1 f19=[r33],r54
	ldfs.nta f20=[r34],r55

// ldfd
	ldfd f21=[r35],r56
	(p47) ldfd.nt1 f22=[r36],r57
	ldfd.nta f23=[r37],r58

// ldf8
	ldf8 f24=[r38],r59
	(p50) ldf8.nt1 f25=[r39],r60
	ldf8.nta f6=[r40],r41

// ldfe
	ldfe f7=[r32],r42
	(p53) ldfe.nt1 f8=[r33],r43
	ldfe.nta f9=[r34],r44

// ldfs
	ldfs.s f10=[r35],r45
	(p56) ldfs.s.nt1 f11=[r36],r46
	ldfs.s.nta f12=[r37],r47

// ldfd
	ldfd.s f13=[r38],r48
	(p59) ldfd.s.nt1 f14=[r39],r49
	ldfd.s.nta f15=[r40],r50

// ldf8
	ldf8.s f16=[r32],r51
	(p62) ldf8.s.nt1 f17=[r33],r52
	ldf8.s.nta f18=[r34],r53

// ldfe
	ldfe.s f19=[r35],r54
	(p3) ldfe.s.nt1 f20=[r36],r55
	ldfe.s.nta f21=[r37],r56

// ldfs
	ldfs.a f22=[r38],r57
	(p6) ldfs.a.nt1 f23=[r39],r58
	ldfs.a.nta f24=[r40],r59

// ldfd
	ldfd.a f25=[r32],r60
	(p9) ldfd.a.nt1 f6=[r33],r41
	ldfd.a.nta f7=[r34],r42

// ldf8
	ldf8.a f8=[r35],r43
	(p12) ldf8.a.nt1 f9=[r36],r44
	ldf8.a.nta f10=[r37],r45

// ldfe
	ldfe.a f11=[r38],r46
	(p15) ldfe.a.nt1 f12=[r39],r47
	ldfe.a.nta f13=[r40],r48

// ldfs
	ldfs.sa f14=[r32],r49
	(p18) ldfs.sa.nt1 f15=[r33],r50
	ldfs.sa.nta f16=[r34],r51

// ldfd
	ldfd.sa f17=[r35],r52
	(p21) ldfd.sa.nt1 f18=[r36],r53
	ldfd.sa.nta f19=[r37],r54

// ldf8
	ldf8.sa f20=[r38],r55
	(p24) ldf8.sa.nt1 f21=[r39],r56
	ldf8.sa.nta f22=[r40],r57

// ldfe
	ldfe.sa f23=[r32],r58
	(p27) ldfe.sa.nt1 f24=[r33],r59
	ldfe.sa.nta f25=[r34],r60

// ldf
	ldf.fill f6=[r35],r41
	(p30) ldf.fill.nt1 f7=[r36],r42
	ldf.fill.nta f8=[r37],r43

// ldfs
	ldfs.c.clr f9=[r38],r44
	(p33) ldfs.c.clr.nt1 f10=[r39],r45
	ldfs.c.clr.nta f11=[r40],r46

// ldfd
	ldfd.c.clr f12=[r32],r47
	(p36) ldfd.c.clr.nt1 f13=[r33],r48
	ldfd.c.clr.nta f14=[r34],r49

// ldf8
	ldf8.c.clr f15=[r35],r50
	(p39) ldf8.c.clr.nt1 f16=[r36],r51
	ldf8.c.clr.nta f17=[r37],r52

// ldfe
	ldfe.c.clr f18=[r38],r53
	(p42) ldfe.c.clr.nt1 f19=[r39],r54
	ldfe.c.clr.nta f20=[r40],r55

// ldfs
	ldfs.c.nc f21=[r32],r56
	(p45) ldfs.c.nc.nt1 f22=[r33],r57
	ldfs.c.nc.nta f23=[r34],r58

// ldfd
	ldfd.c.nc f24=[r35],r59
	(p48) ldfd.c.nc.nt1 f25=[r36],r60
	ldfd.c.nc.nta f6=[r37],r41

// ldf8
	ldf8.c.nc f7=[r38],r42
	(p51) ldf8.c.nc.nt1 f8=[r39],r43
	ldf8.c.nc.nta f9=[r40],r44

// ldfe
	ldfe.c.nc f10=[r32],r45
	(p54) ldfe.c.nc.nt1 f11=[r33],r46
	ldfe.c.nc.nta f12=[r34],r47

// stfs
	stfs [r35]=f39
	(p57) stfs.d1 [r36]=f40
	stfs.d2 [r37]=f41
	stfs.nta [r38]=f32
	(p60) stfs.d4 [r39]=f33
	stfs.d5 [r40]=f34
	stfs.d6 [r32]=f35
	(p1) stfs.d7 [r33]=f36

// stfd
	stfd [r34]=f37
	stfd.d1 [r35]=f38
	(p4) stfd.d2 [r36]=f39
	stfd.nta [r37]=f40
	stfd.d4 [r38]=f41
	(p7) stfd.d5 [r39]=f32
	stfd.d6 [r40]=f33
	stfd.d7 [r32]=f34

// stf8
	(p10) stf8 [r33]=f35
	stf8.d1 [r34]=f36
	stf8.d2 [r35]=f37
	(p13) stf8.nta [r36]=f38
	stf8.d4 [r37]=f39
	stf8.d5 [r38]=f40
	(p16) stf8.d6 [r39]=f41
	stf8.d7 [r40]=f32

// stfe
	stfe [r32]=f33
	(p19) stfe.d1 [r33]=f34
	stfe.d2 [r34]=f35
	stfe.nta [r35]=f36
	(p22) stfe.d4 [r36]=f37
	stfe.d5 [r37]=f38
	stfe.d6 [r38]=f39
	(p25) stfe.d7 [r39]=f40

// stf
	stf.spill [r40]=f41
	stf.spill.d1 [r32]=f32
	(p28) stf.spill.d2 [r33]=f33
	stf.spill.nta [r34]=f34
	stf.spill.d4 [r35]=f35
	(p31) stf.spill.d5 [r36]=f36
	stf.spill.d6 [r37]=f37
	stf.spill.d7 [r38]=f38

// ldfps
	(p34) ldfps f6,f7=[r39]
	ldfps.nt1 f6,f7=[r40]
	ldfps.nta f6,f7=[r32]

// ldfpd
	(p37) ldfpd f6,f7=[r33]
	ldfpd.nt1 f6,f7=[r34]
	ldfpd.nta f6,f7=[r35]

// ldfp8
	(p40) ldfp8 f6,f7=[r36]
	ldfp8.nt1 f6,f7=[r37]
	ldfp8.nta f6,f7=[r38]

// ldfps
	(p43) ldfps.s f6,f7=[r39]
	ldfps.s.nt1 f6,f7=[r40]
	ldfps.s.nta f6,f7=[r32]

// ldfpd
	(p46) ldfpd.s f6,f7=[r33]
	ldfpd.s.nt1 f6,f7=[r34]
	ldfpd.s.nta f6,f7=[r35]

// ldfp8
	(p49) ldfp8.s f6,f7=[r36]
	ldfp8.s.nt1 f6,f7=[r37]
	ldfp8.s.nta f6,f7=[r38]

// ldfps
	(p52) ldfps.a f6,f7=[r39]
	ldfps.a.nt1 f6,f7=[r40]
	ldfps.a.nta f6,f7=[r32]

// ldfpd
	(p55) ldfpd.a f6,f7=[r33]
	ldfpd.a.nt1 f6,f7=[r34]
	ldfpd.a.nta f6,f7=[r35]

// ldfp8
	(p58) ldfp8.a f6,f7=[r36]
	ldfp8.a.nt1 f6,f7=[r37]
	ldfp8.a.nta f6,f7=[r38]

// ldfps
	(p61) ldfps.sa f6,f7=[r39]
	ldfps.sa.nt1 f6,f7=[r40]
	ldfps.sa.nta f6,f7=[r32]

// ldfpd
	(p2) ldfpd.sa f6,f7=[r33]
	ldfpd.sa.nt1 f6,f7=[r34]
	ldfpd.sa.nta f6,f7=[r35]

// ldfp8
	(p5) ldfp8.sa f6,f7=[r36]
	ldfp8.sa.nt1 f6,f7=[r37]
	ldfp8.sa.nta f6,f7=[r38]

// ldfps
	(p8) ldfps.c.clr f6,f7=[r39]
	ldfps.c.clr.nt1 f6,f7=[r40]
	ldfps.c.clr.nta f6,f7=[r32]

// ldfpd
	(p11) ldfpd.c.clr f6,f7=[r33]
	ldfpd.c.clr.nt1 f6,f7=[r34]
	ldfpd.c.clr.nta f6,f7=[r35]

// ldfp8
	(p14) ldfp8.c.clr f6,f7=[r36]
	ldfp8.c.clr.nt1 f6,f7=[r37]
	ldfp8.c.clr.nta f6,f7=[r38]

// ldfps
	(p17) ldfps.c.nc f6,f7=[r39]
	ldfps.c.nc.nt1 f6,f7=[r40]
	ldfps.c.nc.nta f6,f7=[r32]

// ldfpd
	(p20) ldfpd.c.nc f6,f7=[r33]
	ldfpd.c.nc.nt1 f6,f7=[r34]
	ldfpd.c.nc.nta f6,f7=[r35]

// ldfp8
	(p23) ldfp8.c.nc f6,f7=[r36]
	ldfp8.c.nc.nt1 f6,f7=[r37]
	ldfp8.c.nc.nta f6,f7=[r38]

// ldfps
	(p26) ldfps f6,f7=[r39],8
	ldfps.nt1 f6,f7=[r40],8
	ldfps.nta f6,f7=[r32],8

// ldfpd
	(p29) ldfpd f6,f7=[r33],16
	ldfpd.nt1 f6,f7=[r34],16
	ldfpd.nta f6,f7=[r35],16

// ldfp8
	(p32) ldfp8 f6,f7=[r36],16
	ldfp8.nt1 f6,f7=[r37],16
	ldfp8.nta f6,f7=[r38],16

// ldfps
	(p35) ldfps.s f6,f7=[r39],8
	ldfps.s.nt1 f6,f7=[r40],8
	ldfps.s.nta f6,f7=[r32],8

// ldfpd
	(p38) ldfpd.s f6,f7=[r33],16
	ldfpd.s.nt1 f6,f7=[r34],16
	ldfpd.s.nta f6,f7=[r35],16

// ldfp8
	(p41) ldfp8.s f6,f7=[r36],16
	ldfp8.s.nt1 f6,f7=[r37],16
	ldfp8.s.nta f6,f7=[r38],16

// ldfps
	(p44) ldfps.a f6,f7=[r39],8
	ldfps.a.nt1 f6,f7=[r40],8
	ldfps.a.nta f6,f7=[r32],8

// ldfpd
	(p47) ldfpd.a f6,f7=[r33],16
	ldfpd.a.nt1 f6,f7=[r34],16
	ldfpd.a.nta f6,f7=[r35],16

// ldfp8
	(p50) ldfp8.a f6,f7=[r36],16
	ldfp8.a.nt1 f6,f7=[r37],16
	ldfp8.a.nta f6,f7=[r38],16

// ldfps
	(p53) ldfps.sa f6,f7=[r39],8
	ldfps.sa.nt1 f6,f7=[r40],8
	ldfps.sa.nta f6,f7=[r32],8

// ldfpd
	(p56) ldfpd.sa f6,f7=[r33],16
	ldfpd.sa.nt1 f6,f7=[r34],16
	ldfpd.sa.nta f6,f7=[r35],16

// ldfp8
	(p59) ldfp8.sa f6,f7=[r36],16
	ldfp8.sa.nt1 f6,f7=[r37],16
	ldfp8.sa.nta f6,f7=[r38],16

// ldfps
	(p62) ldfps.c.clr f6,f7=[r39],8
	ldfps.c.clr.nt1 f6,f7=[r40],8
	ldfps.c.clr.nta f6,f7=[r32],8

// ldfpd
	(p3) ldfpd.c.clr f6,f7=[r33],16
	ldfpd.c.clr.nt1 f6,f7=[r34],16
	ldfpd.c.clr.nta f6,f7=[r35],16

// ldfp8
	(p6) ldfp8.c.clr f6,f7=[r36],16
	ldfp8.c.clr.nt1 f6,f7=[r37],16
	ldfp8.c.clr.nta f6,f7=[r38],16

// ldfps
	(p9) ldfps.c.nc f6,f7=[r39],8
	ldfps.c.nc.nt1 f6,f7=[r40],8
	ldfps.c.nc.nta f6,f7=[r32],8

// ldfpd
	(p12) ldfpd.c.nc f6,f7=[r33],16
	ldfpd.c.nc.nt1 f6,f7=[r34],16
	ldfpd.c.nc.nta f6,f7=[r35],16

// ldfp8
	(p15) ldfp8.c.nc f6,f7=[r36],16
	ldfp8.c.nc.nt1 f6,f7=[r37],16
	ldfp8.c.nc.nta f6,f7=[r38],16

// lfetch
	(p18) lfetch [r39]
	lfetch.nt1 [r40]
	lfetch.nt2 [r32]
	(p21) lfetch.nta [r33]
	lfetch.d4 [r34]
	lfetch.d5 [r35]
	(p24) lfetch.d6 [r36]
	lfetch.d7 [r37]
	lfetch.excl [r38]
	(p27) lfetch.excl.nt1 [r39]
	lfetch.excl.nt2 [r40]
	lfetch.excl.nta [r32]
	(p30) lfetch.excl.d4 [r33]
	lfetch.excl.d5 [r34]
	lfetch.excl.d6 [r35]
	(p33) lfetch.excl.d7 [r36]
	lfetch.fault [r37]
	lfetch.fault.nt1 [r38]
	(p36) lfetch.fault.nt2 [r39]
	lfetch.fault.nta [r40]
	lfetch.fault.d4 [r32]
	(p39) lfetch.fault.d5 [r33]
	lfetch.fault.d6 [r34]
	lfetch.fault.d7 [r35]
	(p42) lfetch.fault.excl [r36]
	lfetch.fault.excl.nt1 [r37]
	lfetch.fault.excl.nt2 [r38]
	(p45) lfetch.fault.excl.nta [r39]
	lfetch.fault.excl.d4 [r40]
	lfetch.fault.excl.d5 [r32]
	(p48) lfetch.fault.excl.d6 [r33]
	lfetch.fault.excl.d7 [r34]
	lfetch.count [r35],4,128
	(p51) lfetch.count.nt1 [r36],1,-1024
	lfetch.count.nt2 [r37],64,64
	lfetch.count.nta [r38],4,128
	(p54) lfetch.count.d4 [r39],1,-1024
	lfetch.count.d5 [r40],64,64
	lfetch.count.d6 [r32],4,128
	(p57) lfetch.count.d7 [r33],1,-1024
	lfetch [r34],r56
	lfetch.nt1 [r35],r57
	(p60) lfetch.nt2 [r36],r58
	lfetch.nta [r37],r59
	lfetch.d4 [r38],r60
	(p1) lfetch.d5 [r39],r41
	lfetch.d6 [r40],r42
	lfetch.d7 [r32],r43
	(p4) lfetch.excl [r33],r44
	lfetch.excl.nt1 [r34],r45
	lfetch.excl.nt2 [r35],r46
	(p7) lfetch.excl.nta [r36],r47
	lfetch.excl.d4 [r37],r48
	lfetch.excl.d5 [r38],r49
	(p10) lfetch.excl.d6 [r39],r50
	lfetch.excl.d7 [r40],r51
	lfetch.fault [r32],r52
	(p13) lfetch.fault.nt1 [r33],r53
	lfetch.fault.nt2 [r34],r54
	lfetch.fault.nta [r35],r55
	(p16) lfetch.fault.d4 [r36],r56
	lfetch.fault.d5 [r37],r57
	lfetch.fault.d6 [r38],r58
	(p19) lfetch.fault.d7 [r39],r59
	lfetch.fault.excl [r40],r60
	lfetch.fault.excl.nt1 [r32],r41
	(p22) lfetch.fault.excl.nt2 [r33],r42
	lfetch.fault.excl.nta [r34],r43
	lfetch.fault.excl.d4 [r35],r44
	(p25) lfetch.fault.excl.d5 [r36],r45
	lfetch.fault.excl.d6 [r37],r46
	lfetch.fault.excl.d7 [r38],r47

// setf
	(p28) setf.sig f13=r48
	setf.exp f14=r49
	setf.s f15=r50
	(p31) setf.d f16=r51

// ldfs
	ldfs f17=[r34],-8
	ldfs.nt1 f18=[r35],16
	(p34) ldfs.nta f19=[r36],-256

// ldfd
	ldfd f20=[r37],255
	ldfd.nt1 f21=[r38],-8
	(p37) ldfd.nta f22=[r39],16

// ldf8
	ldf8 f23=[r40],-256
	ldf8.nt1 f24=[r32],255
	(p40) ldf8.nta f25=[r33],-8

// ldfe
	ldfe f6=[r34],16
	ldfe.nt1 f7=[r35],-256
	(p43) ldfe.nta f8=[r36],255

// ldfs
	ldfs.s f9=[r37],-8
	ldfs.s.nt1 f10=[r38],16
	(p46) ldfs.s.nta f11=[r39],-256

// ldfd
	ldfd.s f12=[r40],255
	ldfd.s.nt1 f13=[r32],-8
	(p49) ldfd.s.nta f14=[r33],16

// ldf8
	ldf8.s f15=[r34],-256
	ldf8.s.nt1 f16=[r35],255
	(p52) ldf8.s.nta f17=[r36],-8

// ldfe
	ldfe.s f18=[r37],16
	ldfe.s.nt1 f19=[r38],-256
	(p55) ldfe.s.nta f20=[r39],255

// ldfs
	ldfs.a f21=[r40],-8
	ldfs.a.nt1 f22=[r32],16
	(p58) ldfs.a.nta f23=[r33],-256

// ldfd
	ldfd.a f24=[r34],255
	ldfd.a.nt1 f25=[r35],-8
	(p61) ldfd.a.nta f6=[r36],16

// ldf8
	ldf8.a f7=[r37],-256
	ldf8.a.nt1 f8=[r38],255
	(p2) ldf8.a.nta f9=[r39],-8

// ldfe
	ldfe.a f10=[r40],16
	ldfe.a.nt1 f11=[r32],-256
	(p5) ldfe.a.nta f12=[r33],255

// ldfs
	ldfs.sa f13=[r34],-8
	ldfs.sa.nt1 f14=[r35],16
	(p8) ldfs.sa.nta f15=[r36],-256

// ldfd
	ldfd.sa f16=[r37],255
	ldfd.sa.nt1 f17=[r38],-8
	(p11) ldfd.sa.nta f18=[r39],16

// ldf8
	ldf8.sa f19=[r40],-256
	ldf8.sa.nt1 f20=[r32],255
	(p14) ldf8.sa.nta f21=[r33],-8

// ldfe
	ldfe.sa f22=[r34],16
	ldfe.sa.nt1 f23=[r35],-256
	(p17) ldfe.sa.nta f24=[r36],255

// ldf
	ldf.fill f25=[r37],-8
	ldf.fill.nt1 f6=[r38],16
	(p20) ldf.fill.nta f7=[r39],-256

// ldfs
	ldfs.c.clr f8=[r40],255
	ldfs.c.clr.nt1 f9=[r32],-8
	(p23) ldfs.c.clr.nta f10=[r33],16

// ldfd
	ldfd.c.clr f11=[r34],-256
	ldfd.c.clr.nt1 f12=[r35],255
	(p26) ldfd.c.clr.nta f13=[r36],-8

// ldf8
	ldf8.c.clr f14=[r37],16
	ldf8.c.clr.nt1 f15=[r38],-256
	(p29) ldf8.c.clr.nta f16=[r39],255

// ldfe
	ldfe.c.clr f17=[r40],-8
	ldfe.c.clr.nt1 f18=[r32],16
	(p32) ldfe.c.clr.nta f19=[r33],-256

// ldfs
	ldfs.c.nc f20=[r34],255
	ldfs.c.nc.nt1 f21=[r35],-8
	(p35) ldfs.c.nc.nta f22=[r36],16

// ldfd
	ldfd.c.nc f23=[r37],-256
	ldfd.c.nc.nt1 f24=[r38],255
	(p38) ldfd.c.nc.nta f25=[r39],-8

// ldf8
	ldf8.c.nc f6=[r40],16
	ldf8.c.nc.nt1 f7=[r32],-256
	(p41) ldf8.c.nc.nta f8=[r33],255

// ldfe
	ldfe.c.nc f9=[r34],-8
	ldfe.c.nc.nt1 f10=[r35],16
	(p44) ldfe.c.nc.nta f11=[r36],-256

// stfs
	stfs [r37]=f38,-256
	stfs.nta [r38]=f39,8

// stfd
	(p47) stfd [r39]=f40,-16
	stfd.nta [r40]=f41,255

// stf8
	stf8 [r32]=f32,-256
	(p50) stf8.nta [r33]=f33,8

// stfe
	stfe [r34]=f34,-16
	stfe.nta [r35]=f35,255

// stf
	(p53) stf.spill [r36]=f36,-256
	stf.spill.nta [r37]=f37,8

// lfetch
	lfetch [r38],16
	(p56) lfetch.nt1 [r39],-256
	lfetch.nt2 [r40],255
	lfetch.nta [r32],-8
	(p59) lfetch.d4 [r33],16
	lfetch.d5 [r34],-256
	lfetch.d6 [r35],255
	(p62) lfetch.d7 [r36],-8
	lfetch.excl [r37],16
	lfetch.excl.nt1 [r38],-256
	(p3) lfetch.excl.nt2 [r39],255
	lfetch.excl.nta [r40],-8
	lfetch.excl.d4 [r32],16
	(p6) lfetch.excl.d5 [r33],-256
	lfetch.excl.d6 [r34],255
	lfetch.excl.d7 [r35],-8
	(p9) lfetch.fault [r36],16
	lfetch.fault.nt1 [r37],-256
	lfetch.fault.nt2 [r38],255
	(p12) lfetch.fault.nta [r39],-8
	lfetch.fault.d4 [r40],16
	lfetch.fault.d5 [r32],-256
	(p15) lfetch.fault.d6 [r33],255
	lfetch.fault.d7 [r34],-8
	lfetch.fault.excl [r35],16
	(p18) lfetch.fault.excl.nt1 [r36],-256
	lfetch.fault.excl.nt2 [r37],255
	lfetch.fault.excl.nta [r38],-8
	(p21) lfetch.fault.excl.d4 [r39],16
	lfetch.fault.excl.d5 [r40],-256
	lfetch.fault.excl.d6 [r32],255
	(p24) lfetch.fault.excl.d7 [r33],-8
	.endp _start
