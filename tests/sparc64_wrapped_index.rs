//! sparc64 `[%base + %idx]` with %idx known below 2^32 (`srl %x, 0, %idx`)
//! is translated as membase + (base & mask) + idx (lift `host_addr_tagged`):
//! where base + idx wraps past the 2^40 space, the host access lands past
//! the space and faults, and the runtime runs the access in the
//! interpreter (exec.rs `replay_fault`, interp::run_past_space). A loop
//! whose every byte load and store wraps so must give what the
//! interpreter alone gives.

mod common;
use common::*;

#[test]
fn wrapped_32_bit_indices_give_what_the_interpreter_gives() {
    // base = 2^40 - 4000, idx = srl(data + 4000 with high bits set): base +
    // idx wraps to data. 3000 iterations of: load the byte plainly, add it
    // to %o4, store it plus one through [%idx + %base] (after a load: the
    // translated code syncs, the state is exact), load it back through
    // [%base + %idx] and add it; then write %o4. (Without the runtime's
    // run past the space, the store is reported as a misaligned access.)
    let asm = "\t.text\n\t.global _start\n_start:\n\
        \tsetx data, %g5, %o0\n\tmov 1, %g1\n\tsllx %g1, 40, %g1\n\tsub %g1, 4000, %g1\n\
        \tadd %o0, 4000, %o1\n\tsetx 0xabcd000000000000, %g5, %g4\n\tor %o1, %g4, %o1\n\
        \tmov 0, %o4\n\tset 3000, %o5\n\
        1:\tldub [%o0], %o3\n\tadd %o4, %o3, %o4\n\tadd %o3, 1, %o3\n\
        \tsrl %o1, 0, %o2\n\tstb %o3, [%o2 + %g1]\n\
        \tsrl %o1, 0, %o2\n\tldub [%g1 + %o2], %o3\n\tadd %o4, %o3, %o4\n\
        \tsubcc %o5, 1, %o5\n\tbne,pt %xcc, 1b\n\t nop\n\
        \tsetx buf, %g5, %o1\n\tstx %o4, [%o1]\n\tmov 1, %o0\n\tmov 8, %o2\n\tmov 4, %g1\n\tta 0x6d\n\
        \tmov 0, %o0\n\tmov 1, %g1\n\tta 0x6d\n\
        \t.data\n\t.align 8\ndata:\t.byte 5\n\t.align 8\nbuf:\t.quad 0\n";
    let Some(exe) = build_sparc64_asm("wrapidx", asm) else { return };
    let want: u64 = (0..3000u64).map(|k| ((5 + k) & 0xff) + ((6 + k) & 0xff)).sum();
    let lm = lastmile();
    let lm = lm.to_str().unwrap();
    // Translated (regions compiled on the main thread), then the
    // interpreter alone.
    let j = run_in_dir(&["/usr/bin/env", "LASTMILE_BG_COMPILE=0", lm, "--tier-threshold", "2"], &exe, &[], None, "wrapidx-j");
    let i = run_in_dir(&[lm, "--tier-threshold", "1000000000"], &exe, &[], None, "wrapidx-i");
    for (o, what) in [(&j, "translated"), (&i, "interpreted")] {
        assert_eq!(o.status, "exit 0", "{what}: {}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(o.stdout, want.to_be_bytes(), "{what}");
    }
}
