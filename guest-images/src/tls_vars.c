/* tls_vars: thread-local storage in a static single-threaded program
 * (sparc64 keeps the thread pointer in %g7): initialised and zero-
 * initialised __thread scalars, arrays and structs, TLS accessed from
 * several functions and through pointers, errno (itself thread-local)
 * set by failing calls, and a recursive function using a TLS counter.
 * Exit code = failed checks. */
#include <stdio.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <stdint.h>

static int fails;
static void check(int c, const char *w) { printf("%-46s %s\n", w, c ? "ok" : "FAIL"); if (!c) fails++; }

static __thread int tls_init = 12345;
static __thread long tls_zero;
static __thread char tls_str[32] = "thread-local string";
static __thread struct { int a; double b; short c[4]; } tls_struct = { 7, 2.5, { 1, 2, 3, 4 } };
static __thread uint64_t tls_big[64];
__thread int tls_depth;

__attribute__((noinline)) static int bump(int by) { tls_init += by; return tls_init; }
__attribute__((noinline)) static long *zero_ptr(void) { return &tls_zero; }

__attribute__((noinline)) static int recurse(int n)
{
    tls_depth++;
    int here = tls_depth;
    if (n > 0) recurse(n - 1);
    return here;
}

int main(void)
{
    printf("initial: int %d long %ld str '%s' struct %d %.1f %d\n", tls_init, tls_zero, tls_str, tls_struct.a,
           tls_struct.b, tls_struct.c[3]);
    check(tls_init == 12345 && tls_zero == 0 && strcmp(tls_str, "thread-local string") == 0, "initial values");
    check(tls_struct.a == 7 && tls_struct.c[2] == 3, "initialised struct");
    int big_zero = 1;
    for (int i = 0; i < 64; i++) if (tls_big[i]) big_zero = 0;
    check(big_zero, ".tbss array is zero");

    for (int i = 1; i <= 10; i++) bump(i);
    check(tls_init == 12345 + 55, "updates from another function");
    long *zp = zero_ptr();
    *zp = -99;
    check(tls_zero == -99, "write through pointer to TLS");
    for (int i = 0; i < 64; i++) tls_big[i] = (uint64_t)i * i * i;
    uint64_t s = 0;
    for (int i = 0; i < 64; i++) s += tls_big[i];
    printf("sum of cubes in TLS array %llu\n", (unsigned long long)s);
    check(s == 4064256, "TLS array contents");
    strcat(tls_str, "!");
    check(strlen(tls_str) == 20, "string in TLS modified");

    int top = recurse(99);
    printf("tls_depth after recursion %d (first level saw %d)\n", tls_depth, top);
    check(tls_depth == 100 && top == 1, "TLS counter through recursion");

    errno = 0;
    int r = close(-1);
    printf("close(-1) = %d errno %d (EBADF %d)\n", r, errno, EBADF);
    check(r == -1 && errno == EBADF, "errno set by failing syscall");
    errno = 0;
    r = (int)write(12345, "x", 1);
    check(r == -1 && errno == EBADF, "errno again");
    errno = 0;
    check(access("/definitely/not/here", F_OK) == -1 && errno == ENOENT, "errno ENOENT");
    printf("strerror(ENOENT) = %s\n", strerror(ENOENT));
    printf("fails=%d\n", fails);
    return fails;
}
