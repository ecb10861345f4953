/* structs_unions: large structs passed and returned by value, arrays of
 * structs, struct assignment, nested structs, unions for type punning
 * (big-endian byte order is visible here!), bitfields (signed and
 * unsigned, straddling words), flexible array members, offsetof/sizeof,
 * packed structs and compound literals.  Exit code = failed checks. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include <stdlib.h>

static int fails;
static void check(int c, const char *w) { printf("%-48s %s\n", w, c ? "ok" : "FAIL"); if (!c) fails++; }

struct big {
    int64_t a[20];
    char name[24];
    double d;
    short s;
};

struct small { char c; int i; };
struct pair { long x, y; };
struct tiny { char a, b, c; };

__attribute__((noinline)) static struct big make_big(int seed)
{
    struct big b;
    memset(&b, 0, sizeof b);
    for (int i = 0; i < 20; i++) b.a[i] = (int64_t)seed * (i + 1) - 7 * i;
    snprintf(b.name, sizeof b.name, "big-%d", seed);
    b.d = seed / 4.0;
    b.s = (short)(seed * 3);
    return b;
}

__attribute__((noinline)) static int64_t sum_big(struct big b)
{
    int64_t s = 0;
    for (int i = 0; i < 20; i++) s += b.a[i];
    b.a[0] = 999999;            /* modifies the callee's copy only */
    return s + b.s + (int64_t)strlen(b.name);
}

__attribute__((noinline)) static struct big twice_big(struct big b)
{
    for (int i = 0; i < 20; i++) b.a[i] *= 2;
    b.d *= 2;
    b.name[0] = 'B';
    return b;
}

__attribute__((noinline)) static struct pair add_pairs(struct pair p, struct pair q)
{
    return (struct pair){ p.x + q.x, p.y + q.y };
}

__attribute__((noinline)) static struct tiny rot_tiny(struct tiny t)
{
    return (struct tiny){ t.b, t.c, t.a };
}

__attribute__((noinline)) static struct small mk_small(char c, int i) { struct small s = { c, i }; return s; }

struct bits {
    unsigned a : 3;
    signed b : 5;
    unsigned c : 12;
    unsigned d : 1;
    signed e : 17;
    unsigned long long f : 40;   /* straddles 32-bit boundaries */
    unsigned g : 7;
};

union pun {
    uint64_t u64;
    uint32_t u32[2];
    uint16_t u16[4];
    uint8_t u8[8];
    double d;
    int64_t s64;
};

struct packed_s { char c; int32_t i; int16_t s; } __attribute__((packed));

struct flex { int n; int data[]; };

struct outer {
    struct { int x, y; } pos;
    struct inner { char tag[4]; union { int i; float f; } v; } items[3];
    int count;
};

int main(void)
{
    /* large struct by value */
    struct big b = make_big(5);
    int64_t s1 = sum_big(b);
    printf("sum_big = %lld, a[0] still %lld, name %s, d %.2f, s %d\n", (long long)s1, (long long)b.a[0], b.name, b.d, b.s);
    check(b.a[0] == 5 && s1 == 5 * 210 - 7 * 190 + 15 + 5, "big struct passed by value");
    struct big c = twice_big(b);
    printf("twice: a[19]=%lld name=%s d=%.2f; original a[19]=%lld name=%s\n", (long long)c.a[19], c.name, c.d,
           (long long)b.a[19], b.name);
    check(c.a[19] == 2 * b.a[19] && c.name[0] == 'B' && b.name[0] == 'b', "big struct returned by value");

    /* struct assignment and comparison by members */
    struct big arr[8];
    for (int i = 0; i < 8; i++) arr[i] = make_big(i * 11);
    struct big tmp = arr[2];
    arr[2] = arr[6];
    arr[6] = tmp;
    int64_t total = 0;
    for (int i = 0; i < 8; i++) total += sum_big(arr[i]) * (i + 1);
    printf("array of big structs weighted sum %lld\n", (long long)total);

    struct pair p = add_pairs((struct pair){ 1, 2 }, (struct pair){ 30, 40 });
    printf("add_pairs = (%ld, %ld)\n", p.x, p.y);
    check(p.x == 31 && p.y == 42, "small struct in registers");
    struct tiny t = rot_tiny((struct tiny){ 'x', 'y', 'z' });
    printf("rot_tiny = %c%c%c\n", t.a, t.b, t.c);
    check(t.a == 'y' && t.c == 'x', "3-byte struct by value");
    struct small sm = mk_small('q', -77);
    printf("mk_small = %c %d, sizeof(struct small) = %zu\n", sm.c, sm.i, sizeof sm);

    /* bitfields */
    struct bits bf;
    memset(&bf, 0, sizeof bf);
    bf.a = 5; bf.b = -9; bf.c = 4000; bf.d = 1; bf.e = -65536; bf.f = 0xABCDEF1234ULL; bf.g = 100;
    printf("bits: a=%u b=%d c=%u d=%u e=%d f=%llx g=%u sizeof=%zu\n", bf.a, bf.b, bf.c, bf.d, bf.e,
           (unsigned long long)bf.f, bf.g, sizeof bf);
    check(bf.a == 5 && bf.b == -9 && bf.c == 4000 && bf.d == 1 && bf.e == -65536 && bf.f == 0xABCDEF1234ULL && bf.g == 100,
          "bitfield round trip");
    bf.a += 4;         /* wraps modulo 8 */
    bf.c = bf.c * 2;   /* 8000 fits in 12 bits? no: wraps modulo 4096 */
    bf.b = (signed)(bf.b - 7);   /* -16 fits exactly */
    printf("after update: a=%u c=%u b=%d\n", bf.a, bf.c, bf.b);
    check(bf.a == 1 && bf.c == 8000 % 4096 && bf.b == -16, "bitfield wrap");
    unsigned char raw[sizeof bf];
    memcpy(raw, &bf, sizeof bf);
    printf("bitfield bytes:");
    for (size_t i = 0; i < sizeof bf; i++) printf(" %02x", raw[i]);
    printf("\n");

    /* unions show the byte order (sparc64 is big-endian) */
    union pun u;
    u.u64 = 0x0102030405060708ULL;
    printf("u8: %02x %02x .. %02x  u16[0]=%04x u32[0]=%08x u32[1]=%08x\n", u.u8[0], u.u8[1], u.u8[7], u.u16[0],
           u.u32[0], u.u32[1]);
    check(u.u8[0] == 0x01 && u.u32[0] == 0x01020304u, "big-endian byte order");
    u.d = -2.5;
    printf("-2.5 as bits %016llx\n", (unsigned long long)u.u64);
    check(u.u64 == 0xC004000000000000ULL, "double bits");
    u.s64 = -1;
    printf("u16[3] of -1 = %u\n", u.u16[3]);

    /* packed */
    struct packed_s ps = { 'p', 0x11223344, -2 };
    unsigned char pb[sizeof ps];
    memcpy(pb, &ps, sizeof ps);
    printf("packed sizeof %zu offsetof(i) %zu bytes:", sizeof ps, offsetof(struct packed_s, i));
    for (size_t i = 0; i < sizeof ps; i++) printf(" %02x", pb[i]);
    printf("\n");
    volatile struct packed_s *vps = &ps;
    vps->i += 1;       /* unaligned access the compiler must split */
    printf("packed i after += 1: %08x\n", (unsigned)vps->i);
    check(sizeof ps == 7 && ps.i == 0x11223345, "packed struct");

    /* offsets and sizes */
    printf("sizeof big %zu (a@%zu name@%zu d@%zu s@%zu), outer %zu, bits %zu, union %zu\n", sizeof(struct big),
           offsetof(struct big, a), offsetof(struct big, name), offsetof(struct big, d), offsetof(struct big, s),
           sizeof(struct outer), sizeof(struct bits), sizeof(union pun));

    /* flexible array member */
    struct flex *fl = malloc(sizeof *fl + 10 * sizeof(int));
    fl->n = 10;
    for (int i = 0; i < fl->n; i++) fl->data[i] = i * i;
    int fs = 0;
    for (int i = 0; i < fl->n; i++) fs += fl->data[i];
    printf("flex sum %d\n", fs);
    free(fl);

    /* nested + designated initializers */
    struct outer o = { .pos = { 3, -4 }, .items = { [0] = { "ab", { .i = 7 } }, [2] = { "xyz", { .f = 1.5f } } }, .count = 2 };
    struct outer o2 = o;          /* whole-struct copy */
    o.items[0].v.i = 99;
    printf("outer: pos %d,%d items %s/%d %s/%d %s/%.1f count %d\n", o2.pos.x, o2.pos.y, o2.items[0].tag, o2.items[0].v.i,
           o2.items[1].tag, o2.items[1].v.i, o2.items[2].tag, (double)o2.items[2].v.f, o2.count);
    check(o2.items[0].v.i == 7 && o.items[0].v.i == 99, "nested copy independent");

    /* array of structs sorted by hand (struct swaps) */
    struct pair pts[12];
    for (int i = 0; i < 12; i++) pts[i] = (struct pair){ (i * 7) % 12, i };
    for (int i = 1; i < 12; i++)
        for (int j = i; j > 0 && pts[j - 1].x > pts[j].x; j--) { struct pair tp = pts[j]; pts[j] = pts[j - 1]; pts[j - 1] = tp; }
    printf("sorted pairs:");
    for (int i = 0; i < 12; i++) printf(" (%ld,%ld)", pts[i].x, pts[i].y);
    printf("\n");

    printf("fails=%d\n", fails);
    return fails;
}
