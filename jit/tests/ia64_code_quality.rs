//! A guard on the size of IA-64 translations (as tests/code_quality.rs does
//! for SPARC): the host instructions emitted for representative IA-64
//! sequences are kept in tests/data/ia64_host_insn_counts.txt, and a change
//! that makes any of them bigger fails here. Set LASTMILE_RECORD_COUNTS=1 to
//! rewrite the file (after a deliberate change; say why in the commit).
//!
//! Each sequence is assembled with ia64-linux-gnu-as (as the lifter tests
//! are), lifted as one block from its first bundle and compiled with the
//! runtime's settings (OptLevel::Speed, no chaining); only the code size is
//! looked at, nothing runs. LASTMILE_SHOW_CODE=1 prints the IR and host code.

mod ia64_rig;
use lastmile_frontend::ia64::lift::{lift_block, Fold, Helpers, LiftConfig};
use lastmile_jit::{Jit, OptLevel};

const CODE: u64 = 0x4000_0000_0000_0000;

fn host_insns(jit: &mut Jit, cfg: &LiftConfig, src: &str) -> usize {
    let code = ia64_rig::assemble(src);
    let end = CODE + code.len() as u64;
    let fetch = move |a: u64| -> Option<[u8; 16]> {
        if (CODE..end).contains(&a) {
            let o = (a - CODE) as usize;
            Some(code[o..o + 16].try_into().unwrap())
        } else {
            None
        }
    };
    let (f, info) = lift_block(cfg, &fetch, CODE, &mut jit.fctx).expect("lift");
    let show = std::env::var_os("LASTMILE_SHOW_CODE").is_some();
    if show {
        println!("{}", f.display());
    }
    let c = jit.compile(f, info.insns, info.start).expect("compile");
    // SAFETY: c describes code just placed in code memory.
    let bytes = unsafe { std::slice::from_raw_parts(c.ptr, c.size) };
    let mut d = iced_x86::Decoder::new(64, bytes, iced_x86::DecoderOptions::NONE);
    let mut n = 0;
    let mut insn = iced_x86::Instruction::default();
    while d.can_decode() {
        d.decode_out(&mut insn);
        if show {
            println!("  {insn}");
        }
        n += 1;
    }
    n
}

#[test]
fn ia64_host_instruction_counts_do_not_grow() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/ia64_host_insn_counts.txt");
    let text = std::fs::read_to_string(&path).expect("counts file");
    let mut jit = Jit::new(OptLevel::Speed, false).unwrap();
    // Never called: the blocks are only compiled.
    let cfg = LiftConfig {
        fold: Fold { base: 0x7000_0000_0000, shift: 40, limit: (1 << 40) - 0x10000 },
        max_bundles: 32,
        helpers: Helpers { rse: 0x1000, spec_ok: 0x2000 },
        call_conv: jit.call_conv(),
        frontend: jit.frontend_config(),
        chain: None,
    };
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
        // Instructions are separated by ';' (a stop is ';;', as in gas).
        let src = f[1].replace(";;", "\u{1}").replace(';', "\n").replace('\u{1}', ";;\n");
        let limit: usize = f[2].parse().expect("count");
        let n = host_insns(&mut jit, &cfg, &src);
        println!("{:<24} {:>4} host instructions (limit {})", f[0], n, limit);
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
