//! System calls driven through `sparc64_syscall` with a real CPU state, the
//! way the execution loop calls them.

use super::*;
use crate::log::LogItems;
use crate::mem::{MapFlags, Prot};
use std::path::Path;

const EFAULT: u64 = 14;
const ENOENT: u64 = 2;
const EEXIST: u64 = 17;
const EINVAL: u64 = 22;
const ENOTTY: u64 = 25;
const EAGAIN: u64 = 11;
const ENOSYS_SPARC: u64 = 90;
const ENOTEMPTY_SPARC: u64 = 66;

struct T {
    cpu: Box<SparcCpu>,
    p: Process,
    /// 64 KiB of scratch guest memory.
    buf: u64,
    dir: PathBuf,
}

impl T {
    fn new() -> T {
        T::with_log(None)
    }

    fn with_log(file: Option<&Path>) -> T {
        let mem = Arc::new(GuestMemory::new(40).unwrap());
        let buf = mem.mmap(0, 64 << 10, Prot::RW, MapFlags { anonymous: true, ..MapFlags::default() }, None, 0).unwrap();
        let items = LogItems { strace: file.is_some(), ..LogItems::default() };
        let log = Arc::new(Log::new(items, file.and_then(|f| f.to_str())).unwrap());
        let p = Process::new(mem.clone(), PathBuf::from("/guest/bin/prog"), file.is_some(), log);
        let cpu = SparcCpu::new_boxed(mem.base() as u64, true);
        static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("lastmile-sys-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        T { cpu, p, buf, dir }
    }

    /// Run system call `nr`; returns (carry, %o0).
    fn call(&mut self, nr: u64, args: &[u64]) -> (bool, u64) {
        self.cpu.set_reg(1, nr);
        for i in 0..6 {
            self.cpu.set_reg(8 + i as u32, args.get(i).copied().unwrap_or(0));
        }
        assert_eq!(sparc64_syscall(&mut self.cpu, &mut self.p), SysOutcome::Continue);
        let icc = self.cpu.ccr & 1 != 0;
        let xcc = self.cpu.ccr & 0x10 != 0;
        assert_eq!(icc, xcc, "carry set in both condition codes");
        (icc, self.cpu.reg(8))
    }

    fn ok(&mut self, nr: u64, args: &[u64]) -> u64 {
        let (c, v) = self.call(nr, args);
        assert!(!c, "syscall {nr} failed with sparc errno {v}");
        v
    }

    fn err(&mut self, nr: u64, args: &[u64]) -> u64 {
        let (c, v) = self.call(nr, args);
        assert!(c, "syscall {nr} succeeded with {v}");
        v
    }

    /// Put a NUL-terminated string in guest memory at buf + off.
    fn cstr(&self, off: u64, s: &str) -> u64 {
        let mut b = s.as_bytes().to_vec();
        b.push(0);
        self.p.mem.write(self.buf + off, &b).unwrap();
        self.buf + off
    }

    fn path(&self, off: u64, name: &str) -> u64 {
        self.cstr(off, self.dir.join(name).to_str().unwrap())
    }

    fn bytes(&self, addr: u64, n: usize) -> Vec<u8> {
        let mut v = vec![0u8; n];
        self.p.mem.read(addr, &mut v).unwrap();
        v
    }
}

impl Drop for T {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn unknown_syscall_is_enosys_in_sparc_numbering_with_carry() {
    let mut t = T::new();
    assert_eq!(t.call(9999, &[]), (true, ENOSYS_SPARC));
    // A sparc64 number with no entry point on 64-bit (time is 32-bit only).
    assert_eq!(t.call(231, &[]), (true, ENOSYS_SPARC));
}

#[test]
fn pipe_returns_both_descriptors_in_o0_and_o1() {
    let mut t = T::new();
    let r = t.ok(42, &[]);
    let w = t.cpu.reg(9);
    assert_ne!(r, w);
    let msg = t.cstr(0, "hello");
    assert_eq!(t.ok(4, &[w, msg, 5]), 5);
    assert_eq!(t.ok(3, &[r, t.buf + 100, 64]), 5);
    assert_eq!(t.bytes(t.buf + 100, 5), b"hello");
    t.ok(6, &[r]);
    t.ok(6, &[w]);
    assert_eq!(t.call(6, &[w]), (true, 9), "EBADF");
}

#[test]
fn pipe2_writes_two_big_endian_ints() {
    let mut t = T::new();
    t.ok(321, &[t.buf, 0x400000]); // O_CLOEXEC in sparc numbering
    let b = t.bytes(t.buf, 8);
    let (r, w) = (i32::from_be_bytes(b[..4].try_into().unwrap()), i32::from_be_bytes(b[4..].try_into().unwrap()));
    assert!(r > 2 && w > 2 && r != w);
    // FD_CLOEXEC is set on the host descriptor.
    assert_eq!(unsafe { libc::fcntl(r, libc::F_GETFD) }, libc::FD_CLOEXEC);
    unsafe {
        libc::close(r);
        libc::close(w);
    }
    assert_eq!(t.err(321, &[0x10, 0]), EFAULT);
    assert_eq!(t.err(321, &[t.buf, 0x1]), EINVAL);
}

#[test]
fn bad_guest_pointers_give_efault_never_a_crash() {
    let mut t = T::new();
    let fds = t.ok(42, &[]);
    let w = t.cpu.reg(9);
    assert_eq!(t.err(4, &[w, 0x1000, 10]), EFAULT);
    assert_eq!(t.err(4, &[w, u64::MAX - 3, 10]), EFAULT);
    assert_eq!(t.err(3, &[fds, 0xdead_0000_0000, 10]), EFAULT);
    assert_eq!(t.err(5, &[0x10, 0, 0]), EFAULT, "open with a bad path");
    assert_eq!(t.err(189, &[0x2000]), EFAULT, "uname");
    assert_eq!(t.err(257, &[0, 0x8]), EFAULT, "clock_gettime");
    assert_eq!(t.err(120, &[fds, 0x8, 1]), EFAULT, "readv with a bad iovec array");
    // A read into a buffer that is only partly mapped is short, not EFAULT.
    let end = t.buf + (64 << 10);
    assert_eq!(t.ok(4, &[w, t.cstr(0, "abcdef"), 6]), 6);
    assert_eq!(t.ok(3, &[fds, end - 2, 6]), 2);
}

#[test]
fn files_open_write_stat_seek_and_unlink_with_sparc_flags() {
    let mut t = T::new();
    let path = t.path(0, "f.txt");
    // O_WRONLY|O_CREAT|O_TRUNC as sparc glibc encodes them.
    let fd = t.ok(284, &[(-100i64) as u64, path, 0x1 | 0x200 | 0x400, 0o644]);
    let data = t.cstr(1000, "0123456789");
    assert_eq!(t.ok(4, &[fd, data, 10]), 10);
    // fstatat64(fd, "", buf, AT_EMPTY_PATH): struct stat64, size at 48.
    let empty = t.cstr(2000, "");
    t.ok(289, &[fd, empty, t.buf + 3000, 0x1000]);
    let st = t.bytes(t.buf + 3000, 144);
    assert_eq!(u64::from_be_bytes(st[48..56].try_into().unwrap()), 10);
    assert_eq!(u32::from_be_bytes(st[24..28].try_into().unwrap()) & 0o170000, 0o100000, "S_IFREG");
    // O_EXCL on an existing file: EEXIST.
    assert_eq!(t.err(5, &[path, 0x1 | 0x200 | 0x800, 0o644]), EEXIST);
    // _llseek(fd, 0, 3, &result, SEEK_SET).
    assert_eq!(t.ok(236, &[fd, 0, 3, t.buf + 4000, 0]), 0);
    assert_eq!(t.bytes(t.buf + 4000, 8), 3u64.to_be_bytes());
    // _llseek with offset -6 from the end, as glibc passes it (high = -1).
    t.ok(236, &[fd, u64::MAX, (-6i64) as u64, t.buf + 4000, 2]);
    assert_eq!(t.bytes(t.buf + 4000, 8), 4u64.to_be_bytes());
    assert_eq!(t.ok(19, &[fd, 0, 1]), 4, "lseek SEEK_CUR");
    // pwrite64 / pread64 at an offset.
    assert_eq!(t.ok(68, &[fd, data, 2, 20]), 2);
    t.ok(6, &[fd]);
    let fd = t.ok(5, &[path, 0, 0]);
    assert_eq!(t.ok(67, &[fd, t.buf + 5000, 30, 19]), 3);
    assert_eq!(t.bytes(t.buf + 5000, 3), b"\x0001");
    // fstat (struct stat, 104 bytes: size at 40).
    t.ok(62, &[fd, t.buf + 6000]);
    assert_eq!(u64::from_be_bytes(t.bytes(t.buf + 6000 + 40, 8).try_into().unwrap()), 22);
    t.ok(6, &[fd]);
    assert_eq!(t.ok(10, &[path]), 0);
    assert_eq!(t.err(10, &[path]), ENOENT);
    assert_eq!(t.err(38, &[path, t.buf + 6000]), ENOENT, "stat");
}

#[test]
fn fcntl_getfl_reports_sparc_flags() {
    let mut t = T::new();
    let path = t.path(0, "a");
    // O_WRONLY|O_CREAT|O_APPEND
    let fd = t.ok(5, &[path, 0x1 | 0x200 | 0x8, 0o600]);
    let fl = t.ok(92, &[fd, 3, 0]);
    assert_eq!(fl & 0x3, 1);
    assert_ne!(fl & 0x8, 0, "O_APPEND in sparc numbering");
    assert_eq!(fl & 0x400, 0);
    // F_SETFL O_NONBLOCK (0x4000 on sparc).
    t.ok(92, &[fd, 4, 0x4000 | 0x8]);
    assert_ne!(unsafe { libc::fcntl(fd as i32, libc::F_GETFL) } & libc::O_NONBLOCK, 0);
    // F_SETLK with a sparc F_WRLCK (2), then F_GETLK from the same
    // process reports F_UNLCK (3).
    let fl = sparc64::BeWriter::new().u16(2).u16(0).pad_to(8).i64(0).i64(10).pad_to(32).finish();
    let fd2 = t.ok(5, &[path, 2, 0]);
    t.p.mem.write(t.buf + 100, &fl).unwrap();
    t.ok(92, &[fd2, 8, t.buf + 100]);
    t.ok(92, &[fd2, 7, t.buf + 100]);
    assert_eq!(t.bytes(t.buf + 100, 2), [0, 3]);
    assert_eq!(t.err(92, &[fd, 9999, 0]), EINVAL);
    t.ok(6, &[fd]);
    t.ok(6, &[fd2]);
}

#[test]
fn directories_and_errno_renumbering() {
    let mut t = T::new();
    let d = t.path(0, "d");
    t.ok(136, &[d, 0o755]);
    assert_eq!(t.err(136, &[d, 0o755]), EEXIST);
    let f = t.path(500, "d/x");
    let fd = t.ok(5, &[f, 0x1 | 0x200, 0o644]);
    t.ok(6, &[fd]);
    // ENOTEMPTY is 39 on x86-64 but 66 on sparc.
    assert_eq!(t.err(137, &[d]), ENOTEMPTY_SPARC);
    // getdents64 lists ".", ".." and "x" with big-endian headers.
    let dfd = t.ok(284, &[(-100i64) as u64, d, 0x10000, 0]); // O_DIRECTORY
    let n = t.ok(154, &[dfd, t.buf + 2000, 4096]) as usize;
    let b = t.bytes(t.buf + 2000, n);
    let mut names = Vec::new();
    let mut o = 0;
    while o < n {
        let reclen = u16::from_be_bytes([b[o + 16], b[o + 17]]) as usize;
        let name: Vec<u8> = b[o + 19..o + reclen].iter().take_while(|&&c| c != 0).copied().collect();
        names.push(String::from_utf8(name).unwrap());
        o += reclen;
    }
    names.sort();
    assert_eq!(names, [".", "..", "x"]);
    t.ok(6, &[dfd]);
    // unlinkat(AT_FDCWD, d, AT_REMOVEDIR) after removing x.
    t.ok(290, &[(-100i64) as u64, f, 0]);
    t.ok(290, &[(-100i64) as u64, d, 0x200]);
    // rename.
    let a = t.path(0, "a");
    let b2 = t.path(500, "b");
    let fd = t.ok(5, &[a, 0x1 | 0x200, 0o644]);
    t.ok(6, &[fd]);
    t.ok(128, &[a, b2]);
    assert_eq!(t.err(33, &[a, 0]), ENOENT, "access");
    t.ok(33, &[b2, 0]);
    // getcwd / chdir.
    t.ok(12, &[t.path(1000, "")]);
    let n = t.ok(119, &[t.buf + 3000, 4096]) as usize;
    let cwd = t.bytes(t.buf + 3000, n);
    assert_eq!(cwd.last(), Some(&0));
    assert_eq!(std::str::from_utf8(&cwd[..n - 1]).unwrap(), std::env::current_dir().unwrap().to_str().unwrap());
    assert_eq!(t.err(119, &[t.buf + 3000, 1]), 34, "ERANGE");
}

#[test]
fn readlink_proc_self_exe_names_the_guest_program() {
    let mut t = T::new();
    let p = t.cstr(0, "/proc/self/exe");
    let n = t.ok(58, &[p, t.buf + 100, 4096]) as usize;
    assert_eq!(t.bytes(t.buf + 100, n), b"/guest/bin/prog");
    // Truncated to the buffer size, no NUL.
    assert_eq!(t.ok(294, &[(-100i64) as u64, p, t.buf + 100, 4]), 4);
    assert_eq!(t.err(58, &[p, t.buf + 100, 0]), EINVAL);
}

#[test]
fn brk_and_mmap_through_syscalls() {
    let mut t = T::new();
    t.p.mem.set_brk_start(0x308000);
    assert_eq!(t.ok(17, &[0]), 0x308000);
    assert_eq!(t.ok(17, &[0x308ae0]), 0x308ae0);
    // mmap(NULL, 139264, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)
    let a = t.ok(71, &[0, 139264, 3, 0x22, u64::MAX, 0]);
    assert_eq!(a % 8192, 0);
    assert!(t.p.mem.check(a, 139264, Prot::RW));
    // mremap grow with MREMAP_MAYMOVE.
    let b = t.ok(250, &[a, 139264, 300000, 1, 0]);
    assert!(t.p.mem.check(b, 300000, Prot::RW));
    t.ok(73, &[b, 300000]);
    assert!(!t.p.mem.check(b, 1, Prot::READ));
    assert_eq!(t.err(71, &[0, 8192, 3, 0x20, u64::MAX, 0]), EINVAL, "neither shared nor private");
    assert_eq!(t.err(71, &[0, 8192, 0x13, 0x22, u64::MAX, 0]), EINVAL, "PROT_ADI");
    assert_eq!(t.err(73, &[a + 1, 8192]), EINVAL);
    // mprotect to read-only.
    let c = t.ok(71, &[0, 8192, 3, 0x22, u64::MAX, 0]);
    t.ok(74, &[c, 8192, 1]);
    assert!(!t.p.mem.check(c, 1, Prot::WRITE));
    assert_eq!(t.ok(64, &[]), 8192, "getpagesize");
}

#[test]
fn uname_says_sparc64() {
    let mut t = T::new();
    t.ok(189, &[t.buf]);
    assert_eq!(&t.bytes(t.buf, 6), b"Linux\0");
    assert_eq!(&t.bytes(t.buf + 4 * 65, 8), b"sparc64\0");
}

#[test]
fn ids_and_time() {
    let mut t = T::new();
    assert_eq!(t.ok(20, &[]), std::process::id() as u64);
    assert_eq!(t.ok(24, &[]), unsafe { libc::getuid() } as u64);
    t.ok(257, &[1, t.buf]); // CLOCK_MONOTONIC
    let b = t.bytes(t.buf, 16);
    let nsec = i64::from_be_bytes(b[8..].try_into().unwrap());
    assert!((0..1_000_000_000).contains(&nsec));
    t.ok(116, &[t.buf + 32, 0]);
    let b = t.bytes(t.buf + 32, 16);
    let sec = i64::from_be_bytes(b[..8].try_into().unwrap());
    let usec = i32::from_be_bytes(b[8..12].try_into().unwrap());
    assert!(sec > 1_600_000_000 && (0..1_000_000).contains(&usec));
    assert_eq!(&b[12..], &[0, 0, 0, 0]);
    // nanosleep for 1 ns.
    t.p.mem.write(t.buf + 64, &sparc64::timespec_to_guest(0, 1)).unwrap();
    t.ok(249, &[t.buf + 64, 0]);
    assert_eq!(t.ok(166, &[t.buf + 200]), unsafe { libc::syscall(libc::SYS_gettid) } as u64);
    assert_eq!(t.ok(300, &[t.buf + 300, 24]), 0);
    assert_eq!(t.err(300, &[t.buf + 300, 16]), EINVAL);
    t.ok(347, &[t.buf + 400, 16, 0]); // getrandom
    t.ok(214, &[t.buf + 500]); // sysinfo
    t.ok(117, &[0, t.buf + 700]); // getrusage
    let n = t.ok(260, &[0, 128, t.buf + 900]);
    assert_eq!(n % 8, 0);
    // The CPU we run on appears in the big-endian mask.
    let mask = t.bytes(t.buf + 900, n as usize);
    assert!(mask.iter().any(|&b| b != 0));
}

#[test]
fn ioctl_tcgets_on_a_pipe_is_enotty_and_on_a_pty_works() {
    let mut t = T::new();
    let r = t.ok(42, &[]);
    let w = t.cpu.reg(9);
    assert_eq!(t.err(54, &[r, 0x4024_5408, t.buf]), ENOTTY);
    assert_eq!(t.err(54, &[r, 0x1234, t.buf]), ENOTTY, "unknown request");
    assert_eq!(t.err(54, &[999, 0x4024_5408, t.buf]), 9, "EBADF first");
    // FIONREAD on the pipe.
    t.ok(4, &[w, t.cstr(100, "abc"), 3]);
    t.ok(54, &[r, 0x4004_667f, t.buf + 200]);
    assert_eq!(t.bytes(t.buf + 200, 4), 3u32.to_be_bytes());
    // A pseudo-terminal master answers TCGETS and TIOCGWINSZ.
    let m = unsafe { libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY) };
    if m >= 0 {
        t.ok(54, &[m as u64, 0x4024_5408, t.buf + 300]);
        let tios = t.bytes(t.buf + 300, 36);
        let cflag = u32::from_be_bytes(tios[8..12].try_into().unwrap());
        assert_ne!(cflag & 0x30, 0, "CSIZE set");
        // TCSETS of what we read back is accepted.
        t.ok(54, &[m as u64, 0x8024_5409, t.buf + 300]);
        t.ok(54, &[m as u64, 0x4008_7468, t.buf + 400]);
        unsafe { libc::close(m) };
    }
}

#[test]
fn rt_sigaction_records_and_returns_the_old_action() {
    let mut t = T::new();
    let act = sparc64::SigAction { handler: 0x100400, flags: 0x200, restorer: 0, mask: 0xff };
    t.p.mem.write(t.buf, &act.to_guest()).unwrap();
    // sigsetsize is the 5th argument on sparc64; the 4th is the restorer.
    assert_eq!(t.err(102, &[2, t.buf, 0, 0x100500, 16]), EINVAL);
    t.ok(102, &[2, t.buf, 0, 0x100500, 8]);
    t.ok(102, &[2, 0, t.buf + 100, 0, 8]);
    assert_eq!(sparc64::SigAction::from_guest(&t.bytes(t.buf + 100, 32)), act);
    assert_eq!(t.p.signals.ka_restorer[2], 0x100500);
    // SIGKILL (9) and SIGSTOP (17 on sparc) cannot be caught.
    assert_eq!(t.err(102, &[9, t.buf, 0, 0, 8]), EINVAL);
    assert_eq!(t.err(102, &[17, t.buf, 0, 0, 8]), EINVAL);
    assert_eq!(t.err(102, &[65, 0, t.buf, 0, 8]), EINVAL);
}

#[test]
fn rt_sigprocmask_uses_sparc_how_values() {
    let mut t = T::new();
    t.p.mem.write(t.buf, &0b1010u64.to_be_bytes()).unwrap();
    t.ok(103, &[1, t.buf, 0, 8]); // SIG_BLOCK
    t.p.mem.write(t.buf, &0b0010u64.to_be_bytes()).unwrap();
    t.ok(103, &[2, t.buf, t.buf + 8, 8]); // SIG_UNBLOCK, old -> buf+8
    assert_eq!(t.bytes(t.buf + 8, 8), 0b1010u64.to_be_bytes());
    // SIG_SETMASK is 4 on sparc; SIGKILL's bit never sticks.
    t.p.mem.write(t.buf, &(1u64 << 8 | 1).to_be_bytes()).unwrap();
    t.ok(103, &[4, t.buf, 0, 8]);
    assert_eq!(t.p.signals.mask, 1);
    assert_eq!(t.err(103, &[3, t.buf, 0, 8]), EINVAL);
    assert_eq!(t.err(103, &[4, t.buf, 0, 4]), EINVAL);
}

#[test]
fn signals_to_self_that_are_ignored_or_handled_do_not_kill() {
    let mut t = T::new();
    // SIGUSR1 is 30 on sparc. Ignore it, send it: nothing happens.
    let ign = sparc64::SigAction { handler: 1, ..Default::default() };
    t.p.mem.write(t.buf, &ign.to_guest()).unwrap();
    t.ok(102, &[30, t.buf, 0, 0, 8]);
    let (pid, tid) = (std::process::id() as u64, unsafe { libc::syscall(libc::SYS_gettid) } as u64);
    t.ok(211, &[pid, tid, 30]);
    // With a handler it becomes pending (delivery is the loop's job).
    let h = sparc64::SigAction { handler: 0x100000, ..Default::default() };
    t.p.mem.write(t.buf, &h.to_guest()).unwrap();
    t.ok(102, &[30, t.buf, 0, 0, 8]);
    t.ok(37, &[pid, 30]);
    assert_eq!(t.p.signals.pending, 1 << 29);
    // A blocked default-action signal stays pending and is reported.
    t.p.mem.write(t.buf, &(1u64 << 14).to_be_bytes()).unwrap();
    t.ok(103, &[1, t.buf, 0, 8]);
    t.ok(211, &[pid, tid, 15]); // SIGTERM
    t.ok(104, &[t.buf + 8, 8]);
    assert_eq!(t.bytes(t.buf + 8, 8), (1u64 << 14).to_be_bytes());
    // Default-ignored signals (SIGCHLD is 20 on sparc) vanish.
    t.ok(211, &[pid, tid, 20]);
    assert_eq!(t.p.signals.pending & (1 << 19), 0);
    t.ok(37, &[pid, 0]);
}

#[test]
fn rlimits_use_sparc_resource_numbers() {
    let mut t = T::new();
    let mut rl = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut rl) };
    // RLIMIT_NOFILE is 6 on sparc (7 on x86-64).
    t.ok(331, &[0, 6, 0, t.buf]);
    assert_eq!(t.bytes(t.buf, 8), rl.rlim_cur.to_be_bytes());
    t.ok(144, &[6, t.buf + 16]);
    assert_eq!(t.bytes(t.buf + 16, 8), rl.rlim_cur.to_be_bytes());
    // RLIMIT_AS (9) is kept for the guest only.
    t.p.mem.write(t.buf + 32, &sparc64::BeWriter::new().u64(1 << 30).u64(u64::MAX).finish()).unwrap();
    t.ok(145, &[9, t.buf + 32]);
    t.ok(144, &[9, t.buf + 48]);
    assert_eq!(t.bytes(t.buf + 48, 8), (1u64 << 30).to_be_bytes());
    unsafe { libc::getrlimit(libc::RLIMIT_AS, &mut rl) };
    assert_eq!(rl.rlim_cur, libc::RLIM_INFINITY, "the host limit is untouched");
    assert_eq!(t.err(144, &[99, t.buf]), EINVAL);
}

#[test]
fn futex_compares_the_big_endian_word() {
    let mut t = T::new();
    t.p.mem.write_u32_be(t.buf, 7).unwrap();
    // FUTEX_WAIT_PRIVATE with a value that differs: EAGAIN at once.
    assert_eq!(t.err(142, &[t.buf, 128, 8, 0, 0, 0]), EAGAIN);
    // With the right value and a zero timeout: ETIMEDOUT (60 on sparc).
    t.p.mem.write(t.buf + 16, &sparc64::timespec_to_guest(0, 0)).unwrap();
    assert_eq!(t.err(142, &[t.buf, 128, 7, t.buf + 16, 0, 0]), 60);
    assert_eq!(t.ok(142, &[t.buf, 129, 1, 0, 0, 0]), 0, "FUTEX_WAKE_PRIVATE");
    assert_eq!(t.err(142, &[t.buf + 2, 129, 1, 0, 0, 0]), EINVAL);
    assert_eq!(t.err(142, &[0x1000, 129, 1, 0, 0, 0]), EFAULT);
}

#[test]
fn exit_group_ends_the_guest_with_its_status() {
    let mut t = T::new();
    t.cpu.set_reg(1, 188);
    t.cpu.set_reg(8, 0x1_03);
    assert_eq!(sparc64_syscall(&mut t.cpu, &mut t.p), SysOutcome::Exit(3));
    t.cpu.set_reg(1, 1);
    t.cpu.set_reg(8, 42);
    assert_eq!(sparc64_syscall(&mut t.cpu, &mut t.p), SysOutcome::Exit(42));
}

#[test]
fn writev_gathers_big_endian_iovecs() {
    let mut t = T::new();
    let r = t.ok(42, &[]);
    let w = t.cpu.reg(9);
    let a = t.cstr(0, "ab");
    let b = t.cstr(16, "cde");
    let iov = sparc64::BeWriter::new().u64(a).u64(2).u64(b).u64(3).finish();
    t.p.mem.write(t.buf + 100, &iov).unwrap();
    assert_eq!(t.ok(121, &[w, t.buf + 100, 2]), 5);
    assert_eq!(t.ok(3, &[r, t.buf + 200, 10]), 5);
    assert_eq!(t.bytes(t.buf + 200, 5), b"abcde");
    assert_eq!(t.err(121, &[w, t.buf + 100, 5000]), EINVAL);
}

#[test]
fn strace_logs_qemu_style_lines() {
    let dir = std::env::temp_dir().join(format!("lastmile-strace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("log");
    {
        let mut t = T::with_log(Some(&log));
        let p = t.cstr(0, "/nonexistent/x");
        t.err(5, &[p, 0x1 | 0x200, 0o644]);
        t.call(9999, &[1, 2]);
        t.p.mem.set_brk_start(0x308000);
        t.ok(17, &[0]);
        t.p.log.flush();
    }
    let text = std::fs::read_to_string(&log).unwrap();
    let pid = std::process::id();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        format!("{pid} open(\"/nonexistent/x\",O_WRONLY|O_CREAT,0644) = -1 errno=2 (No such file or directory)")
    );
    assert!(lines[1].starts_with(&format!("{pid} syscall_9999(0x1,0x2,0x0")), "{}", lines[1]);
    assert!(lines[1].ends_with("errno=90 (Function not implemented) [unsupported syscall 9999]"), "{}", lines[1]);
    assert_eq!(lines[2], format!("{pid} brk(NULL) = 0x0000000000308000"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn every_table_entry_has_the_kernel_name_for_its_number() {
    for (nr, c) in calls::entries(sparc64::TABLE) {
        assert_eq!(sparc64::syscall_name(*nr as u64), Some(c.name), "{nr}");
        assert!(c.args.len() <= 6);
    }
    let mut nrs: Vec<u32> = calls::entries(sparc64::TABLE).map(|(nr, _)| *nr).collect();
    nrs.sort();
    nrs.dedup();
    assert_eq!(nrs.len(), calls::entries(sparc64::TABLE).count(), "no number twice");
}

#[test]
fn proc_self_maps_and_auxv_describe_the_guest() {
    let mut t = T::new();
    t.p.auxv = vec![(6, 8192), (0, 0)];
    t.p.mem.set_brk_start(0x308000);
    t.ok(17, &[0x30a000]);
    let path = t.cstr(0, "/proc/self/maps");
    let fd = t.ok(5, &[path, 0, 0]);
    let n = t.ok(3, &[fd, t.buf + 100, 4000]) as usize;
    let text = String::from_utf8(t.bytes(t.buf + 100, n)).unwrap();
    t.ok(6, &[fd]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("00308000-0030a000 rw-p 00000000 00:00 0 "), "{text}");
    assert!(lines[0].ends_with("[heap]"));
    assert!(lines[1].starts_with(&format!("{:08x}-{:08x} rw-p", t.buf, t.buf + (64 << 10))), "{text}");
    assert_eq!(t.err(5, &[path, 1, 0]), 13, "EACCES for writing");
    let path = t.cstr(0, "/proc/self/auxv");
    let fd = t.ok(5, &[path, 0, 0]);
    assert_eq!(t.ok(3, &[fd, t.buf + 100, 4000]), 32);
    assert_eq!(t.bytes(t.buf + 100, 16), sparc64::BeWriter::new().u64(6).u64(8192).finish());
    t.ok(6, &[fd]);
}

#[test]
fn random_arguments_never_panic_and_errors_always_set_carry() {
    // A seeded mix of system calls with hostile arguments. Only calls that
    // cannot harm the test process are drawn (no kill, close, dup2, chdir,
    // unlink ...); descriptor arguments point at our own pipe or file.
    let mut t = T::new();
    t.ok(321, &[t.buf, 0x4000]); // pipe2(O_NONBLOCK)
    let b = t.bytes(t.buf, 8);
    let (pr, pw) = (i32::from_be_bytes(b[..4].try_into().unwrap()) as u64, i32::from_be_bytes(b[4..].try_into().unwrap()) as u64);
    let fpath = t.path(0, "fz");
    let ffd = t.ok(5, &[fpath, 0x2 | 0x200, 0o600]);
    t.p.mem.set_brk_start(0x1000_0000);
    t.cstr(100, "/proc/self/exe");
    t.cstr(200, ".");
    let mut x: u64 = 0xfeed_5eed_1234_5678;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let buf = t.buf;
    let end = buf + (64 << 10);
    let mut successes = 0;
    for _ in 0..20000 {
        let pick = |n: &mut dyn FnMut() -> u64| -> u64 {
            match n() % 12 {
                0 => 0,
                1 => u64::MAX,
                2 => buf + n() % 4096,
                3 => end - n() % 16,
                4 => 0x1000,
                5 => n() % 64,
                6 => n(),
                7 => buf + 100,
                8 => buf + 200,
                9 => 8,
                10 => (n() % 0x10000) << 13,
                _ => (-(n() as i64 % 200)) as u64,
            }
        };
        let fd_pick = |v: u64| [pr, pw, ffd][(v % 3) as usize];
        let nr = [
            3, 4, 19, 17, 33, 38, 40, 54, 58, 62, 63, 64, 67, 68, 71, 73, 74, 75, 92, 102, 103, 104, 116, 117, 119, 120,
            121, 139, 144, 153, 154, 161, 166, 189, 214, 236, 250, 257, 258, 260, 289, 294, 296, 300, 301, 347, 360, 28,
            65, 109, 79,
        ][(next() % 51) as usize];
        let mut args = [0u64; 6];
        for a in args.iter_mut() {
            *a = pick(&mut next);
        }
        match nr {
            // Descriptor first: only ours.
            3 | 4 | 19 | 54 | 62 | 63 | 67 | 68 | 120 | 121 | 154 | 236 => args[0] = fd_pick(next()),
            // fcntl: ours, and only query or flag commands.
            92 => {
                args[0] = fd_pick(next());
                args[1] = [1, 3, 4, 7, 11, 1032, 999][(next() % 7) as usize];
                // F_SETFL keeps O_NONBLOCK so that nothing ever blocks.
                args[2] |= 0x4000;
            }
            // poll: never wait.
            153 => args[2] = 0,
            // ioctl requests from the implemented list or random, on ours.
            _ => {}
        }
        // Keep the memory the guest can map (and then fill) small.
        match nr {
            71 => args[1] %= 1 << 20,
            250 => args[2] %= 1 << 20,
            17 => args[0] = 0x1000_0000 + args[0] % (1 << 20),
            _ => {}
        }
        if nr == 54 {
            args[1] = [0x4024_5408, 0x4008_7468, 0x4004_667f, 0x2000_6601, next()][(next() % 5) as usize];
        }
        t.cpu.set_reg(1, nr);
        for (i, v) in args.iter().enumerate() {
            t.cpu.set_reg(8 + i as u32, *v);
        }
        t.cpu.ccr = next() & 0xff;
        let out = sparc64_syscall(&mut t.cpu, &mut t.p);
        assert_eq!(out, SysOutcome::Continue);
        let carry = t.cpu.ccr & 0x11;
        assert!(carry == 0 || carry == 0x11);
        if carry != 0 {
            let e = t.cpu.reg(8);
            assert!((1..=135).contains(&e), "syscall {nr} errno {e}");
        } else {
            successes += 1;
        }
    }
    assert!(successes > 1000, "only {successes} calls succeeded");
    crate::mem::assert_host_matches_map(&t.p.mem);
    for fd in [pr, pw, ffd] {
        unsafe { libc::close(fd as i32) };
    }
}

#[test]
fn fork_returns_twice_with_the_sparc_o1_convention_and_execve_runs_host_programs() {
    let mut t = T::new();
    let (c, pid) = t.call(2, &[]);
    assert!(!c);
    if t.cpu.reg(9) == 1 {
        // The child: %o0 is the parent's pid.
        let code = if pid == unsafe { libc::getppid() } as u64 { 7 } else { 1 };
        unsafe { libc::_exit(code) };
    }
    // wait4(pid, &status, 0, NULL): status in guest order, exit code 7.
    assert_eq!(t.ok(7, &[pid, t.buf, 0, 0]), pid);
    assert_eq!(t.bytes(t.buf, 4), (7u32 << 8).to_be_bytes());

    // clone(SIGCHLD, 0, ...) as glibc's fork does it, then execve of a host
    // program (not sparc64: run by the host directly).
    let sh = t.cstr(100, "/bin/sh");
    let dash_c = t.cstr(120, "-c");
    let cmd = t.cstr(140, "exit 5");
    let argv = sparc64::BeWriter::new().u64(sh).u64(dash_c).u64(cmd).u64(0).finish();
    t.p.mem.write(t.buf + 200, &argv).unwrap();
    t.p.mem.write(t.buf + 300, &0u64.to_be_bytes()).unwrap();
    let (c, pid) = t.call(217, &[20, 0, 0, 0, 0]);
    assert!(!c);
    if t.cpu.reg(9) == 1 {
        t.cpu.set_reg(1, 59);
        t.cpu.set_reg(8, sh);
        t.cpu.set_reg(9, t.buf + 200);
        t.cpu.set_reg(10, t.buf + 300);
        let _ = sparc64_syscall(&mut t.cpu, &mut t.p);
        unsafe { libc::_exit(99) };
    }
    assert_eq!(t.ok(7, &[pid, t.buf, 0, 0]), pid);
    assert_eq!(t.bytes(t.buf, 4), (5u32 << 8).to_be_bytes());
    // Thread-style clones are not supported yet.
    assert_eq!(t.err(217, &[0x10f00, t.buf + 4096, 0, 0, 0]), ENOSYS_SPARC);
    assert_eq!(t.err(59, &[t.cstr(400, "/nonexistent"), t.buf + 300, t.buf + 300]), ENOENT);
}

#[test]
fn a_write_to_a_closed_pipe_raises_sigpipe() {
    let mut t = T::new();
    let r = t.ok(42, &[]);
    let w = t.cpu.reg(9);
    t.ok(6, &[r]);
    // Ignored: only EPIPE (32).
    let ign = sparc64::SigAction { handler: 1, ..Default::default() };
    t.p.mem.write(t.buf, &ign.to_guest()).unwrap();
    t.ok(102, &[13, t.buf, 0, 0, 8]);
    let msg = t.cstr(100, "x");
    assert_eq!(t.err(4, &[w, msg, 1]), 32);
    assert_eq!(t.p.signals.pending, 0);
    // Handled: EPIPE and SIGPIPE pending (si_code SI_USER) for the loop.
    let h = sparc64::SigAction { handler: 0x100000, ..Default::default() };
    t.p.mem.write(t.buf, &h.to_guest()).unwrap();
    t.ok(102, &[13, t.buf, 0, 0, 8]);
    assert_eq!(t.err(4, &[w, msg, 1]), 32);
    assert_eq!(t.p.signals.pending, 1 << 12);
    assert_eq!(t.p.signals.pending_code[13], 0);
    t.ok(6, &[w]);
}

#[test]
fn rusage_images_of_each_abi() {
    // SAFETY: plain data.
    let mut r: libc::rusage = unsafe { std::mem::zeroed() };
    r.ru_utime.tv_sec = 1;
    r.ru_stime.tv_usec = 2;
    r.ru_maxrss = 3;
    r.ru_nivcsw = 4;
    // sparc64: timevals of 8-byte seconds and a 4-byte suseconds_t (padded).
    let b = Abi::Sparc64.rusage_to_guest(&r);
    assert_eq!((b.len(), &b[..8], &b[24..28], &b[32..40]), (144, &[0, 0, 0, 0, 0, 0, 0, 1][..], &[0, 0, 0, 2][..], &[0, 0, 0, 0, 0, 0, 0, 3][..]));
    assert_eq!(&b[136..], &[0, 0, 0, 0, 0, 0, 0, 4]);
    // sparc32: 4-byte words throughout.
    let b = Abi::Sparc32.rusage_to_guest(&r);
    assert_eq!((b.len(), &b[..4], &b[12..16], &b[16..20], &b[68..]), (72, &[0, 0, 0, 1][..], &[0, 0, 0, 2][..], &[0, 0, 0, 3][..], &[0, 0, 0, 4][..]));
    // ia64: little-endian, tv_usec a long.
    let b = Abi::Ia64.rusage_to_guest(&r);
    assert_eq!((b.len(), &b[..8], &b[24..32], &b[32..40]), (144, &[1, 0, 0, 0, 0, 0, 0, 0][..], &[2, 0, 0, 0, 0, 0, 0, 0][..], &[3, 0, 0, 0, 0, 0, 0, 0][..]));
    assert_eq!(&b[136..], &[4, 0, 0, 0, 0, 0, 0, 0]);
}

#[test]
fn ia64_sysinfo_and_statfs_are_the_lp64_layouts_little_endian() {
    // SAFETY: plain data.
    let mut s: libc::sysinfo = unsafe { std::mem::zeroed() };
    s.uptime = 1;
    s.procs = 9;
    s.totalhigh = 5;
    s.mem_unit = 1;
    let b = Abi::Ia64.sysinfo_to_guest(&s);
    assert_eq!((b.len(), &b[..8], &b[80..82], &b[88..96], &b[104..108]), (112, &[1, 0, 0, 0, 0, 0, 0, 0][..], &[9, 0][..], &[5, 0, 0, 0, 0, 0, 0, 0][..], &[1, 0, 0, 0][..]));
    let w: [u64; 15] = [0xef53, 4096, 1000, 500, 400, 100, 50, 0x0000_0002_0000_0001, 255, 4096, 0x20, 0, 0, 0, 0];
    let b = Abi::Ia64.statfs_to_guest(&w).unwrap();
    assert_eq!((b.len(), &b[..8], &b[56..64]), (120, &[0x53, 0xef, 0, 0, 0, 0, 0, 0][..], &[1, 0, 0, 0, 2, 0, 0, 0][..]));
}
