/* printf_strings: %s/%c with widths and precisions, %%, snprintf return
 * values and truncation, sprintf into buffers, %n, fputs/puts/putchar,
 * and a little stderr output.  Exit code: number of failed checks (0). */
#include <stdio.h>
#include <string.h>

static int fails;

static void check_int(const char *what, long got, long want)
{
    printf("%-40s = %ld%s\n", what, got, got == want ? "" : "  <-- WRONG");
    if (got != want)
        fails++;
}

static void check_str(const char *what, const char *got, const char *want)
{
    printf("%-40s = [%s]%s\n", what, got, strcmp(got, want) == 0 ? "" : "  <-- WRONG");
    if (strcmp(got, want) != 0)
        fails++;
}

int main(void)
{
    char buf[64];
    const char *words[] = { "", "a", "sparc", "register windows", "delay slot!" };

    for (int i = 0; i < 5; i++) {
        const char *w = words[i];
        printf("[%s] [%10s] [%-10s] [%.3s] [%10.3s] [%-10.3s] [%.0s] [%*s] [%-*s] [%.*s]\n",
               w, w, w, w, w, w, w, 8, w, 8, w, 2, w);
    }
    for (int c = 32; c < 127; c++) {
        printf("%c%s", c, (c % 32 == 31) ? "\n" : "");
    }
    printf("\n[%3c][%-3c][%c%c%c]\n", 'x', 'y', 'a', 'b', 'c');

    /* snprintf return values: the length that would have been written */
    check_int("snprintf(buf,64,\"hello\")", snprintf(buf, sizeof buf, "hello"), 5);
    check_int("snprintf(buf,3,\"hello\")", snprintf(buf, 3, "hello"), 5);
    check_str("  buf after truncation", buf, "he");
    check_int("snprintf(buf,1,\"hello\")", snprintf(buf, 1, "hello"), 5);
    check_str("  buf after size 1", buf, "");
    check_int("snprintf(NULL,0,\"%d\",123456)", snprintf(NULL, 0, "%d", 123456), 6);
    check_int("snprintf(buf,64,\"%s%s\",a,b)", snprintf(buf, sizeof buf, "%s-%s", "left", "right"), 10);
    check_str("  buf", buf, "left-right");
    check_int("snprintf(buf,8,\"%20d\",1)", snprintf(buf, 8, "%20d", 1), 20);
    check_str("  buf", buf, "       ");
    check_int("snprintf(buf,64,\"\")", snprintf(buf, sizeof buf, "%s", ""), 0);
    check_int("sprintf(buf,\"%05d|%-5s|\",7,\"ab\")", sprintf(buf, "%05d|%-5s|", 7, "ab"), 12);
    check_str("  buf", buf, "00007|ab   |");
    check_int("sprintf(buf,\"%%%c%%\",'q')", sprintf(buf, "%%%c%%", 'q'), 3);
    check_str("  buf", buf, "%q%");

    /* %n */
    int n1 = -1, n2 = -1;
    printf("abc%n defgh%n\n", &n1, &n2);
    check_int("%n after abc", n1, 3);
    check_int("%n after abc defgh", n2, 9);

    /* building a string piecewise with snprintf at an offset */
    char line[40];
    int off = 0;
    for (int i = 0; i < 20; i++) {
        int r = snprintf(line + off, sizeof line - off, "%d,", i * i);
        if (r < 0 || off + r >= (int)sizeof line) {
            printf("stopped at i=%d off=%d r=%d\n", i, off, r);
            break;
        }
        off += r;
    }
    check_str("piecewise (truncated)", line, "0,1,4,9,16,25,36,49,64,81,100,121,144,1");

    /* return value of printf itself */
    int r = printf("%s %d %c\n", "printf returns", 12345, '!');
    check_int("printf return", r, 23);
    r = fprintf(stderr, "this line goes to stderr (%d)\n", 2);
    check_int("fprintf(stderr) return", r, 29);

    puts("puts adds a newline");
    fputs("fputs does not\n", stdout);
    putchar('p'); putchar('c'); putchar('\n');
    fputs("stderr: done\n", stderr);

    printf("fails=%d\n", fails);
    return fails;
}
