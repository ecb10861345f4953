//! Side-by-side runner: every workload in `benches/workloads/` run natively
//! (x86-64 build of the same C source), under qemu-user and under lastmile,
//! interleaved and repeated, in one run; prints median wall times, peak RSS,
//! the ratios and their geometric means, and writes them to
//! `benches/out/results.md` (and `results.csv`).
//!
//!     cargo bench --bench workloads
//!     cargo bench --bench workloads -- --reps 3 --filter sort,fib --flavor all
//!
//! Options (after `--`):
//!   --reps N            timed runs of each program per workload (default 5)
//!   --filter A,B        only workloads whose name contains A or B
//!   --flavor F          sparc64 (default), sparc32plus, or all
//!   --lastmile PATH     the lastmile binary (default: the one cargo just built
//!                       for this bench, else target/release/lastmile, built
//!                       with `cargo build --release` when missing)
//!   --timeout SECS      kill a run after SECS seconds (default 60)
//!   --no-build          do not call benches/build-workloads.sh
//!   --out PATH          where to write the markdown table (default benches/out/results.md)
//!   --scale N           run each workload's main N times (BENCH_SCALE=N in
//!                       its environment; default 1): long runs for
//!                       steady-state figures
//!
//! A workload that fails under lastmile or qemu (non-zero exit, signal,
//! timeout) is reported as FAIL and left out of the geometric means; one whose
//! stdout differs from the native run's is reported as MISMATCH, likewise.
//! Each child runs with a small fixed environment, stdin from /dev/null,
//! stdout and stderr captured, in a scratch directory; its wall time is taken
//! around spawn..exit and its peak RSS from `wait4`'s `ru_maxrss`.

use std::fmt::Write as _;
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Workloads in table order, with their kind. Names not listed (new files in
/// benches/workloads/) come after these as "other" compute workloads.
const KNOWN: &[(&str, Kind)] = &[
    ("coremark", Kind::Int),
    ("hashtable", Kind::Int),
    ("sort", Kind::Int),
    ("interp", Kind::Int),
    ("compress", Kind::Int),
    ("bzip2", Kind::Int),
    ("matmul_fp", Kind::Fp),
    ("nbody", Kind::Fp),
    ("fft", Kind::Fp),
    ("recursion", Kind::Call),
    ("calls", Kind::Call),
    ("hello", Kind::Startup),
    ("manyfuncs", Kind::Startup),
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Int,
    Fp,
    Call,
    Startup,
    Other,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Fp => "fp",
            Kind::Call => "call",
            Kind::Startup => "start-up",
            Kind::Other => "other",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Flavor {
    Sparc64,
    Sparc32Plus,
}

impl Flavor {
    fn name(self) -> &'static str {
        match self {
            Flavor::Sparc64 => "sparc64",
            Flavor::Sparc32Plus => "sparc32plus",
        }
    }
    fn qemu(self) -> &'static str {
        match self {
            Flavor::Sparc64 => "qemu-sparc64",
            Flavor::Sparc32Plus => "qemu-sparc32plus",
        }
    }
}

/// BENCH_SCALE passed to every child (`--scale`).
static SCALE: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

struct Opts {
    reps: usize,
    filter: Vec<String>,
    flavors: Vec<Flavor>,
    lastmile: Option<PathBuf>,
    timeout: Duration,
    build: bool,
    out: PathBuf,
}

fn usage() -> ! {
    eprintln!(
        "usage: cargo bench --bench workloads -- [--reps N] [--filter NAME[,NAME]] \
         [--flavor sparc64|sparc32plus|all] [--lastmile PATH] [--timeout SECS] [--no-build] [--out PATH] [--scale N]"
    );
    std::process::exit(2);
}

fn parse_args() -> Option<Opts> {
    let mut o = Opts {
        reps: 5,
        filter: Vec::new(),
        flavors: vec![Flavor::Sparc64],
        lastmile: None,
        timeout: Duration::from_secs(60),
        build: true,
        out: Path::new(ROOT).join("benches/out/results.md"),
    };
    let mut saw_bench = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let (key, inline) = match a.split_once('=') {
            Some((k, v)) if k.starts_with("--") => (k.to_string(), Some(v.to_string())),
            _ => (a.clone(), None),
        };
        let mut val = |name: &str| -> String {
            inline.clone().or_else(|| args.next()).unwrap_or_else(|| {
                eprintln!("workloads: {name} needs a value");
                usage()
            })
        };
        match key.as_str() {
            // cargo bench passes --bench; cargo test --benches does not.
            "--bench" => saw_bench = true,
            "--reps" | "-n" => o.reps = val("--reps").parse().unwrap_or_else(|_| usage()),
            "--filter" => o
                .filter
                .extend(val("--filter").split(',').filter(|s| !s.is_empty()).map(String::from)),
            "--flavor" => {
                o.flavors = match val("--flavor").as_str() {
                    "sparc64" => vec![Flavor::Sparc64],
                    "sparc32plus" | "sparc32" => vec![Flavor::Sparc32Plus],
                    "all" => vec![Flavor::Sparc64, Flavor::Sparc32Plus],
                    _ => usage(),
                }
            }
            "--lastmile" => o.lastmile = Some(PathBuf::from(val("--lastmile"))),
            "--timeout" => o.timeout = Duration::from_secs_f64(val("--timeout").parse().unwrap_or_else(|_| usage())),
            "--no-build" => o.build = false,
            "--out" => o.out = PathBuf::from(val("--out")),
            "--scale" => SCALE.store(val("--scale").parse().unwrap_or_else(|_| usage()), std::sync::atomic::Ordering::Relaxed),
            "-h" | "--help" => usage(),
            // A bare word is taken as a filter, like `cargo bench -- NAME`.
            w if !w.starts_with('-') => o.filter.push(w.to_string()),
            _ => {
                eprintln!("workloads: unknown option {a}");
                usage()
            }
        }
    }
    if o.reps == 0 {
        usage();
    }
    if !saw_bench && std::env::var_os("LASTMILE_BENCH_FORCE").is_none() {
        // Built and started by `cargo test --benches` / `--all-targets`: the
        // side-by-side run takes minutes, so only do it under `cargo bench`.
        println!("workloads: skipped (run it with `cargo bench --bench workloads`)");
        return None;
    }
    Some(o)
}

// ---------------------------------------------------------------- children

#[derive(Clone, Debug)]
enum Outcome {
    Exit(i32),
    Signal(i32),
    Timeout,
    Spawn(String),
}

struct Run {
    wall: Duration,
    maxrss_kb: i64,
    outcome: Outcome,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

fn read_all<R: Read + Send + 'static>(r: Option<R>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(mut r) = r {
            let _ = r.read_to_end(&mut v);
        }
        v
    })
}

/// Runs `argv` in `cwd` with a fixed environment; returns its wall time, peak
/// RSS and output. A watchdog kills it after `timeout`.
fn run_child(argv: &[&std::ffi::OsStr], cwd: &Path, timeout: Duration) -> Run {
    let mut cmd = Command::new(argv[0]);
    cmd.args(&argv[1..])
        .current_dir(cwd)
        .env_clear()
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("LC_ALL", "C")
        .env("HOME", cwd)
        .env("BENCH_SCALE", SCALE.load(std::sync::atomic::Ordering::Relaxed).to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Own process group: a timeout kills everything the run started.
        .process_group(0);
    let start = Instant::now();
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Run {
                wall: Duration::ZERO,
                maxrss_kb: 0,
                outcome: Outcome::Spawn(format!("{}: {e}", Path::new(argv[0]).display())),
                stdout: Vec::new(),
                stderr: Vec::new(),
            }
        }
    };
    let pid = child.id() as libc::pid_t;
    let out_t = read_all(child.stdout.take());
    let err_t = read_all(child.stderr.take());

    // Watchdog: kills the child on timeout. `done` is set (under the lock)
    // before the child is reaped, so the watchdog never signals a reused pid.
    let done = Arc::new(Mutex::new(false));
    let timed_out = Arc::new(Mutex::new(false));
    let (tx, rx) = mpsc::channel::<()>();
    let dog = {
        let done = done.clone();
        let timed_out = timed_out.clone();
        std::thread::spawn(move || {
            if let Err(mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(timeout) {
                let d = done.lock().unwrap();
                if !*d {
                    *timed_out.lock().unwrap() = true;
                    unsafe { libc::kill(-pid, libc::SIGKILL) };
                }
            }
        })
    };

    // Wait for exit without reaping, stop the clock, then reap with wait4.
    loop {
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        let r = unsafe { libc::waitid(libc::P_PID, pid as libc::id_t, &mut info, libc::WEXITED | libc::WNOWAIT) };
        if r == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            break;
        }
    }
    let wall = start.elapsed();
    // The leader is a zombie, so its group id is still ours: end anything it
    // left behind (which would otherwise hold the output pipes open).
    unsafe { libc::kill(-pid, libc::SIGKILL) };
    *done.lock().unwrap() = true;
    let _ = tx.send(());
    let _ = dog.join();

    let mut status: libc::c_int = 0;
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut ru) };
        if r == pid || std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            break;
        }
    }
    // The child is reaped; keep std from trying again.
    std::mem::forget(child);
    let stdout = out_t.join().unwrap_or_default();
    let stderr = err_t.join().unwrap_or_default();
    let outcome = if *timed_out.lock().unwrap() {
        Outcome::Timeout
    } else if libc::WIFEXITED(status) {
        Outcome::Exit(libc::WEXITSTATUS(status))
    } else if libc::WIFSIGNALED(status) {
        Outcome::Signal(libc::WTERMSIG(status))
    } else {
        Outcome::Exit(-1)
    };
    Run {
        wall,
        maxrss_kb: ru.ru_maxrss,
        outcome,
        stdout,
        stderr,
    }
}

// ------------------------------------------------------------------ cells

#[derive(Clone, Copy, PartialEq, Eq)]
enum Who {
    Native,
    Qemu,
    Lastmile,
}

/// The runs of one program (native, qemu or lastmile) for one workload.
#[derive(Default)]
struct Cell {
    times_ms: Vec<f64>,
    rss_kb: Vec<i64>,
    /// Set on the first failure; no further runs are made.
    failed: Option<String>,
    mismatch: bool,
}

impl Cell {
    fn ok(&self) -> bool {
        self.failed.is_none() && !self.mismatch && !self.times_ms.is_empty()
    }
    fn median(&self) -> Option<f64> {
        if self.failed.is_some() || self.times_ms.is_empty() {
            return None;
        }
        let mut v = self.times_ms.clone();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let n = v.len();
        Some(if n % 2 == 1 {
            v[n / 2]
        } else {
            (v[n / 2 - 1] + v[n / 2]) / 2.0
        })
    }
    fn peak_rss_mb(&self) -> Option<f64> {
        self.rss_kb.iter().max().map(|&k| k as f64 / 1024.0)
    }
    fn show_time(&self) -> String {
        match (&self.failed, self.median()) {
            (Some(_), _) => "FAIL".into(),
            (None, None) => "n/a".into(),
            (None, Some(m)) => format!("{m:.1}{}", if self.mismatch { "*" } else { "" }),
        }
    }
}

fn describe_failure(r: &Run) -> Option<String> {
    let why = match &r.outcome {
        Outcome::Exit(0) => return None,
        Outcome::Exit(c) => format!("exit {c}"),
        Outcome::Signal(s) => format!("signal {s}"),
        Outcome::Timeout => "timeout".into(),
        Outcome::Spawn(e) => return Some(format!("cannot run: {e}")),
    };
    // Paths of the guest programs only take room: keep flavor/name.
    let err = String::from_utf8_lossy(&r.stderr).replace(&format!("{ROOT}/benches/out/"), "");
    let first = err.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    let mut first: String = first.chars().take(90).collect();
    if first.len() < err.trim().len() {
        first.push_str("...");
    }
    Some(if first.is_empty() {
        why
    } else {
        format!("{why} ({first})")
    })
}

struct Row {
    name: String,
    kind: Kind,
    flavor: Flavor,
    native: Cell,
    qemu: Cell,
    lastmile: Cell,
}

impl Row {
    fn cell(&mut self, w: Who) -> &mut Cell {
        match w {
            Who::Native => &mut self.native,
            Who::Qemu => &mut self.qemu,
            Who::Lastmile => &mut self.lastmile,
        }
    }
    fn ratio(num: &Cell, den: &Cell) -> Option<f64> {
        match (num.median(), den.median()) {
            (Some(a), Some(b)) if num.ok() && den.ok() && b > 0.0 => Some(a / b),
            _ => None,
        }
    }
    /// qemu time / lastmile time: > 1 means lastmile is faster.
    fn speedup(&self) -> Option<f64> {
        Row::ratio(&self.qemu, &self.lastmile)
    }
    /// lastmile time / native time.
    fn slowdown(&self) -> Option<f64> {
        Row::ratio(&self.lastmile, &self.native)
    }
    fn qemu_slowdown(&self) -> Option<f64> {
        Row::ratio(&self.qemu, &self.native)
    }
    fn status(&self) -> String {
        let mut s = Vec::new();
        for (who, c) in [
            ("native", &self.native),
            ("qemu", &self.qemu),
            ("lastmile", &self.lastmile),
        ] {
            if let Some(f) = &c.failed {
                s.push(format!("{who} {f}"));
            } else if c.mismatch {
                s.push(format!("{who} MISMATCH"));
            }
        }
        if s.is_empty() {
            "ok".into()
        } else {
            s.join("; ")
        }
    }
}

// ------------------------------------------------------------------- setup

fn build_workloads() {
    let script = Path::new(ROOT).join("benches/build-workloads.sh");
    eprintln!("workloads: building with {}", script.display());
    let st = Command::new("bash")
        .arg(&script)
        .status()
        .expect("run bash benches/build-workloads.sh");
    if !st.success() {
        eprintln!("workloads: build-workloads.sh failed ({st})");
        std::process::exit(1);
    }
}

fn find_lastmile(opt: &Option<PathBuf>) -> PathBuf {
    if let Some(p) = opt {
        if !p.exists() {
            eprintln!("workloads: --lastmile {} does not exist", p.display());
            std::process::exit(1);
        }
        return std::fs::canonicalize(p).unwrap_or_else(|_| p.clone());
    }
    // cargo builds the package's binaries for its benches (same profile:
    // bench = release), so this is up to date with the source.
    if let Some(p) = option_env!("CARGO_BIN_EXE_lastmile") {
        if Path::new(p).exists() {
            return PathBuf::from(p);
        }
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|t| if t.is_absolute() { t } else { Path::new(ROOT).join(t) })
        .unwrap_or_else(|| Path::new(ROOT).join("target"));
    let p = target.join("release/lastmile");
    if !p.exists() {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        eprintln!(
            "workloads: {} missing; cargo build --release --bin lastmile",
            p.display()
        );
        let st = Command::new(cargo)
            .args(["build", "--release", "--bin", "lastmile"])
            .current_dir(ROOT)
            .status()
            .expect("run cargo build");
        if !st.success() || !p.exists() {
            eprintln!("workloads: could not build {}", p.display());
            std::process::exit(1);
        }
    }
    p
}

fn workloads(out: &Path, filter: &[String]) -> Vec<(String, Kind)> {
    let mut names: Vec<String> = std::fs::read_dir(out.join("native"))
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.retain(|n| !n.contains(".tmp."));
    names.sort();
    let mut list: Vec<(String, Kind)> = KNOWN
        .iter()
        .filter(|(n, _)| names.iter().any(|m| m == n))
        .map(|(n, k)| (n.to_string(), *k))
        .collect();
    for n in &names {
        if !KNOWN.iter().any(|(k, _)| k == n) {
            list.push((n.clone(), Kind::Other));
        }
    }
    // Start-up rows last.
    list.sort_by_key(|(_, k)| *k == Kind::Startup);
    if !filter.is_empty() {
        list.retain(|(n, _)| filter.iter().any(|f| n.contains(f.as_str())));
    }
    list
}

fn cmd_first_line(prog: &str, args: &[&str]) -> String {
    Command::new(prog)
        .args(args)
        .current_dir(ROOT)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .next()
                .map(|l| l.trim().to_string())
        })
        .unwrap_or_else(|| "?".into())
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "?".into())
}

// ------------------------------------------------------------------ report

fn geomean(v: &[f64]) -> Option<f64> {
    if v.is_empty() {
        None
    } else {
        Some((v.iter().map(|x| x.ln()).sum::<f64>() / v.len() as f64).exp())
    }
}

fn fmt_opt(v: Option<f64>, digits: usize, suffix: &str) -> String {
    v.map(|x| format!("{x:.digits$}{suffix}")).unwrap_or_else(|| "-".into())
}

const HEADERS: [&str; 12] = [
    "workload",
    "kind",
    "flavor",
    "native ms",
    "qemu ms",
    "lastmile ms",
    "speedup vs qemu",
    "lastmile/native",
    "qemu/native",
    "qemu RSS MB",
    "lastmile RSS MB",
    "status",
];

fn row_cells(r: &Row) -> Vec<String> {
    vec![
        r.name.clone(),
        r.kind.label().into(),
        r.flavor.name().into(),
        r.native.show_time(),
        r.qemu.show_time(),
        r.lastmile.show_time(),
        fmt_opt(r.speedup(), 2, "x"),
        fmt_opt(r.slowdown(), 2, "x"),
        fmt_opt(r.qemu_slowdown(), 2, "x"),
        fmt_opt(r.qemu.peak_rss_mb(), 1, ""),
        fmt_opt(r.lastmile.peak_rss_mb(), 1, ""),
        r.status(),
    ]
}

struct Summary {
    label: String,
    n: usize,
    of: usize,
    speedup: Option<f64>,
    slowdown: Option<f64>,
    qemu_slowdown: Option<f64>,
}

fn summarize(label: &str, rows: &[&Row]) -> Summary {
    let good: Vec<&&Row> = rows
        .iter()
        .filter(|r| r.speedup().is_some() && r.slowdown().is_some())
        .collect();
    Summary {
        label: label.to_string(),
        n: good.len(),
        of: rows.len(),
        speedup: geomean(&good.iter().map(|r| r.speedup().unwrap()).collect::<Vec<_>>()),
        slowdown: geomean(&good.iter().map(|r| r.slowdown().unwrap()).collect::<Vec<_>>()),
        qemu_slowdown: geomean(&rows.iter().filter_map(|r| r.qemu_slowdown()).collect::<Vec<_>>()),
    }
}

fn summaries(rows: &[Row], flavors: &[Flavor]) -> Vec<Summary> {
    let mut out = Vec::new();
    for &f in flavors {
        let compute: Vec<&Row> = rows
            .iter()
            .filter(|r| r.flavor == f && r.kind != Kind::Startup)
            .collect();
        let startup: Vec<&Row> = rows
            .iter()
            .filter(|r| r.flavor == f && r.kind == Kind::Startup)
            .collect();
        if !compute.is_empty() {
            out.push(summarize(&format!("{} compute", f.name()), &compute));
        }
        if !startup.is_empty() {
            out.push(summarize(&format!("{} start-up", f.name()), &startup));
        }
    }
    out
}

fn summary_line(s: &Summary) -> String {
    format!(
        "geomean {:<22} speedup vs qemu {:>8}   lastmile/native {:>8}   qemu/native {:>8}   (lastmile ok on {} of {})",
        s.label,
        fmt_opt(s.speedup, 2, "x"),
        fmt_opt(s.slowdown, 2, "x"),
        fmt_opt(s.qemu_slowdown, 2, "x"),
        s.n,
        s.of
    )
}

fn text_table(rows: &[Row]) -> String {
    let body: Vec<Vec<String>> = rows.iter().map(row_cells).collect();
    let mut w: Vec<usize> = HEADERS.iter().map(|h| h.len()).collect();
    for r in &body {
        for (i, c) in r.iter().enumerate() {
            if i + 1 < HEADERS.len() {
                w[i] = w[i].max(c.len());
            }
        }
    }
    let mut s = String::new();
    let line = |cells: Vec<String>, s: &mut String| {
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                let _ = write!(s, "{c}");
            } else if i < 3 {
                let _ = write!(s, "{c:<width$}  ", width = w[i]);
            } else {
                let _ = write!(s, "{c:>width$}  ", width = w[i]);
            }
        }
        s.push('\n');
    };
    line(HEADERS.iter().map(|h| h.to_string()).collect(), &mut s);
    for r in body {
        line(r, &mut s);
    }
    s
}

fn markdown(rows: &[Row], sums: &[Summary], header: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# lastmile vs qemu-user vs native\n\n{header}\n");
    let _ = writeln!(s, "| {} |", HEADERS.join(" | "));
    let _ = writeln!(
        s,
        "|{}|",
        HEADERS
            .iter()
            .enumerate()
            .map(|(i, _)| if (3..11).contains(&i) { "---:" } else { "---" })
            .collect::<Vec<_>>()
            .join("|")
    );
    for r in rows {
        let cells: Vec<String> = row_cells(r).iter().map(|c| c.replace('|', "\\|")).collect();
        let _ = writeln!(s, "| {} |", cells.join(" | "));
    }
    let _ = writeln!(
        s,
        "\n| geometric mean | speedup vs qemu | lastmile/native | qemu/native | lastmile ok |"
    );
    let _ = writeln!(s, "|---|---:|---:|---:|---:|");
    for m in sums {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} of {} |",
            m.label,
            fmt_opt(m.speedup, 2, "x"),
            fmt_opt(m.slowdown, 2, "x"),
            fmt_opt(m.qemu_slowdown, 2, "x"),
            m.n,
            m.of
        );
    }
    let _ = writeln!(
        s,
        "\nTimes are medians of wall time (spawn to exit) in ms; `*` marks stdout that differs from the native run's. \
         RSS is the peak over the runs (`ru_maxrss`). Speedup vs qemu = qemu time / lastmile time. \
         Geometric means cover the rows where lastmile ran and matched; qemu/native covers the rows where qemu did."
    );
    s
}

fn csv(rows: &[Row]) -> String {
    let mut s = String::from(
        "workload,kind,flavor,native_ms,qemu_ms,lastmile_ms,speedup_vs_qemu,lastmile_per_native,qemu_per_native,qemu_rss_mb,lastmile_rss_mb,status\n",
    );
    for r in rows {
        let f = |v: Option<f64>| v.map(|x| format!("{x:.3}")).unwrap_or_default();
        let _ = writeln!(
            s,
            "{},{},{},{},{},{},{},{},{},{},{},\"{}\"",
            r.name,
            r.kind.label(),
            r.flavor.name(),
            f(r.native.median()),
            f(r.qemu.median()),
            f(r.lastmile.median()),
            f(r.speedup()),
            f(r.slowdown()),
            f(r.qemu_slowdown()),
            f(r.qemu.peak_rss_mb()),
            f(r.lastmile.peak_rss_mb()),
            r.status().replace('"', "'")
        );
    }
    s
}

// -------------------------------------------------------------------- main

fn main() {
    let Some(opts) = parse_args() else { return };
    let out_dir = Path::new(ROOT).join("benches/out");
    if opts.build {
        build_workloads();
    }
    let lastmile = find_lastmile(&opts.lastmile);
    let list = workloads(&out_dir, &opts.filter);
    if list.is_empty() {
        eprintln!(
            "workloads: no workload matches (built ones are in {})",
            out_dir.join("native").display()
        );
        std::process::exit(1);
    }

    let scratch = std::env::temp_dir().join(format!("lastmile-bench.{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("create scratch directory");

    let header = format!(
        "lastmile: `{}` ({})  \nqemu: {}  \nhost: {}, {} CPUs  \nreps: {}, scale {}, timeout {} s, flavors: {}  \ndate: {}",
        lastmile.display(),
        cmd_first_line("git", &["describe", "--always", "--dirty"]),
        cmd_first_line("qemu-sparc64", &["--version"]),
        cpu_model(),
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        opts.reps,
        SCALE.load(std::sync::atomic::Ordering::Relaxed),
        opts.timeout.as_secs_f64(),
        opts.flavors.iter().map(|f| f.name()).collect::<Vec<_>>().join(", "),
        cmd_first_line("date", &["-u", "+%Y-%m-%d %H:%M:%S UTC"]),
    );
    eprintln!("{}", header.replace("  \n", "\n"));

    let mut rows: Vec<Row> = Vec::new();
    for &flavor in &opts.flavors {
        for (name, kind) in &list {
            let guest = out_dir.join(flavor.name()).join(name);
            let native = out_dir.join("native").join(name);
            let mut row = Row {
                name: name.clone(),
                kind: *kind,
                flavor,
                native: Cell::default(),
                qemu: Cell::default(),
                lastmile: Cell::default(),
            };
            let mut expected: Option<Vec<u8>> = None;
            let order = [Who::Native, Who::Qemu, Who::Lastmile];
            for rep in 0..opts.reps {
                // Interleave, rotating who goes first, so that drift in the
                // machine's speed is shared out evenly.
                for k in 0..3 {
                    let who = order[(rep + k) % 3];
                    if row.cell(who).failed.is_some() {
                        continue;
                    }
                    let argv: Vec<&std::ffi::OsStr> = match who {
                        Who::Native => vec![native.as_os_str()],
                        Who::Qemu => vec![flavor.qemu().as_ref(), guest.as_os_str()],
                        Who::Lastmile => vec![lastmile.as_os_str(), guest.as_os_str()],
                    };
                    let r = run_child(&argv, &scratch, opts.timeout);
                    let cell = row.cell(who);
                    if let Some(f) = describe_failure(&r) {
                        cell.failed = Some(f);
                        continue;
                    }
                    cell.times_ms.push(r.wall.as_secs_f64() * 1e3);
                    cell.rss_kb.push(r.maxrss_kb);
                    if who == Who::Native && expected.is_none() {
                        expected = Some(r.stdout.clone());
                    }
                    match &expected {
                        Some(e) if *e != r.stdout => cell.mismatch = true,
                        _ => {}
                    }
                }
            }
            // The native run decides what is right; if it never ran, nothing matched.
            if expected.is_none() {
                row.qemu.mismatch |= row.qemu.failed.is_none();
                row.lastmile.mismatch |= row.lastmile.failed.is_none();
            }
            eprintln!(
                "  {:<11} {:<11} native {:>8}  qemu {:>8}  lastmile {:>8}  speedup {:>7}  {}",
                row.name,
                flavor.name(),
                row.native.show_time(),
                row.qemu.show_time(),
                row.lastmile.show_time(),
                fmt_opt(row.speedup(), 2, "x"),
                row.status()
            );
            rows.push(row);
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);

    let sums = summaries(&rows, &opts.flavors);
    println!();
    print!("{}", text_table(&rows));
    println!();
    for s in &sums {
        println!("{}", summary_line(s));
    }

    if let Some(dir) = opts.out.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    match std::fs::write(&opts.out, markdown(&rows, &sums, &header)) {
        Ok(()) => println!("\nwrote {}", opts.out.display()),
        Err(e) => eprintln!("workloads: cannot write {}: {e}", opts.out.display()),
    }
    let csv_path = opts.out.with_extension("csv");
    if let Err(e) = std::fs::write(&csv_path, csv(&rows)) {
        eprintln!("workloads: cannot write {}: {e}", csv_path.display());
    } else {
        println!("wrote {}", csv_path.display());
    }
}
