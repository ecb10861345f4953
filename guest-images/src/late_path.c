/* late_path: loops with a path that no iteration takes at first and most
 * take later (the input changes), as compress's match loop does once the
 * data repeats.  A translator that compiles a loop when it gets hot sees
 * the path cold; lastmile compiles the loop again with it once it is hot
 * (runtime sparc/exec.rs `rejoin_region`).  Prints checksums of each
 * phase; exit code = failed checks. */
#include <stdint.h>
#include <stdio.h>

#define N 4096
#define ROUNDS 400

static uint8_t buf[N];
static uint32_t hist[64];

/* Count runs of equal bytes: the inner `while` only loops once the buffer
 * holds repeats, which it does from round ROUNDS / 4 on. */
static uint32_t runs(const uint8_t *p, int n, uint32_t *longest)
{
    uint32_t count = 0, best = 0;
    for (int i = 0; i < n;) {
        int j = i + 1;
        if (p[j - 1] == p[j % n] && j < n) {
            while (j < n && p[j] == p[i])
                j++;
            hist[(j - i) & 63]++;
        }
        if ((uint32_t)(j - i) > best)
            best = j - i;
        count++;
        i = j;
    }
    *longest = best;
    return count;
}

int main(void)
{
    uint32_t x = 12345, total = 0, longest = 0, fails = 0;
    for (int r = 0; r < ROUNDS; r++) {
        for (int i = 0; i < N; i++) {
            x = x * 1103515245u + 12345u;
            /* distinct neighbours at first, runs of 1-8 equal bytes later */
            buf[i] = r < ROUNDS / 4 ? (uint8_t)i : (uint8_t)((x >> 16) & 7 ? buf[i > 0 ? i - 1 : 0] : x >> 24);
        }
        uint32_t l;
        total += runs(buf, N, &l);
        if (l > longest)
            longest = l;
    }
    uint32_t h = 0;
    for (int i = 0; i < 64; i++)
        h = h * 31 + hist[i];
    printf("runs %u longest %u hist %08x\n", total, longest, h);
    /* round 0 alone: every byte differs from the next */
    uint32_t l0;
    for (int i = 0; i < N; i++)
        buf[i] = (uint8_t)i;
    if (runs(buf, N, &l0) != N || l0 != 1) {
        printf("FAIL: distinct bytes: %u runs, longest %u\n", runs(buf, N, &l0), l0);
        fails++;
    }
    return (int)fails;
}
