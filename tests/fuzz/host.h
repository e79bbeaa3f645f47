/* tests/fuzz/host.h: the small host the fuzzing harnesses share (fz_*).
 * A harness is a libFuzzer target, LLVMFuzzerTestOneInput(), built two
 * ways from the same file: linked with libFuzzer under --enable-fuzz
 * (`make fuzz`), or with replay.c, which runs it on saved inputs in
 * `make check` (the seed corpora and every crash found so far).
 *
 * A loader runs here in this process, not in the child process a real
 * load uses (core/isolate.c): a fork per input would hide the plugin's
 * code from the fuzzer's coverage and cost most of the time.  What it
 * emits still goes through the host's checks in core/load.c. */
#ifndef FZ_HOST_H
#define FZ_HOST_H

#include <stddef.h>
#include <stdint.h>
#include "internal.h"

typedef struct fz_host {
  jc_ctx          *ctx;      /* owned */
  const jc_plugin *plugin;   /* borrowed from ctx, or &own */
  jc_plugin        own;      /* the stand-in for a library without a
                              * plugin (the news extractor) */
  char            *dir;      /* owned: temporary directory for inputs */
  size_t           prefixes; /* the context's prefixes before any input */
  unsigned long long triples; /* emitted and accepted, over all inputs */
} fz_host;

/* fz_host_init: a context, and the loader plugin @name from the build
 * tree (FZ_PLUGINDIR/NAME/.libs/NAME.so), or with @name NULL a stand-in
 * plugin table called "fuzz" for code that emits through a jc_load
 * without being a plugin.  A harness cannot go on without its host: on
 * failure this prints why and exits. */
void fz_host_init(fz_host *h, const char *name);

/* fz_host_begin: fill @ld for a load of @path into a sink that counts
 * what passes the host's checks.  Borrowed: @path until fz_host_end. */
void fz_host_begin(fz_host *h, jc_load *ld, const char *path);
/* fz_host_end: forget the load's error and any prefixes it suggested, so
 * that every input starts from the same context. */
void fz_host_end(fz_host *h, jc_load *ld);

/* fz_host_load: write @data to a file and run the plugin's load() on it.
 * The file's suffix is the plugin's first, unless the first byte of @data
 * is 0x80..0xBF, which never starts UTF-8 text: then it picks the
 * plugin's suffix number byte - 0x80 (modulo their number) and the file
 * is the rest of @data.  This is how one harness reaches every syntax of
 * the rdf plugin while text seeds stay as they are. */
jc_status fz_host_load(fz_host *h, const uint8_t *data, size_t size);

/* fz_host_file: write @size bytes at @data to h->dir/NAME; returns the
 * path, a new string, or exits when the disk refuses. */
char *fz_host_file(fz_host *h, const char *name, const void *data,
                   size_t size);

/* fz_host_free: remove the directory and free the context. */
void fz_host_free(fz_host *h);

/* The libFuzzer interface each harness implements. */
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif /* FZ_HOST_H */
