/* core/isolate.c: a plugin runs in a child process (jc_isolate_*,
 * jc_wire_*).  The child calls the plugin's load() with a jc_load whose
 * jc_load_* calls become records on a pipe; the parent reads them and
 * replays them through the ordinary checks in load.c.  A plugin that
 * crashes, hangs on a signal or exits takes only its child with it: the
 * parent reports which plugin and how, and nothing is stored.
 *
 * Records: one type byte, then fields.  A string is a 32-bit length
 * (0xFFFFFFFF: NULL) and its bytes; numbers are in host order, since both
 * ends are the same program. */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "internal.h"
#ifdef JC_SANITIZE
#include <sanitizer/lsan_interface.h>
#endif

enum {
  WIRE_QUAD = 'Q', WIRE_ERROR = 'E', WIRE_WARNING = 'W',
  WIRE_PROGRESS = 'P', WIRE_PREFIX = 'X', WIRE_ITEMS = 'I', WIRE_END = 'Z'
};
#define WIRE_NULL 0xFFFFFFFFu
#define WIRE_NO_TERM 0xFF

/* ---- child side ---------------------------------------------------------- */

static void
wire_put(FILE *w, const void *p, size_t n)
{
  fwrite(p, 1, n, w);
}

static void
wire_put_str(FILE *w, const char *s)
{
  uint32_t n = s ? (uint32_t)strlen(s) : WIRE_NULL;

  wire_put(w, &n, sizeof n);
  if(s)
    wire_put(w, s, n);
}

static void
wire_put_i64(FILE *w, int64_t v)
{
  wire_put(w, &v, sizeof v);
}

static void
wire_put_term(FILE *w, const jc_term *t)
{
  unsigned char k = t ? (unsigned char)t->kind : WIRE_NO_TERM;

  wire_put(w, &k, 1);
  if(!t)
    return;
  wire_put_str(w, t->value);
  wire_put_str(w, t->datatype);
  wire_put_str(w, t->lang);
}

static void
wire_type(FILE *w, int type)
{
  fputc(type, w);
}

jc_status
jc_wire_quad(jc_load *ld, const jc_term *s, const jc_term *p,
             const jc_term *o, const jc_term *g)
{
  wire_type(ld->wire, WIRE_QUAD);
  wire_put_term(ld->wire, s);
  wire_put_term(ld->wire, p);
  wire_put_term(ld->wire, o);
  wire_put_term(ld->wire, g);
  return ferror(ld->wire) ? JC_ERR_IO : JC_OK;
}

void
jc_wire_error(jc_load *ld, jc_status st, long line, long col,
              const char *msg)
{
  wire_type(ld->wire, WIRE_ERROR);
  wire_put_i64(ld->wire, st);
  wire_put_i64(ld->wire, line);
  wire_put_i64(ld->wire, col);
  wire_put_str(ld->wire, msg);
}

void
jc_wire_warning(jc_load *ld, long line, long col, const char *msg)
{
  wire_type(ld->wire, WIRE_WARNING);
  wire_put_i64(ld->wire, line);
  wire_put_i64(ld->wire, col);
  wire_put_str(ld->wire, msg);
}

jc_status
jc_wire_progress(jc_load *ld, unsigned long long done,
                 unsigned long long total)
{
  wire_type(ld->wire, WIRE_PROGRESS);
  wire_put_i64(ld->wire, (int64_t)done);
  wire_put_i64(ld->wire, (int64_t)total);
  return JC_OK;
}

void
jc_wire_items(jc_load *ld, unsigned long long done, const char *unit)
{
  wire_type(ld->wire, WIRE_ITEMS);
  wire_put_i64(ld->wire, (int64_t)done);
  wire_put_str(ld->wire, unit);
}

void
jc_wire_prefix(jc_load *ld, const char *prefix, const char *iri)
{
  wire_type(ld->wire, WIRE_PREFIX);
  wire_put_str(ld->wire, prefix);
  wire_put_str(ld->wire, iri);
}

/* The child: run the plugin, send the end record, and leave without
 * running the parent's exit handlers (they would close its store). */
static void
isolate_child(jc_load *ld, int fd)
{
  jc_status st;
  FILE *w = fdopen(fd, "wb");

  if(!w)
    _exit(70);
  setvbuf(w, NULL, _IOFBF, 1 << 16);
  ld->wire = w;
  st = ld->plugin->loader->load(ld, ld->path);
  if(st == JC_OK && ld->err != JC_OK)
    st = ld->err;
  wire_type(w, WIRE_END);
  wire_put_i64(w, st);
  if(fflush(w))
    _exit(71);
#ifdef JC_SANITIZE
  /* _exit skips LeakSanitizer's check at exit: run it here, so a plugin
   * that leaks fails the sanitizer test suite. */
  if(__lsan_do_recoverable_leak_check())
    _exit(72);
#endif
  _exit(0);
}

/* ---- parent side --------------------------------------------------------- */

typedef struct wire_in {
  FILE  *f;
  char  *buf[7];   /* owned: string fields of the current record */
  size_t cap[7];
} wire_in;

static int
wire_get(wire_in *in, void *p, size_t n)
{
  return fread(p, 1, n, in->f) == n ? 0 : -1;
}

/* String field @slot of the current record; *s is NULL for a NULL string. */
static int
wire_get_str(wire_in *in, int slot, const char **s)
{
  uint32_t n;

  if(wire_get(in, &n, sizeof n))
    return -1;
  if(n == WIRE_NULL) {
    *s = NULL;
    return 0;
  }
  if(n + 1 > in->cap[slot]) {
    char *g = realloc(in->buf[slot], n + 1);
    if(!g)
      return -1;
    in->buf[slot] = g;
    in->cap[slot] = n + 1;
  }
  if(n && wire_get(in, in->buf[slot], n))
    return -1;
  in->buf[slot][n] = '\0';
  *s = in->buf[slot];
  return 0;
}

static int
wire_get_i64(wire_in *in, int64_t *v)
{
  return wire_get(in, v, sizeof *v);
}

/* A term into @t using string slots from @slot on; *present 0: none. */
static int
wire_get_term(wire_in *in, int slot, jc_term *t, int *present)
{
  unsigned char k;

  if(wire_get(in, &k, 1))
    return -1;
  *present = k != WIRE_NO_TERM;
  if(!*present)
    return 0;
  t->kind = (jc_term_kind)k;
  return wire_get_str(in, slot, &t->value) ||
         wire_get_str(in, slot + 1, &t->datatype) ||
         wire_get_str(in, slot + 2, &t->lang) ? -1 : 0;
}

/* The four terms of a quad are needed at once, but share string slots:
 * each is copied out before the next is read. */
static int
wire_get_quad(wire_in *in, jc_term t[4], int present[4], char **own)
{
  int i;

  for(i = 0; i < 4; i++) {
    if(wire_get_term(in, 0, &t[i], &present[i]))
      return -1;
    if(present[i]) {
      /* Keep this term's strings before the next term reuses the slots. */
      size_t a = t[i].value ? strlen(t[i].value) + 1 : 0;
      size_t b = t[i].datatype ? strlen(t[i].datatype) + 1 : 0;
      size_t c = t[i].lang ? strlen(t[i].lang) + 1 : 0;
      char *m = malloc(a + b + c + 1);
      if(!m)
        return -1;
      own[i] = m;
      if(t[i].value)
        t[i].value = memcpy(m, t[i].value, a);
      if(t[i].datatype)
        t[i].datatype = memcpy(m + a, t[i].datatype, b);
      if(t[i].lang)
        t[i].lang = memcpy(m + a + b, t[i].lang, c);
    }
  }
  return 0;
}

/* Read and replay the child's records until its end record or EOF.
 * Returns 1 when the end record came (its status in *end). */
static int
isolate_replay(jc_load *ld, wire_in *in, jc_status *end)
{
  int type;

  while((type = fgetc(in->f)) != EOF) {
    int64_t a, b, c;
    const char *s1, *s2;

    if(ld->err != JC_OK)
      return 0;  /* the parent refused something: stop listening */
    switch(type) {
    case WIRE_QUAD: {
      jc_term t[4];
      int present[4] = { 0, 0, 0, 0 }, i, bad;
      char *own[4] = { NULL, NULL, NULL, NULL };
      memset(t, 0, sizeof t);
      bad = wire_get_quad(in, t, present, own);
      if(!bad)
        jc_load_quad(ld, present[0] ? &t[0] : NULL,
                     present[1] ? &t[1] : NULL, present[2] ? &t[2] : NULL,
                     present[3] ? &t[3] : NULL);
      for(i = 0; i < 4; i++)
        free(own[i]);
      if(bad)
        return 0;
      break;
    }
    case WIRE_ERROR:
      if(wire_get_i64(in, &a) || wire_get_i64(in, &b) ||
         wire_get_i64(in, &c) || wire_get_str(in, 0, &s1))
        return 0;
      jc_load_error(ld, (jc_status)a, (long)b, (long)c, "%s",
                    s1 ? s1 : "error");
      break;
    case WIRE_WARNING:
      if(wire_get_i64(in, &b) || wire_get_i64(in, &c) ||
         wire_get_str(in, 0, &s1))
        return 0;
      jc_load_warning(ld, (long)b, (long)c, "%s", s1 ? s1 : "");
      break;
    case WIRE_PROGRESS:
      if(wire_get_i64(in, &a) || wire_get_i64(in, &b))
        return 0;
      jc_load_progress(ld, (unsigned long long)a, (unsigned long long)b);
      break;
    case WIRE_ITEMS:
      if(wire_get_i64(in, &a) || wire_get_str(in, 0, &s1))
        return 0;
      jc_load_items(ld, (unsigned long long)a, s1);
      break;
    case WIRE_PREFIX:
      if(wire_get_str(in, 0, &s1) || wire_get_str(in, 1, &s2))
        return 0;
      if(s1 && s2)
        jc_load_prefix(ld, s1, s2);
      break;
    case WIRE_END:
      if(wire_get_i64(in, &a))
        return 0;
      *end = (jc_status)a;
      return 1;
    default:
      return 0;
    }
  }
  return 0;
}

jc_status
jc_isolate_run(jc_load *ld)
{
  int fds[2], wstatus = 0, got_end;
  pid_t pid;
  wire_in in;
  jc_status end = JC_OK;
  const char *name = ld->plugin->loader->name;
  size_t i;

  if(pipe(fds))
    return jc_error(ld->ctx, JC_ERR_IO, "%s: cannot start plugin %s: %s",
                    ld->path, name, strerror(errno));
  fflush(NULL);  /* the child must not write our buffered output twice */
  pid = fork();
  if(pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return jc_error(ld->ctx, JC_ERR_IO, "%s: cannot start plugin %s: %s",
                    ld->path, name, strerror(errno));
  }
  if(pid == 0) {
    close(fds[0]);
    isolate_child(ld, fds[1]);
  }
  close(fds[1]);
  memset(&in, 0, sizeof in);
  in.f = fdopen(fds[0], "rb");
  if(!in.f) {
    close(fds[0]);
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    return jc_error(ld->ctx, JC_ERR_NOMEM, "out of memory");
  }
  setvbuf(in.f, NULL, _IOFBF, 1 << 16);
  got_end = isolate_replay(ld, &in, &end);
  if(!got_end || ld->err != JC_OK)
    kill(pid, SIGKILL);  /* refused output, or a broken stream */
  fclose(in.f);
  for(i = 0; i < sizeof in.buf / sizeof in.buf[0]; i++)
    free(in.buf[i]);
  while(waitpid(pid, &wstatus, 0) < 0 && errno == EINTR)
    ;
  if(ld->err != JC_OK)
    return ld->err;
  if(WIFSIGNALED(wstatus))
    return jc_load_error(ld, JC_ERR_PLUGIN, 0, 0, "plugin %s crashed "
                         "(signal %d, %s); nothing was stored", name,
                         WTERMSIG(wstatus), strsignal(WTERMSIG(wstatus)));
  if(WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 72)
    return jc_load_error(ld, JC_ERR_PLUGIN, 0, 0, "plugin %s leaked memory "
                         "(see the LeakSanitizer report above)", name);
  if(!got_end || (WIFEXITED(wstatus) && WEXITSTATUS(wstatus)))
    return jc_load_error(ld, JC_ERR_PLUGIN, 0, 0, "plugin %s exited "
                         "(status %d) before finishing; nothing was stored",
                         name, WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1);
  return end;
}
