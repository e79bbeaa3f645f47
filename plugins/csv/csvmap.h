/* plugins/csv/csvmap.h: map.c, the reader of .map files, for header.c.
 * Never installed.  libcsv claims csv_init, csv_parse, csv_free,
 * csv_error, csv_fini, csv_write*, csv_fwrite*, csv_get_* and csv_set_*:
 * our names keep clear of those (csv_map_*). */
#ifndef JICENG_CSVMAP_H
#define JICENG_CSVMAP_H

#include <stddef.h>
#include "jiceng-plugin.h"

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
/* csv_map_check: every {column} that @text names is in @names (the
 * header).  0, or -1 with the unknown name (new string) in *missing, or
 * NULL there when out of memory. */
int   csv_map_check(const char *text, char *const *names, size_t n,
                    char **missing);

#endif /* JICENG_CSVMAP_H */
