//! The SPARC execution loop: look up (or translate) the block at pc, run it,
//! act on how it exited.

use super::signal::{self, code, SigInfo};
use super::tier::{BlockCache, InterpMem, RegionCache};
use super::{context, signal32, windows};
use lastmile_frontend::sparc::interp::{self, Step};
use lastmile_frontend::sparc::lift::{apply_deferred_fp_exceptions, clear_deferred_fp_exceptions, fault_point, fault_srcloc, take_deferred_fp_exceptions, FaultPoint, MISALIGNED_TRAP};
use crate::enter::{self, FAULT_EXIT};
use crate::linux::{self, Process, SysOutcome};
use crate::log::Log;
use crate::mem::{reservation_size, GuestMemory, Layout};
use crate::signals::{self, sparc as sig};
use lastmile_frontend::sparc::cpu::{Exit, SparcCpu, JUMP_SAMPLE_PERIOD};
use lastmile_frontend::sparc::decode::{decode, Flavor, Op};
use lastmile_frontend::sparc::disasm::disasm;
use lastmile_frontend::sparc::lift::{discover_region_jumps, inlinable_callee, lift_block, lift_discovered, Chain, Discovered, Helpers, LiftConfig, MAX_REGION_BLOCKS};
use lastmile_jit::cache::{Cache, Entry, PcMap, PcSet};
use lastmile_jit::chain::{fill_slot, slot_target, IndirectTable, SlotArena};
use lastmile_jit::{Jit, OptLevel};
use lastmile_jit::cranelift_codegen::ir::Function;
use lastmile_frontend::sparc::lift::BlockInfo;
use std::sync::Arc;

/// sparc64 rt_sigreturn (arch/sparc/kernel/syscalls/syscall.tbl).
const RT_SIGRETURN: u64 = 101;

/// Options of one run.
pub struct RunConfig {
    pub flavor: Flavor,
    /// One guest instruction per block (`-singlestep`).
    pub single_step: bool,
    /// Print `--stats` at exit.
    pub stats: bool,
    /// Bound on translated code, in bytes: past it the cache is flushed.
    pub code_limit: usize,
    /// Interpreted runs of a block before it is compiled.
    pub tier_threshold: u32,
}

/// Counters for `--stats`.
#[derive(Default, Debug)]
pub struct RunStats {
    /// Blocks and instructions run by the interpreter (first tier).
    pub interp_blocks: u64,
    pub interp_insns: u64,
    pub blocks_run: u64,
    pub syscalls: u64,
    pub dyn_npc_blocks: u64,
    /// Regions compiled (several hot blocks in one function) and their blocks.
    pub regions: u64,
    pub region_blocks: u64,
    /// Faults recovered by replaying from a sync point.
    pub replays: u64,
    /// Translations compiled by the compile thread.
    pub bg_compiled: u64,
    /// Jobs for the compile thread that the dispatcher compiled itself
    /// (`SparcMachine::assist`).
    pub assisted: u64,
    /// Regions compiled again (`SparcMachine::rebuild_region`): in all,
    /// and for a hot block their code left for (`rejoin_region`).
    pub rebuilt: u64,
    pub rejoined: u64,
    /// Regions headed by a block of another region (`member_heads`).
    pub member_headed: u64,
    /// Time lifting guest code to Cranelift IR (on either thread). The
    /// translation times are the translating thread's CPU time
    /// (`lastmile_jit::thread_cpu_ns`), not wall time: on a busy machine
    /// the compile thread waits for a core, which is no translation work.
    pub lift_ns: u64,
    /// Time translating (lifting and compiling) on the dispatcher's thread.
    pub main_translate_ns: u64,
    /// Time translating regions (either thread) and their guest
    /// instructions (the rest is single blocks').
    pub region_translate_ns: u64,
    pub region_insns: u64,
    /// Wall time inside translated code (and the helpers it calls), with
    /// `--stats`.
    pub jit_ns: u64,
    /// When the machine was made (`--stats`: total run time).
    pub started: Option<std::time::Instant>,
    /// This thread's CPU time then (`--stats`: the share of the run it
    /// was not running, another process having the core).
    pub started_cpu_ns: u64,
}

pub struct SparcMachine {
    pub cpu: Box<SparcCpu>,
    pub mem: Arc<GuestMemory>,
    pub process: Process,
    jit: Jit,
    cache: Cache,
    lift: LiftConfig,
    log: Arc<Log>,
    cfg: RunConfig,
    pub stats: RunStats,
    ind: &'static IndirectTable,
    slots: &'static SlotArena,
    chaining: bool,
    /// Interpreted runs of each not-yet-compiled block, by (pc, mode).
    heat: PcMap<u64, u32>,
    /// The same for dynamic-nPC blocks (mode 1).
    heat_dyn: PcMap<u64, u32>,
    /// Runs in the interpreter before a block is compiled (0: never interpret).
    tier_threshold: u32,
    /// Exit slots waiting for the block at a pc to be compiled.
    pending_slots: PcMap<u64, Vec<u64>>,
    /// Hot blocks are compiled as regions with the hot blocks they branch to.
    regions: bool,
    /// Blocks inside a compiled region: compiled alone when they get hot
    /// themselves, after `MEMBER_TIER_FACTOR` times the threshold (another
    /// region over the same loop would mostly repeat the first one's
    /// compile work).
    region_members: PcSet<u64>,
    /// `mem.protect_generation()` when `interp_cache` was last known good.
    interp_gen: u64,
    /// The interpreter's recent-region cache (tier::InterpMem::last).
    interp_region: RegionCache,
    /// Blocks decoded for the interpreter, by pc (nPC = PC + 4 only).
    interp_cache: BlockCache,
    /// The targets interpreted blocks' computed jumps (`jmpl` linking
    /// nothing, not a return: a `switch`) went to, by the jump's address,
    /// with how often: a region holding the jump takes the hot ones in
    /// (region.rs `discover_region_jumps`).
    jump_seen: PcMap<u64, Vec<(u64, u32)>>,
    /// The members of each compiled region, by head (`rebuild_region`).
    region_pcs: PcMap<u64, Vec<u64>>,
    /// Where each region (by head, compiled or handed to the compile
    /// thread) leaves through its direct branches, and the other way
    /// round: the heads of the regions that leave for a pc
    /// (`rejoin_region`).
    region_exits: PcMap<u64, Vec<u64>>,
    exit_heads: PcMap<u64, Vec<u64>>,
    /// Region heads compiled again on the compile thread whose old code
    /// stays in the cache until the new is installed (`rebuild_region`).
    replacing: PcSet<u64>,
    /// Times each region head was compiled again (`rebuild_region`).
    rebuilt: PcMap<u64, u32>,
    /// The compile thread, when a second core is there (started at the
    /// first hot block when `bg_wanted`).
    bg: Option<Background>,
    bg_wanted: bool,
    /// The compile thread may be used but was not wanted when last asked
    /// (no core free then, automatic mode): warm blocks to go before
    /// `/proc/loadavg` is read again ([`core_free`]).
    bg_recheck: Option<u32>,
    /// Our pid when the compile thread started: a forked child has no
    /// such thread (it starts its own).
    bg_pid: u32,
    /// Blocks handed to it and not installed yet.
    bg_pending: PcSet<u64>,
    /// Blocks it could not lift: translated here.
    bg_failed: PcSet<u64>,
    /// The other blocks of the regions handed to it (by head): they keep
    /// running in the interpreter until their region is installed (not
    /// handed over alone meanwhile).
    bg_regions: PcMap<u64, Vec<u64>>,
    bg_members: PcSet<u64>,
    /// Blocks waiting for the compile thread (in `bg_pending` or
    /// `bg_members`) with their decoded form, direct-mapped by pc: while
    /// they wait, the dispatcher runs them in the interpreter with this one
    /// lookup instead of its translation-cache, heat, compile-thread and
    /// decoded-block lookups. A slot is cleared when its block stops
    /// waiting (installed, flushed, the code changed, a fork's child).
    /// The third field counts the block's runs while it waits: the
    /// compile thread gets the most-run waiting job first (`feed_background`).
    waiting: Box<[Option<(u64, std::rc::Rc<interp::Block>, u32)>]>,
    /// Jobs for the compile thread not handed to it yet (their blocks are
    /// in `bg_pending` / `bg_members` already), and how many it holds.
    bg_queue: Vec<BgJob>,
    bg_inflight: usize,
    /// The dispatcher's own compiler for `assist` (made at the first).
    assist_compiler: Option<lastmile_jit::Compiler>,
    /// Translation cache flushes so far (background results from before
    /// one are dropped).
    flush_gen: u64,
}

/// Runs of a waiting block after which the dispatcher compiles its job
/// itself if the compile thread has not started it (`SparcMachine::assist`).
/// 256 runs cost the interpreter a few tens of µs, a compile a few hundred:
/// a block this hot while two jobs are ahead of it waits longer than its
/// compile here takes. (Measured 2026-12-02 on bzip2, compress, coremark,
/// sort, hashtable with 128 / 256 / 512 / 1024 / never: the share of the
/// run outside translated code falls with the threshold; wall times did
/// not get worse.)
const ASSIST_RUNS: u32 = 256;

/// Blocks getting hot between two looks at `/proc/loadavg` while the compile
/// thread is not wanted for want of a free core.
const BG_RECHECK: u32 = 16;

/// Is a core free for the compile thread: fewer runnable threads on the
/// machine than `cores` (/proc/loadavg's runnable count, which includes
/// us; the 1-minute average would count the benchmark just before us)?
fn core_free(cores: usize) -> bool {
    let running = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().nth(3).and_then(|f| f.split('/').next()?.parse::<usize>().ok()))
        .unwrap_or(usize::MAX);
    running < cores
}

/// A block inside a compiled region that is entered from elsewhere is
/// compiled alone after this many times the tier threshold of runs (its
/// region ran it before). Measured 2026-12-03 on bzip2 with acyclic
/// regions: 1x compiled 319 single blocks (2868 guest insns), 4x 220
/// (2023), 16x 201 (1813), with no change in run time above the noise.
/// Measured again 2026-12-03 (LASTMILE_MEMBER_FACTOR, callgrind on
/// sparc32plus bzip2, scale 1, compile thread off; whole run): 1x 2150.3 M,
/// 2x 2082.0 M, 4x 2084.9 M, 16x 2134.0 M, 64x 2293.0 M instructions.
/// Compiling later saves little (16x: -4.5 M in Cranelift) and costs much
/// in the interpreter (+37.5 M): the member singles pay for themselves.
const MEMBER_TIER_FACTOR: u32 = 4;

/// [`MEMBER_TIER_FACTOR`], or the experiment knob LASTMILE_MEMBER_FACTOR=N.
fn member_tier_factor() -> u32 {
    static F: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *F.get_or_init(|| std::env::var("LASTMILE_MEMBER_FACTOR").ok().and_then(|v| v.parse().ok()).filter(|&f| f > 0).unwrap_or(MEMBER_TIER_FACTOR))
}

/// Runs after which a block goes to the compile thread: the tier
/// threshold divided by this. Measured 2026-12-03 on bzip2 (BENCH_SCALE=10,
/// compile thread on) with 4 (a quarter: warm blocks went, so that their
/// code was often ready by the time they were hot), 2 and 1: the compiled
/// guest instructions fell from about 13850 to 10855 and 10276, the
/// translation CPU time from about 400 to 310 and 290 ms, as blocks that
/// never get hot are no longer compiled; the guest instructions left to
/// the interpreter (2-4 M of 4 G) and wall times (all workloads, scale 1,
/// 7 runs each, alternated) did not change beyond the noise. The
/// experiment knob LASTMILE_HANDOVER_DIV=N overrides it.
const BG_HANDOVER_DIV: u32 = 1;

fn handover(threshold: u32) -> u32 {
    static DIV: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    let div = *DIV.get_or_init(|| std::env::var("LASTMILE_HANDOVER_DIV").ok().and_then(|v| v.parse().ok()).filter(|&d| d > 0).unwrap_or(BG_HANDOVER_DIV));
    (threshold / div).max(1)
}

/// Most blocks a fault replay runs (`interp::replay_to_fault`) from the
/// sync point before the fault. A loop with no sync point in it (one that
/// only loads, or whose branch back only stores the flags: region.rs
/// `cc_exposed`) replays every iteration since its entry, so the bound
/// must exceed any loop's trip count that matters: 2^28 blocks, each
/// decoded once (measured 2026-12-03: a one-block load loop faulting after
/// 30 M iterations took 1.36 s instead of 0.20 s, about 40 ns per replayed block:
/// 2^28 blocks is some 11 s). Past it the fault is given
/// with the state the replay reached, not the exact one.
const REPLAY_MAX_BLOCKS: usize = 1 << 28;

/// Interpreted runs a block needs to join an acyclic region (its head
/// needs the tier threshold): a path the interpreter took only a few times
/// while the head got hot stays outside, an exit, compiled when it gets
/// hot itself. Measured 2026-12-03 with callgrind on sparc32plus bzip2
/// (compile thread off, with the `pending_slots` rule below), lifting and
/// compiling in guest-instruction counts of the run against 1 (every
/// block the interpreter ran): 1: 937 M, 4: 938 M, 8: 913 M, 16: 924 M,
/// 32: 966 M (more blocks compiled alone later); the whole run 2680 M /
/// 2669 M / 2642 M / 2658 M / 2733 M.
const ACYCLIC_MIN_HEAT: u32 = 8;

/// May the free hot block at `pc` join an acyclic region other than as
/// its head? Not when compiled code already branches to it (an exit of a
/// compiled block or region waits for it in `pending_slots`): it would be
/// a region member entered from elsewhere, compiled alone again later
/// (bzip2: 70 of the 103 single blocks that were also region members
/// were members of acyclic regions, 2026-12-03; this rule alone took the
/// run's lifting and compiling from 957 M to 937 M instructions, callgrind,
/// sparc32plus bzip2, compile thread off). Nor when it ran fewer than
/// [`ACYCLIC_MIN_HEAT`] times.
fn acyclic_member_ok(heat: &PcMap<u64, u32>, pending_slots: &PcMap<u64, Vec<u64>>, pc: u64) -> bool {
    !pending_slots.contains_key(&pc) && heat.get(&pc).is_some_and(|&h| h >= ACYCLIC_MIN_HEAT)
}

/// The Cranelift level of a translation: `base` (the jit's) for regions,
/// and for single blocks of a Speed jit `Light` (opt level none with the
/// backtracking allocator), unless the experiment knobs
/// LASTMILE_SINGLE_OPT / LASTMILE_REGION_OPT (= light|speed|fast) say
/// otherwise for a Speed jit. Single blocks are the code outside hot loops
/// (and loops' ways in); since region members entered from elsewhere head
/// loop regions of their own and hot exits join their loops (2026-12-04),
/// Light singles cost nothing measurable in run time (BENCH_SCALE=5, 5
/// alternated runs: bzip2, hashtable, coremark, compress, sort 0.99-1.01x)
/// and compile 16% cheaper, which short runs gain (11 alternated runs of
/// each workload at scale 1: compress 0.95x and 0.96x, sort 0.98x, fft
/// 0.98x on sparc32plus, the rest 0.98-1.01x).
fn tier_level(base: OptLevel, region: bool) -> OptLevel {
    static KNOBS: std::sync::OnceLock<[Option<OptLevel>; 2]> = std::sync::OnceLock::new();
    let knobs = KNOBS.get_or_init(|| {
        let get = |v: &str| match std::env::var(v).as_deref() {
            Ok("light") => Some(OptLevel::Light),
            Ok("speed") => Some(OptLevel::Speed),
            Ok("fast") => Some(OptLevel::Fast),
            _ => None,
        };
        [get("LASTMILE_SINGLE_OPT"), get("LASTMILE_REGION_OPT")]
    });
    if base != OptLevel::Speed {
        return base;
    }
    knobs[region as usize].unwrap_or(if region { base } else { OptLevel::Light })
}

/// Times a region's computed jump leaves it for one target not compiled
/// yet, or is sampled leaving for it once it is compiled outside the
/// region (one exit in `JUMP_SAMPLE_PERIOD`), before the region is
/// compiled again with that target (`note_region_jump`), and how often
/// one region is compiled again at most (each copy's code stays until a
/// flush). Sparc64 interp, 2026-12-03: its three programs use
/// other opcodes one after the other; two recompiles (3.5 and 4.3 ms)
/// take indirect lookups from 11.1 M to 0.28 M (50.7 M with no switch
/// regions); no other workload recompiles a region.
const REBUILD_MISSES: u32 = 16;
const MAX_REBUILDS: u32 = 2;

/// A block of a compiled region entered from elsewhere often enough to be
/// compiled (`MEMBER_TIER_FACTOR`) heads a region of its own when it is
/// in a loop without calls of at most this many guest instructions: the
/// loop entered there runs compiled, not through single blocks to its
/// region's head (sparc64 sort: quicksort's partition loop, a region
/// headed by its inner loop 0x100a04, entered at 0x10099c on every call:
/// 9.5% of the run in single blocks before, 2.4% after, 2026-12-04). A
/// copy of the loop costs a compile: without the bound, coremark's
/// 123-160-instruction loop was compiled again from 20 heads (regions'
/// guest instructions 1321 -> 3807, 5% slower); with it sort 0.97x,
/// compress 0.95x, coremark 0.96-0.98x, bzip2 1.01x (9-15 alternated runs,
/// noise about 2%).
const MEMBER_HEAD_MAX_INSNS: usize = 64;

/// [`MEMBER_HEAD_MAX_INSNS`]'s rule, unless the experiment knob
/// LASTMILE_NO_MEMBER_HEADS is set (read once).
fn member_heads() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("LASTMILE_NO_MEMBER_HEADS").is_none())
}

/// The experiment knob LASTMILE_NO_REJOIN: a region is not compiled again
/// for a block it leaves for that got hot (`SparcMachine::rejoin_region`),
/// as before 2026-12-04 (read once).
fn rejoin_off() -> bool {
    static OFF: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *OFF.get_or_init(|| std::env::var_os("LASTMILE_NO_REJOIN").is_some())
}

/// LASTMILE_DEBUG_REGIONS set: list each region's members and each single
/// block with its translation time on stderr (read once).
fn debug_regions() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("LASTMILE_DEBUG_REGIONS").is_some())
}

/// Slots of `SparcMachine::waiting` (a power of two).
const WAITING_SLOTS: usize = 1 << 12;

fn waiting_slot(pc: u64) -> usize {
    (pc >> 2) as usize & (WAITING_SLOTS - 1)
}

/// Record where the computed jump or call through a register ending
/// `b` went (`jump_seen`), if `b` ended in one and left through it (the
/// interpreter left `cpu` after it).
#[inline]
fn note_jump(jump_seen: &mut PcMap<u64, Vec<(u64, u32)>>, cpu: &SparcCpu, cfg: &RunConfig, b: &interp::Block) {
    let n = b.len();
    if n < 2 || b.dyn_npc {
        return;
    }
    let mask = |v: u64| if cfg.flavor == Flavor::V9 { v } else { v & 0xffff_ffff };
    let j = b.insn(n - 2);
    // The op first: most blocks end otherwise (`matches!` is inline where
    // `Op`'s derived `==` was an out-of-line call from this crate).
    if !matches!(j.op, Op::Jmpl) {
        return;
    }
    let ret8 = (j.rs1() == 15 || j.rs1() == 31) && j.i() && j.simm13() == 8;
    // (A call through a register, `jmpl %reg, %o7`, too: its leaf
    // callees may join a region, region.rs `Scanned::icall`.)
    if (j.rd() != 0 && j.rd() != 15) || ret8 {
        return;
    }
    let (t, npc) = (cpu.pc, cpu.npc);
    // Left through the jump: at its target with nPC = target + 4 (not
    // at a trap or a branch taken earlier in the block).
    if t & 3 != 0 || npc != mask(t.wrapping_add(4)) || (t >= b.start && t < b.end) {
        return;
    }
    let site = mask(b.start.wrapping_add(4 * (n as u64 - 2)));
    let seen = jump_seen.entry(site).or_default();
    if let Some(e) = seen.iter_mut().find(|e| e.0 == t) {
        e.1 = e.1.saturating_add(1);
    } else if seen.len() < MAX_REGION_BLOCKS {
        // At most as many as a region has members.
        seen.push((t, 1));
    }
}

/// Run the block at `cpu.pc` in the interpreter: `block` decoded already,
/// or decoded as it runs (`SparcMachine::run_interp`).
#[inline]
fn run_interp(
    cpu: &mut SparcCpu,
    mem: &GuestMemory,
    region: &RegionCache,
    cfg: &RunConfig,
    lift: &LiftConfig,
    stats: &mut RunStats,
    block: Option<&interp::Block>,
) -> Option<u64> {
    let mem = InterpMem { mem, last: Some(region) };
    // SAFETY: the helpers are the runtime's window/tick helpers, with the
    // signature the interpreter expects.
    let (step, n) = unsafe {
        match block {
            Some(b) => interp::run_decoded(cpu, &mem, cfg.flavor, &lift.helpers, b),
            None => interp::run_block(cpu, &mem, cfg.flavor, &lift.helpers, lift.max_insns),
        }
    };
    stats.interp_insns += n as u64;
    match step {
        Step::Exit(e) => {
            stats.interp_blocks += 1;
            Some(e as u64)
        }
        Step::Unsupported => None,
    }
}

/// A hot block for the compile thread.
struct BgJob {
    pc: u64,
    /// `flush_gen` when it was handed over.
    gen: u64,
    /// Its region as found when it was handed over (lifted as found, not
    /// looked for again); None: lift the block alone.
    found: Option<Discovered>,
}

/// What the compile thread gives back.
struct BgDone {
    pc: u64,
    gen: u64,
    /// None: the block could not be lifted (a fetch fault): the dispatcher
    /// translates it itself and raises the fault.
    out: Option<BgOut>,
    lift_ns: u64,
}

struct BgOut {
    insns: usize,
    loc_base: u64,
    start: u64,
    end: u64,
    /// A region: its blocks' start addresses.
    region: Option<Vec<u64>>,
    blob: Result<lastmile_jit::CodeBlob, String>,
}

/// Background compilation (ARCHITECTURE.md, "Tiers"): a thread with its
/// own Cranelift lifts and compiles hot blocks (and their regions) while
/// the interpreter keeps running them; the dispatcher places and links
/// the code.
struct Background {
    tx: std::sync::mpsc::Sender<BgJob>,
    rx: std::sync::mpsc::Receiver<BgDone>,
    /// Results sent so far (bumped after each send), and those received:
    /// the dispatcher looks at the channel only when they differ.
    sent: Arc<std::sync::atomic::AtomicU64>,
    received: u64,
}

/// Lift and compile a job (its region, or its block alone) to code not
/// placed yet: on the compile thread, or on the dispatcher's when it helps
/// (`SparcMachine::assist`).
fn compile_job(
    compiler: &mut lastmile_jit::Compiler,
    base: OptLevel,
    lift: &LiftConfig,
    mem: &GuestMemory,
    j: BgJob,
    fctx: &mut lastmile_jit::cranelift_frontend::FunctionBuilderContext,
) -> BgDone {
    let fetch = |a: u64| mem.fetch_insn(a);
    let t0 = lastmile_jit::thread_cpu_ns();
    let region = j.found.and_then(|d| lift_discovered(lift, &fetch, d, fctx));
    let lifted = match region {
        Some(r) => Some((r.func, r.info, r.loc_base, Some(r.pcs))),
        None => lift_block(lift, &fetch, j.pc, false, fctx).ok().map(|(f, i)| {
            let s = i.start;
            (f, i, s, None)
        }),
    };
    let lift_ns = lastmile_jit::thread_cpu_ns() - t0;
    let out = lifted.map(|(func, info, loc_base, region)| BgOut {
        insns: info.insns,
        loc_base,
        start: info.start,
        end: info.end,
        blob: compiler.compile_at(func, tier_level(base, region.is_some())),
        region,
    });
    BgDone { pc: j.pc, gen: j.gen, out, lift_ns }
}

impl Background {
    fn start(jit: &Jit, lift: LiftConfig, mem: Arc<GuestMemory>) -> Option<Background> {
        let mut compiler = jit.compiler().ok()?;
        let base = jit.opt_level();
        let (tx, jobs) = std::sync::mpsc::channel::<BgJob>();
        let (done_tx, rx) = std::sync::mpsc::channel::<BgDone>();
        let sent = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let sent_bg = sent.clone();
        std::thread::Builder::new()
            .name("lastmile-compile".into())
            .spawn(move || {
                let mut fctx = lastmile_jit::cranelift_frontend::FunctionBuilderContext::new();
                while let Ok(j) = jobs.recv() {
                    let done = compile_job(&mut compiler, base, &lift, &mem, j, &mut fctx);
                    if done_tx.send(done).is_err() {
                        break;
                    }
                    sent_bg.fetch_add(1, std::sync::atomic::Ordering::Release);
                }
            })
            .ok()?;
        Some(Background { tx, rx, sent, received: 0 })
    }
}

/// How a guest run ended.
pub enum Ending {
    /// exit/exit_group with this status.
    Exit(i32),
    /// Killed by this guest signal.
    Signal(i32),
}

impl SparcMachine {
    pub fn new(mem: Arc<GuestMemory>, process: Process, log: Arc<Log>, cfg: RunConfig) -> Result<SparcMachine, String> {
        let bits64 = cfg.flavor == Flavor::V9;
        let cpu = SparcCpu::new_boxed(mem.base() as u64, bits64);
        // Cold-start tiering is future work (issue 6): for now every block gets
        // Cranelift's optimising pipeline, which costs little more than the
        // fast one on blocks this small and gives twice the speed.
        let opt = if std::env::var_os("LASTMILE_FAST_TIER").is_some() { OptLevel::Fast } else { OptLevel::Speed };
        let jit = Jit::new(opt, cfg!(debug_assertions))?;
        let lift = LiftConfig {
            flavor: cfg.flavor,
            space_mask: mem.addr_mask(),
            max_insns: if cfg.single_step { 1 } else { 64 },
            helpers: Helpers {
                save: windows::helper_save as *const () as usize as u64,
                restore: windows::helper_restore as *const () as usize as u64,
                flushw: windows::helper_flushw as *const () as usize as u64,
                tick: windows::helper_tick as *const () as usize as u64,
            },
            call_conv: jit.call_conv(),
            frontend: jit.frontend_config(),
            chain: None,
        };
        // Chaining makes blocks run without returning here: off when every
        // block must be seen (single-stepping, -d exec, -d cpu).
        let chaining = !cfg.single_step && !log.items.exec && !log.items.cpu && std::env::var_os("LASTMILE_NO_CHAIN").is_none();
        let (slots, ind) = (SlotArena::leak(1 << 20), IndirectTable::leak(1 << 16));
        let mut lift = lift;
        if chaining {
            let insn_counter = if cfg.stats {
                Box::leak(Box::new([0u64; lastmile_frontend::sparc::lift::STAT_COUNTERS])) as *mut u64 as u64
            } else {
                0
            };
            lift.chain = Some(Chain { slots, ind_table: ind.addr(), ind_mask: ind.mask(), insn_counter });
        }
        let bug = std::env::var("LASTMILE_INJECT_BUG").ok();
        lastmile_frontend::sparc::lift::inject_bug(bug.as_deref());
        // Single-stepping and the injected-bug test exercise the compiler, so
        // they skip the interpreter.
        let tier_threshold = if cfg.single_step || bug.is_some() { 0 } else { cfg.tier_threshold };
        windows::set_thread_memory(mem.clone());
        let base = mem.base() as usize;
        enter::install_fault_handler(jit.code_range(), (base, base + mem.reservation() as usize));
        // Misaligned accesses trap (lift::MISALIGNED_TRAP).
        enter::catch_traps();
        Ok(SparcMachine {
            cpu,
            mem,
            process,
            jit,
            cache: Cache::new(),
            lift,
            log,
            cfg,
            stats: RunStats { started: Some(std::time::Instant::now()), started_cpu_ns: lastmile_jit::thread_cpu_ns(), ..RunStats::default() },
            ind,
            slots,
            chaining,
            heat: Default::default(),
            heat_dyn: Default::default(),
            tier_threshold,
            pending_slots: Default::default(),
            regions: chaining && std::env::var_os("LASTMILE_NO_REGIONS").is_none(),
            region_members: Default::default(),
            bg: None,
            bg_wanted: false,
            bg_recheck: None,
            bg_pid: 0,
            interp_cache: Default::default(),
            jump_seen: Default::default(),
            region_pcs: Default::default(),
            region_exits: Default::default(),
            exit_heads: Default::default(),
            replacing: Default::default(),
            rebuilt: Default::default(),
            interp_region: RegionCache::default(),
            interp_gen: 0,
            bg_pending: Default::default(),
            bg_failed: Default::default(),
            bg_regions: Default::default(),
            bg_members: Default::default(),
            waiting: vec![None; WAITING_SLOTS].into_boxed_slice(),
            bg_queue: Vec::new(),
            bg_inflight: 0,
            assist_compiler: None,
            flush_gen: 0,
        }
        .with_background())
    }

    /// Use the compile thread when it can help: the interpreter runs hot
    /// blocks meanwhile (tier threshold > 0), blocks chain, no per-block
    /// logging wants code in order, and a core is free: two or more, and
    /// no other runnable thread on the machine now (/proc/loadavg's
    /// runnable count, which includes us; the 1-minute average would count
    /// the benchmark just before us). Without a free core the thread only
    /// delays the compiles and the interpreter runs longer; with one it
    /// takes lifting and compiling off the run. LASTMILE_BG_COMPILE=1
    /// forces it on, =0 off. The thread starts at the first hot block.
    /// Automatically, a run that found no core free asks again every
    /// [`BG_RECHECK`] blocks getting hot: the runnable count is a snapshot, and
    /// a process that was running just then (the one that started us, a
    /// daemon waking up) must not keep the thread off for the whole run.
    fn with_background(mut self) -> SparcMachine {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let forced = match std::env::var("LASTMILE_BG_COMPILE").as_deref() {
            Ok("1") => Some(true),
            Ok("0") => Some(false),
            _ => None,
        };
        let i = self.log.items;
        let allowed = forced != Some(false) && self.tier_threshold > 0 && self.chaining && !(i.in_asm || i.out_asm || i.op);
        self.bg_wanted = allowed && forced.unwrap_or_else(|| cores >= 2 && core_free(cores));
        if allowed && !self.bg_wanted && cores >= 2 {
            self.bg_recheck = Some(BG_RECHECK);
        }
        self
    }

    fn mask(&self, v: u64) -> u64 {
        if self.cfg.flavor == Flavor::V9 {
            v
        } else {
            v & 0xffff_ffff
        }
    }

    /// Run the block at pc in the interpreter. None: it holds an
    /// instruction the interpreter leaves to the compiler.
    fn interpret(&mut self) -> Option<u64> {
        let mem = InterpMem { mem: &self.mem, last: Some(&self.interp_region) };
        if self.log.items.exec {
            self.log.write(&format!("Trace: [{:016x}] (interpreted)\n", self.cpu.pc));
        }
        if self.log.items.cpu {
            self.log_cpu();
        }
        // Decoded blocks (nPC = PC + 4) are kept: a warm block is run up to
        // the tier threshold times, and decoding it each time (fetch checks
        // included) cost more than running it.
        let pc = self.cpu.pc;
        let plain = self.cpu.npc == self.mask(pc.wrapping_add(4));
        if plain && self.interp_cache.get(pc).is_none() && self.heat.get(&pc).is_some_and(|&h| h >= 2) {
            // Kept from the second run on: code run once (start-up) is
            // not worth the memory.
            if let Ok(b) = interp::decode_block(&mem, pc, self.cpu.npc, self.cfg.flavor, self.lift.max_insns) {
                self.interp_cache.insert(pc, std::rc::Rc::new(b));
            }
        }
        // (The block borrowed from the cache, the rest of the machine
        // beside it: no reference count to move per run.)
        let block = if plain { self.interp_cache.get(pc).map(|b| &**b) } else { None };
        let r = run_interp(&mut self.cpu, &self.mem, &self.interp_region, &self.cfg, &self.lift, &mut self.stats, block);
        if let Some(b) = block {
            note_jump(&mut self.jump_seen, &self.cpu, &self.cfg, b);
        }
        r
    }

    /// A region's computed jump left it for a target not compiled yet
    /// (`cpu.jump_site`, `cpu.jump_head`): profile the target, and once
    /// it has left this way `REBUILD_MISSES` times, compile the region
    /// again with it (a bytecode interpreter's program starting to use
    /// other opcodes than the one running when the region was made).
    fn note_region_jump(&mut self) {
        let (site, head, t) = (self.cpu.jump_site, self.cpu.jump_head, self.cpu.pc);
        self.cpu.jump_site = 0;
        self.cpu.jump_head = 0;
        if self.cpu.jump_sample == 0 {
            // A sampled exit to a compiled target (`SparcCpu::jump_sample`):
            // rarer once the region may not be compiled again.
            let done = self.rebuilt.get(&head).is_some_and(|&n| n >= MAX_REBUILDS);
            self.cpu.jump_sample = if done { JUMP_SAMPLE_PERIOD * 64 } else { JUMP_SAMPLE_PERIOD };
        }
        if t & 3 != 0 || self.cpu.npc != self.mask(t.wrapping_add(4)) {
            return;
        }
        // A call through a register (`jmpl ..., %o7`): only callees that
        // could join the region count (region.rs `inlinable_callee`).
        let call = self.mem.fetch_insn(site).map(|w| decode(w, self.lift.flavor)).is_some_and(|i| i.op == Op::Jmpl && i.rd() == 15);
        if call {
            let mem = self.mem.clone();
            let fetch = move |a: u64| mem.fetch_insn(a);
            if !inlinable_callee(&self.lift, &fetch, t) {
                return;
            }
        }
        let seen = self.jump_seen.entry(site).or_default();
        let n = if let Some(e) = seen.iter_mut().find(|e| e.0 == t) {
            e.1 = e.1.saturating_add(1);
            e.1
        } else if seen.len() < MAX_REGION_BLOCKS {
            seen.push((t, 1));
            1
        } else {
            return;
        };
        if n >= REBUILD_MISSES {
            self.rebuild_region(head, "its computed jump's new targets");
        }
    }

    /// Compile the region at `head` again (with what `jump_seen` and the
    /// heat say now; `why` is for LASTMILE_DEBUG_REGIONS): on the compile
    /// thread, its old code running meanwhile, or here at once. The exits
    /// linked to the old code go to the new one (`SlotArena::relink`), and
    /// the indirect table's entry too; the old code stays in code memory.
    fn rebuild_region(&mut self, head: u64, why: &str) {
        if !self.may_rebuild(head) {
            return;
        }
        let Some(pcs) = self.region_pcs.remove(&head) else { return };
        for p in &pcs {
            self.region_members.remove(p);
        }
        *self.rebuilt.entry(head).or_insert(0) += 1;
        self.stats.rebuilt += 1;
        if debug_regions() {
            eprintln!("region 0x{head:x}: compiled again for {why}");
        }
        // With the compile thread, hand the region over again now, from the
        // same head: its blocks are all hot, and whichever ran first would
        // otherwise head a new region (or, entered from outside it, be
        // compiled alone), so that the dispatch could end up running
        // through single blocks and the indirect table. The old code runs
        // until the new is installed (`install_done` replaces it), not the
        // interpreter: 2026-12-04, dropping it at once made the rebuilds
        // for hot exits (`rejoin_region`) cost sparc32plus fft 10% and
        // hashtable 5% (their loops interpreted for the 0.5-3 ms of the
        // compile).
        if self.bg.is_some() && !self.bg_failed.contains(&head) {
            self.replacing.insert(head);
            self.submit_background(head);
            return;
        }
        // Without it, compile it again here, from the same head (left to
        // the next hot block, a member that got hot first headed it, and
        // the loop entered at the old head ran through single blocks:
        // sparc64 compress, 2026-12-04). The exits linked to the old code
        // go to the new.
        let old = self.cache.lookup(head, 0).map(|e| e.code.ptr);
        self.cache.remove(head, 0);
        match (old, self.translate(head, 0)) {
            (Some(old), Some(new)) => {
                self.slots.relink(old, new);
                self.ind.insert(head, new);
            }
            _ => {
                self.slots.unlink_kept();
                self.ind.clear();
            }
        }
    }

    /// The targets `jump_seen` holds for the jump at `site`, most often
    /// taken first.
    fn jump_targets(&self, site: u64) -> Vec<u64> {
        let Some(seen) = self.jump_seen.get(&site) else { return Vec::new() };
        let mut v = seen.clone();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.into_iter().map(|e| e.0).collect()
    }

    /// If the block at `pc` waits for the compile thread (see `waiting`):
    /// count this run, and return the runs so far.
    #[inline]
    fn waiting_block(&mut self, pc: u64) -> Option<u32> {
        match &mut self.waiting[waiting_slot(pc)] {
            Some((p, _, runs)) if *p == pc => {
                *runs = runs.saturating_add(1);
                Some(*runs)
            }
            _ => None,
        }
    }

    /// Runs of the waiting block at `pc` so far (0 if not in `waiting`).
    fn waiting_runs(&self, pc: u64) -> u64 {
        match &self.waiting[waiting_slot(pc)] {
            Some((p, _, runs)) if *p == pc => *runs as u64,
            _ => 0,
        }
    }

    /// `pc` no longer waits for the compile thread.
    fn stop_waiting(&mut self, pc: u64) {
        let w = &mut self.waiting[waiting_slot(pc)];
        if w.as_ref().is_some_and(|(p, _, _)| *p == pc) {
            *w = None;
        }
    }

    fn clear_waiting(&mut self) {
        self.waiting.iter_mut().for_each(|w| *w = None);
    }

    /// Translate the block at `pc` (mode 1: dynamic nPC, one instruction).
    /// Drop every translation (qemu's tb_flush): code memory, the cache,
    /// chain slots and the indirect table. Only from the dispatcher, when
    /// no translated code is on the stack.
    fn flush_translations(&mut self) {
        self.jit.flush();
        self.interp_cache.clear();
        self.clear_waiting();
        self.flush_gen += 1;
        self.bg_pending.clear();
        self.bg_queue.clear();
        self.bg_failed.clear();
        self.bg_regions.clear();
        self.bg_members.clear();
        self.cache.clear();
        self.slots.unlink_all();
        self.pending_slots.clear();
        self.region_members.clear();
        self.region_pcs.clear();
        self.region_exits.clear();
        self.exit_heads.clear();
        self.replacing.clear();
        self.ind.clear();
        self.cpu.chain_slot = 0;
        if self.log.items.guest_errors || self.log.items.exec {
            self.log.write("translation cache full: flushed\n");
        }
    }

    fn translate(&mut self, pc: u64, mode: u8) -> Option<*const u8> {
        if self.jit.code_used() >= self.cfg.code_limit {
            self.flush_translations();
        }
        self.feed_background_to(4);
        let t0 = lastmile_jit::thread_cpu_ns();
        let regions = self.stats.regions;
        let lifted = self.lift_at(pc, mode);
        let lift_ns = lastmile_jit::thread_cpu_ns() - t0;
        self.stats.lift_ns += lift_ns;
        self.stats.main_translate_ns += lift_ns;
        let (func, info, loc_base) = lifted?;
        let items = self.log.items;
        let compile_ns = self.jit.stats.compile_ns;
        let level = tier_level(self.jit.opt_level(), self.stats.regions != regions);
        let compiled = self.jit.compile_at(func, info.insns, loc_base, level);
        self.stats.main_translate_ns += self.jit.stats.compile_ns - compile_ns;
        if self.stats.regions != regions {
            self.stats.region_translate_ns += lift_ns + self.jit.stats.compile_ns - compile_ns;
            self.stats.region_insns += info.insns as u64;
            if debug_regions() {
                eprintln!("region 0x{pc:x} (this thread): {} us (lift {} us)", (lift_ns + self.jit.stats.compile_ns - compile_ns) / 1000, lift_ns / 1000);
            }
        } else if debug_regions() {
            eprintln!("single 0x{pc:x} mode {mode}: {} insns, {:x}..{:x}, {} us", info.insns, info.start, info.end, (lift_ns + self.jit.stats.compile_ns - compile_ns) / 1000);
        }
        let code = match compiled {
            Ok(c) => c,
            Err(e) => {
                // A lifter bug: report it with the guest context and stop.
                eprintln!("lastmile: error: cannot compile the block at 0x{pc:x}: {e}");
                std::process::exit(70);
            }
        };
        if items.op {
            self.log.write(&format!("OP for 0x{:x}:\n{}\n", pc, self.jit.last_ir()));
        }
        self.finish_translation(pc, mode, code, info.start, info.end);
        Some(code.ptr)
    }

    /// Log and cache a compiled translation.
    fn finish_translation(&mut self, pc: u64, mode: u8, code: lastmile_jit::Compiled, start: u64, end: u64) {
        if self.log.items.out_asm {
            self.log.write(&format!("OUT: [guest 0x{:x}, {} bytes]\n{}\n", pc, code.size, lastmile_jit::disasm_host(&code)));
        }
        self.stop_waiting(pc);
        self.cache.insert(pc, mode, Entry { code, guest_start: start, guest_end: end });
    }

    /// Hand the hot block at `pc` to the compile thread, which lifts it
    /// (with its region, as `lift_at`) and compiles it; it keeps running in
    /// the interpreter until the code is installed (`poll_background`).
    fn submit_background(&mut self, pc: u64) {
        // Its region's blocks are found here (a scan of the code, cheap):
        // they count as region members from now on, so that they do not
        // head copies of the same loop while this one is compiled.
        let t0 = lastmile_jit::thread_cpu_ns();
        let member = self.region_members.contains(&pc);
        let found = if self.regions && (!member || member_heads()) {
            self.discover_at(pc).filter(|d| !member || (d.strict_loop() && d.insns() <= MEMBER_HEAD_MAX_INSNS)).inspect(|d| {
                self.stats.member_headed += member as u64;
                self.note_exits(pc, d.exits());
                let pcs = d.pcs();
                self.region_members.extend(pcs.iter().copied());
                let others: Vec<u64> = pcs.iter().copied().filter(|&p| p != pc).collect();
                self.bg_members.extend(others.iter().copied());
                self.bg_regions.insert(pc, others);
            })
        } else {
            None
        };
        let ns = lastmile_jit::thread_cpu_ns() - t0;
        self.stats.lift_ns += ns;
        self.stats.main_translate_ns += ns;
        if self.bg.is_none() {
            return;
        }
        self.bg_pending.insert(pc);
        self.bg_queue.push(BgJob { pc, gen: self.flush_gen, found });
        self.feed_background();
    }

    /// A block that waits for the compile thread ran `ASSIST_RUNS` times
    /// meanwhile and its job is still queued here (the thread has two
    /// others): compile that job on this thread now, as the interpreter runs
    /// hot code many times slower than its translation would. Returns
    /// whether it did.
    fn assist(&mut self, pc: u64) -> bool {
        let Some(i) = self
            .bg_queue
            .iter()
            .position(|j| j.pc == pc || self.bg_regions.get(&j.pc).is_some_and(|o| o.contains(&pc)))
        else {
            return false;
        };
        if self.assist_compiler.is_none() {
            self.assist_compiler = self.jit.compiler().ok();
        }
        if self.assist_compiler.is_none() {
            return false;
        }
        let job = self.bg_queue.remove(i);
        self.feed_background_to(4);
        let Some(compiler) = self.assist_compiler.as_mut() else { return false };
        let t0 = lastmile_jit::thread_cpu_ns();
        let done = compile_job(compiler, self.jit.opt_level(), &self.lift, &self.mem, job, &mut self.jit.fctx);
        self.stats.main_translate_ns += lastmile_jit::thread_cpu_ns() - t0;
        self.install_done(done, false);
        true
    }

    /// Keep the compile thread busy with the jobs whose blocks ran most
    /// while they waited (a hot loop goes before code that got warm once,
    /// e.g. at start-up): it holds at most two (one being compiled, the
    /// next ready), the rest wait here.
    fn feed_background(&mut self) {
        self.feed_background_to(2);
    }

    /// `feed_background` up to `cap` jobs on the thread (more before this
    /// thread compiles something itself, which takes long enough for the
    /// thread to run out of work).
    fn feed_background_to(&mut self, cap: usize) {
        while self.bg_inflight < cap && !self.bg_queue.is_empty() {
            let score = |m: &SparcMachine, j: &BgJob| -> u64 {
                m.waiting_runs(j.pc) + m.bg_regions.get(&j.pc).map_or(0, |o| o.iter().map(|&p| m.waiting_runs(p)).sum())
            };
            let mut best = 0;
            let mut best_score = 0;
            for (i, j) in self.bg_queue.iter().enumerate() {
                let sc = score(self, j);
                // Ties: the oldest first.
                if sc > best_score {
                    best = i;
                    best_score = sc;
                }
            }
            let job = self.bg_queue.remove(best);
            let Some(bg) = &self.bg else { return };
            let pc = job.pc;
            if bg.tx.send(job).is_ok() {
                self.bg_inflight += 1;
            } else {
                // The thread is gone: the block is compiled here when hot.
                self.bg_pending.remove(&pc);
                self.stop_waiting(pc);
                if let Some(others) = self.bg_regions.remove(&pc) {
                    for p in others {
                        self.bg_members.remove(&p);
                        self.stop_waiting(p);
                    }
                }
            }
        }
    }

    /// Install what the compile thread finished (cheap when nothing is).
    fn poll_background(&mut self) {
        self.install_background();
        self.feed_background();
    }

    fn install_background(&mut self) {
        loop {
            let Some(bg) = &mut self.bg else { return };
            if bg.sent.load(std::sync::atomic::Ordering::Acquire) == bg.received {
                return;
            }
            let Ok(done) = bg.rx.try_recv() else { return };
            bg.received += 1;
            self.bg_inflight = self.bg_inflight.saturating_sub(1);
            self.install_done(done, true);
        }
    }

    /// Place and link a compiled job (from the compile thread or `assist`).
    fn install_done(&mut self, done: BgDone, from_thread: bool) {
        {
            self.bg_pending.remove(&done.pc);
            self.stop_waiting(done.pc);
            if let Some(others) = self.bg_regions.remove(&done.pc) {
                for p in others {
                    self.bg_members.remove(&p);
                    self.stop_waiting(p);
                }
            }
            self.stats.lift_ns += done.lift_ns;
            // Compiled before a flush (its exit slots were reused), or the
            // block got compiled here meanwhile (the interpreter could not
            // run it): drop it. A region compiled again replaces its old
            // code (`rebuild_region`).
            let replaces = self.replacing.remove(&done.pc);
            let old = self.cache.lookup(done.pc, 0).map(|e| e.code.ptr);
            if done.gen != self.flush_gen || (!replaces && old.is_some()) {
                return;
            }
            let Some(out) = done.out else {
                // Not liftable there (a fetch fault): the dispatcher
                // translates it and raises the fault.
                self.bg_failed.insert(done.pc);
                return;
            };
            let blob = match out.blob {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("lastmile: error: cannot compile the block at 0x{:x}: {e}", done.pc);
                    std::process::exit(70);
                }
            };
            if self.jit.code_used() >= self.cfg.code_limit {
                // Full: flush (nothing compiled runs now) and let the block
                // get hot again.
                self.flush_translations();
                return;
            }
            let code_ns = blob.compile_ns;
            let code = match self.jit.install(blob, out.insns, out.loc_base) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("lastmile: error: cannot place compiled code: {e}");
                    std::process::exit(70);
                }
            };
            if from_thread {
                self.stats.bg_compiled += 1;
            } else {
                self.stats.assisted += 1;
            }
            if out.region.is_none() && debug_regions() {
                let ns = done.lift_ns + code_ns;
                eprintln!("single 0x{:x} mode 0: {} insns, {:x}..{:x} (compile thread), {} us", done.pc, out.insns, out.start, out.end, ns / 1000);
            }
            if let Some(pcs) = out.region {
                self.stats.regions += 1;
                self.stats.region_translate_ns += done.lift_ns + code_ns;
                self.stats.region_insns += out.insns as u64;
                self.stats.region_blocks += pcs.len() as u64;
                if debug_regions() {
                    let by = if from_thread { "compile thread" } else { "dispatcher, compile thread busy" };
                    let us = (done.lift_ns + code_ns) / 1000;
                    eprintln!("region 0x{:x}: {} blocks, {} insns, {:x}..{:x} ({by}), {us} us pcs {:x?}", done.pc, pcs.len(), out.insns, out.start, out.end, pcs);
                }
                self.region_pcs.insert(done.pc, pcs.clone());
                self.region_members.extend(pcs);
            }
            if let (true, Some(old)) = (replaces, old) {
                // The exits linked to the old code go to the new (and the
                // indirect table's entry, below).
                self.cache.remove(done.pc, 0);
                self.slots.relink(old, code.ptr);
            }
            self.finish_translation(done.pc, 0, code, out.start, out.end);
            if self.chaining {
                if let Some(v) = self.pending_slots.remove(&done.pc) {
                    for slot in v {
                        // SAFETY: the slot came from our SlotArena (same flush generation).
                        unsafe { fill_slot(slot, code.ptr) };
                    }
                }
                self.ind.insert(done.pc, code.ptr);
            }
            if self.region_pcs.contains_key(&done.pc) {
                self.rejoin_hot_exits(done.pc);
            }
        }
    }

    /// Would the region headed by `head`, found again now, take the block
    /// at `x` in (a block it leaves for that got hot since), with one
    /// member more than it was lifted with? That is a hole in the loop
    /// filled. (The lifted members count an FP loop's copy, fp.rs
    /// `guarded_facts`, the found ones do not: an FP loop with a copy may
    /// take one block more, its middle loop's latch with `x`. matmul_fp's
    /// inner loop grew into its loop nest so, 0.94-0.98x; compared as
    /// sets, which stops that, matmul_fp took 1.02x and 1.08x, fft 0.96x
    /// on sparc32plus; up to two new members as sets: coremark 1.07x on
    /// sparc32plus, 2026-12-04.) A region found again with more (an outer
    /// loop around it that got hot meanwhile) lost more than it gained
    /// (sparc32plus fft: 0x106dc grown from 3 to 10 blocks, the inner
    /// loops no longer heads of their own regions, 15% slower).
    fn region_would_take(&self, head: u64, x: u64) -> bool {
        let Some(old) = self.region_pcs.get(&head) else { return false };
        self.discover_at(head).is_some_and(|d| {
            let new = d.pcs();
            new.len() == old.len() + 1 && new.contains(&x) && old.iter().all(|p| new.contains(p))
        })
    }

    /// The region the hot blocks around `pc` would make now (as
    /// `submit_background` finds it).
    fn discover_at(&self, pc: u64) -> Option<Discovered> {
        let mem = self.mem.clone();
        let fetch = move |a: u64| mem.fetch_insn(a);
        let (heat, cache) = (&self.heat, &self.cache);
        let is_hot = |p: u64| heat.get(&p).is_some_and(|&h| h >= 1) || cache.lookup(p, 0).is_some();
        let is_free = |p: u64| self.block_free(p);
        let jumps = |site: u64| self.jump_targets(site);
        discover_region_jumps(&self.lift, &fetch, pc, &is_hot, &is_free, &jumps)
    }

    /// Record where the region headed by `head` leaves (`rejoin_region`).
    fn note_exits(&mut self, head: u64, exits: Vec<u64>) {
        for &x in &exits {
            let heads = self.exit_heads.entry(x).or_default();
            if !heads.contains(&head) {
                heads.push(head);
            }
        }
        self.region_exits.insert(head, exits);
    }

    /// May the region at `head` be compiled again (`rebuild_region`)?
    fn may_rebuild(&self, head: u64) -> bool {
        self.region_pcs.contains_key(&head) && self.rebuilt.get(&head).copied().unwrap_or(0) < MAX_REBUILDS && !self.bg_pending.contains(&head) && !self.bg_members.contains(&head)
    }

    /// The block at `x` got hot, and a compiled region's code leaves for
    /// it: a path of the loop that was cold when the region was made
    /// (compress: the match loop's `bge,pn` to 0x101248, taken once the
    /// input repeats). If the region, found again now, takes it in,
    /// compile the region again with it instead of `x` alone; else the
    /// loop would leave its region on every iteration that takes the path
    /// and run through single blocks back to its head. Returns whether it
    /// did.
    fn rejoin_region(&mut self, x: u64) -> bool {
        if rejoin_off() {
            return false;
        }
        let Some(heads) = self.exit_heads.get(&x).cloned() else { return false };
        for head in heads {
            if self.may_rebuild(head) && self.region_would_take(head, x) {
                self.stats.rejoined += 1;
                self.rebuild_region(head, "a block it leaves for got hot");
                return true;
            }
        }
        false
    }

    /// The region at `head` was just installed: if a block its code leaves
    /// for got hot while it was compiled (it is compiled alone, or waits
    /// for the compile thread) and the region takes it in now, compile the
    /// region again with it ([`Self::rejoin_region`]).
    fn rejoin_hot_exits(&mut self, head: u64) {
        if rejoin_off() {
            return;
        }
        let Some(exits) = self.region_exits.get(&head).cloned() else { return };
        for x in exits {
            let hot = self.cache.lookup(x, 0).is_some() || self.bg_pending.contains(&x);
            if hot && self.may_rebuild(head) && self.region_would_take(head, x) {
                self.stats.rejoined += 1;
                self.rebuild_region(head, "a block it leaves for got hot while it was compiled");
                return;
            }
        }
    }

    /// May the block at `pc` join an acyclic region (`lift_region`): not
    /// compiled, in no region, not waiting for the compile thread (so that
    /// no block is compiled twice), and as [`acyclic_member_ok`] says.
    fn block_free(&self, pc: u64) -> bool {
        self.cache.lookup(pc, 0).is_none()
            && !self.region_members.contains(&pc)
            && !self.bg_pending.contains(&pc)
            && !self.bg_members.contains(&pc)
            && acyclic_member_ok(&self.heat, &self.pending_slots, pc)
    }

    /// Lift the block (or region) at `pc`: the function, what it covers,
    /// and the guest address its source locations count from.
    fn lift_at(&mut self, pc: u64, mode: u8) -> Option<(Function, BlockInfo, u64)> {
        let mem = self.mem.clone();
        let fetch = move |a: u64| mem.fetch_insn(a);
        // A hot block heads a region of the hot blocks it branches to
        // (those the interpreter ran, or compiled ones): the loop through
        // it, or when it heads no loop the free ones (`block_free`); else
        // it is compiled alone.
        let member = self.region_members.contains(&pc);
        let region = if mode == 0 && self.regions && (!member || member_heads()) {
            let d = self.discover_at(pc).filter(|d| !member || (d.strict_loop() && d.insns() <= MEMBER_HEAD_MAX_INSNS));
            let r = d.and_then(|d| lift_discovered(&self.lift, &fetch, d, &mut self.jit.fctx));
            self.stats.member_headed += (member && r.is_some()) as u64;
            r
        } else {
            None
        };
        let (func, info, loc_base) = match region {
            Some(r) => {
                self.stats.regions += 1;
                self.stats.region_blocks += r.blocks as u64;
                self.region_members.extend(r.pcs.iter().copied());
                self.region_pcs.insert(pc, r.pcs.clone());
                self.note_exits(pc, r.exits.clone());
                if debug_regions() {
                    eprintln!("region 0x{pc:x}: {} blocks, {} insns, {:x}..{:x}, {} passes, pcs {:x?}", r.blocks, r.info.insns, r.info.start, r.info.end, r.passes, r.pcs);
                }
                (r.func, r.info, r.loc_base)
            }
            None => {
                let (f, i) = lift_block(&self.lift, &fetch, pc, mode == 1, &mut self.jit.fctx).ok()?;
                let s = i.start;
                (f, i, s)
            }
        };
        if self.log.items.in_asm {
            let mut s = format!("IN: {}\n", if mode == 1 { "(dynamic npc)" } else { "" });
            for (a, insn) in &info.code {
                s.push_str(&format!("0x{:016x}:  {}\n", a, disasm(insn, *a, self.cfg.flavor)));
            }
            s.push('\n');
            self.log.write(&s);
        }
        Some((func, info, loc_base))
    }

    fn log_cpu(&self) {
        self.log.write(&cpu_state_text(&self.cpu));
    }

    /// Run until the guest exits or dies.
    pub fn run(&mut self) -> Ending {
        loop {
            if self.bg.is_some() {
                self.poll_background();
            }
            let pc = self.cpu.pc;
            let dyn_npc = self.cpu.npc != self.mask(pc.wrapping_add(4));
            let mode = dyn_npc as u8;
            let mut waiting = if dyn_npc { None } else { self.waiting_block(pc) };
            if waiting == Some(ASSIST_RUNS) && self.assist(pc) {
                // Compiled now (or dropped after a flush): dispatch again.
                waiting = None;
                if self.cache.lookup_fast(pc).is_none() {
                    continue;
                }
            }
            let compiled = if waiting.is_some() {
                None
            } else if dyn_npc {
                self.stats.dyn_npc_blocks += 1;
                self.cache.lookup(pc, 1).map(|e| e.code.ptr)
            } else {
                self.cache.lookup_fast(pc)
            };
            // Cold code runs in the interpreter until it has run
            // `tier_threshold` times; then it is compiled (ARCHITECTURE.md,
            // "Tiers"). A block the interpreter does not handle (most of
            // VIS, VIS partial stores: `interp::supported`) is compiled at once.
            let mut interpreted = None;
            if waiting.is_some() {
                // Waits for the compile thread (the checks below were made
                // when it started to wait).
                if self.chaining {
                    let slot = std::mem::take(&mut self.cpu.chain_slot);
                    if slot != 0 {
                        self.pending_slots.entry(pc).or_default().push(slot);
                    }
                }
                if self.log.items.exec || self.log.items.cpu {
                    interpreted = self.interpret();
                } else {
                    // Its decoded block, borrowed (assist left it there).
                    let b = match &self.waiting[waiting_slot(pc)] {
                        Some((p, b, _)) if *p == pc => Some(&**b),
                        _ => None,
                    };
                    interpreted = run_interp(&mut self.cpu, &self.mem, &self.interp_region, &self.cfg, &self.lift, &mut self.stats, b);
                }
            } else if compiled.is_none() && self.tier_threshold > 0 {
                let heat = if dyn_npc { &mut self.heat_dyn } else { &mut self.heat }.entry(pc).or_insert(0);
                *heat += 1;
                let h = *heat;
                // A block inside a compiled region entered from elsewhere
                // (region.rs: a join point of an acyclic region, a loop
                // entered in its middle) is compiled alone: only when it
                // runs that way often.
                let threshold = if mode == 0 && self.region_members.contains(&pc) && !self.bg_members.contains(&pc) {
                    self.tier_threshold.saturating_mul(member_tier_factor())
                } else {
                    self.tier_threshold
                };
                let mut cold = h <= threshold;
                let mut waits = false;
                // With the compile thread, a block is handed over when it
                // is hot (`handover`: handing warm blocks over compiled
                // many that never got hot) and runs in the interpreter
                // until its code is installed. (Waiting in the interpreter
                // instead of compiling here saves little: it runs hot code
                // many times slower than the translation would.)
                // (One division per interpreted block, not two.)
                let handover = handover(threshold);
                if h == handover + 1 && mode == 0 {
                    if let Some(n) = self.bg_recheck {
                        // Not wanted at start-up: is a core free now?
                        self.bg_recheck = Some(n - 1).filter(|&n| n > 0).or_else(|| {
                            let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
                            self.bg_wanted = core_free(cores);
                            (!self.bg_wanted).then_some(BG_RECHECK)
                        });
                    }
                }
                if h > handover && mode == 0 && self.bg_wanted && !self.bg_failed.contains(&pc) {
                    // Lift and compile on the other thread, interpret
                    // meanwhile.
                    if self.bg.is_none() {
                        self.bg = Background::start(&self.jit, self.lift, self.mem.clone());
                        self.bg_wanted = self.bg.is_some();
                        self.bg_pid = std::process::id();
                    }
                    if self.bg.is_some() && !self.bg_pending.contains(&pc) && !self.bg_members.contains(&pc) && !self.rejoin_region(pc) {
                        self.submit_background(pc);
                    }
                    waits = self.bg_pending.contains(&pc) || self.bg_members.contains(&pc);
                    cold |= waits;
                }
                if !cold && mode == 0 && self.bg.is_none() && self.rejoin_region(pc) {
                    // (Without the compile thread: compiled again with this
                    // block in it, now; the block runs here this time.)
                    cold = true;
                }
                if cold {
                    if !dyn_npc && self.chaining {
                        // Remember the exit that brought us here: it is
                        // linked when this block gets compiled.
                        let slot = std::mem::take(&mut self.cpu.chain_slot);
                        if slot != 0 {
                            self.pending_slots.entry(pc).or_default().push(slot);
                        }
                    }
                    interpreted = self.interpret();
                    if waits && !dyn_npc && interpreted.is_some() {
                        if let Some(b) = self.interp_cache.get(pc) {
                            self.waiting[waiting_slot(pc)] = Some((pc, b.clone(), 0));
                        }
                    }
                }
            }
            // What translated code left deferred in MXCSR (below).
            let mut deferred_fp = 0;
            let r = if let Some(r) = interpreted {
                r
            } else {
                let code = match compiled {
                    Some(p) => Some(p),
                    None => self.translate(pc, mode),
                };
                if code.is_none() {
                    // A fetch fault: the exit that brought us here must stay
                    // unlinked, or it would be linked to whatever block runs
                    // next (the signal handler) and skip the fault next time.
                    self.cpu.chain_slot = 0;
                }
                if let (Some(c), false) = (code, dyn_npc) {
                    if self.chaining {
                        // Link the exit that brought us here (and any that
                        // came while the block was interpreted), and let
                        // computed jumps to this pc find it.
                        let slot = std::mem::take(&mut self.cpu.chain_slot);
                        if slot != 0 {
                            // SAFETY: the slot came from our SlotArena.
                            unsafe { fill_slot(slot, c) };
                        }
                        if let Some(v) = self.pending_slots.remove(&pc) {
                            for slot in v {
                                // SAFETY: as above.
                                unsafe { fill_slot(slot, c) };
                            }
                        }
                        self.ind.insert(pc, c);
                    }
                }
                let Some(code) = code else {
                    // Instruction fetch from unmapped / non-executable memory,
                    // or a misaligned pc.
                    let info = if pc & 3 != 0 {
                        SigInfo::fault(sig::SIGBUS, code::BUS_ADRALN, pc)
                    } else {
                        SigInfo::fault(sig::SIGSEGV, self.segv_code(pc), pc)
                    };
                    if let Some(end) = self.raise(info, "instruction fetch") {
                        return end;
                    }
                    continue;
                };
                if self.log.items.exec {
                    self.log.write(&format!("Trace: [{:016x}]\n", pc));
                }
                if self.log.items.cpu {
                    self.log_cpu();
                }
                self.stats.blocks_run += 1;
                // Set by an unlinked exit only (below).
                self.cpu.chain_slot = 0;
                // The FP exceptions translated code defers to MXCSR start
                // clear and end in %fsr (lift `take_deferred_fp_exceptions`;
                // after the replay of a fault, below).
                clear_deferred_fp_exceptions();
                // SAFETY: `code` was compiled from a lifted SPARC block whose
                // signature is fn(*mut SparcCpu) -> u64.
                let r = if self.cfg.stats {
                    let t0 = std::time::Instant::now();
                    // SAFETY: as below.
                    let r = unsafe { enter::enter(&mut *self.cpu as *mut SparcCpu as *mut u8, code) };
                    self.stats.jit_ns += t0.elapsed().as_nanos() as u64;
                    r
                } else {
                    unsafe { enter::enter(&mut *self.cpu as *mut SparcCpu as *mut u8, code) }
                };
                deferred_fp = take_deferred_fp_exceptions();
                if r == Exit::Normal as u64 && self.cpu.jump_site != 0 {
                    self.note_region_jump();
                }
                if r == Exit::Normal as u64 && self.cpu.chain_slot != 0 {
                    // An exit through an empty slot leaves pc and npc to us:
                    // the slot holds where it goes (`SlotAlloc::alloc_slot_to`).
                    // SAFETY: the exit stored a slot of our SlotArena.
                    let pc = unsafe { slot_target(self.cpu.chain_slot) };
                    self.cpu.pc = pc;
                    self.cpu.npc = self.mask(pc.wrapping_add(4));
                }
                r
            };
            if r != Exit::Normal as u64 {
                // A system call or trap may change the memory map.
                self.interp_region.clear();
                let g = self.mem.protect_generation();
                if g != self.interp_gen {
                    // Code unmapped, replaced or made non-executable: decoded
                    // blocks may be stale (as translations would be).
                    self.interp_gen = g;
                    self.interp_cache.clear();
                    self.clear_waiting();
                }
            }
            // The runtime reads and writes %ccr directly (system calls,
            // signals, contexts, traces): settle lazy flags first. After a
            // plain branch out of a block the next block (interpreted or
            // translated) takes the lazy record as chained blocks do.
            if r != Exit::Normal as u64 || self.log.items.cpu {
                self.cpu.settle_cc();
            }
            // A fault after loads that did not write the state back: replay
            // from the last sync point in the interpreter, which stops at
            // the same fault with the exact state (lift::FaultPoint).
            if r == FAULT_EXIT {
                // The state of the last sync point, with its lazy cexc.
                self.cpu.settle_fsr();
            }
            let r = if r == FAULT_EXIT { self.replay_fault().unwrap_or(r) } else { r };
            apply_deferred_fp_exceptions(&mut self.cpu, deferred_fp);
            let fault = if r == FAULT_EXIT && enter::last_fault_was_trap() {
                Some(self.trap_fault())
            } else if r == FAULT_EXIT {
                let (host, _write, host_pc) = enter::last_fault();
                let guest = self.mem.guest_of_host(host);
                // The lifter synced registers before the access and tagged
                // it with its guest pc: the state is exact.
                if let Some((start, loc)) = self.jit.fault_location(host_pc) {
                    let (gpc, npc_in_cpu) = fault_srcloc(start, loc);
                    // (32-bit code: a block may wrap past 0xfffffffc.)
                    let gpc = self.mask(gpc);
                    self.cpu.pc = gpc;
                    if !npc_in_cpu {
                        self.cpu.npc = self.mask(gpc.wrapping_add(4));
                    }
                }
                let off = (host - self.mem.base() as usize) as u64;
                if off >= self.mem.size() {
                    // An access sent past the space (mem::reservation_size)
                    // that replay_fault could not run in the interpreter
                    // (64-bit code's wrapped `(base & mask) + idx` runs
                    // there): misaligned, as when the lifter sent
                    // misaligned accesses there (its checks trap now).
                    let a = off & self.mem.addr_mask();
                    Some((SigInfo::fault(sig::SIGBUS, code::BUS_ADRALN, a), "misaligned access".to_string()))
                } else {
                    Some((SigInfo::fault(sig::SIGSEGV, self.segv_code(guest), guest), "data access".to_string()))
                }
            } else {
                let pc = self.cpu.pc;
                let arg = self.cpu.exit_arg;
                match Exit::from_u64(r) {
                    Exit::Normal | Exit::Flushw => None,
                    Exit::Trap => {
                        if let Some(end) = self.software_trap() {
                            return end;
                        }
                        if self.bg.is_some() && std::process::id() != self.bg_pid {
                            // A fork's child: the compile thread stayed
                            // with the parent; what it was given is lost.
                            self.bg = None;
                            self.clear_waiting();
                            self.bg_pending.clear();
                            self.bg_queue.clear();
                            self.bg_inflight = 0;
                            self.bg_regions.clear();
                            self.bg_members.clear();
                        }
                        None
                    }
                    Exit::Illegal => Some((
                        SigInfo::fault(sig::SIGILL, code::ILL_ILLOPC, pc),
                        format!("illegal instruction 0x{arg:08x}"),
                    )),
                    Exit::Privileged => Some((
                        SigInfo::fault(sig::SIGILL, code::ILL_PRVOPC, pc),
                        format!("privileged instruction 0x{arg:08x}"),
                    )),
                    Exit::FpUnimplemented => {
                        let d = disasm(&decode(arg as u32, self.cfg.flavor), pc, self.cfg.flavor);
                        Some((
                            SigInfo::fault(sig::SIGILL, code::ILL_ILLOPC, pc),
                            format!("floating-point instruction not implemented yet: 0x{arg:08x} ({d})"),
                        ))
                    }
                    Exit::Fault => Some(if self.no_fault_access().is_some_and(|(load, _)| !load) {
                        // A store or atomic through a no-fault ASI: a
                        // data_access_exception, SEGV_MAPERR in Linux
                        // (traps_64.c spitfire_data_access_exception).
                        (SigInfo::fault(sig::SIGSEGV, code::SEGV_MAPERR, arg), "store through a no-fault ASI".to_string())
                    } else {
                        (SigInfo::fault(sig::SIGSEGV, self.segv_code(arg), arg), "data access".to_string())
                    }),
                    Exit::DivZero => Some((
                        SigInfo::fault(sig::SIGFPE, code::FPE_INTDIV, pc),
                        "integer division by zero".to_string(),
                    )),
                    Exit::Unaligned => Some((
                        SigInfo::fault(sig::SIGBUS, code::BUS_ADRALN, arg),
                        "misaligned access".to_string(),
                    )),
                    Exit::FetchFault => Some((
                        SigInfo::fault(sig::SIGSEGV, self.segv_code(pc), pc),
                        "instruction fetch".to_string(),
                    )),
                    Exit::FpException => Some((
                        SigInfo::fault(sig::SIGFPE, arg as i32, pc),
                        "floating-point exception (trap enabled in %fsr)".to_string(),
                    )),
                    Exit::TagOverflow => {
                        Some((SigInfo::fault(sig::SIGEMT, code::EMT_TAGOVF, pc), "tag overflow".to_string()))
                    }
                }
            };
            if let Some((info, what)) = fault {
                if info.signo == sig::SIGSEGV && self.no_fault_load() {
                    continue;
                }
                if let Some(end) = self.raise(info, &what) {
                    return end;
                }
            }
        }
    }

    /// The instruction at pc, if it is an alternate-space access through a
    /// no-fault ASI: (is a load, the word). Linux's own test
    /// (traps_64.c is_no_fault_exception): op = 3, op3 bit 4 (alternate
    /// space), the ASI from the instruction or %asi; op3 bit 2 clear is a
    /// load, set a store or atomic.
    fn no_fault_access(&self) -> Option<(bool, u32)> {
        let insn = self.mem.read_u32_be(self.cpu.pc).ok()?;
        if insn & 0xc080_0000 != 0xc080_0000 {
            return None;
        }
        let asi = if insn & 0x2000 != 0 { self.cpu.asi as u32 & 0xff } else { (insn >> 5) & 0xff };
        (asi & 0xf6 == 0x82).then_some((insn & 0x0020_0000 == 0, insn))
    }

    /// A load through a no-fault ASI (ASI_PNF/SNF and their little-endian
    /// forms, 0x82 0x83 0x8a 0x8b) that faulted: Linux clears its
    /// destination and goes on with the next instruction instead of
    /// sending SIGSEGV (arch/sparc/mm/fault_64.c and traps_64.c
    /// is_no_fault_exception -> handle_ld_nf / handle_ldf_stq). pc is at
    /// the faulting instruction, with exact registers. Stores, atomics
    /// and every other ASI fault as usual.
    fn no_fault_load(&mut self) -> bool {
        let pc = self.cpu.pc;
        let Some((true, insn)) = self.no_fault_access() else { return false };
        if insn & 0x0100_0000 == 0 {
            // Integer: rd, and rd + 1 for ldda (op3 0x13).
            let rd = (insn >> 25) & 31;
            self.cpu.set_reg(rd, 0);
            if insn & 0x0078_0000 == 0x0018_0000 {
                self.cpu.set_reg(rd | 1, 0);
            }
        } else {
            // ldfa (op3 0x30), ldqfa (0x32), lddfa (0x33): the registers
            // read as zeros; the FPRS dirty bit of their half is set.
            let (freg, words) = match insn & 0x0018_0000 {
                0 => ((insn >> 25) & 31, 1),
                0x0010_0000 => (((insn >> 25) & 0x1e) | ((insn >> 20) & 0x20), 4),
                _ => (((insn >> 25) & 0x1e) | ((insn >> 20) & 0x20), 2),
            };
            for w in 0..words {
                let r = (freg + w) as usize;
                let Some(d) = self.cpu.f.get_mut(r / 2) else { return false };
                *d &= if r % 2 == 0 { 0x0000_0000_ffff_ffff } else { 0xffff_ffff_0000_0000 };
            }
            self.cpu.fprs |= if freg < 32 { 2 } else { 4 };
        }
        let npc = self.cpu.npc;
        self.cpu.pc = npc;
        self.cpu.npc = self.mask(npc.wrapping_add(4));
        if self.log.items.guest_errors {
            self.log.write(&format!("no-fault load at pc 0x{pc:x} faulted: destination cleared\n"));
        }
        true
    }

    /// After FAULT_EXIT: if the fault's state is that of an earlier sync
    /// point, set pc/nPC to it and interpret up to the fault. Returns the
    /// interpreter's exit code (Fault, Unaligned ...), or None when the
    /// state is exact already (or the replay failed: then the fault is
    /// reported at the sync point's state).
    fn replay_fault(&mut self) -> Option<u64> {
        let (_, _, host_pc) = enter::last_fault();
        let (start, loc) = self.jit.fault_location(host_pc)?;
        let misaligned = enter::last_fault_was_trap() && self.jit.trap_at(host_pc) == Some(MISALIGNED_TRAP);
        // An access sent past the space by 64-bit code's `(base & mask) +
        // idx` (lift `host_addr_tagged`), where base + idx wraps: the
        // interpreter runs it from the exact state (interp::run_past_space).
        let past = !enter::last_fault_was_trap() && self.mem.layout() == Layout::Linear && {
            let (host, _, _) = enter::last_fault();
            let off = (host as u64).wrapping_sub(self.mem.base() as u64);
            off >= self.mem.size() && off < reservation_size(self.mem.size())
        } && self.mem.addr_mask() > 0xffff_ffff
            && self.mem.addr_mask() != u64::MAX;
        let (spc, npc_in_cpu) = match fault_point(start, loc, self.cpu.sync_pc) {
            FaultPoint::Replay(spc, npc_in_cpu) => {
                self.stats.replays += 1;
                (spc, npc_in_cpu)
            }
            // A misalignment trap with the exact state: the interpreter
            // runs the access itself, which gives the address.
            FaultPoint::Exact(pc, npc_in_cpu) if misaligned || past => (pc, npc_in_cpu),
            FaultPoint::Exact(..) => return None,
        };
        let spc = self.mask(spc);
        self.cpu.pc = spc;
        if !npc_in_cpu {
            self.cpu.npc = self.mask(spc.wrapping_add(4));
        }
        let mem = InterpMem { mem: &self.mem, last: None };
        if past {
            let gpc = self.mask(fault_srcloc(start, loc).0);
            let mask = self.mem.addr_mask();
            // SAFETY: the runtime's helpers, as for `interpret`.
            let e = unsafe {
                interp::run_past_space(&mut *self.cpu, &mem, self.cfg.flavor, &self.lift.helpers, gpc, mask, REPLAY_MAX_BLOCKS)
            };
            if self.log.items.guest_errors || self.log.items.exec {
                self.log.write(&format!("access past the space at 0x{gpc:x} run from 0x{spc:x}: {e:?}, now at 0x{:x}\n", self.cpu.pc));
            }
            return e.map(|e| e as u64);
        }
        // SAFETY: the runtime's helpers, as for `interpret`.
        let e = unsafe { interp::replay_to_fault(&mut *self.cpu, &mem, self.cfg.flavor, &self.lift.helpers, REPLAY_MAX_BLOCKS) };
        if self.log.items.guest_errors || self.log.items.exec {
            self.log.write(&format!("fault replayed from 0x{spc:x}: {e:?} at 0x{:x}\n", self.cpu.pc));
        }
        e.map(|e| e as u64)
    }

    /// A trap in translated code the interpreter could not run again (a
    /// misaligned floating-point access, with the exact state): SIGBUS
    /// at its address, rs1 + (rs2 or simm13) as for every FP load and
    /// store. Any other trap is a lastmile bug.
    fn trap_fault(&mut self) -> (SigInfo, String) {
        let (_, _, host_pc) = enter::last_fault();
        let loc = self.jit.fault_location(host_pc);
        if self.jit.trap_at(host_pc) != Some(MISALIGNED_TRAP) || loc.is_none() {
            eprintln!("lastmile: internal error: trap in translated code at host 0x{host_pc:x}");
            std::process::exit(70);
        }
        if let Some((start, loc)) = loc {
            let (gpc, npc_in_cpu) = fault_srcloc(start, loc);
            let gpc = self.mask(gpc);
            self.cpu.pc = gpc;
            if !npc_in_cpu {
                self.cpu.npc = self.mask(gpc.wrapping_add(4));
            }
        }
        let insn = self.mem.read_u32_be(self.cpu.pc).map(|w| decode(w, self.cfg.flavor));
        let ea = insn.map_or(0, |i| {
            let b = if i.i() { i.simm13() as u64 } else { self.cpu.reg(i.rs2()) };
            self.mask(self.cpu.reg(i.rs1()).wrapping_add(b))
        });
        (SigInfo::fault(sig::SIGBUS, code::BUS_ADRALN, ea), "misaligned access".to_string())
    }

    /// SEGV_MAPERR for an address nothing is mapped at, else SEGV_ACCERR.
    fn segv_code(&self, addr: u64) -> i32 {
        if self.mem.region_at(addr).is_some() {
            code::SEGV_ACCERR
        } else {
            code::SEGV_MAPERR
        }
    }

    /// After a trap: continue with the instruction after it (the V9 rule:
    /// the kernel returns to nPC).
    fn advance(&mut self) {
        let npc = self.cpu.npc;
        self.cpu.pc = npc;
        self.cpu.npc = self.mask(npc.wrapping_add(4));
    }

    /// A `Tcc` was taken. Returns Some when the guest ended.
    fn software_trap(&mut self) -> Option<Ending> {
        let tn = self.cpu.exit_arg;
        let bits64 = self.cfg.flavor == Flavor::V9;
        let pc = self.cpu.pc;
        let fail = |a: u64| SigInfo::fault(sig::SIGSEGV, code::SEGV_MAPERR, a);
        let r: Result<(), (SigInfo, &str)> = match tn {
            // Linux sparc64: 0x6d is the 64-bit system call; 0x10 the 32-bit one.
            0x6d if bits64 => {
                self.stats.syscalls += 1;
                if self.cpu.reg(1) == RT_SIGRETURN {
                    if self.process.strace {
                        self.log.write(&format!("{} rt_sigreturn()\n", std::process::id()));
                    }
                    signal::sigreturn(&mut self.cpu, &self.mem, &mut self.process).map_err(|a| (fail(a), "rt_sigreturn"))
                } else {
                    match linux::sparc64_syscall(&mut self.cpu, &mut self.process) {
                        SysOutcome::Continue => {
                            self.advance();
                            Ok(())
                        }
                        SysOutcome::Exit(code) => return Some(Ending::Exit(code)),
                    }
                }
            }
            // Linux sparc32 (V8 and V8+ programs): 0x10 is the system call
            // (arch/sparc/kernel/ttable_64.S: LINUX_32BIT_SYSCALL_TRAP).
            0x10 if !bits64 => {
                self.stats.syscalls += 1;
                match self.cpu.reg(1) & 0xffff_ffff {
                    nr @ (signal32::SIGRETURN | signal32::RT_SIGRETURN) => {
                        let rt = nr == signal32::RT_SIGRETURN;
                        if self.process.strace {
                            let name = if rt { "rt_sigreturn" } else { "sigreturn" };
                            self.log.write(&format!("{} {name}()\n", std::process::id()));
                        }
                        let v8plus = self.cfg.flavor == Flavor::V8Plus;
                        signal32::sigreturn(&mut self.cpu, &self.mem, &mut self.process, rt, v8plus)
                            .map_err(|a| (fail(a), if rt { "rt_sigreturn" } else { "sigreturn" }))
                    }
                    _ => match linux::sparc32_syscall(&mut self.cpu, &mut self.process) {
                        SysOutcome::Continue => {
                            self.advance();
                            Ok(())
                        }
                        SysOutcome::Exit(code) => return Some(Ending::Exit(code)),
                    },
                }
            }
            // ta 3: flush windows (both ABIs).
            3 => {
                if windows::helper_flushw(&mut *self.cpu) != 0 {
                    Err((fail(self.cpu.exit_arg), "window flush"))
                } else {
                    self.advance();
                    Ok(())
                }
            }
            // ta 0x6e / 0x6f: getcontext / setcontext (sparc64 only).
            0x6e if bits64 => {
                let blocked = self.process.signals.mask;
                match context::getcontext(&mut self.cpu, &self.mem, blocked) {
                    Ok(()) => {
                        self.advance();
                        Ok(())
                    }
                    Err(a) => Err((fail(a), "getcontext")),
                }
            }
            0x6f if bits64 => {
                let mut blocked = self.process.signals.mask;
                let r = context::setcontext(&mut self.cpu, &self.mem, &mut blocked);
                self.process.signals.mask = blocked;
                r.map_err(|a| (fail(a), "setcontext"))
            }
            // ta 1: breakpoint.
            1 => Err((SigInfo::fault(sig::SIGTRAP, code::TRAP_BRKPT, pc), "breakpoint trap")),
            _ => Err((SigInfo::fault(sig::SIGILL, code::ILL_ILLTRP, pc), "unknown software trap")),
        };
        if let Err((info, what)) = r {
            return self.raise(info, &format!("{what} (trap 0x{tn:x})"));
        }
        self.deliver_pending()
    }

    /// Deliver the pending signals that have handlers and are not blocked,
    /// lowest first, each frame on top of the last, as Linux does on the
    /// way back to user mode (so the highest-numbered handler runs first).
    fn deliver_pending(&mut self) -> Option<Ending> {
        loop {
            let ready = self.process.signals.pending & !self.process.signals.mask;
            if ready == 0 {
                return None;
            }
            let s = ready.trailing_zeros() as i32 + 1;
            self.process.signals.pending &= !(1u64 << (s - 1));
            if !signal::has_handler(&self.process, s) {
                // Default or ignore: the system-call layer already applied it.
                continue;
            }
            let code = self.process.signals.pending_code[s as usize];
            if let Some(end) = self.raise(SigInfo::sent(s, code), "signal") {
                return Some(end);
            }
        }
    }

    /// The guest gets signal `info.signo`: run its handler, or die by it.
    /// Returns Some when the guest ended.
    fn raise(&mut self, info: SigInfo, what: &str) -> Option<Ending> {
        let s = info.signo;
        let items = self.log.items;
        if items.guest_errors || items.strace || items.exec {
            self.log.write(&format!(
                "guest signal {} ({}) at pc 0x{:x}: {} at 0x{:x}\n",
                s,
                signals::host_signal_name(sig::to_host(s).unwrap_or(s)),
                self.cpu.pc,
                what,
                info.addr.unwrap_or(0)
            ));
        }
        if signal::has_handler(&self.process, s) {
            let delivered = match self.cfg.flavor {
                Flavor::V9 => signal::deliver(&mut self.cpu, &self.mem, &mut self.process, &info),
                f => signal32::deliver(&mut self.cpu, &self.mem, &mut self.process, &info, f == Flavor::V8Plus),
            };
            match delivered {
                Ok(()) => return None,
                Err(_) => return Some(Ending::Signal(sig::SIGSEGV)),
            }
        }
        // Blocked or ignored synchronous signals kill too (Linux's force_sig).
        Some(Ending::Signal(s))
    }

    pub fn print_stats(&self) {
        let j = &self.jit.stats;
        let counters: [u64; lastmile_frontend::sparc::lift::STAT_COUNTERS] = match self.lift.chain {
            // SAFETY: the counters are a leaked array only translated code and we touch.
            Some(ch) if ch.insn_counter != 0 => unsafe { *(ch.insn_counter as *const [u64; 4]) },
            _ => [0; 4],
        };
        let [compiled_insns, exits, ind_hits, ind_misses] = counters;
        let total = compiled_insns + self.stats.interp_insns;
        // Translation: lifting to Cranelift IR and compiling it (CPU time
        // of the thread that did it; the run's time is wall time).
        let translate_ns = j.compile_ns + self.stats.lift_ns;
        eprintln!(
            "lastmile stats: guest instructions run: {} in translated code ({:.2}%), {} interpreted; translation {:.1} ms",
            compiled_insns,
            100.0 * compiled_insns as f64 / total.max(1) as f64,
            self.stats.interp_insns,
            translate_ns as f64 / 1e6
        );
        eprintln!(
            "lastmile stats: interpreted {} blocks ({} guest insns); blocks translated {} ({} guest insns, {:.1} ms lift, {:.1} ms compile, {} code bytes, {} flushes), blocks run {}, dyn-npc blocks {}, syscalls {}, cache hits {} misses {}",
            self.stats.interp_blocks,
            self.stats.interp_insns,
            j.compiled,
            j.guest_insns,
            self.stats.lift_ns as f64 / 1e6,
            j.compile_ns as f64 / 1e6,
            j.code_bytes,
            j.flushes,
            self.stats.blocks_run,
            self.stats.dyn_npc_blocks,
            self.stats.syscalls,
            self.cache.hits,
            self.cache.misses
        );
        let total_ns = self.stats.started.map_or(0, |t| t.elapsed().as_nanos() as u64).max(1);
        let pct = |n: u64| 100.0 * n as f64 / total_ns as f64;
        // With the compile thread, translation overlaps the run.
        let rest = total_ns.saturating_sub(self.stats.jit_ns + self.stats.main_translate_ns);
        let bg_note = if self.bg.is_some() {
            format!(" ({:.1}% on this thread, the rest on the compile thread, overlapped)", pct(self.stats.main_translate_ns))
        } else {
            String::new()
        };
        // Wall time: on a busy host the thread also waits for a core, in
        // any of these (fft, 2026-12-03: the "interpreter and runtime" 7%
        // of a 0.55 s run was mostly that; perf gave the interpreter and
        // the runtime about 1%).
        let waited = total_ns.saturating_sub(lastmile_jit::thread_cpu_ns().saturating_sub(self.stats.started_cpu_ns));
        eprintln!(
            "lastmile stats: time {:.1} ms: translated code {:.1}%, translation {:.1}%{}, interpreter and runtime {:.1}% (this thread waited for a core {:.1}% of the time)",
            total_ns as f64 / 1e6,
            pct(self.stats.jit_ns),
            pct(translate_ns),
            bg_note,
            pct(rest),
            pct(waited)
        );
        eprintln!(
            "lastmile stats: block exits {} in translated code, {:.2}% chained (did not return to the runtime); indirect lookups: {} hits, {} misses",
            exits,
            100.0 * exits.saturating_sub(self.stats.blocks_run) as f64 / exits.max(1) as f64,
            ind_hits,
            ind_misses
        );
        eprintln!(
            "lastmile stats: tiers: interpreter first ({} runs before compiling), then {} single blocks ({} guest insns, {:.1} ms) and {} regions ({} blocks, {} guest insns, {:.1} ms) compiled ({} of them on the compile thread, {} of its jobs here while it was busy; {} regions compiled again, {} for a hot block they left for; {} headed by another's block); faults replayed {}",
            self.tier_threshold,
            j.compiled - self.stats.regions,
            j.guest_insns - self.stats.region_insns,
            translate_ns.saturating_sub(self.stats.region_translate_ns) as f64 / 1e6,
            self.stats.regions,
            self.stats.region_blocks,
            self.stats.region_insns,
            self.stats.region_translate_ns as f64 / 1e6,
            self.stats.bg_compiled,
            self.stats.assisted,
            self.stats.rebuilt,
            self.stats.rejoined,
            self.stats.member_headed,
            self.stats.replays
        );
    }
}

/// The register state in the layout of QEMU 7.2's `-d cpu` for sparc64
/// (target/sparc/cpu.c, sparc_cpu_dump_state), so that lockstep traces of
/// the two can be compared line by line. The window bookkeeping line uses
/// our own window model (cansave etc. differ from qemu's 8-window ring).
pub fn cpu_state_text(c: &SparcCpu) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(1024);
    let _ = writeln!(s, "pc: {:016x}  npc: {:016x}", c.pc, c.npc);
    for (k, name) in ["g", "o", "l", "i"].iter().enumerate() {
        for half in 0..2 {
            let _ = write!(s, "%{}{}-{}:", name, half * 4, half * 4 + 3);
            for i in 0..4 {
                let _ = write!(s, " {:016x}", c.reg((k * 8 + half * 4 + i) as u32));
            }
            // qemu ends the windowed-register lines with a space.
            s.push_str(if k == 0 { "\n" } else { " \n" });
        }
    }
    let cc = |v: u64| {
        format!(
            "{}{}{}{}",
            if v & 8 != 0 { 'N' } else { '-' },
            if v & 4 != 0 { 'Z' } else { '-' },
            if v & 2 != 0 { 'V' } else { '-' },
            if v & 1 != 0 { 'C' } else { '-' }
        )
    };
    let _ = writeln!(
        s,
        "pstate: 00000092 ccr: {:02x} (icc: {} xcc: {}) asi: {:02x} tl: 0 pil: 0 gl: 0",
        c.ccr,
        cc(c.ccr & 15),
        cc(c.ccr >> 4),
        c.asi
    );
    let _ = writeln!(s, "tbr: 0000000000000000 hpstate: 0000000000000000 htba: 0000000000000000");
    let _ = writeln!(s, "cansave: - canrestore: {} otherwin: 0 wstate: 0 cleanwin: - cwp: -", c.canrestore());
    let _ = writeln!(s, "fsr: {:016x} y: {:016x} fprs: {:016x}", c.fsr, c.y, c.fprs);
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acyclic_regions_leave_out_blocks_compiled_code_enters_and_cold_paths() {
        let mut heat: PcMap<u64, u32> = PcMap::default();
        let mut pending: PcMap<u64, Vec<u64>> = PcMap::default();
        heat.insert(0x1000, 64);
        heat.insert(0x2000, 64);
        heat.insert(0x3000, ACYCLIC_MIN_HEAT - 1);
        // An exit of compiled code waits for 0x2000: a member there
        // would be entered from elsewhere.
        pending.insert(0x2000, vec![0xdead0]);
        assert!(acyclic_member_ok(&heat, &pending, 0x1000));
        assert!(!acyclic_member_ok(&heat, &pending, 0x2000));
        // Ran a few times only while the head got hot: a cold path.
        assert!(!acyclic_member_ok(&heat, &pending, 0x3000));
        assert!(!acyclic_member_ok(&heat, &pending, 0x4000));
        heat.insert(0x3000, ACYCLIC_MIN_HEAT);
        assert!(acyclic_member_ok(&heat, &pending, 0x3000));
    }
}
