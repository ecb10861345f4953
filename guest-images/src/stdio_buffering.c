/* stdio_buffering: interleaves stdio output with raw write(2) calls under
 * explicitly chosen buffering modes (set with setvbuf before any output,
 * so the result does not depend on whether stdout is a terminal, pipe or
 * file): full buffering with a 256-byte buffer on stdout, line-buffered and
 * unbuffered streams on dup()ed descriptors, fflush,
 * ungetc, fmemopen and open_memstream, and a large write through a
 * buffered stream.  The exact byte order of stdout is the test.
 * Exit code = failed checks. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int fails;
static char outbuf[256];

static void raw(const char *s)
{
    if (write(1, s, strlen(s)) != (ssize_t)strlen(s)) fails++;
}

int main(void)
{
    /* setvbuf is only valid before the first I/O on a stream, so each
       buffering mode gets its own stream, all sharing file descriptor 1's
       open file description (and therefore its offset) */
    setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
    FILE *lb = fdopen(dup(1), "w");
    FILE *nb = fdopen(dup(1), "w");
    if (!lb || !nb) return 99;
    setvbuf(lb, NULL, _IOLBF, 256);
    setvbuf(nb, NULL, _IONBF, 0);

    /* full buffering: stdio text appears only when the buffer fills or on
       fflush, so raw writes and the other streams overtake it */
    printf("[full-1]\n");
    raw("<raw-A>\n");
    printf("[full-2]\n");
    fflush(stdout);
    raw("<raw-B>\n");
    for (int i = 0; i < 60; i++) printf("[f%02d]", i);    /* 300 bytes: the 256-byte buffer fills once */
    raw("<raw-C>\n");
    printf("\n");
    fflush(stdout);

    /* line buffering: each newline flushes */
    fprintf(lb, "[line-1]\n");
    raw("<raw-D>\n");
    fprintf(lb, "[line-2 no newline yet]");
    raw("<raw-E>\n");
    fprintf(lb, "\n");

    /* unbuffered: every call writes at once */
    fprintf(nb, "[nobuf-1]");
    raw("<raw-F>");
    fprintf(nb, "[nobuf-2]\n");
    printf("[full-3 written before nobuf-3 but flushed after]\n");
    fprintf(nb, "[nobuf-3]\n");
    fflush(stdout);
    fclose(lb);
    fclose(nb);

    /* big output through the full buffer */
    unsigned long sum = 0;
    for (int i = 0; i < 2000; i++) {
        int n = printf("%d%c", i, i % 25 == 24 ? '\n' : ' ');
        sum += (unsigned long)n;
    }
    fflush(stdout);
    raw("<raw-G>\n");
    printf("printed %lu bytes in the big block\n", sum);
    if (sum != 8890) fails++;

    /* fmemopen + ungetc */
    char text[] = "12 34 abc";
    FILE *mf = fmemopen(text, strlen(text), "r");
    int a = 0, b = 0;
    char word[8] = "";
    if (fscanf(mf, "%d %d", &a, &b) != 2) fails++;
    int c = fgetc(mf);        /* the space */
    ungetc('X', mf);
    if (fscanf(mf, "%7s", word) != 1) fails++;
    fclose(mf);
    printf("fmemopen: a=%d b=%d c='%c' word='%s'\n", a, b, c, word);
    if (a != 12 || b != 34 || strcmp(word, "Xabc") != 0) fails++;

    /* open_memstream grows as needed */
    char *ms = NULL;
    size_t mlen = 0;
    FILE *w = open_memstream(&ms, &mlen);
    for (int i = 0; i < 300; i++) fprintf(w, "%03d,", i);
    fclose(w);
    printf("open_memstream: %zu bytes, starts '%.12s', ends '%s'\n", mlen, ms, ms + mlen - 8);
    if (mlen != 1200) fails++;
    free(ms);

    /* stderr is unbuffered by default */
    fprintf(stderr, "stderr line 1\n");
    write(2, "stderr raw\n", 11);
    fprintf(stderr, "stderr line 2\n");

    printf("fails=%d\n", fails);
    fflush(stdout);
    raw("<raw-last>\n");
    return fails;
}
