// IA-64 bundle layout: every template with and without its final stop,
// the mid-bundle stops of MI;;I and M;;MI, MLX forms, predicates, reserved
// templates and slots that decode to nothing (objdump prints data8).
// lastmile test input for tests/ia64_objdump.rs.
	.text
	.explicit
	.global _start
	.proc _start
_start:
	{ .mii
	  add r8=r9,r10
	  (p1) sub r11=r12,r13
	  (p63) adds r14=-1,r15
	}
	{ .mii
	  mov r16=r17
	  nop.i 0x0
	  nop.i 0x1fffff ;;
	}
	{ .mii
	  ld8 r20=[r21]
	  shl r22=r23,3 ;;
	  (p7) shr.u r24=r25,60
	}
	{ .mii
	  st4 [r26]=r27,16
	  extr r28=r29,3,5 ;;
	  dep r30=r31,r2,7,9 ;;
	}
	{ .mlx
	  nop.m 0
	  movl r8=0x0123456789abcdef
	}
	{ .mlx
	  (p6) cmp.eq p1,p2=r3,r4
	  (p6) movl r9=-1 ;;
	}
	{ .mlx
	  nop.m 0
	  nop.x 0x2aaaaaaaaaaaaaaa
	}
	{ .mlx
	  nop.m 0
	  break.x 0x100000 ;;
	}
	{ .mlx
	  nop.m 0
	  (p5) brl.cond.dptk.many _start
	}
	{ .mlx
	  nop.m 0
	  brl.call.sptk.many b0=.Lfar ;;
	}
	{ .mmi
	  ld4 r8=[r9]
	  st8 [r10]=r11
	  mov r12=ip
	}
	{ .mmi
	  ld8.s r13=[r14]
	  ld8.a r15=[r16]
	  nop.i 0 ;;
	}
	{ .mmi
	  alloc r32=ar.pfs,2,3,4,0 ;;
	  ld8.c.clr r33=[r34]
	  (p3) mov.i ar.lc=r35
	}
	{ .mmi
	  flushrs ;;
	  mov r36=ar.bsp
	  mov r37=ar.pfs ;;
	}
	{ .mfi
	  (p9) ldfd f8=[r38]
	  fma.s1 f9=f10,f11,f12
	  (p9) tbit.z p6,p7=r39,63
	}
	{ .mfi
	  nop.m 0
	  (p10) fcmp.lt.unc p8,p9=f13,f14
	  nop.i 0 ;;
	}
	{ .mmf
	  getf.sig r40=f15
	  setf.d f16=r41
	  fnorm.d.s0 f17=f18
	}
	{ .mmf
	  stfd [r42]=f19,8
	  ldfpd f20,f21=[r43]
	  xma.hu f22=f23,f24,f25 ;;
	}
	{ .mib
	  ld8 r44=[r45]
	  mov b2=r45
	  br.call.sptk.many b0=_start
	}
	{ .mii
	  nop.m 0
	  mov r44=b1
	  mov.ret.dptk.imp b3=r46,.Lhere
	}
	{ .mib
	  nop.m 0
	  nop.i 0
	  (p6) br.cond.dpnt.few.clr .Lfar ;;
	}
	{ .mbb
	  nop.m 0
	  brp.sptk .Lfar,.Lhere
	  br.ret.sptk.many b0
	}
.Lhere:
	{ .mbb
	  nop.m 0
	  nop.b 0
	  br.cloop.sptk.few _start ;;
	}
	{ .bbb
	  nop.b 0
	  nop.b 0
	  cover ;;
	}
	{ .bbb
	  nop.b 0
	  nop.b 0
	  clrrrb.pr ;;
	}
	{ .mbb
	  nop.m 0
	  nop.b 0
	  br.ctop.dptk.many _start ;;
	}
	{ .bbb
	  nop.b 0x12345
	  (p2) br.cond.sptk.many b3
	  br.wtop.spnt.few.clr .Lhere ;;
	}
	{ .mmb
	  lfetch.fault.excl.nt1 [r46],r47
	  cmpxchg8.acq r48=[r49],r50,ar.ccv
	  br.ia.sptk.many b4
	}
	{ .mmb
	  mf
	  srlz.i
	  epc ;;
	}
	{ .mfb
	  (p11) fetchadd8.rel r51=[r52],-16
	  fpma.s2 f26=f27,f28,f29
	  br.few _start
	}
	{ .mfb
	  mov psr.l=r53
	  fselect f30=f31,f32,f33
	  rfi ;;
	}
.Lfar:
	// Reserved templates (0x06/0x07 "-3-", 0x14/0x15 "-a-", 0x1a/0x1b
	// "-d-", 0x1e/0x1f "-f-"): objdump prints every slot as data8.
	data8 0x0000000000000006, 0x0000000000000000
	data8 0xffffffffffffffe7, 0xffffffffffffffff
	data8 0x1234567800000014, 0x0fedcba987654321
	data8 0x0000000000000015, 0x8000000000000000
	data8 0x000000000000001a, 0x0000000000000001
	data8 0xaaaaaaaaaaaaaabb, 0x5555555555555555
	data8 0x000000000000001e, 0x0000000000000000
	data8 0x000000000000001f, 0x0000000000000000
	// Slots no instruction has (bundle bits: slot 0 is 5-45, slot 1 46-86,
	// slot 2 87-127; the major opcode is the top 4 bits of a slot):
	// an F slot with major opcode 2, a B slot with major opcode 8, an X slot
	// with major opcode 1, an M slot with x3 = 0, x4 = 15, an I slot with
	// x6 = 0x3f.
	data8 0x000000000000000c, 2 << 19
	data8 0x0000000000000010, 8 << 60
	data8 0x0000000000000004, 1 << 60
	data8 0x0000000000000000 | (0x3f << 32), 0
	data8 0x0000000000000000, 0x3f << 9
	.endp _start
