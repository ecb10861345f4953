//! Delivering signals to IA-64 guest handlers and returning from them, as
//! Linux does it together with its gate-page trampoline
//! (arch/ia64/kernel/signal.c setup_frame/setup_sigcontext/
//! restore_sigcontext, sigframe.h, gate.S __kernel_sigtramp).
//!
//! `struct sigframe` (little-endian), at `frame` (16-byte aligned), the
//! handler's r12 = frame - 16:
//!
//! ```text
//!   @0    arg0 (signal), @8 arg1 (&info), @16 arg2 (&sc), @24 handler
//!   @32   siginfo_t info (128)
//!   @160  struct sigcontext sc (2656; arch/ia64/include/uapi/asm/sigcontext.h):
//!         flags @0, nat @8, stack_t @16, ip @40, cfm @48, um @56, ar.rsc @64,
//!         ar.bsp @72, ar.rnat @80, ar.ccv @88, ar.unat @96, ar.fpsr @104,
//!         ar.pfs @112, ar.lc @120, pr @128, br[8] @136, gr[32] @200,
//!         fr[128] @464 (16 bytes each, the stf.spill image), rbs_base @2512,
//!         loadrs @2520, ar25 @2528, ar26 @2536, rsvd[12] @2544, mask @2640.
//! ```
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
//! `sc_rsvd[0]`); rt_sigreturn restores all of it and reloads the
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
        crate::signals::siginfo_bytes(self.signo, self.code, self.addr, self.imm, true, true)
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
    p.signals.has_handler(sig)
}

fn put(b: &mut [u8], off: u64, v: u64) {
    b[off as usize..off as usize + 8].copy_from_slice(&v.to_le_bytes());
}

fn get(b: &[u8], off: u64) -> u64 {
    u64::from_le_bytes(b[off as usize..off as usize + 8].try_into().expect("8 bytes"))
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
            new_rbs = ss_sp.wrapping_add(7) & !7;
        }
    }
    let frame = new_sp.wrapping_sub(FRAME) & !15;
    let mut f = vec![0u8; FRAME as usize];
    put(&mut f, 0, sig as u64);
    put(&mut f, 8, frame.wrapping_add(INFO));
    put(&mut f, 16, frame.wrapping_add(SC));
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
    cpu.set_gr(33, frame.wrapping_add(INFO), false);
    cpu.set_gr(34, frame.wrapping_add(SC), false);
    cpu.call();
    cpu.br[0] = SIGTRAMP;
    cpu.set_gr(1, gp, false);
    cpu.set_gr(12, frame.wrapping_sub(16), false);
    cpu.fpsr = FPSR_DEFAULT;
    cpu.ip = entry & !0xf;
    // The handler's mask; SA_RESETHAND.
    p.signals.enter_handler(sig, act.flags & SA_NODEFER != 0, act.flags & SA_RESETHAND != 0, p.abi.unblockable());
    Ok(())
}

/// rt_sigreturn: restore what `deliver` saved from the frame at r12 + 16
/// (ia64_rt_sigreturn), and reload the interrupted frame's stacked
/// registers from the backing store.
pub fn sigreturn(cpu: &mut Ia64Cpu, mem: &GuestMemory, p: &mut Process) -> Result<(), u64> {
    let frame = cpu.gr(12).0.wrapping_add(16);
    let sc = frame.wrapping_add(SC);
    let mut f = vec![0u8; SC_SIZE as usize];
    mem.read(sc, &mut f).map_err(|_| sc)?;
    p.signals.mask = get(&f, SC_MASK) & !p.abi.unblockable();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::linux::Abi;
    use crate::log::{Log, LogItems};
    use crate::mem::{MapFlags, RegionFold};
    use std::path::PathBuf;
    use std::sync::Arc;

    /// The offsets the sigframe constants stand for, as the cross gcc lays
    /// out the structures of arch/ia64/include/uapi/asm/sigcontext.h and
    /// sigframe.h (checked with ia64-linux-gnu-gcc offsetof; glibc's
    /// fallback _SC_GR0_OFFSET is 0xc8 too).
    #[test]
    fn ia64_sigframe_offsets_match_the_kernel_structures() {
        assert_eq!((INFO, SC, SC_SIZE, FRAME), (32, 160, 2656, 2816));
        assert_eq!((SC_IP, SC_BR, SC_GR, SC_FR), (40, 136, 0xc8, 464));
        assert_eq!((SC_RBS_BASE, SC_RSVD, SC_MASK), (2512, 2544, 2640));
        let i = SigInfo { signo: 11, code: 2, addr: Some(0x6000_0000_0000_1234), imm: 0x100 }.bytes();
        let mut want = [0u8; 128];
        want[0] = 11;
        want[8] = 2;
        want[16..24].copy_from_slice(&0x6000_0000_0000_1234u64.to_le_bytes());
        want[24..28].copy_from_slice(&0x100i32.to_le_bytes());
        assert_eq!(i, want);
    }

    fn setup() -> (Arc<GuestMemory>, Process, Box<Ia64Cpu>, u64, Vec<u64>) {
        let mem = Arc::new(GuestMemory::new_fold(RegionFold { slot_bits: 32 }).unwrap());
        let fixed = MapFlags { anonymous: true, fixed: true, ..MapFlags::default() };
        // Stack, backing store, and a handler descriptor in region 3.
        let stack = 0x6000_0000_0100_0000u64;
        mem.mmap(stack, 1 << 20, Prot::RW, fixed, None, 0).unwrap();
        let rbs = 0x6000_0000_0200_0000u64;
        mem.mmap(rbs, 1 << 20, Prot::RW, fixed, None, 0).unwrap();
        let desc = 0x6000_0000_0300_0000u64;
        mem.mmap(desc, 1 << 14, Prot::RW, fixed, None, 0).unwrap();
        mem.write(desc, &0x4000_0000_0000_1230u64.to_le_bytes()).unwrap();
        mem.write(desc + 8, &0x6000_0000_0000_8000u64.to_le_bytes()).unwrap();
        let log = Arc::new(Log::new(LogItems::default(), None).unwrap());
        let mut p = Process::new(mem.clone(), PathBuf::from("/p"), false, log);
        p.abi = Abi::Ia64;
        p.signals.actions[10].handler = desc;
        p.signals.actions[10].flags = SA_SIGINFO;
        let mut cpu = Ia64Cpu::new_boxed(rbs);
        let mut store = GuestStore(&mem);
        // A few frames deep, with NaTs, rotation and predicates; `pfs[d]` is
        // what the call out of frame d left in ar.pfs.
        let mut pfs = Vec::new();
        for depth in 0..40u64 {
            cpu.alloc(&mut store, 12, 9, 8).unwrap();
            for r in 0..12u32 {
                cpu.set_gr(32 + r, depth << 8 | r as u64, (depth + r as u64) % 7 == 0);
            }
            if depth < 39 {
                cpu.call();
                pfs.push(cpu.pfs);
            }
        }
        cpu.rrb_gr = 3;
        cpu.remap();
        cpu.pr = 0x0123_4567_89ab_cdef | 1;
        cpu.set_rrb_pr(5);
        for r in 1..32u32 {
            cpu.set_gr(r, 0x1000 + r as u64, r == 9);
        }
        cpu.set_gr(12, stack + (1 << 19), false);
        cpu.br = [1, 2, 3, 4, 5, 6, 7, 8];
        cpu.lc = 77;
        cpu.ec = 3;
        cpu.fr[40] = [0xdead_beef, 0x1003e];
        cpu.ip = 0x4000_0000_0000_0a21;
        (mem, p, cpu, desc, pfs)
    }

    fn snapshot(cpu: &Ia64Cpu) -> Vec<u64> {
        let mut v = vec![cpu.ip, cpu.cfm(), cpu.pr, cpu.pr_physical(), cpu.bsp, cpu.lc, cpu.ec, cpu.pfs, cpu.fpsr];
        for r in 1..(32 + cpu.sof as u32) {
            let (x, n) = cpu.gr(r);
            v.push(x);
            v.push(n as u64);
        }
        v.extend_from_slice(&cpu.br);
        v.extend_from_slice(&cpu.fr[40]);
        v
    }

    #[test]
    fn ia64_deliver_then_sigreturn_restores_every_register_and_the_frame() {
        let (mem, mut p, mut cpu, desc, pfs) = setup();
        let before = snapshot(&cpu);
        let (cfm, bsp_covered) = (cpu.cfm(), rse_skip(cpu.bsp, cpu.sof as i64));
        let info = SigInfo::fault(10, 0, 0x1234);
        deliver(&mut cpu, &mem, &mut p, &info, false).unwrap();
        // The handler runs at its descriptor's entry with its gp, the three
        // arguments in r32..r34, b0 = the trampoline, r12 = frame - 16.
        assert_eq!(cpu.ip, 0x4000_0000_0000_1230);
        assert_eq!(cpu.gr(1).0, 0x6000_0000_0000_8000);
        let frame = cpu.gr(12).0 + 16;
        assert_eq!(frame % 16, 0);
        assert_eq!((cpu.gr(32).0, cpu.gr(33).0, cpu.gr(34).0), (10, frame + INFO, frame + SC));
        assert_eq!(cpu.br[0], SIGTRAMP);
        assert_eq!(cpu.fpsr, FPSR_DEFAULT);
        assert_eq!(p.signals.mask, 1 << 9, "SIGUSR1 blocked in its handler");
        // The frame: arguments, handler, siginfo, sigcontext fields.
        let rd = |a: u64| {
            let mut b = [0u8; 8];
            mem.read(a, &mut b).unwrap();
            u64::from_le_bytes(b)
        };
        assert_eq!((rd(frame), rd(frame + 24)), (10, desc));
        assert_eq!(rd(frame + INFO + 16), 0x1234);
        assert_eq!(rd(frame + SC + SC_IP), 0x4000_0000_0000_0a21);
        assert_eq!(rd(frame + SC + SC_CFM), cfm);
        assert_eq!(rd(frame + SC + SC_BSP), bsp_covered, "ar.bsp after the cover");
        assert_eq!(rd(frame + SC + SC_GR + 8 * 13), 0x1000 + 13);
        assert_eq!(rd(frame + SC + SC_NAT), 1 << 9);
        assert_eq!(rd(frame + SC + SC_BR + 8 * 7), 8);
        assert_eq!(rd(frame + SC + SC_FR + 16 * 40), 0xdead_beef);
        // Everything was flushed to the backing store.
        assert_eq!(cpu.ndirty, 0);
        // The handler clobbers registers and calls deeper.
        let mut store = GuestStore(&mem);
        for r in 1..32u32 {
            if r != 12 {
                cpu.set_gr(r, 0xbad, true);
            }
        }
        for _ in 0..200 {
            cpu.alloc(&mut store, 20, 18, 0).unwrap();
            cpu.set_gr(40, 0xbad, false);
            cpu.call();
        }
        cpu.pr = 0xffff;
        cpu.lc = 0;
        cpu.br = [0; 8];
        sigreturn(&mut cpu, &mem, &mut p).unwrap();
        assert_eq!(snapshot(&cpu), before);
        assert_eq!(p.signals.mask, 0);
        // Returning into the older frames still finds their registers,
        // filled back from the backing store.
        let mut store = GuestStore(&mem);
        assert_eq!(cpu.pfs, pfs[38]);
        for depth in (0..39u64).rev() {
            cpu.ret(&mut store).unwrap();
            assert_eq!(cpu.sof, 12);
            for r in 0..9u32 {
                assert_eq!(cpu.gr(32 + r), (depth << 8 | r as u64, (depth + r as u64) % 7 == 0), "frame {depth} r{}", 32 + r);
            }
            // The caller's ar.pfs, as a program keeps it in a local.
            if depth > 0 {
                cpu.pfs = pfs[depth as usize - 1];
            }
        }
    }
}
