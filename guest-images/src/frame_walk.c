/* frame_walk: walks the sparc64 frame chain by hand.
 * Every function's register window is saved (after flushw) in the 16
 * doubleword save area at its own %sp + 2047; slot 14 holds its %i6
 * (the caller's %sp == this function's frame pointer, biased) and slot 15
 * its %i7 (the address of the call; gcc's __builtin_return_address(0) is
 * this same value, not +8).  __builtin_frame_address(0) yields the
 * unbiased frame pointer.  Only counts and yes/no facts are printed, so
 * the output is identical at -O0 and -O2 and independent of addresses.
 * Exit code = number of failed checks. */
#include <stdio.h>
#include <stdint.h>

#define BIAS 2047
#define MAXD 64

static uintptr_t top_fp;               /* main's frame */
static uintptr_t rec_fp[MAXD + 1];     /* frame address recorded by each level */
static uintptr_t rec_ra[MAXD + 1];     /* __builtin_return_address(0) at each level */
static uintptr_t rec_ra1[MAXD + 1];    /* __builtin_return_address(1) at each level */
static int fails;

static void check(int cond, const char *what)
{
    printf("  %-58s %s\n", what, cond ? "yes" : "NO");
    if (!cond)
        fails++;
}

struct walk_result {
    int frames;              /* frames from walk (inclusive) to main (exclusive) */
    int matched;             /* rec frames whose address matched the record */
    int ra_matched;          /* rec frames whose saved %i7 matched */
    int same_size;           /* all rec frames have the same size */
    int reached_top;
};

__attribute__((noinline)) static struct walk_result walk(int depth)
{
    struct walk_result r = { 0, 0, 0, 1, 0 };
    __asm__ volatile("flushw" ::: "memory");   /* spill all windows to the stack */
    /* __builtin_frame_address(0) is our %fp + BIAS, i.e. our caller's
       %sp + BIAS: the save area of our caller, rec(depth).  Its slot 14 is
       rec(depth)'s own frame pointer and slot 15 its return address. */
    uintptr_t cur = (uintptr_t)__builtin_frame_address(0);
    intptr_t size0 = 0;
    int level = depth;
    while (cur && r.frames < 100000) {
        r.frames++;                    /* counts walk itself first */
        const uintptr_t *save = (const uintptr_t *)cur;
        uintptr_t next = save[14] ? save[14] + BIAS : 0;
        uintptr_t ret = save[15];      /* the address of the call instruction */
        if (level >= 0) {
            if (next == rec_fp[level])
                r.matched++;
            if (ret == rec_ra[level])
                r.ra_matched++;
            if (level < depth) {       /* size of the frame of rec(level + 1)... */
                intptr_t size = (intptr_t)(next - cur);
                if (size0 == 0)
                    size0 = size;
                else if (size != size0)
                    r.same_size = 0;
            }
        }
        level--;
        cur = next;
        if (cur == top_fp) {
            r.reached_top = 1;
            break;
        }
    }
    return r;
}

__attribute__((noinline)) static struct walk_result rec(int level, int depth)
{
    volatile int pad = level;          /* force a frame at -O2 */
    rec_fp[level] = (uintptr_t)__builtin_frame_address(0);
    rec_ra[level] = (uintptr_t)__builtin_return_address(0);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wframe-address"
    rec_ra1[level] = (uintptr_t)__builtin_return_address(1);   /* emits flushw */
#pragma GCC diagnostic pop
    struct walk_result r;
    if (level == depth)
        r = walk(depth);
    else
        r = rec(level + 1, depth);
    r.frames += pad - level;           /* adds 0; uses pad after the call */
    return r;
}

/* a chain through distinct functions */
__attribute__((noinline)) static int count_to_main(void)
{
    __asm__ volatile("flushw" ::: "memory");
    uintptr_t cur = (uintptr_t)__builtin_frame_address(0);
    int n = 0;
    while (cur && cur != top_fp && n < 1000) {
        uintptr_t saved = ((const uintptr_t *)cur)[14];
        cur = saved ? saved + BIAS : 0;
        n++;
    }
    return cur == top_fp ? n : -1;
}
__attribute__((noinline)) static int f3(void) { volatile int x = 3; int r = count_to_main(); return r + x - 3; }
__attribute__((noinline)) static int f2(void) { volatile int x = 2; int r = f3(); return r + x - 2; }
__attribute__((noinline)) static int f1(void) { volatile int x = 1; int r = f2(); return r + x - 1; }

int main(void)
{
    top_fp = (uintptr_t)__builtin_frame_address(0);

    for (int depth = 0; depth <= MAXD; depth += (depth < 8 ? 1 : 8)) {
        struct walk_result r = rec(0, depth);
        printf("depth %2d: frames walked %d\n", depth, r.frames);
        check(r.reached_top, "reached main's frame");
        check(r.frames == depth + 2, "walk plus one frame per recursion level");
        check(r.matched == depth + 1, "frame addresses match __builtin_frame_address");
        check(r.ra_matched == depth + 1, "saved %i7 matches __builtin_return_address(0)");
        check(r.same_size, "all recursive frames have the same size");
        int ra1_ok = 1;
        for (int l = 1; l <= depth; l++)
            if (rec_ra1[l] != rec_ra[l - 1])
                ra1_ok = 0;
        check(ra1_ok, "__builtin_return_address(1) == caller's return address");
        int same_site = 1;
        for (int l = 2; l <= depth; l++)
            if (rec_ra[l] != rec_ra[1])
                same_site = 0;
        check(same_site, "recursive calls share one return address");
        check(depth == 0 || rec_ra[0] != rec_ra[1], "first call comes from a different site");
    }

    int n = f1();
    printf("f1->f2->f3->count_to_main: %d frames below main\n", n);
    check(n == 4, "four frames");

    printf("fails=%d\n", fails);
    return fails;
}
