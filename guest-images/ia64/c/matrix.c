/* matrix: integer matrix arithmetic: multiplication (naive and blocked,
 * results compared), transpose, matrix power by squaring (Fibonacci via
 * [[1,1],[1,0]]^n mod 2^64), exact determinants with the fraction-free
 * Bareiss algorithm, and a 2-D stencil (game of life on a torus) run for
 * a number of generations.  Exit code = failed checks. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define N 48
static int fails;

static int64_t A[N][N], B[N][N], C1[N][N], C2[N][N];

static void mul_naive(int64_t (*r)[N], int64_t (*a)[N], int64_t (*b)[N])
{
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int64_t s = 0;
            for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
            r[i][j] = s;
        }
}

static void mul_blocked(int64_t (*r)[N], int64_t (*a)[N], int64_t (*b)[N])
{
    memset(r, 0, sizeof(int64_t) * N * N);
    for (int ii = 0; ii < N; ii += 16)
        for (int kk = 0; kk < N; kk += 16)
            for (int jj = 0; jj < N; jj += 16)
                for (int i = ii; i < ii + 16; i++)
                    for (int k = kk; k < kk + 16; k++) {
                        int64_t aik = a[i][k];
                        for (int j = jj; j < jj + 16; j++) r[i][j] += aik * b[k][j];
                    }
}

static uint64_t hash_m(int64_t (*m)[N])
{
    uint64_t h = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) h = h * 1000003u ^ (uint64_t)m[i][j];
    return h;
}

/* 2x2 matrix power for Fibonacci, modulo 2^64 */
static void m2mul(uint64_t r[2][2], uint64_t x[2][2], uint64_t y[2][2])
{
    uint64_t t[2][2];
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) t[i][j] = x[i][0] * y[0][j] + x[i][1] * y[1][j];
    memcpy(r, t, sizeof t);
}

static uint64_t fib_mat(uint64_t n)
{
    uint64_t r[2][2] = { { 1, 0 }, { 0, 1 } }, b[2][2] = { { 1, 1 }, { 1, 0 } };
    while (n) {
        if (n & 1) m2mul(r, r, b);
        m2mul(b, b, b);
        n >>= 1;
    }
    return r[0][1];
}

/* Bareiss fraction-free determinant (exact for small integer matrices) */
static int64_t det_bareiss(int n, int64_t m[8][8])
{
    int64_t a[8][8];
    memcpy(a, m, sizeof a);
    int64_t prev = 1;
    int sign = 1;
    for (int k = 0; k < n - 1; k++) {
        if (a[k][k] == 0) {
            int sw = -1;
            for (int i = k + 1; i < n; i++) if (a[i][k]) { sw = i; break; }
            if (sw < 0) return 0;
            for (int j = 0; j < n; j++) { int64_t t = a[k][j]; a[k][j] = a[sw][j]; a[sw][j] = t; }
            sign = -sign;
        }
        for (int i = k + 1; i < n; i++)
            for (int j = k + 1; j < n; j++)
                a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) / prev;
        prev = a[k][k];
    }
    return sign * a[n - 1][n - 1];
}

#define W 32
#define H 24
static unsigned char grid[H][W], nextg[H][W];

int main(void)
{
    uint32_t s = 7;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            s = s * 1664525u + 1013904223u; A[i][j] = (int64_t)(s >> 20) - 2048;
            s = s * 1664525u + 1013904223u; B[i][j] = (int64_t)(s >> 22) - 512;
        }
    mul_naive(C1, A, B);
    mul_blocked(C2, A, B);
    int same = memcmp(C1, C2, sizeof C1) == 0;
    printf("naive vs blocked product equal: %s, hash %016llx\n", same ? "yes" : "no", (unsigned long long)hash_m(C1));
    fails += !same;
    printf("C[0][0..4] = %lld %lld %lld %lld %lld\n", (long long)C1[0][0], (long long)C1[0][1], (long long)C1[0][2],
           (long long)C1[0][3], (long long)C1[0][4]);
    /* (AB)^T == B^T A^T */
    static int64_t At[N][N], Bt[N][N], Ct[N][N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) { At[j][i] = A[i][j]; Bt[j][i] = B[i][j]; }
    mul_naive(Ct, Bt, At);
    int tr_ok = 1;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) if (Ct[i][j] != C1[j][i]) tr_ok = 0;
    printf("(AB)^T == B^T A^T: %s\n", tr_ok ? "yes" : "no");
    fails += !tr_ok;
    int64_t trace = 0;
    for (int i = 0; i < N; i++) trace += C1[i][i];
    printf("trace(AB) = %lld\n", (long long)trace);

    for (uint64_t n = 10; n <= 10000000000000000000ULL / 10; n *= 10)
        printf("fib(%llu) mod 2^64 = %llu\n", (unsigned long long)n, (unsigned long long)fib_mat(n));
    fails += fib_mat(90) != 2880067194370816120ULL;

    int64_t m3[8][8] = { { 2, -3, 1 }, { 2, 0, -1 }, { 1, 4, 5 } };
    int64_t hilbertish[8][8];
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 6; j++) hilbertish[i][j] = (i + 1) * (j + 2) % 7 + (i == j ? 5 : 0) - 3;
    int64_t vand[8][8];
    for (int i = 0; i < 5; i++) { int64_t x = i + 2, p = 1; for (int j = 0; j < 5; j++) { vand[i][j] = p; p *= x; } }
    int64_t d3 = det_bareiss(3, m3), d6 = det_bareiss(6, hilbertish), d5 = det_bareiss(5, vand);
    printf("det 3x3 = %lld, det 6x6 = %lld, vandermonde(2..6) = %lld\n", (long long)d3, (long long)d6, (long long)d5);
    fails += d3 != 49 || d5 != 288;

    /* game of life: a glider and an R-pentomino on a torus */
    grid[1][2] = grid[2][3] = grid[3][1] = grid[3][2] = grid[3][3] = 1;
    grid[12][16] = grid[12][17] = grid[13][15] = grid[13][16] = grid[14][16] = 1;
    for (int gen = 1; gen <= 60; gen++) {
        int pop = 0;
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++) {
                int nb = 0;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                        if (dy || dx) nb += grid[(y + dy + H) % H][(x + dx + W) % W];
                nextg[y][x] = (unsigned char)(nb == 3 || (nb == 2 && grid[y][x]));
                pop += nextg[y][x];
            }
        memcpy(grid, nextg, sizeof grid);
        if (gen % 10 == 0) printf("generation %2d population %d\n", gen, pop);
    }
    for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) putchar(grid[y][x] ? '#' : '.');
        putchar('\n');
    }
    printf("fails=%d\n", fails);
    return fails;
}
