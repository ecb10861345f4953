//! Guest signal numbers and ending the process the way Linux (and qemu-user)
//! would when a signal kills the guest.

/// SPARC Linux signal numbers (arch/sparc/include/uapi/asm/signal.h) that
/// differ from x86-64's, and their host equivalents.
pub mod sparc {
    pub const SIGILL: i32 = 4;
    pub const SIGTRAP: i32 = 5;
    pub const SIGABRT: i32 = 6;
    pub const SIGEMT: i32 = 7;
    pub const SIGFPE: i32 = 8;
    pub const SIGBUS: i32 = 10;
    pub const SIGSEGV: i32 = 11;
    pub const SIGSYS: i32 = 12;

    /// Host signal number of a SPARC guest signal (None: no host equivalent).
    pub fn to_host(sig: i32) -> Option<i32> {
        Some(match sig {
            1 => libc::SIGHUP,
            2 => libc::SIGINT,
            3 => libc::SIGQUIT,
            4 => libc::SIGILL,
            5 => libc::SIGTRAP,
            6 => libc::SIGABRT,
            8 => libc::SIGFPE,
            9 => libc::SIGKILL,
            10 => libc::SIGBUS,
            11 => libc::SIGSEGV,
            12 => libc::SIGSYS,
            13 => libc::SIGPIPE,
            14 => libc::SIGALRM,
            15 => libc::SIGTERM,
            16 => libc::SIGURG,
            17 => libc::SIGSTOP,
            18 => libc::SIGTSTP,
            19 => libc::SIGCONT,
            20 => libc::SIGCHLD,
            21 => libc::SIGTTIN,
            22 => libc::SIGTTOU,
            23 => libc::SIGIO,
            24 => libc::SIGXCPU,
            25 => libc::SIGXFSZ,
            26 => libc::SIGVTALRM,
            27 => libc::SIGPROF,
            28 => libc::SIGWINCH,
            29 => libc::SIGPWR,
            30 => libc::SIGUSR1,
            31 => libc::SIGUSR2,
            s if (32..=64).contains(&s) => s,
            _ => return None,
        })
    }

    /// Host signal number to SPARC guest signal number.
    pub fn from_host(sig: i32) -> i32 {
        (1..=64).find(|&g| to_host(g) == Some(sig)).unwrap_or(sig)
    }
}

/// The 128-byte `siginfo_t` a guest handler gets (include/uapi/asm-generic/
/// siginfo.h; sparc32's compat_siginfo_t): si_signo @0, si_errno @4 (0),
/// si_code @8, then the union, at 16 with 64-bit pointers (sparc64, ia64:
/// `ptr64`) or at 12 with 32-bit ones (sparc32). A fault (`addr`): si_addr,
/// then the int after it (`word`: sparc's si_trapno, ia64's si_imm); a
/// signal sent by a process: si_pid and si_uid, ours. `le`: little-endian
/// (ia64), else big-endian (SPARC).
pub fn siginfo_bytes(signo: i32, code: i32, addr: Option<u64>, word: i32, ptr64: bool, le: bool) -> [u8; 128] {
    let mut b = [0u8; 128];
    let mut put = |off: usize, bytes: &[u8]| {
        let d = &mut b[off..off + bytes.len()];
        d.copy_from_slice(bytes);
        if !le {
            d.reverse();
        }
    };
    put(0, &signo.to_le_bytes());
    put(8, &code.to_le_bytes());
    let (union, ptr) = if ptr64 { (16, 8) } else { (12, 4) };
    match addr {
        Some(a) => {
            put(union, &a.to_le_bytes()[..ptr]);
            put(union + ptr, &word.to_le_bytes());
        }
        None => {
            // SAFETY: getpid/getuid cannot fail.
            let (pid, uid) = unsafe { (libc::getpid(), libc::getuid()) };
            put(union, &pid.to_le_bytes());
            put(union + 4, &uid.to_le_bytes());
        }
    }
    b
}

/// The name strsignal(3) gives a host signal.
pub fn host_signal_name(sig: i32) -> String {
    // SAFETY: strsignal returns a pointer to a static or thread-local string.
    unsafe {
        let p = libc::strsignal(sig);
        if p.is_null() {
            format!("signal {sig}")
        } else {
            std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
        }
    }
}

/// End this process as if killed by host signal `sig`, without a core dump:
/// the parent sees the same wait status as for a native program (qemu-user
/// does the same in dump_core_and_abort).
pub fn die_by_signal(sig: i32) -> ! {
    // SAFETY: plain libc calls on our own process.
    unsafe {
        let rl = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
        libc::setrlimit(libc::RLIMIT_CORE, &rl);
        libc::signal(sig, libc::SIG_DFL);
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, sig);
        libc::sigprocmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::raise(sig);
        // A signal whose default action is not to terminate (or SIGKILL
        // refused): fall back to the shell's convention.
        libc::_exit(128 + sig);
    }
}

#[cfg(test)]
mod tests {
    use super::siginfo_bytes;

    #[test]
    fn siginfo_images_of_each_abi() {
        // sparc64: big-endian, si_addr @16, si_trapno @24.
        let b = siginfo_bytes(11, 1, Some(0x1122_3344_5566_7788), 0x29, true, false);
        assert_eq!(&b[0..12], &[0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 1]);
        assert_eq!(&b[16..28], &[0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0, 0, 0, 0x29]);
        // sparc32: the union at 12, a 32-bit si_addr.
        let b = siginfo_bytes(4, 2, Some(0x1_0000_1234), 7, false, false);
        assert_eq!(&b[8..20], &[0, 0, 0, 2, 0, 0, 0x12, 0x34, 0, 0, 0, 7]);
        assert!(b[20..].iter().all(|&x| x == 0));
        // ia64: little-endian, si_imm @24.
        let b = siginfo_bytes(5, 1, Some(0x4000_0000_0000_0010), 0x80000, true, true);
        assert_eq!(&b[0..4], &[5, 0, 0, 0]);
        assert_eq!(&b[16..28], &[0x10, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 8, 0]);
        // Sent by a process: our pid and uid at the union.
        // SAFETY: getpid/getuid cannot fail.
        let (pid, uid) = unsafe { (libc::getpid(), libc::getuid()) };
        let b = siginfo_bytes(10, 0, None, 0, false, false);
        assert_eq!(&b[12..20], [pid.to_be_bytes(), uid.to_be_bytes()].concat().as_slice());
        let b = siginfo_bytes(10, 0, None, 0, true, true);
        assert_eq!(&b[16..24], [pid.to_le_bytes(), uid.to_le_bytes()].concat().as_slice());
    }
}
