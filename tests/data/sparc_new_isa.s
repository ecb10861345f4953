! UA2007/OSA2011/OSA2015/OSA2017 additions (VIS3, VIS4, FMAF, HPC, crypto, CBcond,
! misaligned accesses, ...) for tests/disasm_objdump.rs. Assemble with -64 -Av9m8.
	.section .text
	.align 4
	.global new_forms
new_forms:
back:
	fsll16 %f0, %f2, %f30
	fsll16 %f2, %f32, %f0
	fsll16 %f30, %f0, %f32
	fsrl16 %f0, %f2, %f30
	fsrl16 %f2, %f32, %f0
	fsrl16 %f30, %f0, %f32
	fsll32 %f0, %f2, %f30
	fsll32 %f2, %f32, %f0
	fsll32 %f30, %f0, %f32
	fsrl32 %f0, %f2, %f30
	fsrl32 %f2, %f32, %f0
	fsrl32 %f30, %f0, %f32
	fslas16 %f0, %f2, %f30
	fslas16 %f2, %f32, %f0
	fslas16 %f30, %f0, %f32
	fsra16 %f0, %f2, %f30
	fsra16 %f2, %f32, %f0
	fsra16 %f30, %f0, %f32
	fslas32 %f0, %f2, %f30
	fslas32 %f2, %f32, %f0
	fslas32 %f30, %f0, %f32
	fsra32 %f0, %f2, %f30
	fsra32 %f2, %f32, %f0
	fsra32 %f30, %f0, %f32
	fmean16 %f0, %f2, %f30
	fmean16 %f2, %f32, %f0
	fmean16 %f30, %f0, %f32
	fpadd64 %f0, %f2, %f30
	fpadd64 %f2, %f32, %f0
	fpadd64 %f30, %f0, %f32
	fchksm16 %f0, %f2, %f30
	fchksm16 %f2, %f32, %f0
	fchksm16 %f30, %f0, %f32
	fpsub64 %f0, %f2, %f30
	fpsub64 %f2, %f32, %f0
	fpsub64 %f30, %f0, %f32
	fpadds16 %f0, %f2, %f30
	fpadds16 %f2, %f32, %f0
	fpadds16 %f30, %f0, %f32
	fpadds32 %f0, %f2, %f30
	fpadds32 %f2, %f32, %f0
	fpadds32 %f30, %f0, %f32
	fpsubs16 %f0, %f2, %f30
	fpsubs16 %f2, %f32, %f0
	fpsubs16 %f30, %f0, %f32
	fpsubs32 %f0, %f2, %f30
	fpsubs32 %f2, %f32, %f0
	fpsubs32 %f30, %f0, %f32
	fpadds16s %f0, %f1, %f17
	fpadds16s %f1, %f31, %f1
	fpadds16s %f17, %f1, %f0
	fpadds32s %f0, %f1, %f17
	fpadds32s %f1, %f31, %f1
	fpadds32s %f17, %f1, %f0
	fpsubs16s %f0, %f1, %f17
	fpsubs16s %f1, %f31, %f1
	fpsubs16s %f17, %f1, %f0
	fpsubs32s %f0, %f1, %f17
	fpsubs32s %f1, %f31, %f1
	fpsubs32s %f17, %f1, %f0
	fnadds %f0, %f1, %f17
	fnadds %f1, %f31, %f1
	fnadds %f17, %f1, %f0
	fnmuls %f0, %f1, %f17
	fnmuls %f1, %f31, %f1
	fnmuls %f17, %f1, %f0
	fhadds %f0, %f1, %f17
	fhadds %f1, %f31, %f1
	fhadds %f17, %f1, %f0
	fhsubs %f0, %f1, %f17
	fhsubs %f1, %f31, %f1
	fhsubs %f17, %f1, %f0
	fnhadds %f0, %f1, %f17
	fnhadds %f1, %f31, %f1
	fnhadds %f17, %f1, %f0
	fnaddd %f0, %f2, %f30
	fnaddd %f2, %f32, %f0
	fnaddd %f30, %f0, %f32
	fnmuld %f0, %f2, %f30
	fnmuld %f2, %f32, %f0
	fnmuld %f30, %f0, %f32
	fhaddd %f0, %f2, %f30
	fhaddd %f2, %f32, %f0
	fhaddd %f30, %f0, %f32
	fhsubd %f0, %f2, %f30
	fhsubd %f2, %f32, %f0
	fhsubd %f30, %f0, %f32
	fnhaddd %f0, %f2, %f30
	fnhaddd %f2, %f32, %f0
	fnhaddd %f30, %f0, %f32
	fnsmuld %f1, %f3, %f32
	fnsmuld %f0, %f31, %f2
	addxc %o1, %o2, %o3
	addxc %g0, %i7, %l0
	addxccc %o1, %o2, %o3
	addxccc %g0, %i7, %l0
	umulxhi %o1, %o2, %o3
	umulxhi %g0, %i7, %l0
	xmulx %o1, %o2, %o3
	xmulx %g0, %i7, %l0
	xmulxhi %o1, %o2, %o3
	xmulxhi %g0, %i7, %l0
	lzcnt %o1, %o2
	lzd %g5, %i5
	cmask8 %o1
	cmask16 %o1
	cmask32 %o1
	pdistn %f0, %f2, %o1
	pdistn %f32, %f62, %g0
	fpcmpule8 %f0, %f2, %o1
	fpcmpule8 %f32, %f62, %g0
	fpcmpune8 %f0, %f2, %o1
	fpcmpune8 %f32, %f62, %g0
	fpcmpugt8 %f0, %f2, %o1
	fpcmpugt8 %f32, %f62, %g0
	fpcmpueq8 %f0, %f2, %o1
	fpcmpueq8 %f32, %f62, %g0
	fucmple8 %f0, %f2, %o1
	fucmple8 %f32, %f62, %g0
	fucmpne8 %f0, %f2, %o1
	fucmpne8 %f32, %f62, %g0
	fucmpgt8 %f0, %f2, %o1
	fucmpgt8 %f32, %f62, %g0
	fucmpeq8 %f0, %f2, %o1
	fucmpeq8 %f32, %f62, %g0
	movdtox %f0, %o1
	movdtox %f62, %g1
	movstouw %f3, %o2
	movstosw %f31, %o3
	movxtod %o1, %f2
	movxtod %i7, %f62
	movwtos %o1, %f5
	flcmps %fcc0, %f1, %f3
	flcmpd %fcc0, %f32, %f2
	flcmps %fcc1, %f1, %f3
	flcmpd %fcc1, %f32, %f2
	flcmps %fcc2, %f1, %f3
	flcmpd %fcc2, %f32, %f2
	flcmps %fcc3, %f1, %f3
	flcmpd %fcc3, %f32, %f2
	ldx [%o1], %efsr
	ldx [%o1 + %o2], %efsr
	ldx [%o1 + 8], %efsr
	fmadds %f1, %f2, %f3, %f4
	fmadds %f31, %f0, %f17, %f9
	fmsubs %f1, %f2, %f3, %f4
	fmsubs %f31, %f0, %f17, %f9
	fnmsubs %f1, %f2, %f3, %f4
	fnmsubs %f31, %f0, %f17, %f9
	fnmadds %f1, %f2, %f3, %f4
	fnmadds %f31, %f0, %f17, %f9
	fumadds %f1, %f2, %f3, %f4
	fumadds %f31, %f0, %f17, %f9
	fumsubs %f1, %f2, %f3, %f4
	fumsubs %f31, %f0, %f17, %f9
	fnumsubs %f1, %f2, %f3, %f4
	fnumsubs %f31, %f0, %f17, %f9
	fnumadds %f1, %f2, %f3, %f4
	fnumadds %f31, %f0, %f17, %f9
	fmaddd %f0, %f2, %f4, %f6
	fmaddd %f62, %f32, %f30, %f34
	fmsubd %f0, %f2, %f4, %f6
	fmsubd %f62, %f32, %f30, %f34
	fnmsubd %f0, %f2, %f4, %f6
	fnmsubd %f62, %f32, %f30, %f34
	fnmaddd %f0, %f2, %f4, %f6
	fnmaddd %f62, %f32, %f30, %f34
	fumaddd %f0, %f2, %f4, %f6
	fumaddd %f62, %f32, %f30, %f34
	fumsubd %f0, %f2, %f4, %f6
	fumsubd %f62, %f32, %f30, %f34
	fnumsubd %f0, %f2, %f4, %f6
	fnumsubd %f62, %f32, %f30, %f34
	fnumaddd %f0, %f2, %f4, %f6
	fnumaddd %f62, %f32, %f30, %f34
	fpmaddx %f0, %f2, %f4, %f6
	fpmaddx %f62, %f32, %f30, %f34
	fpmaddxhi %f0, %f2, %f4, %f6
	fpmaddxhi %f62, %f32, %f30, %f34
	aes_eround01 %f0, %f2, %f4, %f6
	aes_eround01 %f62, %f32, %f30, %f34
	aes_eround23 %f0, %f2, %f4, %f6
	aes_eround23 %f62, %f32, %f30, %f34
	aes_dround01 %f0, %f2, %f4, %f6
	aes_dround01 %f62, %f32, %f30, %f34
	aes_dround23 %f0, %f2, %f4, %f6
	aes_dround23 %f62, %f32, %f30, %f34
	aes_eround01_l %f0, %f2, %f4, %f6
	aes_eround01_l %f62, %f32, %f30, %f34
	aes_eround23_l %f0, %f2, %f4, %f6
	aes_eround23_l %f62, %f32, %f30, %f34
	aes_dround01_l %f0, %f2, %f4, %f6
	aes_dround01_l %f62, %f32, %f30, %f34
	aes_dround23_l %f0, %f2, %f4, %f6
	aes_dround23_l %f62, %f32, %f30, %f34
	des_round %f0, %f2, %f4, %f6
	des_round %f62, %f32, %f30, %f34
	kasumi_fl_xor %f0, %f2, %f4, %f6
	kasumi_fl_xor %f62, %f32, %f30, %f34
	kasumi_fi_xor %f0, %f2, %f4, %f6
	kasumi_fi_xor %f62, %f32, %f30, %f34
	camellia_f %f0, %f2, %f4, %f6
	camellia_f %f62, %f32, %f30, %f34
	aes_kexpand1 %f0, %f2, 0, %f4
	aes_kexpand1 %f32, %f62, 31, %f6
	aes_kexpand0 %f0, %f2, %f30
	aes_kexpand0 %f2, %f32, %f0
	aes_kexpand2 %f0, %f2, %f30
	aes_kexpand2 %f2, %f32, %f0
	kasumi_fi_fi %f0, %f2, %f30
	kasumi_fi_fi %f2, %f32, %f0
	camellia_fl %f0, %f2, %f30
	camellia_fl %f2, %f32, %f0
	camellia_fli %f0, %f2, %f30
	camellia_fli %f2, %f32, %f0
	crc32c %f0, %f2, %f30
	crc32c %f2, %f32, %f0
	des_ip %f0, %f2
	des_iip %f32, %f62
	des_kexpand %f0, 0, %f2
	des_kexpand %f32, 31, %f62
	md5
	sha1
	sha256
	sha512
	sha3
	mpmul 0
	mpmul 31
	montmul 0
	montmul 31
	montsqr 0
	montsqr 31
	xmpmul 0
	xmpmul 31
	xmontmul 0
	xmontmul 31
	xmontsqr 0
	xmontsqr 31
	cwbe %o1, %o2, back
	nop
	cwbe %i7, 31, fwd
	nop
	cwbe %g0, 0, back
	nop
	cxbe %o1, %o2, back
	nop
	cxbe %i7, 31, fwd
	nop
	cxbe %g0, 0, back
	nop
	cwbz %o1, %o2, back
	nop
	cwbz %i7, 31, fwd
	nop
	cwbz %g0, 0, back
	nop
	cxbz %o1, %o2, back
	nop
	cxbz %i7, 31, fwd
	nop
	cxbz %g0, 0, back
	nop
	cwble %o1, %o2, back
	nop
	cwble %i7, 31, fwd
	nop
	cwble %g0, 0, back
	nop
	cxble %o1, %o2, back
	nop
	cxble %i7, 31, fwd
	nop
	cxble %g0, 0, back
	nop
	cwbl %o1, %o2, back
	nop
	cwbl %i7, 31, fwd
	nop
	cwbl %g0, 0, back
	nop
	cxbl %o1, %o2, back
	nop
	cxbl %i7, 31, fwd
	nop
	cxbl %g0, 0, back
	nop
	cwbleu %o1, %o2, back
	nop
	cwbleu %i7, 31, fwd
	nop
	cwbleu %g0, 0, back
	nop
	cxbleu %o1, %o2, back
	nop
	cxbleu %i7, 31, fwd
	nop
	cxbleu %g0, 0, back
	nop
	cwbcs %o1, %o2, back
	nop
	cwbcs %i7, 31, fwd
	nop
	cwbcs %g0, 0, back
	nop
	cxbcs %o1, %o2, back
	nop
	cxbcs %i7, 31, fwd
	nop
	cxbcs %g0, 0, back
	nop
	cwblu %o1, %o2, back
	nop
	cwblu %i7, 31, fwd
	nop
	cwblu %g0, 0, back
	nop
	cxblu %o1, %o2, back
	nop
	cxblu %i7, 31, fwd
	nop
	cxblu %g0, 0, back
	nop
	cwbneg %o1, %o2, back
	nop
	cwbneg %i7, 31, fwd
	nop
	cwbneg %g0, 0, back
	nop
	cxbneg %o1, %o2, back
	nop
	cxbneg %i7, 31, fwd
	nop
	cxbneg %g0, 0, back
	nop
	cwbvs %o1, %o2, back
	nop
	cwbvs %i7, 31, fwd
	nop
	cwbvs %g0, 0, back
	nop
	cxbvs %o1, %o2, back
	nop
	cxbvs %i7, 31, fwd
	nop
	cxbvs %g0, 0, back
	nop
	cwbne %o1, %o2, back
	nop
	cwbne %i7, 31, fwd
	nop
	cwbne %g0, 0, back
	nop
	cxbne %o1, %o2, back
	nop
	cxbne %i7, 31, fwd
	nop
	cxbne %g0, 0, back
	nop
	cwbnz %o1, %o2, back
	nop
	cwbnz %i7, 31, fwd
	nop
	cwbnz %g0, 0, back
	nop
	cxbnz %o1, %o2, back
	nop
	cxbnz %i7, 31, fwd
	nop
	cxbnz %g0, 0, back
	nop
	cwbg %o1, %o2, back
	nop
	cwbg %i7, 31, fwd
	nop
	cwbg %g0, 0, back
	nop
	cxbg %o1, %o2, back
	nop
	cxbg %i7, 31, fwd
	nop
	cxbg %g0, 0, back
	nop
	cwbge %o1, %o2, back
	nop
	cwbge %i7, 31, fwd
	nop
	cwbge %g0, 0, back
	nop
	cxbge %o1, %o2, back
	nop
	cxbge %i7, 31, fwd
	nop
	cxbge %g0, 0, back
	nop
	cwbgu %o1, %o2, back
	nop
	cwbgu %i7, 31, fwd
	nop
	cwbgu %g0, 0, back
	nop
	cxbgu %o1, %o2, back
	nop
	cxbgu %i7, 31, fwd
	nop
	cxbgu %g0, 0, back
	nop
	cwbcc %o1, %o2, back
	nop
	cwbcc %i7, 31, fwd
	nop
	cwbcc %g0, 0, back
	nop
	cxbcc %o1, %o2, back
	nop
	cxbcc %i7, 31, fwd
	nop
	cxbcc %g0, 0, back
	nop
	cwbgeu %o1, %o2, back
	nop
	cwbgeu %i7, 31, fwd
	nop
	cwbgeu %g0, 0, back
	nop
	cxbgeu %o1, %o2, back
	nop
	cxbgeu %i7, 31, fwd
	nop
	cxbgeu %g0, 0, back
	nop
	cwbpos %o1, %o2, back
	nop
	cwbpos %i7, 31, fwd
	nop
	cwbpos %g0, 0, back
	nop
	cxbpos %o1, %o2, back
	nop
	cxbpos %i7, 31, fwd
	nop
	cxbpos %g0, 0, back
	nop
	cwbvc %o1, %o2, back
	nop
	cwbvc %i7, 31, fwd
	nop
	cwbvc %g0, 0, back
	nop
	cxbvc %o1, %o2, back
	nop
	cxbvc %i7, 31, fwd
	nop
	cxbvc %g0, 0, back
	nop
	fpadd8 %f0, %f2, %f30
	fpadd8 %f2, %f32, %f0
	fpadds8 %f0, %f2, %f30
	fpadds8 %f2, %f32, %f0
	fpaddus8 %f0, %f2, %f30
	fpaddus8 %f2, %f32, %f0
	fpaddus16 %f0, %f2, %f30
	fpaddus16 %f2, %f32, %f0
	fpmax8 %f0, %f2, %f30
	fpmax8 %f2, %f32, %f0
	fpmax16 %f0, %f2, %f30
	fpmax16 %f2, %f32, %f0
	fpmax32 %f0, %f2, %f30
	fpmax32 %f2, %f32, %f0
	fpmaxu8 %f0, %f2, %f30
	fpmaxu8 %f2, %f32, %f0
	fpmaxu16 %f0, %f2, %f30
	fpmaxu16 %f2, %f32, %f0
	fpmaxu32 %f0, %f2, %f30
	fpmaxu32 %f2, %f32, %f0
	fpmin8 %f0, %f2, %f30
	fpmin8 %f2, %f32, %f0
	fpmin16 %f0, %f2, %f30
	fpmin16 %f2, %f32, %f0
	fpmin32 %f0, %f2, %f30
	fpmin32 %f2, %f32, %f0
	fpminu8 %f0, %f2, %f30
	fpminu8 %f2, %f32, %f0
	fpminu16 %f0, %f2, %f30
	fpminu16 %f2, %f32, %f0
	fpminu32 %f0, %f2, %f30
	fpminu32 %f2, %f32, %f0
	fpsub8 %f0, %f2, %f30
	fpsub8 %f2, %f32, %f0
	fpsubs8 %f0, %f2, %f30
	fpsubs8 %f2, %f32, %f0
	fpsubus8 %f0, %f2, %f30
	fpsubus8 %f2, %f32, %f0
	fpsubus16 %f0, %f2, %f30
	fpsubus16 %f2, %f32, %f0
	fpcmple8 %f0, %f2, %o1
	fpcmple8 %f32, %f62, %g0
	fpcmpgt8 %f0, %f2, %o1
	fpcmpgt8 %f32, %f62, %g0
	fpcmpule16 %f0, %f2, %o1
	fpcmpule16 %f32, %f62, %g0
	fpcmpugt16 %f0, %f2, %o1
	fpcmpugt16 %f32, %f62, %g0
	fpcmpule32 %f0, %f2, %o1
	fpcmpule32 %f32, %f62, %g0
	fpcmpugt32 %f0, %f2, %o1
	fpcmpugt32 %f32, %f62, %g0
	subxc %o1, %o2, %o3
	subxccc %g0, %i7, %l0
	dictunpack %f0, 0, %f2
	dictunpack %f32, 31, %f62
	fpsll64x %f0, %f2, %f30
	fpsll64x %f2, %f32, %f0
	fpsrl64x %f0, %f2, %f30
	fpsrl64x %f2, %f32, %f0
	fpsra64x %f0, %f2, %f30
	fpsra64x %f2, %f32, %f0
	fpcmpule8shl %f0, %f48, 0, %o1
	fpcmpule8shl %f32, %f62, 3, %g0
	fpcmpugt8shl %f0, %f48, 0, %o1
	fpcmpugt8shl %f32, %f62, 3, %g0
	fpcmpeq8shl %f0, %f48, 0, %o1
	fpcmpeq8shl %f32, %f62, 3, %g0
	fpcmpne8shl %f0, %f48, 0, %o1
	fpcmpne8shl %f32, %f62, 3, %g0
	fpcmpule16shl %f0, %f48, 0, %o1
	fpcmpule16shl %f32, %f62, 3, %g0
	fpcmpugt16shl %f0, %f48, 0, %o1
	fpcmpugt16shl %f32, %f62, 3, %g0
	fpcmpeq16shl %f0, %f48, 0, %o1
	fpcmpeq16shl %f32, %f62, 3, %g0
	fpcmpne16shl %f0, %f48, 0, %o1
	fpcmpne16shl %f32, %f62, 3, %g0
	fpcmpule32shl %f0, %f48, 0, %o1
	fpcmpule32shl %f32, %f62, 3, %g0
	fpcmpugt32shl %f0, %f48, 0, %o1
	fpcmpugt32shl %f32, %f62, 3, %g0
	fpcmpeq32shl %f0, %f48, 0, %o1
	fpcmpeq32shl %f32, %f62, 3, %g0
	fpcmpne32shl %f0, %f48, 0, %o1
	fpcmpne32shl %f32, %f62, 3, %g0
	fpcmpde8shl %f0, %f48, 0, %o1
	fpcmpde8shl %f32, %f62, 3, %g0
	fpcmpde16shl %f0, %f48, 0, %o1
	fpcmpde16shl %f32, %f62, 3, %g0
	fpcmpde32shl %f0, %f48, 0, %o1
	fpcmpde32shl %f32, %f62, 3, %g0
	fpcmpur8shl %f0, %f48, 0, %o1
	fpcmpur8shl %f32, %f62, 3, %g0
	fpcmpur16shl %f0, %f48, 0, %o1
	fpcmpur16shl %f32, %f62, 3, %g0
	fpcmpur32shl %f0, %f48, 0, %o1
	fpcmpur32shl %f32, %f62, 3, %g0
	revbitsb %o1, %o2
	revbytesh %o1, %o2
	revbytesw %o1, %o2
	revbytesx %o1, %o2
	rle_burst %o1, %o2, %o3
	rle_length %o1, %o2
	onadd %f0, %f8, %f16
	onadd %f32, %f48, %f56
	onsub %f0, %f8, %f16
	onsub %f32, %f48, %f56
	onmul %f0, %f8, %f16
	onmul %f32, %f48, %f56
	ondiv %f0, %f8, %f16
	ondiv %f32, %f48, %f56
	ldmsh [%o1], %o2
	ldmsh [%o1 + %o2], %o3
	ldmsh [%o1 + 8], %o3
	ldmsh [%o1 - 512], %o3
	ldmsha [%o1 + %o2] %asi, %o3
	ldmsha [%o1] %asi, %o3
	ldmuh [%o1], %o2
	ldmuh [%o1 + %o2], %o3
	ldmuh [%o1 + 8], %o3
	ldmuh [%o1 - 512], %o3
	ldmuha [%o1 + %o2] %asi, %o3
	ldmuha [%o1] %asi, %o3
	ldmsw [%o1], %o2
	ldmsw [%o1 + %o2], %o3
	ldmsw [%o1 + 8], %o3
	ldmsw [%o1 - 512], %o3
	ldmswa [%o1 + %o2] %asi, %o3
	ldmswa [%o1] %asi, %o3
	ldmuw [%o1], %o2
	ldmuw [%o1 + %o2], %o3
	ldmuw [%o1 + 8], %o3
	ldmuw [%o1 - 512], %o3
	ldmuwa [%o1 + %o2] %asi, %o3
	ldmuwa [%o1] %asi, %o3
	ldmx [%o1], %o2
	ldmx [%o1 + %o2], %o3
	ldmx [%o1 + 8], %o3
	ldmx [%o1 - 512], %o3
	ldmxa [%o1 + %o2] %asi, %o3
	ldmxa [%o1] %asi, %o3
	ldmux [%o1], %o2
	ldmux [%o1 + %o2], %o3
	ldmux [%o1 + 8], %o3
	ldmux [%o1 - 512], %o3
	ldmuxa [%o1 + %o2] %asi, %o3
	ldmuxa [%o1] %asi, %o3
	ldmfs [%o1], %f3
	ldmfs [%o1 + %o2], %f3
	ldmfs [%o1 + 511], %f3
	ldmfsa [%o1 + %o2] %asi, %f3
	ldmfd [%o1], %f62
	ldmfd [%o1 + %o2], %f62
	ldmfd [%o1 + 511], %f62
	ldmfda [%o1 + %o2] %asi, %f62
	stmh %o2, [%o1]
	stmh %o3, [%o1 + %o2]
	stmh %o3, [%o1 + 8]
	stmha %o3, [%o1 + %o2] %asi
	stmw %o2, [%o1]
	stmw %o3, [%o1 + %o2]
	stmw %o3, [%o1 + 8]
	stmwa %o3, [%o1 + %o2] %asi
	stmx %o2, [%o1]
	stmx %o3, [%o1 + %o2]
	stmx %o3, [%o1 + 8]
	stmxa %o3, [%o1 + %o2] %asi
	stmfs %f3, [%o1]
	stmfs %f3, [%o1 + %o2]
	stmfs %f3, [%o1 - 8]
	stmfsa %f3, [%o1] %asi
	stmfd %f62, [%o1]
	stmfd %f62, [%o1 + %o2]
	stmfd %f62, [%o1 - 8]
	stmfda %f62, [%o1] %asi
	faligndata %f0, %f2, %f4, %f2
	faligndata %f32, %f62, %f4, %f62
fwd:
	nop
