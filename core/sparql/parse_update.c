/* core/sparql/parse_update.c: SPARQL 1.1 Update requests (parse_update*):
 * operations separated by ';', each with its own prologue.  Quad data and
 * templates keep blank nodes as terms (tmpl_mode); DELETE WHERE's quads
 * are both its pattern and its template. */
#include <string.h>
#include <strings.h>
#include "sparql.h"

int
parse_is_update_word(parse_ctx *pc)
{
  static const char *const w[] = {
    "INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "COPY", "MOVE",
    "ADD", "WITH", NULL
  };
  int i;

  if(pc->tok.kind != TK_WORD)
    return 0;
  for(i = 0; w[i]; i++)
    if(parse_is(pc, w[i]))
      return 1;
  return 0;
}

/* QuadData / QuadPattern: '{' triples and GRAPH g { triples } '}'. */
static int
parse_quads(parse_ctx *pc, sp_quadt **out, size_t *n)
{
  sp_vec all = { 0 }, graphs = { 0 };
  size_t i;

  if(parse_expect(pc, "{"))
    return -1;
  pc->tmpl_mode = 1;
  while(!parse_accept(pc, "}")) {
    sp_vec t = { 0 };
    sp_term *g = NULL;
    if(pc->err[0] || pc->tok.kind == TK_EOF)
      return parse_fail(pc, "missing '}'");
    if(parse_accept(pc, "GRAPH")) {
      g = mem_alloc(pc->arena, sizeof *g);
      pc->tmpl_mode = 0;
      if(parse_var_or_term(pc, g))
        return -1;
      pc->tmpl_mode = 1;
      if(parse_triples_template(pc, &t, 1))
        return -1;
    } else if(parse_triples_template(pc, &t, 0))
      return -1;
    else if(!t.n)
      return parse_fail(pc, "expected triples, GRAPH or '}'");
    for(i = 0; i < t.n; i++)
      if(mem_push(pc->arena, &all, t.v[i]) ||
         mem_push(pc->arena, &graphs, g))
        return -1;
    parse_accept(pc, ".");
  }
  pc->tmpl_mode = 0;
  *out = mem_alloc(pc->arena, (all.n + 1) * sizeof **out);
  for(i = 0; i < all.n; i++) {
    (*out)[i].t = *(sp_triple *)all.v[i];
    if(graphs.v[i]) {
      (*out)[i].g = *(sp_term *)graphs.v[i];
      (*out)[i].has_g = 1;
    }
  }
  *n = all.n;
  return 0;
}

static int
parse_no_vars(parse_ctx *pc, sp_quadt *q, size_t n, int no_blanks)
{
  size_t i;

  for(i = 0; i < n; i++) {
    const sp_term *t[4] = { &q[i].t.s, &q[i].t.p, &q[i].t.o, &q[i].g };
    int k;
    for(k = 0; k < (q[i].has_g ? 4 : 3); k++) {
      if(no_blanks < 2 && t[k]->var >= 0)
        return parse_fail(pc, "DATA cannot hold variables");
      if(no_blanks && t[k]->var < 0 && t[k]->t.kind == JC_TERM_BLANK)
        return parse_fail(pc, "DELETE cannot hold blank nodes");
    }
  }
  return 0;
}

/* DELETE WHERE's quads as a pattern: a BGP, and a GRAPH per block. */
static sp_pattern *
parse_quads_pattern(parse_ctx *pc, sp_quadt *q, size_t n)
{
  sp_pattern *g = mem_alloc(pc->arena, sizeof *g);
  size_t i;

  g->kind = PT_GROUP;
  for(i = 0; i < n; i++) {
    sp_pattern *b = mem_alloc(pc->arena, sizeof *b), *w;
    b->kind = PT_BGP;
    b->triples = &q[i].t;
    b->ntriples = 1;
    if(!q[i].has_g) {
      mem_push(pc->arena, &g->kids, b);
      continue;
    }
    w = mem_alloc(pc->arena, sizeof *w);
    w->kind = PT_GRAPH;
    w->graph = q[i].g;
    mem_push(pc->arena, &w->kids, b);
    mem_push(pc->arena, &g->kids, w);
  }
  return g;
}

static int
parse_graph_ref(parse_ctx *pc, sp_uop *u, int second, int all_ok)
{
  char *iri = NULL;
  int scope = UG_IRI;

  if(parse_accept(pc, "DEFAULT"))
    scope = UG_DEFAULT;
  else if(all_ok && parse_accept(pc, "NAMED"))
    scope = UG_NAMED;
  else if(all_ok && parse_accept(pc, "ALL"))
    scope = UG_ALL;
  else {
    parse_accept(pc, "GRAPH");
    if(parse_iri(pc, &iri))
      return -1;
  }
  if(second) {
    u->scope2 = scope;
    u->g2 = iri;
  } else {
    u->scope = scope;
    u->g1 = iri;
  }
  return 0;
}

static int
parse_modify(parse_ctx *pc, sp_uop *u)
{
  u->kind = U_MODIFY;
  if(parse_accept(pc, "WITH") && parse_iri(pc, (char **)&u->with))
    return -1;
  if(parse_accept(pc, "DELETE")) {
    if(parse_quads(pc, &u->del, &u->ndel) ||
       parse_no_vars(pc, u->del, u->ndel, 2))
      return -1;
  }
  if(parse_accept(pc, "INSERT") && parse_quads(pc, &u->ins, &u->nins))
    return -1;
  if(!u->del && !u->ins)
    return parse_fail(pc, "expected DELETE or INSERT");
  while(parse_accept(pc, "USING")) {
    int named = parse_accept(pc, "NAMED");
    char *iri;
    if(parse_iri(pc, &iri) ||
       mem_push(pc->arena, named ? &u->using_named : &u->using_, iri))
      return -1;
  }
  if(parse_expect(pc, "WHERE"))
    return -1;
  return parse_group(pc, &u->where);
}

static int
parse_one_update(parse_ctx *pc, sp_uop *u)
{
  u->line = pc->tok.line;
  u->col = pc->tok.col;
  if(parse_is(pc, "INSERT") || parse_is(pc, "DELETE")) {
    const lex_token *nx = parse_peek(pc);
    int del = parse_is(pc, "DELETE");
    if(nx->kind == TK_WORD && !strcasecmp(nx->text, "DATA")) {
      parse_advance(pc);
      parse_advance(pc);
      u->kind = del ? U_DELETE_DATA : U_INSERT_DATA;
      if(del)
        return parse_quads(pc, &u->del, &u->ndel) ||
               parse_no_vars(pc, u->del, u->ndel, 1);
      return parse_quads(pc, &u->ins, &u->nins) ||
             parse_no_vars(pc, u->ins, u->nins, 0);
    }
    if(del && nx->kind == TK_WORD && !strcasecmp(nx->text, "WHERE")) {
      parse_advance(pc);
      parse_advance(pc);
      u->kind = U_MODIFY;
      if(parse_quads(pc, &u->del, &u->ndel) ||
         parse_no_vars(pc, u->del, u->ndel, 2))
        return -1;
      u->where = parse_quads_pattern(pc, u->del, u->ndel);
      return 0;
    }
    return parse_modify(pc, u);
  }
  if(parse_is(pc, "WITH"))
    return parse_modify(pc, u);
  if(parse_accept(pc, "LOAD")) {
    u->kind = U_LOAD;
    u->silent = parse_accept(pc, "SILENT");
    if(parse_iri(pc, (char **)&u->g1))
      return -1;
    if(parse_accept(pc, "INTO"))
      return parse_graph_ref(pc, u, 1, 0);
    return 0;
  }
  if(parse_is(pc, "CLEAR") || parse_is(pc, "DROP") || parse_is(pc, "CREATE")) {
    u->kind = parse_is(pc, "CLEAR") ? U_CLEAR : parse_is(pc, "DROP")
              ? U_DROP : U_CREATE;
    parse_advance(pc);
    u->silent = parse_accept(pc, "SILENT");
    if(u->kind == U_CREATE) {
      if(parse_expect(pc, "GRAPH"))
        return -1;
      return parse_iri(pc, (char **)&u->g1);
    }
    return parse_graph_ref(pc, u, 0, 1);
  }
  if(parse_is(pc, "ADD") || parse_is(pc, "MOVE") || parse_is(pc, "COPY")) {
    u->kind = parse_is(pc, "ADD") ? U_ADD : parse_is(pc, "MOVE") ? U_MOVE
              : U_COPY;
    parse_advance(pc);
    u->silent = parse_accept(pc, "SILENT");
    if(parse_graph_ref(pc, u, 0, 0) || parse_expect(pc, "TO"))
      return -1;
    return parse_graph_ref(pc, u, 1, 0);
  }
  return parse_fail(pc, "expected an update operation");
}

int
parse_update(parse_ctx *pc, sp_parsed *out)
{
  for(;;) {
    sp_uop *u = mem_alloc(pc->arena, sizeof *u);
    if(!u || parse_one_update(pc, u) || mem_push(pc->arena, &out->uops, u))
      return -1;
    if(u->where) {  /* the WHERE runs as SELECT * over its own group */
      u->q = mem_alloc(pc->arena, sizeof *u->q);
      u->q->form = Q_SELECT;
      u->q->star = 1;
      u->q->where = u->where;
      u->q->limit = u->q->offset = -1;
    }
    if(!parse_accept(pc, ";"))
      break;
    if(parse_prologue(pc))
      return -1;
    if(pc->tok.kind == TK_EOF)
      break;
  }
  if(pc->tok.kind != TK_EOF)
    return parse_fail(pc, "expected ';' or the end of the update");
  return pc->err[0] ? -1 : 0;
}
