//! Exact SPARC FPop semantics, run on the host: the slow path of translated
//! code and the only path for quad precision.
//!
//! [`fpop`] executes one FPop1/FPop2 word on the CPU state: operands come
//! from `cpu.f`, the rounding direction from %fsr.RD, and the result, the
//! new cexc/aexc (and fcc for compares) go back into the state. Single and
//! double arithmetic runs on the host's SSE unit under an MXCSR built from
//! %fsr, so results and IEEE flags are the hardware's (x86 detects tininess
//! after rounding, like QEMU's softfloat for SPARC); quad precision uses
//! `rustc_apfloat`. NaN operands, the default NaN and the float-to-integer
//! edge cases are SPARC's, handled here before the host sees them.
//!
//! Sources: The SPARC Architecture Manual V9, 5.1.7 (FSR), B.2 (NaN
//! handling), Table 27 (NaN propagation: a signalling rs2, then a signalling
//! rs1, then a quiet rs2, then rs1 — QEMU's `float_2nan_prop_s_ba`).

use super::{d_idx, q_idx};
use crate::sparc::cpu::SparcCpu;
use rustc_apfloat::ieee::{Double, Quad, Single};
use rustc_apfloat::{Float, FloatConvert, Round, Status, StatusAnd};

/// %fsr fields (V9 5.1.7).
pub(super) const FSR_CEXC: u64 = 0x1f;
pub(super) const FSR_FTT: u64 = 7 << 14;
pub(super) const FSR_TEM: u64 = 0x1f << 23;
pub(super) const FSR_RD: u64 = 3 << 30;
/// ftt = IEEE_754_exception.
const FTT_IEEE: u64 = 1 << 14;
const FSR_UFM: u64 = 1 << 25;

/// Exception bits as in cexc.
pub(super) const NV: u32 = 16;
pub(super) const OF: u32 = 8;
pub(super) const UF: u32 = 4;
pub(super) const DZ: u32 = 2;
pub(super) const NX: u32 = 1;
/// Internal: an exact tiny result (underflow only when UFM is set, 5.1.7.6).
const TINY_EXACT: u32 = 32;

/// Linux si_code values for SIGFPE (include/uapi/asm-generic/siginfo.h).
pub(super) const FPE_FLTDIV: u64 = 3;
pub(super) const FPE_FLTOVF: u64 = 4;
pub(super) const FPE_FLTUND: u64 = 5;
pub(super) const FPE_FLTRES: u64 = 6;
pub(super) const FPE_FLTINV: u64 = 7;

/// An IEEE format described by its width and fraction bits.
#[derive(Clone, Copy)]
pub(super) struct Fmt {
    bits: u32,
    frac: u32,
}

pub(super) const S: Fmt = Fmt { bits: 32, frac: 23 };
pub(super) const D: Fmt = Fmt { bits: 64, frac: 52 };
pub(super) const Q: Fmt = Fmt { bits: 128, frac: 112 };

impl Fmt {
    fn sign(self) -> u128 {
        1u128 << (self.bits - 1)
    }
    fn exp_mask(self) -> u128 {
        (self.sign() - 1) & !self.frac_mask()
    }
    fn frac_mask(self) -> u128 {
        (1u128 << self.frac) - 1
    }
    fn quiet_bit(self) -> u128 {
        1u128 << (self.frac - 1)
    }
    pub(super) fn is_nan(self, x: u128) -> bool {
        x & self.exp_mask() == self.exp_mask() && x & self.frac_mask() != 0
    }
    pub(super) fn is_snan(self, x: u128) -> bool {
        self.is_nan(x) && x & self.quiet_bit() == 0
    }
    /// The NaN an invalid operation generates: sign 0, all fraction bits set
    /// (V9 B.2.1; x86 would give a negative NaN with only the quiet bit).
    pub(super) fn default_nan(self) -> u128 {
        self.sign() - 1
    }
    fn quiet(self, x: u128) -> u128 {
        x | self.quiet_bit()
    }
    fn is_subnormal(self, x: u128) -> bool {
        x & self.exp_mask() == 0 && x & self.frac_mask() != 0
    }
    /// A NaN of format `self` carried into format `to`: sign kept, fraction
    /// aligned at its top, quiet bit set (V9 B.2.2).
    fn nan_to(self, x: u128, to: Fmt) -> u128 {
        let frac = x & self.frac_mask();
        let frac = if to.frac >= self.frac { frac << (to.frac - self.frac) } else { frac >> (self.frac - to.frac) };
        let sign = if x & self.sign() != 0 { to.sign() } else { 0 };
        sign | to.exp_mask() | frac | to.quiet_bit()
    }
    /// Sign-magnitude bits to a key that orders like the values (no NaNs).
    fn order_key(self, x: u128) -> i128 {
        let mag = (x & !self.sign()) as i128;
        if x & self.sign() != 0 {
            -mag
        } else {
            mag
        }
    }
}

/// The NaN result of a two-operand FPop when either operand is a NaN
/// (V9 Table 27), with its exceptions.
pub(super) fn nan2(f: Fmt, a: u128, b: u128) -> Option<(u128, u32)> {
    let (an, bn) = (f.is_nan(a), f.is_nan(b));
    if !an && !bn {
        return None;
    }
    let (asn, bsn) = (f.is_snan(a), f.is_snan(b));
    let pick = if bsn {
        b
    } else if asn {
        a
    } else if bn {
        b
    } else {
        a
    };
    Some((f.quiet(pick), if asn || bsn { NV } else { 0 }))
}

fn nan1(f: Fmt, a: u128) -> Option<(u128, u32)> {
    if !f.is_nan(a) {
        return None;
    }
    Some((f.quiet(a), if f.is_snan(a) { NV } else { 0 }))
}

/// An exact tiny result: underflow is signalled for it only when UFM is set.
fn tiny_exact(f: Fmt, r: u128, exc: u32) -> u32 {
    if f.is_subnormal(r) && exc & NX == 0 {
        TINY_EXACT
    } else {
        0
    }
}

// ------------------------------------------------------------ host SSE ops

/// MXCSR for a SPARC rounding direction (RD 0 nearest, 1 to zero, 2 +inf,
/// 3 -inf), every exception masked, flags clear.
fn mxcsr(rd: u64) -> u32 {
    let rc = match rd & 3 {
        0 => 0,
        1 => 3,
        2 => 2,
        _ => 1,
    };
    0x1f80 | (rc << 13)
}

/// Run one SSE instruction under MXCSR `$csr`, restoring the caller's
/// MXCSR after it; evaluates to the exception flags it raised (MXCSR 5:0).
/// The instruction sits inside the asm block so that the compiler cannot
/// move it away from the MXCSR switch.
#[cfg(target_arch = "x86_64")]
macro_rules! mx {
    ($csr:expr, $ins:literal, $($ops:tt)*) => {{
        let csr_in: u32 = $csr;
        let mut flags: u32 = 0;
        let mut saved: u32 = 0;
        // SAFETY: the asm only reads and writes the three locals above and
        // its register operands; the caller's MXCSR is restored.
        unsafe {
            core::arch::asm!(
                "stmxcsr [{saved}]",
                "ldmxcsr [{csr_in}]",
                $ins,
                "stmxcsr [{flags}]",
                "ldmxcsr [{saved}]",
                $($ops)*,
                saved = in(reg) core::ptr::addr_of_mut!(saved),
                csr_in = in(reg) core::ptr::addr_of!(csr_in),
                flags = in(reg) core::ptr::addr_of_mut!(flags),
                options(nostack),
            );
        }
        flags & 0x3f
    }};
}

/// MXCSR flags (IE DE ZE OE UE PE) to SPARC exception bits.
fn sse_exc(fl: u32) -> u32 {
    let mut e = 0;
    if fl & 1 != 0 {
        e |= NV;
    }
    if fl & 4 != 0 {
        e |= DZ;
    }
    if fl & 8 != 0 {
        e |= OF;
    }
    if fl & 16 != 0 {
        e |= UF;
    }
    if fl & 32 != 0 {
        e |= NX;
    }
    e
}

// ------------------------------------------------ deferred exceptions

/// MXCSR's sticky ZE, OE and UE: where translated code leaves division by
/// zero, overflow and underflow of an arithmetic FPop whose cexc is dead
/// while aexc.nx is set (`Lifter::arith`: its fast path then tests only
/// for a NaN result, not for an infinite or tiny one, so those exceptions
/// are not seen at the FPop). x86 raises them exactly when SPARC does for
/// single and double arithmetic in round-to-nearest with traps off (the
/// only mode of that fast path): underflow as tiny and inexact, tininess
/// after rounding, as [`sse_exc`] takes them in the exact path. The flags
/// reach %fsr.aexc where it is read: the runtime folds them in after
/// every return from translated code (faults included: the kernel puts
/// the interrupted MXCSR back; after a fault's replay) and clears them
/// before entering it; translated `stfsr` (a sync point) ORs them in and
/// `ldfsr` clears them. Only in round-to-nearest without traps do they go
/// into aexc ([`deferred_for`]). IE is not
/// deferred: an invalid operation makes a NaN, which goes to the exact
/// helper at once, and translated code's own NaN tests (`r - r`) raise IE
/// for an infinite `r` without meaning anything. Nothing else translated
/// code or the helpers it calls compute raises these three: TwoSum and the
/// FMA residual are exact, and [`mx!`] restores the caller's MXCSR.
const DEFERRED: u32 = 0x1c;

#[cfg(target_arch = "x86_64")]
fn read_mxcsr() -> u32 {
    let mut c: u32 = 0;
    // SAFETY: stores MXCSR into the local.
    unsafe { core::arch::asm!("stmxcsr [{}]", in(reg) core::ptr::addr_of_mut!(c), options(nostack)) };
    c
}

#[cfg(target_arch = "x86_64")]
fn write_mxcsr(c: u32) {
    // SAFETY: loads MXCSR from the local: only its flag bits differ from
    // what was read.
    unsafe { core::arch::asm!("ldmxcsr [{}]", in(reg) core::ptr::addr_of!(c), options(nostack)) };
}

/// The deferred exceptions as %fsr.aexc bits; MXCSR is left as it is.
#[cfg(target_arch = "x86_64")]
pub(crate) fn deferred_aexc() -> u64 {
    (sse_exc(read_mxcsr() & DEFERRED) as u64) << 5
}

/// Forget the deferred exceptions (clear MXCSR's ZE, OE and UE).
#[cfg(target_arch = "x86_64")]
pub(crate) fn clear_deferred() {
    let c = read_mxcsr();
    if c & DEFERRED != 0 {
        write_mxcsr(c & !DEFERRED);
    }
}

/// For translated `stfsr`: `extern "C" fn(fsr: u64) -> u64`, the
/// deferred exceptions as aexc bits for %fsr `fsr` ([`deferred_for`]).
pub(super) extern "C" fn deferred_aexc_entry(fsr: u64) -> u64 {
    deferred_for(fsr, deferred_aexc())
}

/// Which of the deferred exceptions `aexc` belong in %fsr `fsr`: all of
/// them in round-to-nearest without traps, none in any other mode. Only
/// the fast paths of that mode defer anything, and they can have run only
/// since the last `ldfsr` (which clears the flags) if %fsr has that mode
/// now; in any other mode translated code still computes an FPop on the
/// host before it tests the mode and goes to the exact path, and what
/// that raised in MXCSR is not SPARC's. (In that mode a host FPop whose
/// result is then thrown away for the exact path raises what the exact
/// path raises itself, so folding those too changes nothing.)
pub(crate) fn deferred_for(fsr: u64, aexc: u64) -> u64 {
    if fsr & (FSR_RD | FSR_TEM) == 0 {
        aexc
    } else {
        0
    }
}

/// For translated `ldfsr`: `extern "C" fn() -> u64`, [`clear_deferred`]
/// (returns 0).
pub(super) extern "C" fn clear_deferred_entry() -> u64 {
    clear_deferred();
    0
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Bin {
    Add,
    Sub,
    Mul,
    Div,
}

fn sse_bin_s(op: Bin, a: u32, b: u32, rd: u64) -> (u32, u32) {
    let mut x = f32::from_bits(a);
    let y = f32::from_bits(b);
    let c = mxcsr(rd);
    let fl = match op {
        Bin::Add => mx!(c, "addss {x}, {y}", x = inout(xmm_reg) x, y = in(xmm_reg) y),
        Bin::Sub => mx!(c, "subss {x}, {y}", x = inout(xmm_reg) x, y = in(xmm_reg) y),
        Bin::Mul => mx!(c, "mulss {x}, {y}", x = inout(xmm_reg) x, y = in(xmm_reg) y),
        Bin::Div => mx!(c, "divss {x}, {y}", x = inout(xmm_reg) x, y = in(xmm_reg) y),
    };
    (x.to_bits(), sse_exc(fl))
}

fn sse_bin_d(op: Bin, a: u64, b: u64, rd: u64) -> (u64, u32) {
    let mut x = f64::from_bits(a);
    let y = f64::from_bits(b);
    let c = mxcsr(rd);
    let fl = match op {
        Bin::Add => mx!(c, "addsd {x}, {y}", x = inout(xmm_reg) x, y = in(xmm_reg) y),
        Bin::Sub => mx!(c, "subsd {x}, {y}", x = inout(xmm_reg) x, y = in(xmm_reg) y),
        Bin::Mul => mx!(c, "mulsd {x}, {y}", x = inout(xmm_reg) x, y = in(xmm_reg) y),
        Bin::Div => mx!(c, "divsd {x}, {y}", x = inout(xmm_reg) x, y = in(xmm_reg) y),
    };
    (x.to_bits(), sse_exc(fl))
}

fn sse_sqrt_s(a: u32, rd: u64) -> (u32, u32) {
    let y = f32::from_bits(a);
    let mut x = 0f32;
    let fl = mx!(mxcsr(rd), "sqrtss {x}, {y}", x = inout(xmm_reg) x, y = in(xmm_reg) y);
    (x.to_bits(), sse_exc(fl))
}

fn sse_sqrt_d(a: u64, rd: u64) -> (u64, u32) {
    let y = f64::from_bits(a);
    let mut x = 0f64;
    let fl = mx!(mxcsr(rd), "sqrtsd {x}, {y}", x = inout(xmm_reg) x, y = in(xmm_reg) y);
    (x.to_bits(), sse_exc(fl))
}

// ------------------------------------------------------------- operations

/// `f` on singles, doubles: arithmetic with SPARC NaNs.
pub(super) fn arith_s(op: Bin, a: u32, b: u32, rd: u64) -> (u32, u32) {
    if let Some((r, e)) = nan2(S, a as u128, b as u128) {
        return (r as u32, e);
    }
    let (r, e) = sse_bin_s(op, a, b, rd);
    let r = if S.is_nan(r as u128) { S.default_nan() as u32 } else { r };
    (r, e | tiny_exact(S, r as u128, e))
}

pub(super) fn arith_d(op: Bin, a: u64, b: u64, rd: u64) -> (u64, u32) {
    if let Some((r, e)) = nan2(D, a as u128, b as u128) {
        return (r as u64, e);
    }
    let (r, e) = sse_bin_d(op, a, b, rd);
    let r = if D.is_nan(r as u128) { D.default_nan() as u64 } else { r };
    (r, e | tiny_exact(D, r as u128, e))
}

pub(super) fn sqrt_s(a: u32, rd: u64) -> (u32, u32) {
    if let Some((r, e)) = nan1(S, a as u128) {
        return (r as u32, e);
    }
    let (r, e) = sse_sqrt_s(a, rd);
    let r = if S.is_nan(r as u128) { S.default_nan() as u32 } else { r };
    (r, e)
}

pub(super) fn sqrt_d(a: u64, rd: u64) -> (u64, u32) {
    if let Some((r, e)) = nan1(D, a as u128) {
        return (r as u64, e);
    }
    let (r, e) = sse_sqrt_d(a, rd);
    let r = if D.is_nan(r as u128) { D.default_nan() as u64 } else { r };
    (r, e)
}

/// fstod: exact except for NaNs.
pub(super) fn s_to_d(a: u32) -> (u64, u32) {
    if let Some((_, e)) = nan1(S, a as u128) {
        return (S.nan_to(a as u128, D) as u64, e);
    }
    let y = f32::from_bits(a);
    let mut x = 0f64;
    let fl = mx!(mxcsr(0), "cvtss2sd {x}, {y}", x = inout(xmm_reg) x, y = in(xmm_reg) y);
    (x.to_bits(), sse_exc(fl) & !UF)
}

/// fdtos: rounds; may overflow or underflow.
pub(super) fn d_to_s(a: u64, rd: u64) -> (u32, u32) {
    if let Some((_, e)) = nan1(D, a as u128) {
        return (D.nan_to(a as u128, S) as u32, e);
    }
    let y = f64::from_bits(a);
    let mut x = 0f32;
    let fl = mx!(mxcsr(rd), "cvtsd2ss {x}, {y}", x = inout(xmm_reg) x, y = in(xmm_reg) y);
    let e = sse_exc(fl);
    (x.to_bits(), e | tiny_exact(S, x.to_bits() as u128, e))
}

/// fitos / fitod / fxtos / fxtod.
pub(super) fn int_to_s(i: i64, rd: u64) -> (u32, u32) {
    let mut x = 0f32;
    let fl = mx!(mxcsr(rd), "cvtsi2ss {x}, {i}", x = inout(xmm_reg) x, i = in(reg) i);
    (x.to_bits(), sse_exc(fl))
}

pub(super) fn int_to_d(i: i64, rd: u64) -> (u64, u32) {
    let mut x = 0f64;
    let fl = mx!(mxcsr(rd), "cvtsi2sd {x}, {i}", x = inout(xmm_reg) x, i = in(reg) i);
    (x.to_bits(), sse_exc(fl))
}

/// fstoi / fdtoi / fstox / fdtox (always rounding toward zero). A NaN or a
/// positive overflow gives the largest positive integer, a negative overflow
/// the most negative one, with nv (V9 A.15; x86 would give the "integer
/// indefinite" 0x80..0 for all three).
pub(super) fn s_to_int(a: u32, wide: bool) -> (i64, u32) {
    let y = f32::from_bits(a);
    let mut r: i64 = 0;
    let fl = if wide {
        mx!(mxcsr(0), "cvttss2si {r}, {y}", r = inout(reg) r, y = in(xmm_reg) y)
    } else {
        let fl = mx!(mxcsr(0), "cvttss2si {r:e}, {y}", r = inout(reg) r, y = in(xmm_reg) y);
        r = r as i32 as i64;
        fl
    };
    int_fix(S.is_nan(a as u128), a >> 31 != 0, r, sse_exc(fl), wide)
}

pub(super) fn d_to_int(a: u64, wide: bool) -> (i64, u32) {
    let y = f64::from_bits(a);
    let mut r: i64 = 0;
    let fl = if wide {
        mx!(mxcsr(0), "cvttsd2si {r}, {y}", r = inout(reg) r, y = in(xmm_reg) y)
    } else {
        let fl = mx!(mxcsr(0), "cvttsd2si {r:e}, {y}", r = inout(reg) r, y = in(xmm_reg) y);
        r = r as i32 as i64;
        fl
    };
    int_fix(D.is_nan(a as u128), a >> 63 != 0, r, sse_exc(fl), wide)
}

fn int_fix(nan: bool, neg: bool, r: i64, e: u32, wide: bool) -> (i64, u32) {
    if e & NV == 0 {
        return (r, e);
    }
    let (max, min) = if wide { (i64::MAX, i64::MIN) } else { (i32::MAX as i64, i32::MIN as i64) };
    (if nan || !neg { max } else { min }, NV)
}

/// Compare: fcc 0 =, 1 <, 2 >, 3 unordered. fcmp signals nv only for a
/// signalling NaN, fcmpe for any NaN (V9 A.13).
pub(super) fn compare(f: Fmt, a: u128, b: u128, signalling: bool) -> (u32, u32) {
    if f.is_nan(a) || f.is_nan(b) {
        let nv = signalling || f.is_snan(a) || f.is_snan(b);
        return (3, if nv { NV } else { 0 });
    }
    let (x, y) = (f.order_key(a), f.order_key(b));
    (
        if x == y {
            0
        } else if x < y {
            1
        } else {
            2
        },
        0,
    )
}

// -------------------------------------------------------- quad precision

fn round_of(rd: u64) -> Round {
    match rd & 3 {
        0 => Round::NearestTiesToEven,
        1 => Round::TowardZero,
        2 => Round::TowardPositive,
        _ => Round::TowardNegative,
    }
}

fn ap_exc(s: Status) -> u32 {
    let mut e = 0;
    if s.contains(Status::INVALID_OP) {
        e |= NV;
    }
    if s.contains(Status::DIV_BY_ZERO) {
        e |= DZ;
    }
    if s.contains(Status::OVERFLOW) {
        e |= OF;
    }
    if s.contains(Status::UNDERFLOW) {
        e |= UF;
    }
    if s.contains(Status::INEXACT) {
        e |= NX;
    }
    e
}

/// Finish a soft-float result of format `f`: SPARC default NaN, flags.
fn ap_fin(f: Fmt, r: u128, s: Status) -> (u128, u32) {
    let e = ap_exc(s);
    let r = if f.is_nan(r) { f.default_nan() } else { r };
    (r, e | tiny_exact(f, r, e))
}

fn ap_arith(op: Bin, a: u128, b: u128, r: Round) -> StatusAnd<Quad> {
    let (x, y) = (Quad::from_bits(a), Quad::from_bits(b));
    match op {
        Bin::Add => x.add_r(y, r),
        Bin::Sub => x.sub_r(y, r),
        Bin::Mul => x.mul_r(y, r),
        Bin::Div => x.div_r(y, r),
    }
}

/// `a / 2` for a quad far from the subnormal range (unchanged otherwise).
fn half_q(a: u128) -> u128 {
    if (a >> 112) & 0x7fff > 1 {
        a - (1 << 112)
    } else {
        a
    }
}

/// apfloat (like LLVM's APFloat) reports an overflow whose directed
/// rounding gives the largest finite number as inexact only; IEEE 754, x86
/// and QEMU's softfloat signal overflow too. `half` re-evaluates the
/// operation at half the size (which cannot overflow): the operation
/// overflowed iff that reaches 2^emax.
fn fix_overflow(f: Fmt, r: u128, e: u32, half: impl FnOnce() -> u128) -> u32 {
    let max_finite = f.exp_mask() - 1;
    if r & !f.sign() != max_finite || e & NX == 0 || e & OF != 0 {
        return e;
    }
    let two_emax = f.exp_mask() - (1u128 << f.frac);
    if half() & !f.sign() >= two_emax {
        e | OF
    } else {
        e
    }
}

/// `2 * a` for a quad below the top binade (exact; subnormals shift).
fn double_q(a: u128) -> u128 {
    let sign = a & Q.sign();
    let mag = a & !Q.sign();
    if mag >> 112 == 0 {
        sign | (mag << 1)
    } else if mag >> 112 < 0x7ffe {
        a + (1 << 112)
    } else {
        a
    }
}

/// apfloat detects tininess after rounding to the *bounded* format, so an
/// inexact result that rounds up to the smallest normal number gets no
/// underflow. IEEE 754 tininess after rounding (x86, QEMU's softfloat for
/// SPARC) rounds to the full precision with an unbounded exponent: the
/// result is tiny iff that is below 2^emin. `doubled` re-evaluates the
/// operation with a result twice as large (normal, so rounded at full
/// precision): tiny iff it stays below 2^(emin+1).
fn fix_tiny(f: Fmt, r: u128, e: u32, doubled: impl FnOnce() -> u128) -> u32 {
    let min_normal = 1u128 << f.frac;
    if r & !f.sign() != min_normal || e & NX == 0 || e & UF != 0 {
        return e;
    }
    if (doubled() & !f.sign()) >> f.frac == 1 {
        e | UF
    } else {
        e
    }
}

pub(super) fn arith_q(op: Bin, a: u128, b: u128, rd: u64) -> (u128, u32) {
    if let Some(r) = nan2(Q, a, b) {
        return r;
    }
    let StatusAnd { status, value } = ap_arith(op, a, b, round_of(rd));
    let (r, e) = ap_fin(Q, value.to_bits(), status);
    let e = fix_overflow(Q, r, e, || {
        let (ha, hb) = match op {
            Bin::Add | Bin::Sub => (half_q(a), half_q(b)),
            _ => (half_q(a), b),
        };
        ap_arith(op, ha, hb, round_of(rd)).value.to_bits()
    });
    let e = fix_tiny(Q, r, e, || {
        let (da, db) = match op {
            Bin::Add | Bin::Sub => (double_q(a), double_q(b)),
            // The smaller factor of a product near 2^emin is far below the top binade.
            Bin::Mul if a & !Q.sign() > b & !Q.sign() => (a, double_q(b)),
            _ => (double_q(a), b),
        };
        ap_arith(op, da, db, round_of(rd)).value.to_bits()
    });
    (r, e)
}

/// Widen an exact value (single or double) to quad.
fn widen_q(f: Fmt, a: u128) -> u128 {
    let mut lose = false;
    if f.bits == 32 {
        let r: StatusAnd<Quad> = Single::from_bits(a).convert_r(Round::NearestTiesToEven, &mut lose);
        r.value.to_bits()
    } else {
        let r: StatusAnd<Quad> = Double::from_bits(a).convert_r(Round::NearestTiesToEven, &mut lose);
        r.value.to_bits()
    }
}

/// fstoq / fdtoq: exact except for NaNs.
pub(super) fn to_q(f: Fmt, a: u128) -> (u128, u32) {
    if let Some((_, e)) = nan1(f, a) {
        return (f.nan_to(a, Q), e);
    }
    (widen_q(f, a), 0)
}

/// fqtos / fqtod.
pub(super) fn q_to(f: Fmt, a: u128, rd: u64) -> (u128, u32) {
    if let Some((_, e)) = nan1(Q, a) {
        return (Q.nan_to(a, f), e);
    }
    let narrow = |a: u128| {
        let mut lose = false;
        let x = Quad::from_bits(a);
        if f.bits == 32 {
            let r: StatusAnd<Single> = x.convert_r(round_of(rd), &mut lose);
            (r.value.to_bits(), r.status)
        } else {
            let r: StatusAnd<Double> = x.convert_r(round_of(rd), &mut lose);
            (r.value.to_bits(), r.status)
        }
    };
    let (v, s) = narrow(a);
    let (r, e) = ap_fin(f, v, s);
    let e = fix_overflow(f, r, e, || narrow(half_q(a)).0);
    (r, fix_tiny(f, r, e, || narrow(double_q(a)).0))
}

pub(super) fn int_to_q(i: i64) -> u128 {
    Quad::from_i128(i as i128).value.to_bits()
}

/// fqtoi / fqtox.
pub(super) fn q_to_int(a: u128, wide: bool) -> (i64, u32) {
    let (max, min) = if wide { (i64::MAX, i64::MIN) } else { (i32::MAX as i64, i32::MIN as i64) };
    if Q.is_nan(a) {
        return (max, NV);
    }
    let mut exact = false;
    let r = Quad::from_bits(a).to_i128_r(if wide { 64 } else { 32 }, Round::TowardZero, &mut exact);
    if r.status.contains(Status::INVALID_OP) {
        return (if a & Q.sign() != 0 { min } else { max }, NV);
    }
    (r.value as i64, ap_exc(r.status))
}

/// fsqrtq: the digit-by-digit integer square root of the significand,
/// rounded with sticky bits.
pub(super) fn sqrt_q(a: u128, rd: u64) -> (u128, u32) {
    if let Some(r) = nan1(Q, a) {
        return r;
    }
    let sign = a & Q.sign() != 0;
    let mag = a & !Q.sign();
    if mag == 0 {
        return (a, 0);
    }
    if sign {
        return (Q.default_nan(), NV);
    }
    if mag == Q.exp_mask() {
        return (a, 0);
    }
    // Normalise: value = m * 2^(e - 112), with m having its top bit at 112.
    let bias = 16383i32;
    let mut e = ((mag >> 112) as i32) - bias;
    let mut m = mag & Q.frac_mask();
    if (mag >> 112) == 0 {
        // Subnormal: exponent is 1 - bias; shift up to normalise.
        e = 1 - bias;
        while m >> 112 == 0 {
            m <<= 1;
            e -= 1;
        }
    } else {
        m |= 1u128 << 112;
    }
    // Make the exponent even: value = m' * 2^(2k) with m' in [2^112, 2^114).
    if e & 1 != 0 {
        m <<= 1;
        e -= 1;
    }
    // sqrt(m * 2^(e-112)) = sqrt(m * 2^114) * 2^((e - 112 - 114) / 2).
    // The radicand m * 2^114 is < 2^228; its root is < 2^114: 113 bits plus
    // one guard bit, and a sticky remainder.
    let (root, rem_nonzero) = isqrt_u256(m, 114);
    // root has 114 bits (top bit at 113): shift one guard bit off.
    let guard = root & 1;
    let mut sig = root >> 1;
    let sticky = rem_nonzero;
    let inexact = guard != 0 || sticky;
    let round_up = match rd & 3 {
        0 => guard != 0 && (sticky || sig & 1 != 0),
        2 => inexact,
        _ => false, // toward zero / -inf: the root is positive
    };
    if round_up {
        sig += 1;
    }
    // Result exponent: value = sig * 2^((e - 226) / 2 + 1) with sig's top
    // bit at 112, so the biased exponent is (e / 2) + bias.
    let mut be = (e / 2 + bias) as u128;
    if sig >> 113 != 0 {
        sig >>= 1;
        be += 1;
    }
    let r = (be << 112) | (sig & Q.frac_mask());
    (r, if inexact { NX } else { 0 })
}

/// Integer square root of `m << shift` (m < 2^115, shift <= 114) as a
/// 256-bit radicand: (root, remainder != 0).
fn isqrt_u256(m: u128, shift: u32) -> (u128, bool) {
    // Radicand as (hi, lo).
    let (hi, lo) = if shift == 0 {
        (0u128, m)
    } else {
        (m >> (128 - shift), m << shift)
    };
    // Bitwise restoring square root over 256 bits, two bits at a time.
    let mut root: u128 = 0;
    // Remainder fits in 130 bits: keep it as (rh, rl) with rh tiny.
    let mut rem_hi: u128 = 0;
    let mut rem_lo: u128 = 0;
    for i in (0..128).rev() {
        // Bring down the next two bits of the radicand.
        let two = if i >= 64 { (hi >> ((i - 64) * 2)) & 3 } else { (lo >> (i * 2)) & 3 };
        rem_hi = (rem_hi << 2) | (rem_lo >> 126);
        rem_lo = (rem_lo << 2) | two;
        // trial = (root << 2) | 1, compared with the remainder.
        let t_hi = root >> 126;
        let t_lo = (root << 2) | 1;
        let ge = rem_hi > t_hi || (rem_hi == t_hi && rem_lo >= t_lo);
        root <<= 1;
        if ge {
            let (l, borrow) = rem_lo.overflowing_sub(t_lo);
            rem_lo = l;
            rem_hi = rem_hi - t_hi - borrow as u128;
            root |= 1;
        }
    }
    (root, rem_hi != 0 || rem_lo != 0)
}

// ------------------------------------------------------- the FPop executor

/// The FP registers an FPop reads: `cpu.f`, or a copy with other operand
/// values ([`fpop_pure`]).
type Fregs = [u64; 32];

fn get_s(f: &Fregs, r: u32) -> u32 {
    let v = f[(r >> 1) as usize];
    if r & 1 == 0 {
        (v >> 32) as u32
    } else {
        v as u32
    }
}

fn get_d(f: &Fregs, r: u32) -> u64 {
    f[d_idx(r)]
}

fn get_q(f: &Fregs, r: u32) -> u128 {
    let i = q_idx(r);
    ((f[i] as u128) << 64) | f[i + 1] as u128
}

/// Where an FPop's result goes.
enum Wr {
    S(u32, u32),
    D(u32, u64),
    Q(u32, u128),
    /// fcc number, value.
    Fcc(u32, u32),
    /// Unknown opf: illegal.
    Illegal,
}

impl Wr {
    fn apply(self, cpu: &mut SparcCpu) {
        match self {
            Wr::S(r, v) => {
                let i = (r >> 1) as usize;
                cpu.f[i] = if r & 1 == 0 {
                    (cpu.f[i] & 0xffff_ffff) | ((v as u64) << 32)
                } else {
                    (cpu.f[i] & !0xffff_ffff) | v as u64
                };
                cpu.fprs |= 1;
            }
            Wr::D(r, v) => {
                let i = d_idx(r);
                cpu.f[i] = v;
                cpu.fprs |= if i < 16 { 1 } else { 2 };
            }
            Wr::Q(r, v) => {
                let i = q_idx(r);
                cpu.f[i] = (v >> 64) as u64;
                cpu.f[i + 1] = v as u64;
                cpu.fprs |= if i < 16 { 1 } else { 2 };
            }
            Wr::Fcc(n, v) => {
                let sh = fcc_shift(n);
                cpu.fsr = (cpu.fsr & !(3 << sh)) | ((v as u64) << sh);
            }
            Wr::Illegal => {}
        }
    }
}

/// Bit position of %fccN in %fsr.
pub(super) fn fcc_shift(n: u32) -> u32 {
    match n & 3 {
        0 => 10,
        1 => 32,
        2 => 34,
        _ => 36,
    }
}

/// The SIGFPE si_code Linux derives from cexc (arch/sparc/kernel/traps_64.c,
/// do_fpe_common: nv, of, uf, dz, nx in that order).
pub(super) fn si_code(cexc: u32) -> u64 {
    if cexc & NV != 0 {
        FPE_FLTINV
    } else if cexc & OF != 0 {
        FPE_FLTOVF
    } else if cexc & UF != 0 {
        FPE_FLTUND
    } else if cexc & DZ != 0 {
        FPE_FLTDIV
    } else {
        FPE_FLTRES
    }
}

/// Compute one FPop: the result and its exception bits.
fn exec(f: &Fregs, fsr: u64, w: u32) -> (Wr, u32) {
    let (rd, rs1, rs2) = ((w >> 25) & 31, (w >> 14) & 31, w & 31);
    let opf = (w >> 5) & 0x1ff;
    let m = (fsr >> 30) & 3;
    if (w >> 19) & 0x3f == 0x35 {
        // FPop2: only the compares come here.
        let sig = opf & 4 != 0;
        let (fcc, e) = match opf & 3 {
            1 => compare(S, get_s(f, rs1) as u128, get_s(f, rs2) as u128, sig),
            2 => compare(D, get_d(f, rs1) as u128, get_d(f, rs2) as u128, sig),
            _ => compare(Q, get_q(f, rs1), get_q(f, rs2), sig),
        };
        return (Wr::Fcc(rd & 3, fcc), e);
    }
    let bin = |o: u32| match o {
        0 => Bin::Add,
        1 => Bin::Sub,
        2 => Bin::Mul,
        _ => Bin::Div,
    };
    match opf {
        0x41 | 0x45 | 0x49 | 0x4d => {
            let (r, e) = arith_s(bin((opf >> 2) & 3), get_s(f, rs1), get_s(f, rs2), m);
            (Wr::S(rd, r), e)
        }
        0x42 | 0x46 | 0x4a | 0x4e => {
            let (r, e) = arith_d(bin((opf >> 2) & 3), get_d(f, rs1), get_d(f, rs2), m);
            (Wr::D(rd, r), e)
        }
        0x43 | 0x47 | 0x4b | 0x4f => {
            let (r, e) = arith_q(bin((opf >> 2) & 3), get_q(f, rs1), get_q(f, rs2), m);
            (Wr::Q(rd, r), e)
        }
        0x29 => {
            let (r, e) = sqrt_s(get_s(f, rs2), m);
            (Wr::S(rd, r), e)
        }
        0x2a => {
            let (r, e) = sqrt_d(get_d(f, rs2), m);
            (Wr::D(rd, r), e)
        }
        0x2b => {
            let (r, e) = sqrt_q(get_q(f, rs2), m);
            (Wr::Q(rd, r), e)
        }
        0x69 => {
            // fsmuld: the product of two singles is exact in double.
            let (a, b) = (get_s(f, rs1) as u128, get_s(f, rs2) as u128);
            if let Some((r, e)) = nan2(S, a, b) {
                return (Wr::D(rd, S.nan_to(r, D) as u64), e);
            }
            let (a, _) = s_to_d(a as u32);
            let (b, _) = s_to_d(b as u32);
            let (r, e) = arith_d(Bin::Mul, a, b, m);
            (Wr::D(rd, r), e)
        }
        0x6e => {
            // fdmulq: exact in quad.
            let (a, b) = (get_d(f, rs1) as u128, get_d(f, rs2) as u128);
            if let Some((r, e)) = nan2(D, a, b) {
                return (Wr::Q(rd, D.nan_to(r, Q)), e);
            }
            let (r, e) = arith_q(Bin::Mul, widen_q(D, a), widen_q(D, b), m);
            (Wr::Q(rd, r), e)
        }
        0x81 | 0xd1 => {
            let (r, e) = s_to_int(get_s(f, rs2), opf == 0x81);
            if opf == 0x81 { (Wr::D(rd, r as u64), e) } else { (Wr::S(rd, r as u32), e) }
        }
        0x82 | 0xd2 => {
            let (r, e) = d_to_int(get_d(f, rs2), opf == 0x82);
            if opf == 0x82 { (Wr::D(rd, r as u64), e) } else { (Wr::S(rd, r as u32), e) }
        }
        0x83 | 0xd3 => {
            let (r, e) = q_to_int(get_q(f, rs2), opf == 0x83);
            if opf == 0x83 { (Wr::D(rd, r as u64), e) } else { (Wr::S(rd, r as u32), e) }
        }
        0x84 | 0xc4 => {
            let i = if opf == 0x84 { get_d(f, rs2) as i64 } else { get_s(f, rs2) as i32 as i64 };
            let (r, e) = int_to_s(i, m);
            (Wr::S(rd, r), e)
        }
        0x88 | 0xc8 => {
            let i = if opf == 0x88 { get_d(f, rs2) as i64 } else { get_s(f, rs2) as i32 as i64 };
            let (r, e) = int_to_d(i, m);
            (Wr::D(rd, r), e)
        }
        0x8c | 0xcc => {
            let i = if opf == 0x8c { get_d(f, rs2) as i64 } else { get_s(f, rs2) as i32 as i64 };
            (Wr::Q(rd, int_to_q(i)), 0)
        }
        0xc6 => {
            let (r, e) = d_to_s(get_d(f, rs2), m);
            (Wr::S(rd, r), e)
        }
        0xc7 => {
            let (r, e) = q_to(S, get_q(f, rs2), m);
            (Wr::S(rd, r as u32), e)
        }
        0xc9 => {
            let (r, e) = s_to_d(get_s(f, rs2));
            (Wr::D(rd, r), e)
        }
        0xcb => {
            let (r, e) = q_to(D, get_q(f, rs2), m);
            (Wr::D(rd, r as u64), e)
        }
        0xcd => {
            let (r, e) = to_q(S, get_s(f, rs2) as u128);
            (Wr::Q(rd, r), e)
        }
        0xce => {
            let (r, e) = to_q(D, get_d(f, rs2) as u128);
            (Wr::Q(rd, r), e)
        }
        _ => (Wr::Illegal, 0),
    }
}

/// `extern "C" fn(cpu, word) -> u64`, called from translated code: execute
/// the FPop `word` exactly. Returns 0 when done (result, cexc/aexc and fcc
/// written; ftt cleared), or 1 when a trap-enabled IEEE exception occurred:
/// then %fsr has ftt = IEEE_754_exception and the exception in cexc, aexc
/// and the destination are unchanged (V9 5.1.7.9), and `cpu.exit_arg` holds
/// the SIGFPE si_code Linux would deliver.
pub(super) extern "C" fn fpop(cpu: *mut SparcCpu, word: u64) -> u64 {
    // SAFETY: translated code passes its own CPU state, which is live and
    // not otherwise borrowed while the block runs.
    let cpu = unsafe { &mut *cpu };
    let (wr, exc) = exec(&cpu.f, cpu.fsr, word as u32);
    if let Wr::Illegal = wr {
        return 2;
    }
    let fsr = cpu.fsr & !(FSR_CEXC | FSR_FTT);
    let mut exc = exc;
    if exc & TINY_EXACT != 0 {
        exc &= !TINY_EXACT;
        if fsr & FSR_UFM != 0 {
            exc |= UF;
        }
    }
    let tem = ((fsr & FSR_TEM) >> 23) as u32;
    if exc & tem != 0 {
        cpu.fsr = fsr | exc as u64 | FTT_IEEE;
        cpu.exit_arg = si_code(exc);
        return 1;
    }
    cpu.fsr = fsr | exc as u64 | ((exc as u64) << 5);
    wr.apply(cpu);
    0
}

/// [`fpop`] with its status in `cpu.exit_arg` instead of a return value:
/// 0 when done, else the SIGFPE si_code of the trap-enabled exception.
extern "C" fn fpop_status(cpu: *mut SparcCpu, word: u64) {
    let r = fpop(cpu, word);
    // SAFETY: as in `fpop`.
    let cpu = unsafe { &mut *cpu };
    match r {
        0 => cpu.exit_arg = 0,
        1 => {}
        // Not an FPop (the lifter sends none such here).
        _ => cpu.exit_arg = FPE_FLTINV,
    }
}

// `fpop_preserve_all(cpu, word)`: [`fpop_status`] behind the shared
// trampoline for calls with Cranelift's `preserve_all` convention (see
// `crate::preserve_all`): the fast path's values stay in registers across
// the cold call instead of being spilled around the whole function.
crate::preserve_all_entry!(pub(super) fn fpop_preserve_all_addr, "lastmile_sparc_fpop_preserve_all", fpop_status);

/// `extern "C" fn(cpu)`, called from translated code: the single or
/// double FPop `cpu.fp_tmp[3] as u32` run exactly on `fp_tmp[1]`, the
/// double holding its rs2, `fp_tmp[0]`, the one holding its rs1 (when it
/// has two operands in different doubles), and %fsr `fp_tmp[2]`, leaving
/// the rest of `cpu` as it was: the result (a single in the low 32 bits)
/// goes to `fp_tmp[0]`, %fsr with cexc, aexc, ftt and fcc as the FPop
/// leaves them to `fp_tmp[2]` (on a copy of `cpu.f`). The caller knows %fsr.TEM is 0 (no trap
/// can be taken), so the FPop completes.
extern "C" fn fpop_pure(cpu: *mut SparcCpu) {
    // SAFETY: as in `fpop`.
    let cpu = unsafe { &mut *cpu };
    let [a, b, fsr, w] = cpu.fp_tmp;
    let w = w as u32;
    let (single, two) = pure_operands(w);
    let idx = |r: u32| if single { (r >> 1) as usize } else { d_idx(r) };
    let (i1, i2) = (idx((w >> 14) & 31), idx(w & 31));
    let mut f = cpu.f;
    if two && i1 != i2 {
        f[i1] = a;
    }
    f[i2] = b;
    let (wr, mut exc) = exec(&f, fsr, w);
    if exc & TINY_EXACT != 0 {
        exc &= !TINY_EXACT;
        if fsr & FSR_UFM != 0 {
            exc |= UF;
        }
    }
    debug_assert_eq!(fsr & FSR_TEM, 0, "fpop_pure with a trap enabled");
    let mut f = (fsr & !(FSR_CEXC | FSR_FTT)) | exc as u64 | ((exc as u64) << 5);
    match wr {
        Wr::S(_, v) => cpu.fp_tmp[0] = v as u64,
        Wr::D(_, v) => cpu.fp_tmp[0] = v,
        Wr::Fcc(n, v) => {
            let sh = fcc_shift(n);
            f = (f & !(3 << sh)) | ((v as u64) << sh);
        }
        Wr::Q(..) | Wr::Illegal => debug_assert!(false, "fpop_pure: not a single or double FPop"),
    }
    cpu.fp_tmp[2] = f;
}

/// The operands of an FPop [`fpop_pure`] runs: (singles?, rs1 and rs2?).
/// The lifter's `Lifter::pure` calls name the same ones.
pub(super) fn pure_operands(w: u32) -> (bool, bool) {
    match (w >> 5) & 0x1ff {
        0x41 | 0x45 | 0x49 | 0x4d | 0x69 | 0x51 | 0x55 => (true, true),
        0x42 | 0x46 | 0x4a | 0x4e | 0x52 | 0x56 => (false, true),
        0x29 | 0xc9 | 0xc4 | 0xc8 | 0xd1 | 0x81 => (true, false),
        _ => (false, false),
    }
}

crate::preserve_all_entry!(pub(super) fn fpop_pure_preserve_all_addr, "lastmile_sparc_fpop_pure_preserve_all", fpop_pure);

/// Address of [`fpop_pure`].
pub(super) fn fpop_pure_addr() -> u64 {
    fpop_pure as *const () as usize as u64
}

/// Address of [`fpop_status`], the exact helper.
pub(super) fn fpop_status_addr() -> u64 {
    fpop_status as *const () as usize as u64
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_nans_are_positive_with_all_fraction_bits() {
        assert_eq!(S.default_nan(), 0x7fff_ffff);
        assert_eq!(D.default_nan(), 0x7fff_ffff_ffff_ffff);
        assert_eq!(Q.default_nan(), u128::MAX >> 1);
    }

    #[test]
    fn quad_sqrt_matches_known_roots() {
        let q = |x: f64| widen_q(D, x.to_bits() as u128);
        assert_eq!(sqrt_q(q(4.0), 0), (q(2.0), 0));
        assert_eq!(sqrt_q(q(0.25), 0), (q(0.5), 0));
        // sqrt(2) in quad: 0x3fff6a09e667f3bcc908b2fb1366ea95 (rounded to nearest).
        assert_eq!(sqrt_q(q(2.0), 0), (0x3fff6a09e667f3bcc908b2fb1366ea95, NX));
        // The smallest subnormal, 2^-16494, has the exact root 2^-8247.
        assert_eq!(sqrt_q(1, 0), ((16383u128 - 8247) << 112, 0));
    }

    /// Tininess after rounding with an unbounded exponent (found by
    /// tests/fp_random.rs against qemu-sparc64): (1 - 2^-113) * 2^emin is
    /// tiny although it rounds up to the smallest normal number.
    #[test]
    fn quad_result_rounding_up_to_min_normal_underflows() {
        let min_normal = 1u128 << 112;
        let below_2emin1 = (2u128 << 112) - 1; // (2 - 2^-112) * 2^emin
        let two = 0x4000u128 << 112;
        assert_eq!(arith_q(Bin::Div, below_2emin1, two, 2), (min_normal, UF | NX));
        let almost_one = (0x3ffeu128 << 112) | ((1 << 112) - 1); // 1 - 2^-113
        let neg = 1u128 << 127;
        assert_eq!(arith_q(Bin::Mul, almost_one | neg, min_normal, 3), (min_normal | neg, UF | NX));
        assert_eq!(arith_q(Bin::Mul, min_normal, almost_one, 2), (min_normal, UF | NX));
        // Exact results at and above 2^emin do not underflow.
        assert_eq!(arith_q(Bin::Div, 2u128 << 112, two, 0), (min_normal, 0));
        assert_eq!(arith_q(Bin::Mul, min_normal, (0x3fffu128 << 112) | 1, 1), (min_normal | 1, 0));
    }
}
