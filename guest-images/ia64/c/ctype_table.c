/* ctype_table: every ctype.h classifier and toupper/tolower over 0..255
 * and EOF in the "C" locale.  Prints a compact class table (one line per
 * character) and per-class counts; exit code 0 if the counts match the
 * C locale's well-known values. */
#include <stdio.h>
#include <ctype.h>

struct cls { const char *name; int (*fn)(int); int expect; };

int main(void)
{
    static const struct cls classes[] = {
        { "alnum", isalnum, 62 }, { "alpha", isalpha, 52 }, { "blank", isblank, 2 },
        { "cntrl", iscntrl, 33 }, { "digit", isdigit, 10 }, { "graph", isgraph, 94 },
        { "lower", islower, 26 }, { "print", isprint, 95 }, { "punct", ispunct, 32 },
        { "space", isspace, 6 }, { "upper", isupper, 26 }, { "xdigit", isxdigit, 22 },
    };
    const int ncls = (int)(sizeof classes / sizeof classes[0]);
    int counts[16] = { 0 };
    int fails = 0;

    printf("chr ");
    for (int k = 0; k < ncls; k++)
        printf("%c", classes[k].name[0] == 'p' ? (classes[k].name[1] == 'r' ? 'P' : 'p') : classes[k].name[0]);
    printf(" up lo\n");

    for (int c = 0; c < 256; c++) {
        char flags[16];
        for (int k = 0; k < ncls; k++) {
            int r = classes[k].fn(c) != 0;
            flags[k] = r ? '1' : '.';
            counts[k] += r;
        }
        flags[ncls] = '\0';
        int up = toupper(c), lo = tolower(c);
        printf("%3d %s %3d %3d%s%c\n", c, flags, up, lo, isprint(c) ? " " : "", isprint(c) ? c : ' ');
        /* consistency rules of the C locale */
        if ((isalpha(c) || isdigit(c)) != (isalnum(c) != 0)) fails++;
        if (isupper(c) && tolower(c) == c) fails++;
        if (islower(c) && toupper(c) == c) fails++;
        if (!isalpha(c) && (toupper(c) != c || tolower(c) != c)) fails++;
        if ((isgraph(c) != 0) != (isprint(c) && c != ' ')) fails++;
    }
    printf("EOF: alpha=%d space=%d toupper=%d tolower=%d\n",
           isalpha(EOF) != 0, isspace(EOF) != 0, toupper(EOF), tolower(EOF));

    for (int k = 0; k < ncls; k++) {
        printf("%-7s %3d%s\n", classes[k].name, counts[k], counts[k] == classes[k].expect ? "" : " WRONG");
        if (counts[k] != classes[k].expect)
            fails++;
    }
    /* a digest so that any single difference shows up in one line */
    unsigned long h = 5381;
    for (int c = -1; c < 256; c++)
        for (int k = 0; k < ncls; k++)
            h = h * 33 + (classes[k].fn(c) != 0) + (unsigned)toupper(c) * 3 + (unsigned)tolower(c);
    printf("digest %lu\nfails=%d\n", h, fails);
    return fails;
}
