//! The floating-point register file as integer code uses it (SDM Vol. 1,
//! 5.1-5.3; Vol. 3 getf, setf, xma, ldf, stf): getf/setf (.sig, .exp, .s,
//! .d), xma.l/.h/.hu (integer multiply in the FP unit: exact 64x64), and FP
//! loads and stores (ldf8/stf8, ldfs/ldfd, ldfe, ldf.fill/stf.spill, ldfp).
//! FP arithmetic is the next issue's: it exits Unimplemented.
//!
//! Register format: `fr[i] = [significand, sign << 17 | exponent]`; fr0 and
//! fr1 read as +0.0 and +1.0 whatever memory holds.

use super::{gr, Lifter};
use crate::ia64::cpu::{Ia64Cpu, FR_EXP_BIAS, FR_EXP_INT, FR_NATVAL_EXP};
use crate::ia64::decode::{FpFmt, Insn, LdType, Op, Operand};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value};
use std::mem::offset_of;

/// (base, offset) of FR f's 16-byte home.
fn home(l: &mut Lifter, f: u8) -> (Value, i32) {
    if f < 32 {
        (l.cpu, (offset_of!(Ia64Cpu, fr) + 16 * f as usize) as i32)
    } else {
        let p = l.ld_cpu(offset_of!(Ia64Cpu, fr_map) + 8 * (f - 32) as usize);
        let o = l.b.ins().ishl_imm_s(p, 4);
        (l.b.ins().iadd(l.cpu, o), offset_of!(Ia64Cpu, fr) as i32)
    }
}

/// (significand, sign|exponent) of FR f.
pub(super) fn get(l: &mut Lifter, f: u8) -> (Value, Value) {
    match f {
        0 => (l.k(0), l.k(0)),
        1 => (l.k(1 << 63), l.k(FR_EXP_BIAS)),
        _ => {
            let (b, o) = home(l, f);
            let s = l.b.ins().load(I64, MemFlagsData::trusted(), b, o);
            let e = l.b.ins().load(I64, MemFlagsData::trusted(), b, o + 8);
            (s, e)
        }
    }
}

pub(super) fn set(l: &mut Lifter, f: u8, sig: Value, se: Value) {
    if f < 2 {
        return;
    }
    let (b, o) = home(l, f);
    l.b.ins().store(MemFlagsData::trusted(), sig, b, o);
    l.b.ins().store(MemFlagsData::trusted(), se, b, o + 8);
}

/// 1 when FR f holds NaTVal.
pub(super) fn is_natval(l: &mut Lifter, f: u8) -> Value {
    let (s, e) = get(l, f);
    let a = l.b.ins().icmp_imm_s(IntCC::Equal, e, FR_NATVAL_EXP as i64);
    let b = l.b.ins().icmp_imm_s(IntCC::Equal, s, 0);
    let c = l.b.ins().band(a, b);
    l.b.ins().uextend(I64, c)
}

pub(super) fn alat_id_fr(l: &mut Lifter, f: u8) -> Value {
    if f < 32 {
        l.k((offset_of!(Ia64Cpu, fr) + 16 * f as usize) as u64)
    } else {
        let p = l.ld_cpu(offset_of!(Ia64Cpu, fr_map) + 8 * (f - 32) as usize);
        let o = l.b.ins().ishl_imm_s(p, 4);
        l.b.ins().iadd_imm_s(o, offset_of!(Ia64Cpu, fr) as i64)
    }
}

/// Memory format (single: ebits 8, mbits 23; double: 11, 52) to register
/// format (SDM Vol. 1, 5.2, Table 5-? "Memory to register conversion").
fn mem_to_reg(l: &mut Lifter, v: Value, ebits: i64, mbits: i64) -> (Value, Value) {
    let bias = (1i64 << (ebits - 1)) - 1;
    let sign = l.b.ins().ushr_imm_s(v, ebits + mbits);
    let sign = l.b.ins().band_imm_s(sign, 1);
    let sign17 = l.b.ins().ishl_imm_s(sign, 17);
    let e = l.b.ins().ushr_imm_s(v, mbits);
    let e = l.b.ins().band_imm_s(e, (1 << ebits) - 1);
    let frac = l.b.ins().band_imm_s(v, (1i64 << mbits) - 1);
    let fr = l.b.ins().ishl_imm_s(frac, 63 - mbits);
    let one = l.k(1 << 63);
    let normal_sig = l.b.ins().bor(fr, one);
    // exponent cases: 0 -> zero/denormal, max -> inf/nan, else rebias.
    let e_norm = l.b.ins().iadd_imm_s(e, FR_EXP_BIAS as i64 - bias);
    let is0 = l.b.ins().icmp_imm_s(IntCC::Equal, e, 0);
    let ismax = l.b.ins().icmp_imm_s(IntCC::Equal, e, (1 << ebits) - 1);
    let fz = l.b.ins().icmp_imm_s(IntCC::Equal, frac, 0);
    let den_e = l.k((FR_EXP_BIAS as i64 - bias + 1) as u64);
    let zero = l.k(0);
    let den_or_zero_e = l.b.ins().select(fz, zero, den_e);
    let maxe = l.k(0x1ffff);
    let e1 = l.b.ins().select(ismax, maxe, e_norm);
    let e2 = l.b.ins().select(is0, den_or_zero_e, e1);
    let sig = l.b.ins().select(is0, fr, normal_sig);
    let se = l.b.ins().bor(e2, sign17);
    (sig, se)
}

/// Register format to memory format (single or double): a helper call
/// (denormals, infinities, NaNs and out-of-range values all need care).
fn reg_to_mem(l: &mut Lifter, sig: Value, se: Value, ebits: i64, _mbits: i64) -> Value {
    let mut sg = cranelift_codegen::ir::Signature::new(cranelift_codegen::isa::CallConv::SystemV);
    for _ in 0..3 {
        sg.params.push(cranelift_codegen::ir::AbiParam::new(I64));
    }
    sg.returns.push(cranelift_codegen::ir::AbiParam::new(I64));
    let sigref = l.b.import_signature(sg);
    let f = l.k(super::fparith::fr_to_mem as *const () as usize as u64);
    let d = l.k((ebits == 11) as u64);
    let call = l.b.ins().call_indirect(sigref, f, &[sig, se, d]);
    l.b.inst_results(call)[0]
}

fn natval(l: &mut Lifter) -> (Value, Value) {
    (l.k(0), l.k(FR_NATVAL_EXP))
}

fn fr(insn: &Insn, i: usize) -> u8 {
    match insn.ops[i] {
        Operand::Fr(f) => f,
        _ => 0,
    }
}

/// Load one FP value of format `fmt` at host `h` + off: register format.
fn load_fmt(l: &mut Lifter, fmt: FpFmt, h: Value, off: i32) -> (Value, Value) {
    let f = MemFlagsData::new();
    match fmt {
        FpFmt::S => {
            let v = l.b.ins().uload32(f, h, off);
            mem_to_reg(l, v, 8, 23)
        }
        FpFmt::D => {
            let v = l.b.ins().load(I64, f, h, off);
            mem_to_reg(l, v, 11, 52)
        }
        FpFmt::E => {
            // 80-bit: significand, then 15-bit exponent and sign.
            let s = l.b.ins().load(I64, f, h, off);
            let x = l.b.ins().uload16(I64, f, h, off + 8);
            let e = l.b.ins().band_imm_s(x, 0x7fff);
            let sign = l.b.ins().ushr_imm_s(x, 15);
            let sign = l.b.ins().ishl_imm_s(sign, 17);
            let e_n = l.b.ins().iadd_imm_s(e, FR_EXP_BIAS as i64 - 0x3fff);
            let is0 = l.b.ins().icmp_imm_s(IntCC::Equal, e, 0);
            let ismax = l.b.ins().icmp_imm_s(IntCC::Equal, e, 0x7fff);
            let z = l.k(0);
            let m = l.k(0x1ffff);
            let e1 = l.b.ins().select(ismax, m, e_n);
            let e2 = l.b.ins().select(is0, z, e1);
            (s, l.b.ins().bor(e2, sign))
        }
        FpFmt::Spill => {
            let s = l.b.ins().load(I64, f, h, off);
            let e = l.b.ins().load(I64, f, h, off + 8);
            (s, l.b.ins().band_imm_s(e, 0x3ffff))
        }
        _ => {
            // 8-byte integer significand.
            let v = l.b.ins().load(I64, f, h, off);
            (v, l.k(FR_EXP_INT))
        }
    }
}

fn store_fmt(l: &mut Lifter, fmt: FpFmt, sig: Value, se: Value, h: Value, off: i32) {
    let f = MemFlagsData::new();
    match fmt {
        FpFmt::S => {
            let v = reg_to_mem(l, sig, se, 8, 23);
            l.b.ins().istore32(f, v, h, off);
        }
        FpFmt::D => {
            let v = reg_to_mem(l, sig, se, 11, 52);
            l.b.ins().store(f, v, h, off);
        }
        FpFmt::E => {
            l.b.ins().store(f, sig, h, off);
            let e = l.b.ins().band_imm_s(se, 0x1ffff);
            let e_n = l.b.ins().iadd_imm_s(e, 0x3fff - FR_EXP_BIAS as i64);
            let e_n = l.b.ins().band_imm_s(e_n, 0x7fff);
            let sign = l.b.ins().ushr_imm_s(se, 17);
            let sign = l.b.ins().ishl_imm_s(sign, 15);
            let x = l.b.ins().bor(e_n, sign);
            l.b.ins().istore16(f, x, h, off + 8);
        }
        FpFmt::Spill => {
            l.b.ins().store(f, sig, h, off);
            l.b.ins().store(f, se, h, off + 8);
        }
        _ => {
            l.b.ins().store(f, sig, h, off);
        }
    }
}

fn update(l: &mut Lifter, insn: &Insn) {
    if !insn.cx.update {
        return;
    }
    let Some(mi) = insn.operands().iter().position(|o| matches!(o, Operand::Mem(_))) else { return };
    let Operand::Mem(r3) = insn.ops[mi] else { return };
    // The increment is the last operand (after the memory operand and,
    // for stores, the data register; decode flags `update` only when it
    // is there).
    let inc = *insn.operands().last().expect("a base-update form has an increment");
    debug_assert!(insn.nops as usize > mi + 1 + usize::from(matches!(insn.op, Op::St | Op::Stf)));
    let (b, nb) = l.get(r3);
    let (iv, ni) = l.operand(inc);
    let v = l.b.ins().iadd(b, iv);
    let n = l.nat_or(nb, ni);
    l.set(r3, v, n);
}

pub(super) fn lift(l: &mut Lifter, insn: &Insn) -> bool {
    match insn.op {
        Op::Setf => {
            let f1 = fr(insn, 0);
            let (v, n) = l.get(gr(insn, 1));
            let (s, e) = match insn.cx.fmt {
                FpFmt::Sig => (v, l.k(FR_EXP_INT)),
                FpFmt::Exp => (l.k(1 << 63), l.b.ins().band_imm_s(v, 0x3ffff)),
                FpFmt::S => mem_to_reg(l, v, 8, 23),
                _ => mem_to_reg(l, v, 11, 52),
            };
            // A NaT source gives NaTVal.
            let (ns, ne) = natval(l);
            let c = l.nz(n);
            let s = l.b.ins().select(c, ns, s);
            let e = l.b.ins().select(c, ne, e);
            set(l, f1, s, e);
        }
        Op::Getf => {
            let f2 = fr(insn, 1);
            let (s, e) = get(l, f2);
            let v = match insn.cx.fmt {
                FpFmt::Sig => s,
                FpFmt::Exp => l.b.ins().band_imm_s(e, 0x3ffff),
                FpFmt::S => reg_to_mem(l, s, e, 8, 23),
                _ => reg_to_mem(l, s, e, 11, 52),
            };
            let n = is_natval(l, f2);
            l.set(gr(insn, 0), v, n);
        }
        Op::Xma => {
            // xma f1=f3,f4,f2: f3 * f4 + f2 on 64-bit integer significands.
            let (f1, f3, f4, f2) = (fr(insn, 0), fr(insn, 1), fr(insn, 2), fr(insn, 3));
            let (a, _) = get(l, f3);
            let (b, _) = get(l, f4);
            let (c, _) = get(l, f2);
            let m = insn.mnemonic();
            let lo = l.b.ins().imul(a, b);
            let r = if m.contains(".l") || m.starts_with("xmpy.l") {
                l.b.ins().iadd(lo, c)
            } else {
                let signed = !insn.cx.unsigned;
                let hi = if signed { l.b.ins().smulhi(a, b) } else { l.b.ins().umulhi(a, b) };
                let sum = l.b.ins().iadd(lo, c);
                let carry = l.b.ins().icmp(IntCC::UnsignedLessThan, sum, lo);
                let carry = l.b.ins().uextend(I64, carry);
                // f2's significand is added zero-extended in every form
                // (Ski agrees; only the product is signed for .h).
                l.b.ins().iadd(hi, carry)
            };
            let na = is_natval(l, f3);
            let nb = is_natval(l, f4);
            let nc = is_natval(l, f2);
            let n = l.nat_or(na, nb);
            let n = l.nat_or(n, nc);
            let c = l.nz(n);
            let (ns, ne) = natval(l);
            let e = l.k(FR_EXP_INT);
            let r = l.b.ins().select(c, ns, r);
            let e = l.b.ins().select(c, ne, e);
            set(l, f1, r, e);
        }
        Op::Ldf | Op::Ldfp => {
            let mi = insn.operands().iter().position(|o| matches!(o, Operand::Mem(_))).unwrap_or(1);
            let Operand::Mem(r3) = insn.ops[mi] else { return l.unimplemented(insn) };
            let (a, na) = l.get(r3);
            let spec = matches!(insn.cx.ldtype, LdType::S | LdType::Sa);
            if spec {
                // Speculative FP loads: NaTVal when the access would fail.
                let sz = l.k(insn.cx.size as u64);
                let h = l.cfg.helpers.spec_ok;
                let ok = l.call_helper(h, &[a, sz]);
                let nn = l.b.ins().bxor_imm_s(na, 1);
                let ok = l.b.ins().band(ok, nn);
                // misaligned: deferred too (NaTVal), as Linux does
                let al = if matches!(insn.cx.size, 4 | 8) { insn.cx.size as i64 - 1 } else { 0 };
                let low = l.b.ins().band_imm_s(a, al);
                let aligned = l.b.ins().icmp_imm_s(cranelift_codegen::ir::condcodes::IntCC::Equal, low, 0);
                let aligned = l.b.ins().uextend(I64, aligned);
                let ok = l.b.ins().band(ok, aligned);
                let yes = l.b.create_block();
                let no = l.b.create_block();
                let join = l.b.create_block();
                l.b.ins().brif(ok, yes, &[], no, &[]);
                l.b.seal_block(yes);
                l.b.seal_block(no);
                l.b.switch_to_block(no);
                let (s, e) = natval(l);
                for i in 0..(insn.nout as usize) {
                    set(l, fr(insn, i), s, e);
                }
                l.b.ins().jump(join, &[]);
                l.b.switch_to_block(yes);
                let saved = l.save();
                ldf_body(l, insn, a);
                l.restore(saved);
                l.b.ins().jump(join, &[]);
                l.b.seal_block(join);
                l.b.switch_to_block(join);
            } else {
                l.sync(); // first: the fault exits below then write back nothing
                l.nat_fault_if(na);
                l.nat_checked(r3);
                if insn.cx.fmt == FpFmt::Spill {
                    l.align_fault_if(a, 16);
                }
                l.sync();
                ldf_body(l, insn, a);
            }
            update(l, insn);
        }
        Op::Stf => {
            let Operand::Mem(r3) = insn.ops[0] else { return l.unimplemented(insn) };
            let (a, na) = l.get(r3);
            l.sync(); // first: the fault exits below then write back nothing
            l.nat_fault_if(na);
            l.nat_checked(r3);
            let f2 = fr(insn, 1);
            if insn.cx.fmt != FpFmt::Spill {
                let n = is_natval(l, f2);
                l.nat_fault_if(n);
            } else {
                l.align_fault_if(a, 16);
            }
            super::memory::alat_store(l, a, insn.cx.size as u64);
            l.sync();
            let h = l.host_addr(a);
            let (s, e) = get(l, f2);
            store_fmt(l, insn.cx.fmt, s, e, h, 0);
            update(l, insn);
        }
        _ => return l.unimplemented(insn),
    }
    true
}

fn ldf_body(l: &mut Lifter, insn: &Insn, a: Value) {
    let h = l.host_addr(a);
    let fmt = insn.cx.fmt;
    if insn.op == Op::Ldfp {
        let step = if fmt == FpFmt::S { 4 } else { 8 };
        let (s1, e1) = load_fmt(l, fmt, h, 0);
        let (s2, e2) = load_fmt(l, fmt, h, step);
        set(l, fr(insn, 0), s1, e1);
        set(l, fr(insn, 1), s2, e2);
    } else {
        let (s, e) = load_fmt(l, fmt, h, 0);
        set(l, fr(insn, 0), s, e);
        if insn.cx.ldtype == LdType::A || insn.cx.ldtype == LdType::Sa {
            let id = alat_id_fr(l, fr(insn, 0));
            let _ = super::memory::alat(l, 0, id, a, insn.cx.size as u64);
        }
    }
}
