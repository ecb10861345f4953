/* fp_loop_flags: hot floating-point loops (compiled, and as one region
 * where the translator does that) whose exception flags and rounding are
 * observed only after the loop: fetestexcept after sums that are exact or
 * inexact, products that underflow to subnormals or overflow, multiplies
 * and divides by zero, and the same loops in all four rounding modes.
 * Every result is printed bit for bit with the flags, so a fast path that
 * skips %fsr bookkeeping inside a loop shows up as a difference from
 * qemu-sparc64.  Exit code 0. */
#include <fenv.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t bits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

static void flags(const char *what, double r)
{
    int f = fetestexcept(FE_ALL_EXCEPT);
    printf("%-28s %016llx %s%s%s%s%s\n", what, (unsigned long long)bits(r),
           f & FE_INEXACT ? " inexact" : "", f & FE_UNDERFLOW ? " underflow" : "",
           f & FE_OVERFLOW ? " overflow" : "", f & FE_DIVBYZERO ? " divbyzero" : "",
           f & FE_INVALID ? " invalid" : "");
}

static volatile double seed = 1.0;

static __attribute__((noinline)) double sum_exact(int n)
{
    double s = 0.0, x = seed;
    for (int i = 0; i < n; i++) s += x * 0.5; /* halves of 1.0: exact */
    return s;
}

static __attribute__((noinline)) double sum_thirds(int n)
{
    double s = 0.0, x = seed;
    for (int i = 0; i < n; i++) s += x / 3.0;
    return s;
}

static __attribute__((noinline)) double shrink(int n)
{
    double x = seed * 1e-300;
    for (int i = 0; i < n; i++) x *= 0.75; /* into the subnormals */
    return x;
}

static __attribute__((noinline)) double grow(int n)
{
    double x = seed * 1e300;
    for (int i = 0; i < n; i++) x *= 1.5;
    return x;
}

static __attribute__((noinline)) double zeros(int n)
{
    double s = 0.0, z = seed - 1.0;
    for (int i = 0; i < n; i++) s += z * (double)i + z / (double)(i + 1);
    return s;
}

static __attribute__((noinline)) double div_by_zero(int n)
{
    double s = 0.0, z = seed - 1.0;
    for (int i = 0; i < n; i++) s += (i == n - 1) ? 1.0 / z : (double)i;
    return s;
}

/* Quotients in a loop entered with aexc.nx set (x0 / 3 is inexact unless
 * x0 is 0): a subnormal dividend with normal quotients (inexact only),
 * quotients that underflow, 0 / 0 (invalid). */
static __attribute__((noinline)) double quotients(int n, double a, double x0)
{
    double s = 0.0, x = seed * x0 / 3.0;
    a *= seed;
    for (int i = 0; i < n; i++) { s += a / x; x *= 1.0 + 1.0 / 1024; }
    return s;
}

int main(void)
{
    static const struct { int mode; const char *name; } modes[] = {
        { FE_TONEAREST, "nearest" }, { FE_UPWARD, "upward" },
        { FE_DOWNWARD, "downward" }, { FE_TOWARDZERO, "towardzero" },
    };
    char what[64];
    for (unsigned m = 0; m < 4; m++) {
        fesetround(modes[m].mode);
        for (int rep = 0; rep < 3; rep++) { /* the later reps run compiled code */
            int n = 100 + rep * 450;
            feclearexcept(FE_ALL_EXCEPT);
            snprintf(what, sizeof what, "%s sum_exact(%d)", modes[m].name, n);
            flags(what, sum_exact(n));
            feclearexcept(FE_ALL_EXCEPT);
            snprintf(what, sizeof what, "%s sum_thirds(%d)", modes[m].name, n);
            flags(what, sum_thirds(n));
            feclearexcept(FE_ALL_EXCEPT);
            snprintf(what, sizeof what, "%s shrink(%d)", modes[m].name, 2000 + rep);
            flags(what, shrink(2000 + rep));
            feclearexcept(FE_ALL_EXCEPT);
            snprintf(what, sizeof what, "%s grow(%d)", modes[m].name, 20 + 10 * rep);
            flags(what, grow(20 + 10 * rep));
            feclearexcept(FE_ALL_EXCEPT);
            snprintf(what, sizeof what, "%s zeros(%d)", modes[m].name, n);
            flags(what, zeros(n));
            feclearexcept(FE_ALL_EXCEPT);
            snprintf(what, sizeof what, "%s div_by_zero(%d)", modes[m].name, n);
            flags(what, div_by_zero(n));
            static const double qa[3][2] = { { 1e-310, 1e-20 }, { 1e-310, 3.0 }, { 0.0, 0.0 } };
            for (int q = 0; q < 3; q++) {
                feclearexcept(FE_ALL_EXCEPT);
                snprintf(what, sizeof what, "%s quotients%d(%d)", modes[m].name, q, n);
                flags(what, quotients(n, qa[q][0], qa[q][1]));
            }
        }
    }
    fesetround(FE_TONEAREST);
    return 0;
}
