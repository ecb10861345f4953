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
