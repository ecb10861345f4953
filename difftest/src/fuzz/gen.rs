//! A seeded generator of random, valid SPARC integer instruction sequences,
//! wrapped in a harness program (GNU as syntax):
//!
//! 1. `%g7` := the scratch buffer (256 seeded random bytes, 64-aligned); the
//!    dump area and the table of initial values follow it.
//! 2. `%y`, `%ccr` and `%asi` get seeded values, then every register but
//!    `%g7` and `%sp` is loaded from the table (the values mix corner cases
//!    — 0, ±1, 2^31, 2^32 - 1, 2^63, small numbers — with random bits).
//! 3. The random sequence (see [`Unit`]s below).
//! 4. Open windows are closed, then `%g1-%g7`, `%o0-%o5`, `%o7`, `%l0-%l7`,
//!    `%i0-%i7`, `%ccr`, `%y` and `%asi` are stored after the scratch buffer,
//!    which is written to stdout whole with the raw `write` system call, and
//!    the program exits 0.
//!
//! Rules that keep every sequence well defined on any correct SPARC:
//! * `%g7` is never written and `%sp` never read or written except by
//!   `save %sp, -N, %sp`; inside a `save` the frame pointer `%i6` (the
//!   caller's %sp, a stack address that differs between emulators) is never
//!   touched either, so no stack address reaches the dump.
//! * After `save`, the new window's `%l` and `%o` registers are undefined
//!   (V9 manual 6.3.6): they are not read until written. A forward branch's
//!   target only counts the registers defined on every path to it.
//! * Branches go forward within the sequence and never across `save` or
//!   `restore`; their delay slot holds a single non-CTI instruction.
//! * What V9 leaves undefined is made definite: after `mulscc` the upper
//!   32 bits of rd are cleared and xcc is cleared (A.38: both undefined).
//! * Divisors are never zero (an immediate other than 0, or `or %r, 1, %t`
//!   first); the trapping tagged forms (`taddcctv`, `tsubcctv`) and `Tcc`
//!   are left out.
//! * Memory operands stay in the scratch buffer and are aligned; stores and
//!   atomics use ASIs 0x80 (primary) and 0x88 (primary little-endian), loads
//!   also 0x82/0x8a (no-fault); `%asi` only ever holds 0x80 or 0x88.
//!
//! The flavour decides the instruction set and ABI: [`Flavour::V9`] (sparc64),
//! [`Flavour::V8Plus`] (32-bit ABI, V9 instructions, `ta 0x10`) and
//! [`Flavour::V8`] (no V9 instructions, no ASIs, 32-bit stores).

use std::fmt::Write as _;

/// Instruction set and ABI of a generated program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flavour {
    V9,
    V8Plus,
    V8,
}

impl Flavour {
    pub fn v9_insns(self) -> bool {
        self != Flavour::V8
    }
    pub fn bits64(self) -> bool {
        self == Flavour::V9
    }
    /// `as` and `ld` options.
    pub fn as_args(self) -> &'static [&'static str] {
        match self {
            Flavour::V9 => &["-64", "-Av9b"],
            Flavour::V8Plus => &["-32", "-Av8plus"],
            Flavour::V8 => &["-32", "-Av8"],
        }
    }
    pub fn ld_args(self) -> &'static [&'static str] {
        match self {
            Flavour::V9 => &["-m", "elf64_sparc"],
            Flavour::V8Plus | Flavour::V8 => &["-m", "elf32_sparc"],
        }
    }
    pub fn arch(self) -> crate::elf::Arch {
        match self {
            Flavour::V9 => crate::elf::Arch::Sparc64,
            Flavour::V8Plus => crate::elf::Arch::Sparc32Plus,
            Flavour::V8 => crate::elf::Arch::Sparc32,
        }
    }
    /// Bytes per dumped register.
    pub fn slot(self) -> usize {
        if self == Flavour::V8 {
            4
        } else {
            8
        }
    }
}

/// Size of the scratch buffer.
pub const SCRATCH: usize = 256;

/// The dumped state, in order (after the scratch buffer).
pub const DUMP_REGS: [&str; 33] = [
    "%g1", "%g2", "%g3", "%g4", "%g5", "%g6", "%g7", "%o0", "%o1", "%o2", "%o3", "%o4", "%o5", "%o7", "%l0", "%l1",
    "%l2", "%l3", "%l4", "%l5", "%l6", "%l7", "%i0", "%i1", "%i2", "%i3", "%i4", "%i5", "%i6", "%i7", "%ccr", "%y",
    "%asi",
];

/// Bytes a harness writes to stdout.
pub fn output_len(f: Flavour) -> usize {
    SCRATCH + DUMP_REGS.len() * f.slot()
}

/// SplitMix64: small, fast, and the same on every machine.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x6c61_7374_6d69_6c65)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in 0..n.
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    pub fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len() as u64) as usize]
    }
    /// A value that often sits on a corner.
    pub fn value(&mut self) -> u64 {
        const CORNERS: [u64; 16] = [
            0,
            1,
            u64::MAX,
            0x7fff_ffff,
            0x8000_0000,
            0xffff_ffff,
            0x1_0000_0000,
            0x8000_0000_0000_0000,
            0x7fff_ffff_ffff_ffff,
            0xffff_ffff_8000_0000,
            0xffff_ffff_7fff_ffff,
            2,
            0xfffe,
            0x8000,
            0xff,
            0x80,
        ];
        match self.below(8) {
            0 | 1 => *self.pick(&CORNERS),
            2 => self.below(64),
            3 => (self.next() as i32) as i64 as u64,
            4 => self.next() & 0xffff_ffff,
            5 => (*self.pick(&CORNERS)).wrapping_add(self.below(5)).wrapping_sub(2),
            _ => self.next(),
        }
    }
    /// A 13-bit signed immediate, often a small or extreme one.
    pub fn simm13(&mut self) -> i64 {
        match self.below(6) {
            0 => *self.pick(&[0, 1, -1, 4095, -4096, 31, 32, 63, 64, 2, -2]),
            1 | 2 => self.below(64) as i64 - 32,
            _ => self.below(8192) as i64 - 4096,
        }
    }
}

/// Register numbers: %g0-7 0-7, %o0-7 8-15, %l0-7 16-23, %i0-7 24-31.
fn reg(r: u32) -> String {
    let names = ["g", "o", "l", "i"];
    format!("%{}{}", names[(r / 8) as usize], r % 8)
}

const G7: u32 = 7;
const SP: u32 = 14;
const FP: u32 = 30;

/// Definedness of registers per window (bit r: register r holds a defined
/// value that may be read).
#[derive(Clone, Copy, Debug)]
struct Defined(u32);

/// The generator's state while emitting one sequence.
struct Gen {
    rng: Rng,
    f: Flavour,
    out: String,
    /// Window depth (0: the harness's own window).
    depth: usize,
    def: Defined,
    /// Definedness of the outer windows' registers (saved at `save`).
    outer: Vec<Defined>,
    /// Pending forward labels: (unit position, label number, defined set on
    /// the branch path).
    pending: Vec<(usize, usize, Defined)>,
    labels: usize,
    /// Instructions emitted (for statistics).
    insns: usize,
}

const BICC: [&str; 16] = ["a", "n", "ne", "e", "g", "le", "ge", "l", "gu", "leu", "cc", "cs", "pos", "neg", "vc", "vs"];
const RCOND: [&str; 6] = ["z", "lez", "lz", "nz", "gz", "gez"];

impl Gen {
    fn emit(&mut self, s: &str) {
        self.out.push('\t');
        self.out.push_str(s);
        self.out.push('\n');
        self.insns += 1;
    }

    fn readable(&self, r: u32) -> bool {
        r == 0 || (self.def.0 >> r) & 1 == 1 && r != SP && !(self.depth > 0 && r == FP)
    }

    fn writable(&self, r: u32) -> bool {
        r != 0 && r != G7 && r != SP && !(self.depth > 0 && r == FP)
    }

    /// A defined register to read.
    fn src(&mut self) -> u32 {
        loop {
            let r = self.rng.below(32) as u32;
            if self.readable(r) && (r != 0 || self.rng.chance(30)) {
                return r;
            }
        }
    }

    /// A register to write (sometimes %g0, discarding the result).
    fn dst(&mut self) -> u32 {
        if self.rng.chance(5) {
            return 0;
        }
        loop {
            let r = self.rng.below(32) as u32;
            if self.writable(r) {
                return r;
            }
        }
    }

    /// A defined register to overwrite conditionally (movcc/movr keep rd).
    fn dst_defined(&mut self) -> u32 {
        for _ in 0..200 {
            let r = self.rng.below(32) as u32;
            if self.writable(r) && self.readable(r) {
                return r;
            }
        }
        1
    }

    fn wrote(&mut self, r: u32) {
        if r != 0 {
            self.def.0 |= 1 << r;
        }
    }

    /// `rs2` or a 13-bit immediate.
    fn op2(&mut self) -> String {
        if self.rng.chance(50) {
            reg(self.src())
        } else {
            self.rng.simm13().to_string()
        }
    }

    fn alu_names(&self) -> Vec<&'static str> {
        let mut v = vec![
            "add", "addcc", "sub", "subcc", "and", "andcc", "andn", "andncc", "or", "orcc", "orn", "orncc", "xor", "xorcc",
            "xnor", "xnorcc", "taddcc", "tsubcc", "umul", "smul", "umulcc", "smulcc",
        ];
        if self.f.v9_insns() {
            v.extend(["addc", "addccc", "subc", "subccc", "mulx"]);
        } else {
            v.extend(["addx", "addxcc", "subx", "subxcc"]);
        }
        v
    }

    /// One single-instruction operation (fit for a delay slot).
    fn single(&mut self) {
        let v9 = self.f.v9_insns();
        let k = self.rng.below(if v9 { 100 } else { 80 });
        match k {
            0..=34 => {
                let names = self.alu_names();
                let op = *self.rng.pick(&names);
                let (a, b, d) = (self.src(), self.op2(), self.dst());
                self.emit(&format!("{op} {}, {b}, {}", reg(a), reg(d)));
                self.wrote(d);
            }
            35..=44 => {
                let x = v9 && self.rng.chance(50);
                let op = *self.rng.pick(if x { &["sllx", "srlx", "srax"] } else { &["sll", "srl", "sra"] });
                let a = self.src();
                let cnt = if self.rng.chance(50) {
                    reg(self.src())
                } else {
                    self.rng.below(if x { 64 } else { 32 }).to_string()
                };
                let d = self.dst();
                self.emit(&format!("{op} {}, {cnt}, {}", reg(a), reg(d)));
                self.wrote(d);
            }
            45..=48 => {
                let d = self.dst();
                let v = self.rng.value() as u32;
                self.emit(&format!("sethi %hi(0x{v:x}), {}", reg(d)));
                self.wrote(d);
            }
            49..=53 => {
                // Divide by a nonzero immediate.
                let ops: &[&str] = if v9 { &["udiv", "sdiv", "udivcc", "sdivcc", "udivx", "sdivx"] } else { &["udiv", "sdiv", "udivcc", "sdivcc"] };
                let op = *self.rng.pick(ops);
                let mut imm = self.rng.simm13();
                if imm == 0 {
                    imm = -1;
                }
                let (a, d) = (self.src(), self.dst());
                self.emit(&format!("{op} {}, {imm}, {}", reg(a), reg(d)));
                self.wrote(d);
            }
            54..=59 => self.mem_single(),
            60..=63 => {
                // rd %y / %ccr / %asi; wr %y / %ccr.
                let d = self.dst();
                match self.rng.below(if v9 { 5 } else { 2 }) {
                    0 => {
                        self.emit(&format!("rd %y, {}", reg(d)));
                        self.wrote(d);
                    }
                    1 => {
                        let (a, b) = (self.src(), self.op2());
                        self.emit(&format!("wr {}, {b}, %y", reg(a)));
                    }
                    2 => {
                        self.emit(&format!("rd %ccr, {}", reg(d)));
                        self.wrote(d);
                    }
                    3 => {
                        let (a, b) = (self.src(), self.op2());
                        self.emit(&format!("wr {}, {b}, %ccr", reg(a)));
                    }
                    _ => {
                        self.emit(&format!("rd %asi, {}", reg(d)));
                        self.wrote(d);
                    }
                }
            }
            64..=79 if !v9 => {
                let names = self.alu_names();
                let op = *self.rng.pick(&names);
                let (a, b, d) = (self.src(), self.op2(), self.dst());
                self.emit(&format!("{op} {}, {b}, {}", reg(a), reg(d)));
                self.wrote(d);
            }
            64..=69 => {
                let cc = if self.rng.chance(50) { "%icc" } else { "%xcc" };
                let cond = *self.rng.pick(&BICC);
                let s = if self.rng.chance(50) { reg(self.src()) } else { (self.rng.below(2048) as i64 - 1024).to_string() };
                let d = self.dst_defined();
                self.emit(&format!("mov{cond} {cc}, {s}, {}", reg(d)));
                self.wrote(d);
            }
            70..=74 => {
                let cond = *self.rng.pick(&RCOND);
                let a = self.src();
                let s = if self.rng.chance(50) { reg(self.src()) } else { (self.rng.below(1024) as i64 - 512).to_string() };
                let d = self.dst_defined();
                self.emit(&format!("movr{cond} {}, {s}, {}", reg(a), reg(d)));
                self.wrote(d);
            }
            75..=77 => {
                let (b, d) = (self.op2(), self.dst());
                self.emit(&format!("popc {b}, {}", reg(d)));
                self.wrote(d);
            }
            78 => {
                let asi = *self.rng.pick(&["0x80", "0x88"]);
                self.emit(&format!("wr %g0, {asi}, %asi"));
            }
            _ => {
                let names = self.alu_names();
                let op = *self.rng.pick(&names);
                let (a, b, d) = (self.src(), self.op2(), self.dst());
                self.emit(&format!("{op} {}, {b}, {}", reg(a), reg(d)));
                self.wrote(d);
            }
        }
    }

    /// An aligned offset in the scratch buffer for an access of `size`.
    fn offset(&mut self, size: u64) -> u64 {
        self.rng.below(SCRATCH as u64 / size) * size
    }

    /// A memory access with a `[%g7 + imm]` address (one instruction).
    fn mem_single(&mut self) {
        let v9 = self.f.v9_insns();
        let (loads, stores): (&[(&str, u64)], &[(&str, u64)]) = if v9 {
            (
                &[("ldsb", 1), ("ldub", 1), ("ldsh", 2), ("lduh", 2), ("ldsw", 4), ("lduw", 4), ("ldx", 8), ("ldd", 8), ("ldstub", 1), ("swap", 4)],
                &[("stb", 1), ("sth", 2), ("stw", 4), ("stx", 8), ("std", 8)],
            )
        } else {
            (
                &[("ldsb", 1), ("ldub", 1), ("ldsh", 2), ("lduh", 2), ("ld", 4), ("ldd", 8), ("ldstub", 1), ("swap", 4)],
                &[("stb", 1), ("sth", 2), ("st", 4), ("std", 8)],
            )
        };
        // With %asi (V9): the `[reg + imm] %asi` form.
        let alt = v9 && self.rng.chance(30);
        if self.rng.chance(55) {
            let &(op, size) = self.rng.pick(loads);
            let off = self.offset(size);
            let Some(d) = self.load_dst(op) else { return };
            let (opn, asi) = if alt { (format!("{op}a"), " %asi") } else { (op.to_string(), "") };
            self.emit(&format!("{opn} [%g7 + {off}]{asi}, {}", reg(d)));
            self.wrote_load(op, d);
        } else {
            let &(op, size) = self.rng.pick(stores);
            let off = self.offset(size);
            let Some(s) = self.store_src(op) else { return };
            let (opn, asi) = if alt { (format!("{op}a"), " %asi") } else { (op.to_string(), "") };
            self.emit(&format!("{opn} {}, [%g7 + {off}]{asi}", reg(s)));
        }
    }

    /// The destination of a load (an even register whose pair is writable
    /// for ldd; a defined one for swap/ldstub... no: they overwrite it).
    fn load_dst(&mut self, op: &str) -> Option<u32> {
        if op == "ldd" {
            for _ in 0..100 {
                let r = (self.rng.below(16) * 2) as u32;
                if r != 0 && self.writable(r) && self.writable(r + 1) {
                    return Some(r);
                }
            }
            return None;
        }
        if op == "swap" {
            // swap stores the old value of rd: it must be defined.
            return Some(self.dst_defined());
        }
        Some(self.dst())
    }

    fn wrote_load(&mut self, op: &str, d: u32) {
        self.wrote(d);
        if op == "ldd" {
            self.wrote(d + 1);
        }
    }

    fn store_src(&mut self, op: &str) -> Option<u32> {
        if op == "std" {
            for _ in 0..100 {
                let r = (self.rng.below(16) * 2) as u32;
                if self.readable(r) && self.readable(r + 1) {
                    return Some(r);
                }
            }
            return None;
        }
        Some(self.src())
    }

    /// A unit of one or more instructions (not a branch or window op).
    fn unit(&mut self) {
        let v9 = self.f.v9_insns();
        match self.rng.below(100) {
            0..=59 => self.single(),
            60..=69 => {
                // Register divisor, made nonzero first.
                let ops: &[&str] = if v9 { &["udiv", "sdiv", "udivcc", "sdivcc", "udivx", "sdivx"] } else { &["udiv", "sdiv", "udivcc", "sdivcc"] };
                let op = *self.rng.pick(ops);
                let s = self.src();
                let t = self.dst_nonzero();
                self.emit(&format!("or {}, 1, {}", reg(s), reg(t)));
                self.wrote(t);
                if self.rng.chance(20) {
                    // A small %y, so udiv/sdiv do not always overflow.
                    let y = self.src();
                    let y = if self.rng.chance(50) { 0 } else { y };
                    self.emit(&format!("wr {}, %g0, %y", reg(y)));
                }
                let (a, d) = (self.src(), self.dst());
                self.emit(&format!("{op} {}, {}, {}", reg(a), reg(t), reg(d)));
                self.wrote(d);
            }
            70..=89 => self.mem_indexed(),
            90..=93 if v9 => self.cas(),
            96..=98 => self.mulscc(),
            94..=95 if v9 => self.emit("flushw"),
            _ => self.single(),
        }
    }

    /// `mulscc`, then what V9 leaves undefined made definite: the upper 32
    /// bits of rd (`srl rd, 0, rd`) and xcc (cleared, icc kept) (A.38).
    fn mulscc(&mut self) {
        let (a, b, d) = (self.src(), self.op2(), self.dst());
        self.emit(&format!("mulscc {}, {b}, {}", reg(a), reg(d)));
        self.wrote(d);
        if d != 0 {
            self.emit(&format!("srl {}, 0, {}", reg(d), reg(d)));
        }
        if self.f.v9_insns() {
            let t = self.dst_nonzero();
            self.emit(&format!("rd %ccr, {}", reg(t)));
            self.emit(&format!("and {}, 0xf, {}", reg(t), reg(t)));
            self.emit(&format!("wr {}, 0, %ccr", reg(t)));
            self.wrote(t);
        }
    }

    fn dst_nonzero(&mut self) -> u32 {
        loop {
            let r = self.dst();
            if r != 0 {
                return r;
            }
        }
    }

    /// `mov off, %t; ld* [%g7 + %t] (asi), %rd` and stores alike.
    fn mem_indexed(&mut self) {
        let v9 = self.f.v9_insns();
        let loads: &[(&str, u64)] = if v9 {
            &[("ldsb", 1), ("ldub", 1), ("ldsh", 2), ("lduh", 2), ("ldsw", 4), ("lduw", 4), ("ldx", 8), ("ldd", 8), ("ldstub", 1), ("swap", 4)]
        } else {
            &[("ldsb", 1), ("ldub", 1), ("ldsh", 2), ("lduh", 2), ("ld", 4), ("ldd", 8), ("ldstub", 1), ("swap", 4)]
        };
        let stores: &[(&str, u64)] =
            if v9 { &[("stb", 1), ("sth", 2), ("stw", 4), ("stx", 8), ("std", 8)] } else { &[("stb", 1), ("sth", 2), ("st", 4), ("std", 8)] };
        let is_load = self.rng.chance(55);
        let &(op, size) = self.rng.pick(if is_load { loads } else { stores });
        let off = self.offset(size);
        let t = self.dst_nonzero();
        self.emit(&format!("mov {off}, {}", reg(t)));
        self.wrote(t);
        // An explicit ASI (V9 only: user ASIs are privileged on V8).
        let asi = if v9 && self.rng.chance(60) {
            let store_like = !is_load || op == "ldstub" || op == "swap";
            Some(*self.rng.pick(if store_like { &["0x80", "0x88"][..] } else { &["0x80", "0x88", "0x82", "0x8a"][..] }))
        } else {
            None
        };
        let (opn, asis) = match asi {
            Some(a) => (format!("{op}a"), format!(" {a}")),
            None => (op.to_string(), String::new()),
        };
        if is_load {
            // The index register must survive until the access: pick rd after.
            let Some(d) = self.load_dst(op) else { return };
            self.emit(&format!("{opn} [%g7 + {}]{asis}, {}", reg(t), reg(d)));
            self.wrote_load(op, d);
        } else {
            let Some(s) = self.store_src(op) else { return };
            self.emit(&format!("{opn} {}, [%g7 + {}]{asis}", reg(s), reg(t)));
        }
    }

    /// casa / casxa, sometimes with the comparand just loaded so it succeeds.
    fn cas(&mut self) {
        let x = self.rng.chance(50);
        let size = if x { 8 } else { 4 };
        let off = self.offset(size);
        let asi = *self.rng.pick(&["0x80", "0x88", "%asi"]);
        let cmp = if self.rng.chance(50) {
            let c = self.dst_nonzero();
            let (ld, little) = match asi {
                "0x88" => (if x { "ldxa" } else { "lduwa" }, " 0x88"),
                "%asi" => (if x { "ldxa" } else { "lduwa" }, " %asi"),
                _ => (if x { "ldx" } else { "lduw" }, ""),
            };
            if little.is_empty() {
                self.emit(&format!("{ld} [%g7 + {off}], {}", reg(c)));
            } else if little == " %asi" {
                self.emit(&format!("{ld} [%g7 + {off}] %asi, {}", reg(c)));
            } else {
                let t = self.dst_nonzero();
                self.emit(&format!("mov {off}, {}", reg(t)));
                self.wrote(t);
                self.emit(&format!("{ld} [%g7 + {}]{little}, {}", reg(t), reg(c)));
            }
            self.wrote(c);
            c
        } else {
            self.src()
        };
        let a = loop {
            let a = self.dst_nonzero();
            if a != cmp {
                break a;
            }
        };
        self.emit(&format!("add %g7, {off}, {}", reg(a)));
        self.wrote(a);
        let d = self.dst_defined();
        let op = if x { "casxa" } else { "casa" };
        self.emit(&format!("{op} [{}] {asi}, {}, {}", reg(a), reg(cmp), reg(d)));
        self.wrote(d);
    }

    fn new_label(&mut self) -> usize {
        self.labels += 1;
        self.labels
    }

    /// A forward branch (Bicc, BPcc, BPr or call) to a label 1..6 units
    /// ahead, with a delay slot.
    fn branch(&mut self, pos: usize, end: usize) {
        let v9 = self.f.v9_insns();
        let target = (pos + 1 + self.rng.below(6) as usize).min(end);
        let l = self.new_label();
        let annul = if self.rng.chance(40) { ",a" } else { "" };
        let pred = if v9 { *self.rng.pick(&["", ",pt", ",pn"]) } else { "" };
        let text = match self.rng.below(if v9 { 10 } else { 5 }) {
            0..=3 => format!("b{}{annul} .L{l}", self.rng.pick(&BICC)),
            4 => format!("call .L{l}"),
            5..=7 => {
                let cc = if self.rng.chance(50) { "%icc" } else { "%xcc" };
                format!("b{}{annul}{pred} {cc}, .L{l}", self.rng.pick(&BICC))
            }
            _ => {
                let r = self.src();
                format!("br{}{annul}{pred} {}, .L{l}", self.rng.pick(&RCOND), reg(r))
            }
        };
        let taken_def = self.def;
        self.emit(&text);
        if text.starts_with("call") {
            self.wrote(15);
        }
        // The delay slot: a single instruction. With the annul bit it does
        // not run on the fall-through path.
        let before_delay = self.def;
        self.single();
        if !annul.is_empty() {
            self.def = before_delay;
        }
        let mut d = taken_def;
        if text.starts_with("call") {
            d.0 |= 1 << 15;
        }
        self.pending.push((target, l, d));
    }

    /// Labels due at `pos`: defined registers are those defined on every path.
    fn place_labels(&mut self, pos: usize) {
        let due: Vec<(usize, usize, Defined)> = self.pending.iter().copied().filter(|p| p.0 <= pos).collect();
        self.pending.retain(|p| p.0 > pos);
        for (_, l, d) in due {
            self.out.push_str(&format!(".L{l}:\n"));
            self.def.0 &= d.0;
        }
    }

    fn save(&mut self) {
        let frame = if self.f.bits64() { 192 } else { 96 };
        self.emit(&format!("save %sp, -{frame}, %sp"));
        self.outer.push(self.def);
        let old = self.def.0;
        // Globals keep; new %i = old %o; %l and %o undefined (but %sp is the new stack).
        let mut n = old & 0xff;
        n |= ((old >> 8) & 0xff) << 24;
        self.def = Defined(n);
        self.depth += 1;
    }

    fn restore(&mut self, plain: bool) {
        // Operands read in this window; rd written in the outer one.
        let text = if plain {
            "restore".to_string()
        } else {
            let (a, b) = (self.src(), self.op2());
            let d = loop {
                let d = self.dst();
                // In the outer window %fp is writable only at depth 0.
                if !(self.depth > 1 && d == FP) {
                    break d;
                }
            };
            format!("restore {}, {b}, {}", reg(a), reg(d))
        };
        self.emit(&text);
        let inner = self.def.0;
        let mut outer = self.outer.pop().expect("a window to restore");
        // Outer %o = inner %i.
        outer.0 = (outer.0 & !(0xff << 8)) | (((inner >> 24) & 0xff) << 8);
        // Globals carry.
        outer.0 = (outer.0 & !0xff) | (inner & 0xff);
        self.def = outer;
        self.depth -= 1;
        if !plain {
            let d = text.rsplit(' ').next().unwrap_or("");
            let r = (0..32).find(|&r| reg(r) == d).unwrap_or(0);
            self.wrote(r);
        }
    }
}

/// A generated program: assembly text and what it holds.
pub struct Program {
    pub seed: u64,
    pub flavour: Flavour,
    pub asm: String,
    /// Instructions in the random part.
    pub insns: usize,
}

/// Generate the program of `seed` with about `units` random units.
pub fn generate(seed: u64, flavour: Flavour, units: usize) -> Program {
    let mut g = Gen {
        rng: Rng::new(seed),
        f: flavour,
        out: String::new(),
        depth: 0,
        def: Defined(!0),
        outer: Vec::new(),
        pending: Vec::new(),
        labels: 0,
        insns: 0,
    };
    let slot = flavour.slot();
    let dump_off = SCRATCH;
    let init_off = SCRATCH + DUMP_REGS.len() * slot;
    // Initial values: every register 1..31 but %g7 and %sp; then y, ccr, asi.
    let init: Vec<u64> = (0..32).map(|_| g.rng.value()).collect();
    let y0 = g.rng.value() & 0xffff_ffff;
    let ccr0 = g.rng.below(256);
    let asi0 = *g.rng.pick(&[0x80u64, 0x88]);
    let scratch: Vec<u8> = (0..SCRATCH).map(|_| g.rng.next() as u8).collect();

    let mut a = String::new();
    let _ = writeln!(a, "! lastmile-difftest random sequence, seed {seed}, flavour {flavour:?}");
    let _ = writeln!(a, "\t.section .data\n\t.align 64\nscratch:");
    for chunk in scratch.chunks(16) {
        let bytes: Vec<String> = chunk.iter().map(|b| format!("0x{b:02x}")).collect();
        let _ = writeln!(a, "\t.byte {}", bytes.join(", "));
    }
    let _ = writeln!(a, "dump:\t.skip {}", DUMP_REGS.len() * slot);
    let _ = writeln!(a, "init:");
    for v in &init {
        if slot == 8 {
            let _ = writeln!(a, "\t.xword 0x{v:016x}");
        } else {
            let _ = writeln!(a, "\t.word 0x{:08x}", *v as u32);
        }
    }
    let _ = writeln!(a, "\t.text\n\t.align 4\n\t.global _start\n_start:");
    if flavour == Flavour::V8 {
        // qemu-sparc 7.2 loses the %l and %i registers of a program's first
        // window across a save and the restore back to it (qemu-sparc32plus
        // and Linux keep them): run the sequence one window further in.
        a.push_str("\tsave %sp, -96, %sp\n");
    }
    a.push_str("\tsethi %hi(scratch), %g7\n\tor %g7, %lo(scratch), %g7\n");
    let _ = writeln!(a, "\tsethi %hi(0x{y0:x}), %g1\n\tor %g1, 0x{:x}, %g1\n\twr %g1, 0, %y", y0 & 0x3ff);
    if flavour.v9_insns() {
        let _ = writeln!(a, "\twr %g0, 0x{ccr0:x}, %ccr");
        let _ = writeln!(a, "\twr %g0, 0x{asi0:x}, %asi");
    }
    let ld = if slot == 8 { "ldx" } else { "ld" };
    let st = if slot == 8 { "stx" } else { "st" };
    for r in 1..32u32 {
        if r == G7 || r == SP {
            continue;
        }
        let _ = writeln!(a, "\t{ld} [%g7 + {}], {}", init_off + slot * r as usize, reg(r));
    }
    if !flavour.v9_insns() {
        // %ccr is V9: on V8 the icc bits are set with wr %psr, which is
        // privileged. Leave them as a subcc sets them.
        a.push_str("\tsubcc %g1, %g2, %g0\n");
    }
    a.push_str("! ---- random sequence\n");
    g.out = a;
    g.insns = 0;
    let end = units;
    let mut pos = 0;
    while pos < end {
        g.place_labels(pos);
        let window_ok = g.pending.is_empty();
        let k = g.rng.below(100);
        if window_ok && k < 4 && g.depth < 3 {
            g.save();
        } else if window_ok && k < 8 && g.depth > 0 {
            let plain = g.rng.chance(25);
            g.restore(plain);
        } else if k < 22 {
            g.branch(pos, end);
        } else {
            g.unit();
        }
        pos += 1;
    }
    g.place_labels(usize::MAX);
    while g.depth > 0 {
        g.restore(true);
    }
    let insns = g.insns;
    let mut a = std::mem::take(&mut g.out);
    a.push_str("! ---- dump\n");
    let mut k = 0;
    for name in DUMP_REGS.iter() {
        let off = dump_off + k * slot;
        match *name {
            "%ccr" | "%y" | "%asi" => {
                if *name == "%ccr" && !flavour.v9_insns() {
                    // V8: no %ccr; store the icc bits as a branch sees them.
                    a.push_str("\tmov 0, %g1\n\tbvs,a .Lv\n\tor %g1, 2, %g1\n.Lv:\tbcs,a .Lc\n\tor %g1, 1, %g1\n.Lc:\tbneg,a .Ln\n\tor %g1, 8, %g1\n.Ln:\tbe,a .Lz\n\tor %g1, 4, %g1\n.Lz:\n");
                } else if *name == "%asi" && !flavour.v9_insns() {
                    a.push_str("\tmov 0, %g1\n");
                } else {
                    let _ = writeln!(a, "\trd {name}, %g1");
                }
                let _ = writeln!(a, "\t{st} %g1, [%g7 + {off}]");
            }
            _ => {
                let _ = writeln!(a, "\t{st} {name}, [%g7 + {off}]");
            }
        }
        k += 1;
    }
    let trap = if flavour.bits64() { "0x6d" } else { "0x10" };
    let _ = writeln!(a, "\tmov 1, %o0\n\tmov %g7, %o1\n\tmov {}, %o2\n\tmov 4, %g1\n\tta {trap}", output_len(flavour));
    let _ = writeln!(a, "\tmov 0, %o0\n\tmov 1, %g1\n\tta {trap}");
    Program { seed, flavour, asm: a, insns }
}

/// The dumped state of one run, parsed from its stdout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dump {
    pub scratch: Vec<u8>,
    pub regs: Vec<u64>,
}

pub fn parse_dump(out: &[u8], f: Flavour) -> Option<Dump> {
    if out.len() != output_len(f) {
        return None;
    }
    let slot = f.slot();
    let regs = out[SCRATCH..]
        .chunks(slot)
        .map(|c| c.iter().fold(0u64, |acc, &b| (acc << 8) | b as u64))
        .collect();
    Some(Dump { scratch: out[..SCRATCH].to_vec(), regs })
}

/// What differs between two dumps, in words.
pub fn dump_diff(lm: &Dump, q: &Dump) -> Vec<String> {
    dump_diff_named(lm, q, ("lastmile", "qemu"))
}

/// [`dump_diff`] with other names for the two sides.
pub fn dump_diff_named(lm: &Dump, q: &Dump, names: (&str, &str)) -> Vec<String> {
    let (na, nb) = names;
    let mut v = Vec::new();
    for (i, (a, b)) in lm.regs.iter().zip(q.regs.iter()).enumerate() {
        if a != b {
            v.push(format!("{:<5} {na} {a:016x}  {nb} {b:016x}", DUMP_REGS[i]));
        }
    }
    let mut i = 0;
    while i < SCRATCH {
        if lm.scratch[i] != q.scratch[i] {
            let s = i & !7;
            let hex = |d: &[u8]| d[s..s + 8].iter().map(|b| format!("{b:02x}")).collect::<String>();
            v.push(format!("scratch+{s:<3} {na} {}  {nb} {}", hex(&lm.scratch), hex(&q.scratch)));
            i = s + 8;
        } else {
            i += 1;
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_reproducible_and_seed_dependent() {
        let a = generate(7, Flavour::V9, 60);
        let b = generate(7, Flavour::V9, 60);
        let c = generate(8, Flavour::V9, 60);
        assert_eq!(a.asm, b.asm);
        assert_ne!(a.asm, c.asm);
        assert!(a.insns >= 60);
    }

    #[test]
    fn no_stack_register_is_ever_an_operand_of_the_random_part() {
        for seed in 0..300 {
            let p = generate(seed, Flavour::V9, 80);
            let body = p.asm.split("! ---- random sequence").nth(1).unwrap().split("! ---- dump").next().unwrap();
            for line in body.lines() {
                let l = line.trim();
                if l.starts_with("save %sp, -") {
                    continue;
                }
                assert!(!l.contains("%o6") && !l.contains("%sp"), "seed {seed}: {l}");
            }
        }
    }
}
