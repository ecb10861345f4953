//! The Linux ABIs the system-call layer serves (sparc64, sparc32, ia64),
//! and the structure layouts, byte orders, argument widths and numberings in
//! which they differ. Handlers are shared: they take the layout of a
//! structure from the process's [`Abi`], which picks the conversion in
//! `sparc64.rs`, `sparc32.rs` or `ia64.rs`.
//!
//! Numbering: the handlers match request and command codes (ioctl, fcntl,
//! sigprocmask's `how`) in sparc64's numbering, the first ABI they served;
//! [`Abi::ioctl_request`], [`Abi::fcntl_cmd`] and [`Abi::sigprocmask_how`]
//! bring another ABI's codes to it. Flags and signal numbers go straight
//! between the guest's and the host's numbering.

use super::sparc64::{BeReader, BeWriter, HostTermios};
use super::{ia64, sparc32, sparc64};
use crate::mem::{Errno, MapFlags};

/// The ABI of a guest process.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Abi {
    /// 64-bit SPARC (`ta 0x6d`, LP64).
    #[default]
    Sparc64,
    /// 32-bit SPARC, V8 and V8+ (`ta 0x10`, ILP32): a sparc64 kernel's
    /// compat layer, which has the native sparc32 layouts.
    Sparc32,
    /// IA-64 (`break 0x100000`, LP64, little-endian): asm-generic numbering
    /// (the x86-64 host's) with ia64's own `struct stat`, `struct sigaction`
    /// and system-call numbers.
    Ia64,
}

/// The structures of the 64-bit-time system calls of 32-bit programs
/// (`clock_gettime64` ...: `struct __kernel_timespec`, two 64-bit words)
/// are sparc64's.
pub const TIME64: Abi = Abi::Sparc64;

impl Abi {
    pub fn is32(self) -> bool {
        self == Abi::Sparc32
    }

    /// Little-endian guest structures (IA-64).
    pub fn le(self) -> bool {
        self == Abi::Ia64
    }

    /// A reader of guest structure images in the guest's byte order.
    pub fn reader(self, b: &[u8]) -> BeReader<'_> {
        BeReader::order(b, self.le())
    }

    /// A writer of guest structure images in the guest's byte order.
    pub fn writer(self) -> BeWriter {
        BeWriter::order(self.le())
    }

    /// A guest `u32` image.
    pub fn u32_bytes(self, v: u32) -> [u8; 4] {
        if self.le() {
            v.to_le_bytes()
        } else {
            v.to_be_bytes()
        }
    }

    /// A guest `u64` image.
    pub fn u64_bytes(self, v: u64) -> [u8; 8] {
        if self.le() {
            v.to_le_bytes()
        } else {
            v.to_be_bytes()
        }
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
        let r = self.reader(b);
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
            self.u64_bytes(v).to_vec()
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
        if self.le() {
            return ia64::pair_to_guest(sec, nsec).to_vec();
        }
        if self.is32() {
            sparc32::timespec_to_guest(sec, nsec).to_vec()
        } else {
            sparc64::timespec_to_guest(sec, nsec).to_vec()
        }
    }

    pub fn timespec_from_guest(self, b: &[u8]) -> libc::timespec {
        if self.le() {
            let r = self.reader(b);
            return libc::timespec { tv_sec: r.i64(0), tv_nsec: r.i64(8) };
        }
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
        if self.le() {
            // ia64's suseconds_t is a long (sparc64's is an int).
            return ia64::pair_to_guest(sec, usec).to_vec();
        }
        if self.is32() {
            sparc32::timeval_to_guest(sec, usec).to_vec()
        } else {
            sparc64::timeval_to_guest(sec, usec).to_vec()
        }
    }

    pub fn timeval_from_guest(self, b: &[u8]) -> libc::timeval {
        if self.le() {
            let r = self.reader(b);
            return libc::timeval { tv_sec: r.i64(0), tv_usec: r.i64(8) };
        }
        if self.is32() {
            sparc32::timeval_from_guest(b)
        } else {
            sparc64::timeval_from_guest(b)
        }
    }

    /// `struct rusage`, the same in every ABI: two timevals, then 14 longs
    /// (144 bytes; 72 on sparc32).
    pub fn rusage_to_guest(self, r: &libc::rusage) -> Vec<u8> {
        let mut b = self.timeval_to_guest(r.ru_utime.tv_sec, r.ru_utime.tv_usec);
        b.extend(self.timeval_to_guest(r.ru_stime.tv_sec, r.ru_stime.tv_usec));
        for v in [
            r.ru_maxrss,
            r.ru_ixrss,
            r.ru_idrss,
            r.ru_isrss,
            r.ru_minflt,
            r.ru_majflt,
            r.ru_nswap,
            r.ru_inblock,
            r.ru_oublock,
            r.ru_msgsnd,
            r.ru_msgrcv,
            r.ru_nsignals,
            r.ru_nvcsw,
            r.ru_nivcsw,
        ] {
            b.extend(self.long_bytes(v as u64));
        }
        b
    }

    // ---- files ----

    /// `struct stat` (stat, lstat, fstat).
    pub fn stat_to_guest(self, st: &libc::stat) -> Result<Vec<u8>, Errno> {
        if self.le() {
            return Ok(ia64::stat_to_guest(st));
        }
        if self.is32() {
            sparc32::stat_to_guest(st)
        } else {
            sparc64::stat_to_guest(st)
        }
    }

    /// `struct stat64` (stat64, lstat64, fstat64, fstatat64); ia64 has only
    /// `struct stat` (its newfstatat uses it).
    pub fn stat64_to_guest(self, st: &libc::stat) -> Vec<u8> {
        if self.le() {
            return ia64::stat_to_guest(st);
        }
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
            Ok(sparc64::statfs_to_guest(w, self.le()))
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
        if self.le() {
            return ia64::flock_from_guest(b);
        }
        if self.is32() {
            sparc32::flock_from_guest(b)
        } else {
            sparc64::flock_from_guest(b)
        }
    }

    pub fn flock_to_guest(self, f: &libc::flock) -> Result<Vec<u8>, Errno> {
        if self.le() {
            return Ok(ia64::flock_to_guest(f));
        }
        if self.is32() {
            sparc32::flock_to_guest(f)
        } else {
            Ok(sparc64::flock_to_guest(f))
        }
    }

    // ---- processes and signals ----

    /// Bytes of the `struct sigaction` rt_sigaction copies.
    pub fn sigaction_size(self) -> usize {
        if self.le() {
            return ia64::SIGACTION_SIZE;
        }
        if self.is32() {
            20
        } else {
            sparc64::SigAction::SIZE
        }
    }

    pub fn sigaction_from_guest(self, b: &[u8]) -> sparc64::SigAction {
        if self.le() {
            return ia64::sigaction_from_guest(b);
        }
        if self.is32() {
            sparc32::sigaction_from_guest(b)
        } else {
            sparc64::SigAction::from_guest(b)
        }
    }

    pub fn sigaction_to_guest(self, a: &sparc64::SigAction) -> Vec<u8> {
        if self.le() {
            return ia64::sigaction_to_guest(a);
        }
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
            self.u64_bytes(m)
        }
    }

    pub fn sigset_from_guest(self, b: &[u8]) -> u64 {
        if self.is32() {
            sparc32::sigset_from_guest(b)
        } else {
            self.reader(b).u64(0)
        }
    }

    pub fn sysinfo_to_guest(self, s: &libc::sysinfo) -> Vec<u8> {
        if self.is32() {
            sparc32::sysinfo_to_guest(s)
        } else {
            sparc64::sysinfo_to_guest(s, self.le())
        }
    }

    /// struct new_utsname, whose `machine` is "sparc64" or, for 32-bit
    /// programs, "sparc" (COMPAT_UTS_MACHINE).
    pub fn utsname_to_guest(self, u: &libc::utsname) -> Vec<u8> {
        let mut b = sparc64::utsname_to_guest(u);
        let machine = match self {
            Abi::Sparc64 => return b,
            Abi::Sparc32 => sparc32::UTS_MACHINE,
            Abi::Ia64 => ia64::UTS_MACHINE,
        };
        let field = &mut b[4 * 65..5 * 65];
        field.fill(0);
        field[..machine.len()].copy_from_slice(machine);
        b
    }

    /// sizeof(struct robust_list_head).
    pub fn robust_list_head_size(self) -> u64 {
        3 * self.long_size() as u64
    }

    // ---- numberings ----

    /// Guest open(2)/fcntl(F_SETFL) flags to the host's.
    pub fn open_flags_to_host(self, f: u64) -> i32 {
        if self.le() {
            ia64::open_flags_to_host(f)
        } else {
            sparc64::open_flags_to_host(f)
        }
    }

    /// Host file status flags to the guest's.
    pub fn open_flags_from_host(self, h: i32) -> u64 {
        if self.le() {
            ia64::open_flags_from_host(h)
        } else {
            sparc64::open_flags_from_host(h)
        }
    }

    /// The guest's O_CLOEXEC, O_NONBLOCK and O_LARGEFILE bits.
    pub fn o_cloexec(self) -> u64 {
        if self.le() {
            ia64::O_CLOEXEC
        } else {
            sparc64::O_CLOEXEC
        }
    }
    pub fn o_nonblock(self) -> u64 {
        if self.le() {
            ia64::O_NONBLOCK
        } else {
            sparc64::O_NONBLOCK
        }
    }
    pub fn o_largefile(self) -> u64 {
        if self.le() {
            ia64::O_LARGEFILE
        } else {
            sparc64::O_LARGEFILE
        }
    }
    /// The guest's O_DIRECT.
    pub fn o_direct(self) -> u64 {
        if self.le() {
            ia64::O_DIRECT
        } else {
            0x100000
        }
    }

    /// An ioctl request in sparc64's numbering (what `fs::sys_ioctl`
    /// matches); unknown requests map to themselves.
    pub fn ioctl_request(self, req: u32) -> u32 {
        if self.le() {
            ia64::ioctl_to_sparc(req)
        } else {
            req
        }
    }

    /// An fcntl command in sparc64's numbering.
    pub fn fcntl_cmd(self, cmd: u32) -> u32 {
        if self.le() {
            ia64::fcntl_to_sparc(cmd)
        } else {
            cmd
        }
    }

    /// sigprocmask's `how` in sparc64's numbering (SIG_BLOCK 1,
    /// SIG_UNBLOCK 2, SIG_SETMASK 4).
    pub fn sigprocmask_how(self, how: u64) -> u64 {
        if self.le() {
            match how {
                0 => sparc64::SIG_BLOCK,
                1 => sparc64::SIG_UNBLOCK,
                2 => sparc64::SIG_SETMASK,
                _ => u64::MAX,
            }
        } else {
            how
        }
    }

    /// Guest lock type (F_RDLCK ...) to the host's.
    pub fn lock_type_to_host(self, t: i16) -> Option<i16> {
        if self.le() {
            matches!(t as i32, libc::F_RDLCK | libc::F_WRLCK | libc::F_UNLCK).then_some(t)
        } else {
            sparc64::lock_type_to_host(t)
        }
    }
    pub fn lock_type_from_host(self, t: i16) -> i16 {
        if self.le() {
            t
        } else {
            sparc64::lock_type_from_host(t)
        }
    }

    /// mmap flags.
    pub fn map_flags(self, f: u64) -> Result<MapFlags, Errno> {
        if self.le() {
            ia64::map_flags(f)
        } else {
            sparc64::map_flags(f)
        }
    }

    /// Guest rlimit resource to the host's.
    pub fn rlimit_resource_to_host(self, r: u32) -> Option<i32> {
        if self.le() {
            ((r as usize) < sparc64::RLIM_NLIMITS).then_some(r as i32)
        } else {
            sparc64::rlimit_resource_to_host(r)
        }
    }

    /// poll(2) event bits.
    pub fn poll_events_to_host(self, e: u16) -> i16 {
        if self.le() {
            e as i16
        } else {
            sparc64::poll_events_to_host(e)
        }
    }
    pub fn poll_events_from_host(self, h: i16) -> u16 {
        if self.le() {
            h as u16
        } else {
            sparc64::poll_events_from_host(h)
        }
    }

    /// A host wait status in the guest's signal numbering.
    pub fn wait_status_from_host(self, st: i32) -> i32 {
        if self.le() {
            st
        } else {
            sparc64::wait_status_from_host(st)
        }
    }

    /// A host errno value as the guest numbers it.
    pub fn errno_to_guest(self, e: i32) -> i32 {
        if self.le() {
            e
        } else {
            super::errno::to_sparc(e)
        }
    }

    /// The guest's signal numbers for the signals the handlers name.
    pub fn sigs(self) -> &'static SigNumbers {
        if self.le() {
            &ia64::SIGS
        } else {
            &SPARC_SIGS
        }
    }

    /// The signal-mask bits of SIGKILL and SIGSTOP, which can be neither
    /// blocked nor caught.
    pub fn unblockable(self) -> u64 {
        let bit = |s: i32| 1u64 << (s - 1);
        bit(self.sigs().kill) | bit(self.sigs().stop)
    }

    /// Host signal for guest signal `s` (None: no equivalent).
    pub fn sig_to_host(self, s: i32) -> Option<i32> {
        if self.le() {
            (1..=64).contains(&s).then_some(s)
        } else {
            crate::signals::sparc::to_host(s)
        }
    }

    /// Guest signal for host signal `h`.
    pub fn sig_from_host(self, h: i32) -> i32 {
        if self.le() {
            h
        } else {
            crate::signals::sparc::from_host(h)
        }
    }

    /// MINSIGSTKSZ as the kernel checks it in sigaltstack (ia64: 131027,
    /// arch/ia64/include/uapi/asm/signal.h).
    pub fn minsigstksz(self) -> u64 {
        if self.le() {
            131027
        } else {
            4096
        }
    }

    /// `struct termios` of the guest from the host's.
    pub fn termios_to_guest(self, t: &HostTermios) -> Vec<u8> {
        if self.le() {
            ia64::termios_to_guest(t)
        } else {
            sparc64::termios_to_guest(t).to_vec()
        }
    }

    /// The guest's `struct termios` to the host's.
    pub fn termios_from_guest(self, b: &[u8], cur: &HostTermios) -> HostTermios {
        if self.le() {
            ia64::termios_from_guest(b)
        } else {
            sparc64::termios_from_guest(b, cur)
        }
    }

    /// Host `struct statx` bytes in the guest's byte order.
    pub fn statx_to_guest(self, host: &[u8; 256]) -> [u8; 256] {
        if self.le() {
            *host
        } else {
            sparc64::statx_to_guest(host)
        }
    }

    /// Host `struct linux_dirent64` records in the guest's byte order.
    pub fn dirents64_to_guest(self, buf: &mut [u8]) {
        if !self.le() {
            sparc64::dirents64_to_guest(buf)
        }
    }
}

/// Guest signal numbers the system-call layer acts on by name.
#[derive(Debug)]
pub struct SigNumbers {
    pub kill: i32,
    pub stop: i32,
    pub pipe: i32,
    pub chld: i32,
    pub cont: i32,
    pub urg: i32,
    pub winch: i32,
    pub tstp: i32,
    pub ttin: i32,
    pub ttou: i32,
}

/// SPARC's (arch/sparc/include/uapi/asm/signal.h).
pub const SPARC_SIGS: SigNumbers = SigNumbers {
    kill: sparc64::SIGKILL,
    stop: sparc64::SIGSTOP,
    pipe: sparc64::SIGPIPE,
    chld: sparc64::SIGCHLD,
    cont: sparc64::SIGCONT,
    urg: sparc64::SIGURG,
    winch: sparc64::SIGWINCH,
    tstp: sparc64::SIGTSTP,
    ttin: sparc64::SIGTTIN,
    ttou: sparc64::SIGTTOU,
};
