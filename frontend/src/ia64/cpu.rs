//! The IA-64 CPU state seen by translated code, the block exit protocol, and
//! the register stack engine (RSE).
//!
//! # Contract with the runtime (runtime/src/ia64)
//!
//! - [`Ia64Cpu`] is `#[repr(C)]`; translated code addresses it with
//!   `offset_of!`. Allocate it with [`Ia64Cpu::new_boxed`] (it is large: the
//!   stacked-register ring is in it).
//! - **ip**: `cpu.ip` is the bundle address with the slot number (PSR.ri,
//!   0..2) in bits 1:0. Blocks start at any slot: a block key is `ip | ri`.
//!   A branch target always has ri = 0.
//! - **A block** is `extern "tail" fn(cpu: *mut Ia64Cpu) -> u64` (the jit's
//!   call convention); it returns an [`Exit`] code with `cpu.ip` set as the
//!   code's documentation says. A normal exit whose chain slot was empty sets
//!   `cpu.chain_slot` (as SPARC does: the runtime fills it and clears it).
//! - **Registers**: r0-r31 in `gr`/`gr_nat` (r0 is 0 and never written);
//!   r32-r127 of the current frame are in the ring `stk`/`stk_nat`, logical
//!   register r32+n at ring index `gr_map[n]` (which includes rotation by
//!   rrb.gr). Use [`Ia64Cpu::gr`] / [`Ia64Cpu::set_gr`] from the runtime
//!   (system call arguments are `out0..` of the caller = r32+sol.., results go
//!   to r8/r10 which are static).
//! - **Predicates**: `pr` holds the *logical* predicates (bit i = p<i> as
//!   the current rrb.pr names them; bit 0 always 1). When rrb.pr changes the
//!   rotating field is rotated (see [`Ia64Cpu::set_rrb_pr`]). Whole-file
//!   moves (`mov r=pr`, `mov pr=r`, signal contexts) see the *physical*
//!   file: use [`Ia64Cpu::pr_physical`] / [`Ia64Cpu::set_pr_physical`].
//! - **CFM** is kept as separate fields (`sof`, `sol`, `sor` in registers,
//!   `rrb_gr`, `rrb_fr`, `rrb_pr`); [`Ia64Cpu::cfm`] gives the architectural
//!   38-bit value (SDM Vol. 2, 3.1.1; the layout of ar.pfs.pfm) and
//!   [`Ia64Cpu::set_cfm`] sets it (signal return). After changing any of these
//!   or `bof` from the runtime call [`Ia64Cpu::remap`].
//! - **RSE** (SDM Vol. 2, chapter 6): the current frame starts at ring index
//!   `bof`; the `ndirty` ring slots below it hold registers of older frames
//!   not yet written to the backing store. They belong at backing-store
//!   addresses `[bspstore, bsp)` (with a NaT collection word in every slot
//!   whose address bits 8:3 are 63). `bsp` and `bspstore` are the exact
//!   architectural ar.bsp / ar.bspstore; `rnat` is ar.rnat (the NaT bits of
//!   the registers spilled into the current, unfinished 63-slot group). The
//!   operations that touch the backing store take a [`BackingStore`]; the
//!   runtime provides the lifter's `rse` helper (see `lift::Helpers`) that
//!   calls [`rse_helper`] with its guest memory.
//!   Signal delivery: call [`Ia64Cpu::flushrs`] (then bspstore == bsp and
//!   the backing store holds every older frame), or [`Ia64Cpu::cover`]
//!   first as Linux's kernel entry does. As the SDM (Vol. 2, 6.5) requires,
//!   `mov` to/from ar.bspstore and ar.rnat and `loadrs` are Illegal
//!   Operations unless ar.rsc.mode is 0 (Linux starts programs with rsc =
//!   0xf: eager mode), and ar.rnat keeps stale bits for slots not yet
//!   spilled (Ski agrees bit for bit).
//! - **Misaligned accesses** succeed (Linux's unaligned.c emulates them)
//!   except atomics, ld16/st16 and spill/fill ([`Exit::Unaligned`]: SIGBUS);
//!   misaligned speculative loads give NaT.
//! - **FP registers**: `fr[i] = [significand, sign << 17 | exponent]` (82-bit
//!   register format, SDM Vol. 1, 5.1). fr0 = +0.0, fr1 = +1.0 always (never
//!   written). Rotating f32-f127 are at `fr_map[i - 32]`.
//! - **Memory**: guest addresses are folded into the host reservation as
//!   `lift::Fold` says (host = base + ((a >> 61) << shift) +
//!   min(a & (2^61 - 1), limit)), little-endian, no swaps.
//! - **Faults in translated code**: the host fault handler finds the guest
//!   ip with `jit.fault_location` and [`fault_srcloc`]; registers are exact
//!   at every access (written back before it).

use std::mem::offset_of;

/// Slots in the stacked-register ring. More than the 96 one frame can use
/// so that calls and returns rarely touch memory; a power of two so that
/// ring arithmetic is a mask.
pub const RING: usize = 1024;
pub const RING_MASK: u64 = RING as u64 - 1;

/// Entries of the ALAT model (SDM Vol. 1, 4.4.5.2). Hardware has 32.
pub const ALAT_N: usize = 32;

/// Linux's initial ar.fpsr (arch/ia64/include/asm/fpu.h FPSR_DEFAULT).
pub const FPSR_DEFAULT: u64 = 0x0009_804c_0270_033f;

/// FR register format constants (SDM Vol. 1, 5.1.1).
pub const FR_EXP_BIAS: u64 = 0xffff;
/// Exponent of an integer held in an FR (setf.sig, xma results): 2^63 scale.
pub const FR_EXP_INT: u64 = 0x1003e;
/// NaTVal: sign 0, exponent 0x1fffe, significand 0.
pub const FR_NATVAL_EXP: u64 = 0x1fffe;

/// Application register numbers (SDM Vol. 1, Table 3-3).
pub mod ar {
    pub const K0: u8 = 0;
    pub const K7: u8 = 7;
    pub const RSC: u8 = 16;
    pub const BSP: u8 = 17;
    pub const BSPSTORE: u8 = 18;
    pub const RNAT: u8 = 19;
    pub const FCR: u8 = 21;
    pub const EFLAG: u8 = 24;
    pub const CSD: u8 = 25;
    pub const SSD: u8 = 26;
    pub const CFLG: u8 = 27;
    pub const FSR: u8 = 28;
    pub const FIR: u8 = 29;
    pub const FDR: u8 = 30;
    pub const CCV: u8 = 32;
    pub const UNAT: u8 = 36;
    pub const FPSR: u8 = 40;
    pub const ITC: u8 = 44;
    pub const RUC: u8 = 45;
    pub const PFS: u8 = 64;
    pub const LC: u8 = 65;
    pub const EC: u8 = 66;
}

/// One ALAT entry: the physical register it guards (its byte offset in
/// [`Ia64Cpu`], unique per physical register), the guarded address range.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct AlatEntry {
    /// 0: empty.
    pub reg: u64,
    pub addr: u64,
    pub size: u64,
}

#[repr(C)]
pub struct Ia64Cpu {
    /// r0..r31 (r0 is always 0).
    pub gr: [u64; 32],
    /// NaT bits of r0..r31, one byte each (0 or 1).
    pub gr_nat: [u8; 32],
    /// Bundle address | slot (PSR.ri) in bits 1:0.
    pub ip: u64,
    /// Logical predicates p0..p63 (bit 0 always 1).
    pub pr: u64,
    pub br: [u64; 8],
    // --- CFM (SDM Vol. 2, 3.1.1 / Vol. 1, 3.1.7)
    /// Size of frame, size of locals, size of rotating region (registers).
    pub sof: u64,
    pub sol: u64,
    pub sor: u64,
    pub rrb_gr: u64,
    pub rrb_fr: u64,
    pub rrb_pr: u64,
    // --- RSE
    /// Ring index of the current frame's r32.
    pub bof: u64,
    /// Registers of older frames held in the ring below `bof`, not yet in the
    /// backing store.
    pub ndirty: u64,
    /// ar.bsp: backing-store address of the current frame's r32.
    pub bsp: u64,
    /// ar.bspstore: where the next spill goes.
    pub bspstore: u64,
    /// ar.rnat.
    pub rnat: u64,
    /// ar.rsc (mode 1:0, pl 3:2, be 4, loadrs 29:16).
    pub rsc: u64,
    // --- other application registers
    pub lc: u64,
    pub ec: u64,
    pub pfs: u64,
    pub ccv: u64,
    pub unat: u64,
    pub fpsr: u64,
    pub csd: u64,
    pub ssd: u64,
    /// Extra information of the exit code a block returned.
    pub exit_arg: u64,
    /// See the SPARC runtime: the exit slot to fill with the next block.
    pub chain_slot: u64,
    /// Valid ALAT entries (stores only look at the ALAT when it is non-zero).
    pub alat_count: u64,
    pub alat: [AlatEntry; ALAT_N],
    /// Ring index of logical r32+n (n < sof), rotation included; entries
    /// from sof up are stale.
    pub gr_map: [u64; 96],
    /// Physical FR of logical f32+n.
    pub fr_map: [u64; 96],
    /// f0..f127: [significand, sign << 17 | exponent].
    pub fr: [[u64; 2]; 128],
    /// The stacked-register ring and its NaT bits.
    pub stk: [u64; RING],
    pub stk_nat: [u8; RING],
}

/// How a translated block finished. `cpu.ip` is where to continue unless
/// said otherwise; for faults it is the faulting slot (Linux reports
/// si_addr = ip + ri for them, arch/ia64/kernel/traps.c).
#[repr(u64)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Continue at `ip`.
    Normal = 0,
    /// `break 0x100000`: a Linux system call (number in r15). `ip` is the
    /// slot after the break (the kernel resumes there).
    Syscall = 1,
    /// Any other `break` (also `break.b`, `break.x`): `exit_arg` = the
    /// immediate; `ip` = the break. Linux: ia64_bad_break (traps.c): 0 ->
    /// SIGILL ILL_ILLOPC, 1 -> SIGFPE FPE_INTDIV, 2 -> SIGFPE FPE_INTOVF, ...,
    /// < 0x80000 -> SIGILL __ILL_BREAK, else SIGTRAP TRAP_BRKPT.
    Break = 2,
    /// Illegal Operation fault (illegal slot, reserved template, register
    /// out of frame, bad alloc ...): SIGILL (Linux's General Exception path
    /// gives force_sig(SIGILL)). `exit_arg` = the 41-bit slot.
    Illegal = 3,
    /// Privileged Operation fault (a privileged instruction): SIGILL.
    Privileged = 4,
    /// Privileged Register fault (write to ar.k0-7, ar.itc ...; cr/psr access): SIGILL.
    PrivReg = 5,
    /// Reserved Register/Field fault (a reserved ar, a write of a reserved
    /// field): SIGILL.
    Reserved = 6,
    /// Register NaT Consumption fault: SIGILL ILL_ILLOPN, si_addr = ip + ri.
    NatConsumption = 7,
    /// A guest memory access the RSE helper or another helper made failed:
    /// `exit_arg` = the guest address (SIGSEGV). Faults of translated loads
    /// and stores come through the host fault handler instead.
    Fault = 8,
    /// The slot decodes but is not executed yet (floating-point arithmetic):
    /// `exit_arg` = the slot; treat as SIGILL (and log it).
    Unimplemented = 9,
    /// `sync.i` ran: code may have been modified (after `fc`). Flush
    /// translations of the guest range if needed, then continue at `ip`
    /// (the next slot).
    SyncI = 10,
    /// An unaligned access Linux does not emulate (arch/ia64/kernel/
    /// unaligned.c: cmpxchg/xchg/fetchadd, ld16/st16, ld8.fill/st8.spill,
    /// ldf.fill/stf.spill): SIGBUS BUS_ADRALN, `exit_arg` = the address.
    /// (Other misaligned accesses simply succeed, as Linux fixes them up;
    /// speculative ones give NaT.)
    Unaligned = 11,
}

impl Exit {
    pub fn from_u64(v: u64) -> Exit {
        match v {
            0 => Exit::Normal,
            1 => Exit::Syscall,
            2 => Exit::Break,
            3 => Exit::Illegal,
            4 => Exit::Privileged,
            5 => Exit::PrivReg,
            6 => Exit::Reserved,
            7 => Exit::NatConsumption,
            8 => Exit::Fault,
            9 => Exit::Unimplemented,
            10 => Exit::SyncI,
            _ => Exit::Unaligned,
        }
    }
}

/// Guest memory as the RSE sees it (the runtime implements it over its
/// guest memory; tests over a buffer). Accesses are 8 bytes, aligned,
/// little-endian.
pub trait BackingStore {
    fn load(&mut self, addr: u64) -> Option<u64>;
    fn store(&mut self, addr: u64, v: u64) -> bool;
}

/// Operations of the `rse` helper (its `op` argument).
pub mod rse_op {
    /// `alloc`: arg = sof | sol << 8 | sor << 16 (sor in registers).
    pub const ALLOC: u64 = 1;
    /// `br.ret`: restore CFM from ar.pfs (filling from the backing store).
    pub const RET: u64 = 2;
    /// `flushrs`.
    pub const FLUSHRS: u64 = 3;
    /// `loadrs`.
    pub const LOADRS: u64 = 4;
}

/// The body of the runtime's `rse` helper: perform `op` (see [`rse_op`])
/// with `mem`; returns 0, or an [`Exit`] code (`Fault` with `exit_arg` set,
/// `Illegal`, `Reserved`).
pub fn rse_helper(cpu: &mut Ia64Cpu, mem: &mut dyn BackingStore, op: u64, arg: u64) -> u64 {
    let r = match op {
        rse_op::ALLOC => cpu.alloc(mem, arg & 0x7f, (arg >> 8) & 0x7f, (arg >> 16) & 0x7f),
        rse_op::RET => cpu.ret(mem),
        rse_op::FLUSHRS => cpu.flushrs(mem),
        rse_op::LOADRS => cpu.loadrs(mem),
        _ => Err(Exit::Illegal),
    };
    match r {
        Ok(()) => 0,
        Err(e) => e as u64,
    }
}

/// Rotate the 48 rotating predicates (p16-p63) of `pr` left by `n` (mod
/// 48): logical -> physical for n = rrb.pr, physical -> logical for 48 - n.
pub fn pr_rotate(pr: u64, n: u64) -> u64 {
    let m = (1u64 << 48) - 1;
    let f = (pr >> 16) & m;
    let n = n % 48;
    let r = if n == 0 { f } else { ((f << n) | (f >> (48 - n))) & m };
    (pr & 0xffff) | r << 16
}

/// Slot number (bits 8:3) of a backing-store address; 63 is a NaT collection.
#[inline]
pub fn rse_slot(addr: u64) -> u64 {
    (addr >> 3) & 0x3f
}

/// The backing-store address `n` registers after (n < 0: before) `addr`,
/// stepping over NaT collection slots (SDM Vol. 2, 6.5.1; Linux's
/// ia64_rse_skip_regs computes the same).
pub fn rse_skip(addr: u64, n: i64) -> u64 {
    let slot = rse_slot(addr) as i64;
    let mut delta = slot + n;
    if n < 0 {
        delta -= 62;
    }
    addr.wrapping_add(((n + delta / 63) * 8) as u64)
}

/// Registers (not collection slots) between two backing-store addresses.
pub fn rse_num_regs(from: u64, to: u64) -> u64 {
    let slots = (to.wrapping_sub(from)) >> 3;
    slots - rse_slot(from).wrapping_add(slots) / 64
}

impl Ia64Cpu {
    /// A zeroed CPU in Linux's initial user state (SDM/Linux defaults:
    /// p0 = 1, f1 = 1.0, ar.fpsr = FPSR_DEFAULT, ar.rsc = 0xf (eager mode,
    /// pl 3, as Linux's start_thread sets), empty frame), with the backing
    /// store starting at `bsp`.
    pub fn new_boxed(bsp: u64) -> Box<Ia64Cpu> {
        let layout = std::alloc::Layout::new::<Ia64Cpu>();
        // SAFETY: every field is an integer (or array of integers), for
        // which all-zero bytes are valid.
        let mut cpu: Box<Ia64Cpu> = unsafe {
            let p = std::alloc::alloc_zeroed(layout) as *mut Ia64Cpu;
            if p.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            Box::from_raw(p)
        };
        cpu.pr = 1;
        cpu.fr[1] = [1 << 63, FR_EXP_BIAS];
        cpu.fpsr = FPSR_DEFAULT;
        cpu.rsc = 0xf;
        cpu.bsp = bsp;
        cpu.bspstore = bsp;
        for i in 0..96 {
            cpu.fr_map[i] = 32 + i as u64;
        }
        cpu.remap();
        cpu
    }

    /// Byte offset in the CPU of `stk[idx]`.
    pub fn stk_offset(idx: u64) -> u64 {
        (offset_of!(Ia64Cpu, stk) as u64) + 8 * (idx & RING_MASK)
    }

    /// Recompute `gr_map` from bof, sof, sor and rrb.gr (SDM Vol. 1, 4.5.1:
    /// r32+n with n < sor is renamed to r32 + (n + rrb.gr) mod sor).
    pub fn remap(&mut self) {
        // Hot: every call, return and alloc ends here. Two straight loops
        // (no division, no per-entry branch) that the compiler vectorizes.
        let sor = (self.sor as usize).min(96);
        let rrb = if sor == 0 { 0 } else { self.rrb_gr as usize % sor };
        let bof = self.bof;
        for n in 0..sor {
            let t = if n + rrb >= sor { n + rrb - sor } else { n + rrb };
            self.gr_map[n] = (bof + t as u64) & RING_MASK;
        }
        // Entries at and above sof are never read (translated code checks
        // the frame before it loads gr_map[n]; gr/set_gr check sof), so
        // they are left stale.
        let sof = (self.sof as usize).clamp(sor, 96);
        for n in sor..sof {
            self.gr_map[n] = (bof + n as u64) & RING_MASK;
        }
    }

    /// Recompute `fr_map` from rrb.fr (f32-f127 rotate by rrb.fr mod 96).
    pub fn remap_fr(&mut self) {
        let r = (self.rrb_fr % 96) as usize;
        for n in 0..96usize {
            let t = if n + r >= 96 { n + r - 96 } else { n + r };
            self.fr_map[n] = 32 + t as u64;
        }
    }

    /// Read GR r (value, NaT). Registers beyond the frame read as 0.
    pub fn gr(&self, r: u32) -> (u64, bool) {
        let r = r as usize;
        if r < 32 {
            (self.gr[r], self.gr_nat[r] != 0)
        } else if ((r - 32) as u64) < self.sof {
            let i = self.gr_map[r - 32] as usize;
            (self.stk[i], self.stk_nat[i] != 0)
        } else {
            (0, false)
        }
    }

    /// Write GR r (writes to r0 and beyond the frame are ignored).
    pub fn set_gr(&mut self, r: u32, v: u64, nat: bool) {
        let r = r as usize;
        if r == 0 {
            return;
        }
        if r < 32 {
            self.gr[r] = v;
            self.gr_nat[r] = nat as u8;
        } else if ((r - 32) as u64) < self.sof {
            let i = self.gr_map[r - 32] as usize;
            self.stk[i] = v;
            self.stk_nat[i] = nat as u8;
        }
    }

    /// The architectural CFM (sof 6:0, sol 13:7, sor/8 17:14, rrb.gr 24:18,
    /// rrb.fr 31:25, rrb.pr 37:32).
    pub fn cfm(&self) -> u64 {
        self.sof | self.sol << 7 | (self.sor / 8) << 14 | self.rrb_gr << 18 | self.rrb_fr << 25 | self.rrb_pr << 32
    }

    /// Set CFM without moving the frame (bof stays), with the predicate
    /// rotation and register maps updated.
    pub fn set_cfm(&mut self, cfm: u64) {
        self.sof = (cfm & 0x7f).min(96);
        self.sol = ((cfm >> 7) & 0x7f).min(self.sof);
        self.sor = (((cfm >> 14) & 0xf) * 8).min(self.sof);
        self.rrb_gr = (cfm >> 18) & 0x7f;
        if self.sor == 0 || self.rrb_gr >= self.sor {
            self.rrb_gr = if self.sor == 0 { 0 } else { self.rrb_gr % self.sor };
        }
        self.rrb_fr = ((cfm >> 25) & 0x7f) % 96;
        // fr_map[0] = 32 + rrb.fr whenever the map is current: skip the
        // rebuild in the common case (a return with rrb.fr unchanged).
        if self.fr_map[0] != 32 + self.rrb_fr {
            self.remap_fr();
        }
        self.set_rrb_pr(((cfm >> 32) & 0x3f) % 48);
        self.remap();
    }

    /// Change rrb.pr, keeping `pr` logical: logical p(16+k) is physical
    /// p(16 + (k + rrb.pr) mod 48).
    pub fn set_rrb_pr(&mut self, new: u64) {
        if new % 48 == self.rrb_pr {
            // Nothing rotates (every call and most returns).
            self.pr |= 1;
            return;
        }
        let field = (self.pr >> 16) & ((1 << 48) - 1);
        // physical[(k + old) % 48] = logical[k]: rotate left by old.
        let rotl = |v: u64, n: u64| {
            let n = n % 48;
            if n == 0 {
                v
            } else {
                ((v << n) | (v >> (48 - n))) & ((1 << 48) - 1)
            }
        };
        let phys = rotl(field, self.rrb_pr);
        let logical = rotl(phys, 48 - new % 48);
        self.pr = (self.pr & 0xffff) | logical << 16 | 1;
        self.rrb_pr = new % 48;
    }

    /// The predicates as `mov r1 = pr` reads them: the *physical* file
    /// (the rotating region is not renamed by rrb.pr for whole-file moves;
    /// Ski does the same). This is also what a signal context saves, with
    /// rrb.pr in the CFM beside it.
    pub fn pr_physical(&self) -> u64 {
        pr_rotate(self.pr, self.rrb_pr)
    }

    /// Set the predicates from their physical arrangement (`mov pr = r2`
    /// with a full mask, sigreturn).
    pub fn set_pr_physical(&mut self, v: u64) {
        self.pr = pr_rotate(v, 48 - self.rrb_pr % 48) | 1;
    }

    /// rotate_regs() of the SDM (br.ctop/cexit/wtop/wexit): every rrb
    /// decremented modulo its region size.
    pub fn rotate_regs(&mut self) {
        if self.sor != 0 {
            self.rrb_gr = (self.rrb_gr + self.sor - 1) % self.sor;
        }
        self.rrb_fr = (self.rrb_fr + 95) % 96;
        self.set_rrb_pr((self.rrb_pr + 47) % 48);
        self.remap();
        self.remap_fr();
    }

    /// Spill the oldest dirty register to ar.bspstore (SDM Vol. 2, 6.5).
    fn spill_one(&mut self, mem: &mut dyn BackingStore) -> Result<(), Exit> {
        let idx = (self.bof.wrapping_sub(self.ndirty)) & RING_MASK;
        let a = self.bspstore;
        if !mem.store(a, self.stk[idx as usize]) {
            self.exit_arg = a;
            return Err(Exit::Fault);
        }
        let bit = 1u64 << rse_slot(a);
        if self.stk_nat[idx as usize] != 0 {
            self.rnat |= bit;
        } else {
            self.rnat &= !bit;
        }
        self.bspstore = a.wrapping_add(8);
        self.ndirty -= 1;
        if rse_slot(self.bspstore) == 63 {
            // The NaT collection word of the 63 slots below.
            if !mem.store(self.bspstore, self.rnat) {
                self.exit_arg = self.bspstore;
                return Err(Exit::Fault);
            }
            // ar.rnat keeps its bits: each is rewritten when its slot of
            // the next group is spilled (the bits of unwritten slots are
            // undefined; Ski leaves them as they were, so do we).
            self.bspstore = self.bspstore.wrapping_add(8);
        }
        Ok(())
    }

    /// Load the register just below ar.bspstore into the ring slot below
    /// the dirty ones (a mandatory RSE load).
    fn fill_one(&mut self, mem: &mut dyn BackingStore) -> Result<(), Exit> {
        let mut a = self.bspstore.wrapping_sub(8);
        if rse_slot(a) == 63 {
            self.rnat = mem.load(a).ok_or_else(|| {
                self.exit_arg = a;
                Exit::Fault
            })?;
            a = a.wrapping_sub(8);
        }
        let v = mem.load(a).ok_or_else(|| {
            self.exit_arg = a;
            Exit::Fault
        })?;
        self.ndirty += 1;
        let idx = (self.bof.wrapping_sub(self.ndirty)) & RING_MASK;
        self.stk[idx as usize] = v;
        self.stk_nat[idx as usize] = ((self.rnat >> rse_slot(a)) & 1) as u8;
        self.bspstore = a;
        Ok(())
    }

    /// Spill until `need` more ring slots are free above the current frame.
    fn make_room(&mut self, mem: &mut dyn BackingStore, new_sof: u64) -> Result<(), Exit> {
        while self.ndirty + new_sof > RING as u64 {
            self.spill_one(mem)?;
        }
        Ok(())
    }

    /// `alloc`: new sof/sol/sor (SDM Vol. 3, alloc). The caller has checked
    /// sol <= sof <= 96 and sor <= sof.
    pub fn alloc(&mut self, mem: &mut dyn BackingStore, sof: u64, sol: u64, sor: u64) -> Result<(), Exit> {
        if sol > sof || sor > sof || sof > 96 {
            return Err(Exit::Illegal);
        }
        // Changing sor while a rotating base is non-zero is a Reserved
        // Register/Field fault.
        if sor != self.sor && (self.rrb_gr | self.rrb_fr | self.rrb_pr) != 0 {
            return Err(Exit::Reserved);
        }
        self.make_room(mem, sof)?;
        self.sof = sof;
        self.sol = sol;
        self.sor = sor;
        self.remap();
        Ok(())
    }

    /// The frame part of `br.call`: ar.pfs = (pfm = CFM, pec = EC, ppl = 3);
    /// the caller's outputs become the callee's frame (SDM Vol. 3, br).
    pub fn call(&mut self) {
        self.pfs = self.cfm() | (self.ec & 0x3f) << 52 | 3 << 62;
        let sol = self.sol;
        self.bof = (self.bof + sol) & RING_MASK;
        self.ndirty += sol;
        self.bsp = rse_skip(self.bsp, sol as i64);
        self.sof -= sol;
        self.sol = 0;
        self.sor = 0;
        self.rrb_gr = 0;
        if self.rrb_fr != 0 {
            self.rrb_fr = 0;
            self.remap_fr();
        }
        self.set_rrb_pr(0);
        self.remap();
    }

    /// The frame part of `br.ret`: CFM = ar.pfs.pfm, EC = ar.pfs.pec; the
    /// caller's locals come back from the ring or the backing store.
    pub fn ret(&mut self, mem: &mut dyn BackingStore) -> Result<(), Exit> {
        let pfm = self.pfs & ((1 << 38) - 1);
        let sol = ((pfm >> 7) & 0x7f).min(96);
        while self.ndirty < sol {
            self.fill_one(mem)?;
        }
        self.bof = (self.bof.wrapping_sub(sol)) & RING_MASK;
        self.ndirty -= sol;
        self.bsp = rse_skip(self.bsp, -(sol as i64));
        self.ec = (self.pfs >> 52) & 0x3f;
        self.set_cfm(pfm);
        Ok(())
    }

    /// `cover`: a new empty frame above the current one.
    pub fn cover(&mut self) {
        let sof = self.sof;
        self.bof = (self.bof + sof) & RING_MASK;
        self.ndirty += sof;
        self.bsp = rse_skip(self.bsp, sof as i64);
        self.sof = 0;
        self.sol = 0;
        self.sor = 0;
        self.rrb_gr = 0;
        if self.rrb_fr != 0 {
            self.rrb_fr = 0;
            self.remap_fr();
        }
        self.set_rrb_pr(0);
        self.remap();
    }

    /// `flushrs`: spill every dirty register; afterwards bspstore == bsp.
    pub fn flushrs(&mut self, mem: &mut dyn BackingStore) -> Result<(), Exit> {
        while self.ndirty > 0 {
            self.spill_one(mem)?;
        }
        Ok(())
    }

    /// `loadrs`: make exactly the ar.rsc.loadrs bytes below ar.bsp the dirty
    /// partition (loading what is missing), discarding everything older.
    /// Requires enforced lazy mode, and sof == 0 unless loadrs is 0 (else
    /// Illegal Operation).
    pub fn loadrs(&mut self, mem: &mut dyn BackingStore) -> Result<(), Exit> {
        let bytes = (self.rsc >> 16) & 0x3fff;
        if self.rsc & 3 != 0 || (bytes != 0 && self.sof != 0) {
            return Err(Exit::Illegal);
        }
        let target = self.bsp.wrapping_sub(bytes) & !7;
        // More than the ring holds: Illegal Operation (as when hardware's
        // physical stacked registers would not hold them).
        if rse_num_regs(target, self.bsp) > (RING - 96) as u64 {
            return Err(Exit::Illegal);
        }
        // Discard the oldest dirty registers that lie below target.
        while self.bspstore < target && self.ndirty > 0 {
            let a = self.bspstore;
            self.ndirty -= 1;
            self.bspstore = a.wrapping_add(8);
            if rse_slot(self.bspstore) == 63 {
                self.bspstore = self.bspstore.wrapping_add(8);
            }
        }
        if self.bspstore < target {
            self.bspstore = target;
        }
        while self.bspstore > target {
            self.fill_one(mem)?;
        }
        Ok(())
    }

    /// A write of ar.bspstore (SDM Vol. 2, 6.3: the dirty registers now
    /// belong at the new address; ar.bsp follows).
    pub fn set_bspstore(&mut self, v: u64) {
        self.bspstore = v & !7;
        self.bsp = rse_skip(self.bspstore, self.ndirty as i64);
    }
}

/// Decode a source location attached to a faulting host instruction of the
/// block starting at `block_start` (bundle | slot): the guest ip of the
/// faulting slot (bundle | slot).
pub fn fault_srcloc(block_start: u64, loc: u32) -> u64 {
    (block_start & !0xf).wrapping_add(16 * (loc >> 2) as u64) + (loc & 3) as u64
}

/// The source location of slot `slot` in the bundle at `bundle` of a block
/// starting at `block_start`.
pub fn srcloc_of(block_start: u64, bundle: u64, slot: u64) -> u32 {
    (((bundle.wrapping_sub(block_start & !0xf) / 16) << 2) | slot) as u32
}

// ---------------------------------------------------------------------------
// Helpers called from translated code (no guest memory involved).

/// br.ctop / br.cexit / br.wtop / br.wexit and br.cloop (SDM Vol. 3, br;
/// `kind`: 0 cloop, 1 ctop, 2 cexit, 3 wtop, 4 wexit; `qp` = the qualifying
/// predicate's value for wtop/wexit). Returns 1 when the branch is taken.
///
/// # Safety
/// `cpu` is the CPU the calling translated code runs on.
pub unsafe extern "C" fn helper_loop(cpu: *mut Ia64Cpu, kind: u64, qp: u64) -> u64 {
    // SAFETY: translated code passes the CPU it runs on.
    let cpu = unsafe { &mut *cpu };
    let set63 = |cpu: &mut Ia64Cpu, v: bool| {
        if v {
            cpu.pr |= 1 << 63;
        } else {
            cpu.pr &= !(1 << 63);
        }
    };
    match kind {
        0 => {
            let t = cpu.lc != 0;
            if t {
                cpu.lc -= 1;
            }
            t as u64
        }
        1 | 2 => {
            let cont = cpu.lc != 0 || cpu.ec > 1;
            if cpu.lc != 0 {
                cpu.lc -= 1;
                set63(cpu, true);
                cpu.rotate_regs();
            } else if cpu.ec != 0 {
                cpu.ec -= 1;
                set63(cpu, false);
                cpu.rotate_regs();
            } else {
                set63(cpu, false);
            }
            (if kind == 1 { cont } else { !cont }) as u64
        }
        _ => {
            let q = qp != 0;
            let cont = q || cpu.ec > 1;
            set63(cpu, false);
            if q {
                cpu.rotate_regs();
            } else if cpu.ec != 0 {
                cpu.ec -= 1;
                cpu.rotate_regs();
            }
            (if kind == 3 { cont } else { !cont }) as u64
        }
    }
}

/// br.call's frame change.
///
/// # Safety
/// `cpu` is the CPU the calling translated code runs on.
pub unsafe extern "C" fn helper_call(cpu: *mut Ia64Cpu) -> u64 {
    // SAFETY: translated code passes the CPU it runs on.
    unsafe { &mut *cpu }.call();
    0
}

/// cover.
///
/// # Safety
/// `cpu` is the CPU the calling translated code runs on.
pub unsafe extern "C" fn helper_cover(cpu: *mut Ia64Cpu) -> u64 {
    // SAFETY: translated code passes the CPU it runs on.
    unsafe { &mut *cpu }.cover();
    0
}

/// clrrrb (`pr_only`: clrrrb.pr).
///
/// # Safety
/// `cpu` is the CPU the calling translated code runs on.
pub unsafe extern "C" fn helper_clrrrb(cpu: *mut Ia64Cpu, pr_only: u64) -> u64 {
    // SAFETY: translated code passes the CPU it runs on.
    let cpu = unsafe { &mut *cpu };
    if pr_only == 0 {
        cpu.rrb_gr = 0;
        cpu.rrb_fr = 0;
        cpu.remap();
        cpu.remap_fr();
    }
    cpu.set_rrb_pr(0);
    0
}

/// mov ar.bspstore = v.
///
/// # Safety
/// `cpu` is the CPU the calling translated code runs on.
pub unsafe extern "C" fn helper_set_bspstore(cpu: *mut Ia64Cpu, v: u64) -> u64 {
    // SAFETY: translated code passes the CPU it runs on.
    unsafe { &mut *cpu }.set_bspstore(v);
    0
}

/// ar.itc: a 64-bit counter from the host's monotonic clock (nanoseconds).
pub extern "C" fn helper_itc(_cpu: *mut Ia64Cpu) -> u64 {
    use std::sync::OnceLock;
    static T0: OnceLock<std::time::Instant> = OnceLock::new();
    let t0 = T0.get_or_init(std::time::Instant::now);
    // Never 0 and increasing: programs compute differences.
    t0.elapsed().as_nanos() as u64 + 1_000_000
}

/// ALAT operations (SDM Vol. 1, 4.4.5): `op` 0: insert (ld.a/ld.sa: reg,
/// addr, size); 1: check (ld.c.nc/chk.a.nc: 1 if an entry for reg exists);
/// 2: check and clear (ld.c.clr/chk.a.clr); 3: invalidate entries
/// overlapping [addr, addr+size) (stores); 4: invala.e reg; 5: invala.
///
/// # Safety
/// `cpu` is the CPU the calling translated code runs on.
pub unsafe extern "C" fn helper_alat(cpu: *mut Ia64Cpu, op: u64, reg: u64, addr: u64, size: u64) -> u64 {
    // SAFETY: translated code passes the CPU it runs on.
    let cpu = unsafe { &mut *cpu };
    let mut found = 0;
    match op {
        0 => {
            let mut slot = None;
            for (i, e) in cpu.alat.iter().enumerate() {
                if e.reg == reg || (e.reg == 0 && slot.is_none()) {
                    slot = Some(i);
                    if e.reg == reg {
                        break;
                    }
                }
            }
            // Full: replace an entry chosen by the address (any choice is
            // architecturally allowed: entries may vanish at any time).
            let i = slot.unwrap_or(((addr >> 3) as usize) % ALAT_N);
            cpu.alat[i] = AlatEntry { reg, addr, size };
        }
        1 | 2 | 4 => {
            for e in cpu.alat.iter_mut() {
                if e.reg == reg && reg != 0 {
                    found = 1;
                    if op != 1 {
                        *e = AlatEntry::default();
                    }
                }
            }
        }
        3 => {
            for e in cpu.alat.iter_mut() {
                let (a, sz, ea, es) = (addr as u128, size as u128, e.addr as u128, e.size as u128);
                if e.reg != 0 && a < ea + es && ea < a + sz {
                    *e = AlatEntry::default();
                }
            }
        }
        _ => cpu.alat = [AlatEntry::default(); ALAT_N],
    }
    cpu.alat_count = cpu.alat.iter().filter(|e| e.reg != 0).count() as u64;
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Flat(std::collections::HashMap<u64, u64>);
    impl BackingStore for Flat {
        fn load(&mut self, a: u64) -> Option<u64> {
            Some(*self.0.get(&a).unwrap_or(&0))
        }
        fn store(&mut self, a: u64, v: u64) -> bool {
            self.0.insert(a, v);
            true
        }
    }

    #[test]
    fn ia64_rse_skip_steps_over_nat_collections() {
        // 0x...1f0 is slot 62; one register further is slot 0 of the next group.
        assert_eq!(rse_skip(0x1f0, 1), 0x200);
        assert_eq!(rse_skip(0x200, -1), 0x1f0);
        assert_eq!(rse_skip(0x1000, 63), 0x1200);
        assert_eq!(rse_skip(0x1200, -63), 0x1000);
        assert_eq!(rse_num_regs(0x1000, 0x1200), 63);
        assert_eq!(rse_num_regs(0x1f0, 0x200), 1);
    }

    #[test]
    fn ia64_pr_rotation_keeps_logical_names() {
        let mut cpu = Ia64Cpu::new_boxed(0x1000);
        cpu.pr = 1 | 1 << 16;
        cpu.rotate_regs(); // rrb.pr = 47: old p16 is now p17
        assert_eq!(cpu.pr, 1 | 1 << 17);
        cpu.set_rrb_pr(0); // back: p16
        assert_eq!(cpu.pr, 1 | 1 << 16);
        cpu.pr = 1 | 1 << 63;
        cpu.rotate_regs(); // p63 rotates into p16
        assert_eq!(cpu.pr, 1 | 1 << 16);
    }

    #[test]
    fn ia64_deep_calls_spill_and_returns_fill_exactly() {
        let mut cpu = Ia64Cpu::new_boxed(0x10000);
        let mut mem = Flat(Default::default());
        // 3000 frames of 8 locals + 2 outputs; r32 of frame i holds i.
        let mut pfs = Vec::new();
        for i in 0..3000u64 {
            cpu.alloc(&mut mem, 10, 8, 0).unwrap();
            cpu.set_gr(32, i, i % 5 == 0);
            cpu.set_gr(39, !i, false);
            cpu.call();
            pfs.push(cpu.pfs);
        }
        assert!(cpu.bspstore > 0x10000, "the ring overflowed into memory");
        assert_eq!(cpu.bsp, rse_skip(0x10000, 3000 * 8));
        for i in (0..3000u64).rev() {
            cpu.pfs = pfs[i as usize];
            cpu.ret(&mut mem).unwrap();
            assert_eq!(cpu.gr(32), (i, i % 5 == 0));
            assert_eq!(cpu.gr(39), (!i, false));
            assert_eq!(cpu.sof, 10);
        }
        assert_eq!(cpu.bsp, 0x10000);
        assert_eq!(cpu.bspstore, 0x10000);
    }

    #[test]
    fn ia64_flushrs_writes_nat_collections_every_64th_slot() {
        let mut cpu = Ia64Cpu::new_boxed(0x10000);
        let mut mem = Flat(Default::default());
        for i in 0..100u64 {
            cpu.alloc(&mut mem, 1, 1, 0).unwrap();
            cpu.set_gr(32, 1000 + i, i == 70);
            cpu.call();
        }
        cpu.flushrs(&mut mem).unwrap();
        assert_eq!(cpu.bspstore, cpu.bsp);
        assert_eq!(cpu.bsp, 0x10000 + 8 * 101);
        assert_eq!(mem.0[&0x10000], 1000);
        assert_eq!(mem.0[&(0x10000 + 8 * 62)], 1062);
        // slot 63 is the collection of the first 63 registers: no NaT there
        assert_eq!(mem.0[&(0x10000 + 8 * 63)], 0);
        assert_eq!(mem.0[&(0x10000 + 8 * 64)], 1063);
        // register 70 is at slot 7 of the second group: its NaT is in ar.rnat
        assert_eq!(cpu.rnat, 1 << 7);
    }
}
