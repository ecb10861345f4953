/* See rt.h. */
#include "rt.h"

char **environ;
u32 *auxv;
int failures;

u32 getauxval(u32 key)
{
    for (u32 *a = auxv; a && a[0]; a += 2)
        if (a[0] == key)
            return a[1];
    return 0;
}

void exit(int status)
{
    out_flush();
    for (;;)
        sys1(NR_exit_group, status);
}

/* Programs define main with no arguments or with (argc, argv, envp); the
 * SPARC calling convention makes both fine to call this way. */
int main(int argc, char **argv, char **envp);
void __rt_start(int argc, char **argv, char **envp) __attribute__((noreturn));
void __rt_start(int argc, char **argv, char **envp)
{
    environ = envp;
    char **e = envp;
    while (*e)
        e++;
    auxv = (u32 *)(e + 1);
    exit(main(argc, argv, envp));
}

/* ---- signals ---- */

extern char __sigreturn_stub[], __rt_sigreturn_stub[];

int set_handler(int sig, v8_handler h, int siginfo)
{
    /* struct sigaction of sparc32 rt_sigaction: handler, flags, restorer
     * (unused), mask (two words). */
    u32 act[5] = { (u32)h, siginfo ? 0x200u /* SA_SIGINFO */ : 0, 0, 0, 0 };
    char *stub = siginfo ? __rt_sigreturn_stub : __sigreturn_stub;
    return sys6(NR_rt_sigaction, sig, act, 0, stub - 8, 8, 0);
}

/* ---- memory and strings ---- */

void *memcpy(void *d, const void *s, size_t n)
{
    char *dp = d;
    const char *sp = s;
    while (n--)
        *dp++ = *sp++;
    return d;
}

void *memmove(void *d, const void *s, size_t n)
{
    char *dp = d;
    const char *sp = s;
    if (dp < sp)
        while (n--)
            *dp++ = *sp++;
    else
        while (n--)
            dp[n] = sp[n];
    return d;
}

void *memset(void *d, int c, size_t n)
{
    char *dp = d;
    while (n--)
        *dp++ = (char)c;
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

size_t strlen(const char *s)
{
    size_t n = 0;
    while (s[n])
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

/* ---- 64-bit helpers gcc calls for V8 (libgcc's names) ---- */

static u64 udivmod64(u64 n, u64 d, u64 *rem)
{
    u64 q = 0, r = 0;
    if (d == 0) {
        /* Divide by zero: trap like the hardware would for 32-bit udiv. */
        volatile u32 z = 0;
        return (u32)1 / z;
    }
    for (int i = 63; i >= 0; i--) {
        r = (r << 1) | ((n >> i) & 1);
        if (r >= d) {
            r -= d;
            q |= (u64)1 << i;
        }
    }
    if (rem)
        *rem = r;
    return q;
}

u64 __udivdi3(u64 n, u64 d) { return udivmod64(n, d, 0); }
u64 __umoddi3(u64 n, u64 d) { u64 r = 0; udivmod64(n, d, &r); return r; }
i64 __divdi3(i64 n, i64 d)
{
    int neg = (n < 0) ^ (d < 0);
    u64 q = udivmod64(n < 0 ? -(u64)n : (u64)n, d < 0 ? -(u64)d : (u64)d, 0);
    return neg ? -(i64)q : (i64)q;
}
i64 __moddi3(i64 n, i64 d)
{
    u64 r = 0;
    udivmod64(n < 0 ? -(u64)n : (u64)n, d < 0 ? -(u64)d : (u64)d, &r);
    return n < 0 ? -(i64)r : (i64)r;
}

/* ---- output ---- */

static char obuf[4096];
static u32 olen;

void out_flush(void)
{
    u32 done = 0;
    while (done < olen) {
        long r = sys3(NR_write, 1, obuf + done, olen - done);
        if (r <= 0)
            break;
        done += r;
    }
    olen = 0;
}

static void put(int fd, const char *s, u32 n)
{
    if (fd != 1) {
        out_flush();
        sys3(NR_write, fd, s, n);
        return;
    }
    while (n) {
        if (olen == sizeof obuf)
            out_flush();
        obuf[olen++] = *s++;
        n--;
    }
}

int vformat(int fd, const char *f, va_list ap)
{
    int count = 0;
    for (; *f; f++) {
        if (*f != '%') {
            put(fd, f, 1);
            count++;
            continue;
        }
        f++;
        int left = 0, zero = 0, width = 0, lng = 0;
        for (;; f++) {
            if (*f == '-')
                left = 1;
            else if (*f == '0')
                zero = 1;
            else
                break;
        }
        while (*f >= '0' && *f <= '9')
            width = width * 10 + (*f++ - '0');
        while (*f == 'l')
            lng++, f++;
        char tmp[24], *s = tmp + sizeof tmp;
        u32 n = 0;
        const char *str = 0;
        switch (*f) {
        case 'd':
        case 'u':
        case 'x':
        case 'X':
        case 'p': {
            u64 v;
            int neg = 0;
            if (*f == 'p')
                v = (u32)va_arg(ap, void *);
            else if (lng >= 2)
                v = va_arg(ap, u64);
            else
                v = va_arg(ap, u32);
            if (*f == 'd') {
                i64 sv = lng >= 2 ? (i64)v : (i64)(i32)(u32)v;
                if (sv < 0) {
                    neg = 1;
                    v = -(u64)sv;
                } else {
                    v = sv;
                }
            }
            u32 base = (*f == 'd' || *f == 'u') ? 10 : 16;
            const char *dig = *f == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            do {
                *--s = dig[v % base];
                v /= base;
            } while (v);
            if (*f == 'p') {
                *--s = 'x';
                *--s = '0';
            }
            if (neg && !zero)
                *--s = '-';
            n = tmp + sizeof tmp - s;
            if (neg && zero) {
                put(fd, "-", 1);
                count++;
                width--;
            }
            str = s;
            break;
        }
        case 'c':
            tmp[0] = (char)va_arg(ap, int);
            str = tmp;
            n = 1;
            break;
        case 's':
            str = va_arg(ap, const char *);
            if (!str)
                str = "(null)";
            n = strlen(str);
            break;
        case '%':
            str = "%";
            n = 1;
            break;
        default:
            str = "%?";
            n = 2;
        }
        int pad = width > (int)n ? width - (int)n : 0;
        if (!left)
            while (pad-- > 0) {
                put(fd, zero && *f != 's' && *f != 'c' ? "0" : " ", 1);
                count++;
            }
        put(fd, str, n);
        count += n;
        if (left)
            while (pad-- > 0) {
                put(fd, " ", 1);
                count++;
            }
    }
    return count;
}

int printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vformat(1, fmt, ap);
    va_end(ap);
    return n;
}

int eprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vformat(2, fmt, ap);
    va_end(ap);
    return n;
}
