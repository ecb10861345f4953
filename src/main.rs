//! The `lastmile` command line, qemu-user style:
//!
//!     lastmile [OPTIONS] PROGRAM [ARGS...]
//!     lastmile disasm FILE

use clap::Parser;
use lastmile_runtime::log::{LogItems, ITEM_HELP};
use lastmile_runtime::{Ending, RunOptions};

const ABOUT: &str = "Run a Linux program built for SPARC (sparc64 V9, sparc32 V8 and V8+) or IA-64 on this x86-64 machine.\n\
Guest code is translated to host code with Cranelift; the guest's system calls are carried out on the host.";

const AFTER: &str = "Examples:\n  \
lastmile ./hello                      run a static sparc64, sparc32 or IA-64 program\n  \
lastmile -strace ./prog arg1 arg2     ... and print each system call\n  \
lastmile -d in_asm,out_asm -D log ./p  log guest and host code of each block to 'log'\n  \
lastmile disasm ./prog                disassemble like `objdump -d`\n\n\
The exit status is the guest's; a guest killed by a signal kills lastmile with the same signal\n\
(a shell shows 128 + the signal number: 139 for SIGSEGV, 132 for SIGILL).\n\
Single-dash long options (-strace, -singlestep) are accepted as qemu-user spells them.";

#[derive(Parser, Debug)]
#[command(name = "lastmile", version, about = ABOUT, after_help = AFTER)]
struct Cli {
    /// Set VAR=VALUE in the guest's environment (repeatable).
    #[arg(short = 'E', value_name = "VAR=VALUE")]
    set_env: Vec<String>,

    /// Remove VAR from the guest's environment (repeatable).
    #[arg(short = 'U', value_name = "VAR")]
    unset_env: Vec<String>,

    /// Use ARGV0 as the guest's argv[0] instead of PROGRAM.
    #[arg(short = '0', value_name = "ARGV0")]
    argv0: Option<String>,

    /// Log every system call (like qemu's -strace).
    #[arg(long = "strace")]
    strace: bool,

    /// Debug log items, comma separated: in_asm, op, out_asm, exec, cpu, strace, guest_errors, all.
    #[arg(short = 'd', value_name = "ITEMS")]
    debug: Option<String>,

    /// Write the debug log to LOGFILE instead of stderr.
    #[arg(short = 'D', value_name = "LOGFILE")]
    logfile: Option<String>,

    /// Translate one guest instruction per block (for lockstep traces with -d cpu).
    #[arg(long = "singlestep")]
    singlestep: bool,

    /// Print translation and execution statistics when the guest ends.
    #[arg(long = "stats")]
    stats: bool,

    /// Translation cache size in KiB of host code; when full, every
    /// translation is dropped and the program goes on (default 262144 = 256 MiB).
    #[arg(long = "cache-size", value_name = "KIB")]
    cache_size: Option<usize>,

    /// SPARC: run a block this many times in the interpreter before
    /// compiling it with Cranelift (0: compile every block at once; default
    /// 64). IA-64 (no interpreter): blocks are compiled quickly at once and
    /// compiled again optimized after 16 x N runs (0: optimized at once).
    #[arg(long = "tier-threshold", value_name = "N")]
    tier_threshold: Option<u32>,

    /// Write /tmp/perf-PID.map, naming each translation by its guest
    /// address for `perf report` (like qemu-user's -perfmap).
    #[arg(long = "perfmap")]
    perfmap: bool,

    /// The guest program, then its arguments.
    #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true, value_name = "PROGRAM [ARGS]...")]
    program: Vec<String>,
}

/// qemu-user spells some long options with one dash; clap wants two.
fn normalise_args(args: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(args.len());
    let mut in_options = true;
    let mut expect_value = false;
    for (i, a) in args.into_iter().enumerate() {
        if i == 0 || !in_options {
            out.push(a);
            continue;
        }
        if expect_value {
            expect_value = false;
            out.push(a);
            continue;
        }
        match a.as_str() {
            "-strace" | "-singlestep" | "-stats" | "-perfmap" | "-help" | "-version" => out.push(format!("-{a}")),
            "-cache-size" => {
                expect_value = true;
                out.push(format!("-{a}"));
            }
            "-E" | "-U" | "-0" | "-d" | "-D" | "--cache-size" | "--tier-threshold" => {
                expect_value = true;
                out.push(a);
            }
            s if s.starts_with('-') => out.push(a),
            _ => {
                in_options = false;
                out.push(a);
            }
        }
    }
    out
}

fn error(msg: &str) -> ! {
    eprintln!("lastmile: error: {msg}");
    std::process::exit(1);
}

fn main() {
    let raw: Vec<String> = std::env::args().collect();
    if raw.get(1).map(String::as_str) == Some("disasm") {
        let Some(path) = raw.get(2) else { error("usage: lastmile disasm FILE") };
        match lastmile_runtime::disasm_file(std::path::Path::new(path)) {
            Ok(text) => {
                use std::io::Write;
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(text.as_bytes());
                return;
            }
            Err(e) => error(&e),
        }
    }
    let cli = Cli::parse_from(normalise_args(raw));
    let mut items = match cli.debug.as_deref() {
        Some(s) => LogItems::parse(s).unwrap_or_else(|e| error(&format!("{e}; known items: {ITEM_HELP}"))),
        None => LogItems::default(),
    };
    if cli.strace {
        items.strace = true;
    }
    // The guest's environment: ours, edited by -E and -U (as qemu-user does).
    let mut env: Vec<(String, String)> = std::env::vars().collect();
    for u in &cli.unset_env {
        env.retain(|(k, _)| k != u);
    }
    for e in &cli.set_env {
        let Some((k, v)) = e.split_once('=') else { error(&format!("-E wants VAR=VALUE, got '{e}'")) };
        env.retain(|(kk, _)| kk != k);
        env.push((k.to_string(), v.to_string()));
    }
    let opts = RunOptions {
        program: cli.program[0].clone().into(),
        args: cli.program.clone(),
        argv0: cli.argv0.clone(),
        env: env.into_iter().map(|(k, v)| format!("{k}={v}")).collect(),
        log_items: items,
        log_file: cli.logfile.clone(),
        single_step: cli.singlestep,
        stats: cli.stats,
        // --tier-threshold, else LASTMILE_TIER_THRESHOLD (for tools that run
        // lastmile as a child, e.g. the fuzzer testing the compiler), else 64.
        tier_threshold: cli
            .tier_threshold
            .or_else(|| std::env::var("LASTMILE_TIER_THRESHOLD").ok().and_then(|v| v.parse().ok()))
            .unwrap_or(lastmile_runtime::DEFAULT_TIER_THRESHOLD),
        code_limit: cli.cache_size.map(|k| k.max(64) << 10).unwrap_or(lastmile_runtime::DEFAULT_CODE_LIMIT),
    };
    if cli.perfmap {
        if let Err(e) = lastmile_jit::enable_perf_map() {
            error(&format!("--perfmap: {e}"));
        }
    }
    let ended = lastmile_runtime::run(&opts);
    lastmile_jit::perf_map_flush();
    match ended {
        Ok(Ending::Exit(code)) => std::process::exit(code),
        Ok(Ending::Signal(host_sig)) => {
            eprintln!(
                "lastmile: uncaught target signal {} ({})",
                host_sig.guest,
                lastmile_runtime::signals::host_signal_name(host_sig.host)
            );
            lastmile_runtime::signals::die_by_signal(host_sig.host)
        }
        Err(e) => error(&e),
    }
}
