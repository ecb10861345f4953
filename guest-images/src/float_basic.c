/* float_basic: a light floating-point program: float/double add, sub,
 * mul, div, sqrt, comparisons including NaN, conversions between int,
 * long, unsigned and float/double in both directions (only for values in
 * range, which is well defined), rounding of float vs double, a Newton
 * square root, and a few sums.  Results are printed with %a and %.17g so
 * every bit is visible.  Exit code = failed checks. */
#include <stdio.h>
#include <math.h>
#include <stdint.h>

static int fails;
static void check(int c, const char *w) { printf("%-44s %s\n", w, c ? "ok" : "FAIL"); if (!c) fails++; }

static volatile double dv[] = { 0.0, -0.0, 1.0, -1.5, 0.1, 3.0, 1e10, -2.5e-8, 123456.789, 1e308, 4.9e-324 };
static volatile float fv[] = { 0.0f, 1.0f, -1.5f, 0.1f, 3.0f, 1e10f, 16777217.0f, 1e-40f };

static double newton_sqrt(double x)
{
    double g = x > 1 ? x / 2 : 1;
    for (int i = 0; i < 60; i++) g = 0.5 * (g + x / g);
    return g;
}

int main(void)
{
    int n = (int)(sizeof dv / sizeof dv[0]);
    for (int i = 0; i < n; i++) {
        double a = dv[i], b = dv[(i + 3) % n];
        printf("a=%-10.6g b=%-10.6g a+b=%a a-b=%a a*b=%a a/b=%a\n", a, b, a + b, a - b, a * b, b != 0 ? a / b : 0.0);
        printf("   cmp: lt %d le %d eq %d ne %d  sqrt|a| %.17g\n", a < b, a <= b, a == b, a != b, sqrt(fabs(a)));
    }
    int m = (int)(sizeof fv / sizeof fv[0]);
    for (int i = 0; i < m; i++) {
        float a = fv[i], b = fv[(i + 1) % m];
        printf("f a=%a b=%a a+b=%a a*b=%a a/b=%a sqrtf=%a\n", (double)a, (double)b, (double)(a + b), (double)(a * b),
               (double)(b != 0 ? a / b : 0.0f), (double)sqrtf(fabsf(a)));
    }

    /* NaN comparisons */
    volatile double z = 0.0;
    double nan_ = z / z;
    printf("NaN: lt %d gt %d eq %d ne %d self-eq %d isnan %d\n", nan_ < 1, nan_ > 1, nan_ == nan_, nan_ != nan_,
           nan_ == nan_, isnan(nan_) != 0);
    check(!(nan_ == nan_) && nan_ != nan_, "NaN is unordered");
    check(1.0 / z > 1e308 && -1.0 / z < -1e308, "division by zero gives infinities");
    check(-0.0 == 0.0 && signbit(-0.0) && !signbit(0.0), "signed zeros");

    /* conversions (in range only) */
    volatile double cv[] = { 0.0, 0.5, -0.5, 1.9999, -1.9999, 2147483647.0, -2147483648.0, 4294967295.0,
                             9007199254740993.0, -9.2e18, 1.8e19 };
    for (unsigned i = 0; i < sizeof cv / sizeof cv[0]; i++) {
        double x = cv[i];
        printf("%.17g:", x);
        if (x > -2147483649.0 && x < 2147483648.0) printf(" int %d", (int)x);
        if (x > -1.0 && x < 4294967296.0) printf(" uint %u", (unsigned)x);
        if (x >= -9223372036854775808.0 && x < 9223372036854775808.0) printf(" long %ld", (long)x);
        if (x > -1.0 && x < 18446744073709551616.0) printf(" ulong %lu", (unsigned long)x);
        printf(" float %a\n", (double)(float)x);
    }
    volatile long lv[] = { 0, 1, -1, 16777217, 9007199254740993L, INT64_MAX, INT64_MIN, 123456789 };
    for (unsigned i = 0; i < sizeof lv / sizeof lv[0]; i++) {
        long x = lv[i];
        printf("%ld -> double %.17g float %.9g; unsigned %lu -> double %.17g\n", x, (double)x, (double)(float)x,
               (unsigned long)x, (double)(unsigned long)x);
    }
    check((double)(unsigned long)UINT64_MAX == 18446744073709551616.0, "UINT64_MAX rounds up to 2^64");
    check((long)(double)9007199254740993L == 9007199254740992L, "2^53+1 rounds to even");

    /* float vs double rounding */
    float f = 0.0f;
    double d = 0.0;
    for (int i = 0; i < 1000; i++) { f += 0.1f; d += 0.1; }
    printf("1000 x 0.1: float %.9g double %.17g\n", (double)f, d);
    printf("newton sqrt(2) %.17g libm %.17g\n", newton_sqrt(2.0), sqrt(2.0));
    double ns = newton_sqrt(2.0), ls = sqrt(2.0);
    check(ns == ls || ns == nextafter(ls, 0) || ns == nextafter(ls, 2), "newton within one ulp of sqrt(2)");
    check(ls * ls != 2.0 && fabs(ls * ls - 2.0) < 1e-15, "sqrt(2)^2 is not exactly 2");
    double harmonic = 0;
    for (int i = 1; i <= 10000; i++) harmonic += 1.0 / i;
    printf("H(10000) = %.17g\n", harmonic);
    double alt = 0;
    for (int i = 0; i < 10000; i++) alt += (i % 2 ? -4.0 : 4.0) / (2 * i + 1);
    printf("Leibniz pi (10000 terms) = %.17g\n", alt);
    printf("floor/ceil/trunc/round of -2.5: %g %g %g %g; rint(2.5)=%g rint(3.5)=%g\n", floor(-2.5), ceil(-2.5),
           trunc(-2.5), round(-2.5), rint(2.5), rint(3.5));
    printf("fmod(7.5, 2) = %g, fmod(-7.5, 2) = %g, ldexp(1, -1074) = %a, frexp(48) exponent %d\n", fmod(7.5, 2),
           fmod(-7.5, 2), ldexp(1, -1074), (frexp(48.0, &n), n));
    printf("fails=%d\n", fails);
    return fails;
}
