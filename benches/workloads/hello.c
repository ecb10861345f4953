/* Start-up: the smallest useful program. Measures loader + libc start-up
 * + one printf + exit, i.e. the fixed cost of running anything. */
#include <stdio.h>

int main(void)
{
    printf("hello, world\n");
    return 0;
}
