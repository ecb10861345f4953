//! The SPARC disassembler against GNU objdump.
//!
//! Each test disassembles an ELF file with `sparc64-linux-gnu-objdump -d` and
//! compares every instruction line with `lastmile_frontend`'s `disasm` of the
//! same word at the same address. The files are assembled (or compiled and
//! linked statically against glibc) at test time with the sparc64 cross
//! tools. Without the tools the tests print a note and pass, unless CI=true,
//! where they fail.
//!
//! Run with `cargo test --test disasm_objdump -- --nocapture` to see the
//! figures.

use lastmile_frontend::sparc::decode::{decode, Flavor};
use lastmile_frontend::sparc::disasm::disasm;
use std::path::{Path, PathBuf};
use std::process::Command;

const OBJDUMP: &str = "sparc64-linux-gnu-objdump";
const AS: &str = "sparc64-linux-gnu-as";
const GCC: &str = "sparc64-linux-gnu-gcc";

fn tool_works(tool: &str) -> bool {
    Command::new(tool).arg("--version").output().map(|o| o.status.success()).unwrap_or(false)
}

/// Are the cross tools installed? When they are not: a failure under CI, a
/// note (and a skipped test) elsewhere.
fn have_tools(tools: &[&str]) -> bool {
    let missing: Vec<&str> = tools.iter().copied().filter(|t| !tool_works(t)).collect();
    if missing.is_empty() {
        return true;
    }
    let msg = format!(
        "disasm_objdump: missing sparc64 cross tools {:?} (Debian/Ubuntu: binutils-sparc64-linux-gnu, gcc-sparc64-linux-gnu)",
        missing
    );
    if std::env::var("CI").map(|v| v == "true").unwrap_or(false) {
        panic!("{msg}; CI=true, so this is a failure");
    }
    eprintln!("note: {msg}; skipping");
    false
}

/// A scratch directory for one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("lastmile-disasm-{}-{}", std::process::id(), name));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create scratch directory");
        Scratch(dir)
    }
    fn path(&self, f: &str) -> PathBuf {
        self.0.join(f)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {:?}: {}", cmd, e));
    if !out.status.success() {
        panic!("{:?} failed:\n{}", cmd, String::from_utf8_lossy(&out.stderr));
    }
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// objdump's text without its annotations: the `\t! ...` comment (the
/// address a sethi/or pair forms) and a trailing ` <symbol+off>` after a
/// branch target. Applied to both sides alike.
fn normalize(text: &str) -> &str {
    let text = text.split('\t').next().unwrap_or("");
    if text.ends_with('>') {
        if let Some(i) = text.rfind(" <") {
            return &text[..i];
        }
    }
    text
}

/// One instruction line of `objdump -d`: `   addr:\tb0 b1 b2 b3 \ttext`.
struct Line {
    addr: u64,
    word: u32,
    text: String,
}

fn parse_objdump(out: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    for l in out.lines() {
        let mut parts = l.splitn(3, '\t');
        let (Some(a), Some(b), Some(text)) = (parts.next(), parts.next(), parts.next()) else { continue };
        let Some(a) = a.trim().strip_suffix(':') else { continue };
        let Ok(addr) = u64::from_str_radix(a, 16) else { continue };
        let bytes: Vec<u8> = b.split_whitespace().filter_map(|x| u8::from_str_radix(x, 16).ok()).collect();
        if bytes.len() != 4 || b.split_whitespace().count() != 4 {
            continue;
        }
        let word = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        lines.push(Line { addr, word, text: text.to_string() });
    }
    lines
}

/// Floating-point and VIS encodings: FBfcc/FBPfcc, FPop1/FPop2, IMPDEP1/2 and
/// the crypto/FMA opcode spaces, FP loads and stores. Everything else
/// (including MOVcc on %fccN) counts as integer.
fn is_fp(w: u32) -> bool {
    let op2 = (w >> 22) & 7;
    let op3 = (w >> 19) & 0x3f;
    match w >> 30 {
        0 => op2 == 5 || op2 == 6,
        2 => matches!(op3, 0x19 | 0x34 | 0x35 | 0x36 | 0x37 | 0x3f),
        3 => matches!(op3, 0x20..=0x27 | 0x30 | 0x32 | 0x33 | 0x34 | 0x36 | 0x37),
        _ => false,
    }
}

struct Mismatch {
    addr: u64,
    word: u32,
    objdump: String,
    ours: String,
}

#[derive(Default)]
struct Report {
    int_total: usize,
    fp_total: usize,
    int_bad: Vec<Mismatch>,
    fp_bad: Vec<Mismatch>,
}

impl Report {
    fn print(&self, what: &str) {
        println!(
            "{what}: integer {}/{} match, FP/VIS {}/{} match",
            self.int_total - self.int_bad.len(),
            self.int_total,
            self.fp_total - self.fp_bad.len(),
            self.fp_total
        );
        for (kind, bad) in [("integer", &self.int_bad), ("FP/VIS", &self.fp_bad)] {
            if bad.is_empty() {
                continue;
            }
            println!("  {} {kind} mismatches, first ones:", bad.len());
            for m in bad.iter().take(25) {
                println!("    {:x}: {:08x}  objdump {:?}  ours {:?}", m.addr, m.word, m.objdump, m.ours);
            }
        }
    }
}

/// Disassemble `elf` with objdump and compare every instruction with ours.
fn compare_with_objdump(elf: &Path, flavor: Flavor) -> Report {
    let out = run(Command::new(OBJDUMP).arg("-d").arg(elf));
    let mut r = Report::default();
    for l in parse_objdump(&out) {
        let theirs = normalize(&l.text);
        let ours_full = disasm(&decode(l.word, flavor), l.addr, flavor);
        let ours = normalize(&ours_full);
        let fp = is_fp(l.word);
        if fp {
            r.fp_total += 1;
        } else {
            r.int_total += 1;
        }
        if theirs != ours {
            let m = Mismatch { addr: l.addr, word: l.word, objdump: theirs.to_string(), ours: ours.to_string() };
            if fp {
                r.fp_bad.push(m);
            } else {
                r.int_bad.push(m);
            }
        }
    }
    r
}

fn data_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("data").join(name)
}

/// Assemble a file of tests/data and compare the object's disassembly.
fn check_assembled(source: &str, arch: &str, min_insns: usize) {
    if !have_tools(&[OBJDUMP, AS]) {
        return;
    }
    let dir = Scratch::new(source);
    let obj = dir.path("out.o");
    run(Command::new(AS).args(["-64", arch, "--no-warn"]).arg(data_file(source)).arg("-o").arg(&obj));
    let r = compare_with_objdump(&obj, Flavor::V9);
    r.print(source);
    assert!(r.int_total + r.fp_total >= min_insns, "{source}: only {} instructions parsed", r.int_total + r.fp_total);
    assert!(r.int_bad.is_empty() && r.fp_bad.is_empty(), "{source}: disassembly differs from objdump");
}

#[test]
fn all_integer_forms() {
    check_assembled("sparc_all_int.s", "-Av9b", 3000);
}

#[test]
fn fp_and_vis_forms() {
    check_assembled("sparc_fp_vis.s", "-Av9b", 3000);
}

#[test]
fn osa2011_to_osa2017_forms() {
    check_assembled("sparc_new_isa.s", "-Av9m8", 600);
}

const C_PROGRAM: &str = r#"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    int n = argc * 100;
    double *v = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++)
        v[i] = strtod(argv[0] + (i % 3), 0) + i * 0.5;
    qsort(v, n, sizeof(double), cmp);
    char buf[64];
    snprintf(buf, sizeof buf, "%g %Lf", v[0], (long double)v[n - 1]);
    printf("%d %f %s %s %zu\n", n, sqrt(v[0] + 2.0), buf, strchr(argv[0], '/'), strlen(buf));
    free(v);
    return 0;
}
"#;

#[test]
fn static_glibc_program() {
    if !have_tools(&[OBJDUMP, GCC]) {
        return;
    }
    let dir = Scratch::new("glibc");
    let src = dir.path("prog.c");
    let exe = dir.path("prog");
    std::fs::write(&src, C_PROGRAM).unwrap();
    run(Command::new(GCC).args(["-static", "-O2"]).arg(&src).arg("-o").arg(&exe).arg("-lm"));
    let r = compare_with_objdump(&exe, Flavor::V9);
    r.print("static glibc program");
    assert!(r.int_total > 50_000, "suspiciously few instructions: {}", r.int_total);
    assert!(r.int_bad.is_empty(), "integer instructions differ from objdump");
    assert!(r.fp_bad.is_empty(), "FP/VIS instructions differ from objdump");
}

#[test]
fn normalize_strips_annotations() {
    assert_eq!(normalize("call  100720 <__sparc_get_pc_thunk.l7>"), "call  100720");
    assert_eq!(normalize("or  %l7, 0x208, %l7\t! 1ffe08 <__FRAME_END__+0x7f650>"), "or  %l7, 0x208, %l7");
    assert_eq!(normalize("nop "), "nop ");
    assert!(is_fp(0xc1180000)); // ldd [%g0], %f0
    assert!(!is_fp(0x9de3bf50)); // save
}

/// Compare `lastmile disasm FILE` with `objdump -d FILE` instruction by
/// instruction; returns (integer matched, integer total, FP matched, FP total).
fn cli_agreement(file: &Path) -> (usize, usize, usize, usize) {
    let theirs = parse_objdump(&run(Command::new(OBJDUMP).arg("-d").arg(file)));
    let ours = parse_objdump(&run(Command::new(env!("CARGO_BIN_EXE_lastmile")).arg("disasm").arg(file)));
    assert_eq!(theirs.len(), ours.len(), "instruction counts differ on {}", file.display());
    let (mut int_total, mut int_bad, mut fp_total, mut fp_bad) = (0, 0, 0, 0);
    for (t, o) in theirs.iter().zip(&ours) {
        assert_eq!((t.addr, t.word), (o.addr, o.word), "listing out of step");
        let fp = is_fp(t.word);
        let bad = normalize(&t.text) != normalize(&o.text);
        if fp {
            fp_total += 1;
            fp_bad += bad as usize;
        } else {
            int_total += 1;
            int_bad += bad as usize;
        }
        if bad && int_bad + fp_bad <= 20 {
            println!("  {:x}: objdump {:?} lastmile {:?}", t.addr, t.text, o.text);
        }
    }
    println!(
        "lastmile disasm {}: integer {}/{} match, FP/VIS {}/{} match",
        file.display(),
        int_total - int_bad,
        int_total,
        fp_total - fp_bad,
        fp_total
    );
    (int_total - int_bad, int_total, fp_total - fp_bad, fp_total)
}

fn built_images() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let st = Command::new("bash").arg(root.join("guest-images/build.sh")).status().expect("run build.sh");
    assert!(st.success(), "guest-images/build.sh failed");
    root.join("guest-images/out/sparc64")
}

/// `lastmile disasm` (the command line) on the largest sparc64 guest image
/// prints, instruction for instruction, what objdump prints.
#[test]
fn lastmile_disasm_cli_matches_objdump_on_the_largest_image() {
    if !have_tools(&[OBJDUMP, GCC]) {
        return;
    }
    let largest = std::fs::read_dir(built_images())
        .expect("images built")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_none())
        .max_by_key(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .expect("at least one image");
    let (im, it, fm, ft) = cli_agreement(&largest);
    assert_eq!(im, it, "integer instructions differ from objdump");
    assert_eq!(fm, ft, "FP/VIS instructions differ from objdump");
}

/// The same on the image that links libm (sin, pow, long double ...).
#[test]
fn lastmile_disasm_cli_matches_objdump_on_the_libm_image() {
    if !have_tools(&[OBJDUMP, GCC]) {
        return;
    }
    let (im, it, fm, ft) = cli_agreement(&built_images().join("libm_funcs-O2"));
    assert!(ft > 500, "the libm image has too few FP instructions: {ft}");
    assert_eq!(im, it, "integer instructions differ from objdump");
    assert_eq!(fm, ft, "FP/VIS instructions differ from objdump");
}

/// On a stripped file the whole listing (headers, the section label, `0x`
/// targets, zero runs) is objdump's, byte for byte, but for `!` comments.
#[test]
fn lastmile_disasm_cli_output_is_objdumps_on_the_prebuilt_hello() {
    if !have_tools(&[OBJDUMP]) {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let f = root.join("guest-images/prebuilt/hello-sparc64");
    // Run both from the repository root so the file name line agrees.
    let theirs = run(Command::new(OBJDUMP).arg("-d").arg("guest-images/prebuilt/hello-sparc64").current_dir(root));
    let ours = run(Command::new(env!("CARGO_BIN_EXE_lastmile")).arg("disasm").arg("guest-images/prebuilt/hello-sparc64").current_dir(root));
    let strip = |s: &str| s.lines().map(|l| l.split("\t!").next().unwrap_or("").to_string()).collect::<Vec<_>>().join("\n");
    assert!(f.exists());
    assert_eq!(strip(&theirs), strip(&ours));
}
