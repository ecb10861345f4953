//! The SPARC execution loop: look up (or translate) the block at pc, run it,
//! act on how it exited.

use super::{context, windows};
use crate::enter::{self, FAULT_EXIT};
use crate::linux::{self, Process, SysOutcome};
use crate::log::Log;
use crate::mem::GuestMemory;
use crate::signals::{self, sparc as sig};
use lastmile_frontend::sparc::cpu::{Exit, SparcCpu};
use lastmile_frontend::sparc::decode::{decode, Flavor};
use lastmile_frontend::sparc::disasm::disasm;
use lastmile_frontend::sparc::lift::{lift_block, Helpers, LiftConfig};
use lastmile_jit::cache::{Cache, Entry};
use lastmile_jit::{Jit, OptLevel};
use std::sync::Arc;

/// Options of one run.
pub struct RunConfig {
    pub flavor: Flavor,
    /// One guest instruction per block (`-singlestep`).
    pub single_step: bool,
    /// Print `--stats` at exit.
    pub stats: bool,
}

/// Counters for `--stats`.
#[derive(Default, Debug)]
pub struct RunStats {
    pub blocks_run: u64,
    pub syscalls: u64,
    pub dyn_npc_blocks: u64,
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
        let jit = Jit::new(OptLevel::Fast, cfg!(debug_assertions))?;
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
        };
        windows::set_thread_memory(mem.clone());
        let base = mem.base() as usize;
        enter::install_fault_handler(jit.code_range(), (base, base + mem.size() as usize + 65536));
        Ok(SparcMachine { cpu, mem, process, jit, cache: Cache::new(), lift, log, cfg, stats: RunStats::default() })
    }

    fn mask(&self, v: u64) -> u64 {
        if self.cfg.flavor == Flavor::V9 {
            v
        } else {
            v & 0xffff_ffff
        }
    }

    /// Translate the block at `pc` (mode 1: dynamic nPC, one instruction).
    fn translate(&mut self, pc: u64, mode: u8) -> Option<*const u8> {
        let mem = self.mem.clone();
        let fetch = move |a: u64| mem.fetch_insn(a);
        let (func, info) = lift_block(&self.lift, &fetch, pc, mode == 1, &mut self.jit.fctx).ok()?;
        let items = self.log.items;
        if items.in_asm {
            let mut s = format!("IN: {}\n", if mode == 1 { "(dynamic npc)" } else { "" });
            for (a, insn) in &info.code {
                s.push_str(&format!("0x{:016x}:  {}\n", a, disasm(insn, *a, self.cfg.flavor)));
            }
            s.push('\n');
            self.log.write(&s);
        }
        let code = match self.jit.compile(func, info.insns) {
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
        if items.out_asm {
            self.log.write(&format!("OUT: [guest 0x{:x}, {} bytes]\n{}\n", pc, code.size, lastmile_jit::disasm_host(&code)));
        }
        self.cache.insert(pc, mode, Entry { code, guest_start: info.start, guest_end: info.end });
        Some(code.ptr)
    }

    fn log_cpu(&self) {
        self.log.write(&cpu_state_text(&self.cpu));
    }

    /// Run until the guest exits or dies.
    pub fn run(&mut self) -> Ending {
        loop {
            let pc = self.cpu.pc;
            let dyn_npc = self.cpu.npc != self.mask(pc.wrapping_add(4));
            let code = if dyn_npc {
                self.stats.dyn_npc_blocks += 1;
                match self.cache.lookup(pc, 1) {
                    Some(e) => Some(e.code.ptr),
                    None => self.translate(pc, 1),
                }
            } else {
                match self.cache.lookup_fast(pc) {
                    Some(p) => Some(p),
                    None => self.translate(pc, 0),
                }
            };
            let Some(code) = code else {
                // Instruction fetch from unmapped / non-executable memory,
                // or a misaligned pc.
                let s = if pc & 3 != 0 { sig::SIGBUS } else { sig::SIGSEGV };
                return self.guest_fault(s, pc, "instruction fetch");
            };
            if self.log.items.exec {
                self.log.write(&format!("Trace: [{:016x}]\n", pc));
            }
            if self.log.items.cpu {
                self.log_cpu();
            }
            self.stats.blocks_run += 1;
            // SAFETY: `code` was compiled from a lifted SPARC block whose
            // signature is fn(*mut SparcCpu) -> u64.
            let r = unsafe { enter::enter(&mut *self.cpu as *mut SparcCpu as *mut u8, code) };
            if r == FAULT_EXIT {
                let (host, _write) = enter::last_fault();
                let guest = self.mem.guest_of_host(host);
                return self.guest_fault(sig::SIGSEGV, guest, "data access");
            }
            match Exit::from_u64(r) {
                Exit::Normal => {}
                Exit::Trap => {
                    if let Some(end) = self.software_trap() {
                        return end;
                    }
                }
                Exit::Illegal => {
                    let w = self.cpu.exit_arg;
                    return self.guest_fault(sig::SIGILL, self.cpu.pc, &format!("illegal instruction 0x{w:08x}"));
                }
                Exit::Privileged => {
                    let w = self.cpu.exit_arg;
                    return self.guest_fault(sig::SIGILL, self.cpu.pc, &format!("privileged instruction 0x{w:08x}"));
                }
                Exit::FpUnimplemented => {
                    let w = self.cpu.exit_arg;
                    let d = disasm(&decode(w as u32, self.cfg.flavor), self.cpu.pc, self.cfg.flavor);
                    return self.guest_fault(
                        sig::SIGILL,
                        self.cpu.pc,
                        &format!("floating-point instruction not implemented yet: 0x{w:08x} ({d})"),
                    );
                }
                Exit::Fault => {
                    let a = self.cpu.exit_arg;
                    return self.guest_fault(sig::SIGSEGV, a, "register window spill/fill");
                }
                Exit::DivZero => return self.guest_fault(sig::SIGFPE, self.cpu.pc, "integer division by zero"),
                Exit::Unaligned => {
                    let a = self.cpu.exit_arg;
                    return self.guest_fault(sig::SIGBUS, a, "misaligned access");
                }
                Exit::FetchFault => return self.guest_fault(sig::SIGSEGV, self.cpu.pc, "instruction fetch"),
                Exit::TagOverflow => return self.guest_fault(sig::SIGEMT, self.cpu.pc, "tag overflow"),
                Exit::Flushw => {}
            }
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
        match tn {
            // Linux sparc64: 0x6d is the 64-bit system call; 0x10 the 32-bit one.
            0x6d if bits64 => {
                self.stats.syscalls += 1;
                match linux::sparc64_syscall(&mut self.cpu, &mut self.process) {
                    SysOutcome::Continue => {
                        self.advance();
                        None
                    }
                    SysOutcome::Exit(code) => Some(Ending::Exit(code)),
                }
            }
            // ta 3: flush windows (both ABIs).
            3 => {
                let r = windows::helper_flushw(&mut *self.cpu);
                if r != 0 {
                    let a = self.cpu.exit_arg;
                    return Some(self.guest_fault(sig::SIGSEGV, a, "window flush"));
                }
                self.advance();
                None
            }
            // ta 0x6e / 0x6f: getcontext / setcontext (sparc64 only).
            0x6e if bits64 => {
                let blocked = self.process.signals.mask;
                if let Err(a) = context::getcontext(&mut self.cpu, &self.mem, blocked) {
                    return Some(self.guest_fault(sig::SIGSEGV, a, "getcontext"));
                }
                self.advance();
                None
            }
            0x6f if bits64 => {
                let mut blocked = self.process.signals.mask;
                if let Err(a) = context::setcontext(&mut self.cpu, &self.mem, &mut blocked) {
                    return Some(self.guest_fault(sig::SIGSEGV, a, "setcontext"));
                }
                self.process.signals.mask = blocked;
                None
            }
            // ta 1: breakpoint.
            1 => Some(self.guest_fault(sig::SIGTRAP, self.cpu.pc, "breakpoint trap")),
            _ => Some(self.guest_fault(sig::SIGILL, self.cpu.pc, &format!("unknown software trap 0x{tn:x}"))),
        }
    }

    /// The guest gets signal `s`. Signal handlers are not run yet, so this is
    /// the default action: the process dies.
    fn guest_fault(&mut self, s: i32, addr: u64, what: &str) -> Ending {
        if self.log.items.guest_errors || self.log.items.strace || self.log.items.exec {
            self.log.write(&format!(
                "guest signal {} ({}) at pc 0x{:x}: {} at 0x{:x}\n",
                s,
                signals::host_signal_name(sig::to_host(s).unwrap_or(s)),
                self.cpu.pc,
                what,
                addr
            ));
        }
        Ending::Signal(s)
    }

    pub fn print_stats(&self) {
        let j = &self.jit.stats;
        eprintln!(
            "lastmile stats: blocks translated {} ({} guest insns, {:.1} ms compile, {} code bytes), blocks run {}, dyn-npc blocks {}, syscalls {}, cache hits {} misses {}",
            j.compiled,
            j.guest_insns,
            j.compile_ns as f64 / 1e6,
            j.code_bytes,
            self.stats.blocks_run,
            self.stats.dyn_npc_blocks,
            self.stats.syscalls,
            self.cache.hits,
            self.cache.misses
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
    let _ = writeln!(s, "cansave: - canrestore: {} otherwin: 0 wstate: 0 cleanwin: - cwp: -", c.canrestore);
    let _ = writeln!(s, "fsr: {:016x} y: {:016x} fprs: {:016x}", c.fsr, c.y, c.fprs);
    s.push('\n');
    s
}
