/* plugins/csv/read.c: a delimited text file as records of cells, in
 * bounded memory: the file is read in blocks, made UTF-8 (a BOM dropped,
 * GB18030 converted, anything else refused with its line and column),
 * and split by libcsv.  libcsv reports no positions, so this file counts
 * lines and columns (in characters) itself, for the messages.  What the
 * records mean is csv.c's business. */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <csv.h>  /* libcsv */
#include "read.h"

#define BLOCK 65536

typedef struct rd {
  jc_load         *ld;
  const cw_dialect*d;
  cw_record_fn     fn;
  void            *data;
  char           **cells;     /* owned: the record being read */
  long           (*pos)[2];   /* owned: where each cell starts */
  size_t           n, cap;
  long             line, col; /* of the byte being fed */
  long             start_line, start_col;
  int              need_start;/* 1: next byte starts a field; 2: a record */
  int              quoted0;   /* the record's first field was quoted */
  unsigned long long records;
  jc_status        err;
} rd;

static jc_status
rd_nomem(rd *r)
{
  if(r->err == JC_OK)
    r->err = jc_load_error(r->ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  return r->err;
}

static void
rd_on_field(void *s, size_t len, void *data)
{
  rd *r = data;

  r->need_start = 1;
  if(r->err != JC_OK)
    return;
  if(r->n == r->cap) {
    size_t cap = r->cap ? 2 * r->cap : 16;
    char **g = realloc(r->cells, cap * sizeof *g);
    long (*p)[2];
    if(!g) {
      rd_nomem(r);
      return;
    }
    r->cells = g;
    if(!(p = realloc(r->pos, cap * sizeof *p))) {
      rd_nomem(r);
      return;
    }
    r->pos = p;
    r->cap = cap;
  }
  if(!(r->cells[r->n] = malloc(len + 1))) {
    rd_nomem(r);
    return;
  }
  if(len)
    memcpy(r->cells[r->n], s, len);
  r->cells[r->n][len] = '\0';
  r->pos[r->n][0] = r->start_line;
  r->pos[r->n][1] = r->start_col;
  r->n++;
}

static void
rd_on_record(int term, void *data)
{
  rd *r = data;
  size_t i;

  (void)term;
  r->need_start = 2;
  r->records++;
  if(r->err == JC_OK && r->n)
    r->err = r->fn(r->data, r->cells, r->n, (const long (*)[2])r->pos,
                   r->quoted0);
  for(i = 0; i < r->n; i++)
    free(r->cells[i]);
  r->n = 0;
}

static int
rd_special(const rd *r, unsigned char b)
{
  return b == '\n' || b == '\r' || b == r->d->delim || b == r->d->quote;
}

/* Feed UTF-8 text to libcsv: runs of ordinary bytes at once, the bytes
 * that end or quote a field one by one, so that a field's start is known
 * when it begins. */
static void
rd_feed(rd *r, struct csv_parser *p, const char *buf, size_t len)
{
  size_t i = 0, run;

  while(i < len && r->err == JC_OK) {
    unsigned char b = (unsigned char)buf[i];
    size_t k;
    run = 1;
    if(!rd_special(r, b))
      while(i + run < len && !rd_special(r, (unsigned char)buf[i + run]))
        run++;
    if(r->need_start == 1 || (r->need_start == 2 && b != '\r' &&
                              b != '\n')) {
      if(r->need_start == 2)
        r->quoted0 = b == r->d->quote;
      r->start_line = r->line;
      r->start_col = r->col + 1;
      r->need_start = 0;
    }
    if(csv_parse(p, buf + i, run, rd_on_field, rd_on_record, r) != run &&
       r->err == JC_OK) {
      long col = r->col + 1;
      if(csv_error(p) != CSV_EPARSE)
        rd_nomem(r);
      else
        r->err = jc_load_error(r->ld, JC_ERR_SYNTAX, r->line, col,
                               b == r->d->quote && r->need_start == 0 ?
                               "a quote inside an unquoted field (quote "
                               "the whole field and double the quote: "
                               "\"a \"\"b\"\"\")" :
                               "text after a closing quote");
    }
    for(k = 0; k < run; k++)
      if(((unsigned char)buf[i + k] & 0xC0) != 0x80)
        r->col++;
    if(b == '\n') {
      r->line++;
      r->col = 0;
    }
    i += run;
  }
}

/* ---- encodings ---------------------------------------------------------- */

typedef struct rd_src {
  FILE   *f;
  iconv_t cd;          /* (iconv_t)-1: the file is UTF-8 */
  char    in[BLOCK + 8], out[2 * BLOCK + 16];
  size_t  in_len;      /* bytes carried over from the last block */
  unsigned long long done, total;
  int     first, eof;
  int     converted;   /* 1: say "converted from GB18030" once it worked */
} rd_src;

/* Line and column (in characters) of byte @off of @buf, counted from
 * the reader's current position. */
static void
rd_where(const rd *r, const char *buf, size_t off, long *line, long *col)
{
  size_t i;

  *line = r->line;
  *col = r->col + 1;
  for(i = 0; i < off; i++)
    if(buf[i] == '\n')
      (*line)++, *col = 1;
    else if(((unsigned char)buf[i] & 0xC0) != 0x80)
      (*col)++;
}

/* Count well-formed three-byte sequences: CJK text in UTF-8. */
static size_t
rd_cjk(const char *b, size_t len)
{
  size_t i, n = 0;

  for(i = 0; i + 2 < len; i++)
    if(((unsigned char)b[i] & 0xF0) == 0xE0 &&
       ((unsigned char)b[i + 1] & 0xC0) == 0x80 &&
       ((unsigned char)b[i + 2] & 0xC0) == 0x80)
      n++, i += 2;
  return n;
}

/* The first block decides: UTF-8, or (with a warning) GB18030. */
static jc_status
rd_decide(rd *r, rd_src *s, const char *encoding)
{
  size_t bad = jc_utf8_check(s->in, s->in_len);
  long line, col;

  s->cd = (iconv_t)-1;
  if(encoding && strcasecmp(encoding, "utf-8"))
    s->cd = iconv_open("UTF-8", encoding);
  else if(bad < s->in_len &&
          !(s->in_len - bad < 4 && !s->eof &&
            jc_utf8_partial(s->in + bad, s->in_len - bad))) {
    rd_where(r, s->in, bad, &line, &col);
    if(rd_cjk(s->in, bad) >= 3)
      return r->err = jc_load_error(r->ld, JC_ERR_ENCODING, line, col,
                                    "invalid UTF-8 (byte 0x%02X at offset "
                                    "%zu); convert the file to UTF-8",
                                    (unsigned char)s->in[bad], bad);
    s->cd = iconv_open("UTF-8", "GB18030");
    if(s->cd == (iconv_t)-1)
      return r->err = jc_load_error(r->ld, JC_ERR_ENCODING, line, col,
                                    "invalid UTF-8 (byte 0x%02X at offset "
                                    "%zu), and this system cannot convert "
                                    "from GB18030",
                                    (unsigned char)s->in[bad], bad);
    s->converted = 1;
  }
  if(encoding && strcasecmp(encoding, "utf-8") && s->cd == (iconv_t)-1)
    return r->err = jc_load_error(r->ld, JC_ERR_ENCODING, 0, 0, "this "
                                  "system cannot convert from %s", encoding);
  return JC_OK;
}

/* Convert and feed what s->in holds; keep an incomplete tail. */
static void
rd_block(rd *r, rd_src *s, struct csv_parser *p)
{
  char *in = s->in, *o = s->out;
  size_t in_left = s->in_len, out_left = sizeof s->out, used, bad;

  if(s->cd == (iconv_t)-1) {
    bad = jc_utf8_check(s->in, s->in_len);
    used = bad;
    if(bad < s->in_len && (s->eof || s->in_len - bad >= 4 ||
                           !jc_utf8_partial(s->in + bad,
                                               s->in_len - bad))) {
      rd_feed(r, p, s->in, bad);
      if(r->err != JC_OK)
        return;
      r->err = jc_load_error(r->ld, JC_ERR_ENCODING, r->line, r->col + 1,
                             "invalid "
                             "UTF-8 (byte 0x%02X at offset %llu); convert "
                             "the file to UTF-8", (unsigned char)s->in[bad],
                             s->done - s->in_len + bad);
      return;
    }
    if(memchr(s->in, '\0', used)) {
      size_t z = (const char *)memchr(s->in, '\0', used) - s->in;
      rd_feed(r, p, s->in, z);
      r->err = jc_load_error(r->ld, JC_ERR_ENCODING, r->line, r->col + 1,
                             "NUL byte: not a text file");
      return;
    }
    rd_feed(r, p, s->in, used);
  } else {
    if(iconv(s->cd, &in, &in_left, &o, &out_left) == (size_t)-1 &&
       (errno != EINVAL || s->eof)) {
      rd_feed(r, p, s->out, o - s->out);
      r->err = jc_load_error(r->ld, JC_ERR_ENCODING, r->line, r->col + 1,
                             "neither UTF-8 nor GB18030 (byte 0x%02X at "
                             "offset %llu); convert the file to UTF-8",
                             (unsigned char)*in,
                             s->done - s->in_len + (in - s->in));
      return;
    }
    used = in - s->in;
    if(s->converted == 1) {
      jc_load_warning(r->ld, 0, 0, "converted from GB18030");
      s->converted = 2;
    }
    rd_feed(r, p, s->out, o - s->out);
  }
  memmove(s->in, s->in + used, s->in_len - used);
  s->in_len -= used;
}

static jc_status
rd_loop(rd *r, rd_src *s, struct csv_parser *p, const char *encoding)
{
  size_t got;

  while(r->err == JC_OK && !s->eof) {
    got = fread(s->in + s->in_len, 1, BLOCK, s->f);
    if(got < BLOCK) {
      if(ferror(s->f))
        return r->err = jc_load_error(r->ld, JC_ERR_IO, 0, 0, "%s",
                                      strerror(errno));
      s->eof = 1;
    }
    s->in_len += got;
    s->done += got;
    if(s->first) {
      s->first = 0;
      if(s->in_len >= 3 && !memcmp(s->in, "\xEF\xBB\xBF", 3)) {
        memmove(s->in, s->in + 3, s->in_len - 3);
        s->in_len -= 3;
      }
      if(rd_decide(r, s, encoding) != JC_OK)
        break;
    }
    rd_block(r, s, p);
    if(r->err == JC_OK &&
       (r->err = jc_load_items(r->ld, r->records, "rows")) == JC_OK)
      r->err = jc_load_progress(r->ld, s->done, s->total);
  }
  return r->err;
}

jc_status
cw_read(jc_load *ld, const char *path, const cw_dialect *d, cw_record_fn fn,
        void *data)
{
  struct csv_parser p;
  struct stat st;
  rd r;
  rd_src *s;
  size_t i;

  memset(&r, 0, sizeof r);
  r.ld = ld;
  r.d = d;
  r.fn = fn;
  r.data = data;
  r.line = 1;
  r.need_start = 2;
  if(!(s = calloc(1, sizeof *s)))
    return jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  s->first = 1;
  s->cd = (iconv_t)-1;
  if(!(s->f = fopen(path, "rb"))) {
    free(s);
    return jc_load_error(ld, JC_ERR_IO, 0, 0, "%s: %s", path,
                         strerror(errno));
  }
  if(!fstat(fileno(s->f), &st))
    s->total = (unsigned long long)st.st_size;
  if(csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL)) {
    fclose(s->f);
    free(s);
    return jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
  }
  csv_set_delim(&p, (unsigned char)d->delim);
  /* libcsv grows a field 128 bytes at a time: a long field (a 4 MiB
   * line) would then cost a copy per 128 bytes where realloc cannot grow
   * in place, as under AddressSanitizer. */
  csv_set_blk_size(&p, 1 << 16);
  csv_set_quote(&p, (unsigned char)d->quote);
  rd_loop(&r, s, &p, d->encoding);
  if(r.err == JC_OK && csv_fini(&p, rd_on_field, rd_on_record, &r) &&
     r.err == JC_OK)
    r.err = jc_load_error(ld, JC_ERR_SYNTAX, r.start_line, r.start_col,
                          "quoted field never closed (it starts here)");
  csv_free(&p);
  if(s->cd != (iconv_t)-1)
    iconv_close(s->cd);
  fclose(s->f);
  free(s);
  for(i = 0; i < r.n; i++)
    free(r.cells[i]);
  free(r.cells);
  free(r.pos);
  return r.err;
}
