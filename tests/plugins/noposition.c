/* tests/plugins/noposition.c: a loader whose errors say too little.  An
 * empty input fails without calling jc_load_error(), any other input with
 * an error that has no line or column.  Its table also breaks the rules a
 * host does not enforce: a name with a capital, no description, a suffix
 * without a dot, and it answers hosts older than its ABI. */
#include <stdio.h>
#include "jiceng-plugin.h"

static jc_status
noposition_load(jc_load *ld, const char *path)
{
  FILE *f = fopen(path, "rb");
  int c = f ? fgetc(f) : EOF;

  if(f)
    fclose(f);
  if(c == EOF)
    return JC_ERR_SYNTAX;  /* and no word why */
  return jc_load_error(ld, JC_ERR_SYNTAX, 0, 0, "bad input");
}

static const char *const noposition_suffixes[] = { "nopos", NULL };

static const jc_loader noposition_loader = {
  .abi = JC_PLUGIN_ABI, .name = "NoPosition", .version = "0",
  .suffixes = noposition_suffixes, .load = noposition_load,
};

const jc_loader *
jc_plugin_entry(unsigned host_abi)
{
  (void)host_abi;
  return &noposition_loader;
}
