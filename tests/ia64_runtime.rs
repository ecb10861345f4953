//! IA-64 guests under lastmile, end to end: small assembly programs
//! (tests/data/ia64/*.s and snippets below, assembled and linked here with
//! ia64-linux-gnu-as/ld, binutils-ia64-linux-gnu) whose output and exit
//! status are checked by hand against the architecture manual and Linux:
//! system calls (`break 0x100000`), faults and the signals Linux sends
//! for them (arch/ia64/kernel/traps.c, fault.c), signal delivery and
//! rt_sigreturn with the register stack, and bad files.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Assemble and link `src` as `name` in a fresh directory; None when the
/// cross binutils are missing outside CI (a failure under CI=true).
fn build(name: &str, src: &str) -> Option<PathBuf> {
    if !have_tool("ia64-linux-gnu-as") || !have_tool("ia64-linux-gnu-ld") {
        return None;
    }
    let dir = fresh_dir(&format!("ia64-{name}"));
    let s = dir.join(format!("{name}.s"));
    std::fs::write(&s, src).unwrap();
    let o = dir.join(format!("{name}.o"));
    let exe = dir.join(name);
    let st = Command::new("ia64-linux-gnu-as").arg(&s).arg("-o").arg(&o).output().expect("run ia64-linux-gnu-as");
    assert!(st.status.success(), "as {name}: {}", String::from_utf8_lossy(&st.stderr));
    let st = Command::new("ia64-linux-gnu-ld").arg(&o).arg("-o").arg(&exe).output().expect("run ia64-linux-gnu-ld");
    assert!(st.status.success(), "ld {name}: {}", String::from_utf8_lossy(&st.stderr));
    Some(exe)
}

fn data(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/data/ia64").join(name)).unwrap()
}

fn run(prog: &Path, flags: &[&str]) -> Outcome {
    let lm = lastmile();
    let mut runner = vec![lm.to_str().unwrap()];
    runner.extend_from_slice(flags);
    let o = run_in_dir(&runner, prog, &[], None, "ia64");
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(!e.contains("panicked"), "lastmile panicked:\n{e}");
    assert!(!e.contains("internal error"), "lastmile reported an internal error:\n{e}");
    o
}

/// A program whose `_start` runs `body` after `alloc r14 = ar.pfs, 0, 4, 4, 0`,
/// then exits with status 0.
fn snippet(body: &str) -> String {
    format!(
        "\t.text\n\t.global _start\n\t.proc _start\n_start:\n\talloc r14 = ar.pfs, 0, 4, 4, 0\n\t;;\n{body}\n\t;;\n\
         \tmov out0 = 0\n\tmov r15 = 1236\n\t;;\n\tbreak 0x100000\n\t;;\n\t.endp _start\n"
    )
}

#[test]
fn ia64_hello_writes_through_break_0x100000_and_exits_with_its_status() {
    let Some(p) = build("hello", &data("hello.s")) else { return };
    let o = run(&p, &[]);
    assert_eq!(o.stdout, b"hello, ia64!\n\0");
    // exit_group(r8 of write) = 14 bytes written.
    assert_eq!(o.status, "exit 14");
}

#[test]
fn ia64_strace_shows_ia64_system_calls_and_unknown_ones_get_enosys() {
    let src = snippet(
        "\tmov r15 = 9999\n\t;;\n\tbreak 0x100000\n\t;;\n\
         \tcmp.eq p6, p0 = -1, r10\n\t;;\n\
         (p6)\tmov out0 = r8\n\t(p6)\tmov r15 = 1236\n\t;;\n\t(p6)\tbreak 0x100000\n\t;;",
    );
    let Some(p) = build("enosys", &src) else { return };
    let o = run(&p, &["-strace"]);
    // r10 = -1, r8 = ENOSYS (38): the program exits with it.
    assert_eq!(o.status, "exit 38");
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("syscall_9999(") && e.contains("errno=38") && e.contains("[unsupported syscall 9999]"), "{e}");
    assert!(e.contains("exit_group(38)"), "{e}");
    let o = run(&p, &["-d", "guest_errors"]);
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("unsupported system call 9999 (?)"), "{e}");
    let Some(h) = build("hello", &data("hello.s")) else { return };
    let e = String::from_utf8_lossy(&run(&h, &["-strace"]).stderr).into_owned();
    assert!(e.contains("write(1,0x60000000000000f0,14) = 14"), "{e}");
}

#[test]
fn ia64_illegal_bundle_raises_sigill() {
    // Template 0x06 is reserved (SDM Vol. 1, Table 3-10): Illegal
    // Operation fault, SIGILL.
    let src = snippet("\tbr.sptk.few bad\n\t;;\n\t.align 16\nbad:\n\tdata8 0x0000000000000006\n\tdata8 0");
    let Some(p) = build("illegal", &src) else { return };
    assert_eq!(run(&p, &[]).status, "signal 4");
}

#[test]
fn ia64_wild_loads_and_stores_raise_sigsegv() {
    for (name, addr, store) in [
        ("unmapped", "0x6000000012345678", false),
        ("beyond_the_region_slot", "0x6000100000000000", false),
        ("region_4", "0x8000000000000000", false),
        ("kernel_region", "0xe000000000001000", false),
        ("max", "0xfffffffffffffff8", false),
        ("text_store", "0x4000000000000000", true),
    ] {
        let access = if store { "st8 [r21] = r0" } else { "ld8 r20 = [r21]" };
        let src = snippet(&format!("\tmovl r21 = {addr}\n\t;;\n\t{access}\n\t;;"));
        let Some(p) = build(name, &src) else { return };
        let o = run(&p, &["-d", "guest_errors"]);
        assert_eq!(o.status, "signal 11", "{name}");
        // The fault is reported at the address the access formed, even
        // where the fold clamped it into a guard.
        let e = String::from_utf8_lossy(&o.stderr);
        let want = format!("data access at 0x{:x}", u64::from_str_radix(&addr[2..], 16).unwrap());
        assert!(e.contains(&want), "{name}: {e}");
    }
}

/// An RSE spill (flushrs) to a backing-store page that became read-only
/// after a first spill there raises SIGSEGV at that page; the runtime's
/// cached backing-store region must not let the store through.
#[test]
fn ia64_rse_spill_to_a_read_only_backing_store_raises_sigsegv() {
    let Some(p) = build("rse_spill_fault", &data("rse_spill_fault.s")) else { return };
    let o = run(&p, &["-d", "guest_errors"]);
    assert_eq!(o.status, "signal 11");
    assert_eq!(o.stdout, b"flush 1\nprotect\n");
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("register stack engine access at 0x6"), "{e}");
}

#[test]
fn ia64_nat_consumption_raises_sigill() {
    // ld8.s from an unmapped address defers the fault: r20 gets NaT; using
    // r20 as an address is a Register NaT Consumption fault (SIGILL).
    let src = snippet("\tld8.s r20 = [r0]\n\t;;\n\tld8 r22 = [r20]\n\t;;");
    let Some(p) = build("natcons", &src) else { return };
    assert_eq!(run(&p, &[]).status, "signal 4");
}

#[test]
fn ia64_breaks_give_the_signals_of_linux_ia64_bad_break() {
    for (imm, sig) in [("0", 4), ("1", 8), ("0x40000", 4), ("0x80000", 5)] {
        let src = snippet(&format!("\tbreak.i {imm}\n\t;;"));
        let Some(p) = build("brk", &src) else { return };
        assert_eq!(run(&p, &[]).status, format!("signal {sig}"), "break {imm}");
    }
}

#[test]
fn ia64_sigsegv_handler_gets_the_fault_address_through_its_function_descriptor() {
    let Some(p) = build("sigsegv", &data("sigsegv.s")) else { return };
    let o = run(&p, &[]);
    assert_eq!(o.stdout, b"caught\n");
    assert_eq!(o.status, "exit 42", "42: si_addr right; 43: wrong");
}

#[test]
fn ia64_handler_returns_through_rt_sigreturn_with_the_register_stack_intact() {
    let Some(p) = build("sigreturn", &data("sigreturn.s")) else { return };
    let o = run(&p, &[]);
    assert_eq!(o.stdout, b"in handler\nback\n");
    assert_eq!(o.status, "exit 0", "bits: 2/4 main's locals, 8 r4, 16/32 f's locals, 64/128 predicates");
}

#[test]
fn ia64_bad_files_get_one_error_line() {
    let Some(p) = build("hello", &data("hello.s")) else { return };
    let bytes = std::fs::read(&p).unwrap();
    let dir = fresh_dir("ia64-bad");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("truncated", bytes[..40].to_vec(), "truncated ELF file"),
        ("big_endian", { let mut b = bytes.clone(); b[5] = 2; b }, "not a little-endian 64-bit IA-64 ELF file"),
        ("no_segments", { let mut b = bytes.clone(); b[56] = 0; b[57] = 0; b }, "no program headers"),
    ];
    for (name, b, want) in cases {
        let f = dir.join(name);
        std::fs::write(&f, b).unwrap();
        let o = Command::new(lastmile()).arg(&f).output().unwrap();
        let e = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{name}: {e}");
        assert_eq!(e.lines().count(), 1, "{name}: {e}");
        assert!(e.starts_with("lastmile: error: ") && e.contains(want), "{name}: {e}");
    }
}

#[test]
fn ia64_fork_through_clone2_returns_zero_in_the_child_and_the_pid_in_the_parent() {
    let Some(p) = build("fork", &data("fork.s")) else { return };
    let o = run(&p, &[]);
    assert_eq!(o.status, "exit 17", "the child's exit status 7 + 10: {}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn ia64_sigaltstack_moves_the_memory_stack_and_the_register_backing_store() {
    let Some(p) = build("altstack", &data("altstack.s")) else { return };
    let o = run(&p, &[]);
    assert_eq!(o.status, "exit 0", "bits: 1 r12, 2 ar.bsp not on the alternate stack, 4 r12 not restored, 8 no handler");
}

#[test]
fn ia64_debug_log_shows_bundles_as_objdump_and_the_cpu_state() {
    let Some(p) = build("hello", &data("hello.s")) else { return };
    let o = run(&p, &["-d", "in_asm,exec,cpu", "--stats"]);
    assert_eq!(o.status, "exit 14");
    let e = String::from_utf8_lossy(&o.stderr);
    // objdump's text of the first bundle (alloc r14=ar.pfs,0,2,3,0 ...).
    assert!(e.contains("IN:") && e.contains("alloc r14=ar.pfs,5,2,0"), "{e}");
    assert!(e.contains("break.i 0x100000") || e.contains("break.m 0x100000"), "{e}");
    assert!(e.contains("Trace: [4000000000000"), "{e}");
    assert!(e.contains("ip: 4000000000000") && e.contains("fpsr: 0009804c0270033f"), "{e}");
    assert!(e.contains("lastmile stats:") && e.contains("syscalls 2"), "{e}");
}

#[test]
fn ia64_code_rewritten_after_mprotect_runs_the_new_bundle() {
    let Some(p) = build("selfmod", &data("selfmod.s")) else { return };
    // 11 would mean the stale translation of the first bundle ran again.
    assert_eq!(run(&p, &[]).status, "exit 12");
}

#[test]
fn ia64_misaligned_atomic_raises_sigbus() {
    // Linux emulates misaligned ordinary loads and stores for user
    // programs but not semaphore instructions (arch/ia64/kernel/unaligned.c):
    // SIGBUS. A misaligned ld8 succeeds.
    let src = snippet("\tadds r21 = 1, r12\n\t;;\n\tld8 r20 = [r21]\n\t;;\n\tfetchadd8.acq r20 = [r21], 1\n\t;;");
    let Some(p) = build("unaligned_atomic", &src) else { return };
    assert_eq!(run(&p, &[]).status, "signal 7");
}

#[test]
fn ia64_execve_runs_ia64_programs_under_lastmile_and_host_programs_directly() {
    let Some(ex) = build("execve", &data("execve.s")) else { return };
    let Some(hello) = build("hello", &data("hello.s")) else { return };
    let lm = lastmile();
    let o = run_in_dir(&[lm.to_str().unwrap()], &ex, &[hello.to_str().unwrap().to_string()], None, "ia64-exec");
    assert_eq!((o.stdout.as_slice(), o.status.as_str()), (&b"hello, ia64!\n\0"[..], "exit 14"));
    let o = run_in_dir(&[lm.to_str().unwrap()], &ex, &["/bin/true".to_string()], None, "ia64-exec");
    assert_eq!(o.status, "exit 0");
    let o = run_in_dir(&[lm.to_str().unwrap()], &ex, &["/nonexistent".to_string()], None, "ia64-exec");
    assert_eq!(o.status, "exit 2", "ENOENT");
}

#[test]
fn ia64_a_chained_exit_to_unmapped_code_faults_every_time() {
    let Some(p) = build("jump_unmapped_twice", &data("jump_unmapped_twice.s")) else { return };
    // Before the fix the first fault linked the exit to the handler's code:
    // the second branch entered the handler without a signal frame.
    assert_eq!(run(&p, &[]).status, "exit 2");
}
