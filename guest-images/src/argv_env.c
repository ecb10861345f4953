/* argv_env: prints argc and every argv[i] (argv[0] only as a basename
 * with a trailing -O0/-O2 build suffix removed), checks argv[argc] is
 * NULL, then prints the environment sorted by name (environ and the
 * third main() argument must agree), and exercises getenv, setenv,
 * unsetenv and putenv.  Exit code: argc (so the runner can check that
 * arguments arrived), or 100 + failures if a check failed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static int fails;
static void check(int c, const char *w) { printf("%-44s %s\n", w, c ? "ok" : "FAIL"); if (!c) fails++; }

static int cmpstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv, char **envp)
{
    char base[256];
    const char *slash = strrchr(argv[0], '/');
    snprintf(base, sizeof base, "%s", slash ? slash + 1 : argv[0]);
    size_t bl = strlen(base);
    if (bl > 3 && base[bl - 3] == '-' && base[bl - 2] == 'O')
        base[bl - 3] = '\0';

    printf("argc = %d\n", argc);
    printf("argv[0] basename = %s\n", base);
    size_t total = 0;
    for (int i = 1; i < argc; i++) {
        printf("argv[%d] = [%s] (len %zu)\n", i, argv[i], strlen(argv[i]));
        total += strlen(argv[i]);
    }
    printf("total argument bytes %zu\n", total);
    check(argv[argc] == NULL, "argv[argc] == NULL");
    check(envp == environ, "envp == environ at start");

    /* sorted environment */
    int n = 0;
    while (envp[n]) n++;
    char **copy = malloc(sizeof(char *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) copy[i] = envp[i];
    qsort(copy, (size_t)n, sizeof copy[0], cmpstr);
    printf("environment (%d entries, sorted):\n", n);
    for (int i = 0; i < n; i++) printf("  %s\n", copy[i]);
    free(copy);

    const char *path = getenv("PATH");
    printf("getenv(PATH) %s\n", path ? "set" : "unset");
    printf("getenv(NO_SUCH_VARIABLE_XYZ) = %s\n", getenv("NO_SUCH_VARIABLE_XYZ") ? "set" : "(null)");
    check(setenv("ARGV_ENV_PROBE", "one", 0) == 0, "setenv new");
    check(strcmp(getenv("ARGV_ENV_PROBE"), "one") == 0, "getenv after setenv");
    check(setenv("ARGV_ENV_PROBE", "two", 0) == 0 && strcmp(getenv("ARGV_ENV_PROBE"), "one") == 0, "setenv no-overwrite");
    check(setenv("ARGV_ENV_PROBE", "three", 1) == 0 && strcmp(getenv("ARGV_ENV_PROBE"), "three") == 0, "setenv overwrite");
    static char pe[] = "ARGV_ENV_PUT=via putenv";
    check(putenv(pe) == 0 && strcmp(getenv("ARGV_ENV_PUT"), "via putenv") == 0, "putenv");
    check(unsetenv("ARGV_ENV_PROBE") == 0 && getenv("ARGV_ENV_PROBE") == NULL, "unsetenv");
    int m = 0;
    for (char **e = environ; *e; e++) m++;
    printf("environment now has %d entries\n", m);
    check(m == n + 1, "one variable added in total");

    /* arguments again, reversed, joined */
    printf("reversed:");
    for (int i = argc - 1; i >= 1; i--) printf(" %s", argv[i]);
    printf("\n");
    fprintf(stderr, "argv_env: %d args, %d env entries, fails %d\n", argc, n, fails);
    return fails ? 100 + fails : argc;
}
