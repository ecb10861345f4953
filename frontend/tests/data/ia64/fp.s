// IA-64 F-unit (floating-point) forms
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

// mov
	mov f6=f50

// fabs
	(p2) fabs f7=f51

// fneg
	fneg f8=f52

// fnegabs
	fnegabs f9=f53

// fmerge
	(p5) fmerge.s f10=f36,f54
	fmerge.ns f11=f37,f55
	fmerge.se f12=f38,f56

// fmix
	(p8) fmix.lr f13=f39,f57
	fmix.r f14=f40,f58
	fmix.l f15=f41,f59

// fsxt
	(p11) fsxt.r f16=f32,f50
	fsxt.l f17=f33,f51

// fpack
	fpack f18=f34,f52

// fswap
	(p14) fswap f19=f35,f53
	fswap.nl f20=f36,f54
	fswap.nr f21=f37,f55

// fand
	(p17) fand f22=f38,f56

// fandcm
	fandcm f23=f39,f57

// for
	for f24=f40,f58

// fxor
	(p20) fxor f25=f41,f59

// fcvt
	fcvt.xf f6=f32

// break
	break.f 0x0

// nop
	(p23) nop.f 0x12345

// hint
	hint.f 0x1fffff

// fpabs
	fpabs f10=f54

// fpneg
	(p26) fpneg f11=f55

// fpnegabs
	fpnegabs f12=f56

// fpmerge
	fpmerge.s f13=f39,f57
	(p29) fpmerge.ns f14=f40,f58
	fpmerge.se f15=f41,f59

// fclass
	fclass.m p6,p7=f32,0x1c3
	(p32) fclass.m.unc p8,p9=f33,0x1ff

// frcpa
	frcpa.s0 f18,p11=f34,f52
	frcpa.s1 f19,p13=f35,f53
	(p35) frcpa.s2 f20,p15=f36,f54
	frcpa.s3 f21,p7=f37,f55

// frsqrta
	frsqrta.s0 f22,p9=f56
	(p38) frsqrta.s1 f23,p11=f57
	frsqrta.s2 f24,p13=f58
	frsqrta.s3 f25,p15=f59

// fmin
	(p41) fmin.s0 f6=f32,f50
	fmin.s1 f7=f33,f51
	fmin.s2 f8=f34,f52
	(p44) fmin.s3 f9=f35,f53

// fmax
	fmax.s0 f10=f36,f54
	fmax.s1 f11=f37,f55
	(p47) fmax.s2 f12=f38,f56
	fmax.s3 f13=f39,f57

// famin
	famin.s0 f14=f40,f58
	(p50) famin.s1 f15=f41,f59
	famin.s2 f16=f32,f50
	famin.s3 f17=f33,f51

// famax
	(p53) famax.s0 f18=f34,f52
	famax.s1 f19=f35,f53
	famax.s2 f20=f36,f54
	(p56) famax.s3 f21=f37,f55

// fcvt
	fcvt.fx.s0 f22=f38
	fcvt.fx.s1 f23=f39
	(p59) fcvt.fx.s2 f24=f40
	fcvt.fx.s3 f25=f41
	fcvt.fxu.s0 f6=f32
	(p62) fcvt.fxu.s1 f7=f33
	fcvt.fxu.s2 f8=f34
	fcvt.fxu.s3 f9=f35
	(p3) fcvt.fx.trunc.s0 f10=f36
	fcvt.fx.trunc.s1 f11=f37
	fcvt.fx.trunc.s2 f12=f38
	(p6) fcvt.fx.trunc.s3 f13=f39
	fcvt.fxu.trunc.s0 f14=f40
	fcvt.fxu.trunc.s1 f15=f41
	(p9) fcvt.fxu.trunc.s2 f16=f32
	fcvt.fxu.trunc.s3 f17=f33

// fprcpa
	fprcpa.s0 f18,p11=f34,f52
	(p12) fprcpa.s1 f19,p13=f35,f53
	fprcpa.s2 f20,p15=f36,f54
	fprcpa.s3 f21,p7=f37,f55

// fprsqrta
	(p15) fprsqrta.s0 f22,p9=f56
	fprsqrta.s1 f23,p11=f57
	fprsqrta.s2 f24,p13=f58
	(p18) fprsqrta.s3 f25,p15=f59

// fpmin
	fpmin.s0 f6=f32,f50
	fpmin.s1 f7=f33,f51
	(p21) fpmin.s2 f8=f34,f52
	fpmin.s3 f9=f35,f53

// fpmax
	fpmax.s0 f10=f36,f54
	(p24) fpmax.s1 f11=f37,f55
	fpmax.s2 f12=f38,f56
	fpmax.s3 f13=f39,f57

// fpamin
	(p27) fpamin.s0 f14=f40,f58
	fpamin.s1 f15=f41,f59
	fpamin.s2 f16=f32,f50
	(p30) fpamin.s3 f17=f33,f51

// fpamax
	fpamax.s0 f18=f34,f52
	fpamax.s1 f19=f35,f53
	(p33) fpamax.s2 f20=f36,f54
	fpamax.s3 f21=f37,f55

// fpcvt
	fpcvt.fx.s0 f22=f38
	(p36) fpcvt.fx.s1 f23=f39
	fpcvt.fx.s2 f24=f40
	fpcvt.fx.s3 f25=f41
	(p39) fpcvt.fxu.s0 f6=f32
	fpcvt.fxu.s1 f7=f33
	fpcvt.fxu.s2 f8=f34
	(p42) fpcvt.fxu.s3 f9=f35
	fpcvt.fx.trunc.s0 f10=f36
	fpcvt.fx.trunc.s1 f11=f37
	(p45) fpcvt.fx.trunc.s2 f12=f38
	fpcvt.fx.trunc.s3 f13=f39
	fpcvt.fxu.trunc.s0 f14=f40
	(p48) fpcvt.fxu.trunc.s1 f15=f41
	fpcvt.fxu.trunc.s2 f16=f32
	fpcvt.fxu.trunc.s3 f17=f33

// fpcmp
	(p51) fpcmp.eq.s0 f18=f34,f52
	fpcmp.eq.s1 f19=f35,f53
	fpcmp.eq.s2 f20=f36,f54
	(p54) fpcmp.eq.s3 f21=f37,f55
	fpcmp.lt.s0 f22=f38,f56
	fpcmp.lt.s1 f23=f39,f57
	(p57) fpcmp.lt.s2 f24=f40,f58
	fpcmp.lt.s3 f25=f41,f59
	fpcmp.le.s0 f6=f32,f50
	(p60) fpcmp.le.s1 f7=f33,f51
	fpcmp.le.s2 f8=f34,f52
	fpcmp.le.s3 f9=f35,f53
	(p1) fpcmp.unord.s0 f10=f36,f54
	fpcmp.unord.s1 f11=f37,f55
	fpcmp.unord.s2 f12=f38,f56
	(p4) fpcmp.unord.s3 f13=f39,f57
	fpcmp.neq.s0 f14=f40,f58
	fpcmp.neq.s1 f15=f41,f59
	(p7) fpcmp.neq.s2 f16=f32,f50
	fpcmp.neq.s3 f17=f33,f51
	fpcmp.nlt.s0 f18=f34,f52
	(p10) fpcmp.nlt.s1 f19=f35,f53
	fpcmp.nlt.s2 f20=f36,f54
	fpcmp.nlt.s3 f21=f37,f55
	(p13) fpcmp.nle.s0 f22=f38,f56
	fpcmp.nle.s1 f23=f39,f57
	fpcmp.nle.s2 f24=f40,f58
	(p16) fpcmp.nle.s3 f25=f41,f59
	fpcmp.ord.s0 f6=f32,f50
	fpcmp.ord.s1 f7=f33,f51
	(p19) fpcmp.ord.s2 f8=f34,f52
	fpcmp.ord.s3 f9=f35,f53

// fsetc
	fsetc.s0 0x7f,0xf
	(p22) fsetc.s1 0x3,0x7f
	fsetc.s2 0x7f,0xf
	fsetc.s3 0x3,0x7f

// fclrf
	(p25) fclrf.s0
	fclrf.s1
	fclrf.s2
	(p28) fclrf.s3

// fchkf
.T1:
	fchkf.s0 .T1
.T2:
	fchkf.s1 .T2
.T3:
	(p31) fchkf.s2 .T3
.T4:
	fchkf.s3 .T4

// fcmp
	fcmp.eq.s0 p8,p9=f38,f56
	(p34) fcmp.eq.s1 p10,p11=f39,f57
	fcmp.eq.s2 p12,p13=f40,f58
	fcmp.eq.s3 p14,p15=f41,f59
	(p37) fcmp.lt.s0 p6,p7=f32,f50
	fcmp.lt.s1 p8,p9=f33,f51
	fcmp.lt.s2 p10,p11=f34,f52
	(p40) fcmp.lt.s3 p12,p13=f35,f53
	fcmp.le.s0 p14,p15=f36,f54
	fcmp.le.s1 p6,p7=f37,f55
	(p43) fcmp.le.s2 p8,p9=f38,f56
	fcmp.le.s3 p10,p11=f39,f57
	fcmp.unord.s0 p12,p13=f40,f58
	(p46) fcmp.unord.s1 p14,p15=f41,f59
	fcmp.unord.s2 p6,p7=f32,f50
	fcmp.unord.s3 p8,p9=f33,f51
	(p49) fcmp.eq.unc.s0 p10,p11=f34,f52
	fcmp.eq.unc.s1 p12,p13=f35,f53
	fcmp.eq.unc.s2 p14,p15=f36,f54
	(p52) fcmp.eq.unc.s3 p6,p7=f37,f55
	fcmp.lt.unc.s0 p8,p9=f38,f56
	fcmp.lt.unc.s1 p10,p11=f39,f57
	(p55) fcmp.lt.unc.s2 p12,p13=f40,f58
	fcmp.lt.unc.s3 p14,p15=f41,f59
	fcmp.le.unc.s0 p6,p7=f32,f50
	(p58) fcmp.le.unc.s1 p8,p9=f33,f51
	fcmp.le.unc.s2 p10,p11=f34,f52
	fcmp.le.unc.s3 p12,p13=f35,f53
	(p61) fcmp.unord.unc.s0 p14,p15=f36,f54
	fcmp.unord.unc.s1 p6,p7=f37,f55
	fcmp.unord.unc.s2 p8,p9=f38,f56
	(p2) fcmp.unord.unc.s3 p10,p11=f39,f57

// fnorm
	fnorm.s0 f14=f58

// fadd
	fadd.s0 f15=f59,f41

// fmpy
	(p5) fmpy.s0 f16=f50,f110

// fma
	fma.s0 f17=f51,f111,f33

// fnorm
	fnorm.s1 f18=f52

// fadd
	(p8) fadd.s1 f19=f53,f35

// fmpy
	fmpy.s1 f20=f54,f114

// fma
	fma.s1 f21=f55,f115,f37

// fnorm
	(p11) fnorm.s2 f22=f56

// fadd
	fadd.s2 f23=f57,f39

// fmpy
	fmpy.s2 f24=f58,f118

// fma
	(p14) fma.s2 f25=f59,f119,f41

// fnorm
	fnorm.s3 f6=f50

// fadd
	fadd.s3 f7=f51,f33

// fmpy
	(p17) fmpy.s3 f8=f52,f72

// fma
	fma.s3 f9=f53,f73,f35

// fnorm
	fnorm.s.s0 f10=f54

// fadd
	(p20) fadd.s.s0 f11=f55,f37

// fmpy
	fmpy.s.s0 f12=f56,f76

// fma
	fma.s.s0 f13=f57,f77,f39

// fnorm
	(p23) fnorm.s.s1 f14=f58

// fadd
	fadd.s.s1 f15=f59,f41

// fmpy
	fmpy.s.s1 f16=f50,f80

// fma
	(p26) fma.s.s1 f17=f51,f81,f33

// fnorm
	fnorm.s.s2 f18=f52

// fadd
	fadd.s.s2 f19=f53,f35

// fmpy
	(p29) fmpy.s.s2 f20=f54,f84

// fma
	fma.s.s2 f21=f55,f85,f37

// fnorm
	fnorm.s.s3 f22=f56

// fadd
	(p32) fadd.s.s3 f23=f57,f39

// fmpy
	fmpy.s.s3 f24=f58,f88

// fma
	fma.s.s3 f25=f59,f89,f41

// fnorm
	(p35) fnorm.d.s0 f6=f50

// fadd
	fadd.d.s0 f7=f51,f33

// fmpy
	fmpy.d.s0 f8=f52,f92

// fma
	(p38) fma.d.s0 f9=f53,f93,f35

// fnorm
	fnorm.d.s1 f10=f54

// fadd
	fadd.d.s1 f11=f55,f37

// fmpy
	(p41) fmpy.d.s1 f12=f56,f96

// fma
	fma.d.s1 f13=f57,f97,f39

// fnorm
	fnorm.d.s2 f14=f58

// fadd
	(p44) fadd.d.s2 f15=f59,f41

// fmpy
	fmpy.d.s2 f16=f50,f100

// fma
	fma.d.s2 f17=f51,f101,f33

// fnorm
	(p47) fnorm.d.s3 f18=f52

// fadd
	fadd.d.s3 f19=f53,f35

// fmpy
	fmpy.d.s3 f20=f54,f104

// fma
	(p50) fma.d.s3 f21=f55,f105,f37

// fpmpy
	fpmpy.s0 f22=f56,f106

// fpma
	fpma.s0 f23=f57,f107,f39

// fpmpy
	(p53) fpmpy.s1 f24=f58,f108

// fpma
	fpma.s1 f25=f59,f109,f41

// fpmpy
	fpmpy.s2 f6=f50,f110

// fpma
	(p56) fpma.s2 f7=f51,f111,f33

// fpmpy
	fpmpy.s3 f8=f52,f112

// fpma
	fpma.s3 f9=f53,f113,f35

// fsub
	(p59) fsub.s0 f10=f54,f36

// fms
	fms.s0 f11=f55,f115,f37

// fsub
	fsub.s1 f12=f56,f38

// fms
	(p62) fms.s1 f13=f57,f117,f39

// fsub
	fsub.s2 f14=f58,f40

// fms
	fms.s2 f15=f59,f119,f41

// fsub
	(p3) fsub.s3 f16=f50,f32

// fms
	fms.s3 f17=f51,f71,f33

// fsub
	fsub.s.s0 f18=f52,f34

// fms
	(p6) fms.s.s0 f19=f53,f73,f35

// fsub
	fsub.s.s1 f20=f54,f36

// fms
	fms.s.s1 f21=f55,f75,f37

// fsub
	(p9) fsub.s.s2 f22=f56,f38

// fms
	fms.s.s2 f23=f57,f77,f39

// fsub
	fsub.s.s3 f24=f58,f40

// fms
	(p12) fms.s.s3 f25=f59,f79,f41

// fsub
	fsub.d.s0 f6=f50,f32

// fms
	fms.d.s0 f7=f51,f81,f33

// fsub
	(p15) fsub.d.s1 f8=f52,f34

// fms
	fms.d.s1 f9=f53,f83,f35

// fsub
	fsub.d.s2 f10=f54,f36

// fms
	(p18) fms.d.s2 f11=f55,f85,f37

// fsub
	fsub.d.s3 f12=f56,f38

// fms
	fms.d.s3 f13=f57,f87,f39

// fpms
	(p21) fpms.s0 f14=f58,f88,f40
	fpms.s1 f15=f59,f89,f41
	fpms.s2 f16=f50,f90,f32
	(p24) fpms.s3 f17=f51,f91,f33

// fnmpy
	fnmpy.s0 f18=f52,f92

// fnma
	fnma.s0 f19=f53,f93,f35

// fnmpy
	(p27) fnmpy.s1 f20=f54,f94

// fnma
	fnma.s1 f21=f55,f95,f37

// fnmpy
	fnmpy.s2 f22=f56,f96

// fnma
	(p30) fnma.s2 f23=f57,f97,f39

// fnmpy
	fnmpy.s3 f24=f58,f98

// fnma
	fnma.s3 f25=f59,f99,f41

// fnmpy
	(p33) fnmpy.s.s0 f6=f50,f100

// fnma
	fnma.s.s0 f7=f51,f101,f33

// fnmpy
	fnmpy.s.s1 f8=f52,f102

// fnma
	(p36) fnma.s.s1 f9=f53,f103,f35

// fnmpy
	fnmpy.s.s2 f10=f54,f104

// fnma
	fnma.s.s2 f11=f55,f105,f37

// fnmpy
	(p39) fnmpy.s.s3 f12=f56,f106

// fnma
	fnma.s.s3 f13=f57,f107,f39

// fnmpy
	fnmpy.d.s0 f14=f58,f108

// fnma
	(p42) fnma.d.s0 f15=f59,f109,f41

// fnmpy
	fnmpy.d.s1 f16=f50,f110

// fnma
	fnma.d.s1 f17=f51,f111,f33

// fnmpy
	(p45) fnmpy.d.s2 f18=f52,f112

// fnma
	fnma.d.s2 f19=f53,f113,f35

// fnmpy
	fnmpy.d.s3 f20=f54,f114

// fnma
	(p48) fnma.d.s3 f21=f55,f115,f37

// fpnmpy
	fpnmpy.s0 f22=f56,f116

// fpnma
	fpnma.s0 f23=f57,f117,f39

// fpnmpy
	(p51) fpnmpy.s1 f24=f58,f118

// fpnma
	fpnma.s1 f25=f59,f119,f41

// fpnmpy
	fpnmpy.s2 f6=f50,f70

// fpnma
	(p54) fpnma.s2 f7=f51,f71,f33

// fpnmpy
	fpnmpy.s3 f8=f52,f72

// fpnma
	fpnma.s3 f9=f53,f73,f35

// xmpy
	(p57) xmpy.l f10=f54,f74

// xma
	xma.l f11=f55,f75,f37

// xmpy
	xmpy.h f12=f56,f76

// xma
	(p60) xma.h f13=f57,f77,f39

// xmpy
	xmpy.hu f14=f58,f78

// xma
	xma.hu f15=f59,f79,f41

// fselect
	(p1) fselect f16=f50,f80,f32
	.endp _start
