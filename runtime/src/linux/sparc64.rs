//! Linux sparc64 ABI facts: system-call names, flag and command numbers, and
//! the byte images of the structures that cross the system-call boundary.
//!
//! Every structure is converted in exactly one function here, from the host
//! (x86-64, little-endian) value to the guest's big-endian bytes or back, and
//! each has a unit test on a known byte image. Layouts were checked against the
//! sparc64 kernel headers (arch/sparc/include/uapi/asm/*.h) with a probe
//! program compiled by sparc64-linux-gnu-gcc and run under qemu-sparc64.

use super::calls::{Rows, Table};
use crate::mem::{Errno, MapFlags};

/// Names of the sparc64 system calls by number (arch/sparc/include/uapi/asm/unistd_64.h),
/// for `-strace` of calls that are not implemented.
pub const SYSCALL_NAMES: &[(u32, &str)] = &[
    (0, "restart_syscall"), (1, "exit"), (2, "fork"), (3, "read"), (4, "write"), (5, "open"), (6, "close"), (7,
    "wait4"), (8, "creat"), (9, "link"), (10, "unlink"), (11, "execv"), (12, "chdir"), (13, "chown"), (14,
    "mknod"), (15, "chmod"), (16, "lchown"), (17, "brk"), (18, "perfctr"), (19, "lseek"), (20, "getpid"), (21,
    "capget"), (22, "capset"), (23, "setuid"), (24, "getuid"), (25, "vmsplice"), (26, "ptrace"), (27, "alarm"),
    (28, "sigaltstack"), (29, "pause"), (30, "utime"), (33, "access"), (34, "nice"), (36, "sync"), (37, "kill"),
    (38, "stat"), (39, "sendfile"), (40, "lstat"), (41, "dup"), (42, "pipe"), (43, "times"), (45, "umount2"),
    (46, "setgid"), (47, "getgid"), (48, "signal"), (49, "geteuid"), (50, "getegid"), (51, "acct"), (52,
    "memory_ordering"), (54, "ioctl"), (55, "reboot"), (57, "symlink"), (58, "readlink"), (59, "execve"), (60,
    "umask"), (61, "chroot"), (62, "fstat"), (63, "fstat64"), (64, "getpagesize"), (65, "msync"), (66, "vfork"),
    (67, "pread64"), (68, "pwrite64"), (71, "mmap"), (73, "munmap"), (74, "mprotect"), (75, "madvise"), (76,
    "vhangup"), (78, "mincore"), (79, "getgroups"), (80, "setgroups"), (81, "getpgrp"), (83, "setitimer"), (85,
    "swapon"), (86, "getitimer"), (88, "sethostname"), (90, "dup2"), (92, "fcntl"), (93, "select"), (95,
    "fsync"), (96, "setpriority"), (97, "socket"), (98, "connect"), (99, "accept"), (100, "getpriority"), (101,
    "rt_sigreturn"), (102, "rt_sigaction"), (103, "rt_sigprocmask"), (104, "rt_sigpending"), (105,
    "rt_sigtimedwait"), (106, "rt_sigqueueinfo"), (107, "rt_sigsuspend"), (108, "setresuid"), (109, "getresuid"),
    (110, "setresgid"), (111, "getresgid"), (113, "recvmsg"), (114, "sendmsg"), (116, "gettimeofday"), (117,
    "getrusage"), (118, "getsockopt"), (119, "getcwd"), (120, "readv"), (121, "writev"), (122, "settimeofday"),
    (123, "fchown"), (124, "fchmod"), (125, "recvfrom"), (126, "setreuid"), (127, "setregid"), (128, "rename"),
    (129, "truncate"), (130, "ftruncate"), (131, "flock"), (132, "lstat64"), (133, "sendto"), (134, "shutdown"),
    (135, "socketpair"), (136, "mkdir"), (137, "rmdir"), (138, "utimes"), (139, "stat64"), (140, "sendfile64"),
    (141, "getpeername"), (142, "futex"), (143, "gettid"), (144, "getrlimit"), (145, "setrlimit"), (146,
    "pivot_root"), (147, "prctl"), (148, "pciconfig_read"), (149, "pciconfig_write"), (150, "getsockname"), (151,
    "inotify_init"), (152, "inotify_add_watch"), (153, "poll"), (154, "getdents64"), (156, "inotify_rm_watch"),
    (157, "statfs"), (158, "fstatfs"), (159, "umount"), (160, "sched_set_affinity"), (161, "sched_get_affinity"),
    (162, "getdomainname"), (163, "setdomainname"), (164, "utrap_install"), (165, "quotactl"), (166,
    "set_tid_address"), (167, "mount"), (168, "ustat"), (169, "setxattr"), (170, "lsetxattr"), (171,
    "fsetxattr"), (172, "getxattr"), (173, "lgetxattr"), (174, "getdents"), (175, "setsid"), (176, "fchdir"),
    (177, "fgetxattr"), (178, "listxattr"), (179, "llistxattr"), (180, "flistxattr"), (181, "removexattr"), (182,
    "lremovexattr"), (183, "sigpending"), (184, "query_module"), (185, "setpgid"), (186, "fremovexattr"), (187,
    "tkill"), (188, "exit_group"), (189, "uname"), (190, "init_module"), (191, "personality"), (192,
    "remap_file_pages"), (193, "epoll_create"), (194, "epoll_ctl"), (195, "epoll_wait"), (196, "ioprio_set"),
    (197, "getppid"), (198, "sigaction"), (199, "sgetmask"), (200, "ssetmask"), (201, "sigsuspend"), (202,
    "oldlstat"), (203, "uselib"), (204, "readdir"), (205, "readahead"), (206, "socketcall"), (207, "syslog"),
    (208, "lookup_dcookie"), (209, "fadvise64"), (210, "fadvise64_64"), (211, "tgkill"), (212, "waitpid"), (213,
    "swapoff"), (214, "sysinfo"), (215, "ipc"), (216, "sigreturn"), (217, "clone"), (218, "ioprio_get"), (219,
    "adjtimex"), (220, "sigprocmask"), (221, "create_module"), (222, "delete_module"), (223, "get_kernel_syms"),
    (224, "getpgid"), (225, "bdflush"), (226, "sysfs"), (227, "afs_syscall"), (228, "setfsuid"), (229,
    "setfsgid"), (230, "_newselect"), (232, "splice"), (233, "stime"), (234, "statfs64"), (235, "fstatfs64"),
    (236, "_llseek"), (237, "mlock"), (238, "munlock"), (239, "mlockall"), (240, "munlockall"), (241,
    "sched_setparam"), (242, "sched_getparam"), (243, "sched_setscheduler"), (244, "sched_getscheduler"), (245,
    "sched_yield"), (246, "sched_get_priority_max"), (247, "sched_get_priority_min"), (248,
    "sched_rr_get_interval"), (249, "nanosleep"), (250, "mremap"), (251, "_sysctl"), (252, "getsid"), (253,
    "fdatasync"), (254, "nfsservctl"), (255, "sync_file_range"), (256, "clock_settime"), (257, "clock_gettime"),
    (258, "clock_getres"), (259, "clock_nanosleep"), (260, "sched_getaffinity"), (261, "sched_setaffinity"),
    (262, "timer_settime"), (263, "timer_gettime"), (264, "timer_getoverrun"), (265, "timer_delete"), (266,
    "timer_create"), (267, "vserver"), (268, "io_setup"), (269, "io_destroy"), (270, "io_submit"), (271,
    "io_cancel"), (272, "io_getevents"), (273, "mq_open"), (274, "mq_unlink"), (275, "mq_timedsend"), (276,
    "mq_timedreceive"), (277, "mq_notify"), (278, "mq_getsetattr"), (279, "waitid"), (280, "tee"), (281,
    "add_key"), (282, "request_key"), (283, "keyctl"), (284, "openat"), (285, "mkdirat"), (286, "mknodat"), (287,
    "fchownat"), (288, "futimesat"), (289, "fstatat64"), (290, "unlinkat"), (291, "renameat"), (292, "linkat"),
    (293, "symlinkat"), (294, "readlinkat"), (295, "fchmodat"), (296, "faccessat"), (297, "pselect6"), (298,
    "ppoll"), (299, "unshare"), (300, "set_robust_list"), (301, "get_robust_list"), (302, "migrate_pages"), (303,
    "mbind"), (304, "get_mempolicy"), (305, "set_mempolicy"), (306, "kexec_load"), (307, "move_pages"), (308,
    "getcpu"), (309, "epoll_pwait"), (310, "utimensat"), (311, "signalfd"), (312, "timerfd_create"), (313,
    "eventfd"), (314, "fallocate"), (315, "timerfd_settime"), (316, "timerfd_gettime"), (317, "signalfd4"), (318,
    "eventfd2"), (319, "epoll_create1"), (320, "dup3"), (321, "pipe2"), (322, "inotify_init1"), (323, "accept4"),
    (324, "preadv"), (325, "pwritev"), (326, "rt_tgsigqueueinfo"), (327, "perf_event_open"), (328, "recvmmsg"),
    (329, "fanotify_init"), (330, "fanotify_mark"), (331, "prlimit64"), (332, "name_to_handle_at"), (333,
    "open_by_handle_at"), (334, "clock_adjtime"), (335, "syncfs"), (336, "sendmmsg"), (337, "setns"), (338,
    "process_vm_readv"), (339, "process_vm_writev"), (340, "kern_features"), (341, "kcmp"), (342,
    "finit_module"), (343, "sched_setattr"), (344, "sched_getattr"), (345, "renameat2"), (346, "seccomp"), (347,
    "getrandom"), (348, "memfd_create"), (349, "bpf"), (350, "execveat"), (351, "membarrier"), (352,
    "userfaultfd"), (353, "bind"), (354, "listen"), (355, "setsockopt"), (356, "mlock2"), (357,
    "copy_file_range"), (358, "preadv2"), (359, "pwritev2"), (360, "statx"), (361, "io_pgetevents"), (362,
    "pkey_mprotect"), (363, "pkey_alloc"), (364, "pkey_free"), (365, "rseq"), (392, "semtimedop"), (393,
    "semget"), (394, "semctl"), (395, "shmget"), (396, "shmctl"), (397, "shmat"), (398, "shmdt"), (399,
    "msgget"), (400, "msgsnd"), (401, "msgrcv"), (402, "msgctl"), (424, "pidfd_send_signal"), (425,
    "io_uring_setup"), (426, "io_uring_enter"), (427, "io_uring_register"), (428, "open_tree"), (429,
    "move_mount"), (430, "fsopen"), (431, "fsconfig"), (432, "fsmount"), (433, "fspick"), (434, "pidfd_open"),
    (436, "close_range"), (437, "openat2"), (438, "pidfd_getfd"), (439, "faccessat2"), (440, "process_madvise"),
    (441, "epoll_pwait2"), (442, "mount_setattr"), (443, "quotactl_fd"), (444, "landlock_create_ruleset"), (445,
    "landlock_add_rule"), (446, "landlock_restrict_self"), (448, "process_mrelease"), (449, "futex_waitv"), (450,
    "set_mempolicy_home_node"),];

/// The name of system call `nr`, if sparc64 has one.
pub fn syscall_name(nr: u64) -> Option<&'static str> {
    SYSCALL_NAMES.iter().find(|(n, _)| *n as u64 == nr).map(|(_, s)| *s)
}

/// The system calls sparc64 and 32-bit SPARC programs have at the same
/// number and serve alike: syscall.tbl's "common" rows whose compat entry
/// is the native one, and the "32" and "64" rows that agree. Each ABI's
/// table lists this part and its own.
pub(super) const SPARC_SHARED: Rows = {
    use super::calls::*;
    &[
        (1, EXIT),
        (2, FORK),
        (3, READ),
        (4, WRITE),
        (5, OPEN),
        (6, CLOSE),
        (7, WAIT4),
        (8, CREAT),
        (9, LINK),
        (10, UNLINK),
        (12, CHDIR),
        (15, CHMOD),
        (17, BRK),
        (20, GETPID),
        (27, ALARM),
        (28, SIGALTSTACK),
        (33, ACCESS),
        (36, SYNC),
        (37, KILL),
        (38, STAT),
        (39, SENDFILE),
        (40, LSTAT),
        (41, DUP),
        (42, PIPE),
        (43, TIMES),
        (54, IOCTL),
        (57, SYMLINK),
        (58, READLINK),
        (59, EXECVE),
        (60, UMASK),
        (62, FSTAT),
        (63, FSTAT64),
        (64, GETPAGESIZE),
        (65, MSYNC),
        (66, VFORK),
        (71, MMAP),
        (73, MUNMAP),
        (74, MPROTECT),
        (75, MADVISE),
        (81, GETPGRP),
        (83, SETITIMER),
        (86, GETITIMER),
        (90, DUP2),
        (92, FCNTL),
        (95, FSYNC),
        (96, SETPRIORITY),
        (100, GETPRIORITY),
        (102, RT_SIGACTION),
        (103, RT_SIGPROCMASK),
        (104, RT_SIGPENDING),
        (116, GETTIMEOFDAY),
        (117, GETRUSAGE),
        (119, GETCWD),
        (120, READV),
        (121, WRITEV),
        (124, FCHMOD),
        (128, RENAME),
        (131, FLOCK),
        (132, LSTAT64),
        (136, MKDIR),
        (137, RMDIR),
        (138, UTIMES),
        (139, STAT64),
        (142, FUTEX),
        (143, GETTID),
        (144, GETRLIMIT),
        (145, SETRLIMIT),
        (153, POLL),
        (154, GETDENTS64),
        (157, STATFS),
        (158, FSTATFS),
        (161, SCHED_GETAFFINITY.named("sched_get_affinity")),
        (166, SET_TID_ADDRESS),
        (175, SETSID),
        (176, FCHDIR),
        (185, SETPGID),
        (187, TKILL),
        (188, EXIT_GROUP),
        (189, UNAME),
        (197, GETPPID),
        (211, TGKILL),
        (214, SYSINFO),
        (217, CLONE),
        (224, GETPGID),
        (236, LLSEEK),
        (245, SCHED_YIELD),
        (249, NANOSLEEP),
        (250, MREMAP),
        (252, GETSID),
        (253, FDATASYNC),
        (257, CLOCK_GETTIME),
        (258, CLOCK_GETRES),
        (259, CLOCK_NANOSLEEP),
        (260, SCHED_GETAFFINITY),
        (261, SCHED_SETAFFINITY),
        (284, OPENAT),
        (285, MKDIRAT),
        (287, FCHOWNAT),
        (289, FSTATAT64),
        (290, UNLINKAT),
        (291, RENAMEAT),
        (292, LINKAT),
        (293, SYMLINKAT),
        (294, READLINKAT),
        (295, FCHMODAT),
        (296, FACCESSAT),
        (298, PPOLL),
        (300, SET_ROBUST_LIST),
        (301, GET_ROBUST_LIST),
        (310, UTIMENSAT),
        (320, DUP3),
        (321, PIPE2),
        (331, PRLIMIT64),
        (345, RENAMEAT2),
        (347, GETRANDOM),
        (357, COPY_FILE_RANGE),
        (360, STATX),
        (439, FACCESSAT2),
    ]
};

/// The implemented sparc64 system calls by number (syscall.tbl rows
/// "common" and "64").
pub(super) const TABLE: Table = &[SPARC_SHARED, SPARC64_ONLY];

/// The sparc64 calls not in [`SPARC_SHARED`].
const SPARC64_ONLY: Rows = {
    use super::calls::*;
    &[
        (13, CHOWN),
        (16, LCHOWN),
        (19, LSEEK),
        (23, SETUID),
        (24, GETUID),
        (46, SETGID),
        (47, GETGID),
        (49, GETEUID),
        (50, GETEGID),
        (67, PREAD64),
        (68, PWRITE64),
        (79, GETGROUPS),
        (108, SETRESUID),
        (109, GETRESUID),
        (110, SETRESGID),
        (111, GETRESGID),
        (123, FCHOWN),
        (126, SETREUID),
        (127, SETREGID),
        (129, TRUNCATE),
        (130, FTRUNCATE),
        (209, FADVISE64),
        (314, FALLOCATE),
    ]
};

// ---------------------------------------------------------------------------
// Byte-order helpers.

/// Builds a guest structure image: big-endian (SPARC) unless made with
/// [`BeWriter::order`] for a little-endian guest (IA-64).
#[derive(Default)]
pub struct BeWriter {
    pub buf: Vec<u8>,
    le: bool,
}

impl BeWriter {
    pub fn new() -> BeWriter {
        BeWriter { buf: Vec::with_capacity(256), le: false }
    }
    /// A writer in the guest's byte order (`le`: little-endian).
    pub fn order(le: bool) -> BeWriter {
        BeWriter { buf: Vec::with_capacity(256), le }
    }
    pub fn u8(&mut self, v: u8) -> &mut Self {
        self.buf.push(v);
        self
    }
    pub fn u16(&mut self, v: u16) -> &mut Self {
        let b = if self.le { v.to_le_bytes() } else { v.to_be_bytes() };
        self.buf.extend_from_slice(&b);
        self
    }
    pub fn u32(&mut self, v: u32) -> &mut Self {
        let b = if self.le { v.to_le_bytes() } else { v.to_be_bytes() };
        self.buf.extend_from_slice(&b);
        self
    }
    pub fn u64(&mut self, v: u64) -> &mut Self {
        let b = if self.le { v.to_le_bytes() } else { v.to_be_bytes() };
        self.buf.extend_from_slice(&b);
        self
    }
    pub fn i64(&mut self, v: i64) -> &mut Self {
        self.u64(v as u64)
    }
    pub fn bytes(&mut self, b: &[u8]) -> &mut Self {
        self.buf.extend_from_slice(b);
        self
    }
    /// Zero bytes up to offset `n`.
    pub fn pad_to(&mut self, n: usize) -> &mut Self {
        if self.buf.len() < n {
            self.buf.resize(n, 0);
        }
        self
    }
    pub fn finish(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.buf)
    }
}

/// Reads a guest structure image: big-endian unless made with
/// [`BeReader::order`].
pub struct BeReader<'a> {
    b: &'a [u8],
    le: bool,
}

impl<'a> BeReader<'a> {
    pub fn new(b: &'a [u8]) -> BeReader<'a> {
        BeReader { b, le: false }
    }
    /// A reader in the guest's byte order (`le`: little-endian).
    pub fn order(b: &'a [u8], le: bool) -> BeReader<'a> {
        BeReader { b, le }
    }
    fn arr<const N: usize>(&self, o: usize) -> [u8; N] {
        let mut a = [0u8; N];
        if let Some(s) = self.b.get(o..o + N) {
            a.copy_from_slice(s);
        }
        if self.le {
            a.reverse();
        }
        a
    }
    pub fn u16(&self, o: usize) -> u16 {
        u16::from_be_bytes(self.arr(o))
    }
    pub fn u32(&self, o: usize) -> u32 {
        u32::from_be_bytes(self.arr(o))
    }
    pub fn i32(&self, o: usize) -> i32 {
        self.u32(o) as i32
    }
    pub fn u64(&self, o: usize) -> u64 {
        u64::from_be_bytes(self.arr(o))
    }
    pub fn i64(&self, o: usize) -> i64 {
        self.u64(o) as i64
    }
}

// ---------------------------------------------------------------------------
// open(2) flags: arch/sparc/include/uapi/asm/fcntl.h (O_DIRECTORY and
// O_NOFOLLOW come from asm-generic). Pairs of (sparc, host).

const OPEN_FLAGS: &[(u64, i32)] = &[
    (0x0008, libc::O_APPEND),
    (0x0040, libc::O_ASYNC),
    (0x0200, libc::O_CREAT),
    (0x0400, libc::O_TRUNC),
    (0x0800, libc::O_EXCL),
    (0x2000, libc::O_DSYNC),
    (0x4000, libc::O_NONBLOCK),
    (0x8000, libc::O_NOCTTY),
    (0x10000, libc::O_DIRECTORY),
    (0x20000, libc::O_NOFOLLOW),
    (0x100000, libc::O_DIRECT),
    (0x200000, libc::O_NOATIME),
    (0x400000, libc::O_CLOEXEC),
    (0x800000, 0o4000000),   // __O_SYNC
    (0x1000000, libc::O_PATH),
    (0x2000000, 0o20000000), // __O_TMPFILE
];
/// sparc64 O_NDELAY is its own bit; the kernel treats it as O_NONBLOCK.
pub const O_NDELAY: u64 = 0x0004;
pub const O_CLOEXEC: u64 = 0x400000;
pub const O_NONBLOCK: u64 = 0x4000;
/// sparc O_LARGEFILE: implied on 64-bit, dropped.
pub const O_LARGEFILE: u64 = 0x40000;

/// Guest open flags to host open flags.
pub fn open_flags_to_host(f: u64) -> i32 {
    let mut h = (f & 3) as i32; // O_ACCMODE
    for &(g, hv) in OPEN_FLAGS {
        if f & g != 0 {
            h |= hv;
        }
    }
    if f & O_NDELAY != 0 {
        h |= libc::O_NONBLOCK;
    }
    h
}

/// Host file status flags (F_GETFL) to guest flags.
pub fn open_flags_from_host(h: i32) -> u64 {
    let mut f = (h & 3) as u64;
    for &(g, hv) in OPEN_FLAGS {
        // __O_TMPFILE includes O_DIRECTORY on the host; test the whole mask.
        if hv != 0 && h & hv == hv {
            f |= g;
        }
    }
    // The x86-64 kernel reports O_LARGEFILE (0o100000) on every file;
    // the libc crate calls it 0 there.
    if h & 0o100000 != 0 {
        f |= O_LARGEFILE;
    }
    f
}

// ---------------------------------------------------------------------------
// fcntl commands (sparc: F_GETLK 7, F_SETLK 8, F_SETLKW 9, F_GETOWN 5,
// F_SETOWN 6; the rest are asm-generic) and lock types (sparc F_RDLCK 1,
// F_WRLCK 2, F_UNLCK 3).

pub mod fcntl {
    pub const F_DUPFD: u32 = 0;
    pub const F_GETFD: u32 = 1;
    pub const F_SETFD: u32 = 2;
    pub const F_GETFL: u32 = 3;
    pub const F_SETFL: u32 = 4;
    pub const F_GETOWN: u32 = 5;
    pub const F_SETOWN: u32 = 6;
    pub const F_GETLK: u32 = 7;
    pub const F_SETLK: u32 = 8;
    pub const F_SETLKW: u32 = 9;
    pub const F_SETSIG: u32 = 10;
    pub const F_GETSIG: u32 = 11;
    pub const F_SETOWN_EX: u32 = 15;
    pub const F_GETOWN_EX: u32 = 16;
    pub const F_OFD_GETLK: u32 = 36;
    pub const F_OFD_SETLK: u32 = 37;
    pub const F_OFD_SETLKW: u32 = 38;
    pub const F_SETLEASE: u32 = 1024;
    pub const F_GETLEASE: u32 = 1025;
    pub const F_NOTIFY: u32 = 1026;
    pub const F_DUPFD_CLOEXEC: u32 = 1030;
    pub const F_SETPIPE_SZ: u32 = 1031;
    pub const F_GETPIPE_SZ: u32 = 1032;
    pub const F_ADD_SEALS: u32 = 1033;
    pub const F_GET_SEALS: u32 = 1034;
}

/// Guest lock type to host, None if invalid.
pub fn lock_type_to_host(t: i16) -> Option<i16> {
    Some(match t {
        1 => libc::F_RDLCK as i16,
        2 => libc::F_WRLCK as i16,
        3 => libc::F_UNLCK as i16,
        _ => return None,
    })
}

pub fn lock_type_from_host(t: i16) -> i16 {
    match t as i32 {
        libc::F_RDLCK => 1,
        libc::F_WRLCK => 2,
        libc::F_UNLCK => 3,
        _ => t,
    }
}

/// struct flock (sparc64, 32 bytes): l_type i16, l_whence i16, pad,
/// l_start i64 @8, l_len i64 @16, l_pid i32 @24, pad.
pub fn flock_from_guest(b: &[u8]) -> Option<libc::flock> {
    let r = BeReader::new(b);
    // SAFETY: flock is plain data.
    let mut f: libc::flock = unsafe { std::mem::zeroed() };
    f.l_type = lock_type_to_host(r.u16(0) as i16)?;
    f.l_whence = r.u16(2) as i16;
    f.l_start = r.i64(8);
    f.l_len = r.i64(16);
    f.l_pid = r.i32(24);
    Some(f)
}

pub fn flock_to_guest(f: &libc::flock) -> Vec<u8> {
    BeWriter::new()
        .u16(lock_type_from_host(f.l_type) as u16)
        .u16(f.l_whence as u16)
        .pad_to(8)
        .i64(f.l_start)
        .i64(f.l_len)
        .u32(f.l_pid as u32)
        .pad_to(32)
        .finish()
}

// ---------------------------------------------------------------------------
// mmap flags: arch/sparc/include/uapi/asm/mman.h + asm-generic/mman-common.h.

pub mod map {
    pub const SHARED: u64 = 0x01;
    pub const PRIVATE: u64 = 0x02;
    pub const SHARED_VALIDATE: u64 = 0x03;
    pub const TYPE: u64 = 0x0f;
    pub const FIXED: u64 = 0x10;
    pub const ANONYMOUS: u64 = 0x20;
    pub const NORESERVE: u64 = 0x40;
    pub const INHERIT: u64 = 0x80;
    pub const LOCKED: u64 = 0x100;
    pub const GROWSDOWN: u64 = 0x200;
    pub const DENYWRITE: u64 = 0x800;
    pub const EXECUTABLE: u64 = 0x1000;
    pub const POPULATE: u64 = 0x8000;
    pub const NONBLOCK: u64 = 0x10000;
    pub const STACK: u64 = 0x20000;
    pub const HUGETLB: u64 = 0x40000;
    pub const SYNC: u64 = 0x80000;
    pub const FIXED_NOREPLACE: u64 = 0x100000;
    pub const UNINITIALIZED: u64 = 0x4000000;
    /// Flags MAP_SHARED_VALIDATE accepts (mm/mmap.c LEGACY_MAP_MASK + MAP_SYNC).
    pub const VALIDATE_MASK: u64 = TYPE
        | FIXED
        | ANONYMOUS
        | NORESERVE
        | LOCKED
        | GROWSDOWN
        | DENYWRITE
        | EXECUTABLE
        | POPULATE
        | NONBLOCK
        | STACK
        | HUGETLB
        | FIXED_NOREPLACE
        | SYNC;
}

/// Decode sparc mmap flags (errors as Linux's do_mmap gives them).
pub fn map_flags(f: u64) -> Result<MapFlags, Errno> {
    let shared = match f & map::TYPE {
        map::SHARED => true,
        map::PRIVATE => false,
        map::SHARED_VALIDATE => {
            if f & !map::VALIDATE_MASK != 0 {
                return Err(Errno(libc::EOPNOTSUPP));
            }
            true
        }
        _ => return Err(Errno::EINVAL),
    };
    Ok(MapFlags {
        shared,
        anonymous: f & map::ANONYMOUS != 0,
        fixed: f & map::FIXED != 0,
        fixed_noreplace: f & map::FIXED_NOREPLACE != 0,
        growsdown: f & map::GROWSDOWN != 0,
    })
}

// ---------------------------------------------------------------------------
// Resource limits: sparc swaps RLIMIT_NOFILE (6) and RLIMIT_NPROC (7).

pub const RLIM_NLIMITS: usize = 16;
pub const RLIMIT_NOFILE: u32 = 6;
pub const RLIMIT_NPROC: u32 = 7;

pub fn rlimit_resource_to_host(r: u32) -> Option<i32> {
    Some(match r {
        6 => libc::RLIMIT_NOFILE as i32,
        7 => libc::RLIMIT_NPROC as i32,
        r if (r as usize) < RLIM_NLIMITS => r as i32,
        _ => return None,
    })
}

// ---------------------------------------------------------------------------
// Signals: sigprocmask `how` values differ (sparc SIG_BLOCK 1, SIG_UNBLOCK 2,
// SIG_SETMASK 4).

pub const SIG_BLOCK: u64 = 1;
pub const SIG_UNBLOCK: u64 = 2;
pub const SIG_SETMASK: u64 = 4;
pub const SIGKILL: i32 = 9;
pub const SIGSTOP: i32 = 17;
pub const SIGPIPE: i32 = 13;
pub const SIGCHLD: i32 = 20;
pub const SIGCONT: i32 = 19;
pub const SIGURG: i32 = 16;
pub const SIGWINCH: i32 = 28;
pub const SIGTSTP: i32 = 18;
pub const SIGTTIN: i32 = 21;
pub const SIGTTOU: i32 = 22;

/// struct sigaction as sparc64's rt_sigaction copies it (32 bytes):
/// sa_handler, sa_flags, sa_restorer, sa_mask (one 64-bit word).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SigAction {
    pub handler: u64,
    pub flags: u64,
    pub restorer: u64,
    pub mask: u64,
}

impl SigAction {
    pub const SIZE: usize = 32;
    pub fn from_guest(b: &[u8]) -> SigAction {
        let r = BeReader::new(b);
        SigAction { handler: r.u64(0), flags: r.u64(8), restorer: r.u64(16), mask: r.u64(24) }
    }
    pub fn to_guest(&self) -> Vec<u8> {
        BeWriter::new().u64(self.handler).u64(self.flags).u64(self.restorer).u64(self.mask).finish()
    }
}

/// Guest wait status to host numbering is the identity except for signal
/// numbers; this maps a host wait status to the guest's.
pub fn wait_status_from_host(st: i32) -> i32 {
    use crate::signals::sparc::from_host;
    let low = st & 0x7f;
    if low == 0 {
        st // exited
    } else if low == 0x7f {
        // stopped: signal in bits 8..15
        (st & !0xff00) | (from_host((st >> 8) & 0xff) << 8)
    } else {
        (st & !0x7f) | from_host(low)
    }
}

// ---------------------------------------------------------------------------
// poll events: sparc POLLWRBAND 0x100, POLLMSG 0x200, POLLREMOVE 0x400,
// POLLRDHUP 0x800 (and POLLWRNORM = POLLOUT).

const POLL_LOW: u16 = 0xff; // POLLIN .. POLLRDBAND, shared
pub fn poll_events_to_host(e: u16) -> i16 {
    let mut h = e & POLL_LOW; // POLLIN .. POLLRDBAND are equal
    if e & 0x100 != 0 {
        h |= libc::POLLWRBAND as u16;
    }
    if e & 0x200 != 0 {
        h |= 0x400; // POLLMSG
    }
    if e & 0x800 != 0 {
        h |= libc::POLLRDHUP as u16;
    }
    h as i16
}

pub fn poll_events_from_host(h: i16) -> u16 {
    let h = h as u16;
    let mut e = h & POLL_LOW;
    if h & libc::POLLWRNORM as u16 != 0 {
        e |= libc::POLLOUT as u16;
    }
    if h & libc::POLLWRBAND as u16 != 0 {
        e |= 0x100;
    }
    if h & 0x400 != 0 {
        e |= 0x200;
    }
    if h & libc::POLLRDHUP as u16 != 0 {
        e |= 0x800;
    }
    e
}

// ---------------------------------------------------------------------------
// stat structures.

/// `struct stat` of sparc64 (stat/lstat/fstat, 104 bytes, no nanoseconds).
/// EOVERFLOW if st_nlink does not fit its `short`, as fs/stat.c cp_new_stat.
pub fn stat_to_guest(st: &libc::stat) -> Result<Vec<u8>, Errno> {
    if st.st_nlink > i16::MAX as u64 {
        return Err(Errno::EOVERFLOW);
    }
    Ok(BeWriter::new()
        .u32(st.st_dev as u32)
        .pad_to(8)
        .u64(st.st_ino)
        .u32(st.st_mode)
        .u16(st.st_nlink as u16)
        .pad_to(24)
        .u32(st.st_uid)
        .u32(st.st_gid)
        .u32(st.st_rdev as u32)
        .pad_to(40)
        .i64(st.st_size)
        .i64(st.st_atime)
        .i64(st.st_mtime)
        .i64(st.st_ctime)
        .i64(st.st_blksize)
        .i64(st.st_blocks)
        .pad_to(104)
        .finish())
}

/// `struct stat64` of sparc64 (fstat64/stat64/lstat64/fstatat64, 144 bytes).
pub fn stat64_to_guest(st: &libc::stat) -> Vec<u8> {
    BeWriter::new()
        .u64(st.st_dev)
        .u64(st.st_ino)
        .u64(st.st_nlink)
        .u32(st.st_mode)
        .u32(st.st_uid)
        .u32(st.st_gid)
        .pad_to(40)
        .u64(st.st_rdev)
        .i64(st.st_size)
        .i64(st.st_blksize)
        .i64(st.st_blocks)
        .i64(st.st_atime)
        .i64(st.st_atime_nsec)
        .i64(st.st_mtime)
        .i64(st.st_mtime_nsec)
        .i64(st.st_ctime)
        .i64(st.st_ctime_nsec)
        .pad_to(144)
        .finish()
}

/// Field widths of `struct statx` (include/uapi/linux/stat.h), for swapping
/// the host's raw 256 bytes into guest order: u16 fields, u32 fields; every
/// other 8-byte slot is a u64 (or spare).
const STATX_U16: &[usize] = &[28, 30];
const STATX_U32: &[usize] = &[
    0, 4, 16, 20, 24, 72, 76, 88, 92, 104, 108, 120, 124, 128, 132, 136, 140, 152, 156, 168, 172, 176, 180, 184, 188,
];

/// Host `struct statx` bytes (little-endian) to the guest's.
pub fn statx_to_guest(host: &[u8; 256]) -> [u8; 256] {
    let mut out = [0u8; 256];
    let mut o = 0;
    while o < 256 {
        if STATX_U16.contains(&o) {
            out[o..o + 2].copy_from_slice(&u16::from_le_bytes([host[o], host[o + 1]]).to_be_bytes());
            o += 2;
        } else if STATX_U32.contains(&o) {
            let v = u32::from_le_bytes(host[o..o + 4].try_into().expect("4 bytes"));
            out[o..o + 4].copy_from_slice(&v.to_be_bytes());
            o += 4;
        } else {
            let v = u64::from_le_bytes(host[o..o + 8].try_into().expect("8 bytes"));
            out[o..o + 8].copy_from_slice(&v.to_be_bytes());
            o += 8;
        }
    }
    out
}

/// `struct statfs` (asm-generic layout with 64-bit words, 120 bytes), given
/// as the host's 15 words: every field a 64-bit word except f_fsid, two ints
/// sharing word 7. ia64's is the same, little-endian (`le`).
pub fn statfs_to_guest(w: &[u64; 15], le: bool) -> Vec<u8> {
    let mut b = BeWriter::order(le);
    for (i, v) in w.iter().enumerate() {
        if i == 7 {
            b.u32(*v as u32).u32((*v >> 32) as u32);
        } else {
            b.u64(*v);
        }
    }
    b.finish()
}

/// Convert a buffer of host `struct linux_dirent64` records in place:
/// d_ino u64, d_off i64, d_reclen u16, d_type u8, name. Same layout, only the
/// byte order of the three numbers changes.
pub fn dirents64_to_guest(buf: &mut [u8]) {
    let mut o = 0;
    while o + 19 <= buf.len() {
        let reclen = u16::from_le_bytes([buf[o + 16], buf[o + 17]]) as usize;
        for (at, n) in [(o, 8usize), (o + 8, 8), (o + 16, 2)] {
            buf[at..at + n].reverse();
        }
        if reclen == 0 {
            break;
        }
        o += reclen;
    }
}

// ---------------------------------------------------------------------------
// Time.

/// struct timespec: tv_sec i64, tv_nsec i64.
pub fn timespec_to_guest(sec: i64, nsec: i64) -> [u8; 16] {
    let mut b = [0u8; 16];
    b[..8].copy_from_slice(&sec.to_be_bytes());
    b[8..].copy_from_slice(&nsec.to_be_bytes());
    b
}

pub fn timespec_from_guest(b: &[u8]) -> libc::timespec {
    let r = BeReader::new(b);
    libc::timespec { tv_sec: r.i64(0), tv_nsec: r.i64(8) }
}

/// struct timeval of sparc64: tv_sec i64, then tv_usec as a 32-bit int
/// (`__kernel_suseconds_t` is int on sparc64), 4 bytes of padding.
pub fn timeval_to_guest(sec: i64, usec: i64) -> [u8; 16] {
    let mut b = [0u8; 16];
    b[..8].copy_from_slice(&sec.to_be_bytes());
    b[8..12].copy_from_slice(&(usec as i32).to_be_bytes());
    b
}

pub fn timeval_from_guest(b: &[u8]) -> libc::timeval {
    let r = BeReader::new(b);
    libc::timeval { tv_sec: r.i64(0), tv_usec: r.i32(8) as i64 }
}

/// struct sysinfo (112 bytes); ia64's is the same, little-endian (`le`).
pub fn sysinfo_to_guest(s: &libc::sysinfo, le: bool) -> Vec<u8> {
    BeWriter::order(le)
        .i64(s.uptime)
        .u64(s.loads[0])
        .u64(s.loads[1])
        .u64(s.loads[2])
        .u64(s.totalram)
        .u64(s.freeram)
        .u64(s.sharedram)
        .u64(s.bufferram)
        .u64(s.totalswap)
        .u64(s.freeswap)
        .u16(s.procs)
        .pad_to(88)
        .u64(s.totalhigh)
        .u64(s.freehigh)
        .u32(s.mem_unit)
        .pad_to(112)
        .finish()
}

/// struct new_utsname: six 65-byte fields; the machine is "sparc64".
pub fn utsname_to_guest(u: &libc::utsname) -> Vec<u8> {
    fn field(w: &mut BeWriter, s: &[libc::c_char]) {
        let start = w.buf.len();
        let bytes: Vec<u8> = s.iter().take(64).take_while(|&&c| c != 0).map(|&c| c as u8).collect();
        w.bytes(&bytes).pad_to(start + 65);
    }
    let mut w = BeWriter::new();
    field(&mut w, &u.sysname);
    field(&mut w, &u.nodename);
    field(&mut w, &u.release);
    field(&mut w, &u.version);
    let start = w.buf.len();
    w.bytes(b"sparc64").pad_to(start + 65);
    field(&mut w, &u.domainname);
    w.finish()
}

// ---------------------------------------------------------------------------
// Terminals: arch/sparc/include/uapi/asm/{ioctls.h,termbits.h}.

/// sparc64 ioctl request numbers (the sparc _IOC encoding puts the direction
/// in bits 29..31) and their x86-64 equivalents.
pub mod ioctl {
    pub const TCGETS: u32 = 0x4024_5408;
    pub const TCSETS: u32 = 0x8024_5409;
    pub const TCSETSW: u32 = 0x8024_540a;
    pub const TCSETSF: u32 = 0x8024_540b;
    pub const TCSBRK: u32 = 0x2000_5405;
    pub const TCXONC: u32 = 0x2000_5406;
    pub const TCFLSH: u32 = 0x2000_5407;
    pub const TIOCGWINSZ: u32 = 0x4008_7468;
    pub const TIOCSWINSZ: u32 = 0x8008_7467;
    pub const TIOCGPGRP: u32 = 0x4004_7483;
    pub const TIOCSPGRP: u32 = 0x8004_7482;
    pub const TIOCSCTTY: u32 = 0x2000_7484;
    pub const TIOCNOTTY: u32 = 0x2000_7471;
    pub const TIOCOUTQ: u32 = 0x4004_7473;
    pub const TIOCGSID: u32 = 0x4004_7485;
    pub const TIOCGPTN: u32 = 0x4004_7486;
    pub const TIOCSPTLCK: u32 = 0x8004_7487;
    pub const FIOCLEX: u32 = 0x2000_6601;
    pub const FIONCLEX: u32 = 0x2000_6602;
    pub const FIONBIO: u32 = 0x8004_667e;
    pub const FIONREAD: u32 = 0x4004_667f;

    pub const HOST_TCGETS: u64 = 0x5401;
    pub const HOST_TCSETS: u64 = 0x5402;
    pub const HOST_TCSETSW: u64 = 0x5403;
    pub const HOST_TCSETSF: u64 = 0x5404;
    pub const HOST_TCSBRK: u64 = 0x5409;
    pub const HOST_TCXONC: u64 = 0x540a;
    pub const HOST_TCFLSH: u64 = 0x540b;
    pub const HOST_TIOCSCTTY: u64 = 0x540e;
    pub const HOST_TIOCGPGRP: u64 = 0x540f;
    pub const HOST_TIOCSPGRP: u64 = 0x5410;
    pub const HOST_TIOCOUTQ: u64 = 0x5411;
    pub const HOST_TIOCGWINSZ: u64 = 0x5413;
    pub const HOST_TIOCSWINSZ: u64 = 0x5414;
    pub const HOST_FIONREAD: u64 = 0x541b;
    pub const HOST_FIONBIO: u64 = 0x5421;
    pub const HOST_TIOCNOTTY: u64 = 0x5422;
    pub const HOST_TIOCGSID: u64 = 0x5429;
    pub const HOST_TIOCGPTN: u64 = 0x8004_5430;
    pub const HOST_TIOCSPTLCK: u64 = 0x4004_5431;
    pub const HOST_FIONCLEX: u64 = 0x5450;
    pub const HOST_FIOCLEX: u64 = 0x5451;

    /// Name of a sparc ioctl request, for -strace.
    pub fn name(req: u32) -> Option<&'static str> {
        Some(match req {
            TCGETS => "TCGETS",
            TCSETS => "TCSETS",
            TCSETSW => "TCSETSW",
            TCSETSF => "TCSETSF",
            TCSBRK => "TCSBRK",
            TCXONC => "TCXONC",
            TCFLSH => "TCFLSH",
            TIOCGWINSZ => "TIOCGWINSZ",
            TIOCSWINSZ => "TIOCSWINSZ",
            TIOCGPGRP => "TIOCGPGRP",
            TIOCSPGRP => "TIOCSPGRP",
            TIOCSCTTY => "TIOCSCTTY",
            TIOCNOTTY => "TIOCNOTTY",
            TIOCOUTQ => "TIOCOUTQ",
            TIOCGSID => "TIOCGSID",
            TIOCGPTN => "TIOCGPTN",
            TIOCSPTLCK => "TIOCSPTLCK",
            FIOCLEX => "FIOCLEX",
            FIONCLEX => "FIONCLEX",
            FIONBIO => "FIONBIO",
            FIONREAD => "FIONREAD",
            _ => return None,
        })
    }
}

/// The kernel's `struct termios` as the x86-64 TCGETS/TCSETS ioctls use it
/// (36 bytes: NCCS 19, no speed fields).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HostTermios {
    pub iflag: u32,
    pub oflag: u32,
    pub cflag: u32,
    pub lflag: u32,
    pub line: u8,
    pub cc: [u8; 19],
}

/// Host c_cc indices (asm-generic/termbits.h).
mod hcc {
    pub const VEOF: usize = 4;
    pub const VTIME: usize = 5;
    pub const VMIN: usize = 6;
    pub const VSWTC: usize = 7;
    pub const VEOL: usize = 11;
    pub const VEOL2: usize = 16;
}
/// sparc c_cc indices that differ: VEOF/VMIN share 4 and VEOL/VTIME share 5
/// (arch/sparc/include/asm/termios.h keeps them apart in the kernel and
/// shows VMIN/VTIME in non-canonical mode), VEOL2 6, VSWTC 7, VDSUSP 11.
mod scc {
    pub const VEOF: usize = 4;
    pub const VEOL: usize = 5;
    pub const VEOL2: usize = 6;
    pub const VSWTC: usize = 7;
}
const ICANON: u32 = 0x2;
/// c_lflag bits that differ: FLUSHO is 0x2000 on sparc, 0x1000 on the host.
const SPARC_FLUSHO: u32 = 0x2000;
const HOST_FLUSHO: u32 = 0x1000;
/// sparc c_oflag PAGEOUT/WRAP and c_lflag DEFECHO have no host meaning.
const SPARC_ONLY_OFLAG: u32 = 0x30000;
const SPARC_DEFECHO: u32 = 0x1000;

/// Baud rates above B38400 (CBAUDEX values) differ: (sparc, host) code.
const BAUD_EX: &[(u32, u32)] = &[
    (0x1001, 0x1001), // B57600
    (0x1002, 0x1002), // B115200
    (0x1003, 0x1003), // B230400
    (0x1004, 0x1004), // B460800
    (0x100a, 0x1005), // B500000
    (0x100b, 0x1006), // B576000
    (0x1009, 0x1007), // B921600
    (0x100c, 0x1008), // B1000000
    (0x100d, 0x1009), // B1152000
    (0x100e, 0x100a), // B1500000
    (0x100f, 0x100b), // B2000000
];
const CBAUD: u32 = 0x100f;
const CIBAUD_SHIFT: u32 = 16;

fn baud_map(code: u32, to_host: bool) -> u32 {
    if code & 0x1000 == 0 {
        return code;
    }
    BAUD_EX
        .iter()
        .find(|&&(s, h)| if to_host { s == code } else { h == code })
        .map(|&(s, h)| if to_host { h } else { s })
        .unwrap_or(0x1002) // a rate sparc cannot express: say B115200
}

fn cflag_map(c: u32, to_host: bool) -> u32 {
    let out = baud_map(c & CBAUD, to_host);
    let inp = baud_map((c >> CIBAUD_SHIFT) & CBAUD, to_host);
    (c & !(CBAUD | (CBAUD << CIBAUD_SHIFT))) | out | (inp << CIBAUD_SHIFT)
}

/// Host termios to the sparc64 `struct termios` bytes (36: four u32 flags,
/// c_line at 16, c_cc[17] at 17, 2 bytes of padding).
pub fn termios_to_guest(t: &HostTermios) -> [u8; 36] {
    let mut b = [0u8; 36];
    let mut lflag = t.lflag & !HOST_FLUSHO;
    if t.lflag & HOST_FLUSHO != 0 {
        lflag |= SPARC_FLUSHO;
    }
    b[0..4].copy_from_slice(&t.iflag.to_be_bytes());
    b[4..8].copy_from_slice(&t.oflag.to_be_bytes());
    b[8..12].copy_from_slice(&cflag_map(t.cflag, false).to_be_bytes());
    b[12..16].copy_from_slice(&lflag.to_be_bytes());
    b[16] = t.line;
    let cc = &mut b[17..34];
    cc[..4].copy_from_slice(&t.cc[..4]); // VINTR VQUIT VERASE VKILL
    if t.lflag & ICANON != 0 {
        cc[scc::VEOF] = t.cc[hcc::VEOF];
        cc[scc::VEOL] = t.cc[hcc::VEOL];
    } else {
        cc[scc::VEOF] = t.cc[hcc::VMIN];
        cc[scc::VEOL] = t.cc[hcc::VTIME];
    }
    cc[scc::VEOL2] = t.cc[hcc::VEOL2];
    cc[scc::VSWTC] = t.cc[hcc::VSWTC];
    cc[8..11].copy_from_slice(&t.cc[8..11]); // VSTART VSTOP VSUSP
    cc[12..16].copy_from_slice(&t.cc[12..16]); // VREPRINT VDISCARD VWERASE VLNEXT
    b
}

/// sparc64 termios bytes to the host's, keeping from `cur` (the terminal's
/// current settings) the characters the guest's mode does not show.
pub fn termios_from_guest(b: &[u8], cur: &HostTermios) -> HostTermios {
    let r = BeReader::new(b);
    let lflag_g = r.u32(12);
    let mut lflag = lflag_g & !(SPARC_FLUSHO | SPARC_DEFECHO);
    if lflag_g & SPARC_FLUSHO != 0 {
        lflag |= HOST_FLUSHO;
    }
    let mut t = *cur;
    t.iflag = r.u32(0);
    t.oflag = r.u32(4) & !SPARC_ONLY_OFLAG;
    t.cflag = cflag_map(r.u32(8), true);
    t.lflag = lflag;
    t.line = b.get(16).copied().unwrap_or(0);
    let cc: Vec<u8> = (17..34).map(|i| b.get(i).copied().unwrap_or(0)).collect();
    t.cc[..4].copy_from_slice(&cc[..4]);
    if lflag & ICANON != 0 {
        t.cc[hcc::VEOF] = cc[scc::VEOF];
        t.cc[hcc::VEOL] = cc[scc::VEOL];
    } else {
        t.cc[hcc::VMIN] = cc[scc::VEOF];
        t.cc[hcc::VTIME] = cc[scc::VEOL];
    }
    t.cc[hcc::VEOL2] = cc[scc::VEOL2];
    t.cc[hcc::VSWTC] = cc[scc::VSWTC];
    t.cc[8..11].copy_from_slice(&cc[8..11]);
    t.cc[12..16].copy_from_slice(&cc[12..16]);
    t
}

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
        st.st_ino = 0x1122334455667788;
        st.st_nlink = 2;
        st.st_mode = 0o100644;
        st.st_uid = 1000;
        st.st_gid = 100;
        st.st_rdev = 0x501;
        st.st_size = 0x12345;
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
    fn sparc64_stat64_has_the_kernel_layout() {
        let b = stat64_to_guest(&sample_stat());
        assert_eq!(b.len(), 144);
        let expect = concat!(
            "0000000000000803", "1122334455667788", "0000000000000002", // dev ino nlink
            "000081a4", "000003e8", "00000064", "00000000", // mode uid gid pad
            "0000000000000501", "0000000000012345", "0000000000001000", "0000000000000008", // rdev size blksize blocks
            "0000000060000001", "0000000000000005", "0000000060000002", "0000000000000006",
            "0000000060000003", "0000000000000007",
            "000000000000000000000000000000000000000000000000",
        );
        assert_eq!(hex(&b), expect);
    }

    #[test]
    fn sparc64_stat_has_the_kernel_layout_and_refuses_big_nlink() {
        let b = stat_to_guest(&sample_stat()).unwrap();
        assert_eq!(b.len(), 104);
        let expect = concat!(
            "00000803", "00000000", "1122334455667788", // dev pad ino
            "000081a4", "0002", "0000", "000003e8", "00000064", // mode nlink pad uid gid
            "00000501", "00000000", "0000000000012345", // rdev pad size
            "0000000060000001", "0000000060000002", "0000000060000003", // a m c time
            "0000000000001000", "0000000000000008", "00000000000000000000000000000000",
        );
        assert_eq!(hex(&b), expect);
        let mut st = sample_stat();
        st.st_nlink = 40000;
        assert_eq!(stat_to_guest(&st), Err(Errno::EOVERFLOW));
    }

    #[test]
    fn statx_fields_are_swapped_by_width() {
        let mut h = [0u8; 256];
        h[0..4].copy_from_slice(&0x7ffu32.to_le_bytes()); // mask
        h[28..30].copy_from_slice(&0o100755u16.to_le_bytes()); // mode
        h[40..48].copy_from_slice(&0x1234u64.to_le_bytes()); // size
        h[64..72].copy_from_slice(&(-2i64).to_le_bytes()); // atime sec
        h[72..76].copy_from_slice(&999u32.to_le_bytes()); // atime nsec
        h[136..140].copy_from_slice(&8u32.to_le_bytes()); // dev major
        let g = statx_to_guest(&h);
        assert_eq!(&g[0..4], &[0, 0, 7, 0xff]);
        assert_eq!(&g[28..30], &[0x81, 0xed]);
        assert_eq!(&g[40..48], &[0, 0, 0, 0, 0, 0, 0x12, 0x34]);
        assert_eq!(&g[64..72], &[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]);
        assert_eq!(&g[72..76], &[0, 0, 3, 0xe7]);
        assert_eq!(&g[136..140], &[0, 0, 0, 8]);
    }

    #[test]
    fn sparc64_timeval_has_a_32bit_usec() {
        assert_eq!(hex(&timeval_to_guest(0x1_0000_0002, 999_999)), "0000000100000002000f423f00000000");
        let tv = timeval_from_guest(&timeval_to_guest(-5, 7));
        assert_eq!((tv.tv_sec, tv.tv_usec), (-5, 7));
        assert_eq!(hex(&timespec_to_guest(1, 2)), "00000000000000010000000000000002");
    }

    #[test]
    fn open_flags_translate_both_ways() {
        // O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC as sparc glibc passes them.
        let g = 0x1 | 0x200 | 0x400 | 0x400000;
        assert_eq!(open_flags_to_host(g), libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC | libc::O_CLOEXEC);
        assert_eq!(open_flags_to_host(0x10000 | 0x20000), libc::O_DIRECTORY | libc::O_NOFOLLOW);
        assert_eq!(open_flags_to_host(O_NDELAY), libc::O_NONBLOCK);
        assert_eq!(open_flags_to_host(O_LARGEFILE), 0);
        assert_eq!(open_flags_from_host(libc::O_RDWR | libc::O_APPEND | libc::O_NONBLOCK), 0x2 | 0x8 | 0x4000);
        assert_eq!(open_flags_from_host(libc::O_RDONLY | 0o100000), O_LARGEFILE);
    }

    #[test]
    fn mmap_flags_decode_sparc_values() {
        let f = map_flags(0x22).unwrap();
        assert!(f.anonymous && !f.shared && !f.fixed);
        let f = map_flags(0x11).unwrap();
        assert!(f.shared && f.fixed && !f.anonymous);
        assert!(map_flags(0x100022).unwrap().fixed_noreplace);
        assert!(map_flags(0x222).unwrap().growsdown);
        assert_eq!(map_flags(0x20), Err(Errno::EINVAL));
        assert_eq!(map_flags(0x03 | 0x1000_0000), Err(Errno(libc::EOPNOTSUPP)));
        // MAP_NORESERVE (0x40 on sparc) is accepted.
        assert!(map_flags(0x62).is_ok());
    }

    #[test]
    fn termios_round_trips_and_moves_vmin_vtime() {
        let mut t = HostTermios { iflag: 0x500, oflag: 0x5, cflag: 0xbf, lflag: 0x8a3b, line: 0, cc: [0; 19] };
        for (i, c) in t.cc.iter_mut().enumerate() {
            *c = 0x40 + i as u8;
        }
        let g = termios_to_guest(&t);
        assert_eq!(hex(&g[0..16]), concat!("00000500", "00000005", "000000bf", "00008a3b"));
        // Canonical: VEOF/VEOL in 4 and 5.
        assert_eq!(g[17 + 4], 0x44);
        assert_eq!(g[17 + 5], 0x40 + 11);
        assert_eq!(g[17 + 6], 0x40 + 16, "VEOL2");
        let back = termios_from_guest(&g, &t);
        assert_eq!(back, t);
        // Non-canonical: VMIN/VTIME shown in 4 and 5.
        t.lflag &= !ICANON;
        let g = termios_to_guest(&t);
        assert_eq!(g[17 + 4], 0x40 + 6);
        assert_eq!(g[17 + 5], 0x40 + 5);
        assert_eq!(termios_from_guest(&g, &t), t);
        // FLUSHO moves.
        t.lflag = HOST_FLUSHO;
        let g = termios_to_guest(&t);
        assert_eq!(BeReader::new(&g).u32(12), SPARC_FLUSHO);
    }

    #[test]
    fn high_baud_rates_are_renumbered() {
        // sparc B921600 (0x1009) is host 0x1007; input speed too.
        assert_eq!(cflag_map(0x1009 | 0x30 | (0x1009 << 16), true), 0x1007 | 0x30 | (0x1007 << 16));
        assert_eq!(cflag_map(0x1007, false), 0x1009);
        assert_eq!(cflag_map(0xf, true), 0xf);
    }

    #[test]
    fn dirent64_headers_are_swapped_in_place() {
        let mut b = Vec::new();
        b.extend_from_slice(&5u64.to_le_bytes());
        b.extend_from_slice(&77i64.to_le_bytes());
        b.extend_from_slice(&24u16.to_le_bytes());
        b.push(4);
        b.extend_from_slice(b"ab\0\0\0");
        b.extend_from_slice(&6u64.to_le_bytes());
        b.extend_from_slice(&78i64.to_le_bytes());
        b.extend_from_slice(&24u16.to_le_bytes());
        b.push(8);
        b.extend_from_slice(b"cd\0\0\0");
        dirents64_to_guest(&mut b);
        assert_eq!(hex(&b[..24]), "0000000000000005000000000000004d0018046162000000");
        assert_eq!(hex(&b[24..48]), "0000000000000006000000000000004e0018086364000000");
    }

    #[test]
    fn flock_and_sigaction_images() {
        // SAFETY: plain data.
        let mut f: libc::flock = unsafe { std::mem::zeroed() };
        f.l_type = libc::F_WRLCK as i16;
        f.l_whence = 1;
        f.l_start = 10;
        f.l_len = -1;
        f.l_pid = 42;
        let b = flock_to_guest(&f);
        assert_eq!(hex(&b), concat!("00020001", "00000000", "000000000000000a", "ffffffffffffffff", "0000002a", "00000000"));
        let back = flock_from_guest(&b).unwrap();
        assert_eq!((back.l_type, back.l_start, back.l_len, back.l_pid), (libc::F_WRLCK as i16, 10, -1, 42));
        let sa = SigAction { handler: 0x100200, flags: 0x200, restorer: 0, mask: 1 << 29 };
        let b = sa.to_guest();
        assert_eq!(hex(&b), concat!("0000000000100200", "0000000000000200", "0000000000000000", "0000000020000000"));
        assert_eq!(SigAction::from_guest(&b), sa);
    }

    #[test]
    fn rusage_sysinfo_utsname_sizes_and_fields() {
        // SAFETY: plain data.
        let mut r: libc::rusage = unsafe { std::mem::zeroed() };
        r.ru_utime.tv_sec = 1;
        r.ru_utime.tv_usec = 2;
        r.ru_maxrss = 3;
        r.ru_nivcsw = 4;
        let b = super::super::Abi::Sparc64.rusage_to_guest(&r);
        assert_eq!(b.len(), 144);
        assert_eq!(BeReader::new(&b).i32(8), 2);
        assert_eq!(BeReader::new(&b).u64(32), 3);
        assert_eq!(BeReader::new(&b).u64(136), 4);
        // SAFETY: plain data.
        let mut s: libc::sysinfo = unsafe { std::mem::zeroed() };
        s.procs = 9;
        s.mem_unit = 1;
        s.totalhigh = 5;
        let b = sysinfo_to_guest(&s, false);
        assert_eq!(b.len(), 112);
        assert_eq!(BeReader::new(&b).u16(80), 9);
        assert_eq!(BeReader::new(&b).u64(88), 5);
        assert_eq!(BeReader::new(&b).u32(104), 1);
        // SAFETY: plain data.
        let mut u: libc::utsname = unsafe { std::mem::zeroed() };
        u.sysname[0] = b'L' as libc::c_char;
        u.machine[0] = b'x' as libc::c_char;
        let b = utsname_to_guest(&u);
        assert_eq!(b.len(), 390);
        assert_eq!(&b[0..2], b"L\0");
        assert_eq!(&b[4 * 65..4 * 65 + 8], b"sparc64\0");
    }

    #[test]
    fn wait_status_signals_are_renumbered() {
        assert_eq!(wait_status_from_host(3 << 8), 3 << 8);
        assert_eq!(wait_status_from_host(libc::SIGUSR1), 30);
        assert_eq!(wait_status_from_host(libc::SIGCHLD | 0x80), 20 | 0x80);
        assert_eq!(wait_status_from_host((libc::SIGSTOP << 8) | 0x7f), (17 << 8) | 0x7f);
    }

    #[test]
    fn poll_events_translate() {
        assert_eq!(poll_events_to_host(0x1 | 0x4), libc::POLLIN | libc::POLLOUT);
        assert_eq!(poll_events_to_host(0x800), libc::POLLRDHUP);
        assert_eq!(poll_events_from_host(libc::POLLIN | libc::POLLHUP | libc::POLLRDHUP), 0x1 | 0x10 | 0x800);
    }
}
