//! Branches (SDM Vol. 3, br, brl, cover, clrrrb): br.cond, br.call,
//! br.ret, br.ia, br.cloop, br.ctop/cexit/wtop/wexit, brl.cond/call; the
//! frame changes of call and return go through `cpu::Ia64Cpu::call` and the
//! runtime's RSE helper (`br.ret` may fill from the backing store).

use super::{Ip, Lifter};
use crate::ia64::cpu::{self, rse_op, Exit, Ia64Cpu};
use crate::ia64::decode::{Btype, Insn, Op, Operand};
use cranelift_codegen::ir::InstBuilder;
use std::mem::offset_of;

/// The branch target: a constant (IP-relative) or a branch register.
fn target(l: &mut Lifter, insn: &Insn) -> Ip {
    for o in insn.inputs() {
        match *o {
            Operand::Target(t) => return Ip::K(t),
            Operand::Br(b) => {
                let v = l.ld_cpu(offset_of!(Ia64Cpu, br) + 8 * b as usize);
                // Branch targets are bundle aligned (the low 4 bits are ignored).
                let v = l.b.ins().band_imm_s(v, !0xf);
                return Ip::V(v);
            }
            _ => {}
        }
    }
    Ip::K(0)
}

fn go(l: &mut Lifter, t: Ip) {
    if let Ip::V(_) = t {
        l.next_is_jump = true;
    }
    l.exit(Exit::Normal, t);
}

/// Leave with a helper's non-zero result code (a fault) at this slot.
pub(super) fn check_helper(l: &mut Lifter, r: cranelift_codegen::ir::Value) {
    let bad = l.b.create_block();
    let cont = l.b.create_block();
    l.b.set_cold_block(bad);
    l.b.ins().brif(r, bad, &[], cont, &[]);
    l.b.seal_block(bad);
    l.b.switch_to_block(bad);
    // State was synced before the helper call.
    let ip = l.k(l.bundle | l.slot);
    l.st_cpu(ip, offset_of!(Ia64Cpu, ip));
    l.b.ins().return_(&[r]);
    l.b.seal_block(cont);
    l.b.switch_to_block(cont);
}

pub(super) fn lift(l: &mut Lifter, insn: &Insn) -> bool {
    match insn.op {
        Op::Brp => true,
        Op::Cover => {
            let _ = l.call_helper(cpu::helper_cover as *const () as usize as u64, &[]);
            l.forget_frame();
            true
        }
        Op::Clrrrb => {
            let pr_only = l.k(insn.mnemonic().ends_with(".pr") as u64);
            let _ = l.call_helper(cpu::helper_clrrrb as *const () as usize as u64, &[pr_only]);
            l.forget_frame();
            true
        }
        _ => {
            let t = target(l, insn);
            match insn.cx.btype {
                Btype::Call => {
                    // b1 = the next bundle; then the frame change.
                    let b1 = match insn.ops[0] {
                        Operand::Br(b) => b,
                        _ => 0,
                    };
                    let ret = l.k(l.bundle.wrapping_add(16));
                    l.st_cpu(ret, offset_of!(Ia64Cpu, br) + 8 * b1 as usize);
                    let _ = l.call_helper(cpu::helper_call as *const () as usize as u64, &[]);
                    l.forget_frame();
                    go(l, t);
                    false
                }
                Btype::Ret => {
                    let op = l.k(rse_op::RET);
                    let z = l.k(0);
                    let h = l.cfg.helpers.rse;
                    let r = l.call_helper(h, &[op, z]);
                    check_helper(l, r);
                    l.forget_frame();
                    go(l, t);
                    false
                }
                Btype::Ia => {
                    // No IA-32 execution: Linux ia64 gives SIGILL.
                    let s = l.k(insn.slot);
                    l.exit_here(Exit::Illegal, s);
                    false
                }
                Btype::Cloop => {
                    let lc = l.ld_cpu(offset_of!(Ia64Cpu, lc));
                    let taken = l.nz(lc);
                    let t1 = l.b2i(taken);
                    let nlc = l.b.ins().isub(lc, t1);
                    l.st_cpu(nlc, offset_of!(Ia64Cpu, lc));
                    l.side_exit(taken, t);
                    true
                }
                Btype::Ctop | Btype::Cexit | Btype::Wtop | Btype::Wexit => {
                    let kind = match insn.cx.btype {
                        Btype::Ctop => 1,
                        Btype::Cexit => 2,
                        Btype::Wtop => 3,
                        _ => 4,
                    };
                    let q = l.pred(insn.qp);
                    let k = l.k(kind);
                    let taken = l.call_helper(cpu::helper_loop as *const () as usize as u64, &[k, q]);
                    l.forget_frame();
                    let c = l.nz(taken);
                    l.side_exit(c, t);
                    let next = l.next;
                    l.exit(Exit::Normal, Ip::K(next));
                    false
                }
                _ => {
                    // br.cond / brl.cond (the qp guard made it conditional).
                    go(l, t);
                    false
                }
            }
        }
    }
}
