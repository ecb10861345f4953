//! Every sparc64 guest image, at -O0 and -O2, runs under lastmile and under
//! qemu-sparc64 with byte-identical stdout, stderr, exit status and files
//! (the comparison is lastmile-difftest's whole-program mode; its masks are
//! documented in difftest/src/whole.rs).

mod common;
use common::*;
use lastmile_difftest::run::Emulator;
use lastmile_difftest::whole;
use std::path::PathBuf;
use std::time::Duration;

#[test]
fn sparc64_images_match_qemu() {
    let Some(out) = guest_images() else { return };
    if !have_tool("qemu-sparc64") {
        return;
    }
    let dir = out.join("sparc64");
    let mut progs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("guest-images/out/sparc64 exists after build")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_none())
        .collect();
    progs.sort();
    assert!(progs.len() >= 60, "expected at least 30 programs at -O0 and -O2, found {}", progs.len());
    let sidecars = [root().join("guest-images/src")];
    let cases: Vec<whole::Case> = progs.iter().map(|p| whole::case_for(p, &sidecars, Duration::from_secs(120))).collect();
    let lm = Emulator::lastmile(&lastmile(), &[]);
    let summary = whole::run_all(&cases, &lm, jobs(), false);
    for (name, v) in &summary.results {
        println!("{}", whole::format_result(name, v));
    }
    println!("sparc64 images: {}", summary.line());
    assert_eq!(summary.failed(), 0, "{} of {} images differ from qemu-sparc64", summary.failed(), summary.results.len());
}
