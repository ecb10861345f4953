/* fill_fault: register windows filled from a stack page that was made
 * inaccessible. deep(n) (as in spill_fault.c) runs a chain of n frames; at
 * the bottom it calls hide(), which puts every window in memory (flushw)
 * and makes a stack page 1000 frames up PROT_NONE; returning up the chain
 * must fault when a window is filled from there. A first deep(2000) without
 * the mprotect runs through the stack (and leaves lastmile's cached stack
 * region warm).
 * Expected: "deep ok", then killed by SIGSEGV (shell status 139), as Linux
 * does when a window fill faults (arch/sparc/kernel/rtrap_64.S,
 * user_rtt_fill_fixup). */
#include <stdio.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

long deep(long n);
__asm__(
    ".text\n"
    ".align 4\n"
    ".globl deep\n"
    ".type deep, #function\n"
    "deep:\n"
    "  save %sp, -192, %sp\n"
    "  cmp %i0, 0\n"
    "  be 1f\n"
    "   nop\n"
    "  call deep\n"
    "   sub %i0, 1, %o0\n"
    "  ba 2f\n"
    "   add %o0, 1, %i0\n"
    "1:\n"
    "  call hide\n"
    "   nop\n"
    "  mov 0, %i0\n"
    "2:\n"
    "  ret\n"
    "  restore\n"
    ".size deep, .-deep\n");

static int armed;

void hide(void)
{
    char here;
    if (!armed)
        return;
    __asm__ volatile("flushw" ::: "memory");
    uintptr_t page = ((uintptr_t)&here + 1000 * 192) & ~(uintptr_t)8191;
    if (mprotect((void *)page, 8192, PROT_NONE) != 0) {
        perror("mprotect");
        _exit(2);
    }
}

int main(void)
{
    printf("deep ok: %ld\n", deep(2000));
    fflush(stdout);
    armed = 1;
    printf("deep again (should not happen): %ld\n", deep(2000));
    return 0;
}
