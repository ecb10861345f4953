/* strtol_edge: strtol/strtoul/strtoll/strtoull/atoi/atol edge cases:
 * bases 0, 2, 8, 10, 16, 36, leading whitespace and signs, "0x" prefixes
 * with and without digits, overflow to LONG_MAX/LONG_MIN/ULONG_MAX with
 * ERANGE, negative numbers through strtoul (which negates), end-pointer
 * positions, invalid bases (EINVAL), plus number formatting round trips.
 * Exit code = failed checks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <inttypes.h>

static int fails;

static const char *errname(int e) { return e == 0 ? "0" : e == ERANGE ? "ERANGE" : e == EINVAL ? "EINVAL" : "other"; }

static void t_strtol(const char *s, int base, long want, long want_end, int want_errno)
{
    char *end = (char *)s;    /* glibc leaves it untouched for an invalid base */
    errno = 0;
    long v = strtol(s, &end, base);
    int e = errno;
    int ok = v == want && (end - s) == want_end && e == want_errno;
    printf("strtol(\"%s\", %d) = %ld end %ld errno %s%s\n", s, base, v, (long)(end - s), errname(e), ok ? "" : "  FAIL");
    fails += !ok;
}

static void t_strtoul(const char *s, int base, unsigned long want, long want_end, int want_errno)
{
    char *end = (char *)s;
    errno = 0;
    unsigned long v = strtoul(s, &end, base);
    int e = errno;
    int ok = v == want && (end - s) == want_end && e == want_errno;
    printf("strtoul(\"%s\", %d) = %lu end %ld errno %s%s\n", s, base, v, (long)(end - s), errname(e), ok ? "" : "  FAIL");
    fails += !ok;
}

int main(void)
{
    t_strtol("0", 10, 0, 1, 0);
    t_strtol("42", 10, 42, 2, 0);
    t_strtol("   -42xyz", 10, -42, 6, 0);
    t_strtol("+17", 10, 17, 3, 0);
    t_strtol("\t\n 99", 0, 99, 5, 0);
    t_strtol("0x1f", 0, 31, 4, 0);
    t_strtol("0X1F", 16, 31, 4, 0);
    t_strtol("0x", 16, 0, 1, 0);          /* only the 0 is consumed */
    t_strtol("0xg", 0, 0, 1, 0);
    t_strtol("017", 0, 15, 3, 0);
    t_strtol("019", 0, 1, 2, 0);
    t_strtol("1010", 2, 10, 4, 0);
    t_strtol("12", 2, 1, 1, 0);
    t_strtol("zz", 36, 1295, 2, 0);
    t_strtol("Zz", 36, 1295, 2, 0);
    t_strtol("", 10, 0, 0, 0);
    t_strtol("   ", 10, 0, 0, 0);
    t_strtol("-", 10, 0, 0, 0);
    t_strtol("+-1", 10, 0, 0, 0);
    t_strtol("9223372036854775807", 10, LONG_MAX, 19, 0);
    t_strtol("9223372036854775808", 10, LONG_MAX, 19, ERANGE);
    t_strtol("-9223372036854775808", 10, LONG_MIN, 20, 0);
    t_strtol("-9223372036854775809", 10, LONG_MIN, 20, ERANGE);
    t_strtol("99999999999999999999999", 10, LONG_MAX, 23, ERANGE);
    t_strtol("0x7fffffffffffffff", 16, LONG_MAX, 18, 0);
    t_strtol("-0x8000000000000000", 0, LONG_MIN, 19, 0);
    t_strtol("10", 1, 0, 0, EINVAL);
    t_strtol("10", 37, 0, 0, EINVAL);

    t_strtoul("18446744073709551615", 10, ULONG_MAX, 20, 0);
    t_strtoul("18446744073709551616", 10, ULONG_MAX, 20, ERANGE);
    t_strtoul("-1", 10, ULONG_MAX, 2, 0);             /* negation of 1 */
    t_strtoul("-18446744073709551615", 10, 1, 21, 0);
    t_strtoul("0xffffffffffffffff", 0, ULONG_MAX, 18, 0);
    t_strtoul("  +0777", 0, 511, 7, 0);
    t_strtoul("1111111111111111111111111111111111111111111111111111111111111111", 2, ULONG_MAX, 64, 0);
    t_strtoul("10000000000000000000000000000000000000000000000000000000000000000", 2, ULONG_MAX, 65, ERANGE);

    char *end;
    errno = 0;
    long long ll = strtoll("-123456789012345", &end, 10);
    unsigned long long ull = strtoull("0x123456789ABCDEF0", &end, 16);
    printf("strtoll %lld strtoull %llx errno %s\n", ll, ull, errname(errno));
    fails += ll != -123456789012345LL || ull != 0x123456789ABCDEF0ULL;
    intmax_t im = strtoimax("-77", NULL, 8);
    uintmax_t um = strtoumax("777", NULL, 8);
    printf("strtoimax %jd strtoumax %ju\n", im, um);
    fails += im != -63 || um != 511;

    /* atoi/atol: no error reporting, same parsing for valid input */
    const char *as[] = { "123", "-456", "  789abc", "+0", "2147483647", "-2147483648", "x12", "" };
    for (unsigned i = 0; i < sizeof as / sizeof as[0]; i++)
        printf("atoi(\"%s\") = %d, atol = %ld, atoll = %lld\n", as[i], atoi(as[i]), atol(as[i]), atoll(as[i]));

    /* parse a list of numbers with the end pointer */
    const char *list = "10, -20,0x30 ,040, 5e2, 6 7";
    const char *p = list;
    long total = 0;
    int count = 0;
    while (*p) {
        char *e;
        long v = strtol(p, &e, 0);
        if (e == p) { p++; continue; }
        printf("  parsed %ld at offset %ld\n", v, (long)(p - list));
        total += v;
        count++;
        p = e;
    }
    printf("list: %d numbers, total %ld\n", count, total);
    fails += count != 8 || total != 10 - 20 + 48 + 32 + 5 + 2 + 6 + 7;

    /* round trips through snprintf in several bases */
    long samples[] = { 0, 1, -1, 255, -256, 65535, 1000000007, LONG_MAX, LONG_MIN };
    for (unsigned i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        char buf[80];
        snprintf(buf, sizeof buf, "%ld", samples[i]);
        long back10 = strtol(buf, NULL, 10);
        snprintf(buf, sizeof buf, "%#lx", (unsigned long)samples[i]);
        unsigned long back16 = strtoul(buf, NULL, 0);
        snprintf(buf, sizeof buf, "%#lo", (unsigned long)samples[i]);
        unsigned long back8 = strtoul(buf, NULL, 0);
        int ok = back10 == samples[i] && back16 == (unsigned long)samples[i] && back8 == (unsigned long)samples[i];
        printf("round trip %ld: %s\n", samples[i], ok ? "ok" : "FAIL");
        fails += !ok;
    }
    printf("fails=%d\n", fails);
    return fails;
}
