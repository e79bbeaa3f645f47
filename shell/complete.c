/* shell/complete.c: Tab completion for the interactive shell: dot
 * commands and their arguments, SPARQL keywords, declared prefixes, the
 * prefixed names of classes and properties in the store, and entity
 * labels.  Candidates from the store are read once, at the first Tab, and
 * kept until a load or drop changes the store.  Readline itself is driven
 * by repl.c.
 *
 * A label completes to the label while several entities share the typed
 * beginning.  Once it names one entity (a single candidate, or the whole
 * label typed), Tab in a statement replaces it with the entity's prefixed
 * name or <IRI>, which works anywhere in a query; after .describe, .tree,
 * .path and .dot it stays a label, which those commands accept. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <readline/readline.h>
#include "shell.h"

typedef struct complete_label {
  char *label;  /* owned */
  char *ref;    /* owned: prefixed name or <IRI> */
} complete_label;

struct sh_words {
  char           **terms;   /* owned: prefixed names of classes, properties */
  size_t           nterms;
  complete_label  *labels;  /* owned, sorted by label */
  size_t           nlabels;
};

static const char *const complete_keywords[] = {
  "SELECT", "DISTINCT", "REDUCED", "WHERE", "FILTER", "OPTIONAL", "UNION",
  "MINUS", "GRAPH", "SERVICE", "BIND", "VALUES", "GROUP", "BY", "HAVING",
  "ORDER", "ASC", "DESC", "LIMIT", "OFFSET", "PREFIX", "BASE", "CONSTRUCT",
  "DESCRIBE", "ASK", "FROM", "NAMED", "AS", "COUNT", "SUM", "MIN", "MAX",
  "AVG", "SAMPLE", "GROUP_CONCAT", "SEPARATOR", "STR", "LANG", "LANGMATCHES",
  "DATATYPE", "BOUND", "IRI", "URI", "BNODE", "CONCAT", "STRLEN", "UCASE",
  "LCASE", "CONTAINS", "STRSTARTS", "STRENDS", "STRBEFORE", "STRAFTER",
  "YEAR", "MONTH", "DAY", "NOW", "COALESCE", "IF", "STRLANG", "STRDT",
  "sameTerm", "isIRI", "isURI", "isBLANK", "isLITERAL", "isNUMERIC", "REGEX",
  "SUBSTR", "REPLACE", "EXISTS", "NOT", "IN", "true", "false", "UNDEF", NULL
};

static const char *const complete_modes[] = {
  "table", "csv", "tsv", "json", "xml", "turtle", "ntriples", NULL
};
static const char *const complete_onoff[] = { "on", "off", NULL };

void
sh_words_free(sh_words *w)
{
  size_t i;

  if(!w)
    return;
  for(i = 0; i < w->nterms; i++)
    free(w->terms[i]);
  for(i = 0; i < w->nlabels; i++) {
    free(w->labels[i].label);
    free(w->labels[i].ref);
  }
  free(w->terms);
  free(w->labels);
  free(w);
}

void
sh_words_stale(sh_state *sh)
{
  sh_words_free(sh->words);
  sh->words = NULL;
}

static int
complete_cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
complete_cmp_label(const void *a, const void *b)
{
  const complete_label *x = a, *y = b;
  int c = strcmp(x->label, y->label);

  return c ? c : strcmp(x->ref, y->ref);
}

static char *
complete_ref(sh_state *sh, const char *iri)
{
  char *s = jc_prefix_compact(sh->ctx, iri);

  if(!s && (s = malloc(strlen(iri) + 3)))
    sprintf(s, "<%s>", iri);
  return s;
}

/* Read the candidates from the store; on any failure, fewer of them. */
static sh_words *
complete_load(sh_state *sh)
{
  /* GROUP BY, not DISTINCT: Rasqal 0.9.33 leaks rows under DISTINCT. */
  static const char *const terms_q =
    "SELECT ?t WHERE { { ?s a ?t } UNION { ?s ?t ?o } UNION "
    "{ ?t a owl:Class } UNION { ?t a rdf:Property } UNION "
    "{ ?t a owl:ObjectProperty } UNION { ?t a owl:DatatypeProperty } } "
    "GROUP BY ?t HAVING(BOUND(?t))";
  static const char *const labels_q =
    "SELECT ?e ?l WHERE { { ?e rdfs:label ?l } UNION "
    "{ ?e skos:altLabel ?l } UNION { ?e skos:prefLabel ?l } UNION "
    "{ ?e foaf:name ?l } FILTER(isIRI(?e)) } GROUP BY ?e ?l "
    "HAVING(BOUND(?e))";
  sh_words *w = calloc(1, sizeof *w);
  jc_result *r = NULL;
  size_t i, n;

  if(!w)
    return NULL;
  if(jc_query_exec(sh->ctx, terms_q, &r) == JC_OK &&
     (w->terms = calloc(jc_result_rows(r) + 1, sizeof *w->terms))) {
    for(i = 0; i < jc_result_rows(r); i++) {
      const jc_term *t = jc_result_cell(r, i, 0);
      char *s = t && t->kind == JC_TERM_IRI
                ? jc_prefix_compact(sh->ctx, t->value) : NULL;
      if(s)
        w->terms[w->nterms++] = s;
    }
    qsort(w->terms, w->nterms, sizeof *w->terms, complete_cmp_str);
  }
  jc_result_free(r);
  r = NULL;
  if(jc_query_exec(sh->ctx, labels_q, &r) == JC_OK &&
     (w->labels = calloc(jc_result_rows(r) + 1, sizeof *w->labels))) {
    for(i = n = 0; i < jc_result_rows(r); i++) {
      const jc_term *e = jc_result_cell(r, i, 0), *l = jc_result_cell(r, i, 1);
      if(!e || !l || !*l->value)
        continue;
      w->labels[n].label = strdup(l->value);
      w->labels[n].ref = complete_ref(sh, e->value);
      if(!w->labels[n].label || !w->labels[n].ref) {
        free(w->labels[n].label);
        free(w->labels[n].ref);
        continue;
      }
      n++;
    }
    w->nlabels = n;
    qsort(w->labels, n, sizeof *w->labels, complete_cmp_label);
  }
  jc_result_free(r);
  return w;
}

/* A growing NULL-terminated list in readline's format: [0] is the text
 * to insert, filled in by complete_finish(). */
typedef struct complete_list {
  char **v;
  size_t n, cap;
} complete_list;

static void
complete_add(complete_list *l, const char *s)
{
  size_t i;

  for(i = 1; i < l->n; i++)  /* labels repeat across entities */
    if(!strcmp(l->v[i], s))
      return;
  if(l->n + 2 > l->cap) {
    size_t cap = l->cap ? 2 * l->cap : 16;
    char **g = realloc(l->v, cap * sizeof *g);
    if(!g)
      return;
    l->v = g;
    l->cap = cap;
  }
  if(!l->n)
    l->v[l->n++] = NULL;
  if((l->v[l->n] = strdup(s)))
    l->n++;
}

/* Keywords in the case the user started typing. */
static void
complete_keyword(complete_list *l, const char *text, size_t len)
{
  size_t i, j;
  char buf[32];

  for(i = 0; complete_keywords[i]; i++) {
    const char *k = complete_keywords[i];
    if(strlen(k) >= sizeof buf || strncasecmp(k, text, len))
      continue;
    for(j = 0; k[j]; j++)
      buf[j] = islower((unsigned char)text[0]) && isupper((unsigned char)k[j])
               ? (char)tolower((unsigned char)k[j]) : k[j];
    buf[j] = '\0';
    memcpy(buf, text, len);
    complete_add(l, buf);
  }
}

static void
complete_words(complete_list *l, const char *const *words, const char *text)
{
  size_t i, len = strlen(text);

  for(i = 0; words[i]; i++)
    if(!strncmp(words[i], text, len))
      complete_add(l, words[i]);
}

/* Labels starting with @text; in a statement, one entity becomes its
 * reference. */
static void
complete_labels(sh_state *sh, complete_list *l, const char *text, int refs)
{
  size_t len = strlen(text), i, first = (size_t)-1;
  sh_words *w = sh->words;
  int one = 1;  /* every match names the same entity */

  for(i = 0; i < w->nlabels; i++)
    if(!strncmp(w->labels[i].label, text, len)) {
      if(first == (size_t)-1)
        first = i;
      else if(strcmp(w->labels[i].ref, w->labels[first].ref))
        one = 0;
    }
  if(first == (size_t)-1)
    return;
  if(refs && len) {
    size_t exact = 0, hit = 0;
    for(i = first; i < w->nlabels; i++)
      if(!strcmp(w->labels[i].label, text)) {
        exact++;
        hit = i;
      }
    if(one || exact == 1) {
      complete_add(l, w->labels[exact == 1 ? hit : first].ref);
      return;
    }
  }
  for(i = first; i < w->nlabels; i++)
    if(!strncmp(w->labels[i].label, text, len))
      complete_add(l, w->labels[i].label);
}

static void
complete_sparql(sh_state *sh, complete_list *l, const char *text)
{
  size_t len = strlen(text), i;
  const char *colon = strchr(text, ':');

  if(!colon) {
    complete_keyword(l, text, len);
    for(i = 0; i < jc_prefix_count(sh->ctx); i++) {
      const char *p, *iri;
      char buf[64];
      jc_prefix_get(sh->ctx, i, &p, &iri);
      if(strlen(p) + 2 < sizeof buf && !strncmp(p, text, len)) {
        snprintf(buf, sizeof buf, "%s:", p);
        complete_add(l, buf);
      }
    }
  }
  if(!len)
    return;
  for(i = 0; i < sh->words->nterms; i++)
    if(!strncmp(sh->words->terms[i], text, len))
      complete_add(l, sh->words->terms[i]);
  if(!colon)
    complete_labels(sh, l, text, 1);
}

/* Readline wants [0] to be what replaces @text: the longest common
 * beginning of the candidates (whole characters), or the one candidate. */
static char **
complete_finish(complete_list *l)
{
  size_t i, n;

  if(l->n <= 1) {
    free(l->v);
    return NULL;
  }
  l->v[l->n] = NULL;
  if(l->n == 2) {
    l->v[0] = strdup(l->v[1]);
    free(l->v[1]);
    l->v[1] = NULL;
    return l->v;
  }
  qsort(l->v + 1, l->n - 1, sizeof *l->v, complete_cmp_str);
  n = strlen(l->v[1]);
  for(i = 2; i < l->n; i++) {
    size_t j = 0;
    while(j < n && l->v[i][j] == l->v[1][j])
      j++;
    n = j;
  }
  while(n && ((unsigned char)l->v[1][n] & 0xC0) == 0x80)  /* UTF-8 */
    n--;
  l->v[0] = strndup(l->v[1], n);
  return l->v;
}

char **
sh_complete(sh_state *sh, const char *line, const char *text, int start,
            int end)
{
  complete_list l = { NULL, 0, 0 };
  const char *p = line + strspn(line, " \t");
  char cmd[16];
  int arg = 0, i;

  (void)end;
  rl_attempted_completion_over = 1;  /* no file names unless asked */
  if(!sh->words && sh->store_open)
    sh->words = complete_load(sh);
  if(!sh->words)
    return NULL;
  if(*p != '.' || sh->typed.len) {
    complete_sparql(sh, &l, text);
    return complete_finish(&l);
  }
  /* A dot command: which word is being completed? */
  for(i = 0; p[i] && p[i] != ' ' && p[i] != '\t' && i < 15; i++)
    cmd[i] = p[i];
  cmd[i] = '\0';
  for(i = (int)(p - line); i < start; i++)
    if((line[i] == ' ' || line[i] == '\t') && line[i + 1] != ' ' &&
       line[i + 1] != '\t')
      arg++;
  if(!arg) {
    for(i = 0; sh_dot_name((size_t)i); i++)
      if(!strncmp(sh_dot_name((size_t)i), text, strlen(text)))
        complete_add(&l, sh_dot_name((size_t)i));
  }
  else if(!strcmp(cmd, ".mode"))
    complete_words(&l, complete_modes, text);
  else if(!strcmp(cmd, ".headers") || !strcmp(cmd, ".labels") ||
          !strcmp(cmd, ".timer") || !strcmp(cmd, ".wrap"))
    complete_words(&l, complete_onoff, text);
  else if(!strcmp(cmd, ".help")) {
    for(i = 0; sh_dot_name((size_t)i); i++)
      if(!strncmp(sh_dot_name((size_t)i) + 1, text, strlen(text)))
        complete_add(&l, sh_dot_name((size_t)i) + 1);
  } else if(!strcmp(cmd, ".describe") || !strcmp(cmd, ".tree") ||
            !strcmp(cmd, ".path") || (!strcmp(cmd, ".dot") && arg == 1))
    complete_labels(sh, &l, text, 0);
  else if(!strcmp(cmd, ".load") || !strcmp(cmd, ".read") ||
          !strcmp(cmd, ".output") || !strcmp(cmd, ".once") ||
          !strcmp(cmd, ".export") || !strcmp(cmd, ".dot")) {
    rl_attempted_completion_over = 0;
    return rl_completion_matches(text, rl_filename_completion_function);
  }
  return complete_finish(&l);
}
