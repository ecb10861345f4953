//! lastmile-difftest: differential testing of lastmile against qemu-user.
//!
//! Three oracles (ARCHITECTURE.md, "How we know it is right"):
//!
//! * [`whole`]: run whole programs under lastmile and the reference emulator
//!   chosen from the ELF header, in fresh directories with a fixed
//!   environment, and compare stdout, stderr, exit status and the files left
//!   in the working directory.
//! * [`lockstep`]: run both with `-singlestep -d cpu`, read the two register
//!   traces side by side and report the first instruction after which the
//!   states differ, modulo a short documented list of masks.
//! * [`fuzz`]: generate random (seeded, reproducible) SPARC integer
//!   instruction sequences inside a harness that dumps the register file and a
//!   scratch buffer, assemble and link them with the cross binutils, run them
//!   on both and compare; a diverging seed is run again in lockstep.
//!
//! Everything is a library so the integration tests (`tests/sparc64_images.rs`,
//! `tests/difftest_*.rs`) use exactly what the `lastmile-difftest` command runs.

pub mod elf;
pub mod fuzz;
pub mod lockstep;
pub mod parallel;
pub mod run;
pub mod tools;
pub mod trace;
pub mod whole;
