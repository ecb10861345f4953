//! The system calls the ABIs share, each named once: its handler (one
//! function for every ABI, in fs.rs, proc.rs, time.rs or mm.rs) and its
//! `-strace` formats. Each ABI's table (`sparc64::TABLE`, `sparc32::TABLE`,
//! `ia64::TABLE`) gives only the numbers it has them at: syscall.tbl's
//! "common" rows appear in every table with the same [`Call`], and a call
//! only one ABI has, or one it serves with a handler of its own (sparc32's
//! 16-bit uids and split 64-bit offsets, ia64's clone2 ...), is written in
//! that ABI's table.

use super::{fs, mm, proc, time, Handler};

/// A system call: name, handler, argument formats, result format.
///
/// Argument formats (for -strace): `d` int, `l` long, `u` unsigned, `x` hex,
/// `p` pointer, `s` string, `f` directory fd, `o` octal mode, `O` open flags,
/// `P` mmap prot, `M` mmap flags, `I` ioctl request, `H` sigprocmask how,
/// `W` lseek whence. Result: `d` decimal, `x` hex, `-` none (exit).
#[derive(Clone, Copy)]
pub(super) struct Call {
    pub name: &'static str,
    pub f: Handler,
    pub args: &'static str,
    pub ret: u8,
}

impl Call {
    pub const fn new(name: &'static str, f: Handler, args: &'static str, ret: u8) -> Call {
        Call { name, f, args, ret }
    }

    /// The same call under the name an ABI's table gives it (sparc32's
    /// `chown32`, ia64's `newfstatat` ...).
    pub const fn named(self, name: &'static str) -> Call {
        Call { name, ..self }
    }

    /// The same call (name, formats) served by an ABI's own handler.
    pub const fn with(self, f: Handler) -> Call {
        Call { f, ..self }
    }
}

/// System calls by number.
pub(super) type Rows = &'static [(u32, Call)];

/// One ABI's system calls: the parts of its table (the SPARC ABIs share
/// one, `sparc64::SPARC_SHARED`).
pub(super) type Table = &'static [Rows];

/// Every (number, call) of `table`.
pub(super) fn entries(table: Table) -> impl Iterator<Item = &'static (u32, Call)> {
    table.iter().flat_map(|rows| rows.iter())
}

// fs.rs: files and descriptors
pub(super) const READ: Call = Call::new("read", fs::sys_read, "dpu", b'd');
pub(super) const WRITE: Call = Call::new("write", fs::sys_write, "dpu", b'd');
pub(super) const OPEN: Call = Call::new("open", fs::sys_open, "sOo", b'd');
pub(super) const CLOSE: Call = Call::new("close", fs::sys_close, "d", b'd');
pub(super) const CREAT: Call = Call::new("creat", fs::sys_creat, "so", b'd');
pub(super) const LINK: Call = Call::new("link", fs::sys_link, "ss", b'd');
pub(super) const UNLINK: Call = Call::new("unlink", fs::sys_unlink, "s", b'd');
pub(super) const CHDIR: Call = Call::new("chdir", fs::sys_chdir, "s", b'd');
pub(super) const CHOWN: Call = Call::new("chown", fs::sys_chown, "sdd", b'd');
pub(super) const CHMOD: Call = Call::new("chmod", fs::sys_chmod, "so", b'd');
pub(super) const LCHOWN: Call = Call::new("lchown", fs::sys_lchown, "sdd", b'd');
pub(super) const LSEEK: Call = Call::new("lseek", fs::sys_lseek, "dlW", b'd');
pub(super) const ACCESS: Call = Call::new("access", fs::sys_access, "so", b'd');
pub(super) const SYNC: Call = Call::new("sync", fs::sys_sync, "", b'd');
pub(super) const STAT: Call = Call::new("stat", fs::sys_stat, "sp", b'd');
pub(super) const SENDFILE: Call = Call::new("sendfile", fs::sys_sendfile, "ddpu", b'd');
pub(super) const LSTAT: Call = Call::new("lstat", fs::sys_lstat, "sp", b'd');
pub(super) const DUP: Call = Call::new("dup", fs::sys_dup, "d", b'd');
pub(super) const PIPE: Call = Call::new("pipe", fs::sys_pipe, "", b'd');
pub(super) const IOCTL: Call = Call::new("ioctl", fs::sys_ioctl, "dIx", b'd');
pub(super) const SYMLINK: Call = Call::new("symlink", fs::sys_symlink, "ss", b'd');
pub(super) const READLINK: Call = Call::new("readlink", fs::sys_readlink, "spu", b'd');
pub(super) const UMASK: Call = Call::new("umask", fs::sys_umask, "o", b'd');
pub(super) const FSTAT: Call = Call::new("fstat", fs::sys_fstat, "dp", b'd');
pub(super) const FSTAT64: Call = Call::new("fstat64", fs::sys_fstat64, "dp", b'd');
pub(super) const PREAD64: Call = Call::new("pread64", fs::sys_pread64, "dpul", b'd');
pub(super) const PWRITE64: Call = Call::new("pwrite64", fs::sys_pwrite64, "dpul", b'd');
pub(super) const DUP2: Call = Call::new("dup2", fs::sys_dup2, "dd", b'd');
pub(super) const FCNTL: Call = Call::new("fcntl", fs::sys_fcntl, "ddx", b'd');
pub(super) const FSYNC: Call = Call::new("fsync", fs::sys_fsync, "d", b'd');
pub(super) const GETCWD: Call = Call::new("getcwd", fs::sys_getcwd, "pu", b'd');
pub(super) const READV: Call = Call::new("readv", fs::sys_readv, "dpd", b'd');
pub(super) const WRITEV: Call = Call::new("writev", fs::sys_writev, "dpd", b'd');
pub(super) const FCHOWN: Call = Call::new("fchown", fs::sys_fchown, "ddd", b'd');
pub(super) const FCHMOD: Call = Call::new("fchmod", fs::sys_fchmod, "do", b'd');
pub(super) const RENAME: Call = Call::new("rename", fs::sys_rename, "ss", b'd');
pub(super) const TRUNCATE: Call = Call::new("truncate", fs::sys_truncate, "sl", b'd');
pub(super) const FTRUNCATE: Call = Call::new("ftruncate", fs::sys_ftruncate, "dl", b'd');
pub(super) const FLOCK: Call = Call::new("flock", fs::sys_flock, "dd", b'd');
pub(super) const LSTAT64: Call = Call::new("lstat64", fs::sys_lstat64, "sp", b'd');
pub(super) const MKDIR: Call = Call::new("mkdir", fs::sys_mkdir, "so", b'd');
pub(super) const RMDIR: Call = Call::new("rmdir", fs::sys_rmdir, "s", b'd');
pub(super) const UTIMES: Call = Call::new("utimes", fs::sys_utimes, "sp", b'd');
pub(super) const STAT64: Call = Call::new("stat64", fs::sys_stat64, "sp", b'd');
pub(super) const POLL: Call = Call::new("poll", fs::sys_poll, "pud", b'd');
pub(super) const GETDENTS64: Call = Call::new("getdents64", fs::sys_getdents64, "dpu", b'd');
pub(super) const STATFS: Call = Call::new("statfs", fs::sys_statfs, "sp", b'd');
pub(super) const FSTATFS: Call = Call::new("fstatfs", fs::sys_fstatfs, "dp", b'd');
pub(super) const FCHDIR: Call = Call::new("fchdir", fs::sys_fchdir, "d", b'd');
pub(super) const FADVISE64: Call = Call::new("fadvise64", fs::sys_fadvise64, "dllu", b'd');
pub(super) const LLSEEK: Call = Call::new("_llseek", fs::sys_llseek, "duupW", b'd');
pub(super) const FDATASYNC: Call = Call::new("fdatasync", fs::sys_fdatasync, "d", b'd');
pub(super) const OPENAT: Call = Call::new("openat", fs::sys_openat, "fsOo", b'd');
pub(super) const MKDIRAT: Call = Call::new("mkdirat", fs::sys_mkdirat, "fso", b'd');
pub(super) const FCHOWNAT: Call = Call::new("fchownat", fs::sys_fchownat, "fsddx", b'd');
pub(super) const FSTATAT64: Call = Call::new("fstatat64", fs::sys_fstatat64, "fspx", b'd');
pub(super) const UNLINKAT: Call = Call::new("unlinkat", fs::sys_unlinkat, "fsx", b'd');
pub(super) const RENAMEAT: Call = Call::new("renameat", fs::sys_renameat, "fsfs", b'd');
pub(super) const LINKAT: Call = Call::new("linkat", fs::sys_linkat, "fsfsx", b'd');
pub(super) const SYMLINKAT: Call = Call::new("symlinkat", fs::sys_symlinkat, "sfs", b'd');
pub(super) const READLINKAT: Call = Call::new("readlinkat", fs::sys_readlinkat, "fspu", b'd');
pub(super) const FCHMODAT: Call = Call::new("fchmodat", fs::sys_fchmodat, "fso", b'd');
pub(super) const FACCESSAT: Call = Call::new("faccessat", fs::sys_faccessat, "fso", b'd');
pub(super) const PPOLL: Call = Call::new("ppoll", fs::sys_ppoll, "pupp", b'd');
pub(super) const UTIMENSAT: Call = Call::new("utimensat", fs::sys_utimensat, "fspx", b'd');
pub(super) const FALLOCATE: Call = Call::new("fallocate", fs::sys_fallocate, "ddll", b'd');
pub(super) const DUP3: Call = Call::new("dup3", fs::sys_dup3, "ddO", b'd');
pub(super) const PIPE2: Call = Call::new("pipe2", fs::sys_pipe2, "pO", b'd');
pub(super) const RENAMEAT2: Call = Call::new("renameat2", fs::sys_renameat2, "fsfsx", b'd');
pub(super) const COPY_FILE_RANGE: Call = Call::new("copy_file_range", fs::sys_copy_file_range, "dpdpux", b'd');
pub(super) const STATX: Call = Call::new("statx", fs::sys_statx, "fsxxp", b'd');
pub(super) const FACCESSAT2: Call = Call::new("faccessat2", fs::sys_faccessat2, "fsox", b'd');
pub(super) const SENDFILE64: Call = Call::new("sendfile64", fs::sys_sendfile64, "ddpu", b'd');
pub(super) const UTIMENSAT64: Call = Call::new("utimensat_time64", fs::sys_utimensat64, "fspx", b'd');
pub(super) const PPOLL64: Call = Call::new("ppoll_time64", fs::sys_ppoll64, "pupp", b'd');

// mm.rs: memory
pub(super) const BRK: Call = Call::new("brk", mm::sys_brk, "p", b'x');
pub(super) const GETPAGESIZE: Call = Call::new("getpagesize", mm::sys_getpagesize, "", b'd');
pub(super) const MSYNC: Call = Call::new("msync", mm::sys_msync, "pux", b'd');
pub(super) const MMAP: Call = Call::new("mmap", mm::sys_mmap, "puPMdx", b'x');
pub(super) const MUNMAP: Call = Call::new("munmap", mm::sys_munmap, "pu", b'd');
pub(super) const MPROTECT: Call = Call::new("mprotect", mm::sys_mprotect, "puP", b'd');
pub(super) const MADVISE: Call = Call::new("madvise", mm::sys_madvise, "pud", b'd');
pub(super) const MREMAP: Call = Call::new("mremap", mm::sys_mremap, "puuxp", b'x');

// proc.rs: processes, ids, signals
pub(super) const EXIT: Call = Call::new("exit", proc::sys_exit, "d", b'-');
pub(super) const FORK: Call = Call::new("fork", proc::sys_fork, "", b'd');
pub(super) const WAIT4: Call = Call::new("wait4", proc::sys_wait4, "dpxp", b'd');
pub(super) const GETPID: Call = Call::new("getpid", proc::sys_getpid, "", b'd');
pub(super) const SETUID: Call = Call::new("setuid", proc::sys_setuid, "d", b'd');
pub(super) const GETUID: Call = Call::new("getuid", proc::sys_getuid, "", b'd');
pub(super) const SIGALTSTACK: Call = Call::new("sigaltstack", proc::sys_sigaltstack, "pp", b'd');
pub(super) const KILL: Call = Call::new("kill", proc::sys_kill, "dd", b'd');
pub(super) const SETGID: Call = Call::new("setgid", proc::sys_setgid, "d", b'd');
pub(super) const GETGID: Call = Call::new("getgid", proc::sys_getgid, "", b'd');
pub(super) const GETEUID: Call = Call::new("geteuid", proc::sys_geteuid, "", b'd');
pub(super) const GETEGID: Call = Call::new("getegid", proc::sys_getegid, "", b'd');
pub(super) const EXECVE: Call = Call::new("execve", proc::sys_execve, "spp", b'd');
pub(super) const VFORK: Call = Call::new("vfork", proc::sys_vfork, "", b'd');
pub(super) const GETGROUPS: Call = Call::new("getgroups", proc::sys_getgroups, "dp", b'd');
pub(super) const GETPGRP: Call = Call::new("getpgrp", proc::sys_getpgrp, "", b'd');
pub(super) const SETPRIORITY: Call = Call::new("setpriority", proc::sys_setpriority, "ddd", b'd');
pub(super) const GETPRIORITY: Call = Call::new("getpriority", proc::sys_getpriority, "dd", b'd');
pub(super) const RT_SIGACTION: Call = Call::new("rt_sigaction", proc::sys_rt_sigaction, "dpppu", b'd');
pub(super) const RT_SIGPROCMASK: Call = Call::new("rt_sigprocmask", proc::sys_rt_sigprocmask, "Hppu", b'd');
pub(super) const RT_SIGPENDING: Call = Call::new("rt_sigpending", proc::sys_rt_sigpending, "pu", b'd');
pub(super) const SETRESUID: Call = Call::new("setresuid", proc::sys_setresuid, "ddd", b'd');
pub(super) const GETRESUID: Call = Call::new("getresuid", proc::sys_getresuid, "ppp", b'd');
pub(super) const SETRESGID: Call = Call::new("setresgid", proc::sys_setresgid, "ddd", b'd');
pub(super) const GETRESGID: Call = Call::new("getresgid", proc::sys_getresgid, "ppp", b'd');
pub(super) const SETREUID: Call = Call::new("setreuid", proc::sys_setreuid, "dd", b'd');
pub(super) const SETREGID: Call = Call::new("setregid", proc::sys_setregid, "dd", b'd');
pub(super) const FUTEX: Call = Call::new("futex", proc::sys_futex, "pdxppx", b'd');
pub(super) const GETTID: Call = Call::new("gettid", proc::sys_gettid, "", b'd');
pub(super) const GETRLIMIT: Call = Call::new("getrlimit", proc::sys_getrlimit, "dp", b'd');
pub(super) const SETRLIMIT: Call = Call::new("setrlimit", proc::sys_setrlimit, "dp", b'd');
pub(super) const SCHED_GETAFFINITY: Call = Call::new("sched_getaffinity", proc::sys_sched_getaffinity, "dup", b'd');
pub(super) const SET_TID_ADDRESS: Call = Call::new("set_tid_address", proc::sys_set_tid_address, "p", b'd');
pub(super) const SETSID: Call = Call::new("setsid", proc::sys_setsid, "", b'd');
pub(super) const SETPGID: Call = Call::new("setpgid", proc::sys_setpgid, "dd", b'd');
pub(super) const TKILL: Call = Call::new("tkill", proc::sys_tkill, "dd", b'd');
pub(super) const EXIT_GROUP: Call = Call::new("exit_group", proc::sys_exit_group, "d", b'-');
pub(super) const UNAME: Call = Call::new("uname", proc::sys_uname, "p", b'd');
pub(super) const GETPPID: Call = Call::new("getppid", proc::sys_getppid, "", b'd');
pub(super) const TGKILL: Call = Call::new("tgkill", proc::sys_tgkill, "ddd", b'd');
pub(super) const SYSINFO: Call = Call::new("sysinfo", proc::sys_sysinfo, "p", b'd');
pub(super) const CLONE: Call = Call::new("clone", proc::sys_clone, "xpppp", b'd');
pub(super) const GETPGID: Call = Call::new("getpgid", proc::sys_getpgid, "d", b'd');
pub(super) const SCHED_YIELD: Call = Call::new("sched_yield", proc::sys_sched_yield, "", b'd');
pub(super) const GETSID: Call = Call::new("getsid", proc::sys_getsid, "d", b'd');
pub(super) const SCHED_SETAFFINITY: Call = Call::new("sched_setaffinity", proc::sys_sched_setaffinity, "dup", b'd');
pub(super) const SET_ROBUST_LIST: Call = Call::new("set_robust_list", proc::sys_set_robust_list, "pu", b'd');
pub(super) const GET_ROBUST_LIST: Call = Call::new("get_robust_list", proc::sys_get_robust_list, "dpp", b'd');
pub(super) const PRLIMIT64: Call = Call::new("prlimit64", proc::sys_prlimit64, "ddpp", b'd');
pub(super) const GETRANDOM: Call = Call::new("getrandom", proc::sys_getrandom, "pux", b'd');
pub(super) const FUTEX64: Call = Call::new("futex_time64", proc::sys_futex64, "pdxppx", b'd');

// time.rs: clocks and timers
pub(super) const ALARM: Call = Call::new("alarm", time::sys_alarm, "u", b'd');
pub(super) const TIMES: Call = Call::new("times", time::sys_times, "p", b'd');
pub(super) const SETITIMER: Call = Call::new("setitimer", time::sys_setitimer, "dpp", b'd');
pub(super) const GETITIMER: Call = Call::new("getitimer", time::sys_getitimer, "dp", b'd');
pub(super) const GETTIMEOFDAY: Call = Call::new("gettimeofday", time::sys_gettimeofday, "pp", b'd');
pub(super) const GETRUSAGE: Call = Call::new("getrusage", time::sys_getrusage, "dp", b'd');
pub(super) const NANOSLEEP: Call = Call::new("nanosleep", time::sys_nanosleep, "pp", b'd');
pub(super) const CLOCK_GETTIME: Call = Call::new("clock_gettime", time::sys_clock_gettime, "dp", b'd');
pub(super) const CLOCK_GETRES: Call = Call::new("clock_getres", time::sys_clock_getres, "dp", b'd');
pub(super) const CLOCK_NANOSLEEP: Call = Call::new("clock_nanosleep", time::sys_clock_nanosleep, "ddpp", b'd');
pub(super) const CLOCK_GETTIME64: Call = Call::new("clock_gettime64", time::sys_clock_gettime64, "dp", b'd');
pub(super) const CLOCK_GETRES64: Call = Call::new("clock_getres_time64", time::sys_clock_getres64, "dp", b'd');
pub(super) const CLOCK_NANOSLEEP64: Call = Call::new("clock_nanosleep_time64", time::sys_clock_nanosleep64, "ddpp", b'd');
