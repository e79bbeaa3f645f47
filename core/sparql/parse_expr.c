/* core/sparql/parse_expr.c: expressions (parse_*), from || down to the
 * built-in calls, aggregates and EXISTS.  Aggregates get a hidden
 * variable each and are listed on the query they belong to, so grouping
 * computes them once and the expression only reads the variable. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "sparql.h"

static int parse_unary(parse_ctx *pc, sp_expr **out);

static sp_expr *
ex_new(parse_ctx *pc, sp_expr_op op, size_t nargs)
{
  sp_expr *e = mem_alloc(pc->arena, sizeof *e);

  e->op = op;
  e->line = pc->tok.line;
  e->col = pc->tok.col;
  e->nargs = nargs;
  e->args = mem_alloc(pc->arena, (nargs + 1) * sizeof *e->args);
  return e;
}

static sp_expr *
ex_bin(parse_ctx *pc, sp_expr_op op, sp_expr *a, sp_expr *b)
{
  sp_expr *e = ex_new(pc, op, 2);

  e->args[0] = a;
  e->args[1] = b;
  e->line = a->line;
  e->col = a->col;
  return e;
}

static int
parse_arg_list(parse_ctx *pc, sp_vec *args, int *distinct)
{
  sp_expr *e;

  if(pc->tok.kind == TK_NIL) {
    parse_advance(pc);
    return 0;
  }
  if(parse_expect(pc, "("))
    return -1;
  if(distinct)
    *distinct = parse_accept(pc, "DISTINCT");
  do {
    if(parse_expression(pc, &e) || mem_push(pc->arena, args, e))
      return -1;
  } while(parse_accept(pc, ","));
  return parse_expect(pc, ")");
}

static sp_expr *
ex_from_vec(parse_ctx *pc, sp_expr_op op, sp_vec *args)
{
  sp_expr *e = ex_new(pc, op, args->n);

  if(args->n)
    memcpy(e->args, args->v, args->n * sizeof *e->args);
  return e;
}

static int
parse_aggregate(parse_ctx *pc, sp_expr **out)
{
  sp_expr *e = ex_new(pc, EX_AGG, 0), *arg = NULL;
  const char *name = mem_strdup(pc->arena, pc->tok.text);
  char *u;

  for(u = (char *)name; *u; u++)
    *u = (char)(*u >= 'a' && *u <= 'z' ? *u - 32 : *u);
  if(!pc->in_agg_ok || !pc->cur)
    return parse_fail(pc, "%s is an aggregate: only in SELECT, HAVING "
                      "and ORDER BY", name);
  parse_advance(pc);
  e->iri = name;
  if(parse_expect(pc, "("))
    return -1;
  e->distinct = parse_accept(pc, "DISTINCT");
  if(!strcmp(name, "COUNT") && parse_accept(pc, "*"))
    e->star = 1;
  else {
    int saved = pc->in_agg_ok;
    pc->in_agg_ok = 0;
    if(parse_expression(pc, &arg))
      return -1;
    pc->in_agg_ok = saved;
  }
  if(!strcmp(name, "GROUP_CONCAT") && parse_accept(pc, ";")) {
    if(parse_expect(pc, "SEPARATOR") || parse_expect(pc, "="))
      return -1;
    if(pc->tok.kind != TK_STRING)
      return parse_fail(pc, "SEPARATOR needs a string");
    e->sep = pc->tok.text;
    parse_advance(pc);
  }
  if(parse_expect(pc, ")"))
    return -1;
  if(arg) {
    e->nargs = 1;
    e->args[0] = arg;
  }
  e->slot = parse_hidden_var(pc, "agg");
  *out = e;
  return mem_push(pc->arena, &pc->cur->aggs, e);
}

static int
parse_exists(parse_ctx *pc, sp_expr **out, int negated)
{
  sp_expr *e = ex_new(pc, negated ? EX_NOT_EXISTS : EX_EXISTS, 0);
  int saved = pc->in_agg_ok;

  pc->in_agg_ok = 0;
  if(parse_group(pc, &e->pat))
    return -1;
  pc->in_agg_ok = saved;
  *out = e;
  return 0;
}

static int
parse_builtin(parse_ctx *pc, sp_expr **out)
{
  static const char *const aggs[] = {
    "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT", NULL
  };
  sp_vec args = { 0 };
  int i, fn, line = pc->tok.line, col = pc->tok.col;

  for(i = 0; aggs[i]; i++)
    if(parse_is(pc, aggs[i]))
      return parse_aggregate(pc, out);
  if(parse_accept(pc, "EXISTS"))
    return parse_exists(pc, out, 0);
  if(parse_is(pc, "NOT")) {
    parse_advance(pc);
    if(parse_expect(pc, "EXISTS"))
      return -1;
    return parse_exists(pc, out, 1);
  }
  fn = func_lookup(pc->tok.text);
  if(!fn)
    return parse_fail(pc, "unknown function '%s'", pc->tok.text);
  parse_advance(pc);
  if(parse_arg_list(pc, &args, NULL))
    return -1;
  if(fn == FN_BOUND && args.n == 1 &&
     ((sp_expr *)args.v[0])->op != EX_VAR) {
    pc->tok.line = line;
    pc->tok.col = col;
    return parse_fail(pc, "BOUND needs a variable");
  }
  if(!func_arity_ok(fn, args.n)) {
    pc->tok.line = line;
    pc->tok.col = col;
    return parse_fail(pc, "wrong number of arguments");
  }
  *out = ex_from_vec(pc, EX_CALL, &args);
  (*out)->fn = fn;
  (*out)->line = line;
  (*out)->col = col;
  return 0;
}

/* iri or iri(args): a constant, a cast or an extension function. */
static int
parse_iri_or_call(parse_ctx *pc, sp_expr **out)
{
  char *iri;
  int line = pc->tok.line, col = pc->tok.col;

  if(parse_iri(pc, &iri))
    return -1;
  if(pc->tok.kind == TK_NIL || parse_is(pc, "(")) {
    sp_vec args = { 0 };
    int distinct = 0;
    if(parse_arg_list(pc, &args, &distinct))
      return -1;
    *out = ex_from_vec(pc, EX_CALL, &args);
    (*out)->fn = FN_IRI;
    (*out)->iri = iri;
  } else {
    *out = ex_new(pc, EX_CONST, 0);
    (*out)->term.var = -1;
    (*out)->term.t.kind = JC_TERM_IRI;
    (*out)->term.t.value = iri;
  }
  (*out)->line = line;
  (*out)->col = col;
  return 0;
}

int
parse_function_call(parse_ctx *pc, sp_expr **out)
{
  if(pc->tok.kind == TK_WORD)
    return parse_builtin(pc, out);
  return parse_iri_or_call(pc, out);
}

static int
parse_primary(parse_ctx *pc, sp_expr **out)
{
  sp_expr *e;

  switch(pc->tok.kind) {
  case TK_VAR:
    e = ex_new(pc, EX_VAR, 0);
    e->term.var = parse_var(pc, pc->tok.text);
    parse_advance(pc);
    *out = e;
    return 0;
  case TK_IRI: case TK_PNAME:
    return parse_iri_or_call(pc, out);
  case TK_STRING: case TK_INTEGER: case TK_DECIMAL: case TK_DOUBLE:
    e = ex_new(pc, EX_CONST, 0);
    *out = e;
    if(pc->tok.kind == TK_STRING)
      return parse_rdf_literal(pc, &e->term);
    return parse_numeric(pc, &e->term, 0);
  case TK_WORD:
    if(parse_is(pc, "true") || parse_is(pc, "false")) {
      e = ex_new(pc, EX_CONST, 0);
      e->term.var = -1;
      e->term.t.kind = JC_TERM_LITERAL;
      e->term.t.value = parse_is(pc, "true") ? "true" : "false";
      e->term.t.datatype = SP_XSD "boolean";
      parse_advance(pc);
      *out = e;
      return 0;
    }
    return parse_builtin(pc, out);
  case TK_PUNCT:
    if(parse_is(pc, "("))
      return parse_bracketted(pc, out);
    break;
  case TK_EOF: case TK_BNODE: case TK_LANG: case TK_NIL: case TK_ANON:
  case TK_ERROR:
    break;
  }
  return parse_fail(pc, "expected an expression");
}

static int
parse_unary(parse_ctx *pc, sp_expr **out)
{
  sp_expr_op op;
  sp_expr *e;

  if(parse_is(pc, "!"))
    op = EX_NOT;
  else if(parse_is(pc, "-"))
    op = EX_NEG;
  else if(parse_is(pc, "+"))
    op = EX_PLUS;
  else
    return parse_primary(pc, out);
  e = ex_new(pc, op, 1);
  parse_advance(pc);
  if(parse_unary(pc, &e->args[0]))
    return -1;
  *out = e;
  return 0;
}

static int
parse_multiplicative(parse_ctx *pc, sp_expr **out)
{
  if(parse_unary(pc, out))
    return -1;
  for(;;) {
    sp_expr_op op;
    sp_expr *b;
    if(parse_is(pc, "*"))
      op = EX_MUL;
    else if(parse_is(pc, "/"))
      op = EX_DIV;
    else
      return 0;
    parse_advance(pc);
    if(parse_unary(pc, &b))
      return -1;
    *out = ex_bin(pc, op, *out, b);
  }
}

static int
parse_additive(parse_ctx *pc, sp_expr **out)
{
  if(parse_multiplicative(pc, out))
    return -1;
  for(;;) {
    sp_expr_op op;
    sp_expr *b;
    if(parse_is(pc, "+"))
      op = EX_ADD;
    else if(parse_is(pc, "-"))
      op = EX_SUB;
    else
      return 0;
    parse_advance(pc);
    if(parse_multiplicative(pc, &b))
      return -1;
    *out = ex_bin(pc, op, *out, b);
  }
}

static int
parse_in_list(parse_ctx *pc, sp_expr **out, sp_expr_op op)
{
  sp_vec args = { 0 };
  sp_expr *e;

  mem_push(pc->arena, &args, *out);
  if(pc->tok.kind == TK_NIL)
    parse_advance(pc);
  else {
    if(parse_expect(pc, "("))
      return -1;
    do {
      if(parse_expression(pc, &e) || mem_push(pc->arena, &args, e))
        return -1;
    } while(parse_accept(pc, ","));
    if(parse_expect(pc, ")"))
      return -1;
  }
  e = ex_from_vec(pc, op, &args);
  e->line = (*out)->line;
  e->col = (*out)->col;
  *out = e;
  return 0;
}

static int
parse_relational(parse_ctx *pc, sp_expr **out)
{
  static const struct { const char *s; sp_expr_op op; } ops[] = {
    { "=", EX_EQ }, { "!=", EX_NE }, { "<", EX_LT }, { ">", EX_GT },
    { "<=", EX_LE }, { ">=", EX_GE }
  };
  size_t i;

  if(parse_additive(pc, out))
    return -1;
  for(i = 0; i < sizeof ops / sizeof *ops; i++)
    if(parse_is(pc, ops[i].s)) {
      sp_expr *b;
      parse_advance(pc);
      if(parse_additive(pc, &b))
        return -1;
      *out = ex_bin(pc, ops[i].op, *out, b);
      return 0;
    }
  if(parse_accept(pc, "IN"))
    return parse_in_list(pc, out, EX_IN);
  if(parse_is(pc, "NOT") && parse_peek(pc)->kind == TK_WORD &&
     !strcasecmp(parse_peek(pc)->text, "IN")) {
    parse_advance(pc);
    parse_advance(pc);
    return parse_in_list(pc, out, EX_NOT_IN);
  }
  return 0;
}

/* One node for a chain of @op: a || b || c has three operands. */
static int
parse_chain(parse_ctx *pc, sp_expr **out, const char *word, sp_expr_op op,
            int (*operand)(parse_ctx *, sp_expr **))
{
  sp_vec args = { NULL, 0, 0 };
  size_t i;

  if(operand(pc, out))
    return -1;
  if(!parse_is(pc, word))
    return 0;
  if(mem_push(pc->arena, &args, *out))
    return parse_fail(pc, "out of memory");
  while(parse_accept(pc, word)) {
    sp_expr *b;
    if(operand(pc, &b))
      return -1;
    if(mem_push(pc->arena, &args, b))
      return parse_fail(pc, "out of memory");
  }
  *out = ex_new(pc, op, args.n);
  for(i = 0; i < args.n; i++)
    (*out)->args[i] = args.v[i];
  (*out)->line = ((sp_expr *)args.v[0])->line;
  (*out)->col = ((sp_expr *)args.v[0])->col;
  return 0;
}

static int
parse_and(parse_ctx *pc, sp_expr **out)
{
  return parse_chain(pc, out, "&&", EX_AND, parse_relational);
}

int
parse_expression(parse_ctx *pc, sp_expr **out)
{
  return parse_chain(pc, out, "||", EX_OR, parse_and);
}

int
parse_bracketted(parse_ctx *pc, sp_expr **out)
{
  if(parse_expect(pc, "(") || parse_expression(pc, out))
    return -1;
  return parse_expect(pc, ")");
}

int
parse_constraint(parse_ctx *pc, sp_expr **out)
{
  if(parse_is(pc, "("))
    return parse_bracketted(pc, out);
  return parse_function_call(pc, out);
}
