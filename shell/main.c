/* shell/main.c: the `jiceng` program: global options, the store, and the
 * dispatch to batch commands (commands.c) or to the shell: statements from
 * -c, a script, stdin (run.c) or a terminal (repl.c). */
#include <errno.h>
#include <getopt.h>
#include <langinfo.h>
#include <locale.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "shell.h"

int
sh_exit_for(jc_status st)
{
  switch(st) {
  case JC_OK: return SH_EXIT_OK;
  case JC_ERR_USAGE: return SH_EXIT_USAGE;
  case JC_ERR_NOMEM: case JC_ERR_IO: case JC_ERR_SYNTAX:
  case JC_ERR_ENCODING: case JC_ERR_QUERY: case JC_ERR_PLUGIN:
  case JC_ERR_NOTFOUND: case JC_ERR_CANCELLED:
    return SH_EXIT_DATA;
  }
  return SH_EXIT_DATA;
}

void
sh_error(sh_state *sh, const char *fmt, ...)
{
  va_list ap;

  fflush(stdout);  /* keep the error after the output it follows */
  fputs(sh->color ? "\033[1;31mjiceng:\033[0m " : "jiceng: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

static void
sh_on_log(void *user_data, const char *message)
{
  sh_state *sh = user_data;

  if(sh->progress_shown) {
    fputs("\r\033[K", stderr);
    sh->progress_shown = 0;
  }
  fprintf(stderr, "jiceng: warning: %s\n", message);
}

static double
sh_now(void)
{
  struct timespec ts;

  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* A progress line on a terminal (or with load --progress), redrawn at most
 * five times a second: a bar and ETA when the size is known, MB/s, and
 * items per second when the plugin counts articles or rows. */
static void
sh_on_progress(void *user_data, const jc_progress *p)
{
  sh_state *sh = user_data;
  double now = sh_now(), secs, rate;
  char line[256];
  int n = 0;

  if(!sh->tty_err && !sh->progress_force)
    return;
  if(p->path != sh->progress_path) {
    sh->progress_path = p->path;
    sh->progress_start = sh->progress_drawn = now;
    return;
  }
  if(now - sh->progress_drawn < 0.2)
    return;
  sh->progress_drawn = now;
  secs = now - sh->progress_start;
  rate = secs > 0 ? p->bytes_done / secs : 0;
  n += snprintf(line + n, sizeof line - n, "loading %s", p->path);
  if(p->bytes_total && p->bytes_done <= p->bytes_total) {
    int i, width = 20, fill = (int)(width * p->bytes_done / p->bytes_total);
    n += snprintf(line + n, sizeof line - n, " [");
    for(i = 0; i < width && n < (int)sizeof line - 4; i++)
      line[n++] = i < fill ? '#' : '-';
    n += snprintf(line + n, sizeof line - n, "] %3d%%  %.1f/%.1f MB",
                  (int)(100 * p->bytes_done / p->bytes_total),
                  p->bytes_done / 1048576.0, p->bytes_total / 1048576.0);
  } else
    n += snprintf(line + n, sizeof line - n, "  %.1f MB",
                  p->bytes_done / 1048576.0);
  n += snprintf(line + n, sizeof line - n, "  %.1f MB/s", rate / 1048576.0);
  if(p->items && p->unit && n < (int)sizeof line)
    n += snprintf(line + n, sizeof line - n, "  %llu %s  %.0f/s", p->items,
                  p->unit, secs > 0 ? p->items / secs : 0.0);
  if(p->bytes_total && rate > 0 && n < (int)sizeof line) {
    long eta = (long)((p->bytes_total - p->bytes_done) / rate + 0.5);
    snprintf(line + n, sizeof line - n, "  ETA %ld:%02ld", eta / 60,
             eta % 60);
  }
  fprintf(stderr, "\r\033[K%s", line);
  sh->progress_shown = 1;
}

int
sh_open_store(sh_state *sh)
{
  char *dir = NULL;
  jc_status st;

  if(sh->store_open)  /* the shell opens it once; commands ask again */
    return SH_EXIT_OK;
  if(sh->endpoint) {
    jc_remote_opts ro = { sh->endpoint, sh->graph_store, sh->netrc,
                          sh->update_endpoint, sh->slice };
    st = jc_remote_open(sh->ctx, &ro);
  } else if(sh->memory)
    st = jc_store_open_flags(sh->ctx, NULL, sh->store_flags);
  else {
    dir = sh->db ? NULL : jc_store_default_dir();
    st = jc_store_open_flags(sh->ctx, sh->db ? sh->db : dir,
                             sh->store_flags);
  }
  free(dir);
  if(st != JC_OK) {
    sh_error(sh, "%s", jc_error_message(sh->ctx));
    return SH_EXIT_DATA;
  }
  sh->store_open = 1;
  return SH_EXIT_OK;
}

const char *
sh_where(sh_state *sh)
{
  static const char *const fmt[] = {
    "the embedded store in memory", "the embedded store %s",
    "the SPARQL endpoint %s"
  };
  int k = sh->endpoint ? 2 : sh->memory ? 0 : 1;
  const char *loc = jc_store_location(sh->ctx);

  snprintf(sh->where, sizeof sh->where, fmt[k], loc ? loc : "?");
  return sh->where;
}

/* Does a command's @argv ask for its help: -h or --help among its
 * options, before a "--"? */
static int
sh_wants_help(int argc, char **argv)
{
  int i;

  for(i = 1; i < argc && strcmp(argv[i], "--"); i++)
    if(!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
      return 1;
  return 0;
}

static void
sh_usage(FILE *out)
{
  fputs(
"usage: jiceng [--db DIR | --memory | --endpoint URL [--update-endpoint URL]\n"
"              [--graph-store URL] [--netrc FILE]] [--read-only] [--no-wait]\n"
"              [--allow-remote]\n"
"              COMMAND [ARGS]\n"
"       jiceng [OPTIONS] [--bail] [-c STATEMENT]... [shell | SCRIPT]\n"
"\n"
"Build and explore a knowledge graph of grassroots organizations, programs\n"
"and people from Chinese news reports and other sources.\n"
"\n"
"Commands:\n", out);
  sh_commands_help(out);
  fputs(
"\n"
"Options:\n"
"  --db DIR            the store to use (default $XDG_DATA_HOME/jiceng/default)\n"
"  --memory            a throwaway store in memory\n"
"  --endpoint URL      work on a SPARQL 1.1 server instead of a store of\n"
"                      its own: load, drop, sources, query, export and the\n"
"                      shell go to it (also JICENG_ENDPOINT, or a line\n"
"                      \"endpoint = URL\" in $XDG_CONFIG_HOME/jiceng/config)\n"
"  --update-endpoint URL\n"
"                      where the server takes updates, when not at the\n"
"                      endpoint (Fuseki /ds/update; also\n"
"                      JICENG_UPDATE_ENDPOINT, or \"update-endpoint = URL\")\n"
"  --graph-store URL   the server's Graph Store HTTP Protocol URL: loads\n"
"                      PUT each source's graph (without: SPARQL Update)\n"
"  --netrc FILE        credentials for the server (default ~/.netrc)\n"
"  --read-only         only read the store (queries, exports, sources)\n"
"  --no-wait           fail at once when another process is writing to\n"
"                      the store, instead of waiting for it\n"
"  --allow-remote      let queries use SERVICE\n"
"  -c STATEMENT        run a statement or dot command, then exit\n"
"  --bail              stop at the first error\n"
"  -h, --help          this help\n"
"  -V, --version       version\n"
"\n"
"Exit status: 0 success, 1 usage error, 2 data, query or I/O error.\n"
"Environment: JICENG_PLUGIN_PATH (extra plugin directories, ':'-separated),\n"
"JICENG_ENDPOINT, JICENG_UPDATE_ENDPOINT, JICENG_GRAPH_STORE,\n"
"JICENG_UPDATE_SLICE, XDG_DATA_HOME, XDG_CONFIG_HOME,\n"
"XDG_STATE_HOME (shell history), NO_COLOR.  See jiceng(1).\n", out);
}

/* Readline and the table layout count characters through the locale: run
 * as UTF-8 even under LANG=C, as the data always is. */
static void
sh_locale(void)
{
  setlocale(LC_ALL, "");
  if(strcmp(nl_langinfo(CODESET), "UTF-8"))
    setlocale(LC_CTYPE, "C.UTF-8");
}

/* The shell: -c statements, a script, stdin, or a terminal. */
static int
sh_shell(sh_state *sh, char **cmds, int ncmds, const char *script)
{
  int i, rc;

  if((rc = sh_open_store(sh)) != SH_EXIT_OK)
    return rc;
  if(ncmds) {
    for(i = 0; i < ncmds && !sh->quit; i++)
      sh_run_text(sh, cmds[i], NULL);
  } else if(script) {
    FILE *in = fopen(script, "r");
    if(!in) {
      sh_error(sh, "%s: %s", script, strerror(errno));
      return SH_EXIT_USAGE;
    }
    sh_run_file(sh, in, script);
    fclose(in);
  } else if(isatty(0) && isatty(1)) {
    sh->interactive = 1;
    sh->color = isatty(2) && !getenv("NO_COLOR");
    sh_repl(sh);
  } else
    sh_run_file(sh, stdin, "<stdin>");
  sh_output_restore(sh);
  return sh->status;
}

static void
sh_free(sh_state *sh)
{
  int i;

  free(sh->typed.s);
  sh_words_free(sh->words);
  free(sh->history);
  for(i = 0; i < SH_CONFIG_KEYS; i++)
    free(sh->config[i]);
  jc_ctx_free(sh->ctx);
}

int
main(int argc, char **argv)
{
  static const struct option opts[] = {
    { "db", required_argument, NULL, 'd' },
    { "memory", no_argument, NULL, 'm' },
    { "endpoint", required_argument, NULL, 'e' },
    { "graph-store", required_argument, NULL, 'g' },
    { "update-endpoint", required_argument, NULL, 'u' },
    { "netrc", required_argument, NULL, 'n' },
    { "read-only", no_argument, NULL, 'R' },
    { "no-wait", no_argument, NULL, 'W' },
    { "allow-remote", no_argument, NULL, 'r' },
    { "bail", no_argument, NULL, 'b' },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };
  sh_state sh;
  char **stmts = calloc(argc, sizeof *stmts);
  const char *script = NULL;
  const sh_command *batch = NULL;
  int c, rc = SH_EXIT_USAGE, allow_remote = 0, nstmts = 0, bad;

  if(!stmts)
    return SH_EXIT_DATA;
  sh_init(&sh);
  while((c = getopt_long(argc, argv, "+hVc:", opts, NULL)) != -1)
    switch(c) {
    case 'd': sh.db = optarg; break;
    case 'm': sh.memory = 1; break;
    case 'e': sh.endpoint = optarg; break;
    case 'g': sh.graph_store = optarg; break;
    case 'u': sh.update_endpoint = optarg; break;
    case 'n': sh.netrc = optarg; break;
    case 'R': sh.store_flags |= JC_STORE_READONLY; break;
    case 'W': sh.store_flags |= JC_STORE_NOWAIT; break;
    case 'r': allow_remote = 1; break;
    case 'b': sh.bail = 1; break;
    case 'c': stmts[nstmts++] = optarg; break;
    case 'h': sh_usage(stdout); free(stmts); return SH_EXIT_OK;
    case 'V': printf("jiceng %s (plugin ABI %d..%d)\n", PACKAGE_VERSION,
                     JC_PLUGIN_ABI_MIN, JC_PLUGIN_ABI);
      free(stmts);
      return SH_EXIT_OK;
    default: sh_usage(stderr); free(stmts); return SH_EXIT_USAGE;
    }
  if(!!sh.db + sh.memory + !!sh.endpoint > 1) {
    sh_error(&sh, "--db, --memory and --endpoint exclude each other");
    free(stmts);
    return SH_EXIT_USAGE;
  }
  bad = sh_config(&sh);
  if(!bad && (sh.graph_store || sh.netrc || sh.update_endpoint) &&
     !sh.endpoint) {
    sh_error(&sh, "--update-endpoint, --graph-store and --netrc need an "
             "endpoint (--endpoint URL)");
    bad = 1;
  }
  if(bad) {
    sh_free(&sh);
    free(stmts);
    return SH_EXIT_USAGE;
  }
  /* A word that is no command is a script, if such a file exists. */
  if(optind < argc) {
    batch = sh_command_find(argv[optind]);
    if(batch && sh_wants_help(argc - optind, argv + optind)) {
      sh_command_help(batch);
      sh_free(&sh);
      free(stmts);
      return SH_EXIT_OK;
    }
    if(!batch && access(argv[optind], R_OK)) {
      sh_error(&sh, "%s: unknown command (see jiceng --help)", argv[optind]);
      sh_free(&sh);
      free(stmts);
      return SH_EXIT_USAGE;
    }
    if(!batch)
      script = argv[optind];
    if(batch && !batch->run)
      batch = NULL;  /* shell */
    if(!batch && (optind + 1 < argc || (script && nstmts))) {
      sh_usage(stderr);
      sh_free(&sh);
      free(stmts);
      return SH_EXIT_USAGE;
    }
  }
  sh_locale();
  sh.ctx = jc_ctx_new();
  if(!sh.ctx) {
    sh_error(&sh, "out of memory");
    free(stmts);
    return SH_EXIT_DATA;
  }
  /* Progress lines only for a person watching: never into a pipe or file,
   * nor when input comes from one. */
  sh.tty_err = isatty(0) && isatty(1) && isatty(2);
  jc_ctx_set_log(sh.ctx, sh_on_log, &sh);
  jc_ctx_set_progress(sh.ctx, sh_on_progress, &sh);
  jc_ctx_set_allow_remote(sh.ctx, allow_remote);
  sh_signals_install(&sh, batch != NULL);
  if(jc_plugin_scan(sh.ctx, NULL) != JC_OK) {
    sh_error(&sh, "%s", jc_error_message(sh.ctx));
    rc = SH_EXIT_DATA;
  } else if(batch)
    rc = batch->run(&sh, argc - optind, argv + optind);
  else
    rc = sh_shell(&sh, stmts, nstmts, script);
  sh_signals_install(NULL, 1);
  sh_free(&sh);
  free(stmts);
  return rc;
}
