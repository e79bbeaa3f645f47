/* core/internal.h: shared inside core/ only, never installed. */
#ifndef JICENG_INTERNAL_H
#define JICENG_INTERNAL_H

#include <signal.h>
#include <redland.h>
#include "jiceng.h"

typedef struct jc_plugin {
  char            *file;      /* owned: the shared object's path */
  void            *handle;    /* owned: dlopen() handle */
  const jc_loader *loader;    /* borrowed from the plugin */
  char            *suffixes;  /* owned: loader->suffixes joined by spaces */
} jc_plugin;

typedef struct jc_prefix {
  char *prefix;  /* owned */
  char *iri;     /* owned */
} jc_prefix;

typedef struct jc_db jc_db;    /* store/store.h */

struct jc_ctx {
  librdf_world   *world;        /* owned; raptor and rasqal come with it */
  jc_db          *db;           /* owned, NULL until jc_store_open() */
  librdf_storage *storage;      /* owned: librdf's view of db (redland.c) */
  librdf_model   *model;        /* owned; one librdf context per graph */
  const char     *source;       /* borrowed: input being parsed, for messages */
  jc_plugin      *plugins;      /* owned array */
  size_t          nplugins;
  jc_prefix      *prefixes;     /* owned array, in declaration order */
  size_t          nprefixes;
  int             allow_remote; /* queries may use SERVICE / FROM */
  volatile sig_atomic_t interrupted;
  jc_status       err;          /* status of the last failed call, or JC_OK */
  char            errmsg[1024]; /* "file:line:col: what went wrong" */
  jc_log_fn       log;          /* warnings; NULL drops them */
  void           *log_data;     /* handed back to log */
  jc_progress_fn  progress;     /* NULL: no progress reports */
  void           *progress_data;
};

/* error.c */
jc_status jc_error(jc_ctx *ctx, jc_status st, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));
jc_status jc_error_at(jc_ctx *ctx, jc_status st, const char *file, long line,
                      long col, const char *fmt, ...)
  __attribute__((format(printf, 6, 7)));
void      jc_error_clear(jc_ctx *ctx);
void      jc_warn(jc_ctx *ctx, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));

/* redland.c: the store as a librdf storage module ("jiceng"), so that
 * librdf and Rasqal read what store/ holds */
jc_status jc_redland_attach(jc_ctx *ctx);
void      jc_redland_register(librdf_world *world);
jc_status jc_redland_hold(jc_ctx *ctx);     /* one snapshot for a query */
void      jc_redland_release(jc_ctx *ctx);

/* ontology.c */
jc_status   jc_ontology_init(jc_ctx *ctx);  /* built-in prefixes */
jc_status   jc_ontology_install(jc_ctx *ctx); /* (re)load the ontology graph */
extern const char jc_ontology_ttl[];         /* ontology-data.c */
extern const size_t jc_ontology_ttl_len;

/* plugin.c */
const jc_plugin *jc_plugin_find(jc_ctx *ctx, const char *name,
                                const char *path);
void             jc_plugin_free_all(jc_ctx *ctx);

/* load.c: the host side of jc_load, used by store.c.  The sink takes each
 * checked triple: t[0..2] (blank labels made the source's own), @graph the
 * IRI of a graph the source names itself, or NULL for its own graph.  A
 * status other than JC_OK stops the load; the sink says why on the
 * context. */
typedef jc_status (*jc_load_sink)(void *data, const jc_term t[3],
                                  const char *graph);
struct jc_load {
  jc_ctx             *ctx;        /* borrowed */
  const jc_plugin    *plugin;     /* borrowed */
  const char         *path;       /* borrowed: as the user wrote it */
  const char         *graph_iri;  /* borrowed */
  const char *const  *options;    /* borrowed */
  char                bprefix[16];/* makes blank labels unique per source */
  jc_load_sink        sink;       /* where checked triples go */
  void               *sink_data;
  unsigned long long  emitted;
  jc_status           err;        /* first failure, or JC_OK */
  FILE               *wire;       /* in the plugin's child: to the parent */
  jc_progress         progress;   /* the latest report, passed on */
  char                unit[32];   /* progress.unit points here */
};
jc_status jc_load_run(jc_ctx *ctx, const jc_plugin *p, const char *path,
                      const char *graph_iri, const jc_load_opts *opts,
                      jc_load_sink sink, void *sink_data);
/* jc_load_init: fill @ld for a load of @path by @p as jc_load_run does,
 * without running anything: for callers that run the plugin's load() in
 * their own process (the fuzzing harnesses, tests/fuzz/).  Every pointer
 * is borrowed and must outlive @ld. */
void      jc_load_init(jc_load *ld, jc_ctx *ctx, const jc_plugin *p,
                       const char *path, const char *graph_iri,
                       const jc_load_opts *opts, jc_load_sink sink,
                       void *sink_data);

/* codec.c: the binary encoding of terms on the plugin pipe and the spool.
 * A reader keeps its strings in slots: a term uses three from @slot on,
 * valid until those slots are read into again. */
#define JC_CODEC_SLOTS 12
typedef struct jc_codec {
  char   *buf[JC_CODEC_SLOTS];  /* owned */
  size_t  cap[JC_CODEC_SLOTS];
} jc_codec;
void jc_codec_put_str(FILE *w, const char *prefix, const char *s);
void jc_codec_put_term(FILE *w, const jc_term *t, const char *bprefix);
int  jc_codec_get_str(FILE *r, jc_codec *c, int slot, const char **s);
int  jc_codec_get_term(FILE *r, jc_codec *c, int slot, jc_term *t,
                       int *present);
void jc_codec_clear(jc_codec *c);

/* isolate.c: run a plugin in a child process; what it emits comes back
 * over a pipe and goes through the same checks as in-process output. */
jc_status jc_isolate_run(jc_load *ld);
jc_status jc_wire_quad(jc_load *ld, const jc_term *s, const jc_term *p,
                       const jc_term *o, const jc_term *g);
void      jc_wire_error(jc_load *ld, jc_status st, long line, long col,
                        const char *msg);
void      jc_wire_warning(jc_load *ld, long line, long col, const char *msg);
jc_status jc_wire_progress(jc_load *ld, unsigned long long done,
                           unsigned long long total);
void      jc_wire_prefix(jc_load *ld, const char *prefix, const char *iri);
void      jc_wire_items(jc_load *ld, unsigned long long done,
                        const char *unit);

/* util.c */
char       *jc_strdup(const char *s);
int         jc_utf8_valid(const char *s, size_t len, size_t *bad_at);
void        jc_utf8_repair(char *s);
int         jc_iri_valid(const char *s);
jc_status   jc_sha256_file(jc_ctx *ctx, const char *path, char hex[65],
                           unsigned long long *size);
void        jc_sha256_hex(const void *data, size_t len, char hex[65]);
void        jc_now_iso(char buf[32]);
librdf_node *jc_node_iri(jc_ctx *ctx, const char *iri);
jc_term     jc_term_from_node(librdf_node *n);
void        jc_term_write_nt(FILE *out, const jc_term *t);
size_t      jc_nodes_collect(librdf_iterator *it, librdf_node ***list,
                             size_t n);

#endif /* JICENG_INTERNAL_H */
