/* divzero: 64-bit signed integer division by zero through volatile
 * operands (sdivx raises the division_by_zero trap, tt 0x28).
 * Expected on real sparc64 Linux: killed by SIGFPE (FPE_INTDIV, shell
 * status 136).
 * Observed under qemu-sparc64 7.2: qemu does NOT deliver SIGFPE; it prints
 * "Unhandled trap: 0x28" plus a register dump to stderr and exits with
 * status 1.  A translator should follow the kernel (SIGFPE). */
#include <stdio.h>

int main(void)
{
    volatile long a = 7, b = 0;
    printf("before division by zero\n");
    fflush(stdout);
    long c = a / b;
    printf("after division (should not happen): %ld\n", c);
    return 0;
}
