/* The tiny libc of the IA-64 C test programs: just what they use, written
   for this project (no code from any other libc).  Output must equal what
   the same programs print when built natively against glibc, so printf
   follows glibc's formatting (C locale), qsort is a stable merge sort like
   glibc's, and exit runs atexit handlers (newest first, including ones
   registered by handlers) before flushing stdout.

   System calls go through __syscall6 (crt0.S): Linux ia64 numbers are
   1024 + the numbers in arch/ia64/kernel/syscalls/syscall.tbl. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <limits.h>
#include "stdio.h"
#include "stdlib.h"
#include "string.h"
#include "ctype.h"
#include "errno.h"
#include "unistd.h"
#include "inttypes.h"

long __syscall6(long nr, long a, long b, long c, long d, long e, long f);

enum {
    SYS_exit = 1025, SYS_read = 1026, SYS_write = 1027, SYS_close = 1029,
    SYS_getpid = 1041, SYS_brk = 1060, SYS_exit_group = 1236,
};

int errno;
char **environ;

static long sys(long nr, long a, long b, long c)
{
    long r = __syscall6(nr, a, b, c, 0, 0, 0);
    if (r < 0 && r > -4096) {
        errno = (int)-r;
        return -1;
    }
    return r;
}

ssize_t write(int fd, const void *p, size_t n) { return sys(SYS_write, fd, (long)p, (long)n); }
ssize_t read(int fd, void *p, size_t n) { return sys(SYS_read, fd, (long)p, (long)n); }
int close(int fd) { return (int)sys(SYS_close, fd, 0, 0); }
int getpid(void) { return (int)sys(SYS_getpid, 0, 0, 0); }

void _exit(int status)
{
    for (;;)
        __syscall6(SYS_exit_group, status, 0, 0, 0, 0, 0);
}
void _Exit(int status) { _exit(status); }

/* ---- memory and strings ---------------------------------------------- */

void *memcpy(void *d, const void *s, size_t n)
{
    unsigned char *dp = d;
    const unsigned char *sp = s;
    while (n--)
        *dp++ = *sp++;
    return d;
}

void *memmove(void *d, const void *s, size_t n)
{
    unsigned char *dp = d;
    const unsigned char *sp = s;
    if (dp < sp) {
        while (n--)
            *dp++ = *sp++;
    } else {
        while (n--)
            dp[n] = sp[n];
    }
    return d;
}

void *memset(void *d, int c, size_t n)
{
    unsigned char *dp = d;
    while (n--)
        *dp++ = (unsigned char)c;
    return d;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *x = a, *y = b;
    for (; n; n--, x++, y++)
        if (*x != *y)
            return *x - *y;
    return 0;
}

void *memchr(const void *s, int c, size_t n)
{
    const unsigned char *p = s;
    for (; n; n--, p++)
        if (*p == (unsigned char)c)
            return (void *)p;
    return NULL;
}

void *memrchr(const void *s, int c, size_t n)
{
    const unsigned char *p = s;
    while (n--)
        if (p[n] == (unsigned char)c)
            return (void *)(p + n);
    return NULL;
}

size_t strlen(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

size_t strnlen(const char *s, size_t max)
{
    size_t n = 0;
    while (n < max && s[n])
        n++;
    return n;
}

int strcmp(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n)
{
    for (; n; n--, a++, b++) {
        if (*a != *b)
            return (unsigned char)*a - (unsigned char)*b;
        if (!*a)
            return 0;
    }
    return 0;
}

int strcasecmp(const char *a, const char *b)
{
    int x, y;
    do {
        x = tolower((unsigned char)*a++);
        y = tolower((unsigned char)*b++);
    } while (x && x == y);
    return x - y;
}

int strncasecmp(const char *a, const char *b, size_t n)
{
    int x = 0, y = 0;
    while (n--) {
        x = tolower((unsigned char)*a++);
        y = tolower((unsigned char)*b++);
        if (x != y || !x)
            return x - y;
    }
    return 0;
}

char *strcpy(char *d, const char *s)
{
    char *r = d;
    while ((*d++ = *s++))
        ;
    return r;
}

char *strncpy(char *d, const char *s, size_t n)
{
    size_t i = 0;
    for (; i < n && s[i]; i++)
        d[i] = s[i];
    for (; i < n; i++)
        d[i] = 0;
    return d;
}

char *strcat(char *d, const char *s)
{
    strcpy(d + strlen(d), s);
    return d;
}

char *strncat(char *d, const char *s, size_t n)
{
    char *p = d + strlen(d);
    while (n-- && *s)
        *p++ = *s++;
    *p = 0;
    return d;
}

char *strchr(const char *s, int c)
{
    for (;; s++) {
        if (*s == (char)c)
            return (char *)s;
        if (!*s)
            return NULL;
    }
}

char *strrchr(const char *s, int c)
{
    const char *r = NULL;
    for (;; s++) {
        if (*s == (char)c)
            r = s;
        if (!*s)
            return (char *)r;
    }
}

char *strstr(const char *h, const char *n)
{
    size_t ln = strlen(n);
    for (; *h; h++)
        if (!strncmp(h, n, ln))
            return (char *)h;
    return ln ? NULL : (char *)h;
}

char *strcasestr(const char *h, const char *n)
{
    size_t ln = strlen(n);
    for (; *h; h++)
        if (!strncasecmp(h, n, ln))
            return (char *)h;
    return ln ? NULL : (char *)h;
}

size_t strspn(const char *s, const char *accept)
{
    size_t n = 0;
    while (s[n] && strchr(accept, s[n]))
        n++;
    return n;
}

size_t strcspn(const char *s, const char *reject)
{
    size_t n = 0;
    while (s[n] && !strchr(reject, s[n]))
        n++;
    return n;
}

char *strpbrk(const char *s, const char *accept)
{
    s += strcspn(s, accept);
    return *s ? (char *)s : NULL;
}

char *strsep(char **sp, const char *delim)
{
    char *s = *sp, *e;
    if (!s)
        return NULL;
    e = s + strcspn(s, delim);
    if (*e)
        *e++ = 0, *sp = e;
    else
        *sp = NULL;
    return s;
}

char *strtok(char *s, const char *delim)
{
    static char *next;
    if (!s)
        s = next;
    if (!s)
        return NULL;
    s += strspn(s, delim);
    if (!*s) {
        next = NULL;
        return NULL;
    }
    char *e = s + strcspn(s, delim);
    if (*e)
        *e++ = 0, next = e;
    else
        next = NULL;
    return s;
}

char *strtok_r(char *s, const char *delim, char **save)
{
    if (!s)
        s = *save;
    if (!s)
        return NULL;
    s += strspn(s, delim);
    if (!*s) {
        *save = NULL;
        return NULL;
    }
    char *e = s + strcspn(s, delim);
    if (*e)
        *e++ = 0, *save = e;
    else
        *save = NULL;
    return s;
}

char *strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    return d ? memcpy(d, s, n) : NULL;
}

char *strndup(const char *s, size_t n)
{
    size_t l = strnlen(s, n);
    char *d = malloc(l + 1);
    if (!d)
        return NULL;
    memcpy(d, s, l);
    d[l] = 0;
    return d;
}

char *strerror(int e)
{
    switch (e) {
    case 0: return "Success";
    case ENOENT: return "No such file or directory";
    case EINVAL: return "Invalid argument";
    case ERANGE: return "Numerical result out of range";
    case ENOMEM: return "Cannot allocate memory";
    default: return "Unknown error";
    }
}

/* ---- ctype (C locale) --------------------------------------------------- */

int isdigit(int c) { return c >= '0' && c <= '9'; }
int isupper(int c) { return c >= 'A' && c <= 'Z'; }
int islower(int c) { return c >= 'a' && c <= 'z'; }
int isalpha(int c) { return isupper(c) || islower(c); }
int isalnum(int c) { return isalpha(c) || isdigit(c); }
int isxdigit(int c) { return isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int isspace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
int isblank(int c) { return c == ' ' || c == '\t'; }
int iscntrl(int c) { return (c >= 0 && c < 32) || c == 127; }
int isprint(int c) { return c >= 32 && c < 127; }
int isgraph(int c) { return c > 32 && c < 127; }
int ispunct(int c) { return isgraph(c) && !isalnum(c); }
int tolower(int c) { return isupper(c) ? c + 32 : c; }
int toupper(int c) { return islower(c) ? c - 32 : c; }

/* ---- malloc: power-of-two size classes on brk --------------------------- */

#define MIN_CLASS 5     /* 32 bytes, header included */
#define NCLASS 48
struct block { size_t cls; size_t pad; };   /* 16 bytes: keeps 16-byte alignment */
static void *free_list[NCLASS];
static char *heap_cur, *heap_end;

static void *grow(size_t n)
{
    if (!heap_cur) {
        heap_cur = heap_end = (char *)__syscall6(SYS_brk, 0, 0, 0, 0, 0, 0);
        heap_cur = (char *)(((uintptr_t)heap_cur + 15) & ~(uintptr_t)15);
    }
    if ((size_t)(heap_end - heap_cur) < n) {
        size_t want = (n + 0xffff) & ~(size_t)0xffff;
        char *newend = (char *)__syscall6(SYS_brk, (long)(heap_end + want), 0, 0, 0, 0, 0);
        if (newend < heap_end + want)
            return NULL;
        heap_end = newend;
    }
    void *p = heap_cur;
    heap_cur += n;
    return p;
}

void *malloc(size_t n)
{
    size_t cls = MIN_CLASS;
    if (n > ((size_t)1 << (NCLASS - 1)) - sizeof(struct block)) {
        errno = ENOMEM;
        return NULL;
    }
    while (((size_t)1 << cls) < n + sizeof(struct block))
        cls++;
    struct block *b = free_list[cls];
    if (b) {
        free_list[cls] = *(void **)(b + 1);
    } else {
        b = grow((size_t)1 << cls);
        if (!b) {
            errno = ENOMEM;
            return NULL;
        }
    }
    b->cls = cls;
    return b + 1;
}

void free(void *p)
{
    if (!p)
        return;
    struct block *b = (struct block *)p - 1;
    *(void **)p = free_list[b->cls];
    free_list[b->cls] = b;
}

void *calloc(size_t n, size_t size)
{
    if (size && n > (size_t)-1 / size) {
        errno = ENOMEM;
        return NULL;
    }
    void *p = malloc(n * size);
    return p ? memset(p, 0, n * size) : NULL;
}

void *realloc(void *p, size_t n)
{
    if (!p)
        return malloc(n);
    if (!n) {
        free(p);
        return NULL;
    }
    struct block *b = (struct block *)p - 1;
    size_t have = ((size_t)1 << b->cls) - sizeof(struct block);
    if (n <= have)
        return p;
    void *q = malloc(n);
    if (!q)
        return NULL;
    memcpy(q, p, have);
    free(p);
    return q;
}

/* ---- numbers -------------------------------------------------------------- */

int abs(int x) { return x < 0 ? -x : x; }
long labs(long x) { return x < 0 ? -x : x; }
long long llabs(long long x) { return x < 0 ? -x : x; }

static int digit_value(int c)
{
    if (isdigit(c)) return c - '0';
    if (islower(c)) return c - 'a' + 10;
    if (isupper(c)) return c - 'A' + 10;
    return 99;
}

/* The common part of the strto* family: magnitude in *mag, saturated at
   `limit` (ERANGE), sign in *neg; returns 0 when no digits were found. */
static int scan_number(const char *s, char **end, int base, unsigned long long limit_pos,
                       unsigned long long limit_neg, unsigned long long *mag, int *neg)
{
    if (base < 0 || base == 1 || base > 36) {
        errno = EINVAL;
        if (end)
            *end = (char *)s;
        *mag = 0;
        *neg = 0;
        return 0;
    }
    const char *p = s;
    unsigned long long v = 0;
    int any = 0, over = 0;
    while (isspace((unsigned char)*p))
        p++;
    *neg = 0;
    if (*p == '+' || *p == '-')
        *neg = *p++ == '-';
    if ((base == 0 || base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && digit_value((unsigned char)p[2]) < 16) {
        p += 2;
        base = 16;
    } else if (base == 0) {
        base = p[0] == '0' ? 8 : 10;
    }
    unsigned long long limit = *neg ? limit_neg : limit_pos;
    for (;; p++) {
        int d = digit_value((unsigned char)*p);
        if (d >= base)
            break;
        any = 1;
        if (v > (limit - d) / base)
            over = 1;
        else
            v = v * base + d;
    }
    if (end)
        *end = (char *)(any ? p : s);
    if (over) {
        errno = ERANGE;
        v = limit;
    }
    *mag = v;
    return any;
}

long long strtoll(const char *s, char **end, int base)
{
    unsigned long long m;
    int neg;
    scan_number(s, end, base, LLONG_MAX, (unsigned long long)LLONG_MAX + 1, &m, &neg);
    return neg ? (long long)(0 - m) : (long long)m;
}

unsigned long long strtoull(const char *s, char **end, int base)
{
    unsigned long long m;
    int neg;
    scan_number(s, end, base, ULLONG_MAX, ULLONG_MAX, &m, &neg);
    return neg ? 0 - m : m;
}

long strtol(const char *s, char **end, int base) { return strtoll(s, end, base); }
unsigned long strtoul(const char *s, char **end, int base) { return strtoull(s, end, base); }
intmax_t strtoimax(const char *s, char **end, int base) { return strtoll(s, end, base); }
uintmax_t strtoumax(const char *s, char **end, int base) { return strtoull(s, end, base); }
int atoi(const char *s) { return (int)strtol(s, NULL, 10); }
long atol(const char *s) { return strtol(s, NULL, 10); }
long long atoll(const char *s) { return strtoll(s, NULL, 10); }

char *getenv(const char *name)
{
    size_t n = strlen(name);
    for (char **e = environ; e && *e; e++)
        if (!strncmp(*e, name, n) && (*e)[n] == '=')
            return *e + n + 1;
    return NULL;
}

/* qsort: a stable top-down merge sort (glibc sorts with a merge sort too,
   so elements that compare equal keep their order in both builds). */
static void msort(char *b, size_t n, size_t size, int (*cmp)(const void *, const void *), char *tmp)
{
    if (n < 2)
        return;
    size_t n1 = n / 2, n2 = n - n1;
    char *b1 = b, *b2 = b + n1 * size;
    msort(b1, n1, size, cmp, tmp);
    msort(b2, n2, size, cmp, tmp);
    char *t = tmp;
    while (n1 && n2) {
        if (cmp(b1, b2) <= 0) {
            memcpy(t, b1, size);
            b1 += size, n1--;
        } else {
            memcpy(t, b2, size);
            b2 += size, n2--;
        }
        t += size;
    }
    if (n1)
        memcpy(t, b1, n1 * size);
    memcpy(b, tmp, (n - n2) * size);
}

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    char *tmp = malloc(n * size + 1);
    if (!tmp)
        abort();
    msort(base, n, size, cmp, tmp);
    free(tmp);
}

void *bsearch(const void *key, const void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *p = (const char *)base + mid * size;
        int c = cmp(key, p);
        if (c < 0)
            hi = mid;
        else if (c > 0)
            lo = mid + 1;
        else
            return (void *)p;
    }
    return NULL;
}

/* ---- stdio ----------------------------------------------------------------- */

struct FILE {
    int fd;
    int unbuffered;
    size_t len;          /* output: bytes buffered; input: bytes available */
    size_t pos;          /* input: next byte */
    int eof;
    char buf[BUFSIZ];
};
static FILE f_in = {0, 0, 0, 0, 0, {0}}, f_out = {1, 0, 0, 0, 0, {0}}, f_err = {2, 1, 0, 0, 0, {0}};
FILE *stdin = &f_in, *stdout = &f_out, *stderr = &f_err;

static void write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w <= 0)
            return;
        p += w, n -= (size_t)w;
    }
}

int fflush(FILE *f)
{
    if (!f) {
        fflush(stdout);
        return 0;
    }
    if (f->fd != 0 && f->len) {
        write_all(f->fd, f->buf, f->len);
        f->len = 0;
    }
    return 0;
}

size_t fwrite(const void *p, size_t size, size_t n, FILE *f)
{
    size_t total = size * n;
    const char *s = p;
    if (f->unbuffered) {
        write_all(f->fd, s, total);
        return n;
    }
    for (size_t i = 0; i < total; i++) {
        if (f->len == BUFSIZ)
            fflush(f);
        f->buf[f->len++] = s[i];
    }
    return n;
}

int fputc(int c, FILE *f)
{
    char ch = (char)c;
    fwrite(&ch, 1, 1, f);
    return (unsigned char)c;
}
int putc(int c, FILE *f) { return fputc(c, f); }
int putchar(int c) { return fputc(c, stdout); }

int fputs(const char *s, FILE *f)
{
    fwrite(s, 1, strlen(s), f);
    return 1;
}

int puts(const char *s)
{
    fputs(s, stdout);
    putchar('\n');
    return 1;
}

int fgetc(FILE *f)
{
    if (f->pos == f->len) {
        if (f->eof)
            return EOF;
        fflush(stdout);
        ssize_t r = read(f->fd, f->buf, BUFSIZ);
        if (r <= 0) {
            f->eof = 1;
            return EOF;
        }
        f->len = (size_t)r;
        f->pos = 0;
    }
    return (unsigned char)f->buf[f->pos++];
}
int getc(FILE *f) { return fgetc(f); }
int getchar(void) { return fgetc(stdin); }

char *fgets(char *s, int n, FILE *f)
{
    int i = 0;
    while (i < n - 1) {
        int c = fgetc(f);
        if (c == EOF)
            break;
        s[i++] = (char)c;
        if (c == '\n')
            break;
    }
    if (!i)
        return NULL;
    s[i] = 0;
    return s;
}

size_t fread(void *p, size_t size, size_t n, FILE *f)
{
    char *d = p;
    size_t total = size * n, i = 0;
    for (; i < total; i++) {
        int c = fgetc(f);
        if (c == EOF)
            break;
        d[i] = (char)c;
    }
    return size ? i / size : 0;
}

/* printf: a sink that writes either to a FILE or to a bounded buffer. */
struct sink {
    FILE *f;
    char *buf;
    size_t cap;          /* buffer capacity (incl. the NUL) */
    size_t n;            /* characters produced */
};

static void out(struct sink *k, const char *p, size_t n)
{
    if (k->f) {
        fwrite(p, 1, n, k->f);
    } else {
        for (size_t i = 0; i < n; i++)
            if (k->n + i + 1 < k->cap)
                k->buf[k->n + i] = p[i];
    }
    k->n += n;
}

static void pad(struct sink *k, char c, int n)
{
    while (n-- > 0)
        out(k, &c, 1);
}

/* One formatted field: prefix (sign / 0x), zeros, digits, justified. */
static void field(struct sink *k, const char *prefix, int zeros, const char *body, size_t blen, int width, int left, int zero_pad)
{
    size_t plen = strlen(prefix);
    int total = (int)(plen + blen) + (zeros > 0 ? zeros : 0);
    if (zero_pad && !left && width > total) {
        zeros += width - total;
        total = width;
    }
    if (!left)
        pad(k, ' ', width - total);
    out(k, prefix, plen);
    pad(k, '0', zeros);
    out(k, body, blen);
    if (left)
        pad(k, ' ', width - total);
}

/* %f of a double, exactly rounded (round half to even on the exact binary
   value, as glibc does) for |x| * 10^prec < 2^127; precision at most 17. */
static void fmt_f(struct sink *k, double x, int prec, int width, int left, int zero_pad, char sign_char, int alt)
{
    union { double d; uint64_t u; } v = { x };
    int neg = (int)(v.u >> 63);
    int ex = (int)((v.u >> 52) & 0x7ff);
    uint64_t man = v.u & ((1ULL << 52) - 1);
    char prefix[2] = { 0, 0 };
    if (neg)
        prefix[0] = '-';
    else if (sign_char)
        prefix[0] = sign_char;
    if (ex == 0x7ff) {
        field(k, prefix, 0, man ? "nan" : "inf", 3, width, left, 0);
        return;
    }
    if (prec > 17)
        prec = 17;
    if (ex)
        man |= 1ULL << 52;
    else
        ex = 1;
    int e2 = ex - 1075;                    /* x = man * 2^e2 */
    unsigned __int128 scale = 1;
    for (int i = 0; i < prec; i++)
        scale *= 10;
    unsigned __int128 q;                   /* round(|x| * 10^prec) */
    if (e2 >= 0) {
        q = ((unsigned __int128)man << (e2 > 70 ? 70 : e2)) * scale;
    } else if (e2 > -128) {
        unsigned __int128 t = (unsigned __int128)man * scale;
        int s = -e2;
        unsigned __int128 r, half;
        if (s >= 128) {
            q = 0; r = t; half = 0;
        } else {
            q = t >> s;
            r = t & (((unsigned __int128)1 << s) - 1);
            half = (unsigned __int128)1 << (s - 1);
        }
        if (r > half || (r == half && (q & 1)))
            q++;
    } else {
        q = 0;
    }
    char digits[64];
    int nd = 0;
    do {
        digits[nd++] = (char)('0' + (int)(q % 10));
        q /= 10;
    } while (q);
    while (nd <= prec)
        digits[nd++] = '0';
    char body[80];
    int bl = 0;
    for (int i = nd - 1; i >= prec; i--)
        body[bl++] = digits[i];
    if (prec || alt)
        body[bl++] = '.';
    for (int i = prec - 1; i >= 0; i--)
        body[bl++] = digits[i];
    field(k, prefix, 0, body, (size_t)bl, width, left, zero_pad);
}

static int format(struct sink *k, const char *fmt, va_list ap)
{
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            const char *q = p;
            while (q[1] && q[1] != '%')
                q++;
            out(k, p, (size_t)(q - p + 1));
            p = q;
            continue;
        }
        const char *start = p++;
        int left = 0, zero = 0, plus = 0, space = 0, alt = 0;
        for (;; p++) {
            if (*p == '-') left = 1;
            else if (*p == '0') zero = 1;
            else if (*p == '+') plus = 1;
            else if (*p == ' ') space = 1;
            else if (*p == '#') alt = 1;
            else break;
        }
        int width = 0, prec = -1;
        if (*p == '*') {
            width = va_arg(ap, int);
            if (width < 0)
                left = 1, width = -width;
            p++;
        } else {
            while (isdigit((unsigned char)*p))
                width = width * 10 + (*p++ - '0');
        }
        if (*p == '.') {
            p++;
            prec = 0;
            if (*p == '*') {
                prec = va_arg(ap, int);
                if (prec < 0)
                    prec = -1;
                p++;
            } else {
                while (isdigit((unsigned char)*p))
                    prec = prec * 10 + (*p++ - '0');
            }
        }
        int len = 0;   /* 1 hh, 2 h, 3 l, 4 ll, 5 z/j/t */
        if (*p == 'h') {
            len = 2, p++;
            if (*p == 'h')
                len = 1, p++;
        } else if (*p == 'l') {
            len = 3, p++;
            if (*p == 'l')
                len = 4, p++;
        } else if (*p == 'q' || *p == 'L') {
            len = 4, p++;
        } else if (*p == 'z' || *p == 'j' || *p == 't') {
            len = 5, p++;
        }
        char c = *p;
        if (!c) {
            out(k, start, (size_t)(p - start));
            break;
        }
        switch (c) {
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'p': case 'b': case 'B': {
            unsigned long long u;
            int neg = 0;
            if (c == 'p') {
                u = (uintptr_t)va_arg(ap, void *);
                if (!u) {
                    field(k, "", 0, "(nil)", 5, width, left, 0);
                    break;
                }
                alt = 1;
            } else if (c == 'd' || c == 'i') {
                long long s;
                if (len == 4) s = va_arg(ap, long long);
                else if (len == 3 || len == 5) s = va_arg(ap, long);
                else s = va_arg(ap, int);
                if (len == 1) s = (signed char)s;
                if (len == 2) s = (short)s;
                neg = s < 0;
                u = neg ? 0 - (unsigned long long)s : (unsigned long long)s;
            } else {
                if (len == 4) u = va_arg(ap, unsigned long long);
                else if (len == 3 || len == 5) u = va_arg(ap, unsigned long);
                else u = va_arg(ap, unsigned int);
                if (len == 1) u = (unsigned char)u;
                if (len == 2) u = (unsigned short)u;
            }
            unsigned base = (c == 'o') ? 8 : (c == 'x' || c == 'X' || c == 'p') ? 16 : (c == 'b' || c == 'B') ? 2 : 10;
            const char *dig = c == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            char body[64];
            int bl = 0;
            char tmp[64];
            int tl = 0;
            while (u) {
                tmp[tl++] = dig[u % base];
                u /= base;
            }
            int zeros = prec >= 0 ? prec - tl : (tl ? 0 : 1);
            if (c == 'o' && alt && zeros <= 0 && (tl == 0 || tmp[tl - 1] != '0'))
                zeros = 1;
            while (tl)
                body[bl++] = tmp[--tl];
            char prefix[3] = { 0, 0, 0 };
            if (neg) prefix[0] = '-';
            else if ((c == 'd' || c == 'i') && plus) prefix[0] = '+';
            else if ((c == 'd' || c == 'i') && space) prefix[0] = ' ';
            if ((c == 'x' || c == 'X' || c == 'p' || c == 'b' || c == 'B') && alt && bl) {
                prefix[0] = '0';
                prefix[1] = c;          /* 0x, 0X, 0b, 0B (glibc 2.35+ has %b) */
                if (c == 'p')
                    prefix[1] = 'x';
            }
            field(k, prefix, zeros, body, (size_t)bl, width, left, zero && prec < 0);
            break;
        }
        case 'c': {
            char ch = (char)va_arg(ap, int);
            field(k, "", 0, &ch, 1, width, left, 0);
            break;
        }
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s)
                s = (prec < 0 || prec >= 6) ? "(null)" : "";
            size_t n = prec >= 0 ? strnlen(s, (size_t)prec) : strlen(s);
            field(k, "", 0, s, n, width, left, 0);
            break;
        }
        case 'f': case 'F': {
            double d = va_arg(ap, double);
            fmt_f(k, d, prec < 0 ? 6 : prec, width, left, zero, plus ? '+' : space ? ' ' : 0, alt);
            break;
        }
        case 'n': {
            void *ptr = va_arg(ap, void *);
            if (len == 1) *(signed char *)ptr = (signed char)k->n;
            else if (len == 2) *(short *)ptr = (short)k->n;
            else if (len == 3 || len == 5) *(long *)ptr = (long)k->n;
            else if (len == 4) *(long long *)ptr = (long long)k->n;
            else *(int *)ptr = (int)k->n;
            break;
        }
        case '%':
            out(k, "%", 1);
            break;
        default:
            /* glibc prints an unknown conversion as written */
            out(k, start, (size_t)(p - start + 1));
            break;
        }
    }
    return (int)k->n;
}

int vfprintf(FILE *f, const char *fmt, va_list ap)
{
    struct sink k = { f, NULL, 0, 0 };
    return format(&k, fmt, ap);
}

int vprintf(const char *fmt, va_list ap) { return vfprintf(stdout, fmt, ap); }

int vsnprintf(char *buf, size_t n, const char *fmt, va_list ap)
{
    struct sink k = { NULL, buf, n, 0 };
    int r = format(&k, fmt, ap);
    if (n)
        buf[k.n < n ? k.n : n - 1] = 0;
    return r;
}

int vsprintf(char *buf, const char *fmt, va_list ap) { return vsnprintf(buf, (size_t)-1 / 2, fmt, ap); }

int printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vfprintf(stdout, fmt, ap);
    va_end(ap);
    return r;
}

int fprintf(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vfprintf(f, fmt, ap);
    va_end(ap);
    return r;
}

int sprintf(char *buf, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsprintf(buf, fmt, ap);
    va_end(ap);
    return r;
}

int snprintf(char *buf, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(buf, n, fmt, ap);
    va_end(ap);
    return r;
}

/* ---- process --------------------------------------------------------------- */

/* atexit and on_exit handlers, run newest first by exit (also handlers
   registered while exit is running them, as glibc does). */
static struct { void (*fn)(void); void (*fn2)(int, void *); void *arg; } handlers[64];
static int nhandlers;

int atexit(void (*fn)(void))
{
    if (nhandlers == 64)
        return -1;
    handlers[nhandlers].fn = fn;
    handlers[nhandlers].fn2 = NULL;
    nhandlers++;
    return 0;
}

int on_exit(void (*fn)(int, void *), void *arg)
{
    if (nhandlers == 64)
        return -1;
    handlers[nhandlers].fn = NULL;
    handlers[nhandlers].fn2 = fn;
    handlers[nhandlers].arg = arg;
    nhandlers++;
    return 0;
}

void exit(int status)
{
    while (nhandlers > 0) {
        nhandlers--;
        if (handlers[nhandlers].fn)
            handlers[nhandlers].fn();
        else
            handlers[nhandlers].fn2(status, handlers[nhandlers].arg);
    }
    fflush(stdout);
    _exit(status);
}

void abort(void)
{
    fflush(stdout);
    /* SIGABRT to ourselves (kill(getpid(), 6)), as glibc's abort does */
    __syscall6(1053, getpid(), 6, 0, 0, 0, 0);
    _exit(127);
}

void __assert_fail(const char *expr, const char *file, int line)
{
    fprintf(stderr, "%s:%d: assertion failed: %s\n", file, line, expr);
    abort();
}

int main(int argc, char **argv, char **envp);

void __libc_start(int argc, char **argv, char **envp)
{
    exit(main(argc, argv, envp));
}

/* ---- signals ---------------------------------------------------------------- */
#include "signal.h"
#include "setjmp.h"

/* the kernel's struct sigaction on ia64: handler (a function descriptor
   pointer, as C function pointers are), flags, mask (no sa_restorer) */
struct k_sigaction { unsigned long handler, flags, mask; };
enum { SYS_kill = 1053, SYS_rt_sigaction = 1177, SYS_rt_sigprocmask = 1179, SYS_rt_sigpending = 1178 };

int sigaction(int sig, const struct sigaction *act, struct sigaction *old)
{
    struct k_sigaction k, ko;
    if (act) {
        k.handler = (unsigned long)act->sa_handler;
        k.flags = (unsigned long)(unsigned)act->sa_flags;
        k.mask = act->sa_mask.__bits;
    }
    long r = __syscall6(SYS_rt_sigaction, sig, act ? (long)&k : 0, old ? (long)&ko : 0, 8, 0, 0);
    if (r < 0) {
        errno = (int)-r;
        return -1;
    }
    if (old) {
        old->sa_handler = (sighandler_t)ko.handler;
        old->sa_flags = (int)ko.flags;
        old->sa_mask.__bits = ko.mask;
    }
    return 0;
}

sighandler_t signal(int sig, sighandler_t h)
{
    struct sigaction sa, old;
    sa.sa_handler = h;
    sa.sa_mask.__bits = 0;
    sa.sa_flags = SA_RESTART;
    if (sigaction(sig, &sa, &old) < 0)
        return SIG_ERR;
    return old.sa_handler;
}

int kill(int pid, int sig) { return (int)sys(SYS_kill, pid, sig, 0); }
int raise(int sig) { return kill(getpid(), sig); }

int sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
    long r = __syscall6(SYS_rt_sigprocmask, how, (long)set, (long)old, 8, 0, 0);
    if (r < 0) {
        errno = (int)-r;
        return -1;
    }
    return 0;
}

int sigpending(sigset_t *set) { return sys(SYS_rt_sigpending, (long)set, 8, 0) < 0 ? -1 : 0; }
int sigemptyset(sigset_t *s) { s->__bits = 0; return 0; }
int sigfillset(sigset_t *s) { s->__bits = ~0UL; return 0; }
int sigaddset(sigset_t *s, int sig) { s->__bits |= 1UL << (sig - 1); return 0; }
int sigdelset(sigset_t *s, int sig) { s->__bits &= ~(1UL << (sig - 1)); return 0; }
int sigismember(const sigset_t *s, int sig) { return (int)((s->__bits >> (sig - 1)) & 1); }

void siglongjmp(sigjmp_buf env, int val)
{
    if (env[0].__saved)
        sigprocmask(SIG_SETMASK, (const sigset_t *)&env[0].__mask, NULL);
    longjmp(env, val);
}
