/* string_search: strchr, strrchr, strstr, strtok, strtok_r, strspn,
 * strcspn, strpbrk, memchr, memrchr, strdup/strndup.  Positions are
 * printed as offsets, never as pointers.  Exit code = failures. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fails;

static long off(const char *base, const void *p) { return p ? (long)((const char *)p - base) : -1; }

static void want(long got, long expect, const char *what)
{
    printf("%-34s %ld\n", what, got);
    if (got != expect) {
        fails++;
        printf("  FAIL: expected %ld\n", expect);
    }
}

int main(void)
{
    const char *text = "the quick brown fox jumps over the lazy dog; the end.";

    want(off(text, strchr(text, 'q')), 4, "strchr q");
    want(off(text, strchr(text, 't')), 0, "strchr t");
    want(off(text, strrchr(text, 't')), 45, "strrchr t");
    want(off(text, strchr(text, 'Z')), -1, "strchr Z (absent)");
    want(off(text, strchr(text, '\0')), (long)strlen(text), "strchr NUL");
    want(off(text, strrchr(text, '\0')), (long)strlen(text), "strrchr NUL");
    want(off(text, strstr(text, "the")), 0, "strstr the");
    want(off(text, strstr(text + 1, "the")), 31, "strstr the (from 1)");
    want(off(text, strstr(text, "lazy dog")), 35, "strstr lazy dog");
    want(off(text, strstr(text, "")), 0, "strstr empty");
    want(off(text, strstr(text, "cat")), -1, "strstr cat");
    want(off(text, strstr(text, "end.")), 49, "strstr end.");
    want(off(text, strpbrk(text, "xyz")), 18, "strpbrk xyz");
    want((long)strspn(text, "the "), 4, "strspn 'the '");
    want((long)strspn(text, "abcdefghijklmnopqrstuvwxyz "), 43, "strspn letters+space");
    want((long)strcspn(text, ";."), 43, "strcspn ;.");
    want((long)strcspn(text, ""), (long)strlen(text), "strcspn empty set");
    want((long)strspn("", "abc"), 0, "strspn empty string");
    want(off(text, memchr(text, 'o', 10)), -1, "memchr o in 10");
    want(off(text, memchr(text, 'o', 20)), 12, "memchr o in 20");
    want(off(text, memrchr(text, 'o', strlen(text))), 41, "memrchr o");
    want(off(text, strcasestr(text, "QUICK")), 4, "strcasestr QUICK");

    /* memchr must not stop at NUL */
    char bin[64];
    for (int i = 0; i < 64; i++) bin[i] = (char)(i % 8);
    bin[50] = (char)0xff;
    want(off(bin, memchr(bin, 0xff, 64)), 50, "memchr 0xff past NULs");
    want(off(bin, memchr(bin, 0x1ff, 64)), 50, "memchr int 0x1ff -> 0xff");

    /* every character position of strchr / strrchr */
    long acc = 0;
    for (int c = 'a'; c <= 'z'; c++)
        acc = acc * 3 + off(text, strchr(text, c)) + 7 * off(text, strrchr(text, c));
    printf("strchr/strrchr alphabet digest %ld\n", acc);

    /* strtok over a CSV-ish string with repeated delimiters */
    char line[] = ",,alpha,beta;;gamma, delta ,,epsilon;";
    int n = 0;
    for (char *tok = strtok(line, ",;"); tok; tok = strtok(NULL, ",;")) {
        printf("tok[%d] = '%s'\n", n++, tok);
    }
    want(n, 5, "strtok token count");

    /* nested strtok_r: records and fields */
    char recs[] = "a=1&b=22&ccc=333&=empty&d=";
    char *save1, *save2;
    int nrec = 0;
    for (char *r = strtok_r(recs, "&", &save1); r; r = strtok_r(NULL, "&", &save1)) {
        char *k = strtok_r(r, "=", &save2);
        char *v = strtok_r(NULL, "=", &save2);
        printf("rec %d: key=%s val=%s\n", nrec++, k ? k : "(null)", v ? v : "(null)");
    }
    want(nrec, 5, "strtok_r record count");

    /* strsep keeps empty fields */
    char sepbuf[] = "x::y:z:";
    char *cur = sepbuf, *f;
    int nf = 0;
    while ((f = strsep(&cur, ":")) != NULL)
        printf("strsep field %d: '%s'\n", nf++, f);
    want(nf, 5, "strsep field count");

    /* strdup / strndup */
    char *d1 = strdup(text);
    char *d2 = strndup(text, 9);
    printf("strdup equal=%d strndup='%s' len=%zu\n", strcmp(d1, text) == 0, d2, strlen(d2));
    if (strcmp(d2, "the quick") != 0) fails++;
    free(d1);
    free(d2);

    /* count occurrences of every 2-letter pattern via strstr */
    const char *hay = "abababcabcabcdabcdeabcdefaaaaa";
    const char *needles[] = { "ab", "abc", "aa", "cd", "e", "zz", "abcdef", "aaaa" };
    for (size_t i = 0; i < sizeof needles / sizeof needles[0]; i++) {
        int cnt = 0;
        for (const char *p = hay; (p = strstr(p, needles[i])) != NULL; p++)
            cnt++;
        printf("'%s' occurs %d times (overlapping)\n", needles[i], cnt);
    }

    printf("fails=%d\n", fails);
    return fails;
}
