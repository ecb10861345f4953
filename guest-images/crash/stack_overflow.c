/* stack_overflow: unbounded recursion with a 1 KiB frame until the stack
 * (8 MiB by default) is exhausted.
 * Expected: killed by SIGSEGV (shell status 139).
 * Observed under qemu-sparc64 7.2: SIGSEGV (status 139). */
#include <stdio.h>

static volatile long sink;

__attribute__((noinline)) static long down(long n)
{
    volatile char pad[1024];
    pad[n & 1023] = (char)n;
    if (n < 0)                /* never true; keeps -Winfinite-recursion quiet */
        return 0;
    long r = down(n + 1);     /* never returns normally */
    sink += pad[0];
    return r + 1;
}

int main(void)
{
    printf("before unbounded recursion\n");
    fflush(stdout);
    return (int)down(0);
}
