/* stdin_lines: reads stdin with getline, reporting line count, byte count,
 * longest line, empty lines, lines without a trailing newline, and a
 * per-line checksum.  Works with empty stdin (/dev/null).
 * Exit code: number of lines modulo 256. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

int main(void)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lines = 0, bytes = 0, empty = 0, longest = 0, longest_no = 0, no_nl = 0;
    uint32_t sum = 0;

    while ((len = getline(&line, &cap, stdin)) != -1) {
        lines++;
        bytes += len;
        int has_nl = len > 0 && line[len - 1] == '\n';
        if (!has_nl) no_nl++;
        long content = len - has_nl;
        if (content == 0) empty++;
        if (content > longest) { longest = content; longest_no = lines; }
        uint32_t h = 0;
        for (ssize_t i = 0; i < len; i++) h = h * 131 + (unsigned char)line[i];
        sum ^= h + (uint32_t)lines;
        printf("%4ld %4ld %08x |%.*s%s\n", lines, content, h, (int)(content > 60 ? 60 : content), line,
               content > 60 ? "..." : "");
    }
    free(line);
    if (ferror(stdin)) { fprintf(stderr, "read error\n"); return 255; }
    printf("lines %ld bytes %ld empty %ld longest %ld (line %ld) unterminated %ld checksum %08x\n", lines, bytes, empty,
           longest, longest_no, no_nl, sum);
    fprintf(stderr, "stdin_lines: %ld lines\n", lines);
    return (int)(lines % 256);
}
