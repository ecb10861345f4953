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

/// A bytecode interpreter's dispatch (`switch` through a jump table in a
/// loop) runs inside one region with the cases it was seen to take
/// (region.rs `discover_region_jumps`), compiled again when its programs
/// take other cases (exec.rs `note_region_jump`): almost no dispatch goes
/// through the indirect-branch table (before: 855508 lookups for 1874558
/// block exits), and the output is qemu's. With the compile thread, cases
/// may be compiled alone before their region is installed; the region's
/// exits to them are sampled (`SparcCpu::jump_sample`), or the dispatch
/// stayed in the indirect table on most runs (2026-12-03, forced compile
/// thread on a loaded 2-core machine: 109131-182918 lookups in 11 of 12
/// runs; sampled: 24163-48364).
#[test]
fn bytecode_vm_dispatch_stays_in_its_region() {
    let Some(out) = guest_images() else { return };
    if !have_tool("qemu-sparc64") {
        return;
    }
    let prog = out.join("sparc64/bytecode_vm-O2");
    let want = run_in_dir(&["qemu-sparc64"], &prog, &[], None, "qemu");
    let lm = lastmile();
    // The compile thread off (the same run every time), then forced on:
    // its timing varies with the machine's load (2026-12-04, two busy
    // loops beside the test: 27468-94650 lookups for about 2.6 M exits;
    // one CI run under heavier load 129527), so the best of its runs must
    // stay under the bound (the broken sampling gave 6-10% on every run).
    let mut best_bg: Option<(u64, u64)> = None;
    for bg in ["0", "1", "1", "1"] {
        let var = format!("LASTMILE_BG_COMPILE={bg}");
        let got = run_in_dir(&["env", &var, lm.to_str().unwrap(), "--stats"], &prog, &[], None, "lm");
        assert_eq!(got.status, want.status);
        assert_eq!(got.stdout, want.stdout);
        let err = String::from_utf8_lossy(&got.stderr);
        let number_after = |key: &str| -> u64 {
            err.split(key)
                .nth(1)
                .and_then(|s| s.split_whitespace().next())
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("no '{key}' in --stats output: {err}"))
        };
        let exits = number_after("block exits ");
        let lookups = number_after("indirect lookups: ") + number_after("hits, ");
        println!("bytecode_vm-O2, {var}: {lookups} indirect lookups for {exits} block exits");
        if bg == "0" {
            assert!(lookups * 20 < exits, "{var}: the dispatch leaves its region: {lookups} indirect lookups for {exits} block exits");
        } else if best_bg.is_none_or(|(l, e)| lookups * e < l * exits) {
            best_bg = Some((lookups, exits));
        }
    }
    let (lookups, exits) = best_bg.unwrap();
    assert!(lookups * 20 < exits, "LASTMILE_BG_COMPILE=1: the dispatch leaves its region on every run: at best {lookups} indirect lookups for {exits} block exits");
}

/// A loop path that no iteration takes when its region is compiled and
/// most take later (late_path: the runs loop's inner `while` once the
/// buffer holds repeats) makes the region be compiled again with it
/// (exec.rs `rejoin_region`), rather than the loop leaving its region for
/// single blocks on every iteration that takes it (sparc64 compress's
/// match loop: 18% of its run in four such blocks, 2026-12-04). Without
/// the compile thread it happens on every run; with it, the output is
/// still qemu's; with LASTMILE_NO_REJOIN it does not happen.
#[test]
fn late_hot_path_joins_its_loop_region() {
    knob_switches_a_count("late_path-O2", "LASTMILE_NO_REJOIN=1", " regions compiled again, ", "regions compiled again for a hot block they left for");
}

/// A block of a loop region entered from outside it often heads a region
/// of its own when its loop is small (exec.rs `MEMBER_HEAD_MAX_INSNS`), so
/// that the loop entered there runs compiled: sort_bench's quicksort
/// partition loop, headed by its inner loop and entered at its outer head
/// on every call. Without the compile thread it happens on every run, not
/// with LASTMILE_NO_MEMBER_HEADS; the output is qemu's either way.
#[test]
fn loop_entered_at_a_member_gets_a_region_headed_there() {
    knob_switches_a_count("sort_bench-O2", "LASTMILE_NO_MEMBER_HEADS=1", " for a hot block they left for; ", "regions headed by another's block");
}

/// Run the sparc64 guest image `image` under lastmile --stats: with the
/// compile thread off, the count --stats prints after `key` (`what`) is
/// not 0; with `knob` too, it is 0; with the compile thread on, anything.
/// The output is qemu's in all three.
fn knob_switches_a_count(image: &str, knob: &str, key: &str, what: &str) {
    let Some(out) = guest_images() else { return };
    if !have_tool("qemu-sparc64") {
        return;
    }
    let prog = out.join("sparc64").join(image);
    let want = run_in_dir(&["qemu-sparc64"], &prog, &[], None, "qemu");
    for (vars, nonzero) in [
        (vec!["LASTMILE_BG_COMPILE=0"], Some(true)),
        (vec!["LASTMILE_BG_COMPILE=0", knob], Some(false)),
        (vec!["LASTMILE_BG_COMPILE=1"], None),
    ] {
        let n = stats_count(&prog, &want, &vars, key);
        println!("{image}, {vars:?}: {n} {what}");
        if let Some(z) = nonzero {
            assert_eq!(n > 0, z, "{image}, {vars:?}: {n} {what}");
        }
    }
}

/// Run `prog` under lastmile --stats with the environment `vars`, check
/// its status and stdout against `want`, and return the number --stats
/// prints after `key`.
fn stats_count(prog: &std::path::Path, want: &Outcome, vars: &[&str], key: &str) -> u64 {
    let lm = lastmile();
    let mut argv = vec!["env"];
    argv.extend(vars.iter().copied());
    argv.extend([lm.to_str().unwrap(), "--stats"]);
    let got = run_in_dir(&argv, prog, &[], None, "lm");
    assert_eq!(got.status, want.status, "{vars:?}");
    assert_eq!(got.stdout, want.stdout, "{vars:?}");
    let err = String::from_utf8_lossy(&got.stderr);
    err.split(key)
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no '{key}' in --stats output: {err}"))
}

/// `--perfmap` (qemu-user's `-perfmap`) writes `/tmp/perf-PID.map`: one
/// line per translation, `START SIZE guest_0xPC_Ninsns` in perf's format,
/// with the host ranges in the code memory and not overlapping, and the
/// guest addresses inside the program's text; the guest's output is as
/// without it.
#[test]
fn perfmap_names_translations_by_guest_address() {
    let Some(out) = guest_images() else { return };
    let prog = out.join("sparc64/bytecode_vm-O2");
    let plain = run_in_dir(&[lastmile().to_str().unwrap()], &prog, &[], None, "perfmap-plain");
    let child = std::process::Command::new(lastmile())
        .arg("--perfmap")
        .arg(&prog)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("lastmile runs");
    let map = std::path::PathBuf::from(format!("/tmp/perf-{}.map", child.id()));
    let got = child.wait_with_output().expect("lastmile ends");
    assert_eq!(status_string(got.status), plain.status);
    assert_eq!(got.stdout, plain.stdout);
    let text = std::fs::read_to_string(&map).unwrap_or_else(|e| panic!("{}: {e}", map.display()));
    let _ = std::fs::remove_file(&map);
    let (lo, hi) = (elf_symbol(&prog, "_start") & !0xfffff, elf_symbol(&prog, "_end"));
    let mut ranges = Vec::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split(' ').collect();
        assert_eq!(f.len(), 3, "perf map line: {line}");
        let start = u64::from_str_radix(f[0], 16).expect("hex start");
        let size = u64::from_str_radix(f[1], 16).expect("hex size");
        let name = f[2].strip_prefix("guest_0x").unwrap_or_else(|| panic!("name: {line}"));
        let (pc, insns) = name.split_once('_').expect("guest_0xPC_Ninsns");
        let pc = u64::from_str_radix(pc, 16).expect("hex guest pc");
        let insns: u64 = insns.strip_suffix("insns").and_then(|n| n.parse().ok()).expect("Ninsns");
        assert!(size > 0 && insns > 0, "{line}");
        assert!(pc >= lo && pc < hi, "guest pc outside the program: {line} ({lo:#x}..{hi:#x})");
        ranges.push((start, start + size));
    }
    ranges.sort();
    assert!(ranges.len() >= 20, "only {} translations mapped", ranges.len());
    assert!(ranges.windows(2).all(|w| w[0].1 <= w[1].0), "overlapping host ranges");
    println!("perfmap: {} translations", ranges.len());
}
