/* traps: what a 32-bit program gets for instructions it may not execute,
 * through a SIGILL/SIGBUS/SIGSEGV handler that skips the instruction:
 * unimp, the V9-only encodings (illegal on V8: popc, ldx, stx, ldsw, casa,
 * BPcc, BPr, FBPfcc, movcc, movr, mulx, udivx, sdivx, done, wrpr), the
 * privileged V8 state accesses that share encodings with V9's rdpr,
 * flushw and saved (rd %wim, rd %tbr, wr %psr), alternate-space loads (privileged on
 * V8: only the signal is printed, the code differs between qemu and Linux),
 * misaligned and unmapped accesses with their si_addr, both frame kinds
 * (SA_SIGINFO and plain), and a handler that changes registers the
 * interrupted code then sees. The V9 encodings are only probed when built
 * for V8 (a V8+ build runs them).
 *
 * With the argument "linux" it instead checks traps qemu-user 7.2 does not
 * deliver (it prints "Unhandled trap" and exits) but Linux does: tag
 * overflow (SIGEMT, EMT_TAGOVF), integer division by zero (SIGFPE,
 * FPE_INTDIV), `ta 1` (SIGTRAP, TRAP_BRKPT) and an unknown software trap
 * (SIGILL, ILL_ILLTRP); tests/sparc32_traps.rs runs that mode. */
#include "rt.h"

static u32 last_sig, last_code, last_addr, last_pc, hits;

static void h_info(int sig, void *info, struct v8_regs *r)
{
    struct v8_siginfo *si = info;
    last_sig = sig;
    last_code = si->code;
    last_addr = si->addr;
    last_pc = r->pc;
    hits++;
    skip_insn(r);
}

static void h_plain(int sig, void *regs, struct v8_regs *r)
{
    last_sig = sig;
    last_code = 0;
    last_addr = 0;
    last_pc = r->pc;
    CHECK(regs == (void *)r);
    hits++;
    /* The interrupted code sees %g2 changed and continues after the trap. */
    r->g[2] = 0x5eed;
    skip_insn(r);
}

#define PROBE(name, insn)                                                                 \
    do {                                                                                  \
        u32 before = hits;                                                                \
        u32 pc;                                                                           \
        __asm__ volatile("1: " insn "\n\tset 1b, %0" : "=r"(pc) : : "g1", "g2", "memory"); \
        printf("%-10s sig %2u code %u at insn: %s\n", name, hits > before ? last_sig : 0,  \
               hits > before ? last_code : 0, hits > before && last_pc == pc ? "yes" : "no"); \
    } while (0)

#define PROBE_SIGONLY(name, insn)                                                         \
    do {                                                                                  \
        u32 before = hits;                                                                \
        __asm__ volatile(insn : : : "g1", "g2", "memory");                                \
        printf("%-10s sig %2u\n", name, hits > before ? last_sig : 0);                    \
    } while (0)

static u32 words[4] = { 0x11223344, 0x55667788, 0x99aabbcc, 0xddeeff00 };

static void access_faults(void)
{
    char *p = (char *)words;
    u32 v, before;
    static const u32 offs[] = { 1, 2, 3, 5, 6 };
    for (u32 i = 0; i < sizeof offs / sizeof offs[0]; i++) {
        char *a = p + offs[i];
        before = hits;
        __asm__ volatile("ld [%1], %0" : "=r"(v) : "r"(a) : "memory");
        printf("ld   at +%u: sig %u code %u addr ok %s\n", offs[i], hits > before ? last_sig : 0, last_code,
               last_addr == (u32)a ? "yes" : "no");
        before = hits;
        __asm__ volatile("lduh [%1], %0" : "=r"(v) : "r"(a) : "memory");
        printf("lduh at +%u: sig %u\n", offs[i], hits > before ? last_sig : 0);
        before = hits;
        __asm__ volatile("st %0, [%1]" : : "r"(0), "r"(a) : "memory");
        printf("st   at +%u: sig %u\n", offs[i], hits > before ? last_sig : 0);
    }
    /* ldd/std need 8-byte alignment. */
    before = hits;
    __asm__ volatile("ldd [%0], %%g2" : : "r"(p + 4) : "g2", "g3", "memory");
    printf("ldd  at +4: sig %u addr ok %s\n", hits > before ? last_sig : 0, last_addr == (u32)(p + 4) ? "yes" : "no");
    before = hits;
    __asm__ volatile("std %%g0, [%0]" : : "r"(p + 4) : "memory");
    printf("std  at +4: sig %u\n", hits > before ? last_sig : 0);
    printf("words intact: %s\n", words[0] == 0x11223344 && words[1] == 0x55667788 ? "yes" : "no");
    /* Unmapped: the first page and the last words of the space. */
    static const u32 bad[] = { 0, 0x10, 0xfff0, 0xfffffff0 };
    for (u32 i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        before = hits;
        __asm__ volatile("ld [%1], %0" : "=r"(v) : "r"(bad[i]) : "memory");
        printf("ld   at %08x: sig %u code %u addr ok %s\n", bad[i], hits > before ? last_sig : 0, last_code,
               last_addr == bad[i] ? "yes" : "no");
    }
    /* Writing to our own text: SEGV_ACCERR. */
    before = hits;
    __asm__ volatile("st %%g0, [%0]" : : "r"((void *)access_faults) : "memory");
    printf("st to text: sig %u code %u\n", hits > before ? last_sig : 0, last_code);
}

/* Traps that only a Linux-faithful runtime delivers (not qemu-user 7.2). */
static int linux_only(void)
{
    set_handler(SIGEMT_, h_info, 1);
    set_handler(SIGFPE_, h_info, 1);
    set_handler(SIGTRAP_, h_info, 1);
    set_handler(SIGILL_, h_info, 1);
    printf("traps linux\n");
    PROBE("taddcctv", "taddcctv %%g0, 1, %%g1");
    PROBE("tsubcctv", "tsubcctv %%g0, 2, %%g1");
    PROBE("taddcctv ok", "taddcctv %%g0, 4, %%g1");
    PROBE("udiv 0", "udiv %%g0, %%g0, %%g1");
    PROBE("sdiv 0", "sdiv %%g0, %%g0, %%g1");
    PROBE("udivcc 0", "udivcc %%g0, %%g0, %%g1");
    PROBE("ta 1", "ta 1");
    PROBE("ta 5", "ta 5");
    PROBE("ta 0x7f", "ta 0x7f");
    printf("handled %u signals, %d failures\n", hits, failures);
    return failures;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "linux") == 0)
        return linux_only();
    printf("traps\n");
    set_handler(SIGILL_, h_info, 1);
    set_handler(SIGBUS_, h_info, 1);
    set_handler(SIGSEGV_, h_info, 1);
    PROBE("unimp", "unimp 0x123");
    PROBE("ldd odd", ".word 0xc61b8000"); /* ldd [%sp], %g3: odd register */
#ifndef __sparc_v9__
    PROBE("popc", ".word 0x83700002");
    PROBE("ldx", ".word 0xc25b8000");
    PROBE("stx", ".word 0xc0738000");
    PROBE("ldsw", ".word 0xc2438000");
    PROBE("casa", ".word 0xc3e39000");
    PROBE("bpcc", ".word 0x10680002\n\tnop");
    PROBE("bpr", ".word 0x02c88002\n\tnop");
    PROBE("fbpfcc", ".word 0x11480002\n\tnop");
    PROBE("movcc", ".word 0x83662001");
    PROBE("movr", ".word 0x8378a401");
    PROBE("mulx", ".word 0x82484002");
    PROBE("udivx", ".word 0x82684002");
    PROBE("sdivx", ".word 0x83684002");
    PROBE("done", ".word 0x81f00000");
    PROBE("wrpr", ".word 0x81900000");
    /* V9 encodings that are privileged V8 ones. */
    PROBE("rdwim", ".word 0x83500000");  /* V9 rdpr */
    PROBE("rdtbr", ".word 0x81580000");  /* V9 flushw */
    PROBE("wrpsr", ".word 0x81880000");  /* V9 saved */
    PROBE_SIGONLY("lda", "lda [%%sp] 0x80, %%g1");
    PROBE_SIGONLY("sta", "sta %%g0, [%%sp] 0x80");
    PROBE_SIGONLY("swapa", "swapa [%%sp] 0x80, %%g1");
#endif
    access_faults();

    /* A plain (non-SA_SIGINFO) handler: sigreturn with the old frame. */
    set_handler(SIGILL_, h_plain, 0);
    u32 g2;
    __asm__ volatile("mov 7, %%g2\n\tunimp 1\n\tmov %%g2, %0" : "=r"(g2) : : "g2");
    printf("plain handler: sig %u, %%g2 after = %x\n", last_sig, g2);
    CHECK(g2 == 0x5eed);
    printf("handled %u signals, %d failures\n", hits, failures);
    return failures;
}
