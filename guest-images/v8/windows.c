/* windows: the V8 register windows as a program sees them. Deep recursion
 * (window overflow and underflow, 96-byte frames), `ta 3` (flush windows)
 * then reading the frames' 16-word save areas at %sp (locals, then ins:
 * slot 14 is the caller's %sp == our %fp, slot 15 the return address),
 * walking the %fp chain to _start's null %fp, a change to a flushed frame
 * in memory that the next `restore` must load, and a setjmp/longjmp of our
 * own (flush, then restore %sp/%fp and return) out of deep recursion. */
#include "rt.h"

__attribute__((noinline)) static u32 rec(u32 n)
{
    volatile u32 here = n * 3;
    if (n == 0)
        return 0;
    return rec(n - 1) + here;
}

/* Mutual recursion with a different frame size and some live locals. */
__attribute__((noinline)) static u32 odd(u32 n);
__attribute__((noinline)) static u32 even(u32 n)
{
    volatile u32 pad[6] = { n, n + 1, n + 2, n + 3, n + 4, n + 5 };
    return n == 0 ? pad[0] : odd(n - 1) + pad[5] - pad[1];
}
__attribute__((noinline)) static u32 odd(u32 n)
{
    return n == 0 ? 1 : even(n - 1) * 2 % 1000003;
}

static u32 text_lo, text_hi;

/* Walk the frame chain from our caller upwards, through memory only. */
__attribute__((noinline)) static u32 walk(u32 *max_depth_ok)
{
    u32 *fp;
    __flushw();
    __asm__ volatile("mov %%fp, %0" : "=r"(fp));
    u32 frames = 0, rets_in_text = 0;
    while (fp && frames < 10000) {
        u32 ret = fp[15], next = fp[14];
        if (ret >= text_lo && ret < text_hi)
            rets_in_text++;
        frames++;
        fp = (u32 *)next;
    }
    *max_depth_ok = frames == rets_in_text + 1; /* _start's own frame has no return */
    return frames;
}

__attribute__((noinline)) static u32 chain(u32 n, u32 *ok)
{
    volatile u32 keep = n;
    u32 r = n == 0 ? walk(ok) : chain(n - 1, ok);
    return r + (keep & 0);
}

/* A value in %l0 of our window: the callee flushes and overwrites the
 * saved %l0 in our frame; when it returns, `restore` reloads our window
 * from memory and we see the new value. */
void poke_caller_l0(void);
__attribute__((noinline, used)) void poke_caller_l0(void)
{
    u32 *fp;
    __flushw();
    __asm__ volatile("mov %%fp, %0" : "=r"(fp));
    fp[0] = 0x600dcafe; /* slot 0 of the caller's save area: its %l0 */
}

__attribute__((noinline)) static u32 l0_after_flush(void)
{
    u32 r;
    __asm__ volatile("mov 0x123, %%l0\n\t"
                     "call poke_caller_l0\n\t"
                     " nop\n\t"
                     "mov %%l0, %0"
                     : "=r"(r)
                     :
                     : "l0", "o0", "o1", "o2", "o3", "o4", "o5", "o7", "g1", "g2", "g3", "g4", "memory");
    return r;
}

/* setjmp/longjmp of our own, the way sparc32 libcs do it: setjmp (a leaf)
 * records its caller's %sp and return address. */
struct jb {
    u32 sp, fp, pc;
};

int my_setjmp(struct jb *j) __attribute__((returns_twice));
__asm__(".text\n\t.align 4\n\t.global my_setjmp\n"
        "my_setjmp:\n\t"
        "st %sp, [%o0]\n\t"
        "st %g0, [%o0 + 4]\n\t"
        "st %o7, [%o0 + 8]\n\t"
        "retl\n\t"
        " mov 0, %o0\n");

/* Flush, then make our window a callee of setjmp's caller: our %fp is its
 * %sp (so `restore` reloads its window from the save area there) and our
 * %i7 its return address; `ret; restore` lands in it with %o0 = v. */
__attribute__((noreturn)) static void my_longjmp(struct jb *j, int v)
{
    register struct jb *rj __asm__("g1") = j;
    register int rv __asm__("g2") = v;
    __asm__ volatile("ta 3\n\t"
                     "ld [%%g1], %%fp\n\t"
                     "ld [%%g1 + 8], %%i7\n\t"
                     "ret\n\t"
                     " restore %%g2, 0, %%o0\n\t"
                     :
                     : "r"(rj), "r"(rv)
                     : "memory");
    __builtin_unreachable();
}

static struct jb env;

__attribute__((noinline)) static u32 dive(u32 n)
{
    volatile u32 x = n;
    if (n == 0)
        my_longjmp(&env, 42);
    return dive(n - 1) + x;
}

extern char __executable_start[], etext[];

int main(void)
{
    text_lo = (u32)__executable_start;
    text_hi = (u32)etext;
    printf("windows\n");
    for (u32 n = 1; n <= 20000; n *= 5)
        printf("rec(%u) = %u\n", n, rec(n));
    printf("even/odd(3001) = %u\n", even(3001));
    for (u32 d = 0; d < 40; d += 7) {
        u32 ok;
        u32 frames = chain(d, &ok);
        printf("chain %2u: %u frames to _start, return addresses in .text: %s\n", d, frames, ok ? "yes" : "no");
    }
    u32 l0 = l0_after_flush();
    printf("%%l0 after the callee changed its flushed copy: %08x\n", l0);
    CHECK(l0 == 0x600dcafe);
    volatile u32 rounds = 0;
    int v = my_setjmp(&env);
    if (rounds++ < 3) {
        printf("setjmp returned %d, diving\n", v);
        dive(500 * rounds);
    }
    printf("after longjmps: setjmp returned %d, rounds %u\n", v, rounds);
    printf("%d failures\n", failures);
    return failures;
}
