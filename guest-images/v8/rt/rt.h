/* The tiny runtime of the freestanding V8 programs: system calls, output,
 * and the helpers gcc expects (no libc, no libgcc: Debian's 32-bit libgcc
 * is built for V8+). */
#ifndef V8_RT_H
#define V8_RT_H
#include <stdarg.h>

typedef unsigned int u32;
typedef int i32;
typedef unsigned long long u64;
typedef long long i64;
typedef unsigned int size_t;

/* Linux sparc32 system-call numbers (arch/sparc/kernel/syscalls/syscall.tbl). */
enum {
    NR_exit = 1, NR_read = 3, NR_write = 4, NR_open = 5, NR_close = 6,
    NR_getpid = 20, NR_brk = 17, NR_kill = 37, NR_getuid = 24,
    NR_mmap = 71, NR_munmap = 73, NR_mprotect = 74, NR_rt_sigreturn = 101,
    NR_rt_sigaction = 102, NR_rt_sigprocmask = 103, NR_exit_group = 188,
    NR_getppid = 64, NR_mmap2 = 56, NR_sigreturn = 216, NR_uname = 189,
};

long __sys(long nr, long a0, long a1, long a2, long a3, long a4, long a5);
void __flushw(void);
#define sys0(n) __sys((n), 0, 0, 0, 0, 0, 0)
#define sys1(n, a) __sys((n), (long)(a), 0, 0, 0, 0, 0)
#define sys2(n, a, b) __sys((n), (long)(a), (long)(b), 0, 0, 0, 0)
#define sys3(n, a, b, c) __sys((n), (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define sys6(n, a, b, c, d, e, f) __sys((n), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

/* The process: argc/argv/envp as given; the auxiliary vector after envp. */
extern char **environ;
extern u32 *auxv;
u32 getauxval(u32 key);

/* Output through a buffer on fd 1 (flushed at newline-free exit and when
 * full) and unbuffered on fd 2. */
void out_flush(void);
int printf(const char *fmt, ...);   /* %d %u %x %X %c %s %p %%, widths, 0, -, l, ll */
int eprintf(const char *fmt, ...);
int vformat(int fd, const char *fmt, va_list ap);
void exit(int status) __attribute__((noreturn));

/* Self-checks: CHECK(cond) counts failures; exit status = failures. */
extern int failures;
#define CHECK(c) do { if (!(c)) { failures++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); } } while (0)

void *memcpy(void *d, const void *s, size_t n);
void *memmove(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);

/* Signals (sparc numbering) and the 32-bit frames' views. */
enum { SIGILL_ = 4, SIGTRAP_ = 5, SIGEMT_ = 7, SIGFPE_ = 8, SIGBUS_ = 10, SIGSEGV_ = 11, SIGUSR1_ = 30 };
/* struct pt_regs of sparc32: what a handler may change to resume elsewhere. */
struct v8_regs {
    u32 psr, pc, npc, y;
    u32 g[8];
    u32 o[8];
};
/* The start of compat siginfo_t. */
struct v8_siginfo {
    i32 signo, errno_, code;
    u32 addr;
    i32 trapno;
};
/* handler(sig, info_or_regs, regs): with `siginfo` (SA_SIGINFO, an rt
 * frame) the second argument is the siginfo, otherwise the regs again. */
typedef void (*v8_handler)(int sig, void *info, struct v8_regs *regs);
int set_handler(int sig, v8_handler h, int siginfo);
/* Resume after the faulting instruction (pc = npc). */
static inline void skip_insn(struct v8_regs *r) { r->pc = r->npc; r->npc += 4; }

#endif
