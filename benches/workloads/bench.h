/* Included by every workload after its system headers: BENCH_SCALE=N in the
 * environment runs the workload's main N times (default 1), so the runner
 * can make runs long enough for steady-state figures (`--scale N`). The
 * output is the same N times: native, qemu and lastmile still compare. */
#ifndef BENCH_H
#define BENCH_H
#include <stdlib.h>

int bench_main(void);

int main(void)
{
    const char *s = getenv("BENCH_SCALE");
    int n = s ? atoi(s) : 1;
    int rc = 0;
    for (int i = 0; i < (n < 1 ? 1 : n); i++)
        rc |= bench_main();
    return rc;
}

#define main bench_main
#endif
