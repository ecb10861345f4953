/* funcptr: function pointers, tables of them, callbacks with context,
 * pointers to functions returning function pointers, indirect calls in
 * loops, qsort with different comparators chosen at run time, and a
 * tiny "vtable" object system.  Exit code = number of failed checks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fails;

typedef long (*binop)(long, long);

static long op_add(long a, long b) { return a + b; }
static long op_sub(long a, long b) { return a - b; }
static long op_mul(long a, long b) { return a * b; }
static long op_div(long a, long b) { return b ? a / b : 0; }
static long op_mod(long a, long b) { return b ? a % b : 0; }
static long op_and(long a, long b) { return a & b; }
static long op_or(long a, long b) { return a | b; }
static long op_xor(long a, long b) { return a ^ b; }
static long op_shl(long a, long b) { return (long)((unsigned long)a << (b & 63)); }
static long op_shr(long a, long b) { return (long)((unsigned long)a >> (b & 63)); }
static long op_max(long a, long b) { return a > b ? a : b; }
static long op_min(long a, long b) { return a < b ? a : b; }

static const struct { const char *name; binop fn; } ops[] = {
    { "add", op_add }, { "sub", op_sub }, { "mul", op_mul }, { "div", op_div },
    { "mod", op_mod }, { "and", op_and }, { "or", op_or }, { "xor", op_xor },
    { "shl", op_shl }, { "shr", op_shr }, { "max", op_max }, { "min", op_min },
};
#define NOPS (sizeof ops / sizeof ops[0])

static binop lookup(const char *name)
{
    for (size_t i = 0; i < NOPS; i++)
        if (strcmp(ops[i].name, name) == 0)
            return ops[i].fn;
    return NULL;
}

/* a function returning a function pointer */
static long (*choose(int which))(long, long)
{
    return ops[which % NOPS].fn;
}

/* callbacks with a context pointer */
typedef void (*visit_fn)(int value, void *ctx);

static void for_each(const int *a, int n, visit_fn fn, void *ctx)
{
    for (int i = 0; i < n; i++)
        fn(a[i], ctx);
}

struct stats { long sum; int min, max, count; };

static void collect(int v, void *ctx)
{
    struct stats *s = ctx;
    if (s->count == 0 || v < s->min) s->min = v;
    if (s->count == 0 || v > s->max) s->max = v;
    s->sum += v;
    s->count++;
}

static void print_item(int v, void *ctx)
{
    int *col = ctx;
    printf("%5d%s", v, (++*col % 10 == 0) ? "\n" : "");
}

/* map/filter/reduce with function pointers */
static int map(int *a, int n, int (*f)(int)) { for (int i = 0; i < n; i++) a[i] = f(a[i]); return n; }
static int filter(int *a, int n, int (*keep)(int))
{
    int m = 0;
    for (int i = 0; i < n; i++) if (keep(a[i])) a[m++] = a[i];
    return m;
}
static long reduce(const int *a, int n, long init, long (*f)(long, long))
{
    for (int i = 0; i < n; i++) init = f(init, a[i]);
    return init;
}
static int square(int x) { return x * x; }
static int plus3(int x) { return x + 3; }
static int is_odd(int x) { return x & 1; }
static int is_mult3(int x) { return x % 3 == 0; }

/* a little object system */
struct shape;
struct shape_vt {
    const char *kind;
    long (*area2)(const struct shape *);      /* twice the area, integer */
    long (*perimeter)(const struct shape *);
    void (*scale)(struct shape *, int);
};
struct shape { const struct shape_vt *vt; long a, b, c; };

static long rect_area2(const struct shape *s) { return 2 * s->a * s->b; }
static long rect_perim(const struct shape *s) { return 2 * (s->a + s->b); }
static void rect_scale(struct shape *s, int k) { s->a *= k; s->b *= k; }
static long tri_area2(const struct shape *s) { return s->a * s->b; }   /* right triangle legs a,b */
static long tri_perim(const struct shape *s) { return s->a + s->b + s->c; }
static void tri_scale(struct shape *s, int k) { s->a *= k; s->b *= k; s->c *= k; }
static long sq_area2(const struct shape *s) { return 2 * s->a * s->a; }
static long sq_perim(const struct shape *s) { return 4 * s->a; }
static void sq_scale(struct shape *s, int k) { s->a *= k; }

static const struct shape_vt rect_vt = { "rect", rect_area2, rect_perim, rect_scale };
static const struct shape_vt tri_vt = { "tri", tri_area2, tri_perim, tri_scale };
static const struct shape_vt sq_vt = { "square", sq_area2, sq_perim, sq_scale };

static int cmp_asc(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static int cmp_desc(const void *a, const void *b) { return *(const int *)b - *(const int *)a; }
static int cmp_abs(const void *a, const void *b)
{
    int x = abs(*(const int *)a), y = abs(*(const int *)b);
    return x != y ? x - y : *(const int *)a - *(const int *)b;
}

int main(void)
{
    long vals[][2] = { { 7, 3 }, { -7, 3 }, { 100, -9 }, { 0, 5 }, { 1L << 40, 3 }, { -1, 63 } };
    for (size_t v = 0; v < sizeof vals / sizeof vals[0]; v++) {
        printf("a=%ld b=%ld:", vals[v][0], vals[v][1]);
        for (size_t i = 0; i < NOPS; i++)
            printf(" %s=%ld", ops[i].name, ops[i].fn(vals[v][0], vals[v][1]));
        printf("\n");
    }

    /* evaluate an RPN-ish program by name lookups */
    const char *prog[] = { "add", "mul", "sub", "xor", "shl", "max", "mod", "or" };
    long acc = 17;
    for (size_t i = 0; i < sizeof prog / sizeof prog[0]; i++) {
        binop f = lookup(prog[i]);
        acc = f(acc, (long)i + 2);
        printf("after %-3s %ld\n", prog[i], acc);
    }
    if (lookup("nope") != NULL) fails++;

    long chained = 1;
    for (int i = 0; i < 48; i++)
        chained = choose(i)(chained, i + 1) & 0xffffffffL;
    printf("chained through choose(): %ld\n", chained);

    int data[30];
    for (int i = 0; i < 30; i++) data[i] = (i * 37) % 101 - 50;
    struct stats st = { 0, 0, 0, 0 };
    for_each(data, 30, collect, &st);
    printf("stats: count %d sum %ld min %d max %d\n", st.count, st.sum, st.min, st.max);
    int col = 0;
    for_each(data, 30, print_item, &col);

    int work[30];
    memcpy(work, data, sizeof work);
    int n = map(work, 30, plus3);
    n = filter(work, n, is_odd);
    n = map(work, n, square);
    n = filter(work, n, is_mult3);
    long total = reduce(work, n, 0, op_add);
    long biggest = reduce(work, n, -1, op_max);
    printf("map/filter/reduce: n=%d total=%ld max=%ld\n", n, total, biggest);

    int (*cmps[])(const void *, const void *) = { cmp_asc, cmp_desc, cmp_abs };
    const char *cmp_names[] = { "asc", "desc", "abs" };
    for (int k = 0; k < 3; k++) {
        memcpy(work, data, sizeof work);
        qsort(work, 30, sizeof work[0], cmps[k]);
        printf("sort %-4s:", cmp_names[k]);
        for (int i = 0; i < 30; i++) printf(" %d", work[i]);
        printf("\n");
    }

    struct shape shapes[] = {
        { &rect_vt, 3, 4, 0 }, { &tri_vt, 3, 4, 5 }, { &sq_vt, 7, 0, 0 },
        { &rect_vt, 10, 1, 0 }, { &tri_vt, 5, 12, 13 },
    };
    long area_total = 0;
    for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
        struct shape *s = &shapes[i];
        long a0 = s->vt->area2(s);
        s->vt->scale(s, 3);
        long a1 = s->vt->area2(s);
        printf("%-6s area2 %4ld -> %5ld perimeter %ld\n", s->vt->kind, a0, a1, s->vt->perimeter(s));
        if (a1 != 9 * a0) fails++;
        area_total += a1;
    }
    printf("total scaled area2 %ld\n", area_total);
    if (area_total != 9 * (24 + 12 + 98 + 20 + 60)) fails++;

    /* an array of pointers to functions stored in a struct and called through volatile */
    void (*volatile vf)(int, void *) = collect;
    struct stats st2 = { 0, 0, 0, 0 };
    for (int i = 1; i <= 100; i++) vf(i, &st2);
    printf("volatile fnptr sum %ld\n", st2.sum);
    if (st2.sum != 5050) fails++;

    printf("fails=%d\n", fails);
    return fails;
}
