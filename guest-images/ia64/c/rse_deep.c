/* rse_deep: recursion that keeps the IA-64 register stack engine busy.
 * Deep recursion with many live values per frame (each frame's stacked
 * registers must be spilled to the backing store and filled back),
 * frames of different sizes alternating, mutual recursion 200,000 deep,
 * a recursive tree build/walk, and recursion through function pointers.
 * Prints a checksum per part; exit code = failed checks.  The same C is
 * built natively for the comparison. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

static int fails;
static void check(const char *what, uint64_t got, uint64_t want)
{
    printf("%-34s %016llx%s\n", what, (unsigned long long)got, got == want ? "" : "  FAIL");
    if (got != want)
        fails++;
}

/* many values live across the recursive call */
static uint64_t wide(int n, uint64_t a)
{
    if (n == 0)
        return a;
    uint64_t v0 = a * 3 + n, v1 = v0 ^ (v0 >> 7), v2 = v1 + 0x9e3779b97f4a7c15ULL;
    uint64_t v3 = v2 * 5, v4 = v3 ^ v0, v5 = v4 + v1, v6 = v5 * 7, v7 = v6 ^ v2;
    uint64_t v8 = v7 + v3, v9 = v8 ^ (v8 << 3), v10 = v9 + v4, v11 = v10 * 11;
    uint64_t r = wide(n - 1, v11);
    /* use every value again after the call */
    return r ^ (v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11);
}

/* three functions with different numbers of locals calling each other */
static uint64_t small_f(int n);
static uint64_t big_f(int n);
static uint64_t mid_f(int n)
{
    if (n <= 0)
        return 1;
    uint64_t a = n * 2ULL, b = a + 3, c = b * a;
    uint64_t r = (n % 3 == 0) ? small_f(n - 1) : big_f(n - 1);
    return r + a + b + c;
}
static uint64_t small_f(int n)
{
    if (n <= 0)
        return 2;
    return mid_f(n - 1) * 3 + n;
}
static uint64_t big_f(int n)
{
    if (n <= 0)
        return 3;
    uint64_t x[12];
    for (int i = 0; i < 12; i++)
        x[i] = (uint64_t)n * (i + 1) + (i > 0 ? (x[i - 1] & 0xff) : 0);
    uint64_t r = mid_f(n - 1);
    uint64_t s = 0;
    for (int i = 0; i < 12; i++)
        s += x[i] ^ (r >> i);
    return r * 31 + s;
}

/* mutual recursion, 200,000 deep */
static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

/* a recursive tree */
struct node { struct node *l, *r; uint64_t v; };
static struct node *build(int depth, uint64_t seed)
{
    if (depth == 0)
        return NULL;
    struct node *t = malloc(sizeof *t);
    t->v = seed;
    t->l = build(depth - 1, seed * 6364136223846793005ULL + 1442695040888963407ULL);
    t->r = build(depth - 1, seed ^ (seed >> 17));
    return t;
}
static uint64_t walk(const struct node *t, int depth)
{
    if (!t)
        return depth;
    return (walk(t->l, depth + 1) * 3) ^ walk(t->r, depth + 1) ^ t->v;
}
static void drop(struct node *t)
{
    if (!t)
        return;
    drop(t->l);
    drop(t->r);
    free(t);
}

/* recursion through function pointers */
typedef uint64_t (*step_fn)(int, uint64_t);
static uint64_t step_a(int n, uint64_t acc);
static uint64_t step_b(int n, uint64_t acc);
static step_fn steps[2] = { step_a, step_b };
static uint64_t step_a(int n, uint64_t acc) { return n == 0 ? acc : steps[n & 1](n - 1, acc * 2 + 1); }
static uint64_t step_b(int n, uint64_t acc) { return n == 0 ? acc : steps[(n >> 1) & 1](n - 1, acc ^ (acc << 5)); }

/* reference values computed by iteration, not recursion */
static uint64_t wide_iter(int n, uint64_t a)
{
    uint64_t *sums = malloc(sizeof(uint64_t) * (n + 1));
    for (int k = n; k > 0; k--) {
        uint64_t v0 = a * 3 + k, v1 = v0 ^ (v0 >> 7), v2 = v1 + 0x9e3779b97f4a7c15ULL;
        uint64_t v3 = v2 * 5, v4 = v3 ^ v0, v5 = v4 + v1, v6 = v5 * 7, v7 = v6 ^ v2;
        uint64_t v8 = v7 + v3, v9 = v8 ^ (v8 << 3), v10 = v9 + v4, v11 = v10 * 11;
        sums[k] = v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11;
        a = v11;
    }
    uint64_t r = a;
    for (int k = 1; k <= n; k++)
        r ^= sums[k];
    free(sums);
    return r;
}

int main(void)
{
    check("wide(50000)", wide(50000, 1), wide_iter(50000, 1));
    uint64_t m = mid_f(30000);
    printf("%-34s %016llx\n", "mid/small/big(30000)", (unsigned long long)m);
    check("is_even(200000)", is_even(200000), 1);
    check("is_odd(199999)", is_odd(199999), 1);
    struct node *t = build(16, 12345);
    printf("%-34s %016llx\n", "tree walk (depth 16)", (unsigned long long)walk(t, 0));
    drop(t);
    printf("%-34s %016llx\n", "function-pointer steps(100000)", (unsigned long long)step_a(100000, 7));
    printf("failed checks: %d\n", fails);
    return fails;
}
