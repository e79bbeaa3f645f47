/* shell/describe.c: .describe, an entity's relations in both directions,
 * each with the sentence that states it and its article.  Finding the
 * entity is sh_resolve's (explore.c). */
#include <stdlib.h>
#include <string.h>
#include "shell.h"

/* Show a result as a table with labels, whatever the settings, unless
 * the user chose a machine-readable mode. */
static int
explore_table(sh_state *sh, const char *title, jc_result *r)
{
  int labels = sh->labels, rc;

  if(!strcmp(sh->mode, "table") || !strcmp(sh->mode, "turtle") ||
     !strcmp(sh->mode, "ntriples")) {
    printf("\n%s:", title);
    if(!jc_result_rows(r)) {
      printf(" none\n");
      return SH_EXIT_OK;
    }
    printf("\n");
    sh->labels = 1;
  }
  rc = sh_render(sh, r, sh->mode);
  sh->labels = labels;
  return rc;
}

static int
explore_same(const jc_term *a, const jc_term *b)
{
  if(!a || !b)
    return a == b;
  return a->kind == b->kind && !strcmp(a->value, b->value) &&
         !strcmp(a->lang ? a->lang : "", b->lang ? b->lang : "") &&
         !strcmp(a->datatype ? a->datatype : "",
                 b->datatype ? b->datatype : "");
}

/* The row of @ev (columns ?p ?x ?evidence ?art) that backs relation @p to
 * or from @x, or -1. */
static long
explore_evidence_row(const jc_result *ev, const jc_term *p, const jc_term *x)
{
  size_t j;

  for(j = 0; ev && j < jc_result_rows(ev); j++)
    if(explore_same(jc_result_cell(ev, j, 0), p) &&
       explore_same(jc_result_cell(ev, j, 1), x))
      return (long)j;
  return -1;
}

/* The relations of @iri in one direction (@incoming: where it is the
 * object), each with the sentence that states it and its article.
 * Rasqal runs OPTIONAL so slowly that one query with the evidence
 * OPTIONAL took a minute on the demo graph; relations and evidence are
 * fetched apart (milliseconds each) and joined here. */
static jc_status
explore_relations(sh_state *sh, const char *iri, int incoming,
                  jc_result **out)
{
  static const char *const out_cols[] = {
    "relation", "value", "evidence", "article" };
  static const char *const in_cols[] = {
    "from", "relation", "evidence", "article" };
  const char *self = incoming ? "rdf:object" : "rdf:subject";
  const char *other = incoming ? "rdf:subject" : "rdf:object";
  jc_result *rel = NULL, *evh = NULL, *ev = NULL, *res = NULL;
  jc_status st;
  size_t i;

  *out = NULL;
  if(incoming)
    st = sh_queryf(sh, &rel, "SELECT DISTINCT ?p ?x WHERE { ?x ?p <%s> . "
                       SH_NOT_RELATION("?p") " } ORDER BY ?p ?x", iri);
  else
    st = sh_queryf(sh, &rel, "SELECT DISTINCT ?p ?x WHERE { <%s> ?p ?x . "
                       SH_NOT_RELATION("?p") " } ORDER BY ?p ?x", iri);
  /* Evidence whose article has a headline, then any evidence. */
  if(st == JC_OK)
    st = sh_queryf(sh, &evh, "SELECT ?p ?x ?evidence ?headline WHERE { "
                       "?st %s <%s> ; rdf:predicate ?p ; %s ?x ; "
                       "prov:wasDerivedFrom ?sent . ?sent jc:text ?evidence ;"
                       " schema:isPartOf ?art . ?art schema:headline "
                       "?headline }", self, iri, other);
  if(st == JC_OK)
    st = sh_queryf(sh, &ev, "SELECT ?p ?x ?evidence ?art WHERE { "
                       "?st %s <%s> ; rdf:predicate ?p ; %s ?x ; "
                       "prov:wasDerivedFrom ?sent . ?sent jc:text ?evidence ."
                       " OPTIONAL { ?sent schema:isPartOf ?art } }",
                       self, iri, other);
  if(st == JC_OK)
    st = jc_result_new(sh->ctx, 4, incoming ? in_cols : out_cols, &res);
  for(i = 0; st == JC_OK && i < jc_result_rows(rel); i++) {
    const jc_term *p = jc_result_cell(rel, i, 0);
    const jc_term *x = jc_result_cell(rel, i, 1);
    const jc_term *cells[4] = { incoming ? x : p, incoming ? p : x,
                                NULL, NULL };
    const jc_result *from = evh;
    long j = explore_evidence_row(evh, p, x);
    if(j < 0) {
      from = ev;
      j = explore_evidence_row(ev, p, x);
    }
    if(j >= 0) {
      cells[2] = jc_result_cell(from, (size_t)j, 2);
      cells[3] = jc_result_cell(from, (size_t)j, 3);
    }
    st = jc_result_add_row(sh->ctx, res, cells);
  }
  jc_result_free(rel);
  jc_result_free(evh);
  jc_result_free(ev);
  if(st != JC_OK) {
    if(jc_error_status(sh->ctx) == JC_ERR_NOMEM)
      sh_error(sh, "out of memory");
    jc_result_free(res);
    return st;
  }
  *out = res;
  return JC_OK;
}

int
sh_describe(sh_state *sh, const char *name)
{
  char *iri = sh_resolve(sh, name), *label, *ref;
  jc_result *r = NULL;
  int rc = SH_EXIT_DATA;
  size_t i;

  if(!iri)
    return SH_EXIT_DATA;
  label = sh_show_iri(sh, iri, 1);
  ref = sh_show_iri(sh, iri, 0);
  if(!strcmp(sh->mode, "table") || !strcmp(sh->mode, "turtle") ||
     !strcmp(sh->mode, "ntriples")) {
    printf("%s  %s\n", label ? label : "", ref ? ref : "");
    if(sh_queryf(sh, &r, "SELECT DISTINCT ?t WHERE { <%s> a ?t } ORDER BY ?t",
                     iri) != JC_OK)
      goto done;
    for(i = 0; i < jc_result_rows(r); i++) {
      char *t = jc_render_term(sh->ctx, jc_result_cell(r, i, 0), 0);
      printf("%s%s", i ? ", " : "type: ", t ? t : "");
      free(t);
    }
    if(i)
      printf("\n");
    jc_result_free(r);
    r = NULL;
  }
  if(explore_relations(sh, iri, 0, &r) != JC_OK ||
     (rc = explore_table(sh, "Outgoing", r)) != SH_EXIT_OK)
    goto done;
  jc_result_free(r);
  r = NULL;
  rc = SH_EXIT_DATA;
  if(explore_relations(sh, iri, 1, &r) != JC_OK)
    goto done;
  rc = explore_table(sh, "Incoming", r);
done:
  jc_result_free(r);
  free(label);
  free(ref);
  free(iri);
  return rc;
}
