//! Lift and compile small SPARC blocks and run them on a CPU state with a
//! private memory buffer: the lifter's semantics, without the runtime.

use lastmile_frontend::sparc::cpu::Exit;

mod common;
use common::Rig;

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

#[test]
fn icc_compares_of_extended_loads() {
    // The lifter compares icc operands in 64 bits when both are extended
    // from 32 bits or fewer in a way that keeps the order; check the cases
    // where the 32-bit and 64-bit orders differ.
    let mut r = Rig::new();
    r.mem[0x800..0x804].copy_from_slice(&[0x80, 0, 0, 0]);
    // mov 0x800,%g2; lduw [%g2],%g1 (0x8000_0000, zero-extended); mov 1,%g3
    // cmp %g1,%g3; clr %g4; movl %icc,1,%g4; clr %g5; movcs %icc,1,%g5
    // ldsb [%g2],%g6 (-128); ldub [%g2],%g7 (128); cmp %g6,%g7
    // clr %o0; movl %icc,1,%o0; clr %o1; movcs %icc,1,%o1; clr %o2; move %icc,1,%o2
    r.run(&[
        0x84102800, 0xc2008000, 0x86102001, 0x80a04003, 0x88100000, 0x8964e001, 0x8a100000, 0x8b656001, 0xcc488000,
        0xce088000, 0x80a18007, 0x90100000, 0x9164e001, 0x92100000, 0x93656001, 0x94100000, 0x95646001,
    ]);
    // 0x8000_0000 < 1 signed in 32 bits, not unsigned.
    assert_eq!((r.cpu.g[4], r.cpu.g[5]), (1, 0));
    // -128 < 128 signed; 0xffff_ff80 > 0x80 unsigned; not equal.
    let o = |r: &Rig, i: usize| r.cpu.win[r.cpu.wbase() as usize + i];
    assert_eq!((o(&r, 0), o(&r, 1), o(&r, 2)), (1, 0, 0));
}
