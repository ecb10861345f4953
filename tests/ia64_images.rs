//! The IA-64 guest images (guest-images/ia64, binaries committed):
//! - every assembly program (asm/NAME.S -> out/asm/NAME) gives the stdout
//!   and exit status (or signal) of its hand-checked asm/NAME.expected;
//! - every C program (c/NAME.c -> out/c/NAME-O0/-O2/-O3, built with our
//!   freestanding gcc and tiny libc) prints exactly what the same C built
//!   natively for x86-64 with the host's gcc and glibc prints, with the same
//!   exit status;
//! - the pipelined loops of asm/swp.S agree with their C version;
//! - `lastmile disasm` prints what `ia64-linux-gnu-objdump -d` prints for
//!   every committed image;
//! - the committed assembly binaries are what the sources assemble to, and
//!   the .expected files are what asm/expected.py derives.
//! Each image gets one line: PASS or FAIL and why.

mod common;
use common::*;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn ia64_dir() -> PathBuf {
    root().join("guest-images/ia64")
}

/// Run `cmd [prog] args` with a timeout in a fresh directory; stdin from a
/// file or /dev/null. Returns (stdout, stderr, status string).
fn run_timed(cmd: &Path, prog: Option<&Path>, args: &[String], stdin: Option<&Path>, timeout: Duration) -> (Vec<u8>, Vec<u8>, String) {
    let dir = fresh_dir("ia64");
    let mut c = Command::new(cmd);
    c.args(prog).args(args).current_dir(&dir);
    c.env_clear().env("PATH", "/usr/bin:/bin").env("HOME", "/tmp").env("LANG", "C").env("LASTMILE_TEST", "1");
    c.stdin(match stdin {
        Some(p) => Stdio::from(std::fs::File::open(p).expect("open stdin file")),
        None => Stdio::null(),
    });
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = match c.spawn() {
        Ok(ch) => ch,
        Err(e) => return (Vec::new(), format!("cannot run {}: {e}", cmd.display()).into_bytes(), "spawn failed".into()),
    };
    // Drain the pipes on threads so a chatty guest cannot block.
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = so.read_to_end(&mut v);
        v
    });
    let t_err = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = se.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break status_string(st),
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break format!("timeout after {}s", timeout.as_secs());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => break format!("wait failed: {e}"),
        }
    };
    let out = t_out.join().unwrap_or_default();
    let err = t_err.join().unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    (out, err, status)
}

fn sorted_files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().and_then(|x| x.to_str()) == Some(ext))
        .collect();
    v.sort();
    v
}

fn first_difference(want: &[u8], got: &[u8]) -> String {
    let (w, g) = (String::from_utf8_lossy(want), String::from_utf8_lossy(got));
    for (i, (a, b)) in w.lines().zip(g.lines()).enumerate() {
        if a != b {
            return format!("line {}: want {a:?}, got {b:?}", i + 1);
        }
    }
    format!("want {} lines, got {} lines", w.lines().count(), g.lines().count())
}

fn no_panic(stderr: &[u8]) -> Option<String> {
    let e = String::from_utf8_lossy(stderr);
    if e.contains("panicked") || e.contains("internal error") {
        Some(format!("lastmile failed internally: {}", e.lines().find(|l| l.contains("panicked") || l.contains("internal error")).unwrap_or("")))
    } else {
        None
    }
}

/// Compare one run with the wanted stdout and status; None when equal.
fn verdict(want_out: &[u8], want_status: &str, got: &(Vec<u8>, Vec<u8>, String)) -> Option<String> {
    if let Some(p) = no_panic(&got.1) {
        return Some(p);
    }
    let (out, err, status) = got;
    let e = String::from_utf8_lossy(err);
    if out.is_empty() && !want_out.is_empty() {
        if let Some(l) = e.lines().find(|l| l.starts_with("lastmile: error")) {
            return Some(format!("no output, status {status}: {l}"));
        }
    }
    if out != want_out {
        let e = String::from_utf8_lossy(err);
        let hint = e.lines().find(|l| !l.trim().is_empty()).map(|l| format!(" (stderr: {l})")).unwrap_or_default();
        return Some(format!("stdout differs: {}; status {status}{hint}", first_difference(want_out, out)));
    }
    if status != want_status {
        let e = String::from_utf8_lossy(err);
        let hint = e.lines().find(|l| !l.trim().is_empty()).map(|l| format!(" (stderr: {l})")).unwrap_or_default();
        return Some(format!("status {status}, want {want_status}{hint}"));
    }
    None
}

#[test]
fn ia64_asm_images_give_their_expected_output() {
    let asm = ia64_dir().join("asm");
    let bin = ia64_dir().join("out/asm");
    let cases = sorted_files(&asm, "expected");
    assert!(cases.len() >= 20, "expected at least 20 assembly programs, found {}", cases.len());
    let lm = lastmile();
    let jobs_list: Vec<Box<dyn FnOnce() -> (String, Option<String>) + Send>> = cases
        .iter()
        .map(|exp| {
            let exp = exp.clone();
            let bin = bin.clone();
            let lm = lm.clone();
            Box::new(move || {
                let name = exp.file_stem().unwrap().to_string_lossy().to_string();
                let text = std::fs::read_to_string(&exp).unwrap();
                let (body, status) = match text.trim_end_matches('\n').rsplit_once('\n') {
                    Some((b, last)) if last.starts_with("== ") => (format!("{b}\n"), last[3..].to_string()),
                    _ => (String::new(), text.trim().trim_start_matches("== ").to_string()),
                };
                let prog = bin.join(&name);
                if !prog.exists() {
                    return (name, Some(format!("{} missing (guest-images/ia64/build.sh asm)", prog.display())));
                }
                let got = run_timed(&lm, Some(&prog), &[], None, Duration::from_secs(60));
                (name, verdict(body.as_bytes(), &status, &got))
            }) as Box<dyn FnOnce() -> (String, Option<String>) + Send>
        })
        .collect();
    let results = parallel(jobs_list, jobs());
    let mut failed = 0;
    for (name, r) in &results {
        match r {
            None => println!("PASS asm/{name}"),
            Some(why) => {
                failed += 1;
                println!("FAIL asm/{name}: {why}");
            }
        }
    }
    println!("ia64 asm images: {} passed, {failed} failed", results.len() - failed);
    assert_eq!(failed, 0, "{failed} of {} IA-64 assembly images did not give their expected output", results.len());
}

/// Build `src` natively (x86-64, host gcc + glibc) into `dir`.
fn native_build(src: &Path, dir: &Path) -> Result<PathBuf, String> {
    let exe = dir.join(src.file_stem().unwrap());
    let out = Command::new("cc")
        .args(["-O2", "-ffp-contract=off", "-w", "-o"])
        .arg(&exe)
        .arg(src)
        .arg("-lm")
        .output()
        .map_err(|e| format!("cannot run cc: {e}"))?;
    if !out.status.success() {
        return Err(format!("native build of {} failed: {}", src.display(), String::from_utf8_lossy(&out.stderr)));
    }
    Ok(exe)
}

fn sidecar_args(src: &Path) -> Vec<String> {
    std::fs::read_to_string(src.with_extension("args"))
        .map(|s| s.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
}

fn sidecar_stdin(src: &Path) -> Option<PathBuf> {
    let p = src.with_extension("stdin");
    p.exists().then_some(p)
}

#[test]
fn ia64_c_images_match_the_native_build() {
    if !have_tool("cc") {
        return;
    }
    let csrc = ia64_dir().join("c");
    let bin = ia64_dir().join("out/c");
    let sources = sorted_files(&csrc, "c");
    assert!(sources.len() >= 25, "expected at least 25 C programs, found {}", sources.len());
    let build_dir = fresh_dir("ia64-native");
    let lm = lastmile();
    let mut jobs_list: Vec<Box<dyn FnOnce() -> (String, Option<String>) + Send>> = Vec::new();
    for src in &sources {
        let name = src.file_stem().unwrap().to_string_lossy().to_string();
        let args = sidecar_args(src);
        let stdin = sidecar_stdin(src);
        // The native reference, once per program.
        let reference = native_build(src, &build_dir).map(|exe| run_timed(&exe, None, &args, stdin.as_deref(), Duration::from_secs(60)));
        for opt in ["O0", "O2", "O3"] {
            let prog = bin.join(format!("{name}-{opt}"));
            let (lm, args, stdin, reference, name) = (lm.clone(), args.clone(), stdin.clone(), reference.clone(), name.clone());
            jobs_list.push(Box::new(move || {
                let label = format!("{name}-{opt}");
                let reference = match reference {
                    Ok(r) => r,
                    Err(e) => return (label, Some(e)),
                };
                if !prog.exists() {
                    return (label, Some(format!("{} missing (guest-images/ia64/build.sh c)", prog.display())));
                }
                let got = run_timed(&lm, Some(&prog), &args, stdin.as_deref(), Duration::from_secs(120));
                (label, verdict(&reference.0, &reference.2, &got))
            }));
        }
    }
    let results = parallel(jobs_list, jobs());
    let _ = std::fs::remove_dir_all(&build_dir);
    let mut failed = 0;
    for (name, r) in &results {
        match r {
            None => println!("PASS c/{name}"),
            Some(why) => {
                failed += 1;
                println!("FAIL c/{name}: {why}");
            }
        }
    }
    println!("ia64 C images: {} passed, {failed} failed", results.len() - failed);
    assert_eq!(failed, 0, "{failed} of {} IA-64 C images differ from the native x86-64 build", results.len());
}

/// swp.S's br.ctop/br.wtop loops compute what their C version computes:
/// every line the native build of asm/swp.ref.c prints is in swp.expected.
#[test]
fn ia64_pipelined_loops_agree_with_their_c_version() {
    if !have_tool("cc") {
        return;
    }
    let src = ia64_dir().join("asm/swp.ref.c");
    let dir = fresh_dir("ia64-swp");
    let exe = native_build(&src, &dir).unwrap();
    let out = Command::new(&exe).output().unwrap();
    assert!(out.status.success());
    let expected = std::fs::read_to_string(ia64_dir().join("asm/swp.expected")).unwrap();
    let lines: Vec<&str> = expected.lines().collect();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().count() >= 5);
    for l in text.lines() {
        assert!(lines.contains(&l), "swp.ref.c prints {l:?}, which swp.expected lacks");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Strip objdump's `<symbol+offset>` annotations of branch targets (as
/// tests/ia64_disasm_cli.rs does); label lines are kept.
fn strip_annotations(s: &str) -> String {
    let mut out = String::new();
    for line in s.lines() {
        let mut l = line.to_string();
        if !l.ends_with(">:") {
            while let Some(i) = l.find(" <") {
                match l[i..].find('>') {
                    Some(j) => l.replace_range(i..i + j + 1, ""),
                    None => break,
                }
            }
        }
        out.push_str(&l);
        out.push('\n');
    }
    out
}

#[test]
fn lastmile_disasm_matches_objdump_on_every_ia64_image() {
    if !have_tool("ia64-linux-gnu-objdump") {
        return;
    }
    let mut images = Vec::new();
    for sub in ["out/asm", "out/c"] {
        let mut v: Vec<PathBuf> = std::fs::read_dir(ia64_dir().join(sub)).unwrap().flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
        v.sort();
        images.extend(v);
    }
    assert!(images.len() >= 100, "expected the committed asm and C images, found {}", images.len());
    let lm = lastmile();
    let jobs_list: Vec<Box<dyn FnOnce() -> (String, usize, Option<String>) + Send>> = images
        .iter()
        .map(|img| {
            let (img, lm) = (img.clone(), lm.clone());
            Box::new(move || {
                let name = img.strip_prefix(ia64_dir()).unwrap().display().to_string();
                let dir = img.parent().unwrap();
                let fname = img.file_name().unwrap();
                let theirs = Command::new("ia64-linux-gnu-objdump").arg("-d").arg(fname).current_dir(dir).output().unwrap();
                let ours = Command::new(&lm).arg("disasm").arg(fname).current_dir(dir).output().unwrap();
                let t = strip_annotations(&String::from_utf8_lossy(&theirs.stdout));
                let o = strip_annotations(&String::from_utf8_lossy(&ours.stdout));
                let n = t.lines().filter(|l| l.contains(":\t")).count();
                if !ours.status.success() {
                    return (name, n, Some(format!("lastmile disasm failed: {}", String::from_utf8_lossy(&ours.stderr).trim())));
                }
                if t != o {
                    for (i, (a, b)) in t.lines().zip(o.lines()).enumerate() {
                        if a != b {
                            return (name, n, Some(format!("line {}: objdump {a:?}, lastmile {b:?}", i + 1)));
                        }
                    }
                    return (name, n, Some(format!("objdump {} lines, lastmile {}", t.lines().count(), o.lines().count())));
                }
                (name, n, None)
            }) as Box<dyn FnOnce() -> (String, usize, Option<String>) + Send>
        })
        .collect();
    let results = parallel(jobs_list, jobs());
    let (mut lines, mut same, mut failed) = (0, 0, 0);
    for (name, n, r) in &results {
        lines += n;
        match r {
            None => same += n,
            Some(why) => {
                failed += 1;
                println!("FAIL disasm {name}: {why}");
            }
        }
    }
    println!("IA-64 images: {} of {} images, {same} of {lines} objdump instruction lines identical", results.len() - failed, results.len());
    assert_eq!(failed, 0, "lastmile disasm differs from objdump on {failed} IA-64 images");
}

/// The committed out/asm binaries are exactly what asm/*.S assemble to.
#[test]
fn ia64_committed_asm_binaries_match_their_sources() {
    if !have_tool("ia64-linux-gnu-as") || !have_tool("ia64-linux-gnu-ld") {
        return;
    }
    let st = Command::new("bash").arg(ia64_dir().join("build.sh")).arg("check").status().unwrap();
    assert!(st.success(), "guest-images/ia64/out/asm is stale: run guest-images/ia64/build.sh asm and commit");
}

/// The .expected files are what asm/expected.py computes from the manual's
/// semantics (the crash programs' files are written by hand).
#[test]
fn ia64_expected_files_are_the_python_derivation() {
    if !have_tool("python3") {
        return;
    }
    let out = Command::new("python3").arg(ia64_dir().join("asm/expected.py")).arg("--check").output().unwrap();
    assert!(out.status.success(), "asm/*.expected differ from expected.py: {}", String::from_utf8_lossy(&out.stdout));
}
