//! Delivering signals to 32-bit SPARC guest handlers (V8 and V8+) and
//! returning from them, as Linux sparc32 does (arch/sparc/kernel/
//! signal_32.c, and signal32.c on a sparc64 kernel; qemu-user's
//! linux-user/sparc/signal.c follows the same layouts).
//!
//! A handler without SA_SIGINFO gets `struct signal_frame` (glibc's
//! restorer then calls sigreturn, 216); with SA_SIGINFO it gets
//! `struct rt_signal_frame` (rt_sigreturn, 101). All words are 32-bit
//! big-endian; no stack bias.
//!
//! ```text
//! signal_frame (208 bytes):          rt_signal_frame (344 bytes):
//!   @0   sparc_stackf ss (96)          @0   sparc_stackf ss (96)
//!   @96  pt_regs (80: psr pc npc y,    @96  siginfo (128)
//!        %g0-%g7, %o0-%o7)             @224 pt_regs (80)
//!   @176 si_mask (signals 1..32)       @304 sigset_t mask (8)
//!   @180 fpu_save                      @312 fpu_save
//!   @184 insns[2]                      @316 insns[2]
//!   @192 extramask (signals 33..64)    @324 stack_t (sp flags size: 12)
//!   @196 extra_size  @200 rwin_save    @336 extra_size  @340 rwin_save
//! ```
//! The FP save area follows the frame: for V8+ 32 doubles, %fsr, %gsr and
//! %fprs as 64-bit words (280 bytes); for V8 16 doubles, %fsr and a zero
//! queue depth (then 16 empty queue entries: 264 bytes).
//!
//! The handler runs with %o0 = signal, %o1 = &info (rt) or &regs, %o2 =
//! &regs, %sp = the frame, %o7 = the restorer given to rt_sigaction.

use super::signal::{has_handler, SigInfo, SA_NODEFER, SA_ONSTACK, SA_RESETHAND, SA_SIGINFO};
use super::windows;
use crate::linux::Process;
use crate::mem::GuestMemory;
use lastmile_frontend::sparc::cpu::SparcCpu;

/// sparc32 sigreturn and rt_sigreturn (syscall.tbl).
pub const SIGRETURN: u64 = 216;
pub const RT_SIGRETURN: u64 = 101;

const NF_REGS: u64 = 96;
const NF_MASK: u64 = 176;
const NF_FPU_PTR: u64 = 180;
const NF_EXTRAMASK: u64 = 192;
const NF_SIZE: u64 = 208;
const RT_INFO: u64 = 96;
const RT_REGS: u64 = 224;
const RT_MASK: u64 = 304;
const RT_FPU_PTR: u64 = 312;
const RT_STACK: u64 = 324;
const RT_SIZE: u64 = 344;

/// Bytes of the FP save area: V8+ (64-bit FPU view) or V8.
fn fpu_size(v8plus: bool) -> u64 {
    if v8plus {
        256 + 24
    } else {
        128 + 8 + 128
    }
}

fn put32(b: &mut [u8], off: u64, v: u64) {
    b[off as usize..off as usize + 4].copy_from_slice(&(v as u32).to_be_bytes());
}

fn get32(b: &[u8], off: u64) -> u64 {
    u32::from_be_bytes(b[off as usize..off as usize + 4].try_into().expect("4 bytes")) as u64
}

fn put64(b: &mut [u8], off: u64, v: u64) {
    b[off as usize..off as usize + 8].copy_from_slice(&v.to_be_bytes());
}

fn get64(b: &[u8], off: u64) -> u64 {
    u64::from_be_bytes(b[off as usize..off as usize + 8].try_into().expect("8 bytes"))
}

/// compat_siginfo_t (128 bytes): signo, errno, code, then the union at 12
/// (si_addr and si_trapno for faults, si_pid and si_uid for kill).
fn siginfo_bytes(info: &SigInfo) -> [u8; 128] {
    crate::signals::siginfo_bytes(info.signo, info.code, info.addr, info.trapno, false, false)
}

/// %psr as a 32-bit program's frame shows it: the integer condition codes
/// in bits 23:20 (the rest is supervisor state).
fn psr_of(cpu: &mut SparcCpu) -> u64 {
    (cpu.settle_cc() & 0xf) << 20
}

/// struct pt_regs of sparc32 (80 bytes) at `off`.
fn save_regs(f: &mut [u8], off: u64, cpu: &mut SparcCpu) {
    let psr = psr_of(cpu);
    put32(f, off, psr);
    put32(f, off + 4, cpu.pc);
    put32(f, off + 8, cpu.npc);
    put32(f, off + 12, cpu.y);
    for r in 0..16u32 {
        put32(f, off + 16 + 4 * r as u64, cpu.reg(r));
    }
}

/// Restore pc-less state from a pt_regs image; returns (pc, npc).
fn restore_regs(f: &[u8], off: u64, cpu: &mut SparcCpu) -> (u64, u64) {
    let psr = get32(f, off);
    cpu.settle_cc();
    // Only the condition codes come back (%icc; %xcc is left alone, as
    // qemu's cpu_put_psr_icc does).
    cpu.ccr = (cpu.ccr & !0xf) | ((psr >> 20) & 0xf);
    cpu.y = get32(f, off + 12);
    for r in 1..16u32 {
        cpu.set_reg(r, get32(f, off + 16 + 4 * r as u64));
    }
    (get32(f, off + 4), get32(f, off + 8))
}

fn save_fpu(f: &mut [u8], off: u64, cpu: &SparcCpu, v8plus: bool) {
    if v8plus {
        for i in 0..32 {
            put64(f, off + 8 * i, cpu.f[i as usize]);
        }
        put64(f, off + 256, cpu.fsr);
        put64(f, off + 264, cpu.gsr);
        put64(f, off + 272, cpu.fprs);
    } else {
        for i in 0..16 {
            put64(f, off + 8 * i, cpu.f[i as usize]);
        }
        put32(f, off + 128, cpu.fsr);
    }
}

fn restore_fpu(fb: &[u8], cpu: &mut SparcCpu, v8plus: bool) {
    if v8plus {
        for i in 0..32 {
            cpu.f[i as usize] = get64(fb, 8 * i);
        }
        cpu.fsr = get64(fb, 256);
        cpu.gsr = get64(fb, 264);
        cpu.fprs = get64(fb, 272);
    } else {
        for i in 0..16 {
            cpu.f[i as usize] = get64(fb, 8 * i);
        }
        cpu.fsr = get32(fb, 128);
    }
}


/// Build the signal frame of a 32-bit guest and point the CPU at the
/// handler (`v8plus`: the FPU save area has the V9 layout). Err(address):
/// the frame could not be written (the guest then dies with SIGSEGV, as
/// Linux's force_sigsegv does).
pub fn deliver(cpu: &mut SparcCpu, mem: &GuestMemory, p: &mut Process, info: &SigInfo, v8plus: bool) -> Result<(), u64> {
    let sig = info.signo;
    debug_assert!(has_handler(p, sig));
    let act = p.signals.actions[sig as usize];
    let rt = act.flags & SA_SIGINFO != 0;
    // Every window goes to the stack, the current one included.
    if windows::helper_flushw(cpu) != 0 {
        return Err(cpu.exit_arg);
    }
    windows::spill_current(cpu)?;
    let old_sp = cpu.reg(14) & 0xffff_ffff;
    let mut sp = old_sp;
    let (ss_sp, ss_flags, ss_size) = p.signals.altstack;
    let on_alt = ss_flags & 2 == 0 && sp.wrapping_sub(ss_sp) < ss_size;
    if act.flags & SA_ONSTACK != 0 && ss_flags & 2 == 0 && !on_alt {
        sp = ss_sp.wrapping_add(ss_size);
    }
    let frame = if rt { RT_SIZE } else { NF_SIZE };
    let size = frame + fpu_size(v8plus);
    let sf = sp.wrapping_sub(size) & 0xffff_fff0;
    let mut f = vec![0u8; size as usize];
    // The interrupted frame's window save area (16 words).
    mem.read(old_sp, &mut f[0..64]).map_err(|_| old_sp)?;
    let fpu = sf + frame;
    save_fpu(&mut f, frame, cpu, v8plus);
    let mask = p.signals.mask;
    let (o1, o2) = if rt {
        f[RT_INFO as usize..RT_INFO as usize + 128].copy_from_slice(&siginfo_bytes(info));
        save_regs(&mut f, RT_REGS, cpu);
        put32(&mut f, RT_MASK, mask);
        put32(&mut f, RT_MASK + 4, mask >> 32);
        put32(&mut f, RT_FPU_PTR, fpu);
        put32(&mut f, RT_STACK, ss_sp);
        let flags = if ss_flags & 2 != 0 { 2 } else if on_alt { 1 } else { 0 };
        put32(&mut f, RT_STACK + 4, flags);
        put32(&mut f, RT_STACK + 8, ss_size);
        (sf + RT_INFO, sf + RT_REGS)
    } else {
        save_regs(&mut f, NF_REGS, cpu);
        put32(&mut f, NF_MASK, mask);
        put32(&mut f, NF_EXTRAMASK, mask >> 32);
        put32(&mut f, NF_FPU_PTR, fpu);
        (sf + NF_REGS, sf + NF_REGS)
    };
    mem.write(sf, &f).map_err(|_| sf)?;
    // The handler's registers.
    cpu.set_reg(14, sf);
    cpu.set_reg(8, sig as u64);
    cpu.set_reg(9, o1);
    cpu.set_reg(10, o2);
    cpu.set_reg(15, p.signals.ka_restorer[sig as usize] & 0xffff_ffff);
    cpu.pc = act.handler & 0xffff_ffff;
    cpu.npc = act.handler.wrapping_add(4) & 0xffff_ffff;
    // The handler's mask; SA_RESETHAND.
    p.signals.enter_handler(sig, act.flags & SA_NODEFER != 0, act.flags & SA_RESETHAND != 0, p.abi.unblockable());
    Ok(())
}

/// sigreturn (`rt` false) or rt_sigreturn: restore what [`deliver`] saved,
/// from the frame at %sp (`v8plus`: the FP save area has the V9 layout).
pub fn sigreturn(cpu: &mut SparcCpu, mem: &GuestMemory, p: &mut Process, rt: bool, v8plus: bool) -> Result<(), u64> {
    if windows::helper_flushw(cpu) != 0 {
        return Err(cpu.exit_arg);
    }
    let sf = cpu.reg(14) & 0xffff_ffff;
    if sf & 15 != 0 {
        return Err(sf);
    }
    let size = if rt { RT_SIZE } else { NF_SIZE };
    let mut f = vec![0u8; size as usize];
    mem.read(sf, &mut f).map_err(|_| sf)?;
    let regs = if rt { RT_REGS } else { NF_REGS };
    let (pc, npc) = (get32(&f, regs + 4), get32(&f, regs + 8));
    let new_sp = get32(&f, regs + 16 + 4 * 14);
    if (pc | npc) & 3 != 0 || new_sp & 7 != 0 {
        return Err(sf);
    }
    restore_regs(&f, regs, cpu);
    let fpu = get32(&f, if rt { RT_FPU_PTR } else { NF_FPU_PTR });
    if fpu != 0 {
        let mut fb = vec![0u8; fpu_size(v8plus) as usize];
        mem.read(fpu, &mut fb).map_err(|_| fpu)?;
        restore_fpu(&fb, cpu, v8plus);
    }
    let mask = if rt {
        get32(&f, RT_MASK) | get32(&f, RT_MASK + 4) << 32
    } else {
        get32(&f, NF_MASK) | get32(&f, NF_EXTRAMASK) << 32
    };
    p.signals.mask = mask & !p.abi.unblockable();
    cpu.pc = pc;
    cpu.npc = npc;
    windows::refill_current(cpu)
}
