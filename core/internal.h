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
  int             line_offset;  /* lines the host put before a query's text */
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

/* ontology.c */
jc_status   jc_ontology_init(jc_ctx *ctx);  /* built-in prefixes */
jc_status   jc_ontology_install(jc_ctx *ctx); /* (re)load the ontology graph */
char       *jc_ontology_prologue(const jc_ctx *ctx); /* "PREFIX ... " line */
extern const char jc_ontology_ttl[];         /* ontology-data.c */
extern const size_t jc_ontology_ttl_len;

/* plugin.c */
const jc_plugin *jc_plugin_find(jc_ctx *ctx, const char *name,
                                const char *path);
void             jc_plugin_free_all(jc_ctx *ctx);

/* load.c: the host side of jc_load, used by store.c */
typedef struct jc_pending jc_pending;  /* statements held aside */
struct jc_load {
  jc_ctx             *ctx;        /* borrowed */
  const jc_plugin    *plugin;     /* borrowed */
  const char         *path;       /* borrowed: as the user wrote it */
  const char         *graph_iri;  /* borrowed */
  const char *const  *options;    /* borrowed */
  char                bprefix[16];/* makes blank labels unique per source */
  jc_pending         *pd;         /* owned until handed to store.c */
  jc_status           err;        /* first failure, or JC_OK */
  FILE               *wire;       /* in the plugin's child: to the parent */
  jc_progress         progress;   /* the latest report, passed on */
  char                unit[32];   /* progress.unit points here */
};
jc_status jc_load_run(jc_ctx *ctx, const jc_plugin *p, const char *path,
                      const char *graph_iri, const jc_load_opts *opts,
                      jc_pending **out);

/* pending.c: checked statements spooled to a temporary file */
jc_pending   *jc_pending_new(jc_ctx *ctx);
void          jc_pending_free(jc_pending *pd);
long          jc_pending_graph_add(jc_pending *pd, const char *iri);
jc_status     jc_pending_put(jc_pending *pd, const jc_term *s,
                             const jc_term *p, const jc_term *o, long graph,
                             const char *bprefix);
size_t        jc_pending_count(const jc_pending *pd);
size_t        jc_pending_graph_count(const jc_pending *pd);
const char   *jc_pending_graph(const jc_pending *pd, size_t i);
jc_status     jc_pending_rewind(jc_ctx *ctx, jc_pending *pd);
int           jc_pending_next(jc_pending *pd, jc_term t[3],
                              const char **graph);

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
