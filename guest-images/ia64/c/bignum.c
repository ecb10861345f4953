/* bignum: arbitrary-precision unsigned integers with 32-bit limbs and
 * 64-bit intermediates: factorials up to 300!, 2^1000, Fibonacci(1000),
 * multiplication of large numbers (schoolbook), division by small
 * numbers, decimal conversion and digit sums, and Mersenne 2^127-1.
 * Exit code: 0 if the known digit sums/lengths match. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define MAXL 400

struct big { int n; uint32_t d[MAXL]; };    /* little-endian limbs */

static void big_set(struct big *a, uint32_t v) { a->n = v ? 1 : 0; a->d[0] = v; }
static void big_trim(struct big *a) { while (a->n > 0 && a->d[a->n - 1] == 0) a->n--; }

static void big_mul_small(struct big *a, uint32_t m)
{
    uint64_t carry = 0;
    for (int i = 0; i < a->n; i++) {
        uint64_t t = (uint64_t)a->d[i] * m + carry;
        a->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry) a->d[a->n++] = (uint32_t)carry;
}

static void big_add(struct big *r, const struct big *a, const struct big *b)
{
    int n = a->n > b->n ? a->n : b->n;
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint64_t t = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        r->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    r->n = n;
    if (carry) r->d[r->n++] = (uint32_t)carry;
}

static void big_mul(struct big *r, const struct big *a, const struct big *b)
{
    static uint32_t tmp[2 * MAXL];
    memset(tmp, 0, sizeof(uint32_t) * (size_t)(a->n + b->n + 1));
    for (int i = 0; i < a->n; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b->n; j++) {
            uint64_t t = (uint64_t)a->d[i] * b->d[j] + tmp[i + j] + carry;
            tmp[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        tmp[i + b->n] = (uint32_t)carry;
    }
    r->n = a->n + b->n;
    memcpy(r->d, tmp, sizeof(uint32_t) * (size_t)r->n);
    big_trim(r);
}

static uint32_t big_divmod_small(struct big *a, uint32_t dv)
{
    uint64_t rem = 0;
    for (int i = a->n - 1; i >= 0; i--) {
        uint64_t cur = rem << 32 | a->d[i];
        a->d[i] = (uint32_t)(cur / dv);
        rem = cur % dv;
    }
    big_trim(a);
    return (uint32_t)rem;
}

/* decimal string; returns length */
static int big_to_dec(const struct big *a, char *out)
{
    struct big t = *a;
    char rev[4000];
    int n = 0;
    if (t.n == 0) { strcpy(out, "0"); return 1; }
    while (t.n > 0) {
        uint32_t r = big_divmod_small(&t, 1000000000u);
        for (int k = 0; k < 9; k++) { rev[n++] = (char)('0' + r % 10); r /= 10; }
    }
    while (n > 1 && rev[n - 1] == '0') n--;
    for (int i = 0; i < n; i++) out[i] = rev[n - 1 - i];
    out[n] = '\0';
    return n;
}

static int digit_sum(const char *s) { int t = 0; while (*s) t += *s++ - '0'; return t; }

static void show(const char *name, const struct big *a, int want_len, int want_sum, int *fails)
{
    static char buf[4000];
    int len = big_to_dec(a, buf);
    int sum = digit_sum(buf);
    int ok = (want_len < 0 || len == want_len) && (want_sum < 0 || sum == want_sum);
    if (len > 60)
        printf("%s = %.25s...%s (%d digits, digit sum %d)%s\n", name, buf, buf + len - 25, len, sum, ok ? "" : " FAIL");
    else
        printf("%s = %s (%d digits, digit sum %d)%s\n", name, buf, len, sum, ok ? "" : " FAIL");
    *fails += !ok;
}

static struct big a, b, c, f1, f2;

int main(void)
{
    int fails = 0;

    big_set(&a, 1);
    for (uint32_t i = 2; i <= 300; i++) {
        big_mul_small(&a, i);
        if (i == 20 || i == 50 || i == 100)
            { char nm[16]; snprintf(nm, sizeof nm, "%u!", i); show(nm, &a, -1, i == 100 ? 648 : -1, &fails); }
    }
    show("300!", &a, 615, -1, &fails);

    big_set(&b, 1);
    for (int i = 0; i < 1000; i++) big_mul_small(&b, 2);
    show("2^1000", &b, 302, 1366, &fails);

    big_set(&f1, 0);
    big_set(&f2, 1);
    for (int i = 2; i <= 1000; i++) {
        big_add(&c, &f1, &f2);
        f1 = f2;
        f2 = c;
    }
    show("fib(1000)", &f2, 209, -1, &fails);

    /* (2^1000)^2 == 2^2000 via big_mul, compared with repeated doubling */
    big_mul(&c, &b, &b);
    struct big d = b;
    for (int i = 0; i < 1000; i++) big_mul_small(&d, 2);
    int same = c.n == d.n && memcmp(c.d, d.d, sizeof(uint32_t) * (size_t)c.n) == 0;
    printf("(2^1000)^2 == 2^2000: %s\n", same ? "yes" : "no");
    fails += !same;
    show("2^2000", &c, 603, -1, &fails);

    /* 2^127 - 1 */
    big_set(&c, 1);
    for (int i = 0; i < 127; i++) big_mul_small(&c, 2);
    /* subtract 1 with borrow propagation (the low limbs of 2^127 are zero) */
    for (int i = 0; i < c.n; i++) { if (c.d[i]--) break; }
    big_trim(&c);
    show("2^127-1", &c, 39, -1, &fails);

    /* divide 300! repeatedly by 7: count the power of 7 in 300! (Legendre: 42+6 = 48) */
    struct big e = a;
    int p7 = 0;
    for (;;) {
        struct big t = e;
        if (big_divmod_small(&t, 7) != 0) break;
        e = t;
        p7++;
    }
    printf("power of 7 in 300!: %d\n", p7);
    fails += p7 != 48;

    printf("fails=%d\n", fails);
    return fails;
}
