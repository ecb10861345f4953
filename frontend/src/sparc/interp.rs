//! The first tier: a SPARC interpreter for code that runs a few times.
//!
//! Compiling a block with Cranelift costs tens of microseconds; code that
//! runs once or twice is cheaper to interpret (ARCHITECTURE.md, "Tiers").
//! The interpreter runs exactly the blocks the lifter would translate (a
//! straight run ending at a control transfer and its delay slot, an
//! unconditional trap, or `max` instructions; one instruction when nPC is not
//! PC + 4) and gives them exactly the lifter's semantics, down to the flag
//! rules, the exits and the state at a fault; `jit/tests/sparc_interp.rs`
//! checks that differentially against the compiled code.
//!
//! A block is decoded completely before anything runs ([`decode_block`]).
//! If any of its instructions is one the interpreter leaves to the compiler
//! (most of VIS, VIS partial stores: [`supported`]), nothing runs and the answer is
//! [`Step::Unsupported`]: the caller compiles that same block instead. So a
//! block is interpreted all or nothing, and the decoded form ([`Block`]) can
//! be kept and rerun like a translation.
//!
//! PC/nPC follow the V9 model (manual 5.1.8): every instruction moves
//! PC <- nPC and sets nPC; a delay slot runs when PC lands on it; an
//! instruction that traps leaves PC/nPC at itself and changes nothing else.
//! Condition codes use the lazy record of [`SparcCpu`]: add/sub/logic
//! results are recorded, as translated code records them, and settled only
//! when something reads %ccr.

use super::cpu::{lazy_ccr, Exit, SparcCpu, WIN_REGS, CC_C, CC_N, CC_OP_ADD, CC_OP_CCR, CC_OP_LOGIC, CC_OP_SUB, CC_V, CC_Z};
use super::decode::{decode, Flavor, Insn, Op};
use super::lift::{asi_endianness, exact_fpop, fcc_holds, fcc_shift, Helpers};

/// Guest memory as the interpreter sees it; the runtime implements it over
/// its guest reservation, with the same address mapping translated code uses
/// (the lifter's `space_mask` fold). Addresses are guest effective
/// addresses, already masked to 32 bits for 32-bit code. Accesses handed to
/// it are naturally aligned (the interpreter checks alignment first).
/// Values are big-endian (SPARC memory order): the interpreter byte-swaps
/// for little-endian ASIs itself. `Err(a)` reports a fault at guest
/// address `a` (nothing was accessed).
pub trait GuestMemory {
    /// The instruction word at `addr` (big-endian), if `addr` is mapped
    /// executable; None otherwise.
    fn fetch(&self, addr: u64) -> Option<u32>;
    /// Load `size` (1, 2, 4, 8) bytes at `addr` as a big-endian value,
    /// zero-extended.
    fn load(&self, addr: u64, size: usize) -> Result<u64, u64>;
    /// Store the low `size` bytes of `v` at `addr`, big-endian.
    fn store(&self, addr: u64, size: usize, v: u64) -> Result<(), u64>;
    /// Atomically exchange the big-endian word at `addr` with `v`; returns
    /// the old word.
    fn swap32(&self, addr: u64, v: u32) -> Result<u32, u64>;
    /// Atomically read the byte at `addr` and set it to 0xff; returns the
    /// old byte.
    fn ldstub(&self, addr: u64) -> Result<u8, u64>;
    /// Atomic compare and swap of `size` (4 or 8) bytes at `addr`, values
    /// big-endian (the low `size` bytes of `cmp` and `new`): if memory holds
    /// `cmp`, write `new`. Returns the old value, zero-extended.
    fn cas(&self, addr: u64, size: usize, cmp: u64, new: u64) -> Result<u64, u64>;
}

/// How a call to the interpreter ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The block ran (all of it, or up to an instruction that left with
    /// this exit code): the same code and CPU state translated code gives.
    /// `Exit::Normal`: continue at `cpu.pc` / `cpu.npc`.
    /// `Exit::FetchFault`: nothing ran, the instruction at `cpu.pc` cannot
    /// be fetched (unmapped, not executable, or misaligned pc).
    Exit(Exit),
    /// The block holds an instruction the interpreter does not handle
    /// (most of VIS, VIS partial stores). Nothing ran and nothing changed: compile the
    /// block at `cpu.pc` instead.
    Unsupported,
}

/// Most instructions in an interpreted block (as the lifter's
/// `max_insns`), not counting a delay slot.
pub const MAX_BLOCK_INSNS: usize = 64;

/// A decoded block: what the lifter would lift from the same pc and nPC.
#[derive(Clone)]
pub struct Block {
    /// Guest address of the first instruction.
    pub start: u64,
    /// One past the last guest byte read (for invalidation).
    pub end: u64,
    /// Decoded as a one-instruction dynamic-nPC block (nPC was not PC + 4).
    pub dyn_npc: bool,
    /// The instructions in the interpreter's pre-decoded form (which
    /// holds the decoded instruction too). (A Vec: code run once or twice
    /// is decoded at each run, and an array of the largest block's size
    /// made each decoding initialize and move 1.6 KB: callgrind,
    /// sparc32plus manyfuncs interpreted, 2026-12-04.)
    pre: Vec<Pre>,
}

impl Block {
    /// The number of instructions.
    #[inline]
    pub fn len(&self) -> usize {
        self.pre.len()
    }

    /// Never: a block has at least one instruction.
    pub fn is_empty(&self) -> bool {
        self.pre.is_empty()
    }

    /// The i-th decoded instruction, at `start + 4 * i` (masked).
    #[inline]
    pub fn insn(&self, i: usize) -> &Insn {
        &self.pre[i].insn
    }

    /// The decoded instructions in order.
    pub fn insns(&self) -> impl ExactSizeIterator<Item = &Insn> + '_ {
        self.pre.iter().map(|p| &p.insn)
    }
}

/// What [`Interp::exec_fast`] does with an instruction: the common integer
/// operations, loads, stores and control transfers, with their operands
/// taken apart once per decoded block; `Other` runs through
/// [`Interp::exec`] (the reference: `fast_path_is_exec` checks the two
/// agree). (Callgrind, sparc32plus hashtable interpreted, 2026-12-04: 143
/// host instructions per guest instruction before, 95 with the first
/// kinds, 84 with all of this.)
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
enum K {
    Other,
    Sethi,
    Add,
    Sub,
    And,
    Or,
    Xor,
    Andn,
    Orn,
    Xnor,
    Addcc,
    Subcc,
    Andcc,
    Orcc,
    Xorcc,
    Sll,
    Srl,
    Sra,
    Sllx,
    Srlx,
    Srax,
    /// Loads without ASI of 1, 2, 4, 8 bytes; `aux` 1: sign-extend.
    Ld1,
    Ld2,
    Ld4,
    Ld8,
    St1,
    St2,
    St4,
    St8,
    Mulx,
    /// umul, smul and their cc forms: `aux` = signed | cc << 1.
    Mul32,
    /// udivx / sdivx: `aux` = signed.
    Divx,
    /// udiv, sdiv and their cc forms: `aux` = signed | cc << 1.
    Div32,
    /// addc / subc and their cc forms: `aux` = cc.
    Addc,
    Subc,
    /// rd %y / wr %y.
    Rdy,
    Wry,
    /// MOVcc on icc / xcc (not %fccN): `aux` = cond | xcc << 4; operand 2
    /// is rs2 or simm11.
    Movcc,
    /// MOVr: `aux` = rcond; operand 2 is rs2 or simm10.
    Movr,
    // The kinds above (but `Other`) only move PC/nPC on to the next
    // instruction and do not read them ([`K::straight`]).
    Save,
    Restore,
    /// Bicc / BPcc: `aux` = cond | xcc << 4 | annul << 5; `imm` the target.
    Br,
    /// BPr: `aux` = rcond | annul << 5; `imm` the target.
    Bpr,
    /// `imm` the target.
    Call,
    /// jmpl (not return).
    Jmpl,
}

impl K {
    /// Does an instruction of this kind leave PC and nPC alone but for
    /// PC <- nPC, nPC <- nPC + 4 when it completes, and not read them (nor
    /// call anything that could)? Then a run of them in a block need not
    /// store PC/nPC after each one ([`run_decoded`]).
    #[inline(always)]
    fn straight(self) -> bool {
        self != K::Other && (self as u8) <= K::Movr as u8
    }
}

/// An instruction taken apart for [`Interp::exec_fast`].
#[derive(Clone, Copy, Debug)]
struct Pre {
    /// The instruction (for [`Interp::exec`]).
    insn: Insn,
    kind: K,
    rd: u8,
    rs1: u8,
    /// rs2; 0 (%g0, which reads 0) when operand 2 is the immediate.
    rs2: u8,
    /// Per kind: the shift count mask of a register count, the branch
    /// fields, a load's sign extension.
    aux: u32,
    /// Straight instructions ([`K::straight`]) from this one on in its
    /// block (0: this one is not), set by [`decode_block`].
    run: u8,
    /// Operand 2's immediate (0 when it is rs2, so that operand 2 is
    /// always `reg(rs2) + imm`), a shift count, sethi's value, a
    /// branch's or call's target.
    imm: u64,
}

const PRE_OTHER: Pre = Pre { insn: Insn { word: 0, op: Op::Illegal }, kind: K::Other, rd: 0, rs1: 0, rs2: 0, aux: 0, run: 0, imm: 0 };

/// The pre-decoded form of `insn` at guest address `a` (`m`: the pc mask).
fn pre_decode(insn: &Insn, a: u64, m: u64) -> Pre {
    let insn_ = *insn;
    let (rd, rs1) = (insn.rd() as u8, insn.rs1() as u8);
    let (rs2, imm) = if insn.i() { (0, insn.simm13() as u64) } else { (insn.rs2() as u8, 0) };
    let alu = |kind| Pre { insn: insn_, kind, rd, rs1, rs2, aux: 0, run: 0, imm };
    let branch = |kind, aux: u32, disp: i64| Pre {
        insn: insn_,
        kind,
        rd: 0,
        rs1,
        rs2: 0,
        aux: aux | (insn.annul() as u32) << 5,
        run: 0,
        imm: a.wrapping_add(disp as u64) & m,
    };
    match insn.op {
        Op::Sethi => Pre { kind: K::Sethi, rd, rs1: 0, rs2: 0, aux: 0, imm: (insn.imm22() as u64) << 10, ..alu(K::Sethi) },
        Op::Add => alu(K::Add),
        Op::Sub => alu(K::Sub),
        Op::And => alu(K::And),
        Op::Or => alu(K::Or),
        Op::Xor => alu(K::Xor),
        Op::Andn => alu(K::Andn),
        Op::Orn => alu(K::Orn),
        Op::Xnor => alu(K::Xnor),
        Op::Addcc => alu(K::Addcc),
        Op::Subcc => alu(K::Subcc),
        Op::Andcc => alu(K::Andcc),
        Op::Orcc => alu(K::Orcc),
        Op::Xorcc => alu(K::Xorcc),
        Op::Sll | Op::Srl | Op::Sra | Op::Sllx | Op::Srlx | Op::Srax => {
            let kind = match insn.op {
                Op::Sll => K::Sll,
                Op::Srl => K::Srl,
                Op::Sra => K::Sra,
                Op::Sllx => K::Sllx,
                Op::Srlx => K::Srlx,
                _ => K::Srax,
            };
            let (rs2, imm) = if insn.i() { (0, insn.shcnt() as u64) } else { (insn.rs2() as u8, 0) };
            Pre { rs2, aux: if insn.shift_x() { 63 } else { 31 }, imm, ..alu(kind) }
        }
        Op::Load { size, signed, alt: false } => {
            let kind = match size {
                1 => K::Ld1,
                2 => K::Ld2,
                4 => K::Ld4,
                _ => K::Ld8,
            };
            Pre { aux: signed as u32, ..alu(kind) }
        }
        Op::Store { size, alt: false } => alu(match size {
            1 => K::St1,
            2 => K::St2,
            4 => K::St4,
            _ => K::St8,
        }),
        Op::Bicc => branch(K::Br, insn.cond(), insn.disp22()),
        Op::BPcc => branch(K::Br, insn.cond() | ((insn.bpcc_cc() == 2) as u32) << 4, insn.disp19()),
        Op::BPr => branch(K::Bpr, insn.rcond_bpr(), insn.disp16()),
        Op::Call => Pre { imm: a.wrapping_add(insn.disp30() as u64) & m, ..alu(K::Call) },
        Op::Jmpl => alu(K::Jmpl),
        Op::Save => alu(K::Save),
        Op::Restore => alu(K::Restore),
        Op::Mulx => alu(K::Mulx),
        Op::Umul | Op::Smul | Op::Umulcc | Op::Smulcc => Pre {
            aux: matches!(insn.op, Op::Smul | Op::Smulcc) as u32 | (matches!(insn.op, Op::Umulcc | Op::Smulcc) as u32) << 1,
            ..alu(K::Mul32)
        },
        Op::Udivx | Op::Sdivx => Pre { aux: (insn.op == Op::Sdivx) as u32, ..alu(K::Divx) },
        Op::Udiv | Op::Sdiv | Op::Udivcc | Op::Sdivcc => Pre {
            aux: matches!(insn.op, Op::Sdiv | Op::Sdivcc) as u32 | (matches!(insn.op, Op::Udivcc | Op::Sdivcc) as u32) << 1,
            ..alu(K::Div32)
        },
        Op::Addc | Op::Addccc => Pre { aux: (insn.op == Op::Addccc) as u32, ..alu(K::Addc) },
        Op::Subc | Op::Subccc => Pre { aux: (insn.op == Op::Subccc) as u32, ..alu(K::Subc) },
        Op::Rdasr if insn.rs1() == 0 => alu(K::Rdy),
        Op::Wrasr if rd == 0 => alu(K::Wry),
        Op::Movcc if insn.movcc_cc() & 4 != 0 => {
            let (rs2, imm) = if insn.i() { (0, insn.simm11() as u64) } else { (insn.rs2() as u8, 0) };
            Pre { rs2, imm, aux: insn.movcc_cond() | ((insn.movcc_cc() == 6) as u32) << 4, ..alu(K::Movcc) }
        }
        Op::Movr => {
            let (rs2, imm) = if insn.i() { (0, insn.simm10() as u64) } else { (insn.rs2() as u8, 0) };
            Pre { rs2, imm, aux: insn.rcond_movr(), ..alu(K::Movr) }
        }
        _ => Pre { insn: insn_, ..PRE_OTHER },
    }
}

/// Can the interpreter run this instruction? Everything but most of VIS
/// (IMPDEP1/2 but for [`vis_supported`]), the partial stores (`stda` with
/// an immediate ASI_PST*) and block transfers from %d56 on (which run past
/// `cpu.f`): those go to the compiler. Floating point runs as translated
/// code runs it: FPops through the exact helper the lifter's slow path
/// calls (`lift::exact_fpop`; the fast paths give the same results), FP
/// loads and stores (alternate-space ones included: [`Interp::fp_alt`]),
/// %fsr loads and stores, FBfcc/FBPfcc, FMOVcc/FMOVr and MOVcc on %fccN.
pub fn supported(insn: &Insn) -> bool {
    match insn.op {
        Op::Impdep1 => vis_supported(insn.opf()),
        Op::Impdep2 => false,
        Op::Ldf { size: 8, alt: true } | Op::Stf { size: 8, alt: true } => {
            let asi = insn.imm_asi();
            let partial = !insn.i() && asi & 0xf0 == 0xc0 && asi & 7 < 6;
            let past_f = d_idx(insn.rd()) > 24;
            !(partial && matches!(insn.op, Op::Stf { .. })) && !past_f
        }
        _ => true,
    }
}

/// The VIS instructions the interpreter runs ([`Interp::vis`]): the sixteen
/// logical functions (`fzero`, `fsrc1`, `fxor`, ...), `faligndata` and
/// `alignaddr{,l}`. gcc puts `fzerod` in plain FP code (fft's sine, glibc's
/// memset) and glibc's memcpy uses `alignaddr` / `faligndata`: a block
/// the interpreter refuses is compiled the first time it runs, on the
/// dispatcher's thread (sparc64 bzip2, 2026-12-03: 18 such blocks, 21 ms
/// of its 65 ms of single-block translation; fft: 11 blocks, 18 ms).
fn vis_supported(opf: u32) -> bool {
    matches!(opf, 0x60..=0x7f | 0x48 | 0x18 | 0x1a)
}

/// Does this instruction end its block whatever the state (an
/// unconditional trap, as the lifter ends the block there)?
fn ends_block(insn: &Insn) -> bool {
    match insn.op {
        Op::Tcc => insn.cond() == 8,
        Op::Illtrap | Op::Illegal | Op::Rdpr | Op::Wrpr | Op::Saved | Op::Restored | Op::Done | Op::Retry => true,
        _ => false,
    }
}

/// Does this CTI skip its delay slot whatever happens (`ba,a`, `bn,a`)?
fn annuls_always(insn: &Insn) -> bool {
    match insn.op {
        Op::Bicc | Op::BPcc | Op::FBfcc | Op::FBPfcc => insn.annul() && insn.cond() & 7 == 0,
        _ => false,
    }
}

fn pc_mask(flavor: Flavor) -> u64 {
    if flavor == Flavor::V9 {
        u64::MAX
    } else {
        0xffff_ffff
    }
}

/// Decode the block that starts at `pc` with nPC `npc`, as the lifter's
/// `lift_block` would: with nPC = PC + 4 a straight run up to and including
/// a CTI and its delay slot (unless the CTI never executes it, the slot
/// cannot be fetched or is itself a CTI, or `max` is 1), an instruction that
/// always traps, `max` instructions (at most [`MAX_BLOCK_INSNS`]) or an
/// unfetchable word; otherwise the one instruction at `pc`.
///
/// Err(`Step::Exit(Exit::FetchFault)`) when the first word cannot be
/// fetched; Err(`Step::Unsupported`) when an instruction of the block is
/// not [`supported`].
pub fn decode_block<M: GuestMemory + ?Sized>(
    mem: &M,
    pc: u64,
    npc: u64,
    flavor: Flavor,
    max: usize,
) -> Result<Block, Step> {
    let mask = pc_mask(flavor);
    let max = max.clamp(1, MAX_BLOCK_INSNS);
    let fetch = |a: u64| if a & 3 != 0 { None } else { mem.fetch(a) };
    let first = fetch(pc).ok_or(Step::Exit(Exit::FetchFault))?;
    let dyn_npc = npc != pc.wrapping_add(4) & mask;
    let mut b = Block {
        start: pc,
        end: pc.wrapping_add(4),
        dyn_npc,
        pre: Vec::with_capacity(16),
    };
    let mut a = pc;
    let mut word = first;
    loop {
        let insn = decode(word, flavor);
        if !supported(&insn) {
            return Err(Step::Unsupported);
        }
        b.pre.push(pre_decode(&insn, a, mask));
        b.end = a.wrapping_add(4);
        if dyn_npc || ends_block(&insn) {
            break;
        }
        let next = a.wrapping_add(4) & mask;
        if insn.is_cti() {
            if !annuls_always(&insn) && max > 1 {
                if let Some(d) = fetch(next).map(|w| decode(w, flavor)) {
                    if !d.is_cti() {
                        if !supported(&d) {
                            return Err(Step::Unsupported);
                        }
                        b.pre.push(pre_decode(&d, next, mask));
                        b.end = next.wrapping_add(4);
                    }
                }
            }
            break;
        }
        if b.pre.len() >= max {
            break;
        }
        match fetch(next) {
            Some(w) => {
                a = next;
                word = w;
            }
            None => break,
        }
    }
    let mut run = 0u8;
    for p in b.pre.iter_mut().rev() {
        run = if p.kind.straight() { run + 1 } else { 0 };
        p.run = run;
    }
    Ok(b)
}

/// Run the block at `cpu.pc` / `cpu.npc`: decode it ([`decode_block`]) and
/// execute it ([`run_decoded`]). Returns how it ended and the number of
/// instructions that completed (an instruction that traps or faults does
/// not count; an annulled delay slot does not either).
///
/// # Safety
/// Every address in `helpers` must be an `extern "C" fn(*mut SparcCpu) ->
/// u64` that may be called on `cpu` (the contract of `LiftConfig::helpers`).
pub unsafe fn run_block<M: GuestMemory + ?Sized>(
    cpu: &mut SparcCpu,
    mem: &M,
    flavor: Flavor,
    helpers: &Helpers,
    max: usize,
) -> (Step, usize) {
    match decode_at(cpu, mem, flavor, max) {
        Ok(b) => run_decoded(cpu, mem, flavor, helpers, &b),
        Err(s) => (s, 0),
    }
}

/// [`decode_block`] at `cpu.pc` / `cpu.npc`; a fetch fault's address goes
/// to `cpu.exit_arg`.
fn decode_at<M: GuestMemory + ?Sized>(cpu: &mut SparcCpu, mem: &M, flavor: Flavor, max: usize) -> Result<Block, Step> {
    decode_block(mem, cpu.pc, cpu.npc, flavor, max).inspect_err(|&s| {
        if s == Step::Exit(Exit::FetchFault) {
            cpu.exit_arg = cpu.pc;
        }
    })
}

/// Recover the exact state of a fault in translated code that left the
/// CPU state of an earlier sync point (lift::FaultPoint::Replay): run from
/// `cpu.pc` / `cpu.npc` (the sync point) block by block until an exit other
/// than `Exit::Normal`, which is returned (normally the same fault, now
/// with the state hardware would show). None: an instruction the
/// interpreter does not handle (the lifter never replays across one), or
/// no exit within `max_blocks` (a loop without a sync point replays all its
/// iterations: the runtime's bound is large).
///
/// # Safety
/// As [`run_block`].
pub unsafe fn replay_to_fault<M: GuestMemory + ?Sized>(
    cpu: &mut SparcCpu,
    mem: &M,
    flavor: Flavor,
    helpers: &Helpers,
    max_blocks: usize,
) -> Option<Exit> {
    // A loop replayed from a sync point before it runs its blocks many
    // times: each is decoded once (the translated code being replayed did
    // not see its own code change either).
    let mut decoded: std::collections::HashMap<(u64, u64), Block> = std::collections::HashMap::new();
    for _ in 0..max_blocks {
        let key = (cpu.pc, cpu.npc);
        let step = match decoded.entry(key) {
            std::collections::hash_map::Entry::Occupied(b) => run_decoded(cpu, mem, flavor, helpers, b.get()).0,
            std::collections::hash_map::Entry::Vacant(v) => match decode_at(cpu, mem, flavor, MAX_BLOCK_INSNS) {
                Ok(b) => run_decoded(cpu, mem, flavor, helpers, v.insert(b)).0,
                Err(s) => s,
            },
        };
        match step {
            Step::Exit(Exit::Normal) => {}
            Step::Exit(e) => return Some(e),
            Step::Unsupported => return None,
        }
    }
    None
}

/// Recover a fault in translated code at an access sent past the guest
/// space: 64-bit code computes `[%base + %idx]` with %idx known below 2^32
/// as `(base & space_mask) + idx` (lift `host_addr_tagged`), which leaves
/// the space, and faults in the PROT_NONE rest of the reservation, where
/// base + idx wraps past it. Run from `cpu.pc` / `cpu.npc` (the exact
/// state at the access at `fault_pc`, or an earlier sync point) one
/// instruction at a time up to the first run of the instruction at
/// `fault_pc` whose operands wrap so ([`wraps_past_space`]: the translated
/// code did not fault at an earlier one), and run that one too: it
/// completes, faults or traps as the interpreter decides. Returns the
/// first exit other than `Exit::Normal`, or `Exit::Normal` when the access
/// completed (go on at `cpu.pc`); None as [`replay_to_fault`].
///
/// # Safety
/// As [`run_block`].
pub unsafe fn run_past_space<M: GuestMemory + ?Sized>(
    cpu: &mut SparcCpu,
    mem: &M,
    flavor: Flavor,
    helpers: &Helpers,
    fault_pc: u64,
    space_mask: u64,
    max_insns: usize,
) -> Option<Exit> {
    let mut decoded: std::collections::HashMap<(u64, u64), Block> = std::collections::HashMap::new();
    for _ in 0..max_insns {
        let at = cpu.pc == fault_pc && wraps_past_space(cpu, mem, flavor, space_mask);
        let key = (cpu.pc, cpu.npc);
        let step = match decoded.entry(key) {
            std::collections::hash_map::Entry::Occupied(b) => run_decoded(cpu, mem, flavor, helpers, b.get()).0,
            std::collections::hash_map::Entry::Vacant(v) => match decode_at(cpu, mem, flavor, 1) {
                Ok(b) => run_decoded(cpu, mem, flavor, helpers, v.insert(b)).0,
                Err(s) => s,
            },
        };
        match step {
            Step::Exit(Exit::Normal) if at => return Some(Exit::Normal),
            Step::Exit(Exit::Normal) => {}
            Step::Exit(e) => return Some(e),
            Step::Unsupported => return None,
        }
    }
    None
}

/// Is the instruction at `cpu.pc` a memory access `[rs1 + rs2/simm13]`
/// with one operand below 2^32 whose sum with the other, masked by
/// `space_mask`, is past the space: `(a & space_mask) + b > space_mask`
/// with b < 2^32 (either way round)? Where translated code sends it past
/// the space ([`run_past_space`]).
pub fn wraps_past_space<M: GuestMemory + ?Sized>(cpu: &SparcCpu, mem: &M, flavor: Flavor, space_mask: u64) -> bool {
    let Some(word) = mem.fetch(cpu.pc) else { return false };
    if word >> 30 != 3 {
        return false;
    }
    let insn = decode(word, flavor);
    let a = cpu.reg(insn.rs1());
    let b = if insn.i() { insn.simm13() as u64 } else { cpu.reg(insn.rs2()) };
    let past = |x: u64, small: u64| small >> 32 == 0 && (x & space_mask) + small > space_mask;
    past(a, b) || past(b, a)
}

/// Execute a decoded block from `cpu.pc` / `cpu.npc` (normally the block's
/// start and the nPC it was decoded with). Execution follows PC through the
/// block and stops when PC leaves it (a taken branch, an annulled delay
/// slot, the end), or at an exit. Returns as [`run_block`]. Any nPC gives
/// the V9 result (a block decoded with nPC = PC + 4 run with another nPC
/// stops after its first instruction); if `cpu.pc` is not `block.start`,
/// nothing runs. A kept block must be dropped when its guest range
/// (`start..end`) is modified, as a translation is.
///
/// # Safety
/// As [`run_block`].
pub unsafe fn run_decoded<M: GuestMemory + ?Sized>(
    cpu: &mut SparcCpu,
    mem: &M,
    flavor: Flavor,
    helpers: &Helpers,
    block: &Block,
) -> (Step, usize) {
    let mask = pc_mask(flavor);
    let mut it = Interp::new(cpu, mem, helpers, flavor, mask);
    let mut addr = block.start;
    let mut done = 0;
    let pre = &block.pre[..];
    let mut i = 0;
    while i < pre.len() {
        if it.cpu.pc != addr {
            break;
        }
        let run = pre[i].run as usize;
        if run != 0 && it.cpu.npc == addr.wrapping_add(4) & mask {
            // A run of straight instructions from PC = addr, nPC = addr + 4:
            // each leaves PC = its address + 4, nPC = + 8 and reads
            // neither, so they are stored once, after the run or at the
            // instruction that exits (which leaves them at itself).
            // (Measured 2026-12-04, sparc64 hashtable interpreted, 11
            // alternating runs: user time 1.30 s with these runs, 1.45 s
            // without, although callgrind counts 2% more instructions:
            // 17.16 G against 16.76 G on sparc32plus hashtable.)
            for p in &pre[i..i + run] {
                if let Err(e) = it.exec_straight(p) {
                    it.cpu.pc = addr;
                    it.cpu.npc = addr.wrapping_add(4) & mask;
                    return (Step::Exit(e), done);
                }
                done += 1;
                addr = addr.wrapping_add(4) & mask;
            }
            i += run;
            it.cpu.pc = addr;
            it.cpu.npc = addr.wrapping_add(4) & mask;
            continue;
        }
        if let Err(e) = it.exec_fast(&pre[i]) {
            return (Step::Exit(e), done);
        }
        done += 1;
        i += 1;
        addr = addr.wrapping_add(4) & mask;
    }
    (Step::Exit(Exit::Normal), done)
}

/// The integer condition `cond` (Bicc encoding, 5.1.6.2 / A.6) on icc, or on
/// xcc when `xcc`, of a settled %ccr.
#[inline]
fn cond_holds(ccr: u64, cond: u32, xcc: bool) -> bool {
    let f = if xcc { ccr >> 4 } else { ccr };
    let (n, z, v, c) = (f & CC_N != 0, f & CC_Z != 0, f & CC_V != 0, f & CC_C != 0);
    let base = match cond & 7 {
        0 => false,
        1 => z,
        2 => z || (n ^ v),
        3 => n ^ v,
        4 => c || z,
        5 => c,
        6 => n,
        _ => v,
    };
    // Conditions 8..15 are the negations of 0..7 (8 = always).
    base ^ (cond & 8 != 0)
}

/// The register condition of BPr / MOVr (A.3, A.36): 1 z, 2 lez, 3 lz,
/// 5 nz, 6 gz, 7 gez (0 and 4 are reserved and do not decode).
#[inline]
fn rcond_holds(rcond: u32, v: u64) -> bool {
    let s = v as i64;
    match rcond {
        1 => s == 0,
        2 => s <= 0,
        3 => s < 0,
        5 => s != 0,
        6 => s > 0,
        _ => s >= 0,
    }
}

/// Endianness of the ASI held in %asi: Ok(big-endian?), Err for one user
/// code may not use. The run-time check translated code makes.
fn dyn_asi_endianness(asi: u64) -> Result<bool, ()> {
    if asi & !0x0b != 0x80 {
        Err(())
    } else {
        Ok(asi & 8 == 0)
    }
}

/// Index in `cpu.f` of the double register encoded as `r` (V9 5.1.4.1),
/// as the lifter's fp.rs.
fn d_idx(r: u32) -> usize {
    (((r & 1) << 4) | (r >> 1)) as usize
}

/// Index in `cpu.f` of the high half of the quad register encoded as `r`.
fn q_idx(r: u32) -> usize {
    (((r & 1) << 4) | ((r & 0x1c) >> 1)) as usize
}

/// %fsr.cexc and %fsr.ftt.
const FSR_CEXC_FTT: u64 = 0x1f | (7 << 14);

/// Byte-swap the low `size` bytes of `v` (zero-extended result).
fn bswap(v: u64, size: usize) -> u64 {
    match size {
        1 => v & 0xff,
        2 => (v as u16).swap_bytes() as u64,
        4 => (v as u32).swap_bytes() as u64,
        _ => v.swap_bytes(),
    }
}

/// Sign-extend the low `size` bytes of `v`.
#[inline]
fn sext(v: u64, size: usize) -> u64 {
    let s = 64 - 8 * size as u32;
    (((v << s) as i64) >> s) as u64
}

struct Interp<'c, 'm, M: ?Sized> {
    cpu: &'c mut SparcCpu,
    mem: &'m M,
    helpers: &'m Helpers,
    flavor: Flavor,
    /// Address and pc mask: all ones for V9, 32 bits for V8 / V8+.
    mask: u64,
    /// `cpu.wbase()`, kept up to date by everything that moves the
    /// window (`Interp::window_moved`); `wb + 24 <= WIN_REGS`.
    wb: usize,
}

impl<'c, 'm, M: GuestMemory + ?Sized> Interp<'c, 'm, M> {
    #[inline(always)]
    fn new(cpu: &'c mut SparcCpu, mem: &'m M, helpers: &'m Helpers, flavor: Flavor, mask: u64) -> Self {
        let mut it = Interp { cpu, mem, helpers, flavor, mask, wb: 0 };
        it.window_moved();
        it
    }

    /// `cpu.wptr` may have moved: take `wb` from it again.
    #[inline(always)]
    fn window_moved(&mut self) {
        let wb = self.cpu.wbase() as usize;
        // The current window's 24 registers are in `win` (what cpu.reg's
        // bounds checks made sure of at each access).
        assert!(wb <= WIN_REGS - 24, "window pointer outside the window array");
        self.wb = wb;
    }

    // ------------------------------------------------------------- operands

    /// `cpu.reg(r)`, with the window's base from `wb`.
    #[inline(always)]
    fn reg(&self, r: u32) -> u64 {
        let r = (r & 31) as usize;
        if r < 8 {
            let v = self.cpu.g[r];
            if r == 0 {
                0
            } else {
                v
            }
        } else {
            // SAFETY: wb + 24 <= WIN_REGS (window_moved) and 8 <= r < 32.
            unsafe { *self.cpu.win.get_unchecked(self.wb + r - 8) }
        }
    }

    /// `cpu.set_reg(r, v)`, with the window's base from `wb`.
    #[inline(always)]
    fn set(&mut self, r: u32, v: u64) {
        let r = (r & 31) as usize;
        if r < 8 {
            if r != 0 {
                self.cpu.g[r] = v;
            }
        } else {
            // SAFETY: as in `reg`.
            unsafe { *self.cpu.win.get_unchecked_mut(self.wb + r - 8) = v }
        }
    }

    /// The second operand: rs2 or simm13.
    fn op2(&self, insn: &Insn) -> u64 {
        if insn.i() {
            insn.simm13() as u64
        } else {
            self.reg(insn.rs2())
        }
    }

    /// rs1 + operand 2, masked for 32-bit code (effective addresses).
    fn ea(&self, insn: &Insn) -> u64 {
        self.reg(insn.rs1()).wrapping_add(self.op2(insn)) & self.mask
    }

    // ------------------------------------------------------ condition codes

    #[inline(always)]
    fn ccr(&mut self) -> u64 {
        self.cpu.settle_cc()
    }

    /// Record flags lazily, as translated code leaves them.
    #[inline(always)]
    fn set_lazy(&mut self, op: u64, a: u64, b: u64, r: u64) {
        self.cpu.cc_op = op;
        self.cpu.cc_a = a;
        self.cpu.cc_b = b;
        self.cpu.cc_r = r;
    }

    /// N and Z of a logical result; V = C = 0 (only `cc_r` is recorded).
    #[inline(always)]
    fn set_logic(&mut self, r: u64) {
        self.cpu.cc_op = CC_OP_LOGIC;
        self.cpu.cc_r = r;
    }

    fn set_ccr(&mut self, v: u64) {
        self.cpu.ccr = v;
        self.cpu.cc_op = CC_OP_CCR;
    }

    /// Integer condition on icc / xcc.
    #[inline(always)]
    fn cond(&mut self, cond: u32, xcc: bool) -> bool {
        match cond {
            0 => false,
            8 => true,
            _ => {
                let ccr = self.ccr();
                cond_holds(ccr, cond, xcc)
            }
        }
    }

    // ---------------------------------------------------------------- exits

    /// Leave with `code` and `arg` at the current instruction (PC/nPC stay).
    #[inline(always)]
    fn exit(&mut self, code: Exit, arg: u64) -> Exit {
        self.cpu.exit_arg = arg;
        code
    }

    fn exit_word(&mut self, code: Exit, insn: &Insn) -> Exit {
        self.exit(code, insn.word as u64)
    }

    /// PC <- nPC, nPC <- nPC + 4: the successor of a non-CTI.
    #[inline(always)]
    fn advance(&mut self) {
        self.cpu.pc = self.cpu.npc;
        self.cpu.npc = self.cpu.npc.wrapping_add(4) & self.mask;
    }

    // -------------------------------------------------------------- helpers

    fn call(&mut self, addr: u64) -> u64 {
        // SAFETY: the caller of run_block / run_decoded guarantees that the
        // helper addresses are functions of this signature (as for the
        // lifter, which calls them the same way).
        let f: extern "C" fn(*mut SparcCpu) -> u64 = unsafe { std::mem::transmute(addr as usize) };
        let r = f(&mut *self.cpu as *mut SparcCpu);
        // (The window helpers move it; the others leave it.)
        self.window_moved();
        r
    }

    /// The window part of `save` (A.46): the inline fast path translated
    /// code takes when the window array has room, else the helper (spill).
    #[inline(always)]
    fn window_save(&mut self) -> Result<(), Exit> {
        if self.cpu.wbase() >= 16 {
            // canrestore goes up by one: `rlimit` stays.
            self.cpu.wptr = self.cpu.wptr.wrapping_sub(16);
            self.window_moved();
            return Ok(());
        }
        match self.call(self.helpers.save) {
            0 => Ok(()),
            r => Err(Exit::from_u64(r)), // exit_arg set by the helper
        }
    }

    /// The window part of `restore` and `return` (A.46, A.45): inline when
    /// the older window is in the array, else the helper (fill).
    #[inline(always)]
    fn window_restore(&mut self) -> Result<(), Exit> {
        if self.cpu.canrestore() != 0 {
            // canrestore goes down by one: `rlimit` stays.
            self.cpu.wptr = self.cpu.wptr.wrapping_add(16);
            self.window_moved();
            return Ok(());
        }
        match self.call(self.helpers.restore) {
            0 => Ok(()),
            r => Err(Exit::from_u64(r)),
        }
    }

    // --------------------------------------------------------------- memory

    /// Check natural alignment of a `size`-byte access (mem_address_not_aligned).
    #[inline(always)]
    fn align(&mut self, ea: u64, size: usize) -> Result<(), Exit> {
        if ea & (size as u64 - 1) != 0 {
            Err(self.exit(Exit::Unaligned, ea))
        } else {
            Ok(())
        }
    }

    #[inline(always)]
    fn fault(&mut self, addr: u64) -> Exit {
        self.exit(Exit::Fault, addr)
    }

    /// Byte order of an alternate-space access (A.28, A.55): the immediate
    /// ASI, or %asi when i = 1. Ok(big-endian?); a privileged or unknown ASI
    /// exits Privileged (V8: every alternate-space access traps). User ASIs: 0x80-0x83 (primary, secondary and their
    /// no-fault forms) big-endian, 0x88-0x8b little-endian, as the lifter.
    fn asi(&mut self, insn: &Insn) -> Result<bool, Exit> {
        if self.flavor == Flavor::V8 {
            // V8: alternate-space accesses are privileged; with i = 1 they
            // are illegal (V8 manual B.1, B.4).
            let why = if insn.i() { Exit::Illegal } else { Exit::Privileged };
            return Err(self.exit_word(why, insn));
        }
        let r = if insn.i() { dyn_asi_endianness(self.cpu.asi) } else { asi_endianness(insn.imm_asi()) };
        r.map_err(|()| self.exit_word(Exit::Privileged, insn))
    }

    /// A store or atomic through a no-fault ASI faults (SIGSEGV at the
    /// address), as in the lifter's `nf_store_check`.
    fn nf_store(&mut self, insn: &Insn, ea: u64) -> Result<(), Exit> {
        let asi = if insn.i() { self.cpu.asi as u32 } else { insn.imm_asi() };
        if asi & 0xf6 == 0x82 {
            Err(self.fault(ea))
        } else {
            Ok(())
        }
    }

    // ------------------------------------------------------------ execution

    /// Operand 2 of a pre-decoded instruction: rs2 or the immediate.
    #[inline(always)]
    fn op2p(&self, p: &Pre) -> u64 {
        self.reg(p.rs2 as u32).wrapping_add(p.imm)
    }

    /// [`Interp::exec`] of `insn` through its pre-decoded form `p` (the
    /// same result, checked by the test `fast_path_is_exec`).
    #[inline(always)]
    fn exec_fast(&mut self, p: &Pre) -> Result<(), Exit> {
        if p.kind.straight() {
            self.exec_straight(p)?;
            self.advance();
            return Ok(());
        }
        let rd = p.rd as u32;
        let alu = |it: &Self| (it.reg(p.rs1 as u32), it.op2p(p));
        match p.kind {
            K::Other => return self.exec(&p.insn),
            K::Save | K::Restore => {
                let (a, b) = alu(self);
                if p.kind == K::Save {
                    self.window_save()?;
                } else {
                    self.window_restore()?;
                }
                self.set(rd, a.wrapping_add(b));
            }
            K::Br => {
                let c = p.aux & 15;
                let taken = self.cond(c, p.aux & 16 != 0);
                self.branch(taken, p.imm, p.aux & 32 != 0, c & 7 == 0);
                return Ok(());
            }
            K::Bpr => {
                let taken = rcond_holds(p.aux & 7, self.reg(p.rs1 as u32));
                self.branch(taken, p.imm, p.aux & 32 != 0, false);
                return Ok(());
            }
            K::Call => {
                let pc = self.cpu.pc;
                self.set(15, pc);
                self.cpu.pc = self.cpu.npc;
                self.cpu.npc = p.imm;
                return Ok(());
            }
            K::Jmpl => {
                let (pc, npc) = (self.cpu.pc, self.cpu.npc);
                let t = self.reg(p.rs1 as u32).wrapping_add(self.op2p(p)) & self.mask;
                self.align(t, 4)?;
                self.set(rd, pc);
                self.cpu.pc = npc;
                self.cpu.npc = t;
                return Ok(());
            }
            _ => unreachable!("straight kinds are run above"),
        }
        self.advance();
        Ok(())
    }

    /// An instruction of a [`K::straight`] kind, but for moving PC/nPC
    /// on.
    #[inline(always)]
    fn exec_straight(&mut self, p: &Pre) -> Result<(), Exit> {
        let rd = p.rd as u32;
        let alu = |it: &Self| (it.reg(p.rs1 as u32), it.op2p(p));
        match p.kind {
            K::Sethi => self.set(rd, p.imm),
            K::Add => {
                let (a, b) = alu(self);
                self.set(rd, a.wrapping_add(b));
            }
            K::Sub => {
                let (a, b) = alu(self);
                self.set(rd, a.wrapping_sub(b));
            }
            K::And => {
                let (a, b) = alu(self);
                self.set(rd, a & b);
            }
            K::Or => {
                let (a, b) = alu(self);
                self.set(rd, a | b);
            }
            K::Xor => {
                let (a, b) = alu(self);
                self.set(rd, a ^ b);
            }
            K::Andn => {
                let (a, b) = alu(self);
                self.set(rd, a & !b);
            }
            K::Orn => {
                let (a, b) = alu(self);
                self.set(rd, a | !b);
            }
            K::Xnor => {
                let (a, b) = alu(self);
                self.set(rd, !(a ^ b));
            }
            K::Addcc => {
                let (a, b) = alu(self);
                let r = a.wrapping_add(b);
                self.set_lazy(CC_OP_ADD, a, b, r);
                self.set(rd, r);
            }
            K::Subcc => {
                let (a, b) = alu(self);
                let r = a.wrapping_sub(b);
                self.set_lazy(CC_OP_SUB, a, b, r);
                self.set(rd, r);
            }
            K::Andcc | K::Orcc | K::Xorcc => {
                let (a, b) = alu(self);
                let r = match p.kind {
                    K::Andcc => a & b,
                    K::Orcc => a | b,
                    _ => a ^ b,
                };
                self.set_logic(r);
                self.set(rd, r);
            }
            K::Sll | K::Srl | K::Sra | K::Sllx | K::Srlx | K::Srax => {
                let a = self.reg(p.rs1 as u32);
                // rs2 masked (a register count), or %g0 and the count.
                let cnt = ((self.reg(p.rs2 as u32) & p.aux as u64) + p.imm) as u32;
                let r = match p.kind {
                    K::Sll | K::Sllx => a << cnt,
                    K::Srlx => a >> cnt,
                    K::Srax => ((a as i64) >> cnt) as u64,
                    K::Srl => (a & 0xffff_ffff) >> cnt,
                    _ => ((a as i32 as i64) >> cnt) as u64,
                };
                self.set(rd, r);
            }
            K::Ld1 => self.load_fast(p, 1)?,
            K::Ld2 => self.load_fast(p, 2)?,
            K::Ld4 => self.load_fast(p, 4)?,
            K::Ld8 => self.load_fast(p, 8)?,
            K::St1 => self.store_fast(p, 1)?,
            K::St2 => self.store_fast(p, 2)?,
            K::St4 => self.store_fast(p, 4)?,
            K::St8 => self.store_fast(p, 8)?,
            K::Mulx => {
                let (a, b) = alu(self);
                self.set(rd, a.wrapping_mul(b));
            }
            K::Mul32 => {
                let (a, b) = alu(self);
                self.mul32(rd, a, b, p.aux & 1 != 0, p.aux & 2 != 0);
            }
            K::Divx => {
                let (a, b) = alu(self);
                self.divx(&p.insn, rd, a, b, p.aux != 0)?;
            }
            K::Div32 => {
                let (a, b) = alu(self);
                self.div32(&p.insn, rd, a, b, p.aux & 1 != 0, p.aux & 2 != 0)?;
            }
            K::Addc => {
                let (a, b) = alu(self);
                let r = a.wrapping_add(b).wrapping_add(self.ccr() & CC_C);
                if p.aux != 0 {
                    self.set_lazy(CC_OP_ADD, a, b, r);
                }
                self.set(rd, r);
            }
            K::Subc => {
                let (a, b) = alu(self);
                let r = a.wrapping_sub(b).wrapping_sub(self.ccr() & CC_C);
                if p.aux != 0 {
                    self.set_lazy(CC_OP_SUB, a, b, r);
                }
                self.set(rd, r);
            }
            K::Rdy => {
                let y = self.cpu.y;
                self.set(rd, y);
            }
            K::Wry => {
                let (a, b) = alu(self);
                self.cpu.y = (a ^ b) & 0xffff_ffff;
            }
            K::Movcc => {
                if self.cond(p.aux & 15, p.aux & 16 != 0) {
                    let v = self.op2p(p);
                    self.set(rd, v);
                }
            }
            K::Movr => {
                if rcond_holds(p.aux, self.reg(p.rs1 as u32)) {
                    let v = self.op2p(p);
                    self.set(rd, v);
                }
            }
            _ => unreachable!("not a straight kind"),
        }
        Ok(())
    }

    /// A load without ASI of `size` bytes (as `simple`'s `Op::Load`).
    #[inline(always)]
    fn load_fast(&mut self, p: &Pre, size: usize) -> Result<(), Exit> {
        let ea = self.reg(p.rs1 as u32).wrapping_add(self.op2p(p)) & self.mask;
        self.align(ea, size)?;
        let v = self.mem.load(ea, size).map_err(|a| self.fault(a))?;
        self.set(p.rd as u32, if p.aux != 0 { sext(v, size) } else { v });
        Ok(())
    }

    /// A store without ASI of `size` bytes (as `simple`'s `Op::Store`).
    #[inline(always)]
    fn store_fast(&mut self, p: &Pre, size: usize) -> Result<(), Exit> {
        let ea = self.reg(p.rs1 as u32).wrapping_add(self.op2p(p)) & self.mask;
        self.align(ea, size)?;
        let v = self.reg(p.rd as u32);
        self.mem.store(ea, size, v).map_err(|a| self.fault(a))
    }

    /// PC/nPC after a conditional branch to `target` (as `cti`).
    #[inline(always)]
    fn branch(&mut self, taken: bool, target: u64, annul: bool, always: bool) {
        let npc = self.cpu.npc;
        let m = self.mask;
        if always && annul {
            // ba,a / bn,a: the delay slot is annulled (A.6).
            if taken {
                self.cpu.pc = target;
                self.cpu.npc = target.wrapping_add(4) & m;
            } else {
                self.cpu.pc = npc.wrapping_add(4) & m;
                self.cpu.npc = npc.wrapping_add(8) & m;
            }
        } else if taken {
            self.cpu.pc = npc;
            self.cpu.npc = target;
        } else if annul {
            // Conditional, not taken, annul bit: skip the delay slot.
            self.cpu.pc = npc.wrapping_add(4) & m;
            self.cpu.npc = npc.wrapping_add(8) & m;
        } else {
            self.cpu.pc = npc;
            self.cpu.npc = npc.wrapping_add(4) & m;
        }
    }

    /// udiv/sdiv (A.10): dividend %y : a[31:0], divisor b[31:0]; a
    /// quotient out of range saturates and sets icc.V (cc forms).
    #[inline(always)]
    fn div32(&mut self, insn: &Insn, rd: u32, a: u64, b: u64, signed: bool, cc: bool) -> Result<(), Exit> {
        let x0 = (self.cpu.y << 32) | (a & 0xffff_ffff);
        let x1 = if signed { b as i32 as i64 as u64 } else { b & 0xffff_ffff };
        if x1 == 0 {
            return Err(self.exit_word(Exit::DivZero, insn));
        }
        let (r, ovf) = if signed {
            let q = (x0 as i64).wrapping_div(x1 as i64);
            if q > 0x7fff_ffff || (x0 as i64 == i64::MIN && x1 as i64 == -1) {
                (0x7fff_ffff, true)
            } else if q < -0x8000_0000 {
                (0xffff_ffff_8000_0000, true)
            } else {
                (q as u64, false)
            }
        } else {
            let q = x0 / x1;
            if q > 0xffff_ffff {
                (0xffff_ffff, true)
            } else {
                (q, false)
            }
        };
        if cc {
            // N, Z of both; icc.V = overflow; C = 0, xcc.V = 0.
            let f = lazy_ccr(CC_OP_LOGIC, 0, 0, r) | if ovf { CC_V } else { 0 };
            self.set_ccr(f);
        }
        self.set(rd, r);
        Ok(())
    }

    /// udivx/sdivx (A.37).
    #[inline(always)]
    fn divx(&mut self, insn: &Insn, rd: u32, a: u64, b: u64, signed: bool) -> Result<(), Exit> {
        if b == 0 {
            return Err(self.exit_word(Exit::DivZero, insn));
        }
        let r = if !signed {
            a / b
        } else {
            // INT64_MIN / -1 gives INT64_MIN.
            (a as i64).wrapping_div(b as i64) as u64
        };
        self.set(rd, r);
        Ok(())
    }

    /// umul/smul (A.38): the 64-bit product to rd, its high word to %y;
    /// the cc forms set flags as a logical result.
    #[inline(always)]
    fn mul32(&mut self, rd: u32, a: u64, b: u64, signed: bool, cc: bool) {
        let r = if signed {
            (a as i32 as i64).wrapping_mul(b as i32 as i64) as u64
        } else {
            (a & 0xffff_ffff).wrapping_mul(b & 0xffff_ffff)
        };
        self.cpu.y = r >> 32;
        if cc {
            self.set_logic(r);
        }
        self.set(rd, r);
    }

    /// Execute one instruction at `cpu.pc` with successor `cpu.npc`. On Ok,
    /// PC and nPC have moved on; on Err nothing of the instruction was done
    /// (PC/nPC at it, `exit_arg` set).
    fn exec(&mut self, insn: &Insn) -> Result<(), Exit> {
        if insn.is_cti() {
            self.cti(insn)
        } else {
            self.simple(insn)?;
            self.advance();
            Ok(())
        }
    }

    /// A control transfer (A.3, A.6, A.7, A.8, A.24, A.45), V9 5.1.8:
    /// PC <- nPC and nPC <- target when the transfer happens; an annulled
    /// delay slot is skipped (PC <- nPC + 4).
    fn cti(&mut self, insn: &Insn) -> Result<(), Exit> {
        let pc = self.cpu.pc;
        let npc = self.cpu.npc;
        let m = self.mask;
        let annul = insn.annul();
        // (taken?, target) of a conditional or unconditional branch.
        let (taken, target, always) = match insn.op {
            Op::Bicc | Op::BPcc => {
                let disp = if insn.op == Op::Bicc { insn.disp22() } else { insn.disp19() };
                let xcc = insn.op == Op::BPcc && insn.bpcc_cc() == 2;
                let c = insn.cond();
                (self.cond(c, xcc), pc.wrapping_add(disp as u64) & m, c & 7 == 0)
            }
            Op::BPr => {
                let v = self.reg(insn.rs1());
                (rcond_holds(insn.rcond_bpr(), v), pc.wrapping_add(insn.disp16() as u64) & m, false)
            }
            Op::Call => {
                // %o7 <- address of the call (A.8).
                self.set(15, pc);
                self.cpu.pc = npc;
                self.cpu.npc = pc.wrapping_add(insn.disp30() as u64) & m;
                return Ok(());
            }
            Op::Jmpl | Op::Return => {
                let t = self.ea(insn);
                // A misaligned target traps before anything changes (A.24).
                self.align(t, 4)?;
                if insn.op == Op::Jmpl {
                    self.set(insn.rd(), pc);
                } else {
                    // RETURN: the target comes from the old window; then
                    // the window of `restore` (A.45).
                    self.window_restore()?;
                }
                self.cpu.pc = npc;
                self.cpu.npc = t;
                return Ok(());
            }
            Op::FBfcc | Op::FBPfcc => {
                let (disp, fcc) = if insn.op == Op::FBfcc { (insn.disp22(), 0) } else { (insn.disp19(), insn.bpcc_cc()) };
                let c = insn.cond();
                (self.fcond(c, fcc), pc.wrapping_add(disp as u64) & m, c & 7 == 0)
            }
            _ => return Err(self.exit_word(Exit::Illegal, insn)),
        };
        self.branch(taken, target, annul, always);
        Ok(())
    }

    /// Everything but control transfers; the caller advances PC/nPC.
    fn simple(&mut self, insn: &Insn) -> Result<(), Exit> {
        let rd = insn.rd();
        match insn.op {
            // ---- SETHI (A.48); nop is sethi 0, %g0.
            Op::Sethi => self.set(rd, (insn.imm22() as u64) << 10),

            // ---- Add and subtract (A.2, A.56), with carry from icc.C.
            Op::Add | Op::Addcc | Op::Addc | Op::Addccc => {
                let (a, b) = (self.reg(insn.rs1()), self.op2(insn));
                let mut r = a.wrapping_add(b);
                if matches!(insn.op, Op::Addc | Op::Addccc) {
                    r = r.wrapping_add(self.ccr() & CC_C);
                }
                if matches!(insn.op, Op::Addcc | Op::Addccc) {
                    // The carry formula uses r, so it holds with a carry in.
                    self.set_lazy(CC_OP_ADD, a, b, r);
                }
                self.set(rd, r);
            }
            Op::Sub | Op::Subcc | Op::Subc | Op::Subccc => {
                let (a, b) = (self.reg(insn.rs1()), self.op2(insn));
                let mut r = a.wrapping_sub(b);
                if matches!(insn.op, Op::Subc | Op::Subccc) {
                    r = r.wrapping_sub(self.ccr() & CC_C);
                }
                if matches!(insn.op, Op::Subcc | Op::Subccc) {
                    self.set_lazy(CC_OP_SUB, a, b, r);
                }
                self.set(rd, r);
            }

            // ---- Logical operations (A.31): cc forms set N, Z; V = C = 0.
            Op::And
            | Op::Andcc
            | Op::Or
            | Op::Orcc
            | Op::Xor
            | Op::Xorcc
            | Op::Andn
            | Op::Andncc
            | Op::Orn
            | Op::Orncc
            | Op::Xnor
            | Op::Xnorcc => {
                let (a, b) = (self.reg(insn.rs1()), self.op2(insn));
                let r = match insn.op {
                    Op::And | Op::Andcc => a & b,
                    Op::Or | Op::Orcc => a | b,
                    Op::Xor | Op::Xorcc => a ^ b,
                    Op::Andn | Op::Andncc => a & !b,
                    Op::Orn | Op::Orncc => a | !b,
                    _ => !(a ^ b),
                };
                if matches!(insn.op, Op::Andcc | Op::Orcc | Op::Xorcc | Op::Andncc | Op::Orncc | Op::Xnorcc) {
                    self.set_logic(r);
                }
                self.set(rd, r);
            }

            // ---- Multiply and divide, 64-bit (A.37).
            Op::Mulx => {
                let r = self.reg(insn.rs1()).wrapping_mul(self.op2(insn));
                self.set(rd, r);
            }
            Op::Udivx | Op::Sdivx => {
                let (a, b) = (self.reg(insn.rs1()), self.op2(insn));
                self.divx(insn, rd, a, b, insn.op == Op::Sdivx)?;
            }

            // ---- Multiply, 32-bit (A.38): the 64-bit product to rd, its
            // high word to %y; the cc forms set flags as a logical result.
            Op::Umul | Op::Smul | Op::Umulcc | Op::Smulcc => {
                let (a, b) = (self.reg(insn.rs1()), self.op2(insn));
                self.mul32(rd, a, b, matches!(insn.op, Op::Smul | Op::Smulcc), matches!(insn.op, Op::Umulcc | Op::Smulcc));
            }

            // ---- Divide, 64-by-32 (A.10): dividend %y : rs1[31:0]; a
            // quotient out of range saturates and sets icc.V (cc forms).
            Op::Udiv | Op::Sdiv | Op::Udivcc | Op::Sdivcc => {
                let (a, b) = (self.reg(insn.rs1()), self.op2(insn));
                let signed = matches!(insn.op, Op::Sdiv | Op::Sdivcc);
                self.div32(insn, rd, a, b, signed, matches!(insn.op, Op::Udivcc | Op::Sdivcc))?;
            }
            // ---- Tagged add and subtract (A.59, A.60): icc.V also when a
            // tag (low two bits of an operand) is non-zero; the tv forms
            // trap on icc.V before writing anything.
            Op::Taddcc | Op::Tsubcc | Op::Taddcctv | Op::Tsubcctv => {
                let (a, b) = (self.reg(insn.rs1()), self.op2(insn));
                let add = matches!(insn.op, Op::Taddcc | Op::Taddcctv);
                let (op, r) = if add { (CC_OP_ADD, a.wrapping_add(b)) } else { (CC_OP_SUB, a.wrapping_sub(b)) };
                let tag = if (a | b) & 3 != 0 { CC_V } else { 0 };
                let f = lazy_ccr(op, a, b, r) | tag;
                if matches!(insn.op, Op::Taddcctv | Op::Tsubcctv) && f & CC_V != 0 {
                    return Err(self.exit_word(Exit::TagOverflow, insn));
                }
                self.set_ccr(f);
                self.set(rd, r);
            }

            // ---- Multiply step (A.39): op1 = (N ^ V) : rs1[31:1], op2 =
            // Y[0] ? operand2 : 0; Y <- rs1[0] : Y[31:1]. rd gets the 32-bit
            // sum, the flags those of the add of the zero-extended operands
            // (V9 leaves rd[63:32] and xcc undefined).
            Op::Mulscc => {
                let (a, b) = (self.reg(insn.rs1()), self.op2(insn));
                let ccr = self.ccr();
                let nv = ((ccr >> 3) ^ (ccr >> 1)) & 1;
                let op1 = (nv << 31) | ((a & 0xffff_ffff) >> 1);
                let y = self.cpu.y;
                let op2 = if y & 1 != 0 { b & 0xffff_ffff } else { 0 };
                let sum = op1.wrapping_add(op2);
                self.cpu.y = ((a & 1) << 31) | ((y & 0xffff_ffff) >> 1);
                self.set_ccr(lazy_ccr(CC_OP_ADD, op1, op2, sum));
                self.set(rd, sum & 0xffff_ffff);
            }

            // ---- Shifts (A.49): count from the low 5 (6 for the x forms) bits.
            Op::Sll | Op::Srl | Op::Sra | Op::Sllx | Op::Srlx | Op::Srax => {
                let a = self.reg(insn.rs1());
                let cnt = if insn.i() {
                    insn.shcnt()
                } else {
                    (self.reg(insn.rs2()) & if insn.shift_x() { 63 } else { 31 }) as u32
                };
                let r = match insn.op {
                    Op::Sll | Op::Sllx => a << cnt,
                    Op::Srlx => a >> cnt,
                    Op::Srax => ((a as i64) >> cnt) as u64,
                    Op::Srl => (a & 0xffff_ffff) >> cnt,
                    _ => ((a as i32 as i64) >> cnt) as u64,
                };
                self.set(rd, r);
            }

            // ---- Population count (A.41).
            Op::Popc => {
                let r = self.op2(insn).count_ones() as u64;
                self.set(rd, r);
            }

            // ---- Conditional moves (A.35 on icc/xcc; A.36 on a register).
            Op::Movcc => {
                let cc = insn.movcc_cc();
                let c = if cc & 4 == 0 {
                    // On %fccN (cc2 = 0).
                    self.fcond(insn.movcc_cond(), cc & 3)
                } else {
                    self.cond(insn.movcc_cond(), cc == 6)
                };
                if c {
                    let v = if insn.i() { insn.simm11() as u64 } else { self.reg(insn.rs2()) };
                    self.set(rd, v);
                }
            }
            Op::Movr => {
                if rcond_holds(insn.rcond_movr(), self.reg(insn.rs1())) {
                    let v = if insn.i() { insn.simm10() as u64 } else { self.reg(insn.rs2()) };
                    self.set(rd, v);
                }
            }

            // ---- Read and write state registers (A.44, A.63): %y, %ccr,
            // %asi, %tick (read only), %pc (read only), %fprs, %gsr (V9/V8+).
            Op::Rdasr => {
                let v = match insn.rs1() {
                    0 => self.cpu.y,
                    2 => self.ccr(),
                    3 => self.cpu.asi,
                    4 => self.call(self.helpers.tick),
                    5 => self.cpu.pc,
                    6 => self.cpu.fprs,
                    19 if self.flavor != Flavor::V8 => self.cpu.gsr,
                    _ => return Err(self.exit_word(Exit::Illegal, insn)),
                };
                self.set(rd, v);
            }
            Op::Wrasr => {
                // wr writes rs1 XOR operand 2.
                let v = self.reg(insn.rs1()) ^ self.op2(insn);
                match rd {
                    0 => self.cpu.y = v & 0xffff_ffff,
                    2 => self.set_ccr(v & 0xff),
                    3 => self.cpu.asi = v & 0xff,
                    6 => self.cpu.fprs = v & 7,
                    19 if self.flavor != Flavor::V8 => self.cpu.gsr = v,
                    _ => return Err(self.exit_word(Exit::Illegal, insn)),
                }
            }

            // ---- Barriers and hints (A.32, A.51, A.20, A.42). The host is
            // TSO: only #StoreLoad and #Sync need a fence. `flush` of
            // modified code is the translation cache's business.
            Op::Membar => {
                if insn.membar_mask() & 0x42 != 0 {
                    std::sync::atomic::fence(std::sync::atomic::Ordering::SeqCst);
                }
            }
            Op::Stbar | Op::Flush | Op::Prefetch { .. } => {}

            // ---- Register windows (A.46, A.21). save/restore add in the
            // old window and write rd in the new one.
            Op::Save | Op::Restore => {
                let r = self.reg(insn.rs1()).wrapping_add(self.op2(insn));
                if insn.op == Op::Save {
                    self.window_save()?;
                } else {
                    self.window_restore()?;
                }
                self.set(rd, r);
            }
            Op::Flushw => {
                if self.call(self.helpers.flushw) != 0 {
                    // Spill fault: the helper stored the address.
                    return Err(Exit::Fault);
                }
            }

            // ---- Trap on integer condition codes (A.61): the trap number
            // is (rs1 + rs2 or imm7) mod 128.
            Op::Tcc => {
                let taken = insn.cond() == 8 || self.cond(insn.cond(), insn.tcc_cc() == 2);
                if taken {
                    let o = if insn.i() { insn.trap_imm() as u64 } else { self.reg(insn.rs2()) };
                    let t = self.reg(insn.rs1()).wrapping_add(o) & 0x7f;
                    return Err(self.exit(Exit::Trap, t));
                }
            }

            // ---- Loads and stores (A.27, A.28, A.54, A.55): alignment is
            // checked before the ASI, as translated code does.
            Op::Load { size, signed, alt } => {
                let size = size as usize;
                let ea = self.ea(insn);
                self.align(ea, size)?;
                let big = if alt { self.asi(insn)? } else { true };
                let v = self.mem.load(ea, size).map_err(|a| self.fault(a))?;
                let v = if big { v } else { bswap(v, size) };
                self.set(rd, if signed { sext(v, size) } else { v });
            }
            Op::Store { size, alt } => {
                let size = size as usize;
                let ea = self.ea(insn);
                self.align(ea, size)?;
                let big = if alt { self.asi(insn)? } else { true };
                if alt {
                    self.nf_store(insn, ea)?;
                }
                let v = self.reg(rd);
                let v = if big { v } else { bswap(v, size) };
                self.mem.store(ea, size, v).map_err(|a| self.fault(a))?;
            }
            // ldd/std (ldtw/sttw): the word at the lower address goes to or
            // from the even register, each word in the ASI's byte order.
            Op::Ldd { alt } => {
                let ea = self.ea(insn);
                self.align(ea, 8)?;
                let big = if alt { self.asi(insn)? } else { true };
                let v = self.mem.load(ea, 8).map_err(|a| self.fault(a))?;
                let (hi, lo) = (v >> 32, v & 0xffff_ffff);
                let (hi, lo) = if big { (hi, lo) } else { (bswap(hi, 4), bswap(lo, 4)) };
                self.set(rd, hi);
                self.set(rd | 1, lo);
            }
            Op::Std { alt } => {
                let ea = self.ea(insn);
                self.align(ea, 8)?;
                let big = if alt { self.asi(insn)? } else { true };
                if alt {
                    self.nf_store(insn, ea)?;
                }
                let (hi, lo) = (self.reg(rd) & 0xffff_ffff, self.reg(rd | 1) & 0xffff_ffff);
                let (hi, lo) = if big { (hi, lo) } else { (bswap(hi, 4), bswap(lo, 4)) };
                self.mem.store(ea, 8, (hi << 32) | lo).map_err(|a| self.fault(a))?;
            }

            // ---- Atomics, done atomically on the host (A.29, A.30, A.57,
            // A.58, A.9). The ASI is checked before alignment here.
            Op::Ldstub { alt } => {
                if alt {
                    self.asi(insn)?;
                }
                let ea = self.ea(insn);
                if alt {
                    self.nf_store(insn, ea)?;
                }
                let old = self.mem.ldstub(ea).map_err(|a| self.fault(a))?;
                self.set(rd, old as u64);
            }
            Op::Swap { alt } => {
                let big = if alt { self.asi(insn)? } else { true };
                let ea = self.ea(insn);
                self.align(ea, 4)?;
                if alt {
                    self.nf_store(insn, ea)?;
                }
                let v = self.reg(rd) as u32;
                let v = if big { v } else { v.swap_bytes() };
                let old = self.mem.swap32(ea, v).map_err(|a| self.fault(a))?;
                let old = if big { old } else { old.swap_bytes() };
                self.set(rd, old as u64);
            }
            Op::Cas { x } => {
                // casa [rs1] asi, rs2, rd: no offset; compare with rs2,
                // swap in rd, the old value to rd (A.9).
                let big = self.asi(insn)?;
                let ea = self.reg(insn.rs1()) & self.mask;
                let size = if x { 8 } else { 4 };
                self.align(ea, size)?;
                self.nf_store(insn, ea)?;
                let order = |v: u64| if big { v } else { bswap(v, size) };
                let mask = if x { u64::MAX } else { 0xffff_ffff };
                let (cmp, new) = (order(self.reg(insn.rs2()) & mask), order(self.reg(rd) & mask));
                let old = self.mem.cas(ea, size, cmp, new).map_err(|a| self.fault(a))?;
                self.set(rd, order(old));
            }

            // ---- Traps.
            Op::Illtrap | Op::Illegal => return Err(self.exit_word(Exit::Illegal, insn)),
            Op::Rdpr | Op::Wrpr | Op::Saved | Op::Restored | Op::Done | Op::Retry => {
                return Err(self.exit_word(Exit::Privileged, insn))
            }

            // ---- Floating point (fp.rs in the lifter).
            Op::Fpop1 => self.fpop1(insn)?,
            Op::Fpop2 => self.fpop2(insn)?,
            // ldf/lddf/ldqf, stf/stdf/stqf: word alignment for every size
            // (the lifter's check; Linux emulates the doubleword traps).
            Op::Ldf { size, alt: false } => {
                let ea = self.ea(insn);
                self.align(ea, 4)?;
                match size {
                    4 => {
                        let v = self.mem.load(ea, 4).map_err(|a| self.fault(a))?;
                        self.fp_dirty((rd >> 1) as usize);
                        self.set_s(rd, v as u32);
                    }
                    8 => {
                        let v = self.load8(ea)?;
                        let i = d_idx(rd);
                        self.fp_dirty(i);
                        self.cpu.f[i] = v;
                    }
                    _ => {
                        // %fprs first (as the lifter's xfer_words), then
                        // both doublewords, then the registers.
                        let i = q_idx(rd);
                        self.fp_dirty(i);
                        let hi = self.load8(ea)?;
                        let lo = self.load8(ea.wrapping_add(8) & self.mask)?;
                        self.cpu.f[i] = hi;
                        self.cpu.f[i + 1] = lo;
                    }
                }
            }
            Op::Stf { size, alt: false } => {
                let ea = self.ea(insn);
                self.align(ea, 4)?;
                match size {
                    4 => {
                        let v = self.get_s(rd) as u64;
                        self.mem.store(ea, 4, v).map_err(|a| self.fault(a))?;
                    }
                    8 => self.store8(ea, self.cpu.f[d_idx(rd)])?,
                    _ => {
                        let i = q_idx(rd);
                        self.store8(ea, self.cpu.f[i])?;
                        self.store8(ea.wrapping_add(8) & self.mask, self.cpu.f[i + 1])?;
                    }
                }
            }
            Op::Ldfsr { x } => {
                let ea = self.ea(insn);
                let size = if x { 8 } else { 4 };
                self.align(ea, size)?;
                let v = self.mem.load(ea, size).map_err(|a| self.fault(a))?;
                // ver and ftt (and for ldfsr fcc1..3) keep their old values.
                let (keep_new, keep_old) = if x { (0x3f_cfc0_0fff, 0xf_c000) } else { (0xcfc0_0fff, 0x3f_000f_c000) };
                self.cpu.fsr = (v & keep_new) | (self.cpu.fsr & keep_old);
            }
            Op::Stfsr { x } => {
                let ea = self.ea(insn);
                let size = if x { 8 } else { 4 };
                self.align(ea, size)?;
                let v = if x { self.cpu.fsr } else { self.cpu.fsr & 0xffff_ffff };
                self.mem.store(ea, size, v).map_err(|a| self.fault(a))?;
            }

            // Control transfers go through cti(); the VIS instructions
            // not in `vis_supported` and alternate-space FP accesses never
            // get here (decode_block refuses them).
            Op::Bicc | Op::BPcc | Op::BPr | Op::FBfcc | Op::FBPfcc | Op::Call | Op::Jmpl | Op::Return => {
                return Err(self.exit_word(Exit::Illegal, insn))
            }
            Op::Ldf { size, alt: true } => self.fp_alt(insn, size, true)?,
            Op::Stf { size, alt: true } => self.fp_alt(insn, size, false)?,
            Op::Impdep1 if vis_supported(insn.opf()) => self.vis(insn),
            Op::Impdep1 | Op::Impdep2 => {
                return Err(self.exit_word(Exit::FpUnimplemented, insn))
            }
        }
        Ok(())
    }

    // --------------------------------------------------------- floating point

    /// ldfa/lddfa/ldqfa, stfa/stdfa/stqfa (A.26, A.53) as translated code
    /// does them (fp.rs `fp_mem`, `fp_mem_asi_reg`, `xfer_dyn_asi`), the
    /// same checks in the same order: the user ASIs (0x80-0x8b; a store
    /// through a no-fault one faults), and for lddfa/stdfa the VIS block
    /// ASIs (64 bytes to or from %d(rd)..%d(rd+14): glibc's memset and
    /// memcpy loops, `wr 0xf0, %asi; stda %f0, [..] %asi`) and the short
    /// ones (ASI_FL8/FL16: a byte or halfword, zero-extended). Block and
    /// short ASIs on other sizes or registers are illegal instructions, any
    /// other ASI a privileged action. Loads through %asi set %fprs first
    /// (xfer_dyn_asi marks every register any path may write), so does a
    /// block load.
    fn fp_alt(&mut self, insn: &Insn, size: u8, load: bool) -> Result<(), Exit> {
        let ea = self.ea(insn);
        let rd = insn.rd();
        let dyn_asi = insn.i();
        let asi = if dyn_asi { self.cpu.asi as u32 } else { insn.imm_asi() };
        let little = asi & 8 != 0;
        // nf_store_check: mem_address_not_aligned outranks the no-fault
        // store's data_access_exception (V9 7.6.2).
        if !load && asi & 0xf6 == 0x82 {
            self.align(ea, 4)?;
            return Err(self.fault(ea));
        }
        let blk_reg = size == 8 && d_idx(rd).is_multiple_of(4);
        if dyn_asi && blk_reg && asi == 0xf0 {
            // fp_mem_asi_reg's fast path (the others are cold there).
            return self.fp_block(ea, d_idx(rd), load, true);
        }
        if load && dyn_asi {
            let i = if size == 4 { (rd >> 1) as usize } else if size == 8 { d_idx(rd) } else { q_idx(rd) };
            self.fp_dirty(i);
            if blk_reg {
                for k in 1..8 {
                    self.fp_dirty(d_idx(rd) + k);
                }
            }
        }
        let endian = if dyn_asi { dyn_asi_endianness(asi as u64) } else { asi_endianness(asi) };
        if let Ok(big) = endian {
            self.align(ea, 4)?;
            let order = |v: u64, n: usize| if big { v } else { bswap(v, n) };
            match (size, load) {
                (4, true) => {
                    let v = self.mem.load(ea, 4).map_err(|a| self.fault(a))?;
                    self.fp_dirty((rd >> 1) as usize);
                    self.set_s(rd, order(v, 4) as u32);
                }
                (4, false) => {
                    let v = order(self.get_s(rd) as u64, 4);
                    self.mem.store(ea, 4, v).map_err(|a| self.fault(a))?;
                }
                (8, true) => {
                    let v = self.load8(ea)?;
                    let i = d_idx(rd);
                    self.fp_dirty(i);
                    self.cpu.f[i] = order(v, 8);
                }
                (8, false) => self.store8(ea, order(self.cpu.f[d_idx(rd)], 8))?,
                (_, true) => {
                    // %fprs first (xfer_words), both doublewords, then
                    // the registers.
                    let i = q_idx(rd);
                    self.fp_dirty(i);
                    let hi = self.load8(ea)?;
                    let lo = self.load8(ea.wrapping_add(8) & self.mask)?;
                    self.cpu.f[i] = order(hi, 8);
                    self.cpu.f[i + 1] = order(lo, 8);
                }
                (_, false) => {
                    let i = q_idx(rd);
                    self.store8(ea, order(self.cpu.f[i], 8))?;
                    self.store8(ea.wrapping_add(8) & self.mask, order(self.cpu.f[i + 1], 8))?;
                }
            }
            return Ok(());
        }
        let blk = asi & 0xf6 == 0xf0 || asi & 0xfe == 0xe0;
        let short = asi & !0x0b == 0xd0;
        if size != 8 {
            let why = if blk || short { Exit::Illegal } else { Exit::Privileged };
            return Err(self.exit_word(why, insn));
        }
        // Partial stores: `supported` leaves those with an immediate ASI
        // to the compiler; through %asi (no mask register) they are illegal.
        let partial = (asi & !8).wrapping_sub(0xc0) < 6;
        if dyn_asi && !load && partial {
            return Err(self.exit_word(Exit::Illegal, insn));
        }
        if !blk && !short {
            return Err(self.exit_word(Exit::Privileged, insn));
        }
        if blk {
            if !blk_reg {
                return Err(self.exit_word(Exit::Illegal, insn));
            }
            return self.fp_block(ea, d_idx(rd), load, !little);
        }
        // ASI_FL8_* / ASI_FL16_*.
        let bytes = if asi & 2 != 0 { 2 } else { 1 };
        self.align(ea, bytes)?;
        let order = |v: u64| if bytes == 2 && little { bswap(v, 2) } else { v };
        if load {
            let v = self.mem.load(ea, bytes).map_err(|a| self.fault(a))?;
            let i = d_idx(rd);
            self.fp_dirty(i);
            self.cpu.f[i] = order(v);
        } else {
            let v = order(self.cpu.f[d_idx(rd)] & if bytes == 2 { 0xffff } else { 0xff });
            self.mem.store(ea, bytes, v).map_err(|a| self.fault(a))?;
        }
        Ok(())
    }

    /// A VIS block load or store: the eight doubles from `f[idx]` (idx at
    /// most 24: `supported`) to or from the 64 bytes at `ea` (aligned),
    /// each in the ASI's byte order; a load sets %fprs first and writes the
    /// registers after all eight loads (fp.rs `xfer_words`).
    fn fp_block(&mut self, ea: u64, idx: usize, load: bool, big: bool) -> Result<(), Exit> {
        self.align(ea, 64)?;
        let order = |v: u64| if big { v } else { bswap(v, 8) };
        if load {
            for k in 0..8 {
                self.fp_dirty(idx + k);
            }
            let mut v = [0u64; 8];
            for (k, v) in v.iter_mut().enumerate() {
                *v = order(self.mem.load(ea + 8 * k as u64, 8).map_err(|a| self.fault(a))?);
            }
            self.cpu.f[idx..idx + 8].copy_from_slice(&v);
        } else {
            for k in 0..8 {
                let v = order(self.cpu.f[idx + k]);
                self.mem.store(ea + 8 * k as u64, 8, v).map_err(|a| self.fault(a))?;
            }
        }
        Ok(())
    }

    /// The FBfcc condition `cond` on %fcc`n`.
    fn fcond(&self, cond: u32, n: u32) -> bool {
        fcc_holds(cond, self.cpu.fsr >> fcc_shift(n))
    }

    /// The VIS instructions of [`vis_supported`], as the lifter's
    /// `vis` (UltraSPARC User's Manual ch. 13): they leave %fsr alone; a
    /// write to an FP register sets its %fprs bit.
    fn vis(&mut self, insn: &Insn) {
        let opf = insn.opf();
        let (rd, rs1, rs2) = (insn.rd(), insn.rs1(), insn.rs2());
        match opf {
            0x60..=0x7f => {
                // The sixteen logical functions of rs1 and rs2.
                let single = opf & 1 != 0;
                let get = |it: &Self, r: u32| if single { it.get_s(r) as u64 } else { it.cpu.f[d_idx(r)] };
                let (a, b) = (get(self, rs1), get(self, rs2));
                let v = match (opf - 0x60) >> 1 {
                    0 => 0,
                    1 => !(a | b),
                    2 => a & !b,
                    3 => !b,
                    4 => b & !a,
                    5 => !a,
                    6 => a ^ b,
                    7 => !(a & b),
                    8 => a & b,
                    9 => !(a ^ b),
                    10 => a,
                    11 => a | !b,
                    12 => b,
                    13 => b | !a,
                    14 => a | b,
                    _ => u64::MAX,
                };
                if single {
                    self.fp_dirty((rd >> 1) as usize);
                    self.set_s(rd, v as u32);
                } else {
                    self.fp_dirty(d_idx(rd));
                    self.cpu.f[d_idx(rd)] = v;
                }
            }
            0x48 => {
                // faligndata: eight bytes of rs1:rs2 from byte GSR.align.
                let (a, b) = (self.cpu.f[d_idx(rs1)], self.cpu.f[d_idx(rs2)]);
                let sh = (self.cpu.gsr & 7) * 8;
                let v = if sh == 0 { a } else { (a << sh) | (b >> (64 - sh)) };
                self.fp_dirty(d_idx(rd));
                self.cpu.f[d_idx(rd)] = v;
            }
            _ => {
                // alignaddr / alignaddrl (0x18 / 0x1a): rd = (rs1 + rs2) & ~7,
                // GSR.align = its low three bits (negated for the l form).
                let sum = self.reg(rs1).wrapping_add(self.reg(rs2));
                let al = if opf == 0x1a { sum.wrapping_neg() } else { sum } & 7;
                self.cpu.gsr = (self.cpu.gsr & !7) | al;
                self.set(rd, sum & !7);
            }
        }
    }

    /// Set %fprs.DL or DU for a write to `f[idx]` (V9 5.2.10).
    fn fp_dirty(&mut self, idx: usize) {
        self.cpu.fprs |= if idx < 16 { 1 } else { 2 };
    }

    /// Single register %f`r`: the high (even) or low (odd) half of `f[r / 2]`.
    fn get_s(&self, r: u32) -> u32 {
        let v = self.cpu.f[(r >> 1) as usize];
        if r & 1 == 0 {
            (v >> 32) as u32
        } else {
            v as u32
        }
    }

    fn set_s(&mut self, r: u32, v: u32) {
        let i = (r >> 1) as usize;
        let old = self.cpu.f[i];
        self.cpu.f[i] = if r & 1 == 0 { (old & 0xffff_ffff) | ((v as u64) << 32) } else { (old & !0xffff_ffff) | v as u64 };
    }

    /// A doubleword FP load at a word-aligned address (two words when it
    /// is not doubleword-aligned).
    fn load8(&mut self, ea: u64) -> Result<u64, Exit> {
        if ea & 7 == 0 {
            return self.mem.load(ea, 8).map_err(|a| self.fault(a));
        }
        let hi = self.mem.load(ea, 4).map_err(|a| self.fault(a))?;
        let lo = self.mem.load(ea.wrapping_add(4) & self.mask, 4).map_err(|a| self.fault(a))?;
        Ok((hi << 32) | lo)
    }

    /// A doubleword FP store at a word-aligned address: all or nothing, as
    /// the host's one 8-byte store (the first word is put back when the
    /// second faults).
    fn store8(&mut self, ea: u64, v: u64) -> Result<(), Exit> {
        if ea & 7 == 0 {
            return self.mem.store(ea, 8, v).map_err(|a| self.fault(a));
        }
        let old = self.mem.load(ea, 4).map_err(|a| self.fault(a))?;
        self.mem.store(ea, 4, v >> 32).map_err(|a| self.fault(a))?;
        let lo = ea.wrapping_add(4) & self.mask;
        if let Err(a) = self.mem.store(lo, 4, v & 0xffff_ffff) {
            let _ = self.mem.store(ea, 4, old);
            return Err(self.fault(a));
        }
        Ok(())
    }

    /// An FPop without exceptions: cexc and ftt cleared.
    fn fpop_no_exc(&mut self) {
        self.cpu.fsr &= !FSR_CEXC_FTT;
    }

    /// Run the FPop through the exact helper; a trap-enabled IEEE exception
    /// leaves with `Exit::FpException` (the helper set %fsr and exit_arg).
    fn exact(&mut self, insn: &Insn) -> Result<(), Exit> {
        match exact_fpop(self.cpu, insn.word) {
            0 => Ok(()),
            1 => Err(Exit::FpException),
            _ => Err(self.exit_word(Exit::Illegal, insn)),
        }
    }

    fn fp_illegal(&mut self, insn: &Insn) -> Result<(), Exit> {
        Err(self.exit_word(Exit::Illegal, insn))
    }

    /// FPop1 (V9 A.12-A.18), as the lifter's `fpop1`: the destination's
    /// %fprs bit is set before the operation (also when it traps).
    fn fpop1(&mut self, insn: &Insn) -> Result<(), Exit> {
        let opf = insn.opf();
        let (rd, rs2) = (insn.rd(), insn.rs2());
        let v9 = self.flavor != Flavor::V8;
        if matches!(opf, 0x02 | 0x03 | 0x06 | 0x07 | 0x0a | 0x0b | 0x81..=0x8c) && !v9 {
            return self.fp_illegal(insn);
        }
        let sign = |v: u64, s: u64| match opf & 0x0c {
            0x04 => v ^ s,
            0x08 => v & !s,
            _ => v,
        };
        match opf {
            // fmov, fneg, fabs.
            0x01 | 0x05 | 0x09 => {
                let v = sign(self.get_s(rs2) as u64, 0x8000_0000);
                self.fp_dirty((rd >> 1) as usize);
                self.set_s(rd, v as u32);
                self.fpop_no_exc();
            }
            0x02 | 0x06 | 0x0a => {
                let v = sign(self.cpu.f[d_idx(rs2)], 1 << 63);
                self.fp_dirty(d_idx(rd));
                self.cpu.f[d_idx(rd)] = v;
                self.fpop_no_exc();
            }
            0x03 | 0x07 | 0x0b => {
                let (si, di) = (q_idx(rs2), q_idx(rd));
                let (hi, lo) = (sign(self.cpu.f[si], 1 << 63), self.cpu.f[si + 1]);
                self.fp_dirty(di);
                self.cpu.f[di] = hi;
                self.cpu.f[di + 1] = lo;
                self.fpop_no_exc();
            }
            // Single results.
            0x41 | 0x45 | 0x49 | 0x4d | 0x29 | 0xd1 | 0xd2 | 0x84 | 0xc4 | 0xc6 | 0xc7 | 0xd3 => {
                self.fp_dirty((rd >> 1) as usize);
                self.exact(insn)?;
            }
            // Double results.
            0x42 | 0x46 | 0x4a | 0x4e | 0x2a | 0x69 | 0x81 | 0x82 | 0x88 | 0xc8 | 0xc9 | 0xcb | 0x83 => {
                self.fp_dirty(d_idx(rd));
                self.exact(insn)?;
            }
            // Quad results.
            0x43 | 0x47 | 0x4b | 0x4f | 0x2b | 0x6e | 0x8c | 0xcc | 0xcd | 0xce => {
                self.fp_dirty(q_idx(rd));
                self.exact(insn)?;
            }
            _ => return self.fp_illegal(insn),
        }
        Ok(())
    }

    /// FPop2 (V9 A.13 compares, A.34 FMOVcc, A.35 FMOVr), as the lifter's
    /// `fpop2`.
    fn fpop2(&mut self, insn: &Insn) -> Result<(), Exit> {
        let opf = insn.opf();
        let (rd, rs1, rs2) = (insn.rd(), insn.rs1(), insn.rs2());
        let v9 = self.flavor != Flavor::V8;
        match opf {
            0x51 | 0x52 | 0x55 | 0x56 | 0x53 | 0x57 => {
                if rd & 3 != 0 && !v9 {
                    return self.fp_illegal(insn);
                }
                self.exact(insn)
            }
            _ if (1..=3).contains(&(opf & 0x3f)) => {
                let cc = opf >> 6;
                if !v9 || insn.word & (1 << 18) != 0 || cc == 5 || cc == 7 {
                    return self.fp_illegal(insn);
                }
                let cond = insn.movcc_cond();
                let c = match cc {
                    4 => self.cond(cond, false),
                    6 => self.cond(cond, true),
                    n => self.fcond(cond, n),
                };
                self.fmov_if(c, opf & 3, rd, rs2);
                Ok(())
            }
            _ if opf & 0x100 == 0 && (5..=7).contains(&(opf & 0x1f)) => {
                let rcond = (opf >> 5) & 7;
                if !v9 || rcond & 3 == 0 {
                    return self.fp_illegal(insn);
                }
                let c = rcond_holds(rcond, self.reg(rs1));
                self.fmov_if(c, (opf & 0x1f) - 4, rd, rs2);
                Ok(())
            }
            _ => self.fp_illegal(insn),
        }
    }

    /// rd <- rs2 if `c`, for size 1 single, 2 double, 3 quad; the %fprs
    /// bit and cexc/ftt either way.
    fn fmov_if(&mut self, c: bool, size: u32, rd: u32, rs2: u32) {
        match size {
            1 => {
                self.fp_dirty((rd >> 1) as usize);
                if c {
                    let v = self.get_s(rs2);
                    self.set_s(rd, v);
                }
            }
            2 => {
                self.fp_dirty(d_idx(rd));
                if c {
                    self.cpu.f[d_idx(rd)] = self.cpu.f[d_idx(rs2)];
                }
            }
            _ => {
                let (si, di) = (q_idx(rs2), q_idx(rd));
                self.fp_dirty(di);
                if c {
                    self.cpu.f[di] = self.cpu.f[si];
                    self.cpu.f[di + 1] = self.cpu.f[si + 1];
                }
            }
        }
        self.fpop_no_exc();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_match_the_flag_rules() {
        // Z set: e, le, leu true; ne, g, gu false.
        let z = CC_Z;
        assert!(cond_holds(z, 1, false) && cond_holds(z, 2, false) && cond_holds(z, 4, false));
        assert!(!cond_holds(z, 9, false) && !cond_holds(z, 10, false) && !cond_holds(z, 12, false));
        // xcc is the high nibble.
        assert!(cond_holds(CC_C << 4, 5, true) && !cond_holds(CC_C << 4, 5, false));
        assert!(cond_holds(0, 8, false) && !cond_holds(0xff, 0, true));
    }

    /// Guest memory for `fast_path_is_exec`: `MEM_SIZE` bytes at `MEM_BASE`
    /// (read-write), nothing else mapped.
    struct TestMem(std::cell::RefCell<Vec<u8>>, Vec<u32>);

    /// Where `TestMem`'s code (its second field) is.
    const CODE_BASE: u64 = 0x1000;

    const MEM_BASE: u64 = 0x4000_0000;
    const MEM_SIZE: u64 = 0x1000;

    impl GuestMemory for TestMem {
        fn fetch(&self, addr: u64) -> Option<u32> {
            let i = addr.wrapping_sub(CODE_BASE) / 4;
            (addr & 3 == 0 && i < self.1.len() as u64).then(|| self.1[i as usize])
        }
        fn load(&self, addr: u64, size: usize) -> Result<u64, u64> {
            let off = addr.wrapping_sub(MEM_BASE);
            if off >= MEM_SIZE || off + size as u64 > MEM_SIZE {
                return Err(addr);
            }
            let m = self.0.borrow();
            Ok(m[off as usize..off as usize + size].iter().fold(0, |v, &b| (v << 8) | b as u64))
        }
        fn store(&self, addr: u64, size: usize, v: u64) -> Result<(), u64> {
            let off = addr.wrapping_sub(MEM_BASE);
            if off >= MEM_SIZE || off + size as u64 > MEM_SIZE {
                return Err(addr);
            }
            let mut m = self.0.borrow_mut();
            for k in 0..size {
                m[off as usize + k] = (v >> (8 * (size - 1 - k))) as u8;
            }
            Ok(())
        }
        fn swap32(&self, addr: u64, _v: u32) -> Result<u32, u64> {
            Err(addr)
        }
        fn ldstub(&self, addr: u64) -> Result<u8, u64> {
            Err(addr)
        }
        fn cas(&self, addr: u64, _size: usize, _cmp: u64, _new: u64) -> Result<u64, u64> {
            Err(addr)
        }
    }

    /// The window helpers of the test: a spill or fill that faults at an
    /// address of the state (both paths call it the same way).
    extern "C" fn t_window(cpu: *mut SparcCpu) -> u64 {
        // SAFETY: called by the interpreter with its CPU.
        let cpu = unsafe { &mut *cpu };
        cpu.exit_arg = cpu.wbase() ^ cpu.y;
        cpu.helper_status = Exit::Fault as u64;
        Exit::Fault as u64
    }

    /// Everything of the CPU state the integer instructions touch.
    fn state(c: &SparcCpu) -> Vec<u64> {
        let mut v = vec![c.pc, c.npc, c.y, c.ccr, c.cc_op, c.cc_a, c.cc_b, c.cc_r, c.exit_arg, c.wbase(), c.canrestore()];
        v.extend_from_slice(&c.g);
        v.extend_from_slice(&c.win);
        v.extend_from_slice(&c.f);
        v.push(c.fsr);
        v.push(c.fprs);
        v
    }

    /// Two copies of a random CPU state at `pc` (nPC = PC + 4 mostly):
    /// registers (many of them addresses in or near `TestMem`'s data),
    /// windows with and without room, lazy flags.
    fn random_cpus(rnd: &mut impl FnMut() -> u64, flavor: Flavor, pc: u64) -> (Box<SparcCpu>, Box<SparcCpu>) {
        let mask = pc_mask(flavor);
        let mut a = SparcCpu::new_boxed(0, flavor == Flavor::V9);
        a.set_wbase(16 * (rnd() % (crate::sparc::cpu::NWINDOWS as u64)));
        a.set_canrestore(rnd() % 2 * (crate::sparc::cpu::NWINDOWS as u64 - 1 - a.wbase() / 16));
        let near = |r: u64| MEM_BASE.wrapping_add((r % (MEM_SIZE + 64)).wrapping_sub(32));
        for r in 1..32 {
            let v = match rnd() % 4 {
                0 => rnd(),
                1 => rnd() % 64,
                _ => near(rnd()) & if rnd() % 2 == 0 { !0 } else { !7 },
            };
            a.set_reg(r, v);
        }
        for v in a.f.iter_mut() {
            *v = rnd();
        }
        a.y = rnd();
        a.fsr = rnd() & 0xffff_ffff_cfc0_0fff;
        a.cc_op = rnd() % 4;
        (a.ccr, a.cc_a, a.cc_b, a.cc_r) = (rnd() & 0xff, rnd(), rnd(), rnd());
        a.pc = pc;
        a.npc = if rnd() % 4 == 0 { rnd() & !3 & mask } else { pc.wrapping_add(4) & mask };
        let mut b = SparcCpu::new_boxed(0, flavor == Flavor::V9);
        // SAFETY: SparcCpu is plain data; the window pointers are
        // rebased onto b's own array below.
        unsafe { std::ptr::copy_nonoverlapping(&*a as *const SparcCpu, &mut *b as *mut SparcCpu, 1) };
        let (wb, cr) = (a.wbase(), a.canrestore());
        b.wptr = b.win.as_mut_ptr();
        b.rlimit = b.wptr;
        b.set_wbase(wb);
        b.set_canrestore(cr);
        (a, b)
    }

    fn test_helpers() -> Helpers {
        Helpers {
            save: t_window as *const () as usize as u64,
            restore: t_window as *const () as usize as u64,
            flushw: t_window as *const () as usize as u64,
            tick: t_window as *const () as usize as u64,
        }
    }

    fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
        move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        }
    }

    /// `run_decoded` (runs of straight instructions storing PC/nPC once)
    /// gives what running the block's instructions one by one through
    /// `Interp::exec` gives: the same exit, count, state and memory, for
    /// random blocks mostly of the kinds `exec_fast` takes apart, entered
    /// with nPC = PC + 4 or not, ending in a branch or not.
    #[test]
    fn run_decoded_is_exec_one_by_one() {
        let mut rnd = xorshift(0x2545_f491_4f6c_dd1d);
        let h = test_helpers();
        let (mut exits, mut partial) = (0, 0);
        for n in 0..40_000 {
            let flavor = [Flavor::V9, Flavor::V8Plus, Flavor::V8][n % 3];
            let mask = pc_mask(flavor);
            let len = 1 + rnd() % 12;
            let code: Vec<u32> = (0..len)
                .map(|_| loop {
                    let w = rnd() as u32;
                    let p = pre_decode(&decode(w, flavor), 0, mask);
                    if p.kind.straight() || rnd() % 8 == 0 {
                        break w;
                    }
                })
                .collect();
            let init: Vec<u8> = (0..MEM_SIZE).map(|_| rnd() as u8).collect();
            let (ma, mb) = (TestMem(init.clone().into(), code.clone()), TestMem(init.into(), code));
            let (mut a, mut b) = random_cpus(&mut rnd, flavor, CODE_BASE);
            let Ok(block) = decode_block(&ma, CODE_BASE, a.npc, flavor, MAX_BLOCK_INSNS) else { continue };
            // SAFETY: the test's helpers have the helper signature.
            let (sa, da) = unsafe { run_decoded(&mut a, &ma, flavor, &h, &block) };
            // The reference: the loop run_decoded had before straight runs.
            let (mut sb, mut db) = (Step::Exit(Exit::Normal), 0);
            let mut it = Interp::new(&mut b, &mb, &h, flavor, mask);
            let mut addr = block.start;
            for insn in block.insns() {
                if it.cpu.pc != addr {
                    break;
                }
                if let Err(e) = it.exec(insn) {
                    sb = Step::Exit(e);
                    break;
                }
                db += 1;
                addr = addr.wrapping_add(4) & mask;
            }
            assert_eq!((sa, da), (sb, db), "{:08x?}", ma.1);
            assert_eq!(state(&a), state(&b), "{:08x?}", ma.1);
            assert!(ma.0.borrow().as_slice() == mb.0.borrow().as_slice(), "{:08x?}", ma.1);
            exits += (sa != Step::Exit(Exit::Normal)) as u32;
            partial += (sa == Step::Exit(Exit::Normal) && da < block.len()) as u32;
        }
        // Blocks that stopped at an exit, and blocks left early, came up often.
        assert!(exits > 2000 && partial > 200, "{exits} {partial}");
    }

    /// `Interp::exec_fast` (the pre-decoded path) gives `Interp::exec`'s
    /// result, state and memory for random instructions of the kinds it
    /// handles itself, on random registers (many of them addresses in or
    /// near the mapped memory), windows (with and without room) and lazy
    /// flags, with nPC = PC + 4 or not.
    #[test]
    fn fast_path_is_exec() {
        let mut rnd = xorshift(0x9e37_79b9_7f4a_7c15);
        let h = test_helpers();
        let mut tried = [0u32; K::Jmpl as usize + 1];
        for n in 0..400_000 {
            let flavor = [Flavor::V9, Flavor::V8Plus, Flavor::V8][n % 3];
            let mask = pc_mask(flavor);
            // Words of the formats exec_fast takes apart: op 0 (branches,
            // sethi), 1 (call), 2 (arithmetic), 3 (memory).
            let mut word = rnd() as u32;
            // More %g0 operands (rd %y, wr %y, cmp, ...).
            match n % 10 {
                0 => word &= !(0x1f << 25),
                5 => word &= !(0x1f << 14),
                _ => {}
            }
            let insn = decode(word, flavor);
            let pc = (rnd() & !3) & mask;
            let p = pre_decode(&insn, pc, mask);
            if p.kind == K::Other && n % 16 != 0 {
                continue;
            }
            tried[p.kind as usize] += 1;
            let (mut a, mut b) = random_cpus(&mut rnd, flavor, pc);
            // The interpreter's register access is the CPU's.
            let none = TestMem(Vec::new().into(), Vec::new());
            let it = Interp::new(&mut b, &none, &h, flavor, mask);
            assert!((0..32).all(|r| it.reg(r) == it.cpu.reg(r)));
            let init: Vec<u8> = (0..MEM_SIZE).map(|_| rnd() as u8).collect();
            let (ma, mb) = (TestMem(init.clone().into(), Vec::new()), TestMem(init.into(), Vec::new()));
            let ra = Interp::new(&mut a, &ma, &h, flavor, mask).exec_fast(&p);
            let rb = Interp::new(&mut b, &mb, &h, flavor, mask).exec(&insn);
            assert_eq!(ra, rb, "{word:08x} {:?}", p.kind);
            assert_eq!(state(&a), state(&b), "{word:08x} {:?}", p.kind);
            assert!(ma.0.borrow().as_slice() == mb.0.borrow().as_slice(), "{word:08x} {:?}", p.kind);
        }
        // Every kind came up often.
        assert!(tried.iter().all(|&t| t > 100), "{tried:?}");
    }

    #[test]
    fn byte_order_helpers() {
        assert_eq!(bswap(0x1234, 2), 0x3412);
        assert_eq!(bswap(0xffff_ffff_1234_5678, 4), 0x7856_3412);
        assert_eq!(sext(0x80, 1), u64::MAX - 0x7f);
        assert_eq!(sext(0x7fff, 2), 0x7fff);
        assert_eq!(dyn_asi_endianness(0x88), Ok(false));
        assert_eq!(dyn_asi_endianness(0x83), Ok(true));
        assert_eq!(dyn_asi_endianness(0x84), Err(()));
        assert_eq!(dyn_asi_endianness(0x180), Err(()));
    }
}
