/* qsort_bsearch: qsort and bsearch on ints, long longs, strings (array
 * of pointers and 2-D char arrays) and structs with multi-key ordering.
 * Verifies sortedness, prints samples and checksums; exit code = errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

static uint32_t seed = 2463534242u;
static uint32_t rnd(void) { seed ^= seed << 13; seed ^= seed >> 17; seed ^= seed << 5; return seed; }

static int errors;
static unsigned long ncompares;

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    ncompares++;
    return (x > y) - (x < y);
}

static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }

static int cmp_ll(const void *a, const void *b)
{
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

static int cmp_strp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_str16(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

struct person {
    char name[12];
    int age;
    double score;
    unsigned id;
};

static int cmp_person(const void *a, const void *b)
{
    const struct person *p = a, *q = b;
    if (p->age != q->age) return p->age < q->age ? -1 : 1;
    int c = strcmp(p->name, q->name);
    if (c) return c;
    return (p->id > q->id) - (p->id < q->id);
}

static int cmp_person_id(const void *key, const void *elem)
{
    unsigned k = *(const unsigned *)key;
    unsigned id = ((const struct person *)elem)->id;
    return (k > id) - (k < id);
}

#define N 3000

int main(void)
{
    static int a[N];
    uint64_t h = 0;

    for (int i = 0; i < N; i++) a[i] = (int)(rnd() % 20001) - 10000;
    qsort(a, N, sizeof a[0], cmp_int);
    for (int i = 1; i < N; i++) if (a[i - 1] > a[i]) { errors++; break; }
    for (int i = 0; i < N; i++) h = h * 1000003 + (uint32_t)a[i];
    printf("ints: min %d max %d median %d hash %016llx\n", a[0], a[N - 1], a[N / 2], (unsigned long long)h);
    printf("ints: first 10:");
    for (int i = 0; i < 10; i++) printf(" %d", a[i]);
    printf("\n");

    /* bsearch for present and absent keys */
    int found = 0, absent = 0;
    for (int k = -10050; k <= 10050; k += 7) {
        int *p = bsearch(&k, a, N, sizeof a[0], cmp_int);
        if (p) { found++; if (*p != k) errors++; } else absent++;
    }
    printf("bsearch: found %d absent %d\n", found, absent);

    /* sorting already-sorted and reversed input, and all-equal input */
    qsort(a, N, sizeof a[0], cmp_int_desc);
    for (int i = 1; i < N; i++) if (a[i - 1] < a[i]) { errors++; break; }
    printf("desc: first %d last %d\n", a[0], a[N - 1]);
    for (int i = 0; i < N; i++) a[i] = 5;
    qsort(a, N, sizeof a[0], cmp_int);
    printf("all-equal sorted ok: %d\n", a[0] == 5 && a[N - 1] == 5);

    /* long long with extremes */
    long long ll[] = { 0, -1, 1, INT64_MAX, INT64_MIN, 4294967296LL, -4294967296LL, 42, -42, 7 };
    qsort(ll, sizeof ll / sizeof ll[0], sizeof ll[0], cmp_ll);
    printf("ll:");
    for (size_t i = 0; i < sizeof ll / sizeof ll[0]; i++) printf(" %lld", ll[i]);
    printf("\n");

    /* strings through pointers */
    const char *words[] = { "pear", "apple", "fig", "banana", "cherry", "date", "Apple", "apple pie",
                            "kiwi", "", "grape", "zucchini", "Banana", "elderberry", "lime", "lemon" };
    size_t nw = sizeof words / sizeof words[0];
    qsort(words, nw, sizeof words[0], cmp_strp);
    for (size_t i = 0; i < nw; i++) printf("word[%2zu] = '%s'\n", i, words[i]);
    const char *key = "fig";
    const char **hit = bsearch(&key, words, nw, sizeof words[0], cmp_strp);
    printf("bsearch fig -> index %ld\n", hit ? (long)(hit - words) : -1L);
    key = "mango";
    hit = bsearch(&key, words, nw, sizeof words[0], cmp_strp);
    printf("bsearch mango -> index %ld\n", hit ? (long)(hit - words) : -1L);

    /* fixed-width strings sorted in place */
    static char names[400][16];
    for (int i = 0; i < 400; i++) {
        int len = 1 + (int)(rnd() % 10);
        for (int k = 0; k < len; k++) names[i][k] = (char)('a' + rnd() % 5);
        names[i][len] = '\0';
    }
    qsort(names, 400, sizeof names[0], cmp_str16);
    for (int i = 1; i < 400; i++) if (strcmp(names[i - 1], names[i]) > 0) { errors++; break; }
    int dups = 0;
    for (int i = 1; i < 400; i++) dups += strcmp(names[i - 1], names[i]) == 0;
    printf("names: first '%s' last '%s' dups %d\n", names[0], names[399], dups);

    /* structs */
    static struct person people[500];
    static const char *first[] = { "ann", "bob", "cy", "dee", "eve", "fay", "gus", "hal" };
    for (int i = 0; i < 500; i++) {
        uint32_t r1 = rnd(), r2 = rnd();   /* explicit order: argument evaluation order is unspecified */
        snprintf(people[i].name, sizeof people[i].name, "%s%u", first[r1 % 8], r2 % 10);
        people[i].age = 18 + (int)(rnd() % 50);
        people[i].score = (double)(rnd() % 1000) / 8.0;
        people[i].id = 1000 + (unsigned)i * 3;
    }
    qsort(people, 500, sizeof people[0], cmp_person);
    for (int i = 1; i < 500; i++) if (cmp_person(&people[i - 1], &people[i]) > 0) { errors++; break; }
    for (int i = 0; i < 500; i += 50)
        printf("person %3d: %-6s age %2d score %7.3f id %u\n", i, people[i].name, people[i].age,
               people[i].score, people[i].id);
    /* re-sort by id then bsearch by id */
    for (int i = 0; i < 500; i++)
        for (int j = i; j > 0 && people[j - 1].id > people[j].id; j--) {
            struct person t = people[j]; people[j] = people[j - 1]; people[j - 1] = t;
        }
    unsigned ids[] = { 1000, 1003, 1004, 2497, 2500, 999, 1600 };
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        struct person *p = bsearch(&ids[i], people, 500, sizeof people[0], cmp_person_id);
        printf("id %u -> %s\n", ids[i], p ? p->name : "(none)");
    }
    printf("comparisons in int sorts: %s\n", ncompares > 0 ? "some" : "none");
    printf("errors=%d\n", errors);
    return errors;
}
