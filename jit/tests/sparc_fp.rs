//! SPARC floating point, lifted and compiled, run on a CPU state with a
//! private memory buffer: results and %fsr compared bit for bit.
//!
//! Instruction words are encoded here (checked against GNU as/objdump);
//! expected values for the tricky cases come from qemu-sparc64 or from the
//! V9 manual where QEMU 7.2 departs from it (named in the test).

use lastmile_frontend::sparc::cpu::Exit;

mod common;
use common::Rig;

impl Rig {
    /// Double register %d`n` (n even, 0..62).
    fn d(&self, n: usize) -> u64 {
        self.cpu.f[n / 2]
    }
    fn set_d(&mut self, n: usize, v: u64) {
        self.cpu.f[n / 2] = v;
    }
    /// Single register %f`n` (0..31).
    fn s(&self, n: usize) -> u32 {
        let v = self.cpu.f[n / 2];
        if n % 2 == 0 {
            (v >> 32) as u32
        } else {
            v as u32
        }
    }
    fn set_s(&mut self, n: usize, v: u32) {
        let i = n / 2;
        self.cpu.f[i] = if n % 2 == 0 {
            (self.cpu.f[i] & 0xffff_ffff) | ((v as u64) << 32)
        } else {
            (self.cpu.f[i] & !0xffff_ffff) | v as u64
        };
    }
    /// Quad register %q`n` (n a multiple of 4).
    fn q(&self, n: usize) -> u128 {
        ((self.cpu.f[n / 2] as u128) << 64) | self.cpu.f[n / 2 + 1] as u128
    }
    fn set_q(&mut self, n: usize, v: u128) {
        self.cpu.f[n / 2] = (v >> 64) as u64;
        self.cpu.f[n / 2 + 1] = v as u64;
    }
}

// ------------------------------------------------------------ encodings

/// Register field of %f`n`: singles and the low doubles encode n itself;
/// %d32..%d62 put bit 5 in bit 0.
fn fr(n: u32) -> u32 {
    (n & 0x1e) | (n >> 5)
}

fn fpop1(opf: u32, rd: u32, rs1: u32, rs2: u32) -> u32 {
    0x8000_0000 | fr(rd) << 25 | 0x34 << 19 | fr(rs1) << 14 | opf << 5 | fr(rs2)
}

/// Singles keep their number (fr would drop bit 0 of an odd single).
fn fpop1s(opf: u32, rd: u32, rs1: u32, rs2: u32) -> u32 {
    0x8000_0000 | rd << 25 | 0x34 << 19 | rs1 << 14 | opf << 5 | rs2
}

fn fpop2s(opf: u32, rd: u32, rs1: u32, rs2: u32) -> u32 {
    0x8000_0000 | rd << 25 | 0x35 << 19 | rs1 << 14 | opf << 5 | rs2
}

/// fcmp{,e}{s,d,q} %fcc`n`, rs1, rs2.
fn fcmp(opf: u32, n: u32, rs1: u32, rs2: u32) -> u32 {
    0x8000_0000 | n << 25 | 0x35 << 19 | fr(rs1) << 14 | opf << 5 | fr(rs2)
}

/// `or %g0, simm13, %rd`.
fn mov(imm: i32, rd: u32) -> u32 {
    0x8010_2000 | rd << 25 | (imm as u32 & 0x1fff)
}

const FADDS: u32 = 0x41;
const FADDD: u32 = 0x42;
const FADDQ: u32 = 0x43;
const FSUBD: u32 = 0x46;
const FMULS: u32 = 0x49;
const FMULD: u32 = 0x4a;
const FMULQ: u32 = 0x4b;
const FDIVS: u32 = 0x4d;
const FDIVD: u32 = 0x4e;
const FDIVQ: u32 = 0x4f;
const FSQRTS: u32 = 0x29;
const FSQRTD: u32 = 0x2a;
const FSQRTQ: u32 = 0x2b;
const FSMULD: u32 = 0x69;
const FDMULQ: u32 = 0x6e;
const FSTOX: u32 = 0x81;
const FDTOX: u32 = 0x82;
const FXTOS: u32 = 0x84;
const FXTOD: u32 = 0x88;
const FITOS: u32 = 0xc4;
const FDTOS: u32 = 0xc6;
const FITOD: u32 = 0xc8;
const FSTOD: u32 = 0xc9;
const FQTOD: u32 = 0xcb;
const FDTOQ: u32 = 0xce;
const FSTOI: u32 = 0xd1;
const FDTOI: u32 = 0xd2;
const FCMPS: u32 = 0x51;
const FCMPD: u32 = 0x52;
const FCMPQ: u32 = 0x53;
const FCMPED: u32 = 0x56;

const NV: u64 = 16;
const OF: u64 = 8;
const UF: u64 = 4;
const DZ: u64 = 2;
const NX: u64 = 1;
/// cexc in bits 4:0, aexc in 9:5.
fn exc(c: u64) -> u64 {
    c | c << 5
}
const RD_ZERO: u64 = 1 << 30;
const RD_UP: u64 = 2 << 30;
const RD_DOWN: u64 = 3 << 30;
const TEM_SHIFT: u64 = 23;

fn b64(x: f64) -> u64 {
    x.to_bits()
}
fn b32(x: f32) -> u32 {
    x.to_bits()
}

/// Run one double op %d0 op %d2 -> %d4 with the given %fsr; returns (%d4, %fsr).
fn dop(opf: u32, a: u64, b: u64, fsr: u64) -> (u64, u64) {
    let mut r = Rig::new();
    r.set_d(0, a);
    r.set_d(2, b);
    r.cpu.fsr = fsr;
    assert_eq!(r.run(&[fpop1(opf, 4, 0, 2)]), Exit::Normal);
    (r.d(4), r.cpu.fsr)
}

/// Single op %f1 op %f3 -> %f5 (the low halves); %f4 must stay intact.
fn sop(opf: u32, a: u32, b: u32, fsr: u64) -> (u32, u64) {
    let mut r = Rig::new();
    r.set_s(1, a);
    r.set_s(3, b);
    r.set_s(4, 0xdead_beef);
    r.cpu.fsr = fsr;
    assert_eq!(r.run(&[fpop1s(opf, 5, 1, 3)]), Exit::Normal);
    assert_eq!(r.s(4), 0xdead_beef, "single write clobbered its pair");
    (r.s(5), r.cpu.fsr)
}

// ---------------------------------------------------------------- tests

#[test]
fn encodings_match_gnu_as() {
    assert_eq!(fpop1(FADDD, 8, 0, 4), 0x91a0_0844);
    assert_eq!(fpop1s(FADDS, 9, 1, 5), 0x93a0_4825);
    assert_eq!(fpop1(FSQRTQ, 8, 0, 4), 0x91a0_0564);
    assert_eq!(fcmp(FCMPED, 2, 0, 4), 0x85a8_0ac4);
    assert_eq!(fpop1s(FDTOI, 9, 0, 4), 0x93a0_1a44);
    assert_eq!(fpop1(FADDD, 62, 32, 34), 0xbfa0_4843);
}

#[test]
fn faddd_exact_and_inexact() {
    assert_eq!(dop(FADDD, b64(1.5), b64(2.25), 0), (b64(3.75), 0));
    // 1 + 2^-60 rounds to 1: inexact.
    assert_eq!(dop(FADDD, b64(1.0), b64(2f64.powi(-60)), 0), (b64(1.0), exc(NX)));
    // cexc is replaced, aexc accumulates.
    assert_eq!(dop(FADDD, b64(1.0), b64(1.0), exc(NX) | DZ << 5), (b64(2.0), NX << 5 | DZ << 5));
}

#[test]
fn fsubd_and_fmuld_and_fdivd() {
    assert_eq!(dop(FSUBD, b64(1.0), b64(1.0), 0), (0, 0));
    assert_eq!(dop(FMULD, b64(3.0), b64(0.5), 0), (b64(1.5), 0));
    assert_eq!(dop(FMULD, b64(0.1), b64(0.1), 0), (b64(0.1 * 0.1), exc(NX)));
    assert_eq!(dop(FDIVD, b64(1.0), b64(3.0), 0), (b64(1.0 / 3.0), exc(NX)));
    assert_eq!(dop(FDIVD, b64(6.0), b64(3.0), 0), (b64(2.0), 0));
}

#[test]
fn ieee_exceptions_of_doubles() {
    assert_eq!(dop(FDIVD, b64(1.0), 0, 0), (b64(f64::INFINITY), exc(DZ)));
    assert_eq!(dop(FDIVD, b64(-1.0), 0, 0), (b64(f64::NEG_INFINITY), exc(DZ)));
    assert_eq!(dop(FMULD, b64(f64::MAX), b64(2.0), 0), (b64(f64::INFINITY), exc(OF | NX)));
    // Tiny and inexact: underflow.
    let (r, f) = dop(FMULD, b64(f64::MIN_POSITIVE), b64(0.3), 0);
    assert_eq!((r, f), (b64(f64::MIN_POSITIVE * 0.3), exc(UF | NX)));
    // Tiny but exact: no underflow flag when UFM is clear.
    assert_eq!(dop(FMULD, b64(f64::MIN_POSITIVE), b64(0.5), 0), (b64(f64::MIN_POSITIVE / 2.0), 0));
    // inf - inf, 0 * inf, 0 / 0: nv and SPARC's default NaN (not x86's).
    assert_eq!(dop(FSUBD, b64(f64::INFINITY), b64(f64::INFINITY), 0), (0x7fff_ffff_ffff_ffff, exc(NV)));
    assert_eq!(dop(FMULD, 0, b64(f64::INFINITY), 0), (0x7fff_ffff_ffff_ffff, exc(NV)));
    assert_eq!(dop(FDIVD, 0, 0, 0), (0x7fff_ffff_ffff_ffff, exc(NV)));
}

/// Whether a * b equals c exactly (all three normal): on the integer
/// significands, m_a * m_b * 2^(e_a + e_b) against m_c * 2^e_c.
fn product_is(a: f64, b: f64, c: f64) -> bool {
    let parts = |x: f64| {
        let bits = x.to_bits();
        ((bits & ((1 << 52) - 1)) | 1 << 52, ((bits >> 52) & 0x7ff) as i32 - 1075, bits >> 63)
    };
    let ((ma, ea, sa), (mb, eb, sb), (mc, ec, sc)) = (parts(a), parts(b), parts(c));
    if sa ^ sb != sc {
        return false;
    }
    let p = ma as u128 * mb as u128;
    let (big, small, shift) = if ea + eb >= ec { (p, mc as u128, ea + eb - ec) } else { (mc as u128, p, ec - ea - eb) };
    // big << shift == small (both nonzero).
    shift < 128 && (big.leading_zeros() as i32) > shift && big << shift == small
}

/// The fast path of fmuld / fdivd takes results whose biased exponent is
/// 55..=2046 (fp.rs `arith`, `in_band`: a test on the high word); around
/// both bounds, both signs, the results and flags are IEEE's (all normal
/// and finite here: inexact is the only exception).
#[test]
fn fmuld_and_fdivd_at_the_fast_path_range_bounds() {
    for e in [1u64, 2, 53, 54, 55, 56, 57, 1023, 2044, 2045, 2046] {
        for m in [0u64, 1, 0x8_0000_0000_0000, 0xf_ffff_ffff_ffff, 0x5_5555_5555_5555] {
            for sign in [0, 1u64 << 63] {
                let t = f64::from_bits(sign | e << 52 | m);
                for k in [1.0f64, 2.0, 3.0, 0.75, 1.0 / 3.0] {
                    let (a, b) = (t / k, k);
                    let r = a * b;
                    if r.is_normal() && a.is_normal() {
                        let nx = if product_is(a, b, r) { 0 } else { exc(NX) };
                        assert_eq!(dop(FMULD, b64(a), b64(b), 0), (b64(r), nx), "fmuld {a:e} * {b:e}");
                    }
                    let (n, d) = (t * k, k);
                    let q = n / d;
                    if q.is_normal() && n.is_normal() {
                        let nx = if product_is(q, d, n) { 0 } else { exc(NX) };
                        assert_eq!(dop(FDIVD, b64(n), b64(d), 0), (b64(q), nx), "fdivd {n:e} / {d:e}");
                    }
                }
            }
        }
    }
}

#[test]
fn fsqrt_of_negative_is_the_default_nan() {
    assert_eq!(dop(FSQRTD, 0, b64(-1.0), 0), (0x7fff_ffff_ffff_ffff, exc(NV)));
    assert_eq!(dop(FSQRTD, 0, b64(2.0), 0), (b64(2f64.sqrt()), exc(NX)));
    assert_eq!(dop(FSQRTD, 0, b64(16.0), 0), (b64(4.0), 0));
    assert_eq!(dop(FSQRTD, 0, b64(-0.0), 0), (b64(-0.0), 0));
    assert_eq!(sop(FSQRTS, 0, b32(-4.0), 0), (0x7fff_ffff, exc(NV)));
    assert_eq!(sop(FSQRTS, 0, b32(2.0), 0), (b32(2f32.sqrt()), exc(NX)));
}

#[test]
fn nan_operands_propagate_by_the_v9_rule() {
    // V9 Table 27: a signalling rs2 wins, then a signalling rs1, then a
    // quiet rs2, then rs1; a signalling NaN comes out quieted with nv.
    let qa = 0x7ff8_0000_0000_00aa;
    let qb = 0xfff8_0000_0000_00bb;
    let sa = 0x7ff0_0000_0000_00aa;
    let sb = 0xfff0_0000_0000_00bb;
    let one = b64(1.0);
    assert_eq!(dop(FADDD, qa, one, 0), (qa, 0));
    assert_eq!(dop(FADDD, one, qb, 0), (qb, 0));
    assert_eq!(dop(FADDD, qa, qb, 0), (qb, 0));
    assert_eq!(dop(FADDD, sa, qb, 0), (sa | 1 << 51, exc(NV)));
    assert_eq!(dop(FADDD, qa, sb, 0), (sb | 1 << 51, exc(NV)));
    assert_eq!(dop(FMULD, sa, sb, 0), (sb | 1 << 51, exc(NV)));
    assert_eq!(dop(FSQRTD, 0, sa, 0), (sa | 1 << 51, exc(NV)));
    let (r, f) = sop(FADDS, 0x7fc0_0001, 0x7f80_0002, 0);
    assert_eq!((r, f), (0x7fc0_0002, exc(NV)));
}

#[test]
fn singles_live_in_register_halves() {
    assert_eq!(sop(FADDS, b32(1.5), b32(2.25), 0), (b32(3.75), 0));
    assert_eq!(sop(FMULS, b32(0.1), b32(0.1), 0), (b32(0.1f32 * 0.1f32), exc(NX)));
    assert_eq!(sop(FDIVS, b32(1.0), b32(3.0), 0), (b32(1.0f32 / 3.0), exc(NX)));
    // Even single = high half.
    let mut r = Rig::new();
    r.set_d(0, (b32(2.0) as u64) << 32 | b32(5.0) as u64);
    r.run(&[fpop1s(FADDS, 2, 0, 1)]); // fadds %f0, %f1, %f2
    assert_eq!(r.d(2) >> 32, b32(7.0) as u64);
}

#[test]
fn upper_double_registers() {
    let mut r = Rig::new();
    r.set_d(32, b64(1.25));
    r.set_d(34, b64(2.0));
    r.run(&[fpop1(FADDD, 62, 32, 34)]);
    assert_eq!(r.d(62), b64(3.25));
    // %fprs.DU set by a write to %d32..%d62.
    assert_eq!(r.cpu.fprs & 3, 2);
}

#[test]
fn float_to_int_follows_sparc_not_x86() {
    let mut r = Rig::new();
    let cases: [(u64, u32, u64); 7] = [
        (b64(2.5), 2, exc(NX)),
        (b64(-2.5), (-2i32) as u32, exc(NX)),
        (b64(7.0), 7, 0),
        (b64(1e10), 0x7fff_ffff, exc(NV)),
        (b64(-1e10), 0x8000_0000, exc(NV)),
        (0x7ff8_0000_0000_0000, 0x7fff_ffff, exc(NV)),
        (0xfff8_0000_0000_0000, 0x7fff_ffff, exc(NV)),
    ];
    for (a, want, f) in cases {
        r.set_d(2, a);
        r.cpu.fsr = 0;
        r.run(&[fpop1s(FDTOI, 5, 0, 2)]);
        assert_eq!((r.s(5), r.cpu.fsr), (want, f), "fdtoi {:#x}", a);
    }
    for (a, want, f) in [
        (b64(-1e19), i64::MIN as u64, exc(NV)),
        (b64(1e19), i64::MAX as u64, exc(NV)),
        (b64(-3.75), (-3i64) as u64, exc(NX)),
        (b64(2f64.powi(62)), 1 << 62, 0),
        (0x7ff0_0000_0000_0001, i64::MAX as u64, exc(NV)),
    ] {
        r.set_d(2, a);
        r.cpu.fsr = 0;
        r.run(&[fpop1(FDTOX, 4, 0, 2)]);
        assert_eq!((r.d(4), r.cpu.fsr), (want, f), "fdtox {:#x}", a);
    }
    for (a, want, f) in [(b32(-1.5), (-1i32) as u32, exc(NX)), (b32(3e9), 0x7fff_ffff, exc(NV))] {
        r.set_s(3, a);
        r.cpu.fsr = 0;
        r.run(&[fpop1s(FSTOI, 5, 0, 3)]);
        assert_eq!((r.s(5), r.cpu.fsr), (want, f), "fstoi {:#x}", a);
    }
    r.set_s(3, b32(-2.0e18));
    r.cpu.fsr = 0;
    r.run(&[fpop1s(FSTOX, 4, 0, 3)]);
    assert_eq!((r.d(4) as i64, r.cpu.fsr), (-2.0e18f32 as i64, 0));
}

#[test]
fn int_to_float_conversions() {
    let mut r = Rig::new();
    r.set_s(3, (-7i32) as u32);
    r.run(&[fpop1s(FITOD, 4, 0, 3), fpop1s(FITOS, 5, 0, 3)]);
    assert_eq!(r.d(4) >> 32, b64(-7.0) >> 32);
    // fitos wrote %f5 (low half of %d4) after fitod wrote %d4.
    assert_eq!(r.s(5), b32(-7.0));
    // 2^24 + 1 does not fit a single: inexact.
    r.set_s(3, (1 << 24) + 1);
    r.cpu.fsr = 0;
    r.run(&[fpop1s(FITOS, 5, 0, 3)]);
    assert_eq!((r.s(5), r.cpu.fsr), (b32(16777216.0), exc(NX)));
    r.set_d(2, (1u64 << 53) + 1);
    r.cpu.fsr = 0;
    r.run(&[fpop1(FXTOD, 4, 0, 2)]);
    assert_eq!((r.d(4), r.cpu.fsr), (b64(9007199254740992.0), exc(NX)));
    r.set_d(2, (-5i64) as u64);
    r.cpu.fsr = 0;
    r.run(&[fpop1(FXTOD, 4, 0, 2), fpop1s(FXTOS, 9, 0, 2)]);
    assert_eq!((r.d(4), r.s(9), r.cpu.fsr), (b64(-5.0), b32(-5.0), 0));
}

#[test]
fn fstod_and_fdtos() {
    let mut r = Rig::new();
    r.set_s(3, b32(0.1));
    r.run(&[fpop1s(FSTOD, 4, 0, 3)]);
    assert_eq!(r.d(4), b64(0.1f32 as f64));
    r.set_d(2, b64(0.1));
    r.cpu.fsr = 0;
    r.run(&[fpop1s(FDTOS, 5, 0, 2)]);
    assert_eq!((r.s(5), r.cpu.fsr), (b32(0.1), exc(NX)));
    r.set_d(2, b64(1e300));
    r.cpu.fsr = 0;
    r.run(&[fpop1s(FDTOS, 5, 0, 2)]);
    assert_eq!((r.s(5), r.cpu.fsr), (b32(f32::INFINITY), exc(OF | NX)));
    r.set_d(2, b64(1e-40));
    r.cpu.fsr = 0;
    r.run(&[fpop1s(FDTOS, 5, 0, 2)]);
    assert_eq!((r.s(5), r.cpu.fsr), (b32(1e-40f64 as f32), exc(UF | NX)));
    // A signalling NaN is quieted with its high fraction bits kept.
    r.set_d(2, 0x7ff4_0000_2000_0000);
    r.cpu.fsr = 0;
    r.run(&[fpop1s(FDTOS, 5, 0, 2)]);
    assert_eq!((r.s(5), r.cpu.fsr), (0x7fe0_0001, exc(NV)));
    r.set_s(3, 0xff80_0001);
    r.cpu.fsr = 0;
    r.run(&[fpop1s(FSTOD, 4, 0, 3)]);
    assert_eq!((r.d(4), r.cpu.fsr), (0xfff8_0000_2000_0000, exc(NV)));
}

#[test]
fn fsmuld_is_exact() {
    let mut r = Rig::new();
    r.set_s(1, b32(0.1));
    r.set_s(3, b32(0.3));
    r.run(&[fpop1s(FSMULD, 4, 1, 3)]);
    assert_eq!((r.d(4), r.cpu.fsr), (b64(0.1f32 as f64 * 0.3f32 as f64), 0));
}

#[test]
fn fmov_fneg_fabs() {
    let mut r = Rig::new();
    r.set_d(2, b64(-2.5));
    r.set_s(13, b32(3.0));
    r.cpu.fsr = exc(NX);
    r.run(&[
        fpop1(0x02, 4, 0, 2),   // fmovd %d2, %d4
        fpop1(0x06, 6, 0, 2),   // fnegd %d2, %d6
        fpop1(0x0a, 8, 0, 2),   // fabsd %d2, %d8
        fpop1s(0x05, 10, 0, 13), // fnegs %f13, %f10
        fpop1s(0x09, 11, 0, 10), // fabss %f10, %f11
    ]);
    assert_eq!((r.d(4), r.d(6), r.d(8)), (b64(-2.5), b64(2.5), b64(2.5)));
    assert_eq!((r.s(10), r.s(11)), (b32(-3.0), b32(3.0)));
    // Each FPop clears cexc; aexc stays.
    assert_eq!(r.cpu.fsr, NX << 5);
    // Quad move/negate: the whole 128 bits.
    r.set_q(4, 0x3fff_8000_0000_0000_0000_0000_0000_1234);
    r.run(&[fpop1(0x07, 8, 0, 4)]);
    assert_eq!(r.q(8), 0xbfff_8000_0000_0000_0000_0000_0000_1234);
}

#[test]
fn rounding_directions() {
    let third = 1.0 / 3.0;
    let down = f64::from_bits(b64(third)); // nearest is below 1/3
    let up = f64::from_bits(b64(third) + 1);
    assert_eq!(dop(FDIVD, b64(1.0), b64(3.0), RD_ZERO).0, b64(down));
    assert_eq!(dop(FDIVD, b64(1.0), b64(3.0), RD_UP).0, b64(up));
    assert_eq!(dop(FDIVD, b64(1.0), b64(3.0), RD_DOWN).0, b64(down));
    assert_eq!(dop(FDIVD, b64(-1.0), b64(3.0), RD_DOWN).0, b64(-up));
    assert_eq!(dop(FDIVD, b64(1.0), b64(3.0), RD_UP).1, RD_UP | exc(NX));
    // Overflow toward zero gives the largest finite number.
    assert_eq!(dop(FMULD, b64(f64::MAX), b64(2.0), RD_ZERO), (b64(f64::MAX), RD_ZERO | exc(OF | NX)));
    // x - x is -0 when rounding down.
    assert_eq!(dop(FSUBD, b64(1.0), b64(1.0), RD_DOWN).0, b64(-0.0));
    assert_eq!(sop(FADDS, b32(1.0), b32(1e-10), RD_UP).0, b32(1.0) + 1);
    // Integer conversions round by RD; float-to-integer always truncates.
    let mut r = Rig::new();
    r.set_d(2, (1u64 << 53) + 1);
    r.cpu.fsr = RD_UP;
    r.run(&[fpop1(FXTOD, 4, 0, 2)]);
    assert_eq!(r.d(4), b64(9007199254740994.0));
    r.set_d(2, b64(-2.7));
    r.cpu.fsr = RD_DOWN;
    r.run(&[fpop1s(FDTOI, 5, 0, 2)]);
    assert_eq!(r.s(5), (-2i32) as u32);
}

/// fcmpd then FBfcc: all 16 conditions on each of the four relations.
#[test]
fn fcmp_and_fbfcc_conditions() {
    // Truth table rows: fcc E L G U.
    let want: [[bool; 4]; 16] = [
        [false, false, false, false], // fbn
        [false, true, true, true],    // fbne
        [false, true, true, false],   // fblg
        [false, true, false, true],   // fbul
        [false, true, false, false],  // fbl
        [false, false, true, true],   // fbug
        [false, false, true, false],  // fbg
        [false, false, false, true],  // fbu
        [true, true, true, true],     // fba
        [true, false, false, false],  // fbe
        [true, false, false, true],   // fbue
        [true, false, true, false],   // fbge
        [true, false, true, true],    // fbuge
        [true, true, false, false],   // fble
        [true, true, false, true],    // fbule
        [true, true, true, false],    // fbo
    ];
    let pairs = [(1.0, 1.0), (1.0, 2.0), (2.0, 1.0), (1.0, f64::NAN)];
    for (rel, (a, b)) in pairs.iter().enumerate() {
        for cond in 0..16u32 {
            for fcc in 0..4u32 {
                let mut r = Rig::new();
                r.set_d(0, b64(*a));
                r.set_d(2, b64(*b));
                let code = [
                    fcmp(FCMPD, fcc, 0, 2),
                    // fbpfcc cond, %fccN, +3 (V9) or fbfcc for fcc0.
                    if fcc == 0 {
                        0x0180_0003 | cond << 25
                    } else {
                        0x0148_0003 | cond << 25 | fcc << 20
                    },
                    mov(1, 1), // delay slot
                    mov(2, 2), // skipped when taken
                    0x0100_0000,
                ];
                r.run(&code);
                let taken = r.cpu.g[2] == 0;
                assert_eq!(taken, want[cond as usize][rel], "cond {cond} fcc{fcc} relation {rel}");
                assert_eq!((r.cpu.fsr >> [10, 32, 34, 36][fcc as usize]) & 3, rel as u64);
            }
        }
    }
}

#[test]
fn fcmp_signals_only_for_snan_and_fcmpe_for_any_nan() {
    let mut r = Rig::new();
    r.set_d(0, b64(1.0));
    r.set_d(2, 0x7ff8_0000_0000_0000);
    r.run(&[fcmp(FCMPD, 0, 0, 2)]);
    assert_eq!(r.cpu.fsr, 3 << 10);
    r.cpu.fsr = 0;
    r.run(&[fcmp(FCMPED, 1, 0, 2)]);
    assert_eq!(r.cpu.fsr, 3 << 32 | exc(NV));
    r.cpu.fsr = 0;
    r.set_d(2, 0x7ff0_0000_0000_0001);
    r.run(&[fcmp(FCMPD, 3, 0, 2)]);
    assert_eq!(r.cpu.fsr, 3 << 36 | exc(NV));
    // -0 == +0.
    r.cpu.fsr = 0;
    r.set_d(0, b64(-0.0));
    r.set_d(2, 0);
    r.run(&[fcmp(FCMPD, 0, 0, 2)]);
    assert_eq!(r.cpu.fsr, 0);
    // Singles.
    r.set_s(1, b32(-1.0));
    r.set_s(3, b32(1.0));
    r.run(&[fpop2s(FCMPS, 0, 1, 3)]);
    assert_eq!(r.cpu.fsr, 1 << 10);
}

#[test]
fn fmovcc_fmovr_and_movcc_on_fcc() {
    let mut r = Rig::new();
    r.set_d(0, b64(1.0));
    r.set_d(2, b64(2.0));
    r.set_d(4, b64(7.0));
    r.set_d(6, b64(9.0));
    r.cpu.g[3] = (-4i64) as u64;
    let code = [
        fcmp(FCMPD, 1, 0, 2), // %fcc1 = L
        // fmovdl %fcc1, %d4, %d8 : opf = 0x042 (fcc1 = opf_cc 1), cond l = 4.
        0x8000_0000 | 8 << 25 | 0x35 << 19 | 4 << 14 | (1 << 6 | 2) << 5 | 4,
        // fmovdg %fcc1, %d6, %d10: not taken.
        0x8000_0000 | 10 << 25 | 0x35 << 19 | 6 << 14 | (1 << 6 | 2) << 5 | 6,
        // movl %fcc1, 5, %g1 : op3 0x2c, cc2=0, cc=1, i=1.
        0x8000_0000 | 1 << 25 | 0x2c << 19 | 4 << 14 | 1 << 13 | 1 << 11 | 5,
        // fmovrdlz %g3, %d6, %d12: opf = rcond 3 << 5 | 6.
        0x8000_0000 | 12 << 25 | 0x35 << 19 | 3 << 14 | (3 << 5 | 6) << 5 | 6,
        // subcc %g0, 1, %g0 (icc: N, C); fmovdneg %icc, %d4, %d14 : opf_cc 4, cond 6.
        0x80a0_2001,
        0x8000_0000 | 14 << 25 | 0x35 << 19 | 6 << 14 | (4 << 6 | 2) << 5 | 4,
    ];
    r.run(&code);
    assert_eq!(r.d(8), b64(7.0));
    assert_eq!(r.d(10), 0);
    assert_eq!(r.cpu.g[1], 5);
    assert_eq!(r.d(12), b64(9.0));
    assert_eq!(r.d(14), b64(7.0));
}

#[test]
fn fp_loads_and_stores_are_big_endian() {
    let mut r = Rig::new();
    r.mem[0x800..0x808].copy_from_slice(&b64(1.5).to_be_bytes());
    r.mem[0x808..0x80c].copy_from_slice(&b32(-2.0).to_be_bytes());
    r.mem[0x810..0x820].copy_from_slice(&0x0102_0304_0506_0708_090a_0b0c_0d0e_0f10u128.to_be_bytes());
    r.cpu.g[1] = 0x800;
    r.run(&[
        0xc118_4000, // ldd [%g1], %f0
        0xc700_6008, // ld [%g1+8], %f3
        0xd110_6010, // ldq [%g1+16], %f8
        0xc138_6020, // std %f0, [%g1+32]
        0xc720_6028, // st %f3, [%g1+40]
        0xd130_6030, // stq %f8, [%g1+48]
    ]);
    assert_eq!(r.d(0), b64(1.5));
    assert_eq!(r.s(3), b32(-2.0));
    assert_eq!(r.q(8), 0x0102_0304_0506_0708_090a_0b0c_0d0e_0f10);
    assert_eq!(&r.mem[0x820..0x828], &b64(1.5).to_be_bytes());
    assert_eq!(&r.mem[0x828..0x82c], &b32(-2.0).to_be_bytes());
    assert_eq!(&r.mem[0x830..0x840], &r.mem[0x810..0x820].to_vec()[..]);
    assert_eq!(r.cpu.fprs & 3, 1);
}

#[test]
fn lddf_needs_only_word_alignment_and_ldf_traps_when_misaligned() {
    let mut r = Rig::new();
    r.mem[0x804..0x80c].copy_from_slice(&b64(3.0).to_be_bytes());
    r.cpu.g[1] = 0x804;
    assert_eq!(r.run(&[0xc118_4000]), Exit::Normal); // ldd [%g1], %f0
    assert_eq!(r.d(0), b64(3.0));
    r.cpu.g[1] = 0x802;
    assert_eq!(r.run(&[0xc118_4000]), Exit::Unaligned);
}

#[test]
fn little_endian_asi_fp_access() {
    let mut r = Rig::new();
    r.mem[0x800..0x808].copy_from_slice(&b64(1.5).to_le_bytes());
    r.cpu.g[1] = 0x800;
    // ldda [%g1] #ASI_P_L, %f8 ; stda %f8, [%g1+8] %asi (asi = 0x80)
    r.cpu.asi = 0x80;
    r.run(&[0xd198_5100, 0xd1b8_6008]);
    assert_eq!(r.d(8), b64(1.5));
    assert_eq!(&r.mem[0x808..0x810], &b64(1.5).to_be_bytes());
}

#[test]
fn ldxfsr_stxfsr_and_ldfsr_masks() {
    let mut r = Rig::new();
    r.mem[0x800..0x808].copy_from_slice(&0xffff_ffff_ffff_ffffu64.to_be_bytes());
    r.cpu.g[1] = 0x800;
    // ldx [%g1], %fsr ; stx %fsr, [%g1+8]
    r.run(&[0xc308_4000, 0xc328_6008]);
    assert_eq!(r.cpu.fsr, 0x3f_cfc0_0fff);
    assert_eq!(&r.mem[0x808..0x810], &0x3f_cfc0_0fffu64.to_be_bytes());
    // ld [%g1+16], %fsr keeps fcc1..3; st %fsr stores the low word.
    r.mem[0x810..0x814].copy_from_slice(&0u32.to_be_bytes());
    r.run(&[0xc108_6010, 0xc128_6018]);
    assert_eq!(r.cpu.fsr, 0x3f_0000_0000);
    assert_eq!(&r.mem[0x818..0x81c], &[0, 0, 0, 0]);
}

#[test]
fn rd_wr_gsr() {
    let mut r = Rig::new();
    // wr %g0, 0x45, %gsr ; rd %gsr, %g2
    r.run(&[0xa780_2045, 0x8544_c000]);
    assert_eq!((r.cpu.gsr, r.cpu.g[2]), (0x45, 0x45));
}

#[test]
fn quad_arithmetic() {
    let q = |x: f64| -> u128 {
        // Widen a double to quad bits (exact).
        let b = x.to_bits();
        if x == 0.0 {
            return (b as u128) << 64;
        }
        let sign = (b >> 63) as u128;
        let e = ((b >> 52) & 0x7ff) as u128;
        let f = (b & ((1 << 52) - 1)) as u128;
        sign << 127 | (e + 16383 - 1023) << 112 | f << 60
    };
    let mut r = Rig::new();
    r.set_q(0, q(1.5));
    r.set_q(4, q(2.25));
    r.run(&[fpop1(FADDQ, 8, 0, 4), fpop1(FMULQ, 12, 0, 4), fpop1(FDIVQ, 16, 4, 0)]);
    assert_eq!(r.q(8), q(3.75));
    assert_eq!(r.q(12), q(3.375));
    assert_eq!(r.q(16), q(1.5));
    assert_eq!(r.cpu.fsr, 0);
    r.set_q(4, q(2.0));
    r.run(&[fpop1(FSQRTQ, 8, 0, 4), fpop1(FQTOD, 2, 0, 8)]);
    assert_eq!(r.q(8), 0x3fff6a09e667f3bcc908b2fb1366ea95);
    assert_eq!(r.d(2), b64(2f64.sqrt()));
    assert_eq!(r.cpu.fsr, exc(NX));
    r.set_d(0, b64(0.1));
    r.set_d(2, b64(3.0));
    r.cpu.fsr = 0;
    r.run(&[fpop1(FDMULQ, 4, 0, 2), fpop1(FDTOQ, 8, 0, 0), fcmp(FCMPQ, 2, 4, 8)]);
    assert_eq!(r.cpu.fsr, 2 << 34);
    // 0/0 in quad: default NaN.
    r.set_q(0, 0);
    r.run(&[fpop1(FDIVQ, 4, 0, 0)]);
    assert_eq!(r.q(4), u128::MAX >> 1);
}

/// The fast path (round-to-nearest, no traps) and the exact helper (forced
/// by enabling a trap that these operands can never raise) agree on random
/// operands, results and %fsr alike.
#[test]
fn fast_path_agrees_with_exact_helper() {
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut r = Rig::new();
    // fdivd needs a different spare trap: dz never happens for nonzero
    // divisors, and nv not for finite operands.
    let ops = [FADDD, FSUBD, FMULD, FDIVD, FSQRTD];
    for i in 0..4000 {
        let op = ops[i % ops.len()];
        // Random finite doubles with exponents spread over the whole range.
        let mut gen = || {
            let v = next();
            let v = match v % 4 {
                0 => v & !(0x7ff << 52) | ((next() % 0x7fe) << 52),
                1 => v & !(0x7ff << 52) | ((1023 - 30 + next() % 60) << 52),
                2 => v & 0x800f_ffff_ffff_ffff | ((1 + next() % 100) << 52),
                _ => v & !(0x7ff << 52) | ((1023 + next() % 4) << 52),
            };
            if op == FSQRTD { v & !(1 << 63) } else { v }
        };
        let (a, b) = (gen(), gen());
        if op == FDIVD && b << 1 == 0 {
            continue;
        }
        let spare = if op == FDIVD { NV << TEM_SHIFT } else { DZ << TEM_SHIFT };
        let w = fpop1(op, 4, 0, 2);
        let mut res = [(0u64, 0u64); 2];
        for (k, fsr) in [0, spare].into_iter().enumerate() {
            r.set_d(0, a);
            r.set_d(2, b);
            r.cpu.fsr = fsr;
            assert_eq!(r.run(&[w]), Exit::Normal);
            res[k] = (r.d(4), r.cpu.fsr & !(0x1f << TEM_SHIFT));
        }
        assert_eq!(res[0], res[1], "op {op:#x} a {a:#x} b {b:#x}");
        // And the native result (round to nearest) is Rust's.
        let (x, y) = (f64::from_bits(a), f64::from_bits(b));
        let native = match op {
            FADDD => x + y,
            FSUBD => x - y,
            FMULD => x * y,
            FDIVD => x / y,
            _ => y.sqrt(),
        };
        assert_eq!(res[0].0, native.to_bits(), "op {op:#x} a {a:#x} b {b:#x}");
    }
}

/// Every case of `sparc_fp/qemu_cases.txt` (generated by
/// `sparc_fp/gen_qemu_cases.py` under qemu-sparc64): one FPop on %d0..%d10
/// and %fsr, compared bit for bit with QEMU's %fsr, %d8 and %d10.
#[test]
fn fpops_match_qemu_reference_cases() {
    let text = include_str!("sparc_fp/qemu_cases.txt");
    let mut r = Rig::new();
    let mut bad = Vec::new();
    let mut n = 0;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let (inp, out) = line.split_once(" > ").unwrap();
        let h = |s: &str| u64::from_str_radix(s, 16).unwrap();
        let inp: Vec<u64> = inp.split(' ').map(h).collect();
        let out: Vec<u64> = out.split(' ').map(h).collect();
        for k in 0..6 {
            r.cpu.f[k] = inp[2 + k];
        }
        r.cpu.fsr = inp[1];
        let e = r.run(&[inp[0] as u32]);
        n += 1;
        let got = [r.cpu.fsr, r.cpu.f[4], r.cpu.f[5]];
        if e != Exit::Normal || got[..] != out[..] {
            bad.push(format!(
                "{:08x} fsr {:x} in {:x?}: want fsr {:x} d8 {:x} d10 {:x}, got {:?} fsr {:x} d8 {:x} d10 {:x}",
                inp[0], inp[1], &inp[2..], out[0], out[1], out[2], e, got[0], got[1], got[2]
            ));
        }
    }
    assert!(bad.is_empty(), "{} of {} cases differ:\n{}", bad.len(), n, bad[..bad.len().min(400)].join("\n"));
}

fn vis(opf: u32, rd: u32, rs1: u32, rs2: u32) -> u32 {
    0x8000_0000 | rd << 25 | 0x36 << 19 | rs1 << 14 | opf << 5 | rs2
}

#[test]
fn vis_encoding_matches_gnu_as() {
    assert_eq!(vis(0x48, 6, 2, 4), 0x8db0_8904); // faligndata %f2, %f4, %f6
    assert_eq!(vis(0x18, 11, 9, 10), 0x97b2_430a); // alignaddr %o1, %o2, %o3
    assert_eq!(vis(0x04b, 4, 1, 3), 0x89b0_4963); // fpmerge %f1, %f3, %f4
}

/// glibc's memcpy/memset: `wr 0xf0, %asi` then 64-byte block loads and
/// stores of %f0..%f14.
#[test]
fn vis_block_load_and_store_through_asi() {
    let mut r = Rig::new();
    for i in 0..64 {
        r.mem[0x800 + i] = i as u8;
    }
    r.cpu.g[1] = 0x800;
    r.cpu.g[2] = 0x900;
    // wr %g0, 0xf0, %asi ; ldda [%g1] %asi, %f0 ; stda %f0, [%g2] %asi
    assert_eq!(r.run(&[0x8780_20f0, 0xc198_6000, 0xc1b8_a000]), Exit::Normal);
    assert_eq!(r.d(0), 0x0001_0203_0405_0607);
    assert_eq!(r.d(14), 0x3839_3a3b_3c3d_3e3f);
    assert_eq!(&r.mem[0x900..0x940], &r.mem[0x800..0x840].to_vec()[..]);
    // A block access must be 64-byte aligned.
    r.cpu.g[1] = 0x808;
    assert_eq!(r.run(&[0x8780_20f0, 0xc198_6000]), Exit::Unaligned);
    // Static ASI form: ldda [%g1] 0xf0, %f16.
    r.cpu.g[1] = 0x800;
    r.run(&[0xe198_5e00]);
    assert_eq!(r.d(16), 0x0001_0203_0405_0607);
    assert_eq!(r.d(30), 0x3839_3a3b_3c3d_3e3f);
    // An integer-only ASI in %asi still works for lddfa.
    r.cpu.asi = 0x88;
    r.run(&[0xc198_6000]);
    assert_eq!(r.d(0), 0x0706_0504_0302_0100);
}

#[test]
fn vis_alignaddr_and_faligndata() {
    let mut r = Rig::new();
    r.cpu.set_reg(9, 0x1003);
    r.set_d(2, 0x0011_2233_4455_6677);
    r.set_d(4, 0x8899_aabb_ccdd_eeff);
    r.run(&[vis(0x18, 11, 9, 0), vis(0x48, 6, 2, 4)]);
    assert_eq!((r.cpu.reg(11), r.cpu.gsr & 7), (0x1000, 3));
    assert_eq!(r.d(6), 0x3344_5566_7788_99aa);
    // alignaddrl: GSR.align = -(rs1 + rs2) & 7; align 0 gives rs1.
    r.cpu.set_reg(9, 0x1008);
    r.run(&[vis(0x1a, 11, 9, 0), vis(0x48, 6, 2, 4)]);
    assert_eq!((r.cpu.reg(11), r.cpu.gsr & 7), (0x1008, 0));
    assert_eq!(r.d(6), 0x0011_2233_4455_6677);
}

#[test]
fn vis_logical_ops() {
    let mut r = Rig::new();
    let (a, b) = (0xff00_ff00_f0f0_0f0fu64, 0x0ff0_0ff0_3333_5555u64);
    r.set_d(2, a);
    r.set_d(4, b);
    let want: [u64; 16] = [
        0,
        !(a | b),
        a & !b,
        !b,
        !a & b,
        !a,
        a ^ b,
        !(a & b),
        a & b,
        !(a ^ b),
        a,
        a | !b,
        b,
        !a | b,
        a | b,
        u64::MAX,
    ];
    for (f, w) in want.iter().enumerate() {
        r.set_d(6, 0x1234);
        r.run(&[vis(0x60 + 2 * f as u32, 6, 2, 4)]);
        assert_eq!(r.d(6), *w, "function {f}");
        // Single form on %f9 (low half of %d8) with %f5/%f3's values.
        r.set_d(8, 0xaaaa_aaaa_0000_0000);
        r.run(&[vis(0x61 + 2 * f as u32, 9, 3, 5)]);
        assert_eq!(r.d(8), 0xaaaa_aaaa_0000_0000 | (*w & 0xffff_ffff), "single function {f}");
    }
    // fzero/fsrc2 leave %fsr alone.
    r.cpu.fsr = 0x1f;
    r.run(&[vis(0x60, 6, 0, 0)]);
    assert_eq!(r.cpu.fsr, 0x1f);
}

#[test]
fn vis_partitioned_arithmetic_and_compares() {
    let mut r = Rig::new();
    r.set_d(2, 0x0001_7fff_ffff_8000);
    r.set_d(4, 0x0001_0001_0001_ffff);
    r.run(&[vis(0x50, 6, 2, 4), vis(0x52, 8, 2, 4), vis(0x54, 10, 2, 4)]);
    assert_eq!(r.d(6), 0x0002_8000_0000_7fff);
    assert_eq!(r.d(8), 0x0002_8000_0001_7fff);
    assert_eq!(r.d(10), 0x0000_7ffe_fffe_8001);
    // fcmpgt16: signed lanes, bit i for lane i from the least significant.
    r.run(&[vis(0x28, 11, 2, 4), vis(0x2a, 12, 4, 4)]);
    assert_eq!(r.cpu.reg(11), 0b0100);
    assert_eq!(r.cpu.reg(12), 0b1111);
    // fexpand, fpmerge.
    r.set_s(5, 0x1122_33ff);
    r.set_s(3, 0xaabb_ccdd);
    r.run(&[vis(0x4d, 6, 0, 5), vis(0x4b, 8, 3, 5)]);
    assert_eq!(r.d(6), 0x0110_0220_0330_0ff0);
    assert_eq!(r.d(8), 0xaa11_bb22_cc33_ddff);
    // pdist accumulates sum |a_i - b_i| into rd.
    r.set_d(2, 0x0000_0000_0000_00ff);
    r.set_d(4, 0x0100_0000_0000_0001);
    r.set_d(6, 10);
    r.run(&[vis(0x3e, 6, 2, 4)]);
    assert_eq!(r.d(6), 10 + 1 + 254);
}

#[test]
fn vis_edge_masks_and_condition_codes() {
    let mut r = Rig::new();
    r.cpu.set_reg(9, 0x1003);
    r.cpu.set_reg(10, 0x1005);
    // edge8cc %o1, %o2, %o3 ; edge8 same block: bytes 3..5 -> 0x1c.
    r.run(&[0x97b2_400a]);
    assert_eq!(r.cpu.reg(11), 0x1c);
    // Different blocks: only the left mask.
    r.cpu.set_reg(10, 0x1010);
    r.run(&[0x97b2_400a, 0x8740_8000]); // edge8cc ; rd %ccr, %g3
    assert_eq!(r.cpu.reg(11), 0x1f);
    // icc/xcc of 0x1003 - 0x1010: negative, borrow.
    assert_eq!(r.cpu.g[3], 0x99);
}

/// edge32: one mask bit per word; a span starting in the second word of
/// its block keeps only that word (QEMU 7.2 indexes its table by addr & 4
/// and answers 0 there). The cc forms' flags survive the block's end.
#[test]
fn vis_edge32_second_word_and_flags_after_the_block() {
    let mut r = Rig::new();
    // (rs1, rs2, edge32, edge32l)
    for (a, b, big, little) in [
        (0x1004u64, 0x1007u64, 0b01, 0b10),
        (0x1000, 0x1004, 0b11, 0b11),
        (0x1000, 0x1003, 0b10, 0b01),
        (0x1004, 0x1010, 0b01, 0b10),
        (0x1000, 0x1010, 0b11, 0b11),
    ] {
        r.cpu.set_reg(9, a);
        r.cpu.set_reg(10, b);
        r.run(&[vis(0x09, 11, 9, 10), vis(0x0b, 12, 9, 10)]);
        assert_eq!((r.cpu.reg(11), r.cpu.reg(12)), (big, little), "edge32(l)n {a:#x} {b:#x}");
    }
    // edge16cc at the end of a block, then the flags read in the next one.
    r.cpu.set_reg(9, 5);
    r.cpu.set_reg(10, 5);
    r.run(&[0x8580_20ff]); // wr %g0, 0xff, %ccr
    r.run(&[vis(0x04, 11, 9, 10)]);
    r.run(&[0x8740_8000]); // rd %ccr, %g3
    assert_eq!(r.cpu.g[3], 0x44, "Z in icc and xcc after edge16cc");
}

/// A trap-enabled IEEE exception ends the block with `Exit::FpException`:
/// the destination and aexc are unchanged, cexc names the exception, ftt is
/// IEEE_754_exception, and `exit_arg` is Linux's si_code.
#[test]
fn enabled_ieee_exceptions_trap_with_linux_si_codes() {
    let ftt = 1 << 14;
    let cases: [(u32, u64, u64, u64, u64, u64); 5] = [
        // (op, a, b, TEM, cexc, si_code)
        (FDIVD, b64(1.0), 0, DZ, DZ, 3),
        (FDIVD, 0, 0, NV, NV, 7),
        (FMULD, b64(f64::MAX), b64(2.0), OF, OF | NX, 4),
        (FDIVD, b64(1.0), b64(3.0), NX, NX, 6),
        (FMULD, b64(f64::MIN_POSITIVE), b64(0.3), UF, UF | NX, 5),
    ];
    for (op, a, b, tem, cexc, code) in cases {
        let mut r = Rig::new();
        r.set_d(0, a);
        r.set_d(2, b);
        r.set_d(4, 0x1234);
        r.cpu.fsr = tem << TEM_SHIFT | exc(0) | OF << 5;
        assert_eq!(r.run(&[fpop1(op, 4, 0, 2)]), Exit::FpException, "op {op:#x}");
        assert_eq!(r.d(4), 0x1234);
        assert_eq!(r.cpu.fsr, tem << TEM_SHIFT | OF << 5 | ftt | cexc);
        assert_eq!((r.cpu.exit_arg, r.cpu.pc), (code, 0x1000));
    }
    // Not enabled: no trap, flags accumulate.
    let mut r = Rig::new();
    r.set_d(0, b64(1.0));
    r.cpu.fsr = NX << TEM_SHIFT;
    assert_eq!(r.run(&[fpop1(FDIVD, 4, 0, 2)]), Exit::Normal);
    assert_eq!(r.cpu.fsr, NX << TEM_SHIFT | exc(DZ));
    // With UFM set, an exact tiny result underflows too (V9 5.1.7.6).
    r.set_d(0, b64(f64::MIN_POSITIVE));
    r.set_d(2, b64(0.5));
    r.cpu.fsr = UF << TEM_SHIFT;
    assert_eq!(r.run(&[fpop1(FMULD, 4, 0, 2)]), Exit::FpException);
    assert_eq!(r.cpu.fsr & 0x1f, UF);
    // An invalid fcmpe traps before touching fcc.
    r.set_d(2, 0x7ff8_0000_0000_0000);
    r.cpu.fsr = NV << TEM_SHIFT;
    assert_eq!(r.run(&[fcmp(FCMPED, 0, 0, 2)]), Exit::FpException);
    assert_eq!(r.cpu.fsr, NV << TEM_SHIFT | ftt | NV);
}

/// Format-3 memory instruction `op3` with an immediate ASI: [rs1 + rs2] asi.
fn mem_asi(op3: u32, rd: u32, rs1: u32, asi: u32, rs2: u32) -> u32 {
    3 << 30 | rd << 25 | op3 << 19 | rs1 << 14 | asi << 5 | rs2
}

/// Format-3 memory instruction with i = 1: [rs1 + simm13] %asi.
fn mem_dyn(op3: u32, rd: u32, rs1: u32, simm: i32) -> u32 {
    3 << 30 | rd << 25 | op3 << 19 | rs1 << 14 | 1 << 13 | (simm as u32 & 0x1fff)
}

const LDFA: u32 = 0x30;
const LDDFA: u32 = 0x33;
const LDQFA: u32 = 0x32;
const STFA: u32 = 0x34;
const STDFA: u32 = 0x37;

/// VIS partial stores (stda %fd, [rs1] rs2, ASI_PST*): QEMU 7.2 raises
/// illegal_instruction for them, so the expected bytes follow the
/// UltraSPARC I/II User's Manual 13.5.3: mask bit i enables element i from
/// the register's least significant end; an L ASI stores the doubleword
/// little-endian.
#[test]
fn vis_partial_stores_follow_the_manual() {
    let mut r = Rig::new();
    r.set_d(0, 0x0102_0304_0506_0708);
    r.cpu.g[1] = 0x800;
    let cases: [(u32, u64, [u8; 8]); 8] = [
        (0xc0, 0x81, [1, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 8]),
        (0xc1, 0xff, [1, 2, 3, 4, 5, 6, 7, 8]),
        (0xc0, 0x100, [0x11; 8]),
        (0xc2, 0x6, [0x11, 0x11, 3, 4, 5, 6, 0x11, 0x11]),
        (0xc4, 0x1, [0x11, 0x11, 0x11, 0x11, 5, 6, 7, 8]),
        (0xc8, 0x01, [8, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11]),
        (0xcb, 0x8, [0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 2, 1]),
        (0xcc, 0x2, [0x11, 0x11, 0x11, 0x11, 4, 3, 2, 1]),
    ];
    for (asi, mask, want) in cases {
        r.mem[0x800..0x808].copy_from_slice(&[0x11; 8]);
        r.cpu.g[2] = mask;
        assert_eq!(r.run(&[mem_asi(STDFA, 0, 1, asi, 2)]), Exit::Normal, "asi {asi:#x}");
        assert_eq!(r.mem[0x800..0x808], want, "asi {asi:#x} mask {mask:#x}");
        assert_eq!(r.mem[0x808], 0, "asi {asi:#x}: wrote past the doubleword");
    }
    // The address is rs1 alone and must be 8-byte aligned.
    r.cpu.g[1] = 0x804;
    assert_eq!(r.run(&[mem_asi(STDFA, 0, 1, 0xc0, 2)]), Exit::Unaligned);
    // Through %asi (i = 1) there is no mask register: illegal.
    r.cpu.g[1] = 0x800;
    r.cpu.asi = 0xc0;
    assert_eq!(r.run(&[mem_dyn(STDFA, 0, 1, 0)]), Exit::Illegal);
    // A partial-store ASI on a load or a single-precision store is refused.
    assert_eq!(r.run(&[mem_asi(LDDFA, 0, 1, 0xc0, 0)]), Exit::Privileged);
    assert_eq!(r.run(&[mem_asi(STFA, 0, 1, 0xc0, 0)]), Exit::Privileged);
}

/// ASI_FL8/FL16 short loads and stores, with an immediate ASI and through
/// %asi, big- and little-endian (QEMU 7.2: a zero-extended byte or
/// halfword in the whole double register).
#[test]
fn vis_short_loads_and_stores_with_immediate_asi_and_through_asi() {
    let mut r = Rig::new();
    r.mem[0x800..0x808].copy_from_slice(&[0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88]);
    r.cpu.g[1] = 0x800;
    r.cpu.g[2] = 2;
    // (asi, result of ldda [%g1 + %g2] asi, %d2)
    for (asi, want) in [(0xd0u32, 0x83u64), (0xd1, 0x83), (0xd8, 0x83), (0xd2, 0x8384), (0xd3, 0x8384), (0xda, 0x8483), (0xdb, 0x8483)] {
        r.set_d(2, u64::MAX);
        r.run(&[mem_asi(LDDFA, 2, 1, asi, 2)]);
        assert_eq!(r.d(2), want, "immediate asi {asi:#x}");
        r.set_d(34, u64::MAX);
        r.cpu.asi = asi as u64;
        r.run(&[mem_dyn(LDDFA, 3, 1, 2)]); // %d34 is encoded as 3
        assert_eq!(r.d(34), want, "%asi {asi:#x}");
    }
    r.set_d(4, 0xffff_ffff_ffff_a1b2);
    r.cpu.asi = 0xda;
    r.run(&[mem_dyn(STDFA, 4, 1, 4)]);
    assert_eq!(r.mem[0x803..0x807], [0x84, 0xb2, 0xa1, 0x87]);
    r.run(&[mem_asi(STDFA, 4, 1, 0xd0, 0)]);
    assert_eq!(r.mem[0x800], 0xb2);
    r.run(&[mem_asi(STDFA, 4, 1, 0xd2, 2)]);
    assert_eq!(r.mem[0x802..0x804], [0xa1, 0xb2]);
    // A halfword must be aligned.
    r.cpu.g[2] = 1;
    assert_eq!(r.run(&[mem_asi(LDDFA, 2, 1, 0xd2, 2)]), Exit::Unaligned);
    // Short ASIs are for lddfa/stdfa only (QEMU 7.2: illegal_instruction).
    assert_eq!(r.run(&[mem_asi(LDFA, 2, 1, 0xd0, 2)]), Exit::Illegal);
    r.cpu.asi = 0xd0;
    assert_eq!(r.run(&[mem_dyn(LDFA, 2, 1, 0)]), Exit::Illegal);
}

/// The user ASIs of ldfa/lddfa/ldqfa/stfa/stdfa through %asi: primary,
/// secondary and no-fault (big-endian), and their little-endian forms.
#[test]
fn fp_alternate_space_through_asi_register() {
    let mut r = Rig::new();
    for i in 0..16 {
        r.mem[0x800 + i] = 0x10 + i as u8;
    }
    r.cpu.g[1] = 0x800;
    for asi in [0x80u64, 0x81, 0x82, 0x83, 0x88, 0x89, 0x8a, 0x8b] {
        let big = asi & 8 == 0;
        r.cpu.asi = asi;
        r.run(&[mem_dyn(LDFA, 5, 1, 4), mem_dyn(LDDFA, 6, 1, 8), mem_dyn(LDQFA, 8, 1, 0)]);
        let w = u32::from_be_bytes(r.mem[0x804..0x808].try_into().unwrap());
        let d = u64::from_be_bytes(r.mem[0x808..0x810].try_into().unwrap());
        let d0 = u64::from_be_bytes(r.mem[0x800..0x808].try_into().unwrap());
        let (w, d, d0) = if big { (w, d, d0) } else { (w.swap_bytes(), d.swap_bytes(), d0.swap_bytes()) };
        assert_eq!((r.s(5), r.d(6)), (w, d), "asi {asi:#x}");
        assert_eq!((r.d(8), r.d(10)), (d0, d), "ldqfa asi {asi:#x}");
    }
    // Stores round-trip in each byte order.
    for asi in [0x80u64, 0x88] {
        r.cpu.asi = asi;
        r.set_d(6, 0x0102_0304_0506_0708);
        r.run(&[mem_dyn(STDFA, 6, 1, 0x100), mem_dyn(LDDFA, 12, 1, 0x100), mem_dyn(STFA, 13, 1, 0x108)]);
        assert_eq!(r.d(12), 0x0102_0304_0506_0708);
        let first = if asi == 0x80 { 1 } else { 8 };
        assert_eq!(r.mem[0x900], first);
        assert_eq!(u32::from_be_bytes(r.mem[0x908..0x90c].try_into().unwrap()), if asi == 0x80 { 0x0506_0708 } else { 0x0807_0605 });
    }
    // A supervisor ASI is refused.
    r.cpu.asi = 0x14;
    assert_eq!(r.run(&[mem_dyn(LDDFA, 6, 1, 0)]), Exit::Privileged);
}

/// IMPDEP2 (op3 0x37): the FMA instructions later CPUs put there are not
/// V9/VIS 1/VIS 2 (SPARC64 VI, OSA 2011), so this CPU raises
/// illegal_instruction (the runtime delivers SIGILL, ILL_ILLOPC) and leaves
/// the registers alone. So do reserved IMPDEP1 (VIS) opfs.
#[test]
fn impdep2_fma_and_reserved_vis_opfs_are_illegal() {
    let mut r = Rig::new();
    r.set_d(6, 0x1234);
    // fmaddd %f0, %f2, %f4, %f6 (FMAf encoding: rs3 in bits 13:9, op5 in 8:5).
    let fmaddd = 2 << 30 | 6 << 25 | 0x37 << 19 | 4 << 9 | 2 << 5 | 2;
    assert_eq!(r.run(&[fmaddd]), Exit::Illegal);
    assert_eq!(r.cpu.exit_arg, fmaddd as u64);
    assert_eq!(r.d(6), 0x1234);
    assert_eq!(r.cpu.pc, 0x1000);
    // IMPDEP1 opf 0x13c (fpadd64, VIS 3) is not VIS 1/2.
    assert_eq!(r.run(&[vis(0x13c, 6, 0, 2)]), Exit::Illegal);
}

/// Two FPops in a row in one block: the first one's cexc is overwritten by
/// the second, so the lifter skips it (and, with aexc.nx already set, the
/// first one's inexact test). The block must leave exactly what the two
/// ops run as separate blocks leave, for every aexc/cexc start, operands
/// exact and inexact, and also with a trap enabled (the exact helper).
#[test]
fn adjacent_fpops_match_separate_ones() {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let firsts = [FADDD, FSUBD, FMULD, FDIVD, FMULS, FADDS, FSQRTD];
    let seconds = [FADDD, FSUBD, FMULD, FDIVD, FSQRTD, FDTOS, FITOD, FSTOD, 0x05];
    let mut r = Rig::new();
    for i in 0..3000 {
        let op1 = firsts[i % firsts.len()];
        let op2 = seconds[(i / firsts.len()) % seconds.len()];
        let mut gen = || {
            let v = next();
            match v % 3 {
                // Small integers: exact sums and products.
                0 => b64((1 + next() % 63) as f64),
                1 => v & !(0x7ff << 52) | ((1023 - 30 + next() % 60) << 52),
                _ => v & !(0x7ff << 52) | ((1 + next() % 0x7fd) << 52),
            }
        };
        let (a, b, c) = (gen(), gen(), gen());
        let fsr0 = match next() % 4 {
            0 => 0,
            1 => exc(NX),
            2 => (next() & 0x3ff) | (next() % 4) << 10,
            _ => (DZ << TEM_SHIFT) | (next() & 0x3ff),
        };
        let single = op1 == FMULS || op1 == FADDS;
        let w1 = if single { fpop1s(op1, 5, 1, 3) } else { fpop1(op1, 4, 0, 2) };
        let w2 = match op2 {
            // Singles in and out: %f5 (the first op's single result).
            FITOD | FSTOD => fpop1s(op2, 8, 0, 5),
            0x05 => fpop1s(op2, 9, 0, 5),
            FDTOS => fpop1s(op2, 9, 0, 4),
            _ => fpop1(op2, 8, 4, 6),
        };
        let mut res = [(0u64, [0u64; 8]); 2];
        for k in 0..2 {
            r.cpu.f = [0; 32];
            r.set_d(0, a);
            r.set_d(2, b);
            r.set_d(6, c);
            if single {
                r.set_s(1, (a >> 32) as u32);
                r.set_s(3, (b >> 32) as u32);
            }
            r.cpu.fsr = fsr0;
            if k == 0 {
                assert_eq!(r.run(&[w1, w2]), Exit::Normal);
            } else {
                assert_eq!(r.run(&[w1]), Exit::Normal);
                assert_eq!(r.run(&[w2]), Exit::Normal);
            }
            let mut f = [0u64; 8];
            f.copy_from_slice(&r.cpu.f[..8]);
            res[k] = (r.cpu.fsr, f);
        }
        assert_eq!(res[0], res[1], "op1 {op1:#x} op2 {op2:#x} a {a:#x} b {b:#x} c {c:#x} fsr {fsr0:#x}");
    }
}
