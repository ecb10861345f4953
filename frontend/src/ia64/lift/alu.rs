//! A-type integer ALU: add, sub, addl, adds, addp4, and, andcm, or, xor,
//! shladd, shladdp4 (SDM Vol. 3, pages of the same names). The result's NaT
//! is the OR of the sources' NaT bits.

use super::{gr, Lifter};
use crate::ia64::decode::{Insn, Op, Operand};
use cranelift_codegen::ir::InstBuilder;

/// `addp4`/`shladdp4`: a 32-bit pointer made 64-bit: the low 32 bits of the
/// sum, with bits 31:30 of the *base* r3 moved to bits 62:61 (the region).
fn p4(l: &mut Lifter, sum: cranelift_codegen::ir::Value, base: cranelift_codegen::ir::Value) -> cranelift_codegen::ir::Value {
    let lo = l.b.ins().band_imm_s(sum, 0xffff_ffff);
    let rg = l.b.ins().ushr_imm_s(base, 30);
    let rg = l.b.ins().band_imm_s(rg, 3);
    let rg = l.b.ins().ishl_imm_s(rg, 61);
    l.b.ins().bor(lo, rg)
}

pub(super) fn lift(l: &mut Lifter, insn: &Insn) -> bool {
    let r1 = gr(insn, 0);
    let ins = insn.inputs();
    let (r, nat) = match insn.op {
        Op::Shladd | Op::Shladdp4 => {
            let (a, na) = l.operand(ins[0]);
            let Operand::Imm(c) = ins[1] else { return l.unimplemented(insn) };
            let (b, nb) = l.operand(ins[2]);
            let s = l.b.ins().ishl_imm_s(a, c);
            let sum = l.b.ins().iadd(s, b);
            let r = if insn.op == Op::Shladdp4 { p4(l, sum, b) } else { sum };
            (r, l.nat_or(na, nb))
        }
        _ => {
            let (a, na) = l.operand(ins[0]);
            let (b, nb) = l.operand(ins[1]);
            let n = l.nat_or(na, nb);
            let r = match insn.op {
                Op::Add | Op::Adds | Op::Addl => {
                    let s = l.b.ins().iadd(a, b);
                    // add r1=r2,r3,1
                    if ins.len() > 2 {
                        l.b.ins().iadd_imm_s(s, 1)
                    } else {
                        s
                    }
                }
                Op::Sub => {
                    let s = l.b.ins().isub(a, b);
                    if ins.len() > 2 {
                        l.b.ins().iadd_imm_s(s, -1)
                    } else {
                        s
                    }
                }
                Op::Addp4 => {
                    let s = l.b.ins().iadd(a, b);
                    p4(l, s, b)
                }
                Op::And => l.b.ins().band(a, b),
                Op::Andcm => l.b.ins().band_not(a, b),
                Op::Or => l.b.ins().bor(a, b),
                _ => l.b.ins().bxor(a, b),
            };
            (r, n)
        }
    };
    l.set(r1, r, nat);
    true
}
