/* hashtable: an open-addressing hash table (linear probing, tombstones,
 * resizing) mapping 64-bit keys to values, exercised with a deterministic
 * mix of inserts, updates, lookups and deletes, and cross-checked against
 * a simple direct-mapped shadow array.  Also a small chained table with
 * string keys.
 * Exit code: number of mismatches between the table and the shadow. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define EMPTY 0
#define FULL 1
#define TOMB 2

struct slot { uint64_t key; int64_t val; unsigned char state; };
struct table { struct slot *s; size_t cap, used, tombs, resizes; long probes; };

static uint64_t mix64(uint64_t k)
{
    k ^= k >> 33; k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

static void t_init(struct table *t, size_t cap)
{
    t->s = calloc(cap, sizeof *t->s);
    t->cap = cap;
    t->used = t->tombs = 0;
}

static void t_put(struct table *t, uint64_t key, int64_t val);

static void t_grow(struct table *t)
{
    struct slot *old = t->s;
    size_t oldcap = t->cap;
    t_init(t, oldcap * 2);
    t->resizes++;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].state == FULL) t_put(t, old[i].key, old[i].val);
    free(old);
}

static void t_put(struct table *t, uint64_t key, int64_t val)
{
    if ((t->used + t->tombs + 1) * 4 > t->cap * 3) t_grow(t);
    size_t i = mix64(key) & (t->cap - 1), tomb = SIZE_MAX;
    for (;;) {
        t->probes++;
        struct slot *s = &t->s[i];
        if (s->state == EMPTY) {
            if (tomb != SIZE_MAX) { s = &t->s[tomb]; t->tombs--; }
            s->key = key; s->val = val; s->state = FULL; t->used++;
            return;
        }
        if (s->state == TOMB) { if (tomb == SIZE_MAX) tomb = i; }
        else if (s->key == key) { s->val = val; return; }
        i = (i + 1) & (t->cap - 1);
    }
}

static struct slot *t_find(struct table *t, uint64_t key)
{
    size_t i = mix64(key) & (t->cap - 1);
    for (;;) {
        t->probes++;
        struct slot *s = &t->s[i];
        if (s->state == EMPTY) return NULL;
        if (s->state == FULL && s->key == key) return s;
        i = (i + 1) & (t->cap - 1);
    }
}

static int t_del(struct table *t, uint64_t key)
{
    struct slot *s = t_find(t, key);
    if (!s) return 0;
    s->state = TOMB;
    t->used--;
    t->tombs++;
    return 1;
}

/* chained string table */
struct node { char *key; int count; struct node *next; };
static struct node *buckets[101];
static unsigned str_hash(const char *s) { unsigned h = 0; while (*s) h = h * 37 + (unsigned char)*s++; return h % 101; }
static void s_inc(const char *k)
{
    unsigned b = str_hash(k);
    for (struct node *n = buckets[b]; n; n = n->next) if (!strcmp(n->key, k)) { n->count++; return; }
    struct node *n = malloc(sizeof *n);
    n->key = strdup(k); n->count = 1; n->next = buckets[b]; buckets[b] = n;
}
static int s_get(const char *k)
{
    for (struct node *n = buckets[str_hash(k)]; n; n = n->next) if (!strcmp(n->key, k)) return n->count;
    return 0;
}

#define KEYSPACE 20000

int main(void)
{
    struct table t = { 0 };
    t_init(&t, 16);
    static int64_t shadow[KEYSPACE];
    static unsigned char present[KEYSPACE];
    int mismatches = 0;
    uint64_t r = 88172645463325252ULL;
    long ops[4] = { 0 };

    for (int step = 0; step < 120000; step++) {
        r ^= r << 13; r ^= r >> 7; r ^= r << 17;
        uint64_t k = (r >> 8) % KEYSPACE;
        uint64_t key = k * 0x9E3779B97F4A7C15ULL;     /* spread the keys */
        int op = (int)(r & 3);
        ops[op]++;
        switch (op) {
        case 0: case 1:
            t_put(&t, key, (int64_t)(r >> 20));
            shadow[k] = (int64_t)(r >> 20);
            present[k] = 1;
            break;
        case 2: {
            struct slot *s = t_find(&t, key);
            if ((s != NULL) != present[k] || (s && s->val != shadow[k])) mismatches++;
            break;
        }
        case 3:
            if (t_del(&t, key) != present[k]) mismatches++;
            present[k] = 0;
            break;
        }
        if (step % 20000 == 19999)
            printf("step %6d: used %zu tombs %zu cap %zu resizes %zu\n", step + 1, t.used, t.tombs, t.cap, t.resizes);
    }
    size_t live = 0;
    int64_t vsum = 0;
    for (int k = 0; k < KEYSPACE; k++) {
        struct slot *s = t_find(&t, (uint64_t)k * 0x9E3779B97F4A7C15ULL);
        if ((s != NULL) != present[k]) mismatches++;
        if (s) { live++; vsum += s->val; if (s->val != shadow[k]) mismatches++; }
    }
    printf("ops put=%ld find=%ld del=%ld; live %zu (table says %zu); value sum %lld\n", ops[0] + ops[1], ops[2], ops[3],
           live, t.used, (long long)vsum);
    printf("average probes per operation below 4: %s\n", t.probes < 4L * 140000 ? "yes" : "no");
    free(t.s);

    const char *text[] = { "alpha", "beta", "gamma", "alpha", "delta", "beta", "alpha", "epsilon", "zeta", "eta",
                           "theta", "gamma", "alpha" };
    for (int rep = 0; rep < 50; rep++)
        for (unsigned i = 0; i < sizeof text / sizeof text[0]; i++) s_inc(text[i]);
    const char *q[] = { "alpha", "beta", "gamma", "delta", "omega" };
    for (unsigned i = 0; i < 5; i++) printf("count(%s) = %d\n", q[i], s_get(q[i]));
    if (s_get("alpha") != 200 || s_get("omega") != 0) mismatches++;

    printf("mismatches=%d\n", mismatches);
    return mismatches;
}
