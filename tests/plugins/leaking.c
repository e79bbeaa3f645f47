/* tests/plugins/leaking.c: a loader that behaves except that it loses
 * buffers on every load.  `plugin check` must report it, through
 * LeakSanitizer or valgrind. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "jiceng-plugin.h"

/* Through a volatile, so the compiler cannot drop the unused buffer. */
static char *volatile leaking_last;

static jc_status
leaking_load(jc_load *ld, const char *path)
{
  FILE *f = fopen(path, "rb");
  int c;

  /* Several buffers, each lost when the next is made: valgrind calls a
   * block only "possibly lost" when a stale pointer left in memory that
   * the allocator reused points into it, which depends on the host's
   * heap layout; not all of them can be so. */
  for(c = 0; c < 8; c++) {
    leaking_last = malloc(512);
    if(leaking_last)
      memset(leaking_last, 'x', 512);
  }
  leaking_last = NULL;  /* the leak */
  if(!f)
    return jc_load_error(ld, JC_ERR_IO, 0, 0, "cannot open");
  if((c = fgetc(f)) == EOF) {
    fclose(f);
    return JC_OK;
  }
  fclose(f);
  return jc_load_error(ld, JC_ERR_SYNTAX, 1, 1, "unexpected byte 0x%02X", c);
}

static const char *const leaking_suffixes[] = { ".leak", NULL };

static const jc_loader leaking_loader = {
  .abi = JC_PLUGIN_ABI, .name = "leaking", .version = "0",
  .description = "test plugin that leaks memory",
  .suffixes = leaking_suffixes, .load = leaking_load,
};

const jc_loader *
jc_plugin_entry(unsigned host_abi)
{
  return host_abi >= JC_PLUGIN_ABI ? &leaking_loader : NULL;
}
