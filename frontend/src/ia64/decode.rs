//! IA-64 instruction decoder: total over every bundle and every 41-bit slot.
//!
//! A slot is looked up in the encoding table of its instruction type
//! ([`super::tables`]): the unit from the template, and for M and I slots the
//! major opcode (8-15 are A-type ALU instructions in either). The first
//! machine form whose fixed bits match gives the [`Op`] (named as the Intel
//! Itanium Architecture SDM, Vol. 3, chapter 2 names the instruction), the
//! typed [`Completers`] and the [`Operand`]s in the manual's order, outputs
//! first. A slot no form matches, every slot of a bundle with a reserved
//! template, and an MLX X slot that is not an X-unit instruction decode to
//! [`Op::Illegal`] (Illegal Operation fault); nothing panics.
//!
//! The set of encodings accepted is exactly the set GNU objdump (binutils
//! 2.40) disassembles: the tests compare both over random and exhaustive
//! sweeps. Privileged instructions decode (the lifter raises the Privileged
//! Operation fault).

use super::bundle::{RawBundle, Unit, TEMPLATES};
use super::tables::{tables, Form, IndFile, Kind, Ty, NOPRED};

/// The instruction, named as the SDM names its page in Vol. 3, chapter 2
/// (one variant per page; `mov` is split by register file as the manual's
/// pages are). Completers are in [`Completers`]; sizes of `ld`/`st`/... in
/// [`Completers::size`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Op {
    /// No instruction: reserved template, reserved opcode or field value.
    #[default]
    Illegal,
    /// The L slot of an MLX bundle: the high bits of the X slot's immediate,
    /// not an instruction.
    LSlot,

    // Integer ALU (A-type)
    Add,
    Addl,
    Adds,
    Addp4,
    And,
    Andcm,
    Or,
    Xor,
    Sub,
    Shladd,
    Shladdp4,
    Cmp,
    Cmp4,
    // Multimedia
    Padd,
    Psub,
    Pavg,
    Pavgsub,
    Pcmp,
    Pshladd,
    Pshradd,
    Pmpyshr,
    Pmpy,
    Mix,
    Pack,
    Unpack,
    Pmin,
    Pmax,
    Psad,
    Mux1,
    Mux2,
    Pshr,
    Pshl,
    Mpy4,
    Mpyshl4,
    Popcnt,
    Clz,
    // Shifts, bit fields, tests (I-type)
    Shr,
    Shl,
    Shrp,
    Extr,
    Dep,
    /// `dep.z`: zero and deposit.
    DepZ,
    Tbit,
    Tnat,
    Tf,
    Zxt,
    Sxt,
    Czx,
    // Moves between register files
    MovToBr,
    MovFromBr,
    /// `mov pr=r2,mask17`
    MovToPr,
    /// `mov pr.rot=imm44`
    MovToPrRot,
    MovFromPr,
    MovFromIp,
    MovToAr,
    MovFromAr,
    MovToCr,
    MovFromCr,
    /// `mov psr.l=r2`
    MovToPsr,
    MovFromPsr,
    MovToPsrUm,
    MovFromPsrUm,
    /// `mov rr[r3]=r2`, `dbr`, `ibr`, `pkr`, `pmc`, `pmd`, `msr`
    MovToInd,
    /// `mov r1=cpuid[r3]`, ...
    MovFromInd,
    /// `mov dahr3=imm16`
    MovToDahr,
    Movl,
    // No-ops, breaks, checks (every unit)
    Break,
    Nop,
    Hint,
    /// `chk.s`, `chk.s.i`, `chk.s.m`
    ChkS,
    /// `chk.a.nc`, `chk.a.clr`
    ChkA,
    // Memory (M-type)
    Ld,
    Ld16,
    St,
    St16,
    Cmpxchg,
    Cmp8xchg16,
    Xchg,
    Fetchadd,
    Ldf,
    Ldfp,
    Stf,
    Lfetch,
    Getf,
    Setf,
    // System and register stack (M-type)
    Alloc,
    Flushrs,
    Loadrs,
    Invala,
    /// `invala.e r1` / `invala.e f1`
    InvalaE,
    Fwb,
    Mf,
    Srlz,
    /// `sync.i`
    SyncI,
    Fc,
    Sum,
    Rum,
    Ssm,
    Rsm,
    Probe,
    Itc,
    Itr,
    PtcL,
    /// `ptc.g`, `ptc.ga`
    PtcG,
    PtcE,
    Ptr,
    Thash,
    Ttag,
    Tpa,
    Tak,
    // Branches (B-type, X-type)
    Br,
    Brl,
    Brp,
    Cover,
    Clrrrb,
    Rfi,
    Bsw,
    Epc,
    Vmsw,
    // Floating point (F-type)
    Fma,
    Fpma,
    Fms,
    Fpms,
    Fnma,
    Fpnma,
    Xma,
    Fselect,
    Fcmp,
    Fpcmp,
    Fclass,
    Frcpa,
    Fprcpa,
    Frsqrta,
    Fprsqrta,
    Fmin,
    Fmax,
    Famin,
    Famax,
    Fpmin,
    Fpmax,
    Fpamin,
    Fpamax,
    Fmerge,
    Fpmerge,
    Fmix,
    Fsxt,
    Fpack,
    Fswap,
    Fand,
    Fandcm,
    For,
    Fxor,
    /// `fcvt.fx`, `fcvt.fxu`, `.trunc`
    FcvtFx,
    FpcvtFx,
    FcvtXf,
    Fsetc,
    Fclrf,
    Fchkf,
}

/// Load and store types (`ld.s`, `st.rel`, `ld.c.clr.acq`, `lfetch.excl` ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum LdType {
    #[default]
    None,
    S,
    A,
    Sa,
    Bias,
    Acq,
    Rel,
    Fill,
    Spill,
    CClr,
    CNc,
    CClrAcq,
    Excl,
    Fault,
    FaultExcl,
}

/// Compare relations (integer, FP, tbit/tnat/tf, fclass).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Crel {
    #[default]
    None,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Ltu,
    Leu,
    Gtu,
    Geu,
    /// tbit/tnat/tf: zero; fclass: `.m`
    Z,
    Nz,
    M,
    Unord,
    Ord,
    Neq,
    Nlt,
    Nle,
    Ngt,
    Nge,
}

/// Compare types (SDM Vol. 3, Table 2-16): how the two predicate targets
/// are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Ctype {
    /// The normal type (both targets written, qp false: none).
    #[default]
    Normal,
    Unc,
    And,
    Or,
    OrAndcm,
}

/// Branch types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Btype {
    #[default]
    None,
    Cond,
    Call,
    Ret,
    Ia,
    Cloop,
    Ctop,
    Cexit,
    Wtop,
    Wexit,
}

/// Branch whether hints (`brp` adds `loop` and `exit`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Bwh {
    #[default]
    None,
    Sptk,
    Spnt,
    Dptk,
    Dpnt,
    Loop,
    Exit,
}

/// Memory formats of FP loads, stores and register transfers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum FpFmt {
    #[default]
    None,
    /// Single (`ldfs`, `getf.s`).
    S,
    /// Double (`ldfd`, `getf.d`).
    D,
    /// 8-byte integer significand (`ldf8`, `getf.sig`).
    Sig,
    /// Extended (`ldfe`).
    E,
    /// Exponent (`getf.exp`, `setf.exp`).
    Exp,
    /// Register spill/fill image (`ldf.fill`, `stf.spill`).
    Spill,
}

/// Precision control of FP arithmetic (`fma.s`, `fma.d`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Pc {
    #[default]
    None,
    S,
    D,
}

/// The completers of an instruction, typed. Fields an instruction has no
/// completer for keep their default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Completers {
    /// Access size in bytes (`ld8`: 8, `ldfe`: 10, `ldf.fill`: 16), or element
    /// size of a parallel operation (`padd2`: 2), or extension size (`sxt4`).
    pub size: u8,
    pub fmt: FpFmt,
    pub ldtype: LdType,
    /// Locality hint: `.nt1` 1, `.nt2`/`.d2` 2, `.nta` 3, `.d4`-`.d7` 4-7.
    pub hint: u8,
    pub crel: Crel,
    pub ctype: Ctype,
    pub btype: Btype,
    pub bwh: Bwh,
    /// `.many` prefetch hint.
    pub many: bool,
    /// `.clr` deallocation hint.
    pub clr: bool,
    /// `.imp` (brp, mov to BR).
    pub imp: bool,
    /// `.u`: unsigned (`extr.u`, `shr.u`, `pmpyshr2.u`, `pmin1.u` ...).
    pub unsigned: bool,
    /// Base-register update form of a load, store or lfetch: the operand
    /// after the memory operand (`r2`, an immediate, or the 8/16 of `ldfp`)
    /// is added to r3 after the access.
    pub update: bool,
    /// FP status field `.s0`-`.s3`.
    pub sf: u8,
    pub pc: Pc,
}

/// One decoded operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Operand {
    #[default]
    None,
    Gr(u8),
    Fr(u8),
    Pr(u8),
    Br(u8),
    /// Application register (ar.ccv is `Ar(32)`, ar.pfs `Ar(64)`, ar.csd `Ar(25)`).
    Ar(u8),
    Cr(u8),
    /// Data access hint register.
    Dahr(u8),
    /// Memory at the address in GR n: `[rn]`.
    Mem(u8),
    /// `file[rn]`
    Ind(IndFile, u8),
    /// An immediate, sign- or zero-extended as the instruction defines it and
    /// already scaled (`sor` in registers, `imm44` shifted by 16, counts and
    /// lengths with their +1); 64-bit values are stored bit for bit.
    Imm(i64),
    /// Absolute branch target (bundle address + displacement).
    Target(u64),
    /// The instruction pointer (`mov r1=ip`).
    Ip,
    /// All predicates (`mov r1=pr`, `mov pr=r2,mask17`).
    Preds,
    /// Rotating predicates (`mov pr.rot=imm44`).
    PredsRot,
    Psr,
    PsrL,
    PsrUm,
}

/// A decoded instruction slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Insn {
    pub op: Op,
    /// The unit of the slot (from the template).
    pub unit: Unit,
    /// Qualifying predicate; 0 for unpredicated instructions (`alloc`,
    /// `br.cloop`, `cover` ...) whatever the field holds.
    pub qp: u8,
    /// The 41-bit slot.
    pub slot: u64,
    pub cx: Completers,
    /// Operands, outputs first (`nout` of them), as the SDM writes them.
    pub ops: [Operand; 5],
    pub nops: u8,
    pub nout: u8,
    /// Index of the table form; `u16::MAX` for `Illegal` and `LSlot`.
    pub form: u16,
}

impl Insn {
    fn empty(op: Op, unit: Unit, slot: u64) -> Insn {
        Insn {
            op,
            unit,
            qp: 0,
            slot,
            cx: Completers::default(),
            ops: [Operand::None; 5],
            nops: 0,
            nout: 0,
            form: u16::MAX,
        }
    }

    pub fn operands(&self) -> &[Operand] {
        &self.ops[..self.nops as usize]
    }
    pub fn outputs(&self) -> &[Operand] {
        &self.ops[..self.nout as usize]
    }
    pub fn inputs(&self) -> &[Operand] {
        &self.ops[self.nout as usize..self.nops as usize]
    }
    /// The table form this was decoded from.
    pub fn form(&self) -> Option<&'static Form> {
        tables().forms.get(self.form as usize)
    }
    /// The mnemonic with completers (`ld8.c.clr.nta`); "illegal" or "" for
    /// `Illegal` and `LSlot`.
    pub fn mnemonic(&self) -> &'static str {
        match self.form() {
            Some(f) => &f.name,
            None if self.op == Op::LSlot => "",
            None => "illegal",
        }
    }
    pub fn is_illegal(&self) -> bool {
        self.op == Op::Illegal
    }
}

/// A decoded bundle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bundle {
    pub raw: RawBundle,
    /// The bundle's address.
    pub addr: u64,
    /// `stops[i]`: an instruction group ends after slot `i`.
    pub stops: [bool; 3],
    /// One instruction per slot; in an MLX bundle slot 1 is [`Op::LSlot`].
    pub insns: [Insn; 3],
}

impl Bundle {
    /// The instructions of the bundle with their slot numbers and whether a
    /// stop follows each: three, or two for MLX (the L slot is skipped).
    pub fn instructions(&self) -> impl Iterator<Item = (usize, &Insn, bool)> {
        self.insns.iter().enumerate().filter(|(_, i)| i.op != Op::LSlot).map(|(n, i)| (n, i, self.stops[n]))
    }
}

/// The instruction type a slot of `unit` with `slot`'s major opcode belongs to.
pub fn slot_type(unit: Unit, slot: u64) -> Option<Ty> {
    let major = (slot >> 37) & 0xf;
    match unit {
        Unit::M | Unit::I if major >= 8 => Some(Ty::A),
        Unit::M => Some(Ty::M),
        Unit::I => Some(Ty::I),
        Unit::F => Some(Ty::F),
        Unit::B => Some(Ty::B),
        Unit::X => Some(Ty::X),
        Unit::L => None,
    }
}

/// Decode one slot. `lslot` is the L slot of the bundle (used by the X unit
/// only) and `addr` the bundle address (for IP-relative targets).
pub fn decode_slot(unit: Unit, slot: u64, lslot: u64, addr: u64) -> Insn {
    let slot = slot & super::bundle::SLOT_MASK;
    let lslot = lslot & super::bundle::SLOT_MASK;
    if unit == Unit::L {
        return Insn::empty(Op::LSlot, unit, slot);
    }
    let Some(ty) = slot_type(unit, slot) else { return Insn::empty(Op::Illegal, unit, slot) };
    let t = tables();
    let Some(fi) = t.lookup(ty, slot, true) else { return Insn::empty(Op::Illegal, unit, slot) };
    let f = &t.forms[fi as usize];
    let mut insn = Insn {
        op: f.op,
        unit,
        qp: if f.flags & NOPRED != 0 { 0 } else { (slot & 0x3f) as u8 },
        slot,
        cx: f.cx,
        ops: [Operand::None; 5],
        nops: f.nkinds,
        nout: f.nout,
        form: fi,
    };
    for (i, &k) in f.operands().iter().enumerate() {
        insn.ops[i] = extract(k, slot, lslot, addr);
    }
    insn
}

/// Decode the 16 bytes of a bundle at `addr`.
pub fn decode_bundle(bytes: &[u8; 16], addr: u64) -> Bundle {
    let raw = RawBundle::from_bytes(bytes);
    let t = &TEMPLATES[raw.template as usize];
    let insns = match t.units {
        Some(units) => [0, 1, 2].map(|i| decode_slot(units[i], raw.slots[i], raw.slots[1], addr)),
        None => [0, 1, 2].map(|i| Insn::empty(Op::Illegal, Unit::M, raw.slots[i])),
    };
    Bundle { raw, addr, stops: t.stops, insns }
}

// ---------------------------------------------------------------------------
// Operand fields (SDM Vol. 3, chapter 4 format diagrams).

#[inline]
fn bits(x: u64, pos: u32, width: u32) -> u64 {
    (x >> pos) & ((1u64 << width) - 1)
}

/// Concatenate pieces (bit, width), least significant first.
fn pieces(slot: u64, p: &[(u32, u32)]) -> (u64, u32) {
    let mut v = 0;
    let mut total = 0;
    for &(pos, width) in p {
        v |= bits(slot, pos, width) << total;
        total += width;
    }
    (v, total)
}

fn sext(v: u64, width: u32) -> i64 {
    let s = 64 - width;
    ((v << s) as i64) >> s
}

fn signed(slot: u64, p: &[(u32, u32)]) -> i64 {
    let (v, w) = pieces(slot, p);
    sext(v, w)
}

fn unsigned(slot: u64, p: &[(u32, u32)]) -> i64 {
    pieces(slot, p).0 as i64
}

/// The value of operand `kind` in `slot`.
pub fn extract(kind: Kind, slot: u64, lslot: u64, addr: u64) -> Operand {
    use Kind as K;
    use Operand as O;
    let reg = |pos: u32, width: u32| bits(slot, pos, width) as u8;
    let target = |off: i64| O::Target(addr.wrapping_add((off << 4) as u64));
    match kind {
        K::None => O::None,
        K::ArCsd => O::Ar(25),
        K::ArCcv => O::Ar(32),
        K::ArPfs => O::Ar(64),
        K::One => O::Imm(1),
        K::Eight => O::Imm(8),
        K::Sixteen => O::Imm(16),
        K::Gr0 => O::Gr(0),
        K::Ip => O::Ip,
        K::Pr => O::Preds,
        K::PrRot => O::PredsRot,
        K::Psr => O::Psr,
        K::PsrL => O::PsrL,
        K::PsrUm => O::PsrUm,
        K::Ar3 => O::Ar(reg(20, 7)),
        K::B1 => O::Br(reg(6, 3)),
        K::B2 => O::Br(reg(13, 3)),
        K::Cr3 => O::Cr(reg(20, 7)),
        K::F1 => O::Fr(reg(6, 7)),
        K::F2 => O::Fr(reg(13, 7)),
        K::F3 => O::Fr(reg(20, 7)),
        K::F4 => O::Fr(reg(27, 7)),
        K::P1 => O::Pr(reg(6, 6)),
        K::P2 => O::Pr(reg(27, 6)),
        K::R1 => O::Gr(reg(6, 7)),
        K::R2 => O::Gr(reg(13, 7)),
        K::R3 => O::Gr(reg(20, 7)),
        K::R3x2 => O::Gr(reg(20, 2)),
        K::Dahr3 => O::Dahr(reg(23, 3)),
        K::Mem3 => O::Mem(reg(20, 7)),
        K::Ind(f) => O::Ind(f, reg(20, 7)),
        K::Ccount5 => O::Imm(31 - unsigned(slot, &[(20, 5)])),
        K::Count2a | K::Count2b => O::Imm(unsigned(slot, &[(27, 2)]) + 1),
        K::Count2c => O::Imm([0, 7, 15, 16][bits(slot, 30, 2) as usize]),
        K::Count5 => O::Imm(unsigned(slot, &[(14, 5)])),
        K::Count6 => O::Imm(unsigned(slot, &[(27, 6)])),
        K::Cpos6a => O::Imm(63 - unsigned(slot, &[(20, 6)])),
        K::Cpos6b => O::Imm(63 - unsigned(slot, &[(14, 6)])),
        K::Cpos6c => O::Imm(63 - unsigned(slot, &[(31, 6)])),
        K::Imm1 => O::Imm(signed(slot, &[(36, 1)])),
        K::Imm2 => O::Imm(unsigned(slot, &[(13, 2)])),
        K::Imm5b => O::Imm(unsigned(slot, &[(14, 5)]) + 32),
        K::Amask7 => O::Imm(unsigned(slot, &[(13, 7)])),
        K::Omask7 => O::Imm(unsigned(slot, &[(20, 7)])),
        K::Sof => O::Imm(unsigned(slot, &[(13, 7)])),
        K::Sol => O::Imm(unsigned(slot, &[(20, 7)])),
        K::Sor => O::Imm(unsigned(slot, &[(27, 4)]) << 3),
        K::Imm8 | K::Imm8U4 => O::Imm(signed(slot, &[(13, 7), (36, 1)])),
        K::Imm8M1 | K::Imm8M1U4 | K::Imm8M1U8 => O::Imm(signed(slot, &[(13, 7), (36, 1)]) + 1),
        K::Fclass9 => O::Imm(unsigned(slot, &[(33, 2), (20, 7)])),
        K::Imm9a => O::Imm(signed(slot, &[(6, 7), (27, 1), (36, 1)])),
        K::Imm9b => O::Imm(signed(slot, &[(13, 7), (27, 1), (36, 1)])),
        K::Imm14 => O::Imm(signed(slot, &[(13, 7), (27, 6), (36, 1)])),
        K::Imm16 => O::Imm(unsigned(slot, &[(6, 4), (12, 11), (36, 1)])),
        K::Mask17 => O::Imm(signed(slot, &[(6, 7), (24, 8), (36, 1)]) << 1),
        K::Imm19 => O::Imm(unsigned(slot, &[(6, 4), (12, 14), (36, 1)])),
        K::Imm21 => O::Imm(unsigned(slot, &[(6, 20), (36, 1)])),
        K::Imm22 => O::Imm(signed(slot, &[(13, 7), (27, 9), (22, 5), (36, 1)])),
        K::Imm24 => O::Imm(unsigned(slot, &[(6, 21), (31, 2), (36, 1)])),
        K::Imm44 => O::Imm(signed(slot, &[(6, 27), (36, 1)]) << 16),
        K::Imm62 => O::Imm((lslot << 21 | bits(slot, 36, 1) << 20 | bits(slot, 6, 20)) as i64),
        K::Imm64 => O::Imm(
            (bits(slot, 13, 7)
                | bits(slot, 27, 9) << 7
                | bits(slot, 22, 5) << 16
                | bits(slot, 21, 1) << 21
                | lslot << 22
                | bits(slot, 36, 1) << 63) as i64,
        ),
        K::Inc3 => {
            let v = [16, 8, 4, 1][bits(slot, 13, 2) as usize];
            O::Imm(if bits(slot, 15, 1) != 0 { -v } else { v })
        }
        K::Len4 => O::Imm(unsigned(slot, &[(27, 4)]) + 1),
        K::Len6 => O::Imm(unsigned(slot, &[(27, 6)]) + 1),
        K::Mbtype4 => O::Imm(unsigned(slot, &[(20, 4)])),
        K::Mhtype8 => O::Imm(unsigned(slot, &[(20, 8)])),
        K::Pos6 => O::Imm(unsigned(slot, &[(14, 6)])),
        K::LfCount6 => O::Imm(unsigned(slot, &[(6, 6)]) + 1),
        K::LfStride5 => O::Imm(signed(slot, &[(13, 5)]) << 6),
        K::Tag13 => target(signed(slot, &[(6, 7), (33, 2)])),
        K::Tag13b => target(signed(slot, &[(24, 9)])),
        K::Target25 => target(signed(slot, &[(6, 20), (36, 1)])),
        K::Target25b => target(signed(slot, &[(6, 7), (20, 13), (36, 1)])),
        K::Target25c => target(signed(slot, &[(13, 20), (36, 1)])),
        K::Target64 => {
            // imm20b, then imm39 (L slot bits 2-40), then i: a 60-bit displacement.
            let disp = bits(slot, 13, 20) | (lslot >> 2) << 20 | bits(slot, 36, 1) << 59;
            target(sext(disp, 60))
        }
    }
}

// ---------------------------------------------------------------------------
// From table mnemonics to Op and Completers (run once, when the table is built).

/// The SDM instruction a table form with mnemonic `name` and operand `kinds`
/// encodes (for aliases: the machine instruction behind them).
pub fn op_for(ty: Ty, name: &str, kinds: &[Kind]) -> Op {
    let base = name.split('.').next().unwrap_or("");
    let k = |i: usize| kinds.get(i).copied().unwrap_or(Kind::None);
    let has = |c: &str| name.split('.').skip(1).any(|x| x == c);
    match base {
        "add" => Op::Add,
        "addl" => Op::Addl,
        "adds" => Op::Adds,
        "addp4" => Op::Addp4,
        "and" => Op::And,
        "andcm" => Op::Andcm,
        "or" => Op::Or,
        "xor" => Op::Xor,
        "sub" => Op::Sub,
        "shladd" => Op::Shladd,
        "shladdp4" => Op::Shladdp4,
        "cmp" => Op::Cmp,
        "cmp4" => Op::Cmp4,
        "padd1" | "padd2" | "padd4" => Op::Padd,
        "psub1" | "psub2" | "psub4" => Op::Psub,
        "pavg1" | "pavg2" => Op::Pavg,
        "pavgsub1" | "pavgsub2" => Op::Pavgsub,
        "pcmp1" | "pcmp2" | "pcmp4" => Op::Pcmp,
        "pshladd2" => Op::Pshladd,
        "pshradd2" => Op::Pshradd,
        "pmpyshr2" => Op::Pmpyshr,
        "pmpy2" => Op::Pmpy,
        "mix1" | "mix2" | "mix4" => Op::Mix,
        "pack2" | "pack4" => Op::Pack,
        "unpack1" | "unpack2" | "unpack4" => Op::Unpack,
        "pmin1" | "pmin2" => Op::Pmin,
        "pmax1" | "pmax2" => Op::Pmax,
        "psad1" => Op::Psad,
        "mux1" => Op::Mux1,
        "mux2" => Op::Mux2,
        "pshr2" | "pshr4" => Op::Pshr,
        "pshl2" | "pshl4" => Op::Pshl,
        "mpy4" => Op::Mpy4,
        "mpyshl4" => Op::Mpyshl4,
        "popcnt" => Op::Popcnt,
        "clz" => Op::Clz,
        // `shr r1=r3,pos6` and `shl r1=r2,cpos6a` are objdump's names for extr/dep.z.
        "shr" if k(2) == Kind::Pos6 => Op::Extr,
        "shr" => Op::Shr,
        "shl" if k(2) == Kind::Cpos6a => Op::DepZ,
        "shl" => Op::Shl,
        "shrp" => Op::Shrp,
        "extr" => Op::Extr,
        "dep" if has("z") => Op::DepZ,
        "dep" => Op::Dep,
        "tbit" => Op::Tbit,
        "tnat" => Op::Tnat,
        "tf" => Op::Tf,
        "zxt1" | "zxt2" | "zxt4" => Op::Zxt,
        "sxt1" | "sxt2" | "sxt4" => Op::Sxt,
        "czx1" | "czx2" => Op::Czx,
        "mov" => match (k(0), k(1)) {
            (Kind::B1, _) => Op::MovToBr,
            (Kind::Ar3, _) => Op::MovToAr,
            (Kind::Cr3, _) => Op::MovToCr,
            (Kind::Pr, _) => Op::MovToPr,
            (Kind::PrRot, _) => Op::MovToPrRot,
            (Kind::PsrL, _) => Op::MovToPsr,
            (Kind::PsrUm, _) => Op::MovToPsrUm,
            (Kind::Ind(_), _) => Op::MovToInd,
            (Kind::Dahr3, _) => Op::MovToDahr,
            (Kind::F1, _) => Op::Fmerge,
            (Kind::R1, Kind::B2) => Op::MovFromBr,
            (Kind::R1, Kind::Ar3) => Op::MovFromAr,
            (Kind::R1, Kind::Cr3) => Op::MovFromCr,
            (Kind::R1, Kind::Ip) => Op::MovFromIp,
            (Kind::R1, Kind::Pr) => Op::MovFromPr,
            (Kind::R1, Kind::Psr) => Op::MovFromPsr,
            (Kind::R1, Kind::PsrUm) => Op::MovFromPsrUm,
            (Kind::R1, Kind::Ind(_)) => Op::MovFromInd,
            (Kind::R1, Kind::R3) => Op::Adds,
            (Kind::R1, Kind::Imm22) => Op::Addl,
            _ => Op::Illegal,
        },
        "movl" => Op::Movl,
        "break" => Op::Break,
        "nop" => Op::Nop,
        "hint" => Op::Hint,
        "chk" if has("a") => Op::ChkA,
        "chk" => Op::ChkS,
        "ld1" | "ld2" | "ld4" | "ld8" => Op::Ld,
        "ld16" => Op::Ld16,
        "st1" | "st2" | "st4" | "st8" => Op::St,
        "st16" => Op::St16,
        "cmpxchg1" | "cmpxchg2" | "cmpxchg4" | "cmpxchg8" => Op::Cmpxchg,
        "cmp8xchg16" => Op::Cmp8xchg16,
        "xchg1" | "xchg2" | "xchg4" | "xchg8" => Op::Xchg,
        "fetchadd4" | "fetchadd8" => Op::Fetchadd,
        "ldfs" | "ldfd" | "ldf8" | "ldfe" | "ldf" => Op::Ldf,
        "ldfps" | "ldfpd" | "ldfp8" => Op::Ldfp,
        "stfs" | "stfd" | "stf8" | "stfe" | "stf" => Op::Stf,
        "lfetch" => Op::Lfetch,
        "getf" => Op::Getf,
        "setf" => Op::Setf,
        "alloc" => Op::Alloc,
        "flushrs" => Op::Flushrs,
        "loadrs" => Op::Loadrs,
        "invala" if !kinds.is_empty() => Op::InvalaE,
        "invala" => Op::Invala,
        "fwb" => Op::Fwb,
        "mf" => Op::Mf,
        "srlz" => Op::Srlz,
        "sync" => Op::SyncI,
        "fc" => Op::Fc,
        "sum" => Op::Sum,
        "rum" => Op::Rum,
        "ssm" => Op::Ssm,
        "rsm" => Op::Rsm,
        "probe" => Op::Probe,
        "itc" => Op::Itc,
        "itr" => Op::Itr,
        "ptc" if has("l") => Op::PtcL,
        "ptc" if has("e") => Op::PtcE,
        "ptc" => Op::PtcG,
        "ptr" => Op::Ptr,
        "thash" => Op::Thash,
        "ttag" => Op::Ttag,
        "tpa" => Op::Tpa,
        "tak" => Op::Tak,
        "br" => Op::Br,
        "brl" => Op::Brl,
        "brp" => Op::Brp,
        "cover" => Op::Cover,
        "clrrrb" => Op::Clrrrb,
        "rfi" => Op::Rfi,
        "bsw" => Op::Bsw,
        "epc" => Op::Epc,
        "vmsw" => Op::Vmsw,
        "fma" | "fnorm" | "fadd" | "fmpy" => Op::Fma,
        "fpma" | "fpmpy" => Op::Fpma,
        "fms" | "fsub" => Op::Fms,
        "fpms" => Op::Fpms,
        "fnma" | "fnmpy" => Op::Fnma,
        "fpnma" | "fpnmpy" => Op::Fpnma,
        "xma" | "xmpy" => Op::Xma,
        "fselect" => Op::Fselect,
        "fcmp" => Op::Fcmp,
        "fpcmp" => Op::Fpcmp,
        "fclass" => Op::Fclass,
        "frcpa" => Op::Frcpa,
        "fprcpa" => Op::Fprcpa,
        "frsqrta" => Op::Frsqrta,
        "fprsqrta" => Op::Fprsqrta,
        "fmin" => Op::Fmin,
        "fmax" => Op::Fmax,
        "famin" => Op::Famin,
        "famax" => Op::Famax,
        "fpmin" => Op::Fpmin,
        "fpmax" => Op::Fpmax,
        "fpamin" => Op::Fpamin,
        "fpamax" => Op::Fpamax,
        "fmerge" | "fabs" | "fneg" | "fnegabs" => Op::Fmerge,
        "fpmerge" | "fpabs" | "fpneg" | "fpnegabs" => Op::Fpmerge,
        "fmix" => Op::Fmix,
        "fsxt" => Op::Fsxt,
        "fpack" => Op::Fpack,
        "fswap" => Op::Fswap,
        "fand" => Op::Fand,
        "fandcm" => Op::Fandcm,
        "for" => Op::For,
        "fxor" => Op::Fxor,
        "fcvt" if has("xf") => Op::FcvtXf,
        "fcvt" => Op::FcvtFx,
        "fpcvt" => Op::FpcvtFx,
        "fsetc" => Op::Fsetc,
        "fclrf" => Op::Fclrf,
        "fchkf" => Op::Fchkf,
        _ => {
            let _ = ty;
            Op::Illegal
        }
    }
}

/// The typed completers of a table mnemonic.
pub fn parse_completers(name: &str) -> Completers {
    let mut cx = Completers::default();
    let mut parts = name.split('.');
    let base = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    let digits: String =
        base.chars().rev().take_while(|c| c.is_ascii_digit()).collect::<Vec<_>>().into_iter().rev().collect();
    let stem = &base[..base.len() - digits.len()];
    let fp_mem = matches!(stem, "ldf" | "stf" | "ldfp")
        || matches!(base, "ldfs" | "ldfd" | "ldfe" | "stfs" | "stfd" | "stfe" | "ldfps" | "ldfpd");
    if fp_mem {
        let (size, fmt) = match base.chars().last() {
            Some('s') => (4, FpFmt::S),
            Some('d') => (8, FpFmt::D),
            Some('8') => (8, FpFmt::Sig),
            Some('e') => (10, FpFmt::E),
            _ => (16, FpFmt::Spill),
        };
        cx.size = size;
        cx.fmt = fmt;
    } else if !digits.is_empty() && !matches!(base, "cmp4" | "addp4" | "shladdp4" | "mpy4" | "mpyshl4") {
        cx.size = digits.parse().unwrap_or(0);
        if base == "cmp8xchg16" {
            cx.size = 16;
        }
    }
    let fp_arith =
        matches!(base, "fma" | "fms" | "fnma" | "fnorm" | "fadd" | "fsub" | "fmpy" | "fnmpy" | "fcvt" | "fpcvt");
    if matches!(base, "getf" | "setf") {
        cx.fmt = match rest.first().copied() {
            Some("s") => FpFmt::S,
            Some("d") => FpFmt::D,
            Some("sig") => FpFmt::Sig,
            _ => FpFmt::Exp,
        };
        return cx;
    }
    let memory =
        fp_mem || matches!(stem, "ld" | "st" | "cmpxchg" | "xchg" | "fetchadd" | "cmp8xchg") || base == "lfetch";
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        let next = rest.get(i + 1).copied();
        match c {
            "s" if fp_arith => cx.pc = Pc::S,
            "d" if fp_arith => cx.pc = Pc::D,
            "s" if memory => cx.ldtype = LdType::S,
            "a" if memory => cx.ldtype = LdType::A,
            "sa" => cx.ldtype = LdType::Sa,
            "bias" => cx.ldtype = LdType::Bias,
            "acq" if cx.ldtype == LdType::CClr => cx.ldtype = LdType::CClrAcq,
            "acq" => cx.ldtype = LdType::Acq,
            "rel" => cx.ldtype = LdType::Rel,
            "fill" => cx.ldtype = LdType::Fill,
            "spill" => cx.ldtype = LdType::Spill,
            "excl" if cx.ldtype == LdType::Fault => cx.ldtype = LdType::FaultExcl,
            "excl" => cx.ldtype = LdType::Excl,
            "fault" if memory => cx.ldtype = LdType::Fault,
            "c" if memory => {
                cx.ldtype = if next == Some("nc") { LdType::CNc } else { LdType::CClr };
                i += 1;
            }
            "nt1" | "d1" => cx.hint = 1,
            "nt2" | "d2" => cx.hint = 2,
            "nta" | "d3" => cx.hint = 3,
            "d4" => cx.hint = 4,
            "d5" => cx.hint = 5,
            "d6" => cx.hint = 6,
            "d7" => cx.hint = 7,
            "s0" => cx.sf = 0,
            "s1" => cx.sf = 1,
            "s2" => cx.sf = 2,
            "s3" => cx.sf = 3,
            "eq" => cx.crel = Crel::Eq,
            "ne" => cx.crel = Crel::Ne,
            "lt" => cx.crel = Crel::Lt,
            "le" => cx.crel = Crel::Le,
            "gt" => cx.crel = Crel::Gt,
            "ge" => cx.crel = Crel::Ge,
            "ltu" => cx.crel = Crel::Ltu,
            "leu" => cx.crel = Crel::Leu,
            "gtu" => cx.crel = Crel::Gtu,
            "geu" => cx.crel = Crel::Geu,
            "z" if base != "dep" => cx.crel = Crel::Z,
            "nz" => cx.crel = Crel::Nz,
            "m" if base == "fclass" => cx.crel = Crel::M,
            "unord" => cx.crel = Crel::Unord,
            "ord" => cx.crel = Crel::Ord,
            "neq" => cx.crel = Crel::Neq,
            "nlt" => cx.crel = Crel::Nlt,
            "nle" => cx.crel = Crel::Nle,
            "ngt" => cx.crel = Crel::Ngt,
            "nge" => cx.crel = Crel::Nge,
            "unc" => cx.ctype = Ctype::Unc,
            "and" => cx.ctype = Ctype::And,
            "or" if next == Some("andcm") => {
                cx.ctype = Ctype::OrAndcm;
                i += 1;
            }
            "or" => cx.ctype = Ctype::Or,
            "cond" => cx.btype = Btype::Cond,
            "call" => cx.btype = Btype::Call,
            "ret" => cx.btype = Btype::Ret,
            "ia" => cx.btype = Btype::Ia,
            "cloop" => cx.btype = Btype::Cloop,
            "ctop" => cx.btype = Btype::Ctop,
            "cexit" => cx.btype = Btype::Cexit,
            "wtop" => cx.btype = Btype::Wtop,
            "wexit" => cx.btype = Btype::Wexit,
            "sptk" => cx.bwh = Bwh::Sptk,
            "spnt" => cx.bwh = Bwh::Spnt,
            "dptk" => cx.bwh = Bwh::Dptk,
            "dpnt" => cx.bwh = Bwh::Dpnt,
            "loop" => cx.bwh = Bwh::Loop,
            "exit" => cx.bwh = Bwh::Exit,
            "few" => cx.many = false,
            "many" => cx.many = true,
            "clr" => cx.clr = true,
            "imp" => cx.imp = true,
            "u" | "hu" | "uuu" | "uus" | "uss" => cx.unsigned = true,
            _ => {}
        }
        i += 1;
    }
    // A plain `br`/`brl` to an IP-relative target or through b2 is br.cond.
    if matches!(base, "br" | "brl") && cx.btype == Btype::None {
        cx.btype = Btype::Cond;
        if cx.bwh == Bwh::None {
            cx.bwh = Bwh::Sptk;
        }
    }
    cx
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(unit: Unit, s: u64) -> Insn {
        decode_slot(unit, s, 0, 0x1000)
    }

    #[test]
    fn ia64_nop_m_and_nop_i_decode() {
        // nop.m 0: major 0, x3 0, x4 1, x2 0
        let s = 1u64 << 27;
        assert_eq!(slot(Unit::M, s).op, Op::Nop);
        // nop.i 0: x6 = 1
        assert_eq!(slot(Unit::I, s).op, Op::Nop);
        // an A-type add in an M slot and an I slot
        let add = 8u64 << 37 | 5 << 6 | 6 << 13 | 7 << 20;
        for u in [Unit::M, Unit::I] {
            let i = slot(u, add);
            assert_eq!(i.op, Op::Add);
            assert_eq!(i.operands(), &[Operand::Gr(5), Operand::Gr(6), Operand::Gr(7)]);
            assert_eq!(i.nout, 1);
        }
    }

    #[test]
    fn ia64_mov_r_r_decodes_as_adds_zero() {
        // adds r1=0,r3 with r1 = 20, r3 = 10; objdump calls it mov r20=r10.
        let s = 8u64 << 37 | 2 << 34 | 10 << 20 | 20 << 6;
        let i = slot(Unit::I, s);
        assert_eq!(i.op, Op::Adds);
        assert_eq!(i.operands(), &[Operand::Gr(20), Operand::Imm(0), Operand::Gr(10)]);
    }

    #[test]
    fn ia64_loads_carry_typed_completers() {
        // ld8.c.clr.acq.nta r1=[r3]: x6 = 0x2b, hint 3
        let s = 4u64 << 37 | 0x2b << 30 | 3 << 28 | 9 << 20 | 4 << 6;
        let i = slot(Unit::M, s);
        assert_eq!(i.op, Op::Ld);
        assert_eq!(i.mnemonic(), "ld8.c.clr.acq.nta");
        assert_eq!(i.cx.size, 8);
        assert_eq!(i.cx.ldtype, LdType::CClrAcq);
        assert_eq!(i.cx.hint, 3);
        assert_eq!(i.operands(), &[Operand::Gr(4), Operand::Mem(9)]);
    }

    #[test]
    fn ia64_base_update_forms_are_flagged() {
        // ld8 r4=[r9],r5 (m = 1) and ld8 r4=[r9] ; xchg8 r4=[r9],r5 has no update
        let ld = |m: u64| slot(Unit::M, 4u64 << 37 | m << 36 | 3 << 30 | 9 << 20 | 5 << 13 | 4 << 6);
        assert!(ld(1).cx.update);
        assert_eq!(ld(1).operands(), &[Operand::Gr(4), Operand::Mem(9), Operand::Gr(5)]);
        assert!(!ld(0).cx.update);
        let xchg = slot(Unit::M, 4u64 << 37 | 1 << 27 | 0x0b << 30 | 9 << 20 | 5 << 13 | 4 << 6);
        assert_eq!(xchg.op, Op::Xchg);
        assert!(!xchg.cx.update);
        // chk.a.clr is not a load: no load type
        // st8 [r9]=r5 (x6 = 0x33, m = 0) has no update; st8 [r9]=r5,8
        // (major opcode 5) has.
        let st = slot(Unit::M, 4u64 << 37 | 0x33 << 30 | 9 << 20 | 5 << 13);
        assert_eq!(st.op, Op::St);
        assert_eq!(st.operands(), &[Operand::Mem(9), Operand::Gr(5)]);
        assert!(!st.cx.update);
        let st_imm = slot(Unit::M, 5u64 << 37 | 0x33 << 30 | 9 << 20 | 5 << 13 | 8 << 6);
        assert_eq!(st_imm.op, Op::St);
        assert_eq!(st_imm.operands(), &[Operand::Mem(9), Operand::Gr(5), Operand::Imm(8)]);
        assert!(st_imm.cx.update);
        let chk = slot(Unit::M, 5u64 << 33 | 4 << 6);
        assert_eq!(chk.op, Op::ChkA);
        assert_eq!(chk.cx.ldtype, LdType::None);
    }

    #[test]
    fn ia64_compare_completers() {
        // cmp.eq.unc p6,p7=r8,r9 (major 0xe, c = 1)
        let s = 0xeu64 << 37 | 1 << 12 | 6 << 6 | 7 << 27 | 8 << 13 | 9 << 20;
        let i = slot(Unit::M, s);
        assert_eq!(i.op, Op::Cmp);
        assert_eq!((i.cx.crel, i.cx.ctype), (Crel::Eq, Ctype::Unc));
        assert_eq!(i.outputs(), &[Operand::Pr(6), Operand::Pr(7)]);
        assert_eq!(i.inputs(), &[Operand::Gr(8), Operand::Gr(9)]);
    }

    #[test]
    fn ia64_branch_targets_are_absolute() {
        // br.cond.sptk.few with imm20b = -1 (i = 1): target = addr - 16
        let s = 4u64 << 37 | 1 << 36 | 0xfffff << 13 | 6;
        let i = decode_slot(Unit::B, s, 0, 0x4000_0000_0000_0100);
        assert_eq!(i.op, Op::Br);
        assert_eq!(i.qp, 6);
        assert_eq!(i.cx.btype, Btype::Cond);
        assert_eq!(i.operands(), &[Operand::Target(0x4000_0000_0000_00f0)]);
    }

    #[test]
    fn ia64_movl_assembles_its_immediate_from_the_l_slot() {
        let imm: u64 = 0x1234_5678_9abc_def0;
        let l = (imm >> 22) & ((1 << 41) - 1);
        let x = 6u64 << 37
            | (imm >> 63) << 36
            | ((imm >> 7) & 0x1ff) << 27
            | ((imm >> 16) & 0x1f) << 22
            | ((imm >> 21) & 1) << 21
            | (imm & 0x7f) << 13
            | 8 << 6;
        let i = decode_slot(Unit::X, x, l, 0);
        assert_eq!(i.op, Op::Movl);
        assert_eq!(i.operands(), &[Operand::Gr(8), Operand::Imm(imm as i64)]);
    }

    #[test]
    fn ia64_reserved_template_is_illegal() {
        let mut bytes = [0u8; 16];
        for t in [0x06u8, 0x07, 0x14, 0x15, 0x1a, 0x1b, 0x1e, 0x1f] {
            bytes[0] = t;
            let b = decode_bundle(&bytes, 0);
            assert!(b.insns.iter().all(|i| i.op == Op::Illegal));
        }
    }

    /// xorshift64*: a small deterministic generator for the sweeps.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
    }

    #[test]
    fn ia64_decode_is_total_on_random_bundles() {
        let mut r = Rng(0x1234_5678_9abc_def1);
        let mut legal = 0;
        for _ in 0..200_000 {
            let mut bytes = [0u8; 16];
            bytes[..8].copy_from_slice(&r.next().to_le_bytes());
            bytes[8..].copy_from_slice(&r.next().to_le_bytes());
            let b = decode_bundle(&bytes, r.next() & !0xf);
            for i in &b.insns {
                if !i.is_illegal() {
                    legal += 1;
                    assert!(i.nops <= 5 && i.nout <= i.nops);
                    assert!(i.form().is_some() || i.op == Op::LSlot);
                }
            }
            let _ = super::super::disasm::disasm_bundle(&bytes, 0);
        }
        assert!(legal > 100_000, "only {legal} legal slots");
    }

    #[test]
    fn ia64_decode_is_total_per_field_sweep() {
        // For every unit and major opcode, sweep every value of the extension
        // field bits 27-36 with the other bits random, and every value of
        // bits 6-26 in strides: nothing panics, and a machine form exists
        // wherever objdump's table (aliases included) has one.
        let t = tables();
        let mut r = Rng(42);
        for unit in [Unit::M, Unit::I, Unit::F, Unit::B, Unit::X] {
            for major in 0..16u64 {
                for ext in 0..(1u64 << 10) {
                    let low = r.next() & ((1 << 27) - 1);
                    let s = major << 37 | ext << 27 | low;
                    let i = decode_slot(unit, s, r.next() & super::super::bundle::SLOT_MASK, 0);
                    let ty = slot_type(unit, s).unwrap();
                    let shown = t.lookup(ty, s, false);
                    assert_eq!(shown.is_some(), !i.is_illegal(), "{unit:?} {s:#x}: alias without machine form");
                }
                for low in (0..(1u64 << 27)).step_by(4099) {
                    let s = major << 37 | (r.next() & (0x3ff << 27)) | low;
                    let _ = decode_slot(unit, s, 0, 0);
                }
            }
        }
    }
}
