/* plugins/csv/csvw.h: the csv loader's model of a table, after the W3C
 * Recommendations "Metadata Vocabulary for Tabular Data" and "Generating
 * RDF from Tabular Data on the Web" (CSVW).  Every way to describe a table
 * ends here: CSVW metadata (meta.c), a .map file (map.c) and the header
 * conventions (header.c) all fill a cw_table; emit.c turns its rows into
 * triples.  Never installed.
 *
 * libcsv claims csv_init, csv_parse, csv_free, csv_error, csv_fini,
 * csv_write*, csv_fwrite*, csv_get_* and csv_set_*: our own names are
 * cw_* or keep clear of those. */
#ifndef JICENG_CSVW_H
#define JICENG_CSVW_H

#include <stddef.h>
#include <json-c/json.h>
#include "jiceng-plugin.h"

#define CW_CSVW "http://www.w3.org/ns/csvw#"
#define CW_RDF  "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define CW_XSD  "http://www.w3.org/2001/XMLSchema#"

/* A column's datatype: a built-in base and what narrows it. */
typedef struct cw_datatype {
  char  *base;       /* owned: built-in name ("string", "date") */
  char  *iri;        /* owned: the literal's datatype IRI; NULL: plain */
  char  *format;     /* owned: pattern (number, date, boolean, regex) */
  char  *decimal;    /* owned: number format's decimalChar, or NULL */
  char  *group;      /* owned: number format's groupChar, or NULL */
  long   length, min_length, max_length;  /* -1: not given */
  char  *minimum, *maximum;               /* owned lexical forms or NULL */
  int    min_exclusive, max_exclusive;    /* 1: minimum/maximum exclude */
} cw_datatype;

typedef struct cw_col {
  char        *name;      /* owned: the name templates use */
  char        *title;     /* owned: first title, or NULL */
  char        *about;     /* owned template, or NULL: a blank node */
  char        *property;  /* owned template, or NULL: TABLE#name */
  char        *value;     /* owned template, or NULL: a literal */
  cw_datatype  dt;
  char        *lang;      /* owned, or NULL */
  char       **nulls;     /* owned; NULL: {""} */
  size_t       nnulls;
  char        *separator; /* owned, or NULL: one value */
  char        *dflt;      /* owned: the value of an empty cell, or NULL */
  int          ordered, required, virtual_col, suppress;
  int          named;     /* the metadata gave the name (not a title) */
  int          cell_iri;  /* jiceng: 1: a cell "<IRI>" is that IRI;
                             2: every cell names an IRI (@type) */
  long         line, col; /* of the header cell, for messages (0: none) */
} cw_col;

/* How the file is written (CSVW "dialect"). */
typedef struct cw_dialect {
  int    delim, quote;   /* bytes */
  int    header_rows;    /* 0: no header */
  int    skip_rows, skip_columns;
  int    skip_blank;     /* skipBlankRows */
  int    trim;           /* 1: trim both ends (libcsv does that) */
  char  *comment;        /* owned commentPrefix, or NULL */
  char  *encoding;       /* owned, or NULL: UTF-8 (GB18030 detected) */
} cw_dialect;

/* A foreign key that makes a cell a link to a row of another table. */
typedef struct cw_fkey {
  size_t *cols;   /* owned: indexes in this table */
  size_t  ncols;
  size_t  table;  /* index of the referenced table in its group */
  size_t *ref;    /* owned: indexes in the referenced table */
} cw_fkey;

typedef struct cw_table {
  char          *url;      /* owned: absolute IRI of the table */
  char          *path;     /* owned: the local file it names */
  char          *id;       /* owned @id, or NULL: a blank node */
  cw_col        *cols;     /* owned */
  size_t         ncols, nreal;   /* nreal: those read from the file */
  cw_dialect     dialect;
  int            suppress;
  int            from_metadata;  /* 0: the header named the columns */
  size_t        *row_titles;     /* owned column indexes */
  size_t         nrow_titles;
  long           id_col;         /* jiceng: the @id column, or -1 */
  json_object   *notes;          /* borrowed from the group's JSON */
  json_object   *common;         /* borrowed: the table object itself */
} cw_table;

typedef struct cw_group {
  cw_table    *tables;  /* owned */
  size_t       ntables;
  char        *id;      /* owned @id, or NULL */
  char        *lang;    /* owned @context @language, or NULL */
  char        *base;    /* owned: resolves relative URLs */
  json_object *json;    /* owned: the metadata document, or NULL */
  char        *file;    /* owned: metadata file, for messages, or NULL */
  char         err[600];/* "FILE: PATH: what" after a failure, or
                           "FILE:LINE:COL: what" when it is not JSON */
  long         err_line, err_col;  /* the latter's position, else 0 */
  char       **warnings;/* owned: to report once the load runs */
  size_t       nwarnings;
} cw_group;

/* ---- meta.c: CSVW metadata -------------------------------------------- */

/* cw_meta_read: read the metadata file @file into @g, resolving URLs
 * against @file's IRI @base.  0, or -1 with g->err naming the JSON path. */
int   cw_meta_read(cw_group *g, const char *file, const char *base);
/* cw_meta_describes: the index of @g's table whose URL is @url, or -1. */
long  cw_meta_describes(const cw_group *g, const char *url);
void  cw_group_clear(cw_group *g);
void  cw_table_clear(cw_table *t);
/* cw_dialect_default: RFC 4180 with a header row, as CSVW has it. */
void  cw_dialect_default(cw_dialect *dl);
void  cw_col_clear(cw_col *c);
void  cw_warn(cw_group *g, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));
/* cw_prefix_expand: "xsd:date" and the other CSVW initial-context
 * prefixes to IRIs; NULL when @s has none of them.  New string. */
char *cw_prefix_expand(const char *s);

/* ---- tmpl.c: URI templates and IRIs ----------------------------------- */

/* The values a template may name: the row's cells, by column name, and
 * _row, _sourceRow, _column, _sourceColumn, _name. */
typedef struct cw_vars {
  const cw_table *t;
  char *const    *cells;   /* borrowed: cell strings after null handling */
  const int      *isnull;  /* borrowed: 1 where the cell is null */
  long            row, source_row;
  size_t          col;     /* the column being converted */
} cw_vars;

/* cw_tmpl_expand: RFC 6570 expansion of @tmpl, then resolved against the
 * table URL (prefixed names expanded).  New string; NULL out of memory. */
char *cw_tmpl_expand(const char *tmpl, const cw_vars *v);
/* cw_iri_resolve: @ref against the absolute @base (RFC 3986 section 5).
 * New string. */
char *cw_iri_resolve(const char *base, const char *ref);
/* cw_pct_encode: @s with every byte outside RFC 3986 "unreserved"
 * percent-encoded (@keep: also these).  New string. */
char *cw_pct_encode(const char *s, const char *keep);
/* cw_file_iri/cw_iri_file: file:// IRI of a local path and back.  New. */
char *cw_file_iri(const char *path);
char *cw_iri_file(const char *iri);

/* ---- value.c: cell values by datatype --------------------------------- */

/* cw_value_parse: the lexical form of cell text @s for datatype @dt, in
 * *out (new string).  0, or 1 when @s does not fit (*out then a copy of
 * @s and *why says how) , -1 out of memory. */
int   cw_value_parse(const cw_datatype *dt, const char *s, char **out,
                     const char **why);
/* cw_datatype_numeric: @base is a number type (format may be an object). */
int   cw_datatype_numeric(const char *base);
/* cw_datatype_builtin: the IRI for a built-in datatype name, or NULL. */
const char *cw_datatype_builtin(const char *name);
/* cw_datatype_check: the constraints of @dt make sense for its base;
 * NULL, or what is wrong. */
const char *cw_datatype_check(const cw_datatype *dt);
void  cw_datatype_clear(cw_datatype *dt);

/* ---- emit.c: rows to triples ------------------------------------------ */

typedef struct cw_emit {
  jc_load        *ld;        /* borrowed */
  cw_group       *g;         /* borrowed */
  int             standard;  /* 1: CSVW standard mode (rows, tables) */
  const char     *lang;      /* jiceng: --option lang, for text cells */
  unsigned long   bnodes;    /* blank nodes made so far */
  char            group[32]; /* the group's blank node, once made */
  char            table[32]; /* the current table's, in standard mode */
  unsigned long long *seen;  /* owned: hashes of this row's triples */
  size_t          nseen, capseen;
  unsigned long long *table_seen; /* owned: hash set, IRI subjects */
  size_t          ntable, captable;
  jc_status       err;
} cw_emit;

/* cw_emit_table: start table @t (standard mode: the group and table
 * nodes with their common properties and notes). */
jc_status cw_emit_table(cw_emit *e, const cw_table *t);
/* cw_emit_row: the triples of one row.  @cells (@ncells of them, after
 * skipColumns) are only read; @pos gives each cell's line and column for
 * warnings (may be NULL). */
jc_status cw_emit_row(cw_emit *e, const cw_table *t, char *const *cells,
                      size_t ncells, long row, long source_row,
                      const long (*pos)[2]);
/* cw_emit_comment: a comment line of the file (standard mode keeps it). */
jc_status cw_emit_comment(cw_emit *e, const char *text);
void      cw_emit_clear(cw_emit *e);
/* cw_emit_triple: one triple, unless this row already gave it. */
jc_status cw_emit_triple(cw_emit *e, const jc_term *s, const char *p,
                         const jc_term *o);
jc_status cw_emit_nomem(cw_emit *e);

#endif /* JICENG_CSVW_H */
