//! Shifts, bit fields and the other I-unit integer operations: shl, shr,
//! shr.u, shrp, extr, extr.u, dep, dep.z, zxt, sxt, czx, popcnt, clz, mpy4,
//! mpyshl4 (SDM Vol. 3). Variable shift counts above 63 give 0 (or the sign
//! for shr); fields that run past bit 63 are truncated.

use super::{gr, imm, Lifter};
use crate::ia64::decode::{Insn, Op};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I16, I32, I64, I8};
use cranelift_codegen::ir::{InstBuilder, Value};

fn mask(len: i64) -> i64 {
    if len >= 64 {
        -1
    } else {
        ((1u64 << len) - 1) as i64
    }
}

pub(super) fn lift(l: &mut Lifter, insn: &Insn) -> bool {
    let r1 = gr(insn, 0);
    let ins = insn.inputs();
    let (r, nat): (Value, Value) = match insn.op {
        Op::Shl | Op::Shr => {
            // shl r1=r2,r3 / shr r1=r3,r2: value first, count second.
            let (v, nv) = l.operand(ins[0]);
            let (c, nc) = l.operand(ins[1]);
            let big = l.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, c, 63);
            let r = if insn.op == Op::Shl {
                let s = l.b.ins().ishl(v, c);
                let z = l.k(0);
                l.b.ins().select(big, z, s)
            } else if insn.cx.unsigned {
                let s = l.b.ins().ushr(v, c);
                let z = l.k(0);
                l.b.ins().select(big, z, s)
            } else {
                let k63 = l.k(63);
                let c = l.b.ins().select(big, k63, c);
                l.b.ins().sshr(v, c)
            };
            (r, l.nat_or(nv, nc))
        }
        Op::Shrp => {
            let (hi, nh) = l.operand(ins[0]);
            let (lo, nl) = l.operand(ins[1]);
            let c = imm(insn, 3);
            let r = if c == 0 {
                lo
            } else {
                let a = l.b.ins().ushr_imm_s(lo, c);
                let b = l.b.ins().ishl_imm_s(hi, 64 - c);
                l.b.ins().bor(a, b)
            };
            (r, l.nat_or(nh, nl))
        }
        Op::Extr => {
            let (v, nv) = l.operand(ins[0]);
            let (pos, len) = (imm(insn, 2), imm(insn, 3));
            let r = if insn.cx.unsigned {
                let s = l.b.ins().ushr_imm_s(v, pos);
                l.b.ins().band_imm_s(s, mask(len))
            } else if pos + len <= 64 {
                let s = l.b.ins().ishl_imm_s(v, 64 - pos - len);
                l.b.ins().sshr_imm_s(s, 64 - len)
            } else {
                l.b.ins().sshr_imm_s(v, pos)
            };
            (r, nv)
        }
        Op::Dep => {
            let (src, ns) = l.operand(ins[0]);
            let (dst, nd) = l.operand(ins[1]);
            let (pos, len) = (imm(insn, 3), imm(insn, 4));
            let m = mask(len) << pos;
            let s = l.b.ins().ishl_imm_s(src, pos);
            let s = l.b.ins().band_imm_s(s, m);
            let d = l.b.ins().band_imm_s(dst, !m);
            (l.b.ins().bor(s, d), l.nat_or(ns, nd))
        }
        Op::DepZ => {
            let (src, ns) = l.operand(ins[0]);
            let (pos, len) = (imm(insn, 2), imm(insn, 3));
            let s = l.b.ins().band_imm_s(src, mask(len));
            (l.b.ins().ishl_imm_s(s, pos), ns)
        }
        Op::Zxt | Op::Sxt => {
            let (v, nv) = l.operand(ins[0]);
            let ty = match insn.cx.size {
                1 => I8,
                2 => I16,
                _ => I32,
            };
            let n = l.b.ins().ireduce(ty, v);
            let r = if insn.op == Op::Zxt { l.b.ins().uextend(I64, n) } else { l.b.ins().sextend(I64, n) };
            (r, nv)
        }
        Op::Popcnt => {
            let (v, nv) = l.operand(ins[0]);
            (l.b.ins().popcnt(v), nv)
        }
        Op::Clz => {
            let (v, nv) = l.operand(ins[0]);
            (l.b.ins().clz(v), nv)
        }
        Op::Czx => {
            // Index of the first zero element from the left (.l: most
            // significant first) or the right; the element count if none.
            let (v, nv) = l.operand(ins[0]);
            let size = insn.cx.size as i64;
            let n = 8 / size;
            let left = insn.mnemonic().ends_with(".l");
            let mut r = l.k(n as u64);
            // Walk from the last candidate to the first so the first wins.
            for i in (0..n).rev() {
                // element index from the chosen side -> bit position
                let elem = if left { n - 1 - i } else { i };
                let s = l.b.ins().ushr_imm_s(v, elem * size * 8);
                let e = l.b.ins().band_imm_s(s, mask(size * 8));
                let z = l.b.ins().icmp_imm_s(IntCC::Equal, e, 0);
                let iv = l.k(i as u64);
                r = l.b.ins().select(z, iv, r);
            }
            (r, nv)
        }
        Op::Mpy4 | Op::Mpyshl4 => {
            let (a, na) = l.operand(ins[0]);
            let (b, nb) = l.operand(ins[1]);
            let a = l.b.ins().band_imm_s(a, 0xffff_ffff);
            let r = if insn.op == Op::Mpy4 {
                let b = l.b.ins().band_imm_s(b, 0xffff_ffff);
                l.b.ins().imul(a, b)
            } else {
                let b = l.b.ins().ushr_imm_s(b, 32);
                let p = l.b.ins().imul(a, b);
                l.b.ins().ishl_imm_s(p, 32)
            };
            (r, l.nat_or(na, nb))
        }
        _ => return l.unimplemented(insn),
    };
    l.set(r1, r, nat);
    true
}
