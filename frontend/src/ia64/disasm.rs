//! objdump-compatible IA-64 disassembler.
//!
//! GNU objdump (binutils 2.40, `ia64-linux-gnu-objdump -d`) prints a bundle
//! as three lines, one per slot, each after the address and up to six bytes
//! of the bundle (bytes 0-5, 6-11, 12-15), a tab after the address and one
//! after the bytes (shown here as `→`):
//!
//! ```text
//!    0:→00 28 9b cf 00 60 →[MII]       add r101=r102,r103
//!    6:→80 4e ab 01 40 60 →      (p01) add r104=r105,r106
//!    c:→cd 6e 07 80       →            add r107=r108,r109,1;;
//! ```
//!
//! The text of a line ([`disasm_bundle`]) is: `[TPL] ` on slot 0 and six
//! spaces on the others; the qualifying predicate as `(pNN) ` or six spaces
//! (also for qp = 0 and for unpredicated instructions); the mnemonic with its
//! completers; a space and the operands, outputs before `=`, all separated by
//! `,` without spaces; `;;` when an instruction group ends after the slot. An
//! MLX bundle has two instructions: the X instruction (with the L slot's bits)
//! prints on the second line, and objdump's third line holds only the last
//! four bytes, so its text is empty. A slot that does not decode, and every
//! slot of a reserved template (`[-3-]`, `[-a-]`, `[-d-]`, `[-f-]`), prints
//! as `      data8 0x...` with the slot value and no stop.
//!
//! Operands print as objdump prints them: registers `r`, `f`, `p`, `b`
//! followed by the number, application and control registers by name
//! (`ar.lc`, `cr.iva`, `ar45`), memory as `[r3]`, signed immediates in decimal
//! and bit masks, break/nop codes and long immediates in hex, branch targets
//! as the absolute address in hex without `0x` (objdump appends ` <symbol>`
//! when the file has symbols; we print no symbols); in a file without any
//! symbol objdump writes `0x1230` instead ([`Targets::NoSymbols`]).

use super::bundle::{template_name, RawBundle, Unit, TEMPLATES};
use super::decode::{extract, slot_type, Operand};
use super::tables::{tables, Form, Kind, NOPRED};
use std::fmt::Write;

/// How branch targets print. objdump prints `1230 <sym+0x30>` when the file
/// has symbols (we print the `1230` part) and `0x1230` when it has none.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Targets {
    #[default]
    Symbolized,
    NoSymbols,
}

/// The text objdump prints for the three lines of the bundle at `addr`
/// (after the address and byte columns), for a file with symbols. For MLX
/// bundles the third string is empty: objdump prints only bytes on that line.
pub fn disasm_bundle(bytes: &[u8; 16], addr: u64) -> [String; 3] {
    disasm_bundle_with(bytes, addr, Targets::Symbolized)
}

/// [`disasm_bundle`] with a choice of branch-target style.
pub fn disasm_bundle_with(bytes: &[u8; 16], addr: u64, targets: Targets) -> [String; 3] {
    let raw = RawBundle::from_bytes(bytes);
    let t = &TEMPLATES[raw.template as usize];
    let mut out = [String::new(), String::new(), String::new()];
    for (i, line) in out.iter_mut().enumerate() {
        if i == 0 {
            let _ = write!(line, "[{}] ", template_name(raw.template));
        } else {
            line.push_str("      ");
        }
        let Some(units) = t.units else {
            push_data8(line, raw.slots[i]);
            continue;
        };
        if units[i] == Unit::L {
            // The line carries the X instruction; the next one is bytes only.
            slot_text(line, Unit::X, raw.slots[2], raw.slots[1], addr, t.stops[2], targets);
            break;
        }
        slot_text(line, units[i], raw.slots[i], raw.slots[1], addr, t.stops[i], targets);
    }
    out
}

/// The text of one slot, without the template column: `(p06) add r1=r2,r3;;`.
/// `lslot` is the bundle's L slot (for X-unit instructions), `stop` whether a
/// stop follows the slot.
pub fn disasm_slot(unit: Unit, slot: u64, lslot: u64, addr: u64, stop: bool) -> String {
    let mut s = String::new();
    slot_text(&mut s, unit, slot, lslot, addr, stop, Targets::Symbolized);
    s
}

fn push_data8(line: &mut String, slot: u64) {
    // objdump uses "%#011llx": no 0x prefix for zero.
    if slot == 0 {
        line.push_str("      data8 00000000000");
    } else {
        let _ = write!(line, "      data8 {slot:#011x}");
    }
}

fn slot_text(line: &mut String, unit: Unit, slot: u64, lslot: u64, addr: u64, stop: bool, targets: Targets) {
    let t = tables();
    let form = slot_type(unit, slot).and_then(|ty| t.lookup(ty, slot, false)).map(|i| &t.forms[i as usize]);
    let Some(f) = form else {
        push_data8(line, slot);
        return;
    };
    let qp = slot & 0x3f;
    if f.flags & NOPRED != 0 || qp == 0 {
        line.push_str("      ");
    } else {
        let _ = write!(line, "(p{qp:02}) ");
    }
    push_form(line, f, slot, lslot, addr, targets);
    if stop {
        line.push_str(";;");
    }
}

fn push_form(line: &mut String, f: &Form, slot: u64, lslot: u64, addr: u64, targets: Targets) {
    line.push_str(&f.name);
    let kinds = f.operands();
    if !kinds.is_empty() {
        line.push(' ');
    }
    let mut comma = false;
    for (j, &k) in kinds.iter().enumerate() {
        if comma {
            line.push(',');
        }
        push_operand(line, k, extract(k, slot, lslot, addr), targets);
        comma = true;
        if j + 1 == f.nout as usize {
            line.push('=');
            comma = false;
        }
    }
}

/// Application register names objdump knows (others print as `arN`).
pub fn ar_name(n: u8) -> Option<&'static str> {
    Some(match n {
        0 => "ar.k0",
        1 => "ar.k1",
        2 => "ar.k2",
        3 => "ar.k3",
        4 => "ar.k4",
        5 => "ar.k5",
        6 => "ar.k6",
        7 => "ar.k7",
        16 => "ar.rsc",
        17 => "ar.bsp",
        18 => "ar.bspstore",
        19 => "ar.rnat",
        21 => "ar.fcr",
        24 => "ar.eflag",
        25 => "ar.csd",
        26 => "ar.ssd",
        27 => "ar.cflg",
        28 => "ar.fsr",
        29 => "ar.fir",
        30 => "ar.fdr",
        32 => "ar.ccv",
        36 => "ar.unat",
        40 => "ar.fpsr",
        44 => "ar.itc",
        45 => "ar.ruc",
        64 => "ar.pfs",
        65 => "ar.lc",
        66 => "ar.ec",
        _ => return None,
    })
}

/// Control register names objdump knows (others print as `crN`).
pub fn cr_name(n: u8) -> Option<&'static str> {
    Some(match n {
        0 => "cr.dcr",
        1 => "cr.itm",
        2 => "cr.iva",
        8 => "cr.pta",
        16 => "cr.ipsr",
        17 => "cr.isr",
        19 => "cr.iip",
        20 => "cr.ifa",
        21 => "cr.itir",
        22 => "cr.iipa",
        23 => "cr.ifs",
        24 => "cr.iim",
        25 => "cr.iha",
        26 => "cr.iib0",
        27 => "cr.iib1",
        64 => "cr.lid",
        65 => "cr.ivr",
        66 => "cr.tpr",
        67 => "cr.eoi",
        68 => "cr.irr0",
        69 => "cr.irr1",
        70 => "cr.irr2",
        71 => "cr.irr3",
        72 => "cr.itv",
        73 => "cr.pmv",
        74 => "cr.cmcv",
        80 => "cr.lrr0",
        81 => "cr.lrr1",
        _ => return None,
    })
}

/// How objdump prints an immediate of each kind.
enum Radix {
    Signed,
    Unsigned,
    Hex,
}

fn radix(k: Kind) -> Radix {
    use Kind::*;
    match k {
        Imm1 | Imm8 | Imm8U4 | Imm8M1 | Imm8M1U4 | Imm8M1U8 | Imm9a | Imm9b | Imm14 | Imm22 | Inc3 | LfStride5 => {
            Radix::Signed
        }
        Ccount5 | Count2a | Count2b | Count2c | Count5 | Count6 | Cpos6a | Cpos6b | Cpos6c | Imm2 | Imm5b | Sof
        | Sol | Sor | Imm16 | Imm19 | Len4 | Len6 | Pos6 | LfCount6 => Radix::Unsigned,
        _ => Radix::Hex,
    }
}

fn push_operand(line: &mut String, k: Kind, v: Operand, targets: Targets) {
    use Kind as K;
    let fixed = match k {
        K::ArCsd => Some("ar.csd"),
        K::ArCcv => Some("ar.ccv"),
        K::ArPfs => Some("ar.pfs"),
        K::One => Some("1"),
        K::Eight => Some("8"),
        K::Sixteen => Some("16"),
        K::Gr0 => Some("r0"),
        K::Ip => Some("ip"),
        K::Pr => Some("pr"),
        K::PrRot => Some("pr.rot"),
        K::Psr => Some("psr"),
        K::PsrL => Some("psr.l"),
        K::PsrUm => Some("psr.um"),
        _ => None,
    };
    if let Some(s) = fixed {
        line.push_str(s);
        return;
    }
    let _ = match v {
        Operand::Gr(n) => write!(line, "r{n}"),
        Operand::Fr(n) => write!(line, "f{n}"),
        Operand::Pr(n) => write!(line, "p{n}"),
        Operand::Br(n) => write!(line, "b{n}"),
        Operand::Dahr(n) => write!(line, "dahr{n}"),
        Operand::Ar(n) => match ar_name(n) {
            Some(s) => write!(line, "{s}"),
            None => write!(line, "ar{n}"),
        },
        Operand::Cr(n) => match cr_name(n) {
            Some(s) => write!(line, "{s}"),
            None => write!(line, "cr{n}"),
        },
        Operand::Mem(n) => write!(line, "[r{n}]"),
        Operand::Ind(f, n) => write!(line, "{}[r{n}]", f.name()),
        Operand::Target(a) if targets == Targets::NoSymbols => write!(line, "{a:#x}"),
        Operand::Target(a) => write!(line, "{a:x}"),
        Operand::Imm(x) if k == K::Mbtype4 => match x {
            0 => write!(line, "@brcst"),
            8 => write!(line, "@mix"),
            9 => write!(line, "@shuf"),
            0xa => write!(line, "@alt"),
            0xb => write!(line, "@rev"),
            _ => write!(line, "{:#x}", x as u64),
        },
        Operand::Imm(x) => match radix(k) {
            Radix::Signed => write!(line, "{x}"),
            Radix::Unsigned => write!(line, "{}", x as u64),
            Radix::Hex => write!(line, "0x{:x}", x as u64),
        },
        Operand::None
        | Operand::Ip
        | Operand::Preds
        | Operand::PredsRot
        | Operand::Psr
        | Operand::PsrL
        | Operand::PsrUm => Ok(()),
    };
}

/// The width objdump gives the address column of a section that starts at
/// `vma` and ends (exclusive) at `end`: leading zeros of the end address are
/// dropped in groups of four, keeping at least one.
pub fn objdump_address_width(vma: u64, end: u64) -> usize {
    let s = format!("{end:016x}");
    let mut skip = s.bytes().take_while(|&c| c == b'0').count();
    if skip == 16 && vma != 0 {
        skip = 0;
    }
    if skip != 0 {
        skip = (skip - 1) & !3;
    }
    16 - skip
}

/// The complete lines `objdump -d` prints for the bundle at `addr`
/// (address column `width` wide, see [`objdump_address_width`]), newlines
/// excluded. For MLX the third line is objdump's continuation line: bytes
/// 12-15 only.
pub fn objdump_lines(bytes: &[u8; 16], addr: u64, width: usize) -> [String; 3] {
    let text = disasm_bundle(bytes, addr);
    let mlx = TEMPLATES[(bytes[0] & 0x1f) as usize].units.is_some_and(|u| u[1] == Unit::L);
    let hex = |r: std::ops::Range<usize>| bytes[r].iter().map(|b| format!("{b:02x} ")).collect::<String>();
    let a = |off: u64| format!("{:>width$x}:\t", addr.wrapping_add(off));
    [
        format!("{}{}\t{}", a(0), hex(0..6), text[0]),
        format!("{}{}\t{}", a(6), hex(6..12), text[1]),
        if mlx { format!("{}{}", a(12), hex(12..16)) } else { format!("{}{}      \t{}", a(12), hex(12..16), text[2]) },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle(lo: u64, hi: u64) -> [u8; 16] {
        let mut b = [0u8; 16];
        b[..8].copy_from_slice(&lo.to_le_bytes());
        b[8..].copy_from_slice(&hi.to_le_bytes());
        b
    }

    #[test]
    fn ia64_disasm_add_bundle_as_objdump_prints_it() {
        // From `objdump -d` of binutils' opc-a.s: the first bundle.
        let b = [0x00, 0x28, 0x9b, 0xcf, 0x00, 0x60, 0x80, 0x4e, 0xab, 0x01, 0x40, 0x60, 0xcd, 0x6e, 0x07, 0x80];
        assert_eq!(
            disasm_bundle(&b, 0),
            [
                "[MII]       add r101=r102,r103".to_string(),
                "      (p01) add r104=r105,r106".to_string(),
                "            add r107=r108,r109,1".to_string(),
            ]
        );
        assert_eq!(objdump_lines(&b, 0, 4)[2], "   c:\tcd 6e 07 80       \t            add r107=r108,r109,1");
    }

    #[test]
    fn ia64_disasm_movl_and_reserved_templates() {
        let b = [0x04, 0x00, 0x00, 0x00, 0x01, 0x80, 0x9a, 0x78, 0x56, 0x34, 0x12, 0x00, 0x01, 0x97, 0xf7, 0x66];
        let t = disasm_bundle(&b, 0);
        assert_eq!(t[0], "[MLX]       nop.m 0x0");
        assert_eq!(t[1], "            movl r8=0x123456789abcdef0");
        assert_eq!(t[2], "");
        assert_eq!(objdump_lines(&b, 0, 4)[2], "   c:\t01 97 f7 66 ");
        let r = disasm_bundle(&bundle(0x06, 0), 0);
        assert_eq!(r[0], "[-3-]       data8 00000000000");
    }

    #[test]
    fn ia64_address_width_follows_objdump() {
        assert_eq!(objdump_address_width(0, 0xd0), 4);
        assert_eq!(objdump_address_width(0, 0x12345), 8);
        assert_eq!(objdump_address_width(0x4000000000000000, 0x4000000000000200), 16);
    }
}
