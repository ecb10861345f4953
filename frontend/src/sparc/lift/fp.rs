//! Floating point and VIS: FPop1/FPop2, FP loads and stores, %fsr, FBfcc
//! conditions, FMOVcc, %gsr.
//!
//! FP registers are not cached in variables: every access loads or stores
//! `cpu.f` (single %f(2n) is the high half of `f[n]`, %f(2n+1) the low
//! half), so the exact helper in [`soft`] sees the same state.
//!
//! Arithmetic has two paths. The fast one runs the host's SSE operation and
//! proves cheaply that the result needs no SPARC-specific treatment: %fsr has
//! round-to-nearest and no trap enabled, the result is finite and far from
//! the subnormal range (so neither overflow nor underflow happened, and no
//! NaN is involved), and then inexact is computed exactly from the rounding
//! error (TwoSum for add/sub, an FMA residual for mul/div/sqrt). Everything
//! else calls [`soft::fpop`], which executes the instruction exactly (SPARC
//! NaNs, rounding directions, cexc/aexc, trap-enabled exceptions, quads).

mod soft;

use super::*;
use cranelift_codegen::ir::condcodes::FloatCC;
use cranelift_codegen::ir::types::{F32, F64};
use cranelift_codegen::ir::Type;
use soft::{FSR_CEXC, FSR_FTT, FSR_RD, FSR_TEM};

/// How a block leaves for a trap-enabled IEEE exception (SIGFPE); the
/// helper leaves the si_code in `cpu.exit_arg`.
const FP_TRAP_EXIT: Exit = Exit::FpUnimplemented;

/// Index in `cpu.f` of the double register encoded as `r` (V9 5.1.4.1:
/// bit 0 of the field is bit 5 of the register number).
fn d_idx(r: u32) -> usize {
    (((r & 1) << 4) | (r >> 1)) as usize
}

/// Index in `cpu.f` of the high half of the quad register encoded as `r`
/// (bit 1 of the field is ignored, as QEMU does).
fn q_idx(r: u32) -> usize {
    (((r & 1) << 4) | ((r & 0x1c) >> 1)) as usize
}

fn f_off(idx: usize) -> i32 {
    (offset_of!(SparcCpu, f) + 8 * idx) as i32
}

/// Byte offset of single register %f`r`: the high (even) or low (odd) half
/// of a little-endian host u64.
fn s_off(r: u32) -> i32 {
    f_off((r >> 1) as usize) + if r & 1 == 0 { 4 } else { 0 }
}

/// The FBfcc conditions as masks over the fcc value (bit 0 E, 1 L, 2 G,
/// 3 U), V9 Table 7 (A.4).
const FCC_MASK: [u64; 16] = [0, 14, 6, 10, 2, 12, 4, 8, 15, 1, 9, 5, 13, 3, 11, 7];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ar {
    Add,
    Sub,
    Mul,
    Div,
    Sqrt,
}

/// Does the host have FMA (the fast path's exact residuals need it)? The
/// JIT targets the host's features, so Cranelift emits `vfmadd` then.
fn have_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::is_x86_feature_detected!("fma")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

impl Lifter<'_, '_> {
    /// Lift an FP or VIS instruction (or MOVcc on %fccN). Returns false when
    /// the block ended.
    pub(super) fn lift_fp(&mut self, insn: Insn, pc: u64) -> bool {
        match insn.op {
            Op::Fpop1 => self.fpop1(insn, pc),
            Op::Fpop2 => self.fpop2(insn, pc),
            Op::Movcc => {
                // MOVcc on %fccN (cc2 = 0).
                let c = self.fcc_test(insn.movcc_cond(), insn.movcc_cc() & 3);
                let o = if insn.i() { self.k(insn.simm11() as u64) } else { self.get(insn.rs2()) };
                let old = self.get(insn.rd());
                let r = self.b.ins().select(c, o, old);
                self.set(insn.rd(), r);
                true
            }
            Op::Ldf { size, alt } => self.ldf(insn, size, alt, pc),
            Op::Stf { size, alt } => self.stf(insn, size, alt, pc),
            Op::Ldfsr { x } => {
                let ea = self.ea(&insn);
                let host = self.host_addr(ea, if x { 8 } else { 4 }, pc);
                let old = self.fsr();
                // QEMU's FSR_LDFSR_MASK / FSR_LDXFSR_MASK: ver, ftt (and
                // for ldfsr fcc1..3) keep their old values.
                let (new, keep_new, keep_old) = if x {
                    let v = self.b.ins().load(I64, MemFlagsData::new(), host, 0);
                    (self.b.ins().bswap(v), 0x3f_cfc0_0fff_i64, 0xf_c000_i64)
                } else {
                    let v = self.b.ins().load(I32, MemFlagsData::new(), host, 0);
                    let v = self.b.ins().bswap(v);
                    (self.b.ins().uextend(I64, v), 0xcfc0_0fff_i64, 0x3f_000f_c000_i64)
                };
                let n = self.b.ins().band_imm_s(new, keep_new);
                let o = self.b.ins().band_imm_s(old, keep_old);
                let f = self.b.ins().bor(n, o);
                self.set_fsr(f);
                true
            }
            Op::Stfsr { x } => {
                let ea = self.ea(&insn);
                let host = self.host_addr(ea, if x { 8 } else { 4 }, pc);
                let f = self.fsr();
                let v = if x { f } else { self.b.ins().ireduce(I32, f) };
                let v = self.b.ins().bswap(v);
                self.b.ins().store(MemFlagsData::new(), v, host, 0);
                true
            }
            _ => {
                // VIS (IMPDEP1/2): not yet.
                let w = self.k(insn.word as u64);
                self.exit_with_arg(Exit::FpUnimplemented, w, pc);
                false
            }
        }
    }

    /// The FBfcc condition `cond` on %fcc`fcc`, as an i8 boolean; None when
    /// the block ended instead.
    pub(super) fn fcc_cond(&mut self, cond: u32, fcc: u32, _pc: u64) -> Option<Value> {
        Some(self.fcc_test(cond, fcc))
    }

    /// `rd %gsr`: None when not available (illegal instruction).
    pub(super) fn read_gsr(&mut self) -> Option<Value> {
        if self.cfg.flavor == Flavor::V8 {
            return None;
        }
        Some(self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, gsr) as i32))
    }

    /// `wr %gsr`: false when not available (illegal instruction).
    pub(super) fn write_gsr(&mut self, v: Value) -> bool {
        if self.cfg.flavor == Flavor::V8 {
            return false;
        }
        self.b.ins().store(cpu_flags(), v, self.cpu, offset_of!(SparcCpu, gsr) as i32);
        true
    }

    // ------------------------------------------------------------ state

    fn fsr(&mut self) -> Value {
        self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, fsr) as i32)
    }

    fn set_fsr(&mut self, v: Value) {
        self.b.ins().store(cpu_flags(), v, self.cpu, offset_of!(SparcCpu, fsr) as i32);
    }

    /// An FPop without exceptions: cexc and ftt cleared (QEMU clears them
    /// before every FPop; V9 5.1.7.9).
    fn fpop_no_exc(&mut self) {
        let f = self.fsr();
        let f = self.b.ins().band_imm_s(f, !(FSR_CEXC | FSR_FTT) as i64);
        self.set_fsr(f);
    }

    /// %fsr after an FPop whose only exception is `nx` (i64 0/1): cexc = nx,
    /// aexc |= nx, ftt cleared.
    fn fpop_nx(&mut self, fsr: Value, nx: Value) {
        let f = self.b.ins().band_imm_s(fsr, !(FSR_CEXC | FSR_FTT) as i64);
        let a = self.b.ins().ishl_imm_s(nx, 5);
        let e = self.b.ins().bor(nx, a);
        let f = self.b.ins().bor(f, e);
        self.set_fsr(f);
    }

    /// Set %fprs.DL or DU for a write to `f[idx]`, once per block (V9 5.2.10).
    fn fp_dirty(&mut self, idx: usize) {
        let bit = if idx < 16 { 1 } else { 2 };
        if self.fprs_dirty & bit != 0 {
            return;
        }
        self.fprs_dirty |= bit;
        let off = offset_of!(SparcCpu, fprs) as i32;
        let v = self.b.ins().load(I64, cpu_flags(), self.cpu, off);
        let v = self.b.ins().bor_imm_s(v, bit as i64);
        self.b.ins().store(cpu_flags(), v, self.cpu, off);
    }

    /// Load single register %f`r` as `ty` (I32 or F32).
    fn ld_s(&mut self, r: u32, ty: Type) -> Value {
        self.b.ins().load(ty, cpu_flags(), self.cpu, s_off(r))
    }

    fn st_s(&mut self, r: u32, v: Value) {
        self.b.ins().store(cpu_flags(), v, self.cpu, s_off(r));
    }

    /// Load the double register encoded as `r` as `ty` (I64 or F64).
    fn ld_d(&mut self, r: u32, ty: Type) -> Value {
        self.b.ins().load(ty, cpu_flags(), self.cpu, f_off(d_idx(r)))
    }

    fn st_d(&mut self, r: u32, v: Value) {
        self.b.ins().store(cpu_flags(), v, self.cpu, f_off(d_idx(r)));
    }

    /// Load an operand of `ty` (F32: single register, F64: double).
    fn ld_f(&mut self, r: u32, ty: Type) -> Value {
        if ty == F32 {
            self.ld_s(r, F32)
        } else {
            self.ld_d(r, F64)
        }
    }

    fn st_f(&mut self, r: u32, v: Value, ty: Type) {
        if ty == F32 {
            self.st_s(r, v)
        } else {
            self.st_d(r, v)
        }
    }

    /// Mark the destination of a single (`ty` F32/I32) or double write dirty.
    fn dirty_dst(&mut self, r: u32, single: bool) {
        let idx = if single { (r >> 1) as usize } else { d_idx(r) };
        self.fp_dirty(idx);
    }

    /// %fccN as a two-bit i64.
    fn fcc_val(&mut self, n: u32) -> Value {
        let f = self.fsr();
        let s = self.b.ins().ushr_imm_s(f, soft::fcc_shift(n) as i64);
        self.b.ins().band_imm_s(s, 3)
    }

    /// FBfcc / FMOVcc / MOVcc condition `cond` on %fcc`n` (an i8 boolean).
    fn fcc_test(&mut self, cond: u32, n: u32) -> Value {
        match cond & 15 {
            0 => return self.b.ins().iconst(I8, 0),
            8 => return self.b.ins().iconst(I8, 1),
            _ => {}
        }
        let v = self.fcc_val(n);
        let m = self.k(FCC_MASK[(cond & 15) as usize]);
        let s = self.b.ins().ushr(m, v);
        let t = self.b.ins().band_imm_s(s, 1);
        self.b.ins().icmp_imm_s(IntCC::NotEqual, t, 0)
    }

    fn fp_illegal(&mut self, insn: &Insn, pc: u64) -> bool {
        let w = self.k(insn.word as u64);
        self.exit_with_arg(Exit::Illegal, w, pc);
        false
    }

    fn v9(&self) -> bool {
        self.cfg.flavor != Flavor::V8
    }

    // ------------------------------------------------------- the exact path

    /// Call the exact helper for this FPop; a trap-enabled exception leaves
    /// the block.
    fn call_exact(&mut self, word: u32, pc: u64) {
        let mut sig = Signature::new(CallConv::SystemV);
        sig.params.push(AbiParam::new(I64));
        sig.params.push(AbiParam::new(I64));
        sig.returns.push(AbiParam::new(I64));
        let sigref = self.b.import_signature(sig);
        let f = self.k(soft::fpop as *const () as usize as u64);
        let w = self.k(word as u64);
        let call = self.b.ins().call_indirect(sigref, f, &[self.cpu, w]);
        let r = self.b.inst_results(call)[0];
        let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let arg = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, exit_arg) as i32);
        self.trap_if(bad, FP_TRAP_EXIT, arg, pc);
    }

    /// If `ok`, run `fast` (which stores the result and %fsr); otherwise the
    /// exact helper. Values `fast` uses must be defined before.
    fn fast_or_exact(&mut self, ok: Value, word: u32, pc: u64, fast: impl FnOnce(&mut Self)) {
        let fast_b = self.b.create_block();
        let slow_b = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow_b);
        self.b.ins().brif(ok, fast_b, &[], slow_b, &[]);
        self.b.seal_block(fast_b);
        self.b.seal_block(slow_b);
        self.b.switch_to_block(slow_b);
        self.call_exact(word, pc);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(fast_b);
        fast(self);
        self.b.ins().jump(join, &[]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
    }

    /// %fsr selects round-to-nearest and enables no trap (an i8 boolean).
    fn default_mode(&mut self, fsr: Value) -> Value {
        let m = self.b.ins().band_imm_s(fsr, (FSR_RD | FSR_TEM) as i64);
        self.b.ins().icmp_imm_s(IntCC::Equal, m, 0)
    }

    fn fconst(&mut self, ty: Type, v: f64) -> Value {
        if ty == F32 {
            self.b.ins().f32const(v as f32)
        } else {
            self.b.ins().f64const(v)
        }
    }

    // ------------------------------------------------------------ FPop1

    fn fpop1(&mut self, insn: Insn, pc: u64) -> bool {
        let opf = insn.opf();
        let (rd, rs2) = (insn.rd(), insn.rs2());
        let v9_only = matches!(opf, 0x02 | 0x03 | 0x06 | 0x07 | 0x0a | 0x0b | 0x81..=0x8c);
        if v9_only && !self.v9() {
            return self.fp_illegal(&insn, pc);
        }
        match opf {
            // fmov, fneg, fabs: bit operations on the sign (V9 A.12).
            0x01 | 0x05 | 0x09 => {
                let v = self.ld_s(rs2, I32);
                let v = self.sign_op(opf, v, 0x8000_0000);
                self.dirty_dst(rd, true);
                self.st_s(rd, v);
                self.fpop_no_exc();
            }
            0x02 | 0x06 | 0x0a => {
                let v = self.ld_d(rs2, I64);
                let v = self.sign_op(opf, v, i64::MIN);
                self.dirty_dst(rd, false);
                self.st_d(rd, v);
                self.fpop_no_exc();
            }
            0x03 | 0x07 | 0x0b => {
                let (si, di) = (q_idx(rs2), q_idx(rd));
                let hi = self.b.ins().load(I64, cpu_flags(), self.cpu, f_off(si));
                let lo = self.b.ins().load(I64, cpu_flags(), self.cpu, f_off(si + 1));
                let hi = self.sign_op(opf, hi, i64::MIN);
                self.fp_dirty(di);
                self.b.ins().store(cpu_flags(), hi, self.cpu, f_off(di));
                self.b.ins().store(cpu_flags(), lo, self.cpu, f_off(di + 1));
                self.fpop_no_exc();
            }
            0x41 | 0x45 | 0x49 | 0x4d | 0x42 | 0x46 | 0x4a | 0x4e => {
                let ar = match (opf >> 2) & 3 {
                    0 => Ar::Add,
                    1 => Ar::Sub,
                    2 => Ar::Mul,
                    _ => Ar::Div,
                };
                let ty = if opf & 3 == 1 { F32 } else { F64 };
                self.arith(ar, ty, &insn, pc);
            }
            0x29 => self.arith(Ar::Sqrt, F32, &insn, pc),
            0x2a => self.arith(Ar::Sqrt, F64, &insn, pc),
            0x69 => {
                // fsmuld: exact unless a NaN comes out.
                let a = self.ld_s(insn.rs1(), F32);
                let b = self.ld_s(rs2, F32);
                let a = self.b.ins().fpromote(F64, a);
                let b = self.b.ins().fpromote(F64, b);
                let r = self.b.ins().fmul(a, b);
                let ok = self.b.ins().fcmp(FloatCC::Ordered, r, r);
                self.dirty_dst(rd, false);
                self.fast_or_exact(ok, insn.word, pc, |l| {
                    l.st_d(rd, r);
                    l.fpop_no_exc();
                });
            }
            0x81 | 0x82 | 0xd1 | 0xd2 => self.to_int(&insn, pc),
            0x84 | 0x88 | 0xc4 | 0xc8 => self.from_int(&insn, pc),
            0xc9 => {
                // fstod: exact unless NaN.
                let a = self.ld_s(rs2, F32);
                let ok = self.b.ins().fcmp(FloatCC::Ordered, a, a);
                self.dirty_dst(rd, false);
                self.fast_or_exact(ok, insn.word, pc, |l| {
                    let r = l.b.ins().fpromote(F64, a);
                    l.st_d(rd, r);
                    l.fpop_no_exc();
                });
            }
            0xc6 => {
                // fdtos: inexact, overflow, underflow possible.
                let fsr = self.fsr();
                let a = self.ld_d(rs2, F64);
                let r = self.b.ins().fdemote(F32, a);
                let mode = self.default_mode(fsr);
                let ar = self.b.ins().fabs(r);
                let inf = self.fconst(F32, f64::INFINITY);
                let min = self.fconst(F32, f32::MIN_POSITIVE as f64);
                let fin = self.b.ins().fcmp(FloatCC::LessThan, ar, inf);
                let big = self.b.ins().fcmp(FloatCC::GreaterThan, ar, min);
                let normal = self.b.ins().band(fin, big);
                let zero = self.fconst(F64, 0.0);
                let z = self.b.ins().fcmp(FloatCC::Equal, a, zero);
                let ok = self.b.ins().bor(normal, z);
                let ok = self.b.ins().band(ok, mode);
                self.dirty_dst(rd, true);
                self.fast_or_exact(ok, insn.word, pc, |l| {
                    let back = l.b.ins().fpromote(F64, r);
                    let nx = l.b.ins().fcmp(FloatCC::NotEqual, back, a);
                    let nx = l.b.ins().uextend(I64, nx);
                    l.st_s(rd, r);
                    l.fpop_nx(fsr, nx);
                });
            }
            // Quad arithmetic and conversions: always exact in the helper.
            0x43 | 0x47 | 0x4b | 0x4f | 0x2b | 0x6e | 0x83 | 0x8c | 0xc7 | 0xcb | 0xcc | 0xcd | 0xce
            | 0xd3 => {
                let idx = match opf {
                    0xc7 | 0xd3 => (rd >> 1) as usize,
                    0xcb | 0x83 => d_idx(rd),
                    _ => q_idx(rd),
                };
                self.fp_dirty(idx);
                self.call_exact(insn.word, pc);
            }
            _ => return self.fp_illegal(&insn, pc),
        }
        true
    }

    /// fmov / fneg / fabs on the word holding the sign bit `sign`.
    fn sign_op(&mut self, opf: u32, v: Value, sign: i64) -> Value {
        match opf & 0x0c {
            0x04 => self.b.ins().bxor_imm_s(v, sign),
            0x08 => self.b.ins().band_imm_s(v, !sign),
            _ => v,
        }
    }

    /// fadd/fsub/fmul/fdiv/fsqrt, single (F32) or double (F64).
    fn arith(&mut self, ar: Ar, ty: Type, insn: &Insn, pc: u64) {
        let (rd, rs1, rs2) = (insn.rd(), insn.rs1(), insn.rs2());
        self.dirty_dst(rd, ty == F32);
        if matches!(ar, Ar::Mul | Ar::Div | Ar::Sqrt) && !have_fma() {
            self.call_exact(insn.word, pc);
            return;
        }
        let fsr = self.fsr();
        let a = if ar == Ar::Sqrt { None } else { Some(self.ld_f(rs1, ty)) };
        let b = self.ld_f(rs2, ty);
        let r = match (ar, a) {
            (Ar::Add, Some(a)) => self.b.ins().fadd(a, b),
            (Ar::Sub, Some(a)) => self.b.ins().fsub(a, b),
            (Ar::Mul, Some(a)) => self.b.ins().fmul(a, b),
            (Ar::Div, Some(a)) => self.b.ins().fdiv(a, b),
            _ => self.b.ins().sqrt(b),
        };
        // Far from the subnormal range the rounding error of mul/div/sqrt is
        // exactly representable (its quantum is at least 2^(e_r - 2p)), so an
        // FMA computes it exactly: 2^(emin + p + 1).
        let tiny = if ty == F32 { 2f64.powi(-100) } else { 2f64.powi(-968) };
        let mode = self.default_mode(fsr);
        let inf = self.fconst(ty, f64::INFINITY);
        let tinyv = self.fconst(ty, tiny);
        let absr = self.b.ins().fabs(r);
        let fin = self.b.ins().fcmp(FloatCC::LessThan, absr, inf);
        let ok = match ar {
            Ar::Add | Ar::Sub => fin,
            Ar::Mul => {
                let big = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, absr, tinyv);
                self.b.ins().band(fin, big)
            }
            Ar::Div => {
                let big = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, absr, tinyv);
                let aa = self.b.ins().fabs(a.unwrap());
                let abig = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, aa, tinyv);
                let t = self.b.ins().band(fin, big);
                self.b.ins().band(t, abig)
            }
            Ar::Sqrt => {
                let big = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, b, tinyv);
                let bfin = self.b.ins().fcmp(FloatCC::LessThan, b, inf);
                self.b.ins().band(big, bfin)
            }
        };
        let ok = self.b.ins().band(ok, mode);
        self.fast_or_exact(ok, insn.word, pc, |l| {
            let err = match (ar, a) {
                (Ar::Add, Some(a)) => l.two_sum_err(a, b, r),
                (Ar::Sub, Some(a)) => {
                    let nb = l.b.ins().fneg(b);
                    l.two_sum_err(a, nb, r)
                }
                (Ar::Mul, Some(a)) => {
                    let nr = l.b.ins().fneg(r);
                    l.b.ins().fma(a, b, nr)
                }
                (Ar::Div, Some(a)) => {
                    let na = l.b.ins().fneg(a);
                    l.b.ins().fma(r, b, na)
                }
                _ => {
                    let nb = l.b.ins().fneg(b);
                    l.b.ins().fma(r, r, nb)
                }
            };
            let zero = l.fconst(ty, 0.0);
            let nx = l.b.ins().fcmp(FloatCC::NotEqual, err, zero);
            let nx = l.b.ins().uextend(I64, nx);
            l.st_f(rd, r, ty);
            l.fpop_nx(fsr, nx);
        });
    }

    /// The rounding error of r = a + b (Knuth's TwoSum; exact when r is finite).
    fn two_sum_err(&mut self, a: Value, b: Value, r: Value) -> Value {
        let bp = self.b.ins().fsub(r, a);
        let ap = self.b.ins().fsub(r, bp);
        let db = self.b.ins().fsub(b, bp);
        let da = self.b.ins().fsub(a, ap);
        self.b.ins().fadd(da, db)
    }

    /// fstoi / fdtoi / fstox / fdtox: truncation; fast when in range.
    fn to_int(&mut self, insn: &Insn, pc: u64) {
        let opf = insn.opf();
        let (rd, rs2) = (insn.rd(), insn.rs2());
        let ty = if opf & 3 == 1 { F32 } else { F64 };
        let wide = opf & 0xf0 == 0x80;
        let ity = if wide { I64 } else { I32 };
        let fsr = self.fsr();
        let a = self.ld_f(rs2, ty);
        let lim = self.fconst(ty, if wide { 2f64.powi(63) } else { 2f64.powi(31) });
        let aa = self.b.ins().fabs(a);
        let inr = self.b.ins().fcmp(FloatCC::LessThan, aa, lim);
        let mode = self.default_mode(fsr);
        let ok = self.b.ins().band(inr, mode);
        self.dirty_dst(rd, !wide);
        self.fast_or_exact(ok, insn.word, pc, |l| {
            let r = l.b.ins().fcvt_to_sint_sat(ity, a);
            // r is an integer of at most 24 (53) significant bits or equal to
            // a, so converting it back is exact.
            let back = l.b.ins().fcvt_from_sint(ty, r);
            let nx = l.b.ins().fcmp(FloatCC::NotEqual, back, a);
            let nx = l.b.ins().uextend(I64, nx);
            if wide {
                l.st_d(rd, r);
            } else {
                l.st_s(rd, r);
            }
            l.fpop_nx(fsr, nx);
        });
    }

    /// fitos / fitod / fxtos / fxtod: fast when the conversion is exact.
    fn from_int(&mut self, insn: &Insn, pc: u64) {
        let opf = insn.opf();
        let (rd, rs2) = (insn.rd(), insn.rs2());
        let wide = opf & 0xf0 == 0x80;
        let to = if opf & 0x0c == 0x04 { F32 } else { F64 };
        let i = if wide { self.ld_d(rs2, I64) } else { self.ld_s(rs2, I32) };
        let i = if wide { i } else { self.b.ins().sextend(I64, i) };
        // Exact when |i| <= 2^p (p = 24 or 53).
        let p = if to == F32 { 24 } else { 53 };
        let t = self.b.ins().iadd_imm_s(i, 1i64 << p);
        let ok = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, t, 1i64 << (p + 1));
        self.dirty_dst(rd, to == F32);
        self.fast_or_exact(ok, insn.word, pc, |l| {
            let r = l.b.ins().fcvt_from_sint(to, i);
            l.st_f(rd, r, to);
            l.fpop_no_exc();
        });
    }

    // ------------------------------------------------------------ FPop2

    fn fpop2(&mut self, insn: Insn, pc: u64) -> bool {
        let opf = insn.opf();
        let (rd, rs1, rs2) = (insn.rd(), insn.rs1(), insn.rs2());
        match opf {
            0x51 | 0x52 | 0x55 | 0x56 => {
                let n = rd & 3;
                if n != 0 && !self.v9() {
                    return self.fp_illegal(&insn, pc);
                }
                let ty = if opf & 3 == 1 { F32 } else { F64 };
                let fsr = self.fsr();
                let a = self.ld_f(rs1, ty);
                let b = self.ld_f(rs2, ty);
                let ord = self.b.ins().fcmp(FloatCC::Ordered, a, b);
                self.fast_or_exact(ord, insn.word, pc, |l| {
                    let lt = l.b.ins().fcmp(FloatCC::LessThan, a, b);
                    let gt = l.b.ins().fcmp(FloatCC::GreaterThan, a, b);
                    let lt = l.b.ins().uextend(I64, lt);
                    let gt = l.b.ins().uextend(I64, gt);
                    let gt = l.b.ins().ishl_imm_s(gt, 1);
                    let fcc = l.b.ins().bor(lt, gt);
                    let sh = soft::fcc_shift(n) as i64;
                    let fcc = l.b.ins().ishl_imm_s(fcc, sh);
                    let f = l.b.ins().band_imm_s(fsr, !(FSR_CEXC | FSR_FTT | (3 << sh)) as i64);
                    let f = l.b.ins().bor(f, fcc);
                    l.set_fsr(f);
                });
            }
            0x53 | 0x57 => {
                if rd & 3 != 0 && !self.v9() {
                    return self.fp_illegal(&insn, pc);
                }
                self.call_exact(insn.word, pc);
            }
            _ if opf & 0x3f >= 1 && opf & 0x3f <= 3 => {
                // FMOVcc (V9 A.32): opf_cc in opf 8:6, cond in bits 17:14.
                let cc = opf >> 6;
                if !self.v9() || insn.word & (1 << 18) != 0 || cc == 5 || cc == 7 {
                    return self.fp_illegal(&insn, pc);
                }
                let cond = insn.movcc_cond();
                let c = match cc {
                    4 => self.cond(cond, false),
                    6 => self.cond(cond, true),
                    n => self.fcc_test(cond, n),
                };
                self.fmov_if(c, opf & 3, rd, rs2);
            }
            _ if opf & 0x100 == 0 && (5..=7).contains(&(opf & 0x1f)) => {
                // FMOVr (V9 A.33): rcond in opf 7:5.
                let rcond = (opf >> 5) & 7;
                if !self.v9() || rcond & 3 == 0 {
                    return self.fp_illegal(&insn, pc);
                }
                let v = self.get(rs1);
                let c = self.rcond(rcond, v);
                self.fmov_if(c, (opf & 0x1f) - 4, rd, rs2);
            }
            _ => return self.fp_illegal(&insn, pc),
        }
        true
    }

    /// rd <- rs2 if `c`, for size 1 single, 2 double, 3 quad.
    fn fmov_if(&mut self, c: Value, size: u32, rd: u32, rs2: u32) {
        match size {
            1 => {
                let n = self.ld_s(rs2, I32);
                let o = self.ld_s(rd, I32);
                let v = self.b.ins().select(c, n, o);
                self.dirty_dst(rd, true);
                self.st_s(rd, v);
            }
            2 => {
                let n = self.ld_d(rs2, I64);
                let o = self.ld_d(rd, I64);
                let v = self.b.ins().select(c, n, o);
                self.dirty_dst(rd, false);
                self.st_d(rd, v);
            }
            _ => {
                let (si, di) = (q_idx(rs2), q_idx(rd));
                self.fp_dirty(di);
                for k in 0..2 {
                    let n = self.b.ins().load(I64, cpu_flags(), self.cpu, f_off(si + k));
                    let o = self.b.ins().load(I64, cpu_flags(), self.cpu, f_off(di + k));
                    let v = self.b.ins().select(c, n, o);
                    self.b.ins().store(cpu_flags(), v, self.cpu, f_off(di + k));
                }
            }
        }
        self.fpop_no_exc();
    }

    // ------------------------------------------------------ loads, stores

    /// Guest byte order to host for a raw loaded value (and back: a swap).
    fn fp_order(&mut self, v: Value, sel: &AsiSel) -> Value {
        match *sel {
            AsiSel::Static(true) => self.b.ins().bswap(v),
            AsiSel::Static(false) => v,
            AsiSel::Dynamic(little) => {
                let s = self.b.ins().bswap(v);
                self.b.ins().select(little, v, s)
            }
        }
    }

    /// The address and byte order of an FP load/store; None: the block ended.
    /// lddf/stdf need only word alignment: Linux emulates the
    /// LDDF/STDF_mem_address_not_aligned traps, and QEMU accepts them.
    fn fp_access(&mut self, insn: &Insn, alt: bool, pc: u64) -> Option<(Value, AsiSel)> {
        let ea = self.ea(insn);
        let host = self.host_addr(ea, 4, pc);
        let sel = if alt {
            match self.asi_of(insn, pc) {
                Ok(s) => s,
                Err(()) => return None,
            }
        } else {
            AsiSel::Static(true)
        };
        Some((host, sel))
    }

    fn ldf(&mut self, insn: Insn, size: u8, alt: bool, pc: u64) -> bool {
        let Some((host, sel)) = self.fp_access(&insn, alt, pc) else {
            return false;
        };
        let rd = insn.rd();
        let f = MemFlagsData::new();
        match size {
            4 => {
                let v = self.b.ins().load(I32, f, host, 0);
                let v = self.fp_order(v, &sel);
                self.dirty_dst(rd, true);
                self.st_s(rd, v);
            }
            8 => {
                let v = self.b.ins().load(I64, f, host, 0);
                let v = self.fp_order(v, &sel);
                self.dirty_dst(rd, false);
                self.st_d(rd, v);
            }
            _ => {
                // Two doublewords, each in the access's byte order (QEMU).
                let di = q_idx(rd);
                let hi = self.b.ins().load(I64, f, host, 0);
                let lo = self.b.ins().load(I64, f, host, 8);
                let hi = self.fp_order(hi, &sel);
                let lo = self.fp_order(lo, &sel);
                self.fp_dirty(di);
                self.b.ins().store(cpu_flags(), hi, self.cpu, f_off(di));
                self.b.ins().store(cpu_flags(), lo, self.cpu, f_off(di + 1));
            }
        }
        true
    }

    fn stf(&mut self, insn: Insn, size: u8, alt: bool, pc: u64) -> bool {
        let Some((host, sel)) = self.fp_access(&insn, alt, pc) else {
            return false;
        };
        let rd = insn.rd();
        let f = MemFlagsData::new();
        match size {
            4 => {
                let v = self.ld_s(rd, I32);
                let v = self.fp_order(v, &sel);
                self.b.ins().store(f, v, host, 0);
            }
            8 => {
                let v = self.ld_d(rd, I64);
                let v = self.fp_order(v, &sel);
                self.b.ins().store(f, v, host, 0);
            }
            _ => {
                let si = q_idx(rd);
                let hi = self.b.ins().load(I64, cpu_flags(), self.cpu, f_off(si));
                let lo = self.b.ins().load(I64, cpu_flags(), self.cpu, f_off(si + 1));
                let hi = self.fp_order(hi, &sel);
                let lo = self.fp_order(lo, &sel);
                self.b.ins().store(f, hi, host, 0);
                self.b.ins().store(f, lo, host, 8);
            }
        }
        true
    }
}
