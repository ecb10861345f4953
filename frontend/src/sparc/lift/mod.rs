//! Lifting SPARC blocks to Cranelift IR.
//!
//! A block is a straight run of instructions ending at a control transfer
//! (with its delay slot), an unconditional trap, an illegal word, or a size
//! limit; with chaining, a block goes on past a branch predicted not taken
//! when the code after it ends in an indirect jump (`Lifter::extends`). The lifted function has the signature `fn(cpu: *mut SparcCpu) -> u64`:
//! it updates the CPU state, stores the next `pc`/`npc`, and returns an
//! [`Exit`] code.
//!
//! Guest registers are cached in Cranelift variables within a block and
//! written back at every exit. Condition codes are lazy: a cc-setting
//! instruction records its operands, and a consumer in the same block (the
//! usual `cmp; bne`) compiles to a direct host comparison; %ccr is only
//! materialised when the block exits or something reads it whole. A
//! consumer of flags an earlier block left lazy in `cpu` dispatches on
//! `cc_op` inline (`Lifter::eval_mem_cc`).
//!
//! PC/nPC follow the V9 model (manual 5.1.8): every exit stores both, and a
//! CTI whose delay slot cannot be lifted with it (a DCTI couple, or a delay
//! slot on an unmapped page) exits with nPC != PC + 4; the runtime then runs a
//! one-instruction block lifted in "dynamic nPC" mode.

use super::cpu::{Exit, SparcCpu, CC_C, CC_N, CC_OP_ADD, CC_OP_ADD2, CC_OP_CCR, CC_OP_LOGIC, CC_OP_SUB, CC_OP_SUB2, CC_V, CC_Z};
use super::decode::{decode, Flavor, Insn, Op};
use cranelift_codegen::ir::condcodes::{CondCode, IntCC};
use cranelift_codegen::ir::types::{I32, I64, I8};
use cranelift_codegen::ir::{
    AbiParam, Function, InstBuilder, MemFlagsData, Signature, Value,
};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use std::mem::offset_of;

mod fp;
mod region;

pub(crate) use fp::{exact_fpop, fcc_holds, fcc_shift, fp_forces_precise, fp_pure_entry};
pub use fp::{apply_deferred_fp_exceptions, clear_deferred_fp_exceptions, take_deferred_fp_exceptions};

pub use region::{discover_region, discover_region_jumps, inlinable_callee, lift_discovered, lift_region, lift_region_jumps, Discovered, JumpTargets, Region, MAX_REGION_BLOCKS, MAX_REGION_INSNS};

/// Addresses of the runtime's helpers called from translated code. Each has
/// the C signature given in its comment.
#[derive(Clone, Copy, Debug, Default)]
pub struct Helpers {
    /// `extern "C" fn(cpu: *mut SparcCpu) -> u64`: the window part of `save`
    /// (spilling on overflow); returns 0 or an [`Exit`] code and leaves the
    /// same in `cpu.helper_status` (translated code calls it without a
    /// result, see [`crate::preserve_all`]; the interpreter with one).
    pub save: u64,
    /// `extern "C" fn(cpu: *mut SparcCpu) -> u64`: the window part of
    /// `restore`/`return` (filling on underflow), with its status as `save`.
    pub restore: u64,
    /// `extern "C" fn(cpu: *mut SparcCpu) -> u64`: `flushw`.
    pub flushw: u64,
    /// `extern "C" fn(cpu: *mut SparcCpu) -> u64`: the value of %tick.
    pub tick: u64,
}

/// How to lift.
#[derive(Clone, Copy)]
pub struct LiftConfig {
    pub flavor: Flavor,
    /// Mask from a guest address to its offset in the guest reservation.
    pub space_mask: u64,
    /// Most instructions in one block (not counting a delay slot).
    pub max_insns: usize,
    pub helpers: Helpers,
    pub call_conv: CallConv,
    /// The host's frontend configuration (pointer width and so on).
    pub frontend: TargetFrontendConfig,
    /// Block chaining: None makes every block return to the runtime (for
    /// `-d exec`, `-d cpu`, single-stepping and tests).
    pub chain: Option<Chain>,
}

/// Where exits find the blocks they chain to (ARCHITECTURE.md: "A block
/// exits by tail call"). The runtime patches slots; code is never patched.
#[derive(Clone, Copy)]
pub struct Chain {
    /// Allocates the exit slots of direct exits.
    pub slots: &'static dyn SlotAlloc,
    /// The indirect-branch lookup table: `ind_mask + 1` entries of
    /// (guest pc: u64, host code: u64), indexed by (pc >> 2) & ind_mask.
    pub ind_table: u64,
    pub ind_mask: u64,
    /// Address of the `--stats` counters, 0 for none: [`STAT_COUNTERS`]
    /// u64s: guest instructions run (every exit adds its block's count),
    /// block exits (leaving a function or branching inside a region),
    /// indirect-table hits and misses.
    pub insn_counter: u64,
}

/// Members a computed jump in a region compares its target with, from
/// which it indexes a `br_table` instead (`Lifter::jump_table_edges`).
/// Measured 2026-12-03 on sparc32plus interp (callgrind, whole run, its
/// dispatch with 10 cases): compares 4,378 M host insns, br_table 4,337 M.
/// Below 4 the compares are fewer instructions than the table's bounds
/// test, load and indirect jump (about 11).
const JUMP_TABLE_MIN: usize = 4;
/// Entries of such a `br_table` at most (4 bytes each in the code; sparc64
/// interp's dispatch takes 321 for its 10 cases), else compares.
const JUMP_TABLE_MAX: u64 = 1024;

/// Number of u64 counters at `Chain::insn_counter`.
pub const STAT_COUNTERS: usize = 4;
const STAT_EXITS: i32 = 8;
const STAT_IND_HITS: i32 = 16;
const STAT_IND_MISSES: i32 = 24;

/// A source of exit slots: 8-byte cells holding the host code address of
/// the block a direct exit goes to, or 0 until the runtime fills them in.
pub trait SlotAlloc: Sync {
    /// A fresh zeroed slot's address, or 0 when none is left.
    fn alloc_slot(&self) -> u64;
    /// As [`Self::alloc_slot`], for an exit to guest `pc` (nPC = pc + 4),
    /// which the allocator keeps for the runtime: while the slot is empty
    /// the SPARC exit returns with only the slot in `cpu.chain_slot`, and
    /// the runtime sets pc and npc from it (the exit does not store them:
    /// less code to compile for every exit).
    fn alloc_slot_to(&self, pc: u64) -> u64;
}


/// What was lifted: the guest range the block covers (for invalidation) and
/// the number of guest instructions.
#[derive(Clone, Debug)]
pub struct BlockInfo {
    pub start: u64,
    /// One past the last guest byte read.
    pub end: u64,
    pub insns: usize,
    /// The decoded instructions with their addresses (for `-d in_asm`).
    pub code: Vec<(u64, Insn)>,
}

/// Why a block could not be lifted at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LiftError {
    /// The first instruction is not fetchable (unmapped or not executable).
    Fetch,
}

/// A deliberately broken lifter, for proving that the differential tests
/// can fail (`LASTMILE_INJECT_BUG`, read by the runtime; see
/// tests/difftest_broken_lifter.rs). Never set in normal runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InjectedBug {
    None,
    /// `cc-sub-carry`: the carry of subcc (and subccc, tsubcc) is inverted.
    CcSubCarry,
}

static INJECTED_BUG: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Select an injected bug by name (`cc-sub-carry`); None or an unknown name
/// selects none. Call before translating anything.
pub fn inject_bug(name: Option<&str>) {
    let v = match name {
        Some("cc-sub-carry") => 1,
        _ => 0,
    };
    INJECTED_BUG.store(v, std::sync::atomic::Ordering::Relaxed);
}

fn injected_bug() -> InjectedBug {
    match INJECTED_BUG.load(std::sync::atomic::Ordering::Relaxed) {
        1 => InjectedBug::CcSubCarry,
        _ => InjectedBug::None,
    }
}

/// The signature of every lifted block (shared with the IA-64 lifter).
pub use crate::exitchain::block_signature;

/// Lift the block at `pc` into a new function. With `dyn_npc`, exactly one
/// instruction is lifted and its successor is taken from `cpu.npc`.
pub fn lift_block(
    cfg: &LiftConfig,
    fetch: &dyn Fn(u64) -> Option<u32>,
    pc: u64,
    dyn_npc: bool,
    fctx: &mut FunctionBuilderContext,
) -> Result<(Function, BlockInfo), LiftError> {
    let first = fetch(pc).ok_or(LiftError::Fetch)?;
    // The FP variables only when an FP instruction may be lifted.
    let mut fp = if dyn_npc { decode(first, cfg.flavor).is_fp() } else { fp::run_uses_fp(cfg, fetch, pc, first) };
    loop {
        let mut func = crate::exitchain::new_block_function(cfg.call_conv);
        let mut info = BlockInfo { start: pc, end: pc + 4, insns: 0, code: Vec::new() };
        let fp_loads;
        let fp_missed;
        {
            let mut b = FunctionBuilder::new(&mut func, fctx);
            let cpu = crate::exitchain::entry_cpu(&mut b);
            let mut l = Lifter::new(cfg, b, cpu, fp);
            l.start = pc;
            l.loc_base = pc;
            l.dyn_mode = dyn_npc;
            // On entry the CPU state is exact: the first sync point.
            l.sync = Some((pc, dyn_npc));
            if dyn_npc {
                let insn = decode(first, cfg.flavor);
                info.code.push((pc, insn));
                info.insns = 1;
                l.lift_dyn_npc(insn, pc);
            } else {
                l.lift_run(fetch, pc, first, &mut info);
            }
            fp_loads = l.fp_known.as_mut().map(|k| std::mem::take(&mut k.loads)).unwrap_or_default();
            fp_missed = l.fp_missed;
            l.b.finalize(cfg.frontend);
        }
        if fp_missed && !fp {
            // An FP instruction the scan did not see: again with the FP
            // variables defined at the entry.
            fp = true;
            continue;
        }
        fp::prune_dead_loads(&mut func, &fp_loads);
        // cpu.membase and the window pointer are loaded on entry whether
        // or not the block accesses memory or window registers.
        drop_dead_cpu_loads(&mut func);
        thread_jumps(&mut func);
        return Ok((func, info));
    }
}

/// Remove the loads from the CPU state (`notrap`, so without effects) in
/// the function's entry block whose values nothing uses: Cranelift keeps
/// every load. A load dropped no longer uses its address (the window
/// pointer of a window register nothing reads).
fn drop_dead_cpu_loads(func: &mut Function) {
    use cranelift_codegen::entity::EntityRef;
    use cranelift_codegen::ir::Opcode;
    let Some(entry) = func.layout.entry_block() else { return };
    let mut uses = vec![0u32; func.dfg.num_values()];
    let dfg = &func.dfg;
    for b in func.layout.blocks() {
        for inst in func.layout.block_insts(b) {
            // `inst_values` without its iterator chains (no exception
            // tables here): a third of this pass's instructions (callgrind,
            // decode bench regions).
            for &v in dfg.inst_args(inst) {
                uses[dfg.resolve_aliases(v).index()] += 1;
            }
            let d = &dfg.insts[inst];
            if d.opcode().is_branch() {
                for bc in d.branch_destination(&dfg.jump_tables, &dfg.exception_tables) {
                    for a in bc.args(&dfg.value_lists) {
                        if let Some(v) = a.as_value() {
                            uses[dfg.resolve_aliases(v).index()] += 1;
                        }
                    }
                }
            }
        }
    }
    let loads: Vec<_> = func
        .layout
        .block_insts(entry)
        .filter(|&i| {
            let d = &func.dfg.insts[i];
            d.opcode() == Opcode::Load && d.memflags_data(&func.dfg).is_some_and(|f| f.notrap())
        })
        .collect();
    for &i in loads.iter().rev() {
        if func.dfg.inst_results(i).iter().all(|r| uses[r.index()] == 0) {
            for v in func.dfg.inst_values(i).collect::<Vec<_>>() {
                let v = func.dfg.resolve_aliases(v);
                uses[v.index()] -= 1;
            }
            func.layout.remove_inst(i);
        }
    }
}

/// Branch straight to the target of a block that only jumps on (no
/// parameters, a single `jump`: the lifter makes many, one per branch
/// edge that needs no code) and remove such blocks: fewer blocks for
/// Cranelift to order, allocate registers over and emit. The jump's
/// arguments dominate the block, so they are available at each of its
/// predecessors.
fn thread_jumps(func: &mut Function) {
    use cranelift_codegen::ir::{Block, BlockArg, BlockCall, Opcode};
    let entry = func.layout.entry_block();
    // Indexed by block (entity maps: hashing the blocks cost more than the
    // rest of the pass).
    let mut fwd: cranelift_codegen::entity::SecondaryMap<Block, Option<(Block, Vec<BlockArg>)>> = Default::default();
    let mut any = false;
    for b in func.layout.blocks() {
        if Some(b) == entry || !func.dfg.block_params(b).is_empty() {
            continue;
        }
        let mut it = func.layout.block_insts(b);
        let (Some(i), None) = (it.next(), it.next()) else { continue };
        let d = &func.dfg.insts[i];
        if d.opcode() != Opcode::Jump {
            continue;
        }
        let bc = d.branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables)[0];
        let t = bc.block(&func.dfg.value_lists);
        if t != b {
            fwd[b] = Some((t, bc.args(&func.dfg.value_lists).collect()));
            any = true;
        }
    }
    if !any {
        return;
    }
    // The final target of a chain of forwarding blocks (a cycle of them
    // is left alone).
    let resolve = |mut b: Block| -> Option<&(Block, Vec<BlockArg>)> {
        let mut r = None;
        for _ in 0..8 {
            match fwd.get(b).and_then(|x| x.as_ref()) {
                Some(x) => {
                    r = Some(x);
                    b = x.0;
                }
                None => return r,
            }
        }
        None
    };
    let blocks: Vec<Block> = func.layout.blocks().collect();
    let mut referenced: cranelift_codegen::entity::SecondaryMap<Block, bool> = Default::default();
    for &b in &blocks {
        let Some(term) = func.layout.last_inst(b) else { continue };
        let dfg = &mut func.dfg;
        let op = dfg.insts[term].opcode();
        if !matches!(op, Opcode::Jump | Opcode::Brif) {
            // A `br_table`'s (`Lifter::jump_table_edges`) stay as they are.
            for d in dfg.insts[term].branch_destination(&dfg.jump_tables, &dfg.exception_tables) {
                referenced[d.block(&dfg.value_lists)] = true;
            }
            continue;
        }
        let dests = dfg.insts[term].branch_destination_mut(&mut dfg.jump_tables, &mut dfg.exception_tables);
        let new: Vec<Option<(Block, Vec<BlockArg>)>> = dests
            .iter()
            .map(|d| {
                if d.len(&dfg.value_lists) != 0 {
                    return None;
                }
                resolve(d.block(&dfg.value_lists)).cloned()
            })
            .collect();
        // Both ways of a brif to the same block stay as they are.
        let target = |k: usize| new[k].as_ref().map(|x| x.0).unwrap_or_else(|| dests[k].block(&dfg.value_lists));
        let same = op == Opcode::Brif && target(0) == target(1);
        for (k, d) in dests.iter_mut().enumerate() {
            if let (Some((t, args)), false) = (&new[k], same) {
                *d = BlockCall::new(*t, args.iter().copied(), &mut dfg.value_lists);
            }
            referenced[d.block(&dfg.value_lists)] = true;
        }
    }
    for b in blocks {
        if fwd[b].is_some() && !referenced[b] {
            if let Some(i) = func.layout.first_inst(b) {
                func.layout.remove_inst(i);
            }
            func.layout.remove_block(b);
        }
    }
}

/// The state of one guest register in the block being lifted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RegState {
    Unloaded,
    Clean,
    Dirty,
}

/// Pending condition codes.
#[derive(Clone, Copy)]
enum Cc {
    /// In `cpu.ccr`.
    Mem,
    /// A materialised %ccr value (i64) that also is in `cpu.ccr`.
    Stored(Value),
    /// A materialised %ccr value (i64) not yet stored.
    Val(Value),
    /// N and Z from the result; V = C = 0.
    Logic(Value),
    /// r = a + b (+ carry): full flags.
    Add(Value, Value, Value),
    /// r = a - b (- borrow).
    Sub(Value, Value, Value),
}

/// A successor pc: a constant or a run-time value.
#[derive(Clone, Copy)]
enum Pc {
    K(u64),
    V(Value),
}

struct Lifter<'a, 'c> {
    cfg: &'c LiftConfig,
    b: FunctionBuilder<'a>,
    cpu: Value,
    membase: Value,
    /// Load `cpu.membase` at each access instead of using `membase`
    /// (region.rs `reload_membase`).
    membase_reload: bool,
    /// The window pointer (`cpu.wptr`): a variable, since a region's
    /// members may run in the window a `save` or `restore` in another
    /// member made (region.rs); within a block it is one value per window.
    wptr: Variable,
    /// `cpu.rlimit` as a variable (it changes only in the window helpers,
    /// reloaded after them): a `restore` tests `wptr < rlimit` without
    /// loading it from `cpu` (a load at every window change in
    /// recursion.c's fib region, whose call is a branch back to the
    /// region's head). A `save` tests `wptr` against `cpu` plus a
    /// constant ([`SparcCpu::SAVE_ROOM_OFFSET`]); an inline `save` or
    /// `restore` stores `wptr` only.
    rlimit: Variable,
    vars: [Variable; 32],
    state: [RegState; 32],
    cc: Cc,
    bits64: bool,
    /// %fprs dirty bits (DL 1, DU 2) already set by this block (fp.rs).
    fprs_dirty: u64,
    /// fp.rs: %fsr and the doubles `cpu.f[i]` in variables (written
    /// through; see `fp::FpKnown`); only in functions with FP code.
    fp_known: Option<fp::FpKnown>,
    /// An FP instruction was lifted in a function set up without the FP
    /// variables: lift it again with them.
    fp_missed: bool,
    /// `cpu.ccr` holds the current condition codes.
    cc_synced: bool,
    /// The constants `cpu.cc_op` and `cpu.cc_b` are known to hold on the
    /// path being lifted ([`CcHeld`]).
    cc_held: CcHeld,
    /// Guest address of the block's first instruction.
    start: u64,
    /// While lifting a delay slot: its nPC (the branch's successor).
    delay_npc: Option<Value>,
    /// Lifting in dynamic-nPC mode (nPC is in `cpu.npc`).
    dyn_mode: bool,
    /// The next exit is a jump to a computed pc (use the indirect table).
    next_is_jump: bool,
    /// The next exit is a region's computed jump (not a return) at this
    /// address: its miss in the lookup table says so (`chain_indirect`).
    jump_site: Option<u64>,
    /// The next exit is a region's call through a register at this
    /// address (region.rs `RegionCtx::icall_targets`).
    icall_site: Option<u64>,
    /// Guest instructions whose lifting has started (for `--stats`).
    insns_started: usize,
    /// Lowest guest address of the function (source locations count
    /// instructions from it).
    loc_base: u64,
    /// The last sync point: Some((pc, nPC in cpu.npc)) when known
    /// statically, None when it is in `cpu.sync_pc` (regions).
    sync: Option<(u64, bool)>,
    /// Every access syncs (after an instruction the interpreter cannot
    /// replay: VIS, quad FPops, %tick; see note_replayable).
    precise_all: bool,
    /// Lifting a region (region.rs): its members and dirty sets.
    region: Option<region::RegionCtx>,
    /// A load ran since the last sync point (the next store must sync).
    loaded_since_sync: bool,
    /// A `stfsr`/`stxfsr` ran since the last sync point: a replay from
    /// there reads %fsr in `cpu`, so no FPop may write its %fsr there
    /// before the next one (fp.rs `call_pure`'s clean %fsr).
    fsr_read_since_sync: bool,
    /// Regions: the shared direct-exit block, once used.
    shared_exit: Option<cranelift_codegen::ir::Block>,
    /// Alignment checks that dominate the current Cranelift block (see
    /// host_addr_tagged): (key, c, a) says key + c is a multiple of a.
    aligned: (Option<cranelift_codegen::ir::Block>, Vec<((Value, Value), u64, u64)>),
    /// The last 64-bit effective address made by [`Self::ea`]: (rs1 +
    /// operand2, rs1, operand2). Only such a sum is split by
    /// [`Self::host_addr_tagged`] (the runtime's replay of a fault past the
    /// space tests the same two operands, exec.rs `wraps_past_space`).
    ea_sum: Option<(Value, Value, Value)>,
    /// Set by `lift_run`: the CTI being lifted may continue the block on
    /// its not-taken path (see [`Self::extends`]).
    extend_ok: bool,
    /// Set by `lift_cti` when the block goes on past a branch predicted not
    /// taken: the guest pc lifting continues at.
    extend_at: Option<u64>,
    /// The instruction being lifted is followed, in the same straight run,
    /// by an FPop that overwrites %fsr.cexc and ftt whatever happens (fp.rs
    /// `next_sets_cexc`): nothing can observe this one's cexc.
    cexc_dead: bool,
    /// The next `exit` leaves the function even to a region member (fp.rs
    /// `exact_exit`).
    exit_out: bool,
    /// Regions: a window change this member cannot make a sync point of
    /// (in a delay slot, `return`) ran: its exits leave the region (no
    /// replay may run from a sync point before it), and its remaining
    /// accesses sync (`precise_all`, reset at the next member).
    window_left: bool,
    /// Regions: this member is a quiet leaf (region.rs `quiet_leaf`) whose
    /// `save` has not been lifted yet.
    quiet_leaf: bool,
    /// Between a quiet leaf's fused `save` and its return: `cpu` holds
    /// the caller's window state (wbase, wptr, canrestore), the leaf's
    /// registers are at `self.wptr` (`Lifter::window_op`).
    in_quiet_leaf: bool,
    /// The alignment (2, 4, 8; 0: unknown) of each register that every
    /// way into the member being lifted tested and that it changes only by
    /// multiples of it (region.rs `loop_alignment`).
    align_known: [u8; 32],
    /// While lifting the delay slot of a branch that changes nothing but
    /// pc and nPC and reads no flags (`ba`, `BPr`; not in a delay slot
    /// itself): its pc, the sync point a store in the slot takes
    /// ([`Self::sync_for_access`]).
    delay_cti: Option<u64>,
    /// %fsr.RD and TEM are known zero here (fp.rs: a fast path that
    /// checked them ran, and no ldfsr since).
    fsr_mode_zero: bool,
    /// %fsr.aexc.nx is known set here (regions: fp.rs `FACT_NX`; aexc
    /// only grows in a region).
    aexc_nx_set: bool,
    /// fp.rs: the FPop being lifted checked %fsr.RD and TEM in its fast
    /// path condition.
    mode_checked: bool,
    /// Regions: the member starting at this pc is entered only where
    /// `cpu.sync_pc` holds it (region.rs `head_syncs_first`): its first
    /// access need not store it again.
    synced_here: Option<u64>,
    /// The delay slot of the CTI being lifted by `lift_cti` (None when
    /// split off).
    cti_delay: Option<Insn>,
    /// A region's `return` to an unknown target whose delay slot cannot
    /// fault or leave: its sync point is not the delay slot but each
    /// branch to a member after a call (`ret_cont_edges`); the other
    /// targets leave, writing everything back (`Self::exit`).
    ret_sync_at_edge: bool,
    /// `region_edge` makes this branch a sync point (`ret_sync_at_edge`).
    edge_sync: bool,
    /// A region's `jmpl ..., %g0` to a computed target (and pc) with a
    /// `nop` in its delay slot: the alignment test of the target is left
    /// to the way out of the region (`Self::exit`), since the compares
    /// with the members' (aligned) pcs and the jump table's range test
    /// let no misaligned target into the region.
    align_deferred: Option<(Value, u64)>,
}

/// Cranelift user trap code of a misaligned access (host_addr_tagged):
/// the runtime finds it with `Jit::trap_at` and raises SIGBUS.
pub const MISALIGNED_TRAP: u8 = 2;

/// Flag in a fault source location: nPC is in `cpu.npc` (delay slots and
/// dynamic-nPC blocks); otherwise nPC = pc + 4.
pub const NPC_IN_CPU: u32 = 1 << 31;
/// Flag in a fault source location: the CPU state in memory is not the
/// state at the faulting instruction but at an earlier sync point, from
/// which the interpreter must replay (see [`fault_point`]).
pub const REPLAY: u32 = 1 << 30;
/// With REPLAY: the sync point is in `cpu.sync_pc` (regions), not in the
/// source location.
pub const SYNC_IN_CPU: u32 = 1 << 29;
/// With REPLAY and not SYNC_IN_CPU: nPC of the sync point is in `cpu.npc`.
const SYNC_NPC_IN_CPU: u32 = 1 << 28;
/// Bits of an instruction index in a source location.
const LOC_BITS: u32 = 14;
const LOC_MASK: u32 = (1 << LOC_BITS) - 1;
/// Most guest instructions a lifted function may span (from its lowest
/// address): source locations hold instruction indices in LOC_BITS bits.
pub const MAX_SPAN_INSNS: u64 = 1 << LOC_BITS;

/// Decode a source location attached to a faulting host instruction: the
/// guest pc, and whether `cpu.npc` holds nPC.
pub fn fault_srcloc(block_start: u64, loc: u32) -> (u64, bool) {
    (block_start + 4 * (loc & LOC_MASK) as u64, loc & NPC_IN_CPU != 0)
}

/// Where precise state at a fault comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FaultPoint {
    /// The CPU state in memory is exact at the faulting instruction `pc`
    /// (nPC in `cpu.npc` when the flag is set, else pc + 4).
    Exact(u64, bool),
    /// Loads do not write the state back (only stores, atomics and calls
    /// do): the state in memory is the one at the sync point (pc, nPC in
    /// `cpu.npc`?). Interpreting from there reproduces the fault exactly,
    /// since nothing between the sync point and the fault wrote memory.
    Replay(u64, bool),
}

/// Decode a fault source location (see [`FaultPoint`]); `cpu_sync_pc` is
/// `cpu.sync_pc` at the fault.
pub fn fault_point(block_start: u64, loc: u32, cpu_sync_pc: u64) -> FaultPoint {
    let (pc, npc) = fault_srcloc(block_start, loc);
    if loc & REPLAY == 0 {
        FaultPoint::Exact(pc, npc)
    } else if loc & SYNC_IN_CPU != 0 {
        FaultPoint::Replay(cpu_sync_pc & !1, cpu_sync_pc & 1 != 0)
    } else {
        let s = block_start + 4 * ((loc >> LOC_BITS) & LOC_MASK) as u64;
        FaultPoint::Replay(s, loc & SYNC_NPC_IN_CPU != 0)
    }
}

fn cpu_flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

static HELD_LEFT_OUT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// How many stores of `cpu.cc_op` or `cpu.cc_b` the lifter has left out
/// since the process started because `cpu` held the value ([`CcHeld`]);
/// for tests that must see the mechanism at work.
pub fn held_stores_left_out() -> u64 {
    HELD_LEFT_OUT.load(std::sync::atomic::Ordering::Relaxed)
}

/// The constants `cpu.cc_op` and `cpu.cc_b` hold on a path (None: not
/// known), from the sync points and exits on it that stored them
/// ([`Lifter::writeback_cc`]); a sync point that would store the same
/// constant again leaves the store out, since memory is the same either
/// way (a fault, replay, exit or helper after it sees the same `cpu`).
/// A helper call forgets them. In a region the branches into a member
/// meet theirs (region.rs `RegionCtx::held_in`): a loop whose sync point
/// stores the flags of the same kind of compare on every iteration, and
/// whose way in is a sync point storing the same (an inner loop entered
/// through `edge_syncs`), does not store `cc_op` (nor a constant b) in
/// the loop (matmul_fp's inner loop, sparc64 region 0x100a9c,
/// 2026-12-04: `mov qword [rdi+68h],5` at its one sync point).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct CcHeld {
    pub op: Option<u64>,
    pub b: Option<u64>,
}

impl CcHeld {
    pub const UNKNOWN: CcHeld = CcHeld { op: None, b: None };

    /// What both paths know.
    pub fn meet(self, o: CcHeld) -> CcHeld {
        let m = |x: Option<u64>, y: Option<u64>| if x == y { x } else { None };
        CcHeld { op: m(self.op, o.op), b: m(self.b, o.b) }
    }

    /// Every fact of `self` holds where `o` does.
    pub fn implied_by(self, o: CcHeld) -> bool {
        (self.op.is_none() || self.op == o.op) && (self.b.is_none() || self.b == o.b)
    }
}

/// A guest address's offset in the reservation, as
/// [`Lifter::host_addr_tagged`] builds it: whole, or split into (base &
/// mask) and an index below 2^32 whose sum may pass the space.
#[derive(Clone, Copy)]
enum Off {
    Whole(Value),
    Split(Value, Value),
}

/// The constant offset of an access `[rs1 + simm13]` or `[rs1 + %g0]`.
fn const_offset(insn: &Insn) -> Option<i64> {
    if insn.i() {
        Some(insn.simm13())
    } else {
        (insn.rs2() == 0).then_some(0)
    }
}

fn int_ty(size: u8) -> cranelift_codegen::ir::Type {
    match size {
        1 => I8,
        2 => cranelift_codegen::ir::types::I16,
        4 => I32,
        _ => I64,
    }
}

impl<'a, 'c> Lifter<'a, 'c> {
    fn new(cfg: &'c LiftConfig, mut b: FunctionBuilder<'a>, cpu: Value, fp: bool) -> Self {
        let vars = std::array::from_fn(|_| b.declare_var(I64));
        let membase = b.ins().load(I64, cpu_flags(), cpu, offset_of!(SparcCpu, membase) as i32);
        let wp = b.ins().load(I64, cpu_flags(), cpu, offset_of!(SparcCpu, wptr) as i32);
        let wptr = b.declare_var(I64);
        b.def_var(wptr, wp);
        // Unused (no restore): a dead load, removed.
        let rl = b.ins().load(I64, cpu_flags(), cpu, offset_of!(SparcCpu, rlimit) as i32);
        let rlimit = b.declare_var(I64);
        b.def_var(rlimit, rl);
        let fp_known = if fp { Some(fp::FpKnown::new(&mut b, cpu)) } else { None };
        Lifter {
            cfg,
            b,
            cpu,
            membase,
            membase_reload: false,
            wptr,
            rlimit,
            vars,
            state: [RegState::Unloaded; 32],
            cc: Cc::Mem,
            cc_synced: true,
            cc_held: CcHeld::UNKNOWN,
            start: 0,
            delay_npc: None,
            dyn_mode: false,
            next_is_jump: false,
            jump_site: None,
            icall_site: None,
            insns_started: 0,
            bits64: cfg.flavor == Flavor::V9,
            fprs_dirty: 0,
            fp_known,
            fp_missed: false,
            loc_base: 0,
            sync: None,
            precise_all: false,
            region: None,
            loaded_since_sync: false,
            fsr_read_since_sync: false,
            shared_exit: None,
            aligned: (None, Vec::new()),
            ea_sum: None,
            extend_ok: false,
            extend_at: None,
            cexc_dead: false,
            exit_out: false,
            window_left: false,
            quiet_leaf: false,
            in_quiet_leaf: false,
            align_known: [0; 32],
            delay_cti: None,
            fsr_mode_zero: false,
            aexc_nx_set: false,
            mode_checked: false,
            synced_here: None,
            cti_delay: None,
            ret_sync_at_edge: false,
            edge_sync: false,
            align_deferred: None,
        }
    }

    // ---------------------------------------------------------------- registers

    /// Where register r lives: (base pointer, byte offset).
    fn reg_home(&mut self, r: u32) -> (Value, i32) {
        if r < 8 {
            (self.cpu, (offset_of!(SparcCpu, g) + 8 * r as usize) as i32)
        } else {
            (self.b.use_var(self.wptr), 8 * (r as i32 - 8))
        }
    }

    fn get(&mut self, r: u32) -> Value {
        if r == 0 {
            return self.b.ins().iconst(I64, 0);
        }
        let i = r as usize;
        if self.state[i] == RegState::Unloaded {
            if let Some(rc) = self.region.as_mut().filter(|rc| !rc.lazy) {
                // Not loaded on region entry: lift the region again.
                rc.used[i] = true;
                rc.used_grew = true;
            }
            let (base, off) = self.reg_home(r);
            let v = self.b.ins().load(I64, cpu_flags(), base, off);
            self.b.def_var(self.vars[i], v);
            self.state[i] = RegState::Clean;
        }
        self.b.use_var(self.vars[i])
    }

    fn set(&mut self, r: u32, v: Value) {
        if r == 0 {
            return;
        }
        let i = r as usize;
        if let Some(rc) = self.region.as_mut().filter(|rc| !rc.lazy) {
            if !rc.used[i] {
                rc.used[i] = true;
                rc.used_grew = true;
            }
        }
        self.b.def_var(self.vars[i], v);
        self.state[i] = RegState::Dirty;
    }

    /// Store every dirty register (window ones only if `window_only`).
    fn writeback_regs(&mut self, window_only: bool) {
        for r in 1..32u32 {
            if window_only && r < 8 {
                continue;
            }
            if self.state[r as usize] == RegState::Dirty {
                let v = self.b.use_var(self.vars[r as usize]);
                let (base, off) = self.reg_home(r);
                self.b.ins().store(cpu_flags(), v, base, off);
            }
        }
    }

    /// After a window change: forget the cached window registers.
    fn reload_window(&mut self) {
        let wp = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, wptr) as i32);
        self.reload_window_state();
        self.forget_window(wp);
    }

    /// After a helper changed the window state: `self.rlimit` from `cpu`.
    fn reload_window_state(&mut self) {
        let rl = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, rlimit) as i32);
        self.b.def_var(self.rlimit, rl);
    }

    /// Whether a `save` in window `wptr` has room in the window array
    /// without a spill (`wbase >= 16`: `wptr` at or above `cpu` plus
    /// [`SparcCpu::SAVE_ROOM_OFFSET`]).
    fn save_has_room(&mut self, wptr: Value) -> Value {
        let room = self.b.ins().iadd_imm_s(self.cpu, SparcCpu::SAVE_ROOM_OFFSET as i64);
        self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, wptr, room)
    }

    /// After a window change to `wptr`: forget the cached window registers.
    fn forget_window(&mut self, wptr: Value) {
        for r in 8..32 {
            self.state[r] = RegState::Unloaded;
        }
        self.b.def_var(self.wptr, wptr);
    }

    fn operand2(&mut self, insn: &Insn) -> Value {
        if insn.i() {
            self.b.ins().iconst(I64, insn.simm13())
        } else {
            self.get(insn.rs2())
        }
    }

    /// The low 32 bits of v, zero-extended: `mov r32, r32` on x86, where
    /// `band` with 0xffff_ffff needs a constant-pool operand.
    fn zext32(&mut self, v: Value) -> Value {
        let r = self.b.ins().ireduce(I32, v);
        self.b.ins().uextend(I64, r)
    }

    fn k(&mut self, v: u64) -> Value {
        self.b.ins().iconst(I64, v as i64)
    }

    fn mask_addr(&mut self, v: Value) -> Value {
        if self.bits64 {
            v
        } else {
            self.zext32(v)
        }
    }

    fn pc_val(&mut self, pc: Pc) -> Value {
        match pc {
            Pc::K(v) => self.k(v),
            Pc::V(v) => v,
        }
    }

    fn mask_pc(&self, pc: u64) -> u64 {
        if self.bits64 {
            pc
        } else {
            pc & 0xffff_ffff
        }
    }

    // ---------------------------------------------------------- condition codes

    fn ccr_value(&mut self) -> Value {
        match self.cc {
            Cc::Mem => {
                // The flags may still be in lazy form (cpu.cc_op != 0):
                // settle them out of line, which is rare (a consumer in
                // another block than the producer).
                let v = self.call_settle_cc();
                self.cc = Cc::Stored(v);
                v
            }
            Cc::Stored(v) | Cc::Val(v) => v,
            Cc::Logic(r) => {
                let v = self.flags_logic(r);
                self.cc = Cc::Val(v);
                v
            }
            Cc::Add(a, b, r) => {
                let v = self.flags_add(a, b, r);
                self.cc = Cc::Val(v);
                v
            }
            Cc::Sub(a, b, r) => {
                let v = self.flags_sub(a, b, r);
                self.cc = Cc::Val(v);
                v
            }
        }
    }

    /// Put the current flags into the CPU state, lazily: the operands of
    /// the last cc-setting operation (3-4 stores), not a computed %ccr.
    fn writeback_cc(&mut self) {
        if self.cc_synced {
            return;
        }
        let st = |l: &mut Self, v: Value, off: usize| {
            l.b.ins().store(cpu_flags(), v, l.cpu, off as i32);
        };
        use cranelift_codegen::ir::Opcode;
        let (op, vals): (u64, [Option<Value>; 3]) = match self.cc {
            // `cmp %rs1, 0` (`tst`) and `addcc %rs1, 0`: N and Z of a, V
            // and C clear, which is what a logic op on a leaves. Stored as
            // one (cc_r = a, no cc_b): two stores instead of three at every
            // sync point and exit after such a compare (most of them in
            // bzip2's and coremark's hot regions, 2026-12-03, `-d out_asm`:
            // `mov qword [rdi+78h],0` beside `mov qword [rdi+68h],5`), and
            // a consumer in another block reads one word (`eval_mem_cc`).
            Cc::Add(a, b, r) if self.const_of(b) == Some(0) && self.is_binary(r, Opcode::Iadd, a, b) => {
                (CC_OP_LOGIC, [None, None, Some(a)])
            }
            Cc::Sub(a, b, r) if self.const_of(b) == Some(0) && self.is_binary(r, Opcode::Isub, a, b) => {
                (CC_OP_LOGIC, [None, None, Some(a)])
            }
            // r recomputable from a and b: one store fewer.
            Cc::Add(a, b, r) if self.is_binary(r, Opcode::Iadd, a, b) => (CC_OP_ADD2, [Some(a), Some(b), None]),
            Cc::Sub(a, b, r) if self.is_binary(r, Opcode::Isub, a, b) => (CC_OP_SUB2, [Some(a), Some(b), None]),
            Cc::Add(a, b, r) => (CC_OP_ADD, [Some(a), Some(b), Some(r)]),
            Cc::Sub(a, b, r) => (CC_OP_SUB, [Some(a), Some(b), Some(r)]),
            Cc::Logic(r) => (CC_OP_LOGIC, [None, None, Some(r)]),
            Cc::Mem | Cc::Stored(_) | Cc::Val(_) => {
                let v = self.ccr_value();
                st(self, v, offset_of!(SparcCpu, ccr));
                (CC_OP_CCR, [None, None, None])
            }
        };
        let offs = [offset_of!(SparcCpu, cc_a), offset_of!(SparcCpu, cc_b), offset_of!(SparcCpu, cc_r)];
        let held = self.cc_held;
        for (x, (v, off)) in vals.iter().zip(offs).enumerate() {
            if let Some(v) = *v {
                if x == 1 {
                    // A constant b `cpu` holds already is not stored again
                    // ([`CcHeld`]).
                    let c = self.const_of(v);
                    if c.is_some() && c == held.b {
                        HELD_LEFT_OUT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        continue;
                    }
                    self.cc_held.b = c;
                }
                st(self, v, off);
            }
        }
        if held.op != Some(op) {
            let o = self.k(op);
            st(self, o, offset_of!(SparcCpu, cc_op));
            self.cc_held.op = Some(op);
        } else {
            HELD_LEFT_OUT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        self.cc_synced = true;
    }

    /// New condition codes (not yet in `cpu.ccr`).
    fn set_cc(&mut self, cc: Cc) {
        self.cc = cc;
        self.cc_synced = false;
        if let (Cc::Sub(a, b, r), InjectedBug::CcSubCarry) = (cc, injected_bug()) {
            // The broken lifter: every consumer sees flags_sub's wrong carry.
            let v = self.flags_sub(a, b, r);
            self.cc = Cc::Val(v);
        }
    }

    /// Make the CPU state exact before an instruction that may fault on a
    /// guest access (ARCHITECTURE.md, "precise state at faults"): write back
    /// the registers and flags changed since the last such point, store nPC
    /// when it is not pc + 4, and tag the access with its guest pc so the
    /// fault handler can find it (see [`fault_srcloc`]).
    fn sync_for_access(&mut self, pc: u64) {
        if let Some(cti) = self.delay_cti.filter(|_| self.delay_npc.is_some() && !self.precise_all) {
            // In a branch's delay slot: the branch is the sync point (pc,
            // nPC = pc + 4; a replay runs it again from the registers
            // written back here, then this access), so nPC need not be
            // stored, nor marked in `sync_pc` (gcc's loops often end in
            // `b head; st ...`, which stored the constant nPC on every
            // iteration: region_tst_loop, 2026-12-03).
            self.writeback_all();
            self.record_sync(cti, false);
            return self.tag_replay(pc);
        }
        self.writeback_all();
        let mut loc = self.loc_index(pc);
        let npc_in_cpu = if let Some(n) = self.delay_npc {
            self.b.ins().store(cpu_flags(), n, self.cpu, offset_of!(SparcCpu, npc) as i32);
            true
        } else {
            self.dyn_mode
        };
        if npc_in_cpu {
            loc |= NPC_IN_CPU;
        }
        self.record_sync(pc, npc_in_cpu);
        self.b.set_srcloc(cranelift_codegen::ir::SourceLoc::new(loc));
    }

    /// Make (pc, nPC in `cpu.npc`?) the last sync point: statically in
    /// blocks; in regions, later faults find it in `cpu.sync_pc` (there
    /// already when every way here recorded it).
    fn record_sync(&mut self, pc: u64, npc_in_cpu: bool) {
        if self.sync.is_none() {
            if self.synced_here.take() != Some(pc) || npc_in_cpu {
                let v = self.k(pc | npc_in_cpu as u64);
                self.b.ins().store(cpu_flags(), v, self.cpu, offset_of!(SparcCpu, sync_pc) as i32);
            }
        } else {
            self.sync = Some((pc, npc_in_cpu));
        }
    }

    /// The state of a sync point: every dirty register, the flags and the
    /// FP state written back (clean from here on).
    fn writeback_all(&mut self) {
        for r in 1..32u32 {
            if self.state[r as usize] == RegState::Dirty {
                let v = self.b.use_var(self.vars[r as usize]);
                let (base, off) = self.reg_home(r);
                self.b.ins().store(cpu_flags(), v, base, off);
                self.state[r as usize] = RegState::Clean;
            }
        }
        self.writeback_cc();
        self.writeback_fp_sync();
        self.loaded_since_sync = false;
        self.fsr_read_since_sync = false;
    }

    fn loc_index(&self, pc: u64) -> u32 {
        (pc.wrapping_sub(self.loc_base) / 4) as u32 & LOC_MASK
    }

    /// Tag a load at `pc` without writing anything back: a fault replays
    /// from the last sync point (see [`FaultPoint::Replay`]). Nothing
    /// between that point and here wrote memory, so the replay sees the
    /// memory the first run saw.
    fn tag_load(&mut self, pc: u64) {
        if self.precise_all {
            return self.sync_for_access(pc);
        }
        self.loaded_since_sync = true;
        self.tag_replay(pc);
    }

    /// Tag an access at `pc` as replayed from the last sync point.
    fn tag_replay(&mut self, pc: u64) {
        let mut loc = self.loc_index(pc) | REPLAY;
        if self.delay_npc.is_some() || self.dyn_mode {
            loc |= NPC_IN_CPU;
        }
        match self.sync {
            Some((s, n)) => {
                loc |= self.loc_index(s) << LOC_BITS;
                if n {
                    loc |= SYNC_NPC_IN_CPU;
                }
            }
            None => loc |= SYNC_IN_CPU,
        }
        self.b.set_srcloc(cranelift_codegen::ir::SourceLoc::new(loc));
    }

    /// Bit `bit` of v, as 0/1 (i64), shifted to position `to`.
    fn bit_to(&mut self, v: Value, bit: i64, to: i64) -> Value {
        let s = self.b.ins().ushr_imm_s(v, bit);
        let one = self.b.ins().band_imm_s(s, 1);
        if to == 0 {
            one
        } else {
            self.b.ins().ishl_imm_s(one, to)
        }
    }

    /// N and Z of icc (from r's low word) and xcc (from r), placed in a ccr.
    fn nz_bits(&mut self, r: Value) -> Value {
        let n_x = self.bit_to(r, 63, 7);
        let n_i = self.bit_to(r, 31, 3);
        let zx = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
        let zx = self.b.ins().uextend(I64, zx);
        let zx = self.b.ins().ishl_imm_s(zx, 6);
        let r32 = self.b.ins().ireduce(I32, r);
        let zi = self.b.ins().icmp_imm_s(IntCC::Equal, r32, 0);
        let zi = self.b.ins().uextend(I64, zi);
        let zi = self.b.ins().ishl_imm_s(zi, 2);
        let a = self.b.ins().bor(n_x, n_i);
        let c = self.b.ins().bor(zx, zi);
        self.b.ins().bor(a, c)
    }

    fn flags_logic(&mut self, r: Value) -> Value {
        self.nz_bits(r)
    }

    /// V and C vectors (bit 31 for icc, bit 63 for xcc) to ccr bits.
    fn vc_bits(&mut self, v: Value, c: Value) -> Value {
        let vx = self.bit_to(v, 63, 5);
        let vi = self.bit_to(v, 31, 1);
        let cx = self.bit_to(c, 63, 4);
        let ci = self.bit_to(c, 31, 0);
        let a = self.b.ins().bor(vx, vi);
        let d = self.b.ins().bor(cx, ci);
        self.b.ins().bor(a, d)
    }

    fn flags_add(&mut self, a: Value, b: Value, r: Value) -> Value {
        // Carry out of each bit: (a & b) | ((a | b) & !r); overflow: (a ^ r) & (b ^ r).
        let ab = self.b.ins().band(a, b);
        let aob = self.b.ins().bor(a, b);
        let nr = self.b.ins().bnot(r);
        let t = self.b.ins().band(aob, nr);
        let c = self.b.ins().bor(ab, t);
        let ar = self.b.ins().bxor(a, r);
        let br = self.b.ins().bxor(b, r);
        let v = self.b.ins().band(ar, br);
        let nz = self.nz_bits(r);
        let vc = self.vc_bits(v, c);
        self.b.ins().bor(nz, vc)
    }

    fn flags_sub(&mut self, a: Value, b: Value, r: Value) -> Value {
        // Borrow: (!a & b) | (!(a ^ b) & r); overflow: (a ^ b) & (a ^ r).
        let na = self.b.ins().bnot(a);
        let t1 = self.b.ins().band(na, b);
        let axb = self.b.ins().bxor(a, b);
        let nx = self.b.ins().bnot(axb);
        let t2 = self.b.ins().band(nx, r);
        let mut c = self.b.ins().bor(t1, t2);
        if injected_bug() == InjectedBug::CcSubCarry {
            // Deliberately wrong (tests/difftest_broken_lifter.rs): C inverted.
            c = self.b.ins().bnot(c);
        }
        let ar = self.b.ins().bxor(a, r);
        let v = self.b.ins().band(axb, ar);
        let nz = self.nz_bits(r);
        let vc = self.vc_bits(v, c);
        self.b.ins().bor(nz, vc)
    }

    /// Flags an earlier block left in the CPU's lazy record (`Cc::Mem`):
    /// compute `f` of them inline for the producers that reach consumers in
    /// other blocks most (`cmp`: CC_OP_SUB2, `andcc`/`orcc`/`btst`:
    /// CC_OP_LOGIC), through the settling helper for the rest, without
    /// settling the record. `f` sees the flags as `self.cc` and returns a
    /// value of type `ty`.
    fn eval_mem_cc(&mut self, ty: cranelift_codegen::ir::Type, f: &dyn Fn(&mut Self) -> Value) -> Value {
        let op = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, cc_op) as i32);
        let sub = self.b.create_block();
        let rest = self.b.create_block();
        let logic = self.b.create_block();
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, ty);
        self.b.set_cold_block(slow);
        let is_sub = self.b.ins().icmp_imm_s(IntCC::Equal, op, CC_OP_SUB2 as i64);
        self.b.ins().brif(is_sub, sub, &[], rest, &[]);
        self.b.seal_block(sub);
        self.b.seal_block(rest);
        self.b.switch_to_block(rest);
        let is_logic = self.b.ins().icmp_imm_s(IntCC::Equal, op, CC_OP_LOGIC as i64);
        self.b.ins().brif(is_logic, logic, &[], slow, &[]);
        self.b.seal_block(logic);
        self.b.seal_block(slow);
        use cranelift_codegen::ir::BlockArg;
        let ld = |l: &mut Self, off: usize| l.b.ins().load(I64, cpu_flags(), l.cpu, off as i32);
        self.b.switch_to_block(sub);
        let a = ld(self, offset_of!(SparcCpu, cc_a));
        let bb = ld(self, offset_of!(SparcCpu, cc_b));
        let r = self.b.ins().isub(a, bb);
        self.cc = Cc::Sub(a, bb, r);
        let v = f(self);
        self.b.ins().jump(join, &[BlockArg::Value(v)]);
        self.b.switch_to_block(logic);
        let r = ld(self, offset_of!(SparcCpu, cc_r));
        self.cc = Cc::Logic(r);
        let v = f(self);
        self.b.ins().jump(join, &[BlockArg::Value(v)]);
        self.b.switch_to_block(slow);
        let ccr = self.call_settle_cc();
        self.cc = Cc::Stored(ccr);
        let v = f(self);
        self.b.ins().jump(join, &[BlockArg::Value(v)]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        // The record in `cpu` still holds the flags (settled or not).
        self.cc = Cc::Mem;
        self.b.block_params(join)[0]
    }

    /// icc.C as an i64 0/1 (for addc/subc).
    fn icc_carry(&mut self) -> Value {
        match self.cc {
            Cc::Mem => self.eval_mem_cc(I64, &|l: &mut Self| l.icc_carry()),
            Cc::Logic(_) => self.k(0),
            Cc::Sub(a, b, _) => {
                let a32 = self.b.ins().ireduce(I32, a);
                let b32 = self.b.ins().ireduce(I32, b);
                let c = self.b.ins().icmp(IntCC::UnsignedLessThan, a32, b32);
                self.b.ins().uextend(I64, c)
            }
            // `addcc; addc` (a 64-bit add in 32-bit code, the counters of
            // recursion.c's ack and tak): the carry out of bit 31 of r =
            // a + b is r < a in 32 bits, one compare; the whole %ccr was
            // about 45 host insns (sparc32plus recursion, `-d out_asm`,
            // 2026-12-03), of which only C was read. With a carry in
            // (`addccc`) r is not a + b: the %ccr as before.
            Cc::Add(a, b, r) if self.is_binary(r, cranelift_codegen::ir::Opcode::Iadd, a, b) => {
                let a32 = self.b.ins().ireduce(I32, a);
                let r32 = self.b.ins().ireduce(I32, r);
                let c = self.b.ins().icmp(IntCC::UnsignedLessThan, r32, a32);
                self.b.ins().uextend(I64, c)
            }
            _ => {
                let v = self.ccr_value();
                self.b.ins().band_imm_s(v, CC_C as i64)
            }
        }
    }

    /// Evaluate an integer condition (Bicc cond encoding) on icc (`xcc` false)
    /// or xcc. Returns an i8 boolean.
    fn cond(&mut self, cond: u32, xcc: bool) -> Value {
        match cond {
            0 => return self.b.ins().iconst(I8, 0),
            8 => return self.b.ins().iconst(I8, 1),
            _ => {}
        }
        if let Cc::Mem = self.cc {
            return self.eval_mem_cc(I8, &|l: &mut Self| l.cond(cond, xcc));
        }
        let (base, inv) = (cond & 7, cond & 8 != 0);
        // Conditions 9..15 are the negations of 1..7.
        let ty = if xcc { I64 } else { I32 };
        let narrow = |l: &mut Self, v: Value| if xcc { v } else { l.b.ins().ireduce(I32, v) };
        // A direct comparison takes the negation (conditions 9..15) into its
        // IntCC, so `icmp; brif` fuses into one host compare and branch.
        let cx = |c: IntCC| if inv { c.complement() } else { c };
        let direct = match self.cc {
            Cc::Sub(a, b, r) => {
                // icc of `cmp` on values extended from 32 bits or fewer is
                // the 64-bit comparison: no narrowing (`ldub; ldub; cmp;
                // be` compares the loaded registers).
                let wide = !xcc && matches!(base, 1..=5) && self.icc_is_xcc(a, b, matches!(base, 2 | 3));
                let (a, b) = if wide { (a, b) } else { (narrow(self, a), narrow(self, b)) };
                let cc = match base {
                    1 => Some(IntCC::Equal),
                    2 => Some(IntCC::SignedLessThanOrEqual),
                    3 => Some(IntCC::SignedLessThan),
                    4 => Some(IntCC::UnsignedLessThanOrEqual),
                    5 => Some(IntCC::UnsignedLessThan),
                    _ => None,
                };
                match cc {
                    Some(cc) => Some(self.b.ins().icmp(cx(cc), a, b)),
                    None if base == 6 => {
                        let r = narrow(self, r);
                        Some(self.b.ins().icmp_imm_s(cx(IntCC::SignedLessThan), r, 0))
                    }
                    None => None,
                }
            }
            Cc::Add(_, _, r) => {
                // `addcc x, -1, x; bne` and friends: Z and N of a sum
                // straight from its result (also with a carry in: addxcc).
                let r = narrow(self, r);
                match base {
                    1 => Some(self.b.ins().icmp_imm_s(cx(IntCC::Equal), r, 0)),
                    6 => Some(self.b.ins().icmp_imm_s(cx(IntCC::SignedLessThan), r, 0)),
                    _ => None,
                }
            }
            Cc::Logic(r) => {
                let r = narrow(self, r);
                let _ = ty;
                match base {
                    1 | 4 => Some(self.b.ins().icmp_imm_s(cx(IntCC::Equal), r, 0)),
                    2 => Some(self.b.ins().icmp_imm_s(cx(IntCC::SignedLessThanOrEqual), r, 0)),
                    3 | 6 => Some(self.b.ins().icmp_imm_s(cx(IntCC::SignedLessThan), r, 0)),
                    5 | 7 => Some(self.b.ins().iconst(I8, inv as i64)),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(v) = direct {
            return v;
        }
        let ccr = self.ccr_value();
        let f = if xcc { self.b.ins().ushr_imm_s(ccr, 4) } else { ccr };
        let n = self.bit_to(f, 3, 0);
        let z = self.bit_to(f, 2, 0);
        let vv = self.bit_to(f, 1, 0);
        let c = self.bit_to(f, 0, 0);
        let r = match base {
            1 => z,
            2 => {
                let nv = self.b.ins().bxor(n, vv);
                self.b.ins().bor(z, nv)
            }
            3 => self.b.ins().bxor(n, vv),
            4 => self.b.ins().bor(c, z),
            5 => c,
            6 => n,
            _ => vv,
        };
        self.b.ins().icmp_imm_s(if inv { IntCC::Equal } else { IntCC::NotEqual }, r, 0)
    }

    /// How a 64-bit value relates to its low word, seen from its
    /// definition: (sign-extended from it, zero-extended from it).
    fn ext_kind(&self, v: Value) -> (bool, bool) {
        use cranelift_codegen::ir::{InstructionData, Opcode, ValueDef};
        let dfg = &self.b.func.dfg;
        let v = dfg.resolve_aliases(v);
        let of_const = |c: u64| (c as i64 == c as i32 as i64, c >> 32 == 0);
        if let Some(c) = self.const_of(v) {
            return of_const(c);
        }
        let ValueDef::Result(inst, _) = dfg.value_def(v) else { return (false, false) };
        match dfg.insts[inst] {
            InstructionData::Unary { opcode: Opcode::Uextend, arg } => {
                // From 8 or 16 bits: below 2^31, so both.
                let narrow = dfg.value_type(arg).bits() < 32;
                (narrow, dfg.value_type(arg).bits() <= 32)
            }
            InstructionData::Unary { opcode: Opcode::Sextend, arg } => (dfg.value_type(arg).bits() <= 32, false),
            InstructionData::Load { opcode: Opcode::Uload8, .. } => (true, true),
            InstructionData::Load { opcode: Opcode::Sload8, .. } => (true, false),
            InstructionData::Binary { opcode: Opcode::Band, args } => match self.const_of(args[1]).or_else(|| self.const_of(args[0])) {
                Some(c) if c >> 31 == 0 => (true, true),
                Some(c) if c >> 32 == 0 => (false, true),
                _ => (false, false),
            },
            _ => (false, false),
        }
    }

    /// Do icc's comparisons of `a` and `b` (equality and unsigned; signed
    /// too with `signed`) equal the 64-bit ones? Yes when both are sign
    /// extensions of their low words (sign extension keeps both orders),
    /// or both zero extensions and the order is not signed.
    fn icc_is_xcc(&self, a: Value, b: Value, signed: bool) -> bool {
        let (sa, za) = self.ext_kind(a);
        let (sb, zb) = self.ext_kind(b);
        (sa && sb) || (!signed && za && zb)
    }

    /// Register condition of BPr / MOVr on value v. rcond: 1 z, 2 lez, 3 lz,
    /// 5 nz, 6 gz, 7 gez.
    fn rcond(&mut self, rcond: u32, v: Value) -> Value {
        let cc = match rcond {
            1 => IntCC::Equal,
            2 => IntCC::SignedLessThanOrEqual,
            3 => IntCC::SignedLessThan,
            5 => IntCC::NotEqual,
            6 => IntCC::SignedGreaterThan,
            _ => IntCC::SignedGreaterThanOrEqual,
        };
        self.b.ins().icmp_imm_s(cc, v, 0)
    }

    // -------------------------------------------------------------------- exits

    /// Write back everything and leave with `code`, with the given successor.
    /// A normal exit to a known pc chains to the next block through an exit
    /// slot; a jump to a computed pc through the indirect lookup table.
    fn exit(&mut self, code: Exit, pc: Pc, npc: Pc) {
        let ret_sync_at_edge = std::mem::take(&mut self.ret_sync_at_edge);
        let align_deferred = self.align_deferred.take();
        if code == Exit::Normal && !self.dyn_mode && self.region.is_some() && !self.exit_out && !self.window_left {
            let p = match pc {
                Pc::K(p) => Some(p),
                Pc::V(v) => self.const_of(v),
            };
            let n = match npc {
                Pc::K(n) => Some(n),
                Pc::V(v) => self.const_of(v),
            };
            if let (Some(p), Some(n)) = (p, n) {
                let idx = self.region.as_ref().and_then(|rc| rc.index.get(&p).copied());
                if let (Some(idx), true) = (idx, n == self.mask_pc(p.wrapping_add(4))) {
                    self.edge_sync = ret_sync_at_edge;
                    self.region_edge(idx, p);
                    self.edge_sync = false;
                    return;
                }
            }
            if let (Pc::V(t), None, true) = (pc, p, self.next_is_jump) {
                // A call through a register compares its target with the
                // leaves seen as its callees only (a leaf entered from one
                // call alone returns to a constant, `RegionCtx::o7_in`).
                let site = std::mem::take(&mut self.icall_site);
                let callees = site.and_then(|s| self.region.as_ref().and_then(|rc| rc.icall_targets.get(&s).cloned()));
                // (Each branch is the sync point of a `return` before,
                // `ret_sync_at_edge`.)
                self.edge_sync = ret_sync_at_edge;
                match callees {
                    Some(c) => self.member_edges(t, &c),
                    None => self.ret_cont_edges(t),
                }
                self.edge_sync = false;
            }
        }
        if let Some((t, at)) = align_deferred {
            // The way out of the region: the jmpl's alignment test
            // (`align_deferred`), with its state.
            let kept = (self.next_is_jump, self.jump_site, self.icall_site);
            let src = self.same_low_bits(t, 4, false);
            let low = self.b.ins().band_imm_s(src, 3);
            let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, low, 0);
            self.trap_if(bad, Exit::Unaligned, t, at);
            (self.next_is_jump, self.jump_site, self.icall_site) = kept;
        }
        self.writeback_regs(false);
        self.writeback_cc();
        self.writeback_fp(false);
        let pcv = self.pc_val(pc);
        let npcv = self.pc_val(npc);
        let jump = std::mem::take(&mut self.next_is_jump);
        self.icall_site = None;
        // (Any exit clears it: a trap in the jump's delay slot loses it.)
        let site = std::mem::take(&mut self.jump_site).filter(|_| jump);
        if let Some(ch) = self.cfg.chain {
            if ch.insn_counter != 0 && self.insns_started > 0 {
                // --stats: guest instructions run in translated code.
                self.stat_add(0, self.insns_started as i64);
                self.stat_add(STAT_EXITS, 1);
            }
        }
        // A chained exit stores pc/npc only on the way back to the runtime:
        // the next block knows its own pc, and faults recover theirs from
        // the side table.
        let store_pc = |l: &mut Self| {
            l.b.ins().store(cpu_flags(), pcv, l.cpu, offset_of!(SparcCpu, pc) as i32);
            l.b.ins().store(cpu_flags(), npcv, l.cpu, offset_of!(SparcCpu, npc) as i32);
        };
        if code == Exit::Normal && !self.dyn_mode {
            if let Some(ch) = self.cfg.chain {
                let (pk, nk) = (self.const_of(pcv), self.const_of(npcv));
                if let (Some(p), Some(n)) = (pk, nk) {
                    if n == self.mask_pc(p.wrapping_add(4)) {
                        let slot = ch.slots.alloc_slot_to(p);
                        if slot != 0 {
                            if self.region.is_some() {
                                // Regions have many exits: they share one
                                // chaining tail (less code to compile).
                                let blk = self.shared_exit_block();
                                let sv = self.k(slot);
                                use cranelift_codegen::ir::BlockArg;
                                self.b.ins().jump(blk, &[BlockArg::Value(sv)]);
                            } else {
                                self.chain_direct(slot);
                            }
                            return;
                        }
                    }
                } else if jump && ch.ind_table != 0 {
                    self.chain_indirect(pcv, ch.ind_table, ch.ind_mask, &store_pc, site);
                    return;
                }
            }
        }
        store_pc(self);
        let c = self.k(code as u64);
        self.b.ins().return_(&[c]);
    }

    /// A jump to the computed target `t` (nPC = t + 4) in a region with
    /// members after calls (region.rs `RegionCtx::ret_conts`): compare `t`
    /// with each and branch to the member it equals; the code after this
    /// is the way out for any other target.
    fn ret_cont_edges(&mut self, t: Value) {
        let conts = self.region.as_ref().map(|rc| rc.ret_conts.clone()).unwrap_or_default();
        self.member_edges(t, &conts);
    }

    /// [`Self::ret_cont_edges`] with the members `conts` (pc, index).
    fn member_edges(&mut self, t: Value, conts: &[(u64, usize)]) {
        let conts = conts.to_vec();
        let lo = conts.iter().map(|c| c.0).min().unwrap_or(0);
        let hi = conts.iter().map(|c| c.0).max().unwrap_or(0);
        if conts.len() >= JUMP_TABLE_MIN && (hi - lo) / 4 < JUMP_TABLE_MAX {
            self.jump_table_edges(t, &conts);
            return;
        }
        for (c, idx) in conts {
            let hit = self.b.ins().icmp_imm_s(IntCC::Equal, t, c as i64);
            let yes = self.b.create_block();
            let no = self.b.create_block();
            self.b.ins().brif(hit, yes, &[], no, &[]);
            self.b.seal_block(yes);
            self.b.seal_block(no);
            self.b.switch_to_block(yes);
            self.region_edge_kept(idx, c);
            self.b.switch_to_block(no);
        }
    }

    /// Before a branch from another member into member `idx`, a loop
    /// whose accesses through some registers test no alignment (region.rs
    /// `loop_alignment`): test those registers here, once per entry, and
    /// where one is misaligned leave the region for `pc` instead (the
    /// member's code outside the region tests each access, and traps at
    /// the first as before).
    ///
    /// A member with an FP copy (region.rs `RegionCtx::fp_shadow`) goes
    /// to the copy instead, which tests every access (the head's is
    /// entered so from the function's entry, `Lifter::fp_entry_guard`).
    fn align_edge_guard(&mut self, idx: usize, pc: u64) {
        let Some(rc) = self.region.as_ref() else { return };
        if rc.current == idx || rc.align_in.is_empty() {
            return;
        }
        let shadow = rc.fp_shadow.get(idx).copied().flatten();
        let Some(bad) = self.align_bad(idx) else { return };
        let ok_b = self.split_cold(bad, false);
        self.keeping_state(|l| {
            let first = l.b.func.dfg.num_blocks();
            match shadow {
                Some(c) => l.region_edge(c, pc),
                None => l.exit_leaving(pc),
            }
            l.cold_from(first);
        });
        self.b.switch_to_block(ok_b);
    }

    /// The low bits of the registers member `idx` assumes aligned
    /// (region.rs `loop_alignment`) or'ed together, nonzero where one is
    /// not; None when it assumes nothing.
    pub(super) fn align_bad(&mut self, idx: usize) -> Option<Value> {
        let need = *self.region.as_ref()?.align_in.get(idx)?;
        let mut bad = None;
        for r in 1..32u32 {
            let a = need[r as usize] as i64;
            if a == 0 {
                continue;
            }
            let v = self.get(r);
            let low = self.b.ins().band_imm_s(v, a - 1);
            bad = Some(match bad {
                None => low,
                Some(b) => self.b.ins().bor(b, low),
            });
        }
        bad
    }

    /// Branch on `c` into a new cold block (taken when `c` is nonzero, or
    /// when it is zero with `cold_if_zero`) and switch to it. Returns the
    /// other way's block (sealed) for the caller to switch to after
    /// lifting the cold path.
    pub(super) fn split_cold(&mut self, c: Value, cold_if_zero: bool) -> cranelift_codegen::ir::Block {
        let cold = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(cold);
        if cold_if_zero {
            self.b.ins().brif(c, cont, &[], cold, &[]);
        } else {
            self.b.ins().brif(c, cold, &[], cont, &[]);
        }
        self.b.seal_block(cold);
        self.b.seal_block(cont);
        self.b.switch_to_block(cold);
        cont
    }

    /// Exit to `pc` (nPC = pc + 4) leaving the function even where `pc` is
    /// a region member's.
    pub(super) fn exit_leaving(&mut self, pc: u64) {
        self.exit_out = true;
        let npc = self.mask_pc(pc.wrapping_add(4));
        self.exit(Exit::Normal, Pc::K(pc), Pc::K(npc));
        self.exit_out = false;
    }

    /// The size an access of `size` bytes at `[rs1 + k]` or `[rs1 + rs2]`
    /// still tests its address for: 1 (none) where `align_known` covers it.
    fn align_to_test(&self, insn: &Insn, size: u64) -> u64 {
        let known = |r: u32| self.align_known[r as usize] as u64 >= size;
        let covered = match const_offset(insn) {
            Some(k) => k % size as i64 == 0,
            None => known(insn.rs2()),
        };
        if size > 1 && known(insn.rs1()) && covered {
            1
        } else {
            size
        }
    }

    /// [`Self::region_edge`] to member `idx` at `c` from one arm of a
    /// compare chain or jump table, leaving the lifter's state as it was for
    /// the arms after it.
    fn region_edge_kept(&mut self, idx: usize, c: u64) {
        let saved = (self.state, self.cc, self.cc_synced, self.cc_held, self.next_is_jump);
        self.region_edge(idx, c);
        (self.state, self.cc, self.cc_synced, self.cc_held, self.next_is_jump) = saved;
    }

    /// [`Self::ret_cont_edges`] for many members (a `switch`'s cases,
    /// region.rs `discover_region_jumps`): one `br_table` indexed by the
    /// target's word offset from the lowest member, whose other entries
    /// (and targets out of range or misaligned: the rotation puts low bits
    /// up high) go on to the code after this (the way out).
    fn jump_table_edges(&mut self, t: Value, conts: &[(u64, usize)]) {
        use cranelift_codegen::ir::{types::I32, JumpTableData};
        let lo = conts.iter().map(|c| c.0).min().expect("members");
        let hi = conts.iter().map(|c| c.0).max().expect("members");
        // Region members lie within MAX_SPAN_INSNS words.
        let len = ((hi - lo) / 4 + 1) as usize;
        let d = self.b.ins().iadd_imm_s(t, lo.wrapping_neg() as i64);
        let w = self.b.ins().rotr_imm_u(d, 2);
        let out = self.b.create_block();
        // br_table takes an i32 index: out of range leaves before.
        let far = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, w, len as i64);
        let near = self.b.create_block();
        self.b.ins().brif(far, out, &[], near, &[]);
        self.b.seal_block(near);
        self.b.switch_to_block(near);
        let w = self.b.ins().ireduce(I32, w);
        let mut blocks = vec![None; len];
        for &(c, idx) in conts {
            blocks[((c - lo) / 4) as usize] = Some((self.b.create_block(), c, idx));
        }
        let out_call = self.b.func.dfg.block_call(out, &[]);
        let table: Vec<_> = blocks.iter().map(|e| {
            let b = e.map_or(out, |e| e.0);
            self.b.func.dfg.block_call(b, &[])
        }).collect();
        let jt = self.b.create_jump_table(JumpTableData::new(out_call, &table));
        self.b.ins().br_table(w, jt);
        for (blk, c, idx) in blocks.into_iter().flatten() {
            self.b.seal_block(blk);
            self.b.switch_to_block(blk);
            self.region_edge_kept(idx, c);
        }
        self.b.seal_block(out);
        self.b.switch_to_block(out);
    }

    /// A branch to region member `idx` (at guest `pc`, nPC = pc + 4): a
    /// jump inside the function, with the registers left in their SSA
    /// values (region.rs). A branch into an inner loop from outside it
    /// (region.rs `edge_syncs`) is a sync point of its own.
    fn region_edge(&mut self, idx: usize, pc: u64) {
        // A member starting with `save` that sets the flags next
        // (`RegionCtx::save_cc_first`) reads them only where its `save`
        // finds no room in the window array (the helper's fault exit
        // writes them back): they are stored on the way in only then
        // (below), and the branch is no sync point for them.
        let save_first = self.region.as_ref().is_some_and(|rc| rc.save_cc_first[idx]);
        // What the FP test on the way proves holds on this branch only.
        let fp_facts = (self.fsr_mode_zero, self.aexc_nx_set, self.fprs_dirty);
        self.fp_edge_guard(idx, pc);
        self.align_edge_guard(idx, pc);
        self.next_is_jump = false;
        // A pending %fsr.cexc (fp.rs Pending): computed unless dead there.
        let cexc_dead = self.region.as_ref().is_some_and(|rc| rc.cexc_dead[idx]);
        let fp_saved = self.fp_edge(cexc_dead);
        if let Some(ch) = self.cfg.chain {
            if ch.insn_counter != 0 && self.insns_started > 0 {
                self.stat_add(0, self.insns_started as i64);
                self.stat_add(STAT_EXITS, 1);
            }
        }
        // The flags' form on this branch (ignored where dead in the member).
        let dead = save_first || self.region.as_ref().is_some_and(|rc| rc.cc_dead[idx]);
        use region::CcFlow;
        let (flow, vals): (CcFlow, [Option<Value>; 3]) = {
            use cranelift_codegen::ir::Opcode;
            match self.cc {
                Cc::Mem => (CcFlow::Mem, [None; 3]),
                Cc::Stored(v) | Cc::Val(v) => (CcFlow::Val, [Some(v), None, None]),
                Cc::Add(a, b, r) => {
                    let op = if self.is_binary(r, Opcode::Iadd, a, b) { CC_OP_ADD2 } else { CC_OP_ADD };
                    (CcFlow::Lazy(op, self.const_of(b)), [Some(a), Some(b), Some(r)])
                }
                Cc::Sub(a, b, r) => {
                    let op = if self.is_binary(r, Opcode::Isub, a, b) { CC_OP_SUB2 } else { CC_OP_SUB };
                    (CcFlow::Lazy(op, self.const_of(b)), [Some(a), Some(b), Some(r)])
                }
                Cc::Logic(r) => (CcFlow::Lazy(CC_OP_LOGIC, None), [None, None, Some(r)]),
            }
        };
        // A branch that stores the flags in `cpu` (the member reads them
        // there) must be a sync point when a replay from the last sync
        // point may read the flags before it sets them: it would read
        // these instead of those of the sync point (found by
        // nested_loop_regions_replay_faults_from_the_inner_entry once its
        // inner loops read the carry). Where every way from the last sync
        // point here sets them before reading them, the replay computes
        // them again, and only the flags are stored (region.rs
        // `cc_exposed`).
        //
        // Not into a member starting with `save` or `restore`: no replay
        // runs from a sync point before this branch after it. The window
        // change's inline path cannot fault, its helper's fault exit
        // writes the exact state back, and the point after it is a sync
        // point (`Lifter::window_op`; a fused `save` has none, but nothing
        // in its leaf can exit before the return's). tak's recursive
        // calls stored `sync_pc` for it.
        let stores_cc = !dead
            && !self.cc_synced
            && self.region.as_ref().is_some_and(|rc| {
                let entry = if idx > rc.current { rc.entry_cc[idx].join(flow) } else { rc.entry_cc[idx] };
                !entry.takes(flow) && rc.cc_exposed[rc.current] && !rc.window_first[idx]
            });
        let edge_sync = self.edge_sync;
        if edge_sync || stores_cc || self.region.as_ref().is_some_and(|rc| rc.sync_from[idx] >> rc.current & 1 != 0) {
            // The state at `pc` with nPC = pc + 4 (exit() makes only such
            // branches region edges, after any delay slot): the flags are
            // written back even when the member overwrites them, since a
            // replay from here stops at a faulting load before that. (A
            // return's sync point, `ret_sync_at_edge`, takes no flags
            // where the member sets them before anything can fault: the
            // last sync point before the return is behind the window
            // change, so this one is needed anyway.)
            let skip_cc = edge_sync && self.region.as_ref().is_some_and(|rc| rc.cc_set_first[idx]);
            let cc_synced = self.cc_synced;
            self.cc_synced |= skip_cc;
            self.fp_arm_sync(Some(idx));
            self.writeback_all();
            self.fp_arm_sync(None);
            if skip_cc {
                self.cc_synced = cc_synced;
            }
            let v = self.k(pc);
            self.b.ins().store(cpu_flags(), v, self.cpu, offset_of!(SparcCpu, sync_pc) as i32);
        }
        if !dead {
            // The flags flow in SSA variables when every branch into the
            // member brings them in the same form (region.rs, CcFlow).
            let rc = self.region.as_mut().expect("region");
            rc.found_cc[idx] = rc.found_cc[idx].join(flow);
            rc.found_cc_unsynced[idx] |= !self.cc_synced;
            if idx > rc.current {
                // A member not lifted yet in this pass starts with this
                // form joined in (region.rs, RegionCtx::cc_edges).
                rc.entry_cc[idx] = rc.entry_cc[idx].join(flow);
                rc.entry_cc_unsynced[idx] |= !self.cc_synced;
            }
            let (entry, vars) = (rc.entry_cc[idx], rc.cc_vars);
            if entry.takes(flow) {
                rc.cc_edges[idx].vars = true;
                // Every value the branch has, also those the form joined
                // so far does not read (r it computes again, a constant
                // b): a branch ahead may still weaken the member's form
                // (another constant b, an r not recomputable), and a
                // variable left undefined here would cost another lifting
                // pass (decode bench, 2026-12-03: 1472 of the extra passes
                // of 1837 function-entry regions). A variable the member
                // does not read costs nothing: the SSA builder makes
                // block parameters only for the variables used.
                for (x, (v, var)) in vals.iter().zip(vars).enumerate() {
                    match *v {
                        Some(v) => self.b.def_var(var, v),
                        // Not defined on this branch: a member lifted
                        // with a form that reads it would read whatever
                        // reaches it (region.rs `CcEdges::undefined`).
                        None => rc.cc_edges[idx].undefined |= 1 << x,
                    }
                }
            } else {
                rc.cc_edges[idx].stored = true;
                self.writeback_cc();
            }
        }
        // %o7 on this branch (region.rs `RegionCtx::o7_in`).
        let o7 = if self.state[15] == RegState::Unloaded {
            None
        } else {
            let v = self.b.use_var(self.vars[15]);
            self.const_of(v)
        };
        let rc = self.region.as_mut().expect("region");
        rc.o7_in[idx] = Some(match rc.o7_in[idx] {
            None => o7,
            Some(x) if x == o7 => x,
            Some(_) => None,
        });
        if self.region.as_ref().is_some_and(|rc| rc.window_first[idx]) {
            // Its `save`/`restore` would store them first (region.rs
            // `RegionCtx::window_first`).
            self.writeback_regs(true);
            for r in 8..32 {
                if self.state[r] == RegState::Dirty {
                    self.state[r] = RegState::Clean;
                }
            }
        }
        let fpd = self.fp_dirty_mask();
        let facts = self.fp_facts();
        let rc = self.region.as_mut().expect("region");
        let ahead = idx > rc.current;
        rc.fp_found_dirty[idx] |= fpd;
        rc.fp_found_facts[idx] &= facts;
        if ahead {
            rc.fp_entry_dirty[idx] |= fpd;
            rc.fp_entry_facts[idx] &= facts;
        }
        for r in 1..32 {
            if self.state[r] == RegState::Dirty {
                rc.found_dirty[idx][r] = true;
                // A member not lifted yet in this pass starts with them
                // dirty (region.rs, RegionCtx::current).
                rc.entry_dirty[idx][r] |= ahead;
            }
        }
        if rc.lazy {
            // An acyclic region loads registers where they are used
            // (region.rs, `RegionCtx::lazy`): the ones the member takes in
            // variables (dirty on some branch into it) and not loaded on
            // this way are loaded here.
            let want = rc.entry_dirty[idx];
            let mut unloaded = 0u32;
            for r in 1..32u32 {
                if self.state[r as usize] == RegState::Unloaded {
                    if want[r as usize] {
                        self.get(r);
                    } else {
                        unloaded |= 1 << r;
                    }
                }
            }
            let rc = self.region.as_mut().expect("region");
            rc.unloaded_in[idx] |= unloaded;
        }
        self.fp_note_edge(idx);
        let rc = self.region.as_mut().expect("region");
        let held = self.cc_held;
        rc.held_in[idx] = Some(rc.held_in[idx].map_or(held, |h| h.meet(held)));
        if idx <= rc.current && !rc.held_back[idx] {
            // A back edge `back_edged` did not see: the member may have
            // assumed too much (`held_used`, checked after the pass).
            rc.held_back[idx] = true;
        }
        let target = rc.blocks[idx];
        let fast = rc.save_fast.get(idx).copied().flatten().map(|(b, _)| b);
        if save_first && (!self.cc_synced || fast.is_some()) {
            // Without room (`Lifter::save_has_room`, `Lifter::window_op`'s
            // inline test) the flags go to `cpu` on a cold way to the
            // member; nothing else differs between the two ways. With
            // room, past the member's own test where it has that block.
            let wp = self.b.use_var(self.wptr);
            let room = self.save_has_room(wp);
            let cold = self.b.create_block();
            self.b.set_cold_block(cold);
            self.b.ins().brif(room, fast.unwrap_or(target), &[], cold, &[]);
            self.b.seal_block(cold);
            self.b.switch_to_block(cold);
            let synced = self.cc_synced;
            self.writeback_cc();
            self.cc_synced = synced;
        }
        self.b.ins().jump(target, &[]);
        self.fp_edge_done(fp_saved);
        (self.fsr_mode_zero, self.aexc_nx_set, self.fprs_dirty) = fp_facts;
    }

    /// `--stats`: add `n` to the counter at byte offset `off` (no-op
    /// without counters).
    fn stat_add(&mut self, off: i32, n: i64) {
        let Some(ch) = self.cfg.chain else { return };
        if ch.insn_counter == 0 {
            return;
        }
        let a = self.k(ch.insn_counter);
        let v = self.b.ins().load(I64, MemFlagsData::trusted(), a, off);
        let v = self.b.ins().iadd_imm_s(v, n);
        self.b.ins().store(MemFlagsData::trusted(), v, a, off);
    }

    /// Jump to `t` (nPC = t + 4): a direct or indirect chained exit.
    fn jump(&mut self, t: Value) {
        let (p, n) = self.succ(Pc::V(t));
        self.next_is_jump = true;
        self.exit(Exit::Normal, p, n);
    }

    /// (pc, npc) of a jump to `target`: constants when the target is known.
    fn succ(&mut self, target: Pc) -> (Pc, Pc) {
        let known = match target {
            Pc::K(p) => Some(p),
            Pc::V(v) => self.const_of(v),
        };
        match known {
            Some(p) => (Pc::K(p), Pc::K(self.mask_pc(p.wrapping_add(4)))),
            None => {
                let t = self.pc_val(target);
                let t4 = self.b.ins().iadd_imm_s(t, 4);
                let t4 = self.mask_addr(t4);
                (Pc::V(t), Pc::V(t4))
            }
        }
    }

    /// Is `r` the result of `opc a, b`?
    fn is_binary(&self, r: Value, opc: cranelift_codegen::ir::Opcode, a: Value, b: Value) -> bool {
        use cranelift_codegen::ir::{InstructionData, ValueDef};
        let dfg = &self.b.func.dfg;
        if let ValueDef::Result(inst, _) = dfg.value_def(r) {
            if let InstructionData::Binary { opcode, args } = dfg.insts[inst] {
                return opcode == opc && dfg.resolve_aliases(args[0]) == dfg.resolve_aliases(a) && dfg.resolve_aliases(args[1]) == dfg.resolve_aliases(b);
            }
        }
        false
    }

    /// A value with the same low bits as `v` below `align` (a power of two),
    /// found by looking through additions of values whose low bits are
    /// zero (aligned constants, shifts left) and masks that keep those
    /// bits: `[%reg + 8]` tests %reg itself for alignment, which saves
    /// computing the sum first on the hot path, and `[%i0 + %l5]` after
    /// `sll %l5, 4, %l5` tests %i0, once for all such accesses in the
    /// block (bzip2's sendMTFValues cost loop, sparc32plus region 0x145c8:
    /// `ld [%i0 + %l6]` through three shifted indices, a `test` and a
    /// `jne` each, 2026-12-03, `-d out_asm`). Only accesses look through
    /// shifts (`shifts`): a computed jump's target tested as the register
    /// before the shift kept both alive (region_switch_interp 228 -> 231,
    /// region_icall_leaves2 79 -> 84 when they did).
    fn same_low_bits(&self, mut v: Value, align: u64, shifts: bool) -> Value {
        use cranelift_codegen::ir::{InstructionData, Opcode, ValueDef};
        let dfg = &self.b.func.dfg;
        let low = align - 1;
        for _ in 0..6 {
            v = dfg.resolve_aliases(v);
            let ValueDef::Result(inst, _) = dfg.value_def(v) else { break };
            let next = match dfg.insts[inst] {
                InstructionData::Binary { opcode: Opcode::Iadd, args } => {
                    if self.low_bits_zero(args[1], low, shifts) {
                        args[0]
                    } else if self.low_bits_zero(args[0], low, shifts) {
                        args[1]
                    } else {
                        break;
                    }
                }
                InstructionData::Unary { opcode: Opcode::Uextend | Opcode::Ireduce, arg } => arg,
                InstructionData::Binary { opcode: Opcode::Band, args } => match self.const_of(args[1]) {
                    Some(c) if c & low == low => args[0],
                    _ => break,
                },
                _ => break,
            };
            v = next;
        }
        v
    }

    /// The bits `low` of `v` are known zero: a constant without them, a
    /// shift left past them, a mask clearing them (through extensions and
    /// truncations, which keep low bits).
    fn low_bits_zero(&self, mut v: Value, low: u64, shifts: bool) -> bool {
        use cranelift_codegen::ir::{InstructionData, Opcode, ValueDef};
        let dfg = &self.b.func.dfg;
        for _ in 0..3 {
            v = dfg.resolve_aliases(v);
            if let Some(c) = self.const_of(v) {
                return c & low == 0;
            }
            if !shifts {
                return false;
            }
            let ValueDef::Result(inst, _) = dfg.value_def(v) else { return false };
            match dfg.insts[inst] {
                InstructionData::Unary { opcode: Opcode::Uextend | Opcode::Sextend | Opcode::Ireduce, arg } => v = arg,
                InstructionData::Binary { opcode: Opcode::Ishl, args } => {
                    // The amount modulo the type's width, as `ishl` takes it.
                    let bits = u64::from(dfg.value_type(v).bits());
                    return self.const_of(args[1]).is_some_and(|k| low >> (k & (bits - 1)) == 0);
                }
                InstructionData::Binary { opcode: Opcode::Band, args } => {
                    return self.const_of(args[1]).is_some_and(|c| c & low == 0)
                        || self.const_of(args[0]).is_some_and(|c| c & low == 0);
                }
                _ => return false,
            }
        }
        false
    }

    /// A key and a constant with `v = key + c`: an `iadd` of a constant
    /// by the other operand (`[%fp + 0x757]` and `[%fp + 0x75b]` share
    /// %fp), any other `iadd` by its operands (the same address computed
    /// twice), else the value itself.
    fn value_key(&self, v: Value) -> ((Value, Value), u64) {
        use cranelift_codegen::ir::{InstructionData, Opcode, ValueDef};
        let dfg = &self.b.func.dfg;
        let v = dfg.resolve_aliases(v);
        if let ValueDef::Result(inst, _) = dfg.value_def(v) {
            if let InstructionData::Binary { opcode: Opcode::Iadd, args } = dfg.insts[inst] {
                let (a, b) = (dfg.resolve_aliases(args[0]), dfg.resolve_aliases(args[1]));
                return match (self.const_of(a), self.const_of(b)) {
                    (_, Some(c)) => ((a, a), c),
                    (Some(c), _) => ((b, b), c),
                    _ => ((a, b), 0),
                };
            }
        }
        ((v, v), 0)
    }

    /// The constant a value was defined as, if it is an `iconst`.
    fn const_of(&self, v: Value) -> Option<u64> {
        use cranelift_codegen::ir::{InstructionData, Opcode, ValueDef};
        if let ValueDef::Result(inst, _) = self.b.func.dfg.value_def(v) {
            if let InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } = self.b.func.dfg.insts[inst] {
                return Some(imm.bits() as u64);
            }
        }
        None
    }

    fn block_sigref(&mut self) -> cranelift_codegen::ir::SigRef {
        let sig = block_signature(self.cfg.call_conv);
        self.b.import_signature(sig)
    }

    /// Tail-call the block in `slot` if it is filled, else return to the
    /// runtime with the slot's address in `cpu.chain_slot` (the runtime
    /// takes pc and npc from the slot: `SlotAlloc::alloc_slot_to`).
    fn chain_direct(&mut self, slot: u64) {
        let sa = self.k(slot);
        self.chain_through(sa, false);
    }

    /// [`Self::chain_direct`] with the slot's address in `sa`; `cold`: both
    /// ways are cold blocks (the region's shared exit).
    fn chain_through(&mut self, sa: Value, cold: bool) {
        let target = self.b.ins().load(I64, MemFlagsData::trusted(), sa, 0);
        let go = self.b.create_block();
        let miss = self.b.create_block();
        self.b.ins().brif(target, go, &[], miss, &[]);
        self.b.seal_block(go);
        self.b.seal_block(miss);
        if cold {
            self.b.set_cold_block(go);
            self.b.set_cold_block(miss);
        }
        self.b.switch_to_block(go);
        let sigref = self.block_sigref();
        self.b.ins().return_call_indirect(sigref, target, &[self.cpu]);
        self.b.switch_to_block(miss);
        self.b.ins().store(cpu_flags(), sa, self.cpu, offset_of!(SparcCpu, chain_slot) as i32);
        let c = self.k(Exit::Normal as u64);
        self.b.ins().return_(&[c]);
    }

    /// The block all direct exits of a region jump to with their slot.
    fn shared_exit_block(&mut self) -> cranelift_codegen::ir::Block {
        if let Some(b) = self.shared_exit {
            return b;
        }
        let b = self.b.create_block();
        self.b.append_block_param(b, I64);
        self.shared_exit = Some(b);
        b
    }

    /// Emit the shared exit (after everything else was lifted): tail-call
    /// the block in the slot if filled, else return to the runtime with
    /// the slot (as [`Self::chain_direct`]).
    fn finish_shared_exit(&mut self) {
        let Some(blk) = self.shared_exit else { return };
        // Out of the hot code's way (exits jump to it from anywhere).
        self.b.set_cold_block(blk);
        self.b.switch_to_block(blk);
        let sa = self.b.block_params(blk)[0];
        self.chain_through(sa, true);
    }

    /// Look `t` up in the indirect-branch table and tail-call on a hit.
    /// `site`: a region's computed jump at that address (`Lifter::jump_site`).
    fn chain_indirect(&mut self, t: Value, table: u64, mask: u64, store_pc: &dyn Fn(&mut Self), site: Option<u64>) {
        // ((t >> 2) & mask) << 4 as (t & (mask << 2)) << 2: an `and`, and a
        // scaled index in the loads' addresses.
        let h = self.b.ins().band_imm_s(t, (mask << 2) as i64);
        let h = self.b.ins().ishl_imm_s(h, 2);
        let tb = self.k(table);
        let e = self.b.ins().iadd(tb, h);
        let epc = self.b.ins().load(I64, MemFlagsData::trusted(), e, 0);
        let hit = self.b.ins().icmp(IntCC::Equal, epc, t);
        let go = self.b.create_block();
        let miss = self.b.create_block();
        self.b.ins().brif(hit, go, &[], miss, &[]);
        self.b.seal_block(go);
        self.b.seal_block(miss);
        self.b.switch_to_block(go);
        // A region's computed jump leaves for a compiled target: one in
        // `JUMP_SAMPLE_PERIOD` such exits is profiled as a miss is.
        let profile = site.map(|_| {
            let prof = self.b.create_block();
            self.b.set_cold_block(prof);
            let off = offset_of!(SparcCpu, jump_sample) as i32;
            let n = self.b.ins().load(I64, cpu_flags(), self.cpu, off);
            let n = self.b.ins().iadd_imm_s(n, -1);
            self.b.ins().store(cpu_flags(), n, self.cpu, off);
            let go2 = self.b.create_block();
            self.b.ins().brif(n, go2, &[], prof, &[]);
            self.b.seal_block(go2);
            self.b.switch_to_block(go2);
            prof
        });
        self.stat_add(STAT_IND_HITS, 1);
        let code = self.b.ins().load(I64, MemFlagsData::trusted(), e, 8);
        let sigref = self.block_sigref();
        self.b.ins().return_call_indirect(sigref, code, &[self.cpu]);
        self.b.switch_to_block(miss);
        self.stat_add(STAT_IND_MISSES, 1);
        if let (Some(prof), Some(site)) = (profile, site) {
            self.b.ins().jump(prof, &[]);
            self.b.seal_block(prof);
            self.b.switch_to_block(prof);
            store_pc(self);
            // For the runtime's profile of the jump's targets (exec.rs
            // `note_region_jump`): one that is not a member.
            let (sv, hv) = (self.k(site), self.k(self.start));
            self.b.ins().store(cpu_flags(), sv, self.cpu, offset_of!(SparcCpu, jump_site) as i32);
            self.b.ins().store(cpu_flags(), hv, self.cpu, offset_of!(SparcCpu, jump_head) as i32);
        } else {
            store_pc(self);
        }
        let c = self.k(Exit::Normal as u64);
        self.b.ins().return_(&[c]);
    }

    fn exit_with_arg(&mut self, code: Exit, arg: Value, pc: u64) {
        self.b.ins().store(cpu_flags(), arg, self.cpu, offset_of!(SparcCpu, exit_arg) as i32);
        // In a delay slot (or a dynamic-nPC block) nPC is the branch's
        // successor, not pc + 4: a trap there must show it.
        let npc = match self.delay_npc {
            Some(v) => Pc::V(v),
            None => Pc::K(self.mask_pc(pc + 4)),
        };
        self.exit(code, Pc::K(pc), npc);
    }

    /// What an exit path's write-backs change in the lifter (register
    /// states, the flags' form and what `cpu` holds of them), for a caller
    /// that lifts such a path and then goes on with the other way.
    fn save_flow(&self) -> ([RegState; 32], Cc, bool, CcHeld) {
        (self.state, self.cc, self.cc_synced, self.cc_held)
    }

    /// Undo what an exit path changed ([`Self::save_flow`]).
    fn restore_flow(&mut self, saved: ([RegState; 32], Cc, bool, CcHeld)) {
        (self.state, self.cc, self.cc_synced, self.cc_held) = saved;
    }

    /// If `cond` holds, leave the block with `code` (a trap at `pc`);
    /// otherwise continue in a fresh block. The trap path gets the register
    /// state of this point.
    fn trap_if(&mut self, cond: Value, code: Exit, arg: Value, pc: u64) {
        let cont = self.split_cold(cond, false);
        let saved = self.save_flow();
        self.exit_with_arg(code, arg, pc);
        self.restore_flow(saved);
        self.b.switch_to_block(cont);
    }

    /// Two-way exit on `cond`: taken goes to (tpc, tnpc), else (fpc, fnpc).
    fn exit_branch(&mut self, cond: Value, t: (Pc, Pc), f: (Pc, Pc)) {
        let tb = self.b.create_block();
        let fb = self.b.create_block();
        self.b.ins().brif(cond, tb, &[], fb, &[]);
        self.b.seal_block(tb);
        self.b.seal_block(fb);
        self.b.switch_to_block(fb);
        let saved = self.save_flow();
        self.exit(Exit::Normal, f.0, f.1);
        self.restore_flow(saved);
        self.b.switch_to_block(tb);
        self.exit(Exit::Normal, t.0, t.1);
    }

    // --------------------------------------------------------------- the block

    fn lift_run(&mut self, fetch: &dyn Fn(u64) -> Option<u32>, start: u64, first: u32, info: &mut BlockInfo) {
        let mut pc = start;
        let mut word = first;
        loop {
            let insn = decode(word, self.cfg.flavor);
            info.code.push((pc, insn));
            info.insns += 1;
            self.insns_started += 1;
            info.end = pc + 4;
            let npc = self.mask_pc(pc + 4);
            if insn.is_cti() {
                // Fetch the delay slot unless the CTI never executes it.
                // Single-stepping (max_insns = 1) runs the delay slot as a
                // block of its own, so each instruction is traced.
                let needs_delay = !self.annuls_always(&insn) && self.cfg.max_insns > 1;
                let delay = if needs_delay { fetch(npc) } else { None };
                let delay = delay.map(|w| decode(w, self.cfg.flavor));
                let room = self.cfg.max_insns.saturating_sub(info.insns + 1);
                self.extend_ok = self.extends(&insn) && self.ends_indirect(fetch, self.mask_pc(pc + 8), room);
                match delay {
                    Some(d) if !d.is_cti() => {
                        info.code.push((npc, d));
                        info.insns += 1;
                        info.end = npc + 4;
                        self.lift_cti(insn, pc, Some(d));
                    }
                    _ => self.lift_cti(insn, pc, None),
                }
                let Some(next) = self.extend_at.take() else { return };
                // The not-taken path of a `,pn` branch: lifting goes on.
                match fetch(next) {
                    Some(w) if info.insns < self.cfg.max_insns => {
                        pc = next;
                        word = w;
                        continue;
                    }
                    _ => {
                        self.exit(Exit::Normal, Pc::K(next), Pc::K(self.mask_pc(next + 4)));
                        return;
                    }
                }
            }
            // In a region, straight code that reaches another member's
            // start branches to it (region.rs cuts the member there too).
            let cut = self.region.as_ref().is_some_and(|rc| rc.index.contains_key(&npc));
            // The next instruction runs right after this one (no exit in
            // between: the block does not end here).
            self.cexc_dead = !cut && insn.is_fp() && {
                let rc = self.region.as_ref();
                let cut_at = |a: u64| rc.is_some_and(|rc| rc.index.contains_key(&a));
                let room = self.cfg.max_insns.saturating_sub(info.insns);
                fp::cexc_dead_from(self.cfg, fetch, npc, room, self.precise_all, &cut_at)
            };
            let go_on = self.lift_simple(insn, pc);
            self.cexc_dead = false;
            if !go_on {
                return;
            }
            if info.insns >= self.cfg.max_insns || cut {
                self.exit(Exit::Normal, Pc::K(npc), Pc::K(self.mask_pc(npc + 4)));
                return;
            }
            match fetch(npc) {
                Some(w) => {
                    pc = npc;
                    word = w;
                }
                None => {
                    self.exit(Exit::Normal, Pc::K(npc), Pc::K(self.mask_pc(npc + 4)));
                    return;
                }
            }
        }
    }

    /// Does this CTI skip its delay slot whatever happens (`ba,a`, `bn,a`)?
    fn annuls_always(&self, insn: &Insn) -> bool {
        match insn.op {
            Op::Bicc | Op::BPcc | Op::FBfcc | Op::FBPfcc => insn.annul() && insn.cond() & 7 == 0,
            _ => false,
        }
    }

    /// One instruction in dynamic-nPC mode: PC <- nPC, nPC <- nPC + 4 for a
    /// plain instruction; the V9 rules for a CTI.
    fn lift_dyn_npc(&mut self, insn: Insn, pc: u64) {
        let npc = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, npc) as i32);
        let npc4 = self.b.ins().iadd_imm_s(npc, 4);
        let npc4 = self.mask_addr(npc4);
        if !insn.is_cti() {
            self.delay_npc = Some(npc);
            if self.lift_simple_in(insn, pc, Some(npc)) {
                self.exit(Exit::Normal, Pc::V(npc), Pc::V(npc4));
            }
            return;
        }
        // A CTI executing with its delay slot at `npc`. If it traps (a
        // misaligned jmpl target, a window fill fault of `return`), nPC
        // stays the one it was given.
        self.delay_npc = Some(npc);
        let kind = self.cti_target(&insn, pc);
        self.delay_npc = None;
        match kind {
            CtiKind::Cond { taken, target, annul } => {
                let t = self.pc_val(target);
                if annul {
                    // Taken: delay slot runs. Not taken: it is annulled.
                    let t4 = self.b.ins().iadd_imm_s(npc4, 0);
                    let npc8 = self.b.ins().iadd_imm_s(npc, 8);
                    let npc8 = self.mask_addr(npc8);
                    let pc_ = self.b.ins().select(taken, npc, t4);
                    let npc_ = self.b.ins().select(taken, t, npc8);
                    self.exit(Exit::Normal, Pc::V(pc_), Pc::V(npc_));
                } else {
                    let npc_ = self.b.ins().select(taken, t, npc4);
                    self.exit(Exit::Normal, Pc::V(npc), Pc::V(npc_));
                }
            }
            CtiKind::Always { target, annul } => {
                if annul {
                    let t = self.pc_val(target);
                    let t4 = self.b.ins().iadd_imm_s(t, 4);
                    let t4 = self.mask_addr(t4);
                    self.exit(Exit::Normal, Pc::V(t), Pc::V(t4));
                } else {
                    self.exit(Exit::Normal, Pc::V(npc), target);
                }
            }
            CtiKind::Never { annul } => {
                if annul {
                    let npc8 = self.b.ins().iadd_imm_s(npc, 8);
                    let npc8 = self.mask_addr(npc8);
                    self.exit(Exit::Normal, Pc::V(npc4), Pc::V(npc8));
                } else {
                    self.exit(Exit::Normal, Pc::V(npc), Pc::V(npc4));
                }
            }
            CtiKind::Done => {}
        }
    }

    /// Evaluate a CTI up to (not including) its delay slot: link register
    /// writes, window change of `return`, the condition and the target.
    fn cti_target(&mut self, insn: &Insn, pc: u64) -> CtiKind {
        self.note_replayable(insn);
        let annul = insn.annul();
        match insn.op {
            Op::Bicc | Op::BPcc => {
                let disp = if insn.op == Op::Bicc { insn.disp22() } else { insn.disp19() };
                let target = Pc::K(self.mask_pc(pc.wrapping_add(disp as u64)));
                let xcc = insn.op == Op::BPcc && insn.bpcc_cc() == 2;
                match insn.cond() {
                    8 => CtiKind::Always { target, annul },
                    0 => CtiKind::Never { annul },
                    c => {
                        let taken = self.cond(c, xcc);
                        CtiKind::Cond { taken, target, annul }
                    }
                }
            }
            Op::BPr => {
                let target = Pc::K(self.mask_pc(pc.wrapping_add(insn.disp16() as u64)));
                let v = self.get(insn.rs1());
                let taken = self.rcond(insn.rcond_bpr(), v);
                CtiKind::Cond { taken, target, annul }
            }
            Op::Call => {
                let target = Pc::K(self.mask_pc(pc.wrapping_add(insn.disp30() as u64)));
                let link = self.k(pc);
                self.set(15, link);
                CtiKind::Always { target, annul: false }
            }
            Op::Jmpl | Op::Return => {
                let a = self.get(insn.rs1());
                let o = self.operand2(insn);
                // A known target (a region's inlined leaf returning to
                // the constant its call wrote: region.rs `inline_callee`) is
                // a constant, so the exit can be a branch inside the region.
                let known = match (self.const_of(a), self.const_of(o)) {
                    (Some(x), Some(y)) => Some(if self.bits64 { x.wrapping_add(y) } else { x.wrapping_add(y) & 0xffff_ffff }),
                    _ => None,
                };
                let t = match known {
                    Some(c) => self.k(c),
                    None => {
                        let t = self.b.ins().iadd(a, o);
                        self.mask_addr(t)
                    }
                };
                // A misaligned target traps before anything changes (A.24).
                // (Tested on %i7 for %i7 + 8: the same low bits.) In a
                // region, a `jmpl ..., %g0; nop` tests it only where the
                // target is none of the members it is compared with (the
                // state there is the jmpl's: the nop changed nothing):
                // interp's dispatch `jmp %i5 + %g2; nop` tested it on
                // every bytecode (sparc32plus interp, 2026-12-03,
                // `-d out_asm`: `lea; test; jne`).
                let nop_delay = self.cti_delay.is_some_and(|d| d.word == 0x0100_0000);
                if known.is_none()
                    && nop_delay
                    && insn.op == Op::Jmpl
                    && insn.rd() == 0
                    && self.region.is_some()
                    && !self.dyn_mode
                    && self.delay_npc.is_none()
                {
                    self.align_deferred = Some((t, pc));
                } else if known.is_none_or(|c| c & 3 != 0) {
                    let src = self.same_low_bits(t, 4, false);
                    let low = self.b.ins().band_imm_s(src, 3);
                    let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, low, 0);
                    self.trap_if(bad, Exit::Unaligned, t, pc);
                }
                if insn.op == Op::Jmpl {
                    let ret8 = (insn.rs1() == 15 || insn.rs1() == 31) && insn.i() && insn.simm13() == 8;
                    if self.region.is_some() && insn.rd() == 0 && !ret8 && known.is_none() {
                        self.jump_site = Some(pc);
                    }
                    if self.region.is_some() && insn.rd() == 15 && !ret8 && known.is_none() {
                        self.icall_site = Some(pc);
                        // A call that branches to leaves in the region
                        // is profiled as a computed jump's exits are: a
                        // leaf seen often outside the region has it
                        // compiled again with that leaf (exec.rs
                        // `note_region_jump`; coremark's list sort
                        // calls its second comparator after the region
                        // is made). Not the others: their exits would
                        // pay the sampling for nothing (sparc32plus
                        // bzip2: +1.0% host instructions).
                        let has_leaves = self.region.as_ref().is_some_and(|rc| rc.icall_targets.contains_key(&pc));
                        if has_leaves && !region::icall_prof_off() {
                            self.jump_site = Some(pc);
                        }
                    }
                    let link = self.k(pc);
                    self.set(insn.rd(), link);
                } else if !self.window_op(false, pc) {
                    return CtiKind::Done;
                } else if self.region.is_some() && !self.dyn_mode {
                    let ret_conts = self.region.as_ref().is_some_and(|rc| !rc.ret_conts.is_empty());
                    let quiet_delay = self.cti_delay.is_some_and(|d| d.is_plain_alu() || d.is_cc_alu());
                    if (known.is_some() || ret_conts) && quiet_delay {
                        // Nothing can fault or leave before the target is
                        // compared with the members after calls (or, for
                        // an inlined callee, known): each branch to one is
                        // the sync point (at that member: its flags are
                        // not stored where it sets them first, nor nPC),
                        // and the other targets leave with everything
                        // written back. fib's return stored three flag
                        // words, nPC and the delay slot's sync point
                        // before the compare (sparc32plus recursion,
                        // 2026-12-03, `-d out_asm`).
                        self.ret_sync_at_edge = true;
                    } else if known.is_some() || ret_conts {
                        // A region's sync point after the window change:
                        // the delay slot, with nPC (the target) in
                        // `cpu.npc`, so the branch after it can stay in the
                        // region (an inlined callee's return; a recursive
                        // function's return to the code after its call,
                        // region.rs `RegionCtx::ret_conts`).
                        self.writeback_all();
                        self.b.ins().store(cpu_flags(), t, self.cpu, offset_of!(SparcCpu, npc) as i32);
                        let v = self.k(self.mask_pc(pc.wrapping_add(4)) | 1);
                        self.b.ins().store(cpu_flags(), v, self.cpu, offset_of!(SparcCpu, sync_pc) as i32);
                    } else {
                        // The delay slot runs in the new window and its
                        // accesses sync; the exits leave the region.
                        self.window_left = true;
                        self.precise_all = true;
                    }
                }
                CtiKind::Always { target: Pc::V(t), annul: false }
            }
            Op::FBfcc | Op::FBPfcc => {
                let (disp, fcc) = if insn.op == Op::FBfcc { (insn.disp22(), 0) } else { (insn.disp19(), insn.bpcc_cc()) };
                let target = Pc::K(self.mask_pc(pc.wrapping_add(disp as u64)));
                match insn.cond() {
                    8 => CtiKind::Always { target, annul },
                    0 => CtiKind::Never { annul },
                    c => match self.fcc_cond(c, fcc, pc) {
                        Some(taken) => CtiKind::Cond { taken, target, annul },
                        None => CtiKind::Done,
                    },
                }
            }
            _ => {
                let w = self.k(insn.word as u64);
                self.exit_with_arg(Exit::Illegal, w, pc);
                CtiKind::Done
            }
        }
    }

    /// A CTI at `pc`, with its delay slot `delay` if that can be lifted here.
    fn lift_cti(&mut self, insn: Insn, pc: u64, delay: Option<Insn>) {
        let dpc = self.mask_pc(pc + 4);
        let after = self.mask_pc(pc + 8);
        let after4 = self.mask_pc(pc + 12);
        self.cti_delay = delay;
        let kind = self.cti_target(&insn, pc);
        self.cti_delay = None;
        let Some(d) = delay else {
            // Split: leave with nPC != PC + 4 and let the runtime continue.
            match kind {
                CtiKind::Cond { taken, target, annul } => {
                    if annul {
                        self.exit_branch(taken, (Pc::K(dpc), target), (Pc::K(after), Pc::K(after4)));
                    } else {
                        let t = self.pc_val(target);
                        let a = self.k(after);
                        let n = self.b.ins().select(taken, t, a);
                        self.exit(Exit::Normal, Pc::K(dpc), Pc::V(n));
                    }
                }
                CtiKind::Always { target, annul } => {
                    if annul {
                        let t = self.pc_val(target);
                        self.jump(t);
                    } else {
                        self.exit(Exit::Normal, Pc::K(dpc), target);
                    }
                }
                CtiKind::Never { annul } => {
                    if annul {
                        self.exit(Exit::Normal, Pc::K(after), Pc::K(after4));
                    } else {
                        self.exit(Exit::Normal, Pc::K(dpc), Pc::K(after));
                    }
                }
                CtiKind::Done => {}
            }
            return;
        };
        // Not a branch on the flags: region edges may store later flags in
        // `cpu` without a sync point where no replay reads them before
        // setting them (region.rs `cc_exposed`), which a replay from such
        // a branch would (found by y_writers_in_regions_replay_faults_exactly
        // with `bne,a %xcc`: the replay read the flags of the loop's exit).
        let always = matches!(insn.op, Op::Bicc | Op::BPcc) && insn.cond() == 8;
        let plain = (always || insn.op == Op::BPr) && !self.dyn_mode;
        self.delay_cti = plain.then_some(pc);
        match kind {
            CtiKind::Cond { taken, target, annul } => {
                if annul {
                    // Not taken: the delay slot is annulled.
                    let tb = self.b.create_block();
                    let fb = self.b.create_block();
                    self.b.ins().brif(taken, tb, &[], fb, &[]);
                    self.b.seal_block(tb);
                    self.b.seal_block(fb);
                    self.b.switch_to_block(fb);
                    let saved = self.save_flow();
                    self.exit(Exit::Normal, Pc::K(after), Pc::K(after4));
                    self.restore_flow(saved);
                    self.b.switch_to_block(tb);
                    self.delay_then_jump(d, dpc, target);
                } else {
                    // Keep the condition across the delay slot.
                    let t = self.pc_val(target);
                    let a = self.k(after);
                    let n = self.b.ins().select(taken, t, a);
                    if self.lift_delay(d, dpc, n) {
                        let t = self.succ(target);
                        if std::mem::take(&mut self.extend_ok) {
                            self.exit_if_taken(taken, t);
                            self.extend_at = Some(after);
                        } else {
                            self.exit_branch(taken, t, (Pc::K(after), Pc::K(after4)));
                        }
                    }
                }
            }
            CtiKind::Always { target, annul } => {
                if annul {
                    // ba,a: the delay slot was never fetched.
                    let t = self.pc_val(target);
                    self.jump(t);
                } else {
                    self.delay_then_jump(d, dpc, target);
                }
            }
            CtiKind::Never { annul } => {
                if annul {
                    self.exit(Exit::Normal, Pc::K(after), Pc::K(after4));
                } else {
                    let a = self.k(after);
                    if self.lift_delay(d, dpc, a) {
                        self.exit(Exit::Normal, Pc::K(after), Pc::K(after4));
                    }
                }
            }
            CtiKind::Done => {}
        }
        self.delay_cti = None;
        self.ret_sync_at_edge = false;
        self.align_deferred = None;
    }

    /// May the block go on past this conditional branch (with its delay
    /// slot lifted, not annulling) on the not-taken path? For BPcc and BPr
    /// predicted not taken (`,pn`: the compiler's unlikely paths, such as a
    /// switch's range check before its table jump), when blocks chain: the
    /// fall-through code runs in the same function instead of behind one
    /// more chained exit. Not in regions (members are the blocks
    /// region::scan cuts) nor without chaining (one guest block per exit
    /// for `-d exec` and tests). `lift_run` also asks [`Self::ends_indirect`].
    fn extends(&self, insn: &Insn) -> bool {
        matches!(insn.op, Op::BPcc | Op::BPr)
            && !insn.predict()
            && !insn.annul()
            && self.region.is_none()
            && !self.dyn_mode
            && self.cfg.chain.is_some()
            && self.cfg.max_insns > 1
    }

    /// Does the straight code at `pc` (at most `room` instructions) end in
    /// an indirect jump (`jmpl`, `return`)? Such a block has no direct
    /// successor, so it can be neither a region's head nor its member
    /// (region.rs keeps loops of direct branches): lifting it into its
    /// predecessor never takes a path out of a region.
    fn ends_indirect(&self, fetch: &dyn Fn(u64) -> Option<u32>, mut pc: u64, room: usize) -> bool {
        for _ in 0..room {
            let Some(w) = fetch(pc) else { return false };
            let insn = decode(w, self.cfg.flavor);
            if insn.is_cti() {
                return matches!(insn.op, Op::Jmpl | Op::Return);
            }
            pc = self.mask_pc(pc + 4);
        }
        false
    }

    /// Leave for `t` (a cold path) if `cond` holds; otherwise continue in a
    /// fresh block with the state of this point.
    fn exit_if_taken(&mut self, cond: Value, t: (Pc, Pc)) {
        let tb = self.b.create_block();
        let fb = self.b.create_block();
        self.b.set_cold_block(tb);
        self.b.ins().brif(cond, tb, &[], fb, &[]);
        self.b.seal_block(tb);
        self.b.seal_block(fb);
        self.b.switch_to_block(tb);
        let saved = self.save_flow();
        self.exit(Exit::Normal, t.0, t.1);
        self.restore_flow(saved);
        self.b.switch_to_block(fb);
    }

    fn delay_then_jump(&mut self, d: Insn, dpc: u64, target: Pc) {
        let t = self.pc_val(target);
        if self.lift_delay(d, dpc, t) {
            self.jump(t);
        }
    }

    /// Lift the delay-slot instruction `d` at `dpc`, whose nPC is `npc`.
    fn lift_delay(&mut self, d: Insn, dpc: u64, npc: Value) -> bool {
        self.insns_started += 1;
        self.delay_npc = Some(npc);
        let r = self.lift_simple(d, dpc);
        self.delay_npc = None;
        r
    }

    /// Lift a non-CTI instruction at `pc` whose successor is pc + 4. Returns
    /// false when the instruction ended the block (trap or illegal).
    fn lift_simple(&mut self, insn: Insn, pc: u64) -> bool {
        self.lift_simple_in(insn, pc, None)
    }

    /// The window part of `save` (`is_save`) or `restore`/`return`, after
    /// writing back the window registers; leaves the block on a spill/fill
    /// fault.
    fn window_op(&mut self, is_save: bool, pc: u64) -> bool {
        use cranelift_codegen::ir::BlockArg;
        self.writeback_regs(true);
        for r in 8..32 {
            if self.state[r] == RegState::Dirty {
                self.state[r] = RegState::Clean;
            }
        }
        // The registers the two windows share keep their values: the old
        // outs are the new ins after a save, the old ins the new outs after
        // a restore (in memory too, written back above, on either path).
        let (from, to) = if is_save { (8, 24) } else { (24, 8) };
        // A member's first `save` whose branches in go past its test
        // (`save_fast_block`): what the fast path uses is read there, and
        // the shared registers after the join (their variables are not
        // written in between), not before the test.
        let pre_fast = if is_save { self.save_fast_block() } else { None };
        let mut shared = [None; 8];
        for (i, v) in shared.iter_mut().enumerate() {
            if self.state[from + i] == RegState::Clean && pre_fast.is_none() {
                *v = Some(self.b.use_var(self.vars[from + i]));
            }
        }
        // A quiet leaf (region.rs `quiet_leaf`): its `save` (not in a delay
        // slot) checks for room and moves only `self.wptr`, its return
        // moves it back; `cpu`'s wbase, wptr and canrestore keep the
        // caller's values throughout, as the interpreter leaves them after
        // the pair, since nothing in between can exit or trap (after a
        // `save` canrestore >= 1, so the restore is always the inline
        // fast path: runtime windows.rs `save`). No exit sees the leaf's
        // window: the sync point is after the return.
        let fuse = is_save && self.quiet_leaf && self.delay_npc.is_none() && self.region_window_sync().is_some();
        self.quiet_leaf = false;
        if !is_save && std::mem::take(&mut self.in_quiet_leaf) {
            let wp0 = self.b.use_var(self.wptr);
            let wp = self.b.ins().iadd_imm_s(wp0, 16 * 8);
            self.forget_window(wp);
            for (i, v) in shared.into_iter().enumerate() {
                if let Some(v) = v {
                    self.b.def_var(self.vars[to + i], v);
                    self.state[to + i] = RegState::Clean;
                }
            }
            return true;
        }
        self.in_quiet_leaf = fuse;
        // Fast path inline (the window array has room, or holds the window
        // being restored); the helper spills or fills otherwise.
        let helper = if is_save { self.cfg.helpers.save } else { self.cfg.helpers.restore };
        let off_wptr = offset_of!(SparcCpu, wptr) as i32;
        let wp_in = self.b.use_var(self.wptr);
        let ok = if is_save {
            self.save_has_room(wp_in)
        } else {
            // An older window in the array (canrestore != 0).
            let rl = self.b.use_var(self.rlimit);
            self.b.ins().icmp(IntCC::UnsignedLessThan, wp_in, rl)
        };
        let fast = match pre_fast {
            Some(b) => {
                let rc = self.region.as_mut().expect("region");
                rc.save_fast[rc.current] = Some((b, true));
                b
            }
            None => self.b.create_block(),
        };
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.append_block_param(cont, I64);
        self.b.set_cold_block(slow);
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        if pre_fast.is_none() {
            self.b.seal_block(fast);
        }
        self.b.seal_block(slow);
        self.b.switch_to_block(fast);
        if fuse {
            let wp0 = self.b.use_var(self.wptr);
            let wp = self.b.ins().iadd_imm_s(wp0, -16 * 8);
            self.b.ins().jump(cont, &[BlockArg::Value(wp)]);
        } else {
            // wbase and canrestore follow from wptr (`rlimit` stays).
            let dw = if is_save { -16i64 } else { 16 };
            let wp0 = self.b.use_var(self.wptr);
            let wp = self.b.ins().iadd_imm_s(wp0, dw * 8);
            self.b.ins().store(cpu_flags(), wp, self.cpu, off_wptr);
            self.b.ins().jump(cont, &[BlockArg::Value(wp)]);
        }
        self.b.switch_to_block(slow);
        // A cold call that clobbers nothing (see crate::preserve_all).
        crate::preserve_all::call_cold(&mut self.b, CallConv::SystemV, None, helper, &[self.cpu]);
        // (It spills or fills windows only; known facts of `cpu` are not
        // kept across helpers all the same: [`CcHeld`].)
        self.cc_held = CcHeld::UNKNOWN;
        self.reload_window_state();
        let r = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, helper_status) as i32);
        let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        // The helper stored the faulting address in exit_arg already.
        let fault_block = self.b.create_block();
        self.b.set_cold_block(fault_block);
        // The new window pointer: from the fast path as computed, from the
        // helper in `cpu` (not reloaded on the fast path after the join).
        if fuse {
            // Spilled: the leaf's window is in the array; the restore
            // helper (the inline fast path: canrestore >= 1) gives `cpu`
            // back the caller's window, as the return will.
            let undo = self.b.create_block();
            self.b.set_cold_block(undo);
            self.b.ins().brif(bad, fault_block, &[], undo, &[]);
            self.b.seal_block(undo);
            self.b.switch_to_block(undo);
            let wp = self.b.ins().load(I64, cpu_flags(), self.cpu, off_wptr);
            crate::preserve_all::call_cold(&mut self.b, CallConv::SystemV, None, self.cfg.helpers.restore, &[self.cpu]);
            self.cc_held = CcHeld::UNKNOWN;
            self.reload_window_state();
            self.b.ins().jump(cont, &[BlockArg::Value(wp)]);
        } else {
            let wp = self.b.ins().load(I64, cpu_flags(), self.cpu, off_wptr);
            self.b.ins().brif(bad, fault_block, &[], cont, &[BlockArg::Value(wp)]);
        }
        self.b.seal_block(fault_block);
        self.b.seal_block(cont);
        self.b.switch_to_block(fault_block);
        {
            let saved = self.save_flow();
            self.writeback_regs(false);
            self.writeback_cc();
            self.writeback_fp(false);
            let pcv = self.k(pc);
            let npcv = match self.delay_npc {
                Some(v) => v,
                None => self.k(self.mask_pc(pc + 4)),
            };
            self.b.ins().store(cpu_flags(), pcv, self.cpu, offset_of!(SparcCpu, pc) as i32);
            self.b.ins().store(cpu_flags(), npcv, self.cpu, offset_of!(SparcCpu, npc) as i32);
            self.b.ins().return_(&[r]);
            self.restore_flow(saved);
        }
        self.b.switch_to_block(cont);
        if pre_fast.is_some() {
            // %o7 known on every way in (region.rs `RegionCtx::o7_in`)
            // stays a constant (the leaf's return a branch in the region):
            // through the join it would be a block parameter.
            let o7 = self.region.as_ref().and_then(|rc| rc.o7_used.get(rc.current).copied().flatten());
            for (i, v) in shared.iter_mut().enumerate() {
                if self.state[from + i] == RegState::Clean {
                    *v = Some(match o7 {
                        Some(c) if from + i == 15 => self.k(c),
                        _ => self.b.use_var(self.vars[from + i]),
                    });
                }
            }
        }
        let wp = self.b.block_params(cont)[0];
        self.forget_window(wp);
        for (i, v) in shared.into_iter().enumerate() {
            if let Some(v) = v {
                self.b.def_var(self.vars[to + i], v);
                self.state[to + i] = RegState::Clean;
            }
        }
        true
    }

    /// The block after the test for room of the member's first `save`,
    /// where the branches into the member go when they found room
    /// (region.rs `RegionCtx::save_fast`): only for that `save`, not yet
    /// taken this pass.
    fn save_fast_block(&self) -> Option<cranelift_codegen::ir::Block> {
        // (The branches into a member starting with a window change write
        // the window registers back, `region_edge`, so none is dirty here
        // and nothing is stored before the test; were one dirty, the
        // block would go to the member's start instead.)
        if self.insns_started != 1 || self.delay_npc.is_some() || (8..32).any(|r| self.state[r] == RegState::Dirty) {
            return None;
        }
        let rc = self.region.as_ref()?;
        match rc.save_fast.get(rc.current).copied().flatten() {
            Some((b, false)) => Some(b),
            _ => None,
        }
    }

    /// Call `extern "C" fn(cpu) -> u64` at `addr`.
    fn call_helper(&mut self, addr: u64) -> Value {
        let mut sig = Signature::new(CallConv::SystemV);
        sig.params.push(AbiParam::new(I64));
        sig.returns.push(AbiParam::new(I64));
        let sigref = self.b.import_signature(sig);
        let f = self.k(addr);
        let call = self.b.ins().call_indirect(sigref, f, &[self.cpu]);
        // It may settle the flags (`cpu.cc_op`).
        self.cc_held = CcHeld::UNKNOWN;
        self.b.inst_results(call)[0]
    }

    /// [`super::cpu::helper_settle_cc`] from a slow path (see
    /// [`crate::preserve_all`]: the hot path keeps its registers); returns
    /// the %ccr it leaves in `cpu`.
    fn call_settle_cc(&mut self) -> Value {
        let (entry, addr) = (super::cpu::settle_cc_preserve_all_addr(), super::cpu::helper_settle_cc as *const () as u64);
        crate::preserve_all::call_cold(&mut self.b, CallConv::SystemV, entry, addr, &[self.cpu]);
        // `cpu.cc_op` may be CC_OP_CCR now (`SparcCpu::settle_cc`; not
        // known past a join with a path that did not call it, as in
        // `eval_mem_cc`); b stays.
        self.cc_held.op = None;
        self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, ccr) as i32)
    }

    /// Effective address rs1 + (rs2 | simm13), masked for 32-bit code.
    fn ea(&mut self, insn: &Insn) -> Value {
        let a = self.get(insn.rs1());
        if !self.bits64 {
            // A 32-bit add: x86's 32-bit `add`/`lea` zeroes the upper half,
            // so the sum needs no `mov r32, r32` of its own (measured on
            // sparc32plus compress, 2026-12-03: `add; mov r11d, r11d`
            // before each byte load of its match loop).
            let a32 = self.b.ins().ireduce(I32, a);
            let o32 = if insn.i() {
                self.b.ins().iconst(I32, insn.simm13() as u32 as i64)
            } else if insn.rs2() == 0 {
                // `[%rs1]` (GNU as encodes it `[%rs1 + %g0]`): a constant 0,
                // not the `ireduce` of one, so that `same_low_bits` and
                // `value_key` see %rs1 and the alignment test of
                // `ld [%g1 + 8]` covers `st [%g1]` after it (bzip2's
                // ADD_CHAR loop tested %g1 twice: `test r13,3`, then
                // `test r13d,3`, sparc32plus `-d out_asm`, 2026-12-03).
                self.b.ins().iconst(I32, 0)
            } else {
                let o = self.get(insn.rs2());
                self.b.ins().ireduce(I32, o)
            };
            let s = self.b.ins().iadd(a32, o32);
            return self.b.ins().uextend(I64, s);
        }
        let o = self.operand2(insn);
        let s = self.b.ins().iadd(a, o);
        self.ea_sum = Some((s, a, o));
        s
    }

    /// Is `v` below 2^32, seen from its definition (a zero extension from
    /// 32 bits or less, a mask below 2^32, a shift right by 32 or more, a
    /// narrow load, a constant)?
    fn below_2_32(&self, v: Value) -> bool {
        use cranelift_codegen::ir::{InstructionData, Opcode, ValueDef};
        if self.ext_kind(v).1 {
            return true;
        }
        let dfg = &self.b.func.dfg;
        let v = dfg.resolve_aliases(v);
        let ValueDef::Result(inst, _) = dfg.value_def(v) else { return false };
        match dfg.insts[inst] {
            InstructionData::Binary { opcode: Opcode::Ushr, args } => self.const_of(args[1]).is_some_and(|c| c & 63 >= 32),
            InstructionData::Load { opcode: Opcode::Uload16 | Opcode::Uload32, .. } => true,
            _ => false,
        }
    }

    /// Host address of guest address `ea` after checking alignment `size`.
    fn host_addr(&mut self, ea: Value, size: u64, pc: u64) -> Value {
        if self.precise_all || self.loaded_since_sync {
            self.sync_for_access(pc);
        } else {
            // Only stores since the last sync point: replaying them writes
            // the same values again, so no load can see a difference and
            // this store need not write the state back either.
            self.tag_replay(pc);
        }
        self.host_addr_tagged(ea, size, pc)
    }

    /// As [`Self::host_addr`] for a plain load: nothing is written back
    /// (see [`Self::tag_load`]).
    fn host_addr_load(&mut self, ea: Value, size: u64, pc: u64) -> Value {
        self.tag_load(pc);
        self.host_addr_tagged(ea, size, pc)
    }

    fn host_addr_tagged(&mut self, ea: Value, size: u64, pc: u64) -> Value {
        let mask = self.cfg.space_mask;
        if mask == u64::MAX {
            // No confinement mask (a host-sized space): check alignment.
            if size > 1 {
                let low = self.b.ins().band_imm_s(ea, (size - 1) as i64);
                let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, low, 0);
                self.trap_if(bad, Exit::Unaligned, ea, pc);
            }
            return self.b.ins().iadd(self.membase, ea);
        }
        let split = match self.ea_sum {
            // `[%base + %idx]` with %idx known below 2^32 (C's 32-bit
            // unsigned indices, `srl %g2, 0, %g2`): off = (base & mask) +
            // idx, whose first part is loop-invariant when base is.
            // It is below mask + 2^32 + 1, inside the reservation
            // (mem::reservation_size: 8 spaces, PROT_NONE above the
            // first); when base + idx wraps past the space it lands
            // there, faults, and the runtime runs the access in the
            // interpreter (exec.rs `replay_past_space`). sparc64 bzip2's
            // mainGtU, 2026-12-04 `-d out_asm`: `lea; add; and rax,[rel
            // mask]; movzx` per byte before.
            // A base known to wrap (a negative constant, as `mov -8, %g1;
            // ldx [%g1 + %o2]`) stays as it was: every access would run
            // in the interpreter.
            Some((s, a, o)) if s == ea && mask > 0xffff_ffff => {
                let wraps = |l: &Self, b: Value| l.const_of(b).is_some_and(|c| (c & mask) > mask - (1 << 32));
                if self.below_2_32(o) && !wraps(self, a) {
                    Some((a, o))
                } else if self.below_2_32(a) && !wraps(self, o) {
                    Some((o, a))
                } else {
                    None
                }
            }
            _ => None,
        };
        // (membase + (base & mask)) + idx: the sum in the parentheses is
        // hoisted out of a loop where base is invariant, and the access is
        // one `movzx r, [rX + rIdx]` (Cranelift does not reassociate it).
        let off = if mask == 0xffff_ffff {
            Off::Whole(self.zext32(ea))
        } else if let Some((base, idx)) = split {
            Off::Split(self.b.ins().band_imm_s(base, mask as i64), idx)
        } else {
            Off::Whole(self.b.ins().band_imm_s(ea, mask as i64))
        };
        let off = if size > 8 {
            let low = self.b.ins().band_imm_s(ea, (size - 1) as i64);
            let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, low, 0);
            self.trap_if(bad, Exit::Unaligned, ea, pc);
            off
        } else if size > 1 {
            // A misaligned access traps (`trapnz`: a test and a
            // not-taken branch to a ud2 at the end of the function, tagged
            // like the access itself; no block, no cold code to compile):
            // the runtime turns it into SIGBUS (BUS_ADRALN) at this guest
            // pc, with the address the interpreter finds when it runs the
            // access again (from the sync point, or the exact state).
            let src = self.same_low_bits(ea, size, false);
            // The same low bits through shifted indices too (`[%i0 + %l5]`
            // after `sll %l5, 4, %l5`: %i0's): known aligned when that is,
            // and so once `src` is tested. The test stays on `src`: testing
            // the register before the sum keeps both alive where nothing
            // else tests it (region_switch_interp 228 -> 231 when it did).
            let base = self.same_low_bits(ea, size, true);
            // Known from a check earlier in this Cranelift block:
            // `ld [%o0]; st [%o0 + 4]` tests %o0 once, and
            // `ld [%fp + 0x757]; st [%fp + 0x75b]` tests %fp + 0x757 once.
            let here = self.b.current_block();
            if self.aligned.0 != here {
                self.aligned = (here, Vec::new());
            }
            let keys = [self.value_key(src), self.value_key(base)];
            let known = |&(key, k): &((Value, Value), u64), l: &Self| {
                l.aligned.1.iter().any(|&(v, c, a)| v == key && a >= size && k.wrapping_sub(c) & (size - 1) == 0)
            };
            if keys.iter().any(|x| known(x, self)) {
                return self.host_of_off(off);
            }
            let low = self.b.ins().band_imm_s(src, (size - 1) as i64);
            self.b.ins().trapnz(low, cranelift_codegen::ir::TrapCode::unwrap_user(MISALIGNED_TRAP));
            for (key, k) in keys {
                self.aligned.1.push((key, k, size));
            }
            off
        } else {
            off
        };
        self.host_of_off(off)
    }

    /// membase + off, off either whole or (base & mask, idx).
    fn host_of_off(&mut self, off: Off) -> Value {
        let mb = self.membase_here();
        match off {
            Off::Whole(off) => self.b.ins().iadd(mb, off),
            Off::Split(b, idx) => {
                let h = self.b.ins().iadd(mb, b);
                self.b.ins().iadd(h, idx)
            }
        }
    }

    fn membase_here(&mut self) -> Value {
        if !self.membase_reload {
            return self.membase;
        }
        self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, membase) as i32)
    }

    /// The endianness of an alternate-space access: Some(big) for an ASI we
    /// know statically, None for %asi (checked at run time by the caller).
    fn asi_static(&self, insn: &Insn) -> Option<Result<bool, ()>> {
        if insn.i() {
            return None;
        }
        Some(asi_endianness(insn.imm_asi()))
    }

    /// Load `size` bytes at `host` with the guest's byte order, extended to
    /// 64 bits. (Cranelift's x86 backend has no big-endian loads: a native
    /// load plus `bswap`.)
    fn load_int(&mut self, size: u8, signed: bool, host: Value, big: bool) -> Value {
        let f = MemFlagsData::new();
        let ty = int_ty(size);
        if size == 1 {
            // One extending load (movzx/movsx from memory): a separate
            // extension may be placed in another block than the load,
            // which then stays a load of its own.
            return if signed { self.b.ins().sload8(I64, f, host, 0) } else { self.b.ins().uload8(I64, f, host, 0) };
        }
        let mut v = self.b.ins().load(ty, f, host, 0);
        if big && size > 1 {
            v = self.b.ins().bswap(v);
        }
        if ty == I64 {
            v
        } else if signed {
            self.b.ins().sextend(I64, v)
        } else {
            self.b.ins().uextend(I64, v)
        }
    }

    /// Store the low `size` bytes of `v` at `host` in the guest's byte order.
    fn store_int(&mut self, size: u8, v: Value, host: Value, big: bool) {
        let f = MemFlagsData::new();
        let ty = int_ty(size);
        let mut n = if ty == I64 { v } else { self.b.ins().ireduce(ty, v) };
        if big && size > 1 {
            n = self.b.ins().bswap(n);
        }
        self.b.ins().store(f, n, host, 0);
    }

    /// Resolve the ASI of an alternate-space access: Ok(Some(big)) static,
    /// Ok(None) dynamic little flag in the returned value; Err: the block ended.
    fn asi_of(&mut self, insn: &Insn, pc: u64) -> Result<AsiSel, ()> {
        if self.cfg.flavor == Flavor::V8 {
            // V8: alternate-space accesses are privileged; with i = 1 they
            // are illegal (V8 manual B.1, B.4).
            let w = self.k(insn.word as u64);
            let why = if insn.i() { Exit::Illegal } else { Exit::Privileged };
            self.exit_with_arg(why, w, pc);
            return Err(());
        }
        match self.asi_static(insn) {
            Some(Ok(big)) => Ok(AsiSel::Static(big)),
            Some(Err(())) => {
                let w = self.k(insn.word as u64);
                self.exit_with_arg(Exit::Privileged, w, pc);
                Err(())
            }
            None => {
                let asi = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, asi) as i32);
                // Valid user ASIs: 0x80-0x83 and 0x88-0x8b.
                let m = self.b.ins().band_imm_s(asi, !0x0b_i64);
                let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, m, 0x80);
                let w = self.k(insn.word as u64);
                self.trap_if(bad, Exit::Privileged, w, pc);
                let little = self.b.ins().band_imm_s(asi, 8);
                let little = self.b.ins().icmp_imm_s(IntCC::NotEqual, little, 0);
                Ok(AsiSel::Dynamic(little))
            }
        }
    }

    /// A store or atomic through a no-fault ASI (0x82 0x83 0x8a 0x8b) is a
    /// data_access_exception, which Linux turns into SIGSEGV at the address
    /// (arch/sparc/kernel/traps_64.c: is_no_fault_exception lets only loads
    /// through). Emits that check for the access at `ea`; false when it
    /// always faults (the block ended here).
    pub(crate) fn nf_store_check(&mut self, insn: &Insn, ea: Value, size: u64, pc: u64) -> bool {
        // mem_address_not_aligned outranks data_access_exception (V9 7.6.2).
        let misaligned = (size > 1).then(|| {
            let a = self.b.ins().band_imm_s(ea, size as i64 - 1);
            self.b.ins().icmp_imm_s(IntCC::NotEqual, a, 0)
        });
        if !insn.i() {
            if insn.imm_asi() & 0xf6 == 0x82 {
                if let Some(m) = misaligned {
                    self.trap_if(m, Exit::Unaligned, ea, pc);
                }
                self.exit_with_arg(Exit::Fault, ea, pc);
                return false;
            }
            return true;
        }
        let asi = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, asi) as i32);
        let m = self.b.ins().band_imm_s(asi, 0xf6);
        let mut nf = self.b.ins().icmp_imm_s(IntCC::Equal, m, 0x82);
        if let Some(mis) = misaligned {
            // A misaligned access faults as such at the access itself.
            let aligned = self.b.ins().bxor_imm_s(mis, 1);
            nf = self.b.ins().band(nf, aligned);
        }
        self.trap_if(nf, Exit::Fault, ea, pc);
        true
    }

    /// Byte-swap `v` (of `size` bytes, in the low bits of an i64) when `little`.
    fn swap_if(&mut self, v: Value, size: u8, little: Value, signed: bool) -> Value {
        if size == 1 {
            return v;
        }
        let ty = match size {
            2 => cranelift_codegen::ir::types::I16,
            4 => I32,
            _ => I64,
        };
        let n = if ty == I64 { v } else { self.b.ins().ireduce(ty, v) };
        let s = self.b.ins().bswap(n);
        let s = if ty == I64 {
            s
        } else if signed {
            self.b.ins().sextend(I64, s)
        } else {
            self.b.ins().uextend(I64, s)
        };
        self.b.ins().select(little, s, v)
    }

    /// Convert `v` (an I32 or I64 of `size` bytes) between register order
    /// and the memory order of the ASI `sel` (the same swap both ways).
    fn asi_order(&mut self, v: Value, size: u8, sel: AsiSel) -> Value {
        let _ = size;
        match sel {
            AsiSel::Static(true) => self.b.ins().bswap(v),
            AsiSel::Static(false) => v,
            AsiSel::Dynamic(little) => {
                let s = self.b.ins().bswap(v);
                self.b.ins().select(little, v, s)
            }
        }
    }

    /// From an instruction the interpreter cannot replay exactly on, every
    /// access writes the state back (no [`FaultPoint::Replay`] across it):
    /// FP instructions that change `cpu` directly (fp.rs `fp_forces_precise`),
    /// window changes and %tick.
    fn note_replayable(&mut self, insn: &Insn) {
        // (save and restore outside delay slots make the point after them
        // a sync point instead: see lift_simple_in; in a region too,
        // through `cpu.sync_pc`.)
        let region = self.region.is_some() && !self.dyn_mode;
        let window = match insn.op {
            Op::Save | Op::Restore if region && self.region_window_sync().is_some() => false,
            Op::Save | Op::Restore => self.delay_npc.is_some() || self.dyn_mode || self.sync.is_none(),
            // (Decided after the window change: cti_target.)
            Op::Return if region => false,
            Op::Return | Op::Flushw => true,
            _ => false,
        };
        if window && region {
            // The rest of this member (a delay slot, exits) leaves the
            // region, its accesses syncing; the other members keep the
            // region's replay (region.rs resets `precise_all`).
            self.window_left = true;
        }
        // FP state lives in variables written back at sync points like the
        // integer registers, except around the instructions that change it
        // in `cpu` directly (fp.rs).
        let replayable = super::interp::supported(insn)
            && !fp_forces_precise(insn)
            && !window
            && !(insn.op == Op::Rdasr && insn.rs1() == 4);
        if !replayable {
            self.precise_all = true;
        }
    }

    /// In a region, the pc after a `save` or `restore` being lifted (the
    /// sync point after it) when known: pc + 4, or in a delay slot the
    /// constant the branch goes to (`ret; restore` of an inlined callee,
    /// `call f; restore`). None: the member's exits leave the region
    /// (`window_left`).
    fn region_window_sync(&self) -> Option<u64> {
        if self.region.is_none() || self.dyn_mode {
            return None;
        }
        match self.delay_npc {
            None => Some(0),
            Some(v) => self.const_of(v),
        }
    }

    fn lift_simple_in(&mut self, insn: Insn, pc: u64, _dyn_npc: Option<Value>) -> bool {
        self.note_replayable(&insn);
        let rd = insn.rd();
        match insn.op {
            Op::Sethi => {
                if rd != 0 {
                    let v = self.k((insn.imm22() as u64) << 10);
                    self.set(rd, v);
                }
            }
            Op::Add | Op::Addcc | Op::Addc | Op::Addccc => {
                let a = self.get(insn.rs1());
                let o = self.operand2(&insn);
                let mut r = self.b.ins().iadd(a, o);
                if matches!(insn.op, Op::Addc | Op::Addccc) {
                    let c = self.icc_carry();
                    r = self.b.ins().iadd(r, c);
                }
                if matches!(insn.op, Op::Addcc | Op::Addccc) {
                    self.set_cc(Cc::Add(a, o, r));
                }
                self.set(rd, r);
            }
            Op::Sub | Op::Subcc | Op::Subc | Op::Subccc => {
                let a = self.get(insn.rs1());
                let o = self.operand2(&insn);
                let mut r = self.b.ins().isub(a, o);
                let with_carry = matches!(insn.op, Op::Subc | Op::Subccc);
                if with_carry {
                    let c = self.icc_carry();
                    r = self.b.ins().isub(r, c);
                }
                match insn.op {
                    Op::Subcc => self.set_cc(Cc::Sub(a, o, r)),
                    Op::Subccc => {
                        // The borrow formula uses r, so it holds with a borrow in.
                        let v = self.flags_sub(a, o, r);
                        self.set_cc(Cc::Val(v));
                    }
                    _ => {}
                }
                self.set(rd, r);
            }
            Op::And | Op::Andcc | Op::Or | Op::Orcc | Op::Xor | Op::Xorcc | Op::Andn | Op::Andncc | Op::Orn
            | Op::Orncc | Op::Xnor | Op::Xnorcc => {
                let a = self.get(insn.rs1());
                let o = self.operand2(&insn);
                let r = match insn.op {
                    Op::And | Op::Andcc => self.b.ins().band(a, o),
                    Op::Or | Op::Orcc => self.b.ins().bor(a, o),
                    Op::Xor | Op::Xorcc => self.b.ins().bxor(a, o),
                    Op::Andn | Op::Andncc => self.b.ins().band_not(a, o),
                    Op::Orn | Op::Orncc => self.b.ins().bor_not(a, o),
                    _ => {
                        let x = self.b.ins().bxor(a, o);
                        self.b.ins().bnot(x)
                    }
                };
                if matches!(insn.op, Op::Andcc | Op::Orcc | Op::Xorcc | Op::Andncc | Op::Orncc | Op::Xnorcc) {
                    self.set_cc(Cc::Logic(r));
                }
                self.set(rd, r);
            }
            Op::Mulx => {
                let a = self.get(insn.rs1());
                let o = self.operand2(&insn);
                let r = self.b.ins().imul(a, o);
                self.set(rd, r);
            }
            Op::Umul | Op::Smul | Op::Umulcc | Op::Smulcc => {
                let a = self.get(insn.rs1());
                let o = self.operand2(&insn);
                let signed = matches!(insn.op, Op::Smul | Op::Smulcc);
                let a32 = self.b.ins().ireduce(I32, a);
                let o32 = self.b.ins().ireduce(I32, o);
                let (a, o) = if signed {
                    (self.b.ins().sextend(I64, a32), self.b.ins().sextend(I64, o32))
                } else {
                    (self.b.ins().uextend(I64, a32), self.b.ins().uextend(I64, o32))
                };
                let r = self.b.ins().imul(a, o);
                let y = self.b.ins().ushr_imm_s(r, 32);
                self.b.ins().store(cpu_flags(), y, self.cpu, offset_of!(SparcCpu, y) as i32);
                if matches!(insn.op, Op::Umulcc | Op::Smulcc) {
                    self.set_cc(Cc::Logic(r));
                }
                self.set(rd, r);
            }
            Op::Udivx | Op::Sdivx => {
                let a = self.get(insn.rs1());
                let o = self.operand2(&insn);
                let z = self.b.ins().icmp_imm_s(IntCC::Equal, o, 0);
                let w = self.k(insn.word as u64);
                self.trap_if(z, Exit::DivZero, w, pc);
                let r = if insn.op == Op::Udivx {
                    self.b.ins().udiv(a, o)
                } else {
                    // INT64_MIN / -1 would trap on the host; SPARC gives INT64_MIN.
                    let m1 = self.b.ins().icmp_imm_s(IntCC::Equal, o, -1);
                    let one = self.k(1);
                    let d = self.b.ins().select(m1, one, o);
                    let q = self.b.ins().sdiv(a, d);
                    let n = self.b.ins().ineg(a);
                    self.b.ins().select(m1, n, q)
                };
                self.set(rd, r);
            }
            Op::Udiv | Op::Sdiv | Op::Udivcc | Op::Sdivcc => {
                let a = self.get(insn.rs1());
                let o = self.operand2(&insn);
                let signed = matches!(insn.op, Op::Sdiv | Op::Sdivcc);
                let y = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, y) as i32);
                let hi = self.b.ins().ishl_imm_s(y, 32);
                let lo = self.zext32(a);
                let x0 = self.b.ins().bor(hi, lo);
                let o32 = self.b.ins().ireduce(I32, o);
                let x1 = if signed { self.b.ins().sextend(I64, o32) } else { self.b.ins().uextend(I64, o32) };
                let z = self.b.ins().icmp_imm_s(IntCC::Equal, x1, 0);
                let w = self.k(insn.word as u64);
                self.trap_if(z, Exit::DivZero, w, pc);
                let (r, ovf) = if signed {
                    let m1 = self.b.ins().icmp_imm_s(IntCC::Equal, x1, -1);
                    let one = self.k(1);
                    let d = self.b.ins().select(m1, one, x1);
                    let q = self.b.ins().sdiv(x0, d);
                    let n = self.b.ins().ineg(x0);
                    let q = self.b.ins().select(m1, n, q);
                    // x0 = INT64_MIN, x1 = -1 gives INT64_MIN here: also out of range.
                    let max = self.k(0x7fff_ffff);
                    let min = self.k(0xffff_ffff_8000_0000);
                    let hi_ovf = self.b.ins().icmp(IntCC::SignedGreaterThan, q, max);
                    let lo_ovf = self.b.ins().icmp(IntCC::SignedLessThan, q, min);
                    let min_case = self.b.ins().icmp_imm_s(IntCC::Equal, x0, i64::MIN);
                    let mc = self.b.ins().band(min_case, m1);
                    let hi_ovf = self.b.ins().bor(hi_ovf, mc);
                    let lo_ovf2 = self.b.ins().bxor_imm_s(mc, 1);
                    let lo_ovf = self.b.ins().band(lo_ovf, lo_ovf2);
                    let r = self.b.ins().select(hi_ovf, max, q);
                    let r = self.b.ins().select(lo_ovf, min, r);
                    let ovf = self.b.ins().bor(hi_ovf, lo_ovf);
                    (r, ovf)
                } else {
                    let q = self.b.ins().udiv(x0, x1);
                    let max = self.k(0xffff_ffff);
                    let ovf = self.b.ins().icmp(IntCC::UnsignedGreaterThan, q, max);
                    (self.b.ins().select(ovf, max, q), ovf)
                };
                if matches!(insn.op, Op::Udivcc | Op::Sdivcc) {
                    // icc.V = overflow, C = 0; xcc V = C = 0 (A.10).
                    let nz = self.nz_bits(r);
                    let v = self.b.ins().uextend(I64, ovf);
                    let v = self.b.ins().ishl_imm_s(v, 1);
                    let ccr = self.b.ins().bor(nz, v);
                    self.set_cc(Cc::Val(ccr));
                }
                self.set(rd, r);
            }
            Op::Taddcc | Op::Tsubcc | Op::Taddcctv | Op::Tsubcctv => {
                let a = self.get(insn.rs1());
                let o = self.operand2(&insn);
                let add = matches!(insn.op, Op::Taddcc | Op::Taddcctv);
                let r = if add { self.b.ins().iadd(a, o) } else { self.b.ins().isub(a, o) };
                let ccr = if add { self.flags_add(a, o, r) } else { self.flags_sub(a, o, r) };
                // icc.V also set when either operand's tag (low two bits) is non-zero.
                let tags = self.b.ins().bor(a, o);
                let tags = self.b.ins().band_imm_s(tags, 3);
                let t = self.b.ins().icmp_imm_s(IntCC::NotEqual, tags, 0);
                let t = self.b.ins().uextend(I64, t);
                let t = self.b.ins().ishl_imm_s(t, 1);
                let ccr = self.b.ins().bor(ccr, t);
                if matches!(insn.op, Op::Taddcctv | Op::Tsubcctv) {
                    let v = self.b.ins().band_imm_s(ccr, CC_V as i64);
                    let w = self.k(insn.word as u64);
                    self.trap_if(v, Exit::TagOverflow, w, pc);
                }
                self.set_cc(Cc::Val(ccr));
                self.set(rd, r);
            }
            Op::Mulscc => {
                // V8 multiply step (A.38): op1 = (N ^ V) : rs1[31:1]; op2 = Y[0] ? operand : 0.
                let a = self.get(insn.rs1());
                let o = self.operand2(&insn);
                let ccr = self.ccr_value();
                let n = self.bit_to(ccr, 3, 0);
                let v = self.bit_to(ccr, 1, 0);
                let nv = self.b.ins().bxor(n, v);
                let nv = self.b.ins().ishl_imm_s(nv, 31);
                let a32 = self.zext32(a);
                let sh = self.b.ins().ushr_imm_s(a32, 1);
                let op1 = self.b.ins().bor(nv, sh);
                let y = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, y) as i32);
                let y0 = self.b.ins().band_imm_s(y, 1);
                let y0b = self.b.ins().icmp_imm_s(IntCC::NotEqual, y0, 0);
                let o32 = self.zext32(o);
                let zero = self.k(0);
                let op2 = self.b.ins().select(y0b, o32, zero);
                let sum = self.b.ins().iadd(op1, op2);
                let r = self.zext32(sum);
                // Y <- rs1[0] : Y[31:1]
                let a0 = self.b.ins().band_imm_s(a, 1);
                let a0 = self.b.ins().ishl_imm_s(a0, 31);
                let y32 = self.zext32(y);
                let ysh = self.b.ins().ushr_imm_s(y32, 1);
                let ny = self.b.ins().bor(a0, ysh);
                self.b.ins().store(cpu_flags(), ny, self.cpu, offset_of!(SparcCpu, y) as i32);
                // The 64-bit flags come from the zero-extended 32-bit operands.
                let f = self.flags_add(op1, op2, sum);
                self.set_cc(Cc::Val(f));
                self.set(rd, r);
            }
            Op::Sll | Op::Srl | Op::Sra | Op::Sllx | Op::Srlx | Op::Srax => {
                let a = self.get(insn.rs1());
                let cnt = if insn.i() {
                    self.k(insn.shcnt() as u64)
                } else {
                    let c = self.get(insn.rs2());
                    let m = if insn.shift_x() { 63 } else { 31 };
                    self.b.ins().band_imm_s(c, m)
                };
                let r = match insn.op {
                    Op::Sll | Op::Sllx => self.b.ins().ishl(a, cnt),
                    Op::Srlx => self.b.ins().ushr(a, cnt),
                    Op::Srax => self.b.ins().sshr(a, cnt),
                    Op::Srl if insn.i() && insn.shcnt() == 0 => self.zext32(a),
                    Op::Srl => {
                        // A 32-bit shift (x86 zero-extends its result).
                        let a32 = self.b.ins().ireduce(I32, a);
                        let r32 = self.b.ins().ushr(a32, cnt);
                        self.b.ins().uextend(I64, r32)
                    }
                    _ => {
                        let a32 = self.b.ins().ireduce(I32, a);
                        let a64 = self.b.ins().sextend(I64, a32);
                        self.b.ins().sshr(a64, cnt)
                    }
                };
                self.set(rd, r);
            }
            Op::Popc => {
                let o = self.operand2(&insn);
                let r = self.b.ins().popcnt(o);
                self.set(rd, r);
            }
            Op::Movcc => {
                let cc = insn.movcc_cc();
                if cc & 4 == 0 {
                    // MOVcc on %fccN.
                    return self.lift_fp(insn, pc);
                }
                let c = self.cond(insn.movcc_cond(), cc == 6);
                let o = if insn.i() { self.k(insn.simm11() as u64) } else { self.get(insn.rs2()) };
                let old = self.get(rd);
                let r = self.b.ins().select(c, o, old);
                self.set(rd, r);
            }
            Op::Movr => {
                let v = self.get(insn.rs1());
                let c = self.rcond(insn.rcond_movr(), v);
                let o = if insn.i() { self.k(insn.simm10() as u64) } else { self.get(insn.rs2()) };
                let old = self.get(rd);
                let r = self.b.ins().select(c, o, old);
                self.set(rd, r);
            }
            Op::Rdasr => {
                let v = match insn.rs1() {
                    0 => Some(self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, y) as i32)),
                    2 => Some(self.ccr_value()),
                    3 => Some(self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, asi) as i32)),
                    4 => {
                        let helper = self.cfg.helpers.tick;
                        Some(self.call_helper(helper))
                    }
                    5 => Some(self.k(pc)),
                    6 => Some(self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, fprs) as i32)),
                    19 => self.read_gsr(),
                    _ => None,
                };
                match v {
                    Some(v) => self.set(rd, v),
                    None => {
                        let w = self.k(insn.word as u64);
                        self.exit_with_arg(Exit::Illegal, w, pc);
                        return false;
                    }
                }
            }
            Op::Wrasr => {
                let a = self.get(insn.rs1());
                let o = self.operand2(&insn);
                let v = self.b.ins().bxor(a, o);
                match rd {
                    0 => {
                        let v = self.zext32(v);
                        self.b.ins().store(cpu_flags(), v, self.cpu, offset_of!(SparcCpu, y) as i32);
                    }
                    2 => {
                        let v = self.b.ins().band_imm_s(v, 0xff);
                        self.set_cc(Cc::Val(v));
                    }
                    3 => {
                        let v = self.b.ins().band_imm_s(v, 0xff);
                        self.b.ins().store(cpu_flags(), v, self.cpu, offset_of!(SparcCpu, asi) as i32);
                    }
                    6 => {
                        let v = self.b.ins().band_imm_s(v, 7);
                        self.b.ins().store(cpu_flags(), v, self.cpu, offset_of!(SparcCpu, fprs) as i32);
                        // The next FP write sets DL/DU again (fp.rs sets
                        // them once per block).
                        self.fprs_dirty = 0;
                    }
                    19 if self.write_gsr(v) => {}
                    _ => {
                        let w = self.k(insn.word as u64);
                        self.exit_with_arg(Exit::Illegal, w, pc);
                        return false;
                    }
                }
            }
            Op::Membar => {
                // x86 is TSO: only #StoreLoad (mmask bit 1) and #Sync (cmask
                // bit 2, 0x40) need a real fence.
                if insn.membar_mask() & 0x42 != 0 {
                    self.b.ins().fence();
                }
            }
            Op::Stbar | Op::Prefetch { .. } | Op::Flush => {
                // Stores are ordered on x86; prefetches are hints. `flush` of
                // modified code is handled by the cache invalidation work.
                if let Op::Prefetch { alt: true } = insn.op {
                    // Alternate-space prefetch: still only a hint.
                }
            }
            Op::Save | Op::Restore => {
                // With the block after its test taken by branches in
                // (`save_fast_block`), nothing before the test may be used
                // after it: the sum is of the new window's ins.
                let after = insn.op == Op::Save && self.save_fast_block().is_some();
                let r = if after {
                    None
                } else {
                    let a = self.get(insn.rs1());
                    let o = self.operand2(&insn);
                    Some(self.b.ins().iadd(a, o))
                };
                if !self.window_op(insn.op == Op::Save, pc) {
                    return false;
                }
                let r = match r {
                    Some(r) => r,
                    None => {
                        let ins = |x: u32| if x >= 8 { x + 16 } else { x };
                        let a = self.get(ins(insn.rs1()));
                        let o = if insn.i() { self.b.ins().iconst(I64, insn.simm13()) } else { self.get(ins(insn.rs2())) };
                        self.b.ins().iadd(a, o)
                    }
                };
                self.set(rd, r);
                // A replay must not run the window change again: later
                // accesses replay from the point after it (the window
                // registers are in memory already; globals and flags are
                // written here), not every one of them writes the state.
                if self.in_quiet_leaf && insn.op == Op::Save {
                    // A fused `save`: nothing can exit before the return,
                    // the sync point.
                } else if let Some(next) = self.region_window_sync() {
                    // A region's sync point is in `cpu.sync_pc`: the next
                    // pc (nPC = pc + 4).
                    let next = if self.delay_npc.is_none() { self.mask_pc(pc.wrapping_add(4)) } else { next };
                    self.writeback_all();
                    let v = self.k(next);
                    self.b.ins().store(cpu_flags(), v, self.cpu, offset_of!(SparcCpu, sync_pc) as i32);
                } else {
                    self.sync_after(pc);
                }
            }
            Op::Flushw => {
                self.writeback_regs(true);
                for r in 8..32 {
                    if self.state[r] == RegState::Dirty {
                        self.state[r] = RegState::Clean;
                    }
                }
                let h = self.cfg.helpers.flushw;
                let r = self.call_helper(h);
                let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                let a = self.b.ins().load(I64, cpu_flags(), self.cpu, offset_of!(SparcCpu, exit_arg) as i32);
                self.trap_if(bad, Exit::Fault, a, pc);
                self.reload_window();
            }
            Op::Tcc => {
                let c = if insn.cond() == 8 {
                    None
                } else {
                    Some(self.cond(insn.cond(), insn.tcc_cc() == 2))
                };
                let a = self.get(insn.rs1());
                let o = if insn.i() { self.k(insn.trap_imm() as u64) } else { self.get(insn.rs2()) };
                let t = self.b.ins().iadd(a, o);
                let t = self.b.ins().band_imm_s(t, 0x7f);
                match c {
                    None => {
                        self.exit_with_arg(Exit::Trap, t, pc);
                        return false;
                    }
                    Some(c) => self.trap_if(c, Exit::Trap, t, pc),
                }
            }
            Op::Load { size, signed, alt } => {
                let ea = self.ea(&insn);
                let chk = if alt { size as u64 } else { self.align_to_test(&insn, size as u64) };
                let host = self.host_addr_load(ea, chk, pc);
                let v = if alt {
                    match self.asi_of(&insn, pc) {
                        Err(()) => return false,
                        Ok(AsiSel::Static(big)) => self.load_int(size, signed, host, big),
                        Ok(AsiSel::Dynamic(little)) => {
                            let v = self.load_int(size, signed, host, true);
                            // Reload little-endian: load LE and select.
                            let le = self.load_int(size, signed, host, false);
                            self.b.ins().select(little, le, v)
                        }
                    }
                } else {
                    self.load_int(size, signed, host, true)
                };
                self.set(rd, v);
            }
            Op::Store { size, alt } => {
                let ea = self.ea(&insn);
                let chk = if alt { size as u64 } else { self.align_to_test(&insn, size as u64) };
                let host = self.host_addr(ea, chk, pc);
                let v = self.get(rd);
                if alt {
                    let sel = self.asi_of(&insn, pc);
                    if sel.is_ok() && !self.nf_store_check(&insn, ea, size as u64, pc) {
                        return false;
                    }
                    match sel {
                        Err(()) => return false,
                        Ok(AsiSel::Static(big)) => self.store_int(size, v, host, big),
                        Ok(AsiSel::Dynamic(little)) => {
                            let s = self.swap_if(v, size, little, false);
                            self.store_int(size, s, host, true);
                        }
                    }
                } else {
                    self.store_int(size, v, host, true);
                }
            }
            Op::Ldd { alt } | Op::Std { alt } => {
                let ea = self.ea(&insn);
                let host = if matches!(insn.op, Op::Ldd { .. }) {
                    self.host_addr_load(ea, 8, pc)
                } else {
                    self.host_addr(ea, 8, pc)
                };
                let sel = if alt {
                    match self.asi_of(&insn, pc) {
                        Err(()) => return false,
                        Ok(s) => s,
                    }
                } else {
                    AsiSel::Static(true)
                };
                if alt && matches!(insn.op, Op::Std { .. }) && !self.nf_store_check(&insn, ea, 8, pc) {
                    return false;
                }
                // Each word in the ASI's byte order; the lower address goes
                // to (comes from) the even register either way (A.27).
                let f = MemFlagsData::new();
                if let Op::Ldd { .. } = insn.op {
                    for (k, r) in [(0, rd), (4, rd | 1)] {
                        let raw = self.b.ins().load(I32, f, host, k);
                        let w = self.asi_order(raw, 4, sel);
                        let w = self.b.ins().uextend(I64, w);
                        self.set(r, w);
                    }
                } else {
                    for (k, r) in [(0, rd), (4, rd | 1)] {
                        let v = self.get(r);
                        let w = self.b.ins().ireduce(I32, v);
                        let raw = self.asi_order(w, 4, sel);
                        self.b.ins().store(f, raw, host, k);
                    }
                }
            }
            Op::Ldstub { alt } | Op::Swap { alt } => {
                let sel = if alt {
                    match self.asi_of(&insn, pc) {
                        Err(()) => return false,
                        Ok(s) => s,
                    }
                } else {
                    AsiSel::Static(true)
                };
                let ea = self.ea(&insn);
                let is_swap = matches!(insn.op, Op::Swap { .. });
                if alt && !self.nf_store_check(&insn, ea, if is_swap { 4 } else { 1 }, pc) {
                    return false;
                }
                let host = self.host_addr(ea, if is_swap { 4 } else { 1 }, pc);
                let f = MemFlagsData::new();
                if is_swap {
                    // swapa honours the ASI's byte order (A.57).
                    let v = self.get(rd);
                    let v32 = self.b.ins().ireduce(I32, v);
                    let v32 = self.asi_order(v32, 4, sel);
                    let old = self.b.ins().atomic_rmw(I32, f, cranelift_codegen::ir::AtomicRmwOp::Xchg, host, v32);
                    let old = self.asi_order(old, 4, sel);
                    let old = self.b.ins().uextend(I64, old);
                    self.set(rd, old);
                } else {
                    let ff = self.b.ins().iconst(I8, 0xff);
                    let old = self.b.ins().atomic_rmw(I8, f, cranelift_codegen::ir::AtomicRmwOp::Xchg, host, ff);
                    let old = self.b.ins().uextend(I64, old);
                    self.set(rd, old);
                }
            }
            Op::Cas { x } => {
                let sel = match self.asi_of(&insn, pc) {
                    Err(()) => return false,
                    Ok(s) => s,
                };
                // casa [rs1] asi, rs2, rd: no offset operand.
                let ea = self.get(insn.rs1());
                let ea = self.mask_addr(ea);
                if !self.nf_store_check(&insn, ea, if x { 8 } else { 4 }, pc) {
                    return false;
                }
                let size = if x { 8 } else { 4 };
                let host = self.host_addr(ea, size, pc);
                let cmp = self.get(insn.rs2());
                let new = self.get(rd);
                let ty = if x { I64 } else { I32 };
                let (c, n) = if x { (cmp, new) } else { (self.b.ins().ireduce(I32, cmp), self.b.ins().ireduce(I32, new)) };
                // In memory order: casa/casxa honour a little-endian ASI,
                // also when it comes from %asi (A.9).
                let size = if x { 8 } else { 4 };
                let c = self.asi_order(c, size, sel);
                let n = self.asi_order(n, size, sel);
                let old = self.b.ins().atomic_cas(MemFlagsData::new(), host, c, n);
                let old = self.asi_order(old, size, sel);
                let old = if ty == I32 { self.b.ins().uextend(I64, old) } else { old };
                self.set(rd, old);
            }
            Op::Illtrap | Op::Illegal => {
                let w = self.k(insn.word as u64);
                self.exit_with_arg(Exit::Illegal, w, pc);
                return false;
            }
            Op::Rdpr | Op::Wrpr | Op::Saved | Op::Restored | Op::Done | Op::Retry => {
                let w = self.k(insn.word as u64);
                self.exit_with_arg(Exit::Privileged, w, pc);
                return false;
            }
            Op::Fpop1
            | Op::Fpop2
            | Op::Impdep1
            | Op::Impdep2
            | Op::Ldf { .. }
            | Op::Stf { .. }
            | Op::Ldfsr { .. }
            | Op::Stfsr { .. } => return self.lift_fp(insn, pc),
            Op::Bicc | Op::BPcc | Op::BPr | Op::FBfcc | Op::FBPfcc | Op::Call | Op::Jmpl | Op::Return => {
                // CTIs are lifted by lift_cti; never reached.
                let w = self.k(insn.word as u64);
                self.exit_with_arg(Exit::Illegal, w, pc);
                return false;
            }
        }
        if syncs_after_insn(&insn) {
            self.sync_after(pc);
        }
        true
    }

    /// Make the point after the (non-CTI) instruction at `pc` a sync point.
    fn sync_after(&mut self, pc: u64) {
        if self.delay_npc.is_some() || self.dyn_mode {
            // Its successor is not simply pc + 4: no replay.
            self.precise_all = true;
            return;
        }
        if self.sync.is_none() {
            // A region (never in a delay slot there: region.rs
            // `lift_members` makes such regions precise): later faults
            // find this point in cpu.sync_pc.
            if !self.precise_all {
                self.writeback_all();
                let v = self.k(self.mask_pc(pc.wrapping_add(4)));
                self.b.ins().store(cpu_flags(), v, self.cpu, offset_of!(SparcCpu, sync_pc) as i32);
            }
            return;
        }
        self.writeback_all();
        self.sync = Some((self.mask_pc(pc.wrapping_add(4)), false));
    }
}

enum CtiKind {
    Cond { taken: Value, target: Pc, annul: bool },
    Always { target: Pc, annul: bool },
    Never { annul: bool },
    /// The CTI already left the block (a trap while evaluating it).
    Done,
}

#[derive(Clone, Copy)]
enum AsiSel {
    Static(bool),
    /// An i8 boolean: the access is little-endian.
    Dynamic(Value),
}

/// Must a replay start after the instruction ([`Lifter::sync_after`])?
/// %y lives in `cpu`, not in a variable. The multiplies and `wr %y` write
/// it there at once, which a replay from before them may repeat (same
/// inputs, same %y) so long as nothing in the replayed stretch reads %y
/// before them: the instructions that read it are therefore sync points
/// after them ([`reads_y`]), and the writers are not. `wr` to %asi,
/// %fprs, %gsr, %ccr writes them straight to memory too, but their
/// readers are no sync points (an access through %asi); atomics read
/// what they write; `rd %fprs` reads bits FP writes set in `cpu` at once.
pub(crate) fn syncs_after_insn(insn: &Insn) -> bool {
    writes_behind(insn) || matches!(insn.op, Op::Ldstub { .. } | Op::Swap { .. } | Op::Cas { .. }) || (insn.op == Op::Rdasr && insn.rs1() == 6)
}

/// The instructions of [`syncs_after_insn`] that write state straight to
/// `cpu` which a later one reads there (`wr` other than to %y) or that read
/// %y ([`reads_y`]).
pub(crate) fn writes_behind(insn: &Insn) -> bool {
    (insn.op == Op::Wrasr && insn.rd() != 0) || reads_y(insn)
}

/// Does the instruction read %y (held in `cpu`, not in a variable)? The
/// 64/32-bit divides, `mulscc` and `rd %y`. The point after one is a sync
/// point, so that no replayed stretch reads %y before a multiply or `wr
/// %y` in it has written it again (those are not sync points).
pub(crate) fn reads_y(insn: &Insn) -> bool {
    matches!(insn.op, Op::Udiv | Op::Sdiv | Op::Udivcc | Op::Sdivcc | Op::Mulscc) || (insn.op == Op::Rdasr && insn.rs1() == 0)
}

/// Endianness of a user ASI: Ok(big-endian?) or Err for an ASI user code may
/// not use (privileged_action / data_access_exception).
pub fn asi_endianness(asi: u32) -> Result<bool, ()> {
    match asi {
        0x80..=0x83 => Ok(true),
        0x88..=0x8b => Ok(false),
        _ => Err(()),
    }
}

#[allow(dead_code)]
const _FLAGS: u64 = CC_N | CC_Z;
