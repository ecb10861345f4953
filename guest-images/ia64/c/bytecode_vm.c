/* bytecode_vm: a small stack-based bytecode interpreter with a switch
 * dispatch loop, calls/returns with frames, conditional jumps and a
 * handful of programs assembled at start-up: iterative and recursive
 * factorial/fibonacci, gcd, a prime counter and a collatz explorer.
 * Prints each program's result and executed-instruction count.
 * Exit code: 0 if all results match the values computed natively in C. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

enum op {
    OP_HALT, OP_PUSH, OP_POP, OP_DUP, OP_SWAP, OP_OVER,
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_NEG,
    OP_LT, OP_EQ, OP_GT, OP_NOT,
    OP_JMP, OP_JZ, OP_JNZ,
    OP_LOAD, OP_STORE,          /* locals of the current frame */
    OP_CALL, OP_RET,            /* CALL addr nargs */
    OP_PRINT,
};

static const char *op_names[] = { "HALT", "PUSH", "POP", "DUP", "SWAP", "OVER", "ADD", "SUB", "MUL", "DIV", "MOD",
                                  "NEG", "LT", "EQ", "GT", "NOT", "JMP", "JZ", "JNZ", "LOAD", "STORE", "CALL", "RET",
                                  "PRINT" };

#define STACK 4096
#define FRAMES 1024

struct frame { int ret_pc; int base; int nargs; };

struct vm {
    const int64_t *code;
    int64_t stack[STACK];
    int sp;
    struct frame frames[FRAMES];
    int fp;
    long steps;
    long op_counts[32];
};

static int64_t run(struct vm *m, int entry, int64_t arg)
{
    int pc = entry;
    m->sp = 0;
    m->fp = 0;
    m->steps = 0;
    memset(m->op_counts, 0, sizeof m->op_counts);
    m->stack[m->sp++] = arg;
    m->frames[0] = (struct frame){ -1, 0, 1 };
    m->sp += 8;                  /* room for locals */
    for (;;) {
        int64_t op = m->code[pc++];
        int64_t a, b;
        m->steps++;
        m->op_counts[op]++;
        switch (op) {
        case OP_HALT: return m->stack[m->sp - 1];
        case OP_PUSH: m->stack[m->sp++] = m->code[pc++]; break;
        case OP_POP: m->sp--; break;
        case OP_DUP: m->stack[m->sp] = m->stack[m->sp - 1]; m->sp++; break;
        case OP_SWAP: a = m->stack[m->sp - 1]; m->stack[m->sp - 1] = m->stack[m->sp - 2]; m->stack[m->sp - 2] = a; break;
        case OP_OVER: m->stack[m->sp] = m->stack[m->sp - 2]; m->sp++; break;
        case OP_ADD: b = m->stack[--m->sp]; m->stack[m->sp - 1] += b; break;
        case OP_SUB: b = m->stack[--m->sp]; m->stack[m->sp - 1] -= b; break;
        case OP_MUL: b = m->stack[--m->sp]; m->stack[m->sp - 1] = (int64_t)((uint64_t)m->stack[m->sp - 1] * (uint64_t)b); break;
        case OP_DIV: b = m->stack[--m->sp]; m->stack[m->sp - 1] = b ? m->stack[m->sp - 1] / b : 0; break;
        case OP_MOD: b = m->stack[--m->sp]; m->stack[m->sp - 1] = b ? m->stack[m->sp - 1] % b : 0; break;
        case OP_NEG: m->stack[m->sp - 1] = -m->stack[m->sp - 1]; break;
        case OP_LT: b = m->stack[--m->sp]; m->stack[m->sp - 1] = m->stack[m->sp - 1] < b; break;
        case OP_EQ: b = m->stack[--m->sp]; m->stack[m->sp - 1] = m->stack[m->sp - 1] == b; break;
        case OP_GT: b = m->stack[--m->sp]; m->stack[m->sp - 1] = m->stack[m->sp - 1] > b; break;
        case OP_NOT: m->stack[m->sp - 1] = !m->stack[m->sp - 1]; break;
        case OP_JMP: pc = (int)m->code[pc]; break;
        case OP_JZ: a = m->stack[--m->sp]; pc = a ? pc + 1 : (int)m->code[pc]; break;
        case OP_JNZ: a = m->stack[--m->sp]; pc = a ? (int)m->code[pc] : pc + 1; break;
        case OP_LOAD: m->stack[m->sp++] = m->stack[m->frames[m->fp].base + m->code[pc++]]; break;
        case OP_STORE: m->stack[m->frames[m->fp].base + m->code[pc++]] = m->stack[--m->sp]; break;
        case OP_CALL: {
            int target = (int)m->code[pc++];
            int nargs = (int)m->code[pc++];
            struct frame *f = &m->frames[++m->fp];
            f->ret_pc = pc;
            f->base = m->sp - nargs;
            f->nargs = nargs;
            m->sp += 8;          /* locals beyond the arguments */
            pc = target;
            break;
        }
        case OP_RET: {
            int64_t rv = m->stack[m->sp - 1];
            struct frame *f = &m->frames[m->fp--];
            m->sp = f->base;
            m->stack[m->sp++] = rv;
            pc = f->ret_pc;
            break;
        }
        case OP_PRINT: printf("  vm print: %lld\n", (long long)m->stack[--m->sp]); break;
        default:
            printf("bad opcode %lld at %d\n", (long long)op, pc - 1);
            return -1;
        }
    }
}

/* ---- a tiny assembler with labels ---- */
static int64_t code[2048];
static int ncode;
static int labels[64];
static int fixups[256][2];
static int nfix;

static void emit(int64_t v) { code[ncode++] = v; }
static void op0(enum op o) { emit(o); }
static void op1(enum op o, int64_t v) { emit(o); emit(v); }
static void jump(enum op o, int label) { emit(o); fixups[nfix][0] = ncode; fixups[nfix][1] = label; nfix++; emit(0); }
static void call(int label, int nargs) { emit(OP_CALL); fixups[nfix][0] = ncode; fixups[nfix][1] = label; nfix++; emit(0); emit(nargs); }
static void label(int l) { labels[l] = ncode; }
static void link_code(void) { for (int i = 0; i < nfix; i++) code[fixups[i][0]] = labels[fixups[i][1]]; }

enum { L_FACT_IT, L_FI_LOOP, L_FI_END, L_FIB_REC, L_FR_BASE, L_GCD, L_GCD_LOOP, L_GCD_END, L_PRIMES, L_P_OUTER,
       L_P_INNER, L_P_NEXT, L_P_COMPOSITE, L_P_END, L_P_ISPRIME, L_COLLATZ, L_C_LOOP, L_C_ODD, L_C_END, L_C_STEP,
       L_MAIN_FACT, L_MAIN_FIB, L_MAIN_GCD, L_MAIN_PRIMES, L_MAIN_COLLATZ, L_C_INNER, L_C_INNER_END, L_C_KEEP };

static void assemble(void)
{
    /* fact_it(n): local1 = 1; while (n > 1) { local1 *= n; n--; } return local1 */
    label(L_FACT_IT);
    op1(OP_PUSH, 1); op1(OP_STORE, 1);
    label(L_FI_LOOP);
    op1(OP_LOAD, 0); op1(OP_PUSH, 1); op0(OP_GT); jump(OP_JZ, L_FI_END);
    op1(OP_LOAD, 1); op1(OP_LOAD, 0); op0(OP_MUL); op1(OP_STORE, 1);
    op1(OP_LOAD, 0); op1(OP_PUSH, 1); op0(OP_SUB); op1(OP_STORE, 0);
    jump(OP_JMP, L_FI_LOOP);
    label(L_FI_END);
    op1(OP_LOAD, 1); op0(OP_RET);

    /* fib(n): n < 2 ? n : fib(n-1) + fib(n-2) */
    label(L_FIB_REC);
    op1(OP_LOAD, 0); op1(OP_PUSH, 2); op0(OP_LT); jump(OP_JNZ, L_FR_BASE);
    op1(OP_LOAD, 0); op1(OP_PUSH, 1); op0(OP_SUB); call(L_FIB_REC, 1);
    op1(OP_LOAD, 0); op1(OP_PUSH, 2); op0(OP_SUB); call(L_FIB_REC, 1);
    op0(OP_ADD); op0(OP_RET);
    label(L_FR_BASE);
    op1(OP_LOAD, 0); op0(OP_RET);

    /* gcd(a, b) */
    label(L_GCD);
    label(L_GCD_LOOP);
    op1(OP_LOAD, 1); jump(OP_JZ, L_GCD_END);
    op1(OP_LOAD, 0); op1(OP_LOAD, 1); op0(OP_MOD); op1(OP_LOAD, 1); op1(OP_STORE, 0); op1(OP_STORE, 1);
    jump(OP_JMP, L_GCD_LOOP);
    label(L_GCD_END);
    op1(OP_LOAD, 0); op0(OP_RET);

    /* primes(n): count primes < n by trial division. locals: 1=count 2=i 3=d */
    label(L_PRIMES);
    op1(OP_PUSH, 0); op1(OP_STORE, 1);
    op1(OP_PUSH, 2); op1(OP_STORE, 2);
    label(L_P_OUTER);
    op1(OP_LOAD, 2); op1(OP_LOAD, 0); op0(OP_LT); jump(OP_JZ, L_P_END);
    op1(OP_PUSH, 2); op1(OP_STORE, 3);
    label(L_P_INNER);
    op1(OP_LOAD, 3); op1(OP_LOAD, 3); op0(OP_MUL); op1(OP_LOAD, 2); op0(OP_GT); jump(OP_JNZ, L_P_ISPRIME);
    op1(OP_LOAD, 2); op1(OP_LOAD, 3); op0(OP_MOD); jump(OP_JZ, L_P_COMPOSITE);
    op1(OP_LOAD, 3); op1(OP_PUSH, 1); op0(OP_ADD); op1(OP_STORE, 3);
    jump(OP_JMP, L_P_INNER);
    label(L_P_ISPRIME);
    op1(OP_LOAD, 1); op1(OP_PUSH, 1); op0(OP_ADD); op1(OP_STORE, 1);
    label(L_P_COMPOSITE);
    label(L_P_NEXT);
    op1(OP_LOAD, 2); op1(OP_PUSH, 1); op0(OP_ADD); op1(OP_STORE, 2);
    jump(OP_JMP, L_P_OUTER);
    label(L_P_END);
    op1(OP_LOAD, 1); op0(OP_RET);

    /* collatz(n): max steps over 1..n; locals 1=best 2=i 3=x 4=steps */
    label(L_COLLATZ);
    op1(OP_PUSH, 0); op1(OP_STORE, 1);
    op1(OP_PUSH, 1); op1(OP_STORE, 2);
    label(L_C_LOOP);
    op1(OP_LOAD, 2); op1(OP_LOAD, 0); op0(OP_GT); jump(OP_JNZ, L_C_END);
    op1(OP_LOAD, 2); op1(OP_STORE, 3); op1(OP_PUSH, 0); op1(OP_STORE, 4);
    label(L_C_INNER);
    op1(OP_LOAD, 3); op1(OP_PUSH, 1); op0(OP_EQ); jump(OP_JNZ, L_C_INNER_END);
    op1(OP_LOAD, 3); op1(OP_PUSH, 2); op0(OP_MOD); jump(OP_JNZ, L_C_ODD);
    op1(OP_LOAD, 3); op1(OP_PUSH, 2); op0(OP_DIV); op1(OP_STORE, 3); jump(OP_JMP, L_C_STEP);
    label(L_C_ODD);
    op1(OP_LOAD, 3); op1(OP_PUSH, 3); op0(OP_MUL); op1(OP_PUSH, 1); op0(OP_ADD); op1(OP_STORE, 3);
    label(L_C_STEP);
    op1(OP_LOAD, 4); op1(OP_PUSH, 1); op0(OP_ADD); op1(OP_STORE, 4);
    jump(OP_JMP, L_C_INNER);
    label(L_C_INNER_END);
    op1(OP_LOAD, 4); op1(OP_LOAD, 1); op0(OP_GT); jump(OP_JZ, L_C_KEEP);
    op1(OP_LOAD, 4); op1(OP_STORE, 1);
    label(L_C_KEEP);
    op1(OP_LOAD, 2); op1(OP_PUSH, 1); op0(OP_ADD); op1(OP_STORE, 2);
    jump(OP_JMP, L_C_LOOP);
    label(L_C_END);
    op1(OP_LOAD, 1); op0(OP_RET);

    /* entry stubs: call f(arg in local 0), print, halt with the result */
    label(L_MAIN_FACT); op1(OP_LOAD, 0); call(L_FACT_IT, 1); op0(OP_DUP); op0(OP_PRINT); op0(OP_HALT);
    label(L_MAIN_FIB); op1(OP_LOAD, 0); call(L_FIB_REC, 1); op0(OP_DUP); op0(OP_PRINT); op0(OP_HALT);
    label(L_MAIN_GCD); op1(OP_LOAD, 0); op1(OP_PUSH, 1071L * 462L * 7L); call(L_GCD, 2); op0(OP_DUP); op0(OP_PRINT); op0(OP_HALT);
    label(L_MAIN_PRIMES); op1(OP_LOAD, 0); call(L_PRIMES, 1); op0(OP_DUP); op0(OP_PRINT); op0(OP_HALT);
    label(L_MAIN_COLLATZ); op1(OP_LOAD, 0); call(L_COLLATZ, 1); op0(OP_DUP); op0(OP_PRINT); op0(OP_HALT);
    link_code();
}

static int64_t n_fact(int64_t n) { int64_t r = 1; while (n > 1) r = (int64_t)((uint64_t)r * (uint64_t)n--); return r; }
static int64_t n_fib(int64_t n) { int64_t a = 0, b = 1; while (n--) { int64_t t = a + b; a = b; b = t; } return a; }
static int64_t n_gcd(int64_t a, int64_t b) { while (b) { int64_t t = a % b; a = b; b = t; } return a; }
static int64_t n_primes(int64_t n) { int64_t c = 0; for (int64_t i = 2; i < n; i++) { int p = 1; for (int64_t d = 2; d * d <= i; d++) if (i % d == 0) { p = 0; break; } c += p; } return c; }
static int64_t n_collatz(int64_t n) { int64_t best = 0; for (int64_t i = 1; i <= n; i++) { int64_t x = i, s = 0; while (x != 1) { x = (x % 2) ? 3 * x + 1 : x / 2; s++; } if (s > best) best = s; } return best; }

static struct vm machine;

int main(void)
{
    assemble();
    machine.code = code;
    printf("assembled %d words\n", ncode);
    int fails = 0;
    struct { const char *name; int entry; int64_t arg; int64_t want; } tests[] = {
        { "fact(20)", labels[L_MAIN_FACT], 20, n_fact(20) },
        { "fact(25) wraps", labels[L_MAIN_FACT], 25, n_fact(25) },
        { "fib(20) recursive", labels[L_MAIN_FIB], 20, n_fib(20) },
        { "gcd(1071*462, 1071*462*7)", labels[L_MAIN_GCD], 1071L * 462L, n_gcd(1071L * 462L, 1071L * 462L * 7L) },
        { "gcd(1071, 3238614)", labels[L_MAIN_GCD], 1071, n_gcd(1071, 1071L * 462L * 7L) },
        { "primes below 3000", labels[L_MAIN_PRIMES], 3000, n_primes(3000) },
        { "collatz max steps to 300", labels[L_MAIN_COLLATZ], 300, n_collatz(300) },
    };
    for (unsigned i = 0; i < sizeof tests / sizeof tests[0]; i++) {
        printf("%s:\n", tests[i].name);
        int64_t r = run(&machine, tests[i].entry, tests[i].arg);
        printf("  result %lld (native %lld) steps %ld %s\n", (long long)r, (long long)tests[i].want, machine.steps,
               r == tests[i].want ? "ok" : "MISMATCH");
        if (r != tests[i].want) fails++;
        printf("  top ops:");
        for (int k = 0; k < 3; k++) {
            int best = 0;
            for (int o = 1; o < 24; o++) if (machine.op_counts[o] > machine.op_counts[best]) best = o;
            printf(" %s=%ld", op_names[best], machine.op_counts[best]);
            machine.op_counts[best] = -1;
        }
        printf("\n");
    }
    printf("fails=%d\n", fails);
    return fails;
}
