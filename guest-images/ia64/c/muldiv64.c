/* muldiv64: 64-bit multiply/divide loops, high halves of products via
 * unsigned __int128 / __int128, 128-bit division, modular exponentiation
 * (mulmod through __int128), gcd/lcm, integer square root, and checks of
 * the identities a == (a/b)*b + a%b over many values.
 * Exit code = number of failed identities (0). */
#include <stdio.h>
#include <stdint.h>

typedef unsigned __int128 u128;
typedef __int128 s128;

static int fails;

static uint64_t mulhi_u(uint64_t a, uint64_t b) { return (uint64_t)(((u128)a * b) >> 64); }
static int64_t mulhi_s(int64_t a, int64_t b) { return (int64_t)(((s128)a * b) >> 64); }

/* schoolbook high part for cross-checking */
static uint64_t mulhi_ref(uint64_t a, uint64_t b)
{
    uint64_t al = (uint32_t)a, ah = a >> 32, bl = (uint32_t)b, bh = b >> 32;
    uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
    uint64_t mid = (ll >> 32) + (uint32_t)lh + (uint32_t)hl;
    return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) { return (uint64_t)((u128)a * b % m); }

static uint64_t powmod(uint64_t b, uint64_t e, uint64_t m)
{
    uint64_t r = 1 % m;
    b %= m;
    while (e) {
        if (e & 1) r = mulmod(r, b, m);
        b = mulmod(b, b, m);
        e >>= 1;
    }
    return r;
}

static int is_prime_mr(uint64_t n)
{
    if (n < 2) return 0;
    static const uint64_t small[] = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 };
    for (int i = 0; i < 12; i++) {
        if (n % small[i] == 0) return n == small[i];
    }
    uint64_t d = n - 1;
    int s = 0;
    while ((d & 1) == 0) { d >>= 1; s++; }
    for (int i = 0; i < 12; i++) {
        uint64_t x = powmod(small[i], d, n);
        if (x == 1 || x == n - 1) continue;
        int comp = 1;
        for (int r = 1; r < s; r++) {
            x = mulmod(x, x, n);
            if (x == n - 1) { comp = 0; break; }
        }
        if (comp) return 0;
    }
    return 1;
}

static uint64_t gcd(uint64_t a, uint64_t b) { while (b) { uint64_t t = a % b; a = b; b = t; } return a; }

static uint64_t isqrt(uint64_t n)
{
    uint64_t x = n, y = (x + 1) / 2;
    if (n < 2) return n;
    while (y < x) { x = y; y = (x + n / x) / 2; }
    return x;
}

static void print_u128(u128 v)
{
    char buf[48];
    int i = 47;
    buf[i] = '\0';
    do { buf[--i] = (char)('0' + (int)(v % 10)); v /= 10; } while (v);
    fputs(buf + i, stdout);
}

int main(void)
{
    uint64_t x = 0x9e3779b97f4a7c15ULL;
    uint64_t acc_hi = 0, acc_q = 0, acc_r = 0;
    int64_t acc_sq = 0, acc_sr = 0;

    for (int i = 0; i < 20000; i++) {
        /* splitmix64 */
        x += 0x9e3779b97f4a7c15ULL;
        uint64_t z = x;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        uint64_t a = z, b = (z >> (i % 61)) | 1;
        uint64_t h = mulhi_u(a, b);
        if (h != mulhi_ref(a, b)) fails++;
        acc_hi += h;
        uint64_t q = a / b, r = a % b;
        if (q * b + r != a || r >= b) fails++;
        acc_q ^= q; acc_r += r;
        int64_t sa = (int64_t)a, sb = (int64_t)(b >> (i % 3)) * ((i & 1) ? -1 : 1);
        if (sb == 0) sb = 7;
        int64_t sq = sa / sb, sr = sa % sb;
        if (sq * sb + sr != sa) fails++;
        if (sr != 0 && ((sr < 0) != (sa < 0))) fails++;     /* remainder has the dividend's sign */
        acc_sq += sq; acc_sr ^= sr;
        if (i % 2000 == 0)
            printf("i=%5d a=%016llx b=%016llx hi=%016llx q=%llu r=%llu sq=%lld sr=%lld shi=%lld\n", i,
                   (unsigned long long)a, (unsigned long long)b, (unsigned long long)h, (unsigned long long)q,
                   (unsigned long long)r, (long long)sq, (long long)sr, (long long)mulhi_s(sa, sb));
    }
    printf("accumulated: hi %016llx q %016llx r %016llx sq %lld sr %lld\n", (unsigned long long)acc_hi,
           (unsigned long long)acc_q, (unsigned long long)acc_r, (long long)acc_sq, (long long)acc_sr);

    /* 32-bit divide loops: signed and unsigned, all sign combinations */
    int32_t s32sum = 0;
    uint32_t u32sum = 0;
    for (int32_t a = -1000; a <= 1000; a += 7)
        for (int32_t b = -50; b <= 50; b += 3) {
            if (b == 0) continue;
            s32sum += a / b * 3 + a % b;
            u32sum += (uint32_t)a / (uint32_t)b + (uint32_t)a % (uint32_t)b;
        }
    printf("32-bit div loops: signed %d unsigned %u\n", s32sum, u32sum);

    /* 128-bit arithmetic */
    u128 f = 1;
    for (int n = 1; n <= 34; n++) {
        f *= (u128)n;
        if (n >= 20) { printf("%d! = ", n); print_u128(f); printf("\n"); }
    }
    u128 big = ((u128)0xfedcba9876543210ULL << 64) | 0x0123456789abcdefULL;
    printf("big / 1000000007 = "); print_u128(big / 1000000007u);
    printf(", big %% 1000000007 = %llu\n", (unsigned long long)(big % 1000000007u));
    s128 sb = -(s128)big / 3;
    printf("-(big)/3 high word %016llx low %016llx\n", (unsigned long long)((u128)sb >> 64), (unsigned long long)(u128)sb);

    /* primes near powers of two */
    for (int k = 20; k <= 63; k += 6) {
        uint64_t n = (1ULL << k) - 1;
        while (!is_prime_mr(n)) n -= 2;
        printf("largest prime below 2^%d: %llu\n", k, (unsigned long long)n);
    }
    printf("powmod(3, 10^18, 2^61-1) = %llu\n", (unsigned long long)powmod(3, 1000000000000000000ULL, (1ULL << 61) - 1));
    printf("gcd(2^40*3^5, 2^12*3^20*7) = %llu\n", (unsigned long long)gcd((1ULL << 40) * 243, (1ULL << 12) * 3486784401ULL * 7));
    for (uint64_t n = 1; n < (1ULL << 63); n = n * 10 + 7)
        printf("isqrt(%llu) = %llu\n", (unsigned long long)n, (unsigned long long)isqrt(n));

    printf("fails=%d\n", fails);
    return fails;
}
