/* recursion: register-window heavy recursion: Ackermann, Towers of Hanoi,
 * mutual recursion (is_even/is_odd), N-queens by backtracking, recursive
 * permutation generation, a recursive descent expression parser, and a
 * function with many live locals across calls (forces window spills and
 * fills at every depth).  Exit code = failed checks. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static int fails;
static void check(long got, long want, const char *w)
{
    printf("%-40s %ld%s\n", w, got, got == want ? "" : "  FAIL");
    if (got != want) fails++;
}

static long ack_calls;
static long ackermann(long m, long n)
{
    ack_calls++;
    if (m == 0) return n + 1;
    if (n == 0) return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

static long hanoi_moves;
static uint32_t hanoi_hash;
static void hanoi(int n, int from, int to, int via)
{
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    hanoi_moves++;
    hanoi_hash = hanoi_hash * 31 + (uint32_t)(from * 3 + to);
    hanoi(n - 1, via, to, from);
}

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static int queens_solutions;
static int first_solution[12];
static int place(int row, int n, int *cols, unsigned used_col, unsigned used_d1, unsigned used_d2)
{
    if (row == n) {
        if (queens_solutions++ == 0) memcpy(first_solution, cols, sizeof(int) * (size_t)n);
        return 1;
    }
    int found = 0;
    for (int c = 0; c < n; c++) {
        unsigned d1 = 1u << (row + c), d2 = 1u << (row - c + n);
        if ((used_col >> c & 1) || (used_d1 & d1) || (used_d2 & d2)) continue;
        cols[row] = c;
        found += place(row + 1, n, cols, used_col | 1u << c, used_d1 | d1, used_d2 | d2);
    }
    return found;
}

static long perm_count;
static uint64_t perm_hash;
static void permute(char *s, int k, int n)
{
    if (k == n) {
        perm_count++;
        for (int i = 0; i < n; i++) perm_hash = perm_hash * 131 + (unsigned char)s[i];
        return;
    }
    for (int i = k; i < n; i++) {
        char t = s[k]; s[k] = s[i]; s[i] = t;
        permute(s, k + 1, n);
        t = s[k]; s[k] = s[i]; s[i] = t;
    }
}

/* recursive descent: expr := term (('+'|'-') term)*, term := factor (('*'|'/'|'%') factor)*,
   factor := number | '-' factor | '(' expr ')' */
static const char *ep;
static long expr(void);
static void skip(void) { while (*ep == ' ') ep++; }
static long factor(void)
{
    skip();
    if (*ep == '-') { ep++; return -factor(); }
    if (*ep == '(') { ep++; long v = expr(); skip(); if (*ep == ')') ep++; return v; }
    long v = 0;
    while (*ep >= '0' && *ep <= '9') v = v * 10 + (*ep++ - '0');
    return v;
}
static long term(void)
{
    long v = factor();
    for (;;) {
        skip();
        char op = *ep;
        if (op != '*' && op != '/' && op != '%') return v;
        ep++;
        long r = factor();
        if (op == '*') v *= r; else if (r == 0) v = 0; else if (op == '/') v /= r; else v %= r;
    }
}
static long expr(void)
{
    long v = term();
    for (;;) {
        skip();
        char op = *ep;
        if (op != '+' && op != '-') return v;
        ep++;
        long r = term();
        v = op == '+' ? v + r : v - r;
    }
}
static long eval(const char *s) { ep = s; return expr(); }

/* many values live across the recursive call: all 16 window registers in use */
__attribute__((noinline)) static unsigned long busy(int depth, unsigned long a, unsigned long b, unsigned long c,
                                                   unsigned long d, unsigned long e, unsigned long f)
{
    unsigned long g = a * 3 + b, h = b ^ c, i = c + d * 5, j = d - e, k = e * f + 1, l = f + a;
    unsigned long m = g + h, n = i * 7, o = j ^ k, p = l - 9;
    if (depth == 0) return a + b + c + d + e + f;
    unsigned long r = busy(depth - 1, h, i, j, k, l, m);
    return r ^ (g + h + i + j + k + l + m + n + o + p) ^ (unsigned long)depth;
}

int main(void)
{
    check(ackermann(2, 3), 9, "ackermann(2,3)");
    check(ackermann(3, 5), 253, "ackermann(3,5)");
    printf("ackermann calls: %ld\n", ack_calls);

    hanoi(16, 0, 2, 1);
    check(hanoi_moves, 65535, "hanoi(16) moves");
    printf("hanoi move-sequence hash %08x\n", hanoi_hash);

    check(is_even(10000), 1, "is_even(10000)");
    check(is_odd(7777), 1, "is_odd(7777)");

    for (int n = 4; n <= 9; n++) {
        int cols[12];
        queens_solutions = 0;
        place(0, n, cols, 0, 0, 0);
        printf("%d-queens: %d solutions, first:", n, queens_solutions);
        for (int i = 0; i < n; i++) printf(" %d", first_solution[i]);
        printf("\n");
    }
    check(queens_solutions, 352, "9-queens count");

    char letters[] = "abcdefgh";
    permute(letters, 0, 8);
    check(perm_count, 40320, "permutations of 8");
    printf("permutation hash %016llx, string restored: %s\n", (unsigned long long)perm_hash, letters);

    const char *exprs[] = { "1 + 2 * 3", "(1 + 2) * 3", "-(4 - 10) * -2", "100 / 7 % 4", "2 * (3 + (4 * (5 + 6)))",
                            "((((((((((1))))))))))+((((2))))", "-7 / 2", "7 % -3 + 10 * -1", "1 - 2 - 3 - 4" };
    long want[] = { 7, 9, -12, 2, 94, 3, -3, -9, -8 };
    for (unsigned i = 0; i < sizeof exprs / sizeof exprs[0]; i++) {
        char label[64];
        snprintf(label, sizeof label, "eval %s", exprs[i]);
        check(eval(exprs[i]), want[i], label);
    }

    unsigned long b1 = busy(50, 1, 2, 3, 4, 5, 6), b2 = busy(500, 7, (unsigned long)-3, 11, 0, 2, 9);
    printf("busy(50) = %lu, busy(500) = %lu\n", b1, b2);
    printf("fails=%d\n", fails);
    return fails;
}
