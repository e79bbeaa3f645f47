/* extract/orgrel.h: what orgrel.c and cojoint.c (who co-builds with whom) and
 * founding.c (who set up what) share. */
#ifndef JICENG_EXTRACT_ORGREL_H
#define JICENG_EXTRACT_ORGREL_H

#include "nz.h"

/* The unit whose mention (a whole chain) ends just before cp[i] in
 * sentence @si, or -1. */
long orgrel_unit_ending(const nz_story *st, size_t si, size_t i);

/* The unit a chain of mentions from org @k names where the chain's own
 * words name it (市自来水公司; not a bare 社区党支部), or -1. */
long orgrel_named_head(const nz_story *st, size_t k);

/* The top-level mention of sentence @si whose chain ends at cp[q], or
 * -1. */
long orgrel_top_ending(const nz_story *st, size_t si, size_t q);

/* The top-level mention that starts at cp[i] in sentence @si and names
 * a unit, or -1. */
long orgrel_unit_at(const nz_story *st, size_t si, size_t i);

/* @a co-builds with @b (said in sentence @si): a fact, unless one is the
 * other or above or below it (我院与霍营街道霍家营社区居委会共建: the
 * community does not build with its street).  0, or -1 out of memory. */
int orgrel_pair(nz_story *st, long a, long b, size_t si);

/* The units of the list that ends at cp[q] (A、B、C; with @and also
 * joined by 和, 及, 与), last first, into @out (at most 16): how many.
 * *from (unless NULL) is where the list starts. */
int orgrel_list_before(const nz_story *st, size_t si, size_t q, int and,
                       long *out, size_t *from);

/* Does a word that joins a unit to its partners (与, 同, 和, 携手, 联合)
 * start at cp[i]? */
int orgrel_join_at(const uint32_t *cp, size_t i, size_t e);

/* The units listed right before the joint verb at cp[i] of sentence @si
 * (结成, 共同签署, 双方, 举行 …) build with each other when the clause goes
 * on to an alliance or a co-building word (cojoint.c).  0, or -1 out of
 * memory. */
int orgrel_joint_at(nz_story *st, size_t si, size_t i);

/* The units of a list that opens a clause right before the co-building
 * word at cp[i] (甲、乙、丙党建共建签约仪式) build with each other
 * (cojoint.c).  0, or -1 out of memory. */
int orgrel_listed_cobuild(nz_story *st, size_t si, size_t i);
/* 土屿党建联建由山前村、山后村和墙洋村三个村组成: the units a co-building
 * is made of build with each other (cojoint.c).  0, or -1 out of memory. */
int orgrel_made_of(nz_story *st, size_t si);

/* A founding verb (成立, 组建, 建立, …) at cp[i] of sentence @si: the
 * facts of who set up what it says, by the units the sentence names or
 * by the sentence's subject @subj (also 揭牌 after 为 and the units
 * unveiled, set up by the units that co-build); *@founder caches, once
 * a sentence (-2 before), whether @subj is named near enough to found
 * anything.
 * The verb's length (0 when none stands there), or -1 out of memory. */
int fnd_at(nz_story *st, size_t si, size_t i, long subj, long *founder);

/* Is unit @x named in sentence @si or in one of the 16 before it in its
 * paragraph (a chain that names it, or its level alone: 社区将…)? */
int nz_unit_named_near(const nz_story *st, size_t si, long x);

/* 丁学社与戊社区共建"X"实践站: the co-building word at cp[i] (@vl long)
 * with a unit written right after it: the two units joined before it
 * set that unit up.  0, or -1 out of memory. */
int fnd_cobuilt_unit(nz_story *st, size_t si, size_t i, size_t vl,
                     long subj);

#endif
