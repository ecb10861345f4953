//! The SPARC CPU state seen by translated code.
//!
//! Register windows live in a linear array `win`: the current window's outs are
//! at `win[wbase..wbase+8]`, its locals at `+8..+16` and its ins at
//! `+16..+24`, which are the outs of the next-older window (SPARC V9 manual,
//! 5.1.1: a `save` makes the caller's outs the callee's ins). `save` moves
//! `wbase` down by 16; `restore` moves it up. `canrestore` counts the older
//! windows still held in the array. When the array is exhausted the oldest
//! windows are spilled to their frames at %sp + BIAS exactly as Linux's spill
//! handler would, and a `restore` with no window in the array fills it from
//! the frame at %fp + BIAS: the program sees the save areas that it would see
//! on hardware after a window overflow, `flushw` or signal delivery.

/// Capacity of the window array, in windows. Much larger than hardware's 8:
/// fewer spills, same visible behaviour at the points Linux makes visible.
/// Recursion up to this depth never spills; deeper recursion spills half
/// the array at a time (`windows::save`), so a spill's cost is spread over
/// as many saves. 128 KiB of registers per CPU. Measured 2026-12-04 on
/// benches/out/sparc32plus/recursion (callgrind, LASTMILE_BG_COMPILE=0;
/// Ackermann(2, 500-497) recurses about 1000 deep): 2010.8 M host
/// instructions with 64 windows, 1942.0 M with 256, 1871.7 M with 512,
/// 1745.0 M with 1024; calls and coremark unchanged (+-0.001%). sparc64
/// recursion, BENCH_SCALE=4, 8 alternating runs: median 0.58 s -> 0.50 s.
pub const NWINDOWS: usize = 1024;
/// Registers in the window array (16 per window plus the oldest window's ins).
pub const WIN_REGS: usize = NWINDOWS * 16 + 8;

/// SPARC V9 stack bias (ABI): the frame is at %sp + 2047 for 64-bit code.
pub const STACK_BIAS64: u64 = 2047;

/// CCR bit positions: icc in bits 3:0, xcc in bits 7:4, each `n z v c` from high to low.
pub const CC_C: u64 = 1;
pub const CC_V: u64 = 2;
pub const CC_Z: u64 = 4;
pub const CC_N: u64 = 8;

#[repr(C)]
pub struct SparcCpu {
    /// %g0..%g7 (g[0] always reads 0; translated code never writes it).
    pub g: [u64; 8],
    /// Host pointer to `win[wbase]`: the current window, the one word of
    /// window state an inline `save`/`restore` of translated code stores
    /// (`wbase` is derived from it: [`SparcCpu::wbase`]). Set through
    /// [`SparcCpu::set_wbase`]; translated code reads registers through it.
    pub wptr: *mut u64,
    /// Host pointer to `win[wbase + 16 * canrestore]`: the oldest window
    /// held in `win`; a `restore` has a window to go to while
    /// `wptr < rlimit` ([`SparcCpu::canrestore`] is derived from it).
    /// Moves only when windows are spilled or filled, or the array is
    /// compacted, never at an inline `save`/`restore`.
    pub rlimit: *mut u64,
    pub pc: u64,
    pub npc: u64,
    pub y: u64,
    /// %ccr: xcc in bits 7:4, icc in bits 3:0. Valid when `cc_op` is
    /// CC_OP_CCR; otherwise the flags are those of `cc_op` applied to
    /// `cc_a`, `cc_b` giving `cc_r` (lazy condition codes: ARCHITECTURE.md).
    /// Call [`SparcCpu::settle_cc`] before reading it from the runtime.
    pub ccr: u64,
    pub cc_op: u64,
    pub cc_a: u64,
    pub cc_b: u64,
    pub cc_r: u64,
    pub asi: u64,
    pub fprs: u64,
    /// Host address of guest address 0 (the reservation base).
    pub membase: u64,
    /// Extra information for the exit reason a block returned (trap number,
    /// faulting address ...).
    pub exit_arg: u64,
    /// Stack bias: 2047 for 64-bit code, 0 for 32-bit.
    pub bias: u64,
    /// Address mask applied to effective addresses: all ones for 64-bit,
    /// 0xffff_ffff for 32-bit code (PSTATE.AM).
    pub addr_mask: u64,
    /// Floating-point registers as 64-bit doubles (%f0..%f62 pairs).
    pub f: [u64; 32],
    pub fsr: u64,
    pub gsr: u64,
    /// Tick counter base (host-derived).
    pub tick: u64,
    /// Set by a direct exit whose chain slot is empty: the slot to fill
    /// with the next block's code (see lift::Chain). Such an exit leaves
    /// `pc`/`npc` unwritten: the runtime takes them from the slot
    /// (`SlotAlloc::alloc_slot_to`) and clears this.
    pub chain_slot: u64,
    /// The guest pc of the last point where translated code of a region
    /// wrote the whole CPU state back (bit 0 set: nPC is in `npc`, else
    /// nPC = pc + 4); a fault recovers the exact state by interpreting
    /// from there (see lift::fault_point).
    pub sync_pc: u64,
    /// What the last window helper (save, restore) returned: 0, or an
    /// [`Exit`] code (translated code calls them without a result; see
    /// lift::Helpers).
    pub helper_status: u64,
    /// A lazy %fsr.cexc (lift/fp.rs, `Pending`): when not 0, the state
    /// written back at the last sync point has %fsr.ftt = 0 and cexc = NX
    /// or 0 as the add (1: double, 3: single) or subtract (2, 4) of
    /// `fsr_pend_a` and `fsr_pend_b` (singles in the low 32 bits) is
    /// inexact or not, whatever `fsr` holds there; with
    /// [`FSR_PEND_B_IN_F`] bits set, `b` is the double `f[(bits >> 8) - 1]`
    /// instead of `fsr_pend_b` (doubles only). Only translated code
    /// between two exits sets it (exits clear it); the runtime settles it
    /// ([`SparcCpu::settle_fsr`]) when a fault stops that code.
    pub fsr_pend: u64,
    pub fsr_pend_a: u64,
    pub fsr_pend_b: u64,
    /// Set by a region's computed jump (not a return) that left it for a
    /// target with no translation yet: the jump's address and the
    /// region's head, for the runtime's profile of its targets (0: none;
    /// the runtime clears them).
    pub jump_site: u64,
    pub jump_head: u64,
    /// Counts down at each exit of a region's computed jump (not a return)
    /// to a target compiled outside it; the one that takes it to 0 leaves
    /// as a jump to a target with no translation does (`jump_site`), so
    /// that the runtime profiles such targets too and resets it (a case
    /// compiled alone before its region could take it in). Starts at
    /// [`JUMP_SAMPLE_PERIOD`].
    pub jump_sample: u64,
    /// The operands and results of the in-place exact FPop of translated
    /// code's slow paths (lift/fp.rs `Lifter::call_pure`): the doubles
    /// holding rs1 and rs2, %fsr and the FPop's word in, then the result
    /// in [0] and %fsr out in [2]. Scratch: meaningless outside that call.
    pub fp_tmp: [u64; 4],
    /// The address translated code calls for that helper (loaded from here,
    /// not a constant of the code: see `Lifter::call_pure`).
    pub fp_pure_fn: u64,
    pub win: [u64; WIN_REGS],
}

/// [`SparcCpu::fsr_pend`] values.
pub const FSR_PEND_ADDD: u64 = 1;
pub const FSR_PEND_SUBD: u64 = 2;
pub const FSR_PEND_ADDS: u64 = 3;
pub const FSR_PEND_SUBS: u64 = 4;
/// In [`SparcCpu::fsr_pend`] above the kind: 1 + the index of the double
/// in `f` that holds the add's `b` operand (0: `fsr_pend_b` holds it).
/// Translated code stores that register at the same sync point anyway
/// (matmul_fp's `faddd %f8, %f10, %f8` after `fmuld ..., %f10`).
pub const FSR_PEND_B_IN_F: u64 = 0x3f << 8;
/// In [`SparcCpu::fsr_pend_a`]: no operand, the kind is armed only
/// ([`SparcCpu::settle_fsr`] leaves `fsr` as it is). Translated code stores
/// it with a kind where the state is exact, on a branch into a loop whose
/// back edges bring that kind, so the loop's sync points need not store
/// the kind every iteration (lift/fp.rs `Lifter::fp_note_edge`). A real
/// operand is never it: the fast path proved the add finite, so its
/// operands are finite, and this is a NaN as a double and in its low 32
/// bits as a single (and a sign-extended 32-bit immediate: one store).
pub const FSR_PEND_A_NONE: u64 = 0xffff_ffff_ffc0_dead;

impl SparcCpu {
    /// Apply a lazy %fsr.cexc ([`SparcCpu::fsr_pend`]) to `fsr` and clear
    /// it. Translated code records one only after its fast path proved the
    /// operation finite in round-to-nearest without traps, so inexact is
    /// its only possible exception, and TwoSum's error (exact then) tells
    /// it; aexc already holds it.
    pub fn settle_fsr(&mut self) {
        // a + b (b negated for a subtract) is inexact iff TwoSum's error
        // is not 0.
        macro_rules! two_sum_nx {
            ($a:expr, $b:expr, $sub:expr) => {{
                let (a, b) = ($a, if $sub { -$b } else { $b });
                let r = a + b;
                let bp = r - a;
                (a - (r - bp)) + (b - bp) != 0.0
            }};
        }
        let k = std::mem::take(&mut self.fsr_pend);
        let b_reg = ((k & FSR_PEND_B_IN_F) >> 8) as usize;
        let k = k & !FSR_PEND_B_IN_F;
        let armed = match k {
            FSR_PEND_ADDD | FSR_PEND_SUBD => self.fsr_pend_a == FSR_PEND_A_NONE,
            _ => self.fsr_pend_a as u32 == FSR_PEND_A_NONE as u32,
        };
        if armed {
            return;
        }
        let nx = match k {
            FSR_PEND_ADDD | FSR_PEND_SUBD => {
                let b = if b_reg != 0 { self.f[b_reg - 1] } else { self.fsr_pend_b };
                two_sum_nx!(f64::from_bits(self.fsr_pend_a), f64::from_bits(b), k == FSR_PEND_SUBD)
            }
            FSR_PEND_ADDS | FSR_PEND_SUBS => two_sum_nx!(
                f32::from_bits(self.fsr_pend_a as u32),
                f32::from_bits(self.fsr_pend_b as u32),
                k == FSR_PEND_SUBS
            ),
            _ => return,
        };
        // cexc (bits 4:0) = NX or nothing, ftt (16:14) = 0.
        self.fsr = (self.fsr & !(0x1f | (7 << 14))) | nx as u64;
    }
}

/// `cc_op` values: how to compute %ccr from `cc_a`, `cc_b`, `cc_r`.
pub const CC_OP_CCR: u64 = 0;
pub const CC_OP_ADD: u64 = 1;
pub const CC_OP_SUB: u64 = 2;
pub const CC_OP_LOGIC: u64 = 3;
/// As CC_OP_ADD / CC_OP_SUB with `cc_r` not stored: r = a + b / a - b
/// (addcc and subcc without a carry in; translated code saves a store).
pub const CC_OP_ADD2: u64 = 4;
pub const CC_OP_SUB2: u64 = 5;

/// %ccr of a lazy flags record (V9 manual 5.1.6.2 / A.2, A.58). (Inline:
/// the interpreter, in the runtime crate, settles flags at most
/// conditional branches; a call cost ~45 host instructions, callgrind,
/// sparc32plus hashtable interpreted, 2026-12-04.)
#[inline]
pub fn lazy_ccr(op: u64, a: u64, b: u64, r: u64) -> u64 {
    let nz = |r: u64| {
        let mut f = 0;
        if r >> 63 != 0 {
            f |= CC_N << 4;
        }
        if r == 0 {
            f |= CC_Z << 4;
        }
        if (r >> 31) & 1 != 0 {
            f |= CC_N;
        }
        if r as u32 == 0 {
            f |= CC_Z;
        }
        f
    };
    let vc = |v: u64, c: u64| ((v >> 63) << 5) | (((c >> 63) & 1) << 4) | (((v >> 31) & 1) << 1) | ((c >> 31) & 1);
    match op {
        CC_OP_ADD => nz(r) | vc((a ^ r) & (b ^ r), (a & b) | ((a | b) & !r)),
        CC_OP_SUB => nz(r) | vc((a ^ b) & (a ^ r), (!a & b) | (!(a ^ b) & r)),
        CC_OP_LOGIC => nz(r),
        CC_OP_ADD2 => lazy_ccr(CC_OP_ADD, a, b, a.wrapping_add(b)),
        CC_OP_SUB2 => lazy_ccr(CC_OP_SUB, a, b, a.wrapping_sub(b)),
        _ => 0,
    }
}

// The `preserve_all` entry of [`helper_settle_cc`] (see
// `crate::preserve_all`).
crate::preserve_all_entry!(pub(crate) fn settle_cc_preserve_all_addr, "lastmile_sparc_settle_cc_preserve_all", helper_settle_cc);

/// Settle lazy condition codes into `ccr` and return it (called from
/// translated code when a block reads flags set by an earlier block).
pub extern "C" fn helper_settle_cc(cpu: *mut SparcCpu) -> u64 {
    // SAFETY: translated code passes the CPU it runs on.
    let cpu = unsafe { &mut *cpu };
    cpu.settle_cc()
}

/// How a translated block finished. The runtime acts on it and resumes at
/// `cpu.pc` / `cpu.npc`.
#[repr(u64)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Continue at pc/npc.
    Normal = 0,
    /// Tcc taken: `exit_arg` holds the trap number (0..127 software traps);
    /// pc is the trap instruction, npc the one after it.
    Trap = 1,
    /// illegal_instruction at pc (`exit_arg` = the word).
    Illegal = 2,
    /// privileged_opcode at pc.
    Privileged = 3,
    /// Data access fault (window spill/fill): `exit_arg` = address.
    Fault = 4,
    /// division_by_zero at pc.
    DivZero = 5,
    /// mem_address_not_aligned at pc: `exit_arg` = address.
    Unaligned = 6,
    /// Instruction fetch fault at pc.
    FetchFault = 7,
    /// tag_overflow (taddcctv/tsubcctv).
    TagOverflow = 8,
    /// fp_disabled or unimplemented FP operation.
    FpUnimplemented = 9,
    /// flushw / ta 3: spill all windows then continue (handled by runtime).
    Flushw = 10,
    /// fp_exception_ieee_754 with the exception's trap enabled in
    /// %fsr.TEM: deliver SIGFPE at pc (the FPop did not complete; %fsr has
    /// ftt = 1 and the exception in cexc). `exit_arg` = the si_code Linux
    /// gives (FPE_FLTINV 7, FPE_FLTOVF 4, FPE_FLTUND 5, FPE_FLTDIV 3,
    /// FPE_FLTRES 6).
    FpException = 11,
}

impl Exit {
    pub fn from_u64(v: u64) -> Exit {
        match v {
            0 => Exit::Normal,
            1 => Exit::Trap,
            2 => Exit::Illegal,
            3 => Exit::Privileged,
            4 => Exit::Fault,
            5 => Exit::DivZero,
            6 => Exit::Unaligned,
            7 => Exit::FetchFault,
            8 => Exit::TagOverflow,
            9 => Exit::FpUnimplemented,
            11 => Exit::FpException,
            _ => Exit::Flushw,
        }
    }
}

/// Exits of regions' computed jumps to targets compiled outside them per
/// one the runtime profiles (`SparcCpu::jump_sample`).
pub const JUMP_SAMPLE_PERIOD: u64 = 64;

impl SparcCpu {
    /// A zeroed CPU with the current window in the middle of the array.
    pub fn new_boxed(membase: u64, bits64: bool) -> Box<SparcCpu> {
        let layout = std::alloc::Layout::new::<SparcCpu>();
        // SAFETY: every field is an integer or raw pointer, for which all-zero
        // bytes are valid values.
        let mut cpu: Box<SparcCpu> = unsafe {
            let p = std::alloc::alloc_zeroed(layout) as *mut SparcCpu;
            if p.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            Box::from_raw(p)
        };
        cpu.membase = membase;
        cpu.bias = if bits64 { STACK_BIAS64 } else { 0 };
        cpu.addr_mask = if bits64 { u64::MAX } else { 0xffff_ffff };
        cpu.fp_pure_fn = super::lift::fp_pure_entry();
        cpu.jump_sample = JUMP_SAMPLE_PERIOD;
        cpu.set_wbase(((NWINDOWS - 1) * 16) as u64);
        cpu
    }

    /// Index of the current window in `win` (a multiple of 16), from `wptr`.
    #[inline]
    pub fn wbase(&self) -> u64 {
        (self.wptr as usize).wrapping_sub(self.win.as_ptr() as usize) as u64 / 8
    }

    /// Older windows held in `win` above the current one, from `rlimit`.
    #[inline]
    pub fn canrestore(&self) -> u64 {
        (self.rlimit as usize).wrapping_sub(self.wptr as usize) as u64 / (16 * 8)
    }

    /// Make window `wbase` current; `canrestore` keeps its value.
    pub fn set_wbase(&mut self, wbase: u64) {
        let cr = self.canrestore();
        self.wptr = self.win.as_mut_ptr().wrapping_add(wbase as usize);
        self.set_canrestore(cr);
    }

    /// Set `canrestore` (the current window stays).
    pub fn set_canrestore(&mut self, cr: u64) {
        self.rlimit = self.wptr.wrapping_add(16 * cr as usize);
    }

    /// The lowest `wptr` with room for a `save` without a spill
    /// (`wbase >= 16`): translated code tests `wptr` against `cpu` plus
    /// this.
    pub const SAVE_ROOM_OFFSET: usize = std::mem::offset_of!(SparcCpu, win) + 16 * 8;

    /// Read integer register r (0..31) of the current window.
    #[inline]
    pub fn reg(&self, r: u32) -> u64 {
        let r = r as usize;
        if r < 8 {
            if r == 0 {
                0
            } else {
                self.g[r]
            }
        } else {
            self.win[self.wbase() as usize + r - 8]
        }
    }

    /// Write integer register r (writes to %g0 are discarded).
    #[inline]
    pub fn set_reg(&mut self, r: u32, v: u64) {
        let r = r as usize;
        if r < 8 {
            if r != 0 {
                self.g[r] = v;
            }
        } else {
            self.win[self.wbase() as usize + r - 8] = v;
        }
    }

    /// Make `ccr` hold the flags (from the lazy record if need be).
    #[inline]
    pub fn settle_cc(&mut self) -> u64 {
        if self.cc_op != CC_OP_CCR {
            self.ccr = lazy_ccr(self.cc_op, self.cc_a, self.cc_b, self.cc_r);
            self.cc_op = CC_OP_CCR;
        }
        self.ccr
    }

    /// Set or clear the carry flag of both icc and xcc (the Linux system-call
    /// error convention: sparc64 tests %xcc, sparc32 %icc).
    pub fn set_syscall_carry(&mut self, err: bool) {
        let c = CC_C | (CC_C << 4);
        if err {
            self.ccr |= c;
        } else {
            self.ccr &= !c;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `wbase` and `canrestore` are derived from the two window pointers;
    /// the setters keep each other's value, and moving `wptr` alone by a
    /// window (what translated code's `save`/`restore` do) moves
    /// `canrestore` the other way by one.
    #[test]
    fn window_pointers_give_wbase_and_canrestore() {
        let mut cpu = SparcCpu::new_boxed(0, true);
        assert_eq!((cpu.wbase(), cpu.canrestore()), (((NWINDOWS - 1) * 16) as u64, 0));
        cpu.set_wbase(32);
        cpu.set_canrestore(5);
        assert_eq!((cpu.wbase(), cpu.canrestore()), (32, 5));
        cpu.set_wbase(48);
        assert_eq!((cpu.wbase(), cpu.canrestore()), (48, 5));
        assert_eq!(cpu.wptr, cpu.win.as_mut_ptr().wrapping_add(48));
        cpu.wptr = cpu.wptr.wrapping_sub(16);
        assert_eq!((cpu.wbase(), cpu.canrestore()), (32, 6));
        cpu.wptr = cpu.wptr.wrapping_add(32);
        assert_eq!((cpu.wbase(), cpu.canrestore()), (64, 4));
        assert!(cpu.wptr < cpu.rlimit);
        // The save test's bound: wbase >= 16.
        let room = (&*cpu as *const SparcCpu as usize) + SparcCpu::SAVE_ROOM_OFFSET;
        cpu.set_wbase(16);
        assert_eq!(cpu.wptr as usize, room);
        cpu.set_wbase(0);
        assert!((cpu.wptr as usize) < room);
    }

    /// A pending add whose `b` is named as a register (`FSR_PEND_B_IN_F`)
    /// takes it from `f`, not from `fsr_pend_b` (which holds garbage then).
    #[test]
    fn settle_fsr_takes_b_from_the_register_fsr_pend_names() {
        let mut cpu = SparcCpu::new_boxed(0, true);
        // 1 + 2^-60 is inexact, 1 + 0.5 exact.
        cpu.fsr_pend_a = 1.0f64.to_bits();
        cpu.fsr_pend_b = 0.5f64.to_bits();
        cpu.f[5] = 2f64.powi(-60).to_bits();
        cpu.fsr = 0x1f | (3 << 14);
        cpu.fsr_pend = FSR_PEND_ADDD | (6 << 8);
        cpu.settle_fsr();
        assert_eq!((cpu.fsr, cpu.fsr_pend), (1, 0), "b from f[5]: inexact");
        cpu.f[5] = 0.5f64.to_bits();
        cpu.fsr_pend_b = 2f64.powi(-60).to_bits();
        cpu.fsr = 0x1f;
        cpu.fsr_pend = FSR_PEND_SUBD | (6 << 8);
        cpu.settle_fsr();
        assert_eq!(cpu.fsr, 0, "b from f[5]: exact");
        cpu.fsr = 0x1f;
        cpu.fsr_pend = FSR_PEND_SUBD;
        cpu.settle_fsr();
        assert_eq!(cpu.fsr, 1, "b from fsr_pend_b: inexact");
        // Armed only (FSR_PEND_A_NONE): %fsr stays as it is, whatever b is.
        for (kind, fsr) in [(FSR_PEND_ADDD | (6 << 8), 0x1f | (3 << 14)), (FSR_PEND_SUBD, 0x1f), (FSR_PEND_ADDS, 0x1f)] {
            cpu.fsr = fsr;
            cpu.fsr_pend_a = FSR_PEND_A_NONE;
            cpu.fsr_pend = kind;
            cpu.settle_fsr();
            assert_eq!((cpu.fsr, cpu.fsr_pend), (fsr, 0), "armed kind {kind:#x}");
        }
        // A single's operand in the low 32 bits with the sentinel's high
        // half left above it (stores of singles are 4 bytes) still counts.
        cpu.fsr = 0x1f;
        cpu.fsr_pend_a = (FSR_PEND_A_NONE & !0xffff_ffff) | 1.0f32.to_bits() as u64;
        cpu.fsr_pend_b = 0.5f32.to_bits() as u64;
        cpu.fsr_pend = FSR_PEND_ADDS;
        cpu.settle_fsr();
        assert_eq!(cpu.fsr, 0, "a single operand: 1 + 0.5 exact");
    }
}
