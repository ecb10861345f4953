/* fp_deferred_flags: multiplies, divides and square roots in hot loops
 * whose own cexc is dead (an add or a subtract follows) while inexact is
 * raised already. lastmile's translated code leaves their overflow,
 * underflow and division by zero to the host's sticky MXCSR flags and
 * folds those into %fsr.aexc where %fsr is read; this shows each case to
 * qemu-sparc64: the flags after the loop, read in the loop (fetestexcept
 * is stfsr), cleared in the loop (feclearexcept is ldfsr: what came
 * before must not come back), and a tiny product that is exact (no
 * underflow). Results are printed bit for bit. Exit code 0. */
#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define N 600

static double xs[N], ys[N];
static volatile double one = 1.0;

static uint64_t bits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

static void show(const char *what, int rep, double r)
{
    int f = fetestexcept(FE_ALL_EXCEPT);
    printf("%-16s rep %d %016llx%s%s%s%s%s\n", what, rep, (unsigned long long)bits(r),
           f & FE_INEXACT ? " inexact" : "", f & FE_UNDERFLOW ? " underflow" : "",
           f & FE_OVERFLOW ? " overflow" : "", f & FE_DIVBYZERO ? " divbyzero" : "",
           f & FE_INVALID ? " invalid" : "");
}

/* Start a case: flags clear, then inexact raised (1/3), so the loops run
 * with aexc.nx set. */
static void begin(void)
{
    feclearexcept(FE_ALL_EXCEPT);
    volatile double t = one / 3.0;
    (void)t;
}

static __attribute__((noinline)) double dot(int n)
{
    double s = 0.0;
    for (int i = 0; i < n; i++) s += xs[i] * ys[i];
    return s;
}

static __attribute__((noinline)) double quot(int n)
{
    double s = 0.0;
    for (int i = 0; i < n; i++) s -= xs[i] / ys[i];
    return s;
}

static __attribute__((noinline)) double roots(int n)
{
    double s = 0.0;
    for (int i = 0; i < n; i++) s += sqrt(xs[i]) + ys[i];
    return s;
}

/* fetestexcept in the loop once the underflow at k has happened. */
static __attribute__((noinline)) double dot_peek(int n, int k, int *seen)
{
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        s += xs[i] * ys[i];
        if (i == k + 1) *seen = fetestexcept(FE_UNDERFLOW | FE_OVERFLOW);
    }
    return s;
}

/* feclearexcept in the loop after the underflow at k: it must stay gone. */
static __attribute__((noinline)) double dot_clear(int n, int k)
{
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        s += xs[i] * ys[i];
        if (i == k + 1) feclearexcept(FE_UNDERFLOW | FE_OVERFLOW);
    }
    return s;
}

/* The same in every iteration, with every product tiny: fetestexcept and
 * feclearexcept get hot themselves (translated stfsr and ldfsr). */
static __attribute__((noinline)) double dot_each(int n, int clear, int *seen)
{
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        s += xs[i] * ys[i];
        if (clear)
            feclearexcept(FE_UNDERFLOW);
        else
            *seen += fetestexcept(FE_UNDERFLOW) != 0;
    }
    return s;
}

/* %fsr stored right after the add in the loop (stfsr in the same
 * translation as the multiply). */
static __attribute__((noinline)) double dot_fsr(int n, unsigned *acc)
{
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        unsigned f;
        s += xs[i] * ys[i];
        __asm__ volatile("st %%fsr, %0" : "=m"(f));
        *acc |= f;
    }
    return s;
}

/* Many short runs, each followed at once by fetestexcept (no system call
 * in between): once both are compiled the loop's exit chains straight to
 * the stfsr. Counts how often each flag was seen. */
static void many(const char *what, int runs, int n)
{
    int uf = 0, of = 0, dz = 0;
    double r = 0.0;
    for (int j = 0; j < runs; j++) {
        feclearexcept(FE_ALL_EXCEPT);
        volatile double t = one / 3.0;
        (void)t;
        r += dot(n);
        int f = fetestexcept(FE_ALL_EXCEPT);
        uf += (f & FE_UNDERFLOW) != 0;
        of += (f & FE_OVERFLOW) != 0;
        dz += (f & FE_DIVBYZERO) != 0;
    }
    printf("%-16s %d runs: underflow %d overflow %d divbyzero %d %016llx\n", what, runs, uf, of, dz,
           (unsigned long long)bits(r));
}

/* Sums stored at once (their cexc stays pending at the store); %fsr read
 * right after the loop: the last sum's cexc and the accrued flags. */
static __attribute__((noinline)) unsigned sums(int n, double *out)
{
    unsigned f;
    for (int i = 0; i < n; i++) out[i] = xs[i] + ys[i];
    __asm__ volatile("st %%fsr, %0" : "=m"(f));
    return f;
}

static void fill(double x, double y)
{
    for (int i = 0; i < N; i++) {
        xs[i] = x * (1.0 + i / 1024.0);
        ys[i] = y * (1.0 - i / 2048.0);
    }
}

int main(void)
{
    for (int rep = 0; rep < 4; rep++) { /* the later reps run compiled code */
        int n = 100 + rep * 150, k = n / 2;
        int seen;

        fill(1.5, 0.75);
        begin(); show("dot plain", rep, dot(n));
        xs[k] = 0x1p-600; ys[k] = 0x1.8p-500;
        begin(); show("dot underflow", rep, dot(n));
        xs[k] = 0x1p-537; ys[k] = 0x1p-537; /* 2^-1074 exactly: tiny, exact */
        begin(); show("dot tiny exact", rep, dot(n));
        xs[k] = 0x1p600; ys[k] = 0x1.8p500;
        begin(); show("dot overflow", rep, dot(n));

        fill(2.0, 3.0);
        begin(); show("quot plain", rep, quot(n));
        ys[k] = 0.0;
        begin(); show("quot by zero", rep, quot(n));
        ys[k] = 0x1p-1000; xs[k] = 0x1p100;
        begin(); show("quot overflow", rep, quot(n));
        ys[k] = 0x1p1000; xs[k] = 0x1p-100;
        begin(); show("quot underflow", rep, quot(n));
        xs[k] = 0.0; ys[k] = 0.0;
        begin(); show("quot invalid", rep, quot(n));

        fill(2.0, 0.5);
        begin(); show("roots plain", rep, roots(n));
        xs[k] = -1.0;
        begin(); show("roots invalid", rep, roots(n));

        fill(1.5, 0.75);
        xs[k] = 0x1p-600; ys[k] = 0x1.8p-500;
        seen = 0;
        begin(); show("dot peek", rep, dot_peek(n, k, &seen));
        printf("  seen in loop:%s%s\n", seen & FE_UNDERFLOW ? " underflow" : "", seen & FE_OVERFLOW ? " overflow" : "");
        begin(); show("dot clear", rep, dot_clear(n, k));

        fill(0x1p-600, 0x1.8p-500);
        seen = 0;
        begin(); show("dot each peek", rep, dot_each(n, 0, &seen));
        printf("  seen %d times\n", seen);
        begin(); show("dot each clear", rep, dot_each(n, 1, &seen));
        static double out[N];
        static const struct { const char *what; double x, y; } sc[4] = {
            { "sum plain", 1.0, 0.5 }, { "sum overflow", 0x1.8p1023, 0x1.8p1023 },
            { "sum inf operand", __builtin_inf(), 1.0 }, { "sum inexact", 1.0, 0x1p-60 },
        };
        for (int c = 0; c < 4; c++) {
            fill(1.5, 0.75);
            for (int at = 0; at < 2; at++) { /* in the middle, then last */
                int i = at ? n - 1 : k;
                double ox = xs[i], oy = ys[i];
                xs[i] = sc[c].x; ys[i] = sc[c].y;
                begin();
                unsigned f = sums(n, out);
                printf("%-16s rep %d %s cexc %02x aexc %02x %016llx\n", sc[c].what, rep, at ? "last" : "mid ",
                       f & 0x1f, (f >> 5) & 0x1f, (unsigned long long)bits(out[i]));
                xs[i] = ox; ys[i] = oy;
            }
        }
        unsigned acc = 0;
        begin(); show("dot fsr", rep, dot_fsr(n, &acc));
        printf("  aexc in loop %02x\n", (acc >> 5) & 0x1f);
    }
    fill(1.5, 0.75);
    xs[7] = 0x1p-600; ys[7] = 0x1.8p-500;
    many("many underflow", 300, 40);
    xs[7] = 0x1p600; ys[7] = 0x1.8p500;
    many("many overflow", 300, 40);
    fill(1.5, 0.75);
    many("many plain", 300, 40);
    return 0;
}
