/* file_io: file system calls in a private subdirectory of the current
 * directory: mkdir, open/creat, write, read, lseek (SEEK_SET/CUR/END and
 * holes), pread/pwrite, fstat/stat/lstat sizes and types, ftruncate,
 * dup/dup2, O_APPEND, rename, link/symlink/readlink, access, unlink,
 * rmdir, plus stdio fopen/fgets/fseek/ftell.  Errors are reported as
 * errno names.  Everything it creates is removed again.
 * Exit code = failed checks (0). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/types.h>

static int fails;

static void check(int c, const char *w)
{
    printf("%-52s %s\n", w, c ? "ok" : "FAIL");
    if (!c) fails++;
}

static const char *ename(int e)
{
    switch (e) {
    case 0: return "0";
    case ENOENT: return "ENOENT";
    case EEXIST: return "EEXIST";
    case ENOTEMPTY: return "ENOTEMPTY";
    case EBADF: return "EBADF";
    case EISDIR: return "EISDIR";
    case ENOTDIR: return "ENOTDIR";
    case EINVAL: return "EINVAL";
    case EACCES: return "EACCES";
    default: return "other";
    }
}

static const char *ftype(mode_t m)
{
    if (S_ISREG(m)) return "regular";
    if (S_ISDIR(m)) return "directory";
    if (S_ISLNK(m)) return "symlink";
    return "other";
}

#define DIR_ "fio_tmp.d"

int main(void)
{
    char buf[4096];
    struct stat st;

    umask(022);
    /* start clean even if a previous run was interrupted */
    unlink(DIR_ "/a.txt"); unlink(DIR_ "/b.txt"); unlink(DIR_ "/hard"); unlink(DIR_ "/sym");
    unlink(DIR_ "/stdio.txt"); unlink(DIR_ "/sub/x"); rmdir(DIR_ "/sub"); rmdir(DIR_);

    check(mkdir(DIR_, 0755) == 0, "mkdir");
    errno = 0;
    int r = mkdir(DIR_, 0755);
    printf("mkdir again: %d %s\n", r, ename(errno));
    check(r == -1 && errno == EEXIST, "mkdir existing -> EEXIST");

    int fd = open(DIR_ "/a.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
    check(fd >= 0, "open O_CREAT");
    const char *msg = "Hello, file!\nSecond line.\n";
    ssize_t w = write(fd, msg, strlen(msg));
    printf("write returned %zd\n", w);
    check(w == (ssize_t)strlen(msg), "write length");
    check(fstat(fd, &st) == 0 && st.st_size == (off_t)strlen(msg), "fstat size after write");
    printf("size %lld type %s mode %o\n", (long long)st.st_size, ftype(st.st_mode), (unsigned)(st.st_mode & 0777));

    off_t pos = lseek(fd, 0, SEEK_CUR);
    printf("lseek CUR = %lld\n", (long long)pos);
    check(pos == 26, "position after write");
    check(lseek(fd, 7, SEEK_SET) == 7, "lseek SET 7");
    memset(buf, 0, sizeof buf);
    ssize_t n = read(fd, buf, 5);
    printf("read 5 at 7: '%s' (%zd)\n", buf, n);
    check(n == 5 && strcmp(buf, "file!") == 0, "read after seek");
    check(lseek(fd, -6, SEEK_END) == 20, "lseek END -6");
    n = read(fd, buf, sizeof buf);
    buf[n > 0 ? n : 0] = '\0';
    printf("tail: '%.*s' (%zd)\n", (int)(n > 0 ? n - 1 : 0), buf, n);
    n = read(fd, buf, sizeof buf);
    check(n == 0, "read at EOF returns 0");

    /* pwrite/pread do not move the offset */
    pos = lseek(fd, 3, SEEK_SET);
    w = pwrite(fd, "JELLO", 5, 0);
    n = pread(fd, buf, 12, 0);
    buf[n] = '\0';
    printf("pread: '%s', offset still %lld\n", buf, (long long)lseek(fd, 0, SEEK_CUR));
    check(w == 5 && strcmp(buf, "JELLO, file!") == 0 && lseek(fd, 0, SEEK_CUR) == 3, "pwrite/pread");

    /* a hole: seek past the end and write */
    check(lseek(fd, 10000, SEEK_SET) == 10000, "seek past end");
    check(write(fd, "END", 3) == 3, "write after hole");
    fstat(fd, &st);
    printf("size with hole %lld\n", (long long)st.st_size);
    check(st.st_size == 10003, "size with hole");
    n = pread(fd, buf, 100, 5000);
    int zeros = 1;
    for (ssize_t i = 0; i < n; i++) if (buf[i]) zeros = 0;
    check(n == 100 && zeros, "hole reads as zeros");

    check(ftruncate(fd, 12) == 0, "ftruncate 12");
    fstat(fd, &st);
    check(st.st_size == 12, "size after ftruncate");

    /* dup / dup2 share the offset */
    int fd2 = dup(fd);
    lseek(fd, 2, SEEK_SET);
    printf("dup offset %lld\n", (long long)lseek(fd2, 0, SEEK_CUR));
    check(lseek(fd2, 0, SEEK_CUR) == 2, "dup shares offset");
    int fd3 = dup2(fd, 20);
    check(fd3 == 20, "dup2 to 20");
    close(fd3);
    close(fd2);
    close(fd);
    errno = 0;
    r = (int)write(fd, "x", 1);
    printf("write to closed fd: %d %s\n", r, ename(errno));
    check(r == -1 && errno == EBADF, "EBADF on closed fd");

    /* O_APPEND */
    fd = open(DIR_ "/b.txt", O_CREAT | O_WRONLY | O_APPEND, 0600);
    for (int i = 0; i < 5; i++) {
        char line[32];
        int len = snprintf(line, sizeof line, "line %d\n", i);
        lseek(fd, 0, SEEK_SET);            /* ignored for appends */
        if (write(fd, line, (size_t)len) != len) fails++;
    }
    close(fd);
    fd = open(DIR_ "/b.txt", O_RDONLY);
    n = read(fd, buf, sizeof buf - 1);
    buf[n] = '\0';
    close(fd);
    printf("appended file (%zd bytes):\n%s", n, buf);
    check(n == 35, "O_APPEND total");

    /* rename, link, symlink, readlink */
    check(rename(DIR_ "/b.txt", DIR_ "/c.txt") == 0, "rename");
    errno = 0;
    check(stat(DIR_ "/b.txt", &st) == -1 && errno == ENOENT, "old name gone");
    check(stat(DIR_ "/c.txt", &st) == 0 && st.st_size == 35, "new name has content");
    check(link(DIR_ "/c.txt", DIR_ "/hard") == 0, "link");
    stat(DIR_ "/c.txt", &st);
    printf("nlink after link: %lu\n", (unsigned long)st.st_nlink);
    check(st.st_nlink == 2, "nlink 2");
    check(symlink("c.txt", DIR_ "/sym") == 0, "symlink");
    char target[64];
    ssize_t tl = readlink(DIR_ "/sym", target, sizeof target - 1);
    target[tl > 0 ? tl : 0] = '\0';
    printf("readlink: '%s'\n", target);
    check(lstat(DIR_ "/sym", &st) == 0 && S_ISLNK(st.st_mode), "lstat sees symlink");
    check(stat(DIR_ "/sym", &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 35, "stat follows symlink");
    check(access(DIR_ "/c.txt", R_OK | W_OK) == 0, "access R_OK|W_OK");
    errno = 0;
    check(access(DIR_ "/nope", F_OK) == -1 && errno == ENOENT, "access missing -> ENOENT");

    /* directories */
    check(mkdir(DIR_ "/sub", 0700) == 0, "mkdir sub");
    check(stat(DIR_ "/sub", &st) == 0 && S_ISDIR(st.st_mode), "sub is a directory");
    errno = 0;
    fd = open(DIR_ "/sub/x/y", O_CREAT | O_WRONLY, 0600);
    check(fd == -1 && errno == ENOENT, "create in missing dir -> ENOENT");
    errno = 0;
    r = rmdir(DIR_);
    printf("rmdir non-empty: %d %s\n", r, ename(errno));
    check(r == -1 && (errno == ENOTEMPTY || errno == EEXIST), "rmdir non-empty fails");
    errno = 0;
    r = unlink(DIR_ "/sub");
    printf("unlink directory: %d %s\n", r, ename(errno));
    check(r == -1, "unlink directory fails");

    /* stdio on top */
    FILE *f = fopen(DIR_ "/stdio.txt", "w+");
    for (int i = 0; i < 100; i++) fprintf(f, "%03d:%s\n", i, (i % 2) ? "odd" : "even");
    long endpos = ftell(f);
    rewind(f);
    int lines = 0, odd = 0;
    while (fgets(buf, sizeof buf, f)) { lines++; if (strstr(buf, "odd")) odd++; }
    fseek(f, 9 * 10, SEEK_SET);
    char *got = fgets(buf, sizeof buf, f);
    printf("stdio: ftell %ld lines %d odd %d line@90 '%s'\n", endpos, lines, odd, got ? strtok(buf, "\n") : "");
    check(endpos == 850 && lines == 100 && odd == 50, "stdio counts");
    fclose(f);

    /* clean up */
    check(unlink(DIR_ "/a.txt") == 0, "unlink a.txt");
    check(unlink(DIR_ "/c.txt") == 0, "unlink c.txt");
    stat(DIR_ "/hard", &st);
    check(st.st_nlink == 1, "nlink back to 1");
    check(unlink(DIR_ "/hard") == 0, "unlink hard");
    check(unlink(DIR_ "/sym") == 0, "unlink sym");
    check(unlink(DIR_ "/stdio.txt") == 0, "unlink stdio.txt");
    check(rmdir(DIR_ "/sub") == 0, "rmdir sub");
    check(rmdir(DIR_) == 0, "rmdir");
    errno = 0;
    check(stat(DIR_, &st) == -1 && errno == ENOENT, "directory gone");

    printf("fails=%d\n", fails);
    return fails;
}
