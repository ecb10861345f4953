//! `lastmile-difftest`: compare lastmile with qemu-user.
//!
//! ```text
//! lastmile-difftest [OPTIONS] PROG...                   whole programs
//! lastmile-difftest --lockstep [OPTIONS] PROG [ARGS...]  first diverging instruction
//! lastmile-difftest --fuzz N [--seed S] [OPTIONS]        random instruction sequences
//! lastmile-difftest --show-seed S                        print a seed's assembly
//! ```

use lastmile_difftest::fuzz::{self, gen::Flavour};
use lastmile_difftest::run::{Emulator, Job};
use lastmile_difftest::{lockstep, parallel, tools, whole};
use std::path::PathBuf;
use std::time::Duration;

const USAGE: &str = "\
usage:
  lastmile-difftest [OPTIONS] PROG...
      Run each program under lastmile and under the qemu-user reference its
      ELF header names (EM_SPARCV9: qemu-sparc64, EM_SPARC32PLUS:
      qemu-sparc32plus, EM_SPARC: qemu-sparc), each in a fresh empty directory
      with the environment PATH=/usr/bin:/bin HOME=/tmp LANG=C LASTMILE_TEST=1;
      compare stdout, stderr, exit status and the files left behind. Arguments
      and stdin come from PROG.args / PROG.stdin beside the program, or
      DIR/BASE.args / DIR/BASE.stdin for each --sidecars DIR (BASE: the name
      without -O0/-O2...), or --args / --stdin. One line per program, then
      `N passed, M failed`.
  lastmile-difftest --lockstep [OPTIONS] PROG [ARGS...]
      Run both with -singlestep -d cpu and report the first instruction after
      which the register states differ (masks: see the lockstep module docs).
  lastmile-difftest --fuzz N [--seed S] [OPTIONS]
      Generate, run and compare random instruction sequences for seeds
      S..S+N-1 (S defaults to 1); each diverging seed is reported with its
      first diverging instruction. Ends with `N passed, M failed`.
  lastmile-difftest --show-seed S [--units U] [--flavour F]
      Print the assembly of seed S.

options:
  --lastmile PATH     the lastmile binary (default: beside this program, or target/*/lastmile)
  --jobs N            parallel runs (default: the number of CPUs)
  --timeout SECS      time limit of one run (default 60; lockstep 600)
  --sidecars DIR      where to look for BASE.args / BASE.stdin (repeatable)
  --args \"A B C\"      arguments for every program given (whitespace separated)
  --stdin FILE        stdin for every program given
  --lastmile-env VAR=VALUE
                      set VAR for the lastmile process only (not seen by the guest)
  --context N         lockstep: instructions shown before the divergence (20)
  --max-records N     lockstep: stop after N instructions
  --ignore NAME       lockstep: also ignore this state (fprs, fsr, %g5, ...; repeatable)
  --units N           fuzz: random units per sequence (60)
  --flavour F         fuzz: v9 (default), v8plus or v8
  --keep DIR          fuzz: keep source and binary of diverging seeds in DIR
  --no-lockstep       fuzz: do not run lockstep on diverging seeds
  -h, --help          this text
";

fn die(msg: &str) -> ! {
    eprintln!("lastmile-difftest: {msg}");
    eprintln!("(lastmile-difftest --help for usage)");
    std::process::exit(2);
}

enum Mode {
    Whole,
    Lockstep,
    Fuzz(u64),
    ShowSeed(u64),
}

fn num(v: Option<String>, what: &str) -> u64 {
    let v = v.unwrap_or_else(|| die(&format!("{what} wants a number")));
    v.parse().unwrap_or_else(|_| die(&format!("{what}: not a number: {v}")))
}

fn main() {
    // Die quietly when the reader of our output goes away (`| head`).
    // SAFETY: restoring the default action of one signal at startup.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_DFL) };
    let mut it = std::env::args().skip(1);
    let mut mode = Mode::Whole;
    let mut lastmile: Option<PathBuf> = None;
    let mut jobs = parallel::default_jobs();
    let mut timeout: Option<u64> = None;
    let mut sidecars: Vec<PathBuf> = Vec::new();
    let mut args: Option<Vec<String>> = None;
    let mut stdin: Option<PathBuf> = None;
    let mut lm_env: Vec<(String, String)> = Vec::new();
    let mut context = 20usize;
    let mut max_records = 0u64;
    let mut ignore: Vec<String> = Vec::new();
    let mut units = 60usize;
    let mut flavour = Flavour::V9;
    let mut keep: Option<PathBuf> = None;
    let mut do_lockstep = true;
    let mut seed = 1u64;
    let mut rest: Vec<String> = Vec::new();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return;
            }
            "--lockstep" => mode = Mode::Lockstep,
            "--fuzz" => mode = Mode::Fuzz(num(it.next(), "--fuzz")),
            "--show-seed" => mode = Mode::ShowSeed(num(it.next(), "--show-seed")),
            "--seed" => seed = num(it.next(), "--seed"),
            "--lastmile" => lastmile = Some(it.next().unwrap_or_else(|| die("--lastmile wants a path")).into()),
            "--jobs" | "-j" => jobs = num(it.next(), "--jobs").max(1) as usize,
            "--timeout" => timeout = Some(num(it.next(), "--timeout")),
            "--sidecars" => sidecars.push(it.next().unwrap_or_else(|| die("--sidecars wants a directory")).into()),
            "--args" => args = Some(it.next().unwrap_or_default().split_whitespace().map(String::from).collect()),
            "--stdin" => stdin = Some(it.next().unwrap_or_else(|| die("--stdin wants a file")).into()),
            "--lastmile-env" => {
                let v = it.next().unwrap_or_default();
                let Some((k, val)) = v.split_once('=') else { die("--lastmile-env wants VAR=VALUE") };
                lm_env.push((k.to_string(), val.to_string()));
            }
            "--context" => context = num(it.next(), "--context") as usize,
            "--max-records" => max_records = num(it.next(), "--max-records"),
            "--ignore" => ignore.push(it.next().unwrap_or_else(|| die("--ignore wants a name"))),
            "--units" => units = num(it.next(), "--units") as usize,
            "--flavour" | "--flavor" => {
                flavour = match it.next().as_deref() {
                    Some("v9") | Some("sparc64") => Flavour::V9,
                    Some("v8plus") | Some("sparc32plus") => Flavour::V8Plus,
                    Some("v8") | Some("sparc32") => Flavour::V8,
                    _ => die("--flavour is v9, v8plus or v8"),
                }
            }
            "--keep" => keep = Some(it.next().unwrap_or_else(|| die("--keep wants a directory")).into()),
            "--no-lockstep" => do_lockstep = false,
            s if s.starts_with('-') && rest.is_empty() => die(&format!("unknown option {s}")),
            _ => {
                rest.push(a);
                if matches!(mode, Mode::Lockstep) {
                    // Everything after the program is its arguments.
                    rest.extend(it.by_ref());
                }
            }
        }
    }
    let lm_path = lastmile.unwrap_or_else(tools::default_lastmile);
    if matches!(mode, Mode::Fuzz(_)) && !lm_env.iter().any(|(k, _)| k == "LASTMILE_TIER_THRESHOLD") {
        // A random sequence runs once: without this the interpreter tier
        // would run it. Fuzz the compiler (the interpreter is checked
        // against it block by block in jit/tests/sparc_interp.rs).
        lm_env.push(("LASTMILE_TIER_THRESHOLD".into(), "0".into()));
    }
    let lm = Emulator::lastmile(&lm_path, &lm_env);
    match mode {
        Mode::ShowSeed(s) => {
            print!("{}", fuzz::gen::generate(s, flavour, units).asm);
        }
        Mode::Whole => {
            if rest.is_empty() {
                die("no programs given");
            }
            let t = Duration::from_secs(timeout.unwrap_or(60));
            let cases: Vec<whole::Case> = rest
                .iter()
                .map(|p| {
                    let mut c = whole::case_for(std::path::Path::new(p), &sidecars, t);
                    if let Some(a) = &args {
                        c.job.args = a.clone();
                    }
                    if let Some(s) = &stdin {
                        c.job.stdin = Some(s.clone());
                    }
                    c
                })
                .collect();
            let s = whole::run_all(&cases, &lm, jobs, true);
            println!("{}", s.line());
            std::process::exit(if s.failed() == 0 { 0 } else { 1 });
        }
        Mode::Lockstep => {
            let Some((prog, pargs)) = rest.split_first() else { die("--lockstep wants a program") };
            let prog = PathBuf::from(prog);
            let (side_args, side_stdin) = whole::sidecars(&prog, &sidecars);
            let job = Job {
                prog,
                args: if pargs.is_empty() { args.unwrap_or(side_args) } else { pargs.to_vec() },
                stdin: stdin.or(side_stdin),
                timeout: Duration::from_secs(timeout.unwrap_or(600)),
            };
            let mut o = lockstep::Options::new(lm, job);
            o.context = context;
            o.max_records = max_records;
            o.ignore = ignore;
            let f = lockstep::lockstep(&o);
            print!("{f}");
            std::process::exit(if f.is_agree() { 0 } else { 1 });
        }
        Mode::Fuzz(n) => {
            let missing = fuzz::missing_tools(flavour);
            if !missing.is_empty() {
                eprintln!("lastmile-difftest: missing tools: {}", missing.join(", "));
                println!("0 passed, {n} failed");
                std::process::exit(1);
            }
            let mut cfg = fuzz::Config::new(lm);
            cfg.flavour = flavour;
            cfg.units = units;
            cfg.jobs = jobs;
            cfg.lockstep = do_lockstep;
            cfg.keep = keep;
            if let Some(t) = timeout {
                cfg.timeout = Duration::from_secs(t);
            }
            let s = fuzz::run_fuzz(&cfg, seed, n, true);
            if s.exemptions() > 0 {
                println!("({} seeds pass only as known-qemu-bug exemptions; see the lines above)", s.exemptions());
            }
            println!("{}", s.line());
            std::process::exit(if s.failed() == 0 { 0 } else { 1 });
        }
    }
}
