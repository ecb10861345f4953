//! The differential tools can fail: with a deliberately broken lifter
//! (`LASTMILE_INJECT_BUG=cc-sub-carry` inverts the carry of subcc and
//! friends) lockstep names the `cmp` whose %ccr is wrong, and the fuzzer
//! finds diverging seeds whose first diverging instruction is a subtract.
//! The same checks without the knob pass (they are the control).

mod common;
use common::*;
use lastmile_difftest::elf::Arch;
use lastmile_difftest::fuzz::{self, gen::Flavour, SeedVerdict};
use lastmile_difftest::lockstep::{self, Finding};
use lastmile_difftest::run::{run, Emulator, Job, Status, TempDir};
use std::time::Duration;

fn tools_present() -> bool {
    let missing = fuzz::missing_tools(Flavour::V9);
    if missing.is_empty() {
        return true;
    }
    if in_ci() {
        panic!("{} required under CI=true but not installed", missing.join(", "));
    }
    eprintln!("note: {} not found; skipping outside CI", missing.join(", "));
    false
}

fn broken() -> Emulator {
    Emulator::lastmile(&lastmile(), &[("LASTMILE_INJECT_BUG".to_string(), "cc-sub-carry".to_string())])
}

fn cmp_branch(dir: &TempDir) -> Job {
    let src = include_str!("../guest-images/fuzz/cmp_branch.S");
    let exe = fuzz::assemble(src, Flavour::V9, dir.path(), "cmp_branch").expect("assembles");
    Job { prog: exe, args: vec![], stdin: None, timeout: Duration::from_secs(60) }
}

#[test]
fn lockstep_names_the_cmp_of_a_broken_carry_rule() {
    if !tools_present() {
        return;
    }
    let dir = TempDir::new("broken-ls").unwrap();
    let job = cmp_branch(&dir);
    // Control: the real lifter agrees with qemu, and the program exits 3.
    let ok = lockstep::lockstep(&lockstep::Options::new(Emulator::lastmile(&lastmile(), &[]), job.clone()));
    assert!(ok.is_agree(), "the unbroken lifter must agree:\n{ok}");
    assert_eq!(run(&Emulator::qemu(Arch::Sparc64), &job).unwrap().status, Status::Exit(3));
    // Broken: the first divergence is the cmp, and %ccr is named.
    let f = lockstep::lockstep(&lockstep::Options::new(broken(), job.clone()));
    println!("{f}");
    let Finding::Diverged { div, .. } = f else { panic!("the broken lifter was not caught:\n{f}") };
    assert!(div.insn.contains("cmp"), "the diverging instruction should be the cmp: {}", div.insn);
    assert!(div.regs.iter().any(|(n, _, _)| n == "%ccr"), "%ccr should be named: {:?}", div.regs);
    // The whole-program comparison sees the wrong exit status too.
    assert_eq!(run(&broken(), &job).unwrap().status, Status::Exit(4));
}

#[test]
fn fuzzer_catches_a_broken_carry_rule() {
    if !tools_present() {
        return;
    }
    let mut cfg = fuzz::Config::new(broken());
    cfg.jobs = jobs();
    let s = fuzz::run_fuzz(&cfg, 1, 40, false);
    println!("with the injected bug: {}", s.line());
    let mut named = 0;
    for (seed, v) in &s.results {
        if let SeedVerdict::Fail { lockstep: Some(report), .. } = v {
            let first = report.lines().nth(1).unwrap_or("");
            println!("seed {seed}: {first}");
            if ["sub", "cmp", "tsubcc"].iter().any(|m| first.contains(m)) {
                named += 1;
            }
        }
    }
    assert!(s.failed() >= 5, "the fuzzer should catch the injected bug on many of 40 seeds: {}", s.line());
    assert!(named >= 1, "lockstep should name a subtract as the first diverging instruction on some seed");
    // Control: the same seeds pass with the real lifter.
    let mut good = fuzz::Config::new(Emulator::lastmile(&lastmile(), &[]));
    good.jobs = jobs();
    let g = fuzz::run_fuzz(&good, 1, 40, false);
    assert_eq!(g.failed(), 0, "control run: {}", g.line());
}
