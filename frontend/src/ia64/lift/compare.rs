//! Compares and tests that write two predicates: cmp, cmp4, tbit, tnat, tf
//! (SDM Vol. 3, "cmp" Table 2-16 "Comparison Types"): normal and unc write
//! rel / !rel (both 0 when a source is NaT; unc also clears them when qp is
//! false, done by the caller), and / or / or.andcm only ever write
//! constants (and.orcm is or.andcm with the targets swapped by the
//! assembler).

use super::{imm, Lifter};
use crate::ia64::decode::{Crel, Ctype, Insn, Op, Operand};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{InstBuilder, Value};

fn intcc(c: Crel) -> Option<IntCC> {
    Some(match c {
        Crel::Eq => IntCC::Equal,
        Crel::Ne => IntCC::NotEqual,
        Crel::Lt => IntCC::SignedLessThan,
        Crel::Le => IntCC::SignedLessThanOrEqual,
        Crel::Gt => IntCC::SignedGreaterThan,
        Crel::Ge => IntCC::SignedGreaterThanOrEqual,
        Crel::Ltu => IntCC::UnsignedLessThan,
        Crel::Leu => IntCC::UnsignedLessThanOrEqual,
        Crel::Gtu => IntCC::UnsignedGreaterThan,
        Crel::Geu => IntCC::UnsignedGreaterThanOrEqual,
        _ => return None,
    })
}

pub(super) fn lift(l: &mut Lifter, insn: &Insn) -> bool {
    let (Operand::Pr(p1), Operand::Pr(p2)) = (insn.ops[0], insn.ops[1]) else { return l.unimplemented(insn) };
    let ins = insn.inputs();
    // (relation i64 0/1, source NaT i64 0/1)
    let (rel, nat): (Value, Value) = match insn.op {
        Op::Cmp | Op::Cmp4 => {
            let (a, na) = l.operand(ins[0]);
            let (b, nb) = l.operand(ins[1]);
            let Some(cc) = intcc(insn.cx.crel) else { return l.unimplemented(insn) };
            let c = if insn.op == Op::Cmp4 {
                let a32 = l.b.ins().ireduce(I32, a);
                let b32 = l.b.ins().ireduce(I32, b);
                l.b.ins().icmp(cc, a32, b32)
            } else {
                l.b.ins().icmp(cc, a, b)
            };
            let c = l.b.ins().uextend(I64, c);
            (c, l.nat_or(na, nb))
        }
        Op::Tbit => {
            let (a, na) = l.operand(ins[0]);
            let pos = imm(insn, 3);
            let s = l.b.ins().ushr_imm_s(a, pos);
            let bit = l.b.ins().band_imm_s(s, 1);
            let rel = if insn.cx.crel == Crel::Z { l.b.ins().bxor_imm_s(bit, 1) } else { bit };
            (rel, na)
        }
        Op::Tnat => {
            let (_, na) = l.operand(ins[0]);
            let rel = if insn.cx.crel == Crel::Z { l.b.ins().bxor_imm_s(na, 1) } else { na };
            (rel, l.k(0))
        }
        _ => {
            // tf: no processor feature is implemented (SDM Vol. 3, tf).
            let rel = l.k((insn.cx.crel == Crel::Z) as u64);
            (rel, l.k(0))
        }
    };
    let ok = l.not01(nat);
    match insn.cx.ctype {
        Ctype::Normal | Ctype::Unc => {
            let t = l.and01(ok, rel);
            let nrel = l.not01(rel);
            let f = l.and01(ok, nrel);
            l.set_pred(p1, t);
            l.set_pred(p2, f);
        }
        Ctype::And => {
            // if (nat || !rel) both = 0
            let keep = l.b.ins().band(ok, rel);
            for p in [p1, p2] {
                if p != 0 {
                    let old = l.pred(p);
                    let v = l.b.ins().band(old, keep);
                    l.set_pred(p, v);
                }
            }
        }
        Ctype::Or | Ctype::OrAndcm => {
            // if (!nat && rel): p1 = 1, p2 = 1 (or) / 0 (or.andcm)
            let hit = l.b.ins().band(ok, rel);
            let old1 = l.pred(p1);
            let v1 = l.b.ins().bor(old1, hit);
            l.set_pred(p1, v1);
            let old2 = l.pred(p2);
            let v2 = if insn.cx.ctype == Ctype::Or {
                l.b.ins().bor(old2, hit)
            } else {
                let nh = l.b.ins().bxor_imm_s(hit, 1);
                l.b.ins().band(old2, nh)
            };
            l.set_pred(p2, v2);
        }
    }
    true
}
