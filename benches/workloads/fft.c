/* FP: iterative radix-2 complex FFT (double), forward then inverse, on a
 * deterministic signal; checks the round-trip error and prints rounded
 * spectrum checksums. Twiddles come from libm sin/cos once per size. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "bench.h"

#define LOGN 14
#define N (1 << LOGN)
#define REPS 120

static void fft(double *re, double *im, const double *wr, const double *wi, int inverse)
{
    /* bit reversal */
    for (uint32_t i = 1, j = 0; i < N; i++) {
        uint32_t bit = N >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) {
            double t = re[i]; re[i] = re[j]; re[j] = t;
            t = im[i]; im[i] = im[j]; im[j] = t;
        }
    }
    for (int len = 2; len <= N; len <<= 1) {
        int half = len >> 1, step = N / len;
        for (int i = 0; i < N; i += len)
            for (int k = 0; k < half; k++) {
                double c = wr[k * step], s = inverse ? -wi[k * step] : wi[k * step];
                int a = i + k, b = i + k + half;
                double tr = re[b] * c - im[b] * s;
                double ti = re[b] * s + im[b] * c;
                re[b] = re[a] - tr; im[b] = im[a] - ti;
                re[a] += tr; im[a] += ti;
            }
    }
    if (inverse)
        for (int i = 0; i < N; i++) { re[i] /= N; im[i] /= N; }
}

int main(void)
{
    double *re = malloc(N * sizeof *re), *im = malloc(N * sizeof *im);
    double *orig = malloc(N * sizeof *orig);
    double *wr = malloc(N / 2 * sizeof *wr), *wi = malloc(N / 2 * sizeof *wi);
    if (!re || !im || !orig || !wr || !wi) return 1;
    for (int k = 0; k < N / 2; k++) {
        wr[k] = cos(-2.0 * M_PI * k / N);
        wi[k] = sin(-2.0 * M_PI * k / N);
    }
    uint32_t seed = 12345;
    for (int i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        orig[i] = (double)((seed >> 16) & 0x3ff) / 1024.0 - 0.5 + ((i % 64) < 32 ? 0.25 : -0.25);
    }
    double max_err = 0.0, peak = 0.0, energy = 0.0;
    int peak_bin = 0;
    for (int r = 0; r < REPS; r++) {
        for (int i = 0; i < N; i++) { re[i] = orig[i] * (1.0 + r / 64.0); im[i] = 0.0; }
        fft(re, im, wr, wi, 0);
        if (r == 0)
            for (int i = 1; i < N / 2; i++) {
                double m = re[i] * re[i] + im[i] * im[i];
                energy += m;
                if (m > peak) { peak = m; peak_bin = i; }
            }
        fft(re, im, wr, wi, 1);
        for (int i = 0; i < N; i++) {
            double e = fabs(re[i] - orig[i] * (1.0 + r / 64.0));
            if (e > max_err) max_err = e;
        }
    }
    printf("N %d peak bin %d peak %.6e energy %.6e roundtrip %s\n", N, peak_bin, peak, energy,
           max_err < 1e-9 ? "ok" : "BAD");
    return 0;
}
