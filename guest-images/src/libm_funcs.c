/* libm_funcs: libm results printed exactly (%.17g and %a), strtod round
 * trips, and long double (quad precision on sparc64: the kernel/soft-float
 * path that qemu and lastmile must agree on bit for bit). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const double inputs[] = {
    0.0, -0.0, 1e-310, 0.5, 1.0, 2.0, 3.141592653589793, -2.5, 10.0, 100.25,
    1e10, -1e-5, 0.7853981633974483, 1.5707963267948966, 6.283185307179586, 1e300,
};

static void show(const char *name, double v)
{
    printf("%-8s %.17g %a\n", name, v, v);
}

int main(void)
{
    int bad = 0;
    size_t n = sizeof inputs / sizeof inputs[0];
    for (size_t i = 0; i < n; i++) {
        double x = inputs[i];
        printf("x = %.17g (%a)\n", x, x);
        show("sin", sin(x));
        show("cos", cos(x));
        show("tan", tan(x));
        show("exp", exp(x / 100.0));
        show("log", log(fabs(x) + 1.0));
        show("log10", log10(fabs(x) + 2.0));
        show("pow", pow(fabs(x) + 0.5, 1.75));
        show("fmod", fmod(x, 0.3));
        show("sqrt", sqrt(fabs(x)));
        show("atan2", atan2(x, 1.5));
        show("floor", floor(x * 3.3));
        show("ceil", ceil(x * 3.3));
        show("round", round(x * 3.3));
        show("hypot", hypot(x, 4.0));
        show("cbrt", cbrt(x));
        /* strtod round trip of %.17g and %a */
        char buf[64];
        snprintf(buf, sizeof buf, "%.17g", sin(x) * 1e7);
        double back = strtod(buf, NULL);
        if (back != sin(x) * 1e7) {
            printf("round trip %%.17g failed for %s\n", buf);
            bad++;
        }
        snprintf(buf, sizeof buf, "%a", cos(x));
        if (strtod(buf, NULL) != cos(x)) {
            printf("round trip %%a failed for %s\n", buf);
            bad++;
        }
    }
    /* long double: quad precision arithmetic */
    long double a = 1.0L, s = 0.0L;
    for (int i = 1; i <= 30; i++) {
        a = a / 3.0L + (long double)i * 1.25L;
        s += a * a - 1.0L / (long double)i;
    }
    printf("long double a = %.33Lg\n", a);
    printf("long double s = %.33Lg\n", s);
    printf("long double sqrtl(2) = %.33Lg\n", sqrtl(2.0L));
    printf("long double 1/3 = %La\n", 1.0L / 3.0L);
    long double q = strtold("3.14159265358979323846264338327950288", NULL);
    printf("strtold pi = %.36Lg\n", q);
    printf("bad=%d\n", bad);
    return bad;
}
