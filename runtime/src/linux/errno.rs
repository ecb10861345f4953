//! Host errno values to Linux sparc errno values
//! (arch/sparc/include/uapi/asm/errno.h: SunOS numbering above 34).

/// The sparc errno for a host errno. 1..=34 are the same everywhere
/// (asm-generic/errno-base.h); the rest are renumbered by name.
pub fn to_sparc(host: i32) -> i32 {
    use libc::*;
    match host {
        1..=34 => host,
        EDEADLK => 78,
        ENAMETOOLONG => 63,
        ENOLCK => 79,
        ENOSYS => 90,
        ENOTEMPTY => 66,
        ELOOP => 62,
        ENOMSG => 75,
        EIDRM => 77,
        ECHRNG => 94,
        EL2NSYNC => 95,
        EL3HLT => 96,
        EL3RST => 97,
        ELNRNG => 98,
        EUNATCH => 99,
        ENOCSI => 100,
        EL2HLT => 101,
        EBADE => 102,
        EBADR => 103,
        EXFULL => 104,
        ENOANO => 105,
        EBADRQC => 106,
        EBADSLT => 107,
        EBFONT => 109,
        ENOSTR => 72,
        ENODATA => 111,
        ETIME => 73,
        ENOSR => 74,
        ENONET => 80,
        ENOPKG => 113,
        EREMOTE => 71,
        ENOLINK => 82,
        EADV => 83,
        ESRMNT => 84,
        ECOMM => 85,
        EPROTO => 86,
        EMULTIHOP => 87,
        EDOTDOT => 88,
        EBADMSG => 76,
        EOVERFLOW => 92,
        ENOTUNIQ => 115,
        EBADFD => 93,
        EREMCHG => 89,
        ELIBACC => 114,
        ELIBBAD => 112,
        ELIBSCN => 124,
        ELIBMAX => 123,
        ELIBEXEC => 110,
        EILSEQ => 122,
        ERESTART => 116,
        ESTRPIPE => 91,
        EUSERS => 68,
        ENOTSOCK => 38,
        EDESTADDRREQ => 39,
        EMSGSIZE => 40,
        EPROTOTYPE => 41,
        ENOPROTOOPT => 42,
        EPROTONOSUPPORT => 43,
        ESOCKTNOSUPPORT => 44,
        EOPNOTSUPP => 45,
        EPFNOSUPPORT => 46,
        EAFNOSUPPORT => 47,
        EADDRINUSE => 48,
        EADDRNOTAVAIL => 49,
        ENETDOWN => 50,
        ENETUNREACH => 51,
        ENETRESET => 52,
        ECONNABORTED => 53,
        ECONNRESET => 54,
        ENOBUFS => 55,
        EISCONN => 56,
        ENOTCONN => 57,
        ESHUTDOWN => 58,
        ETOOMANYREFS => 59,
        ETIMEDOUT => 60,
        ECONNREFUSED => 61,
        EHOSTDOWN => 64,
        EHOSTUNREACH => 65,
        EALREADY => 37,
        EINPROGRESS => 36,
        ESTALE => 70,
        EUCLEAN => 117,
        ENOTNAM => 118,
        ENAVAIL => 119,
        EISNAM => 120,
        EREMOTEIO => 121,
        EDQUOT => 69,
        ENOMEDIUM => 125,
        EMEDIUMTYPE => 126,
        ECANCELED => 127,
        ENOKEY => 128,
        EKEYEXPIRED => 129,
        EKEYREVOKED => 130,
        EKEYREJECTED => 131,
        EOWNERDEAD => 132,
        ENOTRECOVERABLE => 133,
        ERFKILL => 134,
        EHWPOISON => 135,
        // Kernel-internal restart codes never reach user space on a real
        // kernel; should one leak from the host, the guest sees EINTR.
        512..=516 => EINTR,
        // Anything unknown: EIO is the least surprising failure.
        _ => EIO,
    }
}

#[cfg(test)]
mod tests {
    use super::to_sparc;

    #[test]
    fn base_errnos_are_unchanged_and_the_rest_follow_sunos_numbering() {
        assert_eq!(to_sparc(libc::ENOENT), 2);
        assert_eq!(to_sparc(libc::EFAULT), 14);
        assert_eq!(to_sparc(libc::ERANGE), 34);
        assert_eq!(to_sparc(libc::ENOSYS), 90);
        assert_eq!(to_sparc(libc::EAGAIN), 11);
        assert_eq!(to_sparc(libc::ENOTEMPTY), 66);
        assert_eq!(to_sparc(libc::ELOOP), 62);
        assert_eq!(to_sparc(libc::ENAMETOOLONG), 63);
        assert_eq!(to_sparc(libc::EOVERFLOW), 92);
        assert_eq!(to_sparc(libc::ETIMEDOUT), 60);
        assert_eq!(to_sparc(libc::EINPROGRESS), 36);
        assert_eq!(to_sparc(libc::EOPNOTSUPP), 45);
        assert_eq!(to_sparc(libc::EHWPOISON), 135);
    }

    #[test]
    fn every_host_errno_maps_to_a_distinct_sparc_errno() {
        let mut seen = std::collections::HashMap::new();
        for e in 1..=133 {
            if e == 41 || e == 58 {
                continue; // unused numbers on x86-64
            }
            let s = to_sparc(e);
            assert!((1..=135).contains(&s), "{e} -> {s}");
            if let Some(prev) = seen.insert(s, e) {
                panic!("host {prev} and {e} both map to sparc {s}");
            }
        }
    }
}
