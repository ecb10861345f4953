/* printf_float: %e %E %f %F %g %G %a %A with flags, widths and precisions,
 * special values (inf, nan, -0.0), snprintf with doubles, and a few
 * long double (128-bit quad on sparc64) conversions.
 * Exit code: number of failed checks (expected 0). */
#include <stdio.h>
#include <string.h>
#include <math.h>
#include <float.h>

static int fails;

#define CHECK(want, ...) do { char b_[128]; snprintf(b_, sizeof b_, __VA_ARGS__); \
        int ok_ = strcmp(b_, want) == 0; fails += !ok_; \
        printf("%-30s -> [%s]%s\n", #__VA_ARGS__, b_, ok_ ? "" : "  <-- WRONG want " want); } while (0)

int main(void)
{
    CHECK("3.141593", "%f", 3.14159265358979);
    CHECK("3.14", "%.2f", 3.14159265358979);
    CHECK("3", "%.0f", 3.14159265358979);
    CHECK("3.", "%#.0f", 3.14159265358979);
    CHECK("2", "%.0f", 2.5);           /* round-half-even */
    CHECK("4", "%.0f", 3.5);
    CHECK("  -1.50", "%7.2f", -1.5);
    CHECK("-1.50  |", "%-7.2f|", -1.5);
    CHECK("+1.50", "%+.2f", 1.5);
    CHECK(" 1.50", "% .2f", 1.5);
    CHECK("0001.50", "%07.2f", 1.5);
    CHECK("-001.50", "%07.2f", -1.5);
    CHECK("1.234568e+05", "%e", 123456.789);
    CHECK("1.23E+05", "%.2E", 123456.789);
    CHECK("1e+100", "%.0e", 1e100);
    CHECK("1.e+100", "%#.0e", 1e100);
    CHECK("1.000000e-300", "%e", 1e-300);
    CHECK("123457", "%g", 123456.789);
    CHECK("1.23457e+06", "%g", 1234567.89);
    CHECK("0.0001", "%g", 0.0001);
    CHECK("1e-05", "%g", 0.00001);
    CHECK("1.00000", "%#g", 1.0);
    CHECK("1", "%g", 1.0);
    CHECK("1.5E-10", "%G", 1.5e-10);
    CHECK("0x1p+0", "%a", 1.0);
    CHECK("0x1.8p+1", "%a", 3.0);
    CHECK("-0x1.999999999999ap-4", "%a", -0.1);
    CHECK("0X1.0P+10", "%.1A", 1024.0);
    CHECK("0x0p+0", "%a", 0.0);
    CHECK("0.000000", "%f", 0.0);
    CHECK("-0.000000", "%f", -0.0);
    CHECK("inf", "%f", INFINITY);
    CHECK("-INF", "%F", -INFINITY);
    CHECK("      inf", "%9.2f", INFINITY);
    CHECK("nan", "%f", NAN);
    CHECK("NAN", "%E", NAN);
    CHECK("1.797693e+308", "%e", DBL_MAX);
    CHECK("2.225074e-308", "%e", DBL_MIN);
    CHECK("4.940656e-324", "%e", 4.9406564584124654e-324);
    CHECK("0x0.0000000000001p-1022", "%a", 4.9406564584124654e-324);
    CHECK("3.40282e+38", "%g", (double)FLT_MAX);
    CHECK("  1.0  ", "%*.*f%*s", 5, 1, 1.0, 2, "");
    CHECK("100000000000000000000.000000", "%f", 1e20);
    CHECK("0.333333333333333314829616256247", "%.30f", 1.0 / 3.0);

    /* the sign of a NaN produced at run time (sparc produces a positive
       default NaN; x86 produces a negative one) */
    volatile double zero = 0.0;
    double qnan = zero / zero;
    printf("0/0: %f signbit=%d isnan=%d\n", qnan, signbit(qnan) != 0, isnan(qnan) != 0);
    volatile float fz = 0.0f;
    float fnan = fz / fz;
    printf("0f/0f: %f signbit=%d\n", (double)fnan, signbit(fnan) != 0);
    printf("1/0: %f  -1/0: %f\n", 1.0 / zero, -1.0 / zero);

    /* a table of magnitudes in three styles */
    double v = 1.0;
    for (int i = -8; i <= 8; i++) {
        double x = v;
        for (int k = 0; k < (i < 0 ? -i : i); k++)
            x = (i < 0) ? x / 10.0 : x * 10.0;
        x *= 1.2345;
        printf("%3d: [%14.4f] [%12.3e] [%10g] [%-10.3g] [%a]\n", i, x, x, x, x, x);
    }

    /* floats promoted to double */
    float f = 0.1f;
    printf("float 0.1f: %.10f %a\n", f, f);

    /* long double (IEEE quad on sparc64) */
    long double ld = 1.0L / 3.0L;
    printf("long double 1/3: %.30Lf\n", ld);
    printf("long double: %Le %Lg %La\n", ld * 1e100L, (long double)0.5, (long double)2.0);
    CHECK("1.500000", "%Lf", 1.5L);

    fprintf(stderr, "printf_float fails=%d\n", fails);
    return fails;
}
