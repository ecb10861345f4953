/* crc32: CRC-32 (IEEE 802.3, reflected, poly 0xEDB88320) computed three
 * ways - bit by bit, with a 256-entry table, and slicing-by-4 - plus
 * CRC-32C (Castagnoli) and Adler-32, over standard check strings and
 * generated buffers of many lengths and alignments.
 * Exit code: 0 if the known check values match and all methods agree. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint32_t table[4][256];
static uint32_t table_c[256];

static void init_tables(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i, d = i;
        for (int k = 0; k < 8; k++) {
            c = (c & 1) ? (c >> 1) ^ 0xEDB88320u : c >> 1;
            d = (d & 1) ? (d >> 1) ^ 0x82F63B78u : d >> 1;
        }
        table[0][i] = c;
        table_c[i] = d;
    }
    for (int t = 1; t < 4; t++)
        for (int i = 0; i < 256; i++)
            table[t][i] = (table[t - 1][i] >> 8) ^ table[0][table[t - 1][i] & 0xff];
}

static uint32_t crc_bitwise(const unsigned char *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    while (n--) {
        c ^= *p++;
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return ~c;
}

static uint32_t crc_table(const unsigned char *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    while (n--)
        c = table[0][(c ^ *p++) & 0xff] ^ (c >> 8);
    return ~c;
}

static uint32_t crc_slice4(const unsigned char *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    while (n && ((uintptr_t)p & 3)) { c = table[0][(c ^ *p++) & 0xff] ^ (c >> 8); n--; }
    while (n >= 4) {
        /* assemble little-endian regardless of host byte order (sparc is big-endian) */
        uint32_t w = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
        c ^= w;
        c = table[3][c & 0xff] ^ table[2][(c >> 8) & 0xff] ^ table[1][(c >> 16) & 0xff] ^ table[0][c >> 24];
        p += 4;
        n -= 4;
    }
    while (n--) c = table[0][(c ^ *p++) & 0xff] ^ (c >> 8);
    return ~c;
}

static uint32_t crc32c(const unsigned char *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    while (n--) c = table_c[(c ^ *p++) & 0xff] ^ (c >> 8);
    return ~c;
}

static uint32_t adler32(const unsigned char *p, size_t n)
{
    uint32_t a = 1, b = 0;
    while (n--) { a = (a + *p++) % 65521u; b = (b + a) % 65521u; }
    return b << 16 | a;
}

int main(void)
{
    int fails = 0;
    init_tables();
    printf("table[1] = %08x, table[255] = %08x, crc32c table[1] = %08x\n", table[0][1], table[0][255], table_c[1]);

    struct { const char *s; uint32_t crc, crcc, adler; } known[] = {
        { "", 0x00000000u, 0x00000000u, 0x00000001u },
        { "a", 0xE8B7BE43u, 0xC1D04330u, 0x00620062u },
        { "123456789", 0xCBF43926u, 0xE3069283u, 0x091E01DEu },
        { "The quick brown fox jumps over the lazy dog", 0x414FA339u, 0x22620404u, 0x5BDC0FDAu },
    };
    for (unsigned i = 0; i < sizeof known / sizeof known[0]; i++) {
        const unsigned char *p = (const unsigned char *)known[i].s;
        size_t n = strlen(known[i].s);
        uint32_t a = crc_bitwise(p, n), b = crc_table(p, n), c = crc_slice4(p, n), d = crc32c(p, n), e = adler32(p, n);
        int ok = a == known[i].crc && b == a && c == a && d == known[i].crcc && e == known[i].adler;
        printf("\"%s\": crc32 %08x/%08x/%08x crc32c %08x adler32 %08x %s\n", known[i].s, a, b, c, d, e, ok ? "ok" : "WRONG");
        fails += !ok;
    }

    static unsigned char buf[70000];
    uint32_t x = 1;
    for (size_t i = 0; i < sizeof buf; i++) { x = x * 1664525u + 1013904223u; buf[i] = (unsigned char)(x >> 24); }
    for (size_t len = 0; len <= 70000; len = len ? len * 3 + 1 : 1) {
        for (int al = 0; al < 4; al++) {
            if (len + (size_t)al > sizeof buf) continue;
            uint32_t b = crc_table(buf + al, len), c = crc_slice4(buf + al, len);
            uint32_t a = len <= 5000 ? crc_bitwise(buf + al, len) : b;
            if (a != b || b != c) { fails++; printf("disagree len %zu al %d\n", len, al); }
            if (al == 0)
                printf("len %5zu: crc32 %08x crc32c %08x adler32 %08x\n", len, b, crc32c(buf, len), adler32(buf, len));
        }
    }
    /* CRC of CRC-appended data (little-endian) leaves the magic residue */
    uint32_t crc = crc_table(buf, 1000);
    unsigned char tail[1004];
    memcpy(tail, buf, 1000);
    tail[1000] = (unsigned char)crc; tail[1001] = (unsigned char)(crc >> 8);
    tail[1002] = (unsigned char)(crc >> 16); tail[1003] = (unsigned char)(crc >> 24);
    uint32_t residue = ~crc_table(tail, 1004);
    printf("residue %08x %s\n", residue, residue == 0xDEBB20E3u ? "ok" : "WRONG");
    fails += residue != 0xDEBB20E3u;
    printf("fails=%d\n", fails);
    return fails;
}
