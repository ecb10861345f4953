/* Bytecode interpreter: a small stack VM (switch dispatch, locals, calls)
 * running loop-heavy programs: nested arithmetic loops, Collatz chain lengths
 * and a recursive-call function. Prints each program's result. */
#include <stdint.h>
#include <stdio.h>
#include "bench.h"

enum {
    OP_HALT, OP_PUSH, OP_LOAD, OP_STORE, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD,
    OP_AND, OP_XOR, OP_SHR, OP_LT, OP_EQ, OP_JMP, OP_JZ, OP_JNZ, OP_DUP, OP_POP,
    OP_CALL, OP_RET, OP_INC, OP_PRINT
};

#define STACK 256
#define FRAMES 64
#define NLOCALS 8

struct frame { int ret; int32_t locals[NLOCALS]; };

static uint32_t out_hash = 5381;

static int32_t run(const int32_t *code)
{
    int32_t stack[STACK];
    struct frame frames[FRAMES];
    int sp = 0, fp = 0, pc = 0;
    struct frame *f = &frames[0];
    for (int i = 0; i < NLOCALS; i++) f->locals[i] = 0;
    for (;;) {
        int32_t op = code[pc++];
        switch (op) {
        case OP_HALT: return sp ? stack[sp - 1] : 0;
        case OP_PUSH: stack[sp++] = code[pc++]; break;
        case OP_LOAD: stack[sp++] = f->locals[code[pc++]]; break;
        case OP_STORE: f->locals[code[pc++]] = stack[--sp]; break;
        case OP_ADD: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] + (uint32_t)stack[sp]); break;
        case OP_SUB: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] - (uint32_t)stack[sp]); break;
        case OP_MUL: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] * (uint32_t)stack[sp]); break;
        case OP_DIV: sp--; stack[sp - 1] = stack[sp] ? stack[sp - 1] / stack[sp] : 0; break;
        case OP_MOD: sp--; stack[sp - 1] = stack[sp] ? stack[sp - 1] % stack[sp] : 0; break;
        case OP_AND: sp--; stack[sp - 1] &= stack[sp]; break;
        case OP_XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
        case OP_SHR: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] >> (stack[sp] & 31)); break;
        case OP_LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case OP_EQ: sp--; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
        case OP_JMP: pc = code[pc]; break;
        case OP_JZ: pc = stack[--sp] ? pc + 1 : code[pc]; break;
        case OP_JNZ: pc = stack[--sp] ? code[pc] : pc + 1; break;
        case OP_DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case OP_POP: sp--; break;
        case OP_CALL: {          /* CALL target nargs: args popped into new frame's locals */
            int target = code[pc++], nargs = code[pc++];
            struct frame *nf = &frames[++fp];
            nf->ret = pc;
            for (int i = nargs - 1; i >= 0; i--) nf->locals[i] = stack[--sp];
            for (int i = nargs; i < NLOCALS; i++) nf->locals[i] = 0;
            f = nf;
            pc = target;
            break;
        }
        case OP_RET: pc = f->ret; f = &frames[--fp]; break;   /* result stays on stack */
        case OP_INC: f->locals[code[pc]] += code[pc + 1]; pc += 2; break;
        case OP_PRINT: out_hash = out_hash * 33 + (uint32_t)stack[--sp]; break;
        default: printf("bad opcode %d at %d\n", op, pc - 1); return -1;
        }
    }
}

/* A tiny assembler with backpatching through labels. */
static int32_t prog[1024];
static int n;
static int labels[64];
static int fix_at[128], fix_lbl[128], nfix;
static void e(int32_t v) { prog[n++] = v; }
static void e2(int32_t a, int32_t b) { e(a); e(b); }
static void lbl(int l) { labels[l] = n; }
static void jmp(int op, int l) { e(op); fix_at[nfix] = n; fix_lbl[nfix++] = l; e(0); }
static void call(int l, int nargs) { e(OP_CALL); fix_at[nfix] = n; fix_lbl[nfix++] = l; e(0); e(nargs); }
static void begin(void) { n = 0; nfix = 0; }
static void finish(void) { for (int i = 0; i < nfix; i++) prog[fix_at[i]] = labels[fix_lbl[i]]; }

int main(void)
{
    int32_t r1, r2, r3;

    /* Program 1: acc = 0; for i in 0..I: for j in 0..J: acc = (acc*31 + i*j ^ j) & 0xffffff */
    begin();
    e2(OP_PUSH, 0); e2(OP_STORE, 2);               /* acc */
    e2(OP_PUSH, 0); e2(OP_STORE, 0);               /* i */
    lbl(1);
    e2(OP_PUSH, 0); e2(OP_STORE, 1);               /* j */
    lbl(2);
    e2(OP_LOAD, 2); e2(OP_PUSH, 31); e(OP_MUL);
    e2(OP_LOAD, 0); e2(OP_LOAD, 1); e(OP_MUL); e2(OP_LOAD, 1); e(OP_XOR);
    e(OP_ADD); e2(OP_PUSH, 0xffffff); e(OP_AND); e2(OP_STORE, 2);
    e(OP_INC); e(1); e(1);
    e2(OP_LOAD, 1); e2(OP_PUSH, 300); e(OP_LT); jmp(OP_JNZ, 2);
    e(OP_INC); e(0); e(1);
    e2(OP_LOAD, 0); e2(OP_PUSH, 1400); e(OP_LT); jmp(OP_JNZ, 1);
    e2(OP_LOAD, 2); e(OP_HALT);
    finish();
    r1 = run(prog);

    /* Program 2: total Collatz steps for n in 1..N */
    begin();
    e2(OP_PUSH, 0); e2(OP_STORE, 3);               /* total */
    e2(OP_PUSH, 1); e2(OP_STORE, 0);               /* n */
    lbl(1);
    e2(OP_LOAD, 0); e2(OP_STORE, 1);               /* x = n */
    lbl(2);
    e2(OP_LOAD, 1); e2(OP_PUSH, 1); e(OP_EQ); jmp(OP_JNZ, 4);
    e2(OP_LOAD, 1); e2(OP_PUSH, 1); e(OP_AND); jmp(OP_JZ, 3);
    e2(OP_LOAD, 1); e2(OP_PUSH, 3); e(OP_MUL); e2(OP_PUSH, 1); e(OP_ADD); e2(OP_STORE, 1);
    e(OP_INC); e(3); e(1);
    jmp(OP_JMP, 2);
    lbl(3);
    e2(OP_LOAD, 1); e2(OP_PUSH, 1); e(OP_SHR); e2(OP_STORE, 1);
    e(OP_INC); e(3); e(1);
    jmp(OP_JMP, 2);
    lbl(4);
    e(OP_INC); e(0); e(1);
    e2(OP_LOAD, 0); e2(OP_PUSH, 30000); e(OP_LT); jmp(OP_JNZ, 1);
    e2(OP_LOAD, 3); e(OP_HALT);
    finish();
    r2 = run(prog);

    /* Program 3: recursive fib(n) = n < 2 ? n : fib(n-1) + fib(n-2), printed for n in 10..21 */
    begin();
    e2(OP_PUSH, 10); e2(OP_STORE, 0);
    lbl(1);
    e2(OP_LOAD, 0); call(10, 1); e(OP_DUP); e(OP_PRINT); e2(OP_STORE, 1);
    e(OP_INC); e(0); e(1);
    e2(OP_LOAD, 0); e2(OP_PUSH, 22); e(OP_LT); jmp(OP_JNZ, 1);
    e2(OP_LOAD, 1); e(OP_HALT);
    lbl(10);                                        /* fib: local 0 = n */
    e2(OP_LOAD, 0); e2(OP_PUSH, 2); e(OP_LT); jmp(OP_JZ, 11);
    e2(OP_LOAD, 0); e(OP_RET);
    lbl(11);
    e2(OP_LOAD, 0); e2(OP_PUSH, 1); e(OP_SUB); call(10, 1);
    e2(OP_LOAD, 0); e2(OP_PUSH, 2); e(OP_SUB); call(10, 1);
    e(OP_ADD); e(OP_RET);
    finish();
    r3 = run(prog);

    printf("nested %d collatz %d fib21 %d printed 0x%08x\n", r1, r2, r3, out_hash);
    return 0;
}
