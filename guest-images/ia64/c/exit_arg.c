/* exit_arg: exits with the status given as the first argument (parsed
 * with strtol, taken modulo 256 like the kernel does).  The sidecar
 * exit_arg.args passes 37.  Without an argument it prints a usage
 * message to stderr and exits with 2. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: exit_arg CODE\n");
        return 2;
    }
    char *end;
    long code = strtol(argv[1], &end, 0);
    if (*end != '\0') {
        fprintf(stderr, "exit_arg: not a number: %s\n", argv[1]);
        return 3;
    }
    printf("exiting with %ld (status %ld)\n", code, code & 255);
    exit((int)code);
}
