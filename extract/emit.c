/* extract/emit.c: a story's entities and facts as RDF, through
 * jc_load_triple().  Decides the IRIs (the identity rule is documented in
 * ontology/jiceng.ttl): entities live under https://w3id.org/jiceng/id/ and
 * never depend on the file; the article, its sentences and the evidence
 * statements live under the source's graph IRI, or, for an article that
 * came through extract.c, under the IRIs its container's loader chose. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "nz.h"

#define EM_ID     "https://w3id.org/jiceng/id/"
#define EM_JC     "https://w3id.org/jiceng/ns#"
#define EM_RDF    "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define EM_RDFS   "http://www.w3.org/2000/01/rdf-schema#"
#define EM_XSD    "http://www.w3.org/2001/XMLSchema#"
#define EM_ORG    "http://www.w3.org/ns/org#"
#define EM_PROV   "http://www.w3.org/ns/prov#"
#define EM_SCHEMA "http://schema.org/"
#define EM_SKOS   "http://www.w3.org/2004/02/skos/core#"
#define EM_FOAF   "http://xmlns.com/foaf/0.1/"

typedef struct em_buf {
  char *s;
  size_t n, cap;
} em_buf;

/* Append the @l bytes of @s (no NUL among them).  Keys are put together
 * a character at a time: the buffer grows only when it is full. */
static int
em_put_n(em_buf *b, const char *s, size_t l)
{
  if(b->n + l + 1 > b->cap &&
     nz_grow((void **)&b->s, &b->cap, b->n + l + 1, 1) < 0)
    return -1;
  memcpy(b->s + b->n, s, l);
  b->n += l;
  b->s[b->n] = '\0';
  return 0;
}

static int
em_put(em_buf *b, const char *s)
{
  return em_put_n(b, s, strlen(s));
}

/* The IRIs of sentences and statements and the offsets, made for every
 * fact: built by hand rather than by snprintf (a tenth of the
 * extractor's time).  Each appends to [at, end), cutting what does not
 * fit as snprintf would, and returns the new end; the caller writes the
 * final NUL at it (end is one before the buffer's end). */
static char *
em_cat(char *at, char *end, const char *s)
{
  while(*s && at < end)
    *at++ = *s++;
  return at;
}

/* The decimal digits of @v, two at a time (a division for every two:
 * statement numbers and offsets are written for every fact). */
static char *
em_cat_num(char *at, char *end, unsigned long long v)
{
  static const char pairs[] =
    "00010203040506070809101112131415161718192021222324"
    "25262728293031323334353637383940414243444546474849"
    "50515253545556575859606162636465666768697071727374"
    "75767778798081828384858687888990919293949596979899";
  char d[24];
  size_t n = sizeof d, k;

  for(; v >= 100; v /= 100) {
    unsigned r = (unsigned)(v % 100);
    d[--n] = pairs[2 * r + 1];
    d[--n] = pairs[2 * r];
  }
  if(v >= 10) {
    d[--n] = pairs[2 * v + 1];
    d[--n] = pairs[2 * v];
  } else {
    d[--n] = (char)('0' + v);
  }
  k = sizeof d - n < (size_t)(end - at) ? sizeof d - n : (size_t)(end - at);
  memcpy(at, d + n, k);      /* the first digits, as many as fit */
  return at + k;
}

/* RFC 3987 ucschar: the characters beyond ASCII that an IRI may carry as
 * they are.  Private-use characters (iprivate) are allowed only in a
 * query, so they are encoded with the rest. */
static int
em_ucschar(uint32_t c)
{
  return (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFEF) ||
         (c >= 0x10000 && c <= 0xEFFFD && (c & 0xFFFE) != 0xFFFE);
}

/* Mint the key as IRI text (RFC 3987): Chinese characters stay
 * characters (…/org/中原区/秦岭路街道, readable in exports and the
 * shell); unreserved ASCII and '/', which separates a unit from the unit
 * it belongs to, stay too; every other byte is percent-encoded. */
static int
em_put_key(em_buf *b, const char *key)
{
  static const char hex[] = "0123456789ABCDEF";
  const unsigned char *p = (const unsigned char *)key;
  size_t len = strlen(key);
  char *o;

  /* Written in place, room made once: a byte in is at most three out. */
  if(nz_grow((void **)&b->s, &b->cap, b->n + 3 * len + 1, 1) < 0)
    return -1;
  o = b->s + b->n;
  while(len) {
    unsigned char c = *p;
    uint32_t cp;
    int l = c >= 0x80 ? nz_utf8_decode(p, len, &cp) : 0, j;
    if(l > 0 && em_ucschar(cp)) {
      for(j = 0; j < l; j++)
        *o++ = (char)p[j];
    } else if((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
              (c >= '0' && c <= '9') || strchr("-._~/", c)) {
      l = 1;
      *o++ = (char)c;
    } else {
      l = 1;
      *o++ = '%';
      *o++ = hex[c >> 4];
      *o++ = hex[c & 15];
    }
    p += l;
    len -= (size_t)l;
  }
  *o = '\0';
  b->n = (size_t)(o - b->s);
  return 0;
}

static long
em_canon(const nz_story *st, long e)
{
  while(e >= 0 && st->ent[e].alias_of >= 0)
    e = st->ent[e].alias_of;
  return e;
}

/* The global key: see "identity" in ontology/jiceng.ttl. */
static int
em_key(const nz_story *st, long e, em_buf *b, int depth)
{
  const nz_entity *x = &st->ent[e];
  const char *k = x->key + 2;

  if(depth > 8)
    return em_put(b, x->label);
  switch(x->key[0]) {
  case 'a':
    if(x->level >= NZ_LV_VILLAGE && x->parent >= 0) {
      if(em_key(st, x->parent, b, depth + 1) < 0 || em_put(b, "/") < 0)
        return -1;
    }
    return em_put(b, k);
  case 'o': {
    char *end;
    long anc = strtol(k, &end, 10);
    if(end != k && *end == '/' && anc >= 0 && (size_t)anc < st->nent) {
      if(em_key(st, anc, b, depth + 1) < 0)
        return -1;
      return em_put(b, end);
    }
    return em_put(b, k);
  }
  case 'g':
    if(em_put(b, st->stem) < 0 || em_put(b, "/") < 0)
      return -1;
    return em_put(b, k);
  case 'p':
    return em_put(b, k);
  case 'h':
    if(*k >= '0' && *k <= '9') {
      char *end;
      long org = strtol(k, &end, 10);
      /* under the body's own name when its short form was merged in */
      if(em_key(st, em_canon(st, org), b, depth + 1) < 0)
        return -1;
      return em_put(b, end);
    }
    return em_put(b, k);
  default:
    return em_put(b, k);
  }
}

/* Entity @e's IRI, new; NULL when out of memory.  Its key is put
 * together in @k, the caller's, kept from one entity to the next. */
static char *
em_iri(const nz_story *st, long e, em_buf *k)
{
  em_buf b = { NULL, 0, 0 };
  const nz_entity *x;

  e = em_canon(st, e);
  x = &st->ent[e];
  k->n = 0;
  /* room for most IRIs at once: grown from 16 bytes, a buffer was
   * reallocated four or five times for each */
  if(nz_grow((void **)&b.s, &b.cap, 256, 1) < 0 ||
     nz_grow((void **)&k->s, &k->cap, 256, 1) < 0 ||
     em_put(&b, EM_ID) < 0 ||
     em_put(&b, x->type == 'o' ? "org/" : x->type == 'p' ? "program/" :
            "person/") < 0 || em_key(st, e, k, 0) < 0 ||
     em_put_key(&b, k->s) < 0) {
    free(b.s);
    return NULL;
  }
  return b.s;
}

/* One triple, its object as given: text already as the story writes it
 * (a sentence, the headline, the container's metadata). */
static jc_status
em_t_as_is(nz_story *st, const char *s, const char *p, const char *o,
           int lit, const char *dt)
{
  jc_term ts = { JC_TERM_IRI, s, NULL, NULL };
  jc_term tp = { JC_TERM_IRI, p, NULL, NULL };
  jc_term to = { lit ? JC_TERM_LITERAL : JC_TERM_IRI, o, dt, NULL };

  return jc_load_triple(st->ld, &ts, &tp, &to);
}

/* One triple; a literal made from the story's folded text (a label, a
 * name, a role) is written back as a story in traditional characters
 * writes it. */
static jc_status
em_t(nz_story *st, const char *s, const char *p, const char *o, int lit,
     const char *dt)
{
  char *written;
  jc_status rc;

  if(!lit || !st->orig || !(written = nz_hant_written(st, o)))
    return em_t_as_is(st, s, p, o, lit, dt);
  rc = em_t_as_is(st, s, p, written, lit, dt);
  free(written);
  return rc;
}

/* The story's text as written (nz_hant_fold keeps it apart). */
static const uint32_t *
em_written(const nz_story *st)
{
  return st->orig ? st->orig : st->cp;
}

static const char *
em_org_class(const nz_entity *x)
{
  const char *l = x->label;

#define EM_ENDS(w) nz_ends_with(l, w)
  switch(x->kind) {
  case NZ_ADMIN:
    switch(x->level) {
    case NZ_LV_PROV: return EM_JC "Province";
    case NZ_LV_CITY: return EM_JC "City";
    case NZ_LV_COUNTY: return EM_JC "County";
    case NZ_LV_TOWN:
      return EM_ENDS("乡") || EM_ENDS("镇") ? EM_JC "Township" :
             EM_JC "Subdistrict";
    case NZ_LV_COMPOUND:   /* 小区: the ontology has no class of its own */
      return EM_JC "AdministrativeUnit";
    default:
      return EM_ENDS("村") ? EM_JC "Village" : EM_JC "Community";
    }
  case NZ_PARTY:
    if(EM_ENDS("临时党支部")) return EM_JC "TemporaryPartyBranch";
    if(EM_ENDS("党支部")) return EM_JC "PartyBranch";
    if(EM_ENDS("党总支")) return EM_JC "PartyGeneralBranch";
    if(EM_ENDS("党小组")) return EM_JC "PartyGroup";
    if(EM_ENDS("大党委") || EM_ENDS("大工委"))
      return EM_JC "RegionalPartyCommittee";
    if(EM_ENDS("党工委") || EM_ENDS("工作委员会"))
      return EM_JC "PartyWorkingCommittee";
    if(EM_ENDS("部")) return EM_JC "PartyDepartment";
    return EM_JC "PartyCommittee";
  case NZ_GOV: return EM_JC "GovernmentBody";
  case NZ_ENTERPRISE: return EM_JC "Enterprise";
  case NZ_TEAM: return EM_JC "ServiceTeam";
  case NZ_FACILITY: return EM_JC "ServiceCentre";
  }
#undef EM_ENDS
  return EM_JC "GovernmentBody";
}

static const char *
em_program_class(const char *kind)
{
  static const char *const map[][2] = {
    { "工作法", "WorkMethod" }, { "法", "WorkMethod" },
    { "制度", "Institution" }, { "机制", "Mechanism" },
    { "活动", "Activity" }, { "行动", "Campaign" }, { "工程", "Project" },
    { "项目", "Project" }, { "品牌", "Brand" }, { "平台", "Platform" },
    { "模式", "Model" }, { "思路", "GuidingIdea" }, { "理念", "GuidingIdea" },
    { NULL, NULL }
  };
  static const char *const iri[] = {
    EM_JC "WorkMethod", EM_JC "Institution", EM_JC "Mechanism",
    EM_JC "Activity", EM_JC "Campaign", EM_JC "Project", EM_JC "Brand",
    EM_JC "Platform", EM_JC "Model", EM_JC "GuidingIdea"
  };
  size_t i, j;

  for(i = 0; kind && map[i][0]; i++) {
    if(nz_ends_with(kind, map[i][0]))
      for(j = 0; j < sizeof iri / sizeof *iri; j++)
        if(!strcmp(iri[j] + strlen(EM_JC), map[i][1]))
          return iri[j];
  }
  return NULL;
}

static int
em_fact_less(const nz_fact *x, const nz_fact *y)
{
  if(x->rel != y->rel)
    return x->rel < y->rel;
  if(x->s != y->s)
    return x->s < y->s;
  if(x->o != y->o)
    return x->o < y->o;
  return x->sent < y->sent;
}

static int
em_fact_cmp(const void *a, const void *b)
{
  return em_fact_less(a, b) ? -1 : em_fact_less(b, a);
}

/* The facts in em_fact_cmp's order.  Facts that compare equal are the
 * same fact, so every sort writes the same triples: runs of 8 sorted by
 * insertion, then merged, with the comparison inline (qsort called
 * em_fact_cmp through a pointer, most of the sort's cost); qsort when
 * there is no memory for the merges. */
static void
em_sort_facts(nz_fact *f, size_t n)
{
  nz_fact *tmp = n > 8 ? malloc(n * sizeof *tmp) : NULL, *src = f, *dst = tmp;
  size_t i, j, w;

  if(n > 8 && !tmp) {
    qsort(f, n, sizeof *f, em_fact_cmp);
    return;
  }
  for(i = 1; i < n; i++) {
    nz_fact x = f[i];
    for(j = i; j % 8 && em_fact_less(&x, &f[j - 1]); j--)
      f[j] = f[j - 1];
    f[j] = x;
  }
  for(w = 8; w < n; w *= 2) {
    for(i = 0; i < n; i += 2 * w) {
      size_t a = i, m = i + w < n ? i + w : n, b = m,
             e = i + 2 * w < n ? i + 2 * w : n, k = i;
      while(a < m && b < e)
        dst[k++] = em_fact_less(&src[b], &src[a]) ? src[b++] : src[a++];
      while(a < m)
        dst[k++] = src[a++];
      while(b < e)
        dst[k++] = src[b++];
    }
    { nz_fact *t = src; src = dst; dst = t; }
  }
  if(src != f)
    memcpy(f, src, n * sizeof *f);
  free(tmp);
}

static const char *
em_pred(nz_rel r)
{
  switch(r) {
  case NZ_MENTIONS: return EM_SCHEMA "mentions";
  case NZ_SUBORG: return EM_ORG "subOrganizationOf";
  case NZ_LEADS: return EM_JC "leads";
  case NZ_RUNS: return EM_JC "runs";
  case NZ_COBUILDS: return EM_JC "coBuildsWith";
  case NZ_ESTABLISHED: return EM_JC "established";
  case NZ_AUTHOR: return EM_SCHEMA "author";
  case NZ_CONTRIBUTOR: return EM_SCHEMA "contributor";
  case NZ_HOLDS: return EM_JC "holdsPostIn";
  case NZ_MEMBER: return EM_ORG "memberOf";
  case NZ_PART_OF: return EM_JC "partOf";
  }
  return EM_SCHEMA "mentions";
}

#define EM_SENT_TAIL 48  /* "#title-", "-" and two numbers of 20 digits */

/* What em_sentence keeps of a sentence: whether its node was written,
 * and the tail of its IRI after the article's ("#sent-105-203"), made
 * the first time (every fact it says names it again as evidence). */
typedef struct em_sent {
  unsigned char done;        /* its node was written */
  unsigned char tail_len;    /* 0: tail not made yet */
  char tail[EM_SENT_TAIL];
} em_sent;

/* The sentence node: its text and character offsets in the source.  Its
 * IRI is written into @iri after the article's, which its first @pre
 * bytes already hold. */
static jc_status
em_sentence(nz_story *st, size_t si, const char *article, char *iri,
            size_t pre, size_t max, em_sent *done)
{
  const nz_sent *s = &st->sent[si];
  int title = (st->off[s->start] & NZ_OFF_TITLE) != 0;
  unsigned long long a = st->off[s->start] & ~NZ_OFF_TITLE;
  unsigned long long b = (st->off[s->end - 1] & ~NZ_OFF_TITLE) + 1;
  char num[32], *text, *at = iri + pre;
  em_sent *d = &done[si];
  jc_status rc = JC_OK;

  if(d->tail_len) {
    memcpy(at, d->tail, d->tail_len);
    at[d->tail_len] = '\0';
  } else {
    at = em_cat(at, iri + max - 1, title ? "#title-" : "#sent-");
    at = em_cat_num(at, iri + max - 1, a);
    at = em_cat(at, iri + max - 1, "-");
    at = em_cat_num(at, iri + max - 1, b);
    *at = '\0';
    d->tail_len = (unsigned char)(at - (iri + pre));
    memcpy(d->tail, iri + pre, d->tail_len);
  }
  if(d->done)
    return JC_OK;
  d->done = 1;
  text = nz_to_utf8(em_written(st) + s->start, s->end - s->start);
  if(!text)
    return JC_ERR_NOMEM;
  if((rc = em_t(st, iri, EM_RDF "type", EM_JC "Sentence", 0, NULL)) ||
     (rc = em_t_as_is(st, iri, EM_JC "text", text, 1, NULL)) ||
     (rc = em_t(st, iri, EM_SCHEMA "isPartOf", article, 0, NULL)))
    goto out;
  *em_cat_num(num, num + sizeof num - 1, a) = '\0';
  if((rc = em_t(st, iri, EM_JC "startOffset", num, 1, EM_XSD "integer")))
    goto out;
  *em_cat_num(num, num + sizeof num - 1, b) = '\0';
  rc = em_t(st, iri, EM_JC "endOffset", num, 1, EM_XSD "integer");
out:
  free(text);
  return rc;
}

static jc_status
em_entity(nz_story *st, long e, const char *iri)
{
  const nz_entity *x = &st->ent[e];
  jc_status rc;
  size_t k;

  if(x->type == 'o') {
    if((rc = em_t(st, iri, EM_RDF "type", EM_ORG "Organization", 0, NULL)) ||
       (rc = em_t(st, iri, EM_RDF "type", em_org_class(x), 0, NULL)) ||
       (rc = em_t(st, iri, EM_RDFS "label", x->label, 1, NULL)))
      return rc;
  } else if(x->type == 'p') {
    const char *c = em_program_class(x->extra);
    if((rc = em_t(st, iri, EM_RDF "type", EM_JC "Program", 0, NULL)) ||
       (c && (rc = em_t(st, iri, EM_RDF "type", c, 0, NULL))) ||
       (rc = em_t(st, iri, EM_RDFS "label", x->label, 1, NULL)) ||
       (x->extra && (rc = em_t(st, iri, EM_JC "kind", x->extra, 1, NULL))))
      return rc;
  } else {
    if((rc = em_t(st, iri, EM_RDF "type", EM_FOAF "Person", 0, NULL)) ||
       (rc = em_t(st, iri, EM_FOAF "name", x->label, 1, NULL)) ||
       (x->extra && (rc = em_t(st, iri, EM_JC "role", x->extra, 1, NULL))))
      return rc;
  }
  for(k = 0; k < x->nalt; k++)
    if((rc = em_t(st, iri, EM_SKOS "altLabel", x->alt[k], 1, NULL)))
      return rc;
  /* 城关区 of a story that writes 城關區: em_t() wrote the label as the
   * story does; the simplified one is a name too */
  if(st->orig) {
    char *written = nz_hant_written(st, x->label);
    rc = written ? em_t_as_is(st, iri, EM_SKOS "altLabel", x->label, 1,
                              NULL) : JC_OK;
    free(written);
    if(rc)
      return rc;
  }
  return JC_OK;
}

/* The container's metadata on the article node (extract.h).  What cannot
 * stand as RDF of the right type is reported, not guessed at: a date we do
 * not read stays a plain string, a URL that is no IRI is left out. */
static jc_status
em_meta(nz_story *st, const char *article)
{
  const nz_article_meta *m = st->meta;
  char date[64];
  const char *dt;
  jc_status rc = JC_OK;

  if((m->identifier &&
      (rc = em_t_as_is(st, article, EM_SCHEMA "identifier", m->identifier,
                       1, NULL))) ||
     (m->part_of &&
      (rc = em_t_as_is(st, article, EM_SCHEMA "isPartOf", m->part_of, 0,
                       NULL))) ||
     (m->publisher && *m->publisher &&
      (rc = em_t_as_is(st, article, EM_SCHEMA "publisher", m->publisher,
                       1, NULL))))
    return rc;
  if(m->date && *m->date) {
    dt = nz_extract_date(m->date, date, sizeof date);
    if(!dt)
      jc_load_warning(st->ld, m->line, 0, "date \"%s\" is not a date "
                      "jiceng reads; kept as text", m->date);
    if((rc = em_t_as_is(st, article, EM_SCHEMA "datePublished",
                        dt ? date : m->date, 1, dt)))
      return rc;
  }
  if(m->url && *m->url) {
    if(!jc_iri_check(m->url))
      jc_load_warning(st->ld, m->line, 0, "url \"%s\" is not an absolute "
                      "IRI; left out", m->url);
    else if((rc = em_t_as_is(st, article, EM_SCHEMA "url", m->url, 0,
                             NULL)))
      return rc;
  }
  return JC_OK;
}

/* 党工委书记 of 祭城路街道党工委, held by 武学德: an org:Post. */
static jc_status
em_post(nz_story *st, long person, long org, const char *piri,
        const char *oiri)
{
  const nz_entity *h = &st->ent[person];
  em_buf b = { NULL, 0, 0 }, k = { NULL, 0, 0 };
  jc_status rc = JC_ERR_NOMEM;

  if(em_put(&b, EM_ID "post/") < 0 || em_key(st, em_canon(st, org), &k, 0) < 0
     || em_put(&k, "/") < 0 || em_put(&k, h->extra ? h->extra : "") < 0 ||
     em_put_key(&b, k.s) < 0)
    goto out;
  if((rc = em_t(st, b.s, EM_RDF "type", EM_ORG "Post", 0, NULL)) ||
     (h->extra && (rc = em_t(st, b.s, EM_RDFS "label", h->extra, 1, NULL))) ||
     (rc = em_t(st, b.s, EM_ORG "postIn", oiri, 0, NULL)) ||
     (rc = em_t(st, b.s, EM_ORG "heldBy", piri, 0, NULL)))
    goto out;
  rc = em_t(st, piri, EM_ORG "holds", b.s, 0, NULL);
out:
  free(b.s);
  free(k.s);
  return rc;
}

/* 128 bits of FNV-1a over @n code points, as 32 hex digits in @out; white
 * space is skipped, so re-wrapped copies of a text hash alike. */
static void
em_hash_text(const uint32_t *cp, size_t n, char *out, size_t max)
{
  uint64_t h1 = 1469598103934665603ULL, h2 = 0x84222325CBF29CE4ULL;
  size_t i;

  for(i = 0; i < n; i++) {
    /* an ideograph (U+4E00..U+9FFF, most of a text) is no space */
    if(cp[i] - 0x4E00 >= 0x5200 && (nz_is_space(cp[i]) || cp[i] == '\n'))
      continue;
    h1 = (h1 ^ cp[i]) * 1099511628211ULL;
    h2 = (h2 ^ (cp[i] + 0x9E3779B9u)) * 0x100000001B3ULL;
    h2 ^= h2 >> 31;
  }
  snprintf(out, max, "%016llx%016llx", (unsigned long long)h1,
           (unsigned long long)h2);
}

/* The article's IRI, wherever its file lies: from its canonical URL when
 * the source gives one (fragment dropped, scheme and host lower-cased),
 * else from a hash of its text with white space removed.  The same report
 * loaded from two files, or reposted under one canonical URL, is one
 * schema:NewsArticle with two sources. */
static void
em_article_iri(const nz_story *st, char *out, size_t max)
{
  const char *url = st->meta ? st->meta->url : NULL;
  char h[40];

  if(url && *url && jc_iri_check(url)) {
    uint32_t *cp;
    size_t n = strcspn(url, "#"), i, host = 0;
    const char *sep = strstr(url, "://");
    if(sep && (size_t)(sep - url) < n)
      host = (size_t)(sep - url) + 3 + strcspn(sep + 3, "/#?");
    cp = malloc((n + 1) * sizeof *cp);
    if(cp) {
      for(i = 0; i < n; i++) {
        unsigned char c = (unsigned char)url[i];
        cp[i] = i < host && c >= 'A' && c <= 'Z' ? c + 32u : c;
      }
      em_hash_text(cp, n, h, sizeof h);
      free(cp);
      snprintf(out, max, EM_ID "article/u%s", h);
      return;
    }
  }
  em_hash_text(em_written(st), st->n, h, sizeof h);
  snprintf(out, max, EM_ID "article/t%s", h);
}

#define EM_HEADLINE_MAX 120  /* code points; a longer title line is cut */

/* Does a word set apart by spaces at cp[i] (up to @n) begin with a role
 * of a byline (记者 王阳, 通讯员 周慧), or end with one (川观新闻记者)? */
static int
em_role_word(const uint32_t *cp, size_t i, size_t n)
{
  size_t t;
  int author;

  if(nz_lex_byline_role_at(cp, i, n, &author))
    return 1;
  for(t = i; t < n && !nz_is_space(cp[t]); t++)
    ;
  return nz_lex_byline_role_ending(cp, i, t, &author) < t;
}

/* Is the title line @p writers' names alone, set apart by spaces (徐凌燕
 * 叶诗蕾): two to four characters each, the first a surname? */
static int
em_is_names(const nz_story *st, const nz_para *p)
{
  const uint32_t *cp = st->cp;
  size_t i = p->start, t;
  int names = 0;

  while(i < p->end) {
    for(t = i; t < p->end && !nz_is_space(cp[t]); t++)
      if(cp[t] < 0x4E00 || cp[t] > 0x9FFF)
        return 0;
    if(t - i < 2 || t - i > 4 || !nz_lex_surname(cp, i, t))
      return 0;
    names++;
    for(i = t; i < p->end && nz_is_space(cp[i]); i++)
      ;
  }
  return names >= 2 || (names == 1 && p->end - p->start <= 3);
}

/* Is the title line @p a byline, a credit or a page's metadata rather
 * than a title: a role (本报记者 孙志刚 通讯员 郝旭, □记者梁玉鹏报道,
 * 自贡观察 刘亿 川观新闻记者 行晓艺, 通讯员 anywhere), 本报讯, …/文 …/图, a
 * date or time (广西日报 2017-05-24 07:15), a label with its colon
 * (来源: 作者: 发布日期: 阅读:), a medium's name alone (浙江新闻客户端), or
 * writers' names alone (徐凌燕 叶诗蕾)? */
static int
em_is_byline(const nz_story *st, const nz_para *p)
{
  static const char *const labels[] = { "来源", "作者", "编辑", "日期",
    "时间", "阅读", "浏览", "点击", "类别", "发布", "供稿", NULL };
  static const char *const media[] = { "日报", "晚报", "客户端", "新闻网",
    "电视台", "融媒体", NULL };
  const uint32_t *cp = st->cp;
  size_t a = p->start, n = p->end, i, k;

  while(a < n && (cp[a] == 0x25A1 || cp[a] == 0x25A0 || cp[a] == 0x25CF ||
                  cp[a] == 0x25C6 || cp[a] == 0x3010))      /* □■●◆【 */
    a++;
  if(nz_match(cp, a, n, "本报讯"))
    return 1;
  for(i = a; i < n; i++) {
    /* a role that opens the line or ends a word of it (川观新闻记者) */
    if(((i == a || nz_is_space(cp[i - 1])) && em_role_word(cp, i, n)) ||
       nz_match(cp, i, n, "通讯员"))
      return 1;
    if(i > a && i + 1 < n && (cp[i] == '/' || cp[i] == 0xFF0F) &&
       (cp[i + 1] == 0x6587 || cp[i + 1] == 0x56FE))        /* /文 /图 */
      return 1;
    if(i + 2 < n && nz_is_digit(cp[i]) && nz_is_digit(cp[i + 2]) &&
       (cp[i + 1] == ':' || cp[i + 1] == '-' || cp[i + 1] == '/' ||
        cp[i + 1] == 0x5E74 || cp[i + 1] == 0x6708))         /* 年 月 */
      return 1;
    for(k = 0; labels[k]; k++)
      if(nz_match(cp, i, n, labels[k]) && i + 2 < n &&
         (cp[i + 2] == ':' || cp[i + 2] == 0xFF1A || cp[i + 2] == '['))
        return 1;
  }
  if(n - a <= 12)
    for(k = 0; media[k]; k++)
      for(i = a + 1; i < n; i++)
        if(nz_match(cp, i, n, media[k]) &&
           i + strlen(media[k]) / 3 == n)
          return 1;
  return em_is_names(st, p);
}

/* Does the title line @p open a section of the body rather than title the
 * story: an ordinal (一、 （一） 1. 第一 一是) or 在…方面 ("在工作机制方面
 * 搭建…")? */
static int
em_is_section(const nz_story *st, const nz_para *p)
{
  const uint32_t *cp = st->cp;
  size_t a = p->start, n = p->end, i;

  if(a + 2 <= n && (cp[a] == 0xFF08 || cp[a] == '(') &&
     nz_is_numeral(cp[a + 1]))
    return 1;
  if(a + 2 <= n && nz_match(cp, a, n, "第") && nz_is_numeral(cp[a + 1]))
    return 1;
  for(i = a; i < n && i < a + 3 && nz_is_numeral(cp[i]); i++)
    ;
  if(i > a && i < n && (cp[i] == 0x3001 || cp[i] == '.' || cp[i] == 0xFF0E ||
                        cp[i] == 0x662F))          /* 、 . ． 是 */
    return 1;
  if(nz_match(cp, a, n, "在"))
    for(i = a + 2; i + 1 < n && i < a + 12; i++)
      if(nz_match(cp, i, n, "方面"))
        return 1;
  return 0;
}

/* Does the title line @p name a unit (a mention of a unit with a name of
 * its own: 渭南市, 瓦屋李社区), and is that all it holds (*@all: a label
 * set above the title, "西宁市城北区")? */
static int
em_title_names(const nz_story *st, const nz_para *p, int *all)
{
  size_t k, covered = p->start;
  int named = 0;

  while(covered < p->end && (nz_is_space(st->cp[covered]) ||
                             st->cp[covered] == 0x2022))          /* • */
    covered++;

  for(k = 0; k < st->norg; k++) {
    const nz_org *o = &st->org[k];
    if(o->start < p->start || o->end > p->end || o->generic || o->phrase ||
       o->plural)
      continue;
    named = 1;
    if(o->start <= covered && o->end > covered)
      covered = o->end;
  }
  while(covered < p->end && nz_is_space(st->cp[covered]))
    covered++;
  *all = named && covered >= p->end;
  return named;
}

/* Is the title line @p a label over the title rather than the title: a
 * unit's name alone ("仁怀坛厂街道"), or a line that ends on a dash or a
 * colon ("春江社区:", "观山湖区世纪城街道——")?  *@named: whether it
 * names a unit. */
static int
em_title_label(const nz_story *st, const nz_para *p, int *named)
{
  uint32_t last = st->cp[p->end - 1];
  int all;

  *named = em_title_names(st, p, &all);
  return all || last == 0x2014 || last == ':' || last == 0xFF1A;
}

/* The story's title line: a line of the title block above the body, not
 * a subtitle (——…) nor a label (em_title_label).  Of two title lines
 * the one that names a unit is the title and the other its kicker or its
 * subtitle, set above or below it ("打通为民服务“最后一公里”" over
 * "高新区瓦屋李社区 党群服务中心揭牌"; "渭南市全力推进小区党建全覆盖"
 * over "把贴心服务送进千家万户"); where both or neither do, the last
 * (kickers, page slogans, are set above the title).  A byline or a
 * page's metadata ends the block (before the first title line, such
 * lines are passed over), and so does a section's heading.  -1 when
 * there is none. */
static long
em_headline_para(const nz_story *st)
{
  long last = -1, last_named = -1, label = -1;
  size_t h;

  for(h = 0; h < st->npara && st->para[h].heading; h++) {
    const nz_para *p = &st->para[h];
    int byline = em_is_byline(st, p), named;
    if(em_is_section(st, p) || (byline && (last >= 0 || label >= 0)))
      break;
    if(byline || st->cp[p->start] == 0x2014 || st->cp[p->start] == 0x2500 ||
       st->cp[p->start] == '-')
      continue;
    if(em_title_label(st, p, &named))
      label = (long)h;
    else {
      last = (long)h;
      if(named)
        last_named = (long)h;
    }
  }
  if(last_named >= 0)
    return last_named;
  return last >= 0 ? last : label;
}

/* Where a body's first sentence begins after its dateline: "本报讯 ",
 * "云上十堰讯 " (…讯 within its first 16 characters) and a credit in
 * brackets after it or alone ("(记者 史治国 通讯员 朱海新 )"). */
static size_t
em_skip_dateline(const uint32_t *cp, size_t a, size_t n)
{
  size_t i, close;
  int author;

  for(i = a; i < n && i < a + 16 && !nz_is_sent_end(cp[i]) &&
             cp[i] != 0xFF0C && cp[i] != ','; i++)
    if(cp[i] == 0x8BAF) {                                 /* 讯 */
      a = i + 1;
      break;
    }
  while(a < n && nz_is_space(cp[a]))
    a++;
  if(a < n && (cp[a] == '(' || cp[a] == 0xFF08)) {
    for(close = a + 1; close < n && close < a + 48 && cp[close] != ')' &&
                       cp[close] != 0xFF09; close++)
      ;
    for(i = a + 1; close < n && i < close; i++)
      if(nz_lex_byline_role_at(cp, i, close, &author)) {
        a = close + 1;
        break;
      }
  }
  while(a < n && nz_is_space(cp[a]))
    a++;
  return a;
}

/* The article node: its type, where it comes from, its headline (the
 * story's title line, see em_headline_para; without one, the body's first
 * sentence after its dateline; at most EM_HEADLINE_MAX code points). */
static jc_status
em_article(nz_story *st, const char *article)
{
  jc_status rc;
  long title;
  size_t h, a, n;
  char *headline;

  if((rc = em_t(st, article, EM_RDF "type", EM_SCHEMA "NewsArticle", 0,
                NULL)))
    return rc;
  /* A later story of the file (or part of an article past the cap) is
   * part of the first. */
  if(st->index > 0)
    rc = em_t(st, article, EM_SCHEMA "isPartOf", st->first_article, 0,
              NULL);
  else if(st->meta)
    rc = em_meta(st, article);
  else
    rc = em_t(st, article, EM_SCHEMA "identifier", st->stem, 1, NULL);
  if(rc)
    return rc;
  if(st->meta && st->meta->headline && *st->meta->headline)
    return st->index == 0 ? em_t_as_is(st, article, EM_SCHEMA "headline",
                                       st->meta->headline, 1, NULL) : JC_OK;
  if(!st->npara)
    return JC_OK;
  if((title = em_headline_para(st)) >= 0) {
    a = st->para[title].start;
    n = st->para[title].end - a;
  } else {
    /* No title line: the body's first sentence stands for it, without
     * its dateline. */
    for(h = 0; h + 1 < st->npara && st->para[h].heading; h++)
      ;
    a = em_skip_dateline(st->cp, st->para[h].start, st->para[h].end);
    for(n = 0; a + n < st->para[h].end; n++)
      if(nz_is_sent_end(st->cp[a + n])) {
        n++;
        break;
      }
  }
  headline = nz_to_utf8(em_written(st) + a,
                        n > EM_HEADLINE_MAX ? EM_HEADLINE_MAX : n);
  if(!headline)
    return JC_ERR_NOMEM;
  rc = em_t_as_is(st, article, EM_SCHEMA "headline", headline, 1, NULL);
  free(headline);
  return rc;
}

/* Every fact once, and with evidence (a jc:Evidence node naming the
 * sentence) once per sentence that says it. */
static jc_status
em_facts(nz_story *st, const char *article, char **iri, em_sent *done)
{
  char sent[1200], stmt[1200];
  /* the IRIs' common heads, written once */
  size_t sent_pre = (size_t)(em_cat(sent, sent + sizeof sent - 1, article) -
                             sent);
  char *stmt_num = em_cat(em_cat(stmt, stmt + sizeof stmt - 1,
                                 jc_load_graph_iri(st->ld)),
                          stmt + sizeof stmt - 1, "#st-");
  jc_status rc;
  size_t k;

  if(st->nfact)           /* fact is NULL until the first is added */
    em_sort_facts(st->fact, st->nfact);
  for(k = 0; k < st->nfact; k++) {
    const nz_fact *f = &st->fact[k];
    const char *s = f->s < 0 ? article : iri[em_canon(st, f->s)];
    const char *o = iri[em_canon(st, f->o)];
    int first = k == 0 || f->rel != f[-1].rel || f->s != f[-1].s ||
                f->o != f[-1].o;
    if(!first && f->sent == f[-1].sent)
      continue;
    /* two entities written with one IRI (em_canon) are one unit: no
     * unit co-builds with or set up itself */
    if(f->s >= 0 && !strcmp(s, o))
      continue;
    if(first) {
      if(f->rel == NZ_HOLDS)
        rc = em_post(st, f->s, f->o, s, o);
      else
        rc = em_t(st, s, em_pred(f->rel), o, 0, NULL);
      if(rc)
        return rc;
    }
    if(!st->evidence || f->rel == NZ_HOLDS)
      continue;
    if((rc = em_sentence(st, f->sent, article, sent, sent_pre, sizeof sent,
                         done)))
      return rc;
    *em_cat_num(stmt_num, stmt + sizeof stmt - 1, ++st->nstmt) = '\0';
    if((rc = em_t(st, stmt, EM_RDF "type", EM_JC "Evidence", 0, NULL)) ||
       (rc = em_t(st, stmt, EM_RDF "subject", s, 0, NULL)) ||
       (rc = em_t(st, stmt, EM_RDF "predicate", em_pred(f->rel), 0, NULL)) ||
       (rc = em_t(st, stmt, EM_RDF "object", o, 0, NULL)) ||
       (rc = em_t(st, stmt, EM_PROV "wasDerivedFrom", sent, 0, NULL)))
      return rc;
  }
  return JC_OK;
}

jc_status
nz_emit(nz_story *st)
{
  char article[1024];
  char **iri = NULL;
  em_sent *done = NULL;
  em_buf key = { NULL, 0, 0 };
  jc_status rc = JC_ERR_NOMEM;
  size_t k;

  em_article_iri(st, article, sizeof article);
  if(st->index == 0)
    snprintf(st->first_article, sizeof st->first_article, "%s", article);
  /* Parent links are facts too, with the sentence that first names the
   * child as their evidence. */
  for(k = 0; k < st->nent; k++) {
    if(st->ent[k].alias_of >= 0 || st->ent[k].type != 'o')
      continue;
    if(nz_fact_add(st, NZ_SUBORG, (long)k, st->ent[k].parent,
                   st->ent[k].first_sent) < 0 ||
       nz_fact_add(st, NZ_LEADS, (long)k, st->ent[k].leads,
                   st->ent[k].first_sent) < 0)
      goto out;
  }
  iri = calloc(st->nent ? st->nent : 1, sizeof *iri);
  done = calloc(st->nsent ? st->nsent : 1, sizeof *done);
  if(!iri || !done)
    goto out;
  /* An alias's IRI is its canonical entity's, and only that one's is
   * read (em_facts, em_entity): none is made for it. */
  for(k = 0; k < st->nent; k++)
    if(st->ent[k].alias_of < 0 && !(iri[k] = em_iri(st, (long)k, &key)))
      goto out;
  if((rc = em_article(st, article)))
    goto out;
  for(k = 0; k < st->nent; k++)
    if(st->ent[k].alias_of < 0 && (rc = em_entity(st, (long)k, iri[k])))
      goto out;
  rc = em_facts(st, article, iri, done);
out:
  if(iri)
    for(k = 0; k < st->nent; k++)
      free(iri[k]);
  free(iri);
  free(done);
  free(key.s);
  return rc;
}
