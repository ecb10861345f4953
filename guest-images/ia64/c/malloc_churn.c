/* malloc_churn: deterministic malloc/calloc/realloc/free churn.
 * Each live block is filled with a pattern derived from its slot and
 * generation; every access verifies the pattern, and checksums of the
 * contents are printed.  Pointers are never printed.
 * Exit code: 0 if no corruption was detected, 1 otherwise. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define SLOTS 512
#define ROUNDS 4000

static uint32_t rng_state = 0x12345678u;

static uint32_t rng(void)
{
    /* xorshift32 */
    uint32_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    rng_state = x;
    return x;
}

struct slot {
    unsigned char *p;
    size_t size;
    uint32_t seed;
};

static struct slot slots[SLOTS];
static int errors;

static unsigned char pat(uint32_t seed, size_t i)
{
    return (unsigned char)((seed * 2654435761u) >> 24 ^ (uint32_t)i * 31u);
}

static void fill(struct slot *s, size_t from)
{
    for (size_t i = from; i < s->size; i++)
        s->p[i] = pat(s->seed, i);
}

static int verify(const struct slot *s, size_t upto)
{
    /* every byte of the first 64, then a sparse sample, then the last byte */
    size_t n = upto < s->size ? upto : s->size;
    for (size_t i = 0; i < n; i += (i < 64 ? 1 : 29))
        if (s->p[i] != pat(s->seed, i))
            return 0;
    if (n && s->p[n - 1] != pat(s->seed, n - 1))
        return 0;
    return 1;
}

static size_t pick_size(void)
{
    uint32_t r = rng();
    switch (r & 7) {
    case 0: return 0;                       /* malloc(0) */
    case 1: return 1 + (r >> 8) % 16;       /* tiny */
    case 2: case 3: return 1 + (r >> 8) % 256;
    case 4: case 5: return 1 + (r >> 8) % 4096;
    case 6: return 4096 + (r >> 8) % 8192;
    default: return (r & 0x300) ? 1 + (r >> 10) % 512 : 132 * 1024 + (r >> 10) % (32 * 1024); /* sometimes mmap-sized */
    }
}

static uint32_t checksum_all(void)
{
    uint32_t h = 2166136261u;
    for (int i = 0; i < SLOTS; i++) {
        if (!slots[i].p)
            continue;
        for (size_t k = 0; k < slots[i].size; k += 61)
            h = (h ^ slots[i].p[k]) * 16777619u;
        h = (h ^ (uint32_t)slots[i].size) * 16777619u;
    }
    return h;
}

int main(void)
{
    unsigned long n_malloc = 0, n_free = 0, n_realloc = 0, n_calloc = 0;
    unsigned long long bytes = 0;
    uint32_t gen = 1;

    for (int round = 0; round < ROUNDS; round++) {
        uint32_t r = rng();
        struct slot *s = &slots[r % SLOTS];
        uint32_t op = (r >> 16) % 10;

        if (s->p && !verify(s, s->size)) {
            errors++;
            printf("corruption in slot %d at round %d\n", (int)(s - slots), round);
        }
        if (!s->p) {
            s->size = pick_size();
            s->seed = gen++;
            if (op < 3) {
                s->p = calloc(1, s->size ? s->size : 1);
                n_calloc++;
                for (size_t i = 0; i < s->size; i++)
                    if (s->p[i] != 0) { errors++; printf("calloc not zero\n"); break; }
            } else {
                s->p = malloc(s->size);
                n_malloc++;
            }
            if (!s->p && s->size) { printf("allocation failed\n"); return 2; }
            if (!s->p) s->p = malloc(1);   /* keep a real block for size 0 */
            fill(s, 0);
            bytes += s->size;
        } else if (op < 5) {
            free(s->p);
            s->p = NULL;
            n_free++;
        } else {
            size_t old = s->size;
            size_t nsz = pick_size();
            if (nsz == 0) nsz = 1;
            unsigned char *np = realloc(s->p, nsz);
            if (!np) { printf("realloc failed\n"); return 2; }
            n_realloc++;
            s->p = np;
            s->size = nsz;
            if (!verify(s, old < nsz ? old : nsz)) {
                errors++;
                printf("realloc lost data in slot %d\n", (int)(s - slots));
            }
            if (nsz > old)
                fill(s, old);
            bytes += nsz;
        }
        if (round % 400 == 399)
            printf("round %5d: checksum %08x\n", round + 1, checksum_all());
    }

    int live = 0;
    size_t live_bytes = 0;
    for (int i = 0; i < SLOTS; i++) {
        if (slots[i].p) {
            live++;
            live_bytes += slots[i].size;
            if (!verify(&slots[i], slots[i].size))
                errors++;
            free(slots[i].p);
            slots[i].p = NULL;
        }
    }
    printf("malloc=%lu calloc=%lu realloc=%lu free=%lu bytes=%llu\n",
           n_malloc, n_calloc, n_realloc, n_free, bytes);
    printf("live at end: %d blocks, %zu bytes\n", live, live_bytes);

    /* a linked list built and torn down */
    struct node { struct node *next; int v; char pad[20]; } *head = NULL;
    for (int i = 0; i < 5000; i++) {
        struct node *n = malloc(sizeof *n);
        n->v = i * 7 % 1000;
        n->next = head;
        head = n;
    }
    long sum = 0;
    int count = 0;
    while (head) {
        struct node *n = head;
        head = n->next;
        sum += n->v;
        count++;
        free(n);
    }
    printf("list: %d nodes, sum %ld\n", count, sum);

    /* growing buffer via realloc doubling */
    size_t cap = 1, len = 0;
    char *buf = malloc(cap);
    for (int i = 0; i < 10000; i++) {
        if (len + 1 > cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        buf[len++] = (char)('a' + i % 26);
    }
    uint32_t h = 0;
    for (size_t i = 0; i < len; i++)
        h = h * 31 + (unsigned char)buf[i];
    printf("grown buffer: len %zu cap %zu hash %08x\n", len, cap, h);
    free(buf);

    printf("errors=%d\n", errors);
    return errors ? 1 : 0;
}
