//! Multimedia integer operations (SDM Vol. 3: padd, psub, pavg, pavgsub,
//! pcmp, pshladd, pshradd, pmpyshr, pmpy, mix, pack, unpack, pmin, pmax,
//! psad, mux1, mux2, pshr, pshl). They are rare in compiled integer code, so
//! they run in one pure helper, [`mm_eval`], over the 64-bit operands; the
//! lifter encodes the operation in a constant.

use super::{gr, Lifter};
use crate::ia64::decode::{Insn, Op, Operand};
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature};
use cranelift_codegen::isa::CallConv;

/// Operation kinds of [`mm_eval`] (bits 7:0 of its code).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
enum K {
    Padd = 1,
    Psub,
    Pavg,
    Pavgsub,
    Pcmp,
    Pshladd,
    Pshradd,
    Pmpyshr,
    Pmpy,
    Mix,
    Pack,
    Unpack,
    Pmin,
    Pmax,
    Psad,
    Mux1,
    Mux2,
    Pshr,
    Pshl,
}

const KINDS: [K; 19] = [
    K::Padd,
    K::Psub,
    K::Pavg,
    K::Pavgsub,
    K::Pcmp,
    K::Pshladd,
    K::Pshradd,
    K::Pmpyshr,
    K::Pmpy,
    K::Mix,
    K::Pack,
    K::Unpack,
    K::Pmin,
    K::Pmax,
    K::Psad,
    K::Mux1,
    K::Mux2,
    K::Pshr,
    K::Pshl,
];

/// Variants (bits 15:12 of the code).
const V_SSS: u64 = 1;
const V_UUU: u64 = 2;
const V_UUS: u64 = 3;
/// `.raz`, `.gt`, `.l`, `.h`, `.u`, `.uss`: 1.
const V_ALT: u64 = 1;

fn elem(v: u64, i: u32, bits: u32) -> u64 {
    if bits == 64 {
        v
    } else {
        (v >> (i * bits)) & ((1u64 << bits) - 1)
    }
}

fn sext(v: u64, bits: u32) -> i64 {
    ((v << (64 - bits)) as i64) >> (64 - bits)
}

fn sat_s(v: i64, bits: u32) -> u64 {
    let max = (1i64 << (bits - 1)) - 1;
    let min = -(1i64 << (bits - 1));
    (v.clamp(min, max) as u64) & ((1u64 << bits) - 1)
}

fn sat_u(v: i64, bits: u32) -> u64 {
    v.clamp(0, (1i64 << bits) - 1) as u64
}

/// Build a result from per-element values.
fn build(n: u32, bits: u32, f: impl Fn(u32) -> u64) -> u64 {
    let mut r = 0u64;
    for i in 0..n {
        let m = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
        r |= (f(i) & m) << (i * bits);
    }
    r
}

/// Evaluate a multimedia operation: `code` = kind | size << 8 | variant <<
/// 12 | imm << 16 (size in bytes of an element, imm a count or mux type).
pub extern "C" fn mm_eval(code: u64, a: u64, b: u64) -> u64 {
    let kind = KINDS[((code & 0xff) as usize).clamp(1, 19) - 1];
    let size = ((code >> 8) & 0xf) as u32;
    let var = (code >> 12) & 0xf;
    let imm = (code >> 16) as u32;
    let bits = size * 8;
    let n = 64u32.checked_div(bits).unwrap_or(0);
    let ea = |i| elem(a, i, bits);
    let eb = |i| elem(b, i, bits);
    match kind {
        K::Padd | K::Psub => build(n, bits, |i| {
            let sub = kind == K::Psub;
            match var {
                V_SSS => {
                    let (x, y) = (sext(ea(i), bits), sext(eb(i), bits));
                    sat_s(if sub { x - y } else { x + y }, bits)
                }
                V_UUU | V_UUS => {
                    let x = ea(i) as i64;
                    let y = if var == V_UUU { eb(i) as i64 } else { sext(eb(i), bits) };
                    sat_u(if sub { x - y } else { x + y }, bits)
                }
                _ => {
                    if sub {
                        ea(i).wrapping_sub(eb(i))
                    } else {
                        ea(i).wrapping_add(eb(i))
                    }
                }
            }
        }),
        K::Pavg => build(n, bits, |i| {
            let s = ea(i) + eb(i);
            if var == V_ALT {
                // .raz: round half away from zero
                (s + 1) >> 1
            } else {
                // round to nearest, lost bit ORed into the result
                (s >> 1) | (s & 1)
            }
        }),
        K::Pavgsub => build(n, bits, |i| {
            let d = ea(i) as i64 - eb(i) as i64;
            ((d >> 1) | (d & 1)) as u64
        }),
        K::Pcmp => build(n, bits, |i| {
            let t = if var == V_ALT { sext(ea(i), bits) > sext(eb(i), bits) } else { ea(i) == eb(i) };
            if t {
                u64::MAX
            } else {
                0
            }
        }),
        K::Pshladd => build(n, bits, |i| {
            // A shift out of range saturates the element outright;
            // otherwise the sum saturates (SDM pshladd2; Ski does the same).
            let max = (1i64 << (bits - 1)) - 1;
            let sh = sext(ea(i), bits) << imm;
            if sh > max || sh < -max - 1 {
                sat_s(sh, bits)
            } else {
                sat_s(sh + sext(eb(i), bits), bits)
            }
        }),
        K::Pshradd => build(n, bits, |i| sat_s((sext(ea(i), bits) >> imm) + sext(eb(i), bits), bits)),
        K::Pmpyshr => build(n, bits, |i| {
            let p = if var == V_ALT { (ea(i) * eb(i)) as i64 } else { sext(ea(i), bits) * sext(eb(i), bits) };
            (p >> imm) as u64
        }),
        K::Pmpy => {
            // .r: elements 0 and 2; .l: 1 and 3; 32-bit signed products.
            let o = if var == V_ALT { 1 } else { 0 };
            build(2, 32, |i| (sext(elem(a, 2 * i + o, 16), 16) * sext(elem(b, 2 * i + o, 16), 16)) as u64)
        }
        K::Mix => {
            // .l: the odd (left) elements of each pair; .r: the even ones.
            let o = if var == V_ALT { 1 } else { 0 };
            build(n, bits, |i| if i % 2 == 1 { ea(i - 1 + o) } else { eb(i + o) })
        }
        K::Pack => {
            // Elements of 2*size bits saturated to size: r2 in the low
            // half, r3 in the high half.
            let wide = bits * 2;
            let m = 64 / wide;
            build(n, bits, |i| {
                let src = if i < m { a } else { b };
                let v = sext(elem(src, i % m, wide), wide);
                if var == V_ALT {
                    sat_u(v, bits)
                } else {
                    sat_s(v, bits)
                }
            })
        }
        K::Unpack => {
            // Interleave the high (.h) or low halves: r3 in even elements.
            let base = if var == V_ALT { n / 2 } else { 0 };
            build(n, bits, |i| if i % 2 == 1 { ea(base + i / 2) } else { eb(base + i / 2) })
        }
        K::Pmin | K::Pmax => build(n, bits, |i| {
            let less = if size == 1 { ea(i) < eb(i) } else { sext(ea(i), bits) < sext(eb(i), bits) };
            let take_a = if kind == K::Pmin { less } else { !less };
            if take_a {
                ea(i)
            } else {
                eb(i)
            }
        }),
        K::Psad => (0..8).map(|i| elem(a, i, 8).abs_diff(elem(b, i, 8))).sum(),
        K::Mux1 => {
            let sel: [u32; 8] = match imm {
                0x0 => [0; 8],                  // @brcst
                0x8 => [0, 4, 2, 6, 1, 5, 3, 7], // @mix
                0x9 => [0, 4, 1, 5, 2, 6, 3, 7], // @shuf
                0xa => [0, 2, 4, 6, 1, 3, 5, 7], // @alt
                _ => [7, 6, 5, 4, 3, 2, 1, 0],  // @rev (0xb)
            };
            build(8, 8, |i| elem(a, sel[i as usize], 8))
        }
        K::Mux2 => build(4, 16, |i| elem(a, (imm >> (2 * i)) & 3, 16)),
        K::Pshr | K::Pshl => {
            // Count from r2 or an immediate; counts past the element width
            // give 0 (or the sign for signed shifts right).
            let c = if imm == 0xffff { b } else { imm as u64 };
            build(n, bits, |i| {
                if kind == K::Pshl {
                    if c >= bits as u64 {
                        0
                    } else {
                        ea(i) << c
                    }
                } else if var == V_ALT {
                    if c >= bits as u64 {
                        0
                    } else {
                        ea(i) >> c
                    }
                } else {
                    (sext(ea(i), bits) >> c.min(bits as u64 - 1)) as u64
                }
            })
        }
    }
}

pub(super) fn lift(l: &mut Lifter, insn: &Insn) -> bool {
    let m = insn.mnemonic();
    let has = |c: &str| m.split('.').skip(1).any(|x| x == c);
    let (kind, var) = match insn.op {
        Op::Padd | Op::Psub => {
            let v = if has("sss") {
                V_SSS
            } else if has("uuu") {
                V_UUU
            } else if has("uus") {
                V_UUS
            } else {
                0
            };
            (if insn.op == Op::Padd { K::Padd } else { K::Psub }, v)
        }
        Op::Pavg => (K::Pavg, has("raz") as u64),
        Op::Pavgsub => (K::Pavgsub, 0),
        Op::Pcmp => (K::Pcmp, has("gt") as u64),
        Op::Pshladd => (K::Pshladd, 0),
        Op::Pshradd => (K::Pshradd, 0),
        Op::Pmpyshr => (K::Pmpyshr, has("u") as u64),
        Op::Pmpy => (K::Pmpy, has("l") as u64),
        Op::Mix => (K::Mix, has("l") as u64),
        Op::Pack => (K::Pack, has("uss") as u64),
        Op::Unpack => (K::Unpack, has("h") as u64),
        Op::Pmin => (K::Pmin, 0),
        Op::Pmax => (K::Pmax, 0),
        Op::Psad => (K::Psad, 0),
        Op::Mux1 => (K::Mux1, 0),
        Op::Mux2 => (K::Mux2, 0),
        Op::Pshr => (K::Pshr, has("u") as u64),
        _ => (K::Pshl, 0),
    };
    let mut size = insn.cx.size as u64;
    if matches!(kind, K::Pshladd | K::Pshradd | K::Pmpyshr | K::Pmpy | K::Mux2) {
        size = 2;
    }
    if matches!(kind, K::Psad | K::Mux1) {
        size = 1;
    }
    if kind == K::Pack {
        // pack2/pack4 name the source element size; results are half of it.
        size /= 2;
    }
    // Register operands in order, the immediate (count, mux type) if any.
    let ins = insn.inputs();
    let mut regs = Vec::new();
    let mut im: Option<i64> = None;
    for o in ins {
        match *o {
            Operand::Gr(r) => regs.push(r),
            Operand::Imm(v) => im = Some(v),
            _ => {}
        }
    }
    // pshr r1=r3,r2 / pshl r1=r2,r3: the count is the second register.
    let imm_field = match im {
        Some(v) => (v as u64) & 0xffff,
        None if matches!(kind, K::Pshr | K::Pshl) => 0xffff,
        None => 0,
    };
    // pshladd2/pshradd2 r1=r2,count,r3: operands r2, r3 with the count between.
    let code = kind as u64 | size << 8 | var << 12 | imm_field << 16;
    let (a, na) = match regs.first() {
        Some(&r) => l.get(r),
        None => (l.k(0), l.k(0)),
    };
    let (b, nb) = match regs.get(1) {
        Some(&r) => l.get(r),
        None => (l.k(0), l.k(0)),
    };
    let mut sig = Signature::new(CallConv::SystemV);
    for _ in 0..3 {
        sig.params.push(AbiParam::new(I64));
    }
    sig.returns.push(AbiParam::new(I64));
    let sigref = l.b.import_signature(sig);
    let f = l.k(mm_eval as *const () as usize as u64);
    let c = l.k(code);
    let call = l.b.ins().call_indirect(sigref, f, &[c, a, b]);
    let r = l.b.inst_results(call)[0];
    let n = l.nat_or(na, nb);
    l.set(gr(insn, 0), r, n);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(k: K, size: u64, var: u64, imm: u64) -> u64 {
        k as u64 | size << 8 | var << 12 | imm << 16
    }

    #[test]
    fn ia64_mm_padd_saturates_per_element() {
        assert_eq!(mm_eval(code(K::Padd, 1, 0, 0), 0xff01, 0x0101), 0x0002);
        assert_eq!(mm_eval(code(K::Padd, 1, V_UUU, 0), 0xff01, 0x0101), 0xff02);
        assert_eq!(mm_eval(code(K::Padd, 2, V_SSS, 0), 0x7fff, 0x0001), 0x7fff);
    }

    #[test]
    fn ia64_mm_mux1_rev_reverses_bytes() {
        assert_eq!(mm_eval(code(K::Mux1, 1, 0, 0xb), 0x0102030405060708, 0), 0x0807060504030201);
        assert_eq!(mm_eval(code(K::Mux1, 1, 0, 0), 0x0102030405060708, 0), 0x0808080808080808);
    }

    #[test]
    fn ia64_mm_unpack_and_mix_interleave() {
        // unpack1.l r1=r2,r3: r2's low bytes in odd positions, r3's in even.
        assert_eq!(mm_eval(code(K::Unpack, 1, 0, 0), 0xa7a6a5a4a3a2a1a0, 0xb7b6b5b4b3b2b1b0), 0xa3b3a2b2a1b1a0b0);
        assert_eq!(mm_eval(code(K::Mix, 1, 1, 0), 0xa7a6a5a4a3a2a1a0, 0xb7b6b5b4b3b2b1b0), 0xa7b7a5b5a3b3a1b1);
        assert_eq!(mm_eval(code(K::Mix, 1, 0, 0), 0xa7a6a5a4a3a2a1a0, 0xb7b6b5b4b3b2b1b0), 0xa6b6a4b4a2b2a0b0);
    }
}
