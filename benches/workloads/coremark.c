/* CoreMark-style integer mix (our own code, not CoreMark): linked-list
 * operations, an integer matrix multiply, a character-class state machine
 * and CRC16/CRC32, each iteration feeding a running CRC. Deterministic;
 * prints one checksum line per kernel and a final one. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bench.h"

#define ITERATIONS 400
#define LIST_NODES 1000
#define MAT_N 40
#define SM_LEN 4000

static uint32_t seed = 0x12345678u;
static uint32_t rnd(void)
{
    uint32_t x = seed;
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    return seed = x;
}

/* ---- CRC ---------------------------------------------------------------- */
static uint16_t crc16_u8(uint8_t data, uint16_t crc)
{
    /* CRC-16/CCITT, bitwise. */
    crc ^= (uint16_t)data << 8;
    for (int i = 0; i < 8; i++)
        crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x1021) : (uint16_t)(crc << 1);
    return crc;
}
static uint16_t crc16_u32(uint32_t v, uint16_t crc)
{
    crc = crc16_u8((uint8_t)(v >> 24), crc);
    crc = crc16_u8((uint8_t)(v >> 16), crc);
    crc = crc16_u8((uint8_t)(v >> 8), crc);
    return crc16_u8((uint8_t)v, crc);
}

static uint32_t crc32_table[256];
static void crc32_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc32_table[i] = c;
    }
}
static uint32_t crc32_buf(const uint8_t *p, size_t n, uint32_t crc)
{
    crc = ~crc;
    while (n--)
        crc = crc32_table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

/* ---- linked list -------------------------------------------------------- */
struct node {
    struct node *next;
    int16_t data;
    uint16_t idx;
};

static struct node pool[LIST_NODES];

static struct node *list_build(void)
{
    struct node *head = NULL;
    for (int i = LIST_NODES - 1; i >= 0; i--) {
        pool[i].data = (int16_t)(rnd() & 0x7fff);
        pool[i].idx = (uint16_t)i;
        pool[i].next = head;
        head = &pool[i];
    }
    return head;
}

static struct node *list_reverse(struct node *l)
{
    struct node *prev = NULL;
    while (l) {
        struct node *n = l->next;
        l->next = prev;
        prev = l;
        l = n;
    }
    return prev;
}

static struct node *list_find(struct node *l, int16_t data)
{
    while (l && l->data != data)
        l = l->next;
    return l;
}

static int cmp_data(const struct node *a, const struct node *b) { return a->data - b->data; }
static int cmp_idx(const struct node *a, const struct node *b) { return (int)a->idx - (int)b->idx; }

/* Bottom-up merge sort of a singly linked list. */
static struct node *list_sort(struct node *list, int (*cmp)(const struct node *, const struct node *))
{
    int insize = 1;
    for (;;) {
        struct node *p = list, *tail = NULL;
        int nmerges = 0;
        list = NULL;
        while (p) {
            nmerges++;
            struct node *q = p;
            int psize = 0;
            for (int i = 0; i < insize && q; i++) { psize++; q = q->next; }
            int qsize = insize;
            while (psize > 0 || (qsize > 0 && q)) {
                struct node *e;
                if (psize == 0) { e = q; q = q->next; qsize--; }
                else if (qsize == 0 || !q) { e = p; p = p->next; psize--; }
                else if (cmp(p, q) <= 0) { e = p; p = p->next; psize--; }
                else { e = q; q = q->next; qsize--; }
                if (tail) tail->next = e; else list = e;
                tail = e;
            }
            p = q;
        }
        tail->next = NULL;
        if (nmerges <= 1)
            return list;
        insize *= 2;
    }
}

static uint16_t list_bench(struct node **lp, uint16_t crc, int iter)
{
    struct node *l = *lp;
    int found = 0, missed = 0;
    for (int i = 0; i < 64; i++) {
        int16_t want = (int16_t)((i * 977 + iter * 31) & 0x7fff);
        struct node *n = list_find(l, want);
        if (n) { found++; crc = crc16_u32(n->idx, crc); }
        else missed++;
    }
    l = list_reverse(l);
    l = list_sort(l, cmp_data);
    crc = crc16_u32((uint32_t)(uint16_t)l->data, crc);
    /* bump some values so the next sort has work to do */
    int k = 0;
    for (struct node *n = l; n; n = n->next, k++)
        if ((k & 7) == (iter & 7))
            n->data = (int16_t)((n->data * 3 + 7) & 0x7fff);
    l = list_sort(l, cmp_idx);
    crc = crc16_u32((uint32_t)(found * 65536 + missed), crc);
    *lp = l;
    return crc;
}

/* ---- integer matrix ----------------------------------------------------- */
static int16_t ma[MAT_N][MAT_N], mb[MAT_N][MAT_N];
static int32_t mc[MAT_N][MAT_N];

static uint16_t matrix_bench(uint16_t crc, int iter)
{
    int16_t k = (int16_t)(iter | 1);
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++)
            ma[i][j] = (int16_t)(ma[i][j] + k);
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++) {
            int32_t s = 0;
            for (int x = 0; x < MAT_N; x++)
                s += (int32_t)ma[i][x] * (int32_t)mb[x][j];
            mc[i][j] = s;
        }
    uint32_t acc = 0;
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++) {
            uint32_t bits = ((uint32_t)mc[i][j] >> 2) & 0xf;
            acc += bits * (uint32_t)(i + 1) + ((uint32_t)mc[i][j] >> 7);
        }
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++)
            ma[i][j] = (int16_t)(ma[i][j] - k);
    return crc16_u32(acc, crc);
}

/* ---- state machine ------------------------------------------------------ */
enum st { S_START, S_INT, S_FLOAT, S_EXP, S_SCI, S_SIGN, S_INVALID, S_COUNT };
static char smbuf[SM_LEN + 1];

static void sm_init(void)
{
    static const char *toks[] = { "5012", "1234", "-874", "+122", "35.54", "0.0001",
                                  "-110.7", "+0.64", "5.500e+3", "-.123e-2", "-87e+832",
                                  "+0.6e-12", "T0.3e-1F", "-T.T++Tq", "1T3.4e4z", "34.0e-T^" };
    int p = 0;
    while (p < SM_LEN - 12) {
        const char *t = toks[rnd() % 16];
        size_t n = strlen(t);
        memcpy(smbuf + p, t, n);
        p += (int)n;
        smbuf[p++] = ',';
    }
    smbuf[p] = 0;
}

static enum st sm_step(char c, enum st s, uint32_t *trans)
{
    int digit = c >= '0' && c <= '9';
    enum st n = s;
    switch (s) {
    case S_START:
        if (digit) n = S_INT;
        else if (c == '+' || c == '-') n = S_SIGN;
        else if (c == '.') n = S_FLOAT;
        else n = S_INVALID;
        break;
    case S_SIGN:
        if (digit) n = S_INT;
        else if (c == '.') n = S_FLOAT;
        else n = S_INVALID;
        break;
    case S_INT:
        if (c == '.') n = S_FLOAT;
        else if (!digit) n = S_INVALID;
        break;
    case S_FLOAT:
        if (c == 'e' || c == 'E') n = S_EXP;
        else if (!digit) n = S_INVALID;
        break;
    case S_EXP:
        if (c == '+' || c == '-') n = S_SCI;
        else n = S_INVALID;
        break;
    case S_SCI:
        if (!digit) n = S_INVALID;
        break;
    default:
        break;
    }
    if (n != s) trans[n]++;
    return n;
}

static uint16_t sm_bench(uint16_t crc, int iter)
{
    uint32_t final[S_COUNT] = {0}, trans[S_COUNT] = {0};
    const char *p = smbuf;
    while (*p) {
        enum st s = S_START;
        while (*p && *p != ',')
            s = sm_step(*p++, s, trans);
        final[s]++;
        if (*p) p++;
    }
    /* corrupt a few characters, differently each iteration, then restore */
    for (int i = iter % 11; i < SM_LEN; i += 97)
        if (smbuf[i] != ',' && smbuf[i]) smbuf[i] ^= 1;
    for (int i = 0; i < S_COUNT; i++) {
        crc = crc16_u32(final[i], crc);
        crc = crc16_u32(trans[i], crc);
    }
    return crc;
}

int main(void)
{
    crc32_init();
    struct node *l = list_build();
    for (int i = 0; i < MAT_N; i++)
        for (int j = 0; j < MAT_N; j++) {
            ma[i][j] = (int16_t)((rnd() & 0x3ff) - 512);
            mb[i][j] = (int16_t)((rnd() & 0x3ff) - 512);
        }
    sm_init();

    uint16_t cl = 0, cm = 0, cs = 0;
    uint32_t c32 = 0;
    for (int it = 0; it < ITERATIONS; it++) {
        cl = list_bench(&l, cl, it);
        cm = matrix_bench(cm, it);
        cs = sm_bench(cs, it);
        uint8_t bytes[6] = { (uint8_t)(cl >> 8), (uint8_t)cl, (uint8_t)(cm >> 8),
                             (uint8_t)cm, (uint8_t)(cs >> 8), (uint8_t)cs };
        c32 = crc32_buf(bytes, sizeof bytes, c32);
        c32 = crc32_buf((const uint8_t *)smbuf, 256, c32);
    }
    printf("list   crc16 0x%04x\n", cl);
    printf("matrix crc16 0x%04x\n", cm);
    printf("state  crc16 0x%04x\n", cs);
    printf("final  crc32 0x%08x\n", c32);
    return 0;
}
