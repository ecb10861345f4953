//! Delivering signals to sparc64 guest handlers and returning from them, as
//! Linux does (arch/sparc/kernel/signal_64.c: setup_rt_frame,
//! do_rt_sigreturn).
//!
//! `struct rt_signal_frame` (64-bit, big-endian), at the new frame `sf`:
//!   @0   struct sparc_stackf ss   (192: the interrupted frame's register
//!        window save area, copied, then structptr and argument words)
//!   @192 siginfo_t info           (128)
//!   @320 struct pt_regs regs      (u_regs[16] = %g0-%g7 %o0-%o7, tstate,
//!        tpc, tnpc, y (u32), magic (u32): 160)
//!   @480 __siginfo_fpu_t *fpu_save
//!   @488 stack_t stack            (ss_sp, ss_flags, pad, ss_size: 24)
//!   @512 sigset_t mask            (8)
//!   @520 __siginfo_rwin_t *rwin_save
//!   @528 (the FP save area follows when saved: 64 words, fsr, gsr, fprs)
//! The handler runs with %o0 = signal, %o1 = %o2 = &sf->info, %sp = sf -
//! 2047, %o7 = the restorer given to rt_sigaction, pc = the handler.

use super::{context, windows};
use crate::mem::GuestMemory;
use crate::linux::Process;
use lastmile_frontend::sparc::cpu::SparcCpu;

const FRAME: u64 = 528;
const FPU_SIZE: u64 = 256 + 24;
const INFO: u64 = 192;
const REGS: u64 = 320;
const FPU_PTR: u64 = 480;
const STACK: u64 = 488;
const MASK: u64 = 512;

/// sparc sa_flags (arch/sparc/include/uapi/asm/signal.h).
pub const SA_ONSTACK: u64 = 1;
pub const SA_RESETHAND: u64 = 4;
pub const SA_NODEFER: u64 = 0x20;
pub const SA_SIGINFO: u64 = 0x200;

const PT_REGS_MAGIC: u32 = 0x57ac_6c00;

/// si_code values used here (include/uapi/asm-generic/siginfo.h).
pub mod code {
    pub const SI_USER: i32 = 0;
    pub const SI_TKILL: i32 = -6;
    pub const ILL_ILLOPC: i32 = 1;
    pub const ILL_ILLTRP: i32 = 2;
    pub const ILL_PRVOPC: i32 = 5;
    pub const FPE_INTDIV: i32 = 1;
    pub const SEGV_MAPERR: i32 = 1;
    pub const SEGV_ACCERR: i32 = 2;
    pub const BUS_ADRALN: i32 = 1;
    pub const TRAP_BRKPT: i32 = 1;
    pub const EMT_TAGOVF: i32 = 1;
}

/// What goes into the guest's siginfo.
#[derive(Clone, Copy, Debug)]
pub struct SigInfo {
    pub signo: i32,
    pub code: i32,
    /// Fault address (SIGSEGV, SIGBUS, SIGILL, SIGFPE ...), or None for a
    /// signal sent by a process (then pid and uid are filled in).
    pub addr: Option<u64>,
    /// Trap type for faults (sparc's si_trapno).
    pub trapno: i32,
}

impl SigInfo {
    pub fn fault(signo: i32, code: i32, addr: u64) -> SigInfo {
        SigInfo { signo, code, addr: Some(addr), trapno: 0 }
    }

    pub fn sent(signo: i32, code: i32) -> SigInfo {
        SigInfo { signo, code, addr: None, trapno: 0 }
    }

    /// The sparc64 siginfo_t (big-endian).
    fn bytes(&self) -> [u8; 128] {
        crate::signals::siginfo_bytes(self.signo, self.code, self.addr, self.trapno, true, false)
    }
}

/// Does the guest run a handler for `sig` now (installed, not blocked)?
pub fn has_handler(p: &Process, sig: i32) -> bool {
    p.signals.has_handler(sig)
}

fn put64(b: &mut [u8], off: u64, v: u64) {
    b[off as usize..off as usize + 8].copy_from_slice(&v.to_be_bytes());
}

fn get64(b: &[u8], off: u64) -> u64 {
    u64::from_be_bytes(b[off as usize..off as usize + 8].try_into().expect("8 bytes"))
}

/// Build the signal frame and point the CPU at the handler. Err(address):
/// the frame could not be written (the guest then dies with SIGSEGV, as
/// Linux's force_sigsegv does).
pub fn deliver(cpu: &mut SparcCpu, mem: &GuestMemory, p: &mut Process, info: &SigInfo) -> Result<(), u64> {
    let sig = info.signo;
    let act = p.signals.actions[sig as usize];
    // Every window goes to the stack, the current one included.
    if windows::helper_flushw(cpu) != 0 {
        return Err(cpu.exit_arg);
    }
    windows::spill_current(cpu)?;
    let bias = cpu.bias;
    let old_sp = cpu.reg(14);
    let mut sp = old_sp.wrapping_add(bias);
    let (ss_sp, ss_flags, ss_size) = p.signals.altstack;
    let on_alt = ss_flags & 2 == 0 && sp.wrapping_sub(ss_sp) < ss_size;
    if act.flags & SA_ONSTACK != 0 && ss_flags & 2 == 0 && !on_alt {
        sp = ss_sp.wrapping_add(ss_size);
    }
    let size = FRAME + FPU_SIZE;
    let sf = sp.wrapping_sub(size) & !15;
    let mut f = vec![0u8; size as usize];
    // The interrupted frame's window save area.
    mem.read(old_sp.wrapping_add(bias), &mut f[0..128]).map_err(|_| old_sp.wrapping_add(bias))?;
    f[INFO as usize..INFO as usize + 128].copy_from_slice(&if act.flags & SA_SIGINFO != 0 {
        info.bytes()
    } else {
        let mut b = [0u8; 128];
        b[0..4].copy_from_slice(&sig.to_be_bytes());
        // SI_NOINFO (32767) for a handler without SA_SIGINFO.
        b[8..12].copy_from_slice(&32767i32.to_be_bytes());
        b
    });
    for r in 0..16u32 {
        put64(&mut f, REGS + 8 * r as u64, cpu.reg(r));
    }
    put64(&mut f, REGS + 128, context::tstate(cpu));
    put64(&mut f, REGS + 136, cpu.pc);
    put64(&mut f, REGS + 144, cpu.npc);
    f[(REGS + 152) as usize..(REGS + 156) as usize].copy_from_slice(&(cpu.y as u32).to_be_bytes());
    f[(REGS + 156) as usize..(REGS + 160) as usize].copy_from_slice(&(PT_REGS_MAGIC | 0x16d).to_be_bytes());
    // FP state: always saved (Linux saves it when the task has used the FPU).
    let fpu = sf + FRAME;
    put64(&mut f, FPU_PTR, fpu);
    for i in 0..32 {
        put64(&mut f, FRAME + 8 * i, cpu.f[i as usize]);
    }
    put64(&mut f, FRAME + 256, cpu.fsr);
    put64(&mut f, FRAME + 264, cpu.gsr);
    put64(&mut f, FRAME + 272, cpu.fprs);
    put64(&mut f, STACK, ss_sp);
    let flags = if ss_flags & 2 != 0 { 2 } else if on_alt { 1 } else { 0 };
    f[(STACK + 8) as usize..(STACK + 12) as usize].copy_from_slice(&(flags as i32).to_be_bytes());
    put64(&mut f, STACK + 16, ss_size);
    put64(&mut f, MASK, p.signals.mask);
    mem.write(sf, &f).map_err(|_| sf)?;
    // The handler's registers.
    cpu.set_reg(14, sf.wrapping_sub(bias));
    cpu.set_reg(8, sig as u64);
    cpu.set_reg(9, sf + INFO);
    cpu.set_reg(10, sf + INFO);
    cpu.set_reg(15, p.signals.ka_restorer[sig as usize]);
    let mask_pc = |v: u64| if bias == 0 { v & 0xffff_ffff } else { v };
    cpu.pc = mask_pc(act.handler);
    cpu.npc = mask_pc(act.handler.wrapping_add(4));
    // The handler's mask; SA_RESETHAND.
    p.signals.enter_handler(sig, act.flags & SA_NODEFER != 0, act.flags & SA_RESETHAND != 0, p.abi.unblockable());
    Ok(())
}


/// rt_sigreturn: restore what `deliver` saved, from the frame at %sp + bias.
pub fn sigreturn(cpu: &mut SparcCpu, mem: &GuestMemory, p: &mut Process) -> Result<(), u64> {
    if windows::helper_flushw(cpu) != 0 {
        return Err(cpu.exit_arg);
    }
    let bias = cpu.bias;
    let sf = cpu.reg(14).wrapping_add(bias);
    if sf & 7 != 0 {
        return Err(sf);
    }
    let mut f = vec![0u8; FRAME as usize];
    mem.read(sf, &mut f).map_err(|_| sf)?;
    let (mut pc, mut npc) = (get64(&f, REGS + 136), get64(&f, REGS + 144));
    if bias == 0 {
        pc &= 0xffff_ffff;
        npc &= 0xffff_ffff;
    }
    if (pc | npc) & 3 != 0 {
        return Err(sf);
    }
    cpu.y = u32::from_be_bytes(f[(REGS + 152) as usize..(REGS + 156) as usize].try_into().expect("4 bytes")) as u64;
    let ts = get64(&f, REGS + 128);
    cpu.ccr = (ts >> 32) & 0xff;
    cpu.asi = (ts >> 24) & 0xff;
    for r in 1..16u32 {
        cpu.set_reg(r, get64(&f, REGS + 8 * r as u64));
    }
    let fpu = get64(&f, FPU_PTR);
    if fpu != 0 {
        let mut fb = vec![0u8; FPU_SIZE as usize];
        mem.read(fpu, &mut fb).map_err(|_| fpu)?;
        for i in 0..32 {
            cpu.f[i as usize] = get64(&fb, 8 * i);
        }
        cpu.fsr = get64(&fb, 256);
        cpu.gsr = get64(&fb, 264);
        cpu.fprs = get64(&fb, 272);
    }
    p.signals.mask = get64(&f, MASK) & !p.abi.unblockable();
    cpu.pc = pc;
    cpu.npc = npc;
    windows::refill_current(cpu)
}
