//! A guard on generated code size (after FEX-Emu's InstructionCountCI): the
//! host instructions emitted for representative guest sequences are kept in
//! tests/data/host_insn_counts.txt, and a change that makes any of them
//! bigger fails here. Set LASTMILE_RECORD_COUNTS=1 to rewrite the file.

use lastmile_frontend::sparc::cpu::{Exit, SparcCpu};
use lastmile_frontend::sparc::decode::{Flavor, Op};
use lastmile_frontend::sparc::lift::{discover_region, lift_block, lift_discovered, lift_region, lift_region_jumps, Helpers, LiftConfig};
use lastmile_jit::{Jit, OptLevel};

extern "C" fn no_helper(_: *mut SparcCpu) -> u64 {
    Exit::Illegal as u64
}

/// Host instructions for `words` at 0x100000 lifted as a block, or as a
/// region headed there with every block hot when `region` (a loop nest).
fn host_insns(jit: &mut Jit, cfg: &LiftConfig, words: &[u32], region: bool, switch: bool) -> usize {
    let base = 0x10_0000u64;
    let end = base + 4 * words.len() as u64;
    let w = words.to_vec();
    let fetch = move |a: u64| if (base..end).contains(&a) { Some(w[((a - base) / 4) as usize]) } else { None };
    let (f, insns, start) = if region {
        // A `switch` (rows `region_switch_*`): its computed jumps were
        // seen going to the pcs after the delay slot of each `ba` and
        // `jmpl` (where the cases start). Rows `region_icall_*`: a call
        // through a register seen going there (its leaves after the loop's
        // `ba` and after each `retl`).
        let cases: Vec<u64> = if switch {
            (0..words.len().saturating_sub(2))
                .filter(|&k| {
                    let i = lastmile_frontend::sparc::decode::decode(words[k], cfg.flavor);
                    i.op == Op::Jmpl || (matches!(i.op, Op::Bicc | Op::BPcc) && i.cond() == 8)
                })
                .map(|k| base + 4 * (k as u64 + 2))
                .collect()
        } else {
            Vec::new()
        };
        let jumps = |_| cases.clone();
        let r = lift_region_jumps(cfg, &fetch, base, &|a| (base..end).contains(&a), &|_| true, &jumps, &mut jit.fctx).expect("region");
        (r.func, r.info.insns, r.loc_base)
    } else {
        let (f, info) = lift_block(cfg, &fetch, base, false, &mut jit.fctx).expect("lift");
        (f, info.insns, info.start)
    };
    let c = jit.compile(f, insns, start).expect("compile");
    if std::env::var_os("LASTMILE_PRINT_ASM").is_some() {
        println!("{}", lastmile_jit::disasm_host(&c));
    }
    // SAFETY: c describes code just placed in code memory.
    let bytes = unsafe { std::slice::from_raw_parts(c.ptr, c.size) };
    let mut d = iced_x86::Decoder::new(64, bytes, iced_x86::DecoderOptions::NONE);
    // Counted: the code that runs. Not counted: cold fault stubs (reached
    // only by a taken branch, ending in ud2: the misaligned-access path of
    // host_addr) and the bytes after the last return or jump (padding and
    // the constant pool, which decode as junk instructions).
    let mut n = 0;
    let mut stub = 0;
    let mut after_jump = false;
    let mut insn = iced_x86::Instruction::default();
    while d.can_decode() {
        d.decode_out(&mut insn);
        use iced_x86::FlowControl;
        if after_jump {
            stub += 1;
            if insn.mnemonic() == iced_x86::Mnemonic::Ud2 {
                stub = 0;
                continue;
            }
        } else {
            n += 1;
        }
        let ends = matches!(insn.flow_control(), FlowControl::Return | FlowControl::UnconditionalBranch | FlowControl::IndirectBranch)
            || insn.mnemonic() == iced_x86::Mnemonic::Ud2;
        if ends && !after_jump {
            after_jump = true;
        } else if after_jump && stub > 0 && ends {
            // Reachable code after all (a shared tail): count it.
            n += stub;
            stub = 0;
        }
    }
    n
}

/// sparc64 lifting as the counts are taken: a 40-bit space, helpers that
/// are never called, chaining off.
fn v9_config(jit: &Jit) -> LiftConfig {
    let h = no_helper as *const () as usize as u64;
    LiftConfig {
        flavor: Flavor::V9,
        space_mask: (1 << 40) - 1,
        max_insns: 64,
        helpers: Helpers { save: h, restore: h, flushw: h, tick: h },
        call_conv: jit.call_conv(),
        frontend: jit.frontend_config(),
        chain: None,
    }
}

#[test]
fn host_instruction_counts_do_not_grow() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/host_insn_counts.txt");
    let text = std::fs::read_to_string(&path).expect("counts file");
    let mut jit = Jit::new(OptLevel::Speed, false).unwrap();
    let cfg = v9_config(&jit);
    // Names starting with `v8plus_`: sparc32plus code (32-bit addresses,
    // a 4 GiB space).
    let cfg32 = LiftConfig { flavor: Flavor::V8Plus, space_mask: 0xffff_ffff, ..cfg.clone() };
    let record = std::env::var_os("LASTMILE_RECORD_COUNTS").is_some();
    let mut out = String::new();
    let mut grew = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let f: Vec<&str> = line.split('|').map(str::trim).collect();
        assert_eq!(f.len(), 3, "bad line: {line}");
        let words: Vec<u32> = f[1].split_whitespace().map(|w| u32::from_str_radix(w, 16).expect("hex word")).collect();
        let limit: usize = f[2].parse().expect("count");
        // Names starting with `region_`: lifted as a region.
        let c = if f[0].starts_with("v8plus_") { &cfg32 } else { &cfg };
        let n = host_insns(&mut jit, c, &words, f[0].starts_with("region_"), f[0].starts_with("region_switch_") || f[0].starts_with("region_icall_"));
        println!("{:<20} {:>4} host instructions (limit {})", f[0], n, limit);
        if n > limit {
            grew.push(format!("{}: {} > {}", f[0], n, limit));
        } else if n < limit {
            println!("  {} shrank: lower its limit to {}", f[0], n);
        }
        out.push_str(&format!("{} | {} | {}\n", f[0], f[1], n));
    }
    if record {
        std::fs::write(&path, out).unwrap();
        return;
    }
    assert!(grew.is_empty(), "generated code grew: {grew:?}");
}

/// The lifters build each function in the storage of the last one this
/// thread compiled (`exitchain::new_block_function`, for fewer
/// reallocations): that must give the IR and the code a function built
/// from nothing gives, whatever size of function the storage held. Every
/// row of the counts file, lifted fresh and then in the storage of the
/// largest region's function.
#[test]
fn functions_built_in_recycled_storage_compile_as_fresh_ones() {
    use lastmile_frontend::exitchain::{new_block_function, recycle_function};
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/host_insn_counts.txt")).expect("counts file");
    let mut jit = Jit::new(OptLevel::Speed, false).unwrap();
    let cfg = v9_config(&jit);
    let cfg32 = LiftConfig { flavor: Flavor::V8Plus, space_mask: 0xffff_ffff, ..cfg.clone() };
    let rows: Vec<(String, Vec<u32>)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('|').map(str::trim).collect();
            (f[0].to_string(), f[1].split_whitespace().map(|w| u32::from_str_radix(w, 16).unwrap()).collect())
        })
        .collect();
    let lift = |jit: &mut Jit, name: &str, words: &[u32]| {
        let c = if name.starts_with("v8plus_") { &cfg32 } else { &cfg };
        let base = 0x10_0000u64;
        let end = base + 4 * words.len() as u64;
        let fetch = |a: u64| if (base..end).contains(&a) { Some(words[((a - base) / 4) as usize]) } else { None };
        if name.starts_with("region_") {
            let r = lift_region(c, &fetch, base, &|a| (base..end).contains(&a), &|_| true, &mut jit.fctx).expect("region");
            (r.func, r.info.insns, r.loc_base)
        } else {
            let (f, info) = lift_block(c, &fetch, base, false, &mut jit.fctx).expect("lift");
            (f, info.insns, info.start)
        }
    };
    let compile = |jit: &mut Jit, f, insns, start| {
        let c = jit.compile(f, insns, start).expect("compile");
        // SAFETY: c describes code just placed in code memory.
        unsafe { std::slice::from_raw_parts(c.ptr, c.size) }.to_vec()
    };
    // The largest function, kept to lend its storage.
    let big = rows.iter().map(|(name, words)| lift(&mut jit, name, words).0).max_by_key(|f| f.dfg.num_values()).unwrap();
    assert!(big.dfg.num_values() > 500, "largest function: {} values", big.dfg.num_values());
    for (name, words) in &rows {
        // Nothing to reuse: built from empty vectors.
        drop(new_block_function(cfg.call_conv));
        let (f, insns, start) = lift(&mut jit, name, words);
        let fresh_ir = f.display().to_string();
        let fresh = compile(&mut jit, f, insns, start);
        drop(new_block_function(cfg.call_conv));
        recycle_function(big.clone());
        let (f, insns, start) = lift(&mut jit, name, words);
        assert_eq!(f.display().to_string(), fresh_ir, "{name}: IR");
        assert_eq!(compile(&mut jit, f, insns, start), fresh, "{name}: code");
    }
}

/// The compile thread lifts the region the dispatcher found when it handed
/// the block over (`discover_region`, then `lift_discovered`) instead of
/// looking for it again: that must give the function `lift_region` gives,
/// for every head and every choice of hot and free blocks.
#[test]
fn discovered_regions_lift_as_lift_region() {
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/host_insn_counts.txt")).expect("counts file");
    let mut jit = Jit::new(OptLevel::Speed, false).unwrap();
    let cfg = v9_config(&jit);
    let mut regions = 0;
    for line in text.lines().filter(|l| l.starts_with("region_")) {
        let words: Vec<u32> = line.split('|').nth(1).unwrap().split_whitespace().map(|w| u32::from_str_radix(w, 16).unwrap()).collect();
        let base = 0x10_0000u64;
        let end = base + 4 * words.len() as u64;
        let fetch = |a: u64| if (base..end).contains(&a) { Some(words[((a - base) / 4) as usize]) } else { None };
        // Heads: every word; hot and free: all, or those a pattern picks.
        for head in (base..end).step_by(4) {
            for pattern in 0..4u64 {
                let hot = |a: u64| (base..end).contains(&a) && (pattern == 0 || (a >> 2).wrapping_mul(pattern * 7 + 3) % 5 != 0);
                let free = |a: u64| pattern < 2 || (a >> 2) % 3 != 0;
                let a = lift_region(&cfg, &fetch, head, &hot, &free, &mut jit.fctx);
                let pcs = discover_region(&cfg, &fetch, head, &hot, &free).map(|d| d.pcs());
                let b = discover_region(&cfg, &fetch, head, &hot, &free).and_then(|d| lift_discovered(&cfg, &fetch, d, &mut jit.fctx));
                match (a, b) {
                    (None, None) => {}
                    (Some(a), Some(b)) => {
                        regions += 1;
                        // (An FP inner loop's members are lifted twice: their pcs twice in `pcs`.)
                        let mut distinct = a.pcs.clone();
                        distinct.sort_unstable();
                        distinct.dedup();
                        let mut found = pcs.clone().unwrap_or_default();
                        found.sort_unstable();
                        assert_eq!(distinct, found, "{line}: head {head:#x} pattern {pattern}: discover_region pcs");
                        assert_eq!(a.pcs, b.pcs, "{line}: head {head:#x} pattern {pattern}: members");
                        assert_eq!(a.func.display().to_string(), b.func.display().to_string(), "{line}: head {head:#x} pattern {pattern}: IR");
                    }
                    (a, b) => panic!("{line}: head {head:#x} pattern {pattern}: lift_region {} a region, discover+lift {}", a.is_some(), b.is_some()),
                }
            }
        }
    }
    assert!(regions > 20, "only {regions} regions compared");
}

/// Two branches into a member bring the flags of `cmp %o0, 0` and of
/// `cmp %o0, 5`: the first, lifted while the member's form still had the
/// constant b = 0, defines the variable for b anyway, so the member (which
/// reads b after the second branch joined its other constant) is lifted in
/// one pass (before 2026-12-03 it took two: `CcEdges::undefined`).
#[test]
fn branches_with_different_constant_compares_lift_in_one_pass() {
    let mut jit = Jit::new(OptLevel::Speed, false).unwrap();
    let cfg = v9_config(&jit);
    // cmp %o0, 0; be M; nop; cmp %o0, 5; be M; nop;
    // M: addx %o1, %g0, %o1; retl; nop
    let words = [0x80a22000u32, 0x02800005, 0x01000000, 0x80a22005, 0x02800002, 0x01000000, 0x92424000, 0x81c3e008, 0x01000000];
    let base = 0x10_0000u64;
    let end = base + 4 * words.len() as u64;
    let fetch = |a: u64| if (base..end).contains(&a) { Some(words[((a - base) / 4) as usize]) } else { None };
    let r = lift_region(&cfg, &fetch, base, &|a| (base..end).contains(&a), &|_| true, &mut jit.fctx).expect("region");
    assert_eq!(r.pcs, vec![base, base + 12, base + 24], "members");
    assert_eq!(r.passes, 1, "lifting passes");
    jit.compile(r.func, r.info.insns, r.loc_base).expect("compile");
}

/// A loop whose registers stay dirty across an alternate-space load (the
/// lifter takes `ldxa` as a plain load: no sync point): the first pass
/// starts with them dirty at the head (region.rs `dirty_guess`), so it
/// is the only one (before 2026-12-03 `ldxa` counted as a sync point in
/// the guess and every such loop took two passes; the loop is glibc's
/// strlen-like scan in manyfuncs at 0x1c70cc).
#[test]
fn loop_across_alternate_space_load_lifts_in_one_pass() {
    let mut jit = Jit::new(OptLevel::Speed, false).unwrap();
    let cfg = v9_config(&jit);
    // L: xor %o3, %o4, %o3; sub %o3, %g1, %o2; ldxa [%o0] #ASI_PNF, %o3;
    // btst %o2, %g2; be %xcc, L; add %o0, 8, %o0; retl; nop
    let words = [0x961ac00cu32, 0x9422c001, 0xd6da1040, 0x808a8002, 0x026ffffc, 0x90022008, 0x81c3e008, 0x01000000];
    let base = 0x10_0000u64;
    let end = base + 4 * words.len() as u64;
    let fetch = |a: u64| if (base..end).contains(&a) { Some(words[((a - base) / 4) as usize]) } else { None };
    let r = lift_region(&cfg, &fetch, base, &|a| (base..end).contains(&a), &|_| false, &mut jit.fctx).expect("region");
    assert_eq!(r.pcs[0], base, "head");
    assert_eq!(r.passes, 1, "lifting passes");
    jit.compile(r.func, r.info.insns, r.loc_base).expect("compile");
}

/// sparc64 interp's dispatch (row `region_switch_interp`) ends in `jmp
/// %i5 + %g3; nop`, whose target goes through the cases' jump table: the
/// target's alignment is tested only on the way out of the region, after
/// the `br_table` (misaligned targets fail its range test), not on every
/// dispatch before it (`Lifter::align_deferred`; sparc32plus interp,
/// callgrind 2026-12-03: -8.5% host instructions).
#[test]
fn switch_dispatch_tests_the_target_alignment_on_the_way_out() {
    let mut jit = Jit::new(OptLevel::Speed, false).unwrap();
    let cfg = v9_config(&jit);
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/host_insn_counts.txt")).expect("counts file");
    let line = text.lines().find(|l| l.starts_with("region_switch_interp |")).expect("row");
    let words: Vec<u32> = line.split('|').nth(1).unwrap().split_whitespace().map(|w| u32::from_str_radix(w, 16).unwrap()).collect();
    let base = 0x10_0000u64;
    let end = base + 4 * words.len() as u64;
    let fetch = |a: u64| if (base..end).contains(&a) { Some(words[((a - base) / 4) as usize]) } else { None };
    let cases: Vec<u64> = (0..words.len() - 2)
        .filter(|&k| {
            let i = lastmile_frontend::sparc::decode::decode(words[k], cfg.flavor);
            i.op == Op::Jmpl || (matches!(i.op, Op::Bicc | Op::BPcc) && i.cond() == 8)
        })
        .map(|k| base + 4 * (k as u64 + 2))
        .collect();
    let jumps = |_| cases.clone();
    let r = lift_region_jumps(&cfg, &fetch, base, &|a| (base..end).contains(&a), &|_| true, &jumps, &mut jit.fctx).expect("region");
    let ir = r.func.display().to_string();
    let unaligned = format!("iconst.i64 {}", Exit::Unaligned as u64);
    let lines: Vec<&str> = ir.lines().collect();
    // The dispatch: a `br_table`, or (three cases here) compares with the
    // cases' pcs (Cranelift prints 0x0010_0088).
    let hex = |c: u64| {
        let h = format!("{c:08x}");
        format!("0x{}_{}", &h[..4], &h[4..])
    };
    let dispatch = lines
        .iter()
        .position(|l| l.contains("br_table") || (l.contains("= icmp") && l.contains(" eq ") && cases.iter().any(|&c| l.contains(&hex(c)))))
        .expect("dispatch");
    let exits: Vec<usize> = lines.iter().enumerate().filter(|(_, l)| l.trim_end().ends_with(&unaligned)).map(|(k, _)| k).collect();
    assert!(!exits.is_empty(), "no misaligned-target exit:\n{ir}");
    assert!(exits.iter().all(|&k| k > dispatch), "a misaligned-target exit before the dispatch (lines {exits:?}, dispatch at {dispatch}):\n{ir}");
}
