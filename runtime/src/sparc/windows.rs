//! Register-window overflow and underflow, as Linux's spill and fill
//! handlers perform them (arch/sparc/kernel/etrap_64.S, rtrap_64.S,
//! winfixup.S): a spilled window's locals and ins go to the 16 words at its
//! own %sp (+ 2047 for 64-bit frames), and a window restored from memory is
//! read from the same place.

use lastmile_frontend::sparc::cpu::{Exit, SparcCpu, NWINDOWS, WIN_REGS};

pub use crate::mem::set_thread_memory;
use crate::mem::with_thread_memory as with_mem;

/// Highest window base: the oldest window's ins end the array.
const TOP: u64 = ((NWINDOWS - 1) * 16) as u64;

/// Where window `base`'s save area is, and its element size.
fn save_area(cpu: &SparcCpu, base: u64) -> (u64, usize) {
    let sp = cpu.win[base as usize + 6];
    if cpu.bias != 0 {
        (sp.wrapping_add(cpu.bias), 8)
    } else {
        (sp & 0xffff_ffff, 4)
    }
}

/// Write window `base`'s locals and ins to its frame.
fn spill_one(cpu: &mut SparcCpu, base: u64) -> Result<(), u64> {
    let (addr, sz) = save_area(cpu, base);
    let mut buf = [0u8; 128];
    for i in 0..16 {
        let v = cpu.win[base as usize + 8 + i];
        if sz == 8 {
            buf[i * 8..i * 8 + 8].copy_from_slice(&v.to_be_bytes());
        } else {
            buf[i * 4..i * 4 + 4].copy_from_slice(&(v as u32).to_be_bytes());
        }
    }
    let n = 16 * sz;
    if addr % sz as u64 != 0 {
        return Err(addr);
    }
    with_mem(|m| m.write(addr, &buf[..n])).map_err(|_| addr)
}

/// Read window `base`'s locals and ins from its frame (its %sp is in its outs).
fn fill_one(cpu: &mut SparcCpu, base: u64) -> Result<(), u64> {
    let (addr, sz) = save_area(cpu, base);
    let n = 16 * sz;
    let mut buf = [0u8; 128];
    if addr % sz as u64 != 0 {
        return Err(addr);
    }
    with_mem(|m| m.read(addr, &mut buf[..n])).map_err(|_| addr)?;
    for i in 0..16 {
        let v = if sz == 8 {
            u64::from_be_bytes(buf[i * 8..i * 8 + 8].try_into().expect("8 bytes"))
        } else {
            u32::from_be_bytes(buf[i * 4..i * 4 + 4].try_into().expect("4 bytes")) as u64
        };
        cpu.win[base as usize + 8 + i] = v;
    }
    Ok(())
}

/// Spill the `k` oldest windows held in the array.
fn spill_oldest(cpu: &mut SparcCpu, k: u64) -> Result<(), u64> {
    for j in 0..k {
        let base = cpu.wbase + 16 * (cpu.canrestore - j);
        spill_one(cpu, base)?;
    }
    cpu.canrestore -= k;
    Ok(())
}

/// Move the valid windows (current and `canrestore` older) to the top of the
/// array, making room below for saves.
fn compact_to_top(cpu: &mut SparcCpu) {
    let len = (16 * cpu.canrestore + 24) as usize;
    let new_base = TOP - 16 * cpu.canrestore;
    if new_base != cpu.wbase {
        cpu.win.copy_within(cpu.wbase as usize..cpu.wbase as usize + len, new_base as usize);
        cpu.set_wbase(new_base);
    }
    debug_assert!(new_base as usize + len == WIN_REGS);
}

fn fail(cpu: &mut SparcCpu, addr: u64) -> u64 {
    cpu.exit_arg = addr;
    Exit::Fault as u64
}

/// The window part of `save`.
pub extern "C" fn helper_save(cpu: *mut SparcCpu) -> u64 {
    // SAFETY: translated code passes the CPU it runs on.
    let cpu = unsafe { &mut *cpu };
    if cpu.wbase < 16 {
        // Window overflow: spill the older half.
        let k = (cpu.canrestore + 1) / 2;
        if let Err(a) = spill_oldest(cpu, k) {
            return fail(cpu, a);
        }
        compact_to_top(cpu);
    }
    let nb = cpu.wbase - 16;
    cpu.set_wbase(nb);
    cpu.canrestore += 1;
    0
}

/// The window part of `restore` and `return`.
pub extern "C" fn helper_restore(cpu: *mut SparcCpu) -> u64 {
    // SAFETY: translated code passes the CPU it runs on.
    let cpu = unsafe { &mut *cpu };
    if cpu.canrestore > 0 {
        let nb = cpu.wbase + 16;
        cpu.set_wbase(nb);
        cpu.canrestore -= 1;
        return 0;
    }
    // Window underflow: the restored window's outs are our ins; fill its
    // locals and ins from its frame. Make room above first if needed.
    if cpu.wbase >= TOP {
        let mid = ((NWINDOWS / 2) * 16) as u64;
        cpu.win.copy_within(cpu.wbase as usize..cpu.wbase as usize + 24, mid as usize);
        cpu.set_wbase(mid);
    }
    let nb = cpu.wbase + 16;
    if let Err(a) = fill_one(cpu, nb) {
        return fail(cpu, a);
    }
    cpu.set_wbase(nb);
    0
}

/// `flushw` (and `ta 3`): every window but the current one goes to memory.
pub extern "C" fn helper_flushw(cpu: *mut SparcCpu) -> u64 {
    // SAFETY: translated code passes the CPU it runs on.
    let cpu = unsafe { &mut *cpu };
    let k = cpu.canrestore;
    if let Err(a) = spill_oldest(cpu, k) {
        return fail(cpu, a);
    }
    0
}

/// %tick: a monotonic count (nanoseconds since an arbitrary start).
pub extern "C" fn helper_tick(_cpu: *mut SparcCpu) -> u64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes the timespec we pass.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    (ts.tv_sec as u64).wrapping_mul(1_000_000_000).wrapping_add(ts.tv_nsec as u64)
}

/// Write the current window's locals and ins to its frame (as a trap into
/// the kernel makes them visible: the kernel runs in another window).
pub fn spill_current(cpu: &mut SparcCpu) -> Result<(), u64> {
    let b = cpu.wbase;
    spill_one(cpu, b)
}

/// Reload the current window's locals and ins from its frame, after the
/// runtime changed %sp (setcontext, sigreturn); older windows are all in
/// memory afterwards.
pub fn refill_current(cpu: &mut SparcCpu) -> Result<(), u64> {
    cpu.canrestore = 0;
    let b = cpu.wbase;
    fill_one(cpu, b)
}
