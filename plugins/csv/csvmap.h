/* plugins/csv/csvmap.h: shared between the csv loader's two files, never
 * installed.  map.c reads mapping files and knows prefixes and IRI
 * templates; csv.c reads the table and emits one subject per row.
 *
 * libcsv claims csv_init, csv_parse, csv_free, csv_error, csv_fini,
 * csv_write*, csv_fwrite*, csv_get_* and csv_set_*: our own names keep
 * clear of those (csv_map_*, csv_load, csv_on_*, ...). */
#ifndef JICENG_CSVMAP_H
#define JICENG_CSVMAP_H

#include <stddef.h>
#include "jiceng-plugin.h"

/* One piece of an IRI template: literal text, then the value of a column
 * (col -1: none). */
typedef struct csv_part {
  char *text;  /* owned */
  int   col;   /* header index, or -1 */
} csv_part;

typedef struct csv_tmpl {
  csv_part *parts;  /* owned */
  size_t    n;
} csv_tmpl;

/* What a column turns into. */
typedef enum csv_kind {
  CSV_IGNORE = 0,   /* not mapped */
  CSV_LITERAL,      /* property with a literal (datatype or language) */
  CSV_REF,          /* property with an IRI built from a template */
  CSV_CELL_IRI,     /* property; the cell is <IRI>, a prefixed name or text */
  CSV_ID,           /* the row's subject (convention: @id) */
  CSV_TYPE          /* the row's class (convention: @type) */
} csv_kind;

typedef struct csv_col {
  char     *name;      /* owned: header cell */
  csv_kind  kind;
  char     *property;  /* owned: IRI */
  char     *datatype;  /* owned: IRI or NULL */
  char     *lang;      /* owned or NULL */
  char     *ref;       /* owned: CSV_REF template text, compiled below */
  csv_tmpl  tmpl;
  int       ruled;     /* a mapping file line names it */
} csv_col;

typedef struct csv_prefix {
  char *name;  /* owned */
  char *iri;   /* owned */
} csv_prefix;

/* A `column NAME = ...` line, matched to the header once it is read. */
typedef struct csv_rule {
  char *column;    /* owned */
  char *property;  /* owned; NULL for "-" (ignore) */
  char *datatype;  /* owned or NULL */
  char *lang;      /* owned or NULL */
  char *ref;       /* owned: template or NULL */
  long  line;      /* in the mapping file */
  int   used;
} csv_rule;

typedef struct csv_map {
  char       *file;        /* owned: mapping file, or NULL: convention */
  csv_prefix *prefixes;    /* owned; the standard ones first */
  size_t      nprefixes;
  char      **classes;     /* owned IRIs */
  size_t      nclasses;
  char       *subject;     /* owned: template text, or NULL */
  long        subject_line;
  csv_tmpl    subject_tmpl;
  csv_rule   *rules;       /* owned */
  size_t      nrules;
  int         delim;       /* 0: by suffix */
  char        err[512];    /* "FILE:LINE:COL: what" after a failure */
} csv_map;

/* csv_map_init: the standard prefixes, no rules.  0, or -1 out of memory. */
int   csv_map_init(csv_map *m);
/* csv_map_read: add what the mapping file @file says.  0, or -1 with
 * m->err set ("FILE:LINE:COL: what"). */
int   csv_map_read(csv_map *m, const char *file);
void  csv_map_clear(csv_map *m);
/* csv_map_expand: the IRI for "pfx:local" or "<iri>"; NULL when @s is
 * neither or its prefix is unknown.  New string. */
char *csv_map_expand(const csv_map *m, const char *s);
/* csv_map_compile: split @text at {column} into @t, looking names up in
 * @cols.  0, or -1 with the unknown name (new string) in *missing. */
int   csv_map_compile(const char *text, const csv_col *cols, size_t ncols,
                      csv_tmpl *t, char **missing);
void  csv_tmpl_clear(csv_tmpl *t);
/* csv_map_fill: @t with the cells of one row, values percent-encoded
 * where an IRI cannot hold them.  NULL when a cell it needs is empty (its
 * index in *empty_col) or out of memory (*empty_col -1).  New string. */
char *csv_map_fill(const csv_tmpl *t, char *const *cells, size_t ncells,
                   int *empty_col);

#endif /* JICENG_CSVMAP_H */
