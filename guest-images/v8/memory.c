/* memory: V8 loads and stores of every width, sign extension, big-endian
 * byte order, ldd/std register pairs (even/odd, lower address to the even
 * register), ldstub as a lock, swap, and memory from mmap2/munmap/
 * mprotect/brk through the raw system calls. */
#include "rt.h"

static unsigned char buf[64] __attribute__((aligned(8)));

static void widths(void)
{
    for (u32 i = 0; i < 16; i++)
        buf[i] = (unsigned char)(0x80 + i * 7);
    for (u32 o = 0; o < 8; o++) {
        i32 sb, sh = 0, w = 0;
        u32 ub, uh = 0;
        __asm__ volatile("ldsb [%1], %0" : "=r"(sb) : "r"(buf + o));
        __asm__ volatile("ldub [%1], %0" : "=r"(ub) : "r"(buf + o));
        if (o % 2 == 0) {
            __asm__ volatile("ldsh [%1], %0" : "=r"(sh) : "r"(buf + o));
            __asm__ volatile("lduh [%1], %0" : "=r"(uh) : "r"(buf + o));
        }
        if (o % 4 == 0)
            __asm__ volatile("ld [%1], %0" : "=r"(w) : "r"(buf + o));
        printf("at %u: ldsb %08x ldub %08x ldsh %08x lduh %08x ld %08x\n", o, sb, ub, sh, uh, w);
    }
    u32 v = 0xa1b2c3d4;
    __asm__ volatile("st %0, [%1]\n\tsth %0, [%1 + 4]\n\tstb %0, [%1 + 6]" : : "r"(v), "r"(buf + 16) : "memory");
    printf("stores:");
    for (u32 i = 16; i < 24; i++)
        printf(" %02x", buf[i]);
    printf("\n");
}

static void pairs(void)
{
    u32 lo, hi;
    u64 d = 0x0102030405060708ull;
    __asm__ volatile("ldd [%2], %%g2\n\tmov %%g2, %0\n\tmov %%g3, %1" : "=r"(hi), "=r"(lo) : "r"(&d) : "g2", "g3");
    printf("ldd: even %08x odd %08x\n", hi, lo);
    __asm__ volatile("mov %0, %%g2\n\tmov %1, %%g3\n\tstd %%g2, [%2]" : : "r"(0xcafef00du), "r"(0x12345678u), "r"(buf + 24)
                     : "g2", "g3", "memory");
    printf("std:");
    for (u32 i = 24; i < 32; i++)
        printf(" %02x", buf[i]);
    printf("\n");
    /* std %g0 stores %g0 (zero) and %g1. */
    __asm__ volatile("mov 0x7b, %%g1\n\tstd %%g0, [%0]" : : "r"(buf + 24) : "g1", "memory");
    printf("std %%g0:");
    for (u32 i = 24; i < 32; i++)
        printf(" %02x", buf[i]);
    printf("\n");
}

static void atomics(void)
{
    unsigned char lock = 0;
    u32 first, second;
    __asm__ volatile("ldstub [%1], %0" : "=r"(first) : "r"(&lock) : "memory");
    __asm__ volatile("ldstub [%1], %0" : "=r"(second) : "r"(&lock) : "memory");
    printf("ldstub: %x then %x, lock byte %x\n", first, second, lock);
    u32 word = 0x11111111, reg = 0x22222222;
    __asm__ volatile("swap [%1], %0" : "+r"(reg) : "r"(&word) : "memory");
    printf("swap: register %08x memory %08x\n", reg, word);
}

static void mappings(void)
{
    /* mmap2(NULL, 64 KiB, RW, PRIVATE|ANONYMOUS): sparc flags 0x02|0x20. */
    long m = sys6(NR_mmap2, 0, 65536, 3, 0x22, -1, 0);
    printf("mmap2 ok: %s, page aligned: %s\n", m > 0 || m < -4095 ? "yes" : "no", m % 4096 == 0 ? "yes" : "no");
    u32 *p = (u32 *)m;
    u32 zero = 1;
    for (u32 i = 0; i < 65536 / 4; i++) {
        if (p[i])
            zero = 0;
        p[i] = i * 2654435761u;
    }
    u32 sum = 0;
    for (u32 i = 0; i < 65536 / 4; i++)
        sum += p[i];
    printf("zero-filled: %s, checksum %08x\n", zero ? "yes" : "no", sum);
    printf("mprotect read-only: %ld\n", sys3(NR_mprotect, m, 8192, 1));
    printf("munmap second half: %ld\n", sys2(NR_munmap, m + 32768, 32768));
    printf("munmap unaligned: %ld\n", sys2(NR_munmap, m + 1, 8192));
    printf("munmap rest: %ld\n", sys2(NR_munmap, m, 32768));
    long b0 = sys1(NR_brk, 0);
    long b1 = sys1(NR_brk, b0 + 100000);
    printf("brk grows by 100000: %s\n", b1 == b0 + 100000 ? "yes" : "no");
    memset((void *)b0, 0x5a, 100000);
    printf("brk memory writable: %s\n", ((unsigned char *)b0)[99999] == 0x5a ? "yes" : "no");
    printf("brk back: %s\n", sys1(NR_brk, b0) == b0 ? "yes" : "no");
}

int main(void)
{
    printf("memory\n");
    widths();
    pairs();
    atomics();
    mappings();
    printf("%d failures\n", failures);
    return failures;
}
