/* plugins/csv/meta.h: shared by meta.c and metaprop.c, the readers of
 * CSVW metadata.  Never installed. */
#ifndef JICENG_CSV_META_H
#define JICENG_CSV_META_H

#include "csvw.h"

/* Where in the document we are, for messages: "tables[0].tableSchema". */
typedef struct mp {
  cw_group *g;
  char      path[256];
} mp;

/* The inherited properties in force (CSVW 5.7), borrowed from the JSON. */
typedef struct inh {
  const char  *about, *property, *value, *lang, *separator, *dflt;
  json_object *datatype, *nulls;
  int          ordered, required, sep_null;
} inh;

/* mp_push: append ".key" (or "[index]" when @key is NULL) to the path;
 * returns the old length, to cut the path back with m->path[n] = 0. */
size_t       mp_push(mp *m, const char *key, long index);
/* mp_fail: an error at the path (plus ".key"); sets g->err, returns -1. */
int          mp_fail(mp *m, const char *key, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));
/* mp_warn: a warning that the property at path.key is ignored. */
void         mp_warn(mp *m, const char *key, const char *what);
const char  *jstr(json_object *o, const char *key);
json_object *jget(json_object *o, const char *key);
/* mp_node: @id (a URL, resolved into *id when @id is not NULL) and @type
 * (must be @type) of any metadata object. */
int          mp_node(mp *m, json_object *o, const char *type, char **id);
int          lang_ok(const char *s);
int          mp_nulls(mp *m, json_object *v, cw_col *c);
/* mp_datatype: @v (a name, an object or NULL) into @dt. */
int          mp_datatype(mp *m, json_object *v, cw_datatype *dt);
int          mp_dialect(mp *m, json_object *d, cw_dialect *dl);

#endif /* JICENG_CSV_META_H */
