/* spill_fault: register windows spilled to a stack page that was made
 * read-only. deep(n) is a chain of n frames that store nothing themselves
 * (save, call, restore), so the only writes to their frames are window
 * spills. A first deep(2000) runs through the stack (and leaves lastmile's
 * cached stack region warm); then a page 1000 frames down is made
 * read-only and deep(2000) again must fault when a window is spilled there.
 * Expected: "deep ok", "mprotect ok", then killed by SIGSEGV (shell status
 * 139), as Linux does when it cannot write a user window
 * (arch/sparc/kernel/process_64.c, fault_in_user_windows).
 * qemu-sparc64 7.2 ignores failed window spills (linux-user/sparc
 * save_window does not check put_user) and runs to the end. */
#include <stdio.h>
#include <stdint.h>
#include <sys/mman.h>

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
    "  add %o0, 1, %i0\n"
    "1:\n"
    "  ret\n"
    "  restore\n"
    ".size deep, .-deep\n");

int main(void)
{
    char here;
    printf("deep ok: %ld\n", deep(2000));
    uintptr_t page = ((uintptr_t)&here - 1000 * 192) & ~(uintptr_t)8191;
    if (mprotect((void *)page, 8192, PROT_READ) != 0) {
        perror("mprotect");
        return 2;
    }
    printf("mprotect ok\n");
    fflush(stdout);
    printf("deep again (should not happen): %ld\n", deep(2000));
    return 0;
}
