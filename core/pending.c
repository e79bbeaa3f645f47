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
  librdf_node **graphs;   /* owned: distinct graphs the source names */
  size_t        ngraphs;
  char         *buf[3];   /* owned: read buffers, one per term string */
  size_t        cap[3];
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
    librdf_free_node(pd->graphs[i]);
  for(i = 0; i < 3; i++)
    free(pd->buf[i]);
  free(pd->graphs);
  free(pd);
}

/* The index of graph @g, added when new.  Takes ownership of @g; -1 when
 * out of memory. */
long
jc_pending_graph_add(jc_pending *pd, librdf_node *g)
{
  size_t i;
  librdf_node **grown;

  for(i = 0; i < pd->ngraphs; i++)
    if(librdf_node_equals(pd->graphs[i], g)) {
      librdf_free_node(g);
      return (long)i;
    }
  grown = realloc(pd->graphs, (pd->ngraphs + 1) * sizeof *grown);
  if(!grown) {
    librdf_free_node(g);
    return -1;
  }
  pd->graphs = grown;
  pd->graphs[pd->ngraphs] = g;
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

librdf_node *
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

/* Read one term back as a new librdf node. */
static librdf_node *
pending_get_node(jc_ctx *ctx, jc_pending *pd)
{
  const char *v, *dt, *lang;
  int kind = fgetc(pd->spool);
  librdf_uri *u;
  librdf_node *n;

  if(kind == EOF || pending_get_str(pd, 0, &v) ||
     pending_get_str(pd, 1, &dt) || pending_get_str(pd, 2, &lang) || !v)
    return NULL;
  switch((jc_term_kind)kind) {
  case JC_TERM_IRI:
    return jc_node_iri(ctx, v);
  case JC_TERM_BLANK:
    return librdf_new_node_from_blank_identifier(ctx->world,
                                                 (const unsigned char *)v);
  case JC_TERM_LITERAL:
    u = dt ? librdf_new_uri(ctx->world, (const unsigned char *)dt) : NULL;
    n = librdf_new_node_from_typed_literal(
      ctx->world, (const unsigned char *)v, lang, u);
    if(u)
      librdf_free_uri(u);
    return n;
  }
  return NULL;
}

/* The next spooled statement: *st is new (the caller frees it), *graph is
 * borrowed (NULL: the source's own graph).  Returns 1, or 0 at the end, or
 * a negative value on a read error. */
int
jc_pending_next(jc_ctx *ctx, jc_pending *pd, librdf_statement **st,
                librdf_node **graph)
{
  librdf_node *s, *p, *o;
  int32_t g;
  int c = fgetc(pd->spool);

  *st = NULL;
  *graph = NULL;
  if(c == EOF)
    return 0;
  ungetc(c, pd->spool);
  s = pending_get_node(ctx, pd);
  p = s ? pending_get_node(ctx, pd) : NULL;
  o = p ? pending_get_node(ctx, pd) : NULL;
  if(!o || fread(&g, sizeof g, 1, pd->spool) != 1) {
    if(s)
      librdf_free_node(s);
    if(p)
      librdf_free_node(p);
    if(o)
      librdf_free_node(o);
    return -1;
  }
  *st = librdf_new_statement_from_nodes(ctx->world, s, p, o);
  *graph = g >= 0 && (size_t)g < pd->ngraphs ? pd->graphs[g] : NULL;
  return *st ? 1 : -1;
}
