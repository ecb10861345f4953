//! Memory-management system calls: thin wrappers over [`GuestMemory`], which
//! implements the Linux semantics.
//!
//! [`GuestMemory`]: crate::mem::GuestMemory

use super::{Args, Process, Ret, SysResult};
use crate::mem::{Errno, Prot};

pub(super) fn sys_brk(p: &mut Process, a: &Args) -> SysResult {
    Ok(Ret::Val(p.mem.brk(a.u(0))))
}

/// sys_mmap(addr, len, prot, flags, fd, off): `off` in bytes (both ABIs).
pub(super) fn sys_mmap(p: &mut Process, a: &Args) -> SysResult {
    mmap(p, a, a.u(5))
}

/// mmap with the byte offset already computed (sparc32's mmap2 passes it
/// in 4 KiB units).
pub(super) fn mmap(p: &mut Process, a: &Args, off: u64) -> SysResult {
    // PROT_ADI (0x10) needs ADI hardware: EINVAL, as arch_validate_prot.
    let prot = Prot::from_linux(a.u(2)).ok_or(Errno::EINVAL)?;
    let flags = p.abi.map_flags(a.u(3))?;
    let fd = if flags.anonymous { None } else { Some(a.int(4)) };
    Ok(Ret::Val(p.mem.mmap(a.u(0), a.u(1), prot, flags, fd, off)?))
}

pub(super) fn sys_munmap(p: &mut Process, a: &Args) -> SysResult {
    p.mem.munmap(a.u(0), a.u(1))?;
    Ok(Ret::Val(0))
}

pub(super) fn sys_mprotect(p: &mut Process, a: &Args) -> SysResult {
    // PROT_GROWSDOWN/GROWSUP (0x01000000/0x02000000) are accepted and
    // ignored: the main stack is mapped at its full size.
    let prot = Prot::from_linux(a.u(2) & !0x0300_0000).ok_or(Errno::EINVAL)?;
    p.mem.mprotect(a.u(0), a.u(1), prot)?;
    Ok(Ret::Val(0))
}

pub(super) fn sys_madvise(p: &mut Process, a: &Args) -> SysResult {
    p.mem.madvise(a.u(0), a.u(1), a.int(2))?;
    Ok(Ret::Val(0))
}

pub(super) fn sys_mremap(p: &mut Process, a: &Args) -> SysResult {
    Ok(Ret::Val(p.mem.mremap(a.u(0), a.u(1), a.u(2), a.uint(3), a.u(4))?))
}

pub(super) fn sys_msync(p: &mut Process, a: &Args) -> SysResult {
    const MS_ASYNC: i32 = 1;
    const MS_INVALIDATE: i32 = 2;
    const MS_SYNC: i32 = 4;
    let (addr, flags) = (a.u(0), a.int(2));
    if !addr.is_multiple_of(p.mem.page_size())
        || flags & !(MS_ASYNC | MS_INVALIDATE | MS_SYNC) != 0
        || (flags & MS_ASYNC != 0 && flags & MS_SYNC != 0)
    {
        return Err(Errno::EINVAL);
    }
    let len = p.mem.round_page(a.u(1)).ok_or(Errno::ENOMEM)?;
    if len == 0 {
        return Ok(Ret::Val(0));
    }
    // Prot::NONE: "mapped at all".
    if !p.mem.check(addr, len, Prot::NONE) {
        return Err(Errno::ENOMEM);
    }
    // SAFETY: the range is mapped in our reservation.
    let r = unsafe { libc::msync(p.mem.host_ptr(addr).cast(), len as usize, flags) };
    Ok(Ret::Val(super::cvt(r)?))
}

/// The page size the program was told in AT_PAGESZ (4 KiB for V8 programs,
/// as a sparc32 kernel), else the guest page size.
pub(super) fn sys_getpagesize(p: &mut Process, _a: &Args) -> SysResult {
    let from_auxv = p.auxv.iter().find(|&&(k, _)| k == crate::loader::at::PAGESZ).map(|&(_, v)| v);
    Ok(Ret::Val(from_auxv.unwrap_or(p.mem.page_size())))
}
