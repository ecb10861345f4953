/* Call-heavy: deep and wide recursion. Naive Fibonacci (many shallow calls),
 * Ackermann (deep: exercises register-window spill/fill on SPARC), and a
 * recursive Tak. */
#include <stdint.h>
#include <stdio.h>
#include "bench.h"

#define FIB_N 36
#define ACK_M 2
#define ACK_N 500
#define TAK_X 26
#define TAK_Y 16
#define TAK_Z 8

static volatile int vfib = FIB_N, vackm = ACK_M, vackn = ACK_N;
static volatile int vx = TAK_X, vy = TAK_Y, vz = TAK_Z;
static uint64_t calls;

__attribute__((noinline)) static uint32_t fib(uint32_t n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

__attribute__((noinline)) static uint32_t ack(uint32_t m, uint32_t n)
{
    calls++;
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

__attribute__((noinline)) static int tak(int x, int y, int z)
{
    calls++;
    if (y >= x) return z;
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y));
}

int main(void)
{
    uint32_t f = fib((uint32_t)vfib);
    uint32_t a = 0;
    for (int i = 0; i < 4; i++)
        a += ack((uint32_t)vackm, (uint32_t)vackn - (uint32_t)i);
    uint64_t ack_calls = calls;
    int t = tak(vx, vy, vz);
    printf("fib(%d) = %u\nack sum = %u (%llu calls)\ntak = %d (%llu calls)\n", vfib, f, a,
           (unsigned long long)ack_calls, t, (unsigned long long)(calls - ack_calls));
    return 0;
}
