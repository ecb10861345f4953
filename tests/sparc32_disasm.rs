//! `lastmile disasm` on 32-bit SPARC files (elf32-sparc: V8 and V8+) against
//! `sparc64-linux-gnu-objdump -d`: every instruction line of the largest
//! -m32 image (static glibc) and of every freestanding V8 program, and a
//! stripped V8 program byte for byte (but for objdump's `!` comments).

mod common;
use common::*;
use std::path::Path;
use std::process::Command;

const OBJDUMP: &str = "sparc64-linux-gnu-objdump";

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// (address, bytes, text) of every instruction line, without objdump's
/// annotations (`\t! ...` comments, ` <symbol+off>` after targets).
fn insns(listing: &str) -> Vec<(String, String, String)> {
    listing
        .lines()
        .filter_map(|l| {
            let mut f = l.splitn(3, '\t');
            let addr = f.next()?.trim();
            let bytes = f.next()?;
            let text = f.next()?;
            if !addr.ends_with(':') || bytes.len() != 12 {
                return None;
            }
            let text = text.split("\t!").next().unwrap_or("");
            let text = match text.rfind(" <") {
                Some(i) if text.ends_with('>') => &text[..i],
                _ => text,
            };
            Some((addr.to_string(), bytes.to_string(), text.to_string()))
        })
        .collect()
}

/// Compare every instruction line; returns (total, mismatches).
fn compare(file: &Path) -> (usize, usize) {
    let theirs = insns(&run(Command::new(OBJDUMP).arg("-d").arg(file)));
    let ours = insns(&run(Command::new(lastmile()).arg("disasm").arg(file)));
    assert_eq!(theirs.len(), ours.len(), "instruction counts differ on {}", file.display());
    let mut bad = 0;
    for (t, o) in theirs.iter().zip(&ours) {
        assert_eq!((&t.0, &t.1), (&o.0, &o.1), "listing out of step in {}", file.display());
        if t.2 != o.2 {
            bad += 1;
            if bad <= 20 {
                println!("  {} {}: objdump {:?} lastmile {:?}", file.display(), t.0, t.2, o.2);
            }
        }
    }
    (theirs.len(), bad)
}

#[test]
fn lastmile_disasm_matches_objdump_on_the_largest_32bit_image() {
    let Some(out) = guest_images() else { return };
    if !have_tool(OBJDUMP) {
        return;
    }
    let Ok(dir) = std::fs::read_dir(out.join("sparc32plus")) else {
        assert!(!in_ci(), "no sparc32plus images");
        return;
    };
    let largest = dir
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_none())
        .max_by_key(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .expect("at least one image");
    let (total, bad) = compare(&largest);
    println!("lastmile disasm {}: {}/{total} instructions as objdump prints them", largest.display(), total - bad);
    assert!(total > 50_000, "suspiciously few instructions: {total}");
    assert_eq!(bad, 0);
}

#[test]
fn lastmile_disasm_matches_objdump_on_the_v8_programs() {
    let Some(out) = guest_images() else { return };
    if !have_tool(OBJDUMP) {
        return;
    }
    let Ok(dir) = std::fs::read_dir(out.join("sparc32")) else { return };
    let mut n = 0;
    for p in dir.flatten().map(|e| e.path()).filter(|p| p.is_file() && p.extension().is_none()) {
        if p.file_name().is_some_and(|f| f == "build.stamp") {
            continue;
        }
        let (total, bad) = compare(&p);
        assert_eq!(bad, 0, "{}", p.display());
        n += total;
    }
    println!("V8 programs: {n} instructions, all as objdump prints them");
    assert!(n > 1000);
}

#[test]
fn lastmile_disasm_prints_objdumps_listing_of_a_stripped_v8_program() {
    let Some(out) = guest_images() else { return };
    if !have_tool(OBJDUMP) || !have_tool("sparc64-linux-gnu-strip") {
        return;
    }
    let src = out.join("sparc32/hello-O2");
    if !src.is_file() {
        return;
    }
    let dir = fresh_dir("disasm32");
    let f = dir.join("hello");
    run(Command::new("sparc64-linux-gnu-strip").arg("-o").arg(&f).arg(&src));
    let theirs = run(Command::new(OBJDUMP).arg("-d").arg("hello").current_dir(&dir));
    let ours = run(Command::new(lastmile()).arg("disasm").arg("hello").current_dir(&dir));
    let strip = |s: &str| s.lines().map(|l| l.split("\t!").next().unwrap_or("").to_string()).collect::<Vec<_>>().join("\n");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(theirs.contains("file format elf32-sparc"));
    assert_eq!(strip(&theirs), strip(&ours));
}
