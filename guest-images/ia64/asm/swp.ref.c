/* The C version of swp.S's pipelined loops: its output lines must appear
   in the output of the assembly program (tests/ia64_images.rs). */
#include <stdio.h>

#define N 40

int main(void)
{
    unsigned long xs[N], ys[N], sum = 0, tri = 0;
    for (unsigned long i = 0; i < N; i++) {
        tri += i;
        xs[i] = tri + 0x1000 * (i & 3);
    }
    for (int i = 0; i < N; i++) {
        ys[i] = 3 * xs[i] + 7;
        sum += ys[i];
    }
    printf("ctop_sum %016lx\n", sum);
    printf("ctop_y_first %016lx\n", ys[0]);
    printf("ctop_y_last %016lx\n", ys[N - 1]);
    static const unsigned long list[] = {5, 7, 11, 0x100, 0x2000, 3, 0, 99, 99};
    unsigned long wsum = 0, iters = 0;
    for (const unsigned long *p = list;; p++) {
        iters++;
        if (*p == 0)
            break;
        wsum += *p;
    }
    printf("wtop_sum %016lx\n", wsum);
    printf("wtop_iterations %016lx\n", iters);
    return 0;
}
