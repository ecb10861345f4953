//! Clocks, sleeping, timers and resource usage.

use super::{cvt, Abi, Args, Process, Ret, SysResult, TIME64};
use crate::mem::Errno;

fn ok(v: u64) -> SysResult {
    Ok(Ret::Val(v))
}

// Each clock call exists twice for 32-bit programs: with the ABI's
// struct timespec (32-bit time_t) and as *_time64 with the 64-bit one
// (`TIME64`).

pub(super) fn sys_clock_gettime(p: &mut Process, a: &Args) -> SysResult {
    let abi = p.abi;
    clock_gettime(p, a, abi)
}

pub(super) fn sys_clock_gettime64(p: &mut Process, a: &Args) -> SysResult {
    clock_gettime(p, a, TIME64)
}

fn clock_gettime(p: &mut Process, a: &Args, ts_abi: Abi) -> SysResult {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: out pointer to a local.
    cvt(unsafe { libc::syscall(libc::SYS_clock_gettime, a.int(0), &mut ts as *mut libc::timespec) })?;
    p.write_bytes(a.u(1), &ts_abi.timespec_to_guest(ts.tv_sec, ts.tv_nsec))?;
    ok(0)
}

pub(super) fn sys_clock_getres(p: &mut Process, a: &Args) -> SysResult {
    let abi = p.abi;
    clock_getres(p, a, abi)
}

pub(super) fn sys_clock_getres64(p: &mut Process, a: &Args) -> SysResult {
    clock_getres(p, a, TIME64)
}

fn clock_getres(p: &mut Process, a: &Args, ts_abi: Abi) -> SysResult {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: out pointer to a local.
    cvt(unsafe { libc::syscall(libc::SYS_clock_getres, a.int(0), &mut ts as *mut libc::timespec) })?;
    if a.u(1) != 0 {
        p.write_bytes(a.u(1), &ts_abi.timespec_to_guest(ts.tv_sec, ts.tv_nsec))?;
    }
    ok(0)
}

pub(super) fn sys_gettimeofday(p: &mut Process, a: &Args) -> SysResult {
    let mut tv = libc::timeval { tv_sec: 0, tv_usec: 0 };
    let mut tz = [0i32; 2];
    // SAFETY: out pointers to locals.
    cvt(unsafe { libc::syscall(libc::SYS_gettimeofday, &mut tv as *mut libc::timeval, tz.as_mut_ptr()) })?;
    if a.u(0) != 0 {
        p.write_bytes(a.u(0), &p.abi.timeval_to_guest(tv.tv_sec, tv.tv_usec))?;
    }
    if a.u(1) != 0 {
        p.write_bytes(a.u(1), &p.abi.writer().u32(tz[0] as u32).u32(tz[1] as u32).finish())?;
    }
    ok(0)
}

fn sleep_result(p: &Process, r: i64, rem_addr: u64, rem: &libc::timespec, ts_abi: Abi) -> SysResult {
    if r < 0 {
        let e = Errno::last();
        if e.0 == libc::EINTR && rem_addr != 0 {
            p.write_bytes(rem_addr, &ts_abi.timespec_to_guest(rem.tv_sec, rem.tv_nsec))?;
        }
        return Err(e);
    }
    ok(0)
}

pub(super) fn sys_nanosleep(p: &mut Process, a: &Args) -> SysResult {
    let abi = p.abi;
    let req = abi.timespec_from_guest(&p.read_bytes(a.u(0), abi.timespec_size())?);
    let mut rem = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: pointers to locals.
    let r = unsafe { libc::syscall(libc::SYS_nanosleep, &req as *const libc::timespec, &mut rem as *mut libc::timespec) };
    sleep_result(p, r, a.u(1), &rem, abi)
}

pub(super) fn sys_clock_nanosleep(p: &mut Process, a: &Args) -> SysResult {
    let abi = p.abi;
    clock_nanosleep(p, a, abi)
}

pub(super) fn sys_clock_nanosleep64(p: &mut Process, a: &Args) -> SysResult {
    clock_nanosleep(p, a, TIME64)
}

fn clock_nanosleep(p: &mut Process, a: &Args, ts_abi: Abi) -> SysResult {
    const TIMER_ABSTIME: i32 = 1;
    let flags = a.int(1);
    let req = ts_abi.timespec_from_guest(&p.read_bytes(a.u(2), ts_abi.timespec_size())?);
    let mut rem = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: pointers to locals.
    let r = unsafe {
        libc::syscall(
            libc::SYS_clock_nanosleep,
            a.int(0),
            flags,
            &req as *const libc::timespec,
            &mut rem as *mut libc::timespec,
        )
    };
    let rem_addr = if flags & TIMER_ABSTIME != 0 { 0 } else { a.u(3) };
    sleep_result(p, r, rem_addr, &rem, ts_abi)
}

pub(super) fn sys_times(p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain data out-parameter.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: out pointer to a local.
    let r = unsafe { libc::syscall(libc::SYS_times, &mut t as *mut libc::tms) };
    if a.u(0) != 0 {
        let mut w = p.abi.writer();
        for v in [t.tms_utime, t.tms_stime, t.tms_cutime, t.tms_cstime] {
            w.bytes(&p.abi.long_bytes(v as u64));
        }
        p.write_bytes(a.u(0), &w.finish())?;
    }
    // times() may return any clock value, even one that looks negative.
    ok(r as u64)
}

pub(super) fn sys_getrusage(p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain data out-parameter.
    let mut r: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: out pointer to a local.
    cvt(unsafe { libc::getrusage(a.int(0), &mut r) })?;
    p.write_bytes(a.u(1), &p.abi.rusage_to_guest(&r))?;
    ok(0)
}

pub(super) fn sys_alarm(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain syscall. SIGALRM's default action on the host (terminate)
    // is the guest's default too; handlers await signal delivery.
    ok(unsafe { libc::alarm(a.uint(0)) } as u64)
}

fn itimerval_to_guest(abi: Abi, v: &libc::itimerval) -> Vec<u8> {
    abi.writer()
        .bytes(&abi.timeval_to_guest(v.it_interval.tv_sec, v.it_interval.tv_usec))
        .bytes(&abi.timeval_to_guest(v.it_value.tv_sec, v.it_value.tv_usec))
        .finish()
}

pub(super) fn sys_getitimer(p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain data out-parameter.
    let mut v: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: out pointer to a local.
    cvt(unsafe { libc::syscall(libc::SYS_getitimer, a.int(0), &mut v as *mut libc::itimerval) })?;
    p.write_bytes(a.u(1), &itimerval_to_guest(p.abi, &v))?;
    ok(0)
}

pub(super) fn sys_setitimer(p: &mut Process, a: &Args) -> SysResult {
    let new = if a.u(1) == 0 {
        None
    } else {
        let n = p.abi.timeval_size();
        let b = p.read_bytes(a.u(1), 2 * n)?;
        Some(libc::itimerval {
            it_interval: p.abi.timeval_from_guest(&b[..n]),
            it_value: p.abi.timeval_from_guest(&b[n..]),
        })
    };
    // SAFETY: plain data out-parameter.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    let np = new.as_ref().map_or(std::ptr::null(), |v| v as *const libc::itimerval);
    // SAFETY: null or pointers to locals.
    cvt(unsafe { libc::syscall(libc::SYS_setitimer, a.int(0), np, &mut old as *mut libc::itimerval) })?;
    if a.u(2) != 0 {
        p.write_bytes(a.u(2), &itimerval_to_guest(p.abi, &old))?;
    }
    ok(0)
}
