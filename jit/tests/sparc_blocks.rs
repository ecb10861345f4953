//! Lift and compile small SPARC blocks and run them on a CPU state with a
//! private memory buffer: the lifter's semantics, without the runtime.

use lastmile_frontend::sparc::cpu::{Exit, SparcCpu};
use lastmile_frontend::sparc::decode::Flavor;
use lastmile_frontend::sparc::lift::{lift_block, Helpers, LiftConfig};
use lastmile_jit::{Jit, OptLevel};

const MEM: usize = 1 << 20;

struct Rig {
    jit: Jit,
    cfg: LiftConfig,
    mem: Vec<u8>,
    cpu: Box<SparcCpu>,
}

extern "C" fn no_helper(_: *mut SparcCpu) -> u64 {
    Exit::Illegal as u64
}

impl Rig {
    fn new() -> Rig {
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
    fn run(&mut self, code: &[u32]) -> Exit {
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
            let r = Exit::from_u64(func(&mut *self.cpu));
            if r != Exit::Normal {
                return r;
            }
        }
        panic!("did not finish");
    }
}

#[test]
fn add_sub_logic() {
    let mut r = Rig::new();
    // mov 5, %g1; mov 7, %g2; add %g1, %g2, %g3; sub %g1, %g2, %g4; xor %g3, 0xff, %g5
    r.run(&[0x82102005, 0x84102007, 0x86004002, 0x88204002, 0x8a18e0ff]);
    assert_eq!(r.cpu.g[3], 12);
    assert_eq!(r.cpu.g[4], (-2i64) as u64);
    assert_eq!(r.cpu.g[5], 12 ^ 0xff);
}

#[test]
fn cmp_and_branch_with_delay_slot() {
    let mut r = Rig::new();
    // 0x1000 mov 3, %g1
    // 0x1004 cmp %g1, 3
    // 0x1008 be 0x1014 (disp 3 insns)
    // 0x100c mov 1, %g2     (delay slot: executes)
    // 0x1010 mov 9, %g3     (skipped)
    // 0x1014 mov 4, %g4
    r.run(&[0x82102003, 0x80a06003, 0x02800003, 0x84102001, 0x86102009, 0x88102004]);
    assert_eq!((r.cpu.g[2], r.cpu.g[3], r.cpu.g[4]), (1, 0, 4));
}

#[test]
fn annulled_untaken_branch_skips_delay_slot() {
    let mut r = Rig::new();
    // mov 3,%g1; cmp %g1,4; be,a +3; mov 1,%g2 (annulled); mov 9,%g3; mov 4,%g4
    r.run(&[0x82102003, 0x80a06004, 0x22800003, 0x84102001, 0x86102009, 0x88102004]);
    assert_eq!((r.cpu.g[2], r.cpu.g[3], r.cpu.g[4]), (0, 9, 4));
}

#[test]
fn big_endian_loads_and_stores() {
    let mut r = Rig::new();
    // sethi %hi(0x12345400), %g1 ; or %g1, 0x278, %g1 ; mov 0x800, %g2
    // st %g1, [%g2] ; ldub [%g2], %g3 ; ldsh [%g2+2], %g4 ; stx %g1,[%g2+8]; ldx [%g2+8], %g5
    r.run(&[0x03048d15, 0x82106278, 0x84102800, 0xc220a000, 0xc608a000, 0xc850a002, 0xc270a008, 0xca58a008]);
    assert_eq!(&r.mem[0x800..0x804], &[0x12, 0x34, 0x56, 0x78]);
    assert_eq!(r.cpu.g[3], 0x12);
    assert_eq!(r.cpu.g[4], 0x5678);
    assert_eq!(r.cpu.g[5], 0x12345678);
}

#[test]
fn udivx_by_zero_exits_divzero() {
    let mut r = Rig::new();
    // mov 5, %g1; udivx %g1, %g0, %g2
    assert_eq!(r.run(&[0x82102005, 0x84684000]), Exit::DivZero);
}

#[test]
fn unconditional_trap_exits_with_number() {
    let mut r = Rig::new();
    // ta 0x6d
    assert_eq!(r.run(&[0x91d0206d]), Exit::Trap);
    assert_eq!(r.cpu.exit_arg, 0x6d);
    assert_eq!(r.cpu.pc, 0x1000);
}

#[test]
fn xcc_and_icc_carry() {
    let mut r = Rig::new();
    // mov -1, %g1 ; addcc %g1, 1, %g2 ; rd %ccr, %g3
    r.run(&[0x82103fff, 0x84806001, 0x87408000]);
    // icc: Z and C; xcc: Z and C.
    assert_eq!(r.cpu.g[3], 0x55);
}
