/* core/remote/remote.h: a SPARQL 1.1 server as jiceng's store, the one
 * header of core/remote/.  Only standard protocols: the SPARQL 1.1
 * Protocol for queries and updates, the Graph Store HTTP Protocol for
 * putting and deleting a source's graph when the server names one.
 *
 *   http.c     jc_http_*: requests through libcurl; one connection kept
 *              alive; credentials from a netrc file; TLS verified;
 *              retries with back-off when asked
 *   results.c  jc_results_*: SPARQL JSON results and N-Triples into a
 *              jc_result, Skolem IRIs back into blank nodes
 *   remote.c   jc_remote_*: the backend (jc_remote_backend): queries,
 *              sources, drop, export, labels
 *   upload.c   jc_upload_*: loading a source (the loader's checked
 *              triples in batches to a temporary graph, then one swap)
 *
 * Blank nodes cannot cross requests (and Virtuoso refuses them in INSERT
 * DATA), so they travel as Skolem IRIs under JC_GENID (RDF 1.1 §3.5) and
 * come back as blank nodes in results and exports. */
#ifndef JICENG_REMOTE_H
#define JICENG_REMOTE_H

#include <stdio.h>
#include "../internal.h"

#define JC_GENID "https://w3id.org/jiceng/.well-known/genid/"

/* ---- HTTP (http.c) ------------------------------------------------------ */

typedef struct jc_http jc_http;

typedef struct jc_http_req {
  const char *method;        /* "GET", "POST", "PUT", "DELETE" */
  const char *url;
  const char *content_type;  /* of the body, or NULL */
  const char *body;          /* borrowed, @len bytes; or NULL */
  size_t      len;
  FILE       *body_file;     /* borrowed: the body read from here (PUT) */
  const char *accept;        /* or NULL */
  double      timeout;       /* seconds, 0: none */
  int         retry;         /* retry 5xx and connection failures */
} jc_http_req;

typedef struct jc_http_reply {
  long   status;  /* HTTP status */
  char  *body;    /* owned, NUL-terminated */
  size_t len;
} jc_http_reply;

/* jc_http_new: a client whose credentials come from @netrc (NULL:
 * ~/.netrc when it exists).  *out owned by the caller (jc_http_free). */
jc_status jc_http_new(jc_ctx *ctx, const char *netrc, jc_http **out);
void      jc_http_free(jc_http *h);  /* NULL: no-op */
/* jc_http_send: one request; JC_OK only for a 2xx answer, whose body is
 * in @rep (clear it with jc_http_reply_clear).  Otherwise @rep has only
 * the status (0: no answer), and the message
 * names the URL, the status and the server's first line of explanation:
 * JC_ERR_QUERY for 400, JC_ERR_CANCELLED for a timeout or an interrupt,
 * JC_ERR_IO for the rest. */
jc_status jc_http_send(jc_http *h, const jc_http_req *rq, jc_http_reply *rep);
void      jc_http_reply_clear(jc_http_reply *rep);
/* jc_http_form: append "&name=value" (URL-encoded) to the string *s
 * (NULL: a new one); -1 when out of memory. */
int       jc_http_form(char **s, const char *name, const char *value);
/* jc_http_url: @base with the parameter @name=@value (URL-encoded) added.
 * New string, or NULL when out of memory. */
char     *jc_http_url(const char *base, const char *name, const char *value);

/* ---- Results (results.c) ------------------------------------------------ */

/* jc_results_json: SPARQL 1.1 JSON results (SELECT or ASK) into *out. */
jc_status jc_results_json(jc_ctx *ctx, const char *text, size_t len,
                          jc_result **out);
/* jc_results_ntriples: N-Triples into a graph result (s, p, o). */
jc_status jc_results_ntriples(jc_ctx *ctx, const char *text, size_t len,
                              jc_result **out);
/* jc_results_parse: call @fn for every triple of @text in Raptor syntax
 * @syntax ("ntriples", "turtle"), Skolem IRIs already blank nodes; stops
 * at the first status not JC_OK. */
typedef jc_status (*jc_results_fn)(void *data, const jc_term t[3]);
jc_status jc_results_parse(jc_ctx *ctx, const char *syntax, const char *text,
                           size_t len, jc_results_fn fn, void *data);
/* jc_results_unskolem: @t with a Skolem IRI of ours turned back into its
 * blank node (value then points into the IRI); other terms unchanged. */
jc_term   jc_results_unskolem(jc_term t);

/* ---- The backend (remote.c) --------------------------------------------- */

struct jc_remote {
  jc_http *http;         /* owned */
  char    *endpoint;     /* owned: for queries */
  char    *update;       /* owned: for updates (the endpoint, or another) */
  char    *graph_store;  /* owned, or NULL */
  size_t   slice;        /* jc_remote_opts */
};
extern const jc_backend jc_remote_backend;
void      jc_remote_free(jc_remote *r);  /* NULL: no-op */
/* jc_remote_select: run @sparql (our prefixes declared) on the endpoint,
 * for the backend's own questions; *out as jc_query_exec's. */
jc_status jc_remote_select(jc_ctx *ctx, const char *sparql, jc_result **out);
/* jc_remote_update: send an Update request, retried on server failures. */
jc_status jc_remote_update(jc_ctx *ctx, const char *text);
/* jc_remote_prov: the provenance value @p of source graph @g, or NULL.
 * New string. */
char     *jc_remote_prov(jc_ctx *ctx, const char *g, const char *p);
/* jc_remote_owned: the graphs source @g owns besides its own, as a new
 * array of *n new strings (jc_remote_strings_free). */
jc_status jc_remote_owned(jc_ctx *ctx, const char *g, char ***out, size_t *n);
void      jc_remote_strings_free(char **list, size_t n);
/* jc_remote_forget: remove @graphs: through the Graph Store at once, or
 * as DROP operations written to @ops. */
jc_status jc_remote_forget(jc_ctx *ctx, char **graphs, size_t n, FILE *ops);
/* jc_remote_unrecord: write to @ops the deletion of source @g's
 * provenance record. */
void      jc_remote_unrecord(FILE *ops, const char *g);
/* An update request being written: operations, each ending in " ;\n",
 * written to @f collect in @text.
 *
 * A load or a drop sends two requests, not one: first the graph
 * operations alone (DROP, MOVE), then the provenance record.  Virtuoso
 * (7.2) refuses a transaction whose log image passes its
 * TransactionAfterImageLimit (SR325; 50 MB by default), and a request
 * that moves a large graph and also changes triples (DELETE WHERE,
 * INSERT DATA) is one such transaction; a request of graph operations
 * alone is not held to the limit. */
typedef struct jc_remote_req {
  FILE  *f;     /* owned: open_memstream on text */
  char  *text;  /* owned */
  size_t len;
} jc_remote_req;
/* jc_remote_req_open: an empty request in @rq. */
jc_status jc_remote_req_open(jc_ctx *ctx, jc_remote_req *rq);
/* jc_remote_req_send: close @rq and send what it holds as one update
 * (nothing when it is empty, or when @st, the status so far, is not
 * JC_OK); @rq is empty after, whatever happened. */
jc_status jc_remote_req_send(jc_ctx *ctx, jc_remote_req *rq, jc_status st);

/* ---- Loading (upload.c) ------------------------------------------------- */

/* jc_upload_load: the backend's load (see jc_store_load). */
jc_status jc_upload_load(jc_ctx *ctx, const char *path,
                         const jc_load_opts *opts, jc_load_report *rep);
/* jc_upload_ontology: put the built-in ontology into its graph unless the
 * server has this very version. */
jc_status jc_upload_ontology(jc_ctx *ctx);
/* jc_upload_term: @t as SPARQL / N-Triples text on @out, a blank node as
 * its Skolem IRI. */
void      jc_upload_term(FILE *out, const jc_term *t);

#endif /* JICENG_REMOTE_H */
