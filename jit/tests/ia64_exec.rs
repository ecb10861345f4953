//! IA-64 lifter tests: tiny sequences assembled with ia64-linux-gnu-as, run
//! through the lifter and the jit on a flat memory rig; final registers are
//! checked against values computed by hand or by a reference formula.

mod ia64_rig;
use ia64_rig::{Rig, BSP0, DATA};
use lastmile_frontend::ia64::cpu::Exit;

#[test]
fn ia64_alu_add_sub_shladd_logic_give_reference_results() {
    let mut r = Rig::new();
    let e = r.run(
        "
        mov r14 = 1000
        movl r15 = 0x123456789abcdef0 ;;
        add r16 = r14, r15
        sub r17 = r14, r15 ;;
        add r18 = r14, r15, 1
        sub r19 = r14, r15, 1 ;;
        shladd r20 = r14, 3, r15
        and r21 = 0x70, r15 ;;
        andcm r22 = r15, r14
        xor r23 = -1, r15 ;;
        addl r24 = -2000000, r0
        adds r25 = -8191, r14 ;;
        addp4 r26 = r15, r0
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    let (a, b) = (1000u64, 0x123456789abcdef0u64);
    assert_eq!(r.gr(16), a.wrapping_add(b));
    assert_eq!(r.gr(17), a.wrapping_sub(b));
    assert_eq!(r.gr(18), a.wrapping_add(b) + 1);
    assert_eq!(r.gr(19), a.wrapping_sub(b).wrapping_sub(1));
    assert_eq!(r.gr(20), (a << 3).wrapping_add(b));
    assert_eq!(r.gr(21), 0x70 & b);
    assert_eq!(r.gr(22), b & !a);
    assert_eq!(r.gr(23), !b);
    assert_eq!(r.gr(24), (-2000000i64) as u64);
    assert_eq!(r.gr(25), (1000 - 8191i64) as u64);
    // addp4: low 32 bits, bits 31:30 of r0 (0) as the region.
    assert_eq!(r.gr(26), b & 0xffff_ffff);
}

#[test]
fn ia64_compares_write_predicates_by_type() {
    let mut r = Rig::new();
    let e = r.run(
        "
        mov r14 = 5
        mov r15 = -3 ;;
        cmp.lt p6, p7 = r14, r15        // signed: false
        cmp.ltu p8, p9 = r14, r15 ;;    // unsigned: true
        cmp4.eq p10, p11 = 5, r14
        cmp.eq p12, p13 = r0, r0 ;;
        cmp.eq.unc p14, p15 = r14, r14 ;;   // p14 = 1
        (p6) cmp.eq.unc p16, p17 = r14, r14 ;;  // qp false: both cleared
        cmp.eq p18, p19 = r0, r0 ;;
        cmp.ne.and p18, p19 = r14, r14 ;;  // rel false -> both 0
        cmp.eq p20, p21 = r0, r14 ;;      // p20 = 0, p21 = 1
        cmp.eq.or p20, p21 = r14, r14 ;;  // both 1
        cmp.eq p22, p23 = r0, r14 ;;      // 0, 1
        cmp.eq.or.andcm p22, p23 = r14, r14 ;; // p22 = 1, p23 = 0
        tbit.nz p24, p25 = r14, 2         // bit 2 of 5 = 1
        tbit.z p26, p27 = r14, 1 ;;       // bit 1 of 5 = 0 -> z true
        cmp.gt.and p28, p29 = r0, r15 ;;  // (p28,p29 were 0) 0 > -3 true: unchanged
        cmp.eq p30, p31 = r0, r0 ;;
        cmp.lt.or p30, p31 = r0, r15 ;;   // 0 < -3 false: unchanged
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    let want = [
        (6, false), (7, true), (8, true), (9, false), (10, true), (11, false), (12, true), (13, false),
        (14, true), (15, false), (16, false), (17, false), (18, false), (19, false), (20, true), (21, true),
        (22, true), (23, false), (24, true), (25, false), (26, true), (27, false), (28, false), (29, false),
        (30, true), (31, false),
    ];
    for (p, v) in want {
        assert_eq!(r.p(p), v, "p{p}");
    }
    assert!(r.p(0));
}

#[test]
fn ia64_shifts_and_bit_fields_match_reference_formulas() {
    let mut r = Rig::new();
    let e = r.run(
        "
        movl r14 = 0xf123456789abcdef
        mov r15 = 12 ;;
        shl r16 = r14, r15
        shr r17 = r14, r15
        shr.u r18 = r14, r15 ;;
        mov r19 = 70 ;;
        shr r20 = r14, r19
        shr.u r21 = r14, r19
        shl r22 = r14, r19 ;;
        extr r23 = r14, 60, 4
        extr.u r24 = r14, 8, 12
        dep r25 = r15, r14, 4, 8 ;;
        dep.z r26 = r14, 16, 8
        shrp r27 = r14, r15, 8
        sxt1 r28 = r14 ;;
        zxt2 r29 = r14
        popcnt r30 = r14
        czx1.r r31 = r15 ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    let a = 0xf123456789abcdefu64;
    assert_eq!(r.gr(16), a << 12);
    assert_eq!(r.gr(17), ((a as i64) >> 12) as u64);
    assert_eq!(r.gr(18), a >> 12);
    assert_eq!(r.gr(20), u64::MAX);
    assert_eq!(r.gr(21), 0);
    assert_eq!(r.gr(22), 0);
    assert_eq!(r.gr(23), ((a as i64) >> 60) as u64);
    assert_eq!(r.gr(24), (a >> 8) & 0xfff);
    assert_eq!(r.gr(25), (a & !(0xff << 4)) | (12 << 4));
    assert_eq!(r.gr(26), (a & 0xff) << 16);
    assert_eq!(r.gr(27), (12 >> 8) | (a << 56));
    assert_eq!(r.gr(28), 0xffff_ffff_ffff_ffef);
    assert_eq!(r.gr(29), 0xcdef);
    assert_eq!(r.gr(30), a.count_ones() as u64);
    // 12 = 0x0c: byte 0 non-zero, byte 1 zero
    assert_eq!(r.gr(31), 1);
}

#[test]
fn ia64_loads_and_stores_of_every_size_with_post_increment() {
    let mut r = Rig::new();
    r.w64(DATA + 0x100, 0x8877665544332211);
    r.cpu.gr[2] = DATA + 0x100;
    r.cpu.gr[3] = DATA + 0x200;
    let e = r.run(
        "
        ld1 r14 = [r2], 1 ;;
        ld1 r15 = [r2], -1 ;;
        ld2 r16 = [r2] ;;
        ld4 r17 = [r2] ;;
        ld8 r18 = [r2] ;;
        st1 [r3] = r18, 1 ;;
        st2 [r3] = r18, 2 ;;
        st4 [r3] = r18, 4 ;;
        st8 [r3] = r18 ;;
        mov r9 = 8 ;;
        ld8 r19 = [r3], r9 ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    assert_eq!(r.gr(14), 0x11);
    assert_eq!(r.gr(15), 0x22);
    assert_eq!(r.gr(16), 0x2211);
    assert_eq!(r.gr(17), 0x44332211);
    assert_eq!(r.gr(18), 0x8877665544332211);
    assert_eq!(r.gr(2), DATA + 0x100);
    assert_eq!(r.r64(DATA + 0x200), 0x1144_3322_1122_1111);
    assert_eq!(r.r64(DATA + 0x207), 0x8877665544332211);
    assert_eq!(r.gr(19), 0x8877665544332211);
    assert_eq!(r.gr(3), DATA + 0x207 + 8);
}

#[test]
fn ia64_deep_recursion_overflows_the_ring_and_returns_exactly() {
    let mut r = Rig::new();
    let e = r.run(
        "
        alloc r33 = ar.pfs, 0, 2, 1, 0 ;;
        mov r34 = 3000 ;;
        br.call.sptk.many b0 = sum ;;
        mov r20 = r8
        mov r21 = ar.bsp
        mov ar.rsc = 0 ;;
        mov r22 = ar.bspstore ;;
        break 0x100000 ;;
sum:
        alloc r35 = ar.pfs, 1, 3, 1, 0
        mov r34 = b0
        cmp.eq p6, p7 = 0, r32 ;;
(p6)    mov r8 = 0
(p6)    br.cond.dpnt .Ldone ;;
        adds r36 = -1, r32
        mov r33 = r32 ;;
        br.call.sptk.many b0 = sum ;;
        add r8 = r8, r33 ;;
.Ldone:
        mov ar.pfs = r35
        mov b0 = r34 ;;
        br.ret.sptk.many b0 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    assert_eq!(r.gr(20), 3000 * 3001 / 2);
    // Back in the outermost frame: nothing of it was spilled.
    assert_eq!(r.gr(21), BSP0);
    assert!(r.gr(22) <= BSP0);
    assert_eq!(r.cpu.sof, 3);
}

#[test]
fn ia64_flushrs_writes_frames_and_nat_collection_where_bsp_says() {
    let mut r = Rig::new();
    // Start the backing store two slots before a NaT collection slot.
    let b0 = BSP0 + 8 * 61;
    r.cpu.bsp = b0;
    r.cpu.bspstore = b0;
    let e = r.run(
        "
        alloc r36 = ar.pfs, 0, 5, 0, 0 ;;
        mov r32 = 11
        mov r33 = 22
        mov r34 = 33
        mov r35 = 44 ;;
        mov r20 = ar.bsp ;;
        br.call.sptk.many b0 = f ;;
        break 0x100000 ;;
f:
        mov r21 = ar.bsp
        mov ar.rsc = 0 ;;       // ar.bspstore reads need enforced lazy mode
        flushrs ;;
        mov r22 = ar.bspstore
        mov r23 = ar.bsp ;;
        br.ret.sptk.many b0 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    assert_eq!(r.gr(20), b0);
    // r32, r33 at slots 61, 62; slot 63 is the collection; r34-r36 follow.
    assert_eq!(r.gr(21), BSP0 + 8 * 67);
    assert_eq!(r.gr(22), BSP0 + 8 * 67);
    assert_eq!(r.gr(23), BSP0 + 8 * 67);
    assert_eq!(r.r64(BSP0 + 8 * 61), 11);
    assert_eq!(r.r64(BSP0 + 8 * 62), 22);
    assert_eq!(r.r64(BSP0 + 8 * 63), 0, "NaT collection: no NaT bits");
    assert_eq!(r.r64(BSP0 + 8 * 64), 33);
    assert_eq!(r.r64(BSP0 + 8 * 65), 44);
    // After the return the frame is back from the ring or memory.
    assert_eq!((r.gr(32), r.gr(33), r.gr(34), r.gr(35)), (11, 22, 33, 44));
}

#[test]
fn ia64_br_ctop_software_pipelined_loop_with_rotating_registers() {
    let mut r = Rig::new();
    for i in 0..10u64 {
        r.w64(DATA + 8 * i, i + 1);
    }
    r.cpu.gr[2] = DATA;
    let e = r.run(
        "
        alloc r40 = ar.pfs, 0, 9, 0, 8
        mov ar.lc = 9
        mov r20 = 0 ;;
        mov ar.ec = 2
        mov pr.rot = 1 << 16 ;;
loop:
(p16)   ld8 r32 = [r2], 8
(p17)   add r20 = r20, r33
        br.ctop.sptk.few loop ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    assert_eq!(r.gr(20), 55);
    assert_eq!(r.cpu.lc, 0);
    assert_eq!(r.cpu.ec, 0);
    assert_eq!(r.gr(2), DATA + 80);
}

#[test]
fn ia64_speculative_load_of_unmapped_memory_sets_nat_and_chk_s_recovers() {
    let mut r = Rig::new();
    r.w64(DATA, 77);
    r.cpu.gr[2] = DATA;
    let e = r.run(
        "
        ld8.s r14 = [r0]
        ld8.s r15 = [r2] ;;
        tnat.nz p6, p7 = r14
        tnat.nz p8, p9 = r15 ;;
        chk.s.m r14, recover ;;
        mov r16 = 1 ;;
        break 0x100000 ;;
recover:
        mov r16 = 2 ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    assert!(r.nat(14) && r.p(6) && !r.p(7));
    assert!(!r.nat(15) && !r.p(8) && r.p(9));
    assert_eq!(r.gr(15), 77);
    assert_eq!(r.gr(16), 2);
}

#[test]
fn ia64_store_of_a_nat_register_is_a_nat_consumption_fault() {
    let mut r = Rig::new();
    r.cpu.gr[2] = DATA;
    let e = r.run(
        "
        ld8.s r14 = [r0] ;;
        add r15 = r14, r0 ;;
        st8 [r2] = r15 ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::NatConsumption);
    assert!(r.nat(15), "NaT propagates through add");
    assert_eq!(r.cpu.ip, ia64_rig::CODE + 0x10);
}

#[test]
fn ia64_alat_store_invalidates_and_chk_a_branches_to_recovery() {
    let mut r = Rig::new();
    r.w64(DATA, 5);
    r.cpu.gr[2] = DATA;
    r.cpu.gr[3] = DATA + 64;
    r.cpu.gr[9] = 99;
    let e = r.run(
        "
        ld8.a r14 = [r2] ;;
        st8 [r3] = r0 ;;
        ld8.c.clr r14 = [r2] ;;
        chk.a.clr r14, bad ;;
        ld8.a r15 = [r2] ;;
        st8 [r2] = r9 ;;
        chk.a.clr r15, rec ;;
        mov r16 = 1 ;;
        break 0x100000 ;;
bad:
        mov r16 = 3 ;;
        break 0x100000 ;;
rec:
        mov r16 = 2
        ld8 r15 = [r2] ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    // ld8.c.clr hit and cleared the entry, so chk.a.clr r14 branched to bad;
    // that is the architected result (.clr removes the entry).
    assert_eq!(r.gr(16), 3);
    assert_eq!(r.gr(14), 5);
}

#[test]
fn ia64_alat_store_to_the_advanced_address_forces_recovery() {
    let mut r = Rig::new();
    r.w64(DATA, 5);
    r.cpu.gr[2] = DATA;
    r.cpu.gr[9] = 99;
    let e = r.run(
        "
        ld8.a r15 = [r2] ;;
        st8 [r2] = r9 ;;
        chk.a.clr r15, rec ;;
        mov r16 = 1 ;;
        break 0x100000 ;;
rec:
        mov r16 = 2
        ld8 r15 = [r2] ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    assert_eq!((r.gr(16), r.gr(15)), (2, 99));
}

#[test]
fn ia64_xma_multiplies_64_bit_integers_exactly() {
    let mut r = Rig::new();
    let (a, b) = (0xfedc_ba98_7654_3210u64, 0x8123_4567_89ab_cdefu64);
    r.cpu.gr[14] = a;
    r.cpu.gr[15] = b;
    let e = r.run(
        "
        setf.sig f6 = r14
        setf.sig f7 = r15 ;;
        xma.l f8 = f6, f7, f0
        xma.hu f9 = f6, f7, f0
        xma.h f10 = f6, f7, f0 ;;
        getf.sig r16 = f8
        getf.sig r17 = f9
        getf.sig r18 = f10 ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    assert_eq!(r.gr(16), a.wrapping_mul(b));
    assert_eq!(r.gr(17), ((a as u128 * b as u128) >> 64) as u64);
    assert_eq!(r.gr(18), ((a as i64 as i128 * b as i64 as i128) >> 64) as u64);
}

#[test]
fn ia64_xma_adds_f2_zero_extended_in_every_form() {
    let mut r = Rig::new();
    r.cpu.gr[14] = 3;
    r.cpu.gr[15] = (-5i64) as u64;
    r.cpu.gr[16] = u64::MAX; // as an addend: 2^64 - 1, not -1
    let e = r.run(
        "
        setf.sig f6 = r14
        setf.sig f7 = r15
        setf.sig f8 = r16 ;;
        xma.h f9 = f6, f7, f8
        xma.hu f10 = f6, f7, f8
        xma.l f11 = f6, f7, f8 ;;
        getf.sig r17 = f9
        getf.sig r18 = f10
        getf.sig r19 = f11 ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    let (a, b, c) = (3i128, -5i128, u64::MAX as i128);
    assert_eq!(r.gr(17), ((a * b + c) >> 64) as u64);
    let (ua, ub) = (3u128, (-5i64) as u64 as u128);
    assert_eq!(r.gr(18), ((ua * ub + c as u128) >> 64) as u64);
    assert_eq!(r.gr(19), (a * b + c) as u64);
}

#[test]
fn ia64_cmpxchg_xchg_fetchadd_update_memory_atomically() {
    let mut r = Rig::new();
    r.w64(DATA, 10);
    r.cpu.gr[2] = DATA;
    let e = r.run(
        "
        mov r15 = 10
        mov r16 = 20 ;;
        mov ar.ccv = r15 ;;
        cmpxchg8.acq r14 = [r2], r16, ar.ccv ;;
        fetchadd8.acq r17 = [r2], 8 ;;
        mov r19 = 7 ;;
        xchg8 r18 = [r2], r19 ;;
        cmpxchg8.acq r20 = [r2], r16, ar.ccv ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    assert_eq!((r.gr(14), r.gr(17), r.gr(18), r.gr(20)), (10, 20, 28, 7));
    assert_eq!(r.r64(DATA), 7, "the last cmpxchg failed (7 != 10)");
}

#[test]
fn ia64_cmpxchg4_compares_all_of_ar_ccv() {
    let mut r = Rig::new();
    r.w64(DATA, 1000);
    r.cpu.gr[2] = DATA;
    let e = r.run(
        "
        movl r15 = 0x1000003e8
        mov r16 = 7 ;;
        mov ar.ccv = r15 ;;
        cmpxchg4.acq r14 = [r2], r16, ar.ccv ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    assert_eq!(r.gr(14), 1000);
    assert_eq!(r.r64(DATA), 1000, "ccv bit 32 set: no match");
}

#[test]
fn ia64_break_immediates_exit_with_their_code() {
    let mut r = Rig::new();
    let e = r.run("nop.m 0\n nop.i 0\n break.i 0x80001 ;;");
    assert_eq!(e, Exit::Break);
    assert_eq!(r.cpu.exit_arg, 0x80001);
    assert_eq!(r.cpu.ip, ia64_rig::CODE | 2);
}

#[test]
fn ia64_predicated_branch_is_a_side_exit_and_falls_through_when_false() {
    let mut r = Rig::new();
    let e = r.run(
        "
        mov r14 = 0
        cmp.eq p6, p7 = r0, r0 ;;
(p7)    br.cond.sptk skip ;;
        adds r14 = 1, r14 ;;
(p6)    br.cond.sptk skip ;;
        adds r14 = 10, r14 ;;
skip:
        adds r14 = 100, r14 ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    assert_eq!(r.gr(14), 101);
}

/// f and g call each other with frames of 5 and 11 registers; g keeps a
/// NaT in a local across its call. 100,000 frames overflow the ring
/// hundreds of times: every frame must come back from the backing store
/// with its values and NaT bits (the NaT collections of 5.7 MB of spills).
const MUTUAL: &str = "
        alloc r33 = ar.pfs, 0, 2, 1, 0 ;;
        mov r34 = r14 ;;
        br.call.sptk.many b0 = f ;;
        mov r20 = r8
        mov r21 = ar.bsp ;;
        break 0x100000 ;;
f:      alloc r35 = ar.pfs, 1, 3, 1, 0
        mov r34 = b0
        cmp.eq p6, p7 = 0, r32 ;;
(p6)    mov r8 = 0
(p6)    br.cond.dpnt .Lfd ;;
        adds r36 = -1, r32
        mov r33 = r32 ;;
        br.call.sptk.many b0 = g ;;
        add r8 = r8, r33 ;;
.Lfd:   mov ar.pfs = r35
        mov b0 = r34 ;;
        br.ret.sptk.many b0 ;;
g:      alloc r41 = ar.pfs, 1, 9, 1, 0
        mov r40 = b0
        cmp.eq p6, p7 = 0, r32 ;;
(p6)    mov r8 = 0
(p6)    br.cond.dpnt .Lgd ;;
        adds r42 = -1, r32
        shladd r39 = r32, 1, r0
        ld8.s r38 = [r0] ;;
        br.call.sptk.many b0 = f ;;
        add r8 = r8, r39
        tnat.z p8, p9 = r38 ;;
(p8)    adds r8 = 1, r8 ;;
.Lgd:   mov ar.pfs = r41
        mov b0 = r40 ;;
        br.ret.sptk.many b0 ;;
";

fn mutual_reference(n: u64) -> u64 {
    // f(n) = n + g(n-1), g(n) = 2n + f(n-1), both 0 at 0.
    (1..=n).map(|k| if (n - k) % 2 == 0 { k } else { 2 * k }).sum()
}

#[test]
fn ia64_recursion_100000_frames_deep_with_varying_alloc_sizes() {
    let mut r = Rig::chained();
    r.cpu.gr[14] = 100_000;
    let e = r.run(MUTUAL);
    assert_eq!(e, Exit::Syscall);
    assert_eq!(r.gr(20), mutual_reference(100_000));
    assert_eq!(r.gr(21), BSP0);
    // Chaining: the rig entered far fewer blocks than ran.
    assert!(r.blocks < 1000, "{} entries from the rig", r.blocks);
}

#[test]
fn ia64_unchained_and_chained_runs_agree() {
    let mut a = Rig::new();
    a.cpu.gr[14] = 500;
    assert_eq!(a.run(MUTUAL), Exit::Syscall);
    let mut b = Rig::chained();
    b.cpu.gr[14] = 500;
    assert_eq!(b.run(MUTUAL), Exit::Syscall);
    assert_eq!(a.gr(20), mutual_reference(500));
    assert_eq!(b.gr(20), a.gr(20));
    assert!(b.blocks < a.blocks);
}

/// Runs `src` (which leaves results in r14-r31) and checks them. The
/// expected values were compared by hand with the Ski simulator (where Ski
/// is right: its signed saturation is broken on 64-bit hosts, a C literal
/// compared unsigned; those rows were checked by hand against the SDM).
fn check_regs(src: &str, want: &[(u32, u64)]) {
    let mut r = Rig::new();
    let e = r.run(&format!("{src}\n;;\nbreak 0x100000 ;;"));
    assert_eq!(e, Exit::Syscall);
    for &(reg, v) in want {
        assert_eq!(r.gr(reg), v, "r{reg}: {:#x} != {v:#x}", r.gr(reg));
    }
}

const MM_INPUTS: &str = "
        movl r8 = 0x80ff7f0102fe8001
        movl r9 = 0x7f01ff8081027f03 ;;
";

#[test]
fn ia64_multimedia_arithmetic_matches_ski_and_the_sdm() {
    check_regs(
        &format!(
            "{MM_INPUTS}
        padd1 r14 = r8, r9
        padd1.sss r15 = r8, r9
        padd1.uuu r16 = r8, r9
        padd1.uus r17 = r8, r9
        psub2.sss r18 = r8, r9
        pavg1 r19 = r8, r9 ;;
        pavg1.raz r20 = r8, r9
        pavgsub1 r21 = r8, r9
        pcmp1.gt r22 = r8, r9
        pshladd2 r23 = r8, 2, r9
        pshradd2 r24 = r8, 1, r9
        pmpyshr2 r25 = r8, r9, 7 ;;
        pmpyshr2.u r26 = r8, r9, 15
        pmpy2.r r27 = r8, r9
        pmpy2.l r28 = r8, r9
        mix2.l r29 = r8, r9
        pack2.sss r30 = r8, r9
        pack2.uss r31 = r8, r9 ;;"
        ),
        &[
            (14, 0xff007e818300ff04),
            (15, 0xff007e818300ff04), // no element overflows
            (16, 0xffffff8183ffff04),
            (17, 0xffff7e0000ffff04),
            (18, 0x80007f817fff8000), // 0x02fe - 0x8102 saturates to 0x7fff
            (19, 0x7f80bf4141807f02),
            (20, 0x8080bf4142808002),
            (21, 0x017fc0c1c17e01ff),
            (22, 0x0000ffffff000000),
            (23, 0x80007fff8cfa8000), // a shift out of range saturates the element
            (24, 0x3f803f0082813f03),
            (25, 0xfc0380ff0807fdfe),
            (26, 0x7ffefd8203047f03),
            (27, 0xffc07f80c07eff03),
            (28, 0xc0fe01fffe8403fc),
            (29, 0x80ff7f0102fe8102),
            (30, 0x7f80807f807f7f80), // r2's elements in the low half
            (31, 0xff0000ff00ffff00),
        ],
    );
}

#[test]
fn ia64_multimedia_permutes_and_shifts_match_ski() {
    check_regs(
        &format!(
            "{MM_INPUTS}
        unpack1.h r14 = r8, r9
        unpack2.l r15 = r8, r9
        unpack4.h r16 = r8, r9
        pmin1.u r17 = r8, r9
        pmax2 r18 = r8, r9
        psad1 r19 = r8, r9 ;;
        mux1 r20 = r8, @mix
        mux1 r21 = r8, @shuf
        mux1 r22 = r8, @alt
        mux1 r23 = r8, @rev
        mux2 r24 = r8, 0x1b
        pshr2 r25 = r8, 3 ;;
        pshr4.u r26 = r8, 5
        pshl2 r27 = r8, 4
        mov r10 = 9 ;;
        pshr2.u r28 = r8, r10
        pshl4 r29 = r8, r10
        pcmp2.eq r30 = r8, r8
        pack4.sss r31 = r8, r9 ;;"
        ),
        &[
            (14, 0x807fff017fff0180),
            (15, 0x02fe810280017f03),
            (16, 0x80ff7f017f01ff80),
            (17, 0x7f017f0102027f01),
            (18, 0x7f017f0102fe7f03),
            (19, 0x37c),
            (20, 0x80027f80fffe0101),
            (21, 0x8002fffe7f800101),
            (22, 0x807f0280ff01fe01),
            (23, 0x0180fe02017fff80),
            (24, 0x800102fe7f0180ff),
            (25, 0xf01f0fe0005ff000),
            (26, 0x0407fbf80017f400),
            (27, 0x0ff0f0102fe00010),
            (28, 0x0040003f00010040),
            (29, 0xfefe0200fd000200),
            (30, u64::MAX),
            (31, 0x7fff800080007fff),
        ],
    );
}

#[test]
fn ia64_bit_fields_czx_and_p4_forms_match_ski() {
    check_regs(
        "
        movl r8 = 0xf123456789abcdef
        movl r9 = 0x00000000fedcba98 ;;
        shrp r14 = r8, r9, 13
        extr r15 = r8, 50, 14
        extr r16 = r8, 3, 61
        extr.u r17 = r8, 60, 4
        dep r18 = r9, r8, 60, 4
        dep r19 = -1, r8, 10, 30 ;;
        dep.z r20 = r9, 5, 60
        dep.z r21 = -3, 62, 2
        czx1.l r22 = r9
        czx2.r r23 = r9
        czx2.l r24 = r8 ;;
        shladdp4 r27 = r9, 2, r8
        addp4 r28 = 0x123, r8
        sxt4 r29 = r9 ;;",
        &[
            (14, 0x6f7800000007f6e5),
            (15, 0xfffffffffffffc48),
            (16, 0xfe2468acf13579bd),
            (17, 0xf),
            (18, 0x8123456789abcdef),
            (19, 0xf12345fffffffdef),
            (20, 0x0000001fdb975300),
            (21, 0x4000000000000000),
            (22, 0),
            (23, 2),
            (24, 4),
            (27, 0x40000000851eb84f),
            (28, 0x4000000089abcf12),
            (29, 0xfffffffffedcba98),
        ],
    );
}

#[test]
fn ia64_cexit_wtop_cloop_rotate_and_count_as_ski_does() {
    let mut r = Rig::new();
    let e = r.run(
        "
        alloc r3 = ar.pfs, 0, 16, 0, 16 ;;
        mov r14 = 0
        mov ar.lc = 4
        mov ar.ec = 3 ;;
        mov pr.rot = 0 ;;
.L1:    adds r14 = 1, r14 ;;
        mov r32 = r14
        br.cexit.spnt.few .L1out ;;
        br.cond.sptk.few .L1 ;;
.L1out: mov r15 = ar.lc
        mov r16 = ar.ec
        mov r17 = r33
        mov r18 = r34 ;;
        mov r19 = pr ;;
        mov r20 = 0
        mov ar.ec = 2
        cmp.eq p6, p0 = r0, r0 ;;
.L2:    adds r20 = 1, r20 ;;
        cmp.gtu p6, p0 = 5, r20 ;;
(p6)    br.wtop.sptk.few .L2 ;;
        mov r21 = ar.ec
        mov r22 = pr ;;
        mov r23 = 0
        mov ar.lc = 6 ;;
.L3:    adds r23 = 2, r23
        br.cloop.sptk.few .L3 ;;
        mov r24 = ar.lc
        clrrrb ;;
        mov r25 = r32
        mov r26 = pr ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    let want = [
        (14, 7),
        (15, 0),
        (16, 0),
        (17, 7),
        (18, 6),
        // mov r=pr reads the physical predicate file (rotation not applied)
        (19, 0xf000000000000001),
        (20, 6),
        (21, 0),
        (22, 0xf000000000000001),
        (23, 14),
        (24, 0),
        (25, 1),
        (26, 0xf000000000000001),
    ];
    for (reg, v) in want {
        assert_eq!(r.gr(reg), v, "r{reg}");
    }
}

#[test]
fn ia64_setf_getf_convert_between_memory_and_register_formats_as_ski() {
    check_regs(
        "
        movl r9 = 0x400921fb54442d18
        movl r10 = 0x3fc00000 ;;
        setf.d f6 = r9
        setf.s f7 = r10
        setf.exp f8 = r10 ;;
        getf.exp r27 = f6
        getf.sig r28 = f6
        getf.d r29 = f7
        getf.s r30 = f6 ;;
        getf.sig r31 = f8 ;;",
        &[(27, 0x10000), (28, 0xc90fdaa22168c000), (29, 0x3ff8000000000000), (30, 0x40490fda), (31, 1 << 63)],
    );
}

#[test]
fn ia64_nat_collection_and_rnat_after_flushrs_match_ski() {
    // 70 registers from slot 0: r32..r94 fill slots 0-62, the collection
    // is slot 63 (r40's NaT: bit 8), r95.. continue in the next group whose
    // NaT bits (r100: slot 5) are still in ar.rnat. Ski gives the same words.
    let mut r = Rig::new();
    let e = r.run(
        "
        mov ar.rsc = 0 ;;
        mov r20 = ar.bsp ;;
        alloc r3 = ar.pfs, 0, 70, 0, 0 ;;
        mov r32 = 1
        mov r95 = 95
        ld8.s r40 = [r0]
        ld8.s r100 = [r0] ;;
        mov r101 = 101
        cover ;;
        flushrs ;;
        adds r2 = 8*63, r20 ;;
        ld8 r14 = [r2], 8 ;;
        ld8 r15 = [r2] ;;
        mov r16 = ar.rnat
        mov r17 = ar.bsp ;;
        sub r17 = r17, r20
        adds r2 = 8*64, r20 ;;
        ld8.fill r19 = [r2] ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    assert_eq!(r.gr(14), 1 << 8);
    assert_eq!(r.gr(15), 95);
    assert_eq!(r.gr(16), 0x120, "rnat: slot 5 (r100) and the stale slot-8 bit");
    assert_eq!(r.gr(17), 8 * 71);
    assert_eq!(r.gr(19), 95);
}

#[test]
fn ia64_st8_spill_and_ld8_fill_carry_nat_through_ar_unat() {
    let mut r = Rig::new();
    r.cpu.gr[2] = DATA + 0x18; // unat bit 3
    let e = r.run(
        "
        ld8.s r14 = [r0]
        mov r15 = 7 ;;
        st8.spill [r2] = r14, 8 ;;
        st8.spill [r2] = r15, -8 ;;
        mov r20 = ar.unat ;;
        ld8.fill r16 = [r2], 8 ;;
        ld8.fill r17 = [r2] ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    assert_eq!(r.gr(20), 1 << 3);
    assert!(r.nat(16) && !r.nat(17));
    assert_eq!(r.gr(17), 7);
}

#[test]
fn ia64_rnat_and_bspstore_need_enforced_lazy_mode() {
    let mut r = Rig::new();
    assert_eq!(r.run("mov r14 = ar.rnat ;;\nbreak 0x100000 ;;"), Exit::Illegal);
    let mut r = Rig::new();
    assert_eq!(r.run("mov ar.rsc = 0 ;;\nmov r14 = ar.bspstore ;;\nbreak 0x100000 ;;"), Exit::Syscall);
    assert_eq!(r.gr(14), BSP0);
}

#[test]
fn ia64_application_register_faults() {
    for (src, want) in [
        ("mov ar.bsp = r0 ;;", Exit::Illegal),
        ("mov ar.k0 = r0 ;;", Exit::PrivReg),
        ("mov ar.itc = r0 ;;", Exit::PrivReg),
        ("mov r14 = ar.k5 ;;", Exit::Syscall),
        ("mov r14 = ar.itc ;;", Exit::Syscall),
        ("movl r14 = 0x100 ;;\nmov ar.rsc = r14 ;;", Exit::Reserved),
        ("rsm 0x4000 ;;", Exit::Privileged),
        ("mov r14 = psr ;;", Exit::Privileged),
    ] {
        let mut r = Rig::new();
        assert_eq!(r.run(&format!("{src}\nbreak 0x100000 ;;")), want, "{src}");
    }
}

#[test]
fn ia64_registers_outside_the_frame_are_illegal() {
    let mut r = Rig::new();
    assert_eq!(r.run("alloc r32 = ar.pfs, 0, 4, 0, 0 ;;\nmov r36 = 1 ;;\nbreak 0x100000 ;;"), Exit::Illegal);
    // M;;MI: alloc in slot 0, the mov in slot 1.
    assert_eq!(r.cpu.ip, ia64_rig::CODE | 1, "the mov's slot");
    let mut r = Rig::new();
    assert_eq!(r.run("alloc r32 = ar.pfs, 0, 5, 0, 0 ;;\nmov r36 = 1 ;;\nbreak 0x100000 ;;"), Exit::Syscall);
}

#[test]
fn ia64_reserved_template_is_an_illegal_operation() {
    let mut r = Rig::new();
    // data8 is assembled as a bundle with template 0x06 (reserved).
    let e = r.run(".align 16\ndata8 0x6, 0");
    assert_eq!(e, Exit::Illegal);
    assert_eq!(r.cpu.ip, ia64_rig::CODE);
}

#[test]
fn ia64_indirect_call_return_and_brl() {
    let mut r = Rig::chained();
    let e = r.run(
        "
        alloc r33 = ar.pfs, 0, 2, 0, 0
        mov r14 = 0
        movl r15 = 0 ;;
        .align 16
.L0:    mov r16 = ip ;;
        adds r17 = f - .L0, r16 ;;
        mov b6 = r17 ;;
        br.call.sptk.many b0 = b6 ;;
        brl.call.sptk.many b0 = f ;;
        brl.sptk.many .Lend ;;
        adds r14 = 1000, r14 ;;
.Lend:  break 0x100000 ;;
f:      alloc r2 = ar.pfs, 0, 0, 0, 0
        adds r14 = 1, r14 ;;
        mov ar.pfs = r2 ;;
        br.ret.sptk.many b0 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    assert_eq!(r.gr(14), 2);
    assert_eq!(r.cpu.sof, 2);
}

/// xorshift64* for test data.
fn rng(seed: &mut u64) -> u64 {
    *seed ^= *seed >> 12;
    *seed ^= *seed << 25;
    *seed ^= *seed >> 27;
    seed.wrapping_mul(0x2545_f491_4f6c_dd1d)
}

/// Integer division the way IA-64 compilers do it (there is no divide
/// instruction): frcpa's reciprocal y0, Newton steps in fma for the
/// quotient and the reciprocal, then one correction by the remainder
/// (q3 = q2 + (a - b*q2)*y2), truncation. `signed` selects fcvt.xf/fcvt.fx
/// or the unsigned forms.
fn division_program(signed: bool) -> String {
    let (cvt_in, cvt_out) = if signed {
        ("fcvt.xf f8 = f8\n        fcvt.xf f9 = f9", "fcvt.fx.trunc.s1 f10 = f10")
    } else {
        ("fcvt.xuf.s1 f8 = f8\n        fcvt.xuf.s1 f9 = f9", "fcvt.fxu.trunc.s1 f10 = f10")
    };
    format!(
        "
        mov ar.lc = r9 ;;
.Lloop: ld8 r14 = [r2], 8 ;;
        ld8 r15 = [r2], 8 ;;
        setf.sig f8 = r14
        setf.sig f9 = r15 ;;
        {cvt_in} ;;
        frcpa.s1 f10, p6 = f8, f9 ;;
(p6)    fnma.s1 f11 = f9, f10, f1       // e0 = 1 - b*y0
(p6)    fmpy.s1 f12 = f8, f10 ;;        // q0 = a*y0
(p6)    fma.s1 f12 = f11, f12, f12      // q1 = q0 + e0*q0
(p6)    fmpy.s1 f13 = f11, f11          // e1 = e0*e0
(p6)    fma.s1 f10 = f11, f10, f10 ;;   // y1 = y0 + e0*y0
(p6)    fma.s1 f12 = f13, f12, f12      // q2 = q1 + e1*q1
(p6)    fma.s1 f10 = f13, f10, f10 ;;   // y2 = y1 + e1*y1
(p6)    fnma.s1 f11 = f9, f12, f8 ;;    // r = a - b*q2
(p6)    fma.s1 f10 = f11, f10, f12 ;;   // q3 = q2 + r*y2
        {cvt_out} ;;
        getf.sig r16 = f10 ;;
        st8 [r3] = r16, 8
        br.cloop.sptk.few .Lloop ;;
        break 0x100000 ;;
        "
    )
}

fn run_divisions(signed: bool, pairs: &[(u64, u64)]) -> Vec<u64> {
    let mut r = Rig::chained();
    for (i, &(a, b)) in pairs.iter().enumerate() {
        r.w64(DATA + 16 * i as u64, a);
        r.w64(DATA + 16 * i as u64 + 8, b);
    }
    let out = DATA + 0x100000;
    r.cpu.gr[2] = DATA;
    r.cpu.gr[3] = out;
    r.cpu.gr[9] = pairs.len() as u64 - 1;
    assert_eq!(r.run(&division_program(signed)), Exit::Syscall);
    (0..pairs.len()).map(|i| r.r64(out + 8 * i as u64)).collect()
}

fn division_operands(seed: u64) -> Vec<(u64, u64)> {
    let mut s = seed;
    let mut v = Vec::new();
    for i in 0..4000 {
        // Mix magnitudes: full 64-bit, small divisors, exact multiples.
        let a = rng(&mut s) >> (rng(&mut s) % 64);
        let mut b = rng(&mut s) >> (rng(&mut s) % 64);
        if b == 0 {
            b = 1 + i;
        }
        let a = if i % 7 == 0 { b.wrapping_mul(rng(&mut s) % 1000) } else { a };
        v.push((a, b));
    }
    v.extend([(u64::MAX, 1), (u64::MAX, u64::MAX), (1 << 63, 3), (12345678901234567, 10), (100, 10), (99, 10)]);
    v
}

#[test]
fn ia64_unsigned_division_through_frcpa_and_fma_is_exact() {
    let pairs = division_operands(7);
    let got = run_divisions(false, &pairs);
    for (&(a, b), &q) in pairs.iter().zip(&got) {
        assert_eq!(q, a / b, "{a} / {b}");
    }
}

#[test]
fn ia64_signed_division_through_frcpa_and_fma_is_exact() {
    let pairs: Vec<(u64, u64)> = division_operands(11)
        .into_iter()
        .enumerate()
        .map(|(i, (a, b))| {
            // signed operands of both signs that fit the 64-bit significand
            let a = (a >> 1) as i64;
            let b = ((b >> 1) as i64).max(1);
            let a = if i % 2 == 0 { -a } else { a };
            let b = if i % 3 == 0 { -b } else { b };
            (a as u64, b as u64)
        })
        .collect();
    let got = run_divisions(true, &pairs);
    for (&(a, b), &q) in pairs.iter().zip(&got) {
        assert_eq!(q as i64, (a as i64).wrapping_div(b as i64), "{} / {}", a as i64, b as i64);
    }
}

#[test]
fn ia64_misaligned_atomics_and_spills_fault_others_succeed() {
    // Linux emulates misaligned plain accesses (unaligned.c) but not
    // atomics, ld16/st16 or spill/fill: SIGBUS. Speculative ones give NaT.
    for (src, want) in [
        ("ld8 r14 = [r2] ;;", Exit::Syscall),
        ("st4 [r2] = r0 ;;", Exit::Syscall),
        ("fetchadd8.acq r14 = [r2], 1 ;;", Exit::Unaligned),
        ("xchg4 r14 = [r2], r0 ;;", Exit::Unaligned),
        ("st8.spill [r2] = r0 ;;", Exit::Unaligned),
        ("ld8.fill r14 = [r2] ;;", Exit::Unaligned),
        ("ld16 r14, ar.csd = [r2] ;;", Exit::Unaligned),
    ] {
        let mut r = Rig::new();
        r.cpu.gr[2] = DATA + 3;
        assert_eq!(r.run(&format!("{src}\nbreak 0x100000 ;;")), want, "{src}");
        if want == Exit::Unaligned {
            assert_eq!(r.cpu.exit_arg, DATA + 3);
        }
    }
    let mut r = Rig::new();
    r.cpu.gr[2] = DATA + 3;
    assert_eq!(r.run("ld8.s r14 = [r2] ;;\nbreak 0x100000 ;;"), Exit::Syscall);
    assert!(r.nat(14));
}

#[test]
fn ia64_fma_d_rounds_once_like_the_host_fused_multiply_add() {
    // fma.d.s0 on doubles must give the correctly rounded fused result
    // (round-to-odd through the 64-bit intermediate), denormals included.
    let mut seed = 99u64;
    let mut vals = Vec::new();
    for i in 0..3000 {
        let mut d = || {
            let m = rng(&mut seed) >> 12;
            let e = 1023 + (rng(&mut seed) % 40) as u64 - 20;
            f64::from_bits(m | e << 52 | (rng(&mut seed) & 1) << 63)
        };
        let (a, b, mut c) = (d(), d(), d());
        if i % 5 == 0 {
            c = -(a * b); // cancellation: the fused result is the rounding error
        }
        vals.push((a, b, c));
    }
    vals.push((1e-300, 1e-10, 0.0)); // a denormal result
    vals.push((f64::MAX, 2.0, 0.0)); // overflow
    let mut r = Rig::chained();
    for (i, &(a, b, c)) in vals.iter().enumerate() {
        for (k, v) in [a, b, c].iter().enumerate() {
            r.w64(DATA + 24 * i as u64 + 8 * k as u64, v.to_bits());
        }
    }
    let out = DATA + 0x200000;
    r.cpu.gr[2] = DATA;
    r.cpu.gr[3] = out;
    r.cpu.gr[9] = vals.len() as u64 - 1;
    let e = r.run(
        "
        mov ar.lc = r9 ;;
.Ll:    ldfd f6 = [r2], 8 ;;
        ldfd f7 = [r2], 8 ;;
        ldfd f8 = [r2], 8 ;;
        fma.d.s0 f9 = f6, f7, f8 ;;
        stfd [r3] = f9, 8
        br.cloop.sptk.few .Ll ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    for (i, &(a, b, c)) in vals.iter().enumerate() {
        let got = r.r64(out + 8 * i as u64);
        assert_eq!(got, a.mul_add(b, c).to_bits(), "fma({a:e}, {b:e}, {c:e})");
    }
}

#[test]
fn ia64_predicated_alu_and_compares_leave_state_alone_when_false() {
    let mut r = Rig::new();
    r.cpu.gr[14] = 5;
    let e = r.run(
        "
        ld8.s r15 = [r0]                // r15 = NaT
        cmp.eq p9, p10 = r0, r0
        cmp.eq p6, p7 = r0, r0 ;;       // p6 = 1, p7 = 0, p9 = 1
(p7)    add r14 = 100, r14              // skipped
(p6)    adds r16 = 1, r14               // 6
(p7)    mov r15 = 0 ;;                  // skipped: r15 stays NaT
(p6)    cmp.eq p6, p8 = r0, r16 ;;      // writes its own qp: p6 = 0, p8 = 1
(p6)    adds r16 = 1000, r16            // skipped now
(p8)    shl r17 = r16, 4 ;;             // 96
(p7)    cmp.eq.unc p9, p10 = r0, r0 ;;  // qp false: unc clears both
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    assert_eq!((r.gr(14), r.gr(16), r.gr(17)), (5, 6, 96));
    assert!(r.nat(15));
    assert!(!r.p(6) && !r.p(7) && r.p(8) && !r.p(9) && !r.p(10));
}

#[test]
fn ia64_spill_to_an_unmapped_backing_store_is_a_fault_with_its_address() {
    // The backing store in region 0 (unmapped in the rig): the first
    // spill, when the ring overflows, fails.
    let mut r = Rig::new();
    r.cpu.bsp = 0x1000;
    r.cpu.bspstore = 0x1000;
    r.cpu.gr[14] = 1000;
    let e = r.run(MUTUAL);
    assert_eq!(e, Exit::Fault);
    assert_eq!(r.cpu.exit_arg, 0x1000);
}

#[test]
fn ia64_loadrs_and_bspstore_writes_move_the_dirty_partition() {
    let mut r = Rig::new();
    let e = r.run(
        "
        alloc r3 = ar.pfs, 0, 8, 0, 0 ;;
        mov r32 = 32
        mov r39 = 39 ;;
        mov ar.rsc = 0 ;;
        mov r20 = ar.bsp
        cover ;;
        flushrs ;;
        mov r21 = ar.bsp
        mov r22 = ar.bspstore ;;
        movl r9 = 64 << 16 ;;           // loadrs 64 bytes: the 8 registers
        mov ar.rsc = r9 ;;
        loadrs ;;
        mov r23 = ar.bspstore ;;
        mov ar.rsc = 0 ;;
        mov ar.bspstore = r21 ;;        // nothing dirty: bsp follows
        mov r24 = ar.bsp ;;
        break 0x100000 ;;
        ",
    );
    assert_eq!(e, Exit::Syscall);
    assert_eq!(r.gr(20), BSP0);
    assert_eq!((r.gr(21), r.gr(22)), (BSP0 + 64, BSP0 + 64));
    assert_eq!(r.gr(23), BSP0, "loadrs brought the 8 registers back: bspstore = bsp - 64");
    assert_eq!(r.gr(24), BSP0 + 64 + 64, "8 dirty registers after bspstore");
    assert_eq!(r.cpu.ndirty, 8);
}

#[test]
fn ia64_random_bundles_lift_and_compile_without_panics() {
    // Every bit pattern decodes; every decoded bundle must lift to IR the
    // Cranelift verifier accepts (the rig's jit verifies), whatever it holds.
    let mut r = Rig::chained();
    let mut seed = 0x5eed_u64;
    let mut fctx = lastmile_jit::cranelift_frontend::FunctionBuilderContext::new();
    for i in 0..30000u64 {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&rng(&mut seed).to_le_bytes());
        bytes[8..].copy_from_slice(&rng(&mut seed).to_le_bytes());
        // Half the time keep the qualifying predicates at p0 so that more
        // unpredicated forms (frame changes, exits) are covered.
        if i % 2 == 0 {
            let mut w = u128::from_le_bytes(bytes);
            for s in 0..3 {
                w &= !(0x3fu128 << (5 + 41 * s));
            }
            bytes = w.to_le_bytes();
        }
        let ip = 0x4000_0000_0000_0000 + 16 * i + (i % 3);
        let fetch = |a: u64| if a == ip & !0xf { Some(bytes) } else { None };
        let (f, info) = lastmile_frontend::ia64::lift::lift_block(&r.cfg, &fetch, ip, &mut fctx).unwrap();
        r.jit.compile(f, info.insns, info.start).unwrap_or_else(|e| panic!("bundle {bytes:02x?} at {ip:#x}: {e}"));
    }
}

#[test]
fn ia64_random_bundles_execute_without_panics() {
    // Run each random bundle once on a fresh CPU with random registers:
    // whatever it does (faults, RSE traffic with garbage state, helpers),
    // lastmile must not panic. The rig's folded buffer absorbs wild accesses.
    let mut r = Rig::new();
    let mut seed = 0xfeed_u64;
    let mut fctx = lastmile_jit::cranelift_frontend::FunctionBuilderContext::new();
    for i in 0..4000u64 {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&rng(&mut seed).to_le_bytes());
        bytes[8..].copy_from_slice(&rng(&mut seed).to_le_bytes());
        if i % 2 == 0 {
            let mut w = u128::from_le_bytes(bytes);
            for s in 0..3 {
                w &= !(0x3fu128 << (5 + 41 * s));
            }
            bytes = w.to_le_bytes();
        }
        let mut cpu = lastmile_frontend::ia64::cpu::Ia64Cpu::new_boxed(BSP0);
        for g in 1..32 {
            // addresses into the data region, sometimes anything
            cpu.gr[g] = if rng(&mut seed) % 4 == 0 { rng(&mut seed) } else { DATA + (rng(&mut seed) & 0xfff8) };
        }
        cpu.pr = rng(&mut seed) | 1;
        cpu.lc = rng(&mut seed) % 4;
        cpu.ec = rng(&mut seed) % 4;
        cpu.pfs = rng(&mut seed);
        cpu.rsc = if i % 3 == 0 { 0 } else { 0xf };
        cpu.alloc(&mut NoMem, rng(&mut seed) % 97, 0, 0).ok();
        let ip = ia64_rig::CODE + 16 * (i % 64);
        cpu.ip = ip;
        r.cpu = cpu;
        let fetch = |a: u64| if a == ip & !0xf { Some(bytes) } else { None };
        let (f, info) = lastmile_frontend::ia64::lift::lift_block(&r.cfg, &fetch, ip, &mut fctx).unwrap();
        let c = r.jit.compile(f, info.insns, info.start).unwrap();
        // SAFETY: a lifted block: fn(*mut Ia64Cpu) -> u64.
        let func: extern "sysv64" fn(*mut lastmile_frontend::ia64::cpu::Ia64Cpu) -> u64 = unsafe { std::mem::transmute(c.ptr) };
        let _ = Exit::from_u64(func(&mut *r.cpu));
    }
}

struct NoMem;
impl lastmile_frontend::ia64::cpu::BackingStore for NoMem {
    fn load(&mut self, _: u64) -> Option<u64> {
        None
    }
    fn store(&mut self, _: u64, _: u64) -> bool {
        false
    }
}

#[test]
fn ia64_parallel_single_precision_ops_match_ski() {
    // Pairs of singles in the significand: (1.5, -2.5), (pi, 1.0), (-0.5, 1000.0).
    check_regs(
        "
        movl r8 = 0x3fc00000c0200000
        movl r9 = 0x40490fdb3f800000
        movl r10 = 0xbf000000447a0000 ;;
        setf.sig f6 = r8
        setf.sig f7 = r9
        setf.sig f8 = r10 ;;
        fpma.s0 f9 = f6, f7, f8
        fpms.s0 f10 = f6, f7, f8
        fpnma.s0 f11 = f6, f7, f8
        fpcmp.lt.s0 f12 = f6, f7
        fpcmp.nle.s0 f13 = f6, f8
        fpmin.s0 f14 = f6, f7 ;;
        fpmax.s0 f15 = f6, f8
        fpamax.s0 f32 = f6, f8
        fpcvt.fx.s0 f33 = f9
        fpcvt.fxu.trunc.s0 f34 = f7 ;;
        getf.sig r14 = f9
        getf.sig r15 = f10
        getf.sig r16 = f11
        getf.sig r17 = f12
        getf.sig r18 = f13
        getf.sig r19 = f14
        getf.sig r20 = f15
        getf.sig r21 = f32
        getf.sig r22 = f33
        getf.sig r23 = f34 ;;",
        &[
            (14, 0x4086cbe444796000),
            (15, 0x40a6cbe4c47aa000),
            (16, 0xc0a6cbe4447aa000),
            (17, u64::MAX),
            (18, 0xffffffff00000000),
            (19, 0x3fc00000c0200000),
            (20, 0x3fc00000447a0000),
            (21, 0x3fc00000447a0000),
            (22, 0x00000004000003e6),
            (23, 0x0000000300000001),
        ],
    );
}

#[test]
fn ia64_fmix_fsxt_fswap_fpmerge_match_ski() {
    check_regs(
        "
        movl r8 = 0x80000001fffffff5
        movl r9 = 0x123456787ffffff0 ;;
        setf.sig f6 = r8
        setf.sig f7 = r9 ;;
        fmix.l f8 = f6, f7
        fmix.r f9 = f6, f7
        fmix.lr f10 = f6, f7
        fsxt.l f11 = f6, f7
        fsxt.r f12 = f6, f7
        fswap f13 = f6, f7 ;;
        fswap.nl f14 = f6, f7
        fswap.nr f15 = f6, f7
        fpmerge.s f32 = f6, f7
        fpmerge.ns f33 = f6, f7
        fpmerge.se f34 = f6, f7 ;;
        getf.sig r14 = f8
        getf.sig r15 = f9
        getf.sig r16 = f10
        getf.sig r17 = f11
        getf.sig r18 = f12
        getf.sig r19 = f13
        getf.sig r20 = f14
        getf.sig r21 = f15
        getf.sig r22 = f32
        getf.sig r23 = f33
        getf.sig r24 = f34 ;;",
        &[
            (14, 0x8000000112345678),
            (15, 0xfffffff57ffffff0),
            (16, 0x800000017ffffff0),
            (17, 0xffffffff12345678),
            (18, 0xffffffff7ffffff0),
            (19, 0x7ffffff080000001),
            (20, 0xfffffff080000001),
            (21, 0x7ffffff000000001),
            (22, 0x92345678fffffff0),
            (23, 0x123456787ffffff0),
            (24, 0x80345678fffffff0),
        ],
    );
}
