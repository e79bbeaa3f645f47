/* tests/plugins/failing.c: misbehaving loaders for the fault tests.  Files
 * ending .fail get two good triples and then an error; files ending
 * .badterm get a good triple and then a relative IRI; files ending
 * .badutf8 a good triple and then a literal that is not UTF-8; .crash
 * get a good triple and then a segmentation fault.  Each time the store
 * must be left exactly as it was. */
#include <signal.h>
#include <string.h>
#include "jiceng-plugin.h"

static jc_status
failing_load(jc_load *ld, const char *path)
{
  jc_term s = { JC_TERM_IRI, "http://example.org/s", NULL, NULL };
  jc_term p = { JC_TERM_IRI, "http://example.org/p", NULL, NULL };
  jc_term o = { JC_TERM_LITERAL, "half-written", NULL, NULL };
  jc_term bad = { JC_TERM_IRI, "not an absolute iri", NULL, NULL };
  jc_term latin1 = { JC_TERM_LITERAL, "ab\xE9" "c", NULL, NULL };
  jc_status st;

  if((st = jc_load_triple(ld, &s, &p, &o)) != JC_OK)
    return st;
  if(strstr(path, ".badterm"))
    return jc_load_triple(ld, &s, &p, &bad);
  if(strstr(path, ".badutf8"))
    return jc_load_triple(ld, &s, &p, &latin1);
  if(strstr(path, ".crash")) {
    raise(SIGSEGV);
    return JC_OK;
  }
  if((st = jc_load_triple(ld, &p, &p, &o)) != JC_OK)
    return st;
  return jc_load_error(ld, JC_ERR_SYNTAX, 7, 3, "deliberate failure");
}

static const char *const failing_suffixes[] = { ".fail", ".badterm",
                                               ".badutf8", ".crash", NULL };

static const jc_loader failing_loader = {
  .abi = JC_PLUGIN_ABI, .name = "failing", .version = "0",
  .description = "test plugin that fails mid-load",
  .suffixes = failing_suffixes, .load = failing_load,
};

const jc_loader *
jc_plugin_entry(unsigned host_abi)
{
  return host_abi >= JC_PLUGIN_ABI ? &failing_loader : NULL;
}
