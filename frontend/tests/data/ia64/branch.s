// IA-64 B-unit and X-unit (branches, long branch, movl) forms
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

// br
	br.few b2
	br.few.clr b3
	br.many b4
	br.many.clr b5
	(p5) br.cond.sptk.few b6
	(p6) br.cond.sptk.few.clr b7
	br.cond.spnt.few b0
	(p8) br.cond.spnt.few.clr b1
	br.cond.dptk.few b2
	br.cond.dptk.few.clr b3
	(p11) br.cond.dpnt.few b4
	br.cond.dpnt.few.clr b5
	(p13) br.cond.sptk.many b6
	(p14) br.cond.sptk.many.clr b7
	br.cond.spnt.many b0
	br.cond.spnt.many.clr b1
	(p17) br.cond.dptk.many b2
	br.cond.dptk.many.clr b3
	br.cond.dpnt.many b4
	(p20) br.cond.dpnt.many.clr b5
	br.ia.sptk.few b6
	br.ia.sptk.few.clr b7
	(p23) br.ia.spnt.few b0
	br.ia.spnt.few.clr b1
	br.ia.dptk.few b2
	(p26) br.ia.dptk.few.clr b3
	br.ia.dpnt.few b4
	br.ia.dpnt.few.clr b5
	(p29) br.ia.sptk.many b6
	br.ia.sptk.many.clr b7
	br.ia.spnt.many b0
	(p32) br.ia.spnt.many.clr b1
	br.ia.dptk.many b2
	br.ia.dptk.many.clr b3
	(p35) br.ia.dpnt.many b4
	br.ia.dpnt.many.clr b5
	br.ret.sptk.few b6
	(p38) br.ret.sptk.few.clr b7
	br.ret.spnt.few b0
	br.ret.spnt.few.clr b1
	(p41) br.ret.dptk.few b2
	br.ret.dptk.few.clr b3
	br.ret.dpnt.few b4
	(p44) br.ret.dpnt.few.clr b5
	br.ret.sptk.many b6
	br.ret.sptk.many.clr b7
	(p47) br.ret.spnt.many b0
	br.ret.spnt.many.clr b1
	br.ret.dptk.many b2
	(p50) br.ret.dptk.many.clr b3
	br.ret.dpnt.many b4
	br.ret.dpnt.many.clr b5

// cover
	cover

// clrrrb
	clrrrb
	clrrrb.pr

// rfi
	rfi

// bsw
	bsw.0
	bsw.1

// epc
	epc

// vmsw
	vmsw.0
	vmsw.1

// break
	(p62) break.b 0x12345

// br
	br.call.sptk.few b3=b0
	br.call.sptk.few.clr b4=b1
	(p3) br.call.spnt.few b5=b2
	br.call.spnt.few.clr b6=b3
	br.call.dptk.few b1=b4
	(p6) br.call.dptk.few.clr b2=b5
	br.call.dpnt.few b3=b6
	br.call.dpnt.few.clr b4=b7
	(p9) br.call.sptk.many b5=b0
	br.call.sptk.many.clr b6=b1
	br.call.spnt.many b1=b2
	(p12) br.call.spnt.many.clr b2=b3
	br.call.dptk.many b3=b4
	br.call.dptk.many.clr b4=b5
	(p15) br.call.dpnt.many b5=b6
	br.call.dpnt.many.clr b6=b7

// brp
.T1:
	brp.sptk b0,.T1
.T2:
	brp.dptk b1,.T2
.T3:
	brp.sptk.imp b2,.T3
.T4:
	brp.dptk.imp b3,.T4
.T5:
	brp.ret.sptk b4,.T5
.T6:
	brp.ret.dptk b5,.T6
.T7:
	brp.ret.sptk.imp b6,.T7
.T8:
	brp.ret.dptk.imp b7,.T8

// nop
	nop.b 0x1fffff

// hint
	hint.b 0x0

// br
.T9:
	br.few .T9
.T10:
	br.few.clr .T10
.T11:
	br.many .T11
.T12:
	br.many.clr .T12
.T13:
	(p31) br.cond.sptk.few .T13
.T14:
	(p32) br.cond.sptk.few.clr .T14
.T15:
	(p33) br.cond.spnt.few .T15
.T16:
	br.cond.spnt.few.clr .T16
.T17:
	br.cond.dptk.few .T17
.T18:
	(p36) br.cond.dptk.few.clr .T18
.T19:
	br.cond.dpnt.few .T19
.T20:
	br.cond.dpnt.few.clr .T20
.T21:
	(p39) br.cond.sptk.many .T21
.T22:
	(p40) br.cond.sptk.many.clr .T22
.T23:
	br.cond.spnt.many .T23
.T24:
	(p42) br.cond.spnt.many.clr .T24
.T25:
	br.cond.dptk.many .T25
.T26:
	br.cond.dptk.many.clr .T26
.T27:
	(p45) br.cond.dpnt.many .T27
.T28:
	br.cond.dpnt.many.clr .T28
.T29:
	br.wexit.sptk.few .T29
.T30:
	(p48) br.wexit.sptk.few.clr .T30
.T31:
	br.wexit.spnt.few .T31
.T32:
	br.wexit.spnt.few.clr .T32
.T33:
	(p51) br.wexit.dptk.few .T33
.T34:
	br.wexit.dptk.few.clr .T34
.T35:
	br.wexit.dpnt.few .T35
.T36:
	(p54) br.wexit.dpnt.few.clr .T36
.T37:
	br.wexit.sptk.many .T37
.T38:
	br.wexit.sptk.many.clr .T38
.T39:
	(p57) br.wexit.spnt.many .T39
.T40:
	br.wexit.spnt.many.clr .T40
.T41:
	br.wexit.dptk.many .T41
.T42:
	(p60) br.wexit.dptk.many.clr .T42
.T43:
	br.wexit.dpnt.many .T43
.T44:
	br.wexit.dpnt.many.clr .T44
.T45:
	(p1) br.wtop.sptk.few .T45
.T46:
	br.wtop.sptk.few.clr .T46
.T47:
	br.wtop.spnt.few .T47
.T48:
	(p4) br.wtop.spnt.few.clr .T48
.T49:
	br.wtop.dptk.few .T49
.T50:
	br.wtop.dptk.few.clr .T50
.T51:
	(p7) br.wtop.dpnt.few .T51
.T52:
	br.wtop.dpnt.few.clr .T52
.T53:
	br.wtop.sptk.many .T53
.T54:
	(p10) br.wtop.sptk.many.clr .T54
.T55:
	br.wtop.spnt.many .T55
.T56:
	br.wtop.spnt.many.clr .T56
.T57:
	(p13) br.wtop.dptk.many .T57
.T58:
	br.wtop.dptk.many.clr .T58
.T59:
	br.wtop.dpnt.many .T59
.T60:
	(p16) br.wtop.dpnt.many.clr .T60
.T61:
	br.cloop.sptk.few .T61
.T62:
	br.cloop.sptk.few.clr .T62
.T63:
	br.cloop.spnt.few .T63
.T64:
	br.cloop.spnt.few.clr .T64
.T65:
	br.cloop.dptk.few .T65
.T66:
	br.cloop.dptk.few.clr .T66
.T67:
	br.cloop.dpnt.few .T67
.T68:
	br.cloop.dpnt.few.clr .T68
.T69:
	br.cloop.sptk.many .T69
.T70:
	br.cloop.sptk.many.clr .T70
.T71:
	br.cloop.spnt.many .T71
.T72:
	br.cloop.spnt.many.clr .T72
.T73:
	br.cloop.dptk.many .T73
.T74:
	br.cloop.dptk.many.clr .T74
.T75:
	br.cloop.dpnt.many .T75
.T76:
	br.cloop.dpnt.many.clr .T76
.T77:
	br.cexit.sptk.few .T77
.T78:
	br.cexit.sptk.few.clr .T78
.T79:
	br.cexit.spnt.few .T79
.T80:
	br.cexit.spnt.few.clr .T80
.T81:
	br.cexit.dptk.few .T81
.T82:
	br.cexit.dptk.few.clr .T82
.T83:
	br.cexit.dpnt.few .T83
.T84:
	br.cexit.dpnt.few.clr .T84
.T85:
	br.cexit.sptk.many .T85
.T86:
	br.cexit.sptk.many.clr .T86
.T87:
	br.cexit.spnt.many .T87
.T88:
	br.cexit.spnt.many.clr .T88
.T89:
	br.cexit.dptk.many .T89
.T90:
	br.cexit.dptk.many.clr .T90
.T91:
	br.cexit.dpnt.many .T91
.T92:
	br.cexit.dpnt.many.clr .T92
.T93:
	br.ctop.sptk.few .T93
.T94:
	br.ctop.sptk.few.clr .T94
.T95:
	br.ctop.spnt.few .T95
.T96:
	br.ctop.spnt.few.clr .T96
.T97:
	br.ctop.dptk.few .T97
.T98:
	br.ctop.dptk.few.clr .T98
.T99:
	br.ctop.dpnt.few .T99
.T100:
	br.ctop.dpnt.few.clr .T100
.T101:
	br.ctop.sptk.many .T101
.T102:
	br.ctop.sptk.many.clr .T102
.T103:
	br.ctop.spnt.many .T103
.T104:
	br.ctop.spnt.many.clr .T104
.T105:
	br.ctop.dptk.many .T105
.T106:
	br.ctop.dptk.many.clr .T106
.T107:
	br.ctop.dpnt.many .T107
.T108:
	br.ctop.dpnt.many.clr .T108
.T109:
	br.call.sptk.few b3=.T109
.T110:
	br.call.sptk.few.clr b4=.T110
.T111:
	(p5) br.call.spnt.few b5=.T111
.T112:
	br.call.spnt.few.clr b6=.T112
.T113:
	br.call.dptk.few b1=.T113
.T114:
	(p8) br.call.dptk.few.clr b2=.T114
.T115:
	br.call.dpnt.few b3=.T115
.T116:
	br.call.dpnt.few.clr b4=.T116
.T117:
	(p11) br.call.sptk.many b5=.T117
.T118:
	br.call.sptk.many.clr b6=.T118
.T119:
	br.call.spnt.many b1=.T119
.T120:
	(p14) br.call.spnt.many.clr b2=.T120
.T121:
	br.call.dptk.many b3=.T121
.T122:
	br.call.dptk.many.clr b4=.T122
.T123:
	(p17) br.call.dpnt.many b5=.T123
.T124:
	br.call.dpnt.many.clr b6=.T124

// brp
.T125:
.T126:
	brp.sptk .T125,.T126
.T127:
.T128:
	brp.loop .T127,.T128
.T129:
.T130:
	brp.dptk .T129,.T130
.T131:
.T132:
	brp.exit .T131,.T132
.T133:
.T134:
	brp.sptk.imp .T133,.T134
.T135:
.T136:
	brp.loop.imp .T135,.T136
.T137:
.T138:
	brp.dptk.imp .T137,.T138
.T139:
.T140:
	brp.exit.imp .T139,.T140

// break
	break.x 0x123456789

// nop
	nop.x 0x3fffffffffffffff

// hint
	(p29) hint.x 0x123456789

// movl
	movl r31=0x8000000000000000

// brl
.T141:
	brl.few .T141
.T142:
	brl.few.clr .T142
.T143:
	brl.many .T143
.T144:
	brl.many.clr .T144
.T145:
	(p35) brl.cond.sptk.few .T145
.T146:
	(p36) brl.cond.sptk.few.clr .T146
.T147:
	brl.cond.spnt.few .T147
.T148:
	(p38) brl.cond.spnt.few.clr .T148
.T149:
	brl.cond.dptk.few .T149
.T150:
	brl.cond.dptk.few.clr .T150
.T151:
	(p41) brl.cond.dpnt.few .T151
.T152:
	brl.cond.dpnt.few.clr .T152
.T153:
	(p43) brl.cond.sptk.many .T153
.T154:
	(p44) brl.cond.sptk.many.clr .T154
.T155:
	brl.cond.spnt.many .T155
.T156:
	brl.cond.spnt.many.clr .T156
.T157:
	(p47) brl.cond.dptk.many .T157
.T158:
	brl.cond.dptk.many.clr .T158
.T159:
	brl.cond.dpnt.many .T159
.T160:
	(p50) brl.cond.dpnt.many.clr .T160
.T161:
	brl.call.sptk.few b3=.T161
.T162:
	brl.call.sptk.few.clr b4=.T162
.T163:
	(p53) brl.call.spnt.few b5=.T163
.T164:
	brl.call.spnt.few.clr b6=.T164
.T165:
	brl.call.dptk.few b1=.T165
.T166:
	(p56) brl.call.dptk.few.clr b2=.T166
.T167:
	brl.call.dpnt.few b3=.T167
.T168:
	brl.call.dpnt.few.clr b4=.T168
.T169:
	(p59) brl.call.sptk.many b5=.T169
.T170:
	brl.call.sptk.many.clr b6=.T170
.T171:
	brl.call.spnt.many b1=.T171
.T172:
	(p62) brl.call.spnt.many.clr b2=.T172
.T173:
	brl.call.dptk.many b3=.T173
.T174:
	brl.call.dptk.many.clr b4=.T174
.T175:
	(p3) brl.call.dpnt.many b5=.T175
.T176:
	brl.call.dpnt.many.clr b6=.T176
	.endp _start
