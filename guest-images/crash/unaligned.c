/* unaligned: an 8-byte load (ldx) from an address that is only 4-byte
 * aligned.  SPARC requires natural alignment; the Linux sparc64 kernel
 * delivers SIGBUS (BUS_ADRALN) for such user-mode accesses.
 * Expected: killed by SIGBUS (shell status 135).
 * Observed under qemu-sparc64 7.2: SIGBUS (status 135). */
#include <stdio.h>
#include <stdint.h>

static uint64_t storage[4] = { 1, 2, 3, 4 };

int main(void)
{
    /* launder the address through a volatile so gcc cannot see the
       misalignment and split the access into two 4-byte loads */
    volatile uintptr_t addr = (uintptr_t)storage + 4;
    volatile uint64_t *p = (volatile uint64_t *)addr;
    printf("before unaligned 8-byte load\n");
    fflush(stdout);
    uint64_t v = *p;
    printf("after unaligned load (should not happen): %llu\n", (unsigned long long)v);
    return 0;
}
