/* fp_ldfsr_loop: %fsr written with ldfsr (rounding direction, trap
 * enables, aexc) in a hot loop nest, right around a loop nest of its own:
 * a middle loop over a one-block inner FP loop (ldd; fmuld; faddd; bne).
 * A translator that compiles the middle and inner loops as one region (ldfsr
 * and stfsr are not region members) and tests %fsr's rounding direction and
 * trap enables once on the way into the inner loop instead of at every FPop
 * must test them again after each ldfsr: the outer loop cycles through the
 * four rounding directions, trap enables that never fire (divide by zero,
 * overflow) and aexc cleared or preset, and prints each sum bit for bit
 * with the accrued and current exceptions.  Exit code 0. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define N 100

static double a[N], b[N];

static uint64_t bits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

static inline void set_fsr(unsigned w)
{
    __asm__ volatile("ld %0, %%fsr" : : "m"(w) : "memory");
}

static inline unsigned get_fsr(void)
{
    unsigned w;
    __asm__ volatile("st %%fsr, %0" : "=m"(w) : : "memory");
    return w;
}

/* RD (bits 31:30), TEM (27:23: NV OF UF DZ NX), aexc (9:5). */
static const unsigned words[] = {
    0x00000000u,                 /* nearest, nothing accrued */
    0x40000000u,                 /* toward zero */
    0x80000000u,                 /* toward +inf */
    0x00000020u,                 /* nearest, aexc.nx preset */
    0xc0000000u,                 /* toward -inf */
    0x01000000u,                 /* nearest, divide-by-zero trap enabled */
    0x04000020u,                 /* nearest, overflow trap enabled, nx preset */
    0x00000000u,
    0x41000000u,                 /* toward zero, dz trap enabled */
};
#define NW (sizeof words / sizeof words[0])

int main(void)
{
    for (int j = 0; j < N; j++) {
        a[j] = 1.0 / (j + 3);
        b[j] = (j & 1) ? 0.1 * j : 3.0 - 0.01 * j;
    }
    uint64_t h = 0;
    for (int rep = 0; rep < 3; rep++) {
        for (unsigned k = 0; k < 600; k++) {
            set_fsr(words[k % NW]);
            uint64_t hk = 0;
            double last = 0.0;
            for (int i = 0; i < 8; i++) {
                double s = b[i];
                for (int j = i; j < N; j++)
                    s += a[j] * b[j];
                last = s;
                hk = hk * 1000003u + bits(s);
            }
            unsigned f = get_fsr() & 0xcf8003ffu;
            h = h * 31 + (hk ^ f);
            if (k < 2 * NW || k % 97 == 0)
                printf("%u %08x %016llx %016llx\n", k, f, (unsigned long long)bits(last), (unsigned long long)hk);
        }
        set_fsr(0);
        printf("rep %d hash %016llx\n", rep, (unsigned long long)h);
    }
    return 0;
}
