//! Register-window overflow and underflow, as Linux's spill and fill
//! handlers perform them (arch/sparc/kernel/etrap_64.S, rtrap_64.S,
//! winfixup.S): a spilled window's locals and ins go to the 16 words at its
//! own %sp (+ 2047 for 64-bit frames), and a window restored from memory is
//! read from the same place.

use lastmile_frontend::sparc::cpu::{Exit, SparcCpu, NWINDOWS, WIN_REGS};
use std::cell::Cell;

pub use crate::mem::set_thread_memory;
use crate::mem::with_thread_memory as with_mem;
use crate::mem::{GuestMemory, HotRegion, Prot};

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

thread_local! {
    /// The region the last spill or fill went to (normally the stack).
    static STACK: Cell<HotRegion> = const { Cell::new(HotRegion::EMPTY) };
}

/// Write window `base`'s locals and ins to its frame. A fault (unaligned,
/// unmapped or read-only save area) reports the save area's address.
fn spill_one(m: &GuestMemory, cpu: &SparcCpu, base: u64) -> Result<(), u64> {
    let (addr, sz) = save_area(cpu, base);
    if addr % sz as u64 != 0 {
        return Err(addr);
    }
    let regs = &cpu.win[base as usize + 8..base as usize + 24];
    if let Some(p) = m.hot_ptr(&STACK, addr, 16 * sz as u64, Prot::WRITE) {
        // SAFETY: the 16 * sz bytes at `addr` are inside a region mapped
        // writable at the current map generation (`hot_ptr`); guest pages
        // that are writable are host-writable.
        unsafe {
            if sz == 8 {
                for (i, v) in regs.iter().enumerate() {
                    std::ptr::write_unaligned((p as *mut u64).add(i), v.to_be());
                }
            } else {
                for (i, v) in regs.iter().enumerate() {
                    std::ptr::write_unaligned((p as *mut u32).add(i), (*v as u32).to_be());
                }
            }
        }
        return Ok(());
    }
    spill_slow(m, regs, addr, sz)
}

/// A spill outside the cached region: through the region map.
#[cold]
#[inline(never)]
fn spill_slow(m: &GuestMemory, regs: &[u64], addr: u64, sz: usize) -> Result<(), u64> {
    let mut buf = [0u8; 128];
    for (i, v) in regs.iter().enumerate() {
        if sz == 8 {
            buf[i * 8..i * 8 + 8].copy_from_slice(&v.to_be_bytes());
        } else {
            buf[i * 4..i * 4 + 4].copy_from_slice(&(*v as u32).to_be_bytes());
        }
    }
    m.write(addr, &buf[..16 * sz]).map_err(|_| addr)?;
    m.remember_hot(&STACK, addr);
    Ok(())
}

/// Read window `base`'s locals and ins from its frame (its %sp is in its
/// outs). A fault reports the save area's address, as for spills.
fn fill_one(m: &GuestMemory, cpu: &mut SparcCpu, base: u64) -> Result<(), u64> {
    let (addr, sz) = save_area(cpu, base);
    if addr % sz as u64 != 0 {
        return Err(addr);
    }
    let regs = &mut cpu.win[base as usize + 8..base as usize + 24];
    if fill_hot(m, regs, addr, sz) {
        return Ok(());
    }
    fill_slow(m, regs, addr, sz)
}

/// Fill `regs` from the save area at `addr` (`sz`-byte slots) when it lies
/// in the thread's cached stack region, readable; false (nothing read)
/// otherwise.
fn fill_hot(m: &GuestMemory, regs: &mut [u64], addr: u64, sz: usize) -> bool {
    let Some(p) = m.hot_ptr(&STACK, addr, 16 * sz as u64, Prot::READ) else { return false };
    // SAFETY: inside a region mapped readable at the current map
    // generation (`hot_ptr`); readable guest pages are host-readable.
    unsafe {
        if sz == 8 {
            for (i, v) in regs.iter_mut().enumerate() {
                *v = u64::from_be(std::ptr::read_unaligned((p as *const u64).add(i)));
            }
        } else {
            for (i, v) in regs.iter_mut().enumerate() {
                *v = u32::from_be(std::ptr::read_unaligned((p as *const u32).add(i))) as u64;
            }
        }
    }
    true
}

/// A fill outside the cached region: through the region map.
#[cold]
#[inline(never)]
fn fill_slow(m: &GuestMemory, regs: &mut [u64], addr: u64, sz: usize) -> Result<(), u64> {
    let mut buf = [0u8; 128];
    m.read(addr, &mut buf[..16 * sz]).map_err(|_| addr)?;
    for (i, v) in regs.iter_mut().enumerate() {
        *v = if sz == 8 {
            u64::from_be_bytes(buf[i * 8..i * 8 + 8].try_into().expect("8 bytes"))
        } else {
            u32::from_be_bytes(buf[i * 4..i * 4 + 4].try_into().expect("4 bytes")) as u64
        };
    }
    m.remember_hot(&STACK, addr);
    Ok(())
}

/// Spill the `k` oldest windows held in the array.
fn spill_oldest(cpu: &mut SparcCpu, k: u64) -> Result<(), u64> {
    with_mem(|m| {
        for j in 0..k {
            let base = cpu.wbase() + 16 * (cpu.canrestore() - j);
            spill_one(m, cpu, base)?;
        }
        Ok::<(), u64>(())
    })?;
    cpu.set_canrestore(cpu.canrestore() - k);
    Ok(())
}

/// Move the valid windows (current and `canrestore` older) to the top of the
/// array, making room below for saves.
fn compact_to_top(cpu: &mut SparcCpu) {
    let len = (16 * cpu.canrestore() + 24) as usize;
    let new_base = TOP - 16 * cpu.canrestore();
    let wb = cpu.wbase() as usize;
    if new_base != wb as u64 {
        cpu.win.copy_within(wb..wb + len, new_base as usize);
        cpu.set_wbase(new_base);
    }
    debug_assert!(new_base as usize + len == WIN_REGS);
}

fn fail(cpu: &mut SparcCpu, addr: u64) -> u64 {
    cpu.exit_arg = addr;
    Exit::Fault as u64
}

/// The window part of `save`: returns 0 or an [`Exit`] code, and leaves it
/// in `cpu.helper_status` too (translated code calls it without a result;
/// see lift::Helpers).
pub extern "C" fn helper_save(cpu: *mut SparcCpu) -> u64 {
    // SAFETY: translated code passes the CPU it runs on.
    let cpu = unsafe { &mut *cpu };
    cpu.helper_status = save(cpu);
    cpu.helper_status
}

/// The window part of `restore` and `return`, as [`helper_save`].
pub extern "C" fn helper_restore(cpu: *mut SparcCpu) -> u64 {
    // SAFETY: translated code passes the CPU it runs on.
    let cpu = unsafe { &mut *cpu };
    cpu.helper_status = restore(cpu);
    cpu.helper_status
}

fn save(cpu: &mut SparcCpu) -> u64 {
    if cpu.wbase() < 16 {
        // Window overflow: spill the older half.
        let k = (cpu.canrestore() + 1) / 2;
        if let Err(a) = spill_oldest(cpu, k) {
            return fail(cpu, a);
        }
        compact_to_top(cpu);
    }
    // The new window below; rlimit stays: canrestore goes up by one.
    cpu.wptr = cpu.wptr.wrapping_sub(16);
    0
}

fn restore(cpu: &mut SparcCpu) -> u64 {
    if cpu.wptr < cpu.rlimit {
        // canrestore goes down by one (rlimit stays).
        cpu.wptr = cpu.wptr.wrapping_add(16);
        return 0;
    }
    // Window underflow: the restored window's outs are our ins; fill its
    // locals and ins from its frame. Make room above first if needed.
    if cpu.wbase() >= TOP {
        let mid = ((NWINDOWS / 2) * 16) as u64;
        let wb = cpu.wbase() as usize;
        cpu.win.copy_within(wb..wb + 24, mid as usize);
        cpu.set_wbase(mid);
    }
    let nb = cpu.wbase() + 16;
    if let Err(a) = with_mem(|m| fill_one(m, cpu, nb)) {
        return fail(cpu, a);
    }
    cpu.set_wbase(nb);
    let k = with_mem(|m| fill_ahead(m, cpu));
    cpu.set_canrestore(k);
    0
}

/// Most windows an underflow fills beyond the one it restores. A return
/// chain (Ackermann's unwinding) otherwise calls the restore helper at every
/// `restore`; with them in the ring, the next restores take translated
/// code's fast path. Measured 2026-12-03 on benches/out/sparc64/recursion
/// (perf uprobes on helper_restore, perf cpu-clock samples, 3 runs each):
/// 907554 restore-helper calls with none ahead, 117625 with 8, 59460 with
/// 16; the window helpers' share of samples 10.4-12.9% with none, 5.4-7.4%
/// with 8, 6.0-8.4% with 16 (no clear gain for reading more frames early).
const FILL_AHEAD: u64 = 8;

/// After an underflow filled the current window: fill up to [`FILL_AHEAD`]
/// older windows from their frames, as far as the ring has room and their
/// save areas are aligned and in the thread's cached stack region; returns
/// how many (the new `canrestore`). Only reads that cannot fault are done
/// early: a frame that is not readable now (or not in the cached region)
/// is left in memory, and the `restore` that reaches it fills it as before
/// (and faults there as Linux does). The ABI reserves a frame's register
/// save area for the system, so when it is read is not visible to a
/// program (flushw, signal delivery and setcontext spill or reload the
/// windows where Linux does).
fn fill_ahead(m: &GuestMemory, cpu: &mut SparcCpu) -> u64 {
    let mut k = 0;
    while k < FILL_AHEAD {
        let base = cpu.wbase() + 16 * (k + 1);
        if base > TOP {
            break;
        }
        let (addr, sz) = save_area(cpu, base);
        if addr % sz as u64 != 0 {
            break;
        }
        if !fill_hot(m, &mut cpu.win[base as usize + 8..base as usize + 24], addr, sz) {
            break;
        }
        k += 1;
    }
    k
}

/// `flushw` (and `ta 3`): every window but the current one goes to memory.
pub extern "C" fn helper_flushw(cpu: *mut SparcCpu) -> u64 {
    // SAFETY: translated code passes the CPU it runs on.
    let cpu = unsafe { &mut *cpu };
    let k = cpu.canrestore();
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
    let b = cpu.wbase();
    with_mem(|m| spill_one(m, cpu, b))
}

/// Reload the current window's locals and ins from its frame, after the
/// runtime changed %sp (setcontext, sigreturn); older windows are all in
/// memory afterwards.
pub fn refill_current(cpu: &mut SparcCpu) -> Result<(), u64> {
    cpu.set_canrestore(0);
    let b = cpu.wbase();
    with_mem(|m| fill_one(m, cpu, b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mem::{RegionKind, GUEST_PAGE_SIZE};
    use lastmile_frontend::sparc::cpu::STACK_BIAS64;
    use std::sync::Arc;

    /// Where the save area of frame `i` of a chain starts (8-aligned) and
    /// the frame's biased %sp: frames 176 bytes apart upward from `first`.
    fn frame(first: u64, i: u64) -> (u64, u64) {
        let area = first + 176 * i;
        (area, area - STACK_BIAS64)
    }

    /// The value frame `i` holds in its save slot `r` (0..8 locals, 8..16
    /// ins); its %i6 (slot 14) is the next frame's %sp.
    fn slot(first: u64, i: u64, r: u64) -> u64 {
        if r == 14 {
            frame(first, i + 1).1
        } else {
            0x1000 * (i + 1) + r
        }
    }

    /// A 64-bit CPU in a fresh address space whose stack page(s) at
    /// `stack` hold `n` frames of a call chain starting at `first`, the
    /// current window with no older window in the ring and its %fp at the
    /// first frame.
    fn chain(stack: u64, pages: u64, first: u64, n: u64) -> Box<SparcCpu> {
        let m = GuestMemory::new(40).unwrap();
        m.map_fixed(stack, pages * GUEST_PAGE_SIZE, Prot::RW, RegionKind::Stack).unwrap();
        for i in 0..n {
            for r in 0..16 {
                m.write(frame(first, i).0 + 8 * r, &slot(first, i, r).to_be_bytes()).unwrap();
            }
        }
        let mut cpu = SparcCpu::new_boxed(m.base() as u64, true);
        set_thread_memory(Arc::new(m));
        cpu.set_canrestore(0);
        let b = cpu.wbase() as usize;
        cpu.win[b + 22] = frame(first, 0).1;
        cpu
    }

    fn check_window(cpu: &SparcCpu, first: u64, i: u64) {
        let b = cpu.wbase() as usize;
        for r in 0..16 {
            assert_eq!(cpu.win[b + 8 + r as usize], slot(first, i, r), "frame {i} slot {r}");
        }
    }

    /// An underflow fills the window it restores and up to FILL_AHEAD older
    /// ones (so the restores after it stay inline); every restore sees its
    /// frame's saved registers, as one fill per restore would give.
    #[test]
    fn sparc_window_underflow_fills_older_frames_ahead() {
        let stack = 0x7000_0000;
        let first = stack + 0x100;
        let mut cpu = chain(stack, 2, first, 40);
        assert_eq!(restore(&mut cpu), 0);
        check_window(&cpu, first, 0);
        assert_eq!(cpu.canrestore(), FILL_AHEAD);
        for i in 1..40 {
            assert_eq!(restore(&mut cpu), 0, "restore {i}");
            check_window(&cpu, first, i);
        }
    }

    /// Filling ahead stops at a frame outside the readable stack without a
    /// fault; the restore that reaches that frame faults on its save area
    /// as before (Linux: user_rtt_fill_fixup sends SIGSEGV).
    #[test]
    fn sparc_window_fill_ahead_stops_at_an_unreadable_frame() {
        let stack = 0x7000_0000;
        // Frames 0..3 end the page; frame 3's save area starts past it.
        let first = stack + GUEST_PAGE_SIZE - 3 * 176;
        let mut cpu = chain(stack, 1, first, 3);
        assert_eq!(restore(&mut cpu), 0);
        check_window(&cpu, first, 0);
        assert_eq!(cpu.canrestore(), 2);
        for i in 1..3 {
            assert_eq!(restore(&mut cpu), 0);
            check_window(&cpu, first, i);
        }
        assert_eq!(restore(&mut cpu), Exit::Fault as u64);
        assert_eq!(cpu.exit_arg, frame(first, 3).0);
    }
}
