/* tests/plugins/people.c: an out-of-tree loader as the guide tells a new
 * author to write one, for the suffix tests: a people register, one
 * "NAME<TAB>DISTRICT" line per person, in files ending .people.tsv.  It
 * also claims .csv, which the csv plugin has: a clash `jiceng plugins`
 * and `plugin check` must report.  Built with -fvisibility=hidden and no
 * -ljiceng, so JC_PLUGIN_EXPORT must keep its entry point. */
#include <stdio.h>
#include <string.h>
#include "jiceng-plugin.h"

#define PEOPLE "https://example.org/people#"

static jc_status
people_line(jc_load *ld, char *line, long n)
{
  char *tab = strchr(line, '\t'), iri[512];
  size_t len = strcspn(line, "\r\n");
  jc_term s = { JC_TERM_IRI, iri, NULL, NULL };
  jc_term p = { JC_TERM_IRI, "http://xmlns.com/foaf/0.1/name", NULL, NULL };
  jc_term o = { JC_TERM_LITERAL, line, NULL, "zh" };
  size_t ok;

  line[len] = '\0';
  if((ok = jc_utf8_check(line, len)) != len)
    return jc_load_error(ld, JC_ERR_ENCODING, n, jc_utf8_column(line, ok),
                         "invalid UTF-8 (byte 0x%02X)",
                         (unsigned char)line[ok]);
  if(!tab)
    return jc_load_error(ld, JC_ERR_SYNTAX, n, jc_utf8_column(line, len),
                         "expected NAME<TAB>DISTRICT");
  *tab = '\0';
  snprintf(iri, sizeof iri, "%s%ld", PEOPLE, n);
  return jc_load_triple(ld, &s, &p, &o);
}

static jc_status
people_load(jc_load *ld, const char *path)
{
  FILE *f = fopen(path, "r");
  char line[4096];
  long n = 0;
  jc_status st = JC_OK;

  if(!f)
    return jc_load_error(ld, JC_ERR_IO, 0, 0, "cannot open");
  while(st == JC_OK && fgets(line, sizeof line, f))
    if(++n > 1)  /* the header */
      st = people_line(ld, line, n);
  fclose(f);
  return st;
}

static const char *const people_suffixes[] = { ".people.tsv", ".csv", NULL };

static const jc_loader people_loader = {
  .abi = JC_PLUGIN_ABI, .name = "people", .version = "0.1",
  .description = "test plugin: a people register (NAME<TAB>DISTRICT)",
  .suffixes = people_suffixes, .load = people_load,
};

JC_PLUGIN_EXPORT const jc_loader *
jc_plugin_entry(unsigned host_abi)
{
  return host_abi >= JC_PLUGIN_ABI ? &people_loader : NULL;
}
