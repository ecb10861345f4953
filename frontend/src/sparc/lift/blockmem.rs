//! The VIS pieces that glibc's baseline (UltraSPARC) sparc64 string routines
//! use even without VIS in AT_HWCAP: `fzero`/`fone` and the 64-byte block
//! loads and stores through ASI_BLK_* (UltraSPARC User's Manual 13.5.3;
//! glibc sysdeps/sparc/sparc64/memset.S), and `ldda`/`stda` of FP registers
//! with the ASI in %asi, which may name a block ASI or an ordinary one.

use super::*;

/// Offset of double register `idx` (0..31: %d0, %d2 ... %d62) in the CPU.
pub(super) fn dreg_off(idx: u32) -> i32 {
    (offset_of!(SparcCpu, f) + 8 * idx as usize) as i32
}

/// The register number of a double-precision operand field: bit 0 of the
/// field is bit 5 of the register number (V9 5.1.4.1). Returns the index in
/// `SparcCpu::f`.
pub(super) fn dreg_index(field: u32) -> u32 {
    ((field & 0x1e) | ((field & 1) << 5)) / 2
}

impl Lifter<'_, '_> {
    /// Read single register %f(r) (the high word of f[r/2] for even r).
    fn sreg(&mut self, r: u32) -> Value {
        let d = self.b.ins().load(I64, cpu_flags(), self.cpu, dreg_off(r / 2));
        if r & 1 == 0 {
            self.b.ins().ushr_imm_s(d, 32)
        } else {
            self.b.ins().band_imm_s(d, 0xffff_ffff)
        }
    }

    fn set_sreg(&mut self, r: u32, v: Value) {
        let off = dreg_off(r / 2);
        let d = self.b.ins().load(I64, cpu_flags(), self.cpu, off);
        let v = self.b.ins().band_imm_s(v, 0xffff_ffff);
        let new = if r & 1 == 0 {
            let lo = self.b.ins().band_imm_s(d, 0xffff_ffff);
            let hi = self.b.ins().ishl_imm_s(v, 32);
            self.b.ins().bor(hi, lo)
        } else {
            let hi = self.b.ins().band_imm_s(d, !0xffff_ffff_i64);
            self.b.ins().bor(hi, v)
        };
        self.b.ins().store(cpu_flags(), new, self.cpu, off);
        self.fprs_dirty(r / 2);
    }

    fn dreg(&mut self, field: u32) -> Value {
        self.b.ins().load(I64, cpu_flags(), self.cpu, dreg_off(dreg_index(field)))
    }

    fn set_dreg(&mut self, field: u32, v: Value) {
        self.b.ins().store(cpu_flags(), v, self.cpu, dreg_off(dreg_index(field)));
        self.fprs_dirty(dreg_index(field));
    }

    /// The VIS 1 operations glibc's baseline string routines use: the 32
    /// logical operations (IMPDEP1 opf 0x60..0x7f), alignaddr[l] and
    /// faligndata (UltraSPARC User's Manual 13.5). Returns None for other
    /// opf values.
    pub(super) fn lift_vis_base(&mut self, insn: &Insn) -> Option<bool> {
        let opf = insn.opf();
        let (rd, rs1, rs2) = (insn.rd(), insn.rs1(), insn.rs2());
        match opf {
            0x60..=0x7f => {
                let single = opf & 1 == 1;
                let (a, b) = if single { (self.sreg(rs1), self.sreg(rs2)) } else { (self.dreg(rs1), self.dreg(rs2)) };
                let r = match opf & !1 {
                    0x60 => self.k(0),
                    0x62 => {
                        let o = self.b.ins().bor(a, b);
                        self.b.ins().bnot(o)
                    }
                    0x64 => self.b.ins().band_not(a, b),
                    0x66 => self.b.ins().bnot(b),
                    0x68 => self.b.ins().band_not(b, a),
                    0x6a => self.b.ins().bnot(a),
                    0x6c => self.b.ins().bxor(a, b),
                    0x6e => {
                        let o = self.b.ins().band(a, b);
                        self.b.ins().bnot(o)
                    }
                    0x70 => self.b.ins().band(a, b),
                    0x72 => {
                        let o = self.b.ins().bxor(a, b);
                        self.b.ins().bnot(o)
                    }
                    0x74 => a,
                    0x76 => self.b.ins().bor_not(a, b),
                    0x78 => b,
                    0x7a => self.b.ins().bor_not(b, a),
                    0x7c => self.b.ins().bor(a, b),
                    _ => self.k(u64::MAX),
                };
                if single {
                    self.set_sreg(rd, r);
                } else {
                    self.set_dreg(rd, r);
                }
            }
            0x18 | 0x1a => {
                // alignaddr / alignaddrl: integer operands, integer result.
                let a = self.get(rs1);
                let b = self.get(rs2);
                let sum = self.b.ins().iadd(a, b);
                let al = if opf == 0x1a { self.b.ins().ineg(sum) } else { sum };
                let al = self.b.ins().band_imm_s(al, 7);
                let off = offset_of!(SparcCpu, gsr) as i32;
                let g = self.b.ins().load(I64, cpu_flags(), self.cpu, off);
                let g = self.b.ins().band_imm_s(g, !7);
                let g = self.b.ins().bor(g, al);
                self.b.ins().store(cpu_flags(), g, self.cpu, off);
                let r = self.b.ins().band_imm_s(sum, !7);
                self.set(rd, r);
            }
            0x48 => {
                // faligndata: bytes align..align+7 of rs1:rs2.
                let a = self.dreg(rs1);
                let b = self.dreg(rs2);
                let g = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, gsr) as i32);
                let al = self.b.ins().band_imm_s(g, 7);
                let sh = self.b.ins().ishl_imm_s(al, 3);
                let hi = self.b.ins().ishl(a, sh);
                // b >> (64 - sh), which must give 0 when sh = 0.
                let b1 = self.b.ins().ushr_imm_s(b, 1);
                let c63 = self.k(63);
                let inv = self.b.ins().isub(c63, sh);
                let lo = self.b.ins().ushr(b1, inv);
                let r = self.b.ins().bor(hi, lo);
                self.set_dreg(rd, r);
            }
            _ => return None,
        }
        Some(true)
    }

    /// Mark the FP register half holding double `idx` dirty in %fprs (DL/DU).
    fn fprs_dirty(&mut self, idx: u32) {
        let bit = if idx < 16 { 2 } else { 4 };
        let off = offset_of!(SparcCpu, fprs) as i32;
        let f = self.b.ins().load(I64, cpu_flags(), self.cpu, off);
        let f = self.b.ins().bor_imm_s(f, bit);
        self.b.ins().store(cpu_flags(), f, self.cpu, off);
    }

    /// `ldda`/`stda` of FP registers (Ldf/Stf size 8, alternate space) when
    /// the ASI is a block ASI or is taken from %asi. Returns None to let the
    /// ordinary FP path handle a static, non-block ASI.
    pub(super) fn lift_fp_alt_mem(&mut self, insn: &Insn, pc: u64) -> Option<bool> {
        let store = match insn.op {
            Op::Ldf { size: 8, alt: true } => false,
            Op::Stf { size: 8, alt: true } => true,
            _ => return None,
        };
        let idx = dreg_index(insn.rd());
        if !insn.i() {
            let asi = insn.imm_asi();
            if !is_block_asi(asi) {
                return None;
            }
            let ea = self.ea(insn);
            return Some(self.block_transfer(ea, idx, store, asi & 8 == 0, pc));
        }
        // ASI from %asi: decide at run time.
        let ea = self.ea(insn);
        let asi = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, asi) as i32);
        let m = self.b.ins().band_imm_s(asi, !0x19);
        let is_blk = self.b.ins().icmp_imm_s(IntCC::Equal, m, 0xe0);
        let little = self.b.ins().band_imm_s(asi, 8);
        let little = self.b.ins().icmp_imm_s(IntCC::NotEqual, little, 0);
        let blk = self.b.create_block();
        let one = self.b.create_block();
        let join = self.b.create_block();
        self.b.ins().brif(is_blk, blk, &[], one, &[]);
        self.b.seal_block(blk);
        self.b.seal_block(one);
        // Block path (big-endian unless the L bit of the ASI is set).
        self.b.switch_to_block(blk);
        let host = self.host_addr(ea, 64, pc);
        for k in 0..8u32 {
            self.transfer_dreg(host, 8 * k as i32, (idx + k) & 31, store, Some(little));
        }
        self.b.ins().jump(join, &[]);
        // One register through an ordinary user ASI.
        self.b.switch_to_block(one);
        let mm = self.b.ins().band_imm_s(asi, !0x0b_i64);
        let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, mm, 0x80);
        let w = self.k(insn.word as u64);
        self.trap_if(bad, Exit::Privileged, w, pc);
        let host = self.host_addr(ea, 8, pc);
        self.transfer_dreg(host, 0, idx, store, Some(little));
        self.b.ins().jump(join, &[]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        if !store {
            self.fprs_dirty(idx);
        }
        Some(true)
    }

    fn block_transfer(&mut self, ea: Value, idx: u32, store: bool, big: bool, pc: u64) -> bool {
        let host = self.host_addr(ea, 64, pc);
        for k in 0..8u32 {
            let little = self.b.ins().iconst(I8, if big { 0 } else { 1 });
            self.transfer_dreg(host, 8 * k as i32, (idx + k) & 31, store, Some(little));
        }
        if !store {
            self.fprs_dirty(idx);
        }
        true
    }

    /// Move double register `idx` to or from guest memory at host + off,
    /// byte-swapped unless `little` is true at run time.
    fn transfer_dreg(&mut self, host: Value, off: i32, idx: u32, store: bool, little: Option<Value>) {
        let f = MemFlagsData::new();
        let roff = dreg_off(idx);
        if store {
            let v = self.b.ins().load(I64, cpu_flags(), self.cpu, roff);
            let s = self.b.ins().bswap(v);
            let v = match little {
                Some(l) => self.b.ins().select(l, v, s),
                None => s,
            };
            self.b.ins().store(f, v, host, off);
        } else {
            let v = self.b.ins().load(I64, f, host, off);
            let s = self.b.ins().bswap(v);
            let v = match little {
                Some(l) => self.b.ins().select(l, v, s),
                None => s,
            };
            self.b.ins().store(cpu_flags(), v, self.cpu, roff);
        }
    }
}

/// ASI_BLK_AIUP.. are privileged; the user block ASIs are BLK_P/S (0xf0,
/// 0xf1), their little-endian twins (0xf8, 0xf9) and the commit forms
/// (0xe0, 0xe1).
fn is_block_asi(asi: u32) -> bool {
    matches!(asi, 0xe0 | 0xe1 | 0xf0 | 0xf1 | 0xf8 | 0xf9)
}
