/* shell/shell.h: state shared by the `jiceng` program's files: main.c
 * (options, batch commands), commands.c (batch commands), run.c (running
 * statements from any input), repl.c (readline), complete.c (Tab), dot.c
 * (dot commands), explore.c (.describe .tree .path .dot), input.c (where a
 * statement ends). */
#ifndef JICENG_SHELL_H
#define JICENG_SHELL_H

#include <signal.h>
#include <stdio.h>
#include <sys/types.h>
#include "jiceng.h"

/* Exit statuses: documented in jiceng(1). */
enum { SH_EXIT_OK = 0, SH_EXIT_USAGE = 1, SH_EXIT_DATA = 2 };

typedef struct sh_words sh_words;  /* complete.c: cached candidates */

/* Text of a statement being gathered, line by line. */
typedef struct sh_buf {
  char  *s;      /* owned, NUL-terminated */
  size_t len, cap;
  long   line;   /* line of the input where the text starts */
} sh_buf;

#define SH_CONFIG_KEYS 5  /* config.c: endpoint, update-endpoint, ... */

typedef struct sh_state {
  jc_ctx         *ctx;       /* owned */
  const char     *db;        /* borrowed: --db DIR, or NULL */
  const char     *endpoint;  /* --endpoint URL (or JICENG_ENDPOINT, or the
                              * config file), or NULL: the embedded store */
  const char     *update_endpoint; /* --update-endpoint URL, or NULL */
  const char     *graph_store; /* --graph-store URL, or NULL */
  const char     *netrc;     /* --netrc FILE, or NULL: ~/.netrc */
  unsigned long   slice;     /* update-slice (JICENG_UPDATE_SLICE), or 0 */
  char           *config[SH_CONFIG_KEYS]; /* owned: values read from the
                              * config file, in sh_config's order */
  char            where[1024]; /* sh_where()'s text */
  int             memory;    /* --memory */
  unsigned        store_flags; /* JC_STORE_*: --read-only, --no-wait */
  int             tty_err;   /* stderr is a terminal: progress lines */
  int             progress_shown;
  int             progress_force; /* load --progress: even off a terminal */
  const char     *progress_path;  /* borrowed: file the timing is for */
  double          progress_start; /* when that file started, seconds */
  double          progress_drawn; /* when the line was last drawn */
  int             store_open; /* sh_open_store() succeeded */

  /* How results look; changed by dot commands. */
  char            mode[16];  /* table csv tsv json xml turtle ntriples */
  int             headers;
  int             labels;
  int             wrap;
  int             width;     /* table width; 0: the terminal's, if any */
  int             timer;
  int             explain;   /* .explain on: plans instead of rows */
  double          timeout;   /* .timeout: seconds per query, 0: none */

  /* Where input comes from and how to react to errors. */
  int             interactive; /* readline on a terminal: prompts, history */
  FILE           *tty;       /* owned: the terminal for prompts and
                              * questions, which .output does not move */
  int             color;     /* errors in colour: interactive, no NO_COLOR */
  int             bail;      /* --bail: stop at the first error */
  const char     *input;     /* borrowed: file name, "-c" or "<stdin>" */
  long            line;      /* line of @input being read */
  int             depth;     /* .read nesting */
  int             status;    /* worst exit status so far */
  int             quit;      /* .quit, or --bail after an error */

  /* .output / .once: stdout itself is redirected, so the batch commands'
   * output follows too. */
  int             saved_stdout; /* dup of the real stdout, or -1 */
  int             once;         /* restore after the next statement */

  /* Ctrl-C: set by the signal handler, cleared by whoever handles it. */
  volatile sig_atomic_t sigint;
  volatile sig_atomic_t sigwinch;

  sh_buf          typed;     /* owned: the statement being typed */
  sh_words       *words;     /* owned: completion cache, NULL: stale */
  char           *history;   /* owned: history file, or NULL */
} sh_state;

/* config.c: $XDG_CONFIG_HOME/jiceng/config fills what the command line and
 * the environment leave open; -1 after printing an error. */
int  sh_config(sh_state *sh);

/* main.c */
int  sh_exit_for(jc_status st);
void sh_error(sh_state *sh, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));
int  sh_open_store(sh_state *sh);
/* sh_where: what the shell works on, "the embedded store DIR", "the
 * embedded store in memory" or "the SPARQL endpoint URL".  Borrowed until
 * the next call. */
const char *sh_where(sh_state *sh);

/* commands.c: the batch commands; each returns an exit status. */
int  cmd_load(sh_state *sh, int argc, char **argv);
int  cmd_query(sh_state *sh, int argc, char **argv);
int  cmd_export(sh_state *sh, int argc, char **argv);
int  cmd_sources(sh_state *sh, int argc, char **argv);
int  cmd_drop(sh_state *sh, int argc, char **argv);
int  cmd_vacuum(sh_state *sh, int argc, char **argv);
int  cmd_extract(sh_state *sh, int argc, char **argv);
int  cmd_plugins(sh_state *sh, int argc, char **argv);
int  cmd_plugin_check(sh_state *sh, int argc, char **argv); /* plugcheck.c */

/* A command of `jiceng COMMAND`: its name, what runs it (NULL for
 * "shell", which main.c runs), its synopsis (after "jiceng ") and what it
 * does.  sh_command_find: NULL for no such command.  sh_command_usage:
 * the usage line of command @name on standard error; returns
 * SH_EXIT_USAGE.  sh_command_help: `jiceng COMMAND --help`, on standard
 * output.  sh_commands_help: the list of commands of `jiceng --help`. */
typedef struct {
  const char *name;
  int (*run)(sh_state *sh, int argc, char **argv);
  const char *synopsis;
  const char *help;
} sh_command;
const sh_command *sh_command_find(const char *name);
int  sh_command_usage(const char *name);
void sh_command_help(const sh_command *c);
void sh_commands_help(FILE *out);

/* input.c: statement boundaries.  sh_input_end: offset of the first ';'
 * that ends a statement, or -1.  sh_input_blank: nothing but blanks and
 * comments.  sh_input_ready: the text ends with a finished statement. */
long sh_input_end(const char *s, size_t len);
int  sh_input_blank(const char *s, size_t len);
int  sh_input_ready(const char *s, size_t len);
/* sh_input_words: split the dot command @line into words in place, as a
 * shell would: blanks separate, "..." and '...' group, a backslash in
 * "..." escapes the next character.  Points argv[0..] into @line and
 * returns their number, or -1 when there are more than @max. */
int  sh_input_words(char *line, char **argv, int max);

/* run.c: feed input line by line; statements run as they complete. */
void sh_init(sh_state *sh);
void sh_fail(sh_state *sh, int status);  /* note a failure (for --bail) */
int  sh_run_file(sh_state *sh, FILE *in, const char *name);
int  sh_run_text(sh_state *sh, const char *text, const char *name);
/* sh_feed: one line of input (without its newline) at @line; returns 1
 * when @buf holds an unfinished statement afterwards. */
int  sh_feed(sh_state *sh, sh_buf *buf, const char *text, long line);
int  sh_flush(sh_state *sh, sh_buf *buf);  /* at end of input */
int  sh_term_width(sh_state *sh);
void      sh_show_caret(const char *text, long line, long col);
jc_status sh_query(sh_state *sh, const char *text, jc_result **out);
int  sh_render(sh_state *sh, const jc_result *r, const char *mode);
/* sh_render_opts: the table settings of the shell (.headers, .labels,
 * the terminal's width, .wrap). */
void sh_render_opts(sh_state *sh, jc_render_opts *ro);
/* sh_print_query: run @text and print its answer as @format (NULL: a
 * table of solutions, Turtle for a graph), the rows of a SELECT as they
 * are found.  @lenient (the shell's .mode): a graph syntax asked of
 * solutions gives a table, a table asked of a graph gives Turtle.
 * Errors are left on the context for the caller to report. */
jc_status sh_print_query(sh_state *sh, const char *text,
                         const jc_query_opts *qo, const char *format,
                         int lenient, const jc_render_opts *ro);
void sh_output_restore(sh_state *sh);

/* repl.c: the interactive shell on a terminal, and the signal handlers
 * (readline's hooks and signal handlers take no user data). */
/* sh_signals_install: Ctrl-C and window changes go to @sh (NULL: back to
 * the defaults).  @restart 0: a blocking call returns at Ctrl-C, so the
 * shell notices at once; the batch commands prefer 1. */
void sh_signals_install(sh_state *sh, int restart);
int  sh_repl(sh_state *sh);
int  sh_ask(sh_state *sh, const char *question, char *answer, size_t size);

/* complete.c: Tab completion, with candidates cached until the store
 * changes. */
char **sh_complete(sh_state *sh, const char *line, const char *text,
                   int start, int end);
void sh_words_free(sh_words *w);
void sh_words_stale(sh_state *sh);

/* dot.c: dot commands; @line starts with '.'. */
int  sh_dot(sh_state *sh, const char *line);
/* sh_dot_name: the name of dot command @i (".load"), NULL past the last. */
const char *sh_dot_name(size_t i);

/* explore.c: the exploring commands; each returns an exit status. */
int  sh_describe(sh_state *sh, const char *name);
int  sh_tree(sh_state *sh, const char *name);
int  sh_path(sh_state *sh, const char *a, const char *b);
int  sh_dot_graph(sh_state *sh, const char *name, const char *file);
/* sh_resolve: the IRI that @name (an IRI, prefixed name or label) names,
 * asking when several match.  New string, or NULL after an error. */
char *sh_resolve(sh_state *sh, const char *name);
char *sh_sparql_string(const char *s);  /* "…" with escapes; new string */
/* sh_queryf: run a query built like printf; errors are printed. */
jc_status sh_queryf(sh_state *sh, jc_result **out, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));
/* sh_show_iri: @iri as the shell shows it (label or prefixed name). */
char *sh_show_iri(sh_state *sh, const char *iri, int label);

/* Not relations between entities: typing, and the reification that
 * carries evidence. */
#define SH_NOT_RELATION(p) \
  "FILTER(" p " != rdf:type && " p " != rdf:subject && " p \
  " != rdf:object && " p " != rdf:predicate)"


#endif /* JICENG_SHELL_H */
