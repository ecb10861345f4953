/* stdin_upper: echoes stdin to stdout converted to upper case, reading
 * with fgets into a deliberately small 16-byte buffer (long lines arrive
 * in pieces), and writes a character-class histogram to stderr.
 * Exit code: 0. */
#include <stdio.h>
#include <ctype.h>
#include <string.h>

int main(void)
{
    char buf[16];
    long pieces = 0, letters = 0, digits = 0, spaces = 0, other = 0, changed = 0;
    while (fgets(buf, sizeof buf, stdin)) {
        pieces++;
        for (char *p = buf; *p; p++) {
            unsigned char c = (unsigned char)*p;
            if (isalpha(c)) letters++;
            else if (isdigit(c)) digits++;
            else if (isspace(c)) spaces++;
            else other++;
            int u = toupper(c);
            if (u != c) changed++;
            *p = (char)u;
        }
        fputs(buf, stdout);
    }
    fflush(stdout);
    fprintf(stderr, "pieces %ld letters %ld digits %ld spaces %ld other %ld changed %ld\n", pieces, letters, digits,
            spaces, other, changed);
    return 0;
}
