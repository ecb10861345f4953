/* Compression: an LZ77 (LZSS-style) compressor with hash chains and its
 * decompressor, round-tripping generated text; then an LZW compressor and
 * decompressor over the same text. Verifies the round trips and prints sizes
 * and checksums. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bench.h"

#define TEXT_LEN (192 * 1024)
#define WINDOW 4096
#define MIN_MATCH 3
#define MAX_MATCH 18
#define HASH_BITS 12
#define MAX_CHAIN 32
#define ROUNDS 10

static uint32_t seed = 0x2545f491u;
static uint32_t rnd(void)
{
    uint32_t x = seed;
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    return seed = x;
}

static const char *words[] = {
    "the", "of", "and", "to", "in", "is", "translator", "guest", "host", "block",
    "register", "window", "branch", "delay", "slot", "compile", "cranelift", "sparc",
    "instruction", "memory", "load", "store", "trap", "signal", "program", "fast",
    "qemu", "native", "measure", "cache", "a", "with", "for", "that", "it", "on",
};

static size_t gen_text(uint8_t *t, size_t n)
{
    size_t p = 0;
    int col = 0;
    while (p < n - 16) {
        const char *w = words[(rnd() % 36 + rnd() % 36) / 2];   /* skewed choice */
        size_t l = strlen(w);
        memcpy(t + p, w, l);
        p += l;
        col += (int)l + 1;
        if (rnd() % 13 == 0) { t[p++] = ','; col++; }
        if (col > 70) { t[p++] = '\n'; col = 0; }
        else t[p++] = ' ';
        if (rnd() % 50 == 0) p += (size_t)sprintf((char *)t + p, "%u ", rnd() % 1000);
    }
    return p;
}

/* ---- LZSS: flag byte per 8 items; literal = 1 byte, match = 2 bytes (12-bit
 * distance-1, 4-bit length-MIN_MATCH). */
static int32_t head[1 << HASH_BITS];
static int32_t prev_pos[WINDOW];

static uint32_t h3(const uint8_t *p)
{
    return ((uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2]) * 2654435761u >> (32 - HASH_BITS);
}

static size_t lz_compress(const uint8_t *in, size_t n, uint8_t *out)
{
    for (int i = 0; i < (1 << HASH_BITS); i++) head[i] = -1;
    size_t o = 0, i = 0;
    while (i < n) {
        size_t flag_at = o++;
        uint8_t flags = 0;
        for (int bit = 0; bit < 8 && i < n; bit++) {
            int best_len = 0, best_dist = 0;
            if (i + MIN_MATCH <= n) {
                uint32_t h = h3(in + i);
                int32_t c = head[h];
                int chain = MAX_CHAIN;
                while (c >= 0 && (size_t)c + WINDOW > i && chain--) {
                    int l = 0;
                    size_t maxl = n - i < MAX_MATCH ? n - i : MAX_MATCH;
                    while ((size_t)l < maxl && in[c + l] == in[i + l]) l++;
                    if (l > best_len) { best_len = l; best_dist = (int)(i - (size_t)c); if (l == MAX_MATCH) break; }
                    int32_t nc = prev_pos[c % WINDOW];
                    if (nc >= c) break;
                    c = nc;
                }
            }
            int adv = best_len >= MIN_MATCH ? best_len : 1;
            if (best_len >= MIN_MATCH) {
                flags |= (uint8_t)(1u << bit);
                uint32_t d = (uint32_t)best_dist - 1;
                out[o++] = (uint8_t)(d >> 4);
                out[o++] = (uint8_t)((d & 0xf) << 4 | (uint32_t)(best_len - MIN_MATCH));
            } else {
                out[o++] = in[i];
            }
            for (int k = 0; k < adv; k++, i++) {
                if (i + MIN_MATCH <= n) {
                    uint32_t h = h3(in + i);
                    prev_pos[i % WINDOW] = head[h];
                    head[h] = (int32_t)i;
                }
            }
        }
        out[flag_at] = flags;
    }
    return o;
}

static size_t lz_decompress(const uint8_t *in, size_t n, uint8_t *out)
{
    size_t i = 0, o = 0;
    while (i < n) {
        uint8_t flags = in[i++];
        for (int bit = 0; bit < 8 && i < n; bit++) {
            if (flags & (1u << bit)) {
                uint32_t d = ((uint32_t)in[i] << 4 | in[i + 1] >> 4) + 1;
                int len = (in[i + 1] & 0xf) + MIN_MATCH;
                i += 2;
                for (int k = 0; k < len; k++, o++) out[o] = out[o - d];
            } else {
                out[o++] = in[i++];
            }
        }
    }
    return o;
}

/* ---- LZW with 12-bit codes, dictionary reset when full. Codes are stored
 * as uint16_t. */
#define LZW_MAX 4096
static int16_t lzw_child[LZW_MAX][256];   /* trie: code x byte -> code */

static size_t lzw_compress(const uint8_t *in, size_t n, uint16_t *out)
{
    int next = 256;
    memset(lzw_child, 0xff, sizeof lzw_child);
    size_t o = 0;
    int cur = in[0];
    for (size_t i = 1; i < n; i++) {
        int c = in[i];
        int nx = lzw_child[cur][c];
        if (nx >= 0) { cur = nx; continue; }
        out[o++] = (uint16_t)cur;
        if (next < LZW_MAX) lzw_child[cur][c] = (int16_t)next++;
        else { memset(lzw_child, 0xff, sizeof lzw_child); next = 256; }
        cur = c;
    }
    out[o++] = (uint16_t)cur;
    return o;
}

static uint16_t dprefix[LZW_MAX];
static uint8_t dbyte[LZW_MAX];
static uint8_t dfirst[LZW_MAX];

static size_t emit(int code, uint8_t *out)
{
    uint8_t tmp[LZW_MAX];
    int l = 0;
    while (code >= 256) { tmp[l++] = dbyte[code]; code = dprefix[code]; }
    tmp[l++] = (uint8_t)code;
    for (int k = 0; k < l; k++) out[k] = tmp[l - 1 - k];
    return (size_t)l;
}

static size_t lzw_decompress(const uint16_t *in, size_t n, uint8_t *out)
{
    int next = 256;
    size_t o = 0;
    for (int c = 0; c < 256; c++) dfirst[c] = (uint8_t)c;
    int prev = in[0];
    o += emit(prev, out + o);
    for (size_t i = 1; i < n; i++) {
        int code = in[i];
        uint8_t first;
        if (code < next || code < 256) {
            first = dfirst[code];
            if (next < LZW_MAX) {
                dprefix[next] = (uint16_t)prev; dbyte[next] = first; dfirst[next] = dfirst[prev]; next++;
            } else next = 256;
            o += emit(code, out + o);
        } else {   /* KwKwK case */
            first = dfirst[prev];
            dprefix[next] = (uint16_t)prev; dbyte[next] = first; dfirst[next] = dfirst[prev]; next++;
            o += emit(code, out + o);
        }
        prev = code;
    }
    return o;
}

static uint32_t fnv(const uint8_t *p, size_t n)
{
    uint32_t h = 2166136261u;
    while (n--) h = (h ^ *p++) * 16777619u;
    return h;
}

int main(void)
{
    uint8_t *text = malloc(TEXT_LEN), *packed = malloc(TEXT_LEN * 2), *back = malloc(TEXT_LEN + 64);
    uint16_t *codes = malloc(TEXT_LEN * sizeof *codes);
    if (!text || !packed || !back || !codes) return 1;
    size_t n = gen_text(text, TEXT_LEN);

    size_t total_lz = 0, total_lzw = 0;
    uint32_t hz = 0;
    int ok = 1;
    for (int round = 0; round < ROUNDS; round++) {
        size_t m = n - (size_t)round * 997;
        size_t c = lz_compress(text, m, packed);
        size_t d = lz_decompress(packed, c, back);
        if (d != m || memcmp(text, back, m)) ok = 0;
        total_lz += c;
        hz ^= fnv(packed, c);

        size_t w = lzw_compress(text, m, codes);
        size_t d2 = lzw_decompress(codes, w, back);
        if (d2 != m || memcmp(text, back, m)) ok = 0;
        total_lzw += w;
        hz ^= (uint32_t)w;
        for (size_t k = 0; k < w; k++) hz = hz * 31 + codes[k];
    }
    printf("text %u bytes, lz77 %u bytes, lzw %u codes, roundtrip %s, hash 0x%08x\n",
           (unsigned)n, (unsigned)total_lz, (unsigned)total_lzw, ok ? "ok" : "BAD", hz);
    return 0;
}
