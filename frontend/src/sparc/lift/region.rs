//! Regions: several hot guest blocks lifted into one function
//! (ARCHITECTURE.md, "Tiers": hot loops are recompiled as regions).
//!
//! A region starts at a block that became hot and takes in the hot blocks
//! its direct branches reach: the loop through it, or when it heads no
//! loop the ones not translated otherwise (an acyclic region: a function's
//! body, a chain of compares and early returns; see [`discover`]; its
//! registers are loaded where used, `RegionCtx::lazy`). A branch from one
//! member to another is a jump inside the function: guest registers stay
//! in SSA values across it (nothing is written back, the next block's
//! registers are not reloaded) and Cranelift allocates them over the whole
//! loop. Only the exits that leave the region write the state back and
//! chain as a block's exits do.
//!
//! Which registers are dirty at the start of a member depends on its
//! predecessors, loops included; the region is lifted again until those
//! sets (and the set of registers it touches) are stable, then compiled.
//! To need few passes (about 1.17 per region on the decode bench), the
//! first starts from what the decoded members tell ([`used_guess`],
//! [`dirty_guess`]), members are lifted in reverse postorder and branches
//! to members not lifted yet in a pass pass their dirty registers and
//! flags' form on at once, so mostly back edges ask for another pass.
//! A member whose straight code runs into another member's start ends
//! there with a branch to it (each instruction is lifted once), except
//! that the members of an FP inner loop are lifted twice: once knowing
//! %fsr's mode default and aexc.nx set, once not, the branches into the
//! loop testing which (fp.rs `guarded_facts`).
//!
//! Precise faults: stores write the state back and record the sync point
//! in `cpu.sync_pc`; a faulting load is replayed from there by the
//! interpreter (see [`super::FaultPoint`]). The branches into a one-block
//! inner loop from the other members are sync points too ([`edge_syncs`]):
//! what the way in dirtied is written back once per entry, not at every
//! sync point of every iteration. A branch that stores the flags in `cpu`
//! is one only where a replay could read them before setting them
//! ([`cc_exposed`]); elsewhere it stores the flags alone. Members do not read %tick nor run
//! `flushw`; the members of a loop region do not change the register
//! window, while an acyclic region may hold a function's entry (`save`,
//! usually its head) and its returns (`ret; restore`, `return`): see
//! [`window_member_ok`]. A region with an FP instruction that changes `cpu`
//! behind the lifter's variables (fp.rs `fp_forces_precise`), `rd %fprs`, an
//! atomic, or a `wr` to %asi, %fprs, %gsr or %ccr or a reader of %y
//! (divide, `mulscc`, `rd %y`) in a delay slot writes the state back before
//! every access instead (elsewhere those `wr`s, which write straight to
//! `cpu`, and the readers of %y make the point after them a sync point:
//! `Lifter::sync_after`). The multiplies and `wr %y` write %y straight to
//! `cpu` too, but a replay may run them again: no replayed stretch reads
//! %y before them (mod.rs `reads_y`).

use super::super::decode::{decode, Insn, Op};
use super::super::interp;
use super::{BlockInfo, LiftConfig, Lifter, RegState, MAX_SPAN_INSNS};
use cranelift_codegen::ir::{Function, InstBuilder};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use std::collections::HashMap;

/// Most blocks looked at for a region (the loop kept of them is smaller).
pub const MAX_REGION_BLOCKS: usize = 32;
/// Most guest instructions in a region.
pub const MAX_REGION_INSNS: usize = 160;
/// Most guest instructions in a region with a computed jump whose
/// targets were seen (its cases, `discover_region_jumps`): sparc64
/// interp's dispatch and the 20 cases its three programs run take 258
/// (2026-12-03; 160 held 10 of them).
pub const MAX_SWITCH_REGION_INSNS: usize = 320;
/// Times a region is lifted at most to reach stable dirty sets.
const MAX_PASSES: usize = 8;

/// A block as the lifter will cut it, with its direct successors.
#[derive(Clone)]
struct Scanned {
    pc: u64,
    first: u32,
    insns: Vec<Insn>,
    succs: Vec<u64>,
    /// A direct `call` with its delay slot: (target, the pc after the delay slot).
    call: Option<(u64, u64)>,
    /// Members the lifter reaches through a call or a return (an inlined
    /// leaf, [`inline_callee`]): the leaf from its call, the continuation
    /// from the leaf. Only the order members are lifted in follows them.
    via_call: Vec<u64>,
    /// The code after a call to a member (a recursive function's call to
    /// its own entry): reached from the region's returns
    /// ([`RegionCtx::ret_conts`]), or a target of a member's computed
    /// jump (`jump`): entered from a jump whose target the lifter does not
    /// know, which compares it with each such member.
    ret_cont: bool,
    /// The address of the block's computed jump (`jmpl` linking nothing,
    /// not a return: a `switch` through a jump table), whose targets seen
    /// so far (`JumpTargets`) may join the region.
    jump: Option<u64>,
    /// A call through a register (`jmpl %reg, %o7`, a function pointer):
    /// (its address, the pc after its delay slot). Its targets seen so far
    /// (`JumpTargets`) that are one-block leaves ([`inline_callee`]) may
    /// join an acyclic region with the code after the call (`grow`).
    icall: Option<(u64, u64)>,
}

/// What the branches into a member brought in `cpu.fsr_pend`: None before
/// the first, Some(Some(kind)) while all brought `kind`, Some(None) once
/// two differed or one did not know (fp.rs `join_pend`).
pub(super) type PendIn = Option<Option<u64>>;

/// What the lifter keeps about the region being lifted.
pub(super) struct RegionCtx {
    pub index: HashMap<u64, usize>,
    pub blocks: Vec<cranelift_codegen::ir::Block>,
    /// Registers dirty at the start of each member (this pass's input).
    pub entry_dirty: Vec<[bool; 32]>,
    /// What this pass found at the branches into each member.
    pub found_dirty: Vec<[bool; 32]>,
    /// As entry_dirty / found_dirty for the FP variables (fp.rs
    /// `FpKnown::dirty` masks).
    pub fp_entry_dirty: Vec<u64>,
    pub fp_found_dirty: Vec<u64>,
    /// fp.rs facts (`FACT_DL`..) at the start of each member (this pass's
    /// input; a member not lifted yet in a pass takes the branches into it
    /// on at once, as `entry_dirty`) and those every branch into it
    /// brought in this pass; and those the branches into it check
    /// (`fp::guarded_facts`).
    pub fp_entry_facts: Vec<u8>,
    pub fp_found_facts: Vec<u8>,
    pub fp_guard: Vec<u8>,
    /// The kind of pending cexc each member starts with in `cpu.fsr_pend`
    /// (this pass's input, fp.rs `FpKnown::marker`): one all the back
    /// edges into it (branches from it or a later member) left there in
    /// the pass before, so its sync points need not store it again; every
    /// branch in makes it so (`Lifter::fp_note_edge`). `fp_back_pend`:
    /// what this pass's back edges leave ([`PendIn`]), for the next pass.
    /// A kind newly wanted costs a pass, once (`fp_pend_tried`); a loop
    /// region takes two anyway more often than not (matmul_fp's and
    /// fft's, 2026-12-03).
    pub fp_pend_want: Vec<Option<u64>>,
    pub fp_back_pend: Vec<PendIn>,
    pub fp_pend_tried: bool,
    /// The kinds each member's sync points stored not knowing what
    /// `cpu.fsr_pend` held (this pass): a kind is wanted only where it
    /// saves such a store (fft's butterfly loop stores 702h first, and its
    /// back edge brings 501h: arming that would only cost).
    pub fp_blind_pend: Vec<PendIn>,
    /// Members start knowing nothing of `cpu.fsr_pend`: a branch in could
    /// not make it the kind its member wanted (it holds a real pending
    /// cexc, or one not known); costs one pass at most.
    pub fp_pend_off: bool,
    /// The copy of a guarded member lifted without those facts, entered
    /// where the test fails (`lift_members`).
    pub fp_shadow: Vec<Option<usize>>,
    /// The member being lifted: a branch to a later member (not lifted
    /// yet in this pass) adds its dirty registers to that member's entry
    /// set at once, so only back edges need another pass.
    pub current: usize,
    /// Registers the region reads or writes: loaded on entry (not in a
    /// lazy region).
    pub used: [bool; 32],
    /// An acyclic region (the head heads no loop): most ways through it
    /// run a few of its members (a chain of compares and early exits), so
    /// nothing is loaded on entry; a member starts with only the registers
    /// dirty on some branch into it in variables (the branches load those
    /// they did not touch) and loads the others from `cpu` when it uses
    /// them, as a block does.
    ///
    /// So a loop inside an acyclic region (not through its head) loads
    /// at every iteration the registers it reads and does not write
    /// (Cranelift cannot hoist loads from `cpu`). Measured 2026-12-04
    /// (`perf record` with `-d out_asm`, the loads counted per region and
    /// member while lifting; sparc64 and sparc32plus coremark, hashtable,
    /// sort, interp, compress, bzip2, nbody, fft, calls): 0-5 such
    /// regions per workload, 1-6 loads per iteration of a 1-16 insn
    /// inner loop, but cold: the largest took 1.27% of a run's samples
    /// (whole region, sparc64 compress 0x100888), the sum per workload at
    /// most 2.6% (sparc32plus bzip2); the hot loops are loop regions,
    /// whose loops read no guest register from `cpu`. Not worth loading
    /// them before such a loop for now.
    pub lazy: bool,
    /// Lazy: registers some branch into each member this pass left
    /// unloaded (not in variables). One the member turns out to take in
    /// a variable (a later branch brought it dirty) needs another pass,
    /// in which every branch loads it.
    pub unloaded_in: Vec<u32>,
    pub used_grew: bool,
    /// The member overwrites the condition codes before anything can read
    /// them (or write the state back): a branch to it need not store them.
    pub cc_dead: Vec<bool>,
    /// As `cc_dead`, with no load before the flags are set either: a sync
    /// point at the member's start need not store them.
    pub cc_set_first: Vec<bool>,
    /// %fsr.cexc is dead at the start of each member (fp.rs
    /// `cexc_dead_insns`): a pending cexc goes in as it is.
    pub cexc_dead: Vec<bool>,
    /// The form of the condition codes on entry to each member (this
    /// pass's input) and what this pass found at the branches into it: when
    /// every branch brings the same lazy form, its operands flow in SSA
    /// variables (`cc_vars`) and nothing is stored on the way.
    pub entry_cc: Vec<CcFlow>,
    pub found_cc: Vec<CcFlow>,
    /// Some branch into the member has flags not yet in `cpu`.
    pub entry_cc_unsynced: Vec<bool>,
    pub found_cc_unsynced: Vec<bool>,
    pub cc_vars: [cranelift_frontend::Variable; 3],
    /// How each member was lifted this pass and what the branches into it
    /// did with the flags: a branch to a member not lifted yet joins its
    /// form into the member's entry form at once (as `entry_dirty`), so
    /// only back edges need another pass; a pass is kept only when every
    /// branch did what the member expects.
    pub cc_edges: Vec<CcEdges>,
    /// Bit k of `sync_from[j]`: the branches from member k into member j
    /// are sync points ([`edge_syncs`]).
    pub sync_from: Vec<u64>,
    /// Per member, per register: the alignment (2, 4 or 8; 0: none) that
    /// the branches into it from other members test ([`loop_alignment`]),
    /// so that its accesses through the register need no test of their
    /// own.
    pub align_in: Vec<[u8; 32]>,
    /// A branch at the end of each member that stores the flags must be
    /// a sync point ([`cc_exposed`]).
    pub cc_exposed: Vec<bool>,
    /// The member starts with `save` or `restore`, which writes the window
    /// registers back first: the branches into it write them back instead
    /// (`Lifter::region_edge`), so that they are not dirty at its start
    /// (a function's entry from outside the region would load them only
    /// to store them again).
    pub window_first: Vec<bool>,
    /// The member starts with `save` and sets the flags right after it
    /// (`cc_dead` of the rest, no load first): the flags are read only
    /// where the `save` finds no room in the window array (its helper's
    /// fault exit writes them back). A branch into it tests for that room
    /// itself and stores the flags on a cold path without it; with room
    /// the flags are dead on the branch (`Lifter::region_edge`).
    /// naive fib's recursive call stored three flag words and `sync_pc`
    /// per call for it.
    pub save_cc_first: Vec<bool>,
    /// This pass: for a `save_cc_first` member whose `save` adds globals
    /// and outs only (its result computed after the window change, from
    /// the new window's ins), in a region without FP code, the block
    /// after its `save`'s test for room: the branches in, which
    /// test for room themselves, go straight there
    /// (`Lifter::save_fast_block`). The flag: the member's `save` used it.
    pub save_fast: Vec<Option<(cranelift_codegen::ir::Block, bool)>>,
    /// %o7 on the branches into each member this pass: None before the
    /// first, Some(Some(c)) when all brought the constant c (a call's
    /// return address), Some(None) otherwise. A member all of whose
    /// branches seen before it is lifted bring c (an inlined leaf,
    /// [`inline_callee`]) is lifted with %o7 = c, so its `retl` is a branch
    /// to the member after the call; `o7_used` records that, and a later
    /// branch bringing something else marks the member `o7_bad` (no
    /// constant from the next pass on).
    pub o7_in: Vec<Option<Option<u64>>>,
    pub o7_used: Vec<Option<u64>>,
    pub o7_bad: Vec<bool>,
    /// What `cpu.cc_op` and `cpu.cc_b` hold on the branches into each
    /// member this pass (`Lifter::cc_held`, met; None before the first).
    /// A member no branch from itself or a later member enters
    /// (`held_back` false) starts knowing what the branches into it agree
    /// on, all lifted before it. One with such back edges (a loop's head)
    /// assumes what the branches lifted before it agree on, as `o7_in`,
    /// but only from the second pass on (one run for other reasons),
    /// since a back edge bringing less costs a pass: assuming it in the
    /// first pass as well cost 6 more passes for the 149 regions of
    /// sparc32plus bzip2 (159 -> 165; from the second pass on: 161;
    /// coremark 43 -> 43, sort 19 -> 20, compress 50 -> 53; `-d out_asm`
    /// LASTMILE_DEBUG_REGIONS=1, 2026-12-04), and the first pass often
    /// finds less than the last (the loop's flags taken synced, so its
    /// sync point stores none: matmul_fp's inner loop). `held_used`: what
    /// a member started with; a branch bringing less marks it
    /// `held_bad`, knowing nothing from the next pass on.
    pub held_in: Vec<Option<super::CcHeld>>,
    pub held_back: Vec<bool>,
    pub held_used: Vec<Option<super::CcHeld>>,
    pub held_bad: Vec<bool>,
    /// The members after a call to a member (pc, index): a return to an
    /// unknown target (`return %i7 + 8` of a recursive function, `retl`)
    /// compares its target with each and branches to the member that
    /// matches (`Lifter::exit`), so a recursive call and its return stay
    /// in the region; other targets leave through the indirect table.
    pub ret_conts: Vec<(u64, usize)>,
    /// The members a call through a register at each address (the key)
    /// compares its target with: the leaves seen as its callees
    /// (`Scanned::icall`), instead of `ret_conts`.
    pub icall_targets: HashMap<u64, Vec<(u64, usize)>>,
}

/// The flags at the branches into one member in one pass.
#[derive(Clone, Copy, Default)]
pub(super) struct CcEdges {
    /// The entry form (and `unsynced`) the member was lifted with.
    pub lifted: Option<(CcFlow, bool)>,
    /// Some branch left the flags in the variables.
    pub vars: bool,
    /// Some branch stored them in `cpu`.
    pub stored: bool,
    /// Bit i: some branch that left the flags in the variables did not
    /// define `cc_vars[i]` (the form it saw, joined ahead of the member,
    /// did not need it: a constant b, an r recomputed). The pass is kept
    /// only if the form the member was lifted with does not read it.
    pub undefined: u8,
}

impl CcFlow {
    /// The `cc_vars` a member lifted with this form reads (bit i: var i).
    fn vars_read(self) -> u8 {
        match self {
            CcFlow::Lazy(super::CC_OP_LOGIC, _) => 4,
            CcFlow::Lazy(op, kb) => 1 | (kb.is_none() as u8) << 1 | ((op != super::CC_OP_ADD2 && op != super::CC_OP_SUB2) as u8) << 2,
            CcFlow::Val => 1,
            _ => 0,
        }
    }
}

/// The form of the condition codes along a branch inside a region.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum CcFlow {
    /// No branch seen yet.
    None,
    /// In `cpu` only.
    Mem,
    /// Lazy operands (`cc_op` value): a, b, r in cc_vars 0..2. With
    /// CC_OP_ADD2 / CC_OP_SUB2 every branch had r = a + b / a - b: r is
    /// not carried (the member computes it again, and a sync point in it
    /// stores a and b only); with a constant, every branch had b equal
    /// to it (not carried either): a loop's `cmp %g1, 0x500; bne` brings
    /// only %g1's old value round the loop instead of three values.
    Lazy(u64, Option<u64>),
    /// A materialised %ccr in cc_vars 0.
    Val,
    /// Different forms: every branch stores the flags, the member reads `cpu`.
    Mixed,
}

impl CcFlow {
    /// Flags in SSA variables (what the lifter does differently).
    fn in_vars(self) -> bool {
        matches!(self, CcFlow::Lazy(..) | CcFlow::Val)
    }

    /// The form a member is lifted with: the ones that read the flags from
    /// `cpu` are all the same to the lifter.
    fn lifted_form(self) -> CcFlow {
        if self.in_vars() {
            self
        } else {
            CcFlow::Mem
        }
    }

    pub fn join(self, o: CcFlow) -> CcFlow {
        match (self, o) {
            (CcFlow::None, x) | (x, CcFlow::None) => x,
            (a, b) if a == b => a,
            // The same operation: r carried unless both recompute it,
            // b unless both bring the same constant.
            (CcFlow::Lazy(p, kp), CcFlow::Lazy(q, kq)) if lazy_base(p) == lazy_base(q) => {
                CcFlow::Lazy(if p == q { p } else { lazy_base(p) }, if kp == kq { kp } else { None })
            }
            _ => CcFlow::Mixed,
        }
    }

    /// A branch bringing `flow` can leave the flags in the variables a
    /// member lifted with `self` reads.
    pub fn takes(self, flow: CcFlow) -> bool {
        self.in_vars() && self.join(flow) == self
    }
}

/// CC_OP_ADD2 / CC_OP_SUB2 as the operation whose r is carried.
fn lazy_base(op: u64) -> u64 {
    match op {
        super::CC_OP_ADD2 => super::CC_OP_ADD,
        super::CC_OP_SUB2 => super::CC_OP_SUB,
        o => o,
    }
}

/// Scan the block at `pc` as `Lifter::lift_run` cuts it.
fn scan(cfg: &LiftConfig, fetch: &dyn Fn(u64) -> Option<u32>, pc: u64) -> Option<Scanned> {
    let first = fetch(pc)?;
    let mask = if cfg.flavor == super::Flavor::V9 { u64::MAX } else { 0xffff_ffff };
    let mut s = Scanned { pc, first, insns: Vec::new(), succs: Vec::new(), call: None, via_call: Vec::new(), ret_cont: false, jump: None, icall: None };
    let mut a = pc;
    let mut word = first;
    loop {
        let insn = decode(word, cfg.flavor);
        s.insns.push(insn);
        let next = a.wrapping_add(4) & mask;
        if insn.is_cti() {
            let annul_always = matches!(insn.op, Op::Bicc | Op::BPcc | Op::FBfcc | Op::FBPfcc) && insn.annul() && insn.cond() & 7 == 0;
            let mut has_delay = false;
            if !annul_always && cfg.max_insns > 1 {
                if let Some(d) = fetch(next).map(|w| decode(w, cfg.flavor)) {
                    if !d.is_cti() {
                        s.insns.push(d);
                        has_delay = true;
                    }
                }
            }
            let after = a.wrapping_add(8) & mask;
            if insn.op == Op::Call && has_delay {
                s.call = Some((a.wrapping_add(insn.disp30() as u64) & mask, after));
            }
            let ret8 = (insn.rs1() == 15 || insn.rs1() == 31) && insn.i() && insn.simm13() == 8;
            if insn.op == Op::Jmpl && insn.rd() == 0 && !ret8 && has_delay {
                s.jump = Some(a);
            }
            if insn.op == Op::Jmpl && insn.rd() == 15 && !ret8 && has_delay {
                s.icall = Some((a, after));
            }
            match insn.op {
                Op::Bicc | Op::BPcc | Op::BPr | Op::FBfcc | Op::FBPfcc if has_delay || annul_always => {
                    let disp = match insn.op {
                        Op::Bicc | Op::FBfcc => insn.disp22(),
                        Op::BPcc | Op::FBPfcc => insn.disp19(),
                        _ => insn.disp16(),
                    };
                    let target = a.wrapping_add(disp as u64) & mask;
                    let cond = if insn.op == Op::BPr { 1 } else { insn.cond() };
                    match cond {
                        8 => s.succs.push(target),
                        0 => s.succs.push(after),
                        _ => s.succs.extend([target, after]),
                    }
                }
                _ => {}
            }
            return Some(s);
        }
        let ends = match insn.op {
            Op::Tcc => insn.cond() == 8,
            Op::Illtrap | Op::Illegal | Op::Rdpr | Op::Wrpr | Op::Saved | Op::Restored | Op::Done | Op::Retry => true,
            _ => false,
        };
        if ends {
            return Some(s);
        }
        if s.insns.len() >= cfg.max_insns {
            s.succs.push(next);
            return Some(s);
        }
        match fetch(next) {
            Some(w) => {
                a = next;
                word = w;
            }
            None => return Some(s),
        }
    }
}

/// Can this instruction be in a member of any region?
fn member_ok(insn: &Insn) -> bool {
    ((interp::supported(insn) && !insn.is_fp()) || plain_fp(insn))
        && !matches!(insn.op, Op::Save | Op::Restore | Op::Return | Op::Flushw)
        && !(insn.op == Op::Rdasr && insn.rs1() == 4)
}

/// Can this block be a member of a region whose head heads no loop
/// (lazy: every member loads what it uses in the window it runs in)? It
/// may change the register window (`save`, `restore`, `return`: a
/// function's entry, its returns; not `flushw`). The window pointer is a
/// variable of the lifter, the window registers are forgotten or renamed
/// as in a block (`Lifter::window_op`), and a `save` or `restore` outside
/// a delay slot makes the point after it a sync point (`cpu.sync_pc`), so
/// the members after it work in the new window and replay from there.
/// One in a delay slot, or `return`, leaves the region with its
/// successor (`Lifter::window_left`). A loop region loads its registers
/// once on entry for all members, so it takes no window change, except a
/// loop through calls to leaves, lifted lazily as acyclic regions are
/// ([`discover`]).
fn window_member_ok(insns: &[Insn]) -> bool {
    insns.iter().all(|i| member_ok(i) || (matches!(i.op, Op::Save | Op::Restore | Op::Return) && interp::supported(i)))
}

fn strict_member_ok(insns: &[Insn]) -> bool {
    insns.iter().all(member_ok)
}

/// Plain floating point (FPops, FP loads and stores without an ASI, FBfcc,
/// MOVcc on %fccN). Those that write FP state cannot be replayed across
/// (FP registers and %fsr live in `cpu`, written at once), so a region
/// holding one makes every access write the state back
/// ([`forces_precise`]) and no fault is replayed. VIS and alternate-space
/// FP accesses stay out.
fn plain_fp(insn: &Insn) -> bool {
    match insn.op {
        Op::Fpop1 | Op::Fpop2 | Op::FBfcc | Op::FBPfcc | Op::Movcc => true,
        Op::Ldf { alt, .. } | Op::Stf { alt, .. } => !alt,
        _ => false,
    }
}

/// The instructions of [`forces_precise`] that `Lifter::sync_after` makes a
/// sync point after outside delay slots: `wr` to %asi, %fprs, %gsr, %ccr
/// (written straight to `cpu`) and the readers of %y (`reads_y`; the
/// multiplies and `wr %y`, which write %y, are replayed).
fn syncs_after(insn: &Insn) -> bool {
    super::writes_behind(insn) && !super::fp_forces_precise(insn)
}

/// Does this instruction write CPU state outside the cached registers (or
/// read-modify-write memory, read %y, or is it floating point)? Then every
/// access of the region syncs, unless [`syncs_after`] covers it.
fn forces_precise(insn: &Insn) -> bool {
    super::syncs_after_insn(insn) || super::fp_forces_precise(insn)
}

/// A `save` whose sources are globals or outs (`%sp`), readable after
/// the window change as the new window's ins (`RegionCtx::save_fast`).
fn save_adds_outs(i: &Insn) -> bool {
    i.op == Op::Save && i.rs1() < 16 && (i.i() || i.rs2() < 16)
}

/// See `RegionCtx::save_cc_first`.
fn save_cc_first(insns: &[Insn]) -> bool {
    insns.first().is_some_and(|i| i.op == Op::Save) && cc_dead(&insns[1..], false)
}

/// Are the condition codes dead at the start of this block: overwritten
/// before anything reads them, syncs, traps or leaves? A load before that
/// point may fault only when `loads_replay`: its fault replays from the
/// last sync point (whose flags are in `cpu`). Otherwise (every access
/// syncs, or a misaligned access leaves with the exact state: no address
/// space mask) the state written back there needs the flags.
fn cc_dead(insns: &[Insn], loads_replay: bool) -> bool {
    for i in insns {
        match i.op {
            _ if i.is_cc_alu() => return true,
            _ if i.is_plain_alu() => {}
            Op::Movr => {}
            Op::Load { alt: false, .. } if loads_replay => {}
            _ => return false,
        }
    }
    false
}

/// A region lifted into one function.
pub struct Region {
    pub func: Function,
    /// Guest range (lowest start to highest end) and all instructions.
    pub info: BlockInfo,
    /// Lowest guest address: the base of the function's source locations
    /// (pass it to `Jit::compile` as the guest start).
    pub loc_base: u64,
    pub blocks: usize,
    /// The members' start addresses (the head first).
    pub pcs: Vec<u64>,
    /// Where its direct branches leave it ([`Discovered::exits`]).
    pub exits: Vec<u64>,
    /// Times the region was lifted to reach stable sets (1 at best).
    pub passes: usize,
}

/// The targets of the members' direct branches (and fall-throughs) that
/// are no member's start: where the region's code leaves it for other
/// translations, which the runtime may find hot later
/// (`SparcMachine::rejoin_region`).
fn exits_of(members: &[Scanned]) -> Vec<u64> {
    let starts: std::collections::HashSet<u64> = members.iter().map(|m| m.pc).collect();
    let mut out: Vec<u64> = members.iter().flat_map(|m| m.succs.iter().copied()).filter(|s| !starts.contains(s)).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Lift the region headed by the hot block at `head`: the blocks `is_hot`
/// accepts that its direct branches reach (see [`discover`] for which of
/// them: a loop through the head, or when the head heads no loop the
/// blocks `is_free` also accepts). None when there is no region worth
/// having (no branch from a member to a member) or the head cannot be a
/// member; then lift the block alone.
pub fn lift_region(
    cfg: &LiftConfig,
    fetch: &dyn Fn(u64) -> Option<u32>,
    head: u64,
    is_hot: &dyn Fn(u64) -> bool,
    is_free: &dyn Fn(u64) -> bool,
    fctx: &mut FunctionBuilderContext,
) -> Option<Region> {
    lift_discovered(cfg, fetch, discover_region(cfg, fetch, head, is_hot, is_free)?, fctx)
}

/// The targets seen so far of the computed jump at a guest address (the
/// runtime's profile, hottest first): they may join a region holding the
/// jump ([`discover_region_jumps`]).
pub type JumpTargets<'a> = &'a dyn Fn(u64) -> Vec<u64>;

/// [`lift_region`] with the targets of its computed jumps.
pub fn lift_region_jumps(
    cfg: &LiftConfig,
    fetch: &dyn Fn(u64) -> Option<u32>,
    head: u64,
    is_hot: &dyn Fn(u64) -> bool,
    is_free: &dyn Fn(u64) -> bool,
    jumps: JumpTargets,
    fctx: &mut FunctionBuilderContext,
) -> Option<Region> {
    lift_discovered(cfg, fetch, discover_region_jumps(cfg, fetch, head, is_hot, is_free, jumps)?, fctx)
}

/// The blocks of a region found and decoded, not lifted yet
/// ([`discover_region`]): handed to [`lift_discovered`] (on the runtime's
/// compile thread), the region is not looked for a second time.
pub struct Discovered {
    head: u64,
    members: Vec<Scanned>,
    lazy: bool,
}

impl Discovered {
    /// The members' start addresses (the head first).
    pub fn pcs(&self) -> Vec<u64> {
        self.members.iter().map(|m| m.pc).collect()
    }

    /// Is it a loop without calls (the loop through the head, lifted with
    /// every register in SSA), not an acyclic region or a loop through
    /// calls?
    pub fn strict_loop(&self) -> bool {
        !self.lazy
    }

    /// Guest instructions in its members.
    pub fn insns(&self) -> usize {
        self.members.iter().map(|m| m.insns.len()).sum()
    }

    /// Where the region's direct branches leave it: the targets (and
    /// fall-throughs) that are no member's start.
    pub fn exits(&self) -> Vec<u64> {
        exits_of(&self.members)
    }
}

/// The region `lift_region` would lift at `head`, found but not lifted.
pub fn discover_region(
    cfg: &LiftConfig,
    fetch: &dyn Fn(u64) -> Option<u32>,
    head: u64,
    is_hot: &dyn Fn(u64) -> bool,
    is_free: &dyn Fn(u64) -> bool,
) -> Option<Discovered> {
    discover_region_jumps(cfg, fetch, head, is_hot, is_free, &|_| Vec::new())
}

/// [`discover_region`] with the targets of its computed jumps: those that
/// are hot join as members the jump compares its target with
/// (`RegionCtx::ret_conts`), so that a `switch` in a loop (a bytecode
/// interpreter's dispatch) branches to its cases inside the region.
pub fn discover_region_jumps(
    cfg: &LiftConfig,
    fetch: &dyn Fn(u64) -> Option<u32>,
    head: u64,
    is_hot: &dyn Fn(u64) -> bool,
    is_free: &dyn Fn(u64) -> bool,
    jumps: JumpTargets,
) -> Option<Discovered> {
    let (members, lazy) = discover(cfg, fetch, head, is_hot, is_free, jumps)?;
    Some(Discovered { head, members, lazy })
}

/// Lift a region found by [`discover_region`] (as `lift_region` would).
/// Finding it costs about 7% of lifting it (callgrind instruction counts,
/// sparc32plus bzip2, 2026-12-03; perf samples had suggested a sixth),
/// which the compile thread no longer spends again.
pub fn lift_discovered(cfg: &LiftConfig, fetch: &dyn Fn(u64) -> Option<u32>, d: Discovered, fctx: &mut FunctionBuilderContext) -> Option<Region> {
    lift_members(cfg, fetch, d.head, d.members, d.lazy, fctx)
}

/// The blocks `accept` takes that the head's direct branches reach
/// (breadth first, within the size limits), the head first, and whether
/// some branch goes from one of them to another.
fn grow(
    cfg: &LiftConfig,
    fetch: &dyn Fn(u64) -> Option<u32>,
    first: Scanned,
    accept: &dyn Fn(u64) -> bool,
    ok: fn(&[Insn]) -> bool,
    leaf: Option<&dyn Fn(u64) -> bool>,
    jumps: JumpTargets,
) -> (Vec<Scanned>, HashMap<u64, usize>, bool) {
    let head = first.pc;
    let mut total = first.insns.len();
    let (mut lo, mut hi) = (head, head + 4 * first.insns.len() as u64);
    let mut members = vec![first];
    let mut index: HashMap<u64, usize> = HashMap::from([(head, 0)]);
    let mut internal = false;
    let mut limit = MAX_REGION_INSNS;
    let mut i = 0;
    while i < members.len() {
        let succs = members[i].succs.clone();
        for s in succs {
            if index.contains_key(&s) {
                internal = true;
                continue;
            }
            if members.len() >= MAX_REGION_BLOCKS || !accept(s) {
                continue;
            }
            let Some(b) = scan(cfg, fetch, s) else { continue };
            let end = s + 4 * b.insns.len() as u64;
            let (nlo, nhi) = (lo.min(s), hi.max(end));
            if !ok(&b.insns) || total + b.insns.len() > limit || (nhi - nlo) / 4 >= MAX_SPAN_INSNS {
                continue;
            }
            (lo, hi) = (nlo, nhi);
            total += b.insns.len();
            index.insert(s, members.len());
            members.push(b);
            internal = true;
        }
        // A call to a member (a recursive function calling its own entry,
        // the head): the code after it joins too, reached from the
        // region's returns (`RegionCtx::ret_conts`).
        if let (Some((t, c)), Some(_)) = (members[i].call, leaf) {
            if index.contains_key(&t) && !index.contains_key(&c) && members.len() < MAX_REGION_BLOCKS && accept(c) {
                if let Some(mut cont) = scan(cfg, fetch, c) {
                    let end = c + 4 * cont.insns.len() as u64;
                    let (nlo, nhi) = (lo.min(c), hi.max(end));
                    if ok(&cont.insns) && total + cont.insns.len() <= limit && (nhi - nlo) / 4 < MAX_SPAN_INSNS {
                        (lo, hi) = (nlo, nhi);
                        total += cont.insns.len();
                        cont.ret_cont = true;
                        members[i].via_call.push(c);
                        index.insert(c, members.len());
                        members.push(cont);
                        internal = true;
                    }
                }
            }
        }
        // A call to a leaf that returns at once (`retl`), with the code
        // after the call: both members, the call and the return branches
        // inside the region (see [`inline_callee`]). The leaf may be
        // compiled already (`leaf` takes it when hot): a copy of one
        // block, called from many places.
        if let (Some((t, c)), Some(leaf_hot)) = (members[i].call, leaf) {
            if t != c && !index.contains_key(&t) && !index.contains_key(&c) && members.len() + 2 <= MAX_REGION_BLOCKS && leaf_hot(t) && accept(c) {
                if let (Some(mut leaf), Some(cont)) = (scan(cfg, fetch, t).filter(inline_callee), scan(cfg, fetch, c)) {
                    let n = leaf.insns.len() + cont.insns.len();
                    let (nlo, nhi) = (lo.min(t).min(c), hi.max(t + 4 * leaf.insns.len() as u64).max(c + 4 * cont.insns.len() as u64));
                    if ok(&cont.insns) && total + n <= limit && (nhi - nlo) / 4 < MAX_SPAN_INSNS {
                        (lo, hi) = (nlo, nhi);
                        total += n;
                        members[i].via_call.push(t);
                        leaf.via_call.push(c);
                        index.insert(t, members.len());
                        members.push(leaf);
                        index.insert(c, members.len());
                        members.push(cont);
                        internal = true;
                    }
                }
            }
        }
        // A call through a register: the targets seen that are leaves
        // returning at once join as the direct calls' do, the code after
        // the call with them. The call compares its target with them
        // (`RegionCtx::icall_targets`, `Lifter::exit`), and a leaf returns
        // to the constant %o7 the call wrote, or (a leaf two calls here
        // reach) compares its return address with the code after calls
        // (`RegionCtx::ret_conts`). Other targets leave through the
        // indirect table. (sparc64 calls: the 8 `ops[]`
        // and 6 vtable leaves, 2026-12-03.)
        if let (Some((site, c)), Some(leaf_hot)) = (members[i].icall, leaf) {
            let mut leaves = Vec::new();
            for t in jumps(site) {
                if t == c || leaves.contains(&t) {
                    continue;
                }
                if index.contains_key(&t) {
                    // A member already: a leaf another call reaches, or
                    // code of the region called as a function.
                    leaves.push(t);
                    continue;
                }
                if members.len() + 2 > MAX_REGION_BLOCKS || !leaf_hot(t) {
                    continue;
                }
                let Some(mut b) = scan(cfg, fetch, t).filter(inline_callee) else { continue };
                let (nlo, nhi) = (lo.min(t), hi.max(t + 4 * b.insns.len() as u64));
                if total + b.insns.len() > limit || (nhi - nlo) / 4 >= MAX_SPAN_INSNS {
                    continue;
                }
                (lo, hi) = (nlo, nhi);
                total += b.insns.len();
                b.via_call.push(c);
                members[i].via_call.push(t);
                index.insert(t, members.len());
                members.push(b);
                leaves.push(t);
                internal = true;
            }
            if !leaves.is_empty() {
                for t in &leaves {
                    let k = index[t];
                    if !members[k].via_call.contains(&c) {
                        members[k].via_call.push(c);
                    }
                    if !members[i].via_call.contains(t) {
                        members[i].via_call.push(*t);
                    }
                }
                if let Some(&k) = index.get(&c) {
                    members[k].ret_cont = true;
                } else if members.len() < MAX_REGION_BLOCKS && accept(c) {
                    if let Some(mut cont) = scan(cfg, fetch, c) {
                        let (nlo, nhi) = (lo.min(c), hi.max(c + 4 * cont.insns.len() as u64));
                        if ok(&cont.insns) && total + cont.insns.len() <= limit && (nhi - nlo) / 4 < MAX_SPAN_INSNS {
                            (lo, hi) = (nlo, nhi);
                            total += cont.insns.len();
                            cont.ret_cont = true;
                            index.insert(c, members.len());
                            members.push(cont);
                        }
                    }
                }
            }
        }
        // The targets seen of a computed jump: members it branches to
        // when its target is one of them (`RegionCtx::ret_conts`).
        if let Some(j) = members[i].jump {
            let targets = jumps(j);
            if !targets.is_empty() {
                limit = MAX_SWITCH_REGION_INSNS;
            }
            for t in targets {
                if let Some(&k) = index.get(&t) {
                    members[k].ret_cont = true;
                    if !members[i].via_call.contains(&t) {
                        members[i].via_call.push(t);
                    }
                    internal = true;
                    continue;
                }
                if members.len() >= MAX_REGION_BLOCKS || !accept(t) {
                    continue;
                }
                let Some(mut b) = scan(cfg, fetch, t) else { continue };
                let end = t + 4 * b.insns.len() as u64;
                let (nlo, nhi) = (lo.min(t), hi.max(end));
                if !ok(&b.insns) || total + b.insns.len() > limit || (nhi - nlo) / 4 >= MAX_SPAN_INSNS {
                    continue;
                }
                (lo, hi) = (nlo, nhi);
                total += b.insns.len();
                b.ret_cont = true;
                members[i].via_call.push(t);
                index.insert(t, members.len());
                members.push(b);
                internal = true;
            }
        }
        i += 1;
    }
    (members, index, internal)
}

/// A function of one block: a leaf that returns at once (plain member
/// instructions up to `retl`, `jmpl %o7 + 8, %g0`, and its delay slot), or
/// `save`, plain member instructions and `ret; restore` (`jmpl %i7 + 8,
/// %g0`) or `return %i7 + 8` with a plain delay slot. In an acyclic region
/// a direct call to it is a branch to it (the call's exit to a member),
/// and since %o7 is the constant the call wrote on the only branch into it
/// (`RegionCtx::o7_in`; after `save` it is %i7, `Lifter::window_op`), its
/// return is a branch to the member after the call (the window change
/// making a sync point at the known target, `Lifter::region_window_sync`):
/// the call costs no exit, no chaining and no indirect lookup.
fn inline_callee(b: &Scanned) -> bool {
    let n = b.insns.len();
    if n < 2 || !b.succs.is_empty() || b.call.is_some() {
        return false;
    }
    let saves = b.insns[0].op == Op::Save && interp::supported(&b.insns[0]);
    if saves && n < 3 {
        return false;
    }
    let (j, d) = (&b.insns[n - 2], &b.insns[n - 1]);
    let plain = |i: &Insn| member_ok(i) && !i.is_cti();
    let ret8 = |r: u32| j.rs1() == r && j.i() && j.simm13() == 8;
    b.insns[saves as usize..n - 2].iter().all(plain)
        && if saves {
            (j.op == Op::Jmpl && j.rd() == 0 && ret8(31) && d.op == Op::Restore && interp::supported(d))
                || (j.op == Op::Return && ret8(31) && plain(d) && interp::supported(j))
        } else {
            j.op == Op::Jmpl && j.rd() == 0 && ret8(15) && plain(d)
        }
}

/// Could a call through a register at a region's member branch to the
/// function at `t` inside the region (it is an [`inline_callee`])? The
/// runtime profiles only such targets of calls leaving a region (exec.rs
/// `note_region_jump`): compiling a region again for any other callee
/// gains nothing (vfprintf's calls through its jump table, sparc32plus
/// compress, 2026-12-04).
pub fn inlinable_callee(cfg: &LiftConfig, fetch: &dyn Fn(u64) -> Option<u32>, t: u64) -> bool {
    scan(cfg, fetch, t).is_some_and(|b| inline_callee(&b))
}

/// An [`inline_callee`] of the form `save; body; ret; restore` or `save;
/// body; return %i7 + 8` whose body cannot leave the code: integer
/// arithmetic, logic, shifts, moves (no memory access, no FP, no division,
/// no trapping tagged arithmetic, no state register). Its `save` and
/// return cancel out (`Lifter::window_op`): nothing between them can
/// observe `cpu`'s window state, so neither writes it on the fast path.
fn quiet_leaf(b: &Scanned) -> bool {
    let n = b.insns.len();
    inline_callee(b)
        && b.insns[0].op == Op::Save
        && b.insns[1..n - 2]
            .iter()
            .all(|i| (i.is_plain_alu() || i.is_cc_alu() || matches!(i.op, Op::Addc | Op::Subc | Op::Addccc | Op::Subccc)) && interp::supported(i))
}

/// The region's members. When the hot blocks the head's direct branches
/// reach lead back to the head, the loop through it (its strongly
/// connected component). Else (code that runs often without looping
/// there: a function's body, a chain of compares and early returns) the
/// blocks reachable from the head through blocks that are hot and free
/// (`is_free`: not compiled, in no other region, not waiting to be
/// compiled): an acyclic region (it may hold a loop not through the head),
/// whose branches to other code are exits, so no block is compiled twice
/// by it.
fn discover(
    cfg: &LiftConfig,
    fetch: &dyn Fn(u64) -> Option<u32>,
    head: u64,
    is_hot: &dyn Fn(u64) -> bool,
    is_free: &dyn Fn(u64) -> bool,
    jumps: JumpTargets,
) -> Option<(Vec<Scanned>, bool)> {
    let first = scan(cfg, fetch, head)?;
    if !window_member_ok(&first.insns) {
        return None;
    }
    // A block ending in a computed jump whose targets were seen heads no
    // region: the loop through it (a `switch` in a loop) is entered where
    // the cases branch back to, a block before it that gets hot at about
    // the same time (sparc64 interp: 0x1009f4 one run after the jump's
    // block 0x100a0c) and heads the region with this block and the cases
    // in it; the cases not in the region leave for that head too.
    if first.jump.is_some_and(|j| !jumps(j).is_empty()) {
        return None;
    }
    // Keep the loop: the members from which the head can be reached again
    // (its strongly connected component). Code after the loop and cold
    // paths out of it stay separate translations, so nested and
    // neighbouring loops share few blocks (each copy costs compile time).
    // (Loops take no window change: a head that changes the window heads
    // an acyclic region; but see the loop through calls below.)
    let mut cyclic = None;
    let mut calls = false;
    if strict_member_ok(&first.insns) {
        let (members, index, internal) = grow(cfg, fetch, first.clone(), is_hot, strict_member_ok, None, jumps);
        if internal {
            calls = members.iter().any(|m| m.call.is_some() || m.icall.is_some());
            cyclic = loop_through_head(members, &index);
        }
    }
    // A loop through a call (a merge loop calling its comparator through a
    // pointer): the strict loop stops at the call. Grown with window
    // changes, calls to leaves and their continuations, the loop through
    // the head may be larger: lifted lazily (each member loads what it
    // uses in its window), as an acyclic region is.
    let mut lazy_loop = false;
    if let Some(strict) = &cyclic {
        if calls && !loopcall_off() {
            let (members, index, internal) = grow(cfg, fetch, first.clone(), is_hot, window_member_ok, Some(is_hot), jumps);
            if let Some(l) = loop_through_head(members, &index).filter(|l| internal && l.len() > strict.len()) {
                cyclic = Some(l);
                lazy_loop = true;
            }
        }
    }
    let acyclic = cyclic.is_none() || lazy_loop;
    let mut members: Vec<Scanned> = match cyclic {
        Some(m) => m,
        None => {
            let (members, _, internal) = grow(cfg, fetch, first, &|p| is_hot(p) && is_free(p), window_member_ok, Some(is_hot), jumps);
            if !internal {
                return None;
            }
            members
        }
    };
    // A member whose straight code runs into another member's start (a
    // block that falls into a loop head) ends there with a branch to it,
    // as `Lifter::lift_run` cuts it in a region: the code after that
    // point is lifted once, not once per member that contains it.
    let starts: std::collections::HashSet<u64> = members.iter().map(|m| m.pc).collect();
    for m in &mut members {
        let cut = (1..m.insns.len()).find(|&j| !m.insns[j - 1].is_cti() && starts.contains(&(m.pc + 4 * j as u64)));
        if let Some(j) = cut {
            m.insns.truncate(j);
            m.succs = vec![m.pc + 4 * j as u64];
        }
    }
    Some((reverse_postorder(members), acyclic))
}

/// The experiment knob LASTMILE_NO_LOOPCALL: loops through calls stay
/// strict loops (without the calls), as before 2026-12-04 (read once).
fn loopcall_off() -> bool {
    static OFF: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *OFF.get_or_init(|| std::env::var_os("LASTMILE_NO_LOOPCALL").is_some())
}

/// The experiment knob LASTMILE_NO_ICALL_PROF: a region's calls through a
/// register are not profiled (`Lifter::jump_site`), as before 2026-12-04.
pub(super) fn icall_prof_off() -> bool {
    static OFF: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *OFF.get_or_init(|| std::env::var_os("LASTMILE_NO_ICALL_PROF").is_some())
}

/// The `members` (grown from the head, member 0) that can reach the head
/// again through branches, calls and computed jumps between members: the
/// loop through the head (its strongly connected component), None when
/// the head is in no loop.
fn loop_through_head(members: Vec<Scanned>, index: &HashMap<u64, usize>) -> Option<Vec<Scanned>> {
    let mut back = vec![false; members.len()];
    loop {
        let mut grew = false;
        for (k, m) in members.iter().enumerate() {
            // (`via_call` holds a computed jump's targets here.)
            if !back[k] && m.succs.iter().chain(&m.via_call).any(|s| index.get(s).is_some_and(|&j| j == 0 || back[j])) {
                back[k] = true;
                grew = true;
            }
        }
        if !grew {
            break;
        }
    }
    back[0].then(|| members.into_iter().zip(back).filter(|(_, b)| *b).map(|(m, _)| m).collect())
}

/// The members in reverse postorder of a depth-first walk from the head
/// (which stays first): every branch from one member to another goes to a
/// later member except the loops' back edges. A branch to a member not
/// lifted yet passes its dirty registers and flags' form on at once
/// (`RegionCtx::current`), so in this order only back edges can ask for
/// another lifting pass (breadth-first order has cross edges going back).
fn reverse_postorder(members: Vec<Scanned>) -> Vec<Scanned> {
    let n = members.len();
    let index: HashMap<u64, usize> = members.iter().enumerate().map(|(k, m)| (m.pc, k)).collect();
    let mut seen = vec![false; n];
    let mut post = Vec::with_capacity(n);
    // (member, next successor to look at)
    let mut stack = vec![(0usize, 0usize)];
    seen[0] = true;
    while let Some(&mut (k, ref mut i)) = stack.last_mut() {
        let m = &members[k];
        if let Some(&s) = m.succs.get(*i).or_else(|| m.via_call.get(*i - m.succs.len())) {
            *i += 1;
            if let Some(&j) = index.get(&s) {
                if !seen[j] {
                    seen[j] = true;
                    stack.push((j, 0));
                }
            }
        } else {
            post.push(k);
            stack.pop();
        }
    }
    // Members the walk did not reach (none: every member is reached
    // from the head) keep their place after the others.
    let mut order: Vec<usize> = post.into_iter().rev().collect();
    order.extend((0..n).filter(|&k| !seen[k]));
    let mut slots: Vec<Option<Scanned>> = members.into_iter().map(Some).collect();
    order.into_iter().filter_map(|k| slots[k].take()).collect()
}

fn lift_members(
    cfg: &LiftConfig,
    fetch: &dyn Fn(u64) -> Option<u32>,
    head: u64,
    mut members: Vec<Scanned>,
    lazy: bool,
    fctx: &mut FunctionBuilderContext,
) -> Option<Region> {
    // The members of an FP inner loop, whose branches in test FP facts
    // (fp.rs `guarded_facts`), get a second copy lifted without them,
    // after the others: where the test fails the branch goes there
    // instead. Branches to their pcs go to the first copies (`index` keeps
    // the first member of a pc), so the copies' branches test again (at
    // most 64 members: 32 and their copies).
    let at: HashMap<u64, usize> = members.iter().enumerate().rev().map(|(k, m)| (m.pc, k)).collect();
    let succs: Vec<Vec<usize>> = members.iter().map(|m| m.succs.iter().filter_map(|s| at.get(s).copied()).collect()).collect();
    let insns: Vec<&[Insn]> = members.iter().map(|m| &m.insns[..]).collect();
    let guards = super::fp::guarded_facts(&insns, &succs);
    let mut fp_guard = guards.clone();
    let mut shadow = vec![None; members.len()];
    for k in 0..guards.len() {
        if guards[k] != 0 {
            let m = &members[k];
            let copy = Scanned { pc: m.pc, first: m.first, insns: m.insns.clone(), succs: m.succs.clone(), call: m.call, via_call: m.via_call.clone(), ret_cont: m.ret_cont, jump: m.jump, icall: m.icall };
            shadow[k] = Some(members.len());
            members.push(copy);
            fp_guard.push(0);
            shadow.push(None);
        }
    }
    let index: HashMap<u64, usize> = members.iter().enumerate().rev().map(|(k, m)| (m.pc, k)).collect();
    let lo = members.iter().map(|m| m.pc).min().unwrap_or(head);
    let hi = members.iter().map(|m| m.pc + 4 * m.insns.len() as u64).max().unwrap_or(head);
    // The multiplies and wr %asr (which write %y etc. straight to `cpu`)
    // make the point after them a sync point (`Lifter::sync_after`), but
    // not in a delay slot: only there do they make the region precise.
    let precise_all = members.iter().any(|m| {
        m.insns.iter().enumerate().any(|(i, insn)| forces_precise(insn) && (!syncs_after(insn) || (i > 0 && m.insns[i - 1].is_cti())))
    });
    let n = members.len();
    // The FP variables only when a member has FP code.
    let mut fp = members.iter().any(|m| m.insns.iter().any(Insn::is_fp));
    // A `stfsr` in a member may be in a replay's stretch into any other.
    let stfsr = members.iter().any(|m| m.insns.iter().any(|i| matches!(i.op, Op::Stfsr { .. })));
    let mut sync_from = edge_syncs(&members, precise_all);
    let head_synced = head_syncs_first(&members, precise_all);
    // The second copy of an inner loop is entered where the first is.
    for k in 0..shadow.len() {
        if let Some(c) = shadow[k] {
            sync_from[c] = sync_from[k] & !(1 << c);
        }
    }
    // Faults of plain loads replay from the last sync point.
    let loads_replay = !precise_all && cfg.space_mask != u64::MAX;
    let cc_exposed = cc_exposed(&members, precise_all, &sync_from, &shadow);
    let align_in = loop_alignment(&members, &shadow);
    let membase_reload = cfg.space_mask != 0xffff_ffff && reload_membase(&members, &guards);
    let held_back = back_edged(&members, &at, &shadow);
    let mut ctx = RegionCtx {
        index,
        blocks: Vec::new(),
        entry_dirty: dirty_guess(&members, precise_all, &guess_cc_syncs(&members, &sync_from, &cc_exposed, loads_replay)),
        found_dirty: vec![[false; 32]; n],
        fp_entry_dirty: vec![0; n],
        fp_found_dirty: vec![0; n],
        fp_entry_facts: (0..n).map(|k| if k == 0 { 0 } else { super::fp::FACTS_ALL }).collect(),
        fp_found_facts: Vec::new(),
        fp_pend_want: vec![None; n],
        fp_back_pend: Vec::new(),
        fp_pend_tried: false,
        fp_blind_pend: Vec::new(),
        fp_pend_off: false,
        fp_guard,
        fp_shadow: shadow,
        current: 0,
        used: if lazy { [false; 32] } else { used_guess(&members) },
        used_grew: false,
        lazy,
        unloaded_in: vec![0; n],
        cc_dead: members.iter().map(|m| cc_dead(&m.insns, loads_replay)).collect(),
        cc_set_first: members.iter().map(|m| cc_dead(&m.insns, false)).collect(),
        cexc_dead: members.iter().map(|m| super::fp::cexc_dead_insns(&m.insns, loads_replay, cfg.flavor != super::super::decode::Flavor::V8)).collect(),
        entry_cc: vec![CcFlow::None; n],
        found_cc: vec![CcFlow::None; n],
        entry_cc_unsynced: vec![false; n],
        found_cc_unsynced: vec![false; n],
        cc_vars: [cranelift_frontend::Variable::from_u32(0); 3],
        cc_edges: Vec::new(),
        align_in,
        sync_from,
        cc_exposed,
        window_first: members.iter().map(|m| matches!(m.insns.first().map(|i| i.op), Some(Op::Save | Op::Restore))).collect(),
        save_cc_first: members.iter().map(|m| save_cc_first(&m.insns)).collect(),
        save_fast: Vec::new(),
        o7_in: Vec::new(),
        o7_used: Vec::new(),
        o7_bad: vec![false; n],
        held_in: Vec::new(),
        held_back,
        held_used: Vec::new(),
        held_bad: vec![false; n],
        ret_conts: members.iter().enumerate().filter(|(_, m)| m.ret_cont).map(|(k, m)| (m.pc, k)).filter(|&(pc, k)| at.get(&pc) == Some(&k)).collect(),
        icall_targets: members
            .iter()
            .filter_map(|m| {
                let (site, _) = m.icall?;
                let ts: Vec<(u64, usize)> = m.via_call.iter().filter_map(|t| at.get(t).map(|&k| (*t, k))).collect();
                (!ts.is_empty()).then_some((site, ts))
            })
            .collect(),
    };
    for pass in 1..=MAX_PASSES {
        let mut func = crate::exitchain::new_block_function(cfg.call_conv);
        let mut info = BlockInfo { start: lo, end: hi, insns: 0, code: Vec::new() };
        ctx.found_dirty = vec![[false; 32]; n];
        ctx.fp_found_dirty = vec![0; n];
        // The function's entry reaches the head knowing nothing.
        ctx.fp_found_facts = (0..n).map(|k| if k == 0 { 0 } else { super::fp::FACTS_ALL }).collect();
        ctx.fp_back_pend = vec![None; n];
        ctx.fp_blind_pend = vec![None; n];
        // Not in the last pass: a branch that cannot bring a wanted kind
        // would cost one more.
        if pass == MAX_PASSES {
            ctx.fp_pend_off = true;
        }
        let pend_off = ctx.fp_pend_off;
        ctx.found_cc = vec![CcFlow::None; n];
        // The function's entry reaches the head with the flags in `cpu`.
        ctx.found_cc[0] = CcFlow::Mem;
        ctx.found_cc_unsynced = vec![false; n];
        ctx.cc_edges = vec![CcEdges::default(); n];
        ctx.used_grew = false;
        ctx.unloaded_in = vec![0; n];
        // The function's entry brings an unknown %o7 to the head.
        ctx.o7_in = (0..n).map(|k| if k == 0 { Some(None) } else { None }).collect();
        ctx.o7_used = vec![None; n];
        // The function's entry knows nothing of `cpu`'s flag record (nor
        // the head's FP copy, entered from there too).
        ctx.held_in = vec![None; n];
        ctx.held_used = vec![None; n];
        for k in [Some(0), ctx.fp_shadow.first().copied().flatten()].into_iter().flatten() {
            ctx.held_in[k] = Some(super::CcHeld::UNKNOWN);
        }
        let fp_loads;
        let fp_missed;
        {
            let mut b = FunctionBuilder::new(&mut func, fctx);
            let cpu = crate::exitchain::entry_cpu(&mut b);
            ctx.blocks = (0..n).map(|_| b.create_block()).collect();
            ctx.save_fast = members
                .iter()
                .enumerate()
                .map(|(k, m)| (ctx.save_cc_first[k] && !fp && save_adds_outs(&m.insns[0])).then(|| (b.create_block(), false)))
                .collect();
            let mut l = Lifter::new(cfg, b, cpu, fp);
            l.membase_reload = membase_reload;
            ctx.cc_vars = std::array::from_fn(|_| l.b.declare_var(cranelift_codegen::ir::types::I64));
            l.start = head;
            l.loc_base = lo;
            l.sync = None;
            l.precise_all = precise_all;
            // Entry: load every register the region touches, and make the
            // head the sync point faults replay from.
            // (Lazy: only those the head takes in variables, dirty on a
            // branch back to it.)
            for r in 1..32u32 {
                if if lazy { ctx.entry_dirty[0][r as usize] } else { ctx.used[r as usize] } {
                    l.get(r);
                }
            }
            let hv = l.k(head);
            l.b.ins().store(super::cpu_flags(), hv, l.cpu, std::mem::offset_of!(super::SparcCpu, sync_pc) as i32);
            // The context moves into the lifter for the pass and comes
            // back after it (`ctx` is not used meanwhile).
            l.region = Some(ctx);
            // To the head (through its FP test when it is a guarded loop).
            l.fp_entry_guard();
            for (k, m) in members.iter().enumerate() {
                let rc = l.region.as_mut().unwrap();
                rc.current = k;
                let (cb, dirty, used, fpd) = (rc.blocks[k], rc.entry_dirty[k], rc.used, rc.fp_entry_dirty[k]);
                let facts = rc.fp_entry_facts[k] | if l.fp_known.is_some() { rc.fp_guard[k] } else { 0 };
                l.b.switch_to_block(cb);
                // A window change in a delay slot or `return` made the
                // rest of the last member precise and its exits leave.
                l.precise_all = precise_all;
                l.window_left = false;
                for r in 1..32 {
                    l.state[r] = if dirty[r] {
                        RegState::Dirty
                    } else if used[r] && !lazy {
                        RegState::Clean
                    } else {
                        RegState::Unloaded
                    };
                }
                // %o7 as every branch into it so far brought it (an
                // inlined leaf: its caller's return address).
                let o7 = if rc.o7_bad[k] { None } else { rc.o7_in[k].flatten() };
                if let Some(c) = o7 {
                    let rc = l.region.as_mut().unwrap();
                    rc.o7_used[k] = Some(c);
                    let v = l.k(c);
                    l.b.def_var(l.vars[15], v);
                    // Not dirty on any branch in (else it would be dirty
                    // here, or another pass follows): `cpu` holds c.
                    if l.state[15] == RegState::Unloaded {
                        l.state[15] = RegState::Clean;
                    }
                }
                // A quiet leaf returning to a known (aligned) address:
                // its window change is fused (`Lifter::window_op`).
                l.quiet_leaf = o7.is_some_and(|c| c & 3 == 0) && quiet_leaf(m);
                l.in_quiet_leaf = false;
                let rc = l.region.as_mut().unwrap();
                // The flag constants `cpu` holds on every way in (none in
                // the last pass, which must not fail).
                let held = match rc.held_in[k] {
                    _ if rc.held_bad[k] || pass == MAX_PASSES => None,
                    Some(h) if !rc.held_back[k] || pass > 1 => Some(h),
                    _ => None,
                };
                l.cc_held = held.filter(|&h| h != super::CcHeld::UNKNOWN).unwrap_or(super::CcHeld::UNKNOWN);
                if l.cc_held != super::CcHeld::UNKNOWN {
                    rc.held_used[k] = Some(l.cc_held);
                }
                l.align_known = rc.align_in[k];
                let (flow, unsynced, vars) = (rc.entry_cc[k], rc.entry_cc_unsynced[k], rc.cc_vars);
                rc.cc_edges[k].lifted = Some((flow, unsynced));
                (l.cc, l.cc_synced) = match flow {
                    CcFlow::Lazy(super::CC_OP_LOGIC, _) => (super::Cc::Logic(l.b.use_var(vars[2])), !unsynced),
                    CcFlow::Lazy(op, kb) => {
                        let a = l.b.use_var(vars[0]);
                        let bb = match kb {
                            Some(c) => l.k(c),
                            None => l.b.use_var(vars[1]),
                        };
                        let c = match op {
                            super::CC_OP_ADD2 => super::Cc::Add(a, bb, l.b.ins().iadd(a, bb)),
                            super::CC_OP_SUB2 => super::Cc::Sub(a, bb, l.b.ins().isub(a, bb)),
                            super::CC_OP_ADD => super::Cc::Add(a, bb, l.b.use_var(vars[2])),
                            _ => super::Cc::Sub(a, bb, l.b.use_var(vars[2])),
                        };
                        (c, !unsynced)
                    }
                    CcFlow::Val => (super::Cc::Val(l.b.use_var(vars[0])), !unsynced),
                    _ => (super::Cc::Mem, true),
                };
                l.delay_npc = None;
                // %fprs.DL/DU set and %fsr's mode known on every way in
                // (fp.rs sets DL/DU once per block and tests the mode
                // until known).
                // FP variables that may differ from `cpu` on some way in.
                l.set_fp_dirty_mask(fpd);
                // No pending %fsr.cexc; cpu.fsr_pend may be set, to the
                // kind every branch in left there when the member wants one.
                let rc = l.region.as_ref().unwrap();
                let pend = if rc.fp_pend_off { None } else { rc.fp_pend_want[k] };
                l.fp_member_start(pend);
                l.set_fp_facts(facts);
                // Loads (and `stfsr`) may have run since the last sync (in
                // a predecessor).
                l.loaded_since_sync = true;
                l.fsr_read_since_sync = stfsr;
                // Every way into the head recorded its start as the sync
                // point (the function's entry, and the branches:
                // `edge_syncs`).
                l.synced_here = if k == 0 && head_synced { Some(m.pc) } else { None };
                l.next_is_jump = false;
                l.insns_started = 0;
                let mut bi = BlockInfo { start: m.pc, end: m.pc + 4, insns: 0, code: Vec::new() };
                l.lift_run(fetch, m.pc, m.first, &mut bi);
                let rc = l.region.as_mut().unwrap();
                if let Some((fb, false)) = rc.save_fast[k] {
                    // (Not taken by the `save`: the branches there go on
                    // to the member's start, which tests again.)
                    let cb = rc.blocks[k];
                    rc.save_fast[k] = Some((fb, true));
                    l.b.switch_to_block(fb);
                    l.b.ins().jump(cb, &[]);
                }
                info.insns += bi.insns;
                info.code.extend(bi.code);
            }
            l.finish_shared_exit();
            l.b.seal_all_blocks();
            fp_loads = l.fp_known.as_mut().map(|k| std::mem::take(&mut k.loads)).unwrap_or_default();
            fp_missed = l.fp_missed;
            l.b.finalize(cfg.frontend);
            ctx = l.region.take().unwrap();
        }
        super::fp::prune_dead_loads(&mut func, &fp_loads);
        let mut stable = lazy || !ctx.used_grew;
        if fp_missed && !fp {
            // FP code the scan did not see: again with the FP variables.
            fp = true;
            stable = false;
        }
        for k in 0..n {
            let j = ctx.entry_cc[k].join(ctx.found_cc[k]);
            let unsynced = ctx.entry_cc_unsynced[k] | ctx.found_cc_unsynced[k];
            // Another pass when the member was lifted with another form
            // than all branches bring (None, Mem and Mixed all read the
            // flags from `cpu`, and `unsynced` only matters for flags in
            // variables), or a branch did not do what the member expects
            // (one joined ahead after others had decided).
            let e = ctx.cc_edges[k];
            let (lf, lu) = e.lifted.unwrap_or((CcFlow::None, false));
            if j.lifted_form() != lf.lifted_form()
                || (j.in_vars() && unsynced != lu)
                || (lf.in_vars() && e.stored)
                || (!lf.in_vars() && e.vars)
                || (lf.in_vars() && e.undefined & lf.vars_read() != 0)
            {
                stable = false;
            }
            ctx.entry_cc[k] = j;
            ctx.entry_cc_unsynced[k] = unsynced;
        }
        if ctx.fp_pend_off {
            // A branch could not bring what its member wanted.
            if !pend_off {
                stable = false;
            }
        } else {
            let want: Vec<Option<u64>> = (0..n).map(|k| super::fp::pend_wanted(ctx.fp_back_pend[k], ctx.fp_blind_pend[k], ctx.fp_pend_want[k])).collect();
            if !ctx.fp_pend_tried && want.iter().zip(&ctx.fp_pend_want).any(|(w, old)| w.is_some() && w != old) {
                // Once: a member wants a kind it did not (one lifting pass
                // more for such loops, most of which take two anyway).
                ctx.fp_pend_tried = true;
                stable = false;
            }
            ctx.fp_pend_want = want;
        }
        for k in 0..n {
            if let Some(c) = ctx.o7_used[k] {
                if ctx.o7_in[k] != Some(Some(c)) {
                    // A branch lifted after the member brought another %o7.
                    ctx.o7_bad[k] = true;
                    stable = false;
                }
            }
            if let Some(h) = ctx.held_used[k] {
                if !h.implied_by(ctx.held_in[k].unwrap_or(super::CcHeld::UNKNOWN)) {
                    // A branch lifted after the member brought less.
                    ctx.held_bad[k] = true;
                    stable = false;
                }
            }
            if (0..32).any(|r| ctx.unloaded_in[k] >> r & 1 != 0 && (ctx.entry_dirty[k][r] || ctx.found_dirty[k][r])) {
                stable = false;
            }
            if ctx.fp_entry_facts[k] & !ctx.fp_found_facts[k] != 0 {
                ctx.fp_entry_facts[k] &= ctx.fp_found_facts[k];
                stable = false;
            }
            if ctx.fp_found_dirty[k] & !ctx.fp_entry_dirty[k] != 0 {
                ctx.fp_entry_dirty[k] |= ctx.fp_found_dirty[k];
                stable = false;
            }
            for r in 0..32 {
                if ctx.found_dirty[k][r] && !ctx.entry_dirty[k][r] {
                    ctx.entry_dirty[k][r] = true;
                    stable = false;
                }
            }
        }
        if stable {
            // The entry loads every register the region touches; one that
            // every path writes before reading is dead there.
            super::drop_dead_cpu_loads(&mut func);
            super::thread_jumps(&mut func);
            return Some(Region { func, info, loc_base: lo, blocks: n, pcs: members.iter().map(|m| m.pc).collect(), exits: exits_of(&members), passes: pass });
        }
        // The next pass builds a function of about this size.
        crate::exitchain::recycle_function(func);
    }
    None
}

/// Members some branch from themselves or a later member may enter
/// (region.rs `RegionCtx::held_back`): by their successors' pcs (the first
/// member of a pc; a guarded member's FP copy where its test fails). Other
/// branches in (returns, computed jumps) are found as they are lifted.
fn back_edged(members: &[Scanned], at: &HashMap<u64, usize>, shadow: &[Option<usize>]) -> Vec<bool> {
    let mut back = vec![false; members.len()];
    for (j, m) in members.iter().enumerate() {
        for s in &m.succs {
            let Some(&k) = at.get(s) else { continue };
            for t in [Some(k), shadow.get(k).copied().flatten()].into_iter().flatten() {
                if t <= j {
                    back[t] = true;
                }
            }
        }
    }
    back
}

/// At least this many integer registers named (outside FPops) in a region
/// with a guarded FP loop: its accesses load `cpu.membase` each
/// ([`reload_membase`]). Measured 2026-12-03 (fploop4) on the workloads'
/// guarded FP regions: sparc64 fft's butterfly nest (0x100950, the inner
/// loop with the two outer loops) names 17 and sparc32plus fft's two 18;
/// every other one (matmul_fp, nbody, fft's inner loop alone) 13 or fewer.
const RELOAD_MEMBASE_REGS: usize = 16;

/// Whether the accesses of a region load `cpu.membase` each time (one
/// load, as a reload from a spill slot) rather than take it from the value
/// loaded at the entry. Where a guarded FP loop sits in a nest with many
/// integer values live, the register allocator spills that value and
/// reloads it at ~9 of the 12 accesses of each iteration anyway (sparc64
/// fft's inner loop, `-d out_asm`), and the register it held costs other
/// reloads: 154 -> 150 host insns per guarded iteration. Where fewer
/// values are live it stays in a register, and reloading it at each access
/// would cost one insn each (region_nbody_advance +23, region_matmul_fp +2
/// static when done everywhere): hence the threshold. Not for sparc32plus
/// (a 4 GiB space, `zext32` offsets): its fft nest keeps the value in a
/// register, and loading it at each access made the iteration 143 -> 149.
fn reload_membase(members: &[Scanned], guards: &[u8]) -> bool {
    let mut used = [false; 32];
    for i in members.iter().flat_map(|m| m.insns.iter()) {
        let fp_regs = matches!(i.op, Op::Fpop1 | Op::Fpop2 | Op::Impdep1 | Op::Impdep2 | Op::FBfcc | Op::FBPfcc);
        let fp_data = matches!(i.op, Op::Ldf { .. } | Op::Stf { .. } | Op::Ldfsr { .. } | Op::Stfsr { .. });
        if fp_regs {
            continue;
        }
        used[i.rs1() as usize] = true;
        if !i.i() {
            used[i.rs2() as usize] = true;
        }
        if !fp_data {
            used[i.rd() as usize] = true;
        }
    }
    let n = used[1..].iter().filter(|&&u| u).count();
    guards.iter().any(|&g| g != 0) && n >= RELOAD_MEMBASE_REGS
}

/// The registers the members name (a superset of those the lifter touches:
/// sources, destination and its pair register, %o7 for call): loaded on
/// entry from the first pass, so that a pass is not spent finding them.
/// Entry loads nothing uses are dropped ([`super::drop_dead_cpu_loads`]); a
/// register missed here is found by the lifter (`used_grew`), as before.
fn used_guess(members: &[Scanned]) -> [bool; 32] {
    let mut used = [false; 32];
    for i in members.iter().flat_map(|m| m.insns.iter()) {
        for r in [i.rs1(), i.rs2(), i.rd(), i.rd() ^ 1] {
            used[r as usize] = true;
        }
        if i.op == Op::Call {
            used[15] = true;
        }
    }
    used[0] = false;
    used
}

/// Registers surely dirty at the start of each member: an under-estimate
/// of the sets the lifting passes find (the least fixpoint), computed from
/// the decoded members alone, so that a loop needs one pass instead of two.
/// It follows the lifter: instructions that certainly write their
/// destination make it dirty, a store writes everything back when a load
/// came before it since the last sync point (every access does in a
/// precise region), and any instruction not known to leave the state alone
/// counts as writing everything back. Starting from a subset of the
/// fixpoint, the passes reach the same fixpoint (same code), only sooner.
fn dirty_guess(members: &[Scanned], precise: bool, sync_from: &[u64]) -> Vec<[bool; 32]> {
    let index: HashMap<u64, usize> = members.iter().enumerate().rev().map(|(k, m)| (m.pc, k)).collect();
    let bit = |r: u32| if r == 0 { 0 } else { 1u32 << r };
    // The dirty set at the end of member `k` started with `d`: (before the
    // delay slot, after it).
    let run = |k: usize, mut d: u32| -> (u32, u32) {
        let mut loaded = true;
        let mut before = None;
        for i in &members[k].insns {
            match i.op {
                _ if i.is_plain_alu() => d |= bit(i.rd()),
                Op::Addc
                | Op::Subc
                | Op::Addcc
                | Op::Andcc
                | Op::Orcc
                | Op::Xorcc
                | Op::Subcc
                | Op::Andncc
                | Op::Orncc
                | Op::Xnorcc
                | Op::Addccc
                | Op::Subccc => d |= bit(i.rd()),
                // Conditional moves, multiplies and divides (a divide by
                // zero leaves through a trap path, which keeps the state)
                // write their destination and nothing back.
                Op::Movr | Op::Umul | Op::Smul | Op::Umulcc | Op::Smulcc | Op::Udivx | Op::Sdivx | Op::Udiv | Op::Sdiv | Op::Udivcc | Op::Sdivcc => {
                    d |= bit(i.rd())
                }
                // MOVcc on %icc/%xcc (on %fccN: fp.rs, left to the passes).
                Op::Movcc if i.movcc_cc() & 4 != 0 => d |= bit(i.rd()),
                Op::Movcc | Op::Bicc | Op::BPcc | Op::BPr => {}
                // A window change outside a delay slot makes the point
                // after it a sync point (everything written back); after
                // one in a delay slot the member's exits leave the region
                // (`Lifter::window_left`), so nothing counted here reaches
                // another member.
                Op::Save | Op::Restore => {
                    d = 0;
                    loaded = false;
                }
                // Atomics make the whole region precise: the access writes
                // everything back, then the old value is in rd.
                Op::Cas { .. } | Op::Ldstub { .. } | Op::Swap { .. } if precise => {
                    d = bit(i.rd());
                    loaded = false;
                }
                // Alternate-space accesses too: the lifter takes them as
                // the plain ones (an ASI it does not know ends the block
                // before them, `Lifter::asi_of`), the interpreter replays
                // them. Counting them as syncs left a load's neighbours
                // dirty only in the lifter: a second pass (decode bench,
                // regions, 2026-12-03: 170 of 549 extra passes, 3568 ->
                // 3398 passes for 3019 regions, the same IR in each).
                Op::Load { .. } => {
                    if precise {
                        d = 0;
                        loaded = false;
                    } else {
                        loaded = true;
                    }
                    d |= bit(i.rd());
                }
                Op::Store { .. } => {
                    if precise || loaded {
                        d = 0;
                        loaded = false;
                    }
                }
                _ => {
                    d = 0;
                    loaded = true;
                }
            }
            if i.is_cti() {
                before = Some(d);
            }
        }
        (before.unwrap_or(d), d)
    };
    let n = members.len();
    let mut entry = vec![0u32; n];
    loop {
        let mut changed = false;
        for k in 0..n {
            let m = &members[k];
            let (before, after) = run(k, entry[k]);
            // An annulling branch skips its delay slot when not taken.
            let cti = m.insns.iter().position(|i| i.is_cti());
            let annul_fall = cti.is_some_and(|c| c + 1 < m.insns.len() && m.insns[c].annul());
            let fall = m.pc + 4 * m.insns.len() as u64;
            for (t, &s) in m.succs.iter().enumerate() {
                let Some(&j) = index.get(&s) else { continue };
                if sync_from[j] >> k & 1 != 0 {
                    // A sync point: nothing dirty on this branch.
                    continue;
                }
                // succs: [target, after] for a conditional branch, [after]
                // for `bn`, [target] for `ba`; the fall-through is `fall`.
                let not_taken = s == fall && !(t == 0 && m.succs.len() == 2);
                let mut d = if annul_fall && not_taken { before } else { after };
                if matches!(members[j].insns.first().map(|i| i.op), Some(Op::Save | Op::Restore)) {
                    // The branch writes the window registers back
                    // (`RegionCtx::window_first`).
                    d &= 0xff;
                }
                if entry[j] | d != entry[j] {
                    entry[j] |= d;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    entry.iter().map(|&e| std::array::from_fn(|r| e & (1u32 << r) != 0)).collect()
}


/// The registers a one-block inner loop (a member that branches to itself,
/// not the head: the function's entry tests nothing) walks memory through
/// with a constant step: for each, the alignment its accesses need
/// (`ld [%reg + k]` with k a multiple of the size) when every write to it
/// in the member adds a multiple of that (`add %reg, k, %reg`). The
/// branches into the member from the others test it once
/// (`Lifter::align_edge_guard`: where it fails they leave the region for
/// the member's pc, whose first access through the register traps as
/// before), and the loop's accesses through it test nothing. coremark's
/// matrix inner loop (`ldsh [%o3]; ldsh [%o2]; add %o3, 0x50, %o3; ...;
/// add %o2, 2, %o2`) tested both pointers on every iteration (a `test` and
/// a `jne` each, 2026-12-03, `-d out_asm`).
///
/// Members with an FP copy (`shadow`, fp.rs `guarded_facts`), the head
/// too, are in: their branches in test the alignment with the FP facts
/// and go to the copy (lifted knowing nothing of it) where it fails
/// (`Lifter::fp_entry_guard`, `Lifter::align_edge_guard`). There the
/// accesses may be `[%r1 + %r2]` (both registers known aligned) and FP
/// loads and stores (word alignment, fp.rs `fp_mem`), and a register may
/// step by another one the loop does not write (`add %g3, %g5, %g3`: that
/// one is tested too). fft's butterfly loop (`ldd [%i3 + %g3]`, ... 12
/// accesses through 6 sums of %i0-%i3 and %g1-%g3) tested 6 addresses on
/// every iteration, matmul_fp's inner loop (`ldd [%g2 + %g1]`; `std %f8,
/// [%g3 + %g1]`) 2 (a `test` and a `jne` each, fploop3 2026-12-03,
/// `-d out_asm`).
fn loop_alignment(members: &[Scanned], shadow: &[Option<usize>]) -> Vec<[u8; 32]> {
    let copies: Vec<usize> = shadow.iter().filter_map(|&c| c).collect();
    members
        .iter()
        .enumerate()
        .map(|(k, m)| {
            let mut out = [0u8; 32];
            let guarded = shadow.get(k).is_some_and(|c| c.is_some());
            if (k == 0 && !guarded) || copies.contains(&k) || !m.succs.contains(&m.pc) {
                return out;
            }
            if m.call.is_some() || m.icall.is_some() || m.jump.is_some() || m.ret_cont {
                return out;
            }
            // Window changes rename the registers; a trap may change any.
            if m.insns.iter().any(|i| matches!(i.op, Op::Save | Op::Restore | Op::Return | Op::Flushw | Op::Call | Op::Tcc)) {
                return out;
            }
            // Whether `i` may write integer register `r` (a store's or a
            // branch's field counts too, which only loses a register;
            // `ldd` writes the pair). FPops, FP loads and stores and FP
            // branches name FP registers or none.
            let writes = |i: &Insn, r: u32| {
                let fp_only = matches!(i.op, Op::Fpop1 | Op::Fpop2 | Op::Ldf { .. } | Op::Stf { .. } | Op::FBfcc | Op::FBPfcc);
                !fp_only && (i.rd() == r || (matches!(i.op, Op::Ldd { .. }) && i.rd() | 1 == r))
            };
            // The alignment an access needs of its address registers: the
            // size (FP: a word, as fp_mem tests), for `[%r + k]` with k a
            // multiple of it or `[%r1 + %r2]` (then both).
            let access = |i: &Insn| -> Option<u64> {
                let (size, fp) = match i.op {
                    Op::Load { size, alt: false, .. } | Op::Store { size, alt: false } => (size as u64, false),
                    Op::Ldf { alt: false, .. } | Op::Stf { alt: false, .. } if guarded => (4, true),
                    _ => return None,
                };
                let regs_ok = match super::const_offset(i) {
                    Some(k) => k % size as i64 == 0,
                    None => guarded || fp,
                };
                (size > 1 && regs_ok).then_some(size)
            };
            let mut need = [0u64; 32];
            for i in &m.insns {
                if let Some(size) = access(i) {
                    need[i.rs1() as usize] = need[i.rs1() as usize].max(size);
                    if super::const_offset(i).is_none() {
                        need[i.rs2() as usize] = need[i.rs2() as usize].max(size);
                    }
                }
            }
            // Registers stepping by another (invariant) one: (r, s).
            let mut by_reg = Vec::new();
            for r in 1..32u32 {
                if need[r as usize] < 2 {
                    continue;
                }
                let mut steps = Vec::new();
                let mut regs = Vec::new();
                let mut ok = true;
                for i in &m.insns {
                    let add = matches!(i.op, Op::Add | Op::Sub | Op::Addcc | Op::Subcc) && i.rd() == r && i.rs1() == r;
                    if add && i.i() {
                        steps.push(i.simm13());
                    } else if add && guarded && matches!(i.op, Op::Add | Op::Addcc) && i.rs2() != r && !m.insns.iter().any(|j| writes(j, i.rs2())) {
                        regs.push(i.rs2());
                    } else if writes(i, r) {
                        ok = false;
                    }
                }
                if !ok {
                    continue;
                }
                let mut a = need[r as usize];
                while a > 1 && steps.iter().any(|&s| s % a as i64 != 0) {
                    a /= 2;
                }
                if a > 1 {
                    out[r as usize] = a as u8;
                    by_reg.extend(regs.into_iter().map(|s| (r, s)));
                }
            }
            // A step register is tested on the way in with what it steps;
            // where the two differ, the smaller holds for both (until no
            // pair changes: a register may step several).
            let mut changed = true;
            while changed {
                changed = false;
                for &(r, s) in &by_reg {
                    let (ar, as_) = (out[r as usize], out[s as usize]);
                    let a = if as_ == 0 { ar } else { ar.min(as_) };
                    if a != ar || a != as_ {
                        (out[r as usize], out[s as usize]) = (a, a);
                        changed = true;
                    }
                }
            }
            out
        })
        .collect()
}

/// Which branches between members are sync points (bit k of the result's
/// entry j: the branches from member k into member j). A member's entry
/// dirty set is the union over the branches into it, so a register dirty
/// only on the way into an inner loop (set before it, not changed in it)
/// would be dirty on every iteration and written back at every sync point
/// the loop runs through. The branches into a member that loops on itself
/// (a one-block inner loop, such as matmul_fp's `ldd; fmuld; faddd; std;
/// add; cmp; bne,a; ldd`) from the other members write everything back
/// and record its start as the sync point (`Lifter::region_edge`) when the
/// block has a sync point (a store, an atomic, or any access in a region
/// where every access syncs): then its entry set is only what the loop
/// itself dirties, and what the way in dirtied is stored once per entry
/// instead of once per iteration.
///
/// Loops of several members are left alone: measured on bzip2 (about 6%
/// slower when the natural loops of the members' branches were used),
/// their entries often run about as often as their iterations, either
/// because the loop is short or because it is a cycle around the head,
/// itself an inner loop (the hot block the region grew from). Only where
/// the state is written back depends on this choice, never whether it is
/// exact.
fn edge_syncs(members: &[Scanned], precise: bool) -> Vec<u64> {
    let n = members.len();
    let mut out = vec![0u64; n];
    if n > 64 {
        return out;
    }
    let index: HashMap<u64, usize> = members.iter().enumerate().rev().map(|(k, m)| (m.pc, k)).collect();
    for (h, m) in members.iter().enumerate() {
        let syncs = m.insns.iter().any(|i| match i.op {
            Op::Store { .. } | Op::Std { .. } | Op::Stf { .. } | Op::Stfsr { .. } | Op::Ldstub { .. } | Op::Swap { .. } | Op::Cas { .. } => true,
            Op::Load { .. } | Op::Ldd { .. } | Op::Ldf { .. } | Op::Ldfsr { .. } => precise,
            _ => false,
        });
        // The head too: the function's entry is a sync point, but other
        // members may branch to it (fft's butterfly loop, the head, is
        // entered again from its outer loops).
        if !syncs || !m.succs.contains(&m.pc) {
            continue;
        }
        for (k, p) in members.iter().enumerate() {
            if k != h && p.succs.iter().any(|s| index.get(s) == Some(&h)) {
                out[h] |= 1 << k;
            }
        }
    }
    if head_syncs_first(members, precise) {
        // Every branch to the head, its own included: the head's dirty
        // set is then empty, so the function's entry (whose loads are the
        // state in `cpu`) writes nothing back, and a branch writes back
        // only what its way dirtied. Where the head starts with the sync
        // point this moves the writeback to the branches and costs no
        // store per iteration (the access finds the sync point at its pc
        // already recorded: `Lifter::synced_here`). coremark's list merge
        // loop (0x100a90, a `stx` first) is entered from an indirect call's
        // return on most iterations, and wrote its 16 registers back on
        // every entry.
        let head = members[0].pc;
        for (k, p) in members.iter().enumerate() {
            if p.succs.contains(&head) {
                out[0] |= 1 << k;
            }
        }
    }
    out
}

/// `sync_from` with the branches [`dirty_guess`] expects to store the
/// flags (a sync point then, `Lifter::region_edge`): those whose member
/// sets the flags after its last store and may have read them before
/// ([`cc_exposed`]), into a member that reads them,
/// the head (the function's entry brings them in `cpu`) or one a member
/// that sets no flags branches to (so that the forms differ). A guess: the
/// dirty sets only grow from it, so one too optimistic costs another
/// lifting pass, one too pessimistic (a register dirty where it is not)
/// a store on every way through the member.
fn guess_cc_syncs(members: &[Scanned], sync_from: &[u64], exposed: &[bool], loads_replay: bool) -> Vec<u64> {
    let mut out = sync_from.to_vec();
    if members.len() > 64 {
        return out;
    }
    let sets_cc = |m: &Scanned| m.insns.iter().any(|i| i.is_cc_alu());
    let unsynced = |m: &Scanned| {
        let last = |f: &dyn Fn(&Insn) -> bool| m.insns.iter().rposition(|i| f(i));
        let store = last(&|i| matches!(i.op, Op::Store { .. } | Op::Std { .. } | Op::Stf { .. }));
        last(&|i| i.is_cc_alu()).is_some_and(|c| store.is_none_or(|s| s < c))
    };
    for (j, t) in members.iter().enumerate() {
        // (Branches into a `save_cc_first` member store no flags; those
        // into one starting with `restore` or `save` store them without
        // a sync point: `Lifter::region_edge`.)
        if cc_dead(&t.insns, loads_replay) || matches!(t.insns.first().map(|i| i.op), Some(Op::Save | Op::Restore)) {
            continue;
        }
        let preds: Vec<usize> = (0..members.len()).filter(|&k| members[k].succs.contains(&t.pc)).collect();
        if j != 0 && preds.iter().all(|&k| sets_cc(&members[k])) {
            continue;
        }
        for k in preds {
            if exposed[k] && unsynced(&members[k]) {
                out[j] |= 1 << k;
            }
        }
    }
    out
}

/// What an instruction does to the integer condition codes as the
/// interpreter replaying it sees them: (reads them, sets them). Unknown or
/// rare instructions count as readers (a reader too many only keeps a sync
/// point, [`cc_exposed`]); a setter missed only keeps one as well.
fn cc_effect(i: &Insn) -> (bool, bool) {
    match i.op {
        _ if i.is_cc_alu() => (false, true),
        Op::Umulcc | Op::Smulcc | Op::Udivcc | Op::Sdivcc => (false, true),
        Op::Addccc | Op::Subccc | Op::Mulscc => (true, true),
        _ if i.is_plain_alu() => (false, false),
        Op::Bicc | Op::BPcc => (i.cond() & 7 != 0, false),
        Op::Movcc => (i.movcc_cc() & 4 != 0, false),
        Op::Umul | Op::Smul | Op::Udivx | Op::Sdivx | Op::Udiv | Op::Sdiv | Op::Movr => (false, false),
        Op::BPr | Op::FBfcc | Op::FBPfcc | Op::Call | Op::Jmpl | Op::Return | Op::Save | Op::Restore => (false, false),
        Op::Membar | Op::Stbar | Op::Fpop1 => (false, false),
        Op::Load { .. } | Op::Store { .. } | Op::Ldd { .. } | Op::Std { .. } | Op::Ldf { .. } | Op::Stf { .. } => (false, false),
        Op::Ldstub { .. } | Op::Swap { .. } | Op::Cas { .. } | Op::Prefetch { .. } | Op::Ldfsr { .. } | Op::Stfsr { .. } => (false, false),
        // Addc, Subc, rd %ccr, Tcc, FMOVcc on %icc/%xcc (Fpop2), VIS ...
        _ => (true, false),
    }
}

/// For each member: may a replay from the last sync point have read the
/// condition codes before setting them, on some way to the member's end?
/// Only then must a branch there that stores the flags in `cpu` be a sync
/// point (`Lifter::region_edge`). A fault replays from the last sync
/// point S with the flags `cpu` holds: those of S, or those the last
/// branch B that stored them stored. The replay reads the wrong flags only
/// if it reads them before setting them and B's differ from S's, i.e. the
/// way from S to B set them after reading them first: the way from S to B
/// reads them before setting them. (A read after B comes before any
/// setter since S only when none ran between S and B: B stored S's
/// flags.) So a loop whose head the function's entry reaches with the
/// flags in `cpu` and the back edge with its own `cmp`'s (matmul_fp's
/// inner loop, coremark's list walk) stores the flags on the back edge
/// but writes nothing else back there, when the loop sets them before
/// reading them.
///
/// A forward may-analysis on two bits per point: some way from the last
/// sync point has neither read nor set the flags (`clean`), or read them
/// before setting them (`exposed`). A sync point the lifter surely makes
/// (the function's entry at the head, the branches of `sync_from`, a store
/// after a load, a plain access in a precise region) sets (clean, not
/// exposed); one it may make (after a multiply, `wr`, a window change, an
/// FP access, a store after those; a branch where the flags may be
/// exposed) only sets clean: a reader after a sync point the analysis did
/// not see reads what a replay from there reads (found with `umul` in
/// sparc_interp.rs `gen_cc_loop`).
fn cc_exposed(members: &[Scanned], precise: bool, sync_from: &[u64], shadow: &[Option<usize>]) -> Vec<bool> {
    let n = members.len();
    if n > 64 {
        return vec![true; n];
    }
    let index: HashMap<u64, usize> = members.iter().enumerate().rev().map(|(k, m)| (m.pc, k)).collect();
    // (clean, exposed) at a member's end, from that at its start.
    let run = |k: usize, (mut clean, mut exposed): (bool, bool)| -> (bool, bool) {
        let insns = &members[k].insns;
        let mut loaded = true;
        let mut unsure = false;
        let mut before_slot = None;
        for (x, i) in insns.iter().enumerate() {
            let (reads, sets) = cc_effect(i);
            exposed |= reads && clean;
            clean &= !sets;
            // A store is a sync point when a load came before it since the
            // last one (`Lifter::host_addr`): surely one only where no sync
            // point this does not know of (`sync_after` of a multiply, a
            // window change, an FP access ...) can have come between. One
            // that may be a sync point makes the flags maybe clean: a
            // reader after it may read what a replay from it reads.
            let sync = match i.op {
                // A plain load syncs in a precise region, or after a
                // multiply in a delay slot made the rest precise.
                Op::Load { alt: false, .. } => {
                    loaded = true;
                    (precise || unsure).then_some(precise)
                }
                Op::Store { alt: false, .. } => {
                    let s = precise || loaded;
                    loaded = false;
                    Some(s)
                }
                _ if i.is_plain_alu() || i.is_cc_alu() => None,
                Op::Addc | Op::Subc | Op::Addccc | Op::Subccc | Op::Movr | Op::Movcc | Op::Bicc | Op::BPcc | Op::BPr => None,
                Op::Udivx | Op::Sdivx | Op::Udiv | Op::Sdiv | Op::Udivcc | Op::Sdivcc => None,
                _ => {
                    loaded = false;
                    unsure = true;
                    Some(false)
                }
            };
            match sync {
                Some(true) => (clean, exposed) = (true, false),
                Some(false) => clean = true,
                None => {}
            }
            if matches!(i.op, Op::Bicc | Op::BPcc | Op::BPr | Op::FBfcc | Op::FBPfcc) && i.annul() && x + 1 < insns.len() {
                // The delay slot may not run.
                before_slot = Some((clean, exposed));
            }
        }
        match before_slot {
            Some((c, e)) => (clean | c, exposed | e),
            None => (clean, exposed),
        }
    };
    // Members some way into which the analysis does not see (a call's
    // leaf, the code after a call or a return, branches through
    // `RegionCtx::ret_conts`) start with the worst.
    let mut entry = vec![(false, false); n];
    entry[0] = (true, false);
    for m in members {
        for c in &m.via_call {
            if let Some(&j) = index.get(c) {
                entry[j] = (true, true);
            }
        }
        if m.ret_cont {
            if let Some(&j) = index.get(&m.pc) {
                entry[j] = (true, true);
            }
        }
    }
    let mut end = vec![(false, false); n];
    loop {
        let mut changed = false;
        for k in 0..n {
            if let Some(c) = shadow.get(k).copied().flatten() {
                // The second copy of a member is entered where the first is.
                let e = (entry[c].0 | entry[k].0, entry[c].1 | entry[k].1);
                if e != entry[c] {
                    entry[c] = e;
                    changed = true;
                }
            }
            let e = run(k, entry[k]);
            end[k] = e;
            for s in &members[k].succs {
                let Some(&j) = index.get(s) else { continue };
                // A branch where the flags may be exposed may be a sync
                // point (`Lifter::region_edge`): then they are clean after it.
                let d = if sync_from[j] >> k & 1 != 0 { (true, false) } else { (e.0 || e.1, e.1) };
                let e2 = (entry[j].0 | d.0, entry[j].1 | d.1);
                if e2 != entry[j] {
                    entry[j] = e2;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    end.into_iter().map(|(_, e)| e).collect()
}

/// The head's first instruction is a sync point (a store, or any access
/// in a precise region): see [`edge_syncs`].
fn head_syncs_first(members: &[Scanned], precise: bool) -> bool {
    members.len() <= 64
        && members.first().and_then(|m| m.insns.first()).is_some_and(|i| match i.op {
            Op::Store { .. } | Op::Std { .. } | Op::Stf { .. } => true,
            Op::Load { .. } | Op::Ldd { .. } | Op::Ldf { .. } => precise,
            _ => false,
        })
}
