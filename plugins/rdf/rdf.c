/* plugins/rdf/rdf.c: the RDF loader.  Turtle, N-Triples, N-Quads (keeping
 * their graphs), TriG, RDF/XML, RDFa in HTML and RDF/JSON, all parsed by
 * Raptor.  The bytes are checked as UTF-8 on the way in, so a GBK or binary
 * file is refused with its position before Raptor sees it. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <raptor2.h>
#include "jiceng-plugin.h"

typedef struct rdf_state {
  jc_load      *ld;
  raptor_parser *parser;
  jc_status     err;
  const char   *path;  /* borrowed: the file, to find an error's column */
} rdf_state;

typedef struct rdf_syntax {
  const char *suffix;
  const char *parser;
} rdf_syntax;

static const rdf_syntax rdf_syntaxes[] = {
  { ".ttl", "turtle" },      { ".turtle", "turtle" }, { ".n3", "turtle" },
  { ".nt", "ntriples" },     { ".ntriples", "ntriples" },
  { ".nq", "nquads" },       { ".nquads", "nquads" },
  { ".trig", "trig" },
  { ".rdf", "rdfxml" },      { ".owl", "rdfxml" },    { ".rdfxml", "rdfxml" },
  { ".html", "rdfa" },       { ".xhtml", "rdfa" },    { ".htm", "rdfa" },
  { ".rj", "json" },         { ".json", "json" },
  { NULL, NULL }
};

/* .html and .htm belong to the html loader (news pages), which far
 * outnumber RDFa pages; `--as rdf` still reads them as RDFa (above). */
static const char *const rdf_suffixes[] = {
  ".ttl", ".turtle", ".n3", ".nt", ".ntriples", ".nq", ".nquads", ".trig",
  ".rdf", ".owl", ".rdfxml", ".xhtml", ".rj", ".json", NULL
};

static const char *const rdf_media_types[] = {
  "text/turtle", "application/n-triples", "application/n-quads",
  "application/trig", "application/rdf+xml", "application/xhtml+xml",
  "application/rdf+json", NULL
};

static const char *
rdf_parser_for(const char *path)
{
  size_t i, plen = strlen(path);

  for(i = 0; rdf_syntaxes[i].suffix; i++) {
    size_t slen = strlen(rdf_syntaxes[i].suffix);
    if(plen >= slen && !strcasecmp(path + plen - slen, rdf_syntaxes[i].suffix))
      return rdf_syntaxes[i].parser;
  }
  return "turtle";  /* --as rdf on an unknown suffix: the common case */
}

static void
rdf_term(const raptor_term *t, jc_term *out)
{
  memset(out, 0, sizeof *out);
  switch(t->type) {
  case RAPTOR_TERM_TYPE_URI:
    out->kind = JC_TERM_IRI;
    out->value = (const char *)raptor_uri_as_string(t->value.uri);
    break;
  case RAPTOR_TERM_TYPE_BLANK:
    out->kind = JC_TERM_BLANK;
    out->value = (const char *)t->value.blank.string;
    break;
  case RAPTOR_TERM_TYPE_LITERAL:
    out->kind = JC_TERM_LITERAL;
    out->value = (const char *)t->value.literal.string;
    out->lang = (const char *)t->value.literal.language;
    out->datatype = t->value.literal.datatype ?
      (const char *)raptor_uri_as_string(t->value.literal.datatype) : NULL;
    break;
  case RAPTOR_TERM_TYPE_UNKNOWN:
  default:
    out->kind = JC_TERM_IRI;
    out->value = "";
    break;
  }
}

static void
rdf_on_statement(void *user_data, raptor_statement *st)
{
  rdf_state *rs = user_data;
  jc_term s, p, o, g;

  if(rs->err != JC_OK)
    return;
  rdf_term(st->subject, &s);
  rdf_term(st->predicate, &p);
  rdf_term(st->object, &o);
  if(st->graph)
    rdf_term(st->graph, &g);
  rs->err = jc_load_quad(rs->ld, &s, &p, &o, st->graph ? &g : NULL);
  if(rs->err != JC_OK)
    raptor_parser_parse_abort(rs->parser);
}

/* Raptor reports errors through the world's log handler; keep the first
 * with its position.  Warnings pass through as warnings. */
/* Raptor's Turtle lexer names the line of an error and the character it
 * stopped at ("syntax error at '\"'") but not the column: find that
 * character on the line.  0 when it cannot be told. */
static long
rdf_guess_column(const char *path, long line, const char *msg)
{
  const char *at = msg ? strstr(msg, " at '") : NULL;
  char buf[8192], want[8];
  size_t wlen;
  long n = 0, col;
  FILE *f;
  char *hit, *p;

  if(!at || line <= 0 || !path)
    return 0;
  at += 5;
  wlen = strcspn(at, "'");
  if(!wlen || wlen >= sizeof want || at[wlen] != '\'')
    return 0;
  memcpy(want, at, wlen);
  want[wlen] = '\0';
  if(!(f = fopen(path, "rb")))
    return 0;
  while(fgets(buf, sizeof buf, f) && ++n < line)
    ;
  fclose(f);
  if(n != line || !(hit = strstr(buf, want)))
    return 0;
  for(col = 1, p = buf; p < hit; p++)  /* columns count characters */
    if(((unsigned char)*p & 0xC0) != 0x80)
      col++;
  return col;
}

static void
rdf_on_log(void *user_data, raptor_log_message *m)
{
  rdf_state *rs = user_data;
  long line = m->locator ? m->locator->line : 0;
  long col = m->locator ? m->locator->column : 0;

  if(line < 0)
    line = 0;
  if(col < 0)
    col = 0;
  if(m->level >= RAPTOR_LOG_LEVEL_ERROR) {
    if(!col)
      col = rdf_guess_column(rs->path, line, m->text);
    if(rs->err == JC_OK)
      rs->err = jc_load_error(rs->ld, JC_ERR_SYNTAX, line, col, "%s",
                              m->text);
    if(rs->parser)
      raptor_parser_parse_abort(rs->parser);
  } else if(m->level >= RAPTOR_LOG_LEVEL_WARN) {
    jc_load_warning(rs->ld, line, col, "%s", m->text);
  }
}

/* Check @len bytes as UTF-8, carrying a cut-off sequence in @carry between
 * chunks; track the line and column for the message. */
typedef struct rdf_utf8 {
  unsigned long long offset;  /* bytes checked so far */
  long line, col;
  int  need;                  /* continuation bytes still expected */
  unsigned min;               /* smallest code point for this sequence */
  unsigned cp;
  unsigned long long lead_offset;  /* where the current sequence began */
  long lead_col;
  unsigned lead;
} rdf_utf8;

static jc_status
rdf_check_utf8(jc_load *ld, rdf_utf8 *u, const unsigned char *b, size_t len)
{
  size_t i;

  for(i = 0; i < len; i++, u->offset++) {
    unsigned c = b[i];
    if(u->need) {
      if((c & 0xC0) != 0x80)
        goto bad;
      u->cp = (u->cp << 6) | (c & 0x3F);
      if(--u->need == 0 && (u->cp < u->min || u->cp > 0x10FFFF ||
                            (u->cp >= 0xD800 && u->cp <= 0xDFFF)))
        goto bad;
      continue;
    }
    u->lead_offset = u->offset;
    u->lead = c;
    if(c == 0)
      return jc_load_error(ld, JC_ERR_ENCODING, u->line, u->col,
                           "binary data, not RDF text (NUL byte at offset "
                           "%llu)", u->offset);
    if(c == '\n') {
      u->line++;
      u->col = 1;
      continue;
    }
    u->lead_col = u->col++;
    if(c < 0x80)
      continue;
    if(c >= 0xC2 && c <= 0xDF) {
      u->need = 1; u->cp = c & 0x1F; u->min = 0x80;
    } else if(c >= 0xE0 && c <= 0xEF) {
      u->need = 2; u->cp = c & 0x0F; u->min = 0x800;
    } else if(c >= 0xF0 && c <= 0xF4) {
      u->need = 3; u->cp = c & 0x07; u->min = 0x10000;
    } else
      goto bad;
  }
  return JC_OK;
bad:
  /* Name the byte that started the bad sequence: for GBK text that is the
   * first byte of the first Chinese character. */
  return jc_load_error(ld, JC_ERR_ENCODING, u->line, u->lead_col,
                       "invalid UTF-8 (byte 0x%02X at offset %llu); convert "
                       "the file to UTF-8 (e.g. iconv -f GB18030 -t UTF-8)",
                       u->lead, u->lead_offset);
}

static jc_status
rdf_load(jc_load *ld, const char *path)
{
  raptor_world *w = raptor_new_world();
  rdf_state rs = { ld, NULL, JC_OK, path };
  rdf_utf8 u = { 0, 1, 1, 0, 0, 0, 0, 0, 0 };
  raptor_uri *base = NULL;
  unsigned char buf[1 << 16];
  FILE *f = NULL;
  size_t n;

  if(!w || raptor_world_open(w)) {
    rs.err = jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "cannot start Raptor");
    goto done;
  }
  raptor_world_set_log_handler(w, &rs, rdf_on_log);
  f = fopen(path, "rb");
  if(!f) {
    rs.err = jc_load_error(ld, JC_ERR_IO, 0, 0, "%s", strerror(errno));
    goto done;
  }
  rs.parser = raptor_new_parser(w, rdf_parser_for(path));
  base = raptor_new_uri(w, (const unsigned char *)jc_load_graph_iri(ld));
  if(!rs.parser || !base) {
    rs.err = jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "cannot start Raptor");
    goto done;
  }
  raptor_parser_set_statement_handler(rs.parser, &rs, rdf_on_statement);
  if(raptor_parser_parse_start(rs.parser, base)) {
    if(rs.err == JC_OK)
      rs.err = jc_load_error(ld, JC_ERR_SYNTAX, 0, 0, "cannot start parsing");
    goto done;
  }
  while(rs.err == JC_OK && (n = fread(buf, 1, sizeof buf, f)) > 0) {
    rs.err = rdf_check_utf8(ld, &u, buf, n);
    if(rs.err == JC_OK)
      rs.err = jc_load_progress(ld, u.offset, 0);
    if(rs.err == JC_OK &&
       raptor_parser_parse_chunk(rs.parser, buf, n, 0) && rs.err == JC_OK)
      rs.err = jc_load_error(ld, JC_ERR_SYNTAX, u.line, 0, "parse failed");
  }
  if(rs.err == JC_OK && ferror(f))
    rs.err = jc_load_error(ld, JC_ERR_IO, 0, 0, "%s", strerror(errno));
  if(rs.err == JC_OK && u.need)
    rs.err = jc_load_error(ld, JC_ERR_ENCODING, u.line, u.col,
                           "invalid UTF-8 (file ends inside a character)");
  if(rs.err == JC_OK && u.offset == 0)
    rs.err = jc_load_error(ld, JC_ERR_SYNTAX, 0, 0, "empty file");
  if(rs.err == JC_OK &&
     raptor_parser_parse_chunk(rs.parser, NULL, 0, 1) && rs.err == JC_OK)
    rs.err = jc_load_error(ld, JC_ERR_SYNTAX, u.line, 0, "parse failed");
done:
  if(f)
    fclose(f);
  if(rs.parser)
    raptor_free_parser(rs.parser);
  if(base)
    raptor_free_uri(base);
  if(w)
    raptor_free_world(w);
  return rs.err;
}

static const jc_loader rdf_loader = {
  .abi = JC_PLUGIN_ABI,
  .name = "rdf",
  .version = "1.0",
  .description = "RDF files through Raptor: Turtle, N-Triples, N-Quads, "
                 "TriG, RDF/XML, RDFa, RDF/JSON",
  .suffixes = rdf_suffixes,
  .media_types = rdf_media_types,
  .load = rdf_load,
};

const jc_loader *
jc_plugin_entry(unsigned host_abi)
{
  return host_abi >= JC_PLUGIN_ABI ? &rdf_loader : NULL;
}
