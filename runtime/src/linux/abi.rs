//! The Linux SPARC ABIs the system-call layer serves, and the structure
//! layouts and argument widths in which they differ. Handlers are shared:
//! they take the layout of a structure from the process's [`Abi`], which
//! picks the conversion in `sparc64.rs` or `sparc32.rs`.

use super::{sparc32, sparc64};
use crate::mem::Errno;

/// The ABI of a guest process.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Abi {
    /// 64-bit SPARC (`ta 0x6d`, LP64).
    #[default]
    Sparc64,
    /// 32-bit SPARC, V8 and V8+ (`ta 0x10`, ILP32): a sparc64 kernel's
    /// compat layer, which has the native sparc32 layouts.
    Sparc32,
}

/// The structures of the 64-bit-time system calls of 32-bit programs
/// (`clock_gettime64` ...: `struct __kernel_timespec`, two 64-bit words)
/// are sparc64's.
pub const TIME64: Abi = Abi::Sparc64;

impl Abi {
    pub fn is32(self) -> bool {
        self == Abi::Sparc32
    }

    /// Bytes of a `long` or pointer.
    pub fn long_size(self) -> usize {
        if self.is32() {
            4
        } else {
            8
        }
    }

    /// A guest `long` / pointer word at offset `o` of `b`.
    pub fn read_long(self, b: &[u8], o: usize) -> u64 {
        let r = sparc64::BeReader::new(b);
        if self.is32() {
            r.u32(o) as u64
        } else {
            r.u64(o)
        }
    }

    /// The image of a guest `long` / pointer.
    pub fn long_bytes(self, v: u64) -> Vec<u8> {
        if self.is32() {
            (v as u32).to_be_bytes().to_vec()
        } else {
            v.to_be_bytes().to_vec()
        }
    }

    // ---- time ----

    /// Bytes of `struct timespec` (32-bit time_t on sparc32).
    pub fn timespec_size(self) -> usize {
        if self.is32() {
            8
        } else {
            16
        }
    }

    pub fn timespec_to_guest(self, sec: i64, nsec: i64) -> Vec<u8> {
        if self.is32() {
            sparc32::timespec_to_guest(sec, nsec).to_vec()
        } else {
            sparc64::timespec_to_guest(sec, nsec).to_vec()
        }
    }

    pub fn timespec_from_guest(self, b: &[u8]) -> libc::timespec {
        if self.is32() {
            sparc32::timespec_from_guest(b)
        } else {
            sparc64::timespec_from_guest(b)
        }
    }

    /// Bytes of `struct timeval`.
    pub fn timeval_size(self) -> usize {
        self.timespec_size()
    }

    pub fn timeval_to_guest(self, sec: i64, usec: i64) -> Vec<u8> {
        if self.is32() {
            sparc32::timeval_to_guest(sec, usec).to_vec()
        } else {
            sparc64::timeval_to_guest(sec, usec).to_vec()
        }
    }

    pub fn timeval_from_guest(self, b: &[u8]) -> libc::timeval {
        if self.is32() {
            sparc32::timeval_from_guest(b)
        } else {
            sparc64::timeval_from_guest(b)
        }
    }

    pub fn rusage_to_guest(self, r: &libc::rusage) -> Vec<u8> {
        if self.is32() {
            sparc32::rusage_to_guest(r)
        } else {
            sparc64::rusage_to_guest(r)
        }
    }

    // ---- files ----

    /// `struct stat` (stat, lstat, fstat).
    pub fn stat_to_guest(self, st: &libc::stat) -> Result<Vec<u8>, Errno> {
        if self.is32() {
            sparc32::stat_to_guest(st)
        } else {
            sparc64::stat_to_guest(st)
        }
    }

    /// `struct stat64` (stat64, lstat64, fstat64, fstatat64).
    pub fn stat64_to_guest(self, st: &libc::stat) -> Vec<u8> {
        if self.is32() {
            sparc32::stat64_to_guest(st)
        } else {
            sparc64::stat64_to_guest(st)
        }
    }

    /// `struct statfs` from the host's 15 words.
    pub fn statfs_to_guest(self, w: &[u64; 15]) -> Result<Vec<u8>, Errno> {
        if self.is32() {
            sparc32::statfs_to_guest(w)
        } else {
            Ok(sparc64::statfs_to_guest(w))
        }
    }

    /// Bytes of `struct iovec`.
    pub fn iovec_size(self) -> usize {
        2 * self.long_size()
    }

    /// Bytes of `struct flock` (fcntl F_GETLK ...).
    pub fn flock_size(self) -> usize {
        if self.is32() {
            20
        } else {
            32
        }
    }

    pub fn flock_from_guest(self, b: &[u8]) -> Option<libc::flock> {
        if self.is32() {
            sparc32::flock_from_guest(b)
        } else {
            sparc64::flock_from_guest(b)
        }
    }

    pub fn flock_to_guest(self, f: &libc::flock) -> Result<Vec<u8>, Errno> {
        if self.is32() {
            sparc32::flock_to_guest(f)
        } else {
            Ok(sparc64::flock_to_guest(f))
        }
    }

    // ---- processes and signals ----

    /// Bytes of the `struct sigaction` rt_sigaction copies.
    pub fn sigaction_size(self) -> usize {
        if self.is32() {
            20
        } else {
            sparc64::SigAction::SIZE
        }
    }

    pub fn sigaction_from_guest(self, b: &[u8]) -> sparc64::SigAction {
        if self.is32() {
            sparc32::sigaction_from_guest(b)
        } else {
            sparc64::SigAction::from_guest(b)
        }
    }

    pub fn sigaction_to_guest(self, a: &sparc64::SigAction) -> Vec<u8> {
        if self.is32() {
            sparc32::sigaction_to_guest(a)
        } else {
            a.to_guest()
        }
    }

    /// A 64-signal `sigset_t` (8 bytes either way; sparc32 stores it as two
    /// 32-bit words, low signals first).
    pub fn sigset_to_guest(self, m: u64) -> [u8; 8] {
        if self.is32() {
            sparc32::sigset_to_guest(m)
        } else {
            m.to_be_bytes()
        }
    }

    pub fn sigset_from_guest(self, b: &[u8]) -> u64 {
        if self.is32() {
            sparc32::sigset_from_guest(b)
        } else {
            sparc64::BeReader::new(b).u64(0)
        }
    }

    pub fn sysinfo_to_guest(self, s: &libc::sysinfo) -> Vec<u8> {
        if self.is32() {
            sparc32::sysinfo_to_guest(s)
        } else {
            sparc64::sysinfo_to_guest(s)
        }
    }

    /// struct new_utsname, whose `machine` is "sparc64" or, for 32-bit
    /// programs, "sparc" (COMPAT_UTS_MACHINE).
    pub fn utsname_to_guest(self, u: &libc::utsname) -> Vec<u8> {
        let mut b = sparc64::utsname_to_guest(u);
        if self.is32() {
            let field = &mut b[4 * 65..5 * 65];
            field.fill(0);
            field[..sparc32::UTS_MACHINE.len()].copy_from_slice(sparc32::UTS_MACHINE);
        }
        b
    }

    /// sizeof(struct robust_list_head).
    pub fn robust_list_head_size(self) -> u64 {
        3 * self.long_size() as u64
    }
}
