/* core/sparql/explain.c: EXPLAIN (explain_*): each operator that runs
 * notes a line (what it is, the estimate it was planned with, the rows
 * it produced), indented by its depth in the plan; the query's answer is
 * then this table instead of its rows. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sparql.h"

int
explain_begin(sp_exec *ex, double est, const char *fmt, ...)
{
  sp_plan_line *l;
  va_list ap;
  char buf[512];

  if(!ex->explain)
    return -1;
  l = mem_alloc(&ex->larena, sizeof *l);
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  l->depth = ex->depth;
  l->what = mem_strdup(&ex->larena, buf);
  l->est = est;
  l->actual = 0;
  if(mem_push(&ex->larena, &ex->plan, l))
    return -1;
  return (int)ex->plan.n - 1;
}

void
explain_end(sp_exec *ex, int line, size_t actual)
{
  if(line >= 0 && (size_t)line < ex->plan.n)
    ((sp_plan_line *)ex->plan.v[line])->actual = actual;
}

/* A pattern position as the plan shows it: ?var, a prefixed name, <iri>
 * or a short literal. */
const char *
explain_term(sp_exec *ex, const sp_term *t)
{
  char *c;

  if(t->var >= 0)
    return mem_printf(&ex->larena, "?%s", ex->vars->names[t->var][0] == '.'
                      ? "_" : ex->vars->names[t->var]);
  switch(t->t.kind) {
  case JC_TERM_IRI:
    if((c = jc_prefix_compact(ex->ctx, t->t.value))) {
      const char *r = mem_strdup(&ex->larena, c);
      free(c);
      return r;
    }
    return mem_printf(&ex->larena, "<%s>", t->t.value);
  case JC_TERM_BLANK:
    return mem_printf(&ex->larena, "_:%s", t->t.value);
  case JC_TERM_LITERAL:
    return mem_printf(&ex->larena, "\"%.40s\"", t->t.value);
  }
  return "?";
}

int
explain_result(sp_exec *ex, jc_result **out)
{
  static const char *const cols[] = { "operator", "estimated", "actual" };
  size_t i;

  if(jc_result_new_kind(ex->ctx, JC_RESULT_BINDINGS, 3, cols, out))
    return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  for(i = 0; i < ex->plan.n; i++) {
    sp_plan_line *l = ex->plan.v[i];
    char what[600], est[32], act[32];
    jc_term t[3];
    const jc_term *cells[3];
    int k;
    snprintf(what, sizeof what, "%*s%s", 2 * l->depth, "", l->what);
    if(l->est >= 0)
      snprintf(est, sizeof est, "%.0f", l->est);
    snprintf(act, sizeof act, "%zu", l->actual);
    for(k = 0; k < 3; k++) {
      t[k].kind = JC_TERM_LITERAL;
      t[k].datatype = k ? SP_XSD "integer" : NULL;
      t[k].lang = NULL;
      cells[k] = &t[k];
    }
    t[0].value = what;
    t[1].value = est;
    t[2].value = act;
    if(l->est < 0)
      cells[1] = NULL;
    if(jc_result_add_row(ex->ctx, *out, cells))
      return exec_fail(ex, JC_ERR_NOMEM, "out of memory");
  }
  return 0;
}
