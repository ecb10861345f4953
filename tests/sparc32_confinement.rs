//! A 32-bit guest cannot reach a host byte outside its 4 GiB reservation.
//!
//! Why it holds: translated code forms every guest data address as
//! `base + (ea & 0xffff_ffff)` (the lifter masks effective addresses of
//! 32-bit code, PSTATE.AM for V8+, whose registers are 64 bits wide), plus
//! the misalignment path: a misaligned access branches to a load at
//! `(ea & 0xffff_ffff) + 4 GiB`, in the PROT_NONE part of the reservation
//! (`mem::reservation_size`: 8 × 4 GiB + a 64 KiB guard). So every access lands in
//! `[base, base + reservation)`; what the guest has not mapped there is
//! PROT_NONE and faults, and the fault becomes the guest's SIGSEGV/SIGBUS.
//!
//! What this test shows: guest-images/v8/confine.c, run *in this process*
//! with `sweep`, loads from and stores back to 65,536 addresses spread over
//! the whole 4 GiB (the V8+ build also with random upper halves in its
//! 64-bit address registers), catching every fault in its own SIGSEGV
//! handler and checking that each fault's si_addr is the address it formed.
//! Around the run:
//! * canary pages mapped right below and right above the reservation (where
//!   an off-by-one or an unmasked carry out of bit 31 would land) keep
//!   their pattern;
//! * a canary in lastmile's own heap keeps its pattern;
//! * any access outside the reservation would have faulted outside it (or
//!   hit the canaries): the fault handler does not recover such a fault,
//!   the test process would die;
//! * the guest's account (`sweep_result`, read from guest memory) shows all
//!   65,536 probes done, every fault at the exact guest address, and the
//!   readable/writable probes all inside regions of the guest's own map.
//!
//! The wrap-around cases (`ld [0xfffffffc + 8]` faulting at 4, a store
//! through `0x80000000 + (&var + 0x80000000)` landing on `var`, V8+ loads,
//! stores and a jmpl through registers with garbage upper halves) are
//! compared with qemu by tests/sparc32_images.rs (confine without `sweep`).

mod common;
use common::*;
use lastmile_runtime::mem::GuestMemory;
use lastmile_runtime::{run_sparc32_in, Ending, RunOptions};
use std::path::Path;
use std::sync::Arc;

fn sweep(prog: &Path) {
    let mem = Arc::new(GuestMemory::new(32).expect("reserve 4 GiB"));
    assert_eq!(mem.size(), 1 << 32);
    let base = mem.base() as usize;
    let end = base + mem.reservation() as usize;
    let canaries = Canaries::around(base, end);

    let mut opts = RunOptions::new(prog.to_path_buf(), vec!["confine".into(), "sweep".into()]);
    opts.env = vec!["LANG=C".into()];
    let ending = run_sparc32_in(&opts, mem.clone()).expect("run the guest");
    assert!(matches!(ending, Ending::Exit(0)), "{}: {ending:?}", prog.display());

    canaries.assert_intact();

    // The guest's own account of the sweep.
    let at = elf_symbol(prog, "sweep_result");
    let w: Vec<u32> = (0..7).map(|i| mem.read_u32_be(at + 4 * i).expect("sweep_result readable")).collect();
    let (magic, probes, readable, writable, faults, exact, done) = (w[0], w[1], w[2], w[3], w[4], w[5], w[6]);
    println!(
        "{}: {probes} probes over 4 GiB, {readable} readable, {writable} writable, {faults} faults, si_addr exact: {}",
        prog.display(),
        exact == 1
    );
    assert_eq!((magic, done), (0x5eeb5eeb, 1), "the sweep did not finish");
    assert_eq!(probes, 65536);
    assert_eq!(exact, 1, "a fault was reported at another address than the guest formed");
    assert!(readable > 0 && writable > 0 && writable <= readable);
    assert_eq!(faults, probes - readable + (readable - writable), "every probe either succeeded or faulted");
    // Everything the guest can touch is in its own map, inside [0, 4 GiB).
    for r in mem.regions() {
        assert!(r.start < r.end && r.end <= 1 << 32, "region {:x}..{:x} outside the space", r.start, r.end);
    }
}

/// Both builds of confine.c, one after the other in this process (the
/// runtime's fault handler is process-wide).
#[test]
fn sparc32_guest_accesses_stay_inside_the_4gib_reservation() {
    let Some(out) = guest_images() else { return };
    let v8 = out.join("sparc32/confine-O2");
    let v8plus = out.join("sparc32plus-free/confine-O2");
    if !v8.is_file() {
        assert!(!in_ci(), "confine-O2 was not built");
        eprintln!("note: no 32-bit images; skipping");
        return;
    }
    sweep(&v8);
    sweep(&v8plus);
}
