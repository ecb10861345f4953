//! Whole-program checks of the FP/VIS forms the random differential cannot
//! cover (issue 4):
//!  * IMPDEP2 (op3 0x37, the FMA encodings of SPARC64 VI / OSA 2011) is not
//!    part of V9, VIS 1 or VIS 2: the guest dies of SIGILL, as under
//!    qemu-sparc64, and AT_HWCAP does not advertise FMAF.
//!  * VIS partial stores (stda with ASI_PST*): QEMU 7.2 raises SIGILL for
//!    them, so the bytes written are checked against the UltraSPARC I/II
//!    User's Manual 13.5.3 (mask bit i = register element i from the least
//!    significant end; L ASIs store the doubleword little-endian).

mod common;
use common::*;

#[test]
fn impdep2_fma_kills_the_guest_with_sigill_like_qemu() {
    // fmaddd %f0, %f2, %f4, %f6, then exit(0) if it ever returned.
    let asm = "\t.text\n\t.global _start\n_start:\n\twr %g0, 4, %fprs\n\t.word 0x8db80842\n\tmov 0, %o0\n\tmov 1, %g1\n\tta 0x6d\n";
    let Some(exe) = build_sparc64_asm("impdep2", asm) else { return };
    let l = run_in_dir(&[lastmile().to_str().unwrap()], &exe, &[], None, "impdep2-l");
    assert_eq!(l.status, "signal 4", "lastmile: {}", String::from_utf8_lossy(&l.stderr));
    if have_tool("qemu-sparc64") {
        let q = run_in_dir(&["qemu-sparc64"], &exe, &[], None, "impdep2-q");
        assert_eq!(q.status, l.status, "qemu-sparc64 and lastmile disagree");
    }
    const HWCAP_SPARC_FMAF: u64 = 0x1_0000; // glibc sysdeps/sparc/bits/hwcap.h
    assert_eq!(lastmile_runtime::loader::SPARC64_HWCAP & HWCAP_SPARC_FMAF, 0);
}

#[test]
fn vis_partial_stores_write_the_masked_elements() {
    // For each ASI/mask pair: fill 8 bytes with 0x11, stda %f0 (holding
    // 0102030405060708) through the partial-store ASI with the mask in
    // %g2, then write the 8 bytes to stdout.
    let cases: [(u32, u32, [u8; 8]); 6] = [
        (0xc0, 0x81, [1, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 8]),
        (0xc2, 0x6, [0x11, 0x11, 3, 4, 5, 6, 0x11, 0x11]),
        (0xc5, 0x2, [1, 2, 3, 4, 0x11, 0x11, 0x11, 0x11]),
        (0xc8, 0x03, [8, 7, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11]),
        (0xca, 0x9, [8, 7, 0x11, 0x11, 0x11, 0x11, 2, 1]),
        (0xcc, 0x2, [0x11, 0x11, 0x11, 0x11, 4, 3, 2, 1]),
    ];
    let mut asm = String::from(
        "\t.text\n\t.global _start\n_start:\n\twr %g0, 4, %fprs\n\tsetx val, %g5, %g3\n\tldd [%g3], %f0\n\tsetx buf, %g5, %g1\n",
    );
    for (asi, mask, _) in cases {
        asm += &format!(
            "\tsetx 0x1111111111111111, %g5, %g4\n\tstx %g4, [%g1]\n\tmov {mask}, %g2\n\tstda %f0, [%g1 + %g2] {asi}\n\
             \tmov 1, %o0\n\tmov %g1, %o1\n\tmov 8, %o2\n\tmov 4, %g1\n\tta 0x6d\n\tsetx buf, %g5, %g1\n"
        );
    }
    asm += "\tmov 0, %o0\n\tmov 1, %g1\n\tta 0x6d\n\t.data\n\t.align 8\nval:\t.quad 0x0102030405060708\nbuf:\t.quad 0\n";
    let Some(exe) = build_sparc64_asm("pst", &asm) else { return };
    let l = run_in_dir(&[lastmile().to_str().unwrap()], &exe, &[], None, "pst-l");
    assert_eq!(l.status, "exit 0", "lastmile: {}", String::from_utf8_lossy(&l.stderr));
    let want: Vec<u8> = cases.iter().flat_map(|c| c.2).collect();
    assert_eq!(l.stdout, want);
}
