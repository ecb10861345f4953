/* shifts_bits: shifts by every count 0..width-1 for 8/16/32/64-bit
 * signed and unsigned values (arithmetic right shift of negative values
 * is implementation-defined; gcc defines it as sign-propagating), counts
 * >= width handled the well-defined way (masking, as the CPU would),
 * 64-bit shifts of 32-bit values, rotates, and bit tricks: popcount,
 * clz, ctz, ffs, parity, bswap16/32/64, bit reversal.
 * Exit code = failed spot checks. */
#include <stdio.h>
#include <stdint.h>

static int fails;
static uint64_t digest = 0xcbf29ce484222325ULL;
static void mix(uint64_t v) { digest = (digest ^ v) * 0x100000001b3ULL; }
static void spot(int c, const char *w) { if (!c) { fails++; printf("SPOT CHECK FAILED: %s\n", w); } }

static volatile uint64_t vals[] = {
    0, 1, 0x80, 0xff, 0x8000, 0xffff, 0x80000000u, 0xffffffffu, 0x123456789abcdef0ULL,
    0x8000000000000000ULL, 0xffffffffffffffffULL, 0x5555555555555555ULL, 0xf0f0f0f00f0f0f0fULL, 0xdeadbeef,
};
#define NV ((int)(sizeof vals / sizeof vals[0]))

static uint64_t rotl64(uint64_t x, unsigned n) { n &= 63; return n ? (x << n) | (x >> (64 - n)) : x; }
static uint32_t rotr32(uint32_t x, unsigned n) { n &= 31; return n ? (x >> n) | (x << (32 - n)) : x; }

static uint64_t rev64(uint64_t x)
{
    uint64_t r = 0;
    for (int i = 0; i < 64; i++) { r = (r << 1) | (x & 1); x >>= 1; }
    return r;
}

static int popcount_slow(uint64_t x) { int n = 0; while (x) { n += (int)(x & 1); x >>= 1; } return n; }

int main(void)
{
    volatile unsigned count;   /* keeps every shift a real run-time shift */

    for (int i = 0; i < NV; i++) {
        uint64_t v = vals[i];
        uint8_t u8 = (uint8_t)v; int8_t s8 = (int8_t)u8;
        uint16_t u16 = (uint16_t)v; int16_t s16 = (int16_t)u16;
        uint32_t u32 = (uint32_t)v; int32_t s32 = (int32_t)u32;
        int64_t s64 = (int64_t)v;
        printf("value %016llx\n", (unsigned long long)v);
        for (unsigned n = 0; n < 64; n++) {
            count = n;
            unsigned c = count;
            uint64_t l64 = v << c, r64 = v >> c;
            int64_t a64 = s64 >> c;
            uint32_t l32 = u32 << (c & 31), r32 = u32 >> (c & 31);
            int32_t a32 = s32 >> (c & 31);
            uint16_t l16 = (uint16_t)(u16 << (c & 15)), r16 = (uint16_t)(u16 >> (c & 15));
            int16_t a16 = (int16_t)(s16 >> (c & 15));
            uint8_t l8 = (uint8_t)(u8 << (c & 7)), r8 = (uint8_t)(u8 >> (c & 7));
            int8_t a8 = (int8_t)(s8 >> (c & 7));
            uint64_t w = (uint64_t)u32 << c;            /* 64-bit shift of a 32-bit value */
            int64_t ws = (int64_t)((uint64_t)(int64_t)s32 << (c & 31)); /* sign-extended then shifted */
            mix(l64); mix(r64); mix((uint64_t)a64); mix(l32); mix(r32); mix((uint64_t)(int64_t)a32);
            mix(l16); mix(r16); mix((uint64_t)(int64_t)a16); mix(l8); mix(r8); mix((uint64_t)(int64_t)a8);
            mix(w); mix((uint64_t)ws);
            if (n % 9 == 0 || n == 31 || n == 63)
                printf("  n=%2u shl64 %016llx shr64 %016llx sar64 %016llx | shl32 %08x shr32 %08x sar32 %08x"
                       " | 16: %04x %04x %04x | 8: %02x %02x %02x | w %016llx\n",
                       n, (unsigned long long)l64, (unsigned long long)r64, (unsigned long long)a64, l32, r32,
                       (uint32_t)a32, l16, r16, (uint16_t)a16, l8, r8, (uint8_t)a8, (unsigned long long)w);
        }
        /* counts >= width, the well-defined way: mask like the hardware does */
        for (unsigned n = 60; n < 70; n++) {
            count = n;
            unsigned c = count;
            printf("  masked n=%u: x<<(n&63) %016llx  x>>(n&31) as u32 %08x\n", n,
                   (unsigned long long)(v << (c & 63)), u32 >> (c & 31));
        }
        printf("  rotl64: %016llx %016llx %016llx  rotr32: %08x %08x\n",
               (unsigned long long)rotl64(v, 1), (unsigned long long)rotl64(v, 13), (unsigned long long)rotl64(v, 64),
               rotr32(u32, 7), rotr32(u32, 31));
        int pc = __builtin_popcountll(v);
        int clz = v ? __builtin_clzll(v) : 64;
        int ctz = v ? __builtin_ctzll(v) : 64;
        int clz32 = u32 ? __builtin_clz(u32) : 32;
        int ctz32 = u32 ? __builtin_ctz(u32) : 32;
        printf("  popcount %d (slow %d) popcount32 %d clz %d ctz %d clz32 %d ctz32 %d ffs %d parity %d clrsb %d\n",
               pc, popcount_slow(v), __builtin_popcount(u32), clz, ctz, clz32, ctz32, __builtin_ffsll((long long)v),
               __builtin_parityll(v), __builtin_clrsbll((long long)v));
        spot(pc == popcount_slow(v), "popcount");
        printf("  bswap16 %04x bswap32 %08x bswap64 %016llx rev64 %016llx\n", __builtin_bswap16(u16),
               __builtin_bswap32(u32), (unsigned long long)__builtin_bswap64(v), (unsigned long long)rev64(v));
        mix((uint64_t)pc); mix((uint64_t)clz); mix((uint64_t)ctz); mix(__builtin_bswap64(v)); mix(rev64(v));
    }

    /* classic bit tricks */
    for (uint32_t x = 0; x < 40; x += 3) {
        uint32_t lowest = x & (0u - x);
        uint32_t clear_lowest = x & (x - 1);
        int pow2 = x && !(x & (x - 1));
        uint32_t next_pow2 = x <= 1 ? 1 : 1u << (32 - __builtin_clz(x - 1));
        printf("x=%2u lowest %2u clear_lowest %2u pow2 %d next_pow2 %2u gray %2u\n", x, lowest, clear_lowest, pow2,
               next_pow2, x ^ (x >> 1));
    }
    spot(__builtin_bswap32(0x11223344u) == 0x44332211u, "bswap32");
    spot(__builtin_clzll(1) == 63 && __builtin_ctzll(0x8000000000000000ULL) == 63, "clz/ctz");
    spot(((int32_t)-8 >> 1) == -4 && ((int64_t)-1 >> 63) == -1, "arithmetic shift");

    printf("digest %016llx\n", (unsigned long long)digest);
    fprintf(stderr, "shifts_bits digest %016llx\n", (unsigned long long)digest);
    return fails;
}
