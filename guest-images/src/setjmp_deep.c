/* setjmp_deep: setjmp/longjmp out of a 10000-deep recursion, nested
 * "try/catch" with several jmp_bufs, longjmp(env, 0) semantics, volatile
 * locals across longjmp, sigsetjmp/siglongjmp with a signal mask, and a
 * 100000-deep recursion (and back) run on a private 32 MiB stack obtained
 * with mmap (the default 8 MiB stack cannot hold 100000 sparc64 frames of
 * at least 176 bytes each).  Exit code = number of failed checks. */
#include <stdio.h>
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <stdint.h>
#include <sys/mman.h>

static int fails;
static jmp_buf env;
static int max_depth_seen;

static void check(int cond, const char *what)
{
    printf("%-50s %s\n", what, cond ? "ok" : "FAIL");
    if (!cond)
        fails++;
}

__attribute__((noinline)) static int dive(int depth, int target)
{
    volatile int here = depth;        /* keeps a real frame at every level */
    if (depth > max_depth_seen)
        max_depth_seen = depth;
    if (depth == target)
        longjmp(env, depth);          /* unwind all the way out */
    if (depth > target)
        return 0;
    int r = dive(depth + 1, target);
    return r + here;                  /* never reached for depth <= target */
}

/* a tiny exception mechanism built on nested jmp_bufs */
static jmp_buf *handler_stack[16];
static int handler_top;

static void throw_(int code)
{
    longjmp(*handler_stack[handler_top - 1], code);
}

__attribute__((noinline)) static int risky(int x)
{
    if (x % 3 == 0)
        throw_(100 + x);
    if (x % 5 == 0)
        throw_(200 + x);
    return x * 2;
}

static int try_level(int x, int rethrow)
{
    jmp_buf mine;
    volatile int result = -1;
    int code;
    handler_stack[handler_top++] = &mine;
    if ((code = setjmp(mine)) == 0) {
        result = risky(x);
        handler_top--;
    } else {
        handler_top--;
        if (rethrow && code >= 200)
            throw_(code + 1000);       /* propagate to the outer handler */
        result = -code;
    }
    return result;
}

/* --- deep recursion on a private stack ------------------------------- */

__attribute__((noinline)) static long deep_sum(long n, uintptr_t *lowest)
{
    volatile long local = n;
    if ((uintptr_t)&local < *lowest)
        *lowest = (uintptr_t)&local;
    if (n == 0)
        return 0;
    long r = deep_sum(n - 1, lowest);
    return r + local;
}

static uintptr_t deep_lowest;
static long deep_entry(long n)
{
    return deep_sum(n, &deep_lowest);
}

/* long call_on_stack(long (*fn)(long), long arg, void *stack_top):
   switch %sp to stack_top (minus one 176-byte frame, minus the 2047 bias)
   for the duration of the call. */
long call_on_stack(long (*fn)(long), long arg, void *stack_top);
__asm__(
    "\t.text\n"
    "\t.align 4\n"
    "\t.globl call_on_stack\n"
    "\t.type call_on_stack, #function\n"
    "call_on_stack:\n"
    "\tsave %sp, -176, %sp\n"
    "\tadd %i2, -2223, %l0\n"          /* (top - 176) - 2047 */
    "\tmov %l0, %sp\n"
    "\tcall %i0\n"
    "\t mov %i1, %o0\n"
    "\tret\n"
    "\t restore %o0, 0, %o0\n"
    "\t.size call_on_stack, .-call_on_stack\n");

int main(void)
{
    /* 1. longjmp out of depth 10000 */
    int v = setjmp(env);
    if (v == 0) {
        dive(0, 10000);
        check(0, "dive returned normally");
    } else {
        printf("longjmp from depth %d, max depth seen %d\n", v, max_depth_seen);
        check(v == 10000, "longjmp value is the depth");
    }

    /* 2. several dives to different depths, reusing the same jmp_buf */
    volatile long total = 0;
    for (volatile int t = 1; t <= 4096; t *= 2) {
        int r = setjmp(env);
        if (r == 0)
            dive(0, t);
        else
            total += r;
    }
    printf("sum of longjmp values for depths 1..4096 (powers of 2): %ld\n", total);
    check(total == 8191, "sum of depths");

    /* 3. longjmp(env, 0) makes setjmp return 1 */
    volatile int passes = 0;
    int r0 = setjmp(env);
    passes++;
    if (passes == 1)
        longjmp(env, 0);
    printf("setjmp after longjmp(env,0) returned %d, passes %d\n", r0, passes);
    check(r0 == 1 && passes == 2, "longjmp with 0 yields 1");

    /* 4. nested try/catch with rethrow */
    for (volatile int x = 1; x <= 16; x++) {
        jmp_buf outer;
        int code;
        handler_stack[handler_top++] = &outer;
        if ((code = setjmp(outer)) == 0) {
            int res = try_level(x, 1);
            handler_top--;
            printf("x=%2d result %d\n", x, res);
        } else {
            handler_top--;
            printf("x=%2d outer caught %d\n", x, code);
        }
    }
    check(handler_top == 0, "handler stack balanced");

    /* 5. sigsetjmp/siglongjmp restore the signal mask */
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
    check(!sigismember(&cur, SIGUSR1), "siglongjmp restored mask");

    /* 6. recursion 100000 deep and back, on a 32 MiB private stack */
    size_t sz = 32u << 20;
    char *stk = mmap(NULL, sz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (stk == MAP_FAILED) {
        printf("mmap failed\n");
        return 99;
    }
    char *top = stk + sz;
    deep_lowest = (uintptr_t)top;
    long s = call_on_stack(deep_entry, 100000, top);
    size_t used = (size_t)((uintptr_t)top - deep_lowest);
    printf("deep_sum(100000) = %ld\n", s);
    check(s == 5000050000L, "sum 1..100000");
    printf("stack used >= 100000*176 bytes: %s; within private stack: %s\n",
           used >= 100000u * 176u ? "yes" : "no", deep_lowest > (uintptr_t)stk ? "yes" : "no");
    check(used >= 100000u * 176u && deep_lowest > (uintptr_t)stk, "deep recursion really used the private stack");
    /* and once more to see the stack is reusable */
    deep_lowest = (uintptr_t)top;
    s = call_on_stack(deep_entry, 54321, top);
    printf("deep_sum(54321) = %ld\n", s);
    check(s == 54321L * 54322L / 2, "sum 1..54321");
    munmap(stk, sz);

    /* 7. moderate recursion on the normal stack */
    uintptr_t low = UINTPTR_MAX;
    s = deep_sum(20000, &low);
    printf("deep_sum(20000) on the normal stack = %ld\n", s);
    check(s == 200010000L, "sum 1..20000");

    printf("fails=%d\n", fails);
    return fails;
}
