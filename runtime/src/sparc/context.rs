//! sparc64 `ta 0x6e` / `ta 0x6f`: the kernel's getcontext and setcontext
//! traps (Linux arch/sparc/kernel/signal_64.c, sparc64_get_context and
//! sparc64_set_context), which glibc's setjmp/longjmp use.
//!
//! `struct ucontext` (arch/sparc/include/asm/uctx.h), 64-bit, big-endian:
//! uc_link @0, uc_flags @8, uc_sigmask @16 (one word), uc_mcontext @32
//! (16-aligned): mc_gregs[19] @32 (TSTATE, PC, NPC, Y, G1..G7, O0..O7),
//! mc_fp @184, mc_i7 @192, mc_fpregs @208: dregs[32] @208, fsr @464,
//! fprs @472, gsr @480, fq @488, qcnt @496, qentsz @497, enab @498.
//! sizeof = 512.

use super::windows;
use crate::mem::GuestMemory;
use lastmile_frontend::sparc::cpu::SparcCpu;

const UC_SIZE: u64 = 512;
const GREGS: u64 = 32;
const MC_FP: u64 = 184;
const MC_I7: u64 = 192;
const FPREGS: u64 = 208;
const FSR: u64 = 464;
const FPRS: u64 = 472;
const GSR: u64 = 480;
const ENAB: u64 = 498;
const FPRS_FEF: u64 = 4;
const FPRS_DU: u64 = 2 << 1;

/// TSTATE as Linux would show it: CCR in bits 39:32, ASI in 31:24, PSTATE
/// (user: PEF | IE ... as the kernel builds it) in 19:8.
pub fn tstate(cpu: &SparcCpu) -> u64 {
    ((cpu.ccr & 0xff) << 32) | ((cpu.asi & 0xff) << 24)
}

fn put(buf: &mut [u8], off: u64, v: u64) {
    buf[off as usize..off as usize + 8].copy_from_slice(&v.to_be_bytes());
}

fn get(buf: &[u8], off: u64) -> u64 {
    u64::from_be_bytes(buf[off as usize..off as usize + 8].try_into().expect("8 bytes"))
}

/// `ta 0x6e`: save the context in the ucontext at %o0. The saved pc is the
/// instruction after the trap. Err(address) means SIGSEGV.
pub fn getcontext(cpu: &mut SparcCpu, mem: &GuestMemory, blocked: u64) -> Result<(), u64> {
    flush(cpu)?;
    let ucp = cpu.reg(8);
    let mut uc = vec![0u8; UC_SIZE as usize];
    let pc = cpu.npc;
    let npc = pc.wrapping_add(4);
    put(&mut uc, 16, blocked);
    put(&mut uc, GREGS, tstate(cpu));
    put(&mut uc, GREGS + 8, pc);
    put(&mut uc, GREGS + 16, npc);
    put(&mut uc, GREGS + 24, cpu.y);
    for r in 1..8u32 {
        put(&mut uc, GREGS + 32 + 8 * (r as u64 - 1), cpu.reg(r));
    }
    for r in 0..8u32 {
        put(&mut uc, GREGS + 88 + 8 * r as u64, cpu.reg(8 + r));
    }
    // %fp and %i7 come from the window save area of the caller's frame.
    let area = cpu.reg(14).wrapping_add(cpu.bias);
    let mut ins = [0u8; 16];
    mem.read(area.wrapping_add(8 * 14), &mut ins).map_err(|_| area)?;
    uc[MC_FP as usize..MC_FP as usize + 16].copy_from_slice(&ins);
    let fenab = cpu.fprs & FPRS_FEF != 0;
    if fenab {
        for i in 0..32 {
            put(&mut uc, FPREGS + 8 * i, cpu.f[i as usize]);
        }
        put(&mut uc, FSR, cpu.fsr);
        put(&mut uc, FPRS, cpu.fprs);
        put(&mut uc, GSR, cpu.gsr);
        uc[ENAB as usize] = 1;
    }
    if ucp & 7 != 0 {
        return Err(ucp);
    }
    mem.write(ucp, &uc).map_err(|_| ucp)
}

/// `ta 0x6f`: resume the context in the ucontext at %o0, restoring the
/// signal mask into `blocked` if %o1 is non-zero.
pub fn setcontext(cpu: &mut SparcCpu, mem: &GuestMemory, blocked: &mut u64) -> Result<(), u64> {
    flush(cpu)?;
    let ucp = cpu.reg(8);
    if ucp & 7 != 0 {
        return Err(ucp);
    }
    let mut uc = vec![0u8; UC_SIZE as usize];
    mem.read(ucp, &mut uc).map_err(|_| ucp)?;
    let pc = get(&uc, GREGS + 8);
    let npc = get(&uc, GREGS + 16);
    if (pc | npc) & 3 != 0 {
        return Err(ucp);
    }
    if cpu.reg(9) != 0 {
        *blocked = get(&uc, 16);
    }
    cpu.pc = pc;
    cpu.npc = npc;
    cpu.y = get(&uc, GREGS + 24);
    let ts = get(&uc, GREGS);
    cpu.ccr = (ts >> 32) & 0xff;
    cpu.asi = (ts >> 24) & 0xff;
    for r in 1..8u32 {
        cpu.set_reg(r, get(&uc, GREGS + 32 + 8 * (r as u64 - 1)));
    }
    for r in 0..8u32 {
        cpu.set_reg(8 + r, get(&uc, GREGS + 88 + 8 * r as u64));
    }
    // mc_fp and mc_i7 go to the save area of the restored frame; the window
    // is then filled from there, as the return to user mode does.
    let area = cpu.reg(14).wrapping_add(cpu.bias);
    mem.write(area.wrapping_add(8 * 14), &uc[MC_FP as usize..MC_I7 as usize + 8]).map_err(|_| area)?;
    if uc[ENAB as usize] != 0 {
        let fprs = get(&uc, FPRS);
        let n = if fprs & FPRS_DU != 0 { 32 } else { 16 };
        for i in 0..n {
            cpu.f[i] = get(&uc, FPREGS + 8 * i as u64);
        }
        cpu.fsr = get(&uc, FSR);
        cpu.gsr = get(&uc, GSR);
        cpu.fprs = fprs;
    }
    windows::refill_current(cpu)
}

fn flush(cpu: &mut SparcCpu) -> Result<(), u64> {
    if windows::helper_flushw(cpu) != 0 {
        return Err(cpu.exit_arg);
    }
    // The current window's locals and ins go to its frame too, as the
    // kernel's trap entry does.
    windows::spill_current(cpu)
}
