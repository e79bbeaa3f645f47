/* tests/fuzz/shell.c: the shell's text functions (shell/input.c) on any
 * bytes: where statements end (sh_input_end, sh_input_blank,
 * sh_input_ready), walked statement by statement as run.c does, and the
 * words of every line read as a dot command (sh_input_words).  Besides
 * the sanitizers, what they return is checked against what they promise
 * in shell/shell.h; a broken promise aborts, which the fuzzer reports. */
#include <stdlib.h>
#include <string.h>
#include "shell.h"
#include "host.h"

#define FUZZ_MAXWORDS 32  /* as dot.c */

static void
fuzz_statements(const char *s, size_t len)
{
  long e;
  int ready = sh_input_ready(s, len);
  int more = 0;

  while((e = sh_input_end(s, len)) >= 0) {
    if((size_t)e >= len || s[e] != ';')
      abort();  /* the end of a statement is a ';' inside the text */
    more = 1;
    s += e + 1;
    len -= (size_t)e + 1;
  }
  /* ready: at least one statement, and only blanks after the last */
  if(ready != (more && sh_input_blank(s, len)))
    abort();
}

static void
fuzz_words(const char *line, size_t len)
{
  char *copy = malloc(len + 1), *argv[FUZZ_MAXWORDS + 1];
  int argc, i;

  if(!copy)
    return;
  memcpy(copy, line, len);
  copy[len] = '\0';
  argc = sh_input_words(copy, argv, FUZZ_MAXWORDS);
  if(argc < -1 || argc > FUZZ_MAXWORDS)
    abort();
  for(i = 0; i < argc; i++)  /* every word lies inside the line */
    if(argv[i] < copy || argv[i] + strlen(argv[i]) > copy + len)
      abort();
  free(copy);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  const char *s = (const char *)data, *nl;
  size_t off = 0, n;

  fuzz_statements(s, size);
  /* Lines as the shell reads them: a dot command is one line. */
  while(off < size) {
    nl = memchr(s + off, '\n', size - off);
    n = nl ? (size_t)(nl - (s + off)) : size - off;
    fuzz_words(s + off, n);
    off += n + 1;
  }
  return 0;
}
