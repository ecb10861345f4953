//! Reading `-d cpu` register traces in QEMU 7.2's SPARC layout
//! (target/sparc/cpu.c, `sparc_cpu_dump_state`), as both `qemu-sparc64
//! -singlestep -d cpu` and `lastmile -singlestep -d cpu` write them:
//!
//! ```text
//! pc: 0000000000100078  npc: 000000000010007c
//! %g0-3: 0000000000000000 0000000000000000 0000000000000000 0000000000000000
//! ... %g4-7, %o0-3, %o4-7, %l0-3, %l4-7, %i0-3, %i4-7
//! pstate: 00000092 ccr: 00 (icc: ---- xcc: ----) asi: 82 tl: 0 pil: 0 gl: 0
//! tbr: 0000000000000000 hpstate: 0000000000000000 htba: 0000000000000000
//! cansave: 6 canrestore: 0 otherwin: 0 wstate: 0 cleanwin: 6 cwp: 7
//! fsr: 0000000000000000 y: 0000000000000000 fprs: 0000000000000000
//! (blank line)
//! ```
//!
//! The 32-bit layout (`psr: ... wim: ...`, 8-digit values) parses too.
//! Any other line (qemu may interleave other log items) is ignored.

use std::io::BufRead;

/// The register state before one guest instruction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub pc: u64,
    pub npc: u64,
    /// %g0-%g7, %o0-%o7, %l0-%l7, %i0-%i7 of the current window.
    pub r: [u64; 32],
    /// The other state, as `key: value` pairs in the order printed (the
    /// window line included); see [`Record::get`].
    pub misc: Vec<(String, String)>,
}

impl Record {
    /// The value printed after `key:` (`ccr`, `asi`, `y`, `fsr`, `fprs`,
    /// `pstate`, `psr`, `cansave`, ...).
    pub fn get(&self, key: &str) -> Option<&str> {
        self.misc.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
    pub fn hex(&self, key: &str) -> Option<u64> {
        self.get(key).and_then(|v| u64::from_str_radix(v, 16).ok())
    }
    /// %ccr (sparc64), or the icc bits of %psr (sparc32) as a ccr value.
    pub fn ccr(&self) -> u64 {
        match self.hex("ccr") {
            Some(c) => c,
            None => self.hex("psr").map(|p| (p >> 20) & 0xf).unwrap_or(0),
        }
    }
    pub fn y(&self) -> u64 {
        self.hex("y").unwrap_or(0)
    }
}

/// Register names in trace order.
pub const REG_NAMES: [&str; 32] = [
    "%g0", "%g1", "%g2", "%g3", "%g4", "%g5", "%g6", "%g7", "%o0", "%o1", "%o2", "%o3", "%o4", "%o5", "%sp", "%o7",
    "%l0", "%l1", "%l2", "%l3", "%l4", "%l5", "%l6", "%l7", "%i0", "%i1", "%i2", "%i3", "%i4", "%i5", "%fp", "%i7",
];

const REG_LINES: [&str; 8] = ["%g0-3:", "%g4-7:", "%o0-3:", "%o4-7:", "%l0-3:", "%l4-7:", "%i0-3:", "%i4-7:"];

/// A streaming reader of records.
pub struct TraceReader<R: BufRead> {
    input: R,
    line: String,
    /// Records read so far.
    pub count: u64,
}

fn hex(s: &str) -> Result<u64, String> {
    u64::from_str_radix(s, 16).map_err(|_| format!("bad hex value {s:?}"))
}

/// `key: value` pairs of a state line; parenthesised parts (`(icc: ---- xcc:
/// ----)`, `(icc: ... SPE: ...)`) only repeat what the value before them
/// says and are dropped.
fn pairs(line: &str, out: &mut Vec<(String, String)>) {
    let mut depth = 0;
    let mut clean = String::with_capacity(line.len());
    for ch in line.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth -= 1,
            c if depth == 0 => clean.push(c),
            _ => {}
        }
    }
    let toks: Vec<&str> = clean.split_whitespace().collect();
    let mut i = 0;
    while i < toks.len() {
        if let Some(k) = toks[i].strip_suffix(':') {
            let v = toks.get(i + 1).copied().unwrap_or("");
            out.push((k.to_string(), v.to_string()));
            i += 2;
        } else {
            i += 1;
        }
    }
}

impl<R: BufRead> TraceReader<R> {
    pub fn new(input: R) -> Self {
        TraceReader { input, line: String::new(), count: 0 }
    }

    /// The input being read.
    pub fn inner_mut(&mut self) -> &mut R {
        &mut self.input
    }

    fn read_line(&mut self) -> Result<bool, String> {
        self.line.clear();
        match self.input.read_line(&mut self.line) {
            Ok(0) => Ok(false),
            Ok(_) => Ok(true),
            Err(e) => Err(format!("reading the trace: {e}")),
        }
    }

    /// The next record, or None at the end of the trace. A record cut short
    /// by the end of the file (the emulator died while writing) is dropped.
    pub fn next_record(&mut self) -> Result<Option<Record>, String> {
        // Find the pc line.
        let (pc, npc) = loop {
            if !self.read_line()? {
                return Ok(None);
            }
            let l = self.line.trim_end();
            if let Some(rest) = l.strip_prefix("pc: ") {
                let mut it = rest.split_whitespace();
                let pc = hex(it.next().unwrap_or(""))?;
                let npc = match (it.next(), it.next()) {
                    (Some("npc:"), Some(v)) => hex(v)?,
                    _ => return Err(format!("bad pc line {l:?}")),
                };
                break (pc, npc);
            }
        };
        let mut r = [0u64; 32];
        for (k, name) in REG_LINES.iter().enumerate() {
            if !self.read_line()? {
                return Ok(None);
            }
            let l = self.line.trim_end();
            let Some(rest) = l.strip_prefix(name) else {
                return Err(format!("expected a {name} line after pc 0x{pc:x}, got {l:?}"));
            };
            let vals: Vec<&str> = rest.split_whitespace().collect();
            if vals.len() != 4 {
                return Err(format!("bad register line {l:?}"));
            }
            for (i, v) in vals.iter().enumerate() {
                r[k * 4 + i] = hex(v)?;
            }
        }
        let mut misc = Vec::new();
        loop {
            if !self.read_line()? {
                if misc.is_empty() {
                    return Ok(None);
                }
                break;
            }
            let l = self.line.trim_end();
            if l.is_empty() {
                break;
            }
            pairs(l, &mut misc);
            if l.starts_with("fsr:") {
                // The last line of a record (the blank line may be missing).
                break;
            }
        }
        self.count += 1;
        Ok(Some(Record { pc, npc, r, misc }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const QEMU: &str = "pc: 0000000000100078  npc: 000000000010007c
%g0-3: 0000000000000000 0000000000000001 0000000000000002 0000000000000003
%g4-7: 0000000000000004 0000000000000005 0000000000000006 0000000000000007
%o0-3: 0000000000000008 0000000000000009 000000000000000a 000000000000000b 
%o4-7: 000000000000000c 000000000000000d 0000004000800ed1 000000000000000f 
%l0-3: 0000000000000010 0000000000000011 0000000000000012 0000000000000013 
%l4-7: 0000000000000014 0000000000000015 0000000000000016 0000000000000017 
%i0-3: 0000000000000018 0000000000000019 000000000000001a 000000000000001b 
%i4-7: 000000000000001c 000000000000001d 000000000000001e 000000000000001f 
pstate: 00000092 ccr: 44 (icc: -Z-- xcc: -Z--) asi: 82 tl: 0 pil: 0 gl: 0
tbr: 0000000000000000 hpstate: 0000000000000000 htba: 0000000000000000
cansave: 6 canrestore: 0 otherwin: 0 wstate: 0 cleanwin: 6 cwp: 7
fsr: 0000000000000000 y: 00000000deadbeef fprs: 0000000000000000

";

    #[test]
    fn parses_a_qemu_sparc64_record() {
        let text = format!("{QEMU}{}", QEMU.replace("pc: 0000000000100078", "pc: 000000000010007c"));
        let mut t = TraceReader::new(text.as_bytes());
        let a = t.next_record().unwrap().unwrap();
        assert_eq!(a.pc, 0x100078);
        assert_eq!(a.npc, 0x10007c);
        for i in 0..32 {
            if i != 14 {
                assert_eq!(a.r[i], i as u64);
            }
        }
        assert_eq!(a.r[14], 0x4000800ed1);
        assert_eq!(a.ccr(), 0x44);
        assert_eq!(a.hex("asi"), Some(0x82));
        assert_eq!(a.y(), 0xdeadbeef);
        assert_eq!(a.get("cansave"), Some("6"));
        assert_eq!(a.get("icc"), None);
        let b = t.next_record().unwrap().unwrap();
        assert_eq!(b.pc, 0x10007c);
        assert!(t.next_record().unwrap().is_none());
        assert_eq!(t.count, 2);
    }

    #[test]
    fn a_truncated_record_ends_the_trace() {
        let cut = &QEMU[..QEMU.find("%l0-3").unwrap()];
        let mut t = TraceReader::new(cut.as_bytes());
        assert!(t.next_record().unwrap().is_none());
    }
}
