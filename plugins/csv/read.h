/* plugins/csv/read.h: read.c, the csv loader's file reader.  Never
 * installed. */
#ifndef JICENG_CSV_READ_H
#define JICENG_CSV_READ_H

#include "csvw.h"

/* Called once per record: @cells (@n, only read) start at @pos (line,
 * column in characters); @quoted0: the first cell was quoted.  Return
 * JC_OK to go on. */
typedef jc_status (*cw_record_fn)(void *data, char **cells, size_t n,
                                  const long (*pos)[2], int quoted0);

/* cw_read: split @path by the delimiter and quote of @d (and its
 * encoding; UTF-8, or GB18030 found by itself), reporting progress. */
jc_status cw_read(jc_load *ld, const char *path, const cw_dialect *d,
                  cw_record_fn fn, void *data);

#endif /* JICENG_CSV_READ_H */
