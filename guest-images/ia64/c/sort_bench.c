/* sort_bench: a benchmark-like loop sorting the same pseudo-random data
 * with hand-written insertion sort, shell sort, heap sort, quicksort
 * (median of three, recursive), merge sort (top-down with a buffer),
 * LSD radix sort on 32-bit keys and libc qsort; every result is checked
 * against the others and a checksum of the sorted data is printed.
 * No timing is printed.  Exit code: number of algorithms that disagreed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define N 60000

static uint32_t lcg = 42;
static uint32_t next(void) { lcg = lcg * 1103515245u + 12345u; return (lcg >> 1) ^ (lcg << 15); }

static void insertion(uint32_t *a, long n)
{
    for (long i = 1; i < n; i++) {
        uint32_t v = a[i];
        long j = i - 1;
        while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}

static void shell(uint32_t *a, long n)
{
    static const long gaps[] = { 88573, 29524, 9841, 3280, 1093, 364, 121, 40, 13, 4, 1 };
    for (unsigned g = 0; g < sizeof gaps / sizeof gaps[0]; g++) {
        long gap = gaps[g];
        for (long i = gap; i < n; i++) {
            uint32_t v = a[i];
            long j = i;
            while (j >= gap && a[j - gap] > v) { a[j] = a[j - gap]; j -= gap; }
            a[j] = v;
        }
    }
}

static void sift(uint32_t *a, long start, long end)
{
    long root = start;
    while (2 * root + 1 <= end) {
        long child = 2 * root + 1, sw = root;
        if (a[sw] < a[child]) sw = child;
        if (child + 1 <= end && a[sw] < a[child + 1]) sw = child + 1;
        if (sw == root) return;
        uint32_t t = a[root]; a[root] = a[sw]; a[sw] = t;
        root = sw;
    }
}

static void heapsort_(uint32_t *a, long n)
{
    for (long s = (n - 2) / 2; s >= 0; s--) sift(a, s, n - 1);
    for (long end = n - 1; end > 0; end--) {
        uint32_t t = a[end]; a[end] = a[0]; a[0] = t;
        sift(a, 0, end - 1);
    }
}

static long max_qs_depth;
static void quick(uint32_t *a, long lo, long hi, long depth)
{
    if (depth > max_qs_depth) max_qs_depth = depth;
    while (hi - lo > 16) {
        long mid = lo + (hi - lo) / 2;
        if (a[mid] < a[lo]) { uint32_t t = a[mid]; a[mid] = a[lo]; a[lo] = t; }
        if (a[hi] < a[lo]) { uint32_t t = a[hi]; a[hi] = a[lo]; a[lo] = t; }
        if (a[hi] < a[mid]) { uint32_t t = a[hi]; a[hi] = a[mid]; a[mid] = t; }
        uint32_t pivot = a[mid];
        long i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) { uint32_t t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        /* recurse into the smaller half, loop on the larger */
        if (j - lo < hi - i) { quick(a, lo, j, depth + 1); lo = i; }
        else { quick(a, i, hi, depth + 1); hi = j; }
    }
    insertion(a + lo, hi - lo + 1);
}

static void merge_rec(uint32_t *a, uint32_t *tmp, long lo, long hi)
{
    if (hi - lo < 2) return;
    long mid = lo + (hi - lo) / 2;
    merge_rec(a, tmp, lo, mid);
    merge_rec(a, tmp, mid, hi);
    long i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    memcpy(a + lo, tmp + lo, (size_t)(hi - lo) * sizeof *a);
}

static void radix(uint32_t *a, long n)
{
    uint32_t *tmp = malloc((size_t)n * sizeof *a);
    for (int shift = 0; shift < 32; shift += 8) {
        long count[257] = { 0 };
        for (long i = 0; i < n; i++) count[((a[i] >> shift) & 0xff) + 1]++;
        for (int b = 0; b < 256; b++) count[b + 1] += count[b];
        for (long i = 0; i < n; i++) tmp[count[(a[i] >> shift) & 0xff]++] = a[i];
        memcpy(a, tmp, (size_t)n * sizeof *a);
    }
    free(tmp);
}

static int cmp_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return (a > b) - (a < b);
}

static uint64_t checksum(const uint32_t *a, long n)
{
    uint64_t h = 0;
    for (long i = 0; i < n; i++) h = (h ^ a[i]) * 0x100000001b3ULL + (uint64_t)i;
    return h;
}

static int sorted(const uint32_t *a, long n)
{
    for (long i = 1; i < n; i++) if (a[i - 1] > a[i]) return 0;
    return 1;
}

int main(void)
{
    static uint32_t orig[N], ref[N], work[N], tmp[N];
    int bad = 0;

    for (int round = 0; round < 3; round++) {
        long n = round == 0 ? 2000 : round == 1 ? 20000 : N;
        for (long i = 0; i < n; i++) orig[i] = round == 2 ? next() : next() % 1000;   /* round 0/1: many duplicates */
        memcpy(ref, orig, (size_t)n * 4);
        qsort(ref, (size_t)n, 4, cmp_u32);
        uint64_t want = checksum(ref, n);
        printf("round %d: n=%ld min %u max %u median %u checksum %016llx\n", round, n, ref[0], ref[n - 1], ref[n / 2],
               (unsigned long long)want);

        const char *names[] = { "insertion", "shell", "heap", "quick", "merge", "radix" };
        for (int alg = 0; alg < 6; alg++) {
            if (alg == 0 && n > 2000) continue;     /* quadratic: small input only */
            memcpy(work, orig, (size_t)n * 4);
            switch (alg) {
            case 0: insertion(work, n); break;
            case 1: shell(work, n); break;
            case 2: heapsort_(work, n); break;
            case 3: max_qs_depth = 0; quick(work, 0, n - 1, 0); break;
            case 4: merge_rec(work, tmp, 0, n); break;
            case 5: radix(work, n); break;
            }
            uint64_t got = checksum(work, n);
            int ok = got == want && sorted(work, n);
            printf("  %-9s %s\n", names[alg], ok ? "ok" : "MISMATCH");
            bad += !ok;
        }
        /* sort already-sorted and reverse-sorted data too */
        for (long i = 0; i < n; i++) work[i] = ref[n - 1 - i];
        quick(work, 0, n - 1, 0);
        bad += checksum(work, n) != want;
        heapsort_(work, n);
        bad += checksum(work, n) != want;
        printf("  reverse/sorted inputs %s\n", checksum(work, n) == want ? "ok" : "MISMATCH");
    }
    printf("quicksort recursion depth bounded: %s\n", max_qs_depth < 64 ? "yes" : "no");
    printf("bad=%d\n", bad);
    return bad;
}
