//! The IA-64 execution loop: look up (or translate) the block at ip, run
//! it, act on how it exited (frontend/src/ia64/cpu.rs, `Exit`).
//!
//! It works as the SPARC loop does (runtime/src/sparc/exec.rs): one
//! translation cache keyed by ip (bundle | slot), direct exits chained
//! through exit slots filled when their target is translated, computed
//! branches through the indirect table, host faults in translated code
//! mapped back to the faulting slot by the jit's source locations. IA-64 has
//! no interpreter tier: every block is compiled.

use super::helpers;
use super::signal::{self, code, SigInfo};
use crate::enter::{self, FAULT_EXIT};
use crate::linux::{self, Ia64SysReturn, Process};
use crate::log::Log;
use crate::mem::GuestMemory;
use crate::signals;
use lastmile_frontend::ia64::cpu::{fault_srcloc, Exit, Ia64Cpu};
use lastmile_frontend::ia64::decode::{decode_bundle, Operand};
use lastmile_frontend::ia64::disasm::disasm_bundle;
use lastmile_frontend::ia64::lift::{lift_block, Fold, Helpers, LiftConfig};
use lastmile_frontend::sparc::lift::Chain;
use lastmile_jit::cache::{Cache, Entry};
use lastmile_jit::chain::{fill_slot, IndirectTable, SlotArena};
use lastmile_jit::{Jit, OptLevel};
use std::sync::Arc;

/// Linux ia64 signal numbers the loop raises (arch/ia64/include/uapi/asm/signal.h).
pub mod sig {
    pub const SIGILL: i32 = 4;
    pub const SIGTRAP: i32 = 5;
    pub const SIGBUS: i32 = 7;
    pub const SIGFPE: i32 = 8;
    pub const SIGSEGV: i32 = 11;
}

/// Options of one run.
pub struct RunConfig {
    /// One bundle per block (`-singlestep`).
    pub single_step: bool,
    /// Print `--stats` at exit.
    pub stats: bool,
    /// Bound on translated code, in bytes: past it the cache is flushed.
    pub code_limit: usize,
    /// Times a block runs in its quickly compiled form (Cranelift opt
    /// level none, single-pass register allocation, exits not chained)
    /// before it is compiled again optimized and chained; 0: optimize every
    /// block at once. (IA-64's first tier is this cheap compile, SPARC's an
    /// interpreter: most blocks run a few times only, and the optimizing
    /// compile costs about five times the quick one.)
    pub tier_threshold: u32,
}

/// The quick tier runs a block `QUICK_RUNS_PER_TIER * tier_threshold` times
/// (the option's default, 64, is SPARC's interpreter threshold; quick code
/// is compiled, so it may run longer: measured on the IA-64 C images, a
/// block promoted after about 1000 runs gives the lowest total CPU time).
pub const QUICK_RUNS_PER_TIER: u32 = 16;

/// Counters for `--stats`.
#[derive(Default, Debug)]
pub struct RunStats {
    pub blocks_run: u64,
    pub syscalls: u64,
    /// Blocks compiled again optimized after tier_threshold runs.
    pub tier_ups: u64,
}

/// How a guest run ended.
pub enum Ending {
    /// exit/exit_group with this status.
    Exit(i32),
    /// Killed by this guest signal.
    Signal(i32),
}

pub struct Ia64Machine {
    pub cpu: Box<Ia64Cpu>,
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
    /// The lift configuration of the quick tier (exits count instructions
    /// but are never linked: every exit returns here, where the runs of a
    /// quick block are counted).
    lift_quick: LiftConfig,
    /// Runs so far of each block in its quick form.
    quick_runs: std::collections::HashMap<u64, u32>,
}

impl Ia64Machine {
    /// A machine for the IA-64 process `process` in `mem` (a region-fold
    /// space), its CPU in Linux's initial state with the backing store at
    /// `rbs_base`.
    pub fn new(mem: Arc<GuestMemory>, process: Process, log: Arc<Log>, cfg: RunConfig, rbs_base: u64) -> Result<Ia64Machine, String> {
        let fold = mem.fold().ok_or("an IA-64 guest needs an IA-64 guest space (GuestMemory::new_ia64)")?;
        let cpu = Ia64Cpu::new_boxed(rbs_base);
        let opt = if std::env::var_os("LASTMILE_FAST_TIER").is_some() { OptLevel::Fast } else { OptLevel::Speed };
        let jit = Jit::new(opt, cfg!(debug_assertions))?;
        let mut lift = LiftConfig {
            // The fold the lifter emits is the memory's (mem.rs RegionFold):
            // host = base + ((a >> 61) << slot_bits) + min(a & (2^61-1), limit).
            fold: Fold { base: mem.base() as u64, shift: fold.slot_bits, limit: fold.limit() },
            max_bundles: if cfg.single_step { 1 } else { 32 },
            helpers: Helpers {
                rse: helpers::helper_rse as *const () as usize as u64,
                spec_ok: helpers::helper_spec_ok as *const () as usize as u64,
            },
            call_conv: jit.call_conv(),
            frontend: jit.frontend_config(),
            chain: None,
        };
        // Chaining makes blocks run without returning here: off when every
        // block must be seen.
        let chaining =
            !cfg.single_step && !log.items.exec && !log.items.cpu && std::env::var_os("LASTMILE_NO_CHAIN").is_none();
        let (slots, ind) = (SlotArena::leak(1 << 20), IndirectTable::leak(1 << 16));
        if chaining {
            let insn_counter = if cfg.stats { Box::leak(Box::new(0u64)) as *mut u64 as u64 } else { 0 };
            lift.chain = Some(Chain { slots, ind_table: ind.addr(), ind_mask: ind.mask(), insn_counter });
        }
        helpers::set_thread_memory(mem.clone());
        let mut lift_quick = lift;
        if let Some(ch) = lift.chain {
            // An arena with no slot: direct exits return unlinked; no
            // indirect table.
            lift_quick.chain = Some(Chain { slots: SlotArena::leak(0), ind_table: 0, ind_mask: 0, ..ch });
        }
        let base = mem.base() as usize;
        enter::install_fault_handler(jit.code_range(), (base, base + mem.reservation() as usize));
        Ok(Ia64Machine {
            cpu,
            mem,
            process,
            jit,
            cache: Cache::new(),
            lift,
            log,
            cfg,
            stats: RunStats::default(),
            ind,
            slots,
            chaining,
            lift_quick,
            quick_runs: std::collections::HashMap::new(),
        })
    }

    /// Drop every translation (code memory, cache, chain slots, indirect
    /// table). Only from the dispatcher, when no translated code runs.
    fn flush_translations(&mut self) {
        self.jit.flush();
        self.cache.clear();
        self.slots.unlink_all();
        self.ind.clear();
        self.cpu.chain_slot = 0;
        self.quick_runs.clear();
    }

    /// Translate the block at ip: quickly if tiering is on and `quick`.
    fn translate(&mut self, ip: u64, quick: bool) -> Option<*const u8> {
        let quick = quick && self.cfg.tier_threshold > 0 && !self.cfg.single_step;
        if self.jit.code_used() >= self.cfg.code_limit {
            self.flush_translations();
            if self.log.items.guest_errors || self.log.items.exec {
                self.log.write("translation cache full: flushed\n");
            }
        }
        let mem = self.mem.clone();
        let fetch = move |a: u64| {
            let mut b = [0u8; 16];
            mem.fetch(a, &mut b).then_some(b)
        };
        let lift = if quick { &self.lift_quick } else { &self.lift };
        let (func, info) = lift_block(lift, &fetch, ip, &mut self.jit.fctx).ok()?;
        let items = self.log.items;
        if items.in_asm {
            // objdump's layout, one bundle at a time.
            let mut s = String::from("IN:\n");
            let mut last = u64::MAX;
            for (a, _) in &info.code {
                let bundle = a & !0xf;
                if bundle != last {
                    last = bundle;
                    if let Some(b) = fetch(bundle) {
                        for line in disasm_bundle(&b, bundle) {
                            s.push_str(&format!("0x{bundle:016x}:  {line}\n"));
                        }
                    }
                }
            }
            s.push('\n');
            self.log.write(&s);
        }
        let compiled = if quick {
            self.jit.compile_quick(func, info.insns, info.start)
        } else {
            self.jit.compile(func, info.insns, info.start)
        };
        let code = match compiled {
            Ok(c) => c,
            Err(e) => {
                eprintln!("lastmile: error: cannot compile the IA-64 block at 0x{ip:x}: {e}");
                std::process::exit(70);
            }
        };
        if items.op {
            self.log.write(&format!("OP for 0x{:x}:\n{}\n", ip, self.jit.last_ir()));
        }
        if items.out_asm {
            self.log.write(&format!("OUT: [guest 0x{:x}, {} bytes]\n{}\n", ip, code.size, lastmile_jit::disasm_host(&code)));
        }
        self.cache.insert(ip, 0, Entry { code, guest_start: info.start, guest_end: info.end });
        if quick {
            self.quick_runs.insert(ip, 0);
        } else {
            self.quick_runs.remove(&ip);
        }
        Some(code.ptr)
    }

    /// Run until the guest exits or dies.
    pub fn run(&mut self) -> Ending {
        loop {
            let ip = self.cpu.ip;
            let compiled = self.cache.lookup_fast(ip);
            let mut code = match compiled {
                Some(p) => Some(p),
                None => self.translate(ip, true),
            };
            // A quick block: count its run; at the threshold compile it
            // optimized (it replaces the quick one in the cache).
            let mut quick = false;
            if let Some(n) = self.quick_runs.get_mut(&ip) {
                *n += 1;
                quick = true;
                if *n > self.cfg.tier_threshold.saturating_mul(QUICK_RUNS_PER_TIER) {
                    self.stats.tier_ups += 1;
                    code = self.translate(ip, false);
                    quick = false;
                }
            }
            // The exit that brought us here (a direct exit whose slot was
            // empty) is linked to this block; if there is no block (a fetch
            // fault) the slot stays empty, so it can never lead anywhere
            // else (e.g. to the signal handler that runs next).
            let slot = std::mem::take(&mut self.cpu.chain_slot);
            // Quick blocks are never linked to (their runs must be counted).
            if let (Some(c), true, false) = (code, self.chaining, quick) {
                if slot != 0 {
                    // SAFETY: the slot came from our SlotArena.
                    unsafe { fill_slot(slot, c) };
                }
                self.ind.insert(ip, c);
            }
            let Some(code) = code else {
                // Instruction fetch from unmapped / non-executable memory.
                let info = SigInfo::fault(sig::SIGSEGV, self.segv_code(ip & !0xf), ip & !0xf);
                if let Some(end) = self.raise(info, "instruction fetch") {
                    return end;
                }
                continue;
            };
            if self.log.items.exec {
                self.log.write(&format!("Trace: [{ip:016x}]\n"));
            }
            if self.log.items.cpu {
                self.log.write(&cpu_state_text(&self.cpu));
            }
            self.stats.blocks_run += 1;
            // SAFETY: `code` was compiled from a lifted IA-64 block whose
            // signature is fn(*mut Ia64Cpu) -> u64.
            let r = unsafe { enter::enter(&mut *self.cpu as *mut Ia64Cpu as *mut u8, code) };
            let fault = if r == FAULT_EXIT {
                let (host, _write, host_pc) = enter::last_fault();
                let guest = self.mem.guest_of_host(host);
                // The lifter wrote the registers back before the access and
                // tagged it with its slot: the state is exact.
                if let Some((start, loc)) = self.jit.fault_location(host_pc) {
                    self.cpu.ip = fault_srcloc(start, loc);
                }
                let guest = self.exact_fault_address(guest);
                Some((SigInfo::fault(sig::SIGSEGV, self.segv_code(guest), guest), "data access".to_string()))
            } else {
                let ip = self.cpu.ip;
                let arg = self.cpu.exit_arg;
                // Linux reports faults at ip + ri (traps.c: cr_iip + psr.ri).
                match Exit::from_u64(r) {
                    Exit::Normal => None,
                    Exit::SyncI => {
                        // Code may have changed (fc + sync.i): retranslate.
                        self.flush_translations();
                        None
                    }
                    Exit::Syscall => {
                        if let Some(end) = self.syscall() {
                            return end;
                        }
                        None
                    }
                    Exit::Break => Some(bad_break(arg, ip)),
                    Exit::Illegal => {
                        Some((SigInfo::fault(sig::SIGILL, code::ILL_ILLOPC, ip), format!("illegal operation (slot 0x{arg:011x})")))
                    }
                    Exit::Privileged => {
                        Some((SigInfo::fault(sig::SIGILL, code::ILL_PRVOPC, ip), "privileged operation".to_string()))
                    }
                    Exit::PrivReg => Some((SigInfo::fault(sig::SIGILL, code::ILL_PRVREG, ip), "privileged register".to_string())),
                    Exit::Reserved => {
                        Some((SigInfo::fault(sig::SIGILL, code::ILL_ILLOPN, ip), "reserved register/field".to_string()))
                    }
                    Exit::NatConsumption => {
                        Some((SigInfo::fault(sig::SIGILL, code::ILL_ILLOPN, ip), "register NaT consumption".to_string()))
                    }
                    Exit::Fault => Some((
                        SigInfo::fault(sig::SIGSEGV, self.segv_code(arg), arg),
                        "register stack engine access".to_string(),
                    )),
                    Exit::Unaligned => Some((
                        SigInfo::fault(sig::SIGBUS, code::BUS_ADRALN, arg),
                        "misaligned access Linux does not emulate".to_string(),
                    )),
                    Exit::Unimplemented => Some((
                        SigInfo::fault(sig::SIGILL, code::ILL_ILLOPC, ip),
                        format!("instruction not implemented yet (slot 0x{arg:011x})"),
                    )),
                }
            };
            if let Some((info, what)) = fault {
                if let Some(end) = self.raise(info, &what) {
                    return end;
                }
            }
        }
    }

    /// The guest address a faulting load or store formed. The host address
    /// folds back to it, except for offsets the fold clamped into a slot's
    /// guard; then the access's own base register says (IA-64 loads and
    /// stores address memory with a register and no displacement, and the
    /// lifter wrote registers back before the access, post-increments
    /// after it).
    fn exact_fault_address(&self, folded: u64) -> u64 {
        let ip = self.cpu.ip;
        let mut b = [0u8; 16];
        if !self.mem.fetch(ip & !0xf, &mut b) {
            return folded;
        }
        let bd = decode_bundle(&b, ip & !0xf);
        let Some(insn) = bd.insns.get((ip & 3) as usize) else { return folded };
        let base = insn.operands().iter().find_map(|o| if let Operand::Mem(r) = *o { Some(r) } else { None });
        match base {
            Some(r) => {
                let a = self.cpu.gr(r as u32).0;
                // A wide access may fault in its second page: keep that.
                if folded.wrapping_sub(a) < 32 {
                    folded
                } else {
                    a
                }
            }
            None => folded,
        }
    }

    /// SEGV_MAPERR for an address nothing is mapped at, else SEGV_ACCERR.
    fn segv_code(&self, addr: u64) -> i32 {
        if self.mem.region_at(addr).is_some() {
            code::SEGV_ACCERR
        } else {
            code::SEGV_MAPERR
        }
    }

    /// `break 0x100000`: the system call in r15 with out0..out5 (the
    /// output area of the current frame, r32 + sol ...: what the kernel's
    /// break handler sees as its inputs after `cover`); the result in r8,
    /// r10 = 0 or -1 (errno in r8), r9 for pipe. `ip` already names the
    /// next slot. Returns Some when the guest ended.
    fn syscall(&mut self) -> Option<Ending> {
        self.stats.syscalls += 1;
        let nr = self.cpu.gr(15).0;
        if nr == linux::ia64::RT_SIGRETURN {
            if self.process.strace {
                self.log.write(&format!("{} rt_sigreturn()\n", std::process::id()));
            }
            if let Err(a) = signal::sigreturn(&mut self.cpu, &self.mem, &mut self.process) {
                return self.raise(SigInfo::fault(sig::SIGSEGV, code::SEGV_MAPERR, a), "rt_sigreturn");
            }
            return self.deliver_pending();
        }
        let sol = self.cpu.sol as u32;
        let args: [u64; 6] = std::array::from_fn(|i| self.cpu.gr(32 + sol + i as u32).0);
        if self.log.items.guest_errors && !linux::ia64::implemented(nr) {
            let name = linux::ia64::syscall_name(nr).unwrap_or("?");
            self.log.write(&format!("unsupported system call {nr} ({name}) at ip 0x{:x}: ENOSYS\n", self.cpu.ip));
        }
        let generation = self.mem.protect_generation();
        let r = linux::ia64_syscall(&mut self.process, nr, args);
        if self.mem.protect_generation() != generation {
            // Executable memory was unmapped, replaced or lost PROT_EXEC
            // (munmap, mmap MAP_FIXED, mprotect, mremap): translations of it
            // are stale. We are in the dispatcher: no translated code runs.
            self.flush_translations();
        }
        match r {
            Ia64SysReturn::Exit(code) => return Some(Ending::Exit(code)),
            Ia64SysReturn::Regs { r8, r9, r10 } => {
                self.cpu.set_gr(8, r8, false);
                if let Some(v) = r9 {
                    self.cpu.set_gr(9, v, false);
                }
                self.cpu.set_gr(10, r10, false);
            }
        }
        self.deliver_pending()
    }

    /// Deliver the pending signals that have handlers and are not blocked,
    /// lowest first, as Linux does on the way back to user mode.
    fn deliver_pending(&mut self) -> Option<Ending> {
        loop {
            let ready = self.process.signals.pending & !self.process.signals.mask;
            if ready == 0 {
                return None;
            }
            let s = ready.trailing_zeros() as i32 + 1;
            self.process.signals.pending &= !(1u64 << (s - 1));
            if !signal::has_handler(&self.process, s) {
                continue;
            }
            let code = self.process.signals.pending_code[s as usize];
            if let Some(end) = self.raise_in(SigInfo::sent(s, code), "signal", true) {
                return Some(end);
            }
        }
    }

    /// The guest gets signal `info.signo` at a fault: run its handler, or
    /// die by it.
    fn raise(&mut self, info: SigInfo, what: &str) -> Option<Ending> {
        self.raise_in(info, what, false)
    }

    /// `in_syscall`: on the way out of a system call.
    fn raise_in(&mut self, info: SigInfo, what: &str, in_syscall: bool) -> Option<Ending> {
        let s = info.signo;
        let items = self.log.items;
        if items.guest_errors || items.strace || items.exec {
            self.log.write(&format!(
                "guest signal {} ({}) at ip 0x{:x}: {} at 0x{:x}\n",
                s,
                signals::host_signal_name(s),
                self.cpu.ip,
                what,
                info.addr.unwrap_or(0)
            ));
        }
        if signal::has_handler(&self.process, s) {
            return match signal::deliver(&mut self.cpu, &self.mem, &mut self.process, &info, in_syscall) {
                Ok(()) => None,
                Err(_) => Some(Ending::Signal(sig::SIGSEGV)),
            };
        }
        // Blocked or ignored synchronous signals kill too (Linux's force_sig).
        Some(Ending::Signal(s))
    }

    pub fn print_stats(&self) {
        let j = &self.jit.stats;
        let insns = match self.lift.chain {
            // SAFETY: the counter is a leaked u64 only translated code and we touch.
            Some(ch) if ch.insn_counter != 0 => unsafe { *(ch.insn_counter as *const u64) },
            _ => 0,
        };
        eprintln!(
            "lastmile stats: guest instructions run: {insns}; blocks translated {} ({} guest insns, {:.1} ms compile, {} code bytes, {} flushes), blocks run {}, syscalls {}, cache hits {} misses {}, tier-ups {}",
            j.compiled,
            j.guest_insns,
            j.compile_ns as f64 / 1e6,
            j.code_bytes,
            j.flushes,
            self.stats.blocks_run,
            self.stats.syscalls,
            self.cache.hits,
            self.cache.misses,
            self.stats.tier_ups
        );
    }
}

/// A `break` other than the system call: Linux's ia64_bad_break
/// (arch/ia64/kernel/traps.c).
fn bad_break(imm: u64, ip: u64) -> (SigInfo, String) {
    let (s, c) = match imm {
        0 => (sig::SIGILL, code::ILL_ILLOPC),
        1 => (sig::SIGFPE, code::FPE_INTDIV),
        2 => (sig::SIGFPE, code::FPE_INTOVF),
        3 => (sig::SIGFPE, code::FPE_FLTSUB),
        4 => (sig::SIGSEGV, code::SEGV_MAPERR),
        5 => (sig::SIGSEGV, code::BUS_ADRALN),
        6..=10 => (sig::SIGFPE, 9 + imm as i32 - 6), // __FPE_DECOVF ..
        11 => (sig::SIGSEGV, 3 /* __SEGV_PSTKOVF */),
        0x3f000..=0x3ffff => (sig::SIGILL, code::ILL_BNDMOD),
        i if i < 0x80000 => (sig::SIGILL, code::ILL_BREAK),
        _ => (sig::SIGTRAP, code::TRAP_BRKPT),
    };
    let mut info = SigInfo::fault(s, c, ip);
    info.imm = imm as i32;
    (info, format!("break 0x{imm:x}"))
}

/// The register state for `-d cpu`: ip, CFM, predicates, the static
/// registers, the current frame, branch and application registers.
pub fn cpu_state_text(c: &Ia64Cpu) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(2048);
    let _ = writeln!(s, "ip: {:016x}  cfm: {:010x} (sof {} sol {} sor {})  pr: {:016x}", c.ip, c.cfm(), c.sof, c.sol, c.sor, c.pr);
    for row in 0..8 {
        let _ = write!(s, "r{:<3}", row * 4);
        for k in 0..4 {
            let r = (row * 4 + k) as u32;
            let (v, nat) = c.gr(r);
            let _ = write!(s, " {:016x}{}", v, if nat { '*' } else { ' ' });
        }
        s.push('\n');
    }
    let sof = c.sof as u32;
    let mut r = 32;
    while r < 32 + sof {
        let _ = write!(s, "r{r:<3}");
        for k in 0..4 {
            if r + k < 32 + sof {
                let (v, nat) = c.gr(r + k);
                let _ = write!(s, " {:016x}{}", v, if nat { '*' } else { ' ' });
            }
        }
        s.push('\n');
        r += 4;
    }
    let _ = write!(s, "b0-7:");
    for b in c.br {
        let _ = write!(s, " {b:016x}");
    }
    s.push('\n');
    let _ = writeln!(
        s,
        "bsp: {:016x} bspstore: {:016x} rnat: {:016x} rsc: {:x} pfs: {:016x} lc: {:x} ec: {:x} unat: {:016x} fpsr: {:016x}",
        c.bsp, c.bspstore, c.rnat, c.rsc, c.pfs, c.lc, c.ec, c.unat, c.fpsr
    );
    s.push('\n');
    s
}
