/* wild_load_high: loads through a large wild pointer, 0x0000700000000000
 * (8-byte aligned, unmapped).
 * Expected: killed by SIGSEGV (shell status 139).
 * Observed under qemu-sparc64 7.2: SIGSEGV (status 139). */
#include <stdio.h>
#include <stdint.h>

int main(void)
{
    volatile long *p = (volatile long *)(uintptr_t)0x0000700000000000ULL;
    printf("before wild load\n");
    fflush(stdout);
    long v = *p;
    printf("after wild load (should not happen): %ld\n", v);
    return 0;
}
