//! `-d` debug logging, qemu style: named items, written to stderr or to the
//! `-D` file.

use std::fs::File;
use std::io::Write;
use std::sync::Mutex;

/// Which `-d` items are on.
#[derive(Clone, Copy, Debug, Default)]
pub struct LogItems {
    /// Guest instructions of each translated block.
    pub in_asm: bool,
    /// Cranelift IR of each block.
    pub op: bool,
    /// Host code of each block.
    pub out_asm: bool,
    /// Each block executed.
    pub exec: bool,
    /// System calls.
    pub strace: bool,
    /// Guest faults, traps and unimplemented things.
    pub guest_errors: bool,
    /// Register state before each block (use with `-singlestep` for every
    /// instruction).
    pub cpu: bool,
}

pub const ITEM_HELP: &str = "in_asm, op, out_asm, exec, cpu, strace, guest_errors, all";

impl LogItems {
    /// Parse a comma-separated list as given to `-d`.
    pub fn parse(s: &str) -> Result<LogItems, String> {
        let mut l = LogItems::default();
        for item in s.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match item {
                "in_asm" => l.in_asm = true,
                "op" => l.op = true,
                "out_asm" => l.out_asm = true,
                "exec" => l.exec = true,
                "strace" => l.strace = true,
                "guest_errors" | "unimp" | "int" => l.guest_errors = true,
                "cpu" => l.cpu = true,
                "all" => {
                    l = LogItems { in_asm: true, op: true, out_asm: true, exec: true, strace: true, guest_errors: true, cpu: true }
                }
                other => return Err(format!("unknown -d item '{other}' (known: {ITEM_HELP})")),
            }
        }
        Ok(l)
    }
}

/// The log sink.
pub struct Log {
    pub items: LogItems,
    out: Mutex<Box<dyn Write + Send>>,
}

impl Log {
    pub fn new(items: LogItems, file: Option<&str>) -> Result<Log, String> {
        let out: Box<dyn Write + Send> = match file {
            Some(p) => Box::new(std::io::BufWriter::new(
                File::create(p).map_err(|e| format!("cannot open log file {p}: {e}"))?,
            )),
            None => Box::new(std::io::stderr()),
        };
        Ok(Log { items, out: Mutex::new(out) })
    }

    pub fn write(&self, s: &str) {
        if let Ok(mut o) = self.out.lock() {
            let _ = o.write_all(s.as_bytes());
        }
    }

    pub fn flush(&self) {
        if let Ok(mut o) = self.out.lock() {
            let _ = o.flush();
        }
    }
}
