//! Chaining storage: the exit slots of direct exits and the indirect-branch
//! lookup table. Both are plain memory that translated code reads and the
//! runtime writes; code itself is never patched.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// A fixed pool of exit slots (8 bytes each).
pub struct SlotArena {
    slots: Box<[AtomicU64]>,
    next: AtomicUsize,
}

impl SlotArena {
    /// A leaked arena of `n` slots (it lives as long as the process, as
    /// translated code refers to it).
    pub fn leak(n: usize) -> &'static SlotArena {
        // Zeroed allocation (calloc: untouched pages cost no memory until a
        // slot is used). AtomicU64 has the layout of u64.
        let zeroed: Box<[u64]> = vec![0u64; n].into_boxed_slice();
        // SAFETY: AtomicU64 has the same size, alignment and bit validity as u64.
        let slots: Box<[AtomicU64]> = unsafe { Box::from_raw(Box::into_raw(zeroed) as *mut [AtomicU64]) };
        Box::leak(Box::new(SlotArena { slots, next: AtomicUsize::new(0) }))
    }

    /// Empty every slot and start allocating from the first again (after
    /// every translation that referred to them was dropped).
    pub fn unlink_all(&self) {
        let used = self.used();
        for s in &self.slots[..used] {
            s.store(0, Ordering::Relaxed);
        }
        self.next.store(0, Ordering::Relaxed);
    }

    pub fn used(&self) -> usize {
        self.next.load(Ordering::Relaxed).min(self.slots.len())
    }
}

impl lastmile_frontend::sparc::lift::SlotAlloc for SlotArena {
    fn alloc_slot(&self) -> u64 {
        let i = self.next.fetch_add(1, Ordering::Relaxed);
        match self.slots.get(i) {
            Some(s) => s as *const AtomicU64 as u64,
            None => 0,
        }
    }
}

/// Fill an exit slot with a block's code address.
///
/// # Safety
/// `slot` must come from a [`SlotArena`].
pub unsafe fn fill_slot(slot: u64, code: *const u8) {
    (*(slot as *const AtomicU64)).store(code as u64, Ordering::Release);
}

/// The indirect-branch table: (guest pc, host code) pairs, direct-mapped.
pub struct IndirectTable {
    entries: Box<[[AtomicU64; 2]]>,
}

impl IndirectTable {
    /// A leaked table of `n` entries (a power of two).
    pub fn leak(n: usize) -> &'static IndirectTable {
        assert!(n.is_power_of_two());
        let e: Vec<[AtomicU64; 2]> = (0..n).map(|_| [AtomicU64::new(u64::MAX), AtomicU64::new(0)]).collect();
        Box::leak(Box::new(IndirectTable { entries: e.into_boxed_slice() }))
    }

    pub fn addr(&self) -> u64 {
        self.entries.as_ptr() as u64
    }

    pub fn mask(&self) -> u64 {
        self.entries.len() as u64 - 1
    }

    /// Record that guest `pc` runs `code`. (Single-threaded guests for now:
    /// a concurrent reader could pair a new pc with an old code pointer; the
    /// multi-thread work replaces this with a seqlock or one 16-byte store.)
    pub fn insert(&self, pc: u64, code: *const u8) {
        let e = &self.entries[((pc >> 2) & self.mask()) as usize];
        e[0].store(u64::MAX, Ordering::Relaxed);
        e[1].store(code as u64, Ordering::Relaxed);
        e[0].store(pc, Ordering::Release);
    }

    pub fn clear(&self) {
        for e in self.entries.iter() {
            e[0].store(u64::MAX, Ordering::Relaxed);
        }
    }
}
