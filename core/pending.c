/* core/pending.c: what a load emits, held aside until it is committed
 * (jc_pending_*).  Checked statements are spooled to an unlinked temporary
 * file rather than kept in memory, so loading a 100 MB report needs no
 * more memory than loading a small one; store.c reads them back only when
 * the plugin has succeeded.
 *
 * A record is three terms (codec.c) and a graph index. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal.h"

struct jc_pending {
  FILE         *spool;    /* owned: unlinked temporary file */
  size_t        n;        /* statements spooled */
  char        **graphs;   /* owned: IRIs of the graphs the source names */
  size_t        ngraphs;
  jc_codec      codec;    /* owned: read buffers */
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
  jc_codec_clear(&pd->codec);
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

/* Only literals carry a datatype or a language; an empty tag is none. */
static void
pending_put_term(FILE *f, const jc_term *t, const char *bprefix)
{
  jc_term n = *t;

  if(n.kind != JC_TERM_LITERAL)
    n.datatype = n.lang = NULL;
  else if(n.lang && !*n.lang)
    n.lang = NULL;
  jc_codec_put_term(f, &n, bprefix);
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

/* The next spooled statement: t[0..2] are subject, predicate, object,
 * borrowed until the next call; *graph is the IRI of a graph the source
 * named, borrowed, or NULL for the source's own graph.  Returns 1, or 0 at
 * the end, or a negative value on a read error. */
int
jc_pending_next(jc_pending *pd, jc_term t[3], const char **graph)
{
  int32_t g;
  int c = fgetc(pd->spool), present[3];

  *graph = NULL;
  if(c == EOF)
    return 0;
  ungetc(c, pd->spool);
  if(jc_codec_get_term(pd->spool, &pd->codec, 0, &t[0], &present[0]) ||
     jc_codec_get_term(pd->spool, &pd->codec, 3, &t[1], &present[1]) ||
     jc_codec_get_term(pd->spool, &pd->codec, 6, &t[2], &present[2]) ||
     !present[0] || !present[1] || !present[2] ||
     fread(&g, sizeof g, 1, pd->spool) != 1)
    return -1;
  *graph = g >= 0 && (size_t)g < pd->ngraphs ? pd->graphs[g] : NULL;
  return 1;
}
