/* mmap_brk: memory-management system calls: sbrk/brk growth and shrink,
 * anonymous private and shared mmap, munmap of a middle page (splitting
 * a mapping), mprotect to read-only and back (a write to a read-only page
 * is caught as SIGSEGV/SEGV_ACCERR and recovered), MAP_FIXED replacement,
 * mremap growth, file-backed mmap of a file written in the current
 * directory, and msync.  Only sizes, counts and contents are printed,
 * never addresses.  Exit code = failed checks. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <unistd.h>
#include <fcntl.h>
#include <signal.h>
#include <setjmp.h>
#include <sys/mman.h>

static int fails;
static void check(int c, const char *w) { printf("%-52s %s\n", w, c ? "ok" : "FAIL"); if (!c) fails++; }

static sigjmp_buf jb;
static volatile int segv_code;
static volatile void *segv_addr;
static void on_segv(int sig, siginfo_t *si, void *uc)
{
    (void)sig; (void)uc;
    segv_code = si->si_code;
    segv_addr = si->si_addr;
    siglongjmp(jb, 1);
}

static int try_write(volatile char *p, char v)
{
    if (sigsetjmp(jb, 1) == 0) {
        *p = v;
        return 1;
    }
    return 0;
}

static int try_read(volatile char *p)
{
    if (sigsetjmp(jb, 1) == 0) {
        volatile char c = *p;
        (void)c;
        return 1;
    }
    return 0;
}

int main(void)
{
    long pg = sysconf(_SC_PAGESIZE);
    printf("page size %ld\n", pg);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);

    /* brk / sbrk */
    char *b0 = sbrk(0);
    char *b1 = sbrk(100000);
    char *b2 = sbrk(0);
    check(b1 == b0 && b2 == b0 + 100000, "sbrk grows by the requested amount");
    memset(b1, 0x5a, 100000);
    long s = 0;
    for (int i = 0; i < 100000; i += 999) s += b1[i];
    printf("sum over sbrk memory %ld\n", s);
    check(sbrk(-50000) == b2 && sbrk(0) == b0 + 50000, "sbrk shrinks");
    check(brk(b0) == 0 && sbrk(0) == b0, "brk back to the start");

    /* anonymous mapping: zero filled */
    size_t len = (size_t)pg * 8;
    unsigned char *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    check(m != MAP_FAILED, "mmap anonymous 8 pages");
    check(((uintptr_t)m & (uintptr_t)(pg - 1)) == 0, "mapping is page aligned");
    int zero = 1;
    for (size_t i = 0; i < len; i++) if (m[i]) { zero = 0; break; }
    check(zero, "anonymous memory is zero-filled");
    for (size_t i = 0; i < len; i++) m[i] = (unsigned char)(i * 7);

    /* unmap a page in the middle: neighbours stay, the hole faults */
    check(munmap(m + 3 * pg, (size_t)pg) == 0, "munmap middle page");
    check(try_read((char *)m + 2 * pg) && try_read((char *)m + 4 * pg), "neighbouring pages still mapped");
    int faulted = !try_read((char *)m + 3 * pg + 5);
    printf("read from hole: %s, si_code %d (SEGV_MAPERR=%d), si_addr matches %s\n", faulted ? "SIGSEGV" : "no fault",
           segv_code, SEGV_MAPERR, segv_addr == (void *)(m + 3 * pg + 5) ? "yes" : "no");
    check(faulted && segv_code == SEGV_MAPERR, "hole gives SEGV_MAPERR");
    check(m[4 * pg + 1] == (unsigned char)((4 * pg + 1) * 7), "contents after the hole kept");

    /* mprotect read-only, then back */
    check(mprotect(m, (size_t)pg, PROT_READ) == 0, "mprotect first page read-only");
    check(try_read((char *)m), "read-only page readable");
    faulted = !try_write((char *)m + 10, 1);
    printf("write to read-only page: %s, si_code %d (SEGV_ACCERR=%d)\n", faulted ? "SIGSEGV" : "no fault", segv_code,
           SEGV_ACCERR);
    check(faulted && segv_code == SEGV_ACCERR, "write to read-only page faults with SEGV_ACCERR");
    check(m[10] == 70, "faulting write had no effect");
    check(mprotect(m, (size_t)pg, PROT_READ | PROT_WRITE) == 0 && try_write((char *)m + 10, 1) && m[10] == 1,
          "writable again after mprotect");
    check(mprotect(m + pg, (size_t)pg, PROT_NONE) == 0 && !try_read((char *)m + pg), "PROT_NONE page unreadable");

    /* MAP_FIXED over the second page gives fresh zero memory */
    unsigned char *fx = mmap(m + pg, (size_t)pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    check(fx == m + pg && fx[0] == 0 && fx[pg - 1] == 0, "MAP_FIXED replaced page is zero");

    /* mremap: grow a 2-page mapping to 16 pages, contents preserved */
    unsigned char *r = mmap(NULL, (size_t)pg * 2, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    for (long i = 0; i < pg * 2; i++) r[i] = (unsigned char)(i ^ 0xa5);
    unsigned char *r2 = mremap(r, (size_t)pg * 2, (size_t)pg * 16, MREMAP_MAYMOVE);
    check(r2 != MAP_FAILED, "mremap grow");
    int kept = 1;
    for (long i = 0; i < pg * 2; i++) if (r2[i] != (unsigned char)(i ^ 0xa5)) { kept = 0; break; }
    check(kept && r2[pg * 16 - 1] == 0, "mremap preserved data, new tail zero");
    munmap(r2, (size_t)pg * 16);
    munmap(m, len);

    /* shared anonymous mapping */
    int *sh = mmap(NULL, (size_t)pg, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    check(sh != MAP_FAILED, "mmap shared anonymous");
    for (int i = 0; i < 100; i++) sh[i] = i * i;
    long ssum = 0;
    for (int i = 0; i < 100; i++) ssum += sh[i];
    check(ssum == 328350, "shared mapping read back");
    munmap(sh, (size_t)pg);

    /* file-backed mapping */
    const char *fn = "mmap_brk_tmp.bin";
    int fd = open(fn, O_CREAT | O_RDWR | O_TRUNC, 0644);
    char line[64];
    for (int i = 0; i < 1000; i++) {
        int l = snprintf(line, sizeof line, "%04d\n", i);
        if (write(fd, line, (size_t)l) != l) fails++;
    }
    char *fm = mmap(NULL, 5000, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    check(fm != MAP_FAILED, "mmap file");
    printf("file mapping: first '%.4s' last '%.4s'\n", fm, fm + 4995);
    check(memcmp(fm + 5 * 123, "0123", 4) == 0, "file content visible");
    memcpy(fm, "ABCD", 4);
    check(msync(fm, 5000, MS_SYNC) == 0, "msync");
    char back[5] = { 0 };
    check(pread(fd, back, 4, 0) == 4 && memcmp(back, "ABCD", 4) == 0, "write through mapping reached the file");
    munmap(fm, 5000);
    close(fd);
    unlink(fn);

    /* many small mappings */
    void *maps[64];
    int ok = 1;
    for (int i = 0; i < 64; i++) {
        maps[i] = mmap(NULL, (size_t)pg * (1 + i % 4), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (maps[i] == MAP_FAILED) ok = 0; else memset(maps[i], i, (size_t)pg);
    }
    for (int i = 0; i < 64; i++) {
        if (((unsigned char *)maps[i])[pg - 1] != i) ok = 0;
        munmap(maps[i], (size_t)pg * (1 + i % 4));
    }
    check(ok, "64 mappings created, checked and removed");
    printf("fails=%d\n", fails);
    return fails;
}
