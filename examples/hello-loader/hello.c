/* hello.c: a complete jiceng loader plugin, small enough to read in one
 * sitting.  It reads lines "NAME: GREETING" and says, for each person,
 *   <FILE#person-N> foaf:name "NAME" ; hello:greeting "GREETING" .
 * Build it with the Makefile beside it (pkg-config jiceng-plugin); the
 * guide (jiceng-plugin(7)) walks through every part. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jiceng/plugin.h>

#define FOAF_NAME "http://xmlns.com/foaf/0.1/name"
#define GREETING  "https://example.org/hello#greeting"

/* One line: everything a plugin emits goes through jc_load_triple(); the
 * host copies the strings, so they may live on the stack.  Positions are
 * in characters, not bytes: jc_utf8_column() counts them. */
static jc_status
hello_line(jc_load *ld, char *text, long line)
{
  char subject[1024];
  char *colon, *greeting;
  jc_term s = { JC_TERM_IRI, subject, NULL, NULL };
  jc_term p = { JC_TERM_IRI, FOAF_NAME, NULL, NULL };
  jc_term o = { JC_TERM_LITERAL, text, NULL, NULL };
  size_t len = strlen(text), ok;
  jc_status st;

  /* The host refuses text that is not UTF-8; say where it is instead.
   * GBK, common for Chinese text, fails here at its first character. */
  if((ok = jc_utf8_check(text, len)) != len)
    return jc_load_error(ld, JC_ERR_ENCODING, line, jc_utf8_column(text, ok),
                         "invalid UTF-8 (byte 0x%02X); convert the file to "
                         "UTF-8", (unsigned char)text[ok]);
  colon = strchr(text, ':');
  if(!colon || colon == text)
    return jc_load_error(ld, JC_ERR_SYNTAX, line, colon ? 1 :
                         jc_utf8_column(text, len), "expected NAME: "
                         "GREETING");
  *colon = '\0';
  greeting = colon + 1 + strspn(colon + 1, " ");
  snprintf(subject, sizeof subject, "%s#person-%ld", jc_load_graph_iri(ld),
           line);
  if((st = jc_load_triple(ld, &s, &p, &o)) != JC_OK)
    return st;  /* the host refused a term: pass its status on */
  p.value = GREETING;
  o.value = greeting;
  return jc_load_triple(ld, &s, &p, &o);
}

static jc_status
hello_load(jc_load *ld, const char *path)
{
  FILE *f = fopen(path, "r");
  char *text = NULL;
  size_t cap = 0;
  long line = 0;
  jc_status st = JC_OK;

  if(!f)
    return jc_load_error(ld, JC_ERR_IO, 0, 0, "cannot open");
  while(st == JC_OK && getline(&text, &cap, f) >= 0) {
    line++;
    text[strcspn(text, "\r\n")] = '\0';
    if(*text && *text != '#')  /* blank lines and comments */
      st = hello_line(ld, text, line);
  }
  free(text);
  fclose(f);
  return st;
}

static const char *const hello_suffixes[] = { ".hello", NULL };

/* The table the host reads.  Members are only ever appended to jc_loader,
 * so designated initializers keep this right across ABI versions. */
static const jc_loader hello_loader = {
  .abi = JC_PLUGIN_ABI,
  .name = "hello",
  .version = "1.0",
  .description = "Greetings: one line \"NAME: GREETING\" per person",
  .suffixes = hello_suffixes,
  .load = hello_load,
};

/* The one exported symbol.  A host older than our ABI gets NULL and
 * refuses the plugin with a clear message instead of misreading it.
 * JC_PLUGIN_EXPORT keeps it visible under -fvisibility=hidden. */
JC_PLUGIN_EXPORT const jc_loader *
jc_plugin_entry(unsigned host_abi)
{
  return host_abi >= JC_PLUGIN_ABI ? &hello_loader : NULL;
}
