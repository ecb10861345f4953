/* confine: 32-bit addresses wrap at 4 GiB and nothing else. Loads and
 * stores whose base + offset passes 2^32 land at the wrapped address (or
 * fault there, with that si_addr); the last bytes of the space fault;
 * built for V8+ (__sparc_v9__) it also puts garbage in the upper halves of
 * 64-bit address registers (ignored in 32-bit mode: PSTATE.AM) for loads,
 * stores, ldx and a jmpl.
 *
 * With the argument "sweep" it loads and stores back through addresses
 * spread over the whole 4 GiB (every 64 KiB, at varying offsets; for V8+
 * with random upper halves too), counting readable and writable ones and
 * checking every fault's si_addr, and records the counts in `sweep_result`
 * for tests/sparc32_confinement.rs, which runs it inside the test process
 * and checks that host memory around the guest's reservation is intact.
 * The sweep's counts depend on the memory layout and are not compared with
 * qemu. */
#include "rt.h"

static volatile u32 var = 0x12345678;
static volatile u32 pair[2] __attribute__((aligned(8))) = { 0xaaaabbbb, 0xccccdddd };
static u32 faults, fault_addr, fault_sig;

static void on_fault(int sig, void *info, struct v8_regs *r)
{
    struct v8_siginfo *si = info;
    faults++;
    fault_sig = sig;
    fault_addr = si->addr;
    skip_insn(r);
}

/* ld [a + b] / st v, [a + b]; 0xdead0000 when the load faulted. */
static u32 ld2(u32 a, u32 b)
{
    u32 v = 0xdead0000;
    __asm__ volatile("ld [%1 + %2], %0" : "+r"(v) : "r"(a), "r"(b) : "memory");
    return v;
}

static void st2(u32 a, u32 b, u32 v)
{
    __asm__ volatile("st %0, [%1 + %2]" : : "r"(v), "r"(a), "r"(b) : "memory");
}

static void report(const char *what, u32 before)
{
    if (faults > before)
        printf("%-44s sig %u at %08x\n", what, fault_sig, fault_addr);
    else
        printf("%-44s no fault\n", what);
}

static void wrap_tests(void)
{
    u32 b = faults;
    u32 v = ld2(0xffff0000, (u32)&var + 0x10000);
    printf("ld [0xffff0000 + &var+0x10000] = %08x\n", v);
    CHECK(v == 0x12345678);
    st2(0x80000000, (u32)&var + 0x80000000, 0xfeedface);
    printf("st [0x80000000 + &var+0x80000000]: var = %08x\n", var);
    CHECK(var == 0xfeedface);
    u32 x = 0;
    __asm__ volatile("ld [%1 + 8], %0" : "+r"(x) : "r"(0xfffffffcu) : "memory");
    report("ld [0xfffffffc + 8] (wraps to 4)", b);
    b = faults;
    __asm__ volatile("st %%g0, [%0 - 4]" : : "r"(0u) : "memory");
    report("st [0 - 4] (wraps to 0xfffffffc)", b);
    b = faults;
    __asm__ volatile("ldd [%0], %%g2" : : "r"(0xfffffff8u) : "g2", "g3", "memory");
    report("ldd [0xfffffff8]", b);
    b = faults;
    __asm__ volatile("ldub [%0], %%g2" : : "r"(0xffffffffu) : "g2", "memory");
    report("ldub [0xffffffff]", b);
    b = faults;
    __asm__ volatile("st %%g0, [%0]" : : "r"(0xffffffffu) : "memory");
    report("st [0xffffffff] (misaligned)", b);
    b = faults;
    __asm__ volatile("lduh [%0 + %1], %%g2" : : "r"(0xfffffff0u), "r"(0x11u) : "g2", "memory");
    report("lduh [0xfffffff0 + 0x11] (wraps to 1)", b);
}

#ifdef __sparc_v9__
static u32 target_reached;
void confine_target(void);
__asm__(".text\n\t.align 4\n\t.global confine_target\n"
        "confine_target:\n\t"
        "retl\n\t"
        " mov 1, %o0\n");

/* V8+: 64-bit registers, 32-bit addresses. */
static void upper_half_tests(void)
{
    u32 v, hi;
    __asm__ volatile("sethi %%hi(0xdeadbeef), %%g1\n\t"
                     "or %%g1, %%lo(0xdeadbeef), %%g1\n\t"
                     "sllx %%g1, 32, %%g1\n\t"
                     "or %%g1, %1, %%g1\n\t"
                     "ld [%%g1], %0"
                     : "=r"(v)
                     : "r"(&var)
                     : "g1", "memory");
    printf("ld through 0xdeadbeef_<&var>: %08x\n", v);
    __asm__ volatile("sethi %%hi(0x80000000), %%g1\n\t"
                     "sllx %%g1, 32, %%g1\n\t"
                     "or %%g1, %1, %%g1\n\t"
                     "st %0, [%%g1]"
                     :
                     : "r"(0x0badf00d), "r"(&var)
                     : "g1", "memory");
    printf("st through 0x80000000_<&var>: var = %08x\n", var);
    CHECK(var == 0x0badf00d);
    __asm__ volatile("mov -1, %%g1\n\t"
                     "sllx %%g1, 32, %%g1\n\t"
                     "or %%g1, %2, %%g1\n\t"
                     "ldx [%%g1], %%g2\n\t"
                     "srlx %%g2, 32, %0\n\t"
                     "srl %%g2, 0, %1"
                     : "=r"(hi), "=r"(v)
                     : "r"(pair)
                     : "g1", "g2", "memory");
    printf("ldx through 0xffffffff_<&pair>: %08x %08x\n", hi, v);
    u32 b = faults;
    __asm__ volatile("mov -1, %%g1\n\t"
                     "sllx %%g1, 32, %%g1\n\t"
                     "or %%g1, -4, %%g1\n\t"
                     "ld [%%g1 + 8], %%g2"
                     :
                     :
                     : "g1", "g2", "memory");
    report("ld [0xffffffff_fffffffc + 8]", b);
    __asm__ volatile("sethi %%hi(0x12345000), %%g1\n\t"
                     "sllx %%g1, 32, %%g1\n\t"
                     "or %%g1, %1, %%g1\n\t"
                     "jmpl %%g1, %%o7\n\t"
                     " mov 0, %%o0\n\t"
                     "mov %%o0, %0"
                     : "=r"(target_reached)
                     : "r"(confine_target)
                     : "g1", "o0", "o7", "memory");
    printf("jmpl through 0x12345000_<&fn>: reached %u\n", target_reached);
}
#endif

/* The sweep's result, read from guest memory by the confinement test. */
struct sweep_result {
    u32 magic, probes, readable, writable, faults, exact, done;
};
struct sweep_result sweep_result;

static u32 rnd = 0x2545f491;
static u32 next_rnd(void)
{
    rnd ^= rnd << 13;
    rnd ^= rnd >> 17;
    rnd ^= rnd << 5;
    return rnd;
}

static void sweep(void)
{
    struct sweep_result *s = &sweep_result;
    s->magic = 0x5eeb5eeb;
    s->exact = 1;
    for (u32 i = 0; i < 65536; i++) {
        u32 a = (i << 16) | (next_rnd() & 0xfffc);
        u32 f0 = faults, v = 0;
        s->probes++;
#ifdef __sparc_v9__
        u32 hi = next_rnd();
        __asm__ volatile("sllx %2, 32, %%g1\n\t"
                         "or %%g1, %1, %%g1\n\t"
                         "ld [%%g1], %0"
                         : "+r"(v)
                         : "r"(a), "r"(hi)
                         : "g1", "memory");
#else
        __asm__ volatile("ld [%1], %0" : "+r"(v) : "r"(a) : "memory");
#endif
        if (faults > f0) {
            if (fault_addr != a)
                s->exact = 0;
            continue;
        }
        s->readable++;
        f0 = faults;
        /* Store back what was there: harmless to the guest itself. */
        __asm__ volatile("st %0, [%1]" : : "r"(v), "r"(a) : "memory");
        if (faults > f0) {
            if (fault_addr != a)
                s->exact = 0;
        } else {
            s->writable++;
        }
    }
    s->faults = faults;
    s->done = 1;
    printf("sweep: %u probes, %u readable, %u writable, fault addresses exact: %s\n", s->probes, s->readable,
           s->writable, s->exact ? "yes" : "no");
}

int main(int argc, char **argv)
{
    set_handler(SIGSEGV_, on_fault, 1);
    set_handler(SIGBUS_, on_fault, 1);
    if (argc > 1 && strcmp(argv[1], "sweep") == 0) {
        sweep();
        return 0;
    }
    printf("confine\n");
    wrap_tests();
#ifdef __sparc_v9__
    upper_half_tests();
#endif
    printf("%u faults, %d failures\n", faults, failures);
    return failures;
}
