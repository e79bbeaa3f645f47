/* tests/plugins/crashing.c: a loader that crashes mid-load, after emitting
 * a good triple; `plugin check` must name the signal.  (Loads through a
 * crashing plugin are tests/cli/plugins.sh's, with failing.c.) */
#include <signal.h>
#include "jiceng-plugin.h"

static jc_status
crashing_load(jc_load *ld, const char *path)
{
  jc_term s = { JC_TERM_IRI, "http://example.org/s", NULL, NULL };
  jc_term p = { JC_TERM_IRI, "http://example.org/p", NULL, NULL };
  jc_term o = { JC_TERM_LITERAL, "half-written", NULL, NULL };

  (void)path;
  jc_load_triple(ld, &s, &p, &o);
  raise(SIGSEGV);  /* not a NULL store: UBSan would turn that into abort */
  return JC_OK;
}

static const char *const crashing_suffixes[] = { ".segv", NULL };

static const jc_loader crashing_loader = {
  .abi = JC_PLUGIN_ABI, .name = "crashing", .version = "0",
  .description = "test plugin that crashes mid-load",
  .suffixes = crashing_suffixes, .load = crashing_load,
};

const jc_loader *
jc_plugin_entry(unsigned host_abi)
{
  return host_abi >= JC_PLUGIN_ABI ? &crashing_loader : NULL;
}
