//! The translation cache: compiled blocks by guest pc (and a mode bit for
//! blocks lifted with a dynamic successor), plus a small direct-mapped table
//! in front of the hash map for the dispatch loop.

use crate::Compiled;
use std::collections::HashMap;

/// A cheap hasher for maps keyed by guest pcs (and small tuples of them):
/// guest pcs are not adversarial keys, and SipHash costs more than the
/// lookup on the dispatcher's path.
#[derive(Default, Clone, Copy)]
pub struct PcHasher(u64);

impl std::hash::Hasher for PcHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }
    #[inline]
    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7cc1_b727_220a_95);
    }
    #[inline]
    fn write_u8(&mut self, v: u8) {
        self.write_u64(v as u64);
    }
    #[inline]
    fn write_u32(&mut self, v: u32) {
        self.write_u64(v as u64);
    }
    #[inline]
    fn write_usize(&mut self, v: usize) {
        self.write_u64(v as u64);
    }
}

/// `BuildHasher` of [`PcHasher`].
pub type FastHash = std::hash::BuildHasherDefault<PcHasher>;
/// A pc-keyed map / set with [`PcHasher`].
pub type PcMap<K, V> = HashMap<K, V, FastHash>;
pub type PcSet<K> = std::collections::HashSet<K, FastHash>;

/// A cached translation.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub code: Compiled,
    pub guest_start: u64,
    pub guest_end: u64,
}

const FAST: usize = 1 << 14;

pub struct Cache {
    map: PcMap<(u64, u8), Entry>,
    fast: Vec<(u64, *const u8)>,
    pub hits: u64,
    pub misses: u64,
}

// SAFETY: the raw code pointers are immutable, executable code.
unsafe impl Send for Cache {}

impl Cache {
    pub fn new() -> Cache {
        Cache { map: PcMap::default(), fast: vec![(u64::MAX, std::ptr::null()); FAST], hits: 0, misses: 0 }
    }

    #[inline]
    fn slot(pc: u64) -> usize {
        ((pc >> 2) as usize) & (FAST - 1)
    }

    /// Look up a normal-mode block (mode 0) through the fast table. A
    /// slot with a null pointer remembers that its pc has no translation
    /// (yet: `insert` overwrites the slot), so a block the interpreter
    /// runs skips the hash map too.
    #[inline]
    pub fn lookup_fast(&mut self, pc: u64) -> Option<*const u8> {
        let (k, p) = self.fast[Self::slot(pc)];
        if k == pc {
            if p.is_null() {
                return None;
            }
            self.hits += 1;
            return Some(p);
        }
        let Some(e) = self.map.get(&(pc, 0)) else {
            self.fast[Self::slot(pc)] = (pc, std::ptr::null());
            return None;
        };
        let p = e.code.ptr;
        self.fast[Self::slot(pc)] = (pc, p);
        self.hits += 1;
        Some(p)
    }

    pub fn lookup(&self, pc: u64, mode: u8) -> Option<&Entry> {
        self.map.get(&(pc, mode))
    }

    pub fn insert(&mut self, pc: u64, mode: u8, e: Entry) {
        self.misses += 1;
        if mode == 0 {
            self.fast[Self::slot(pc)] = (pc, e.code.ptr);
        }
        self.map.insert((pc, mode), e);
    }

    /// Forget the translation of `pc` in `mode` (its code stays valid for
    /// the exits still linked to it).
    pub fn remove(&mut self, pc: u64, mode: u8) {
        self.map.remove(&(pc, mode));
        if mode == 0 && self.fast[Self::slot(pc)].0 == pc {
            self.fast[Self::slot(pc)] = (u64::MAX, std::ptr::null());
        }
    }

    /// Forget every translation overlapping guest [start, end).
    pub fn invalidate(&mut self, start: u64, end: u64) -> usize {
        let before = self.map.len();
        self.map.retain(|_, e| e.guest_end <= start || e.guest_start >= end);
        for s in self.fast.iter_mut() {
            *s = (u64::MAX, std::ptr::null());
        }
        before - self.map.len()
    }

    /// Forget everything.
    pub fn clear(&mut self) {
        self.map.clear();
        for s in self.fast.iter_mut() {
            *s = (u64::MAX, std::ptr::null());
        }
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

impl Default for Cache {
    fn default() -> Self {
        Self::new()
    }
}
