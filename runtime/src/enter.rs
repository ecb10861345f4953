//! Entering translated code, and getting back out of it when a guest access
//! faults.
//!
//! `lm_enter` saves the host callee-saved registers and the stack pointer,
//! then calls the block. A guest load or store that hits an unmapped or
//! protected page of the guest reservation raises a host SIGSEGV inside
//! translated code; the handler below checks that the faulting host pc is in
//! the code reservation and the address in the guest reservation, records the
//! guest address, and rewrites the interrupted context so that it resumes in
//! `lm_fault_resume` with the saved stack pointer: the block's frame is
//! discarded and `lm_enter` returns [`FAULT_EXIT`]. With [`catch_traps`], a
//! trap instruction in translated code (SIGILL: the SPARC lifter's
//! misalignment checks) leaves the same way, with no address
//! ([`last_fault_was_trap`]). Anything else is a bug in lastmile and gets
//! the default action.

use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Returned by `lm_enter` when a guest access faulted.
pub const FAULT_EXIT: u64 = 0x100;

std::arch::global_asm!(
    ".globl lm_enter",
    ".globl lm_fault_resume",
    ".p2align 4",
    "lm_enter:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "sub rsp, 8",
    "mov [rdx], rsp",
    "call rsi",
    "2:",
    "add rsp, 8",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    "lm_fault_resume:",
    "mov eax, 0x100",
    "jmp 2b",
);

extern "sysv64" {
    fn lm_enter(cpu: *mut u8, code: *const u8, sp_slot: *mut u64) -> u64;
    fn lm_fault_resume();
}

thread_local! {
    static SAVED_SP: Cell<u64> = const { Cell::new(0) };
    static FAULT_ADDR: Cell<u64> = const { Cell::new(0) };
    static FAULT_WRITE: Cell<bool> = const { Cell::new(false) };
    static FAULT_PC: Cell<usize> = const { Cell::new(0) };
    static FAULT_TRAP: Cell<bool> = const { Cell::new(false) };
}

static CODE_LO: AtomicUsize = AtomicUsize::new(0);
static CODE_HI: AtomicUsize = AtomicUsize::new(0);
static GUEST_LO: AtomicUsize = AtomicUsize::new(0);
static GUEST_HI: AtomicUsize = AtomicUsize::new(0);

/// Run a compiled block on `cpu`. Returns the block's exit code, or
/// [`FAULT_EXIT`] (see [`last_fault`]).
///
/// # Safety
/// `code` must be a block compiled for the CPU state type behind `cpu`.
pub unsafe fn enter(cpu: *mut u8, code: *const u8) -> u64 {
    let slot = SAVED_SP.with(|c| c.as_ptr());
    lm_enter(cpu, code, slot)
}

/// The last guest-access fault on this thread: (host address accessed,
/// was it a write, host pc of the faulting instruction).
pub fn last_fault() -> (usize, bool, usize) {
    (FAULT_ADDR.with(|c| c.get()) as usize, FAULT_WRITE.with(|c| c.get()), FAULT_PC.with(|c| c.get()))
}

/// Was the last fault on this thread a trap instruction (SIGILL) rather
/// than a guest access? Its host pc is `last_fault().2`.
pub fn last_fault_was_trap() -> bool {
    FAULT_TRAP.with(|c| c.get())
}

/// Also catch trap instructions in translated code (after
/// [`install_fault_handler`]).
pub fn catch_traps() {
    // SAFETY: as install_fault_handler, for SIGILL.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = handler as *const () as usize;
        sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_NODEFER;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGILL, &sa, std::ptr::null_mut());
    }
}

/// Install the SIGSEGV/SIGBUS handler for translated code. `code` and
/// `guest` are host address ranges [lo, hi).
pub fn install_fault_handler(code: (usize, usize), guest: (usize, usize)) {
    CODE_LO.store(code.0, Ordering::Relaxed);
    CODE_HI.store(code.1, Ordering::Relaxed);
    GUEST_LO.store(guest.0, Ordering::Relaxed);
    GUEST_HI.store(guest.1, Ordering::Relaxed);
    // SAFETY: installing a handler with a zeroed, then filled, sigaction; the
    // alternate stack is leaked on purpose (it lives as long as the thread).
    unsafe {
        let stack_size = 64 * 1024;
        let stack = Box::leak(vec![0u8; stack_size].into_boxed_slice());
        let ss = libc::stack_t { ss_sp: stack.as_mut_ptr() as *mut libc::c_void, ss_flags: 0, ss_size: stack_size };
        libc::sigaltstack(&ss, std::ptr::null_mut());
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = handler as *const () as usize;
        sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_NODEFER;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGSEGV, &sa, std::ptr::null_mut());
        libc::sigaction(libc::SIGBUS, &sa, std::ptr::null_mut());
    }
}

extern "C" fn handler(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes valid siginfo and ucontext pointers to an
    // SA_SIGINFO handler; we only read and write fields of them.
    unsafe {
        let uc = ctx as *mut libc::ucontext_t;
        let gregs = &mut (*uc).uc_mcontext.gregs;
        let rip = gregs[libc::REG_RIP as usize] as usize;
        let addr = (*info).si_addr() as usize;
        let in_code = rip >= CODE_LO.load(Ordering::Relaxed) && rip < CODE_HI.load(Ordering::Relaxed);
        let in_guest = addr >= GUEST_LO.load(Ordering::Relaxed) && addr < GUEST_HI.load(Ordering::Relaxed);
        let trap = sig == libc::SIGILL;
        if in_code && (in_guest || trap) {
            FAULT_TRAP.with(|c| c.set(trap));
            FAULT_ADDR.with(|c| c.set(addr as u64));
            FAULT_PC.with(|c| c.set(rip));
            // Page-fault error code bit 1: the access was a write.
            let err = gregs[libc::REG_ERR as usize] as u64;
            FAULT_WRITE.with(|c| c.set(err & 2 != 0));
            gregs[libc::REG_RSP as usize] = SAVED_SP.with(|c| c.get()) as i64;
            gregs[libc::REG_RIP as usize] = lm_fault_resume as *const () as usize as i64;
            return;
        }
        // Not a guest access: a lastmile bug. Die with the signal.
        let msg = b"lastmile: internal error: host fault outside translated guest accesses\n";
        libc::write(2, msg.as_ptr() as *const libc::c_void, msg.len());
        libc::signal(sig, libc::SIG_DFL);
    }
}
