/* core/store.c: the librdf store (jc_store_*).  One named graph (librdf
 * context) per loaded source, so a source is reloaded or dropped as a
 * unit; a provenance graph describes every source; the ontology has a graph
 * of its own.  Storage is chosen here and nowhere else.  Querying lives in
 * query.c, output formats in render.c and export.c. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal.h"

#define RDF_TYPE   "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define XSD        "http://www.w3.org/2001/XMLSchema#"
#define PROV_AT    "http://www.w3.org/ns/prov#generatedAtTime"
#define VOID_TRIPLES "http://rdfs.org/ns/void#triples"
#define DCAT_BYTES "http://www.w3.org/ns/dcat#byteSize"
#define DCT_SOURCE "http://purl.org/dc/terms/source"

/* mkdir -p */
static int
store_mkdirs(const char *dir)
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

/* Two processes writing one Berkeley DB store without a lock corrupt it,
 * so the store directory is locked for the life of the context.  The lock
 * file descriptor is deliberately kept open until exit. */
static jc_status
store_lock(jc_ctx *ctx, const char *dir)
{
  char *path = malloc(strlen(dir) + 8);
  int fd;

  if(!path)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  sprintf(path, "%s/lock", dir);
  fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  free(path);
  if(fd < 0)
    return jc_error(ctx, JC_ERR_IO, "%s: %s", dir, strerror(errno));
  if(flock(fd, LOCK_EX | LOCK_NB)) {
    close(fd);
    return jc_error(ctx, JC_ERR_IO, "%s: store is in use by another jiceng "
                    "process", dir);
  }
  ctx->lock_fd = fd;
  return JC_OK;
}

/* The journal names the source whose graphs are being replaced or
 * dropped.  The Berkeley DB hashes have no transactions: if jiceng stops
 * between removing a source's old statements and writing its provenance,
 * the next open finds the journal and removes what is left of that source,
 * so no source is ever half there. */
static void
store_journal_begin(jc_ctx *ctx, const char *iri)
{
  FILE *f;

  if(!ctx->journal || !(f = fopen(ctx->journal, "w")))
    return;
  fprintf(f, "%s\n", iri);
  fflush(f);
  fsync(fileno(f));
  fclose(f);
}

static void
store_journal_end(jc_ctx *ctx)
{
  if(ctx->journal)
    unlink(ctx->journal);
}

static void store_remove_source(jc_ctx *ctx, librdf_node *g);

static void
store_journal_recover(jc_ctx *ctx)
{
  char iri[8192];
  FILE *f = ctx->journal ? fopen(ctx->journal, "r") : NULL;
  librdf_node *g;

  if(!f)
    return;
  if(fgets(iri, sizeof iri, f)) {
    iri[strcspn(iri, "\n")] = '\0';
    if(jc_iri_valid(iri) && (g = jc_node_iri(ctx, iri))) {
      store_remove_source(ctx, g);
      librdf_model_sync(ctx->model);
      librdf_free_node(g);
      jc_warn(ctx, "jiceng stopped while it was changing <%s>; what was "
              "left of that source was removed: load it again", iri);
    }
  }
  fclose(f);
  store_journal_end(ctx);
}

jc_status
jc_store_open(jc_ctx *ctx, const char *dir)
{
  const char *kv[16];
  librdf_hash *opt;
  struct stat sb;
  char *probe;
  int fresh = 1, n = 0;
  jc_status st;

  if(ctx->model)
    return jc_error(ctx, JC_ERR_USAGE, "a store is already open");
  kv[n++] = "contexts"; kv[n++] = "yes";
  if(dir) {
    if(store_mkdirs(dir))
      return jc_error(ctx, JC_ERR_IO, "%s: %s", dir, strerror(errno));
    if((st = store_lock(ctx, dir)) != JC_OK)
      return st;
    probe = malloc(strlen(dir) + 32);
    if(!probe)
      return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    sprintf(probe, "%s/jiceng-sp2o.db", dir);
    fresh = stat(probe, &sb) != 0;
    free(probe);
    if(!(ctx->journal = malloc(strlen(dir) + 16)))
      return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    sprintf(ctx->journal, "%s/journal", dir);
    kv[n++] = "hash-type"; kv[n++] = "bdb";
    kv[n++] = "dir"; kv[n++] = dir;
    kv[n++] = "new"; kv[n++] = fresh ? "yes" : "no";
    kv[n++] = "write"; kv[n++] = "yes";
  } else {
    kv[n++] = "hash-type"; kv[n++] = "memory";
  }
  kv[n] = NULL;
  /* An array, not an option string: a directory name may hold quotes. */
  opt = librdf_new_hash_from_array_of_strings(ctx->world, NULL, kv);
  if(!opt)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  ctx->storage = librdf_new_storage_with_options(ctx->world, "hashes",
                                                 "jiceng", opt);
  librdf_free_hash(opt);
  if(!ctx->storage)
    return ctx->err != JC_OK ? ctx->err
           : jc_error(ctx, JC_ERR_IO, "%s: cannot open the store",
                      dir ? dir : "memory");
  ctx->model = librdf_new_model(ctx->world, ctx->storage, NULL);
  ctx->prov_graph = jc_node_iri(ctx, JC_GRAPH_PROV);
  ctx->onto_graph = jc_node_iri(ctx, JC_GRAPH_ONTOLOGY);
  if(!ctx->model || !ctx->prov_graph || !ctx->onto_graph)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  store_journal_recover(ctx);
  st = jc_ontology_install(ctx);
  if(st == JC_OK)
    librdf_model_sync(ctx->model);
  return st;
}

static jc_status
store_need_open(jc_ctx *ctx)
{
  return ctx->model ? JC_OK
         : jc_error(ctx, JC_ERR_USAGE, "no store is open");
}

/* The graph IRI of a source: an IRI stays as it is; a path becomes the
 * file: URL of its absolute form, so "a.ttl" and "./a.ttl" are one source. */
char *
jc_store_graph_iri(jc_ctx *ctx, const char *source)
{
  char abs[PATH_MAX], *out;
  unsigned char *u;
  const char *colon = strchr(source, ':'), *slash = strchr(source, '/');

  (void)ctx;
  if(colon && (!slash || colon < slash) && jc_iri_valid(source))
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
  u = raptor_uri_filename_to_uri_string(abs);
  if(!u)
    return NULL;
  out = jc_strdup((const char *)u);
  raptor_free_memory(u);
  return out;
}

/* The literal value of (@s @p ?o) in the provenance graph, or NULL.  New
 * string. */
static char *
store_prov_value(jc_ctx *ctx, librdf_node *s, const char *p)
{
  librdf_node *pn = jc_node_iri(ctx, p), *o;
  librdf_statement *pat;
  librdf_stream *it;
  char *out = NULL;

  pat = librdf_new_statement_from_nodes(ctx->world,
                                        librdf_new_node_from_node(s), pn,
                                        NULL);
  it = librdf_model_find_statements_in_context(ctx->model, pat,
                                               ctx->prov_graph);
  if(it && !librdf_stream_end(it)) {
    o = librdf_statement_get_object(librdf_stream_get_object(it));
    if(librdf_node_is_literal(o))
      out = jc_strdup((const char *)librdf_node_get_literal_value(o));
    else if(librdf_node_is_resource(o))
      out = jc_strdup((const char *)librdf_uri_as_string(
                        librdf_node_get_uri(o)));
  }
  if(it)
    librdf_free_stream(it);
  librdf_free_statement(pat);
  return out;
}

/* Every statement in @graph whose subject is @s (NULL: any), removed. */
static void
store_remove_matching(jc_ctx *ctx, librdf_node *graph, librdf_node *s,
                      librdf_node *p)
{
  librdf_statement *pat, **found = NULL;
  librdf_stream *it;
  size_t n = 0, cap = 0, i;

  pat = librdf_new_statement_from_nodes(
    ctx->world, s ? librdf_new_node_from_node(s) : NULL,
    p ? librdf_new_node_from_node(p) : NULL, NULL);
  it = librdf_model_find_statements_in_context(ctx->model, pat, graph);
  /* Collect first: removing while a librdf stream is open is undefined. */
  while(it && !librdf_stream_end(it)) {
    if(n == cap) {
      librdf_statement **g = realloc(found, (cap = cap ? 2 * cap : 16)
                                              * sizeof *g);
      if(!g)
        break;
      found = g;
    }
    found[n++] = librdf_new_statement_from_statement(
      librdf_stream_get_object(it));
    librdf_stream_next(it);
  }
  if(it)
    librdf_free_stream(it);
  librdf_free_statement(pat);
  for(i = 0; i < n; i++) {
    librdf_model_context_remove_statement(ctx->model, graph, found[i]);
    librdf_free_statement(found[i]);
  }
  free(found);
}

/* The graphs a loaded source owns besides its own (jc:ownsGraph). */
static size_t
store_owned_graphs(jc_ctx *ctx, librdf_node *g, librdf_node ***out)
{
  librdf_node *pn = jc_node_iri(ctx, JC_NS "ownsGraph");
  size_t n;

  *out = NULL;
  n = jc_nodes_collect(librdf_model_get_targets(ctx->model, g, pn), out, 0);
  librdf_free_node(pn);
  return n;
}

static void
store_free_nodes(librdf_node **list, size_t n)
{
  size_t i;

  for(i = 0; i < n; i++)
    librdf_free_node(list[i]);
  free(list);
}

/* Remove a source's graphs and its provenance. */
static void
store_remove_source(jc_ctx *ctx, librdf_node *g)
{
  librdf_node **owned;
  size_t i, n = store_owned_graphs(ctx, g, &owned);

  for(i = 0; i < n; i++)
    librdf_model_context_remove_statements(ctx->model, owned[i]);
  store_free_nodes(owned, n);
  librdf_model_context_remove_statements(ctx->model, g);
  store_remove_matching(ctx, ctx->prov_graph, g, NULL);
}

static int
store_is_source(jc_ctx *ctx, librdf_node *g)
{
  char *l = store_prov_value(ctx, g, JC_NS "loader");
  int yes = l != NULL;

  free(l);
  return yes;
}

/* A graph named inside a source must not be the store's own or another
 * source's: replacing or dropping one source would damage the other. */
static jc_status
store_check_graphs(jc_ctx *ctx, const char *path, librdf_node *own,
                   const jc_pending *pd)
{
  size_t i;
  librdf_node *ownsp = jc_node_iri(ctx, JC_NS "ownsGraph");
  jc_status st = JC_OK;

  for(i = 0; i < jc_pending_graph_count(pd) && st == JC_OK; i++) {
    librdf_node *g = jc_pending_graph(pd, i), *owner;
    const char *iri = (const char *)librdf_uri_as_string(
      librdf_node_get_uri(g));
    if(librdf_node_equals(g, ctx->prov_graph) ||
       librdf_node_equals(g, ctx->onto_graph)) {
      st = jc_error(ctx, JC_ERR_SYNTAX, "%s: names the reserved graph <%s>",
                    path, iri);
      break;
    }
    if(store_is_source(ctx, g)) {
      st = jc_error(ctx, JC_ERR_SYNTAX, "%s: names graph <%s>, which is "
                    "another loaded source", path, iri);
      break;
    }
    owner = librdf_model_get_source(ctx->model, ownsp, g);
    if(owner && !librdf_node_equals(owner, own))
      st = jc_error(ctx, JC_ERR_SYNTAX, "%s: names graph <%s>, which belongs "
                    "to source <%s>", path, iri, librdf_uri_as_string(
                      librdf_node_get_uri(owner)));
    if(owner)
      librdf_free_node(owner);
  }
  librdf_free_node(ownsp);
  return st;
}

static void
store_prov_add(jc_ctx *ctx, librdf_node *g, const char *p, librdf_node *o)
{
  librdf_statement *st = librdf_new_statement_from_nodes(
    ctx->world, librdf_new_node_from_node(g), jc_node_iri(ctx, p), o);

  librdf_model_context_add_statement(ctx->model, ctx->prov_graph, st);
  librdf_free_statement(st);
}

static librdf_node *
store_literal(jc_ctx *ctx, const char *v, const char *xsd_type)
{
  librdf_uri *dt = xsd_type ? librdf_new_uri(ctx->world,
                                             (const unsigned char *)xsd_type)
                            : NULL;
  librdf_node *n = librdf_new_node_from_typed_literal(
    ctx->world, (const unsigned char *)v, NULL, dt);

  if(dt)
    librdf_free_uri(dt);
  return n;
}

static void
store_write_prov(jc_ctx *ctx, librdf_node *g, const jc_plugin *p,
                 const char *hex, unsigned long long bytes, long triples,
                 const jc_pending *pd)
{
  char num[32], now[32];
  size_t i;

  store_prov_add(ctx, g, RDF_TYPE, jc_node_iri(ctx, JC_NS "SourceGraph"));
  store_prov_add(ctx, g, DCT_SOURCE, librdf_new_node_from_node(g));
  store_prov_add(ctx, g, JC_NS "loader",
                 store_literal(ctx, p->loader->name, NULL));
  store_prov_add(ctx, g, JC_NS "loaderVersion",
                 store_literal(ctx, p->loader->version, NULL));
  store_prov_add(ctx, g, JC_NS "sha256", store_literal(ctx, hex, NULL));
  snprintf(num, sizeof num, "%ld", triples);
  store_prov_add(ctx, g, VOID_TRIPLES, store_literal(ctx, num, XSD "integer"));
  snprintf(num, sizeof num, "%llu", bytes);
  store_prov_add(ctx, g, DCAT_BYTES, store_literal(ctx, num, XSD "integer"));
  jc_now_iso(now);
  store_prov_add(ctx, g, PROV_AT, store_literal(ctx, now, XSD "dateTime"));
  for(i = 0; i < jc_pending_graph_count(pd); i++)
    store_prov_add(ctx, g, JC_NS "ownsGraph",
                   librdf_new_node_from_node(jc_pending_graph(pd, i)));
}

/* Replace the source's graphs with the pending statements.  The old
 * graphs go only once the spool reads back: a spool that cannot be read
 * leaves the source as it was. */
static jc_status
store_commit(jc_ctx *ctx, librdf_node *g, jc_pending *pd, long *added,
             jc_progress *prog)
{
  unsigned long long seen = 0;
  librdf_statement *st;
  librdf_node *graph;
  jc_status rc;
  int more;

  *added = 0;
  if((rc = jc_pending_rewind(ctx, pd)) != JC_OK)
    return rc;
  prog->to_store = jc_pending_count(pd);
  store_remove_source(ctx, g);
  while((more = jc_pending_next(ctx, pd, &st, &graph)) > 0) {
    if(!librdf_model_context_add_statement(ctx->model, graph ? graph : g,
                                           st))
      (*added)++;
    librdf_free_statement(st);
    if(ctx->progress && (++seen & 4095) == 0) {
      prog->stored = seen;
      ctx->progress(ctx->progress_data, prog);
    }
  }
  if(more < 0)
    return jc_error(ctx, JC_ERR_IO, "cannot read back the load");
  return JC_OK;
}

jc_status
jc_store_load(jc_ctx *ctx, const char *path, const jc_load_opts *opts,
              jc_load_report *rep)
{
  const jc_plugin *p;
  char hex[65], *iri = NULL, *old_hex = NULL, *old_loader = NULL;
  unsigned long long bytes = 0;
  librdf_node *g = NULL;
  jc_pending *pd = NULL;
  jc_progress prog;
  jc_status st;
  long added;
  const char *as = opts ? opts->as : NULL;

  if(rep)
    memset(rep, 0, sizeof *rep);
  jc_error_clear(ctx);
  if((st = store_need_open(ctx)) != JC_OK)
    return st;
  p = jc_plugin_find(ctx, as, path);
  if(!p) {
    const char *dot = strrchr(path, '.');
    if(as)
      return jc_error(ctx, JC_ERR_NOTFOUND, "no loader plugin named \"%s\" "
                      "(see `jiceng plugins`)", as);
    return jc_error(ctx, JC_ERR_NOTFOUND, "%s: no loader plugin reads %s%s "
                    "files; name one with --as (see `jiceng plugins`)", path,
                    dot && !strchr(dot, '/') ? dot : "suffix-less",
                    dot && !strchr(dot, '/') ? "" : "");
  }
  if((st = jc_sha256_file(ctx, path, hex, &bytes)) != JC_OK)
    return st;
  iri = jc_store_graph_iri(ctx, path);
  if(!iri)
    return jc_error(ctx, JC_ERR_IO, "%s: cannot name the file", path);
  g = jc_node_iri(ctx, iri);
  old_hex = store_prov_value(ctx, g, JC_NS "sha256");
  old_loader = store_prov_value(ctx, g, JC_NS "loader");
  if(rep) {
    rep->plugin = p->loader->name;
    rep->replaced = old_hex != NULL;
  }
  if(old_hex && !strcmp(old_hex, hex) && old_loader &&
     !strcmp(old_loader, p->loader->name) && !(opts && opts->force)) {
    char *n = store_prov_value(ctx, g, VOID_TRIPLES);
    if(rep) {
      rep->skipped = 1;
      rep->triples = n ? atol(n) : 0;
    }
    free(n);
    goto done;
  }
  ctx->source = path;
  st = jc_load_run(ctx, p, path, iri, opts, &pd);
  ctx->source = NULL;
  if(st == JC_OK)
    st = store_check_graphs(ctx, path, g, pd);
  if(st != JC_OK)
    goto done;
  store_journal_begin(ctx, iri);
  memset(&prog, 0, sizeof prog);
  prog.path = path;
  if((st = store_commit(ctx, g, pd, &added, &prog)) != JC_OK)
    goto done;
  store_write_prov(ctx, g, p, hex, bytes, added, pd);
  if(librdf_model_sync(ctx->model))
    st = jc_error(ctx, JC_ERR_IO, "%s: cannot write the store", path);
  else
    store_journal_end(ctx);
  if(rep)
    rep->triples = added;
done:
  if(rep && st == JC_OK) {
    rep->graph = iri;
    iri = NULL;
  }
  jc_pending_free(pd);
  free(old_hex);
  free(old_loader);
  free(iri);
  if(g)
    librdf_free_node(g);
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

jc_status
jc_store_drop(jc_ctx *ctx, const char *source)
{
  char *iri;
  librdf_node *g;
  jc_status st = JC_OK;

  jc_error_clear(ctx);
  if((st = store_need_open(ctx)) != JC_OK)
    return st;
  iri = jc_store_graph_iri(ctx, source);
  if(!iri)
    return jc_error(ctx, JC_ERR_NOTFOUND, "%s: no such source", source);
  g = jc_node_iri(ctx, iri);
  if(!store_is_source(ctx, g))
    st = jc_error(ctx, JC_ERR_NOTFOUND, "%s: not a loaded source (see "
                  "`jiceng sources`)", source);
  else {
    store_journal_begin(ctx, iri);
    store_remove_source(ctx, g);
    if(librdf_model_sync(ctx->model))
      st = jc_error(ctx, JC_ERR_IO, "cannot write the store");
    else
      store_journal_end(ctx);
  }
  librdf_free_node(g);
  free(iri);
  return st;
}

static int
store_cmp_sources(const void *a, const void *b)
{
  return strcmp(((const jc_source *)a)->graph, ((const jc_source *)b)->graph);
}

jc_status
jc_store_sources(jc_ctx *ctx, jc_source **out, size_t *n)
{
  librdf_node *tp, *cls;
  librdf_iterator *it;
  jc_source *list = NULL;
  size_t count = 0;
  jc_status st;

  *out = NULL;
  *n = 0;
  if((st = store_need_open(ctx)) != JC_OK)
    return st;
  tp = jc_node_iri(ctx, RDF_TYPE);
  cls = jc_node_iri(ctx, JC_NS "SourceGraph");
  it = librdf_model_get_sources(ctx->model, tp, cls);
  while(it && !librdf_iterator_end(it)) {
    librdf_node *g = librdf_iterator_get_object(it);
    jc_source *grown = realloc(list, (count + 1) * sizeof *grown);
    char *t;
    if(!grown) {
      st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
      break;
    }
    list = grown;
    list[count].graph = jc_strdup((const char *)librdf_uri_as_string(
                                    librdf_node_get_uri(g)));
    list[count].loader = store_prov_value(ctx, g, JC_NS "loader");
    list[count].sha256 = store_prov_value(ctx, g, JC_NS "sha256");
    list[count].loaded_at = store_prov_value(ctx, g, PROV_AT);
    t = store_prov_value(ctx, g, VOID_TRIPLES);
    list[count].triples = t ? atol(t) : 0;
    free(t);
    count++;
    librdf_iterator_next(it);
  }
  if(it)
    librdf_free_iterator(it);
  librdf_free_node(tp);
  librdf_free_node(cls);
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

long
jc_store_count(jc_ctx *ctx)
{
  long n;
  librdf_stream *s;

  if(!ctx->model)
    return 0;
  n = librdf_model_size(ctx->model);
  if(n >= 0)
    return n;
  /* The Berkeley DB hashes cannot tell their size: count. */
  n = 0;
  s = librdf_model_as_stream(ctx->model);
  for(; s && !librdf_stream_end(s); librdf_stream_next(s))
    n++;
  if(s)
    librdf_free_stream(s);
  return n;
}
