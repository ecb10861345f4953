/* wild_store: stores through the wild pointer (int *)0x50.
 * Expected: killed by SIGSEGV (shell status 139).
 * Observed under qemu-sparc64 7.2: SIGSEGV (status 139). */
#include <stdio.h>
#include <stdint.h>

int main(void)
{
    int *volatile p = (int *)(uintptr_t)0x50;
    printf("before wild store\n");
    fflush(stdout);
    *p = 42;
    printf("after wild store (should not happen)\n");
    return 0;
}
