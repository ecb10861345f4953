//! The Linux system-call layer, for sparc64, 32-bit SPARC (V8, V8+) and
//! IA-64 programs.
//!
//! SPARC convention (arch/sparc/kernel/syscalls.S; `ta 0x6d` for sparc64,
//! `ta 0x10` for 32-bit programs): the number is in %g1, the arguments in
//! %o0..%o5; the result goes to %o0 with the carry bit of %icc/%xcc clear,
//! or the positive errno to %o0 with carry set. pipe() returns its second
//! descriptor in %o1. The caller advances pc/npc. For 32-bit programs the
//! kernel zero-extends the six argument words (`srl %i0, 0, %o0` ...) and
//! sign-extends the result (`sra %o0, 0, %o0`, linux_sparc_syscall32).
//!
//! IA-64 convention (arch/ia64/kernel/entry.S, ivt.S; `break 0x100000`):
//! the number (from 1024) in r15, the arguments in out0..out5 of the
//! caller's frame; the result in r8 with r10 = 0, or the positive errno in
//! r8 with r10 = -1; pipe() returns its second descriptor in r9. See
//! [`ia64_syscall`]; the execution loop moves the registers.
//!
//! One function per system call, shared by all ABIs, found through one
//! table per ABI (`sparc64::TABLE`, `sparc32::TABLE`, `ia64::TABLE`) of
//! numbers and `calls::Call`s: a call's name, handler and argument formats
//! (for `-strace`) are written once, in calls.rs, for all ABIs, and the rows
//! the two SPARC ABIs agree on once, in `sparc64::SPARC_SHARED`.
//! Where the ABIs differ (structure layouts, byte order, numbering), a
//! handler asks the process's [`Abi`]; each structure is converted in
//! `sparc64.rs`, `sparc32.rs` or `ia64.rs`, one function per structure.
//! Guest file descriptors are host descriptors. Errors are host errno
//! values until [`Abi::errno_to_guest`] renumbers them at the very end
//! ([`errno::to_sparc`] for SPARC; IA-64 uses the host's numbers).

mod abi;
mod calls;
pub mod errno;
mod fs;
pub mod ia64;
mod mm;
mod proc;
pub mod sparc32;
pub mod sparc64;
mod time;

pub use abi::{Abi, TIME64};

use crate::log::Log;
use crate::mem::{Errno, GuestMemory, Prot};
use lastmile_frontend::sparc::cpu::SparcCpu;
use sparc64::SigAction;
use std::ffi::CString;
use std::path::PathBuf;
use std::sync::Arc;

/// Longest path accepted from the guest, NUL included (Linux PATH_MAX).
pub const PATH_MAX: usize = 4096;

/// What the execution loop does after a system call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SysOutcome {
    /// Go on with the instruction after the trap.
    Continue,
    /// The guest called exit or exit_group with this status (already
    /// reduced to 0..=255 as a parent would see it).
    Exit(i32),
}

/// Per-signal and per-process signal state (recorded; delivery is done by
/// the execution loop in a later milestone).
#[derive(Clone, Debug)]
pub struct SignalState {
    /// Index 1..=64 by guest signal number.
    pub actions: [SigAction; 65],
    /// The restorer passed as rt_sigaction's 4th argument, per signal.
    pub ka_restorer: [u64; 65],
    /// Blocked signals, bit (n-1) for guest signal n.
    pub mask: u64,
    /// Signals sent to ourselves while a handler was installed or the signal
    /// blocked, waiting for delivery.
    pub pending: u64,
    /// si_code of each pending signal (SI_USER from kill, SI_TKILL from
    /// tkill/tgkill), by guest signal number.
    pub pending_code: [i32; 65],
    /// sigaltstack: (ss_sp, ss_flags, ss_size).
    pub altstack: (u64, i32, u64),
}

impl Default for SignalState {
    fn default() -> Self {
        SignalState {
            actions: [SigAction::default(); 65],
            ka_restorer: [0; 65],
            mask: 0,
            pending: 0,
            pending_code: [0; 65],
            altstack: (0, 2 /* SS_DISABLE */, 0),
        }
    }
}

/// The handler values that are no function (the same in every ABI).
pub(crate) const SIG_DFL: u64 = 0;
pub(crate) const SIG_IGN: u64 = 1;

impl SignalState {
    /// Does the guest run a handler for `sig` now (installed, not blocked)?
    pub fn has_handler(&self, sig: i32) -> bool {
        let h = self.actions[sig as usize].handler;
        h != SIG_DFL && h != SIG_IGN && self.mask & (1u64 << (sig - 1)) == 0
    }

    /// What every ABI's signal delivery does as the handler of `sig` starts
    /// (kernel/signal.c signal_delivered): block its sa_mask and, without
    /// SA_NODEFER (`nodefer`), `sig` itself, never the signals of
    /// `unblockable` ([`Abi::unblockable`]); with SA_RESETHAND
    /// (`resethand`), the disposition goes back to SIG_DFL.
    pub fn enter_handler(&mut self, sig: i32, nodefer: bool, resethand: bool, unblockable: u64) {
        let act = &mut self.actions[sig as usize];
        let mut block = act.mask;
        if !nodefer {
            block |= 1u64 << (sig - 1);
        }
        self.mask |= block & !unblockable;
        if resethand {
            act.handler = SIG_DFL;
        }
    }
}

/// A guest process as the system-call layer sees it.
pub struct Process {
    pub mem: Arc<GuestMemory>,
    /// Absolute path of the guest program (/proc/self/exe).
    pub exe: PathBuf,
    /// Log each system call, qemu style.
    pub strace: bool,
    pub log: Arc<Log>,
    pub signals: SignalState,
    /// set_tid_address: where to clear and futex-wake the tid at thread exit.
    pub clear_child_tid: u64,
    /// set_robust_list: (head, len).
    pub robust_list: (u64, u64),
    /// Limits the guest sees for resources that must not constrain the host
    /// process itself (RLIMIT_AS, DATA, STACK, RSS), by guest number; `None`
    /// means "ask the host".
    pub rlimits: [Option<(u64, u64)>; sparc64::RLIM_NLIMITS],
    /// The auxiliary vector the program started with (`Loaded::auxv`), for
    /// /proc/self/auxv; empty if not set.
    pub auxv: Vec<(u64, u64)>,
    /// The ABI: structure layouts and argument widths (sparc64 by default).
    pub abi: Abi,
    /// 32-bit programs: the 64-bit directory offsets behind the small
    /// cookies their getdents64 saw, per directory descriptor
    /// (sparc32::dirent_cookies).
    pub dir_cookies: std::collections::HashMap<i32, Vec<i64>>,
}

impl Process {
    pub fn new(mem: Arc<GuestMemory>, exe: PathBuf, strace: bool, log: Arc<Log>) -> Process {
        Process {
            mem,
            exe,
            strace,
            log,
            signals: SignalState::default(),
            clear_child_tid: 0,
            robust_list: (0, 0),
            rlimits: [None; sparc64::RLIM_NLIMITS],
            auxv: Vec::new(),
            abi: Abi::Sparc64,
            dir_cookies: std::collections::HashMap::new(),
        }
    }

    /// Read `len` bytes of guest memory (EFAULT if not readable).
    pub(crate) fn read_bytes(&self, addr: u64, len: usize) -> Result<Vec<u8>, Errno> {
        let mut v = vec![0u8; len];
        self.mem.read(addr, &mut v).map_err(|_| Errno::EFAULT)?;
        Ok(v)
    }

    /// Write bytes to guest memory (EFAULT if not writable).
    pub(crate) fn write_bytes(&self, addr: u64, data: &[u8]) -> Result<(), Errno> {
        self.mem.write(addr, data).map_err(|_| Errno::EFAULT)
    }

    pub(crate) fn write_u32(&self, addr: u64, v: u32) -> Result<(), Errno> {
        self.write_bytes(addr, &self.abi.u32_bytes(v))
    }

    pub(crate) fn write_u64(&self, addr: u64, v: u64) -> Result<(), Errno> {
        self.write_bytes(addr, &self.abi.u64_bytes(v))
    }

    /// Write a guest `long` / pointer (4 or 8 bytes by ABI).
    pub(crate) fn write_long(&self, addr: u64, v: u64) -> Result<(), Errno> {
        self.write_bytes(addr, &self.abi.long_bytes(v))
    }

    /// Read a guest `long` / pointer (zero-extended).
    pub(crate) fn read_long(&self, addr: u64) -> Result<u64, Errno> {
        let b = self.read_bytes(addr, self.abi.long_size())?;
        Ok(self.abi.read_long(&b, 0))
    }

    /// A path argument: EFAULT if unreadable, ENAMETOOLONG if no NUL within
    /// PATH_MAX bytes.
    pub(crate) fn path(&self, addr: u64) -> Result<CString, Errno> {
        let v = self.mem.read_cstring(addr, PATH_MAX).map_err(|_| Errno::EFAULT)?;
        if v.len() >= PATH_MAX {
            return Err(Errno::ENAMETOOLONG);
        }
        // No interior NUL: read_cstring stops at the first one.
        CString::new(v).map_err(|_| Errno::EINVAL)
    }

    /// Bytes from `addr` (at most `len`) that allow `want`: EFAULT if none
    /// and `len` > 0. Host calls get a buffer that is valid as far as it goes,
    /// like a kernel copy that stops at the first bad page.
    pub(crate) fn guest_buf(&self, addr: u64, len: u64, want: Prot) -> Result<u64, Errno> {
        let len = len.min(0x7fff_f000); // Linux MAX_RW_COUNT
        if len == 0 {
            return Ok(0);
        }
        let n = self.mem.accessible_prefix(addr, len, want);
        if n == 0 {
            return Err(Errno::EFAULT);
        }
        Ok(n)
    }

    fn log_line(&self, s: &str) {
        self.log.write(s);
    }
}

/// The six argument registers (for 32-bit programs already zero-extended
/// from their low 32 bits, as the kernel's entry does).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Args {
    pub v: [u64; 6],
    pub abi: Abi,
}

impl Args {
    pub fn new(v: [u64; 6], abi: Abi) -> Args {
        let v = if abi.is32() { v.map(|x| x & 0xffff_ffff) } else { v };
        Args { v, abi }
    }
    /// An unsigned long or pointer argument.
    pub fn u(&self, i: usize) -> u64 {
        self.v[i]
    }
    /// An `int` argument: the kernel's syscall wrappers keep the low 32 bits.
    pub fn int(&self, i: usize) -> i32 {
        self.v[i] as i32
    }
    pub fn uint(&self, i: usize) -> u32 {
        self.v[i] as u32
    }
    /// A signed `long` / `off_t` argument: 32 bits sign-extended for 32-bit
    /// programs (the compat wrappers' `compat_long_t`).
    pub fn long(&self, i: usize) -> i64 {
        if self.abi.is32() {
            self.v[i] as i32 as i64
        } else {
            self.v[i] as i64
        }
    }
}

/// A successful result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ret {
    Val(u64),
    /// %o0 and %o1 (pipe).
    Pair(u64, u64),
    Exit(i32),
}

impl From<u64> for Ret {
    fn from(v: u64) -> Ret {
        Ret::Val(v)
    }
}

pub(crate) type SysResult = Result<Ret, Errno>;
type Handler = fn(&mut Process, &Args) -> SysResult;

/// Turn a host call's return value into a result (-1: errno).
pub(crate) fn cvt<T: Into<i64>>(r: T) -> Result<u64, Errno> {
    let r = r.into();
    if r < 0 {
        Err(Errno::last())
    } else {
        Ok(r as u64)
    }
}

use calls::{Call, Table};

fn lookup(table: Table, nr: u64) -> Option<&'static Call> {
    calls::entries(table).find(|(n, _)| *n as u64 == nr).map(|(_, c)| c)
}

/// Carry out the sparc64 system call in %g1 (`ta 0x6d`) for the guest
/// thread `cpu`.
pub fn sparc64_syscall(cpu: &mut SparcCpu, p: &mut Process) -> SysOutcome {
    syscall(cpu, p, sparc64::TABLE)
}

/// Carry out the 32-bit system call in %g1 (`ta 0x10`) for the guest thread
/// `cpu` of a V8 or V8+ program ([`Process::abi`] is [`Abi::Sparc32`]).
pub fn sparc32_syscall(cpu: &mut SparcCpu, p: &mut Process) -> SysOutcome {
    syscall(cpu, p, sparc32::TABLE)
}

/// Look up and run system call `nr` of `table`, logging it under -strace.
fn dispatch(p: &mut Process, table: Table, nr: u64, args: &Args) -> SysResult {
    let entry = lookup(table, nr);
    if p.strace && entry.is_some_and(|e| e.ret == b'-') {
        // exit: log before the process is gone.
        let e = entry.expect("checked");
        p.log_line(&format!("{} {}({})\n", std::process::id(), e.name, strace_args(p, e.args, args)));
    }
    let result = match entry {
        Some(e) => (e.f)(p, args),
        None => Err(Errno::ENOSYS),
    };
    if p.strace {
        strace(p, nr, entry, args, &result);
    }
    result
}

/// What an IA-64 system call leaves in the registers (arch/ia64/kernel/
/// entry.S, ia64_ret_from_syscall): r8 the result, or the positive errno
/// with r10 = -1; r10 = 0 on success; r9 a second result (pipe).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ia64SysReturn {
    Regs { r8: u64, r9: Option<u64>, r10: u64 },
    /// exit/exit_group with this status.
    Exit(i32),
}

/// Carry out IA-64 system call `nr` (r15) with arguments `args` (out0..out5
/// of the caller's frame) for [`Abi::Ia64`] process `p`.
pub fn ia64_syscall(p: &mut Process, nr: u64, args: [u64; 6]) -> Ia64SysReturn {
    let args = Args::new(args, Abi::Ia64);
    match dispatch(p, ia64::TABLE, nr, &args) {
        Ok(Ret::Val(v)) => Ia64SysReturn::Regs { r8: v, r9: None, r10: 0 },
        Ok(Ret::Pair(a, b)) => Ia64SysReturn::Regs { r8: a, r9: Some(b), r10: 0 },
        Ok(Ret::Exit(code)) => Ia64SysReturn::Exit(code),
        Err(e) => Ia64SysReturn::Regs { r8: e.0 as u64, r9: None, r10: u64::MAX },
    }
}

fn syscall(cpu: &mut SparcCpu, p: &mut Process, table: Table) -> SysOutcome {
    let bits32 = p.abi.is32();
    let nr = if bits32 { cpu.reg(1) & 0xffff_ffff } else { cpu.reg(1) };
    let args = Args::new([cpu.reg(8), cpu.reg(9), cpu.reg(10), cpu.reg(11), cpu.reg(12), cpu.reg(13)], p.abi);
    let result = dispatch(p, table, nr, &args);
    // 32-bit results are sign-extended from 32 bits (`sra %o0, 0, %o0`).
    let ext = |v: u64| if bits32 { v as u32 as i32 as i64 as u64 } else { v };
    match result {
        Ok(Ret::Val(v)) => {
            cpu.set_reg(8, ext(v));
            cpu.set_syscall_carry(false);
        }
        Ok(Ret::Pair(a, b)) => {
            cpu.set_reg(8, ext(a));
            cpu.set_reg(9, ext(b));
            cpu.set_syscall_carry(false);
        }
        Ok(Ret::Exit(code)) => return SysOutcome::Exit(code),
        Err(e) => {
            cpu.set_reg(8, errno::to_sparc(e.0) as u64);
            cpu.set_syscall_carry(true);
        }
    }
    SysOutcome::Continue
}

// ---------------------------------------------------------------------------
// -strace

fn strace(p: &Process, nr: u64, entry: Option<&Call>, args: &Args, result: &SysResult) {
    let pid = std::process::id();
    let line = match entry {
        Some(e) if e.ret == b'-' => return,
        Some(e) => {
            let res = match result {
                Ok(Ret::Val(v)) | Ok(Ret::Pair(v, _)) => {
                    if e.ret == b'x' && args.abi.is32() {
                        format!("0x{:08x}", *v as u32)
                    } else if e.ret == b'x' {
                        format!("0x{v:016x}")
                    } else if args.abi.is32() {
                        format!("{}", *v as i32)
                    } else {
                        format!("{}", *v as i64)
                    }
                }
                Ok(Ret::Exit(_)) => String::new(),
                Err(err) => strace_err(args.abi, *err),
            };
            format!("{pid} {}({}) = {res}\n", e.name, strace_args(p, e.args, args))
        }
        None => {
            let name = match args.abi {
                Abi::Sparc32 => sparc32::syscall_name(nr),
                Abi::Sparc64 => sparc64::syscall_name(nr),
                Abi::Ia64 => ia64::syscall_name(nr),
            };
            let name = name.map(str::to_owned).unwrap_or_else(|| format!("syscall_{nr}"));
            let a = args.v.iter().map(|v| format!("0x{v:x}")).collect::<Vec<_>>().join(",");
            let err = match result {
                Err(e) => strace_err(args.abi, *e),
                Ok(_) => String::from("?"),
            };
            format!("{pid} {name}({a}) = {err} [unsupported syscall {nr}]\n")
        }
    };
    p.log_line(&line);
}

fn strace_err(abi: Abi, e: Errno) -> String {
    format!("-1 errno={} ({})", abi.errno_to_guest(e.0), e)
}

fn strace_args(p: &Process, fmt: &str, a: &Args) -> String {
    fmt.bytes()
        .enumerate()
        .map(|(i, c)| if c == b'l' { format!("{}", a.long(i)) } else { strace_arg(p, c, a.u(i)) })
        .collect::<Vec<_>>()
        .join(",")
}

fn strace_arg(p: &Process, c: u8, v: u64) -> String {
    match c {
        b'd' => format!("{}", v as i32),
        b'l' => format!("{}", v as i64),
        b'u' => format!("{v}"),
        b'x' => format!("0x{v:x}"),
        b'o' => format!("0{:o}", v as u32),
        b'p' if p.abi.is32() && v != 0 => format!("0x{v:08x}"),
        b'p' => ptr(v),
        b'f' if v as i32 == -100 => "AT_FDCWD".into(),
        b'f' => format!("{}", v as i32),
        b's' => match p.mem.read_cstring(v, 256) {
            Ok(s) => {
                let mut out = String::from("\"");
                for &b in s.iter().take(64) {
                    match b {
                        b'"' => out.push_str("\\\""),
                        b'\\' => out.push_str("\\\\"),
                        b'\n' => out.push_str("\\n"),
                        b'\t' => out.push_str("\\t"),
                        0x20..=0x7e => out.push(b as char),
                        _ => out.push_str(&format!("\\{b:03o}")),
                    }
                }
                out.push('"');
                if s.len() > 64 {
                    out.push_str("...");
                }
                out
            }
            Err(_) => ptr(v),
        },
        // IA-64 flags are the host's: shown through sparc64's names.
        b'O' if p.abi.le() => open_flags_str(sparc64::open_flags_from_host(v as i32) & !sparc64::O_LARGEFILE),
        b'O' => open_flags_str(v),
        b'M' if p.abi.le() => map_flags_str(ia64::map_flags_as_sparc(v)),
        b'P' => prot_str(v),
        b'M' => map_flags_str(v),
        b'I' => sparc64::ioctl::name(p.abi.ioctl_request(v as u32))
            .map(str::to_owned)
            .unwrap_or_else(|| format!("0x{:x}", v as u32)),
        b'H' => match p.abi.sigprocmask_how(v) {
            sparc64::SIG_BLOCK => "SIG_BLOCK".into(),
            sparc64::SIG_UNBLOCK => "SIG_UNBLOCK".into(),
            sparc64::SIG_SETMASK => "SIG_SETMASK".into(),
            _ => format!("{v}"),
        },
        b'W' => match v as u32 {
            0 => "SEEK_SET".into(),
            1 => "SEEK_CUR".into(),
            2 => "SEEK_END".into(),
            3 => "SEEK_DATA".into(),
            4 => "SEEK_HOLE".into(),
            w => format!("{w}"),
        },
        _ => format!("0x{v:x}"),
    }
}

fn ptr(v: u64) -> String {
    if v == 0 {
        "NULL".into()
    } else {
        format!("0x{v:016x}")
    }
}

fn flag_names(v: u64, names: &[(u64, &str)]) -> String {
    let mut parts = Vec::new();
    let mut rest = v;
    for &(bit, name) in names {
        if bit != 0 && v & bit == bit {
            parts.push(name.to_owned());
            rest &= !bit;
        }
    }
    if rest != 0 {
        parts.push(format!("0x{rest:x}"));
    }
    parts.join("|")
}

fn open_flags_str(v: u64) -> String {
    let acc = match v & 3 {
        0 => "O_RDONLY",
        1 => "O_WRONLY",
        2 => "O_RDWR",
        _ => "O_ACCMODE",
    };
    let rest = flag_names(
        v & !3,
        &[
            (0x8, "O_APPEND"),
            (0x200, "O_CREAT"),
            (0x400, "O_TRUNC"),
            (0x800, "O_EXCL"),
            (0x4000, "O_NONBLOCK"),
            (0x8000, "O_NOCTTY"),
            (0x10000, "O_DIRECTORY"),
            (0x20000, "O_NOFOLLOW"),
            (0x40000, "O_LARGEFILE"),
            (0x400000, "O_CLOEXEC"),
            (0x1000000, "O_PATH"),
        ],
    );
    if rest.is_empty() {
        acc.into()
    } else {
        format!("{acc}|{rest}")
    }
}

fn prot_str(v: u64) -> String {
    if v == 0 {
        return "PROT_NONE".into();
    }
    flag_names(v, &[(1, "PROT_READ"), (2, "PROT_WRITE"), (4, "PROT_EXEC")])
}

fn map_flags_str(v: u64) -> String {
    use sparc64::map;
    let ty = match v & map::TYPE {
        map::SHARED => "MAP_SHARED",
        map::PRIVATE => "MAP_PRIVATE",
        map::SHARED_VALIDATE => "MAP_SHARED_VALIDATE",
        _ => "MAP_?",
    };
    let rest = flag_names(
        v & !map::TYPE,
        &[
            (map::FIXED, "MAP_FIXED"),
            (map::ANONYMOUS, "MAP_ANONYMOUS"),
            (map::NORESERVE, "MAP_NORESERVE"),
            (map::GROWSDOWN, "MAP_GROWSDOWN"),
            (map::DENYWRITE, "MAP_DENYWRITE"),
            (map::POPULATE, "MAP_POPULATE"),
            (map::STACK, "MAP_STACK"),
            (map::FIXED_NOREPLACE, "MAP_FIXED_NOREPLACE"),
        ],
    );
    if rest.is_empty() {
        ty.into()
    } else {
        format!("{ty}|{rest}")
    }
}

#[cfg(test)]
mod tests;
