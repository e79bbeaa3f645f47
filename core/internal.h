/* core/internal.h: shared inside core/ only, never installed. */
#ifndef JICENG_INTERNAL_H
#define JICENG_INTERNAL_H

#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <redland.h>
#include "jiceng.h"
#include "store/store.h"

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
typedef struct jc_remote jc_remote;  /* remote/remote.h */

/* Where a context's sources and queries live: the embedded store
 * (store.c, export.c, query.c) or a SPARQL 1.1 server (remote/).  The
 * public jc_store_* calls (backend.c) and jc_query_stream, where every
 * query entry point goes, hand over to it, so a remote backend stands
 * where the store stands.  An entry a backend
 * cannot serve is NULL, and the call says so in its message; query NULL
 * means the engine of core/sparql on ctx->db. */
typedef struct jc_backend {
  const char *name;  /* "embedded store", "SPARQL endpoint": for messages */
  jc_status (*load)(jc_ctx *ctx, const char *path, const jc_load_opts *opts,
                    jc_load_report *rep);
  jc_status (*drop)(jc_ctx *ctx, const char *source);
  jc_status (*sources)(jc_ctx *ctx, jc_source **out, size_t *n);
  jc_status (*export)(jc_ctx *ctx, const char *graph, const char *format,
                      FILE *out);
  long      (*count)(jc_ctx *ctx);
  jc_status (*vacuum)(jc_ctx *ctx);
  /* the whole answer in *out (new); jc_query_stream replays a SELECT's
   * rows into the caller's sink */
  jc_status (*query)(jc_ctx *ctx, const char *sparql,
                     const jc_query_opts *opts, jc_result **out);
  /* the label jc_render_term shows for @iri; new string or NULL */
  char     *(*label)(jc_ctx *ctx, const char *iri);
  const char *(*location)(const jc_ctx *ctx);  /* directory or URL */
} jc_backend;

struct jc_ctx {
  librdf_world   *world;        /* owned; raptor and rasqal come with it */
  const jc_backend *backend;    /* borrowed table; NULL until a store or
                                 * an endpoint is open */
  jc_db          *db;           /* owned, NULL until jc_store_open() */
  jc_remote      *remote;       /* owned, NULL unless jc_remote_open() */
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

/* The terms of a source's provenance record (store.c, remote/). */
#define RDF_TYPE   "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define XSD        "http://www.w3.org/2001/XMLSchema#"
#define PROV_AT    "http://www.w3.org/ns/prov#generatedAtTime"
#define VOID_TRIPLES "http://rdfs.org/ns/void#triples"
#define DCAT_BYTES "http://www.w3.org/ns/dcat#byteSize"
#define DCT_SOURCE "http://purl.org/dc/terms/source"

/* store.c: the embedded store as a backend */
extern const jc_backend jc_store_local;

/* export.c: write @model (all of it, or graph @graph with the graphs it
 * owns) in @format; the embedded store's export, and the remote one's
 * once it has fetched the graphs into a model in memory. */
jc_status jc_export_model(jc_ctx *ctx, librdf_model *model, const char *graph,
                          const char *format, FILE *out);
jc_status jc_export_store(jc_ctx *ctx, const char *graph, const char *format,
                          FILE *out);

/* render.c: the label of @iri in the embedded store.  New string or NULL.
 * The properties that name a resource, by preference (rdfs:label,
 * skos:prefLabel, foaf:name, schema:headline), JC_LABEL_PROPS of them; a
 * remote backend labels the same way. */
char     *jc_render_label(jc_ctx *ctx, const char *iri);
#define JC_LABEL_PROPS 4
extern const char *const jc_label_props[JC_LABEL_PROPS];

/* ontology.c */
jc_status   jc_ontology_init(jc_ctx *ctx);  /* built-in prefixes */
jc_status   jc_ontology_install(jc_ctx *ctx); /* (re)load the ontology graph */
extern const char jc_ontology_ttl[];         /* ontology-data.c */
extern const size_t jc_ontology_ttl_len;

/* plugin.c */
const jc_plugin *jc_plugin_find(jc_ctx *ctx, const char *name,
                                const char *path);
void             jc_plugin_free_all(jc_ctx *ctx);
/* jc_plugin_missing: the error when jc_plugin_find found nothing. */
jc_status        jc_plugin_missing(jc_ctx *ctx, const char *path,
                                   const char *as);

typedef struct jc_codec_sent jc_codec_sent;  /* codec.c, below */
typedef struct jc_codec_out jc_codec_out;    /* codec.c, below */

/* What the reading side learnt of a tabled term the first time it came,
 * kept for the times it comes again until its slot is defined anew. */
typedef struct jc_term_memo {
  /* What a quad naming the term again reads first: with the term before
   * it in jc_codec_entry, one cache line. */
  int            checked;  /* it passed load.c's checks */
  int            written;  /* extract.c wrote it: nt holds its N-Triples
                              form and the space after it */
  unsigned char *nt;       /* owned */
  size_t         nt_len, nt_cap;
  int            prepped;  /* prep and bytes are its prepared form */
  jc_term_prep   prep;     /* off 0: the encoding is in bytes */
  unsigned char *bytes;    /* owned */
  size_t         cap;
} jc_term_memo;

/* load.c: the host side of jc_load, used by store.c.  The sink takes each
 * checked triple: t[0..2] (blank labels made the source's own), @graph the
 * IRI of a graph the source names itself, or NULL for its own graph;
 * @memo (entries may be NULL) what is known of t[0..2] from earlier.  A
 * status other than JC_OK stops the load; the sink says why on the
 * context. */
typedef jc_status (*jc_load_sink)(void *data, const jc_term t[3],
                                  const char *graph,
                                  jc_term_memo *const memo[3]);
/* input.c: what a load or an extract reads.  jc_input_open() refuses a
 * FIFO, device or socket (JC_ERR_IO) before anything else is done, and
 * reads "-" (standard input; @as must name the plugin) to its end into a
 * spool file.  Close it with jc_input_close() whatever it returned. */
typedef struct jc_input {
  const char *name;   /* borrowed: for messages, the path or "stdin" */
  char       *file;   /* owned: what the plugin reads */
  char       *iri;    /* owned: the source's graph IRI */
  char       *spool;  /* owned: the spool's directory, or NULL */
} jc_input;
jc_status jc_input_open(jc_ctx *ctx, const char *path, const char *as,
                        jc_input *in);
void      jc_input_close(jc_input *in);

struct jc_load {
  jc_ctx             *ctx;        /* borrowed */
  const jc_plugin    *plugin;     /* borrowed */
  const char         *path;       /* borrowed: as the user wrote it */
  const char         *file;       /* borrowed: what the plugin reads */
  const char         *graph_iri;  /* borrowed */
  const char *const  *options;    /* borrowed */
  char                bprefix[16];/* makes blank labels unique per source */
  jc_load_sink        sink;       /* where checked triples go */
  void               *sink_data;
  unsigned long long  emitted;
  jc_status           err;        /* first failure, or JC_OK */
  jc_codec_out       *wire;       /* in the plugin's child: to the parent */
  jc_codec_sent      *sent;       /* in the child: the wire's term table */
  jc_term_memo       *memo[4];    /* the memos of the quad being replayed */
  jc_progress         progress;   /* the latest report, passed on */
  char                unit[32];   /* progress.unit points here */
};
jc_status jc_load_run(jc_ctx *ctx, const jc_plugin *p, const jc_input *in,
                      const jc_load_opts *opts, jc_load_sink sink,
                      void *sink_data);
/* jc_load_known: jc_load_quad() of @t[0..2] into the source's own
 * graph, in the host, for terms that passed the checks before: ld->memo
 * holds their memos, all marked checked.  Only what depends on the place
 * a term stands at is checked again. */
jc_status jc_load_known(jc_load *ld, const jc_term *const t[3]);
/* jc_load_init: fill @ld for a load of @path by @p as jc_load_run does,
 * without running anything: for callers that run the plugin's load() in
 * their own process (the fuzzing harnesses, tests/fuzz/).  Every pointer
 * is borrowed and must outlive @ld. */
void      jc_load_init(jc_load *ld, jc_ctx *ctx, const jc_plugin *p,
                       const char *path, const char *graph_iri,
                       const jc_load_opts *opts, jc_load_sink sink,
                       void *sink_data);

/* codec.c: the binary encoding of terms on the plugin pipe.  A reader
 * keeps its strings in slots: a string or a term uses the one @slot names,
 * valid until it is read into again.  Short terms go through a table of
 * JC_CODEC_TABLE recent terms kept alike at both ends (codec.c says how);
 * the reader keeps a jc_term_memo with each, for load.c and pipe.c. */
#define JC_CODEC_SLOTS 4
/* 2048, not 4096: with half the slots a few more terms are sent anew, but
 * both ends' tables (the reader's entries are 192 bytes) stay in the
 * second-level cache; `jiceng extract` of the 10 MB bench file took 6%
 * less CPU (host 0.137 -> 0.119 s, plugin 0.520 -> 0.496 s), 1024 no less
 * than 2048 with a quarter more instructions in the host, and 8192 more. */
#define JC_CODEC_TABLE 2048
/* 1024, not 64: the article's IRI, sent from one buffer all through a
 * story, lost its entry to other strings 512 bytes apart and was hashed
 * again (a third of the terms that came to the hash); the plugin side of
 * `jiceng extract` of 2 MB took 191.5 -> 180.2 M instructions. */
#define JC_CODEC_PTRS  1024
#define JC_CODEC_RO    8  /* read-only segments of a plugin, at most */
typedef struct jc_codec_entry {
  /* Aligned: a reference to a slot reads term and the first fields of
   * memo, which then share a cache line; the table is too large for the
   * first level of cache and is read in no order. */
  _Alignas(64) jc_term term; /* its strings in buf; value NULL: empty */
  char         *buf;     /* owned: the term's block */
  size_t        cap;
  jc_term_memo  memo;
} jc_codec_entry;
typedef struct jc_codec {
  char           *buf[JC_CODEC_SLOTS];  /* owned */
  size_t          cap[JC_CODEC_SLOTS];
  jc_codec_entry *tab;  /* owned: JC_CODEC_TABLE entries, made on first
                           use (aligned_alloc) */
} jc_codec;
/* The sending side's copy of the table. */
struct jc_codec_sent {
  /* Each slot's encoding in a block of its own (owned), not at a fixed
   * stride in one array: slots 1 KiB apart fell into a few cache sets, and
   * every lookup waited on memory. */
  unsigned char *enc[JC_CODEC_TABLE];
  uint16_t       len[JC_CODEC_TABLE];  /* 0: empty */
  uint16_t       cap[JC_CODEC_TABLE];
  uint64_t       hash[JC_CODEC_TABLE]; /* XXH3 of the encoding */
  uint16_t       last[4];  /* the slot of the last term at each place */
  /* A value in read-only memory (a plugin's constant strings) cannot
   * change under its address: sent again from there, into a slot not
   * defined since, with no datatype or language, it is that slot's term
   * without a comparison.  The plugin's read-only segments: */
  uintptr_t      ro_lo[JC_CODEC_RO], ro_hi[JC_CODEC_RO];
  int            nro;
  /* What is known of a few addresses of values, one cache line a lookup:
   * the address (compared only, never read), the slot its term took and
   * that slot's definition then, whether it lies in a read-only segment,
   * and its term's kind (0x80: it had a datatype or language, or went
   * whole and no slot holds it). */
  struct {
    const char    *value;
    uint32_t       gen;
    uint16_t       slot;
    unsigned char  ro, kind;
  } ptr[JC_CODEC_PTRS];
  uint32_t       gen[JC_CODEC_TABLE];  /* times each slot was defined */
};
/* The writing end of the pipe, in the plugin's child: a buffer of its
 * own over @fd, as the reading end has, so that the bytes of a term go
 * without a call into stdio (a load sends millions).  After a failed
 * write the rest is dropped and err is set. */
struct jc_codec_out {
  int            fd;    /* borrowed */
  unsigned char *buf;   /* borrowed: cap bytes */
  size_t         len, cap;
  int            err;
};
/* jc_codec_flush: write out what @w holds.  0, or -1 (err set). */
int  jc_codec_flush(jc_codec_out *w);
/* jc_codec_write: @n bytes at @p to @w. */
void jc_codec_write(jc_codec_out *w, const void *p, size_t n);
/* jc_codec_putc: one byte to @w. */
static inline void
jc_codec_putc(jc_codec_out *w, int c)
{
  if(w->len == w->cap)
    (void)jc_codec_flush(w);
  w->buf[w->len++] = (unsigned char)c;
}
void jc_codec_put_str(jc_codec_out *w, const char *s);  /* NULL: NULL */
/* jc_codec_put_quad: send four terms (NULL: no term), through @sent's
 * table when @sent is not NULL. */
void jc_codec_put_quad(jc_codec_out *w, jc_codec_sent *sent,
                       const jc_term *const t[4]);
/* jc_codec_sent_new: an empty table, NULL when out of memory; free it
 * with jc_codec_sent_free (NULL: no-op).  @anchor (may be NULL) is an
 * address inside the plugin: the read-only segments of the object that
 * holds it are where its constants are. */
jc_codec_sent *jc_codec_sent_new(const void *anchor);
void           jc_codec_sent_free(jc_codec_sent *sent);
/* The reading end of the pipe: a buffer of its own over @fd, so that a
 * term of a few bytes is read without a call into stdio. */
typedef struct jc_codec_in {
  int            fd;    /* borrowed: the caller closes it */
  unsigned char *buf;   /* owned */
  size_t         at, end, cap;
} jc_codec_in;
/* jc_codec_in_init: read @fd through a buffer of @cap bytes (grown for a
 * longer term).  0, or -1 when out of memory; free with jc_codec_in_free. */
int  jc_codec_in_init(jc_codec_in *in, int fd, size_t cap);
void jc_codec_in_free(jc_codec_in *in);
/* jc_codec_getc: the next byte, or EOF at the end or on an error. */
int  jc_codec_getc(jc_codec_in *in);
/* jc_codec_read: the next @n bytes into @p: 0, or -1 when the stream
 * ends first. */
int  jc_codec_read(jc_codec_in *in, void *p, size_t n);
int  jc_codec_get_str(jc_codec_in *r, jc_codec *c, int slot, const char **s);
/* jc_codec_get_quad: read the four terms of a quad into @t; @present[i]
 * is 0 for no term.  @memo[i] is the memo of term i's table entry (owned
 * by @c, valid until the slot is defined again), or NULL.  0, or -1 on a
 * broken stream. */
int  jc_codec_get_quad(jc_codec_in *r, jc_codec *c, jc_term t[4],
                       int present[4], jc_term_memo *memo[4]);
/* jc_codec_get_known: when the next quad is three references to terms
 * that passed load.c's checks (their memos say so) and no graph, as most
 * are, take it: @t[i] and @memo[i] are its terms and their memos (owned
 * by @c, as above), and 1 is returned.  Else 0, and nothing is read. */
int  jc_codec_get_known(jc_codec_in *r, jc_codec *c, const jc_term *t[3],
                        jc_term_memo *memo[3]);
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

/* export.c: every quad of @graphs in turn to @fn, as terms t[0..2] and
 * its graph t[3], borrowed and valid during the call only; stops at the
 * first status other than JC_OK and returns it. */
typedef struct jc_txn jc_txn;  /* store/store.h */
typedef uint64_t jc_id;
typedef jc_status (*jc_export_fn)(void *data, const jc_term t[4]);
jc_status jc_export_each(jc_ctx *ctx, jc_txn *txn, const jc_id *graphs,
                         size_t n, jc_export_fn fn, void *data);

/* store.c: 1 when graph @g is a loaded source's (it has a provenance
 * record), also when its own graph is empty and its data sits only in
 * graphs it names. */
int jc_store_is_source(jc_txn *txn, jc_id g);

/* What the Turtle, TriG and RDF/XML writers write: @each calls @fn on
 * every statement of @src in turn (as jc_export_each does), and may be
 * called more than once.  The export's source is a snapshot's graphs
 * (export.c), a CONSTRUCT's is its result (render.c). */
typedef jc_status (*jc_each_fn)(jc_ctx *ctx, void *src, jc_export_fn fn,
                                void *data);

/* turtle.c: the statements as Turtle (merged) or TriG (@trig: one block
 * per graph t[3]), the declared prefixes first. */
jc_status jc_turtle_write(jc_ctx *ctx, jc_each_fn each, void *src, int trig,
                          FILE *out);

/* rdfxml.c: the statements as RDF/XML; refused (JC_ERR_USAGE, nothing
 * written) when a term holds a character XML 1.0 cannot carry or a
 * predicate has no XML name at its end. */
jc_status jc_rdfxml_write(jc_ctx *ctx, jc_each_fn each, void *src,
                          FILE *out);

/* util.c */
#define JC_XSD_STRING "http://www.w3.org/2001/XMLSchema#string"
char       *jc_strdup(const char *s);
/* jc_bytes_grow: make room in the buffer *@p (*@len used of *@cap) for
 * @n more bytes with realloc (doubling, from 256).  0, or -1 when out of
 * memory (the buffer is unchanged). */
int   jc_bytes_grow(unsigned char **p, size_t *len, size_t *cap, size_t n);
/* jc_bytes_put: append @n bytes of @s to the buffer *@p, grown as
 * jc_bytes_grow does.  0, or -1 when out of memory (the buffer is
 * unchanged).  Inline: an N-Quads writer appends a few pieces a term, and
 * a call into the shared library (which may not inline its own exported
 * functions) cost more than the copy. */
static inline int
jc_bytes_put(unsigned char **p, size_t *len, size_t *cap, const void *s,
             size_t n)
{
  if(n > *cap - *len && jc_bytes_grow(p, len, cap, n))
    return -1;
  if(n)
    memcpy(*p + *len, s, n);
  *len += n;
  return 0;
}
int         jc_utf8_valid(const char *s, size_t len, size_t *bad_at);
char       *jc_iri_from_path(const char *abs);
void        jc_utf8_repair(char *s);
jc_status   jc_sha256_file(jc_ctx *ctx, const char *path, char hex[65],
                           unsigned long long *size);
void        jc_sha256_hex(const void *data, size_t len, char hex[65]);
void        jc_now_iso(char buf[32]);
librdf_node *jc_node_iri(jc_ctx *ctx, const char *iri);
jc_term     jc_term_from_node(librdf_node *n);
librdf_node *jc_node_from_term(librdf_world *w, const jc_term *t); /* new */
void        jc_term_write_nt(FILE *out, const jc_term *t);
void        jc_string_write_nt(FILE *out, const char *value);
/* jc_term_put_nt: append @t in N-Triples syntax, as jc_term_write_nt
 * writes it, to the buffer *@p as jc_bytes_put does.  0, or -1 when out
 * of memory (the buffer is as it was). */
int         jc_term_put_nt(unsigned char **p, size_t *len, size_t *cap,
                           const jc_term *t);
size_t      jc_nodes_collect(librdf_iterator *it, librdf_node ***list,
                             size_t n);

#endif /* JICENG_INTERNAL_H */
