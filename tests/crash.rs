//! Guests that die: an illegal instruction, a jump to unmapped memory, a wild
//! store, an integer division by zero. Each must end with the signal Linux
//! would send (and qemu-sparc64 gives), and lastmile must never panic. Bad
//! files get one clear error line.

mod common;
use common::*;
use std::path::PathBuf;

fn crash_image(name: &str) -> Option<PathBuf> {
    let out = guest_images()?;
    let p = out.join("sparc64/crash").join(name);
    assert!(p.exists(), "{} was not built", p.display());
    Some(p)
}

fn no_panic(o: &Outcome) {
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(!e.contains("panicked"), "lastmile panicked:\n{e}");
    assert!(!e.contains("internal error"), "lastmile reported an internal error:\n{e}");
}

fn same_signal_as_qemu(name: &str, want_signal: i32) {
    let Some(p) = crash_image(name) else { return };
    if !have_tool("qemu-sparc64") {
        return;
    }
    let q = run_in_dir(&["qemu-sparc64"], &p, &[], None, "qemu");
    let l = run_in_dir(&[lastmile().to_str().unwrap()], &p, &[], None, "lm");
    no_panic(&l);
    assert_eq!(l.status, format!("signal {want_signal}"), "lastmile on {name}: {}", String::from_utf8_lossy(&l.stderr));
    assert_eq!(l.status, q.status, "lastmile and qemu-sparc64 differ on {name}");
    assert_eq!(l.stdout, q.stdout, "stdout before the crash differs on {name}");
}

#[test]
fn sparc64_illegal_instruction_raises_sigill() {
    same_signal_as_qemu("illegal", libc::SIGILL);
}

#[test]
fn sparc64_jump_to_unmapped_raises_sigsegv() {
    same_signal_as_qemu("jump_unmapped", libc::SIGSEGV);
}

#[test]
fn sparc64_wild_store_raises_sigsegv() {
    same_signal_as_qemu("wild_store", libc::SIGSEGV);
}

#[test]
fn sparc64_jump_to_high_address_raises_sigsegv() {
    same_signal_as_qemu("jump_high", libc::SIGSEGV);
}

#[test]
fn sparc64_wild_load_from_high_address_raises_sigsegv() {
    same_signal_as_qemu("wild_load_high", libc::SIGSEGV);
}

#[test]
fn sparc64_stack_overflow_raises_sigsegv() {
    same_signal_as_qemu("stack_overflow", libc::SIGSEGV);
}

#[test]
fn sparc64_misaligned_ldx_raises_sigbus() {
    same_signal_as_qemu("unaligned", libc::SIGBUS);
}

#[test]
fn sparc64_abort_raises_sigabrt() {
    same_signal_as_qemu("abort", libc::SIGABRT);
}

/// qemu-user 7.2 does not deliver SIGFPE for trap 0x28 (it prints "Unhandled
/// trap: 0x28" and exits); Linux sends SIGFPE with FPE_INTDIV
/// (arch/sparc/kernel/traps_64.c, do_div0), so we follow Linux.
#[test]
fn sparc64_division_by_zero_raises_sigfpe_unlike_qemu() {
    let Some(p) = crash_image("divzero") else { return };
    let l = run_in_dir(&[lastmile().to_str().unwrap()], &p, &[], None, "lm");
    no_panic(&l);
    assert_eq!(l.status, format!("signal {}", libc::SIGFPE));
}

/// A store or atomic through a no-fault ASI: Linux sends SIGSEGV
/// (SEGV_MAPERR, si_addr = the address) because is_no_fault_exception
/// (arch/sparc/kernel/traps_64.c) lets only loads through; qemu-user 7.2
/// stops with "Unhandled trap: 0x32" and exit status 1 instead, so the
/// program's own checks (seven handled forms, then an unhandled store) are
/// the reference. Both the sparc64 and the -m32 (V8+) builds.
#[test]
fn sparc_store_through_no_fault_asi_raises_sigsegv_unlike_qemu() {
    let Some(out) = guest_images() else { return };
    for dir in ["sparc64/crash", "sparc32plus/crash"] {
        let p = out.join(dir).join("nofault_store");
        if dir.starts_with("sparc32") && !p.exists() && !in_ci() {
            continue; // no 32-bit SPARC libc here
        }
        assert!(p.exists(), "{} was not built", p.display());
        let l = run_in_dir(&[lastmile().to_str().unwrap()], &p, &[], None, "nfstore");
        no_panic(&l);
        let text = String::from_utf8_lossy(&l.stdout);
        assert_eq!(l.status, format!("signal {}", libc::SIGSEGV), "{dir}: {}", String::from_utf8_lossy(&l.stderr));
        assert_eq!(text.lines().filter(|x| x.ends_with(": ok")).count(), 7, "{dir}:\n{text}");
        assert!(!text.contains("FAIL") && !text.contains("should not happen"), "{dir}:\n{text}");
    }
}

/// Register windows spilled to, or filled from, stack pages that the guest
/// made read-only or inaccessible after a first run through them (so the
/// runtime's cached stack region was warm and must have been dropped):
/// Linux sends SIGSEGV when it cannot write or read a user window
/// (fault_in_user_windows, user_rtt_fill_fixup). Both the sparc64 and the
/// -m32 (V8+) builds. qemu-user 7.2 ignores failed spills (its save_window
/// does not check put_user) and runs spill_fault to the end, so for spills
/// the program's own output is the reference; for fills qemu also dies
/// with SIGSEGV and the results must agree.
#[test]
fn sparc_window_spill_and_fill_faults_raise_sigsegv() {
    let Some(out) = guest_images() else { return };
    for (dir, qemu) in [("sparc64/crash", "qemu-sparc64"), ("sparc32plus/crash", "qemu-sparc32plus")] {
        for (name, want) in [("spill_fault", "deep ok: 2000\nmprotect ok\n"), ("fill_fault", "deep ok: 2000\n")] {
            let p = out.join(dir).join(name);
            if dir.starts_with("sparc32") && !p.exists() && !in_ci() {
                continue; // no 32-bit SPARC libc here
            }
            assert!(p.exists(), "{} was not built", p.display());
            let l = run_in_dir(&[lastmile().to_str().unwrap()], &p, &[], None, name);
            no_panic(&l);
            assert_eq!(l.status, format!("signal {}", libc::SIGSEGV), "{dir}/{name}: {}", String::from_utf8_lossy(&l.stderr));
            assert_eq!(String::from_utf8_lossy(&l.stdout), want, "{dir}/{name}");
            if name == "fill_fault" && have_tool(qemu) {
                let q = run_in_dir(&[qemu], &p, &[], None, "qemu");
                assert_eq!(l.status, q.status, "lastmile and {qemu} differ on {dir}/{name}");
                assert_eq!(l.stdout, q.stdout, "stdout before the crash differs on {dir}/{name}");
            }
        }
    }
}

fn one_line_error(bytes: &[u8], tag: &str, expect: &str) {
    let dir = fresh_dir(tag);
    let f = dir.join("prog");
    std::fs::write(&f, bytes).unwrap();
    let o = run_in_dir(&[lastmile().to_str().unwrap()], &f, &[], None, tag);
    no_panic(&o);
    let e = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status, "exit 1", "{tag}: {e}");
    assert_eq!(e.lines().count(), 1, "{tag}: want one line, got:\n{e}");
    assert!(e.starts_with("lastmile: error: "), "{tag}: {e}");
    assert!(e.contains(expect), "{tag}: want '{expect}' in: {e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn random_file_gets_one_line_error() {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let bytes: Vec<u8> = (0..4096)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    one_line_error(&bytes, "random", "not an ELF file");
}

#[test]
fn x86_elf_gets_one_line_error() {
    // Our own test binary is an x86-64 ELF.
    let me = std::fs::read(std::env::current_exe().unwrap()).unwrap();
    one_line_error(&me[..4096.min(me.len())], "x86", "x86-64");
}

#[test]
fn truncated_elf_gets_one_line_error() {
    let p = root().join("guest-images/prebuilt/hello-sparc64");
    let bytes = std::fs::read(&p).expect("the prebuilt hello is committed");
    for cut in [10, 64, 100, 200] {
        let cut = cut.min(bytes.len() - 1);
        one_line_error(&bytes[..cut], &format!("trunc{cut}"), "");
    }
}

#[test]
fn prebuilt_hello_runs() {
    let p = root().join("guest-images/prebuilt/hello-sparc64");
    let o = run_in_dir(&[lastmile().to_str().unwrap()], &p, &["world".into()], None, "hello");
    no_panic(&o);
    assert_eq!(o.status, "exit 0", "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("Hello"), "{}", String::from_utf8_lossy(&o.stdout));
}
