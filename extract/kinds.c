/* extract/kinds.c: one scan of a story that marks, for each kind of word
 * the rules look for at every position of a sentence (NZ_K_*, nz.h),
 * the positions whose character may start one, so that the rules go from
 * one marked position to the next instead of testing each.  What a kind
 * is made of is said here once: the lexicons' first-character sets
 * (lexicon.c) or the first characters of a rule's own words, with the
 * rule named.  The rules themselves, and their exact tests, stay where
 * they are. */
#include <pthread.h>
#include <string.h>

#include "nz.h"

/* The first characters of a kind that is no lexicon of lexicon.c: the
 * words of a rule, written out where the rule is. */
static const struct {
  unsigned kind;
  const char *chars;
} kind_chars[] = {
  { NZ_K_QUOTE, "\"'“”‘’「」『』" },                /* nz_is_quote */
  { NZ_K_TITLE_MARK, "《》" },
  { NZ_K_UNIT_SUFFIX, "旗盟街区系驿地州" },  /* org_suffix_at's own (orgs.h) */
  { NZ_K_COUNTED_LIST, "等" },                 /* org_count_list */
  { NZ_K_COBUILD_LEAD, "携联与和同牵" },         /* orgrel_cobuild_at */
  { NZ_K_JOINT_VERB, "结共达签双三举开联" },   /* orgrel_joint_at */
  { NZ_K_MEMBER_UNITS, "成" },                 /* 成员单位 (orgrel.c) */
  { NZ_K_ESTAB_VERB, "揭" },                   /* 揭牌 (fnd_unveiled) */
  { NZ_K_NAME_DOT, "·・" },                    /* person_dotted */
  { NZ_K_OF, "的" },                           /* person_resident */
  { NZ_K_COUNTED_MEN, "名人位" },              /* person_counted_list */
  { NZ_K_HONORIFIC, "总同主老书部处局科校院所站副" }, /* person_address_at */
  { NZ_K_HONORIFIC, "经教医大奶爷叔阿婆伯娭师" },   /* and person_kin_at */
  { NZ_K_OPEN_PAREN, "(（" },                  /* nz_bare_byline */
  { NZ_K_PROGRAM_HEAD, "工平学行党" },           /* prog_unquoted */
  { NZ_K_REPORTED, "报" },                     /* orgrel_reported */
  { NZ_K_EDITION, "第" },                      /* prog_edition */
  { NZ_K_LIST_COUNT, "两二三四五六七八九" },   /* prog_counted_list */
};

/* For each character's low 12 bits, the kinds a word starting with it
 * may be of (kind_first), and those of the position after it
 * (kind_after).  Built once per process and never changed afterwards. */
static unsigned kind_first[4096], kind_after[4096];
/* In kind_first, no kind of its own: a suffix of the lexicon starts with
 * the character, so the scan looks at the next one (NZ_K_UNIT_SUFFIX). */
#define KIND_SFX_HEAD (1u << 31)
static pthread_once_t kind_once = PTHREAD_ONCE_INIT;

/* Mark @kind in @table for each character of the 4096-bit @set. */
static void
kind_from_set(unsigned *table, unsigned kind, const uint64_t *set)
{
  size_t b;

  for(b = 0; b < 4096; b++)
    if(set[b >> 6] >> (b & 63) & 1)
      table[b] |= kind;
}

static void
kind_build(void)
{
  uint32_t c[16];
  size_t k, j, n;

  nz_lex_ready();
  kind_from_set(kind_first, NZ_K_ESTAB_VERB, nz_lex_estab_words->first);
  kind_from_set(kind_first, NZ_K_COBUILD_WORD, nz_lex_cobuild_words->first);
  kind_from_set(kind_first, KIND_SFX_HEAD, nz_lex_sfx_first);
  kind_from_set(kind_first, NZ_K_BYLINE_ROLE, nz_lex_role_words->first);
  kind_from_set(kind_after, NZ_K_AFTER_POST, nz_lex_post_words->last);
  kind_after[0xFF0C & 4095] |= NZ_K_AFTER_COMMA;
  kind_after[','] |= NZ_K_AFTER_COMMA;
  for(k = 0; k < sizeof kind_chars / sizeof *kind_chars; k++) {
    n = nz_utf8_codes(kind_chars[k].chars, strlen(kind_chars[k].chars), c,
                      16);
    for(j = 0; j < n; j++)
      kind_first[c[j] & 4095] |= kind_chars[k].kind;
  }
}

#if !defined(__GNUC__)
size_t
nz_kind_ctz64(uint64_t x)
{
  size_t n = 0;

  while(!(x & 1)) {
    x >>= 1;
    n++;
  }
  return n;
}
#endif

int
nz_kinds_fill(nz_story *st)
{
  const uint32_t *cp = st->cp;
  size_t words = (st->n + 63) / 64, i;
  unsigned after = 0;

  pthread_once(&kind_once, kind_build);
  if(nz_grow((void **)&st->kinds, &st->ckinds, words * NZ_KIND_COUNT + 1,
             sizeof *st->kinds) < 0)
    return -1;
  memset(st->kinds, 0, words * NZ_KIND_COUNT * sizeof *st->kinds);
  for(i = 0; i < st->n; i++) {
    unsigned m = kind_first[cp[i] & 4095] | after;
    uint64_t *row, bit;

    after = kind_after[cp[i] & 4095];
    /* a suffix of the lexicon by its first two characters: most heads
     * of suffixes (社, 中, 党) start no suffix where they stand */
    if((m & KIND_SFX_HEAD) &&
       (NZ_WORDS_BIT(nz_lex_sfx_one, cp[i]) ||
        (i + 1 < st->n &&
         NZ_WORDS_PAIR_BIT(nz_lex_sfx_pair, NZ_WORDS_PAIR(cp[i], cp[i + 1])))))
      m |= NZ_K_UNIT_SUFFIX;
    m &= ~KIND_SFX_HEAD;
#ifdef NZ_KINDS_ALL
    /* every kind everywhere: the rules test every position, as before
     * kinds.c; the output must not change (a kind that misses a first
     * character a rule looks for shows here) */
    m = (1u << NZ_KIND_COUNT) - 1;
#endif
    if(!m)
      continue;
    row = st->kinds + (i >> 6) * NZ_KIND_COUNT;
    bit = UINT64_C(1) << (i & 63);
    for(; m; m &= m - 1)
      row[NZ_CTZ64(m)] |= bit;
  }
  return 0;
}
