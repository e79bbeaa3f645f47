/* core/sparql/parse_pattern.c: graph patterns, triples, property paths,
 * VALUES and SELECT (parse_*).  The algebra comes out close to SPARQL 1.1
 * §18.2: a group keeps its elements in order and its FILTERs aside (they
 * apply to the whole group); an OPTIONAL's own top-level FILTERs become
 * the LeftJoin's condition.  Blank nodes of patterns become variables
 * nobody can name; in a CONSTRUCT template they stay blank nodes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sparql.h"

static int parse_graph_node(parse_ctx *pc, sp_vec *out, sp_term *node);

static sp_term
term_var(int v)
{
  sp_term t;

  memset(&t, 0, sizeof t);
  t.var = v;
  return t;
}

static sp_term
term_iri(const char *iri)
{
  sp_term t;

  memset(&t, 0, sizeof t);
  t.var = -1;
  t.t.kind = JC_TERM_IRI;
  t.t.value = iri;
  return t;
}

static int
parse_fresh_node(parse_ctx *pc, sp_term *out)
{
  if(pc->tmpl_mode) {
    memset(out, 0, sizeof *out);
    out->var = -1;
    out->t.kind = JC_TERM_BLANK;
    out->t.value = mem_printf(pc->arena, ".anon%d", ++pc->bnode_seq);
    return 0;
  }
  *out = term_var(parse_hidden_var(pc, "anon"));
  return out->var < 0 ? -1 : 0;
}

int
parse_numeric(parse_ctx *pc, sp_term *out, int negate)
{
  const char *dt = pc->tok.kind == TK_INTEGER ? SP_XSD "integer"
                   : pc->tok.kind == TK_DECIMAL ? SP_XSD "decimal"
                   : SP_XSD "double";

  memset(out, 0, sizeof *out);
  out->var = -1;
  out->t.kind = JC_TERM_LITERAL;
  out->t.datatype = dt;
  out->t.value = negate < 0 ? mem_printf(pc->arena, "-%s", pc->tok.text)
                 : negate > 0 ? mem_printf(pc->arena, "+%s", pc->tok.text)
                 : pc->tok.text;
  parse_advance(pc);
  return 0;
}

int
parse_rdf_literal(parse_ctx *pc, sp_term *out)
{
  memset(out, 0, sizeof *out);
  out->var = -1;
  out->t.kind = JC_TERM_LITERAL;
  out->t.value = pc->tok.text;
  parse_advance(pc);
  if(pc->tok.kind == TK_LANG) {
    out->t.lang = pc->tok.text;
    parse_advance(pc);
  } else if(parse_accept(pc, "^^")) {
    char *dt;
    if(parse_iri(pc, &dt))
      return -1;
    out->t.datatype = dt;
  }
  return 0;
}

/* VarOrTerm: everything that can stand as a subject or object. */
int
parse_var_or_term(parse_ctx *pc, sp_term *out)
{
  char *iri;

  switch(pc->tok.kind) {
  case TK_VAR:
    *out = term_var(parse_var(pc, pc->tok.text));
    parse_advance(pc);
    return 0;
  case TK_IRI: case TK_PNAME:
    if(parse_iri(pc, &iri))
      return -1;
    *out = term_iri(iri);
    return 0;
  case TK_BNODE:
    if(pc->tmpl_mode) {
      memset(out, 0, sizeof *out);
      out->var = -1;
      out->t.kind = JC_TERM_BLANK;
      out->t.value = pc->tok.text;
    } else
      *out = term_var(parse_var(pc, mem_printf(pc->arena, "_:%s",
                                               pc->tok.text)));
    parse_advance(pc);
    return 0;
  case TK_ANON:
    parse_advance(pc);
    return parse_fresh_node(pc, out);
  case TK_NIL:
    parse_advance(pc);
    *out = term_iri(SP_RDF "nil");
    return 0;
  case TK_STRING:
    return parse_rdf_literal(pc, out);
  case TK_INTEGER: case TK_DECIMAL: case TK_DOUBLE:
    return parse_numeric(pc, out, 0);
  case TK_PUNCT:
    if(parse_is(pc, "+") || parse_is(pc, "-")) {
      int sign = parse_is(pc, "-") ? -1 : 1;
      parse_advance(pc);
      if(pc->tok.kind == TK_INTEGER || pc->tok.kind == TK_DECIMAL ||
         pc->tok.kind == TK_DOUBLE)
        return parse_numeric(pc, out, sign);
    }
    break;
  case TK_WORD:
    if(parse_is(pc, "true") || parse_is(pc, "false")) {
      memset(out, 0, sizeof *out);
      out->var = -1;
      out->t.kind = JC_TERM_LITERAL;
      out->t.value = parse_is(pc, "true") ? "true" : "false";
      out->t.datatype = SP_XSD "boolean";
      parse_advance(pc);
      return 0;
    }
    break;
  case TK_EOF: case TK_LANG: case TK_ERROR:
    break;
  }
  return parse_fail(pc, "expected a variable or an RDF term");
}

static sp_triple *
parse_add_triple(parse_ctx *pc, sp_vec *out, sp_term s, sp_term p,
                 sp_path *path, sp_term o)
{
  sp_triple *t = mem_alloc(pc->arena, sizeof *t);

  if(!t || mem_push(pc->arena, out, t))
    return NULL;
  t->s = s;
  t->p = p;
  t->path = path;
  t->o = o;
  return t;
}

/* Verb: a variable, 'a', an IRI, or (outside templates) a path. */
static int
parse_verb(parse_ctx *pc, sp_term *p, sp_path **path)
{
  *path = NULL;
  if(pc->tok.kind == TK_VAR) {
    *p = term_var(parse_var(pc, pc->tok.text));
    parse_advance(pc);
    return 0;
  }
  if(pc->tmpl_mode)
    return parse_path_iri(pc, p);
  if(parse_path_alt(pc, path))
    return -1;
  if((*path)->kind == PATH_LINK) {
    *p = (*path)->iri;
    *path = NULL;
  }
  return 0;
}

/* ---- Triples ----------------------------------------------------------- */

static int
parse_object_list(parse_ctx *pc, sp_vec *out, sp_term s, sp_term p,
                  sp_path *path)
{
  do {
    sp_term o;
    if(parse_graph_node(pc, out, &o) ||
       !parse_add_triple(pc, out, s, p, path, o))
      return -1;
  } while(parse_accept(pc, ","));
  return 0;
}

static int
parse_property_list(parse_ctx *pc, sp_vec *out, sp_term s)
{
  for(;;) {
    sp_term p;
    sp_path *path;
    if(parse_verb(pc, &p, &path) || parse_object_list(pc, out, s, p, path))
      return -1;
    if(!parse_accept(pc, ";"))
      return 0;
    while(parse_accept(pc, ";"))
      ;
    if(parse_is(pc, ".") || parse_is(pc, "]") || parse_is(pc, "}") ||
       pc->tok.kind == TK_EOF || (pc->tok.kind == TK_WORD &&
                                  !parse_is(pc, "a")))
      return 0;
  }
}

static int
parse_collection(parse_ctx *pc, sp_vec *out, sp_term *node)
{
  sp_term head, cur;
  int first = 1;

  while(!parse_is(pc, ")")) {
    sp_term item, next;
    if(pc->tok.kind == TK_EOF)
      return parse_fail(pc, "unterminated collection");
    if(parse_graph_node(pc, out, &item) || parse_fresh_node(pc, &next))
      return -1;
    if(first)
      head = next;
    else if(!parse_add_triple(pc, out, cur, term_iri(SP_RDF "rest"), NULL,
                              next))
      return -1;
    if(!parse_add_triple(pc, out, next, term_iri(SP_RDF "first"), NULL,
                         item))
      return -1;
    cur = next;
    first = 0;
  }
  parse_advance(pc);
  if(first) {
    *node = term_iri(SP_RDF "nil");
    return 0;
  }
  if(!parse_add_triple(pc, out, cur, term_iri(SP_RDF "rest"), NULL,
                       term_iri(SP_RDF "nil")))
    return -1;
  *node = head;
  return 0;
}

static int
parse_graph_node(parse_ctx *pc, sp_vec *out, sp_term *node)
{
  if(parse_accept(pc, "[")) {
    if(parse_fresh_node(pc, node) || parse_property_list(pc, out, *node))
      return -1;
    return parse_expect(pc, "]");
  }
  if(parse_accept(pc, "("))
    return parse_collection(pc, out, node);
  return parse_var_or_term(pc, node);
}

static int
parse_triples_same_subject(parse_ctx *pc, sp_vec *out)
{
  sp_term s;

  if(parse_is(pc, "[") || parse_is(pc, "(")) {
    if(parse_graph_node(pc, out, &s))
      return -1;
    if(parse_is(pc, ".") || parse_is(pc, "}") || pc->tok.kind == TK_EOF ||
       (pc->tok.kind == TK_WORD && !parse_is(pc, "a")))
      return 0;
    return parse_property_list(pc, out, s);
  }
  if(parse_var_or_term(pc, &s))
    return -1;
  return parse_property_list(pc, out, s);
}

static int
parse_starts_triples(parse_ctx *pc)
{
  switch(pc->tok.kind) {
  case TK_VAR: case TK_IRI: case TK_PNAME: case TK_BNODE: case TK_STRING:
  case TK_INTEGER: case TK_DECIMAL: case TK_DOUBLE: case TK_NIL:
  case TK_ANON:
    return 1;
  case TK_PUNCT:
    return parse_is(pc, "(") || parse_is(pc, "[") || parse_is(pc, "+") ||
           parse_is(pc, "-");
  case TK_WORD:
    return parse_is(pc, "true") || parse_is(pc, "false");
  case TK_EOF: case TK_LANG: case TK_ERROR:
    return 0;
  }
  return 0;
}

/* Triples of a block ending at '}' (and of CONSTRUCT templates). */
int
parse_triples_template(parse_ctx *pc, sp_vec *out, int brace)
{
  if(brace && parse_expect(pc, "{"))
    return -1;
  while(parse_starts_triples(pc)) {
    if(parse_triples_same_subject(pc, out))
      return -1;
    if(!parse_accept(pc, "."))
      break;
  }
  if(brace)
    return parse_expect(pc, "}");
  return pc->err[0] ? -1 : 0;
}

/* ---- Group graph patterns ---------------------------------------------- */

static sp_pattern *
pat_new(parse_ctx *pc, sp_pat_kind k)
{
  sp_pattern *p = mem_alloc(pc->arena, sizeof *p);

  p->kind = k;
  p->line = pc->tok.line;
  p->col = pc->tok.col;
  return p;
}

static int
parse_triples_into(parse_ctx *pc, sp_pattern *g)
{
  sp_vec t = { 0 };
  sp_pattern *b = g->kids.n ? g->kids.v[g->kids.n - 1] : NULL;
  sp_triple *all;
  size_t i;

  if(!b || b->kind != PT_BGP) {
    b = pat_new(pc, PT_BGP);
    if(mem_push(pc->arena, &g->kids, b))
      return -1;
  }
  while(parse_starts_triples(pc)) {
    if(parse_triples_same_subject(pc, &t))
      return -1;
    if(!parse_accept(pc, "."))
      break;
  }
  all = mem_alloc(pc->arena, (b->ntriples + t.n + 1) * sizeof *all);
  if(b->ntriples)
    memcpy(all, b->triples, b->ntriples * sizeof *all);
  for(i = 0; i < t.n; i++)
    all[b->ntriples + i] = *(sp_triple *)t.v[i];
  b->triples = all;
  b->ntriples += t.n;
  return 0;
}

int
parse_values_block(parse_ctx *pc, sp_pattern **out)
{
  sp_pattern *p = pat_new(pc, PT_VALUES);
  sp_vec vars = { 0 }, cells = { 0 };
  int one = 0;
  size_t i;

  if(pc->tok.kind == TK_VAR) {
    one = 1;
    mem_push(pc->arena, &vars, (void *)(intptr_t)parse_var(pc, pc->tok.text));
    parse_advance(pc);
  } else if(pc->tok.kind == TK_NIL)
    parse_advance(pc);
  else {
    if(parse_expect(pc, "("))
      return -1;
    while(pc->tok.kind == TK_VAR) {
      mem_push(pc->arena, &vars,
               (void *)(intptr_t)parse_var(pc, pc->tok.text));
      parse_advance(pc);
    }
    if(parse_expect(pc, ")"))
      return -1;
  }
  if(parse_expect(pc, "{"))
    return -1;
  while(!parse_accept(pc, "}")) {
    size_t k, n = one ? 1 : vars.n;
    if(pc->err[0] || pc->tok.kind == TK_EOF)
      return parse_fail(pc, "unterminated VALUES");
    if(!one && pc->tok.kind == TK_NIL && !vars.n) {
      parse_advance(pc);
      p->nrows++;
      continue;
    }
    if(!one && parse_expect(pc, "("))
      return -1;
    for(k = 0; k < n; k++) {
      sp_term *t = mem_alloc(pc->arena, sizeof *t);
      if(parse_accept(pc, "UNDEF"))
        t->var = -2;
      else if(pc->tok.kind == TK_VAR || pc->tok.kind == TK_BNODE ||
              pc->tok.kind == TK_ANON)
        return parse_fail(pc, "VALUES holds only IRIs, literals and UNDEF");
      else if(parse_var_or_term(pc, t))
        return -1;
      mem_push(pc->arena, &cells, t);
    }
    if(!one && parse_expect(pc, ")"))
      return -1;
    p->nrows++;
  }
  p->nvars = vars.n;
  p->vars = mem_alloc(pc->arena, (vars.n + 1) * sizeof *p->vars);
  for(i = 0; i < vars.n; i++)
    p->vars[i] = (int)(intptr_t)vars.v[i];
  p->rows = mem_alloc(pc->arena, (cells.n + 1) * sizeof *p->rows);
  for(i = 0; i < cells.n; i++)
    p->rows[i] = *(sp_term *)cells.v[i];
  *out = p;
  return 0;
}

static sp_expr *
expr_and(parse_ctx *pc, sp_vec *filters)
{
  sp_expr *a;
  size_t i;

  if(filters->n == 1)
    return filters->v[0];
  a = mem_alloc(pc->arena, sizeof *a);
  a->op = EX_AND;
  a->nargs = filters->n;
  a->args = mem_alloc(pc->arena, filters->n * sizeof *a->args);
  for(i = 0; i < filters->n; i++)
    a->args[i] = filters->v[i];
  return a;
}

static int
parse_bind(parse_ctx *pc, sp_pattern *g)
{
  sp_pattern *b = pat_new(pc, PT_BIND);

  if(parse_expect(pc, "(") || parse_expression(pc, &b->expr) ||
     parse_expect(pc, "AS"))
    return -1;
  if(pc->tok.kind != TK_VAR)
    return parse_fail(pc, "expected a variable after AS");
  b->var = parse_var(pc, pc->tok.text);
  b->line = pc->tok.line;
  b->col = pc->tok.col;
  parse_advance(pc);
  if(parse_expect(pc, ")"))
    return -1;
  return mem_push(pc->arena, &g->kids, b);
}

static int
parse_union(parse_ctx *pc, sp_pattern *g)
{
  sp_pattern *first, *u;

  if(parse_group(pc, &first))
    return -1;
  if(!parse_is(pc, "UNION"))
    return mem_push(pc->arena, &g->kids, first);
  u = pat_new(pc, PT_UNION);
  mem_push(pc->arena, &u->kids, first);
  while(parse_accept(pc, "UNION")) {
    sp_pattern *next;
    if(parse_group(pc, &next) || mem_push(pc->arena, &u->kids, next))
      return -1;
  }
  return mem_push(pc->arena, &g->kids, u);
}

static int
parse_one_kid(parse_ctx *pc, sp_pattern *g, sp_pat_kind kind)
{
  sp_pattern *w = pat_new(pc, kind), *inner;

  parse_advance(pc);
  if(kind == PT_SERVICE)
    w->silent = parse_accept(pc, "SILENT");
  if(kind == PT_GRAPH || kind == PT_SERVICE) {
    if(pc->tok.kind == TK_VAR) {
      w->graph = term_var(parse_var(pc, pc->tok.text));
      parse_advance(pc);
    } else {
      char *iri;
      if(parse_iri(pc, &iri))
        return -1;
      w->graph = term_iri(iri);
    }
  }
  if(parse_group(pc, &inner) || mem_push(pc->arena, &w->kids, inner))
    return -1;
  if(kind == PT_OPTIONAL && inner->kind == PT_GROUP && inner->filters.n) {
    w->expr = expr_and(pc, &inner->filters);
    memset(&inner->filters, 0, sizeof inner->filters);
  }
  return mem_push(pc->arena, &g->kids, w);
}

static int
parse_group_element(parse_ctx *pc, sp_pattern *g)
{
  if(parse_starts_triples(pc))
    return parse_triples_into(pc, g);
  if(parse_is(pc, "OPTIONAL"))
    return parse_one_kid(pc, g, PT_OPTIONAL);
  if(parse_is(pc, "MINUS"))
    return parse_one_kid(pc, g, PT_MINUS);
  if(parse_is(pc, "GRAPH"))
    return parse_one_kid(pc, g, PT_GRAPH);
  if(parse_is(pc, "SERVICE"))
    return parse_one_kid(pc, g, PT_SERVICE);
  if(parse_accept(pc, "FILTER")) {
    sp_expr *e;
    if(parse_constraint(pc, &e))
      return -1;
    return mem_push(pc->arena, &g->filters, e);
  }
  if(parse_accept(pc, "BIND"))
    return parse_bind(pc, g);
  if(parse_accept(pc, "VALUES")) {
    sp_pattern *v;
    if(parse_values_block(pc, &v))
      return -1;
    return mem_push(pc->arena, &g->kids, v);
  }
  if(parse_is(pc, "{"))
    return parse_union(pc, g);
  return parse_fail(pc, "expected a triple pattern, OPTIONAL, FILTER, "
                    "'{' or '}'");
}

/* A BIND must not bind a variable already used before it in its group. */
static int
parse_check_bind(parse_ctx *pc, sp_pattern *g, sp_pattern *b);

int
parse_group(parse_ctx *pc, sp_pattern **out)
{
  sp_pattern *g;

  if(parse_expect(pc, "{"))
    return -1;
  if(parse_is(pc, "SELECT")) {
    sp_pattern *s = pat_new(pc, PT_SUBQUERY);
    s->sub = mem_alloc(pc->arena, sizeof *s->sub);
    s->sub->line = pc->tok.line;
    s->sub->col = pc->tok.col;
    parse_advance(pc);
    if(parse_select_query(pc, s->sub, 1) || parse_expect(pc, "}"))
      return -1;
    *out = s;
    return 0;
  }
  g = pat_new(pc, PT_GROUP);
  while(!parse_accept(pc, "}")) {
    size_t before = g->kids.n;
    if(pc->err[0])
      return -1;
    if(pc->tok.kind == TK_EOF)
      return parse_fail(pc, "missing '}'");
    if(parse_group_element(pc, g))
      return -1;
    if(g->kids.n > before &&
       ((sp_pattern *)g->kids.v[g->kids.n - 1])->kind == PT_BIND &&
       parse_check_bind(pc, g, g->kids.v[g->kids.n - 1]))
      return -1;
    parse_accept(pc, ".");
  }
  *out = g;
  return 0;
}

static int
pattern_mentions(sp_pattern *p, int var)
{
  size_t i;

  if(!p)
    return 0;
  switch(p->kind) {
  case PT_BGP:
    for(i = 0; i < p->ntriples; i++)
      if(p->triples[i].s.var == var || p->triples[i].o.var == var ||
         (!p->triples[i].path && p->triples[i].p.var == var))
        return 1;
    return 0;
  case PT_BIND:
    return p->var == var;
  case PT_VALUES:
    for(i = 0; i < p->nvars; i++)
      if(p->vars[i] == var)
        return 1;
    return 0;
  case PT_GRAPH: case PT_SERVICE:
    if(p->graph.var == var)
      return 1;
    /* fall through */
  case PT_GROUP: case PT_OPTIONAL: case PT_UNION:
    for(i = 0; i < p->kids.n; i++)
      if(pattern_mentions(p->kids.v[i], var))
        return 1;
    return 0;
  case PT_SUBQUERY:
    if(p->sub->star)
      return pattern_mentions(p->sub->where, var);
    for(i = 0; i < p->sub->nproj; i++)
      if(p->sub->proj[i].var == var)
        return 1;
    return 0;
  case PT_MINUS: case PT_FILTER:
    return 0;
  }
  return 0;
}

static int
parse_check_bind(parse_ctx *pc, sp_pattern *g, sp_pattern *b)
{
  size_t i;

  for(i = 0; i + 1 < g->kids.n; i++)
    if(pattern_mentions(g->kids.v[i], b->var)) {
      pc->tok.line = b->line;
      pc->tok.col = b->col;
      return parse_fail(pc, "BIND of ?%s, which is already in scope",
                        pc->vars->names[b->var]);
    }
  return 0;
}

/* ---- SELECT ------------------------------------------------------------ */

static int
parse_select_clause(parse_ctx *pc, sp_query *q)
{
  sp_vec items = { 0 };
  size_t i;

  if(parse_accept(pc, "DISTINCT"))
    q->distinct = 1;
  else if(parse_accept(pc, "REDUCED"))
    q->reduced = 1;
  if(parse_accept(pc, "*")) {
    q->star = 1;
    return 0;
  }
  for(;;) {
    sp_proj *pj = mem_alloc(pc->arena, sizeof *pj);
    if(pc->tok.kind == TK_VAR) {
      pj->var = parse_var(pc, pc->tok.text);
      parse_advance(pc);
    } else if(parse_accept(pc, "(")) {
      if(parse_expression(pc, &pj->expr) || parse_expect(pc, "AS"))
        return -1;
      if(pc->tok.kind != TK_VAR)
        return parse_fail(pc, "expected a variable after AS");
      pj->var = parse_var(pc, pc->tok.text);
      for(i = 0; i < items.n; i++)
        if(((sp_proj *)items.v[i])->var == pj->var)
          return parse_fail(pc, "?%s is already selected", pc->tok.text);
      parse_advance(pc);
      if(parse_expect(pc, ")"))
        return -1;
    } else
      break;
    mem_push(pc->arena, &items, pj);
  }
  if(!items.n)
    return parse_fail(pc, "SELECT needs '*', variables or (expression AS "
                      "?var)");
  q->proj = mem_alloc(pc->arena, items.n * sizeof *q->proj);
  for(i = 0; i < items.n; i++)
    q->proj[i] = *(sp_proj *)items.v[i];
  q->nproj = items.n;
  return 0;
}

int
parse_select_query(parse_ctx *pc, sp_query *q, int sub)
{
  sp_query *saved = pc->cur;
  int saved_ok = pc->in_agg_ok, rc;

  q->form = Q_SELECT;
  pc->cur = q;
  pc->in_agg_ok = 1;
  rc = parse_select_clause(pc, q);
  pc->in_agg_ok = 0;
  if(!rc && !sub)
    rc = parse_dataset(pc, q);
  if(!rc && !parse_accept(pc, "WHERE") && !parse_is(pc, "{"))
    rc = parse_fail(pc, "expected WHERE");
  if(!rc)
    rc = parse_group(pc, &q->where);
  pc->cur = q;
  if(!rc)
    rc = parse_solution_modifiers(pc, q);
  if(!rc && sub && parse_accept(pc, "VALUES"))
    rc = parse_values_block(pc, &q->values);
  pc->cur = saved;
  pc->in_agg_ok = saved_ok;
  return rc;
}
