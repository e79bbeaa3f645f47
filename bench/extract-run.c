/* bench/extract-run.c: the news extractor alone, without a store.  Links
 * extract/libextract.a and stands in for the host's jc_load_* functions:
 * every triple is measured (its terms' lengths summed, as a writer would
 * walk them) and dropped.  Feeds FILE (UTF-8) as one plain-text report
 * and prints seconds, MB/s and triples.  The time is the process's CPU
 * time for extraction only (the file is read first): on a shared machine
 * wall time measures the neighbours.  Built and run by bench/extract:
 *   extract-run FILE [evidence|none] */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extract.h"

struct jc_load {
  const char *evidence;
  unsigned long long triples, bytes;
};

jc_status
jc_load_triple(jc_load *ld, const jc_term *s, const jc_term *p,
               const jc_term *o)
{
  ld->triples++;
  ld->bytes += strlen(s->value) + strlen(p->value) + strlen(o->value);
  return JC_OK;
}

jc_status
jc_load_error(jc_load *ld, jc_status status, long line, long col,
              const char *fmt, ...)
{
  va_list ap;

  (void)ld;
  fprintf(stderr, "extract-run: %ld:%ld: ", line, col);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  return status;
}

void
jc_load_warning(jc_load *ld, long line, long col, const char *fmt, ...)
{
  (void)ld; (void)line; (void)col; (void)fmt;
}

const char *
jc_load_graph_iri(const jc_load *ld)
{
  (void)ld;
  return "file:///bench/corpus.txt";
}

const char *
jc_load_option(const jc_load *ld, const char *key)
{
  return strcmp(key, "evidence") ? NULL : ld->evidence;
}

int
main(int argc, char **argv)
{
  jc_load ld = { NULL, 0, 0 };
  nz_extractor *x = NULL;
  struct timespec t0, t1;
  unsigned char *buf;
  size_t n, i = 0;
  long size;
  FILE *f;
  double secs;
  jc_status rc;

  if(argc < 2 || !(f = fopen(argv[1], "rb"))) {
    fprintf(stderr, "usage: extract-run FILE [evidence|none]\n");
    return 2;
  }
  ld.evidence = argc > 2 ? argv[2] : "evidence";
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  rewind(f);
  buf = malloc((size_t)size + 1);
  n = buf ? fread(buf, 1, (size_t)size, f) : 0;
  fclose(f);
  if(!buf || n != (size_t)size)
    return 2;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
  rc = nz_extract_new(&ld, &x);
  if(!rc)
    rc = nz_extract_text_begin(x, "corpus");
  while(!rc && i < n) {
    uint32_t c;
    int k = nz_extract_utf8_decode(buf + i, n - i, &c);
    if(k <= 0)
      break;
    rc = nz_extract_text_char(x, c);
    i += (size_t)k;
  }
  if(!rc)
    rc = nz_extract_text_end(x);
  nz_extract_free(x);
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
  secs = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
  printf("%.3f %.2f %llu\n", secs, n / 1048576.0 / secs, ld.triples);
  free(buf);
  return rc ? 1 : 0;
}
