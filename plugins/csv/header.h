/* plugins/csv/header.h: header.c, a table's columns from its header row.
 * Never installed. */
#ifndef JICENG_CSV_HEADER_H
#define JICENG_CSV_HEADER_H

#include "csvw.h"
#include "csvmap.h"

/* hdr_name: the CSVW column name of header cell @title.  New string. */
char     *hdr_name(const char *title);
/* hdr_columns: fill @t's columns from the header @cells (@n, at @pos):
 * by the .map @m when m->file is set, else by the header conventions and
 * CSVW minimal mode.  Reports errors through @ld. */
jc_status hdr_columns(jc_load *ld, const csv_map *m, cw_table *t,
                      char *const *cells, const long (*pos)[2], size_t n);
/* hdr_compare: warn where the header differs from the metadata's titles. */
void      hdr_compare(jc_load *ld, const cw_table *t, char *const *cells,
                      const long (*pos)[2], size_t n);

#endif /* JICENG_CSV_HEADER_H */
