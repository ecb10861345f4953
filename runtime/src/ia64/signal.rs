//! Delivering signals to IA-64 guest handlers and returning from them, as
//! Linux does it together with its gate-page trampoline
//! (arch/ia64/kernel/signal.c setup_frame/setup_sigcontext/
//! restore_sigcontext, sigframe.h, gate.S __kernel_sigtramp).
//!
//! `struct sigframe` (little-endian), at `frame` (16-byte aligned), the
//! handler's r12 = frame - 16:
//!   @0    arg0 (signal), @8 arg1 (&info), @16 arg2 (&sc), @24 handler
//!   @32   siginfo_t info (128)
//!   @160  struct sigcontext sc (2656; arch/ia64/include/uapi/asm/sigcontext.h):
//!         flags @0, nat @8, stack_t @16, ip @40, cfm @48, um @56, ar.rsc @64,
//!         ar.bsp @72, ar.rnat @80, ar.ccv @88, ar.unat @96, ar.fpsr @104,
//!         ar.pfs @112, ar.lc @120, pr @128, br[8] @136, gr[32] @200,
//!         fr[128] @464 (16 bytes each, the stf.spill image), rbs_base @2512,
//!         loadrs @2520, ar25 @2528, ar26 @2536, rsvd[12] @2544, mask @2640.
//!
//! Linux's kernel entry covers the interrupted frame, its trampoline
//! flushes the register stack (`flushrs`), so `sc_ar_bsp` is ar.bsp after
//! that cover and every stacked register of the interrupted context is in
//! the backing store below it. The trampoline then calls the handler
//! through its function descriptor {entry, gp} with out0..out2 = signal,
//! &info, &sc, and on return makes the rt_sigreturn system call. There is no
//! gate page here: the runtime does the trampoline's work itself, and the
//! handler returns (b0) to [`SIGTRAMP`], one bundle of our own in guest
//! memory: `adds r15 = 1181, r0 ;; break.m 0x100000`.
//!
//! Everything is saved: all GRs with their NaT bits, all FRs, BRs, pr and
//! the application registers (ar.ec, which sigcontext has no field for, in
//! sc_rsvd[0]); rt_sigreturn restores all of it and reloads the
//! interrupted frame from the backing store.

use crate::ia64::helpers::GuestStore;
use crate::linux::Process;
use crate::mem::{GuestMemory, Prot, RegionKind};
use lastmile_frontend::ia64::cpu::{rse_skip, Ia64Cpu, FPSR_DEFAULT};

/// The return trampoline's address: one page at the top of region 2 (below
/// the fold's limit), mapped read+execute by [`map_trampoline`].
pub const SIGTRAMP: u64 = 0x4000_00ff_ffe0_0000;
/// The trampoline bundle (assembled with ia64-linux-gnu-as:
/// `{ .mmi; adds r15 = 1181, r0 ;; break.m 0x100000; nop.i 0 }`).
pub const SIGTRAMP_BUNDLE: [u8; 16] = [0x0b, 0x78, 0x74, 0x00, 0x09, 0x21, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x04, 0x00];

const INFO: u64 = 32;
const SC: u64 = 160;
const SC_SIZE: u64 = 2656;
const FRAME: u64 = SC + SC_SIZE;
// sigcontext fields
const SC_FLAGS: u64 = 0;
const SC_NAT: u64 = 8;
const SC_STACK: u64 = 16;
const SC_IP: u64 = 40;
const SC_CFM: u64 = 48;
const SC_RSC: u64 = 64;
const SC_BSP: u64 = 72;
const SC_RNAT: u64 = 80;
const SC_CCV: u64 = 88;
const SC_UNAT: u64 = 96;
const SC_FPSR: u64 = 104;
const SC_PFS: u64 = 112;
const SC_LC: u64 = 120;
const SC_PR: u64 = 128;
const SC_BR: u64 = 136;
const SC_GR: u64 = 200;
const SC_FR: u64 = 464;
const SC_RBS_BASE: u64 = 2512;
const SC_AR25: u64 = 2528;
const SC_AR26: u64 = 2536;
const SC_RSVD: u64 = 2544;
const SC_MASK: u64 = 2640;

/// sigcontext flags (sigcontext.h).
const SC_FLAG_ONSTACK: u64 = 1;
const SC_FLAG_IN_SYSCALL: u64 = 2;
const SC_FLAG_FPH_VALID: u64 = 4;

/// ia64 sa_flags (arch/ia64/include/uapi/asm/signal.h: the generic values).
pub const SA_SIGINFO: u64 = 4;
pub const SA_ONSTACK: u64 = 0x0800_0000;
pub const SA_NODEFER: u64 = 0x4000_0000;
pub const SA_RESETHAND: u64 = 0x8000_0000;

const SIG_DFL: u64 = 0;
const SIG_IGN: u64 = 1;
const SS_ONSTACK: i32 = 1;
const SS_DISABLE: i32 = 2;

/// si_code values (include/uapi/asm-generic/siginfo.h; the __ILL_* and
/// __FPE_* ones exist for ia64 only).
pub mod code {
    pub const SI_USER: i32 = 0;
    pub const ILL_ILLOPC: i32 = 1;
    pub const ILL_ILLOPN: i32 = 2;
    pub const ILL_PRVOPC: i32 = 5;
    pub const ILL_PRVREG: i32 = 6;
    pub const ILL_BREAK: i32 = 10;
    pub const ILL_BNDMOD: i32 = 11;
    pub const FPE_INTDIV: i32 = 1;
    pub const FPE_INTOVF: i32 = 2;
    pub const FPE_FLTSUB: i32 = 8;
    pub const SEGV_MAPERR: i32 = 1;
    pub const SEGV_ACCERR: i32 = 2;
    pub const BUS_ADRALN: i32 = 1;
    pub const TRAP_BRKPT: i32 = 1;
}

/// What goes into the guest's siginfo.
#[derive(Clone, Copy, Debug)]
pub struct SigInfo {
    pub signo: i32,
    pub code: i32,
    /// Fault address (ip + slot for instruction faults), or None for a
    /// signal sent by a process (then pid and uid are filled in).
    pub addr: Option<u64>,
    /// The break immediate (si_imm) for `break` faults.
    pub imm: i32,
}

impl SigInfo {
    pub fn fault(signo: i32, code: i32, addr: u64) -> SigInfo {
        SigInfo { signo, code, addr: Some(addr), imm: 0 }
    }

    pub fn sent(signo: i32, code: i32) -> SigInfo {
        SigInfo { signo, code, addr: None, imm: 0 }
    }

    /// The 128-byte ia64 siginfo_t: si_signo @0, si_errno @4, si_code @8;
    /// faults: si_addr @16, si_imm @24, si_flags @28, si_isr @32; kill:
    /// si_pid @16, si_uid @20.
    pub fn bytes(&self) -> [u8; 128] {
        let mut b = [0u8; 128];
        b[0..4].copy_from_slice(&self.signo.to_le_bytes());
        b[8..12].copy_from_slice(&self.code.to_le_bytes());
        match self.addr {
            Some(a) => {
                b[16..24].copy_from_slice(&a.to_le_bytes());
                b[24..28].copy_from_slice(&self.imm.to_le_bytes());
            }
            None => {
                // SAFETY: getpid/getuid cannot fail.
                let (pid, uid) = unsafe { (libc::getpid(), libc::getuid()) };
                b[16..20].copy_from_slice(&pid.to_le_bytes());
                b[20..24].copy_from_slice(&uid.to_le_bytes());
            }
        }
        b
    }
}

/// Map the return trampoline (once per process, before running).
pub fn map_trampoline(mem: &GuestMemory) -> Result<(), String> {
    let page = mem.page_size();
    mem.map_fixed(SIGTRAMP, page, Prot::RW, RegionKind::Image).map_err(|e| format!("signal trampoline: {e}"))?;
    mem.write(SIGTRAMP, &SIGTRAMP_BUNDLE).map_err(|_| "signal trampoline: write".to_string())?;
    mem.mprotect(SIGTRAMP, page, Prot::RX).map_err(|e| format!("signal trampoline: {e}"))
}

/// Does the guest run a handler for `sig` now (installed, not blocked)?
pub fn has_handler(p: &Process, sig: i32) -> bool {
    let h = p.signals.actions[sig as usize].handler;
    h != SIG_DFL && h != SIG_IGN && p.signals.mask & (1u64 << (sig - 1)) == 0
}

fn put(b: &mut [u8], off: u64, v: u64) {
    b[off as usize..off as usize + 8].copy_from_slice(&v.to_le_bytes());
}

fn get(b: &[u8], off: u64) -> u64 {
    u64::from_le_bytes(b[off as usize..off as usize + 8].try_into().expect("8 bytes"))
}

/// SIGKILL (9) and SIGSTOP (19) can be neither blocked nor caught.
fn unblockable() -> u64 {
    (1 << (9 - 1)) | (1 << (19 - 1))
}

/// Build the signal frame, flush the register stack and start the handler.
/// `in_syscall`: the signal arrives on the way out of a system call
/// (sc_flags IN_SYSCALL). Err(address): the frame could not be written or
/// the descriptor read (the guest then dies with SIGSEGV, as Linux's
/// force_sigsegv does).
pub fn deliver(cpu: &mut Ia64Cpu, mem: &GuestMemory, p: &mut Process, info: &SigInfo, in_syscall: bool) -> Result<(), u64> {
    let sig = info.signo;
    let act = p.signals.actions[sig as usize];
    // The handler's function descriptor.
    let mut d = [0u8; 16];
    mem.read(act.handler, &mut d).map_err(|_| act.handler)?;
    let (entry, gp) = (get(&d, 0), get(&d, 8));
    let cfm = cpu.cfm();
    // Kernel entry covers the frame; the trampoline flushes the register
    // stack: every stacked register of the interrupted context goes to the
    // backing store, below ar.bsp.
    cpu.cover();
    let mut store = GuestStore(mem);
    if cpu.flushrs(&mut store).is_err() {
        return Err(cpu.exit_arg);
    }
    let sp = cpu.gr(12).0;
    let (ss_sp, ss_flags, ss_size) = p.signals.altstack;
    let on_alt = ss_flags & SS_DISABLE == 0 && sp.wrapping_sub(ss_sp) < ss_size;
    let mut new_sp = sp;
    let mut new_rbs = 0;
    if act.flags & SA_ONSTACK != 0 && ss_flags & SS_DISABLE == 0 && !on_alt {
        new_sp = ss_sp.wrapping_add(ss_size);
        // The register stack moves to the bottom of the alternate stack
        // unless it is already there (signal.c rbs_on_sig_stack).
        if cpu.bspstore.wrapping_sub(ss_sp) >= ss_size {
            new_rbs = (ss_sp + 7) & !7;
        }
    }
    let frame = new_sp.wrapping_sub(FRAME) & !15;
    let mut f = vec![0u8; FRAME as usize];
    put(&mut f, 0, sig as u64);
    put(&mut f, 8, frame + INFO);
    put(&mut f, 16, frame + SC);
    put(&mut f, 24, act.handler);
    // Linux copies the siginfo with or without SA_SIGINFO.
    f[INFO as usize..(INFO + 128) as usize].copy_from_slice(&info.bytes());
    let sc = SC;
    let mut flags = SC_FLAG_FPH_VALID;
    if in_syscall {
        flags |= SC_FLAG_IN_SYSCALL;
    }
    if frame.wrapping_sub(ss_sp) < ss_size && ss_flags & SS_DISABLE == 0 {
        flags |= SC_FLAG_ONSTACK;
    }
    put(&mut f, sc + SC_FLAGS, flags);
    let mut nat = 0u64;
    for r in 1..32u32 {
        let (v, n) = cpu.gr(r);
        put(&mut f, sc + SC_GR + 8 * r as u64, v);
        nat |= (n as u64) << r;
    }
    put(&mut f, sc + SC_NAT, nat);
    // stack_t of the interrupted context (__save_altstack).
    put(&mut f, sc + SC_STACK, ss_sp);
    let st_flags = if ss_flags & SS_DISABLE != 0 { SS_DISABLE } else if on_alt { SS_ONSTACK } else { 0 };
    f[(sc + SC_STACK + 8) as usize..(sc + SC_STACK + 12) as usize].copy_from_slice(&st_flags.to_le_bytes());
    put(&mut f, sc + SC_STACK + 16, ss_size);
    put(&mut f, sc + SC_IP, cpu.ip);
    put(&mut f, sc + SC_CFM, cfm);
    put(&mut f, sc + SC_RSC, cpu.rsc);
    put(&mut f, sc + SC_BSP, cpu.bsp);
    put(&mut f, sc + SC_RNAT, cpu.rnat);
    put(&mut f, sc + SC_CCV, cpu.ccv);
    put(&mut f, sc + SC_UNAT, cpu.unat);
    put(&mut f, sc + SC_FPSR, cpu.fpsr);
    put(&mut f, sc + SC_PFS, cpu.pfs);
    put(&mut f, sc + SC_LC, cpu.lc);
    // The physical predicate file, as `mov r = pr` reads it (rrb.pr is in
    // sc_cfm beside it).
    put(&mut f, sc + SC_PR, cpu.pr_physical());
    for (i, b) in cpu.br.iter().enumerate() {
        put(&mut f, sc + SC_BR + 8 * i as u64, *b);
    }
    for (i, fr) in cpu.fr.iter().enumerate() {
        put(&mut f, sc + SC_FR + 16 * i as u64, fr[0]);
        put(&mut f, sc + SC_FR + 16 * i as u64 + 8, fr[1]);
    }
    put(&mut f, sc + SC_RBS_BASE, new_rbs);
    put(&mut f, sc + SC_AR25, cpu.csd);
    put(&mut f, sc + SC_AR26, cpu.ssd);
    put(&mut f, sc + SC_RSVD, cpu.ec);
    put(&mut f, sc + SC_MASK, p.signals.mask);
    mem.write(frame, &f).map_err(|_| frame)?;

    // The trampoline's frame (alloc 0,0,3,0: out0..out2 = the arguments),
    // then the call of the handler.
    if new_rbs != 0 {
        cpu.set_bspstore(new_rbs);
    }
    cpu.sof = 3;
    cpu.sol = 0;
    cpu.sor = 0;
    cpu.remap();
    cpu.set_gr(32, sig as u64, false);
    cpu.set_gr(33, frame + INFO, false);
    cpu.set_gr(34, frame + SC, false);
    cpu.call();
    cpu.br[0] = SIGTRAMP;
    cpu.set_gr(1, gp, false);
    cpu.set_gr(12, frame - 16, false);
    cpu.fpsr = FPSR_DEFAULT;
    cpu.ip = entry & !0xf;
    // The handler's mask; SA_RESETHAND.
    let mut block = act.mask;
    if act.flags & SA_NODEFER == 0 {
        block |= 1u64 << (sig - 1);
    }
    p.signals.mask |= block & !unblockable();
    if act.flags & SA_RESETHAND != 0 {
        p.signals.actions[sig as usize].handler = SIG_DFL;
    }
    Ok(())
}

/// rt_sigreturn: restore what `deliver` saved from the frame at r12 + 16
/// (ia64_rt_sigreturn), and reload the interrupted frame's stacked
/// registers from the backing store.
pub fn sigreturn(cpu: &mut Ia64Cpu, mem: &GuestMemory, p: &mut Process) -> Result<(), u64> {
    let frame = cpu.gr(12).0.wrapping_add(16);
    let sc = frame + SC;
    let mut f = vec![0u8; SC_SIZE as usize];
    mem.read(sc, &mut f).map_err(|_| sc)?;
    p.signals.mask = get(&f, SC_MASK) & !unblockable();
    let nat = get(&f, SC_NAT);
    for r in 1..32u32 {
        cpu.set_gr(r, get(&f, SC_GR + 8 * r as u64), nat >> r & 1 != 0);
    }
    cpu.ccv = get(&f, SC_CCV);
    cpu.unat = get(&f, SC_UNAT);
    cpu.fpsr = get(&f, SC_FPSR);
    cpu.lc = get(&f, SC_LC);
    cpu.csd = get(&f, SC_AR25);
    cpu.ssd = get(&f, SC_AR26);
    // PL 3 forced, as restore_sigcontext does.
    cpu.rsc = get(&f, SC_RSC) | 3 << 2;
    for i in 0..8 {
        cpu.br[i] = get(&f, SC_BR + 8 * i as u64);
    }
    for i in 2..128 {
        cpu.fr[i] = [get(&f, SC_FR + 16 * i as u64), get(&f, SC_FR + 16 * i as u64 + 8)];
    }
    // The register stack: the interrupted frame lies in the backing store
    // just below sc_ar_bsp. Start from an empty ring there and return into
    // it as br.ret would into a frame whose every register is a local.
    let cfm = get(&f, SC_CFM) & ((1 << 38) - 1);
    let bsp = get(&f, SC_BSP) & !7;
    cpu.ndirty = 0;
    cpu.sof = 0;
    cpu.sol = 0;
    cpu.sor = 0;
    cpu.rrb_gr = 0;
    cpu.bsp = bsp;
    cpu.bspstore = bsp;
    cpu.rnat = get(&f, SC_RNAT);
    let sof = (cfm & 0x7f).min(96);
    let ec = get(&f, SC_RSVD) & 0x3f;
    cpu.pfs = (cfm & !(0x7f << 7)) | sof << 7 | ec << 52;
    let mut store = GuestStore(mem);
    if cpu.ret(&mut store).is_err() {
        return Err(cpu.exit_arg);
    }
    debug_assert_eq!(cpu.bsp, rse_skip(bsp, -(sof as i64)));
    cpu.set_cfm(cfm);
    // The saved predicates are the physical file: name them through the
    // restored rrb.pr.
    cpu.set_pr_physical(get(&f, SC_PR));
    cpu.pfs = get(&f, SC_PFS);
    cpu.ip = get(&f, SC_IP);
    Ok(())
}
