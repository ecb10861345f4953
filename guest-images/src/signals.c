/* signals: signal delivery in a single thread: sigaction handlers for
 * SIGUSR1/SIGUSR2 raised with raise() and kill(getpid()), SA_SIGINFO
 * fields (si_signo, si_code), blocking with sigprocmask and delivery on
 * unblock, a handler interrupted by another
 * signal (SA_NODEFER off/on), SA_RESETHAND, signal() with SIG_IGN, and
 * recovery from a SIGSEGV at a known wild address with sigsetjmp/
 * siglongjmp (si_addr is compared, not printed).  Deliberately avoids
 * timers and anything time-dependent.  Exit code = failed checks. */
#define _GNU_SOURCE
#include <stdio.h>
#include <signal.h>
#include <setjmp.h>
#include <string.h>
#include <unistd.h>
#include <stdint.h>

static int fails;
static void check(int c, const char *w) { printf("%-52s %s\n", w, c ? "ok" : "FAIL"); if (!c) fails++; }

static volatile sig_atomic_t log_buf[64];
static volatile sig_atomic_t log_n;
static void log_sig(int s) { if (log_n < 64) log_buf[log_n++] = s; }

static void h_simple(int sig) { log_sig(sig); }

static volatile int info_signo, info_code, info_errno;
static void h_info(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    log_sig(sig);
    info_signo = si->si_signo;
    info_code = si->si_code;
    info_errno = si->si_errno;
}

/* SIGUSR1 handler that raises SIGUSR2 from inside itself */
static void h_nested(int sig)
{
    log_sig(sig);
    if (sig == SIGUSR1) {
        raise(SIGUSR2);
        log_sig(100 + sig);   /* marks the point after the inner raise returned */
    }
}

static sigjmp_buf segv_env;
static volatile void *fault_addr;
static void h_segv(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    log_sig(sig);
    fault_addr = si->si_addr;
    info_code = si->si_code;
    siglongjmp(segv_env, 1);
}

static void print_log(const char *what)
{
    printf("%s:", what);
    for (int i = 0; i < log_n; i++) printf(" %d", (int)log_buf[i]);
    printf("\n");
}

int main(void)
{
    struct sigaction sa;

    /* 1. simple handler via raise and kill */
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = h_simple;
    sigemptyset(&sa.sa_mask);
    check(sigaction(SIGUSR1, &sa, NULL) == 0, "sigaction SIGUSR1");
    check(sigaction(SIGUSR2, &sa, NULL) == 0, "sigaction SIGUSR2");
    raise(SIGUSR1);
    kill(getpid(), SIGUSR2);
    raise(SIGUSR1);
    print_log("delivered");
    check(log_n == 3 && log_buf[0] == SIGUSR1 && log_buf[1] == SIGUSR2 && log_buf[2] == SIGUSR1, "three deliveries in order");

    /* 2. SA_SIGINFO */
    log_n = 0;
    sa.sa_sigaction = h_info;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR1, &sa, NULL);
    raise(SIGUSR1);
    printf("siginfo: signo %d code %d (SI_TKILL=%d) errno %d\n", info_signo, info_code, SI_TKILL, info_errno);
    check(info_signo == SIGUSR1 && info_code == SI_TKILL, "siginfo from raise()");
    kill(getpid(), SIGUSR1);
    printf("siginfo from kill: code %d (SI_USER=%d)\n", info_code, SI_USER);
    check(info_code == SI_USER, "siginfo from kill()");

    /* 3. blocked signals are held and delivered on unblock, lowest first */
    log_n = 0;
    sa.sa_handler = h_simple;
    sa.sa_flags = 0;
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGUSR2, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigset_t block, old, pend;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigaddset(&block, SIGUSR2);
    sigaddset(&block, SIGHUP);
    sigprocmask(SIG_BLOCK, &block, &old);
    raise(SIGUSR2);
    raise(SIGUSR1);
    raise(SIGUSR1);    /* standard signals do not queue: delivered once */
    raise(SIGHUP);
    sigpending(&pend);
    printf("pending: USR1 %d USR2 %d HUP %d INT %d; delivered so far %d\n", sigismember(&pend, SIGUSR1),
           sigismember(&pend, SIGUSR2), sigismember(&pend, SIGHUP), sigismember(&pend, SIGINT), (int)log_n);
    check(log_n == 0, "nothing delivered while blocked");
    sigprocmask(SIG_SETMASK, &old, NULL);
    print_log("after unblock");
    check(log_n == 3, "each pending signal delivered once");
    /* Linux dequeues the lowest-numbered signal first but sets up the frames
       for all deliverable signals before returning to user mode, so the
       handlers run highest-numbered first (qemu does the same). */
    unsigned seen = 0;
    for (int i = 0; i < log_n; i++) seen |= 1u << (log_buf[i] & 31);
    check(seen == (1u << SIGHUP | 1u << (SIGUSR1 & 31) | 1u << (SIGUSR2 & 31)), "HUP, USR1 and USR2 each delivered");

    /* 4. nesting: SIGUSR2 raised inside the SIGUSR1 handler */
    log_n = 0;
    sa.sa_handler = h_nested;
    sa.sa_flags = 0;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGUSR2, &sa, NULL);
    raise(SIGUSR1);
    print_log("nested (USR2 not masked)");
    check(log_n == 3 && log_buf[1] == SIGUSR2 && log_buf[2] == 100 + SIGUSR1, "inner handler ran inside outer");
    log_n = 0;
    sigaddset(&sa.sa_mask, SIGUSR2);     /* now SIGUSR2 is held until the USR1 handler returns */
    sigaction(SIGUSR1, &sa, NULL);
    raise(SIGUSR1);
    print_log("nested (USR2 masked by sa_mask)");
    check(log_n == 3 && log_buf[1] == 100 + SIGUSR1 && log_buf[2] == SIGUSR2, "inner handler deferred by sa_mask");

    /* 5. SA_RESETHAND: the second raise gets the default action, which for
       SIGURG is to ignore it */
    log_n = 0;
    sa.sa_handler = h_simple;
    sa.sa_flags = SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGURG, &sa, NULL);
    raise(SIGURG);
    raise(SIGURG);      /* default action for SIGURG is to ignore */
    struct sigaction cur;
    sigaction(SIGURG, NULL, &cur);
    print_log("SA_RESETHAND");
    check(log_n == 1 && cur.sa_handler == SIG_DFL, "handler reset after first delivery");

    /* 6. SIG_IGN */
    signal(SIGUSR2, SIG_IGN);
    log_n = 0;
    raise(SIGUSR2);
    check(log_n == 0, "ignored signal not delivered");

    /* 7. SIGSEGV recovery */
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = h_segv;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    int recovered = 0;
    for (int i = 0; i < 3; i++) {
        log_n = 0;
        volatile int *bad = (volatile int *)(uintptr_t)(0x40 + 0x1000 * i);
        if (sigsetjmp(segv_env, 1) == 0) {
            *bad = 1;
            printf("store %d did not fault\n", i);
        } else {
            recovered++;
            printf("recovered from SIGSEGV #%d: si_addr matches %s, si_code %d (SEGV_MAPERR=%d)\n", i,
                   fault_addr == (void *)bad ? "yes" : "no", info_code, SEGV_MAPERR);
            check(fault_addr == (void *)bad && info_code == SEGV_MAPERR, "fault address and code");
        }
    }
    check(recovered == 3, "three faults recovered");
    /* the mask was restored by siglongjmp: SIGSEGV is not blocked now */
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    check(!sigismember(&now, SIGSEGV), "SIGSEGV unblocked after siglongjmp");

    printf("fails=%d\n", fails);
    return fails;
}
