//! Traps Linux turns into signals for 32-bit programs but qemu-user 7.2
//! does not (it prints "Unhandled trap 0x..." and exits, so the
//! whole-program comparison cannot cover them): tag overflow (SIGEMT,
//! EMT_TAGOVF), integer division by zero (SIGFPE, FPE_INTDIV), `ta 1`
//! (SIGTRAP, TRAP_BRKPT) and unknown software traps (SIGILL, ILL_ILLTRP),
//! each caught by the guest's handler at the trapping instruction
//! (arch/sparc/kernel/traps_32.c, sys_sparc_32.c sparc_breakpoint). Runs
//! guest-images/v8/traps.c in its "linux" mode, built for V8 and for V8+.

mod common;
use common::*;

const EXPECTED: &str = "\
traps linux
taddcctv   sig  7 code 1 at insn: yes
tsubcctv   sig  7 code 1 at insn: yes
taddcctv ok sig  0 code 0 at insn: no
udiv 0     sig  8 code 1 at insn: yes
sdiv 0     sig  8 code 1 at insn: yes
udivcc 0   sig  8 code 1 at insn: yes
ta 1       sig  5 code 1 at insn: yes
ta 5       sig  4 code 2 at insn: yes
ta 0x7f    sig  4 code 2 at insn: yes
handled 8 signals, 0 failures
";

#[test]
fn sparc32_linux_only_traps_reach_the_guest_handler() {
    let Some(out) = guest_images() else { return };
    for dir in ["sparc32", "sparc32plus-free"] {
        for opt in ["O0", "O2"] {
            let prog = out.join(format!("{dir}/traps-{opt}"));
            if !prog.is_file() {
                assert!(!in_ci(), "{} was not built", prog.display());
                return;
            }
            let o = run_in_dir(&[lastmile().to_str().unwrap()], &prog, &["linux".into()], None, "traps");
            assert_eq!(o.status, "exit 0", "{}: {}", prog.display(), String::from_utf8_lossy(&o.stderr));
            assert_eq!(String::from_utf8_lossy(&o.stdout), EXPECTED, "{}", prog.display());
        }
    }
}
