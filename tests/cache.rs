//! The translation cache stays within its bound: with a tiny bound it is
//! flushed again and again, and the guest's results do not change.

mod common;
use common::*;

#[test]
fn tiny_translation_cache_is_flushed_and_the_program_still_matches_qemu() {
    let Some(out) = guest_images() else { return };
    if !have_tool("qemu-sparc64") {
        return;
    }
    let prog = out.join("sparc64/qsort_bsearch-O2");
    let want = run_in_dir(&["qemu-sparc64"], &prog, &[], None, "qemu");
    let lm = lastmile();
    let got = run_in_dir(&[lm.to_str().unwrap(), "--stats", "--cache-size", "64"], &prog, &[], None, "lm");
    assert_eq!(got.status, want.status);
    assert_eq!(got.stdout, want.stdout);
    let err = String::from_utf8_lossy(&got.stderr);
    let flushes: u64 = err
        .split(" flushes")
        .next()
        .and_then(|s| s.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no flush count in --stats output: {err}"));
    println!("64 KiB cache: {flushes} flushes");
    assert!(flushes > 0, "the 64 KiB bound was never reached: {err}");
}
