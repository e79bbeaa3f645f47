/* tests/sparql/sparql-run.c: the SPARQL engine on the test-only memory
 * store (memstore.c), for developing the engine before the LMDB store
 * lands.  sparql-run [-D FILE]... [-G FILE]... [-F FORMAT] QUERY.rq
 * Each file is a graph named by its file: URI; -D files make the default
 * graph, -G files are the named graphs.  Output as jc_render writes it. */
#define _GNU_SOURCE
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <raptor2.h>
#include "jiceng.h"
#include "store/store.h"
#include "sparql/sparql.h"

typedef struct load_state {
  jc_txn *txn;
  jc_id   g;
  int     fileno;
  int     failed;
} load_state;

static jc_id
run_intern(load_state *ls, raptor_term *t)
{
  jc_term jt;
  jc_id id = 0;
  char label[512];

  memset(&jt, 0, sizeof jt);
  switch(t->type) {
  case RAPTOR_TERM_TYPE_URI:
    jt.kind = JC_TERM_IRI;
    jt.value = (const char *)raptor_uri_as_string(t->value.uri);
    break;
  case RAPTOR_TERM_TYPE_BLANK:
    jt.kind = JC_TERM_BLANK;
    snprintf(label, sizeof label, "f%d_%s", ls->fileno,
             (const char *)t->value.blank.string);
    jt.value = label;
    break;
  case RAPTOR_TERM_TYPE_LITERAL:
    jt.kind = JC_TERM_LITERAL;
    jt.value = (const char *)t->value.literal.string;
    jt.datatype = t->value.literal.datatype
      ? (const char *)raptor_uri_as_string(t->value.literal.datatype) : NULL;
    jt.lang = (const char *)t->value.literal.language;
    break;
  default:
    ls->failed = 1;
    return 0;
  }
  if(jc_txn_intern(ls->txn, &jt, &id) != JC_OK)
    ls->failed = 1;
  return id;
}

static void
run_on_triple(void *data, raptor_statement *st)
{
  load_state *ls = data;
  jc_quad q;

  q.s = run_intern(ls, st->subject);
  q.p = run_intern(ls, st->predicate);
  q.o = run_intern(ls, st->object);
  q.g = ls->g;
  jc_txn_add(ls->txn, &q, 1, NULL);
}

static char *
run_file_uri(const char *path)
{
  char abs[PATH_MAX], *u;

  if(!realpath(path, abs))
    return NULL;
  u = malloc(strlen(abs) + 8);
  if(u)
    sprintf(u, "file://%s", abs);
  return u;
}

static int
run_load(raptor_world *w, jc_txn *txn, const char *path, int fileno,
         char **graph)
{
  const char *syntax = strstr(path, ".rdf") ? "rdfxml"
                       : strstr(path, ".nt") ? "ntriples" : "turtle";
  raptor_parser *p = raptor_new_parser(w, syntax);
  load_state ls;
  unsigned char *uri_s;
  raptor_uri *uri;
  jc_term g;
  FILE *f = fopen(path, "rb");

  *graph = run_file_uri(path);
  if(!p || !f || !*graph) {
    fprintf(stderr, "sparql-run: cannot read %s\n", path);
    return -1;
  }
  g.kind = JC_TERM_IRI;
  g.value = *graph;
  g.datatype = g.lang = NULL;
  ls.txn = txn;
  ls.fileno = fileno;
  ls.failed = 0;
  jc_txn_intern(txn, &g, &ls.g);
  uri_s = raptor_uri_filename_to_uri_string(path);
  uri = raptor_new_uri(w, uri_s);
  raptor_parser_set_statement_handler(p, &ls, run_on_triple);
  if(raptor_parser_parse_file_stream(p, f, path, uri))
    ls.failed = 1;
  raptor_free_uri(uri);
  raptor_free_memory(uri_s);
  raptor_free_parser(p);
  fclose(f);
  return ls.failed ? -1 : 0;
}

static char *
run_read(const char *path)
{
  FILE *f = fopen(path, "rb");
  char *buf;
  long n;

  if(!f)
    return NULL;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = malloc((size_t)n + 1);
  if(buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  if(buf)
    buf[n] = '\0';
  fclose(f);
  return buf;
}

/* The W3C dataset tests name their files in FROM / FROM NAMED: load those
 * as graphs of the store, so FROM finds them by IRI. */
static void
run_load_from(raptor_world *w, jc_txn *txn, const char *text,
              const char *query, char **graphs, int *ng)
{
  const char *p = text;
  char dir[PATH_MAX], path[2 * PATH_MAX];
  const char *slash = strrchr(query, '/');

  snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - query) : 1,
           slash ? query : ".");
  while((p = strcasestr(p, "FROM"))) {
    const char *lt, *gt;
    p += 4;
    lt = p + strspn(p, " \t\r\n");
    if(!strncasecmp(lt, "NAMED", 5))
      lt += 5 + strspn(lt + 5, " \t\r\n");
    if(*lt != '<' || !(gt = strchr(lt, '>')) || memchr(lt, ':', gt - lt))
      continue;
    snprintf(path, sizeof path, "%s/%.*s", dir, (int)(gt - lt - 1), lt + 1);
    if(*ng < 120 && !run_load(w, txn, path, *ng, &graphs[*ng]))
      (*ng)++;
  }
}

int
main(int argc, char **argv)
{
  const char *dflt[64], *named[64], *fmt = "json", *query = NULL;
  char *graphs[128];
  int nd = 0, nn = 0, ng = 0, i, rc = 0, explicit_ds = 0;
  jc_ctx *ctx = jc_ctx_new();
  raptor_world *w = raptor_new_world();
  jc_db *db;
  jc_txn *txn;
  jc_result *res = NULL;
  jc_sparql_opts opts;
  char *text, *base;

  jc_db_open(ctx, NULL, 0, &db);
  jc_txn_write(db, &txn);
  for(i = 1; i < argc; i++) {
    if((!strcmp(argv[i], "-D") || !strcmp(argv[i], "-G")) && i + 1 < argc) {
      int is_d = argv[i][1] == 'D';
      if(run_load(w, txn, argv[++i], ng, &graphs[ng]))
        rc = 2;
      if(is_d)
        dflt[nd++] = graphs[ng];
      else
        named[nn++] = graphs[ng];
      ng++;
      explicit_ds = 1;
    } else if(!strcmp(argv[i], "-F") && i + 1 < argc)
      fmt = argv[++i];
    else
      query = argv[i];
  }
  dflt[nd] = named[nn] = NULL;
  if(!query || !(text = run_read(query))) {
    fprintf(stderr, "usage: sparql-run [-D FILE] [-G FILE] [-F FMT] Q\n");
    return 2;
  }
  run_load_from(w, txn, text, query, graphs, &ng);
  memset(&opts, 0, sizeof opts);
  if(explicit_ds) {
    opts.default_graphs = dflt;
    opts.named_graphs = named;
  }
  base = run_file_uri(query);
  opts.base = base;
  if(!rc && jc_sparql_exec(ctx, txn, text, &opts, &res) != JC_OK) {
    fprintf(stderr, "%s: %s\n", query, jc_error_message(ctx));
    rc = 1;
  }
  if(res) {
    if(jc_result_get_kind(res) == JC_RESULT_GRAPH && !strcmp(fmt, "json"))
      fmt = "ntriples";
    if(jc_render(ctx, res, fmt, NULL, stdout) != JC_OK) {
      fprintf(stderr, "%s\n", jc_error_message(ctx));
      rc = 1;
    }
  }
  jc_result_free(res);
  jc_txn_abort(txn);
  jc_db_close(db);
  for(i = 0; i < ng; i++)
    free(graphs[i]);
  free(text);
  free(base);
  raptor_free_world(w);
  jc_ctx_free(ctx);
  return rc;
}
