/* A load loop that walks into an unmapped page after 400000 iterations,
 * with a SIGSEGV handler that prints the registers of the fault. lastmile
 * compiles the loop as a region with no sync point in it, so the exact
 * state comes from replaying every iteration since the loop's entry
 * (runtime/src/sparc/exec.rs REPLAY_MAX_BLOCKS; with a bound of 65536
 * blocks the registers were those of some iteration in the middle).
 * Addresses (stack, mmap) differ between emulators: those print as
 * offsets into the mapping or as "addr". */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

static volatile unsigned long base, size;

static void handler(int sig, siginfo_t *si, void *ctx)
{
    ucontext_t *uc = ctx;
    printf("signal %d at offset 0x%lx\n", sig, (unsigned long)si->si_addr - base);
    /* mc_gregs: tstate, pc, npc, y, then %g1-%g7 and %o0-%o7 */
    for (int i = 3; i < 19; i++) {
        unsigned long v = (unsigned long)uc->uc_mcontext.mc_gregs[i];
        if (v - base < size)
            printf("reg %d: p+0x%lx\n", i, v - base);
        else if (v >= (1UL << 36) && v < (0xffffUL << 48))
            printf("reg %d: addr\n", i);
        else
            printf("reg %d: 0x%lx\n", i, v);
    }
    fflush(stdout);
    _exit(0);
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, 0);
    long n = 400000;
    size = (n * sizeof(long) + 8191) & ~8191UL;
    long *p = mmap(0, size + 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return 1;
    base = (unsigned long)p;
    munmap((char *)p + size, 8192);
    size += 8192;
    for (long i = 0; i < n; i++)
        p[i] = i & 7;
    volatile long *q = p;
    long s = 0, c = 0;
    for (;;) {
        s += *q++;
        c += s & 1;
    }
    printf("%ld %ld\n", s, c);
    return 0;
}
