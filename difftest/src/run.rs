//! Running one guest program under one emulator: a fresh empty working
//! directory, a fixed environment, stdin from a file or /dev/null, a time
//! limit; collecting stdout, stderr, the exit status and the files left in
//! the directory.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The environment every guest gets (the emulator passes its own environment
/// to the guest, so this is set on the emulator process). The same as
/// tests/common/mod.rs and guest-images/run-reference.py.
pub const FIXED_ENV: &[(&str, &str)] = &[("PATH", "/usr/bin:/bin"), ("HOME", "/tmp"), ("LANG", "C"), ("LASTMILE_TEST", "1")];

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Exit(i32),
    Signal(i32),
    /// Killed by us after the time limit.
    Timeout,
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Status::Exit(c) => write!(f, "exit {c}"),
            Status::Signal(s) => write!(f, "signal {s} ({})", signal_name(*s)),
            Status::Timeout => write!(f, "timeout"),
        }
    }
}

pub fn signal_name(s: i32) -> &'static str {
    match s {
        libc::SIGHUP => "SIGHUP",
        libc::SIGINT => "SIGINT",
        libc::SIGQUIT => "SIGQUIT",
        libc::SIGILL => "SIGILL",
        libc::SIGTRAP => "SIGTRAP",
        libc::SIGABRT => "SIGABRT",
        libc::SIGBUS => "SIGBUS",
        libc::SIGFPE => "SIGFPE",
        libc::SIGKILL => "SIGKILL",
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGPIPE => "SIGPIPE",
        libc::SIGALRM => "SIGALRM",
        libc::SIGTERM => "SIGTERM",
        libc::SIGSYS => "SIGSYS",
        _ => "?",
    }
}

pub fn status_of(st: std::process::ExitStatus) -> Status {
    use std::os::unix::process::ExitStatusExt;
    match (st.code(), st.signal()) {
        (Some(c), _) => Status::Exit(c),
        (None, Some(s)) => Status::Signal(s),
        _ => Status::Exit(-1),
    }
}

/// The outcome of one run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: Status,
    /// Files the program left in its working directory: (relative name,
    /// contents); directories end in `/`.
    pub files: Vec<(String, Vec<u8>)>,
}

/// An emulator command line: the program and the options before the guest.
#[derive(Clone, Debug)]
pub struct Emulator {
    pub argv: Vec<String>,
    /// Extra environment for the emulator process only (e.g. the
    /// `LASTMILE_INJECT_BUG` knob); lastmile is told with `-U` to keep each
    /// of them out of the guest's environment.
    pub env: Vec<(String, String)>,
}

impl Emulator {
    pub fn qemu(arch: crate::elf::Arch) -> Emulator {
        Emulator { argv: vec![arch.reference().to_string()], env: Vec::new() }
    }
    pub fn lastmile(path: &Path, env: &[(String, String)]) -> Emulator {
        let mut argv = vec![path.display().to_string()];
        for (k, _) in env {
            argv.push("-U".into());
            argv.push(k.clone());
        }
        Emulator { argv, env: env.to_vec() }
    }
    /// The same emulator with more options before the guest program.
    pub fn with(&self, opts: &[&str]) -> Emulator {
        let mut e = self.clone();
        let at = if e.argv.len() > 1 { 1 } else { e.argv.len() };
        for (i, o) in opts.iter().enumerate() {
            e.argv.insert(at + i, o.to_string());
        }
        e
    }
    pub fn name(&self) -> String {
        Path::new(&self.argv[0]).file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
    }
}

/// One guest run: the program, its arguments and stdin.
#[derive(Clone, Debug)]
pub struct Job {
    pub prog: PathBuf,
    pub args: Vec<String>,
    pub stdin: Option<PathBuf>,
    pub timeout: Duration,
}

static SEQ: AtomicUsize = AtomicUsize::new(0);

/// A fresh, empty directory under the system temp dir; removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> std::io::Result<TempDir> {
        let n = SEQ.fetch_add(1, Ordering::Relaxed);
        let d = std::env::temp_dir().join(format!("lastmile-difftest-{}-{n}-{tag}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d)?;
        Ok(TempDir(d))
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The command for `emu` running `job` in `cwd` with the fixed environment.
pub fn command(emu: &Emulator, job: &Job, cwd: &Path) -> Command {
    // The guest runs in another directory: a relative program path is
    // resolved here first (argv[0] is then absolute for both emulators).
    let prog = std::path::absolute(&job.prog).unwrap_or_else(|_| job.prog.clone());
    let mut c = Command::new(&emu.argv[0]);
    c.args(&emu.argv[1..]).arg(&prog).args(&job.args).current_dir(cwd);
    c.env_clear();
    for (k, v) in FIXED_ENV {
        c.env(k, v);
    }
    for (k, v) in &emu.env {
        c.env(k, v);
    }
    c
}

/// Wait for `child` at most until `deadline`; kill it after. Returns its status.
pub fn wait_until(child: &mut Child, deadline: Instant) -> Status {
    let mut nap = Duration::from_micros(200);
    loop {
        match child.try_wait() {
            Ok(Some(st)) => return status_of(st),
            Ok(None) => {}
            Err(_) => return Status::Exit(-1),
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Status::Timeout;
        }
        std::thread::sleep(nap);
        nap = (nap * 2).min(Duration::from_millis(20));
    }
}

fn list_files(dir: &Path, prefix: &str, out: &mut Vec<(String, Vec<u8>)>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut ents: Vec<_> = rd.flatten().collect();
    ents.sort_by_key(|e| e.file_name());
    for e in ents {
        let name = format!("{prefix}{}", e.file_name().to_string_lossy());
        let p = e.path();
        if p.is_dir() && !p.is_symlink() {
            out.push((format!("{name}/"), Vec::new()));
            list_files(&p, &format!("{name}/"), out);
        } else if p.is_symlink() {
            let t = std::fs::read_link(&p).map(|t| t.display().to_string()).unwrap_or_default();
            out.push((format!("{name} -> {t}"), Vec::new()));
        } else {
            out.push((name, std::fs::read(&p).unwrap_or_default()));
        }
    }
}

/// Files in `dir` (recursively), sorted, with their contents.
pub fn files_in(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v = Vec::new();
    list_files(dir, "", &mut v);
    v
}

/// Run `job` under `emu` in a fresh directory.
pub fn run(emu: &Emulator, job: &Job) -> Result<Outcome, String> {
    let dir = TempDir::new(&emu.name()).map_err(|e| format!("cannot create a temp dir: {e}"))?;
    let mut c = command(emu, job, dir.path());
    c.stdin(match &job.stdin {
        Some(p) => Stdio::from(std::fs::File::open(p).map_err(|e| format!("cannot open stdin file {}: {e}", p.display()))?),
        None => Stdio::null(),
    });
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    let deadline = Instant::now() + job.timeout;
    let mut child = c.spawn().map_err(|e| format!("cannot run {}: {e}", emu.argv[0]))?;
    let mut so = child.stdout.take().expect("piped stdout");
    let mut se = child.stderr.take().expect("piped stderr");
    let t_out = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = so.read_to_end(&mut v);
        v
    });
    let t_err = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = se.read_to_end(&mut v);
        v
    });
    let status = wait_until(&mut child, deadline);
    let stdout = t_out.join().unwrap_or_default();
    let stderr = t_err.join().unwrap_or_default();
    let files = files_in(dir.path());
    Ok(Outcome { stdout, stderr, status, files })
}
