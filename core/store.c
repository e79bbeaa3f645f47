/* core/store.c: sources in the store (jc_store_*).  One named graph per
 * loaded source, so a source is reloaded or dropped as a unit; a provenance
 * graph describes every source; the ontology has a graph of its own.  The
 * quads themselves live in the LMDB store of core/store/ (store.h): every
 * load, reload and drop here is one of its write transactions, provenance
 * included, so it happens whole or leaves no trace.  The functions here
 * are the embedded backend (jc_store_local); backend.c dispatches the
 * public jc_store_* calls.  Querying lives in query.c, output formats in
 * render.c and export.c. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "internal.h"
#include "pipe.h"
#include "store/store.h"


/* Quads go to the store in batches: large enough that sorting pays, small
 * enough that memory stays flat however big the source. */
#define STORE_BATCH 65536
/* A reload of a source of up to this many quads leaves the quads it gives
 * again where they are (store_old_quads); a bigger one empties the graph
 * first. */
#define STORE_DIFF_MAX 262144

char *
jc_store_default_dir(void)
{
  const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
  char *s;

  if(xdg && *xdg) {
    s = malloc(strlen(xdg) + 32);
    if(s)
      sprintf(s, "%s/jiceng/default", xdg);
  } else {
    if(!home || !*home)
      home = ".";
    s = malloc(strlen(home) + 40);
    if(s)
      sprintf(s, "%s/.local/share/jiceng/default", home);
  }
  return s;
}

jc_status
jc_store_open_flags(jc_ctx *ctx, const char *dir, unsigned flags)
{
  jc_status st;

  if(ctx->db)
    return jc_error(ctx, JC_ERR_USAGE, "a store is already open");
  if(ctx->backend)
    return jc_error(ctx, JC_ERR_USAGE, "the %s is already open",
                    ctx->backend->name);
  st = jc_db_open(ctx, dir, flags | JC_DB_CREATE, &ctx->db);
  if(st == JC_OK && !jc_db_readonly(ctx->db))
    st = jc_ontology_install(ctx);
  if(st == JC_OK)
    st = jc_redland_attach(ctx);
  if(st == JC_OK)
    ctx->backend = &jc_store_local;
  return st;
}

jc_status
jc_store_open(jc_ctx *ctx, const char *dir)
{
  return jc_store_open_flags(ctx, dir, 0);
}

/* The graph IRI of a source: an IRI stays as it is; a path becomes the
 * file: IRI of its absolute form (jc_iri_from_path), so "a.ttl" and
 * "./a.ttl" are one source; "-" is standard input's JC_SOURCE_STDIN. */
char *
jc_store_graph_iri(jc_ctx *ctx, const char *source)
{
  char abs[PATH_MAX];
  const char *colon = strchr(source, ':'), *slash = strchr(source, '/');

  (void)ctx;
  if(!strcmp(source, "-"))
    return jc_strdup(JC_SOURCE_STDIN);
  if(colon && (!slash || colon < slash) && jc_iri_check(source))
    return jc_strdup(source);
  if(!realpath(source, abs)) {
    /* A dropped source's file may be gone: make it absolute by hand. */
    if(source[0] == '/')
      snprintf(abs, sizeof abs, "%s", source);
    else if(getcwd(abs, sizeof abs - 1)) {
      size_t n = strlen(abs);
      snprintf(abs + n, sizeof abs - n, "/%s", source);
    } else
      return NULL;
  }
  return jc_iri_from_path(abs);
}

/* ---- Provenance ------------------------------------------------------------ */

static jc_id
store_iri_id(jc_txn *t, const char *iri)
{
  jc_term term = { JC_TERM_IRI, iri, NULL, NULL };

  return jc_txn_lookup(t, &term);
}

/* The value of (@g @p ?o) in the provenance graph, or NULL.  New string. */
static char *
store_prov_value(jc_txn *t, jc_id g, const char *p)
{
  jc_quad pat = { g, store_iri_id(t, p), 0, store_iri_id(t, JC_GRAPH_PROV) };
  jc_scan *sc;
  jc_quad q;
  jc_term term;
  char *out = NULL;

  if(!g || !pat.p || !pat.g || jc_scan_open(t, &pat, NULL, &sc) != JC_OK)
    return NULL;
  if(jc_scan_next(sc, &q, 1) == 1 && jc_txn_term(t, q.o, &term) == JC_OK)
    out = jc_strdup(term.value);
  jc_scan_free(sc);
  return out;
}

/* The objects of (@g @p ?o) in the provenance graph.  *out: new array. */
static size_t
store_prov_ids(jc_txn *t, jc_id g, const char *p, jc_id **out)
{
  jc_quad pat = { g, store_iri_id(t, p), 0, store_iri_id(t, JC_GRAPH_PROV) };
  jc_quad buf[256];
  jc_scan *sc;
  size_t n = 0, got, i;

  *out = NULL;
  if(!g || !pat.p || !pat.g || jc_scan_open(t, &pat, NULL, &sc) != JC_OK)
    return 0;
  while((got = jc_scan_next(sc, buf, 256)) > 0) {
    jc_id *grown = realloc(*out, (n + got) * sizeof *grown);
    if(!grown)
      break;
    *out = grown;
    for(i = 0; i < got; i++)
      (*out)[n++] = buf[i].o;
  }
  jc_scan_free(sc);
  return n;
}

/* 1 when @g is a loaded source's graph: it has a provenance record. */
int
jc_store_is_source(jc_txn *t, jc_id g)
{
  char *l = store_prov_value(t, g, JC_NS "loader");
  int yes = l != NULL;

  free(l);
  return yes;
}

/* Remove a source's graphs and its provenance, inside @t; with @keep, not
 * the source's own graph (a reload settles it quad by quad). */
static jc_status
store_remove_source(jc_txn *t, jc_id g, int keep)
{
  jc_id *owned, prov = store_iri_id(t, JC_GRAPH_PROV);
  size_t i, n;
  jc_quad pat = { 0, 0, 0, 0 };
  jc_status st = JC_OK;

  if(!g)
    return JC_OK;
  n = store_prov_ids(t, g, JC_NS "ownsGraph", &owned);
  for(i = 0; i < n && st == JC_OK; i++) {
    pat.g = owned[i];
    st = jc_txn_remove(t, &pat, NULL);
  }
  free(owned);
  pat.g = g;
  if(st == JC_OK && !keep)
    st = jc_txn_remove(t, &pat, NULL);
  if(st == JC_OK && prov) {
    jc_quad mine = { g, 0, 0, prov };
    st = jc_txn_remove(t, &mine, NULL);
  }
  return st;
}

static jc_status
store_prov_add(jc_txn *t, jc_id g, jc_id prov, const char *p,
               const jc_term *o)
{
  jc_term pt = { JC_TERM_IRI, p, NULL, NULL };
  jc_quad q;
  jc_status st;

  q.s = g;
  q.g = prov;
  if((st = jc_txn_intern(t, &pt, &q.p)) != JC_OK ||
     (st = jc_txn_intern(t, o, &q.o)) != JC_OK)
    return st;
  return jc_txn_add(t, &q, 1, NULL);
}

static jc_status
store_prov_lit(jc_txn *t, jc_id g, jc_id prov, const char *p, const char *v,
               const char *dt)
{
  jc_term o = { JC_TERM_LITERAL, v, dt, NULL };

  return store_prov_add(t, g, prov, p, &o);
}

static jc_status
store_prov_iri(jc_txn *t, jc_id g, jc_id prov, const char *p, const char *v)
{
  jc_term o = { JC_TERM_IRI, v, NULL, NULL };

  return store_prov_add(t, g, prov, p, &o);
}

/* The content hash and loader of a stored source, read in one snapshot. */
static void
store_prior(jc_ctx *ctx, const char *iri, char **hex, char **loader,
            char **triples)
{
  jc_txn *t;

  *hex = *loader = *triples = NULL;
  if(jc_txn_read(ctx->db, &t) != JC_OK)
    return;
  {
    jc_id g = store_iri_id(t, iri);
    *hex = store_prov_value(t, g, JC_NS "sha256");
    *loader = store_prov_value(t, g, JC_NS "loader");
    *triples = store_prov_value(t, g, VOID_TRIPLES);
  }
  jc_txn_abort(t);
}

typedef struct named_graph {
  char  *iri;  /* owned */
  jc_id  id;
} named_graph;

/* One load on its way into the store: the write transaction, the batch of
 * quads not yet added, and what its provenance record will say. */
typedef struct store_record {
  jc_ctx             *ctx;      /* borrowed */
  const char         *path;     /* borrowed: its name in messages */
  const jc_input     *in;       /* borrowed: what is read */
  const char         *iri;      /* borrowed: the source's graph */
  const jc_plugin    *plugin;
  const char         *sha256;
  unsigned long long  bytes;
  uint64_t            triples;  /* distinct quads stored */
  jc_txn             *t;        /* owned while loading */
  jc_id               g;        /* the source's graph */
  jc_quad            *batch;    /* owned */
  size_t              n;
  named_graph        *named;    /* owned: graphs the source names */
  size_t              nnamed;
  jc_pipe            *pipe;     /* owned while loading */
  jc_quad            *old;      /* owned: a reload's quads before, sorted */
  unsigned char      *kept;     /* owned: old[i] came again */
  size_t              nold;
} store_record;

static jc_status
store_write_prov(jc_txn *t, jc_id g, const store_record *r)
{
  jc_term pt = { JC_TERM_IRI, JC_GRAPH_PROV, NULL, NULL };
  char num[32], now[32];
  jc_status st;
  jc_id prov;
  size_t i;

  if((st = jc_txn_intern(t, &pt, &prov)) != JC_OK)
    return st;
  jc_now_iso(now);
  snprintf(num, sizeof num, "%llu", (unsigned long long)r->triples);
  if((st = store_prov_iri(t, g, prov, RDF_TYPE, JC_NS "SourceGraph")) ||
     (st = store_prov_iri(t, g, prov, DCT_SOURCE, r->iri)) ||
     (st = store_prov_lit(t, g, prov, JC_NS "loader", r->plugin->loader->name,
                          NULL)) ||
     (st = store_prov_lit(t, g, prov, JC_NS "loaderVersion",
                          r->plugin->loader->version, NULL)) ||
     (st = store_prov_lit(t, g, prov, JC_NS "sha256", r->sha256, NULL)) ||
     (st = store_prov_lit(t, g, prov, VOID_TRIPLES, num, XSD "integer")))
    return st;
  snprintf(num, sizeof num, "%llu", r->bytes);
  if((st = store_prov_lit(t, g, prov, DCAT_BYTES, num, XSD "integer")) ||
     (st = store_prov_lit(t, g, prov, PROV_AT, now, XSD "dateTime")))
    return st;
  for(i = 0; i < r->nnamed && st == JC_OK; i++)
    st = store_prov_iri(t, g, prov, JC_NS "ownsGraph", r->named[i].iri);
  return st;
}

/* A graph named inside a source must not be the store's own or another
 * source's: replacing or dropping one source would damage the other. */
static jc_status
store_check_graph(store_record *r, const char *iri, jc_id g)
{
  jc_id ownsp = store_iri_id(r->t, JC_NS "ownsGraph");
  jc_id prov = store_iri_id(r->t, JC_GRAPH_PROV);
  jc_quad pat = { 0, ownsp, g, prov }, q;
  jc_scan *sc;
  jc_term owner;

  if(!strcmp(iri, JC_GRAPH_PROV) || !strcmp(iri, JC_GRAPH_ONTOLOGY))
    return jc_error(r->ctx, JC_ERR_SYNTAX, "%s: names the reserved graph "
                    "<%s>", r->path, iri);
  if(jc_store_is_source(r->t, g))
    return jc_error(r->ctx, JC_ERR_SYNTAX, "%s: names graph <%s>, which is "
                    "another loaded source", r->path, iri);
  if(!ownsp || !prov || jc_scan_open(r->t, &pat, NULL, &sc) != JC_OK)
    return JC_OK;
  if(jc_scan_next(sc, &q, 1) == 1 && q.s != r->g) {
    jc_scan_free(sc);
    if(jc_txn_term(r->t, q.s, &owner) != JC_OK)
      return r->ctx->err;
    return jc_error(r->ctx, JC_ERR_SYNTAX, "%s: names graph <%s>, which "
                    "belongs to source <%s>", r->path, iri, owner.value);
  }
  jc_scan_free(sc);
  return JC_OK;
}

/* The id of a graph the source names, checked the first time it appears. */
static jc_status
store_named_graph(store_record *r, const char *iri, jc_id *out)
{
  jc_term gt = { JC_TERM_IRI, iri, NULL, NULL };
  named_graph *grown;
  jc_status st;
  size_t i;

  for(i = 0; i < r->nnamed; i++)
    if(!strcmp(r->named[i].iri, iri)) {
      *out = r->named[i].id;
      return JC_OK;
    }
  if((st = jc_txn_intern(r->t, &gt, out)) != JC_OK ||
     (st = store_check_graph(r, iri, *out)) != JC_OK)
    return st;
  grown = realloc(r->named, (r->nnamed + 1) * sizeof *grown);
  if(!grown || !(grown[r->nnamed].iri = jc_strdup(iri))) {
    if(grown)
      r->named = grown;
    return jc_error(r->ctx, JC_ERR_NOMEM, "out of memory");
  }
  r->named = grown;
  r->named[r->nnamed++].id = *out;
  return JC_OK;
}

static jc_status
store_flush(store_record *r)
{
  uint64_t k = 0;
  jc_status st = jc_txn_add(r->t, r->batch, r->n, &k);

  r->triples += k;
  r->n = 0;
  return st;
}

/* The writing side of a load (pipe.c calls it, in its second thread but
 * for the last batch): intern a batch's terms and add its quads.  @data is
 * the writer's copy of the record, whose errors go to a context of its
 * own. */
/* Is @q one of the quads the source had before the reload?  Then it stays
 * where it is, counted once.  @w->old is in (s, p, o) order. */
static int
store_kept(store_record *w, const jc_quad *q)
{
  size_t lo = 0, hi = w->nold, m;

  if(!w->nold || q->g != w->g)
    return 0;
  while(lo < hi) {
    const jc_quad *x = &w->old[m = lo + (hi - lo) / 2];
    int c = x->s != q->s ? (x->s < q->s ? -1 : 1) :
            x->p != q->p ? (x->p < q->p ? -1 : 1) :
            x->o != q->o ? (x->o < q->o ? -1 : 1) : 0;
    if(!c) {
      if(!w->kept[m])
        w->kept[m] = 1, w->triples++;
      return 1;
    }
    if(c < 0)
      lo = m + 1;
    else
      hi = m;
  }
  return 0;
}

/* The writing side of a load (pipe.c calls it, in its second thread but
 * for the last batch): intern a batch's terms and add its quads.  @data is
 * the writer's copy of the record, whose errors go to a context of its
 * own. */
static jc_status
store_batch(void *data, const jc_prep_batch *b)
{
  store_record *w = data;
  jc_status st = JC_OK;
  const char *graph;
  jc_quad q;
  size_t i;

  for(i = 0; i < b->n; i++) {
    q.g = w->g;
    if(((graph = jc_prep_graph(b, i)) &&
        (st = store_named_graph(w, graph, &q.g)) != JC_OK) ||
       (st = jc_txn_intern_prep(w->t, &b->q[i].t[0], b->buf, &q.s)) ||
       (st = jc_txn_intern_prep(w->t, &b->q[i].t[1], b->buf, &q.p)) ||
       (st = jc_txn_intern_prep(w->t, &b->q[i].t[2], b->buf, &q.o)))
      return st;
    if(!store_kept(w, &q))
      w->batch[w->n++] = q;
  }
  return store_flush(w);
}

static int
store_quad_cmp(const void *x, const void *y)
{
  const jc_quad *a = x, *b = y;

  if(a->s != b->s) return a->s < b->s ? -1 : 1;
  if(a->p != b->p) return a->p < b->p ? -1 : 1;
  if(a->o != b->o) return a->o < b->o ? -1 : 1;
  return 0;
}

/* Before a reload: the quads of the source's graph, sorted, unless there
 * are more than STORE_DIFF_MAX (then r->nold stays 0).  Those the new
 * output gives again are not touched: a reload of a changed article
 * rewrites only what changed, and writes and syncs that many pages. */
static jc_status
store_old_quads(store_record *r)
{
  jc_quad pat = { 0, 0, 0, r->g };
  size_t cap = 0, got = 1;  /* got > 0 at the end: stopped early */
  jc_scan *sc;
  jc_status st = JC_OK;

  if(!r->g || jc_scan_open(r->t, &pat, NULL, &sc) != JC_OK)
    return r->g ? r->ctx->err : JC_OK;
  for(;;) {
    if(r->nold + 1024 > cap) {
      jc_quad *g = cap >= STORE_DIFF_MAX ? NULL :
                   realloc(r->old, (cap = cap ? 2 * cap : 4096) * sizeof *g);
      if(!g)
        break;  /* too many (or no memory): empty the graph instead */
      r->old = g;
    }
    if(!(got = jc_scan_next(sc, r->old + r->nold, 1024)))
      break;
    r->nold += got;
  }
  if(jc_scan_failed(sc))
    st = r->ctx->err;
  else if(got || !(r->kept = calloc(r->nold + 1, 1)))
    r->nold = 0;
  jc_scan_free(sc);
  if(r->nold)
    qsort(r->old, r->nold, sizeof *r->old, store_quad_cmp);
  return st;
}

/* After a reload: remove the quads the source no longer gives. */
static jc_status
store_drop_unkept(store_record *r)
{
  size_t i, n = 0;

  for(i = 0; i < r->nold; i++)
    if(!r->kept[i])
      r->old[n++] = r->old[i];
  return jc_txn_remove_list(r->t, r->old, n);
}

/* The load's sink (load.c), on the reading side: each checked triple into
 * the pipe.  A failure of the writing side comes back here; its message is
 * taken over when the pipe ends (store_pipe_load). */
static jc_status
store_sink(void *data, const jc_term t[3], const char *graph,
           jc_term_memo *const memo[3])
{
  store_record *r = data;
  jc_status st = jc_pipe_add(r->pipe, t, graph, memo);

  if(st == JC_ERR_NOMEM)
    return jc_error(r->ctx, st, "out of memory");
  return st;
}

/* Run the plugin into the open transaction through a pipe: the plugin's
 * output is read and checked here, and stored by the pipe's second thread
 * (store_batch), which has the store to itself until the pipe ends. */
static jc_status
store_pipe_load(store_record *r, const jc_load_opts *opts)
{
  jc_ctx *wctx = calloc(1, sizeof *wctx), *old;
  store_record w = *r;
  jc_status st, wst;

  if(!wctx || !(r->pipe = jc_pipe_new(STORE_BATCH, store_batch, &w))) {
    free(wctx);
    return jc_error(r->ctx, JC_ERR_NOMEM, "out of memory");
  }
  w.ctx = wctx;
  old = jc_db_set_ctx(r->ctx->db, wctx);
  st = jc_load_run(r->ctx, r->plugin, r->in, opts, store_sink, r);
  wst = jc_pipe_end(r->pipe, st == JC_OK);
  jc_db_set_ctx(r->ctx->db, old);
  if(wst != JC_OK)
    st = jc_error(r->ctx, wst, "%s", wctx->errmsg);
  r->named = w.named;
  r->nnamed = w.nnamed;
  r->triples = w.triples;
  jc_pipe_free(r->pipe);
  r->pipe = NULL;
  free(wctx);
  return st;
}

/* Replace the source in one write transaction: the old graphs go, the
 * plugin's output comes in, the provenance is written, and only then is
 * anything committed. */
static jc_status
store_replace(store_record *r, const jc_load_opts *opts)
{
  jc_term gt = { JC_TERM_IRI, r->iri, NULL, NULL };
  struct stat sb;
  jc_status st;
  size_t i;

  if(!(r->batch = malloc(STORE_BATCH * sizeof *r->batch)))
    return jc_error(r->ctx, JC_ERR_NOMEM, "out of memory");
  /* The store reserves disk for the load: a source takes up to a few
   * times its size in the store (short N-Triples lines about 4x, a news
   * text with its evidence 4.4x). */
  if(!stat(r->in->file, &sb))
    jc_db_expect(r->ctx->db, 8 * (uint64_t)sb.st_size);
  if((st = jc_txn_write(r->ctx->db, &r->t)) != JC_OK)
    goto done;
  if((st = jc_txn_intern(r->t, &gt, &r->g)) == JC_OK &&
     (st = store_old_quads(r)) == JC_OK &&
     (st = store_remove_source(r->t, r->g, r->nold > 0)) == JC_OK &&
     (st = store_pipe_load(r, opts)) == JC_OK &&
     (st = store_drop_unkept(r)) == JC_OK &&
     (st = store_write_prov(r->t, r->g, r)) == JC_OK)
    st = jc_txn_commit(r->t);
  else
    jc_txn_abort(r->t);
  r->t = NULL;
done:
  for(i = 0; i < r->nnamed; i++)
    free(r->named[i].iri);
  free(r->named);
  free(r->batch);
  free(r->old);
  free(r->kept);
  return st;
}

/* store_replace, and once more when it failed only because the source
 * outgrew the disk the store reserved for writing it in place (it took
 * more than jc_db_expect said): the second run writes as a small write
 * does, with no reserve, so the source loads as it would have before
 * writes in place.  The plugin runs twice then. */
static jc_status
store_replace_again(store_record *r, const jc_load_opts *opts)
{
  store_record first = *r;
  jc_status st = store_replace(r, opts);

  if(st == JC_OK || !jc_db_outgrown(r->ctx->db))
    return st;
  jc_warn(r->ctx, "%s: the source took more room than the store reserved "
          "for it; loading it again without a reserve", r->path);
  jc_error_clear(r->ctx);
  *r = first;
  return store_replace(r, opts);
}

/* jc_store_load on an opened input: skipped when its content and loader
 * are those of the source's last load (unless forced), else replaced. */
static jc_status
store_load_input(jc_ctx *ctx, const jc_input *in, const jc_plugin *plugin,
                 const jc_load_opts *opts, jc_load_report *rep)
{
  char hex[65], *old_hex, *old_loader, *old_n;
  store_record r;
  jc_status st = JC_OK;

  memset(&r, 0, sizeof r);
  r.ctx = ctx;
  r.path = in->name;
  r.in = in;
  r.plugin = plugin;
  r.iri = in->iri;
  r.sha256 = hex;
  if((st = jc_sha256_file(ctx, in->file, hex, &r.bytes)) != JC_OK)
    return st;
  store_prior(ctx, in->iri, &old_hex, &old_loader, &old_n);
  if(rep) {
    rep->plugin = plugin->loader->name;
    rep->replaced = old_hex != NULL;
  }
  if(old_hex && !strcmp(old_hex, hex) && old_loader &&
     !strcmp(old_loader, plugin->loader->name) && !(opts && opts->force)) {
    if(rep) {
      rep->skipped = 1;
      rep->triples = old_n ? atol(old_n) : 0;
    }
  } else {
    ctx->source = in->name;
    st = store_replace_again(&r, opts);
    ctx->source = NULL;
    if(st == JC_OK && rep)
      rep->triples = (long)r.triples;
  }
  free(old_hex);
  free(old_loader);
  free(old_n);
  return st;
}

static jc_status
store_load(jc_ctx *ctx, const char *path, const jc_load_opts *opts,
           jc_load_report *rep)
{
  const char *as = opts ? opts->as : NULL;
  const jc_plugin *plugin;
  jc_input in;
  jc_status st;

  /* before the plugin is chosen: a FIFO is refused as such */
  if((st = jc_input_open(ctx, path, as, &in)) == JC_OK) {
    if(!(plugin = jc_plugin_find(ctx, as, path)))
      st = jc_plugin_missing(ctx, path, as);
    else
      st = store_load_input(ctx, &in, plugin, opts, rep);
  }
  if(rep && st == JC_OK) {
    rep->graph = in.iri;
    in.iri = NULL;
  }
  jc_input_close(&in);
  return st;
}

void
jc_load_report_clear(jc_load_report *rep)
{
  if(!rep)
    return;
  free(rep->graph);
  memset(rep, 0, sizeof *rep);
}

static jc_status
store_drop(jc_ctx *ctx, const char *source)
{
  jc_txn *t;
  char *iri;
  jc_id g;
  jc_status st;

  if(!(iri = jc_store_graph_iri(ctx, source)))
    return jc_error(ctx, JC_ERR_NOTFOUND, "%s: no such source", source);
  if((st = jc_txn_write(ctx->db, &t)) != JC_OK) {
    free(iri);
    return st;
  }
  g = store_iri_id(t, iri);
  if(!jc_store_is_source(t, g))
    st = jc_error(ctx, JC_ERR_NOTFOUND, "%s: not a loaded source (see "
                  "`jiceng sources`)", source);
  else
    st = store_remove_source(t, g, 0);
  if(st == JC_OK)
    st = jc_txn_commit(t);
  else
    jc_txn_abort(t);
  free(iri);
  return st;
}

static int
store_cmp_sources(const void *a, const void *b)
{
  return strcmp(((const jc_source *)a)->graph, ((const jc_source *)b)->graph);
}

static jc_status
store_source_fill(jc_ctx *ctx, jc_txn *t, jc_id g, jc_source *src)
{
  jc_term term;
  char *n;

  memset(src, 0, sizeof *src);
  if(jc_txn_term(t, g, &term) != JC_OK)
    return ctx->err;
  src->graph = jc_strdup(term.value);
  src->loader = store_prov_value(t, g, JC_NS "loader");
  src->sha256 = store_prov_value(t, g, JC_NS "sha256");
  src->loaded_at = store_prov_value(t, g, PROV_AT);
  n = store_prov_value(t, g, VOID_TRIPLES);
  src->triples = n ? atol(n) : 0;
  free(n);
  if(!src->graph)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  return JC_OK;
}

static jc_status
store_sources(jc_ctx *ctx, jc_source **out, size_t *n)
{
  jc_source *list = NULL;
  jc_quad pat, buf[256];
  jc_scan *sc = NULL;
  size_t count = 0, got, i;
  jc_txn *t;
  jc_status st;

  if((st = jc_txn_read(ctx->db, &t)) != JC_OK)
    return st;
  pat.s = 0;
  pat.p = store_iri_id(t, RDF_TYPE);
  pat.o = store_iri_id(t, JC_NS "SourceGraph");
  pat.g = store_iri_id(t, JC_GRAPH_PROV);
  if(pat.p && pat.o && pat.g)
    st = jc_scan_open(t, &pat, NULL, &sc);
  while(sc && st == JC_OK && (got = jc_scan_next(sc, buf, 256)) > 0) {
    jc_source *grown = realloc(list, (count + got) * sizeof *grown);
    if(!grown) {
      st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
      break;
    }
    list = grown;
    for(i = 0; i < got && st == JC_OK; i++)
      if((st = store_source_fill(ctx, t, buf[i].s, &list[count])) == JC_OK)
        count++;
  }
  jc_scan_free(sc);
  jc_txn_abort(t);
  if(count)
    qsort(list, count, sizeof *list, store_cmp_sources);
  *out = list;
  *n = count;
  return st;
}

void
jc_sources_free(jc_source *list, size_t n)
{
  size_t i;

  for(i = 0; i < n; i++) {
    free(list[i].graph);
    free(list[i].loader);
    free(list[i].sha256);
    free(list[i].loaded_at);
  }
  free(list);
}

static long
store_count(jc_ctx *ctx)
{
  jc_txn *t;
  long n;

  if(jc_txn_read(ctx->db, &t) != JC_OK)
    return 0;
  n = (long)jc_txn_quads(t);
  jc_txn_abort(t);
  return n;
}

static jc_status
store_vacuum(jc_ctx *ctx)
{
  return jc_db_vacuum(ctx->db);
}

static const char *
store_location(const jc_ctx *ctx)
{
  return jc_db_dir(ctx->db);
}

const jc_backend jc_store_local = {
  .name = "embedded store", .load = store_load, .drop = store_drop,
  .sources = store_sources, .export = jc_export_store, .count = store_count,
  .vacuum = store_vacuum, .query = NULL, .label = jc_render_label,
  .location = store_location,
};
