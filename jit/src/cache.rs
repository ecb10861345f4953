//! The translation cache: compiled blocks by guest pc (and a mode bit for
//! blocks lifted with a dynamic successor), plus a small direct-mapped table
//! in front of the hash map for the dispatch loop.

use crate::Compiled;
use std::collections::HashMap;

/// A cached translation.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub code: Compiled,
    pub guest_start: u64,
    pub guest_end: u64,
}

const FAST: usize = 1 << 14;

pub struct Cache {
    map: HashMap<(u64, u8), Entry>,
    fast: Vec<(u64, *const u8)>,
    pub hits: u64,
    pub misses: u64,
}

// SAFETY: the raw code pointers are immutable, executable code.
unsafe impl Send for Cache {}

impl Cache {
    pub fn new() -> Cache {
        Cache { map: HashMap::new(), fast: vec![(u64::MAX, std::ptr::null()); FAST], hits: 0, misses: 0 }
    }

    #[inline]
    fn slot(pc: u64) -> usize {
        ((pc >> 2) as usize) & (FAST - 1)
    }

    /// Look up a normal-mode block (mode 0) through the fast table.
    #[inline]
    pub fn lookup_fast(&mut self, pc: u64) -> Option<*const u8> {
        let (k, p) = self.fast[Self::slot(pc)];
        if k == pc {
            self.hits += 1;
            return Some(p);
        }
        let e = self.map.get(&(pc, 0))?;
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
