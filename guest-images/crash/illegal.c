/* illegal: executes the instruction word 0x00000000, which is
 * "illtrap 0" (formerly "unimp 0") on SPARC V9 - an illegal instruction.
 * Expected: killed by SIGILL (shell status 132).
 * Observed under qemu-sparc64 7.2: SIGILL (status 132), "before" printed. */
#include <stdio.h>

int main(void)
{
    printf("before illegal instruction\n");
    fflush(stdout);
    __asm__ volatile(".word 0x00000000");
    printf("after illegal instruction (should not happen)\n");
    return 0;
}
