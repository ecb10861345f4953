//! Helpers that translated IA-64 code calls with guest memory: the register
//! stack engine's spills and fills (the lifter's `rse` helper, which runs
//! `cpu::rse_helper` over the guest memory of this thread's process) and
//! the check a speculative load makes (`spec_ok`).
//!
//! Linux gives user programs an eager RSE (ar.rsc = 0xf) whose traffic goes
//! to the backing store in the program's address space (arch/ia64/mm/init.c
//! maps it): a spill that cannot be written is a fault the guest sees as
//! SIGSEGV (the lifter's `Exit::Fault` with the address).

use crate::mem::{GuestMemory, HotRegion, Prot};
use lastmile_frontend::ia64::cpu::{rse_helper, BackingStore, Ia64Cpu};
use std::cell::Cell;

pub use crate::mem::set_thread_memory;
use crate::mem::with_thread_memory as with_mem;

thread_local! {
    /// The region the last backing-store access went to (normally the
    /// register backing store): accesses inside it skip the lock and the
    /// region map while the map is unchanged ([`GuestMemory::hot_ptr`]).
    static BSTORE: Cell<HotRegion> = const { Cell::new(HotRegion::EMPTY) };
}

/// The backing store as the RSE sees it: aligned little-endian words of
/// guest memory, checked against the region map (or inside the cached
/// region, which the map allowed at its current generation).
pub struct GuestStore<'a>(pub &'a GuestMemory);

impl BackingStore for GuestStore<'_> {
    fn load(&mut self, addr: u64) -> Option<u64> {
        if addr & 7 != 0 {
            return None;
        }
        if let Some(p) = self.0.hot_ptr(&BSTORE, addr, 8, Prot::READ) {
            // SAFETY: 8 bytes inside a region readable at the current map
            // generation (`hot_ptr`); readable guest pages are host-readable.
            return Some(u64::from_le(unsafe { std::ptr::read_unaligned(p as *const u64) }));
        }
        let mut b = [0u8; 8];
        self.0.read(addr, &mut b).ok()?;
        self.0.remember_hot(&BSTORE, addr);
        Some(u64::from_le_bytes(b))
    }
    fn store(&mut self, addr: u64, v: u64) -> bool {
        if addr & 7 != 0 {
            return false;
        }
        if let Some(p) = self.0.hot_ptr(&BSTORE, addr, 8, Prot::WRITE) {
            // SAFETY: as load, for a writable region.
            unsafe { std::ptr::write_unaligned(p as *mut u64, v.to_le()) };
            return true;
        }
        if self.0.write(addr, &v.to_le_bytes()).is_err() {
            return false;
        }
        self.0.remember_hot(&BSTORE, addr);
        true
    }
}

/// The lifter's `rse` helper: `extern "C" fn(cpu, op, arg) -> u64`
/// (translated code passes the CPU it runs on, which nothing else touches
/// while the block runs: a unique reference).
pub extern "C" fn helper_rse(cpu: &mut Ia64Cpu, op: u64, arg: u64) -> u64 {
    with_mem(|m| rse_helper(cpu, &mut GuestStore(m), op, arg))
}

/// The lifter's `spec_ok` helper: 1 when a load of `size` bytes at `addr`
/// would succeed, 0 when it would fault (a speculative load then defers:
/// NaT / NaTVal, as Linux's page-fault path does for `ld.s`, which sets
/// ipsr.ed and lets the hardware defer).
pub extern "C" fn helper_spec_ok(_cpu: &mut Ia64Cpu, addr: u64, size: u64) -> u64 {
    with_mem(|m| m.check(addr, size.max(1), Prot::READ)) as u64
}
