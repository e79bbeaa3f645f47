/* tests/plugins/badabi.c: a plugin built for an ABI this host does not
 * load; the host must refuse it with a message, not crash. */
#include "jiceng-plugin.h"

static jc_status
badabi_load(jc_load *ld, const char *path)
{
  (void)ld;
  (void)path;
  return JC_OK;
}

static const char *const badabi_suffixes[] = { ".badabi", NULL };

static const jc_loader badabi_loader = {
  .abi = JC_PLUGIN_ABI + 99, .name = "badabi", .version = "0",
  .suffixes = badabi_suffixes, .load = badabi_load,
};

const jc_loader *
jc_plugin_entry(unsigned host_abi)
{
  (void)host_abi;
  return &badabi_loader;
}
