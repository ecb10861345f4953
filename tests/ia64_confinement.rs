//! An IA-64 guest cannot reach a host byte outside its reservation.
//!
//! Why it holds: translated code forms every guest data address as
//! `base + ((a >> 61) << 40) + min(a & (2^61 - 1), 2^40 - 1 MiB)`
//! (runtime/src/mem.rs `RegionFold`, emitted by the lifter's `host_addr`):
//! eight 1 TiB slots, one per region, whose last MiB is never mapped. An
//! offset beyond the slot is clamped into that guard and faults there;
//! nothing leaves the 8 TiB reservation and nothing aliases mapped memory.
//!
//! What this test shows: tests/data/ia64/confine.s, run *in this process*,
//! loads from (and stores back to) 65,536 addresses over all eight regions
//! (random 64-bit addresses, small offsets in every region, offsets around
//! the end of the slot, random offsets up to 2^61), catching every fault in
//! its own SIGSEGV handler, which checks si_addr and resumes after the
//! access through rt_sigreturn. Around the run:
//! * canary pages right below and right above the reservation keep their
//!   pattern, and so does a canary in lastmile's heap;
//! * a host fault outside the reservation would not be recovered: the test
//!   process would die;
//! * the guest's account (`result`, read from guest memory) shows every
//!   probe done, every fault at the exact guest address, and loads and
//!   stores that worked only where the guest has memory;
//! * every region of the guest's map lies inside one region slot, below
//!   its limit, in user regions 0-4.

mod common;
use common::*;
use lastmile_runtime::mem::{GuestMemory, RegionFold, IA64_TASK_SIZE};
use lastmile_runtime::{run_ia64_in, Ending, RunOptions};
use std::process::Command;
use std::sync::Arc;

#[test]
fn ia64_guest_accesses_stay_inside_the_region_fold_reservation() {
    if !have_tool("ia64-linux-gnu-as") || !have_tool("ia64-linux-gnu-ld") {
        return;
    }
    let dir = fresh_dir("ia64-confine");
    let obj = dir.join("confine.o");
    let prog = dir.join("confine");
    let src = root().join("tests/data/ia64/confine.s");
    assert!(Command::new("ia64-linux-gnu-as").arg(&src).arg("-o").arg(&obj).status().unwrap().success());
    assert!(Command::new("ia64-linux-gnu-ld").arg(&obj).arg("-o").arg(&prog).status().unwrap().success());

    let mem = Arc::new(GuestMemory::new_ia64().expect("reserve 8 TiB"));
    let fold = mem.fold().unwrap();
    assert_eq!(fold, RegionFold::IA64);
    let base = mem.base() as usize;
    let end = base + mem.reservation() as usize;
    let canaries = Canaries::around(base, end);

    let opts = RunOptions::new(prog.clone(), vec!["confine".into()]);
    let ending = run_ia64_in(&opts, mem.clone()).expect("run the guest");
    assert!(matches!(ending, Ending::Exit(0)), "{ending:?}");

    canaries.assert_intact();

    let at = elf_symbol(&prog, "result");
    let mut b = [0u8; 48];
    mem.read(at, &mut b).expect("result readable");
    let w: Vec<u64> = b.chunks(8).map(|c| u64::from_le_bytes(c.try_into().unwrap())).collect();
    let (probes, faults, inexact, loads, stores, magic) = (w[0], w[1], w[2], w[3], w[4], w[5]);
    println!("{probes} probes over 8 regions: {loads} loads and {stores} stores worked, {faults} faults, {inexact} inexact si_addr");
    assert_eq!(magic, 0x5eeb5eeb, "the probe did not finish");
    assert_eq!(probes, 65536);
    assert_eq!(inexact, 0, "a fault was reported at another address than the guest formed");
    assert!(loads > 0 && stores > 0 && stores < loads, "loads {loads}, stores {stores}");
    assert_eq!(faults, (probes - loads) + (loads - stores), "every probe either worked or faulted");
    for r in mem.regions() {
        let region = r.start & !RegionFold::OFFSET_MASK;
        assert!(r.start < r.end && r.end <= IA64_TASK_SIZE, "region {:x}..{:x}", r.start, r.end);
        assert!(r.end - region <= fold.limit(), "region {:x}..{:x} reaches the slot's guard", r.start, r.end);
    }
}
