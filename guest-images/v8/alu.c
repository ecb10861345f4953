/* alu: the V8 integer unit, checked by printing results and condition codes
 * (read back through the 16 Bicc conditions, with and without annul) for a
 * table of edge-case operands: add/sub with and without carry, the logical
 * ops, shifts by register (only 5 count bits in V8), sethi, the tagged
 * adds and subtracts, umul/smul with %y, udiv/sdiv with the 64-bit dividend
 * in %y:rs1 (overflow saturates and sets V in the cc forms), mulscc alone
 * and as the 32-step multiply of the V8 manual, rd/wr %y. Prints only
 * values, so qemu-sparc and lastmile must agree line by line. */
#include "rt.h"

static const u32 vals[] = { 0, 1, 2, 3, 0x7fffffff, 0x80000000, 0x80000001, 0xffffffff,
                            0xfffffffe, 0x12345678, 0xdeadbeef, 0x0000ffff, 0x40000000, 0xc0000000 };
#define NV (sizeof vals / sizeof vals[0])

/* N Z V C of the current %icc, each read by one annulled branch. */
#define NZVC(out)                                  \
    "mov 0, " out "\n\t"                           \
    "bneg,a 1f\n\t or " out ", 8, " out "\n"       \
    "1: be,a 2f\n\t or " out ", 4, " out "\n"      \
    "2: bvs,a 3f\n\t or " out ", 2, " out "\n"     \
    "3: bcs,a 4f\n\t or " out ", 1, " out "\n"     \
    "4:\n\t"

/* One bit per Bicc condition, set when the branch is taken (annulled delay
 * slot: executed only when taken; ba,a and bn,a never execute it). */
#define TAKEN(c, out) "sll " out ", 1, " out "\n\tb" c ",a 1f\n\t or " out ", 1, " out "\n1:\n\t"
/* Without annul the delay slot always runs; the next instruction runs only
 * when the branch is not taken. */
#define NOTTAKEN(c, out) "sll " out ", 1, " out "\n\tb" c " 1f\n\t nop\n\t or " out ", 1, " out "\n1:\n\t"
/* Bit 15 (first) is bn ... bit 0 (last) is bvc. */
#define ALLCONDS(M, out)                                                                   \
    M("n", out) M("e", out) M("le", out) M("l", out) M("leu", out) M("cs", out)           \
    M("neg", out) M("vs", out) M("a", out) M("ne", out) M("g", out) M("ge", out)          \
    M("gu", out) M("cc", out) M("pos", out) M("vc", out)

/* An op "OP a, b, r" that sets cc: result, NZVC, both condition masks. */
#define CCOP(name, op)                                                                         \
    static void name(u32 a, u32 b)                                                             \
    {                                                                                          \
        u32 r, f, t, n;                                                                        \
        __asm__ volatile(op " %4, %5, %0\n\t" NZVC("%1") "mov 0, %2\n\t" ALLCONDS(TAKEN, "%2")  \
                         "mov 0, %3\n\t" ALLCONDS(NOTTAKEN, "%3")                              \
                         : "=&r"(r), "=&r"(f), "=&r"(t), "=&r"(n)                              \
                         : "r"(a), "r"(b)                                                      \
                         : "cc");                                                              \
        printf(#op " %08x %08x = %08x nzvc %x taken %04x nottaken %04x\n", a, b, r, f, t, n);  \
    }

CCOP(op_addcc, "addcc")
CCOP(op_subcc, "subcc")
CCOP(op_andcc, "andcc")
CCOP(op_orcc, "orcc")
CCOP(op_xorcc, "xorcc")
CCOP(op_andncc, "andncc")
CCOP(op_orncc, "orncc")
CCOP(op_xnorcc, "xnorcc")
CCOP(op_taddcc, "taddcc")
CCOP(op_tsubcc, "tsubcc")

/* addx/subx with the carry in from a compare (subcc sets C when a < b
 * unsigned), carry out read back: a 64-bit add and subtract by hand. */
static void carry_chain(u32 a, u32 b)
{
    u32 s_lo, s_hi, d_lo, d_hi, f1, f2, x;
    __asm__ volatile("addcc %6, %7, %0\n\t"
                     "addxcc %7, %6, %1\n\t" NZVC("%4")
                     "subcc %6, %7, %2\n\t"
                     "subxcc %6, %7, %3\n\t" NZVC("%5")
                     "subcc %6, %7, %%g0\n\t"
                     "addx %%g0, 0, %8\n\t"
                     : "=&r"(s_lo), "=&r"(s_hi), "=&r"(d_lo), "=&r"(d_hi), "=&r"(f1), "=&r"(f2), "+r"(a), "+r"(b), "=&r"(x)
                     :
                     : "cc");
    printf("chain %08x %08x: add %08x:%08x nzvc %x sub %08x:%08x nzvc %x borrow %u\n", a, b, s_hi, s_lo, f1, d_hi, d_lo, f2, x);
}

static void shifts(u32 a)
{
    for (u32 n = 0; n < 64; n += 7) {
        u32 l, r, s;
        __asm__("sll %3, %4, %0\n\tsrl %3, %4, %1\n\tsra %3, %4, %2" : "=&r"(l), "=&r"(r), "=&r"(s) : "r"(a), "r"(n));
        printf("shift %08x by %2u: sll %08x srl %08x sra %08x\n", a, n, l, r, s);
    }
    u32 i1, i2, i3;
    __asm__("sll %3, 31, %0\n\tsrl %3, 31, %1\n\tsra %3, 31, %2" : "=&r"(i1), "=&r"(i2), "=&r"(i3) : "r"(a));
    printf("shift %08x by imm 31: %08x %08x %08x\n", a, i1, i2, i3);
}

static void mul(u32 a, u32 b)
{
    u32 ul, uh, sl, sh, f1, f2;
    __asm__ volatile("umulcc %6, %7, %0\n\t" NZVC("%4")
                     "rd %%y, %1\n\t"
                     "smulcc %6, %7, %2\n\t" NZVC("%5")
                     "rd %%y, %3\n\t"
                     : "=&r"(ul), "=&r"(uh), "=&r"(sl), "=&r"(sh), "=&r"(f1), "=&r"(f2)
                     : "r"(a), "r"(b)
                     : "cc");
    printf("mul %08x %08x: umul %08x:%08x nzvc %x smul %08x:%08x nzvc %x\n", a, b, uh, ul, f1, sh, sl, f2);
}

/* V8 division: the dividend is %y:rs1; a quotient that does not fit
 * saturates (udiv: 0xffffffff; sdiv: 0x7fffffff or 0x80000000) and the cc
 * forms set V. */
static void div(u32 y, u32 a, u32 b)
{
    u32 uq, sq, f1, f2;
    if (b == 0)
        return;
    __asm__ volatile("wr %6, 0, %%y\n\tnop\n\tnop\n\tnop\n\t"
                     "udivcc %4, %5, %0\n\t" NZVC("%2")
                     "wr %6, 0, %%y\n\tnop\n\tnop\n\tnop\n\t"
                     "sdivcc %4, %5, %1\n\t" NZVC("%3")
                     : "=&r"(uq), "=&r"(sq), "=&r"(f1), "=&r"(f2)
                     : "r"(a), "r"(b), "r"(y)
                     : "cc");
    printf("div %08x:%08x / %08x: udiv %08x nzvc %x sdiv %08x nzvc %x\n", y, a, b, uq, f1, sq, f2);
}

/* One mulscc step, with N and V set beforehand from `pre` (via addcc). */
static void mulscc_step(u32 y, u32 rs1, u32 rs2, u32 pre)
{
    u32 r, ny, f;
    __asm__ volatile("wr %4, 0, %%y\n\tnop\n\tnop\n\tnop\n\t"
                     "addcc %6, %6, %%g0\n\t"
                     "mulscc %3, %5, %0\n\t" NZVC("%2")
                     "rd %%y, %1\n\t"
                     : "=&r"(r), "=&r"(ny), "=&r"(f)
                     : "r"(rs1), "r"(y), "r"(rs2), "r"(pre)
                     : "cc");
    printf("mulscc y=%08x %08x %08x (pre %08x) = %08x y=%08x nzvc %x\n", y, rs1, rs2, pre, r, ny, f);
}

/* The 32-step unsigned multiply of the SPARC V8 manual (Appendix E). */
static u64 mulscc_multiply(u32 a, u32 b)
{
    u32 hi, lo;
    __asm__ volatile("wr %2, 0, %%y\n\tnop\n\tnop\n\tnop\n\t"
                     "andcc %%g0, %%g0, %0\n\t"
                     ".rept 32\n\tmulscc %0, %3, %0\n\t.endr\n\t"
                     "mulscc %0, %%g0, %0\n\t"
                     "tst %3\n\t"
                     "bl,a 1f\n\t add %0, %2, %0\n"
                     "1: rd %%y, %1\n\t"
                     : "=&r"(hi), "=&r"(lo)
                     : "r"(a), "r"(b)
                     : "cc");
    return ((u64)hi << 32) | lo;
}

static void sethi_and_y(void)
{
    u32 a, b, y;
    __asm__("sethi %%hi(0xfedcb000), %0\n\tor %0, %%lo(0x12345fff), %1" : "=&r"(a), "=&r"(b));
    __asm__ volatile("wr %1, 0x123, %%y\n\tnop\n\tnop\n\tnop\n\trd %%y, %0" : "=r"(y) : "r"(0xf0f0f0f0u));
    printf("sethi %08x or %08x; wr y xor 0x123 -> %08x\n", a, b, y);
}

int main(void)
{
    printf("alu: V8 integer unit\n");
    for (u32 i = 0; i < NV; i++)
        for (u32 j = 0; j < NV; j += 3) {
            u32 a = vals[i], b = vals[(j + i) % NV];
            op_addcc(a, b);
            op_subcc(a, b);
            op_andcc(a, b);
            op_orcc(a, b);
            op_xorcc(a, b);
            op_andncc(a, b);
            op_orncc(a, b);
            op_xnorcc(a, b);
            op_taddcc(a, b);
            op_tsubcc(a, b);
            carry_chain(a, b);
            mul(a, b);
            div(vals[j], a, b);
            div(0, a, b);
            div(0xffffffff, a, b);
            mulscc_step(a, b, a ^ b, vals[(i + 5) % NV]);
            u64 m = mulscc_multiply(a, b);
            printf("mulscc multiply %08x * %08x = %08x%08x (%s)\n", a, b, (u32)(m >> 32), (u32)m,
                   m == (u64)a * b ? "right" : "WRONG");
            CHECK(m == (u64)a * b);
        }
    for (u32 i = 0; i < NV; i++)
        shifts(vals[i]);
    sethi_and_y();
    printf("alu: %d failures\n", failures);
    return failures;
}
