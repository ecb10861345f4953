/* A real program: libbz2 from Debian's bzip2 source package (fetched and
 * unpacked by build-workloads.sh, not kept in this repository), driven by
 * this file: compress and decompress generated text with the library's
 * buffer-to-buffer API, verify the round trip, print sizes and a checksum
 * of the compressed stream (bzip2's output does not depend on byte order). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bzlib.h"
#include "../workloads/bench.h"

#define IN_SIZE (600 * 1024)

static uint32_t seed = 0x1234567u;
static uint32_t rnd(void)
{
    uint32_t x = seed;
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    return seed = x;
}

static const char *words[] = {
    "the", "of", "and", "translation", "block", "register", "window", "branch", "delay", "slot",
    "cache", "compile", "guest", "host", "memory", "signal", "trap", "load", "store", "lazy",
    "condition", "codes", "region", "loop", "interpreter", "tier", "sparc", "itanium", "bundle", "stop",
};

int main(void)
{
    char *in = malloc(IN_SIZE);
    unsigned int clen = IN_SIZE + IN_SIZE / 100 + 600, dlen = IN_SIZE;
    char *comp = malloc(clen), *back = malloc(IN_SIZE);
    if (!in || !comp || !back) return 1;
    size_t n = 0;
    while (n < IN_SIZE) {
        uint32_t r = rnd();
        const char *w = words[r % (sizeof words / sizeof *words)];
        char tmp[32];
        int k = (r >> 8) % 16 == 0 ? snprintf(tmp, sizeof tmp, "%u ", (r >> 12) % 100000) : snprintf(tmp, sizeof tmp, "%s%s", w, (r >> 20) % 9 == 0 ? ".\n" : " ");
        for (int i = 0; i < k && n < IN_SIZE; i++) in[n++] = tmp[i];
    }
    int rc = BZ2_bzBuffToBuffCompress(comp, &clen, in, IN_SIZE, 5, 0, 30);
    if (rc != BZ_OK) { printf("compress failed %d\n", rc); return 1; }
    rc = BZ2_bzBuffToBuffDecompress(back, &dlen, comp, clen, 0, 0);
    if (rc != BZ_OK) { printf("decompress failed %d\n", rc); return 1; }
    uint32_t h = 2166136261u;
    for (unsigned int i = 0; i < clen; i++) h = (h ^ (uint8_t)comp[i]) * 16777619u;
    printf("bzip2 %s: %d -> %u bytes, fnv 0x%08x\n", dlen == IN_SIZE && memcmp(in, back, IN_SIZE) == 0 ? "ok" : "BAD", IN_SIZE, clen, h);
    free(in); free(comp); free(back);
    return 0;
}
