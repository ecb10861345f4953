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
    /// fzero/fzeros/fone/fones (IMPDEP1 opf 0x60, 0x61, 0x7e, 0x7f).
    /// Returns None if `insn` is not one of them.
    pub(super) fn lift_vis_fill(&mut self, insn: &Insn) -> Option<bool> {
        let (single, ones) = match insn.opf() {
            0x60 => (false, false),
            0x61 => (true, false),
            0x7e => (false, true),
            0x7f => (true, true),
            _ => return None,
        };
        let rd = insn.rd();
        if single {
            // %f(rd) is the high (even rd) or low (odd rd) word of f[rd / 2].
            let off = dreg_off(rd / 2);
            let old = self.b.ins().load(I64, cpu_flags(), self.cpu, off);
            let keep_mask: i64 = if rd & 1 == 0 { 0xffff_ffff } else { !0xffff_ffff };
            let kept = self.b.ins().band_imm_s(old, keep_mask);
            let new = if ones { self.b.ins().bor_imm_s(kept, !keep_mask) } else { kept };
            self.b.ins().store(cpu_flags(), new, self.cpu, off);
        } else {
            let v = self.k(if ones { u64::MAX } else { 0 });
            self.b.ins().store(cpu_flags(), v, self.cpu, dreg_off(dreg_index(rd)));
        }
        self.fprs_dirty(dreg_index(rd));
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
