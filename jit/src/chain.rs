//! Chaining storage: the exit slots of direct exits and the indirect-branch
//! lookup table. Both are plain memory that translated code reads and the
//! runtime writes; code itself is never patched.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// A fixed pool of exit slots: 16-byte cells of (host code address of the
/// block the exit goes to, 0 while unlinked; guest pc it goes to). The
/// guest pc is for the runtime: an unlinked exit returns with only the
/// slot's address in `chain_slot` ([`slot_target`]).
pub struct SlotArena {
    slots: Box<[[AtomicU64; 2]]>,
    next: AtomicUsize,
}

impl SlotArena {
    /// A leaked arena of `n` slots (it lives as long as the process, as
    /// translated code refers to it).
    pub fn leak(n: usize) -> &'static SlotArena {
        // Zeroed allocation (calloc: untouched pages cost no memory until a
        // slot is used). AtomicU64 has the layout of u64.
        let zeroed: Box<[[u64; 2]]> = vec![[0u64; 2]; n].into_boxed_slice();
        // SAFETY: AtomicU64 has the same size, alignment and bit validity as u64.
        let slots: Box<[[AtomicU64; 2]]> = unsafe { Box::from_raw(Box::into_raw(zeroed) as *mut [[AtomicU64; 2]]) };
        Box::leak(Box::new(SlotArena { slots, next: AtomicUsize::new(0) }))
    }

    /// Empty every slot and start allocating from the first again (after
    /// every translation that referred to them was dropped).
    pub fn unlink_all(&self) {
        let used = self.used();
        for s in &self.slots[..used] {
            s[0].store(0, Ordering::Relaxed);
        }
        self.next.store(0, Ordering::Relaxed);
    }

    /// Empty every slot, keeping them allocated (to the same guest pcs):
    /// the exits return to the runtime, which links them again to what
    /// runs at their pcs now (a region compiled again).
    pub fn unlink_kept(&self) {
        for s in &self.slots[..self.used()] {
            s[0].store(0, Ordering::Relaxed);
        }
    }

    /// Point every slot that goes to the code at `old` to `new` instead
    /// (a translation replaced by another of the same guest pc): the exits
    /// that were linked stay linked, none returns to the runtime.
    pub fn relink(&self, old: *const u8, new: *const u8) {
        for s in &self.slots[..self.used()] {
            if s[0].load(Ordering::Relaxed) == old as u64 {
                s[0].store(new as u64, Ordering::Release);
            }
        }
    }

    pub fn used(&self) -> usize {
        self.next.load(Ordering::Relaxed).min(self.slots.len())
    }
}

impl lastmile_frontend::sparc::lift::SlotAlloc for SlotArena {
    fn alloc_slot(&self) -> u64 {
        self.alloc_slot_to(0)
    }

    fn alloc_slot_to(&self, pc: u64) -> u64 {
        let i = self.next.fetch_add(1, Ordering::Relaxed);
        match self.slots.get(i) {
            Some(s) => {
                s[0].store(0, Ordering::Relaxed);
                s[1].store(pc, Ordering::Relaxed);
                &s[0] as *const AtomicU64 as u64
            }
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

/// The guest pc an exit slot goes to (given to `alloc_slot_to`; 0 from
/// `alloc_slot`).
///
/// # Safety
/// `slot` must come from a [`SlotArena`].
pub unsafe fn slot_target(slot: u64) -> u64 {
    (*((slot + 8) as *const AtomicU64)).load(Ordering::Relaxed)
}

/// The indirect-branch table: (guest pc, host code) pairs, direct-mapped.
pub struct IndirectTable {
    entries: Box<[[AtomicU64; 2]]>,
}

impl IndirectTable {
    /// A leaked table of `n` entries (a power of two).
    ///
    /// An empty entry must match no pc a lookup can ask for. Entry `i`
    /// is only asked for pcs with `(pc >> 2) & mask == i`, so a zero key
    /// can only be matched by pc 0, at entry 0: every entry but the first
    /// starts zeroed (calloc: untouched pages cost no start-up time and no
    /// memory; the table is 16 bytes an entry), the first gets key
    /// `u64::MAX` (no pc).
    pub fn leak(n: usize) -> &'static IndirectTable {
        assert!(n.is_power_of_two());
        let zeroed: Box<[[u64; 2]]> = vec![[0u64; 2]; n].into_boxed_slice();
        // SAFETY: AtomicU64 has the same size, alignment and bit validity as u64.
        let entries: Box<[[AtomicU64; 2]]> = unsafe { Box::from_raw(Box::into_raw(zeroed) as *mut [[AtomicU64; 2]]) };
        entries[0][0].store(u64::MAX, Ordering::Relaxed);
        Box::leak(Box::new(IndirectTable { entries }))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The key of the entry a lookup of `pc` reads (as translated code
    /// indexes the table: `(pc >> 2) & mask`).
    fn key_for(t: &IndirectTable, pc: u64) -> u64 {
        t.entries[((pc >> 2) & t.mask()) as usize][0].load(Ordering::Relaxed)
    }

    /// An unlinked SPARC exit returns with only its slot: the slot must
    /// give the runtime the guest pc it goes to, before and after it is
    /// filled, and again once reused after `unlink_all`.
    #[test]
    fn exit_slots_keep_their_guest_target() {
        use lastmile_frontend::sparc::lift::SlotAlloc;
        let a = SlotArena::leak(4);
        let s1 = a.alloc_slot_to(0x10_0040);
        let s2 = a.alloc_slot_to(0xffff_fffc);
        assert_ne!(s1, s2);
        // SAFETY: slots of `a`.
        unsafe {
            assert_eq!(*(s1 as *const u64), 0, "a fresh slot is empty");
            assert_eq!((slot_target(s1), slot_target(s2)), (0x10_0040, 0xffff_fffc));
            fill_slot(s1, 0x1234 as *const u8);
            assert_eq!(*(s1 as *const u64), 0x1234);
            assert_eq!(slot_target(s1), 0x10_0040);
        }
        a.unlink_all();
        let s3 = a.alloc_slot_to(0x20_0000);
        assert_eq!(s3, s1, "allocation starts again at the first slot");
        // SAFETY: as above.
        unsafe {
            assert_eq!(*(s3 as *const u64), 0, "unlinked");
            assert_eq!(slot_target(s3), 0x20_0000);
        }
        assert_eq!((a.alloc_slot(), a.alloc_slot(), a.alloc_slot() != 0, a.alloc_slot()), (s2, s2 + 16, true, 0), "4 slots, then none");
    }

    #[test]
    fn relink_moves_only_the_slots_of_the_old_code() {
        use lastmile_frontend::sparc::lift::SlotAlloc;
        let a = SlotArena::leak(4);
        let (s1, s2, s3) = (a.alloc_slot_to(0x1000), a.alloc_slot_to(0x1000), a.alloc_slot_to(0x2000));
        let (old, new, other) = (0x7000 as *const u8, 0x9000 as *const u8, 0x8000 as *const u8);
        // SAFETY: the slots come from `a`.
        unsafe {
            fill_slot(s1, old);
            fill_slot(s3, other);
        }
        a.relink(old, new);
        // SAFETY: as above.
        unsafe {
            assert_eq!(*(s1 as *const u64), 0x9000, "linked to the old code: now the new");
            assert_eq!(*(s2 as *const u64), 0, "unlinked: stays so");
            assert_eq!(*(s3 as *const u64), 0x8000, "other code: untouched");
            assert_eq!(slot_target(s1), 0x1000);
        }
    }

    #[test]
    fn unlink_kept_empties_slots_but_keeps_them_allocated() {
        use lastmile_frontend::sparc::lift::SlotAlloc;
        let a = SlotArena::leak(4);
        let s1 = a.alloc_slot_to(0x10_0040);
        // SAFETY: slots of `a`.
        unsafe { fill_slot(s1, 0x1234 as *const u8) };
        a.unlink_kept();
        let s2 = a.alloc_slot_to(0x20_0000);
        assert_ne!(s2, s1, "s1 stays allocated");
        // SAFETY: as above.
        unsafe {
            assert_eq!(*(s1 as *const u64), 0, "unlinked");
            assert_eq!(slot_target(s1), 0x10_0040, "still going to its pc");
        }
    }

    #[test]
    fn a_fresh_or_cleared_table_matches_no_pc() {
        let t = IndirectTable::leak(1 << 8);
        for pc in [0, 4, 0x400, 0x100000, 0x100004, u64::MAX & !3, 1 << 63] {
            assert_ne!(key_for(t, pc), pc, "fresh table matches {pc:#x}");
        }
        t.insert(0x100004, 0x1234 as *const u8);
        assert_eq!(key_for(t, 0x100004), 0x100004);
        t.clear();
        for pc in [0, 0x100004] {
            assert_ne!(key_for(t, pc), pc, "cleared table matches {pc:#x}");
        }
    }
}
