/* dir_list: builds a small tree in a private subdirectory of the current
 * directory, lists it with opendir/readdir (names sorted before printing,
 * since readdir order is file-system dependent), takes entry types from
 * lstat (d_type may be DT_UNKNOWN on some file systems), walks it recursively,
 * exercises rewinddir, fchdir/chdir/getcwd (printing only the last path
 * component) and removes everything again.  Exit code = failed checks. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

static int fails;
static void check(int c, const char *w) { printf("%-44s %s\n", w, c ? "ok" : "FAIL"); if (!c) fails++; }

static int cmpstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void touch(const char *path, int size)
{
    int fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
    for (int i = 0; i < size; i++) {
        char c = (char)('a' + i % 26);
        if (write(fd, &c, 1) != 1) fails++;
    }
    close(fd);
}

/* list one directory: returns number of entries (excluding . and ..) */
static int list_dir(const char *path, int depth, long *total_bytes)
{
    DIR *d = opendir(path);
    if (!d) { printf("opendir %s failed\n", path); fails++; return 0; }
    char *names[64];
    int n = 0, saw_dot = 0, saw_dotdot = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0) { saw_dot = 1; continue; }
        if (strcmp(e->d_name, "..") == 0) { saw_dotdot = 1; continue; }
        if (n < 64) names[n++] = strdup(e->d_name);
    }
    closedir(d);
    if (!saw_dot || !saw_dotdot) { fails++; printf("missing . or .. in %s\n", path); }
    qsort(names, (size_t)n, sizeof names[0], cmpstr);
    for (int i = 0; i < n; i++) {
        char full[512];
        struct stat st;
        snprintf(full, sizeof full, "%s/%s", path, names[i]);
        lstat(full, &st);
        const char *kind = S_ISDIR(st.st_mode) ? "dir" : S_ISLNK(st.st_mode) ? "link" : S_ISREG(st.st_mode) ? "file" : "other";
        printf("%*s%s [%s]", depth * 2, "", names[i], kind);
        if (S_ISREG(st.st_mode)) { printf(" %lld bytes", (long long)st.st_size); *total_bytes += st.st_size; }
        if (S_ISLNK(st.st_mode)) {
            char t[128];
            ssize_t l = readlink(full, t, sizeof t - 1);
            t[l > 0 ? l : 0] = '\0';
            printf(" -> %s", t);
        }
        printf("\n");
        if (S_ISDIR(st.st_mode))
            list_dir(full, depth + 1, total_bytes);
        free(names[i]);
    }
    return n;
}

static void remove_tree(const char *path)
{
    DIR *d = opendir(path);
    if (!d) return;
    struct dirent *e;
    char *names[64];
    int n = 0;
    while ((e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") && n < 64)
            names[n++] = strdup(e->d_name);
    closedir(d);
    for (int i = 0; i < n; i++) {
        char full[512];
        struct stat st;
        snprintf(full, sizeof full, "%s/%s", path, names[i]);
        if (lstat(full, &st) == 0 && S_ISDIR(st.st_mode))
            remove_tree(full);
        else
            unlink(full);
        free(names[i]);
    }
    rmdir(path);
}

static const char *last_component(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

int main(void)
{
    const char *root = "dirlist_tmp.d";
    remove_tree(root);
    umask(022);
    check(mkdir(root, 0755) == 0, "mkdir root");
    const char *files[] = { "zeta.txt", "alpha.txt", "Mixed.Case", "beta", "_under", "123", "a b c", ".hidden" };
    char path[256];
    for (unsigned i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", root, files[i]);
        touch(path, (int)(i * 13 + 1));
    }
    snprintf(path, sizeof path, "%s/sub1", root); mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/sub1/deeper", root); mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/sub1/deeper/leaf.dat", root); touch(path, 100);
    snprintf(path, sizeof path, "%s/sub1/one", root); touch(path, 1);
    snprintf(path, sizeof path, "%s/sub2", root); mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/link-to-beta", root); symlink("beta", path);
    /* many files to make readdir need several getdents calls */
    snprintf(path, sizeof path, "%s/many", root); mkdir(path, 0755);
    for (int i = 0; i < 40; i++) {
        snprintf(path, sizeof path, "%s/many/file_with_a_fairly_long_name_%03d", root, (i * 17) % 40);
        touch(path, i % 3);
    }

    long bytes = 0;
    printf("tree of %s:\n", root);
    int n = list_dir(root, 1, &bytes);
    printf("top-level entries %d, total bytes in regular files %ld\n", n, bytes);
    check(n == 12, "12 top-level entries");

    /* count with rewinddir */
    DIR *d = opendir(root);
    int c1 = 0, c2 = 0;
    while (readdir(d)) c1++;
    rewinddir(d);
    while (readdir(d)) c2++;
    closedir(d);
    printf("readdir count %d, after rewinddir %d\n", c1, c2);
    check(c1 == c2 && c1 == 14, "rewinddir gives the same count");

    /* scandir with alphasort */
    struct dirent **list;
    snprintf(path, sizeof path, "%s/many", root);
    int m = scandir(path, &list, NULL, alphasort);
    printf("scandir many: %d entries; first %s last %s\n", m, list[0]->d_name, list[m - 1]->d_name);
    check(m == 42, "scandir count incl . and ..");
    for (int i = 0; i < m; i++) free(list[i]);
    free(list);

    /* chdir/fchdir/getcwd: print only the last component */
    char cwd[4096];
    int here = open(".", O_RDONLY | O_DIRECTORY);
    snprintf(path, sizeof path, "%s/sub1/deeper", root);
    check(chdir(path) == 0, "chdir into sub1/deeper");
    check(getcwd(cwd, sizeof cwd) != NULL, "getcwd");
    printf("cwd ends with '%s'\n", last_component(cwd));
    check(strcmp(last_component(cwd), "deeper") == 0, "cwd is deeper");
    check(access("leaf.dat", R_OK) == 0, "relative access after chdir");
    check(chdir("..") == 0 && getcwd(cwd, sizeof cwd) && strcmp(last_component(cwd), "sub1") == 0, "chdir ..");
    check(fchdir(here) == 0, "fchdir back");
    close(here);
    check(access(root, F_OK) == 0, "root visible again");

    /* openat / fstatat / unlinkat relative to a directory fd */
    int dfd = open(root, O_RDONLY | O_DIRECTORY);
    struct stat st;
    check(fstatat(dfd, "alpha.txt", &st, 0) == 0 && st.st_size == 14, "fstatat alpha.txt");
    int fd = openat(dfd, "sub2/new", O_CREAT | O_WRONLY, 0644);
    check(fd >= 0, "openat create");
    close(fd);
    check(unlinkat(dfd, "sub2/new", 0) == 0, "unlinkat file");
    check(unlinkat(dfd, "sub2", AT_REMOVEDIR) == 0, "unlinkat dir");
    close(dfd);

    remove_tree(root);
    check(access(root, F_OK) != 0, "tree removed");
    printf("fails=%d\n", fails);
    return fails;
}
