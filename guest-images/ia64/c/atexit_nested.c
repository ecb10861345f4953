/* atexit_nested: registers several atexit handlers (and one on_exit
 * handler, which sees the status), leaves unflushed output in stdout,
 * then calls exit(7) from a function nested 20 calls deep.  Handlers must
 * run in reverse order of registration, after which stdio is flushed.
 * A handler registered from inside a handler also runs.
 * Expected exit status: 7. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

static int order;

static void late(void) { printf("handler 'late' (registered during exit) ran at position %d\n", ++order); }
static void h1(void) { printf("handler h1 ran at position %d (registered first)\n", ++order); }
static void h2(void) { printf("handler h2 ran at position %d\n", ++order); }
static void h3(void) { printf("handler h3 ran at position %d; registering 'late'\n", ++order); atexit(late); }
static void on_ex(int status, void *arg)
{
    printf("on_exit handler: status %d arg '%s' position %d\n", status, (const char *)arg, ++order);
}
static void h4(void) { fprintf(stderr, "handler h4 writes to stderr, position %d\n", ++order); }

__attribute__((noinline)) static void nested(int depth)
{
    if (depth < 0)
        return;
    if (depth == 0) {
        printf("depth reached, calling exit(7) with pending output... ");
        exit(7);
    }
    nested(depth - 1);
    printf("never printed\n");
}

int main(void)
{
    atexit(h1);
    atexit(h2);
    on_exit(on_ex, "context");
    atexit(h3);
    atexit(h4);
    printf("registered 5 handlers\n");
    nested(20);
    return 0;
}
