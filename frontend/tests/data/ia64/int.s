// IA-64 I-unit (shift, deposit, test bit, multimedia, register moves) forms
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

// break
	break.i 0x0

// nop
	(p2) nop.i 0x12345

// hint
	hint.i 0x1fffff

// chk
.T1:
	chk.s.i r44,.T1

// mov
	(p5) mov b5=r45
.T2:
	mov.sptk b6=r46,.T2
.T3:
	mov.sptk.imp b1=r47,.T3
.T4:
	(p8) mov b2=r48,.T4
.T5:
	mov.imp b3=r49,.T5
.T6:
	mov.dptk b4=r50,.T6
.T7:
	(p11) mov.dptk.imp b5=r51,.T7
.T8:
	mov.ret.sptk b6=r52,.T8
.T9:
	mov.ret.sptk.imp b1=r53,.T9
.T10:
	(p14) mov.ret b2=r54,.T10
.T11:
	mov.ret.imp b3=r55,.T11
.T12:
	mov.ret.dptk b4=r56,.T12
.T13:
	(p17) mov.ret.dptk.imp b5=r57,.T13
	mov r25=b3
	mov pr=r59,0x1234
	(p20) mov pr.rot=0x10000
	mov r28=ip
	mov r29=pr
	(p23) mov.i ar.ec=r43
	mov.i ar.pfs=0
	mov.i r8=ar.lc

// zxt1
	(p26) zxt1 r9=r39

// zxt2
	zxt2 r10=r40

// zxt4
	zxt4 r11=r32

// sxt1
	(p29) sxt1 r12=r33

// sxt2
	sxt2 r13=r34

// sxt4
	sxt4 r14=r35

// czx1
	(p32) czx1.l r15=r36

// czx2
	czx2.l r16=r37

// czx1
	czx1.r r17=r38

// czx2
	(p35) czx2.r r18=r39

// dep
	dep r19=r56,r40,3,16

// shrp
	shrp r20=r57,r32,13

// shr
	(p38) shr.u r21=r33,0

// extr
	extr.u r22=r34,40,30

// shr
	shr r23=r35,9

// extr
	(p41) extr r24=r36,0,1

// shl
	shl r25=r42,63

// dep
	dep.z r26=r43,12,10
	(p44) dep.z r27=0,0,1
	dep r28=-1,r40,12,30

// tf
	tf.z p6,p7=40
	(p47) tf.z.unc p8,p9=32
	tf.z.and p10,p11=63
	tf.nz.and p12,p13=40
	(p50) tf.z.or p14,p15=32
	tf.nz.or p6,p7=63
	tf.z.or.andcm p8,p9=40
	(p53) tf.nz.or.andcm p10,p11=32

// tbit
	tbit.z p12,p13=r40,40
	tbit.z.unc p14,p15=r32,9
	(p56) tbit.z.and p6,p7=r33,0
	tbit.nz.and p8,p9=r34,40
	tbit.z.or p10,p11=r35,9
	(p59) tbit.nz.or p12,p13=r36,0
	tbit.z.or.andcm p14,p15=r37,40
	tbit.nz.or.andcm p6,p7=r38,9

// tnat
	(p62) tnat.z p8,p9=r39
	tnat.z.unc p10,p11=r40
	tnat.z.and p12,p13=r32
	(p3) tnat.nz.and p14,p15=r33
	tnat.z.or p6,p7=r34
	tnat.nz.or p8,p9=r35
	(p6) tnat.z.or.andcm p10,p11=r36
	tnat.nz.or.andcm p12,p13=r37

// pmpyshr2
	pmpyshr2 r29=r50,r38,0
	(p9) pmpyshr2.u r30=r51,r39,15

// pmpy2
	pmpy2.r r31=r52,r40
	pmpy2.l r8=r53,r32

// mix1
	(p12) mix1.r r9=r54,r33

// mix2
	mix2.r r10=r55,r34

// mix4
	mix4.r r11=r56,r35

// mix1
	(p15) mix1.l r12=r57,r36

// mix2
	mix2.l r13=r58,r37

// mix4
	mix4.l r14=r59,r38

// pack2
	(p18) pack2.uss r15=r60,r39
	pack2.sss r16=r41,r40

// pack4
	pack4.sss r17=r42,r32

// unpack1
	(p21) unpack1.h r18=r43,r33

// unpack2
	unpack2.h r19=r44,r34

// unpack4
	unpack4.h r20=r45,r35

// unpack1
	(p24) unpack1.l r21=r46,r36

// unpack2
	unpack2.l r22=r47,r37

// unpack4
	unpack4.l r23=r48,r38

// pmin1
	(p27) pmin1.u r24=r49,r39

// pmax1
	pmax1.u r25=r50,r40

// pmin2
	pmin2 r26=r51,r32

// pmax2
	(p30) pmax2 r27=r52,r33

// psad1
	psad1 r28=r53,r34

// mux1
	mux1 r29=r54,@alt

// mux2
	(p33) mux2 r30=r55,0xff

// pshr2
	pshr2 r31=r37,r56

// pshr4
	pshr4 r8=r38,r57

// shr
	(p36) shr r9=r39,r58

// pshr2
	pshr2.u r10=r40,r59

// pshr4
	pshr4.u r11=r32,r60

// shr
	(p39) shr.u r12=r33,r41

// pshr2
	pshr2 r13=r34,31

// pshr4
	pshr4 r14=r35,5

// pshr2
	(p42) pshr2.u r15=r36,0

// pshr4
	pshr4.u r16=r37,31

// pshl2
	pshl2 r17=r46,r38

// pshl4
	(p45) pshl4 r18=r47,r39

// shl
	shl r19=r48,r40

// mpy4
	mpy4 r20=r49,r32

// mpyshl4
	(p48) mpyshl4 r21=r50,r33

// pshl2
	pshl2 r22=r51,31

// pshl4
	pshl4 r23=r52,5

// popcnt
	(p51) popcnt r24=r36

// clz
	clz r25=r37
	.endp _start
