//! The IA-64 encoding tables: one declarative line per instruction form.
//!
//! Every line of the `TABLE_A`, `TABLE_F`, `TABLE_I`, `TABLE_M` and `TABLE_X`
//! texts (and every line the small generators below emit for the completer
//! products of compares, loads, stores, branches and FP operations, from
//! short lists such as `LD_TYPES` and the hint tables) reads
//!
//! ```text
//! <type> <major opcode> <field>=<value> ... : <mnemonic> <operands> [!flag ...]
//! ```
//!
//! * `type` is the instruction type of the SDM (Vol. 3, 4.1): `A` (integer
//!   ALU, runs in M and I slots, major opcodes 8-15), `I`, `M`, `F`, `B`, `X`.
//! * the fields are the opcode-extension fields of that type, named as the SDM
//!   names them in its format diagrams (Vol. 3, chapter 4); see [`field`].
//! * the mnemonic is the name with completers exactly as GNU objdump prints it;
//! * the operands are written as objdump prints them, with operand kinds in
//!   place of register numbers and values: `p1,p2=r2,r3` (the `=` separates
//!   the outputs); see [`kind_by_name`].
//! * flags: `!alias` — a form objdump prints in place of the machine
//!   instruction that follows it (`mov r1=r3` for `adds r1=0,r3`, `fmpy` for
//!   `fma` with f2 = f0, `shl` for `dep.z` ...); decoding for execution skips
//!   it. `!nopred` — objdump never prints the qualifying predicate.
//!   `!f2eqf3` — only when fields f2 and f3 are equal. `!len64` — only when
//!   len6 = 64 - the count operand (shifts written as extr/dep.z).
//!
//! Within one type and major opcode the lines are ordered as binutils orders
//! its opcode tables (opcodes/ia64-opc-*.c), because objdump prints the
//! *first* form whose fixed bits match: order is how it chooses between an
//! alias and the instruction. A slot that matches no line is an illegal
//! instruction; objdump prints it as `data8`. Lines that could never be
//! chosen (binutils' spellings after the one objdump prints, such as
//! `cmp.le` for `cmp.lt` with swapped operands) are left out.
//!
//! The table is parsed once, on first use ([`tables`]), and indexed by type,
//! major opcode and the extension bits most of its forms fix.

use super::decode::{op_for, parse_completers, Completers, Op};
use std::sync::OnceLock;

/// Instruction type (SDM Vol. 3, Table 3-9 and 4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    A,
    I,
    M,
    F,
    B,
    X,
}

impl Ty {
    fn index(self) -> usize {
        self as usize
    }
}

/// Operand kinds: where an operand lives in the slot and how objdump prints it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    None,
    // Implicit operands, printed as fixed text.
    ArCsd,
    ArCcv,
    ArPfs,
    One,
    Eight,
    Sixteen,
    Gr0,
    Ip,
    Pr,
    PrRot,
    Psr,
    PsrL,
    PsrUm,
    // Registers.
    Ar3,
    B1,
    B2,
    Cr3,
    F1,
    F2,
    F3,
    F4,
    P1,
    P2,
    R1,
    R2,
    R3,
    /// r3 restricted to r0-r3 (addl).
    R3x2,
    /// Data access hint register (bits 23-25).
    Dahr3,
    /// Memory at the address in r3: `[r3]`.
    Mem3,
    /// Indirect register files indexed by r3: `cpuid[r3]`, `rr[r3]` ...
    Ind(IndFile),
    // Immediates.
    Ccount5,
    Count2a,
    Count2b,
    Count2c,
    Count5,
    Count6,
    Cpos6a,
    Cpos6b,
    Cpos6c,
    Imm1,
    Imm2,
    Imm5b,
    Amask7,
    Omask7,
    Sof,
    Sol,
    Sor,
    Imm8,
    Imm8U4,
    Imm8M1,
    Imm8M1U4,
    Imm8M1U8,
    Fclass9,
    Imm9a,
    Imm9b,
    Imm14,
    Imm16,
    Mask17,
    Imm19,
    Imm21,
    Imm22,
    Imm24,
    Imm44,
    Imm62,
    Imm64,
    Inc3,
    Len4,
    Len6,
    Mbtype4,
    Mhtype8,
    Pos6,
    LfCount6,
    LfStride5,
    // IP-relative targets (bundle address + 16 * signed field).
    Tag13,
    Tag13b,
    Target25,
    Target25b,
    Target25c,
    Target64,
}

/// Register files reached through `file[r3]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IndFile {
    Cpuid,
    Dbr,
    Dtr,
    Itr,
    Ibr,
    Msr,
    Pkr,
    Pmc,
    Pmd,
    Dahr,
    Rr,
}

impl IndFile {
    pub fn name(self) -> &'static str {
        match self {
            IndFile::Cpuid => "cpuid",
            IndFile::Dbr => "dbr",
            IndFile::Dtr => "dtr",
            IndFile::Itr => "itr",
            IndFile::Ibr => "ibr",
            IndFile::Msr => "msr",
            IndFile::Pkr => "pkr",
            IndFile::Pmc => "pmc",
            IndFile::Pmd => "pmd",
            IndFile::Dahr => "dahr",
            IndFile::Rr => "rr",
        }
    }
}

/// The operand kind a table token names.
pub fn kind_by_name(s: &str) -> Option<Kind> {
    use Kind::*;
    Some(match s {
        "ar.csd" => ArCsd,
        "ar.ccv" => ArCcv,
        "ar.pfs" => ArPfs,
        "1" => One,
        "8" => Eight,
        "16" => Sixteen,
        "r0" => Gr0,
        "ip" => Ip,
        "pr" => Pr,
        "pr.rot" => PrRot,
        "psr" => Psr,
        "psr.l" => PsrL,
        "psr.um" => PsrUm,
        "ar3" => Ar3,
        "b1" => B1,
        "b2" => B2,
        "cr3" => Cr3,
        "f1" => F1,
        "f2" => F2,
        "f3" => F3,
        "f4" => F4,
        "p1" => P1,
        "p2" => P2,
        "r1" => R1,
        "r2" => R2,
        "r3" => R3,
        "r3x2" => R3x2,
        "dahr3" => Dahr3,
        "[r3]" => Mem3,
        "cpuid[r3]" => Ind(IndFile::Cpuid),
        "dbr[r3]" => Ind(IndFile::Dbr),
        "dtr[r3]" => Ind(IndFile::Dtr),
        "itr[r3]" => Ind(IndFile::Itr),
        "ibr[r3]" => Ind(IndFile::Ibr),
        "msr[r3]" => Ind(IndFile::Msr),
        "pkr[r3]" => Ind(IndFile::Pkr),
        "pmc[r3]" => Ind(IndFile::Pmc),
        "pmd[r3]" => Ind(IndFile::Pmd),
        "dahr[r3]" => Ind(IndFile::Dahr),
        "rr[r3]" => Ind(IndFile::Rr),
        "ccount5" => Ccount5,
        "count2a" => Count2a,
        "count2b" => Count2b,
        "count2c" => Count2c,
        "count5" => Count5,
        "count6" => Count6,
        "cpos6a" => Cpos6a,
        "cpos6b" => Cpos6b,
        "cpos6c" => Cpos6c,
        "imm1" => Imm1,
        "imm2" => Imm2,
        "imm5b" => Imm5b,
        "amask7" => Amask7,
        "omask7" => Omask7,
        "sof" => Sof,
        "sol" => Sol,
        "sor" => Sor,
        "imm8" => Imm8,
        "imm8u4" => Imm8U4,
        "imm8m1" => Imm8M1,
        "imm8m1u4" => Imm8M1U4,
        "imm8m1u8" => Imm8M1U8,
        "fclass9" => Fclass9,
        "imm9a" => Imm9a,
        "imm9b" => Imm9b,
        "imm14" => Imm14,
        "imm16" => Imm16,
        "mask17" => Mask17,
        "imm19" => Imm19,
        "imm21" => Imm21,
        "imm22" => Imm22,
        "imm24" => Imm24,
        "imm44" => Imm44,
        "imm62" => Imm62,
        "imm64" => Imm64,
        "inc3" => Inc3,
        "len4" => Len4,
        "len6" => Len6,
        "mbtype4" => Mbtype4,
        "mhtype8" => Mhtype8,
        "pos6" => Pos6,
        "lfcount6" => LfCount6,
        "lfstride5" => LfStride5,
        "tag13" => Tag13,
        "tag13b" => Tag13b,
        "target25" => Target25,
        "target25b" => Target25b,
        "target25c" => Target25c,
        "target64" => Target64,
        _ => return Option::None,
    })
}

/// Opcode-extension fields of each instruction type, as (bit, width) pieces
/// from the least significant piece up (SDM Vol. 3, chapter 4 format
/// diagrams; the names are the SDM's).
pub fn field(ty: Ty, name: &str) -> Option<&'static [(u8, u8)]> {
    let f: &'static [(u8, u8)] = match (ty, name) {
        (_, "qp") => &[(0, 6)],
        (Ty::A, "x2a") | (Ty::A, "x2") => &[(34, 2)],
        (Ty::A, "ve") | (Ty::A, "zb") | (Ty::A, "ta") => &[(33, 1)],
        (Ty::A, "x4") => &[(29, 4)],
        (Ty::A, "x2b") => &[(27, 2)],
        (Ty::A, "za") | (Ty::A, "tb") => &[(36, 1)],
        (Ty::A, "c") => &[(12, 1)],
        (Ty::A, "imm14") => &[(13, 7), (27, 6), (36, 1)],
        (Ty::A, "r3") => &[(20, 2)],

        (Ty::I, "za") | (Ty::I, "tb") => &[(36, 1)],
        (Ty::I, "zb") | (Ty::I, "x") | (Ty::I, "ta") => &[(33, 1)],
        (Ty::I, "ve") => &[(32, 1)],
        (Ty::I, "x2a") | (Ty::I, "x2") => &[(34, 2)],
        (Ty::I, "x2b") => &[(28, 2)],
        (Ty::I, "x2c") => &[(30, 2)],
        (Ty::I, "x3") => &[(33, 3)],
        (Ty::I, "x6") => &[(27, 6)],
        (Ty::I, "y") => &[(26, 1)],
        (Ty::I, "ya") => &[(13, 1)],
        (Ty::I, "yb") => &[(26, 1)],
        (Ty::I, "xb") => &[(22, 1)],
        (Ty::I, "ih") => &[(23, 1)],
        (Ty::I, "wh") => &[(20, 2)],
        (Ty::I, "xc") => &[(19, 1)],
        (Ty::I, "c") => &[(12, 1)],

        (Ty::M, "m") | (Ty::M, "x7") => &[(36, 1)],
        (Ty::M, "x") => &[(27, 1)],
        (Ty::M, "x2") => &[(31, 2)],
        (Ty::M, "x3") => &[(33, 3)],
        (Ty::M, "x4") => &[(27, 4)],
        (Ty::M, "x6") => &[(30, 6)],
        (Ty::M, "x6b") => &[(27, 6)],
        (Ty::M, "y") => &[(26, 1)],
        (Ty::M, "y1") | (Ty::M, "hlfa") => &[(19, 1)],
        (Ty::M, "z") => &[(10, 2)],
        (Ty::M, "hint") => &[(28, 2)],
        (Ty::M, "hlf") => &[(12, 1)],

        (Ty::B, "btype") | (Ty::X, "btype") => &[(6, 3)],
        (Ty::B, "d") | (Ty::B, "ih") | (Ty::X, "d") => &[(35, 1)],
        (Ty::B, "p") | (Ty::X, "p") => &[(12, 1)],
        (Ty::B, "wh") | (Ty::X, "wh") => &[(33, 2)],
        (Ty::B, "whb") => &[(3, 2)],
        (Ty::B, "whc") => &[(32, 3)],
        (Ty::B, "x6") | (Ty::X, "x6") => &[(27, 6)],

        (Ty::F, "f2") => &[(13, 7)],
        (Ty::F, "f4") => &[(27, 7)],
        (Ty::F, "q") | (Ty::F, "rb") | (Ty::F, "x") => &[(36, 1)],
        (Ty::F, "ra") | (Ty::F, "xb") => &[(33, 1)],
        (Ty::F, "sf") | (Ty::F, "x2") => &[(34, 2)],
        (Ty::F, "ta") => &[(12, 1)],
        (Ty::F, "x6") => &[(27, 6)],
        (Ty::F, "y") => &[(26, 1)],

        (Ty::X, "vc") => &[(20, 1)],
        (Ty::X, "x3") => &[(33, 3)],
        (Ty::X, "y") => &[(26, 1)],
        _ => return None,
    };
    Some(f)
}

/// Form flags.
pub const ALIAS: u8 = 1;
pub const NOPRED: u8 = 2;
pub const F2EQF3: u8 = 4;
pub const LEN64: u8 = 8;

/// One instruction form: a line of the table.
#[derive(Clone, Debug)]
pub struct Form {
    pub ty: Ty,
    /// Fixed bits (major opcode included) and which bits are fixed.
    pub value: u64,
    pub mask: u64,
    /// The mnemonic with completers, as objdump prints it.
    pub name: String,
    /// Operand kinds in objdump's order; the first `nout` are outputs.
    pub kinds: [Kind; 5],
    pub nkinds: u8,
    pub nout: u8,
    pub flags: u8,
    /// The SDM instruction (for `!alias` forms: that of the machine form).
    pub op: Op,
    pub cx: Completers,
}

impl Form {
    pub fn operands(&self) -> &[Kind] {
        &self.kinds[..self.nkinds as usize]
    }
}

/// The forms of one type and major opcode, bucketed by the fixed bits every
/// form of the group shares (so a lookup tests a handful of forms).
struct Group {
    key_bits: Vec<u8>,
    buckets: Vec<Vec<u16>>,
}

pub struct Tables {
    pub forms: Vec<Form>,
    groups: Vec<Group>, // [type][major opcode]
}

impl Tables {
    /// The first form (in table order) that `slot` matches, optionally
    /// skipping aliases.
    pub fn lookup(&self, ty: Ty, slot: u64, skip_alias: bool) -> Option<u16> {
        let major = ((slot >> 37) & 0xf) as usize;
        let g = &self.groups[ty.index() * 16 + major];
        let mut key = 0usize;
        for (i, &b) in g.key_bits.iter().enumerate() {
            key |= (((slot >> b) & 1) as usize) << i;
        }
        g.buckets[key].iter().copied().find(|&i| {
            let f = &self.forms[i as usize];
            slot & f.mask == f.value && (!skip_alias || f.flags & ALIAS == 0) && constraints_hold(f, slot)
        })
    }
}

fn constraints_hold(f: &Form, slot: u64) -> bool {
    if f.flags & F2EQF3 != 0 && (slot >> 13) & 0x7f != (slot >> 20) & 0x7f {
        return false;
    }
    if f.flags & LEN64 != 0 {
        // len6 = 64 - count, where count is the third operand (pos6 of extr,
        // or 63 - cpos6a of dep.z).
        let len = ((slot >> 27) & 0x3f) + 1;
        let count = match f.kinds[2] {
            Kind::Pos6 => (slot >> 14) & 0x3f,
            Kind::Cpos6a => 63 - ((slot >> 20) & 0x3f),
            _ => return false,
        };
        if len != 64 - count {
            return false;
        }
    }
    true
}

/// The tables, built on first use.
pub fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(build)
}

fn build() -> Tables {
    let mut lines: Vec<String> = Vec::new();
    let push_text = |text: &str, lines: &mut Vec<String>| {
        for l in text.lines() {
            let l = l.trim();
            if !l.is_empty() && !l.starts_with('#') {
                lines.push(l.to_string());
            }
        }
    };
    // Priority order across types does not matter (a slot is looked up in one
    // type only); within a type and major opcode it is the order below.
    push_text(TABLE_A, &mut lines);
    gen_compares(&mut lines);
    gen_branches(&mut lines);
    push_text(TABLE_F, &mut lines);
    gen_fp(&mut lines);
    push_text(TABLE_I, &mut lines);
    push_text(TABLE_M, &mut lines);
    gen_memory(&mut lines);
    push_text(TABLE_X, &mut lines);
    gen_long_branches(&mut lines);

    let forms: Vec<Form> =
        lines.iter().map(|l| parse_line(l).unwrap_or_else(|e| panic!("ia64 table: {e}: {l}"))).collect();
    assert!(forms.len() < u16::MAX as usize);

    let mut groups = Vec::with_capacity(6 * 16);
    for ty in [Ty::A, Ty::I, Ty::M, Ty::F, Ty::B, Ty::X] {
        for major in 0..16u64 {
            let members: Vec<u16> = (0..forms.len())
                .filter(|&i| forms[i].ty == ty && (forms[i].value >> 37) & 0xf == major)
                .map(|i| i as u16)
                .collect();
            // Bucket on up to 10 bits most members fix (predicate and major
            // opcode excluded); a form that leaves a key bit free goes into
            // every bucket it can match, keeping table order in each.
            let mut freq: Vec<(usize, u8)> = (6..37u8)
                .map(|b| (members.iter().filter(|&&i| forms[i as usize].mask >> b & 1 != 0).count(), b))
                .filter(|&(n, _)| n * 2 >= members.len() && n > 0)
                .collect();
            freq.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
            let key_bits: Vec<u8> = freq.iter().take(10).map(|&(_, b)| b).collect();
            let mut buckets = vec![Vec::new(); 1 << key_bits.len()];
            for &i in &members {
                let f = &forms[i as usize];
                for (key, bucket) in buckets.iter_mut().enumerate() {
                    let fits = key_bits
                        .iter()
                        .enumerate()
                        .all(|(k, &b)| f.mask >> b & 1 == 0 || (f.value >> b & 1) as usize == (key >> k) & 1);
                    if fits {
                        bucket.push(i);
                    }
                }
            }
            groups.push(Group { key_bits, buckets });
        }
    }
    Tables { forms, groups }
}

fn parse_num(s: &str) -> Option<u64> {
    if let Some(h) = s.strip_prefix("0x") {
        u64::from_str_radix(h, 16).ok()
    } else {
        s.parse().ok()
    }
}

fn parse_line(line: &str) -> Result<Form, String> {
    let (enc, rest) = line.split_once(':').ok_or("no ':'")?;
    let mut it = enc.split_whitespace();
    let ty = match it.next() {
        Some("A") => Ty::A,
        Some("I") => Ty::I,
        Some("M") => Ty::M,
        Some("F") => Ty::F,
        Some("B") => Ty::B,
        Some("X") => Ty::X,
        t => return Err(format!("bad type {t:?}")),
    };
    let major = it.next().and_then(parse_num).ok_or("bad major opcode")?;
    if major > 15 {
        return Err("major opcode > 15".into());
    }
    let mut value = major << 37;
    let mut mask = 0xfu64 << 37;
    for fv in it {
        let (name, v) = fv.split_once('=').ok_or_else(|| format!("bad field {fv}"))?;
        let mut v = parse_num(v).ok_or_else(|| format!("bad value in {fv}"))?;
        let pieces = field(ty, name).ok_or_else(|| format!("unknown field {name}"))?;
        for &(pos, width) in pieces {
            let m = ((1u64 << width) - 1) << pos;
            if mask & m != 0 {
                return Err(format!("field {name} overlaps"));
            }
            mask |= m;
            value |= (v << pos) & m;
            v >>= width;
        }
        if v != 0 {
            return Err(format!("value too wide in {fv}"));
        }
    }
    let mut words = rest.split_whitespace();
    let name = words.next().ok_or("no mnemonic")?.to_string();
    let mut kinds = [Kind::None; 5];
    let mut nkinds = 0;
    let mut nout = 0;
    let mut flags = 0;
    for w in words {
        if let Some(flag) = w.strip_prefix('!') {
            flags |= match flag {
                "alias" => ALIAS,
                "nopred" => NOPRED,
                "f2eqf3" => F2EQF3,
                "len64" => LEN64,
                _ => return Err(format!("unknown flag {w}")),
            };
            continue;
        }
        if nkinds != 0 {
            return Err("two operand lists".into());
        }
        let (outs, ins) = match w.split_once('=') {
            Some((o, i)) => (Some(o), i),
            None => (None, w),
        };
        for part in outs.iter().copied().chain(std::iter::once(ins)) {
            for tok in part.split(',') {
                let k = kind_by_name(tok).ok_or_else(|| format!("unknown operand {tok}"))?;
                if nkinds == 5 {
                    return Err("more than 5 operands".into());
                }
                kinds[nkinds] = k;
                nkinds += 1;
            }
            if outs.is_some() && nout == 0 {
                nout = nkinds as u8;
            }
        }
    }
    let op = op_for(ty, &name, &kinds[..nkinds]);
    let mut cx = parse_completers(&name);
    if matches!(op, Op::Ld | Op::St | Op::Ldf | Op::Stf | Op::Ldfp | Op::Lfetch) {
        // The increment follows the memory operand; a store's data register
        // (st: r2, stf: f2) comes first: `st8 [r3]=r2` has no update,
        // `st8 [r3]=r2,imm9` has.
        let data = usize::from(matches!(op, Op::St | Op::Stf));
        let after_mem = kinds[..nkinds].iter().skip_while(|&&k| k != Kind::Mem3).skip(1 + data);
        cx.update =
            after_mem.clone().any(|k| matches!(k, Kind::R2 | Kind::Imm9a | Kind::Imm9b | Kind::Eight | Kind::Sixteen));
    }
    Ok(Form { ty, value, mask, name, kinds, nkinds: nkinds as u8, nout, flags, op, cx })
}

// ---------------------------------------------------------------------------
// A: integer ALU (SDM Vol. 3, 4.2). Major opcodes 8-15 in M and I slots.

const TABLE_A: &str = "
# A1 integer ALU, register-register
A 8 x2a=0 ve=0 x4=0 x2b=0 : add r1=r2,r3
A 8 x2a=0 ve=0 x4=0 x2b=1 : add r1=r2,r3,1
A 8 x2a=0 ve=0 x4=1 x2b=1 : sub r1=r2,r3
A 8 x2a=0 ve=0 x4=1 x2b=0 : sub r1=r2,r3,1
A 8 x2a=0 ve=0 x4=2 x2b=0 : addp4 r1=r2,r3
A 8 x2a=0 ve=0 x4=3 x2b=0 : and r1=r2,r3
A 8 x2a=0 ve=0 x4=3 x2b=1 : andcm r1=r2,r3
A 8 x2a=0 ve=0 x4=3 x2b=2 : or r1=r2,r3
A 8 x2a=0 ve=0 x4=3 x2b=3 : xor r1=r2,r3
# A2 shift left and add
A 8 x2a=0 ve=0 x4=4 : shladd r1=r2,count2a,r3
A 8 x2a=0 ve=0 x4=6 : shladdp4 r1=r2,count2a,r3
# A3 integer ALU, immediate8-register
A 8 x2a=0 ve=0 x4=9 x2b=1 : sub r1=imm8,r3
A 8 x2a=0 ve=0 x4=11 x2b=0 : and r1=imm8,r3
A 8 x2a=0 ve=0 x4=11 x2b=1 : andcm r1=imm8,r3
A 8 x2a=0 ve=0 x4=11 x2b=2 : or r1=imm8,r3
A 8 x2a=0 ve=0 x4=11 x2b=3 : xor r1=imm8,r3
# A4 add immediate14 (mov r1=r3 is adds r1=0,r3)
A 8 x2a=2 ve=0 imm14=0 : mov r1=r3 !alias
A 8 x2a=2 ve=0 : adds r1=imm14,r3
A 8 x2a=3 ve=0 : addp4 r1=imm14,r3
# A9 multimedia ALU (za zb: element size 1, 2, 4)
A 8 x2a=1 za=0 zb=0 x4=0 x2b=0 : padd1 r1=r2,r3
A 8 x2a=1 za=0 zb=1 x4=0 x2b=0 : padd2 r1=r2,r3
A 8 x2a=1 za=1 zb=0 x4=0 x2b=0 : padd4 r1=r2,r3
A 8 x2a=1 za=0 zb=0 x4=0 x2b=1 : padd1.sss r1=r2,r3
A 8 x2a=1 za=0 zb=1 x4=0 x2b=1 : padd2.sss r1=r2,r3
A 8 x2a=1 za=0 zb=0 x4=0 x2b=2 : padd1.uuu r1=r2,r3
A 8 x2a=1 za=0 zb=1 x4=0 x2b=2 : padd2.uuu r1=r2,r3
A 8 x2a=1 za=0 zb=0 x4=0 x2b=3 : padd1.uus r1=r2,r3
A 8 x2a=1 za=0 zb=1 x4=0 x2b=3 : padd2.uus r1=r2,r3
A 8 x2a=1 za=0 zb=0 x4=1 x2b=0 : psub1 r1=r2,r3
A 8 x2a=1 za=0 zb=1 x4=1 x2b=0 : psub2 r1=r2,r3
A 8 x2a=1 za=1 zb=0 x4=1 x2b=0 : psub4 r1=r2,r3
A 8 x2a=1 za=0 zb=0 x4=1 x2b=1 : psub1.sss r1=r2,r3
A 8 x2a=1 za=0 zb=1 x4=1 x2b=1 : psub2.sss r1=r2,r3
A 8 x2a=1 za=0 zb=0 x4=1 x2b=2 : psub1.uuu r1=r2,r3
A 8 x2a=1 za=0 zb=1 x4=1 x2b=2 : psub2.uuu r1=r2,r3
A 8 x2a=1 za=0 zb=0 x4=1 x2b=3 : psub1.uus r1=r2,r3
A 8 x2a=1 za=0 zb=1 x4=1 x2b=3 : psub2.uus r1=r2,r3
A 8 x2a=1 za=0 zb=0 x4=2 x2b=2 : pavg1 r1=r2,r3
A 8 x2a=1 za=0 zb=1 x4=2 x2b=2 : pavg2 r1=r2,r3
A 8 x2a=1 za=0 zb=0 x4=2 x2b=3 : pavg1.raz r1=r2,r3
A 8 x2a=1 za=0 zb=1 x4=2 x2b=3 : pavg2.raz r1=r2,r3
A 8 x2a=1 za=0 zb=0 x4=3 x2b=2 : pavgsub1 r1=r2,r3
A 8 x2a=1 za=0 zb=1 x4=3 x2b=2 : pavgsub2 r1=r2,r3
A 8 x2a=1 za=0 zb=0 x4=9 x2b=0 : pcmp1.eq r1=r2,r3
A 8 x2a=1 za=0 zb=1 x4=9 x2b=0 : pcmp2.eq r1=r2,r3
A 8 x2a=1 za=1 zb=0 x4=9 x2b=0 : pcmp4.eq r1=r2,r3
A 8 x2a=1 za=0 zb=0 x4=9 x2b=1 : pcmp1.gt r1=r2,r3
A 8 x2a=1 za=0 zb=1 x4=9 x2b=1 : pcmp2.gt r1=r2,r3
A 8 x2a=1 za=1 zb=0 x4=9 x2b=1 : pcmp4.gt r1=r2,r3
# A10 multimedia shift and add
A 8 x2a=1 za=0 zb=1 x4=4 : pshladd2 r1=r2,count2b,r3
A 8 x2a=1 za=0 zb=1 x4=6 : pshradd2 r1=r2,count2b,r3
# A5 add immediate22 (mov r1=imm22 is addl r1=imm22,r0)
A 9 r3=0 : mov r1=imm22 !alias
A 9 : addl r1=imm22,r3x2
";

/// A6, A7, A8: integer compares (major opcodes 0xc lt / and, 0xd ltu / or,
/// 0xe eq / or.andcm). tb selects the r0 forms (A7), ta the parallel types,
/// c the complement relation; x2 = 2, 3 are the immediate forms (A8).
fn gen_compares(out: &mut Vec<String>) {
    for (major, rel, par) in [(0xc, "lt", "and"), (0xd, "ltu", "or"), (0xe, "eq", "or.andcm")] {
        for (x2, cmp) in [(0, "cmp"), (1, "cmp4")] {
            let l = |out: &mut Vec<String>, tb, ta, c, name: String, ops| {
                out.push(format!("A {major} x2={x2} tb={tb} ta={ta} c={c} : {name} {ops}"));
            };
            l(out, 0, 0, 0, format!("{cmp}.{rel}"), "p1,p2=r2,r3");
            l(out, 0, 0, 1, format!("{cmp}.{rel}.unc"), "p1,p2=r2,r3");
            l(out, 0, 1, 0, format!("{cmp}.eq.{par}"), "p1,p2=r2,r3");
            l(out, 0, 1, 1, format!("{cmp}.ne.{par}"), "p1,p2=r2,r3");
            l(out, 1, 0, 0, format!("{cmp}.gt.{par}"), "p1,p2=r0,r3");
            l(out, 1, 0, 1, format!("{cmp}.le.{par}"), "p1,p2=r0,r3");
            l(out, 1, 1, 0, format!("{cmp}.ge.{par}"), "p1,p2=r0,r3");
            l(out, 1, 1, 1, format!("{cmp}.lt.{par}"), "p1,p2=r0,r3");
        }
        for (x2, cmp) in [(2, "cmp"), (3, "cmp4")] {
            // cmp4.ltu takes its immediate sign-extended from 8 to 32 bits.
            let imm = if major == 0xd && x2 == 3 { "imm8u4" } else { "imm8" };
            let l = |out: &mut Vec<String>, ta, c, name: String| {
                out.push(format!("A {major} x2={x2} ta={ta} c={c} : {name} p1,p2={imm},r3"));
            };
            l(out, 0, 0, format!("{cmp}.{rel}"));
            l(out, 0, 1, format!("{cmp}.{rel}.unc"));
            l(out, 1, 0, format!("{cmp}.eq.{par}"));
            l(out, 1, 1, format!("{cmp}.ne.{par}"));
        }
    }
}

// ---------------------------------------------------------------------------
// B: branches (SDM Vol. 3, 4.5).

/// Branch whether hints in the wh field of B1, B3, B4 and X3, X4.
const BWH: [&str; 4] = ["sptk", "spnt", "dptk", "dpnt"];

/// `.few`/`.many` (p field) and `.clr` (d field) of a branch.
fn bwh_ph_dh(mut f: impl FnMut(&str, u32, u32, u32)) {
    for p in 0..2 {
        for wh in 0..4 {
            for d in 0..2 {
                let name = format!("{}.{}{}", BWH[wh as usize], ["few", "many"][p as usize], ["", ".clr"][d as usize]);
                f(&name, p, wh, d);
            }
        }
    }
}

fn gen_branches(out: &mut Vec<String>) {
    // B4 indirect branches. With qp = 0 and .sptk objdump writes br.few/br.many.
    for p in 0..2 {
        for d in 0..2 {
            let name = format!("br.{}{}", ["few", "many"][p as usize], ["", ".clr"][d as usize]);
            out.push(format!("B 0 x6=0x20 btype=0 p={p} wh=0 d={d} qp=0 : {name} b2 !alias"));
        }
    }
    for (btype, bt) in [(0, "cond"), (1, "ia")] {
        bwh_ph_dh(|c, p, wh, d| out.push(format!("B 0 x6=0x20 btype={btype} p={p} wh={wh} d={d} : br.{bt}.{c} b2")));
    }
    bwh_ph_dh(|c, p, wh, d| out.push(format!("B 0 x6=0x21 btype=4 p={p} wh={wh} d={d} : br.ret.{c} b2")));
    // B8 miscellaneous, B9 break/nop/hint
    out.extend(
        [
            "B 0 x6=0x02 : cover !nopred",
            "B 0 x6=0x04 : clrrrb !nopred",
            "B 0 x6=0x05 : clrrrb.pr !nopred",
            "B 0 x6=0x08 : rfi !nopred",
            "B 0 x6=0x0c : bsw.0 !nopred",
            "B 0 x6=0x0d : bsw.1 !nopred",
            "B 0 x6=0x10 : epc !nopred",
            "B 0 x6=0x18 : vmsw.0 !nopred",
            "B 0 x6=0x19 : vmsw.1 !nopred",
            "B 0 x6=0x00 : break.b imm21",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    // B5 indirect call: whc is 1, 3, 5, 7 for sptk, spnt, dptk, dpnt.
    bwh_ph_dh(|c, p, wh, d| out.push(format!("B 1 p={p} whc={} d={d} : br.call.{c} b1=b2", 2 * wh + 1)));
    // B7 indirect predict; B9 nop.b, hint.b
    for (x6, ret) in [(0x10, ""), (0x11, ".ret")] {
        for ih in 0..2 {
            for (whb, h) in [(0, "sptk"), (2, "dptk")] {
                let imp = ["", ".imp"][ih];
                out.push(format!("B 2 x6={x6} ih={ih} whb={whb} : brp{ret}.{h}{imp} b2,tag13 !nopred"));
            }
        }
    }
    out.push("B 2 x6=0 : nop.b imm21".into());
    out.push("B 2 x6=1 : hint.b imm21".into());
    // B1 IP-relative branches, B2 counted branches.
    for p in 0..2 {
        for d in 0..2 {
            let name = format!("br.{}{}", ["few", "many"][p as usize], ["", ".clr"][d as usize]);
            out.push(format!("B 4 btype=0 p={p} wh=0 d={d} qp=0 : {name} target25c !alias"));
        }
    }
    for (btype, bt, flags) in [
        (0, "cond", ""),
        (2, "wexit", ""),
        (3, "wtop", ""),
        (5, "cloop", " !nopred"),
        (6, "cexit", " !nopred"),
        (7, "ctop", " !nopred"),
    ] {
        bwh_ph_dh(|c, p, wh, d| {
            out.push(format!("B 4 btype={btype} p={p} wh={wh} d={d} : br.{bt}.{c} target25c{flags}"))
        });
    }
    // B3 IP-relative call
    bwh_ph_dh(|c, p, wh, d| out.push(format!("B 5 p={p} wh={wh} d={d} : br.call.{c} b1=target25c")));
    // B6 IP-relative predict
    for ih in 0..2 {
        for (whb, h) in ["sptk", "loop", "dptk", "exit"].iter().enumerate() {
            let imp = ["", ".imp"][ih];
            out.push(format!("B 7 ih={ih} whb={whb} : brp.{h}{imp} target25c,tag13 !nopred"));
        }
    }
}

// ---------------------------------------------------------------------------
// F: floating point (SDM Vol. 3, 4.6).

const TABLE_F: &str = "
# F8 minimum/maximum and parallel compare live with the sf products (gen_fp);
# F9 merge and logical (no sf field)
F 0 xb=0 x6=0x10 : mov f1=f3 !alias !f2eqf3
F 0 xb=0 x6=0x10 f2=0 : fabs f1=f3 !alias
F 0 xb=0 x6=0x11 : fneg f1=f3 !alias !f2eqf3
F 0 xb=0 x6=0x11 f2=0 : fnegabs f1=f3 !alias
F 0 xb=0 x6=0x10 : fmerge.s f1=f2,f3
F 0 xb=0 x6=0x11 : fmerge.ns f1=f2,f3
F 0 xb=0 x6=0x12 : fmerge.se f1=f2,f3
F 0 xb=0 x6=0x39 : fmix.lr f1=f2,f3
F 0 xb=0 x6=0x3a : fmix.r f1=f2,f3
F 0 xb=0 x6=0x3b : fmix.l f1=f2,f3
F 0 xb=0 x6=0x3c : fsxt.r f1=f2,f3
F 0 xb=0 x6=0x3d : fsxt.l f1=f2,f3
F 0 xb=0 x6=0x28 : fpack f1=f2,f3
F 0 xb=0 x6=0x34 : fswap f1=f2,f3
F 0 xb=0 x6=0x35 : fswap.nl f1=f2,f3
F 0 xb=0 x6=0x36 : fswap.nr f1=f2,f3
F 0 xb=0 x6=0x2c : fand f1=f2,f3
F 0 xb=0 x6=0x2d : fandcm f1=f2,f3
F 0 xb=0 x6=0x2e : for f1=f2,f3
F 0 xb=0 x6=0x2f : fxor f1=f2,f3
# F11 convert from signed integer
F 0 xb=0 x6=0x1c : fcvt.xf f1=f2
# F15 break, F16 nop and hint
F 0 xb=0 x6=0x00 : break.f imm21
F 0 xb=0 x6=0x01 y=0 : nop.f imm21
F 0 xb=0 x6=0x01 y=1 : hint.f imm21
# F9 parallel merge
F 1 xb=0 x6=0x10 f2=0 : fpabs f1=f3 !alias
F 1 xb=0 x6=0x11 : fpneg f1=f3 !alias !f2eqf3
F 1 xb=0 x6=0x11 f2=0 : fpnegabs f1=f3 !alias
F 1 xb=0 x6=0x10 : fpmerge.s f1=f2,f3
F 1 xb=0 x6=0x11 : fpmerge.ns f1=f2,f3
F 1 xb=0 x6=0x12 : fpmerge.se f1=f2,f3
# F5 floating-point class
F 5 ta=0 : fclass.m p1,p2=f2,fclass9
F 5 ta=1 : fclass.m.unc p1,p2=f2,fclass9
";

/// The FP operations with a status-field completer `.s0`-`.s3` (sf field).
fn gen_fp(out: &mut Vec<String>) {
    let sfs = |out: &mut Vec<String>, line: &dyn Fn(u32) -> String| {
        for sf in 0..4 {
            out.push(line(sf));
        }
    };
    for (major, p) in [(0, ""), (1, "p")] {
        // F6 reciprocal approximation, F7 reciprocal square root approximation
        sfs(out, &|sf| format!("F {major} xb=1 q=0 sf={sf} : f{p}rcpa.s{sf} f1,p2=f2,f3"));
        sfs(out, &|sf| format!("F {major} xb=1 q=1 sf={sf} : f{p}rsqrta.s{sf} f1,p2=f3"));
        // F8 minimum/maximum
        for (x6, n) in [(0x14, "min"), (0x15, "max"), (0x16, "amin"), (0x17, "amax")] {
            sfs(out, &|sf| format!("F {major} xb=0 x6={x6} sf={sf} : f{p}{n}.s{sf} f1=f2,f3"));
        }
        // F10 convert to signed/unsigned integer
        for (x6, n) in [(0x18, "fx"), (0x19, "fxu"), (0x1a, "fx.trunc"), (0x1b, "fxu.trunc")] {
            sfs(out, &|sf| format!("F {major} xb=0 x6={x6} sf={sf} : f{p}cvt.{n}.s{sf} f1=f2"));
        }
    }
    // F8 parallel compare
    for (x6, n) in [
        (0x30, "eq"),
        (0x31, "lt"),
        (0x32, "le"),
        (0x33, "unord"),
        (0x34, "neq"),
        (0x35, "nlt"),
        (0x36, "nle"),
        (0x37, "ord"),
    ] {
        sfs(out, &|sf| format!("F 1 xb=0 x6={x6} sf={sf} : fpcmp.{n}.s{sf} f1=f2,f3"));
    }
    // F12 set controls, F13 clear flags, F14 check flags
    sfs(out, &|sf| format!("F 0 xb=0 x6=0x04 sf={sf} : fsetc.s{sf} amask7,omask7"));
    sfs(out, &|sf| format!("F 0 xb=0 x6=0x05 sf={sf} : fclrf.s{sf}"));
    sfs(out, &|sf| format!("F 0 xb=0 x6=0x08 sf={sf} : fchkf.s{sf} target25"));
    // F4 compare: ra, rb select eq, lt, le, unord; ta .unc
    for ta in 0..2 {
        for (ra, rb, n) in [(0, 0, "eq"), (0, 1, "lt"), (1, 0, "le"), (1, 1, "unord")] {
            let unc = ["", ".unc"][ta];
            sfs(out, &|sf| format!("F 4 ra={ra} rb={rb} ta={ta} sf={sf} : fcmp.{n}{unc}.s{sf} p1,p2=f2,f3"));
        }
    }
    // F1 multiply-add family; f2 = f0 and f4 = f1 make fnorm/fadd/fmpy
    // (objdump prints those names first). x (bit 36) selects .s / parallel.
    let f1 = |out: &mut Vec<String>, major: u32, x: u32, pc: &str, base: &str, aliases: &[(&str, &str, &str)]| {
        for sf in 0..4 {
            for &(extra, name, ops) in aliases {
                out.push(format!("F {major} x={x} sf={sf} {extra} : {name}{pc}.s{sf} {ops} !alias"));
            }
            out.push(format!("F {major} x={x} sf={sf} : {base}{pc}.s{sf} f1=f3,f4,f2"));
        }
    };
    let norm_add_mpy: &[(&str, &str, &str)] =
        &[("f2=0 f4=1", "fnorm", "f1=f3"), ("f4=1", "fadd", "f1=f3,f2"), ("f2=0", "fmpy", "f1=f3,f4")];
    f1(out, 8, 0, "", "fma", norm_add_mpy);
    f1(out, 8, 1, ".s", "fma", norm_add_mpy);
    f1(out, 9, 0, ".d", "fma", norm_add_mpy);
    f1(out, 9, 1, "", "fpma", &[("f2=0", "fpmpy", "f1=f3,f4")]);
    f1(out, 0xa, 0, "", "fms", &[("f4=1", "fsub", "f1=f3,f2")]);
    f1(out, 0xa, 1, ".s", "fms", &[("f4=1", "fsub", "f1=f3,f2")]);
    f1(out, 0xb, 0, ".d", "fms", &[("f4=1", "fsub", "f1=f3,f2")]);
    f1(out, 0xb, 1, "", "fpms", &[]);
    f1(out, 0xc, 0, "", "fnma", &[("f2=0", "fnmpy", "f1=f3,f4")]);
    f1(out, 0xc, 1, ".s", "fnma", &[("f2=0", "fnmpy", "f1=f3,f4")]);
    f1(out, 0xd, 0, ".d", "fnma", &[("f2=0", "fnmpy", "f1=f3,f4")]);
    f1(out, 0xd, 1, "", "fpnma", &[("f2=0", "fpnmpy", "f1=f3,f4")]);
    // F2 fixed-point multiply-add (x2: 0 .l, 3 .h, 2 .hu), F3 select
    for (x2, n) in [(0, "l"), (3, "h"), (2, "hu")] {
        out.push(format!("F 0xe x=1 x2={x2} f2=0 : xmpy.{n} f1=f3,f4 !alias"));
        out.push(format!("F 0xe x=1 x2={x2} : xma.{n} f1=f3,f4,f2"));
    }
    out.push("F 0xe x=0 : fselect f1=f3,f4,f2".into());
}

// ---------------------------------------------------------------------------
// I: non-ALU integer (SDM Vol. 3, 4.3).

const TABLE_I: &str = "
# I19 break, I18 nop and hint; I20 speculation check
I 0 x3=0 x6=0x00 : break.i imm21
I 0 x3=0 x6=0x01 yb=0 : nop.i imm21
I 0 x3=0 x6=0x01 yb=1 : hint.i imm21
I 0 x3=1 : chk.s.i r2,target25b
# I21 move to BR (objdump leaves out the tag of the plain form)
I 0 x3=7 xb=0 ih=0 wh=1 : mov b1=r2 !alias
I 0 x3=7 xb=0 ih=0 wh=0 : mov.sptk b1=r2,tag13b
I 0 x3=7 xb=0 ih=1 wh=0 : mov.sptk.imp b1=r2,tag13b
I 0 x3=7 xb=0 ih=0 wh=1 : mov b1=r2,tag13b
I 0 x3=7 xb=0 ih=1 wh=1 : mov.imp b1=r2,tag13b
I 0 x3=7 xb=0 ih=0 wh=2 : mov.dptk b1=r2,tag13b
I 0 x3=7 xb=0 ih=1 wh=2 : mov.dptk.imp b1=r2,tag13b
I 0 x3=7 xb=1 ih=0 wh=0 : mov.ret.sptk b1=r2,tag13b
I 0 x3=7 xb=1 ih=1 wh=0 : mov.ret.sptk.imp b1=r2,tag13b
I 0 x3=7 xb=1 ih=0 wh=1 : mov.ret b1=r2,tag13b
I 0 x3=7 xb=1 ih=1 wh=1 : mov.ret.imp b1=r2,tag13b
I 0 x3=7 xb=1 ih=0 wh=2 : mov.ret.dptk b1=r2,tag13b
I 0 x3=7 xb=1 ih=1 wh=2 : mov.ret.dptk.imp b1=r2,tag13b
# I22 move from BR; I23, I24 move to predicates; I25 move from IP/predicates
I 0 x3=0 x6=0x31 : mov r1=b2
I 0 x3=3 : mov pr=r2,mask17
I 0 x3=2 : mov pr.rot=imm44
I 0 x3=0 x6=0x30 : mov r1=ip
I 0 x3=0 x6=0x33 : mov r1=pr
# I26, I27 move to AR; I28 move from AR
I 0 x3=0 x6=0x2a : mov.i ar3=r2
I 0 x3=0 x6=0x0a : mov.i ar3=imm8
I 0 x3=0 x6=0x32 : mov.i r1=ar3
# I29 zero/sign extend, compute zero index
I 0 x3=0 x6=0x10 : zxt1 r1=r3
I 0 x3=0 x6=0x11 : zxt2 r1=r3
I 0 x3=0 x6=0x12 : zxt4 r1=r3
I 0 x3=0 x6=0x14 : sxt1 r1=r3
I 0 x3=0 x6=0x15 : sxt2 r1=r3
I 0 x3=0 x6=0x16 : sxt4 r1=r3
I 0 x3=0 x6=0x18 : czx1.l r1=r3
I 0 x3=0 x6=0x19 : czx2.l r1=r3
I 0 x3=0 x6=0x1c : czx1.r r1=r3
I 0 x3=0 x6=0x1d : czx2.r r1=r3
# I15 deposit
I 4 : dep r1=r2,r3,cpos6c,len4
# I10 shift right pair; I11 extract (shr, shr.u when the field reaches bit 63)
I 5 x2=3 x=0 : shrp r1=r2,r3,count6
I 5 x2=1 x=0 ya=0 : shr.u r1=r3,pos6 !alias !len64
I 5 x2=1 x=0 ya=0 : extr.u r1=r3,pos6,len6
I 5 x2=1 x=0 ya=1 : shr r1=r3,pos6 !alias !len64
I 5 x2=1 x=0 ya=1 : extr r1=r3,pos6,len6
# I12, I13 zero and deposit (shl when the field reaches bit 63); I14 deposit immediate
I 5 x2=1 x=1 yb=0 : shl r1=r2,cpos6a !alias !len64
I 5 x2=1 x=1 yb=0 : dep.z r1=r2,cpos6a,len6
I 5 x2=1 x=1 yb=1 : dep.z r1=imm8,cpos6a,len6
I 5 x2=3 x=1 : dep r1=imm1,r3,cpos6b,len6
# I30 test feature (ya=1 xc=1)
I 5 x2=0 ta=0 tb=0 ya=1 xc=1 c=0 : tf.z p1,p2=imm5b
I 5 x2=0 ta=0 tb=0 ya=1 xc=1 c=1 : tf.z.unc p1,p2=imm5b
I 5 x2=0 ta=0 tb=1 ya=1 xc=1 c=0 : tf.z.and p1,p2=imm5b
I 5 x2=0 ta=0 tb=1 ya=1 xc=1 c=1 : tf.nz.and p1,p2=imm5b
I 5 x2=0 ta=1 tb=0 ya=1 xc=1 c=0 : tf.z.or p1,p2=imm5b
I 5 x2=0 ta=1 tb=0 ya=1 xc=1 c=1 : tf.nz.or p1,p2=imm5b
I 5 x2=0 ta=1 tb=1 ya=1 xc=1 c=0 : tf.z.or.andcm p1,p2=imm5b
I 5 x2=0 ta=1 tb=1 ya=1 xc=1 c=1 : tf.nz.or.andcm p1,p2=imm5b
# I16 test bit (ya=0)
I 5 x2=0 ta=0 tb=0 ya=0 c=0 : tbit.z p1,p2=r3,pos6
I 5 x2=0 ta=0 tb=0 ya=0 c=1 : tbit.z.unc p1,p2=r3,pos6
I 5 x2=0 ta=0 tb=1 ya=0 c=0 : tbit.z.and p1,p2=r3,pos6
I 5 x2=0 ta=0 tb=1 ya=0 c=1 : tbit.nz.and p1,p2=r3,pos6
I 5 x2=0 ta=1 tb=0 ya=0 c=0 : tbit.z.or p1,p2=r3,pos6
I 5 x2=0 ta=1 tb=0 ya=0 c=1 : tbit.nz.or p1,p2=r3,pos6
I 5 x2=0 ta=1 tb=1 ya=0 c=0 : tbit.z.or.andcm p1,p2=r3,pos6
I 5 x2=0 ta=1 tb=1 ya=0 c=1 : tbit.nz.or.andcm p1,p2=r3,pos6
# I17 test NaT (ya=1)
I 5 x2=0 ta=0 tb=0 ya=1 c=0 : tnat.z p1,p2=r3
I 5 x2=0 ta=0 tb=0 ya=1 c=1 : tnat.z.unc p1,p2=r3
I 5 x2=0 ta=0 tb=1 ya=1 c=0 : tnat.z.and p1,p2=r3
I 5 x2=0 ta=0 tb=1 ya=1 c=1 : tnat.nz.and p1,p2=r3
I 5 x2=0 ta=1 tb=0 ya=1 c=0 : tnat.z.or p1,p2=r3
I 5 x2=0 ta=1 tb=0 ya=1 c=1 : tnat.nz.or p1,p2=r3
I 5 x2=0 ta=1 tb=1 ya=1 c=0 : tnat.z.or.andcm p1,p2=r3
I 5 x2=0 ta=1 tb=1 ya=1 c=1 : tnat.nz.or.andcm p1,p2=r3
# I1 multimedia multiply and shift
I 7 za=0 zb=1 ve=0 x2a=0 x2b=3 : pmpyshr2 r1=r2,r3,count2c
I 7 za=0 zb=1 ve=0 x2a=0 x2b=1 : pmpyshr2.u r1=r2,r3,count2c
# I2 multimedia multiply/mix/pack/unpack
I 7 za=0 zb=1 ve=0 x2a=2 x2b=1 x2c=3 : pmpy2.r r1=r2,r3
I 7 za=0 zb=1 ve=0 x2a=2 x2b=3 x2c=3 : pmpy2.l r1=r2,r3
I 7 za=0 zb=0 ve=0 x2a=2 x2b=0 x2c=2 : mix1.r r1=r2,r3
I 7 za=0 zb=1 ve=0 x2a=2 x2b=0 x2c=2 : mix2.r r1=r2,r3
I 7 za=1 zb=0 ve=0 x2a=2 x2b=0 x2c=2 : mix4.r r1=r2,r3
I 7 za=0 zb=0 ve=0 x2a=2 x2b=2 x2c=2 : mix1.l r1=r2,r3
I 7 za=0 zb=1 ve=0 x2a=2 x2b=2 x2c=2 : mix2.l r1=r2,r3
I 7 za=1 zb=0 ve=0 x2a=2 x2b=2 x2c=2 : mix4.l r1=r2,r3
I 7 za=0 zb=1 ve=0 x2a=2 x2b=0 x2c=0 : pack2.uss r1=r2,r3
I 7 za=0 zb=1 ve=0 x2a=2 x2b=2 x2c=0 : pack2.sss r1=r2,r3
I 7 za=1 zb=0 ve=0 x2a=2 x2b=2 x2c=0 : pack4.sss r1=r2,r3
I 7 za=0 zb=0 ve=0 x2a=2 x2b=0 x2c=1 : unpack1.h r1=r2,r3
I 7 za=0 zb=1 ve=0 x2a=2 x2b=0 x2c=1 : unpack2.h r1=r2,r3
I 7 za=1 zb=0 ve=0 x2a=2 x2b=0 x2c=1 : unpack4.h r1=r2,r3
I 7 za=0 zb=0 ve=0 x2a=2 x2b=2 x2c=1 : unpack1.l r1=r2,r3
I 7 za=0 zb=1 ve=0 x2a=2 x2b=2 x2c=1 : unpack2.l r1=r2,r3
I 7 za=1 zb=0 ve=0 x2a=2 x2b=2 x2c=1 : unpack4.l r1=r2,r3
I 7 za=0 zb=0 ve=0 x2a=2 x2b=1 x2c=0 : pmin1.u r1=r2,r3
I 7 za=0 zb=0 ve=0 x2a=2 x2b=1 x2c=1 : pmax1.u r1=r2,r3
I 7 za=0 zb=1 ve=0 x2a=2 x2b=3 x2c=0 : pmin2 r1=r2,r3
I 7 za=0 zb=1 ve=0 x2a=2 x2b=3 x2c=1 : pmax2 r1=r2,r3
I 7 za=0 zb=0 ve=0 x2a=2 x2b=3 x2c=2 : psad1 r1=r2,r3
# I3, I4 mux
I 7 za=0 zb=0 ve=0 x2a=3 x2b=2 x2c=2 : mux1 r1=r2,mbtype4
I 7 za=0 zb=1 ve=0 x2a=3 x2b=2 x2c=2 : mux2 r1=r2,mhtype8
# I5 shift right variable
I 7 za=0 zb=1 ve=0 x2a=0 x2b=2 x2c=0 : pshr2 r1=r3,r2
I 7 za=1 zb=0 ve=0 x2a=0 x2b=2 x2c=0 : pshr4 r1=r3,r2
I 7 za=1 zb=1 ve=0 x2a=0 x2b=2 x2c=0 : shr r1=r3,r2
I 7 za=0 zb=1 ve=0 x2a=0 x2b=0 x2c=0 : pshr2.u r1=r3,r2
I 7 za=1 zb=0 ve=0 x2a=0 x2b=0 x2c=0 : pshr4.u r1=r3,r2
I 7 za=1 zb=1 ve=0 x2a=0 x2b=0 x2c=0 : shr.u r1=r3,r2
# I6 multimedia shift right fixed
I 7 za=0 zb=1 ve=0 x2a=1 x2b=3 x2c=0 : pshr2 r1=r3,count5
I 7 za=1 zb=0 ve=0 x2a=1 x2b=3 x2c=0 : pshr4 r1=r3,count5
I 7 za=0 zb=1 ve=0 x2a=1 x2b=1 x2c=0 : pshr2.u r1=r3,count5
I 7 za=1 zb=0 ve=0 x2a=1 x2b=1 x2c=0 : pshr4.u r1=r3,count5
# I7 shift left variable; I2 mpy4, mpyshl4
I 7 za=0 zb=1 ve=0 x2a=0 x2b=0 x2c=1 : pshl2 r1=r2,r3
I 7 za=1 zb=0 ve=0 x2a=0 x2b=0 x2c=1 : pshl4 r1=r2,r3
I 7 za=1 zb=1 ve=0 x2a=0 x2b=0 x2c=1 : shl r1=r2,r3
I 7 za=1 zb=0 ve=0 x2a=0 x2b=1 x2c=3 : mpy4 r1=r2,r3
I 7 za=1 zb=0 ve=0 x2a=0 x2b=3 x2c=3 : mpyshl4 r1=r2,r3
# I8 multimedia shift left fixed; I9 population count, count leading zeros
I 7 za=0 zb=1 ve=0 x2a=3 x2b=1 x2c=1 : pshl2 r1=r2,ccount5
I 7 za=1 zb=0 ve=0 x2a=3 x2b=1 x2c=1 : pshl4 r1=r2,ccount5
I 7 za=0 zb=1 ve=0 x2a=1 x2b=1 x2c=2 : popcnt r1=r3
I 7 za=0 zb=1 ve=0 x2a=1 x2b=1 x2c=3 : clz r1=r3
";

// ---------------------------------------------------------------------------
// M: memory and system (SDM Vol. 3, 4.4).

const TABLE_M: &str = "
# M20-M23 speculation and advanced load checks
M 0 x3=4 : chk.a.nc r1,target25c
M 0 x3=5 : chk.a.clr r1,target25c
M 0 x3=6 : chk.a.nc f1,target25c
M 0 x3=7 : chk.a.clr f1,target25c
# M24-M26 sync/fence/serialize, RSE control, ALAT invalidate
M 0 x3=0 x4=0 x2=1 : invala
M 0 x3=0 x4=0 x2=2 : fwb
M 0 x3=0 x4=2 x2=2 : mf
M 0 x3=0 x4=3 x2=2 : mf.a
M 0 x3=0 x4=0 x2=3 : srlz.d
M 0 x3=0 x4=1 x2=3 : srlz.i
M 0 x3=0 x4=3 x2=3 : sync.i
M 0 x3=0 x4=0xc x2=0 : flushrs !nopred
M 0 x3=0 x4=0xa x2=0 : loadrs !nopred
M 0 x3=0 x4=2 x2=1 : invala.e r1
M 0 x3=0 x4=3 x2=1 : invala.e f1
# M30 move to AR immediate
M 0 x3=0 x4=8 x2=2 : mov.m ar3=imm8
# M37 break, M48 nop and hint; move to a data access hint register
M 0 x3=0 x4=0 x2=0 : break.m imm21
M 0 x3=0 x4=1 x2=0 y=0 : nop.m imm21
M 0 x3=0 x4=1 x2=0 y=1 z=0 : hint.m imm19
M 0 x3=0 x4=1 x2=0 y=1 z=1 : mov dahr3=imm16
# M44 set/reset user/system mask
M 0 x3=0 x4=4 : sum imm24
M 0 x3=0 x4=5 : rum imm24
M 0 x3=0 x4=6 : ssm imm24
M 0 x3=0 x4=7 : rsm imm24
# M29, M31 move to/from AR; M32, M33 move to/from CR
M 1 x3=0 x6b=0x2a : mov.m ar3=r2
M 1 x3=0 x6b=0x22 : mov.m r1=ar3
M 1 x3=0 x6b=0x2c : mov cr3=r2
M 1 x3=0 x6b=0x24 : mov r1=cr3
# M34 allocate register stack frame
M 1 x3=6 : alloc r1=ar.pfs,sof,sol,sor !nopred
# M35, M36 move to/from PSR
M 1 x3=0 x6b=0x2d : mov psr.l=r2
M 1 x3=0 x6b=0x29 : mov psr.um=r2
M 1 x3=0 x6b=0x25 : mov r1=psr
M 1 x3=0 x6b=0x21 : mov r1=psr.um
# M38-M40 probe
M 1 x3=0 x6b=0x38 : probe.r r1=r3,r2
M 1 x3=0 x6b=0x39 : probe.w r1=r3,r2
M 1 x3=0 x6b=0x18 : probe.r r1=r3,imm2
M 1 x3=0 x6b=0x19 : probe.w r1=r3,imm2
M 1 x3=0 x6b=0x31 : probe.rw.fault r3,imm2
M 1 x3=0 x6b=0x32 : probe.r.fault r3,imm2
M 1 x3=0 x6b=0x33 : probe.w.fault r3,imm2
# M41 translation cache insert
M 1 x3=0 x6b=0x2e : itc.d r2
M 1 x3=0 x6b=0x2f : itc.i r2
# M42 move to indirect register, translation register insert
M 1 x3=0 x6b=0x00 : mov rr[r3]=r2
M 1 x3=0 x6b=0x01 : mov dbr[r3]=r2
M 1 x3=0 x6b=0x02 : mov ibr[r3]=r2
M 1 x3=0 x6b=0x03 : mov pkr[r3]=r2
M 1 x3=0 x6b=0x04 : mov pmc[r3]=r2
M 1 x3=0 x6b=0x05 : mov pmd[r3]=r2
M 1 x3=0 x6b=0x06 : mov msr[r3]=r2
M 1 x3=0 x6b=0x0e : itr.d dtr[r3]=r2
M 1 x3=0 x6b=0x0f : itr.i itr[r3]=r2
# M43 move from indirect register
M 1 x3=0 x6b=0x10 : mov r1=rr[r3]
M 1 x3=0 x6b=0x11 : mov r1=dbr[r3]
M 1 x3=0 x6b=0x12 : mov r1=ibr[r3]
M 1 x3=0 x6b=0x13 : mov r1=pkr[r3]
M 1 x3=0 x6b=0x14 : mov r1=pmc[r3]
M 1 x3=0 x6b=0x15 : mov r1=pmd[r3]
M 1 x3=0 x6b=0x16 : mov r1=msr[r3]
M 1 x3=0 x6b=0x17 : mov r1=cpuid[r3]
M 1 x3=0 x6b=0x20 : mov r1=dahr[r3]
# M45 translation purge
M 1 x3=0 x6b=0x09 : ptc.l r3,r2
M 1 x3=0 x6b=0x0a : ptc.g r3,r2
M 1 x3=0 x6b=0x0b : ptc.ga r3,r2
M 1 x3=0 x6b=0x0c : ptr.d r3,r2
M 1 x3=0 x6b=0x0d : ptr.i r3,r2
# M46 translation access
M 1 x3=0 x6b=0x1a : thash r1=r3
M 1 x3=0 x6b=0x1b : ttag r1=r3
M 1 x3=0 x6b=0x1e : tpa r1=r3
M 1 x3=0 x6b=0x1f : tak r1=r3
# M20, M21 speculation check
M 1 x3=1 : chk.s.m r2,target25b
M 1 x3=3 : chk.s f2,target25b
# M28 flush cache, M47 purge translation cache entry
M 1 x3=0 x6b=0x30 x7=0 : fc r3
M 1 x3=0 x6b=0x30 x7=1 : fc.i r3
M 1 x3=0 x6b=0x34 : ptc.e r3
";

/// Integer load types in x6 bits 5:2 (SDM Vol. 3, Table 4-29).
const LD_TYPES: &[(&str, u32)] = &[
    ("", 0x0),
    (".s", 0x1),
    (".a", 0x2),
    (".sa", 0x3),
    (".bias", 0x4),
    (".acq", 0x5),
    (".c.clr", 0x8),
    (".c.nc", 0x9),
    (".c.clr.acq", 0xa),
];
/// FP load types (x6 bits 5:2; ldf.fill is 0x1b).
const LDF_TYPES: &[(&str, u32)] = &[("", 0x0), (".s", 0x1), (".a", 0x2), (".sa", 0x3), (".c.clr", 0x8), (".c.nc", 0x9)];
/// FP load sizes in x6 bits 1:0: e 0, 8 1, s 2, d 3.
const LDF_SIZES: &[(&str, u32)] = &[("s", 2), ("d", 3), ("8", 1), ("e", 0)];
const INT_SIZES: &[(&str, u32)] = &[("1", 0), ("2", 1), ("4", 2), ("8", 3)];

/// Locality hints (hint field, and the extra bit of the newer `.d4`-`.d7`
/// hints), as objdump names them for each family.
const HINTS_LOAD: &[(&str, u32, u32)] = &[
    ("", 0, 0),
    (".nt1", 1, 0),
    (".d2", 2, 0),
    (".nta", 3, 0),
    (".d4", 0, 1),
    (".d5", 1, 1),
    (".d6", 2, 1),
    (".d7", 3, 1),
];
const HINTS_STORE: &[(&str, u32, u32)] = &[
    ("", 0, 0),
    (".d1", 1, 0),
    (".d2", 2, 0),
    (".nta", 3, 0),
    (".d4", 0, 1),
    (".d5", 1, 1),
    (".d6", 2, 1),
    (".d7", 3, 1),
];
const HINTS_LFETCH: &[(&str, u32, u32)] = &[
    ("", 0, 0),
    (".nt1", 1, 0),
    (".nt2", 2, 0),
    (".nta", 3, 0),
    (".d4", 0, 1),
    (".d5", 1, 1),
    (".d6", 2, 1),
    (".d7", 3, 1),
];
/// Forms without the extra hint bit: loads with base update, semaphores,
/// load pair.
const HINTS_LD3: &[(&str, u32)] = &[("", 0), (".nt1", 1), (".nta", 3)];
/// Stores with base update.
const HINTS_ST2: &[(&str, u32)] = &[("", 0), (".nta", 3)];

fn gen_memory(out: &mut Vec<String>) {
    // ---- major opcode 4: integer loads and stores, semaphores, getf
    // M1 integer load (hlfa: the hint bit at 19, unused r2 field)
    let int_loads = |f: &mut dyn FnMut(String, u32)| {
        for &(t, tc) in LD_TYPES {
            for &(s, sc) in INT_SIZES {
                f(format!("ld{s}{t}"), tc << 2 | sc);
            }
            if t == ".acq" {
                f("ld8.fill".into(), 0x1b);
            }
        }
    };
    int_loads(&mut |n, x6| {
        for &(h, hint, hlfa) in HINTS_LOAD {
            out.push(format!("M 4 m=0 x=0 x6={x6} hint={hint} hlfa={hlfa} : {n}{h} r1=[r3]"));
        }
    });
    for (x6, n) in [(0x28, "ld16"), (0x2c, "ld16.acq")] {
        for &(h, hint, hlfa) in HINTS_LOAD {
            out.push(format!("M 4 m=0 x=1 x6={x6} hint={hint} hlfa={hlfa} : {n}{h} r1,ar.csd=[r3]"));
        }
    }
    // M2 integer load, base update by register
    int_loads(&mut |n, x6| {
        for &(h, hint) in HINTS_LD3 {
            out.push(format!("M 4 m=1 x=0 x6={x6} hint={hint} : {n}{h} r1=[r3],r2"));
        }
    });
    // M4 integer store (hlf: hint bit 12, unused r1 field)
    let int_stores = |f: &mut dyn FnMut(String, u32)| {
        for (t, tc) in [("", 0x30), (".rel", 0x34)] {
            for &(s, sc) in INT_SIZES {
                f(format!("st{s}{t}"), tc | sc);
            }
        }
        f("st8.spill".into(), 0x3b);
    };
    int_stores(&mut |n, x6| {
        for &(h, hint, hlf) in HINTS_STORE {
            out.push(format!("M 4 m=0 x=0 x6={x6} hint={hint} hlf={hlf} : {n}{h} [r3]=r2"));
        }
    });
    for (x6, n) in [(0x30, "st16"), (0x34, "st16.rel")] {
        for &(h, hint, hlf) in HINTS_STORE {
            out.push(format!("M 4 m=0 x=1 x6={x6} hint={hint} hlf={hlf} : {n}{h} [r3]=r2,ar.csd"));
        }
    }
    // M16 exchange/compare and exchange, M17 fetch and add
    for (sem, sc) in [("acq", 0), ("rel", 4)] {
        for &(s, szc) in INT_SIZES {
            for &(h, hint) in HINTS_LD3 {
                out.push(format!("M 4 m=0 x=1 x6={} hint={hint} : cmpxchg{s}.{sem}{h} r1=[r3],r2,ar.ccv", sc | szc));
            }
        }
        for &(h, hint) in HINTS_LD3 {
            out.push(format!(
                "M 4 m=0 x=1 x6={} hint={hint} : cmp8xchg16.{sem}{h} r1=[r3],r2,ar.csd,ar.ccv",
                0x20 | sc
            ));
        }
    }
    for &(s, szc) in INT_SIZES {
        for &(h, hint) in HINTS_LD3 {
            out.push(format!("M 4 m=0 x=1 x6={} hint={hint} : xchg{s}{h} r1=[r3],r2", 0x08 | szc));
        }
    }
    for (x6, n) in [(0x12, "fetchadd4.acq"), (0x13, "fetchadd8.acq"), (0x16, "fetchadd4.rel"), (0x17, "fetchadd8.rel")]
    {
        for &(h, hint) in HINTS_LD3 {
            out.push(format!("M 4 m=0 x=1 x6={x6} hint={hint} : {n}{h} r1=[r3],inc3"));
        }
    }
    // M19 move from FR
    for (x6, n) in [(0x1c, "sig"), (0x1d, "exp"), (0x1e, "s"), (0x1f, "d")] {
        out.push(format!("M 4 m=0 x=1 x6={x6} : getf.{n} r1=f2"));
    }

    // ---- major opcode 5: base update by immediate (M3 load, M5 store)
    int_loads(&mut |n, x6| {
        for &(h, hint) in HINTS_LD3 {
            out.push(format!("M 5 x6={x6} hint={hint} : {n}{h} r1=[r3],imm9b"));
        }
    });
    int_stores(&mut |n, x6| {
        for &(h, hint) in HINTS_ST2 {
            out.push(format!("M 5 x6={x6} hint={hint} : {n}{h} [r3]=r2,imm9a"));
        }
    });

    // ---- major opcode 6: FP loads and stores, lfetch, setf
    let fp_loads = |f: &mut dyn FnMut(String, u32)| {
        for &(t, tc) in LDF_TYPES {
            for &(s, sc) in LDF_SIZES {
                f(format!("ldf{s}{t}"), tc << 2 | sc);
            }
            if t == ".sa" {
                f("ldf.fill".into(), 0x1b);
            }
        }
    };
    // M6 FP load
    fp_loads(&mut |n, x6| {
        for &(h, hint, hlfa) in HINTS_LOAD {
            out.push(format!("M 6 m=0 x=0 x6={x6} hint={hint} hlfa={hlfa} : {n}{h} f1=[r3]"));
        }
    });
    // M7 FP load, base update by register
    fp_loads(&mut |n, x6| {
        for &(h, hint) in HINTS_LD3 {
            out.push(format!("M 6 m=1 x=0 x6={x6} hint={hint} : {n}{h} f1=[r3],r2"));
        }
    });
    // M9 FP store
    let fp_stores = |f: &mut dyn FnMut(String, u32)| {
        for &(s, sc) in LDF_SIZES {
            f(format!("stf{s}"), 0x30 | sc);
        }
        f("stf.spill".into(), 0x3b);
    };
    fp_stores(&mut |n, x6| {
        for &(h, hint, hlf) in HINTS_STORE {
            out.push(format!("M 6 m=0 x=0 x6={x6} hint={hint} hlf={hlf} : {n}{h} [r3]=f2"));
        }
    });
    // M11 FP load pair, M12 with base update by 8 or 16
    let fp_pairs = |f: &mut dyn FnMut(String, u32, &str)| {
        for &(t, tc) in LDF_TYPES {
            for (s, sc, inc) in [("s", 2, "8"), ("d", 3, "16"), ("8", 1, "16")] {
                f(format!("ldfp{s}{t}"), tc << 2 | sc, inc);
            }
        }
    };
    fp_pairs(&mut |n, x6, _| {
        for &(h, hint) in HINTS_LD3 {
            out.push(format!("M 6 m=0 x=1 x6={x6} hint={hint} : {n}{h} f1,f2=[r3]"));
        }
    });
    fp_pairs(&mut |n, x6, inc| {
        for &(h, hint) in HINTS_LD3 {
            out.push(format!("M 6 m=1 x=1 x6={x6} hint={hint} : {n}{h} f1,f2=[r3],{inc}"));
        }
    });
    // M13 line prefetch (with x6 0x2c, bit 19 tells lfetch from lfetch.count)
    let lfetch_kinds = [(0x2c, "lfetch"), (0x2d, "lfetch.excl"), (0x2e, "lfetch.fault"), (0x2f, "lfetch.fault.excl")];
    for &(h, hint, hlf) in HINTS_LFETCH {
        out.push(format!("M 6 m=0 x=0 y1=0 x6=0x2c hint={hint} hlf={hlf} : lfetch{h} [r3]"));
    }
    for &(x6, n) in &lfetch_kinds[1..] {
        for &(h, hint, hlf) in HINTS_LFETCH {
            out.push(format!("M 6 m=0 x=0 x6={x6} hint={hint} hlf={hlf} : {n}{h} [r3]"));
        }
    }
    for &(h, hint, hlf) in HINTS_LFETCH {
        out.push(format!("M 6 m=0 x=0 y1=1 x6=0x2c hint={hint} hlf={hlf} : lfetch.count{h} [r3],lfcount6,lfstride5"));
    }
    // M14 line prefetch, base update by register
    for &(x6, n) in &lfetch_kinds {
        for &(h, hint, hlf) in HINTS_LFETCH {
            out.push(format!("M 6 m=1 x=0 x6={x6} hint={hint} hlf={hlf} : {n}{h} [r3],r2"));
        }
    }
    // M18 set FR
    for (x6, n) in [(0x1c, "sig"), (0x1d, "exp"), (0x1e, "s"), (0x1f, "d")] {
        out.push(format!("M 6 m=0 x=1 x6={x6} : setf.{n} f1=r2"));
    }

    // ---- major opcode 7: FP base update by immediate (M8 load, M10 store,
    // M15 lfetch)
    fp_loads(&mut |n, x6| {
        for &(h, hint) in HINTS_LD3 {
            out.push(format!("M 7 x6={x6} hint={hint} : {n}{h} f1=[r3],imm9b"));
        }
    });
    fp_stores(&mut |n, x6| {
        for &(h, hint) in HINTS_ST2 {
            out.push(format!("M 7 x6={x6} hint={hint} : {n}{h} [r3]=f2,imm9a"));
        }
    });
    for &(x6, n) in &lfetch_kinds {
        for &(h, hint, hlf) in HINTS_LFETCH {
            out.push(format!("M 7 x6={x6} hint={hint} hlf={hlf} : {n}{h} [r3],imm9b"));
        }
    }
}

// ---------------------------------------------------------------------------
// X: long immediate and long branch (SDM Vol. 3, 4.7), slot 2 of MLX.

const TABLE_X: &str = "
# X1 break, X5 nop and hint (the immediate continues in the L slot)
X 0 x3=0 x6=0x00 : break.x imm62
X 0 x3=0 x6=0x01 y=0 : nop.x imm62
X 0 x3=0 x6=0x01 y=1 : hint.x imm62
# X2 move long immediate
X 6 vc=0 : movl r1=imm64
";

fn gen_long_branches(out: &mut Vec<String>) {
    // X3 long branch (qp = 0, .sptk: brl.few / brl.many), X4 long call
    for p in 0..2 {
        for d in 0..2 {
            let name = format!("brl.{}{}", ["few", "many"][p as usize], ["", ".clr"][d as usize]);
            out.push(format!("X 0xc btype=0 p={p} wh=0 d={d} qp=0 : {name} target64 !alias"));
        }
    }
    bwh_ph_dh(|c, p, wh, d| out.push(format!("X 0xc btype=0 p={p} wh={wh} d={d} : brl.cond.{c} target64")));
    bwh_ph_dh(|c, p, wh, d| out.push(format!("X 0xd p={p} wh={wh} d={d} : brl.call.{c} b1=target64")));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ia64_table_parses_and_every_machine_form_names_an_sdm_instruction() {
        let t = tables();
        assert!(t.forms.len() > 1500, "{} forms", t.forms.len());
        for f in &t.forms {
            assert_ne!(f.op, Op::Illegal, "form {} has no Op", f.name);
        }
    }

    #[test]
    fn ia64_machine_forms_have_the_completers_their_op_needs() {
        use crate::ia64::decode::{Btype, Bwh, Crel, FpFmt};
        for f in tables().forms.iter().filter(|f| f.flags & ALIAS == 0) {
            let cx = &f.cx;
            let ok = match f.op {
                Op::Ld | Op::St | Op::Xchg | Op::Cmpxchg => matches!(cx.size, 1 | 2 | 4 | 8),
                Op::Fetchadd => matches!(cx.size, 4 | 8),
                Op::Ld16 | Op::St16 | Op::Cmp8xchg16 => cx.size == 16,
                Op::Ldf | Op::Stf | Op::Ldfp | Op::Getf | Op::Setf => cx.fmt != FpFmt::None,
                Op::Cmp | Op::Cmp4 | Op::Tbit | Op::Tnat | Op::Tf | Op::Fcmp | Op::Fpcmp | Op::Fclass => {
                    cx.crel != Crel::None
                }
                Op::Br | Op::Brl => cx.btype != Btype::None && cx.bwh != Bwh::None,
                Op::Brp => cx.bwh != Bwh::None,
                _ => true,
            };
            assert!(ok, "{} ({:?}): {:?}", f.name, f.op, cx);
        }
    }

    #[test]
    fn ia64_lookup_buckets_stay_small() {
        // Decoding tests the forms of one bucket in order: keep them short.
        let t = tables();
        let mut worst = (0, String::new());
        for g in &t.groups {
            for b in &g.buckets {
                if b.len() > worst.0 {
                    worst = (b.len(), t.forms[b[0] as usize].name.clone());
                }
            }
        }
        println!("largest bucket: {} forms ({}...)", worst.0, worst.1);
        assert!(worst.0 <= 24, "largest bucket: {} forms ({}...)", worst.0, worst.1);
    }

    #[test]
    fn ia64_no_machine_form_is_shadowed_by_an_earlier_one() {
        // A form whose fixed bits are a superset of an earlier machine form's
        // (same type) can never be chosen: a sign of a table mistake. Aliases
        // and constrained forms are excused.
        let t = tables();
        for (i, f) in t.forms.iter().enumerate() {
            if f.flags & (ALIAS | F2EQF3 | LEN64) != 0 {
                continue;
            }
            for g in &t.forms[..i] {
                if g.ty == f.ty
                    && g.flags & (ALIAS | F2EQF3 | LEN64) == 0
                    && f.mask & g.mask == g.mask
                    && f.value & g.mask == g.value
                {
                    panic!("{} is shadowed by {}", f.name, g.name);
                }
            }
        }
    }
}
