//! Linux ia64 ABI facts: the system-call table of IA-64 programs
//! (`break 0x100000`, numbers from 1024: arch/ia64/kernel/syscalls/
//! syscall.tbl, "Add 1024 to <number>"), the calls whose conventions only
//! ia64 has, and the byte images of its structures (little-endian, LP64).
//!
//! ia64 takes almost all its numbering from asm-generic, which is also the
//! x86-64 host's: errno values, open flags, fcntl commands, ioctl requests,
//! signal numbers, poll bits, mmap flags, rlimit resources. Its own are
//! `struct stat` (arch/ia64/include/uapi/asm/stat.h: the times before
//! st_blksize), `struct sigaction` without sa_restorer (no
//! __ARCH_HAS_SA_RESTORER), a `long` tv_usec, and the uname machine "ia64".
//!
//! The handlers are the shared ones (fs.rs, proc.rs, time.rs, mm.rs); the
//! wrappers here adapt the calls whose arguments or results differ.

use super::sparc64::{self, BeReader, BeWriter, HostTermios, SigAction};
use super::calls::{Rows, Table};
use super::{mm, proc, Args, Process, Ret, SysResult};
use crate::mem::{Errno, MapFlags};

/// Names of the ia64 system calls by number, for `-strace` of calls that
/// are not implemented.
pub const SYSCALL_NAMES: &[(u32, &str)] = &[
    (1024, "ni_syscall"), (1025, "exit"), (1026, "read"), (1027, "write"), (1028, "open"), (1029, "close"),
    (1030, "creat"), (1031, "link"), (1032, "unlink"), (1033, "execve"), (1034, "chdir"), (1035, "fchdir"),
    (1036, "utimes"), (1037, "mknod"), (1038, "chmod"), (1039, "chown"), (1040, "lseek"), (1041, "getpid"),
    (1042, "getppid"), (1043, "mount"), (1044, "umount2"), (1045, "setuid"), (1046, "getuid"), (1047, "geteuid"),
    (1048, "ptrace"), (1049, "access"), (1050, "sync"), (1051, "fsync"), (1052, "fdatasync"), (1053, "kill"),
    (1054, "rename"), (1055, "mkdir"), (1056, "rmdir"), (1057, "dup"), (1058, "pipe"), (1059, "times"),
    (1060, "brk"), (1061, "setgid"), (1062, "getgid"), (1063, "getegid"), (1064, "acct"), (1065, "ioctl"),
    (1066, "fcntl"), (1067, "umask"), (1068, "chroot"), (1069, "ustat"), (1070, "dup2"), (1071, "setreuid"),
    (1072, "setregid"), (1073, "getresuid"), (1074, "setresuid"), (1075, "getresgid"), (1076, "setresgid"),
    (1077, "getgroups"), (1078, "setgroups"), (1079, "getpgid"), (1080, "setpgid"), (1081, "setsid"),
    (1082, "getsid"), (1083, "sethostname"), (1084, "setrlimit"), (1085, "getrlimit"), (1086, "getrusage"),
    (1087, "gettimeofday"), (1088, "settimeofday"), (1089, "select"), (1090, "poll"), (1091, "symlink"),
    (1092, "readlink"), (1093, "uselib"), (1094, "swapon"), (1095, "swapoff"), (1096, "reboot"),
    (1097, "truncate"), (1098, "ftruncate"), (1099, "fchmod"), (1100, "fchown"), (1101, "getpriority"),
    (1102, "setpriority"), (1103, "statfs"), (1104, "fstatfs"), (1105, "gettid"), (1106, "semget"),
    (1107, "semop"), (1108, "semctl"), (1109, "msgget"), (1110, "msgsnd"), (1111, "msgrcv"), (1112, "msgctl"),
    (1113, "shmget"), (1114, "shmat"), (1115, "shmdt"), (1116, "shmctl"), (1117, "syslog"), (1118, "setitimer"),
    (1119, "getitimer"), (1123, "vhangup"), (1124, "lchown"), (1125, "remap_file_pages"), (1126, "wait4"),
    (1127, "sysinfo"), (1128, "clone"), (1129, "setdomainname"), (1130, "uname"), (1131, "adjtimex"),
    (1133, "init_module"), (1134, "delete_module"), (1137, "quotactl"), (1138, "bdflush"), (1139, "sysfs"),
    (1140, "personality"), (1141, "afs_syscall"), (1142, "setfsuid"), (1143, "setfsgid"), (1144, "getdents"),
    (1145, "flock"), (1146, "readv"), (1147, "writev"), (1148, "pread64"), (1149, "pwrite64"), (1150, "_sysctl"),
    (1151, "mmap"), (1152, "munmap"), (1153, "mlock"), (1154, "mlockall"), (1155, "mprotect"), (1156, "mremap"),
    (1157, "msync"), (1158, "munlock"), (1159, "munlockall"), (1160, "sched_getparam"), (1161, "sched_setparam"),
    (1162, "sched_getscheduler"), (1163, "sched_setscheduler"), (1164, "sched_yield"),
    (1165, "sched_get_priority_max"), (1166, "sched_get_priority_min"), (1167, "sched_rr_get_interval"),
    (1168, "nanosleep"), (1169, "nfsservctl"), (1170, "prctl"), (1171, "old_getpagesize"), (1172, "mmap2"),
    (1173, "pciconfig_read"), (1174, "pciconfig_write"), (1175, "perfmonctl"), (1176, "sigaltstack"),
    (1177, "rt_sigaction"), (1178, "rt_sigpending"), (1179, "rt_sigprocmask"), (1180, "rt_sigqueueinfo"),
    (1181, "rt_sigreturn"), (1182, "rt_sigsuspend"), (1183, "rt_sigtimedwait"), (1184, "getcwd"), (1185, "capget"),
    (1186, "capset"), (1187, "sendfile"), (1188, "getpmsg"), (1189, "putpmsg"), (1190, "socket"), (1191, "bind"),
    (1192, "connect"), (1193, "listen"), (1194, "accept"), (1195, "getsockname"), (1196, "getpeername"),
    (1197, "socketpair"), (1198, "send"), (1199, "sendto"), (1200, "recv"), (1201, "recvfrom"), (1202, "shutdown"),
    (1203, "setsockopt"), (1204, "getsockopt"), (1205, "sendmsg"), (1206, "recvmsg"), (1207, "pivot_root"),
    (1208, "mincore"), (1209, "madvise"), (1210, "stat"), (1211, "lstat"), (1212, "fstat"), (1213, "clone2"),
    (1214, "getdents64"), (1215, "getunwind"), (1216, "readahead"), (1217, "setxattr"), (1218, "lsetxattr"),
    (1219, "fsetxattr"), (1220, "getxattr"), (1221, "lgetxattr"), (1222, "fgetxattr"), (1223, "listxattr"),
    (1224, "llistxattr"), (1225, "flistxattr"), (1226, "removexattr"), (1227, "lremovexattr"),
    (1228, "fremovexattr"), (1229, "tkill"), (1230, "futex"), (1231, "sched_setaffinity"),
    (1232, "sched_getaffinity"), (1233, "set_tid_address"), (1234, "fadvise64"), (1235, "tgkill"),
    (1236, "exit_group"), (1237, "lookup_dcookie"), (1238, "io_setup"), (1239, "io_destroy"),
    (1240, "io_getevents"), (1241, "io_submit"), (1242, "io_cancel"), (1243, "epoll_create"), (1244, "epoll_ctl"),
    (1245, "epoll_wait"), (1246, "restart_syscall"), (1247, "semtimedop"), (1248, "timer_create"),
    (1249, "timer_settime"), (1250, "timer_gettime"), (1251, "timer_getoverrun"), (1252, "timer_delete"),
    (1253, "clock_settime"), (1254, "clock_gettime"), (1255, "clock_getres"), (1256, "clock_nanosleep"),
    (1257, "fstatfs64"), (1258, "statfs64"), (1259, "mbind"), (1260, "get_mempolicy"), (1261, "set_mempolicy"),
    (1262, "mq_open"), (1263, "mq_unlink"), (1264, "mq_timedsend"), (1265, "mq_timedreceive"), (1266, "mq_notify"),
    (1267, "mq_getsetattr"), (1268, "kexec_load"), (1269, "vserver"), (1270, "waitid"), (1271, "add_key"),
    (1272, "request_key"), (1273, "keyctl"), (1274, "ioprio_set"), (1275, "ioprio_get"), (1276, "move_pages"),
    (1277, "inotify_init"), (1278, "inotify_add_watch"), (1279, "inotify_rm_watch"), (1280, "migrate_pages"),
    (1281, "openat"), (1282, "mkdirat"), (1283, "mknodat"), (1284, "fchownat"), (1285, "futimesat"),
    (1286, "newfstatat"), (1287, "unlinkat"), (1288, "renameat"), (1289, "linkat"), (1290, "symlinkat"),
    (1291, "readlinkat"), (1292, "fchmodat"), (1293, "faccessat"), (1294, "pselect6"), (1295, "ppoll"),
    (1296, "unshare"), (1297, "splice"), (1298, "set_robust_list"), (1299, "get_robust_list"),
    (1300, "sync_file_range"), (1301, "tee"), (1302, "vmsplice"), (1303, "fallocate"), (1304, "getcpu"),
    (1305, "epoll_pwait"), (1306, "utimensat"), (1307, "signalfd"), (1308, "timerfd"), (1309, "eventfd"),
    (1310, "timerfd_create"), (1311, "timerfd_settime"), (1312, "timerfd_gettime"), (1313, "signalfd4"),
    (1314, "eventfd2"), (1315, "epoll_create1"), (1316, "dup3"), (1317, "pipe2"), (1318, "inotify_init1"),
    (1319, "preadv"), (1320, "pwritev"), (1321, "rt_tgsigqueueinfo"), (1322, "recvmmsg"), (1323, "fanotify_init"),
    (1324, "fanotify_mark"), (1325, "prlimit64"), (1326, "name_to_handle_at"), (1327, "open_by_handle_at"),
    (1328, "clock_adjtime"), (1329, "syncfs"), (1330, "setns"), (1331, "sendmmsg"), (1332, "process_vm_readv"),
    (1333, "process_vm_writev"), (1334, "accept4"), (1335, "finit_module"), (1336, "sched_setattr"),
    (1337, "sched_getattr"), (1338, "renameat2"), (1339, "getrandom"), (1340, "memfd_create"), (1341, "bpf"),
    (1342, "execveat"), (1343, "userfaultfd"), (1344, "membarrier"), (1345, "kcmp"), (1346, "mlock2"),
    (1347, "copy_file_range"), (1348, "preadv2"), (1349, "pwritev2"), (1350, "statx"), (1351, "io_pgetevents"),
    (1352, "perf_event_open"), (1353, "seccomp"), (1354, "pkey_mprotect"), (1355, "pkey_alloc"),
    (1356, "pkey_free"), (1357, "rseq"), (1448, "pidfd_send_signal"), (1449, "io_uring_setup"),
    (1450, "io_uring_enter"), (1451, "io_uring_register"), (1452, "open_tree"), (1453, "move_mount"),
    (1454, "fsopen"), (1455, "fsconfig"), (1456, "fsmount"), (1457, "fspick"), (1458, "pidfd_open"),
    (1460, "close_range"), (1461, "openat2"), (1462, "pidfd_getfd"), (1463, "faccessat2"),
    (1464, "process_madvise"), (1465, "epoll_pwait2"), (1466, "mount_setattr"), (1467, "quotactl_fd"),
    (1468, "landlock_create_ruleset"), (1469, "landlock_add_rule"), (1470, "landlock_restrict_self"),
    (1472, "process_mrelease"), (1473, "futex_waitv"), (1474, "set_mempolicy_home_node"),
];

/// The name of ia64 system call `nr`.
pub fn syscall_name(nr: u64) -> Option<&'static str> {
    SYSCALL_NAMES.iter().find(|(n, _)| *n as u64 == nr).map(|(_, s)| *s)
}

/// Is system call `nr` implemented (else it gets ENOSYS)?
pub fn implemented(nr: u64) -> bool {
    super::calls::entries(TABLE).any(|(n, _)| *n as u64 == nr) || nr == RT_SIGRETURN
}

/// rt_sigreturn (handled by the execution loop, which owns the registers).
pub const RT_SIGRETURN: u64 = 1181;

/// The implemented ia64 system calls by number (syscall.tbl + 1024).
pub(super) const TABLE: Table = &[IA64_CALLS];

const IA64_CALLS: Rows = {
    use super::calls::*;
    &[
        (1025, EXIT),
        (1026, READ),
        (1027, WRITE),
        (1028, OPEN),
        (1029, CLOSE),
        (1030, CREAT),
        (1031, LINK),
        (1032, UNLINK),
        (1033, EXECVE),
        (1034, CHDIR),
        (1035, FCHDIR),
        (1036, UTIMES),
        (1038, CHMOD),
        (1039, CHOWN),
        (1040, LSEEK),
        (1041, GETPID),
        (1042, GETPPID),
        (1045, SETUID),
        (1046, GETUID),
        (1047, GETEUID),
        (1049, ACCESS),
        (1050, SYNC),
        (1051, FSYNC),
        (1052, FDATASYNC),
        (1053, KILL),
        (1054, RENAME),
        (1055, MKDIR),
        (1056, RMDIR),
        (1057, DUP),
        (1058, PIPE),
        (1059, TIMES),
        (1060, BRK),
        (1061, SETGID),
        (1062, GETGID),
        (1063, GETEGID),
        (1065, IOCTL),
        (1066, FCNTL),
        (1067, UMASK),
        (1070, DUP2),
        (1071, SETREUID),
        (1072, SETREGID),
        (1073, GETRESUID),
        (1074, SETRESUID),
        (1075, GETRESGID),
        (1076, SETRESGID),
        (1077, GETGROUPS),
        (1079, GETPGID),
        (1080, SETPGID),
        (1081, SETSID),
        (1082, GETSID),
        (1084, SETRLIMIT),
        (1085, GETRLIMIT),
        (1086, GETRUSAGE),
        (1087, GETTIMEOFDAY),
        (1090, POLL),
        (1091, SYMLINK),
        (1092, READLINK),
        (1097, TRUNCATE),
        (1098, FTRUNCATE),
        (1099, FCHMOD),
        (1100, FCHOWN),
        (1101, GETPRIORITY.with(sys_getpriority)),
        (1102, SETPRIORITY),
        (1103, STATFS),
        (1104, FSTATFS),
        (1105, GETTID),
        (1118, SETITIMER),
        (1119, GETITIMER),
        (1124, LCHOWN),
        (1126, WAIT4),
        (1127, SYSINFO),
        (1128, CLONE.with(sys_clone)),
        (1130, UNAME),
        (1145, FLOCK),
        (1146, READV),
        (1147, WRITEV),
        (1148, PREAD64),
        (1149, PWRITE64),
        (1151, MMAP),
        (1152, MUNMAP),
        (1155, MPROTECT),
        (1156, MREMAP),
        (1157, MSYNC),
        (1164, SCHED_YIELD),
        (1168, NANOSLEEP),
        (1171, GETPAGESIZE),
        (1172, Call::new("mmap2", sys_mmap2, "puPMdx", b'x')),
        (1176, SIGALTSTACK),
        (1177, Call::new("rt_sigaction", sys_rt_sigaction, "dppu", b'd')),
        (1178, RT_SIGPENDING),
        (1179, RT_SIGPROCMASK),
        (1184, GETCWD),
        (1187, SENDFILE),
        (1209, MADVISE),
        (1210, STAT),
        (1211, LSTAT),
        (1212, FSTAT),
        (1213, Call::new("clone2", sys_clone2, "xpuppp", b'd')),
        (1214, GETDENTS64),
        (1229, TKILL),
        (1230, FUTEX),
        (1231, SCHED_SETAFFINITY),
        (1232, SCHED_GETAFFINITY),
        (1233, SET_TID_ADDRESS),
        (1234, FADVISE64),
        (1235, TGKILL),
        (1236, EXIT_GROUP),
        (1254, CLOCK_GETTIME),
        (1255, CLOCK_GETRES),
        (1256, CLOCK_NANOSLEEP),
        (1281, OPENAT),
        (1282, MKDIRAT),
        (1284, FCHOWNAT),
        (1286, FSTATAT64.named("newfstatat")),
        (1287, UNLINKAT),
        (1288, RENAMEAT),
        (1289, LINKAT),
        (1290, SYMLINKAT),
        (1291, READLINKAT),
        (1292, FCHMODAT),
        (1293, FACCESSAT),
        (1295, PPOLL),
        (1298, SET_ROBUST_LIST),
        (1299, GET_ROBUST_LIST),
        (1303, FALLOCATE),
        (1306, UTIMENSAT),
        (1316, DUP3),
        (1317, PIPE2),
        (1325, PRLIMIT64),
        (1338, RENAMEAT2),
        (1339, GETRANDOM),
        (1347, COPY_FILE_RANGE),
        (1350, STATX),
        (1463, FACCESSAT2),
    ]
};

fn ok(v: u64) -> SysResult {
    Ok(Ret::Val(v))
}

/// ia64_getpriority (arch/ia64/kernel/sys_ia64.c) returns the nice value
/// itself (-20..19), as a successful result, not the raw 20 - nice.
fn sys_getpriority(p: &mut Process, a: &Args) -> SysResult {
    match proc::sys_getpriority(p, a)? {
        Ret::Val(raw) => ok((20 - raw as i64) as u64),
        r => Ok(r),
    }
}

/// rt_sigaction(sig, act, oact, sigsetsize): no restorer argument on ia64
/// (the handler returns through the kernel's trampoline; here, ours).
fn sys_rt_sigaction(p: &mut Process, a: &Args) -> SysResult {
    let b = Args::new([a.u(0), a.u(1), a.u(2), 0, a.u(3), 0], a.abi);
    proc::sys_rt_sigaction(p, &b)
}

/// A fork-like clone, as ia64 returns it: r8 = child pid in the parent,
/// 0 in the child (no SunOS-style second result).
fn fork_result(r: SysResult) -> SysResult {
    match r? {
        Ret::Pair(_, 1) => ok(0),
        Ret::Pair(pid, _) => ok(pid),
        other => Ok(other),
    }
}

/// clone(flags, stack, parent_tid, child_tid, tls) (arch/ia64/kernel/entry.S
/// sys_clone: no stack size).
fn sys_clone(p: &mut Process, a: &Args) -> SysResult {
    if a.u(1) != 0 {
        return Err(Errno::ENOSYS); // a new stack: threads
    }
    fork_result(proc::fork_process(p, a.u(0) & 0xffff_ffff, a.u(2), a.u(3)))
}

/// clone2(flags, stack_base, stack_size, parent_tid, child_tid, tls): what
/// glibc's fork uses on ia64 (__ASSUME_CLONE2).
fn sys_clone2(p: &mut Process, a: &Args) -> SysResult {
    if a.u(1) != 0 {
        return Err(Errno::ENOSYS);
    }
    fork_result(proc::fork_process(p, a.u(0) & 0xffff_ffff, a.u(3), a.u(4)))
}

/// mmap2: the offset in pages (16 KiB: ksys_mmap_pgoff of ia64's PAGE_SIZE).
fn sys_mmap2(p: &mut Process, a: &Args) -> SysResult {
    let off = a.u(5).checked_mul(p.mem.page_size()).ok_or(Errno::EINVAL)?;
    mm::mmap(p, a, off)
}

// ---------------------------------------------------------------------------
// Numbering (asm-generic, the host's).

pub const O_CLOEXEC: u64 = 0o2000000;
pub const O_NONBLOCK: u64 = 0o4000;
pub const O_LARGEFILE: u64 = 0o100000;
pub const O_DIRECT: u64 = 0o40000;

/// ia64 open flags are asm-generic's, the host's; O_LARGEFILE is implied.
pub fn open_flags_to_host(f: u64) -> i32 {
    f as u32 as i32
}

pub fn open_flags_from_host(h: i32) -> u64 {
    h as u32 as u64
}

/// ia64 (asm-generic) ioctl requests to sparc64's numbering.
pub fn ioctl_to_sparc(req: u32) -> u32 {
    use sparc64::ioctl as I;
    const MAP: &[(u64, u32)] = &[
        (I::HOST_TCGETS, I::TCGETS),
        (I::HOST_TCSETS, I::TCSETS),
        (I::HOST_TCSETSW, I::TCSETSW),
        (I::HOST_TCSETSF, I::TCSETSF),
        (I::HOST_TCSBRK, I::TCSBRK),
        (I::HOST_TCXONC, I::TCXONC),
        (I::HOST_TCFLSH, I::TCFLSH),
        (I::HOST_TIOCSCTTY, I::TIOCSCTTY),
        (I::HOST_TIOCGPGRP, I::TIOCGPGRP),
        (I::HOST_TIOCSPGRP, I::TIOCSPGRP),
        (I::HOST_TIOCOUTQ, I::TIOCOUTQ),
        (I::HOST_TIOCGWINSZ, I::TIOCGWINSZ),
        (I::HOST_TIOCSWINSZ, I::TIOCSWINSZ),
        (I::HOST_FIONREAD, I::FIONREAD),
        (I::HOST_FIONBIO, I::FIONBIO),
        (I::HOST_TIOCNOTTY, I::TIOCNOTTY),
        (I::HOST_TIOCGSID, I::TIOCGSID),
        (I::HOST_TIOCGPTN, I::TIOCGPTN),
        (I::HOST_TIOCSPTLCK, I::TIOCSPTLCK),
        (I::HOST_FIONCLEX, I::FIONCLEX),
        (I::HOST_FIOCLEX, I::FIOCLEX),
    ];
    // Anything else is unknown (0 is no request in either numbering).
    MAP.iter().find(|(h, _)| *h == req as u64).map(|(_, s)| *s).unwrap_or(0)
}

/// asm-generic fcntl commands to sparc64's (they differ in F_GETLK..F_GETOWN).
pub fn fcntl_to_sparc(cmd: u32) -> u32 {
    use sparc64::fcntl as F;
    match cmd {
        5 => F::F_GETLK,
        6 => F::F_SETLK,
        7 => F::F_SETLKW,
        8 => F::F_SETOWN,
        9 => F::F_GETOWN,
        // sparc64's 7..9 are asm-generic's F_SETLKW/F_SETOWN/F_GETOWN:
        // nothing else may land on them.
        c => c,
    }
}

/// ia64 mmap flags (asm-generic/mman.h plus arch/ia64's MAP_GROWSUP 0x200).
pub fn map_flags(f: u64) -> Result<MapFlags, Errno> {
    const GROWSDOWN: u64 = 0x100;
    let shared = match f & 0x0f {
        0x01 => true,
        0x02 => false,
        0x03 => true,
        _ => return Err(Errno::EINVAL),
    };
    Ok(MapFlags {
        shared,
        anonymous: f & 0x20 != 0,
        fixed: f & 0x10 != 0,
        fixed_noreplace: f & 0x100000 != 0,
        growsdown: f & GROWSDOWN != 0,
    })
}

/// ia64 mmap flags in sparc64's numbering (for -strace's names).
pub fn map_flags_as_sparc(f: u64) -> u64 {
    const SAME: u64 = 0x0f | 0x10 | 0x20 | 0x800 | 0x8000 | 0x10000 | 0x20000 | 0x40000 | 0x100000;
    let mut s = f & SAME;
    for (g, sp) in [(0x4000u64, 0x40u64), (0x100, 0x200), (0x2000, 0x100)] {
        if f & g != 0 {
            s |= sp;
        }
    }
    s
}

/// ia64 signal numbers (arch/ia64/include/uapi/asm/signal.h: the generic ones).
pub const SIGS: super::abi::SigNumbers = super::abi::SigNumbers {
    kill: 9,
    stop: 19,
    pipe: 13,
    chld: 17,
    cont: 18,
    urg: 23,
    winch: 28,
    tstp: 20,
    ttin: 21,
    ttou: 22,
};

pub const UTS_MACHINE: &[u8] = b"ia64";

// ---------------------------------------------------------------------------
// Structures (little-endian, LP64).

fn w() -> BeWriter {
    BeWriter::order(true)
}

/// Two longs: struct timespec, struct timeval (tv_usec is a long on ia64).
pub fn pair_to_guest(a: i64, b: i64) -> [u8; 16] {
    let mut out = [0u8; 16];
    out[..8].copy_from_slice(&a.to_le_bytes());
    out[8..].copy_from_slice(&b.to_le_bytes());
    out
}

/// `struct stat` of ia64 (144 bytes; arch/ia64/include/uapi/asm/stat.h):
/// the three times with nanoseconds come before st_blksize and st_blocks.
pub fn stat_to_guest(st: &libc::stat) -> Vec<u8> {
    w().u64(st.st_dev)
        .u64(st.st_ino)
        .u64(st.st_nlink)
        .u32(st.st_mode)
        .u32(st.st_uid)
        .u32(st.st_gid)
        .u32(0)
        .u64(st.st_rdev)
        .i64(st.st_size)
        .i64(st.st_atime)
        .i64(st.st_atime_nsec)
        .i64(st.st_mtime)
        .i64(st.st_mtime_nsec)
        .i64(st.st_ctime)
        .i64(st.st_ctime_nsec)
        .i64(st.st_blksize)
        .i64(st.st_blocks)
        .pad_to(144)
        .finish()
}

/// struct flock (32 bytes): l_type i16, l_whence i16, pad, l_start, l_len,
/// l_pid i32, pad; lock types are the host's (F_RDLCK 0 ...).
pub fn flock_from_guest(b: &[u8]) -> Option<libc::flock> {
    let r = BeReader::order(b, true);
    // SAFETY: flock is plain data.
    let mut f: libc::flock = unsafe { std::mem::zeroed() };
    let t = r.u16(0) as i16;
    if !matches!(t as i32, libc::F_RDLCK | libc::F_WRLCK | libc::F_UNLCK) {
        return None;
    }
    f.l_type = t;
    f.l_whence = r.u16(2) as i16;
    f.l_start = r.i64(8);
    f.l_len = r.i64(16);
    f.l_pid = r.i32(24);
    Some(f)
}

pub fn flock_to_guest(f: &libc::flock) -> Vec<u8> {
    w().u16(f.l_type as u16)
        .u16(f.l_whence as u16)
        .pad_to(8)
        .i64(f.l_start)
        .i64(f.l_len)
        .u32(f.l_pid as u32)
        .pad_to(32)
        .finish()
}

/// Bytes of ia64's `struct sigaction` (handler, flags, mask: no restorer).
pub const SIGACTION_SIZE: usize = 24;

pub fn sigaction_from_guest(b: &[u8]) -> SigAction {
    let r = BeReader::order(b, true);
    SigAction { handler: r.u64(0), flags: r.u64(8), restorer: 0, mask: r.u64(16) }
}

pub fn sigaction_to_guest(a: &SigAction) -> Vec<u8> {
    w().u64(a.handler).u64(a.flags).u64(a.mask).finish()
}

/// ia64's `struct termios` is the kernel's asm-generic one, which the
/// host's TCGETS gives: the same 36 bytes.
pub fn termios_to_guest(t: &HostTermios) -> Vec<u8> {
    let mut b = w();
    b.u32(t.iflag).u32(t.oflag).u32(t.cflag).u32(t.lflag).u8(t.line).bytes(&t.cc);
    b.finish()
}

pub fn termios_from_guest(b: &[u8]) -> HostTermios {
    let r = BeReader::order(b, true);
    let mut cc = [0u8; 19];
    if let Some(s) = b.get(17..36) {
        cc.copy_from_slice(s);
    }
    HostTermios { iflag: r.u32(0), oflag: r.u32(4), cflag: r.u32(8), lflag: r.u32(12), line: b.get(16).copied().unwrap_or(0), cc }
}

#[cfg(test)]
mod tests;
