//! IA-64 speed figures: IA-64 C images (guest-images/ia64/out/c) run under
//! lastmile, and the same C built natively for x86-64 with the host's cc
//! (as tests/ia64_images.rs builds its reference), interleaved and
//! repeated in one run. Prints, per image: median wall times, the
//! lastmile/native ratio, guest instructions per second, and what
//! translation cost (blocks, compile time per block and per guest
//! instruction, host code bytes per guest instruction, tier-ups); then the
//! geometric mean of the ratios.
//!
//!     cargo bench --bench ia64
//!     cargo bench --bench ia64 -- --reps 3 --filter sort,crc --opt O3
//!
//! Options (after `--`):
//!   --reps N         timed runs of each program (default 5)
//!   --filter A,B     only images whose name contains A or B
//!   --opt L,M        guest/native optimization levels (default O2,O3)
//!   --lastmile PATH  the lastmile binary (default target/release/lastmile,
//!                    built with `cargo build --release` when missing)
//!   --args "A B"     extra lastmile options (e.g. "--tier-threshold 0")
//!   --baseline PATH  another lastmile binary (e.g. one built from an older
//!                    commit) run interleaved with the others: adds its
//!                    median and its ratio to native
//!
//! The guest images are built by guest-images/ia64/build.sh (CI does it
//! before the tests); an image whose stdout differs from the native run's
//! is reported as MISMATCH and left out of the mean. The counts come from
//! one extra `--stats` run per image (its instruction counter is not in the
//! timed runs). Speed claims are these ratios, never timings in tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Images in table order: compute loops, calls and the register stack, an
/// interpreter.
const IMAGES: &[&str] = &["sort_bench", "bytecode_vm", "rse_deep", "loops", "matrix", "crc32", "sieve", "hashtable", "recursion"];

struct Opts {
    reps: usize,
    filter: Vec<String>,
    opts: Vec<String>,
    lastmile: PathBuf,
    extra: Vec<String>,
    baseline: Option<PathBuf>,
}

fn parse_opts() -> Opts {
    let mut o = Opts {
        reps: 5,
        filter: Vec::new(),
        opts: vec!["O2".into(), "O3".into()],
        lastmile: Path::new(ROOT).join("target/release/lastmile"),
        extra: Vec::new(),
        baseline: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut val = || it.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--reps" => o.reps = val().parse().expect("--reps N"),
            "--filter" => o.filter = val().split(',').map(String::from).collect(),
            "--opt" => o.opts = val().split(',').map(|s| s.trim_start_matches('-').to_string()).collect(),
            "--lastmile" => o.lastmile = PathBuf::from(val()),
            "--baseline" => o.baseline = Some(PathBuf::from(val())),
            "--args" => o.extra = val().split_whitespace().map(String::from).collect(),
            // cargo bench passes --bench.
            _ => {}
        }
    }
    o
}

/// What one run printed and how long it took.
struct Run {
    secs: f64,
    stdout: Vec<u8>,
    stderr: String,
    ok: bool,
}

fn run(cmd: &mut Command, stdin: Option<&Path>) -> Run {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    match stdin {
        Some(p) => cmd.stdin(std::fs::File::open(p).expect("stdin file")),
        None => cmd.stdin(Stdio::null()),
    };
    let t = Instant::now();
    let out = cmd.output().expect("spawn");
    let secs = t.elapsed().as_secs_f64();
    Run { secs, stdout: out.stdout, stderr: String::from_utf8_lossy(&out.stderr).into_owned(), ok: out.status.code().is_some() }
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// The number after `key` in lastmile's `--stats` line.
fn stat(stderr: &str, key: &str) -> f64 {
    let line = stderr.lines().find(|l| l.starts_with("lastmile stats:")).unwrap_or("");
    line.split(key)
        .nth(1)
        .and_then(|r| r.trim_start().split(|c: char| !(c.is_ascii_digit() || c == '.')).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(f64::NAN)
}

fn main() {
    let o = parse_opts();
    if !o.lastmile.exists() {
        let st = Command::new("cargo").args(["build", "--release", "-j2"]).current_dir(ROOT).status().expect("cargo");
        assert!(st.success(), "cargo build --release failed");
    }
    let src_dir = Path::new(ROOT).join("guest-images/ia64/c");
    let img_dir = Path::new(ROOT).join("guest-images/ia64/out/c");
    let native_dir = Path::new(ROOT).join("target/ia64-bench");
    std::fs::create_dir_all(&native_dir).unwrap();
    print!(
        "{:<18} {:>9} {:>10} {:>7} {:>9} {:>7} {:>9} {:>8} {:>8} {:>7}",
        "image", "native ms", "lastmile ms", "ratio", "Minsn/s", "blocks", "compile ms", "us/insn", "B/insn", "tierups"
    );
    if o.baseline.is_some() {
        print!(" {:>8} {:>10}", "base ms", "base ratio");
    }
    println!();
    let mut base_logsum = 0.0;
    let mut logsum = 0.0;
    let mut n = 0;
    for name in IMAGES {
        if !o.filter.is_empty() && !o.filter.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        for opt in &o.opts {
            let label = format!("{name}-{opt}");
            let image = img_dir.join(&label);
            let src = src_dir.join(format!("{name}.c"));
            if !image.exists() {
                println!("{label:<18} missing: run bash guest-images/ia64/build.sh");
                continue;
            }
            let exe = native_dir.join(&label);
            let st = Command::new("cc")
                .arg(format!("-{opt}"))
                .args(["-ffp-contract=off", "-w", "-o"])
                .arg(&exe)
                .arg(&src)
                .arg("-lm")
                .status()
                .expect("cc");
            assert!(st.success(), "native build of {} failed", src.display());
            let args: Vec<String> = std::fs::read_to_string(src.with_extension("args"))
                .map(|s| s.split_whitespace().map(String::from).collect())
                .unwrap_or_default();
            let stdin = Some(src.with_extension("stdin")).filter(|p| p.exists());
            let (mut tn, mut tl, mut tb) = (Vec::new(), Vec::new(), Vec::new());
            let mut mismatch = false;
            for _ in 0..o.reps {
                let a = run(Command::new(&exe).args(&args), stdin.as_deref());
                let b = run(Command::new(&o.lastmile).args(&o.extra).arg(&image).args(&args), stdin.as_deref());
                mismatch |= !b.ok || a.stdout != b.stdout;
                tn.push(a.secs);
                tl.push(b.secs);
                if let Some(base) = &o.baseline {
                    let c = run(Command::new(base).args(&o.extra).arg(&image).args(&args), stdin.as_deref());
                    mismatch |= !c.ok || a.stdout != c.stdout;
                    tb.push(c.secs);
                }
            }
            let s = run(Command::new(&o.lastmile).args(&o.extra).arg("--stats").arg(&image).args(&args), stdin.as_deref());
            let (mn, ml) = (median(&mut tn), median(&mut tl));
            let insns = stat(&s.stderr, "guest instructions run:");
            let blocks = stat(&s.stderr, "blocks translated");
            let tinsns = stat(&s.stderr, "(");
            let cms = stat(&s.stderr, "guest insns,");
            let bytes = stat(&s.stderr, "ms compile,");
            let tiers = stat(&s.stderr, "tier-ups");
            let ratio = ml / mn;
            let base = if tb.is_empty() {
                String::new()
            } else {
                let mb = median(&mut tb);
                if !mismatch {
                    base_logsum += (mb / mn).ln();
                }
                format!(" {:>8.1} {:>10.1}", mb * 1e3, mb / mn)
            };
            println!(
                "{:<18} {:>9.1} {:>10.1} {:>7.1} {:>9.0} {:>7} {:>10.1} {:>8.1} {:>8.0} {:>7}{}{}",
                label,
                mn * 1e3,
                ml * 1e3,
                ratio,
                insns / ml / 1e6,
                blocks,
                cms,
                cms * 1e3 / tinsns,
                bytes / tinsns,
                tiers,
                base,
                if mismatch { "  MISMATCH" } else { "" }
            );
            if !mismatch {
                logsum += ratio.ln();
                n += 1;
            }
        }
    }
    if n > 0 {
        println!("geometric mean lastmile/native over {n} images: {:.2}", (logsum / n as f64).exp());
        if o.baseline.is_some() {
            println!("geometric mean baseline/native over {n} images: {:.2}", (base_logsum / n as f64).exp());
        }
    }
}
