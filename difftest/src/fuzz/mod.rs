//! Random instruction sequences: generate ([`gen`]), assemble and link with
//! the cross binutils, run under lastmile and the reference, compare the
//! dumped state; for a diverging seed, find the first diverging instruction
//! in lockstep.
//!
//! Known qemu 7.2 bug (ABI-NOTES.md): when `addccc`/`subccc` (or
//! `addc`/`subc`) read the carry left by a logical, multiply or divide
//! cc-setting instruction in the same translation block, qemu computes the
//! carry (and overflow) wrongly; under `-singlestep` every instruction is its
//! own block and qemu is right. A seed whose plain qemu run differs from
//! lastmile while `qemu -singlestep` agrees with lastmile is therefore
//! reported as an exemption (V9 manual A.2 and A.3 give the carry rules
//! lastmile follows: logical cc ops clear C and V, A.35/A.36 likewise for
//! the multiply and divide forms), not as a failure; any other disagreement
//! is a failure.

pub mod gen;

use crate::lockstep::{self, Finding};
use crate::run::{run, Emulator, Job, Status, TempDir};
use gen::{generate, parse_dump, Flavour, Program};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// Settings of a fuzzing run.
#[derive(Clone, Debug)]
pub struct Config {
    pub lastmile: Emulator,
    pub flavour: Flavour,
    /// Random units per sequence.
    pub units: usize,
    pub jobs: usize,
    /// Run lockstep on each diverging seed.
    pub lockstep: bool,
    /// Keep the source and binary of diverging seeds here.
    pub keep: Option<PathBuf>,
    pub timeout: Duration,
}

impl Config {
    pub fn new(lastmile: Emulator) -> Config {
        Config {
            lastmile,
            flavour: Flavour::V9,
            units: 60,
            jobs: crate::parallel::default_jobs(),
            lockstep: true,
            keep: None,
            timeout: Duration::from_secs(20),
        }
    }
}

/// The verdict on one seed.
#[derive(Clone, Debug)]
pub enum SeedVerdict {
    Pass,
    /// Differs from plain qemu, agrees with `qemu -singlestep`: the known
    /// qemu 7.2 carry bug (the note names the carry-reading instructions).
    QemuBug(String),
    Fail {
        /// What differs in the dumped state (or stdout/status).
        diffs: Vec<String>,
        /// The lockstep report of the first diverging instruction.
        lockstep: Option<String>,
        /// Where the program was kept.
        kept: Option<PathBuf>,
    },
    /// The seed could not be run (assembler, reference) — also a failure.
    Error(String),
}

impl SeedVerdict {
    pub fn passed(&self) -> bool {
        matches!(self, SeedVerdict::Pass | SeedVerdict::QemuBug(_))
    }
}

/// Cross tools of a flavour: (as, ld).
pub fn binutils(_f: Flavour) -> (&'static str, &'static str) {
    ("sparc64-linux-gnu-as", "sparc64-linux-gnu-ld")
}

/// Tools a fuzzing run needs that are not installed.
pub fn missing_tools(f: Flavour) -> Vec<String> {
    let (a, l) = binutils(f);
    [a, l, f.arch().reference()].iter().filter(|t| !crate::tools::have(t)).map(|t| t.to_string()).collect()
}

/// Assemble and link the assembly `text` (entry `_start`, no libc) into
/// the static program `dir/stem`.
pub fn assemble(text: &str, flavour: Flavour, dir: &Path, stem: &str) -> Result<PathBuf, String> {
    let (asm, ld) = binutils(flavour);
    let src = dir.join(format!("{stem}.S"));
    let obj = dir.join(format!("{stem}.o"));
    let exe = dir.join(stem);
    std::fs::write(&src, text).map_err(|e| e.to_string())?;
    let o = Command::new(asm).args(flavour.as_args()).arg("-o").arg(&obj).arg(&src).output().map_err(|e| format!("{asm}: {e}"))?;
    if !o.status.success() {
        return Err(format!("{asm} failed on {stem}:\n{}", String::from_utf8_lossy(&o.stderr)));
    }
    let o = Command::new(ld).args(flavour.ld_args()).arg("-static").arg("-o").arg(&exe).arg(&obj).output().map_err(|e| format!("{ld}: {e}"))?;
    if !o.status.success() {
        return Err(format!("{ld} failed on {stem}:\n{}", String::from_utf8_lossy(&o.stderr)));
    }
    Ok(exe)
}

/// Assemble and link `p` into `dir/seed-N`.
pub fn build(p: &Program, dir: &Path) -> Result<PathBuf, String> {
    assemble(&p.asm, p.flavour, dir, &format!("seed-{}", p.seed))
}

/// The carry-reading instructions of a program (for the exemption note).
fn carry_readers(asm: &str) -> Vec<String> {
    let mut v: Vec<String> = asm
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|m| matches!(*m, "addc" | "addccc" | "subc" | "subccc" | "addx" | "addxcc" | "subx" | "subxcc"))
        .map(String::from)
        .collect();
    v.sort();
    v.dedup();
    v
}

fn outcome_diff(lm: &crate::run::Outcome, q: &crate::run::Outcome, f: Flavour) -> Vec<String> {
    outcome_diff_named(lm, q, f, ("lastmile", "qemu"))
}

fn outcome_diff_named(lm: &crate::run::Outcome, q: &crate::run::Outcome, f: Flavour, names: (&str, &str)) -> Vec<String> {
    let mut d = Vec::new();
    if lm.status != q.status {
        d.push(format!("status: {} {}, {} {}", names.0, lm.status, names.1, q.status));
    }
    match (parse_dump(&lm.stdout, f), parse_dump(&q.stdout, f)) {
        (Some(a), Some(b)) => d.extend(gen::dump_diff_named(&a, &b, names)),
        _ if lm.stdout != q.stdout => {
            d.push(format!("stdout: lastmile {} bytes, qemu {} bytes (expected {})", lm.stdout.len(), q.stdout.len(), gen::output_len(f)))
        }
        _ => {}
    }
    let strip = crate::whole::strip_emulator_epitaph;
    if strip(&lm.stderr) != strip(&q.stderr) {
        d.push(crate::whole::describe_diff("stderr", &lm.stderr, &q.stderr));
    }
    d
}

/// Generate, build and compare one seed.
pub fn check_seed(seed: u64, cfg: &Config) -> SeedVerdict {
    let p = generate(seed, cfg.flavour, cfg.units);
    let dir = match TempDir::new(&format!("fuzz-{seed}")) {
        Ok(d) => d,
        Err(e) => return SeedVerdict::Error(e.to_string()),
    };
    let exe = match build(&p, dir.path()) {
        Ok(e) => e,
        Err(e) => return SeedVerdict::Error(e),
    };
    let job = Job { prog: exe.clone(), args: Vec::new(), stdin: None, timeout: cfg.timeout };
    let arch = cfg.flavour.arch();
    let q = match run(&Emulator::qemu(arch), &job) {
        Ok(o) => o,
        Err(e) => return SeedVerdict::Error(e),
    };
    if q.status != Status::Exit(0) || parse_dump(&q.stdout, cfg.flavour).is_none() {
        return SeedVerdict::Error(format!(
            "the reference did not run seed {seed} cleanly ({}; {} bytes out; stderr {:?}): a generator bug",
            q.status,
            q.stdout.len(),
            String::from_utf8_lossy(&q.stderr).chars().take(300).collect::<String>()
        ));
    }
    let lm = match run(&cfg.lastmile, &job) {
        Ok(o) => o,
        Err(e) => return SeedVerdict::Error(e),
    };
    let diffs = outcome_diff(&lm, &q, cfg.flavour);
    if diffs.is_empty() {
        return SeedVerdict::Pass;
    }
    // Is it qemu's translation-block carry bug? Ask qemu -singlestep.
    if let Ok(qs) = run(&Emulator::qemu(arch).with(&["-singlestep"]), &job) {
        let readers = carry_readers(&p.asm);
        if outcome_diff(&lm, &qs, cfg.flavour).is_empty() && !readers.is_empty() {
            let plain_vs_single = outcome_diff_named(&qs, &q, cfg.flavour, ("qemu-singlestep", "qemu"));
            return SeedVerdict::QemuBug(format!(
                "qemu 7.2 differs from itself and `qemu -singlestep` agrees with lastmile: the known qemu bug in addc/addccc/subc/subccc \
                 after a logic, multiply or divide cc op in one translation block (this seed has {}); {}",
                readers.join(" "),
                plain_vs_single.join("; ")
            ));
        }
    }
    let kept = cfg.keep.as_ref().and_then(|k| {
        std::fs::create_dir_all(k).ok()?;
        std::fs::write(k.join(format!("seed-{seed}.S")), &p.asm).ok()?;
        std::fs::copy(&exe, k.join(format!("seed-{seed}"))).ok()?;
        Some(k.join(format!("seed-{seed}")))
    });
    let ls = if cfg.lockstep {
        let f = lockstep::lockstep(&lockstep::Options::new(cfg.lastmile.clone(), job));
        Some(match f {
            Finding::Diverged { div, .. } => div.to_string(),
            other => other.to_string(),
        })
    } else {
        None
    };
    SeedVerdict::Fail { diffs, lockstep: ls, kept }
}

/// Results of a fuzzing run.
pub struct Summary {
    pub results: Vec<(u64, SeedVerdict)>,
}

impl Summary {
    pub fn passed(&self) -> usize {
        self.results.iter().filter(|(_, v)| v.passed()).count()
    }
    pub fn failed(&self) -> usize {
        self.results.len() - self.passed()
    }
    pub fn exemptions(&self) -> usize {
        self.results.iter().filter(|(_, v)| matches!(v, SeedVerdict::QemuBug(_))).count()
    }
    pub fn line(&self) -> String {
        format!("{} passed, {} failed", self.passed(), self.failed())
    }
}

/// Lines describing one seed's verdict (None for a plain pass).
pub fn format_seed(seed: u64, v: &SeedVerdict) -> Option<String> {
    match v {
        SeedVerdict::Pass => None,
        SeedVerdict::QemuBug(n) => Some(format!("seed {seed}: qemu bug exemption: {n}")),
        SeedVerdict::Error(e) => Some(format!("seed {seed}: ERROR {e}")),
        SeedVerdict::Fail { diffs, lockstep, kept } => {
            let mut s = format!("seed {seed}: DIVERGES");
            if let Some(k) = kept {
                s.push_str(&format!(" (kept: {})", k.display()));
            }
            for d in diffs.iter().take(12) {
                s.push_str(&format!("\n    {d}"));
            }
            if diffs.len() > 12 {
                s.push_str(&format!("\n    ... {} more", diffs.len() - 12));
            }
            if let Some(l) = lockstep {
                for line in l.lines() {
                    s.push_str(&format!("\n  {line}"));
                }
            }
            Some(s)
        }
    }
}

/// Run seeds `first .. first + n`; with `print`, report each non-passing seed
/// as soon as it is known.
pub fn run_fuzz(cfg: &Config, first: u64, n: u64, print: bool) -> Summary {
    let seeds: Vec<u64> = (first..first.saturating_add(n)).collect();
    let work: Vec<Box<dyn FnOnce() -> SeedVerdict + Send + '_>> =
        seeds.iter().map(|&s| Box::new(move || check_seed(s, cfg)) as Box<dyn FnOnce() -> SeedVerdict + Send>).collect();
    let verdicts = crate::parallel::run_ordered(work, cfg.jobs, |i, v| {
        if print {
            if let Some(s) = format_seed(seeds[i], v) {
                println!("{s}");
            }
        }
    });
    Summary { results: seeds.into_iter().zip(verdicts).collect() }
}
