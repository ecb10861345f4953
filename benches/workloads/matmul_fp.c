/* FP: double-precision matrix multiply (i-k-j loop order), repeated with
 * perturbed inputs. Results are printed rounded so that a 1-ulp difference
 * in a libm routine cannot cause a spurious mismatch (the kernel itself
 * uses only + and *, so it is exact IEEE arithmetic on every host). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "bench.h"

#define N 160
#define REPS 40

static uint32_t seed = 0x6b43a9b5u;
static uint32_t rnd(void)
{
    uint32_t x = seed;
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    return seed = x;
}

static void matmul(const double *a, const double *b, double *c)
{
    for (int i = 0; i < N * N; i++) c[i] = 0.0;
    for (int i = 0; i < N; i++)
        for (int k = 0; k < N; k++) {
            double aik = a[i * N + k];
            const double *brow = b + k * N;
            double *crow = c + i * N;
            for (int j = 0; j < N; j++)
                crow[j] += aik * brow[j];
        }
}

int main(void)
{
    double *a = malloc(N * N * sizeof *a), *b = malloc(N * N * sizeof *b), *c = malloc(N * N * sizeof *c);
    if (!a || !b || !c) return 1;
    for (int i = 0; i < N * N; i++) {
        a[i] = (double)(int32_t)(rnd() % 2001 - 1000) / 256.0;
        b[i] = (double)(int32_t)(rnd() % 2001 - 1000) / 512.0;
    }
    double trace = 0.0, total = 0.0;
    for (int r = 0; r < REPS; r++) {
        matmul(a, b, c);
        for (int i = 0; i < N; i++) trace += c[i * N + i];
        for (int i = 0; i < N * N; i++) total += c[i] * (1.0 / 1024.0);
        /* feed back: a = c scaled down, keeps values bounded */
        for (int i = 0; i < N * N; i++) a[i] = c[i] / 4096.0 + a[i] * 0.5;
    }
    printf("N %d trace %.6e total %.6e c[7] %.6e\n", N, trace, total, c[7]);
    return 0;
}
