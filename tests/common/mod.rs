//! Shared helpers of the integration tests: running a guest under lastmile
//! and under the reference emulator, in a fresh directory, with a fixed
//! environment.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn lastmile() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_lastmile"))
}

/// Is this a CI run (a missing reference tool is then a failure)?
pub fn in_ci() -> bool {
    std::env::var("CI").map(|v| v == "true").unwrap_or(false)
}

/// Is `tool` on PATH? Under CI=true a missing tool fails the test; otherwise
/// the caller skips with a note.
pub fn have_tool(tool: &str) -> bool {
    let ok = Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {tool}"))
        .stdout(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !ok {
        if in_ci() {
            panic!("{tool} is required under CI=true but is not installed");
        }
        eprintln!("note: {tool} not found; skipping this test outside CI");
    }
    ok
}

/// The outcome of one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// "exit N" or "signal N".
    pub status: String,
    /// Files the program left in its working directory: (name, contents).
    pub files: Vec<(String, Vec<u8>)>,
}

pub fn status_string(st: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (st.code(), st.signal()) {
        (Some(c), _) => format!("exit {c}"),
        (None, Some(s)) => format!("signal {s}"),
        _ => "unknown".into(),
    }
}

fn list_files(dir: &Path, prefix: &str, out: &mut Vec<(String, Vec<u8>)>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut ents: Vec<_> = rd.flatten().collect();
    ents.sort_by_key(|e| e.file_name());
    for e in ents {
        let name = format!("{prefix}{}", e.file_name().to_string_lossy());
        let p = e.path();
        if p.is_dir() {
            out.push((format!("{name}/"), Vec::new()));
            list_files(&p, &format!("{name}/"), out);
        } else {
            out.push((name, std::fs::read(&p).unwrap_or_default()));
        }
    }
}

static SEQ: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// A fresh, empty working directory.
pub fn fresh_dir(tag: &str) -> PathBuf {
    let n = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let d = std::env::temp_dir().join(format!("lastmile-test-{}-{tag}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("create a temp dir");
    d
}

/// Run `runner... prog args` in a fresh directory with a fixed environment
/// and `stdin` as standard input.
pub fn run_in_dir(runner: &[&str], prog: &Path, args: &[String], stdin: Option<&Path>, tag: &str) -> Outcome {
    let dir = fresh_dir(tag);
    let (cmd, rest) = runner.split_first().expect("a runner");
    let mut c = Command::new(cmd);
    c.args(rest).arg(prog).args(args).current_dir(&dir);
    c.env_clear().env("PATH", "/usr/bin:/bin").env("HOME", "/tmp").env("LANG", "C").env("LASTMILE_TEST", "1");
    c.stdin(match stdin {
        Some(p) => Stdio::from(std::fs::File::open(p).expect("open stdin file")),
        None => Stdio::null(),
    });
    let out = c.output().unwrap_or_else(|e| panic!("cannot run {cmd}: {e}"));
    let mut files = Vec::new();
    list_files(&dir, "", &mut files);
    let _ = std::fs::remove_dir_all(&dir);
    Outcome { stdout: out.stdout, stderr: out.stderr, status: status_string(out.status), files }
}

/// Build the guest images (idempotent). Returns the output directory, or
/// None when the cross compiler is missing outside CI.
pub fn guest_images() -> Option<PathBuf> {
    if !have_tool("sparc64-linux-gnu-gcc") {
        return None;
    }
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    Some(
        BUILT
            .get_or_init(|| {
                let st = Command::new("bash")
                    .arg(root().join("guest-images/build.sh"))
                    .current_dir(root())
                    .status()
                    .expect("run guest-images/build.sh");
                assert!(st.success(), "guest-images/build.sh failed");
                root().join("guest-images/out")
            })
            .clone(),
    )
}

/// Run `jobs` closures on `n` threads, collecting results in order.
pub fn parallel<T: Send>(jobs: Vec<Box<dyn FnOnce() -> T + Send + '_>>, n: usize) -> Vec<T> {
    let n = n.max(1);
    let queue = std::sync::Mutex::new(jobs.into_iter().enumerate().collect::<Vec<_>>());
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..n {
            s.spawn(|| loop {
                let job = queue.lock().unwrap().pop();
                let Some((i, f)) = job else { break };
                let r = f();
                results.lock().unwrap().push((i, r));
            });
        }
    });
    let mut r = results.into_inner().unwrap();
    r.sort_by_key(|(i, _)| *i);
    r.into_iter().map(|(_, v)| v).collect()
}

pub fn jobs() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2)
}

/// Bytes of each canary mapping of [`Canaries`].
const CANARY: usize = 64 * 1024;

/// The confinement tests' tripwires around a guest reservation `[base,
/// end)`: pages mapped right below and right above it (where an
/// off-by-one or an unfolded carry would land) and a buffer in our own
/// heap, each filled with its own pattern.
pub struct Canaries {
    below: Option<*mut u8>,
    above: Option<*mut u8>,
    heap: Vec<u8>,
}

impl Canaries {
    /// Map the canaries; at least one side of the reservation must have room.
    pub fn around(base: usize, end: usize) -> Canaries {
        let below = canary_at(base - CANARY, 0xa5);
        let above = canary_at(end, 0x5a);
        assert!(below.is_some() || above.is_some(), "no room for a canary on either side of the reservation");
        Canaries { below, above, heap: vec![0xc3u8; 1 << 20] }
    }

    /// Assert that every canary still has its pattern.
    pub fn assert_intact(&self) {
        if let Some(p) = self.below {
            assert!(canary_intact(p, 0xa5), "the page below the reservation changed");
        }
        if let Some(p) = self.above {
            assert!(canary_intact(p, 0x5a), "the page above the reservation changed");
        }
        assert!(self.heap.iter().all(|&b| b == 0xc3), "lastmile's heap canary changed");
    }
}

/// Map CANARY bytes at exactly `at` (None if something is already there),
/// filled with `fill`.
fn canary_at(at: usize, fill: u8) -> Option<*mut u8> {
    // SAFETY: MAP_FIXED_NOREPLACE never replaces an existing mapping.
    let p = unsafe {
        libc::mmap(
            at as *mut libc::c_void,
            CANARY,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED_NOREPLACE,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED || p as usize != at {
        return None;
    }
    // SAFETY: we just mapped CANARY writable bytes there.
    unsafe { std::ptr::write_bytes(p as *mut u8, fill, CANARY) };
    Some(p as *mut u8)
}

fn canary_intact(p: *mut u8, fill: u8) -> bool {
    // SAFETY: a mapping of CANARY bytes made by canary_at.
    let s = unsafe { std::slice::from_raw_parts(p, CANARY) };
    s.iter().all(|&b| b == fill)
}

/// Address of symbol `name` in the ELF file at `path`.
pub fn elf_symbol(path: &Path, name: &str) -> u64 {
    let bytes = std::fs::read(path).unwrap();
    let elf = goblin::elf::Elf::parse(&bytes).unwrap();
    elf.syms
        .iter()
        .find(|s| elf.strtab.get_at(s.st_name) == Some(name))
        .map(|s| s.st_value)
        .unwrap_or_else(|| panic!("{name} not in {}", path.display()))
}

/// Strip objdump's `<symbol+offset>` annotations of branch targets from a
/// listing (label lines, "0000... <name>:", are kept).
pub fn strip_objdump_annotations(s: &str) -> String {
    let mut out = String::new();
    for line in s.lines() {
        let mut l = line.to_string();
        if !l.ends_with(">:") {
            while let Some(i) = l.find(" <") {
                match l[i..].find('>') {
                    Some(j) => l.replace_range(i..i + j + 1, ""),
                    None => break,
                }
            }
        }
        out.push_str(&l);
        out.push('\n');
    }
    out
}

/// `objdump -d FILE` against `lastmile disasm FILE`, both run in `dir`,
/// annotations stripped: the number of instruction lines objdump prints,
/// and the first difference (None: the listings are identical).
pub fn disasm_against_objdump(objdump: &str, dir: &Path, file: &Path) -> (usize, Option<String>) {
    let theirs = Command::new(objdump).arg("-d").arg(file).current_dir(dir).output().unwrap();
    let ours = Command::new(lastmile()).arg("disasm").arg(file).current_dir(dir).output().unwrap();
    let t = strip_objdump_annotations(&String::from_utf8_lossy(&theirs.stdout));
    let o = strip_objdump_annotations(&String::from_utf8_lossy(&ours.stdout));
    let n = t.lines().filter(|l| l.contains(":\t")).count();
    if !ours.status.success() {
        return (n, Some(format!("lastmile disasm failed: {}", String::from_utf8_lossy(&ours.stderr).trim())));
    }
    if t != o {
        for (i, (a, b)) in t.lines().zip(o.lines()).enumerate() {
            if a != b {
                return (n, Some(format!("line {}: objdump {a:?}, lastmile {b:?}", i + 1)));
            }
        }
        return (n, Some(format!("objdump {} lines, lastmile {}", t.lines().count(), o.lines().count())));
    }
    (n, None)
}

/// Assemble `asm` (sparc64, `-Av9b`) and link it statically into a fresh
/// directory named after `tag`; None when the binutils are missing (outside
/// CI: see [`have_tool`]).
pub fn build_sparc64_asm(tag: &str, asm: &str) -> Option<std::path::PathBuf> {
    for t in ["sparc64-linux-gnu-as", "sparc64-linux-gnu-ld"] {
        if !have_tool(t) {
            return None;
        }
    }
    let dir = fresh_dir(tag);
    let src = dir.join(format!("{tag}.S"));
    std::fs::write(&src, asm).unwrap();
    let obj = dir.join(format!("{tag}.o"));
    let exe = dir.join(tag);
    let ok = Command::new("sparc64-linux-gnu-as").args(["-Av9b", "-o"]).arg(&obj).arg(&src).status().unwrap();
    assert!(ok.success(), "as failed");
    let ok = Command::new("sparc64-linux-gnu-ld").args(["-static", "-o"]).arg(&exe).arg(&obj).status().unwrap();
    assert!(ok.success(), "ld failed");
    Some(exe)
}
