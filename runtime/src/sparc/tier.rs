//! The first tier's view of guest memory: the interpreter's `GuestMemory`
//! over the runtime's, with the same address fold translated code uses, so
//! a block behaves the same in both tiers.

use crate::mem::{GuestMemory, Prot};
use lastmile_frontend::sparc::interp;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicU8, Ordering};

pub struct InterpMem<'a> {
    pub mem: &'a GuestMemory,
    /// The last region a load or store hit (start, end, readable, writable):
    /// accesses inside it skip the region map. The owner clears it whenever
    /// the map may have changed (after any exit that is not a plain branch:
    /// system calls are the only way guest code changes mappings).
    pub last: Option<&'a std::cell::Cell<Option<(u64, u64, bool, bool)>>>,
}

impl InterpMem<'_> {
    fn fold(&self, addr: u64) -> u64 {
        addr & self.mem.addr_mask()
    }

    /// Host pointer for `size` bytes at folded address `a` if the cached
    /// region allows the access.
    fn cached(&self, a: u64, size: u64, write: bool) -> Option<*mut u8> {
        let (s, e, r, w) = self.last?.get()?;
        (a >= s && a.checked_add(size)? <= e && if write { w } else { r }).then(|| self.mem.host_ptr(a))
    }

    /// After a slow-path access succeeded: remember its region.
    fn remember(&self, a: u64) {
        if let Some(c) = self.last {
            c.set(self.mem.region_at(a).map(|g| (g.start, g.end, g.prot.contains(Prot::READ), g.prot.contains(Prot::WRITE))));
        }
    }

    /// Host pointer for an atomic access of `size` bytes, after checking
    /// that the guest may read and write there.
    fn rw_ptr(&self, addr: u64, size: u64) -> Result<*mut u8, u64> {
        let a = self.fold(addr);
        if !self.mem.check(a, size, Prot::RW) {
            return Err(addr);
        }
        Ok(self.mem.host_ptr(a))
    }
}

impl interp::GuestMemory for InterpMem<'_> {
    fn fetch(&self, addr: u64) -> Option<u32> {
        self.mem.fetch_insn(self.fold(addr))
    }

    fn load(&self, addr: u64, size: usize) -> Result<u64, u64> {
        let mut b = [0u8; 8];
        let a = self.fold(addr);
        if let Some(p) = self.cached(a, size as u64, false) {
            // SAFETY: inside a mapped readable region (cached; the map has
            // not changed since, see `last`).
            unsafe { std::ptr::copy_nonoverlapping(p, b.as_mut_ptr().add(8 - size), size) };
            return Ok(u64::from_be_bytes(b));
        }
        self.mem.read(a, &mut b[8 - size..]).map_err(|_| addr)?;
        self.remember(a);
        Ok(u64::from_be_bytes(b))
    }

    fn store(&self, addr: u64, size: usize, v: u64) -> Result<(), u64> {
        let b = v.to_be_bytes();
        let a = self.fold(addr);
        if let Some(p) = self.cached(a, size as u64, true) {
            // SAFETY: inside a mapped writable region (as load).
            unsafe { std::ptr::copy_nonoverlapping(b.as_ptr().add(8 - size), p, size) };
            return Ok(());
        }
        self.mem.write(a, &b[8 - size..]).map_err(|_| addr)?;
        self.remember(a);
        Ok(())
    }

    fn swap32(&self, addr: u64, v: u32) -> Result<u32, u64> {
        let p = self.rw_ptr(addr, 4)?;
        // SAFETY: checked mapped read-write and 4-aligned (the interpreter
        // checks alignment); host atomics on guest memory, as translated code.
        let a = unsafe { &*(p as *const AtomicU32) };
        Ok(u32::from_be(a.swap(v.to_be(), Ordering::SeqCst)))
    }

    fn ldstub(&self, addr: u64) -> Result<u8, u64> {
        let p = self.rw_ptr(addr, 1)?;
        // SAFETY: as swap32.
        let a = unsafe { &*(p as *const AtomicU8) };
        Ok(a.swap(0xff, Ordering::SeqCst))
    }

    fn cas(&self, addr: u64, size: usize, cmp: u64, new: u64) -> Result<u64, u64> {
        let p = self.rw_ptr(addr, size as u64)?;
        // SAFETY: as swap32 (4- or 8-aligned, checked by the interpreter).
        unsafe {
            if size == 8 {
                let a = &*(p as *const AtomicU64);
                let old = match a.compare_exchange(cmp.to_be(), new.to_be(), Ordering::SeqCst, Ordering::SeqCst) {
                    Ok(v) | Err(v) => v,
                };
                Ok(u64::from_be(old))
            } else {
                let a = &*(p as *const AtomicU32);
                let old = match a.compare_exchange((cmp as u32).to_be(), (new as u32).to_be(), Ordering::SeqCst, Ordering::SeqCst) {
                    Ok(v) | Err(v) => v,
                };
                Ok(u32::from_be(old) as u64)
            }
        }
    }
}
