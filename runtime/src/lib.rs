//! lastmile-runtime: ELF loading, the guest address space, the Linux ABIs of
//! each guest, and the execution loop. Knows nothing of Cranelift.

pub mod disasm_ia64;
pub mod enter;
pub mod ia64;
pub mod linux;
pub mod loader;
pub mod log;
pub mod mem;
pub mod signals;
pub mod sparc;

use lastmile_frontend::sparc::decode::{decode, Flavor};
use lastmile_frontend::sparc::disasm::disasm_targets;
use log::{Log, LogItems};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What the command line asks for.
pub struct RunOptions {
    pub program: PathBuf,
    /// argv as given (argv[0] is the program path unless `argv0` is set).
    pub args: Vec<String>,
    pub argv0: Option<String>,
    /// The guest environment, "VAR=VALUE" strings.
    pub env: Vec<String>,
    pub log_items: LogItems,
    pub log_file: Option<String>,
    pub single_step: bool,
    pub stats: bool,
    /// Bound on translated code in bytes (the translation cache size).
    pub code_limit: usize,
    /// Runs of a block in the interpreter before it is compiled (0: compile
    /// everything at once).
    pub tier_threshold: u32,
}

impl RunOptions {
    /// Options for running `program` with `args` (argv, argv[0] included)
    /// and an empty environment, everything else at its default.
    pub fn new(program: PathBuf, args: Vec<String>) -> RunOptions {
        RunOptions {
            program,
            args,
            argv0: None,
            env: Vec::new(),
            log_items: LogItems::default(),
            log_file: None,
            single_step: false,
            stats: false,
            code_limit: DEFAULT_CODE_LIMIT,
            tier_threshold: DEFAULT_TIER_THRESHOLD,
        }
    }
}

/// Default number of interpreted runs before a block is compiled.
pub const DEFAULT_TIER_THRESHOLD: u32 = 64;

/// Default translation-cache bound: 256 MiB of host code.
pub const DEFAULT_CODE_LIMIT: usize = 256 << 20;

/// A guest signal and the host signal that stands for it.
#[derive(Clone, Copy, Debug)]
pub struct GuestSignal {
    pub guest: i32,
    pub host: i32,
}

/// How the guest ended.
#[derive(Clone, Copy, Debug)]
pub enum Ending {
    Exit(i32),
    Signal(GuestSignal),
}

/// The guests we know, by ELF machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuestKind {
    Sparc64,
    /// 32-bit SPARC V8 (EM_SPARC).
    Sparc32,
    /// 32-bit SPARC V8+ (EM_SPARC32PLUS): V9 instructions in 32-bit mode.
    Sparc32Plus,
    /// IA-64 (EM_IA_64, ELF64 little-endian).
    Ia64,
}

/// Identify the guest from the ELF header, or say in one line why not.
pub fn identify(bytes: &[u8]) -> Result<GuestKind, String> {
    if bytes.len() < 20 || &bytes[0..4] != b"\x7fELF" {
        if bytes.len() >= 4 && &bytes[0..4] == b"\x7fELF" {
            return Err("truncated ELF file".into());
        }
        return Err("not an ELF file".into());
    }
    let class64 = bytes[4] == 2;
    let big = bytes[5] == 2;
    let machine = if big {
        u16::from_be_bytes([bytes[18], bytes[19]])
    } else {
        u16::from_le_bytes([bytes[18], bytes[19]])
    };
    match (machine, class64) {
        (43, true) if big => Ok(GuestKind::Sparc64),
        (2, false) if big => Ok(GuestKind::Sparc32),
        (18, false) if big => Ok(GuestKind::Sparc32Plus),
        (2, _) | (18, _) => Err("not a big-endian 32-bit SPARC ELF file".into()),
        (50, true) if !big => Ok(GuestKind::Ia64),
        (50, _) => Err("not a little-endian 64-bit IA-64 ELF file".into()),
        // The machine field read in the wrong byte order.
        (0x3200, _) => Err("not a little-endian 64-bit IA-64 ELF file".into()),
        (0x2b00 | 0x0200 | 0x1200, _) => Err("a little-endian SPARC ELF file: SPARC programs are big-endian".into()),
        (62, _) => Err("this is an x86-64 program: run it directly, not under lastmile".into()),
        (3, _) => Err("this is an i386 program: lastmile runs SPARC and IA-64 programs".into()),
        (m, _) => Err(format!("unsupported ELF machine {m}: lastmile runs SPARC and IA-64 programs")),
    }
}

/// Load and run a guest program.
pub fn run(opts: &RunOptions) -> Result<Ending, String> {
    let path = &opts.program;
    // The header is enough to pick the guest; the loader maps the file.
    let mut bytes = Vec::with_capacity(64);
    std::fs::File::open(path)
        .and_then(|f| std::io::Read::read_to_end(&mut std::io::Read::take(f, 64), &mut bytes))
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let kind = identify(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let log = Arc::new(Log::new(opts.log_items, opts.log_file.as_deref())?);
    let end = match kind {
        GuestKind::Sparc64 => run_sparc64(opts, log.clone())?,
        GuestKind::Sparc32 | GuestKind::Sparc32Plus => {
            let mem = Arc::new(mem::GuestMemory::new(32).map_err(|e| format!("cannot reserve guest memory: {e}"))?);
            run_sparc32(opts, mem, log.clone())?
        }
        GuestKind::Ia64 => {
            let mem = Arc::new(mem::GuestMemory::new_ia64().map_err(|e| format!("cannot reserve guest memory: {e}"))?);
            run_ia64(opts, mem, log.clone())?
        }
    };
    log.flush();
    Ok(end)
}

fn run_sparc64(opts: &RunOptions, log: Arc<Log>) -> Result<Ending, String> {
    use sparc::exec::{Ending as SE, RunConfig, SparcMachine};
    let mem = Arc::new(mem::GuestMemory::new(40).map_err(|e| format!("cannot reserve guest memory: {e}"))?);
    let args: Vec<Vec<u8>> = opts.args.iter().map(|s| s.as_bytes().to_vec()).collect();
    let env: Vec<Vec<u8>> = opts.env.iter().map(|s| s.as_bytes().to_vec()).collect();
    let argv0 = opts.argv0.as_ref().map(|s| s.as_bytes().to_vec());
    let loaded = loader::load_sparc64(&mem, &opts.program, &args, &env, argv0.as_deref())
        .map_err(|e| format!("{}: {e}", opts.program.display()))?;
    let mut process = linux::Process::new(mem.clone(), loaded.exe.clone(), opts.log_items.strace, log.clone());
    process.auxv = loaded.auxv.clone();
    let cfg = RunConfig { flavor: Flavor::V9, single_step: opts.single_step, stats: opts.stats, code_limit: opts.code_limit, tier_threshold: opts.tier_threshold };
    let mut m = SparcMachine::new(mem, process, log, cfg)?;
    m.cpu.pc = loaded.entry;
    m.cpu.npc = loaded.entry + 4;
    // %sp is biased (V9 ABI); %g1 = 0: no termination function for atexit
    // (glibc's sparc64 start.S reads it).
    m.cpu.set_reg(14, loaded.sp.wrapping_sub(lastmile_frontend::sparc::cpu::STACK_BIAS64));
    m.cpu.set_reg(1, 0);
    // Linux's start_thread puts ASI_PNF in %asi (TSTATE_ASI, arch/sparc/include/asm/processor_64.h).
    m.cpu.asi = 0x82;
    let end = m.run();
    if opts.stats {
        m.print_stats();
    }
    Ok(match end {
        SE::Exit(c) => Ending::Exit(c),
        SE::Signal(s) => Ending::Signal(GuestSignal {
            guest: s,
            host: signals::sparc::to_host(s).unwrap_or(libc::SIGKILL),
        }),
    })
}

/// Run a 32-bit SPARC program (V8 or V8+) in `mem`, a fresh 4 GiB guest
/// space (`GuestMemory::new(32)`), in this process, and leave `mem` for the
/// caller to inspect (the confinement test looks at the host memory around
/// it afterwards).
pub fn run_sparc32_in(opts: &RunOptions, mem: Arc<mem::GuestMemory>) -> Result<Ending, String> {
    if mem.size() != 1 << 32 {
        return Err("a 32-bit guest needs a 4 GiB guest space (GuestMemory::new(32))".into());
    }
    let log = Arc::new(Log::new(opts.log_items, opts.log_file.as_deref())?);
    let end = run_sparc32(opts, mem, log.clone());
    log.flush();
    end
}

/// Run a 32-bit SPARC program (V8 or V8+) in a 4 GiB guest space: the Linux
/// sparc32 ABI (`ta 0x10`, no stack bias, 4-byte words).
fn run_sparc32(opts: &RunOptions, mem: Arc<mem::GuestMemory>, log: Arc<Log>) -> Result<Ending, String> {
    use sparc::exec::{Ending as SE, RunConfig, SparcMachine};
    let args: Vec<Vec<u8>> = opts.args.iter().map(|s| s.as_bytes().to_vec()).collect();
    let env: Vec<Vec<u8>> = opts.env.iter().map(|s| s.as_bytes().to_vec()).collect();
    let argv0 = opts.argv0.as_ref().map(|s| s.as_bytes().to_vec());
    let (loaded, v8plus) = loader::load_sparc32(&mem, &opts.program, &args, &env, argv0.as_deref())
        .map_err(|e| format!("{}: {e}", opts.program.display()))?;
    let mut process = linux::Process::new(mem.clone(), loaded.exe.clone(), opts.log_items.strace, log.clone());
    process.abi = linux::Abi::Sparc32;
    process.auxv = loaded.auxv.clone();
    let flavor = if v8plus { Flavor::V8Plus } else { Flavor::V8 };
    let cfg = RunConfig { flavor, single_step: opts.single_step, stats: opts.stats, code_limit: opts.code_limit, tier_threshold: opts.tier_threshold };
    let mut m = SparcMachine::new(mem, process, log, cfg)?;
    m.cpu.pc = loaded.entry;
    m.cpu.npc = loaded.entry + 4;
    // No stack bias; %g1 = 0: no termination function for atexit (glibc's
    // sparc32 start.S passes it on to __libc_start_main).
    m.cpu.set_reg(14, loaded.sp);
    m.cpu.set_reg(1, 0);
    if v8plus {
        // start_thread32 puts ASI_PNF in %asi too (processor_64.h).
        m.cpu.asi = 0x82;
    }
    let end = m.run();
    if opts.stats {
        m.print_stats();
    }
    Ok(match end {
        SE::Exit(c) => Ending::Exit(c),
        SE::Signal(s) => Ending::Signal(GuestSignal {
            guest: s,
            host: signals::sparc::to_host(s).unwrap_or(libc::SIGKILL),
        }),
    })
}

/// Run an IA-64 program in `mem`, a fresh IA-64 guest space
/// (`GuestMemory::new_ia64()` or `new_fold`), in this process, and leave
/// `mem` for the caller to inspect (the confinement test).
pub fn run_ia64_in(opts: &RunOptions, mem: Arc<mem::GuestMemory>) -> Result<Ending, String> {
    let log = Arc::new(Log::new(opts.log_items, opts.log_file.as_deref())?);
    let end = run_ia64(opts, mem, log.clone());
    log.flush();
    end
}

/// Run an IA-64 program: Linux ia64's initial state (arch/ia64/include/asm/
/// processor.h start_thread; r8 = 0, the execve result) and system calls
/// through `break 0x100000`.
fn run_ia64(opts: &RunOptions, mem: Arc<mem::GuestMemory>, log: Arc<Log>) -> Result<Ending, String> {
    use ia64::exec::{Ending as IE, Ia64Machine, RunConfig};
    if mem.fold().is_none() {
        return Err("an IA-64 guest needs an IA-64 guest space (GuestMemory::new_ia64)".into());
    }
    let args: Vec<Vec<u8>> = opts.args.iter().map(|s| s.as_bytes().to_vec()).collect();
    let env: Vec<Vec<u8>> = opts.env.iter().map(|s| s.as_bytes().to_vec()).collect();
    let argv0 = opts.argv0.as_ref().map(|s| s.as_bytes().to_vec());
    let loaded = loader::load_ia64(&mem, &opts.program, &args, &env, argv0.as_deref())
        .map_err(|e| format!("{}: {e}", opts.program.display()))?;
    ia64::signal::map_trampoline(&mem)?;
    let mut process = linux::Process::new(mem.clone(), loaded.exe.clone(), opts.log_items.strace, log.clone());
    process.abi = linux::Abi::Ia64;
    process.auxv = loaded.auxv.clone();
    let cfg = RunConfig {
        single_step: opts.single_step,
        stats: opts.stats,
        code_limit: opts.code_limit,
        tier_threshold: opts.tier_threshold,
    };
    let mut m = Ia64Machine::new(mem, process, log, cfg, loaded.rbs_base)?;
    m.cpu.ip = loaded.entry;
    // r12 = sp - 16; ar.rsc = 0xf, ar.rnat = 0, ar.fpsr = FPSR_DEFAULT and
    // ar.bspstore = rbs_bot come from Ia64Cpu::new_boxed.
    m.cpu.set_gr(12, loaded.sp, false);
    let end = m.run();
    if opts.stats {
        m.print_stats();
    }
    Ok(match end {
        IE::Exit(c) => Ending::Exit(c),
        // ia64 signal numbers are the host's.
        IE::Signal(s) => Ending::Signal(GuestSignal { guest: s, host: s }),
    })
}

/// `lastmile disasm FILE`: every executable section, in objdump's layout.
pub fn disasm_file(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if disasm_ia64::is_ia64(&bytes) {
        return disasm_ia64::disasm_file(path, &bytes);
    }
    let kind = identify(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let (flavor, format, addr_width) = match kind {
        GuestKind::Sparc64 => (Flavor::V9, "elf64-sparc", 16),
        GuestKind::Sparc32 => (Flavor::V8, "elf32-sparc", 8),
        GuestKind::Sparc32Plus => (Flavor::V8Plus, "elf32-sparc", 8),
        GuestKind::Ia64 => return disasm_ia64::disasm_file(path, &bytes),
    };
    let elf = goblin::elf::Elf::parse(&bytes).map_err(|e| format!("{}: bad ELF file: {e}", path.display()))?;
    // Symbol names by address, for objdump-style labels.
    let mut syms: std::collections::BTreeMap<u64, &str> = std::collections::BTreeMap::new();
    for s in elf.syms.iter() {
        if s.st_value != 0 && (s.is_function() || s.st_type() == goblin::elf::sym::STT_NOTYPE) {
            if let Some(n) = elf.strtab.get_at(s.st_name) {
                if !n.is_empty() && !n.starts_with('$') {
                    syms.entry(s.st_value).or_insert(n);
                }
            }
        }
    }
    let mut out = format!("\n{}:     file format {format}\n\n", path.display());
    for sh in &elf.section_headers {
        if sh.sh_flags & goblin::elf::section_header::SHF_EXECINSTR as u64 == 0
            || sh.sh_type == goblin::elf::section_header::SHT_NOBITS
        {
            continue;
        }
        let name = elf.shdr_strtab.get_at(sh.sh_name).unwrap_or("?");
        out.push_str(&format!("\nDisassembly of section {name}:\n"));
        // With no symbol in the section objdump labels its start with the
        // section name; with none in the file it prints targets as 0x… .
        let symbolless = !syms.keys().any(|&a| a >= sh.sh_addr && a < sh.sh_addr + sh.sh_size);
        if symbolless {
            out.push_str(&format!("\n{:0w$x} <{name}>:\n", sh.sh_addr, w = addr_width));
        }
        let start = sh.sh_offset as usize;
        let end = start.saturating_add(sh.sh_size as usize).min(bytes.len());
        let data = bytes.get(start..end).unwrap_or(&[]);
        let mut i = 0usize;
        while i + 4 <= data.len() {
            let w = &data[i..i + 4];
            let addr = sh.sh_addr + i as u64;
            // objdump prints a run of 8 or more zero bytes as "..." (its
            // DEFAULT_SKIP_ZEROES), skipping whole words if more follows.
            let zeros = data[i..].iter().take_while(|&&b| b == 0).count();
            if zeros >= 8 {
                if syms.contains_key(&addr) {
                    out.push_str(&format!("\n{addr:0w$x} <{}>:\n", syms[&addr], w = addr_width));
                }
                out.push_str("\t...\n");
                i += if i + zeros == data.len() { zeros } else { zeros & !3 };
                continue;
            }
            i += 4;
            if let Some(n) = syms.get(&addr) {
                out.push_str(&format!("\n{addr:0w$x} <{n}>:\n", w = addr_width));
            }
            let word = u32::from_be_bytes([w[0], w[1], w[2], w[3]]);
            let insn = decode(word, flavor);
            out.push_str(&format!(
                "{:>8x}:\t{:02x} {:02x} {:02x} {:02x} \t{}\n",
                addr,
                w[0],
                w[1],
                w[2],
                w[3],
                disasm_targets(&insn, addr, flavor, syms.is_empty())
            ));
        }
    }
    Ok(out)
}
