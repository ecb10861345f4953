//! SPARC instruction decoder: total over all 2^32 words.
//!
//! Every word maps to exactly one [`Op`]; words that are not SPARC V9 (or are
//! reserved) map to [`Op::Illegal`]. Operand fields are read straight from the
//! word through the accessors on [`Insn`], so the disassembler and the lifter
//! share one decoded form. Encodings: The SPARC Architecture Manual, Version 9,
//! Appendix E (opcode maps), and Chapter A (instruction definitions).

/// Which SPARC flavour the word is decoded for. V8 (sparc32) rejects the V9-only
/// encodings; V8+ and V9 accept the full V9 set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flavor {
    V8,
    V8Plus,
    V9,
}

/// One decoded operation. Operand fields live in the instruction word; see
/// [`Insn`]'s accessors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    /// Not a valid instruction (reserved opcode or field): raises illegal_instruction.
    Illegal,

    // ---- op = 0: branches and sethi (A.3 .. A.7, A.48)
    /// `illtrap const22` (V8 `unimp`).
    Illtrap,
    /// `sethi %hi(imm22 << 10), rd`; `nop` when rd = 0 and imm22 = 0.
    Sethi,
    /// Branch on integer condition codes (icc), disp22.
    Bicc,
    /// Branch on integer condition codes with prediction (icc or xcc), disp19.
    BPcc,
    /// Branch on the contents of an integer register, disp16.
    BPr,
    /// Branch on floating-point condition codes (fcc0), disp22.
    FBfcc,
    /// Branch on floating-point condition codes with prediction, disp19.
    FBPfcc,

    // ---- op = 1
    Call,

    // ---- op = 2: arithmetic, logical, shifts, control (A.2 etc.)
    Add,
    And,
    Or,
    Xor,
    Sub,
    Andn,
    Orn,
    Xnor,
    Addc,
    Mulx,
    Umul,
    Smul,
    Subc,
    Udivx,
    Udiv,
    Sdiv,
    Addcc,
    Andcc,
    Orcc,
    Xorcc,
    Subcc,
    Andncc,
    Orncc,
    Xnorcc,
    Addccc,
    Umulcc,
    Smulcc,
    Subccc,
    Udivcc,
    Sdivcc,
    Taddcc,
    Tsubcc,
    Taddcctv,
    Tsubcctv,
    Mulscc,
    Sll,
    Srl,
    Sra,
    Sllx,
    Srlx,
    Srax,
    /// `rd %asr, rd` (rs1 names the state register: 0 %y, 2 %ccr, 3 %asi,
    /// 4 %tick, 5 %pc, 6 %fprs, 19 %gsr ...).
    Rdasr,
    Membar,
    Stbar,
    /// Privileged: decodes (objdump shows it) but traps in user mode.
    Rdpr,
    Flushw,
    Movcc,
    Sdivx,
    Popc,
    Movr,
    /// `wr rs1, reg_or_imm, %asr` (rd names the state register).
    Wrasr,
    /// Privileged.
    Saved,
    /// Privileged.
    Restored,
    /// Privileged.
    Wrpr,
    /// Floating-point operate, op3 = 0x34 (opf in bits 13:5).
    Fpop1,
    /// Floating-point compare and conditional moves, op3 = 0x35.
    Fpop2,
    /// VIS (op3 = 0x36).
    Impdep1,
    Impdep2,
    Jmpl,
    Return,
    Tcc,
    Flush,
    Save,
    Restore,
    /// Privileged.
    Done,
    /// Privileged.
    Retry,

    // ---- op = 3: loads and stores
    /// Integer load: `size` bytes (1, 2, 4, 8), sign-extended if `signed`,
    /// from an alternate space if `alt`.
    Load { size: u8, signed: bool, alt: bool },
    /// Integer store of `size` bytes.
    Store { size: u8, alt: bool },
    /// Load doubleword into an even/odd register pair (V9: ldtw).
    Ldd { alt: bool },
    /// Store an even/odd register pair (V9: sttw).
    Std { alt: bool },
    Ldstub { alt: bool },
    Swap { alt: bool },
    /// Compare and swap, 32-bit (`casa`) or 64-bit (`casxa`).
    Cas { x: bool },
    Prefetch { alt: bool },
    /// FP load: `size` 4 (ldf), 8 (lddf) or 16 (ldqf).
    Ldf { size: u8, alt: bool },
    Stf { size: u8, alt: bool },
    /// `ld [..], %fsr` (rd = 0) or `ldx [..], %fsr` (rd = 1).
    Ldfsr { x: bool },
    Stfsr { x: bool },
}

/// A decoded instruction: the word plus its operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Insn {
    pub word: u32,
    pub op: Op,
}

#[inline]
fn bits(w: u32, hi: u32, lo: u32) -> u32 {
    (w >> lo) & ((1u32 << (hi - lo + 1)) - 1)
}

#[inline]
fn sext(v: u32, width: u32) -> i64 {
    let s = 64 - width;
    ((v as u64) << s) as i64 >> s
}

impl Insn {
    pub fn op_field(&self) -> u32 {
        self.word >> 30
    }
    pub fn op2(&self) -> u32 {
        bits(self.word, 24, 22)
    }
    pub fn op3(&self) -> u32 {
        bits(self.word, 24, 19)
    }
    pub fn rd(&self) -> u32 {
        bits(self.word, 29, 25)
    }
    pub fn rs1(&self) -> u32 {
        bits(self.word, 18, 14)
    }
    pub fn rs2(&self) -> u32 {
        bits(self.word, 4, 0)
    }
    /// The `i` bit: second operand is an immediate.
    pub fn i(&self) -> bool {
        self.word & (1 << 13) != 0
    }
    /// Sign-extended 13-bit immediate.
    pub fn simm13(&self) -> i64 {
        sext(bits(self.word, 12, 0), 13)
    }
    pub fn simm11(&self) -> i64 {
        sext(bits(self.word, 10, 0), 11)
    }
    pub fn simm10(&self) -> i64 {
        sext(bits(self.word, 9, 0), 10)
    }
    pub fn imm22(&self) -> u32 {
        bits(self.word, 21, 0)
    }
    /// The annul bit of a branch.
    pub fn annul(&self) -> bool {
        self.word & (1 << 29) != 0
    }
    /// Branch condition, bits 28:25 (Bicc, BPcc, FBfcc, Tcc).
    pub fn cond(&self) -> u32 {
        bits(self.word, 28, 25)
    }
    /// Register-condition of BPr (bits 27:25) .
    pub fn rcond_bpr(&self) -> u32 {
        bits(self.word, 27, 25)
    }
    /// Register-condition of MOVr (bits 12:10).
    pub fn rcond_movr(&self) -> u32 {
        bits(self.word, 12, 10)
    }
    /// Prediction bit of BPcc/BPr/FBPfcc.
    pub fn predict(&self) -> bool {
        self.word & (1 << 19) != 0
    }
    /// cc1:cc0 of BPcc/FBPfcc (bits 21:20).
    pub fn bpcc_cc(&self) -> u32 {
        bits(self.word, 21, 20)
    }
    /// An integer operation that only writes rd from registers and
    /// immediates: reads no condition codes or other state, writes no
    /// flags, cannot trap (sethi, add, and, or, xor, sub, andn, orn, xnor,
    /// mulx, the shifts, popc).
    pub fn is_plain_alu(&self) -> bool {
        matches!(
            self.op,
            Op::Sethi
                | Op::Add
                | Op::And
                | Op::Or
                | Op::Xor
                | Op::Sub
                | Op::Andn
                | Op::Orn
                | Op::Xnor
                | Op::Mulx
                | Op::Sll
                | Op::Srl
                | Op::Sra
                | Op::Sllx
                | Op::Srlx
                | Op::Srax
                | Op::Popc
        )
    }
    /// As [`Insn::is_plain_alu`], also writing the integer condition codes
    /// from its result (addcc, andcc, orcc, xorcc, subcc, andncc, orncc,
    /// xnorcc): they read no flags.
    pub fn is_cc_alu(&self) -> bool {
        matches!(self.op, Op::Addcc | Op::Andcc | Op::Orcc | Op::Xorcc | Op::Subcc | Op::Andncc | Op::Orncc | Op::Xnorcc)
    }
    /// Does it touch %fsr or the FP registers: FPops, IMPDEP1/2 (VIS), FP
    /// loads and stores (also %fsr), branches on %fcc, MOVcc on %fcc
    /// (cc2 = 0, A.35)?
    pub fn is_fp(&self) -> bool {
        match self.op {
            Op::Fpop1
            | Op::Fpop2
            | Op::Impdep1
            | Op::Impdep2
            | Op::Ldf { .. }
            | Op::Stf { .. }
            | Op::Ldfsr { .. }
            | Op::Stfsr { .. }
            | Op::FBfcc
            | Op::FBPfcc => true,
            Op::Movcc => self.movcc_cc() & 4 == 0,
            _ => false,
        }
    }
    /// cc2:cc1:cc0 of MOVcc / FMOVcc (bit 18, bits 12:11).
    pub fn movcc_cc(&self) -> u32 {
        (bits(self.word, 18, 18) << 2) | bits(self.word, 12, 11)
    }
    /// Condition of MOVcc (bits 17:14).
    pub fn movcc_cond(&self) -> u32 {
        bits(self.word, 17, 14)
    }
    /// cc1:cc0 of Tcc (bits 12:11): 0 icc, 2 xcc.
    pub fn tcc_cc(&self) -> u32 {
        bits(self.word, 12, 11)
    }
    /// Software trap number immediate of Tcc (V9: 7 bits; V8 allows 13).
    pub fn trap_imm(&self) -> u32 {
        bits(self.word, 6, 0)
    }
    /// The `x` bit of shifts (bit 12): 64-bit shift count.
    pub fn shift_x(&self) -> bool {
        self.word & (1 << 12) != 0
    }
    /// Immediate shift count (6 bits for sllx/srlx/srax, 5 otherwise).
    pub fn shcnt(&self) -> u32 {
        if self.shift_x() {
            bits(self.word, 5, 0)
        } else {
            bits(self.word, 4, 0)
        }
    }
    /// Immediate ASI of alternate-space memory ops (bits 12:5), when i = 0.
    pub fn imm_asi(&self) -> u32 {
        bits(self.word, 12, 5)
    }
    /// opf field of FPop and IMPDEP (bits 13:5).
    pub fn opf(&self) -> u32 {
        bits(self.word, 13, 5)
    }
    /// Byte displacement of a Bicc / FBfcc / Call relative to this instruction.
    pub fn disp22(&self) -> i64 {
        sext(bits(self.word, 21, 0), 22) * 4
    }
    pub fn disp19(&self) -> i64 {
        sext(bits(self.word, 18, 0), 19) * 4
    }
    pub fn disp16(&self) -> i64 {
        sext((bits(self.word, 21, 20) << 14) | bits(self.word, 13, 0), 16) * 4
    }
    pub fn disp30(&self) -> i64 {
        sext(bits(self.word, 29, 0), 30) * 4
    }
    /// membar masks: mmask (bits 3:0) and cmask (bits 6:4).
    pub fn membar_mask(&self) -> u32 {
        bits(self.word, 6, 0)
    }

    /// Is this a control-transfer instruction (one with a delay slot, or a trap
    /// that ends a block)?
    pub fn is_cti(&self) -> bool {
        matches!(
            self.op,
            Op::Bicc | Op::BPcc | Op::BPr | Op::FBfcc | Op::FBPfcc | Op::Call | Op::Jmpl | Op::Return
        )
    }
}

/// Decode one instruction word.
pub fn decode(word: u32, flavor: Flavor) -> Insn {
    let op = decode_op(word, flavor);
    Insn { word, op }
}

fn decode_op(w: u32, flavor: Flavor) -> Op {
    let v9 = flavor != Flavor::V8;
    match w >> 30 {
        0 => match bits(w, 24, 22) {
            0 => Op::Illtrap,
            1 if v9 => {
                // cc field 01 and 11 are reserved for BPcc.
                if bits(w, 21, 20) & 1 != 0 {
                    Op::Illegal
                } else {
                    Op::BPcc
                }
            }
            2 => Op::Bicc,
            3 if v9 => {
                // Bit 28 must be 0; rcond 000 and 100 are reserved.
                if bits(w, 28, 28) != 0 || bits(w, 26, 25) == 0 {
                    Op::Illegal
                } else {
                    Op::BPr
                }
            }
            4 => Op::Sethi,
            5 if v9 => Op::FBPfcc,
            6 => Op::FBfcc,
            _ => Op::Illegal,
        },
        1 => Op::Call,
        2 => decode_arith(w, v9),
        _ => decode_mem(w, v9),
    }
}

fn decode_arith(w: u32, v9: bool) -> Op {
    let op3 = bits(w, 24, 19);
    let i = w & (1 << 13) != 0;
    // With i = 0, bits 12:5 are reserved (ignored by hardware and by qemu): we
    // accept them, as qemu does, for the register-register ALU forms.
    let v9_only = |op: Op| if v9 { op } else { Op::Illegal };
    match op3 {
        0x00 => Op::Add,
        0x01 => Op::And,
        0x02 => Op::Or,
        0x03 => Op::Xor,
        0x04 => Op::Sub,
        0x05 => Op::Andn,
        0x06 => Op::Orn,
        0x07 => Op::Xnor,
        0x08 => Op::Addc,
        0x09 => v9_only(Op::Mulx),
        0x0a => Op::Umul,
        0x0b => Op::Smul,
        0x0c => Op::Subc,
        0x0d => v9_only(Op::Udivx),
        0x0e => Op::Udiv,
        0x0f => Op::Sdiv,
        0x10 => Op::Addcc,
        0x11 => Op::Andcc,
        0x12 => Op::Orcc,
        0x13 => Op::Xorcc,
        0x14 => Op::Subcc,
        0x15 => Op::Andncc,
        0x16 => Op::Orncc,
        0x17 => Op::Xnorcc,
        0x18 => Op::Addccc,
        0x1a => Op::Umulcc,
        0x1b => Op::Smulcc,
        0x1c => Op::Subccc,
        0x1e => Op::Udivcc,
        0x1f => Op::Sdivcc,
        0x20 => Op::Taddcc,
        0x21 => Op::Tsubcc,
        0x22 => Op::Taddcctv,
        0x23 => Op::Tsubcctv,
        0x24 => Op::Mulscc,
        0x25 | 0x26 | 0x27 => {
            let x = w & (1 << 12) != 0;
            if x && !v9 {
                return Op::Illegal;
            }
            match (op3, x) {
                (0x25, false) => Op::Sll,
                (0x26, false) => Op::Srl,
                (0x27, false) => Op::Sra,
                (0x25, true) => Op::Sllx,
                (0x26, true) => Op::Srlx,
                _ => Op::Srax,
            }
        }
        0x28 => {
            let rs1 = bits(w, 18, 14);
            let rd = bits(w, 29, 25);
            if rs1 == 15 && rd == 0 {
                if i {
                    if v9 {
                        Op::Membar
                    } else {
                        Op::Illegal
                    }
                } else {
                    Op::Stbar
                }
            } else if rs1 == 1 || (7..=14).contains(&rs1) {
                // rs1 = 1 and 7..14 are reserved (rs1 = 15 with rd != 0 too).
                Op::Illegal
            } else if rs1 == 15 {
                Op::Illegal
            } else if !v9 && rs1 != 0 {
                // V8: only %y (rs1=0) among user state registers; %asr16..31
                // are implementation-dependent.
                if rs1 >= 16 {
                    Op::Rdasr
                } else {
                    Op::Illegal
                }
            } else {
                Op::Rdasr
            }
        }
        0x29 | 0x2a => {
            if v9 && op3 == 0x2a {
                Op::Rdpr
            } else {
                // V8 rdpsr/rdwim are privileged; 0x29 is rdpsr in V8, reserved in V9.
                Op::Illegal
            }
        }
        0x2b => {
            if v9 && i == false && bits(w, 29, 25) == 0 && bits(w, 18, 14) == 0 {
                Op::Flushw
            } else {
                Op::Illegal
            }
        }
        0x2c => {
            if !v9 {
                return Op::Illegal;
            }
            // cc2 = 1 selects icc (cc1:cc0 = 00) / xcc (10); cc2 = 0 selects fcc0..3.
            let cc = (bits(w, 18, 18) << 2) | bits(w, 12, 11);
            if cc == 5 || cc == 7 {
                Op::Illegal
            } else {
                Op::Movcc
            }
        }
        0x2d => v9_only(Op::Sdivx),
        0x2e => {
            if v9 && bits(w, 18, 14) == 0 {
                Op::Popc
            } else {
                Op::Illegal
            }
        }
        0x2f => {
            let rc = bits(w, 12, 10);
            if v9 && rc & 3 != 0 {
                Op::Movr
            } else {
                Op::Illegal
            }
        }
        0x30 => {
            let rd = bits(w, 29, 25);
            if v9 && (rd == 1 || (7..=14).contains(&rd)) {
                Op::Illegal
            } else if v9 && rd == 15 {
                // sir: privileged-ish (software-initiated reset); traps in user mode.
                Op::Illegal
            } else if !v9 && rd != 0 && rd < 16 {
                Op::Illegal
            } else {
                Op::Wrasr
            }
        }
        0x31 => {
            if !v9 {
                return Op::Illegal;
            }
            match bits(w, 29, 25) {
                0 => Op::Saved,
                1 => Op::Restored,
                _ => Op::Illegal,
            }
        }
        0x32 => v9_only(Op::Wrpr),
        0x34 => Op::Fpop1,
        0x35 => Op::Fpop2,
        0x36 => v9_only(Op::Impdep1),
        0x37 => v9_only(Op::Impdep2),
        0x38 => Op::Jmpl,
        0x39 => {
            if v9 {
                Op::Return
            } else {
                // V8 rett: privileged.
                Op::Illegal
            }
        }
        0x3a => {
            // V9: cc field 01/11 reserved.
            if v9 && bits(w, 11, 11) != 0 {
                Op::Illegal
            } else {
                Op::Tcc
            }
        }
        0x3b => Op::Flush,
        0x3c => Op::Save,
        0x3d => Op::Restore,
        0x3e => {
            if !v9 {
                return Op::Illegal;
            }
            match bits(w, 29, 25) {
                0 => Op::Done,
                1 => Op::Retry,
                _ => Op::Illegal,
            }
        }
        _ => Op::Illegal,
    }
}

fn decode_mem(w: u32, v9: bool) -> Op {
    let op3 = bits(w, 24, 19);
    let alt = op3 & 0x10 != 0;
    let v9_only = |op: Op| if v9 { op } else { Op::Illegal };
    match op3 {
        0x00 | 0x10 => Op::Load { size: 4, signed: false, alt },
        0x01 | 0x11 => Op::Load { size: 1, signed: false, alt },
        0x02 | 0x12 => Op::Load { size: 2, signed: false, alt },
        0x03 | 0x13 => {
            // rd must be even.
            if bits(w, 25, 25) != 0 {
                Op::Illegal
            } else {
                Op::Ldd { alt }
            }
        }
        0x04 | 0x14 => Op::Store { size: 4, alt },
        0x05 | 0x15 => Op::Store { size: 1, alt },
        0x06 | 0x16 => Op::Store { size: 2, alt },
        0x07 | 0x17 => {
            if bits(w, 25, 25) != 0 {
                Op::Illegal
            } else {
                Op::Std { alt }
            }
        }
        0x08 | 0x18 => v9_only(Op::Load { size: 4, signed: true, alt }),
        0x09 | 0x19 => Op::Load { size: 1, signed: true, alt },
        0x0a | 0x1a => Op::Load { size: 2, signed: true, alt },
        0x0b | 0x1b => v9_only(Op::Load { size: 8, signed: false, alt }),
        0x0d | 0x1d => Op::Ldstub { alt },
        0x0e | 0x1e => v9_only(Op::Store { size: 8, alt }),
        0x0f | 0x1f => Op::Swap { alt },
        0x20 => Op::Ldf { size: 4, alt: false },
        0x21 => match bits(w, 29, 25) {
            0 => Op::Ldfsr { x: false },
            1 if v9 => Op::Ldfsr { x: true },
            _ => Op::Illegal,
        },
        0x22 => v9_only(Op::Ldf { size: 16, alt: false }),
        0x23 => Op::Ldf { size: 8, alt: false },
        0x24 => Op::Stf { size: 4, alt: false },
        0x25 => match bits(w, 29, 25) {
            0 => Op::Stfsr { x: false },
            1 if v9 => Op::Stfsr { x: true },
            _ => Op::Illegal,
        },
        0x26 => v9_only(Op::Stf { size: 16, alt: false }),
        0x27 => Op::Stf { size: 8, alt: false },
        0x2d => v9_only(Op::Prefetch { alt: false }),
        0x30 => v9_only(Op::Ldf { size: 4, alt: true }),
        0x32 => v9_only(Op::Ldf { size: 16, alt: true }),
        0x33 => v9_only(Op::Ldf { size: 8, alt: true }),
        0x34 => v9_only(Op::Stf { size: 4, alt: true }),
        0x36 => v9_only(Op::Stf { size: 16, alt: true }),
        0x37 => v9_only(Op::Stf { size: 8, alt: true }),
        0x3c => v9_only(Op::Cas { x: false }),
        0x3d => v9_only(Op::Prefetch { alt: true }),
        0x3e => v9_only(Op::Cas { x: true }),
        _ => Op::Illegal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoder_is_total_on_a_sample_of_words() {
        // Every word decodes without panicking; a strided sweep of the space.
        let mut w: u32 = 0;
        loop {
            let _ = decode(w, Flavor::V9);
            let _ = decode(w, Flavor::V8);
            let (n, o) = w.overflowing_add(0x0001_0003);
            if o {
                break;
            }
            w = n;
        }
    }

    #[test]
    fn decodes_common_words() {
        assert_eq!(decode(0x0100_0000, Flavor::V9).op, Op::Sethi); // nop
        assert_eq!(decode(0x9de3_bf50, Flavor::V9).op, Op::Save);
        assert_eq!(decode(0x81c3_e008, Flavor::V9).op, Op::Jmpl); // retl
        assert_eq!(decode(0x91d0_206d, Flavor::V9).op, Op::Tcc); // ta 0x6d
        assert_eq!(decode(0xd45b_a7ff, Flavor::V9).op, Op::Load { size: 8, signed: false, alt: false });
        assert_eq!(decode(0x8143_e009, Flavor::V9).op, Op::Membar);
        assert_eq!(decode(0x0000_0000, Flavor::V9).op, Op::Illtrap);
    }
}
