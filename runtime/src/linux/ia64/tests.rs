//! IA-64 system calls through `ia64_syscall`, the way the execution loop
//! calls them, with the byte images of ia64's structures checked field by
//! field (arch/ia64/include/uapi/asm/*.h).

use super::super::*;
use crate::log::LogItems;
use crate::mem::{MapFlags, Prot, RegionFold};

struct T {
    p: Process,
    buf: u64,
    dir: PathBuf,
}

impl T {
    fn new() -> T {
        let mem = Arc::new(GuestMemory::new_fold(RegionFold { slot_bits: 32 }).unwrap());
        let buf = mem.mmap(0, 64 << 10, Prot::RW, MapFlags { anonymous: true, ..MapFlags::default() }, None, 0).unwrap();
        let log = Arc::new(Log::new(LogItems::default(), None).unwrap());
        let mut p = Process::new(mem, PathBuf::from("/guest/bin/prog"), false, log);
        p.abi = Abi::Ia64;
        static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("lastmile-ia64sys-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        T { p, buf, dir }
    }
    fn call(&mut self, nr: u64, args: &[u64]) -> Ia64SysReturn {
        let mut a = [0u64; 6];
        a[..args.len()].copy_from_slice(args);
        ia64_syscall(&mut self.p, nr, a)
    }
    fn ok(&mut self, nr: u64, args: &[u64]) -> u64 {
        match self.call(nr, args) {
            Ia64SysReturn::Regs { r8, r10: 0, .. } => r8,
            r => panic!("syscall {nr}: {r:?}"),
        }
    }
    fn err(&mut self, nr: u64, args: &[u64]) -> u64 {
        match self.call(nr, args) {
            Ia64SysReturn::Regs { r8, r10, .. } if r10 == u64::MAX => r8,
            r => panic!("syscall {nr} succeeded: {r:?}"),
        }
    }
    fn cstr(&self, off: u64, s: &str) -> u64 {
        let mut b = s.as_bytes().to_vec();
        b.push(0);
        self.p.mem.write(self.buf + off, &b).unwrap();
        self.buf + off
    }
    fn u64_at(&self, a: u64) -> u64 {
        let mut b = [0u8; 8];
        self.p.mem.read(a, &mut b).unwrap();
        u64::from_le_bytes(b)
    }
    fn u32_at(&self, a: u64) -> u32 {
        let mut b = [0u8; 4];
        self.p.mem.read(a, &mut b).unwrap();
        u32::from_le_bytes(b)
    }
}

impl Drop for T {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

const OPENAT: u64 = 1281;
const WRITE: u64 = 1027;
const CLOSE: u64 = 1029;
const FSTAT: u64 = 1212;

#[test]
fn ia64_unknown_syscall_sets_r10_and_positive_enosys() {
    let mut t = T::new();
    assert_eq!(t.call(1024 + 19, &[]), Ia64SysReturn::Regs { r8: 38, r9: None, r10: u64::MAX }, "mount: ENOSYS 38");
    assert_eq!(t.err(9999, &[]), 38);
    // Errors keep the generic numbering: ENOENT 2, EBADF 9.
    let path = t.cstr(0, "/nonexistent/lastmile");
    assert_eq!(t.err(OPENAT, &[(-100i64) as u64, path, 0, 0]), 2);
    assert_eq!(t.err(CLOSE, &[9999]), 9);
}

#[test]
fn ia64_fstat_writes_ia64_struct_stat() {
    let mut t = T::new();
    let f = t.dir.join("f");
    let path = t.cstr(0, f.to_str().unwrap());
    // O_WRONLY | O_CREAT (0x40) | O_TRUNC (0x200): asm-generic numbering.
    let fd = t.ok(OPENAT, &[(-100i64) as u64, path, 0x241, 0o640]);
    let data = t.cstr(512, "hello, ia64");
    assert_eq!(t.ok(WRITE, &[fd, data, 11]), 11);
    let st = t.buf + 1024;
    assert_eq!(t.ok(FSTAT, &[fd, st]), 0);
    let host = std::fs::metadata(&f).unwrap();
    use std::os::unix::fs::MetadataExt;
    assert_eq!(t.u64_at(st), host.dev(), "st_dev @0");
    assert_eq!(t.u64_at(st + 8), host.ino(), "st_ino @8");
    assert_eq!(t.u64_at(st + 16), 1, "st_nlink @16");
    assert_eq!(t.u32_at(st + 24), 0o100640, "st_mode @24");
    assert_eq!(t.u32_at(st + 28), host.uid(), "st_uid @28");
    assert_eq!(t.u64_at(st + 48), 11, "st_size @48");
    assert_eq!(t.u64_at(st + 56), host.atime() as u64, "st_atime @56");
    assert_eq!(t.u64_at(st + 72), host.mtime() as u64, "st_mtime @72");
    assert_eq!(t.u64_at(st + 104), host.blksize(), "st_blksize @104");
    assert_eq!(t.u64_at(st + 112), host.blocks(), "st_blocks @112");
    assert_eq!(t.ok(CLOSE, &[fd]), 0);
}

#[test]
fn ia64_pipe_returns_both_descriptors_in_r8_r9() {
    let mut t = T::new();
    let Ia64SysReturn::Regs { r8, r9: Some(r9), r10: 0 } = t.call(1058, &[]) else { panic!("pipe") };
    let data = t.cstr(0, "x");
    assert_eq!(t.ok(WRITE, &[r9, data, 1]), 1);
    assert_eq!(t.ok(1026, &[r8, t.buf + 100, 10]), 1);
    t.ok(CLOSE, &[r8]);
    t.ok(CLOSE, &[r9]);
}

#[test]
fn ia64_rt_sigaction_uses_the_24_byte_struct_without_restorer() {
    let mut t = T::new();
    let act = t.buf;
    let mut img = Vec::new();
    for v in [0x4000_0000_0000_1230u64, 4 /* SA_SIGINFO */, 1 << 9 /* SIGUSR1 (10) blocked */] {
        img.extend_from_slice(&v.to_le_bytes());
    }
    t.p.mem.write(act, &img).unwrap();
    // rt_sigaction(SIGUSR2 = 12, act, NULL, 8): four arguments on ia64.
    assert_eq!(t.ok(1177, &[12, act, 0, 8]), 0);
    assert_eq!(t.p.signals.actions[12].handler, 0x4000_0000_0000_1230);
    assert_eq!(t.p.signals.actions[12].flags, 4);
    assert_eq!(t.p.signals.actions[12].mask, 1 << 9);
    let old = t.buf + 256;
    assert_eq!(t.ok(1177, &[12, 0, old, 8]), 0);
    let mut back = vec![0u8; 24];
    t.p.mem.read(old, &mut back).unwrap();
    assert_eq!(back, img);
    // SIGKILL (9) cannot be caught; a wrong sigset size is EINVAL.
    assert_eq!(t.err(1177, &[9, act, 0, 8]), 22);
    assert_eq!(t.err(1177, &[12, act, 0, 16]), 22);
}

#[test]
fn ia64_sigprocmask_uses_generic_how_values() {
    let mut t = T::new();
    let set = t.buf;
    t.p.mem.write(set, &(1u64 << 9).to_le_bytes()).unwrap();
    // SIG_BLOCK is 0 on ia64 (1 on SPARC).
    assert_eq!(t.ok(1179, &[0, set, 0, 8]), 0);
    assert_eq!(t.p.signals.mask, 1 << 9);
    assert_eq!(t.ok(1179, &[1, set, 0, 8]), 0, "SIG_UNBLOCK");
    assert_eq!(t.p.signals.mask, 0);
    assert_eq!(t.err(1179, &[4, set, 0, 8]), 22, "4 is no ia64 `how`");
}

#[test]
fn ia64_uname_machine_is_ia64_and_mmap_maps_region_1() {
    let mut t = T::new();
    let u = t.buf;
    assert_eq!(t.ok(1130, &[u]), 0);
    assert_eq!(t.p.mem.read_cstring(u + 4 * 65, 65).unwrap(), b"ia64");
    // mmap(NULL, 1, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)
    let a = t.ok(1151, &[0, 1, 3, 0x22, u64::MAX, 0]);
    assert_eq!(a >> 61, 1, "region 1: {a:#x}");
    assert_eq!(a % 16384, 0);
    assert!(t.p.mem.check(a, 16384, Prot::RW));
    // MAP_FIXED at a non-16K-aligned address: EINVAL.
    assert_eq!(t.err(1151, &[a + 8192, 8192, 3, 0x32, u64::MAX, 0]), 22);
    assert_eq!(t.ok(1171, &[]), 16384, "getpagesize");
}

#[test]
fn ia64_time_structures_are_two_little_endian_longs() {
    let mut t = T::new();
    let ts = t.buf;
    assert_eq!(t.ok(1254, &[1 /* CLOCK_MONOTONIC */, ts]), 0);
    let (sec, nsec) = (t.u64_at(ts), t.u64_at(ts + 8));
    assert!(nsec < 1_000_000_000);
    let mut host = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: out pointer to a local.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut host) };
    assert!((host.tv_sec as u64).abs_diff(sec) <= 1);
    // gettimeofday: tv_usec is a long on ia64.
    assert_eq!(t.ok(1087, &[ts, 0]), 0);
    assert!(t.u64_at(ts + 8) < 1_000_000);
}

#[test]
fn ia64_getpriority_returns_the_nice_value() {
    let mut t = T::new();
    // SAFETY: plain call.
    let nice = unsafe { libc::getpriority(libc::PRIO_PROCESS, 0) };
    assert_eq!(t.ok(1101, &[0, 0]) as i64, nice as i64);
}

#[test]
fn ia64_fcntl_and_ioctl_use_generic_numbers() {
    let mut t = T::new();
    let f = t.dir.join("g");
    let path = t.cstr(0, f.to_str().unwrap());
    let fd = t.ok(OPENAT, &[(-100i64) as u64, path, 0x42 /* O_RDWR|O_CREAT */, 0o600]);
    // F_GETFL (3): O_RDWR | O_LARGEFILE (0o100000) as the host reports it.
    assert_eq!(t.ok(1066, &[fd, 3]) & 3, 2);
    // F_SETLK (6 on ia64, 8 on SPARC) with an ia64 struct flock: F_WRLCK 1.
    let fl = t.buf + 512;
    let mut img = vec![0u8; 32];
    img[0..2].copy_from_slice(&1u16.to_le_bytes());
    img[16..24].copy_from_slice(&10u64.to_le_bytes());
    t.p.mem.write(fl, &img).unwrap();
    assert_eq!(t.ok(1066, &[fd, 6, fl]), 0);
    // F_GETLK (5) from ourselves: unlocked (F_UNLCK 2).
    assert_eq!(t.ok(1066, &[fd, 5, fl]), 0);
    assert_eq!(t.u32_at(fl) & 0xffff, 2);
    // TCGETS (0x5401) on a regular file: ENOTTY (25).
    assert_eq!(t.err(1065, &[fd, 0x5401, t.buf + 1024]), 25);
    t.ok(CLOSE, &[fd]);
}

#[test]
fn ia64_table_numbers_match_the_kernel_syscall_names() {
    // Every implemented call sits at the number syscall.tbl gives its name
    // (1024 + the table's number); the only renamings are the table's own.
    let alias = |n: &'static str| -> &'static str {
        match n {
            "getpagesize" => "old_getpagesize",
            s => s,
        }
    };
    for (nr, c) in crate::linux::calls::entries(super::TABLE) {
        assert_eq!(super::syscall_name(*nr as u64), Some(alias(c.name)), "ia64 system call {nr}");
    }
    assert_eq!(super::syscall_name(super::RT_SIGRETURN), Some("rt_sigreturn"));
}
