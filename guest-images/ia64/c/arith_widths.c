/* arith_widths: 8/16/32/64-bit signed and unsigned arithmetic over a
 * table of edge values: wrap-around (done through unsigned types so it
 * is well defined), division and modulo of negative numbers (never
 * MIN / -1), comparisons, sign and zero extension, narrowing conversions.
 * Every result line is printed; a digest of everything goes to stderr.
 * Exit code = failed spot checks (0). */
#include <stdio.h>
#include <stdint.h>
#include <limits.h>

static int fails;
static uint64_t digest = 1469598103934665603ULL;

static void mix(uint64_t v) { digest = (digest ^ v) * 1099511628211ULL; }

static void spot(int cond, const char *what)
{
    if (!cond) { fails++; printf("SPOT CHECK FAILED: %s\n", what); }
}

/* volatile tables so the compiler cannot fold anything */
static volatile int8_t  v8[]  = { 0, 1, -1, 2, -2, 7, -7, 100, -100, 127, -128, 64, -64, 13 };
static volatile int16_t v16[] = { 0, 1, -1, 3, -3, 255, -255, 256, 1000, -1000, 32767, -32768, 12345, -129 };
static volatile int32_t v32[] = { 0, 1, -1, 3, -3, 10, -10, 65535, -65536, 1000000, -1000000, INT32_MAX, INT32_MIN,
                                  0x40000000, 123456789, -987654321 };
static volatile int64_t v64[] = { 0, 1, -1, 3, -3, 10, -10, 4294967295LL, -4294967296LL, 1000000000000LL,
                                  -1000000000000LL, INT64_MAX, INT64_MIN, 0x4000000000000000LL, 1234567890123456789LL,
                                  -987654321987654321LL, INT32_MAX, INT32_MIN };
#define N(a) ((int)(sizeof a / sizeof a[0]))

static void do8(void)
{
    printf("== 8-bit ==\n");
    for (int i = 0; i < N(v8); i++) {
        for (int j = 0; j < N(v8); j++) {
            int8_t a = v8[i], b = v8[j];
            uint8_t ua = (uint8_t)a, ub = (uint8_t)b;
            int8_t add = (int8_t)(uint8_t)(ua + ub);
            int8_t sub = (int8_t)(uint8_t)(ua - ub);
            int8_t mul = (int8_t)(uint8_t)(ua * ub);
            int q = 0, r = 0;
            unsigned uq = 0, ur = 0;
            if (b != 0 && !(a == INT8_MIN && b == -1)) { q = a / b; r = a % b; }
            if (ub != 0) { uq = ua / ub; ur = ua % ub; }
            printf("%4d %4d: + %4d - %4d * %4d / %4d %% %4d | u %3u %3u: / %3u %% %3u lt %d ult %d\n",
                   a, b, add, sub, mul, q, r, ua, ub, uq, ur, a < b, ua < ub);
            mix((uint8_t)add); mix((uint8_t)sub); mix((uint8_t)mul); mix((uint64_t)q); mix((uint64_t)r);
            mix(uq); mix(ur);
        }
    }
    int8_t m = v8[10];
    spot((int8_t)(uint8_t)(m - 1) == 127, "int8 -128 - 1 wraps to 127");
}

static void do16(void)
{
    printf("== 16-bit ==\n");
    for (int i = 0; i < N(v16); i++) {
        for (int j = 0; j < N(v16); j += 2) {
            int16_t a = v16[i], b = v16[j];
            uint16_t ua = (uint16_t)a, ub = (uint16_t)b;
            int16_t add = (int16_t)(uint16_t)(ua + ub);
            int16_t sub = (int16_t)(uint16_t)(ua - ub);
            int16_t mul = (int16_t)(uint16_t)((unsigned)ua * ub);
            int q = 0, r = 0;
            unsigned uq = 0, ur = 0;
            if (b != 0) { q = a / b; r = a % b; }
            if (ub != 0) { uq = ua / ub; ur = ua % ub; }
            printf("%6d %6d: + %6d - %6d * %6d / %6d %% %6d | u / %5u %% %5u\n", a, b, add, sub, mul, q, r, uq, ur);
            mix((uint16_t)add); mix((uint16_t)sub); mix((uint16_t)mul); mix((uint64_t)q); mix((uint64_t)r);
            mix(uq); mix(ur);
        }
    }
    spot((int16_t)(uint16_t)((uint16_t)v16[10] + 1) == -32768, "int16 32767 + 1 wraps");
}

static void do32(void)
{
    printf("== 32-bit ==\n");
    for (int i = 0; i < N(v32); i++) {
        for (int j = 0; j < N(v32); j++) {
            int32_t a = v32[i], b = v32[j];
            uint32_t ua = (uint32_t)a, ub = (uint32_t)b;
            int32_t add = (int32_t)(ua + ub);
            int32_t sub = (int32_t)(ua - ub);
            int32_t mul = (int32_t)(ua * ub);
            int32_t q = 0, r = 0;
            uint32_t uq = 0, ur = 0;
            if (b != 0 && !(a == INT32_MIN && b == -1)) { q = a / b; r = a % b; }
            if (ub != 0) { uq = ua / ub; ur = ua % ub; }
            int64_t wide = (int64_t)a * b;          /* exact 64-bit product */
            uint64_t uwide = (uint64_t)ua * ub;
            if ((i + j) % 3 == 0)
                printf("%11d %11d: + %11d - %11d * %11d / %11d %% %11d | u / %10u %% %10u | w %lld uw %llu\n",
                       a, b, add, sub, mul, q, r, uq, ur, (long long)wide, (unsigned long long)uwide);
            mix((uint32_t)add); mix((uint32_t)sub); mix((uint32_t)mul); mix((uint64_t)q); mix((uint64_t)r);
            mix(uq); mix(ur); mix((uint64_t)wide); mix(uwide);
        }
    }
    spot((int32_t)((uint32_t)v32[11] + 1u) == INT32_MIN, "int32 max + 1 wraps");
    spot(-7 / 2 == -3 && -7 % 2 == -1 && 7 / -2 == -3 && 7 % -2 == 1, "C99 truncating division");
    volatile int32_t mn = INT32_MIN, m1 = -1;
    spot((int32_t)(0u - (uint32_t)mn) == INT32_MIN, "negating INT32_MIN via unsigned");
    spot((int32_t)((uint32_t)mn * (uint32_t)m1) == INT32_MIN, "INT32_MIN * -1 via unsigned");
}

static void do64(void)
{
    printf("== 64-bit ==\n");
    for (int i = 0; i < N(v64); i++) {
        for (int j = 0; j < N(v64); j++) {
            int64_t a = v64[i], b = v64[j];
            uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
            int64_t add = (int64_t)(ua + ub);
            int64_t sub = (int64_t)(ua - ub);
            int64_t mul = (int64_t)(ua * ub);
            int64_t q = 0, r = 0;
            uint64_t uq = 0, ur = 0;
            if (b != 0 && !(a == INT64_MIN && b == -1)) { q = a / b; r = a % b; }
            if (ub != 0) { uq = ua / ub; ur = ua % ub; }
            if ((i * 7 + j) % 4 == 0)
                printf("%lld %lld: + %lld - %lld * %lld / %lld %% %lld | u / %llu %% %llu\n",
                       (long long)a, (long long)b, (long long)add, (long long)sub, (long long)mul,
                       (long long)q, (long long)r, (unsigned long long)uq, (unsigned long long)ur);
            mix((uint64_t)add); mix((uint64_t)sub); mix((uint64_t)mul); mix((uint64_t)q); mix((uint64_t)r);
            mix(uq); mix(ur);
            mix((uint64_t)(a < b) | (uint64_t)(ua < ub) << 1 | (uint64_t)(a == b) << 2);
        }
    }
    spot((int64_t)((uint64_t)v64[11] + 1) == INT64_MIN, "int64 max + 1 wraps");
    spot(v64[12] / 2 == -4611686018427387904LL, "INT64_MIN / 2");
    spot(v64[12] % 10 == -8, "INT64_MIN % 10");
    spot((uint64_t)v64[12] / 10 == 922337203685477580ULL, "2^63 / 10 unsigned");
}

static void extension(void)
{
    printf("== extension and narrowing ==\n");
    for (int i = 0; i < N(v32); i++) {
        int32_t x = v32[i];
        int8_t s8 = (int8_t)x;
        uint8_t u8 = (uint8_t)x;
        int16_t s16 = (int16_t)x;
        uint16_t u16 = (uint16_t)x;
        int64_t sx = x;
        uint64_t zx = (uint32_t)x;
        signed char sc = (signed char)x;
        unsigned char uc = (unsigned char)x;
        short sh = (short)x;
        printf("%11d: s8 %4d u8 %3u s16 %6d u16 %5u sx %lld zx %llu sc %d uc %u sh %d back32 %d\n",
               x, s8, u8, s16, u16, (long long)sx, (unsigned long long)zx, sc, uc, sh, (int32_t)(int8_t)s8);
        mix((uint64_t)(int64_t)s8); mix(u8); mix((uint64_t)(int64_t)s16); mix(u16); mix((uint64_t)sx); mix(zx);
    }
    for (int i = 0; i < N(v64); i++) {
        int64_t x = v64[i];
        printf("%20lld: s32 %11d u32 %10u s16 %6d u8 %3u\n", (long long)x, (int32_t)x, (uint32_t)x,
               (int16_t)x, (uint8_t)x);
        mix((uint64_t)(int64_t)(int32_t)x);
    }
    /* plain char is signed on sparc, like on x86 */
    volatile char c = (char)0xf0;
    printf("plain char 0xf0 -> %d (char is %s)\n", c, (char)-1 < 0 ? "signed" : "unsigned");
    spot(c == -16, "plain char is signed");
    /* integer promotions */
    volatile unsigned char a = 200, b = 100;
    volatile unsigned short us = 65535;
    printf("uc 200+100 = %d, (uc)(200+100) = %d, us*us = %u, -us = %d\n", a + b, (unsigned char)(a + b),
           (unsigned)us * us, -us);
    spot(a + b == 300 && (unsigned char)(a + b) == 44, "promotions");
    /* mixed signed/unsigned comparison rules */
    volatile int neg = -1;
    volatile unsigned one = 1;
    printf("(unsigned)-1 < 1u is %d; (long)-1 < (long)1u is %d\n", (unsigned)neg < one, (long)neg < (long)one);
}

int main(void)
{
    do8();
    do16();
    do32();
    do64();
    extension();
    printf("digest %016llx\n", (unsigned long long)digest);
    fprintf(stderr, "arith_widths digest %016llx fails %d\n", (unsigned long long)digest, fails);
    return fails;
}
