/* plugins/csv/csv.c: the CSV loader's entry point and its plan for one
 * load.  Any CSV or TSV loads: described by CSVW metadata when there is
 * some (`--option metadata=FILE`, FILE.csv-metadata.json or
 * csv-metadata.json beside the table, or a metadata file loaded itself),
 * by a .map file (the shorthand, header.c translates it), or else by its
 * header row in CSVW minimal mode with jiceng's prefixed-name headers.
 * Reading the file is read.c's job, metadata meta.c's, triples emit.c's
 * and row.c's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "header.h"
#include "read.h"

static const char *const csv_suffixes[] = {
  ".csv", ".tsv", ".csv-metadata.json", NULL
};
static const char *const csv_media_types[] = {
  "text/csv", "text/tab-separated-values", "application/csvm+json", NULL
};

/* One table being read. */
typedef struct csv_run {
  jc_load    *ld;       /* borrowed */
  cw_emit    *e;        /* borrowed */
  cw_table   *t;        /* borrowed */
  const csv_map *map;   /* borrowed: .map or the standard prefixes; NULL
                           for a table the metadata describes */
  long        records;  /* records of the file so far */
  long        row;      /* data rows so far */
  int         skip_left, headers_left;
} csv_run;

static int
csv_all_empty(char *const *cells, size_t n)
{
  size_t i;

  for(i = 0; i < n; i++)
    if(*cells[i])
      return 0;
  return 1;
}

/* A comment line (CSVW commentPrefix, "#"): kept in standard mode. */
static jc_status
csv_comment(csv_run *r, char *const *cells, size_t n, size_t skip)
{
  size_t i, len = 1;
  char *text, *p;
  jc_status st;

  for(i = 0; i < n; i++)
    len += strlen(cells[i]) + 1;
  if(!(text = p = malloc(len)))
    return jc_load_error(r->ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  for(i = 0; i < n; i++)
    p += sprintf(p, "%s%s", i ? (char[]){ (char)r->t->dialect.delim, 0 } :
                 "", cells[i]);
  p = text + skip;
  while(*p == ' ' || *p == '\t')
    p++;
  st = cw_emit_comment(r->e, p);
  free(text);
  return st;
}

/* Columns named _col.N for the cells past those the table describes
 * (all of them for a table with neither header nor schema); they go
 * before any virtual columns. */
static jc_status
csv_extra(csv_run *r, size_t n)
{
  cw_table *t = r->t;
  size_t i, nvirt = t->ncols - t->nreal, add = n - t->nreal;
  cw_col *g = realloc(t->cols, (t->ncols + add + 1) * sizeof *g);

  if(!g)
    return jc_load_error(r->ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  t->cols = g;
  memmove(g + n, g + t->nreal, nvirt * sizeof *g);
  memset(g + t->nreal, 0, add * sizeof *g);
  for(i = t->nreal; i < n; i++) {
    cw_col *c = &t->cols[i];
    c->dt.length = c->dt.min_length = c->dt.max_length = -1;
    if(!(c->name = malloc(32)))
      return jc_load_error(r->ld, JC_ERR_NOMEM, 0, 0, "out of memory");
    snprintf(c->name, 32, "_col.%zu", i + 1);
    t->ncols++;
    t->nreal++;
  }
  return JC_OK;
}

static jc_status
csv_header(csv_run *r, char **cells, const long (*pos)[2], size_t n)
{
  if(!r->t->from_metadata)
    return hdr_columns(r->ld, r->map, r->t, cells, pos, n);
  if(r->t->ncols) {
    hdr_compare(r->ld, r->t, cells, pos, n);
    return n > r->t->nreal ? csv_extra(r, n) : JC_OK;
  }
  /* Metadata without (valid) columns: the header row is skipped and the
   * columns are _col.1, _col.2 ..., as the CSVW tests have it. */
  return csv_extra(r, n);
}

static jc_status
csv_on_record(void *data, char **cells, size_t n, const long (*pos)[2],
              int quoted0)
{
  csv_run *r = data;
  const cw_dialect *d = &r->t->dialect;
  size_t skip = (size_t)d->skip_columns;

  r->records++;
  if(d->comment && *d->comment && !quoted0 &&
     !strncmp(cells[0], d->comment, strlen(d->comment)))
    return csv_comment(r, cells, n, strlen(d->comment));
  if(r->skip_left) {
    r->skip_left--;
    return csv_comment(r, cells, n, 0);
  }
  if(skip) {
    skip = skip < n ? skip : n;
    cells += skip;
    pos += skip;
    n -= skip;
  }
  if(r->headers_left) {
    r->headers_left--;
    if(r->headers_left + 1 == d->header_rows)
      return csv_header(r, cells, pos, n);
    return JC_OK;
  }
  if(r->t->nreal < n && (!r->t->ncols || !d->header_rows) &&
     csv_extra(r, n) != JC_OK)
    return JC_ERR_NOMEM;
  if(d->skip_blank && csv_all_empty(cells, n))
    return JC_OK;
  if(!r->t->from_metadata && n != r->t->nreal) {
    size_t at = n > r->t->nreal ? r->t->nreal : n - 1;
    return jc_load_error(r->ld, JC_ERR_SYNTAX, pos[at][0], pos[at][1],
                         "row has %zu field%s, the header has %zu", n,
                         n == 1 ? "" : "s", r->t->nreal);
  }
  r->row++;
  return cw_emit_row(r->e, r->t, cells, n, r->row, r->records, pos);
}

static jc_status
csv_table(jc_load *ld, cw_emit *e, cw_table *t, const csv_map *map)
{
  csv_run r;
  jc_status st;

  memset(&r, 0, sizeof r);
  r.ld = ld;
  r.e = e;
  r.t = t;
  r.map = map;
  r.skip_left = t->dialect.skip_rows;
  r.headers_left = t->dialect.header_rows;
  if(!t->path)
    return jc_load_error(ld, JC_ERR_IO, 0, 0, "%s: not a local file (this "
                         "loader reads no network)", t->url);
  if(t->suppress)
    return JC_OK;  /* suppressOutput: the table only serves the others */
  if((st = cw_emit_table(e, t)) != JC_OK)
    return st;
  st = cw_read(ld, t->path, &t->dialect, csv_on_record, &r);
  /* the same error as every loader's (an empty table that metadata
   * describes is a table without rows) */
  if(st == JC_OK && !t->ncols && r.records == 0 && !t->from_metadata)
    st = jc_load_error(ld, JC_ERR_SYNTAX, 1, 1, "empty file");
  return st;
}

/* ---- where the metadata is --------------------------------------------- */

static int
csv_ends(const char *s, const char *suffix)
{
  size_t n = strlen(s), k = strlen(suffix);

  return n >= k && !strcasecmp(s + n - k, suffix);
}

/* Try metadata file @file (IRI @iri); 1 when it describes @url (or
 * @any), 0 when it does not or is not there, -1 on an error in it. */
static int
csv_try_meta(jc_load *ld, cw_group *g, const char *file, const char *iri,
             const char *url, int any)
{
  if(access(file, F_OK))
    return 0;
  if(cw_meta_read(g, file, iri))
    return jc_load_error(ld, JC_ERR_SYNTAX, 0, 0, "%s", g->err), -1;
  if(any || cw_meta_describes(g, url) >= 0)
    return 1;
  jc_load_warning(ld, 0, 0, "%s does not describe this table; not used",
                  file);
  cw_group_clear(g);
  return 0;
}

/* The offline locations of CSVW section 5: the user's file, then
 * {+url}-metadata.json, then csv-metadata.json in the same directory. */
static int
csv_find_meta(jc_load *ld, const char *path, cw_group *g)
{
  const char *user = jc_load_option(ld, "metadata");
  const char *url = jc_load_graph_iri(ld);
  const char *slash = strrchr(path, '/');
  char *file = malloc(strlen(path) + 32), *iri = NULL;
  int rc = 0;

  if(!file)
    return jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory"), -1;
  if(user) {
    if(access(user, F_OK)) {
      free(file);
      return jc_load_error(ld, JC_ERR_IO, 0, 0, "%s: no such metadata file",
                           user), -1;
    }
    iri = cw_file_iri(user);
    rc = iri ? csv_try_meta(ld, g, user, iri, url, 1) : -1;
  }
  if(rc == 0) {
    sprintf(file, "%s-metadata.json", path);
    free(iri);
    iri = cw_iri_resolve(url, strrchr(file, '/') ? strrchr(file, '/') + 1 :
                         file);
    rc = iri ? csv_try_meta(ld, g, file, iri, url, 0) : -1;
  }
  if(rc == 0) {
    sprintf(file, "%.*scsv-metadata.json", slash ? (int)(slash - path + 1) :
            0, path);
    free(iri);
    iri = cw_iri_resolve(url, "csv-metadata.json");
    rc = iri ? csv_try_meta(ld, g, file, iri, url, 0) : -1;
  }
  free(iri);
  free(file);
  return rc;
}

/* ---- a table with no metadata --------------------------------------- */

static jc_status
csv_plain(jc_load *ld, const char *path, cw_emit *e, cw_group *g)
{
  const char *mapping = jc_load_option(ld, "mapping");
  const char *delim = jc_load_option(ld, "delimiter");
  char *sidecar = malloc(strlen(path) + 5);
  csv_map map;
  cw_table *t;
  jc_status st = JC_OK;

  if(!sidecar || csv_map_init(&map) ||
     !(g->tables = t = calloc(1, sizeof *t))) {
    free(sidecar);
    return jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  }
  g->ntables = 1;
  if(!mapping) {
    sprintf(sidecar, "%s.map", path);
    if(!access(sidecar, F_OK))
      mapping = sidecar;
  }
  if(mapping && csv_map_read(&map, mapping))
    st = jc_load_error(ld, map.file ? JC_ERR_SYNTAX : JC_ERR_IO, 0, 0, "%s",
                       map.err);
  cw_dialect_default(&t->dialect);
  t->url = strdup(jc_load_graph_iri(ld));
  t->path = strdup(path);
  if(!t->url || !t->path)
    st = jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  if(map.delim)
    t->dialect.delim = map.delim;
  else if(csv_ends(path, ".tsv"))
    t->dialect.delim = '\t';
  if(delim && !strcmp(delim, "tab"))
    t->dialect.delim = '\t';
  else if(delim && strlen(delim) == 1)
    t->dialect.delim = (unsigned char)*delim;
  if(st == JC_OK)
    st = csv_table(ld, e, t, &map);
  csv_map_clear(&map);
  free(sidecar);
  return st;
}

static jc_status
csv_load(jc_load *ld, const char *path)
{
  const char *mode = jc_load_option(ld, "mode");
  cw_group g;
  cw_emit e;
  jc_status st = JC_OK;
  size_t i;
  int found;

  memset(&g, 0, sizeof g);
  memset(&e, 0, sizeof e);
  e.ld = ld;
  e.g = &g;
  e.lang = jc_load_option(ld, "lang");
  e.standard = mode && !strcmp(mode, "standard");
  if(mode && !e.standard && strcmp(mode, "minimal"))
    return jc_load_error(ld, JC_ERR_USAGE, 0, 0, "--option mode=%s: use "
                         "minimal or standard", mode);
  if(csv_ends(path, ".json")) {
    found = 1;
    if(cw_meta_read(&g, path, jc_load_graph_iri(ld))) {
      /* The host names the file: give it only the position. */
      const char *msg = g.err;
      if(g.err_line && (msg = strstr(g.err, ": not JSON")))
        msg += 2;
      found = -1;
      jc_load_error(ld, JC_ERR_SYNTAX, g.err_line, g.err_col, "%s",
                    msg ? msg : g.err);
    }
  } else
    found = csv_find_meta(ld, path, &g);
  for(i = 0; found > 0 && i < g.nwarnings; i++)
    jc_load_warning(ld, 0, 0, "%s", g.warnings[i]);
  if(found < 0)
    st = JC_ERR_SYNTAX;
  else if(found == 0)
    st = csv_plain(ld, path, &e, &g);
  for(i = 0; found > 0 && i < g.ntables && st == JC_OK; i++)
    st = csv_table(ld, &e, &g.tables[i], NULL);
  if(st == JC_OK)
    st = e.err;
  cw_emit_clear(&e);
  cw_group_clear(&g);
  return st;
}

static const jc_loader csv_loader = {
  .abi = JC_PLUGIN_ABI, .name = "csv", .version = "2.0",
  .description = "CSV/TSV tables: CSVW metadata, a .map file, or the "
                 "header row (CSVW minimal mode)",
  .suffixes = csv_suffixes, .media_types = csv_media_types,
  .load = csv_load,
};

JC_PLUGIN_EXPORT const jc_loader *
jc_plugin_entry(unsigned host_abi)
{
  return host_abi >= JC_PLUGIN_ABI ? &csv_loader : NULL;
}
