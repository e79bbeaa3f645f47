/* core/pending.c: what a load emits, held aside until it is committed
 * (jc_pending_*).  Checked statements are spooled to an unlinked temporary
 * file rather than kept in memory, so loading a 100 MB report needs no
 * more memory than loading a small one; store.c reads them back only when
 * the plugin has succeeded.
 *
 * A record is three terms and a graph index; a term is a kind byte and
 * three strings (value, datatype, language), each a 32-bit length
 * (0xFFFFFFFF: none) and its bytes. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal.h"

#define PENDING_NULL 0xFFFFFFFFu

struct jc_pending {
  FILE         *spool;    /* owned: unlinked temporary file */
  size_t        n;        /* statements spooled */
  char        **graphs;   /* owned: IRIs of the graphs the source names */
  size_t        ngraphs;
  char         *buf[9];   /* owned: read buffers, one per term string */
  size_t        cap[9];
};

jc_pending *
jc_pending_new(jc_ctx *ctx)
{
  const char *dir = getenv("TMPDIR");
  jc_pending *pd = calloc(1, sizeof *pd);
  char *path;
  int fd;

  if(!pd) {
    jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    return NULL;
  }
  if(!dir || !*dir)
    dir = "/tmp";
  path = malloc(strlen(dir) + 24);
  if(!path) {
    free(pd);
    jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    return NULL;
  }
  sprintf(path, "%s/jiceng-load-XXXXXX", dir);
  fd = mkstemp(path);
  if(fd >= 0)
    unlink(path);  /* gone with the process, whatever happens */
  if(fd < 0 || !(pd->spool = fdopen(fd, "w+b"))) {
    jc_error(ctx, JC_ERR_IO, "%s: cannot make a temporary file: %s", dir,
             strerror(errno));
    if(fd >= 0)
      close(fd);
    free(path);
    free(pd);
    return NULL;
  }
  free(path);
  setvbuf(pd->spool, NULL, _IOFBF, 1 << 16);
  return pd;
}

void
jc_pending_free(jc_pending *pd)
{
  size_t i;

  if(!pd)
    return;
  if(pd->spool)
    fclose(pd->spool);
  for(i = 0; i < pd->ngraphs; i++)
    free(pd->graphs[i]);
  for(i = 0; i < 9; i++)
    free(pd->buf[i]);
  free(pd->graphs);
  free(pd);
}

/* The index of graph @iri, added when new; -1 when out of memory. */
long
jc_pending_graph_add(jc_pending *pd, const char *iri)
{
  size_t i;
  char **grown;

  for(i = 0; i < pd->ngraphs; i++)
    if(!strcmp(pd->graphs[i], iri))
      return (long)i;
  grown = realloc(pd->graphs, (pd->ngraphs + 1) * sizeof *grown);
  if(!grown)
    return -1;
  pd->graphs = grown;
  if(!(pd->graphs[pd->ngraphs] = jc_strdup(iri)))
    return -1;
  return (long)pd->ngraphs++;
}

static void
pending_put_str(FILE *f, const char *prefix, const char *s)
{
  uint32_t a = prefix ? (uint32_t)strlen(prefix) : 0;
  uint32_t n = s ? a + (uint32_t)strlen(s) : PENDING_NULL;

  fwrite(&n, sizeof n, 1, f);
  if(!s)
    return;
  if(a)
    fwrite(prefix, 1, a, f);
  fwrite(s, 1, n - a, f);
}

static void
pending_put_term(FILE *f, const jc_term *t, const char *bprefix)
{
  fputc((int)t->kind, f);
  pending_put_str(f, t->kind == JC_TERM_BLANK ? bprefix : NULL, t->value);
  pending_put_str(f, NULL, t->kind == JC_TERM_LITERAL ? t->datatype : NULL);
  pending_put_str(f, NULL, t->kind == JC_TERM_LITERAL && t->lang && *t->lang
                  ? t->lang : NULL);
}

/* Spool one checked statement; blank node labels get @bprefix so that they
 * stay this source's own. */
jc_status
jc_pending_put(jc_pending *pd, const jc_term *s, const jc_term *p,
               const jc_term *o, long graph, const char *bprefix)
{
  int32_t g = (int32_t)graph;

  pending_put_term(pd->spool, s, bprefix);
  pending_put_term(pd->spool, p, bprefix);
  pending_put_term(pd->spool, o, bprefix);
  fwrite(&g, sizeof g, 1, pd->spool);
  if(ferror(pd->spool))
    return JC_ERR_IO;
  pd->n++;
  return JC_OK;
}

size_t
jc_pending_count(const jc_pending *pd)
{
  return pd->n;
}

size_t
jc_pending_graph_count(const jc_pending *pd)
{
  return pd->ngraphs;
}

const char *
jc_pending_graph(const jc_pending *pd, size_t i)
{
  return pd->graphs[i];
}

jc_status
jc_pending_rewind(jc_ctx *ctx, jc_pending *pd)
{
  if(fflush(pd->spool) || fseek(pd->spool, 0, SEEK_SET))
    return jc_error(ctx, JC_ERR_IO, "cannot read back the load: %s",
                    strerror(errno));
  return JC_OK;
}

static int
pending_get_str(jc_pending *pd, int slot, const char **out)
{
  uint32_t n;

  if(fread(&n, sizeof n, 1, pd->spool) != 1)
    return -1;
  if(n == PENDING_NULL) {
    *out = NULL;
    return 0;
  }
  if(n + 1 > pd->cap[slot]) {
    char *g = realloc(pd->buf[slot], n + 1);
    if(!g)
      return -1;
    pd->buf[slot] = g;
    pd->cap[slot] = n + 1;
  }
  if(n && fread(pd->buf[slot], 1, n, pd->spool) != n)
    return -1;
  pd->buf[slot][n] = '\0';
  *out = pd->buf[slot];
  return 0;
}

/* Read one term back; its strings live in the buffers of @slot. */
static int
pending_get_term(jc_pending *pd, int slot, jc_term *t)
{
  int kind = fgetc(pd->spool);

  if(kind == EOF || pending_get_str(pd, 3 * slot, &t->value) ||
     pending_get_str(pd, 3 * slot + 1, &t->datatype) ||
     pending_get_str(pd, 3 * slot + 2, &t->lang) || !t->value)
    return -1;
  t->kind = (jc_term_kind)kind;
  return 0;
}

/* The next spooled statement: t[0..2] are subject, predicate, object,
 * borrowed until the next call; *graph is the IRI of a graph the source
 * named, borrowed, or NULL for the source's own graph.  Returns 1, or 0 at
 * the end, or a negative value on a read error. */
int
jc_pending_next(jc_pending *pd, jc_term t[3], const char **graph)
{
  int32_t g;
  int c = fgetc(pd->spool);

  *graph = NULL;
  if(c == EOF)
    return 0;
  ungetc(c, pd->spool);
  if(pending_get_term(pd, 0, &t[0]) || pending_get_term(pd, 1, &t[1]) ||
     pending_get_term(pd, 2, &t[2]) || fread(&g, sizeof g, 1, pd->spool) != 1)
    return -1;
  *graph = g >= 0 && (size_t)g < pd->ngraphs ? pd->graphs[g] : NULL;
  return 1;
}
