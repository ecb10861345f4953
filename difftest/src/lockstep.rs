//! Lockstep comparison of register traces: lastmile and the qemu reference
//! both run the program with `-singlestep -d cpu`, each writing its trace into
//! a FIFO that is read here record by record (nothing is stored on disk, and
//! both emulators are stopped at the first divergence). Record k of each
//! trace is the state before the k-th executed instruction; the instruction
//! between records k and k+1 is the one blamed when record k+1 differs.
//!
//! # Masks: where the two may legitimately differ
//!
//! 1. **The window line** (`cansave: … cwp: …`, and `wim` on sparc32): qemu
//!    models 8 windows, lastmile a larger ring; never compared. qemu handles
//!    window spill/fill traps in its cpu loop and logs the `save`,
//!    `restore`, `return` or `flushw` again when it re-executes it; that
//!    repeated record is dropped.
//! 2. **Stack addresses.** qemu's stack lives near 0x4000800000, lastmile's
//!    near the top of its reservation. Each side's initial frame address
//!    `sp0 = %sp + bias` (record 0) anchors its stack: two values that both
//!    lie in `[sp0 - 16 MiB, sp0]` are equal when their offsets from their own
//!    `sp0` are equal; two values that both lie in the block above `sp0`
//!    (argv, envp, auxv and their strings, up to the next 8 KiB boundary) are
//!    equal whatever their offsets (the two loaders lay strings out
//!    differently). The 32-bit halves of such addresses (a 32-bit load of a
//!    saved frame pointer) are compared the same way.
//! 3. **Mappings whose address the emulator picks.** When `mmap` (71) or
//!    `mremap` (250) return different addresses on the two sides, the two
//!    regions are paired and values are compared as offsets into them.
//! 4. **Inherently different inputs** are *tainted*, and taint flows through
//!    the decoded instructions (registers, %ccr, %y and memory bytes):
//!    a tainted register may differ until it is written with untainted
//!    inputs (or becomes equal). Sources of taint: the results (%o0 and the
//!    buffers) of `getpid`, `getppid`, `gettid`, `time`, `times`,
//!    `gettimeofday`, `clock_gettime`, `sysinfo` and `getrandom`; the
//!    device, inode and time fields of `stat`-family results (the two runs
//!    work in different directories); `rd %tick`;
//!    loads from the block above `sp0` (AT_RANDOM's 16 bytes, and the auxv,
//!    whose order differs: qemu's elfload.c vs Linux's binfmt_elf.c); and the
//!    %l/%o registers of a new window after `save`, which hold whatever the
//!    emulator's register file held (undefined in the V9 manual, 6.3.6);
//!    what `fstat`, `fstatat`, `statx` and `fstatfs` say about file
//!    descriptors 0-2 (each side's streams are its own files); and results
//!    computed from addresses that are equivalent but not equal (the
//!    difference of a heap and a stack pointer); loads of stack memory that
//!    no traced store wrote (what each emulator left there; the save area
//!    of every window left by `save`, which either emulator may spill at
//!    any time; everything after a signal delivery or context switch); the
//!    buffers of `getdents`/`getdents64` (inode numbers); and what the V9 manual
//!    leaves undefined: the upper 32 bits of `mulscc`'s rd and xcc after it
//!    (A.38; lastmile zero-extends, qemu keeps the 33-bit sum); and %l0-%i5
//!    after `ta 0x6f` (setcontext, used by longjmp), which come from a
//!    window save area each emulator spilled at its own time.
//!    One qemu gap is masked the same way: after a sparc64 system call
//!    Linux sets or clears both icc.C and xcc.C, qemu 7.2 only xcc.C; a
//!    difference in icc.C alone there taints %ccr.
//! 5. **Control flow on tainted data.** When a branch on a tainted condition
//!    sends the two sides different ways, both traces are read ahead (up to
//!    [`Options::resync_window`] records) to the first point where they are
//!    again at the same pc and nPC with the same stack pointer; the memory
//!    they stored to meanwhile and the registers that then differ are tainted.
//!
//! Anything else that differs is the divergence: the report names the
//! instruction (pc, symbol, disassembly), the registers that differ with both
//! values, and the instructions that ran before it.

use crate::elf::{Arch, Image};
use crate::run::{self, status_of, Emulator, Job, Status, TempDir};
use crate::trace::{Record, TraceReader, REG_NAMES};
use lastmile_frontend::sparc::decode::{decode, Insn, Op};
use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt::Write as _;
use std::io::{BufReader, Read};
use std::os::unix::io::AsRawFd;
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// Pseudo register numbers beyond the 32 integer registers.
const CCR: usize = 32;
const Y: usize = 33;
const ASI: usize = 34;
const NSTATE: usize = 35;

fn state_name(i: usize) -> &'static str {
    match i {
        CCR => "%ccr",
        Y => "%y",
        ASI => "%asi",
        _ => REG_NAMES[i],
    }
}

/// Keys of the non-register lines that are never compared (mask 1), or
/// compared through the taint-aware state (`ccr`, `y`, `asi`, `psr`'s icc).
const SKIP_KEYS: &[&str] = &["cansave", "canrestore", "otherwin", "wstate", "cleanwin", "cwp", "wim", "ccr", "y", "asi", "psr"];

/// sparc64 Linux system calls whose results differ between any two runs.
const NONDET_SYSCALLS64: &[u64] = &[20, 43, 64, 116, 143, 197, 214, 231, 257, 347];

#[derive(Clone, Debug)]
pub struct Options {
    pub lastmile: Emulator,
    pub job: Job,
    /// Instructions shown before the divergence.
    pub context: usize,
    /// Records read ahead on each side to get back in step after control
    /// flow on tainted data.
    pub resync_window: usize,
    /// Give up (report "no divergence in the first N") after this many records; 0: no limit.
    pub max_records: u64,
    /// More state to ignore, by trace key (`fprs`, `fsr`, ...) or register
    /// name (`%g5`): for looking past a known divergence.
    pub ignore: Vec<String>,
}

impl Options {
    pub fn new(lastmile: Emulator, job: Job) -> Options {
        Options { lastmile, job, context: 20, resync_window: 200_000, max_records: 0, ignore: Vec::new() }
    }
}

/// The first instruction after which the two states differ.
#[derive(Clone, Debug)]
pub struct Divergence {
    /// Index of the instruction's record in lastmile's trace (0-based).
    pub index: u64,
    pub pc: u64,
    /// `0x… <sym+off>: disassembly`.
    pub insn: String,
    /// What differs, in words.
    pub what: String,
    /// (name, lastmile value, qemu value) of each differing register.
    pub regs: Vec<(String, String, String)>,
    /// The instructions before it, oldest first (pc + disassembly).
    pub before: Vec<String>,
}

/// What a lockstep run found.
#[derive(Clone, Debug)]
pub enum Finding {
    /// The traces agree to the end. `outcome` lists differences in stdout,
    /// stderr or status found afterwards (empty: the runs are identical).
    Agree { records: u64, outcome: Vec<String>, masked: MaskStats, limited: bool },
    Diverged { div: Divergence, masked: MaskStats },
    /// The comparison could not be made.
    Error(String),
}

/// How often each mask was used (for the report).
#[derive(Clone, Debug, Default)]
pub struct MaskStats {
    pub stack: u64,
    pub mapped: u64,
    pub tainted: u64,
    pub resyncs: u64,
    /// Instructions of lastmile's / qemu's trace passed over by resyncs.
    pub skipped: (u64, u64),
}

impl Finding {
    pub fn is_agree(&self) -> bool {
        matches!(self, Finding::Agree { outcome, .. } if outcome.is_empty())
    }
}

impl std::fmt::Display for Divergence {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        writeln!(f, "first divergence after instruction #{} at pc 0x{:x}:", self.index, self.pc)?;
        writeln!(f, "  {}", self.insn)?;
        writeln!(f, "  {}", self.what)?;
        for (n, a, b) in &self.regs {
            writeln!(f, "    {n:<6} lastmile {a:>18}   qemu {b:>18}")?;
        }
        if !self.before.is_empty() {
            writeln!(f, "  preceding {} instructions:", self.before.len())?;
            for l in &self.before {
                writeln!(f, "    {l}")?;
            }
        }
        Ok(())
    }
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Finding::Agree { records, outcome, masked, limited } => {
                let what = if *limited { "the first" } else { "all" };
                writeln!(
                    f,
                    "traces agree over {what} {records} instructions (masked: {} stack, {} mapped, {} tainted values; {} resyncs skipping {}/{} instructions)",
                    masked.stack, masked.mapped, masked.tainted, masked.resyncs, masked.skipped.0, masked.skipped.1
                )?;
                if *limited {
                    writeln!(f, "(stopped there: --max-records)")
                } else if outcome.is_empty() {
                    writeln!(f, "stdout, stderr and exit status are identical")
                } else {
                    for o in outcome {
                        writeln!(f, "but {o}")?;
                    }
                    Ok(())
                }
            }
            Finding::Diverged { div, .. } => write!(f, "{div}"),
            Finding::Error(e) => writeln!(f, "lockstep error: {e}"),
        }
    }
}

// ------------------------------------------------------------ trace sources

/// Reads a FIFO the emulator writes its log into, without hanging when the
/// emulator dies before opening it.
struct FifoRead {
    file: std::fs::File,
    child: Child,
    seen_writer: bool,
    deadline: Instant,
}

impl Read for FifoRead {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            match self.file.read(buf) {
                Ok(0) => {
                    if self.seen_writer {
                        return Ok(0);
                    }
                    // No writer yet: wait for it unless the emulator is gone.
                    if self.child.try_wait()?.is_some() {
                        return Ok(0);
                    }
                    std::thread::sleep(Duration::from_millis(1));
                }
                Ok(n) => {
                    self.seen_writer = true;
                    return Ok(n);
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    self.seen_writer = true;
                    let mut p = libc::pollfd { fd: self.file.as_raw_fd(), events: libc::POLLIN, revents: 0 };
                    // SAFETY: one valid pollfd.
                    unsafe { libc::poll(&mut p, 1, 100) };
                }
                Err(e) => return Err(e),
            }
            if Instant::now() > self.deadline {
                return Err(std::io::Error::new(std::io::ErrorKind::TimedOut, "time limit reached"));
            }
        }
    }
}

/// One emulator running with its trace going into a FIFO.
struct Source {
    reader: TraceReader<BufReader<FifoRead>>,
    out: PathBuf,
    err: PathBuf,
    /// Records waiting (read ahead during a resync).
    ahead: VecDeque<Record>,
    ended: bool,
}

impl Source {
    fn start(emu: &Emulator, job: &Job, cwd: &std::path::Path, scratch: &std::path::Path, tag: &str, deadline: Instant) -> Result<Source, String> {
        let fifo = scratch.join(format!("{tag}.trace"));
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).map_err(|e| e.to_string())?;
        // SAFETY: a valid NUL-terminated path.
        if unsafe { libc::mkfifo(c.as_ptr(), 0o600) } != 0 {
            return Err(format!("mkfifo {}: {}", fifo.display(), std::io::Error::last_os_error()));
        }
        use std::os::unix::fs::OpenOptionsExt;
        let file = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(&fifo)
            .map_err(|e| format!("open {}: {e}", fifo.display()))?;
        // A bigger pipe: fewer context switches between the three processes.
        // SAFETY: fcntl on an fd we own.
        unsafe { libc::fcntl(file.as_raw_fd(), libc::F_SETPIPE_SZ, 1 << 20) };
        let e = emu.with(&["-singlestep", "-d", "cpu", "-D", &fifo.display().to_string()]);
        let out = scratch.join(format!("{tag}.stdout"));
        let err = scratch.join(format!("{tag}.stderr"));
        let mut cmd = run::command(&e, job, cwd);
        cmd.stdin(match &job.stdin {
            Some(p) => Stdio::from(std::fs::File::open(p).map_err(|e| format!("{}: {e}", p.display()))?),
            None => Stdio::null(),
        });
        cmd.stdout(std::fs::File::create(&out).map_err(|e| e.to_string())?);
        cmd.stderr(std::fs::File::create(&err).map_err(|e| e.to_string())?);
        let child = cmd.spawn().map_err(|e| format!("cannot run {}: {e}", e_name(&e)))?;
        let fr = FifoRead { file, child, seen_writer: false, deadline };
        Ok(Source { reader: TraceReader::new(BufReader::with_capacity(1 << 20, fr)), out, err, ahead: VecDeque::new(), ended: false })
    }

    fn next(&mut self) -> Result<Option<Record>, String> {
        if let Some(r) = self.ahead.pop_front() {
            return Ok(Some(r));
        }
        if self.ended {
            return Ok(None);
        }
        let r = self.reader.next_record()?;
        if r.is_none() {
            self.ended = true;
        }
        Ok(r)
    }

    fn child(&mut self) -> &mut Child {
        &mut self.reader_inner().child
    }

    fn reader_inner(&mut self) -> &mut FifoRead {
        // TraceReader owns the BufReader; reach the FifoRead through it.
        self.reader.inner_mut().get_mut()
    }

    /// Stop the emulator (it may be blocked writing its trace).
    fn kill(&mut self) {
        let c = self.child();
        let _ = c.kill();
        let _ = c.wait();
    }

    /// Let the emulator finish (draining its trace) and return its outcome.
    fn finish(&mut self) -> (Status, Vec<u8>, Vec<u8>) {
        while let Ok(Some(_)) = self.reader.next_record() {}
        let c = self.child();
        let st = c.wait().map(status_of).unwrap_or(Status::Exit(-1));
        (st, std::fs::read(&self.out).unwrap_or_default(), std::fs::read(&self.err).unwrap_or_default())
    }
}

fn e_name(e: &std::io::Error) -> String {
    e.to_string()
}

// --------------------------------------------------------------- value masks

/// The address-space correspondences of masks 2 and 3.
struct AddrMap {
    /// (sp0, low end, top of the initial block) of lastmile and qemu.
    stack: [(u64, u64, u64); 2],
    /// Learned (lastmile base, qemu base, length) pairs.
    regions: Vec<(u64, u64, u64)>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Norm {
    Raw(u64),
    Stack(i64),
    InitBlock,
    Region(usize, u64),
}

impl AddrMap {
    fn new(arch: Arch, l0: &Record, q0: &Record) -> AddrMap {
        let bias = arch.stack_bias();
        let mk = |r: &Record| {
            let sp0 = r.r[14].wrapping_add(bias);
            let low = sp0.saturating_sub(16 << 20);
            let top = (sp0 + 1 + 0x1fff) & !0x1fff;
            (sp0, low, top)
        };
        AddrMap { stack: [mk(l0), mk(q0)], regions: Vec::new() }
    }

    /// The canonical form of `v` seen on side `s` (0 lastmile, 1 qemu).
    fn norm(&self, v: u64, s: usize) -> Norm {
        for (k, &(lb, qb, len)) in self.regions.iter().enumerate() {
            let b = if s == 0 { lb } else { qb };
            if v >= b && v - b < len {
                return Norm::Region(k, v - b);
            }
        }
        let (sp0, low, top) = self.stack[s];
        if v >= low && v <= sp0 {
            return Norm::Stack(v.wrapping_sub(sp0) as i64);
        }
        if v > sp0 && v < top {
            return Norm::InitBlock;
        }
        Norm::Raw(v)
    }

    /// Are `a` (lastmile) and `b` (qemu) the same value under the masks?
    fn equiv(&self, a: u64, b: u64, stats: &mut MaskStats) -> bool {
        if a == b {
            return true;
        }
        match (self.norm(a, 0), self.norm(b, 1)) {
            (Norm::Stack(x), Norm::Stack(y)) if x == y => {
                stats.stack += 1;
                true
            }
            (Norm::InitBlock, Norm::InitBlock) => {
                stats.stack += 1;
                true
            }
            (Norm::Region(i, x), Norm::Region(j, y)) if i == j && x == y => {
                stats.mapped += 1;
                true
            }
            _ if self.stack_halves(a, b) => {
                stats.stack += 1;
                true
            }
            _ => false,
        }
    }

    /// The 32-bit halves of equivalent stack addresses, as a 32-bit load of
    /// a saved %fp gives: the high words of the two stacks, or low words at
    /// the same offset from each side's initial frame.
    fn stack_halves(&self, a: u64, b: u64) -> bool {
        let (l0, q0) = (self.stack[0].0, self.stack[1].0);
        if a >> 32 != 0 || b >> 32 != 0 || l0 >> 32 == q0 >> 32 {
            return false;
        }
        if a == l0 >> 32 && b == q0 >> 32 {
            return true;
        }
        let (oa, ob) = ((a as u32).wrapping_sub(l0 as u32) as i32, (b as u32).wrapping_sub(q0 as u32) as i32);
        oa == ob && oa.unsigned_abs() < 16 << 20
    }

    /// A lastmile-side address for a qemu-side one (for memory taint).
    fn to_lastmile(&self, q: u64) -> u64 {
        match self.norm(q, 1) {
            Norm::Stack(o) => self.stack[0].0.wrapping_add(o as u64),
            Norm::Region(k, o) => self.regions[k].0 + o,
            _ => q,
        }
    }

    fn in_init_block(&self, v: u64, s: usize) -> bool {
        self.norm(v, s) == Norm::InitBlock
    }
}

// ------------------------------------------------------------------ effects

#[derive(Default, Debug)]
struct Effects {
    /// Registers whose values flow into the results.
    uses: Vec<usize>,
    /// Registers that form a memory address (their values do not flow into
    /// a load's result).
    addr: Vec<usize>,
    defs: Vec<usize>,
    /// (address, size) read.
    load: Option<(u64, u64)>,
    /// (address, size, registers whose taint the bytes take).
    store: Option<(u64, u64, Vec<usize>)>,
    save: bool,
    restore: bool,
    /// A system call (taken `ta 0x6d` / `ta 0x10`).
    syscall: bool,
    /// The result is nondeterministic by nature (`rd %tick`).
    nondet: bool,
    /// The instruction chooses the next nPC (branches, calls, jumps).
    cti: bool,
}

fn effects(insn: &Insn, r: &Record, arch: Arch) -> Effects {
    let mut e = Effects::default();
    let rd = insn.rd() as usize;
    let rs1 = insn.rs1() as usize;
    let rs2 = insn.rs2() as usize;
    let reg_or_imm = |e: &mut Effects| {
        e.uses.push(rs1);
        if !insn.i() {
            e.uses.push(rs2);
        }
    };
    let address = |e: &mut Effects| {
        e.addr.push(rs1);
        if !insn.i() {
            e.addr.push(rs2);
        }
    };
    let mask = |a: u64| if arch.bits64() { a } else { a & 0xffff_ffff };
    let ea = || {
        let off = if insn.i() { insn.simm13() as u64 } else { r.r[rs2] };
        mask(r.r[rs1].wrapping_add(off))
    };
    match insn.op {
        Op::Sethi => e.defs.push(rd),
        Op::Add | Op::And | Op::Or | Op::Xor | Op::Sub | Op::Andn | Op::Orn | Op::Xnor | Op::Mulx | Op::Udivx | Op::Sdivx
        | Op::Sll | Op::Srl | Op::Sra | Op::Sllx | Op::Srlx | Op::Srax => {
            reg_or_imm(&mut e);
            e.defs.push(rd);
        }
        Op::Addcc | Op::Andcc | Op::Orcc | Op::Xorcc | Op::Subcc | Op::Andncc | Op::Orncc | Op::Xnorcc | Op::Taddcc
        | Op::Tsubcc | Op::Taddcctv | Op::Tsubcctv => {
            reg_or_imm(&mut e);
            e.defs.extend([rd, CCR]);
        }
        Op::Addc | Op::Subc => {
            reg_or_imm(&mut e);
            e.uses.push(CCR);
            e.defs.push(rd);
        }
        Op::Addccc | Op::Subccc => {
            reg_or_imm(&mut e);
            e.uses.push(CCR);
            e.defs.extend([rd, CCR]);
        }
        Op::Umul | Op::Smul => {
            reg_or_imm(&mut e);
            e.defs.extend([rd, Y]);
        }
        Op::Umulcc | Op::Smulcc => {
            reg_or_imm(&mut e);
            e.defs.extend([rd, Y, CCR]);
        }
        Op::Udiv | Op::Sdiv => {
            reg_or_imm(&mut e);
            e.uses.push(Y);
            e.defs.push(rd);
        }
        Op::Udivcc | Op::Sdivcc => {
            reg_or_imm(&mut e);
            e.uses.push(Y);
            e.defs.extend([rd, CCR]);
        }
        Op::Mulscc => {
            reg_or_imm(&mut e);
            e.uses.extend([Y, CCR]);
            e.defs.extend([rd, Y, CCR]);
        }
        Op::Popc => {
            if !insn.i() {
                e.uses.push(rs2);
            }
            e.defs.push(rd);
        }
        Op::Movcc => {
            if !insn.i() {
                e.uses.push(rs2);
            }
            e.uses.push(rd);
            if insn.movcc_cc() & 4 != 0 {
                e.uses.push(CCR);
            }
            e.defs.push(rd);
        }
        Op::Movr => {
            e.uses.push(rs1);
            if !insn.i() {
                e.uses.push(rs2);
            }
            e.uses.push(rd);
            e.defs.push(rd);
        }
        Op::Rdasr => {
            match rs1 {
                0 => e.uses.push(Y),
                2 => e.uses.push(CCR),
                3 => e.uses.push(ASI),
                4 | 24 => e.nondet = true,
                _ => {}
            }
            e.defs.push(rd);
        }
        Op::Wrasr => {
            reg_or_imm(&mut e);
            match rd {
                0 => e.defs.push(Y),
                2 => e.defs.push(CCR),
                3 => e.defs.push(ASI),
                _ => {}
            }
        }
        Op::Save | Op::Restore => {
            reg_or_imm(&mut e);
            e.defs.push(rd);
            if insn.op == Op::Save {
                e.save = true;
            } else {
                e.restore = true;
            }
        }
        Op::Load { size, .. } => {
            address(&mut e);
            e.load = Some((ea(), size as u64));
            e.defs.push(rd);
        }
        Op::Store { size, .. } => {
            address(&mut e);
            e.uses.push(rd);
            e.store = Some((ea(), size as u64, vec![rd]));
        }
        Op::Ldd { .. } => {
            address(&mut e);
            e.load = Some((ea(), 8));
            e.defs.extend([rd & !1, rd | 1]);
        }
        Op::Std { .. } => {
            address(&mut e);
            e.uses.extend([rd & !1, rd | 1]);
            e.store = Some((ea(), 8, vec![rd & !1, rd | 1]));
        }
        Op::Ldstub { .. } | Op::Swap { .. } => {
            address(&mut e);
            let size = if matches!(insn.op, Op::Swap { .. }) { 4 } else { 1 };
            e.uses.push(rd);
            e.load = Some((ea(), size));
            e.store = Some((ea(), size, vec![rd]));
            e.defs.push(rd);
        }
        Op::Cas { x } => {
            e.addr.push(rs1);
            e.uses.extend([rs2, rd]);
            let a = mask(r.r[rs1]);
            let size = if x { 8 } else { 4 };
            e.load = Some((a, size));
            e.store = Some((a, size, vec![rd, rs2]));
            e.defs.push(rd);
        }
        Op::Bicc | Op::BPcc => {
            e.uses.push(CCR);
            e.cti = true;
        }
        Op::BPr => {
            e.uses.push(rs1);
            e.cti = true;
        }
        Op::Call => {
            e.defs.push(15);
            e.cti = true;
        }
        Op::Jmpl => {
            reg_or_imm(&mut e);
            e.defs.push(rd);
            e.cti = true;
        }
        Op::Return => {
            reg_or_imm(&mut e);
            e.restore = true;
            e.cti = true;
        }
        Op::Tcc => {
            e.uses.push(CCR);
            let n = if insn.i() { r.r[rs1].wrapping_add(insn.trap_imm() as u64) } else { r.r[rs1].wrapping_add(r.r[rs2]) } & 0x7f;
            if insn.cond() == 8 && n == arch.syscall_trap() {
                e.syscall = true;
                e.uses.extend(8..14);
                e.uses.push(1);
                e.defs.extend([8, 9, CCR]);
            }
        }
        Op::FBfcc | Op::FBPfcc => e.cti = true,
        _ => {}
    }
    e.defs.retain(|&d| d != 0);
    e
}

// ------------------------------------------------------------------- engine

struct Engine<'a> {
    img: &'a Image,
    arch: Arch,
    map: AddrMap,
    /// Taint of the current window's registers and of %ccr, %y, %asi.
    taint: [bool; NSTATE],
    /// Taint of the %l and %i registers of the windows below (on save).
    win_stack: Vec<[bool; 16]>,
    /// Tainted memory bytes (lastmile-side addresses).
    mem: HashSet<u64>,
    /// Bytes of lastmile's stack that a traced store wrote (a bit mask per
    /// 8-byte granule); the rest holds whatever each emulator left there.
    stack_written: HashMap<u64, u8>,
    /// With LASTMILE_DIFFTEST_DEBUG: the last store (pc) and save-area
    /// removal (pc) of each stack granule.
    debug: Option<HashMap<u64, (u64, &'static str)>>,
    stats: MaskStats,
    /// (record index, pc) of the last instructions run.
    history: VecDeque<(u64, u64)>,
    context: usize,
    ignore: Vec<String>,
}

fn state_val(r: &Record, i: usize) -> u64 {
    match i {
        CCR => r.ccr(),
        Y => r.y(),
        ASI => r.hex("asi").unwrap_or(0),
        _ => r.r[i],
    }
}

impl<'a> Engine<'a> {
    fn eq(&mut self, l: &Record, q: &Record, i: usize) -> bool {
        if !self.ignore.is_empty() && self.ignore.iter().any(|n| n == state_name(i)) {
            return true;
        }
        let (a, b) = (state_val(l, i), state_val(q, i));
        if i < 32 {
            self.map.equiv(a, b, &mut self.stats)
        } else {
            a == b
        }
    }

    fn mem_tainted(&self, addr: u64, size: u64) -> bool {
        (0..size).any(|k| self.mem.contains(&addr.wrapping_add(k)))
    }

    /// Does a load of `size` at lastmile's `addr` read stack memory no
    /// traced store wrote (stale data of the emulator, or a window spill)?
    fn stack_unwritten(&self, addr: u64, size: u64) -> bool {
        matches!(self.map.norm(addr, 0), Norm::Stack(_))
            && (addr..addr + size).any(|b| self.stack_written.get(&(b & !7)).is_none_or(|m| m & (1 << (b & 7)) == 0))
    }

    fn set_mem_taint(&mut self, addr: u64, size: u64, t: bool) {
        for k in 0..size {
            if t {
                self.mem.insert(addr.wrapping_add(k));
            } else {
                self.mem.remove(&addr.wrapping_add(k));
            }
        }
    }

    /// Differing non-register state lines (mask 1 applied).
    fn misc_diff(&self, l: &Record, q: &Record) -> Vec<(String, String, String)> {
        let mut v = Vec::new();
        for (k, a) in &l.misc {
            if SKIP_KEYS.contains(&k.as_str()) || self.ignore.iter().any(|i| i == k) {
                continue;
            }
            let b = q.get(k).unwrap_or("(none)");
            if a != b {
                v.push((k.clone(), a.clone(), b.to_string()));
            }
        }
        v
    }

    fn fmt_val(i: usize, v: u64) -> String {
        if i < 32 {
            format!("{v:016x}")
        } else {
            format!("{v:02x}")
        }
    }

    fn divergence(&self, index: u64, pc: u64, what: String, regs: Vec<(String, String, String)>) -> Divergence {
        let before = self
            .history
            .iter()
            .filter(|(i, _)| *i < index)
            .map(|(i, p)| format!("#{i:<8} {}", self.img.describe(*p)))
            .collect::<Vec<_>>();
        let skip = before.len().saturating_sub(self.context);
        Divergence { index, pc, insn: self.img.describe(pc), what, regs, before: before[skip..].to_vec() }
    }

    /// Check the state before the first instruction.
    fn check_initial(&mut self, l: &Record, q: &Record) -> Option<Divergence> {
        let mut regs = Vec::new();
        if l.pc != q.pc || l.npc != q.npc {
            regs.push(("pc".into(), format!("{:x}/{:x}", l.pc, l.npc), format!("{:x}/{:x}", q.pc, q.npc)));
        }
        for i in 0..NSTATE {
            if !self.eq(l, q, i) {
                regs.push((state_name(i).into(), Self::fmt_val(i, state_val(l, i)), Self::fmt_val(i, state_val(q, i))));
            }
        }
        regs.extend(self.misc_diff(l, q));
        if regs.is_empty() {
            None
        } else {
            Some(self.divergence(0, q.pc, "the initial states differ (before the first instruction)".into(), regs))
        }
    }

    /// Account for the instruction between `pl`/`pq` (same pc) and the next
    /// records `l`/`q`. Err(what, regs): an unexplained difference.
    #[allow(clippy::type_complexity)]
    fn step(&mut self, pl: &Record, pq: &Record, l: &Record, q: &Record) -> Result<(), (String, Vec<(String, String, String)>)> {
        let insn = self.img.word(pl.pc).map(|w| decode(w, self.arch.flavor()));
        let fx = insn.map(|i| effects(&i, pl, self.arch)).unwrap_or_default();
        // Inputs that differ (tainted, or addresses that are equivalent
        // but not equal) make results that may differ; address registers of
        // a memory access only when tainted.
        let used_taint = fx.uses.iter().any(|&u| self.taint[u]) || fx.addr.iter().any(|&a| self.taint[a]);
        // Inputs that are equivalent addresses but not equal.
        let addr_src = fx.uses.iter().any(|&u| u < 32 && pl.r[u] != pq.r[u]);
        let load_taint = match fx.load {
            Some((a, n)) => {
                // The same bytes as lastmile sees them; and loads from the
                // initial block (mask 4).
                let qa = match fx.load {
                    Some(_) => effects_addr_q(insn.as_ref(), pq, self.arch),
                    None => None,
                };
                self.mem_tainted(a, n)
                    || self.map.in_init_block(a, 0)
                    || qa.is_some_and(|qa| self.map.in_init_block(qa, 1))
                    || self.stack_unwritten(a, n)
            }
            None => false,
        };
        // The save area of the window being left can be spilled at any time
        // by either emulator (at different times: qemu has 8 windows,
        // lastmile more): its memory is no longer what traced stores wrote.
        if fx.save {
            let area = pl.r[14].wrapping_add(self.arch.stack_bias()) & !7;
            for g in (area..area + 128).step_by(8) {
                self.stack_written.remove(&g);
                if let Some(d) = &mut self.debug {
                    d.insert(g, (pl.pc, "save area"));
                }
            }
        }
        // A signal delivered (or a context restored) writes the stack
        // behind the trace's back: forget what traced stores wrote there.
        if l.pc != pl.npc && l.pc != pl.npc.wrapping_add(4) && !fx.cti {
            self.stack_written.clear();
        }
        // Window renaming (registers 8..31).
        if fx.save || fx.restore {
            let old = self.taint;
            if fx.save {
                let mut li = [false; 16];
                li.copy_from_slice(&old[16..32]);
                self.win_stack.push(li);
                for k in 0..8 {
                    self.taint[24 + k] = old[8 + k];
                    // New %l and %o: whatever the register file held (mask 4).
                    self.taint[16 + k] = true;
                    self.taint[8 + k] = true;
                }
            } else {
                let li = self.win_stack.pop().unwrap_or([false; 16]);
                for k in 0..8 {
                    self.taint[8 + k] = old[24 + k];
                }
                self.taint[16..32].copy_from_slice(&li);
            }
        }
        // System call results (mask 3 and 4).
        let mut src_taint = used_taint || load_taint || fx.nondet;
        if fx.syscall && self.arch.bits64() {
            let nr = pl.r[1];
            if NONDET_SYSCALLS64.contains(&nr) {
                src_taint = true;
                let (a0, a1) = (pl.r[8], pl.r[9]);
                match nr {
                    116 => self.set_mem_taint(a0, 16, true),
                    257 => self.set_mem_taint(a1, 16, true),
                    43 => self.set_mem_taint(a0, 32, true),
                    214 => self.set_mem_taint(a0, 112, true),
                    231 if a0 != 0 => self.set_mem_taint(a0, 8, true),
                    347 => self.set_mem_taint(a0, a1.min(1 << 20), true),
                    _ => {}
                }
            }
            // The standard streams are different files on the two sides
            // (each emulator's stdout/stderr is captured separately): what
            // fstat says about them differs (inode, times).
            // And the two runs work in different directories: a file's
            // device, inode and times differ. sparc64 `struct stat64`
            // (arch/sparc/include/uapi/asm/stat.h): st_dev 0, st_ino 8,
            // times 72..120; `struct statx`: stx_ino 32, timestamps 64..128,
            // dev 136..144.
            let (a0, a1, a2, a4) = (pl.r[8], pl.r[9], pl.r[10], pl.r[12]);
            let stream = |fd: u64| fd <= 2;
            let stat64 = |e: &mut Self, b: u64| {
                e.set_mem_taint(b, 16, true);
                e.set_mem_taint(b + 72, 48, true);
            };
            match nr {
                62 | 63 if stream(a0) => self.set_mem_taint(a1, 144, true),
                289 if stream(a0) => self.set_mem_taint(a2, 144, true),
                360 if stream(a0) => self.set_mem_taint(a4, 256, true),
                158 if stream(a0) => self.set_mem_taint(a1, 120, true),
                38 | 40 | 62 => self.set_mem_taint(a1, 144, true),
                // getdents, getdents64: inode numbers and offsets.
                154 | 174 if l.r[8] < 1 << 20 => self.set_mem_taint(a1, l.r[8], true),
                63 | 132 => stat64(self, a1),
                289 => stat64(self, a2),
                360 => {
                    self.set_mem_taint(a4 + 32, 8, true);
                    self.set_mem_taint(a4 + 64, 64, true);
                    self.set_mem_taint(a4 + 136, 8, true);
                }
                _ => {}
            }
            if (nr == 71 || nr == 250) && l.r[8] != q.r[8] && l.r[8] < u64::MAX - 4096 && q.r[8] < u64::MAX - 4096 {
                let len = if nr == 71 { pl.r[9] } else { pl.r[10] };
                let len = (len + 0x1fff) & !0x1fff;
                self.map.regions.push((l.r[8], q.r[8], len.max(0x2000)));
            }
        }
        // Stores carry the taint of their source registers.
        if let Some((a, n, _)) = &fx.store {
            if matches!(self.map.norm(*a, 0), Norm::Stack(_)) {
                for b in *a..a + n {
                    *self.stack_written.entry(b & !7).or_insert(0) |= 1 << (b & 7);
                    if let Some(d) = &mut self.debug {
                        d.insert(b & !7, (pl.pc, "store"));
                    }
                }
            }
        }
        if let Some((a, n, srcs)) = &fx.store {
            let t = srcs.iter().any(|&s| self.taint[s]) || (fx.load.is_some() && load_taint);
            self.set_mem_taint(*a, *n, t);
        }
        // What V9 leaves undefined (A.38): after `mulscc` the upper 32 bits
        // of rd and all of xcc. lastmile zero-extends, qemu keeps a 33-bit sum.
        let mut undefined: Vec<usize> = Vec::new();
        if insn.is_some_and(|i| i.op == Op::Mulscc) {
            let rd = insn.map(|i| i.rd() as usize).unwrap_or(0);
            if rd != 0 && l.r[rd] as u32 == q.r[rd] as u32 {
                undefined.push(rd);
            }
            if l.ccr() & 0xf == q.ccr() & 0xf {
                undefined.push(CCR);
            }
        }
        // setcontext (`ta 0x6f`, sparc64 longjmp): the restored window's
        // %l0-%i5 are filled from its save area on the stack, last written
        // by a window spill whose timing is the emulator's own; only %fp and
        // %i7 (from mc_fp / mc_i7) and the globals and outs are defined.
        if insn.is_some_and(|i| i.op == Op::Tcc && i.i() && i.trap_imm() == 0x6f) && self.arch.bits64() {
            undefined.extend(16..30);
        }
        // qemu 7.2 gap: after a sparc64 system call Linux sets or clears
        // both icc.C and xcc.C (arch/sparc/kernel/syscalls.S, ret_sys_call:
        // TSTATE_XCARRY | TSTATE_ICARRY); qemu's cpu loop only xcc.C. When
        // the two differ just in icc.C there, %ccr is tainted.
        if fx.syscall && self.arch.bits64() && l.ccr() ^ q.ccr() == 1 {
            undefined.push(CCR);
        }
        let mut bad = Vec::new();
        if l.pc != q.pc || l.npc != q.npc {
            bad.push(("pc/npc".into(), format!("{:x}/{:x}", l.pc, l.npc), format!("{:x}/{:x}", q.pc, q.npc)));
        }
        for i in 1..NSTATE {
            let written = fx.defs.contains(&i);
            if self.eq(l, q, i) {
                if written || !self.taint[i] {
                    self.taint[i] = false;
                }
                continue;
            }
            // They differ.
            // A result computed from addresses that are equivalent but not
            // equal may differ when it is not an address itself (the
            // difference of a heap and a stack pointer, a hash of one); an
            // address result must be equivalent.
            let from_addr = written && addr_src && {
                let (a, b) = (state_val(l, i), state_val(q, i));
                i >= 32 || matches!(self.map.norm(a, 0), Norm::Raw(_)) || matches!(self.map.norm(b, 1), Norm::Raw(_))
            };
            let ok = if written { src_taint || from_addr || undefined.contains(&i) } else { self.taint[i] || undefined.contains(&i) };
            if ok {
                self.taint[i] = true;
                self.stats.tainted += 1;
            } else {
                bad.push((state_name(i).into(), Self::fmt_val(i, state_val(l, i)), Self::fmt_val(i, state_val(q, i))));
            }
        }
        bad.extend(self.misc_diff(l, q));
        if bad.is_empty() {
            Ok(())
        } else {
            let pc_only = bad.len() == 1 && bad[0].0 == "pc/npc";
            let what = if pc_only && fx.cti && (used_taint || addr_src) {
                "control flow depends on tainted data".to_string()
            } else if pc_only {
                "the next pc differs".to_string()
            } else {
                "registers differ after it".to_string()
            };
            if let (Some((a, n)), true) = (fx.load, std::env::var_os("LASTMILE_DIFFTEST_DEBUG").is_some()) {
                eprintln!(
                    "load at 0x{a:x} ({n} bytes): {:?}; written granules: {:?}; last: {:?}",
                    self.map.norm(a, 0),
                    (a & !7..a + n).step_by(8).map(|g| self.stack_written.get(&g).copied()).collect::<Vec<_>>(),
                    (a & !7..a + n).step_by(8).map(|g| self.debug.as_ref().and_then(|d| d.get(&g)).map(|(p, w)| format!("{w} at {}", self.img.describe(*p)))).collect::<Vec<_>>()
                );
            }
            Err((what, bad))
        }
    }

    /// Taint what the skipped instructions of one side may have changed.
    fn absorb_skipped(&mut self, recs: &[Record], side: usize) {
        for r in recs {
            let Some(w) = self.img.word(r.pc) else { continue };
            let insn = decode(w, self.arch.flavor());
            let fx = effects(&insn, r, self.arch);
            if let Some((a, n, _)) = fx.store {
                let a = if side == 0 { a } else { self.map.to_lastmile(a) };
                self.set_mem_taint(a, n, true);
            }
        }
    }
}

/// The effective address of a load as the qemu side computes it.
fn effects_addr_q(insn: Option<&Insn>, q: &Record, arch: Arch) -> Option<u64> {
    let insn = insn?;
    effects(insn, q, arch).load.map(|(a, _)| a)
}

/// Run `opts.job` in lockstep under lastmile and the reference.
pub fn lockstep(opts: &Options) -> Finding {
    match lockstep_inner(opts) {
        Ok(f) => f,
        Err(e) => Finding::Error(e),
    }
}

fn lockstep_inner(opts: &Options) -> Result<Finding, String> {
    let img = Image::load(&opts.job.prog)?;
    let arch = img.arch;
    if !crate::tools::have(arch.reference()) {
        return Err(format!("{} is not installed", arch.reference()));
    }
    let scratch = TempDir::new("lockstep").map_err(|e| e.to_string())?;
    let cwd_l = TempDir::new("lockstep-lm").map_err(|e| e.to_string())?;
    let cwd_q = TempDir::new("lockstep-q").map_err(|e| e.to_string())?;
    let deadline = Instant::now() + opts.job.timeout;
    let mut ql = Source::start(&Emulator::qemu(arch), &opts.job, cwd_q.path(), scratch.path(), "qemu", deadline)?;
    let mut lm = match Source::start(&opts.lastmile, &opts.job, cwd_l.path(), scratch.path(), "lastmile", deadline) {
        Ok(s) => s,
        Err(e) => {
            ql.kill();
            return Err(e);
        }
    };
    let r = compare_streams(opts, &img, arch, &mut lm, &mut ql);
    match r {
        Ok(Some(div)) => {
            lm.kill();
            ql.kill();
            Ok(Finding::Diverged { div: div.0, masked: div.1 })
        }
        Ok(None) => unreachable!(),
        Err(Stop::Agree(records, masked, true)) => {
            lm.kill();
            ql.kill();
            Ok(Finding::Agree { records, outcome: Vec::new(), masked, limited: true })
        }
        Err(Stop::Agree(records, masked, limited)) => {
            let (ls, lo, le) = lm.finish();
            let (qs, qo, qe) = ql.finish();
            let lo = run::Outcome { stdout: lo, stderr: le, status: ls, files: run::files_in(cwd_l.path()) };
            let qo = run::Outcome { stdout: qo, stderr: qe, status: qs, files: run::files_in(cwd_q.path()) };
            let outcome = match crate::whole::compare(&lo, &qo) {
                crate::whole::Verdict::Fail(why) => why,
                _ => Vec::new(),
            };
            Ok(Finding::Agree { records, outcome, masked, limited })
        }
        Err(Stop::Error(e)) => {
            lm.kill();
            ql.kill();
            Err(e)
        }
    }
}

enum Stop {
    /// Records compared, masks used, stopped by `max_records`.
    Agree(u64, MaskStats, bool),
    Error(String),
}

fn status_note(s: &mut Source) -> String {
    match s.child().try_wait() {
        Ok(Some(st)) => format!("{}", status_of(st)),
        _ => "still running".into(),
    }
}

/// Walk both traces. Ok(Some(divergence)) or Err(Stop::Agree) at the end.
fn compare_streams(opts: &Options, img: &Image, arch: Arch, lm: &mut Source, ql: &mut Source) -> Result<Option<(Divergence, MaskStats)>, Stop> {
    let err = Stop::Error;
    let (Some(mut pl), Some(mut pq)) = (lm.next().map_err(err)?, ql.next().map_err(Stop::Error)?) else {
        let (lc, qc) = (lm.reader.count, ql.reader.count);
        let (ln, qn) = (status_note(lm), status_note(ql));
        let why = format!(
            "no trace: lastmile {lc} records ({ln}), qemu {qc} records ({qn}); lastmile stderr: {}",
            String::from_utf8_lossy(&std::fs::read(&lm.err).unwrap_or_default()).trim()
        );
        return Err(Stop::Error(why));
    };
    let mut e = Engine {
        img,
        arch,
        map: AddrMap::new(arch, &pl, &pq),
        taint: [false; NSTATE],
        win_stack: Vec::new(),
        mem: HashSet::new(),
        stack_written: HashMap::new(),
        debug: std::env::var_os("LASTMILE_DIFFTEST_DEBUG").map(|_| HashMap::new()),
        stats: MaskStats::default(),
        history: VecDeque::new(),
        context: opts.context,
        ignore: opts.ignore.clone(),
    };
    if let Some(d) = e.check_initial(&pl, &pq) {
        return Ok(Some((d, e.stats)));
    }
    let mut index: u64 = 0;
    loop {
        e.history.push_back((index, pl.pc));
        if e.history.len() > opts.context + 1 {
            e.history.pop_front();
        }
        if opts.max_records != 0 && index >= opts.max_records {
            return Err(Stop::Agree(index, e.stats, true));
        }
        let nl = lm.next().map_err(Stop::Error)?;
        let mut nq = ql.next().map_err(Stop::Error)?;
        // qemu-user handles window spill/fill traps in its cpu loop and
        // runs the `save`/`restore`/`return`/`flushw` again: its trace shows
        // the same pc twice. The repeat is not an instruction.
        while let Some(q) = &nq {
            let win = img
                .word(pq.pc)
                .map(|w| matches!(decode(w, arch.flavor()).op, Op::Save | Op::Restore | Op::Return | Op::Flushw));
            if win == Some(true) && q.pc == pq.pc && q.npc == pq.npc && nl.as_ref().is_some_and(|l| l.pc != pl.pc) {
                pq = nq.take().expect("a record");
                nq = ql.next().map_err(Stop::Error)?;
            } else {
                break;
            }
        }
        let (l, q) = match (nl, nq) {
            (None, None) => return Err(Stop::Agree(lm.reader.count, e.stats, false)),
            (Some(_), None) | (None, Some(_)) => {
                let lm_ended = lm.ended && lm.ahead.is_empty();
                // Give the emulator that stopped a moment to be reaped.
                std::thread::sleep(Duration::from_millis(50));
                let who = if lm_ended {
                    format!("lastmile's trace ends after it ({}); qemu's goes on", status_note(lm))
                } else {
                    format!("qemu's trace ends after it ({}); lastmile's goes on", status_note(ql))
                };
                let d = e.divergence(index, pl.pc, who, Vec::new());
                return Ok(Some((d, e.stats)));
            }
            (Some(l), Some(q)) => (l, q),
        };
        match e.step(&pl, &pq, &l, &q) {
            Ok(()) => {
                pl = l;
                pq = q;
                index += 1;
            }
            Err((what, regs)) => {
                let cti_tainted = what.starts_with("control flow");
                if cti_tainted {
                    // Mask 5: read ahead to a common point.
                    if let Some((nl, nq)) = resync(&mut e, lm, ql, l, q, opts.resync_window).map_err(Stop::Error)? {
                        e.stats.resyncs += 1;
                        pl = nl;
                        pq = nq;
                        index += 1;
                        continue;
                    }
                }
                let d = e.divergence(index, pl.pc, what, regs);
                return Ok(Some((d, e.stats)));
            }
        }
    }
}

/// Find the first records, at most `window` ahead on each side, where both
/// are at the same pc and nPC with equivalent %sp. On success, the skipped
/// records' stores and the registers that differ there are tainted and the
/// two records returned; both sources continue after them.
fn resync(e: &mut Engine, lm: &mut Source, ql: &mut Source, l: Record, q: Record, window: usize) -> Result<Option<(Record, Record)>, String> {
    let key = |e: &Engine, r: &Record, s: usize| (r.pc, r.npc, e.map.norm(r.r[14], s));
    let mut seen: [HashMap<(u64, u64, Norm), usize>; 2] = [HashMap::new(), HashMap::new()];
    let mut bufs: [Vec<Record>; 2] = [vec![l], vec![q]];
    seen[0].insert(key(e, &bufs[0][0], 0), 0);
    seen[1].insert(key(e, &bufs[1][0], 1), 0);
    let found = |e: &Engine, bufs: &[Vec<Record>; 2], seen: &[HashMap<(u64, u64, Norm), usize>; 2], s: usize| -> Option<(usize, usize)> {
        let r = bufs[s].last()?;
        let k = key(e, r, s);
        seen[1 - s].get(&k).map(|&j| if s == 0 { (bufs[0].len() - 1, j) } else { (j, bufs[1].len() - 1) })
    };
    let mut hit = if seen[1].contains_key(&key(e, &bufs[0][0], 0)) { Some((0, 0)) } else { None };
    let mut more = [true, true];
    while hit.is_none() && (more[0] || more[1]) && bufs[0].len() < window {
        for s in 0..2 {
            if !more[s] {
                continue;
            }
            let src: &mut Source = if s == 0 { &mut *lm } else { &mut *ql };
            match src.next()? {
                Some(r) => {
                    let k = key(e, &r, s);
                    bufs[s].push(r);
                    seen[s].entry(k).or_insert(bufs[s].len() - 1);
                    if let Some(h) = found(e, &bufs, &seen, s) {
                        hit = Some(h);
                        break;
                    }
                }
                None => more[s] = false,
            }
        }
    }
    let Some((i, j)) = hit else { return Ok(None) };
    // Records after the meeting point go back to their sources.
    let [mut bl, mut bq] = bufs;
    for r in bl.drain(i + 1..).rev() {
        lm.ahead.push_front(r);
    }
    for r in bq.drain(j + 1..).rev() {
        ql.ahead.push_front(r);
    }
    let nl = bl.pop().expect("meeting record");
    let nq = bq.pop().expect("meeting record");
    e.absorb_skipped(&bl, 0);
    e.absorb_skipped(&bq, 1);
    e.stats.skipped.0 += bl.len() as u64;
    e.stats.skipped.1 += bq.len() as u64;
    if std::env::var_os("LASTMILE_DIFFTEST_DEBUG").is_some() {
        eprintln!("resync: skipped {} lastmile / {} qemu records, meeting at 0x{:x}", bl.len(), bq.len(), nl.pc);
    }
    for k in 1..NSTATE {
        if !e.eq(&nl, &nq, k) {
            e.taint[k] = true;
        }
    }
    Ok(Some((nl, nq)))
}

/// Render the report of a finding for the command line.
pub fn report(f: &Finding) -> String {
    let mut s = String::new();
    let _ = write!(s, "{f}");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(sp: u64) -> Record {
        let mut r = [0u64; 32];
        r[14] = sp;
        Record { pc: 0x100000, npc: 0x100004, r, misc: vec![("ccr".into(), "00".into())] }
    }

    #[test]
    fn stack_addresses_are_equal_by_their_offset_from_the_initial_frame() {
        // lastmile's and qemu's initial %sp (biased) from real traces.
        let l = rec(0xffefffeec1);
        let q = rec(0x4000800ec1);
        let m = AddrMap::new(Arch::Sparc64, &l, &q);
        let mut st = MaskStats::default();
        let (l0, q0) = (0xffefffeec1 + 2047, 0x4000800ec1 + 2047);
        assert!(m.equiv(l0 - 0x40, q0 - 0x40, &mut st));
        assert!(!m.equiv(l0 - 0x40, q0 - 0x48, &mut st));
        // The argv/env/auxv block above it: any two addresses in it.
        assert!(m.equiv(l0 + 0x88, q0 + 0x98, &mut st));
        // Not addresses: compared as they are.
        assert!(m.equiv(5, 5, &mut st));
        assert!(!m.equiv(5, 6, &mut st));
        assert_eq!(st.stack, 2);
    }

    #[test]
    fn learned_regions_map_by_offset() {
        let l = rec(0xffefffeec1);
        let q = rec(0x4000800ec1);
        let mut m = AddrMap::new(Arch::Sparc64, &l, &q);
        m.regions.push((0xff00000000, 0x4000900000, 0x4000));
        let mut st = MaskStats::default();
        assert!(m.equiv(0xff00000010, 0x4000900010, &mut st));
        assert!(!m.equiv(0xff00000010, 0x4000900018, &mut st));
        assert_eq!(m.to_lastmile(0x4000900020), 0xff00000020);
    }

    #[test]
    fn effects_of_loads_stores_and_window_ops() {
        use lastmile_frontend::sparc::decode::Flavor;
        let mut r = rec(0x1000);
        r.r[1] = 0x2000; // %g1
        r.r[2] = 8; // %g2
        // ldx [%g1 + %g2], %o0
        let ld = decode(0xd0584002, Flavor::V9);
        let e = effects(&ld, &r, Arch::Sparc64);
        assert_eq!(e.load, Some((0x2008, 8)));
        assert_eq!(e.addr, vec![1, 2]);
        assert_eq!(e.defs, vec![8]);
        assert!(e.uses.is_empty());
        // stx %o0, [%g1 + 16]
        let st = decode(0xd0706010, Flavor::V9);
        let e = effects(&st, &r, Arch::Sparc64);
        assert_eq!(e.store.as_ref().map(|s| (s.0, s.1)), Some((0x2010, 8)));
        assert_eq!(e.uses, vec![8]);
        // save %sp, -176, %sp
        let sv = decode(0x9de3bf50, Flavor::V9);
        assert!(effects(&sv, &r, Arch::Sparc64).save);
        // ta 0x6d
        let ta = decode(0x91d0206d, Flavor::V9);
        assert!(effects(&ta, &r, Arch::Sparc64).syscall);
    }
}
