/* core/isolate.c: a plugin runs in a child process (jc_isolate_*,
 * jc_wire_*).  The child calls the plugin's load() with a jc_load whose
 * jc_load_* calls become records on a pipe; the parent reads them and
 * replays them through the ordinary checks in load.c.  A plugin that
 * crashes, hangs on a signal or exits takes only its child with it: the
 * parent reports which plugin and how, and nothing is stored.
 *
 * Records: one type byte, then fields: terms and strings as codec.c
 * writes them, numbers in host order (both ends are the same program). */
#define _GNU_SOURCE  /* F_SETPIPE_SZ */
#include <errno.h>
#include <fcntl.h>
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

/* The pipe's buffer at each end: the child's jc_codec_out (not stdio,
 * whose calls cost more than the few bytes of a term, and whose buffer on
 * a pipe is 4 KiB unless given one) and the parent's jc_codec_in.  Both
 * hold many terms, so that a load is one system call per 128 KiB each
 * way.  The pipe itself is widened where the kernel lets it (Linux: up
 * to 1 MiB without privileges), so the two processes switch less often. */
#define ISOLATE_BUF  (1 << 17)
#define ISOLATE_PIPE (1 << 20)

enum {
  WIRE_QUAD = 'Q', WIRE_ERROR = 'E', WIRE_WARNING = 'W',
  WIRE_PROGRESS = 'P', WIRE_PREFIX = 'X', WIRE_ITEMS = 'I', WIRE_END = 'Z'
};

/* ---- child side ---------------------------------------------------------- */

static void
wire_put_i64(jc_codec_out *w, int64_t v)
{
  jc_codec_write(w, &v, sizeof v);
}

static void
wire_type(jc_codec_out *w, int type)
{
  jc_codec_putc(w, type);
}

jc_status
jc_wire_quad(jc_load *ld, const jc_term *s, const jc_term *p,
             const jc_term *o, const jc_term *g)
{
  const jc_term *const t[4] = { s, p, o, g };

  wire_type(ld->wire, WIRE_QUAD);
  jc_codec_put_quad(ld->wire, ld->sent, t);
  return ld->wire->err ? JC_ERR_IO : JC_OK;
}

void
jc_wire_error(jc_load *ld, jc_status st, long line, long col,
              const char *msg)
{
  wire_type(ld->wire, WIRE_ERROR);
  wire_put_i64(ld->wire, st);
  wire_put_i64(ld->wire, line);
  wire_put_i64(ld->wire, col);
  jc_codec_put_str(ld->wire, msg);
}

void
jc_wire_warning(jc_load *ld, long line, long col, const char *msg)
{
  wire_type(ld->wire, WIRE_WARNING);
  wire_put_i64(ld->wire, line);
  wire_put_i64(ld->wire, col);
  jc_codec_put_str(ld->wire, msg);
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
  jc_codec_put_str(ld->wire, unit);
}

void
jc_wire_prefix(jc_load *ld, const char *prefix, const char *iri)
{
  wire_type(ld->wire, WIRE_PREFIX);
  jc_codec_put_str(ld->wire, prefix);
  jc_codec_put_str(ld->wire, iri);
}

/* What the child needs: the load and the two ends of its pipe. */
typedef struct isolate_start {
  jc_load *ld;
  int      fds[2];
} isolate_start;

/* The child: run the plugin, send the end record, and leave without
 * running the parent's exit handlers (they would close its store). */
static int
isolate_child(void *data)
{
  isolate_start *is = data;
  jc_load *ld = is->ld;
  jc_status st;
  unsigned char buf[ISOLATE_BUF];  /* lives until _exit */
  jc_codec_out w = { is->fds[1], buf, 0, sizeof buf, 0 };

  close(is->fds[0]);
  ld->wire = &w;
  ld->sent = jc_codec_sent_new(ld->plugin->loader);  /* NULL: all whole */
  st = ld->plugin->loader->load(ld, ld->file);
  jc_codec_sent_free(ld->sent);
  ld->sent = NULL;
  if(st == JC_OK && ld->err != JC_OK)
    st = ld->err;
  wire_type(&w, WIRE_END);
  wire_put_i64(&w, st);
  if(jc_codec_flush(&w))
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
  jc_codec_in  r;      /* owned: the pipe, read through its buffer */
  jc_codec     codec;  /* owned: the strings of the current record */
} wire_in;

static int
wire_get(wire_in *in, void *p, size_t n)
{
  return jc_codec_read(&in->r, p, n);
}

static int
wire_get_str(wire_in *in, int slot, const char **s)
{
  return jc_codec_get_str(&in->r, &in->codec, slot, s);
}

static int
wire_get_i64(wire_in *in, int64_t *v)
{
  return wire_get(in, v, sizeof *v);
}

/* Read and replay the child's records until its end record or EOF.
 * Returns 1 when the end record came (its status in *end). */
static int
isolate_replay(jc_load *ld, wire_in *in, jc_status *end)
{
  int type;

  /* The type byte from the buffer when it holds one: a call a quad less. */
  while((type = in->r.at < in->r.end ? in->r.buf[in->r.at++] :
                jc_codec_getc(&in->r)) != EOF) {
    int64_t a, b, c;
    const char *s1, *s2;

    if(ld->err != JC_OK)
      return 0;  /* the parent refused something: stop listening */
    switch(type) {
    case WIRE_QUAD: {
      const jc_term *known[3];
      jc_term t[4];
      int present[4];
      /* Most quads name three terms checked before: no copies, no
       * checks but those of where each stands. */
      if(jc_codec_get_known(&in->r, &in->codec, known, ld->memo)) {
        jc_load_known(ld, known);
        memset(ld->memo, 0, sizeof ld->memo);
        break;
      }
      if(jc_codec_get_quad(&in->r, &in->codec, t, present, ld->memo))
        return 0;
      jc_load_quad(ld, present[0] ? &t[0] : NULL, present[1] ? &t[1] : NULL,
                   present[2] ? &t[2] : NULL, present[3] ? &t[3] : NULL);
      memset(ld->memo, 0, sizeof ld->memo);
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
  isolate_start start;
  pid_t pid;
  wire_in in;
  jc_status end = JC_OK;
  const char *name = ld->plugin->loader->name;

  if(pipe(fds))
    return jc_error(ld->ctx, JC_ERR_IO, "%s: cannot start plugin %s: %s",
                    ld->path, name, strerror(errno));
#ifdef F_SETPIPE_SZ
  (void)fcntl(fds[1], F_SETPIPE_SZ, ISOLATE_PIPE);  /* a wish: may fail */
#endif
  start.ld = ld;
  start.fds[0] = fds[0];
  start.fds[1] = fds[1];
  pid = jc_child_start(isolate_child, &start);
  if(pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return jc_error(ld->ctx, JC_ERR_IO, "%s: cannot start plugin %s: %s",
                    ld->path, name, strerror(errno));
  }
  close(fds[1]);
  memset(&in, 0, sizeof in);
  if(jc_codec_in_init(&in.r, fds[0], ISOLATE_BUF)) {
    close(fds[0]);
    kill(pid, SIGKILL);
    jc_child_wait(pid, &wstatus);
    return jc_error(ld->ctx, JC_ERR_NOMEM, "out of memory");
  }
  got_end = isolate_replay(ld, &in, &end);
  if(!got_end || ld->err != JC_OK)
    kill(pid, SIGKILL);  /* refused output, or a broken stream */
  close(fds[0]);
  jc_codec_in_free(&in.r);
  jc_codec_clear(&in.codec);
  jc_child_wait(pid, &wstatus);
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
