/* tests/fuzz/extract.c: the news extractor (extract/extract.h) on any
 * text: nz_extract_article() as the jsonl and html loaders call it, after
 * the UTF-8 check they make.  The first line also goes through
 * nz_extract_date(), which reads dates the containers found. */
#include <stdlib.h>
#include <string.h>
#include "host.h"
#include "extract.h"

/* libFuzzer calls with no user data: the host lives for the process. */
static fz_host host;

static void
fuzz_done(void)
{
  fz_host_free(&host);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  fz_host_init(&host, NULL);
  atexit(fuzz_done);
  return 0;
}

static void
fuzz_date(const uint8_t *data, size_t size)
{
  const uint8_t *nl = memchr(data, '\n', size);
  size_t n = nl ? (size_t)(nl - data) : size;
  char in[256], out[64];

  if(n >= sizeof in)
    n = sizeof in - 1;
  memcpy(in, data, n);
  in[n] = '\0';
  nz_extract_date(in, out, sizeof out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *text = (const char *)data;
  nz_article_meta meta;
  nz_extractor *x;
  jc_load ld;

  /* The containers refuse text that is not UTF-8 or holds NUL. */
  if(nz_extract_utf8_check(text, size) != size)
    return 0;
  fuzz_date(data, size);
  memset(&meta, 0, sizeof meta);
  meta.scope = "测试区";
  meta.identifier = "fuzz";
  meta.url = "https://example.org/news/1";
  fz_host_begin(&host, &ld, "fuzz.txt");
  if(nz_extract_new(&ld, &x) == JC_OK) {
    nz_extract_article(x, text, size, &meta);
    nz_extract_free(x);
  }
  fz_host_end(&host, &ld);
  return 0;
}
