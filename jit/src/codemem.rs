//! Executable memory for compiled blocks: one host reservation, filled by
//! bump allocation. One range makes "is this host pc translated code?" a
//! two-compare test for the fault handler.
//!
//! The reservation is mapped read-write-execute. Making it W^X (a second,
//! writable view of the same pages) is a later hardening step.

/// Size of the code reservation (address space only: pages are touched as used).
pub const CODE_RESERVATION: usize = 1 << 30;

pub struct CodeMemory {
    base: *mut u8,
    size: usize,
    used: usize,
}

// SAFETY: the reservation is owned by this value and only written through &mut self.
unsafe impl Send for CodeMemory {}

impl CodeMemory {
    pub fn new() -> Result<CodeMemory, String> {
        let size = CODE_RESERVATION;
        // SAFETY: a fresh anonymous private mapping; checked for failure.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                size,
                libc::PROT_READ | libc::PROT_WRITE | libc::PROT_EXEC,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return Err(format!("code memory: mmap of {size} bytes failed: {}", std::io::Error::last_os_error()));
        }
        Ok(CodeMemory { base: p as *mut u8, size, used: 0 })
    }

    /// Copy `bytes` into executable memory, 16-byte aligned.
    pub fn place(&mut self, bytes: &[u8]) -> Result<*const u8, String> {
        let need = (bytes.len() + 15) & !15;
        if self.used + need > self.size {
            return Err("code memory exhausted".into());
        }
        // SAFETY: [base+used, base+used+len) lies inside the reservation (checked above).
        let dst = unsafe { self.base.add(self.used) };
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), dst, bytes.len()) };
        self.used += need;
        Ok(dst)
    }

    /// Host address range of the reservation.
    pub fn range(&self) -> (usize, usize) {
        (self.base as usize, self.base as usize + self.size)
    }

    pub fn used(&self) -> usize {
        self.used
    }

    /// Forget every block: the space is reused from the start. The caller
    /// guarantees no compiled code is running or referenced any more.
    pub fn reset(&mut self) {
        // Give the pages back to the host (the memory bound is real RSS).
        // SAFETY: [base, base+used) is inside our reservation.
        unsafe { libc::madvise(self.base as *mut libc::c_void, self.used, libc::MADV_DONTNEED) };
        self.used = 0;
    }
}

impl Drop for CodeMemory {
    fn drop(&mut self) {
        // SAFETY: the reservation came from mmap with this size.
        unsafe { libc::munmap(self.base as *mut libc::c_void, self.size) };
    }
}
