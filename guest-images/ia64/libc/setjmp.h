/* The tiny IA-64 libc: setjmp/longjmp (setjmp.S). The buffer holds the
   preserved registers, the register stack position (ar.bsp after flushrs,
   ar.rnat) and, for sigsetjmp, the signal mask. */
#ifndef _TINY_SETJMP_H
#define _TINY_SETJMP_H
typedef struct __attribute__((aligned(16))) { long __regs[62]; long __saved; unsigned long __mask; } jmp_buf[1];
typedef jmp_buf sigjmp_buf;
int setjmp(jmp_buf env) __attribute__((returns_twice));
int _setjmp(jmp_buf env) __attribute__((returns_twice));
int __sigsetjmp(sigjmp_buf env, int savemask) __attribute__((returns_twice));
#define sigsetjmp(env, savemask) __sigsetjmp(env, savemask)
void longjmp(jmp_buf env, int val) __attribute__((noreturn));
void _longjmp(jmp_buf env, int val) __attribute__((noreturn));
void siglongjmp(sigjmp_buf env, int val) __attribute__((noreturn));
#endif
