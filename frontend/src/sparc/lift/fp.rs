//! Floating point and VIS: FPop1/FPop2, FP loads and stores, %fsr, FBfcc
//! conditions, FMOVcc, %gsr.
//!
//! FP registers (single %f(2n) is the high half of `f[n]`, %f(2n+1) the
//! low half) and %fsr live in Cranelift variables ([`FpKnown`], only in
//! functions with FP code) and are written back to `cpu` at sync points and
//! exits, like the integer registers, so a fault replays in the interpreter
//! from the state of the last sync point (which runs FPops through the same
//! exact helper, [`soft`]). The slow paths call the helper on the written-
//! back state and leave the block after the instruction; the FPops that
//! always take the helper (quads, fcmpq) and VIS call it in place and make
//! every access write the state back instead ([`fp_forces_precise`]).
//!
//! Arithmetic has two paths. The fast one runs the host's SSE operation and
//! proves cheaply that the result needs no SPARC-specific treatment: %fsr has
//! round-to-nearest and no trap enabled, the result is finite and far from
//! the subnormal range (so neither overflow nor underflow happened, and no
//! NaN is involved) or an exact zero (0 * x, 0 / x, sqrt(±0), tested out of
//! line), and then inexact is computed exactly from the rounding error
//! (TwoSum for add/sub, an FMA residual for mul/div/sqrt). Everything
//! else calls [`soft::fpop`], which executes the instruction exactly (SPARC
//! NaNs, rounding directions, cexc/aexc, trap-enabled exceptions, quads).
//! A trap-enabled exception leaves the block with `Exit::FpException`.
//!
//! VIS 1/2 (IMPDEP1) is lifted here too, the wide partitioned operations
//! through [`vis::vis`]; so are the VIS block (64-byte) ASIs of lddfa/stdfa
//! (glibc's memcpy and memset use them), the short ASI_FL8/FL16 ones and
//! the partial stores (ASI_PST*, through [`vis::partial_store`]). IMPDEP2
//! (the later FMA encodings) is illegal_instruction.
//!
//! Where QEMU 7.2 (the reference run) departs from the V9 manual we follow
//! the manual: two NaN operands (QEMU 7.2 uses x87 selection), fstod/fitod/
//! fstoq/fdtoq of a signalling NaN (QEMU raises nv late, at the next FPop),
//! fcmpq on %fcc1..3 (QEMU clears %fsr's low bits), stqf (QEMU stores the
//! high half twice), and in VIS: single-register operands (QEMU reads
//! doubles), fcmp16/32 (QEMU: unsigned), edge masks (QEMU swaps the
//! same-block rule and misindexes edge32), array8 for cube sizes other than
//! 1, bshuffle's byte order, fpsub (QEMU: rs2 - rs1), fmul8x16au/al (QEMU
//! overwrites the multiplier), fmul8ulx16 and fmuld8*x16 (QEMU's shifts and
//! rounding), siam and partial stores (QEMU: illegal). The list with the
//! masks the random differential uses is in guest-images/fpdiff/gen.py.

mod soft;
mod vis;

use super::*;
use cranelift_codegen::ir::condcodes::FloatCC;
use cranelift_codegen::ir::types::{F32, F64};
use cranelift_codegen::ir::{Function, Inst, Type};
use cranelift_frontend::{FunctionBuilder, Variable};
use super::super::cpu::{FSR_PEND_ADDD, FSR_PEND_ADDS, FSR_PEND_A_NONE, FSR_PEND_B_IN_F, FSR_PEND_SUBD, FSR_PEND_SUBS};
use soft::{FSR_CEXC, FSR_FTT, FSR_RD, FSR_TEM, NX};

/// %fsr and the doubles `cpu.f[i]` as Cranelift variables over the whole
/// function (a block or a region), defined from `cpu` at the function's
/// entry (a load nothing uses is not emitted). Writes only define the
/// variable and mark it dirty; dirty ones are stored at sync points, exits
/// and before the in-place exact helper ([`Lifter::writeback_fp`]), whose
/// results are reloaded (`FpKnown::reload`). %fprs.DL/DU are still
/// set in `cpu` at the first write of a block (replaying that is harmless;
/// `rd %fprs` is a sync point).
pub(super) struct FpKnown {
    fsr: Variable,
    /// The doubles `cpu.f[i]`, as F64.
    f: [Variable; 32],
    /// The loads that define them (at the entry and after helpers): the
    /// unused ones are removed when the function is done
    /// ([`prune_dead_loads`]), since Cranelift emits every load.
    pub(super) loads: Vec<Inst>,
    /// The variables that may differ from their homes in `cpu`: bit i for
    /// `f[i]`, [`FSR_DIRTY`] for %fsr. Written back at sync points and
    /// exits ([`Lifter::writeback_fp`]), like dirty integer registers.
    pub(super) dirty: u64,
    /// A lazy cexc: %fsr is the variable with cexc and ftt replaced as
    /// the pending add tells ([`Pending`]).
    pending: Option<Pending>,
    /// What `cpu.fsr_pend` holds on this path, None when unknown (at
    /// region members): 0 at the function's entry, a kind after a sync
    /// point stored a pending cexc; exits and the other write-backs clear
    /// it, stores of what it holds already are left out.
    marker: Option<Marker>,
    /// While the fast path of [`Lifter::fast_or_exact_alt`] is lifted
    /// (not precise): the block of its exact exit, for the fast path to
    /// go to as well (before it changed anything).
    exact_b: Option<cranelift_codegen::ir::Block>,
    /// The last fcmp/fcmpe s or d: (N, a, b, block): %fccN is how `a`
    /// compares with `b` (unordered included) while the lifter is still in
    /// `block`, the one the fcmp went on in (straight code after it: its
    /// operands dominate, nothing else wrote %fcc there but what clears
    /// this); FBfcc / FMOVcc then compare the operands again
    /// ([`Lifter::fcc_test`]) instead of taking %fccN out of %fsr.
    last_cmp: Option<(u32, Value, Value, cranelift_codegen::ir::Block)>,
    /// While a branch into a region member that wants a pending kind
    /// writes the state back (its sync point): that kind, which the write-
    /// back arms instead of clearing `cpu.fsr_pend` ([`Lifter::fp_note_edge`]).
    arm: Option<u64>,
}

/// The cexc of an add or subtract whose fast path ran, not computed yet
/// (like the lazy condition codes): %fsr.ftt is 0 and cexc NX or 0 as
/// `a` op `b` (`kind`, a `SparcCpu::fsr_pend` value) is inexact; the
/// variable's other fields are right (aexc.nx included: the fast path sets
/// it when it was clear). Why this is sound:
/// - only an FPop that overwrites cexc and ftt on every path
///   ([`next_sets_cexc`]) drops it unseen; every other read of %fsr
///   ([`Lifter::fsr`]) computes it first;
/// - a sync point stores the operands and `kind` in `cpu.fsr_pend*`
///   instead ([`Lifter::writeback_fp_sync`]): the state it leaves is the
///   exact one with `SparcCpu::settle_fsr` applied, which the runtime does
///   when a fault stops translated code (replay or not);
/// - every other write-back (exits, the in-place helpers) stores the exact
///   %fsr and clears `cpu.fsr_pend`, so nothing outside translated code
///   ever sees it set;
/// - a branch to a region member whose cexc is dead at its start (region
///   `cexc_dead`: an FPop overwriting cexc comes before anything but ALU
///   ops and replayable loads) passes the variable as it is; any other
///   branch to a member computes cexc first (a member starts without a
///   pending cexc).
#[derive(Clone, Copy)]
pub(super) struct Pending {
    kind: u64,
    a: Value,
    b: Value,
    /// The double variable that still holds `b` (cleared when it is
    /// written: [`Lifter::def_f`]); a sync point then stores that register
    /// and not `b` again (`SparcCpu::FSR_PEND_B_IN_F`).
    b_reg: Option<usize>,
}

/// What a path knows `cpu.fsr_pend*` to hold ([`FpKnown::marker`]): the
/// kind, and the operands when a sync point on this path stored them.
/// `ops` are values of the member being lifted (a member start forgets
/// the marker), so the same values are the same bits: a loop's second
/// sync point after one add (matmul_fp's std, then its back edge) stores
/// neither again.
#[derive(Clone, Copy, PartialEq)]
pub(super) struct Marker {
    kind: u64,
    ops: Option<(Value, Value)>,
}

/// `cpu.fsr_pend` clear.
const MARKER_CLEAR: Marker = Marker { kind: 0, ops: None };

/// `seen` (what the branches into a region member left in
/// `cpu.fsr_pend`, region.rs `PendIn`) joined with `m`, one more
/// branch's (None: not known there).
pub(super) fn join_pend(seen: region::PendIn, m: Option<u64>) -> region::PendIn {
    match seen {
        None => Some(m),
        Some(s) if s == m => seen,
        Some(_) => Some(None),
    }
}

/// The kind a member wants in `cpu.fsr_pend` at its start, from what its
/// back edges left there (`back`): the one they agree on, when not clear
/// and its sync points stored it not knowing what `cpu` held (`blind`;
/// none seen: they knew the kind it wanted, `prev`). A loop whose sync
/// point stores a pending add every iteration (matmul_fp's inner loop,
/// 601h) then stores it no more; the branch into the loop arms it once.
pub(super) fn pend_wanted(back: region::PendIn, blind: region::PendIn, prev: Option<u64>) -> Option<u64> {
    match back {
        Some(Some(k)) if k != 0 && (blind == Some(Some(k)) || (blind.is_none() && prev == Some(k))) => Some(k),
        _ => None,
    }
}

/// [`FpKnown::dirty`]: %fsr.
pub(super) const FSR_DIRTY: u64 = 1 << 32;

impl FpKnown {
    /// Declare the variables and define them from `cpu` (the builder is at
    /// the function's entry). Only functions with an FP instruction
    /// ([`Insn::is_fp`]) have them: integer code pays nothing.
    pub(super) fn new(b: &mut FunctionBuilder<'_>, cpu: Value) -> FpKnown {
        let mut k = FpKnown {
            fsr: b.declare_var(I64),
            f: std::array::from_fn(|_| b.declare_var(F64)),
            loads: Vec::new(),
            dirty: 0,
            pending: None,
            marker: Some(MARKER_CLEAR),
            exact_b: None,
            last_cmp: None,
            arm: None,
        };
        k.load(b, cpu);
        k
    }

    /// Define %fsr and the doubles `idx` again from `cpu`.
    fn reload(&mut self, b: &mut FunctionBuilder<'_>, cpu: Value, idx: &[usize]) {
        self.last_cmp = None;
        let fsr = b.ins().load(I64, cpu_flags(), cpu, offset_of!(SparcCpu, fsr) as i32);
        self.loads.push(b.func.dfg.value_def(fsr).unwrap_inst());
        b.def_var(self.fsr, fsr);
        for (k, &i) in idx.iter().enumerate() {
            if idx[..k].contains(&i) {
                continue;
            }
            let v = b.ins().load(F64, cpu_flags(), cpu, f_off(i));
            self.loads.push(b.func.dfg.value_def(v).unwrap_inst());
            b.def_var(self.f[i], v);
        }
    }

    /// (Re)define every variable from `cpu`.
    fn load(&mut self, b: &mut FunctionBuilder<'_>, cpu: Value) {
        self.last_cmp = None;
        let fsr = b.ins().load(I64, cpu_flags(), cpu, offset_of!(SparcCpu, fsr) as i32);
        self.loads.push(b.func.dfg.value_def(fsr).unwrap_inst());
        b.def_var(self.fsr, fsr);
        for i in 0..32 {
            let v = b.ins().load(F64, cpu_flags(), cpu, f_off(i));
            self.loads.push(b.func.dfg.value_def(v).unwrap_inst());
            b.def_var(self.f[i], v);
        }
    }
}

/// Remove the instructions of `loads` (FpKnown's loads) whose results
/// nothing uses, in the finished function.
pub(super) fn prune_dead_loads(func: &mut Function, loads: &[Inst]) {
    if loads.is_empty() {
        return;
    }
    let mut live: Vec<Inst> = loads.to_vec();
    loop {
        let mut used = std::collections::HashSet::new();
        for block in func.layout.blocks() {
            for inst in func.layout.block_insts(block) {
                for v in func.dfg.inst_values(inst) {
                    used.insert(func.dfg.resolve_aliases(v));
                }
            }
        }
        let before = live.len();
        live.retain(|&inst| {
            let r = func.dfg.first_result(inst);
            if used.contains(&r) {
                true
            } else {
                func.layout.remove_inst(inst);
                false
            }
        });
        if live.len() == before {
            return;
        }
    }
}

/// Is there an FP instruction ([`Insn::is_fp`]) among those `lift_run` may lift
/// from `pc` (a superset: up to the first CTI and its delay slot, at most
/// `max_insns` + 1)?
pub(super) fn run_uses_fp(cfg: &LiftConfig, fetch: &dyn Fn(u64) -> Option<u32>, pc: u64, first: u32) -> bool {
    let mask = if cfg.flavor == Flavor::V9 { u64::MAX } else { 0xffff_ffff };
    let mut a = pc;
    let mut word = first;
    for _ in 0..=cfg.max_insns {
        let insn = decode(word, cfg.flavor);
        if insn.is_fp() {
            return true;
        }
        a = a.wrapping_add(4) & mask;
        if insn.is_cti() {
            return fetch(a).is_some_and(|w| decode(w, cfg.flavor).is_fp());
        }
        match fetch(a) {
            Some(w) => word = w,
            None => return false,
        }
    }
    false
}

/// Does this instruction, whenever it runs, overwrite %fsr.cexc and ftt
/// without anything observing %fsr first? FPop1s legal in every flavour
/// (V8 too) that complete (cexc = their exceptions, ftt = 0) or trap with a
/// trap-enabled IEEE exception (cexc = that exception, ftt = 1), never
/// anything else: fadd/fsub/fmul/fdiv/fsqrt s and d, fmovs/fnegs/fabss,
/// fsmuld, fitos/fitod, fstoi/fdtoi, fstod/fdtos; and with `v9` (where
/// they are legal) fmovd/fnegd/fabsd and the legal FMOVcc / FMOVr
/// encodings, which clear cexc and ftt (FMOVcc whether it moves or not);
/// and fcmp/fcmpe s and d where legal (%fcc1..3 only in V9), whose cexc
/// is nv or 0.
pub(super) fn next_sets_cexc(insn: &Insn, v9: bool) -> bool {
    (insn.op == Op::Fpop1
        && (matches!(
            insn.opf(),
            0x41 | 0x42 | 0x45 | 0x46 | 0x49 | 0x4a | 0x4d | 0x4e | 0x29 | 0x2a | 0x01 | 0x05 | 0x09 | 0x69 | 0xc4 | 0xc8 | 0xd1 | 0xd2 | 0xc9 | 0xc6
        ) || (v9 && matches!(insn.opf(), 0x02 | 0x06 | 0x0a))))
        || (v9 && insn.op == Op::Fpop2 && fmov_cond_legal(insn))
        || (insn.op == Op::Fpop2 && matches!(insn.opf(), 0x51 | 0x52 | 0x55 | 0x56) && (v9 || insn.rd() & 3 == 0))
}

/// Is this FPop2 a legal V9 FMOVcc or FMOVr (the checks of
/// [`Lifter::fpop2`], for a V9 CPU)?
fn fmov_cond_legal(insn: &Insn) -> bool {
    let opf = insn.opf();
    if matches!(opf, 0x51..=0x57) {
        return false;
    }
    if opf & 0x3f >= 1 && opf & 0x3f <= 3 {
        let cc = opf >> 6;
        return insn.word & (1 << 18) == 0 && cc != 5 && cc != 7;
    }
    opf & 0x100 == 0 && (5..=7).contains(&(opf & 0x1f)) && (opf >> 5) & 3 != 0
}

/// Is %fsr.cexc dead at the start of a region member made of `insns`:
/// overwritten ([`next_sets_cexc`]) before anything but integer ALU ops and
/// (when `loads_replay`: their faults replay from the last sync point)
/// loads without an ASI? See [`Pending`].
pub(super) fn cexc_dead_insns(insns: &[Insn], loads_replay: bool, v9: bool) -> bool {
    for (k, i) in insns.iter().enumerate() {
        if plain_branch(i) {
            return insns.get(k + 1).is_some_and(|d| next_sets_cexc(d, v9));
        }
        if let Some(dead) = cexc_verdict(i, loads_replay, v9) {
            return dead;
        }
    }
    false
}

/// A branch whose delay slot runs whichever way it goes (not annulled):
/// Bicc, BPcc, BPr, FBfcc, FBPfcc. It reads neither %fsr.cexc nor memory,
/// so an FPop in its delay slot that sets cexc ([`next_sets_cexc`]) makes
/// the cexc before the branch dead (gcc at -O2 puts a reduction's `faddd`
/// there, after the `fmuld`).
fn plain_branch(insn: &Insn) -> bool {
    matches!(insn.op, Op::Bicc | Op::BPcc | Op::BPr | Op::FBfcc | Op::FBPfcc) && !insn.annul()
}

/// One step of the cexc liveness walks ([`cexc_dead_insns`],
/// [`cexc_dead_from`]): Some(true) when `insn` overwrites cexc (dead
/// before it), Some(false) when it may read it or leave, None when it
/// passes (integer ALU ops, and loads when `loads_replay`).
fn cexc_verdict(insn: &Insn, loads_replay: bool, v9: bool) -> Option<bool> {
    if next_sets_cexc(insn, v9) {
        return Some(true);
    }
    let passes = insn.is_plain_alu()
        || insn.is_cc_alu()
        || (loads_replay
            && matches!(insn.op, Op::Load { alt: false, .. } | Op::Ldd { alt: false } | Op::Ldf { size: 4 | 8, alt: false }));
    if passes { None } else { Some(false) }
}

/// Is %fsr.cexc of the instruction before `pc` dead? True when the
/// straight code from `pc` reaches an FPop that overwrites cexc and ftt
/// ([`next_sets_cexc`]) within `room` instructions, through instructions
/// that neither read %fsr nor can leave, trap or write the state back:
/// integer ALU ops (the condition-code ones too) and loads without an ASI.
/// A faulting or misaligned load replays from the last sync point in the
/// interpreter, which computes cexc exactly; no loads where an access can
/// leave with the state written back: a function that makes every access
/// write it back (`precise`), and without a space mask (a misaligned
/// access exits, `host_addr_tagged`). `cut(a)`: the run ends before `a`
/// (a region member starts there).
pub(super) fn cexc_dead_from(
    cfg: &LiftConfig,
    fetch: &dyn Fn(u64) -> Option<u32>,
    mut pc: u64,
    room: usize,
    precise: bool,
    cut: &dyn Fn(u64) -> bool,
) -> bool {
    let mask = if cfg.flavor == Flavor::V9 { u64::MAX } else { 0xffff_ffff };
    for _ in 0..room {
        if cut(pc) {
            return false;
        }
        let Some(w) = fetch(pc) else { return false };
        let insn = decode(w, cfg.flavor);
        if plain_branch(&insn) {
            let slot = pc.wrapping_add(4) & mask;
            return !cut(slot) && fetch(slot).is_some_and(|d| next_sets_cexc(&decode(d, cfg.flavor), cfg.flavor != Flavor::V8));
        }
        if let Some(dead) = cexc_verdict(&insn, !precise && cfg.space_mask != u64::MAX, cfg.flavor != Flavor::V8) {
            return dead;
        }
        pc = pc.wrapping_add(4) & mask;
    }
    false
}

/// The experiment knob LASTMILE_NO_DEFERRED_FP=1: every fast path tests its
/// result's range as before deferred exceptions ([`soft::deferred_aexc`]).
fn deferred_off() -> bool {
    static OFF: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *OFF.get_or_init(|| std::env::var_os("LASTMILE_NO_DEFERRED_FP").is_some())
}

/// After translated code has returned to the runtime: the exceptions its
/// fast paths left in MXCSR ([`soft::deferred_aexc`]) as %fsr.aexc bits,
/// MXCSR's flags cleared. [`apply_deferred_fp_exceptions`] puts them into
/// %fsr: at once, or after a fault's replay from the last sync point (the
/// replay computes the FPops since that point again, and a `stfsr` it runs
/// must not see what they raised in MXCSR the first time; translated
/// `stfsr` is a sync point and ORs in what came before).
pub fn take_deferred_fp_exceptions() -> u64 {
    let a = soft::deferred_aexc();
    if a != 0 {
        soft::clear_deferred();
    }
    a
}

/// ORs `aexc` from [`take_deferred_fp_exceptions`] into %fsr.aexc if they
/// belong there ([`soft::deferred_for`]: only in round-to-nearest without
/// traps).
pub fn apply_deferred_fp_exceptions(cpu: &mut SparcCpu, aexc: u64) {
    cpu.fsr |= soft::deferred_for(cpu.fsr, aexc);
}

/// Before entering translated code: forget what the runtime's own
/// floating point (or anything else since the last fold) left in MXCSR's
/// deferred flags.
pub fn clear_deferred_fp_exceptions() {
    soft::clear_deferred();
}

/// The exact FPop executor translated code calls on its slow path
/// ([`soft::fpop`]), for the interpreter: 0 done, 1 a trap-enabled IEEE
/// exception (%fsr.ftt/cexc set, `cpu.exit_arg` the si_code), 2 not an
/// FPop the helper knows.
pub(crate) fn exact_fpop(cpu: &mut SparcCpu, word: u32) -> u64 {
    soft::fpop(cpu as *mut SparcCpu, word as u64)
}

/// Bit position of %fccN in %fsr.
pub(crate) fn fcc_shift(n: u32) -> u32 {
    soft::fcc_shift(n)
}

/// The FBfcc / FBPfcc / FMOVcc / MOVcc condition `cond` on the two-bit
/// %fcc value `fcc` (V9 Table 7).
pub(crate) fn fcc_holds(cond: u32, fcc: u64) -> bool {
    (FCC_MASK[(cond & 15) as usize] >> (fcc & 3)) & 1 != 0
}

/// Does this FP instruction change FP state in `cpu` behind the lifter's
/// variables, so that no fault may be replayed across it? The FPops that
/// always run the exact helper in place (quads, fcmpq, and mul/div/sqrt on
/// hosts without FMA) and VIS / alternate-space accesses (which the
/// interpreter does not run either). The other FPops keep their results in
/// variables and leave the block on their slow path
/// ([`Lifter::exact_exit`]).
pub(crate) fn fp_forces_precise(insn: &Insn) -> bool {
    match insn.op {
        Op::Fpop1 => {
            matches!(
                insn.opf(),
                0x43 | 0x47 | 0x4b | 0x4f | 0x2b | 0x6e | 0x83 | 0x8c | 0xc7 | 0xcb | 0xcc | 0xcd | 0xce | 0xd3
            ) || (!have_fma() && matches!(insn.opf(), 0x49 | 0x4a | 0x4d | 0x4e | 0x29 | 0x2a))
        }
        Op::Fpop2 => matches!(insn.opf(), 0x53 | 0x57),
        // The VIS logical functions (fzero, fsrc1, fxor...) and
        // faligndata keep their results in the variables, change no other
        // state and the interpreter runs them: replayable. gcc puts fzerod
        // in libm's sin/cos (fft), where it made the rest of each block
        // precise: every FPop's slow path an in-place helper call with
        // the FP state written back and reloaded.
        Op::Impdep1 => !vis_replayable(insn.opf()),
        Op::Impdep2 => true,
        Op::Ldf { alt, .. } | Op::Stf { alt, .. } => alt,
        _ => false,
    }
}

/// The VIS (IMPDEP1) instructions the lifter keeps in the FP variables
/// and the interpreter runs (interp.rs `vis_supported`, less alignaddr,
/// which writes %gsr in `cpu`): a fault after one may replay it.
pub(crate) fn vis_replayable(opf: u32) -> bool {
    matches!(opf, 0x60..=0x7f | 0x48)
}

/// A single or double FPop's in-place slow path ([`Lifter::call_pure`]):
/// the doubles holding its rs1 and rs2 (index in `cpu.f`), the exact %fsr
/// before it and what it writes.
#[derive(Clone, Copy)]
struct Pure {
    i1: usize,
    i2: usize,
    single: bool,
    fsr: Value,
    rd: u32,
    res: PureRes,
}

/// What a [`Pure`] FPop writes besides %fsr: a single or double `rd`, or
/// only %fsr (fcc of the compares).
#[derive(Clone, Copy, PartialEq)]
enum PureRes {
    S,
    D,
    Fsr,
}

/// The address of the in-place exact helper's entry for `SparcCpu::fp_pure_fn`
/// (0 on hosts without the `preserve_all` trampoline: the lifter calls the
/// helper directly there).
pub(crate) fn fp_pure_entry() -> u64 {
    soft::fpop_pure_preserve_all_addr().unwrap_or(0)
}

/// How a block leaves for a trap-enabled IEEE exception (SIGFPE); the
/// helper leaves the si_code in `cpu.exit_arg`.
const FP_TRAP_EXIT: Exit = Exit::FpException;

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

/// Does the host have SSE4.1 and SSSE3 (`pmovzxdq`, `pshufb`: big-endian
/// doubles are loaded byte-reversed in the XMM register,
/// [`Lifter::load_swapped_f64`])? The JIT targets the host's features.
fn have_sse41_ssse3() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::is_x86_feature_detected!("sse4.1") && std::is_x86_feature_detected!("ssse3")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// FP facts that flow along the branches between region members
/// (region.rs `RegionCtx::fp_entry_facts`): %fprs.DL and DU already set in
/// `cpu` (`Lifter::fprs_dirty`), %fsr.RD and TEM zero
/// (`Lifter::fsr_mode_zero`), %fsr.aexc.nx set (`Lifter::aexc_nx_set`).
/// A member starts with those every branch into it brings (the head:
/// none), so a loop member does not set %fprs again on every iteration,
/// nor test the mode before its first FPop. Regions hold no ldfsr
/// (region.rs `plain_fp`), the only instruction that clears any of them
/// but wr %fprs (which `fprs_dirty` follows).
pub(super) const FACT_DL: u8 = 1;
pub(super) const FACT_DU: u8 = 2;
pub(super) const FACT_MODE: u8 = 4;
pub(super) const FACT_NX: u8 = 8;
pub(super) const FACTS_ALL: u8 = FACT_DL | FACT_DU | FACT_MODE | FACT_NX;

/// The facts the branches into each region member test themselves
/// ([`Lifter::fp_edge_guard`], [`Lifter::fp_entry_guard`]): %fsr's mode
/// and aexc.nx for the members of the region's FP inner loops: those with
/// FP instructions (and no ldfsr) on a cycle of such members (`succs`:
/// each member's successors among the members) through one with an FPop
/// that tests the mode; tested once per entry to the loop instead of at
/// every FPop of every iteration. With them %fprs.DL / DU when a member of
/// the loop writes a register of that half ([`fp_write_facts`]), so that
/// the loop does not set %fprs again on every iteration (the head of a
/// region starts with no fact from its entry). Where they fail the branch
/// goes to a copy of the member lifted without them (region.rs
/// `lift_members`), whose branches to the loop's members test them again.
/// Which facts are asked is a matter of speed only: every one is tested
/// where a branch does not know it.
pub(super) fn guarded_facts(insns: &[&[Insn]], succs: &[Vec<usize>]) -> Vec<u8> {
    let n = insns.len();
    let fp: Vec<bool> = insns.iter().map(|m| m.iter().any(Insn::is_fp) && !m.iter().any(|i| matches!(i.op, Op::Ldfsr { .. }))).collect();
    let tests: Vec<bool> =
        insns.iter().map(|m| m.iter().any(|i| i.op == Op::Fpop1 && !matches!(i.opf(), 0x01..=0x03 | 0x05..=0x07 | 0x09..=0x0b))).collect();
    // reach[k][j]: a path of one branch or more from k to j through FP
    // members only.
    let mut reach = vec![vec![false; n]; n];
    for k in 0..n {
        if !fp[k] {
            continue;
        }
        let mut stack: Vec<usize> = succs[k].iter().copied().filter(|&j| fp[j]).collect();
        while let Some(j) = stack.pop() {
            if !std::mem::replace(&mut reach[k][j], true) {
                stack.extend(succs[j].iter().copied().filter(|&i| fp[i]));
            }
        }
    }
    let writes: Vec<u8> = insns.iter().map(|m| m.iter().fold(0, |a, i| a | fp_write_facts(i))).collect();
    (0..n)
        .map(|k| {
            let scc = |j: usize| j == k || (reach[k][j] && reach[j][k]);
            let inner = reach[k][k] && (0..n).any(|j| tests[j] && scc(j));
            if inner {
                FACT_MODE | FACT_NX | (0..n).filter(|&j| scc(j)).fold(0, |a, j| a | writes[j])
            } else {
                0
            }
        })
        .collect()
}

/// The %fprs facts ([`FACT_DL`], [`FACT_DU`]) of the FP registers an FP
/// instruction may write (approximately: only which facts loops ask for
/// depends on it, [`guarded_facts`]).
fn fp_write_facts(insn: &Insn) -> u8 {
    let half = |idx: usize| if idx < 16 { FACT_DL } else { FACT_DU };
    let rd = insn.rd();
    let single_or_wide = |single: bool| if single { FACT_DL } else { half(d_idx(rd)) };
    match insn.op {
        Op::Ldf { size, .. } => single_or_wide(size == 4),
        Op::Fpop1 => {
            let single = matches!(insn.opf(), 0x01 | 0x05 | 0x09 | 0x29 | 0x41 | 0x45 | 0x49 | 0x4d | 0x84 | 0xc4 | 0xc6 | 0xc7 | 0xd1 | 0xd2 | 0xd3);
            single_or_wide(single)
        }
        Op::Fpop2 => match insn.opf() {
            0x51..=0x57 => 0,
            o if o & 0x3f >= 1 && o & 0x3f <= 3 => single_or_wide(o & 3 == 1),
            o => single_or_wide(o & 0x1f == 5),
        },
        Op::Impdep1 => FACT_DL | FACT_DU,
        _ => 0,
    }
}

impl Lifter<'_, '_> {
    /// Lift an FP or VIS instruction (or MOVcc on %fccN). Returns false when
    /// the block ended.
    pub(super) fn lift_fp(&mut self, insn: Insn, pc: u64) -> bool {
        if next_sets_cexc(&insn, self.v9()) {
            self.drop_pending();
        }
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
            Op::Ldf { size, alt } => self.fp_mem(insn, size, alt, true, pc),
            Op::Stf { size, alt } => self.fp_mem(insn, size, alt, false, pc),
            Op::Impdep1 if self.v9() => self.vis(insn, pc),
            Op::Ldfsr { x } => {
                let ea = self.ea(&insn);
                let host = self.host_addr_load(ea, if x { 8 } else { 4 }, pc);
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
                // The new aexc replaces the exceptions deferred so far
                // (after the load: a fault there leaves them to the fold).
                self.call_pure0(soft::clear_deferred_entry as *const () as usize as u64);
                let n = self.b.ins().band_imm_s(new, keep_new);
                let o = self.b.ins().band_imm_s(old, keep_old);
                let f = self.b.ins().bor(n, o);
                self.set_fsr(f);
                self.fpk().last_cmp = None;
                self.fsr_mode_zero = false;
                self.aexc_nx_set = false;
                true
            }
            Op::Stfsr { x } => {
                let ea = self.ea(&insn);
                // aexc with the exceptions deferred in MXCSR, before the
                // access's sync point writes %fsr back.
                let f = self.fsr();
                let deferred = self.call_pure1(soft::deferred_aexc_entry as *const () as usize as u64, f);
                let f = self.b.ins().bor(f, deferred);
                self.set_fsr(f);
                // Always a sync point, so that no fault's replay runs a
                // stfsr after FPops whose exceptions are still in MXCSR
                // ([`take_deferred_fp_exceptions`]).
                self.sync_for_access(pc);
                let host = self.host_addr_tagged(ea, if x { 8 } else { 4 }, pc);
                let f = self.fsr();
                let v = if x { f } else { self.b.ins().ireduce(I32, f) };
                let v = self.b.ins().bswap(v);
                self.b.ins().store(MemFlagsData::new(), v, host, 0);
                self.fsr_read_since_sync = true;
                true
            }
            _ => {
                // IMPDEP2 (op3 0x37), and IMPDEP1 on V8. The fused
                // multiply-adds that later CPUs put in IMPDEP2 are SPARC64 VI
                // and Oracle SPARC Architecture 2011 instructions, not V9,
                // VIS 1 or VIS 2, and AT_HWCAP does not advertise them
                // (HWCAP_SPARC_FMAF): for this CPU the opcode is
                // implementation-dependent and unimplemented, so the guest
                // gets SIGILL/ILL_ILLOPC (V9 A.24; QEMU 7.2 does the same).
                self.fp_illegal(&insn, pc)
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

    /// The FP variables. The function has them when it was set up with an
    /// FP instruction in it ([`run_uses_fp`], the region's scan); if one
    /// was missed they are made here and the caller lifts the function
    /// again with them (`fp_missed`).
    fn fpk(&mut self) -> &mut FpKnown {
        if self.fp_known.is_none() {
            self.fp_missed = true;
            self.fp_known = Some(FpKnown::new(&mut self.b, self.cpu));
        }
        self.fp_known.as_mut().unwrap()
    }

    /// %fsr, its pending cexc computed first ([`Pending`]).
    fn fsr(&mut self) -> Value {
        self.settle_pending();
        let v = self.fpk().fsr;
        self.b.use_var(v)
    }

    /// The exact %fsr of a pending cexc (`fsr` the variable's value).
    fn pending_fsr(&mut self, p: Pending, fsr: Value) -> Value {
        let sub = matches!(p.kind, FSR_PEND_SUBD | FSR_PEND_SUBS);
        let r = if sub { self.b.ins().fsub(p.a, p.b) } else { self.b.ins().fadd(p.a, p.b) };
        let ity = if self.b.func.dfg.value_type(r) == F32 { I32 } else { I64 };
        let ar = if sub { Ar::Sub } else { Ar::Add };
        let nx = self.inexact(ar, Some(p.a), p.b, r, None, ity);
        let nx = self.b.ins().uextend(I64, nx);
        let f = self.b.ins().band_imm_s(fsr, !(FSR_CEXC | FSR_FTT) as i64);
        self.b.ins().bor(f, nx)
    }

    /// Compute a pending cexc into the %fsr variable.
    fn settle_pending(&mut self) {
        let Some(k) = self.fp_known.as_mut() else { return };
        let Some(p) = k.pending.take() else { return };
        let var = k.fsr;
        let f = self.b.use_var(var);
        let f = self.pending_fsr(p, f);
        self.set_fsr(f);
    }

    /// Before an FPop that overwrites cexc and ftt whatever happens
    /// ([`next_sets_cexc`]): a pending cexc is dead.
    fn drop_pending(&mut self) {
        if let Some(k) = self.fp_known.as_mut() {
            k.pending = None;
        }
    }

    /// A region member starts: no pending cexc (branches bring it computed
    /// or dead), `cpu.fsr_pend` may be set (a loop's sync point): to
    /// `pend` when the member wants that kind (region.rs
    /// `RegionCtx::fp_pend_want`; every branch in makes it so), its
    /// operands not known.
    pub(super) fn fp_member_start(&mut self, pend: Option<u64>) {
        if let Some(k) = self.fp_known.as_mut() {
            k.pending = None;
            k.marker = pend.map(|kind| Marker { kind, ops: None });
            k.last_cmp = None;
        }
    }

    /// A branch to region member `idx`, at the jump. A back edge (from the
    /// member or a later one) notes what it leaves in `cpu.fsr_pend`
    /// (region.rs `RegionCtx::fp_back_pend`). Where the member wants a
    /// kind, the branch leaves it there: it holds it already, or it is
    /// clear (the state written back is exact) and the kind is armed with
    /// no operand (`FSR_PEND_A_NONE`: settling it changes nothing); else
    /// the pass is lifted again with members wanting nothing.
    pub(super) fn fp_note_edge(&mut self, idx: usize) {
        // Without FP variables nothing in the function sets it: clear, as
        // at the function's entry.
        let m = self.fp_known.as_ref().map_or(Some(0), |k| k.marker.map(|m| m.kind));
        let rc = self.region.as_mut().expect("region");
        if idx <= rc.current {
            rc.fp_back_pend[idx] = join_pend(rc.fp_back_pend[idx], m);
        }
        let want = if rc.fp_pend_off { None } else { rc.fp_pend_want[idx] };
        if let Some(kind) = want {
            self.arm_pend(kind, m);
        }
    }

    /// Make `cpu.fsr_pend` hold `kind` where it holds `m` (what this path
    /// knows, [`Self::fp_note_edge`]).
    fn arm_pend(&mut self, kind: u64, m: Option<u64>) {
        if m == Some(kind) {
            return;
        }
        if m != Some(0) || self.fp_known.is_none() {
            self.region.as_mut().expect("region").fp_pend_off = true;
            return;
        }
        self.store_armed(kind);
    }

    /// Store `kind` armed with no operand in `cpu.fsr_pend*` (the state
    /// written back is exact there; [`Self::fp_note_edge`]).
    fn store_armed(&mut self, kind: u64) {
        let v = self.b.ins().iconst(I64, kind as i64);
        self.b.ins().store(cpu_flags(), v, self.cpu, offset_of!(SparcCpu, fsr_pend) as i32);
        let v = self.b.ins().iconst(I64, FSR_PEND_A_NONE as i64);
        self.b.ins().store(cpu_flags(), v, self.cpu, offset_of!(SparcCpu, fsr_pend_a) as i32);
        // (A branch's caller restores the marker for the paths lifted after.)
        self.fpk().marker = Some(Marker { kind, ops: None });
    }

    /// Before and after the write-back of a branch into region member
    /// `idx` that is a sync point: one that would clear `cpu.fsr_pend`
    /// arms the kind the member wants instead (one store fewer than
    /// clearing it, then arming it at the jump).
    pub(super) fn fp_arm_sync(&mut self, idx: Option<usize>) {
        let want = match (idx, self.region.as_ref()) {
            (Some(i), Some(rc)) if !rc.fp_pend_off => rc.fp_pend_want[i],
            _ => None,
        };
        if let Some(k) = self.fp_known.as_mut() {
            k.arm = want;
        }
    }

    /// A branch to a region member whose cexc is dead at its start or not
    /// (`dead`): a pending cexc computed into %fsr unless dead. Returns what
    /// [`Self::fp_edge_done`] restores for the paths lifted after.
    pub(super) fn fp_edge(&mut self, dead: bool) -> Option<(Option<Pending>, u64, Option<Marker>)> {
        let k = self.fp_known.as_mut()?;
        let saved = (k.pending, k.dirty, k.marker);
        if !dead {
            self.settle_pending();
        }
        Some(saved)
    }

    pub(super) fn fp_edge_done(&mut self, saved: Option<(Option<Pending>, u64, Option<Marker>)>) {
        if let (Some(k), Some((p, d, m))) = (self.fp_known.as_mut(), saved) {
            (k.pending, k.dirty, k.marker) = (p, d, m);
        }
    }

    fn set_fsr(&mut self, v: Value) {
        let k = self.fpk();
        k.dirty |= FSR_DIRTY;
        let var = k.fsr;
        self.b.def_var(var, v);
    }

    /// Store the FP variables that differ from `cpu` (at sync points, exits
    /// and before the exact helper). `clear`: they are clean from here on
    /// (exits keep the mask for the paths the lifter goes on with).
    /// A pending cexc is computed (in %fsr when `clear`, else only in
    /// what is stored) and `cpu.fsr_pend` cleared ([`Pending`]).
    pub(super) fn writeback_fp(&mut self, clear: bool) {
        let Some(k) = self.fp_known.as_mut() else { return };
        let (d, fsr, f, pending, marker) = (k.dirty, k.fsr, k.f, k.pending, k.marker);
        if clear {
            k.dirty = 0;
            k.pending = None;
            k.marker = Some(MARKER_CLEAR);
        }
        let arm = if clear { k.arm.take() } else { None };
        if let (Some(kind), false) = (arm, marker.map(|m| m.kind) == Some(0)) {
            // The state written back is exact: armed, not cleared.
            self.store_armed(kind);
        } else if marker.map(|m| m.kind) != Some(0) {
            let z = self.b.ins().iconst(I64, 0);
            self.b.ins().store(cpu_flags(), z, self.cpu, offset_of!(SparcCpu, fsr_pend) as i32);
        }
        if let Some(p) = pending {
            let v = self.b.use_var(fsr);
            let v = self.pending_fsr(p, v);
            self.b.ins().store(cpu_flags(), v, self.cpu, offset_of!(SparcCpu, fsr) as i32);
            if clear {
                self.b.def_var(fsr, v);
            }
        }
        let d = if pending.is_some() { d & !FSR_DIRTY } else { d };
        self.store_fp_vars(d, fsr, &f);
    }

    /// Store the FP variables `f` (and `fsr`) whose bits are set in the
    /// dirty mask `d` to their homes in `cpu`.
    fn store_fp_vars(&mut self, d: u64, fsr: Variable, f: &[Variable]) {
        for (i, &var) in f.iter().enumerate() {
            if d & (1 << i) != 0 {
                let v = self.b.use_var(var);
                self.b.ins().store(cpu_flags(), v, self.cpu, f_off(i));
            }
        }
        if d & FSR_DIRTY != 0 {
            let v = self.b.use_var(fsr);
            self.b.ins().store(cpu_flags(), v, self.cpu, offset_of!(SparcCpu, fsr) as i32);
        }
    }

    /// Write the FP state back at a sync point: as [`Self::writeback_fp`]
    /// (clean from here on), but a pending cexc stays pending, stored in
    /// `cpu.fsr_pend*` ([`Pending`]).
    pub(super) fn writeback_fp_sync(&mut self) {
        let Some(k) = self.fp_known.as_mut() else { return };
        let Some(p) = k.pending else { return self.writeback_fp(true) };
        // `b` still in its register: `cpu.f` gets it here (dirty) or has
        // it (clean), and keeps it until the next sync point or exit.
        let code = p.kind | p.b_reg.map_or(0, |j| ((j as u64 + 1) << 8) & FSR_PEND_B_IN_F);
        let known = k.marker.map(|m| m.kind) == Some(code);
        let same = known && k.marker.and_then(|m| m.ops) == Some((p.a, p.b));
        if k.marker.is_none() {
            if let Some(rc) = self.region.as_mut() {
                let c = rc.current;
                rc.fp_blind_pend[c] = join_pend(rc.fp_blind_pend[c], Some(code));
            }
        }
        let k = self.fp_known.as_mut().unwrap();
        k.marker = Some(Marker { kind: code, ops: Some((p.a, p.b)) });
        let (d, fsr, f) = (k.dirty, k.fsr, k.f);
        k.dirty = 0;
        self.store_fp_vars(d, fsr, &f);
        if !known {
            let kind = self.b.ins().iconst(I64, code as i64);
            self.b.ins().store(cpu_flags(), kind, self.cpu, offset_of!(SparcCpu, fsr_pend) as i32);
        }
        if !same {
            self.b.ins().store(cpu_flags(), p.a, self.cpu, offset_of!(SparcCpu, fsr_pend_a) as i32);
            if p.b_reg.is_none() {
                self.b.ins().store(cpu_flags(), p.b, self.cpu, offset_of!(SparcCpu, fsr_pend_b) as i32);
            }
        }
    }

    /// The FP dirty mask (0 without FP variables).
    pub(super) fn fp_dirty_mask(&self) -> u64 {
        self.fp_known.as_ref().map_or(0, |k| k.dirty)
    }

    pub(super) fn set_fp_dirty_mask(&mut self, d: u64) {
        if let Some(k) = self.fp_known.as_mut() {
            k.dirty = d;
        }
    }

    fn def_f(&mut self, idx: usize, v: Value) {
        let v = if self.b.func.dfg.value_type(v) == F64 { v } else { self.b.ins().bitcast(F64, MemFlagsData::new(), v) };
        let k = self.fpk();
        k.dirty |= 1 << idx;
        if let Some(p) = k.pending.as_mut() {
            if p.b_reg == Some(idx) {
                p.b_reg = None;
            }
        }
        let var = k.f[idx];
        self.b.def_var(var, v);
    }

    /// `f[idx]` as an I64.
    fn use_f(&mut self, idx: usize) -> Value {
        let var = self.fpk().f[idx];
        let v = self.b.use_var(var);
        self.b.ins().bitcast(I64, MemFlagsData::new(), v)
    }

    /// `fsr & (RD | TEM)` (an i64), as a 32-bit AND: the mask is not a
    /// sign-extended 32-bit immediate, so a 64-bit AND loads it from the
    /// constant pool.
    fn mode_bits(&mut self, fsr: Value) -> Value {
        let f = self.b.ins().ireduce(I32, fsr);
        let m = self.b.ins().band_imm_s(f, (FSR_RD | FSR_TEM) as u32 as i32 as i64);
        self.b.ins().uextend(I64, m)
    }

    /// An FPop without exceptions: cexc and ftt cleared (QEMU clears them
    /// before every FPop; V9 5.1.7.9).
    /// Nothing when cexc is dead after it (`Lifter::cexc_dead`: the next
    /// FPop overwrites cexc and ftt before anything can observe them, and
    /// a replay from the last sync point runs this one again).
    fn fpop_no_exc(&mut self) {
        if self.cexc_dead {
            return;
        }
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

    /// As [`Self::fpop_nx`] with `nx` an i8 boolean: cexc = aexc bit = NX.
    fn fpop_nx_flag(&mut self, fsr: Value, nx: Value) {
        let f = self.b.ins().band_imm_s(fsr, !(FSR_CEXC | FSR_FTT) as i64);
        let fx = self.b.ins().bor_imm_s(f, 0x21);
        let f = self.b.ins().select(nx, fx, f);
        self.set_fsr(f);
    }

    /// The [`FACT_DL`].. facts that hold here.
    pub(super) fn fp_facts(&self) -> u8 {
        (self.fprs_dirty & 3) as u8 | if self.fsr_mode_zero { FACT_MODE } else { 0 } | if self.aexc_nx_set { FACT_NX } else { 0 }
    }

    /// Start a region member with `facts` known.
    pub(super) fn set_fp_facts(&mut self, facts: u8) {
        self.fprs_dirty = (facts & 3) as u64;
        self.fsr_mode_zero = facts & FACT_MODE != 0;
        self.aexc_nx_set = facts & FACT_NX != 0;
    }

    /// The region function's entry: a jump to the head or, when the head is
    /// a guarded loop ([`guarded_facts`]), a test of its facts that goes to
    /// its copy lifted without them where they fail. Both start with the
    /// flags in `cpu`, nothing dirty and no other fact.
    pub(super) fn fp_entry_guard(&mut self) {
        use cranelift_codegen::ir::InstBuilder as _;
        let rc = self.region.as_ref().expect("region");
        // `cpu.fsr_pend` is clear at the entry: armed with the kind the
        // head (or its copy) wants ([`Self::fp_note_edge`]); one they
        // disagree on takes the pass again wanting nothing.
        let wants: Vec<u64> = if rc.fp_pend_off {
            Vec::new()
        } else {
            [Some(0), rc.fp_shadow[0]].into_iter().flatten().filter_map(|k| rc.fp_pend_want[k]).collect()
        };
        if let Some(&kind) = wants.first() {
            if wants.iter().all(|&w| w == kind) {
                self.arm_pend(kind, Some(0));
            } else {
                self.region.as_mut().expect("region").fp_pend_off = true;
            }
        }
        let rc = self.region.as_ref().expect("region");
        let (head_b, need, shadow) = (rc.blocks[0], rc.fp_guard[0], rc.fp_shadow[0]);
        let Some(c) = shadow else {
            self.b.ins().jump(head_b, &[]);
            return;
        };
        let facts_ok = match self.fp_known.as_ref() {
            Some(k) if need != 0 => {
                let fsr = self.b.use_var(k.fsr);
                Some(self.facts_test(fsr, need))
            }
            _ => None,
        };
        // The registers the head's loop assumes aligned (region.rs
        // `loop_alignment`): the copy tests every access.
        let aligned = self.align_bad(0).map(|bad| self.b.ins().icmp_imm_s(IntCC::Equal, bad, 0));
        let ok = match (facts_ok, aligned) {
            (Some(f), Some(a)) => self.b.ins().band(f, a),
            (Some(x), None) | (None, Some(x)) => x,
            (None, None) => {
                self.b.ins().jump(head_b, &[]);
                return;
            }
        };
        let rc = self.region.as_mut().expect("region");
        let shadow_b = rc.blocks[c];
        use region::CcFlow;
        rc.found_cc[c] = rc.found_cc[c].join(CcFlow::Mem);
        rc.entry_cc[c] = rc.entry_cc[c].join(CcFlow::Mem);
        rc.cc_edges[c].stored = true;
        rc.fp_found_facts[c] = 0;
        rc.fp_entry_facts[c] = 0;
        self.b.ins().brif(ok, head_b, &[], shadow_b, &[]);
    }

    /// Whether `fsr` has the facts `need` (FACT_MODE, FACT_NX) and `cpu.fprs`
    /// those of FACT_DL, FACT_DU: an i8.
    fn facts_test(&mut self, fsr: Value, need: u8) -> Value {
        let dl = (need & (FACT_DL | FACT_DU)) as i64;
        let fprs_ok = (dl != 0).then(|| {
            let v = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, fprs) as i32);
            let v = self.b.ins().ireduce(I32, v);
            let m = self.b.ins().band_imm_s(v, dl);
            self.b.ins().icmp_imm_s(IntCC::Equal, m, dl)
        });
        let ok = self.fsr_facts_test(fsr, need);
        match fprs_ok {
            Some(f) => self.b.ins().band(ok, f),
            None => ok,
        }
    }

    /// Whether `fsr` has the facts `need` of FACT_MODE, FACT_NX: an i8.
    fn fsr_facts_test(&mut self, fsr: Value, need: u8) -> Value {
        let mut mask = 0i64;
        if need & FACT_MODE != 0 {
            mask |= (FSR_RD | FSR_TEM) as i64;
        }
        if need & FACT_NX != 0 {
            mask |= (NX as i64) << 5;
        }
        // (fsr & mask) == the nx bit wanted: one 32-bit test.
        let want = if need & FACT_NX != 0 { (NX as i64) << 5 } else { 0 };
        let f = self.b.ins().ireduce(I32, fsr);
        let m = self.b.ins().band_imm_s(f, mask as u32 as i32 as i64);
        self.b.ins().icmp_imm_s(IntCC::Equal, m, want)
    }

    /// Before a branch to region member `idx` (at `pc`, nPC = pc + 4) that
    /// starts with facts of its own testing ([`guarded_facts`]): unless
    /// known here, test them; where they fail, branch to the member's copy
    /// lifted without them (region.rs `RegionCtx::fp_shadow`), else go on
    /// knowing them.
    pub(super) fn fp_edge_guard(&mut self, idx: usize, pc: u64) {
        let Some(k) = self.fp_known.as_ref() else { return };
        let (need, shadow) = self.region.as_ref().map_or((0, None), |rc| (rc.fp_guard[idx], rc.fp_shadow[idx]));
        let need = need & !self.fp_facts();
        if need == 0 {
            return;
        }
        // The variable: RD, TEM and aexc do not depend on a pending cexc.
        let fsr = self.b.use_var(k.fsr);
        let ok = self.facts_test(fsr, need);
        let ok_b = self.split_cold(ok, true);
        self.keeping_state(|l| {
            let first = l.b.func.dfg.num_blocks();
            if let Some(c) = shadow {
                l.region_edge(c, pc);
            } else {
                l.exit_leaving(pc);
            }
            l.cold_from(first);
        });
        self.b.switch_to_block(ok_b);
        self.fsr_mode_zero |= need & FACT_MODE != 0;
        self.aexc_nx_set |= need & FACT_NX != 0;
        self.fprs_dirty |= (need & (FACT_DL | FACT_DU)) as u64;
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

    /// Single register %f`r` as `ty` (I32 or F32): a half of its double.
    fn ld_s(&mut self, r: u32, ty: Type) -> Value {
        let d = self.use_f((r >> 1) as usize);
        let w = if r & 1 == 0 { self.b.ins().ushr_imm_s(d, 32) } else { d };
        let w = self.b.ins().ireduce(I32, w);
        if ty == F32 {
            self.b.ins().bitcast(F32, MemFlagsData::new(), w)
        } else {
            w
        }
    }

    fn st_s(&mut self, r: u32, v: Value) {
        // The double holding it: the other half kept.
        let idx = (r >> 1) as usize;
        let w = if self.b.func.dfg.value_type(v) == F32 { self.b.ins().bitcast(I32, MemFlagsData::new(), v) } else { v };
        let w = self.b.ins().uextend(I64, w);
        let var = self.fpk().f[idx];
        let old = self.b.use_var(var);
        let old = self.b.ins().bitcast(I64, MemFlagsData::new(), old);
        let d = if r & 1 == 0 {
            let w = self.b.ins().ishl_imm_s(w, 32);
            let o = self.b.ins().band_imm_s(old, 0xffff_ffff);
            self.b.ins().bor(w, o)
        } else {
            let o = self.b.ins().band_imm_s(old, !0xffff_ffff_i64);
            self.b.ins().bor(w, o)
        };
        self.def_f(idx, d);
    }

    /// Load the double register encoded as `r` as `ty` (I64 or F64).
    fn ld_d(&mut self, r: u32, ty: Type) -> Value {
        let var = self.fpk().f[d_idx(r)];
        let v = self.b.use_var(var);
        if ty == F64 {
            v
        } else {
            self.b.ins().bitcast(ty, MemFlagsData::new(), v)
        }
    }

    fn st_d(&mut self, r: u32, v: Value) {
        self.def_f(d_idx(r), v);
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
        let last = self.fp_known.as_ref().and_then(|k| k.last_cmp);
        if let Some((m, a, b, blk)) = last {
            if m == n && self.b.current_block() == Some(blk) {
                // The mask over E, L, G, U as one compare of the operands.
                let cc = match FCC_MASK[(cond & 15) as usize] {
                    1 => FloatCC::Equal,
                    2 => FloatCC::LessThan,
                    3 => FloatCC::LessThanOrEqual,
                    4 => FloatCC::GreaterThan,
                    5 => FloatCC::GreaterThanOrEqual,
                    6 => FloatCC::OrderedNotEqual,
                    7 => FloatCC::Ordered,
                    8 => FloatCC::Unordered,
                    9 => FloatCC::UnorderedOrEqual,
                    10 => FloatCC::UnorderedOrLessThan,
                    11 => FloatCC::UnorderedOrLessThanOrEqual,
                    12 => FloatCC::UnorderedOrGreaterThan,
                    13 => FloatCC::UnorderedOrGreaterThanOrEqual,
                    _ => FloatCC::NotEqual,
                };
                return self.b.ins().fcmp(cc, a, b);
            }
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

    /// Call the exact helper for this FPop in place (the FP state written
    /// back first, what it wrote reloaded after); a trap-enabled exception
    /// leaves the block. It changes `cpu` between sync points: only for
    /// instructions that make every access precise ([`fp_forces_precise`])
    /// or when all accesses are ([`Lifter::precise_all`]).
    fn call_exact(&mut self, word: u32, pc: u64) {
        self.writeback_fp(true);
        if let Some(k) = self.fp_known.as_mut() {
            k.last_cmp = None;
        }
        let arg = self.fpop_helper(word);
        // It wrote %fsr and the destination, a single, double or quad named
        // by rd (the fcc of compares is in %fsr); the other variables stay.
        let rd = (word >> 25) & 31;
        let q = q_idx(rd);
        self.fpk();
        if let Some(k) = self.fp_known.as_mut() {
            k.reload(&mut self.b, self.cpu, &[(rd >> 1) as usize, d_idx(rd), q, q + 1]);
        }
        let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, arg, 0);
        self.trap_if(bad, FP_TRAP_EXIT, arg, pc);
    }

    /// Call the exact helper on `cpu` for FPop `word`; returns its status
    /// (`cpu.exit_arg`: 0, or the si_code of the trap to raise). A cold
    /// call ([`crate::preserve_all::call_cold`]): nothing is clobbered, so
    /// the fast path's values stay in registers across it.
    fn fpop_helper(&mut self, word: u32) -> Value {
        let w = self.k(word as u64);
        let (entry, addr) = (soft::fpop_preserve_all_addr(), soft::fpop_status_addr());
        crate::preserve_all::call_cold(&mut self.b, CallConv::SystemV, entry, addr, &[self.cpu, w]);
        self.cc_held = super::CcHeld::UNKNOWN;
        self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, exit_arg) as i32)
    }

    /// If `ok`, run `fast` (which stores the result and %fsr); otherwise the
    /// exact helper. Values `fast` uses must be defined before. After the
    /// join the FP variables hold the fast path's values or what the slow
    /// path reloaded from `cpu`.
    fn fast_or_exact(&mut self, ok: Value, pure: Option<Pure>, word: u32, pc: u64, fast: impl FnOnce(&mut Self)) {
        self.fast_or_exact_alt(None, ok, |_| None, pure, word, pc, fast)
    }

    /// The slow path of an arithmetic FPop in round-to-nearest without
    /// traps ([`Pure`]): the exact helper on the operand values, in place
    /// (`cpu` untouched but for its scratch `fp_tmp`, so the block goes on
    /// and a later fault still replays from the last sync point); defines
    /// the destination and %fsr. A dozen IR instructions in one block
    /// where [`Self::exact_exit`] wrote the FP and integer state back,
    /// tested for the trap and left the block through a chained exit
    /// (fft's sine and cosine blocks, 2026-12-03: those exits were most of
    /// their IR).
    ///
    /// `clean`: %fsr is clean here and the FPop writes a register (not
    /// fcc): the new %fsr is stored to `cpu` as well and stays clean, so a
    /// loop's sync points do not store it on every iteration for the sake
    /// of this cold path (matmul_fp's inner loop, 2026-12-03: one store per
    /// iteration). Sound for replays from the last sync point: since it,
    /// %fsr changed only through such calls (a clean %fsr), which change
    /// only cexc and aexc; a replay runs them again (cexc overwritten,
    /// aexc or'ed), and FBfcc and FMOVcc read fcc, which these leave. A
    /// `stfsr` since the last sync point would store the new %fsr when
    /// replayed: then %fsr is not clean (`fsr_read_since_sync`).
    fn call_pure(&mut self, p: Pure, word: u32, clean: bool) {
        let off = offset_of!(SparcCpu, fp_tmp) as i32;
        let vars = self.fpk().f;
        debug_assert_eq!(soft::pure_operands(word).0, p.single, "{word:08x}");
        if p.i1 != p.i2 {
            let a = self.b.use_var(vars[p.i1]);
            self.b.ins().store(cpu_flags(), a, self.cpu, off);
        }
        let b = self.b.use_var(vars[p.i2]);
        self.b.ins().store(cpu_flags(), b, self.cpu, off + 8);
        self.b.ins().store(cpu_flags(), p.fsr, self.cpu, off + 16);
        // The word as a store's immediate and the helper's address loaded
        // from `cpu`: no constant of the call for Cranelift to hoist out of
        // a loop into a register held across it (two callee-saved
        // registers and spills in fft's butterfly loop with constants).
        let w = self.b.ins().iconst(I32, word as i32 as i64);
        self.b.ins().store(cpu_flags(), w, self.cpu, off + 24);
        match soft::fpop_pure_preserve_all_addr() {
            Some(_) => {
                let f = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, fp_pure_fn) as i32);
                crate::preserve_all::call_cold_at(&mut self.b, f, &[self.cpu]);
            }
            None => crate::preserve_all::call_cold(&mut self.b, CallConv::SystemV, None, soft::fpop_pure_addr(), &[self.cpu]),
        }
        match p.res {
            PureRes::S => {
                let r = self.b.ins().load(I32, cpu_flags(), self.cpu, off);
                self.st_s(p.rd, r);
            }
            PureRes::D => {
                let r = self.b.ins().load(F64, cpu_flags(), self.cpu, off);
                self.st_d(p.rd, r);
            }
            PureRes::Fsr => {}
        }
        let f = self.b.ins().load(I64, cpu_flags(), self.cpu, off + 16);
        if clean {
            self.b.ins().store(cpu_flags(), f, self.cpu, offset_of!(SparcCpu, fsr) as i32);
            let var = self.fpk().fsr;
            self.b.def_var(var, f);
        } else {
            self.set_fsr(f);
        }
    }

    /// The [`Pure`] slow path of FPop `insn` whose operands are rs1 and
    /// rs2 (`two`; else rs2 only) of `single` size, writing `res`.
    fn pure(&mut self, insn: &Insn, fsr: Value, two: bool, single: bool, res: PureRes) -> Pure {
        let idx = |r: u32| if single { (r >> 1) as usize } else { d_idx(r) };
        let i2 = idx(insn.rs2());
        let i1 = if two { idx(insn.rs1()) } else { i2 };
        Pure { i1, i2, single, fsr, rd: insn.rd(), res }
    }

    /// [`Self::fast_or_exact_alt`] for an FPop with a [`Pure`] slow path:
    /// where %fsr's mode is not the default one (unless known; also when
    /// `ok` does not test it), the exact exit; where `ok` and `alt` fail, [`Self::call_pure`], and both it
    /// and the fast path go on after the join. The fast path's way to
    /// the exact helper (`FpKnown::exact_b`) is the pure call too.
    #[allow(clippy::too_many_arguments)]
    fn fast_or_pure(
        &mut self,
        mode_fsr: Option<Value>,
        ok: Value,
        alt: impl FnOnce(&mut Self) -> Option<Value>,
        p: Pure,
        word: u32,
        pc: u64,
        fast: impl FnOnce(&mut Self),
    ) {
        // As in `fast_or_exact_alt`: both ways on have the default mode.
        let proved = std::mem::take(&mut self.mode_checked);
        let clean = p.res != PureRes::Fsr && self.fp_dirty_mask() & FSR_DIRTY == 0 && !self.fsr_read_since_sync;
        let fast_b = self.b.create_block();
        let slow_b = self.b.create_block();
        let pure_b = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow_b);
        self.b.set_cold_block(pure_b);
        self.branch_fast(mode_fsr, ok, fast_b, slow_b);
        self.b.switch_to_block(slow_b);
        // The mode, unless known (the fast path may not have tested it:
        // compares, integer conversions).
        let slow_mode = mode_fsr.or_else(|| (!self.fsr_mode_zero).then_some(p.fsr));
        if let Some(fsr) = slow_mode {
            // Another rounding direction or a trap enabled: the exact exit
            // (a trap needs the state written back). Tested otherwise than
            // the fast path's mode, as in `alt_to_fast`.
            let exact_b = self.b.create_block();
            let cont = self.b.create_block();
            self.b.set_cold_block(exact_b);
            self.b.set_cold_block(cont);
            let f = self.b.ins().ireduce(I32, fsr);
            let f = self.b.ins().ushr_imm_s(f, 23);
            let m = self.b.ins().band_imm_s(f, ((FSR_RD | FSR_TEM) >> 23) as i64);
            let md = self.b.ins().icmp_imm_s(IntCC::Equal, m, 0);
            self.b.ins().brif(md, cont, &[], exact_b, &[]);
            self.b.seal_block(exact_b);
            self.b.seal_block(cont);
            self.b.switch_to_block(exact_b);
            self.exact_exit(word, pc);
            self.b.switch_to_block(cont);
        }
        match alt(self) {
            Some(ok2) => self.b.ins().brif(ok2, fast_b, &[], pure_b, &[]),
            None => self.b.ins().jump(pure_b, &[]),
        };
        self.b.seal_block(fast_b);
        self.b.switch_to_block(fast_b);
        self.fast_with_exact(pure_b, fast);
        let fast_dirty = self.fp_dirty_mask();
        self.b.ins().jump(join, &[]);
        self.b.seal_block(pure_b);
        self.b.switch_to_block(pure_b);
        self.call_pure(p, word, clean);
        let d = self.fp_dirty_mask() | fast_dirty;
        self.set_fp_dirty_mask(d);
        self.b.ins().jump(join, &[]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        self.fsr_mode_zero |= proved;
    }

    /// Lift an FPop's fast path, whose own tests may branch to `exact_b`
    /// (`FpKnown::exact_b`) while it is being lifted.
    fn fast_with_exact(&mut self, exact_b: cranelift_codegen::ir::Block, fast: impl FnOnce(&mut Self)) {
        if let Some(k) = self.fp_known.as_mut() {
            k.exact_b = Some(exact_b);
        }
        fast(self);
        if let Some(k) = self.fp_known.as_mut() {
            k.exact_b = None;
        }
    }

    /// The slow path of an FPop that is not [`fp_forces_precise`]: the
    /// exact helper on the state written back (registers, flags and FP),
    /// then leave the block after the instruction (or with the IEEE trap).
    /// The helper changes `cpu`, which must hold the state of the last sync
    /// point while the block goes on (faults replay from there), so the
    /// block does not go on. The lifter's state is kept for the fast path.
    fn exact_exit(&mut self, word: u32, pc: u64) {
        self.keeping_state(|l| l.exact_exit_code(word, pc));
    }

    /// The code of [`Self::exact_exit`] (which keeps the lifter's state).
    fn exact_exit_code(&mut self, word: u32, pc: u64) {
        self.writeback_fp(true);
        let arg = self.fpop_helper(word);
        let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, arg, 0);
        self.trap_if(bad, FP_TRAP_EXIT, arg, pc);
        if let Some(cb) = self.b.current_block() {
            self.b.set_cold_block(cb);
        }
        // exit_arg means nothing on a normal exit: the FPop's pc, for logs
        // and tests.
        let at = self.k(pc);
        self.b.ins().store(cpu_flags(), at, self.cpu, offset_of!(SparcCpu, exit_arg) as i32);
        let (next, after) = match self.delay_npc {
            Some(n) => {
                let a = self.b.ins().iadd_imm_s(n, 4);
                (Pc::V(n), Pc::V(self.mask_addr(a)))
            }
            None => (Pc::K(self.mask_pc(pc.wrapping_add(4))), Pc::K(self.mask_pc(pc.wrapping_add(8)))),
        };
        self.next_is_jump = false;
        // Out of the function even in a region: the region's sync point
        // does not cover the state the helper left.
        self.exit_out = true;
        let first = self.b.func.dfg.num_blocks();
        self.exit(Exit::Normal, next, after);
        // The exit's own blocks (chaining, the dispatcher return) are cold
        // too: laid out at the end, not between the fast paths.
        self.cold_from(first);
        self.exit_out = false;
    }

    /// Lift `f` (a way out of the fast path: an exit, or a branch to
    /// another region member) and give the lifter back the state it had
    /// before, for the fast path that goes on after it.
    pub(super) fn keeping_state(&mut self, f: impl FnOnce(&mut Self)) {
        let saved = (self.state, self.cc, self.cc_synced, self.cc_held, self.fp_dirty_mask(), self.next_is_jump, self.insns_started);
        let fp_saved = self.fp_known.as_ref().map(|k| (k.pending, k.marker));
        f(self);
        let (st, cc, sy, h, d, j, n) = saved;
        (self.state, self.cc, self.cc_synced, self.cc_held, self.next_is_jump, self.insns_started) = (st, cc, sy, h, j, n);
        self.set_fp_dirty_mask(d);
        if let (Some(k), Some((p, m))) = (self.fp_known.as_mut(), fp_saved) {
            (k.pending, k.marker) = (p, m);
        }
    }

    /// Lay out the blocks created since block number `first` at the end of
    /// the function (cold).
    pub(super) fn cold_from(&mut self, first: usize) {
        for i in first..self.b.func.dfg.num_blocks() {
            self.b.set_cold_block(cranelift_codegen::ir::Block::from_u32(i as u32));
        }
    }

    /// On the slow path: when `alt` gives a condition and it holds (and
    /// `mode_fsr`, if given, has the default mode), go to the fast path
    /// `fast_b` after all; otherwise on to the exact path.
    fn alt_to_fast(
        &mut self,
        alt: impl FnOnce(&mut Self) -> Option<Value>,
        mode_fsr: Option<Value>,
        fast_b: cranelift_codegen::ir::Block,
    ) {
        if let Some(ok2) = alt(self) {
            let exact_b = self.b.create_block();
            self.b.set_cold_block(exact_b);
            if let Some(fsr) = mode_fsr {
                let cont = self.b.create_block();
                self.b.set_cold_block(cont);
                self.b.ins().brif(ok2, cont, &[], exact_b, &[]);
                self.b.seal_block(cont);
                self.b.switch_to_block(cont);
                // Written otherwise than the fast path's test, so that
                // Cranelift does not merge the two into one boolean kept
                // in a register (the fast path's fuses into test, jne).
                let f = self.b.ins().ireduce(I32, fsr);
                let f = self.b.ins().ushr_imm_s(f, 23);
                let m = self.b.ins().band_imm_s(f, ((FSR_RD | FSR_TEM) >> 23) as i64);
                let md = self.b.ins().icmp_imm_s(IntCC::Equal, m, 0);
                self.b.ins().brif(md, fast_b, &[], exact_b, &[]);
            } else {
                self.b.ins().brif(ok2, fast_b, &[], exact_b, &[]);
            }
            self.b.seal_block(exact_b);
            self.b.switch_to_block(exact_b);
        }
    }

    /// As [`Self::fast_or_exact`], with a second condition for the fast
    /// path that `alt` computes out of line, only when `ok` fails (the
    /// exact zeros: 0 * x, 0 / x, sqrt(±0)). Values `alt` uses must be
    /// defined before. Unless every access is precise, the slow path
    /// leaves the block ([`Self::exact_exit`]) and only the fast path goes
    /// on.
    fn fast_or_exact_alt(
        &mut self,
        mode_fsr: Option<Value>,
        ok: Value,
        alt: impl FnOnce(&mut Self) -> Option<Value>,
        pure: Option<Pure>,
        word: u32,
        pc: u64,
        fast: impl FnOnce(&mut Self),
    ) {
        // (The in-place slow path only once the mode is known, the exact
        // exit alone before, made fft's translation slower: 7323 IR insts
        // in 1962 blocks against 7062 in 2014, 66.7 against 60.0 ms,
        // medians of 9 alternating runs, 2026-12-03.)
        if let Some(p) = pure {
            return self.fast_or_pure(mode_fsr, ok, alt, p, word, pc, fast);
        }
        // `ok` holds only in round-to-nearest without traps when the
        // caller checked the mode: so it is from here on, since the slow
        // path leaves (only ldfsr changes %fsr.RD and TEM).
        let proved = std::mem::take(&mut self.mode_checked);
        if !self.precise_all {
            let fast_b = self.b.create_block();
            let slow_b = self.b.create_block();
            self.b.set_cold_block(slow_b);
            self.branch_fast(mode_fsr, ok, fast_b, slow_b);
            self.b.switch_to_block(slow_b);
            self.alt_to_fast(alt, mode_fsr, fast_b);
            // The exact exit, sealed after the fast path, which may go
            // there too (`FpKnown::exact_b`).
            let exact_b = self.b.create_block();
            self.b.set_cold_block(exact_b);
            self.b.ins().jump(exact_b, &[]);
            self.b.switch_to_block(exact_b);
            self.exact_exit(word, pc);
            self.b.seal_block(fast_b);
            self.b.switch_to_block(fast_b);
            self.fast_with_exact(exact_b, fast);
            self.b.seal_block(exact_b);
            self.fsr_mode_zero |= proved;
            return;
        }
        let fast_b = self.b.create_block();
        let slow_b = self.b.create_block();
        let join = self.b.create_block();
        self.b.set_cold_block(slow_b);
        self.branch_fast(mode_fsr, ok, fast_b, slow_b);
        self.b.switch_to_block(fast_b);
        fast(self);
        // What the fast path left dirty stays so after the join.
        let fast_dirty = self.fp_dirty_mask();
        let fast_marker = self.fp_known.as_ref().and_then(|k| k.marker);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow_b);
        self.alt_to_fast(alt, mode_fsr, fast_b);
        self.b.seal_block(fast_b);
        self.call_exact(word, pc);
        let d = self.fp_dirty_mask() | fast_dirty;
        self.set_fp_dirty_mask(d);
        // `cpu.fsr_pend` after the join: what both ways leave, or unknown
        // (the helper's write-back cleared it, the fast path did not).
        if let Some(k) = self.fp_known.as_mut() {
            if k.marker != fast_marker {
                k.marker = None;
            }
        }
        self.b.ins().jump(join, &[]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
    }

    /// To `fast_b` when `ok` holds and `mode_fsr` (if given) has the
    /// default mode, else to `slow_b` (sealed here); the mode in a branch
    /// of its own (test r32, imm32; jne).
    fn branch_fast(
        &mut self,
        mode_fsr: Option<Value>,
        ok: Value,
        fast_b: cranelift_codegen::ir::Block,
        slow_b: cranelift_codegen::ir::Block,
    ) {
        if let Some(fsr) = mode_fsr {
            let f = self.b.ins().ireduce(I32, fsr);
            let m = self.b.ins().band_imm_s(f, (FSR_RD | FSR_TEM) as u32 as i32 as i64);
            let p = self.b.ins().icmp_imm_s(IntCC::Equal, m, 0);
            // `ok` first: the block ahead of both branches, which computes
            // the values the fast path uses, then dominates the fast path
            // (else Cranelift computes them again there).
            let cont = self.b.create_block();
            self.b.ins().brif(ok, cont, &[], slow_b, &[]);
            self.b.seal_block(cont);
            self.b.switch_to_block(cont);
            self.b.ins().brif(p, fast_b, &[], slow_b, &[]);
        } else {
            self.b.ins().brif(ok, fast_b, &[], slow_b, &[]);
        }
        self.b.seal_block(slow_b);
    }

    /// %fsr selects round-to-nearest and enables no trap (an i8 boolean).
    fn default_mode(&mut self, fsr: Value) -> Value {
        if self.fsr_mode_zero {
            return self.b.ins().iconst(I8, 1);
        }
        self.mode_checked = true;
        let m = self.mode_bits(fsr);
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
                // On the F64 value the register variable holds (xorpd /
                // andpd: the same bits, NaNs included), not through I64.
                let v = self.ld_d(rs2, F64);
                let v = match opf {
                    0x06 => self.sign_mask_op(true, v),
                    0x0a => self.sign_mask_op(false, v),
                    _ => v,
                };
                self.dirty_dst(rd, false);
                self.st_d(rd, v);
                self.fpop_no_exc();
            }
            0x03 | 0x07 | 0x0b => {
                let (si, di) = (q_idx(rs2), q_idx(rd));
                let hi = self.use_f(si);
                let lo = self.use_f(si + 1);
                let hi = self.sign_op(opf, hi, i64::MIN);
                self.fp_dirty(di);
                self.def_f(di, hi);
                self.def_f(di + 1, lo);
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
                let fsr = self.fsr();
                let a = self.ld_s(insn.rs1(), F32);
                let b = self.ld_s(rs2, F32);
                let a = self.b.ins().fpromote(F64, a);
                let b = self.b.ins().fpromote(F64, b);
                let r = self.b.ins().fmul(a, b);
                let ok = self.b.ins().fcmp(FloatCC::Ordered, r, r);
                self.dirty_dst(rd, false);
                let pure = self.pure(&insn, fsr, true, true, PureRes::D);
                self.fast_or_exact(ok, Some(pure), insn.word, pc, |l| {
                    l.st_d(rd, r);
                    l.fpop_no_exc();
                });
            }
            0x81 | 0x82 | 0xd1 | 0xd2 => self.fp_to_int(&insn, pc),
            0x84 | 0x88 | 0xc4 | 0xc8 => self.int_to_fp(&insn, pc),
            0xc9 => {
                // fstod: exact unless NaN.
                let fsr = self.fsr();
                let a = self.ld_s(rs2, F32);
                let ok = self.b.ins().fcmp(FloatCC::Ordered, a, a);
                self.dirty_dst(rd, false);
                let pure = self.pure(&insn, fsr, false, true, PureRes::D);
                self.fast_or_exact(ok, Some(pure), insn.word, pc, |l| {
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
                let pure = self.pure(&insn, fsr, false, false, PureRes::S);
                self.fast_or_exact(ok, Some(pure), insn.word, pc, |l| {
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

    /// fneg (`neg`) or fabs of the float `v` as xorpd / andpd with a mask
    /// taken from a vector constant. Cranelift lowers `fneg`/`fabs` with
    /// the mask built through a GPR at every use (mov imm64, movq, xorpd:
    /// three host insns); `vconst` is a constant-pool load that is not
    /// rematerialized, so in a loop it is hoisted and the op is the one
    /// xorpd (fft's butterfly loop, 2026-12-03: 2 host insns fewer per
    /// iteration in each of its two guarded copies). Same bits, NaNs
    /// included.
    fn sign_mask_op(&mut self, neg: bool, v: Value) -> Value {
        use cranelift_codegen::ir::types::{F32X4, F64X2};
        use cranelift_codegen::ir::ConstantData;
        let (vty, mask): (Type, u128) = if self.b.func.dfg.value_type(v) == F32 {
            (F32X4, if neg { 0x8000_0000 } else { 0x7fff_ffff })
        } else {
            (F64X2, if neg { 1 << 63 } else { (1 << 63) - 1 })
        };
        let c = self.b.func.dfg.constants.insert(ConstantData::from(&mask.to_le_bytes()[..]));
        let m = self.b.ins().vconst(vty, c);
        let m = self.b.ins().extractlane(m, 0);
        if neg {
            self.b.ins().bxor(v, m)
        } else {
            self.b.ins().band(v, m)
        }
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
        // FMA computes it exactly: |r| >= 2^(emin + p + 1), 2^-968 (double)
        // or 2^-100 (single), biased exponents 55 and 27. The tests are on
        // the biased exponent field e: a value is finite and not NaN when
        // e < emax, at least `tiny` when e >= lo.
        let (ity, mant, emax, lo) = if ty == F32 { (I32, 23, 0xffi64, 27i64) } else { (I64, 52, 0x7ff, 55) };
        // e, from the bits doubled (the sign shifted out: one lea) and
        // shifted down; `signed`: with the sign above it (then v < 0 is
        // out of range: fsqrt).
        let exp = |l: &mut Self, v: Value, signed: bool| {
            let bits = l.b.ins().bitcast(ity, MemFlagsData::new(), v);
            let bits = if ity == I32 { l.b.ins().uextend(I64, bits) } else { bits };
            if signed {
                l.b.ins().ushr_imm_s(bits, mant)
            } else if ity == I32 {
                let e = l.b.ins().ushr_imm_s(bits, mant);
                l.b.ins().band_imm_s(e, 0xff)
            } else {
                let d = l.b.ins().iadd(bits, bits);
                l.b.ins().ushr_imm_s(d, mant + 1)
            }
        };
        // lo <= e < emax: (e - lo) <u (emax - lo).
        let in_band = |l: &mut Self, v: Value, signed: bool| {
            if ity == I64 && !signed {
                // Doubles: on the high word h (sign, e, 20 mantissa bits)
                // doubled, the sign shifted out: 2h - (lo << 21) <u
                // (emax - lo) << 21 (a value below `tiny` wraps above the
                // bound, the mantissa bits stay below 2^21). vmovq, shr,
                // one lea, cmp: one host insn fewer than the exponent
                // shifted down (matmul_fp's and fft's fmuld, 2026-12-03).
                let bits = l.b.ins().bitcast(I64, MemFlagsData::new(), v);
                let h = l.b.ins().ushr_imm_s(bits, 32);
                let h = l.b.ins().ireduce(I32, h);
                let d = l.b.ins().iadd(h, h);
                let x = l.b.ins().iadd_imm_s(d, -(lo << 21));
                return l.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, x, (emax - lo) << 21);
            }
            let e = exp(l, v, signed);
            let x = l.b.ins().iadd_imm_s(e, -lo);
            l.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, x, emax - lo)
        };
        // The next FPop overwrites cexc and ftt: only this one's inexact
        // into aexc matters, and nothing when aexc.nx is set already (the
        // fast path runs in round-to-nearest without traps, so the next one
        // cannot trap either way).
        let cexc_dead = std::mem::take(&mut self.cexc_dead);
        // add/sub whose cexc may be read: left pending ([`Pending`]) in
        // regions (a loop's sync points store it instead of computing it;
        // a single block computes it at its exit anyway), unless every
        // access syncs; the fast path then only keeps aexc.nx.
        let lazy = !cexc_dead && matches!(ar, Ar::Add | Ar::Sub) && !self.precise_all && self.region.is_some();
        // add/sub: r is finite iff the TwoSum error is not NaN (an infinite
        // or NaN r makes it NaN: inf - inf or NaN on the way; a finite r
        // makes it the exact, finite error); so when the error is needed
        // anyway it is the range test, else r - r is (0 or NaN). Subnormal
        // results of add/sub are exact: no underflow.
        // aexc.nx known set and this cexc dead or pending: nothing of
        // this FPop's inexact matters (the fast path only stores r).
        let nx_known = (cexc_dead || lazy) && self.aexc_nx_set;
        let mut err_pre = None;
        let mut ok = match ar {
            Ar::Add | Ar::Sub => {
                let (a, b) = (a.unwrap(), b);
                let chk = if cexc_dead && nx_known && !deferred_off() {
                    // Dead cexc with aexc.nx set: only a NaN needs the exact
                    // path, an overflow waits in MXCSR as for mul (a pending
                    // cexc still needs r finite: settling it knows only
                    // inexact).
                    r
                } else if cexc_dead || lazy {
                    self.b.ins().fsub(r, r)
                } else {
                    let e = self.two_sum_err(a, b, r, ar == Ar::Sub);
                    err_pre = Some(e);
                    e
                };
                self.b.ins().fcmp(FloatCC::Ordered, chk, chk)
            }
            // With nx_known (the cexc dead, for these) only a NaN result
            // needs the exact path (its payload is SPARC's, the default
            // NaN too): an infinite or tiny result is the IEEE one, and
            // its overflow, underflow or division by zero (all the cexc
            // would show besides inexact) waits in MXCSR for aexc
            // ([`soft::deferred_aexc`]). `ucomisd r, r` and `jp` instead
            // of the range test's five host insns off the result: 0.84x
            // matmul_fp, 0.91x fft, 0.77x nbody with no test at all
            // (2026-12-04, `benches/ab.sh`); the range test costs more
            // than its count of insns in these loops.
            Ar::Mul | Ar::Div | Ar::Sqrt if nx_known && !deferred_off() => self.b.ins().fcmp(FloatCC::Ordered, r, r),
            Ar::Mul | Ar::Div => in_band(self, r, false),
            Ar::Sqrt => in_band(self, b, true),
        };
        if ar == Ar::Div && !nx_known {
            // |a| >= tiny too, for the residual to be exact (a finite: a/b
            // with a = inf is not finite). Without the residual r in band
            // is enough: no overflow, underflow, invalid or division by
            // zero (0/0 and x/0 are NaN or infinite).
            let oka = in_band(self, a.unwrap(), false);
            ok = self.b.ins().band(ok, oka);
        }
        // %fsr.RD and TEM, unless known: a branch of its own after `ok`.
        let mode_fsr = if self.fsr_mode_zero {
            None
        } else {
            self.mode_checked = true;
            Some(fsr)
        };
        // Exact zeros (no exception at all): 0 * finite, 0 / normal,
        // sqrt(±0); the residual below is then ±0 too.
        let alt = |l: &mut Self| {
            // ±0: the bits shifted left are 0. For doubles a bitcast of
            // its own (other flags: Cranelift does not merge it with the
            // range test's), so that the fast path's bits have one use,
            // the range test's shift, which then works in place instead of
            // on a copy; the cold path moves them out of the XMM again.
            let zero = |l: &mut Self, v: Value| {
                let f = if ity == I64 { MemFlagsData::new().with_endianness(cranelift_codegen::ir::Endianness::Little) } else { MemFlagsData::new() };
                let bits = l.b.ins().bitcast(ity, f, v);
                let s = l.b.ins().ishl_imm_s(bits, 1);
                l.b.ins().icmp_imm_s(IntCC::Equal, s, 0)
            };
            let c = match (ar, a) {
                (Ar::Mul, Some(a)) => {
                    let rz = zero(l, r);
                    let az = zero(l, a);
                    let bz = zero(l, b);
                    let z = l.b.ins().bor(az, bz);
                    l.b.ins().band(rz, z)
                }
                (Ar::Div, Some(a)) => {
                    let az = zero(l, a);
                    // b normal: 1 <= e < emax.
                    let eb = exp(l, b, false);
                    let xb = l.b.ins().iadd_imm_s(eb, -1);
                    let bn = l.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, xb, emax - 1);
                    l.b.ins().band(az, bn)
                }
                (Ar::Sqrt, _) => zero(l, b),
                _ => return None,
            };
            Some(c)
        };
        // The slow path in place unless the cexc is left pending (the
        // pending add recomputes cexc from the operands: only right after
        // the fast path).
        let pure = (!lazy).then(|| self.pure(insn, fsr, ar != Ar::Sqrt, ty == F32, if ty == F32 { PureRes::S } else { PureRes::D }));
        self.fast_or_exact_alt(mode_fsr, ok, alt, pure, insn.word, pc, |l| {
            if nx_known {
                l.st_f(rd, r, ty);
                return;
            }
            let exact_b = l.fp_known.as_ref().and_then(|k| k.exact_b);
            if let (true, Some(exact_b)) = (cexc_dead || lazy, exact_b) {
                // Only aexc.nx matters (cexc is dead or pending): nothing
                // to do when it is set; when clear, an exact result changes
                // nothing either and an inexact one leaves through the
                // exact helper (which sets it in `cpu`: once, until an
                // ldfsr clears it again). So %fsr is not written here and
                // stays clean (no store at the sync points after).
                let done = l.unless_aexc_nx(fsr);
                let nx = l.inexact(ar, a, b, r, err_pre, ity);
                l.b.ins().brif(nx, exact_b, &[], done, &[]);
                l.b.seal_block(done);
                l.b.switch_to_block(done);
                l.st_f(rd, r, ty);
                return;
            }
            l.st_f(rd, r, ty);
            let done = if cexc_dead || lazy { Some(l.unless_aexc_nx(fsr)) } else { None };
            let nx = l.inexact(ar, a, b, r, err_pre, ity);
            if lazy {
                // aexc.nx was clear: set it if inexact (cexc is pending).
                let fx = l.b.ins().bor_imm_s(fsr, (NX as i64) << 5);
                let f = l.b.ins().select(nx, fx, fsr);
                l.set_fsr(f);
            } else {
                l.fpop_nx_flag(fsr, nx);
            }
            if let Some(done) = done {
                l.b.ins().jump(done, &[]);
                l.b.seal_block(done);
                l.b.switch_to_block(done);
            }
        });
        if lazy {
            let kind = match (ar, ty == F32) {
                (Ar::Add, false) => FSR_PEND_ADDD,
                (Ar::Sub, false) => FSR_PEND_SUBD,
                (Ar::Add, true) => FSR_PEND_ADDS,
                _ => FSR_PEND_SUBS,
            };
            // `b` is register rs2's value unless rd overwrote it (or singles).
            let b_reg = (ty == F64 && d_idx(rs2) != d_idx(rd)).then(|| d_idx(rs2));
            let p = Pending { kind, a: a.unwrap(), b, b_reg };
            self.fpk().pending = Some(p);
        }
    }

    /// Leave the current block for a cold one unless aexc.nx is set in
    /// `fsr`; returns the block where both ways join (the caller ends the
    /// cold block with a branch or jump to it).
    fn unless_aexc_nx(&mut self, fsr: Value) -> cranelift_codegen::ir::Block {
        let has = self.b.ins().band_imm_s(fsr, (NX as i64) << 5);
        let need = self.b.create_block();
        let done = self.b.create_block();
        self.b.set_cold_block(need);
        self.b.ins().brif(has, done, &[], need, &[]);
        self.b.seal_block(need);
        self.b.switch_to_block(need);
        done
    }

    /// Whether the finite result `r` of `a ar b` (of `b` alone for sqrt)
    /// is inexact: its error (TwoSum, or the FMA residual; `err_pre` when
    /// the fast path computed it already) is not ±0. An i8 0/1; `ity` is
    /// the integer type of `r`'s width.
    fn inexact(&mut self, ar: Ar, a: Option<Value>, b: Value, r: Value, err_pre: Option<Value>, ity: Type) -> Value {
        let err = match (ar, a) {
            _ if err_pre.is_some() => err_pre.unwrap(),
            (Ar::Add, Some(a)) => self.two_sum_err(a, b, r, false),
            (Ar::Sub, Some(a)) => self.two_sum_err(a, b, r, true),
            (Ar::Mul, Some(a)) => {
                let nr = self.b.ins().fneg(r);
                self.b.ins().fma(a, b, nr)
            }
            (Ar::Div, Some(a)) => {
                let na = self.b.ins().fneg(a);
                self.b.ins().fma(r, b, na)
            }
            _ => {
                let nb = self.b.ins().fneg(b);
                self.b.ins().fma(r, r, nb)
            }
        };
        let eb = self.b.ins().bitcast(ity, MemFlagsData::new(), err);
        let eb = self.b.ins().ishl_imm_s(eb, 1);
        self.b.ins().icmp_imm_s(IntCC::NotEqual, eb, 0)
    }

    /// The rounding error of r = a + b, or of r = a - b when `sub`
    /// (Knuth's TwoSum; exact when r is finite). For a - b it is TwoSum of
    /// a and -b with its -b folded in: db = -b - b' = -(b + b') exactly
    /// (round to nearest is symmetric), so err = da - (b + b'); only the
    /// sign of a zero error can differ, which nothing looks at.
    fn two_sum_err(&mut self, a: Value, b: Value, r: Value, sub: bool) -> Value {
        let bp = self.b.ins().fsub(r, a);
        let ap = self.b.ins().fsub(r, bp);
        let da = self.b.ins().fsub(a, ap);
        if sub {
            let t = self.b.ins().fadd(b, bp);
            self.b.ins().fsub(da, t)
        } else {
            let db = self.b.ins().fsub(b, bp);
            self.b.ins().fadd(da, db)
        }
    }

    /// fstoi / fdtoi / fstox / fdtox: truncation; fast when in range.
    fn fp_to_int(&mut self, insn: &Insn, pc: u64) {
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
        let pure = self.pure(insn, fsr, false, ty == F32, if wide { PureRes::D } else { PureRes::S });
        self.fast_or_exact(ok, Some(pure), insn.word, pc, |l| {
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
    fn int_to_fp(&mut self, insn: &Insn, pc: u64) {
        let opf = insn.opf();
        let (rd, rs2) = (insn.rd(), insn.rs2());
        let wide = opf & 0xf0 == 0x80;
        let to = if opf & 0x0c == 0x04 { F32 } else { F64 };
        let fsr = self.fsr();
        let i = if wide { self.ld_d(rs2, I64) } else { self.ld_s(rs2, I32) };
        let i = if wide { i } else { self.b.ins().sextend(I64, i) };
        // Exact when |i| <= 2^p (p = 24 or 53).
        let p = if to == F32 { 24 } else { 53 };
        let t = self.b.ins().iadd_imm_s(i, 1i64 << p);
        let ok = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, t, 1i64 << (p + 1));
        self.dirty_dst(rd, to == F32);
        let pure = self.pure(insn, fsr, false, !wide, if to == F32 { PureRes::S } else { PureRes::D });
        self.fast_or_exact(ok, Some(pure), insn.word, pc, |l| {
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
                self.fpk().last_cmp = None;
                let pure = self.pure(&insn, fsr, true, ty == F32, PureRes::Fsr);
                self.fast_or_exact(ord, Some(pure), insn.word, pc, |l| {
                    // fcc = lt + 2 gt, added as bytes and extended once
                    // (two adds and a movzx for two movzx, a shl and an or:
                    // the fcmpd row 56 -> 55 host insns, 2026-12-03).
                    let lt = l.b.ins().fcmp(FloatCC::LessThan, a, b);
                    let gt = l.b.ins().fcmp(FloatCC::GreaterThan, a, b);
                    let gt = l.b.ins().iadd(gt, gt);
                    let fcc = l.b.ins().iadd(lt, gt);
                    let fcc = l.b.ins().uextend(I64, fcc);
                    let sh = soft::fcc_shift(n) as i64;
                    let fcc = l.b.ins().ishl_imm_s(fcc, sh);
                    let f = l.b.ins().band_imm_s(fsr, !(FSR_CEXC | FSR_FTT | (3 << sh)) as i64);
                    let f = l.b.ins().bor(f, fcc);
                    l.set_fsr(f);
                });
                // Both ways on (the fast one, and in a precise function the
                // exact helper's) leave %fccN as `a` compares with `b`.
                if let Some(cb) = self.b.current_block() {
                    self.fpk().last_cmp = Some((n, a, b, cb));
                }
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
                // As F64 (the variables' type): no moves to and from GPRs.
                let n = self.ld_d(rs2, F64);
                let o = self.ld_d(rd, F64);
                let v = self.b.ins().select(c, n, o);
                self.dirty_dst(rd, false);
                self.st_d(rd, v);
            }
            _ => {
                let (si, di) = (q_idx(rs2), q_idx(rd));
                self.fp_dirty(di);
                for k in 0..2 {
                    let n = self.use_f(si + k);
                    let o = self.use_f(di + k);
                    let v = self.b.ins().select(c, n, o);
                    self.def_f(di + k, v);
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

    /// ldf/lddf/ldqf/stf/stdf/stqf and their alternate-space forms, with
    /// the VIS block (64-byte) and short (8/16-bit) ASIs of lddfa/stdfa.
    /// lddf/stdf need only word alignment: Linux emulates the
    /// LDDF/STDF_mem_address_not_aligned traps, and QEMU accepts them.
    fn fp_mem(&mut self, insn: Insn, size: u8, alt: bool, load: bool, pc: u64) -> bool {
        let ea = self.ea(&insn);
        let rd = insn.rd();
        if !alt {
            // (A loop may know the address registers aligned: region.rs
            // `loop_alignment`.)
            let chk = self.align_to_test(&insn, 4);
            let host = if load { self.host_addr_load(ea, chk, pc) } else { self.host_addr(ea, chk, pc) };
            self.xfer(load, size, rd, host, &AsiSel::Static(true));
            return true;
        }
        if insn.i() {
            return self.fp_mem_asi_reg(&insn, size, load, ea, pc);
        }
        if !load && !self.nf_store_check(&insn, ea, 4, pc) {
            return false;
        }
        let asi = insn.imm_asi();
        if let Ok(big) = asi_endianness(asi) {
            let host = if load { self.host_addr_load(ea, 4, pc) } else { self.host_addr(ea, 4, pc) };
            self.xfer(load, size, rd, host, &AsiSel::Static(big));
            return true;
        }
        let little = asi & 8 != 0;
        if is_block_asi(asi) {
            if size != 8 || !d_idx(rd).is_multiple_of(4) {
                return self.fp_illegal(&insn, pc);
            }
            let host = self.host_addr(ea, 64, pc);
            self.xfer_block(load, rd, host, &AsiSel::Static(!little));
            return true;
        }
        if matches!(asi & !0x0b, 0xd0) {
            // ASI_FL8_* / ASI_FL16_*: one byte or halfword, zero-extended.
            if size != 8 {
                return self.fp_illegal(&insn, pc);
            }
            let bytes = if asi & 2 != 0 { 2 } else { 1 };
            let host = self.host_addr(ea, bytes, pc);
            self.xfer_short(load, rd, host, bytes, &AsiSel::Static(!little));
            return true;
        }
        if is_partial_asi(asi) {
            // ASI_PST8/16/32_{P,S}{,L}: partial stores (stdfa only).
            if size != 8 || load {
                let w = self.k(insn.word as u64);
                self.exit_with_arg(Exit::Privileged, w, pc);
                return false;
            }
            self.partial_store(&insn, asi, pc);
            return true;
        }
        let w = self.k(insn.word as u64);
        self.exit_with_arg(Exit::Privileged, w, pc);
        false
    }

    /// lddfa/stdfa/ldfa/stfa/... through %asi. A doubleword access to a
    /// register that can start a block (%d0, %d8, ...) is what glibc's
    /// memset and memcpy do with %asi = ASI_BLK_P (0xf0) in their loops: one
    /// compare of %asi with 0xf0 then the plain big-endian 64-byte transfer,
    /// and every other %asi (cold) through [`Self::xfer_dyn_asi`], the same
    /// checks as before (for 0xf0 it also does the 64-byte big-endian
    /// transfer, and a store through 0xf0 is no no-fault store). The state
    /// is written back before any branch when the accesses on the paths
    /// would do it, so every path leaves the lifter's register state true.
    fn fp_mem_asi_reg(&mut self, insn: &Insn, size: u8, load: bool, ea: Value, pc: u64) -> bool {
        let rd = insn.rd();
        // The accesses below sit on sibling paths, each with a host_addr
        // that would write the state back on its own; the first one lifted
        // would mark the registers clean for the others too.
        if self.precise_all || self.loaded_since_sync {
            self.sync_for_access(pc);
        }
        if size != 8 || !d_idx(rd).is_multiple_of(4) {
            if !load && !self.nf_store_check(insn, ea, 4, pc) {
                return false;
            }
            return self.xfer_dyn_asi(insn, size, load, ea, pc);
        }
        // The FP variables dirty on either path (each syncs on its own).
        let d0 = self.fp_dirty_mask();
        let asi = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, asi) as i32);
        let blk_p = self.b.ins().icmp_imm_s(IntCC::Equal, asi, 0xf0);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.ins().brif(blk_p, fast, &[], slow, &[]);
        self.b.seal_block(fast);
        self.b.seal_block(slow);
        self.b.set_cold_block(slow);
        self.b.switch_to_block(fast);
        // %fprs as set on the way in: the slow path sets its bits itself
        // (the fast path's block load set them on its own path only).
        let fprs0 = self.fprs_dirty;
        let host = self.host_addr(ea, 64, pc);
        self.xfer_block(load, rd, host, &AsiSel::Static(true));
        self.b.ins().jump(join, &[]);
        let d_fast = self.fp_dirty_mask();
        self.set_fp_dirty_mask(d0);
        let fprs_fast = std::mem::replace(&mut self.fprs_dirty, fprs0);
        self.b.switch_to_block(slow);
        if !load {
            // With %asi the check is a run-time trap: it always goes on.
            let goes_on = self.nf_store_check(insn, ea, 4, pc);
            debug_assert!(goes_on);
        }
        self.xfer_dyn_asi(insn, size, load, ea, pc);
        self.b.ins().jump(join, &[]);
        let d = self.fp_dirty_mask() | d_fast;
        self.set_fp_dirty_mask(d);
        // Set after the join only where both paths set it.
        self.fprs_dirty &= fprs_fast;
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        true
    }

    /// An alternate-space FP access through %asi: the user ASIs (0x80-0x8b:
    /// primary/secondary, no-fault, little-endian), and for lddfa/stdfa the
    /// VIS block ASIs (glibc's memcpy and memset use `wr 0xf0, %asi; ldda
    /// [..] %asi, %f0`) and the short ASI_FL8/FL16 ones. A partial-store ASI
    /// needs the mask register that only the i = 0 form has: with %asi
    /// (i = 1) it is an illegal instruction, as is a block ASI on a
    /// register that is not a multiple of 8 (QEMU: TT_ILL_INSN); any other
    /// ASI is refused as a privileged action.
    fn xfer_dyn_asi(&mut self, insn: &Insn, size: u8, load: bool, ea: Value, pc: u64) -> bool {
        let rd = insn.rd();
        let asi = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, asi) as i32);
        let m = self.b.ins().band_imm_s(asi, !0x0b_i64);
        let normal = self.b.ins().icmp_imm_s(IntCC::Equal, m, 0x80);
        let lt = self.b.ins().band_imm_s(asi, 8);
        let little = self.b.ins().icmp_imm_s(IntCC::NotEqual, lt, 0);
        if load {
            // Every path may write these registers.
            let idx = if size == 4 { (rd >> 1) as usize } else if size == 8 { d_idx(rd) } else { q_idx(rd) };
            self.fp_dirty(idx);
            if size == 8 && d_idx(rd).is_multiple_of(4) {
                for k in 1..8 {
                    self.fp_dirty(d_idx(rd) + k);
                }
            }
        }
        // The FP variables dirty on any of the paths (each syncs on its own).
        let d0 = self.fp_dirty_mask();
        let mut acc = 0;
        let nb = self.b.create_block();
        let ob = self.b.create_block();
        let join = self.b.create_block();
        self.b.ins().brif(normal, nb, &[], ob, &[]);
        self.b.seal_block(nb);
        self.b.seal_block(ob);
        self.b.switch_to_block(ob);
        self.b.set_cold_block(ob);
        let w = self.k(insn.word as u64);
        if size == 8 {
            if !load {
                // 0xc0-0xc5, 0xc8-0xcd.
                let p = self.b.ins().band_imm_s(asi, !0x08_i64);
                let p = self.b.ins().iadd_imm_s(p, -0xc0);
                let pst = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, p, 6);
                self.trap_if(pst, Exit::Illegal, w, pc);
            }
            let b1 = self.b.ins().band_imm_s(asi, 0xf6);
            let b1 = self.b.ins().icmp_imm_s(IntCC::Equal, b1, 0xf0);
            let b2 = self.b.ins().band_imm_s(asi, 0xfe);
            let b2 = self.b.ins().icmp_imm_s(IntCC::Equal, b2, 0xe0);
            let blk = self.b.ins().bor(b1, b2);
            let sh = self.b.ins().band_imm_s(asi, !0x0b_i64);
            let short = self.b.ins().icmp_imm_s(IntCC::Equal, sh, 0xd0);
            let known = self.b.ins().bor(blk, short);
            let bad = self.b.ins().bxor_imm_s(known, 1);
            self.trap_if(bad, Exit::Privileged, w, pc);
            if d_idx(rd).is_multiple_of(4) {
                let bb = self.b.create_block();
                let sb = self.b.create_block();
                self.b.ins().brif(blk, bb, &[], sb, &[]);
                self.b.seal_block(bb);
                self.b.seal_block(sb);
                self.b.switch_to_block(bb);
                let host = self.host_addr(ea, 64, pc);
                self.xfer_block(load, rd, host, &AsiSel::Dynamic(little));
                self.b.ins().jump(join, &[]);
                acc |= self.fp_dirty_mask();
                self.set_fp_dirty_mask(d0);
                self.b.switch_to_block(sb);
            } else {
                self.trap_if(blk, Exit::Illegal, w, pc);
            }
            // ASI_FL8_* / ASI_FL16_*.
            let h = self.b.ins().band_imm_s(asi, 2);
            let half = self.b.ins().icmp_imm_s(IntCC::NotEqual, h, 0);
            let b16 = self.b.create_block();
            let b8 = self.b.create_block();
            self.b.ins().brif(half, b16, &[], b8, &[]);
            self.b.seal_block(b16);
            self.b.seal_block(b8);
            for (blk, bytes) in [(b16, 2), (b8, 1)] {
                self.b.switch_to_block(blk);
                let host = self.host_addr(ea, bytes, pc);
                self.xfer_short(load, rd, host, bytes, &AsiSel::Dynamic(little));
                self.b.ins().jump(join, &[]);
                acc |= self.fp_dirty_mask();
                self.set_fp_dirty_mask(d0);
            }
        } else {
            // Block and short ASIs are for lddfa/stdfa only (QEMU 7.2:
            // illegal_instruction, as with an immediate ASI).
            let b1 = self.b.ins().band_imm_s(asi, 0xf6);
            let b1 = self.b.ins().icmp_imm_s(IntCC::Equal, b1, 0xf0);
            let b2 = self.b.ins().band_imm_s(asi, 0xfe);
            let b2 = self.b.ins().icmp_imm_s(IntCC::Equal, b2, 0xe0);
            let sh = self.b.ins().band_imm_s(asi, !0x0b_i64);
            let short = self.b.ins().icmp_imm_s(IntCC::Equal, sh, 0xd0);
            let v = self.b.ins().bor(b1, b2);
            let v = self.b.ins().bor(v, short);
            self.trap_if(v, Exit::Illegal, w, pc);
            let saved = self.save_flow();
            self.exit_with_arg(Exit::Privileged, w, pc);
            self.restore_flow(saved);
        }
        self.b.switch_to_block(nb);
        let host = self.host_addr(ea, 4, pc);
        self.xfer(load, size, rd, host, &AsiSel::Dynamic(little));
        self.b.ins().jump(join, &[]);
        acc |= self.fp_dirty_mask();
        self.set_fp_dirty_mask(acc);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        true
    }

    /// VIS partial store (`stda %fd, [rs1] rs2, ASI_PST{8,16,32}_{P,S}{,L}`,
    /// i = 0): the 8-, 16- or 32-bit elements of %d(rd) whose mask bit in
    /// rs2 is set are stored at [rs1] (8-byte aligned; rs2 is the mask, not
    /// an offset). The mask's most significant bit goes with the register's
    /// most significant element; with an L ASI the doubleword is stored
    /// little-endian (UltraSPARC I/II User's Manual 13.5.3, UltraSPARC
    /// Architecture 2005 "STPARTIAL"). QEMU 7.2 does not implement them (it
    /// raises illegal_instruction), so this follows the manuals. Done as a
    /// read-merge-write of the doubleword: a store to a read-only page
    /// faults even with an empty mask (the manual leaves that open).
    fn partial_store(&mut self, insn: &Insn, asi: u32, pc: u64) {
        let a = self.get(insn.rs1());
        let ea = self.mask_addr(a);
        let mask = self.get(insn.rs2());
        let host = self.host_addr(ea, 8, pc);
        let old = self.b.ins().load(I64, MemFlagsData::new(), host, 0);
        let old = self.b.ins().bswap(old);
        let reg = self.ld_d(insn.rd(), I64);
        let k = self.k(asi as u64);
        let new = self.call_pure4(vis::partial_store as *const () as usize as u64, [k, old, reg, mask]);
        let new = self.b.ins().bswap(new);
        self.b.ins().store(MemFlagsData::new(), new, host, 0);
    }

    /// One FP register (single, double or quad) to or from guest memory.
    fn xfer(&mut self, load: bool, size: u8, rd: u32, host: Value, sel: &AsiSel) {
        let f = MemFlagsData::new();
        match size {
            // Big-endian lddf: reversed in the XMM register, one host insn
            // fewer and no GPR (matmul_fp's inner loop has two). stdf stays
            // movq + bswap + mov: a register's shuffle needs a movddup or
            // a zeroing movsd first (three insns too).
            8 if load && matches!(sel, AsiSel::Static(true)) && have_sse41_ssse3() => {
                let v = self.load_swapped_f64(host);
                self.dirty_dst(rd, false);
                self.st_d(rd, v);
            }
            4 if load => {
                let v = self.b.ins().load(I32, f, host, 0);
                let v = self.fp_order(v, sel);
                self.dirty_dst(rd, true);
                self.st_s(rd, v);
            }
            4 => {
                let v = self.ld_s(rd, I32);
                let v = self.fp_order(v, sel);
                self.b.ins().store(f, v, host, 0);
            }
            8 if load => {
                let v = self.b.ins().load(I64, f, host, 0);
                let v = self.fp_order(v, sel);
                self.dirty_dst(rd, false);
                self.st_d(rd, v);
            }
            8 => {
                let v = self.ld_d(rd, I64);
                let v = self.fp_order(v, sel);
                self.b.ins().store(f, v, host, 0);
            }
            // Quads: two doublewords, each in the access's byte order (QEMU).
            _ => self.xfer_words(load, q_idx(rd), 2, host, sel),
        }
    }

    /// The big-endian double at `host` (an F64), loaded into an XMM
    /// register and reversed there ([`have_sse41_ssse3`]): `pmovzxdq` (the
    /// two words into the two lanes; a load of its own, where a movsd load
    /// is not merged into a following shuffle) and one `pshufb`, instead of
    /// mov + bswap + movq.
    fn load_swapped_f64(&mut self, host: Value) -> Value {
        use cranelift_codegen::ir::types::{F64X2, I8X16};
        use cranelift_codegen::ir::{ConstantData, Endianness};
        let le = MemFlagsData::new().with_endianness(Endianness::Little);
        let x = self.b.ins().uload32x2(MemFlagsData::new(), host, 0);
        let x = self.b.ins().bitcast(I8X16, le, x);
        // Memory bytes 0-3 are lane bytes 0-3, 4-7 are 8-11: lane 0 gets
        // 7..0 (11 10 9 8 3 2 1 0); lane 1 is never read.
        let mask: Vec<u8> = [11, 10, 9, 8, 3, 2, 1, 0].into_iter().chain(8..16).collect();
        let mask = self.b.func.dfg.immediates.push(ConstantData::from(mask));
        let x = self.b.ins().shuffle(x, x, mask);
        let x = self.b.ins().bitcast(F64X2, le, x);
        self.b.ins().extractlane(x, 0)
    }

    /// `n` consecutive doubles from `f[idx]` to or from guest memory.
    fn xfer_words(&mut self, load: bool, idx: usize, n: usize, host: Value, sel: &AsiSel) {
        let f = MemFlagsData::new();
        if load {
            for k in 0..n {
                self.fp_dirty(idx + k);
            }
        }
        // Loads: all words first, then the registers (a fault on a later
        // word leaves them unchanged).
        // (A block from %d56 runs past %f63 into what follows `cpu.f`, as
        // it always did: those words go to and from memory directly.)
        let mut vals = Vec::with_capacity(n);
        for k in 0..n {
            let off = (8 * k) as i32;
            if load {
                let v = self.b.ins().load(I64, f, host, off);
                vals.push(self.fp_order(v, sel));
            } else {
                let v = if idx + k < 32 {
                    self.use_f(idx + k)
                } else if idx + k == 32 {
                    self.fsr()
                } else {
                    self.b.ins().load(I64, cpu_flags(), self.cpu, f_off(idx + k))
                };
                let v = self.fp_order(v, sel);
                self.b.ins().store(f, v, host, off);
            }
        }
        for (k, v) in vals.into_iter().enumerate() {
            if idx + k < 32 {
                self.def_f(idx + k, v);
            } else if idx + k == 32 {
                // `cpu.fsr` follows `cpu.f`.
                self.set_fsr(v);
                self.fsr_mode_zero = false;
                self.aexc_nx_set = false;
            } else {
                self.b.ins().store(cpu_flags(), v, self.cpu, f_off(idx + k));
            }
        }
    }

    /// VIS block load/store: eight doubles from %d(rd) (64-byte aligned).
    fn xfer_block(&mut self, load: bool, rd: u32, host: Value, sel: &AsiSel) {
        self.xfer_words(load, d_idx(rd), 8, host, sel);
    }

    /// VIS short load/store (ASI_FL8/FL16): the low 8 or 16 bits of %d(rd),
    /// zero-extended on a load (`sel`: the byte order of a halfword).
    fn xfer_short(&mut self, load: bool, rd: u32, host: Value, bytes: u64, sel: &AsiSel) {
        let f = MemFlagsData::new();
        let ty = if bytes == 2 { cranelift_codegen::ir::types::I16 } else { I8 };
        if load {
            let v = self.b.ins().load(ty, f, host, 0);
            let v = if bytes == 2 { self.fp_order(v, sel) } else { v };
            let v = self.b.ins().uextend(I64, v);
            self.dirty_dst(rd, false);
            self.st_d(rd, v);
        } else {
            let v = self.ld_d(rd, I64);
            let v = self.b.ins().ireduce(ty, v);
            let v = if bytes == 2 { self.fp_order(v, sel) } else { v };
            self.b.ins().store(f, v, host, 0);
        }
    }

    // ------------------------------------------------------------- VIS

    /// Call `extern "C" fn() -> u64` at `addr`.
    fn call_pure0(&mut self, addr: u64) -> Value {
        self.call_pure_n(addr, &[])
    }

    /// Call `extern "C" fn(u64) -> u64` at `addr`.
    fn call_pure1(&mut self, addr: u64, a: Value) -> Value {
        self.call_pure_n(addr, &[a])
    }

    fn call_pure_n(&mut self, addr: u64, args: &[Value]) -> Value {
        let mut sig = Signature::new(CallConv::SystemV);
        for _ in args {
            sig.params.push(AbiParam::new(I64));
        }
        sig.returns.push(AbiParam::new(I64));
        let sigref = self.b.import_signature(sig);
        let f = self.k(addr);
        let call = self.b.ins().call_indirect(sigref, f, args);
        self.b.inst_results(call)[0]
    }

    /// Call a pure `extern "C" fn(u64, u64, u64, u64) -> u64`.
    fn call_pure4(&mut self, addr: u64, args: [Value; 4]) -> Value {
        self.call_pure_n(addr, &args)
    }

    fn gsr(&mut self) -> Value {
        self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, gsr) as i32)
    }

    fn set_gsr(&mut self, v: Value) {
        self.b.ins().store(cpu_flags(), v, self.cpu, offset_of!(SparcCpu, gsr) as i32);
    }

    /// A single operand zero-extended to i64, or a double.
    fn vis_src(&mut self, r: u32, single: bool) -> Value {
        if single {
            let v = self.ld_s(r, I32);
            self.b.ins().uextend(I64, v)
        } else {
            self.ld_d(r, I64)
        }
    }

    /// VIS 1 and 2 (IMPDEP1), UltraSPARC User's Manual ch. 13. VIS
    /// instructions leave %fsr alone.
    fn vis(&mut self, insn: Insn, pc: u64) -> bool {
        let opf = insn.opf();
        let (rd, rs1, rs2) = (insn.rd(), insn.rs1(), insn.rs2());
        match opf {
            0x60..=0x7f => {
                // The sixteen logical functions of rs1 and rs2.
                let single = opf & 1 != 0;
                let ty = if single { I32 } else { I64 };
                let func = (opf - 0x60) >> 1;
                let ones: i64 = if single { 0xffff_ffff } else { -1 };
                let ld = |l: &mut Self, r: u32| if single { l.ld_s(r, I32) } else { l.ld_d(r, I64) };
                let r = match func {
                    0 => self.b.ins().iconst(ty, 0),
                    15 => self.b.ins().iconst(ty, ones),
                    3 | 12 => {
                        let b = ld(self, rs2);
                        if func == 3 { self.b.ins().bnot(b) } else { b }
                    }
                    5 | 10 => {
                        let a = ld(self, rs1);
                        if func == 5 { self.b.ins().bnot(a) } else { a }
                    }
                    _ => {
                        let a = ld(self, rs1);
                        let b = ld(self, rs2);
                        match func {
                            1 => {
                                let o = self.b.ins().bor(a, b);
                                self.b.ins().bnot(o)
                            }
                            2 => self.b.ins().band_not(a, b),
                            4 => self.b.ins().band_not(b, a),
                            6 => self.b.ins().bxor(a, b),
                            7 => {
                                let x = self.b.ins().band(a, b);
                                self.b.ins().bnot(x)
                            }
                            8 => self.b.ins().band(a, b),
                            9 => {
                                let x = self.b.ins().bxor(a, b);
                                self.b.ins().bnot(x)
                            }
                            11 => self.b.ins().bor_not(a, b),
                            13 => self.b.ins().bor_not(b, a),
                            _ => self.b.ins().bor(a, b),
                        }
                    }
                };
                self.dirty_dst(rd, single);
                if single {
                    self.st_s(rd, r);
                } else {
                    self.st_d(rd, r);
                }
            }
            0x48 => {
                // faligndata: eight bytes of rs1:rs2 from byte GSR.align.
                let a = self.ld_d(rs1, I64);
                let b = self.ld_d(rs2, I64);
                let g = self.gsr();
                let al = self.b.ins().band_imm_s(g, 7);
                let sh = self.b.ins().ishl_imm_s(al, 3);
                let hi = self.b.ins().ishl(a, sh);
                // b >> (64 - sh) without a shift by 64: (b >> (sh ^ 63)) >> 1.
                let inv = self.b.ins().bxor_imm_s(sh, 63);
                let lo = self.b.ins().ushr(b, inv);
                let lo = self.b.ins().ushr_imm_s(lo, 1);
                let r = self.b.ins().bor(hi, lo);
                self.dirty_dst(rd, false);
                self.st_d(rd, r);
            }
            0x18 | 0x1a => {
                // alignaddr / alignaddrl: rd = (rs1 + rs2) & ~7, GSR.align.
                let a = self.get(rs1);
                let b = self.get(rs2);
                let sum = self.b.ins().iadd(a, b);
                let r = self.b.ins().band_imm_s(sum, !7);
                let al = if opf == 0x1a { self.b.ins().ineg(sum) } else { sum };
                let al = self.b.ins().band_imm_s(al, 7);
                let g = self.gsr();
                let g = self.b.ins().band_imm_s(g, !7);
                let g = self.b.ins().bor(g, al);
                self.set_gsr(g);
                self.set(rd, r);
            }
            0x19 => {
                // bmask (VIS 2): rd = rs1 + rs2, GSR.mask = its low word.
                let a = self.get(rs1);
                let b = self.get(rs2);
                let sum = self.b.ins().iadd(a, b);
                let hi = self.b.ins().ishl_imm_s(sum, 32);
                let g = self.gsr();
                let g = self.b.ins().band_imm_s(g, 0xffff_ffff);
                let g = self.b.ins().bor(g, hi);
                self.set_gsr(g);
                self.set(rd, sum);
            }
            0x00..=0x0b => self.edge(opf, rd, rs1, rs2),
            0x10 | 0x12 | 0x14 => {
                let a = self.get(rs1);
                let b = self.get(rs2);
                let r = self.call_vis(opf, a, b, None);
                self.set(rd, r);
            }
            0x20 | 0x22 | 0x24 | 0x26 | 0x28 | 0x2a | 0x2c | 0x2e => {
                let a = self.ld_d(rs1, I64);
                let b = self.ld_d(rs2, I64);
                let r = self.call_vis(opf, a, b, None);
                self.set(rd, r);
            }
            0x31 | 0x33 | 0x35 | 0x36 | 0x37 | 0x38 | 0x39 | 0x3a | 0x3b | 0x3d | 0x3e | 0x4b | 0x4c | 0x4d
            | 0x50..=0x57 => {
                // Operand widths: (rs1 single?, rs2 single?, rd single?).
                let (s1, s2, sd) = match opf {
                    0x31 => (true, false, false),
                    0x33 | 0x35 | 0x38 | 0x39 | 0x4b => (true, true, false),
                    0x3b | 0x3d => (false, false, true),
                    0x4d => (false, true, false),
                    0x51 | 0x53 | 0x55 | 0x57 => (true, true, true),
                    _ => (false, false, false),
                };
                let uses_rs1 = !matches!(opf, 0x3b | 0x3d | 0x4d);
                let a = if uses_rs1 { self.vis_src(rs1, s1) } else { self.k(0) };
                let b = self.vis_src(rs2, s2);
                let c = match opf {
                    0x3e => Some(self.ld_d(rd, I64)),
                    0x3a | 0x3b | 0x3d | 0x4c => Some(self.gsr()),
                    _ => None,
                };
                let r = self.call_vis(opf, a, b, c);
                self.dirty_dst(rd, sd);
                if sd {
                    let r = self.b.ins().ireduce(I32, r);
                    self.st_s(rd, r);
                } else {
                    self.st_d(rd, r);
                }
            }
            0x81 => {
                // siam (VIS 2): GSR.IM and GSR.IRND (bits 27:25) from the
                // low three bits of the instruction.
                let g = self.gsr();
                let g = self.b.ins().band_imm_s(g, !(7 << 25));
                let g = self.b.ins().bor_imm_s(g, ((insn.word & 7) as i64) << 25);
                self.set_gsr(g);
            }
            _ => {
                // Not a VIS 1/2 opf (VIS 3 and later are not advertised):
                // illegal_instruction, as QEMU 7.2.
                return self.fp_illegal(&insn, pc);
            }
        }
        true
    }

    fn call_vis(&mut self, opf: u32, a: Value, b: Value, c: Option<Value>) -> Value {
        let o = self.k(opf as u64);
        let c = match c {
            Some(c) => c,
            None => self.k(0),
        };
        self.call_pure4(vis::vis as *const () as usize as u64, [o, a, b, c])
    }

    /// edge8/16/32{,l}{,cc,n}: the store mask for the first and last
    /// partial words of a span, from two tables indexed by the element
    /// offsets of rs1 (left edge) and rs2 (right edge) in their 8-byte
    /// blocks (QEMU's table method, with edge32's index fixed: QEMU 7.2
    /// indexes it by (addr & 4) instead of (addr & 4) >> 1 and gets 0 for
    /// the second word); the cc forms also set the condition codes as
    /// `subcc rs1, rs2` (UltraSPARC I/II User's Manual 13.5.12).
    fn edge(&mut self, opf: u32, rd: u32, rs1: u32, rs2: u32) {
        let width = 8 << ((opf >> 2) & 3);
        let left = opf & 2 != 0;
        let cc = opf & 1 == 0;
        // (element offset mask, index shift: + left, - right, entry mask, tables)
        let (imask, shift, omask, tabl, tabr): (i64, i64, i64, u64, u64) = match (width, left) {
            (8, true) => (7, 3, 0xff, 0x80c0_e0f0_f8fc_feff, 0xff7f_3f1f_0f07_0301),
            (8, false) => (7, 3, 0xff, 0x0103_070f_1f3f_7fff, 0xfffe_fcf8_f0e0_c080),
            (16, true) => (6, 1, 0xf, 0x8cef, 0xf731),
            (16, false) => (6, 1, 0xf, 0x137f, 0xfec8),
            (_, true) => (4, -1, 3, (2 << 2) | 3, (3 << 2) | 1),
            (_, false) => (4, -1, 3, (1 << 2) | 3, (3 << 2) | 2),
        };
        let s1 = self.get(rs1);
        let s2 = self.get(rs2);
        if cc {
            let d = self.b.ins().isub(s1, s2);
            self.set_cc(Cc::Sub(s1, s2, d));
        }
        let idx = |l: &mut Self, s: Value| {
            let v = l.b.ins().band_imm_s(s, imask);
            if shift >= 0 {
                l.b.ins().ishl_imm_s(v, shift)
            } else {
                l.b.ins().ushr_imm_s(v, -shift)
            }
        };
        let lo1 = idx(self, s1);
        let lo2 = idx(self, s2);
        let tl = self.k(tabl);
        let tr = self.k(tabr);
        let l = self.b.ins().ushr(tl, lo1);
        let l = self.b.ins().band_imm_s(l, omask);
        let r = self.b.ins().ushr(tr, lo2);
        let r = self.b.ins().band_imm_s(r, omask);
        let amask: i64 = if self.bits64 { -8 } else { 0xffff_fff8 };
        let a1 = self.b.ins().band_imm_s(s1, amask);
        let a2 = self.b.ins().band_imm_s(s2, amask);
        let same = self.b.ins().icmp(IntCC::Equal, a1, a2);
        let ones = self.k(u64::MAX);
        // Same 8-byte block: both edges; otherwise the left edge only
        // (QEMU 7.2 had these swapped; fixed upstream).
        let r = self.b.ins().select(same, r, ones);
        let v = self.b.ins().band(l, r);
        self.set(rd, v);
    }
}

/// VIS partial-store ASIs: ASI_PST{8,16,32}_{P,S} (0xc0-0xc5) and their
/// little-endian forms (0xc8-0xcd).
fn is_partial_asi(asi: u32) -> bool {
    asi & 0xf0 == 0xc0 && asi & 7 < 6
}

/// VIS block-transfer ASIs: ASI_BLK_P/S (0xf0/0xf1), their little-endian
/// forms (0xf8/0xf9) and the block-commit stores (0xe0/0xe1).
fn is_block_asi(asi: u32) -> bool {
    asi & 0xf6 == 0xf0 || asi & 0xfe == 0xe0
}
