/* jump_unmapped: calls a function pointer to the unmapped address 0x10000
 * (below the executable, which is linked at 0x100000).
 * Expected: killed by SIGSEGV (shell status 139).
 * Observed under qemu-sparc64 7.2: SIGSEGV (status 139). */
#include <stdio.h>
#include <stdint.h>

int main(void)
{
    void (*volatile fn)(void) = (void (*)(void))(uintptr_t)0x10000;
    printf("before jump to 0x10000\n");
    fflush(stdout);
    fn();
    printf("after jump (should not happen)\n");
    return 0;
}
