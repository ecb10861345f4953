/* printf_ints: integer conversions (%d %i %u %o %x %X %c), every flag,
 * widths, precisions, '*' widths/precisions and all length modifiers.
 * Output goes to stdout; a short summary line goes to stderr.
 * Exit code: 0 if every snprintf result matched its expected string. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stddef.h>
#include <limits.h>

static int failures;
static int checks;

/* compare a formatted string against the expected text */
static void expect(const char *got, const char *want, const char *what)
{
    checks++;
    if (strcmp(got, want) != 0) {
        failures++;
        printf("MISMATCH %s: got [%s] want [%s]\n", what, got, want);
    }
}

#define CHECK(want, ...) do { char b_[128]; snprintf(b_, sizeof b_, __VA_ARGS__); \
        expect(b_, want, #__VA_ARGS__); printf("%-28s -> [%s]\n", #__VA_ARGS__, b_); } while (0)

static const int ivals[] = { 0, 1, -1, 7, -7, 42, 255, -255, 1000000, INT_MAX, INT_MIN };
static const char *flagsets[] = { "", "-", "+", " ", "#", "0", "-+", "+0", " 0", "#0", "-#", "- " };

static void table(void)
{
    /* a big table of flags x widths x precisions for %d, %o, %x, %X, %u */
    const char convs[] = "dioxXu";
    for (size_t c = 0; c < sizeof convs - 1; c++) {
        for (size_t f = 0; f < sizeof flagsets / sizeof flagsets[0]; f++) {
            char fmt[32];
            /* '#' is only defined for o, x, X */
            if (strchr(flagsets[f], '#') && strchr("diu", convs[c]))
                continue;
            printf("%%%s%c:", flagsets[f], convs[c]);
            for (size_t v = 0; v < sizeof ivals / sizeof ivals[0]; v++) {
                for (int w = 0; w <= 12; w += 6) {
                    snprintf(fmt, sizeof fmt, "[%%%s%d%c]", flagsets[f], w, convs[c]);
                    if (w == 0)
                        snprintf(fmt, sizeof fmt, "[%%%s%c]", flagsets[f], convs[c]);
                    printf(fmt, ivals[v]);
                }
            }
            putchar('\n');
            /* with precision */
            printf("%%%s.Nc%c:", flagsets[f], convs[c]);
            for (size_t v = 0; v < sizeof ivals / sizeof ivals[0]; v++) {
                for (int p = 0; p <= 8; p += 4) {
                    snprintf(fmt, sizeof fmt, "[%%%s10.%d%c]", flagsets[f], p, convs[c]);
                    printf(fmt, ivals[v]);
                }
            }
            putchar('\n');
        }
    }
}

int main(void)
{
    /* fixed expectations (C standard semantics, glibc output) */
    CHECK("42", "%d", 42);
    CHECK("-42", "%i", -42);
    CHECK("   42", "%5d", 42);
    CHECK("42   |", "%-5d|", 42);
    CHECK("+42", "%+d", 42);
    CHECK(" 42", "% d", 42);
    CHECK("-42", "% d", -42);
    CHECK("00042", "%05d", 42);
    CHECK("-0042", "%05d", -42);
    CHECK("  042", "%5.3d", 42);
    CHECK("", "%.0d", 0);
    CHECK("    ", "%4.0d", 0);
    CHECK("0", "%#.0o", 0);
    CHECK("0", "%#o", 0);
    CHECK("052", "%#o", 42);
    CHECK("0x2a", "%#x", 42);
    CHECK("0X2A", "%#X", 42);
    CHECK("0", "%#x", 0);
    CHECK("0x002a", "%#06x", 42);
    CHECK("4294967295", "%u", UINT_MAX);
    CHECK("37777777777", "%o", UINT_MAX);
    CHECK("ffffffff", "%x", -1);
    CHECK("2147483647", "%d", INT_MAX);
    CHECK("-2147483648", "%d", INT_MIN);
    CHECK("-9223372036854775808", "%ld", LONG_MIN);
    CHECK("9223372036854775807", "%lld", LLONG_MAX);
    CHECK("18446744073709551615", "%llu", ULLONG_MAX);
    CHECK("1777777777777777777777", "%llo", ULLONG_MAX);
    CHECK("FFFFFFFFFFFFFFFF", "%llX", ULLONG_MAX);
    CHECK("-128", "%hhd", 128);
    CHECK("255", "%hhu", -1);
    CHECK("-1", "%hd", 65535);
    CHECK("65535", "%hu", -1);
    CHECK("ff", "%hhx", 0x12ff);
    CHECK("1234", "%hx", 0xabc1234);
    CHECK("18446744073709551615", "%zu", (size_t)-1);
    CHECK("-5", "%zd", (ssize_t)-5);
    CHECK("-9223372036854775808", "%jd", INTMAX_MIN);
    CHECK("18446744073709551615", "%ju", UINTMAX_MAX);
    CHECK("-3", "%td", (ptrdiff_t)-3);
    CHECK("     7", "%*d", 6, 7);
    CHECK("7     |", "%*d|", -6, 7);
    CHECK("  007", "%*.*d", 5, 3, 7);
    CHECK("7", "%.*d", -1, 7);
    CHECK("A", "%c", 'A');
    CHECK("    A", "%5c", 'A');
    CHECK("A    |", "%-5c|", 'A');
    CHECK("%", "%%");
    CHECK("100%", "%d%%", 100);
    CHECK("1 2 3 4 5 6 7 8 9 10", "%d %d %d %d %d %d %d %d %d %d", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    CHECK("x=  -1 y=0x00ff z=+0", "x=%4hhd y=%#06hx z=%+d", 255, 255, 0);
    /* (positional arguments, %3$d, are left out: the tiny IA-64 libc has none) */

    table();

    /* many arguments of mixed width (exercises argument passing on the stack) */
    printf("mixed: %hhd %hd %d %ld %lld %hhu %hu %u %lu %llu %c %x %lx\n",
           (signed char)-3, (short)-300, -70000, -5000000000L, -6000000000000LL,
           (unsigned char)200, (unsigned short)60000, 4000000000u, 10000000000UL,
           12000000000000ULL, 'z', 0xdeadbeefu, 0x123456789abcdefUL);

    /* powers of two and their negatives in all bases */
    for (int i = 0; i < 64; i += 3) {
        unsigned long long v = 1ULL << i;
        printf("2^%-2d d=%lld u=%llu o=%llo x=%llx neg=%lld\n", i, (long long)v, v, v, v, -(long long)v);
    }

    fprintf(stderr, "printf_ints: %d checks, %d failures\n", checks, failures);
    return failures ? 1 : 0;
}
