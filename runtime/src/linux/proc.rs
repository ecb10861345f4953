//! Process, identity, signal-state, limit and scheduling system calls.

use super::sparc64;
use super::{cvt, Abi, Args, Process, Ret, SysResult, TIME64};
use crate::mem::{Errno, Prot};
use std::ffi::{CStr, CString};
use std::os::unix::ffi::OsStrExt;

fn ok(v: u64) -> SysResult {
    Ok(Ret::Val(v))
}

fn gettid() -> i64 {
    // SAFETY: plain syscall.
    unsafe { libc::syscall(libc::SYS_gettid) }
}

fn getpid() -> i32 {
    // SAFETY: plain syscall.
    unsafe { libc::getpid() }
}

// ---- exit ----

/// exit: with one guest thread this ends the process too. (With threads it
/// will end only the calling thread.)
pub(super) fn sys_exit(_p: &mut Process, a: &Args) -> SysResult {
    Ok(Ret::Exit(a.int(0) & 0xff))
}

pub(super) fn sys_exit_group(_p: &mut Process, a: &Args) -> SysResult {
    Ok(Ret::Exit(a.int(0) & 0xff))
}

// ---- identity ----

pub(super) fn sys_getpid(_p: &mut Process, _a: &Args) -> SysResult {
    ok(getpid() as u64)
}

pub(super) fn sys_getppid(_p: &mut Process, _a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(unsafe { libc::getppid() } as u64)
}

pub(super) fn sys_gettid(_p: &mut Process, _a: &Args) -> SysResult {
    ok(gettid() as u64)
}

pub(super) fn sys_getuid(_p: &mut Process, _a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(unsafe { libc::getuid() } as u64)
}

pub(super) fn sys_geteuid(_p: &mut Process, _a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(unsafe { libc::geteuid() } as u64)
}

pub(super) fn sys_getgid(_p: &mut Process, _a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(unsafe { libc::getgid() } as u64)
}

pub(super) fn sys_getegid(_p: &mut Process, _a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(unsafe { libc::getegid() } as u64)
}

fn write_ids(p: &Process, addrs: [u64; 3], ids: [u32; 3]) -> SysResult {
    for (a, v) in addrs.into_iter().zip(ids) {
        p.write_u32(a, v)?;
    }
    ok(0)
}

pub(super) fn sys_getresuid(p: &mut Process, a: &Args) -> SysResult {
    let (mut r, mut e, mut s) = (0, 0, 0);
    // SAFETY: out pointers to locals.
    cvt(unsafe { libc::getresuid(&mut r, &mut e, &mut s) })?;
    write_ids(p, [a.u(0), a.u(1), a.u(2)], [r, e, s])
}

pub(super) fn sys_getresgid(p: &mut Process, a: &Args) -> SysResult {
    let (mut r, mut e, mut s) = (0, 0, 0);
    // SAFETY: out pointers to locals.
    cvt(unsafe { libc::getresgid(&mut r, &mut e, &mut s) })?;
    write_ids(p, [a.u(0), a.u(1), a.u(2)], [r, e, s])
}

// The set*id calls go through libc so that every host thread changes
// credentials together (glibc's setxid broadcast), as one Linux process would.
pub(super) fn sys_setuid(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain call.
    ok(cvt(unsafe { libc::setuid(a.uint(0)) })?)
}

pub(super) fn sys_setgid(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain call.
    ok(cvt(unsafe { libc::setgid(a.uint(0)) })?)
}

pub(super) fn sys_setreuid(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain call.
    ok(cvt(unsafe { libc::setreuid(a.uint(0), a.uint(1)) })?)
}

pub(super) fn sys_setregid(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain call.
    ok(cvt(unsafe { libc::setregid(a.uint(0), a.uint(1)) })?)
}

pub(super) fn sys_setresuid(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain call.
    ok(cvt(unsafe { libc::setresuid(a.uint(0), a.uint(1), a.uint(2)) })?)
}

pub(super) fn sys_setresgid(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain call.
    ok(cvt(unsafe { libc::setresgid(a.uint(0), a.uint(1), a.uint(2)) })?)
}

pub(super) fn sys_getgroups(p: &mut Process, a: &Args) -> SysResult {
    let size = a.int(0);
    if size < 0 {
        return Err(Errno::EINVAL);
    }
    let mut v = vec![0u32; (size as usize).min(65536)];
    // SAFETY: out array of v.len() gids.
    let n = cvt(unsafe { libc::getgroups(v.len() as i32, v.as_mut_ptr()) })? as usize;
    if size > 0 {
        let mut w = p.abi.writer();
        for g in &v[..n] {
            w.u32(*g);
        }
        p.write_bytes(a.u(1), &w.finish())?;
    }
    ok(n as u64)
}

pub(super) fn sys_getpgrp(_p: &mut Process, _a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(unsafe { libc::getpgrp() } as u64)
}

pub(super) fn sys_getpgid(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::getpgid(a.int(0)) })?)
}

pub(super) fn sys_setpgid(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::setpgid(a.int(0), a.int(1)) })?)
}

pub(super) fn sys_getsid(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::getsid(a.int(0)) })?)
}

pub(super) fn sys_setsid(_p: &mut Process, _a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::setsid() })?)
}

pub(super) fn sys_getpriority(_p: &mut Process, a: &Args) -> SysResult {
    // The raw call returns 20 - nice (1..40), which is what the guest's
    // libc expects from the kernel.
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::syscall(libc::SYS_getpriority, a.int(0), a.int(1)) })?)
}

pub(super) fn sys_setpriority(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::syscall(libc::SYS_setpriority, a.int(0), a.int(1), a.int(2)) })?)
}

// ---- system information ----

pub(super) fn sys_uname(p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain data out-parameter.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: out pointer to a local.
    cvt(unsafe { libc::uname(&mut u) })?;
    p.write_bytes(a.u(0), &p.abi.utsname_to_guest(&u))?;
    ok(0)
}

pub(super) fn sys_sysinfo(p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain data out-parameter.
    let mut s: libc::sysinfo = unsafe { std::mem::zeroed() };
    // SAFETY: out pointer to a local.
    cvt(unsafe { libc::sysinfo(&mut s) })?;
    p.write_bytes(a.u(0), &p.abi.sysinfo_to_guest(&s))?;
    ok(0)
}

pub(super) fn sys_getrandom(p: &mut Process, a: &Args) -> SysResult {
    let n = p.guest_buf(a.u(0), a.u(1), Prot::WRITE)?;
    // SAFETY: guest-writable range in our reservation; GRND_* flags are the
    // same everywhere.
    let r = unsafe { libc::getrandom(p.mem.host_ptr(a.u(0)).cast(), n as usize, a.uint(2)) };
    ok(cvt(r as i64)?)
}

pub(super) fn sys_sched_yield(_p: &mut Process, _a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    unsafe { libc::sched_yield() };
    ok(0)
}

/// CPU masks are arrays of `unsigned long`: 64-bit words (32-bit for
/// 32-bit programs) whose byte order changes, bit numbering within a word
/// stays.
pub(super) fn sys_sched_getaffinity(p: &mut Process, a: &Args) -> SysResult {
    let len = (a.uint(1) as usize).min(8192);
    let mut words = vec![0u64; len.div_ceil(8)];
    // SAFETY: out buffer of at least `len` bytes.
    let n = cvt(unsafe { libc::syscall(libc::SYS_sched_getaffinity, a.int(0), len, words.as_mut_ptr()) })? as usize;
    let mut w = p.abi.writer();
    for v in &words[..n / 8] {
        if p.abi.is32() {
            w.u32(*v as u32).u32((*v >> 32) as u32);
        } else {
            w.u64(*v);
        }
    }
    p.write_bytes(a.u(2), &w.finish())?;
    ok(n as u64)
}

pub(super) fn sys_sched_setaffinity(p: &mut Process, a: &Args) -> SysResult {
    let len = (a.uint(1) as usize).min(8192) & !7;
    let raw = p.read_bytes(a.u(2), len)?;
    let r = p.abi.reader(&raw);
    let word = |i: usize| {
        if p.abi.is32() {
            r.u32(8 * i) as u64 | (r.u32(8 * i + 4) as u64) << 32
        } else {
            r.u64(8 * i)
        }
    };
    let words: Vec<u64> = (0..len / 8).map(word).collect();
    // SAFETY: buffer of `len` bytes.
    ok(cvt(unsafe { libc::syscall(libc::SYS_sched_setaffinity, a.int(0), len, words.as_ptr()) })?)
}

// ---- thread bookkeeping ----

pub(super) fn sys_set_tid_address(p: &mut Process, a: &Args) -> SysResult {
    p.clear_child_tid = a.u(0);
    ok(gettid() as u64)
}

/// set_robust_list(head, len): len must be sizeof(struct robust_list_head),
/// 24 on sparc64, 12 on sparc32.
pub(super) fn sys_set_robust_list(p: &mut Process, a: &Args) -> SysResult {
    if a.u(1) != p.abi.robust_list_head_size() {
        return Err(Errno::EINVAL);
    }
    p.robust_list = (a.u(0), a.u(1));
    ok(0)
}

pub(super) fn sys_get_robust_list(p: &mut Process, a: &Args) -> SysResult {
    let pid = a.int(0);
    if pid != 0 && pid as i64 != gettid() {
        return Err(Errno::ESRCH);
    }
    p.write_long(a.u(1), p.robust_list.0)?;
    p.write_long(a.u(2), p.robust_list.1)?;
    ok(0)
}

pub(super) fn sys_wait4(p: &mut Process, a: &Args) -> SysResult {
    wait4(p, a.int(0), a.u(1), a.int(2), a.u(3))
}

/// wait4(pid, status, options, rusage) (waitpid is wait4 without rusage).
pub(super) fn wait4(p: &mut Process, who: i32, status_addr: u64, options: i32, ru_addr: u64) -> SysResult {
    let mut status = 0i32;
    // SAFETY: plain data out-parameter.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: out pointers to locals.
    let pid = cvt(unsafe { libc::wait4(who, &mut status, options, &mut ru) })?;
    if pid != 0 && status_addr != 0 {
        p.write_u32(status_addr, p.abi.wait_status_from_host(status) as u32)?;
    }
    if ru_addr != 0 {
        p.write_bytes(ru_addr, &p.abi.rusage_to_guest(&ru))?;
    }
    ok(pid)
}

/// futex on guest memory. The host kernel compares the word in its own
/// byte order, so comparison values are byte-swapped; bitsets and counts are
/// not memory contents and stay as they are. FUTEX_WAKE_OP (arithmetic on
/// the word) and the PI operations are not supported.
pub(super) fn sys_futex(p: &mut Process, a: &Args) -> SysResult {
    let abi = p.abi;
    futex(p, a, abi)
}

/// futex_time64 of 32-bit programs.
pub(super) fn sys_futex64(p: &mut Process, a: &Args) -> SysResult {
    futex(p, a, TIME64)
}

fn futex(p: &mut Process, a: &Args, ts_abi: Abi) -> SysResult {
    const WAIT: i32 = 0;
    const WAKE: i32 = 1;
    const REQUEUE: i32 = 3;
    const CMP_REQUEUE: i32 = 4;
    const WAIT_BITSET: i32 = 9;
    const WAKE_BITSET: i32 = 10;
    let (uaddr, op) = (a.u(0), a.int(1));
    let cmd = op & 0x7f;
    if !uaddr.is_multiple_of(4) {
        return Err(Errno::EINVAL);
    }
    if !p.mem.check(uaddr, 4, Prot::READ) {
        return Err(Errno::EFAULT);
    }
    let h = p.mem.host_ptr(uaddr);
    let val = a.uint(2);
    let ts;
    let timeout = if matches!(cmd, WAIT | WAIT_BITSET) && a.u(3) != 0 {
        ts = ts_abi.timespec_from_guest(&p.read_bytes(a.u(3), ts_abi.timespec_size())?);
        &ts as *const libc::timespec
    } else {
        std::ptr::null()
    };
    let uaddr2 = || -> Result<*mut u8, Errno> {
        if !a.u(4).is_multiple_of(4) {
            return Err(Errno::EINVAL);
        }
        if !p.mem.check(a.u(4), 4, Prot::READ) {
            return Err(Errno::EFAULT);
        }
        Ok(p.mem.host_ptr(a.u(4)))
    };
    // SAFETY (all calls): `h` and `uaddr2()` point at mapped words of guest
    // memory in our reservation; other pointers are null or locals.
    // The kernel compares `val` with the word in memory as it is stored:
    // a big-endian guest's value is byte-swapped for the host.
    let swap = |v: u32| if p.abi.le() { v } else { v.swap_bytes() };
    let r = match cmd {
        WAIT => unsafe { libc::syscall(libc::SYS_futex, h, op, swap(val), timeout, 0usize, 0u32) },
        WAIT_BITSET => unsafe {
            libc::syscall(libc::SYS_futex, h, op, swap(val), timeout, 0usize, a.uint(5))
        },
        WAKE => unsafe { libc::syscall(libc::SYS_futex, h, op, val, 0usize, 0usize, 0u32) },
        WAKE_BITSET => unsafe { libc::syscall(libc::SYS_futex, h, op, val, 0usize, 0usize, a.uint(5)) },
        REQUEUE => {
            let h2 = uaddr2()?;
            unsafe { libc::syscall(libc::SYS_futex, h, op, val, a.u(3) as u32 as usize, h2, 0u32) }
        }
        CMP_REQUEUE => {
            let h2 = uaddr2()?;
            unsafe { libc::syscall(libc::SYS_futex, h, op, val, a.u(3) as u32 as usize, h2, swap(a.uint(5))) }
        }
        _ => return Err(Errno::ENOSYS),
    };
    ok(cvt(r)?)
}

// ---- resource limits ----

/// Limits kept virtual: they describe the guest's memory, and setting them on
/// the host would constrain lastmile itself (its reservation and JIT).
fn is_virtual_limit(res: u32) -> bool {
    matches!(res, 2 /* DATA */ | 3 /* STACK */ | 5 /* RSS */ | 9 /* AS */)
}

fn host_limit(hres: i32) -> Result<(u64, u64), Errno> {
    let mut rl = libc::rlimit64 { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: out pointer to a local.
    cvt(unsafe { libc::prlimit64(0, hres as u32, std::ptr::null(), &mut rl) })?;
    Ok((rl.rlim_cur, rl.rlim_max))
}

fn prlimit(p: &mut Process, pid: i32, res: u32, new: u64, old: u64) -> SysResult {
    let hres = p.abi.rlimit_resource_to_host(res).ok_or(Errno::EINVAL)?;
    let new = if new != 0 {
        let b = p.read_bytes(new, 16)?;
        let r = p.abi.reader(&b);
        let (c, m) = (r.u64(0), r.u64(8));
        if c > m {
            return Err(Errno::EINVAL);
        }
        Some((c, m))
    } else {
        None
    };
    let ourselves = pid == 0 || pid == getpid();
    let previous = if ourselves && is_virtual_limit(res) {
        let prev = match p.rlimits[res as usize] {
            Some(v) => v,
            None => host_limit(hres)?,
        };
        if let Some((c, m)) = new {
            // SAFETY: plain syscall.
            if m > prev.1 && unsafe { libc::geteuid() } != 0 {
                return Err(Errno::EPERM);
            }
            p.rlimits[res as usize] = Some((c, m));
        }
        prev
    } else {
        let nl = new.map(|(c, m)| libc::rlimit64 { rlim_cur: c, rlim_max: m });
        let mut ol = libc::rlimit64 { rlim_cur: 0, rlim_max: 0 };
        let np = nl.as_ref().map_or(std::ptr::null(), |r| r as *const libc::rlimit64);
        // SAFETY: null or pointers to locals.
        cvt(unsafe { libc::prlimit64(pid, hres as u32, np, &mut ol) })?;
        (ol.rlim_cur, ol.rlim_max)
    };
    if old != 0 {
        p.write_bytes(old, &p.abi.writer().u64(previous.0).u64(previous.1).finish())?;
    }
    ok(0)
}

pub(super) fn sys_prlimit64(p: &mut Process, a: &Args) -> SysResult {
    prlimit(p, a.int(0), a.uint(1), a.u(2), a.u(3))
}

/// getrlimit(resource, struct rlimit *): two longs; for 32-bit programs
/// limits above 2^31-1 read as COMPAT_RLIM_INFINITY (compat_sys_getrlimit).
pub(super) fn sys_getrlimit(p: &mut Process, a: &Args) -> SysResult {
    if a.u(1) == 0 {
        return Err(Errno::EFAULT);
    }
    if !p.abi.is32() {
        return prlimit(p, 0, a.uint(0), 0, a.u(1));
    }
    let (cur, max) = rlimit_of(p, a.uint(0))?;
    let clamp = |v: u64| v.min(super::sparc32::RLIM_INFINITY) as u32;
    p.write_bytes(a.u(1), &p.abi.writer().u32(clamp(cur)).u32(clamp(max)).finish())?;
    ok(0)
}

/// setrlimit(resource, struct rlimit *); for 32-bit programs
/// COMPAT_RLIM_INFINITY means RLIM_INFINITY (compat_sys_setrlimit).
pub(super) fn sys_setrlimit(p: &mut Process, a: &Args) -> SysResult {
    if a.u(1) == 0 {
        return Err(Errno::EFAULT);
    }
    if !p.abi.is32() {
        return prlimit(p, 0, a.uint(0), a.u(1), 0);
    }
    let b = p.read_bytes(a.u(1), 8)?;
    let r = p.abi.reader(&b);
    let widen = |v: u32| if v as u64 == super::sparc32::RLIM_INFINITY { u64::MAX } else { v as u64 };
    set_rlimit(p, a.uint(0), widen(r.u32(0)), widen(r.u32(4)))
}

/// The limit the guest sees for `res` (guest numbering).
fn rlimit_of(p: &Process, res: u32) -> Result<(u64, u64), Errno> {
    let hres = p.abi.rlimit_resource_to_host(res).ok_or(Errno::EINVAL)?;
    match p.rlimits[res as usize] {
        Some(v) if is_virtual_limit(res) => Ok(v),
        _ => host_limit(hres),
    }
}

/// setrlimit with host-order values: through prlimit's rules.
fn set_rlimit(p: &mut Process, res: u32, cur: u64, max: u64) -> SysResult {
    let hres = p.abi.rlimit_resource_to_host(res).ok_or(Errno::EINVAL)?;
    if cur > max {
        return Err(Errno::EINVAL);
    }
    if is_virtual_limit(res) {
        let prev = rlimit_of(p, res)?;
        // SAFETY: plain syscall.
        if max > prev.1 && unsafe { libc::geteuid() } != 0 {
            return Err(Errno::EPERM);
        }
        p.rlimits[res as usize] = Some((cur, max));
        return ok(0);
    }
    let nl = libc::rlimit64 { rlim_cur: cur, rlim_max: max };
    // SAFETY: a pointer to a local.
    ok(cvt(unsafe { libc::prlimit64(0, hres as u32, &nl, std::ptr::null_mut()) })?)
}

// ---- signals (state only; delivery belongs to the execution loop) ----

use super::{SIG_DFL, SIG_IGN};

fn bit(s: i32) -> u64 {
    1u64 << (s - 1)
}

/// End the process the way the default action of guest signal `s` would.
fn die(p: &Process, s: i32) -> ! {
    if p.strace {
        p.log_line(&format!("--- guest signal {s} (default action: terminate) ---\n"));
    }
    p.log.flush();
    crate::signals::die_by_signal(p.abi.sig_to_host(s).unwrap_or(libc::SIGKILL))
}

/// Called when a write failed with EPIPE: Linux sends the writer SIGPIPE
/// (si_code SI_USER). Default action: die; a handler or a blocked signal:
/// pending for the execution loop; ignored: EPIPE is the whole story.
pub(super) fn raise_sigpipe(p: &mut Process) {
    let s = p.abi.sigs().pipe;
    let _ = signal_self(p, s, SI_USER);
}

/// Apply the default action of every pending, unblocked signal whose
/// disposition is SIG_DFL (e.g. abort(): tgkill while all signals are
/// blocked, then the mask is restored).
fn act_on_pending(p: &mut Process) {
    let deliverable = p.signals.pending & !p.signals.mask;
    for s in 1..=64 {
        if deliverable & bit(s) == 0 {
            continue;
        }
        match p.signals.actions[s as usize].handler {
            SIG_DFL => {
                p.signals.pending &= !bit(s);
                let n = p.abi.sigs();
                if [n.chld, n.urg, n.winch, n.cont].contains(&s) {
                    // Default action: ignore.
                } else if [n.stop, n.tstp, n.ttin, n.ttou].contains(&s) {
                    if let Some(h) = p.abi.sig_to_host(s) {
                        // SAFETY: stopping ourselves as the guest would stop.
                        unsafe { libc::raise(h) };
                    }
                } else {
                    die(p, s)
                }
            }
            SIG_IGN => p.signals.pending &= !bit(s),
            _ => {} // a handler: waits for delivery
        }
    }
}

/// si_code of a signal sent by kill(2) and by tkill/tgkill(2).
const SI_USER: i32 = 0;
const SI_TKILL: i32 = -6;

/// A signal sent to this process by itself.
fn signal_self(p: &mut Process, s: i32, code: i32) -> SysResult {
    if s == 0 {
        return ok(0);
    }
    if !(1..=64).contains(&s) {
        return Err(Errno::EINVAL);
    }
    if p.signals.actions[s as usize].handler == SIG_IGN && p.abi.unblockable() & bit(s) == 0 {
        return ok(0);
    }
    p.signals.pending |= bit(s);
    p.signals.pending_code[s as usize] = code;
    if p.abi.unblockable() & bit(s) != 0 {
        p.signals.mask &= !bit(s);
        p.signals.actions[s as usize].handler = SIG_DFL;
    }
    act_on_pending(p);
    ok(0)
}

fn host_kill(abi: Abi, pid: i32, s: i32) -> SysResult {
    let h = if s == 0 { 0 } else { abi.sig_to_host(s).ok_or(Errno::EINVAL)? };
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::kill(pid, h) })?)
}

pub(super) fn sys_kill(p: &mut Process, a: &Args) -> SysResult {
    let (pid, s) = (a.int(0), a.int(1));
    if pid == getpid() {
        return signal_self(p, s, SI_USER);
    }
    host_kill(p.abi, pid, s)
}

pub(super) fn sys_tkill(p: &mut Process, a: &Args) -> SysResult {
    let (tid, s) = (a.int(0), a.int(1));
    if tid <= 0 {
        return Err(Errno::EINVAL);
    }
    if tid as i64 == gettid() {
        return signal_self(p, s, SI_TKILL);
    }
    let h = if s == 0 { 0 } else { p.abi.sig_to_host(s).ok_or(Errno::EINVAL)? };
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::syscall(libc::SYS_tkill, tid, h) })?)
}

pub(super) fn sys_tgkill(p: &mut Process, a: &Args) -> SysResult {
    let (tgid, tid, s) = (a.int(0), a.int(1), a.int(2));
    if tgid <= 0 || tid <= 0 {
        return Err(Errno::EINVAL);
    }
    if tgid == getpid() && tid as i64 == gettid() {
        return signal_self(p, s, SI_TKILL);
    }
    let h = if s == 0 { 0 } else { p.abi.sig_to_host(s).ok_or(Errno::EINVAL)? };
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::syscall(libc::SYS_tgkill, tgid, tid, h) })?)
}

/// sparc64 rt_sigaction(sig, act, oact, restorer, sigsetsize): note the
/// restorer before the size (arch/sparc/kernel/sys_sparc_64.c).
pub(super) fn sys_rt_sigaction(p: &mut Process, a: &Args) -> SysResult {
    let s = a.int(0);
    if a.u(4) != 8 {
        return Err(Errno::EINVAL);
    }
    if !(1..=64).contains(&s) {
        return Err(Errno::EINVAL);
    }
    let abi = p.abi;
    let new = if a.u(1) != 0 {
        if p.abi.unblockable() & bit(s) != 0 {
            return Err(Errno::EINVAL);
        }
        let mut act = abi.sigaction_from_guest(&p.read_bytes(a.u(1), abi.sigaction_size())?);
        act.mask &= !p.abi.unblockable();
        Some(act)
    } else {
        None
    };
    let old = p.signals.actions[s as usize];
    if a.u(2) != 0 {
        p.write_bytes(a.u(2), &abi.sigaction_to_guest(&old))?;
    }
    if let Some(act) = new {
        p.signals.actions[s as usize] = act;
        p.signals.ka_restorer[s as usize] = a.u(3);
        if act.handler == SIG_IGN {
            p.signals.pending &= !bit(s);
        }
    }
    ok(0)
}

pub(super) fn sys_rt_sigprocmask(p: &mut Process, a: &Args) -> SysResult {
    if a.u(3) != 8 {
        return Err(Errno::EINVAL);
    }
    let old = p.signals.mask;
    if a.u(1) != 0 {
        let set = p.abi.sigset_from_guest(&p.read_bytes(a.u(1), 8)?) & !p.abi.unblockable();
        p.signals.mask = match p.abi.sigprocmask_how(a.u(0) & 0xffff_ffff) {
            sparc64::SIG_BLOCK => old | set,
            sparc64::SIG_UNBLOCK => old & !set,
            sparc64::SIG_SETMASK => set,
            _ => return Err(Errno::EINVAL),
        };
    }
    if a.u(2) != 0 {
        p.write_bytes(a.u(2), &p.abi.sigset_to_guest(old))?;
    }
    act_on_pending(p);
    ok(0)
}

pub(super) fn sys_rt_sigpending(p: &mut Process, a: &Args) -> SysResult {
    if a.u(1) != 8 {
        return Err(Errno::EINVAL);
    }
    p.write_bytes(a.u(0), &p.abi.sigset_to_guest(p.signals.pending & p.signals.mask))?;
    ok(0)
}

/// sigaltstack: stack_t is { void *ss_sp; int ss_flags; size_t ss_size; }
/// (24 bytes on sparc64, 12 on sparc32).
pub(super) fn sys_sigaltstack(p: &mut Process, a: &Args) -> SysResult {
    const SS_ONSTACK: i32 = 1;
    const SS_DISABLE: i32 = 2;
    const SS_AUTODISARM: i32 = 1 << 31;
    let old = p.signals.altstack;
    let w = p.abi.long_size();
    let new = if a.u(0) != 0 {
        let b = p.read_bytes(a.u(0), 3 * w)?;
        let r = p.abi.reader(&b);
        let (sp, flags, size) = (p.abi.read_long(&b, 0), r.i32(w), p.abi.read_long(&b, 2 * w));
        let mode = flags & !SS_AUTODISARM;
        if mode != 0 && mode != SS_DISABLE && mode != SS_ONSTACK {
            return Err(Errno::EINVAL);
        }
        if mode == SS_DISABLE {
            Some((0, SS_DISABLE, 0))
        } else {
            if size < p.abi.minsigstksz() {
                return Err(Errno::ENOMEM);
            }
            Some((sp, flags & SS_AUTODISARM, size))
        }
    } else {
        None
    };
    if a.u(1) != 0 {
        let img = p.abi
            .writer()
            .bytes(&p.abi.long_bytes(old.0))
            .u32(old.1 as u32)
            .pad_to(2 * w)
            .bytes(&p.abi.long_bytes(old.2))
            .finish();
        p.write_bytes(a.u(1), &img)?;
    }
    if let Some(n) = new {
        p.signals.altstack = n;
    }
    ok(0)
}

// ---- fork and exec ----

const CLONE_VM: u64 = 0x100;
const CLONE_FS: u64 = 0x200;
const CLONE_FILES: u64 = 0x400;
const CLONE_SIGHAND: u64 = 0x800;
const CLONE_PIDFD: u64 = 0x1000;
const CLONE_VFORK: u64 = 0x4000;
const CLONE_THREAD: u64 = 0x10000;
const CLONE_SETTLS: u64 = 0x80000;
const CLONE_PARENT_SETTID: u64 = 0x100000;
const CLONE_CHILD_CLEARTID: u64 = 0x200000;
const CLONE_CHILD_SETTID: u64 = 0x0100_0000;

/// A new process as a host fork. sparc returns twice: the parent gets
/// (child pid, %o1 = 0), the child (parent pid, %o1 = 1)
/// (arch/sparc/kernel/process_64.c copy_thread). vfork is a fork here, as in
/// qemu-user: the parent does not wait for the child's exec.
pub(super) fn fork_process(p: &mut Process, flags: u64, parent_tid: u64, child_tid: u64) -> SysResult {
    if flags & (CLONE_THREAD | CLONE_SIGHAND | CLONE_FS | CLONE_FILES | CLONE_PIDFD | CLONE_SETTLS) != 0 {
        return Err(Errno::ENOSYS); // threads: a later milestone
    }
    if flags & CLONE_VM != 0 && flags & CLONE_VFORK == 0 {
        return Err(Errno::ENOSYS);
    }
    p.log.flush();
    let parent = getpid();
    // SAFETY: the runtime runs one host thread per guest thread and this
    // guest has one, so the child is a complete copy of the only thread.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(Errno::last());
    }
    if pid == 0 {
        if flags & CLONE_CHILD_SETTID != 0 {
            let _ = p.write_u32(child_tid, gettid() as u32);
        }
        if flags & CLONE_CHILD_CLEARTID != 0 {
            p.clear_child_tid = child_tid;
        }
        return Ok(Ret::Pair(parent as u64, 1));
    }
    if flags & CLONE_PARENT_SETTID != 0 {
        let _ = p.write_u32(parent_tid, pid as u32);
    }
    Ok(Ret::Pair(pid as u64, 0))
}

pub(super) fn sys_fork(p: &mut Process, _a: &Args) -> SysResult {
    fork_process(p, 0, 0, 0)
}

pub(super) fn sys_vfork(p: &mut Process, _a: &Args) -> SysResult {
    fork_process(p, CLONE_VFORK | CLONE_VM, 0, 0)
}

/// clone(flags, newsp, parent_tid, tls, child_tid): only the fork-like
/// forms (no new stack, no shared memory except vfork's).
pub(super) fn sys_clone(p: &mut Process, a: &Args) -> SysResult {
    if a.u(1) != 0 {
        return Err(Errno::ENOSYS); // a new stack: threads / posix_spawn
    }
    fork_process(p, a.u(0) & 0xffff_ffff, a.u(2), a.u(4))
}

/// A NULL-terminated array of guest string pointers.
fn string_array(p: &Process, addr: u64) -> Result<Vec<CString>, Errno> {
    let mut v = Vec::new();
    if addr == 0 {
        return Ok(v);
    }
    let w = p.abi.long_size() as u64;
    for i in 0..(1u64 << 20) {
        let ptr = p.read_long(addr + w * i)?;
        if ptr == 0 {
            return Ok(v);
        }
        let s = p.mem.read_cstring(ptr, 1 << 20).map_err(|_| Errno::EFAULT)?;
        if s.len() >= 1 << 20 {
            return Err(Errno(libc::E2BIG));
        }
        v.push(CString::new(s).map_err(|_| Errno::EINVAL)?);
    }
    Err(Errno(libc::E2BIG))
}

/// Is the file at `path` a guest program lastmile runs (sparc64, V8, V8+)?
fn is_guest_elf(path: &CStr) -> bool {
    let Ok(bytes) = std::fs::read(std::path::Path::new(std::ffi::OsStr::from_bytes(path.to_bytes()))) else {
        return false;
    };
    crate::identify(&bytes).is_ok()
}

/// execve: a sparc64 program replaces this process through a fresh lastmile
/// (`lastmile [-0 argv0] [--strace] PATH ARGS...` with the guest's
/// environment); anything else (a host program or script) is executed by
/// the host directly, as qemu-user without binfmt_misc does.
pub(super) fn sys_execve(p: &mut Process, a: &Args) -> SysResult {
    let path = p.path(a.u(0))?;
    let path = if super::fs::is_proc_self_exe_path(path.as_bytes()) {
        CString::new(p.exe.as_os_str().as_bytes()).map_err(|_| Errno::EINVAL)?
    } else {
        path
    };
    let argv = string_array(p, a.u(1))?;
    let envp = string_array(p, a.u(2))?;
    let (prog, args): (CString, Vec<CString>) = if is_guest_elf(&path) {
        let me = std::env::current_exe().map_err(|_| Errno(libc::ENOEXEC))?;
        let me = CString::new(me.as_os_str().as_bytes()).map_err(|_| Errno::EINVAL)?;
        let mut v = vec![c"lastmile".to_owned()];
        if let Some(a0) = argv.first() {
            v.push(c"-0".to_owned());
            v.push(a0.clone());
        }
        if p.strace {
            v.push(c"--strace".to_owned());
        }
        v.push(path.clone());
        v.extend(argv.iter().skip(1).cloned());
        (me, v)
    } else {
        (path.clone(), argv)
    };
    let mut argp: Vec<*const libc::c_char> = args.iter().map(|s| s.as_ptr()).collect();
    argp.push(std::ptr::null());
    let mut envpp: Vec<*const libc::c_char> = envp.iter().map(|s| s.as_ptr()).collect();
    envpp.push(std::ptr::null());
    if p.strace {
        let shown: Vec<String> = args.iter().map(|s| format!("{s:?}")).collect();
        p.log_line(&format!("{} execve({:?},{{{}}}) = (exec of {:?})\n", getpid(), path, shown.join(","), prog));
    }
    p.log.flush();
    // SAFETY: NULL-terminated arrays of valid C strings that outlive the call.
    unsafe { libc::execve(prog.as_ptr(), argp.as_ptr(), envpp.as_ptr()) };
    Err(Errno::last())
}
