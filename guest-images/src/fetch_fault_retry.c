/* fetch_fault_retry: a direct call into unmapped memory, made again and
 * again, must fault every time.  The call site runs often enough to be
 * compiled and chained (default tier threshold 64); its exit to the
 * unmapped target can never be linked, in particular not to the SIGSEGV
 * handler that runs right after the fault (a translator bug once did
 * that: the second call then jumped straight into the handler without a
 * signal frame).  The handler returns with siglongjmp.  Output: the count
 * of faults and whether every si_addr was the call target; exit code =
 * failed checks. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define TARGET 0x70000000UL /* unmapped in every SPARC Linux layout we run */

static sigjmp_buf env;
static volatile unsigned long last_addr;
static volatile int faults, in_handler;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
    (void)sig; (void)uc;
    in_handler++;
    last_addr = (unsigned long)si->si_addr;
    faults++;
    in_handler--;
    siglongjmp(env, 1);
}

/* A direct call (pc-relative `call`, not jmpl) to the unmapped target. */
static __attribute__((noinline)) void call_unmapped(void)
{
    __asm__ volatile("call " "0x70000000" "\n\tnop" ::: "memory", "o0", "o1", "o2", "o3", "o4", "o5", "o7");
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigaction(SIGSEGV, &sa, 0);

    int fails = 0, wrong_addr = 0, returned = 0;
    for (int i = 0; i < 300; i++) {
        if (sigsetjmp(env, 1) == 0) {
            call_unmapped();
            returned++; /* never: the call faults */
        } else if (last_addr != TARGET) {
            wrong_addr++;
        }
    }
    printf("faults: %d (of 300 calls)\n", faults);
    printf("calls that returned: %d\n", returned);
    printf("si_addr other than the target: %d\n", wrong_addr);
    fails += faults != 300;
    fails += returned != 0;
    fails += wrong_addr != 0;
    printf("%s\n", fails ? "FAIL" : "ok");
    return fails;
}
