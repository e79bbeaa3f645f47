/* extract/nz.h: shared inside the news extractor (extract/) only.  The text of
 * one story is held as code points (nz_story); the recognizers (orgs.c,
 * programs.c, people.c) fill mention arrays, resolve.c turns mentions into
 * entities and facts, emit.c writes them as RDF.  Nothing here is exported:
 * the plugin's one public symbol is jc_plugin_entry() in news-zh.c. */
#ifndef NZ_H
#define NZ_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "extract.h"
#include "jiceng-plugin.h"
#include "utf8.h"
#include "words.h"

#define NZ_MAX_NAME 48       /* code points in one label, quotes removed */
#define NZ_STORY_CAP 262144  /* code points before a story is cut: memory */
#define NZ_SENT_MAX 1024     /* code points in one sentence: longer ones are
                                cut (text.c), which keeps the work per
                                sentence bounded */
/* Set in nz_story.off for code points of a headline given apart from the
 * text (extract.c): their offsets count in the headline, not the text. */
#define NZ_OFF_TITLE (UINT64_C(1) << 63)

/* ---- text.c: characters, decoding, paragraphs, sentences -------------- */

typedef struct nz_para {
  size_t start, end;  /* [start, end) in story code points */
  int heading;        /* 0 body; 1..6 markdown level; 9 short title line */
} nz_para;

typedef struct nz_sent {
  size_t start, end;  /* [start, end) in story code points */
  size_t para;        /* index into paragraphs */
} nz_sent;

/* Classes of code points: inline, as the recognizers ask them at every
 * position of a text. */
static inline int
nz_is_cjk(uint32_t c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F);
}

static inline int
nz_is_digit(uint32_t c)                /* ASCII or full-width digit */
{
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static inline int
nz_is_numeral(uint32_t c)              /* 一二三..十两百千万 and digits */
{
  switch(c) {
  case 0x4E00: case 0x4E8C: case 0x4E09: case 0x56DB: case 0x4E94:
  case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D: case 0x5341:
  case 0x4E24: case 0x767E: case 0x5343: case 0x4E07:
    return 1;
  default:
    return nz_is_digit(c);
  }
}

static inline int
nz_is_space(uint32_t c)
{
  return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == '\r';
}

/* 丨, ｜ or |: a bar that parts a headline's column from its title or
 * closes a label (编辑丨叶梦圆) as a colon does. */
static inline int
nz_is_bar(uint32_t c)
{
  return c == 0x4E28 || c == 0xFF5C || c == '|';
}

static inline int
nz_is_open_quote(uint32_t c)
{
  return c == 0x201C || c == 0x2018 || c == 0x300C || c == 0x300E;
}

/* The first position j in [i, n) with cp[j] == c, or n: a search for a
 * character through a stretch of text (a name written again, 家庭).  Where
 * wchar_t holds every code point (glibc: 32 bits) wmemchr does it, many
 * characters a step; elsewhere a loop. */
static inline size_t
nz_cp_find(const uint32_t *cp, size_t i, size_t n, uint32_t c)
{
#if WCHAR_MAX >= 0x10FFFF
  const wchar_t *r;

  if(i >= n)
    return n;
  r = wmemchr((const wchar_t *)cp + i, (wchar_t)c, n - i);
  return r ? (size_t)(r - (const wchar_t *)cp) : n;
#else
  while(i < n && cp[i] != c)
    i++;
  return i;
#endif
}

static inline int
nz_is_close_quote(uint32_t c)
{
  return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F;
}

static inline int
nz_is_quote(uint32_t c)
{
  return c == '"' || c == '\'' || nz_is_open_quote(c) || nz_is_close_quote(c);
}

static inline int
nz_is_sent_end(uint32_t c)             /* 。！？；!?; */
{
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B ||
         c == '!' || c == '?' || c == ';';
}

static inline int
nz_is_clause_punct(uint32_t c)         /* sentence ends plus ，,：: () */
{
  return nz_is_sent_end(c) || c == 0xFF0C || c == ',' || c == 0xFF1A ||
         c == ':' || c == '(' || c == ')' || c == 0xFF08 || c == 0xFF09;
}

/* Decode one UTF-8 sequence at @p (n bytes available).  Returns its length
 * and sets *cp, 0 if the bytes are not valid UTF-8, -1 if more bytes are
 * needed to decide.  nz_extract_utf8_decode() (extract.h), inline. */
static inline int
nz_utf8_decode(const unsigned char *p, size_t n, uint32_t *cp)
{
  return nz_extract_utf8_decode(p, n, cp);
}
/* Decode the first @len bytes of @s into at most @max code points at @out;
 * stops at the first byte that is not UTF-8.  Returns their number. */
size_t nz_utf8_codes(const char *s, size_t len, uint32_t *out, size_t max);
/* The UTF-8 form of a code point: jc_utf8_put (core/utf8.h). */

/* ---- lexicon.c: static tables of suffixes, kinds, roles, stop words ---- */

typedef enum nz_okind {
  NZ_ADMIN = 0, NZ_PARTY, NZ_GOV, NZ_ENTERPRISE, NZ_TEAM, NZ_FACILITY
} nz_okind;

/* Administrative levels; smaller is higher.  0 for non-admin kinds. */
enum { NZ_LV_PROV = 1, NZ_LV_CITY = 2, NZ_LV_COUNTY = 3, NZ_LV_TOWN = 4,
       NZ_LV_VILLAGE = 5,
       NZ_LV_COMPOUND = 6 };  /* a residential compound (小区) below a
                                 community */

typedef struct nz_suffix {
  const char *text;
  nz_okind kind;
  int level;         /* admin level, 0 otherwise */
  int maxname;       /* longest name part in front of it, code points */
  const char *skip_before;  /* name ending with one of these chars: no */
  const char *skip_after;   /* suffix followed by one of these chars: no */
} nz_suffix;

/* Build the short lexicons, once per process (thread-safe): before any
 * other nz_lex_* call.  nz_extract_new() calls it, so that the lookups,
 * asked at most positions of a text, need not. */
void nz_lex_ready(void);
/* Bit (c & 4095) set: some suffix starts with a code point c.  Built by
 * nz_lex_ready() and never changed afterwards; read by nz_lex_suffix,
 * inline, as it is asked at every position of a text. */
extern uint64_t nz_lex_sfx_first[64];
/* Bit (c & 4095) of nz_lex_sfx_one: a suffix is the code point c alone;
 * bit NZ_WORDS_PAIR(a, b) of nz_lex_sfx_pair: a longer one starts with
 * a, b.  Built with nz_lex_sfx_first; kinds.c marks NZ_K_UNIT_SUFFIX
 * where one of the two may hold. */
extern uint64_t nz_lex_sfx_one[64], nz_lex_sfx_pair[NZ_WORDS_PAIR_WORDS];
/* nz_lex_suffix past its first test. */
const nz_suffix *nz_lex_suffix_chain(const uint32_t *cp, size_t i, size_t n,
                                     size_t *len);
/* Longest organization suffix starting at cp[i] (i < n), or NULL; *len is
 * set to its length in code points. */
static inline int
nz_lex_suffix_may_start(uint32_t c)  /* 0: no suffix starts with @c */
{
  return nz_lex_sfx_first[(c & 4095) >> 6] >> (c & 63) & 1;
}

static inline const nz_suffix *
nz_lex_suffix(const uint32_t *cp, size_t i, size_t n, size_t *len)
{
  *len = 0;
  if(i >= n || !nz_lex_suffix_may_start(cp[i]))
    return NULL;
  return nz_lex_suffix_chain(cp, i, n, len);
}
int nz_lex_stop_char(uint32_t c);
/* Length of a stop word (function word or verb that never belongs to a
 * name) ending just before cp[i], or 0. */
size_t nz_lex_stop_before(const uint32_t *cp, size_t lo, size_t i);
/* Length of a stop word starting at cp[i], or 0. */
size_t nz_lex_stop_at(const uint32_t *cp, size_t i, size_t n);
/* The same for the stop words of reports alone (lex_stop_words: 开展,
 * 组织), not the dictionary's verbs. */
size_t nz_lex_report_stop_at(const uint32_t *cp, size_t i, size_t n);
/* Length of the longest program kind word ending at cp[i-1], or 0. */
size_t nz_lex_kind_ending(const uint32_t *cp, size_t lo, size_t i);
/* Length of a verb that introduces a program, ending just before cp[i]. */
size_t nz_lex_program_verb_before(const uint32_t *cp, size_t lo, size_t i);
int nz_lex_surname(const uint32_t *cp, size_t i, size_t n);  /* its length */
/* Where @c stands among the one-character surnames, the most common
 * first (王 0, 李 1 …); past the last when it is none. */
int nz_lex_surname_rank(uint32_t c);

/* The short lists that the lookups below read inline, as they are asked
 * at every position of a text (a call each cost more than the lookup's
 * first test): built by nz_lex_ready(), never changed afterwards. */
extern const nz_words *const nz_lex_estab_words, *const nz_lex_cobuild_words,
  *const nz_lex_post_words, *const nz_lex_role_words;

static inline size_t
nz_lex_establish_verb_at(const uint32_t *cp, size_t i, size_t n)
{
  return nz_words_at(nz_lex_estab_words, cp, i, n, NULL);
}

static inline size_t
nz_lex_cobuild_word_at(const uint32_t *cp, size_t i, size_t n)
{
  return nz_words_at(nz_lex_cobuild_words, cp, i, n, NULL);
}

static inline size_t
nz_lex_post_ending(const uint32_t *cp, size_t lo, size_t i)
{
  return nz_words_before(nz_lex_post_words, cp, lo, i);
}

static inline size_t
nz_lex_byline_role_at(const uint32_t *cp, size_t i, size_t n, int *author)
{
  int tag = 0;
  size_t len = nz_words_at(nz_lex_role_words, cp, i, n, &tag);

  *author = tag == 1;
  return len;
}
/* Does the token [p, t) end with a byline role, alone or after the
 * medium's name (贵阳日报融媒体记者)?  Where the role starts, or @t. */
size_t nz_lex_byline_role_ending(const uint32_t *cp, size_t p, size_t t,
                                 int *author);
int nz_lex_name_follower(uint32_t c);
int nz_lex_not_in_name(uint32_t c);
/* Do the two code points at cp[i] form a common word (代表, 强调) that
 * begins with a surname but is no name? */
int nz_lex_word_not_name(const uint32_t *cp, size_t i, size_t n);
/* Is cp[i..n) exactly a common verb or attributive (助力, 新型; the
 * verbs, adverbs ... of crosswords.inc: 拉近)? */
int nz_lex_phrase_word(const uint32_t *cp, size_t i, size_t n);
int nz_lex_generic_word_at(const uint32_t *cp, size_t i, size_t n);
int nz_lex_figure_word_at(const uint32_t *cp, size_t i, size_t n);
/* The length of a noun at cp[i] that holds a function character (和平,
 * 能源, 老年) and is read as part of a name, or 0. */
int nz_lex_stop_noun_at(const uint32_t *cp, size_t i, size_t n);
/* Where a word of crosswords.inc that starts before cp[a] (at or after
 * @lo) and ends after it, before @hi, ends: a name starting at cp[a] would
 * start inside it (十年来官渡区).  @a when there is none, or when a word
 * starting at cp[a] reaches further (在建设路: 建设, not 在建). */
size_t nz_lex_cross_end(const uint32_t *cp, size_t lo, size_t a, size_t hi);
/* The length of the longest word of crosswords.inc, of any kind, that
 * starts at cp[i] (before n), or 0. */
size_t nz_lex_cross_word_at(const uint32_t *cp, size_t i, size_t n);
/* The length of a noun of crosswords.inc (lex_hold_words: 建设, 生态;
 * lex_place_words) that starts at cp[i] (before n), or 0. */
size_t nz_lex_noun_at(const uint32_t *cp, size_t i, size_t n);
/* The length of a place word of crosswords.inc (武汉, 长沙) that starts
 * at cp[i] (before n), or 0. */
size_t nz_lex_place_at(const uint32_t *cp, size_t i, size_t n);
/* The same for a place the dictionary tags as one (ns: 汕尾市), not as
 * a noun or a verb (来宾市, 保定市: lex_place_words_other). */
size_t nz_lex_named_place_at(const uint32_t *cp, size_t i, size_t n);
/* May a place word of two characters or more (nz_lex_place_at) start
 * with cp[i], cp[i + 1]?  One bit test; 0 means none does. */
int nz_lex_place_pair(const uint32_t *cp, size_t i);

/* Put before a loop over a short constant list of literals that calls
 * nz_match on each (for(k = 0; list[k]; k++)): unrolled, each literal is
 * a constant again, and nz_match folds to a comparison per character
 * instead of decoding the literal at every position of the text. */
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 8
#define NZ_UNROLL _Pragma("GCC unroll 16")
#elif defined(__clang__)
#define NZ_UNROLL _Pragma("unroll")
#else
#define NZ_UNROLL
#endif

/* The code point of the trusted UTF-8 at @p (not at its end), and in *len
 * its length in bytes: no checks, as the literals nz_match compares are
 * strings of the source. */
static inline uint32_t
nz_lit_char(const unsigned char *p, int *len)
{
  if(p[0] >= 0xE0 && p[0] < 0xF0) {                     /* CJK: 3 bytes */
    *len = 3;
    return (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 |
           (p[2] & 0x3F);
  }
  if(p[0] < 0x80) {
    *len = 1;
    return p[0];
  }
  if(p[0] < 0xE0) {
    *len = 2;
    return (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
  }
  *len = 4;
  return (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
         (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
}

/* nz_match where the literal is not known when compiling: one of a list. */
static inline int
nz_match_run(const uint32_t *cp, size_t i, size_t n, const unsigned char *p)
{
  int len;

  for(; *p; i++, p += len)
    if(i >= n || cp[i] != nz_lit_char(p, &len))
      return 0;
  return 1;
}

#if defined(__GNUC__) && !defined(__clang__)
#define NZ_ALWAYS_INLINE __attribute__((always_inline))
#define NZ_KNOWN(x) __builtin_constant_p(x)
#else
#define NZ_ALWAYS_INLINE
#define NZ_KNOWN(x) 0
#endif

/* Character @k of a literal the compiler knows, @len bytes long, whose
 * first @k characters took *b bytes: 1 when the literal has ended, -1
 * when its character is not cp[i + k] (or that is n or past it), 0 to go
 * on (*b moved past it). */
static inline NZ_ALWAYS_INLINE int
nz_match_step(const uint32_t *cp, size_t i, size_t n, const unsigned char *p,
              size_t len, size_t k, size_t *b)
{
  int l;

  if(*b >= len)
    return 1;
  if(i + k >= n || cp[i + k] != nz_lit_char(p + *b, &l))
    return -1;
  *b += (size_t)l;
  return 0;
}

/* Does the literal @utf8 stand at cp[i] (before n)?  Inline: it is asked
 * at most positions of a text, and most often fails on the first
 * character.  The literal is trusted UTF-8 (a string of the source), so
 * each of its code points is put together without checks.  Where the
 * compiler knows the literal (NZ_KNOWN: a string written at the call, or
 * one of a list in a loop it unrolled), its first six characters are
 * written out one after the other, and each folds to one comparison with
 * a constant; as a loop it did not fold (GCC 12 -O2 decoded the literal
 * at run time at most call sites: a fifth of the extractor's
 * instructions).  Where it does not, a character is a few shifts and one
 * comparison, which fails or not as a whole (comparing the text's
 * character in UTF-8 form byte by byte took a mispredicted branch). */
static inline NZ_ALWAYS_INLINE int
nz_match(const uint32_t *cp, size_t i, size_t n, const char *utf8)
{
  const unsigned char *p = (const unsigned char *)utf8;
  size_t len, b = 0;
  int r;

  if(!NZ_KNOWN(p[0]))
    return nz_match_run(cp, i, n, p);
  len = __builtin_strlen(utf8);
  if((r = nz_match_step(cp, i, n, p, len, 0, &b)) != 0 ||
     (r = nz_match_step(cp, i, n, p, len, 1, &b)) != 0 ||
     (r = nz_match_step(cp, i, n, p, len, 2, &b)) != 0 ||
     (r = nz_match_step(cp, i, n, p, len, 3, &b)) != 0 ||
     (r = nz_match_step(cp, i, n, p, len, 4, &b)) != 0 ||
     (r = nz_match_step(cp, i, n, p, len, 5, &b)) != 0)
    return r > 0;
  return nz_match_run(cp, i + 6, n, p + b);
}

/* ---- lists.c: which word of a short list stands at a position -------- */

/* person_tibetan (people.c), the longest list, has 104 words of two
 * characters: a list past these limits is matched word by word (slow),
 * and that list was then two fifths of the extractor's time. */
#define NZ_LIST_MAX 128   /* words of one list */
#define NZ_LIST_POOL 256  /* their code points */

/* A rule's short list of literals (a NULL-terminated array of strings),
 * with what lookups need, built once per process at the first lookup:
 * the words as code points, and the sets of their first and last
 * characters, so that a position no word starts at (most of them) fails
 * in one inline bit test instead of one nz_match a word.  Declare it
 * static beside the list: static nz_list heads = NZ_LIST(head_words); */
typedef struct nz_list {
  const char *const *words;  /* borrowed: the list, NULL-terminated */
  atomic_int ready;          /* the tables below are built (lists.c) */
  int slow;                  /* too large for them: nz_match word by word */
  size_t n;
  uint64_t first[16];        /* bit (c & 1023): a word starts with c */
  uint64_t last[16];         /* bit (c & 1023): a word ends with c */
  uint16_t off[NZ_LIST_MAX];
  uint8_t len[NZ_LIST_MAX];  /* code points of each word */
  uint32_t pool[NZ_LIST_POOL];
} nz_list;

#define NZ_LIST(list) { .words = (list) }
#define NZ_LIST_BIT(set, c) ((set)[((c) & 1023) >> 6] >> ((c) & 63) & 1)

void nz_list_build(nz_list *l);  /* once, at the first lookup */
/* nz_list_at and nz_list_ending past their inline tests. */
long nz_list_find_at(const nz_list *l, const uint32_t *cp, size_t i,
                     size_t n);
long nz_list_find_ending(const nz_list *l, const uint32_t *cp, size_t lo,
                         size_t i);
/* The length in code points of word @k of @l. */
size_t nz_list_len(const nz_list *l, long k);

/* The index of the first word of @l (in the list's order) that stands at
 * cp[i] and ends at or before n, or -1: for(k = 0; words[k]; k++)
 * if(nz_match(cp, i, n, words[k])) ..., in one bit test where no word
 * starts with cp[i]. */
static inline long
nz_list_at(nz_list *l, const uint32_t *cp, size_t i, size_t n)
{
  if(!atomic_load_explicit(&l->ready, memory_order_acquire))
    nz_list_build(l);
  if(i >= n || !NZ_LIST_BIT(l->first, cp[i]))
    return -1;
  return nz_list_find_at(l, cp, i, n);
}

/* Is [i, n) a word of @l, whole: does the first word of @l that stands
 * at cp[i] end at n? */
static inline int
nz_list_whole(nz_list *l, const uint32_t *cp, size_t i, size_t n)
{
  long k = nz_list_at(l, cp, i, n);

  return k >= 0 && i + nz_list_len(l, k) == n;
}

/* The index of the first word of @l that ends just before cp[i] and
 * starts at or after cp[lo], or -1. */
static inline long
nz_list_ending(nz_list *l, const uint32_t *cp, size_t lo, size_t i)
{
  if(!atomic_load_explicit(&l->ready, memory_order_acquire))
    nz_list_build(l);
  if(i <= lo || !NZ_LIST_BIT(l->last, cp[i - 1]))
    return -1;
  return nz_list_find_ending(l, cp, lo, i);
}

/* ---- mentions --------------------------------------------------------- */

typedef struct nz_org {
  size_t start, end;     /* surface span in story code points */
  size_t sent;
  nz_okind kind;
  int level;             /* admin level or 0 */
  int generic;           /* 1: no name of its own ("街道", "社区党支部") */
  int plural;            /* 各/全/每 in front: names no single unit */
  int in_title;          /* inside 《》: a mention, never a subject */
  int absorbed;          /* swallowed by the next suffix (工作队服务团) */
  int phrase;            /* cut out of a phrase or an honour: no unit */
  int shared_head;       /* a city at the head of two bodies' names
                            (衡水市委社工部, 衡水市文联): a unit after all */
  int label;             /* a place that labels the headline (嘉兴：):
                            where the story is, never its topic nor a
                            subject */
  long up;               /* the enclosing component in the chain, or -1 */
  long owner;            /* a listed item's unit, written right before the
                            list (民建某市委新华、复兴2个支部), or -1 */
  long entity;           /* set by resolve.c */
  uint32_t name[NZ_MAX_NAME];  /* own label code points, quotes removed */
  size_t nname;
  uint32_t rest[NZ_MAX_NAME];  /* label after the nearest admin ancestor */
  size_t nrest;
} nz_org;

typedef struct nz_prog {
  size_t start, end;     /* quote to end of the kind word */
  size_t sent;
  uint32_t name[NZ_MAX_NAME];
  size_t nname;
  uint32_t kind[16];
  size_t nkind;
  long org_before;       /* org mention written right before it, or -1 */
  long entity;
} nz_prog;

typedef struct nz_person {
  size_t start, end;
  size_t sent;
  uint32_t name[16];
  size_t nname;
  uint32_t role[16];
  size_t nrole;
  int byline;            /* 1 author, 2 contributor, 0 in the text,
                            3 a resident (member of @org) */
  long org;              /* org mention of the post, or -1 */
} nz_person;

/* ---- entities and facts (resolve.c) ------------------------------------ */

typedef struct nz_entity {
  int type;              /* 'o' org, 'p' program, 'h' person */
  nz_okind kind;
  int level;
  char *key;             /* owned: identity key, UTF-8 */
  char *label;           /* owned */
  char **alt;            /* owned */
  size_t nalt;
  char *extra;           /* owned: program kind / person role, or NULL */
  long parent;           /* org:subOrganizationOf, or -1 */
  long leads;            /* jc:leads, or -1 */
  size_t first_sent;
  int generic;           /* org named only by its kind and parent */
  long alias_of;         /* merged into this entity, or -1 */
} nz_entity;

typedef enum nz_rel {
  NZ_MENTIONS = 0, NZ_SUBORG, NZ_LEADS, NZ_RUNS, NZ_COBUILDS,
  NZ_ESTABLISHED, NZ_AUTHOR, NZ_CONTRIBUTOR, NZ_HOLDS, NZ_MEMBER,
  NZ_PART_OF
} nz_rel;

typedef struct nz_fact {
  nz_rel rel;
  long s, o;             /* entity indices; s is -1 for the article */
  size_t sent;           /* evidence */
} nz_fact;

typedef struct nz_story {
  jc_load *ld;
  const char *graph;     /* borrowed: jc_load_graph_iri() */
  const char *stem;      /* borrowed: file name without extension */
  unsigned index;        /* 0 for the file's first story */
  uint32_t *cp;          /* owned */
  /* owned: what is written, when the story is in traditional characters
   * and cp holds them folded to simplified ones (nz_hant_fold), else
   * NULL */
  uint32_t *orig;
  uint64_t *off;         /* owned: source character offset of each cp */
  size_t n, cap;
  size_t off_cap;        /* what off was last grown to (cap, or less) */
  nz_para *para; size_t npara, cpara;
  nz_sent *sent; size_t nsent, csent;
  nz_org *org; size_t norg, corg;
  nz_prog *prog; size_t nprog, cprog;
  nz_person *person; size_t nperson, cperson;
  nz_entity *ent; size_t nent, cent;
  nz_fact *fact; size_t nfact, cfact;
  long *htab; size_t hcap;  /* owned: entity keys, open addressing */
  long *subject;         /* owned: per sentence, entity or -1 */
  long topic;            /* the story's own unit (headline), or -1 */
  int evidence;          /* emit sentence nodes and reified statements */
  unsigned long long nstmt;  /* statements numbered within the file */
  char first_article[1024];  /* the IRI of the file's first story */
  /* owned: sorg[si] is the first org mention of sentence si or later
   * (mentions come in sentence order), sorg[nsent] == norg; so the
   * mentions of a sentence are found without scanning the story */
  size_t *sorg; size_t csorg;
  /* owned: nz_kinds_fill(): for each 64 positions, NZ_KIND_COUNT words of
   * bits, one a kind (nz.h, kinds.c) */
  uint64_t *kinds; size_t ckinds;
  long dominant[NZ_LV_COMPOUND + 1];  /* res_dominant() per level; -2
                                         not yet known */
  /* res_only_before() per level, carried along as the mentions are
   * resolved in order: mentions [0, only_upto) seen; only_one is the
   * one named unit among them, -1 none yet, -2 more than one */
  size_t only_upto[NZ_LV_COMPOUND + 1];
  long only_one[NZ_LV_COMPOUND + 1];
  /* borrowed: the article node and its metadata when the story came
   * through nz_extract_article(); NULL for a .txt file (news-zh.c) */
  const struct nz_article_meta *meta;
} nz_story;

/* ---- kinds.c: the kinds of words that may start at each position ------ */

/* What the rules tried at every position of a sentence look for first.
 * One scan of a story (nz_kinds_fill, before the recognizers run) sets,
 * for each kind, a bit at each position whose character may start a word
 * of that kind, so that a rule's loop goes from one such position to the
 * next (nz_kind_next) instead of testing every position, 64 positions a
 * step where none is set.  A bit is a superset (characters are told apart
 * by their low 12 bits, as the lexicons' first-character sets do): the
 * rule still makes its own test where it stops. */
enum {
  NZ_K_QUOTE        = 1u << 0,  /* a quotation mark (nz_is_quote) */
  NZ_K_TITLE_MARK   = 1u << 1,  /* 《 or 》 */
  NZ_K_UNIT_SUFFIX  = 1u << 2,  /* a unit's suffix (org_suffix, orgs.h) */
  NZ_K_COUNTED_LIST = 1u << 3,  /* 等 ending a list (A、B等5个社区) */
  NZ_K_ESTAB_VERB   = 1u << 4,  /* nz_lex_establish_verb_at: 成立 */
  NZ_K_COBUILD_WORD = 1u << 5,  /* nz_lex_cobuild_word_at: 共建 */
  NZ_K_COBUILD_LEAD = 1u << 6,  /* 携手, 联合, 与, 和, 同 (orgrel.c) */
  NZ_K_JOINT_VERB   = 1u << 7,  /* 结成, 共同签署, 达成, 签订, 双方, 举行 */
  NZ_K_MEMBER_UNITS = 1u << 8,  /* 成员单位 */
  NZ_K_AFTER_COMMA  = 1u << 9,  /* the character before is ， or , */
  NZ_K_NAME_DOT     = 1u << 10, /* · or ・ (阿依古丽·买买提) */
  NZ_K_OF           = 1u << 11, /* 的 */
  NZ_K_COUNTED_MEN  = 1u << 12, /* 名, 人 (3名党员, 二人) */
  NZ_K_HONORIFIC    = 1u << 13, /* 同志, 老师, 部长, 阿姨 after a name (people.c) */
  NZ_K_AFTER_POST   = 1u << 14, /* a post may end before (nz_lex_post_ending) */
  NZ_K_OPEN_PAREN   = 1u << 15, /* ( or （ */
  NZ_K_PROGRAM_HEAD = 1u << 16, /* 工作法, 平台, 学习教育, 行动 (prog_unquoted) */
  NZ_K_BYLINE_ROLE  = 1u << 17, /* nz_lex_byline_role_at: 记者, 通讯员 */
  NZ_K_REPORTED     = 1u << 18, /* 报到 (orgrel_reported) */
  NZ_K_EDITION      = 1u << 19, /* 第N届 (prog_edition) */
  NZ_K_LIST_COUNT   = 1u << 20  /* 两 .. 九 before 个 or 项 (prog_counted_list) */
};
#define NZ_KIND_COUNT 21  /* at most 31 (NZ_UNROLL_KINDS, kinds.c) */

/* Set the kinds' bits of every position of @st (st->kinds); 0, or -1
 * out of memory. */
int nz_kinds_fill(nz_story *st);

#if defined(__GNUC__)
#define NZ_CTZ64(x) ((size_t)__builtin_ctzll(x))
#else
size_t nz_kind_ctz64(uint64_t x);  /* kinds.c */
#define NZ_CTZ64(x) nz_kind_ctz64(x)
#endif

/* The loop of nz_kind_bits unrolled whole, whatever NZ_KIND_COUNT: only
 * then does a constant @kinds fold to its loads (at 18 kinds, past
 * NZ_UNROLL's 16, every nz_kind_next tested all 18 bits: +40 M
 * instructions for 2 MB). */
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 8
#define NZ_UNROLL_KINDS _Pragma("GCC unroll 32")
#else
#define NZ_UNROLL_KINDS NZ_UNROLL
#endif

/* The bits of the positions [64 w, 64 w + 64) that start a word of one
 * of @kinds (NZ_K_* or'ed): for constant @kinds, a few loads and ors. */
static inline uint64_t
nz_kind_bits(const nz_story *st, size_t w, unsigned kinds)
{
  const uint64_t *row = st->kinds + w * NZ_KIND_COUNT;
  uint64_t u = 0;
  int k;

  NZ_UNROLL_KINDS
  for(k = 0; k < NZ_KIND_COUNT; k++)
    if(kinds >> k & 1)
      u |= row[k];
  return u;
}

/* May a word of one of @kinds start at cp[i]? */
static inline int
nz_kind_at(const nz_story *st, size_t i, unsigned kinds)
{
  return nz_kind_bits(st, i >> 6, kinds) >> (i & 63) & 1;
}

/* The first position at or after @i, before @e, where a word of one of
 * @kinds may start, or @e:  for(i = nz_kind_next(st, s, e, K); i < e;
 * i = nz_kind_next(st, i + 1, e, K)) visits what for(i = s; i < e; i++)
 * would find of kinds K. */
static inline size_t
nz_kind_next(const nz_story *st, size_t i, size_t e, unsigned kinds)
{
  uint64_t u;

  if(i >= e)
    return e;
  u = nz_kind_bits(st, i >> 6, kinds) >> (i & 63);
  while(!u) {
    i = (i | 63) + 1;
    if(i >= e)
      return e;
    u = nz_kind_bits(st, i >> 6, kinds);
  }
  i += NZ_CTZ64(u);
  return i < e ? i : e;
}

/* entity.c: the entity table (keys are story-local) and the facts. */
long nz_entity_find(const nz_story *st, const char *key);
/* The entity for @key, created with @label if new; -2 out of memory. */
long nz_entity_get(nz_story *st, int type, const char *key,
                   const char *label, size_t sent);
int nz_entity_alt(nz_story *st, long e, const char *label);
int nz_entity_relabel(nz_story *st, long e, const char *label);
int nz_fact_add(nz_story *st, nz_rel rel, long s, long o, size_t sent);

/* Grow helpers: 0 on success, -1 when out of memory. */
int nz_grow(void **arr, size_t *cap, size_t need, size_t size);

/* Append one input line as a paragraph; @off gives each code point's
 * character offset in the source.  0 on success, -1 out of memory. */
int nz_story_add_line(nz_story *st, const uint32_t *cp, const uint64_t *off,
                      size_t n);
int nz_text_split(nz_story *st);       /* paragraphs -> sentences; -1 nomem */
int nz_orgs_find(nz_story *st);    /* also fills st->sorg */
/* Do the words around the quotation cp[open..close] (in the sentence
 * [s, e)) say it is an honour: …等荣誉称号, 被评为“…”? (orgs.c) */
int nz_honour_quote(const uint32_t *cp, size_t s, size_t e, size_t open,
                    size_t close);
int nz_programs_find(nz_story *st);
/* Is an agreement (协议) named within 8 characters from cp[i], before
 * the clause ends at a mark or @e: 签订"…"共驻共建协议书? (programs.c) */
int nz_prog_agreement_at(const uint32_t *cp, size_t i, size_t e);
int nz_people_find(nz_story *st);
/* people.c, for bylines.c: add the person [a, b) of sentence @sent with
 * @role (-1 on no memory); a name's length at cp[i] (0: none); may @c
 * stand in a name; does a unit's mention end at @b and start at or
 * after @a; does [a, b) hold a common two-character word. */
int nz_person_add(nz_story *st, size_t a, size_t b, size_t sent,
                  const uint32_t *role, size_t nrole, int byline, long org);
size_t nz_person_name_at(const uint32_t *cp, size_t i, size_t e);
int nz_person_char(uint32_t c);
int nz_person_unit_token(const nz_story *st, size_t si, size_t a, size_t b);
int nz_person_common_words(const uint32_t *cp, size_t a, size_t b);
/* Does [p, t) name a medium (合肥晚报, 眉山频道, 大众报业; bylines.c)? */
int nz_person_medium_token(const uint32_t *cp, size_t p, size_t t);
/* Length of a Tibetan name (a stock of name words: 格桑卓嘎) at cp[i]
 * that a mark, a follower or a function word closes, or 0. */
size_t nz_person_tibetan_name(const uint32_t *cp, size_t i, size_t e);
/* bylines.c: the writers a sentence credits with role words (记者 王阳)
 * and those signed without (a signature, a paragraph of names); 0, or -1
 * on no memory. */
int nz_byline(nz_story *st, size_t si);
int nz_bare_byline(nz_story *st, size_t si);
int nz_resolve(nz_story *st);
int nz_nest(nz_story *st);              /* nest.c */
/* Is entity @x a company or school named with the city or county @u it
 * is registered in, and no unit of it?  parents.c */
int nz_registered_in(const nz_story *st, long x, long u);
int nz_org_relations(nz_story *st);     /* orgrel.c, founding.c: 成立, 共建 */
/* End of the chain of components that starts with top-level mention @k
 * (orgrel.c). */
size_t nz_chain_end(const nz_story *st, size_t k);
/* When the clause of cp[i] in sentence @si opens with 双方, 三方 or 结对
 * 双方: the parties of the latest co-building said in @si or before it,
 * into @out (at most 8); how many, 0 when the clause names no parties
 * (orgrel.c). */
int nz_cobuild_parties(const nz_story *st, size_t si, size_t i, long *out);
/* The units of the latest co-building said in sentence @si or before it,
 * back to sentence @lo, into @out (at most 8); how many (orgrel.c). */
int nz_cobuild_latest(const nz_story *st, size_t si, size_t lo, long *out);
/* The entity a chain of components starting at mention @k names: its
 * deepest component that has one (subjects.c). */
long nz_chain_head(const nz_story *st, size_t k);
/* The top-level mention (not a plural) in sentence @si whose chain ends
 * right before cp[q] and names a unit, or -1 (subjects.c). */
long nz_top_ending(const nz_story *st, size_t si, size_t q);
/* The unit that acts for entity @x: @x, but for a rest stop (驿站),
 * where people come in, the unit above it, or -1 (subjects.c). */
long nz_acting_unit(const nz_story *st, long x);
int nz_resolve_programs(nz_story *st);  /* relate.c */
int nz_program_runs(nz_story *st);      /* runs.c: who runs each program */
/* Is entity @b @a itself or above it (through parents and the units
 * Party bodies lead, at most 16 steps)? (relate.c) */
int nz_at_or_above(const nz_story *st, long a, long b);
/* Is entity @a the same unit as @b, or above or below it? (relate.c) */
int nz_same_line(const nz_story *st, long a, long b);
int nz_resolve_people(nz_story *st);    /* relate.c */
jc_status nz_emit(nz_story *st);
jc_status nz_story_run(nz_story *st, jc_load *ld); /* extract.c */
void nz_story_reset(nz_story *st);     /* keep buffers, drop contents */
void nz_story_free(nz_story *st);

/* Helpers shared by the recognizers. */
int nz_char_in(const char *set, uint32_t c);  /* is @c a character of the
                                                 UTF-8 string @set? */
int nz_ends_with(const char *s, const char *w);  /* does @s end with @w? */
int nz_holds(const uint32_t *cp, size_t a, size_t b,
             uint32_t c);            /* is @c in cp[a..b)? */
size_t nz_quote_run_start(const uint32_t *cp, size_t s,
                          size_t a);  /* "甲""乙": where the quotations
                                         before @a begin */
size_t nz_copy_name(const uint32_t *cp, size_t a, size_t b, uint32_t *out,
                    size_t max);   /* drops quotes and spaces */
char *nz_to_utf8(const uint32_t *cp, size_t n);  /* new; free() it */

/* A story written in traditional characters (城關區, 夏薩蘇社區) is read
 * in simplified ones, so that the rules and word lists, written for
 * those, serve it; what comes out is written as the story writes it.
 * nz_hant_fold(): when enough of the story's Han characters are
 * traditional ones, keep the text in st->orig and fold st->cp; 0, or -1
 * when out of memory.  nz_hant_written(): @text (UTF-8), made from the
 * folded text, as the story writes it: the characters written where the
 * story has @text whole, else each character as the story writes it;
 * new (free() it), or NULL when the story is not folded, nothing changes
 * or memory is out. */
int nz_hant_fold(nz_story *st);
char *nz_hant_written(const nz_story *st, const char *text);

#endif /* NZ_H */
