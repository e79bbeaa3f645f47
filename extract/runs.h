/* extract/runs.h: what runs.c (who runs each program) and pointers.c
 * (the actor a clause points at) share. */
#ifndef JICENG_EXTRACT_RUNS_H
#define JICENG_EXTRACT_RUNS_H

#include "nz.h"

/* The unit a clause before program @p that opens with 该县, 该院, 该公司
 * or 当地 points at (the nearest named before it, in its sentence or the
 * four before), when that clause is the nearest to open with a unit or a
 * pointer: its entity, or -1. */
long runs_pointer(const nz_story *st, const nz_prog *p);

/* The units named between a verb that frames program @p as another's
 * (按照, 根据, 紧扣, 贯彻, 落实 …; after the last quotation) and @p, into
 * @out (at most 8): how many (0 when none is named). */
int runs_framers(const nz_story *st, const nz_prog *p, long *out);

/* @subj, the subject of @p's sentence, unless the sentence names it only
 * after @p in a clause that acts: then the subject of the sentence
 * before. */
long runs_subject_after(const nz_story *st, const nz_prog *p, long subj);

#endif
