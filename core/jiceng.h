/* core/jiceng.h: the public API of libjiceng.  The shell includes only this.
 * Everything hangs off one jc_ctx: a store (one named graph per loaded
 * source, plus the ontology and provenance graphs), the loader plugins, the
 * prefixes and the last error.  The library never prints and never exits;
 * every call returns a jc_status and leaves a message on the context. */
#ifndef JICENG_H
#define JICENG_H

#include <stdio.h>
#include <sys/types.h>
#include <stddef.h>
#include "jiceng-plugin.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct jc_ctx    jc_ctx;
typedef struct jc_result jc_result;

/* Graphs the store keeps for itself. */
#define JC_NS              "https://w3id.org/jiceng/ns#"
#define JC_GRAPH_ONTOLOGY  "https://w3id.org/jiceng/graph/ontology"
#define JC_GRAPH_PROV      "https://w3id.org/jiceng/graph/provenance"
/* The source read from standard input (`load - --as PLUGIN`); "-" names
 * it wherever a source is named (drop, export --graph). */
#define JC_SOURCE_STDIN    "https://w3id.org/jiceng/source/stdin"

/* Warnings and notes the library wants the user to see; @where is a file
 * name or NULL.  The shell decides where they go. */
typedef void (*jc_log_fn)(void *user_data, const char *message);

/* Progress of a load, as its plugin reports it. */
typedef struct jc_progress {
  const char        *path;         /* the file being loaded */
  unsigned long long bytes_done;
  unsigned long long bytes_total;  /* 0: unknown */
  unsigned long long items;        /* items read (articles, rows), or 0 */
  const char        *unit;         /* what the items are, or NULL */
  unsigned long long stored;       /* unused since triples are stored as */
  unsigned long long to_store;     /* they are read; always 0 */
} jc_progress;
typedef void (*jc_progress_fn)(void *user_data, const jc_progress *p);

/* ---- Context (ctx.c, error.c) ------------------------------------------ */

/* jc_ctx_new: a context with no store open yet.  NULL only when out of
 * memory.  Free with jc_ctx_free(). */
jc_ctx     *jc_ctx_new(void);
void        jc_ctx_free(jc_ctx *ctx);
const char *jc_error_message(const jc_ctx *ctx); /* valid until next call */
jc_status   jc_error_status(const jc_ctx *ctx);
void        jc_ctx_set_log(jc_ctx *ctx, jc_log_fn fn, void *user_data);
void        jc_ctx_set_progress(jc_ctx *ctx, jc_progress_fn fn,
                                void *user_data);
/* jc_ctx_set_allow_remote: let queries use SERVICE (off by default: a
 * query never reaches the network).  FROM and FROM NAMED name graphs of
 * the store and need no permission. */
void        jc_ctx_set_allow_remote(jc_ctx *ctx, int allow);
/* jc_ctx_interrupt: ask a running load or query to stop; safe to call from
 * a signal handler.  The interrupted call returns JC_ERR_CANCELLED. */
void        jc_ctx_interrupt(jc_ctx *ctx);

/* ---- Store (store.c) ----------------------------------------------------- */

/* jc_store_default_dir: $XDG_DATA_HOME/jiceng/default (or
 * ~/.local/share/jiceng/default).  New string; free() it. */
char     *jc_store_default_dir(void);
/* jc_store_open: open the persistent store in @dir, creating @dir and the
 * store when missing; @dir NULL opens a throwaway store in memory.  A new
 * store gets the ontology graph. */
jc_status jc_store_open(jc_ctx *ctx, const char *dir);
/* jc_store_open_flags: jc_store_open with JC_STORE_* flags.  Read-only:
 * queries and exports only (also what a store we may not write gets).
 * No-wait: a change fails at once while another process writes, instead
 * of waiting for it. */
enum { JC_STORE_READONLY = 1, JC_STORE_NOWAIT = 2 };
jc_status jc_store_open_flags(jc_ctx *ctx, const char *dir, unsigned flags);
/* jc_store_vacuum: reclaim the space of dropped sources and of terms no
 * longer used (a compacting copy).  No other process may use the store. */
jc_status jc_store_vacuum(jc_ctx *ctx);

typedef struct jc_load_opts {
  const char        *as;       /* plugin name, or NULL: chosen by suffix */
  const char *const *options;  /* NULL-terminated "KEY=VALUE", or NULL */
  int                force;    /* reload even when the content is unchanged */
} jc_load_opts;

typedef struct jc_load_report {
  char         *graph;    /* owned: the source's graph IRI */
  const char   *plugin;   /* borrowed: name of the loader used */
  long          triples;  /* triples stored for this source */
  int           skipped;  /* 1: content unchanged, nothing done */
  int           replaced; /* 1: an older version of the source was replaced */
} jc_load_report;

/* jc_store_load: load @path into its own graph through a loader plugin.
 * The new content is held aside until the plugin succeeds; on any failure
 * the store is exactly as before.  @opts may be NULL.  On success @rep (if
 * not NULL) is filled; release it with jc_load_report_clear(). */
jc_status jc_store_load(jc_ctx *ctx, const char *path,
                        const jc_load_opts *opts, jc_load_report *rep);
void      jc_load_report_clear(jc_load_report *rep);

/* jc_extract: run the loader for @path without a store and write what it
 * emits to @out as "nquads" or "trig", each triple in the source's graph
 * (the graph IRI a load would give it) or the graph the source names.
 * The same file gives the same bytes whatever else runs.  *triples (may be
 * NULL) counts the triples written.  Works with no store open. */
jc_status jc_extract(jc_ctx *ctx, const char *path, const jc_load_opts *opts,
                     const char *format, FILE *out,
                     unsigned long long *triples);

/* jc_store_drop: remove a source (given by its path, file: URL or graph
 * IRI) with every graph it owns, and its provenance. */
jc_status jc_store_drop(jc_ctx *ctx, const char *source);

typedef struct jc_source {
  char *graph;      /* graph IRI */
  char *loader;     /* plugin name */
  char *sha256;     /* content hash, hex */
  char *loaded_at;  /* xsd:dateTime */
  long  triples;
} jc_source;

/* jc_store_sources: the loaded sources, sorted by graph IRI.  *out is a new
 * array of *n entries; free with jc_sources_free(). */
jc_status jc_store_sources(jc_ctx *ctx, jc_source **out, size_t *n);
void      jc_sources_free(jc_source *list, size_t n);

/* jc_store_graph_iri: the graph IRI a path or IRI names ("-": standard
 * input's, JC_SOURCE_STDIN).  New string. */
char     *jc_store_graph_iri(jc_ctx *ctx, const char *source);

/* jc_store_export: write the store, or only @graph (a source path or graph
 * IRI), to @out as "turtle", "ntriples", "nquads", "trig" or "rdfxml". */
jc_status jc_store_export(jc_ctx *ctx, const char *graph, const char *format,
                          FILE *out);

/* jc_store_count: triples in the whole store (on an endpoint: in the
 * graphs jiceng keeps there). */
long      jc_store_count(jc_ctx *ctx);

/* jc_store_backend: what the context works on, "embedded store" or
 * "SPARQL endpoint"; jc_store_location: the store's directory or the
 * endpoint's URL.  NULL before one is open.  Borrowed. */
const char *jc_store_backend(const jc_ctx *ctx);
const char *jc_store_location(const jc_ctx *ctx);

/* ---- A SPARQL 1.1 server as the store (remote/) ------------------------- */

typedef struct jc_remote_opts {
  const char *endpoint;     /* SPARQL 1.1 Protocol URL, for queries and
                             * (without update_endpoint) updates */
  const char *graph_store;  /* Graph Store HTTP Protocol URL, or NULL:
                             * graphs are replaced through updates alone */
  const char *netrc;        /* credentials (basic or digest), netrc format;
                             * NULL: ~/.netrc if there is one */
  const char *update_endpoint;  /* SPARQL 1.1 Protocol URL for updates,
                             * where the server has a separate one (Fuseki
                             * /ds/update, GraphDB .../statements); NULL:
                             * endpoint */
  unsigned long slice;      /* the most triples one request puts into a
                             * graph (a larger graph goes in slices, see
                             * README); 0: JC_REMOTE_SLICE */
} jc_remote_opts;

/* 100,000 triples make a transaction of some 3 MB in Virtuoso's log, far
 * below its default TransactionAfterImageLimit of 50 MB. */
#define JC_REMOTE_SLICE 100000

/* jc_remote_open: make the server at @opt->endpoint the context's store:
 * load, drop, sources, export and queries go to it over HTTP (TLS
 * verified), loaders still run here.  Checks the URLs but sends nothing:
 * an endpoint that does not answer fails the first call that asks it.
 * Instead of jc_store_open(), not with it. */
jc_status jc_remote_open(jc_ctx *ctx, const jc_remote_opts *opt);

/* ---- Prefixes (ontology.c) ---------------------------------------------- */

/* jc_prefix_set: declare PREFIX @prefix: <@iri> for every later query and
 * for output.  Replaces an earlier declaration of the same prefix. */
jc_status   jc_prefix_set(jc_ctx *ctx, const char *prefix, const char *iri);
/* jc_prefix_count / jc_prefix_get: iterate the declared prefixes in order.
 * Strings are borrowed and valid until the next jc_prefix_set(). */
size_t      jc_prefix_count(const jc_ctx *ctx);
void        jc_prefix_get(const jc_ctx *ctx, size_t i, const char **prefix,
                          const char **iri);
/* jc_prefix_compact: "org:Organization" for an IRI in a declared
 * namespace, or NULL.  New string. */
char       *jc_prefix_compact(const jc_ctx *ctx, const char *iri);

/* ---- Plugins (plugin.c) ------------------------------------------------- */

/* jc_plugin_scan: register the plugins in the installed directory and in
 * each directory of @path (colon-separated; NULL: $JICENG_PLUGIN_PATH).
 * A file that is not a usable plugin is skipped with a warning through the
 * log callback; the scan itself fails only when out of memory. */
jc_status jc_plugin_scan(jc_ctx *ctx, const char *path);
/* jc_plugin_open: register one shared object, with a precise error when it
 * is not a usable plugin. */
jc_status jc_plugin_open(jc_ctx *ctx, const char *file);
size_t    jc_plugin_count(const jc_ctx *ctx);
/* Borrowed views of plugin @i's metadata; suffixes joined by spaces. */
const char *jc_plugin_name(const jc_ctx *ctx, size_t i);
const char *jc_plugin_version(const jc_ctx *ctx, size_t i);
const char *jc_plugin_description(const jc_ctx *ctx, size_t i);
const char *jc_plugin_file(const jc_ctx *ctx, size_t i);
const char *jc_plugin_suffixes(const jc_ctx *ctx, size_t i);
unsigned    jc_plugin_abi(const jc_ctx *ctx, size_t i);
/* jc_plugin_media_types: plugin @i's media types, space-separated, into
 * @buf (@size bytes, always terminated); returns the length they need. */
size_t      jc_plugin_media_types(const jc_ctx *ctx, size_t i, char *buf,
                                  size_t size);
/* jc_plugin_for_path: the index of the plugin that loads @path when no
 * --as names one: the longest suffix that ends @path wins (".people.tsv"
 * before ".tsv"), on a tie the plugin registered first.  SIZE_MAX: none. */
size_t      jc_plugin_for_path(const jc_ctx *ctx, const char *path);
/* jc_plugin_clash: the @k-th suffix (from 0) of plugin @i that another
 * plugin (its index in *owner) takes from it, because it registered the
 * same suffix first; NULL when there are no more.  Borrowed. */
const char *jc_plugin_clash(const jc_ctx *ctx, size_t i, size_t k,
                            size_t *owner);

/* ---- Queries (query.c) -------------------------------------------------- */

typedef enum jc_result_kind {
  JC_RESULT_BINDINGS = 0,  /* SELECT */
  JC_RESULT_BOOLEAN  = 1,  /* ASK */
  JC_RESULT_GRAPH    = 2   /* CONSTRUCT, DESCRIBE */
} jc_result_kind;

/* jc_query_exec: run SPARQL text against the union of every graph (GRAPH
 * for one source).  The declared prefixes need no PREFIX lines.  On
 * success *out is a new result owned by the caller; free it with
 * jc_result_free().  On failure *out is NULL and jc_error_message() gives
 * "line:col: what" inside @sparql. */
jc_status jc_query_exec(jc_ctx *ctx, const char *sparql, jc_result **out);

typedef struct jc_query_opts {
  /* The dataset, as the SPARQL protocol's default-graph-uri and
   * named-graph-uri set it (NULL-terminated graph IRIs).  NULL: the
   * default graph is the merge of every graph in the store (the ontology
   * and provenance graphs included) and every graph is a named graph.  A
   * query's own FROM / FROM NAMED win over these. */
  const char *const *default_graphs;
  const char *const *named_graphs;
  double             timeout;  /* seconds; 0: none */
  const char        *base;     /* base IRI for relative IRIs, or NULL */
  int                explain;  /* the result is the plan: operator,
                                * estimated and actual rows */
  int                force;    /* Update may change graphs a loader owns */
} jc_query_opts;

/* jc_query_exec_opts: jc_query_exec with a dataset and limits; @opts may
 * be NULL.  @sparql may also be a SPARQL 1.1 Update request: it runs in one
 * write transaction (all of it or nothing) and the result is one row with
 * the numbers of triples inserted and deleted.  A query past its timeout, or interrupted by
 * jc_ctx_interrupt(), fails with JC_ERR_CANCELLED. */
jc_status jc_query_exec_opts(jc_ctx *ctx, const char *sparql,
                             const jc_query_opts *opts, jc_result **out);
void      jc_result_free(jc_result *r);

/* A consumer of a SELECT's solutions as the engine finds them
 * (jc_query_stream).  head, if set, is called once before the first row
 * with the result: its kind and columns, no rows.  row is called once
 * per solution with one cell per column, NULL where unbound; the terms
 * are valid during the call only.  A status other than JC_OK from
 * either stops the query with that status (set the message on the
 * context, or a generic one is given). */
typedef struct jc_row_sink {
  jc_status (*head)(void *data, const jc_result *head);
  jc_status (*row)(void *data, const jc_term *const *cells);
  void      *data;  /* handed back to head and row */
} jc_row_sink;

/* jc_query_stream: jc_query_exec_opts, but the solutions of a SELECT go
 * to @sink (borrowed; NULL: kept in *out) as they are found, so the
 * first ones appear at once and a SELECT without ORDER BY, DISTINCT or
 * GROUP BY holds a bounded number of rows however many it gives; a
 * LIMIT ends the work when it is full.  *out is then a result with the
 * columns and no rows.  Other query forms come back whole in *out. */
jc_status jc_query_stream(jc_ctx *ctx, const char *sparql,
                          const jc_query_opts *opts,
                          const jc_row_sink *sink, jc_result **out);

jc_result_kind jc_result_get_kind(const jc_result *r);
int            jc_result_boolean(const jc_result *r);
size_t         jc_result_columns(const jc_result *r);
const char    *jc_result_column(const jc_result *r, size_t col);
size_t         jc_result_rows(const jc_result *r);
/* jc_result_cell: the term bound at @row, @col, or NULL when unbound.  For
 * a graph result the columns are subject, predicate, object.  Borrowed. */
const jc_term *jc_result_cell(const jc_result *r, size_t row, size_t col);

/* jc_result_new: an empty SELECT-like result with @ncols columns named
 * @names, for tables a caller assembles itself (jc_result_add_row) and
 * shows with jc_render().  Free it with jc_result_free(). */
jc_status      jc_result_new(jc_ctx *ctx, size_t ncols,
                             const char *const *names, jc_result **out);
/* jc_result_add_row: append a row of @ncols terms, NULL for unbound;
 * the terms are copied. */
jc_status      jc_result_add_row(jc_ctx *ctx, jc_result *r,
                                 const jc_term *const *cells);

/* ---- Child processes (child.c) -------------------------------------------- */

/* jc_child_start: flush stdio, fork, and run @fn(@data) in the child, whose
 * exit status is what @fn returns (@fn may also exec or _exit itself).
 * The child's pid, or -1 (errno says why). */
pid_t jc_child_start(int (*fn)(void *data), void *data);
/* jc_child_wait: wait for child @pid to end, through EINTR; *status as
 * waitpid() gives it (0 when the wait failed).  0, or -1 (errno). */
int   jc_child_wait(pid_t pid, int *status);

/* ---- Output (render.c) -------------------------------------------------- */

typedef struct jc_render_opts {
  int headers;    /* table/csv/tsv: print the header row */
  int labels;     /* table: show rdfs:label instead of IRIs where known */
  int max_width;  /* table: total width to fit, 0: no limit */
  int wrap;       /* table: wrap long cells instead of cutting them */
} jc_render_opts;

/* jc_render: write @r to @out as "table", "csv", "tsv", "json" (SPARQL 1.1
 * JSON results), "xml" (SPARQL XML results); a graph result as "turtle" or
 * "ntriples" (and "table").  @opts NULL: headers on, nothing else. */
jc_status jc_render(jc_ctx *ctx, const jc_result *r, const char *format,
                    const jc_render_opts *opts, FILE *out);
/* A writer of solutions as a query finds them: jc_render_stream_new
 * checks @format (as jc_render's) and gives a writer to @out; hand
 * jc_render_stream_sink() to jc_query_stream, then end it with
 * jc_render_stream_end, which writes what closes the output (nothing if
 * no result came) and frees it.  A table sizes its columns on its first
 * 1000 rows; cells of later rows that are wider are cut with "…" (or
 * wrapped, as opts->wrap says). */
typedef struct jc_render_stream jc_render_stream;
jc_status          jc_render_stream_new(jc_ctx *ctx, const char *format,
                                        const jc_render_opts *opts,
                                        FILE *out, jc_render_stream **rs);
const jc_row_sink *jc_render_stream_sink(jc_render_stream *rs);
jc_status          jc_render_stream_end(jc_render_stream *rs);
/* jc_render_term: the term as the table shows it (prefixed name, label or
 * lexical form).  New string. */
char     *jc_render_term(jc_ctx *ctx, const jc_term *t, int labels);
/* jc_text_width: display columns of UTF-8 @s (a CJK character takes 2). */
size_t    jc_text_width(const char *s, size_t len);

#ifdef __cplusplus
}
#endif

#endif /* JICENG_H */
