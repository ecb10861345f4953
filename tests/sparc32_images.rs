//! 32-bit SPARC guests against qemu-user, whole programs (stdout, stderr,
//! exit status and files left behind, compared by lastmile-difftest's
//! whole-program mode; its masks are documented in difftest/src/whole.rs):
//!
//! * every guest-images/src program built with `-m32` (V8+, Debian's 32-bit
//!   libc) against `qemu-sparc32plus`, at -O0 and -O2, and the `-m32` crash
//!   programs;
//! * the freestanding pure-V8 programs (guest-images/v8) against
//!   `qemu-sparc`, and the same sources built for V8+ against
//!   `qemu-sparc32plus`.
//!
//! Where qemu-sparc32plus 7.2 itself fails a program (listed in
//! [`QEMU_SPARC32PLUS_FAILS`] with what it does), the reference is the same
//! program built for sparc64 under qemu-sparc64: the programs are portable
//! and print the same on both ABIs. Where qemu-sparc32plus passes after
//! all, its verdict stands.

mod common;
use common::*;
use lastmile_difftest::elf::Arch;
use lastmile_difftest::run::{run, Emulator, Job};
use lastmile_difftest::whole::{self, Verdict};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Programs qemu-sparc32plus 7.2 gets wrong, and how.
const QEMU_SPARC32PLUS_FAILS: &[(&str, &str)] = &[
    (
        "dir_list",
        "qemu-sparc32plus hands the 32-bit glibc the host's 64-bit ext4 directory offsets, its readdir \
         fails with EOVERFLOW and the program dies of SIGSEGV (a sparc64 kernel gives 32-bit programs \
         32-bit offsets; lastmile gives them small cookies); on a file system with small offsets qemu passes",
    ),
    (
    "mmap_brk",
    "qemu-sparc32plus dies (SIGSEGV at -O2, SIGILL at -O0) right after the program's first SIGSEGV \
     handler returns through siglongjmp (a fault on a hole it munmapped); every check passes under \
     lastmile and the output equals the sparc64 build's under qemu-sparc64",
    ),
];

/// Crash programs qemu-user 7.2 does not end as Linux does; tests/crash.rs
/// checks them against Linux's behaviour (the reasons are there).
const QEMU_CRASH_GAPS: &[&str] = &["nofault_store", "spill_fault"];

fn programs(dir: &Path) -> Vec<PathBuf> {
    let mut progs: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{} exists after build.sh: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_none() && p.file_name().is_some_and(|n| n != "build.stamp"))
        .collect();
    progs.sort();
    progs
}

fn base_name(p: &Path) -> String {
    let f = p.file_name().unwrap().to_string_lossy().into_owned();
    f.rsplit_once('-').map(|(b, _)| b.to_string()).unwrap_or(f)
}

/// Compare every program of `dir` with its reference; returns the report
/// lines and the number of failures.
fn compare_dir(dir: &Path, sidecars: &[PathBuf], sparc64_twins: Option<&Path>) -> (Vec<String>, usize, usize) {
    let progs: Vec<PathBuf> = programs(dir)
        .into_iter()
        .filter(|p| !QEMU_CRASH_GAPS.contains(&base_name(p).as_str()))
        .collect();
    let cases: Vec<whole::Case> = progs.iter().map(|p| whole::case_for(p, sidecars, Duration::from_secs(120))).collect();
    let lm = Emulator::lastmile(&lastmile(), &[]);
    let summary = whole::run_all(&cases, &lm, jobs(), false);
    let mut lines = Vec::new();
    let mut failed = 0;
    for ((name, v), prog) in summary.results.iter().zip(&progs) {
        let known = QEMU_SPARC32PLUS_FAILS.iter().find(|(n, _)| *n == base_name(prog));
        match (v, known, sparc64_twins) {
            (Verdict::Fail(_), Some((_, why)), Some(twins)) => {
                // The sparc64 build of the same source is the reference.
                let twin = twins.join(prog.file_name().unwrap());
                let case = whole::case_for(prog, sidecars, Duration::from_secs(120));
                let job64 = Job { prog: twin.clone(), ..case.job.clone() };
                let q64 = run(&Emulator::qemu(Arch::Sparc64), &job64).expect("run qemu-sparc64");
                let l32 = run(&lm, &case.job).expect("run lastmile");
                let v64 = whole::compare(&l32, &q64);
                if v64.passed() {
                    lines.push(format!("ok    {name}  (qemu-sparc32plus fails here: {why}; matches {} under qemu-sparc64)", twin.display()));
                } else {
                    failed += 1;
                    lines.push(format!("{} (against the sparc64 build under qemu-sparc64)", whole::format_result(name, &v64)));
                }
            }
            (v, Some(_), Some(_)) if v.passed() => {
                lines.push(format!("{}  (qemu-sparc32plus agrees here: no longer a known failure?)", whole::format_result(name, v)));
            }
            (v, _, _) => {
                if !v.passed() {
                    failed += 1;
                }
                lines.push(whole::format_result(name, v));
            }
        }
    }
    (lines, progs.len(), failed)
}

fn report(what: &str, lines: &[String], total: usize, failed: usize) {
    for l in lines {
        println!("{l}");
    }
    println!("{what}: {} passed, {failed} failed", total - failed);
}

#[test]
fn sparc32plus_images_match_qemu_sparc32plus() {
    let Some(out) = guest_images() else { return };
    if !have_tool("qemu-sparc32plus") || !have_tool("qemu-sparc64") {
        return;
    }
    let dir = out.join("sparc32plus");
    if !dir.is_dir() {
        assert!(!in_ci(), "build.sh built no 32-bit images (is the 32-bit SPARC libc installed?)");
        eprintln!("note: no 32-bit SPARC libc; skipping");
        return;
    }
    let (lines, total, failed) = compare_dir(&dir, &[root().join("guest-images/src")], Some(&out.join("sparc64")));
    report("sparc32plus images vs qemu-sparc32plus", &lines, total, failed);
    assert!(total >= 60, "expected at least 30 programs at -O0 and -O2, found {total}");
    assert_eq!(failed, 0, "{failed} of {total} -m32 images differ from their reference");
}

#[test]
fn sparc32plus_crash_programs_die_as_under_qemu_sparc32plus() {
    let Some(out) = guest_images() else { return };
    if !have_tool("qemu-sparc32plus") {
        return;
    }
    let dir = out.join("sparc32plus/crash");
    if !dir.is_dir() {
        return;
    }
    let (lines, total, failed) = compare_dir(&dir, &[], None);
    report("sparc32plus crash programs", &lines, total, failed);
    assert!(total >= 5);
    assert_eq!(failed, 0);
}

#[test]
fn sparc32_v8_programs_match_qemu_sparc() {
    let Some(out) = guest_images() else { return };
    if !have_tool("qemu-sparc") {
        return;
    }
    let dir = out.join("sparc32");
    if !dir.is_dir() {
        return;
    }
    let (lines, total, failed) = compare_dir(&dir, &[root().join("guest-images/v8")], None);
    report("V8 programs vs qemu-sparc", &lines, total, failed);
    assert!(total >= 10, "expected at least 5 V8 programs at -O0 and -O2, found {total}");
    assert_eq!(failed, 0);
}

#[test]
fn sparc32_v8_sources_built_for_v8plus_match_qemu_sparc32plus() {
    let Some(out) = guest_images() else { return };
    if !have_tool("qemu-sparc32plus") {
        return;
    }
    let dir = out.join("sparc32plus-free");
    if !dir.is_dir() {
        return;
    }
    let (lines, total, failed) = compare_dir(&dir, &[root().join("guest-images/v8")], None);
    report("freestanding V8+ programs vs qemu-sparc32plus", &lines, total, failed);
    assert!(total >= 10);
    assert_eq!(failed, 0);
}
