/* tests/fuzz/replay.c: main() for a harness built without libFuzzer.
 * Runs LLVMFuzzerTestOneInput() once on each file named, or on each file
 * in each directory named (not recursively), and prints how many ran.
 * `make check` uses it to replay the seed corpora and every input that
 * once crashed a harness (tests/fuzz/regress/NAME/); a crash, a sanitizer
 * report or a leak fails the run as it would under libFuzzer.  With
 * libFuzzer (configure --enable-fuzz) this file is left out. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "host.h"

/* Run the harness on one file; -1 when it cannot be read. */
static int
replay_file(const char *path)
{
  FILE *f = fopen(path, "rb");
  uint8_t *buf = NULL;
  size_t n = 0, cap = 0, got;

  if(!f) {
    perror(path);
    return -1;
  }
  do {
    if(n == cap) {
      uint8_t *g = realloc(buf, cap = cap ? 2 * cap : 65536);
      if(!g) {
        fclose(f);
        free(buf);
        return -1;
      }
      buf = g;
    }
    got = fread(buf + n, 1, cap - n, f);
    n += got;
  } while(got);
  fclose(f);
  /* libFuzzer hands over a buffer of exactly @n bytes: so do we, so that
   * AddressSanitizer sees a read past its end. */
  {
    uint8_t *exact = malloc(n ? n : 1);
    if(!exact) {
      free(buf);
      return -1;
    }
    memcpy(exact, buf, n);
    free(buf);
    LLVMFuzzerTestOneInput(exact, n);
    free(exact);
  }
  return 0;
}

static int
replay_dir(const char *dir, long *count)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  struct stat st;
  char path[4096];
  int rc = 0;

  if(!d) {
    perror(dir);
    return -1;
  }
  while((e = readdir(d))) {
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if(e->d_name[0] == '.' || stat(path, &st) || !S_ISREG(st.st_mode))
      continue;
    if(replay_file(path))
      rc = -1;
    else
      (*count)++;
  }
  closedir(d);
  return rc;
}

int
main(int argc, char **argv)
{
  struct stat st;
  long count = 0;
  int i, rc = 0;

  LLVMFuzzerInitialize(&argc, &argv);
  for(i = 1; i < argc; i++) {
    if(stat(argv[i], &st)) {
      perror(argv[i]);
      rc = 1;
    } else if(S_ISDIR(st.st_mode)) {
      if(replay_dir(argv[i], &count))
        rc = 1;
    } else if(replay_file(argv[i]))
      rc = 1;
    else
      count++;
  }
  printf("%ld inputs\n", count);
  return rc;
}
