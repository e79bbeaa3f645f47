/* tests/fuzz/host.c: the host side the harnesses share (host.h): a
 * context, one plugin, and loads run in this process. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "host.h"

static void
fz_die(const char *what, const char *why)
{
  fprintf(stderr, "fuzz host: %s: %s\n", what, why);
  exit(2);
}

static jc_status
fz_no_load(jc_load *ld, const char *path)
{
  (void)path;
  return jc_load_error(ld, JC_ERR_PLUGIN, 0, 0, "not a real plugin");
}

static const char *const fz_no_suffixes[] = { ".txt", NULL };
static const jc_loader fz_standin = {
  .abi = JC_PLUGIN_ABI, .name = "fuzz", .version = "1",
  .description = "the harness itself", .suffixes = fz_no_suffixes,
  .load = fz_no_load,
};

void
fz_host_init(fz_host *h, const char *name)
{
  const char *tmp = getenv("TMPDIR");
  char file[4096];

  memset(h, 0, sizeof *h);
  if(!(h->ctx = jc_ctx_new()))
    fz_die("context", "out of memory");
  if(name) {
    snprintf(file, sizeof file, "%s/%s/.libs/%s.so", FZ_PLUGINDIR, name,
             name);
    if(jc_plugin_open(h->ctx, file) != JC_OK)
      fz_die(file, jc_error_message(h->ctx));
    h->plugin = jc_plugin_find(h->ctx, name, NULL);
    if(!h->plugin)
      fz_die(file, "the plugin has another name");
  } else {
    h->own.file = "(harness)";
    h->own.loader = &fz_standin;
    h->plugin = &h->own;
  }
  snprintf(file, sizeof file, "%s/jiceng-fuzz-XXXXXX",
           tmp && *tmp ? tmp : "/tmp");
  if(!mkdtemp(file) || !(h->dir = strdup(file)))
    fz_die(file, strerror(errno));
  h->prefixes = h->ctx->nprefixes;
}

static jc_status
fz_sink(void *data, const jc_term t[3], const char *graph,
        jc_term_memo *const memo[3])
{
  fz_host *h = data;

  (void)t;
  (void)graph;
  (void)memo;
  h->triples++;
  return JC_OK;
}

void
fz_host_begin(fz_host *h, jc_load *ld, const char *path)
{
  jc_load_init(ld, h->ctx, h->plugin, path, "file:///fuzz/input", NULL,
               fz_sink, h);
  h->ctx->source = path;
}

void
fz_host_end(fz_host *h, jc_load *ld)
{
  size_t i;

  (void)ld;
  h->ctx->source = NULL;
  jc_error_clear(h->ctx);
  /* A plugin's prefix hints (jc_load_prefix) would pile up over millions
   * of inputs; a real load starts from a fresh process instead. */
  for(i = h->prefixes; i < h->ctx->nprefixes; i++) {
    free(h->ctx->prefixes[i].prefix);
    free(h->ctx->prefixes[i].iri);
  }
  h->ctx->nprefixes = h->prefixes;
}

char *
fz_host_file(fz_host *h, const char *name, const void *data, size_t size)
{
  char *path = malloc(strlen(h->dir) + strlen(name) + 2);
  FILE *f;

  if(!path)
    fz_die(name, "out of memory");
  sprintf(path, "%s/%s", h->dir, name);
  if(!(f = fopen(path, "wb")) || fwrite(data, 1, size, f) != size ||
     fclose(f))
    fz_die(path, strerror(errno));
  return path;
}

jc_status
fz_host_load(fz_host *h, const uint8_t *data, size_t size)
{
  const char *const *sfx = h->plugin->loader->suffixes;
  size_t n = 0, pick = 0;
  char name[64], *path;
  jc_load ld;
  jc_status st;

  while(sfx[n])
    n++;
  if(size && data[0] >= 0x80 && data[0] <= 0xBF) {
    pick = (data[0] - 0x80u) % n;
    data++;
    size--;
  }
  snprintf(name, sizeof name, "input%s", sfx[pick]);
  path = fz_host_file(h, name, data, size);
  fz_host_begin(h, &ld, path);
  st = h->plugin->loader->load(&ld, path);
  if(st == JC_OK)
    st = ld.err;
  fz_host_end(h, &ld);
  unlink(path);
  free(path);
  return st;
}

void
fz_host_free(fz_host *h)
{
  if(h->dir)
    rmdir(h->dir);
  free(h->dir);
  jc_ctx_free(h->ctx);
  memset(h, 0, sizeof *h);
}
