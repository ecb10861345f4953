//! The first tier's view of guest memory: the interpreter's `GuestMemory`
//! over the runtime's, with the same address fold translated code uses, so
//! a block behaves the same in both tiers.

use crate::mem::{GuestMemory, Prot};
use lastmile_frontend::sparc::interp;
use lastmile_jit::cache::PcMap;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicU8, Ordering};

pub struct InterpMem<'a> {
    pub mem: &'a GuestMemory,
    /// The last regions loads, stores and fetches hit: accesses inside one
    /// skip the region map (and its lock). The owner clears it whenever the
    /// map may have changed (after any exit that is not a plain branch:
    /// system calls are the only way guest code changes mappings).
    pub last: Option<&'a RegionCache>,
}

/// Permission bits of a [`RegionCache`] entry.
const R: u8 = 1;
const W: u8 = 2;
const X: u8 = 4;

/// A few recently used guest regions with their permissions, for the
/// interpreter's accesses: a block typically touches the stack, the heap or
/// data, and its code, so one entry alone kept being replaced.
#[derive(Default)]
pub struct RegionCache {
    /// (start, end, R|W|X); an empty entry is (0, 0, 0) and matches nothing.
    ents: [Cell<(u64, u64, u8)>; 4],
    next: Cell<u8>,
}

impl RegionCache {
    /// Forget every entry (the region map may have changed).
    pub fn clear(&self) {
        for e in &self.ents {
            e.set((0, 0, 0));
        }
    }

    /// Does a cached region allow `want` on `[a, a + size)`?
    #[inline(always)]
    fn allows(&self, a: u64, size: u64, want: u8) -> bool {
        let end = a.wrapping_add(size);
        if end < a {
            return false;
        }
        let mut i = 0;
        while i < self.ents.len() {
            let (s, e, p) = self.ents[i].get();
            if a >= s && end <= e && p & want == want {
                return true;
            }
            i += 1;
        }
        false
    }

    fn insert(&self, r: (u64, u64, u8)) {
        let i = self.next.get() as usize % self.ents.len();
        self.ents[i].set(r);
        self.next.set((i + 1) as u8);
    }
}

impl InterpMem<'_> {
    fn fold(&self, addr: u64) -> u64 {
        addr & self.mem.addr_mask()
    }

    /// Host pointer for `size` bytes at folded address `a` if a cached
    /// region allows the access.
    #[inline(always)]
    fn cached(&self, a: u64, size: u64, want: u8) -> Option<*mut u8> {
        self.last?.allows(a, size, want).then(|| self.mem.host_ptr(a))
    }

    /// After a slow-path access succeeded: remember its region.
    fn remember(&self, a: u64) {
        if let Some(c) = self.last {
            if let Some(g) = self.mem.region_at(a) {
                // As Prot::allows: any mapped access right allows reads.
                let p = (if g.prot.intersects(Prot::RWX) { R } else { 0 })
                    | (if g.prot.contains(Prot::WRITE) { W } else { 0 })
                    | (if g.prot.contains(Prot::EXEC) { X } else { 0 });
                c.insert((g.start, g.end, p));
            }
        }
    }

    /// A load outside the cached regions: through the region map.
    #[cold]
    #[inline(never)]
    fn load_slow(&self, addr: u64, size: usize) -> Result<u64, u64> {
        let mut b = [0u8; 8];
        let a = self.fold(addr);
        self.mem.read(a, &mut b[8 - size..]).map_err(|_| addr)?;
        self.remember(a);
        Ok(u64::from_be_bytes(b))
    }

    /// A store outside the cached regions.
    #[cold]
    #[inline(never)]
    fn store_slow(&self, addr: u64, size: usize, v: u64) -> Result<(), u64> {
        let b = v.to_be_bytes();
        let a = self.fold(addr);
        self.mem.write(a, &b[8 - size..]).map_err(|_| addr)?;
        self.remember(a);
        Ok(())
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
    #[inline]
    fn fetch(&self, addr: u64) -> Option<u32> {
        let a = self.fold(addr);
        if a & 3 == 0 {
            if let Some(p) = self.cached(a, 4, X) {
                // SAFETY: inside a mapped executable region (cached, see
                // `last`); executable guest pages are host-readable.
                return Some(u32::from_be(unsafe { std::ptr::read_unaligned(p as *const u32) }));
            }
        }
        let w = self.mem.fetch_insn(a)?;
        self.remember(a);
        Some(w)
    }

    #[inline(always)]
    fn load(&self, addr: u64, size: usize) -> Result<u64, u64> {
        let mut b = [0u8; 8];
        let a = self.fold(addr);
        if let Some(p) = self.cached(a, size as u64, R) {
            // SAFETY: inside a mapped readable region (cached; the map has
            // not changed since, see `last`). One host access of the size
            // (a copy of a variable size would be a call to memcpy).
            unsafe {
                return Ok(match size {
                    1 => *p as u64,
                    2 => u16::from_be(std::ptr::read_unaligned(p as *const u16)) as u64,
                    4 => u32::from_be(std::ptr::read_unaligned(p as *const u32)) as u64,
                    8 => u64::from_be(std::ptr::read_unaligned(p as *const u64)),
                    _ => {
                        std::ptr::copy_nonoverlapping(p, b.as_mut_ptr().add(8 - size), size);
                        u64::from_be_bytes(b)
                    }
                });
            }
        }
        self.load_slow(addr, size)
    }

    #[inline(always)]
    fn store(&self, addr: u64, size: usize, v: u64) -> Result<(), u64> {
        let b = v.to_be_bytes();
        let a = self.fold(addr);
        if let Some(p) = self.cached(a, size as u64, W) {
            // SAFETY: inside a mapped writable region (as load).
            unsafe {
                match size {
                    1 => *p = v as u8,
                    2 => std::ptr::write_unaligned(p as *mut u16, (v as u16).to_be()),
                    4 => std::ptr::write_unaligned(p as *mut u32, (v as u32).to_be()),
                    8 => std::ptr::write_unaligned(p as *mut u64, v.to_be()),
                    _ => std::ptr::copy_nonoverlapping(b.as_ptr().add(8 - size), p, size),
                }
            }
            return Ok(());
        }
        self.store_slow(addr, size, v)
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

/// Slots of [`BlockCache`]'s direct-mapped front (a power of two).
const BLOCK_FAST_SLOTS: usize = 1 << 12;

/// Blocks decoded for the interpreter, by pc: a hash map with a
/// direct-mapped table in front of it (indexed by pc bits), so that the
/// block the dispatcher runs next is mostly found without hashing. (Not
/// measured alone: it came with the interpreter's pre-decoded form,
/// 2026-12-04, when perf put the dispatcher's path, this lookup one of its
/// hash lookups, at a quarter of pure interpretation of sparc64
/// hashtable.) Entries are only ever added or all dropped at once.
pub struct BlockCache {
    map: PcMap<u64, Rc<interp::Block>>,
    /// (pc, block) of a pc looked up or inserted recently; None: empty.
    fast: Box<[Option<(u64, Rc<interp::Block>)>]>,
}

impl Default for BlockCache {
    fn default() -> BlockCache {
        BlockCache { map: PcMap::default(), fast: vec![None; BLOCK_FAST_SLOTS].into_boxed_slice() }
    }
}

impl BlockCache {
    #[inline]
    fn slot(pc: u64) -> usize {
        (pc >> 2) as usize & (BLOCK_FAST_SLOTS - 1)
    }

    /// The block decoded at `pc`, if any.
    #[inline(always)]
    pub fn get(&mut self, pc: u64) -> Option<&Rc<interp::Block>> {
        let s = Self::slot(pc);
        if !matches!(&self.fast[s], Some((p, _)) if *p == pc) {
            let b = self.map.get(&pc)?;
            self.fast[s] = Some((pc, b.clone()));
        }
        self.fast[s].as_ref().map(|(_, b)| b)
    }

    pub fn insert(&mut self, pc: u64, b: Rc<interp::Block>) {
        self.fast[Self::slot(pc)] = Some((pc, b.clone()));
        self.map.insert(pc, b);
    }

    /// Drop every block.
    pub fn clear(&mut self) {
        self.map.clear();
        self.fast.iter_mut().for_each(|f| *f = None);
    }
}
