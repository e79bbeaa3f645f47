/* shell/commands.c: the batch commands of `jiceng` (cmd_*): load, query,
 * export, sources, drop, plugins.  Each parses its own options and returns
 * an exit status; the store is opened by main.c. */
#define _GNU_SOURCE  /* O_TMPFILE */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "shell.h"

/* getopt_long for a subcommand: argv[0] is the command's name. */
static void
cmd_reset_getopt(void)
{
  optind = 0;  /* GNU: 0 also resets internal state */
  opterr = 1;
}

static char *
cmd_read_file(sh_state *sh, const char *path)
{
  FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  char *buf = NULL;
  size_t len = 0, cap = 0, n;

  if(!f) {
    sh_error(sh, "%s: %s", path, strerror(errno));
    return NULL;
  }
  for(;;) {
    if(cap - len < 4096) {
      char *g = realloc(buf, cap = cap ? 2 * cap : 8192);
      if(!g) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = g;
    }
    n = fread(buf + len, 1, cap - len - 1, f);
    if(!n)
      break;
    len += n;
  }
  if(buf)
    buf[len] = '\0';
  if(f != stdin)
    fclose(f);
  return buf;
}

/* The options load and extract share: --as and --option, and --force and
 * --progress for load, --format for extract.  Fills @lo (its options array
 * is new: free it) and returns the index of the first file, or -1 after
 * printing the command's usage. */
static int
cmd_load_args(sh_state *sh, int argc, char **argv, int extract,
              jc_load_opts *lo, const char **format)
{
  static const struct option opts[] = {
    { "as", required_argument, NULL, 'a' },
    { "option", required_argument, NULL, 'o' },
    { "force", no_argument, NULL, 'f' },
    { "progress", no_argument, NULL, 'p' },
    { "format", required_argument, NULL, 'F' },
    { NULL, 0, NULL, 0 }
  };
  const char **kv = calloc(argc + 1, sizeof *kv);
  int c, nkv = 0, bad = 0;

  memset(lo, 0, sizeof *lo);
  if(!kv)
    return -1;
  cmd_reset_getopt();
  while(!bad && (c = getopt_long(argc, argv, "+a:o:fpF:", opts, NULL)) != -1)
    switch(c) {
    case 'a': lo->as = optarg; break;
    case 'o': kv[nkv++] = optarg; bad = !strchr(optarg, '='); break;
    case 'f': lo->force = 1; bad = extract; break;
    case 'p': sh->progress_force = 1; bad = extract; break;
    case 'F': *format = optarg; bad = !extract; break;
    default: bad = 1; break;
    }
  lo->options = kv;
  if(bad || optind >= argc) {
    free(kv);
    lo->options = NULL;
    sh_command_usage(argv[0]);
    return -1;
  }
  return optind;
}

/* The files load and extract work through: their arguments, with each
 * folder replaced by the files under it, at any depth, in name order. */
typedef struct {
  char **path;   /* each owned */
  size_t n, cap;
} cmd_files;

static void
cmd_files_free(cmd_files *f)
{
  size_t i;

  for(i = 0; i < f->n; i++)
    free(f->path[i]);
  free(f->path);
}

static int
cmd_files_add(cmd_files *f, const char *dir, const char *name)
{
  char *p;

  if(f->n == f->cap) {
    char **g = realloc(f->path, (f->cap = f->cap ? 2 * f->cap : 64) *
                                sizeof *g);
    if(!g)
      return -1;
    f->path = g;
  }
  if(!(p = malloc(strlen(dir) + strlen(name) + 2)))
    return -1;
  sprintf(p, "%s%s%s", dir, *dir && dir[strlen(dir) - 1] != '/' ? "/" : "",
          name);
  f->path[f->n++] = p;
  return 0;
}

/* What a walk left out: files no loader reads, folders it could not
 * read (each reported). */
typedef struct {
  size_t left, unread;
} cmd_walked;

static int cmd_walk(sh_state *sh, const char *dir, const char *as,
                    cmd_files *f, cmd_walked *w);

/* One entry @name of folder @dir: a file a loader reads (any with --as
 * @as) is added, a folder walked; a link to a folder, a device or an
 * entry gone meanwhile is passed over; @w counts what is left out.  -1
 * when out of memory. */
static int
cmd_walk_entry(sh_state *sh, const char *dir, const char *name,
               const char *as, cmd_files *f, cmd_walked *w)
{
  struct stat sb, lsb;
  char *path;
  int rc = 0;

  if(cmd_files_add(f, dir, name) < 0)
    return -1;
  path = f->path[--f->n];     /* taken back: kept below if it is a file */
  if(lstat(path, &lsb) || stat(path, &sb) ||
     (S_ISDIR(sb.st_mode) && S_ISLNK(lsb.st_mode)))
    ;
  else if(S_ISDIR(sb.st_mode))
    rc = cmd_walk(sh, path, as, f, w);
  else if(S_ISREG(sb.st_mode) &&
          (as || jc_plugin_for_path(sh->ctx, path) != SIZE_MAX)) {
    f->n++;
    return 0;
  } else if(S_ISREG(sb.st_mode))
    w->left++;
  free(path);
  return rc;
}

/* Add the files under folder @dir, at any depth and in name order, that a
 * loader reads (cmd_walk_entry); hidden names (".x") are passed over, and
 * a folder that cannot be read is reported and counted in @w.  -1 when
 * out of memory. */
static int
cmd_walk(sh_state *sh, const char *dir, const char *as, cmd_files *f,
         cmd_walked *w)
{
  struct dirent **ent;
  int k, n = scandir(dir, &ent, NULL, alphasort), rc = 0;

  if(n < 0) {
    sh_error(sh, "%s: %s", dir, strerror(errno));
    w->unread++;
    return 0;
  }
  for(k = 0; k < n; k++) {
    if(!rc && ent[k]->d_name[0] != '.')
      rc = cmd_walk_entry(sh, dir, ent[k]->d_name, as, f, w);
    free(ent[k]);
  }
  free(ent);
  return rc;
}

/* @argv's files from @i on into @f, each folder walked (cmd_walk); a folder
 * with no file a loader reads, or with one it cannot read, is an error,
 * and the files found are loaded all the same.  SH_EXIT_OK or the exit
 * status of the first error, after its message. */
static int
cmd_files_of(sh_state *sh, int argc, char **argv, int i, const char *as,
             cmd_files *f)
{
  struct stat sb;
  int rc = SH_EXIT_OK;

  memset(f, 0, sizeof *f);
  for(; i < argc; i++) {
    cmd_walked w = { 0, 0 };
    size_t had = f->n;
    if(strcmp(argv[i], "-") && !stat(argv[i], &sb) && S_ISDIR(sb.st_mode)) {
      if(cmd_walk(sh, argv[i], as, f, &w) < 0)
        return SH_EXIT_DATA;
      if(w.unread)
        rc = SH_EXIT_DATA;
      if(f->n == had && !w.unread) {
        sh_error(sh, "%s: a folder with no file a loader reads (%zu left "
                 "out; name a plugin with --as)", argv[i], w.left);
        rc = SH_EXIT_DATA;
      } else if(w.left)
        fprintf(stderr, "jiceng: %s: %zu file%s no loader reads, left out\n",
                argv[i], w.left, w.left == 1 ? "" : "s");
    } else if(cmd_files_add(f, "", argv[i]) < 0)
      return SH_EXIT_DATA;
  }
  return rc;
}

int
cmd_load(sh_state *sh, int argc, char **argv)
{
  jc_load_opts lo;
  cmd_files f;
  size_t k;
  int i, rc;

  i = cmd_load_args(sh, argc, argv, 0, &lo, NULL);
  if(i < 0)
    return SH_EXIT_USAGE;
  if((rc = sh_open_store(sh)) != SH_EXIT_OK) {
    free((void *)lo.options);
    return rc;
  }
  rc = cmd_files_of(sh, argc, argv, i, lo.as, &f);
  for(k = 0; k < f.n; k++) {
    const char *path = f.path[k];
    jc_load_report rep;
    jc_status st = jc_store_load(sh->ctx, path, &lo, &rep);
    if(sh->progress_shown) {
      fputs(sh->tty_err ? "\r\033[K" : "\n", stderr);
      sh->progress_shown = 0;
    }
    if(st != JC_OK) {
      sh_error(sh, "%s", jc_error_message(sh->ctx));
      rc = sh_exit_for(st);
      continue;
    }
    if(rep.skipped)
      printf("%s: unchanged, skipped (%ld triples)\n", path, rep.triples);
    else
      printf("%s: %s %ld triples (%s)\n", path,
             rep.replaced ? "replaced," : "loaded", rep.triples, rep.plugin);
    jc_load_report_clear(&rep);
  }
  cmd_files_free(&f);
  free((void *)lo.options);
  return rc;
}

static int
cmd_cmp_double(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

/* --repeat N: run the query N times on the warm store and print the
 * median time of one run (in-process, rendering aside) on stderr; the
 * answer is printed by one more run. */
static jc_status
cmd_query_timed(sh_state *sh, const char *text, const jc_query_opts *qo,
                int n)
{
  jc_result *r = NULL;
  double *t = calloc((size_t)n, sizeof *t);
  jc_status st = JC_OK;
  int i;

  if(!t)
    return JC_ERR_NOMEM;
  for(i = 0; i < n && st == JC_OK; i++) {
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    st = jc_query_exec_opts(sh->ctx, text, qo, &r);
    jc_result_free(r);
    r = NULL;
    clock_gettime(CLOCK_MONOTONIC, &b);
    t[i] = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
  }
  if(st == JC_OK) {
    qsort(t, (size_t)n, sizeof *t, cmd_cmp_double);
    fprintf(stderr, "Time: %.3f ms median of %d runs (min %.3f)\n",
            t[n / 2], n, t[0]);
  }
  free(t);
  return st;
}

/* A query's errors read like a compiler's: FILE:LINE:COL: what, then the
 * line with a caret. */
static void
cmd_query_error(sh_state *sh, const char *file, const char *text)
{
  const char *msg = jc_error_message(sh->ctx);
  char *rest;
  long l = strtol(msg, &rest, 10), c = 0;

  if(l > 0 && *rest == ':')
    c = strtol(rest + 1, &rest, 10);
  if(file)
    sh_error(sh, "%s:%s%s", file, isdigit((unsigned char)*msg) ? "" : " ",
             msg);
  else
    sh_error(sh, "%s", msg);
  if(l > 0 && c > 0)
    sh_show_caret(text, l, c);
}

int
cmd_query(sh_state *sh, int argc, char **argv)
{
  static const struct option opts[] = {
    { "file", required_argument, NULL, 'f' },
    { "format", required_argument, NULL, 'F' },
    { "labels", no_argument, NULL, 'l' },
    { "no-headers", no_argument, NULL, 'H' },
    { "default-graph", required_argument, NULL, 'd' },
    { "named-graph", required_argument, NULL, 'n' },
    { "timeout", required_argument, NULL, 't' },
    { "repeat", required_argument, NULL, 'R' },
    { "explain", no_argument, NULL, 'E' },
    { "force", no_argument, NULL, 'X' },
    { NULL, 0, NULL, 0 }
  };
  const char *file = NULL, *format = NULL;
  const char **dflt = calloc((size_t)argc + 1, sizeof *dflt);
  const char **named = calloc((size_t)argc + 1, sizeof *named);
  size_t nd = 0, nn = 0;
  jc_render_opts ro = { 1, 0, 0, 0 };
  jc_query_opts qo = { NULL, NULL, 0, NULL, 0, 0 };
  char *text, *end, *rpath = NULL, *base = NULL;
  jc_status st;
  int c, rc, repeat = 1, bad = 0;

  if(!dflt || !named) {
    free(dflt);
    free(named);
    return SH_EXIT_DATA;
  }
  cmd_reset_getopt();
  while(!bad && (c = getopt_long(argc, argv, "f:F:lH", opts, NULL)) != -1)
    switch(c) {
    case 'f': file = optarg; break;
    case 'F': format = optarg; break;
    case 'l': ro.labels = 1; break;
    case 'H': ro.headers = 0; break;
    case 'd': dflt[nd++] = optarg; qo.default_graphs = dflt; break;
    case 'n': named[nn++] = optarg; qo.named_graphs = named; break;
    case 't':
      qo.timeout = strtod(optarg, &end);
      bad = *end || qo.timeout <= 0;
      break;
    case 'E': qo.explain = 1; break;
    case 'X': qo.force = 1; break;
    case 'R':
      repeat = atoi(optarg);
      bad = repeat < 1 || repeat > 1000;
      break;
    default: bad = 1; break;
    }
  /* --default-graph alone: no named graphs unless some are given too,
   * as with the protocol's default-graph-uri */
  if(qo.default_graphs && !qo.named_graphs)
    qo.named_graphs = named;
  if(qo.named_graphs && !qo.default_graphs)
    qo.default_graphs = dflt;
  if(bad || !!file == (optind < argc) || optind + 1 < argc) {
    free(dflt);
    free(named);
    return sh_command_usage(argv[0]);
  }
  text = file ? cmd_read_file(sh, file) : strdup(argv[optind]);
  if(!text || (rc = sh_open_store(sh)) != SH_EXIT_OK) {
    free(text);
    free(dflt);
    free(named);
    return text ? rc : SH_EXIT_DATA;
  }
  /* relative IRIs of a query file resolve against the file, as roqet's */
  if(file && strcmp(file, "-") && (rpath = realpath(file, NULL)) &&
     (base = malloc(strlen(rpath) + 8)))
    sprintf(base, "file://%s", rpath);
  qo.base = base;
  st = repeat > 1 ? cmd_query_timed(sh, text, &qo, repeat) : JC_OK;
  if(st == JC_OK)
    st = sh_print_query(sh, text, &qo, format, 0, &ro);
  free(rpath);
  free(base);
  if(st == JC_ERR_QUERY)
    cmd_query_error(sh, file, text);
  free(text);
  free(dflt);
  free(named);
  if(st != JC_OK) {
    if(st != JC_ERR_QUERY)
      sh_error(sh, "%s", jc_error_message(sh->ctx));
    return sh_exit_for(st);
  }
  return fflush(stdout) ? SH_EXIT_DATA : SH_EXIT_OK;
}

/* Where `export -o FILE` writes: a file with no name yet in FILE's folder
 * (O_TMPFILE), which is named FILE only once it is whole, so that a killed
 * export leaves nothing behind; where the file system has no such files,
 * FILE.tmpXX beside it.  Either way a failed export never leaves a
 * truncated file where a good one was.  *@tmp is the named file's path,
 * or NULL for an unnamed one.  NULL, with errno, when neither opens. */
static FILE *
export_open(const char *file, char **tmp)
{
  char *dir = strdup(file);
  FILE *out = NULL;
  int fd = -1;

  *tmp = NULL;
  if(!dir)
    return NULL;
#ifdef O_TMPFILE
  if(!access("/proc/self/fd", X_OK))  /* how it gets its name */
    fd = open(dirname(dir), O_WRONLY | O_TMPFILE | O_CLOEXEC, 0666);
#endif
  free(dir);
  if(fd >= 0 && !(out = fdopen(fd, "wb")))
    close(fd);
  if(out || !(*tmp = malloc(strlen(file) + 8)))
    return out;
  sprintf(*tmp, "%s.tmpXX", file);
  if(!(out = fopen(*tmp, "wb"))) {
    free(*tmp);
    *tmp = NULL;
  }
  return out;
}

/* Give the whole export its name: moved over @file, then @out closed.
 * An unnamed file is linked under a name of its own first and renamed
 * at once; a kill between the two leaves that name beside @file, on a
 * whole export.  0, or -1 with errno (nothing is left behind). */
static int
export_name(FILE *out, const char *file, char *tmp)
{
  char proc[64], *name = tmp;
  int rc = 0, e;

  if(fflush(out) || ferror(out))
    rc = -1;
  if(!tmp && !rc) {  /* unnamed: a name of its own first */
    if(!(name = malloc(strlen(file) + 32)))
      rc = -1;
    else {
      snprintf(proc, sizeof proc, "/proc/self/fd/%d", fileno(out));
      sprintf(name, "%s.%ld.tmp", file, (long)getpid());
      if(linkat(AT_FDCWD, proc, AT_FDCWD, name, AT_SYMLINK_FOLLOW)) {
        free(name);
        name = NULL, rc = -1;
      }
    }
  }
  if(!rc && rename(name, file))
    rc = -1;
  e = errno;
  if(fclose(out) && !rc)
    rc = -1, e = errno;
  if(rc && name)
    remove(name);
  if(!tmp)
    free(name);
  errno = e;
  return rc;
}

int
cmd_export(sh_state *sh, int argc, char **argv)
{
  static const struct option opts[] = {
    { "graph", required_argument, NULL, 'g' },
    { "format", required_argument, NULL, 'F' },
    { "output", required_argument, NULL, 'o' },
    { NULL, 0, NULL, 0 }
  };
  const char *graph = NULL, *format = "turtle", *file = NULL;
  FILE *out = stdout;
  char *tmp = NULL;
  jc_status st;
  int c, rc;

  cmd_reset_getopt();
  while((c = getopt_long(argc, argv, "g:F:o:", opts, NULL)) != -1)
    switch(c) {
    case 'g': graph = optarg; break;
    case 'F': format = optarg; break;
    case 'o': file = optarg; break;
    default: return sh_command_usage(argv[0]);
    }
  if(optind < argc)
    return sh_command_usage(argv[0]);
  if((rc = sh_open_store(sh)) != SH_EXIT_OK)
    return rc;
  if(file && !(out = export_open(file, &tmp))) {
    sh_error(sh, "%s: %s", file, strerror(errno));
    return SH_EXIT_DATA;
  }
  st = jc_store_export(sh->ctx, graph, format, out);
  if(st != JC_OK)
    sh_error(sh, "%s", jc_error_message(sh->ctx));
  if(file) {
    if(st != JC_OK) {  /* nothing of it is kept */
      fclose(out);
      if(tmp)
        remove(tmp);
    } else if(export_name(out, file, tmp)) {
      sh_error(sh, "%s: %s", file, strerror(errno));
      st = JC_ERR_IO;
    }
    free(tmp);
  }
  return sh_exit_for(st);
}

int
cmd_sources(sh_state *sh, int argc, char **argv)
{
  jc_source *list;
  size_t n, i;
  int rc;

  (void)argv;
  if(argc > 1)
    return sh_command_usage(argv[0]);
  if((rc = sh_open_store(sh)) != SH_EXIT_OK)
    return rc;
  if(jc_store_sources(sh->ctx, &list, &n) != JC_OK) {
    sh_error(sh, "%s", jc_error_message(sh->ctx));
    return SH_EXIT_DATA;
  }
  for(i = 0; i < n; i++)
    printf("%s\t%s\t%ld triples\t%s\tsha256:%.12s\n", list[i].graph,
           list[i].loader ? list[i].loader : "?", list[i].triples,
           list[i].loaded_at ? list[i].loaded_at : "?",
           list[i].sha256 ? list[i].sha256 : "?");
  jc_sources_free(list, n);
  return SH_EXIT_OK;
}

int
cmd_drop(sh_state *sh, int argc, char **argv)
{
  int i, rc;

  if(argc < 2)
    return sh_command_usage(argv[0]);
  if((rc = sh_open_store(sh)) != SH_EXIT_OK)
    return rc;
  for(i = 1; i < argc; i++) {
    jc_status st = jc_store_drop(sh->ctx, argv[i]);
    if(st != JC_OK) {
      sh_error(sh, "%s", jc_error_message(sh->ctx));
      rc = sh_exit_for(st);
    } else
      printf("%s: dropped\n", argv[i]);
  }
  return rc;
}

/* extract: loaders without a store, to standard output. */
int
cmd_extract(sh_state *sh, int argc, char **argv)
{
  const char *format = "nquads";
  jc_load_opts lo;
  cmd_files f;
  size_t k;
  int i, rc;

  i = cmd_load_args(sh, argc, argv, 1, &lo, &format);
  if(i < 0)
    return SH_EXIT_USAGE;
  rc = cmd_files_of(sh, argc, argv, i, lo.as, &f);
  for(k = 0; k < f.n; k++) {
    jc_status st = jc_extract(sh->ctx, f.path[k], &lo, format, stdout, NULL);
    if(st != JC_OK) {
      sh_error(sh, "%s", jc_error_message(sh->ctx));
      rc = sh_exit_for(st);
      if(st == JC_ERR_USAGE)
        break;
    }
  }
  cmd_files_free(&f);
  free((void *)lo.options);
  return rc;
}

int
cmd_vacuum(sh_state *sh, int argc, char **argv)
{
  int rc;

  (void)argv;
  if(argc > 1)
    return sh_command_usage(argv[0]);
  if((rc = sh_open_store(sh)) != SH_EXIT_OK)
    return rc;
  if(jc_store_vacuum(sh->ctx) != JC_OK) {
    sh_error(sh, "%s", jc_error_message(sh->ctx));
    return SH_EXIT_DATA;
  }
  return SH_EXIT_OK;
}

int
cmd_plugins(sh_state *sh, int argc, char **argv)
{
  size_t i;

  (void)argv;
  if(argc > 1)
    return sh_command_usage(argv[0]);
  for(i = 0; i < jc_plugin_count(sh->ctx); i++) {
    const char *suffix;
    char media[256];
    size_t k, owner;
    printf("%-10s %-6s ABI %u  %s\n%-10s suffixes: %s\n",
           jc_plugin_name(sh->ctx, i), jc_plugin_version(sh->ctx, i),
           jc_plugin_abi(sh->ctx, i), jc_plugin_description(sh->ctx, i), "",
           jc_plugin_suffixes(sh->ctx, i));
    if(jc_plugin_media_types(sh->ctx, i, media, sizeof media))
      printf("%-10s media types: %s\n", "", media);
    printf("%-10s file: %s\n", "", jc_plugin_file(sh->ctx, i));
    /* A suffix two plugins claim goes to the one registered first; the
     * other never sees those files unless named with --as. */
    for(k = 0; (suffix = jc_plugin_clash(sh->ctx, i, k, &owner)); k++)
      printf("%-10s clash: %s is also %s's, which was found first and "
             "gets those files (use --as %s)\n", "", suffix,
             jc_plugin_name(sh->ctx, owner), jc_plugin_name(sh->ctx, i));
  }
  return SH_EXIT_OK;
}

/* The commands, in the order `jiceng --help` lists them.  A synopsis is
 * one line (the printer breaks it); a help text is a paragraph. */
static const sh_command cmd_table[] = {
  { "load", cmd_load,
    "load [--as PLUGIN] [--force] [--progress] [--option KEY=VALUE]... "
    "FILE...",
    "load each file into its own graph (a changed file replaces its graph; "
    "an unchanged one is skipped); a folder stands for the files under it "
    "that a loader reads; FILE - reads standard input (needs "
    "--as): source https://w3id.org/jiceng/source/stdin, named - in drop "
    "and export; FIFOs and devices are refused" },
  { "query", cmd_query,
    "query (SPARQL | -f FILE) [--format table|csv|tsv|json|xml|turtle|"
    "ntriples] [--labels] [--no-headers] [--default-graph IRI]... "
    "[--named-graph IRI]... [--timeout SECONDS] [--repeat N] [--explain] "
    "[--force]",
    "run a SPARQL query or update; formats: table csv tsv json xml "
    "(SELECT/ASK), turtle ntriples (CONSTRUCT/DESCRIBE)" },
  { "export", cmd_export,
    "export [--graph SOURCE] [--format turtle|ntriples|nquads|trig|rdfxml] "
    "[-o FILE]",
    "write the store or one source's graph as RDF (default Turtle)" },
  { "extract", cmd_extract,
    "extract [--as PLUGIN] [--option KEY=VALUE]... [--format nquads|trig] "
    "FILE...",
    "run the loaders without a store: each file's graph to standard output "
    "(the same file, the same bytes); a folder stands for its files" },
  { "sources", cmd_sources, "sources",
    "list loaded sources with their provenance" },
  { "drop", cmd_drop, "drop SOURCE...",
    "remove sources (path or graph IRI)" },
  { "vacuum", cmd_vacuum, "vacuum",
    "reclaim the space of dropped sources and unused terms" },
  { "plugins", cmd_plugins, "plugins", "list loader plugins" },
  { "plugin", cmd_plugin_check,
    "plugin check [--timeout SEC] [--verbose] FILE.so",
    "run the conformance checks on a loader plugin" },
  { "shell", NULL, "shell",
    "the interactive shell (also with no command); type .help in it.  "
    "SCRIPT: run a file of statements and dot commands, as if typed" },
};

const sh_command *
sh_command_find(const char *name)
{
  size_t i;

  for(i = 0; i < sizeof cmd_table / sizeof cmd_table[0]; i++)
    if(!strcmp(cmd_table[i].name, name))
      return &cmd_table[i];
  return NULL;
}

/* Length of the word at @p: up to a space, or with @group up to a space
 * outside brackets, so that an option of a synopsis and its value
 * ("[-o FILE]") stay on one line. */
static size_t
cmd_word_len(const char *p, int group)
{
  size_t n = 0;
  int depth = 0;

  for(; p[n] && (depth > 0 || p[n] != ' '); n++)
    if(group)
      depth += (p[n] == '[' || p[n] == '(') - (p[n] == ']' || p[n] == ')');
  return n;
}

/* Write @text from column @col on, breaking between words (@group: see
 * cmd_word_len) before column 80; a continued line starts at column
 * @indent. */
static void
cmd_wrap(FILE *out, const char *text, size_t col, size_t indent, int group)
{
  const char *p = text;

  while(*p) {
    size_t word = cmd_word_len(p, group);
    if(col > indent && col + 1 + word > 79) {
      fprintf(out, "\n%*s", (int)indent, "");
      col = indent;
    } else if(p != text) {
      fputc(' ', out);
      col++;
    }
    fwrite(p, 1, word, out);
    col += word;
    p += word;
    while(*p == ' ')
      p++;
  }
  fputc('\n', out);
}

int
sh_command_usage(const char *name)
{
  const sh_command *c = sh_command_find(name);

  fputs("usage: jiceng ", stderr);
  cmd_wrap(stderr, c ? c->synopsis : name, 14, 8, 1);
  return SH_EXIT_USAGE;
}

void
sh_command_help(const sh_command *c)
{
  fputs("usage: jiceng [OPTIONS] ", stdout);
  cmd_wrap(stdout, c->synopsis, 24, 8, 1);
  fputs("\n  ", stdout);
  cmd_wrap(stdout, c->help, 2, 2, 0);
  fputs("\nOPTIONS (--db, --memory, --endpoint, --read-only, --no-wait ...) "
        "are those\nof `jiceng --help`; see jiceng(1).\n", stdout);
}

void
sh_commands_help(FILE *out)
{
  size_t i, n;

  for(i = 0; i < sizeof cmd_table / sizeof cmd_table[0]; i++) {
    fputs("  ", out);
    n = strlen(cmd_table[i].synopsis);
    if(n < 18)
      fprintf(out, "%-18s  ", cmd_table[i].synopsis);
    else {
      cmd_wrap(out, cmd_table[i].synopsis, 2, 8, 1);
      fprintf(out, "%22s", "");
    }
    cmd_wrap(out, cmd_table[i].help, 22, 22, 0);
  }
}
