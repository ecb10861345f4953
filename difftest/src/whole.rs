//! Whole-program comparison: each program runs under lastmile and under the
//! qemu-user reference its ELF header names; stdout, stderr, exit status
//! (code or signal) and the files left in the working directory must match.
//!
//! Masks (the only ways two runs may differ and still pass):
//! * the emulators' own last words about a fatal signal are dropped from
//!   stderr before comparing (`qemu: uncaught target signal 11 (Segmentation
//!   fault) - core dumped` vs `lastmile: uncaught target signal 11 (...)`);
//!   the signal itself is compared through the exit status;
//! * qemu 7.2 does not deliver an integer division by zero as SIGFPE: it
//!   prints `Unhandled trap: 0x28` and a register dump, and exits 1
//!   (ABI-NOTES.md). When qemu does that and lastmile dies of SIGFPE with the
//!   same stdout, the program passes with a note naming the qemu gap;
//! * when plain qemu differs but `qemu -singlestep` gives exactly lastmile's
//!   results, the difference is qemu 7.2's translation-block flags bug
//!   (addccc/subccc after a logic, multiply or divide cc op, ABI-NOTES.md):
//!   the program passes with a note saying so.

use crate::elf::{arch_of, Arch};
use crate::run::{run, Emulator, Job, Outcome, Status};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// One program to compare.
#[derive(Clone, Debug)]
pub struct Case {
    pub name: String,
    pub job: Job,
}

/// The verdict on one program.
#[derive(Clone, Debug)]
pub enum Verdict {
    Pass,
    /// Equal except where qemu 7.2 is known to be wrong (the note says where).
    PassQemuGap(String),
    /// What differs, one item per aspect.
    Fail(Vec<String>),
    /// Could not be compared (no reference emulator, unreadable file).
    Error(String),
}

impl Verdict {
    pub fn passed(&self) -> bool {
        matches!(self, Verdict::Pass | Verdict::PassQemuGap(_))
    }
}

/// Arguments and stdin of a program by the sidecar convention: `PROG.args`
/// (one line of whitespace-separated words) and `PROG.stdin` beside the
/// program, else `DIR/BASE.args` and `DIR/BASE.stdin` in each of `dirs`,
/// where BASE is the file name without a trailing `-O0`/`-O1`/`-O2`/`-O3`/`-Os`
/// (guest-images/src holds the sidecars of guest-images/out/sparc64/NAME-Ox).
pub fn sidecars(prog: &Path, dirs: &[PathBuf]) -> (Vec<String>, Option<PathBuf>) {
    let file = prog.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let base = match file.rsplit_once('-') {
        Some((b, o)) if matches!(o, "O0" | "O1" | "O2" | "O3" | "Os" | "Og") => b.to_string(),
        _ => file.clone(),
    };
    let beside = prog.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut places = vec![(beside.clone(), file.clone())];
    for d in dirs {
        places.push((d.clone(), base.clone()));
    }
    let mut args = None;
    let mut stdin = None;
    for (d, n) in &places {
        if args.is_none() {
            if let Ok(s) = std::fs::read_to_string(d.join(format!("{n}.args"))) {
                args = Some(s.split_whitespace().map(String::from).collect());
            }
        }
        if stdin.is_none() {
            let p = d.join(format!("{n}.stdin"));
            if p.is_file() {
                stdin = Some(p);
            }
        }
    }
    (args.unwrap_or_default(), stdin)
}

/// A case from a program path with the sidecar convention.
pub fn case_for(prog: &Path, sidecar_dirs: &[PathBuf], timeout: Duration) -> Case {
    let (args, stdin) = sidecars(prog, sidecar_dirs);
    let name = prog.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| prog.display().to_string());
    Case { name, job: Job { prog: prog.to_path_buf(), args, stdin, timeout } }
}

/// Drop the emulator's own report of a fatal guest signal (the last line of
/// stderr, when it is one).
pub fn strip_emulator_epitaph(stderr: &[u8]) -> Vec<u8> {
    let text = stderr;
    let mut end = text.len();
    // The last line, with or without a trailing newline.
    let body_end = if end > 0 && text[end - 1] == b'\n' { end - 1 } else { end };
    let start = text[..body_end].iter().rposition(|&b| b == b'\n').map(|i| i + 1).unwrap_or(0);
    let last = String::from_utf8_lossy(&text[start..body_end]);
    if last.starts_with("qemu: uncaught target signal ") || last.starts_with("lastmile: uncaught target signal ") {
        end = start;
    }
    text[..end].to_vec()
}

/// A short, readable difference of two byte strings: sizes and the first
/// differing line.
pub fn describe_diff(what: &str, lm: &[u8], q: &[u8]) -> String {
    let a: Vec<&[u8]> = lm.split(|&b| b == b'\n').collect();
    let b: Vec<&[u8]> = q.split(|&b| b == b'\n').collect();
    let i = a.iter().zip(b.iter()).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
    let show = |v: &Vec<&[u8]>| match v.get(i) {
        Some(l) => {
            let s = String::from_utf8_lossy(l);
            let s: String = s.chars().take(200).collect();
            format!("{s:?}")
        }
        None => "(end)".into(),
    };
    format!(
        "{what} differs ({} vs {} bytes), first at line {}:\n      lastmile: {}\n      qemu:     {}",
        lm.len(),
        q.len(),
        i + 1,
        show(&a),
        show(&b)
    )
}

/// Compare lastmile's outcome `lm` with the reference's `q`.
pub fn compare(lm: &Outcome, q: &Outcome) -> Verdict {
    let mut why = Vec::new();
    let lm_err = strip_emulator_epitaph(&lm.stderr);
    let q_err = strip_emulator_epitaph(&q.stderr);
    // qemu 7.2 gap: division by zero (trap 0x28) is not turned into SIGFPE.
    let q_text = String::from_utf8_lossy(&q.stderr);
    if lm.status == Status::Signal(libc::SIGFPE) && q.status == Status::Exit(1) && q_text.contains("Unhandled trap: 0x28") {
        if lm.stdout == q.stdout && lm.files == q.files {
            return Verdict::PassQemuGap(
                "qemu 7.2 does not deliver integer division by zero as SIGFPE (prints \"Unhandled trap: 0x28\"); lastmile raised SIGFPE as Linux does".into(),
            );
        }
    }
    if lm.status != q.status {
        why.push(format!("status differs: lastmile {}, qemu {}", lm.status, q.status));
    }
    if lm.stdout != q.stdout {
        why.push(describe_diff("stdout", &lm.stdout, &q.stdout));
    }
    if lm_err != q_err {
        why.push(describe_diff("stderr", &lm_err, &q_err));
    }
    if lm.files != q.files {
        let names = |o: &Outcome| o.files.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>().join(" ");
        let (ln, qn) = (names(lm), names(q));
        if ln != qn {
            why.push(format!("files left differ: lastmile [{ln}], qemu [{qn}]"));
        } else {
            for ((n, a), (_, b)) in lm.files.iter().zip(q.files.iter()) {
                if a != b {
                    why.push(describe_diff(&format!("file {n}"), a, b));
                }
            }
        }
    }
    if why.is_empty() {
        Verdict::Pass
    } else {
        Verdict::Fail(why)
    }
}

/// Run one case on both emulators and judge it.
pub fn check(case: &Case, lastmile: &Emulator) -> Verdict {
    let arch: Arch = match arch_of(&case.job.prog) {
        Ok(a) => a,
        Err(e) => return Verdict::Error(e),
    };
    if !crate::tools::have(arch.reference()) {
        return Verdict::Error(format!("{} is not installed", arch.reference()));
    }
    let q = match run(&Emulator::qemu(arch), &case.job) {
        Ok(o) => o,
        Err(e) => return Verdict::Error(e),
    };
    let lm = match run(lastmile, &case.job) {
        Ok(o) => o,
        Err(e) => return Verdict::Error(e),
    };
    let v = compare(&lm, &q);
    if let Verdict::Fail(_) = v {
        // qemu 7.2 gets some flags wrong across one translation block (the
        // addccc/subccc carry after a logic, multiply or divide cc op; see
        // ABI-NOTES.md). If qemu -singlestep agrees with lastmile, say so.
        if let Ok(qs) = run(&Emulator::qemu(arch).with(&["-singlestep"]), &case.job) {
            if matches!(compare(&lm, &qs), Verdict::Pass) {
                return Verdict::PassQemuGap(
                    "plain qemu differs, `qemu -singlestep` agrees with lastmile: a qemu 7.2 translation-block bug (addccc/subccc carry)".into(),
                );
            }
        }
    }
    v
}

/// Results of a whole-program comparison.
pub struct Summary {
    pub results: Vec<(String, Verdict)>,
}

impl Summary {
    pub fn passed(&self) -> usize {
        self.results.iter().filter(|(_, v)| v.passed()).count()
    }
    pub fn failed(&self) -> usize {
        self.results.len() - self.passed()
    }
    /// The closing line, exactly `N passed, M failed`.
    pub fn line(&self) -> String {
        format!("{} passed, {} failed", self.passed(), self.failed())
    }
}

/// One line (plus indented details) per program.
pub fn format_result(name: &str, v: &Verdict) -> String {
    match v {
        Verdict::Pass => format!("ok    {name}"),
        Verdict::PassQemuGap(n) => format!("ok    {name}  (qemu gap: {n})"),
        Verdict::Fail(why) => {
            let mut s = format!("FAIL  {name}");
            for w in why {
                s.push_str("\n    ");
                s.push_str(w);
            }
            s
        }
        Verdict::Error(e) => format!("ERROR {name}: {e}"),
    }
}

/// Compare every case on `jobs` threads; with `print`, write each result
/// line as it is known (in order).
pub fn run_all(cases: &[Case], lastmile: &Emulator, jobs: usize, print: bool) -> Summary {
    let work: Vec<Box<dyn FnOnce() -> Verdict + Send + '_>> =
        cases.iter().map(|c| Box::new(move || check(c, lastmile)) as Box<dyn FnOnce() -> Verdict + Send>).collect();
    let verdicts = crate::parallel::run_ordered(work, jobs, |i, v| {
        if print {
            println!("{}", format_result(&cases[i].name, v));
        }
    });
    Summary { results: cases.iter().map(|c| c.name.clone()).zip(verdicts).collect() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out(stdout: &[u8], stderr: &[u8], status: Status) -> Outcome {
        Outcome { stdout: stdout.to_vec(), stderr: stderr.to_vec(), status, files: Vec::new() }
    }

    #[test]
    fn the_emulators_fatal_signal_lines_are_not_compared() {
        let l = out(b"x\n", b"oops\nlastmile: uncaught target signal 11 (SIGSEGV)\n", Status::Signal(11));
        let q = out(b"x\n", b"oops\nqemu: uncaught target signal 11 (Segmentation fault) - core dumped\n", Status::Signal(11));
        assert!(matches!(compare(&l, &q), Verdict::Pass));
        let q2 = out(b"x\n", b"oops\n", Status::Signal(6));
        assert!(matches!(compare(&l, &q2), Verdict::Fail(_)));
    }

    #[test]
    fn qemu_division_by_zero_gap_passes_with_a_note_only_when_stdout_agrees() {
        let l = out(b"dividing\n", b"", Status::Signal(libc::SIGFPE));
        let q = out(b"dividing\n", b"Unhandled trap: 0x28\npc: ...\n", Status::Exit(1));
        assert!(matches!(compare(&l, &q), Verdict::PassQemuGap(_)));
        let l2 = out(b"something else\n", b"", Status::Signal(libc::SIGFPE));
        assert!(matches!(compare(&l2, &q), Verdict::Fail(_)));
    }

    #[test]
    fn differences_are_described_by_their_first_line() {
        let d = describe_diff("stdout", b"a\nb\nc\n", b"a\nB\nc\n");
        assert!(d.contains("line 2") && d.contains("\"b\"") && d.contains("\"B\""), "{d}");
    }

    #[test]
    fn sidecars_strip_the_optimisation_suffix() {
        let dir = std::env::temp_dir().join(format!("difftest-sidecar-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("prog.args"), "one two\n").unwrap();
        std::fs::write(dir.join("prog.stdin"), "in").unwrap();
        let (args, stdin) = sidecars(Path::new("/nowhere/prog-O2"), &[dir.clone()]);
        assert_eq!(args, vec!["one", "two"]);
        assert_eq!(stdin, Some(dir.join("prog.stdin")));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
