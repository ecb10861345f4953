/* Hash table: separate chaining with a node free list, 32-bit keys.
 * Rounds of insert / lookup (hits and misses) / delete, with growing and
 * shrinking live sets. Prints counts and a checksum. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "bench.h"

#define NBUCKETS (1u << 15)
#define ROUNDS 12
#define OPS 60000

struct entry {
    struct entry *next;
    uint32_t key;
    uint32_t value;
};

static struct entry *buckets[NBUCKETS];
static struct entry *free_list;
static uint32_t live;

static uint32_t seed = 0x9e3779b9u;
static uint32_t rnd(void)
{
    uint32_t x = seed;
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    return seed = x;
}

static uint32_t hash(uint32_t k)
{
    k ^= k >> 16; k *= 0x7feb352du;
    k ^= k >> 15; k *= 0x846ca68bu;
    k ^= k >> 16;
    return k & (NBUCKETS - 1);
}

static struct entry *alloc_entry(void)
{
    struct entry *e = free_list;
    if (e) { free_list = e->next; return e; }
    e = malloc(sizeof *e);
    if (!e) { puts("out of memory"); exit(1); }
    return e;
}

/* Returns 1 if newly inserted, 0 if updated. */
static int ht_insert(uint32_t key, uint32_t value)
{
    struct entry **b = &buckets[hash(key)];
    for (struct entry *e = *b; e; e = e->next)
        if (e->key == key) { e->value = value; return 0; }
    struct entry *e = alloc_entry();
    e->key = key; e->value = value; e->next = *b;
    *b = e;
    live++;
    return 1;
}

static struct entry *ht_lookup(uint32_t key)
{
    for (struct entry *e = buckets[hash(key)]; e; e = e->next)
        if (e->key == key) return e;
    return NULL;
}

static int ht_delete(uint32_t key)
{
    for (struct entry **p = &buckets[hash(key)]; *p; p = &(*p)->next)
        if ((*p)->key == key) {
            struct entry *e = *p;
            *p = e->next;
            e->next = free_list;
            free_list = e;
            live--;
            return 1;
        }
    return 0;
}

int main(void)
{
    uint64_t sum = 0;
    uint32_t inserted = 0, updated = 0, hits = 0, misses = 0, deleted = 0;
    for (int r = 0; r < ROUNDS; r++) {
        uint32_t space = 40000u + (uint32_t)r * 9000u;   /* key space: controls hit rate */
        uint32_t s0 = seed;
        for (int i = 0; i < OPS; i++) {
            uint32_t k = rnd() % space;
            if (ht_insert(k * 2654435761u, (uint32_t)i ^ k)) inserted++; else updated++;
        }
        for (int i = 0; i < 2 * OPS; i++) {
            uint32_t k = rnd() % (space + space / 2);
            struct entry *e = ht_lookup(k * 2654435761u);
            if (e) { hits++; sum += e->value; } else misses++;
        }
        seed = s0;   /* replay part of the insert stream and delete it */
        for (int i = 0; i < OPS * 2 / 3; i++) {
            uint32_t k = rnd() % space;
            if (ht_delete(k * 2654435761u)) deleted++;
        }
        seed ^= (uint32_t)r * 0x51ed27u + 1;
        sum = sum * 31 + live;
    }
    /* walk everything left */
    uint64_t walk = 0;
    for (uint32_t b = 0; b < NBUCKETS; b++)
        for (struct entry *e = buckets[b]; e; e = e->next)
            walk += (uint64_t)e->key * 3 + e->value;
    printf("inserted %u updated %u hits %u misses %u deleted %u live %u\n",
           inserted, updated, hits, misses, deleted, live);
    printf("checksum %llu walk %llu\n", (unsigned long long)sum, (unsigned long long)walk);
    return 0;
}
