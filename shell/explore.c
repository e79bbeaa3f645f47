/* shell/explore.c: exploring the graph from the shell: finding an entity
 * by name (sh_resolve), .tree, .path and .dot (.describe: describe.c).  Everything is
 * asked through SPARQL (jc_query_exec), so the queries below are also the
 * documentation of what each command looks at; the graph algorithms (tree
 * layout, breadth-first search) run here on the results. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "shell.h"

/* The names an entity is found by, for sh_resolve and completion. */
#define EXPLORE_NAMES \
  "{ ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l } UNION " \
  "{ ?e skos:prefLabel ?l } UNION { ?e foaf:name ?l } UNION " \
  "{ ?e schema:name ?l } UNION { ?e schema:headline ?l }"

char *
sh_sparql_string(const char *s)
{
  char *out = malloc(2 * strlen(s) + 3), *w = out;

  if(!out)
    return NULL;
  *w++ = '"';
  for(; *s; s++) {
    if(*s == '"' || *s == '\\')
      *w++ = '\\';
    if(*s == '\n') {
      *w++ = '\\';
      *w++ = 'n';
      continue;
    }
    *w++ = *s;
  }
  *w++ = '"';
  *w = '\0';
  return out;
}

/* Run a query made from a template with each "%s" replaced, in order. */
jc_status
sh_queryf(sh_state *sh, jc_result **out, const char *fmt, ...)
{
  va_list ap;
  char *text = NULL;
  int n;
  jc_status st;

  va_start(ap, fmt);
  n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if(n >= 0 && (text = malloc((size_t)n + 1))) {
    va_start(ap, fmt);
    vsnprintf(text, (size_t)n + 1, fmt, ap);
    va_end(ap);
  }
  if(!text) {
    sh_error(sh, "out of memory");
    return JC_ERR_NOMEM;
  }
  st = sh_query(sh, text, out);
  free(text);
  return st;
}

char *
sh_show_iri(sh_state *sh, const char *iri, int label)
{
  jc_term t = { JC_TERM_IRI, iri, NULL, NULL };

  return jc_render_term(sh->ctx, &t, label);
}

/* An IRI written as <IRI>, a prefixed name, or a bare absolute IRI. */
static char *
explore_iri(sh_state *sh, const char *name)
{
  size_t n = strlen(name), i;
  const char *colon = strchr(name, ':');

  if(n > 2 && name[0] == '<' && name[n - 1] == '>')
    return strndup(name + 1, n - 2);
  if(!colon)
    return NULL;
  if(!strncmp(colon, "://", 3) || !strncmp(name, "urn:", 4))
    return strdup(name);
  for(i = 0; i < jc_prefix_count(sh->ctx); i++) {
    const char *p, *iri;
    char *s;
    jc_prefix_get(sh->ctx, i, &p, &iri);
    if(strlen(p) == (size_t)(colon - name) && !strncmp(p, name, strlen(p)) &&
       (s = malloc(strlen(iri) + strlen(colon) + 1))) {
      sprintf(s, "%s%s", iri, colon + 1);
      return s;
    }
  }
  return NULL;
}

#define EXPLORE_FIND(test) \
  "SELECT ?e (MIN(STR(?l)) AS ?name) WHERE { " EXPLORE_NAMES \
  " FILTER(isIRI(?e) && " test ") } GROUP BY ?e ORDER BY ?name ?e"

/* Rows found; Rasqal answers an aggregate over nothing with one empty row. */
static size_t
explore_found(const jc_result *r)
{
  size_t n = jc_result_rows(r);

  return n == 1 && !jc_result_cell(r, 0, 0) ? 0 : n;
}

char *
sh_resolve(sh_state *sh, const char *name)
{
  char *iri = explore_iri(sh, name), *lit, question[64], pick[32];
  jc_result *r = NULL;
  size_t i, n;

  if(iri)
    return iri;
  if(!(lit = sh_sparql_string(name)))
    return NULL;
  /* The exact name first; only if no entity has it, any name holding it. */
  if(sh_queryf(sh, &r, EXPLORE_FIND("STR(?l) = %s"), lit) == JC_OK &&
     !explore_found(r)) {
    jc_result_free(r);
    r = NULL;
    sh_queryf(sh, &r, EXPLORE_FIND("CONTAINS(STR(?l), %s)"), lit);
  }
  free(lit);
  if(!r)
    return NULL;
  n = explore_found(r);
  if(n == 0)
    sh_error(sh, "%s: no entity has this label, alias or IRI", name);
  else if(n == 1)
    iri = strdup(jc_result_cell(r, 0, 0)->value);
  else {
    FILE *o = sh->tty ? sh->tty : stderr;
    if(!sh->tty)
      sh_error(sh, "%s: %zu entities match; name one by its IRI:", name, n);
    for(i = 0; i < n; i++) {
      char *ref = sh_show_iri(sh, jc_result_cell(r, i, 0)->value, 0);
      fprintf(o, "  %2zu. %s  %s\n", i + 1, jc_result_cell(r, i, 1)->value,
              ref ? ref : "");
      free(ref);
    }
    snprintf(question, sizeof question, "Which one (1-%zu)? ", n);
    if(sh->tty && !sh_ask(sh, question, pick, sizeof pick)) {
      long k = strtol(pick, NULL, 10);
      if(k >= 1 && (size_t)k <= n)
        iri = strdup(jc_result_cell(r, k - 1, 0)->value);
    }
  }
  jc_result_free(r);
  return iri;
}


/* ---- a graph from a result, for .tree and .path ---------------------- */

/* Rows of @r are edges from column 0 to column 2 (column 1: the
 * relation).  Nodes are the distinct IRIs at either end. */
typedef struct explore_graph {
  jc_result   *r;        /* owned */
  const char **node;     /* sorted, unique; borrowed from r */
  size_t       nnode;
  size_t      *from, *to; /* per row: node index */
  size_t      *off, *adj; /* rows at node i: adj[off[i] .. off[i + 1]) */
  char       **label;    /* owned: per node, made when first needed */
} explore_graph;

static int
explore_cmp(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static size_t
explore_find(const explore_graph *g, const char *iri)
{
  const char **hit = bsearch(&iri, g->node, g->nnode, sizeof *g->node,
                             explore_cmp);

  return hit ? (size_t)(hit - g->node) : (size_t)-1;
}

static void
explore_graph_free(explore_graph *g)
{
  size_t i;

  for(i = 0; g->label && i < g->nnode; i++)
    free(g->label[i]);
  free(g->label);
  free(g->node);
  free(g->from);
  free(g->to);
  free(g->off);
  free(g->adj);
  jc_result_free(g->r);
}

static int
explore_graph_make(sh_state *sh, explore_graph *g, jc_result *r)
{
  size_t nr = jc_result_rows(r), i, n = 0;

  memset(g, 0, sizeof *g);
  g->r = r;
  g->node = malloc((2 * nr + 1) * sizeof *g->node);
  g->from = malloc((nr + 1) * sizeof *g->from);
  g->to = malloc((nr + 1) * sizeof *g->to);
  g->adj = malloc((2 * nr + 1) * sizeof *g->adj);
  if(!g->node || !g->from || !g->to || !g->adj) {
    sh_error(sh, "out of memory");
    return -1;
  }
  for(i = 0; i < nr; i++) {
    g->node[n++] = jc_result_cell(r, i, 0)->value;
    g->node[n++] = jc_result_cell(r, i, 2)->value;
  }
  qsort(g->node, n, sizeof *g->node, explore_cmp);
  for(i = 0; i < n; i++)
    if(!g->nnode || strcmp(g->node[g->nnode - 1], g->node[i]))
      g->node[g->nnode++] = g->node[i];
  g->off = calloc(g->nnode + 2, sizeof *g->off);
  g->label = calloc(g->nnode + 1, sizeof *g->label);
  if(!g->off || !g->label) {
    sh_error(sh, "out of memory");
    return -1;
  }
  for(i = 0; i < nr; i++) {
    g->from[i] = explore_find(g, jc_result_cell(r, i, 0)->value);
    g->to[i] = explore_find(g, jc_result_cell(r, i, 2)->value);
    g->off[g->from[i] + 2]++;
    if(g->to[i] != g->from[i])
      g->off[g->to[i] + 2]++;
  }
  for(i = 2; i < g->nnode + 2; i++)
    g->off[i] += g->off[i - 1];
  for(i = 0; i < nr; i++) {  /* counting sort: off[x + 1] is x's cursor */
    g->adj[g->off[g->from[i] + 1]++] = i;
    if(g->to[i] != g->from[i])
      g->adj[g->off[g->to[i] + 1]++] = i;
  }
  return 0;
}

static const char *
explore_label(sh_state *sh, explore_graph *g, size_t i)
{
  if(!g->label[i])
    g->label[i] = sh_show_iri(sh, g->node[i], 1);
  return g->label[i] ? g->label[i] : g->node[i];
}

/* ---- .tree ------------------------------------------------------------- */

typedef struct explore_tree {
  explore_graph g;
  size_t  unit;     /* the node asked about */
  char   *above;    /* owned: per node, 1 if an ancestor of unit */
  char   *seen;     /* owned: per node, 1 once drawn with its children */
  char  **left;     /* owned: drawn lines, and the reference beside each */
  char  **right;
  size_t  nlines, cap;
} explore_tree;

static void
explore_tree_line(explore_tree *t, char *left, char *right)
{
  if(t->nlines == t->cap) {
    size_t cap = t->cap ? 2 * t->cap : 64;
    char **l = realloc(t->left, cap * sizeof *l), **r;
    if(l)
      t->left = l;
    r = realloc(t->right, cap * sizeof *r);
    if(r)
      t->right = r;
    if(!l || !r) {
      free(left);
      free(right);
      return;
    }
    t->cap = cap;
  }
  t->left[t->nlines] = left;
  t->right[t->nlines++] = right;
}

typedef struct explore_child {
  const char *label;
  size_t      node, row;
} explore_child;

static int
explore_cmp_child(const void *a, const void *b)
{
  const explore_child *x = a, *y = b;
  int c = strcmp(x->label, y->label);

  return c ? c : (x->node > y->node) - (x->node < y->node);
}

/* Draw @node (reached through @row, or (size_t)-1 at a root) and what is
 * below it: only ancestors of the unit above it, everything below it. */
static void
explore_tree_draw(sh_state *sh, explore_tree *t, size_t node, size_t row,
                  const char *prefix, int last, int depth)
{
  explore_graph *g = &t->g;
  const char *rel = row == (size_t)-1 ? NULL
                    : jc_result_cell(g->r, row, 1)->value;
  int leads = rel && strstr(rel, "leads") != NULL, again;
  explore_child *kids;
  size_t i, nk = 0, plen = strlen(prefix);
  char *left, *sub;

  again = t->seen[node] && (!t->above[node] || node == t->unit);
  left = malloc(plen + strlen(explore_label(sh, g, node)) + 64);
  if(!left)
    return;
  sprintf(left, "%s%s%s%s%s%s", prefix,
          row == (size_t)-1 ? "" : last ? "└─ " : "├─ ",
          leads ? "[leads] " : "", explore_label(sh, g, node),
          node == t->unit ? " ◀" : "", again ? " (see above)" : "");
  explore_tree_line(t, left, sh_show_iri(sh, g->node[node], 0));
  if(again || depth > 64)
    return;
  if(!t->above[node] || node == t->unit)
    t->seen[node] = 1;
  kids = malloc((g->off[node + 1] - g->off[node] + 1) * sizeof *kids);
  sub = malloc(plen + 8);
  if(!kids || !sub) {
    free(kids);
    free(sub);
    return;
  }
  for(i = g->off[node]; i < g->off[node + 1]; i++) {
    size_t r = g->adj[i], child = g->from[r];
    if(g->to[r] != node || child == node)
      continue;
    if(t->above[node] && node != t->unit && !t->above[child])
      continue;
    kids[nk].label = explore_label(sh, g, child);
    kids[nk].node = child;
    kids[nk++].row = r;
  }
  qsort(kids, nk, sizeof *kids, explore_cmp_child);
  sprintf(sub, "%s%s", prefix,
          row == (size_t)-1 ? "" : last ? "   " : "│  ");
  for(i = 0; i < nk; i++)
    explore_tree_draw(sh, t, kids[i].node, kids[i].row, sub, i + 1 == nk,
                      depth + 1);
  free(sub);
  free(kids);
}

int
sh_tree(sh_state *sh, const char *name)
{
  char *iri = sh_resolve(sh, name);
  explore_tree t;
  jc_result *r = NULL;
  size_t i, j, w, width = 0, *stack = NULL, top = 0;
  int rc = SH_EXIT_DATA;

  if(!iri)
    return SH_EXIT_DATA;
  memset(&t, 0, sizeof t);
  /* Every edge of the hierarchy, child first: few enough to fetch whole.
   * DISTINCT: a triple stated by two sources is in two graphs, and the
   * union of graphs returns it once per graph. */
  if(sh_queryf(sh, &r, "SELECT DISTINCT ?child ?rel ?parent WHERE { "
                   "{ ?child ?rel ?parent FILTER(?rel = org:subOrganizationOf)"
                   " } UNION { ?parent ?rel ?child FILTER(?rel = jc:leads) } "
                   "FILTER(isIRI(?child) && isIRI(?parent)) }") != JC_OK) {
    free(iri);
    return SH_EXIT_DATA;
  }
  if(explore_graph_make(sh, &t.g, r))
    goto done;
  t.unit = explore_find(&t.g, iri);
  if(t.unit == (size_t)-1) {  /* no hierarchy: the unit alone */
    char *label = sh_show_iri(sh, iri, 1);
    printf("%s ◀\n", label ? label : iri);
    free(label);
    rc = SH_EXIT_OK;
    goto done;
  }
  t.above = calloc(t.g.nnode, 1);
  t.seen = calloc(t.g.nnode, 1);
  stack = malloc((t.g.nnode + 1) * sizeof *stack);
  if(!t.above || !t.seen || !stack)
    goto done;
  t.above[t.unit] = 1;  /* the unit and its ancestors, depth first */
  stack[top++] = t.unit;
  while(top) {
    size_t x = stack[--top];
    for(i = t.g.off[x]; i < t.g.off[x + 1]; i++) {
      size_t row = t.g.adj[i], p = t.g.to[row];
      if(t.g.from[row] == x && !t.above[p]) {
        t.above[p] = 1;
        stack[top++] = p;
      }
    }
  }
  for(i = 0; i < t.g.nnode; i++) {  /* roots: ancestors with no parent */
    int root = t.above[i];
    for(j = t.g.off[i]; root && j < t.g.off[i + 1]; j++)
      if(t.g.from[t.g.adj[j]] == i && t.above[t.g.to[t.g.adj[j]]] &&
         t.g.to[t.g.adj[j]] != i)
        root = 0;
    if(root)
      explore_tree_draw(sh, &t, i, (size_t)-1, "", 1, 0);
  }
  if(!t.nlines)  /* the ancestors form a cycle: start at the unit */
    explore_tree_draw(sh, &t, t.unit, (size_t)-1, "", 1, 0);
  /* References in a column of their own, aligned by display width. */
  for(i = 0; i < t.nlines; i++)
    if((w = jc_text_width(t.left[i], strlen(t.left[i]))) > width)
      width = w;
  for(i = 0; i < t.nlines; i++) {
    w = jc_text_width(t.left[i], strlen(t.left[i]));
    printf("%s%*s  %s\n", t.left[i], (int)(width - w), "",
           t.right[i] ? t.right[i] : "");
  }
  rc = SH_EXIT_OK;
done:
  for(i = 0; i < t.nlines; i++) {
    free(t.left[i]);
    free(t.right[i]);
  }
  free(t.left);
  free(t.right);
  free(t.above);
  free(t.seen);
  free(stack);
  explore_graph_free(&t.g);
  free(iri);
  return rc;
}

/* ---- .path ------------------------------------------------------------- */

int
sh_path(sh_state *sh, const char *a, const char *b)
{
  char *ia = sh_resolve(sh, a), *ib = ia ? sh_resolve(sh, b) : NULL;
  explore_graph g;
  jc_result *r = NULL;
  size_t from, to, i, *prev = NULL, *queue = NULL, head = 0, tail = 0;
  size_t *steps = NULL, n = 0, x;
  int rc = SH_EXIT_DATA;

  memset(&g, 0, sizeof g);
  if(!ia || !ib)
    goto done;
  /* Every relation between two entities; the search runs here. */
  if(sh_queryf(sh, &r, "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o "
                   "FILTER(isIRI(?o)) " SH_NOT_RELATION("?p") " }")
     != JC_OK || explore_graph_make(sh, &g, r))
    goto done;
  from = explore_find(&g, ia);
  to = explore_find(&g, ib);
  if(from == (size_t)-1 || to == (size_t)-1 || from == to) {
    rc = SH_EXIT_OK;
    printf(from == to && from != (size_t)-1 ? "%s and %s are the same\n"
           : "no path between %s and %s\n", a, b);
    goto done;
  }
  prev = malloc(g.nnode * sizeof *prev);
  queue = malloc(g.nnode * sizeof *queue);
  steps = malloc(g.nnode * sizeof *steps);
  if(!prev || !queue || !steps)
    goto done;
  for(i = 0; i < g.nnode; i++)
    prev[i] = (size_t)-1;
  prev[from] = (size_t)-2;
  queue[tail++] = from;
  while(head < tail && prev[to] == (size_t)-1 && !sh->sigint) {
    size_t u = queue[head++];
    for(i = g.off[u]; i < g.off[u + 1]; i++) {
      size_t row = g.adj[i], v = g.from[row] == u ? g.to[row] : g.from[row];
      if(prev[v] == (size_t)-1) {
        prev[v] = row;
        queue[tail++] = v;
      }
    }
  }
  rc = SH_EXIT_OK;
  if(prev[to] == (size_t)-1) {
    printf("no path between %s and %s\n", a, b);
    goto done;
  }
  for(x = to; x != from; n++) {  /* walk back, then print forwards */
    steps[n] = prev[x];
    x = g.from[prev[x]] == x ? g.to[prev[x]] : g.from[prev[x]];
  }
  {
    char *ref = sh_show_iri(sh, g.node[from], 0);
    printf("%s  %s\n", explore_label(sh, &g, from), ref ? ref : "");
    free(ref);
  }
  for(x = from; n--; ) {
    size_t row = steps[n];
    int fwd = g.from[row] == x;
    char *rel = jc_render_term(sh->ctx, jc_result_cell(g.r, row, 1), 0);
    char *ref;
    x = fwd ? g.to[row] : g.from[row];
    ref = sh_show_iri(sh, g.node[x], 0);
    printf("  %s %s %s %s  %s\n", fwd ? "─" : "←", rel ? rel : "",
           fwd ? "→" : "─", explore_label(sh, &g, x), ref ? ref : "");
    free(rel);
    free(ref);
  }
done:
  free(prev);
  free(queue);
  free(steps);
  if(g.r)
    explore_graph_free(&g);
  else
    jc_result_free(r);
  free(ia);
  free(ib);
  return rc;
}

/* ---- .dot -------------------------------------------------------------- */

#define EXPLORE_FONT "Noto Sans CJK SC"  /* Debian: fonts-noto-cjk */

static void
explore_dot_string(FILE *out, const char *s)
{
  fputc('"', out);
  for(; *s; s++) {
    if(*s == '"' || *s == '\\')
      fputc('\\', out);
    fputc(*s == '\n' ? ' ' : *s, out);
  }
  fputc('"', out);
}

/* The entity and its neighbours in DOT.  Nodes are numbered by their
 * first appearance: n0 is the entity. */
static void
explore_dot_write(sh_state *sh, const char *iri, jc_result *out,
                  jc_result *in, FILE *f)
{
  const char **seen;
  size_t nseen = 0, i, k, n = jc_result_rows(out) + jc_result_rows(in);
  char *label;

  seen = malloc((n + 1) * sizeof *seen);
  if(!seen)
    return;
  seen[nseen++] = iri;
  fprintf(f, "digraph jiceng {\n"
          "  graph [fontname=\"%s\", rankdir=LR];\n"
          "  node [fontname=\"%s\", shape=box, style=rounded];\n"
          "  edge [fontname=\"%s\", fontsize=10];\n",
          EXPLORE_FONT, EXPLORE_FONT, EXPLORE_FONT);
  for(k = 0; k < 2; k++) {
    jc_result *r = k ? in : out;
    for(i = 0; i < jc_result_rows(r); i++) {
      const char *other = jc_result_cell(r, i, 1)->value;
      size_t j;
      char *rel;
      for(j = 0; j < nseen && strcmp(seen[j], other); j++)
        ;
      if(j == nseen)
        seen[nseen++] = other;
      rel = jc_render_term(sh->ctx, jc_result_cell(r, i, 0), 0);
      fprintf(f, "  n%zu -> n%zu [label=", k ? j : 0, k ? 0 : j);
      explore_dot_string(f, rel ? rel : "");
      fputs("];\n", f);
      free(rel);
    }
  }
  for(i = 0; i < nseen; i++) {
    label = sh_show_iri(sh, seen[i], 1);
    fprintf(f, "  n%zu [label=", i);
    explore_dot_string(f, label ? label : seen[i]);
    fputs(", tooltip=", f);
    explore_dot_string(f, seen[i]);
    fputs(i ? "];\n" : ", style=\"rounded,bold\"];\n", f);
    free(label);
  }
  fputs("}\n", f);
  free(seen);
}

typedef struct explore_dot_run {
  int        *fd;      /* the pipe; the child reads fd[0] */
  const char *file, *format;
} explore_dot_run;

static int
explore_dot_child(void *data)
{
  explore_dot_run *r = data;
  char fmt[16];

  snprintf(fmt, sizeof fmt, "-T%s", r->format);
  dup2(r->fd[0], 0);
  close(r->fd[0]);
  close(r->fd[1]);
  execlp("dot", "dot", fmt, "-o", r->file, (char *)NULL);
  fprintf(stderr, "jiceng: dot: %s (install Graphviz: graphviz)\n",
          strerror(errno));
  return 127;
}

/* Draw with Graphviz: `dot -Tsvg -o FILE`, the DOT text on its stdin. */
static int
explore_dot_draw(sh_state *sh, const char *iri, jc_result *out,
                 jc_result *in, const char *file, const char *format)
{
  int fd[2], ws;
  explore_dot_run run;
  pid_t pid;
  FILE *f;

  if(pipe(fd)) {
    sh_error(sh, "%s", strerror(errno));
    return SH_EXIT_DATA;
  }
  run.fd = fd;
  run.file = file;
  run.format = format;
  pid = jc_child_start(explore_dot_child, &run);
  close(fd[0]);
  if(pid < 0 || !(f = fdopen(fd[1], "w"))) {
    sh_error(sh, "%s", strerror(errno));
    close(fd[1]);
    return SH_EXIT_DATA;
  }
  explore_dot_write(sh, iri, out, in, f);
  fclose(f);
  jc_child_wait(pid, &ws);
  if(!WIFEXITED(ws) || WEXITSTATUS(ws)) {
    if(WIFEXITED(ws) && WEXITSTATUS(ws) != 127)
      sh_error(sh, "%s: dot failed", file);
    return SH_EXIT_DATA;
  }
  return SH_EXIT_OK;
}

int
sh_dot_graph(sh_state *sh, const char *name, const char *file)
{
  char *iri = sh_resolve(sh, name);
  jc_result *out = NULL, *in = NULL;
  const char *dot = file ? strrchr(file, '.') : NULL;
  int rc = SH_EXIT_DATA;
  FILE *f;

  if(!iri)
    return SH_EXIT_DATA;
  if(sh_queryf(sh, &out, "SELECT DISTINCT ?p ?o WHERE { <%s> ?p ?o "
                   "FILTER(isIRI(?o)) " SH_NOT_RELATION("?p")
                   " } ORDER BY ?p ?o", iri) != JC_OK ||
     sh_queryf(sh, &in, "SELECT DISTINCT ?p ?s WHERE { ?s ?p <%s> "
                   SH_NOT_RELATION("?p") " } ORDER BY ?p ?s", iri)
     != JC_OK)
    goto done;
  if(dot && (!strcmp(dot, ".svg") || !strcmp(dot, ".png") ||
             !strcmp(dot, ".pdf")))
    rc = explore_dot_draw(sh, iri, out, in, file, dot + 1);
  else if(!file) {
    explore_dot_write(sh, iri, out, in, stdout);
    rc = fflush(stdout) ? SH_EXIT_DATA : SH_EXIT_OK;
  } else if(!(f = fopen(file, "w")))
    sh_error(sh, "%s: %s", file, strerror(errno));
  else {
    explore_dot_write(sh, iri, out, in, f);
    rc = fclose(f) ? SH_EXIT_DATA : SH_EXIT_OK;
  }
done:
  jc_result_free(out);
  jc_result_free(in);
  free(iri);
  return rc;
}
