//! File-system and file-descriptor system calls. Guest descriptors are host
//! descriptors; paths are host paths, except that /proc/self/exe names the
//! guest program rather than lastmile.

use super::sparc64::{fcntl as F, ioctl as I, HostTermios};
use super::{cvt, Abi, Args, Process, Ret, SysResult, PATH_MAX, TIME64};
use crate::mem::{Errno, Prot};
use std::ffi::{CStr, CString};
use std::os::unix::ffi::OsStrExt;

const AT_FDCWD: i32 = -100;
const AT_SYMLINK_NOFOLLOW: i32 = 0x100;
const AT_REMOVEDIR: i32 = 0x200;
const AT_EMPTY_PATH: i32 = 0x1000;
// Host fcntl commands the libc crate does not name (asm-generic/fcntl.h).
const HOST_F_SETSIG: i32 = 10;
const HOST_F_GETSIG: i32 = 11;
const HOST_F_SETOWN_EX: i32 = 15;
const HOST_F_GETOWN_EX: i32 = 16;

fn ok(v: u64) -> SysResult {
    Ok(Ret::Val(v))
}

/// Is `path` one of the names of the running program's executable?
fn is_proc_self_exe(path: &[u8]) -> bool {
    if path == b"/proc/self/exe" || path == b"/proc/thread-self/exe" {
        return true;
    }
    let pid = format!("/proc/{}/exe", std::process::id());
    path == pid.as_bytes()
}

pub(super) fn is_proc_self_exe_path(path: &[u8]) -> bool {
    is_proc_self_exe(path)
}

/// The host path to use for a guest path.
fn host_path(p: &Process, path: CString) -> CString {
    if is_proc_self_exe(path.as_bytes()) {
        if let Ok(c) = CString::new(p.exe.as_os_str().as_bytes()) {
            return c;
        }
    }
    path
}

/// A path argument, rewritten for the host.
fn path_arg(p: &Process, addr: u64) -> Result<CString, Errno> {
    Ok(host_path(p, p.path(addr)?))
}

/// A path argument that may be NULL when `flags` has AT_EMPTY_PATH.
fn path_or_empty(p: &Process, addr: u64, flags: i32) -> Result<CString, Errno> {
    if addr == 0 && flags & AT_EMPTY_PATH != 0 {
        return Ok(CString::default());
    }
    path_arg(p, addr)
}

/// A write that failed with EPIPE also raises SIGPIPE, as Linux does (the
/// host ignores SIGPIPE, Rust's default, so we see only the EPIPE).
fn check_epipe(p: &mut Process, r: Result<u64, Errno>) -> Result<u64, Errno> {
    if r == Err(Errno(libc::EPIPE)) {
        super::proc::raise_sigpipe(p);
    }
    r
}

// ---- read / write ----

pub(super) fn sys_read(p: &mut Process, a: &Args) -> SysResult {
    let n = p.guest_buf(a.u(1), a.u(2), Prot::WRITE)?;
    // SAFETY: `[buf, buf+n)` is guest-writable memory in our reservation; the
    // kernel checks the pointer again and fails with EFAULT if it went away.
    let r = unsafe { libc::read(a.int(0), p.mem.host_ptr(a.u(1)).cast(), n as usize) };
    Ok(cvt(r as i64)?.into())
}

pub(super) fn sys_write(p: &mut Process, a: &Args) -> SysResult {
    let n = p.guest_buf(a.u(1), a.u(2), Prot::READ)?;
    // SAFETY: guest-readable range; see sys_read.
    let r = unsafe { libc::write(a.int(0), p.mem.host_ptr(a.u(1)).cast(), n as usize) };
    Ok(check_epipe(p, cvt(r as i64))?.into())
}

pub(super) fn sys_pread64(p: &mut Process, a: &Args) -> SysResult {
    pread(p, a.int(0), a.u(1), a.u(2), a.u(3) as i64)
}

pub(super) fn sys_pwrite64(p: &mut Process, a: &Args) -> SysResult {
    pwrite(p, a.int(0), a.u(1), a.u(2), a.u(3) as i64)
}

/// pread64 with the offset already assembled (sparc32 passes it in two
/// registers).
pub(super) fn pread(p: &mut Process, fd: i32, buf: u64, count: u64, off: i64) -> SysResult {
    let n = p.guest_buf(buf, count, Prot::WRITE)?;
    // SAFETY: see sys_read.
    let r = unsafe { libc::pread(fd, p.mem.host_ptr(buf).cast(), n as usize, off) };
    Ok(cvt(r as i64)?.into())
}

pub(super) fn pwrite(p: &mut Process, fd: i32, buf: u64, count: u64, off: i64) -> SysResult {
    let n = p.guest_buf(buf, count, Prot::READ)?;
    // SAFETY: see sys_read.
    let r = unsafe { libc::pwrite(fd, p.mem.host_ptr(buf).cast(), n as usize, off) };
    Ok(check_epipe(p, cvt(r as i64))?.into())
}

/// Host iovecs for a guest iovec array: each buffer as far as it is
/// accessible; stops after the first short one (a kernel copy stops there).
fn iovecs(p: &Process, addr: u64, cnt: i32, want: Prot) -> Result<Vec<libc::iovec>, Errno> {
    if !(0..=1024).contains(&cnt) {
        return Err(Errno::EINVAL);
    }
    let (size, word) = (p.abi.iovec_size(), p.abi.long_size());
    let raw = p.read_bytes(addr, cnt as usize * size)?;
    let mut v = Vec::with_capacity(cnt as usize);
    for i in 0..cnt as usize {
        let (base, len) = (p.abi.read_long(&raw, size * i), p.abi.read_long(&raw, size * i + word));
        if len > isize::MAX as u64 {
            return Err(Errno::EINVAL);
        }
        let n = if len == 0 { 0 } else { p.mem.accessible_prefix(base, len, want) };
        if n == 0 && len > 0 {
            if v.is_empty() {
                return Err(Errno::EFAULT);
            }
            break;
        }
        v.push(libc::iovec { iov_base: p.mem.host_ptr(base).cast(), iov_len: n as usize });
        if n < len {
            break;
        }
    }
    Ok(v)
}

pub(super) fn sys_readv(p: &mut Process, a: &Args) -> SysResult {
    let v = iovecs(p, a.u(1), a.int(2), Prot::WRITE)?;
    // SAFETY: every iovec points into guest-writable memory.
    let r = unsafe { libc::readv(a.int(0), v.as_ptr(), v.len() as i32) };
    Ok(cvt(r as i64)?.into())
}

pub(super) fn sys_writev(p: &mut Process, a: &Args) -> SysResult {
    let v = iovecs(p, a.u(1), a.int(2), Prot::READ)?;
    // SAFETY: every iovec points into guest-readable memory.
    let r = unsafe { libc::writev(a.int(0), v.as_ptr(), v.len() as i32) };
    Ok(check_epipe(p, cvt(r as i64))?.into())
}

/// sendfile(out, in, off_t *offset, count): a 32-bit offset for 32-bit
/// programs (compat_sys_sendfile).
pub(super) fn sys_sendfile(p: &mut Process, a: &Args) -> SysResult {
    let wide = !p.abi.is32();
    sendfile(p, a, wide)
}

/// sendfile64(out, in, loff_t *offset, count).
pub(super) fn sys_sendfile64(p: &mut Process, a: &Args) -> SysResult {
    sendfile(p, a, true)
}

fn sendfile(p: &mut Process, a: &Args, wide: bool) -> SysResult {
    let offp = a.u(2);
    let mut off: i64 = 0;
    if offp != 0 {
        let b = p.read_bytes(offp, if wide { 8 } else { 4 })?;
        off = if wide { p.abi.reader(&b).i64(0) } else { p.abi.reader(&b).i32(0) as i64 };
    }
    let ptr = if offp != 0 { &mut off as *mut i64 } else { std::ptr::null_mut() };
    // SAFETY: `ptr` is null or our local.
    let r = unsafe { libc::sendfile(a.int(0), a.int(1), ptr, a.u(3) as usize) };
    let r = check_epipe(p, cvt(r as i64))?;
    if offp != 0 {
        if wide {
            p.write_u64(offp, off as u64)?;
        } else {
            p.write_u32(offp, off as u32)?;
        }
    }
    ok(r)
}

pub(super) fn sys_copy_file_range(p: &mut Process, a: &Args) -> SysResult {
    let (pin, pout) = (a.u(1), a.u(3));
    let mut oin: i64 = 0;
    let mut oout: i64 = 0;
    if pin != 0 {
        oin = p.abi.reader(&p.read_bytes(pin, 8)?).i64(0);
    }
    if pout != 0 {
        oout = p.abi.reader(&p.read_bytes(pout, 8)?).i64(0);
    }
    let ip = if pin != 0 { &mut oin as *mut i64 } else { std::ptr::null_mut() };
    let op = if pout != 0 { &mut oout as *mut i64 } else { std::ptr::null_mut() };
    // SAFETY: pointers are null or our locals.
    let r = cvt(unsafe { libc::syscall(libc::SYS_copy_file_range, a.int(0), ip, a.int(2), op, a.u(4), a.uint(5)) })?;
    if pin != 0 {
        p.write_u64(pin, oin as u64)?;
    }
    if pout != 0 {
        p.write_u64(pout, oout as u64)?;
    }
    ok(r)
}

// ---- open / close / seek ----

/// Which /proc/self file the guest must see our version of.
fn proc_self_file(path: &[u8]) -> Option<&'static str> {
    let pid = format!("/proc/{}/", std::process::id());
    let rest = path
        .strip_prefix(b"/proc/self/".as_slice())
        .or_else(|| path.strip_prefix(b"/proc/thread-self/".as_slice()))
        .or_else(|| path.strip_prefix(pid.as_bytes()))?;
    match rest {
        b"maps" => Some("maps"),
        b"auxv" => Some("auxv"),
        _ => None,
    }
}

/// /proc/self/maps of the guest, from the region map (file mappings show
/// their device and inode but no path).
pub(super) fn proc_maps(p: &Process) -> Vec<u8> {
    use crate::mem::RegionKind;
    let exe = p.exe.display().to_string();
    let mut out = String::new();
    for r in p.mem.regions() {
        let (off, dev, ino, name) = match &r.kind {
            RegionKind::File { dev, ino, offset } => (*offset, *dev, *ino, String::new()),
            RegionKind::Heap => (0, 0, 0, "[heap]".into()),
            RegionKind::Stack => (0, 0, 0, "[stack]".into()),
            RegionKind::Image => (0, 0, 0, exe.clone()),
            RegionKind::Anon => (0, 0, 0, String::new()),
        };
        let perms = format!(
            "{}{}{}{}",
            if r.prot.contains(Prot::READ) { 'r' } else { '-' },
            if r.prot.contains(Prot::WRITE) { 'w' } else { '-' },
            if r.prot.contains(Prot::EXEC) { 'x' } else { '-' },
            if r.shared { 's' } else { 'p' }
        );
        let (maj, min) = (libc::major(dev), libc::minor(dev));
        let line = format!("{:08x}-{:08x} {perms} {off:08x} {maj:02x}:{min:02x} {ino}", r.start, r.end);
        if name.is_empty() {
            out.push_str(&line);
        } else {
            out.push_str(&format!("{line:<73}{name}"));
        }
        out.push('\n');
    }
    out.into_bytes()
}

/// An in-memory file with `data`, as a descriptor (for emulated /proc files).
fn memfd_with(data: &[u8], cloexec: bool) -> SysResult {
    let flags = if cloexec { libc::MFD_CLOEXEC } else { 0 };
    // SAFETY: valid name; we own the new descriptor.
    let fd = cvt(unsafe { libc::memfd_create(c"lastmile-proc".as_ptr(), flags) })? as i32;
    // SAFETY: writing our own buffer to our own descriptor.
    let done = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) } == data.len() as isize
        && unsafe { libc::lseek(fd, 0, libc::SEEK_SET) } == 0;
    if !done {
        let e = Errno::last();
        // SAFETY: closing our own descriptor.
        unsafe { libc::close(fd) };
        return Err(e);
    }
    ok(fd as u64)
}

fn openat(p: &Process, dfd: i32, path: u64, flags: u64, mode: u32) -> SysResult {
    let path = path_arg(p, path)?;
    if let Some(which) = proc_self_file(path.as_bytes()) {
        if flags & 3 != 0 {
            return Err(Errno::EACCES);
        }
        let data = match which {
            "maps" => proc_maps(p),
            _ => {
                let mut w = p.abi.writer();
                for &(k, v) in &p.auxv {
                    w.bytes(&p.abi.long_bytes(k)).bytes(&p.abi.long_bytes(v));
                }
                w.finish()
            }
        };
        return memfd_with(&data, flags & p.abi.o_cloexec() != 0);
    }
    let hflags = p.abi.open_flags_to_host(flags);
    // SAFETY: valid NUL-terminated path.
    let r = unsafe { libc::syscall(libc::SYS_openat, dfd, path.as_ptr(), hflags, mode) };
    ok(cvt(r)?)
}

pub(super) fn sys_open(p: &mut Process, a: &Args) -> SysResult {
    openat(p, AT_FDCWD, a.u(0), a.u(1), a.uint(2))
}

pub(super) fn sys_openat(p: &mut Process, a: &Args) -> SysResult {
    openat(p, a.int(0), a.u(1), a.u(2), a.uint(3))
}

pub(super) fn sys_creat(p: &mut Process, a: &Args) -> SysResult {
    // O_CREAT|O_WRONLY|O_TRUNC in sparc numbering.
    openat(p, AT_FDCWD, a.u(0), 0x200 | 0x1 | 0x400, a.uint(1))
}

pub(super) fn sys_close(p: &mut Process, a: &Args) -> SysResult {
    p.dir_cookies.remove(&(a.uint(0) as i32));
    // SAFETY: closing a descriptor number; the guest owns its descriptors.
    ok(cvt(unsafe { libc::close(a.uint(0) as i32) })?)
}

pub(super) fn sys_lseek(p: &mut Process, a: &Args) -> SysResult {
    ok(lseek(p, a.uint(0) as i32, a.long(1), a.uint(2) as i32)?)
}

pub(super) fn lseek(p: &mut Process, fd: i32, off: i64, whence: i32) -> Result<u64, Errno> {
    if let Some(r) = super::sparc32::dir_lseek(p, fd, off, whence) {
        return r;
    }
    // SAFETY: plain syscall.
    cvt(unsafe { libc::lseek(fd, off, whence) })
}

/// `_llseek(fd, offset_high, offset_low, loff_t *result, whence)`: the
/// offset is `(high << 32) | low` on the full registers (fs/read_write.c).
pub(super) fn sys_llseek(p: &mut Process, a: &Args) -> SysResult {
    let off = (a.u(1) << 32) | a.u(2);
    let r = lseek(p, a.uint(0) as i32, off as i64, a.uint(4) as i32)?;
    p.write_u64(a.u(3), r)?;
    ok(0)
}

// ---- stat ----

fn host_fstatat(dfd: i32, path: &CStr, flags: i32) -> Result<libc::stat, Errno> {
    // SAFETY: plain data out-parameter.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: valid path and out pointer.
    cvt(unsafe { libc::syscall(libc::SYS_newfstatat, dfd, path.as_ptr(), &mut st as *mut libc::stat, flags) })?;
    Ok(st)
}

fn host_fstat(fd: i32) -> Result<libc::stat, Errno> {
    // SAFETY: plain data out-parameter.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: valid out pointer.
    cvt(unsafe { libc::fstat(fd, &mut st) })?;
    Ok(st)
}

pub(super) fn sys_stat(p: &mut Process, a: &Args) -> SysResult {
    let st = host_fstatat(AT_FDCWD, &path_arg(p, a.u(0))?, 0)?;
    p.write_bytes(a.u(1), &p.abi.stat_to_guest(&st)?)?;
    ok(0)
}

pub(super) fn sys_lstat(p: &mut Process, a: &Args) -> SysResult {
    let st = host_fstatat(AT_FDCWD, &path_arg(p, a.u(0))?, AT_SYMLINK_NOFOLLOW)?;
    p.write_bytes(a.u(1), &p.abi.stat_to_guest(&st)?)?;
    ok(0)
}

pub(super) fn sys_fstat(p: &mut Process, a: &Args) -> SysResult {
    let st = host_fstat(a.uint(0) as i32)?;
    p.write_bytes(a.u(1), &p.abi.stat_to_guest(&st)?)?;
    ok(0)
}

pub(super) fn sys_stat64(p: &mut Process, a: &Args) -> SysResult {
    let st = host_fstatat(AT_FDCWD, &path_arg(p, a.u(0))?, 0)?;
    p.write_bytes(a.u(1), &p.abi.stat64_to_guest(&st))?;
    ok(0)
}

pub(super) fn sys_lstat64(p: &mut Process, a: &Args) -> SysResult {
    let st = host_fstatat(AT_FDCWD, &path_arg(p, a.u(0))?, AT_SYMLINK_NOFOLLOW)?;
    p.write_bytes(a.u(1), &p.abi.stat64_to_guest(&st))?;
    ok(0)
}

pub(super) fn sys_fstat64(p: &mut Process, a: &Args) -> SysResult {
    let st = host_fstat(a.uint(0) as i32)?;
    p.write_bytes(a.u(1), &p.abi.stat64_to_guest(&st))?;
    ok(0)
}

/// fstatat64(dfd, path, struct stat64 *, flags): what glibc's stat family
/// uses on sparc64.
pub(super) fn sys_fstatat64(p: &mut Process, a: &Args) -> SysResult {
    let flags = a.int(3);
    let path = path_or_empty(p, a.u(1), flags)?;
    let st = host_fstatat(a.int(0), &path, flags)?;
    p.write_bytes(a.u(2), &p.abi.stat64_to_guest(&st))?;
    ok(0)
}

pub(super) fn sys_statx(p: &mut Process, a: &Args) -> SysResult {
    let flags = a.int(2);
    let path = path_or_empty(p, a.u(1), flags)?;
    let mut buf = [0u64; 32];
    // SAFETY: 256-byte out buffer.
    cvt(unsafe { libc::syscall(libc::SYS_statx, a.int(0), path.as_ptr(), flags, a.uint(3), buf.as_mut_ptr()) })?;
    let mut host = [0u8; 256];
    for (i, w) in buf.iter().enumerate() {
        host[8 * i..8 * i + 8].copy_from_slice(&w.to_ne_bytes());
    }
    p.write_bytes(a.u(4), &p.abi.statx_to_guest(&host))?;
    ok(0)
}

/// The host's `struct statfs` of a guest path, as its 15 words.
pub(super) fn host_statfs(p: &Process, path: u64) -> Result<[u64; 15], Errno> {
    let path = path_arg(p, path)?;
    let mut s = [0u64; 15];
    // SAFETY: valid path; out buffer of sizeof(struct statfs) = 120 bytes.
    cvt(unsafe { libc::syscall(libc::SYS_statfs, path.as_ptr(), s.as_mut_ptr()) })?;
    Ok(s)
}

pub(super) fn host_fstatfs(fd: i32) -> Result<[u64; 15], Errno> {
    let mut s = [0u64; 15];
    // SAFETY: out buffer of sizeof(struct statfs) = 120 bytes.
    cvt(unsafe { libc::syscall(libc::SYS_fstatfs, fd, s.as_mut_ptr()) })?;
    Ok(s)
}

pub(super) fn sys_statfs(p: &mut Process, a: &Args) -> SysResult {
    let s = host_statfs(p, a.u(0))?;
    p.write_bytes(a.u(1), &p.abi.statfs_to_guest(&s)?)?;
    ok(0)
}

pub(super) fn sys_fstatfs(p: &mut Process, a: &Args) -> SysResult {
    let s = host_fstatfs(a.int(0))?;
    p.write_bytes(a.u(1), &p.abi.statfs_to_guest(&s)?)?;
    ok(0)
}

pub(super) fn sys_getdents64(p: &mut Process, a: &Args) -> SysResult {
    let n = p.guest_buf(a.u(1), a.uint(2) as u64, Prot::WRITE)?;
    let mut buf = vec![0u8; n as usize];
    // 32-bit programs get directory cookies (sparc32::dirent_cookies); a read
    // from offset 0 starts their table afresh.
    // SAFETY: plain syscall.
    let at_start = p.abi.is32() && unsafe { libc::lseek(a.int(0), 0, libc::SEEK_CUR) } == 0;
    // SAFETY: out buffer of n bytes.
    let r = cvt(unsafe { libc::syscall(libc::SYS_getdents64, a.int(0), buf.as_mut_ptr(), n as usize) })? as usize;
    p.abi.dirents64_to_guest(&mut buf[..r]);
    if p.abi.is32() {
        super::sparc32::dirent_cookies(p, a.int(0), at_start, &mut buf[..r]);
    }
    p.write_bytes(a.u(1), &buf[..r])?;
    ok(r as u64)
}

// ---- ioctl ----

fn host_ioctl_int_out(p: &Process, fd: i32, req: u64, out: u64) -> SysResult {
    let mut v: i32 = 0;
    // SAFETY: the request writes one int.
    cvt(unsafe { libc::ioctl(fd, req, &mut v as *mut i32) })?;
    p.write_u32(out, v as u32)?;
    ok(0)
}

fn host_ioctl_int_in(p: &Process, fd: i32, req: u64, inp: u64) -> SysResult {
    let v = p.abi.reader(&p.read_bytes(inp, 4)?).i32(0);
    // SAFETY: the request reads one int.
    ok(cvt(unsafe { libc::ioctl(fd, req, &v as *const i32) })?)
}

fn host_tcgets(fd: i32) -> Result<HostTermios, Errno> {
    let mut t = HostTermios::default();
    // SAFETY: TCGETS writes a 36-byte kernel termios, which HostTermios is.
    cvt(unsafe { libc::ioctl(fd, I::HOST_TCGETS, &mut t as *mut HostTermios) })?;
    Ok(t)
}

pub(super) fn sys_ioctl(p: &mut Process, a: &Args) -> SysResult {
    let fd = a.uint(0) as i32;
    let arg = a.u(2);
    match p.abi.ioctl_request(a.uint(1)) {
        I::TCGETS => {
            let t = host_tcgets(fd)?;
            p.write_bytes(arg, &p.abi.termios_to_guest(&t))?;
            ok(0)
        }
        req @ (I::TCSETS | I::TCSETSW | I::TCSETSF) => {
            let g = p.read_bytes(arg, 36)?;
            let cur = host_tcgets(fd)?;
            let t = p.abi.termios_from_guest(&g, &cur);
            let hreq = match req {
                I::TCSETS => I::HOST_TCSETS,
                I::TCSETSW => I::HOST_TCSETSW,
                _ => I::HOST_TCSETSF,
            };
            // SAFETY: TCSETS* read a 36-byte kernel termios.
            ok(cvt(unsafe { libc::ioctl(fd, hreq, &t as *const HostTermios) })?)
        }
        I::TIOCGWINSZ => {
            let mut w = [0u16; 4];
            // SAFETY: TIOCGWINSZ writes struct winsize (four shorts).
            cvt(unsafe { libc::ioctl(fd, I::HOST_TIOCGWINSZ, w.as_mut_ptr()) })?;
            let mut b = p.abi.writer();
            for v in w {
                b.u16(v);
            }
            p.write_bytes(arg, &b.finish())?;
            ok(0)
        }
        I::TIOCSWINSZ => {
            let g = p.read_bytes(arg, 8)?;
            let r = p.abi.reader(&g);
            let w = [r.u16(0), r.u16(2), r.u16(4), r.u16(6)];
            // SAFETY: TIOCSWINSZ reads struct winsize.
            ok(cvt(unsafe { libc::ioctl(fd, I::HOST_TIOCSWINSZ, w.as_ptr()) })?)
        }
        I::FIONREAD => host_ioctl_int_out(p, fd, I::HOST_FIONREAD, arg),
        I::TIOCOUTQ => host_ioctl_int_out(p, fd, I::HOST_TIOCOUTQ, arg),
        I::TIOCGPGRP => host_ioctl_int_out(p, fd, I::HOST_TIOCGPGRP, arg),
        I::TIOCGSID => host_ioctl_int_out(p, fd, I::HOST_TIOCGSID, arg),
        I::TIOCGPTN => host_ioctl_int_out(p, fd, I::HOST_TIOCGPTN, arg),
        I::TIOCSPGRP => host_ioctl_int_in(p, fd, I::HOST_TIOCSPGRP, arg),
        I::FIONBIO => host_ioctl_int_in(p, fd, I::HOST_FIONBIO, arg),
        I::TIOCSPTLCK => host_ioctl_int_in(p, fd, I::HOST_TIOCSPTLCK, arg),
        // Requests whose argument is a plain value.
        req @ (I::TCSBRK | I::TCXONC | I::TCFLSH | I::TIOCSCTTY | I::TIOCNOTTY | I::FIOCLEX | I::FIONCLEX) => {
            let hreq = match req {
                I::TCSBRK => I::HOST_TCSBRK,
                I::TCXONC => I::HOST_TCXONC,
                I::TCFLSH => I::HOST_TCFLSH,
                I::TIOCSCTTY => I::HOST_TIOCSCTTY,
                I::TIOCNOTTY => I::HOST_TIOCNOTTY,
                I::FIOCLEX => I::HOST_FIOCLEX,
                _ => I::HOST_FIONCLEX,
            };
            // SAFETY: these requests take an integer argument, not a pointer.
            ok(cvt(unsafe { libc::ioctl(fd, hreq, arg as libc::c_ulong) })?)
        }
        _ => {
            // Unknown request: a bad descriptor is still EBADF.
            // SAFETY: F_GETFD only queries the descriptor.
            cvt(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
            Err(Errno::ENOTTY)
        }
    }
}

// ---- fcntl / dup / pipe ----

pub(super) fn sys_fcntl(p: &mut Process, a: &Args) -> SysResult {
    let fd = a.uint(0) as i32;
    let arg = a.u(2);
    // SAFETY (all fcntl calls below): integer arguments or pointers to locals.
    let r = match p.abi.fcntl_cmd(a.uint(1)) {
        F::F_DUPFD => unsafe { libc::fcntl(fd, libc::F_DUPFD, arg as i32) },
        F::F_DUPFD_CLOEXEC => unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, arg as i32) },
        F::F_GETFD => unsafe { libc::fcntl(fd, libc::F_GETFD) },
        F::F_SETFD => unsafe { libc::fcntl(fd, libc::F_SETFD, arg as i32) },
        F::F_GETFL => {
            let h = cvt(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
            let mut f = p.abi.open_flags_from_host(h as i32);
            if p.abi.is32() {
                // O_LARGEFILE is implied for 64-bit programs only; 32-bit
                // ones see it if they asked for it, which the host cannot
                // tell us: qemu-sparc32plus never shows it either.
                f &= !p.abi.o_largefile();
            }
            return ok(f);
        }
        F::F_SETFL => unsafe { libc::fcntl(fd, libc::F_SETFL, p.abi.open_flags_to_host(arg)) },
        cmd @ (F::F_GETLK | F::F_SETLK | F::F_SETLKW | F::F_OFD_GETLK | F::F_OFD_SETLK | F::F_OFD_SETLKW) => {
            // The OFD locks and sparc64's locks use struct flock64's layout.
            let abi = if matches!(cmd, F::F_GETLK | F::F_SETLK | F::F_SETLKW) || p.abi.le() { p.abi } else { Abi::Sparc64 };
            let hcmd = match cmd {
                F::F_GETLK => libc::F_GETLK,
                F::F_SETLK => libc::F_SETLK,
                F::F_SETLKW => libc::F_SETLKW,
                F::F_OFD_GETLK => libc::F_OFD_GETLK,
                F::F_OFD_SETLK => libc::F_OFD_SETLK,
                _ => libc::F_OFD_SETLKW,
            };
            lock(p, fd, hcmd, arg, abi)?
        }
        cmd @ (super::sparc32::F_GETLK64 | super::sparc32::F_SETLK64 | super::sparc32::F_SETLKW64) if p.abi.is32() => {
            let hcmd = match cmd {
                super::sparc32::F_GETLK64 => libc::F_GETLK,
                super::sparc32::F_SETLK64 => libc::F_SETLK,
                _ => libc::F_SETLKW,
            };
            lock(p, fd, hcmd, arg, Abi::Sparc64)?
        }
        F::F_GETOWN => unsafe { libc::fcntl(fd, libc::F_GETOWN) },
        F::F_SETOWN => unsafe { libc::fcntl(fd, libc::F_SETOWN, arg as i32) },
        F::F_GETSIG => {
            let h = cvt(unsafe { libc::fcntl(fd, HOST_F_GETSIG) })?;
            return ok(if h == 0 { 0 } else { p.abi.sig_from_host(h as i32) as u64 });
        }
        F::F_SETSIG => {
            let s = arg as i32;
            let h = if s == 0 { 0 } else { p.abi.sig_to_host(s).ok_or(Errno::EINVAL)? };
            unsafe { libc::fcntl(fd, HOST_F_SETSIG, h) }
        }
        F::F_GETOWN_EX => {
            let mut o = [0i32; 2];
            cvt(unsafe { libc::fcntl(fd, HOST_F_GETOWN_EX, o.as_mut_ptr()) })?;
            p.write_bytes(arg, &p.abi.writer().u32(o[0] as u32).u32(o[1] as u32).finish())?;
            0
        }
        F::F_SETOWN_EX => {
            let g = p.read_bytes(arg, 8)?;
            let r = p.abi.reader(&g);
            let o = [r.i32(0), r.i32(4)];
            unsafe { libc::fcntl(fd, HOST_F_SETOWN_EX, o.as_ptr()) }
        }
        F::F_GETLEASE => {
            let h = cvt(unsafe { libc::fcntl(fd, libc::F_GETLEASE) })?;
            return ok(p.abi.lock_type_from_host(h as i16) as u64);
        }
        F::F_SETLEASE => {
            let t = p.abi.lock_type_to_host(arg as i16).ok_or(Errno::EINVAL)?;
            unsafe { libc::fcntl(fd, libc::F_SETLEASE, t as i32) }
        }
        F::F_NOTIFY => unsafe { libc::fcntl(fd, libc::F_NOTIFY, arg as i32) },
        F::F_SETPIPE_SZ => unsafe { libc::fcntl(fd, libc::F_SETPIPE_SZ, arg as i32) },
        F::F_GETPIPE_SZ => unsafe { libc::fcntl(fd, libc::F_GETPIPE_SZ) },
        F::F_ADD_SEALS => unsafe { libc::fcntl(fd, libc::F_ADD_SEALS, arg as i32) },
        F::F_GET_SEALS => unsafe { libc::fcntl(fd, libc::F_GET_SEALS) },
        _ => return Err(Errno::EINVAL),
    };
    ok(cvt(r)?)
}

/// A record-lock fcntl with the guest's `struct flock` in `abi`'s layout.
fn lock(p: &Process, fd: i32, hcmd: i32, arg: u64, abi: Abi) -> Result<i32, Errno> {
    let g = p.read_bytes(arg, abi.flock_size())?;
    let mut fl = abi.flock_from_guest(&g).ok_or(Errno::EINVAL)?;
    // SAFETY: a pointer to our local struct flock.
    cvt(unsafe { libc::fcntl(fd, hcmd, &mut fl as *mut libc::flock) })?;
    if matches!(hcmd, libc::F_GETLK | libc::F_OFD_GETLK) {
        p.write_bytes(arg, &abi.flock_to_guest(&fl)?)?;
    }
    Ok(0)
}

pub(super) fn sys_dup(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::dup(a.uint(0) as i32) })?)
}

pub(super) fn sys_dup2(p: &mut Process, a: &Args) -> SysResult {
    p.dir_cookies.remove(&(a.uint(1) as i32));
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::dup2(a.uint(0) as i32, a.uint(1) as i32) })?)
}

pub(super) fn sys_dup3(p: &mut Process, a: &Args) -> SysResult {
    let flags = a.u(2) & 0xffff_ffff;
    if flags & !p.abi.o_cloexec() != 0 {
        return Err(Errno::EINVAL);
    }
    p.dir_cookies.remove(&(a.uint(1) as i32));
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::dup3(a.uint(0) as i32, a.uint(1) as i32, p.abi.open_flags_to_host(flags)) })?)
}

fn host_pipe(abi: Abi, flags: u64) -> Result<[i32; 2], Errno> {
    if flags & !(abi.o_cloexec() | abi.o_nonblock() | abi.o_direct()) != 0 {
        return Err(Errno::EINVAL);
    }
    let mut fds = [0i32; 2];
    // SAFETY: two-int out array.
    cvt(unsafe { libc::pipe2(fds.as_mut_ptr(), abi.open_flags_to_host(flags)) })?;
    Ok(fds)
}

/// sparc pipe(): the descriptors come back in %o0 and %o1
/// (arch/sparc/kernel/sys_sparc_64.c sparc_pipe); ia64's in r8 and r9
/// (sys_ia64_pipe).
pub(super) fn sys_pipe(p: &mut Process, _a: &Args) -> SysResult {
    let fds = host_pipe(p.abi, 0)?;
    Ok(Ret::Pair(fds[0] as u64, fds[1] as u64))
}

pub(super) fn sys_pipe2(p: &mut Process, a: &Args) -> SysResult {
    if !p.mem.check(a.u(0), 8, Prot::WRITE) {
        return Err(Errno::EFAULT);
    }
    let fds = host_pipe(p.abi, a.u(1) & 0xffff_ffff)?;
    let img = p.abi.writer().u32(fds[0] as u32).u32(fds[1] as u32).finish();
    if let Err(e) = p.write_bytes(a.u(0), &img) {
        // SAFETY: closing the descriptors we just made.
        unsafe {
            libc::close(fds[0]);
            libc::close(fds[1]);
        }
        return Err(e);
    }
    ok(0)
}

pub(super) fn sys_poll(p: &mut Process, a: &Args) -> SysResult {
    poll(p, a.u(0), a.u(1), a.int(2))
}

pub(super) fn sys_ppoll(p: &mut Process, a: &Args) -> SysResult {
    let abi = p.abi;
    ppoll(p, a, abi)
}

/// ppoll_time64 of 32-bit programs: a 64-bit struct timespec.
pub(super) fn sys_ppoll64(p: &mut Process, a: &Args) -> SysResult {
    ppoll(p, a, TIME64)
}

fn ppoll(p: &mut Process, a: &Args, ts_abi: Abi) -> SysResult {
    // The signal mask argument is ignored: signals are not delivered yet.
    let timeout = if a.u(2) == 0 {
        -1
    } else {
        let ts = ts_abi.timespec_from_guest(&p.read_bytes(a.u(2), ts_abi.timespec_size())?);
        if ts.tv_sec < 0 || !(0..1_000_000_000).contains(&ts.tv_nsec) {
            return Err(Errno::EINVAL);
        }
        (ts.tv_sec.saturating_mul(1000).saturating_add((ts.tv_nsec + 999_999) / 1_000_000)).min(i32::MAX as i64) as i32
    };
    poll(p, a.u(0), a.u(1), timeout)
}

fn poll(p: &Process, fds: u64, nfds: u64, timeout: i32) -> SysResult {
    if nfds > 1 << 20 {
        return Err(Errno::EINVAL);
    }
    let raw = p.read_bytes(fds, nfds as usize * 8)?;
    let r = p.abi.reader(&raw);
    let mut v: Vec<libc::pollfd> = (0..nfds as usize)
        .map(|i| libc::pollfd {
            fd: r.i32(8 * i),
            events: p.abi.poll_events_to_host(r.u16(8 * i + 4)),
            revents: 0,
        })
        .collect();
    // SAFETY: `v` holds nfds entries.
    let n = cvt(unsafe { libc::poll(v.as_mut_ptr(), nfds, timeout) })?;
    for (i, pf) in v.iter().enumerate() {
        let ev = p.abi.poll_events_from_host(pf.revents);
        p.write_bytes(fds + 8 * i as u64 + 6, &p.abi.u32_bytes(ev as u32)[if p.abi.le() { 0..2 } else { 2..4 }])?;
    }
    ok(n)
}

// ---- names: links, directories, permissions ----

fn at_call(nr: libc::c_long, dfd: i32, path: &CStr, x: u64, y: u64) -> SysResult {
    // SAFETY: a *at system call with a valid path and integer arguments.
    ok(cvt(unsafe { libc::syscall(nr, dfd, path.as_ptr(), x, y) })?)
}

pub(super) fn sys_unlink(p: &mut Process, a: &Args) -> SysResult {
    at_call(libc::SYS_unlinkat, AT_FDCWD, &path_arg(p, a.u(0))?, 0, 0)
}

pub(super) fn sys_unlinkat(p: &mut Process, a: &Args) -> SysResult {
    let flags = a.int(2);
    if flags & !AT_REMOVEDIR != 0 {
        return Err(Errno::EINVAL);
    }
    at_call(libc::SYS_unlinkat, a.int(0), &path_arg(p, a.u(1))?, flags as u64, 0)
}

pub(super) fn sys_rmdir(p: &mut Process, a: &Args) -> SysResult {
    at_call(libc::SYS_unlinkat, AT_FDCWD, &path_arg(p, a.u(0))?, AT_REMOVEDIR as u64, 0)
}

pub(super) fn sys_mkdir(p: &mut Process, a: &Args) -> SysResult {
    at_call(libc::SYS_mkdirat, AT_FDCWD, &path_arg(p, a.u(0))?, a.uint(1) as u64, 0)
}

pub(super) fn sys_mkdirat(p: &mut Process, a: &Args) -> SysResult {
    at_call(libc::SYS_mkdirat, a.int(0), &path_arg(p, a.u(1))?, a.uint(2) as u64, 0)
}

fn renameat2(p: &Process, od: i32, op: u64, nd: i32, np: u64, flags: u32) -> SysResult {
    let (o, n) = (path_arg(p, op)?, path_arg(p, np)?);
    // SAFETY: valid paths.
    ok(cvt(unsafe { libc::syscall(libc::SYS_renameat2, od, o.as_ptr(), nd, n.as_ptr(), flags) })?)
}

pub(super) fn sys_rename(p: &mut Process, a: &Args) -> SysResult {
    renameat2(p, AT_FDCWD, a.u(0), AT_FDCWD, a.u(1), 0)
}

pub(super) fn sys_renameat(p: &mut Process, a: &Args) -> SysResult {
    renameat2(p, a.int(0), a.u(1), a.int(2), a.u(3), 0)
}

pub(super) fn sys_renameat2(p: &mut Process, a: &Args) -> SysResult {
    renameat2(p, a.int(0), a.u(1), a.int(2), a.u(3), a.uint(4))
}

fn linkat(p: &Process, od: i32, op: u64, nd: i32, np: u64, flags: i32) -> SysResult {
    let (o, n) = (path_arg(p, op)?, path_arg(p, np)?);
    // SAFETY: valid paths.
    ok(cvt(unsafe { libc::syscall(libc::SYS_linkat, od, o.as_ptr(), nd, n.as_ptr(), flags) })?)
}

pub(super) fn sys_link(p: &mut Process, a: &Args) -> SysResult {
    linkat(p, AT_FDCWD, a.u(0), AT_FDCWD, a.u(1), 0)
}

pub(super) fn sys_linkat(p: &mut Process, a: &Args) -> SysResult {
    linkat(p, a.int(0), a.u(1), a.int(2), a.u(3), a.int(4))
}

fn symlinkat(p: &Process, target: u64, nd: i32, np: u64) -> SysResult {
    // The link's contents are stored as given, never rewritten.
    let (t, n) = (p.path(target)?, path_arg(p, np)?);
    // SAFETY: valid paths.
    ok(cvt(unsafe { libc::syscall(libc::SYS_symlinkat, t.as_ptr(), nd, n.as_ptr()) })?)
}

pub(super) fn sys_symlink(p: &mut Process, a: &Args) -> SysResult {
    symlinkat(p, a.u(0), AT_FDCWD, a.u(1))
}

pub(super) fn sys_symlinkat(p: &mut Process, a: &Args) -> SysResult {
    symlinkat(p, a.u(0), a.int(1), a.u(2))
}

fn readlinkat(p: &Process, dfd: i32, path: u64, buf: u64, size: i32) -> SysResult {
    if size <= 0 {
        return Err(Errno::EINVAL);
    }
    let path = p.path(path)?;
    let target: Vec<u8> = if is_proc_self_exe(path.as_bytes()) {
        p.exe.as_os_str().as_bytes().to_vec()
    } else {
        let mut v = vec![0u8; (size as usize).min(PATH_MAX * 16)];
        // SAFETY: out buffer of v.len() bytes.
        let n = cvt(unsafe {
            libc::syscall(libc::SYS_readlinkat, dfd, path.as_ptr(), v.as_mut_ptr(), v.len())
        })?;
        v.truncate(n as usize);
        v
    };
    let n = target.len().min(size as usize);
    p.write_bytes(buf, &target[..n])?;
    ok(n as u64)
}

pub(super) fn sys_readlink(p: &mut Process, a: &Args) -> SysResult {
    readlinkat(p, AT_FDCWD, a.u(0), a.u(1), a.int(2))
}

pub(super) fn sys_readlinkat(p: &mut Process, a: &Args) -> SysResult {
    readlinkat(p, a.int(0), a.u(1), a.u(2), a.int(3))
}

pub(super) fn sys_access(p: &mut Process, a: &Args) -> SysResult {
    at_call(libc::SYS_faccessat, AT_FDCWD, &path_arg(p, a.u(0))?, a.int(1) as u64, 0)
}

pub(super) fn sys_faccessat(p: &mut Process, a: &Args) -> SysResult {
    at_call(libc::SYS_faccessat, a.int(0), &path_arg(p, a.u(1))?, a.int(2) as u64, 0)
}

pub(super) fn sys_faccessat2(p: &mut Process, a: &Args) -> SysResult {
    let path = path_or_empty(p, a.u(1), a.int(3))?;
    at_call(libc::SYS_faccessat2, a.int(0), &path, a.int(2) as u64, a.int(3) as u64)
}

pub(super) fn sys_chmod(p: &mut Process, a: &Args) -> SysResult {
    at_call(libc::SYS_fchmodat, AT_FDCWD, &path_arg(p, a.u(0))?, a.uint(1) as u64, 0)
}

pub(super) fn sys_fchmodat(p: &mut Process, a: &Args) -> SysResult {
    at_call(libc::SYS_fchmodat, a.int(0), &path_arg(p, a.u(1))?, a.uint(2) as u64, 0)
}

pub(super) fn sys_fchmod(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::fchmod(a.uint(0) as i32, a.uint(1)) })?)
}

/// fchownat with 32-bit ids (the 16-bit calls of sparc32 widen theirs).
pub(super) fn chown_at(p: &Process, dfd: i32, path: u64, uid: u32, gid: u32, flags: i32) -> SysResult {
    fchownat(p, dfd, path, uid, gid, flags)
}

fn fchownat(p: &Process, dfd: i32, path: u64, uid: u32, gid: u32, flags: i32) -> SysResult {
    let path = path_or_empty(p, path, flags)?;
    // SAFETY: valid path.
    ok(cvt(unsafe { libc::syscall(libc::SYS_fchownat, dfd, path.as_ptr(), uid, gid, flags) })?)
}

pub(super) fn sys_chown(p: &mut Process, a: &Args) -> SysResult {
    fchownat(p, AT_FDCWD, a.u(0), a.uint(1), a.uint(2), 0)
}

pub(super) fn sys_lchown(p: &mut Process, a: &Args) -> SysResult {
    fchownat(p, AT_FDCWD, a.u(0), a.uint(1), a.uint(2), AT_SYMLINK_NOFOLLOW)
}

pub(super) fn sys_fchownat(p: &mut Process, a: &Args) -> SysResult {
    fchownat(p, a.int(0), a.u(1), a.uint(2), a.uint(3), a.int(4))
}

pub(super) fn sys_fchown(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::fchown(a.uint(0) as i32, a.uint(1), a.uint(2)) })?)
}

pub(super) fn sys_umask(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(unsafe { libc::umask(a.uint(0) & 0o777) } as u64)
}

pub(super) fn sys_getcwd(p: &mut Process, a: &Args) -> SysResult {
    let size = a.u(1).min(PATH_MAX as u64 * 4) as usize;
    let mut v = vec![0u8; size];
    // SAFETY: out buffer of `size` bytes; the kernel returns the length
    // including the NUL or ERANGE.
    let n = cvt(unsafe { libc::syscall(libc::SYS_getcwd, v.as_mut_ptr(), size) })? as usize;
    p.write_bytes(a.u(0), &v[..n])?;
    ok(n as u64)
}

pub(super) fn sys_chdir(p: &mut Process, a: &Args) -> SysResult {
    let path = path_arg(p, a.u(0))?;
    // SAFETY: valid path.
    ok(cvt(unsafe { libc::chdir(path.as_ptr()) })?)
}

pub(super) fn sys_fchdir(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::fchdir(a.uint(0) as i32) })?)
}

pub(super) fn sys_truncate(p: &mut Process, a: &Args) -> SysResult {
    truncate(p, a.u(0), a.long(1))
}

pub(super) fn sys_ftruncate(_p: &mut Process, a: &Args) -> SysResult {
    ftruncate(a.uint(0) as i32, a.long(1))
}

pub(super) fn truncate(p: &Process, path: u64, len: i64) -> SysResult {
    let path = path_arg(p, path)?;
    // SAFETY: valid path.
    ok(cvt(unsafe { libc::truncate(path.as_ptr(), len) })?)
}

pub(super) fn ftruncate(fd: i32, len: i64) -> SysResult {
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::ftruncate(fd, len) })?)
}

pub(super) fn sys_fsync(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::fsync(a.uint(0) as i32) })?)
}

pub(super) fn sys_fdatasync(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::fdatasync(a.uint(0) as i32) })?)
}

pub(super) fn sys_sync(_p: &mut Process, _a: &Args) -> SysResult {
    // SAFETY: plain syscall.
    unsafe { libc::sync() };
    ok(0)
}

pub(super) fn sys_flock(_p: &mut Process, a: &Args) -> SysResult {
    // SAFETY: plain syscall; LOCK_* values are the same on sparc.
    ok(cvt(unsafe { libc::flock(a.uint(0) as i32, a.uint(1) as i32) })?)
}

pub(super) fn sys_fadvise64(_p: &mut Process, a: &Args) -> SysResult {
    fadvise(a.int(0), a.u(1) as i64, a.u(2) as i64, a.int(3))
}

pub(super) fn fadvise(fd: i32, off: i64, len: i64, advice: i32) -> SysResult {
    // SAFETY: plain syscall; POSIX_FADV_* are the same on sparc.
    let r = unsafe { libc::posix_fadvise(fd, off, len, advice) };
    if r != 0 {
        return Err(Errno(r));
    }
    ok(0)
}

pub(super) fn sys_fallocate(_p: &mut Process, a: &Args) -> SysResult {
    fallocate(a.int(0), a.int(1), a.u(2) as i64, a.u(3) as i64)
}

pub(super) fn fallocate(fd: i32, mode: i32, off: i64, len: i64) -> SysResult {
    // SAFETY: plain syscall.
    ok(cvt(unsafe { libc::syscall(libc::SYS_fallocate, fd, mode, off, len) })?)
}

pub(super) fn sys_utimes(p: &mut Process, a: &Args) -> SysResult {
    let path = path_arg(p, a.u(0))?;
    let times = if a.u(1) == 0 {
        None
    } else {
        let n = p.abi.timeval_size();
        let b = p.read_bytes(a.u(1), 2 * n)?;
        Some([p.abi.timeval_from_guest(&b[..n]), p.abi.timeval_from_guest(&b[n..])])
    };
    let tp = times.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    // SAFETY: valid path, null or two timevals.
    ok(cvt(unsafe { libc::utimes(path.as_ptr(), tp) })?)
}

pub(super) fn sys_utimensat(p: &mut Process, a: &Args) -> SysResult {
    let abi = p.abi;
    utimensat(p, a, abi)
}

/// utimensat_time64 of 32-bit programs.
pub(super) fn sys_utimensat64(p: &mut Process, a: &Args) -> SysResult {
    utimensat(p, a, TIME64)
}

fn utimensat(p: &mut Process, a: &Args, ts_abi: Abi) -> SysResult {
    let flags = a.int(3);
    let path = if a.u(1) == 0 { None } else { Some(path_arg(p, a.u(1))?) };
    let times = if a.u(2) == 0 {
        None
    } else {
        let n = ts_abi.timespec_size();
        let b = p.read_bytes(a.u(2), 2 * n)?;
        Some([ts_abi.timespec_from_guest(&b[..n]), ts_abi.timespec_from_guest(&b[n..])])
    };
    let pp = path.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
    let tp = times.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    // SAFETY: null or valid path; null or two timespecs (UTIME_NOW/OMIT are
    // the same numbers everywhere).
    ok(cvt(unsafe { libc::syscall(libc::SYS_utimensat, a.int(0), pp, tp, flags) })?)
}
