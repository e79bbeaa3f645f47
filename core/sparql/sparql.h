/* core/sparql/sparql.h: the SPARQL 1.1 query engine, the one header of
 * core/sparql/.  Text goes through the lexer (lex.c) and the recursive-
 * descent parser (parse*.c) to the algebra of SPARQL 1.1 §18 (the sp_*
 * structures below), which the operators (op_*.c) evaluate over term ids
 * of the store (../store/store.h).  Strings are decoded only where a
 * value is needed: FILTER, BIND, ORDER BY, aggregates and output.
 *
 * Memory: everything a query allocates (its algebra, decoded strings,
 * computed terms) lives in one arena (mem.c), freed with the query.
 * Result tables are plain arrays of ids, owned by whoever holds them. */
#ifndef JICENG_SPARQL_H
#define JICENG_SPARQL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include "../jiceng.h"
#include "../store/store.h"

/* ---- The entry point (exec.c) ------------------------------------------ */

typedef struct jc_sparql_opts {
  /* The dataset, as the SPARQL protocol's default-graph-uri and
   * named-graph-uri set it.  NULL lists: the default graph is the merge of
   * every graph of the store and every graph is a named graph.  A query's
   * FROM / FROM NAMED override these. */
  const char *const *default_graphs;  /* NULL-terminated IRIs, or NULL */
  const char *const *named_graphs;    /* NULL-terminated IRIs, or NULL */
  const char *base;                   /* base IRI of the query, or NULL */
  double      timeout;                /* seconds; 0: none */
  size_t      max_rows;               /* rows held at once; 0: default */
  int         allow_remote;           /* SERVICE and LOAD allowed */
  int         explain;                /* fill a plan instead of rows */
  int         force;                  /* Update may change loaders' graphs */
  const jc_row_sink *sink;  /* a SELECT's rows go here as they are found */
} jc_sparql_opts;

/* jc_sparql_is_update: whether @text is an Update request (it then needs
 * a write transaction). */
int jc_sparql_is_update(const char *text);

/* jc_sparql_exec: parse @text and run it on @txn.  On success *out is a
 * new result (jc_result_free).  On failure the message on @ctx is
 * "line:col: what" for errors inside the text, followed by the line and a
 * caret under the column. */
jc_status jc_sparql_exec(jc_ctx *ctx, jc_txn *txn, const char *text,
                         const jc_sparql_opts *opts, jc_result **out);

/* query.c offers these to build results of every kind. */
jc_status jc_result_new_kind(jc_ctx *ctx, jc_result_kind kind, size_t ncols,
                             const char *const *names, jc_result **out);
void      jc_result_set_boolean(jc_result *r, int value);
/* jc_result_stream: from now on the rows added to @r go to @sink instead
 * of being kept (its head is called now).  Non-JC_OK: the sink's. */
jc_status jc_result_stream(jc_ctx *ctx, jc_result *r,
                           const jc_row_sink *sink);

/* ---- Arena (mem.c) ------------------------------------------------------ */

typedef struct mem_block mem_block;
typedef struct sp_arena {
  mem_block *blocks;  /* owned list, newest first */
  size_t     used;    /* bytes used in blocks */
} sp_arena;
typedef struct { mem_block *block; size_t used; } mem_mark;

void     *mem_alloc(sp_arena *a, size_t n);  /* zeroed; NULL: no memory */
char     *mem_strdup(sp_arena *a, const char *s);
char     *mem_strndup(sp_arena *a, const char *s, size_t n);
char     *mem_printf(sp_arena *a, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));
mem_mark  mem_get_mark(const sp_arena *a);
void      mem_release(sp_arena *a, mem_mark m);  /* frees what came after */
void      mem_free_all(sp_arena *a);

/* A growable array of pointers in the arena. */
typedef struct sp_vec { void **v; size_t n, cap; } sp_vec;
int       mem_push(sp_arena *a, sp_vec *vec, void *item);

/* ---- Lexer (lex.c) ------------------------------------------------------ */

typedef enum lex_kind {
  TK_EOF, TK_IRI, TK_PNAME, TK_BNODE, TK_VAR, TK_LANG, TK_INTEGER,
  TK_DECIMAL, TK_DOUBLE, TK_STRING, TK_NIL, TK_ANON, TK_WORD, TK_PUNCT,
  TK_ERROR
} lex_kind;

typedef struct lex_token {
  lex_kind    kind;
  const char *start;  /* in the query text */
  size_t      len;
  char       *text;   /* arena: unescaped string, IRI, name, word */
  int         line, col;
} lex_token;

typedef struct lex_state {
  const char *text, *p;
  int         line;
  const char *line_start;
  sp_arena   *arena;
  const char *error;  /* static text of a lexing error */
} lex_state;

void lex_init(lex_state *lx, const char *text, sp_arena *arena);
void lex_next(lex_state *lx, lex_token *tok);

/* ---- The algebra (parse*.c fills it) ------------------------------------ */

#define SP_XSD "http://www.w3.org/2001/XMLSchema#"
#define SP_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

/* A position of a triple pattern or a constant of an expression. */
typedef struct sp_term {
  int     var;   /* >= 0: variable number; -1: the constant t */
  jc_term t;     /* arena strings */
  jc_id   id;    /* the constant's id, JC_ID_NONE until resolved */
  int     resolved;
} sp_term;

typedef enum sp_path_kind {
  PATH_LINK, PATH_INV, PATH_SEQ, PATH_ALT, PATH_STAR, PATH_PLUS, PATH_OPT,
  PATH_NPS
} sp_path_kind;

typedef struct sp_path {
  sp_path_kind    kind;
  sp_term         iri;       /* LINK */
  struct sp_path *a, *b;     /* INV/STAR/PLUS/OPT: a; SEQ/ALT: a, b */
  sp_term        *fwd, *inv; /* NPS: forward and inverse IRIs */
  size_t          nfwd, ninv;
} sp_path;

typedef struct sp_triple {
  sp_term  s, p, o;
  sp_path *path;  /* non-NULL: p is unused, the predicate is a path */
} sp_triple;

typedef enum sp_expr_op {
  EX_CONST, EX_VAR, EX_OR, EX_AND, EX_EQ, EX_NE, EX_LT, EX_GT, EX_LE, EX_GE,
  EX_IN, EX_NOT_IN, EX_ADD, EX_SUB, EX_MUL, EX_DIV, EX_NOT, EX_NEG,
  EX_PLUS, EX_CALL, EX_EXISTS, EX_NOT_EXISTS, EX_AGG
} sp_expr_op;

typedef struct sp_pattern sp_pattern;
typedef struct sp_query sp_query;

typedef struct sp_expr {
  sp_expr_op       op;
  struct sp_expr **args;
  size_t           nargs;
  sp_term          term;     /* CONST, VAR */
  int              fn;       /* CALL: a builtin (FN_*), or FN_IRI */
  const char      *iri;      /* CALL FN_IRI: function or cast IRI; AGG name */
  sp_pattern      *pat;      /* EXISTS */
  int              distinct; /* AGG */
  const char      *sep;      /* AGG GROUP_CONCAT */
  int              slot;     /* AGG: the hidden variable of its value */
  int              star;     /* AGG COUNT(*) */
  struct sp_val   *cval;     /* CONST: its value, once it was needed */
  int              line, col;
} sp_expr;

typedef enum sp_pat_kind {
  PT_BGP, PT_GROUP, PT_OPTIONAL, PT_UNION, PT_MINUS, PT_FILTER, PT_GRAPH,
  PT_BIND, PT_VALUES, PT_SUBQUERY, PT_SERVICE
} sp_pat_kind;

struct sp_pattern {
  sp_pat_kind  kind;
  sp_triple   *triples;  /* BGP */
  size_t       ntriples;
  sp_vec       kids;     /* GROUP: elements; UNION: branches;
                            OPTIONAL, MINUS, GRAPH, SERVICE: one */
  sp_vec       filters;  /* GROUP: its FILTERs, applied at its end */
  sp_expr     *expr;     /* BIND; OPTIONAL: its filters joined by && */
  int          var;      /* BIND */
  sp_term      graph;    /* GRAPH, SERVICE */
  int         *vars;     /* VALUES */
  size_t       nvars;
  sp_term     *rows;     /* VALUES: nrows * nvars, var -2 for UNDEF */
  size_t       nrows;
  sp_query    *sub;      /* SUBQUERY */
  int          silent;   /* SERVICE */
  int          line, col;
};

typedef enum sp_form { Q_SELECT, Q_ASK, Q_CONSTRUCT, Q_DESCRIBE } sp_form;

typedef struct sp_proj {
  int      var;
  sp_expr *expr;  /* NULL: a plain variable */
} sp_proj;

typedef struct sp_order {
  sp_expr *expr;
  int      desc;
} sp_order;

struct sp_query {
  sp_form      form;
  int          distinct, reduced, star;
  sp_proj     *proj;
  size_t       nproj;
  sp_pattern  *where;
  sp_proj     *group;     /* GROUP BY: expr with var (AS, or hidden) */
  size_t       ngroup;
  sp_vec       having;    /* sp_expr */
  sp_order    *order;
  size_t       norder;
  long long    limit, offset;  /* -1: none */
  sp_pattern  *values;    /* trailing VALUES, or NULL */
  sp_vec       aggs;      /* sp_expr EX_AGG of SELECT, HAVING, ORDER BY */
  sp_triple   *tmpl;      /* CONSTRUCT template */
  size_t       ntmpl;
  sp_term     *describe;  /* DESCRIBE targets */
  size_t       ndescribe;
  sp_vec       from, from_named;  /* char * IRIs */
  int          line, col;
};

/* The variables of a whole query text (sub-queries included) share one
 * numbering; a row of a table has one id per variable. */
typedef struct sp_vars {
  char  **names;  /* arena; hidden ones start with '.' or "_:" */
  size_t  n, cap;
} sp_vars;

/* SPARQL Update: one operation of a request. */
typedef enum sp_uop_kind {
  U_INSERT_DATA, U_DELETE_DATA, U_MODIFY, U_CLEAR, U_DROP, U_CREATE,
  U_LOAD, U_ADD, U_MOVE, U_COPY
} sp_uop_kind;

typedef struct sp_quadt {
  sp_triple t;
  sp_term   g;      /* the GRAPH of the template, when has_g */
  int       has_g;
} sp_quadt;

enum { UG_IRI, UG_DEFAULT, UG_NAMED, UG_ALL };

typedef struct sp_uop {
  sp_uop_kind kind;
  int         silent;
  sp_quadt   *del, *ins;   /* DATA and templates */
  size_t      ndel, nins;
  sp_pattern *where;       /* MODIFY */
  const char *with;        /* WITH <g>, or NULL */
  sp_vec      using_, using_named;  /* char * */
  int         scope, scope2;        /* UG_*: CLEAR/DROP, ADD/MOVE/COPY */
  const char *g1, *g2;     /* UG_IRI graphs */
  sp_query   *q;           /* MODIFY: the WHERE as a SELECT * */
  int         line, col;
} sp_uop;

/* The parsed text: prologue, query or update request, and the variables. */
typedef struct sp_parsed {
  sp_query *q;
  sp_vars   vars;
  int       update;
  sp_vec    uops;    /* sp_uop, when update */
} sp_parsed;

typedef struct parse_ctx {
  lex_state   lx;
  lex_token   tok;        /* current */
  lex_token   peek;       /* next, when have_peek */
  int         have_peek;
  sp_arena   *arena;
  sp_vars    *vars;
  const char *base;       /* arena */
  char      **pfx, **pfx_iri;  /* query's own PREFIX, then the store's */
  size_t      npfx;
  int         bnode_seq;
  int         in_agg_ok;  /* aggregates allowed here */
  sp_query   *cur;        /* the query whose aggregates are collected */
  int         tmpl_mode;  /* CONSTRUCT template: blank nodes stay terms */
  sp_vec      tmpl_bnodes;/* labels seen in the template */
  int         err_line, err_col;
  char        err[256];
  jc_ctx     *ctx;
} parse_ctx;

/* parse.c: the query as a whole.  0 on success; else pc->err holds the
 * message and err_line/err_col its position. */
int  parse_query(parse_ctx *pc, sp_parsed *out);
/* Shared by the parse*.c files. */
int  parse_fail(parse_ctx *pc, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));
void parse_advance(parse_ctx *pc);
int  parse_is(parse_ctx *pc, const char *punct_or_word);
int  parse_accept(parse_ctx *pc, const char *punct_or_word);
int  parse_expect(parse_ctx *pc, const char *punct_or_word);
const lex_token *parse_peek(parse_ctx *pc);
int  parse_var(parse_ctx *pc, const char *name);
int  parse_hidden_var(parse_ctx *pc, const char *hint);
int  parse_iri(parse_ctx *pc, char **out);   /* IRIREF or prefixed name */
char *parse_resolve(parse_ctx *pc, const char *iri);
int  parse_rdf_literal(parse_ctx *pc, sp_term *out);
int  parse_numeric(parse_ctx *pc, sp_term *out, int negate);
/* parse_pattern.c */
int  parse_group(parse_ctx *pc, sp_pattern **out);
int  parse_triples_template(parse_ctx *pc, sp_vec *out, int brace);
int  parse_values_block(parse_ctx *pc, sp_pattern **out);
int  parse_var_or_term(parse_ctx *pc, sp_term *out);
int  parse_select_query(parse_ctx *pc, sp_query *q, int sub);
int  parse_solution_modifiers(parse_ctx *pc, sp_query *q);
int  parse_dataset(parse_ctx *pc, sp_query *q);
int  parse_is_call(parse_ctx *pc);
int  parse_prologue(parse_ctx *pc);
/* parse_path.c */
int  parse_path_alt(parse_ctx *pc, sp_path **out);
int  parse_path_iri(parse_ctx *pc, sp_term *out);  /* IRI or 'a' */
/* parse_update.c */
int  parse_is_update_word(parse_ctx *pc);
int  parse_update(parse_ctx *pc, sp_parsed *out);
/* parse_expr.c */
int  parse_expression(parse_ctx *pc, sp_expr **out);
int  parse_bracketted(parse_ctx *pc, sp_expr **out);
int  parse_constraint(parse_ctx *pc, sp_expr **out);
int  parse_function_call(parse_ctx *pc, sp_expr **out);

/* ---- Values (val.c) ---------------------------------------------------- */

typedef enum sp_vkind {
  V_NONE,     /* unbound or error: an expression's error */
  V_IRI, V_BLANK,
  V_STRING,   /* simple literal, xsd:string, or with a language tag */
  V_BOOL, V_INTEGER, V_DECIMAL, V_FLOAT, V_DOUBLE,
  V_DATETIME, V_DATE,
  V_OTHER     /* a literal of another (or unknown) datatype */
} sp_vkind;

typedef struct sp_val {
  sp_vkind    kind;
  const char *lex;   /* lexical form, IRI or blank label */
  const char *dt;    /* datatype IRI, NULL: simple literal or lang */
  const char *lang;  /* NULL or the tag */
  int64_t     i;     /* INTEGER, BOOL */
  double      d;     /* DECIMAL, FLOAT, DOUBLE; DATETIME: seconds */
  int         ill;   /* a typed literal whose lexical form is not valid */
  int         tz;    /* DATETIME/DATE: has a timezone */
  jc_id       id;    /* JC_ID_NONE when not known */
} sp_val;

typedef struct sp_exec sp_exec;

sp_val  val_none(void);
sp_val  val_bool(int b);
sp_val  val_int(sp_exec *ex, int64_t i);
sp_val  val_num(sp_exec *ex, sp_vkind kind, double d);
sp_val  val_str(sp_exec *ex, const char *s, const char *lang, const char *dt);
sp_val  val_iri(const char *iri);
sp_val  val_from_term(sp_exec *ex, const jc_term *t);
jc_term val_to_term(const sp_val *v);
int     val_ebv(const sp_val *v);  /* 1, 0, or -1: error */
int     val_is_numeric(const sp_val *v);
int     val_is_literal(const sp_val *v);
/* val_equal: 1, 0, -1 error (RDFterm-equal and the operator mapping). */
int     val_equal(sp_exec *ex, const sp_val *a, const sp_val *b);
/* val_less: -1 a<b, 0 equal, 1 a>b, 2 error/incomparable. */
int     val_compare(sp_exec *ex, const sp_val *a, const sp_val *b);
/* val_order: total order of ORDER BY (unbound < blank < IRI < literal). */
int     val_order(sp_exec *ex, const sp_val *a, const sp_val *b);
const char *val_canon_double(sp_exec *ex, double d);
const char *val_canon_decimal(sp_exec *ex, double d);

/* ---- Execution state (exec.c) ------------------------------------------- */

/* A table of solutions: nrows rows of width ids (JC_ID_NONE: unbound). */
typedef struct sp_rows {
  jc_id  *ids;    /* owned (malloc) */
  size_t  n, cap, width;
} sp_rows;

typedef struct sp_plan_line {
  int         depth;
  const char *what;   /* arena */
  double      est;    /* -1: none */
  size_t      actual;
} sp_plan_line;

struct sp_exec {
  jc_ctx      *ctx;
  jc_txn      *txn;
  sp_arena    *arena;
  sp_arena     larena;    /* local terms: never released by a FILTER */
  sp_vars     *vars;
  /* terms computed by the query and not in the store: local ids */
  jc_term     *local;     /* arena array */
  size_t       nlocal, caplocal;
  uint64_t    *lhash;     /* open addressing: index+1, 0 empty */
  size_t       lhash_cap;
  /* the dataset */
  jc_id       *dflt;      /* default graph's graphs; NULL: all */
  size_t       ndflt;
  int          dflt_all;
  jc_id       *named;     /* named graphs, ascending */
  size_t       nnamed;
  jc_id        graph;     /* active graph: JC_ID_NONE is the default */
  const jc_id *subst;     /* EXISTS: the outer row's bindings, or NULL */
  /* limits */
  double       deadline;  /* CLOCK_MONOTONIC seconds; 0: none */
  size_t       max_ids;
  size_t       held_ids;
  unsigned     tick;
  jc_status    st;        /* the first failure: stop everything */
  int          bnode_seq; /* CONSTRUCT / BNODE() */
  const char  *base;
  sp_vec       plan;      /* sp_plan_line, EXPLAIN */
  int          explain, depth;
  time_t       now;       /* NOW(): one value per query */
  int          allow_remote;
  const jc_row_sink *sink;  /* the caller's, for a SELECT's rows; or NULL */
  int          streaming;   /* the result's rows go to sink (out.c) */
  int          path_strict; /* op_path.c: an end came from a variable */
  int          pin;       /* > 0: decoded terms are held; no forgetting */
  unsigned     decoded;   /* rows filtered since the last forgetting */
  void        *re;        /* regex.c: the last compiled expression */
  char        *re_key;    /* malloc: its pattern and flags */
};

#define SP_LOCAL_TAG 0x40
#define SP_IS_LOCAL(id) (JC_ID_TAG(id) == SP_LOCAL_TAG)

int     exec_check(sp_exec *ex);   /* non-zero: stop (error already set) */
/* exec_filtered: a row's FILTER is done; now and then let the store free
 * the strings it decoded (unless something still holds them). */
void    exec_filtered(sp_exec *ex);
int     exec_fail(sp_exec *ex, jc_status st, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));
/* term <-> id */
int     exec_term(sp_exec *ex, jc_id id, jc_term *out);
jc_id   exec_intern(sp_exec *ex, const jc_term *t);  /* store or local */
jc_id   exec_const_id(sp_exec *ex, sp_term *t);
sp_val  exec_val(sp_exec *ex, jc_id id);
jc_id   exec_val_id(sp_exec *ex, sp_val *v);

/* rows.c */
int     rows_init(sp_rows *r, size_t width);
jc_id  *rows_add(sp_exec *ex, sp_rows *r);  /* new zeroed row, NULL: fail */
int     rows_push(sp_exec *ex, sp_rows *r, const jc_id *row);
void    rows_free(sp_exec *ex, sp_rows *r);
/* rows_hold: count @n more values against the query's memory bound;
 * -1 (with the message) past it. */
int     rows_hold(sp_exec *ex, size_t n);
int     rows_unit(sp_exec *ex, sp_rows *r, size_t width); /* one empty row */
#define ROW(r, i) ((r)->ids + (i) * (r)->width)
int     rows_compatible(const jc_id *a, const jc_id *b, size_t w);
void    rows_merge(jc_id *dst, const jc_id *a, const jc_id *b, size_t w);
void    rows_move(sp_rows *dst, sp_rows *src);  /* src left empty */
/* rows_hash: a hash of @n ids of @row, row[cols[i]] (or row[i] when @cols
 * is NULL), for tables indexed by its low bits (joins, groups, DISTINCT). */
uint64_t rows_hash(const jc_id *row, const int *cols, size_t n);

/* A consumer of solutions while they are found: a streamed evaluation
 * hands it its rows in pieces of about SP_CHUNK.  push takes @rows (and
 * frees them); it returns 0 to go on, 1 when it needs no more rows (a
 * LIMIT is full) and -1 on failure (ex->st says why).  Containers put
 * this first in a struct of their own. */
typedef struct sp_sink sp_sink;
struct sp_sink {
  int (*push)(sp_exec *ex, sp_sink *self, sp_rows *rows);
};
#define SP_CHUNK 4096

/* op_eval.c: evaluate a pattern joined with @in (consumed). */
int     op_eval(sp_exec *ex, sp_pattern *p, sp_rows *in, sp_rows *out);
int     op_eval_query(sp_exec *ex, sp_query *q, sp_rows *out);
/* op_eval_stream: the WHERE of @q (with its trailing VALUES) on one empty
 * row, its solutions to @sink as they are found.  0, 1 (the sink stopped
 * it) or -1. */
int     op_eval_stream(sp_exec *ex, sp_query *q, sp_sink *sink);
/* op_eval_streams: whether @q's solution modifiers let its rows go out
 * as they are found (no grouping or ordering; DISTINCT keeps a set of
 * the rows given). */
int     op_eval_streams(const sp_query *q);
int     op_eval_select_exprs(sp_exec *ex, sp_query *q, sp_rows *rows);
int     op_eval_filter(sp_exec *ex, sp_vec *filters, sp_rows *rows);
int     op_eval_projection(sp_exec *ex, sp_query *q, int **vars, size_t *n);
/* op_bgp.c */
/* op_bgp_eval: @filters (may be NULL) are the group's FILTERs; each one
 * whose variables the BGP binds is applied as soon as they are, and
 * marked in @applied. */
int     op_bgp_eval(sp_exec *ex, sp_pattern *p, sp_rows *in, sp_rows *out,
                    sp_vec *filters, char *applied);
/* op_bgp_stream: op_bgp_eval with the rows going to @sink (when not NULL;
 * @out is then unused) in pieces as they are found.  0, 1 or -1 as
 * sp_sink's push. */
int     op_bgp_stream(sp_exec *ex, sp_pattern *p, sp_rows *in, sp_rows *out,
                      sp_vec *filters, char *applied, sp_sink *sink);
int     op_bgp_scan(sp_exec *ex, jc_id s, jc_id p, jc_id o,
                    int (*fn)(void *, const jc_quad *), void *data);
int     op_bgp_scan_any(sp_exec *ex, jc_id s, jc_id p, jc_id o);
uint64_t op_bgp_count(sp_exec *ex, jc_quad *pat);
/* op_path.c */
int     op_path_eval(sp_exec *ex, sp_triple *t, sp_rows *in, sp_rows *out);
/* op_join.c */
int     op_join_hash(sp_exec *ex, sp_rows *a, sp_rows *b, sp_rows *out);
int     op_join_left(sp_exec *ex, sp_rows *a, sp_rows *b, sp_expr *cond,
                     sp_rows *out);
int     op_join_minus(sp_exec *ex, sp_rows *a, sp_rows *b, sp_rows *out);
/* op_group.c */
int     op_group_eval(sp_exec *ex, sp_query *q, sp_rows *rows);
/* op_order.c */
int     op_order_eval(sp_exec *ex, sp_query *q, sp_rows *rows);
int     op_order_distinct(sp_exec *ex, sp_rows *rows, const int *vars,
                          size_t nvars);

/* expr.c */
sp_val  expr_eval(sp_exec *ex, sp_expr *e, const jc_id *row);
int     expr_true(sp_exec *ex, sp_expr *e, const jc_id *row);
/* expr_vars: mark the variables @e reads in @vars; -1 when it has EXISTS
 * or an aggregate (it cannot be moved). */
int     expr_vars(const sp_expr *e, char *vars);
/* func.c */
enum {
  FN_IRI = 1, FN_STR, FN_LANG, FN_LANGMATCHES, FN_DATATYPE, FN_BOUND,
  FN_TOIRI, FN_BNODE, FN_RAND, FN_ABS, FN_CEIL, FN_FLOOR, FN_ROUND,
  FN_CONCAT, FN_STRLEN, FN_UCASE, FN_LCASE, FN_ENCODE_FOR_URI, FN_CONTAINS,
  FN_STRSTARTS, FN_STRENDS, FN_STRBEFORE, FN_STRAFTER, FN_YEAR, FN_MONTH,
  FN_DAY, FN_HOURS, FN_MINUTES, FN_SECONDS, FN_TIMEZONE, FN_TZ, FN_NOW,
  FN_UUID, FN_STRUUID, FN_MD5, FN_SHA1, FN_SHA256, FN_SHA384, FN_SHA512,
  FN_COALESCE, FN_IF, FN_STRLANG, FN_STRDT, FN_SAMETERM, FN_ISIRI,
  FN_ISBLANK, FN_ISLITERAL, FN_ISNUMERIC, FN_REGEX, FN_SUBSTR, FN_REPLACE
};
int     func_lookup(const char *word);  /* FN_*, or 0 */
int     func_arity_ok(int fn, size_t n);
sp_val  func_call(sp_exec *ex, sp_expr *e, const jc_id *row);
sp_val  func_cast(sp_exec *ex, const char *dt, const sp_val *v);
/* func_str.c, func_time.c */
sp_val  func_str_call(sp_exec *ex, int fn, sp_val *a, size_t n);
sp_val  func_time_call(sp_exec *ex, int fn, sp_val *a, size_t n);
/* regex.c */
int     regex_match(sp_exec *ex, const char *text, const char *pattern,
                    const char *flags);  /* 1, 0, -1 error */
char   *regex_replace(sp_exec *ex, const char *text, const char *pattern,
                      const char *repl, const char *flags);
void    regex_free(sp_exec *ex);
/* op_update.c */
int     op_update_run(sp_exec *ex, sp_parsed *p, int force, jc_result **out);
/* explain.c */
int     explain_begin(sp_exec *ex, double est, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));
void    explain_end(sp_exec *ex, int line, size_t actual);
const char *explain_term(sp_exec *ex, const sp_term *t);
int     explain_result(sp_exec *ex, jc_result **out);
/* out.c: forms of the query to a jc_result */
int     out_result(sp_exec *ex, sp_query *q, sp_rows *rows, jc_result **r);
/* out_stream: a SELECT that op_eval_streams allows, its rows added to *r
 * (and so handed to the caller's sink) as they are found. */
int     out_stream(sp_exec *ex, sp_query *q, jc_result **r);

#endif /* JICENG_SPARQL_H */
