/* core/sparql/expr.c: evaluating expressions over a row (expr_*): the
 * logical operators with SPARQL's error rules (an error is neither true
 * nor false), comparisons, arithmetic with numeric type promotion, IN,
 * and EXISTS as a correlated sub-plan: the row's bindings are substituted
 * into the scans of the pattern.  Function calls are in func.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "sparql.h"

static sp_val
expr_var(sp_exec *ex, int var, const jc_id *row)
{
  jc_id id = row[var];

  if(!id && ex->subst)
    id = ex->subst[var];
  return exec_val(ex, id);
}

/* || and && over any number of operands (the parser makes one node of a
 * chain, so that a long chain needs no deep recursion): a true (false)
 * operand decides; else an error among them is the answer (§17.2). */
static sp_val
expr_logic(sp_exec *ex, sp_expr *e, const jc_id *row)
{
  int decide = e->op == EX_OR, err = 0;
  size_t i;

  for(i = 0; i < e->nargs; i++) {
    sp_val a = expr_eval(ex, e->args[i], row);
    int x = val_ebv(&a);
    if(x == decide)
      return val_bool(decide);
    err |= x < 0;
  }
  return err ? val_none() : val_bool(!decide);
}

static sp_val
expr_compare(sp_exec *ex, sp_expr *e, const jc_id *row)
{
  sp_val a = expr_eval(ex, e->args[0], row);
  sp_val b = expr_eval(ex, e->args[1], row);
  int c;

  if(a.kind == V_NONE || b.kind == V_NONE)
    return val_none();
  if(e->op == EX_EQ || e->op == EX_NE) {
    c = val_equal(ex, &a, &b);
    if(c < 0)
      return val_none();
    return val_bool(e->op == EX_EQ ? c : !c);
  }
  c = val_compare(ex, &a, &b);
  if(c == 2)
    return val_none();
  switch(e->op) {
  case EX_LT: return val_bool(c < 0);
  case EX_GT: return val_bool(c > 0);
  case EX_LE: return val_bool(c <= 0);
  default: return val_bool(c >= 0);
  }
}

static sp_val
expr_in(sp_exec *ex, sp_expr *e, const jc_id *row)
{
  sp_val a = expr_eval(ex, e->args[0], row);
  size_t i;
  int err = 0;

  if(a.kind == V_NONE)
    return val_none();
  for(i = 1; i < e->nargs; i++) {
    sp_val b = expr_eval(ex, e->args[i], row);
    int c = b.kind == V_NONE ? -1 : val_equal(ex, &a, &b);
    if(c == 1)
      return val_bool(e->op == EX_IN);
    if(c < 0)
      err = 1;
  }
  return err ? val_none() : val_bool(e->op == EX_NOT_IN);
}

static sp_vkind
expr_promote(const sp_val *a, const sp_val *b)
{
  return a->kind > b->kind ? a->kind : b->kind;
}

static sp_val
expr_arith(sp_exec *ex, sp_expr *e, const jc_id *row)
{
  sp_val a = expr_eval(ex, e->args[0], row);
  sp_val b = expr_eval(ex, e->args[1], row);
  sp_vkind k;

  if(!val_is_numeric(&a) || !val_is_numeric(&b))
    return val_none();
  k = expr_promote(&a, &b);
  if(k == V_INTEGER && e->op != EX_DIV) {
    int64_t r;
    int over = e->op == EX_ADD ? __builtin_add_overflow(a.i, b.i, &r)
               : e->op == EX_SUB ? __builtin_sub_overflow(a.i, b.i, &r)
               : __builtin_mul_overflow(a.i, b.i, &r);
    if(!over)
      return val_int(ex, r);
    k = V_DECIMAL;
  }
  if(e->op == EX_DIV) {
    if(k == V_INTEGER)
      k = V_DECIMAL;
    if(b.d == 0 && (k == V_DECIMAL))
      return val_none();
    return val_num(ex, k, a.d / b.d);
  }
  return val_num(ex, k, e->op == EX_ADD ? a.d + b.d
                        : e->op == EX_SUB ? a.d - b.d : a.d * b.d);
}

static sp_val
expr_exists(sp_exec *ex, sp_expr *e, const jc_id *row)
{
  const jc_id *saved = ex->subst;
  jc_id *merged = calloc(ex->vars->n + 1, sizeof *merged);
  sp_rows unit, res;
  size_t k;
  int found, explain;

  if(!merged) {
    exec_fail(ex, JC_ERR_NOMEM, "out of memory");
    return val_none();
  }
  for(k = 0; k < ex->vars->n; k++)
    merged[k] = row[k] ? row[k] : saved ? saved[k] : 0;
  ex->subst = merged;
  ex->pin++;  /* the enclosing expression may hold decoded terms */
  explain = ex->explain;
  ex->explain = 0;  /* no plan lines for each row's EXISTS */
  if(rows_unit(ex, &unit, ex->vars->n) ||
     op_eval(ex, e->pat, &unit, &res)) {
    ex->explain = explain;
    ex->pin--;
    ex->subst = saved;
    free(merged);
    return val_none();
  }
  ex->explain = explain;
  ex->pin--;
  found = res.n > 0;
  rows_free(ex, &res);
  ex->subst = saved;
  free(merged);
  return val_bool(e->op == EX_EXISTS ? found : !found);
}

sp_val
expr_eval(sp_exec *ex, sp_expr *e, const jc_id *row)
{
  sp_val a;
  int b;

  if(ex->st != JC_OK)
    return val_none();
  switch(e->op) {
  case EX_CONST:
    /* the value is worked out once: a FILTER runs for every row */
    if(!e->cval && (e->cval = mem_alloc(&ex->larena, sizeof *e->cval)))
      *e->cval = val_from_term(ex, &e->term.t);
    a = e->cval ? *e->cval : val_from_term(ex, &e->term.t);
    if(e->term.resolved)
      a.id = e->term.id;
    return a;
  case EX_VAR:
    return expr_var(ex, e->term.var, row);
  case EX_AGG:
    return expr_var(ex, e->slot, row);
  case EX_OR: case EX_AND:
    return expr_logic(ex, e, row);
  case EX_EQ: case EX_NE: case EX_LT: case EX_GT: case EX_LE: case EX_GE:
    return expr_compare(ex, e, row);
  case EX_IN: case EX_NOT_IN:
    return expr_in(ex, e, row);
  case EX_ADD: case EX_SUB: case EX_MUL: case EX_DIV:
    return expr_arith(ex, e, row);
  case EX_NOT:
    a = expr_eval(ex, e->args[0], row);
    b = val_ebv(&a);
    return b < 0 ? val_none() : val_bool(!b);
  case EX_NEG: case EX_PLUS:
    a = expr_eval(ex, e->args[0], row);
    if(!val_is_numeric(&a))
      return val_none();
    if(e->op == EX_PLUS)
      return a;
    if(a.kind == V_INTEGER)
      return val_int(ex, -a.i);
    return val_num(ex, a.kind, -a.d);
  case EX_CALL:
    return func_call(ex, e, row);
  case EX_EXISTS: case EX_NOT_EXISTS:
    return expr_exists(ex, e, row);
  }
  return val_none();
}

int
expr_true(sp_exec *ex, sp_expr *e, const jc_id *row)
{
  sp_val v = expr_eval(ex, e, row);

  return val_ebv(&v) == 1;
}

int
expr_vars(const sp_expr *e, char *vars)
{
  size_t i;

  switch(e->op) {
  case EX_VAR:
    vars[e->term.var] = 1;
    return 0;
  case EX_EXISTS: case EX_NOT_EXISTS: case EX_AGG:
    return -1;
  default:
    break;
  }
  if(e->op == EX_CALL && (e->fn == FN_BNODE || e->fn == FN_RAND))
    return -1;
  for(i = 0; i < e->nargs; i++)
    if(expr_vars(e->args[i], vars))
      return -1;
  return 0;
}
