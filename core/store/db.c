/* core/store/db.c: the LMDB environment and its transactions (jc_db_*,
 * jc_txn_* but terms and quads).  Terms live in term.c, quads, scans and
 * statistics in quad.c.
 *
 * Why LMDB: copy-on-write B+trees give one writer and any number of
 * readers that each see a snapshot, and a committed transaction survives a
 * crash with no recovery pass, so a load, reload or drop is one transaction
 * and needs no journal. */
#define _GNU_SOURCE  /* fallocate */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include "db-private.h"

/* Address space, not disk: the file grows as data is written.  Tests set
 * JICENG_MAP_SIZE to a few megabytes to reach MDB_MAP_FULL quickly. */
#define DB_MAP_SIZE (1ull << 40)
/* Slots of a write transaction's term cache (term.c): 48 MiB.  Tests set
 * JICENG_TERM_CACHE low to see a load go past it. */
#define DB_CACHE_MAX ((size_t)1 << 21)
/* A write in place reserves the store's size again (a transaction copies
 * a page at most once) and room for new data: at least this much, or what
 * jc_db_expect said (see db_reserve_to).  Tests set JICENG_MAP_RESERVE,
 * the room whatever jc_db_expect said, low to see a write outgrow it. */
#define DB_RESERVE_MIN ((size_t)64 << 20)
/* Only a write expected to add this much writes in place: a small one
 * has a small heap anyway, and the reopening, fallocate and cut cost it a
 * few milliseconds.  JICENG_WRITEMAP=1 makes every write go in place (the
 * tests), =0 none. */
#define DB_WRITEMAP_MIN ((uint64_t)32 << 20)
/* db_fail's code for EIO from a write commit (no errno or MDB_* has it) */
#define DB_WRITE_EIO (-1)

jc_ctx *
jc_db_set_ctx(jc_db *db, jc_ctx *ctx)
{
  jc_ctx *old = db->ctx;

  db->ctx = ctx;
  return old;
}

/* One message per LMDB failure that a user can meet. */
jc_status
db_fail(jc_db *db, int rc, const char *what)
{
  const char *dir = db->temp ? "the in-memory store" : db->dir;

  switch(rc) {
  case MDB_MAP_FULL:
    if(db->reserved) {
      db->outgrown = 1;
      return jc_error(db->ctx, JC_ERR_IO, "%s: %s: the change needed more "
                      "than the %.1f MiB of disk reserved for it; nothing "
                      "of this change was stored", dir, what,
                      (double)db->reserved / (1 << 20));
    }
    return jc_error(db->ctx, JC_ERR_IO, "%s: %s: the store reached its size "
                    "limit; nothing of this change was stored", dir, what);
  case ENOSPC:
    return jc_error(db->ctx, JC_ERR_IO, "%s: %s: the disk is full; nothing "
                    "of this change was stored", dir, what);
  case DB_WRITE_EIO:
    /* LMDB reports a write the disk cut short as EIO: what a disk that
     * fills up during a commit does. */
    return jc_error(db->ctx, JC_ERR_IO, "%s: %s: input/output error, a "
                    "write failed or was cut short (is the disk full?); "
                    "nothing of this change was stored", dir, what);
  case EACCES: case EROFS: case EPERM:
    return jc_error(db->ctx, JC_ERR_IO, "%s: %s: the store is read-only",
                    dir, what);
  default:
    return jc_error(db->ctx, JC_ERR_IO, "%s: %s: %s", dir, what,
                    mdb_strerror(rc));
  }
}

static int
db_mkdirs(const char *dir)
{
  char *p, *copy = jc_strdup(dir);
  int rc = 0;

  if(!copy)
    return -1;
  for(p = copy + 1; *p && !rc; p++)
    if(*p == '/') {
      *p = '\0';
      if(mkdir(copy, 0777) && errno != EEXIST)
        rc = -1;
      *p = '/';
    }
  if(!rc && mkdir(copy, 0777) && errno != EEXIST)
    rc = -1;
  free(copy);
  return rc;
}

static int
db_has(const char *dir, const char *name)
{
  char path[4096];
  struct stat sb;

  snprintf(path, sizeof path, "%s/%s", dir, name);
  return stat(path, &sb) == 0;
}

/* A directory is fit for a new store when it holds nothing but files a
 * store of ours leaves (a lock from an older jiceng). */
static int
db_dir_empty(const char *dir)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  int empty = 1;

  if(!d)
    return 0;
  while(empty && (e = readdir(d)))
    if(strcmp(e->d_name, ".") && strcmp(e->d_name, "..") &&
       strcmp(e->d_name, "lock"))
      empty = 0;
  closedir(d);
  return empty;
}

/* Say what a directory holds when it is not a store we can open. */
static jc_status
db_check_dir(jc_db *db, const char *dir, unsigned flags)
{
  if(db_has(dir, "jiceng-sp2o.db"))
    return jc_error(db->ctx, JC_ERR_IO, "%s: a store of the old Berkeley DB "
                    "format (jiceng 0.1); move its data with the old jiceng: "
                    "`jiceng --db %s export --format nquads > all.nq`, then "
                    "with this one: `jiceng --db NEWDIR load all.nq`",
                    dir, dir);
  if(db_has(dir, "data.mdb"))
    return JC_OK;
  if(!(flags & JC_DB_CREATE))
    return jc_error(db->ctx, JC_ERR_NOTFOUND, "%s: no store here", dir);
  if(!db_dir_empty(dir))
    return jc_error(db->ctx, JC_ERR_IO, "%s: not a jiceng store (the "
                    "directory holds other files); name an empty or new "
                    "directory", dir);
  return JC_OK;
}

/* Keys of term2id are 16 bytes, two big-endian numbers: compared as
 * two numbers they give memcmp's order, without LMDB's call to memcmp for
 * each of the millions of comparisons of a load.  Other sizes (none are stored) as LMDB's own. */
static int
db_cmp_pair(const MDB_val *a, const MDB_val *b)
{
  const unsigned char *p = a->mv_data, *q = b->mv_data;
  uint64_t x, y;
  size_t n;
  int d;

  if(a->mv_size == 16 && b->mv_size == 16) {
    if((x = db_get_be64(p)) == (y = db_get_be64(q))) {
      x = db_get_be64(p + 8);
      y = db_get_be64(q + 8);
    }
    return x < y ? -1 : x > y;
  }
  n = a->mv_size < b->mv_size ? a->mv_size : b->mv_size;
  if((d = memcmp(p, q, n)))
    return d;
  return a->mv_size < b->mv_size ? -1 : a->mv_size > b->mv_size;
}

static jc_status
db_open_dbis(jc_db *db, MDB_txn *txn, unsigned create)
{
  static const char *const ix_names[IX_COUNT] = {
    "spog", "posg", "ospg", "gspo"
  };
  int rc, i;

  if((rc = mdb_dbi_open(txn, "meta", create, &db->meta)) ||
     (rc = mdb_dbi_open(txn, "id2term", create, &db->id2term)) ||
     (rc = mdb_dbi_open(txn, "term2id", create, &db->term2id)) ||
     (rc = mdb_dbi_open(txn, "pstats", create, &db->pstats)) ||
     (rc = mdb_set_compare(txn, db->term2id, db_cmp_pair)))
    return db_fail(db, rc, "cannot open the store");
  for(i = 0; i < IX_COUNT; i++)
    if((rc = mdb_dbi_open(txn, ix_names[i], create, &db->ix[i])))
      return db_fail(db, rc, "cannot open the store");
  return JC_OK;
}

/* Check the format version, or write it into a new store. */
static jc_status
db_check_format(jc_db *db, MDB_txn *txn, int writable)
{
  MDB_val k = { 6, "format" }, v;
  int rc = mdb_get(txn, db->meta, &k, &v);

  if(rc == MDB_NOTFOUND && writable) {
    v.mv_size = strlen(JC_DB_FORMAT);
    v.mv_data = JC_DB_FORMAT;
    if((rc = mdb_put(txn, db->meta, &k, &v, 0)))
      return db_fail(db, rc, "cannot initialise the store");
    return JC_OK;
  }
  if(rc == MDB_NOTFOUND)
    return jc_error(db->ctx, JC_ERR_IO, "%s: not a jiceng store", db->dir);
  if(rc)
    return db_fail(db, rc, "cannot read the store");
  if(v.mv_size != strlen(JC_DB_FORMAT) ||
     memcmp(v.mv_data, JC_DB_FORMAT, v.mv_size))
    return jc_error(db->ctx, JC_ERR_IO, "%s: a store of another format "
                    "(\"%.*s\"; this jiceng reads \"%s\"); move its data "
                    "with the jiceng that wrote it: `jiceng --db %s export "
                    "--format nquads > all.nq`, then with this one: "
                    "`jiceng --db NEWDIR load all.nq`", db->dir,
                    (int)v.mv_size, (const char *)v.mv_data, JC_DB_FORMAT,
                    db->dir);
  return JC_OK;
}

/* The term cache's size: JICENG_TERM_CACHE terms (at half full, so
 * twice as many slots, a power of two), or DB_CACHE_MAX slots. */
static size_t
db_cache_max(void)
{
  const char *e = getenv("JICENG_TERM_CACHE");
  unsigned long long n = e ? strtoull(e, NULL, 10) : 0;
  size_t slots = 4096;

  if(!n)
    return DB_CACHE_MAX;
  while(slots < 2 * n && slots < ((size_t)1 << 30))
    slots *= 2;
  return slots;
}

/* Reserve the map: as large as the machine gives (valgrind and a ulimit
 * -v give less than the 1 TiB we ask for), never under 256 MiB; or, for a
 * write in place, exactly @fixed bytes (the disk reserved for it). */
static int
db_env_map(jc_db *db, unsigned envflags, size_t fixed)
{
  const char *ms = getenv("JICENG_MAP_SIZE");
  size_t size = fixed ? fixed : ms ? strtoull(ms, NULL, 10) : DB_MAP_SIZE;
  int rc;

  for(;;) {
    if((rc = mdb_env_create(&db->env)) ||
       (rc = mdb_env_set_maxdbs(db->env, 16)) ||
       (rc = mdb_env_set_mapsize(db->env, size)))
      return rc;
    rc = mdb_env_open(db->env, db->dir, envflags, 0666);
    if(!rc || fixed || ms || (rc != EINVAL && rc != ENOMEM) ||
       size <= (256u << 20))
      return rc;
    mdb_env_close(db->env);
    db->env = NULL;
    size /= 4;
  }
}

/* Open the environment: read through a map of the whole address space
 * (DB_MAP_SIZE) and write with pwrite, or with @writemap nonzero (the
 * caller holds the writer lock and reserved that much disk) write in
 * place in a map of @writemap bytes. */
static jc_status
db_env_open(jc_db *db, size_t writemap)
{
  unsigned envflags = MDB_NOTLS | (writemap ? MDB_WRITEMAP : 0);
  MDB_txn *txn;
  int rc, ro = (db->flags & JC_DB_READONLY) != 0;
  jc_status st;

  /* The store of --memory goes with the process: a sync on each commit
   * would wait for the disk to keep what nobody will read. */
  if(db->temp)
    envflags |= MDB_NOSYNC;
  if(ro) {
    envflags |= MDB_RDONLY;
    /* A directory we cannot write cannot hold LMDB's reader table either:
     * read it without one (nobody can write it through us anyway). */
    if(access(db->dir, W_OK))
      envflags |= MDB_NOLOCK;
  }
  if((rc = db_env_map(db, envflags, writemap)))
    return db_fail(db, rc, "cannot open the store");
  {
    int dead = 0;
    mdb_reader_check(db->env, &dead);  /* readers of killed processes */
  }
  if((rc = mdb_txn_begin(db->env, NULL, ro ? MDB_RDONLY : 0, &txn)))
    return db_fail(db, rc, "cannot open the store");
  st = db_open_dbis(db, txn, ro ? 0 : MDB_CREATE);
  if(st == JC_OK)
    st = db_check_format(db, txn, !ro);
  /* Commit even a read-only transaction: LMDB keeps the table handles
   * it opened only then. */
  if(st == JC_OK) {
    if((rc = mdb_txn_commit(txn)))
      st = db_fail(db, rc, "cannot initialise the store");
  } else
    mdb_txn_abort(txn);
  return st;
}

static jc_status
db_make_temp(jc_db *db)
{
  const char *tmp = getenv("TMPDIR");
  char *path;

  if(!tmp || !*tmp)
    tmp = "/tmp";
  path = malloc(strlen(tmp) + 24);
  if(!path)
    return jc_error(db->ctx, JC_ERR_NOMEM, "out of memory");
  sprintf(path, "%s/jiceng-mem-XXXXXX", tmp);
  if(!mkdtemp(path)) {
    jc_status st = jc_error(db->ctx, JC_ERR_IO, "%s: cannot make a "
                            "temporary store: %s", tmp, strerror(errno));
    free(path);
    return st;
  }
  db->dir = path;
  db->temp = 1;
  return JC_OK;
}

jc_status
jc_db_open(jc_ctx *ctx, const char *dir, unsigned flags, jc_db **out)
{
  jc_db *db = calloc(1, sizeof *db);
  jc_status st;

  *out = NULL;
  if(!db)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  db->ctx = ctx;
  db->flags = flags;
  db->wlock_fd = -1;
  db->cache_max = db_cache_max();
  if(!dir) {
    db->flags = (flags & ~JC_DB_READONLY) | JC_DB_CREATE;
    st = db_make_temp(db);
  } else if(!(db->dir = jc_strdup(dir)))
    st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  else if(!(flags & JC_DB_READONLY) && (flags & JC_DB_CREATE) &&
          db_mkdirs(dir))
    st = jc_error(ctx, JC_ERR_IO, "%s: %s", dir, strerror(errno));
  else
    st = db_check_dir(db, dir, db->flags);
  /* A store we may not write is still a store to read. */
  if(st == JC_OK && dir && !(db->flags & JC_DB_READONLY) &&
     db_has(dir, "data.mdb") && access(dir, W_OK))
    db->flags |= JC_DB_READONLY;
  if(st == JC_OK)
    st = db_env_open(db, 0);
  if(st != JC_OK) {
    jc_db_close(db);
    return st;
  }
  *out = db;
  return JC_OK;
}

static void
db_remove_temp(const char *dir)
{
  char path[4096];

  snprintf(path, sizeof path, "%s/data.mdb", dir);
  unlink(path);
  snprintf(path, sizeof path, "%s/lock.mdb", dir);
  unlink(path);
  snprintf(path, sizeof path, "%s/writer", dir);
  unlink(path);
  rmdir(dir);
}

void
jc_db_close(jc_db *db)
{
  if(!db)
    return;
  if(db->env)
    mdb_env_close(db->env);
  if(db->wlock_fd >= 0)
    close(db->wlock_fd);
  if(db->temp && db->dir)
    db_remove_temp(db->dir);
  free(db->dir);
  free(db);
}

const char *
jc_db_dir(const jc_db *db)
{
  return db->dir;
}

int
jc_db_readonly(const jc_db *db)
{
  return (db->flags & JC_DB_READONLY) != 0;
}

/* ---- Transactions -------------------------------------------------------- */

static jc_txn *
txn_new(jc_db *db, int write)
{
  jc_txn *t = calloc(1, sizeof *t);

  if(t) {
    t->db = db;
    t->write = write;
  }
  return t;
}

void
jc_db_expect(jc_db *db, uint64_t bytes)
{
  db->expect = bytes;
}

int
jc_db_outgrown(const jc_db *db)
{
  return db->outgrown;
}

/* The bytes of the data file that the last commit uses. */
static int
db_used(jc_db *db, size_t *used)
{
  MDB_envinfo info;
  MDB_stat st;
  int rc;

  if((rc = mdb_env_info(db->env, &info)) ||
     (rc = mdb_env_stat(db->env, &st)))
    return rc;
  *used = (info.me_last_pgno + 1) * (size_t)st.ms_psize;
  return 0;
}

/* The map a write in place gets, within JICENG_MAP_SIZE (*capped when
 * that cut it): the store; room for a copy of each of its pages, since a
 * transaction copies a page it changes once (a drop of most of the store
 * copies most of it); and room for new data, what jc_db_expect said or
 * DB_RESERVE_MIN. */
static size_t
db_reserve_to(size_t used, uint64_t expect, int *capped)
{
  const char *ms = getenv("JICENG_MAP_SIZE");
  const char *mr = getenv("JICENG_MAP_RESERVE");
  size_t room = mr ? strtoull(mr, NULL, 10) : DB_RESERVE_MIN;
  size_t cap = ms ? strtoull(ms, NULL, 10) : DB_MAP_SIZE, want;

  if(!mr && room < expect)
    room = expect;
  room += used;
  want = (used + room + (1u << 20) - 1) & ~(size_t)((1u << 20) - 1);
  *capped = want > cap;
  return *capped ? cap : want;
}

/* Cut the data file back to what the last commit uses: a write in place
 * reserved more, and a killed one leaves its reserve behind.  Only the
 * writer (holding the writer lock) does this, and nobody maps the file
 * for writing but the writer, so no process is left with a map past the
 * end it can write to; readers read only committed pages. */
static void
db_trim(jc_db *db)
{
  char path[4096];
  struct stat sb;
  size_t used;

  snprintf(path, sizeof path, "%s/data.mdb", db->dir);
  if(!db_used(db, &used) && !stat(path, &sb) && (size_t)sb.st_size > used &&
     truncate(path, (off_t)used))
    jc_warn(db->ctx, "%s: cannot give back the disk reserved for a write: "
            "%s", db->dir, strerror(errno));
}

/* Reserve the disk of the map with fallocate: 0 when all of it is there,
 * else the file is left as it was. */
static int
db_reserve(jc_db *db, size_t want)
{
  char path[4096];
  struct stat sb, now;
  struct rlimit fl;
  int fd, rc;

  /* A file grown past the process's file size limit (ulimit -f) would
   * kill it with SIGXFSZ: such a write goes by pwrite, as before. */
  if(!getrlimit(RLIMIT_FSIZE, &fl) && fl.rlim_cur != RLIM_INFINITY &&
     want > fl.rlim_cur)
    return EFBIG;
  snprintf(path, sizeof path, "%s/data.mdb", db->dir);
  if((fd = open(path, O_RDWR | O_CLOEXEC)) < 0)
    return errno;
  if(fstat(fd, &sb))
    rc = errno;
  else if(fallocate(fd, 0, 0, (off_t)want))
    rc = errno;
  else
    rc = 0;
  if(rc && !fstat(fd, &now) && now.st_size > sb.st_size &&
     ftruncate(fd, sb.st_size))
    rc = errno;
  close(fd);
  return rc;
}

/* The store must still be where it was opened.  A directory removed or
 * moved under a running session would otherwise go on answering from,
 * and taking writes into, a file that is no longer the store at that
 * path (the user's next `jiceng --db DIR` would not see them). */
static jc_status
db_in_place(jc_db *db)
{
  char path[4096];
  struct stat now, held;
  mdb_filehandle_t fd;

  if(mdb_env_get_fd(db->env, &fd) || fstat(fd, &held))
    return JC_OK;  /* nothing to compare with */
  snprintf(path, sizeof path, "%s/data.mdb", db->dir);
  if(!stat(path, &now) && now.st_dev == held.st_dev &&
     now.st_ino == held.st_ino)
    return JC_OK;
  return jc_error(db->ctx, JC_ERR_IO, "%s: the store was moved or removed "
                  "while open; nothing was changed (open it where it is "
                  "now)", db->temp ? "the in-memory store" : db->dir);
}

/* The environment is open (a failed reopen after a write leaves none)
 * and still in place. */
static jc_status
db_usable(jc_db *db)
{
  if(!db->env)
    return jc_error(db->ctx, JC_ERR_IO, "%s: the store could not be "
                    "reopened after a write; open it again",
                    db->temp ? "the in-memory store" : db->dir);
  return db_in_place(db);
}

jc_status
jc_txn_read(jc_db *db, jc_txn **out)
{
  jc_txn *t;
  jc_status st;
  int rc;

  *out = NULL;
  if((st = db_usable(db)) != JC_OK)
    return st;
  if(!(t = txn_new(db, 0)))
    return jc_error(db->ctx, JC_ERR_NOMEM, "out of memory");
  if((rc = mdb_txn_begin(db->env, NULL, MDB_RDONLY, &t->txn))) {
    free(t);
    return db_fail(db, rc, "cannot read the store");
  }
  db->ntxn++;
  *out = t;
  return JC_OK;
}

/* LMDB's own writer mutex cannot be tried without blocking, so a lock
 * file tells first whether another process is writing: then we say so
 * (or give up with JC_DB_NOWAIT) instead of hanging without a word. */
static jc_status
db_writer_lock(jc_db *db)
{
  char path[4096];

  if(db->wlock_fd < 0) {
    snprintf(path, sizeof path, "%s/writer", db->dir);
    db->wlock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if(db->wlock_fd < 0)
      return db_fail(db, errno, "cannot lock the store for writing");
  }
  if(flock(db->wlock_fd, LOCK_EX | LOCK_NB) == 0)
    return JC_OK;
  if(errno != EWOULDBLOCK)
    return db_fail(db, errno, "cannot lock the store for writing");
  if(db->flags & JC_DB_NOWAIT)
    return jc_error(db->ctx, JC_ERR_IO, "%s: another jiceng process is "
                    "writing to the store (--no-wait given)", db->dir);
  jc_warn(db->ctx, "%s: another jiceng process is writing to the store; "
          "waiting for it to finish", db->dir);
  while(flock(db->wlock_fd, LOCK_EX))
    if(errno != EINTR)
      return db_fail(db, errno, "cannot lock the store for writing");
    else if(db->ctx->interrupted)
      return jc_error(db->ctx, JC_ERR_CANCELLED, "interrupted");
  return JC_OK;
}

static jc_status
db_read_next(jc_txn *t)
{
  MDB_val k = { 4, "next" }, v;
  int rc = mdb_get(t->txn, t->db->meta, &k, &v);

  if(rc == MDB_NOTFOUND) {
    t->next = 1;
    return JC_OK;
  }
  if(rc || v.mv_size != 8)
    return db_fail(t->db, rc ? rc : MDB_CORRUPTED, "cannot read the store");
  t->next = db_get_be64(v.mv_data);
  return JC_OK;
}

/* Before a write: with the disk for it reserved, reopen the environment
 * to write in place (MDB_WRITEMAP), so that the pages the write dirties
 * are the file's, not the heap's.  A write into a reserved page cannot
 * fail for want of space, where one into a hole of the file on a full
 * disk would kill the process with SIGBUS.  The write goes by pwrite as
 * before when it is small (DB_WRITEMAP_MIN), it is the same write again
 * after it outgrew its reserve (jc_db_outgrown), the disk cannot be reserved
 * (a full disk then fails it cleanly), the file system has no fallocate,
 * or another transaction is open on the environment.  Holds the writer
 * lock. */
static jc_status
db_writemap_on(jc_db *db)
{
  const char *e = getenv("JICENG_WRITEMAP");
  size_t used, want;
  int capped;

  db->reserved = 0;
  if(db->outgrown) {   /* this write is the one that outgrew, again */
    db->outgrown = 0;
    return JC_OK;
  }
  if(e && *e ? strcmp(e, "1") : db->expect < DB_WRITEMAP_MIN)
    return JC_OK;
  if(db->ntxn || db_used(db, &used))
    return JC_OK;
  want = db_reserve_to(used, db->expect, &capped);
  if(want <= used || db_reserve(db, want))
    return JC_OK;
  mdb_env_close(db->env);
  db->env = NULL;
  db->writemap = 1;
  db->reserved = capped ? 0 : want - used;
  return db_env_open(db, want);
}

/* After a write transaction, committed or not: read through the large
 * map again, give the reserve back, release the writer lock. */
static jc_status
db_write_end(jc_db *db)
{
  jc_status st = JC_OK;

  if(db->writemap) {
    db->writemap = 0;
    if(db->env)
      mdb_env_close(db->env);
    db->env = NULL;
    if((st = db_env_open(db, 0)) != JC_OK && db->env) {
      mdb_env_close(db->env);
      db->env = NULL;
    }
  }
  if(db->env)
    db_trim(db);
  db->expect = 0;
  db->reserved = 0;
  if(db->wlock_fd >= 0)
    flock(db->wlock_fd, LOCK_UN);
  return st;
}

jc_status
jc_txn_write(jc_db *db, jc_txn **out)
{
  jc_txn *t = NULL;
  jc_status st;
  int rc;

  *out = NULL;
  if(db->flags & JC_DB_READONLY)
    return jc_error(db->ctx, JC_ERR_IO, "%s: the store is read-only",
                    db->dir);
  if((st = db_usable(db)) != JC_OK || (st = db_writer_lock(db)) != JC_OK)
    return st;
  if((st = db_writemap_on(db)) != JC_OK || !(t = txn_new(db, 1))) {
    if(st == JC_OK)
      st = jc_error(db->ctx, JC_ERR_NOMEM, "out of memory");
    db_write_end(db);
    return st;
  }
  if((rc = mdb_txn_begin(db->env, NULL, 0, &t->txn))) {
    free(t);
    st = db_fail(db, rc, "cannot write the store");
    db_write_end(db);
    return st;
  }
  db->ntxn++;
  if((st = db_read_next(t)) != JC_OK) {
    jc_txn_abort(t);
    return st;
  }
  *out = t;
  return JC_OK;
}

/* Free a transaction LMDB has ended; a write's end may fail to reopen
 * the store (the status). */
static jc_status
txn_free(jc_txn *t)
{
  jc_status st = JC_OK;

  t->db->ntxn--;
  if(t->write)
    st = db_write_end(t->db);
  term_cache_free(t->cache);
  term_arena_free(t);
  free(t->enc);
  free(t);
  return st;
}

jc_status
jc_txn_commit(jc_txn *t)
{
  jc_status st = JC_OK, end;
  int rc;

  if(t->write && ((st = db_in_place(t->db)) != JC_OK ||
                  (st = term_flush(t)) != JC_OK)) {
    mdb_txn_abort(t->txn);
    txn_free(t);
    return st;
  }
  if((rc = mdb_txn_commit(t->txn)))
    st = db_fail(t->db, rc == EIO && t->write ? DB_WRITE_EIO : rc,
                 "cannot write the store");
  if((end = txn_free(t)) != JC_OK && st == JC_OK)
    st = end;
  return st;
}

void
jc_txn_abort(jc_txn *t)
{
  if(!t)
    return;
  mdb_txn_abort(t->txn);
  txn_free(t);
}

int
jc_txn_writable(const jc_txn *t)
{
  return t->write;
}

/* ---- Vacuum ------------------------------------------------------------------ */

/* Unused terms go in one transaction; then LMDB writes a compacted copy
 * (free pages left out) beside the store, and the copy replaces the store
 * by rename(), which is atomic: a crash leaves the old or the new file. */
jc_status
jc_db_vacuum(jc_db *db)
{
  char tmp[4096], data[4096];
  uint64_t removed;
  jc_txn *t;
  jc_status st;
  int rc;

  if((st = jc_txn_write(db, &t)) != JC_OK)
    return st;
  if((st = term_gc(t, &removed)) != JC_OK) {
    jc_txn_abort(t);
    return st;
  }
  if((st = jc_txn_commit(t)) != JC_OK)
    return st;
  snprintf(tmp, sizeof tmp, "%s/vacuum.tmp", db->dir);
  snprintf(data, sizeof data, "%s/data.mdb", db->dir);
  unlink(tmp);
  {
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if(fd < 0)
      return db_fail(db, errno, "cannot vacuum");
    rc = mdb_env_copyfd2(db->env, fd, MDB_CP_COMPACT);
    if(!rc && fsync(fd))
      rc = errno;
    close(fd);
  }
  if(rc) {
    unlink(tmp);
    return db_fail(db, rc, "cannot vacuum");
  }
  mdb_env_close(db->env);
  db->env = NULL;
  if(rename(tmp, data)) {
    rc = errno;
    unlink(tmp);
  }
  st = db_env_open(db, 0);
  if(rc && st == JC_OK)
    return db_fail(db, rc, "cannot vacuum");
  return st;
}
