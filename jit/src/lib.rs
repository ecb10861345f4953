//! lastmile-jit: compiling lifted functions with Cranelift, the code memory
//! they live in, and the translation cache. Knows nothing of guest ISAs
//! beyond a block's guest range.

pub mod cache;
pub mod chain;
pub mod codemem;

use codemem::CodeMemory;
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::Function;
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa, TargetFrontendConfig};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;

pub use cranelift_codegen;
pub use cranelift_frontend;

/// Code-generation effort.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptLevel {
    /// Cheapest compile: opt level "none", single-pass register allocation.
    Fast,
    /// Opt level "none" (no e-graph pass: no GVN, constant folding, LICM
    /// or redundant-load elimination) with backtracking register
    /// allocation: the allocator is what makes code fast, and the e-graph
    /// costs a third of a compile.
    Light,
    /// Best code: opt level "speed", backtracking register allocation.
    Speed,
}

/// A compiled block in code memory.
#[derive(Clone, Copy, Debug)]
pub struct Compiled {
    pub ptr: *const u8,
    pub size: usize,
}

// SAFETY: the pointer refers to immutable, executable code memory that lives
// as long as the JIT's code memory.
unsafe impl Send for Compiled {}
unsafe impl Sync for Compiled {}

/// Statistics kept by the compiler.
#[derive(Clone, Copy, Debug, Default)]
pub struct JitStats {
    /// Times the whole translation cache was flushed to stay within its bound.
    pub flushes: u64,
    pub compiled: u64,
    pub guest_insns: u64,
    pub compile_ns: u64,
    pub code_bytes: u64,
}

/// What a fault inside a compiled block needs: the guest address the block
/// starts at, and the guest source location of each faulting-capable range.
#[derive(Clone, Debug)]
struct FaultMap {
    len: usize,
    guest_start: u64,
    /// (start, end, srcloc bits), code offsets relative to the block.
    locs: Vec<(u32, u32, u32)>,
    /// (offset, user code) of the trap instructions.
    traps: Vec<(u32, u8)>,
}

/// Machine code compiled away from its code memory (by a [`Compiler`] on
/// another thread), ready for [`Jit::install`].
pub struct CodeBlob {
    pub bytes: Vec<u8>,
    /// (start, end, srcloc bits) of the instructions with a source location.
    locs: Vec<(u32, u32, u32)>,
    /// (offset, user code) of the trap instructions.
    traps: Vec<(u32, u8)>,
    pub compile_ns: u64,
}

/// A Cranelift compiler with the settings of the [`Jit`] it came from,
/// usable on another thread (background compilation).
pub struct Compiler {
    isa: OwnedTargetIsa,
    /// ISAs of other levels ([`Compiler::compile_at`]), made on first use.
    others: Vec<(OptLevel, OwnedTargetIsa)>,
    opt: OptLevel,
    verify: bool,
    ctx: Context,
}

// SAFETY: the ISA and context are plain data owned by the compiler.
unsafe impl Send for Compiler {}

impl Compiler {
    /// Compile `func` to machine code (not yet placed).
    pub fn compile(&mut self, func: Function) -> Result<CodeBlob, String> {
        compile_blob(&*self.isa, &mut self.ctx, func)
    }

    /// Compile `func` at `level` (not yet placed).
    pub fn compile_at(&mut self, func: Function, level: OptLevel) -> Result<CodeBlob, String> {
        if level == self.opt {
            return self.compile(func);
        }
        let isa = isa_at(&mut self.others, level, self.verify)?;
        compile_blob(isa, &mut self.ctx, func)
    }
}

/// The ISA for `level` among `others`, made on first use.
fn isa_at(others: &mut Vec<(OptLevel, OwnedTargetIsa)>, level: OptLevel, verify: bool) -> Result<&dyn cranelift_codegen::isa::TargetIsa, String> {
    let i = match others.iter().position(|(l, _)| *l == level) {
        Some(i) => i,
        None => {
            others.push((level, Jit::isa_for(&Jit::flags(level, verify)?)?));
            others.len() - 1
        }
    };
    Ok(&*others[i].1)
}

/// CPU time of the calling thread in ns: translation times are measured
/// with it (`--stats`), so that time the thread spent descheduled (another
/// process or our other thread on the core) does not count as translation.
pub fn thread_cpu_ns() -> u64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: a valid timespec out-pointer; this clock exists on Linux.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

fn compile_blob(isa: &dyn cranelift_codegen::isa::TargetIsa, ctx: &mut Context, func: Function) -> Result<CodeBlob, String> {
    let t0 = thread_cpu_ns();
    ctx.clear();
    // The last function (kept until now for `last_ir`) lends its vectors
    // to the next one lifted on this thread.
    lastmile_frontend::exitchain::recycle_function(std::mem::replace(&mut ctx.func, func));
    let mut ctrl = ControlPlane::default();
    let compiled = ctx.compile(isa, &mut ctrl).map_err(|e| format!("cranelift: {:?}", e.inner))?;
    if !compiled.buffer.relocs().is_empty() {
        return Err("cranelift: unexpected relocations in a block".into());
    }
    let locs = compiled
        .buffer
        .get_srclocs_sorted()
        .iter()
        .filter(|l| !l.loc.is_default())
        .map(|l| (l.start, l.end, l.loc.bits()))
        .collect();
    let traps = compiled.buffer.traps().iter().map(|t| (t.offset, t.code.as_raw().get())).collect();
    Ok(CodeBlob { bytes: compiled.code_buffer().to_vec(), locs, traps, compile_ns: thread_cpu_ns() - t0 })
}

pub struct Jit {
    faults: std::collections::BTreeMap<usize, FaultMap>,
    flags: settings::Flags,
    isa: OwnedTargetIsa,
    opt: OptLevel,
    /// ISAs of other levels ([`Jit::compile_quick`], [`Jit::compile_at`]),
    /// made on first use.
    others: Vec<(OptLevel, OwnedTargetIsa)>,
    verify: bool,
    ctx: Context,
    pub fctx: FunctionBuilderContext,
    code: CodeMemory,
    pub stats: JitStats,
}

impl Jit {
    pub fn new(opt: OptLevel, verify: bool) -> Result<Jit, String> {
        let flags = Self::flags(opt, verify)?;
        let isa = Self::isa_for(&flags)?;
        Ok(Jit {
            faults: std::collections::BTreeMap::new(),
            flags,
            isa,
            opt,
            others: Vec::new(),
            verify,
            ctx: Context::new(),
            fctx: FunctionBuilderContext::new(),
            code: CodeMemory::new()?,
            stats: JitStats::default(),
        })
    }

    fn flags(opt: OptLevel, verify: bool) -> Result<settings::Flags, String> {
        let mut flags = settings::builder();
        let set = |f: &mut settings::Builder, k: &str, v: &str| f.set(k, v).map_err(|e| format!("cranelift setting {k}={v}: {e}"));
        match opt {
            OptLevel::Fast => {
                set(&mut flags, "opt_level", "none")?;
                set(&mut flags, "regalloc_algorithm", "single_pass")?;
            }
            OptLevel::Light => {
                set(&mut flags, "opt_level", "none")?;
                set(&mut flags, "regalloc_algorithm", "backtracking")?;
            }
            OptLevel::Speed => {
                set(&mut flags, "opt_level", "speed")?;
                set(&mut flags, "regalloc_algorithm", "backtracking")?;
            }
        }
        set(&mut flags, "enable_verifier", if verify { "true" } else { "false" })?;
        // Experiments: LASTMILE_CL_FLAGS="name=value,..." overrides settings.
        if let Ok(extra) = std::env::var("LASTMILE_CL_FLAGS") {
            for kv in extra.split(',').filter(|s| !s.is_empty()) {
                let (k, v) = kv.split_once('=').ok_or_else(|| format!("LASTMILE_CL_FLAGS: {kv}: want name=value"))?;
                set(&mut flags, k, v)?;
            }
        }
        // Cranelift's x64 tail calls need frame pointers.
        set(&mut flags, "preserve_frame_pointers", "true")?;
        Ok(settings::Flags::new(flags))
    }

    fn isa_for(flags: &settings::Flags) -> Result<OwnedTargetIsa, String> {
        cranelift_native::builder()
            .map_err(|e| format!("host ISA: {e}"))?
            .finish(flags.clone())
            .map_err(|e| format!("host ISA: {e}"))
    }

    /// Blocks use the `tail` convention so that exits can tail-call the
    /// next block (ARCHITECTURE.md). Its argument and return registers are
    /// SysV's (rdi, rax), so the runtime's entry trampoline calls it as one.
    pub fn call_conv(&self) -> CallConv {
        CallConv::Tail
    }

    pub fn frontend_config(&self) -> TargetFrontendConfig {
        self.isa.frontend_config()
    }

    /// Compile `func` and place it in code memory.
    pub fn compile(&mut self, func: Function, guest_insns: usize, guest_start: u64) -> Result<Compiled, String> {
        let blob = compile_blob(&*self.isa, &mut self.ctx, func)?;
        self.install(blob, guest_insns, guest_start)
    }

    /// Compile `func` with the cheapest settings (OptLevel::Fast) whatever
    /// this jit was made with: for a first tier of blocks that may run only
    /// a few times (the caller recompiles the hot ones with [`Jit::compile`]).
    pub fn compile_quick(&mut self, func: Function, guest_insns: usize, guest_start: u64) -> Result<Compiled, String> {
        self.compile_at(func, guest_insns, guest_start, OptLevel::Fast)
    }

    /// Compile `func` at `level` whatever this jit was made with, and
    /// place it in code memory.
    pub fn compile_at(&mut self, func: Function, guest_insns: usize, guest_start: u64, level: OptLevel) -> Result<Compiled, String> {
        if level == self.opt {
            return self.compile(func, guest_insns, guest_start);
        }
        let isa = isa_at(&mut self.others, level, self.verify)?;
        let blob = compile_blob(isa, &mut self.ctx, func)?;
        self.install(blob, guest_insns, guest_start)
    }

    /// The level this jit was made with.
    pub fn opt_level(&self) -> OptLevel {
        self.opt
    }

    /// A compiler with this JIT's settings, for another thread.
    pub fn compiler(&self) -> Result<Compiler, String> {
        Ok(Compiler { isa: Self::isa_for(&self.flags)?, others: Vec::new(), opt: self.opt, verify: self.verify, ctx: Context::new() })
    }

    /// Place code compiled by a [`Compiler`] in code memory (counted in the
    /// statistics as if compiled here).
    pub fn install(&mut self, blob: CodeBlob, guest_insns: usize, guest_start: u64) -> Result<Compiled, String> {
        let ptr = self.code.place(&blob.bytes)?;
        let len = blob.bytes.len();
        perf_map_add(ptr, len, guest_start, guest_insns);
        self.faults.insert(ptr as usize, FaultMap { len, guest_start, locs: blob.locs, traps: blob.traps });
        self.stats.compiled += 1;
        self.stats.guest_insns += guest_insns as u64;
        self.stats.code_bytes += len as u64;
        self.stats.compile_ns += blob.compile_ns;
        Ok(Compiled { ptr, size: len })
    }

    /// For a host pc inside compiled code: the guest start of its block and
    /// the source location (guest pc tag) the lifter attached there.
    pub fn fault_location(&self, host_pc: usize) -> Option<(u64, u32)> {
        let (&start, m) = self.faults.range(..=host_pc).next_back()?;
        let off = (host_pc - start) as u32;
        if host_pc >= start + m.len {
            return None;
        }
        let &(_, _, loc) = m.locs.iter().find(|&&(s, e, _)| off >= s && off < e)?;
        Some((m.guest_start, loc))
    }

    /// For a host pc inside compiled code: the raw Cranelift trap code if
    /// a trap instruction is there (user codes are the lifter's own).
    pub fn trap_at(&self, host_pc: usize) -> Option<u8> {
        let (&start, m) = self.faults.range(..=host_pc).next_back()?;
        if host_pc >= start + m.len {
            return None;
        }
        let off = (host_pc - start) as u32;
        m.traps.iter().find(|&&(o, _)| o == off).map(|&(_, c)| c)
    }

    /// Bytes of code memory in use.
    pub fn code_used(&self) -> usize {
        self.code.used()
    }

    /// Drop every compiled block (the translation cache bound was reached).
    /// The caller must also forget every pointer into the old code (cache,
    /// chain slots, indirect table) and run no old code afterwards.
    pub fn flush(&mut self) {
        self.code.reset();
        self.faults.clear();
        self.stats.flushes += 1;
    }

    /// Host address range holding compiled code.
    pub fn code_range(&self) -> (usize, usize) {
        self.code.range()
    }

    /// The Cranelift IR of the last compiled function (for `-d op`).
    pub fn last_ir(&self) -> String {
        self.ctx.func.display().to_string()
    }
}

/// The perf map (`--perfmap`, as qemu-user's `-perfmap`): once opened,
/// every installed translation gets a line in `/tmp/perf-PID.map`, so that
/// `perf report` names samples in translated code by their guest address.
static PERF_MAP: std::sync::OnceLock<std::sync::Mutex<std::io::BufWriter<std::fs::File>>> = std::sync::OnceLock::new();

/// Start writing `/tmp/perf-PID.map` (created or truncated); returns its path.
pub fn enable_perf_map() -> Result<String, String> {
    let path = format!("/tmp/perf-{}.map", std::process::id());
    let f = std::fs::File::create(&path).map_err(|e| format!("{path}: {e}"))?;
    let _ = PERF_MAP.set(std::sync::Mutex::new(std::io::BufWriter::new(f)));
    Ok(path)
}

/// Flush the perf map's buffered lines (at the guest's exit).
pub fn perf_map_flush() {
    if let Some(m) = PERF_MAP.get() {
        use std::io::Write;
        let _ = m.lock().map(|mut w| w.flush());
    }
}

fn perf_map_add(ptr: *const u8, len: usize, guest_start: u64, guest_insns: usize) {
    if let Some(m) = PERF_MAP.get() {
        use std::io::Write;
        if let Ok(mut w) = m.lock() {
            // perf's format: start and size in hex, then the name.
            let _ = writeln!(w, "{:x} {:x} guest_0x{guest_start:x}_{guest_insns}insns", ptr as usize, len);
        }
    }
}

/// Disassemble host code (x86-64) for `-d out_asm`.
pub fn disasm_host(c: &Compiled) -> String {
    use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, NasmFormatter};
    // SAFETY: `c` describes bytes placed in code memory that stay mapped.
    let bytes = unsafe { std::slice::from_raw_parts(c.ptr, c.size) };
    let mut dec = Decoder::with_ip(64, bytes, c.ptr as u64, DecoderOptions::NONE);
    let mut fmt = NasmFormatter::new();
    let mut out = String::new();
    let mut insn = Instruction::default();
    let mut text = String::new();
    while dec.can_decode() {
        dec.decode_out(&mut insn);
        text.clear();
        fmt.format(&insn, &mut text);
        out.push_str(&format!("  0x{:016x}:  {}\n", insn.ip(), text));
    }
    out
}
