/* state_machine: table-driven and switch-driven finite state machines:
 * (1) a tokenizer for a small C-like language (identifiers, numbers in
 * decimal/hex/octal, strings with escapes, comments, operators),
 * (2) a DFA that accepts binary numbers divisible by 5 checked against
 * arithmetic, (3) a traffic-light controller simulation driven by a
 * deterministic event sequence.  Exit code = failed checks. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>

static int fails;

/* ---------- 1. tokenizer ---------- */
enum tok { T_IDENT, T_NUMBER, T_STRING, T_OP, T_END, T_ERROR };
static const char *tok_names[] = { "IDENT", "NUMBER", "STRING", "OP", "END", "ERROR" };

enum lex_state { S_START, S_IDENT, S_ZERO, S_DEC, S_OCT, S_HEX_PREFIX, S_HEX, S_STR, S_STR_ESC, S_SLASH,
                 S_LINE_COMMENT, S_BLOCK_COMMENT, S_BLOCK_STAR };

struct lexer { const char *p; int line; };

static enum tok next_token(struct lexer *lx, char *text, size_t cap, long *value)
{
    enum lex_state st = S_START;
    size_t n = 0;
    *value = 0;
    for (;;) {
        char c = *lx->p;
        switch (st) {
        case S_START:
            if (c == '\0') return T_END;
            if (c == '\n') { lx->line++; lx->p++; break; }
            if (isspace((unsigned char)c)) { lx->p++; break; }
            if (isalpha((unsigned char)c) || c == '_') { st = S_IDENT; break; }
            if (c == '0') { st = S_ZERO; text[n++] = c; lx->p++; break; }
            if (isdigit((unsigned char)c)) { st = S_DEC; break; }
            if (c == '"') { st = S_STR; lx->p++; break; }
            if (c == '/') { st = S_SLASH; lx->p++; break; }
            /* operators, with two-character forms */
            text[n++] = c;
            lx->p++;
            if (strchr("=!<>&|+-", c) && (*lx->p == '=' || (*lx->p == c && strchr("&|+-<>", c)))) text[n++] = *lx->p++;
            text[n] = '\0';
            return T_OP;
        case S_IDENT:
            if (isalnum((unsigned char)c) || c == '_') { if (n < cap - 1) text[n++] = c; lx->p++; break; }
            text[n] = '\0';
            return T_IDENT;
        case S_ZERO:
            if (c == 'x' || c == 'X') { text[n++] = c; lx->p++; st = S_HEX_PREFIX; break; }
            if (c >= '0' && c <= '7') { st = S_OCT; break; }
            text[n] = '\0';
            return T_NUMBER;
        case S_DEC:
            if (isdigit((unsigned char)c)) { text[n++] = c; *value = *value * 10 + (c - '0'); lx->p++; break; }
            text[n] = '\0';
            return T_NUMBER;
        case S_OCT:
            if (c >= '0' && c <= '7') { text[n++] = c; *value = *value * 8 + (c - '0'); lx->p++; break; }
            text[n] = '\0';
            return T_NUMBER;
        case S_HEX_PREFIX:
            if (!isxdigit((unsigned char)c)) { text[n] = '\0'; return T_ERROR; }
            st = S_HEX;
            break;
        case S_HEX:
            if (isxdigit((unsigned char)c)) {
                text[n++] = c;
                *value = *value * 16 + (isdigit((unsigned char)c) ? c - '0' : tolower((unsigned char)c) - 'a' + 10);
                lx->p++;
                break;
            }
            text[n] = '\0';
            return T_NUMBER;
        case S_STR:
            if (c == '\0' || c == '\n') { text[n] = '\0'; return T_ERROR; }
            lx->p++;
            if (c == '"') { text[n] = '\0'; *value = (long)n; return T_STRING; }
            if (c == '\\') { st = S_STR_ESC; break; }
            text[n++] = c;
            break;
        case S_STR_ESC:
            lx->p++;
            text[n++] = c == 'n' ? '\n' : c == 't' ? '\t' : c == '0' ? '\0' : c;
            st = S_STR;
            break;
        case S_SLASH:
            if (c == '/') { st = S_LINE_COMMENT; lx->p++; break; }
            if (c == '*') { st = S_BLOCK_COMMENT; lx->p++; break; }
            strcpy(text, "/");
            return T_OP;
        case S_LINE_COMMENT:
            if (c == '\0') return T_END;
            if (c == '\n') { st = S_START; break; }
            lx->p++;
            break;
        case S_BLOCK_COMMENT:
            if (c == '\0') return T_ERROR;
            if (c == '\n') lx->line++;
            if (c == '*') st = S_BLOCK_STAR;
            lx->p++;
            break;
        case S_BLOCK_STAR:
            if (c == '\0') return T_ERROR;
            lx->p++;
            if (c == '/') st = S_START;
            else if (c != '*') { st = S_BLOCK_COMMENT; if (c == '\n') lx->line++; }
            break;
        }
    }
}

static const char *source =
    "int main(void) {\n"
    "    // line comment with \"quotes\" and /* */\n"
    "    unsigned x = 0x1F + 017 - 42; /* block\n"
    "       comment ** spanning / lines */\n"
    "    char *s = \"tab\\there \\\"quoted\\\" \\\\ end\";\n"
    "    if (x >= 10 && x != 0 || !x) x <<= 2; else x++;\n"
    "    return x == 0 ? 1 : 0;\n"
    "}\n";

/* ---------- 2. DFA: binary multiples of 5 ---------- */
static const int dfa5[5][2] = { { 0, 1 }, { 2, 3 }, { 4, 0 }, { 1, 2 }, { 3, 4 } };

static int accepts(unsigned long v)
{
    int s = 0;
    int started = 0;
    for (int b = 63; b >= 0; b--) {
        int bit = (int)(v >> b) & 1;
        if (!started && !bit) continue;
        started = 1;
        s = dfa5[s][bit];
    }
    return s == 0;
}

/* ---------- 3. traffic light ---------- */
enum light { RED, RED_AMBER, GREEN, AMBER, FLASHING };
static const char *light_names[] = { "red", "red+amber", "green", "amber", "flashing" };
enum event { TICK, FAULT, RESET, PEDESTRIAN };

static enum light step_light(enum light l, enum event e, int *timer)
{
    if (e == FAULT) { *timer = 0; return FLASHING; }
    if (l == FLASHING) { if (e == RESET) { *timer = 0; return RED; } return FLASHING; }
    if (e == PEDESTRIAN && l == GREEN && *timer > 2) { *timer = 0; return AMBER; }
    if (e != TICK) return l;
    ++*timer;
    switch (l) {
    case RED: if (*timer >= 5) { *timer = 0; return RED_AMBER; } return RED;
    case RED_AMBER: if (*timer >= 1) { *timer = 0; return GREEN; } return RED_AMBER;
    case GREEN: if (*timer >= 6) { *timer = 0; return AMBER; } return GREEN;
    case AMBER: if (*timer >= 2) { *timer = 0; return RED; } return AMBER;
    default: return l;
    }
}

int main(void)
{
    struct lexer lx = { source, 1 };
    char text[128];
    long value;
    int counts[6] = { 0 };
    enum tok t;
    do {
        t = next_token(&lx, text, sizeof text, &value);
        counts[t]++;
        if (t == T_NUMBER)
            printf("line %d %-6s %-6s = %ld\n", lx.line, tok_names[t], text, value);
        else if (t == T_STRING) {
            printf("line %d %-6s len %ld: ", lx.line, tok_names[t], value);
            for (long i = 0; i < value; i++) {
                unsigned char c = (unsigned char)text[i];
                if (isprint(c)) putchar(c); else printf("\\x%02x", c);
            }
            printf("\n");
        } else if (t != T_END)
            printf("line %d %-6s %s\n", lx.line, tok_names[t], text);
    } while (t != T_END && t != T_ERROR);
    printf("tokens: ident %d number %d string %d op %d error %d, lines %d\n", counts[T_IDENT], counts[T_NUMBER],
           counts[T_STRING], counts[T_OP], counts[T_ERROR], lx.line);
    if (counts[T_ERROR] || counts[T_IDENT] != 16 || counts[T_NUMBER] != 9 || counts[T_STRING] != 1 || counts[T_OP] != 27) fails++;

    int agree = 0;
    for (unsigned long v = 0; v < 5000; v++) agree += accepts(v) == (v % 5 == 0);
    unsigned long big[] = { 1000000000000000ULL, 1000000000000001ULL, 18446744073709551615UL, 18446744073709551610UL };
    for (int i = 0; i < 4; i++) {
        printf("dfa5(%lu) = %d (mod 5 = %lu)\n", big[i], accepts(big[i]), big[i] % 5);
        agree += accepts(big[i]) == (big[i] % 5 == 0);
    }
    printf("dfa agrees on %d of 5004 values\n", agree);
    if (agree != 5004) fails++;

    enum light l = RED;
    int timer = 0, changes = 0;
    unsigned seq = 12345;
    int time_in[5] = { 0 };
    for (int i = 0; i < 200; i++) {
        seq = seq * 1103515245u + 12345u;
        unsigned r = (seq >> 16) % 100;
        enum event e = r < 85 ? TICK : r < 95 ? PEDESTRIAN : r < 97 ? FAULT : RESET;
        enum light nl = step_light(l, e, &timer);
        time_in[nl]++;
        if (nl != l) {
            changes++;
            if (changes <= 40) printf("t=%3d event %d: %s -> %s\n", i, e, light_names[l], light_names[nl]);
        }
        l = nl;
    }
    printf("changes %d; time in: red %d red+amber %d green %d amber %d flashing %d; final %s\n", changes, time_in[0],
           time_in[1], time_in[2], time_in[3], time_in[4], light_names[l]);
    printf("fails=%d\n", fails);
    return fails;
}
