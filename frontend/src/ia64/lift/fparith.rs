//! Floating-point arithmetic in the 82-bit register format, as far as
//! integer code and the C runtime need it: fma/fms/fnma (and their aliases
//! fmpy, fadd, fsub, fnorm, fcvt.xuf), fcvt.xf, fcvt.fx/fxu(.trunc), frcpa,
//! frsqrta, fmerge, fcmp, fclass, fselect, fand/for/fxor/fandcm,
//! fmin/fmax/famin/famax, fsetc/fclrf/fchkf (SDM Vol. 3; Vol. 1, 5). Integer
//! division is done this way by GCC's libgcc (__divdi3 ...: frcpa, then
//! Newton steps in fma).
//!
//! The operations run in one helper, [`fp_helper`], with IEEE arithmetic
//! from rustc_apfloat in a format of the register file's range and
//! precision (17-bit exponent, 64-bit significand). Known limits, for the
//! FP issue: status flags in ar.fpsr are not updated (fchkf never
//! branches), `.s`/`.d` precision rounds twice (to 64 bits, then to 24/53),
//! and frcpa/frsqrta return the correctly rounded reciprocal (root) rather
//! than the hardware's 8.886-bit table value: algorithms proven for any
//! approximation within the table's error bound (libgcc's division) give
//! the same results.

use super::Lifter;
use crate::ia64::cpu::{Ia64Cpu, FR_EXP_INT, FR_NATVAL_EXP};
use crate::ia64::decode::{Crel, Insn, Op, Operand, Pc};
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature};
use cranelift_codegen::isa::CallConv;
use rustc_apfloat::ieee::{IeeeFloat, Semantics};
use rustc_apfloat::{Category, Float, FloatConvert, Round, Status};

/// The register file's format: 17-bit exponent (bias 0xffff), 64 bits of
/// precision.
pub struct Reg82;
impl Semantics for Reg82 {
    const BITS: usize = 81;
    const EXP_BITS: usize = 17;
}
/// Double and single precision with the register file's exponent range
/// (what `.d`/`.s` round to with ar.fpsr.sf.wre set, the Linux default).
pub struct Reg53;
impl Semantics for Reg53 {
    const BITS: usize = 70;
    const EXP_BITS: usize = 17;
}
pub struct Reg24;
impl Semantics for Reg24 {
    const BITS: usize = 41;
    const EXP_BITS: usize = 17;
}
type F = IeeeFloat<Reg82>;

const M63: u64 = (1 << 63) - 1;

/// Register format -> F (unnormalized values are normalized; the
/// exponent 0 reads as 1, as for x87 pseudo-denormals).
pub fn to_f(r: [u64; 2]) -> F {
    let [sig, se] = r;
    let sign = (se >> 17) & 1;
    let exp = se & 0x1ffff;
    if exp == 0x1ffff {
        let frac = sig & M63;
        return F::from_bits((sign as u128) << 80 | 0x1ffffu128 << 63 | frac as u128);
    }
    if sig == 0 {
        return F::from_bits((sign as u128) << 80);
    }
    let lz = sig.leading_zeros() as i64;
    let s = sig << lz;
    let e = exp.max(1) as i64 - lz;
    let bits = if e >= 1 {
        (sign as u128) << 80 | (e as u128) << 63 | (s & M63) as u128
    } else {
        // Below the normal range: denormal in F (may lose low bits).
        let sh = (1 - e).min(64) as u32;
        (sign as u128) << 80 | (s.checked_shr(sh).unwrap_or(0)) as u128
    };
    F::from_bits(bits)
}

/// F -> register format.
pub fn from_f(f: F) -> [u64; 2] {
    let b = f.to_bits();
    let sign = ((b >> 80) & 1) as u64;
    let e = ((b >> 63) & 0x1ffff) as u64;
    let frac = (b as u64) & M63;
    let (sig, exp) = if e == 0x1ffff {
        (1 << 63 | frac, 0x1ffff)
    } else if e == 0 {
        (frac, if frac == 0 { 0 } else { 1 })
    } else {
        (1 << 63 | frac, e)
    };
    [sig, sign << 17 | exp]
}

fn natval(r: [u64; 2]) -> bool {
    r[1] == FR_NATVAL_EXP && r[0] == 0
}

fn round_of(fpsr: u64, sf: u64) -> Round {
    let c = (fpsr >> (6 + 13 * sf)) & 0x1fff;
    match (c >> 4) & 3 {
        0 => Round::NearestTiesToEven,
        1 => Round::TowardNegative,
        2 => Round::TowardPositive,
        _ => Round::TowardZero,
    }
}

/// The precision an operation rounds to: `.s`/`.d`, else the status
/// field's pc (0 single, 2 double, 3 extended).
/// With the status field's wre (widest range exponent) clear, single and
/// double results also get the memory format's exponent range (bit 4 of
/// the value returned).
fn precision(pc: u64, fpsr: u64, sf: u64) -> u64 {
    let c = fpsr >> (6 + 13 * sf);
    let p = match pc {
        1 => 0,
        2 => 2,
        _ => (c >> 2) & 3,
    };
    let wre = (c >> 1) & 1;
    p | (wre ^ 1) << 4
}

/// a * b + c rounded once to the precision `pc`: directly at 64 bits, else
/// through round-to-odd at 64 bits (exact for any target of at most 62
/// bits: Boldo and Melquiond, "When double rounding is odd").
fn fused(a: F, b: F, c: F, pc: u64, rnd: Round) -> F {
    if pc & 3 == 3 {
        return a.mul_add_r(b, c, rnd).value;
    }
    let r = a.mul_add_r(b, c, Round::TowardZero);
    let mut v = r.value;
    if r.status.contains(Status::INEXACT) && v.category() == Category::Normal {
        v = F::from_bits(v.to_bits() | 1);
    }
    to_precision(v, pc, rnd)
}

/// Round to precision `pc` (see [`precision`]).
fn to_precision(f: F, pc: u64, rnd: Round) -> F {
    let mut loses = false;
    match pc {
        0 => {
            let s: IeeeFloat<Reg24> = f.convert_r(rnd, &mut loses).value;
            s.convert_r(rnd, &mut loses).value
        }
        2 => {
            let d: IeeeFloat<Reg53> = f.convert_r(rnd, &mut loses).value;
            d.convert_r(rnd, &mut loses).value
        }
        0x10 => {
            let s: rustc_apfloat::ieee::Single = f.convert_r(rnd, &mut loses).value;
            s.convert_r(rnd, &mut loses).value
        }
        0x12 => {
            let d: rustc_apfloat::ieee::Double = f.convert_r(rnd, &mut loses).value;
            d.convert_r(rnd, &mut loses).value
        }
        _ => f,
    }
}

/// Register format to single (`double` false) or double memory format
/// (getf.s/d, stfs/stfd): exact for representable values (denormals
/// included), truncated otherwise.
pub extern "C" fn fr_to_mem(sig: u64, se: u64, double: u64) -> u64 {
    let x = to_f([sig, se]);
    let mut loses = false;
    if double != 0 {
        let d: rustc_apfloat::ieee::Double = x.convert_r(Round::TowardZero, &mut loses).value;
        d.to_bits() as u64
    } else {
        let s: rustc_apfloat::ieee::Single = x.convert_r(Round::TowardZero, &mut loses).value;
        s.to_bits() as u64
    }
}

/// Operation kinds of [`fp_helper`] (bits 7:0 of `code`).
mod k {
    pub const FMA: u64 = 1;
    pub const FMS: u64 = 2;
    pub const FNMA: u64 = 3;
    pub const CVT_XF: u64 = 4;
    pub const CVT_FX: u64 = 5;
    pub const RCPA: u64 = 6;
    pub const RSQRTA: u64 = 7;
    pub const MERGE: u64 = 8;
    pub const CMP: u64 = 9;
    pub const CLASS: u64 = 10;
    pub const SELECT: u64 = 11;
    pub const LOGIC: u64 = 12;
    pub const MINMAX: u64 = 13;
    pub const SETC: u64 = 14;
    pub const CLRF: u64 = 15;
    pub const PAIR: u64 = 16;
    pub const PAR: u64 = 17;
}

/// Physical FR of logical f.
fn phys(cpu: &Ia64Cpu, f: u64) -> usize {
    if f < 32 {
        f as usize
    } else {
        cpu.fr_map[(f - 32) as usize] as usize
    }
}

fn rd(cpu: &Ia64Cpu, f: u64) -> [u64; 2] {
    match f {
        0 => [0, 0],
        1 => [1 << 63, 0xffff],
        _ => cpu.fr[phys(cpu, f)],
    }
}

fn wr(cpu: &mut Ia64Cpu, f: u64, v: [u64; 2]) {
    if f >= 2 {
        let p = phys(cpu, f);
        cpu.fr[p] = v;
    }
}

/// Run FP operation `code` (kind | pc << 8 | sf << 10 | sub << 12 | imm <<
/// 24) on logical FRs `regs` (f1 | f2 << 7 | f3 << 14 | f4 << 21). Returns
/// predicate results where there are some: bit 0 = p1, bit 1 = p2.
///
/// # Safety
/// `cpu` is the CPU the calling translated code runs on.
pub unsafe extern "C" fn fp_helper(cpu: *mut Ia64Cpu, code: u64, regs: u64) -> u64 {
    // SAFETY: translated code passes the CPU it runs on.
    let cpu = unsafe { &mut *cpu };
    let kind = code & 0xff;
    let pc = (code >> 8) & 3;
    let sf = (code >> 10) & 3;
    let sub = (code >> 12) & 0xfff;
    let imm = code >> 24;
    let f = |i: u32| (regs >> (7 * i)) & 0x7f;
    let (f1, f2, f3, f4) = (f(0), f(1), f(2), f(3));
    let rnd = round_of(cpu.fpsr, sf);
    let nat_out = [0u64, FR_NATVAL_EXP];
    match kind {
        k::FMA | k::FMS | k::FNMA => {
            let (a, b, c) = (rd(cpu, f3), rd(cpu, f4), rd(cpu, f2));
            if natval(a) || natval(b) || natval(c) {
                wr(cpu, f1, nat_out);
                return 0;
            }
            let (a, b, mut c) = (to_f(a), to_f(b), to_f(c));
            let mut a = a;
            if kind == k::FNMA {
                a = -a;
            }
            if kind == k::FMS {
                c = -c;
            }
            let r = fused(a, b, c, precision(pc, cpu.fpsr, sf), rnd);
            wr(cpu, f1, from_f(r));
        }
        k::CVT_XF => {
            let a = rd(cpu, f2);
            if natval(a) {
                wr(cpu, f1, nat_out);
                return 0;
            }
            let v = a[0] as i64;
            wr(cpu, f1, from_f(F::from_i128(v as i128).value));
        }
        k::CVT_FX => {
            // sub: bit 0 unsigned, bit 1 truncate
            let a = rd(cpu, f2);
            if natval(a) {
                wr(cpu, f1, nat_out);
                return 0;
            }
            let r = if sub & 2 != 0 { Round::TowardZero } else { rnd };
            let x = to_f(a);
            let mut exact = false;
            let v = if sub & 1 != 0 {
                let s = x.to_u128_r(64, r, &mut exact);
                if s.status.contains(Status::INVALID_OP) {
                    1u64 << 63
                } else {
                    s.value as u64
                }
            } else {
                let s = x.to_i128_r(64, r, &mut exact);
                if s.status.contains(Status::INVALID_OP) {
                    1u64 << 63
                } else {
                    s.value as u64
                }
            };
            wr(cpu, f1, [v, FR_EXP_INT]);
        }
        k::RCPA | k::RSQRTA => {
            // frcpa f1, p2 = f2, f3 / frsqrta f1, p2 = f3
            let (a, b) = if kind == k::RCPA { (rd(cpu, f2), rd(cpu, f3)) } else { ([1 << 63, 0xffff], rd(cpu, f3)) };
            if natval(a) || natval(b) {
                wr(cpu, f1, nat_out);
                return 0;
            }
            let (x, y) = (to_f(a), to_f(b));
            let normal = |v: F| v.category() == Category::Normal;
            let one = F::from_i128(1).value;
            if kind == k::RCPA {
                if normal(x) && normal(y) {
                    wr(cpu, f1, from_f(one.div_r(y, Round::NearestTiesToEven).value));
                    return 2;
                }
                // Special operands: the IEEE quotient, p2 = 0.
                let q = x.div_r(y, rnd).value;
                wr(cpu, f1, from_f(q));
                0
            } else {
                if normal(y) && !y.is_negative() {
                    let yd: rustc_apfloat::ieee::Double = {
                        let mut l = false;
                        y.convert_r(Round::NearestTiesToEven, &mut l).value
                    };
                    let d = f64::from_bits(yd.to_bits() as u64);
                    let r = 1.0 / d.sqrt();
                    let rf: F = {
                        let mut l = false;
                        rustc_apfloat::ieee::Double::from_bits(r.to_bits() as u128)
                            .convert_r(Round::NearestTiesToEven, &mut l)
                            .value
                    };
                    wr(cpu, f1, from_f(rf));
                    return 2;
                }
                let nan = F::NAN;
                wr(cpu, f1, from_f(if y.is_zero() { F::INFINITY.copy_sign(y) } else { nan }));
                0
            };
        }
        k::MERGE => {
            // sub 0: .s (sign of f2), 1: .ns (negated sign of f2), 2: .se
            let (a, b) = (rd(cpu, f2), rd(cpu, f3));
            if natval(a) || natval(b) {
                wr(cpu, f1, nat_out);
                return 0;
            }
            let s2 = a[1] & (1 << 17);
            let r = match sub {
                0 => [b[0], s2 | (b[1] & 0x1ffff)],
                1 => [b[0], (s2 ^ (1 << 17)) | (b[1] & 0x1ffff)],
                _ => [b[0], a[1]],
            };
            wr(cpu, f1, r);
        }
        k::CMP => {
            // sub: crel 0 eq, 1 lt, 2 le, 3 unord
            let (a, b) = (rd(cpu, f2), rd(cpu, f3));
            if natval(a) || natval(b) {
                return 0;
            }
            let (x, y) = (to_f(a), to_f(b));
            let o = x.partial_cmp(&y);
            use std::cmp::Ordering::*;
            let rel = match sub {
                0 => o == Some(Equal),
                1 => o == Some(Less),
                2 => matches!(o, Some(Less) | Some(Equal)),
                _ => o.is_none(),
            };
            return if rel { 1 } else { 2 };
        }
        k::CLASS => {
            let a = rd(cpu, f2);
            let m = imm;
            if natval(a) {
                return if m & 0x100 != 0 { 1 } else { 2 };
            }
            let x = to_f(a);
            let neg = (a[1] >> 17) & 1 != 0;
            let sign_ok = (m & 1 != 0 && !neg) || (m & 2 != 0 && neg);
            let unnormal = a[1] & 0x1ffff != 0x1ffff && a[0] >> 63 == 0 && a[0] != 0;
            let class = match x.category() {
                Category::Zero => m & 4 != 0,
                Category::Infinity => m & 0x20 != 0,
                Category::NaN => {
                    if x.is_signaling() {
                        m & 0x40 != 0
                    } else {
                        m & 0x80 != 0
                    }
                }
                Category::Normal => {
                    if unnormal || a[1] & 0x1ffff == 0 {
                        m & 8 != 0
                    } else {
                        m & 0x10 != 0
                    }
                }
            };
            return if sign_ok && class { 1 } else { 2 };
        }
        k::SELECT => {
            // fselect f1 = f3, f4, f2: bits of f3 where f2 is 1, else f4.
            let (a, b, m) = (rd(cpu, f3), rd(cpu, f4), rd(cpu, f2));
            if natval(a) || natval(b) || natval(m) {
                wr(cpu, f1, nat_out);
                return 0;
            }
            wr(cpu, f1, [(a[0] & m[0]) | (b[0] & !m[0]), FR_EXP_INT]);
        }
        k::LOGIC => {
            let (a, b) = (rd(cpu, f2), rd(cpu, f3));
            if natval(a) || natval(b) {
                wr(cpu, f1, nat_out);
                return 0;
            }
            let v = match sub {
                0 => a[0] & b[0],
                1 => a[0] & !b[0],
                2 => a[0] | b[0],
                _ => a[0] ^ b[0],
            };
            wr(cpu, f1, [v, FR_EXP_INT]);
        }
        k::MINMAX => {
            // sub 0 min, 1 max, 2 amin, 3 amax: f1 = f2 < f3 ? f2 : f3
            // (fmin: "(f2 < f3) ? f2 : f3"; fmax: "(f2 > f3) ? f2 : f3").
            let (a, b) = (rd(cpu, f2), rd(cpu, f3));
            if natval(a) || natval(b) {
                wr(cpu, f1, nat_out);
                return 0;
            }
            let (mut x, mut y) = (to_f(a), to_f(b));
            if sub >= 2 {
                x = x.abs();
                y = y.abs();
            }
            use std::cmp::Ordering::*;
            let o = x.partial_cmp(&y);
            let take_a = if sub.is_multiple_of(2) { o == Some(Less) } else { o == Some(Greater) };
            wr(cpu, f1, if take_a { a } else { b });
        }
        k::PAIR => {
            // Operations on the significand as two 32-bit halves (SDM fmix,
            // fsxt, fswap, fpack, fpmerge): sub 0 fmix.l, 1 fmix.r, 2
            // fmix.lr, 3 fsxt.l, 4 fsxt.r, 5 fswap, 6 fswap.nl, 7
            // fswap.nr, 8 fpack, 9 fpmerge.s, 10 fpmerge.ns, 11 fpmerge.se.
            let (a, b) = (rd(cpu, f2), rd(cpu, f3));
            if natval(a) || natval(b) {
                wr(cpu, f1, nat_out);
                return 0;
            }
            let (x, y) = (a[0], b[0]);
            let hi = |v: u64| v >> 32;
            let lo = |v: u64| v & 0xffff_ffff;
            let join = |h: u64, l: u64| h << 32 | (l & 0xffff_ffff);
            let sx = |bit: u64| if bit != 0 { 0xffff_ffff } else { 0 };
            let v = match sub {
                0 => join(hi(x), hi(y)),
                1 => join(lo(x), lo(y)),
                2 => join(hi(x), lo(y)),
                3 => join(sx(x >> 63), hi(y)),
                4 => join(sx((x >> 31) & 1), lo(y)),
                5 => join(lo(y), hi(x)),
                6 => join(lo(y), hi(x)) ^ (1 << 63),
                7 => join(lo(y), hi(x)) ^ (1 << 31),
                8 => join(fr_to_mem(a[0], a[1], 0), fr_to_mem(b[0], b[1], 0)),
                9 => (x & 0x8000_0000_8000_0000) | (y & !0x8000_0000_8000_0000),
                10 => (!x & 0x8000_0000_8000_0000) | (y & !0x8000_0000_8000_0000),
                _ => (x & 0xff80_0000_ff80_0000) | (y & !0xff80_0000_ff80_0000),
            };
            wr(cpu, f1, [v, FR_EXP_INT]);
        }
        k::PAR => {
            // Parallel single precision: each 32-bit half of the significand
            // is an IEEE single (SDM fpma, fpms, fpnma, fpcmp, fpmin, fpmax,
            // fpamin, fpamax, fpcvt, fprcpa, fprsqrta). sub: 0-2 fpma/fpms/
            // fpnma (f1 = f3 * f4 + f2), 3-10 fpcmp eq lt le unord neq nlt
            // nle ord, 11-14 fpmin fpmax fpamin fpamax, 15-18 fpcvt.fx fxu
            // fx.trunc fxu.trunc, 19 fprcpa, 20 fprsqrta.
            use rustc_apfloat::ieee::Single;
            let (a, b, c) = (rd(cpu, f2), rd(cpu, f3), rd(cpu, f4));
            if natval(a) || natval(b) || (sub <= 2 && natval(c)) {
                wr(cpu, f1, nat_out);
                return 0;
            }
            let half = |v: u64, i: u32| Single::from_bits(((v >> (32 * i)) & 0xffff_ffff) as u128);
            let mut out = 0u64;
            let mut all_normal = true;
            for i in 0..2 {
                let (x2, x3, x4) = (half(a[0], i), half(b[0], i), half(c[0], i));
                let bits: u64 = match sub {
                    0..=2 => {
                        // f3 * f4 + f2 (f3 in `b`, f4 in `c`, f2 in `a`)
                        let (m, n, add) = (x3, x4, x2);
                        let (m, add) = match sub {
                            0 => (m, add),
                            1 => (m, -add),
                            _ => (-m, add),
                        };
                        m.mul_add_r(n, add, rnd).value.to_bits() as u64
                    }
                    3..=10 => {
                        use std::cmp::Ordering::*;
                        let o = x2.partial_cmp(&x3);
                        let r = match sub - 3 {
                            0 => o == Some(Equal),
                            1 => o == Some(Less),
                            2 => matches!(o, Some(Less) | Some(Equal)),
                            3 => o.is_none(),
                            4 => o != Some(Equal),
                            5 => o != Some(Less),
                            6 => !matches!(o, Some(Less) | Some(Equal)),
                            _ => o.is_some(),
                        };
                        if r {
                            0xffff_ffff
                        } else {
                            0
                        }
                    }
                    11..=14 => {
                        use std::cmp::Ordering::*;
                        let (p, q) = if sub >= 13 { (x2.abs(), x3.abs()) } else { (x2, x3) };
                        let o = p.partial_cmp(&q);
                        let take2 = if !sub.is_multiple_of(2) { o == Some(Less) } else { o == Some(Greater) };
                        (if take2 { x2 } else { x3 }).to_bits() as u64
                    }
                    15..=18 => {
                        let r = if sub >= 17 { Round::TowardZero } else { rnd };
                        let mut exact = false;
                        if sub.is_multiple_of(2) {
                            let s = x2.to_u128_r(32, r, &mut exact);
                            if s.status.contains(Status::INVALID_OP) { 0x8000_0000 } else { s.value as u64 }
                        } else {
                            let s = x2.to_i128_r(32, r, &mut exact);
                            if s.status.contains(Status::INVALID_OP) { 0x8000_0000 } else { s.value as u64 & 0xffff_ffff }
                        }
                    }
                    19 => {
                        let normal = |v: Single| v.category() == Category::Normal;
                        if normal(x2) && normal(x3) {
                            Single::from_i128(1).value.div_r(x3, Round::NearestTiesToEven).value.to_bits() as u64
                        } else {
                            all_normal = false;
                            x2.div_r(x3, rnd).value.to_bits() as u64
                        }
                    }
                    _ => {
                        if x3.category() == Category::Normal && !x3.is_negative() {
                            let r = 1.0 / f32::from_bits(x3.to_bits() as u32).sqrt();
                            r.to_bits() as u64
                        } else {
                            all_normal = false;
                            let q = if x3.is_zero() { Single::INFINITY.copy_sign(x3) } else { Single::NAN };
                            q.to_bits() as u64
                        }
                    }
                };
                out |= (bits & 0xffff_ffff) << (32 * i);
            }
            wr(cpu, f1, [out, FR_EXP_INT]);
            return if matches!(sub, 19 | 20) && all_normal { 2 } else { 0 };
        }
        k::SETC => {
            // fsetc.sf amask7, omask7: sf controls = (sf & amask) | omask
            let amask = imm & 0x7f;
            let omask = (imm >> 7) & 0x7f;
            let sh = 6 + 13 * sf;
            let c = (cpu.fpsr >> sh) & 0x7f;
            let n = (c & amask) | omask;
            cpu.fpsr = (cpu.fpsr & !(0x7f << sh)) | n << sh;
        }
        k::CLRF => {
            // clear the flags (bits 12:7 of the status field)
            let sh = 6 + 13 * sf + 7;
            cpu.fpsr &= !(0x3f << sh);
        }
        _ => {}
    }
    0
}

fn fr(o: Operand) -> u64 {
    match o {
        Operand::Fr(f) => f as u64,
        _ => 0,
    }
}

pub(super) fn lift(l: &mut Lifter, insn: &Insn) -> bool {
    let m = insn.mnemonic();
    let has = |c: &str| m.split('.').skip(1).any(|x| x == c);
    let pc = match insn.cx.pc {
        Pc::S => 1,
        Pc::D => 2,
        Pc::None => 0,
    };
    let sf = insn.cx.sf as u64;
    let o = insn.operands();
    let get = |i: usize| o.get(i).copied().map(fr).unwrap_or(0);
    let imm_of = |i: usize| match o.get(i) {
        Some(Operand::Imm(v)) => *v as u64,
        _ => 0,
    };
    // (kind, sub, imm, f1, f2, f3, f4, predicate outputs)
    let mut preds: Option<(u8, u8)> = None;
    let (kind, sub, imm, regs) = match insn.op {
        // fma f1 = f3, f4, f2
        Op::Fma | Op::Fms | Op::Fnma => {
            let kd = match insn.op {
                Op::Fma => k::FMA,
                Op::Fms => k::FMS,
                _ => k::FNMA,
            };
            (kd, 0, 0, [get(0), get(3), get(1), get(2)])
        }
        Op::FcvtXf => (k::CVT_XF, 0, 0, [get(0), get(1), 0, 0]),
        Op::FcvtFx => {
            let s = (m.contains("fxu") as u64) | (has("trunc") as u64) << 1;
            (k::CVT_FX, s, 0, [get(0), get(1), 0, 0])
        }
        Op::Frcpa => {
            if let Operand::Pr(p) = o[1] {
                preds = Some((0, p));
            }
            (k::RCPA, 0, 0, [get(0), get(2), get(3), 0])
        }
        Op::Frsqrta => {
            if let Operand::Pr(p) = o[1] {
                preds = Some((0, p));
            }
            (k::RSQRTA, 0, 0, [get(0), 0, get(2), 0])
        }
        Op::Fmerge => {
            let s = if has("ns") {
                1
            } else if has("se") {
                2
            } else {
                0
            };
            (k::MERGE, s, 0, [get(0), get(1), get(2), 0])
        }
        Op::Fcmp | Op::Fclass => {
            let (Operand::Pr(p1), Operand::Pr(p2)) = (o[0], o[1]) else { return l.unimplemented(insn) };
            preds = Some((p1, p2));
            if insn.op == Op::Fcmp {
                let s = match insn.cx.crel {
                    Crel::Eq => 0,
                    Crel::Lt => 1,
                    Crel::Le => 2,
                    _ => 3,
                };
                (k::CMP, s, 0, [0, get(2), get(3), 0])
            } else {
                (k::CLASS, 0, imm_of(3), [0, get(2), 0, 0])
            }
        }
        Op::Fselect => (k::SELECT, 0, 0, [get(0), get(3), get(1), get(2)]),
        Op::Fand => (k::LOGIC, 0, 0, [get(0), get(1), get(2), 0]),
        Op::Fandcm => (k::LOGIC, 1, 0, [get(0), get(1), get(2), 0]),
        Op::For => (k::LOGIC, 2, 0, [get(0), get(1), get(2), 0]),
        Op::Fxor => (k::LOGIC, 3, 0, [get(0), get(1), get(2), 0]),
        Op::Fmin => (k::MINMAX, 0, 0, [get(0), get(1), get(2), 0]),
        Op::Fmax => (k::MINMAX, 1, 0, [get(0), get(1), get(2), 0]),
        Op::Famin => (k::MINMAX, 2, 0, [get(0), get(1), get(2), 0]),
        Op::Famax => (k::MINMAX, 3, 0, [get(0), get(1), get(2), 0]),
        Op::Fmix | Op::Fsxt | Op::Fswap | Op::Fpack | Op::Fpmerge => {
            let s = match (insn.op, m) {
                (Op::Fmix, _) if has("lr") => 2,
                (Op::Fmix, _) if has("l") => 0,
                (Op::Fmix, _) => 1,
                (Op::Fsxt, _) if has("l") => 3,
                (Op::Fsxt, _) => 4,
                (Op::Fswap, _) if has("nl") => 6,
                (Op::Fswap, _) if has("nr") => 7,
                (Op::Fswap, _) => 5,
                (Op::Fpack, _) => 8,
                (Op::Fpmerge, _) if has("ns") => 10,
                (Op::Fpmerge, _) if has("se") => 11,
                _ => 9,
            };
            (k::PAIR, s, 0, [get(0), get(1), get(2), 0])
        }
        Op::Fpma | Op::Fpms | Op::Fpnma => {
            let s = match insn.op {
                Op::Fpma => 0,
                Op::Fpms => 1,
                _ => 2,
            };
            // fpma f1 = f3, f4, f2
            (k::PAR, s, 0, [get(0), get(3), get(1), get(2)])
        }
        Op::Fpcmp => {
            let s = 3 + match insn.cx.crel {
                Crel::Eq => 0,
                Crel::Lt => 1,
                Crel::Le => 2,
                Crel::Unord => 3,
                Crel::Neq => 4,
                Crel::Nlt => 5,
                Crel::Nle => 6,
                _ => 7,
            };
            (k::PAR, s, 0, [get(0), get(1), get(2), 0])
        }
        Op::Fpmin => (k::PAR, 11, 0, [get(0), get(1), get(2), 0]),
        Op::Fpmax => (k::PAR, 12, 0, [get(0), get(1), get(2), 0]),
        Op::Fpamin => (k::PAR, 13, 0, [get(0), get(1), get(2), 0]),
        Op::Fpamax => (k::PAR, 14, 0, [get(0), get(1), get(2), 0]),
        Op::FpcvtFx => {
            let s = 15 + (m.contains("fxu") as u64) + 2 * (has("trunc") as u64);
            (k::PAR, s, 0, [get(0), get(1), 0, 0])
        }
        Op::Fprcpa => {
            if let Operand::Pr(p) = o[1] {
                preds = Some((0, p));
            }
            (k::PAR, 19, 0, [get(0), get(2), get(3), 0])
        }
        Op::Fprsqrta => {
            if let Operand::Pr(p) = o[1] {
                preds = Some((0, p));
            }
            (k::PAR, 20, 0, [get(0), 0, get(2), 0])
        }
        Op::Fsetc => (k::SETC, 0, imm_of(0) | imm_of(1) << 7, [0; 4]),
        Op::Fclrf => (k::CLRF, 0, 0, [0; 4]),
        // Flags are not tracked: fchkf never branches.
        Op::Fchkf => return true,
        _ => return l.unimplemented(insn),
    };
    let code = kind | pc << 8 | sf << 10 | sub << 12 | imm << 24;
    let packed = regs[0] | regs[1] << 7 | regs[2] << 14 | regs[3] << 21;
    // The helper touches only FRs and ar.fpsr, which translated code never
    // caches: no register write-back needed.
    let mut sig = Signature::new(CallConv::SystemV);
    for _ in 0..3 {
        sig.params.push(AbiParam::new(I64));
    }
    sig.returns.push(AbiParam::new(I64));
    let sigref = l.b.import_signature(sig);
    let fp = l.k(fp_helper as *const () as usize as u64);
    let c = l.k(code);
    let r = l.k(packed);
    let call = l.b.ins().call_indirect(sigref, fp, &[l.cpu, c, r]);
    let res = l.b.inst_results(call)[0];
    if let Some((p1, p2)) = preds {
        let b0 = l.b.ins().band_imm_s(res, 1);
        let b1 = l.b.ins().ushr_imm_s(res, 1);
        let b1 = l.b.ins().band_imm_s(b1, 1);
        match insn.op {
            Op::Frcpa | Op::Frsqrta | Op::Fprcpa | Op::Fprsqrta => l.set_pred(p2, b1),
            // fcmp/fclass have only the normal and unc types (unc cleared
            // both targets before the guard).
            _ => {
                l.set_pred(p1, b0);
                l.set_pred(p2, b1);
            }
        }
    }
    true
}
