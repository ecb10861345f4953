//! Floating point and VIS: FPop1/FPop2, FP loads and stores, %fsr, FBfcc
//! conditions, FMOVcc, %gsr.
//!
//! Not executed yet: every FP instruction leaves the block with
//! `Exit::FpUnimplemented` (the runtime turns it into SIGILL, logged).

use super::*;

impl Lifter<'_, '_> {
    /// Lift an FP or VIS instruction (or MOVcc on %fccN). Returns false when
    /// the block ended.
    pub(super) fn lift_fp(&mut self, insn: Insn, pc: u64) -> bool {
        let w = self.k(insn.word as u64);
        self.exit_with_arg(Exit::FpUnimplemented, w, pc);
        false
    }

    /// The FBfcc condition `cond` on %fcc`fcc`, as an i8 boolean; None when
    /// the block ended instead.
    pub(super) fn fcc_cond(&mut self, _cond: u32, _fcc: u32, pc: u64) -> Option<Value> {
        let w = self.k(0);
        self.exit_with_arg(Exit::FpUnimplemented, w, pc);
        None
    }

    /// `rd %gsr`: None when not available (illegal instruction).
    pub(super) fn read_gsr(&mut self) -> Option<Value> {
        None
    }

    /// `wr %gsr`: false when not available (illegal instruction).
    pub(super) fn write_gsr(&mut self, _v: Value) -> bool {
        false
    }
}
