//! The test rig shared by the jit tests: lift and compile SPARC blocks and
//! run them on a CPU state with a private memory buffer.
#![allow(dead_code)]

use lastmile_frontend::sparc::cpu::{Exit, SparcCpu};
use lastmile_frontend::sparc::decode::Flavor;
use lastmile_frontend::sparc::lift::{apply_deferred_fp_exceptions, clear_deferred_fp_exceptions, lift_block, take_deferred_fp_exceptions, Helpers, LiftConfig};
use lastmile_jit::{Jit, OptLevel};

pub const MEM: usize = 1 << 20;

pub struct Rig {
    pub jit: Jit,
    pub cfg: LiftConfig,
    pub mem: Vec<u8>,
    pub cpu: Box<SparcCpu>,
}

extern "C" fn no_helper(cpu: *mut SparcCpu) -> u64 {
    // SAFETY: translated code passes the CPU it runs on. (The window
    // helpers' status goes to `helper_status` too: see `Helpers`.)
    unsafe { (*cpu).helper_status = Exit::Illegal as u64 };
    Exit::Illegal as u64
}

impl Rig {
    pub fn new() -> Rig {
        let jit = Jit::new(OptLevel::Fast, true).unwrap();
        let h = no_helper as *const () as usize as u64;
        let cfg = LiftConfig {
            flavor: Flavor::V9,
            // No confinement mask: the tests address a small buffer directly, and
            // misaligned accesses are checked explicitly (Exit::Unaligned).
            space_mask: u64::MAX,
            max_insns: 64,
            helpers: Helpers { save: h, restore: h, flushw: h, tick: h },
            call_conv: jit.call_conv(),
            frontend: jit.frontend_config(),
            chain: None,
        };
        let mut mem = vec![0u8; MEM + 64];
        let cpu = SparcCpu::new_boxed(mem.as_mut_ptr() as u64, true);
        Rig { jit, cfg, mem, cpu }
    }

    /// Place `code` at 0x1000 and run blocks from there until a non-normal
    /// exit or pc leaves the code.
    pub fn run(&mut self, code: &[u32]) -> Exit {
        for (i, w) in code.iter().enumerate() {
            self.mem[0x1000 + 4 * i..0x1000 + 4 * i + 4].copy_from_slice(&w.to_be_bytes());
        }
        let end = 0x1000 + 4 * code.len() as u64;
        self.cpu.pc = 0x1000;
        self.cpu.npc = 0x1004;
        let words: Vec<u32> = code.to_vec();
        let fetch = move |a: u64| {
            if (0x1000..end).contains(&a) {
                Some(words[((a - 0x1000) / 4) as usize])
            } else {
                None
            }
        };
        for _ in 0..1000 {
            if !(0x1000..end).contains(&self.cpu.pc) {
                return Exit::Normal;
            }
            let dyn_npc = self.cpu.npc != self.cpu.pc + 4;
            let (f, info) = lift_block(&self.cfg, &fetch, self.cpu.pc, dyn_npc, &mut self.jit.fctx).unwrap();
            let c = self.jit.compile(f, info.insns, info.start).unwrap();
            let func: extern "sysv64" fn(*mut SparcCpu) -> u64 = unsafe { std::mem::transmute(c.ptr) };
            // As the runtime: deferred FP exceptions into %fsr.
            clear_deferred_fp_exceptions();
            let r = Exit::from_u64(func(&mut *self.cpu));
            let d = take_deferred_fp_exceptions();
            apply_deferred_fp_exceptions(&mut self.cpu, d);
            if r != Exit::Normal {
                return r;
            }
        }
        panic!("did not finish");
    }
}
