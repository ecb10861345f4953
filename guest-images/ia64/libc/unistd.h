/* The tiny IA-64 libc: a few system calls. */
#ifndef _TINY_UNISTD_H
#define _TINY_UNISTD_H
#include <stddef.h>
#ifndef _TINY_SSIZE_T
#define _TINY_SSIZE_T
typedef long ssize_t;
#endif
ssize_t write(int fd, const void *p, size_t n);
ssize_t read(int fd, void *p, size_t n);
int close(int fd);
int getpid(void);
void _exit(int status) __attribute__((noreturn));
#endif
