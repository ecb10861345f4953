/* loops: loop-heavy integer code: counted loops over arrays (GCC may
 * unroll, vectorize-by-hand with post-increment loads, and at -O3 move
 * loads above stores through pointers that may alias -- IA-64 data
 * speculation with ld.a/ld.c -- or above branches -- control speculation
 * with ld.s/chk.s), while loops, nested loops, loops with early exits,
 * strided access, in-place updates through possibly aliasing pointers.
 * Prints a result per loop; exit code 0.  The same C is built natively. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define N 4096
static int32_t a[N], b[N];
static int64_t c[N];
static uint8_t bytes[N];

/* dst and src may alias: loads of *src cannot simply move above the store */
static void __attribute__((noinline)) scale_add(int32_t *dst, const int32_t *src, int n, int k)
{
    for (int i = 0; i < n; i++)
        dst[i] = dst[i] * k + src[i];
}

static int64_t __attribute__((noinline)) dot(const int32_t *x, const int32_t *y, int n)
{
    int64_t s = 0;
    for (int i = 0; i < n; i++)
        s += (int64_t)x[i] * y[i];
    return s;
}

/* a pointer chase whose loads depend on a branch (control speculation) */
struct item { struct item *next; int64_t val; int flag; };
static struct item items[1000];
static int64_t __attribute__((noinline)) chase(const struct item *p, int64_t limit)
{
    int64_t s = 0;
    while (p) {
        if (p->flag && s < limit)
            s += p->next ? p->next->val : p->val;
        else
            s -= p->val & 7;
        p = p->next;
    }
    return s;
}

/* stores through one pointer, loads through another (data speculation) */
static int64_t __attribute__((noinline)) mixed(int64_t *p, int64_t *q, int n)
{
    int64_t s = 0;
    for (int i = 0; i < n; i++) {
        p[i] = i * 3;
        s += q[i] + q[i + 1];
    }
    return s;
}

static uint32_t __attribute__((noinline)) find_first(const uint8_t *s, int n, uint8_t v)
{
    for (int i = 0; i < n; i++)
        if (s[i] == v)
            return i;
    return ~0u;
}

int main(void)
{
    for (int i = 0; i < N; i++) {
        a[i] = (i * 7919) % 1000 - 500;
        b[i] = (i * 104729) % 333 - 111;
        bytes[i] = (uint8_t)(i * 37 + (i >> 3));
    }
    printf("dot(a, b)            %lld\n", (long long)dot(a, b, N));
    scale_add(a, b, N, 3);
    printf("scale_add -> dot     %lld\n", (long long)dot(a, b, N));
    scale_add(a + 1, a, N - 1, 2);        /* overlapping */
    printf("overlap scale_add    %lld\n", (long long)dot(a, a, N));
    int64_t s = 0;
    for (int i = 0; i < 64; i++)
        for (int j = 0; j < 64; j++)
            s += (int64_t)a[i * 64 + j] * ((i ^ j) & 15);
    printf("nested               %lld\n", (long long)s);
    uint64_t h = 1469598103934665603ULL;
    for (int i = 0; i < N; i += 3)
        h = (h ^ bytes[i]) * 1099511628211ULL;
    printf("strided fnv          %016llx\n", (unsigned long long)h);
    for (int i = 0; i < 1000; i++) {
        items[i].next = (i % 97 == 96) ? NULL : &items[(i * 31 + 7) % 1000];
        items[i].val = i * i - 300;
        items[i].flag = (i % 5) != 0;
    }
    printf("chase                %lld\n", (long long)chase(&items[1], 1000000));
    for (int i = 0; i < N; i++)
        c[i] = i ^ 0x55;
    printf("mixed (alias)        %lld\n", (long long)mixed(c + 1, c, N - 2));
    printf("mixed (no alias)     %lld\n", (long long)mixed(c, c + N / 2, N / 2 - 2));
    printf("find_first           %u %u\n", find_first(bytes, N, 0x42), find_first(bytes, N, 0xff));
    uint32_t x = 1, steps = 0;
    while (x != 0 && steps < 1000000) {
        x = (x * 1103515245u + 12345u) & 0xffff;
        steps++;
    }
    printf("lcg steps            %u\n", steps);
    int64_t tri = 0;
    int k = 0;
    do {
        tri += k;
        k++;
    } while (tri < 5000000);
    printf("do-while             %d %lld\n", k, (long long)tri);
    char buf[64];
    memset(buf, 0, sizeof buf);
    for (int i = 0; i < 63; i++)
        buf[i] = 'a' + (i * 5) % 26;
    printf("string               %s\n", buf);
    return 0;
}
