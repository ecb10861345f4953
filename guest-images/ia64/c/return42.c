/* return42: returns 42 from main, after a little output on both streams
 * (the buffered stdout text must be flushed by the normal exit path). */
#include <stdio.h>

int main(void)
{
    printf("about to return 42 from main");   /* no newline: flushed at exit */
    fputs("stderr is unbuffered\n", stderr);
    return 42;
}
