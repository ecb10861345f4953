/* The tiny IA-64 libc: errno (one thread). */
#ifndef _TINY_ERRNO_H
#define _TINY_ERRNO_H
extern int errno;
#define EPERM 1
#define ENOENT 2
#define EINTR 4
#define EIO 5
#define EBADF 9
#define ENOMEM 12
#define EACCES 13
#define EFAULT 14
#define EEXIST 17
#define EINVAL 22
#define ERANGE 34
#define ENOSYS 38
#endif
