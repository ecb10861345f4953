/* setjmp_signal: setjmp/longjmp and signals on the IA-64 register stack:
 * longjmp out of recursions 10, 1000 and 10000 deep with many live values
 * per frame, repeated setjmp returns, longjmp(env, 0), nested try/catch on
 * jmp_bufs, sigsetjmp/siglongjmp restoring the signal mask, a SIGSEGV
 * handler that siglongjmps out of faulting stores, handlers that recurse,
 * a blocked signal left pending and delivered on unblocking, and a handler
 * that longjmps out of a deep recursion that raised the signal.  The same
 * C is built natively; exit code = failed checks. */
#include <stdio.h>
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <stdint.h>

static int fails;
static void check(int cond, const char *what)
{
    printf("%-52s %s\n", what, cond ? "ok" : "FAIL");
    if (!cond)
        fails++;
}

static jmp_buf env;
static volatile int deepest;

__attribute__((noinline)) static long dive(int depth, int target, long a, long b, long c)
{
    volatile long here = depth * 3 + a;
    long x = a * 7 + b, y = b ^ c, z = c + depth;
    if (depth > deepest)
        deepest = depth;
    if (depth == target)
        longjmp(env, depth);
    long r = dive(depth + 1, target, x & 0xffff, y & 0xffff, z & 0xffff);
    return r + here + x + y + z;
}

/* try/catch on a stack of jmp_bufs */
static jmp_buf *catchers[8];
static int top;
static void throw_(int code) { longjmp(*catchers[top - 1], code); }
__attribute__((noinline)) static int risky(int x)
{
    if (x % 3 == 0)
        throw_(100 + x);
    if (x % 5 == 0)
        throw_(200 + x);
    return x * x;
}
__attribute__((noinline)) static int inner(int x)
{
    jmp_buf jb;
    int code;
    catchers[top++] = &jb;
    if ((code = setjmp(jb)) == 0) {
        int r = risky(x);
        top--;
        return r;
    }
    top--;
    if (code >= 200)
        throw_(code);          /* rethrow to the outer catcher */
    return -code;
}

static long rec(int n) { return n == 0 ? 0 : n + rec(n - 1); }

static sigjmp_buf segv_env;
static void on_segv(int sig) { siglongjmp(segv_env, sig); }

static volatile sig_atomic_t usr1_count;
static volatile long usr1_sum;
static void on_usr1(int sig)
{
    usr1_count++;
    usr1_sum += rec(2000) + sig;
}

static volatile sig_atomic_t usr2_count;
static void on_usr2(int sig) { usr2_count += sig; }

static jmp_buf escape;
static void on_usr2_escape(int sig) { longjmp(escape, 1000 + sig); }
__attribute__((noinline)) static long sink(int n)
{
    volatile long pad[4] = { n, n + 1, n + 2, n + 3 };
    if (n == 0) {
        raise(SIGUSR2);
        return -1;              /* not reached: the handler longjmps */
    }
    return sink(n - 1) + pad[0] + pad[3];
}

int main(void)
{
    /* 1. out of deep recursions */
    static const int targets[] = { 10, 1000, 10000 };
    for (int i = 0; i < 3; i++) {
        deepest = 0;
        int v = setjmp(env);
        if (v == 0) {
            dive(0, targets[i], 1, 2, 3);
            printf("not reached\n");
        } else {
            printf("longjmp from depth %d (deepest %d)\n", v, deepest);
            check(v == targets[i], "longjmp value is the depth");
        }
    }

    /* 2. setjmp returning again and again; longjmp(env, 0) gives 1 */
    volatile int returns = 0;
    int v = setjmp(env);
    returns++;
    if (v < 5)
        longjmp(env, v + 1);
    printf("setjmp returned %d times, last value %d\n", returns, v);
    check(returns == 6, "six returns from one setjmp");
    if ((v = setjmp(env)) == 0)
        longjmp(env, 0);
    printf("longjmp(env, 0) -> %d\n", v);
    check(v == 1, "longjmp(env, 0) returns 1");

    /* 3. nested try/catch */
    for (int x = 1; x <= 15; x++) {
        jmp_buf outer;
        int code;
        catchers[top++] = &outer;
        if ((code = setjmp(outer)) == 0) {
            int r = inner(x);
            top--;
            printf("x=%2d result %d\n", x, r);
        } else {
            top--;
            printf("x=%2d outer caught %d\n", x, code);
        }
    }
    check(top == 0, "catcher stack balanced");

    /* 4. sigsetjmp/siglongjmp restore the mask */
    sigjmp_buf senv;
    sigset_t set, cur;
    sigemptyset(&set);
    sigprocmask(SIG_SETMASK, &set, NULL);
    if (sigsetjmp(senv, 1) == 0) {
        sigaddset(&set, SIGUSR1);
        sigprocmask(SIG_BLOCK, &set, NULL);
        sigprocmask(SIG_BLOCK, NULL, &cur);
        printf("inside: SIGUSR1 blocked = %d\n", sigismember(&cur, SIGUSR1));
        siglongjmp(senv, 7);
    }
    sigprocmask(SIG_BLOCK, NULL, &cur);
    printf("after siglongjmp: SIGUSR1 blocked = %d\n", sigismember(&cur, SIGUSR1));
    check(!sigismember(&cur, SIGUSR1), "siglongjmp restored the mask");

    /* 5. SIGSEGV handler escaping with siglongjmp, three times */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_segv;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    volatile int caught = 0;
    for (int i = 0; i < 3; i++) {
        int s = sigsetjmp(segv_env, 1);
        if (s == 0) {
            *(volatile int *)(uintptr_t)(16 + 8 * i) = 1;
            printf("store %d did not fault\n", i);
        } else {
            caught++;
            printf("store %d: caught signal %d\n", i, s);
        }
    }
    check(caught == 3, "three SIGSEGVs caught");

    /* 6. a handler that recurses */
    signal(SIGUSR1, on_usr1);
    for (int i = 0; i < 3; i++)
        raise(SIGUSR1);
    printf("SIGUSR1 handled %d times, sum %ld\n", (int)usr1_count, (long)usr1_sum);
    check(usr1_count == 3 && usr1_sum == 3 * (2001000L + SIGUSR1), "recursing handler ran three times");

    /* 7. a blocked signal stays pending until unblocked */
    signal(SIGUSR2, on_usr2);
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    sigprocmask(SIG_BLOCK, &set, NULL);
    raise(SIGUSR2);
    sigset_t pend;
    sigpending(&pend);
    printf("pending while blocked: %d, handled: %d\n", sigismember(&pend, SIGUSR2), (int)usr2_count);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    printf("after unblocking: handled %d\n", (int)usr2_count);
    check(usr2_count == SIGUSR2, "delivered once on unblocking");

    /* 8. a handler longjmps out of the recursion that raised the signal */
    signal(SIGUSR2, on_usr2_escape);
    if ((v = setjmp(escape)) == 0) {
        long r = sink(5000);
        printf("sink returned %ld\n", r);
    } else {
        printf("escaped from the handler with %d\n", v);
    }
    check(v == 1000 + SIGUSR2, "longjmp out of a handler");
    /* the handler never returned: SIGUSR2 is still blocked (no SA_NODEFER) */
    sigprocmask(SIG_BLOCK, NULL, &cur);
    printf("SIGUSR2 blocked after escaping: %d\n", sigismember(&cur, SIGUSR2));
    printf("recursion afterwards: %ld\n", rec(3000));

    printf("fails=%d\n", fails);
    return fails;
}
