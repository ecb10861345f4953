/* jump_high: calls a function pointer to a high, unmapped, 4-byte aligned
 * address (0x7ff0000000000000 - in the 64-bit VA hole on real UltraSPARC
 * hardware, and unmapped in any case).
 * Expected: killed by SIGSEGV (shell status 139).
 * Observed under qemu-sparc64 7.2: SIGSEGV (status 139). */
#include <stdio.h>
#include <stdint.h>

int main(void)
{
    void (*volatile fn)(void) = (void (*)(void))(uintptr_t)0x7ff0000000000000ULL;
    printf("before jump to a high address\n");
    fflush(stdout);
    fn();
    printf("after jump (should not happen)\n");
    return 0;
}
