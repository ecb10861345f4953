//! Moves between register files and system instructions: mov to/from br,
//! pr, ar, ip, psr.um; movl; alloc, flushrs, loadrs; break, nop, hint;
//! probe; and the privileged instructions, which fault (SDM Vol. 3; Vol. 1
//! Table 3-3 for the application registers).

use super::branch::check_helper;
use super::{gr, imm, Ip, Lifter};
use crate::ia64::cpu::{self, ar, rse_op, Exit, Ia64Cpu};
use crate::ia64::decode::{Insn, Op, Operand};
use cranelift_codegen::ir::{InstBuilder, Value};
use std::mem::offset_of;

/// Offset of an application register kept as a plain field.
fn ar_field(n: u8) -> Option<usize> {
    Some(match n {
        ar::RSC => offset_of!(Ia64Cpu, rsc),
        ar::BSP => offset_of!(Ia64Cpu, bsp),
        ar::BSPSTORE => offset_of!(Ia64Cpu, bspstore),
        ar::RNAT => offset_of!(Ia64Cpu, rnat),
        ar::CSD => offset_of!(Ia64Cpu, csd),
        ar::SSD => offset_of!(Ia64Cpu, ssd),
        ar::CCV => offset_of!(Ia64Cpu, ccv),
        ar::UNAT => offset_of!(Ia64Cpu, unat),
        ar::FPSR => offset_of!(Ia64Cpu, fpsr),
        ar::PFS => offset_of!(Ia64Cpu, pfs),
        ar::LC => offset_of!(Ia64Cpu, lc),
        ar::EC => offset_of!(Ia64Cpu, ec),
        _ => return None,
    })
}

/// Logical -> physical predicates (`to_logical` false) or back, by the
/// run-time rrb.pr (cpu::pr_rotate in IR).
fn pr_rotate(l: &mut Lifter, v: Value, to_logical: bool) -> Value {
    let rrb = l.ld_cpu(offset_of!(Ia64Cpu, rrb_pr));
    let n = if to_logical {
        let k48 = l.k(48);
        l.b.ins().isub(k48, rrb)
    } else {
        rrb
    };
    let f = l.b.ins().ushr_imm_s(v, 16);
    let m = (1i64 << 48) - 1;
    let f = l.b.ins().band_imm_s(f, m);
    let a = l.b.ins().ishl(f, n);
    let k48 = l.k(48);
    let rn = l.b.ins().isub(k48, n);
    let b = l.b.ins().ushr(f, rn);
    let r = l.b.ins().bor(a, b);
    let r = l.b.ins().band_imm_s(r, m);
    let r = l.b.ins().ishl_imm_s(r, 16);
    let low = l.b.ins().band_imm_s(v, 0xffff);
    l.b.ins().bor(r, low)
}

/// ar.rnat and ar.bspstore may only be accessed with the RSE in enforced
/// lazy mode (ar.rsc.mode = 0), else Illegal Operation (SDM Vol. 2, 6.3).
fn lazy_mode_only(l: &mut Lifter, insn: &Insn) {
    let rsc = l.ld_cpu(offset_of!(Ia64Cpu, rsc));
    let mode = l.b.ins().band_imm_s(rsc, 3);
    let bad = l.nz(mode);
    let s = l.k(insn.slot);
    l.trap_if(bad, Exit::Illegal, s);
}

fn fault(l: &mut Lifter, insn: &Insn, code: Exit) -> bool {
    let s = l.k(insn.slot);
    l.exit_here(code, s);
    false
}

pub(super) fn lift(l: &mut Lifter, insn: &Insn) -> bool {
    match insn.op {
        Op::Nop | Op::Hint | Op::Epc | Op::Fwb => true,
        Op::Break => {
            let v = imm(insn, 0) as u64;
            if v == 0x100000 {
                // A Linux system call: resume after the break.
                let next = l.next;
                let a = l.k(v);
                l.st_cpu(a, offset_of!(Ia64Cpu, exit_arg));
                l.exit(Exit::Syscall, Ip::K(next));
            } else {
                let a = l.k(v);
                l.exit_here(Exit::Break, a);
            }
            false
        }
        Op::Movl => {
            let v = l.k(imm(insn, 1) as u64);
            l.setv(gr(insn, 0), v);
            true
        }
        Op::MovToBr => {
            let Operand::Br(b) = insn.ops[0] else { return l.unimplemented(insn) };
            let (v, n) = l.get(gr(insn, 1));
            l.nat_fault_if(n);
            l.st_cpu(v, offset_of!(Ia64Cpu, br) + 8 * b as usize);
            true
        }
        Op::MovFromBr => {
            let Operand::Br(b) = insn.ops[1] else { return l.unimplemented(insn) };
            let v = l.ld_cpu(offset_of!(Ia64Cpu, br) + 8 * b as usize);
            l.setv(gr(insn, 0), v);
            true
        }
        // Whole-file predicate moves address the physical file (see
        // cpu::Ia64Cpu::pr_physical): convert around the logical `pr`.
        Op::MovToPr => {
            let (v, n) = l.get(gr(insn, 1));
            l.nat_fault_if(n);
            let mask = imm(insn, 2) & !1;
            let old = l.prs();
            let old = pr_rotate(l, old, false);
            let keep = l.b.ins().band_imm_s(old, !mask);
            let new = l.b.ins().band_imm_s(v, mask);
            let r = l.b.ins().bor(keep, new);
            let r = pr_rotate(l, r, true);
            l.set_prs(r);
            true
        }
        Op::MovToPrRot => {
            let v = imm(insn, 1) & !0xffff;
            let old = l.prs();
            let keep = l.b.ins().band_imm_s(old, 0xffff);
            let r = l.b.ins().bor_imm_s(keep, v);
            let r = pr_rotate(l, r, true);
            l.set_prs(r);
            true
        }
        Op::MovFromPr => {
            let v = l.prs();
            let v = pr_rotate(l, v, false);
            l.setv(gr(insn, 0), v);
            true
        }
        Op::MovFromIp => {
            let v = l.k(l.bundle);
            l.setv(gr(insn, 0), v);
            true
        }
        Op::MovFromPsrUm => {
            let v = l.k(0);
            l.setv(gr(insn, 0), v);
            true
        }
        // The user mask (be, up, ac, mfl, mfh): nothing lastmile models.
        Op::MovToPsrUm | Op::Sum | Op::Rum => true,
        Op::MovFromAr => {
            let Operand::Ar(n) = insn.ops[1] else { return l.unimplemented(insn) };
            if matches!(n, ar::RNAT | ar::BSPSTORE) {
                lazy_mode_only(l, insn);
            }
            let v = match n {
                ar::K0..=ar::K7 => l.k(0),
                ar::ITC => l.call_helper(cpu::helper_itc as *const () as usize as u64, &[]),
                _ => match ar_field(n) {
                    Some(off) => l.ld_cpu(off),
                    None => return fault(l, insn, Exit::Illegal),
                },
            };
            l.setv(gr(insn, 0), v);
            true
        }
        Op::MovToAr => {
            let Operand::Ar(n) = insn.ops[0] else { return l.unimplemented(insn) };
            let (v, nat) = l.operand(insn.ops[1]);
            match n {
                ar::K0..=ar::K7 | ar::ITC | ar::RUC => return fault(l, insn, Exit::PrivReg),
                ar::BSP => return fault(l, insn, Exit::Illegal),
                _ => {}
            }
            if matches!(n, ar::RNAT | ar::BSPSTORE) {
                lazy_mode_only(l, insn);
            }
            l.nat_fault_if(nat);
            if n == ar::RSC {
                // Reserved fields of ar.rsc (bits 15:5, 63:30).
                let bad = l.b.ins().band_imm_s(v, !0x3fff_001fi64);
                let bad = l.nz(bad);
                let s = l.k(insn.slot);
                l.trap_if(bad, Exit::Reserved, s);
            }
            match n {
                ar::BSPSTORE => {
                    let _ = l.call_helper(cpu::helper_set_bspstore as *const () as usize as u64, &[v]);
                }
                ar::RSC => {
                    // mode, pl (never more privileged than 3), be, loadrs
                    let m = l.b.ins().band_imm_s(v, 0x3fff_0013);
                    let m = l.b.ins().bor_imm_s(m, 0xc);
                    l.st_cpu(m, offset_of!(Ia64Cpu, rsc));
                }
                ar::EC => {
                    let m = l.b.ins().band_imm_s(v, 0x3f);
                    l.st_cpu(m, offset_of!(Ia64Cpu, ec));
                }
                ar::RNAT => {
                    // Bit 63 always reads as zero and ignores writes (SDM
                    // Vol. 1, 3.1.8.5).
                    let m = l.b.ins().band_imm_s(v, i64::MAX);
                    l.st_cpu(m, offset_of!(Ia64Cpu, rnat));
                }
                ar::PFS => {
                    // Reserved fields read as written on Linux: keep it whole.
                    l.st_cpu(v, offset_of!(Ia64Cpu, pfs));
                }
                _ => match ar_field(n) {
                    Some(off) => l.st_cpu(v, off),
                    None => return fault(l, insn, Exit::Illegal),
                },
            }
            true
        }
        Op::Alloc => {
            let (sof, sol, sor) = (imm(insn, 2) as u64, imm(insn, 3) as u64, imm(insn, 4) as u64);
            let r1 = gr(insn, 0);
            if sol > sof || sor > sof || sof > 96 || (r1 >= 32 && (r1 - 32) as u64 >= sof) {
                return fault(l, insn, Exit::Illegal);
            }
            let pfs = l.ld_cpu(offset_of!(Ia64Cpu, pfs));
            let op = l.k(rse_op::ALLOC);
            let arg = l.k(sof | sol << 8 | sor << 16);
            let h = l.cfg.helpers.rse;
            let r = l.call_helper(h, &[op, arg]);
            check_helper(l, r);
            l.forget_frame();
            l.sof_ok = sof;
            l.setv(r1, pfs);
            true
        }
        Op::Flushrs | Op::Loadrs => {
            let op = l.k(if insn.op == Op::Flushrs { rse_op::FLUSHRS } else { rse_op::LOADRS });
            let z = l.k(0);
            let h = l.cfg.helpers.rse;
            let r = l.call_helper(h, &[op, z]);
            check_helper(l, r);
            l.forget_frame();
            true
        }
        Op::Probe => {
            // probe.r/.w r1=r3,pl: 1 when the page is accessible (the
            // runtime's view); the .fault forms only check.
            if insn.nout == 0 {
                return true;
            }
            let (a, n) = l.get(gr(insn, 1));
            l.nat_fault_if(n);
            let one = l.k(1);
            let h = l.cfg.helpers.spec_ok;
            let r = l.call_helper(h, &[a, one]);
            l.setv(gr(insn, 0), r);
            true
        }
        Op::MovFromInd => {
            // cpuid[] and pmd[] are readable from user mode; report zeros.
            let v = l.k(0);
            l.setv(gr(insn, 0), v);
            true
        }
        Op::Thash | Op::Ttag => {
            let v = l.k(0);
            l.setv(gr(insn, 0), v);
            true
        }
        Op::MovToDahr => true,
        Op::MovToCr | Op::MovFromCr | Op::MovToPsr | Op::MovFromPsr => fault(l, insn, Exit::Privileged),
        Op::Rfi | Op::Bsw | Op::Ssm | Op::Rsm | Op::Itc | Op::Itr | Op::PtcL | Op::PtcG | Op::PtcE | Op::Ptr | Op::Tpa
        | Op::Tak | Op::MovToInd | Op::Vmsw => fault(l, insn, Exit::Privileged),
        _ => l.unimplemented(insn),
    }
}
