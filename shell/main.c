/* shell/main.c: the `jiceng` program: global options, the store, and the
 * dispatch to batch commands (commands.c). */
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "shell.h"

/* SIGINT handlers take no user data: the one sh_state is kept here so that
 * Ctrl-C can ask the running load or query to stop. */
static sh_state *sh_signal_target;

static void
sh_on_sigint(int sig)
{
  (void)sig;
  if(sh_signal_target && sh_signal_target->ctx)
    jc_ctx_interrupt(sh_signal_target->ctx);
}

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

  (void)sh;
  fputs("jiceng: ", stderr);
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

/* A progress line only on a terminal, and at most every 4 MB. */
static void
sh_on_progress(void *user_data, const char *path, unsigned long long done,
               unsigned long long total)
{
  sh_state *sh = user_data;
  static const unsigned long long step = 4u << 20;

  if(!sh->tty_err || done < step || (done % step) >= (1u << 16))
    return;
  if(total)
    fprintf(stderr, "\r\033[Kloading %s: %.1f of %.1f MB", path,
            done / 1048576.0, total / 1048576.0);
  else
    fprintf(stderr, "\r\033[Kloading %s: %.1f MB", path, done / 1048576.0);
  sh->progress_shown = 1;
}

int
sh_open_store(sh_state *sh)
{
  char *dir = NULL;
  jc_status st;

  if(sh->memory)
    st = jc_store_open(sh->ctx, NULL);
  else {
    dir = sh->db ? NULL : jc_store_default_dir();
    st = jc_store_open(sh->ctx, sh->db ? sh->db : dir);
  }
  free(dir);
  if(st != JC_OK) {
    sh_error(sh, "%s", jc_error_message(sh->ctx));
    return SH_EXIT_DATA;
  }
  return SH_EXIT_OK;
}

static void
sh_usage(FILE *out)
{
  fputs(
"usage: jiceng [--db DIR | --memory] [--allow-remote] COMMAND [ARGS]\n"
"\n"
"Build and explore a knowledge graph of grassroots organizations, programs\n"
"and people from Chinese news reports and other sources.\n"
"\n"
"Commands:\n"
"  load [--as PLUGIN] [--force] [--option KEY=VALUE] FILE...\n"
"                      load each file into its own graph (a changed file\n"
"                      replaces its graph; an unchanged one is skipped)\n"
"  query (SPARQL | -f FILE) [--format F] [--labels] [--no-headers]\n"
"                      run a SPARQL query; F: table csv tsv json xml\n"
"                      (SELECT/ASK), turtle ntriples (CONSTRUCT/DESCRIBE)\n"
"  export [--graph SOURCE] [--format F] [-o FILE]\n"
"                      write the store or one source's graph as RDF;\n"
"                      F: turtle (default) ntriples nquads trig rdfxml\n"
"  sources             list loaded sources with their provenance\n"
"  drop SOURCE...      remove sources (path or graph IRI)\n"
"  plugins             list loader plugins\n"
"\n"
"Options:\n"
"  --db DIR            the store to use (default $XDG_DATA_HOME/jiceng/default)\n"
"  --memory            a throwaway store in memory\n"
"  --allow-remote      let queries use SERVICE, FROM and FROM NAMED\n"
"  -h, --help          this help\n"
"  -V, --version       version\n"
"\n"
"Exit status: 0 success, 1 usage error, 2 data, query or I/O error.\n"
"Environment: JICENG_PLUGIN_PATH (extra plugin directories, ':'-separated),\n"
"XDG_DATA_HOME.  See jiceng(1).\n", out);
}

int
main(int argc, char **argv)
{
  static const struct option opts[] = {
    { "db", required_argument, NULL, 'd' },
    { "memory", no_argument, NULL, 'm' },
    { "allow-remote", no_argument, NULL, 'r' },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };
  static const struct {
    const char *name;
    int (*run)(sh_state *, int, char **);
  } cmds[] = {
    { "load", cmd_load }, { "query", cmd_query }, { "export", cmd_export },
    { "sources", cmd_sources }, { "drop", cmd_drop },
    { "plugins", cmd_plugins },
  };
  sh_state sh;
  int c, rc = SH_EXIT_USAGE, allow_remote = 0;
  size_t i;

  memset(&sh, 0, sizeof sh);
  while((c = getopt_long(argc, argv, "+hV", opts, NULL)) != -1)
    switch(c) {
    case 'd': sh.db = optarg; break;
    case 'm': sh.memory = 1; break;
    case 'r': allow_remote = 1; break;
    case 'h': sh_usage(stdout); return SH_EXIT_OK;
    case 'V': printf("jiceng %s (plugin ABI %d..%d)\n", PACKAGE_VERSION,
                     JC_PLUGIN_ABI_MIN, JC_PLUGIN_ABI);
      return SH_EXIT_OK;
    default: sh_usage(stderr); return SH_EXIT_USAGE;
    }
  if(sh.db && sh.memory) {
    sh_error(&sh, "--db and --memory exclude each other");
    return SH_EXIT_USAGE;
  }
  if(optind >= argc) {
    sh_usage(stderr);
    return SH_EXIT_USAGE;
  }
  sh.ctx = jc_ctx_new();
  if(!sh.ctx) {
    sh_error(&sh, "out of memory");
    return SH_EXIT_DATA;
  }
  sh.tty_err = isatty(2);
  jc_ctx_set_log(sh.ctx, sh_on_log, &sh);
  jc_ctx_set_progress(sh.ctx, sh_on_progress, &sh);
  jc_ctx_set_allow_remote(sh.ctx, allow_remote);
  sh_signal_target = &sh;
  signal(SIGINT, sh_on_sigint);
  if(jc_plugin_scan(sh.ctx, NULL) != JC_OK) {
    sh_error(&sh, "%s", jc_error_message(sh.ctx));
    jc_ctx_free(sh.ctx);
    return SH_EXIT_DATA;
  }
  for(i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
    if(!strcmp(argv[optind], cmds[i].name))
      break;
  if(i == sizeof cmds / sizeof cmds[0]) {
    sh_error(&sh, "%s: unknown command (see jiceng --help)", argv[optind]);
  } else
    rc = cmds[i].run(&sh, argc - optind, argv + optind);
  sh_signal_target = NULL;
  jc_ctx_free(sh.ctx);
  return rc;
}
