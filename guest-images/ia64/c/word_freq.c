/* word_freq: reads all of stdin with fread in chunks, splits it into
 * lower-cased words (letters, digits and apostrophes), counts them in a
 * chained hash table, and prints the words sorted by descending count
 * then alphabetically, plus totals.  With empty stdin it prints zeros.
 * Exit code: number of distinct words modulo 256. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>

struct entry { char *word; long count; struct entry *next; };

#define NBUCKETS 257
static struct entry *table[NBUCKETS];
static long distinct;

static uint32_t hash(const char *s)
{
    uint32_t h = 5381;
    while (*s) h = h * 33 ^ (unsigned char)*s++;
    return h;
}

static void add(const char *w)
{
    uint32_t b = hash(w) % NBUCKETS;
    for (struct entry *e = table[b]; e; e = e->next)
        if (strcmp(e->word, w) == 0) { e->count++; return; }
    struct entry *e = malloc(sizeof *e);
    e->word = strdup(w);
    e->count = 1;
    e->next = table[b];
    table[b] = e;
    distinct++;
}

static int by_count(const void *a, const void *b)
{
    const struct entry *x = *(struct entry *const *)a, *y = *(struct entry *const *)b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    return strcmp(x->word, y->word);
}

int main(void)
{
    char chunk[64];            /* small chunks: words straddle chunk boundaries */
    char word[128];
    size_t wl = 0, n;
    long total = 0, chars = 0;

    while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0) {
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)chunk[i];
            chars++;
            if (isalnum(c) || c == '\'') {
                if (wl < sizeof word - 1) word[wl++] = (char)tolower(c);
            } else if (wl) {
                word[wl] = '\0';
                add(word);
                total++;
                wl = 0;
            }
        }
    }
    if (wl) { word[wl] = '\0'; add(word); total++; }

    struct entry **all = malloc(sizeof *all * (size_t)(distinct ? distinct : 1));
    long k = 0;
    int longest_chain = 0;
    for (int b = 0; b < NBUCKETS; b++) {
        int chain = 0;
        for (struct entry *e = table[b]; e; e = e->next) { all[k++] = e; chain++; }
        if (chain > longest_chain) longest_chain = chain;
    }
    qsort(all, (size_t)distinct, sizeof *all, by_count);
    for (long i = 0; i < distinct; i++)
        printf("%5ld %s\n", all[i]->count, all[i]->word);
    printf("chars %ld words %ld distinct %ld longest-chain %d\n", chars, total, distinct, longest_chain);
    for (long i = 0; i < distinct; i++) { free(all[i]->word); free(all[i]); }
    free(all);
    return (int)(distinct % 256);
}
