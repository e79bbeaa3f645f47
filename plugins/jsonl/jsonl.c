/* plugins/jsonl/jsonl.c: the jsonl loader.  Reads an article corpus, one
 * JSON object per line ({"title", "date", "url", "source", "text", "id"}),
 * parses each line with json-c and hands the article to the news extractor
 * (extract/extract.h), which emits its organizations, programs and
 * people and puts the metadata on its schema:NewsArticle node.  What the
 * text means is the extractor's business; this file owns lines, JSON, bad
 * lines (reported with their number, then abort or skip) and IRIs. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L  /* getline, strndup */
#endif
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <json-c/json.h>

#include "jiceng-plugin.h"
#include "extract.h"

#define JSONL_SCHEMA "http://schema.org/"
#define JSONL_RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define JSONL_SKIPPED_LISTED 10  /* line numbers named in the summary */

typedef struct jsonl_reader {
  jc_load *ld;
  nz_extractor *x;       /* owned */
  json_tokener *tok;     /* owned; reset for every line */
  const char *graph;     /* borrowed: jc_load_graph_iri() */
  char *stem;            /* owned: file name without its extension */
  char *corpus;          /* owned: IRI of the file's node */
  int skip;              /* on-error=skip */
  int corpus_done;       /* the file's node is emitted */
  long lineno;
  unsigned long long offset;  /* of the current line in the file */
  unsigned long articles, bad;
  long listed[JSONL_SKIPPED_LISTED];
} jsonl_reader;

/* A bad line: an error that ends the load, or with on-error=skip a warning
 * and the next line.  Returns JC_OK to go on. */
static jc_status
jsonl_bad(jsonl_reader *r, jc_status st, long col, const char *msg)
{
  if(!r->skip)
    return jc_load_error(r->ld, st, r->lineno, col, "%s; --option "
                         "on-error=skip loads the other lines", msg);
  jc_load_warning(r->ld, r->lineno, col, "%s; line skipped", msg);
  if(r->bad < JSONL_SKIPPED_LISTED)
    r->listed[r->bad] = r->lineno;
  r->bad++;
  return JC_OK;
}

/* 1-based column, in characters, of byte @at of @s. */
static long
jsonl_col(const char *s, size_t at)
{
  long col = 1;
  size_t i;

  for(i = 0; i < at; i++)
    if(((unsigned char)s[i] & 0xC0) != 0x80)
      col++;
  return col;
}

/* A member's string value, NULL when absent or JSON null; *bad is set when
 * it is there but of no use (not a string, or NUL / invalid UTF-8 after
 * unescaping). */
static const char *
jsonl_member(json_object *o, const char *key, const char **bad)
{
  json_object *v;
  const char *s;
  size_t n;

  *bad = NULL;
  if(!json_object_object_get_ex(o, key, &v) || !v)
    return NULL;
  if(json_object_is_type(v, json_type_int) && !strcmp(key, "id"))
    return json_object_get_string(v);   /* numeric ids are common */
  if(!json_object_is_type(v, json_type_string)) {
    *bad = "is not a string";
    return NULL;
  }
  s = json_object_get_string(v);
  n = (size_t)json_object_get_string_len(v);
  if(nz_extract_utf8_check(s, n) != n) {
    *bad = "holds a NUL character or invalid UTF-8";
    return NULL;
  }
  return s;
}

/* The file's own node, which every article schema:isPartOf. */
static jc_status
jsonl_corpus(jsonl_reader *r)
{
  jc_term s = { JC_TERM_IRI, r->corpus, NULL, NULL };
  jc_term p = { JC_TERM_IRI, JSONL_RDF_TYPE, NULL, NULL };
  jc_term o = { JC_TERM_IRI, JSONL_SCHEMA "Collection", NULL, NULL };
  jc_status rc;

  r->corpus_done = 1;
  if((rc = jc_load_triple(r->ld, &s, &p, &o)))
    return rc;
  p.value = JSONL_SCHEMA "identifier";
  o.kind = JC_TERM_LITERAL;
  o.value = r->stem;
  return jc_load_triple(r->ld, &s, &p, &o);
}

static jc_status
jsonl_article(jsonl_reader *r, json_object *o)
{
  static const char *const keys[] = { "id", "title", "date", "url",
                                      "source" };
  const char *val[5], *why, *text;
  char *scope = NULL;
  nz_article_meta m;
  char msg[160];
  size_t i, n;
  jc_status rc = JC_OK;

  text = jsonl_member(o, "text", &why);
  if(!text) {
    if(!why)
      return jsonl_bad(r, JC_ERR_SYNTAX, 0, "no \"text\" member");
    snprintf(msg, sizeof msg, "\"text\" %s", why);
    return jsonl_bad(r, JC_ERR_SYNTAX, 0, msg);
  }
  n = strspn(text, " \t\r\n");
  if(!text[n])
    return jsonl_bad(r, JC_ERR_SYNTAX, 0, "\"text\" is empty");
  for(i = 0; i < sizeof keys / sizeof *keys; i++) {
    val[i] = jsonl_member(o, keys[i], &why);
    if(why)
      jc_load_warning(r->ld, r->lineno, 0, "\"%s\" %s; ignored", keys[i],
                      why);
  }
  if(!r->corpus_done && (rc = jsonl_corpus(r)))
    return rc;
  /* Names follow the line, the one thing every corpus has; the JSON id,
   * when there is one, is the schema:identifier. */
  scope = malloc(strlen(r->stem) + 40);
  if(!scope) {
    rc = jc_load_error(r->ld, JC_ERR_NOMEM, 0, 0, "out of memory");
    goto out;
  }
  sprintf(scope, "%s-L%ld", r->stem, r->lineno);
  memset(&m, 0, sizeof m);
  m.scope = scope;
  m.identifier = val[0] && *val[0] ? val[0] : scope;
  m.headline = val[1];
  m.date = val[2];
  m.url = val[3];
  m.publisher = val[4];
  m.part_of = r->corpus;
  m.line = r->lineno;
  rc = nz_extract_article(r->x, text, strlen(text), &m);
  if(rc == JC_OK)
    r->articles++;
out:
  free(scope);
  return rc;
}

static jc_status
jsonl_line(jsonl_reader *r, char *line, size_t len)
{
  enum json_tokener_error err;
  json_object *o;
  size_t bad;
  jc_status rc;
  char msg[200];

  while(len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
    line[--len] = '\0';
  if(r->lineno == 1 && len >= 3 && !memcmp(line, "\xEF\xBB\xBF", 3)) {
    line += 3;               /* byte order mark */
    len -= 3;
    r->offset += 3;
  }
  if(strspn(line, " \t") == len && !memchr(line, '\0', len))
    return JC_OK;            /* blank lines hold no article */
  bad = nz_extract_utf8_check(line, len);
  if(bad < len) {
    snprintf(msg, sizeof msg, line[bad] ? "invalid UTF-8 at byte offset "
             "%llu; convert the file to UTF-8 (e.g. iconv -f GB18030 -t "
             "UTF-8)" : "NUL byte at byte offset %llu", r->offset + bad);
    return jsonl_bad(r, JC_ERR_ENCODING, jsonl_col(line, bad), msg);
  }
  json_tokener_reset(r->tok);
  o = json_tokener_parse_ex(r->tok, line, (int)len);
  err = json_tokener_get_error(r->tok);
  if(!o) {
    size_t end = json_tokener_get_parse_end(r->tok);
    if(err == json_tokener_continue)
      return jsonl_bad(r, JC_ERR_SYNTAX, jsonl_col(line, len),
                       "unexpected end of line: an article is one JSON "
                       "object on one line");
    snprintf(msg, sizeof msg, "%s", json_tokener_error_desc(err));
    return jsonl_bad(r, JC_ERR_SYNTAX, jsonl_col(line, end), msg);
  }
  if(!json_object_is_type(o, json_type_object)) {
    json_object_put(o);
    return jsonl_bad(r, JC_ERR_SYNTAX, 1, "not a JSON object: each line is "
                     "one article {\"title\", \"date\", \"url\", "
                     "\"source\", \"text\"}");
  }
  rc = jsonl_article(r, o);
  json_object_put(o);
  return rc;
}

/* Binary files are refused as a whole, before any line: their "lines"
 * would all be bad and say nothing useful. */
static jc_status
jsonl_sniff(jsonl_reader *r, FILE *f)
{
  unsigned char buf[4096];
  size_t n = fread(buf, 1, sizeof buf, f), i, ctl = 0;
  long line, col;

  for(i = 0; i < n; i++) {
    if(!buf[i]) {
      jc_text_where((const char *)buf, i, &line, &col);
      return jc_load_error(r->ld, JC_ERR_ENCODING, line, col, "binary data, "
                           "not text (NUL byte at byte offset %zu)", i);
    }
    if(buf[i] < 0x20 && !strchr("\t\n\r\f", buf[i]))
      ctl++;
  }
  if(ctl * 100 > n)
    return jc_load_error(r->ld, JC_ERR_ENCODING, 1, 1, "binary data, not "
                         "text (control characters at byte offset 0)");
  if(fseek(f, 0, SEEK_SET) < 0)
    return jc_load_error(r->ld, JC_ERR_IO, 0, 0, "%s", strerror(errno));
  return JC_OK;
}

static jc_status
jsonl_read(jsonl_reader *r, FILE *f, unsigned long long total)
{
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  jc_status rc;
  int any = 0;

  if((rc = jsonl_sniff(r, f)))
    return rc;
  while((got = getline(&line, &cap, f)) >= 0) {
    r->lineno++;
    any |= strspn(line, " \t\r\n") < (size_t)got;
    if((rc = jsonl_line(r, line, (size_t)got)))
      goto out;
    r->offset += (unsigned long long)got;
    if((rc = jc_load_items(r->ld, r->articles, "articles")) ||
       (rc = jc_load_progress(r->ld, r->offset, total)))
      goto out;
  }
  if(ferror(f)) {
    rc = jc_load_error(r->ld, JC_ERR_IO, 0, 0, "%s", strerror(errno));
    goto out;
  }
  if(!any) {
    rc = jc_load_error(r->ld, JC_ERR_SYNTAX, 1, 1, "empty file");
    goto out;
  }
  if(r->bad) {
    char lines[JSONL_SKIPPED_LISTED * 24] = "";
    unsigned long i;
    for(i = 0; i < r->bad && i < JSONL_SKIPPED_LISTED; i++)
      snprintf(lines + strlen(lines), sizeof lines - strlen(lines),
               "%s%ld", i ? ", " : "", r->listed[i]);
    if(!r->articles)
      rc = jc_load_error(r->ld, JC_ERR_SYNTAX, 0, 0, "no article loaded: "
                         "all %lu lines are bad (%s%s)", r->bad,
                         lines, r->bad > JSONL_SKIPPED_LISTED ? ", ..." : "");
    else
      jc_load_warning(r->ld, 0, 0, "%lu bad line%s skipped (%s%s); %lu "
                      "article%s loaded", r->bad, r->bad == 1 ? "" : "s",
                      lines, r->bad > JSONL_SKIPPED_LISTED ? ", ..." : "",
                      r->articles, r->articles == 1 ? "" : "s");
  }
out:
  free(line);
  return rc;
}

static jc_status
jsonl_load(jc_load *ld, const char *path)
{
  jsonl_reader r;
  const char *base, *dot, *opt;
  struct stat sb;
  jc_status rc;
  FILE *f;

  memset(&r, 0, sizeof r);
  r.ld = ld;
  r.graph = jc_load_graph_iri(ld);
  opt = jc_load_option(ld, "on-error");
  if(opt && strcmp(opt, "abort") && strcmp(opt, "skip"))
    return jc_load_error(ld, JC_ERR_USAGE, 0, 0, "on-error must be abort "
                         "(the default) or skip, not \"%s\"", opt);
  r.skip = opt && !strcmp(opt, "skip");
  f = fopen(path, "rb");
  if(!f)
    return jc_load_error(ld, JC_ERR_IO, 0, 0, "%s", strerror(errno));
  base = strrchr(path, '/');
  base = base ? base + 1 : path;
  dot = strrchr(base, '.');
  r.stem = dot && dot != base ? strndup(base, (size_t)(dot - base)) :
           strdup(base);
  r.corpus = malloc(strlen(r.graph) + sizeof "#corpus");
  r.tok = json_tokener_new();
  if(!r.stem || !r.corpus || !r.tok) {
    rc = jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
    goto out;
  }
  sprintf(r.corpus, "%s#corpus", r.graph);
  /* Strict: a corpus is written by a program, and a lenient parse (single
   * quotes, trailing commas) would hide the bug that wrote it. */
  json_tokener_set_flags(r.tok, JSON_TOKENER_STRICT);
  if((rc = nz_extract_new(ld, &r.x)))
    goto out;
  rc = jsonl_read(&r, f, fstat(fileno(f), &sb) == 0 ?
                  (unsigned long long)sb.st_size : 0);
out:
  nz_extract_free(r.x);
  if(r.tok)
    json_tokener_free(r.tok);
  free(r.stem);
  free(r.corpus);
  fclose(f);
  return rc;
}

static const char *const jsonl_suffixes[] = { ".jsonl", ".ndjson", NULL };
static const char *const jsonl_media_types[] = {
  "application/jsonl", "application/x-ndjson", NULL
};

static const jc_loader jsonl_loader = {
  .abi = JC_PLUGIN_ABI,
  .name = "jsonl",
  .version = "0.1",
  .description = "Chinese news corpus, one JSON article per line: "
                 "organizations, programs, people",
  .suffixes = jsonl_suffixes,
  .media_types = jsonl_media_types,
  .load = jsonl_load,
};

const jc_loader *
jc_plugin_entry(unsigned host_abi)
{
  return host_abi >= JC_PLUGIN_ABI ? &jsonl_loader : NULL;
}
