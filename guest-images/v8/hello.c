/* hello: the V8 start-up path: argc/argv/envp, the auxiliary vector
 * (32-bit words), write(2) and exit_group. */
#include "rt.h"

int main(int argc, char **argv, char **envp)
{
    printf("Hello from sparc32 (V8)!\n");
    printf("argc=%d\n", argc);
    for (int i = 1; i < argc; i++)
        printf("argv[%d]=%s\n", i, argv[i]);
    int n = 0;
    for (char **e = envp; *e; e++)
        n++;
    printf("envc>0: %s\n", n > 0 ? "yes" : "no");
    printf("AT_PAGESZ=%u AT_HWCAP=%x AT_CLKTCK=%u AT_PHENT=%u AT_PHNUM=%u\n",
           getauxval(6), getauxval(16), getauxval(17), getauxval(4), getauxval(5));
    printf("AT_ENTRY set: %s, AT_PHDR set: %s, AT_RANDOM set: %s\n",
           getauxval(9) ? "yes" : "no", getauxval(3) ? "yes" : "no", getauxval(25) ? "yes" : "no");
    printf("sp alignment %u\n", (u32)(unsigned long)argv & 7);
    return 0;
}
