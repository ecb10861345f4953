//! Front-end throughput on real code (criterion):
//!
//!   decode/*          `decode` on every word of the .text of a large static
//!                     sparc64 image (guest instructions per second)
//!   lift/*            `lift_block` of up to 2000 blocks, one at each of
//!                     2000 function symbols spread over the text
//!   lift+compile/*    the same blocks lifted and compiled by Cranelift
//!                     (`OptLevel::Fast`; and `Speed`, as the runtime does)
//!   regions           (cold pass only) the region compiler: at each entry
//!                     whose block is in a loop, `lift_region` of the loop
//!                     (every block taken as hot) compiled with `Speed`;
//!                     its lift time and IR size per guest instruction
//!                     (LASTMILE_DECODE_PASSES=1: Cranelift's pass timings);
//!                     exits chain through slots as in the runtime, and the
//!                     lift and compile thread CPU times print apart
//!                     (LASTMILE_DECODE_REGIONS=1: only this row, ~3 s)
//!   function-entry regions  (cold pass only) the region at each of the
//!                     sampled function entries with every block hot and
//!                     free: acyclic regions (a function's body up to its
//!                     calls, returns and indirect jumps) where the entry
//!                     heads no loop (as in the runtime, the entries that
//!                     begin with `save` included: region.rs
//!                     `window_member_ok`)
//!
//!     cargo bench --bench decode
//!     LASTMILE_DECODE_IMAGE=path/to/static-sparc64 cargo bench --bench decode
//!
//! The image defaults to benches/out/sparc64/manyfuncs (3000 generated
//! functions + libc; built by benches/build-workloads.sh when missing).
//! Before criterion's own report, one cold pass of each stage (timed with
//! `Instant`) prints µs per guest instruction; criterion's figures (warm,
//! many iterations) follow as time per pass and elements (= guest
//! instructions) per second.

use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion, SamplingMode, Throughput};
use goblin::elf::{sym, Elf};
use lastmile_frontend::sparc::cpu::{Exit, SparcCpu};
use lastmile_frontend::sparc::decode::{decode, Flavor, Op};
use lastmile_frontend::sparc::lift::{lift_block, lift_region, Chain, Helpers, LiftConfig};
use lastmile_jit::chain::{IndirectTable, SlotArena};
use lastmile_jit::{Jit, OptLevel};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const MAX_BLOCKS: usize = 2000;

struct Image {
    path: PathBuf,
    text_addr: u64,
    words: Vec<u32>,
    /// Block start addresses: function symbols in the text.
    entries: Vec<u64>,
}

impl Image {
    fn fetch(&self, a: u64) -> Option<u32> {
        if a < self.text_addr || a % 4 != 0 {
            return None;
        }
        self.words.get(((a - self.text_addr) / 4) as usize).copied()
    }
}

fn image_path() -> PathBuf {
    if let Some(p) = std::env::var_os("LASTMILE_DECODE_IMAGE") {
        return PathBuf::from(p);
    }
    let p = Path::new(ROOT).join("benches/out/sparc64/manyfuncs");
    if !p.exists() {
        let st = Command::new("bash")
            .arg(Path::new(ROOT).join("benches/build-workloads.sh"))
            .status()
            .expect("run benches/build-workloads.sh");
        assert!(st.success(), "benches/build-workloads.sh failed");
    }
    p
}

fn load_image() -> Image {
    let path = image_path();
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let elf = Elf::parse(&bytes).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()));
    let text = elf
        .section_headers
        .iter()
        .find(|sh| elf.shdr_strtab.get_at(sh.sh_name) == Some(".text"))
        .unwrap_or_else(|| panic!("{}: no .text", path.display()));
    let off = text.sh_offset as usize;
    let data = &bytes[off..off + text.sh_size as usize];
    let words: Vec<u32> = data
        .chunks_exact(4)
        .map(|c| u32::from_be_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let (lo, hi) = (text.sh_addr, text.sh_addr + text.sh_size);
    let mut funcs: Vec<u64> = elf
        .syms
        .iter()
        .filter(|s| s.st_type() == sym::STT_FUNC && s.st_value >= lo && s.st_value < hi && s.st_value % 4 == 0)
        .map(|s| s.st_value)
        .collect();
    funcs.sort_unstable();
    funcs.dedup();
    // Spread the sample over the whole text, not just its first functions.
    let entries: Vec<u64> = if funcs.len() <= MAX_BLOCKS {
        funcs
    } else {
        (0..MAX_BLOCKS).map(|i| funcs[i * funcs.len() / MAX_BLOCKS]).collect()
    };
    Image {
        path,
        text_addr: lo,
        words,
        entries,
    }
}

extern "C" fn no_helper(_: *mut SparcCpu) -> u64 {
    Exit::Illegal as u64
}

fn lift_config(jit: &Jit) -> LiftConfig {
    let h = no_helper as *const () as usize as u64;
    LiftConfig {
        flavor: Flavor::V9,
        space_mask: (1u64 << 40) - 1,
        max_insns: 64,
        helpers: Helpers {
            save: h,
            restore: h,
            flushw: h,
            tick: h,
        },
        call_conv: jit.call_conv(),
        frontend: jit.frontend_config(),
            chain: None,
    }
}

/// Keeps the entries whose block lifts and compiles (a lifter gap must not
/// take the whole benchmark down); returns them with the guest instruction
/// count of their blocks.
fn usable_entries(img: &Image) -> (Vec<u64>, u64) {
    let mut jit = Jit::new(OptLevel::Fast, false).expect("jit");
    let cfg = lift_config(&jit);
    let fetch = |a: u64| img.fetch(a);
    let mut keep = Vec::new();
    let mut insns = 0u64;
    let prev_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    for &pc in &img.entries {
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let (f, info) = lift_block(&cfg, &fetch, pc, false, &mut jit.fctx).ok()?;
            jit.compile(f, info.insns, info.start).ok()?;
            Some(info.insns)
        }));
        if let Ok(Some(n)) = r {
            keep.push(pc);
            insns += n as u64;
        } else {
            // A panic may leave the builder context mid-function.
            jit = Jit::new(OptLevel::Fast, false).expect("jit");
        }
    }
    std::panic::set_hook(prev_hook);
    (keep, insns)
}

fn lift_all(img: &Image, entries: &[u64], cfg: &LiftConfig, jit: &mut Jit, compile: bool) -> u64 {
    let fetch = |a: u64| img.fetch(a);
    let mut n = 0u64;
    for &pc in entries {
        let (f, info) = lift_block(cfg, &fetch, pc, false, &mut jit.fctx).unwrap();
        n += info.insns as u64;
        if compile {
            black_box(jit.compile(f, info.insns, info.start).unwrap());
        } else {
            black_box(f);
        }
    }
    n
}

fn decode_all(words: &[u32]) -> usize {
    let mut illegal = 0;
    for &w in words {
        let i = decode(black_box(w), Flavor::V9);
        illegal += (i.op == Op::Illegal) as usize;
        black_box(i);
    }
    illegal
}

fn report_once(img: &Image, entries: &[u64], insns: u64) {
    let t = Instant::now();
    let illegal = decode_all(&img.words);
    let d = t.elapsed();
    eprintln!(
        "one cold pass over {}: .text {} KiB, {} words ({} illegal), {} function entries sampled, {} lift+compile cleanly ({} guest insns)",
        img.path.display(),
        img.words.len() * 4 / 1024,
        img.words.len(),
        illegal,
        img.entries.len(),
        entries.len(),
        insns
    );
    eprintln!(
        "  decode:               {:>9.4} µs/insn  {:>8.1} M insns/s",
        d.as_secs_f64() * 1e6 / img.words.len() as f64,
        img.words.len() as f64 / d.as_secs_f64() / 1e6
    );
    // LASTMILE_DECODE_REGIONS=1: only the region row (for comparing
    // region lift/compile cost between builds; shorter and less noisy).
    let regions_only = std::env::var_os("LASTMILE_DECODE_REGIONS").is_some();
    if !regions_only {
        // IR size of the single blocks (the lift stage's functions).
        let mut jit = Jit::new(OptLevel::Fast, false).expect("jit");
        let cfg = lift_config(&jit);
        let fetch = |a: u64| img.fetch(a);
        let (mut n, mut ir, mut irb) = (0usize, 0usize, 0usize);
        for &pc in entries {
            let (f, info) = lift_block(&cfg, &fetch, pc, false, &mut jit.fctx).unwrap();
            n += info.insns;
            irb += f.layout.blocks().count();
            ir += f.layout.blocks().map(|b| f.layout.block_insts(b).count()).sum::<usize>();
        }
        eprintln!(
            "  blocks: IR {:.1} insts and {:.2} blocks per guest insn",
            ir as f64 / n.max(1) as f64,
            irb as f64 / n.max(1) as f64
        );
    }
    for (label, opt, compile) in [
        ("lift", OptLevel::Fast, false),
        ("lift+compile (Fast)", OptLevel::Fast, true),
        ("lift+compile (Speed)", OptLevel::Speed, true),
    ] {
        if regions_only {
            break;
        }
        let mut jit = Jit::new(opt, false).expect("jit");
        let cfg = lift_config(&jit);
        let t = Instant::now();
        let n = lift_all(img, entries, &cfg, &mut jit, compile);
        let d = t.elapsed();
        eprintln!(
            "  {label:<21} {:>9.4} µs/insn  {:>8.3} M insns/s  ({:.1} µs/block)",
            d.as_secs_f64() * 1e6 / n.max(1) as f64,
            n as f64 / d.as_secs_f64() / 1e6,
            d.as_secs_f64() * 1e6 / entries.len().max(1) as f64
        );
    }
    // Regions start at loop heads: take every block start reachable in the
    // text as a candidate (function entries rarely head loops).
    // LASTMILE_DECODE_STRIDE=N: every Nth word only as a candidate head
    // (a run short enough for callgrind).
    let stride = std::env::var("LASTMILE_DECODE_STRIDE").ok().and_then(|s| s.parse().ok()).unwrap_or(1u64).max(1);
    let starts: Vec<u64> = (0..img.words.len() as u64).step_by(stride as usize).map(|i| img.text_addr + 4 * i).collect();
    let (n, ri, d) = regions_once(img, &starts, false, "regions");
    eprintln!(
        "  region lift+compile   {:>9.4} µs/insn  {:>8.3} M insns/s  ({n} regions, {ri} guest insns, {:.1} µs/region)",
        d.as_secs_f64() * 1e6 / ri.max(1) as f64,
        ri as f64 / d.as_secs_f64() / 1e6,
        d.as_secs_f64() * 1e6 / n.max(1) as f64
    );
    if regions_only {
        return;
    }
    // Acyclic regions (and loop regions where an entry heads a loop) from
    // the sampled function entries, every block counting as hot and free:
    // a function's body up to its calls, returns and indirect jumps.
    let (n, ri, d) = regions_once(img, entries, true, "function-entry regions");
    eprintln!(
        "  function-entry region lift+compile {:>9.4} µs/insn  {:>8.3} M insns/s  ({n} regions, {ri} guest insns, {:.1} µs/region)",
        d.as_secs_f64() * 1e6 / ri.max(1) as f64,
        ri as f64 / d.as_secs_f64() / 1e6,
        d.as_secs_f64() * 1e6 / n.max(1) as f64
    );
}

/// One cold pass of the region compiler: lift and compile the loop region
/// at each entry that heads one (with `acyclic`, also the acyclic region of
/// an entry that heads no loop, as the runtime does for a hot block whose
/// successors are not compiled yet). `label` names the printed rows.
/// Returns (regions, guest insns, time).
fn regions_once(img: &Image, entries: &[u64], acyclic: bool, label: &str) -> (usize, u64, Duration) {
    let mut jit = Jit::new(OptLevel::Speed, false).expect("jit");
    let mut cfg = lift_config(&jit);
    // Exits chain through slots as in the runtime (the shared exit of
    // regions, the indirect table): the code the runtime compiles.
    let ind = IndirectTable::leak(1 << 16);
    cfg.chain = Some(Chain {
        slots: SlotArena::leak(1 << 22),
        ind_table: ind.addr(),
        ind_mask: ind.mask(),
        insn_counter: 0,
    });
    let fetch = |a: u64| img.fetch(a);
    let hot = |_: u64| true;
    // Without `acyclic`: loop regions only (when every word of the text is
    // a candidate head, an acyclic region would start at each).
    let free = |_: u64| acyclic;
    // Thread CPU time (less disturbed by other processes than wall time).
    let cpu_now = || {
        let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: a valid timespec out-pointer.
        unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
        Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
    };
    let (mut lift_cpu, mut compile_cpu) = (Duration::ZERO, Duration::ZERO);
    let (mut n, mut insns) = (0, 0u64);
    // Lift time (regions found, entries that head none), IR size.
    let (mut lift_t, mut fail_t, mut ir, mut irb) = (Duration::ZERO, Duration::ZERO, 0usize, 0usize);
    // Lifting passes, distinct guest instructions (members can overlap).
    let (mut passes, mut distinct) = (0usize, 0usize);
    let _ = lastmile_jit::cranelift_codegen::timing::take_current();
    let t = Instant::now();
    for &pc in entries {
        let t1 = Instant::now();
        let c1 = cpu_now();
        let Some(r) = lift_region(&cfg, &fetch, pc, &hot, &free, &mut jit.fctx) else { fail_t += t1.elapsed(); continue };
        lift_t += t1.elapsed();
        let c2 = cpu_now();
        lift_cpu += c2 - c1;
        insns += r.info.insns as u64;
        n += 1;
        passes += r.passes;
        let mut pcs: Vec<u64> = r.info.code.iter().map(|c| c.0).collect();
        pcs.sort_unstable();
        pcs.dedup();
        distinct += pcs.len();
        irb += r.func.layout.blocks().count();
        ir += r.func.layout.blocks().map(|b| r.func.layout.block_insts(b).count()).sum::<usize>();
        black_box(jit.compile(r.func, r.info.insns, r.loc_base).unwrap());
        compile_cpu += cpu_now() - c2;
    }
    let el = t.elapsed();
    let per = |x: f64| x / insns.max(1) as f64;
    eprintln!(
        "  {label}: lift {:.2} µs/insn (+ {:.1} ms at entries that head no region), IR {:.1} insts and {:.2} blocks per guest insn, {:.2} lifting passes per region, {} of {} guest insns distinct",
        per(lift_t.as_secs_f64() * 1e6),
        fail_t.as_secs_f64() * 1e3,
        per(ir as f64),
        per(irb as f64),
        passes as f64 / n.max(1) as f64,
        distinct,
        insns
    );
    eprintln!(
        "  {label} (thread CPU time): lift {:.2} µs/insn, compile {:.2} µs/insn, lift+compile {:.2} µs/insn",
        per(lift_cpu.as_secs_f64() * 1e6),
        per(compile_cpu.as_secs_f64() * 1e6),
        per((lift_cpu + compile_cpu).as_secs_f64() * 1e6)
    );
    if std::env::var_os("LASTMILE_DECODE_PASSES").is_some() {
        // Cranelift's own pass timings over the region compiles.
        eprintln!("{}", lastmile_jit::cranelift_codegen::timing::take_current());
    }
    (n, insns, el)
}

fn benches(c: &mut Criterion) {
    let img = load_image();
    let (entries, insns) = usable_entries(&img);
    report_once(&img, &entries, insns);

    let mut g = c.benchmark_group("decode");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    g.throughput(Throughput::Elements(img.words.len() as u64));
    g.bench_function("text_v9", |b| b.iter(|| decode_all(&img.words)));
    g.finish();

    let mut g = c.benchmark_group("lift");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    g.throughput(Throughput::Elements(insns));
    {
        let mut jit = Jit::new(OptLevel::Fast, false).expect("jit");
        let cfg = lift_config(&jit);
        g.bench_function(format!("{}_blocks", entries.len()), |b| {
            b.iter(|| lift_all(&img, &entries, &cfg, &mut jit, false))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("lift+compile");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(4));
    g.throughput(Throughput::Elements(insns));
    for (name, opt) in [("fast", OptLevel::Fast), ("speed", OptLevel::Speed)] {
        g.bench_function(format!("{}_blocks_{name}", entries.len()), |b| {
            // A fresh JIT (and code memory) per iteration, outside the timing.
            b.iter_batched(
                || Jit::new(opt, false).expect("jit"),
                |mut jit| {
                    let cfg = lift_config(&jit);
                    let n = lift_all(&img, &entries, &cfg, &mut jit, true);
                    (jit, n)
                },
                BatchSize::PerIteration,
            )
        });
    }
    g.finish();
}

criterion_group!(decode_benches, benches);
criterion_main!(decode_benches);
