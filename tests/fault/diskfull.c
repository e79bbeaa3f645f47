/* tests/fault/diskfull.c: a full disk, as an LD_PRELOAD shim for the fault
 * tests.  Only files whose path contains $JC_FAULT_PATH (the store's
 * directory) are touched, and only the bytes a write adds past a file's
 * end take space, as on a real disk (overwriting a page in place, as
 * LMDB does with its meta pages, needs none):
 *   JC_FAULT_AFTER=N   the first N new bytes fit (default 0), then the
 *                      disk is full: the write that crosses the line is
 *                      cut short, the next fails with ENOSPC;
 *   JC_FAULT_FLAG=FILE only while FILE exists, and then the number FILE
 *                      holds (empty: 0) is the new bytes that still fit,
 *                      counted from when FILE appeared: a test fills and
 *                      frees the disk under a running process.
 * On a full disk fsync, fdatasync and a growing ftruncate of those files
 * fail with ENOSPC too, and msync with EIO.  These are the calls LMDB
 * makes for its data file (write, pwrite, writev; fdatasync, fsync;
 * ftruncate and msync with MDB_WRITEMAP), pwritev for completeness.
 * fallocate (the store's reserve for a write in place) takes all the new
 * bytes it asks for or fails with ENOSPC, taking none.
 * Never installed; built only for `make check`.
 *
 * A shim has no caller to hand state to: the byte counts live in
 * statics. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static unsigned long long df_written;  /* new bytes let through */
static unsigned long long df_since;    /* the same, since the flag came */
static struct stat df_flag;            /* the flag file we count from */

/* The next definition of @name after this shim: libc, or a sanitizer's
 * interceptor in front of it. */
static void *
df_real(const char *name)
{
  void *f = dlsym(RTLD_NEXT, name);

  if(!f)
    abort();
  return f;
}

static int
df_watched(int fd)
{
  const char *want = getenv("JC_FAULT_PATH");
  char link[64], path[PATH_MAX];
  ssize_t n;

  if(!want || !*want)
    return 0;
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  if((n = readlink(link, path, sizeof path - 1)) < 0)
    return 0;
  path[n] = '\0';
  return strstr(path, want) != NULL;
}

/* The bytes FILE says still fit, counted from when it appeared. */
static unsigned long long
df_flag_left(const char *file, const struct stat *st)
{
  unsigned long long limit = 0;
  FILE *f;

  if(st->st_ino != df_flag.st_ino || st->st_mtime != df_flag.st_mtime) {
    df_flag = *st;
    df_since = 0;
  }
  if((f = fopen(file, "r"))) {
    if(fscanf(f, "%llu", &limit) != 1)
      limit = 0;
    fclose(f);
  }
  return df_since < limit ? limit - df_since : 0;
}

/* How many of @want new bytes the disk still takes (0: it is full). */
static unsigned long long
df_room(unsigned long long want)
{
  const char *flag = getenv("JC_FAULT_FLAG"), *after;
  unsigned long long limit, left;
  struct stat st;

  if(flag && *flag) {
    if(stat(flag, &st))
      return want;
    left = df_flag_left(flag, &st);
  } else {
    after = getenv("JC_FAULT_AFTER");
    limit = after ? strtoull(after, NULL, 10) : 0;
    left = df_written < limit ? limit - df_written : 0;
  }
  return left < want ? left : want;
}

static int
df_full(void)
{
  return df_room(1) == 0;
}

/* The part of a write of @n bytes at @off (-1: the file position) of @fd
 * that goes through, or -1 with errno ENOSPC when none does. */
static ssize_t
df_take(int fd, size_t n, off_t off)
{
  unsigned long long inplace, room;
  struct stat st;

  if(!n || !df_watched(fd) || fstat(fd, &st))
    return (ssize_t)n;
  if(off < 0)
    off = (fcntl(fd, F_GETFL) & O_APPEND) ? st.st_size :
          lseek(fd, 0, SEEK_CUR);
  if(off < 0)
    return (ssize_t)n;
  inplace = off >= st.st_size ? 0 :
            (unsigned long long)(st.st_size - off) < n ?
            (unsigned long long)(st.st_size - off) : n;
  room = df_room(n - inplace);
  if(inplace + room == 0) {
    errno = ENOSPC;
    return -1;
  }
  __atomic_add_fetch(&df_written, room, __ATOMIC_RELAXED);
  __atomic_add_fetch(&df_since, room, __ATOMIC_RELAXED);
  return (ssize_t)(inplace + room);
}

ssize_t
write(int fd, const void *buf, size_t n)
{
  ssize_t (*real)(int, const void *, size_t) = df_real("write");
  ssize_t k = df_take(fd, n, -1);

  return k < 0 ? -1 : real(fd, buf, (size_t)k);
}

ssize_t
pwrite(int fd, const void *buf, size_t n, off_t off)
{
  ssize_t (*real)(int, const void *, size_t, off_t) = df_real("pwrite");
  ssize_t k = df_take(fd, n, off);

  return k < 0 ? -1 : real(fd, buf, (size_t)k, off);
}

/* The vector's first @k bytes: a count of whole and cut entries. */
static int
df_cut(const struct iovec *iov, int cnt, size_t k, struct iovec *out)
{
  int i;

  for(i = 0; i < cnt && k; i++) {
    out[i] = iov[i];
    if(out[i].iov_len > k)
      out[i].iov_len = k;
    k -= out[i].iov_len;
  }
  return i;
}

static size_t
df_total(const struct iovec *iov, int cnt)
{
  size_t n = 0;
  int i;

  for(i = 0; i < cnt; i++)
    n += iov[i].iov_len;
  return n;
}

ssize_t
writev(int fd, const struct iovec *iov, int cnt)
{
  ssize_t (*real)(int, const struct iovec *, int) = df_real("writev");
  struct iovec part[IOV_MAX];
  ssize_t k;

  if(cnt < 0 || cnt > IOV_MAX)
    return real(fd, iov, cnt);
  if((k = df_take(fd, df_total(iov, cnt), -1)) < 0)
    return -1;
  return real(fd, part, df_cut(iov, cnt, (size_t)k, part));
}

ssize_t
pwritev(int fd, const struct iovec *iov, int cnt, off_t off)
{
  ssize_t (*real)(int, const struct iovec *, int, off_t) =
    df_real("pwritev");
  struct iovec part[IOV_MAX];
  ssize_t k;

  if(cnt < 0 || cnt > IOV_MAX)
    return real(fd, iov, cnt, off);
  if((k = df_take(fd, df_total(iov, cnt), off)) < 0)
    return -1;
  return real(fd, part, df_cut(iov, cnt, (size_t)k, part), off);
}

/* Flushing a full disk's pages fails as a real one may. */
static int
df_sync_fails(int fd)
{
  if(!df_watched(fd) || !df_full())
    return 0;
  errno = ENOSPC;
  return 1;
}

int
fsync(int fd)
{
  int (*real)(int) = df_real("fsync");

  return df_sync_fails(fd) ? -1 : real(fd);
}

int
fdatasync(int fd)
{
  int (*real)(int) = df_real("fdatasync");

  return df_sync_fails(fd) ? -1 : real(fd);
}

int
ftruncate(int fd, off_t len)
{
  int (*real)(int, off_t) = df_real("ftruncate");
  struct stat st;

  /* Growing takes space; shrinking never fails for want of it. */
  if(!fstat(fd, &st) && len > st.st_size && df_sync_fails(fd))
    return -1;
  return real(fd, len);
}

/* The store reserves disk with fallocate (mode 0: the file grows). */
int
fallocate(int fd, int mode, off_t off, off_t len)
{
  int (*real)(int, int, off_t, off_t) = df_real("fallocate");
  unsigned long long grow;
  struct stat st;

  if(df_watched(fd) && !fstat(fd, &st) && off + len > st.st_size) {
    grow = (unsigned long long)(off + len - st.st_size);
    if(df_room(grow) < grow) {
      errno = ENOSPC;
      return -1;
    }
    __atomic_add_fetch(&df_written, grow, __ATOMIC_RELAXED);
    __atomic_add_fetch(&df_since, grow, __ATOMIC_RELAXED);
  }
  return real(fd, mode, off, len);
}

int
fallocate64(int fd, int mode, off_t off, off_t len)
{
  return fallocate(fd, mode, off, len);
}

int
msync(void *addr, size_t len, int flags)
{
  int (*real)(void *, size_t, int) = df_real("msync");
  const char *want = getenv("JC_FAULT_PATH");

  /* A mapping has no path to check: with a watched path set, a full
   * disk fails every msync (only MDB_WRITEMAP stores call it). */
  if(want && *want && df_full()) {
    errno = EIO;
    return -1;
  }
  return real(addr, len, flags);
}
