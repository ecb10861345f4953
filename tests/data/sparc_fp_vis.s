! FP, FP load/store, FBfcc/FBPfcc and VIS1/VIS2 forms for tests/disasm_objdump.rs.
! Used by tests/disasm_objdump.rs (assembled with -64 -Av9b); machine-generated, edit freely.
	.section .text
	.align 4
	.global fp_forms
fp_forms:
back:
	fmovs %f0, %f0
	fmovs %f1, %f17
	fmovs %f17, %f0
	fmovs %f31, %f17
	fmovs %f0, %f0
	fmovd %f0, %f0
	fmovd %f2, %f30
	fmovd %f30, %f62
	fmovd %f32, %f2
	fmovd %f62, %f32
	fmovq %f0, %f0
	fmovq %f4, %f28
	fmovq %f28, %f60
	fmovq %f32, %f4
	fmovq %f60, %f32
	fnegs %f0, %f0
	fnegs %f1, %f17
	fnegs %f17, %f0
	fnegs %f31, %f17
	fnegs %f0, %f0
	fnegd %f0, %f0
	fnegd %f2, %f30
	fnegd %f30, %f62
	fnegd %f32, %f2
	fnegd %f62, %f32
	fnegq %f0, %f0
	fnegq %f4, %f28
	fnegq %f28, %f60
	fnegq %f32, %f4
	fnegq %f60, %f32
	fabss %f0, %f0
	fabss %f1, %f17
	fabss %f17, %f0
	fabss %f31, %f17
	fabss %f0, %f0
	fabsd %f0, %f0
	fabsd %f2, %f30
	fabsd %f30, %f62
	fabsd %f32, %f2
	fabsd %f62, %f32
	fabsq %f0, %f0
	fabsq %f4, %f28
	fabsq %f28, %f60
	fabsq %f32, %f4
	fabsq %f60, %f32
	fsqrts %f0, %f0
	fsqrts %f1, %f17
	fsqrts %f17, %f0
	fsqrts %f31, %f17
	fsqrts %f0, %f0
	fsqrtd %f0, %f0
	fsqrtd %f2, %f30
	fsqrtd %f30, %f62
	fsqrtd %f32, %f2
	fsqrtd %f62, %f32
	fsqrtq %f0, %f0
	fsqrtq %f4, %f28
	fsqrtq %f28, %f60
	fsqrtq %f32, %f4
	fsqrtq %f60, %f32
	fstox %f0, %f0
	fstox %f1, %f30
	fstox %f17, %f62
	fstox %f31, %f2
	fstox %f0, %f32
	fdtox %f0, %f0
	fdtox %f2, %f30
	fdtox %f30, %f62
	fdtox %f32, %f2
	fdtox %f62, %f32
	fqtox %f0, %f0
	fqtox %f4, %f30
	fqtox %f28, %f62
	fqtox %f32, %f2
	fqtox %f60, %f32
	fxtos %f0, %f0
	fxtos %f2, %f17
	fxtos %f30, %f0
	fxtos %f32, %f17
	fxtos %f62, %f0
	fxtod %f0, %f0
	fxtod %f2, %f30
	fxtod %f30, %f62
	fxtod %f32, %f2
	fxtod %f62, %f32
	fxtoq %f0, %f0
	fxtoq %f2, %f28
	fxtoq %f30, %f60
	fxtoq %f32, %f4
	fxtoq %f62, %f32
	fitos %f0, %f0
	fitos %f1, %f17
	fitos %f17, %f0
	fitos %f31, %f17
	fitos %f0, %f0
	fdtos %f0, %f0
	fdtos %f2, %f17
	fdtos %f30, %f0
	fdtos %f32, %f17
	fdtos %f62, %f0
	fqtos %f0, %f0
	fqtos %f4, %f17
	fqtos %f28, %f0
	fqtos %f32, %f17
	fqtos %f60, %f0
	fitod %f0, %f0
	fitod %f1, %f30
	fitod %f17, %f62
	fitod %f31, %f2
	fitod %f0, %f32
	fstod %f0, %f0
	fstod %f1, %f30
	fstod %f17, %f62
	fstod %f31, %f2
	fstod %f0, %f32
	fqtod %f0, %f0
	fqtod %f4, %f30
	fqtod %f28, %f62
	fqtod %f32, %f2
	fqtod %f60, %f32
	fitoq %f0, %f0
	fitoq %f1, %f28
	fitoq %f17, %f60
	fitoq %f31, %f4
	fitoq %f0, %f32
	fstoq %f0, %f0
	fstoq %f1, %f28
	fstoq %f17, %f60
	fstoq %f31, %f4
	fstoq %f0, %f32
	fdtoq %f0, %f0
	fdtoq %f2, %f28
	fdtoq %f30, %f60
	fdtoq %f32, %f4
	fdtoq %f62, %f32
	fstoi %f0, %f0
	fstoi %f1, %f17
	fstoi %f17, %f0
	fstoi %f31, %f17
	fstoi %f0, %f0
	fdtoi %f0, %f0
	fdtoi %f2, %f17
	fdtoi %f30, %f0
	fdtoi %f32, %f17
	fdtoi %f62, %f0
	fqtoi %f0, %f0
	fqtoi %f4, %f17
	fqtoi %f28, %f0
	fqtoi %f32, %f17
	fqtoi %f60, %f0
	fadds %f0, %f0, %f0
	fadds %f1, %f17, %f31
	fadds %f17, %f0, %f17
	fadds %f31, %f17, %f1
	fadds %f0, %f0, %f0
	faddd %f0, %f0, %f0
	faddd %f2, %f30, %f32
	faddd %f30, %f62, %f2
	faddd %f32, %f2, %f62
	faddd %f62, %f32, %f30
	faddq %f0, %f0, %f0
	faddq %f4, %f28, %f32
	faddq %f28, %f60, %f4
	faddq %f32, %f4, %f60
	faddq %f60, %f32, %f28
	fsubs %f0, %f0, %f0
	fsubs %f1, %f17, %f31
	fsubs %f17, %f0, %f17
	fsubs %f31, %f17, %f1
	fsubs %f0, %f0, %f0
	fsubd %f0, %f0, %f0
	fsubd %f2, %f30, %f32
	fsubd %f30, %f62, %f2
	fsubd %f32, %f2, %f62
	fsubd %f62, %f32, %f30
	fsubq %f0, %f0, %f0
	fsubq %f4, %f28, %f32
	fsubq %f28, %f60, %f4
	fsubq %f32, %f4, %f60
	fsubq %f60, %f32, %f28
	fmuls %f0, %f0, %f0
	fmuls %f1, %f17, %f31
	fmuls %f17, %f0, %f17
	fmuls %f31, %f17, %f1
	fmuls %f0, %f0, %f0
	fmuld %f0, %f0, %f0
	fmuld %f2, %f30, %f32
	fmuld %f30, %f62, %f2
	fmuld %f32, %f2, %f62
	fmuld %f62, %f32, %f30
	fmulq %f0, %f0, %f0
	fmulq %f4, %f28, %f32
	fmulq %f28, %f60, %f4
	fmulq %f32, %f4, %f60
	fmulq %f60, %f32, %f28
	fdivs %f0, %f0, %f0
	fdivs %f1, %f17, %f31
	fdivs %f17, %f0, %f17
	fdivs %f31, %f17, %f1
	fdivs %f0, %f0, %f0
	fdivd %f0, %f0, %f0
	fdivd %f2, %f30, %f32
	fdivd %f30, %f62, %f2
	fdivd %f32, %f2, %f62
	fdivd %f62, %f32, %f30
	fdivq %f0, %f0, %f0
	fdivq %f4, %f28, %f32
	fdivq %f28, %f60, %f4
	fdivq %f32, %f4, %f60
	fdivq %f60, %f32, %f28
	fsmuld %f0, %f0, %f0
	fsmuld %f1, %f17, %f32
	fsmuld %f17, %f0, %f2
	fsmuld %f31, %f17, %f62
	fsmuld %f0, %f0, %f30
	fdmulq %f0, %f0, %f0
	fdmulq %f2, %f30, %f32
	fdmulq %f30, %f62, %f4
	fdmulq %f32, %f2, %f60
	fdmulq %f62, %f32, %f28
	fcmps %f0, %f0
	fcmps %fcc0, %f0, %f0
	fcmps %fcc1, %f0, %f0
	fcmps %fcc2, %f0, %f0
	fcmps %fcc3, %f0, %f0
	fcmps %f1, %f17
	fcmps %fcc0, %f1, %f17
	fcmps %fcc1, %f1, %f17
	fcmps %fcc2, %f1, %f17
	fcmps %fcc3, %f1, %f17
	fcmps %f17, %f0
	fcmps %fcc0, %f17, %f0
	fcmps %fcc1, %f17, %f0
	fcmps %fcc2, %f17, %f0
	fcmps %fcc3, %f17, %f0
	fcmpd %f0, %f0
	fcmpd %fcc0, %f0, %f0
	fcmpd %fcc1, %f0, %f0
	fcmpd %fcc2, %f0, %f0
	fcmpd %fcc3, %f0, %f0
	fcmpd %f2, %f30
	fcmpd %fcc0, %f2, %f30
	fcmpd %fcc1, %f2, %f30
	fcmpd %fcc2, %f2, %f30
	fcmpd %fcc3, %f2, %f30
	fcmpd %f30, %f62
	fcmpd %fcc0, %f30, %f62
	fcmpd %fcc1, %f30, %f62
	fcmpd %fcc2, %f30, %f62
	fcmpd %fcc3, %f30, %f62
	fcmpq %f0, %f0
	fcmpq %fcc0, %f0, %f0
	fcmpq %fcc1, %f0, %f0
	fcmpq %fcc2, %f0, %f0
	fcmpq %fcc3, %f0, %f0
	fcmpq %f4, %f28
	fcmpq %fcc0, %f4, %f28
	fcmpq %fcc1, %f4, %f28
	fcmpq %fcc2, %f4, %f28
	fcmpq %fcc3, %f4, %f28
	fcmpq %f28, %f60
	fcmpq %fcc0, %f28, %f60
	fcmpq %fcc1, %f28, %f60
	fcmpq %fcc2, %f28, %f60
	fcmpq %fcc3, %f28, %f60
	fcmpes %f0, %f0
	fcmpes %fcc0, %f0, %f0
	fcmpes %fcc1, %f0, %f0
	fcmpes %fcc2, %f0, %f0
	fcmpes %fcc3, %f0, %f0
	fcmpes %f1, %f17
	fcmpes %fcc0, %f1, %f17
	fcmpes %fcc1, %f1, %f17
	fcmpes %fcc2, %f1, %f17
	fcmpes %fcc3, %f1, %f17
	fcmpes %f17, %f0
	fcmpes %fcc0, %f17, %f0
	fcmpes %fcc1, %f17, %f0
	fcmpes %fcc2, %f17, %f0
	fcmpes %fcc3, %f17, %f0
	fcmped %f0, %f0
	fcmped %fcc0, %f0, %f0
	fcmped %fcc1, %f0, %f0
	fcmped %fcc2, %f0, %f0
	fcmped %fcc3, %f0, %f0
	fcmped %f2, %f30
	fcmped %fcc0, %f2, %f30
	fcmped %fcc1, %f2, %f30
	fcmped %fcc2, %f2, %f30
	fcmped %fcc3, %f2, %f30
	fcmped %f30, %f62
	fcmped %fcc0, %f30, %f62
	fcmped %fcc1, %f30, %f62
	fcmped %fcc2, %f30, %f62
	fcmped %fcc3, %f30, %f62
	fcmpeq %f0, %f0
	fcmpeq %fcc0, %f0, %f0
	fcmpeq %fcc1, %f0, %f0
	fcmpeq %fcc2, %f0, %f0
	fcmpeq %fcc3, %f0, %f0
	fcmpeq %f4, %f28
	fcmpeq %fcc0, %f4, %f28
	fcmpeq %fcc1, %f4, %f28
	fcmpeq %fcc2, %f4, %f28
	fcmpeq %fcc3, %f4, %f28
	fcmpeq %f28, %f60
	fcmpeq %fcc0, %f28, %f60
	fcmpeq %fcc1, %f28, %f60
	fcmpeq %fcc2, %f28, %f60
	fcmpeq %fcc3, %f28, %f60
	fmovsa %icc, %f1, %f17
	fmovsa %xcc, %f1, %f17
	fmovsn %icc, %f1, %f17
	fmovsn %xcc, %f1, %f17
	fmovsne %icc, %f1, %f17
	fmovsne %xcc, %f1, %f17
	fmovse %icc, %f1, %f17
	fmovse %xcc, %f1, %f17
	fmovsg %icc, %f1, %f17
	fmovsg %xcc, %f1, %f17
	fmovsle %icc, %f1, %f17
	fmovsle %xcc, %f1, %f17
	fmovsge %icc, %f1, %f17
	fmovsge %xcc, %f1, %f17
	fmovsl %icc, %f1, %f17
	fmovsl %xcc, %f1, %f17
	fmovsgu %icc, %f1, %f17
	fmovsgu %xcc, %f1, %f17
	fmovsleu %icc, %f1, %f17
	fmovsleu %xcc, %f1, %f17
	fmovscc %icc, %f1, %f17
	fmovscc %xcc, %f1, %f17
	fmovscs %icc, %f1, %f17
	fmovscs %xcc, %f1, %f17
	fmovspos %icc, %f1, %f17
	fmovspos %xcc, %f1, %f17
	fmovsneg %icc, %f1, %f17
	fmovsneg %xcc, %f1, %f17
	fmovsvc %icc, %f1, %f17
	fmovsvc %xcc, %f1, %f17
	fmovsvs %icc, %f1, %f17
	fmovsvs %xcc, %f1, %f17
	fmovsnz %icc, %f1, %f17
	fmovsnz %xcc, %f1, %f17
	fmovsz %icc, %f1, %f17
	fmovsz %xcc, %f1, %f17
	fmovsgeu %icc, %f1, %f17
	fmovsgeu %xcc, %f1, %f17
	fmovslu %icc, %f1, %f17
	fmovslu %xcc, %f1, %f17
	fmovsa %fcc0, %f31, %f0
	fmovsa %fcc1, %f31, %f0
	fmovsa %fcc2, %f31, %f0
	fmovsa %fcc3, %f31, %f0
	fmovsn %fcc0, %f31, %f0
	fmovsn %fcc1, %f31, %f0
	fmovsn %fcc2, %f31, %f0
	fmovsn %fcc3, %f31, %f0
	fmovsu %fcc0, %f31, %f0
	fmovsu %fcc1, %f31, %f0
	fmovsu %fcc2, %f31, %f0
	fmovsu %fcc3, %f31, %f0
	fmovsg %fcc0, %f31, %f0
	fmovsg %fcc1, %f31, %f0
	fmovsg %fcc2, %f31, %f0
	fmovsg %fcc3, %f31, %f0
	fmovsug %fcc0, %f31, %f0
	fmovsug %fcc1, %f31, %f0
	fmovsug %fcc2, %f31, %f0
	fmovsug %fcc3, %f31, %f0
	fmovsl %fcc0, %f31, %f0
	fmovsl %fcc1, %f31, %f0
	fmovsl %fcc2, %f31, %f0
	fmovsl %fcc3, %f31, %f0
	fmovsul %fcc0, %f31, %f0
	fmovsul %fcc1, %f31, %f0
	fmovsul %fcc2, %f31, %f0
	fmovsul %fcc3, %f31, %f0
	fmovslg %fcc0, %f31, %f0
	fmovslg %fcc1, %f31, %f0
	fmovslg %fcc2, %f31, %f0
	fmovslg %fcc3, %f31, %f0
	fmovsne %fcc0, %f31, %f0
	fmovsne %fcc1, %f31, %f0
	fmovsne %fcc2, %f31, %f0
	fmovsne %fcc3, %f31, %f0
	fmovse %fcc0, %f31, %f0
	fmovse %fcc1, %f31, %f0
	fmovse %fcc2, %f31, %f0
	fmovse %fcc3, %f31, %f0
	fmovsue %fcc0, %f31, %f0
	fmovsue %fcc1, %f31, %f0
	fmovsue %fcc2, %f31, %f0
	fmovsue %fcc3, %f31, %f0
	fmovsge %fcc0, %f31, %f0
	fmovsge %fcc1, %f31, %f0
	fmovsge %fcc2, %f31, %f0
	fmovsge %fcc3, %f31, %f0
	fmovsuge %fcc0, %f31, %f0
	fmovsuge %fcc1, %f31, %f0
	fmovsuge %fcc2, %f31, %f0
	fmovsuge %fcc3, %f31, %f0
	fmovsle %fcc0, %f31, %f0
	fmovsle %fcc1, %f31, %f0
	fmovsle %fcc2, %f31, %f0
	fmovsle %fcc3, %f31, %f0
	fmovsule %fcc0, %f31, %f0
	fmovsule %fcc1, %f31, %f0
	fmovsule %fcc2, %f31, %f0
	fmovsule %fcc3, %f31, %f0
	fmovso %fcc0, %f31, %f0
	fmovso %fcc1, %f31, %f0
	fmovso %fcc2, %f31, %f0
	fmovso %fcc3, %f31, %f0
	fmovsnz %fcc0, %f31, %f0
	fmovsnz %fcc1, %f31, %f0
	fmovsnz %fcc2, %f31, %f0
	fmovsnz %fcc3, %f31, %f0
	fmovsz %fcc0, %f31, %f0
	fmovsz %fcc1, %f31, %f0
	fmovsz %fcc2, %f31, %f0
	fmovsz %fcc3, %f31, %f0
	fmovrsz %o1, %f1, %f0
	fmovrsz %i7, %f0, %f31
	fmovrslez %o1, %f1, %f0
	fmovrslez %i7, %f0, %f31
	fmovrslz %o1, %f1, %f0
	fmovrslz %i7, %f0, %f31
	fmovrsnz %o1, %f1, %f0
	fmovrsnz %i7, %f0, %f31
	fmovrsgz %o1, %f1, %f0
	fmovrsgz %i7, %f0, %f31
	fmovrsgez %o1, %f1, %f0
	fmovrsgez %i7, %f0, %f31
	fmovrse %o1, %f1, %f0
	fmovrse %i7, %f0, %f31
	fmovrsne %o1, %f1, %f0
	fmovrsne %i7, %f0, %f31
	fmovda %icc, %f2, %f30
	fmovda %xcc, %f2, %f30
	fmovdn %icc, %f2, %f30
	fmovdn %xcc, %f2, %f30
	fmovdne %icc, %f2, %f30
	fmovdne %xcc, %f2, %f30
	fmovde %icc, %f2, %f30
	fmovde %xcc, %f2, %f30
	fmovdg %icc, %f2, %f30
	fmovdg %xcc, %f2, %f30
	fmovdle %icc, %f2, %f30
	fmovdle %xcc, %f2, %f30
	fmovdge %icc, %f2, %f30
	fmovdge %xcc, %f2, %f30
	fmovdl %icc, %f2, %f30
	fmovdl %xcc, %f2, %f30
	fmovdgu %icc, %f2, %f30
	fmovdgu %xcc, %f2, %f30
	fmovdleu %icc, %f2, %f30
	fmovdleu %xcc, %f2, %f30
	fmovdcc %icc, %f2, %f30
	fmovdcc %xcc, %f2, %f30
	fmovdcs %icc, %f2, %f30
	fmovdcs %xcc, %f2, %f30
	fmovdpos %icc, %f2, %f30
	fmovdpos %xcc, %f2, %f30
	fmovdneg %icc, %f2, %f30
	fmovdneg %xcc, %f2, %f30
	fmovdvc %icc, %f2, %f30
	fmovdvc %xcc, %f2, %f30
	fmovdvs %icc, %f2, %f30
	fmovdvs %xcc, %f2, %f30
	fmovdnz %icc, %f2, %f30
	fmovdnz %xcc, %f2, %f30
	fmovdz %icc, %f2, %f30
	fmovdz %xcc, %f2, %f30
	fmovdgeu %icc, %f2, %f30
	fmovdgeu %xcc, %f2, %f30
	fmovdlu %icc, %f2, %f30
	fmovdlu %xcc, %f2, %f30
	fmovda %fcc0, %f32, %f0
	fmovda %fcc1, %f32, %f0
	fmovda %fcc2, %f32, %f0
	fmovda %fcc3, %f32, %f0
	fmovdn %fcc0, %f32, %f0
	fmovdn %fcc1, %f32, %f0
	fmovdn %fcc2, %f32, %f0
	fmovdn %fcc3, %f32, %f0
	fmovdu %fcc0, %f32, %f0
	fmovdu %fcc1, %f32, %f0
	fmovdu %fcc2, %f32, %f0
	fmovdu %fcc3, %f32, %f0
	fmovdg %fcc0, %f32, %f0
	fmovdg %fcc1, %f32, %f0
	fmovdg %fcc2, %f32, %f0
	fmovdg %fcc3, %f32, %f0
	fmovdug %fcc0, %f32, %f0
	fmovdug %fcc1, %f32, %f0
	fmovdug %fcc2, %f32, %f0
	fmovdug %fcc3, %f32, %f0
	fmovdl %fcc0, %f32, %f0
	fmovdl %fcc1, %f32, %f0
	fmovdl %fcc2, %f32, %f0
	fmovdl %fcc3, %f32, %f0
	fmovdul %fcc0, %f32, %f0
	fmovdul %fcc1, %f32, %f0
	fmovdul %fcc2, %f32, %f0
	fmovdul %fcc3, %f32, %f0
	fmovdlg %fcc0, %f32, %f0
	fmovdlg %fcc1, %f32, %f0
	fmovdlg %fcc2, %f32, %f0
	fmovdlg %fcc3, %f32, %f0
	fmovdne %fcc0, %f32, %f0
	fmovdne %fcc1, %f32, %f0
	fmovdne %fcc2, %f32, %f0
	fmovdne %fcc3, %f32, %f0
	fmovde %fcc0, %f32, %f0
	fmovde %fcc1, %f32, %f0
	fmovde %fcc2, %f32, %f0
	fmovde %fcc3, %f32, %f0
	fmovdue %fcc0, %f32, %f0
	fmovdue %fcc1, %f32, %f0
	fmovdue %fcc2, %f32, %f0
	fmovdue %fcc3, %f32, %f0
	fmovdge %fcc0, %f32, %f0
	fmovdge %fcc1, %f32, %f0
	fmovdge %fcc2, %f32, %f0
	fmovdge %fcc3, %f32, %f0
	fmovduge %fcc0, %f32, %f0
	fmovduge %fcc1, %f32, %f0
	fmovduge %fcc2, %f32, %f0
	fmovduge %fcc3, %f32, %f0
	fmovdle %fcc0, %f32, %f0
	fmovdle %fcc1, %f32, %f0
	fmovdle %fcc2, %f32, %f0
	fmovdle %fcc3, %f32, %f0
	fmovdule %fcc0, %f32, %f0
	fmovdule %fcc1, %f32, %f0
	fmovdule %fcc2, %f32, %f0
	fmovdule %fcc3, %f32, %f0
	fmovdo %fcc0, %f32, %f0
	fmovdo %fcc1, %f32, %f0
	fmovdo %fcc2, %f32, %f0
	fmovdo %fcc3, %f32, %f0
	fmovdnz %fcc0, %f32, %f0
	fmovdnz %fcc1, %f32, %f0
	fmovdnz %fcc2, %f32, %f0
	fmovdnz %fcc3, %f32, %f0
	fmovdz %fcc0, %f32, %f0
	fmovdz %fcc1, %f32, %f0
	fmovdz %fcc2, %f32, %f0
	fmovdz %fcc3, %f32, %f0
	fmovrdz %o1, %f2, %f62
	fmovrdz %i7, %f0, %f32
	fmovrdlez %o1, %f2, %f62
	fmovrdlez %i7, %f0, %f32
	fmovrdlz %o1, %f2, %f62
	fmovrdlz %i7, %f0, %f32
	fmovrdnz %o1, %f2, %f62
	fmovrdnz %i7, %f0, %f32
	fmovrdgz %o1, %f2, %f62
	fmovrdgz %i7, %f0, %f32
	fmovrdgez %o1, %f2, %f62
	fmovrdgez %i7, %f0, %f32
	fmovrde %o1, %f2, %f62
	fmovrde %i7, %f0, %f32
	fmovrdne %o1, %f2, %f62
	fmovrdne %i7, %f0, %f32
	fmovqa %icc, %f4, %f28
	fmovqa %xcc, %f4, %f28
	fmovqn %icc, %f4, %f28
	fmovqn %xcc, %f4, %f28
	fmovqne %icc, %f4, %f28
	fmovqne %xcc, %f4, %f28
	fmovqe %icc, %f4, %f28
	fmovqe %xcc, %f4, %f28
	fmovqg %icc, %f4, %f28
	fmovqg %xcc, %f4, %f28
	fmovqle %icc, %f4, %f28
	fmovqle %xcc, %f4, %f28
	fmovqge %icc, %f4, %f28
	fmovqge %xcc, %f4, %f28
	fmovql %icc, %f4, %f28
	fmovql %xcc, %f4, %f28
	fmovqgu %icc, %f4, %f28
	fmovqgu %xcc, %f4, %f28
	fmovqleu %icc, %f4, %f28
	fmovqleu %xcc, %f4, %f28
	fmovqcc %icc, %f4, %f28
	fmovqcc %xcc, %f4, %f28
	fmovqcs %icc, %f4, %f28
	fmovqcs %xcc, %f4, %f28
	fmovqpos %icc, %f4, %f28
	fmovqpos %xcc, %f4, %f28
	fmovqneg %icc, %f4, %f28
	fmovqneg %xcc, %f4, %f28
	fmovqvc %icc, %f4, %f28
	fmovqvc %xcc, %f4, %f28
	fmovqvs %icc, %f4, %f28
	fmovqvs %xcc, %f4, %f28
	fmovqnz %icc, %f4, %f28
	fmovqnz %xcc, %f4, %f28
	fmovqz %icc, %f4, %f28
	fmovqz %xcc, %f4, %f28
	fmovqgeu %icc, %f4, %f28
	fmovqgeu %xcc, %f4, %f28
	fmovqlu %icc, %f4, %f28
	fmovqlu %xcc, %f4, %f28
	fmovqa %fcc0, %f32, %f0
	fmovqa %fcc1, %f32, %f0
	fmovqa %fcc2, %f32, %f0
	fmovqa %fcc3, %f32, %f0
	fmovqn %fcc0, %f32, %f0
	fmovqn %fcc1, %f32, %f0
	fmovqn %fcc2, %f32, %f0
	fmovqn %fcc3, %f32, %f0
	fmovqu %fcc0, %f32, %f0
	fmovqu %fcc1, %f32, %f0
	fmovqu %fcc2, %f32, %f0
	fmovqu %fcc3, %f32, %f0
	fmovqg %fcc0, %f32, %f0
	fmovqg %fcc1, %f32, %f0
	fmovqg %fcc2, %f32, %f0
	fmovqg %fcc3, %f32, %f0
	fmovqug %fcc0, %f32, %f0
	fmovqug %fcc1, %f32, %f0
	fmovqug %fcc2, %f32, %f0
	fmovqug %fcc3, %f32, %f0
	fmovql %fcc0, %f32, %f0
	fmovql %fcc1, %f32, %f0
	fmovql %fcc2, %f32, %f0
	fmovql %fcc3, %f32, %f0
	fmovqul %fcc0, %f32, %f0
	fmovqul %fcc1, %f32, %f0
	fmovqul %fcc2, %f32, %f0
	fmovqul %fcc3, %f32, %f0
	fmovqlg %fcc0, %f32, %f0
	fmovqlg %fcc1, %f32, %f0
	fmovqlg %fcc2, %f32, %f0
	fmovqlg %fcc3, %f32, %f0
	fmovqne %fcc0, %f32, %f0
	fmovqne %fcc1, %f32, %f0
	fmovqne %fcc2, %f32, %f0
	fmovqne %fcc3, %f32, %f0
	fmovqe %fcc0, %f32, %f0
	fmovqe %fcc1, %f32, %f0
	fmovqe %fcc2, %f32, %f0
	fmovqe %fcc3, %f32, %f0
	fmovque %fcc0, %f32, %f0
	fmovque %fcc1, %f32, %f0
	fmovque %fcc2, %f32, %f0
	fmovque %fcc3, %f32, %f0
	fmovqge %fcc0, %f32, %f0
	fmovqge %fcc1, %f32, %f0
	fmovqge %fcc2, %f32, %f0
	fmovqge %fcc3, %f32, %f0
	fmovquge %fcc0, %f32, %f0
	fmovquge %fcc1, %f32, %f0
	fmovquge %fcc2, %f32, %f0
	fmovquge %fcc3, %f32, %f0
	fmovqle %fcc0, %f32, %f0
	fmovqle %fcc1, %f32, %f0
	fmovqle %fcc2, %f32, %f0
	fmovqle %fcc3, %f32, %f0
	fmovqule %fcc0, %f32, %f0
	fmovqule %fcc1, %f32, %f0
	fmovqule %fcc2, %f32, %f0
	fmovqule %fcc3, %f32, %f0
	fmovqo %fcc0, %f32, %f0
	fmovqo %fcc1, %f32, %f0
	fmovqo %fcc2, %f32, %f0
	fmovqo %fcc3, %f32, %f0
	fmovqnz %fcc0, %f32, %f0
	fmovqnz %fcc1, %f32, %f0
	fmovqnz %fcc2, %f32, %f0
	fmovqnz %fcc3, %f32, %f0
	fmovqz %fcc0, %f32, %f0
	fmovqz %fcc1, %f32, %f0
	fmovqz %fcc2, %f32, %f0
	fmovqz %fcc3, %f32, %f0
	fmovrqz %o1, %f4, %f60
	fmovrqz %i7, %f0, %f32
	fmovrqlez %o1, %f4, %f60
	fmovrqlez %i7, %f0, %f32
	fmovrqlz %o1, %f4, %f60
	fmovrqlz %i7, %f0, %f32
	fmovrqnz %o1, %f4, %f60
	fmovrqnz %i7, %f0, %f32
	fmovrqgz %o1, %f4, %f60
	fmovrqgz %i7, %f0, %f32
	fmovrqgez %o1, %f4, %f60
	fmovrqgez %i7, %f0, %f32
	fmovrqe %o1, %f4, %f60
	fmovrqe %i7, %f0, %f32
	fmovrqne %o1, %f4, %f60
	fmovrqne %i7, %f0, %f32
	ld [%o1], %f0
	st %f0, [%o1]
	ld [%o1], %f1
	st %f1, [%o1]
	ld [%o1], %f17
	st %f17, [%o1]
	ld [%o1], %f31
	st %f31, [%o1]
	ldd [%o1], %f0
	std %f0, [%o1]
	ldd [%o1], %f2
	std %f2, [%o1]
	ldd [%o1], %f30
	std %f30, [%o1]
	ldd [%o1], %f32
	std %f32, [%o1]
	ldd [%o1], %f62
	std %f62, [%o1]
	ldq [%o1], %f0
	stq %f0, [%o1]
	ldq [%o1], %f4
	stq %f4, [%o1]
	ldq [%o1], %f28
	stq %f28, [%o1]
	ldq [%o1], %f32
	stq %f32, [%o1]
	ldq [%o1], %f60
	stq %f60, [%o1]
	ld [%o1], %fsr
	st %fsr, [%o1]
	ldx [%o1], %fsr
	stx %fsr, [%o1]
	ld [%o1 + %o2], %f0
	st %f0, [%o1 + %o2]
	ld [%o1 + %o2], %f1
	st %f1, [%o1 + %o2]
	ld [%o1 + %o2], %f17
	st %f17, [%o1 + %o2]
	ld [%o1 + %o2], %f31
	st %f31, [%o1 + %o2]
	ldd [%o1 + %o2], %f0
	std %f0, [%o1 + %o2]
	ldd [%o1 + %o2], %f2
	std %f2, [%o1 + %o2]
	ldd [%o1 + %o2], %f30
	std %f30, [%o1 + %o2]
	ldd [%o1 + %o2], %f32
	std %f32, [%o1 + %o2]
	ldd [%o1 + %o2], %f62
	std %f62, [%o1 + %o2]
	ldq [%o1 + %o2], %f0
	stq %f0, [%o1 + %o2]
	ldq [%o1 + %o2], %f4
	stq %f4, [%o1 + %o2]
	ldq [%o1 + %o2], %f28
	stq %f28, [%o1 + %o2]
	ldq [%o1 + %o2], %f32
	stq %f32, [%o1 + %o2]
	ldq [%o1 + %o2], %f60
	stq %f60, [%o1 + %o2]
	ld [%o1 + %o2], %fsr
	st %fsr, [%o1 + %o2]
	ldx [%o1 + %o2], %fsr
	stx %fsr, [%o1 + %o2]
	ld [%o1 + 8], %f0
	st %f0, [%o1 + 8]
	ld [%o1 + 8], %f1
	st %f1, [%o1 + 8]
	ld [%o1 + 8], %f17
	st %f17, [%o1 + 8]
	ld [%o1 + 8], %f31
	st %f31, [%o1 + 8]
	ldd [%o1 + 8], %f0
	std %f0, [%o1 + 8]
	ldd [%o1 + 8], %f2
	std %f2, [%o1 + 8]
	ldd [%o1 + 8], %f30
	std %f30, [%o1 + 8]
	ldd [%o1 + 8], %f32
	std %f32, [%o1 + 8]
	ldd [%o1 + 8], %f62
	std %f62, [%o1 + 8]
	ldq [%o1 + 8], %f0
	stq %f0, [%o1 + 8]
	ldq [%o1 + 8], %f4
	stq %f4, [%o1 + 8]
	ldq [%o1 + 8], %f28
	stq %f28, [%o1 + 8]
	ldq [%o1 + 8], %f32
	stq %f32, [%o1 + 8]
	ldq [%o1 + 8], %f60
	stq %f60, [%o1 + 8]
	ld [%o1 + 8], %fsr
	st %fsr, [%o1 + 8]
	ldx [%o1 + 8], %fsr
	stx %fsr, [%o1 + 8]
	ld [%fp + -16], %f0
	st %f0, [%fp + -16]
	ld [%fp + -16], %f1
	st %f1, [%fp + -16]
	ld [%fp + -16], %f17
	st %f17, [%fp + -16]
	ld [%fp + -16], %f31
	st %f31, [%fp + -16]
	ldd [%fp + -16], %f0
	std %f0, [%fp + -16]
	ldd [%fp + -16], %f2
	std %f2, [%fp + -16]
	ldd [%fp + -16], %f30
	std %f30, [%fp + -16]
	ldd [%fp + -16], %f32
	std %f32, [%fp + -16]
	ldd [%fp + -16], %f62
	std %f62, [%fp + -16]
	ldq [%fp + -16], %f0
	stq %f0, [%fp + -16]
	ldq [%fp + -16], %f4
	stq %f4, [%fp + -16]
	ldq [%fp + -16], %f28
	stq %f28, [%fp + -16]
	ldq [%fp + -16], %f32
	stq %f32, [%fp + -16]
	ldq [%fp + -16], %f60
	stq %f60, [%fp + -16]
	ld [%fp + -16], %fsr
	st %fsr, [%fp + -16]
	ldx [%fp + -16], %fsr
	stx %fsr, [%fp + -16]
	ld [%g0 + %o3], %f0
	st %f0, [%g0 + %o3]
	ld [%g0 + %o3], %f1
	st %f1, [%g0 + %o3]
	ld [%g0 + %o3], %f17
	st %f17, [%g0 + %o3]
	ld [%g0 + %o3], %f31
	st %f31, [%g0 + %o3]
	ldd [%g0 + %o3], %f0
	std %f0, [%g0 + %o3]
	ldd [%g0 + %o3], %f2
	std %f2, [%g0 + %o3]
	ldd [%g0 + %o3], %f30
	std %f30, [%g0 + %o3]
	ldd [%g0 + %o3], %f32
	std %f32, [%g0 + %o3]
	ldd [%g0 + %o3], %f62
	std %f62, [%g0 + %o3]
	ldq [%g0 + %o3], %f0
	stq %f0, [%g0 + %o3]
	ldq [%g0 + %o3], %f4
	stq %f4, [%g0 + %o3]
	ldq [%g0 + %o3], %f28
	stq %f28, [%g0 + %o3]
	ldq [%g0 + %o3], %f32
	stq %f32, [%g0 + %o3]
	ldq [%g0 + %o3], %f60
	stq %f60, [%g0 + %o3]
	ld [%g0 + %o3], %fsr
	st %fsr, [%g0 + %o3]
	ldx [%g0 + %o3], %fsr
	stx %fsr, [%g0 + %o3]
	ld [100], %f0
	st %f0, [100]
	ld [100], %f1
	st %f1, [100]
	ld [100], %f17
	st %f17, [100]
	ld [100], %f31
	st %f31, [100]
	ldd [100], %f0
	std %f0, [100]
	ldd [100], %f2
	std %f2, [100]
	ldd [100], %f30
	std %f30, [100]
	ldd [100], %f32
	std %f32, [100]
	ldd [100], %f62
	std %f62, [100]
	ldq [100], %f0
	stq %f0, [100]
	ldq [100], %f4
	stq %f4, [100]
	ldq [100], %f28
	stq %f28, [100]
	ldq [100], %f32
	stq %f32, [100]
	ldq [100], %f60
	stq %f60, [100]
	ld [100], %fsr
	st %fsr, [100]
	ldx [100], %fsr
	stx %fsr, [100]
	ld [%i7 + %g0], %f0
	st %f0, [%i7 + %g0]
	ld [%i7 + %g0], %f1
	st %f1, [%i7 + %g0]
	ld [%i7 + %g0], %f17
	st %f17, [%i7 + %g0]
	ld [%i7 + %g0], %f31
	st %f31, [%i7 + %g0]
	ldd [%i7 + %g0], %f0
	std %f0, [%i7 + %g0]
	ldd [%i7 + %g0], %f2
	std %f2, [%i7 + %g0]
	ldd [%i7 + %g0], %f30
	std %f30, [%i7 + %g0]
	ldd [%i7 + %g0], %f32
	std %f32, [%i7 + %g0]
	ldd [%i7 + %g0], %f62
	std %f62, [%i7 + %g0]
	ldq [%i7 + %g0], %f0
	stq %f0, [%i7 + %g0]
	ldq [%i7 + %g0], %f4
	stq %f4, [%i7 + %g0]
	ldq [%i7 + %g0], %f28
	stq %f28, [%i7 + %g0]
	ldq [%i7 + %g0], %f32
	stq %f32, [%i7 + %g0]
	ldq [%i7 + %g0], %f60
	stq %f60, [%i7 + %g0]
	ld [%i7 + %g0], %fsr
	st %fsr, [%i7 + %g0]
	ldx [%i7 + %g0], %fsr
	stx %fsr, [%i7 + %g0]
	lda [%o1 + %o2] #ASI_P, %f3
	lda [%o1] #ASI_P, %f30
	ldda [%o1 + %o2] #ASI_P, %f32
	ldda [%o1] #ASI_P, %f48
	ldda [%o1] #ASI_P, %f2
	sta %f3, [%o1 + %o2] #ASI_P
	sta %f31, [%o1] #ASI_P
	stda %f32, [%o1 + %o2] #ASI_P
	stda %f0, [%o1] #ASI_P
	stda %f62, [%i1] #ASI_P
	ldqa [%o1 + %o2] #ASI_P, %f4
	ldqa [%o1] #ASI_P, %f60
	lda [%o1 + %o2] #ASI_PNF, %f3
	lda [%o1] #ASI_PNF, %f30
	ldda [%o1 + %o2] #ASI_PNF, %f32
	ldda [%o1] #ASI_PNF, %f48
	ldda [%o1] #ASI_PNF, %f2
	sta %f3, [%o1 + %o2] #ASI_PNF
	sta %f31, [%o1] #ASI_PNF
	stda %f32, [%o1 + %o2] #ASI_PNF
	stda %f0, [%o1] #ASI_PNF
	stda %f62, [%i1] #ASI_PNF
	ldqa [%o1 + %o2] #ASI_PNF, %f4
	ldqa [%o1] #ASI_PNF, %f60
	lda [%o1 + %o2] #ASI_BLK_P, %f3
	lda [%o1] #ASI_BLK_P, %f30
	ldda [%o1 + %o2] #ASI_BLK_P, %f32
	ldda [%o1] #ASI_BLK_P, %f48
	ldda [%o1] #ASI_BLK_P, %f2
	sta %f3, [%o1 + %o2] #ASI_BLK_P
	sta %f31, [%o1] #ASI_BLK_P
	stda %f32, [%o1 + %o2] #ASI_BLK_P
	stda %f0, [%o1] #ASI_BLK_P
	stda %f62, [%i1] #ASI_BLK_P
	ldqa [%o1 + %o2] #ASI_BLK_P, %f4
	ldqa [%o1] #ASI_BLK_P, %f60
	lda [%o1 + %o2] #ASI_BLK_S, %f3
	lda [%o1] #ASI_BLK_S, %f30
	ldda [%o1 + %o2] #ASI_BLK_S, %f32
	ldda [%o1] #ASI_BLK_S, %f48
	ldda [%o1] #ASI_BLK_S, %f2
	sta %f3, [%o1 + %o2] #ASI_BLK_S
	sta %f31, [%o1] #ASI_BLK_S
	stda %f32, [%o1 + %o2] #ASI_BLK_S
	stda %f0, [%o1] #ASI_BLK_S
	stda %f62, [%i1] #ASI_BLK_S
	ldqa [%o1 + %o2] #ASI_BLK_S, %f4
	ldqa [%o1] #ASI_BLK_S, %f60
	lda [%o1 + %o2] #ASI_FL8_P, %f3
	lda [%o1] #ASI_FL8_P, %f30
	ldda [%o1 + %o2] #ASI_FL8_P, %f32
	ldda [%o1] #ASI_FL8_P, %f48
	ldda [%o1] #ASI_FL8_P, %f2
	sta %f3, [%o1 + %o2] #ASI_FL8_P
	sta %f31, [%o1] #ASI_FL8_P
	stda %f32, [%o1 + %o2] #ASI_FL8_P
	stda %f0, [%o1] #ASI_FL8_P
	stda %f62, [%i1] #ASI_FL8_P
	ldqa [%o1 + %o2] #ASI_FL8_P, %f4
	ldqa [%o1] #ASI_FL8_P, %f60
	lda [%o1 + %o2] #ASI_PST8_P, %f3
	lda [%o1] #ASI_PST8_P, %f30
	ldda [%o1 + %o2] #ASI_PST8_P, %f32
	ldda [%o1] #ASI_PST8_P, %f48
	ldda [%o1] #ASI_PST8_P, %f2
	sta %f3, [%o1 + %o2] #ASI_PST8_P
	sta %f31, [%o1] #ASI_PST8_P
	stda %f32, [%o1 + %o2] #ASI_PST8_P
	stda %f0, [%o1] #ASI_PST8_P
	stda %f62, [%i1] #ASI_PST8_P
	ldqa [%o1 + %o2] #ASI_PST8_P, %f4
	ldqa [%o1] #ASI_PST8_P, %f60
	lda [%o1 + %o2] #ASI_P_L, %f3
	lda [%o1] #ASI_P_L, %f30
	ldda [%o1 + %o2] #ASI_P_L, %f32
	ldda [%o1] #ASI_P_L, %f48
	ldda [%o1] #ASI_P_L, %f2
	sta %f3, [%o1 + %o2] #ASI_P_L
	sta %f31, [%o1] #ASI_P_L
	stda %f32, [%o1 + %o2] #ASI_P_L
	stda %f0, [%o1] #ASI_P_L
	stda %f62, [%i1] #ASI_P_L
	ldqa [%o1 + %o2] #ASI_P_L, %f4
	ldqa [%o1] #ASI_P_L, %f60
	lda [%o1 + %o2] 0x11, %f3
	lda [%o1] 0x11, %f30
	ldda [%o1 + %o2] 0x11, %f32
	ldda [%o1] 0x11, %f48
	ldda [%o1] 0x11, %f2
	sta %f3, [%o1 + %o2] 0x11
	sta %f31, [%o1] 0x11
	stda %f32, [%o1 + %o2] 0x11
	stda %f0, [%o1] 0x11
	stda %f62, [%i1] 0x11
	ldqa [%o1 + %o2] 0x11, %f4
	ldqa [%o1] 0x11, %f60
	lda [%o1 + %o2] 0x20, %f3
	lda [%o1] 0x20, %f30
	ldda [%o1 + %o2] 0x20, %f32
	ldda [%o1] 0x20, %f48
	ldda [%o1] 0x20, %f2
	sta %f3, [%o1 + %o2] 0x20
	sta %f31, [%o1] 0x20
	stda %f32, [%o1 + %o2] 0x20
	stda %f0, [%o1] 0x20
	stda %f62, [%i1] 0x20
	ldqa [%o1 + %o2] 0x20, %f4
	ldqa [%o1] 0x20, %f60
	lda [%o1 + 8] %asi, %f0
	sta %f0, [%o1 - 8] %asi
	lda [%o1 + 8] %asi, %f31
	sta %f31, [%o1 - 8] %asi
	ldda [%o1 + 8] %asi, %f0
	stda %f0, [%o1] %asi
	ldqa [%o1 + 8] %asi, %f0
	stqa %f0, [%o1 + 16] %asi
	ldda [%o1 + 8] %asi, %f62
	stda %f62, [%o1] %asi
	ldqa [%o1 + 8] %asi, %f60
	stqa %f60, [%o1 + 16] %asi
	stqa %f4, [%o1 + %o2] 0
	fba back
	nop
	fba,a back
	nop
	fba %fcc0, back
	nop
	fba,pt %fcc0, back
	nop
	fba,pn %fcc0, back
	nop
	fba,a %fcc0, back
	nop
	fba,a,pt %fcc0, back
	nop
	fba,a,pn %fcc0, back
	nop
	fba %fcc1, back
	nop
	fba,pt %fcc1, back
	nop
	fba,pn %fcc1, back
	nop
	fba,a %fcc1, back
	nop
	fba,a,pt %fcc1, back
	nop
	fba,a,pn %fcc1, back
	nop
	fba %fcc2, back
	nop
	fba,pt %fcc2, back
	nop
	fba,pn %fcc2, back
	nop
	fba,a %fcc2, back
	nop
	fba,a,pt %fcc2, back
	nop
	fba,a,pn %fcc2, back
	nop
	fba %fcc3, back
	nop
	fba,pt %fcc3, back
	nop
	fba,pn %fcc3, back
	nop
	fba,a %fcc3, back
	nop
	fba,a,pt %fcc3, back
	nop
	fba,a,pn %fcc3, back
	nop
	fba fwd
	nop
	fba,a fwd
	nop
	fba %fcc0, fwd
	nop
	fba,pt %fcc0, fwd
	nop
	fba,pn %fcc0, fwd
	nop
	fba,a %fcc0, fwd
	nop
	fba,a,pt %fcc0, fwd
	nop
	fba,a,pn %fcc0, fwd
	nop
	fba %fcc1, fwd
	nop
	fba,pt %fcc1, fwd
	nop
	fba,pn %fcc1, fwd
	nop
	fba,a %fcc1, fwd
	nop
	fba,a,pt %fcc1, fwd
	nop
	fba,a,pn %fcc1, fwd
	nop
	fba %fcc2, fwd
	nop
	fba,pt %fcc2, fwd
	nop
	fba,pn %fcc2, fwd
	nop
	fba,a %fcc2, fwd
	nop
	fba,a,pt %fcc2, fwd
	nop
	fba,a,pn %fcc2, fwd
	nop
	fba %fcc3, fwd
	nop
	fba,pt %fcc3, fwd
	nop
	fba,pn %fcc3, fwd
	nop
	fba,a %fcc3, fwd
	nop
	fba,a,pt %fcc3, fwd
	nop
	fba,a,pn %fcc3, fwd
	nop
	fbn back
	nop
	fbn,a back
	nop
	fbn %fcc0, back
	nop
	fbn,pt %fcc0, back
	nop
	fbn,pn %fcc0, back
	nop
	fbn,a %fcc0, back
	nop
	fbn,a,pt %fcc0, back
	nop
	fbn,a,pn %fcc0, back
	nop
	fbn %fcc1, back
	nop
	fbn,pt %fcc1, back
	nop
	fbn,pn %fcc1, back
	nop
	fbn,a %fcc1, back
	nop
	fbn,a,pt %fcc1, back
	nop
	fbn,a,pn %fcc1, back
	nop
	fbn %fcc2, back
	nop
	fbn,pt %fcc2, back
	nop
	fbn,pn %fcc2, back
	nop
	fbn,a %fcc2, back
	nop
	fbn,a,pt %fcc2, back
	nop
	fbn,a,pn %fcc2, back
	nop
	fbn %fcc3, back
	nop
	fbn,pt %fcc3, back
	nop
	fbn,pn %fcc3, back
	nop
	fbn,a %fcc3, back
	nop
	fbn,a,pt %fcc3, back
	nop
	fbn,a,pn %fcc3, back
	nop
	fbn fwd
	nop
	fbn,a fwd
	nop
	fbn %fcc0, fwd
	nop
	fbn,pt %fcc0, fwd
	nop
	fbn,pn %fcc0, fwd
	nop
	fbn,a %fcc0, fwd
	nop
	fbn,a,pt %fcc0, fwd
	nop
	fbn,a,pn %fcc0, fwd
	nop
	fbn %fcc1, fwd
	nop
	fbn,pt %fcc1, fwd
	nop
	fbn,pn %fcc1, fwd
	nop
	fbn,a %fcc1, fwd
	nop
	fbn,a,pt %fcc1, fwd
	nop
	fbn,a,pn %fcc1, fwd
	nop
	fbn %fcc2, fwd
	nop
	fbn,pt %fcc2, fwd
	nop
	fbn,pn %fcc2, fwd
	nop
	fbn,a %fcc2, fwd
	nop
	fbn,a,pt %fcc2, fwd
	nop
	fbn,a,pn %fcc2, fwd
	nop
	fbn %fcc3, fwd
	nop
	fbn,pt %fcc3, fwd
	nop
	fbn,pn %fcc3, fwd
	nop
	fbn,a %fcc3, fwd
	nop
	fbn,a,pt %fcc3, fwd
	nop
	fbn,a,pn %fcc3, fwd
	nop
	fbu back
	nop
	fbu,a back
	nop
	fbu %fcc0, back
	nop
	fbu,pt %fcc0, back
	nop
	fbu,pn %fcc0, back
	nop
	fbu,a %fcc0, back
	nop
	fbu,a,pt %fcc0, back
	nop
	fbu,a,pn %fcc0, back
	nop
	fbu %fcc1, back
	nop
	fbu,pt %fcc1, back
	nop
	fbu,pn %fcc1, back
	nop
	fbu,a %fcc1, back
	nop
	fbu,a,pt %fcc1, back
	nop
	fbu,a,pn %fcc1, back
	nop
	fbu %fcc2, back
	nop
	fbu,pt %fcc2, back
	nop
	fbu,pn %fcc2, back
	nop
	fbu,a %fcc2, back
	nop
	fbu,a,pt %fcc2, back
	nop
	fbu,a,pn %fcc2, back
	nop
	fbu %fcc3, back
	nop
	fbu,pt %fcc3, back
	nop
	fbu,pn %fcc3, back
	nop
	fbu,a %fcc3, back
	nop
	fbu,a,pt %fcc3, back
	nop
	fbu,a,pn %fcc3, back
	nop
	fbu fwd
	nop
	fbu,a fwd
	nop
	fbu %fcc0, fwd
	nop
	fbu,pt %fcc0, fwd
	nop
	fbu,pn %fcc0, fwd
	nop
	fbu,a %fcc0, fwd
	nop
	fbu,a,pt %fcc0, fwd
	nop
	fbu,a,pn %fcc0, fwd
	nop
	fbu %fcc1, fwd
	nop
	fbu,pt %fcc1, fwd
	nop
	fbu,pn %fcc1, fwd
	nop
	fbu,a %fcc1, fwd
	nop
	fbu,a,pt %fcc1, fwd
	nop
	fbu,a,pn %fcc1, fwd
	nop
	fbu %fcc2, fwd
	nop
	fbu,pt %fcc2, fwd
	nop
	fbu,pn %fcc2, fwd
	nop
	fbu,a %fcc2, fwd
	nop
	fbu,a,pt %fcc2, fwd
	nop
	fbu,a,pn %fcc2, fwd
	nop
	fbu %fcc3, fwd
	nop
	fbu,pt %fcc3, fwd
	nop
	fbu,pn %fcc3, fwd
	nop
	fbu,a %fcc3, fwd
	nop
	fbu,a,pt %fcc3, fwd
	nop
	fbu,a,pn %fcc3, fwd
	nop
	fbg back
	nop
	fbg,a back
	nop
	fbg %fcc0, back
	nop
	fbg,pt %fcc0, back
	nop
	fbg,pn %fcc0, back
	nop
	fbg,a %fcc0, back
	nop
	fbg,a,pt %fcc0, back
	nop
	fbg,a,pn %fcc0, back
	nop
	fbg %fcc1, back
	nop
	fbg,pt %fcc1, back
	nop
	fbg,pn %fcc1, back
	nop
	fbg,a %fcc1, back
	nop
	fbg,a,pt %fcc1, back
	nop
	fbg,a,pn %fcc1, back
	nop
	fbg %fcc2, back
	nop
	fbg,pt %fcc2, back
	nop
	fbg,pn %fcc2, back
	nop
	fbg,a %fcc2, back
	nop
	fbg,a,pt %fcc2, back
	nop
	fbg,a,pn %fcc2, back
	nop
	fbg %fcc3, back
	nop
	fbg,pt %fcc3, back
	nop
	fbg,pn %fcc3, back
	nop
	fbg,a %fcc3, back
	nop
	fbg,a,pt %fcc3, back
	nop
	fbg,a,pn %fcc3, back
	nop
	fbg fwd
	nop
	fbg,a fwd
	nop
	fbg %fcc0, fwd
	nop
	fbg,pt %fcc0, fwd
	nop
	fbg,pn %fcc0, fwd
	nop
	fbg,a %fcc0, fwd
	nop
	fbg,a,pt %fcc0, fwd
	nop
	fbg,a,pn %fcc0, fwd
	nop
	fbg %fcc1, fwd
	nop
	fbg,pt %fcc1, fwd
	nop
	fbg,pn %fcc1, fwd
	nop
	fbg,a %fcc1, fwd
	nop
	fbg,a,pt %fcc1, fwd
	nop
	fbg,a,pn %fcc1, fwd
	nop
	fbg %fcc2, fwd
	nop
	fbg,pt %fcc2, fwd
	nop
	fbg,pn %fcc2, fwd
	nop
	fbg,a %fcc2, fwd
	nop
	fbg,a,pt %fcc2, fwd
	nop
	fbg,a,pn %fcc2, fwd
	nop
	fbg %fcc3, fwd
	nop
	fbg,pt %fcc3, fwd
	nop
	fbg,pn %fcc3, fwd
	nop
	fbg,a %fcc3, fwd
	nop
	fbg,a,pt %fcc3, fwd
	nop
	fbg,a,pn %fcc3, fwd
	nop
	fbug back
	nop
	fbug,a back
	nop
	fbug %fcc0, back
	nop
	fbug,pt %fcc0, back
	nop
	fbug,pn %fcc0, back
	nop
	fbug,a %fcc0, back
	nop
	fbug,a,pt %fcc0, back
	nop
	fbug,a,pn %fcc0, back
	nop
	fbug %fcc1, back
	nop
	fbug,pt %fcc1, back
	nop
	fbug,pn %fcc1, back
	nop
	fbug,a %fcc1, back
	nop
	fbug,a,pt %fcc1, back
	nop
	fbug,a,pn %fcc1, back
	nop
	fbug %fcc2, back
	nop
	fbug,pt %fcc2, back
	nop
	fbug,pn %fcc2, back
	nop
	fbug,a %fcc2, back
	nop
	fbug,a,pt %fcc2, back
	nop
	fbug,a,pn %fcc2, back
	nop
	fbug %fcc3, back
	nop
	fbug,pt %fcc3, back
	nop
	fbug,pn %fcc3, back
	nop
	fbug,a %fcc3, back
	nop
	fbug,a,pt %fcc3, back
	nop
	fbug,a,pn %fcc3, back
	nop
	fbug fwd
	nop
	fbug,a fwd
	nop
	fbug %fcc0, fwd
	nop
	fbug,pt %fcc0, fwd
	nop
	fbug,pn %fcc0, fwd
	nop
	fbug,a %fcc0, fwd
	nop
	fbug,a,pt %fcc0, fwd
	nop
	fbug,a,pn %fcc0, fwd
	nop
	fbug %fcc1, fwd
	nop
	fbug,pt %fcc1, fwd
	nop
	fbug,pn %fcc1, fwd
	nop
	fbug,a %fcc1, fwd
	nop
	fbug,a,pt %fcc1, fwd
	nop
	fbug,a,pn %fcc1, fwd
	nop
	fbug %fcc2, fwd
	nop
	fbug,pt %fcc2, fwd
	nop
	fbug,pn %fcc2, fwd
	nop
	fbug,a %fcc2, fwd
	nop
	fbug,a,pt %fcc2, fwd
	nop
	fbug,a,pn %fcc2, fwd
	nop
	fbug %fcc3, fwd
	nop
	fbug,pt %fcc3, fwd
	nop
	fbug,pn %fcc3, fwd
	nop
	fbug,a %fcc3, fwd
	nop
	fbug,a,pt %fcc3, fwd
	nop
	fbug,a,pn %fcc3, fwd
	nop
	fbl back
	nop
	fbl,a back
	nop
	fbl %fcc0, back
	nop
	fbl,pt %fcc0, back
	nop
	fbl,pn %fcc0, back
	nop
	fbl,a %fcc0, back
	nop
	fbl,a,pt %fcc0, back
	nop
	fbl,a,pn %fcc0, back
	nop
	fbl %fcc1, back
	nop
	fbl,pt %fcc1, back
	nop
	fbl,pn %fcc1, back
	nop
	fbl,a %fcc1, back
	nop
	fbl,a,pt %fcc1, back
	nop
	fbl,a,pn %fcc1, back
	nop
	fbl %fcc2, back
	nop
	fbl,pt %fcc2, back
	nop
	fbl,pn %fcc2, back
	nop
	fbl,a %fcc2, back
	nop
	fbl,a,pt %fcc2, back
	nop
	fbl,a,pn %fcc2, back
	nop
	fbl %fcc3, back
	nop
	fbl,pt %fcc3, back
	nop
	fbl,pn %fcc3, back
	nop
	fbl,a %fcc3, back
	nop
	fbl,a,pt %fcc3, back
	nop
	fbl,a,pn %fcc3, back
	nop
	fbl fwd
	nop
	fbl,a fwd
	nop
	fbl %fcc0, fwd
	nop
	fbl,pt %fcc0, fwd
	nop
	fbl,pn %fcc0, fwd
	nop
	fbl,a %fcc0, fwd
	nop
	fbl,a,pt %fcc0, fwd
	nop
	fbl,a,pn %fcc0, fwd
	nop
	fbl %fcc1, fwd
	nop
	fbl,pt %fcc1, fwd
	nop
	fbl,pn %fcc1, fwd
	nop
	fbl,a %fcc1, fwd
	nop
	fbl,a,pt %fcc1, fwd
	nop
	fbl,a,pn %fcc1, fwd
	nop
	fbl %fcc2, fwd
	nop
	fbl,pt %fcc2, fwd
	nop
	fbl,pn %fcc2, fwd
	nop
	fbl,a %fcc2, fwd
	nop
	fbl,a,pt %fcc2, fwd
	nop
	fbl,a,pn %fcc2, fwd
	nop
	fbl %fcc3, fwd
	nop
	fbl,pt %fcc3, fwd
	nop
	fbl,pn %fcc3, fwd
	nop
	fbl,a %fcc3, fwd
	nop
	fbl,a,pt %fcc3, fwd
	nop
	fbl,a,pn %fcc3, fwd
	nop
	fbul back
	nop
	fbul,a back
	nop
	fbul %fcc0, back
	nop
	fbul,pt %fcc0, back
	nop
	fbul,pn %fcc0, back
	nop
	fbul,a %fcc0, back
	nop
	fbul,a,pt %fcc0, back
	nop
	fbul,a,pn %fcc0, back
	nop
	fbul %fcc1, back
	nop
	fbul,pt %fcc1, back
	nop
	fbul,pn %fcc1, back
	nop
	fbul,a %fcc1, back
	nop
	fbul,a,pt %fcc1, back
	nop
	fbul,a,pn %fcc1, back
	nop
	fbul %fcc2, back
	nop
	fbul,pt %fcc2, back
	nop
	fbul,pn %fcc2, back
	nop
	fbul,a %fcc2, back
	nop
	fbul,a,pt %fcc2, back
	nop
	fbul,a,pn %fcc2, back
	nop
	fbul %fcc3, back
	nop
	fbul,pt %fcc3, back
	nop
	fbul,pn %fcc3, back
	nop
	fbul,a %fcc3, back
	nop
	fbul,a,pt %fcc3, back
	nop
	fbul,a,pn %fcc3, back
	nop
	fbul fwd
	nop
	fbul,a fwd
	nop
	fbul %fcc0, fwd
	nop
	fbul,pt %fcc0, fwd
	nop
	fbul,pn %fcc0, fwd
	nop
	fbul,a %fcc0, fwd
	nop
	fbul,a,pt %fcc0, fwd
	nop
	fbul,a,pn %fcc0, fwd
	nop
	fbul %fcc1, fwd
	nop
	fbul,pt %fcc1, fwd
	nop
	fbul,pn %fcc1, fwd
	nop
	fbul,a %fcc1, fwd
	nop
	fbul,a,pt %fcc1, fwd
	nop
	fbul,a,pn %fcc1, fwd
	nop
	fbul %fcc2, fwd
	nop
	fbul,pt %fcc2, fwd
	nop
	fbul,pn %fcc2, fwd
	nop
	fbul,a %fcc2, fwd
	nop
	fbul,a,pt %fcc2, fwd
	nop
	fbul,a,pn %fcc2, fwd
	nop
	fbul %fcc3, fwd
	nop
	fbul,pt %fcc3, fwd
	nop
	fbul,pn %fcc3, fwd
	nop
	fbul,a %fcc3, fwd
	nop
	fbul,a,pt %fcc3, fwd
	nop
	fbul,a,pn %fcc3, fwd
	nop
	fblg back
	nop
	fblg,a back
	nop
	fblg %fcc0, back
	nop
	fblg,pt %fcc0, back
	nop
	fblg,pn %fcc0, back
	nop
	fblg,a %fcc0, back
	nop
	fblg,a,pt %fcc0, back
	nop
	fblg,a,pn %fcc0, back
	nop
	fblg %fcc1, back
	nop
	fblg,pt %fcc1, back
	nop
	fblg,pn %fcc1, back
	nop
	fblg,a %fcc1, back
	nop
	fblg,a,pt %fcc1, back
	nop
	fblg,a,pn %fcc1, back
	nop
	fblg %fcc2, back
	nop
	fblg,pt %fcc2, back
	nop
	fblg,pn %fcc2, back
	nop
	fblg,a %fcc2, back
	nop
	fblg,a,pt %fcc2, back
	nop
	fblg,a,pn %fcc2, back
	nop
	fblg %fcc3, back
	nop
	fblg,pt %fcc3, back
	nop
	fblg,pn %fcc3, back
	nop
	fblg,a %fcc3, back
	nop
	fblg,a,pt %fcc3, back
	nop
	fblg,a,pn %fcc3, back
	nop
	fblg fwd
	nop
	fblg,a fwd
	nop
	fblg %fcc0, fwd
	nop
	fblg,pt %fcc0, fwd
	nop
	fblg,pn %fcc0, fwd
	nop
	fblg,a %fcc0, fwd
	nop
	fblg,a,pt %fcc0, fwd
	nop
	fblg,a,pn %fcc0, fwd
	nop
	fblg %fcc1, fwd
	nop
	fblg,pt %fcc1, fwd
	nop
	fblg,pn %fcc1, fwd
	nop
	fblg,a %fcc1, fwd
	nop
	fblg,a,pt %fcc1, fwd
	nop
	fblg,a,pn %fcc1, fwd
	nop
	fblg %fcc2, fwd
	nop
	fblg,pt %fcc2, fwd
	nop
	fblg,pn %fcc2, fwd
	nop
	fblg,a %fcc2, fwd
	nop
	fblg,a,pt %fcc2, fwd
	nop
	fblg,a,pn %fcc2, fwd
	nop
	fblg %fcc3, fwd
	nop
	fblg,pt %fcc3, fwd
	nop
	fblg,pn %fcc3, fwd
	nop
	fblg,a %fcc3, fwd
	nop
	fblg,a,pt %fcc3, fwd
	nop
	fblg,a,pn %fcc3, fwd
	nop
	fbne back
	nop
	fbne,a back
	nop
	fbne %fcc0, back
	nop
	fbne,pt %fcc0, back
	nop
	fbne,pn %fcc0, back
	nop
	fbne,a %fcc0, back
	nop
	fbne,a,pt %fcc0, back
	nop
	fbne,a,pn %fcc0, back
	nop
	fbne %fcc1, back
	nop
	fbne,pt %fcc1, back
	nop
	fbne,pn %fcc1, back
	nop
	fbne,a %fcc1, back
	nop
	fbne,a,pt %fcc1, back
	nop
	fbne,a,pn %fcc1, back
	nop
	fbne %fcc2, back
	nop
	fbne,pt %fcc2, back
	nop
	fbne,pn %fcc2, back
	nop
	fbne,a %fcc2, back
	nop
	fbne,a,pt %fcc2, back
	nop
	fbne,a,pn %fcc2, back
	nop
	fbne %fcc3, back
	nop
	fbne,pt %fcc3, back
	nop
	fbne,pn %fcc3, back
	nop
	fbne,a %fcc3, back
	nop
	fbne,a,pt %fcc3, back
	nop
	fbne,a,pn %fcc3, back
	nop
	fbne fwd
	nop
	fbne,a fwd
	nop
	fbne %fcc0, fwd
	nop
	fbne,pt %fcc0, fwd
	nop
	fbne,pn %fcc0, fwd
	nop
	fbne,a %fcc0, fwd
	nop
	fbne,a,pt %fcc0, fwd
	nop
	fbne,a,pn %fcc0, fwd
	nop
	fbne %fcc1, fwd
	nop
	fbne,pt %fcc1, fwd
	nop
	fbne,pn %fcc1, fwd
	nop
	fbne,a %fcc1, fwd
	nop
	fbne,a,pt %fcc1, fwd
	nop
	fbne,a,pn %fcc1, fwd
	nop
	fbne %fcc2, fwd
	nop
	fbne,pt %fcc2, fwd
	nop
	fbne,pn %fcc2, fwd
	nop
	fbne,a %fcc2, fwd
	nop
	fbne,a,pt %fcc2, fwd
	nop
	fbne,a,pn %fcc2, fwd
	nop
	fbne %fcc3, fwd
	nop
	fbne,pt %fcc3, fwd
	nop
	fbne,pn %fcc3, fwd
	nop
	fbne,a %fcc3, fwd
	nop
	fbne,a,pt %fcc3, fwd
	nop
	fbne,a,pn %fcc3, fwd
	nop
	fbe back
	nop
	fbe,a back
	nop
	fbe %fcc0, back
	nop
	fbe,pt %fcc0, back
	nop
	fbe,pn %fcc0, back
	nop
	fbe,a %fcc0, back
	nop
	fbe,a,pt %fcc0, back
	nop
	fbe,a,pn %fcc0, back
	nop
	fbe %fcc1, back
	nop
	fbe,pt %fcc1, back
	nop
	fbe,pn %fcc1, back
	nop
	fbe,a %fcc1, back
	nop
	fbe,a,pt %fcc1, back
	nop
	fbe,a,pn %fcc1, back
	nop
	fbe %fcc2, back
	nop
	fbe,pt %fcc2, back
	nop
	fbe,pn %fcc2, back
	nop
	fbe,a %fcc2, back
	nop
	fbe,a,pt %fcc2, back
	nop
	fbe,a,pn %fcc2, back
	nop
	fbe %fcc3, back
	nop
	fbe,pt %fcc3, back
	nop
	fbe,pn %fcc3, back
	nop
	fbe,a %fcc3, back
	nop
	fbe,a,pt %fcc3, back
	nop
	fbe,a,pn %fcc3, back
	nop
	fbe fwd
	nop
	fbe,a fwd
	nop
	fbe %fcc0, fwd
	nop
	fbe,pt %fcc0, fwd
	nop
	fbe,pn %fcc0, fwd
	nop
	fbe,a %fcc0, fwd
	nop
	fbe,a,pt %fcc0, fwd
	nop
	fbe,a,pn %fcc0, fwd
	nop
	fbe %fcc1, fwd
	nop
	fbe,pt %fcc1, fwd
	nop
	fbe,pn %fcc1, fwd
	nop
	fbe,a %fcc1, fwd
	nop
	fbe,a,pt %fcc1, fwd
	nop
	fbe,a,pn %fcc1, fwd
	nop
	fbe %fcc2, fwd
	nop
	fbe,pt %fcc2, fwd
	nop
	fbe,pn %fcc2, fwd
	nop
	fbe,a %fcc2, fwd
	nop
	fbe,a,pt %fcc2, fwd
	nop
	fbe,a,pn %fcc2, fwd
	nop
	fbe %fcc3, fwd
	nop
	fbe,pt %fcc3, fwd
	nop
	fbe,pn %fcc3, fwd
	nop
	fbe,a %fcc3, fwd
	nop
	fbe,a,pt %fcc3, fwd
	nop
	fbe,a,pn %fcc3, fwd
	nop
	fbue back
	nop
	fbue,a back
	nop
	fbue %fcc0, back
	nop
	fbue,pt %fcc0, back
	nop
	fbue,pn %fcc0, back
	nop
	fbue,a %fcc0, back
	nop
	fbue,a,pt %fcc0, back
	nop
	fbue,a,pn %fcc0, back
	nop
	fbue %fcc1, back
	nop
	fbue,pt %fcc1, back
	nop
	fbue,pn %fcc1, back
	nop
	fbue,a %fcc1, back
	nop
	fbue,a,pt %fcc1, back
	nop
	fbue,a,pn %fcc1, back
	nop
	fbue %fcc2, back
	nop
	fbue,pt %fcc2, back
	nop
	fbue,pn %fcc2, back
	nop
	fbue,a %fcc2, back
	nop
	fbue,a,pt %fcc2, back
	nop
	fbue,a,pn %fcc2, back
	nop
	fbue %fcc3, back
	nop
	fbue,pt %fcc3, back
	nop
	fbue,pn %fcc3, back
	nop
	fbue,a %fcc3, back
	nop
	fbue,a,pt %fcc3, back
	nop
	fbue,a,pn %fcc3, back
	nop
	fbue fwd
	nop
	fbue,a fwd
	nop
	fbue %fcc0, fwd
	nop
	fbue,pt %fcc0, fwd
	nop
	fbue,pn %fcc0, fwd
	nop
	fbue,a %fcc0, fwd
	nop
	fbue,a,pt %fcc0, fwd
	nop
	fbue,a,pn %fcc0, fwd
	nop
	fbue %fcc1, fwd
	nop
	fbue,pt %fcc1, fwd
	nop
	fbue,pn %fcc1, fwd
	nop
	fbue,a %fcc1, fwd
	nop
	fbue,a,pt %fcc1, fwd
	nop
	fbue,a,pn %fcc1, fwd
	nop
	fbue %fcc2, fwd
	nop
	fbue,pt %fcc2, fwd
	nop
	fbue,pn %fcc2, fwd
	nop
	fbue,a %fcc2, fwd
	nop
	fbue,a,pt %fcc2, fwd
	nop
	fbue,a,pn %fcc2, fwd
	nop
	fbue %fcc3, fwd
	nop
	fbue,pt %fcc3, fwd
	nop
	fbue,pn %fcc3, fwd
	nop
	fbue,a %fcc3, fwd
	nop
	fbue,a,pt %fcc3, fwd
	nop
	fbue,a,pn %fcc3, fwd
	nop
	fbge back
	nop
	fbge,a back
	nop
	fbge %fcc0, back
	nop
	fbge,pt %fcc0, back
	nop
	fbge,pn %fcc0, back
	nop
	fbge,a %fcc0, back
	nop
	fbge,a,pt %fcc0, back
	nop
	fbge,a,pn %fcc0, back
	nop
	fbge %fcc1, back
	nop
	fbge,pt %fcc1, back
	nop
	fbge,pn %fcc1, back
	nop
	fbge,a %fcc1, back
	nop
	fbge,a,pt %fcc1, back
	nop
	fbge,a,pn %fcc1, back
	nop
	fbge %fcc2, back
	nop
	fbge,pt %fcc2, back
	nop
	fbge,pn %fcc2, back
	nop
	fbge,a %fcc2, back
	nop
	fbge,a,pt %fcc2, back
	nop
	fbge,a,pn %fcc2, back
	nop
	fbge %fcc3, back
	nop
	fbge,pt %fcc3, back
	nop
	fbge,pn %fcc3, back
	nop
	fbge,a %fcc3, back
	nop
	fbge,a,pt %fcc3, back
	nop
	fbge,a,pn %fcc3, back
	nop
	fbge fwd
	nop
	fbge,a fwd
	nop
	fbge %fcc0, fwd
	nop
	fbge,pt %fcc0, fwd
	nop
	fbge,pn %fcc0, fwd
	nop
	fbge,a %fcc0, fwd
	nop
	fbge,a,pt %fcc0, fwd
	nop
	fbge,a,pn %fcc0, fwd
	nop
	fbge %fcc1, fwd
	nop
	fbge,pt %fcc1, fwd
	nop
	fbge,pn %fcc1, fwd
	nop
	fbge,a %fcc1, fwd
	nop
	fbge,a,pt %fcc1, fwd
	nop
	fbge,a,pn %fcc1, fwd
	nop
	fbge %fcc2, fwd
	nop
	fbge,pt %fcc2, fwd
	nop
	fbge,pn %fcc2, fwd
	nop
	fbge,a %fcc2, fwd
	nop
	fbge,a,pt %fcc2, fwd
	nop
	fbge,a,pn %fcc2, fwd
	nop
	fbge %fcc3, fwd
	nop
	fbge,pt %fcc3, fwd
	nop
	fbge,pn %fcc3, fwd
	nop
	fbge,a %fcc3, fwd
	nop
	fbge,a,pt %fcc3, fwd
	nop
	fbge,a,pn %fcc3, fwd
	nop
	fbuge back
	nop
	fbuge,a back
	nop
	fbuge %fcc0, back
	nop
	fbuge,pt %fcc0, back
	nop
	fbuge,pn %fcc0, back
	nop
	fbuge,a %fcc0, back
	nop
	fbuge,a,pt %fcc0, back
	nop
	fbuge,a,pn %fcc0, back
	nop
	fbuge %fcc1, back
	nop
	fbuge,pt %fcc1, back
	nop
	fbuge,pn %fcc1, back
	nop
	fbuge,a %fcc1, back
	nop
	fbuge,a,pt %fcc1, back
	nop
	fbuge,a,pn %fcc1, back
	nop
	fbuge %fcc2, back
	nop
	fbuge,pt %fcc2, back
	nop
	fbuge,pn %fcc2, back
	nop
	fbuge,a %fcc2, back
	nop
	fbuge,a,pt %fcc2, back
	nop
	fbuge,a,pn %fcc2, back
	nop
	fbuge %fcc3, back
	nop
	fbuge,pt %fcc3, back
	nop
	fbuge,pn %fcc3, back
	nop
	fbuge,a %fcc3, back
	nop
	fbuge,a,pt %fcc3, back
	nop
	fbuge,a,pn %fcc3, back
	nop
	fbuge fwd
	nop
	fbuge,a fwd
	nop
	fbuge %fcc0, fwd
	nop
	fbuge,pt %fcc0, fwd
	nop
	fbuge,pn %fcc0, fwd
	nop
	fbuge,a %fcc0, fwd
	nop
	fbuge,a,pt %fcc0, fwd
	nop
	fbuge,a,pn %fcc0, fwd
	nop
	fbuge %fcc1, fwd
	nop
	fbuge,pt %fcc1, fwd
	nop
	fbuge,pn %fcc1, fwd
	nop
	fbuge,a %fcc1, fwd
	nop
	fbuge,a,pt %fcc1, fwd
	nop
	fbuge,a,pn %fcc1, fwd
	nop
	fbuge %fcc2, fwd
	nop
	fbuge,pt %fcc2, fwd
	nop
	fbuge,pn %fcc2, fwd
	nop
	fbuge,a %fcc2, fwd
	nop
	fbuge,a,pt %fcc2, fwd
	nop
	fbuge,a,pn %fcc2, fwd
	nop
	fbuge %fcc3, fwd
	nop
	fbuge,pt %fcc3, fwd
	nop
	fbuge,pn %fcc3, fwd
	nop
	fbuge,a %fcc3, fwd
	nop
	fbuge,a,pt %fcc3, fwd
	nop
	fbuge,a,pn %fcc3, fwd
	nop
	fble back
	nop
	fble,a back
	nop
	fble %fcc0, back
	nop
	fble,pt %fcc0, back
	nop
	fble,pn %fcc0, back
	nop
	fble,a %fcc0, back
	nop
	fble,a,pt %fcc0, back
	nop
	fble,a,pn %fcc0, back
	nop
	fble %fcc1, back
	nop
	fble,pt %fcc1, back
	nop
	fble,pn %fcc1, back
	nop
	fble,a %fcc1, back
	nop
	fble,a,pt %fcc1, back
	nop
	fble,a,pn %fcc1, back
	nop
	fble %fcc2, back
	nop
	fble,pt %fcc2, back
	nop
	fble,pn %fcc2, back
	nop
	fble,a %fcc2, back
	nop
	fble,a,pt %fcc2, back
	nop
	fble,a,pn %fcc2, back
	nop
	fble %fcc3, back
	nop
	fble,pt %fcc3, back
	nop
	fble,pn %fcc3, back
	nop
	fble,a %fcc3, back
	nop
	fble,a,pt %fcc3, back
	nop
	fble,a,pn %fcc3, back
	nop
	fble fwd
	nop
	fble,a fwd
	nop
	fble %fcc0, fwd
	nop
	fble,pt %fcc0, fwd
	nop
	fble,pn %fcc0, fwd
	nop
	fble,a %fcc0, fwd
	nop
	fble,a,pt %fcc0, fwd
	nop
	fble,a,pn %fcc0, fwd
	nop
	fble %fcc1, fwd
	nop
	fble,pt %fcc1, fwd
	nop
	fble,pn %fcc1, fwd
	nop
	fble,a %fcc1, fwd
	nop
	fble,a,pt %fcc1, fwd
	nop
	fble,a,pn %fcc1, fwd
	nop
	fble %fcc2, fwd
	nop
	fble,pt %fcc2, fwd
	nop
	fble,pn %fcc2, fwd
	nop
	fble,a %fcc2, fwd
	nop
	fble,a,pt %fcc2, fwd
	nop
	fble,a,pn %fcc2, fwd
	nop
	fble %fcc3, fwd
	nop
	fble,pt %fcc3, fwd
	nop
	fble,pn %fcc3, fwd
	nop
	fble,a %fcc3, fwd
	nop
	fble,a,pt %fcc3, fwd
	nop
	fble,a,pn %fcc3, fwd
	nop
	fbule back
	nop
	fbule,a back
	nop
	fbule %fcc0, back
	nop
	fbule,pt %fcc0, back
	nop
	fbule,pn %fcc0, back
	nop
	fbule,a %fcc0, back
	nop
	fbule,a,pt %fcc0, back
	nop
	fbule,a,pn %fcc0, back
	nop
	fbule %fcc1, back
	nop
	fbule,pt %fcc1, back
	nop
	fbule,pn %fcc1, back
	nop
	fbule,a %fcc1, back
	nop
	fbule,a,pt %fcc1, back
	nop
	fbule,a,pn %fcc1, back
	nop
	fbule %fcc2, back
	nop
	fbule,pt %fcc2, back
	nop
	fbule,pn %fcc2, back
	nop
	fbule,a %fcc2, back
	nop
	fbule,a,pt %fcc2, back
	nop
	fbule,a,pn %fcc2, back
	nop
	fbule %fcc3, back
	nop
	fbule,pt %fcc3, back
	nop
	fbule,pn %fcc3, back
	nop
	fbule,a %fcc3, back
	nop
	fbule,a,pt %fcc3, back
	nop
	fbule,a,pn %fcc3, back
	nop
	fbule fwd
	nop
	fbule,a fwd
	nop
	fbule %fcc0, fwd
	nop
	fbule,pt %fcc0, fwd
	nop
	fbule,pn %fcc0, fwd
	nop
	fbule,a %fcc0, fwd
	nop
	fbule,a,pt %fcc0, fwd
	nop
	fbule,a,pn %fcc0, fwd
	nop
	fbule %fcc1, fwd
	nop
	fbule,pt %fcc1, fwd
	nop
	fbule,pn %fcc1, fwd
	nop
	fbule,a %fcc1, fwd
	nop
	fbule,a,pt %fcc1, fwd
	nop
	fbule,a,pn %fcc1, fwd
	nop
	fbule %fcc2, fwd
	nop
	fbule,pt %fcc2, fwd
	nop
	fbule,pn %fcc2, fwd
	nop
	fbule,a %fcc2, fwd
	nop
	fbule,a,pt %fcc2, fwd
	nop
	fbule,a,pn %fcc2, fwd
	nop
	fbule %fcc3, fwd
	nop
	fbule,pt %fcc3, fwd
	nop
	fbule,pn %fcc3, fwd
	nop
	fbule,a %fcc3, fwd
	nop
	fbule,a,pt %fcc3, fwd
	nop
	fbule,a,pn %fcc3, fwd
	nop
	fbo back
	nop
	fbo,a back
	nop
	fbo %fcc0, back
	nop
	fbo,pt %fcc0, back
	nop
	fbo,pn %fcc0, back
	nop
	fbo,a %fcc0, back
	nop
	fbo,a,pt %fcc0, back
	nop
	fbo,a,pn %fcc0, back
	nop
	fbo %fcc1, back
	nop
	fbo,pt %fcc1, back
	nop
	fbo,pn %fcc1, back
	nop
	fbo,a %fcc1, back
	nop
	fbo,a,pt %fcc1, back
	nop
	fbo,a,pn %fcc1, back
	nop
	fbo %fcc2, back
	nop
	fbo,pt %fcc2, back
	nop
	fbo,pn %fcc2, back
	nop
	fbo,a %fcc2, back
	nop
	fbo,a,pt %fcc2, back
	nop
	fbo,a,pn %fcc2, back
	nop
	fbo %fcc3, back
	nop
	fbo,pt %fcc3, back
	nop
	fbo,pn %fcc3, back
	nop
	fbo,a %fcc3, back
	nop
	fbo,a,pt %fcc3, back
	nop
	fbo,a,pn %fcc3, back
	nop
	fbo fwd
	nop
	fbo,a fwd
	nop
	fbo %fcc0, fwd
	nop
	fbo,pt %fcc0, fwd
	nop
	fbo,pn %fcc0, fwd
	nop
	fbo,a %fcc0, fwd
	nop
	fbo,a,pt %fcc0, fwd
	nop
	fbo,a,pn %fcc0, fwd
	nop
	fbo %fcc1, fwd
	nop
	fbo,pt %fcc1, fwd
	nop
	fbo,pn %fcc1, fwd
	nop
	fbo,a %fcc1, fwd
	nop
	fbo,a,pt %fcc1, fwd
	nop
	fbo,a,pn %fcc1, fwd
	nop
	fbo %fcc2, fwd
	nop
	fbo,pt %fcc2, fwd
	nop
	fbo,pn %fcc2, fwd
	nop
	fbo,a %fcc2, fwd
	nop
	fbo,a,pt %fcc2, fwd
	nop
	fbo,a,pn %fcc2, fwd
	nop
	fbo %fcc3, fwd
	nop
	fbo,pt %fcc3, fwd
	nop
	fbo,pn %fcc3, fwd
	nop
	fbo,a %fcc3, fwd
	nop
	fbo,a,pt %fcc3, fwd
	nop
	fbo,a,pn %fcc3, fwd
	nop
	fbnz back
	nop
	fbnz,a back
	nop
	fbnz %fcc0, back
	nop
	fbnz,pt %fcc0, back
	nop
	fbnz,pn %fcc0, back
	nop
	fbnz,a %fcc0, back
	nop
	fbnz,a,pt %fcc0, back
	nop
	fbnz,a,pn %fcc0, back
	nop
	fbnz %fcc1, back
	nop
	fbnz,pt %fcc1, back
	nop
	fbnz,pn %fcc1, back
	nop
	fbnz,a %fcc1, back
	nop
	fbnz,a,pt %fcc1, back
	nop
	fbnz,a,pn %fcc1, back
	nop
	fbnz %fcc2, back
	nop
	fbnz,pt %fcc2, back
	nop
	fbnz,pn %fcc2, back
	nop
	fbnz,a %fcc2, back
	nop
	fbnz,a,pt %fcc2, back
	nop
	fbnz,a,pn %fcc2, back
	nop
	fbnz %fcc3, back
	nop
	fbnz,pt %fcc3, back
	nop
	fbnz,pn %fcc3, back
	nop
	fbnz,a %fcc3, back
	nop
	fbnz,a,pt %fcc3, back
	nop
	fbnz,a,pn %fcc3, back
	nop
	fbnz fwd
	nop
	fbnz,a fwd
	nop
	fbnz %fcc0, fwd
	nop
	fbnz,pt %fcc0, fwd
	nop
	fbnz,pn %fcc0, fwd
	nop
	fbnz,a %fcc0, fwd
	nop
	fbnz,a,pt %fcc0, fwd
	nop
	fbnz,a,pn %fcc0, fwd
	nop
	fbnz %fcc1, fwd
	nop
	fbnz,pt %fcc1, fwd
	nop
	fbnz,pn %fcc1, fwd
	nop
	fbnz,a %fcc1, fwd
	nop
	fbnz,a,pt %fcc1, fwd
	nop
	fbnz,a,pn %fcc1, fwd
	nop
	fbnz %fcc2, fwd
	nop
	fbnz,pt %fcc2, fwd
	nop
	fbnz,pn %fcc2, fwd
	nop
	fbnz,a %fcc2, fwd
	nop
	fbnz,a,pt %fcc2, fwd
	nop
	fbnz,a,pn %fcc2, fwd
	nop
	fbnz %fcc3, fwd
	nop
	fbnz,pt %fcc3, fwd
	nop
	fbnz,pn %fcc3, fwd
	nop
	fbnz,a %fcc3, fwd
	nop
	fbnz,a,pt %fcc3, fwd
	nop
	fbnz,a,pn %fcc3, fwd
	nop
	fbz back
	nop
	fbz,a back
	nop
	fbz %fcc0, back
	nop
	fbz,pt %fcc0, back
	nop
	fbz,pn %fcc0, back
	nop
	fbz,a %fcc0, back
	nop
	fbz,a,pt %fcc0, back
	nop
	fbz,a,pn %fcc0, back
	nop
	fbz %fcc1, back
	nop
	fbz,pt %fcc1, back
	nop
	fbz,pn %fcc1, back
	nop
	fbz,a %fcc1, back
	nop
	fbz,a,pt %fcc1, back
	nop
	fbz,a,pn %fcc1, back
	nop
	fbz %fcc2, back
	nop
	fbz,pt %fcc2, back
	nop
	fbz,pn %fcc2, back
	nop
	fbz,a %fcc2, back
	nop
	fbz,a,pt %fcc2, back
	nop
	fbz,a,pn %fcc2, back
	nop
	fbz %fcc3, back
	nop
	fbz,pt %fcc3, back
	nop
	fbz,pn %fcc3, back
	nop
	fbz,a %fcc3, back
	nop
	fbz,a,pt %fcc3, back
	nop
	fbz,a,pn %fcc3, back
	nop
	fbz fwd
	nop
	fbz,a fwd
	nop
	fbz %fcc0, fwd
	nop
	fbz,pt %fcc0, fwd
	nop
	fbz,pn %fcc0, fwd
	nop
	fbz,a %fcc0, fwd
	nop
	fbz,a,pt %fcc0, fwd
	nop
	fbz,a,pn %fcc0, fwd
	nop
	fbz %fcc1, fwd
	nop
	fbz,pt %fcc1, fwd
	nop
	fbz,pn %fcc1, fwd
	nop
	fbz,a %fcc1, fwd
	nop
	fbz,a,pt %fcc1, fwd
	nop
	fbz,a,pn %fcc1, fwd
	nop
	fbz %fcc2, fwd
	nop
	fbz,pt %fcc2, fwd
	nop
	fbz,pn %fcc2, fwd
	nop
	fbz,a %fcc2, fwd
	nop
	fbz,a,pt %fcc2, fwd
	nop
	fbz,a,pn %fcc2, fwd
	nop
	fbz %fcc3, fwd
	nop
	fbz,pt %fcc3, fwd
	nop
	fbz,pn %fcc3, fwd
	nop
	fbz,a %fcc3, fwd
	nop
	fbz,a,pt %fcc3, fwd
	nop
	fbz,a,pn %fcc3, fwd
	nop
	fpadd16 %f0, %f0, %f0
	fpadd16 %f2, %f30, %f32
	fpadd16 %f30, %f62, %f2
	fpadd32 %f0, %f0, %f0
	fpadd32 %f2, %f30, %f32
	fpadd32 %f30, %f62, %f2
	fpsub16 %f0, %f0, %f0
	fpsub16 %f2, %f30, %f32
	fpsub16 %f30, %f62, %f2
	fpsub32 %f0, %f0, %f0
	fpsub32 %f2, %f30, %f32
	fpsub32 %f30, %f62, %f2
	fpack32 %f0, %f0, %f0
	fpack32 %f2, %f30, %f32
	fpack32 %f30, %f62, %f2
	fmul8sux16 %f0, %f0, %f0
	fmul8sux16 %f2, %f30, %f32
	fmul8sux16 %f30, %f62, %f2
	fmul8ulx16 %f0, %f0, %f0
	fmul8ulx16 %f2, %f30, %f32
	fmul8ulx16 %f30, %f62, %f2
	faligndata %f0, %f0, %f0
	faligndata %f2, %f30, %f32
	faligndata %f30, %f62, %f2
	pdist %f0, %f0, %f0
	pdist %f2, %f30, %f32
	pdist %f30, %f62, %f2
	bshuffle %f0, %f0, %f0
	bshuffle %f2, %f30, %f32
	bshuffle %f30, %f62, %f2
	fnor %f0, %f0, %f0
	fnor %f2, %f30, %f32
	fnor %f30, %f62, %f2
	fandnot2 %f0, %f0, %f0
	fandnot2 %f2, %f30, %f32
	fandnot2 %f30, %f62, %f2
	fandnot1 %f0, %f0, %f0
	fandnot1 %f2, %f30, %f32
	fandnot1 %f30, %f62, %f2
	fxor %f0, %f0, %f0
	fxor %f2, %f30, %f32
	fxor %f30, %f62, %f2
	fnand %f0, %f0, %f0
	fnand %f2, %f30, %f32
	fnand %f30, %f62, %f2
	fand %f0, %f0, %f0
	fand %f2, %f30, %f32
	fand %f30, %f62, %f2
	fxnor %f0, %f0, %f0
	fxnor %f2, %f30, %f32
	fxnor %f30, %f62, %f2
	fornot2 %f0, %f0, %f0
	fornot2 %f2, %f30, %f32
	fornot2 %f30, %f62, %f2
	fornot1 %f0, %f0, %f0
	fornot1 %f2, %f30, %f32
	fornot1 %f30, %f62, %f2
	for %f0, %f0, %f0
	for %f2, %f30, %f32
	for %f30, %f62, %f2
	fnord %f0, %f0, %f0
	fnord %f2, %f30, %f32
	fnord %f30, %f62, %f2
	fandnot2d %f0, %f0, %f0
	fandnot2d %f2, %f30, %f32
	fandnot2d %f30, %f62, %f2
	fandnot1d %f0, %f0, %f0
	fandnot1d %f2, %f30, %f32
	fandnot1d %f30, %f62, %f2
	fxord %f0, %f0, %f0
	fxord %f2, %f30, %f32
	fxord %f30, %f62, %f2
	fnandd %f0, %f0, %f0
	fnandd %f2, %f30, %f32
	fnandd %f30, %f62, %f2
	fandd %f0, %f0, %f0
	fandd %f2, %f30, %f32
	fandd %f30, %f62, %f2
	fxnord %f0, %f0, %f0
	fxnord %f2, %f30, %f32
	fxnord %f30, %f62, %f2
	fornot2d %f0, %f0, %f0
	fornot2d %f2, %f30, %f32
	fornot2d %f30, %f62, %f2
	fornot1d %f0, %f0, %f0
	fornot1d %f2, %f30, %f32
	fornot1d %f30, %f62, %f2
	ford %f0, %f0, %f0
	ford %f2, %f30, %f32
	ford %f30, %f62, %f2
	fpadd16s %f0, %f0, %f0
	fpadd16s %f1, %f17, %f31
	fpadd16s %f17, %f0, %f17
	fpadd32s %f0, %f0, %f0
	fpadd32s %f1, %f17, %f31
	fpadd32s %f17, %f0, %f17
	fpsub16s %f0, %f0, %f0
	fpsub16s %f1, %f17, %f31
	fpsub16s %f17, %f0, %f17
	fpsub32s %f0, %f0, %f0
	fpsub32s %f1, %f17, %f31
	fpsub32s %f17, %f0, %f17
	fnors %f0, %f0, %f0
	fnors %f1, %f17, %f31
	fnors %f17, %f0, %f17
	fandnot2s %f0, %f0, %f0
	fandnot2s %f1, %f17, %f31
	fandnot2s %f17, %f0, %f17
	fandnot1s %f0, %f0, %f0
	fandnot1s %f1, %f17, %f31
	fandnot1s %f17, %f0, %f17
	fxors %f0, %f0, %f0
	fxors %f1, %f17, %f31
	fxors %f17, %f0, %f17
	fnands %f0, %f0, %f0
	fnands %f1, %f17, %f31
	fnands %f17, %f0, %f17
	fands %f0, %f0, %f0
	fands %f1, %f17, %f31
	fands %f17, %f0, %f17
	fxnors %f0, %f0, %f0
	fxnors %f1, %f17, %f31
	fxnors %f17, %f0, %f17
	fornot2s %f0, %f0, %f0
	fornot2s %f1, %f17, %f31
	fornot2s %f17, %f0, %f17
	fornot1s %f0, %f0, %f0
	fornot1s %f1, %f17, %f31
	fornot1s %f17, %f0, %f17
	fors %f0, %f0, %f0
	fors %f1, %f17, %f31
	fors %f17, %f0, %f17
	fpmerge %f0, %f0, %f0
	fpmerge %f1, %f17, %f32
	fpmerge %f17, %f0, %f2
	fmul8x16au %f0, %f0, %f0
	fmul8x16au %f1, %f17, %f32
	fmul8x16au %f17, %f0, %f2
	fmul8x16al %f0, %f0, %f0
	fmul8x16al %f1, %f17, %f32
	fmul8x16al %f17, %f0, %f2
	fmuld8sux16 %f0, %f0, %f0
	fmuld8sux16 %f1, %f17, %f32
	fmuld8sux16 %f17, %f0, %f2
	fmuld8ulx16 %f0, %f0, %f0
	fmuld8ulx16 %f1, %f17, %f32
	fmuld8ulx16 %f17, %f0, %f2
	fmul8x16 %f0, %f0, %f0
	fmul8x16 %f1, %f30, %f32
	fmul8x16 %f17, %f62, %f2
	fpack16 %f0, %f0
	fpack16 %f2, %f17
	fpack16 %f30, %f0
	fpackfix %f0, %f0
	fpackfix %f2, %f17
	fpackfix %f30, %f0
	fexpand %f0, %f0
	fexpand %f1, %f30
	fexpand %f17, %f62
	fsrc2 %f0, %f0
	fsrc2 %f2, %f30
	fsrc2 %f30, %f62
	fsrc2d %f0, %f0
	fsrc2d %f2, %f30
	fsrc2d %f30, %f62
	fnot2 %f0, %f0
	fnot2 %f2, %f30
	fnot2 %f30, %f62
	fnot2d %f0, %f0
	fnot2d %f2, %f30
	fnot2d %f30, %f62
	fsrc1 %f0, %f0
	fsrc1 %f2, %f30
	fsrc1 %f30, %f62
	fsrc1d %f0, %f0
	fsrc1d %f2, %f30
	fsrc1d %f30, %f62
	fnot1 %f0, %f0
	fnot1 %f2, %f30
	fnot1 %f30, %f62
	fnot1d %f0, %f0
	fnot1d %f2, %f30
	fnot1d %f30, %f62
	fsrc1s %f0, %f0
	fsrc1s %f1, %f17
	fsrc1s %f17, %f0
	fsrc2s %f0, %f0
	fsrc2s %f1, %f17
	fsrc2s %f17, %f0
	fnot1s %f0, %f0
	fnot1s %f1, %f17
	fnot1s %f17, %f0
	fnot2s %f0, %f0
	fnot2s %f1, %f17
	fnot2s %f17, %f0
	fzero %f0
	fzero %f2
	fzero %f30
	fzero %f32
	fzero %f62
	fzerod %f0
	fzerod %f2
	fzerod %f30
	fzerod %f32
	fzerod %f62
	fone %f0
	fone %f2
	fone %f30
	fone %f32
	fone %f62
	foned %f0
	foned %f2
	foned %f30
	foned %f32
	foned %f62
	fzeros %f0
	fzeros %f1
	fzeros %f17
	fzeros %f31
	fones %f0
	fones %f1
	fones %f17
	fones %f31
	fcmpgt16 %f0, %f0, %o1
	fcmpgt16 %f2, %f30, %o1
	fcmpgt16 %f30, %f62, %o1
	fcmpgt32 %f0, %f0, %o1
	fcmpgt32 %f2, %f30, %o1
	fcmpgt32 %f30, %f62, %o1
	fcmple16 %f0, %f0, %o1
	fcmple16 %f2, %f30, %o1
	fcmple16 %f30, %f62, %o1
	fcmple32 %f0, %f0, %o1
	fcmple32 %f2, %f30, %o1
	fcmple32 %f30, %f62, %o1
	fcmpne16 %f0, %f0, %o1
	fcmpne16 %f2, %f30, %o1
	fcmpne16 %f30, %f62, %o1
	fcmpne32 %f0, %f0, %o1
	fcmpne32 %f2, %f30, %o1
	fcmpne32 %f30, %f62, %o1
	fcmpeq16 %f0, %f0, %o1
	fcmpeq16 %f2, %f30, %o1
	fcmpeq16 %f30, %f62, %o1
	fcmpeq32 %f0, %f0, %o1
	fcmpeq32 %f2, %f30, %o1
	fcmpeq32 %f30, %f62, %o1
	edge8 %o1, %o2, %o3
	edge8 %g0, %i7, %g0
	edge8l %o1, %o2, %o3
	edge8l %g0, %i7, %g0
	edge16 %o1, %o2, %o3
	edge16 %g0, %i7, %g0
	edge16l %o1, %o2, %o3
	edge16l %g0, %i7, %g0
	edge32 %o1, %o2, %o3
	edge32 %g0, %i7, %g0
	edge32l %o1, %o2, %o3
	edge32l %g0, %i7, %g0
	edge8n %o1, %o2, %o3
	edge8n %g0, %i7, %g0
	edge8ln %o1, %o2, %o3
	edge8ln %g0, %i7, %g0
	edge16n %o1, %o2, %o3
	edge16n %g0, %i7, %g0
	edge16ln %o1, %o2, %o3
	edge16ln %g0, %i7, %g0
	edge32n %o1, %o2, %o3
	edge32n %g0, %i7, %g0
	edge32ln %o1, %o2, %o3
	edge32ln %g0, %i7, %g0
	array8 %o1, %o2, %o3
	array8 %g0, %i7, %g0
	array16 %o1, %o2, %o3
	array16 %g0, %i7, %g0
	array32 %o1, %o2, %o3
	array32 %g0, %i7, %g0
	alignaddr %o1, %o2, %o3
	alignaddr %g0, %i7, %g0
	alignaddrl %o1, %o2, %o3
	alignaddrl %g0, %i7, %g0
	bmask %o1, %o2, %o3
	bmask %g0, %i7, %g0
	siam 0
	siam 1
	siam 2
	siam 3
	siam 4
	siam 5
	siam 6
	siam 7
fwd:
	nop
! Every user, VIS partial-store, short, block and block-commit ASI with each
! FP alternate-space form (immediate ASI and %asi).
	lda [%o1 + %o2] 0x80, %f3
	ldda [%o1] 0x80, %f32
	ldqa [%o1] 0x80, %f4
	sta %f3, [%o1 + %o2] 0x80
	stda %f2, [%o1 + %g5] 0x80
	stqa %f8, [%o1] 0x80
	lda [%o1 + %o2] 0x81, %f3
	ldda [%o1] 0x81, %f32
	ldqa [%o1] 0x81, %f4
	sta %f3, [%o1 + %o2] 0x81
	stda %f2, [%o1 + %g5] 0x81
	stqa %f8, [%o1] 0x81
	lda [%o1 + %o2] 0x82, %f3
	ldda [%o1] 0x82, %f32
	ldqa [%o1] 0x82, %f4
	sta %f3, [%o1 + %o2] 0x82
	stda %f2, [%o1 + %g5] 0x82
	stqa %f8, [%o1] 0x82
	lda [%o1 + %o2] 0x83, %f3
	ldda [%o1] 0x83, %f32
	ldqa [%o1] 0x83, %f4
	sta %f3, [%o1 + %o2] 0x83
	stda %f2, [%o1 + %g5] 0x83
	stqa %f8, [%o1] 0x83
	lda [%o1 + %o2] 0x84, %f3
	ldda [%o1] 0x84, %f32
	ldqa [%o1] 0x84, %f4
	sta %f3, [%o1 + %o2] 0x84
	stda %f2, [%o1 + %g5] 0x84
	stqa %f8, [%o1] 0x84
	lda [%o1 + %o2] 0x85, %f3
	ldda [%o1] 0x85, %f32
	ldqa [%o1] 0x85, %f4
	sta %f3, [%o1 + %o2] 0x85
	stda %f2, [%o1 + %g5] 0x85
	stqa %f8, [%o1] 0x85
	lda [%o1 + %o2] 0x86, %f3
	ldda [%o1] 0x86, %f32
	ldqa [%o1] 0x86, %f4
	sta %f3, [%o1 + %o2] 0x86
	stda %f2, [%o1 + %g5] 0x86
	stqa %f8, [%o1] 0x86
	lda [%o1 + %o2] 0x87, %f3
	ldda [%o1] 0x87, %f32
	ldqa [%o1] 0x87, %f4
	sta %f3, [%o1 + %o2] 0x87
	stda %f2, [%o1 + %g5] 0x87
	stqa %f8, [%o1] 0x87
	lda [%o1 + %o2] 0x88, %f3
	ldda [%o1] 0x88, %f32
	ldqa [%o1] 0x88, %f4
	sta %f3, [%o1 + %o2] 0x88
	stda %f2, [%o1 + %g5] 0x88
	stqa %f8, [%o1] 0x88
	lda [%o1 + %o2] 0x89, %f3
	ldda [%o1] 0x89, %f32
	ldqa [%o1] 0x89, %f4
	sta %f3, [%o1 + %o2] 0x89
	stda %f2, [%o1 + %g5] 0x89
	stqa %f8, [%o1] 0x89
	lda [%o1 + %o2] 0x8a, %f3
	ldda [%o1] 0x8a, %f32
	ldqa [%o1] 0x8a, %f4
	sta %f3, [%o1 + %o2] 0x8a
	stda %f2, [%o1 + %g5] 0x8a
	stqa %f8, [%o1] 0x8a
	lda [%o1 + %o2] 0x8b, %f3
	ldda [%o1] 0x8b, %f32
	ldqa [%o1] 0x8b, %f4
	sta %f3, [%o1 + %o2] 0x8b
	stda %f2, [%o1 + %g5] 0x8b
	stqa %f8, [%o1] 0x8b
	lda [%o1 + %o2] 0xc0, %f3
	ldda [%o1] 0xc0, %f32
	ldqa [%o1] 0xc0, %f4
	sta %f3, [%o1 + %o2] 0xc0
	stda %f2, [%o1 + %g5] 0xc0
	stqa %f8, [%o1] 0xc0
	lda [%o1 + %o2] 0xc1, %f3
	ldda [%o1] 0xc1, %f32
	ldqa [%o1] 0xc1, %f4
	sta %f3, [%o1 + %o2] 0xc1
	stda %f2, [%o1 + %g5] 0xc1
	stqa %f8, [%o1] 0xc1
	lda [%o1 + %o2] 0xc2, %f3
	ldda [%o1] 0xc2, %f32
	ldqa [%o1] 0xc2, %f4
	sta %f3, [%o1 + %o2] 0xc2
	stda %f2, [%o1 + %g5] 0xc2
	stqa %f8, [%o1] 0xc2
	lda [%o1 + %o2] 0xc3, %f3
	ldda [%o1] 0xc3, %f32
	ldqa [%o1] 0xc3, %f4
	sta %f3, [%o1 + %o2] 0xc3
	stda %f2, [%o1 + %g5] 0xc3
	stqa %f8, [%o1] 0xc3
	lda [%o1 + %o2] 0xc4, %f3
	ldda [%o1] 0xc4, %f32
	ldqa [%o1] 0xc4, %f4
	sta %f3, [%o1 + %o2] 0xc4
	stda %f2, [%o1 + %g5] 0xc4
	stqa %f8, [%o1] 0xc4
	lda [%o1 + %o2] 0xc5, %f3
	ldda [%o1] 0xc5, %f32
	ldqa [%o1] 0xc5, %f4
	sta %f3, [%o1 + %o2] 0xc5
	stda %f2, [%o1 + %g5] 0xc5
	stqa %f8, [%o1] 0xc5
	lda [%o1 + %o2] 0xc6, %f3
	ldda [%o1] 0xc6, %f32
	ldqa [%o1] 0xc6, %f4
	sta %f3, [%o1 + %o2] 0xc6
	stda %f2, [%o1 + %g5] 0xc6
	stqa %f8, [%o1] 0xc6
	lda [%o1 + %o2] 0xc7, %f3
	ldda [%o1] 0xc7, %f32
	ldqa [%o1] 0xc7, %f4
	sta %f3, [%o1 + %o2] 0xc7
	stda %f2, [%o1 + %g5] 0xc7
	stqa %f8, [%o1] 0xc7
	lda [%o1 + %o2] 0xc8, %f3
	ldda [%o1] 0xc8, %f32
	ldqa [%o1] 0xc8, %f4
	sta %f3, [%o1 + %o2] 0xc8
	stda %f2, [%o1 + %g5] 0xc8
	stqa %f8, [%o1] 0xc8
	lda [%o1 + %o2] 0xc9, %f3
	ldda [%o1] 0xc9, %f32
	ldqa [%o1] 0xc9, %f4
	sta %f3, [%o1 + %o2] 0xc9
	stda %f2, [%o1 + %g5] 0xc9
	stqa %f8, [%o1] 0xc9
	lda [%o1 + %o2] 0xca, %f3
	ldda [%o1] 0xca, %f32
	ldqa [%o1] 0xca, %f4
	sta %f3, [%o1 + %o2] 0xca
	stda %f2, [%o1 + %g5] 0xca
	stqa %f8, [%o1] 0xca
	lda [%o1 + %o2] 0xcb, %f3
	ldda [%o1] 0xcb, %f32
	ldqa [%o1] 0xcb, %f4
	sta %f3, [%o1 + %o2] 0xcb
	stda %f2, [%o1 + %g5] 0xcb
	stqa %f8, [%o1] 0xcb
	lda [%o1 + %o2] 0xcc, %f3
	ldda [%o1] 0xcc, %f32
	ldqa [%o1] 0xcc, %f4
	sta %f3, [%o1 + %o2] 0xcc
	stda %f2, [%o1 + %g5] 0xcc
	stqa %f8, [%o1] 0xcc
	lda [%o1 + %o2] 0xcd, %f3
	ldda [%o1] 0xcd, %f32
	ldqa [%o1] 0xcd, %f4
	sta %f3, [%o1 + %o2] 0xcd
	stda %f2, [%o1 + %g5] 0xcd
	stqa %f8, [%o1] 0xcd
	lda [%o1 + %o2] 0xd0, %f3
	ldda [%o1] 0xd0, %f32
	ldqa [%o1] 0xd0, %f4
	sta %f3, [%o1 + %o2] 0xd0
	stda %f2, [%o1 + %g5] 0xd0
	stqa %f8, [%o1] 0xd0
	lda [%o1 + %o2] 0xd1, %f3
	ldda [%o1] 0xd1, %f32
	ldqa [%o1] 0xd1, %f4
	sta %f3, [%o1 + %o2] 0xd1
	stda %f2, [%o1 + %g5] 0xd1
	stqa %f8, [%o1] 0xd1
	lda [%o1 + %o2] 0xd2, %f3
	ldda [%o1] 0xd2, %f32
	ldqa [%o1] 0xd2, %f4
	sta %f3, [%o1 + %o2] 0xd2
	stda %f2, [%o1 + %g5] 0xd2
	stqa %f8, [%o1] 0xd2
	lda [%o1 + %o2] 0xd3, %f3
	ldda [%o1] 0xd3, %f32
	ldqa [%o1] 0xd3, %f4
	sta %f3, [%o1 + %o2] 0xd3
	stda %f2, [%o1 + %g5] 0xd3
	stqa %f8, [%o1] 0xd3
	lda [%o1 + %o2] 0xd4, %f3
	ldda [%o1] 0xd4, %f32
	ldqa [%o1] 0xd4, %f4
	sta %f3, [%o1 + %o2] 0xd4
	stda %f2, [%o1 + %g5] 0xd4
	stqa %f8, [%o1] 0xd4
	lda [%o1 + %o2] 0xd5, %f3
	ldda [%o1] 0xd5, %f32
	ldqa [%o1] 0xd5, %f4
	sta %f3, [%o1 + %o2] 0xd5
	stda %f2, [%o1 + %g5] 0xd5
	stqa %f8, [%o1] 0xd5
	lda [%o1 + %o2] 0xd6, %f3
	ldda [%o1] 0xd6, %f32
	ldqa [%o1] 0xd6, %f4
	sta %f3, [%o1 + %o2] 0xd6
	stda %f2, [%o1 + %g5] 0xd6
	stqa %f8, [%o1] 0xd6
	lda [%o1 + %o2] 0xd7, %f3
	ldda [%o1] 0xd7, %f32
	ldqa [%o1] 0xd7, %f4
	sta %f3, [%o1 + %o2] 0xd7
	stda %f2, [%o1 + %g5] 0xd7
	stqa %f8, [%o1] 0xd7
	lda [%o1 + %o2] 0xd8, %f3
	ldda [%o1] 0xd8, %f32
	ldqa [%o1] 0xd8, %f4
	sta %f3, [%o1 + %o2] 0xd8
	stda %f2, [%o1 + %g5] 0xd8
	stqa %f8, [%o1] 0xd8
	lda [%o1 + %o2] 0xd9, %f3
	ldda [%o1] 0xd9, %f32
	ldqa [%o1] 0xd9, %f4
	sta %f3, [%o1 + %o2] 0xd9
	stda %f2, [%o1 + %g5] 0xd9
	stqa %f8, [%o1] 0xd9
	lda [%o1 + %o2] 0xda, %f3
	ldda [%o1] 0xda, %f32
	ldqa [%o1] 0xda, %f4
	sta %f3, [%o1 + %o2] 0xda
	stda %f2, [%o1 + %g5] 0xda
	stqa %f8, [%o1] 0xda
	lda [%o1 + %o2] 0xdb, %f3
	ldda [%o1] 0xdb, %f32
	ldqa [%o1] 0xdb, %f4
	sta %f3, [%o1 + %o2] 0xdb
	stda %f2, [%o1 + %g5] 0xdb
	stqa %f8, [%o1] 0xdb
	lda [%o1 + %o2] 0xe0, %f3
	ldda [%o1] 0xe0, %f32
	ldqa [%o1] 0xe0, %f4
	sta %f3, [%o1 + %o2] 0xe0
	stda %f2, [%o1 + %g5] 0xe0
	stqa %f8, [%o1] 0xe0
	lda [%o1 + %o2] 0xe1, %f3
	ldda [%o1] 0xe1, %f32
	ldqa [%o1] 0xe1, %f4
	sta %f3, [%o1 + %o2] 0xe1
	stda %f2, [%o1 + %g5] 0xe1
	stqa %f8, [%o1] 0xe1
	lda [%o1 + %o2] 0xf0, %f3
	ldda [%o1] 0xf0, %f32
	ldqa [%o1] 0xf0, %f4
	sta %f3, [%o1 + %o2] 0xf0
	stda %f2, [%o1 + %g5] 0xf0
	stqa %f8, [%o1] 0xf0
	lda [%o1 + %o2] 0xf1, %f3
	ldda [%o1] 0xf1, %f32
	ldqa [%o1] 0xf1, %f4
	sta %f3, [%o1 + %o2] 0xf1
	stda %f2, [%o1 + %g5] 0xf1
	stqa %f8, [%o1] 0xf1
	lda [%o1 + %o2] 0xf8, %f3
	ldda [%o1] 0xf8, %f32
	ldqa [%o1] 0xf8, %f4
	sta %f3, [%o1 + %o2] 0xf8
	stda %f2, [%o1 + %g5] 0xf8
	stqa %f8, [%o1] 0xf8
	lda [%o1 + %o2] 0xf9, %f3
	ldda [%o1] 0xf9, %f32
	ldqa [%o1] 0xf9, %f4
	sta %f3, [%o1 + %o2] 0xf9
	stda %f2, [%o1 + %g5] 0xf9
	stqa %f8, [%o1] 0xf9
	lda [%o1 + 8] %asi, %f3
	ldda [%o1 - 8] %asi, %f34
	ldqa [%o1] %asi, %f8
	sta %f3, [%o1+4] %asi
	stda %f62, [%o1] %asi
	stqa %f60, [%o1] %asi
