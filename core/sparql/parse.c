/* core/sparql/parse.c: the query as a whole (parse_*): prologue, the four
 * query forms, dataset clauses and solution modifiers, and the token
 * helpers the other parse*.c files share.  Graph patterns are in
 * parse_pattern.c, expressions in parse_expr.c.
 *
 * Prefixes: a query's own PREFIX always wins over the store's predeclared
 * ones, whatever the order; the latest declaration of a name wins. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <raptor2.h>
#include "sparql.h"

int
parse_fail(parse_ctx *pc, const char *fmt, ...)
{
  va_list ap;

  if(pc->err[0])
    return -1;
  va_start(ap, fmt);
  vsnprintf(pc->err, sizeof pc->err, fmt, ap);
  va_end(ap);
  pc->err_line = pc->tok.line;
  pc->err_col = pc->tok.col;
  return -1;
}

void
parse_advance(parse_ctx *pc)
{
  if(pc->have_peek) {
    pc->tok = pc->peek;
    pc->have_peek = 0;
  } else
    lex_next(&pc->lx, &pc->tok);
  if(pc->tok.kind == TK_ERROR && !pc->err[0])
    parse_fail(pc, "%s", pc->lx.error);
}

const lex_token *
parse_peek(parse_ctx *pc)
{
  if(!pc->have_peek) {
    lex_next(&pc->lx, &pc->peek);
    pc->have_peek = 1;
  }
  return &pc->peek;
}

/* Punctuation compares exactly, words without case. */
int
parse_is(parse_ctx *pc, const char *s)
{
  if(pc->tok.kind == TK_PUNCT)
    return !strcmp(pc->tok.text, s);
  if(pc->tok.kind == TK_WORD)
    return !strcasecmp(pc->tok.text, s);
  return 0;
}

int
parse_accept(parse_ctx *pc, const char *s)
{
  if(!parse_is(pc, s))
    return 0;
  parse_advance(pc);
  return 1;
}

static const char *
parse_tok_desc(parse_ctx *pc)
{
  static const char *const names[] = {
    "the end of the query", "an IRI", "a prefixed name", "a blank node",
    "a variable", "a language tag", "a number", "a number", "a number",
    "a string", "()", "[]", "", "", "a bad token"
  };

  if(pc->tok.kind == TK_WORD || pc->tok.kind == TK_PUNCT)
    return mem_printf(pc->arena, "'%s'", pc->tok.text);
  return names[pc->tok.kind];
}

int
parse_expect(parse_ctx *pc, const char *s)
{
  if(parse_accept(pc, s))
    return 0;
  return parse_fail(pc, "expected '%s', found %s", s, parse_tok_desc(pc));
}

int
parse_var(parse_ctx *pc, const char *name)
{
  sp_vars *v = pc->vars;
  size_t i;

  for(i = 0; i < v->n; i++)
    if(!strcmp(v->names[i], name))
      return (int)i;
  if(v->n == v->cap) {
    size_t cap = v->cap ? 2 * v->cap : 16;
    char **g = mem_alloc(pc->arena, cap * sizeof *g);
    if(!g)
      return parse_fail(pc, "out of memory");
    if(v->n)
      memcpy(g, v->names, v->n * sizeof *g);
    v->names = g;
    v->cap = cap;
  }
  v->names[v->n] = mem_strdup(pc->arena, name);
  return (int)v->n++;
}

/* A variable no one can name: blank nodes of patterns, aggregates. */
int
parse_hidden_var(parse_ctx *pc, const char *hint)
{
  char name[64];

  snprintf(name, sizeof name, ".%s%d", hint, ++pc->bnode_seq);
  return parse_var(pc, name);
}

char *
parse_resolve(parse_ctx *pc, const char *iri)
{
  unsigned char buf[4096];
  size_t scheme = strspn(iri, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLM"
                         "NOPQRSTUVWXYZ0123456789+-.");

  if(!pc->base || (scheme > 0 && iri[scheme] == ':'))
    return mem_strdup(pc->arena, iri);
  if(raptor_uri_resolve_uri_reference((const unsigned char *)pc->base,
                                      (const unsigned char *)iri, buf,
                                      sizeof buf) == 0)
    return mem_strdup(pc->arena, iri);
  return mem_strdup(pc->arena, (const char *)buf);
}

static const char *
parse_prefix_iri(parse_ctx *pc, const char *name, size_t len)
{
  size_t i;

  for(i = pc->npfx; i-- > 0; )
    if(strlen(pc->pfx[i]) == len && !strncmp(pc->pfx[i], name, len))
      return pc->pfx_iri[i];
  return NULL;
}

int
parse_iri(parse_ctx *pc, char **out)
{
  if(pc->tok.kind == TK_IRI) {
    *out = parse_resolve(pc, pc->tok.text);
  } else if(pc->tok.kind == TK_PNAME) {
    const char *colon = strchr(pc->tok.text, ':');
    const char *ns = parse_prefix_iri(pc, pc->tok.text,
                                      (size_t)(colon - pc->tok.text));
    if(!ns)
      return parse_fail(pc, "the prefix '%.*s:' is not declared",
                        (int)(colon - pc->tok.text), pc->tok.text);
    *out = mem_printf(pc->arena, "%s%s", ns, colon + 1);
  } else
    return parse_fail(pc, "expected an IRI, found %s", parse_tok_desc(pc));
  parse_advance(pc);
  return *out ? 0 : parse_fail(pc, "out of memory");
}

static int
parse_add_prefix(parse_ctx *pc, const char *name, const char *iri)
{
  char **p = mem_alloc(pc->arena, (pc->npfx + 1) * sizeof *p);
  char **q = mem_alloc(pc->arena, (pc->npfx + 1) * sizeof *q);

  if(!p || !q)
    return parse_fail(pc, "out of memory");
  if(pc->npfx) {
    memcpy(p, pc->pfx, pc->npfx * sizeof *p);
    memcpy(q, pc->pfx_iri, pc->npfx * sizeof *q);
  }
  p[pc->npfx] = mem_strdup(pc->arena, name);
  q[pc->npfx] = mem_strdup(pc->arena, iri);
  pc->pfx = p;
  pc->pfx_iri = q;
  pc->npfx++;
  return 0;
}

int
parse_prologue(parse_ctx *pc)
{
  for(;;) {
    if(parse_accept(pc, "BASE")) {
      if(pc->tok.kind != TK_IRI)
        return parse_fail(pc, "BASE needs an IRI");
      pc->base = parse_resolve(pc, pc->tok.text);
      parse_advance(pc);
    } else if(parse_accept(pc, "PREFIX")) {
      char *name, *iri;
      size_t len;
      if(pc->tok.kind != TK_PNAME ||
         pc->tok.text[(len = strlen(pc->tok.text)) - 1] != ':' ||
         strchr(pc->tok.text, ':') != pc->tok.text + len - 1)
        return parse_fail(pc, "PREFIX needs a name ending in ':'");
      name = mem_strndup(pc->arena, pc->tok.text, len - 1);
      parse_advance(pc);
      if(pc->tok.kind != TK_IRI)
        return parse_fail(pc, "PREFIX %s: needs an IRI", name);
      iri = parse_resolve(pc, pc->tok.text);
      parse_advance(pc);
      if(parse_add_prefix(pc, name, iri))
        return -1;
    } else
      return pc->err[0] ? -1 : 0;
  }
}

int
parse_dataset(parse_ctx *pc, sp_query *q)
{
  while(parse_accept(pc, "FROM")) {
    int named = parse_accept(pc, "NAMED");
    char *iri;
    if(parse_iri(pc, &iri) ||
       mem_push(pc->arena, named ? &q->from_named : &q->from, iri))
      return -1;
  }
  return 0;
}

static int
parse_group_by(parse_ctx *pc, sp_query *q)
{
  sp_vec items = { 0 };
  size_t i;

  if(parse_expect(pc, "BY"))
    return -1;
  for(;;) {
    sp_proj *g = mem_alloc(pc->arena, sizeof *g);
    if(pc->tok.kind == TK_VAR) {
      g->var = parse_var(pc, pc->tok.text);
      parse_advance(pc);
    } else if(parse_accept(pc, "(")) {
      if(parse_expression(pc, &g->expr))
        return -1;
      if(parse_accept(pc, "AS")) {
        if(pc->tok.kind != TK_VAR)
          return parse_fail(pc, "expected a variable after AS");
        g->var = parse_var(pc, pc->tok.text);
        parse_advance(pc);
      } else
        g->var = parse_hidden_var(pc, "group");
      if(parse_expect(pc, ")"))
        return -1;
    } else if(parse_is_call(pc)) {
      if(parse_function_call(pc, &g->expr))
        return -1;
      g->var = parse_hidden_var(pc, "group");
    } else
      break;
    mem_push(pc->arena, &items, g);
  }
  if(!items.n)
    return parse_fail(pc, "GROUP BY needs a variable or expression");
  q->group = mem_alloc(pc->arena, items.n * sizeof *q->group);
  for(i = 0; i < items.n; i++)
    q->group[i] = *(sp_proj *)items.v[i];
  q->ngroup = items.n;
  return 0;
}

/* A function call can start here (not a keyword like LIMIT). */
int
parse_is_call(parse_ctx *pc)
{
  static const char *const kw[] = {
    "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT", "EXISTS",
    "NOT", NULL
  };
  int i;

  if(pc->tok.kind == TK_IRI || pc->tok.kind == TK_PNAME)
    return 1;
  if(pc->tok.kind != TK_WORD)
    return 0;
  for(i = 0; kw[i]; i++)
    if(parse_is(pc, kw[i]))
      return 1;
  return func_lookup(pc->tok.text) != 0;
}

static int
parse_order_by(parse_ctx *pc, sp_query *q)
{
  sp_vec items = { 0 };
  size_t i;

  if(parse_expect(pc, "BY"))
    return -1;
  for(;;) {
    sp_order *o = mem_alloc(pc->arena, sizeof *o);
    if(parse_is(pc, "ASC") || parse_is(pc, "DESC")) {
      o->desc = parse_is(pc, "DESC");
      parse_advance(pc);
      if(parse_bracketted(pc, &o->expr))
        return -1;
    } else if(pc->tok.kind == TK_VAR) {
      o->expr = mem_alloc(pc->arena, sizeof *o->expr);
      o->expr->op = EX_VAR;
      o->expr->term.var = parse_var(pc, pc->tok.text);
      parse_advance(pc);
    } else if(parse_is(pc, "(")) {
      if(parse_bracketted(pc, &o->expr))
        return -1;
    } else if(parse_is_call(pc)) {
      if(parse_constraint(pc, &o->expr))
        return -1;
    } else
      break;
    mem_push(pc->arena, &items, o);
  }
  if(!items.n)
    return parse_fail(pc, "ORDER BY needs a condition");
  q->order = mem_alloc(pc->arena, items.n * sizeof *q->order);
  for(i = 0; i < items.n; i++)
    q->order[i] = *(sp_order *)items.v[i];
  q->norder = items.n;
  return 0;
}

static int
parse_count(parse_ctx *pc, long long *out)
{
  if(pc->tok.kind != TK_INTEGER)
    return parse_fail(pc, "expected a whole number");
  *out = strtoll(pc->tok.text, NULL, 10);
  parse_advance(pc);
  return 0;
}

int
parse_solution_modifiers(parse_ctx *pc, sp_query *q)
{
  int saved = pc->in_agg_ok;

  pc->in_agg_ok = 1;
  q->limit = q->offset = -1;
  if(parse_accept(pc, "GROUP") && parse_group_by(pc, q))
    return -1;
  if(parse_accept(pc, "HAVING")) {
    sp_expr *e;
    do {
      if(parse_constraint(pc, &e) || mem_push(pc->arena, &q->having, e))
        return -1;
    } while(parse_is(pc, "(") || parse_is_call(pc));
  }
  if(parse_accept(pc, "ORDER") && parse_order_by(pc, q))
    return -1;
  pc->in_agg_ok = saved;
  for(;;) {
    if(parse_accept(pc, "LIMIT")) {
      if(parse_count(pc, &q->limit))
        return -1;
    } else if(parse_accept(pc, "OFFSET")) {
      if(parse_count(pc, &q->offset))
        return -1;
    } else
      break;
  }
  return pc->err[0] ? -1 : 0;
}

static int
parse_where(parse_ctx *pc, sp_query *q, int optional_kw)
{
  if(!parse_accept(pc, "WHERE") && !optional_kw && !parse_is(pc, "{"))
    return parse_fail(pc, "expected WHERE, found %s", parse_tok_desc(pc));
  return parse_group(pc, &q->where);
}

static int
parse_construct(parse_ctx *pc, sp_query *q)
{
  sp_vec t = { 0 };
  size_t i;

  q->form = Q_CONSTRUCT;
  if(parse_is(pc, "{")) {
    pc->tmpl_mode = 1;
    if(parse_triples_template(pc, &t, 1))
      return -1;
    pc->tmpl_mode = 0;
    if(parse_dataset(pc, q) || parse_where(pc, q, 0))
      return -1;
  } else {
    /* CONSTRUCT WHERE { triples }: the pattern is the template. */
    if(parse_dataset(pc, q) || parse_expect(pc, "WHERE"))
      return -1;
    if(parse_triples_template(pc, &t, 1))
      return -1;
    q->where = mem_alloc(pc->arena, sizeof *q->where);
    q->where->kind = PT_BGP;
  }
  q->tmpl = mem_alloc(pc->arena, (t.n + 1) * sizeof *q->tmpl);
  for(i = 0; i < t.n; i++)
    q->tmpl[i] = *(sp_triple *)t.v[i];
  q->ntmpl = t.n;
  if(q->where->kind == PT_BGP) {
    q->where->triples = q->tmpl;
    q->where->ntriples = q->ntmpl;
  }
  return parse_solution_modifiers(pc, q);
}

static int
parse_describe(parse_ctx *pc, sp_query *q)
{
  sp_vec t = { 0 };
  size_t i;

  q->form = Q_DESCRIBE;
  if(parse_accept(pc, "*"))
    q->star = 1;
  else
    while(pc->tok.kind == TK_VAR || pc->tok.kind == TK_IRI ||
          pc->tok.kind == TK_PNAME) {
      sp_term *x = mem_alloc(pc->arena, sizeof *x);
      if(parse_var_or_term(pc, x) || mem_push(pc->arena, &t, x))
        return -1;
    }
  if(!q->star && !t.n)
    return parse_fail(pc, "DESCRIBE needs a variable, an IRI or '*'");
  q->describe = mem_alloc(pc->arena, (t.n + 1) * sizeof *q->describe);
  for(i = 0; i < t.n; i++)
    q->describe[i] = *(sp_term *)t.v[i];
  q->ndescribe = t.n;
  if(parse_dataset(pc, q))
    return -1;
  if(parse_is(pc, "WHERE") || parse_is(pc, "{")) {
    if(parse_where(pc, q, 1))
      return -1;
  } else {
    q->where = mem_alloc(pc->arena, sizeof *q->where);
    q->where->kind = PT_GROUP;
  }
  return parse_solution_modifiers(pc, q);
}

static int
parse_form(parse_ctx *pc, sp_query *q)
{
  q->line = pc->tok.line;
  q->col = pc->tok.col;
  pc->cur = q;
  if(parse_accept(pc, "SELECT"))
    return parse_select_query(pc, q, 0);
  if(parse_accept(pc, "CONSTRUCT"))
    return parse_construct(pc, q);
  if(parse_accept(pc, "DESCRIBE"))
    return parse_describe(pc, q);
  if(parse_accept(pc, "ASK")) {
    q->form = Q_ASK;
    if(parse_dataset(pc, q) || parse_where(pc, q, 0))
      return -1;
    return parse_solution_modifiers(pc, q);
  }
  return parse_fail(pc, "expected SELECT, ASK, CONSTRUCT or DESCRIBE, "
                    "found %s", parse_tok_desc(pc));
}

int
parse_query(parse_ctx *pc, sp_parsed *out)
{
  sp_query *q = mem_alloc(pc->arena, sizeof *q);
  size_t i, n = jc_prefix_count(pc->ctx);

  memset(out, 0, sizeof *out);
  pc->vars = &out->vars;
  /* The store's prefixes first: the query's own, added later, win. */
  for(i = 0; i < n; i++) {
    const char *p, *iri;
    jc_prefix_get(pc->ctx, i, &p, &iri);
    if(parse_add_prefix(pc, p, iri))
      return -1;
  }
  parse_advance(pc);
  if(parse_prologue(pc))
    return -1;
  if(parse_is_update_word(pc)) {
    out->update = 1;
    return parse_update(pc, out);
  }
  if(parse_form(pc, q))
    return -1;
  if(parse_accept(pc, "VALUES") && parse_values_block(pc, &q->values))
    return -1;
  if(pc->tok.kind != TK_EOF)
    return parse_fail(pc, "unexpected %s after the query",
                      parse_tok_desc(pc));
  out->q = q;
  return pc->err[0] ? -1 : 0;
}
