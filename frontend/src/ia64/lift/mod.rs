//! Lifting IA-64 blocks to Cranelift IR.
//!
//! A block is the run of instruction slots from `ip` (bundle | slot) up to
//! an unpredicated branch (or any branch that changes the register frame or
//! rotates registers), a trap, or `max_bundles` bundles. Slots execute in
//! order: a valid instruction group has no RAW or WAW dependency except
//! the ones the architecture orders (compare then branch ...), so sequential
//! execution gives the group's result (SDM Vol. 1, 3.4).
//!
//! Every instruction is guarded by its qualifying predicate (p0 = 1). A
//! predicated branch is a side exit: the taken path leaves the block (chained
//! through an exit slot), the other path continues.
//!
//! Registers are cached in Cranelift variables (value and NaT bit) within a
//! block and written back at every exit, before every guest memory access
//! (so that faults see an exact state) and before helper calls. Stacked
//! registers are addressed through `cpu.gr_map` (ring index of r32+n, with
//! rotation): one load per register and block. A block checks once per
//! register number that it lies in the current frame (sof), else Illegal
//! Operation.
//!
//! Families: [`alu`] (A-type integer ALU), [`compare`] (cmp, cmp4, tbit,
//! tnat, tf), [`shift`] (shifts, bit fields, sxt/zxt/czx/popcnt/clz,
//! mpy4), [`mm`] (multimedia), [`memory`] (loads, stores, atomics,
//! speculation, ALAT), [`branch`] (branches, RSE frame changes), [`system`]
//! (moves to and from br/ar/pr, alloc, flushrs, break ...), [`fp`] (getf,
//! setf, xma, FP loads and stores), [`fparith`] (FP arithmetic in the
//! register format: what integer division and the C runtime need).

use super::cpu::{Exit, Ia64Cpu};
use super::decode::{decode_bundle, Insn, Op, Operand};
use crate::sparc::lift::Chain;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{AbiParam, Function, InstBuilder, MemFlagsData, Signature, Value};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use std::mem::offset_of;

mod alu;
mod branch;
mod compare;
mod fp;
pub mod fparith;
mod memory;
mod mm;
mod shift;
mod system;

/// How guest addresses become host addresses: the runtime's reservation
/// holds one slot of 2^shift bytes per region (address bits 63:61):
/// `host = base + ((a >> 61) << shift) + min(a & (2^61 - 1), limit)`.
/// `limit` points into a never-mapped guard at the end of each slot, so an
/// out-of-range offset faults instead of reaching another region.
#[derive(Clone, Copy, Debug)]
pub struct Fold {
    pub base: u64,
    pub shift: u32,
    pub limit: u64,
}

impl Fold {
    /// The host address of guest `a` (for the runtime and tests).
    pub fn host(&self, a: u64) -> u64 {
        self.base + ((a >> 61) << self.shift) + (a & ((1 << 61) - 1)).min(self.limit)
    }
}

/// Addresses of the runtime's helpers (C ABI).
#[derive(Clone, Copy, Debug, Default)]
pub struct Helpers {
    /// `extern "C" fn(cpu: *mut Ia64Cpu, op: u64, arg: u64) -> u64`: the RSE
    /// operations that touch the backing store; the runtime implements it
    /// as `cpu::rse_helper(cpu, &mut its_memory, op, arg)`.
    pub rse: u64,
    /// `extern "C" fn(cpu: *mut Ia64Cpu, addr: u64, size: u64) -> u64`: 1 when
    /// a load of `size` bytes at guest `addr` would succeed (readable,
    /// mapped), else 0. Used by speculative loads (a load that would fault
    /// sets NaT instead, as Linux's fault handler does for ld.s).
    pub spec_ok: u64,
}

/// How to lift.
#[derive(Clone, Copy)]
pub struct LiftConfig {
    pub fold: Fold,
    /// Most bundles in one block.
    pub max_bundles: usize,
    pub helpers: Helpers,
    pub call_conv: CallConv,
    pub frontend: TargetFrontendConfig,
    /// Chaining (the same storage SPARC uses; None: every block returns).
    pub chain: Option<Chain>,
}

/// What was lifted.
#[derive(Clone, Debug)]
pub struct BlockInfo {
    /// ip | slot of the first instruction.
    pub start: u64,
    /// One past the last bundle byte read.
    pub end: u64,
    pub insns: usize,
    /// (bundle address | slot, instruction) for `-d in_asm`.
    pub code: Vec<(u64, Insn)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LiftError {
    /// The first bundle is not fetchable.
    Fetch,
}

/// The signature of every lifted block.
pub use crate::exitchain::block_signature;

/// Lift the block at `ip` (bundle | slot). `fetch` gives the 16 bytes of
/// the bundle at an address, or None when it is not executable.
pub fn lift_block(
    cfg: &LiftConfig,
    fetch: &dyn Fn(u64) -> Option<[u8; 16]>,
    ip: u64,
    fctx: &mut FunctionBuilderContext,
) -> Result<(Function, BlockInfo), LiftError> {
    let first = fetch(ip & !0xf).ok_or(LiftError::Fetch)?;
    let mut func = crate::exitchain::new_block_function(cfg.call_conv);
    let mut info = BlockInfo { start: ip, end: (ip & !0xf).wrapping_add(16), insns: 0, code: Vec::new() };
    {
        let mut b = FunctionBuilder::new(&mut func, fctx);
        let cpu = crate::exitchain::entry_cpu(&mut b);
        let mut l = Lifter::new(cfg, b, cpu, ip);
        l.lift_run(fetch, ip, first, &mut info);
        l.b.finalize(cfg.frontend);
    }
    Ok((func, info))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum RegState {
    Unloaded,
    Clean,
    Dirty,
}

/// A successor ip: a constant or a run-time value.
#[derive(Clone, Copy)]
pub(crate) enum Ip {
    K(u64),
    V(Value),
}

pub(crate) fn cpu_flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// The next slot's ip after slot `slot` of the bundle at `bundle` (MLX: the
/// X instruction is slot 1 and the last).
pub(crate) fn next_ip(bundle: u64, slot: u64, mlx: bool) -> u64 {
    if slot >= 2 || (mlx && slot >= 1) {
        bundle.wrapping_add(16)
    } else {
        bundle | (slot + 1)
    }
}

pub(crate) struct Lifter<'a, 'c> {
    pub cfg: &'c LiftConfig,
    pub b: FunctionBuilder<'a>,
    pub cpu: Value,
    /// ip | slot of the block's first instruction.
    pub start: u64,
    pub val: [Variable; 128],
    pub nat: [Variable; 128],
    pub st: [RegState; 128],
    /// The NaT byte of GR r in the CPU state is known to be 0 (written as
    /// constant 0 earlier on this path, or checked clear while clean):
    /// writing back a constant-0 NaT can then be left out.
    pub nat_mem0: [bool; 128],
    /// Ring index of r32+n, when loaded in this block.
    pub idx: [Variable; 96],
    pub idx_ok: [bool; 96],
    /// r32..r32+sof_ok-1 are known to be in the frame.
    pub sof_ok: u64,
    pub prv: Variable,
    pub pr_st: RegState,
    pub insns_started: usize,
    /// The next exit goes to a computed ip (use the indirect table).
    pub next_is_jump: bool,
    /// The instruction being lifted: bundle address, slot, next ip.
    pub bundle: u64,
    pub slot: u64,
    pub next: u64,
}

impl<'a, 'c> Lifter<'a, 'c> {
    fn new(cfg: &'c LiftConfig, mut b: FunctionBuilder<'a>, cpu: Value, start: u64) -> Self {
        let val = std::array::from_fn(|_| b.declare_var(I64));
        let nat = std::array::from_fn(|_| b.declare_var(I64));
        let idx = std::array::from_fn(|_| b.declare_var(I64));
        let prv = b.declare_var(I64);
        Lifter {
            cfg,
            b,
            cpu,
            start,
            val,
            nat,
            st: [RegState::Unloaded; 128],
            nat_mem0: [false; 128],
            idx,
            idx_ok: [false; 96],
            sof_ok: 0,
            prv,
            pr_st: RegState::Unloaded,
            insns_started: 0,
            next_is_jump: false,
            bundle: 0,
            slot: 0,
            next: 0,
        }
    }

    // ------------------------------------------------------------ basics

    pub fn k(&mut self, v: u64) -> Value {
        self.b.ins().iconst(I64, v as i64)
    }

    pub fn ld_cpu(&mut self, off: usize) -> Value {
        self.b.ins().load(I64, cpu_flags(), self.cpu, off as i32)
    }

    pub fn st_cpu(&mut self, v: Value, off: usize) {
        self.b.ins().store(cpu_flags(), v, self.cpu, off as i32);
    }

    /// NaT (0/1) of a result from two sources' NaTs: their or, folded when
    /// one is the constant 0 (most operands' NaTs are, and the quick tier
    /// does not fold constants).
    pub fn nat_or(&mut self, a: Value, b: Value) -> Value {
        match (self.const_of(a), self.const_of(b)) {
            (Some(0), _) => b,
            (_, Some(0)) => a,
            _ => self.b.ins().bor(a, b),
        }
    }

    /// 1 - v for a 0/1 value, folded for constants.
    pub fn not01(&mut self, v: Value) -> Value {
        match self.const_of(v) {
            Some(c) => self.k(c ^ 1),
            None => self.b.ins().bxor_imm_s(v, 1),
        }
    }

    /// a & b for 0/1 values, folded when one is a constant.
    pub fn and01(&mut self, a: Value, b: Value) -> Value {
        match (self.const_of(a), self.const_of(b)) {
            (Some(1), _) => b,
            (_, Some(1)) => a,
            (Some(0), _) | (_, Some(0)) => self.k(0),
            _ => self.b.ins().band(a, b),
        }
    }

    /// A condition (non-zero i64) that predicate p is true: one `and`
    /// (brif and select take it as is).
    pub fn pred_cond(&mut self, p: u8) -> Value {
        if p == 0 {
            return self.k(1);
        }
        let v = self.prs();
        self.b.ins().band_imm_s(v, 1i64 << p)
    }

    /// i8 condition to i64 0/1.
    pub fn b2i(&mut self, c: Value) -> Value {
        self.b.ins().uextend(I64, c)
    }

    /// i64 0/1 (or any) to an i8 condition (non-zero).
    pub fn nz(&mut self, v: Value) -> Value {
        self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0)
    }

    // -------------------------------------------------------- registers

    /// Ring index of stacked register r (>= 32).
    fn ring_idx(&mut self, r: u8) -> Value {
        let n = (r - 32) as usize;
        if !self.idx_ok[n] {
            let v = self.ld_cpu(offset_of!(Ia64Cpu, gr_map) + 8 * n);
            self.b.def_var(self.idx[n], v);
            self.idx_ok[n] = true;
        }
        self.b.use_var(self.idx[n])
    }

    /// (base, offset) of the value and of the NaT byte of register r.
    fn homes(&mut self, r: u8) -> ((Value, i32), (Value, i32)) {
        if r < 32 {
            (
                (self.cpu, (offset_of!(Ia64Cpu, gr) + 8 * r as usize) as i32),
                (self.cpu, (offset_of!(Ia64Cpu, gr_nat) + r as usize) as i32),
            )
        } else {
            let i = self.ring_idx(r);
            let i8_ = self.b.ins().ishl_imm_s(i, 3);
            let vb = self.b.ins().iadd(self.cpu, i8_);
            let nb = self.b.ins().iadd(self.cpu, i);
            ((vb, offset_of!(Ia64Cpu, stk) as i32), (nb, offset_of!(Ia64Cpu, stk_nat) as i32))
        }
    }

    /// Value and NaT (i64 0/1) of GR r.
    pub fn get(&mut self, r: u8) -> (Value, Value) {
        if r == 0 {
            let z = self.k(0);
            return (z, z);
        }
        let i = r as usize;
        if self.st[i] == RegState::Unloaded {
            let ((vb, vo), (nb, no)) = self.homes(r);
            let v = self.b.ins().load(I64, cpu_flags(), vb, vo);
            let n = self.b.ins().uload8(I64, cpu_flags(), nb, no);
            self.b.def_var(self.val[i], v);
            self.b.def_var(self.nat[i], n);
            self.st[i] = RegState::Clean;
        }
        (self.b.use_var(self.val[i]), self.b.use_var(self.nat[i]))
    }

    /// Write GR r (value, NaT 0/1). Writes to r0 are discarded (the
    /// decoder lets them through; hardware faults on some, Linux code never
    /// does them).
    pub fn set(&mut self, r: u8, v: Value, nat: Value) {
        if r == 0 {
            return;
        }
        let i = r as usize;
        self.b.def_var(self.val[i], v);
        self.b.def_var(self.nat[i], nat);
        self.st[i] = RegState::Dirty;
    }

    /// Write GR r with NaT clear.
    pub fn setv(&mut self, r: u8, v: Value) {
        let z = self.k(0);
        self.set(r, v, z);
    }

    fn writeback_regs(&mut self, mark_clean: bool) {
        for r in 1..128u8 {
            if self.st[r as usize] == RegState::Dirty {
                let v = self.b.use_var(self.val[r as usize]);
                let n = self.b.use_var(self.nat[r as usize]);
                let ((vb, vo), (nb, no)) = self.homes(r);
                self.b.ins().store(cpu_flags(), v, vb, vo);
                let zero = self.const_of(n) == Some(0);
                if !(zero && self.nat_mem0[r as usize]) {
                    self.b.ins().istore8(cpu_flags(), n, nb, no);
                }
                self.nat_mem0[r as usize] = zero;
                if mark_clean {
                    self.st[r as usize] = RegState::Clean;
                }
            }
        }
        if self.pr_st == RegState::Dirty {
            let p = self.b.use_var(self.prv);
            self.st_cpu(p, offset_of!(Ia64Cpu, pr));
            if mark_clean {
                self.pr_st = RegState::Clean;
            }
        }
    }

    /// After a helper changed the frame, rotation or predicates: forget
    /// the cached stacked registers and predicates.
    pub fn forget_frame(&mut self) {
        for r in 32..128 {
            debug_assert!(self.st[r] != RegState::Dirty);
            self.st[r] = RegState::Unloaded;
        }
        self.idx_ok = [false; 96];
        self.sof_ok = 0;
        self.pr_st = RegState::Unloaded;
        self.nat_mem0 = [false; 128];
    }

    /// After a NaT consumption check of GR r passed: its NaT is 0 on this
    /// path (and so is its NaT byte in the CPU state when r is clean).
    /// Returns the constant 0.
    pub fn nat_checked(&mut self, r: u8) -> Value {
        let z = self.k(0);
        let i = r as usize;
        if r != 0 && self.st[i] != RegState::Unloaded {
            self.b.def_var(self.nat[i], z);
            if self.st[i] == RegState::Clean {
                self.nat_mem0[i] = true;
            }
        }
        z
    }

    // ------------------------------------------------------- predicates

    pub fn prs(&mut self) -> Value {
        if self.pr_st == RegState::Unloaded {
            let v = self.ld_cpu(offset_of!(Ia64Cpu, pr));
            self.b.def_var(self.prv, v);
            self.pr_st = RegState::Clean;
        }
        self.b.use_var(self.prv)
    }

    /// Predicate p as i64 0/1.
    pub fn pred(&mut self, p: u8) -> Value {
        if p == 0 {
            return self.k(1);
        }
        let v = self.prs();
        let s = self.b.ins().ushr_imm_s(v, p as i64);
        self.b.ins().band_imm_s(s, 1)
    }

    /// Write predicate p (0/1 i64); writes to p0 are ignored.
    pub fn set_pred(&mut self, p: u8, bit: Value) {
        if p == 0 {
            return;
        }
        let v = self.prs();
        let m = self.b.ins().band_imm_s(v, !(1i64 << p));
        let s = self.b.ins().ishl_imm_s(bit, p as i64);
        let r = self.b.ins().bor(m, s);
        self.set_prs(r);
    }

    /// Replace all predicates (p0 forced to 1).
    pub fn set_prs(&mut self, v: Value) {
        let v = self.b.ins().bor_imm_s(v, 1);
        self.b.def_var(self.prv, v);
        self.pr_st = RegState::Dirty;
    }

    // ----------------------------------------------------------- access

    /// Make the CPU state exact before something that may fault or that
    /// reads the CPU state (a helper), and tag what follows with this
    /// slot's source location.
    pub fn sync(&mut self) {
        self.writeback_regs(true);
        let loc = super::cpu::srcloc_of(self.start, self.bundle, self.slot);
        self.b.set_srcloc(cranelift_codegen::ir::SourceLoc::new(loc));
    }

    /// Host address of guest address `a` (the fold of [`Fold`]).
    pub fn host_addr(&mut self, a: Value) -> Value {
        let f = self.cfg.fold;
        let hi = self.b.ins().ushr_imm_s(a, 61);
        let hi = self.b.ins().ishl_imm_s(hi, f.shift as i64);
        let lo = self.b.ins().band_imm_s(a, ((1u64 << 61) - 1) as i64);
        let lim = self.k(f.limit);
        let lo = self.b.ins().umin(lo, lim);
        let base = self.k(f.base);
        let h = self.b.ins().iadd(base, hi);
        self.b.ins().iadd(h, lo)
    }

    /// Call a helper `fn(cpu, args..) -> u64` after syncing the state.
    pub fn call_helper(&mut self, addr: u64, args: &[Value]) -> Value {
        self.sync();
        let mut sig = Signature::new(CallConv::SystemV);
        sig.params.push(AbiParam::new(I64));
        for _ in args {
            sig.params.push(AbiParam::new(I64));
        }
        sig.returns.push(AbiParam::new(I64));
        let sigref = self.b.import_signature(sig);
        let f = self.k(addr);
        let mut a = vec![self.cpu];
        a.extend_from_slice(args);
        let call = self.b.ins().call_indirect(sigref, f, &a);
        // The helper may write any register's NaT (the RSE fills them).
        self.nat_mem0 = [false; 128];
        self.b.inst_results(call)[0]
    }

    // ------------------------------------------------------------ exits

    fn ip_val(&mut self, ip: Ip) -> Value {
        match ip {
            Ip::K(v) => self.k(v),
            Ip::V(v) => v,
        }
    }

    /// Write back everything and leave with `code` at `ip`. A normal exit
    /// to a constant ip chains through an exit slot, to a computed ip
    /// through the indirect table (ARCHITECTURE.md: "A block exits by tail
    /// call").
    pub fn exit(&mut self, code: Exit, ip: Ip) {
        self.writeback_regs(false);
        let ipv = self.ip_val(ip);
        let jump = std::mem::take(&mut self.next_is_jump);
        if let Some(ch) = self.cfg.chain {
            if ch.insn_counter != 0 && self.insns_started > 0 {
                let a = self.k(ch.insn_counter);
                let n = self.b.ins().load(I64, MemFlagsData::trusted(), a, 0);
                let n = self.b.ins().iadd_imm_s(n, self.insns_started as i64);
                self.b.ins().store(MemFlagsData::trusted(), n, a, 0);
            }
            if code == Exit::Normal {
                if let Some(_k) = self.const_of(ipv) {
                    let slot = ch.slots.alloc_slot();
                    if slot != 0 {
                        self.chain_direct(slot, ipv);
                        return;
                    }
                } else if jump && ch.ind_table != 0 {
                    self.chain_indirect(ipv, ch.ind_table, ch.ind_mask);
                    return;
                }
            }
        }
        self.st_cpu(ipv, offset_of!(Ia64Cpu, ip));
        let c = self.k(code as u64);
        self.b.ins().return_(&[c]);
    }

    /// Leave with a fault/trap code at the current slot.
    pub fn exit_here(&mut self, code: Exit, arg: Value) {
        self.st_cpu(arg, offset_of!(Ia64Cpu, exit_arg));
        let ip = self.bundle | self.slot;
        self.exit(code, Ip::K(ip));
    }

    /// If `cond` (i8) holds, leave with `code` at this slot; continue otherwise.
    pub fn trap_if(&mut self, cond: Value, code: Exit, arg: Value) {
        let trap = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(trap);
        self.b.ins().brif(cond, trap, &[], cont, &[]);
        self.b.seal_block(trap);
        self.b.seal_block(cont);
        self.b.switch_to_block(trap);
        let saved = self.save();
        self.exit_here(code, arg);
        self.restore(saved);
        self.b.switch_to_block(cont);
    }

    /// Unaligned fault (Linux: SIGBUS) unless `addr` is a multiple of `align`.
    pub fn align_fault_if(&mut self, addr: Value, align: u64) {
        let low = self.b.ins().band_imm_s(addr, (align - 1) as i64);
        let bad = self.nz(low);
        self.trap_if(bad, Exit::Unaligned, addr);
    }

    /// Register NaT consumption fault if `nat` (i64 0/1) is set.
    pub fn nat_fault_if(&mut self, nat: Value) {
        if self.const_of(nat) == Some(0) {
            return;
        }
        let c = self.nz(nat);
        let slot = self.k(0);
        self.trap_if(c, Exit::NatConsumption, slot);
    }

    /// If `cond` (i8), leave the block for `target` (a side exit), else continue.
    pub fn side_exit(&mut self, cond: Value, target: Ip) {
        let t = self.b.create_block();
        let f = self.b.create_block();
        self.b.ins().brif(cond, t, &[], f, &[]);
        self.b.seal_block(t);
        self.b.seal_block(f);
        self.b.switch_to_block(t);
        let saved = self.save();
        if let Ip::V(_) = target {
            self.next_is_jump = true;
        }
        self.exit(Exit::Normal, target);
        self.restore(saved);
        self.b.switch_to_block(f);
    }

    pub fn save(&self) -> ([RegState; 128], [bool; 96], u64, RegState, [bool; 128]) {
        (self.st, self.idx_ok, self.sof_ok, self.pr_st, self.nat_mem0)
    }

    pub fn restore(&mut self, s: ([RegState; 128], [bool; 96], u64, RegState, [bool; 128])) {
        (self.st, self.idx_ok, self.sof_ok, self.pr_st, self.nat_mem0) = s;
    }

    pub fn const_of(&self, v: Value) -> Option<u64> {
        use cranelift_codegen::ir::{InstructionData, Opcode, ValueDef};
        if let ValueDef::Result(inst, _) = self.b.func.dfg.value_def(v) {
            if let InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } = self.b.func.dfg.insts[inst] {
                return Some(imm.bits() as u64);
            }
        }
        None
    }

    /// Tail-call the block in `slot` if filled, else return to the runtime
    /// with the slot in `cpu.chain_slot` (crate::exitchain).
    fn chain_direct(&mut self, slot: u64, ipv: Value) {
        let cpu = self.cpu;
        let cc = self.cfg.call_conv;
        crate::exitchain::chain_direct(&mut self.b, cc, cpu, slot, &mut |b, sa| {
            b.ins().store(cpu_flags(), ipv, cpu, offset_of!(Ia64Cpu, ip) as i32);
            b.ins().store(cpu_flags(), sa, cpu, offset_of!(Ia64Cpu, chain_slot) as i32);
            let c = b.ins().iconst(I64, Exit::Normal as i64);
            b.ins().return_(&[c]);
        });
    }

    /// Look `t` up in the indirect-branch table; tail-call on a hit.
    fn chain_indirect(&mut self, t: Value, table: u64, mask: u64) {
        let cpu = self.cpu;
        let cc = self.cfg.call_conv;
        crate::exitchain::chain_indirect(&mut self.b, cc, cpu, t, table, mask, &mut |b| {
            b.ins().store(cpu_flags(), t, cpu, offset_of!(Ia64Cpu, ip) as i32);
            let c = b.ins().iconst(I64, Exit::Normal as i64);
            b.ins().return_(&[c]);
        });
    }

    // ------------------------------------------------------------ block

    fn lift_run(&mut self, fetch: &dyn Fn(u64) -> Option<[u8; 16]>, start: u64, first: [u8; 16], info: &mut BlockInfo) {
        let mut bundle = start & !0xf;
        let mut from = start & 3;
        let mut bytes = first;
        let mut nb = 0;
        loop {
            let bd = decode_bundle(&bytes, bundle);
            let mlx = bd.insns[1].op == Op::LSlot;
            info.end = bundle.wrapping_add(16);
            if from == 3 || (mlx && from == 2) {
                // ri = 3, or slot 2 of an MLX bundle: Illegal Operation.
                self.bundle = bundle;
                self.slot = from;
                let z = self.k(0);
                self.exit_here(Exit::Illegal, z);
                return;
            }
            for (n, insn, _stop) in bd.instructions() {
                // The X instruction of an MLX bundle is slot 1 for ip/ri.
                let slot = if mlx && n == 2 { 1 } else { n as u64 };
                if slot < from {
                    continue;
                }
                self.bundle = bundle;
                self.slot = slot;
                self.next = next_ip(bundle, slot, mlx);
                info.code.push((bundle | slot, *insn));
                info.insns += 1;
                self.insns_started += 1;
                if !self.lift_insn(insn) {
                    return;
                }
            }
            nb += 1;
            from = 0;
            let nxt = bundle.wrapping_add(16);
            if nb >= self.cfg.max_bundles {
                self.exit(Exit::Normal, Ip::K(nxt));
                return;
            }
            match fetch(nxt) {
                Some(b) => {
                    bundle = nxt;
                    bytes = b;
                }
                None => {
                    self.exit(Exit::Normal, Ip::K(nxt));
                    return;
                }
            }
        }
    }

    /// Illegal Operation unless every stacked register the instruction
    /// names is in the current frame (SDM Vol. 2, 5.1: r32+sof and up).
    fn check_frame(&mut self, insn: &Insn) {
        if insn.op == Op::Alloc {
            // Checked against the new frame by alloc itself.
            return;
        }
        let mut top = 0u64;
        for o in insn.operands() {
            if let Operand::Gr(r) | Operand::Mem(r) = *o {
                if r >= 32 {
                    top = top.max((r - 31) as u64);
                }
            }
        }
        if top > self.sof_ok {
            let sof = self.ld_cpu(offset_of!(Ia64Cpu, sof));
            let bad = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, sof, top as i64);
            let s = self.k(insn.slot);
            self.trap_if(bad, Exit::Illegal, s);
            self.sof_ok = top;
        }
    }

    /// Registers an instruction writes (outputs and a base update).
    fn written_grs(insn: &Insn) -> Vec<u8> {
        let mut v: Vec<u8> = insn.outputs().iter().filter_map(|o| if let Operand::Gr(r) = o { Some(*r) } else { None }).collect();
        if insn.cx.update {
            for o in insn.operands() {
                if let Operand::Mem(r) = o {
                    v.push(*r);
                }
            }
        }
        v
    }

    /// Lift one instruction with its qualifying predicate. false: the
    /// block ended.
    fn lift_insn(&mut self, insn: &Insn) -> bool {
        self.check_frame(insn);
        // Instructions whose qp is an operand, not a guard.
        let qp_is_operand = insn.op == Op::Br && matches!(insn.cx.btype, super::decode::Btype::Wtop | super::decode::Btype::Wexit);
        // cmp.unc and friends clear both targets whatever qp is.
        if matches!(insn.op, Op::Cmp | Op::Cmp4 | Op::Tbit | Op::Tnat | Op::Tf | Op::Fcmp | Op::Fclass)
            && insn.cx.ctype == super::decode::Ctype::Unc
            && insn.qp != 0
        {
            let z = self.k(0);
            for o in insn.outputs() {
                if let Operand::Pr(p) = *o {
                    self.set_pred(p, z);
                }
            }
        }
        if insn.qp == 0 || qp_is_operand {
            return self.lift_op(insn);
        }
        if Self::is_pure(insn) {
            return self.lift_selected(insn);
        }
        // Registers written under the predicate must have a value on the
        // path that skips the instruction.
        for r in Self::written_grs(insn) {
            let _ = self.get(r);
        }
        let c = self.pred_cond(insn.qp);
        let exec = self.b.create_block();
        let join = self.b.create_block();
        self.b.ins().brif(c, exec, &[], join, &[]);
        self.b.seal_block(exec);
        self.b.switch_to_block(exec);
        let before = self.save();
        let cont = self.lift_op(insn);
        if cont {
            self.b.ins().jump(join, &[]);
            // Merge: a variable defined only on the executed path is not
            // usable after the join.
            for r in 0..128 {
                let (b, a) = (before.0[r], self.st[r]);
                self.st[r] = match (b, a) {
                    (RegState::Unloaded, _) => RegState::Unloaded,
                    (RegState::Dirty, _) | (_, RegState::Dirty) => RegState::Dirty,
                    _ => RegState::Clean,
                };
            }
            for n in 0..96 {
                self.idx_ok[n] &= before.1[n];
            }
            for r in 0..128 {
                self.nat_mem0[r] &= before.4[r];
            }
            self.sof_ok = self.sof_ok.min(before.2);
            self.pr_st = match (before.3, self.pr_st) {
                (RegState::Unloaded, _) => RegState::Unloaded,
                (RegState::Dirty, _) | (_, RegState::Dirty) => RegState::Dirty,
                _ => RegState::Clean,
            };
        } else {
            self.restore(before);
        }
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        true
    }

    /// Instructions that only compute GRs or predicates from GRs: under a
    /// predicate they are computed anyway and their results selected (no
    /// branch; GCC predicates a lot of such code).
    fn is_pure(insn: &Insn) -> bool {
        use Op::*;
        matches!(
            insn.op,
            Add | Addl | Adds | Addp4 | And | Andcm | Or | Xor | Sub | Shladd | Shladdp4 | Cmp | Cmp4 | Tbit | Tnat | Tf
                | Shr | Shl | Shrp | Extr | Dep | DepZ | Zxt | Sxt | Czx | Popcnt | Clz | Mpy4 | Mpyshl4 | Padd | Psub | Pavg
                | Pavgsub | Pcmp | Pshladd | Pshradd | Pmpyshr | Pmpy | Mix | Pack | Unpack | Pmin | Pmax | Psad | Mux1
                | Mux2 | Pshr | Pshl | Movl | Nop | Hint
        )
    }

    /// A pure instruction under its qualifying predicate, by selection.
    fn lift_selected(&mut self, insn: &Insn) -> bool {
        let regs = Self::written_grs(insn);
        let olds: Vec<(u8, Value, Value)> = regs
            .iter()
            .filter(|&&r| r != 0)
            .map(|&r| {
                let (v, n) = self.get(r);
                (r, v, n)
            })
            .collect();
        let writes_pr = insn.outputs().iter().any(|o| matches!(o, Operand::Pr(_)));
        let old_pr = if writes_pr { Some(self.prs()) } else { None };
        let c = self.pred_cond(insn.qp);
        let cont = self.lift_op(insn);
        debug_assert!(cont);
        for (r, ov, on) in olds {
            let i = r as usize;
            let nv = self.b.use_var(self.val[i]);
            let nn = self.b.use_var(self.nat[i]);
            let v = self.b.ins().select(c, nv, ov);
            let n = self.b.ins().select(c, nn, on);
            self.set(r, v, n);
        }
        if let Some(op) = old_pr {
            let np = self.prs();
            let v = self.b.ins().select(c, np, op);
            self.b.def_var(self.prv, v);
            self.pr_st = RegState::Dirty;
        }
        cont
    }

    /// The instruction itself (qp already true). false: the block ended.
    fn lift_op(&mut self, insn: &Insn) -> bool {
        use Op::*;
        match insn.op {
            Add | Addl | Adds | Addp4 | And | Andcm | Or | Xor | Sub | Shladd | Shladdp4 => alu::lift(self, insn),
            Cmp | Cmp4 | Tbit | Tnat | Tf => compare::lift(self, insn),
            Shr | Shl | Shrp | Extr | Dep | DepZ | Zxt | Sxt | Czx | Popcnt | Clz | Mpy4 | Mpyshl4 => shift::lift(self, insn),
            Padd | Psub | Pavg | Pavgsub | Pcmp | Pshladd | Pshradd | Pmpyshr | Pmpy | Mix | Pack | Unpack | Pmin | Pmax | Psad
            | Mux1 | Mux2 | Pshr | Pshl => mm::lift(self, insn),
            Ld | Ld16 | St | St16 | Cmpxchg | Cmp8xchg16 | Xchg | Fetchadd | Lfetch | ChkS | ChkA | Invala | InvalaE | Fwb | Mf
            | Srlz | SyncI | Fc => memory::lift(self, insn),
            Br | Brl | Cover | Clrrrb | Brp => branch::lift(self, insn),
            Getf | Setf | Xma | Ldf | Ldfp | Stf => fp::lift(self, insn),
            Fma | Fms | Fnma | FcvtXf | FcvtFx | Frcpa | Frsqrta | Fmerge | Fcmp | Fclass | Fselect | Fand | Fandcm | For
            | Fxor | Fmin | Fmax | Famin | Famax | Fsetc | Fclrf | Fchkf | Fmix | Fsxt | Fswap | Fpack | Fpmerge | Fpma
            | Fpms | Fpnma | Fpcmp | Fpmin | Fpmax | Fpamin | Fpamax | FpcvtFx | Fprcpa | Fprsqrta => {
                fparith::lift(self, insn)
            }
            Illegal | LSlot => {
                let s = self.k(insn.slot);
                self.exit_here(Exit::Illegal, s);
                false
            }
            _ => system::lift(self, insn),
        }
    }

    // ------------------------------------------------------- operands

    /// Value and NaT of input operand `i` (a GR or an immediate).
    pub fn operand(&mut self, o: Operand) -> (Value, Value) {
        match o {
            Operand::Gr(r) | Operand::Mem(r) => self.get(r),
            Operand::Imm(v) => {
                let v = self.k(v as u64);
                let z = self.k(0);
                (v, z)
            }
            _ => {
                let z = self.k(0);
                (z, z)
            }
        }
    }

    /// Leave with Unimplemented for an instruction not executed yet.
    pub fn unimplemented(&mut self, insn: &Insn) -> bool {
        let s = self.k(insn.slot);
        self.exit_here(Exit::Unimplemented, s);
        false
    }

}

/// GR number of operand `i`.
pub(crate) fn gr(insn: &Insn, i: usize) -> u8 {
    match insn.ops[i] {
        Operand::Gr(r) | Operand::Mem(r) => r,
        _ => 0,
    }
}

/// Immediate of operand `i`.
pub(crate) fn imm(insn: &Insn, i: usize) -> i64 {
    match insn.ops[i] {
        Operand::Imm(v) => v,
        _ => 0,
    }
}
