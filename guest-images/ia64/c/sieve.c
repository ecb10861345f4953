/* sieve: sieve of Eratosthenes up to 2,000,000 with a byte array and a
 * bit array (odd numbers only), prime counts at powers of ten, twin and
 * cousin prime counts, the largest prime gap, and a segmented sieve for
 * a window near 10^12.  Exit code: 0 if the known values of pi(x) match. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define LIMIT 2000000

static unsigned char composite[LIMIT + 1];
static uint64_t bits[(LIMIT / 2) / 64 + 1];

int main(void)
{
    int fails = 0;
    /* byte sieve */
    composite[0] = composite[1] = 1;
    for (long i = 2; i * i <= LIMIT; i++)
        if (!composite[i])
            for (long j = i * i; j <= LIMIT; j += i)
                composite[j] = 1;

    /* bit sieve over odd numbers: bit k represents 2k+1 */
    bits[0] |= 1;   /* 1 is not prime */
    for (long k = 1; (2 * k + 1) * (2 * k + 1) <= LIMIT; k++) {
        if (bits[k / 64] >> (k % 64) & 1) continue;
        long p = 2 * k + 1;
        for (long m = p * p; m <= LIMIT; m += 2 * p)
            bits[(m / 2) / 64] |= 1ULL << ((m / 2) % 64);
    }

    static const struct { long x; long pi; } known[] = {
        { 10, 4 }, { 100, 25 }, { 1000, 168 }, { 10000, 1229 }, { 100000, 9592 }, { 1000000, 78498 }, { 2000000, 148933 },
    };
    long count = 0, count_bits = 0, twins = 0, cousins = 0, maxgap = 0, gap_at = 0, last = 0;
    uint64_t sum = 0;
    unsigned ki = 0;
    for (long n = 2; n <= LIMIT; n++) {
        int is_p = !composite[n];
        int is_p_bits = (n == 2) || ((n & 1) && !(bits[(n / 2) / 64] >> ((n / 2) % 64) & 1));
        if (is_p != is_p_bits) { fails++; if (fails < 5) printf("sieves disagree at %ld\n", n); }
        if (is_p) {
            count++;
            sum += (uint64_t)n;
            if (n >= 3 && !composite[n - 2]) twins++;
            if (n >= 5 && !composite[n - 4]) cousins++;
            if (last && n - last > maxgap) { maxgap = n - last; gap_at = last; }
            last = n;
        }
        count_bits += is_p_bits;
        if (ki < sizeof known / sizeof known[0] && n == known[ki].x) {
            printf("pi(%ld) = %ld %s\n", n, count, count == known[ki].pi ? "ok" : "WRONG");
            if (count != known[ki].pi) fails++;
            ki++;
        }
    }
    printf("primes <= %d: %ld (bit sieve %ld), sum %llu\n", LIMIT, count, count_bits, (unsigned long long)sum);
    printf("twin pairs %ld, cousin pairs %ld, largest gap %ld after %ld, largest prime %ld\n", twins, cousins, maxgap,
           gap_at, last);
    printf("first primes:");
    for (int n = 0, shown = 0; shown < 25; n++)
        if (!composite[n]) { printf(" %d", n); shown++; }
    printf("\n");

    /* segmented sieve for [10^12, 10^12 + 100000) using the small primes */
    const uint64_t lo = 1000000000000ULL, width = 100000;
    unsigned char *seg = calloc(width, 1);
    for (long p = 2; p <= 1000000; p++) {
        if (composite[p]) continue;
        uint64_t start = (lo + (uint64_t)p - 1) / (uint64_t)p * (uint64_t)p;
        if (start < (uint64_t)p * (uint64_t)p) start = (uint64_t)p * (uint64_t)p;
        for (uint64_t m = start; m < lo + width; m += (uint64_t)p)
            seg[m - lo] = 1;
    }
    long segcount = 0;
    uint64_t firstp = 0, lastp = 0;
    for (uint64_t i = 0; i < width; i++)
        if (!seg[i]) { segcount++; if (!firstp) firstp = lo + i; lastp = lo + i; }
    printf("primes in [10^12, 10^12+100000): %ld, first %llu, last %llu\n", segcount, (unsigned long long)firstp,
           (unsigned long long)lastp);
    free(seg);
    printf("fails=%d\n", fails);
    return fails;
}
