/* nofault_loads: loads through the no-fault ASIs (ASI_PNF 0x82, ASI_SNF
 * 0x83, ASI_PNFL 0x8a, ASI_SNFL 0x8b), immediate and through %asi,
 * integer, integer pair (ldda) and FP.  On mapped memory they load as
 * usual (the L forms little-endian); on unmapped memory Linux clears the
 * destination and goes on (arch/sparc/mm/fault_64.c, handle_ld_nf /
 * handle_ldf_stq) instead of sending SIGSEGV, which glibc's string
 * routines rely on when they read ahead.  Each load runs 200 times so
 * the translated (not only the interpreted) form is exercised.  Exit code
 * = failed checks. */
#include <stdint.h>
#include <stdio.h>

#define UNMAPPED 0x70000000UL

static uint64_t word = 0x0123456789abcdefULL;
static int fails;

static void check(int ok, const char *what, unsigned long long got)
{
    printf("%-40s %016llx %s\n", what, got, ok ? "ok" : "FAIL");
    if (!ok) fails++;
}

static __attribute__((noinline)) uint32_t lduwa_pnf(const void *p)
{
    uint32_t v;
    __asm__ volatile("lduwa [%1] 0x82, %0" : "=r"(v) : "r"(p) : "memory");
    return v;
}

static __attribute__((noinline)) uint32_t lduwa_pnfl(const void *p)
{
    uint32_t v;
    __asm__ volatile("lduwa [%1] 0x8a, %0" : "=r"(v) : "r"(p) : "memory");
    return v;
}

static __attribute__((noinline)) unsigned long lduba_snf_asi(const void *p)
{
    unsigned long v = 0x5555;
    __asm__ volatile("wr %%g0, 0x83, %%asi\n\tlduba [%1] %%asi, %0\n\twr %%g0, 0x82, %%asi"
                     : "+r"(v) : "r"(p) : "memory");
    return v;
}

static __attribute__((noinline)) uint64_t lddfa_pnf(const void *p)
{
    double d = 1.5;
    uint64_t bits;
    __asm__ volatile("ldda [%1] 0x82, %0" : "+e"(d) : "r"(p) : "memory");
    __builtin_memcpy(&bits, &d, 8);
    return bits;
}

static __attribute__((noinline)) uint32_t ldfa_snfl(const void *p)
{
    float f = 2.5f;
    uint32_t bits;
    __asm__ volatile("lda [%1] 0x8b, %0" : "+f"(f) : "r"(p) : "memory");
    __builtin_memcpy(&bits, &f, 4);
    return bits;
}

static __attribute__((noinline)) unsigned long long ldda_pair_pnf(const void *p)
{
    unsigned long hi, lo;
    __asm__ volatile("mov 7, %%o4\n\tmov 9, %%o5\n\tldda [%2] 0x82, %%o4\n\tmov %%o4, %0\n\tmov %%o5, %1"
                     : "=r"(hi), "=r"(lo) : "r"(p) : "o4", "o5", "memory");
    return ((unsigned long long)(uint32_t)hi << 32) | (uint32_t)lo;
}

int main(void)
{
    const void *bad = (const void *)UNMAPPED;
    uint64_t acc_ok = 0, acc_bad = 0;
    for (int i = 0; i < 200; i++) {
        acc_ok += lduwa_pnf(&word) + lduwa_pnfl(&word) + lduba_snf_asi(&word);
        acc_bad |= lduwa_pnf(bad) | lduwa_pnfl(bad) | lduba_snf_asi(bad) | lddfa_pnf(bad)
                 | ldfa_snfl(bad) | ldda_pair_pnf(bad);
    }
    check(lduwa_pnf(&word) == 0x01234567, "lduwa ASI_PNF, mapped", lduwa_pnf(&word));
    check(lduwa_pnfl(&word) == 0x67452301, "lduwa ASI_PNFL, mapped", lduwa_pnfl(&word));
    check(lduba_snf_asi(&word) == 0x01, "lduba %asi=ASI_SNF, mapped", lduba_snf_asi(&word));
    check(lddfa_pnf(&word) == 0x0123456789abcdefULL, "lddfa ASI_PNF, mapped", lddfa_pnf(&word));
    check(ldda_pair_pnf(&word) == 0x0123456789abcdefULL, "ldda ASI_PNF pair, mapped", ldda_pair_pnf(&word));
    check(lduwa_pnf(bad) == 0, "lduwa ASI_PNF, unmapped", lduwa_pnf(bad));
    check(lduwa_pnfl(bad) == 0, "lduwa ASI_PNFL, unmapped", lduwa_pnfl(bad));
    check(lduba_snf_asi(bad) == 0, "lduba %asi=ASI_SNF, unmapped", lduba_snf_asi(bad));
    check(lddfa_pnf(bad) == 0, "lddfa ASI_PNF, unmapped", lddfa_pnf(bad));
    check(ldfa_snfl(bad) == 0, "lda (FP) ASI_SNFL, unmapped", ldfa_snfl(bad));
    check(ldda_pair_pnf(bad) == 0, "ldda ASI_PNF pair, unmapped", ldda_pair_pnf(bad));
    check(acc_ok == 200ULL * (0x01234567 + 0x67452301 + 0x01), "200 mapped rounds", acc_ok);
    check(acc_bad == 0, "200 unmapped rounds", acc_bad);
    printf("%s\n", fails ? "FAIL" : "ok");
    return fails;
}
