/* core/sparql/parse_path.c: property paths (parse_path_*): alternatives
 * of sequences of elements, each an IRI, 'a', a negated property set or a
 * bracketed path, with ^ and the modifiers * + ?.  A path that is a plain
 * IRI is left to the caller as an ordinary predicate. */
#include <string.h>
#include "sparql.h"

static int parse_path_primary(parse_ctx *pc, sp_path **out);


static sp_path *
path_new(parse_ctx *pc, sp_path_kind k, sp_path *a, sp_path *b)
{
  sp_path *p = mem_alloc(pc->arena, sizeof *p);

  p->kind = k;
  p->a = a;
  p->b = b;
  return p;
}

int
parse_path_iri(parse_ctx *pc, sp_term *out)
{
  char *iri;

  memset(out, 0, sizeof *out);
  out->var = -1;
  out->t.kind = JC_TERM_IRI;
  if(parse_accept(pc, "a")) {
    out->t.value = SP_RDF "type";
    return 0;
  }
  if(parse_iri(pc, &iri))
    return -1;
  out->t.value = iri;
  return 0;
}

static int
parse_nps_one(parse_ctx *pc, sp_vec *fwd, sp_vec *inv)
{
  sp_term *t = mem_alloc(pc->arena, sizeof *t);
  int is_inv = parse_accept(pc, "^");

  if(parse_path_iri(pc, t))
    return -1;
  return mem_push(pc->arena, is_inv ? inv : fwd, t);
}

static int
parse_nps(parse_ctx *pc, sp_path **out)
{
  sp_vec fwd = { 0 }, inv = { 0 };
  sp_path *p = path_new(pc, PATH_NPS, NULL, NULL);
  size_t i;

  if(parse_accept(pc, "(")) {
    if(!parse_is(pc, ")"))
      do {
        if(parse_nps_one(pc, &fwd, &inv))
          return -1;
      } while(parse_accept(pc, "|"));
    if(parse_expect(pc, ")"))
      return -1;
  } else if(pc->tok.kind == TK_NIL) {
    parse_advance(pc);
  } else if(parse_nps_one(pc, &fwd, &inv))
    return -1;
  p->fwd = mem_alloc(pc->arena, (fwd.n + 1) * sizeof *p->fwd);
  p->inv = mem_alloc(pc->arena, (inv.n + 1) * sizeof *p->inv);
  for(i = 0; i < fwd.n; i++)
    p->fwd[i] = *(sp_term *)fwd.v[i];
  for(i = 0; i < inv.n; i++)
    p->inv[i] = *(sp_term *)inv.v[i];
  p->nfwd = fwd.n;
  p->ninv = inv.n;
  *out = p;
  return 0;
}

static int
parse_path_primary(parse_ctx *pc, sp_path **out)
{
  if(parse_accept(pc, "!"))
    return parse_nps(pc, out);
  if(parse_accept(pc, "(")) {
    if(parse_path_alt(pc, out))
      return -1;
    return parse_expect(pc, ")");
  }
  *out = path_new(pc, PATH_LINK, NULL, NULL);
  return parse_path_iri(pc, &(*out)->iri);
}

static int
parse_path_elt(parse_ctx *pc, sp_path **out)
{
  int inv = parse_accept(pc, "^");

  if(parse_path_primary(pc, out))
    return -1;
  if(parse_accept(pc, "*"))
    *out = path_new(pc, PATH_STAR, *out, NULL);
  else if(parse_accept(pc, "+"))
    *out = path_new(pc, PATH_PLUS, *out, NULL);
  else if(parse_accept(pc, "?"))
    *out = path_new(pc, PATH_OPT, *out, NULL);
  if(inv)
    *out = path_new(pc, PATH_INV, *out, NULL);
  return 0;
}

static int
parse_path_seq(parse_ctx *pc, sp_path **out)
{
  if(parse_path_elt(pc, out))
    return -1;
  while(parse_accept(pc, "/")) {
    sp_path *b;
    if(parse_path_elt(pc, &b))
      return -1;
    *out = path_new(pc, PATH_SEQ, *out, b);
  }
  return 0;
}

int
parse_path_alt(parse_ctx *pc, sp_path **out)
{
  if(parse_path_seq(pc, out))
    return -1;
  while(parse_accept(pc, "|")) {
    sp_path *b;
    if(parse_path_seq(pc, &b))
      return -1;
    *out = path_new(pc, PATH_ALT, *out, b);
  }
  return 0;
}

