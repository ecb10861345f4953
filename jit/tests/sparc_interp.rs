//! The SPARC interpreter (first tier) against the lifter + Cranelift: the
//! same block run once through `interp::run_block` and once compiled from
//! `lift_block` must leave the same CPU state (registers, window position,
//! settled %ccr, %y, %asi, %fprs, %gsr, pc, npc, exit code, exit_arg) and
//! the same memory.
//!
//! Cases: random instruction sequences (every kind of instruction, FP
//! included, with CTIs, delay slots, annul bits and DCTI couples among
//! them), straight blocks of real code (the .text of the guest images) and
//! FP loops lifted as regions, on random register, flag, window, %y/%asi,
//! FP and memory states, for V9, V8+ and V8. A compiled block that leaves
//! early on an FP slow path is followed by the blocks after it. Guest memory is a 4 GiB reservation per side with a mapped data
//! window (and a protected hole in it); a compiled access outside the
//! mapping faults, and a small SIGSEGV handler turns the fault into the
//! exit the runtime would see (pc from the lifter's source locations).
//! Case counts: `LASTMILE_INTERP_CASES` scales them (default 1), and
//! `LASTMILE_INTERP_SEED` changes the seed.

use lastmile_frontend::sparc::cpu::{Exit, SparcCpu, FSR_PEND_A_NONE, NWINDOWS, WIN_REGS};
use lastmile_frontend::sparc::decode::{decode, Flavor, Op};
use lastmile_frontend::sparc::disasm::disasm;
use lastmile_frontend::sparc::interp::{self, GuestMemory, Step};
use lastmile_frontend::sparc::lift::{apply_deferred_fp_exceptions, clear_deferred_fp_exceptions, fault_point, fault_srcloc, lift_block, take_deferred_fp_exceptions, FaultPoint, Helpers, LiftConfig};
use lastmile_jit::{Jit, OptLevel};
use std::cell::Cell;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::Mutex;

// ------------------------------------------------------------ guest memory

/// Size of each side's guest reservation: all 32-bit addresses (plus the
/// tail of an 8-byte access at the top).
const RES: u64 = (1 << 32) + 0x10000;
/// The mapped data window and the protected hole inside it.
const DATA_LO: u64 = 0x10000;
const DATA_HI: u64 = 0x30000;
const HOLE_LO: u64 = 0x20000;
const HOLE_HI: u64 = 0x21000;

fn mapped(addr: u64, size: u64) -> bool {
    let Some(end) = addr.checked_add(size) else { return false };
    addr >= DATA_LO && end <= DATA_HI && !(addr < HOLE_HI && end > HOLE_LO)
}

/// One side's guest address space.
struct Space {
    base: *mut u8,
    /// Bytes reserved.
    size: u64,
    /// Mask applied to guest addresses (the runtime's `InterpMem` fold of
    /// a `space_mask` wider than 32 bits; u64::MAX: none).
    fold: u64,
}

impl Space {
    fn new() -> Space {
        Space::with_size(RES, u64::MAX)
    }

    /// A reservation of `size` bytes whose guest addresses are masked by
    /// `fold`.
    fn with_size(size: u64, fold: u64) -> Space {
        // SAFETY: a fresh anonymous reservation; only the data window is
        // made accessible, and only this Space touches it.
        unsafe {
            let p = libc::mmap(
                std::ptr::null_mut(),
                size as usize,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            );
            assert!(p != libc::MAP_FAILED, "guest reservation");
            let base = p as *mut u8;
            let rw = libc::PROT_READ | libc::PROT_WRITE;
            assert_eq!(libc::mprotect(base.add(DATA_LO as usize) as *mut _, (HOLE_LO - DATA_LO) as usize, rw), 0);
            assert_eq!(libc::mprotect(base.add(HOLE_HI as usize) as *mut _, (DATA_HI - HOLE_HI) as usize, rw), 0);
            Space { base, size, fold }
        }
    }

    fn slice(&self, lo: u64, hi: u64) -> &[u8] {
        // SAFETY: [lo, hi) is one of the mapped ranges of this reservation.
        unsafe { std::slice::from_raw_parts(self.base.add(lo as usize), (hi - lo) as usize) }
    }

    fn slice_mut(&mut self, lo: u64, hi: u64) -> &mut [u8] {
        // SAFETY: as slice; `&mut self` makes it the only access.
        unsafe { std::slice::from_raw_parts_mut(self.base.add(lo as usize), (hi - lo) as usize) }
    }

    fn ranges() -> [(u64, u64); 2] {
        [(DATA_LO, HOLE_LO), (HOLE_HI, DATA_HI)]
    }

    fn same_data(&self, o: &Space) -> Option<u64> {
        for (lo, hi) in Space::ranges() {
            let (a, b) = (self.slice(lo, hi), o.slice(lo, hi));
            if a != b {
                let i = a.iter().zip(b.iter()).position(|(x, y)| x != y).unwrap();
                return Some(lo + i as u64);
            }
        }
        None
    }
}

impl Drop for Space {
    fn drop(&mut self) {
        // SAFETY: unmapping our own reservation.
        unsafe { libc::munmap(self.base as *mut _, self.size as usize) };
    }
}

/// The code of a case: words at `base` (addresses wrap with `mask`).
#[derive(Clone)]
struct Code {
    base: u64,
    mask: u64,
    words: Vec<u32>,
}

impl Code {
    fn fetch(&self, a: u64) -> Option<u32> {
        let off = a.wrapping_sub(self.base) & self.mask;
        if off & 3 != 0 || off / 4 >= self.words.len() as u64 {
            return None;
        }
        Some(self.words[(off / 4) as usize])
    }
    fn contains(&self, a: u64) -> bool {
        self.fetch(a).is_some()
    }
}

/// The interpreter's view of side A.
struct Mem<'a> {
    space: &'a Space,
    code: &'a Code,
    /// An access fell outside the reservation: compiled code must not run
    /// the same block (it would touch host memory), so the case is skipped.
    outside: Cell<bool>,
}

impl Mem<'_> {
    fn ptr(&self, addr: u64, size: usize) -> Result<*mut u8, u64> {
        let addr = addr & self.space.fold;
        if mapped(addr, size as u64) {
            // SAFETY: inside the mapped window of the reservation.
            Ok(unsafe { self.space.base.add(addr as usize) })
        } else {
            // (A folded space: compiled code stays inside its reservation.)
            if self.space.fold == u64::MAX && addr.checked_add(size as u64).is_none_or(|e| e > RES) {
                self.outside.set(true);
            }
            Err(addr)
        }
    }
}

impl GuestMemory for Mem<'_> {
    fn fetch(&self, addr: u64) -> Option<u32> {
        self.code.fetch(addr)
    }
    fn load(&self, addr: u64, size: usize) -> Result<u64, u64> {
        let p = self.ptr(addr, size)?;
        let mut b = [0u8; 8];
        // SAFETY: p..p+size is mapped (checked above).
        unsafe { std::ptr::copy_nonoverlapping(p, b.as_mut_ptr().add(8 - size), size) };
        Ok(u64::from_be_bytes(b))
    }
    fn store(&self, addr: u64, size: usize, v: u64) -> Result<(), u64> {
        let p = self.ptr(addr, size)?;
        let b = v.to_be_bytes();
        // SAFETY: as in load.
        unsafe { std::ptr::copy_nonoverlapping(b.as_ptr().add(8 - size), p, size) };
        Ok(())
    }
    fn swap32(&self, addr: u64, v: u32) -> Result<u32, u64> {
        let p = self.ptr(addr, 4)?;
        // SAFETY: mapped and 4-aligned (the interpreter checked alignment).
        let a = unsafe { AtomicU32::from_ptr(p as *mut u32) };
        Ok(u32::from_be(a.swap(v.to_be(), Ordering::SeqCst)))
    }
    fn ldstub(&self, addr: u64) -> Result<u8, u64> {
        let p = self.ptr(addr, 1)?;
        // SAFETY: mapped.
        let a = unsafe { AtomicU8::from_ptr(p) };
        Ok(a.swap(0xff, Ordering::SeqCst))
    }
    fn cas(&self, addr: u64, size: usize, cmp: u64, new: u64) -> Result<u64, u64> {
        let p = self.ptr(addr, size)?;
        // SAFETY: mapped and naturally aligned.
        Ok(unsafe {
            if size == 8 {
                let a = AtomicU64::from_ptr(p as *mut u64);
                let r = a.compare_exchange(cmp.to_be(), new.to_be(), Ordering::SeqCst, Ordering::SeqCst);
                u64::from_be(r.unwrap_or_else(|x| x))
            } else {
                let a = AtomicU32::from_ptr(p as *mut u32);
                let r =
                    a.compare_exchange((cmp as u32).to_be(), (new as u32).to_be(), Ordering::SeqCst, Ordering::SeqCst);
                u32::from_be(r.unwrap_or_else(|x| x)) as u64
            }
        })
    }
}

// ------------------------------------------------- window and tick helpers
//
// The runtime's algorithm (runtime/src/sparc/windows.rs) over the test's
// memory: both sides call the same functions, each on its own CPU and
// reservation (found through cpu.membase).

const TOP: u64 = ((NWINDOWS - 1) * 16) as u64;

fn save_area(cpu: &SparcCpu, base: u64) -> (u64, usize) {
    let sp = cpu.win[base as usize + 6];
    if cpu.bias != 0 {
        (sp.wrapping_add(cpu.bias), 8)
    } else {
        (sp & 0xffff_ffff, 4)
    }
}

fn spill_one(cpu: &mut SparcCpu, base: u64) -> Result<(), u64> {
    let (addr, sz) = save_area(cpu, base);
    if addr % sz as u64 != 0 || !mapped(addr, 16 * sz as u64) {
        return Err(addr);
    }
    for i in 0..16 {
        let v = cpu.win[base as usize + 8 + i];
        let p = (cpu.membase + addr + (i * sz) as u64) as *mut u8;
        // SAFETY: mapped (checked above).
        unsafe {
            if sz == 8 {
                std::ptr::copy_nonoverlapping(v.to_be_bytes().as_ptr(), p, 8);
            } else {
                std::ptr::copy_nonoverlapping((v as u32).to_be_bytes().as_ptr(), p, 4);
            }
        }
    }
    Ok(())
}

fn fill_one(cpu: &mut SparcCpu, base: u64) -> Result<(), u64> {
    let (addr, sz) = save_area(cpu, base);
    if addr % sz as u64 != 0 || !mapped(addr, 16 * sz as u64) {
        return Err(addr);
    }
    for i in 0..16 {
        let p = (cpu.membase + addr + (i * sz) as u64) as *const u8;
        let mut b = [0u8; 8];
        // SAFETY: mapped (checked above).
        unsafe { std::ptr::copy_nonoverlapping(p, b.as_mut_ptr().add(8 - sz), sz) };
        cpu.win[base as usize + 8 + i] = u64::from_be_bytes(b);
    }
    Ok(())
}

fn spill_oldest(cpu: &mut SparcCpu, k: u64) -> Result<(), u64> {
    for j in 0..k {
        let base = cpu.wbase() + 16 * (cpu.canrestore() - j);
        spill_one(cpu, base)?;
    }
    cpu.set_canrestore(cpu.canrestore() - k);
    Ok(())
}

fn fail(cpu: &mut SparcCpu, addr: u64) -> u64 {
    cpu.exit_arg = addr;
    Exit::Fault as u64
}

/// The window helpers: their status returned and in `helper_status` (the
/// contract of `Helpers`: translated code reads the latter).
extern "C" fn t_save(cpu: *mut SparcCpu) -> u64 {
    // SAFETY: called by translated code / the interpreter on its CPU.
    let cpu = unsafe { &mut *cpu };
    cpu.helper_status = save_in(cpu);
    cpu.helper_status
}

extern "C" fn t_restore(cpu: *mut SparcCpu) -> u64 {
    // SAFETY: as t_save.
    let cpu = unsafe { &mut *cpu };
    cpu.helper_status = restore_in(cpu);
    cpu.helper_status
}

fn save_in(cpu: &mut SparcCpu) -> u64 {
    if cpu.wbase() < 16 {
        let k = cpu.canrestore().div_ceil(2);
        if let Err(a) = spill_oldest(cpu, k) {
            return fail(cpu, a);
        }
        let len = (16 * cpu.canrestore() + 24) as usize;
        let nb = TOP - 16 * cpu.canrestore();
        let wb = cpu.wbase() as usize;
        cpu.win.copy_within(wb..wb + len, nb as usize);
        cpu.set_wbase(nb);
    }
    let nb = cpu.wbase() - 16;
    let cr = cpu.canrestore();
    cpu.set_wbase(nb);
    cpu.set_canrestore(cr + 1);
    0
}

fn restore_in(cpu: &mut SparcCpu) -> u64 {
    if cpu.canrestore() > 0 {
        let nb = cpu.wbase() + 16;
        let cr = cpu.canrestore();
        cpu.set_wbase(nb);
        cpu.set_canrestore(cr - 1);
        return 0;
    }
    if cpu.wbase() >= TOP {
        let mid = ((NWINDOWS / 2) * 16) as u64;
        let wb = cpu.wbase() as usize;
        cpu.win.copy_within(wb..wb + 24, mid as usize);
        cpu.set_wbase(mid);
    }
    let nb = cpu.wbase() + 16;
    if let Err(a) = fill_one(cpu, nb) {
        return fail(cpu, a);
    }
    cpu.set_wbase(nb);
    0
}

extern "C" fn t_flushw(cpu: *mut SparcCpu) -> u64 {
    // SAFETY: as t_save.
    let cpu = unsafe { &mut *cpu };
    let k = cpu.canrestore();
    if let Err(a) = spill_oldest(cpu, k) {
        return fail(cpu, a);
    }
    0
}

/// %tick: deterministic, from the state.
extern "C" fn t_tick(cpu: *mut SparcCpu) -> u64 {
    // SAFETY: as t_save.
    // (Translated code calls helpers without writing back the registers
    // it caches, so only read state that is always in memory: %y.)
    let cpu = unsafe { &*cpu };
    cpu.y.rotate_left(7) ^ 0x5eed_0000_1234
}

fn helpers() -> Helpers {
    Helpers {
        save: t_save as *const () as usize as u64,
        restore: t_restore as *const () as usize as u64,
        flushw: t_flushw as *const () as usize as u64,
        tick: t_tick as *const () as usize as u64,
    }
}

// ------------------------------------- entering compiled code, with faults
//
// As runtime/src/enter.rs: save the stack pointer, call the block; a fault
// on a guest access inside compiled code resumes at `sit_fault_resume`,
// which returns FAULT_EXIT from `sit_enter`.

const FAULT_EXIT: u64 = 0x100;

std::arch::global_asm!(
    ".globl sit_enter",
    ".globl sit_fault_resume",
    ".p2align 4",
    "sit_enter:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "sub rsp, 8",
    "mov [rdx], rsp",
    "call rsi",
    "2:",
    "add rsp, 8",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    "sit_fault_resume:",
    "mov eax, 0x100",
    "jmp 2b",
);

extern "sysv64" {
    fn sit_enter(cpu: *mut u8, code: *const u8, sp_slot: *mut u64) -> u64;
    fn sit_fault_resume();
}

static SAVED_SP: AtomicU64 = AtomicU64::new(0);
static FAULT_ADDR: AtomicU64 = AtomicU64::new(0);
static FAULT_PC: AtomicUsize = AtomicUsize::new(0);
/// The last fault was a trap in the code (SIGILL: a misaligned access's
/// `trapnz` with a space mask), not a guest access.
static FAULT_TRAP: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
static CODE_LO: AtomicUsize = AtomicUsize::new(0);
static CODE_HI: AtomicUsize = AtomicUsize::new(0);
static GUEST_LO: AtomicUsize = AtomicUsize::new(0);
static GUEST_HI: AtomicUsize = AtomicUsize::new(0);

/// Tests that run compiled code hold this (one JIT and one set of ranges
/// for the fault handler at a time).
static LOCK: Mutex<()> = Mutex::new(());

extern "C" fn on_fault(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: an SA_SIGINFO handler's arguments; we only read and write
    // fields of them.
    unsafe {
        let uc = ctx as *mut libc::ucontext_t;
        let gregs = &mut (*uc).uc_mcontext.gregs;
        let rip = gregs[libc::REG_RIP as usize] as usize;
        let addr = (*info).si_addr() as usize;
        let in_code = rip >= CODE_LO.load(Ordering::Relaxed) && rip < CODE_HI.load(Ordering::Relaxed);
        let in_guest = addr >= GUEST_LO.load(Ordering::Relaxed) && addr < GUEST_HI.load(Ordering::Relaxed);
        let trap = sig == libc::SIGILL;
        if in_code && (in_guest || trap) {
            FAULT_TRAP.store(trap, Ordering::Relaxed);
            FAULT_ADDR.store(addr as u64, Ordering::Relaxed);
            FAULT_PC.store(rip, Ordering::Relaxed);
            gregs[libc::REG_RSP as usize] = SAVED_SP.load(Ordering::Relaxed) as i64;
            gregs[libc::REG_RIP as usize] = sit_fault_resume as *const () as usize as i64;
            return;
        }
        libc::signal(sig, libc::SIG_DFL);
    }
}

fn install_handler() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: installing a handler with a zeroed, then filled, sigaction.
        unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = on_fault as *const () as usize;
            sa.sa_flags = libc::SA_SIGINFO | libc::SA_NODEFER;
            libc::sigemptyset(&mut sa.sa_mask);
            libc::sigaction(libc::SIGSEGV, &sa, std::ptr::null_mut());
            libc::sigaction(libc::SIGBUS, &sa, std::ptr::null_mut());
            libc::sigaction(libc::SIGILL, &sa, std::ptr::null_mut());
        }
    });
}

// ------------------------------------------------------------------ random

struct Rng(u64);

impl Rng {
    /// The generator of one case of a randomized test: `s0` is the test's
    /// seed (`seed()` with the test's own salt), so each case can be run
    /// again alone from the numbers a failure prints.
    fn for_case(s0: u64, case: usize) -> Rng {
        Rng(s0.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (case as u64).wrapping_mul(0x2545_f491_4f6c_dd1d))
    }
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pct(&mut self, p: u64) -> bool {
        self.below(100) < p
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }
}

fn seed() -> u64 {
    std::env::var("LASTMILE_INTERP_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x1a57_311e)
}

fn scale(n: usize) -> usize {
    let k: f64 = std::env::var("LASTMILE_INTERP_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(1.0);
    ((n as f64) * k).max(1.0) as usize
}

/// A register value: corner cases, small numbers, random bits.
fn value(r: &mut Rng) -> u64 {
    match r.below(14) {
        0 => 0,
        1 => 1,
        2 => u64::MAX,
        3 => 0x7fff_ffff,
        4 => 0x8000_0000,
        5 => 0xffff_ffff,
        6 => 0x1_0000_0000,
        7 => 1 << 63,
        8 => (1 << 63) - 1,
        9 => r.below(64),
        10 => r.next() as i32 as i64 as u64,
        11 => r.next() & 0xffff_ffff,
        12 => 0xffff_ffff_8000_0000 | r.below(4),
        _ => r.next(),
    }
}

/// An address in or near the data window (usually aligned).
fn pointer(r: &mut Rng) -> u64 {
    let a = match r.below(16) {
        0 => HOLE_LO - 64 + r.below(128),
        1 => HOLE_HI - 64 + r.below(128),
        2 => DATA_HI - 64 + r.below(96),
        3 => DATA_LO - 32 + r.below(96),
        _ => DATA_LO + r.below(DATA_HI - DATA_LO),
    };
    match r.below(20) {
        0..=16 => a & !7,
        17 | 18 => a & !3,
        _ => a,
    }
}

// ------------------------------------------------------------ encodings

fn f3(op: u32, rd: u32, op3: u32, rs1: u32, low14: u32) -> u32 {
    (op << 30) | (rd << 25) | (op3 << 19) | (rs1 << 14) | (low14 & 0x3fff)
}
fn imm13(v: i64) -> u32 {
    (1 << 13) | (v as u32 & 0x1fff)
}
fn bicc(a: bool, cond: u32, disp_words: i64) -> u32 {
    ((a as u32) << 29) | (cond << 25) | (2 << 22) | (disp_words as u32 & 0x3f_ffff)
}
fn bpcc(a: bool, cond: u32, cc: u32, disp_words: i64) -> u32 {
    ((a as u32) << 29) | (cond << 25) | (1 << 22) | (cc << 20) | (1 << 19) | (disp_words as u32 & 0x7_ffff)
}
fn bpr(a: bool, rcond: u32, rs1: u32, disp_words: i64) -> u32 {
    let d = disp_words as u32 & 0xffff;
    ((a as u32) << 29) | (rcond << 25) | (3 << 22) | ((d >> 14) << 20) | (rs1 << 14) | (d & 0x3fff)
}
fn call(disp_words: i64) -> u32 {
    (1 << 30) | (disp_words as u32 & 0x3fff_ffff)
}
const NOP: u32 = 0x0100_0000;

/// Registers the generator never writes: %g4 (a small index) and %g5-%g7
/// (pointers into the data window), so memory operands stay near the window.
const INDEX: u32 = 4;
const BASES: [u32; 3] = [5, 6, 7];

fn dest(r: &mut Rng) -> u32 {
    loop {
        let d = r.below(32) as u32;
        if !(4..=7).contains(&d) {
            return d;
        }
    }
}

fn operand2(r: &mut Rng) -> u32 {
    if r.pct(50) {
        let v = match r.below(8) {
            0 => 0,
            1 => 1,
            2 => -1,
            3 => r.below(64) as i64,
            4 => -4096,
            5 => 4095,
            _ => (r.next() & 0x1fff) as i64,
        };
        imm13(v)
    } else {
        // rs2, with the reserved bits 12:5 sometimes set (ignored).
        let junk = if r.pct(10) { (r.next() as u32 & 0xff) << 5 } else { 0 };
        junk | r.below(32) as u32
    }
}

const ASIS: [u32; 12] = [0x80, 0x80, 0x81, 0x82, 0x83, 0x88, 0x88, 0x89, 0x8a, 0x8b, 0x04, 0x14];

/// A random non-CTI integer instruction (sometimes an FP one, which the
/// interpreter must refuse).
fn gen_simple(r: &mut Rng, flavor: Flavor) -> u32 {
    loop {
        let w = gen_simple_any(r);
        // V8 decodes the V9-only encodings as illegal: keep a few of them.
        if flavor != Flavor::V8 || r.pct(5) || !v9_only(w) {
            return w;
        }
    }
}

/// Is this word valid V9 but not V8 (so an illegal instruction for V8)?
fn v9_only(w: u32) -> bool {
    decode(w, Flavor::V8).op == Op::Illegal && decode(w, Flavor::V9).op != Op::Illegal
}

fn gen_simple_any(r: &mut Rng) -> u32 {
    let k = r.below(100);
    match k {
        0..=39 => {
            // ALU: arithmetic, logic, multiply, divide, tagged, mulscc.
            const OPS: [u32; 31] = [
                0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10,
                0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x1a, 0x1b, 0x1c, 0x1e, 0x1f, 0x2d,
            ];
            let op3 = if r.pct(12) { r.pick(&[0x20, 0x21, 0x22, 0x23, 0x24]) } else { r.pick(&OPS) };
            f3(2, dest(r), op3, r.below(32) as u32, operand2(r))
        }
        40..=47 => {
            // Shifts: sll/srl/sra and the x forms.
            let op3 = r.pick(&[0x25, 0x26, 0x27]);
            let x = r.pct(50) as u32;
            let low =
                if r.pct(50) { (1 << 13) | (x << 12) | (r.below(64) as u32) } else { (x << 12) | r.below(32) as u32 };
            f3(2, dest(r), op3, r.below(32) as u32, low)
        }
        48..=51 => {
            // movcc on icc / xcc (cc2 = 1).
            let cc = r.pick(&[0u32, 2]);
            let cond = r.below(16) as u32;
            let low = if r.pct(50) {
                (1 << 13) | (cc << 11) | (r.next() as u32 & 0x7ff)
            } else {
                (cc << 11) | r.below(32) as u32
            };
            f3(2, dest(r), 0x2c, (1 << 4) | cond, low)
        }
        52..=54 => {
            // movr.
            let rc = r.pick(&[1u32, 2, 3, 5, 6, 7]);
            let low = if r.pct(50) {
                (1 << 13) | (rc << 10) | (r.next() as u32 & 0x3ff)
            } else {
                (rc << 10) | r.below(32) as u32
            };
            f3(2, dest(r), 0x2f, r.below(32) as u32, low)
        }
        55 => f3(2, dest(r), 0x2e, 0, operand2(r)), // popc
        56..=58 => {
            // rd %asr.
            let rs1 = r.pick(&[0u32, 0, 2, 2, 3, 4, 5, 6, 19, 16, 20]);
            f3(2, dest(r), 0x28, rs1, 0)
        }
        59..=60 => {
            // wr %asr: rd names the register.
            let rd = r.pick(&[0u32, 0, 2, 2, 3, 6, 19, 4, 16]);
            f3(2, rd, 0x30, r.below(32) as u32, operand2(r))
        }
        61..=64 => {
            // save / restore.
            let op3 = r.pick(&[0x3c, 0x3d]);
            f3(2, dest(r), op3, r.below(32) as u32, operand2(r))
        }
        65 => match r.below(5) {
            0 => f3(2, 0, 0x2b, 0, 0),                                         // flushw
            1 => f3(2, 0, 0x28, 15, (1 << 13) | r.below(128) as u32),          // membar
            2 => f3(2, 0, 0x28, 15, 0),                                        // stbar
            3 => f3(2, 0, 0x3b, r.below(32) as u32, operand2(r)),              // flush
            _ => f3(3, r.below(32) as u32, 0x2d, r.pick(&BASES), operand2(r)), // prefetch
        },
        66..=67 => {
            // Tcc (cc field icc/xcc), rarely always.
            let cond = if r.pct(10) { 8 } else { r.below(16) as u32 };
            let cc = r.pick(&[0u32, 2]);
            let low =
                if r.pct(70) { (1 << 13) | (cc << 11) | r.below(128) as u32 } else { (cc << 11) | r.below(32) as u32 };
            f3(2, cond, 0x3a, r.below(32) as u32, low)
        }
        68..=69 => {
            // sethi.
            let rd = dest(r);
            (rd << 25) | (4 << 22) | (r.next() as u32 & 0x3f_ffff)
        }
        70 => match r.below(6) {
            0 => r.next() as u32 & 0x3f_ffff,                 // illtrap
            1 => f3(2, dest(r), 0x2a, r.below(32) as u32, 0), // rdpr
            2 => f3(2, r.below(32) as u32, 0x32, 0, 0),       // wrpr
            3 => f3(2, 0, 0x3e, 0, 0),                        // done
            4 => f3(2, 0, 0x31, 0, 0),                        // saved
            _ => r.next() as u32,                             // anything (maybe illegal)
        },
        71..=76 => gen_fp(r),
        77 => {
            // VIS (IMPDEP1): the logical functions, faligndata and
            // alignaddr{,l} run in the interpreter (interp::vis_supported);
            // the other VIS instructions and alternate-space FP accesses
            // are refused by it.
            let vis = |r: &mut Rng, opf: u32| f3(2, r.below(32) as u32, 0x36, r.below(32) as u32, (opf << 5) | r.below(32) as u32);
            match r.below(8) {
                0..=1 => {
                    let opf = 0x60 + r.below(32) as u32;
                    vis(r, opf) // fzero, fsrc1, fxor, ... (s and d forms)
                }
                2 => vis(r, 0x48), // faligndata
                3 => {
                    let opf = r.pick(&[0x18, 0x1a]);
                    f3(2, dest(r), 0x36, r.below(32) as u32, (opf << 5) | r.below(32) as u32) // alignaddr{,l}
                }
                4 => vis(r, 0x4b),                                                         // fpmerge: refused
                5 => f3(3, r.below(32) as u32, 0x33, r.pick(&BASES), (0x80 << 5) | INDEX), // lddfa
                _ => f3(3, r.below(32) as u32, 0x34, r.pick(&BASES), imm13(0)),           // stfa %asi
            }
        }
        _ => gen_mem(r),
    }
}

/// A random floating-point instruction: FPop1 (every opf the lifter knows,
/// some it does not), compares on %fcc0-3, FMOVcc/FMOVr, plain FP loads
/// and stores (also of %fsr), MOVcc on %fccN.
fn gen_fp(r: &mut Rng) -> u32 {
    let reg = |r: &mut Rng| r.below(32) as u32;
    match r.below(24) {
        0..=9 => {
            const OPF: [u32; 47] = [
                0x01, 0x05, 0x09, 0x02, 0x06, 0x0a, 0x03, 0x07, 0x0b, 0x41, 0x42, 0x43, 0x45, 0x46, 0x47, 0x49, 0x4a,
                0x4b, 0x4d, 0x4e, 0x4f, 0x29, 0x2a, 0x2b, 0x69, 0x6e, 0x81, 0x82, 0x83, 0x84, 0x88, 0x8c, 0xc4, 0xc6,
                0xc7, 0xc8, 0xc9, 0xcb, 0xcc, 0xcd, 0xce, 0xd1, 0xd2, 0xd3, 0x00, 0x44, 0x1ff,
            ];
            let opf = if r.pct(50) { r.pick(&[0x42, 0x46, 0x4a, 0x4e, 0x41, 0x45, 0x49, 0x4d, 0x2a]) } else { r.pick(&OPF) };
            // Often the same few registers, so results feed later operands.
            let (rd, rs1, rs2) = if r.pct(60) { (r.below(6) as u32 * 2, r.below(6) as u32 * 2, r.below(6) as u32 * 2) } else { (reg(r), reg(r), reg(r)) };
            f3(2, rd, 0x34, rs1, (opf << 5) | rs2)
        }
        10..=12 => {
            let opf = r.pick(&[0x51, 0x52, 0x53, 0x55, 0x56, 0x57]);
            let rd = if r.pct(90) { r.below(4) as u32 } else { reg(r) };
            let (rs1, rs2) = if r.pct(60) { (r.below(6) as u32 * 2, r.below(6) as u32 * 2) } else { (reg(r), reg(r)) };
            f3(2, rd, 0x35, rs1, (opf << 5) | rs2)
        }
        13..=14 => {
            // FMOVcc: opf_cc (0-3 %fccN, 4 icc, 6 xcc, 5 and 7 reserved).
            let cc = r.pick(&[0u32, 0, 1, 2, 3, 4, 6, 5]);
            let opf = (cc << 6) | (1 + r.below(3) as u32);
            let rs1 = r.below(16) as u32 | if r.pct(5) { 16 } else { 0 };
            f3(2, reg(r), 0x35, rs1, (opf << 5) | reg(r))
        }
        15 => {
            // FMOVr (rcond 0 and 4 reserved).
            let rcond = r.below(8) as u32;
            let opf = (rcond << 5) | (5 + r.below(3) as u32);
            f3(2, reg(r), 0x35, r.below(32) as u32, (opf << 5) | reg(r))
        }
        16..=20 => {
            // ldf, lddf, ldqf, stf, stdf, stqf, ld[x]fsr, st[x]fsr.
            let op3 = r.pick(&[0x20, 0x23, 0x23, 0x22, 0x24, 0x27, 0x27, 0x26, 0x21, 0x25]);
            let rd = if op3 == 0x21 || op3 == 0x25 { r.pick(&[0, 0, 1, 3]) } else { reg(r) };
            let rs1 = if r.pct(90) { r.pick(&BASES) } else { reg(r) };
            let low = if r.pct(70) {
                let off = match r.below(3) {
                    0 => 0,
                    1 => (r.below(64) as i64 - 32) * 8,
                    _ => (r.next() & 0x1fff) as i64 - 4096,
                };
                imm13(if r.pct(85) { off & !7 } else if r.pct(70) { off & !3 } else { off })
            } else {
                r.pick(&[0, INDEX])
            };
            f3(3, rd, op3, rs1, low)
        }
        _ => {
            // MOVcc on %fccN (cc2 = 0).
            let cond = r.below(16) as u32;
            let n = r.below(4) as u32;
            let low = if r.pct(50) { (1 << 13) | (n << 11) | (r.next() as u32 & 0x7ff) } else { (n << 11) | reg(r) };
            f3(2, dest(r), 0x2c, cond, low)
        }
    }
}

/// An FP register value: doubles near 1 and far from it, integers, zeros,
/// infinities, NaNs, subnormals, pairs of singles, random bits.
fn fp_value(r: &mut Rng) -> u64 {
    let sign = if r.pct(30) { 1u64 << 63 } else { 0 };
    match r.below(12) {
        0..=3 => sign | ((1023 - 8 + r.below(16)) << 52) | (r.next() >> 12),
        4 => sign | ((r.below(2046) + 1) << 52) | (r.next() >> 12),
        5 => (r.below(100) as f64).to_bits() | sign,
        6 => sign | r.pick(&[0, 0x7ff0_0000_0000_0000, 0x7ff8_0000_0000_0000, 0x7ff4_0000_0000_0001, 1, 0x0010_0000_0000_0000]),
        7 => sign | (r.next() >> 12),
        8 => {
            let s = |r: &mut Rng| ((1.0 + r.below(1000) as f32 / 7.0) * if r.pct(30) { -1.0 } else { 1.0 }).to_bits() as u64;
            (s(r) << 32) | s(r)
        }
        9 => r.below(1 << 20) | if r.pct(50) { 0 } else { u64::MAX << 31 },
        _ => r.next(),
    }
}

/// A random integer load, store or atomic with a base in %g5-%g7.
fn gen_mem(r: &mut Rng) -> u32 {
    const OPS: [u32; 18] =
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0d, 0x0e, 0x0f, 0x3c, 0x3e, 0x0b];
    let mut op3 = r.pick(&OPS);
    let cas = op3 == 0x3c || op3 == 0x3e;
    if !cas && r.pct(25) {
        op3 |= 0x10; // alternate space
    }
    let alt = cas || op3 & 0x10 != 0;
    let mut rd = if cas {
        dest(r)
    } else if op3 & 0xf == 0x03 {
        // ldd: even, and not into %g4-%g7.
        loop {
            let d = r.below(32) as u32 & !1;
            if d != 4 && d != 6 {
                break d;
            }
        }
    } else if matches!(op3 & 0xf, 0x04 | 0x05 | 0x06 | 0x07 | 0x0e) {
        r.below(32) as u32 // a store reads rd
    } else {
        dest(r)
    };
    if op3 & 0xf == 0x07 {
        rd &= !1;
    }
    let rs1 = if r.pct(90) { r.pick(&BASES) } else { r.below(32) as u32 };
    let low = if cas {
        let i = r.pct(30);
        let rs2 = r.below(32) as u32;
        if i {
            (1 << 13) | rs2
        } else {
            (r.pick(&ASIS) << 5) | rs2
        }
    } else if r.pct(60) {
        let off = match r.below(4) {
            0 => 0,
            1 => r.below(16) as i64 - 8,
            2 => (r.below(64) as i64 - 32) * 8,
            _ => (r.next() & 0x1fff) as i64 - 4096,
        };
        // Usually aligned to the access size (8 covers them all).
        imm13(if r.pct(85) { off & !7 } else { off })
    } else {
        let asi = if alt { r.pick(&ASIS) << 5 } else { 0 };
        asi | r.pick(&[0, INDEX])
    };
    f3(3, rd, op3, rs1, low)
}

/// A random CTI whose target is near `at` (within the code, mostly).
fn gen_cti(r: &mut Rng, len: usize, at: usize, code_base: u64, mask: u64) -> u32 {
    let disp = r.below(len as u64 + 4) as i64 - at as i64 - 1;
    let a = r.pct(40);
    match r.below(20) {
        0..=5 => bicc(a, r.below(16) as u32, disp),
        6..=9 => bpcc(a, r.below(16) as u32, r.pick(&[0, 2]), disp),
        10..=11 => bpr(a, r.pick(&[1, 2, 3, 5, 6, 7]), r.below(32) as u32, disp),
        12 => call(disp),
        13..=16 => {
            // jmpl / return: a target in the code (through %g0 + simm13 when
            // it reaches), or from a register (often misaligned).
            let op3 = if r.pct(75) { 0x38 } else { 0x39 };
            let rd = if op3 == 0x39 { 0 } else { dest(r) };
            let t = code_base.wrapping_add(4 * r.below(len as u64 + 2)) & mask;
            let s = if mask == u64::MAX { t as i64 } else { t as u32 as i32 as i64 };
            if r.pct(70) && (-4096..4096).contains(&s) {
                f3(2, rd, op3, 0, imm13(s))
            } else {
                f3(2, rd, op3, r.below(32) as u32, operand2(r))
            }
        }
        17 => bicc(false, 8, disp),                                              // ba
        18 => bicc(true, 8, disp),                                               // ba,a
        _ => {
            if r.pct(50) {
                ((a as u32) << 29) | (r.below(16) as u32) << 25 | (6 << 22) | (disp as u32 & 0x3f_ffff) // fbfcc
            } else {
                // fbpfcc on %fccN (V9), with the prediction bit.
                let cc = r.below(4) as u32;
                ((a as u32) << 29)
                    | (r.below(16) as u32) << 25
                    | (5 << 22)
                    | (cc << 20)
                    | ((r.below(2) as u32) << 19)
                    | (disp as u32 & 0x7_ffff)
            }
        }
    }
}

/// Random code: non-CTIs with CTIs among them (adjacent CTIs make DCTI
/// couples).
fn gen_code(r: &mut Rng, flavor: Flavor, code_base: u64, mask: u64, fp: bool) -> Vec<u32> {
    let len = 2 + r.below(30) as usize;
    let mut w = Vec::with_capacity(len);
    for i in 0..len {
        let cti = if i + 2 == len { r.pct(70) } else { r.pct(8) };
        w.push(if cti {
            loop {
                let c = gen_cti(r, len, i, code_base, mask);
                if flavor != Flavor::V8 || !v9_only(c) {
                    break c;
                }
            }
        } else if fp && r.pct(60) {
            loop {
                let w = gen_fp(r);
                if flavor != Flavor::V8 || r.pct(5) || !v9_only(w) {
                    break w;
                }
            }
        } else {
            gen_simple(r, flavor)
        });
    }
    w
}

// ----------------------------------------------------------------- state

fn copy_cpu(dst: &mut SparcCpu, src: &SparcCpu) {
    let membase = dst.membase;
    let (wb, cr) = (src.wbase(), src.canrestore());
    // SAFETY: SparcCpu is plain data (integers and two raw pointers into
    // `win` that we recompute right after).
    unsafe { std::ptr::copy_nonoverlapping(src as *const SparcCpu, dst as *mut SparcCpu, 1) };
    dst.membase = membase;
    dst.set_wbase(wb);
    dst.set_canrestore(cr);
}

/// Fill side A's CPU and data window with a random state.
fn random_state(r: &mut Rng, cpu: &mut SparcCpu, space: &mut Space, ptr_pct: u64) {
    for i in 1..8 {
        cpu.g[i] = if r.pct(ptr_pct) { pointer(r) } else { value(r) };
    }
    cpu.g[INDEX as usize] = r.pick(&[0, 1, 2, 4, 8, 0x10, 0x7ff, 0x800]);
    for &b in &BASES {
        cpu.g[b as usize] = pointer(r);
    }
    for v in cpu.win.iter_mut() {
        *v = if r.pct(ptr_pct) { pointer(r) } else { value(r) };
    }
    let k = if r.pct(10) {
        0
    } else if r.pct(10) {
        TOP / 16
    } else {
        r.below(TOP / 16 + 1)
    };
    cpu.set_wbase(16 * k);
    let max_cr = (TOP - 16 * k) / 16;
    cpu.set_canrestore(if r.pct(20) { 0 } else { r.below(max_cr + 1) });
    // Stack pointers of the windows near the current one: often valid frames.
    for j in 0..(cpu.canrestore() + 2).min(NWINDOWS as u64) {
        let i = (16 * k + 16 * j + 6) as usize;
        if i < WIN_REGS && r.pct(60) {
            let a = DATA_LO + 0x100 + r.below(DATA_HI - DATA_LO - 0x300);
            cpu.win[i] = (a & !7).wrapping_sub(cpu.bias);
        }
    }
    if r.pct(50) {
        cpu.cc_op = 0;
        cpu.ccr = r.below(256);
    } else {
        // CC_OP_ADD, SUB, LOGIC, ADD2, SUB2 (translated code reads all of
        // them inline or through the settling helper).
        cpu.cc_op = 1 + r.below(5);
        cpu.cc_a = value(r);
        cpu.cc_b = value(r);
        cpu.cc_r = if r.pct(70) {
            if cpu.cc_op == 2 {
                cpu.cc_a.wrapping_sub(cpu.cc_b)
            } else {
                cpu.cc_a.wrapping_add(cpu.cc_b)
            }
        } else {
            value(r)
        };
        cpu.ccr = r.below(256);
    }
    cpu.y = if r.pct(85) { r.next() & 0xffff_ffff } else { value(r) };
    cpu.asi = r.pick(&[0x80, 0x80, 0x88, 0x88, 0x81, 0x82, 0x83, 0x89, 0x8a, 0x8b, 0x04, 0x84, 0x180]);
    cpu.fprs = r.below(8);
    for i in 0..32 {
        cpu.f[i] = fp_value(r);
    }
    // %fsr: mostly round-to-nearest without traps; sometimes another
    // rounding direction or trap-enable bits; random fcc, aexc, cexc.
    let rd = if r.pct(80) { 0 } else { r.below(4) };
    let tem = if r.pct(80) { 0 } else { r.below(32) };
    let fcc = r.below(256);
    cpu.fsr = (rd << 30)
        | (tem << 23)
        | ((fcc & 3) << 10)
        | ((fcc >> 2) << 32)
        | (r.below(32) << 5)
        | r.below(32)
        | if r.pct(10) { 1 << 14 } else { 0 };
    cpu.gsr = r.next();
    cpu.exit_arg = 0xdead_0000;
    for (lo, hi) in Space::ranges() {
        let s = space.slice_mut(lo, hi);
        let mut i = 0;
        while i < s.len() {
            let v = if r.pct(30) { value(r) } else { r.next() };
            s[i..i + 8].copy_from_slice(&v.to_be_bytes());
            i += 8;
        }
    }
}

/// Differences between two settled CPU states, as text.
fn diff(a: &SparcCpu, b: &SparcCpu) -> Vec<String> {
    let mut d = Vec::new();
    let mut f = |name: &str, x: u64, y: u64| {
        if x != y {
            d.push(format!("{name}: interp {x:#x} jit {y:#x}"));
        }
    };
    for i in 1..8 {
        f(&format!("%g{i}"), a.g[i], b.g[i]);
    }
    f("pc", a.pc, b.pc);
    f("npc", a.npc, b.npc);
    f("ccr", a.ccr, b.ccr);
    f("y", a.y, b.y);
    f("asi", a.asi, b.asi);
    f("fprs", a.fprs, b.fprs);
    f("gsr", a.gsr, b.gsr);
    f("fsr", a.fsr, b.fsr);
    for i in 0..32 {
        f(&format!("f[{i}]"), a.f[i], b.f[i]);
    }
    f("wbase", a.wbase(), b.wbase());
    f("canrestore", a.canrestore(), b.canrestore());
    f("exit_arg", a.exit_arg, b.exit_arg);
    for i in 0..WIN_REGS {
        if a.win[i] != b.win[i] {
            let rel = i as i64 - a.wbase() as i64;
            let name = if (0..24).contains(&rel) {
                let r = rel as u64 + 8;
                format!("r{r} ({})", ["%o", "%l", "%i"][(rel / 8) as usize].to_string() + &(rel % 8).to_string())
            } else {
                format!("win[{i}]")
            };
            f(&name, a.win[i], b.win[i]);
        }
    }
    for (cpu, side) in [(a, "interp"), (b, "jit")] {
        let wb = cpu.wbase();
        if wb % 16 != 0 || wb > ((NWINDOWS - 1) * 16) as u64 {
            d.push(format!("{side}: wptr not at a window of win"));
        }
        if cpu.rlimit < cpu.wptr || (cpu.rlimit as usize - cpu.wptr as usize) % (16 * 8) != 0 || wb + 16 * cpu.canrestore() > ((NWINDOWS - 1) * 16) as u64 {
            d.push(format!("{side}: rlimit not at a window of win at or above wptr"));
        }
    }
    d
}

// -------------------------------------------------------------------- rig

#[derive(Default, Debug)]
struct Stats {
    cases: usize,
    blocks: usize,
    insns: usize,
    unsupported: usize,
    skipped: usize,
    /// Traps of a CTI run in dynamic-nPC mode, where the lifter reports
    /// nPC = PC + 4 and the interpreter the real nPC (see the report).
    dyn_cti_trap_npc: usize,
    /// Faults of compiled code recovered by replaying from a sync point.
    replayed: usize,
    /// Compiled blocks that left early on an FP slow path (and went on).
    early_exits: usize,
    /// Faults that found a pending cexc kind armed with no operand
    /// (`FSR_PEND_A_NONE`: a branch into a loop armed it, lift/fp.rs
    /// `Lifter::fp_note_edge`).
    armed: usize,
    /// Regions that left for a pc of their own code (a window change in a
    /// delay slot, a failed alignment test on the way into an inner loop),
    /// where side B went on in the interpreter.
    left_inside: usize,
    /// Faults of compiled code past the space (a wrapped `(base & mask) +
    /// idx`), run in the interpreter (interp::run_past_space).
    past_space: usize,
    exits: BTreeMap<String, usize>,
}

impl Stats {
    fn report(&self, what: &str) {
        eprintln!(
            "{what}: {} cases, {} blocks compared ({} guest instructions interpreted), {} refused as unsupported, {} skipped (access outside the reservation), {} CTI traps with dynamic nPC (lifter: nPC = PC + 4), {} faults replayed from a sync point, {} early FP slow-path exits, {} faults with a pending kind armed, {} accesses past the space run in the interpreter; exits: {:?}",
            self.cases, self.blocks, self.insns, self.unsupported, self.skipped, self.dyn_cti_trap_npc, self.replayed, self.early_exits, self.armed, self.past_space, self.exits
        );
    }
}

/// cpu.exit_arg before each compiled block (the FP slow path sets 0).
const EXIT_ARG_MARK: u64 = 0x5a5a_0000_0000_0001;

struct Rig {
    jit: Jit,
    cfg: LiftConfig,
    flavor: Flavor,
    mask: u64,
    a: Space,
    b: Space,
    ca: Box<SparcCpu>,
    cb: Box<SparcCpu>,
    compiled: usize,
}

enum Outcome {
    /// Both sides agree; continue with the next block?
    Same {
        more: bool,
    },
    Unsupported,
    Skipped,
}

impl Rig {
    fn new(flavor: Flavor) -> Rig {
        install_handler();
        let jit = Jit::new(OptLevel::Fast, true).unwrap();
        let bits64 = flavor == Flavor::V9;
        let cfg = LiftConfig {
            flavor,
            space_mask: u64::MAX,
            max_insns: 64,
            helpers: helpers(),
            call_conv: jit.call_conv(),
            frontend: jit.frontend_config(),
            chain: None,
        };
        let (a, b) = (Space::new(), Space::new());
        let ca = SparcCpu::new_boxed(a.base as u64, bits64);
        let cb = SparcCpu::new_boxed(b.base as u64, bits64);
        Rig { jit, cfg, flavor, mask: if bits64 { u64::MAX } else { 0xffff_ffff }, a, b, ca, cb, compiled: 0 }
    }

    /// Copy side A (CPU and data) to side B.
    fn sync_b(&mut self) {
        copy_cpu(&mut self.cb, &self.ca);
        for (lo, hi) in Space::ranges() {
            let src = self.a.slice(lo, hi).to_vec();
            self.b.slice_mut(lo, hi).copy_from_slice(&src);
        }
    }

    /// Run one block on both sides and compare. Panics with a report on a
    /// difference.
    fn step(&mut self, code: &Code, st: &mut Stats, what: &dyn Fn() -> String) -> Outcome {
        let before = self.ca.pc;
        let npc0 = self.ca.npc;
        let h = helpers();
        let mem = Mem { space: &self.a, code, outside: Cell::new(false) };
        // SAFETY: the helpers are extern "C" fns over SparcCpu.
        let (step, n) = unsafe { interp::run_block(&mut self.ca, &mem, self.flavor, &h, 64) };
        if step == Step::Unsupported {
            self.ca.settle_cc();
            self.cb.settle_cc();
            let d = diff(&self.ca, &self.cb);
            assert!(d.is_empty() && n == 0, "{}: unsupported block changed state: {d:?}", what());
            st.unsupported += 1;
            return Outcome::Unsupported;
        }
        if mem.outside.get() {
            st.skipped += 1;
            return Outcome::Skipped;
        }
        // The compiled side: the block, and the rest of it when its slow FP
        // path left it early after an instruction (lift fp.rs exact_exit)
        // that the interpreter ran through.
        let dyn_npc = self.cb.npc != self.cb.pc.wrapping_add(4) & self.mask;
        let mut rounds = 0;
        let jr = loop {
            self.cb.exit_arg = EXIT_ARG_MARK;
            let pc = self.cb.pc;
            let dyn_npc = self.cb.npc != pc.wrapping_add(4) & self.mask;
            let fetch = |a: u64| code.fetch(a);
            let jr = match lift_block(&self.cfg, &fetch, pc, dyn_npc, &mut self.jit.fctx) {
                Err(_) => {
                    self.cb.exit_arg = pc;
                    Exit::FetchFault as u64
                }
                Ok((f, info)) => self.run_compiled(f, info.insns, info.start, code, st, what),
            };
            rounds += 1;
            let off = self.cb.pc.wrapping_sub(before) & self.mask;
            // The slow path leaves the FPop's pc in exit_arg (a marker before).
            // An exact helper run in place leaves 0 there, its status, which
            // an exit after an FPop at 0 would also leave: then a block that
            // ended at 4 otherwise (a branch to 4, a loop at 4) is told by
            // its state, already the one the interpreter left normally in.
            let at = self.cb.pc.wrapping_sub(4) & self.mask;
            let slow_exit = jr == Exit::Normal as u64
                && self.cb.exit_arg == at
                && code.fetch(at).is_some_and(|w| decode(w, self.flavor).is_fp())
                && !(at == 0 && step == Step::Exit(Exit::Normal) && self.same_as_interp());
            // Straight code up to the stop: `off / 4` instructions done, which
            // the interpreter went on from (or trapped at).
            let done = (off / 4) as usize;
            let interp_normal = step == Step::Exit(Exit::Normal);
            if slow_exit && rounds < 70 && (4..=4 * 65).contains(&off) && (done < n || (done == n && !interp_normal)) {
                st.early_exits += 1;
                continue;
            }
            break jr;
        };
        self.ca.settle_cc();
        self.cb.settle_cc();
        let ir = match step {
            Step::Exit(e) => e as u64,
            Step::Unsupported => unreachable!(),
        };
        // Known lifter difference: a CTI that traps in dynamic-nPC mode
        // (jmpl/return to a misaligned target, return's fill fault) exits
        // with nPC = PC + 4 instead of its real nPC. Tolerated and counted.
        let first_is_cti = code.fetch(before).is_some_and(|w| decode(w, self.flavor).is_cti());
        if dyn_npc
            && first_is_cti
            && ir == jr
            && ir != Exit::Normal as u64
            && self.ca.npc == npc0
            && self.cb.npc == before.wrapping_add(4) & self.mask
        {
            self.cb.npc = self.ca.npc;
            st.dyn_cti_trap_npc += 1;
        }
        let d = self.differences(ir, jr);
        if !d.is_empty() {
            let mut s = format!("{}\nblock at {before:#x} (dyn npc {dyn_npc}):\n", what());
            for i in 0..code.words.len() {
                let a = code.base.wrapping_add(4 * i as u64) & self.mask;
                if a.wrapping_sub(before) & self.mask <= 4 * 66 || code.words.len() < 40 {
                    let insn = decode(code.words[i], self.flavor);
                    s += &format!("  {a:#x}: {:08x}  {}\n", code.words[i], disasm(&insn, a, self.flavor));
                }
            }
            panic!("{s}differences:\n  {}", d.join("\n  "));
        }
        st.blocks += 1;
        st.insns += n;
        *st.exits.entry(format!("{:?}", Exit::from_u64(ir))).or_default() += 1;
        Outcome::Same { more: ir == Exit::Normal as u64 && code.contains(self.ca.pc) }
    }


    /// Compile `f` and run it on side B; a fault comes back as the exit the
    /// runtime would see (replayed from the sync point when tagged so).
    fn run_compiled(
        &mut self,
        f: cranelift_codegen::ir::Function,
        insns: usize,
        start: u64,
        code: &Code,
        st: &mut Stats,
        what: &dyn Fn() -> String,
    ) -> u64 {
        // As the runtime: the FP exceptions translated code defers to MXCSR
        // start clear and go into %fsr after a fault's replay.
        clear_deferred_fp_exceptions();
        let mut deferred = 0;
        let r = self.run_compiled_inner(f, insns, start, code, st, what, &mut deferred);
        apply_deferred_fp_exceptions(&mut self.cb, deferred);
        r
    }

    #[allow(clippy::too_many_arguments)]
    fn run_compiled_inner(
        &mut self,
        f: cranelift_codegen::ir::Function,
        insns: usize,
        start: u64,
        code: &Code,
        st: &mut Stats,
        what: &dyn Fn() -> String,
        deferred: &mut u64,
    ) -> u64 {
        let h = helpers();
        if self.compiled >= 2000 {
            self.jit.flush();
            self.compiled = 0;
        }
        let c = self.jit.compile(f, insns, start).unwrap();
        self.compiled += 1;
        let (lo, hi) = self.jit.code_range();
        CODE_LO.store(lo, Ordering::Relaxed);
        CODE_HI.store(hi, Ordering::Relaxed);
        GUEST_LO.store(self.b.base as usize, Ordering::Relaxed);
        GUEST_HI.store(self.b.base as usize + self.b.size as usize, Ordering::Relaxed);
        let slot = SAVED_SP.as_ptr();
        // SAFETY: a block compiled for SparcCpu; faults on guest
        // accesses come back as FAULT_EXIT.
        let r = unsafe { sit_enter(&mut *self.cb as *mut SparcCpu as *mut u8, c.ptr, slot) };
        *deferred = take_deferred_fp_exceptions();
        if r == FAULT_EXIT {
            if self.cb.fsr_pend != 0 && self.cb.fsr_pend_a == FSR_PEND_A_NONE {
                st.armed += 1;
            }
            self.cb.settle_fsr();
            let host = FAULT_ADDR.load(Ordering::Relaxed);
            let (start, loc) = self
                .jit
                .fault_location(FAULT_PC.load(Ordering::Relaxed))
                .unwrap_or_else(|| panic!("{}: fault without a source location", what()));
            // fault_srcloc does not wrap a 32-bit block that runs
            // past 0xffff_fffc (reported): mask as the guest does.
            let trap = FAULT_TRAP.load(Ordering::Relaxed);
            // An access sent past the space by `(base & mask) + idx`
            // (lift `host_addr_tagged`): the interpreter runs it, as the
            // runtime's replay_fault does.
            let fold = self.b.fold;
            if !trap && fold != u64::MAX && host - self.b.base as u64 > fold {
                let (spc, npc_in_cpu) = match fault_point(start, loc, self.cb.sync_pc) {
                    FaultPoint::Exact(p, n) => (p, n),
                    FaultPoint::Replay(p, n) => {
                        st.replayed += 1;
                        (p, n)
                    }
                };
                self.cb.pc = spc & self.mask;
                if !npc_in_cpu {
                    self.cb.npc = spc.wrapping_add(4) & self.mask;
                }
                st.past_space += 1;
                let gpc = fault_srcloc(start, loc).0 & self.mask;
                let mem_b = Mem { space: &self.b, code, outside: Cell::new(false) };
                // SAFETY: as above.
                let e = unsafe { interp::run_past_space(&mut self.cb, &mem_b, self.flavor, &h, gpc, fold, 10000) };
                return e.unwrap_or_else(|| panic!("{}: run past the space failed", what())) as u64;
            }
            match fault_point(start, loc, self.cb.sync_pc) {
                // A misalignment trap with the exact state: the interpreter
                // runs the access itself (as the runtime's replay_fault).
                FaultPoint::Exact(gpc, npc_in_cpu) if trap => {
                    let gpc = gpc & self.mask;
                    self.cb.pc = gpc;
                    if !npc_in_cpu {
                        self.cb.npc = gpc.wrapping_add(4) & self.mask;
                    }
                    let mem_b = Mem { space: &self.b, code, outside: Cell::new(false) };
                    // SAFETY: as above.
                    let e = unsafe { interp::replay_to_fault(&mut self.cb, &mem_b, self.flavor, &h, 100) };
                    e.unwrap_or_else(|| panic!("{}: misalignment replay failed", what())) as u64
                }
                FaultPoint::Exact(gpc, npc_in_cpu) => {
                    let gpc = gpc & self.mask;
                    self.cb.pc = gpc;
                    if !npc_in_cpu {
                        self.cb.npc = gpc.wrapping_add(4) & self.mask;
                    }
                    self.cb.exit_arg = host - self.b.base as u64;
                    Exit::Fault as u64
                }
                FaultPoint::Replay(spc, npc_in_cpu) => {
                    // A load that did not write the state back: the
                    // interpreter replays from the sync point to it.
                    let spc = spc & self.mask;
                    self.cb.pc = spc;
                    if !npc_in_cpu {
                        self.cb.npc = spc.wrapping_add(4) & self.mask;
                    }
                    st.replayed += 1;
                    let mem_b = Mem { space: &self.b, code, outside: Cell::new(false) };
                    // SAFETY: as above.
                    let e = unsafe { interp::replay_to_fault(&mut self.cb, &mem_b, self.flavor, &h, 100) };
                    e.unwrap_or_else(|| panic!("{}: fault replay failed", what())) as u64
                }
            }
        } else {
            r
        }
    }

    /// Run up to `blocks` blocks of `code` from the current state of side A
    /// (copied to side B first).
    fn case(&mut self, code: &Code, blocks: usize, st: &mut Stats, what: &dyn Fn() -> String) {
        self.sync_b();
        st.cases += 1;
        for _ in 0..blocks {
            match self.step(code, st, what) {
                Outcome::Same { more: true } => {}
                _ => break,
            }
        }
    }
}

fn code_base(r: &mut Rng, flavor: Flavor) -> u64 {
    if flavor == Flavor::V9 {
        r.pick(&[0x800, 0x800, 0x4_0000_1000])
    } else {
        // Near the top of the 32-bit space, pc wraps to 0.
        r.pick(&[0x800, 0x800, 0xffff_ffc0])
    }
}

fn random_sequences(flavor: Flavor, cases: usize, salt: u64, fp: bool) -> Stats {
    random_sequences_in(flavor, u64::MAX, cases, salt, fp)
}

/// As [`random_sequences`], lifted with `space_mask` (the runtime's
/// confinement mask: misaligned accesses trap and replay instead of
/// leaving the block).
fn random_sequences_in(flavor: Flavor, space_mask: u64, cases: usize, salt: u64, fp: bool) -> Stats {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut rig = Rig::new(flavor);
    rig.cfg.space_mask = space_mask;
    let mut st = Stats::default();
    let s0 = seed() ^ salt;
    let only: Option<usize> = std::env::var("LASTMILE_INTERP_ONLY").ok().and_then(|s| s.parse().ok());
    for case in 0..cases {
        if only.is_some_and(|o| o != case) {
            continue;
        }
        let mut r = Rng::for_case(s0, case);
        r.next();
        let base = code_base(&mut r, flavor);
        let mask = rig.mask;
        let code = Code { base, mask, words: gen_code(&mut r, flavor, base, mask, fp) };
        random_state(&mut r, &mut rig.ca, &mut rig.a, 10);
        rig.ca.pc = base;
        rig.ca.npc = base.wrapping_add(4) & mask;
        let what = || format!("{flavor:?} random case {case} (seed {s0:#x})");
        rig.case(&code, 6, &mut st, &what);
    }
    st
}

#[test]
fn random_integer_sequences_v9() {
    let st = random_sequences(Flavor::V9, scale(6000), 0x99, false);
    st.report("V9 random sequences");
    assert!(st.blocks > st.cases);
}

#[test]
fn random_integer_sequences_v8plus() {
    let st = random_sequences(Flavor::V8Plus, scale(3000), 0x8a, false);
    st.report("V8+ random sequences");
    assert!(st.blocks > st.cases);
}

/// sparc32plus integer code as the runtime lifts it (a 4 GiB space: a
/// misaligned access traps and replays from its sync point), where one
/// alignment test may cover several accesses through the same register
/// (`ld [%g1 + 8]; st [%g1]`, the latter encoded `[%g1 + %g0]`).
#[test]
fn random_integer_sequences_v8plus_masked() {
    let st = random_sequences_in(Flavor::V8Plus, 0xffff_ffff, scale(2000), 0x18a, false);
    st.report("V8+ random sequences, 32-bit space");
    assert!(st.blocks > st.cases);
}

/// Accesses through a base plus a shifted index (`sll %g4, k, %g4; ld
/// [%g5 + %g4]; st [%g5 + %g1]`) and through the base alone (`[%g5]`,
/// encoded `[%g5 + %g0]`): one alignment test may cover several of them
/// (lift `same_low_bits`), never one whose index may have low bits set
/// (a shift by less than the size's bits, an index not shifted). Bases,
/// indices and shift counts often misaligned: the accesses must fault
/// where the interpreter's do.
#[test]
fn shifted_index_accesses_test_alignment_exactly() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    for (flavor, mask, salt) in [(Flavor::V9, (1u64 << 40) - 1, 0x5a1u64), (Flavor::V8Plus, 0xffff_ffff, 0x5a2)] {
        let mut rig = Rig::new(flavor);
        rig.cfg.space_mask = mask;
        let mut st = Stats::default();
        let s0 = seed() ^ salt;
        for case in 0..scale(1500) {
            let mut r = Rng::for_case(s0, case);
            r.next();
            let base = code_base(&mut r, flavor);
            let mut words = Vec::new();
            for _ in 0..1 + r.below(6) {
                let b = r.pick(&BASES);
                // ld, lduh, ldx, st, sth, stx (V8: ldd/std, not ldx/stx).
                let ops: &[u32] = if flavor == Flavor::V9 { &[0x00, 0x02, 0x0b, 0x04, 0x06, 0x0e] } else { &[0x00, 0x02, 0x03, 0x04, 0x06, 0x07] };
                let op3 = r.pick(ops);
                let rd = if op3 & 0xf == 0x03 || op3 & 0xf == 0x07 { 2 * (1 + r.below(3) as u32) + 8 } else { 8 + r.below(8) as u32 };
                match r.below(6) {
                    // sll %g4, k, %g4
                    0 => words.push(f3(2, INDEX, 0x25, INDEX, (1 << 13) | r.below(5) as u32)),
                    // add %gB, small, %gB
                    1 => words.push(f3(2, b, 0x00, b, imm13(r.pick(&[1, 2, 4, 8, 16, -8]) as i64))),
                    // [%gB + %g0]
                    2 => words.push(f3(3, rd, op3, b, 0)),
                    // [%gB + imm]
                    3 => words.push(f3(3, rd, op3, b, imm13(r.pick(&[0, 2, 4, 8, 12, 16, 6]) as i64))),
                    // [%gB + %g4]
                    _ => words.push(f3(3, rd, op3, b, INDEX)),
                }
            }
            let code = Code { base, mask: rig.mask, words };
            random_state(&mut r, &mut rig.ca, &mut rig.a, 10);
            if r.pct(30) {
                let b = r.pick(&BASES) as usize;
                rig.ca.g[b] |= r.below(8);
            }
            rig.ca.g[INDEX as usize] = if r.pct(60) { r.below(64) & !7 } else { r.below(64) };
            rig.ca.pc = base;
            rig.ca.npc = base.wrapping_add(4) & rig.mask;
            let what = || format!("{flavor:?} shifted-index case {case} (seed {s0:#x})");
            rig.case(&code, 2, &mut st, &what);
        }
        st.report("shifted-index accesses");
        assert!(st.cases > 0);
    }
}

#[test]
fn random_integer_sequences_v8() {
    let st = random_sequences(Flavor::V8, scale(1500), 0x88, false);
    st.report("V8 random sequences");
    assert!(st.blocks > st.cases / 2);
}

/// Mostly floating point: FPops on the exact path and the fast paths,
/// IEEE traps when %fsr.TEM enables them, %fcc branches with annulled
/// delay slots, FP loads and stores faulting mid-block.
#[test]
fn random_fp_sequences() {
    for (flavor, n, salt) in [(Flavor::V9, 5000, 0xf9), (Flavor::V8Plus, 1500, 0xfa), (Flavor::V8, 1500, 0xf8)] {
        let st = random_sequences(flavor, scale(n), salt, true);
        st.report(&format!("{flavor:?} random FP sequences"));
        assert!(st.blocks > st.cases / 2);
        assert!(st.exits.get("FpException").copied().unwrap_or(0) > 0, "no IEEE trap taken: {st:?}");
    }
}

/// Random FP sequences of the 32-bit flavours lifted with the 32-bit space
/// mask the runtime uses for them: loads need not write the state back
/// even when misaligned (they trap and replay), so an FPop's cexc is dead
/// across loads before the next FPop (fp.rs cexc_dead_from).
#[test]
fn random_fp_sequences_masked() {
    for (flavor, n, salt) in [(Flavor::V8Plus, 2500, 0x3fa), (Flavor::V8, 1500, 0x3f8)] {
        let st = random_sequences_in(flavor, 0xffff_ffff, scale(n), salt, true);
        st.report(&format!("{flavor:?} random FP sequences, 32-bit space mask"));
        assert!(st.blocks > st.cases / 2);
        assert!(st.replayed > 0, "no fault replayed: {st:?}");
    }
}

/// A random alternate-space FP load or store (ldfa/lddfa/ldqfa,
/// stfa/stdfa/stqfa) or a `wr %asi`: user, no-fault, little-endian, VIS
/// block, short, partial and privileged ASIs, immediate or through %asi,
/// doubles often on a block's first register (%d0, %d16, %d32, %d48;
/// sometimes %d56, which the interpreter leaves to the compiler), offsets
/// often 64-byte aligned.
fn gen_fp_alt(r: &mut Rng) -> u32 {
    const IMM_ASIS: [u32; 28] = [
        0x80, 0x81, 0x82, 0x83, 0x88, 0x89, 0x8a, 0x8b, 0xf0, 0xf0, 0xf1, 0xf8, 0xf9, 0xe0, 0xe1, 0xd0, 0xd1, 0xd2, 0xd3, 0xd8, 0xda,
        0xc0, 0xc3, 0xc8, 0x04, 0x14, 0x84, 0xcf,
    ];
    if r.pct(12) {
        // wr %g0, asi, %asi
        return f3(2, 3, 0x30, 0, (1 << 13) | r.pick(&IMM_ASIS));
    }
    let op3 = r.pick(&[0x30, 0x33, 0x33, 0x33, 0x32, 0x34, 0x37, 0x37, 0x37, 0x36]);
    let rd = if (op3 == 0x33 || op3 == 0x37) && r.pct(70) { r.pick(&[0, 16, 1, 17, 0, 16, 1, 17, 25]) } else { r.below(32) as u32 };
    let rs1 = if r.pct(90) { r.pick(&BASES) } else { r.below(32) as u32 };
    let off = |r: &mut Rng| {
        let o = (r.below(64) as i64 - 32) * 8;
        imm13(if r.pct(70) { o & !63 } else if r.pct(70) { o & !7 } else { o })
    };
    let low = if r.pct(50) {
        // Through %asi: i = 1, an offset.
        (1 << 13) | off(r)
    } else {
        (r.pick(&IMM_ASIS) << 5) | r.pick(&[0, 0, INDEX])
    };
    f3(3, rd, op3, rs1, low)
}

/// The interpreter runs the alternate-space FP loads and stores exactly as
/// translated code does (fp.rs `fp_mem`): glibc's memset and memcpy
/// (`stda %f0, [..] %asi` with %asi = ASI_BLK_P) were compiled on the
/// dispatcher's thread the first time they ran, since the interpreter
/// refused them. Random blocks of those accesses, FPops and integer code
/// with random %asi and base registers often 64-byte aligned.
#[test]
fn random_fp_alternate_space_accesses() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    for (flavor, n, salt) in [(Flavor::V9, 3000u64, 0xa51u64), (Flavor::V8Plus, 1500, 0xa52)] {
        let mut rig = Rig::new(flavor);
        let mut st = Stats::default();
        let s0 = seed() ^ salt;
        let mut alt_blocks = 0;
        for case in 0..scale(n as usize) {
            let mut r = Rng::for_case(s0, case);
            r.next();
            let base = code_base(&mut r, flavor);
            let mask = rig.mask;
            let mut words = gen_code(&mut r, flavor, base, mask, true);
            for w in words.iter_mut() {
                // Not the CTIs (nor their delay slots' targets).
                if r.pct(45) && (*w >> 30 == 3 || *w >> 30 == 2 && (*w >> 19) & 0x3f != 0x38 && (*w >> 19) & 0x3f != 0x39) {
                    *w = gen_fp_alt(&mut r);
                }
            }
            alt_blocks += words.iter().any(|&w| w >> 30 == 3 && matches!((w >> 19) & 0x3f, 0x30 | 0x32 | 0x33 | 0x34 | 0x36 | 0x37)) as usize;
            let code = Code { base, mask, words };
            random_state(&mut r, &mut rig.ca, &mut rig.a, 10);
            for &b in &BASES {
                if r.pct(70) {
                    rig.ca.g[b as usize] &= !63;
                }
            }
            rig.ca.asi = r.pick(&[0xf0, 0xf0, 0xf0, 0xf1, 0xf8, 0xe0, 0xd0, 0xd3, 0xda, 0xc0, 0xc8, 0x80, 0x82, 0x88, 0x8a, 0x04]);
            rig.ca.pc = base;
            rig.ca.npc = base.wrapping_add(4) & mask;
            let what = || format!("{flavor:?} random alternate-space FP case {case} (seed {s0:#x})");
            rig.case(&code, 6, &mut st, &what);
        }
        st.report(&format!("{flavor:?} random alternate-space FP accesses"));
        assert!(alt_blocks > st.cases / 2, "{alt_blocks} cases with an alternate-space FP access");
        // Refused: %d56 blocks, immediate partial stores, VIS FPops.
        assert!(st.unsupported < st.cases / 3, "{st:?}");
        assert!(st.exits.get("Illegal").copied().unwrap_or(0) > 0 && st.exits.get("Privileged").copied().unwrap_or(0) > 0, "{st:?}");
    }
}

// ------------------------------------------------------ hand-made sequences

/// Sequences that pin down the pc/npc model: annulled and not, taken and
/// not (the random flags decide), DCTI couples, traps and faults in delay
/// slots, window traps.
#[test]
fn delay_slots_annul_bits_and_dcti_couples() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut st = Stats::default();
    let add1 = f3(2, 1, 0x00, 1, imm13(1)); // add %g1, 1, %g1
    let add2 = f3(2, 2, 0x00, 2, imm13(2)); // add %g2, 2, %g2
    let cmp = f3(2, 0, 0x14, 1, 2); // subcc %g1, %g2, %g0
    let ld = f3(3, 3, 0x00, 5, imm13(0)); // ld [%g5], %g3
    let st_ = f3(3, 3, 0x04, 6, imm13(4)); // st %g3, [%g6 + 4]
    let ta = f3(2, 8, 0x3a, 0, imm13(0x10)); // ta 0x10
    let tne = f3(2, 9, 0x3a, 1, imm13(5)); // tne %g1 + 5
    let save = f3(2, 14, 0x3c, 14, imm13(-192));
    let restore = f3(2, 0, 0x3d, 0, 0);
    let jmpl_g3 = f3(2, 15, 0x38, 3, imm13(0)); // jmpl %g3, %o7
    let ret = f3(2, 0, 0x39, 31, imm13(8)); // return %i7 + 8
    let seqs: Vec<Vec<u32>> = vec![
        vec![cmp, bicc(false, 1, 3), add1, add2, add2, add1],
        vec![cmp, bicc(true, 1, 3), add1, add2, add2, add1],
        vec![cmp, bicc(true, 9, 3), add1, add2, add2, add1],
        vec![bicc(true, 8, 3), add1, add2, add2, add1],
        vec![bicc(true, 0, 3), add1, add2, add2, add1],
        vec![bicc(false, 0, 3), add1, add2, add2, add1],
        vec![cmp, bpcc(true, 4, 2, 3), add1, add2, add2, add1],
        vec![bpr(true, 1, 1, 3), add1, add2, add2, add1],
        vec![bpr(false, 6, 2, 3), add1, add2, add2, add1],
        // DCTI couples: a branch in a delay slot.
        vec![cmp, bicc(false, 1, 3), bicc(false, 8, 3), add1, add2, add2, add1, add2],
        vec![cmp, bicc(true, 2, 3), bicc(true, 8, 2), add1, add2, add2, add1, add2],
        vec![call(3), bicc(false, 8, 2), add1, add2, add2, add1],
        vec![bicc(false, 8, 3), call(2), add1, add2, add2, add1],
        vec![cmp, bicc(false, 3, 2), jmpl_g3, add1, add2],
        vec![bicc(false, 8, 2), ret, add1, add2],
        // Traps and faults in delay slots and after branches.
        vec![cmp, bicc(false, 1, 3), ta, add2, add1],
        vec![cmp, bicc(true, 1, 3), tne, add2, add1],
        vec![cmp, bicc(false, 5, 3), ld, add2, st_],
        vec![cmp, bicc(true, 6, 3), st_, add2, ld],
        vec![call(3), save, add1, add2, restore, ld],
        vec![save, save, restore, restore, restore, add1],
        vec![bicc(false, 8, 2), restore, add1, add2],
        vec![ld, ld, st_, ta, add1],
        vec![jmpl_g3, ld, add1],
    ];
    let mut r = Rng(seed() ^ 0xdc71);
    for flavor in [Flavor::V9, Flavor::V8Plus] {
        let mut rig = Rig::new(flavor);
        for (k, words) in seqs.iter().enumerate() {
            for rep in 0..scale(150) {
                let base = code_base(&mut r, flavor);
                let code = Code { base, mask: rig.mask, words: words.clone() };
                random_state(&mut r, &mut rig.ca, &mut rig.a, 10);
                // Equal operands half the time, so branches go both ways.
                if r.pct(50) {
                    rig.ca.g[2] = rig.ca.g[1];
                }
                // %g3 a code address (or not): for jmpl.
                if r.pct(60) {
                    rig.ca.g[3] = base.wrapping_add(4 * r.below(words.len() as u64)) & rig.mask;
                }
                // %i7 for return.
                if r.pct(60) {
                    let i = rig.ca.wbase() as usize + 23;
                    rig.ca.win[i] = base.wrapping_add(4 * r.below(words.len() as u64)).wrapping_sub(8) & rig.mask;
                }
                // Start in a delay slot sometimes (dynamic nPC).
                rig.ca.pc = base;
                rig.ca.npc = if r.pct(15) {
                    base.wrapping_add(4 * r.below(8)) & rig.mask
                } else {
                    base.wrapping_add(4) & rig.mask
                };
                let what = || format!("{flavor:?} hand-made sequence {k} repetition {rep}");
                rig.case(&code, 6, &mut st, &what);
            }
        }
    }
    st.report("hand-made sequences");
    for e in ["Normal", "Trap", "Fault", "Unaligned"] {
        assert!(st.exits.get(e).copied().unwrap_or(0) > 0, "no {e} exit exercised: {st:?}");
    }
}

// -------------------------------------------------------------- real code

/// The .text of an ELF file (32- or 64-bit, big-endian): (address, words).
fn elf_text(data: &[u8]) -> Option<(u64, Vec<u32>)> {
    if data.len() < 64 || &data[..4] != b"\x7fELF" || data[5] != 2 {
        return None;
    }
    let is64 = data[4] == 2;
    let u16_ = |o: usize| u16::from_be_bytes(data[o..o + 2].try_into().unwrap()) as u64;
    let u32_ = |o: usize| u32::from_be_bytes(data[o..o + 4].try_into().unwrap()) as u64;
    let u64_ = |o: usize| u64::from_be_bytes(data[o..o + 8].try_into().unwrap());
    let (shoff, shentsize, shnum, shstrndx) = if is64 {
        (u64_(0x28), u16_(0x3a), u16_(0x3c), u16_(0x3e))
    } else {
        (u32_(0x20), u16_(0x2e), u16_(0x30), u16_(0x32))
    };
    // (name offset, addr, offset, size) of section i.
    let sec = |i: u64| {
        let o = (shoff + i * shentsize) as usize;
        if is64 {
            (u32_(o), u64_(o + 0x10), u64_(o + 0x18), u64_(o + 0x20))
        } else {
            (u32_(o), u32_(o + 0x0c), u32_(o + 0x10), u32_(o + 0x14))
        }
    };
    let (_, _, stroff, _) = sec(shstrndx);
    for i in 0..shnum {
        let (name, addr, off, size) = sec(i);
        let n = (stroff + name) as usize;
        if data.get(n..n + 6) == Some(b".text\0") {
            let bytes = data.get(off as usize..(off + size) as usize)?;
            let words = bytes.chunks_exact(4).map(|c| u32::from_be_bytes(c.try_into().unwrap())).collect();
            return Some((addr, words));
        }
    }
    None
}

fn image_texts(dir: &str) -> Vec<(String, Code)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("guest-images/out").join(dir);
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(&root) else { return out };
    let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if !p.is_file() {
            continue;
        }
        let Ok(data) = std::fs::read(&p) else { continue };
        if let Some((addr, words)) = elf_text(&data) {
            let mask = if data[4] == 2 { u64::MAX } else { 0xffff_ffff };
            out.push((p.file_name().unwrap().to_string_lossy().into_owned(), Code { base: addr, mask, words }));
        }
    }
    out
}

/// Blocks of the guest images' text from random starting points, with
/// registers that often point into the data window.
#[test]
fn real_code_blocks_from_the_guest_images() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut total = Stats::default();
    for (dir, flavor) in [("sparc64", Flavor::V9), ("sparc32plus", Flavor::V8Plus), ("sparc32", Flavor::V8)] {
        let texts = image_texts(dir);
        if texts.is_empty() {
            eprintln!("no images in guest-images/out/{dir} (bash guest-images/build.sh): skipped");
            continue;
        }
        let mut rig = Rig::new(flavor);
        let mut st = Stats::default();
        let mut r = Rng(seed() ^ 0x7e47 ^ dir.len() as u64);
        let per_image = scale(2400) / texts.len() + 1;
        for (name, code) in &texts {
            for k in 0..per_image {
                let i = r.below(code.words.len() as u64);
                let pc = code.base + 4 * i;
                random_state(&mut r, &mut rig.ca, &mut rig.a, 45);
                rig.ca.pc = pc;
                rig.ca.npc = pc + 4;
                let what = || format!("{dir}/{name} block {k} at {pc:#x}");
                rig.case(code, 3, &mut st, &what);
            }
        }
        st.report(&format!("{dir} image blocks"));
        total.cases += st.cases;
        total.blocks += st.blocks;
    }
    if total.cases > 0 {
        assert!(total.blocks > total.cases / 2, "too few blocks compared: {total:?}");
    }
}

// ----------------------------------------------- the interpreter by itself

/// A memory that holds only code.
impl Rig {
    /// What differs between the interpreter's run (exit `ir`, state `ca`,
    /// memory `a`) and the compiled one (`jr`, `cb`, `b`).
    /// Side B's state (flags settled, exit_arg aside) and memory are side
    /// A's.
    fn same_as_interp(&mut self) -> bool {
        self.ca.settle_cc();
        self.cb.settle_cc();
        let arg = std::mem::replace(&mut self.cb.exit_arg, self.ca.exit_arg);
        let same = diff(&self.ca, &self.cb).is_empty() && self.a.same_data(&self.b).is_none();
        self.cb.exit_arg = arg;
        same
    }

    fn differences(&mut self, ir: u64, jr: u64) -> Vec<String> {
        if ir == jr && ir == Exit::Normal as u64 {
            // exit_arg means nothing on a normal exit (the exact FP helper
            // of translated code's slow path clears it as a status).
            self.cb.exit_arg = self.ca.exit_arg;
        }
        let mut d = diff(&self.ca, &self.cb);
        if ir != jr {
            d.insert(0, format!("exit: interp {:?} jit {:?} ({jr})", Exit::from_u64(ir), Exit::from_u64(jr)));
        }
        if let Some(a) = self.a.same_data(&self.b) {
            d.push(format!("memory differs first at {a:#x}"));
        }
        d
    }
}

struct CodeOnly(Code);

impl GuestMemory for CodeOnly {
    fn fetch(&self, a: u64) -> Option<u32> {
        self.0.fetch(a)
    }
    fn load(&self, a: u64, _: usize) -> Result<u64, u64> {
        Err(a)
    }
    fn store(&self, a: u64, _: usize, _: u64) -> Result<(), u64> {
        Err(a)
    }
    fn swap32(&self, a: u64, _: u32) -> Result<u32, u64> {
        Err(a)
    }
    fn ldstub(&self, a: u64) -> Result<u8, u64> {
        Err(a)
    }
    fn cas(&self, a: u64, _: usize, _: u64, _: u64) -> Result<u64, u64> {
        Err(a)
    }
}

fn interp_only(words: &[u32], setup: impl FnOnce(&mut SparcCpu)) -> (Step, usize, Box<SparcCpu>) {
    let mem = CodeOnly(Code { base: 0x1000, mask: u64::MAX, words: words.to_vec() });
    let mut cpu = SparcCpu::new_boxed(0, true);
    cpu.pc = 0x1000;
    cpu.npc = 0x1004;
    setup(&mut cpu);
    // SAFETY: the test helpers have the helper signature.
    let (s, n) = unsafe { interp::run_block(&mut cpu, &mem, Flavor::V9, &helpers(), 64) };
    (s, n, cpu)
}

#[test]
fn block_boundaries_and_counts() {
    // mov 3,%g1; cmp %g1,3; be +3; mov 1,%g2 (delay); mov 9,%g3; mov 4,%g4
    let code = [0x82102003, 0x80a06003, 0x02800003, 0x84102001, 0x86102009, 0x88102004];
    let (s, n, cpu) = interp_only(&code, |_| {});
    assert_eq!((s, n), (Step::Exit(Exit::Normal), 4));
    assert_eq!((cpu.g[1], cpu.g[2], cpu.g[3]), (3, 1, 0));
    assert_eq!((cpu.pc, cpu.npc), (0x1014, 0x1018));
    // Annulled, not taken: the delay slot neither runs nor counts.
    let code = [0x82102003, 0x80a06004, 0x22800003, 0x84102001, 0x86102009];
    let (s, n, cpu) = interp_only(&code, |_| {});
    assert_eq!((s, n, cpu.g[2], cpu.pc, cpu.npc), (Step::Exit(Exit::Normal), 3, 0, 0x1010, 0x1014));
    // A block of straight code stops at the end of what can be fetched.
    let (s, n, cpu) = interp_only(&[0x82102005, 0x84102007], |_| {});
    assert_eq!((s, n, cpu.pc, cpu.npc), (Step::Exit(Exit::Normal), 2, 0x1008, 0x100c));
    // ... and the next call cannot fetch.
    let (s, n, cpu) = interp_only(&[0x82102005], |c| {
        c.pc = 0x1004;
        c.npc = 0x1008;
    });
    assert_eq!((s, n, cpu.exit_arg), (Step::Exit(Exit::FetchFault), 0, 0x1004));
    // max = 64 instructions per block.
    let mem = CodeOnly(Code { base: 0x1000, mask: u64::MAX, words: vec![NOP; 200] });
    let b = interp::decode_block(&mem, 0x1000, 0x1004, Flavor::V9, 1000).ok().unwrap();
    assert_eq!((b.insns().len(), b.end), (64, 0x1100));
}

#[test]
fn unsupported_blocks_run_nothing() {
    // add; fpmerge (VIS, not run by the interpreter): the whole block is
    // refused, the add is not done.
    let faddd = f3(2, 4, 0x36, 0, (0x4b << 5) | 2);
    let (s, n, cpu) = interp_only(&[0x82102005, faddd], |_| {});
    assert_eq!((s, n, cpu.g[1], cpu.pc), (Step::Unsupported, 0, 0, 0x1000));
    // An FP instruction in a delay slot refuses the block too.
    let (s, n, _) = interp_only(&[0x82102005, call(8), faddd], |_| {});
    assert_eq!((s, n), (Step::Unsupported, 0));
    // ... but not after an unconditional trap, where the block ends.
    let (s, _, cpu) = interp_only(&[f3(2, 8, 0x3a, 0, imm13(0x6d)), faddd], |_| {});
    assert_eq!((s, cpu.exit_arg, cpu.pc, cpu.npc), (Step::Exit(Exit::Trap), 0x6d, 0x1000, 0x1004));
    assert!(interp::supported(&decode(f3(2, 1, 0x2c, 0x10, 0), Flavor::V9)), "movcc on icc");
    assert!(interp::supported(&decode(f3(2, 1, 0x2c, 0x00, 0), Flavor::V9)), "movcc on fcc0");
    assert!(interp::supported(&decode(f3(2, 4, 0x34, 0, (0x42 << 5) | 2), Flavor::V9)), "faddd");
    assert!(interp::supported(&decode(f3(3, 4, 0x33, 5, 0x80 << 5), Flavor::V9)), "lddfa");
    assert!(!interp::supported(&decode(f3(3, 0, 0x37, 5, (0xc0 << 5) | 4), Flavor::V9)), "stda, a partial-store ASI");
    assert!(!interp::supported(&decode(f3(3, 25, 0x37, 5, 1 << 13), Flavor::V9)), "stda %d56 through %asi (a block past %f63)");
    assert!(!interp::supported(&decode(faddd, Flavor::V9)), "fpmerge");
}

#[test]
fn interpreter_runs_fzero_faligndata_and_alignaddr() {
    // fzerod %f0; fsrc1 %f2, %f4 (as fsrc1d: %d2 -> %d4); alignaddr %g1,
    // %g2, %g3; faligndata %f6, %f8, %f10; fones %f13.
    let code = [
        f3(2, 0, 0x36, 0, 0x60 << 5),
        f3(2, 4, 0x36, 2, 0x74 << 5),
        f3(2, 3, 0x36, 1, (0x18 << 5) | 2),
        f3(2, 10, 0x36, 6, (0x48 << 5) | 8),
        f3(2, 13, 0x36, 0, 0x7f << 5),
    ];
    let (s, n, cpu) = interp_only(&code, |c| {
        c.f[0] = 0x1234;
        c.f[1] = 0x1111_2222_3333_4444;
        c.f[3] = 0x0011_2233_4455_6677;
        c.f[4] = 0x8899_aabb_ccdd_eeff;
        c.f[6] = 0x5555_5555_0000_0000;
        c.g[1] = 0x1000;
        c.g[2] = 3;
    });
    assert_eq!((s, n), (Step::Exit(Exit::Normal), 5));
    assert_eq!(cpu.f[0], 0, "fzerod");
    assert_eq!(cpu.f[2], 0x1111_2222_3333_4444, "fsrc1");
    assert_eq!((cpu.g[3], cpu.gsr & 7), (0x1000, 3), "alignaddr");
    assert_eq!(cpu.f[5], 0x3344_5566_7788_99aa, "faligndata");
    assert_eq!(cpu.f[6], 0x5555_5555_ffff_ffff, "fones %f13 (the low half of %d12)");
    assert_eq!(cpu.fprs & 3, 1, "%fprs.DL");
}

/// Traps of a CTI that runs with nPC != PC + 4 (in a delay slot) keep the
/// real nPC (V9 5.1.8: a trap leaves PC and nPC at the trapping
/// instruction). The lifter's dynamic-nPC mode reports PC + 4 for these
/// (noted in the report); this checks the interpreter alone.
#[test]
fn cti_traps_in_a_delay_slot_keep_npc() {
    // jmpl %g3 + 0, %g0 with a misaligned %g3, at 0x1000, nPC 0x2000.
    let jmpl = f3(2, 0, 0x38, 3, imm13(0));
    let (s, n, cpu) = interp_only(&[jmpl], |c| {
        c.g[3] = 0x1002;
        c.npc = 0x2000;
    });
    assert_eq!((s, n), (Step::Exit(Exit::Unaligned), 0));
    assert_eq!((cpu.pc, cpu.npc, cpu.exit_arg), (0x1000, 0x2000, 0x1002));
}

#[test]
fn precise_faults_change_nothing() {
    // add 1,%g1; ld [%g2], %g1 with nothing mapped: %g1 = 1 (the add ran),
    // the load did not write it; pc at the load.
    let ld = f3(3, 1, 0x00, 2, imm13(0));
    let (s, n, cpu) = interp_only(&[0x82006001, ld], |c| c.g[2] = 0x4000);
    assert_eq!((s, n), (Step::Exit(Exit::Fault), 1));
    assert_eq!((cpu.g[1], cpu.pc, cpu.npc, cpu.exit_arg), (1, 0x1004, 0x1008, 0x4000));
    // Misaligned before faulting.
    let (s, _, cpu) = interp_only(&[ld], |c| c.g[2] = 0x4002);
    assert_eq!((s, cpu.exit_arg), (Step::Exit(Exit::Unaligned), 0x4002));
    // A bad immediate ASI: privileged (alignment first).
    let lda = f3(3, 1, 0x10, 2, 0x04 << 5);
    let (s, _, cpu) = interp_only(&[lda], |c| c.g[2] = 0x4000);
    assert_eq!((s, cpu.exit_arg), (Step::Exit(Exit::Privileged), lda as u64));
    // Op::Illegal and division by zero carry the word.
    let udivx = 0x84684000; // udivx %g1, %g0, %g2
    let (s, _, cpu) = interp_only(&[udivx], |c| c.g[1] = 5);
    assert_eq!((s, cpu.exit_arg), (Step::Exit(Exit::DivZero), udivx as u64));
    assert_eq!(decode(0xffff_ffff, Flavor::V9).op, Op::Illegal);
    let (s, n, cpu) = interp_only(&[0x82102005, 0xffff_ffff], |_| {});
    assert_eq!((s, n, cpu.exit_arg, cpu.pc), (Step::Exit(Exit::Illegal), 1, 0xffff_ffff, 0x1004));
}

/// The slow paths of single and double FPops with %fsr in round-to-nearest
/// without traps (subnormal, huge, NaN, infinite and zero operands and
/// results; inexact ones while aexc.nx is clear; unordered compares;
/// out-of-range conversions) run the exact helper in place on the operand
/// values and the block goes on (lift fp.rs `call_pure`): no early exit.
/// The VIS logical ops and faligndata keep the block replayable (fp.rs
/// `fp_forces_precise`): an FP load after fzerod that faults replays from
/// the sync point, also across a `stx %fsr` before the slow paths.
#[test]
fn fp_slow_paths_stay_in_the_block() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let ops = [
        f3(2, 4, 0x34, 0, (0x4a << 5) | 2),   // fmuld %f0, %f2, %f4
        f3(2, 8, 0x34, 4, (0x42 << 5) | 6),   // faddd %f4, %f6, %f8
        f3(2, 1, 0x35, 8, (0x52 << 5) | 10),  // fcmpd %fcc1, %f8, %f10
        f3(2, 13, 0x34, 0, (0xd2 << 5) | 8),  // fdtoi %f8, %f13
        f3(2, 18, 0x34, 0, (0x2a << 5) | 10), // fsqrtd %f10, %f18
        f3(2, 20, 0x34, 18, (0x4e << 5) | 0), // fdivd %f18, %f0, %f20
        f3(2, 5, 0x34, 1, (0x45 << 5) | 3),   // fsubs %f1, %f3, %f5
        f3(2, 22, 0x34, 0, (0xc9 << 5) | 5),  // fstod %f5, %f22
        f3(2, 7, 0x34, 0, (0xc6 << 5) | 20),  // fdtos %f20, %f7
        f3(2, 26, 0x34, 0, (0x88 << 5) | 24), // fxtod %f24, %f26
        f3(2, 14, 0x36, 0, 0x60 << 5),        // fzerod %f14
        f3(2, 28, 0x36, 2, (0x48 << 5) | 4),  // faligndata %f2, %f4, %f28
        f3(2, 1, 0x00, 1, imm13(1)),          // add %g1, 1, %g1
    ];
    let ldd = f3(3, 16, 0x23, 5, imm13(0)); // lddf [%g5], %f16
    let special = [
        2f64.powi(-600).to_bits(),
        2f64.powi(-1060).to_bits(),
        2f64.powi(600).to_bits(),
        f64::NAN.to_bits(),
        0x7ff4_0000_0000_0001,
        f64::INFINITY.to_bits(),
        0,
        1.5f64.to_bits(),
        (1u64 << 62) | 12345,
    ];
    let mut st = Stats::default();
    let mut r = Rng(seed() ^ 0x51de);
    for flavor in [Flavor::V9, Flavor::V8Plus] {
        let mut rig = Rig::new(flavor);
        for rep in 0..scale(1500) {
            let mut words: Vec<u32> = (0..4 + r.below(8)).map(|_| r.pick(&ops)).collect();
            // Often fzerod first, the load after the FPops: their slow
            // paths and the VIS op lie between the sync point and the fault.
            if r.pct(50) {
                words.insert(0, ops[10]);
            }
            // Now and then `stx %fsr, [%g6]` first: a replay of the fault
            // runs it again, and must store the %fsr it stored the first
            // time, not one a slow path after it wrote to `cpu` (lift fp.rs
            // `fsr_read_since_sync`).
            let stxfsr = r.pct(30);
            if stxfsr {
                words.insert(0, f3(3, 1, 0x25, 6, imm13(0)));
            }
            if r.pct(70) {
                words.push(ldd);
            }
            let base = code_base(&mut r, flavor);
            let code = Code { base, mask: rig.mask, words };
            random_state(&mut r, &mut rig.ca, &mut rig.a, 10);
            if stxfsr {
                rig.ca.g[6] = DATA_LO + 8 * r.below(64);
            }
            for i in [0, 1, 2, 3, 5, 9, 10, 12] {
                if r.pct(60) {
                    rig.ca.f[i] = r.pick(&special) ^ if r.pct(30) { 1 << 63 } else { 0 };
                }
            }
            // Round-to-nearest, no trap enabled; aexc.nx clear half the time.
            rig.ca.fsr &= !((3 << 30) | (0x1f << 23));
            if r.pct(50) {
                rig.ca.fsr &= !(1 << 5);
            }
            rig.ca.pc = base;
            rig.ca.npc = base.wrapping_add(4) & rig.mask;
            let what = || format!("{flavor:?} FP slow-path sequence {rep}");
            rig.case(&code, 3, &mut st, &what);
        }
    }
    st.report("FP slow paths in place");
    assert!(st.blocks > st.cases / 2, "too few blocks compared: {st:?}");
    assert_eq!(st.early_exits, 0, "an FP slow path left the block: {st:?}");
    assert!(st.replayed > 0, "no fault replayed after fzerod: {st:?}");
}

// ------------------------------------------------------------ FP regions

/// A random loop for a region: FP loads and stores through a pointer that
/// walks towards the protected hole (so later iterations fault and replay
/// from a sync point with FP registers dirty across the back edge), FP
/// arithmetic, integer work, then `subcc %g1, 1, %g1; bne head` with a
/// random delay slot.
fn gen_fp_loop(r: &mut Rng) -> Vec<u32> {
    let mut w = Vec::new();
    let n = 3 + r.below(10) as usize;
    let freg = |r: &mut Rng| 2 * r.below(6) as u32;
    for _ in 0..n {
        w.push(match r.below(10) {
            0..=2 => {
                // lddf / stdf [%g5 + 8k]
                let op3 = if r.pct(60) { 0x23 } else { 0x27 };
                f3(3, freg(r), op3, 5, imm13(8 * r.below(4) as i64))
            }
            3..=6 => {
                let opf = r.pick(&[0x42, 0x46, 0x4a, 0x42, 0x4a]);
                f3(2, freg(r), 0x34, freg(r), (opf << 5) | freg(r))
            }
            7 => f3(2, r.pick(&[0u32, 1, 2, 3]), 0x35, freg(r), (0x52 << 5) | freg(r)), // fcmpd
            8 => f3(2, r.pick(&[2u32, 3]), 0x00, r.pick(&[2u32, 3]), imm13(r.below(9) as i64)), // add %g2/%g3
            _ => f3(3, 3, if r.pct(50) { 0x0b } else { 0x0e }, 6, imm13(8 * r.below(4) as i64)), // ldx/stx [%g6]
        });
    }
    w.push(f3(2, 5, 0x00, 5, imm13(8))); // add %g5, 8, %g5
    w.push(f3(2, 1, 0x14, 1, imm13(1))); // subcc %g1, 1, %g1
    let len = w.len() as i64;
    w.push(bpcc(false, 9, 2, -len)); // bne %xcc, head
    w.push(if r.pct(50) { NOP } else { f3(2, freg(r), 0x34, freg(r), (0x42 << 5) | freg(r)) });
    w
}

/// As [`gen_fp_loop`], with an FP branch inside the body: `fcmpd %fccN`,
/// then FBfcc or FBPfcc (random condition, annul bit, prediction) over one
/// FP op to the code after it, so that the region has members that an FP
/// branch leads to (region.rs follows FBfcc/FBPfcc like Bicc/BPcc).
fn gen_fp_loop_fbfcc(r: &mut Rng) -> Vec<u32> {
    let mut w = gen_fp_loop(r);
    let freg = |r: &mut Rng| 2 * r.below(6) as u32;
    let k = r.below((w.len() - 4) as u64) as usize;
    let cc = r.pick(&[0u32, 1, 2, 3]);
    let cmp = f3(2, cc, 0x35, freg(r), (0x52 << 5) | freg(r));
    let (a, cond) = (r.pct(50) as u32, r.below(16) as u32);
    // Target: the instruction after `extra` (3 words on).
    let br = if cc == 0 && r.pct(50) {
        (a << 29) | (cond << 25) | (6 << 22) | 3
    } else {
        (a << 29) | (cond << 25) | (5 << 22) | (cc << 20) | ((r.pct(50) as u32) << 19) | 3
    };
    let slot = f3(2, freg(r), 0x34, freg(r), (r.pick(&[0x42u32, 0x46, 0x4a]) << 5) | freg(r));
    let extra = f3(2, freg(r), 0x34, freg(r), (r.pick(&[0x42u32, 0x46, 0x4a]) << 5) | freg(r));
    w.splice(k..k, [cmp, br, slot, extra]);
    // The back branch's displacement: to the head again.
    let n = w.len();
    w[n - 2] = bpcc(false, 9, 2, -(n as i64 - 2));
    w
}

/// As [`gen_fp_loop`], with sign operations in the body: fnegd / fabsd /
/// fmovd (xorpd / andpd with a mask constant hoisted out of the loop,
/// fp.rs `sign_mask_op`) and FMOVr on %g0, %g2 or %g3 (fft's butterfly
/// loop: `fnegd %f10, %f20; ...; fmovrdne %i4, %f20, %f10`).
fn gen_fp_loop_sign(r: &mut Rng) -> Vec<u32> {
    let mut w = gen_fp_loop(r);
    let freg = |r: &mut Rng| 2 * r.below(6) as u32;
    for _ in 0..1 + r.below(3) {
        let k = r.below((w.len() - 3) as u64) as usize;
        let insn = if r.pct(70) {
            let opf = r.pick(&[0x06u32, 0x0a, 0x06, 0x02]);
            f3(2, freg(r), 0x34, 0, (opf << 5) | freg(r))
        } else {
            // FMOVrd: rcond 1..3, 5..7 (rcond & 3 != 0), size 2 (low bits 6).
            let rcond = r.pick(&[1u32, 2, 3, 5, 6, 7]);
            f3(2, freg(r), 0x35, r.pick(&[0u32, 2, 3]), (rcond << 10) | (6 << 5) | freg(r))
        };
        w.insert(k, insn);
    }
    // The back branch's displacement: to the head again.
    let n = w.len();
    w[n - 2] = bpcc(false, 9, 2, -(n as i64 - 2));
    w
}

/// FP loops with fnegd / fabsd / fmovd / FMOVr in the body, as
/// [`fp_regions_replay_faults_exactly`].
#[test]
fn fp_regions_with_sign_ops() {
    let st = fp_region_cases(0x5167, gen_fp_loop_sign, "FP sign-op region");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(st.replayed > 0, "no fault replayed: {st:?}");
}

/// FP loops with an FP branch in the body (FBfcc/FBPfcc edges between
/// region members), as [`fp_regions_replay_faults_exactly`].
#[test]
fn fp_regions_with_fp_branches() {
    let st = fp_region_cases(0xfbcc, gen_fp_loop_fbfcc, "FP branch region");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
}

/// Random FP loops from `gen` compared as regions against the
/// interpreter: doubles in [1, 2), round-to-nearest, no traps (the fast
/// paths), and a walking pointer (%g5) that reaches the hole after a few
/// iterations.
fn fp_region_cases(seed_xor: u64, gen: fn(&mut Rng) -> Vec<u32>, label: &str) -> Stats {
    fp_region_cases_near(seed_xor, gen, label, 0)
}

/// [`fp_region_cases`] with %g5 closer to the hole by `nearer` bytes at
/// most (random), so that the first iteration's accesses can fault.
fn fp_region_cases_near(seed_xor: u64, gen: fn(&mut Rng) -> Vec<u32>, label: &str, nearer: u64) -> Stats {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut rig = Rig::new(Flavor::V9);
    let mut st = Stats::default();
    let s0 = seed() ^ seed_xor;
    for case in 0..scale(1500) {
        let mut r = Rng::for_case(s0, case);
        r.next();
        let code = Code { base: 0x800, mask: u64::MAX, words: gen(&mut r) };
        random_state(&mut r, &mut rig.ca, &mut rig.a, 10);
        for i in 0..32 {
            rig.ca.f[i] = (1023 << 52) | (r.next() >> 12);
        }
        rig.ca.fsr = r.below(32) << 5;
        rig.ca.g[1] = 1 + r.below(6);
        rig.walk_regs(&mut r, 8);
        if nearer != 0 {
            rig.ca.g[5] += 8 * r.below(nearer / 8 + 1);
        }
        rig.ca.pc = 0x800;
        rig.ca.npc = 0x804;
        let what = || format!("{label} case {case} (seed {s0:#x})");
        rig.region_case(&code, &mut st, &what);
    }
    st.report(&format!("{label}s"));
    st
}

impl Rig {
    /// Run the loop at `code.base` as a region on side B and block by block
    /// in the interpreter on side A; compare where the region leaves.
    fn region_case(&mut self, code: &Code, st: &mut Stats, what: &dyn Fn() -> String) {
        self.region_case_jumps(code, st, what, &|_| Vec::new());
    }

    /// [`Self::region_case`] with the targets of the code's computed jumps
    /// (region.rs `discover_region_jumps`).
    fn region_case_jumps(&mut self, code: &Code, st: &mut Stats, what: &dyn Fn() -> String, jumps: &dyn Fn(u64) -> Vec<u64>) {
        self.sync_b();
        st.cases += 1;
        let h = helpers();
        let mem = Mem { space: &self.a, code, outside: Cell::new(false) };
        let mut step = Step::Exit(Exit::Normal);
        let mut n = 0;
        for _ in 0..400 {
            // SAFETY: the helpers are extern "C" fns over SparcCpu.
            let (s, k) = unsafe { interp::run_block(&mut self.ca, &mem, self.flavor, &h, 64) };
            step = s;
            n += k;
            if s != Step::Exit(Exit::Normal) || !code.contains(self.ca.pc) {
                break;
            }
        }
        if step == Step::Unsupported || mem.outside.get() {
            st.skipped += 1;
            return;
        }
        let fetch = |a: u64| code.fetch(a);
        // Every other case takes the runtime compile thread's way: the
        // region found first (at hand-over), lifted as found.
        use lastmile_frontend::sparc::lift::{discover_region_jumps, lift_discovered, lift_region_jumps};
        let reg = if st.cases % 2 == 0 {
            discover_region_jumps(&self.cfg, &fetch, code.base, &|_| true, &|_| true, jumps).and_then(|d| lift_discovered(&self.cfg, &fetch, d, &mut self.jit.fctx))
        } else {
            lift_region_jumps(&self.cfg, &fetch, code.base, &|_| true, &|_| true, jumps, &mut self.jit.fctx)
        };
        let Some(reg) = reg else {
            st.unsupported += 1;
            return;
        };
        self.cb.exit_arg = EXIT_ARG_MARK;
        let jr = self.run_compiled(reg.func, reg.info.insns, reg.loc_base, code, st, what);
        if jr == Exit::Normal as u64 && code.contains(self.cb.exit_arg) {
            // An FP slow path left the region (exit_arg: the FPop's pc):
            // not comparable here.
            st.early_exits += 1;
            return;
        }
        let mut jr = jr;
        if jr == Exit::Normal as u64 && code.contains(self.cb.pc) {
            // The region left for code it does not hold (after a window
            // change in a delay slot: `Lifter::window_left`; a failed
            // alignment test: `Lifter::align_edge_guard`): side B goes on
            // in the interpreter to where side A stopped.
            st.left_inside += 1;
            let mem_b = Mem { space: &self.b, code, outside: Cell::new(false) };
            for _ in 0..400 {
                // SAFETY: as above.
                let (s, _) = unsafe { interp::run_block(&mut self.cb, &mem_b, self.flavor, &h, 64) };
                jr = match s {
                    Step::Exit(e) => e as u64,
                    Step::Unsupported => panic!("{}: side B unsupported after the region", what()),
                };
                if s != Step::Exit(Exit::Normal) || !code.contains(self.cb.pc) {
                    break;
                }
            }
        }
        self.ca.settle_cc();
        self.cb.settle_cc();
        let ir = match step {
            Step::Exit(e) => e as u64,
            Step::Unsupported => unreachable!(),
        };
        let d = self.differences(ir, jr);
        if !d.is_empty() {
            let mut s = format!("{}\nregion at {:#x}:\n", what(), code.base);
            for (i, &w) in code.words.iter().enumerate() {
                let a = code.base + 4 * i as u64;
                s += &format!("  {a:#x}: {w:08x}  {}\n", disasm(&decode(w, self.flavor), a, self.flavor));
            }
            panic!("{s}differences:\n  {}", d.join("\n  "));
        }
        st.blocks += 1;
        st.insns += n;
        *st.exits.entry(format!("{:?}", Exit::from_u64(ir))).or_default() += 1;
    }
}

/// FP loops lifted as regions: FP registers and %fsr stay in variables
/// across the back edge (dirty), and faults in later iterations replay in
/// the interpreter from the region's sync point.
#[test]
fn fp_regions_replay_faults_exactly() {
    let st = fp_region_cases(0x5e61, gen_fp_loop, "FP region");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(st.replayed > 0, "no fault replayed: {st:?}");
}

/// A loop shaped like matmul_fp's inner one: `lddf [%g5 + 8k]`, FP ops,
/// an add or subtract whose cexc is left pending (lift/fp.rs `Pending`)
/// just before `stdf` through %g5 (a sync point: a load came before), so
/// every iteration's sync point stores the same pending kind, then
/// integer work, `add %g5, 8, %g5; subcc %g1, 1, %g1; bne(,a) head` with
/// an lddf, an FP op or a nop in the delay slot. A second pass lifts the
/// loop knowing that kind in `cpu.fsr_pend` and the entry arms it with no
/// operand (`FSR_PEND_A_NONE`); %g5 starting in the hole faults before
/// the first sync point, with the armed kind in `cpu`.
fn gen_fp_pend_loop(r: &mut Rng) -> Vec<u32> {
    gen_fp_loop_stepping(r, &[])
}

/// [`gen_fp_pend_loop`]'s loop with `add %r, k, %r` for each of `regs`, the
/// first half before the FPops, the rest after the store (no draws from
/// `r` for an empty `regs`).
fn gen_fp_loop_stepping(r: &mut Rng, regs: &[u32]) -> Vec<u32> {
    let freg = |r: &mut Rng| 2 * r.below(6) as u32;
    let fpop = |r: &mut Rng| f3(2, freg(r), 0x34, freg(r), (r.pick(&[0x42u32, 0x46, 0x4a]) << 5) | freg(r));
    let mut w = Vec::new();
    for _ in 0..1 + r.below(2) {
        w.push(f3(3, freg(r), 0x23, 5, imm13(8 * r.below(4) as i64))); // lddf [%g5 + 8k]
    }
    let half = regs.len() / 2;
    for &x in &regs[..half] {
        w.push(f3(2, x, 0x00, x, imm13(r.below(9) as i64))); // add %r, k, %r
    }
    for _ in 0..r.below(3) {
        w.push(fpop(r));
    }
    let rd = freg(r);
    w.push(f3(2, rd, 0x34, freg(r), (r.pick(&[0x42u32, 0x46]) << 5) | freg(r))); // faddd / fsubd
    w.push(f3(3, if r.pct(80) { rd } else { freg(r) }, 0x27, 5, imm13(8 * r.below(4) as i64))); // stdf [%g5 + 8k]
    for &x in &regs[half..] {
        w.push(f3(2, x, 0x00, x, imm13(r.below(9) as i64)));
    }
    if r.pct(30) {
        w.push(f3(2, r.pick(&[2u32, 3]), 0x00, r.pick(&[2u32, 3]), imm13(r.below(9) as i64))); // add %g2/%g3
    }
    if r.pct(20) {
        w.push(fpop(r));
    }
    w.push(f3(2, 5, 0x00, 5, imm13(8))); // add %g5, 8, %g5
    w.push(f3(2, 1, 0x14, 1, imm13(1))); // subcc %g1, 1, %g1
    let len = w.len() as i64;
    w.push(bpcc(r.pct(40), 9, 2, -len)); // bne(,a) %xcc, head
    w.push(match r.below(3) {
        0 => f3(3, freg(r), 0x23, 5, imm13(8 * r.below(4) as i64)),
        1 => fpop(r),
        _ => NOP,
    });
    w
}

/// Loops whose sync points store the same pending cexc kind every
/// iteration, as [`fp_regions_replay_faults_exactly`]: lifted knowing it
/// in `cpu.fsr_pend` (region.rs `RegionCtx::fp_pend_want`), armed with no
/// operand on the way in, faults replayed exactly with it armed.
#[test]
fn fp_loops_keep_the_pending_kind_armed() {
    // %g5 up to 32 bytes nearer the hole: now and then the first
    // iteration's lddf faults, before its sync point.
    let st = fp_region_cases_near(0xa4e0, gen_fp_pend_loop, "FP pending-kind loop", 32);
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(st.replayed > 0, "no fault replayed: {st:?}");
    assert!(st.armed > 0, "no fault found the kind armed: {st:?}");
}

/// [`gen_fp_pend_loop`]'s loop, whose body also steps 12 to 15 of the
/// window registers (%o0-%o5, %l0-%l7, %i0-%i5, each `add %r, k, %r`):
/// 16 or more integer registers named, so the region's accesses load
/// `cpu.membase` each (region.rs `reload_membase`).
fn gen_fp_crowded_loop(r: &mut Rng) -> Vec<u32> {
    let mut regs: Vec<u32> = (8..14).chain(16..30).collect();
    for k in (1..regs.len()).rev() {
        regs.swap(k, r.below(k as u64 + 1) as usize);
    }
    regs.truncate(12 + r.below(4) as usize);
    gen_fp_loop_stepping(r, &regs)
}

/// FP loops in regions that name many integer registers, whose accesses
/// load `cpu.membase` each time instead of keeping it in a register
/// (region.rs `reload_membase`): compared with the interpreter, faults
/// replayed exactly, as [`fp_loops_keep_the_pending_kind_armed`].
#[test]
fn crowded_fp_loops_load_membase_at_each_access() {
    let st = fp_region_cases_near(0xc20d, gen_fp_crowded_loop, "crowded FP loop", 32);
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(st.replayed > 0, "no fault replayed: {st:?}");
}

/// A random loop nest for a region: an outer loop whose way into the inner
/// loop dirties integer registers, FP registers and the flags that the
/// inner loop does not change (so the branch into the inner loop is a sync
/// point of its own: region.rs `edge_syncs`), then the inner loop: FP and
/// integer loads and stores through the walking pointer %g5 (a load first
/// half of the time, faulting before the loop's own `subcc` sets the
/// flags), FP arithmetic, `add %g5, 8, %g5; subcc %g1, 1, %g1; bne inner`
/// (annulling or not), and the outer latch `subcc %g7, 1, %g7; bne outer`.
/// Returns the words and the inner loop's index. With `y`, the inner loop
/// and its delay slot also get %y writers and readers (umul, smul, wr %y,
/// rd %y); `rd %y` makes the point after it a sync point in a region (a
/// region with one in a delay slot is precise), the writers are replayed.
fn gen_nest_loop(r: &mut Rng, y: bool) -> (Vec<u32>, usize) {
    let yop = |r: &mut Rng| match r.below(4) {
        0 => f3(2, 4, 0x0a, 2, 3),                            // umul %g2, %g3, %g4
        1 => f3(2, 4, 0x0b, 3, imm13(r.below(9) as i64 - 4)), // smul %g3, k, %g4
        2 => f3(2, 0, 0x30, 3, imm13(r.below(64) as i64)),    // wr %g3, k, %y
        _ => f3(2, 3, 0x28, 0, 0),                            // rd %y, %g3
    };
    let freg = |r: &mut Rng| 2 * r.below(6) as u32;
    let fpop = |r: &mut Rng| f3(2, freg(r), 0x34, freg(r), (r.pick(&[0x42u32, 0x46, 0x4a]) << 5) | freg(r));
    let mut w = Vec::new();
    if r.pct(35) {
        // A store first: the head starts with its sync point (region.rs
        // `head_syncs_first`), and the branches to it write back instead.
        w.push(f3(3, r.pick(&[2u32, 3, 4]), 0x0e, r.pick(&[5u32, 6]), imm13(8 * r.below(4) as i64))); // stx %gN, [%g5/%g6 + 8k]
    }
    for _ in 0..1 + r.below(4) {
        w.push(match r.below(6) {
            // ldx [%g5 + 8k], %g4: a fault here replays from the head
            5 => f3(3, 4, 0x0b, 5, imm13(8 * r.below(4) as i64)),
            0 | 1 => f3(2, r.pick(&[2u32, 3, 4]), 0x00, r.pick(&[2u32, 3, 4]), imm13(r.below(64) as i64)), // add
            2 => fpop(r),
            // cmp %gN, k; k = 1 as often as not: the flags then reach the
            // inner loop as its back edge's `subcc %g1, 1` brings them
            // (region.rs CcFlow::Lazy with a constant).
            3 => f3(2, 0, 0x14, r.pick(&[2u32, 3, 4]), imm13(if r.pct(50) { 1 } else { r.below(64) as i64 })),
            _ => f3(2, 0, 0x10, r.pick(&[2u32, 3]), r.pick(&[3u32, 4])), // addcc %gN, %gM, %g0
        });
    }
    w.push(f3(2, 1, 0x02, 0, imm13(1 + r.below(5) as i64))); // mov k, %g1
    let inner = w.len();
    let walk = |r: &mut Rng| {
        // ldx [%g5 + 8k], %g3 / lddf / stdf / stx %g2
        match r.below(4) {
            0 => f3(3, 3, 0x0b, 5, imm13(8 * r.below(4) as i64)),
            1 => f3(3, freg(r), 0x23, 5, imm13(8 * r.below(4) as i64)),
            2 => f3(3, freg(r), 0x27, 5, imm13(8 * r.below(4) as i64)),
            _ => f3(3, 2, 0x0e, 5, imm13(8 * r.below(4) as i64)),
        }
    };
    if r.pct(50) {
        w.push(if r.pct(50) { f3(3, 3, 0x0b, 5, imm13(8 * r.below(4) as i64)) } else { f3(3, freg(r), 0x23, 5, imm13(0)) });
    }
    for _ in 0..2 + r.below(6) {
        w.push(match r.below(if y { 11 } else { 8 }) {
            0..=2 => walk(r),
            3..=5 => fpop(r),
            6 if r.pct(50) => f3(2, 3, 0x00, r.pick(&[2u32, 3, 4]), imm13(r.below(9) as i64)), // add %gN, k, %g3
            // addc %gN, k, %g4: reads the carry the inner loop starts with
            // (in variables from the branches in, region.rs CcFlow)
            6 => f3(2, 4, 0x08, r.pick(&[2u32, 3, 4]), imm13(r.below(9) as i64)),
            7 => f3(3, 6, if r.pct(50) { 0x0b } else { 0x0e }, 6, imm13(8 * r.below(4) as i64)), // ldx/stx [%g6]
            _ => yop(r),
        });
    }
    w.push(f3(2, 5, 0x00, 5, imm13(8))); // add %g5, 8, %g5
    w.push(f3(2, 1, 0x14, 1, imm13(1))); // subcc %g1, 1, %g1
    let b = w.len() as i64;
    w.push(bpcc(r.pct(30), 9, 2, inner as i64 - b)); // bne(,a) %xcc, inner
    // Now and then the flags reach the outer loop's branch back written
    // back (a store in the delay slot syncs them) and the branch sets none:
    // then only `head_syncs_first` makes that branch a sync point.
    let synced = r.pct(25);
    w.push(match r.below(if y { 4 } else { 3 }) {
        _ if synced => f3(3, 2, 0x0e, 5, imm13(8 * r.below(4) as i64)), // stx %g2, [%g5 + 8k]
        0 => NOP,
        1 => fpop(r),
        2 => walk(r),
        _ => yop(r),
    });
    if synced {
        w.push(f3(2, 7, 0x04, 7, imm13(1))); // sub %g7, 1, %g7
        let b = w.len() as i64;
        w.push(bpr(false, 5, 7, -b)); // brnz %g7, outer
    } else {
        w.push(f3(2, 7, 0x14, 7, imm13(1))); // subcc %g7, 1, %g7
        let b = w.len() as i64;
        w.push(bpcc(false, 9, 2, -b)); // bne %xcc, outer
    }
    w.push(NOP);
    (w, inner)
}

/// A loop nest (`gen_nest_loop`, with %y writers if `y`) at 0x800 and a
/// random start state for it: FP registers normal doubles, %g5 walking
/// towards the protected hole (faults to replay), %g6 into the data.
fn nest_loop_case(rig: &mut Rig, r: &mut Rng, y: bool) -> (Code, usize) {
    let (words, inner) = gen_nest_loop(r, y);
    let code = Code { base: 0x800, mask: u64::MAX, words };
    random_state(r, &mut rig.ca, &mut rig.a, 10);
    for i in 0..32 {
        rig.ca.f[i] = (1023 << 52) | (r.next() >> 12);
    }
    rig.ca.fsr = r.below(32) << 5;
    rig.ca.g[7] = 1 + r.below(4);
    rig.walk_regs(r, 24);
    rig.enter(0x800);
    (code, inner)
}

/// Loop nests lifted as regions: the branch into the inner loop writes the
/// state back and is the sync point later faults in the inner loop replay
/// from (before any store there), with what the outer loop dirtied
/// (integer and FP registers, flags the inner loop overwrites) in `cpu`.
#[test]
fn nested_loop_regions_replay_faults_from_the_inner_entry() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut rig = Rig::new(Flavor::V9);
    let mut st = Stats::default();
    let mut from_entry = 0;
    let s0 = seed() ^ 0x7e57;
    for case in 0..scale(1500) {
        let mut r = Rng::for_case(s0, case);
        r.next();
        let (code, inner) = nest_loop_case(&mut rig, &mut r, false);
        let replayed = st.replayed;
        let what = || format!("nested loop region case {case} (seed {s0:#x})");
        rig.region_case(&code, &mut st, &what);
        if st.replayed > replayed && rig.cb.sync_pc == 0x800 + 4 * inner as u64 {
            from_entry += 1;
        }
    }
    st.report("nested loop regions");
    eprintln!("{from_entry} faults replayed from the inner loop's entry");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(from_entry > 0, "no fault replayed from the inner loop's entry: {st:?}");
}

/// Loop nests as above with %y writers and readers in the inner loop and
/// in its delay slot. A reader (`rd %y`) makes the point after it a sync
/// point (lift/mod.rs `sync_after`; in a delay slot the region is precise,
/// region.rs); the writers (`umul`, `smul`, `wr %y`) do not, and faults
/// replay across them (running them again). Without the sync point after
/// the readers, a replay reads the %y of a writer after them and this
/// fails.
#[test]
fn y_writers_in_regions_replay_faults_exactly() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut rig = Rig::new(Flavor::V9);
    let mut st = Stats::default();
    let s0 = seed() ^ 0x7e58;
    for case in 0..scale(1500) {
        let mut r = Rng::for_case(s0, case);
        r.next();
        let (code, _) = nest_loop_case(&mut rig, &mut r, true);
        let what = || format!("%y loop region case {case} (seed {s0:#x})");
        rig.region_case(&code, &mut st, &what);
    }
    st.report("%y loop regions");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(st.replayed > 0, "no fault replayed: {st:?}");
}

/// A one-block loop whose first instruction is a store (region.rs
/// `head_syncs_first`: the branches to the head write back and record it
/// as the sync point, and its store does not record it again): loads
/// through %g5 (walking towards the hole) and stores through %g6, a second
/// store after a load (a sync point of its own, so that a fault after the
/// head's store must not replay from there), flag setters and readers,
/// and a branch back on the flags or on %g1 (`brnz`, setting none).
fn gen_store_head_loop(r: &mut Rng) -> Vec<u32> {
    let g = |r: &mut Rng| r.pick(&[2u32, 3, 4]);
    let mut w = vec![f3(3, g(r), 0x0e, 6, imm13(8 * r.below(4) as i64))]; // stx %gN, [%g6 + 8k]
    for _ in 0..1 + r.below(5) {
        w.push(match r.below(6) {
            0 | 1 => f3(3, g(r), 0x0b, 5, imm13(8 * r.below(4) as i64)), // ldx [%g5 + 8k], %gN
            2 => f3(3, g(r), 0x0e, 6, imm13(8 * r.below(4) as i64)),     // stx %gN, [%g6 + 8k]
            3 => f3(2, g(r), 0x00, g(r), imm13(r.below(64) as i64)),     // add %gN, k, %gM
            4 => f3(2, 0, 0x14, g(r), imm13(r.below(3) as i64)),         // cmp %gN, k
            _ => f3(2, g(r), 0x08, g(r), imm13(r.below(9) as i64)),      // addc %gN, k, %gM
        });
    }
    push_loop_back(&mut w, r, 50);
    w.push(match r.below(3) {
        0 => NOP,
        1 => f3(3, g(r), 0x0e, 6, imm13(8 * r.below(4) as i64)),
        _ => f3(3, g(r), 0x0b, 5, imm13(8 * r.below(4) as i64)),
    });
    w
}

/// Loops headed by a store (`gen_store_head_loop`) lifted as regions:
/// faults replay from the sync point the branch back recorded.
#[test]
fn store_first_loop_heads_replay_faults_exactly() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut rig = Rig::new(Flavor::V9);
    let mut st = Stats::default();
    let s0 = seed() ^ 0x57e4;
    for case in 0..scale(1500) {
        let mut r = Rng::for_case(s0, case);
        r.next();
        let words = gen_store_head_loop(&mut r);
        let code = Code { base: 0x800, mask: u64::MAX, words };
        random_state(&mut r, &mut rig.ca, &mut rig.a, 10);
        rig.ca.g[1] = 1 + r.below(8);
        rig.walk_regs(&mut r, 16);
        rig.enter(0x800);
        let what = || format!("store-headed loop case {case} (seed {s0:#x})");
        rig.region_case(&code, &mut st, &what);
    }
    st.report("store-headed loops");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(st.replayed > 0, "no fault replayed: {st:?}");
}

/// A random function for an acyclic region headed by its `save`
/// (region.rs `window_member_ok`): `save %sp, -N, %sp` (sometimes after a
/// few instructions, in a block of its own), window and global register
/// arithmetic, loads and stores through %g5 (walking towards the
/// protected hole: faults replayed from the sync point after the `save`)
/// and %g6, a compare and branch to a second return, a fall-through body,
/// and returns as `ret; restore` (`restore` with a result or not) or
/// `return %i7 + 8` with a delay slot (sometimes an access, in the new
/// window), or now and then `ba second; restore` into the second return
/// (whose first load may fault: a window change in a delay slot leaves the
/// region, `Lifter::window_left`; side B goes on in the interpreter).
/// Random window states make `save` spill and `restore` and
/// `return` fill through the helpers, which fault on the hole or unmapped
/// stacks. The caller's %o7 points outside the code, where both sides stop.
///
/// `quiet`: always one or two calls, to a callee with its own window whose
/// body is integer arithmetic only (region.rs `quiet_leaf`: its `save`
/// and return fused).
fn gen_fn_region(r: &mut Rng, quiet: bool) -> Vec<u32> {
    let wreg = |r: &mut Rng| r.pick(&[16u32, 17, 18, 19, 24, 25, 26, 27, 28, 1, 2, 3, 4]);
    // Cannot trap or access memory.
    let qop = |r: &mut Rng| -> u32 {
        match r.below(7) {
            0..=3 => f3(2, wreg(r), r.pick(&[0x00u32, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07]), wreg(r), if r.pct(50) { imm13(r.below(64) as i64) } else { wreg(r) }),
            4 => f3(2, wreg(r), r.pick(&[0x10u32, 0x14, 0x11, 0x12]), wreg(r), wreg(r)), // addcc, subcc, andcc, orcc
            5 => f3(2, wreg(r), r.pick(&[0x25u32, 0x26, 0x27]), wreg(r), imm13(r.below(32) as i64)), // sll, srl, sra
            _ => f3(2, r.pick(&[8u32, 9, 14, 15]), 0x00, wreg(r), imm13(r.below(16) as i64)), // add to a fresh %o
        }
    };
    let op = |r: &mut Rng| -> u32 {
        match r.below(10) {
            0..=3 => f3(2, wreg(r), r.pick(&[0x00u32, 0x01, 0x02, 0x03, 0x04]), wreg(r), if r.pct(50) { imm13(r.below(64) as i64) } else { wreg(r) }),
            4 => f3(2, wreg(r), 0x10, wreg(r), wreg(r)), // addcc
            5 => f3(3, wreg(r), 0x0b, 5, imm13(8 * r.below(4) as i64)), // ldx [%g5 + 8k]
            6 => f3(3, wreg(r), 0x0e, 5, imm13(8 * r.below(4) as i64)), // stx [%g5 + 8k]
            7 => f3(3, wreg(r), 0x0b, 6, imm13(8 * r.below(8) as i64)), // ldx [%g6 + 8k]
            8 => f3(3, wreg(r), 0x04, 6, imm13(8 * r.below(8) as i64)), // stw [%g6 + 8k]
            _ => f3(2, 5, 0x00, 5, imm13(8)), // add %g5, 8, %g5
        }
    };
    let ret = |r: &mut Rng, w: &mut Vec<u32>| {
        if r.pct(50) {
            w.push(f3(2, 0, 0x38, 31, imm13(8))); // ret (jmpl %i7 + 8, %g0)
            w.push(if r.pct(30) {
                f3(2, 0, 0x3d, 0, 0) // restore
            } else {
                f3(2, r.pick(&[8u32, 9, 1, 2]), 0x3d, wreg(r), imm13(r.below(16) as i64)) // restore %x, k, %o0
            });
        } else {
            w.push(f3(2, 0, 0x39, 31, imm13(8))); // return %i7 + 8
            w.push(match r.below(4) {
                0 => NOP,
                1 => f3(3, r.pick(&[8u32, 9]), 0x0b, 5, imm13(8 * r.below(12) as i64)), // ldx [%g5 + 8k], %o0 (new window)
                _ => f3(2, r.pick(&[8u32, 9, 1]), 0x00, r.pick(&[8u32, 9, 10, 1]), imm13(r.below(16) as i64)),
            });
        }
    };
    let mut w = Vec::new();
    let late_save = r.pct(25);
    if late_save {
        // A block before the `save` (the head), which branches to it.
        for _ in 0..r.below(3) {
            w.push(op(r));
        }
        w.push(bpcc(false, 8, 2, 2)); // ba %xcc, .+8
        w.push(NOP);
    }
    w.push(f3(2, 14, 0x3c, 14, imm13(-(176 + 16 * r.below(4) as i64)))); // save %sp, -N, %sp
    for _ in 0..r.below(4) {
        w.push(op(r));
    }
    w.push(f3(2, 0, 0x14, r.pick(&[24u32, 25, 26]), imm13(r.below(8) as i64))); // cmp %iN, k
    let b = w.len();
    w.push(0); // the branch, patched below
    w.push(if r.pct(50) { op(r) } else { NOP });
    for _ in 0..r.below(5) {
        w.push(op(r));
    }
    // Sometimes a call to a leaf that returns with `retl` (placed after
    // the second return; region.rs `inline_leaf`), once or twice.
    let mut calls = Vec::new();
    for _ in 0..if quiet || r.pct(30) { 1 + r.below(2) } else { 0 } {
        calls.push(w.len());
        w.push(0); // call leaf, patched below
        w.push(op(r));
        for _ in 0..r.below(3) {
            w.push(op(r));
        }
    }
    // Now and then `ba second; restore`: the second return's code after
    // a window change in a delay slot (it leaves the region).
    let tail = r.pct(15);
    if tail {
        let at = w.len() as i64;
        w.push(bpcc(false, 8, 2, 0)); // ba %xcc, second (patched below)
        w.push(f3(2, 0, 0x3d, 0, 0)); // restore
        let second = w.len() as i64;
        w[at as usize] = bpcc(false, 8, 2, second - at);
    } else {
        ret(r, &mut w);
    }
    let second = w.len();
    w[b] = bpcc(r.pct(30), r.pick(&[1u32, 2, 3, 4, 9, 10, 11, 12]), 2, second as i64 - b as i64);
    if tail {
        // A load that may fault before any sync point of the second return.
        w.push(f3(3, wreg(r), 0x0b, 5, imm13(8 * r.below(12) as i64)));
    }
    for _ in 0..r.below(3) {
        w.push(op(r));
    }
    ret(r, &mut w);
    if !calls.is_empty() {
        let leaf = w.len();
        for &c in &calls {
            w[c] = 0x4000_0000 | ((leaf - c) as u32 & 0x3fff_ffff); // call leaf
        }
        match if quiet { 1 + r.below(2) } else { r.below(3) } {
            0 => {
                for _ in 0..r.below(3) {
                    w.push(op(r));
                }
                w.push(f3(2, 0, 0x38, 15, imm13(8))); // retl (jmpl %o7 + 8, %g0)
                w.push(op(r));
            }
            // A callee with its own window: `ret; restore` or `return`
            // (region.rs `inline_callee`).
            k => {
                w.push(f3(2, 14, 0x3c, 14, imm13(-176))); // save %sp, -176, %sp
                for _ in 0..r.below(3) {
                    w.push(if quiet { qop(r) } else { op(r) });
                }
                if k == 1 {
                    w.push(f3(2, 0, 0x38, 31, imm13(8))); // ret
                    w.push(f3(2, 8, 0x3d, wreg(r), 0)); // restore %x, %g0, %o0
                } else {
                    w.push(f3(2, 0, 0x39, 31, imm13(8))); // return %i7 + 8
                    // Its delay slot: often a load that may fault (replayed
                    // from the sync point after the window change).
                    w.push(if r.pct(50) { f3(3, r.pick(&[8u32, 9, 1]), 0x0b, 5, imm13(8 * r.below(12) as i64)) } else { op(r) });
                }
            }
        }
    }
    w
}

/// Functions lifted as acyclic regions headed by their `save` (or a block
/// branching to it), returning through `ret; restore` or `return`: spills
/// and fills through the helpers (and their faults), faults after the
/// `save` replayed from the sync point after it, accesses in the new
/// window after `return`.
#[test]
fn function_regions_change_windows_exactly() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut rig = Rig::new(Flavor::V9);
    let mut st = Stats::default();
    let s0 = seed() ^ 0xf00c;
    let (mut spills, mut fills, mut after_save) = (0, 0, 0);
    for case in 0..scale(3000) {
        let mut r = Rng::for_case(s0, case);
        r.next();
        let code = Code { base: 0x800, mask: u64::MAX, words: gen_fn_region(&mut r, false) };
        random_state(&mut r, &mut rig.ca, &mut rig.a, 10);
        rig.walk_regs(&mut r, 8);
        // The caller's %o7: `ret` goes to 0x4000 (outside the code); now
        // and then misaligned.
        let o7 = if r.pct(95) { 0x4000 - 8 } else { 0x4001 };
        rig.ca.set_reg(15, o7);
        rig.enter(0x800);
        if rig.ca.wbase() == 0 {
            spills += 1;
        }
        if rig.ca.canrestore() == 0 {
            fills += 1;
        }
        let replayed = st.replayed;
        let what = || format!("function region case {case} (seed {s0:#x})");
        rig.region_case(&code, &mut st, &what);
        if st.replayed > replayed && rig.cb.sync_pc & 1 == 0 && rig.cb.sync_pc > 0x800 {
            after_save += 1;
        }
    }
    st.report("function regions");
    eprintln!("{spills} cases start with no free window (save spills), {fills} with none to restore (restore fills), {after_save} faults replayed from a sync point after the entry");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(st.replayed > 0 && after_save > 0, "no fault replayed after a save: {st:?}");
}

/// As [`function_regions_change_windows_exactly`] with calls to quiet
/// leaves (region.rs `quiet_leaf`), whose `save` and return are fused:
/// often few free windows, so that the leaf's `save` spills (through the
/// helper, which may fault) with the caller's registers in flight.
#[test]
fn quiet_leaf_windows_fuse_exactly() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut rig = Rig::new(Flavor::V9);
    let mut st = Stats::default();
    let s0 = seed() ^ 0x9e1f;
    let mut leaf_spills = 0;
    for case in 0..scale(3000) {
        let mut r = Rng::for_case(s0, case);
        r.next();
        let code = Code { base: 0x800, mask: u64::MAX, words: gen_fn_region(&mut r, true) };
        random_state(&mut r, &mut rig.ca, &mut rig.a, 10);
        if r.pct(40) {
            // The function's own save leaves 0 or 16 free: the leaf's spills
            // when 16 (k = 1) or the function's does (k = 0).
            let k = r.below(3);
            rig.ca.set_wbase(16 * k);
            rig.ca.set_canrestore(r.below(9).min((TOP - 16 * k) / 16));
            if k == 1 {
                leaf_spills += 1;
            }
        }
        rig.walk_regs(&mut r, 8);
        let o7 = if r.pct(95) { 0x4000 - 8 } else { 0x4001 };
        rig.ca.set_reg(15, o7);
        rig.enter(0x800);
        let what = || format!("quiet leaf case {case} (seed {s0:#x})");
        rig.region_case(&code, &mut st, &what);
    }
    st.report("quiet leaves");
    eprintln!("{leaf_spills} cases where the leaf's save spills (if reached)");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
}

/// A recursive function (region.rs `RegionCtx::ret_conts`): `save`, a
/// depth test on %i0 (to a second return when zero), then one or two calls
/// to itself with %i0 - 1 or - 2 in %o0 (a delay slot that is not a
/// branch), each followed by code that uses the result, and returns as
/// `return %i7 + 8` (delay slot: an ALU op, or a load that may fault in
/// the new window) or `ret; restore` (leaves the region). The region
/// holds the code after each call; its returns compare their target with
/// it and branch there, so the whole recursion runs in the region and
/// only the outermost return (to 0x4000, outside) leaves.
///
/// With `cc_first`, the code after each call often sets the flags first
/// (`subcc`, then a load that may fault: the return's branch there is the
/// sync point and stores no flags) and a `return`'s delay slot may set
/// them (`addcc`).
fn gen_recursive_fn(r: &mut Rng, cc_first: bool) -> Vec<u32> {
    gen_recursive_fn_in(r, cc_first, false)
}

/// [`gen_recursive_fn`]; with `save_cmp`, the `cmp` right after the `save`
/// (no draws from `r` for the ops between them), which now and then adds
/// registers (`save %sp, %g2, %sp`, `save %g2, %o1, %sp`).
fn gen_recursive_fn_in(r: &mut Rng, cc_first: bool, save_cmp: bool) -> Vec<u32> {
    // Not %i0 (the depth) nor %o0 (the argument and result).
    let wreg = |r: &mut Rng| r.pick(&[16u32, 17, 18, 19, 25, 26, 27, 28, 1, 2, 3, 4]);
    let src = |r: &mut Rng| r.pick(&[16u32, 17, 24, 25, 8, 9, 1, 2]);
    let op = |r: &mut Rng| -> u32 {
        match r.below(9) {
            0..=3 => f3(2, wreg(r), r.pick(&[0x00u32, 0x01, 0x02, 0x03, 0x04]), src(r), if r.pct(50) { imm13(r.below(64) as i64) } else { src(r) }),
            4 => f3(2, wreg(r), 0x10, src(r), src(r)), // addcc
            5 => f3(3, wreg(r), 0x0b, 5, imm13(8 * r.below(4) as i64)), // ldx [%g5 + 8k]
            6 => f3(3, src(r), 0x0e, 6, imm13(8 * r.below(8) as i64)), // stx [%g6 + 8k]
            7 => f3(3, wreg(r), 0x0b, 6, imm13(8 * r.below(8) as i64)), // ldx [%g6 + 8k]
            _ => f3(2, 5, 0x00, 5, imm13(8)), // add %g5, 8, %g5
        }
    };
    let ret = |r: &mut Rng, w: &mut Vec<u32>| {
        if r.pct(20) {
            w.push(f3(2, 0, 0x38, 31, imm13(8))); // ret (jmpl %i7 + 8, %g0)
            w.push(f3(2, 8, 0x3d, src(r), imm13(r.below(16) as i64))); // restore %x, k, %o0
        } else {
            w.push(f3(2, 0, 0x39, 31, imm13(8))); // return %i7 + 8
            w.push(match r.below(if cc_first { 5 } else { 4 }) {
                0 => f3(3, r.pick(&[8u32, 9]), 0x0b, 5, imm13(8 * r.below(12) as i64)), // ldx [%g5 + 8k], %o0 (new window)
                4 => f3(2, 8, r.pick(&[0x10u32, 0x14]), r.pick(&[8u32, 9, 10, 1]), imm13(r.below(16) as i64)), // addcc/subcc %oN, k, %o0
                _ => f3(2, 8, r.pick(&[0x00u32, 0x01, 0x02]), r.pick(&[8u32, 9, 10, 1]), imm13(r.below(16) as i64)), // op %oN, k, %o0
            });
        }
    };
    let mut w = vec![f3(2, 14, 0x3c, 14, imm13(-(176 + 16 * r.below(4) as i64)))]; // save %sp, -N, %sp
    if save_cmp && r.pct(30) {
        w[0] = f3(2, 14, 0x3c, r.pick(&[14u32, 2]), r.pick(&[2u32, 9])); // save %sp/%g2, %g2/%o1, %sp
    }
    if !save_cmp {
        for _ in 0..r.below(3) {
            w.push(op(r));
        }
    }
    w.push(f3(2, 0, 0x14, 24, imm13(0))); // cmp %i0, 0
    let b = w.len();
    w.push(0); // ble,pn %xcc, second (patched below)
    w.push(if r.pct(50) { op(r) } else { NOP });
    for _ in 0..1 + r.below(2) {
        for _ in 0..r.below(3) {
            w.push(op(r));
        }
        w.push(f3(2, 8, 0x04, 24, imm13(1 + r.below(2) as i64))); // sub %i0, 1 or 2, %o0
        let c = w.len() as i64;
        w.push(0x4000_0000 | ((-c) as u32 & 0x3fff_ffff)); // call the entry
        w.push(if r.pct(50) { op(r) } else { NOP });
        // The code after the call: use the result.
        if cc_first && r.pct(70) {
            w.push(f3(2, wreg(r), 0x14, 8, src(r))); // subcc %o0, %x, %y
            w.push(f3(3, wreg(r), 0x0b, 5, imm13(8 * r.below(12) as i64))); // ldx [%g5 + 8k]
        } else {
            w.push(f3(2, wreg(r), 0x00, 8, src(r))); // add %o0, %x, %y
        }
        for _ in 0..r.below(3) {
            w.push(op(r));
        }
    }
    ret(r, &mut w);
    let second = w.len();
    w[b] = bpcc(false, 2, 2, second as i64 - b as i64); // ble %xcc
    for _ in 0..r.below(3) {
        w.push(op(r));
    }
    ret(r, &mut w);
    w
}

/// `scale(2000)` cases of [`gen_recursive_fn`] (`flags_first` as there),
/// from the function's entry at 0x800: the depth in %o0 (up to 4 levels,
/// at most 31 calls), a stack with room for the frames 80% of the time
/// (spills go there), a return address in %o7 (misaligned 5% of the
/// time). `run` runs each case (`case_label` names it); the statistics
/// are reported as `label`.
fn recursive_fn_cases(salt: u64, flags_first: bool, case_label: &str, label: &str, run: &mut dyn FnMut(&mut Rig, &Code, &mut Stats, &dyn Fn() -> String)) -> Stats {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut rig = Rig::new(Flavor::V9);
    let mut st = Stats::default();
    let s0 = seed() ^ salt;
    for case in 0..scale(2000) {
        let mut r = Rng::for_case(s0, case);
        r.next();
        let code = Code { base: 0x800, mask: u64::MAX, words: gen_recursive_fn(&mut r, flags_first) };
        random_state(&mut r, &mut rig.ca, &mut rig.a, 10);
        rig.walk_regs(&mut r, 8);
        rig.ca.set_reg(8, r.below(5));
        if r.pct(80) {
            let sp = DATA_HI - 0x100 - 8 * r.below(32);
            rig.ca.set_reg(14, sp.wrapping_sub(rig.ca.bias));
        }
        let o7 = if r.pct(95) { 0x4000 - 8 } else { 0x4001 };
        rig.ca.set_reg(15, o7);
        rig.enter(0x800);
        let what = || format!("{case_label} case {case} (seed {s0:#x})");
        run(&mut rig, &code, &mut st, &what);
    }
    st.report(label);
    st
}

/// Recursive functions lifted as regions whose returns branch to the code
/// after the region's calls (region.rs `RegionCtx::ret_conts`): the
/// recursion runs inside the region, with spills, fills and their faults
/// through the helpers, and faults in it (also in a `return`'s delay slot)
/// replayed from the sync points.
#[test]
fn recursive_function_regions_return_inside_the_region() {
    let mut conts = 0;
    let mut run = |rig: &mut Rig, code: &Code, st: &mut Stats, what: &dyn Fn() -> String| {
        // The code after the first call is a member (reached by returns).
        let fetch = |a: u64| code.fetch(a);
        let first_call = code.words.iter().position(|w| w >> 30 == 1).unwrap();
        let reg = lastmile_frontend::sparc::lift::lift_region(&rig.cfg, &fetch, code.base, &|_| true, &|_| true, &mut rig.jit.fctx);
        if reg.is_some_and(|g| g.pcs.contains(&(code.base + 4 * first_call as u64 + 8))) {
            conts += 1;
        }
        rig.region_case(code, st, what);
    };
    let st = recursive_fn_cases(0x7ec5, false, "recursive function region", "recursive function regions", &mut run);
    eprintln!("{conts} regions hold the code after their first call");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(conts > st.cases / 2, "too few regions hold the code after a call: {conts} of {}", st.cases);
    assert!(st.replayed > 0, "no fault replayed: {st:?}");
}

/// As [`recursive_function_regions_return_inside_the_region`], with code
/// after the calls that sets the flags first and `return`s whose delay
/// slot sets them: a `return` with a delay slot that cannot fault makes
/// its branch to the code after a call the sync point (`Lifter::exit`,
/// `ret_sync_at_edge`; no flags stored where that code sets them first),
/// so faults there replay from that code's start.
#[test]
fn recursive_returns_sync_at_the_code_after_the_call() {
    let mut at_cont = 0;
    let mut run = |rig: &mut Rig, code: &Code, st: &mut Stats, what: &dyn Fn() -> String| {
        // The code after each call (a call's pc + 8).
        let conts: Vec<u64> = code.words.iter().enumerate().filter(|(_, w)| *w >> 30 == 1).map(|(k, _)| code.base + 4 * k as u64 + 8).collect();
        let replayed = st.replayed;
        rig.region_case(code, st, what);
        if st.replayed > replayed && conts.contains(&rig.cb.sync_pc) {
            at_cont += 1;
        }
    };
    let st = recursive_fn_cases(0x5e7c, true, "recursive return sync", "recursive returns syncing after the call", &mut run);
    eprintln!("{at_cont} faults replayed from the code after a call");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    // (Without the branch as the sync point: 1 of 628 replays at 1a57311e.)
    assert!(at_cont * 4 > st.replayed, "few faults replayed from the code after a call ({at_cont}): {st:?}");
}

/// Recursive functions starting `save; cmp` (naive fib's shape, region.rs
/// `RegionCtx::save_cc_first`): the calls test for room in the window
/// array themselves and store the flags only without room, on a cold way
/// to the `save`, which spills (faulting with the exact flags where the
/// stack is in the hole); where the `save` adds globals and outs, straight
/// to the code after its own test (region.rs `RegionCtx::save_fast`), its
/// sum read from the new window. The window array starts nearly full (0-3
/// windows of room) for up to 4 levels of calls.
#[test]
fn save_first_calls_leave_when_the_windows_are_full() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut rig = Rig::new(Flavor::V9);
    let mut st = Stats::default();
    let s0 = seed() ^ 0x5afe;
    for case in 0..scale(2000) {
        let mut r = Rng::for_case(s0, case);
        r.next();
        let cc_first = r.pct(50);
        let code = Code { base: 0x800, mask: u64::MAX, words: gen_recursive_fn_in(&mut r, cc_first, true) };
        random_state(&mut r, &mut rig.ca, &mut rig.a, 10);
        if r.pct(50) {
            // (A frame size for `save %sp, %g2, %sp`.)
            rig.ca.g[2] = (-176i64 - 16 * r.below(4) as i64) as u64;
        }
        let k = r.below(4);
        rig.ca.set_wbase(16 * k);
        rig.ca.set_canrestore(r.below((TOP - 16 * k) / 16 + 1));
        rig.walk_regs(&mut r, 8);
        rig.ca.set_reg(8, r.below(5));
        if r.pct(80) {
            let sp = DATA_HI - 0x100 - 8 * r.below(32);
            rig.ca.set_reg(14, sp.wrapping_sub(rig.ca.bias));
        }
        let o7 = if r.pct(95) { 0x4000 - 8 } else { 0x4001 };
        rig.ca.set_reg(15, o7);
        rig.enter(0x800);
        let what = || format!("save-first recursion case {case} (seed {s0:#x})");
        rig.region_case(&code, &mut st, &what);
    }
    st.report("save-first recursive functions");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    // Spill faults (most: the older windows' %sp are random), at the
    // head too. (With the flags never stored on the calls: the first case
    // differs in %ccr.)
    assert!(st.exits.get("Fault").is_some_and(|&f| f * 4 > st.cases), "few spill faults: {st:?}");
}

/// A `switch` in a loop, as a bytecode interpreter's dispatch: the head
/// counts %i0 down and leaves when it goes below zero, steps the selector
/// %g1 and jumps to `%g4 + 32 * (%g1 & (cases - 1))` (`jmpl %g4 + %g3,
/// %g0`); each case is eight words: ALU ops, flag setters, loads walking
/// %g5 towards the hole (faults), stores through %g6 (sync points), then
/// `ba %xcc, head` with a delay slot. Returns the words, where the cases
/// start (in words) and how many there are.
fn gen_switch_loop(r: &mut Rng) -> (Vec<u32>, usize, usize) {
    // Not %g1, %g3, %g4 (the dispatch) nor %i0 (the count).
    let wreg = |r: &mut Rng| r.pick(&[16u32, 17, 18, 25, 26, 2]);
    let src = |r: &mut Rng| r.pick(&[16u32, 17, 25, 8, 9, 2, 1, 3]);
    let op = |r: &mut Rng| -> u32 {
        match r.below(10) {
            0..=3 => f3(2, wreg(r), r.pick(&[0x00u32, 0x01, 0x02, 0x03, 0x04]), src(r), if r.pct(50) { imm13(r.below(64) as i64) } else { src(r) }),
            4 => f3(2, wreg(r), r.pick(&[0x10u32, 0x14]), src(r), src(r)), // addcc, subcc
            5 => f3(3, wreg(r), 0x0b, 5, imm13(8 * r.below(4) as i64)),   // ldx [%g5 + 8k]
            6 => f3(3, src(r), 0x0e, 6, imm13(8 * r.below(8) as i64)),    // stx [%g6 + 8k]
            7 => f3(2, wreg(r), 0x08, src(r), imm13(r.below(9) as i64)),  // addc: reads the carry
            8 => f3(2, 1, 0x00, 1, src(r)),                               // add %g1, %x, %g1
            _ => f3(2, 5, 0x00, 5, imm13(8)),                             // add %g5, 8, %g5
        }
    };
    let cases = r.pick(&[2usize, 4, 8]);
    let mut w = vec![f3(2, 24, 0x14, 24, imm13(1)), 0]; // subcc %i0, 1, %i0; bl,pn %xcc, out (patched)
    w.push(if r.pct(50) { op(r) } else { NOP });
    for _ in 0..r.below(3) {
        w.push(op(r));
    }
    w.push(f3(2, 1, 0x00, 1, imm13(1 + r.below(7) as i64))); // add %g1, k, %g1
    w.push(f3(2, 3, 0x01, 1, imm13(cases as i64 - 1))); // and %g1, cases - 1, %g3
    w.push(f3(2, 3, 0x25, 3, (1 << 13) | (1 << 12) | 5)); // sllx %g3, 5, %g3
    w.push(f3(2, 0, 0x38, 4, 3)); // jmpl %g4 + %g3, %g0
    w.push(if r.pct(50) { op(r) } else { NOP });
    let first = w.len();
    for _ in 0..cases {
        let n = r.below(7) as usize;
        for k in 0..6 {
            w.push(if k < n { op(r) } else { NOP });
        }
        let at = w.len() as i64;
        w.push(bpcc(false, 8, 2, -at)); // ba %xcc, head
        w.push(if r.pct(60) { op(r) } else { NOP });
    }
    let out = w.len() as i64;
    w[1] = bpcc(false, 3, 2, out - 1); // bl %xcc: leave
    (w, first, cases)
}

/// Loops through a `switch` lifted as regions with the cases whose
/// targets were seen (region.rs `discover_region_jumps`): the computed
/// jump branches to them inside the region (compares for two, a
/// `br_table` for more: `Lifter::jump_table_edges`), other targets
/// (cases not seen, misaligned or stray ones) leave it; faults in the
/// cases replay from their sync points.
#[test]
fn switch_loop_regions_branch_to_the_cases_seen() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut rig = Rig::new(Flavor::V9);
    let mut st = Stats::default();
    let s0 = seed() ^ 0x5e1c;
    let mut with_cases = 0;
    for case in 0..scale(2000) {
        let mut r = Rng::for_case(s0, case);
        r.next();
        let (words, first, cases) = gen_switch_loop(&mut r);
        let code = Code { base: 0x800, mask: u64::MAX, words };
        let site = code.base + 4 * (first as u64 - 2);
        let case_pc = |k: usize| code.base + 4 * (first + 8 * k) as u64;
        rig.table_loop_state(&mut r, &code, case_pc(0), 8);
        let seen = seen_targets(&mut r, cases, case_pc, code.base);
        let jumps = |a: u64| if a == site { seen.clone() } else { Vec::new() };
        let fetch = |a: u64| code.fetch(a);
        let reg = lastmile_frontend::sparc::lift::lift_region_jumps(&rig.cfg, &fetch, code.base, &|_| true, &|_| true, &jumps, &mut rig.jit.fctx);
        if reg.is_some_and(|g| seen.iter().filter(|&&p| p != code.base).any(|p| g.pcs.contains(p))) {
            with_cases += 1;
        }
        let what = || format!("switch loop region case {case} (seed {s0:#x})");
        rig.region_case_jumps(&code, &mut st, &what, &jumps);
    }
    st.report("switch loop regions");
    eprintln!("{with_cases} regions hold cases");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(with_cases > st.cases / 2, "too few regions hold cases: {with_cases} of {}", st.cases);
    assert!(st.replayed > 0, "no fault replayed: {st:?}");
}

impl Rig {
    /// Lift with confinement mask `mask`, and have both sides' memories
    /// fold addresses with it where the reservation holds the whole space
    /// (the runtime's interpreter folds as its translated code does,
    /// tier.rs `InterpMem`): a V9 pointer above 4 GiB under a 32-bit mask
    /// then faults at the same folded address on both sides.
    fn set_space_mask(&mut self, mask: u64) {
        self.cfg.space_mask = mask;
        let fold = if mask < RES { mask } else { u64::MAX };
        self.a.fold = fold;
        self.b.fold = fold;
    }

    /// The state of a generated loop jumping or calling through `%g4 + k`
    /// ([`gen_switch_loop`], [`gen_icall_loop`]), entered at its head:
    /// random registers, %g5 walking towards the hole, %g6 in the data, the
    /// count %i0, and %g4 the table's base `first`, now and then a stray
    /// one (misaligned, inside an entry of `span` words, past the code).
    fn table_loop_state(&mut self, r: &mut Rng, code: &Code, first: u64, span: u64) {
        random_state(r, &mut self.ca, &mut self.a, 10);
        self.walk_regs(r, 16);
        self.ca.set_reg(24, r.below(12));
        self.ca.g[4] = match r.below(20) {
            0 => first + 2,
            1 => first + 4 * r.below(span),
            2 => code.base + 4 * code.words.len() as u64,
            _ => first,
        };
        self.enter(code.base);
    }

    /// %g5 a little below the hole (`steps` doublewords at most: the
    /// generated loads walk it there and fault), %g6 in the data (stores).
    fn walk_regs(&mut self, r: &mut Rng, steps: u64) {
        self.ca.g[5] = HOLE_LO - 8 * r.below(steps) - 32;
        self.ca.g[6] = DATA_LO + 8 * r.below(64);
    }

    /// Start at `pc` (nPC = pc + 4) with no sync point yet.
    fn enter(&mut self, pc: u64) {
        self.ca.pc = pc;
        self.ca.npc = pc + 4;
        self.ca.sync_pc = 0;
    }
}

/// The targets a profile saw at one jump or call of such a loop: most of
/// the `n` entries at `pc(k)`, now and then a stray pc (the loop's `head`,
/// the middle of the first entry).
fn seen_targets(r: &mut Rng, n: usize, pc: impl Fn(usize) -> u64, head: u64) -> Vec<u64> {
    let mut v: Vec<u64> = (0..n).filter(|_| r.pct(85)).map(&pc).collect();
    if r.pct(10) {
        v.push(r.pick(&[head, pc(0) + 8]));
    }
    v
}

/// A loop calling through a function pointer, as a table of small
/// functions or a virtual method: the head counts %i0 down and leaves
/// below zero; one or two call sites each step the selector %g1 and call
/// `%g4 + 16 * (%g1 & (leaves - 1))` (`jmpl %g4 + %g3, %o7`), with ALU ops,
/// loads walking %g5 towards the hole (faults), stores through %g6 (sync
/// points) around them; each leaf is four words: two such ops, `retl` and
/// its delay slot. Returns the words, the call sites' addresses (in words),
/// where the leaves start (in words) and how many there are.
///
/// With `short`: a branch back to the head
/// before the calls (`bne %icc`, on the count's or an op's flags), so
/// that a loop without the calls goes through the head too (region.rs
/// `discover`: the loop through the calls is taken when larger), and
/// leaves that change the window half the time (`save %sp, -176, %sp`,
/// an op, `return %i7 + 8` and its delay slot, run in the caller's
/// window: a comparator called through a pointer).
fn gen_icall_loop(r: &mut Rng, short: bool) -> (Vec<u32>, Vec<usize>, usize, usize) {
    // Not %g1, %g3, %g4 (the calls), %o7 nor %i0 (the count).
    let wreg = |r: &mut Rng| r.pick(&[16u32, 17, 18, 25, 26, 2, 8, 9]);
    let src = |r: &mut Rng| r.pick(&[16u32, 17, 25, 8, 9, 2, 1, 3]);
    let op = |r: &mut Rng| -> u32 {
        match r.below(9) {
            0..=3 => f3(2, wreg(r), r.pick(&[0x00u32, 0x01, 0x02, 0x03, 0x04]), src(r), if r.pct(50) { imm13(r.below(64) as i64) } else { src(r) }),
            4 => f3(2, wreg(r), r.pick(&[0x10u32, 0x14]), src(r), src(r)), // addcc, subcc
            5 => f3(3, wreg(r), 0x0b, 5, imm13(8 * r.below(4) as i64)),   // ldx [%g5 + 8k]
            6 => f3(3, src(r), 0x0e, 6, imm13(8 * r.below(8) as i64)),    // stx [%g6 + 8k]
            7 => f3(2, wreg(r), 0x08, src(r), imm13(r.below(9) as i64)),  // addc: reads the carry
            _ => f3(2, 5, 0x00, 5, imm13(8)),                             // add %g5, 8, %g5
        }
    };
    let leaves = r.pick(&[1usize, 2, 4, 8]);
    let mut w = vec![f3(2, 24, 0x14, 24, imm13(1)), 0]; // subcc %i0, 1, %i0; bl,pn %xcc, out (patched)
    w.push(if r.pct(50) { op(r) } else { NOP });
    if short {
        let at = w.len() as i64;
        w.push(bpcc(r.pct(30), 9, 0, -at)); // bne(,a) %icc, head
        w.push(if r.pct(50) { op(r) } else { NOP });
    }
    let mut sites = Vec::new();
    for _ in 0..1 + r.below(2) {
        for _ in 0..r.below(3) {
            w.push(op(r));
        }
        w.push(f3(2, 1, 0x00, 1, imm13(1 + r.below(7) as i64))); // add %g1, k, %g1
        w.push(f3(2, 3, 0x01, 1, imm13(leaves as i64 - 1))); // and %g1, leaves - 1, %g3
        w.push(f3(2, 3, 0x25, 3, (1 << 13) | (1 << 12) | 4)); // sllx %g3, 4, %g3
        sites.push(w.len());
        w.push(f3(2, 15, 0x38, 4, 3)); // jmpl %g4 + %g3, %o7
        w.push(if r.pct(50) { op(r) } else { NOP });
    }
    for _ in 0..r.below(3) {
        w.push(op(r));
    }
    let at = w.len() as i64;
    w.push(bpcc(false, 8, 2, -at)); // ba %xcc, head
    w.push(if r.pct(60) { op(r) } else { NOP });
    let first = w.len();
    for _ in 0..leaves {
        if short && r.pct(50) {
            w.push(f3(2, 14, 0x3c, 14, imm13(-176))); // save %sp, -176, %sp
            w.push(op(r));
            w.push(f3(2, 0, 0x39, 31, imm13(8))); // return %i7 + 8
            w.push(if r.pct(60) { op(r) } else { NOP });
            continue;
        }
        w.push(op(r));
        w.push(if r.pct(70) { op(r) } else { NOP });
        w.push(f3(2, 0, 0x38, 15, imm13(8))); // retl
        w.push(if r.pct(60) { op(r) } else { NOP });
    }
    let out = w.len() as i64;
    w[1] = bpcc(false, 3, 2, out - 1); // bl %xcc: leave
    (w, sites, first, leaves)
}

/// Loops calling through a function pointer lifted as regions with the
/// leaves seen as the calls' targets (region.rs `Scanned::icall`): the
/// call branches to them inside the region, a leaf returns to the code
/// after its call (to the constant %o7 when one call reaches it, through
/// compares when two do), other targets (leaves not seen, misaligned or
/// stray ones) leave it; faults in the leaves replay from their sync
/// points.
#[test]
fn icall_loop_regions_inline_the_leaves_seen() {
    icall_loop_cases(false, 0x1ca1, "icall loop regions");
}

/// Loops with a shorter loop through the head that does not call (a
/// merge loop whose comparator is called through a pointer on one path):
/// the region is the loop through the calls, with the leaves seen, window
/// changing ones too, lifted lazily (region.rs `discover`).
#[test]
fn icall_loops_with_a_short_loop_inline_windowed_leaves() {
    icall_loop_cases(true, 0x5a0c, "icall loops with a short loop");
}

fn icall_loop_cases(short: bool, salt: u64, label: &str) {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut rig = Rig::new(Flavor::V9);
    let mut st = Stats::default();
    let s0 = seed() ^ salt;
    let mut with_leaves = 0;
    for case in 0..scale(2000) {
        let mut r = Rng::for_case(s0, case);
        r.next();
        let (words, sites, first, leaves) = gen_icall_loop(&mut r, short);
        let code = Code { base: 0x800, mask: u64::MAX, words };
        let leaf_pc = |k: usize| code.base + 4 * (first + 4 * k) as u64;
        rig.table_loop_state(&mut r, &code, leaf_pc(0), 4);
        // The targets seen at each call.
        let seen: Vec<Vec<u64>> = sites.iter().map(|_| seen_targets(&mut r, leaves, leaf_pc, code.base)).collect();
        let site_pcs: Vec<u64> = sites.iter().map(|&s| code.base + 4 * s as u64).collect();
        let jumps = |a: u64| site_pcs.iter().position(|&s| s == a).map(|k| seen[k].clone()).unwrap_or_default();
        let fetch = |a: u64| code.fetch(a);
        let reg = lastmile_frontend::sparc::lift::lift_region_jumps(&rig.cfg, &fetch, code.base, &|_| true, &|_| true, &jumps, &mut rig.jit.fctx);
        if reg.is_some_and(|g| (0..leaves).any(|k| g.pcs.contains(&leaf_pc(k)))) {
            with_leaves += 1;
        }
        let what = || format!("{label}: case {case} (seed {s0:#x})");
        rig.region_case_jumps(&code, &mut st, &what, &jumps);
    }
    st.report(label);
    eprintln!("{with_leaves} regions hold leaves");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(with_leaves > st.cases / 2, "too few regions hold leaves: {with_leaves} of {}", st.cases);
    assert!(st.replayed > 0, "no fault replayed: {st:?}");
}

/// A loop whose head may read the flags (so the function's entry brings
/// them in `cpu` and the branches back store theirs there: region.rs
/// `cc_exposed`): a reader first now and then (`addc`, `movcc`, a
/// conditional branch over one instruction, which also makes more members),
/// then loads through %g5 (walking towards the hole: faults replayed from
/// the last sync point, often the function's entry several iterations
/// back), stores through %g6 (sync points), `rd %y` (a sync point after
/// it) and `umul` (replayed),
/// flag setters and readers in any order, and the branch back on the flags or on %g1 (`brnz`, setting none),
/// its delay slot a load, a store, a setter or a reader.
fn gen_cc_loop(r: &mut Rng) -> Vec<u32> {
    let g = |r: &mut Rng| r.pick(&[2u32, 3, 4]);
    let cc = |r: &mut Rng| r.pick(&[0u32, 2]);
    let reader = |r: &mut Rng| match r.below(3) {
        0 => f3(2, g(r), 0x08, g(r), imm13(r.below(9) as i64)), // addc %gN, k, %gM
        1 => f3(2, g(r), 0x0c, g(r), imm13(r.below(9) as i64)), // subc %gN, k, %gM
        // movCOND %icc/%xcc, k, %gN
        _ => (2 << 30) | (g(r) << 25) | (0x2c << 19) | (1 << 18) | ((r.below(16) as u32) << 14) | (1 << 13) | (cc(r) << 11) | (r.below(64) as u32),
    };
    let setter = |r: &mut Rng| match r.below(3) {
        0 => f3(2, 0, 0x14, g(r), imm13(r.below(3) as i64)),        // cmp %gN, k
        1 => f3(2, g(r), 0x10, g(r), g(r)),                         // addcc %gN, %gM, %gK
        _ => f3(2, g(r), 0x18, g(r), imm13(r.below(9) as i64 - 4)), // addxcc: reads the carry first
    };
    let load = |r: &mut Rng| f3(3, g(r), 0x0b, 5, imm13(8 * r.below(4) as i64)); // ldx [%g5 + 8k], %gN
    let store = |r: &mut Rng| f3(3, g(r), 0x0e, 6, imm13(8 * r.below(4) as i64)); // stx %gN, [%g6 + 8k]
    let mut w = Vec::new();
    if r.pct(50) {
        w.push(reader(r));
    }
    for _ in 0..2 + r.below(6) {
        match r.below(8) {
            // rd %y, %gK: a sync point after it (lift/mod.rs `sync_after`),
            // which a later store then need not make; umul %gN, %gM, %gK:
            // none, replayed (`reads_y`).
            7 if r.pct(50) => w.push(f3(2, g(r), 0x28, 0, 0)),
            7 => w.push(f3(2, g(r), 0x0a, g(r), g(r))),
            0 | 1 => w.push(load(r)),
            2 => w.push(store(r)),
            3 => w.push(setter(r)),
            4 => w.push(reader(r)),
            5 => w.push(f3(2, g(r), 0x00, g(r), imm13(r.below(64) as i64))), // add %gN, k, %gM
            _ => {
                // b<cond>(,a) %icc/%xcc over one instruction: a member
                // boundary, its delay slot anything above.
                w.push(bpcc(r.pct(30), r.below(16) as u32, cc(r), 3));
                w.push(match r.below(4) {
                    0 => load(r),
                    1 => setter(r),
                    2 => reader(r),
                    _ => NOP,
                });
                w.push(if r.pct(50) { load(r) } else { setter(r) });
            }
        }
    }
    push_loop_back(&mut w, r, 60);
    w.push(match r.below(5) {
        0 => NOP,
        1 => store(r),
        2 => setter(r),
        3 => reader(r),
        _ => load(r),
    });
    w
}

/// Reservation of a side with a 2^40 space (sparc64's): the space, and
/// room for `(base & mask) + idx` past it (idx below 2^32), PROT_NONE.
const RES_40: u64 = (1 << 40) + (1 << 33);

/// A loop indexing `[%g5 + %g3]` (or `[%g3 + %g5]`; %g5 steps by 8) with %g3 known below
/// 2^32 (`srl %g2, 0, %g3`, `lduw`, `ldub`, `and %g2, 0xfff`), lifted
/// with sparc64's 2^40 space mask: lift `host_addr_tagged` computes
/// `(base & mask) + idx`, which goes past the space where base + idx
/// wraps (bases near, at and above 2^40 with indices that wrap into the
/// data window, its hole or elsewhere): such faults run the access in the
/// interpreter from the exact state (interp::run_past_space), which
/// completes, faults or traps as it would have; the rest of the loop goes
/// on as in the interpreter.
fn gen_index_loop(r: &mut Rng) -> Vec<u32> {
    // (op3, size): ldub, lduh, lduw, ldx, stb, stw, stx, ldsb.
    const ACC: [(u32, u64); 8] = [(0x01, 1), (0x02, 2), (0x00, 4), (0x0b, 8), (0x05, 1), (0x04, 4), (0x0e, 8), (0x09, 1)];
    let mut w = Vec::new();
    for _ in 0..1 + r.below(3) {
        w.push(match r.below(6) {
            0 | 1 => f3(2, 3, 0x26, 2, imm13(0)),                   // srl %g2, 0, %g3
            2 => f3(3, 3, 0x00, 6, imm13(0)),                       // lduw [%g6], %g3
            3 => f3(3, 3, 0x01, 6, imm13(r.below(8) as i64)),       // ldub [%g6 + k], %g3
            4 => f3(2, 3, 0x01, 2, imm13(0xfff)),                   // and %g2, 0xfff, %g3
            _ => f3(2, 3, 0x26, 2, (1 << 12) | imm13(32 + r.below(8) as i64)), // srlx %g2, 32+k, %g3
        });
        let (op3, size) = r.pick(&ACC);
        let rd = if op3 & 4 != 0 { r.pick(&[4u32, 7]) } else { 4 };
        let (a, b) = if r.pct(50) { (5, 3) } else { (3, 5) };
        w.push(f3(3, rd, op3, a, b)); // ld/st [%g5 + %g3] or [%g3 + %g5]
        if r.pct(40) {
            w.push(f3(2, 7, 0x00, 7, 4)); // add %g7, %g4, %g7
        }
        let step = r.pick(&[1i64, 4, 8, -8]) * (size as i64).max(1);
        w.push(f3(2, 2, 0x00, 2, imm13(step))); // add %g2, step, %g2
    }
    push_loop_back(&mut w, r, 60);
    w.push(NOP);
    w
}

#[test]
fn indexed_accesses_past_a_40_bit_space_run_in_the_interpreter() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut rig = Rig::new(Flavor::V9);
    let mask = (1u64 << 40) - 1;
    rig.a = Space::with_size(RES_40, mask);
    rig.b = Space::with_size(RES_40, mask);
    rig.ca.membase = rig.a.base as u64;
    rig.cb.membase = rig.b.base as u64;
    rig.cfg.space_mask = mask;
    let mut st = Stats::default();
    let s0 = seed() ^ 0xadd4_0000;
    for case in 0..scale(3000) {
        let mut r = Rng::for_case(s0, case);
        r.next();
        let code = Code { base: 0x800, mask: u64::MAX, words: gen_index_loop(&mut r) };
        random_state(&mut r, &mut rig.ca, &mut rig.a, 10);
        rig.ca.g[1] = 1 + r.below(6);
        // The base: below 2^40 by less than 2^32 (wrapping), with bits
        // above 2^40 now and then, or a plain data pointer.
        let j = 8 * r.below(4);
        let k = r.pick(&[8u64, 0x100, 0x1000, 0x10_0000, 0xffff_0000]) + j;
        let base = match r.below(5) {
            0 => DATA_LO + 8 * r.below(64),
            1 => (r.next() << 40) | ((1 << 40) - k),
            _ => (1 << 40) - k,
        };
        // %g2: its low word wraps base + it into the data window, next to
        // the hole or past the window, high bits random.
        let (d, e) = (8 * r.below(64), 8 * r.below(4));
        let target = r.pick(&[DATA_LO + d, HOLE_LO - e, DATA_HI - e, 0x8000]);
        let low = if base < DATA_HI { 8 * r.below(64) } else { (target + k) & 0xffff_ffff };
        rig.ca.g[2] = (r.next() << 32) | low;
        rig.ca.g[5] = base;
        rig.ca.g[6] = DATA_LO + 8 * r.below(64);
        rig.enter(0x800);
        let what = || format!("indexed access case {case} (seed {s0:#x})");
        rig.region_case(&code, &mut st, &what);
    }
    st.report("indexed access loop");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(st.past_space > 0, "no access past the space: {st:?}");
}

/// `scale(3000)` region cases of the loops `gen` makes, compared with the
/// interpreter as [`Rig::region_case`] does, every other case lifted with
/// a 4 GiB address mask: the random state, then `setup` (the test's
/// registers), then the function's entry at 0x800; `after` sees each case
/// with the replayed and interpreted counts from before it. Reports the
/// statistics as "`label`s".
fn masked_region_cases(
    salt: u64,
    label: &str,
    gen: &mut dyn FnMut(&mut Rng) -> Vec<u32>,
    setup: &mut dyn FnMut(&mut Rng, &mut Rig),
    after: &mut dyn FnMut(&Rig, &Code, &Stats, (usize, usize)),
) -> Stats {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut rig = Rig::new(Flavor::V9);
    let mut st = Stats::default();
    let s0 = seed() ^ salt;
    for case in 0..scale(3000) {
        let mut r = Rng::for_case(s0, case);
        r.next();
        let code = Code { base: 0x800, mask: u64::MAX, words: gen(&mut r) };
        rig.set_space_mask(if case % 2 == 0 { u64::MAX } else { 0xffff_ffff });
        random_state(&mut r, &mut rig.ca, &mut rig.a, 10);
        setup(&mut r, &mut rig);
        rig.enter(0x800);
        let before = (st.replayed, st.insns);
        let what = || format!("{label} case {case} (seed {s0:#x})");
        rig.region_case(&code, &mut st, &what);
        after(&rig, &code, &st, before);
    }
    st.report(&format!("{label}s"));
    st
}

/// Loops whose branches back store the flags without a sync point where
/// the way from the last one sets them before reading them (region.rs
/// `cc_exposed`), and write the state back where not: a fault several
/// iterations after the sync point replays exactly, flags included. Every
/// other case lifts with a 4 GiB address mask (plain loads before the
/// setters then replay too: region.rs `cc_dead`).
#[test]
fn loops_storing_flags_on_the_way_back_replay_faults_exactly() {
    let mut across = 0;
    let setup = |r: &mut Rng, rig: &mut Rig| {
        rig.ca.g[1] = 1 + r.below(8);
        rig.walk_regs(r, 16);
    };
    let after = |rig: &Rig, code: &Code, st: &Stats, (replayed, insns): (usize, usize)| {
        if st.replayed > replayed && rig.cb.sync_pc == 0x800 && st.insns - insns > code.words.len() {
            across += 1;
        }
    };
    let st = masked_region_cases(0xcc10, "flag-storing loop", &mut gen_cc_loop, &mut { setup }, &mut { after });
    eprintln!("{across} faults replayed from the function's entry across a branch back");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(across > 0, "no fault replayed across a branch back: {st:?}");
}

/// A loop nest whose inner loop (entered through a sync point of its own,
/// region.rs `edge_syncs`) counts %g4 down with `subcc %g4, 1, %g4`, so
/// that its sync points (stores through %g6) store the flags of that
/// compare (`cpu.cc_op` SUB2, `cpu.cc_b` 1) on every iteration but the
/// first; the way in leaves the flags of a compare before it: now and then
/// the same kind with the same b (`cmp %gN, 1`: both constants held on
/// every way in, lift/mod.rs `CcHeld`), or another b, or another kind
/// (`andcc`, `addcc`, `wr %ccr`). In the inner loop: loads walking %g5
/// towards the hole (faults, replayed from its sync points), stores,
/// flag readers (`rd %ccr` settles the flags in `cpu` through a helper),
/// setters of the other kinds.
fn gen_held_nest(r: &mut Rng) -> Vec<u32> {
    let g = |r: &mut Rng| r.pick(&[2u32, 3]);
    let load = |r: &mut Rng| f3(3, g(r), 0x0b, 5, imm13(8 * r.below(4) as i64)); // ldx [%g5 + 8k], %gN
    let store = |r: &mut Rng| f3(3, g(r), 0x0e, 6, imm13(8 * r.below(4) as i64)); // stx %gN, [%g6 + 8k]
    let setter = |r: &mut Rng| match r.below(6) {
        0 | 1 => f3(2, 0, 0x14, g(r), imm13(1)),                   // cmp %gN, 1
        2 => f3(2, 0, 0x14, g(r), imm13(r.below(4) as i64)),       // cmp %gN, k
        3 => f3(2, g(r), 0x11, g(r), imm13(r.below(64) as i64)),   // andcc %gN, k, %gM
        4 => f3(2, g(r), 0x10, g(r), g(r)),                        // addcc %gN, %gM, %gK
        _ => f3(2, 2, 0x30, g(r), imm13(r.below(256) as i64)),     // wr %gN, k, %ccr
    };
    let reader = |r: &mut Rng| match r.below(3) {
        0 => f3(2, g(r), 0x28, 2, 0),                              // rd %ccr, %gN
        1 => f3(2, g(r), 0x08, g(r), imm13(r.below(9) as i64)),    // addc %gN, k, %gM
        // movCOND %xcc, k, %gN
        _ => (2 << 30) | (g(r) << 25) | (0x2c << 19) | (1 << 18) | ((r.below(16) as u32) << 14) | (1 << 13) | (2 << 11) | (r.below(64) as u32),
    };
    // The outer loop's head (w[0]): the inner count in %g4, the flags.
    let mut w = vec![f3(2, 4, 0x02, 0, imm13(1 + r.below(5) as i64))]; // or %g0, n, %g4
    w.push(setter(r));
    if r.pct(30) {
        w.push(store(r));
    }
    let inner = w.len() as i64;
    for _ in 0..1 + r.below(4) {
        w.push(match r.below(8) {
            0 | 1 => load(r),
            2 | 3 | 4 => store(r),
            5 | 6 => reader(r),
            _ => setter(r),
        });
    }
    if r.pct(70) {
        w.push(f3(2, 5, 0x00, 5, imm13(8))); // add %g5, 8, %g5
    }
    w.push(f3(2, 4, 0x14, 4, imm13(1))); // subcc %g4, 1, %g4
    let b = inner - w.len() as i64;
    w.push(bpcc(r.pct(50), 9, 2, b)); // bne(,a) %xcc, inner
    w.push(match r.below(3) {
        0 => NOP,
        1 => load(r),
        _ => store(r),
    });
    push_loop_back(&mut w, r, 60);
    w.push(if r.pct(50) { NOP } else { store(r) });
    w
}

/// Inner loops whose sync points store the flags of the same kind of
/// compare on every iteration, entered through a sync point storing the
/// same kind (lift/mod.rs `CcHeld`, region.rs `RegionCtx::held_in`): the
/// stores of `cpu.cc_op` (and `cpu.cc_b`) that `cpu` holds already are
/// left out, and faults in the loop replay exactly all the same, flags
/// included, after helpers that settle the flags and compares of other
/// kinds. Fails without the mechanism (no store left out).
#[test]
fn inner_loops_keep_the_flag_constants_cpu_holds_exactly() {
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut rig = Rig::new(Flavor::V9);
    let mut st = Stats::default();
    let s0 = seed() ^ 0xcc4e1d;
    let left0 = lastmile_frontend::sparc::lift::held_stores_left_out();
    for case in 0..scale(3000) {
        let mut r = Rng::for_case(s0, case);
        r.next();
        let words = gen_held_nest(&mut r);
        let code = Code { base: 0x800, mask: u64::MAX, words };
        rig.set_space_mask(if case % 2 == 0 { u64::MAX } else { 0xffff_ffff });
        random_state(&mut r, &mut rig.ca, &mut rig.a, 10);
        rig.ca.g[1] = 1 + r.below(6);
        rig.walk_regs(&mut r, 24);
        rig.enter(0x800);
        let what = || format!("held-constant nest case {case} (seed {s0:#x})");
        rig.region_case(&code, &mut st, &what);
    }
    rig.set_space_mask(u64::MAX);
    let left = lastmile_frontend::sparc::lift::held_stores_left_out() - left0;
    st.report("held-constant nests");
    eprintln!("{left} stores of cpu.cc_op or cpu.cc_b left out");
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(st.replayed > 0, "no fault replayed: {st:?}");
    assert!(left > 0, "no store of a held flag constant left out: {st:?}");
}

/// The end of a generated loop whose head is `w[0]`: %g5 steps on, then
/// %g1 counts down (`subcc` and `bne(,a) %xcc`, `subcc_pct` percent of the
/// time, else `sub` and `brnz`) with the delay slot left to the caller.
fn push_loop_back(w: &mut Vec<u32>, r: &mut Rng, subcc_pct: u64) {
    w.push(f3(2, 5, 0x00, 5, imm13(8))); // add %g5, 8, %g5
    let b = w.len() as i64 + 1;
    if r.pct(subcc_pct) {
        w.push(f3(2, 1, 0x14, 1, imm13(1))); // subcc %g1, 1, %g1
        w.push(bpcc(r.pct(30), 9, 2, -b)); // bne(,a) %xcc, head
    } else {
        w.push(f3(2, 1, 0x04, 1, imm13(1))); // sub %g1, 1, %g1
        w.push(bpr(false, 5, 1, -b)); // brnz %g1, head
    }
}

/// A loop nest whose one-block inner loop walks memory through %g5 and %g6
/// with constant steps (region.rs `loop_alignment`): accesses of 2, 4 and
/// 8 bytes at `[%gN + k]` (k a multiple of the size, now and then not) and
/// `[%gN + %g0]`, steps that keep the alignment or break it, now and then
/// another write to the pointer (a load into it, an `or`). Returns the
/// words and the inner loop's index.
fn gen_walk_nest(r: &mut Rng) -> (Vec<u32>, usize) {
    // (op3, size): lduh, lduw, ldx, sth, stw, stx.
    const ACC: [(u32, i64); 6] = [(0x02, 2), (0x00, 4), (0x0b, 8), (0x06, 2), (0x04, 4), (0x0e, 8)];
    let access = |r: &mut Rng| {
        let (op3, size) = r.pick(&ACC);
        let base = r.pick(&[5u32, 6]);
        let rd = if op3 & 4 != 0 { r.pick(&[2u32, 3]) } else { r.pick(&[3u32, 4]) };
        let low = match r.below(10) {
            0 => r.below(32) as u32 & !0x1f, // [%gN + %g0]
            1 => imm13(size / 2 + 1),       // misaligned for the size
            _ => imm13(size * (r.below(7) as i64 - 3)),
        };
        f3(3, rd, op3, base, low)
    };
    let mut w = Vec::new();
    for _ in 0..r.below(3) {
        w.push(f3(2, r.pick(&[2u32, 3, 4]), 0x00, r.pick(&[2u32, 3, 4]), imm13(r.below(64) as i64))); // add
    }
    w.push(f3(2, 1, 0x02, 0, imm13(1 + r.below(5) as i64))); // mov k, %g1
    let inner = w.len();
    for _ in 0..1 + r.below(5) {
        w.push(match r.below(12) {
            0..=6 => access(r),
            7 | 8 => {
                // add/sub %gN, step, %gN
                let g = r.pick(&[5u32, 6]);
                let step = r.pick(&[8i64, 16, -8, 4, 2, 24, 1, 3]);
                f3(2, g, if r.pct(70) { 0x00 } else { 0x04 }, g, imm13(step))
            }
            9 => f3(2, 3, 0x00, 3, imm13(r.below(9) as i64)), // add %g3, k, %g3
            10 => f3(2, 0, 0x14, 3, 4),                       // cmp %g3, %g4
            // Another write to a pointer: the loop then tests each access.
            _ => match r.below(3) {
                0 => f3(3, r.pick(&[5u32, 6]), 0x0b, 6, imm13(0)), // ldx [%g6], %g5/%g6
                1 => f3(2, 5, 0x02, 5, imm13(1)),                 // or %g5, 1, %g5
                _ => f3(2, 6, 0x00, 5, imm13(8)),                 // add %g5, 8, %g6
            },
        });
    }
    w.push(f3(2, 5, 0x00, 5, imm13(8))); // add %g5, 8, %g5
    w.push(f3(2, 1, 0x14, 1, imm13(1))); // subcc %g1, 1, %g1
    let b = w.len() as i64;
    w.push(bpcc(r.pct(30), 9, 2, inner as i64 - b)); // bne(,a) %xcc, inner
    w.push(if r.pct(50) { access(r) } else { NOP });
    w.push(f3(2, 7, 0x14, 7, imm13(1))); // subcc %g7, 1, %g7
    let b = w.len() as i64;
    w.push(bpcc(false, 9, 2, -b)); // bne %xcc, outer
    w.push(NOP);
    (w, inner)
}

/// One-block inner loops that walk memory with constant steps test each
/// pointer's alignment once on the way in instead of at every access
/// (region.rs `loop_alignment`, lift/mod.rs `align_edge_guard`). Pointers
/// start aligned or not (then the way in leaves the region for the inner
/// loop's pc, where the first access traps), walk towards the protected
/// hole (faults replay), and are written in other ways now and then.
/// Compared with the interpreter, with and without the 4 GiB mask.
#[test]
fn walking_inner_loops_test_alignment_once_exactly() {
    let mut misaligned = 0;
    let setup = |r: &mut Rng, rig: &mut Rig| {
        rig.ca.g[7] = 1 + r.below(4);
        rig.walk_regs(r, 16);
        if r.pct(25) {
            rig.ca.g[5 + r.below(2) as usize] += r.pick(&[1u64, 2, 4, 6]);
            misaligned += 1;
        }
    };
    let st = masked_region_cases(0xa119, "walking inner loop", &mut |r| gen_walk_nest(r).0, &mut { setup }, &mut |_, _, _, _| {});
    eprintln!("{misaligned} cases with a pointer misaligned on entry; {} regions left for their own code", st.left_inside);
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(st.replayed > 0, "no fault replayed: {st:?}");
    assert!(st.left_inside > 0, "no alignment test failed on the way in: {st:?}");
    assert!(st.exits.get("Unaligned").is_some_and(|&n| n > 0), "no misaligned access trapped: {st:?}");
}

/// An FP loop (guarded: region.rs `loop_alignment` with fp.rs
/// `guarded_facts`) that walks memory through sums of registers, as fft's
/// butterfly loop does: `lddf`/`stdf [%g5 + %g2]`, `ldf`/`stf`/`ldx`/`stx
/// [%g6 + %g3]`, `lddf [%g5 + 8k]`, stepping %g5 and %g6 by constants and
/// %g2 or %g3 by the invariant %g4 (`add %g2, %g4, %g2`); now and then a
/// step or another write that breaks the alignment (the loop then tests
/// each access through it), FP ops between. The loop is the region's head
/// (the function's entry tests the registers) or the inner loop of a nest
/// (its way in tests them); where a test fails the loop's copy runs,
/// testing every access.
fn gen_fp_walk_loop(r: &mut Rng) -> Vec<u32> {
    let freg = |r: &mut Rng| 2 * r.below(6) as u32;
    let fpop = |r: &mut Rng| f3(2, freg(r), 0x34, freg(r), (r.pick(&[0x42u32, 0x46, 0x4a]) << 5) | freg(r));
    let access = |r: &mut Rng| match r.below(9) {
        0 | 1 => f3(3, freg(r), 0x23, 5, 2),                       // lddf [%g5 + %g2]
        2 => f3(3, freg(r), 0x27, 5, 2),                           // stdf [%g5 + %g2]
        3 => f3(3, r.below(12) as u32, 0x20, 6, 3),                // ldf [%g6 + %g3]
        4 => f3(3, r.below(12) as u32, 0x24, 6, 3),                // stf [%g6 + %g3]
        5 => f3(3, 9, 0x0b, 6, 3),                                 // ldx [%g6 + %g3], %o1
        6 => f3(3, 9, 0x0e, 5, 2),                                 // stx %o1, [%g5 + %g2]
        7 => f3(3, freg(r), 0x23, 5, imm13(8 * r.below(4) as i64)), // lddf [%g5 + 8k]
        _ => f3(3, freg(r), 0x23, 6, imm13(4 * r.below(4) as i64)), // lddf [%g6 + 4k]
    };
    let nest = r.pct(40);
    let mut w = Vec::new();
    if nest {
        w.push(f3(2, 1, 0x02, 0, imm13(1 + r.below(5) as i64))); // mov k, %g1
    }
    let inner = w.len();
    for _ in 0..2 + r.below(5) {
        w.push(match r.below(10) {
            0..=4 => access(r),
            5 | 6 => fpop(r),
            7 => f3(2, 2, 0x00, 2, 4), // add %g2, %g4, %g2
            8 => f3(2, 3, 0x00, 3, 4), // add %g3, %g4, %g3
            // Another write: the loop then tests each access through it.
            _ => match r.below(4) {
                0 => f3(2, r.pick(&[2u32, 3]), 0x00, r.pick(&[2u32, 3]), imm13(r.pick(&[1i64, 4, 8]))), // add %gN, k, %gM
                1 => f3(2, 4, 0x00, 4, imm13(r.pick(&[1i64, 8]))), // add %g4, k, %g4
                2 => f3(2, 2, 0x04, 2, 4),                         // sub %g2, %g4, %g2
                _ => f3(2, 3, 0x00, 4, 3),                         // add %g4, %g3, %g3
            },
        });
    }
    w.push(f3(2, 5, 0x00, 5, imm13(8))); // add %g5, 8, %g5
    if r.pct(50) {
        w.push(f3(2, 6, 0x00, 6, imm13(r.pick(&[8i64, 16, 4, 2])))); // add %g6, k, %g6
    }
    w.push(f3(2, 1, 0x14, 1, imm13(1))); // subcc %g1, 1, %g1
    let b = w.len() as i64;
    w.push(bpcc(r.pct(30), 9, 2, inner as i64 - b)); // bne(,a) %xcc, inner
    w.push(match r.below(3) {
        0 => access(r),
        1 => f3(2, 2, 0x00, 2, 4), // add %g2, %g4, %g2
        _ => NOP,
    });
    if nest {
        w.push(f3(2, 7, 0x14, 7, imm13(1))); // subcc %g7, 1, %g7
        let b = w.len() as i64;
        w.push(bpcc(false, 9, 2, -b)); // bne %xcc, outer
        w.push(NOP);
    }
    w
}

/// FP loops walking memory through sums of registers (see
/// [`gen_fp_walk_loop`]) test the registers' alignment once on the way
/// into the guarded loop, at the function's entry or on the branch into
/// it, and go to the loop's copy where one is misaligned. Registers start
/// aligned or not, %g5 walks towards the protected hole (faults replay),
/// %fsr has aexc.nx set or not; compared with the interpreter, with and
/// without the 4 GiB mask.
#[test]
fn fp_walking_loops_test_alignment_once_exactly() {
    let mut setup = |r: &mut Rng, rig: &mut Rig| {
        for i in 0..32 {
            rig.ca.f[i] = (1023 << 52) | (r.next() >> 12);
        }
        // aexc.nx mostly set: the guarded copy runs.
        rig.ca.fsr = (r.below(32) << 5) | if r.pct(70) { 1 << 5 } else { 0 };
        rig.ca.g[1] = 1 + r.below(6);
        rig.ca.g[7] = 1 + r.below(3);
        rig.walk_regs(r, 12);
        let off = |r: &mut Rng| if r.pct(80) { 8 * r.below(4) } else { r.pick(&[1u64, 2, 4, 6]) };
        rig.ca.g[2] = off(r);
        rig.ca.g[3] = off(r);
        rig.ca.g[4] = if r.pct(80) { r.pick(&[8u64, 16, 0, 8u64.wrapping_neg()]) } else { r.pick(&[1u64, 2, 4]) };
    };
    let st = masked_region_cases(0xf9a1, "FP walking loop", &mut gen_fp_walk_loop, &mut setup, &mut |_, _, _, _| {});
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(st.replayed > 0, "no fault replayed: {st:?}");
    assert!(st.exits.get("Unaligned").is_some_and(|&n| n > 0), "no misaligned access trapped: {st:?}");
}

/// A loop whose branch back has a store in its delay slot: `ba head` (the
/// loop leaves through a `be` earlier on) or `brnz %g1, head`, which make
/// the branch itself the store's sync point (lift/mod.rs `delay_cti`: no
/// nPC stored), or `bne %xcc, head` (a branch on the flags: the store
/// keeps its own sync point with nPC in `cpu`).
fn gen_delay_store_loop(r: &mut Rng) -> Vec<u32> {
    let g = |r: &mut Rng| r.pick(&[2u32, 3, 4]);
    let mut w = Vec::new();
    for _ in 0..1 + r.below(4) {
        w.push(match r.below(4) {
            0 => f3(3, g(r), 0x0b, 5, imm13(8 * r.below(4) as i64)), // ldx [%g5 + 8k], %gN
            1 => f3(3, g(r), 0x0e, 6, imm13(8 * r.below(4) as i64)), // stx %gN, [%g6 + 8k]
            2 => f3(2, 0, 0x14, g(r), imm13(r.below(3) as i64)),     // cmp %gN, k
            _ => f3(2, g(r), 0x00, g(r), imm13(r.below(64) as i64)), // add %gN, k, %gM
        });
    }
    w.push(f3(2, 5, 0x00, 5, imm13(8))); // add %g5, 8, %g5
    let slot = |r: &mut Rng| match r.below(3) {
        0 => f3(3, g(r), 0x0e, 5, imm13(8 * r.below(4) as i64)), // stx %gN, [%g5 + 8k]
        1 => f3(3, g(r), 0x0e, 6, imm13(8 * r.below(4) as i64)), // stx %gN, [%g6 + 8k]
        _ => f3(3, g(r), 0x04, 5, imm13(4 * r.below(4) as i64)), // st %gN, [%g5 + 4k]
    };
    match r.below(3) {
        0 => {
            // subcc %g1, 1, %g1; be out; nop; <more>; ba head; st
            w.push(f3(2, 1, 0x14, 1, imm13(1)));
            let more = r.below(3) as usize;
            w.push(bicc(false, 1, 4 + more as i64)); // be out (past the ba and its slot)
            w.push(NOP);
            for _ in 0..more {
                w.push(f3(2, g(r), 0x00, g(r), imm13(r.below(64) as i64)));
            }
            let b = w.len() as i64;
            w.push(bicc(false, 8, -b)); // ba head
            w.push(slot(r));
        }
        1 => {
            w.push(f3(2, 1, 0x04, 1, imm13(1))); // sub %g1, 1, %g1
            let b = w.len() as i64;
            w.push(bpr(r.pct(30), 5, 1, -b)); // brnz(,a) %g1, head
            w.push(slot(r));
        }
        _ => {
            w.push(f3(2, 1, 0x14, 1, imm13(1))); // subcc %g1, 1, %g1
            let b = w.len() as i64;
            w.push(bpcc(r.pct(30), 9, 2, -b)); // bne(,a) %xcc, head
            w.push(slot(r));
        }
    }
    w.push(NOP);
    w
}

/// Loops with a store in the delay slot of their branch back (see
/// [`gen_delay_store_loop`]), %g5 walking towards the protected hole: a
/// fault at the store, or at a load after it, replays exactly from the
/// branch (or from the store's own sync point after a branch on the
/// flags), with and without the 4 GiB mask.
#[test]
fn stores_in_branch_delay_slots_replay_from_the_branch() {
    let mut setup = |r: &mut Rng, rig: &mut Rig| {
        rig.ca.g[1] = 1 + r.below(8);
        rig.walk_regs(r, 12);
    };
    let st = masked_region_cases(0xde1a, "delay-slot store loop", &mut gen_delay_store_loop, &mut setup, &mut |_, _, _, _| {});
    assert!(st.blocks > st.cases / 2, "too few regions compared: {st:?}");
    assert!(st.replayed > 0, "no fault replayed: {st:?}");
    assert!(st.exits.get("Fault").is_some_and(|&n| n > 0), "no fault: {st:?}");
}
