//! Memory: integer loads and stores of every size and type, with base
//! update; ld16/st16; cmpxchg, cmp8xchg16, xchg, fetchadd (host atomics);
//! speculation and the ALAT (ld.s, ld.a, ld.sa, ld.c, chk.s, chk.a, invala);
//! ld8.fill / st8.spill with ar.unat; lfetch, mf, fc, fwb, srlz (no-ops)
//! and sync.i (an exit). SDM Vol. 3 pages of the same names, Vol. 1 4.4.
//!
//! Speculative loads ask the runtime (`Helpers::spec_ok`) whether the
//! access would succeed; if not they write NaT, as Linux does for ld.s on
//! an unmapped address (arch/ia64/mm/fault.c sets psr.ed and retries).

use super::{gr, imm, Ip, Lifter};
use crate::ia64::cpu::{Exit, Ia64Cpu};
use crate::ia64::decode::{Insn, LdType, Op, Operand};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I16, I32, I64, I8};
use cranelift_codegen::ir::{AtomicRmwOp, InstBuilder, MemFlagsData, Type, Value};
use std::mem::offset_of;

fn ty(size: u8) -> Type {
    match size {
        1 => I8,
        2 => I16,
        4 => I32,
        _ => I64,
    }
}

/// Load `size` bytes at host address `h`, zero-extended.
pub(super) fn load_int(l: &mut Lifter, size: u8, h: Value, off: i32) -> Value {
    let f = MemFlagsData::new();
    match size {
        1 => l.b.ins().uload8(I64, f, h, off),
        2 => l.b.ins().uload16(I64, f, h, off),
        4 => l.b.ins().uload32(f, h, off),
        _ => l.b.ins().load(I64, f, h, off),
    }
}

pub(super) fn store_int(l: &mut Lifter, size: u8, v: Value, h: Value, off: i32) {
    let f = MemFlagsData::new();
    match size {
        1 => l.b.ins().istore8(f, v, h, off),
        2 => l.b.ins().istore16(f, v, h, off),
        4 => l.b.ins().istore32(f, v, h, off),
        _ => l.b.ins().store(f, v, h, off),
    };
}

/// The ALAT's name for GR r: the byte offset of its physical home.
pub(super) fn alat_id_gr(l: &mut Lifter, r: u8) -> Value {
    if r < 32 {
        l.k((offset_of!(Ia64Cpu, gr) + 8 * r as usize) as u64)
    } else {
        let n = (r - 32) as usize;
        let i = l.ld_cpu(offset_of!(Ia64Cpu, gr_map) + 8 * n);
        let i = l.b.ins().ishl_imm_s(i, 3);
        l.b.ins().iadd_imm_s(i, offset_of!(Ia64Cpu, stk) as i64)
    }
}

pub(super) fn alat(l: &mut Lifter, op: u64, reg: Value, addr: Value, size: u64) -> Value {
    let o = l.k(op);
    let s = l.k(size);
    l.call_helper(crate::ia64::cpu::helper_alat as *const () as usize as u64, &[o, reg, addr, s])
}

/// Stores invalidate ALAT entries they overlap (only looked at when the
/// ALAT holds something).
pub(super) fn alat_store(l: &mut Lifter, addr: Value, size: u64) {
    let n = l.ld_cpu(offset_of!(Ia64Cpu, alat_count));
    let call = l.b.create_block();
    let cont = l.b.create_block();
    l.b.set_cold_block(call);
    l.b.ins().brif(n, call, &[], cont, &[]);
    l.b.seal_block(call);
    l.b.switch_to_block(call);
    // The helper call syncs the state on this path only.
    let saved = l.save();
    let z = l.k(0);
    let _ = alat(l, 3, z, addr, size);
    l.restore(saved);
    l.b.ins().jump(cont, &[]);
    l.b.seal_block(cont);
    l.b.switch_to_block(cont);
}

/// Base update of a load/store/lfetch: r3 += the operand after the memory one.
fn update(l: &mut Lifter, insn: &Insn, r3: u8, base: Value, nbase: Value) {
    if !insn.cx.update {
        return;
    }
    let mi = insn.operands().iter().position(|o| matches!(o, Operand::Mem(_))).unwrap_or(0);
    // The increment is the last operand (after the memory operand and,
    // for stores, the data register; decode flags `update` only when it
    // is there).
    let inc = *insn.operands().last().expect("a base-update form has an increment");
    debug_assert!(insn.nops as usize > mi + 1 + usize::from(matches!(insn.op, Op::St | Op::Stf)));
    let (iv, inat) = l.operand(inc);
    let nv = l.b.ins().iadd(base, iv);
    // The base's NaT as it is now (0 after a passed consumption check).
    let nbase = if l.st[r3 as usize] != super::RegState::Unloaded { l.get(r3).1 } else { nbase };
    let nn = l.nat_or(nbase, inat);
    l.set(r3, nv, nn);
}

fn mem_reg(insn: &Insn) -> u8 {
    insn.operands().iter().find_map(|o| if let Operand::Mem(r) = o { Some(*r) } else { None }).unwrap_or(0)
}

/// The target of chk.s/chk.a.
fn target(insn: &Insn) -> u64 {
    insn.operands().iter().find_map(|o| if let Operand::Target(t) = o { Some(*t) } else { None }).unwrap_or(0)
}

/// A speculative load: (value, NaT). NaT address or an access that would
/// fault gives (0, 1) without touching memory.
fn spec_load(l: &mut Lifter, size: u8, addr: Value, nat: Value) -> (Value, Value) {
    let sz = l.k(size as u64);
    let h = l.cfg.helpers.spec_ok;
    let ok = l.call_helper(h, &[addr, sz]);
    let nn = l.b.ins().bxor_imm_s(nat, 1);
    let ok = l.b.ins().band(ok, nn);
    // A misaligned speculative load defers too (Linux's unaligned handler
    // retries it with deferral on: NaT).
    let low = l.b.ins().band_imm_s(addr, (size as i64 - 1).max(0));
    let aligned = l.b.ins().icmp_imm_s(IntCC::Equal, low, 0);
    let aligned = l.b.ins().uextend(I64, aligned);
    let ok = l.b.ins().band(ok, aligned);
    let yes = l.b.create_block();
    let join = l.b.create_block();
    l.b.append_block_param(join, I64);
    l.b.append_block_param(join, I64);
    let zero = l.k(0);
    let one = l.k(1);
    l.b.ins().brif(ok, yes, &[], join, &[zero.into(), one.into()]);
    l.b.seal_block(yes);
    l.b.switch_to_block(yes);
    let ha = l.host_addr(addr);
    let v = load_int(l, size, ha, 0);
    let z = l.k(0);
    l.b.ins().jump(join, &[v.into(), z.into()]);
    l.b.seal_block(join);
    l.b.switch_to_block(join);
    let p = l.b.block_params(join);
    (p[0], p[1])
}

pub(super) fn lift(l: &mut Lifter, insn: &Insn) -> bool {
    match insn.op {
        Op::Ld => {
            let r1 = gr(insn, 0);
            let r3 = mem_reg(insn);
            let size = insn.cx.size;
            let (a, na) = l.get(r3);
            let lt = insn.cx.ldtype;
            match lt {
                LdType::S | LdType::Sa => {
                    let (v, n) = spec_load(l, size, a, na);
                    if lt == LdType::Sa {
                        // An entry only for a load that produced a value.
                        let id = alat_id_gr(l, r1);
                        let okb = l.b.create_block();
                        let cont = l.b.create_block();
                        l.b.ins().brif(n, cont, &[], okb, &[]);
                        l.b.seal_block(okb);
                        l.b.switch_to_block(okb);
                        let saved = l.save();
                        let _ = alat(l, 0, id, a, size as u64);
                        l.restore(saved);
                        l.b.ins().jump(cont, &[]);
                        l.b.seal_block(cont);
                        l.b.switch_to_block(cont);
                    }
                    l.set(r1, v, n);
                }
                LdType::CClr | LdType::CNc | LdType::CClrAcq => {
                    // Check load: keep r1 if the ALAT still has its entry.
                    let id = alat_id_gr(l, r1);
                    let (old, oldn) = l.get(r1);
                    let op = if lt == LdType::CNc { 1 } else { 2 };
                    let hit = alat(l, op, id, a, size as u64);
                    let miss = l.b.create_block();
                    let join = l.b.create_block();
                    l.b.append_block_param(join, I64);
                    l.b.append_block_param(join, I64);
                    l.b.ins().brif(hit, join, &[old.into(), oldn.into()], miss, &[]);
                    l.b.seal_block(miss);
                    l.b.switch_to_block(miss);
                    let saved = l.save();
                    l.sync(); // first: the fault exits below then write back nothing
                    l.nat_fault_if(na);
                    l.nat_checked(r3);
                    l.sync();
                    let h = l.host_addr(a);
                    let v = load_int(l, size, h, 0);
                    if lt == LdType::CNc {
                        let _ = alat(l, 0, id, a, size as u64);
                    }
                    let z = l.k(0);
                    l.restore(saved);
                    l.b.ins().jump(join, &[v.into(), z.into()]);
                    l.b.seal_block(join);
                    l.b.switch_to_block(join);
                    let p = l.b.block_params(join).to_vec();
                    l.set(r1, p[0], p[1]);
                }
                _ => {
                    l.sync(); // first: the fault exits below then write back nothing
                    l.nat_fault_if(na);
                    l.nat_checked(r3);
                    if lt == LdType::Fill {
                        l.align_fault_if(a, 8);
                    }
                    l.sync();
                    let h = l.host_addr(a);
                    let v = load_int(l, size, h, 0);
                    if lt == LdType::Fill {
                        // NaT from ar.unat bit (addr >> 3) & 63.
                        let u = l.ld_cpu(offset_of!(Ia64Cpu, unat));
                        let s = l.b.ins().ushr_imm_s(a, 3);
                        let s = l.b.ins().band_imm_s(s, 63);
                        let bit = l.b.ins().ushr(u, s);
                        let bit = l.b.ins().band_imm_s(bit, 1);
                        l.set(r1, v, bit);
                    } else {
                        l.setv(r1, v);
                    }
                    if lt == LdType::A {
                        let id = alat_id_gr(l, r1);
                        let _ = alat(l, 0, id, a, size as u64);
                    }
                }
            }
            update(l, insn, r3, a, na);
        }
        Op::Ld16 => {
            let r1 = gr(insn, 0);
            let r3 = mem_reg(insn);
            let (a, na) = l.get(r3);
            l.sync(); // first: the fault exits below then write back nothing
            l.nat_fault_if(na);
            l.nat_checked(r3);
            l.align_fault_if(a, 16);
            l.sync();
            let h = l.host_addr(a);
            let v = load_int(l, 8, h, 0);
            let c = load_int(l, 8, h, 8);
            l.st_cpu(c, offset_of!(Ia64Cpu, csd));
            l.setv(r1, v);
        }
        Op::St | Op::St16 => {
            let r3 = mem_reg(insn);
            let r2 = gr(insn, 1);
            let size = if insn.op == Op::St16 { 16 } else { insn.cx.size };
            let (a, na) = l.get(r3);
            let (v, nv) = l.get(r2);
            l.sync(); // first: the fault exits below then write back nothing
            l.nat_fault_if(na);
            l.nat_checked(r3);
            let spill = insn.cx.ldtype == LdType::Spill;
            if !spill {
                l.nat_fault_if(nv);
                l.nat_checked(r2);
            }
            if spill || size == 16 {
                l.align_fault_if(a, size as u64);
            }
            alat_store(l, a, size as u64);
            l.sync();
            let h = l.host_addr(a);
            if size == 16 {
                store_int(l, 8, v, h, 0);
                let c = l.ld_cpu(offset_of!(Ia64Cpu, csd));
                store_int(l, 8, c, h, 8);
            } else {
                store_int(l, size, v, h, 0);
            }
            if spill {
                // ar.unat bit (addr >> 3) & 63 = NaT of r2.
                let u = l.ld_cpu(offset_of!(Ia64Cpu, unat));
                let s = l.b.ins().ushr_imm_s(a, 3);
                let s = l.b.ins().band_imm_s(s, 63);
                let one = l.k(1);
                let m = l.b.ins().ishl(one, s);
                let cleared = l.b.ins().band_not(u, m);
                let bit = l.b.ins().ishl(nv, s);
                let u2 = l.b.ins().bor(cleared, bit);
                l.st_cpu(u2, offset_of!(Ia64Cpu, unat));
            }
            update(l, insn, r3, a, na);
        }
        Op::Cmpxchg | Op::Xchg | Op::Fetchadd => {
            let r1 = gr(insn, 0);
            let r3 = mem_reg(insn);
            let size = insn.cx.size;
            let (a, na) = l.get(r3);
            l.sync(); // first: the fault exits below then write back nothing
            l.nat_fault_if(na);
            l.nat_checked(r3);
            l.align_fault_if(a, size as u64);
            let t = ty(size);
            let newv = if insn.op == Op::Fetchadd {
                l.k(imm(insn, 2) as u64)
            } else {
                let (v, nv) = l.get(gr(insn, 2));
                l.nat_fault_if(nv);
                v
            };
            alat_store(l, a, size as u64);
            l.sync();
            let h = l.host_addr(a);
            let nn = if t == I64 { newv } else { l.b.ins().ireduce(t, newv) };
            let f = MemFlagsData::new();
            let old = match insn.op {
                Op::Cmpxchg => {
                    // The zero-extended memory value is compared with all of
                    // ar.ccv: with bits above the size set it never matches
                    // (then the CAS writes back what it found: no change).
                    let c = l.ld_cpu(offset_of!(Ia64Cpu, ccv));
                    if t == I64 {
                        l.b.ins().atomic_cas(f, h, c, nn)
                    } else {
                        let hi = l.b.ins().ushr_imm_s(c, 8 * size as i64);
                        let fits = l.b.ins().icmp_imm_s(IntCC::Equal, hi, 0);
                        let c = l.b.ins().ireduce(t, c);
                        let nn = l.b.ins().select(fits, nn, c);
                        l.b.ins().atomic_cas(f, h, c, nn)
                    }
                }
                Op::Xchg => l.b.ins().atomic_rmw(t, f, AtomicRmwOp::Xchg, h, nn),
                _ => l.b.ins().atomic_rmw(t, f, AtomicRmwOp::Add, h, nn),
            };
            let old = if t == I64 { old } else { l.b.ins().uextend(I64, old) };
            l.setv(r1, old);
        }
        Op::Cmp8xchg16 => {
            // Single-threaded model: compare 8 bytes, write 16.
            let r1 = gr(insn, 0);
            let r3 = mem_reg(insn);
            let (a, na) = l.get(r3);
            let (v, nv) = l.get(gr(insn, 2));
            l.sync(); // first: the fault exits below then write back nothing
            l.nat_fault_if(na);
            l.nat_checked(r3);
            l.nat_fault_if(nv);
            l.align_fault_if(a, 8);
            alat_store(l, a, 16);
            l.sync();
            let a16 = l.b.ins().band_imm_s(a, !15);
            let h = l.host_addr(a16);
            let lo8 = l.b.ins().band_imm_s(a, 8);
            let hh = l.b.ins().iadd(h, lo8);
            let old = load_int(l, 8, hh, 0);
            let c = l.ld_cpu(offset_of!(Ia64Cpu, ccv));
            let eq = l.b.ins().icmp(IntCC::Equal, old, c);
            let wr = l.b.create_block();
            let cont = l.b.create_block();
            l.b.ins().brif(eq, wr, &[], cont, &[]);
            l.b.seal_block(wr);
            l.b.switch_to_block(wr);
            store_int(l, 8, v, h, 0);
            let csd = l.ld_cpu(offset_of!(Ia64Cpu, csd));
            store_int(l, 8, csd, h, 8);
            l.b.ins().jump(cont, &[]);
            l.b.seal_block(cont);
            l.b.switch_to_block(cont);
            l.setv(r1, old);
        }
        Op::Lfetch => {
            let r3 = mem_reg(insn);
            let (a, na) = l.get(r3);
            if matches!(insn.cx.ldtype, LdType::Fault | LdType::FaultExcl) {
                l.nat_fault_if(na);
                l.nat_checked(r3);
            }
            update(l, insn, r3, a, na);
        }
        Op::ChkS => {
            let t = target(insn);
            let nat = match insn.ops[0] {
                Operand::Gr(r) => l.get(r).1,
                Operand::Fr(f) => super::fp::is_natval(l, f),
                _ => l.k(0),
            };
            let c = l.nz(nat);
            l.side_exit(c, Ip::K(t));
        }
        Op::ChkA => {
            let t = target(insn);
            let id = match insn.ops[0] {
                Operand::Gr(r) => alat_id_gr(l, r),
                Operand::Fr(f) => super::fp::alat_id_fr(l, f),
                _ => l.k(0),
            };
            let z = l.k(0);
            let op = if insn.cx.clr { 2 } else { 1 };
            let hit = alat(l, op, id, z, 0);
            let miss = l.b.ins().icmp_imm_s(IntCC::Equal, hit, 0);
            l.side_exit(miss, Ip::K(t));
        }
        Op::Invala => {
            let z = l.k(0);
            let _ = alat(l, 5, z, z, 0);
        }
        Op::InvalaE => {
            let id = match insn.ops[0] {
                Operand::Gr(r) => alat_id_gr(l, r),
                Operand::Fr(f) => super::fp::alat_id_fr(l, f),
                _ => l.k(0),
            };
            let z = l.k(0);
            let _ = alat(l, 4, id, z, 0);
        }
        Op::SyncI => {
            // Code may have changed (after fc): let the runtime decide.
            let next = l.next;
            let z = l.k(0);
            l.st_cpu(z, offset_of!(Ia64Cpu, exit_arg));
            l.exit(Exit::SyncI, Ip::K(next));
            return false;
        }
        // mf, mf.a, fwb, srlz, fc: ordering and cache hints; x86 is
        // coherent and the runtime invalidates translations at sync.i.
        _ => {
            if insn.op == Op::Mf {
                l.b.ins().fence();
            }
        }
    }
    true
}
