//! Linux sparc32 ABI facts: the system-call table of 32-bit SPARC programs
//! (V8 and V8+: `ta 0x10`), the calls whose arguments only this ABI has
//! (64-bit offsets split over two registers, 16-bit uids, mmap2's page
//! offsets), and the byte images of the 32-bit structures.
//!
//! The handlers themselves are the shared ones (fs.rs, proc.rs, time.rs,
//! mm.rs); they ask [`Abi`](super::Abi) for the layouts that differ. Layouts
//! are those of a sparc64 kernel's compat layer (arch/sparc/include/asm/
//! compat.h, include/linux/compat.h), which are the native sparc32 ones
//! (arch/sparc/include/uapi/asm/*.h with `__sparc64__` undefined).
//! Numbers: arch/sparc/kernel/syscalls/syscall.tbl, rows "common" and "32".

use super::sparc64::{BeReader, BeWriter};
use super::calls::{Rows, Table};
use super::{cvt, fs, mm, proc, Args, Process, Ret, SysResult};
use crate::mem::Errno;

/// Names of the sparc32 system calls by number (asm/unistd_32.h), for
/// `-strace` of calls that are not implemented.
pub const SYSCALL_NAMES: &[(u32, &str)] = &[
    (0, "restart_syscall"), (1, "exit"), (2, "fork"), (3, "read"), (4, "write"), (5, "open"), (6, "close"),
    (7, "wait4"), (8, "creat"), (9, "link"), (10, "unlink"), (11, "execv"), (12, "chdir"), (13, "chown"),
    (14, "mknod"), (15, "chmod"), (16, "lchown"), (17, "brk"), (18, "perfctr"), (19, "lseek"),
    (20, "getpid"), (21, "capget"), (22, "capset"), (23, "setuid"), (24, "getuid"), (25, "vmsplice"),
    (26, "ptrace"), (27, "alarm"), (28, "sigaltstack"), (29, "pause"), (30, "utime"), (31, "lchown32"),
    (32, "fchown32"), (33, "access"), (34, "nice"), (35, "chown32"), (36, "sync"), (37, "kill"),
    (38, "stat"), (39, "sendfile"), (40, "lstat"), (41, "dup"), (42, "pipe"), (43, "times"),
    (44, "getuid32"), (45, "umount2"), (46, "setgid"), (47, "getgid"), (48, "signal"), (49, "geteuid"),
    (50, "getegid"), (51, "acct"), (53, "getgid32"), (54, "ioctl"), (55, "reboot"), (56, "mmap2"),
    (57, "symlink"), (58, "readlink"), (59, "execve"), (60, "umask"), (61, "chroot"), (62, "fstat"),
    (63, "fstat64"), (64, "getpagesize"), (65, "msync"), (66, "vfork"), (67, "pread64"), (68, "pwrite64"),
    (69, "geteuid32"), (70, "getegid32"), (71, "mmap"), (72, "setreuid32"), (73, "munmap"), (74, "mprotect"),
    (75, "madvise"), (76, "vhangup"), (77, "truncate64"), (78, "mincore"), (79, "getgroups"),
    (80, "setgroups"), (81, "getpgrp"), (82, "setgroups32"), (83, "setitimer"), (84, "ftruncate64"),
    (85, "swapon"), (86, "getitimer"), (87, "setuid32"), (88, "sethostname"), (89, "setgid32"), (90, "dup2"),
    (91, "setfsuid32"), (92, "fcntl"), (93, "select"), (94, "setfsgid32"), (95, "fsync"),
    (96, "setpriority"), (97, "socket"), (98, "connect"), (99, "accept"), (100, "getpriority"),
    (101, "rt_sigreturn"), (102, "rt_sigaction"), (103, "rt_sigprocmask"), (104, "rt_sigpending"),
    (105, "rt_sigtimedwait"), (106, "rt_sigqueueinfo"), (107, "rt_sigsuspend"), (108, "setresuid32"),
    (109, "getresuid32"), (110, "setresgid32"), (111, "getresgid32"), (112, "setregid32"), (113, "recvmsg"),
    (114, "sendmsg"), (115, "getgroups32"), (116, "gettimeofday"), (117, "getrusage"), (118, "getsockopt"),
    (119, "getcwd"), (120, "readv"), (121, "writev"), (122, "settimeofday"), (123, "fchown"),
    (124, "fchmod"), (125, "recvfrom"), (126, "setreuid"), (127, "setregid"), (128, "rename"),
    (129, "truncate"), (130, "ftruncate"), (131, "flock"), (132, "lstat64"), (133, "sendto"),
    (134, "shutdown"), (135, "socketpair"), (136, "mkdir"), (137, "rmdir"), (138, "utimes"), (139, "stat64"),
    (140, "sendfile64"), (141, "getpeername"), (142, "futex"), (143, "gettid"), (144, "getrlimit"),
    (145, "setrlimit"), (146, "pivot_root"), (147, "prctl"), (148, "pciconfig_read"),
    (149, "pciconfig_write"), (150, "getsockname"), (151, "inotify_init"), (152, "inotify_add_watch"),
    (153, "poll"), (154, "getdents64"), (155, "fcntl64"), (156, "inotify_rm_watch"), (157, "statfs"),
    (158, "fstatfs"), (159, "umount"), (160, "sched_set_affinity"), (161, "sched_get_affinity"),
    (162, "getdomainname"), (163, "setdomainname"), (165, "quotactl"), (166, "set_tid_address"),
    (167, "mount"), (168, "ustat"), (169, "setxattr"), (170, "lsetxattr"), (171, "fsetxattr"),
    (172, "getxattr"), (173, "lgetxattr"), (174, "getdents"), (175, "setsid"), (176, "fchdir"),
    (177, "fgetxattr"), (178, "listxattr"), (179, "llistxattr"), (180, "flistxattr"), (181, "removexattr"),
    (182, "lremovexattr"), (183, "sigpending"), (184, "query_module"), (185, "setpgid"),
    (186, "fremovexattr"), (187, "tkill"), (188, "exit_group"), (189, "uname"), (190, "init_module"),
    (191, "personality"), (192, "remap_file_pages"), (193, "epoll_create"), (194, "epoll_ctl"),
    (195, "epoll_wait"), (196, "ioprio_set"), (197, "getppid"), (198, "sigaction"), (199, "sgetmask"),
    (200, "ssetmask"), (201, "sigsuspend"), (202, "oldlstat"), (203, "uselib"), (204, "readdir"),
    (205, "readahead"), (206, "socketcall"), (207, "syslog"), (208, "lookup_dcookie"), (209, "fadvise64"),
    (210, "fadvise64_64"), (211, "tgkill"), (212, "waitpid"), (213, "swapoff"), (214, "sysinfo"),
    (215, "ipc"), (216, "sigreturn"), (217, "clone"), (218, "ioprio_get"), (219, "adjtimex"),
    (220, "sigprocmask"), (221, "create_module"), (222, "delete_module"), (223, "get_kernel_syms"),
    (224, "getpgid"), (225, "bdflush"), (226, "sysfs"), (227, "afs_syscall"), (228, "setfsuid"),
    (229, "setfsgid"), (230, "_newselect"), (231, "time"), (232, "splice"), (233, "stime"),
    (234, "statfs64"), (235, "fstatfs64"), (236, "_llseek"), (237, "mlock"), (238, "munlock"),
    (239, "mlockall"), (240, "munlockall"), (241, "sched_setparam"), (242, "sched_getparam"),
    (243, "sched_setscheduler"), (244, "sched_getscheduler"), (245, "sched_yield"),
    (246, "sched_get_priority_max"), (247, "sched_get_priority_min"), (248, "sched_rr_get_interval"),
    (249, "nanosleep"), (250, "mremap"), (251, "_sysctl"), (252, "getsid"), (253, "fdatasync"),
    (254, "nfsservctl"), (255, "sync_file_range"), (256, "clock_settime"), (257, "clock_gettime"),
    (258, "clock_getres"), (259, "clock_nanosleep"), (260, "sched_getaffinity"), (261, "sched_setaffinity"),
    (262, "timer_settime"), (263, "timer_gettime"), (264, "timer_getoverrun"), (265, "timer_delete"),
    (266, "timer_create"), (267, "vserver"), (268, "io_setup"), (269, "io_destroy"), (270, "io_submit"),
    (271, "io_cancel"), (272, "io_getevents"), (273, "mq_open"), (274, "mq_unlink"), (275, "mq_timedsend"),
    (276, "mq_timedreceive"), (277, "mq_notify"), (278, "mq_getsetattr"), (279, "waitid"), (280, "tee"),
    (281, "add_key"), (282, "request_key"), (283, "keyctl"), (284, "openat"), (285, "mkdirat"),
    (286, "mknodat"), (287, "fchownat"), (288, "futimesat"), (289, "fstatat64"), (290, "unlinkat"),
    (291, "renameat"), (292, "linkat"), (293, "symlinkat"), (294, "readlinkat"), (295, "fchmodat"),
    (296, "faccessat"), (297, "pselect6"), (298, "ppoll"), (299, "unshare"), (300, "set_robust_list"),
    (301, "get_robust_list"), (302, "migrate_pages"), (303, "mbind"), (304, "get_mempolicy"),
    (305, "set_mempolicy"), (306, "kexec_load"), (307, "move_pages"), (308, "getcpu"), (309, "epoll_pwait"),
    (310, "utimensat"), (311, "signalfd"), (312, "timerfd_create"), (313, "eventfd"), (314, "fallocate"),
    (315, "timerfd_settime"), (316, "timerfd_gettime"), (317, "signalfd4"), (318, "eventfd2"),
    (319, "epoll_create1"), (320, "dup3"), (321, "pipe2"), (322, "inotify_init1"), (323, "accept4"),
    (324, "preadv"), (325, "pwritev"), (326, "rt_tgsigqueueinfo"), (327, "perf_event_open"),
    (328, "recvmmsg"), (329, "fanotify_init"), (330, "fanotify_mark"), (331, "prlimit64"),
    (332, "name_to_handle_at"), (333, "open_by_handle_at"), (334, "clock_adjtime"), (335, "syncfs"),
    (336, "sendmmsg"), (337, "setns"), (338, "process_vm_readv"), (339, "process_vm_writev"),
    (340, "kern_features"), (341, "kcmp"), (342, "finit_module"), (343, "sched_setattr"),
    (344, "sched_getattr"), (345, "renameat2"), (346, "seccomp"), (347, "getrandom"), (348, "memfd_create"),
    (349, "bpf"), (350, "execveat"), (351, "membarrier"), (352, "userfaultfd"), (353, "bind"),
    (354, "listen"), (355, "setsockopt"), (356, "mlock2"), (357, "copy_file_range"), (358, "preadv2"),
    (359, "pwritev2"), (360, "statx"), (361, "io_pgetevents"), (362, "pkey_mprotect"), (363, "pkey_alloc"),
    (364, "pkey_free"), (365, "rseq"), (393, "semget"), (394, "semctl"), (395, "shmget"), (396, "shmctl"),
    (397, "shmat"), (398, "shmdt"), (399, "msgget"), (400, "msgsnd"), (401, "msgrcv"), (402, "msgctl"),
    (403, "clock_gettime64"), (404, "clock_settime64"), (405, "clock_adjtime64"),
    (406, "clock_getres_time64"), (407, "clock_nanosleep_time64"), (408, "timer_gettime64"),
    (409, "timer_settime64"), (410, "timerfd_gettime64"), (411, "timerfd_settime64"),
    (412, "utimensat_time64"), (413, "pselect6_time64"), (414, "ppoll_time64"),
    (416, "io_pgetevents_time64"), (417, "recvmmsg_time64"), (418, "mq_timedsend_time64"),
    (419, "mq_timedreceive_time64"), (420, "semtimedop_time64"), (421, "rt_sigtimedwait_time64"),
    (422, "futex_time64"), (423, "sched_rr_get_interval_time64"), (424, "pidfd_send_signal"),
    (425, "io_uring_setup"), (426, "io_uring_enter"), (427, "io_uring_register"), (428, "open_tree"),
    (429, "move_mount"), (430, "fsopen"), (431, "fsconfig"), (432, "fsmount"), (433, "fspick"),
    (434, "pidfd_open"), (436, "close_range"), (437, "openat2"), (438, "pidfd_getfd"), (439, "faccessat2"),
    (440, "process_madvise"), (441, "epoll_pwait2"), (442, "mount_setattr"), (443, "quotactl_fd"),
    (444, "landlock_create_ruleset"), (445, "landlock_add_rule"), (446, "landlock_restrict_self"),
    (448, "process_mrelease"), (449, "futex_waitv"), (450, "set_mempolicy_home_node"),
];

/// The name of 32-bit system call `nr`, if sparc32 has one.
pub fn syscall_name(nr: u64) -> Option<&'static str> {
    SYSCALL_NAMES.iter().find(|(n, _)| *n as u64 == nr).map(|(_, s)| *s)
}

/// The implemented sparc32 system calls by number (syscall.tbl rows
/// "common" and "32").
pub(super) const TABLE: Table = &[super::sparc64::SPARC_SHARED, SPARC32_ONLY];

/// The sparc32 calls not in [`SPARC_SHARED`](super::sparc64::SPARC_SHARED):
/// 16-bit uids, 64-bit values in register pairs, 32-bit-only calls.
const SPARC32_ONLY: Rows = {
    use super::calls::*;
    &[
        (13, CHOWN.with(sys_chown16)),
        (16, LCHOWN.with(sys_lchown16)),
        (19, LSEEK.with(sys_lseek)),
        (23, SETUID.with(sys_setuid16)),
        (24, GETUID.with(sys_getuid16)),
        (31, LCHOWN.named("lchown32")),
        (32, FCHOWN.named("fchown32")),
        (35, CHOWN.named("chown32")),
        (44, GETUID.named("getuid32")),
        (46, SETGID.with(sys_setgid16)),
        (47, GETGID.with(sys_getgid16)),
        (49, GETEUID.with(sys_geteuid16)),
        (50, GETEGID.with(sys_getegid16)),
        (53, GETGID.named("getgid32")),
        (56, Call::new("mmap2", sys_mmap2, "puPMdx", b'x')),
        (67, Call::new("pread64", sys_pread64, "dpuuu", b'd')),
        (68, Call::new("pwrite64", sys_pwrite64, "dpuuu", b'd')),
        (69, GETEUID.named("geteuid32")),
        (70, GETEGID.named("getegid32")),
        (72, SETREUID.named("setreuid32")),
        (77, Call::new("truncate64", sys_truncate64, "suu", b'd')),
        (79, GETGROUPS.with(sys_getgroups16)),
        (84, Call::new("ftruncate64", sys_ftruncate64, "duu", b'd')),
        (87, SETUID.named("setuid32")),
        (89, SETGID.named("setgid32")),
        (108, SETRESUID.named("setresuid32")),
        (109, GETRESUID.named("getresuid32")),
        (110, SETRESGID.named("setresgid32")),
        (111, GETRESGID.named("getresgid32")),
        (112, SETREGID.named("setregid32")),
        (115, GETGROUPS.named("getgroups32")),
        (123, FCHOWN.with(sys_fchown16)),
        (126, SETREUID.with(sys_setreuid16)),
        (127, SETREGID.with(sys_setregid16)),
        (129, Call::new("truncate", sys_truncate, "sd", b'd')),
        (130, Call::new("ftruncate", sys_ftruncate, "dd", b'd')),
        (140, SENDFILE64),
        (155, FCNTL.named("fcntl64")),
        (160, SCHED_SETAFFINITY.named("sched_set_affinity")),
        (209, Call::new("fadvise64", sys_fadvise64, "duuud", b'd')),
        (210, Call::new("fadvise64_64", sys_fadvise64_64, "duuuud", b'd')),
        (212, Call::new("waitpid", sys_waitpid, "dpx", b'd')),
        (231, Call::new("time", sys_time, "p", b'd')),
        (234, Call::new("statfs64", sys_statfs64, "sup", b'd')),
        (235, Call::new("fstatfs64", sys_fstatfs64, "dup", b'd')),
        (314, Call::new("fallocate", sys_fallocate, "dduuuu", b'd')),
        (403, CLOCK_GETTIME64),
        (406, CLOCK_GETRES64),
        (407, CLOCK_NANOSLEEP64),
        (412, UTIMENSAT64),
        (414, PPOLL64),
        (422, FUTEX64),
    ]
};

fn ok(v: u64) -> SysResult {
    Ok(Ret::Val(v))
}

/// A 64-bit value passed as two 32-bit argument registers, high word first
/// (the compat wrappers' `poshi, poslo`).
fn split64(a: &Args, hi: usize) -> u64 {
    ((a.uint(hi) as u64) << 32) | a.uint(hi + 1) as u64
}

// ---- 64-bit offsets in register pairs ----

/// lseek(fd, off_t offset, whence): a 32-bit signed offset; results that do
/// not fit a 32-bit off_t are EOVERFLOW (fs/read_write.c).
pub(super) fn sys_lseek(p: &mut Process, a: &Args) -> SysResult {
    let r = fs::lseek(p, a.uint(0) as i32, a.long(1), a.uint(2) as i32)?;
    if r > i32::MAX as u64 {
        return Err(Errno::EOVERFLOW);
    }
    ok(r)
}

/// pread64(fd, buf, count, poshi, poslo) (compat_sys_pread64).
pub(super) fn sys_pread64(p: &mut Process, a: &Args) -> SysResult {
    fs::pread(p, a.int(0), a.u(1), a.u(2), split64(a, 3) as i64)
}

pub(super) fn sys_pwrite64(p: &mut Process, a: &Args) -> SysResult {
    fs::pwrite(p, a.int(0), a.u(1), a.u(2), split64(a, 3) as i64)
}

pub(super) fn sys_truncate(p: &mut Process, a: &Args) -> SysResult {
    fs::truncate(p, a.u(0), a.long(1))
}

pub(super) fn sys_ftruncate(_p: &mut Process, a: &Args) -> SysResult {
    fs::ftruncate(a.uint(0) as i32, a.long(1))
}

/// truncate64(path, lenhi, lenlo).
pub(super) fn sys_truncate64(p: &mut Process, a: &Args) -> SysResult {
    fs::truncate(p, a.u(0), split64(a, 1) as i64)
}

pub(super) fn sys_ftruncate64(_p: &mut Process, a: &Args) -> SysResult {
    fs::ftruncate(a.uint(0) as i32, split64(a, 1) as i64)
}

/// fadvise64(fd, offhi, offlo, len, advice).
pub(super) fn sys_fadvise64(_p: &mut Process, a: &Args) -> SysResult {
    fs::fadvise(a.int(0), split64(a, 1) as i64, a.uint(3) as i64, a.int(4))
}

/// fadvise64_64(fd, offhi, offlo, lenhi, lenlo, advice).
pub(super) fn sys_fadvise64_64(_p: &mut Process, a: &Args) -> SysResult {
    fs::fadvise(a.int(0), split64(a, 1) as i64, split64(a, 3) as i64, a.int(5))
}

/// fallocate(fd, mode, offhi, offlo, lenhi, lenlo).
pub(super) fn sys_fallocate(_p: &mut Process, a: &Args) -> SysResult {
    fs::fallocate(a.int(0), a.int(1), split64(a, 2) as i64, split64(a, 4) as i64)
}

/// statfs64(path, size, buf): `size` must be sizeof(struct statfs64), 88.
pub(super) fn sys_statfs64(p: &mut Process, a: &Args) -> SysResult {
    if a.u(1) != STATFS64_SIZE as u64 {
        return Err(Errno::EINVAL);
    }
    let w = fs::host_statfs(p, a.u(0))?;
    p.write_bytes(a.u(2), &statfs64_to_guest(&w))?;
    ok(0)
}

pub(super) fn sys_fstatfs64(p: &mut Process, a: &Args) -> SysResult {
    if a.u(1) != STATFS64_SIZE as u64 {
        return Err(Errno::EINVAL);
    }
    let w = fs::host_fstatfs(a.int(0))?;
    p.write_bytes(a.u(2), &statfs64_to_guest(&w))?;
    ok(0)
}

/// mmap2(addr, len, prot, flags, fd, pgoff): the offset in 4 KiB units
/// whatever the page size (sys32_mmap2, arch/sparc/kernel/sys_sparc32.c).
pub(super) fn sys_mmap2(p: &mut Process, a: &Args) -> SysResult {
    mm::mmap(p, a, (a.uint(5) as u64) << 12)
}

pub(super) fn sys_waitpid(p: &mut Process, a: &Args) -> SysResult {
    proc::wait4(p, a.int(0), a.u(1), a.int(2), 0)
}

/// time(tloc): seconds as a 32-bit time_t.
pub(super) fn sys_time(p: &mut Process, a: &Args) -> SysResult {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: out pointer to a local.
    cvt(unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, &mut ts) })?;
    let t = ts.tv_sec as i32;
    if a.u(0) != 0 {
        p.write_u32(a.u(0), t as u32)?;
    }
    ok(t as i64 as u64)
}

// ---- 16-bit user and group ids (the original sparc32 calls) ----

/// A 32-bit id as a 16-bit one: too large ids read as the overflow id
/// 65534 (kernel/uid16.h high2lowuid).
fn low16(id: u32) -> u64 {
    if id > 0xffff {
        65534
    } else {
        id as u64
    }
}

/// A 16-bit id argument as a 32-bit one: (u16)-1 stays "unchanged" (-1).
fn high16(v: u32) -> u32 {
    let v = v & 0xffff;
    if v == 0xffff {
        u32::MAX
    } else {
        v
    }
}

pub(super) fn sys_getuid16(_p: &mut Process, _a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(low16(unsafe { libc::getuid() }))
}

pub(super) fn sys_geteuid16(_p: &mut Process, _a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(low16(unsafe { libc::geteuid() }))
}

pub(super) fn sys_getgid16(_p: &mut Process, _a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(low16(unsafe { libc::getgid() }))
}

pub(super) fn sys_getegid16(_p: &mut Process, _a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(low16(unsafe { libc::getegid() }))
}

pub(super) fn sys_setuid16(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain call (libc: every host thread changes together).
    ok(cvt(unsafe { libc::setuid(high16(a.uint(0))) })?)
}

pub(super) fn sys_setgid16(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain call.
    ok(cvt(unsafe { libc::setgid(high16(a.uint(0))) })?)
}

pub(super) fn sys_setreuid16(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain call.
    ok(cvt(unsafe { libc::setreuid(high16(a.uint(0)), high16(a.uint(1))) })?)
}

pub(super) fn sys_setregid16(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain call.
    ok(cvt(unsafe { libc::setregid(high16(a.uint(0)), high16(a.uint(1))) })?)
}

pub(super) fn sys_chown16(p: &mut Process, a: &Args) -> SysResult {
    fs::chown_at(p, libc::AT_FDCWD, a.u(0), high16(a.uint(1)), high16(a.uint(2)), 0)
}

pub(super) fn sys_lchown16(p: &mut Process, a: &Args) -> SysResult {
    fs::chown_at(p, libc::AT_FDCWD, a.u(0), high16(a.uint(1)), high16(a.uint(2)), libc::AT_SYMLINK_NOFOLLOW)
}

pub(super) fn sys_fchown16(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::fchown(a.uint(0) as i32, high16(a.uint(1)), high16(a.uint(2))) })?)
}

/// getgroups16(size, list): gids as 16-bit values.
pub(super) fn sys_getgroups16(p: &mut Process, a: &Args) -> SysResult {
    let size = a.int(0);
    if size < 0 {
        return Err(Errno::EINVAL);
    }
    let mut v = vec![0u32; (size as usize).min(65536)];
    // SAFETY: out array of v.len() gids.
    let n = cvt(unsafe { libc::getgroups(v.len() as i32, v.as_mut_ptr()) })? as usize;
    if size > 0 {
        let mut w = BeWriter::new();
        for g in &v[..n] {
            w.u16(low16(*g) as u16);
        }
        p.write_bytes(a.u(1), &w.finish())?;
    }
    ok(n as u64)
}

// ---- directory offsets ----
//
// A 64-bit host kernel gives lastmile (a 64-bit process) 64-bit directory
// offsets (ext4's hash cookies), where a sparc64 kernel gives a 32-bit
// program 32-bit ones (ext4's is_32bit_api): glibc's 32-bit readdir fails
// with EOVERFLOW on the wide ones. So 32-bit programs see small cookies
// instead, 1, 2, 3 ... in the order getdents64 returned the entries, and
// lseek on the directory translates them back.

/// Replace the d_off of every record in `buf` (guest byte order, already
/// converted) by a cookie, remembering the real offset. `at_start`: the
/// directory was read from its beginning (a fresh or rewound descriptor).
pub(super) fn dirent_cookies(p: &mut Process, fd: i32, at_start: bool, buf: &mut [u8]) {
    let table = p.dir_cookies.entry(fd).or_default();
    if at_start {
        table.clear();
    }
    let mut o = 0;
    while o + 19 <= buf.len() {
        let real = i64::from_be_bytes(buf[o + 8..o + 16].try_into().expect("8 bytes"));
        table.push(real);
        buf[o + 8..o + 16].copy_from_slice(&(table.len() as i64).to_be_bytes());
        let reclen = u16::from_be_bytes([buf[o + 16], buf[o + 17]]) as usize;
        if reclen == 0 {
            break;
        }
        o += reclen;
    }
}

/// lseek on a directory whose entries a 32-bit program got cookies for:
/// Some(result) when handled here (SEEK_SET to 0 or to a cookie, SEEK_CUR
/// by 0), None for the ordinary path.
pub(super) fn dir_lseek(p: &mut Process, fd: i32, off: i64, whence: i32) -> Option<Result<u64, Errno>> {
    if !p.abi.is32() {
        return None;
    }
    let table = p.dir_cookies.get_mut(&fd)?;
    let host_seek = |to: i64| -> Result<u64, Errno> {
        // SAFETY: plain syscall.
        cvt(unsafe { libc::lseek(fd, to, libc::SEEK_SET) })
    };
    Some(match (whence, off) {
        (libc::SEEK_SET, 0) => {
            table.clear();
            host_seek(0)
        }
        (libc::SEEK_SET, k) if k > 0 && (k as usize) <= table.len() => {
            let r = host_seek(table[k as usize - 1]);
            table.truncate(k as usize);
            r.map(|_| k as u64)
        }
        (libc::SEEK_SET, _) => Err(Errno::EINVAL),
        (libc::SEEK_CUR, 0) => Ok(table.len() as u64),
        _ => return None,
    })
}

// ---------------------------------------------------------------------------
// Structure images.

/// `struct stat64` of sparc32 (compat_stat64, 104 bytes): st_blocks is a
/// 32-bit word at 68 after 8 pad bytes, so glibc reads a 64-bit blkcnt at 64.
pub fn stat64_to_guest(st: &libc::stat) -> Vec<u8> {
    BeWriter::new()
        .u64(st.st_dev)
        .u64(st.st_ino)
        .u32(st.st_mode)
        .u32(st.st_nlink as u32)
        .u32(st.st_uid)
        .u32(st.st_gid)
        .u64(st.st_rdev)
        .pad_to(48)
        .i64(st.st_size)
        .u32(st.st_blksize as u32)
        .pad_to(68)
        .u32(st.st_blocks as u32)
        .u32(st.st_atime as u32)
        .u32(st.st_atime_nsec as u32)
        .u32(st.st_mtime as u32)
        .u32(st.st_mtime_nsec as u32)
        .u32(st.st_ctime as u32)
        .u32(st.st_ctime_nsec as u32)
        .pad_to(104)
        .finish()
}

/// Linux `old_encode_dev`: a 16-bit device number (major 8 bits, minor 8).
fn old_dev(d: u64) -> Option<u16> {
    let (maj, min) = (libc::major(d), libc::minor(d));
    if maj > 0xff || min > 0xff {
        None
    } else {
        Some(((maj << 8) | min) as u16)
    }
}

/// `struct stat` of sparc32 (compat_stat, 64 bytes: 16-bit dev, mode,
/// nlink, uid and gid, 32-bit sizes and times). EOVERFLOW where a value
/// does not fit, as fs/stat.c cp_compat_stat.
pub fn stat_to_guest(st: &libc::stat) -> Result<Vec<u8>, Errno> {
    let over = Errno::EOVERFLOW;
    let dev = old_dev(st.st_dev).ok_or(over)?;
    let rdev = old_dev(st.st_rdev).ok_or(over)?;
    if st.st_ino > u32::MAX as u64 || st.st_nlink > i16::MAX as u64 || st.st_size > i32::MAX as i64 {
        return Err(over);
    }
    Ok(BeWriter::new()
        .u16(dev)
        .pad_to(4)
        .u32(st.st_ino as u32)
        .u16(st.st_mode as u16)
        .u16(st.st_nlink as u16)
        .u16(low16(st.st_uid) as u16)
        .u16(low16(st.st_gid) as u16)
        .u16(rdev)
        .pad_to(20)
        .u32(st.st_size as u32)
        .u32(st.st_atime as u32)
        .u32(st.st_atime_nsec as u32)
        .u32(st.st_mtime as u32)
        .u32(st.st_mtime_nsec as u32)
        .u32(st.st_ctime as u32)
        .u32(st.st_ctime_nsec as u32)
        .u32(st.st_blksize as u32)
        .u32(st.st_blocks as u32)
        .pad_to(64)
        .finish())
}

/// `struct statfs` of sparc32 (compat_statfs, 64 bytes of ints), given as
/// the host's 15 words. EOVERFLOW if a count does not fit (fs/statfs.c).
pub fn statfs_to_guest(w: &[u64; 15]) -> Result<Vec<u8>, Errno> {
    if w[2..7].iter().any(|&v| v > u32::MAX as u64 && v != u64::MAX) {
        return Err(Errno::EOVERFLOW);
    }
    let mut b = BeWriter::new();
    for (i, v) in w.iter().enumerate() {
        if i == 7 {
            b.u32(*v as u32).u32((*v >> 32) as u32);
        } else {
            b.u32(*v as u32);
        }
    }
    Ok(b.pad_to(64).finish())
}

/// sizeof(struct statfs64) on sparc32: 84 bytes of fields, padded to 88.
pub const STATFS64_SIZE: usize = 88;

/// `struct statfs64` of sparc32: 32-bit type and bsize, 64-bit counts,
/// then 32-bit words.
pub fn statfs64_to_guest(w: &[u64; 15]) -> Vec<u8> {
    let mut b = BeWriter::new();
    b.u32(w[0] as u32).u32(w[1] as u32);
    for v in &w[2..7] {
        b.u64(*v);
    }
    b.u32(w[7] as u32).u32((w[7] >> 32) as u32);
    for v in &w[8..15] {
        b.u32(*v as u32);
    }
    b.pad_to(STATFS64_SIZE).finish()
}

/// struct timespec with a 32-bit time_t (the *_time32 calls).
pub fn timespec_to_guest(sec: i64, nsec: i64) -> [u8; 8] {
    let mut b = [0u8; 8];
    b[..4].copy_from_slice(&(sec as i32).to_be_bytes());
    b[4..].copy_from_slice(&(nsec as i32).to_be_bytes());
    b
}

pub fn timespec_from_guest(b: &[u8]) -> libc::timespec {
    let r = BeReader::new(b);
    libc::timespec { tv_sec: r.i32(0) as i64, tv_nsec: r.i32(4) as i64 }
}

/// struct timeval: 32-bit tv_sec and tv_usec.
pub fn timeval_to_guest(sec: i64, usec: i64) -> [u8; 8] {
    timespec_to_guest(sec, usec)
}

pub fn timeval_from_guest(b: &[u8]) -> libc::timeval {
    let r = BeReader::new(b);
    libc::timeval { tv_sec: r.i32(0) as i64, tv_usec: r.i32(4) as i64 }
}

/// struct sysinfo (compat_sysinfo, 64 bytes). Memory sizes that do not fit
/// 32 bits are scaled down with a larger mem_unit, as compat_sys_sysinfo
/// does (up to the page size).
pub fn sysinfo_to_guest(s: &libc::sysinfo) -> Vec<u8> {
    let mut unit = s.mem_unit as u64;
    let mut shift = 0;
    if s.totalram >> 32 != 0 || s.totalswap >> 32 != 0 {
        while unit < crate::mem::GUEST_PAGE_SIZE {
            unit <<= 1;
            shift += 1;
        }
    }
    BeWriter::new()
        .u32(s.uptime as u32)
        .u32(s.loads[0] as u32)
        .u32(s.loads[1] as u32)
        .u32(s.loads[2] as u32)
        .u32((s.totalram >> shift) as u32)
        .u32((s.freeram >> shift) as u32)
        .u32((s.sharedram >> shift) as u32)
        .u32((s.bufferram >> shift) as u32)
        .u32((s.totalswap >> shift) as u32)
        .u32((s.freeswap >> shift) as u32)
        .u16(s.procs)
        .pad_to(44)
        .u32((s.totalhigh >> shift) as u32)
        .u32((s.freehigh >> shift) as u32)
        .u32(unit as u32)
        .pad_to(64)
        .finish()
}

/// struct flock of sparc32 (compat_flock, 20 bytes): 32-bit start and len.
/// None for an invalid lock type.
pub fn flock_from_guest(b: &[u8]) -> Option<libc::flock> {
    let r = BeReader::new(b);
    // SAFETY: flock is plain data.
    let mut f: libc::flock = unsafe { std::mem::zeroed() };
    f.l_type = super::sparc64::lock_type_to_host(r.u16(0) as i16)?;
    f.l_whence = r.u16(2) as i16;
    f.l_start = r.i32(4) as i64;
    f.l_len = r.i32(8) as i64;
    f.l_pid = r.i32(12);
    Some(f)
}

pub fn flock_to_guest(f: &libc::flock) -> Result<Vec<u8>, Errno> {
    if f.l_start > i32::MAX as i64 || f.l_len > i32::MAX as i64 {
        return Err(Errno::EOVERFLOW);
    }
    Ok(BeWriter::new()
        .u16(super::sparc64::lock_type_from_host(f.l_type) as u16)
        .u16(f.l_whence as u16)
        .u32(f.l_start as u32)
        .u32(f.l_len as u32)
        .u32(f.l_pid as u32)
        .pad_to(20)
        .finish())
}

/// struct flock64 of sparc32 (compat_flock64, 32 bytes) has the layout of
/// sparc64's struct flock.
pub use super::sparc64::{flock_from_guest as flock64_from_guest, flock_to_guest as flock64_to_guest};

/// fcntl64's 64-bit lock commands (asm/compat.h).
pub const F_GETLK64: u32 = 12;
pub const F_SETLK64: u32 = 13;
pub const F_SETLKW64: u32 = 14;

/// struct sigaction of sparc32 rt_sigaction (20 bytes): handler, flags,
/// restorer, then the mask as two 32-bit words, signals 1..32 first.
pub fn sigaction_from_guest(b: &[u8]) -> super::sparc64::SigAction {
    let r = BeReader::new(b);
    super::sparc64::SigAction {
        handler: r.u32(0) as u64,
        flags: r.u32(4) as u64,
        restorer: r.u32(8) as u64,
        mask: sigset_from_guest(&b[12.min(b.len())..]),
    }
}

pub fn sigaction_to_guest(a: &super::sparc64::SigAction) -> Vec<u8> {
    BeWriter::new()
        .u32(a.handler as u32)
        .u32(a.flags as u32)
        .u32(a.restorer as u32)
        .bytes(&sigset_to_guest(a.mask))
        .finish()
}

/// sigset_t of sparc32: two 32-bit words, the word of signals 1..32 first.
pub fn sigset_to_guest(m: u64) -> [u8; 8] {
    let mut b = [0u8; 8];
    b[..4].copy_from_slice(&(m as u32).to_be_bytes());
    b[4..].copy_from_slice(&((m >> 32) as u32).to_be_bytes());
    b
}

pub fn sigset_from_guest(b: &[u8]) -> u64 {
    let r = BeReader::new(b);
    r.u32(0) as u64 | (r.u32(4) as u64) << 32
}

/// The machine name uname gives 32-bit programs (COMPAT_UTS_MACHINE).
pub const UTS_MACHINE: &[u8] = b"sparc";

/// RLIM_INFINITY of the 32-bit getrlimit/setrlimit (COMPAT_RLIM_INFINITY).
pub const RLIM_INFINITY: u64 = 0x7fff_ffff;

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    fn sample_stat() -> libc::stat {
        // SAFETY: plain data.
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        st.st_dev = 0x803;
        st.st_ino = 0x11223344;
        st.st_nlink = 2;
        st.st_mode = 0o100644;
        st.st_uid = 1000;
        st.st_gid = 100;
        st.st_rdev = 0x501;
        st.st_size = 0x1_2345_6789;
        st.st_blksize = 4096;
        st.st_blocks = 8;
        st.st_atime = 0x6000_0001;
        st.st_atime_nsec = 5;
        st.st_mtime = 0x6000_0002;
        st.st_mtime_nsec = 6;
        st.st_ctime = 0x6000_0003;
        st.st_ctime_nsec = 7;
        st
    }

    #[test]
    fn sparc32_stat64_has_the_compat_layout() {
        let b = stat64_to_guest(&sample_stat());
        assert_eq!(b.len(), 104);
        let expect = concat!(
            "0000000000000803", "0000000011223344", // dev ino
            "000081a4", "00000002", "000003e8", "00000064", // mode nlink uid gid
            "0000000000000501", "0000000000000000", // rdev pad3
            "0000000123456789", "00001000", "0000000000000000", "00000008", // size blksize pad4 blocks
            "60000001", "00000005", "60000002", "00000006", "60000003", "00000007", "0000000000000000",
        );
        assert_eq!(hex(&b), expect);
        // glibc reads st_blocks as a 64-bit word at 64.
        assert_eq!(u64::from_be_bytes(b[64..72].try_into().unwrap()), 8);
    }

    #[test]
    fn sparc32_stat_is_64_bytes_of_short_fields_and_overflows_cleanly() {
        let mut st = sample_stat();
        st.st_size = 0x12345;
        let b = stat_to_guest(&st).unwrap();
        let expect = concat!(
            "0803", "0000", "11223344", "81a4", "0002", "03e8", "0064", "0501", "0000", // dev ino mode nlink uid gid rdev
            "00012345", "60000001", "00000005", "60000002", "00000006", "60000003", "00000007",
            "00001000", "00000008", "0000000000000000",
        );
        assert_eq!(hex(&b), expect);
        assert_eq!(stat_to_guest(&sample_stat()), Err(Errno::EOVERFLOW), "size over 2 GiB");
    }

    #[test]
    fn sparc32_time_and_signal_images() {
        assert_eq!(hex(&timespec_to_guest(0x6000_0000, 999_999_999)), "600000003b9ac9ff");
        let ts = timespec_from_guest(&timespec_to_guest(-5, 7));
        assert_eq!((ts.tv_sec, ts.tv_nsec), (-5, 7));
        assert_eq!(hex(&sigset_to_guest(0x8000_0000_0000_0001)), "0000000180000000");
        assert_eq!(sigset_from_guest(&sigset_to_guest(0x1234_5678_9abc_def0)), 0x1234_5678_9abc_def0);
        let act = super::super::sparc64::SigAction { handler: 0x10450, flags: 0x200, restorer: 0x10500, mask: 1 << 9 };
        let img = sigaction_to_guest(&act);
        assert_eq!(hex(&img), "0001045000000200000105000000020000000000");
        assert_eq!(sigaction_from_guest(&img), act);
    }

    #[test]
    fn sparc32_flock_statfs_and_rusage_sizes() {
        // SAFETY: plain data.
        let mut f: libc::flock = unsafe { std::mem::zeroed() };
        f.l_type = libc::F_WRLCK as i16;
        f.l_start = 100;
        f.l_len = 5;
        f.l_pid = 42;
        let g = flock_to_guest(&f).unwrap();
        assert_eq!(hex(&g), "0002000000000064000000050000002a00000000");
        let back = flock_from_guest(&g).unwrap();
        assert_eq!((back.l_start, back.l_len, back.l_pid), (100, 5, 42));
        let w: [u64; 15] = [0xef53, 4096, 1000, 500, 400, 100, 50, 0x0000_0002_0000_0001, 255, 4096, 0x20, 0, 0, 0, 0];
        let s = statfs_to_guest(&w).unwrap();
        assert_eq!(s.len(), 64);
        assert_eq!(hex(&s[28..36]), "0000000100000002", "f_fsid's two ints in memory order");
        let s64 = statfs64_to_guest(&w);
        assert_eq!(s64.len(), 88);
        assert_eq!(hex(&s64[..16]), "0000ef530000100000000000000003e8");
        // SAFETY: plain data.
        let r: libc::rusage = unsafe { std::mem::zeroed() };
        assert_eq!(super::super::Abi::Sparc32.rusage_to_guest(&r).len(), 72);
        // SAFETY: plain data.
        let si: libc::sysinfo = unsafe { std::mem::zeroed() };
        assert_eq!(sysinfo_to_guest(&si).len(), 64);
    }

    /// A 32-bit process and CPU, driven through `sparc32_syscall` the way
    /// the execution loop drives it.
    struct T {
        cpu: Box<lastmile_frontend::sparc::cpu::SparcCpu>,
        p: Process,
        buf: u64,
    }

    impl T {
        fn new() -> T {
            use crate::mem::{GuestMemory, MapFlags, Prot};
            use std::sync::Arc;
            let mem = Arc::new(GuestMemory::new(32).unwrap());
            let buf = mem.mmap(0, 64 << 10, Prot::RW, MapFlags { anonymous: true, ..MapFlags::default() }, None, 0).unwrap();
            let log = Arc::new(crate::log::Log::new(crate::log::LogItems::default(), None).unwrap());
            let mut p = Process::new(mem.clone(), "/guest/prog".into(), false, log);
            p.abi = super::super::Abi::Sparc32;
            let cpu = lastmile_frontend::sparc::cpu::SparcCpu::new_boxed(mem.base() as u64, false);
            T { cpu, p, buf }
        }

        /// (carry, %o0, %o1) after system call `nr`; V8+ registers are 64
        /// bits wide, so the argument registers get garbage upper halves,
        /// which the kernel's entry ignores.
        fn call(&mut self, nr: u64, args: &[u64]) -> (bool, u64, u64) {
            self.cpu.set_reg(1, nr | 0xdead_0000_0000_0000);
            for i in 0..6 {
                let a = args.get(i).copied().unwrap_or(0);
                self.cpu.set_reg(8 + i as u32, (a & 0xffff_ffff) | 0xbad0_0000_0000_0000);
            }
            assert_eq!(super::super::sparc32_syscall(&mut self.cpu, &mut self.p), super::super::SysOutcome::Continue);
            assert_eq!(self.cpu.ccr & 1 != 0, self.cpu.ccr & 0x10 != 0, "carry in both icc and xcc");
            (self.cpu.ccr & 1 != 0, self.cpu.reg(8), self.cpu.reg(9))
        }
    }

    #[test]
    fn sparc32_syscalls_truncate_arguments_and_sign_extend_results() {
        let mut t = T::new();
        let (c, pid, _) = t.call(20, &[]); // getpid
        assert!(!c);
        assert_eq!(pid, std::process::id() as u64);
        // An error: positive errno, carry set (ENOSYS is 90 on sparc).
        assert_eq!(t.call(9999, &[]).0, true);
        assert_eq!(t.call(9999, &[]).1, 90);
        // lseek(fd, -1, SEEK_CUR) on a fresh file: -1 is a 32-bit off_t.
        let path = std::env::temp_dir().join(format!("lastmile-s32-{}", std::process::id()));
        std::fs::write(&path, b"0123456789").unwrap();
        let cpath = format!("{}\0", path.display());
        t.p.write_bytes(t.buf, cpath.as_bytes()).unwrap();
        let (c, fd, _) = t.call(5, &[t.buf, 0, 0]); // open O_RDONLY
        assert!(!c);
        assert_eq!(t.call(19, &[fd, 5, 0]), (false, 5, t.cpu.reg(9))); // lseek SEEK_SET 5
        assert_eq!(t.call(19, &[fd, (-1i32) as u32 as u64, 1]).1, 4); // SEEK_CUR -1
        // pread64(fd, buf, 3, poshi 0, poslo 7)
        let (c, n, _) = t.call(67, &[fd, t.buf + 0x100, 3, 0, 7]);
        assert!(!c);
        assert_eq!(n, 3);
        let mut got = [0u8; 3];
        t.p.mem.read(t.buf + 0x100, &mut got).unwrap();
        assert_eq!(&got, b"789");
        // _llseek(fd, 0, 2, &result, SEEK_SET) writes a 64-bit result.
        assert!(!t.call(236, &[fd, 0, 2, t.buf + 0x200, 0]).0);
        assert_eq!(t.p.mem.read_u64_be(t.buf + 0x200).unwrap(), 2);
        // fstat64: the 104-byte compat layout, st_size at 48.
        assert!(!t.call(63, &[fd, t.buf + 0x300]).0);
        assert_eq!(t.p.mem.read_u64_be(t.buf + 0x300 + 48).unwrap(), 10);
        t.call(6, &[fd]);
        let _ = std::fs::remove_file(&path);
        // A result with bit 31 set comes back sign-extended (`sra %o0, 0`):
        // mmap2 near the top of the space.
        let (c, a, _) = t.call(56, &[0xf000_0000, 8192, 3, 0x32, (-1i32) as u32 as u64, 0]);
        assert!(!c, "mmap2 MAP_FIXED failed: {a}");
        assert_eq!(a, 0xffff_ffff_f000_0000);
    }

    #[test]
    fn sparc32_signal_masks_limits_and_times_use_32_bit_layouts() {
        let mut t = T::new();
        // rt_sigprocmask(SIG_BLOCK, {SIGUSR1 (30) | SIGRTMIN+2 (35)}, old, 8):
        // the word of signals 1..32 first.
        t.p.write_bytes(t.buf, &sigset_to_guest((1 << 29) | (1 << 34))).unwrap();
        assert!(!t.call(103, &[1, t.buf, 0, 8]).0);
        assert!(!t.call(103, &[1, 0, t.buf + 8, 8]).0);
        let mut b = [0u8; 8];
        t.p.mem.read(t.buf + 8, &mut b).unwrap();
        assert_eq!(hex(&b), "2000000000000004");
        // getrlimit(RLIMIT_NOFILE = 6): two 32-bit words, capped at 2^31-1.
        assert!(!t.call(144, &[6, t.buf + 16]).0);
        let cur = t.p.mem.read_u32_be(t.buf + 16).unwrap();
        let max = t.p.mem.read_u32_be(t.buf + 20).unwrap();
        assert!(cur > 0 && cur <= max && max <= 0x7fff_ffff);
        // clock_gettime (32-bit time_t) and clock_gettime64 (64-bit).
        assert!(!t.call(257, &[0, t.buf + 32]).0);
        assert!(!t.call(403, &[0, t.buf + 48]).0);
        let s32 = t.p.mem.read_u32_be(t.buf + 32).unwrap() as u64;
        let s64 = t.p.mem.read_u64_be(t.buf + 48).unwrap();
        assert!(s64 >= s32 && s64 - s32 < 5, "{s32} {s64}");
        assert!(t.p.mem.read_u32_be(t.buf + 36).unwrap() < 1_000_000_000);
        // uname: machine "sparc".
        assert!(!t.call(189, &[t.buf + 0x400]).0);
        assert_eq!(t.p.mem.read_cstring(t.buf + 0x400 + 4 * 65, 65).unwrap(), b"sparc");
        // set_robust_list wants the 12-byte 32-bit head.
        assert!(t.call(300, &[t.buf, 24]).0);
        assert!(!t.call(300, &[t.buf, 12]).0);
    }

    #[test]
    fn sparc32_directory_offsets_are_small_cookies_that_lseek_understands() {
        let mut t = T::new();
        let dir = std::env::temp_dir().join(format!("lastmile-s32dir-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for i in 0..50 {
            std::fs::write(dir.join(format!("f{i}")), b"").unwrap();
        }
        t.p.write_bytes(t.buf, format!("{}\0", dir.display()).as_bytes()).unwrap();
        let (c, fd, _) = t.call(5, &[t.buf, 0x10000, 0]); // open O_DIRECTORY
        assert!(!c);
        let names = |t: &mut T, len: u64| -> Vec<(i64, String)> {
            let (c, n, _) = t.call(154, &[fd, t.buf + 0x1000, len]);
            assert!(!c);
            let mut b = vec![0u8; n as usize];
            t.p.mem.read(t.buf + 0x1000, &mut b).unwrap();
            let mut v = Vec::new();
            let mut o = 0;
            while o < b.len() {
                let off = i64::from_be_bytes(b[o + 8..o + 16].try_into().unwrap());
                let reclen = u16::from_be_bytes([b[o + 16], b[o + 17]]) as usize;
                let name = b[o + 19..o + reclen].split(|&c| c == 0).next().unwrap();
                v.push((off, String::from_utf8_lossy(name).into_owned()));
                o += reclen;
            }
            v
        };
        let first = names(&mut t, 600); // a few entries per call
        let rest = names(&mut t, 32768);
        let all: Vec<_> = first.iter().chain(&rest).cloned().collect();
        assert_eq!(all.len(), 52);
        for (i, (off, _)) in all.iter().enumerate() {
            assert_eq!(*off, i as i64 + 1, "cookies count up from 1");
        }
        // telldir/seekdir: lseek to cookie 10, then the 11th entry follows.
        assert_eq!(t.call(19, &[fd, 10, 0]).1, 10);
        let again = names(&mut t, 32768);
        assert_eq!(again[0].1, all[10].1);
        assert_eq!(again[0].0, 11);
        // rewinddir: offset 0 starts afresh.
        assert_eq!(t.call(19, &[fd, 0, 0]).1, 0);
        assert_eq!(names(&mut t, 32768).len(), 52);
        t.call(6, &[fd]);
        assert!(t.p.dir_cookies.is_empty(), "close forgets the table");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn every_table_entry_has_the_kernel_name_for_its_number() {
        let mut seen = std::collections::HashSet::new();
        for (nr, c) in super::super::calls::entries(TABLE) {
            assert!(seen.insert(nr), "duplicate {nr}");
            assert_eq!(syscall_name(*nr as u64), Some(c.name), "sparc32 system call {nr}");
            assert!(c.args.len() <= 6);
        }
        assert_eq!(syscall_name(56), Some("mmap2"));
        assert_eq!(syscall_name(403), Some("clock_gettime64"));
    }
}
