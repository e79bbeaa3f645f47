/* plugins/rdf/rdf.c: the RDF loader.  Turtle, N-Triples, N-Quads (keeping
 * their graphs), TriG, RDF/XML, RDFa in HTML and RDF/JSON, all parsed by
 * Raptor.  The bytes are checked as UTF-8 on the way in, so a GBK or binary
 * file is refused with its position before Raptor sees it. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <raptor2.h>
#include "jiceng-plugin.h"

/* Line formats (N-Triples, N-Quads) are fed to Raptor in whole lines:
 * its parser copies and rescans everything it holds on each chunk, so a
 * line cut across chunks costs time in its square.  @text holds the bytes
 * from the start of the line Raptor is holding, so the statement handler
 * can read a line as written. */
typedef struct rdf_lines {
  char   *text;      /* owned */
  size_t  len, cap;
  size_t  fed;       /* text[0..fed) went to Raptor */
  long    line;      /* Raptor's line number of text[0] */
  size_t  cur;       /* the start of line @cur_line in text */
  long    cur_line;
} rdf_lines;

typedef struct rdf_state {
  jc_load      *ld;
  raptor_parser *parser;
  jc_status     err;
  const char   *path;  /* borrowed: the file, to find an error's column */
  int           by_line;  /* N-Triples or N-Quads */
  rdf_lines     lines;
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

static int
rdf_is_eol(char c)
{
  return c == '\n' || c == '\r';
}

/* Move the cursor of @l to the start of line @line, counting line ends as
 * Raptor does (CR LF is one). */
static void
rdf_lines_seek(rdf_lines *l, long line)
{
  while(l->cur_line < line && l->cur < l->len) {
    char c = l->text[l->cur++];
    if(c == '\r' && l->cur < l->len && l->text[l->cur] == '\n')
      l->cur++;
    if(rdf_is_eol(c))
      l->cur_line++;
  }
}

/* Forget the first @n bytes of @l, which end with a line end. */
static void
rdf_lines_drop(rdf_lines *l, size_t n)
{
  while(l->cur < n) {
    char c = l->text[l->cur++];
    if(c == '\r' && l->cur < n && l->text[l->cur] == '\n')
      l->cur++;
    if(rdf_is_eol(c))
      l->cur_line++;
  }
  memmove(l->text, l->text + n, l->len - n);
  l->len -= n;
  l->fed -= n;
  l->cur = 0;
  l->line = l->cur_line;
}

static const char *
rdf_skip_space(const char *s, const char *end)
{
  while(s < end && (*s == ' ' || *s == '\t'))
    s++;
  return s;
}

/* The language tag of the object of the N-Triples statement on the line
 * [@s, @end), as written; NULL if the line is not that simple. */
static const char *
rdf_line_lang(const char *s, const char *end, size_t *len)
{
  const char *start;
  int i;

  for(i = 0; i < 2; i++) {  /* subject and predicate */
    s = rdf_skip_space(s, end);
    if(s < end && *s == '<') {
      if(!(s = memchr(s, '>', (size_t)(end - s))))
        return NULL;
      s++;
    } else if(s < end && *s == '_') {
      while(s < end && *s != ' ' && *s != '\t' && *s != '<')
        s++;
    } else
      return NULL;
  }
  s = rdf_skip_space(s, end);
  if(s >= end || *s++ != '"')
    return NULL;
  for(; s < end && *s != '"'; s++)
    if(*s == '\\')
      s++;
  if(s + 1 >= end || s[1] != '@')
    return NULL;
  for(start = s += 2; s < end && (isalnum((unsigned char)*s) || *s == '-' ||
                                  *s == '_'); s++)
    ;
  *len = (size_t)(s - start);
  return start;
}

/* Raptor's N-Triples parser lower-cases language tags; take the tag from
 * the line as written when it is the same tag, so that `zh-Hans-CN` stays
 * `zh-Hans-CN`.  @buf receives it. */
static void
rdf_lang_as_written(rdf_state *rs, jc_term *o, char *buf, size_t size)
{
  rdf_lines *l = &rs->lines;
  raptor_locator *loc = raptor_parser_get_locator(rs->parser);
  const char *eol, *tag;
  size_t n, i, len = strlen(o->lang);

  if(!loc || loc->line < l->line)
    return;
  rdf_lines_seek(l, loc->line);
  for(eol = l->text + l->cur; eol < l->text + l->len && !rdf_is_eol(*eol);
      eol++)
    ;
  tag = rdf_line_lang(l->text + l->cur, eol, &n);
  if(!tag || n != len || n >= size)
    return;
  for(i = 0; i < n; i++)
    if(tolower((unsigned char)tag[i]) != o->lang[i] &&
       !(tag[i] == '_' && o->lang[i] == '-'))
      return;
  memcpy(buf, tag, n);
  buf[n] = '\0';
  o->lang = buf;
}

static void
rdf_on_statement(void *user_data, raptor_statement *st)
{
  rdf_state *rs = user_data;
  jc_term s, p, o, g;
  char lang[256];

  if(rs->err != JC_OK)
    return;
  rdf_term(st->subject, &s);
  rdf_term(st->predicate, &p);
  rdf_term(st->object, &o);
  if(rs->by_line && o.lang)
    rdf_lang_as_written(rs, &o, lang, sizeof lang);
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

/* Check the input as UTF-8 with the SDK's jc_utf8_check(), a block at a
 * time: a character cut by the end of a block is carried to the next.
 * The line and column are tracked for the messages. */
typedef struct rdf_utf8 {
  unsigned long long offset;  /* bytes checked so far */
  long line, col;
  unsigned char carry[4];     /* the start of a character cut off */
  size_t ncarry;
} rdf_utf8;

/* Advance the position over @n checked bytes at @p. */
static void
rdf_utf8_advance(rdf_utf8 *u, const unsigned char *p, size_t n)
{
  const unsigned char *q = p, *end = p + n, *nl;

  while(q < end && (nl = memchr(q, '\n', (size_t)(end - q)))) {
    u->line++;
    u->col = 1;
    q = nl + 1;
  }
  u->col += jc_utf8_column((const char *)q, (size_t)(end - q)) - 1;
  u->offset += n;
}

/* @b has 4 bytes of room before it, for the carried bytes. */
static jc_status
rdf_check_utf8(jc_load *ld, rdf_utf8 *u, unsigned char *b, size_t len,
               int eof)
{
  unsigned char *p = b - u->ncarry, *nul;
  size_t n = len + u->ncarry, ok;

  memcpy(p, u->carry, u->ncarry);
  u->ncarry = 0;
  ok = jc_utf8_check((const char *)p, n);
  if((nul = memchr(p, '\0', ok))) {
    rdf_utf8_advance(u, p, nul - p);
    return jc_load_error(ld, JC_ERR_ENCODING, u->line, u->col,
                         "binary data, not RDF text (NUL byte at offset "
                         "%llu)", u->offset);
  }
  rdf_utf8_advance(u, p, ok);
  if(ok == n)
    return JC_OK;
  if(!eof && n - ok < 4 && jc_utf8_partial((const char *)p + ok, n - ok)) {
    memcpy(u->carry, p + ok, n - ok);
    u->ncarry = n - ok;
    return JC_OK;
  }
  if(eof && jc_utf8_partial((const char *)p + ok, n - ok))
    return jc_load_error(ld, JC_ERR_ENCODING, u->line, u->col,
                         "invalid UTF-8 (file ends inside a character)");
  /* Name the byte that starts the bad sequence: for GBK text that is the
   * first byte of the first Chinese character. */
  return jc_load_error(ld, JC_ERR_ENCODING, u->line, u->col,
                       "invalid UTF-8 (byte 0x%02X at offset %llu); convert "
                       "the file to UTF-8 (e.g. iconv -f GB18030 -t UTF-8)",
                       p[ok], u->offset);
}

/* Hand @n more bytes to Raptor (@eof: the last).  Line formats keep the
 * bytes in rs->lines and give Raptor everything up to the last line end
 * but one: the chunk then ends inside a line, which Raptor holds and
 * finishes with the next chunk, and no line is copied more than twice. */
static int
rdf_feed(rdf_state *rs, const unsigned char *b, size_t n, int eof)
{
  rdf_lines *l = &rs->lines;
  size_t k, start, fed = l->len;
  int rc;

  if(!rs->by_line)
    return raptor_parser_parse_chunk(rs->parser, b, n, eof);
  if(l->len + n + 1 > l->cap) {
    size_t cap = l->cap ? l->cap : 1 << 17;
    char *grown;
    while(cap < l->len + n + 1)
      cap *= 2;
    if(!(grown = realloc(l->text, cap)))
      return 1;
    l->text = grown;
    l->cap = cap;
  }
  if(n)
    memcpy(l->text + l->len, b, n);
  l->len += n;
  for(k = n; k && !rdf_is_eol((char)b[k - 1]); k--)
    ;
  if(!eof && !k)
    return 0;  /* no line ends here: wait for one */
  for(k = eof ? l->len : fed + k; !eof && k && rdf_is_eol(l->text[k - 1]);
      k--)
    ;
  fed = l->fed;
  if(k <= fed && !eof)
    return 0;
  rc = raptor_parser_parse_chunk(rs->parser, (unsigned char *)l->text + fed,
                                 k - fed, eof);
  l->fed = k;
  /* Raptor is done with every line before the one it holds. */
  for(start = k; start && !rdf_is_eol(l->text[start - 1]); start--)
    ;
  if(!eof && start)
    rdf_lines_drop(l, start);
  return rc;
}

/* A Raptor parser for @path, set to keep language tags as written. */
static jc_status
rdf_start(rdf_state *rs, raptor_world *w, raptor_uri **base)
{
  const char *syntax = rdf_parser_for(rs->path);

  rs->by_line = !strcmp(syntax, "ntriples") || !strcmp(syntax, "nquads");
  rs->lines.line = rs->lines.cur_line = 1;
  rs->parser = raptor_new_parser(w, syntax);
  *base = raptor_new_uri(w, (const unsigned char *)
                         jc_load_graph_iri(rs->ld));
  if(!rs->parser || !*base)
    return jc_load_error(rs->ld, JC_ERR_NOMEM, 0, 0, "cannot start Raptor");
  raptor_parser_set_option(rs->parser, RAPTOR_OPTION_NORMALIZE_LANGUAGE,
                           NULL, 0);
  raptor_parser_set_statement_handler(rs->parser, rs, rdf_on_statement);
  if(raptor_parser_parse_start(rs->parser, *base) && rs->err == JC_OK)
    return jc_load_error(rs->ld, JC_ERR_SYNTAX, 0, 0, "cannot start parsing");
  return rs->err;
}

static jc_status
rdf_load(jc_load *ld, const char *path)
{
  raptor_world *w = raptor_new_world();
  rdf_state rs;
  rdf_utf8 u = { 0, 1, 1, { 0 }, 0 };
  raptor_uri *base = NULL;
  unsigned char room[4 + (1 << 16)], *buf = room + 4;
  FILE *f = NULL;
  size_t n;

  memset(&rs, 0, sizeof rs);
  rs.ld = ld;
  rs.path = path;
  if(!w || raptor_world_open(w)) {
    rs.err = jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "cannot start Raptor");
    goto done;
  }
  raptor_world_set_log_handler(w, &rs, rdf_on_log);
  if(!(f = fopen(path, "rb"))) {
    rs.err = jc_load_error(ld, JC_ERR_IO, 0, 0, "%s", strerror(errno));
    goto done;
  }
  if(rdf_start(&rs, w, &base) != JC_OK)
    goto done;
  while(rs.err == JC_OK && (n = fread(buf, 1, 1 << 16, f)) > 0) {
    rs.err = rdf_check_utf8(ld, &u, buf, n, 0);
    if(rs.err == JC_OK)
      rs.err = jc_load_progress(ld, u.offset, 0);
    if(rs.err == JC_OK && rdf_feed(&rs, buf, n, 0) && rs.err == JC_OK)
      rs.err = jc_load_error(ld, JC_ERR_SYNTAX, u.line, 0, "parse failed");
  }
  if(rs.err == JC_OK && ferror(f))
    rs.err = jc_load_error(ld, JC_ERR_IO, 0, 0, "%s", strerror(errno));
  if(rs.err == JC_OK && u.ncarry)
    rs.err = rdf_check_utf8(ld, &u, buf, 0, 1);
  if(rs.err == JC_OK && u.offset == 0)
    rs.err = jc_load_error(ld, JC_ERR_SYNTAX, 1, 1, "empty file");
  if(rs.err == JC_OK && rdf_feed(&rs, NULL, 0, 1) && rs.err == JC_OK)
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
  free(rs.lines.text);
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
