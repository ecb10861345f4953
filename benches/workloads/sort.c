/* Sorting: quicksort (median of three, insertion sort for small ranges) and
 * top-down merge sort of pseudo-random uint32 arrays, verified and
 * checksummed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "bench.h"

#define N 100000
#define ROUNDS 6

static uint32_t seed = 0xdeadbeefu;
static uint32_t rnd(void)
{
    uint32_t x = seed;
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    return seed = x;
}

static void insertion(uint32_t *a, int lo, int hi)
{
    for (int i = lo + 1; i <= hi; i++) {
        uint32_t v = a[i];
        int j = i - 1;
        while (j >= lo && a[j] > v) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}

static void swap(uint32_t *a, int i, int j) { uint32_t t = a[i]; a[i] = a[j]; a[j] = t; }

static void quicksort(uint32_t *a, int lo, int hi)
{
    while (hi - lo > 16) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] < a[lo]) swap(a, mid, lo);
        if (a[hi] < a[lo]) swap(a, hi, lo);
        if (a[hi] < a[mid]) swap(a, hi, mid);
        uint32_t pivot = a[mid];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) { swap(a, i, j); i++; j--; }
        }
        /* recurse into the smaller half, loop on the larger */
        if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; }
        else { quicksort(a, i, hi); hi = j; }
    }
    insertion(a, lo, hi);
}

static void merge_sort(uint32_t *a, uint32_t *tmp, int lo, int hi)
{
    if (hi - lo < 12) { insertion(a, lo, hi); return; }
    int mid = lo + (hi - lo) / 2;
    merge_sort(a, tmp, lo, mid);
    merge_sort(a, tmp, mid + 1, hi);
    if (a[mid] <= a[mid + 1]) return;
    int i = lo, j = mid + 1, k = lo;
    while (i <= mid && j <= hi) tmp[k++] = (a[i] <= a[j]) ? a[i++] : a[j++];
    while (i <= mid) tmp[k++] = a[i++];
    while (j <= hi) tmp[k++] = a[j++];
    for (k = lo; k <= hi; k++) a[k] = tmp[k];
}

static uint32_t check(const uint32_t *a, int n, int *ok)
{
    uint32_t h = 2166136261u;
    for (int i = 0; i < n; i++) {
        if (i && a[i - 1] > a[i]) *ok = 0;
        h = (h ^ a[i]) * 16777619u;
    }
    return h;
}

int main(void)
{
    uint32_t *a = malloc(N * sizeof *a), *b = malloc(N * sizeof *b), *tmp = malloc(N * sizeof *tmp);
    if (!a || !b || !tmp) return 1;
    int ok = 1;
    uint32_t hq = 0, hm = 0;
    for (int r = 0; r < ROUNDS; r++) {
        /* round 0: random; 1: few distinct values; 2: mostly sorted */
        for (int i = 0; i < N; i++) {
            uint32_t v = rnd();
            if (r % 3 == 1) v &= 0xff;
            if (r % 3 == 2) v = (rnd() % 8 == 0) ? v : (uint32_t)i * 1000u;
            a[i] = b[i] = v;
        }
        quicksort(a, 0, N - 1);
        merge_sort(b, tmp, 0, N - 1);
        hq ^= check(a, N, &ok) + (uint32_t)r;
        hm ^= check(b, N, &ok) + (uint32_t)r;
        for (int i = 0; i < N; i++)
            if (a[i] != b[i]) ok = 0;
    }
    printf("sorted %s quick 0x%08x merge 0x%08x median %u\n", ok ? "ok" : "BAD", hq, hm, a[N / 2]);
    free(a); free(b); free(tmp);
    return 0;
}
