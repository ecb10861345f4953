/* Call-heavy: many small functions. Indirect calls through a table of tiny
 * leaf functions chosen pseudo-randomly, a "virtual method" dispatch over an
 * array of objects, and chains of direct non-inlined leaf calls. */
#include <stdint.h>
#include <stdio.h>
#include "bench.h"

#define ROUNDS 1500000
#define NOBJ 64
#define NOINLINE __attribute__((noinline))

typedef uint32_t (*op_fn)(uint32_t, uint32_t);

NOINLINE static uint32_t op_add(uint32_t a, uint32_t b) { return a + b; }
NOINLINE static uint32_t op_sub(uint32_t a, uint32_t b) { return a - b; }
NOINLINE static uint32_t op_xor(uint32_t a, uint32_t b) { return a ^ b; }
NOINLINE static uint32_t op_mul(uint32_t a, uint32_t b) { return a * (b | 1); }
NOINLINE static uint32_t op_rol(uint32_t a, uint32_t b) { b &= 31; return b ? (a << b) | (a >> (32 - b)) : a; }
NOINLINE static uint32_t op_min(uint32_t a, uint32_t b) { return a < b ? a : b; }
NOINLINE static uint32_t op_max(uint32_t a, uint32_t b) { return a > b ? a : b; }
NOINLINE static uint32_t op_avg(uint32_t a, uint32_t b) { return (a & b) + ((a ^ b) >> 1); }

static op_fn const ops[8] = { op_add, op_sub, op_xor, op_mul, op_rol, op_min, op_max, op_avg };

/* "objects" with a vtable */
struct shape;
struct vtable {
    uint32_t (*area)(const struct shape *);
    uint32_t (*perimeter)(const struct shape *);
};
struct shape { const struct vtable *vt; uint32_t w, h; };

NOINLINE static uint32_t rect_area(const struct shape *s) { return s->w * s->h; }
NOINLINE static uint32_t rect_perim(const struct shape *s) { return 2 * (s->w + s->h); }
NOINLINE static uint32_t tri_area(const struct shape *s) { return s->w * s->h / 2; }
NOINLINE static uint32_t tri_perim(const struct shape *s) { return s->w + s->h + (s->w > s->h ? s->w : s->h); }
NOINLINE static uint32_t sq_area(const struct shape *s) { return s->w * s->w; }
NOINLINE static uint32_t sq_perim(const struct shape *s) { return 4 * s->w; }

static const struct vtable rect_vt = { rect_area, rect_perim };
static const struct vtable tri_vt = { tri_area, tri_perim };
static const struct vtable sq_vt = { sq_area, sq_perim };

/* direct leaf chains */
NOINLINE static uint32_t leaf1(uint32_t x) { return x * 3 + 1; }
NOINLINE static uint32_t leaf2(uint32_t x) { return (x >> 1) ^ x; }
NOINLINE static uint32_t leaf3(uint32_t x) { return x + 0x9e3779b9u; }
NOINLINE static uint32_t mid1(uint32_t x) { return leaf1(leaf2(x)); }
NOINLINE static uint32_t mid2(uint32_t x) { return leaf3(leaf1(x)) ^ leaf2(x); }
NOINLINE static uint32_t top(uint32_t x) { return mid1(x) + mid2(x); }

int main(void)
{
    static struct shape objs[NOBJ];
    const struct vtable *vts[3] = { &rect_vt, &tri_vt, &sq_vt };
    for (int i = 0; i < NOBJ; i++) {
        objs[i].vt = vts[i % 3];
        objs[i].w = (uint32_t)(i * 7 % 23 + 1);
        objs[i].h = (uint32_t)(i * 5 % 17 + 1);
    }
    uint32_t seed = 0x1234567u, acc = 1, shapes = 0, chain = 0;
    for (int r = 0; r < ROUNDS; r++) {
        seed ^= seed << 13; seed ^= seed >> 17; seed ^= seed << 5;
        acc = ops[seed & 7](acc, seed >> 3);
        acc = ops[(seed >> 8) & 7](acc, (uint32_t)r);
        const struct shape *s = &objs[(seed >> 12) % NOBJ];
        shapes += s->vt->area(s) + s->vt->perimeter(s);
        chain = top(chain + (uint32_t)r);
    }
    printf("acc 0x%08x shapes %u chain 0x%08x\n", acc, shapes, chain);
    return 0;
}
