/* shell/dot.c: the shell's dot commands (.help, .load, .mode ...): their
 * table, help texts and arguments.  The store work is done by the core
 * API or the batch commands in commands.c; exploring the graph (.describe
 * .tree .path .dot) lives in explore.c. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "shell.h"

#define DOT_MAXARGS 32

typedef struct dot_cmd {
  const char *name;
  int         min, max;   /* arguments after the name */
  const char *usage;
  const char *summary;
  const char *detail;     /* for .help CMD; NULL: the summary says it all */
  int (*run)(sh_state *sh, int argc, char **argv);
} dot_cmd;

static const dot_cmd *dot_find(const char *name);  /* after the table */

/* ---- arguments ---------------------------------------------------------- */

static int
dot_usage(sh_state *sh, const char *name)
{
  const dot_cmd *c = dot_find(name);

  if(c)
    sh_error(sh, "usage: %s", c->usage);
  return SH_EXIT_USAGE;
}

static int
dot_onoff(sh_state *sh, char **argv, int *flag)
{
  if(!strcmp(argv[1], "on") || !strcmp(argv[1], "1"))
    *flag = 1;
  else if(!strcmp(argv[1], "off") || !strcmp(argv[1], "0"))
    *flag = 0;
  else
    return dot_usage(sh, argv[0]);
  return SH_EXIT_OK;
}

/* ---- settings ----------------------------------------------------------- */

static int
dot_mode(sh_state *sh, int argc, char **argv)
{
  static const char *const modes[] = {
    "table", "csv", "tsv", "json", "xml", "turtle", "ntriples", NULL
  };
  int i;

  if(argc == 1) {
    printf("%s\n", sh->mode);
    return SH_EXIT_OK;
  }
  for(i = 0; modes[i]; i++)
    if(!strcmp(argv[1], modes[i])) {
      strcpy(sh->mode, modes[i]);
      return SH_EXIT_OK;
    }
  sh_error(sh, "%s: unknown mode (table csv tsv json xml turtle ntriples)",
           argv[1]);
  return SH_EXIT_USAGE;
}

static int
dot_headers(sh_state *sh, int argc, char **argv)
{
  (void)argc;
  return dot_onoff(sh, argv, &sh->headers);
}

static int
dot_labels(sh_state *sh, int argc, char **argv)
{
  (void)argc;
  return dot_onoff(sh, argv, &sh->labels);
}

static int
dot_wrap(sh_state *sh, int argc, char **argv)
{
  (void)argc;
  return dot_onoff(sh, argv, &sh->wrap);
}

static int
dot_timer(sh_state *sh, int argc, char **argv)
{
  (void)argc;
  return dot_onoff(sh, argv, &sh->timer);
}

static int
dot_explain(sh_state *sh, int argc, char **argv)
{
  (void)argc;
  return dot_onoff(sh, argv, &sh->explain);
}

static int
dot_timeout(sh_state *sh, int argc, char **argv)
{
  char *end;
  double t;

  (void)argc;
  if(!strcmp(argv[1], "off")) {
    sh->timeout = 0;
    return SH_EXIT_OK;
  }
  t = strtod(argv[1], &end);
  if(*end || t <= 0)
    return dot_usage(sh, argv[0]);
  sh->timeout = t;
  return SH_EXIT_OK;
}

static int
dot_width(sh_state *sh, int argc, char **argv)
{
  char *end;
  long n;

  (void)argc;
  if(!strcmp(argv[1], "auto")) {
    sh->width = 0;
    return SH_EXIT_OK;
  }
  n = strtol(argv[1], &end, 10);
  if(*end || n < 10 || n > 10000)
    return dot_usage(sh, argv[0]);
  sh->width = (int)n;
  return SH_EXIT_OK;
}

static int
dot_show(sh_state *sh, int argc, char **argv)
{
  (void)argc;
  (void)argv;
  printf("    mode: %s\n headers: %s\n  labels: %s\n    wrap: %s\n"
         "   width: ", sh->mode, sh->headers ? "on" : "off",
         sh->labels ? "on" : "off", sh->wrap ? "on" : "off");
  if(sh->width)
    printf("%d\n", sh->width);
  else if(sh_term_width(sh))
    printf("auto (%d)\n", sh_term_width(sh));
  else
    printf("auto (no limit)\n");
  printf("   timer: %s\n  output: %s\n   store: %s\n",
         sh->timer ? "on" : "off",
         sh->saved_stdout >= 0 ? "redirected" : "stdout",
         sh->memory ? "in memory" : sh->db ? sh->db : "default");
  return SH_EXIT_OK;
}

/* ---- output ------------------------------------------------------------- */

/* stdout itself goes to the file, so that every command's output, the
 * batch commands' included, follows. */
static int
dot_redirect(sh_state *sh, const char *file, int once)
{
  int fd;

  sh_output_restore(sh);
  if(!file || !strcmp(file, "stdout"))
    return SH_EXIT_OK;
  fd = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if(fd < 0) {
    sh_error(sh, "%s: %s", file, strerror(errno));
    return SH_EXIT_DATA;
  }
  sh->saved_stdout = dup(1);
  if(sh->saved_stdout < 0 || dup2(fd, 1) < 0) {
    sh_error(sh, "%s: %s", file, strerror(errno));
    close(fd);
    sh_output_restore(sh);
    return SH_EXIT_DATA;
  }
  close(fd);
  sh->once = once;
  return SH_EXIT_OK;
}

static int
dot_output(sh_state *sh, int argc, char **argv)
{
  return dot_redirect(sh, argc > 1 ? argv[1] : NULL, 0);
}

static int
dot_once(sh_state *sh, int argc, char **argv)
{
  (void)argc;
  return dot_redirect(sh, argv[1], 1);
}

static int
dot_read(sh_state *sh, int argc, char **argv)
{
  FILE *in;
  int before = sh->status, rc;

  (void)argc;
  if(sh->depth >= 16) {
    sh_error(sh, "%s: .read nested too deeply", argv[1]);
    return SH_EXIT_USAGE;
  }
  if(!(in = fopen(argv[1], "r"))) {
    sh_error(sh, "%s: %s", argv[1], strerror(errno));
    return SH_EXIT_DATA;
  }
  sh->depth++;
  sh->status = SH_EXIT_OK;
  rc = sh_run_file(sh, in, argv[1]);
  sh->depth--;
  fclose(in);
  if(before > sh->status)
    sh->status = before;
  return rc;
}

/* ---- the store ---------------------------------------------------------- */

/* The batch commands take their options first: move them there. */
static int
dot_batch(sh_state *sh, int argc, char **argv, const char *name,
          const char *const *with_value,
          int (*run)(sh_state *, int, char **))
{
  char *v[DOT_MAXARGS + 2];
  int i, j, n = 1, rc;

  v[0] = (char *)name;
  for(i = 1; i < argc; i++) {
    int takes = 0;
    if(argv[i][0] != '-')
      continue;
    for(j = 0; with_value[j]; j++)
      takes |= !strcmp(argv[i], with_value[j]);
    v[n++] = argv[i];
    if(takes && i + 1 < argc)
      v[n++] = argv[++i];
  }
  for(i = 1; i < argc; i++) {
    int takes = 0;
    if(argv[i][0] == '-') {
      for(j = 0; with_value[j]; j++)
        takes |= !strcmp(argv[i], with_value[j]);
      i += takes;
      continue;
    }
    v[n++] = argv[i];
  }
  v[n] = NULL;
  rc = run(sh, n, v);
  fflush(stdout);
  return rc;
}

static int
dot_load(sh_state *sh, int argc, char **argv)
{
  static const char *const val[] = { "--as", "--option", NULL };
  int rc = dot_batch(sh, argc, argv, "load", val, cmd_load);

  sh_words_stale(sh);
  return rc;
}

static int
dot_drop(sh_state *sh, int argc, char **argv)
{
  static const char *const val[] = { NULL };
  int rc = dot_batch(sh, argc, argv, "drop", val, cmd_drop);

  sh_words_stale(sh);
  return rc;
}

static int
dot_sources(sh_state *sh, int argc, char **argv)
{
  (void)argc;
  (void)argv;
  return cmd_sources(sh, 1, (char *[]){ "sources", NULL });
}

static int
dot_vacuum(sh_state *sh, int argc, char **argv)
{
  (void)argc;
  (void)argv;
  return cmd_vacuum(sh, 1, (char *[]){ "vacuum", NULL });
}

static int
dot_plugins(sh_state *sh, int argc, char **argv)
{
  (void)argc;
  (void)argv;
  return cmd_plugins(sh, 1, (char *[]){ "plugins", NULL });
}

/* .export [FILE] [--format F] [--graph SOURCE]: FILE is -o FILE. */
static int
dot_export(sh_state *sh, int argc, char **argv)
{
  char *v[DOT_MAXARGS + 4];
  int i, n = 1, rc;

  v[0] = "export";
  for(i = 1; i < argc; i++) {
    if(!strcmp(argv[i], "--format") || !strcmp(argv[i], "--graph") ||
       !strcmp(argv[i], "-o")) {
      if(i + 1 >= argc)
        return dot_usage(sh, argv[0]);
      v[n++] = argv[i];
      v[n++] = argv[++i];
    } else if(argv[i][0] == '-' && argv[i][1])
      return dot_usage(sh, argv[0]);
    else {
      v[n++] = "-o";
      v[n++] = argv[i];
    }
  }
  v[n] = NULL;
  rc = cmd_export(sh, n, v);
  fflush(stdout);
  return rc;
}

static int
dot_prefix(sh_state *sh, int argc, char **argv)
{
  char *p = argv[1], *iri = argv[2];
  size_t n = strlen(p), m = strlen(iri);
  jc_status st;

  (void)argc;
  if(n && p[n - 1] == ':')
    p[--n] = '\0';
  if(m >= 2 && iri[0] == '<' && iri[m - 1] == '>') {
    iri[m - 1] = '\0';
    iri++;
  }
  if((st = jc_prefix_set(sh->ctx, p, iri)) != JC_OK) {
    sh_error(sh, "%s", jc_error_message(sh->ctx));
    return sh_exit_for(st);
  }
  sh_words_stale(sh);  /* prefixed names change */
  return SH_EXIT_OK;
}

static int
dot_prefixes(sh_state *sh, int argc, char **argv)
{
  size_t i;

  (void)argc;
  (void)argv;
  for(i = 0; i < jc_prefix_count(sh->ctx); i++) {
    const char *p, *iri;
    jc_prefix_get(sh->ctx, i, &p, &iri);
    printf("PREFIX %-9s <%s>\n", p, iri);
  }
  return SH_EXIT_OK;
}

/* Both tables come from SPARQL, so they follow .mode like any result.
 * The graphs counted are the sources' and those they own, as the
 * provenance graph lists them: a server's other graphs are not ours. */
#define DOT_SOURCE_GRAPH \
  "{ GRAPH <" JC_GRAPH_PROV "> { ?graph a jc:SourceGraph } } UNION " \
  "{ GRAPH <" JC_GRAPH_PROV "> { ?x jc:ownsGraph ?graph } }"

static int
dot_stats(sh_state *sh, int argc, char **argv)
{
  static const char *const q[2] = {
    "SELECT ?graph (COUNT(*) AS ?triples) WHERE { { SELECT DISTINCT ?graph "
    "WHERE { " DOT_SOURCE_GRAPH " } } GRAPH ?graph { ?s ?p ?o } } "
    "GROUP BY ?graph HAVING(BOUND(?graph)) ORDER BY ?graph",
    "SELECT ?class (COUNT(DISTINCT ?e) AS ?entities) WHERE { { SELECT "
    "DISTINCT ?graph WHERE { " DOT_SOURCE_GRAPH " } } GRAPH ?graph "
    "{ ?e a ?class } } GROUP BY ?class "
    "HAVING(BOUND(?class)) ORDER BY DESC(?entities) ?class"
  };
  static const char *const title[2] = {
    "Triples per source:", "Entities per class:"
  };
  int i, rc = SH_EXIT_OK, table = !strcmp(sh->mode, "table");

  (void)argc;
  (void)argv;
  if(table)
    printf("On %s.\n\n", sh_where(sh));
  /* HAVING: Rasqal answers an aggregate over nothing with one empty row. */
  for(i = 0; i < 2 && rc == SH_EXIT_OK; i++) {
    jc_result *r;
    jc_status st = sh_query(sh, q[i], &r);
    if(st != JC_OK)
      return sh_exit_for(st);
    if(table)
      printf("%s%s%s\n", i ? "\n" : "", title[i],
             jc_result_rows(r) ? "" : " none");
    if(!table || jc_result_rows(r))  /* "none" said it already */
      rc = sh_render(sh, r, sh->mode);
    jc_result_free(r);
  }
  return rc;
}

/* ---- exploring: explore.c ----------------------------------------------- */

static int
dot_describe(sh_state *sh, int argc, char **argv)
{
  (void)argc;
  return sh_describe(sh, argv[1]);
}

static int
dot_tree(sh_state *sh, int argc, char **argv)
{
  (void)argc;
  return sh_tree(sh, argv[1]);
}

static int
dot_path(sh_state *sh, int argc, char **argv)
{
  (void)argc;
  return sh_path(sh, argv[1], argv[2]);
}

static int
dot_dot(sh_state *sh, int argc, char **argv)
{
  return sh_dot_graph(sh, argv[1], argc > 2 ? argv[2] : NULL);
}

/* ---- the table ---------------------------------------------------------- */

static int dot_help(sh_state *sh, int argc, char **argv);

static int
dot_quit(sh_state *sh, int argc, char **argv)
{
  (void)argc;
  (void)argv;
  sh->quit = 1;
  return SH_EXIT_OK;
}

static const dot_cmd dot_cmds[] = {
  { ".help", 0, 1, ".help [CMD]", "list the commands, or explain one", NULL,
    dot_help },
  { ".load", 1, DOT_MAXARGS - 1,
    ".load FILE... [--as PLUGIN] [--force] [--option KEY=VALUE]",
    "load files, each into its own graph",
    "A changed file replaces its graph; an unchanged one is skipped unless\n"
    "--force.  The loader is chosen by the file's suffix, or named with\n"
    "--as (see .plugins).  A folder stands for the files under it that a\n"
    "loader reads.", dot_load },
  { ".sources", 0, 0, ".sources", "list loaded sources with provenance",
    NULL, dot_sources },
  { ".drop", 1, DOT_MAXARGS - 1, ".drop SOURCE...",
    "remove sources (path or graph IRI)", NULL,
    dot_drop },
  { ".vacuum", 0, 0, ".vacuum", "reclaim the space of dropped sources",
    "A compacting copy of the store without the terms no source uses any\n"
    "more.  No other jiceng may have the store open meanwhile.",
    dot_vacuum },
  { ".export", 0, 6, ".export [FILE] [--format F] [--graph SOURCE]",
    "write the store (or one source) as RDF",
    "F: turtle (default), ntriples, nquads, trig, rdfxml.  Without FILE the\n"
    "RDF goes to the output (see .output).", dot_export },
  { ".prefix", 2, 2, ".prefix P: <IRI>",
    "declare a prefix", NULL,
    dot_prefix },
  { ".prefixes", 0, 0, ".prefixes", "list the declared prefixes", NULL,
    dot_prefixes },
  { ".mode", 0, 1, ".mode [table|csv|tsv|json|xml|turtle|ntriples]",
    "how results are shown",
    "table: aligned, fitted to the terminal; csv, tsv, json, xml: the SPARQL\n"
    "1.1 result formats; turtle, ntriples: for CONSTRUCT and DESCRIBE.  A\n"
    "graph result in table mode is shown as Turtle, and a SELECT result in\n"
    "turtle or ntriples mode as a table.", dot_mode },
  { ".headers", 1, 1, ".headers on|off", "column names in table, csv, tsv",
    NULL, dot_headers },
  { ".labels", 1, 1, ".labels on|off",
    "labels instead of IRIs in tables", NULL, dot_labels },
  { ".wrap", 1, 1, ".wrap on|off",
    "wrap long cells instead of cutting them with …",
    NULL, dot_wrap },
  { ".width", 1, 1, ".width N|auto",
    "table width; auto: the terminal's",
    NULL, dot_width },
  { ".timer", 1, 1, ".timer on|off",
    "show each statement's and dot command's run time (on stderr)", NULL,
    dot_timer },
  { ".explain", 1, 1, ".explain on|off",
    "show each query's plan instead of its rows",
    "Each operator with the rows the planner expected and the rows it\n"
    "produced; the query runs in full.", dot_explain },
  { ".timeout", 1, 1, ".timeout SECONDS|off",
    "stop queries that run longer", NULL, dot_timeout },
  { ".output", 0, 1, ".output [FILE]",
    "send output to FILE (none: stdout)", NULL, dot_output },
  { ".once", 1, 1, ".once FILE", "send the next command's output to FILE",
    NULL, dot_once },
  { ".read", 1, 1, ".read FILE",
    "run FILE as if typed", NULL, dot_read },
  { ".plugins", 0, 0, ".plugins", "list the loader plugins", NULL,
    dot_plugins },
  { ".stats", 0, 0, ".stats", "triples per source, entities per class",
    NULL, dot_stats },
  { ".show", 0, 0, ".show", "the current settings", NULL, dot_show },
  { ".describe", 1, 1, ".describe NAME",
    "relations of an entity, with evidence",
    "NAME is a label, alias (skos:altLabel), prefixed name or <IRI>.  When\n"
    "several entities match, the shell asks which (a script gets the list\n"
    "and an error).  Outgoing and incoming relations are listed with\n"
    "labels; a relation traced to a sentence shows that sentence and the\n"
    "headline of its article.", dot_describe },
  { ".tree", 1, 1, ".tree NAME",
    "organization hierarchy above and below",
    "Edges are org:subOrganizationOf (child below parent) and jc:leads (the\n"
    "unit a Party body leads is drawn below it, marked [leads]).  Above the\n"
    "unit: the chain of its parents; below: everything under it.",
    dot_tree },
  { ".path", 2, 2, ".path A B",
    "shortest chain of relations from A to B",
    "Relations count in either direction; rdf:type and the reification of\n"
    "evidence are not relations.", dot_path },
  { ".dot", 1, 2, ".dot NAME [FILE]",
    "neighbourhood as Graphviz DOT, SVG, PNG",
    "Without FILE the DOT text is printed.  With FILE.svg or FILE.png the\n"
    "picture is drawn with Graphviz `dot`, using the Noto Sans CJK font\n"
    "(Debian: fonts-noto-cjk) for Chinese labels.", dot_dot },
  { ".quit", 0, 0, ".quit", "leave the shell (also .exit, Ctrl-D)", NULL,
    dot_quit },
  { ".exit", 0, 0, ".exit", "leave the shell", NULL, dot_quit },
  { NULL, 0, 0, NULL, NULL, NULL, NULL }
};

static const dot_cmd *
dot_find(const char *name)
{
  size_t i;

  for(i = 0; dot_cmds[i].name; i++)
    if(!strcmp(dot_cmds[i].name, name))
      return &dot_cmds[i];
  return NULL;
}

const char *
sh_dot_name(size_t i)
{
  return i < sizeof dot_cmds / sizeof *dot_cmds ? dot_cmds[i].name : NULL;
}

static int
dot_help(sh_state *sh, int argc, char **argv)
{
  size_t i;

  if(argc > 1) {
    for(i = 0; dot_cmds[i].name; i++)
      if(!strcmp(dot_cmds[i].name + 1, argv[1] + (argv[1][0] == '.'))) {
        printf("%s\n  %s\n", dot_cmds[i].usage, dot_cmds[i].summary);
        if(dot_cmds[i].detail)
          printf("\n%s\n", dot_cmds[i].detail);
        return SH_EXIT_OK;
      }
    sh_error(sh, "%s: no such command", argv[1]);
    return SH_EXIT_USAGE;
  }
  fputs("SPARQL statements end with ';' (outside braces, strings and\n"
        "comments) and may span lines.  Dot commands are one line:\n\n",
        stdout);
  for(i = 0; dot_cmds[i].name; i++)
    if(strcmp(dot_cmds[i].name, ".exit")) {
      size_t w = jc_text_width(dot_cmds[i].usage, strlen(dot_cmds[i].usage));
      if(w > 26)
        printf("%s\n%28s%s\n", dot_cmds[i].usage, "", dot_cmds[i].summary);
      else
        printf("%s%*s%s\n", dot_cmds[i].usage, (int)(28 - w), "",
               dot_cmds[i].summary);
    }
  fputs("\nTab completes keywords, prefixes, prefixed names and labels.\n"
        "Ctrl-C cancels the input or a running query; Ctrl-D leaves.\n",
        stdout);
  return SH_EXIT_OK;
}

int
sh_dot(sh_state *sh, const char *line)
{
  char *copy = strdup(line), *argv[DOT_MAXARGS + 1];
  int argc, rc = SH_EXIT_USAGE;
  size_t i;

  if(!copy) {
    sh_error(sh, "out of memory");
    return SH_EXIT_DATA;
  }
  argc = sh_input_words(copy, argv, DOT_MAXARGS);
  if(argc < 0)
    sh_error(sh, "too many arguments");
  else {
    argv[argc] = NULL;
    for(i = 0; dot_cmds[i].name; i++)
      if(!strcmp(dot_cmds[i].name, argv[0]))
        break;
    if(!dot_cmds[i].name)
      sh_error(sh, "%s: unknown command (see .help)", argv[0]);
    else if(argc - 1 < dot_cmds[i].min || argc - 1 > dot_cmds[i].max)
      sh_error(sh, "usage: %s", dot_cmds[i].usage);
    else
      rc = dot_cmds[i].run(sh, argc, argv);
  }
  free(copy);
  fflush(stdout);
  return rc;
}
