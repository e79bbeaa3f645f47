/* shell/shell.h: state shared by the `jiceng` program's files: main.c
 * (options, batch commands), repl.c (the interactive shell). */
#ifndef JICENG_SHELL_H
#define JICENG_SHELL_H

#include <stdio.h>
#include "jiceng.h"

/* Exit statuses: documented in jiceng(1). */
enum { SH_EXIT_OK = 0, SH_EXIT_USAGE = 1, SH_EXIT_DATA = 2 };

typedef struct sh_state {
  jc_ctx         *ctx;       /* owned */
  const char     *db;        /* borrowed: --db DIR, or NULL */
  int             memory;    /* --memory */
  int             tty_err;   /* stderr is a terminal: progress lines */
  int             progress_shown;
} sh_state;

/* main.c */
int  sh_exit_for(jc_status st);
void sh_error(sh_state *sh, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));
int  sh_open_store(sh_state *sh);

/* commands.c: the batch commands; each returns an exit status. */
int  cmd_load(sh_state *sh, int argc, char **argv);
int  cmd_query(sh_state *sh, int argc, char **argv);
int  cmd_export(sh_state *sh, int argc, char **argv);
int  cmd_sources(sh_state *sh, int argc, char **argv);
int  cmd_drop(sh_state *sh, int argc, char **argv);
int  cmd_plugins(sh_state *sh, int argc, char **argv);

#endif /* JICENG_SHELL_H */
