/* extract/resolve.h: what resolve.c (mentions to entities), subjects.c
 * (the subject of each sentence) and parents.c (parents a chain does not
 * give) share. */
#ifndef JICENG_EXTRACT_RESOLVE_H
#define JICENG_EXTRACT_RESOLVE_H

#include "nz.h"

/* 街道办事处, 办事处 and a street's 街 (渤海街) name the same unit as
 * 街道. */
void res_admin_key(const nz_org *o, char *key, size_t max);

/* The heading level of sentence @si's paragraph (0 body, 1..6 markdown,
 * 9 a short title line). */
int res_level_of_sent(const nz_story *st, size_t si);

/* Sentences of the section that sentence @si is in, and of the sections
 * around it: [*a, *b).  @depth 0 is the innermost section. */
int res_section(const nz_story *st, size_t si, int depth, size_t *a,
                size_t *b);

/* 第三网格党支部, 翠湖小区党支部, 3号楼党小组: a body below a community
 * named without it belongs to the community the story was speaking of
 * when it comes up, the nearest named before it.  That community's
 * entity, or -1 when @k names no such body or no community came before. */
long res_grid_community(const nz_story *st, size_t k);

/* 东营市水务局, 沈阳市人民政府, 苇州市中心医院, 云岭省交通建设集团: is
 * mention @k a province or city written as the head of the name of a
 * government or Party body, a hospital, a school or a company that
 * follows it in the chain? */
int res_name_head(const nz_story *st, size_t k);

int res_org_entity(nz_story *st, size_t k);

/* Chains give the nesting: a Party body leads the unit it is written
 * with, anything else is part of it (the nearest unit when two chains
 * differ). */
int res_chain_links(nz_story *st);

/* A unit with no parent written belongs to the unit one level up that
 * the text last named, or to the one it says it is part of
 * ("刘寨街道…是惠济区唯一一个…办事处"). */
void res_default_parents(nz_story *st);

/* 桐溪区枫岭社区…桐溪区青石街道…: a community or village written
 * under its district or city, with the town between left out, is in the
 * story's one town or street when that is in the same district. */
void res_skipped_towns(nz_story *st);

/* 枫林街道桂园小区…枫岭社区: a compound written under its street or
 * under no unit is in the story's one community or village. */
void res_skipped_communities(nz_story *st);

/* 桐江建设局青石工程公司: a unit written right after another that
 * its chain did not take in is part of it. */
void res_adjacent_parents(nz_story *st);

int res_subjects(nz_story *st);

/* "位于新密市新华路街道的东城半岛社区": a unit written right after a
 * higher one and 的 belongs to it, wherever the text says so. */
void res_of_parents(nz_story *st);

/* "在惠桥社区设立学雷锋志愿服务站": a station, hall or team set up in
 * a unit belongs to it. */
void res_set_up_in_parents(nz_story *st);

/* "助力社区开展…", "新型社区发展共同体": a community named by a common
 * verb or attributive, said once, with nothing under it and no unit
 * over it, is a phrase; so is a compound whose name part ends with one,
 * wherever it is written (社区人员一起清扫小区庭院). */
void res_phrase_units(nz_story *st);

/* 电力小区党总支…第一党支部, 第三支部: a branch named by its number
 * alone, with no parent written, belongs to the 党总支 or 党委 the story
 * named last before it, in its sentence or the two before. */
void res_numbered_parents(nz_story *st);

/* A team or service site with no parent written, in a story of one
 * community or village named before it, is that unit's (run last, after
 * nesting and relations had their say). */
void res_team_parents(nz_story *st);

/* Bodies below a community that got no entity of their own community
 * (bare kinds resolved by name): the community of their first mention. */
void res_grid_parents(nz_story *st);

/* 枣庄市委组织部, 管城区委宣传部: a committee (委) written only at the
 * head of its department's name is no mention of its own; the department
 * hangs under the unit of the committee.  So is one at the head of its
 * leading group's or its centre's (省委党建工作领导小组, 省委机关图书馆). */
void res_committee_heads(nz_story *st);

/* 衡水市委社工部、衡水市文联: a city at the head of the names of two
 * different bodies is the place of both, a unit the report speaks of.
 * Each head is compared with the next 64 mentions only: linear. */
void res_shared_heads(nz_story *st);

/* A province or city written only at the head of bodies' names is part
 * of those names, not a unit the report speaks of: it gets an entity only
 * when the story names it elsewhere as well, or names bodies by its level
 * alone (res_bare_city).  0, or -1 out of memory. */
int res_name_heads(nz_story *st);

#endif
