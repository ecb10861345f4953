/* varargs: stdarg with ints, longs, long longs, doubles, pointers to
 * strings, mixed sequences, va_copy, forwarding with vsnprintf, many
 * arguments (past the six register arguments), and struct arguments.
 * Exit code = number of failed checks. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static int fails;

static void check_long(const char *what, long got, long want)
{
    printf("%-36s %ld%s\n", what, got, got == want ? "" : "  FAIL");
    if (got != want) fails++;
}

static long sum_ints(int n, ...)
{
    va_list ap;
    long s = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static long sum_longs(int n, ...)
{
    va_list ap;
    long s = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        s += va_arg(ap, long);
    va_end(ap);
    return s;
}

static double sum_doubles(int n, ...)
{
    va_list ap;
    double s = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        s += va_arg(ap, double);
    va_end(ap);
    return s;
}

/* fmt letters: i=int, l=long, L=long long, d=double, s=string, c=char (as int), u=unsigned */
static void mixed(char *out, size_t cap, const char *fmt, ...)
{
    va_list ap;
    size_t used = 0;
    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        int w = 0;
        switch (*p) {
        case 'i': w = snprintf(out + used, cap - used, "i%d ", va_arg(ap, int)); break;
        case 'u': w = snprintf(out + used, cap - used, "u%u ", va_arg(ap, unsigned)); break;
        case 'l': w = snprintf(out + used, cap - used, "l%ld ", va_arg(ap, long)); break;
        case 'L': w = snprintf(out + used, cap - used, "L%lld ", va_arg(ap, long long)); break;
        case 'd': w = snprintf(out + used, cap - used, "d%.3f ", va_arg(ap, double)); break;
        case 's': w = snprintf(out + used, cap - used, "s'%s' ", va_arg(ap, const char *)); break;
        case 'c': w = snprintf(out + used, cap - used, "c%c ", (char)va_arg(ap, int)); break;
        }
        if (w > 0) used += (size_t)w;
        if (used >= cap) break;
    }
    va_end(ap);
}

/* va_copy: walk the list twice, the second time from a copy */
static long twice(int n, ...)
{
    va_list ap, cp;
    long a = 0, b = 0;
    va_start(ap, n);
    va_copy(cp, ap);
    for (int i = 0; i < n; i++) a += va_arg(ap, long) * (i + 1);
    for (int i = 0; i < n; i++) b += va_arg(cp, long) * (i + 1);
    va_end(cp);
    va_end(ap);
    return a == b ? a : -1;
}

/* va_copy in the middle of a list */
static void split(int n, ...)
{
    va_list ap, rest;
    va_start(ap, n);
    int first = va_arg(ap, int);
    va_copy(rest, ap);
    long tail1 = 0, tail2 = 0;
    for (int i = 1; i < n; i++) tail1 += va_arg(ap, int);
    for (int i = 1; i < n; i++) tail2 += va_arg(rest, int);
    va_end(rest);
    va_end(ap);
    printf("split: first %d tails %ld %ld\n", first, tail1, tail2);
    if (tail1 != tail2) fails++;
}

/* forwarding a va_list */
static int my_printf(const char *prefix, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    printf("%s%s", prefix, buf);
    return n;
}

static int my_fprintf_err(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(stderr, fmt, ap);
    va_end(ap);
    return n;
}

struct pair { long a; int b; };
struct big { int v[10]; };

static long structs(int n, ...)
{
    va_list ap;
    long s = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        struct pair p = va_arg(ap, struct pair);
        struct big b = va_arg(ap, struct big);
        s += p.a * 100 + p.b;
        for (int k = 0; k < 10; k++) s += b.v[k];
    }
    va_end(ap);
    return s;
}

/* sentinel-terminated list of strings */
static size_t total_len(const char *first, ...)
{
    va_list ap;
    size_t n = 0;
    va_start(ap, first);
    for (const char *s = first; s; s = va_arg(ap, const char *))
        n += strlen(s);
    va_end(ap);
    return n;
}

int main(void)
{
    char buf[512];

    check_long("sum_ints(0)", sum_ints(0), 0);
    check_long("sum_ints(3)", sum_ints(3, 1, 2, 3), 6);
    check_long("sum_ints(12 incl. negatives)", sum_ints(12, 1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 11, -12), -6);
    check_long("sum_ints(20)", sum_ints(20, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20), 210);
    check_long("sum_longs(8 large)", sum_longs(8, 1L << 40, -(1L << 40), 1L << 33, 5L, -7L, 1L << 62, -(1L << 62), 100L),
               (1L << 33) + 98);
    double d = sum_doubles(9, 0.5, 0.25, 0.125, 1.0, 2.0, -3.5, 100.0, 1e-3, 7.0);
    printf("%-36s %.6f\n", "sum_doubles(9)", d);

    mixed(buf, sizeof buf, "ildsLcu", 42, -1234567890123L, 2.5, "str", -9000000000000LL, 'Z', 4000000000u);
    printf("mixed 1: %s\n", buf);
    mixed(buf, sizeof buf, "dididididid", 1.5, 1, 2.5, 2, 3.5, 3, 4.5, 4, 5.5, 5, 6.5);
    printf("mixed 2: %s\n", buf);
    mixed(buf, sizeof buf, "sssssssss", "a", "bb", "ccc", "dddd", "e", "f", "g", "h", "i");
    printf("mixed 3: %s\n", buf);
    mixed(buf, sizeof buf, "cicicicici", 'a', 1, 'b', 2, 'c', 3, 'd', 4, 'e', 5);
    printf("mixed 4: %s\n", buf);

    check_long("twice(10)", twice(10, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 385);
    split(9, 100, 1, 2, 3, 4, 5, 6, 7, 8);

    int n = my_printf("[fwd] ", "%d %s %5.2f %c %lx\n", 7, "seven", 7.777, '7', 0x777UL);
    check_long("vsnprintf length", n, 20);
    n = my_fprintf_err("stderr via vfprintf: %d-%d-%d\n", 1, 2, 3);
    check_long("vfprintf length", n, 27);

    struct pair p1 = { 3, 4 }, p2 = { -5, 6 };
    struct big b1, b2;
    for (int k = 0; k < 10; k++) { b1.v[k] = k; b2.v[k] = k * k; }
    check_long("struct varargs", structs(2, p1, b1, p2, b2), 304 + 45 - 494 + 285);

    check_long("sentinel strings", (long)total_len("ab", "cde", "", "fghij", (char *)NULL), 10);

    printf("fails=%d\n", fails);
    return fails;
}
