/* string_mem: memcpy, memmove with every overlap direction and many
 * alignments/lengths, memset, memcmp/strcmp/strncmp signs, strlen at
 * all alignments.  Prints checksums and results; exit code = failures. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static int fails;

static int sgn(int v) { return (v > 0) - (v < 0); }

static void ok(int cond, const char *what)
{
    if (!cond) {
        fails++;
        printf("FAIL: %s\n", what);
    }
}

static uint32_t fnv(const unsigned char *p, size_t n)
{
    uint32_t h = 2166136261u;
    while (n--)
        h = (h ^ *p++) * 16777619u;
    return h;
}

/* reference memmove, byte at a time, via a temporary copy */
static void ref_move(unsigned char *dst, const unsigned char *src, size_t n)
{
    unsigned char tmp[512];
    for (size_t i = 0; i < n; i++) tmp[i] = src[i];
    for (size_t i = 0; i < n; i++) dst[i] = tmp[i];
}

int main(void)
{
    static unsigned char a[512], b[512];
    uint32_t total = 0;

    /* memcpy: all src/dst alignments 0..15, lengths 0..70 */
    for (int sa = 0; sa < 16; sa++)
        for (int da = 0; da < 16; da++)
            for (int n = 0; n <= 70; n++) {
                for (int i = 0; i < 200; i++) { a[i] = (unsigned char)(i * 7 + sa); b[i] = 0xEE; }
                memcpy(b + da, a + sa, (size_t)n);
                int good = 1;
                for (int i = 0; i < 200; i++) {
                    unsigned char want = (i >= da && i < da + n) ? a[sa + i - da] : 0xEE;
                    if (b[i] != want) good = 0;
                }
                if (!good) { fails++; printf("memcpy bad sa=%d da=%d n=%d\n", sa, da, n); }
                total = total * 33 + fnv(b, 200);
            }
    printf("memcpy sweep checksum %08x\n", total);

    /* memmove with overlap in both directions */
    total = 0;
    for (int off = -20; off <= 20; off++)
        for (int n = 0; n <= 100; n += 3) {
            unsigned char x[256], y[256];
            for (int i = 0; i < 256; i++) x[i] = y[i] = (unsigned char)(i ^ 0x5a);
            int src = 100, dst = 100 + off;
            memmove(x + dst, x + src, (size_t)n);
            ref_move(y + dst, y + src, (size_t)n);
            if (memcmp(x, y, 256) != 0) { fails++; printf("memmove bad off=%d n=%d\n", off, n); }
            total = total * 31 + fnv(x, 256);
        }
    printf("memmove overlap checksum %08x\n", total);

    /* memset: values and ranges */
    total = 0;
    for (int v = 0; v < 256; v += 17)
        for (int start = 0; start < 9; start++)
            for (int n = 0; n < 80; n += 7) {
                memset(a, 0x11, 128);
                memset(a + start, v, (size_t)n);
                int good = 1;
                for (int i = 0; i < 128; i++) {
                    int want = (i >= start && i < start + n) ? v : 0x11;
                    if (a[i] != want) good = 0;
                }
                if (!good) { fails++; printf("memset bad v=%d start=%d n=%d\n", v, start, n); }
                total += fnv(a, 128);
            }
    printf("memset checksum %08x\n", total);
    /* memset uses only the low byte of its int argument */
    memset(a, 0x1234, 4);
    printf("memset(0x1234) -> %02x %02x %02x %02x\n", a[0], a[1], a[2], a[3]);
    ok(a[0] == 0x34, "memset low byte");

    /* strlen at every alignment and length */
    char s[128];
    unsigned long lensum = 0;
    for (int al = 0; al < 16; al++)
        for (int n = 0; n < 100; n++) {
            memset(s, 'x', sizeof s);
            s[al + n] = '\0';
            size_t l = strlen(s + al);
            if (l != (size_t)n) { fails++; printf("strlen bad al=%d n=%d got %zu\n", al, n, l); }
            lensum += l;
        }
    printf("strlen sum %lu\n", lensum);

    /* comparison signs: memcmp compares as unsigned char */
    unsigned char hi[] = { 0x80, 0 }, lo[] = { 0x7f, 0 };
    printf("memcmp(0x80,0x7f)=%d memcmp(0x7f,0x80)=%d memcmp(eq)=%d\n",
           sgn(memcmp(hi, lo, 1)), sgn(memcmp(lo, hi, 1)), sgn(memcmp(hi, hi, 2)));
    ok(sgn(memcmp(hi, lo, 1)) == 1, "memcmp unsigned");
    printf("strcmp(\"\\x80\",\"\\x7f\")=%d\n", sgn(strcmp((char *)hi, (char *)lo)));
    ok(sgn(strcmp((char *)hi, (char *)lo)) == 1, "strcmp unsigned");

    const char *pairs[][2] = {
        { "abc", "abc" }, { "abc", "abd" }, { "abd", "abc" }, { "ab", "abc" },
        { "abc", "ab" }, { "", "" }, { "", "a" }, { "a", "" }, { "Zebra", "apple" },
        { "hello world", "hello there" }, { "same prefix 1", "same prefix 2" },
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        const char *p = pairs[i][0], *q = pairs[i][1];
        printf("cmp(\"%s\",\"%s\"): strcmp=%d strncmp3=%d strncmp0=%d memcmp2=%d strcasecmp=%d\n",
               p, q, sgn(strcmp(p, q)), sgn(strncmp(p, q, 3)), sgn(strncmp(p, q, 0)),
               (strlen(p) >= 2 && strlen(q) >= 2) ? sgn(memcmp(p, q, 2)) : 9,
               sgn(strcasecmp(p, q)));
    }

    /* memcmp over long buffers that differ at one position */
    for (int pos = 0; pos < 300; pos += 37) {
        memset(a, 'q', 300);
        memset(b, 'q', 300);
        b[pos] = 'r';
        int r1 = sgn(memcmp(a, b, 300));
        int r2 = sgn(memcmp(a, b, (size_t)pos));
        printf("memcmp diff at %3d: full=%d prefix=%d\n", pos, r1, r2);
        ok(r1 == -1 && r2 == 0, "memcmp long");
    }

    /* strcpy/strcat/strncpy padding */
    char d[32];
    strcpy(d, "foo");
    strcat(d, "bar");
    strncat(d, "bazqux", 3);
    printf("strcpy/strcat/strncat: %s (%zu)\n", d, strlen(d));
    ok(strcmp(d, "foobarbaz") == 0, "strcat");
    memset(d, 'Z', sizeof d);
    strncpy(d, "ab", 6);
    printf("strncpy pad:");
    for (int i = 0; i < 8; i++) printf(" %02x", (unsigned char)d[i]);
    printf("\n");
    ok(d[2] == 0 && d[5] == 0 && d[6] == 'Z', "strncpy pad");

    printf("fails=%d\n", fails);
    return fails;
}
