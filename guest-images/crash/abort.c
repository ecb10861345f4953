/* abort: calls abort() after printing; abort raises SIGABRT, which is not
 * caught.  Expected: killed by SIGABRT (shell status 134).
 * Observed under qemu-sparc64 7.2: SIGABRT (status 134). */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    printf("before abort\n");
    fflush(stdout);
    abort();
}
