//! The guest address space: one host reservation plus a map of what the guest
//! has mapped in it.
//!
//! The whole guest address space (2^40 bytes for sparc64, 4 GiB for 32-bit
//! guests) is a single `PROT_NONE` host reservation followed by a 64 KiB
//! guard. Translated code computes `host = base + (guest & addr_mask)`, so no
//! guest access can leave the reservation: an access that straddles the top
//! of the space lands in the guard and faults there.
//!
//! Every guest mapping is mirrored by a host mapping at the same offset with
//! the same read/write protection (guest `PROT_EXEC` lives only in the region
//! map: host pages are never executable; a guest page that is executable or
//! writable is host-readable, which is what Linux does on every MMU where
//! write or execute imply read). Unmapped guest memory is mapped back to the
//! `PROT_NONE` reservation, never left as a hole in the host address space,
//! so no host allocation can ever land inside the guest's space.
//!
//! Guest pages are 8 KiB (Linux sparc64 `PAGE_SIZE`) or 16 KiB (Linux ia64,
//! Debian's configuration); host pages are 4 KiB, so every
//! guest-page-aligned operation is host-page-aligned too.
//!
//! IA-64 guests use [`Layout::RegionFold`]: their addresses carry a region
//! number in bits 63:61 (text in region 2, data and stack in region 3, mmap
//! in region 1), so the reservation holds 8 slots of 2^`slot_bits` bytes,
//! one per region, and an address folds as
//! `host = base + (region << slot_bits) + min(offset, limit)` with
//! `limit = 2^slot_bits - FOLD_GUARD` ([`RegionFold::host_offset`]). Guest
//! mappings never reach past `limit` in a slot, so the last `FOLD_GUARD`
//! bytes of every slot are never mapped: any offset beyond the slot is
//! clamped into that guard and faults; nothing aliases mapped memory and
//! nothing leaves the reservation.
//!
//! Errors are [`Errno`] values in *host* numbering (`libc::EINVAL` ...); each
//! ABI module translates them to its guest's numbers.

use std::collections::BTreeMap;
use std::ops::{BitAnd, BitOr, BitOrAssign, Not};
use std::os::fd::RawFd;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, RwLock};

/// Size of a guest page (Linux sparc64 uses 8 KiB pages: AT_PAGESZ 8192).
pub const GUEST_PAGE_SIZE: u64 = 8192;
/// Size of an IA-64 guest page (Linux ia64 as Debian builds it,
/// CONFIG_IA64_PAGE_SIZE_16KB: AT_PAGESZ 16384).
pub const IA64_PAGE_SIZE: u64 = 16384;
/// Never-mapped bytes at the end of every region slot of a
/// [`Layout::RegionFold`] reservation (a multiple of every page size).
pub const FOLD_GUARD: u64 = 1 << 20;

/// The IA-64 fold: guest address -> offset in the reservation.
///
/// `offset = ((addr >> 61) << slot_bits) + min(addr & (2^61 - 1), limit)`,
/// `limit = 2^slot_bits - FOLD_GUARD`. Translated code computes exactly this
/// (a shift, a shift, an and, an unsigned min, two adds; no branch).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegionFold {
    /// log2 of the bytes of one region's slot.
    pub slot_bits: u32,
}

impl RegionFold {
    /// The IA-64 guest fold: 8 slots of 1 TiB (an 8 TiB reservation, as
    /// sparc64's); user addresses up to 1 TiB - 1 MiB into each region.
    pub const IA64: RegionFold = RegionFold { slot_bits: 40 };
    /// Bits of the region offset (IA-64 regions: bits 63:61 select one).
    pub const OFFSET_MASK: u64 = (1 << 61) - 1;

    /// Highest offset in a region that maps to itself; offsets at or above
    /// it land in the slot's guard. Mapped memory ends at or below it.
    pub const fn limit(self) -> u64 {
        (1u64 << self.slot_bits) - FOLD_GUARD
    }
    /// Offset in the reservation of guest address `addr`.
    pub const fn host_offset(self, addr: u64) -> u64 {
        let off = addr & Self::OFFSET_MASK;
        let lim = self.limit();
        ((addr >> 61) << self.slot_bits) + if off < lim { off } else { lim }
    }
    /// The guest address whose fold is reservation offset `off`.
    pub const fn guest_of_offset(self, off: u64) -> u64 {
        ((off >> self.slot_bits) << 61) | (off & ((1u64 << self.slot_bits) - 1))
    }
    /// Bytes of the reservation: 8 slots.
    pub const fn reservation(self) -> u64 {
        8u64 << self.slot_bits
    }
}

/// How guest addresses map into the reservation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// `host = base + (addr & (space - 1))`: the guest space is `[0, space)`
    /// (SPARC).
    Linear,
    /// IA-64's region fold.
    RegionFold(RegionFold),
}
/// Bytes of `PROT_NONE` guard after the guest space inside the reservation.
pub const GUARD_SIZE: u64 = 64 * 1024;

/// Bytes of host address space reserved for a guest space of `space` bytes:
/// the space, then 7 more spaces of PROT_NONE and the guard. A host access
/// beyond the space faults and is reported as SIGBUS (BUS_ADRALN): SPARC
/// translated code once sent misaligned accesses there (a branch to a cold
/// load at `(ea & mask) + space`); it now traps instead
/// (lift::MISALIGNED_TRAP). 64-bit code's `(base & mask) + idx` with idx
/// below 2^32 (lift `host_addr_tagged`) lands in the first 4 GiB past the
/// space where base + idx wraps; the runtime runs such an access in the
/// interpreter (exec.rs `replay_fault`).
pub fn reservation_size(space: u64) -> u64 {
    8 * space + GUARD_SIZE
}
/// Where IA-64 non-fixed mmaps start (Linux ia64 `DEFAULT_MAP_BASE`,
/// arch/ia64/include/asm/processor.h): region 1.
pub const IA64_MAP_BASE: u64 = 0x2000_0000_0000_0000;
/// End of IA-64 user space (Linux ia64 `TASK_SIZE`): regions 0-4.
pub const IA64_TASK_SIZE: u64 = 0xa000_0000_0000_0000;
/// Lowest address handed out by a non-fixed mmap (Linux `mmap_min_addr`).
pub const MMAP_MIN_ADDR: u64 = 0x10000;

/// A host errno value (`libc::E*`), the error type of memory operations and
/// of the system-call layer before translation to guest numbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Errno(pub i32);

impl Errno {
    pub const EPERM: Errno = Errno(libc::EPERM);
    pub const ENOENT: Errno = Errno(libc::ENOENT);
    pub const EBADF: Errno = Errno(libc::EBADF);
    pub const EAGAIN: Errno = Errno(libc::EAGAIN);
    pub const ENOMEM: Errno = Errno(libc::ENOMEM);
    pub const EACCES: Errno = Errno(libc::EACCES);
    pub const EFAULT: Errno = Errno(libc::EFAULT);
    pub const EEXIST: Errno = Errno(libc::EEXIST);
    pub const EINVAL: Errno = Errno(libc::EINVAL);
    pub const ENOTTY: Errno = Errno(libc::ENOTTY);
    pub const ERANGE: Errno = Errno(libc::ERANGE);
    pub const ENOSYS: Errno = Errno(libc::ENOSYS);
    pub const ENAMETOOLONG: Errno = Errno(libc::ENAMETOOLONG);
    pub const ESRCH: Errno = Errno(libc::ESRCH);
    pub const ENODEV: Errno = Errno(libc::ENODEV);
    pub const EOVERFLOW: Errno = Errno(libc::EOVERFLOW);

    /// The calling thread's current host `errno`.
    pub fn last() -> Errno {
        Errno(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO))
    }
}

impl std::fmt::Display for Errno {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // strerror's text, without std's " (os error N)" suffix.
        let s = std::io::Error::from_raw_os_error(self.0).to_string();
        let suffix = format!(" (os error {})", self.0);
        write!(f, "{}", s.strip_suffix(&suffix).unwrap_or(&s))
    }
}

/// A guest memory access that hit an unmapped or protected page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fault {
    /// The first guest address that could not be accessed.
    pub addr: u64,
}

/// Guest page protection: Linux `PROT_READ` / `PROT_WRITE` / `PROT_EXEC`
/// (the same bit values on every Linux architecture).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Prot(u8);

impl Prot {
    pub const NONE: Prot = Prot(0);
    pub const READ: Prot = Prot(1);
    pub const WRITE: Prot = Prot(2);
    pub const EXEC: Prot = Prot(4);
    pub const RW: Prot = Prot(3);
    pub const RX: Prot = Prot(5);
    pub const RWX: Prot = Prot(7);

    pub fn bits(self) -> u32 {
        self.0 as u32
    }
    /// From Linux `PROT_*` bits; `None` if a bit other than READ/WRITE/EXEC
    /// is set (PROT_SEM, 0x8, is accepted and ignored as Linux does).
    pub fn from_linux(bits: u64) -> Option<Prot> {
        if bits & !0xf != 0 {
            return None;
        }
        Some(Prot((bits & 7) as u8))
    }
    pub fn contains(self, other: Prot) -> bool {
        self.0 & other.0 == other.0
    }
    pub fn intersects(self, other: Prot) -> bool {
        self.0 & other.0 != 0
    }
    /// The host protection that mirrors this guest protection: readable if
    /// the guest can read, write or execute; writable if the guest can write;
    /// never executable.
    fn host(self) -> i32 {
        let mut p = libc::PROT_NONE;
        if self.intersects(Prot::RWX) {
            p |= libc::PROT_READ;
        }
        if self.contains(Prot::WRITE) {
            p |= libc::PROT_WRITE;
        }
        p
    }
    /// Does a page with this protection allow an access of kind `want`?
    /// Reads are allowed on any readable, writable or executable page (the
    /// host page is readable then); writes need WRITE, fetches need EXEC.
    fn allows(self, want: Prot) -> bool {
        if want.contains(Prot::READ) && !self.intersects(Prot::RWX) {
            return false;
        }
        if want.contains(Prot::WRITE) && !self.contains(Prot::WRITE) {
            return false;
        }
        if want.contains(Prot::EXEC) && !self.contains(Prot::EXEC) {
            return false;
        }
        true
    }
}

impl BitOr for Prot {
    type Output = Prot;
    fn bitor(self, o: Prot) -> Prot {
        Prot(self.0 | o.0)
    }
}
impl BitOrAssign for Prot {
    fn bitor_assign(&mut self, o: Prot) {
        self.0 |= o.0;
    }
}
impl BitAnd for Prot {
    type Output = Prot;
    fn bitand(self, o: Prot) -> Prot {
        Prot(self.0 & o.0)
    }
}
impl Not for Prot {
    type Output = Prot;
    fn not(self) -> Prot {
        Prot(!self.0 & 7)
    }
}

impl std::fmt::Display for Prot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let r = if self.contains(Prot::READ) { 'r' } else { '-' };
        let w = if self.contains(Prot::WRITE) { 'w' } else { '-' };
        let x = if self.contains(Prot::EXEC) { 'x' } else { '-' };
        write!(f, "{r}{w}{x}")
    }
}

/// Architecture-neutral mmap flags. Each ABI decodes its own `MAP_*`
/// numbering into this (see `linux::sparc64::map_flags`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MapFlags {
    /// MAP_SHARED (or MAP_SHARED_VALIDATE); otherwise MAP_PRIVATE.
    pub shared: bool,
    /// MAP_ANONYMOUS: no file.
    pub anonymous: bool,
    /// MAP_FIXED: use the address exactly, replacing what is there.
    pub fixed: bool,
    /// MAP_FIXED_NOREPLACE: use the address exactly, fail with EEXIST if any
    /// of it is mapped.
    pub fixed_noreplace: bool,
    /// MAP_GROWSDOWN (recorded as a stack region; growth is not emulated).
    pub growsdown: bool,
}

/// What a region holds (for merging rules, `/proc/self/maps` and debugging).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegionKind {
    /// Anonymous memory from mmap.
    Anon,
    /// A file mapping: host device and inode, and the file offset of the
    /// region's first byte.
    File { dev: u64, ino: u64, offset: u64 },
    /// The brk heap.
    Heap,
    /// The main thread's stack.
    Stack,
    /// A segment of the loaded program.
    Image,
}

/// One mapped guest range, `[start, end)`, both multiples of the guest page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    pub start: u64,
    pub end: u64,
    pub prot: Prot,
    pub shared: bool,
    pub kind: RegionKind,
}

impl Region {
    pub fn len(&self) -> u64 {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
    /// Private memory that a fresh anonymous mapping can extend (brk, in-place
    /// mremap growth).
    fn is_private_anon(&self) -> bool {
        !self.shared && !matches!(self.kind, RegionKind::File { .. })
    }
    /// The part of this region at or above `at` (file offsets follow).
    fn upper_part(&self, at: u64) -> Region {
        let mut r = self.clone();
        r.start = at;
        if let RegionKind::File { offset, .. } = &mut r.kind {
            *offset += at - self.start;
        }
        r
    }
}

/// Two adjacent regions that Linux would hold as one VMA.
fn mergeable(a: &Region, b: &Region) -> bool {
    if a.end != b.start || a.prot != b.prot || a.shared != b.shared {
        return false;
    }
    match (&a.kind, &b.kind) {
        (
            RegionKind::File { dev, ino, offset },
            RegionKind::File { dev: d2, ino: i2, offset: o2 },
        ) => dev == d2 && ino == i2 && offset + a.len() == *o2,
        (x, y) => x == y,
    }
}

/// Round `v` up to a guest page; `None` on overflow.
pub fn page_round_up(v: u64) -> Option<u64> {
    v.checked_add(GUEST_PAGE_SIZE - 1).map(|x| x & !(GUEST_PAGE_SIZE - 1))
}

/// The mutable part: region map and heap bounds, behind one lock that is also
/// held across the host calls that change the reservation, so the map and the
/// host mappings never disagree.
struct MemState {
    regions: BTreeMap<u64, Region>,
    brk_start: u64,
    brk: u64,
    mmap_base: u64,
    /// Non-fixed mmaps go up from `mmap_base` (IA-64) instead of down.
    bottom_up: bool,
}

impl MemState {
    /// The region containing `addr`.
    fn find(&self, addr: u64) -> Option<&Region> {
        self.regions
            .range(..=addr)
            .next_back()
            .map(|(_, r)| r)
            .filter(|r| addr < r.end)
    }

    /// Start addresses of the regions overlapping `[lo, hi)`, in order.
    fn overlapping(&self, lo: u64, hi: u64) -> Vec<u64> {
        let mut v = Vec::new();
        if lo >= hi {
            return v;
        }
        if let Some(r) = self.find(lo) {
            if r.start < lo {
                v.push(r.start);
            }
        }
        v.extend(self.regions.range(lo..hi).map(|(s, _)| *s));
        v
    }

    fn is_free(&self, lo: u64, hi: u64) -> bool {
        self.overlapping(lo, hi).is_empty()
    }

    /// Is every page of `[lo, hi)` mapped?
    fn covered(&self, lo: u64, hi: u64) -> bool {
        let mut cur = lo;
        while cur < hi {
            match self.find(cur) {
                Some(r) => cur = r.end,
                None => return false,
            }
        }
        true
    }

    /// First address in `[addr, addr+len)` that does not allow `want`.
    fn first_bad(&self, addr: u64, len: u64, want: Prot) -> Option<u64> {
        if len == 0 {
            return None;
        }
        let Some(end) = addr.checked_add(len) else {
            return Some(addr);
        };
        let mut cur = addr;
        while cur < end {
            match self.find(cur) {
                Some(r) if r.prot.allows(want) => cur = r.end,
                _ => return Some(cur),
            }
        }
        None
    }

    /// Split the region that strictly contains `at` into two.
    fn split_at(&mut self, at: u64) {
        let Some(r) = self.find(at).cloned() else { return };
        if r.start == at {
            return;
        }
        let upper = r.upper_part(at);
        self.regions.get_mut(&r.start).expect("region").end = at;
        self.regions.insert(at, upper);
    }

    /// Remove (and return) everything in `[lo, hi)`, splitting at the edges.
    fn remove_range(&mut self, lo: u64, hi: u64) -> Vec<Region> {
        if lo >= hi {
            return Vec::new();
        }
        self.split_at(lo);
        self.split_at(hi);
        let starts: Vec<u64> = self.regions.range(lo..hi).map(|(s, _)| *s).collect();
        starts
            .into_iter()
            .filter_map(|s| self.regions.remove(&s))
            .collect()
    }

    /// Insert a region into a free range and merge it with its neighbours.
    fn insert(&mut self, r: Region) {
        let start = r.start;
        self.regions.insert(start, r);
        self.merge_at(start);
    }

    /// Merge the region starting at `start` with mergeable neighbours.
    fn merge_at(&mut self, start: u64) {
        let mut start = start;
        // With the previous region.
        if let Some((_, prev)) = self.regions.range(..start).next_back() {
            let cur = &self.regions[&start];
            if mergeable(prev, cur) {
                let prev_start = prev.start;
                let end = cur.end;
                self.regions.remove(&start);
                self.regions.get_mut(&prev_start).expect("region").end = end;
                start = prev_start;
            }
        }
        // With the next region.
        let end = self.regions[&start].end;
        if let Some(next) = self.regions.get(&end) {
            if mergeable(&self.regions[&start], next) {
                let next_end = next.end;
                self.regions.remove(&end);
                self.regions.get_mut(&start).expect("region").end = next_end;
            }
        }
    }

    /// Highest free `[a, a+len)` with `lo <= a` and `a + len <= hi`.
    fn find_free_down(&self, len: u64, lo: u64, hi: u64) -> Option<u64> {
        let mut top = hi;
        for (_, r) in self.regions.range(..hi).rev() {
            if r.end <= top && top - r.end >= len && top - len >= lo {
                return Some(top - len);
            }
            top = top.min(r.start);
            if top < lo.saturating_add(len) {
                return None;
            }
        }
        if top >= lo && top - lo >= len {
            Some(top - len)
        } else {
            None
        }
    }

    /// Lowest free `[a, a+len)` with `lo <= a` and `a + len <= hi`.
    fn find_free_up(&self, len: u64, lo: u64, hi: u64) -> Option<u64> {
        let mut cur = lo;
        if let Some(r) = self.find(lo) {
            cur = r.end;
        }
        if cur >= hi {
            return None;
        }
        for (_, r) in self.regions.range(cur..hi) {
            if r.start >= cur && r.start - cur >= len {
                return Some(cur);
            }
            cur = cur.max(r.end);
        }
        if cur <= hi && hi - cur >= len {
            Some(cur)
        } else {
            None
        }
    }
}

/// The locked state. A mutable borrow bumps the map generation
/// ([`GuestMemory::map_generation`]), so no change of the map can forget to.
struct StateGuard<'a> {
    st: MutexGuard<'a, MemState>,
    gen: &'a AtomicU64,
}

impl std::ops::Deref for StateGuard<'_> {
    type Target = MemState;
    #[inline]
    fn deref(&self) -> &MemState {
        &self.st
    }
}

impl std::ops::DerefMut for StateGuard<'_> {
    #[inline]
    fn deref_mut(&mut self) -> &mut MemState {
        self.gen.fetch_add(1, Ordering::AcqRel);
        &mut self.st
    }
}

/// A region a runtime helper called from translated code accessed last
/// (the SPARC window spills' stack, the IA-64 backing store), with the
/// rights it gives and the [`GuestMemory::map_generation`] it was read at:
/// [`GuestMemory::hot_ptr`] lets an access inside it skip the lock and the
/// region map while the map is unchanged. A fault is never taken through
/// it: an access outside it, or after any change of the map, goes through
/// the checked [`GuestMemory::read`] / [`GuestMemory::write`]. (Another
/// guest thread unmapping the region in the middle of such an access would
/// not be caught, as for the interpreter's region cache; guest threads do
/// not share a memory yet.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HotRegion {
    gen: u64,
    start: u64,
    end: u64,
    /// Prot::READ / Prot::WRITE bits.
    rights: u8,
}

impl HotRegion {
    /// Allows nothing.
    pub const EMPTY: HotRegion = HotRegion { gen: 0, start: 0, end: 0, rights: 0 };
}

/// A thread's [`HotRegion`] for one kind of runtime access (a
/// `thread_local!` cell starting at [`HotRegion::EMPTY`]). The map
/// generations of different memories never meet, so a slot needs no reset
/// when the thread moves to another memory.
pub type HotSlot = std::thread::LocalKey<std::cell::Cell<HotRegion>>;

/// Where the next [`GuestMemory`]'s map generation starts.
static NEXT_MAP_GEN: AtomicU64 = AtomicU64::new(1 << 40);

type CodeHook = Box<dyn Fn(u64, u64) + Send + Sync>;

/// The guest address space. Shared by all guest threads through an `Arc`.
pub struct GuestMemory {
    base: NonNull<u8>,
    /// Bytes of guest space (2^space_bits).
    space: u64,
    mask: u64,
    layout: Layout,
    /// Guest page size.
    page: u64,
    state: Mutex<MemState>,
    generation: AtomicU64,
    /// Bumped (under the state lock) by every mutable use of the state, so
    /// before any change of the region map: see [`GuestMemory::map_generation`].
    map_gen: AtomicU64,
    code_hook: RwLock<Option<CodeHook>>,
}

// SAFETY: `base` points to a reservation owned by this value for its whole
// life; all mutation of the reservation's mappings happens under `state`'s
// lock, and guest data races are the guest's own business (as on hardware).
unsafe impl Send for GuestMemory {}
// SAFETY: see above; every `&self` method is safe to call concurrently.
unsafe impl Sync for GuestMemory {}

impl Drop for GuestMemory {
    fn drop(&mut self) {
        // SAFETY: the reservation is ours and nothing refers to it any more.
        unsafe {
            libc::munmap(self.base.as_ptr().cast(), self.reservation() as usize);
        }
    }
}

impl std::fmt::Debug for GuestMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GuestMemory")
            .field("base", &self.base)
            .field("space", &format_args!("{:#x}", self.space))
            .finish()
    }
}

fn host_map_flags(shared: bool) -> i32 {
    if shared {
        libc::MAP_SHARED
    } else {
        libc::MAP_PRIVATE
    }
}

impl GuestMemory {
    /// Reserve a guest address space of 2^`space_bits` bytes (40 for sparc64,
    /// 32 for 32-bit guests) plus the guard, with 8 KiB pages.
    pub fn new(space_bits: u32) -> std::io::Result<GuestMemory> {
        if !(16..=46).contains(&space_bits) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "guest address space must be 2^16 .. 2^46 bytes",
            ));
        }
        Self::reserve(1u64 << space_bits, Layout::Linear, GUEST_PAGE_SIZE)
    }

    /// Reserve an IA-64 guest address space: [`RegionFold::IA64`], 16 KiB
    /// pages, mmap bottom-up from region 1 (Linux ia64 `DEFAULT_MAP_BASE`).
    pub fn new_ia64() -> std::io::Result<GuestMemory> {
        Self::new_fold(RegionFold::IA64)
    }

    /// An IA-64 guest space with another slot size (tests use small ones).
    pub fn new_fold(fold: RegionFold) -> std::io::Result<GuestMemory> {
        if !(24..=43).contains(&fold.slot_bits) {
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "region slots must be 2^24 .. 2^43 bytes"));
        }
        let m = Self::reserve(fold.reservation(), Layout::RegionFold(fold), IA64_PAGE_SIZE)?;
        {
            let mut st = m.lock();
            st.mmap_base = IA64_MAP_BASE;
            st.bottom_up = true;
        }
        Ok(m)
    }

    fn reserve(space: u64, layout: Layout, page: u64) -> std::io::Result<GuestMemory> {
        // SAFETY: sysconf has no preconditions.
        let host_page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as u64;
        if host_page == 0 || !page.is_multiple_of(host_page) {
            return Err(std::io::Error::other(format!(
                "host page size {host_page} does not divide the guest page size {page}"
            )));
        }
        let total = match layout {
            Layout::Linear => reservation_size(space),
            Layout::RegionFold(f) => f.reservation(),
        };
        // SAFETY: a fresh PROT_NONE anonymous mapping chosen by the kernel
        // touches no existing memory.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                total as usize,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        let base = NonNull::new(p.cast::<u8>()).ok_or_else(|| std::io::Error::other("mmap returned NULL"))?;
        Ok(GuestMemory {
            base,
            space,
            mask: space - 1,
            layout,
            page,
            state: Mutex::new(MemState {
                regions: BTreeMap::new(),
                brk_start: 0,
                brk: 0,
                // Top-down mmap allocation starts well below the stack, which
                // the loader puts near the top of the space.
                mmap_base: space - space / 16,
                bottom_up: false,
            }),
            generation: AtomicU64::new(0),
            // Distinct per memory, so a generation cached for one memory
            // never matches another's.
            map_gen: AtomicU64::new(NEXT_MAP_GEN.fetch_add(1 << 40, Ordering::Relaxed)),
            code_hook: RwLock::new(None),
        })
    }

    /// Host address of guest address 0.
    pub fn base(&self) -> *mut u8 {
        self.base.as_ptr()
    }
    /// Mask applied to every guest address of a [`Layout::Linear`] space:
    /// `host = base + (addr & mask)`.
    pub fn addr_mask(&self) -> u64 {
        self.mask
    }
    /// Bytes of guest address space (without the guard); for a region fold,
    /// the bytes of all slots.
    pub fn size(&self) -> u64 {
        self.space
    }
    /// How guest addresses map to host addresses.
    pub fn layout(&self) -> Layout {
        self.layout
    }
    /// The region fold, for IA-64 guest spaces.
    pub fn fold(&self) -> Option<RegionFold> {
        match self.layout {
            Layout::RegionFold(f) => Some(f),
            Layout::Linear => None,
        }
    }
    /// The guest page size (8 KiB for SPARC, 16 KiB for IA-64).
    pub fn page_size(&self) -> u64 {
        self.page
    }
    /// Round `v` up to a guest page; `None` on overflow.
    pub fn round_page(&self, v: u64) -> Option<u64> {
        v.checked_add(self.page - 1).map(|x| x & !(self.page - 1))
    }
    fn aligned(&self, v: u64) -> bool {
        v & (self.page - 1) == 0
    }
    /// Bytes of host address space reserved (see [`reservation_size`]).
    pub fn reservation(&self) -> u64 {
        match self.layout {
            Layout::Linear => reservation_size(self.space),
            Layout::RegionFold(f) => f.reservation(),
        }
    }

    /// Is `host_addr` inside the reservation (guard included)?
    pub fn host_contains(&self, host_addr: usize) -> bool {
        let b = self.base.as_ptr() as usize;
        host_addr >= b && ((host_addr - b) as u64) < self.reservation()
    }
    /// The guest address of a host address inside the reservation (for an
    /// address in a fold's guard: the clamped guest address).
    pub fn guest_of_host(&self, host_addr: usize) -> u64 {
        let off = (host_addr.wrapping_sub(self.base.as_ptr() as usize)) as u64;
        match self.layout {
            Layout::Linear => off,
            Layout::RegionFold(f) => f.guest_of_offset(off),
        }
    }
    /// The host address of a guest address (masked or folded into the
    /// reservation).
    pub fn host_ptr(&self, addr: u64) -> *mut u8 {
        let off = match self.layout {
            Layout::Linear => addr & self.mask,
            Layout::RegionFold(f) => f.host_offset(addr),
        };
        self.base.as_ptr().wrapping_add(off as usize)
    }

    /// Can guest memory exist at `[addr, addr+len)` (`len` > 0)? Linear:
    /// inside the space. Fold: inside one region, below its limit, so the
    /// range maps to contiguous host memory outside the slot's guard.
    pub fn range_ok(&self, addr: u64, len: u64) -> bool {
        let Some(end) = addr.checked_add(len) else { return false };
        match self.layout {
            Layout::Linear => end <= self.space,
            Layout::RegionFold(f) => {
                // Regions 5-7 belong to the kernel (Linux ia64 TASK_SIZE).
                let region_base = addr & !RegionFold::OFFSET_MASK;
                len > 0 && end <= IA64_TASK_SIZE && end - region_base <= f.limit()
            }
        }
    }

    /// End (exclusive) of the area where mappings containing `addr` may lie.
    fn area_end(&self, addr: u64) -> u64 {
        match self.layout {
            Layout::Linear => self.space,
            Layout::RegionFold(f) => (addr & !RegionFold::OFFSET_MASK) + f.limit(),
        }
    }

    fn lock(&self) -> StateGuard<'_> {
        // A panic while holding the lock cannot leave the map inconsistent
        // with anything a later caller relies on more than a crash would.
        StateGuard { st: self.state.lock().unwrap_or_else(|e| e.into_inner()), gen: &self.map_gen }
    }

    /// Counter that changes whenever the region map (or the heap bounds)
    /// may have changed: every mutable use of the state bumps it, under the
    /// lock, before the change. A cached region ([`HotRegion`]) is valid
    /// while this still returns the generation it was filled at.
    #[inline]
    pub fn map_generation(&self) -> u64 {
        self.map_gen.load(Ordering::Acquire)
    }

    /// Host pointer for `[addr, addr+len)` if this thread's region in
    /// `slot` (filled by [`GuestMemory::remember_hot`] with this memory)
    /// allows `want` there and the region map has not changed since: no
    /// lock, no lookup.
    #[inline(always)]
    pub fn hot_ptr(&self, slot: &'static HotSlot, addr: u64, len: u64, want: Prot) -> Option<*mut u8> {
        self.hot_in(&slot.with(|c| c.get()), addr, len, want)
    }

    /// [`GuestMemory::hot_ptr`] with the region `hot`.
    #[inline(always)]
    fn hot_in(&self, hot: &HotRegion, addr: u64, len: u64, want: Prot) -> Option<*mut u8> {
        let end = addr.checked_add(len)?;
        (addr >= hot.start && end <= hot.end && hot.rights & want.0 == want.0 && hot.gen == self.map_generation())
            .then(|| self.host_ptr(addr))
    }

    /// After a checked access at `addr` succeeded: keep the region
    /// containing it in this thread's `slot` for [`GuestMemory::hot_ptr`].
    #[cold]
    pub fn remember_hot(&self, slot: &'static HotSlot, addr: u64) {
        slot.with(|c| c.set(self.hot_region(addr)));
    }

    /// The region containing `addr` as a [`HotRegion`] (empty if none).
    fn hot_region(&self, addr: u64) -> HotRegion {
        let st = self.lock();
        let gen = self.map_gen.load(Ordering::Acquire);
        match st.find(addr) {
            Some(r) => {
                // As Prot::allows: any access right allows reads.
                let rights = (if r.prot.intersects(Prot::RWX) { Prot::READ.0 } else { 0 })
                    | (if r.prot.contains(Prot::WRITE) { Prot::WRITE.0 } else { 0 });
                HotRegion { gen, start: r.start, end: r.end, rights }
            }
            None => HotRegion::EMPTY,
        }
    }

    /// Counter bumped whenever executable guest memory is unmapped, replaced
    /// or loses PROT_EXEC: translations made before may be stale.
    pub fn protect_generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// Call `hook(start, end)` for every executable range that is unmapped,
    /// replaced or made non-executable (called without the memory lock held).
    pub fn set_code_change_hook(&self, hook: Box<dyn Fn(u64, u64) + Send + Sync>) {
        *self.code_hook.write().unwrap_or_else(|e| e.into_inner()) = Some(hook);
    }

    fn code_changed(&self, ranges: &[(u64, u64)]) {
        if ranges.is_empty() {
            return;
        }
        self.generation.fetch_add(1, Ordering::AcqRel);
        if let Some(h) = self.code_hook.read().unwrap_or_else(|e| e.into_inner()).as_ref() {
            for &(s, e) in ranges {
                h(s, e);
            }
        }
    }

    fn exec_ranges(regions: &[Region]) -> Vec<(u64, u64)> {
        regions
            .iter()
            .filter(|r| r.prot.contains(Prot::EXEC))
            .map(|r| (r.start, r.end))
            .collect()
    }

    // ---- host mapping primitives (callers hold the state lock) ----

    /// Map fresh anonymous memory at `[addr, addr+len)`, replacing whatever
    /// host mapping is there.
    fn host_anon(&self, addr: u64, len: u64, hprot: i32, shared: bool) -> Result<(), Errno> {
        // SAFETY: the range lies inside our reservation (callers check
        // `addr + len <= space`); MAP_FIXED replaces only our own mappings.
        let p = unsafe {
            libc::mmap(
                self.host_ptr(addr).cast(),
                len as usize,
                hprot,
                libc::MAP_FIXED | host_map_flags(shared) | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            Err(Errno::last())
        } else {
            Ok(())
        }
    }

    /// Give `[addr, addr+len)` back to the PROT_NONE reservation.
    fn host_reserve(&self, addr: u64, len: u64) -> Result<(), Errno> {
        self.host_anon(addr, len, libc::PROT_NONE, false)
    }

    /// Map `len` bytes of host file `fd` at `offset` to guest `addr`. The file
    /// is first mapped at a place of the kernel's choosing and then moved into
    /// the reservation with one `mremap`, so a failing file mmap never leaves
    /// the target range changed. Pages past the end of the file but inside the
    /// guest page holding EOF are backed with zero pages, as an 8 KiB-page
    /// kernel would show them (a 4 KiB host would raise SIGBUS there).
    fn host_file(
        &self,
        addr: u64,
        len: u64,
        hprot: i32,
        shared: bool,
        fd: RawFd,
        offset: u64,
    ) -> Result<(u64, u64), Errno> {
        let off = i64::try_from(offset).map_err(|_| Errno::EOVERFLOW)?;
        // SAFETY: a non-fixed mapping chosen by the kernel; fd validity is
        // checked by the kernel.
        let tmp = unsafe { libc::mmap(std::ptr::null_mut(), len as usize, hprot, host_map_flags(shared), fd, off) };
        if tmp == libc::MAP_FAILED {
            return Err(Errno::last());
        }
        // SAFETY: `st` is plain data filled by fstat.
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        // SAFETY: valid out pointer.
        let have_stat = unsafe { libc::fstat(fd, &mut st) } == 0;
        // SAFETY: `tmp` is the mapping just made, of `len` bytes; the target is
        // inside our reservation and MREMAP_FIXED atomically replaces it.
        let moved = unsafe {
            libc::mremap(
                tmp,
                len as usize,
                len as usize,
                libc::MREMAP_MAYMOVE | libc::MREMAP_FIXED,
                self.host_ptr(addr).cast::<libc::c_void>(),
            )
        };
        if moved == libc::MAP_FAILED {
            let e = Errno::last();
            // SAFETY: unmapping the temporary mapping we made.
            unsafe { libc::munmap(tmp, len as usize) };
            return Err(e);
        }
        let (dev, ino) = if have_stat { (st.st_dev, st.st_ino) } else { (0, 0) };
        if have_stat && (st.st_mode & libc::S_IFMT) == libc::S_IFREG {
            let size = st.st_size.max(0) as u64;
            let file_bytes = size.saturating_sub(offset);
            if file_bytes < len {
                // SAFETY: sysconf has no preconditions.
                let hp = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as u64;
                let host_end = file_bytes.div_ceil(hp) * hp;
                let guest_end = (self.round_page(file_bytes).unwrap_or(len)).min(len);
                if host_end < guest_end {
                    self.host_anon(addr + host_end, guest_end - host_end, hprot, false)?;
                }
            }
        }
        Ok((dev, ino))
    }

    // ---- Linux memory-management operations ----

    /// Linux `mmap`. `len` is rounded up to the guest page; `offset` must be
    /// page aligned. Returns the guest address of the mapping.
    pub fn mmap(
        &self,
        hint: u64,
        len: u64,
        prot: Prot,
        flags: MapFlags,
        fd: Option<RawFd>,
        offset: u64,
    ) -> Result<u64, Errno> {
        if len == 0 || !self.aligned(offset) {
            return Err(Errno::EINVAL);
        }
        let len = self.round_page(len).ok_or(Errno::ENOMEM)?;
        if len > self.space {
            return Err(Errno::ENOMEM);
        }
        if offset.checked_add(len).is_none() {
            return Err(Errno::EOVERFLOW);
        }
        let fd = if flags.anonymous {
            None
        } else {
            Some(fd.filter(|f| *f >= 0).ok_or(Errno::EBADF)?)
        };
        let mut st = self.lock();
        let addr = if flags.fixed || flags.fixed_noreplace {
            if !self.aligned(hint) {
                return Err(Errno::EINVAL);
            }
            if !self.range_ok(hint, len) {
                return Err(Errno::ENOMEM);
            }
            // MAP_FIXED_NOREPLACE wins over MAP_FIXED (mm/mmap.c).
            if flags.fixed_noreplace && !st.is_free(hint, hint + len) {
                return Err(Errno::EEXIST);
            }
            hint
        } else {
            self.choose(&st, hint, len)?
        };
        let hprot = prot.host();
        let kind = match fd {
            None => {
                self.host_anon(addr, len, hprot, flags.shared)?;
                if flags.growsdown {
                    RegionKind::Stack
                } else {
                    RegionKind::Anon
                }
            }
            Some(fd) => {
                let (dev, ino) = self.host_file(addr, len, hprot, flags.shared, fd, offset)?;
                RegionKind::File { dev, ino, offset }
            }
        };
        let removed = st.remove_range(addr, addr + len);
        st.insert(Region { start: addr, end: addr + len, prot, shared: flags.shared, kind });
        drop(st);
        self.code_changed(&Self::exec_ranges(&removed));
        Ok(addr)
    }

    /// Pick an address for a non-fixed mapping: the hint if it is free (as
    /// Linux does), else the highest free range below `mmap_base`, else the
    /// lowest free range above it.
    fn choose(&self, st: &MemState, hint: u64, len: u64) -> Result<u64, Errno> {
        if hint != 0 {
            if let Some(h) = self.round_page(hint) {
                if h >= MMAP_MIN_ADDR && self.range_ok(h, len) && st.is_free(h, h + len)
                {
                    return Ok(h);
                }
            }
        }
        self.find_free(st, len).ok_or(Errno::ENOMEM)
    }

    /// A free range for a mapping chosen by the kernel. SPARC (Linux's
    /// top-down layout): the highest free range below `mmap_base`, else the
    /// lowest above it. IA-64 (bottom-up, arch/ia64/kernel/sys_ia64.c): the
    /// lowest free range from `mmap_base` up to the end of its region.
    fn find_free(&self, st: &MemState, len: u64) -> Option<u64> {
        if st.bottom_up {
            return st.find_free_up(len, st.mmap_base, self.area_end(st.mmap_base));
        }
        st.find_free_down(len, MMAP_MIN_ADDR, st.mmap_base)
            .or_else(|| st.find_free_up(len, st.mmap_base, self.space))
    }

    /// Map fresh zeroed private memory at a fixed place with a region kind
    /// (the loader's segments and stack).
    pub fn map_fixed(&self, addr: u64, len: u64, prot: Prot, kind: RegionKind) -> Result<(), Errno> {
        if !self.aligned(addr) || len == 0 {
            return Err(Errno::EINVAL);
        }
        let len = self.round_page(len).ok_or(Errno::ENOMEM)?;
        if !self.range_ok(addr, len) {
            return Err(Errno::ENOMEM);
        }
        let mut st = self.lock();
        self.host_anon(addr, len, prot.host(), false)?;
        let removed = st.remove_range(addr, addr + len);
        st.insert(Region { start: addr, end: addr + len, prot, shared: false, kind });
        drop(st);
        self.code_changed(&Self::exec_ranges(&removed));
        Ok(())
    }

    /// Linux `munmap`.
    pub fn munmap(&self, addr: u64, len: u64) -> Result<(), Errno> {
        if !self.aligned(addr) || len == 0 {
            return Err(Errno::EINVAL);
        }
        let len = self.round_page(len).ok_or(Errno::EINVAL)?;
        if !self.range_ok(addr, len) {
            return Err(Errno::EINVAL);
        }
        let mut st = self.lock();
        let removed = self.unmap_locked(&mut st, addr, addr + len)?;
        drop(st);
        self.code_changed(&Self::exec_ranges(&removed));
        Ok(())
    }

    fn unmap_locked(&self, st: &mut MemState, lo: u64, hi: u64) -> Result<Vec<Region>, Errno> {
        for s in st.overlapping(lo, hi) {
            let r = &st.regions[&s];
            let (a, b) = (r.start.max(lo), r.end.min(hi));
            self.host_reserve(a, b - a)?;
        }
        Ok(st.remove_range(lo, hi))
    }

    /// Linux `mprotect`: ENOMEM (and no change) if part of the range is not
    /// mapped.
    pub fn mprotect(&self, addr: u64, len: u64, prot: Prot) -> Result<(), Errno> {
        if !self.aligned(addr) {
            return Err(Errno::EINVAL);
        }
        if len == 0 {
            return Ok(());
        }
        let len = self.round_page(len).ok_or(Errno::ENOMEM)?;
        if !self.range_ok(addr, len) {
            return Err(Errno::ENOMEM);
        }
        let end = addr + len;
        let mut st = self.lock();
        if !st.covered(addr, end) {
            return Err(Errno::ENOMEM);
        }
        st.split_at(addr);
        st.split_at(end);
        let starts: Vec<u64> = st.regions.range(addr..end).map(|(s, _)| *s).collect();
        let mut lost_exec = Vec::new();
        let mut result = Ok(());
        for s in &starts {
            let r = st.regions.get_mut(s).expect("region");
            // SAFETY: the region lies inside our reservation.
            let rc = unsafe { libc::mprotect(self.host_ptr(r.start).cast(), r.len() as usize, prot.host()) };
            if rc != 0 {
                result = Err(Errno::last());
                break;
            }
            if r.prot.contains(Prot::EXEC) && !prot.contains(Prot::EXEC) {
                lost_exec.push((r.start, r.end));
            }
            r.prot = prot;
        }
        for s in starts.iter().rev() {
            if st.regions.contains_key(s) {
                st.merge_at(*s);
            }
        }
        drop(st);
        self.code_changed(&lost_exec);
        result
    }

    /// Linux `madvise`. MADV_DONTNEED and MADV_FREE drop the pages on the host
    /// (private anonymous memory reads back as zeros, private file pages are
    /// re-read from the file: Linux semantics); other known advice is accepted
    /// and ignored. ENOMEM if part of the range is unmapped.
    pub fn madvise(&self, addr: u64, len: u64, advice: i32) -> Result<(), Errno> {
        if !self.aligned(addr) {
            return Err(Errno::EINVAL);
        }
        let known = matches!(advice, 0..=4 | 8..=25);
        if !known {
            return Err(if advice == 100 || advice == 101 { Errno::EPERM } else { Errno::EINVAL });
        }
        if len == 0 {
            return Ok(());
        }
        let len = self.round_page(len).ok_or(Errno::EINVAL)?;
        if !self.range_ok(addr, len) {
            return Err(Errno::ENOMEM);
        }
        let end = addr + len;
        let st = self.lock();
        let drop_pages = advice == libc::MADV_DONTNEED || advice == libc::MADV_FREE;
        for s in st.overlapping(addr, end) {
            let r = &st.regions[&s];
            let (a, b) = (r.start.max(addr), r.end.min(end));
            if drop_pages {
                // MADV_FREE may keep the data; DONTNEED is the stronger
                // guarantee and is always a valid implementation of FREE.
                // SAFETY: the range lies inside one of our mappings.
                unsafe { libc::madvise(self.host_ptr(a).cast(), (b - a) as usize, libc::MADV_DONTNEED) };
            }
        }
        if !st.covered(addr, end) {
            return Err(Errno::ENOMEM);
        }
        Ok(())
    }

    /// Set where the heap starts (the page-aligned end of the program's bss);
    /// the break starts there.
    pub fn set_brk_start(&self, addr: u64) {
        let mut st = self.lock();
        st.brk_start = addr;
        st.brk = addr;
    }

    /// Set the top of the top-down mmap allocation area.
    pub fn set_mmap_base(&self, addr: u64) {
        self.lock().mmap_base = match self.layout {
            Layout::Linear => addr.min(self.space),
            Layout::RegionFold(_) => addr,
        };
    }

    /// The current program break.
    pub fn current_brk(&self) -> u64 {
        self.lock().brk
    }

    /// Linux `brk`: returns the new break, or the unchanged current break if
    /// the request is below the heap start or collides with a mapping.
    pub fn brk(&self, new: u64) -> u64 {
        let mut st = self.lock();
        let cur = st.brk;
        if new < st.brk_start || new > self.area_end(st.brk_start) {
            return cur;
        }
        let (Some(newp), Some(oldp)) = (self.round_page(new), self.round_page(cur)) else {
            return cur;
        };
        if newp == oldp {
            st.brk = new;
            return new;
        }
        if new <= cur {
            let removed = match self.unmap_locked(&mut st, newp, oldp) {
                Ok(r) => r,
                Err(_) => return cur,
            };
            st.brk = new;
            drop(st);
            self.code_changed(&Self::exec_ranges(&removed));
            return new;
        }
        // Linux keeps a page between the heap and the next mapping.
        let area_end = self.area_end(st.brk_start);
        let guard_end = newp.saturating_add(self.page).min(area_end);
        if newp > area_end || !st.is_free(oldp, guard_end) {
            return cur;
        }
        if self.host_anon(oldp, newp - oldp, Prot::RW.host(), false).is_err() {
            return cur;
        }
        st.insert(Region { start: oldp, end: newp, prot: Prot::RW, shared: false, kind: RegionKind::Heap });
        st.brk = new;
        new
    }

    /// Linux `mremap` (flags: MREMAP_MAYMOVE = 1, MREMAP_FIXED = 2).
    pub fn mremap(&self, old: u64, old_len: u64, new_len: u64, flags: u32, new_addr: u64) -> Result<u64, Errno> {
        const MAYMOVE: u32 = 1;
        const FIXED: u32 = 2;
        if !self.aligned(old) || flags & !(MAYMOVE | FIXED) != 0 || (flags & FIXED != 0 && flags & MAYMOVE == 0) {
            return Err(Errno::EINVAL);
        }
        let old_len = self.round_page(old_len).ok_or(Errno::EINVAL)?;
        let new_len = self.round_page(new_len).ok_or(Errno::EINVAL)?;
        if new_len == 0 || old_len == 0 {
            // old_len 0 duplicates a shared mapping in Linux; not supported.
            return Err(Errno::EINVAL);
        }
        if !self.range_ok(old, old_len) {
            return Err(Errno::EINVAL);
        }
        let mut st = self.lock();
        let Some(region) = st.find(old).cloned() else {
            return Err(Errno::EFAULT);
        };
        if old + old_len > region.end {
            return Err(Errno::EFAULT);
        }
        let mut changed = Vec::new();
        let result = if flags & FIXED != 0 {
            if !self.aligned(new_addr) || !self.range_ok(new_addr, new_len) {
                return Err(Errno::EINVAL);
            }
            if new_addr < old + old_len && old < new_addr + new_len {
                return Err(Errno::EINVAL);
            }
            changed.extend(Self::exec_ranges(&self.unmap_locked(&mut st, new_addr, new_addr + new_len)?));
            let mut old_len = old_len;
            if new_len < old_len {
                changed.extend(Self::exec_ranges(&self.unmap_locked(&mut st, old + new_len, old + old_len)?));
                old_len = new_len;
            }
            self.move_locked(&mut st, &region, old, old_len, new_addr, new_len, &mut changed)
                .map(|_| new_addr)
        } else if new_len <= old_len {
            changed.extend(Self::exec_ranges(&self.unmap_locked(&mut st, old + new_len, old + old_len)?));
            Ok(old)
        } else {
            let ext_lo = old + old_len;
            let ext_hi = self.range_ok(old, new_len).then(|| old + new_len);
            let grow_in_place = region.is_private_anon()
                && old + old_len == region.end
                && ext_hi.is_some_and(|hi| st.is_free(ext_lo, hi));
            if grow_in_place {
                let hi = ext_hi.expect("checked");
                self.host_anon(ext_lo, hi - ext_lo, region.prot.host(), false)?;
                let mut ext = region.upper_part(region.end);
                ext.start = ext_lo;
                ext.end = hi;
                st.insert(ext);
                Ok(old)
            } else if flags & MAYMOVE != 0 {
                let dest = self.find_free(&st, new_len).ok_or(Errno::ENOMEM)?;
                self.move_locked(&mut st, &region, old, old_len, dest, new_len, &mut changed)
                    .map(|_| dest)
            } else {
                Err(Errno::ENOMEM)
            }
        };
        drop(st);
        self.code_changed(&changed);
        result
    }

    /// Move `[old, old+old_len)` (inside `region`) to a free `[dest,
    /// dest+new_len)`, `new_len >= old_len`, keeping contents, protection and
    /// kind. Never leaves a hole in the host address space when it can avoid
    /// it: `MREMAP_DONTUNMAP` moves the pages and leaves the old range mapped
    /// so it can be atomically replaced by the reservation; anonymous memory
    /// falls back to a copy.
    #[allow(clippy::too_many_arguments)]
    fn move_locked(
        &self,
        st: &mut MemState,
        region: &Region,
        old: u64,
        old_len: u64,
        dest: u64,
        new_len: u64,
        changed: &mut Vec<(u64, u64)>,
    ) -> Result<(), Errno> {
        let hprot = region.prot.host();
        let grows = new_len > old_len;
        let src = self.host_ptr(old).cast::<libc::c_void>();
        let dst = self.host_ptr(dest).cast::<libc::c_void>();
        let file_or_shared = !region.is_private_anon();
        if file_or_shared && grows {
            // A growing file or shared mapping needs the kernel to extend the
            // same object: move with a plain mremap and re-reserve the old
            // range at once. NOREPLACE makes sure nothing else is clobbered;
            // if something landed in the hole meanwhile we cannot keep the
            // confinement guarantee and stop.
            // SAFETY: both ranges are inside our reservation; MREMAP_FIXED
            // replaces the (free) destination.
            let p = unsafe {
                libc::mremap(src, old_len as usize, new_len as usize, libc::MREMAP_MAYMOVE | libc::MREMAP_FIXED, dst)
            };
            if p == libc::MAP_FAILED {
                return Err(Errno::last());
            }
            // SAFETY: re-reserving the hole just left at `old`.
            let q = unsafe {
                libc::mmap(
                    src,
                    old_len as usize,
                    libc::PROT_NONE,
                    libc::MAP_FIXED_NOREPLACE | libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                    -1,
                    0,
                )
            };
            if q != src {
                eprintln!("lastmile: fatal: a host mapping appeared inside the guest address space");
                std::process::abort();
            }
        } else {
            // SAFETY: both ranges inside our reservation; DONTUNMAP leaves the
            // source mapped (empty) so no hole ever exists.
            let p = unsafe {
                libc::mremap(
                    src,
                    old_len as usize,
                    old_len as usize,
                    libc::MREMAP_MAYMOVE | libc::MREMAP_FIXED | libc::MREMAP_DONTUNMAP,
                    dst,
                )
            };
            if p == libc::MAP_FAILED {
                if file_or_shared {
                    return Err(Errno::last());
                }
                // Older host kernel: copy.
                self.host_anon(dest, old_len, libc::PROT_READ | libc::PROT_WRITE, false)?;
                // SAFETY: source readable (it is copied only if the guest could
                // read it... it always is host-readable unless PROT_NONE, which
                // we make readable for the copy), destination fresh RW memory.
                unsafe {
                    if hprot == libc::PROT_NONE {
                        libc::mprotect(src, old_len as usize, libc::PROT_READ);
                    }
                    std::ptr::copy_nonoverlapping(src as *const u8, dst as *mut u8, old_len as usize);
                    libc::mprotect(dst, old_len as usize, hprot);
                }
            }
            self.host_reserve(old, old_len)?;
            if grows {
                self.host_anon(dest + old_len, new_len - old_len, hprot, false)?;
            }
        }
        let mut moved = region.upper_part(old);
        moved.end = old + old_len;
        if moved.prot.contains(Prot::EXEC) {
            changed.push((old, old + old_len));
        }
        st.remove_range(old, old + old_len);
        moved.start = dest;
        moved.end = dest + new_len;
        st.insert(moved);
        Ok(())
    }

    /// Put the bytes of host file `fd` from `offset` under `[addr, addr+len)`
    /// of one mapped private region, as a private file mapping with the
    /// region's protection (as Linux maps an executable's segments: pages
    /// the guest never touches are never read, copied or zeroed). The region
    /// map does not change. `addr`, `len` and `offset` are guest-page
    /// aligned.
    pub fn back_with_file(&self, addr: u64, len: u64, fd: RawFd, offset: u64) -> Result<(), Errno> {
        if len == 0 {
            return Ok(());
        }
        if !self.aligned(addr) || !self.aligned(len) || !self.aligned(offset) {
            return Err(Errno::EINVAL);
        }
        let st = self.lock();
        let r = st.find(addr).ok_or(Errno::ENOMEM)?;
        if r.shared || addr.checked_add(len).is_none_or(|end| end > r.end) {
            return Err(Errno::EINVAL);
        }
        self.host_file(addr, len, r.prot.host(), false, fd, offset).map(|_| ())
    }

    // ---- checked access for the runtime and system calls ----

    /// Does every byte of `[addr, addr+len)` allow `want`?
    pub fn check(&self, addr: u64, len: u64, want: Prot) -> bool {
        self.lock().first_bad(addr, len, want).is_none()
    }

    /// How many bytes from `addr` (at most `len`) allow `want`.
    pub fn accessible_prefix(&self, addr: u64, len: u64, want: Prot) -> u64 {
        match self.lock().first_bad(addr, len, want) {
            None => len,
            Some(bad) => bad - addr,
        }
    }

    /// The region containing `addr`.
    pub fn region_at(&self, addr: u64) -> Option<Region> {
        self.lock().find(addr).cloned()
    }

    /// A snapshot of the region map, in address order.
    pub fn regions(&self) -> Vec<Region> {
        self.lock().regions.values().cloned().collect()
    }

    /// Copy guest memory out.
    pub fn read(&self, addr: u64, buf: &mut [u8]) -> Result<(), Fault> {
        let st = self.lock();
        if let Some(bad) = st.first_bad(addr, buf.len() as u64, Prot::READ) {
            return Err(Fault { addr: bad });
        }
        // SAFETY: the range is mapped readable in our reservation (checked
        // under the lock, which we still hold so it cannot be unmapped).
        unsafe { std::ptr::copy_nonoverlapping(self.host_ptr(addr), buf.as_mut_ptr(), buf.len()) };
        Ok(())
    }

    /// Copy into guest memory (requires guest PROT_WRITE).
    pub fn write(&self, addr: u64, data: &[u8]) -> Result<(), Fault> {
        let st = self.lock();
        if let Some(bad) = st.first_bad(addr, data.len() as u64, Prot::WRITE) {
            return Err(Fault { addr: bad });
        }
        // SAFETY: the range is mapped writable (checked under the lock).
        unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), self.host_ptr(addr), data.len()) };
        Ok(())
    }

    pub fn read_u8(&self, addr: u64) -> Result<u8, Fault> {
        let mut b = [0u8; 1];
        self.read(addr, &mut b)?;
        Ok(b[0])
    }
    pub fn read_u16_be(&self, addr: u64) -> Result<u16, Fault> {
        let mut b = [0u8; 2];
        self.read(addr, &mut b)?;
        Ok(u16::from_be_bytes(b))
    }
    pub fn read_u32_be(&self, addr: u64) -> Result<u32, Fault> {
        let mut b = [0u8; 4];
        self.read(addr, &mut b)?;
        Ok(u32::from_be_bytes(b))
    }
    pub fn read_u64_be(&self, addr: u64) -> Result<u64, Fault> {
        let mut b = [0u8; 8];
        self.read(addr, &mut b)?;
        Ok(u64::from_be_bytes(b))
    }
    pub fn write_u8(&self, addr: u64, v: u8) -> Result<(), Fault> {
        self.write(addr, &[v])
    }
    pub fn write_u16_be(&self, addr: u64, v: u16) -> Result<(), Fault> {
        self.write(addr, &v.to_be_bytes())
    }
    pub fn write_u32_be(&self, addr: u64, v: u32) -> Result<(), Fault> {
        self.write(addr, &v.to_be_bytes())
    }
    pub fn write_u64_be(&self, addr: u64, v: u64) -> Result<(), Fault> {
        self.write(addr, &v.to_be_bytes())
    }

    /// Read a NUL-terminated string of at most `max` bytes (the NUL not
    /// included). If no NUL occurs within `max` bytes the result has exactly
    /// `max` bytes: callers treat that as ENAMETOOLONG / truncation.
    pub fn read_cstring(&self, addr: u64, max: usize) -> Result<Vec<u8>, Fault> {
        let st = self.lock();
        let mut out = Vec::new();
        let mut cur = addr;
        while out.len() < max {
            let Some(r) = st.find(cur).filter(|r| r.prot.allows(Prot::READ)) else {
                return Err(Fault { addr: cur });
            };
            let avail = ((r.end - cur) as usize).min(max - out.len());
            // SAFETY: `[cur, cur+avail)` is inside a readable region, and the
            // lock keeps it mapped while we read.
            let bytes = unsafe { std::slice::from_raw_parts(self.host_ptr(cur), avail) };
            if let Some(n) = bytes.iter().position(|&b| b == 0) {
                out.extend_from_slice(&bytes[..n]);
                return Ok(out);
            }
            out.extend_from_slice(bytes);
            cur += avail as u64;
        }
        Ok(out)
    }

    /// Fetch a 4-byte big-endian instruction word: `None` unless `addr` is
    /// 4-byte aligned and in an executable mapping.
    pub fn fetch_insn(&self, addr: u64) -> Option<u32> {
        if addr & 3 != 0 {
            return None;
        }
        let st = self.lock();
        st.first_bad(addr, 4, Prot::EXEC).is_none().then(|| {
            let mut b = [0u8; 4];
            // SAFETY: executable guest pages are host-readable; the lock keeps
            // the page mapped during the copy.
            unsafe { std::ptr::copy_nonoverlapping(self.host_ptr(addr), b.as_mut_ptr(), 4) };
            u32::from_be_bytes(b)
        })
    }

    /// Fetch `buf.len()` bytes of instructions (an IA-64 bundle): false
    /// unless all of them are in executable mappings.
    pub fn fetch(&self, addr: u64, buf: &mut [u8]) -> bool {
        let st = self.lock();
        if st.first_bad(addr, buf.len() as u64, Prot::EXEC).is_some() {
            return false;
        }
        // SAFETY: executable guest pages are host-readable; the lock keeps
        // them mapped during the copy.
        unsafe { std::ptr::copy_nonoverlapping(self.host_ptr(addr), buf.as_mut_ptr(), buf.len()) };
        true
    }

    /// A host view of guest memory for passing straight to a host system call.
    ///
    /// # Safety
    /// The caller must have checked the range with [`GuestMemory::check`] and
    /// must accept that another guest thread may unmap or change it
    /// concurrently (a host system call then fails with EFAULT; a Rust read
    /// of an unmapped page would fault, so keep Rust-side use short and
    /// prefer [`GuestMemory::read`]).
    pub unsafe fn slice(&self, addr: u64, len: usize) -> &[u8] {
        // SAFETY: per the caller's contract.
        unsafe { std::slice::from_raw_parts(self.host_ptr(addr), len) }
    }

    /// Mutable counterpart of [`GuestMemory::slice`].
    ///
    /// # Safety
    /// As for [`GuestMemory::slice`], and no other Rust reference to the
    /// range may be alive.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn slice_mut(&self, addr: u64, len: usize) -> &mut [u8] {
        // SAFETY: per the caller's contract.
        unsafe { std::slice::from_raw_parts_mut(self.host_ptr(addr), len) }
    }
}

thread_local! {
    /// The guest memory of the process whose thread runs on this host
    /// thread, for the helpers translated code calls without it (SPARC
    /// window spills and fills, the IA-64 RSE and speculation checks).
    static THREAD_MEMORY: std::cell::RefCell<Option<std::sync::Arc<GuestMemory>>> = const { std::cell::RefCell::new(None) };
}

/// Name the guest memory the helpers of this host thread use.
pub fn set_thread_memory(mem: std::sync::Arc<GuestMemory>) {
    THREAD_MEMORY.with(|m| *m.borrow_mut() = Some(mem));
}

/// Run `f` on this host thread's guest memory ([`set_thread_memory`]).
pub(crate) fn with_thread_memory<R>(f: impl FnOnce(&GuestMemory) -> R) -> R {
    THREAD_MEMORY.with(|m| f(m.borrow().as_ref().expect("guest memory set before running guest code")))
}

/// Checks that the host's view of the reservation (from /proc/self/maps)
/// matches the region map: no holes, guest-mapped pages with the guest's
/// read/write bits, never executable, everything else PROT_NONE.
#[cfg(test)]
pub(crate) fn assert_host_matches_map(m: &GuestMemory) {
    let base = m.base() as u64;
    let end = base + m.size() + GUARD_SIZE;
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    // (start, end, perms) of host VMAs inside the reservation, clipped.
    let mut host: Vec<(u64, u64, String)> = maps
        .lines()
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            let range = it.next()?;
            let perms = it.next()?.to_string();
            let (a, b) = range.split_once('-')?;
            let (a, b) = (u64::from_str_radix(a, 16).ok()?, u64::from_str_radix(b, 16).ok()?);
            (b > base && a < end).then(|| (a.max(base), b.min(end), perms))
        })
        .collect();
    host.sort();
    let mut cur = base;
    for (a, b, _) in &host {
        assert_eq!(*a, cur, "hole in the reservation at guest 0x{:x}", cur - base);
        cur = *b;
    }
    assert_eq!(cur, end, "reservation does not reach its end");
    let regions = m.regions();
    for (a, b, perms) in &host {
        assert_eq!(&perms[2..3], "-", "host page executable at guest 0x{:x}", a - base);
        // Every guest page in [a, b) must agree with the map.
        let mut g = a - base;
        while g < b - base {
            let want = match regions.iter().find(|r| r.start <= g && g < r.end) {
                Some(r) => {
                    let rd = if r.prot.intersects(Prot::RWX) { 'r' } else { '-' };
                    let wr = if r.prot.contains(Prot::WRITE) { 'w' } else { '-' };
                    format!("{rd}{wr}")
                }
                None => "--".to_string(),
            };
            assert_eq!(&perms[..2], want, "guest page 0x{g:x}");
            // Jump to the next boundary of either view.
            let next_region_edge = regions
                .iter()
                .flat_map(|r| [r.start, r.end])
                .filter(|&e| e > g)
                .min()
                .unwrap_or(u64::MAX);
            g = next_region_edge.min(b - base);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: u64 = GUEST_PAGE_SIZE;

    fn anon() -> MapFlags {
        MapFlags { anonymous: true, ..MapFlags::default() }
    }
    fn fixed() -> MapFlags {
        MapFlags { anonymous: true, fixed: true, ..MapFlags::default() }
    }

    #[test]
    fn mask_confines_every_64bit_address_to_the_reservation() {
        let m = GuestMemory::new(40).unwrap();
        assert_eq!(m.size(), 1 << 40);
        assert_eq!(m.addr_mask(), (1 << 40) - 1);
        let base = m.base() as usize;
        let end = base + m.reservation() as usize;
        for a in [0u64, 1, 0xff_ffff_ffff, 0x100_0000_0000, u64::MAX, 0x8000_0000_0000_0000, 0xdead_beef_cafe_f00d] {
            let h = m.host_ptr(a) as usize;
            // Even the widest access (16 bytes, e.g. a quad load) at the
            // highest masked address stays inside the reservation + guard.
            assert!(h >= base && h + 16 <= end, "{a:#x}");
            assert!(m.host_contains(h));
            assert_eq!(m.guest_of_host(h), a & m.addr_mask());
            // A misaligned access of up to 8 bytes, folded past the space
            // (see reservation_size), stays inside too.
            let folded = base + ((a & m.addr_mask()) | (7 << 40)) as usize;
            assert!(folded + 8 <= end, "{a:#x} folded");
        }
        assert!(!m.host_contains(end));
        assert!(!m.host_contains(base.wrapping_sub(1)));
    }

    #[test]
    fn guard_after_space_is_inaccessible_on_the_host() {
        // Reading the guard must fault on the host: we check the host mapping
        // with mincore-free means: the guard is part of our PROT_NONE
        // reservation, and no region is ever created there.
        let m = GuestMemory::new(32).unwrap();
        assert!(m.mmap(m.size() - P, P, Prot::RW, fixed(), None, 0).is_ok());
        assert_eq!(m.mmap(m.size(), P, Prot::RW, fixed(), None, 0), Err(Errno::ENOMEM));
        assert!(!m.check(m.size() - 4, 8, Prot::READ));
        assert!(m.check(m.size() - 8, 8, Prot::READ));
    }

    #[test]
    fn anonymous_mmap_is_zeroed_readable_and_writable() {
        let m = GuestMemory::new(32).unwrap();
        let a = m.mmap(0, 3 * P, Prot::RW, anon(), None, 0).unwrap();
        assert_eq!(a % P, 0);
        assert!(a + 3 * P <= m.size() - m.size() / 16);
        assert_eq!(m.read_u64_be(a + 8).unwrap(), 0);
        m.write_u64_be(a + 8, 0x0102030405060708).unwrap();
        // Big-endian in guest memory.
        assert_eq!(unsafe { m.slice(a + 8, 2) }, &[1, 2]);
        assert_eq!(m.read_u32_be(a + 12).unwrap(), 0x05060708);
    }

    #[test]
    fn mmap_rounds_length_to_8k_and_allocates_top_down() {
        let m = GuestMemory::new(32).unwrap();
        let a = m.mmap(0, 1, Prot::READ, anon(), None, 0).unwrap();
        let b = m.mmap(0, P + 1, Prot::READ, anon(), None, 0).unwrap();
        assert_eq!(b + 2 * P, a, "the next mapping goes right below");
        assert_eq!(m.region_at(a).unwrap().len(), 3 * P, "and merges with it");
        assert!(m.check(b, 2 * P, Prot::READ));
        assert!(!m.check(b, 2 * P, Prot::WRITE));
    }

    #[test]
    fn mmap_errors_follow_linux() {
        let m = GuestMemory::new(32).unwrap();
        assert_eq!(m.mmap(0, 0, Prot::RW, anon(), None, 0), Err(Errno::EINVAL));
        assert_eq!(m.mmap(0x10001, P, Prot::RW, fixed(), None, 0), Err(Errno::EINVAL));
        assert_eq!(m.mmap(0, P, Prot::RW, anon(), None, 100), Err(Errno::EINVAL));
        assert_eq!(m.mmap(0, 1 << 33, Prot::RW, anon(), None, 0), Err(Errno::ENOMEM));
        let file = MapFlags::default();
        assert_eq!(m.mmap(0, P, Prot::RW, file, None, 0), Err(Errno::EBADF));
        assert_eq!(m.mmap(0, P, Prot::RW, file, Some(-1), 0), Err(Errno::EBADF));
    }

    #[test]
    fn hint_is_used_when_free_and_ignored_when_taken() {
        let m = GuestMemory::new(32).unwrap();
        let a = m.mmap(0x4000_0000, P, Prot::RW, anon(), None, 0).unwrap();
        assert_eq!(a, 0x4000_0000);
        let b = m.mmap(0x4000_0000, P, Prot::RW, anon(), None, 0).unwrap();
        assert_ne!(b, 0x4000_0000);
        // An unaligned hint is rounded up.
        let c = m.mmap(0x5000_0001, P, Prot::RW, anon(), None, 0).unwrap();
        assert_eq!(c, 0x5000_2000);
    }

    #[test]
    fn map_fixed_replaces_and_noreplace_refuses() {
        let m = GuestMemory::new(32).unwrap();
        let a = m.mmap(0x100000, 2 * P, Prot::RW, fixed(), None, 0).unwrap();
        m.write_u32_be(a, 0xdeadbeef).unwrap();
        m.mmap(a, P, Prot::RW, fixed(), None, 0).unwrap();
        assert_eq!(m.read_u32_be(a).unwrap(), 0, "MAP_FIXED gives fresh zero pages");
        let nr = MapFlags { anonymous: true, fixed_noreplace: true, ..MapFlags::default() };
        assert_eq!(m.mmap(a + P, P, Prot::RW, nr, None, 0), Err(Errno::EEXIST));
        assert_eq!(m.mmap(a + 2 * P, P, Prot::RW, nr, None, 0), Ok(a + 2 * P));
        let both = MapFlags { fixed: true, ..nr };
        assert_eq!(m.mmap(a, P, Prot::RW, both, None, 0), Err(Errno::EEXIST));
        // Adjacent private anonymous mappings merge like VMAs.
        assert_eq!(m.regions().len(), 1);
        assert_eq!(m.region_at(a).unwrap().len(), 3 * P);
    }

    #[test]
    fn munmap_splits_regions_and_unmapped_memory_faults() {
        let m = GuestMemory::new(32).unwrap();
        let a = m.mmap(0x200000, 4 * P, Prot::RW, fixed(), None, 0).unwrap();
        m.write_u8(a + P, 7).unwrap();
        m.munmap(a + P, P).unwrap();
        assert_eq!(m.regions().len(), 2);
        assert_eq!(m.read_u8(a + P), Err(Fault { addr: a + P }));
        assert!(m.check(a, P, Prot::RW));
        assert_eq!(m.read(a + P - 4, &mut [0u8; 8]), Err(Fault { addr: a + P }));
        assert_eq!(m.munmap(a + 1, P), Err(Errno::EINVAL));
        assert_eq!(m.munmap(a, 0), Err(Errno::EINVAL));
        // Unmapping nothing succeeds; remapping gives zeros.
        m.munmap(a + P, P).unwrap();
        m.mmap(a + P, P, Prot::RW, fixed(), None, 0).unwrap();
        assert_eq!(m.read_u8(a + P).unwrap(), 0);
        assert_eq!(m.regions().len(), 1);
    }

    #[test]
    fn mprotect_changes_protection_and_needs_a_mapped_range() {
        let m = GuestMemory::new(32).unwrap();
        let a = m.mmap(0x300000, 3 * P, Prot::RW, fixed(), None, 0).unwrap();
        m.mprotect(a + P, P, Prot::READ).unwrap();
        assert_eq!(m.regions().len(), 3);
        assert!(m.write_u8(a + P, 1).is_err());
        assert!(m.write_u8(a, 1).is_ok());
        assert_eq!(m.read_u8(a).unwrap(), 1);
        m.mprotect(a + P, P, Prot::RW).unwrap();
        assert_eq!(m.regions().len(), 1, "equal neighbours merge again");
        assert_eq!(m.mprotect(a + 2 * P, 2 * P, Prot::READ), Err(Errno::ENOMEM));
        assert!(m.check(a + 2 * P, P, Prot::WRITE), "no change after ENOMEM");
        assert_eq!(m.mprotect(a + 4, P, Prot::READ), Err(Errno::EINVAL));
        assert_eq!(m.mprotect(a, 0, Prot::NONE), Ok(()));
        m.mprotect(a, P, Prot::NONE).unwrap();
        assert!(!m.check(a, 1, Prot::READ));
    }

    #[test]
    fn map_generation_changes_with_the_map_only() {
        let m = GuestMemory::new(32).unwrap();
        let other = GuestMemory::new(32).unwrap();
        assert_ne!(m.map_generation(), other.map_generation(), "distinct per memory");
        let g = m.map_generation();
        let a = m.mmap(0x300000, 2 * P, Prot::RW, fixed(), None, 0).unwrap();
        let g1 = m.map_generation();
        assert_ne!(g1, g, "mmap");
        m.write_u64_be(a, 7).unwrap();
        assert_eq!(m.read_u64_be(a).unwrap(), 7);
        assert!(m.check(a, 8, Prot::RW));
        let hot = m.hot_region(a + 8);
        assert_eq!(m.map_generation(), g1, "reads, writes and checks change nothing");
        assert_eq!(m.hot_in(&hot, a + 2 * P - 8, 8, Prot::WRITE), Some(m.host_ptr(a + 2 * P - 8)));
        assert_eq!(m.hot_in(&hot, a + 2 * P - 8, 9, Prot::READ), None, "past the region");
        assert_eq!(m.hot_in(&hot, u64::MAX - 3, 8, Prot::READ), None);
        assert_eq!(m.hot_in(&HotRegion::EMPTY, a, 8, Prot::READ), None);
        assert_eq!(other.hot_in(&hot, a, 8, Prot::READ), None, "another memory");
        m.mprotect(a + P, P, Prot::READ).unwrap();
        let g2 = m.map_generation();
        assert_ne!(g2, g1, "mprotect");
        assert_eq!(m.hot_in(&hot, a, 8, Prot::READ), None, "stale after mprotect");
        let hot = m.hot_region(a + P);
        assert!(m.hot_in(&hot, a + P, 8, Prot::READ).is_some());
        assert_eq!(m.hot_in(&hot, a + P, 8, Prot::WRITE), None, "read-only");
        assert_eq!(m.hot_in(&hot, a, 8, Prot::READ), None, "another region");
        assert_eq!(m.hot_region(0x10), HotRegion::EMPTY);
        m.munmap(a, P).unwrap();
        assert_ne!(m.map_generation(), g2, "munmap");
    }

    #[test]
    fn exec_is_recorded_in_the_map_and_fetch_requires_it() {
        let m = GuestMemory::new(32).unwrap();
        let a = m.mmap(0x400000, P, Prot::RW, fixed(), None, 0).unwrap();
        m.write_u32_be(a + 4, 0x9de3bf50).unwrap();
        assert_eq!(m.fetch_insn(a + 4), None);
        let g0 = m.protect_generation();
        m.mprotect(a, P, Prot::RX).unwrap();
        assert_eq!(m.protect_generation(), g0, "gaining exec invalidates nothing");
        assert_eq!(m.fetch_insn(a + 4), Some(0x9de3bf50));
        assert_eq!(m.fetch_insn(a + 2), None, "misaligned");
        assert_eq!(m.read_u32_be(a + 4).unwrap(), 0x9de3bf50, "exec implies read");
        m.mprotect(a, P, Prot::READ).unwrap();
        assert!(m.protect_generation() > g0);
        let g1 = m.protect_generation();
        m.mprotect(a, P, Prot::RX).unwrap();
        m.munmap(a, P).unwrap();
        assert!(m.protect_generation() > g1);
    }

    #[test]
    fn code_change_hook_sees_unmapped_exec_ranges() {
        use std::sync::Arc;
        let m = GuestMemory::new(32).unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s2 = seen.clone();
        m.set_code_change_hook(Box::new(move |a, b| s2.lock().unwrap().push((a, b))));
        let a = m.mmap(0x500000, 2 * P, Prot::RX, fixed(), None, 0).unwrap();
        m.munmap(a + P, P).unwrap();
        m.mmap(a, P, Prot::RW, fixed(), None, 0).unwrap();
        assert_eq!(*seen.lock().unwrap(), vec![(a + P, a + 2 * P), (a, a + P)]);
    }

    #[test]
    fn brk_grows_shrinks_and_refuses_collisions() {
        let m = GuestMemory::new(32).unwrap();
        let start = 0x308000;
        m.set_brk_start(start);
        assert_eq!(m.brk(0), start);
        assert_eq!(m.brk(start + 0xae0), start + 0xae0);
        m.write_u8(start + 0xadf, 9).unwrap();
        assert!(m.check(start, P, Prot::RW));
        assert_eq!(m.brk(start + 5 * P + 1), start + 5 * P + 1);
        assert!(m.check(start, 6 * P, Prot::RW));
        assert!(!m.check(start + 6 * P, 1, Prot::READ));
        // Shrinking unmaps whole pages above the new break.
        assert_eq!(m.brk(start + P), start + P);
        assert!(!m.check(start + P, 1, Prot::READ));
        assert_eq!(m.read_u8(start + 0xadf).unwrap(), 9);
        // Growing again gives zeroed memory.
        assert_eq!(m.brk(start + 3 * P), start + 3 * P);
        assert_eq!(m.read_u8(start + 2 * P).unwrap(), 0);
        // Below the start: refused.
        assert_eq!(m.brk(start - 1), start + 3 * P);
        // Into a mapping (or its guard page): refused, break unchanged.
        m.mmap(start + 10 * P, P, Prot::RW, fixed(), None, 0).unwrap();
        assert_eq!(m.brk(start + 10 * P), start + 3 * P);
        assert_eq!(m.brk(start + 9 * P + 1), start + 3 * P);
        assert_eq!(m.brk(start + 9 * P), start + 9 * P);
        assert_eq!(m.current_brk(), start + 9 * P);
    }

    #[test]
    fn mremap_shrinks_grows_in_place_and_moves() {
        let m = GuestMemory::new(32).unwrap();
        let a = m.mmap(0x1000_0000, 2 * P, Prot::RW, fixed(), None, 0).unwrap();
        m.write_u64_be(a, 42).unwrap();
        // Grow in place (free space after it).
        assert_eq!(m.mremap(a, 2 * P, 4 * P, 0, 0), Ok(a));
        assert!(m.check(a, 4 * P, Prot::RW));
        // Shrink.
        assert_eq!(m.mremap(a, 4 * P, P, 0, 0), Ok(a));
        assert!(!m.check(a + P, 1, Prot::READ));
        // Block growth; without MAYMOVE it fails, with it the data moves.
        m.mmap(a + P, P, Prot::READ, fixed(), None, 0).unwrap();
        assert_eq!(m.mremap(a, P, 3 * P, 0, 0), Err(Errno::ENOMEM));
        let b = m.mremap(a, P, 3 * P, 1, 0).unwrap();
        assert_ne!(b, a);
        assert_eq!(m.read_u64_be(b).unwrap(), 42);
        assert!(m.check(b, 3 * P, Prot::RW));
        assert_eq!(m.read_u8(b + 2 * P).unwrap(), 0);
        assert!(!m.check(a, 1, Prot::READ), "old range unmapped");
        // MREMAP_FIXED replaces the target.
        let c = 0x2000_0000;
        m.mmap(c, P, Prot::RW, fixed(), None, 0).unwrap();
        assert_eq!(m.mremap(b, 3 * P, 2 * P, 3, c), Ok(c));
        assert_eq!(m.read_u64_be(c).unwrap(), 42);
        assert!(!m.check(b, 1, Prot::READ));
        // Errors.
        assert_eq!(m.mremap(0x3000_0000, P, 2 * P, 1, 0), Err(Errno::EFAULT));
        assert_eq!(m.mremap(c, P, 2 * P, 2, 0x4000_0000), Err(Errno::EINVAL), "FIXED needs MAYMOVE");
        assert_eq!(m.mremap(c + 1, P, 2 * P, 1, 0), Err(Errno::EINVAL));
        assert_eq!(m.mremap(c, 4 * P, 5 * P, 1, 0), Err(Errno::EFAULT), "beyond the mapping");
        assert_eq!(m.mremap(c, 2 * P, 2 * P, 3, c + P), Err(Errno::EINVAL), "overlap");
    }

    #[test]
    fn madvise_dontneed_zeroes_private_anonymous_pages() {
        let m = GuestMemory::new(32).unwrap();
        let a = m.mmap(0x600000, 2 * P, Prot::RW, fixed(), None, 0).unwrap();
        m.write_u32_be(a + P, 5).unwrap();
        m.write_u32_be(a, 6).unwrap();
        m.madvise(a + P, P, libc::MADV_DONTNEED).unwrap();
        assert_eq!(m.read_u32_be(a + P).unwrap(), 0);
        assert_eq!(m.read_u32_be(a).unwrap(), 6);
        assert_eq!(m.madvise(a, P, libc::MADV_WILLNEED), Ok(()));
        assert_eq!(m.madvise(a, P, 77), Err(Errno::EINVAL));
        assert_eq!(m.madvise(a + 3, P, 0), Err(Errno::EINVAL));
        assert_eq!(m.madvise(a, 3 * P, 0), Err(Errno::ENOMEM));
    }

    #[test]
    fn file_mapping_shows_file_bytes_and_zeroes_the_tail_of_the_last_page() {
        use std::io::Write;
        use std::os::fd::AsRawFd;
        let dir = std::env::temp_dir().join(format!("lastmile-mem-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("f");
        let mut f = std::fs::File::create(&path).unwrap();
        f.write_all(&[0xab; 5000]).unwrap();
        drop(f);
        let f = std::fs::File::open(&path).unwrap();
        let m = GuestMemory::new(32).unwrap();
        let flags = MapFlags::default();
        let a = m.mmap(0, 5000, Prot::READ, flags, Some(f.as_raw_fd()), 0).unwrap();
        assert_eq!(m.read_u8(a + 4999).unwrap(), 0xab);
        // Beyond EOF but in the same 8 KiB page: zeros, not SIGBUS.
        assert_eq!(m.read_u8(a + 8191).unwrap(), 0);
        assert!(matches!(m.region_at(a).unwrap().kind, RegionKind::File { offset: 0, .. }));
        // A shared writable mapping of a read-only fd is refused by the host.
        let shared = MapFlags { shared: true, ..MapFlags::default() };
        assert_eq!(m.mmap(0, P, Prot::RW, shared, Some(f.as_raw_fd()), 0), Err(Errno::EACCES));
        // Private writable works and does not touch the file.
        let b = m.mmap(0, P, Prot::RW, flags, Some(f.as_raw_fd()), 0).unwrap();
        m.write_u8(b, 1).unwrap();
        assert_eq!(std::fs::read(&path).unwrap()[0], 0xab);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn read_cstring_stops_at_nul_max_and_faults() {
        let m = GuestMemory::new(32).unwrap();
        let a = m.mmap(0x700000, P, Prot::RW, fixed(), None, 0).unwrap();
        m.write(a, b"hello\0world").unwrap();
        assert_eq!(m.read_cstring(a, 100).unwrap(), b"hello");
        assert_eq!(m.read_cstring(a, 3).unwrap(), b"hel");
        m.write(a + P - 3, b"abc").unwrap();
        assert_eq!(m.read_cstring(a + P - 3, 100), Err(Fault { addr: a + P }));
        assert_eq!(m.read_cstring(0x10, 100), Err(Fault { addr: 0x10 }));
    }

    #[test]
    fn random_mapping_operations_keep_host_and_map_in_agreement() {
        // A seeded random mix of mmap / munmap / mprotect / mremap / brk /
        // madvise anywhere in (and beyond) a 32-bit space: nothing may touch
        // host memory outside the reservation, leave a hole in it, or let the
        // host's protections drift from the region map.
        let m = GuestMemory::new(32).unwrap();
        m.set_brk_start(0x100_0000);
        let mut x: u64 = 0x9e3779b97f4a7c15;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let pages = |v: u64| (v % 64) * P;
        for i in 0..20000 {
            let r = next();
            let addr = match r % 4 {
                0 => 0x100_0000 + pages(next()),
                1 => m.size() - pages(next()) - P,
                2 => next() & !(P - 1),
                _ => 0x100_0000 + (next() % 0x1000),
            };
            let len = match next() % 5 {
                0 => 0,
                1 => next(),
                _ => pages(next()) + (next() % 3) * 100,
            };
            let prot = Prot::from_linux(next() % 8).unwrap();
            match (r >> 8) % 7 {
                0 => {
                    let flags = MapFlags {
                        anonymous: true,
                        fixed: next() % 2 == 0,
                        shared: next() % 4 == 0,
                        fixed_noreplace: next() % 8 == 0,
                        growsdown: false,
                    };
                    let _ = m.mmap(addr, len, prot, flags, None, 0);
                }
                1 => {
                    let _ = m.munmap(addr, len);
                }
                2 => {
                    let _ = m.mprotect(addr, len, prot);
                }
                3 => {
                    let _ = m.mremap(addr, len, pages(next()) + P, (next() % 4) as u32, 0x100_0000 + pages(next()));
                }
                4 => {
                    m.brk(0x100_0000 + pages(next()) + next() % P);
                }
                5 => {
                    let _ = m.madvise(addr, len, libc::MADV_DONTNEED);
                }
                _ => {
                    let _ = m.write(addr, &[1, 2, 3]);
                    let _ = m.read_cstring(addr, 100);
                    let _ = m.fetch_insn(addr);
                }
            }
            if i % 500 == 0 {
                assert_host_matches_map(&m);
            }
        }
        assert_host_matches_map(&m);
        let regions = m.regions();
        assert!(regions.len() > 5, "the mix leaves mappings behind: {}", regions.len());
        for w in regions.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
        for r in &regions {
            assert!(r.start < r.end && r.end <= m.size() && r.start % P == 0 && r.end % P == 0);
        }
    }

    #[test]
    fn shared_anonymous_mapping_moves_with_mremap() {
        let m = GuestMemory::new(32).unwrap();
        let sh = MapFlags { anonymous: true, shared: true, ..MapFlags::default() };
        let a = m.mmap(0, 2 * P, Prot::RW, sh, None, 0).unwrap();
        m.write_u32_be(a + P, 77).unwrap();
        m.mmap(a + 2 * P, P, Prot::READ, fixed(), None, 0).unwrap();
        let b = m.mremap(a, 2 * P, 4 * P, 1, 0).unwrap();
        assert_eq!(m.read_u32_be(b + P).unwrap(), 77);
        assert!(m.check(b, 4 * P, Prot::RW));
        assert!(!m.check(a, 1, Prot::READ));
    }

    // ---- the IA-64 region fold ----

    const FOLD32: RegionFold = RegionFold { slot_bits: 32 };
    const IP: u64 = IA64_PAGE_SIZE;

    #[test]
    fn ia64_fold_confines_every_address_and_never_aliases_mapped_memory() {
        let m = GuestMemory::new_ia64().unwrap();
        let f = RegionFold::IA64;
        assert_eq!(m.reservation(), 8 << 40);
        let base = m.base() as usize;
        let end = base + m.reservation() as usize;
        let addrs = [
            0u64,
            0x4000_0000_0000_0000,
            0x6000_0000_0000_1000,
            0x6000_00ff_ffef_fff8,
            0x6000_0100_0000_0000,
            0x6fff_ffff_ffff_ffff,
            0x8000_0000_0000_0000,
            0xa000_0000_0000_0000,
            0xe000_0000_0000_0000,
            u64::MAX,
            0xdead_beef_cafe_f00d,
        ];
        for a in addrs {
            let h = m.host_ptr(a) as usize;
            // The widest IA-64 access (16 bytes: ldfe, stf.spill, ld16) stays
            // inside the reservation and inside the slot of its region.
            assert!(h >= base && h + 16 <= end, "{a:#x}");
            let slot = (h - base) as u64 >> f.slot_bits;
            assert_eq!(slot, a >> 61, "{a:#x} stays in its region's slot");
            let off = a & RegionFold::OFFSET_MASK;
            if off < f.limit() {
                assert_eq!(m.guest_of_host(h), a, "{a:#x} maps to itself");
            } else {
                // Clamped into the never-mapped guard at the end of the slot.
                assert_eq!((h - base) as u64 & ((1 << f.slot_bits) - 1), f.limit(), "{a:#x}");
                assert!(!m.range_ok(a, 1));
            }
        }
        // Nothing can be mapped across the limit or in kernel regions.
        assert!(m.range_ok(0x6000_0000_0000_0000, f.limit()));
        assert!(!m.range_ok(0x6000_0000_0000_0000, f.limit() + 1));
        assert!(!m.range_ok(0xa000_0000_0000_0000, IP));
        assert!(!m.range_ok(0x3fff_ffff_ffff_c000, 2 * IP), "ranges never span two regions");
        assert_eq!(m.map_fixed(0x6000_00ff_fff0_0000, 2 * IP, Prot::RW, RegionKind::Anon), Err(Errno::ENOMEM));
        assert_eq!(m.map_fixed(0xc000_0000_0000_0000, IP, Prot::RW, RegionKind::Anon), Err(Errno::ENOMEM));
    }

    #[test]
    fn ia64_mappings_use_16k_pages_and_mmap_grows_up_from_region_1() {
        let m = GuestMemory::new_fold(FOLD32).unwrap();
        assert_eq!(m.page_size(), 16384);
        let a = m.mmap(0, 1, Prot::RW, anon(), None, 0).unwrap();
        assert_eq!(a, IA64_MAP_BASE, "first mmap at DEFAULT_MAP_BASE");
        let b = m.mmap(0, IP + 1, Prot::RW, anon(), None, 0).unwrap();
        assert_eq!(b, a + IP, "bottom-up, one 16 KiB page for one byte");
        assert_eq!(m.region_at(b).unwrap().end, b + 2 * IP);
        m.write(b + 2 * IP - 8, &7u64.to_le_bytes()).unwrap();
        assert_eq!(m.read_u8(b + 2 * IP - 8).unwrap(), 7);
        assert_eq!(m.munmap(b + 8192, IP), Err(Errno::EINVAL), "8 KiB is not a page here");
        assert_eq!(m.mmap(0x4000_0000_0000_2000, IP, Prot::RW, fixed(), None, 0), Err(Errno::EINVAL));
        // Text, data and stack regions take fixed mappings; their host bytes
        // are where the fold says.
        for r in [0x4000_0000_0000_0000u64, 0x6000_0000_0100_0000, 0x8000_0000_0000_0000] {
            m.mmap(r, IP, Prot::RW, fixed(), None, 0).unwrap();
            m.write(r + 8, &r.to_le_bytes()).unwrap();
            // SAFETY: just mapped and written.
            let host = unsafe { std::ptr::read_unaligned(m.host_ptr(r + 8) as *const u64) };
            assert_eq!(host, r);
        }
        // The break lives in region 3 and stops at the end of the slot.
        let brk0 = 0x6000_0000_0200_0000;
        m.set_brk_start(brk0);
        assert_eq!(m.brk(brk0 + 100), brk0 + 100);
        assert!(m.check(brk0, IP, Prot::RW));
        assert_eq!(m.brk(brk0 + FOLD32.limit()), brk0 + 100, "past the region: refused");
        assert_eq!(m.brk(0x8000_0000_0000_0000), brk0 + 100);
        // Kernel regions refuse everything.
        assert_eq!(m.mmap(0xa000_0000_0000_0000, IP, Prot::RW, fixed(), None, 0), Err(Errno::ENOMEM));
        assert_eq!(m.mprotect(0xe000_0000_0000_0000, IP, Prot::RW), Err(Errno::ENOMEM));
    }

    #[test]
    fn ia64_mmap_fills_region_1_then_fails_cleanly() {
        let m = GuestMemory::new_fold(RegionFold { slot_bits: 24 }).unwrap();
        let room = RegionFold { slot_bits: 24 }.limit();
        let a = m.mmap(0, room, Prot::RW, anon(), None, 0).unwrap();
        assert_eq!(a, IA64_MAP_BASE);
        assert_eq!(m.mmap(0, IP, Prot::RW, anon(), None, 0), Err(Errno::ENOMEM));
        // mremap cannot grow it past the limit either.
        assert_eq!(m.mremap(a, room, room + IP, 1, 0), Err(Errno::ENOMEM));
        m.munmap(a + IP, IP).unwrap();
        assert_eq!(m.mmap(0, IP, Prot::RW, anon(), None, 0), Ok(a + IP));
    }
}
