//! objdump-compatible SPARC disassembler.
//!
//! [`disasm`] renders one instruction exactly as GNU objdump (binutils 2.40,
//! `objdump -d`) prints it after the instruction bytes: the mnemonic, objdump's
//! spacing, and the operands, without objdump's trailing `<symbol>` annotation
//! or `! comment`. Branch and call targets are absolute addresses in hex
//! without a `0x` prefix (objdump adds ` <symbol>` after them when the file has
//! symbols).
//!
//! objdump's layout: the mnemonic, a space, then every operand preceded by a
//! space and separated by `,` — so `add  %o0, 1, %o1` (two spaces), `nop `
//! (a trailing space for no operands) and, after a `,a`/`,pn` suffix,
//! `bne,pn   %icc, 1004d0` (three spaces). Memory operands are spaced as
//! `[ %o0 + 8 ]`, followed by ` #ASI_NAME` or ` %asi` for alternate spaces.
//! Immediates print in decimal when <= 9 (so negative ones are decimal) and in
//! hex otherwise.
//!
//! The choice between a plain instruction and its synthetic forms (`mov`,
//! `clr`, `cmp`, `tst`, `inc`, `ret`, `jmp`, `cas`, ...) follows the
//! precedence objdump's opcode table gives them, including its quirks (`ret`
//! for `jmpl %i7+8` whatever rd is, `clr %g0` for `or %g0,%g0,%g0`, trap
//! numbers printed from all 13 immediate bits). The rules are derived from the
//! word alone, not from [`Op`](super::decode::Op): words the decoder rejects
//! but objdump knows (privileged, reserved-field and implementation-specific
//! encodings) still print as objdump prints them, and words objdump does not
//! know print as `unknown`.
//!
//! Instruction set. objdump picks its machine from the ELF file (e_flags and
//! the hwcaps attributes: `sparc:v9a` for ordinary sparc64 Linux programs,
//! later levels for VIS3 and newer code), and a word a machine does not know
//! prints as `unknown`. [`Flavor::V9`] and [`Flavor::V8Plus`] print every
//! word as the machine that knows it does (VIS 1-4, FMA, HPC, crypto, CBcond,
//! the OSA2017 additions), except that for the few words that `sparc:v9c` and
//! later machines rename, the `sparc:v9b` name is kept: `ldtwa` for the
//! twin-x ASIs (not `ldtxa`), and `%asr13`, `%asr14`, `%asr26`..`%asr28` in
//! `rd`/`wr` (not `%entropy`, `%mcdper`, `%cfr`, `pause`, `mwait`). So the
//! output equals objdump's for V9A/V9B files on every word objdump knows, and
//! for newer files on every word but those. [`Flavor::V8`] is objdump's plain
//! `sparc` machine (V8 names: `addx`, `unimp`, `ldd`, `rd %psr`, `cb*`,
//! LEON's `casa`/`umac`/`pwr`, ...). V8 and V8+ code prints 32-bit targets.

use super::decode::{Flavor, Insn};

/// Text of one instruction exactly as GNU objdump -d prints it after the hex
/// bytes (mnemonic, objdump's spacing, operands), without objdump's trailing
/// `<symbol>` annotation or `! comment`. Branch/call targets are printed as
/// objdump prints them (absolute hex address, no `0x`).
pub fn disasm(insn: &Insn, pc: u64, flavor: Flavor) -> String {
    disasm_targets(insn, pc, flavor, false)
}

/// As [`disasm`]; with `hex_prefix`, branch and call targets print as
/// `0x1000f4`, which is what objdump prints when no symbol covers them (a
/// stripped file).
pub fn disasm_targets(insn: &Insn, pc: u64, flavor: Flavor, hex_prefix: bool) -> String {
    let d = D { w: insn.word, pc, v9: flavor != Flavor::V8, wide: flavor == Flavor::V9, hex_prefix };
    match d.render() {
        Some(t) => t.finish(),
        None => "unknown".to_string(),
    }
}

/// One formatted instruction: mnemonic, optional `,a`/`,pt`/`,pn` suffix and
/// operands.
struct Text {
    name: String,
    suffix: String,
    ops: Vec<String>,
}

impl Text {
    fn finish(self) -> String {
        let mut s = self.name;
        s.push_str(&self.suffix);
        if !self.suffix.is_empty() {
            // objdump prints the blank that separates suffix and operands as
            // an operand character of its own.
            s.push(' ');
        }
        s.push(' ');
        if !self.ops.is_empty() {
            s.push(' ');
            s.push_str(&self.ops.join(", "));
        }
        s
    }
}

fn t(name: &str, ops: Vec<String>) -> Option<Text> {
    Some(Text { name: name.to_string(), suffix: String::new(), ops })
}

fn ts(name: &str, suffix: String, ops: Vec<String>) -> Option<Text> {
    Some(Text { name: name.to_string(), suffix, ops })
}

const REG_NAMES: [&str; 32] = [
    "%g0", "%g1", "%g2", "%g3", "%g4", "%g5", "%g6", "%g7", "%o0", "%o1", "%o2", "%o3", "%o4", "%o5", "%sp", "%o7",
    "%l0", "%l1", "%l2", "%l3", "%l4", "%l5", "%l6", "%l7", "%i0", "%i1", "%i2", "%i3", "%i4", "%i5", "%fp", "%i7",
];

fn reg(r: u32) -> String {
    REG_NAMES[(r & 31) as usize].to_string()
}

/// Single-precision register number as written.
fn freg(r: u32) -> String {
    format!("%f{}", r & 31)
}

/// Double/quad register: the 5-bit field's low bit selects the upper bank.
fn fregx(r: u32) -> String {
    let r = r & 31;
    format!("%f{}", (r & !1) | ((r & 1) << 5))
}

/// C's `%#x` of an unsigned int: `0` for zero.
fn chex(v: u32) -> String {
    if v == 0 {
        "0".to_string()
    } else {
        format!("{:#x}", v)
    }
}

/// objdump's immediate style: decimal up to 9 (negative numbers included),
/// `0x..` above.
fn imm(v: i64) -> String {
    if v <= 9 {
        format!("{}", v)
    } else {
        format!("{:#x}", v)
    }
}

fn sext(v: u32, width: u32) -> i64 {
    let s = 64 - width;
    ((v as u64) << s) as i64 >> s
}

#[inline]
fn bits(w: u32, hi: u32, lo: u32) -> u32 {
    (w >> lo) & ((1u32 << (hi - lo + 1)) - 1)
}

/// Integer condition names of Bicc/BPcc/Tcc/MOVcc, indexed by cond (bits 28:25):
/// n e le l leu cs neg vs a ne g ge gu cc pos vc.
const ICOND: [&str; 16] =
    ["n", "e", "le", "l", "leu", "cs", "neg", "vs", "a", "ne", "g", "ge", "gu", "cc", "pos", "vc"];

/// Floating-point condition names of FBfcc/FBPfcc/FMOVcc, indexed by cond.
const FCOND: [&str; 16] = ["n", "ne", "lg", "ul", "l", "ug", "g", "u", "a", "e", "ue", "ge", "uge", "le", "ule", "o"];

/// Coprocessor branch names (V8 `cb*`), indexed by cond.
const CCOND: [&str; 16] = [
    "cbn", "cb123", "cb12", "cb13", "cb1", "cb23", "cb2", "cb3", "cb", "cb0", "cb03", "cb02", "cb023", "cb01", "cb013",
    "cb012",
];

/// Register conditions of BPr/MOVr/FMOVr, indexed by rcond (0 and 4 reserved).
const RCOND: [&str; 8] = ["", "z", "lez", "lz", "", "nz", "gz", "gez"];
/// MOVr/FMOVr spell rcond 1 and 5 as `e`/`ne`.
const RCOND_MOV: [&str; 8] = ["", "e", "lez", "lz", "", "ne", "gz", "gez"];

/// Privileged register names of rdpr/wrpr, by register number.
fn priv_reg(n: u32) -> String {
    const NAMES: [&str; 17] = [
        "tpc",
        "tnpc",
        "tstate",
        "tt",
        "tick",
        "tba",
        "pstate",
        "tl",
        "pil",
        "cwp",
        "cansave",
        "canrestore",
        "cleanwin",
        "otherwin",
        "wstate",
        "fq",
        "gl",
    ];
    match n {
        31 => "%ver".to_string(),
        23 => "%pmcdper".to_string(),
        n if n < 17 => format!("%{}", NAMES[n as usize]),
        _ => "%reserved".to_string(),
    }
}

/// Hyperprivileged register names of rdhpr/wrhpr.
fn hpriv_reg(n: u32) -> String {
    let name = match n {
        0 => "hpstate",
        1 => "htstate",
        3 => "hintp",
        5 => "htba",
        6 => "hver",
        23 => "hmcdper",
        24 => "hmcddfr",
        27 => "hva_mask_nz",
        28 => "hstick_offset",
        29 => "hstick_enable",
        31 => "hstick_cmpr",
        _ => return format!("%resv{}", n),
    };
    format!("%{}", name)
}

/// Names of the implementation-dependent ASRs 16..25 (V9A and V9B).
fn asr_name(n: u32) -> Option<&'static str> {
    const NAMES: [&str; 10] =
        ["pcr", "pic", "dcr", "gsr", "softint_set", "softint_clear", "softint", "tick_cmpr", "stick", "stick_cmpr"];
    if (16..=25).contains(&n) {
        Some(NAMES[(n - 16) as usize])
    } else {
        None
    }
}

/// objdump's name for an ASI number (the first entry of its table with that
/// value), or `(N)`.
fn asi_name(asi: u32) -> String {
    let name = match asi {
        0x04 => "#ASI_N",
        0x0c => "#ASI_N_L",
        0x10 => "#ASI_AIUP",
        0x11 => "#ASI_AIUS",
        0x18 => "#ASI_AIUP_L",
        0x19 => "#ASI_AIUS_L",
        0x80 => "#ASI_P",
        0x81 => "#ASI_S",
        0x82 => "#ASI_PNF",
        0x83 => "#ASI_SNF",
        0x88 => "#ASI_P_L",
        0x89 => "#ASI_S_L",
        0x8a => "#ASI_PNF_L",
        0x8b => "#ASI_SNF_L",
        0x14 => "#ASI_PHYS_USE_EC",
        0x15 => "#ASI_PHYS_BYPASS_EC_E",
        0x16 => "#ASI_BLK_AIUP_4V",
        0x17 => "#ASI_BLK_AIUS_4V",
        0x1c => "#ASI_PHYS_USE_EC_L",
        0x1d => "#ASI_PHYS_BYPASS_EC_E_L",
        0x1e => "#ASI_BLK_AIUP_L_4V",
        0x1f => "#ASI_BLK_AIUS_L_4V",
        0x20 => "#ASI_SCRATCHPAD",
        0x21 => "#ASI_MMU",
        0x23 => "#ASI_BLK_INIT_QUAD_LDD_AIUS",
        0x24 => "#ASI_NUCLEUS_QUAD_LDD",
        0x25 => "#ASI_QUEUE",
        0x26 => "#ASI_QUAD_LDD_PHYS_4V",
        0x2c => "#ASI_NUCLEUS_QUAD_LDD_L",
        0x30 => "#ASI_PCACHE_DATA_STATUS",
        0x31 => "#ASI_PCACHE_DATA",
        0x32 => "#ASI_PCACHE_TAG",
        0x33 => "#ASI_PCACHE_SNOOP_TAG",
        0x34 => "#ASI_QUAD_LDD_PHYS",
        0x38 => "#ASI_WCACHE_VALID_BITS",
        0x39 => "#ASI_WCACHE_DATA",
        0x3a => "#ASI_WCACHE_TAG",
        0x3b => "#ASI_WCACHE_SNOOP_TAG",
        0x3c => "#ASI_QUAD_LDD_PHYS_L",
        0x40 => "#ASI_SRAM_FAST_INIT",
        0x41 => "#ASI_CORE_AVAILABLE",
        0x45 => "#ASI_LSU_CONTROL_REG",
        0x46 => "#ASI_DCACHE_DATA",
        0x47 => "#ASI_DCACHE_TAG",
        0x48 => "#ASI_INTR_DISPATCH_STAT",
        0x49 => "#ASI_INTR_RECEIVE",
        0x4b => "#ASI_ESTATE_ERROR_EN",
        0x4c => "#ASI_AFSR",
        0x4d => "#ASI_AFAR",
        0x4e => "#ASI_EC_TAG_DATA",
        0x50 => "#ASI_IMMU",
        0x51 => "#ASI_IMMU_TSB_8KB_PTR",
        0x52 => "#ASI_IMMU_TSB_64KB_PTR",
        0x53 => "#ASI_ITLB_PROBE",
        0x54 => "#ASI_ITLB_DATA_IN",
        0x55 => "#ASI_ITLB_DATA_ACCESS",
        0x56 => "#ASI_ITLB_TAG_READ",
        0x57 => "#ASI_IMMU_DEMAP",
        0x58 => "#ASI_DMMU",
        0x59 => "#ASI_DMMU_TSB_8KB_PTR",
        0x5a => "#ASI_DMMU_TSB_64KB_PTR",
        0x5b => "#ASI_DMMU_TSB_DIRECT_PTR",
        0x5c => "#ASI_DTLB_DATA_IN",
        0x5d => "#ASI_DTLB_DATA_ACCESS",
        0x5e => "#ASI_DTLB_TAG_READ",
        0x5f => "#ASI_DMMU_DEMAP",
        0x60 => "#ASI_IIU_INST_TRAP",
        0x63 => "#ASI_INTR_ID",
        0x64 => "#ASI_CORE_SELECT_COMMIT_NHT",
        0x66 => "#ASI_IC_INSTR",
        0x67 => "#ASI_IC_TAG",
        0x68 => "#ASI_IC_STAG",
        0x6f => "#ASI_BRPRED_ARRAY",
        0x70 => "#ASI_BLK_AIUP",
        0x71 => "#ASI_BLK_AIUS",
        0x72 => "#ASI_MCU_CTRL_REG",
        0x74 => "#ASI_EC_DATA",
        0x75 => "#ASI_EC_CTRL",
        0x76 => "#ASI_EC_W",
        0x77 => "#ASI_INTR_W",
        0x78 => "#ASI_BLK_AIUPL",
        0x79 => "#ASI_BLK_AIUSL",
        0x7e => "#ASI_EC_R",
        0x7f => "#ASI_INTR_R",
        0xc0 => "#ASI_PST8_P",
        0xc1 => "#ASI_PST8_S",
        0xc2 => "#ASI_PST16_P",
        0xc3 => "#ASI_PST16_S",
        0xc4 => "#ASI_PST32_P",
        0xc5 => "#ASI_PST32_S",
        0xc8 => "#ASI_PST8_PL",
        0xc9 => "#ASI_PST8_SL",
        0xca => "#ASI_PST16_PL",
        0xcb => "#ASI_PST16_SL",
        0xcc => "#ASI_PST32_PL",
        0xcd => "#ASI_PST32_SL",
        0xd0 => "#ASI_FL8_P",
        0xd1 => "#ASI_FL8_S",
        0xd2 => "#ASI_FL16_P",
        0xd3 => "#ASI_FL16_S",
        0xd8 => "#ASI_FL8_PL",
        0xd9 => "#ASI_FL8_SL",
        0xda => "#ASI_FL16_PL",
        0xdb => "#ASI_FL16_SL",
        0xe0 => "#ASI_BLK_COMMIT_P",
        0xe1 => "#ASI_BLK_COMMIT_S",
        0xe2 => "#ASI_BLK_INIT_QUAD_LDD_P",
        0xf0 => "#ASI_BLK_P",
        0xf1 => "#ASI_BLK_S",
        0xf8 => "#ASI_BLK_PL",
        0xf9 => "#ASI_BLK_SL",
        0x22 => "#ASI_TWINX_AIUP",
        0x27 => "#ASI_TWINX_N",
        0x2a => "#ASI_TWINX_AIUP_L",
        0x2b => "#ASI_TWINX_AIUS_L",
        0x2e => "#ASI_TWINX_REAL_L",
        0x2f => "#ASI_TWINX_NL",
        0xe3 => "#ASI_TWINX_S",
        0xea => "#ASI_TWINX_PL",
        0xeb => "#ASI_TWINX_SL",
        0x12 => "#ASI_MAIUP",
        0x13 => "#ASI_MAIUS",
        0x36 => "#ASI_AIPN",
        0x3e => "#ASI_AIPN_L",
        0x42 => "#ASI_INST_MASK_REG",
        0x43 => "#ASI_ERROR_INJECT_REG",
        0x4f => "#ASI_HYP_SCRATCHPAD",
        0xb0 => "#ASI_PIC",
        0xf2 => "#ASI_STBI_PM",
        0xf3 => "#ASI_STBI_SM",
        0xfa => "#ASI_STBI_PLM",
        0xfb => "#ASI_STBI_SLM",
        _ => return format!("({})", asi),
    };
    name.to_string()
}

/// Prefetch function names.
fn prefetch_fcn(f: u32) -> String {
    let name = match f {
        0 => "#n_reads",
        1 => "#one_read",
        2 => "#n_writes",
        3 => "#one_write",
        4 => "#page",
        16 => "#invalidate",
        17 => "#unified",
        20 => "#n_reads_strong",
        21 => "#one_read_strong",
        22 => "#n_writes_strong",
        23 => "#one_write_strong",
        _ => return format!("{}", f),
    };
    name.to_string()
}

/// Membar mask: `#Sync|#MemIssue|...|#LoadLoad` from bit 6 down, or `0`.
fn membar_mask(m: u32) -> String {
    const NAMES: [&str; 7] =
        ["#LoadLoad", "#StoreLoad", "#LoadStore", "#StoreStore", "#Lookaside", "#MemIssue", "#Sync"];
    if m == 0 {
        return "0".to_string();
    }
    let mut parts = Vec::new();
    for b in (0..7).rev() {
        if m & (1 << b) != 0 {
            parts.push(NAMES[b]);
        }
    }
    parts.join("|")
}

/// Operand kinds of the FP and VIS tables.
#[derive(Clone, Copy)]
enum F {
    /// Single register from rs1 / rs2 / rd.
    S1,
    S2,
    Sd,
    /// Double (or quad) register from rs1 / rs2 / rd.
    D1,
    D2,
    Dd,
    /// Integer register from rs1 / rs2 / rd.
    R1,
    R2,
    Rd,
    /// Double register from rs3 (bits 13:9) / single from rs3.
    D3,
    S3,
    /// 5-bit unsigned immediate (bits 4:0).
    U5,
}

struct D {
    w: u32,
    pc: u64,
    /// V9 instruction set (V8+ or V9) rather than V8.
    v9: bool,
    /// 64-bit addresses (V9); V8 and V8+ code prints 32-bit targets.
    wide: bool,
    /// Print targets as 0x… (no symbol to annotate them with).
    hex_prefix: bool,
}

impl D {
    fn rd(&self) -> u32 {
        bits(self.w, 29, 25)
    }
    fn rs1(&self) -> u32 {
        bits(self.w, 18, 14)
    }
    fn rs2(&self) -> u32 {
        bits(self.w, 4, 0)
    }
    fn rs3(&self) -> u32 {
        bits(self.w, 13, 9)
    }
    fn i(&self) -> bool {
        self.w & (1 << 13) != 0
    }
    fn simm13(&self) -> i64 {
        sext(bits(self.w, 12, 0), 13)
    }
    /// Bits 12:5: the ASI field, reserved (must be 0) in register forms.
    fn asi(&self) -> u32 {
        bits(self.w, 12, 5)
    }
    fn op3(&self) -> u32 {
        bits(self.w, 24, 19)
    }
    fn opf(&self) -> u32 {
        bits(self.w, 13, 5)
    }

    fn target(&self, disp: i64) -> String {
        let a = self.pc.wrapping_add(disp as u64);
        let a = if self.wide { a } else { a & 0xffff_ffff };
        if self.hex_prefix {
            format!("{:#x}", a)
        } else {
            format!("{:x}", a)
        }
    }

    /// The second source: `%rs2` or the simm13 immediate.
    fn src2(&self) -> String {
        if self.i() {
            imm(self.simm13())
        } else {
            reg(self.rs2())
        }
    }

    /// `rs1 + rs2` / `rs1 + imm` address arithmetic (for jmpl, return, traps),
    /// with objdump's short forms: `rs1` alone when rs2 is %g0 or the
    /// immediate is 0, the immediate alone when rs1 is %g0 (i = 1 only).
    /// `None` for a register form with nonzero reserved bits 12:5.
    fn addr_expr(&self, asi_ok: bool) -> Option<String> {
        if self.i() {
            let v = self.simm13();
            if v == 0 {
                Some(reg(self.rs1()))
            } else if self.rs1() == 0 {
                Some(imm(v))
            } else {
                Some(format!("{} + {}", reg(self.rs1()), imm(v)))
            }
        } else {
            if !asi_ok && self.asi() != 0 {
                return None;
            }
            if self.rs2() == 0 && self.asi() == 0 {
                Some(reg(self.rs1()))
            } else {
                Some(format!("{} + {}", reg(self.rs1()), reg(self.rs2())))
            }
        }
    }

    /// A memory operand `[ ... ]` of a non-alternate access. `asi_ok`: the
    /// register form ignores bits 12:5 (objdump's `ld`, `prefetch`, ...).
    fn mem(&self, asi_ok: bool) -> Option<String> {
        if self.i() {
            let v = self.simm13();
            Some(if v == 0 {
                format!("[ {} ]", reg(self.rs1()))
            } else if self.rs1() == 0 {
                format!("[ {} ]", imm(v))
            } else {
                format!("[ {} + {} ]", reg(self.rs1()), imm(v))
            })
        } else {
            if asi_ok {
                if self.rs2() == 0 {
                    return Some(format!("[ {} ]", reg(self.rs1())));
                }
            } else {
                if self.asi() != 0 {
                    return None;
                }
                if self.rs2() == 0 {
                    return Some(format!("[ {} ]", reg(self.rs1())));
                }
            }
            Some(format!("[ {} + {} ]", reg(self.rs1()), reg(self.rs2())))
        }
    }

    /// A memory operand of an alternate-space access: `[ ... ] #ASI` for the
    /// register form, `[ ... ] %asi` for the immediate form (V9 only).
    fn mem_alt(&self) -> Option<String> {
        if self.i() {
            if !self.v9 {
                return None;
            }
            let m = self.mem(true)?;
            Some(format!("{} %asi", m))
        } else {
            let m = if self.rs2() == 0 {
                format!("[ {} ]", reg(self.rs1()))
            } else {
                format!("[ {} + {} ]", reg(self.rs1()), reg(self.rs2()))
            };
            Some(format!("{} {}", m, asi_name(self.asi())))
        }
    }

    fn fop(&self, k: F) -> String {
        match k {
            F::S1 => freg(self.rs1()),
            F::S2 => freg(self.rs2()),
            F::Sd => freg(self.rd()),
            F::D1 => fregx(self.rs1()),
            F::D2 => fregx(self.rs2()),
            F::Dd => fregx(self.rd()),
            F::R1 => reg(self.rs1()),
            F::R2 => reg(self.rs2()),
            F::Rd => reg(self.rd()),
            F::D3 => fregx(self.rs3()),
            F::S3 => freg(self.rs3()),
            F::U5 => imm(self.rs2() as i64),
        }
    }

    fn fops(&self, ks: &[F]) -> Vec<String> {
        ks.iter().map(|&k| self.fop(k)).collect()
    }

    fn render(&self) -> Option<Text> {
        match self.w >> 30 {
            0 => self.format2(),
            1 => t("call", vec![self.target(sext(bits(self.w, 29, 0), 30) * 4)]),
            2 => self.arith(),
            _ => self.memory(),
        }
    }

    // ------------------------------------------------------------------ op = 0

    /// Branch suffix: `,a` when annulled, then `,pn` when predicted not taken
    /// (objdump omits `,pt`).
    fn bsuffix(&self, predict: bool) -> String {
        let mut s = String::new();
        if self.w & (1 << 29) != 0 {
            s.push_str(",a");
        }
        if predict && self.w & (1 << 19) == 0 {
            s.push_str(",pn");
        }
        s
    }

    fn format2(&self) -> Option<Text> {
        let w = self.w;
        let cond = bits(w, 28, 25) as usize;
        let disp22 = sext(bits(w, 21, 0), 22) * 4;
        let disp19 = sext(bits(w, 18, 0), 19) * 4;
        match bits(w, 24, 22) {
            0 => {
                // illtrap (V8 unimp): bits 29:25 must be zero.
                if self.rd() != 0 {
                    return None;
                }
                let v = sext(bits(w, 21, 0), 22) as i32 as u32;
                t(if self.v9 { "illtrap" } else { "unimp" }, vec![chex(v)])
            }
            1 => {
                if !self.v9 {
                    return None;
                }
                // cc1 selects %xcc; cc0 is ignored.
                let xcc = w & (1 << 21) != 0;
                if xcc && cond == 0 && w & (1 << 29) == 0 && w & (1 << 19) != 0 && w & (1 << 20) == 0 {
                    return t("iprefetch", vec![self.target(disp19)]);
                }
                let name = format!("b{}", if cond == 8 { "" } else { ICOND[cond] });
                let cc = if xcc { "%xcc" } else { "%icc" };
                ts(&name, self.bsuffix(true), vec![cc.to_string(), self.target(disp19)])
            }
            2 => {
                let name = format!("b{}", if cond == 8 { "" } else { ICOND[cond] });
                ts(&name, self.bsuffix(false), vec![self.target(disp22)])
            }
            3 => {
                if !self.v9 {
                    return None;
                }
                if w & (1 << 28) != 0 {
                    return self.cbcond();
                }
                let rc = bits(w, 27, 25) as usize;
                if rc & 3 == 0 {
                    return None;
                }
                let disp16 = sext((bits(w, 21, 20) << 14) | bits(w, 13, 0), 16) * 4;
                let name = format!("br{}", RCOND[rc]);
                ts(&name, self.bsuffix(true), vec![reg(self.rs1()), self.target(disp16)])
            }
            4 => {
                if w == 0x0100_0000 {
                    return t("nop", vec![]);
                }
                t("sethi", vec![format!("%hi({})", chex(bits(w, 21, 0) << 10)), reg(self.rd())])
            }
            5 => {
                if !self.v9 {
                    return None;
                }
                let name = format!("fb{}", if cond == 8 { "" } else { FCOND[cond] });
                let cc = format!("%fcc{}", bits(w, 21, 20));
                ts(&name, self.bsuffix(true), vec![cc, self.target(disp19)])
            }
            6 => {
                let name = format!("fb{}", if cond == 8 { "" } else { FCOND[cond] });
                ts(&name, self.bsuffix(false), vec![self.target(disp22)])
            }
            _ => ts(CCOND[cond], self.bsuffix(false), vec![self.target(disp22)]),
        }
    }

    /// Compare-and-branch (OSA2011 CBcond): op2 = 3 with bit 28 set.
    fn cbcond(&self) -> Option<Text> {
        let w = self.w;
        let c = (bits(w, 29, 29) << 3) | bits(w, 27, 25);
        let name = match c {
            1 => "be",
            2 => "ble",
            3 => "bl",
            4 => "bleu",
            5 => "bcs",
            6 => "bneg",
            7 => "bvs",
            9 => "bne",
            10 => "bg",
            11 => "bge",
            12 => "bgu",
            13 => "bcc",
            14 => "bpos",
            15 => "bvc",
            _ => return None,
        };
        let prefix = if w & (1 << 21) != 0 { "cx" } else { "cw" };
        let disp10 = sext((bits(w, 20, 19) << 8) | bits(w, 12, 5), 10) * 4;
        let second = if self.i() { imm(self.rs2() as i64) } else { reg(self.rs2()) };
        t(&format!("{}{}", prefix, name), vec![reg(self.rs1()), second, self.target(disp10)])
    }

    // ------------------------------------------------------------------ op = 2

    /// `name rs1, rs2|imm, rd`, the plain three-operand form; `None` when a
    /// register form has nonzero reserved bits.
    fn rrr(&self, name: &str) -> Option<Text> {
        if !self.i() && self.asi() != 0 {
            return None;
        }
        t(name, vec![reg(self.rs1()), self.src2(), reg(self.rd())])
    }

    fn arith(&self) -> Option<Text> {
        let w = self.w;
        let (rd, rs1, rs2) = (self.rd(), self.rs1(), self.rs2());
        let i = self.i();
        let simm = self.simm13();
        let regform_ok = i || self.asi() == 0;
        let v9 = self.v9;
        match self.op3() {
            0x00 => {
                if i && simm == 1 && rs1 == rd {
                    return t("inc", vec![reg(rd)]);
                }
                self.rrr("add")
            }
            0x10 => {
                if i && simm == 1 && rs1 == rd {
                    return t("inccc", vec![reg(rd)]);
                }
                self.rrr("addcc")
            }
            0x04 => {
                if i && simm == 1 && rs1 == rd {
                    return t("dec", vec![reg(rd)]);
                }
                if !i && rs1 == 0 && regform_ok {
                    return if rs2 == rd { t("neg", vec![reg(rd)]) } else { t("neg", vec![reg(rs2), reg(rd)]) };
                }
                self.rrr("sub")
            }
            0x14 => {
                if i && simm == 1 && rs1 == rd {
                    return t("deccc", vec![reg(rd)]);
                }
                if rd == 0 && regform_ok {
                    return t("cmp", vec![reg(rs1), self.src2()]);
                }
                self.rrr("subcc")
            }
            0x01 => self.rrr("and"),
            0x11 => {
                if rd == 0 && regform_ok {
                    return if i { t("btst", vec![imm(simm), reg(rs1)]) } else { t("btst", vec![reg(rs1), reg(rs2)]) };
                }
                self.rrr("andcc")
            }
            0x02 => {
                if !regform_ok {
                    return None;
                }
                if i {
                    if rs1 == 0 && simm == 0 {
                        t("clr", vec![reg(rd)])
                    } else if simm == 0 {
                        t("mov", vec![reg(rs1), reg(rd)])
                    } else if rs1 == 0 {
                        t("mov", vec![imm(simm), reg(rd)])
                    } else {
                        self.rrr("or")
                    }
                } else if rd == 0 && rs1 == 0 && rs2 == 0 {
                    t("clr", vec![reg(rd)])
                } else if rs2 == 0 {
                    t("mov", vec![reg(rs1), reg(rd)])
                } else if rs1 == 0 {
                    t("mov", vec![reg(rs2), reg(rd)])
                } else {
                    self.rrr("or")
                }
            }
            0x12 => {
                if rd == 0 {
                    if i && simm == 0 {
                        return t("tst", vec![reg(rs1)]);
                    }
                    if !i && self.asi() == 0 {
                        if rs2 == 0 {
                            return t("tst", vec![reg(rs1)]);
                        }
                        if rs1 == 0 {
                            return t("tst", vec![reg(rs2)]);
                        }
                    }
                }
                self.rrr("orcc")
            }
            0x03 => self.rrr("xor"),
            0x13 => self.rrr("xorcc"),
            0x05 => self.rrr("andn"),
            0x15 => self.rrr("andncc"),
            0x06 => self.rrr("orn"),
            0x16 => self.rrr("orncc"),
            0x07 => self.rrr("xnor"),
            0x17 => self.rrr("xnorcc"),
            0x08 => self.rrr(if v9 { "addc" } else { "addx" }),
            0x18 => self.rrr(if v9 { "addccc" } else { "addxcc" }),
            0x0c => self.rrr(if v9 { "subc" } else { "subx" }),
            0x1c => self.rrr(if v9 { "subccc" } else { "subxcc" }),
            0x09 if v9 => self.rrr("mulx"),
            0x0d if v9 => self.rrr("udivx"),
            0x2d if v9 => self.rrr("sdivx"),
            0x0a => self.rrr("umul"),
            0x0b => self.rrr("smul"),
            0x0e => self.rrr("udiv"),
            0x0f => self.rrr("sdiv"),
            0x1a => self.rrr("umulcc"),
            0x1b => self.rrr("smulcc"),
            0x1e => self.rrr("udivcc"),
            0x1f => self.rrr("sdivcc"),
            0x20 => self.rrr("taddcc"),
            0x21 => self.rrr("tsubcc"),
            0x22 => self.rrr("taddcctv"),
            0x23 => self.rrr("tsubcctv"),
            0x24 => self.rrr("mulscc"),
            0x25..=0x27 => self.shift(),
            0x28 => self.rd_asr(),
            0x29..=0x2b if !v9 => {
                if i || bits(w, 12, 0) != 0 || rs1 != 0 {
                    return None;
                }
                let r = ["%psr", "%wim", "%tbr"][(self.op3() - 0x29) as usize];
                t("rd", vec![r.to_string(), reg(rd)])
            }
            0x29 => {
                if i || bits(w, 12, 0) != 0 || !matches!(rs1, 0 | 1 | 3 | 5 | 6 | 23 | 24 | 27 | 28 | 29 | 31) {
                    return None;
                }
                t("rdhpr", vec![hpriv_reg(rs1), reg(rd)])
            }
            0x2a => {
                if i || bits(w, 12, 0) != 0 || !(rs1 <= 16 || rs1 == 23 || rs1 == 31) {
                    return None;
                }
                t("rdpr", vec![priv_reg(rs1), reg(rd)])
            }
            0x2b => {
                if w & 0x3e07_ffff != 0 {
                    return None;
                }
                t("flushw", vec![])
            }
            0x2c if v9 => self.movcc(),
            0x2e if v9 => {
                if rs1 != 0 || !regform_ok {
                    return None;
                }
                t("popc", vec![self.src2(), reg(rd)])
            }
            0x2f if v9 => {
                let rc = bits(w, 12, 10) as usize;
                if rc & 3 == 0 {
                    return None;
                }
                let src = if i { imm(sext(bits(w, 9, 0), 10)) } else { reg(rs2) };
                t(&format!("movr{}", RCOND_MOV[rc]), vec![reg(rs1), src, reg(rd)])
            }
            0x30 => self.wr_asr(),
            0x31 if !v9 => self.wr_v8("%psr"),
            0x32 if !v9 => self.wr_v8("%wim"),
            0x33 if !v9 => self.wr_v8("%tbr"),
            0x31 => {
                if i || bits(w, 18, 0) & !(1 << 13) != 0 {
                    return None;
                }
                let name = match rd {
                    0 => "saved",
                    1 => "restored",
                    2 => "allclean",
                    3 => "otherw",
                    4 => "normalw",
                    5 => "invalw",
                    _ => return None,
                };
                t(name, vec![])
            }
            0x32 => {
                if !(rd <= 16 || rd == 23 || rd == 31) {
                    return None;
                }
                self.wrpr("wrpr", priv_reg(rd))
            }
            0x33 => {
                if !matches!(rd, 0 | 1 | 3 | 5 | 23 | 24 | 27 | 28 | 29 | 31) {
                    return None;
                }
                self.wrpr("wrhpr", hpriv_reg(rd))
            }
            0x34 => self.fpop1(),
            0x35 if v9 => self.fpop2(),
            0x35 => self.fpop2_v8(),
            0x36 if v9 => self.vis(),
            0x37 if v9 => self.fmaf(false),
            0x3f if v9 => self.fmaf(true),
            0x19 if v9 => self.crypto4(),
            0x38 => self.jmpl(),
            0x39 => {
                let e = self.addr_expr(false)?;
                if v9 {
                    t("return", vec![e])
                } else {
                    if rd != 0 {
                        return None;
                    }
                    t("rett", vec![e])
                }
            }
            0x3a => self.tcc(),
            0x3b => {
                if v9 {
                    let m = self.mem(false)?;
                    t("flush", vec![m])
                } else {
                    let e = self.addr_expr(false)?;
                    t("flush", vec![e])
                }
            }
            0x3c => {
                if w == 0x81e0_0000 {
                    return t("save", vec![]);
                }
                self.rrr("save")
            }
            0x3d => {
                if rd == 0 && rs1 == 0 && ((i && simm == 0) || (!i && bits(w, 12, 0) == 0)) {
                    return t("restore", vec![]);
                }
                self.rrr("restore")
            }
            0x3e if v9 => {
                if bits(w, 18, 0) != 0 {
                    return None;
                }
                match rd {
                    0 => t("done", vec![]),
                    1 => t("retry", vec![]),
                    _ => None,
                }
            }
            // V8 coprocessor operate: the low 19 bits print as an address.
            0x36 | 0x37 if !v9 => t(
                if self.op3() == 0x36 { "cpop1" } else { "cpop2" },
                vec![format!("[ {} + {} ]", reg(rs1), reg(rs2)), reg(rd)],
            ),
            // LEON / SPARClet multiply-accumulate.
            0x3e | 0x3f => self.rrr(if self.op3() == 0x3e { "umac" } else { "smac" }),
            _ => None,
        }
    }

    fn shift(&self) -> Option<Text> {
        let w = self.w;
        let x = w & (1 << 12) != 0;
        if x && !self.v9 {
            return None;
        }
        let base = ["sll", "srl", "sra"][(self.op3() - 0x25) as usize];
        let name = format!("{}{}", base, if x { "x" } else { "" });
        if self.i() {
            let (cnt, reserved) = if x { (bits(w, 5, 0), bits(w, 11, 6)) } else { (bits(w, 4, 0), bits(w, 11, 5)) };
            if reserved != 0 {
                return None;
            }
            t(&name, vec![reg(self.rs1()), imm(cnt as i64), reg(self.rd())])
        } else {
            if bits(w, 11, 5) != 0 {
                return None;
            }
            if !x && self.rs2() == 0 && self.v9 && base != "sll" {
                let alias = if base == "sra" { "signx" } else { "clruw" };
                return if self.rs1() == self.rd() {
                    t(alias, vec![reg(self.rd())])
                } else {
                    t(alias, vec![reg(self.rs1()), reg(self.rd())])
                };
            }
            t(&name, vec![reg(self.rs1()), reg(self.rs2()), reg(self.rd())])
        }
    }

    /// `rd %asr, rd`, membar and stbar (op3 0x28).
    fn rd_asr(&self) -> Option<Text> {
        let w = self.w;
        let (rd, rs1) = (self.rd(), self.rs1());
        if rs1 == 15 && rd == 0 {
            if self.i() {
                if self.v9 && bits(w, 12, 7) == 0 {
                    return t("membar", vec![membar_mask(bits(w, 6, 0))]);
                }
                return None;
            }
            if bits(w, 12, 0) == 0 {
                return t("stbar", vec![]);
            }
            return None;
        }
        if self.i() || bits(w, 12, 0) != 0 {
            return None;
        }
        let src = if !self.v9 {
            if rs1 == 0 {
                "%y".to_string()
            } else {
                format!("%asr{}", rs1)
            }
        } else {
            match rs1 {
                0 => "%y".to_string(),
                2 => "%ccr".to_string(),
                3 => "%asi".to_string(),
                4 => "%tick".to_string(),
                5 => "%pc".to_string(),
                6 => "%fprs".to_string(),
                16..=19 | 22..=25 => format!("%{}", asr_name(rs1).unwrap()),
                _ => format!("%asr{}", rs1),
            }
        };
        t("rd", vec![src, reg(rd)])
    }

    /// `wr` with objdump's short forms for a destination `dst` that has no
    /// three-operand-only entry (%y and the generic %asrN).
    fn wr_short(&self, name: &str, dst: String) -> Option<Text> {
        let (rs1, rs2) = (self.rs1(), self.rs2());
        if self.i() {
            let v = self.simm13();
            if v == 0 {
                t(name, vec![reg(rs1), dst])
            } else if rs1 == 0 {
                t(name, vec![imm(v), dst])
            } else {
                t(name, vec![reg(rs1), imm(v), dst])
            }
        } else {
            if self.asi() != 0 {
                return None;
            }
            if rs2 == 0 {
                t(name, vec![reg(rs1), dst])
            } else if rs1 == 0 {
                t(name, vec![reg(rs2), dst])
            } else {
                t(name, vec![reg(rs1), reg(rs2), dst])
            }
        }
    }

    fn wr_v8(&self, dst: &str) -> Option<Text> {
        match self.rd() {
            0 => self.wr_short("wr", dst.to_string()),
            // LEON's `pwr` (write %psr without the delay).
            1 if dst == "%psr" => self.wr_short("pwr", dst.to_string()),
            _ => None,
        }
    }

    fn wr_asr(&self) -> Option<Text> {
        let (rd, rs1) = (self.rd(), self.rs1());
        let i = self.i();
        if !self.v9 {
            return if rd == 0 {
                self.wr_short("wr", "%y".to_string())
            } else {
                self.wr_short("wr", format!("%asr{}", rd))
            };
        }
        let full = |dst: &str| -> Option<Text> {
            if !i && self.asi() != 0 {
                return None;
            }
            t("wr", vec![reg(rs1), self.src2(), dst.to_string()])
        };
        match rd {
            0 => self.wr_short("wr", "%y".to_string()),
            2 => full("%ccr"),
            3 => full("%asi"),
            6 => full("%fprs"),
            15 if i && rs1 == 0 => t("sir", vec![imm(self.simm13())]),
            16..=25 => full(&format!("%{}", asr_name(rd).unwrap())),
            _ => self.wr_short("wr", format!("%asr{}", rd)),
        }
    }

    /// wrpr / wrhpr.
    fn wrpr(&self, name: &str, dst: String) -> Option<Text> {
        let rs1 = self.rs1();
        if self.i() {
            if rs1 == 0 {
                t(name, vec![imm(self.simm13()), dst])
            } else {
                t(name, vec![reg(rs1), imm(self.simm13()), dst])
            }
        } else if bits(self.w, 12, 0) == 0 {
            t(name, vec![reg(rs1), dst])
        } else {
            t(name, vec![reg(rs1), reg(self.rs2()), dst])
        }
    }

    fn movcc(&self) -> Option<Text> {
        let w = self.w;
        let cond = bits(w, 17, 14) as usize;
        let src = if self.i() { imm(sext(bits(w, 10, 0), 11)) } else { reg(self.rs2()) };
        let (name, cc) = if w & (1 << 18) != 0 {
            if w & (1 << 11) != 0 {
                return None;
            }
            (ICOND[cond], if w & (1 << 12) != 0 { "%xcc".to_string() } else { "%icc".to_string() })
        } else {
            (FCOND[cond], format!("%fcc{}", bits(w, 12, 11)))
        };
        t(&format!("mov{}", name), vec![cc, src, reg(self.rd())])
    }

    fn jmpl(&self) -> Option<Text> {
        let w = self.w;
        let (rd, rs1) = (self.rd(), self.rs1());
        if self.i() && bits(w, 12, 0) == 8 {
            if rs1 == 31 {
                return t("ret", vec![]);
            }
            if rs1 == 15 {
                return t("retl", vec![]);
            }
        }
        let e = self.addr_expr(false)?;
        match rd {
            15 => t("call", vec![e]),
            0 => t("jmp", vec![e]),
            _ => t("jmpl", vec![e, reg(rd)]),
        }
    }

    fn tcc(&self) -> Option<Text> {
        let w = self.w;
        let cond = bits(w, 28, 25) as usize;
        let name = format!("t{}", ICOND[cond]);
        let e = if self.i() {
            let v = self.simm13();
            if self.rs1() == 0 {
                imm(v)
            } else {
                format!("{} + {}", reg(self.rs1()), imm(v))
            }
        } else if self.rs2() == 0 {
            reg(self.rs1())
        } else {
            format!("{} + {}", reg(self.rs1()), reg(self.rs2()))
        };
        if self.v9 && w & (1 << 12) != 0 {
            t(&name, vec!["%xcc".to_string(), e])
        } else {
            t(&name, vec![e])
        }
    }

    // ------------------------------------------------------- FPop1 / FPop2

    fn fpop1(&self) -> Option<Text> {
        use F::*;
        let v9 = self.v9;
        // (name, operands, unary: rs1 must be %g0, V9-only)
        let (name, ops, unary, v9only): (&str, &[F], bool, bool) = match self.opf() {
            0x001 => ("fmovs", &[S2, Sd], true, false),
            0x002 => ("fmovd", &[D2, Dd], true, true),
            0x003 => ("fmovq", &[D2, Dd], true, true),
            0x005 => ("fnegs", &[S2, Sd], true, false),
            0x006 => ("fnegd", &[D2, Dd], true, true),
            0x007 => ("fnegq", &[D2, Dd], true, true),
            0x009 => ("fabss", &[S2, Sd], true, false),
            0x00a => ("fabsd", &[D2, Dd], true, true),
            0x00b => ("fabsq", &[D2, Dd], true, true),
            0x029 => ("fsqrts", &[S2, Sd], true, false),
            0x02a => ("fsqrtd", &[D2, Dd], true, false),
            0x02b => ("fsqrtq", &[D2, Dd], true, false),
            0x041 => ("fadds", &[S1, S2, Sd], false, false),
            0x042 => ("faddd", &[D1, D2, Dd], false, false),
            0x043 => ("faddq", &[D1, D2, Dd], false, false),
            0x045 => ("fsubs", &[S1, S2, Sd], false, false),
            0x046 => ("fsubd", &[D1, D2, Dd], false, false),
            0x047 => ("fsubq", &[D1, D2, Dd], false, false),
            0x049 => ("fmuls", &[S1, S2, Sd], false, false),
            0x04a => ("fmuld", &[D1, D2, Dd], false, false),
            0x04b => ("fmulq", &[D1, D2, Dd], false, false),
            0x04d => ("fdivs", &[S1, S2, Sd], false, false),
            0x04e => ("fdivd", &[D1, D2, Dd], false, false),
            0x04f => ("fdivq", &[D1, D2, Dd], false, false),
            0x051 => ("fnadds", &[S1, S2, Sd], false, true),
            0x052 => ("fnaddd", &[D1, D2, Dd], false, true),
            0x059 => ("fnmuls", &[S1, S2, Sd], false, true),
            0x05a => ("fnmuld", &[D1, D2, Dd], false, true),
            0x061 => ("fhadds", &[S1, S2, Sd], false, true),
            0x062 => ("fhaddd", &[D1, D2, Dd], false, true),
            0x065 => ("fhsubs", &[S1, S2, Sd], false, true),
            0x066 => ("fhsubd", &[D1, D2, Dd], false, true),
            0x069 => ("fsmuld", &[S1, S2, Dd], false, false),
            0x06e => ("fdmulq", &[D1, D2, Dd], false, false),
            0x071 => ("fnhadds", &[S1, S2, Sd], false, true),
            0x072 => ("fnhaddd", &[D1, D2, Dd], false, true),
            0x079 => ("fnsmuld", &[S1, S2, Dd], false, true),
            0x081 => ("fstox", &[S2, Dd], true, true),
            0x082 => ("fdtox", &[D2, Dd], true, true),
            0x083 => ("fqtox", &[D2, Dd], true, true),
            0x084 => ("fxtos", &[D2, Sd], true, true),
            0x088 => ("fxtod", &[D2, Dd], true, true),
            0x08c => ("fxtoq", &[D2, Dd], true, true),
            0x0c4 => ("fitos", &[S2, Sd], true, false),
            0x0c6 => ("fdtos", &[D2, Sd], true, false),
            0x0c7 => ("fqtos", &[D2, Sd], true, false),
            0x0c8 => ("fitod", &[S2, Dd], true, false),
            0x0c9 => ("fstod", &[S2, Dd], true, false),
            0x0cb => ("fqtod", &[D2, Dd], true, false),
            0x0cc => ("fitoq", &[S2, Dd], true, false),
            0x0cd => ("fstoq", &[S2, Dd], true, false),
            0x0ce => ("fdtoq", &[D2, Dd], true, false),
            0x0d1 => ("fstoi", &[S2, Sd], true, false),
            0x0d2 => ("fdtoi", &[D2, Sd], true, false),
            0x0d3 => ("fqtoi", &[D2, Sd], true, false),
            _ => return None,
        };
        if (v9only && !v9) || (unary && self.rs1() != 0) {
            return None;
        }
        t(name, self.fops(ops))
    }

    /// FP compares shared by V8 and V9 (opf 0x51..0x57).
    fn fcmp(&self) -> Option<(&'static str, [F; 2])> {
        use F::*;
        Some(match self.opf() {
            0x051 => ("fcmps", [S1, S2]),
            0x052 => ("fcmpd", [D1, D2]),
            0x053 => ("fcmpq", [D1, D2]),
            0x055 => ("fcmpes", [S1, S2]),
            0x056 => ("fcmped", [D1, D2]),
            0x057 => ("fcmpeq", [D1, D2]),
            _ => return None,
        })
    }

    fn fpop2_v8(&self) -> Option<Text> {
        let (name, ops) = self.fcmp()?;
        if self.rd() != 0 {
            return None;
        }
        t(name, self.fops(&ops))
    }

    fn fpop2(&self) -> Option<Text> {
        use F::*;
        let w = self.w;
        if let Some((name, ops)) = self.fcmp() {
            let mut v = self.fops(&ops);
            if self.rd() != 0 {
                v.insert(0, format!("%fcc{}", bits(w, 26, 25)));
            }
            return t(name, v);
        }
        let opf = self.opf();
        // FMOVr: opf bits 4:0 = 5/6/7 (size), rcond in bits 12:10; bit 13 ignored.
        let low5 = opf & 0x1f;
        if (5..=7).contains(&low5) {
            let rc = bits(w, 12, 10) as usize;
            if rc & 3 == 0 {
                return None;
            }
            let (sz, a, b) = match low5 {
                5 => ("s", S2, Sd),
                6 => ("d", D2, Dd),
                _ => ("q", D2, Dd),
            };
            let mut v = vec![reg(self.rs1())];
            v.extend(self.fops(&[a, b]));
            return t(&format!("fmovr{}{}", sz, RCOND_MOV[rc]), v);
        }
        // FMOVcc: opf = cc (bits 8:6) : 0 : size (bits 1:0); bit 18 must be 0.
        if w & (1 << 18) != 0 || opf & 0x3c != 0 {
            return None;
        }
        let (sz, a, b) = match opf & 3 {
            1 => ("s", S2, Sd),
            2 => ("d", D2, Dd),
            3 => ("q", D2, Dd),
            _ => return None,
        };
        let cond = bits(w, 17, 14) as usize;
        let (cname, cc) = match opf >> 6 {
            n @ 0..=3 => (FCOND[cond], format!("%fcc{}", n)),
            4 => (ICOND[cond], "%icc".to_string()),
            6 => (ICOND[cond], "%xcc".to_string()),
            _ => return None,
        };
        let mut v = vec![cc];
        v.extend(self.fops(&[a, b]));
        t(&format!("fmov{}{}", sz, cname), v)
    }

    // ------------------------------------------------------------ VIS (0x36)

    fn vis(&self) -> Option<Text> {
        use F::*;
        let w = self.w;
        let opf = self.opf();
        // Three-double-register operations (rs1, rs2, rd all doubles).
        const DDD: &[F] = &[F::D1, F::D2, F::Dd];
        const SSS: &[F] = &[F::S1, F::S2, F::Sd];
        const RRR: &[F] = &[F::R1, F::R2, F::Rd];
        const DDR: &[F] = &[F::D1, F::D2, F::Rd];
        let (name, ops): (&str, &[F]) = match opf {
            0x000 => ("edge8cc", RRR),
            0x001 => ("edge8n", RRR),
            0x002 => ("edge8lcc", RRR),
            0x003 => ("edge8ln", RRR),
            0x004 => ("edge16cc", RRR),
            0x005 => ("edge16n", RRR),
            0x006 => ("edge16lcc", RRR),
            0x007 => ("edge16ln", RRR),
            0x008 => ("edge32cc", RRR),
            0x009 => ("edge32n", RRR),
            0x00a => ("edge32lcc", RRR),
            0x00b => ("edge32ln", RRR),
            0x010 => ("array8", RRR),
            0x011 => ("addxc", RRR),
            0x012 => ("array16", RRR),
            0x013 => ("addxccc", RRR),
            0x014 => ("array32", RRR),
            0x016 => ("umulxhi", RRR),
            0x017 => ("lzcnt", &[R2, Rd]),
            0x018 => ("alignaddr", RRR),
            0x019 => ("bmask", RRR),
            0x01a => ("alignaddrl", RRR),
            0x01b => ("cmask8", &[R2]),
            0x01d => ("cmask16", &[R2]),
            0x01f => ("cmask32", &[R2]),
            0x020 => ("fpcmple16", DDR),
            0x021 => ("fsll16", DDD),
            0x022 => ("fpcmpne16", DDR),
            0x023 => ("fsrl16", DDD),
            0x024 => ("fpcmple32", DDR),
            0x025 => ("fsll32", DDD),
            0x026 => ("fpcmpne32", DDR),
            0x027 => ("fsrl32", DDD),
            0x028 => ("fpcmpgt16", DDR),
            0x029 => ("fslas16", DDD),
            0x02a => ("fpcmpeq16", DDR),
            0x02b => ("fsra16", DDD),
            0x02c => ("fpcmpgt32", DDR),
            0x02d => ("fslas32", DDD),
            0x02e => ("fpcmpeq32", DDR),
            0x02f => ("fsra32", DDD),
            0x031 => ("fmul8x16", &[S1, D2, Dd]),
            0x033 => ("fmul8x16au", &[S1, S2, Dd]),
            0x034 => ("fpcmple8", DDR),
            0x035 => ("fmul8x16al", &[S1, S2, Dd]),
            0x036 => ("fmul8sux16", DDD),
            0x037 => ("fmul8ulx16", DDD),
            0x038 => ("fmuld8sux16", &[S1, S2, Dd]),
            0x039 => ("fmuld8ulx16", &[S1, S2, Dd]),
            0x03a => ("fpack32", DDD),
            0x03b | 0x03d | 0x04d => {
                if self.rs1() != 0 {
                    return None;
                }
                match opf {
                    0x03b => ("fpack16", &[D2, Sd]),
                    0x03d => ("fpackfix", &[D2, Sd]),
                    _ => ("fexpand", &[S2, Dd]),
                }
            }
            0x03c => ("fpcmpgt8", DDR),
            0x03e => ("pdist", DDD),
            0x03f => ("pdistn", DDR),
            0x040 => ("fmean16", DDD),
            0x042 => ("fpadd64", DDD),
            0x044 => ("fchksm16", DDD),
            0x046 => ("fpsub64", DDD),
            0x048 => ("faligndata", DDD),
            0x04b => ("fpmerge", &[S1, S2, Dd]),
            0x04c => ("bshuffle", DDD),
            0x050 => ("fpadd16", DDD),
            0x051 => ("fpadd16s", SSS),
            0x052 => ("fpadd32", DDD),
            0x053 => ("fpadd32s", SSS),
            0x054 => ("fpsub16", DDD),
            0x055 => ("fpsub16s", SSS),
            0x056 => ("fpsub32", DDD),
            0x057 => ("fpsub32s", SSS),
            0x058 => ("fpadds16", DDD),
            0x059 => ("fpadds16s", SSS),
            0x05a => ("fpadds32", DDD),
            0x05b => ("fpadds32s", SSS),
            0x05c => ("fpsubs16", DDD),
            0x05d => ("fpsubs16s", SSS),
            0x05e => ("fpsubs32", DDD),
            0x05f => ("fpsubs32s", SSS),
            0x060 => ("fzerod", &[Dd]),
            0x061 => ("fzeros", &[Sd]),
            0x062 => ("fnord", DDD),
            0x063 => ("fnors", SSS),
            0x064 => ("fandnot2d", DDD),
            0x065 => ("fandnot2s", SSS),
            0x066 => ("fnot2d", &[D2, Dd]),
            0x067 => ("fnot2s", &[S2, Sd]),
            0x068 => ("fandnot1d", DDD),
            0x069 => ("fandnot1s", SSS),
            0x06a => ("fnot1d", &[D1, Dd]),
            0x06b => ("fnot1s", &[S1, Sd]),
            0x06c => ("fxord", DDD),
            0x06d => ("fxors", SSS),
            0x06e => ("fnandd", DDD),
            0x06f => ("fnands", SSS),
            0x070 => ("fandd", DDD),
            0x071 => ("fands", SSS),
            0x072 => ("fxnord", DDD),
            0x073 => ("fxnors", SSS),
            0x074 => ("fsrc1d", &[D1, Dd]),
            0x075 => ("fsrc1s", &[S1, Sd]),
            0x076 => ("fornot2d", DDD),
            0x077 => ("fornot2s", SSS),
            0x078 => ("fsrc2d", &[D2, Dd]),
            0x079 => ("fsrc2s", &[S2, Sd]),
            0x07a => ("fornot1d", DDD),
            0x07b => ("fornot1s", SSS),
            0x07c => ("ford", DDD),
            0x07d => ("fors", SSS),
            0x07e => ("foned", &[Dd]),
            0x07f => ("fones", &[Sd]),
            0x080 => {
                if bits(w, 29, 25) != 0 || self.rs1() != 0 || self.rs2() != 0 {
                    return None;
                }
                ("shutdown", &[])
            }
            0x081 => {
                if bits(w, 29, 25) != 0 || self.rs1() != 0 || bits(w, 4, 3) != 0 {
                    return None;
                }
                return t("siam", vec![format!("{}", bits(w, 2, 0))]);
            }
            0x110 => ("movdtox", &[D2, Rd]),
            0x111 => ("movstouw", &[S2, Rd]),
            0x113 => ("movstosw", &[S2, Rd]),
            0x115 => ("xmulx", RRR),
            0x116 => ("xmulxhi", RRR),
            0x118 => ("movxtod", &[R2, Dd]),
            0x119 => ("movwtos", &[R2, Sd]),
            0x11a => ("fpmin8", DDD),
            0x11b => ("fpmin16", DDD),
            0x11c => ("fpmin32", DDD),
            0x11d => ("fpmax8", DDD),
            0x11e => ("fpmax16", DDD),
            0x11f => ("fpmax32", DDD),
            0x120 => ("fpcmpule8", DDR),
            0x122 => ("fpcmpune8", DDR),
            0x123 => ("fpaddus16", DDD),
            0x124 => ("fpadd8", DDD),
            0x126 => ("fpadds8", DDD),
            0x127 => ("fpaddus8", DDD),
            0x128 => ("fpcmpugt8", DDR),
            0x12a => ("fpcmpueq8", DDR),
            0x12b => ("fpcmpugt16", DDR),
            0x12c => ("fpcmpugt32", DDR),
            0x12e => ("fpcmpule16", DDR),
            0x12f => ("fpcmpule32", DDR),
            0x130 => ("aes_kexpand0", DDD),
            0x131 => ("aes_kexpand2", DDD),
            0x134 => ("des_ip", &[D1, Dd]),
            0x135 => ("des_iip", &[D1, Dd]),
            0x136 => ("des_kexpand", &[D1, U5, Dd]),
            0x138 => ("kasumi_fi_fi", DDD),
            0x13c => ("camellia_fl", DDD),
            0x13d => ("camellia_fli", DDD),
            0x140 => ("md5", &[]),
            0x141 => ("sha1", &[]),
            0x142 => ("sha256", &[]),
            0x143 => ("sha512", &[]),
            0x144 => ("sha3", &[]),
            0x147 => ("crc32c", DDD),
            0x148 => (if self.rd() == 1 { "xmpmul" } else { "mpmul" }, &[U5]),
            0x149 => (if self.rd() == 1 { "xmontmul" } else { "montmul" }, &[U5]),
            0x14a => (if self.rd() == 1 { "xmontsqr" } else { "montsqr" }, &[U5]),
            0x151 | 0x152 => {
                let (name, a, b) = if opf == 0x151 { ("flcmps", S1, S2) } else { ("flcmpd", D1, D2) };
                let mut v = vec![format!("%fcc{}", bits(w, 26, 25))];
                v.extend(self.fops(&[a, b]));
                return t(name, v);
            }
            0x153 => ("fpsubus16", DDD),
            0x154 => ("fpsub8", DDD),
            0x156 => ("fpsubs8", DDD),
            0x157 => ("fpsubus8", DDD),
            0x15a => ("fpminu8", DDD),
            0x15b => ("fpminu16", DDD),
            0x15c => ("fpminu32", DDD),
            0x15d => ("fpmaxu8", DDD),
            0x15e => ("fpmaxu16", DDD),
            0x15f => ("fpmaxu32", DDD),
            0x041 => ("subxc", RRR),
            0x043 => ("subxccc", RRR),
            0x049 => ("faligndata", &[D1, D2, D3, Dd]),
            0x01c => ("dictunpack", &[D1, U5, Dd]),
            0x106 => ("fpsll64x", DDD),
            0x107 => ("fpsrl64x", DDD),
            0x10f => ("fpsra64x", DDD),
            0x030 => ("rle_burst", RRR),
            0x032 => {
                if self.rs1() != 0 {
                    return None;
                }
                ("rle_length", &[R2, Rd])
            }
            0x015 => {
                let name = ["onadd", "onsub", "onmul", "ondiv"][bits(w, 27, 26) as usize];
                return t(name, vec![fregx(self.rs1()), fregx(self.rs2()), fregx(self.rd() & !6)]);
            }
            0x01e => {
                let name = ["revbitsb", "revbytesh", "revbytesw", "revbytesx"][bits(w, 1, 0) as usize];
                return t(name, vec![reg(self.rs1()), reg(self.rd())]);
            }
            0x190..=0x19e | 0x045 | 0x047 | 0x04a => {
                let name = match opf {
                    0x190 => "fpcmpule8shl",
                    0x191 => "fpcmpugt8shl",
                    0x192 => "fpcmpeq8shl",
                    0x193 => "fpcmpne8shl",
                    0x194 => "fpcmpule16shl",
                    0x195 => "fpcmpugt16shl",
                    0x196 => "fpcmpeq16shl",
                    0x197 => "fpcmpne16shl",
                    0x198 => "fpcmpule32shl",
                    0x199 => "fpcmpugt32shl",
                    0x19a => "fpcmpeq32shl",
                    0x19b => "fpcmpne32shl",
                    0x19c => "fpcmpur8shl",
                    0x19d => "fpcmpur16shl",
                    0x19e => "fpcmpur32shl",
                    0x045 => "fpcmpde8shl",
                    0x047 => "fpcmpde16shl",
                    _ => "fpcmpde32shl",
                };
                let rs2 = self.rs2();
                let imm2 = ((rs2 & 0x10) >> 3) | (rs2 & 1);
                return t(name, vec![fregx(self.rs1()), fregx(rs2 | 0x11), format!("{}", imm2), reg(self.rd())]);
            }
            _ => return None,
        };
        t(name, self.fops(ops))
    }

    /// Fused multiply-add (IMPDEP2, op3 0x37) and the Fujitsu unfused forms
    /// (op3 0x3f): opf bits 3:0 select the operation, bits 13:9 are rs3.
    fn fmaf(&self, unfused: bool) -> Option<Text> {
        use F::*;
        let op5 = bits(self.w, 8, 5);
        let base = match op5 {
            0 if !unfused => return t("fpmaddx", self.fops(&[D1, D2, D3, Dd])),
            4 if !unfused => return t("fpmaddxhi", self.fops(&[D1, D2, D3, Dd])),
            1 | 2 => "madd",
            5 | 6 => "msub",
            9 | 10 => "nmsub",
            13 | 14 => "nmadd",
            _ => return None,
        };
        let single = op5 & 3 == 1;
        let name = if unfused {
            let b = match base {
                "madd" => "umadd",
                "msub" => "umsub",
                "nmsub" => "numsub",
                _ => "numadd",
            };
            format!("f{}{}", b, if single { "s" } else { "d" })
        } else {
            format!("f{}{}", base, if single { "s" } else { "d" })
        };
        let ops: &[F] = if single { &[S1, S2, S3, Sd] } else { &[D1, D2, D3, Dd] };
        t(&name, self.fops(ops))
    }

    /// Four-operand crypto instructions (op3 0x19, opf bits 3:0).
    fn crypto4(&self) -> Option<Text> {
        use F::*;
        let name = match bits(self.w, 8, 5) {
            0 => "aes_eround01",
            1 => "aes_eround23",
            2 => "aes_dround01",
            3 => "aes_dround23",
            4 => "aes_eround01_l",
            5 => "aes_eround23_l",
            6 => "aes_dround01_l",
            7 => "aes_dround23_l",
            8 => {
                let mut v = self.fops(&[D1, D2]);
                v.push(chex(self.rs3()));
                v.push(self.fop(Dd));
                return t("aes_kexpand1", v);
            }
            9 => "des_round",
            10 => "kasumi_fl_xor",
            11 => "kasumi_fi_xor",
            12 => "camellia_f",
            _ => return None,
        };
        t(name, self.fops(&[D1, D2, D3, Dd]))
    }

    // ------------------------------------------------------------------ op = 3

    fn memory(&self) -> Option<Text> {
        let (rd, op3) = (self.rd(), self.op3());
        let v9 = self.v9;
        let r = reg(rd);
        // Loads into an integer register: (name, register form ignores bits 12:5).
        let load = |name: &str, asi_ok: bool| -> Option<Text> {
            let m = self.mem(asi_ok)?;
            t(name, vec![m, r.clone()])
        };
        let store = |name: &str, clr: &str| -> Option<Text> {
            let m = self.mem(false)?;
            if rd == 0 && !clr.is_empty() {
                t(clr, vec![m])
            } else {
                t(name, vec![r.clone(), m])
            }
        };
        let load_alt = |name: &str, dst: String| -> Option<Text> {
            let m = self.mem_alt()?;
            t(name, vec![m, dst])
        };
        let store_alt = |name: &str, src: String| -> Option<Text> {
            let m = self.mem_alt()?;
            t(name, vec![src, m])
        };
        match op3 {
            0x00 => load("ld", true),
            0x01 => load("ldub", false),
            0x02 => load("lduh", false),
            0x03 => load(if v9 { "ldtw" } else { "ldd" }, false),
            0x04 => store("st", "clr"),
            0x05 => store("stb", "clrb"),
            0x06 => store("sth", "clrh"),
            0x07 => store(if v9 { "sttw" } else { "std" }, ""),
            0x08 if v9 => load("ldsw", false),
            0x09 => load("ldsb", false),
            0x0a => load("ldsh", false),
            0x0b if v9 => load("ldx", false),
            0x0d => load("ldstub", false),
            0x0e if v9 => store("stx", "clrx"),
            0x0f => load("swap", false),
            0x10 => load_alt("lda", r.clone()),
            0x11 => load_alt("lduba", r.clone()),
            0x12 => load_alt("lduha", r.clone()),
            0x13 => {
                // objdump for sparc:v9c and later says `ldtxa` for the twin-x
                // ASIs; the V9A/V9B machines of ordinary binaries say `ldtwa`.
                load_alt(if v9 { "ldtwa" } else { "ldda" }, r.clone())
            }
            0x14 => store_alt("sta", r.clone()),
            0x15 => store_alt("stba", r.clone()),
            0x16 => store_alt("stha", r.clone()),
            0x17 => store_alt(if v9 { "sttwa" } else { "stda" }, r.clone()),
            0x18 if v9 => load_alt("ldswa", r.clone()),
            0x19 => load_alt("ldsba", r.clone()),
            0x1a => load_alt("ldsha", r.clone()),
            0x1b if v9 => load_alt("ldxa", r.clone()),
            0x1d => load_alt("ldstuba", r.clone()),
            0x1e if v9 => store_alt("stxa", r.clone()),
            0x1f => load_alt("swapa", r.clone()),
            _ => self.memory_fp(),
        }
    }

    /// FP and coprocessor loads and stores, prefetch and compare-and-swap.
    fn memory_fp(&self) -> Option<Text> {
        let (rd, op3) = (self.rd(), self.op3());
        let v9 = self.v9;
        let fs = freg(rd);
        let fd = fregx(rd);
        let ld = |name: &str, dst: String, asi_ok: bool| -> Option<Text> {
            let m = self.mem(asi_ok)?;
            t(name, vec![m, dst])
        };
        let st = |name: &str, src: String| -> Option<Text> {
            let m = self.mem(false)?;
            t(name, vec![src, m])
        };
        let ld_alt = |name: &str, dst: String| -> Option<Text> {
            let m = self.mem_alt()?;
            t(name, vec![m, dst])
        };
        let st_alt = |name: &str, src: String| -> Option<Text> {
            let m = self.mem_alt()?;
            t(name, vec![src, m])
        };
        match op3 {
            0x20 => ld("ld", fs, true),
            0x21 => match rd {
                0 => ld("ld", "%fsr".to_string(), true),
                1 if v9 => ld("ldx", "%fsr".to_string(), true),
                3 if v9 => ld("ldx", "%efsr".to_string(), true),
                _ => None,
            },
            0x22 if v9 => ld("ldq", fd, false),
            0x23 => ld("ldd", fd, false),
            0x24 => st("st", fs),
            0x25 => match rd {
                0 => st("st", "%fsr".to_string()),
                1 if v9 => st("stx", "%fsr".to_string()),
                _ => None,
            },
            0x26 if v9 => st("stq", fd),
            0x26 => st("std", "%fq".to_string()),
            0x27 => st("std", fd),
            0x2d if v9 => {
                let m = self.mem(true)?;
                t("prefetch", vec![m, prefetch_fcn(rd)])
            }
            0x3d if v9 => {
                let m = self.mem_alt()?;
                t("prefetcha", vec![m, prefetch_fcn(rd)])
            }
            0x30 if v9 => ld_alt("lda", fs),
            0x32 if v9 => ld_alt("ldqa", fd),
            0x33 if v9 => ld_alt("ldda", fd),
            0x34 if v9 => st_alt("sta", fs),
            // objdump's register form of stqa also requires bits 12:5 = 0.
            0x36 if v9 => {
                if !self.i() && self.asi() != 0 {
                    return None;
                }
                st_alt("stqa", fd)
            }
            0x31 | 0x35 if v9 => self.misaligned(),
            0x37 if v9 => st_alt("stda", fd),
            0x3c | 0x3e if v9 || op3 == 0x3c => {
                let x = op3 == 0x3e;
                let (rs1, rs2) = (reg(self.rs1()), reg(self.rs2()));
                if !self.i() && v9 {
                    match self.asi() {
                        0x80 => return t(if x { "casx" } else { "cas" }, vec![format!("[ {} ]", rs1), rs2, reg(rd)]),
                        0x88 => return t(if x { "casxl" } else { "casl" }, vec![format!("[ {} ]", rs1), rs2, reg(rd)]),
                        _ => {}
                    }
                }
                let space = if self.i() { "%asi".to_string() } else { asi_name(self.asi()) };
                t(if x { "casxa" } else { "casa" }, vec![format!("[ {} ] {}", rs1, space), rs2, reg(rd)])
            }
            // V8 coprocessor accesses.
            0x30 => ld("ld", format!("%c{}", rd), true),
            0x31 if !v9 => ld("ld", "%csr".to_string(), true),
            0x33 => ld("ldd", format!("%c{}", rd), false),
            0x34 => st("st", format!("%c{}", rd)),
            0x35 if !v9 => st("st", "%csr".to_string()),
            0x36 => st("std", "%cq".to_string()),
            0x37 => st("std", format!("%c{}", rd)),
            _ => None,
        }
    }
}

impl D {
    /// OSA2017 misaligned loads and stores (ldm*/stm*, op3 0x31/0x35): opm in
    /// bits 12:10; with i = 0, bit 9 selects the %asi form; with i = 1 the
    /// offset is simm10.
    fn misaligned(&self) -> Option<Text> {
        let w = self.w;
        let store = self.op3() == 0x35;
        let opm = bits(w, 12, 10);
        let rd = self.rd();
        let (base, dst) = if store {
            match opm {
                1 => ("stmh", reg(rd)),
                3 => ("stmw", reg(rd)),
                5 => ("stmx", reg(rd)),
                6 => ("stmfs", freg(rd)),
                7 => ("stmfd", fregx(rd)),
                _ => return None,
            }
        } else {
            match opm {
                0 => ("ldmsh", reg(rd)),
                1 => ("ldmuh", reg(rd)),
                2 => ("ldmsw", reg(rd)),
                3 => ("ldmuw", reg(rd)),
                5 => ("ldmx", reg(rd)),
                6 => ("ldmfs", freg(rd)),
                7 => ("ldmfd", fregx(rd)),
                _ => return None,
            }
        };
        let rs1 = reg(self.rs1());
        let (name, m) = if self.i() {
            let v = sext(bits(w, 9, 0), 10);
            let m = if v == 0 {
                format!("[ {} ]", rs1)
            } else if self.rs1() == 0 {
                format!("[ {} ]", imm(v))
            } else {
                format!("[ {} + {} ]", rs1, imm(v))
            };
            (base.to_string(), m)
        } else {
            let m = if self.rs2() == 0 { format!("[ {} ]", rs1) } else { format!("[ {} + {} ]", rs1, reg(self.rs2())) };
            if w & (1 << 9) != 0 {
                (format!("{}a", base), format!("{} %asi", m))
            } else {
                (base.to_string(), m)
            }
        };
        if store {
            t(&name, vec![dst, m])
        } else {
            t(&name, vec![m, dst])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::decode::decode;
    use super::*;

    fn d(w: u32, pc: u64) -> String {
        disasm(&decode(w, Flavor::V9), pc, Flavor::V9)
    }

    #[test]
    fn known_words() {
        // Strings as printed by sparc64-linux-gnu-objdump 2.40.
        assert_eq!(d(0x9de3_bf50, 0), "save  %sp, -176, %sp");
        assert_eq!(d(0x2f00_07ff, 0), "sethi  %hi(0x1ffc00), %l7");
        assert_eq!(d(0x4000_014a, 0x1001f8), "call  100720");
        assert_eq!(d(0xae15_e208, 0), "or  %l7, 0x208, %l7");
        assert_eq!(d(0x0300_0000, 0), "sethi  %hi(0), %g1");
        assert_eq!(d(0xc25d_c001, 0), "ldx  [ %l7 + %g1 ], %g1");
        assert_eq!(d(0x80a0_6000, 0), "cmp  %g1, 0");
        assert_eq!(d(0x0280_0004, 0x100210), "be  100220");
        assert_eq!(d(0x0100_0000, 0), "nop ");
        assert_eq!(d(0x81c7_e008, 0), "ret ");
        assert_eq!(d(0x81e8_0000, 0), "restore ");
        assert_eq!(d(0xc277_a7f7, 0), "stx  %g1, [ %fp + 0x7f7 ]");
        assert_eq!(d(0x8210_2000, 0), "clr  %g1");
        assert_eq!(d(0x91d0_206d, 0), "ta  0x6d");
        assert_eq!(d(0x93d0_306d, 0), "tne  %xcc, -3987");
        assert_eq!(d(0x8143_e009, 0), "membar  #StoreStore|#LoadLoad");
        assert_eq!(d(0x0000_0000, 0), "illtrap  0");
        assert_eq!(d(0x81c3_e008, 0), "retl ");
        assert_eq!(d(0xb138_0000, 0), "signx  %g0, %i0");
        assert_eq!(d(0x8194_3fff, 0), "wrpr  %l0, -1, %tpc");
        assert_eq!(d(0x0200_0000, 0), "unknown");
        assert_eq!(d(0xc7e0_5002, 0), "cas  [ %g1 ], %g2, %g3");
        assert_eq!(d(0xc5f0_5008, 0), "casx  [ %g1 ], %o0, %g2");
        assert_eq!(d(0xd68a_1040, 0), "lduba  [ %o0 ] #ASI_PNF, %o3");
        assert_eq!(d(0x8780_20f0, 0), "wr  %g0, 0xf0, %asi");
        assert_eq!(d(0x8b41_4000, 0), "rd  %pc, %g5");
        assert_eq!(d(0x8379_3401, 0), "movrne  %g4, 1, %g1");
        assert_eq!(d(0xc077_6010, 0), "clrx  [ %i5 + 0x10 ]");
        assert_eq!(d(0x81cf_e008, 0), "return  %i7 + 8");
        assert_eq!(d(0xc76a_6040, 0), "prefetch  [ %o1 + 0x40 ], #one_write");
        assert_eq!(d(0xd83a_4000, 0), "sttw  %o4, [ %o1 ]");
        assert_eq!(d(0x9fc2_6008, 0), "call  %o1 + 8");
        assert_eq!(d(0x808a_2008, 0), "btst  8, %o0");
    }

    #[test]
    fn floating_point() {
        assert_eq!(d(0x81a8_6048, 0), "fmovde  %icc, %f8, %f0");
        assert_eq!(d(0xc19a_6000, 0), "ldda  [ %o1 ] %asi, %f0");
        assert_eq!(d(0x81aa_0a48, 0), "fcmpd  %f8, %f8");
        assert_eq!(d(0xc13f_0000, 0), "std  %f0, [ %i4 ]");
        assert_eq!(d(0xe3ba_3fc0, 0), "stda  %f48, [ %o0 + -64 ] %asi");
    }

    #[test]
    fn branches() {
        // Targets are pc-relative; objdump prints them in hex without 0x.
        assert_eq!(d(0x1240_000a, 0x100000), "bne,pn   %icc, 100028");
        assert_eq!(d(0x3268_000a, 0x100004), "bne,a   %xcc, 10002c");
        assert_eq!(d(0x3260_0002, 0x100008), "bne,a,pn   %xcc, 100010");
        assert_eq!(d(0x02c8_4004, 0x10000c), "brz  %g1, 10001c");
        assert_eq!(d(0x3d50_0003, 0x100010), "fbule,a,pn   %fcc1, 10001c");
        assert_eq!(d(0x10bf_ffff, 0x100014), "b  100010");
        assert_eq!(d(0x7fff_ffff, 0x100018), "call  100014");
        assert_eq!(d(0x2ac8_4004, 0x10001c), "brnz,a   %g1, 10002c");
        assert_eq!(d(0x0d40_0002, 0x100020), "fbg,pn   %fcc0, 100028");
        assert_eq!(d(0x1348_0003, 0x100024), "fbe  %fcc0, 100030");
        // V8 and V8+ print 32-bit targets.
        assert_eq!(disasm(&decode(0x7fff_ffff, Flavor::V8), 0, Flavor::V8), "call  fffffffc");
        assert_eq!(d(0x7fff_ffff, 0), "call  fffffffffffffffc");
    }

    #[test]
    fn v8_names() {
        let v8 = |w: u32| disasm(&decode(w, Flavor::V8), 0x100000, Flavor::V8);
        assert_eq!(v8(0x8640_8003), "addx  %g2, %g3, %g3");
        assert_eq!(v8(0x8660_0003), "subx  %g0, %g3, %g3");
        assert_eq!(v8(0x0000_0010), "unimp  0x10");
        assert_eq!(v8(0x8348_0000), "rd  %psr, %g1");
        assert_eq!(v8(0xc31a_0000), "ldd  [ %o0 ], %f32");
        assert_eq!(v8(0x8188_0000), "wr  %g0, %psr");
        assert_eq!(v8(0x81dc_4002), "flush  %l1 + %g2");
        assert_eq!(v8(0xc3d8_6000), "unknown");
        assert_eq!(v8(0x87b0_0002), "cpop1  [ %g0 + %g2 ], %g3");
        assert_eq!(v8(0x9de3_bf98), "save  %sp, -104, %sp");
    }

    #[test]
    fn total_over_a_sample() {
        let mut w: u32 = 0;
        loop {
            for f in [Flavor::V8, Flavor::V8Plus, Flavor::V9] {
                let s = disasm(&decode(w, f), 0x1000, f);
                assert!(!s.is_empty());
            }
            let (n, o) = w.overflowing_add(0x0000_3f1b);
            if o {
                break;
            }
            w = n;
        }
    }
}
