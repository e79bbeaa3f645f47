/* shell/repl.c: the interactive shell on a terminal: readline with its
 * history file and Tab completion (complete.c), the prompts, and Ctrl-C.
 * Each typed line goes to run.c like any other input.  Readline runs in
 * its callback mode so that Ctrl-C at the prompt lands in our own loop,
 * where the half-typed statement can be dropped safely. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>
#include "shell.h"

#define REPL_PROMPT      "jiceng> "
#define REPL_PROMPT_MORE "   ...> "
#define REPL_HISTORY_MAX 2000

/* The one static the shell keeps: signal handlers and readline's hooks
 * (completion, the line handler) take no user data. */
static sh_state *repl_sh;

static void
repl_on_sigint(int sig)
{
  (void)sig;
  if(repl_sh) {
    repl_sh->sigint = 1;
    if(repl_sh->ctx)
      jc_ctx_interrupt(repl_sh->ctx);
  }
}

static void
repl_on_sigwinch(int sig)
{
  (void)sig;
  if(repl_sh)
    repl_sh->sigwinch = 1;
}

void
sh_signals_install(sh_state *sh, int restart)
{
  struct sigaction sa;

  memset(&sa, 0, sizeof sa);
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = restart ? SA_RESTART : 0;
  repl_sh = sh;
  sa.sa_handler = sh ? repl_on_sigint : SIG_DFL;
  sigaction(SIGINT, &sa, NULL);
  sa.sa_handler = sh ? repl_on_sigwinch : SIG_DFL;
  sigaction(SIGWINCH, &sa, NULL);
}

/* $XDG_STATE_HOME/jiceng/history, else ~/.local/state/jiceng/history;
 * the directories are made when missing.  NULL when there is no home. */
static char *
repl_history_path(void)
{
  const char *state = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
  char *path;
  size_t i, n;

  if(state && *state == '/') {
    n = strlen(state) + 32;
    if(!(path = malloc(n)))
      return NULL;
    snprintf(path, n, "%s/jiceng/history", state);
  } else if(home && *home) {
    n = strlen(home) + 48;
    if(!(path = malloc(n)))
      return NULL;
    snprintf(path, n, "%s/.local/state/jiceng/history", home);
  } else
    return NULL;
  for(i = 1; path[i]; i++)
    if(path[i] == '/') {
      path[i] = '\0';
      if(mkdir(path, 0700) && errno != EEXIST) {
        free(path);
        return NULL;
      }
      path[i] = '/';
    }
  return path;
}

static char **
repl_complete(const char *text, int start, int end)
{
  return sh_complete(repl_sh, rl_line_buffer, text, start, end);
}

static const char *
repl_prompt(sh_state *sh)
{
  return sh->typed.len ? REPL_PROMPT_MORE : REPL_PROMPT;
}

static void
repl_on_line(char *line)
{
  sh_state *sh = repl_sh;

  rl_callback_handler_remove();
  if(!line) {  /* Ctrl-D */
    fputc('\n', sh->tty);
    sh->quit = 1;
    return;
  }
  if(*line) {
    add_history(line);
    if(sh->history)
      append_history(1, sh->history);
  }
  sh->line++;
  sh_feed(sh, &sh->typed, line, sh->line);
  free(line);
  /* A Ctrl-C during the command was its to handle; it is over now. */
  sh->sigint = 0;
  if(!sh->quit)
    rl_callback_handler_install(repl_prompt(sh), repl_on_line);
}

/* Ctrl-C at the prompt: drop the line and any unfinished statement. */
static void
repl_cancel(sh_state *sh)
{
  sh->sigint = 0;
  sh->typed.len = 0;
  if(sh->typed.s)
    sh->typed.s[0] = '\0';
  rl_replace_line("", 0);
  rl_point = rl_end = rl_mark = 0;
  fputs("^C", rl_outstream);
  rl_crlf();
  rl_callback_handler_remove();
  rl_callback_handler_install(repl_prompt(sh), repl_on_line);
}

int
sh_repl(sh_state *sh)
{
  int fd = dup(1);

  /* Prompts and questions stay on the terminal when .output moves fd 1. */
  if(fd < 0 || !(sh->tty = fdopen(fd, "w"))) {
    sh_error(sh, "%s", strerror(errno));
    if(fd >= 0)
      close(fd);
    return SH_EXIT_DATA;
  }
  rl_outstream = sh->tty;
  sh->history = repl_history_path();
  rl_readline_name = "jiceng";
  rl_catch_signals = 0;   /* ours: see repl_on_sigint */
  rl_catch_sigwinch = 0;
  rl_attempted_completion_function = repl_complete;
  /* Chinese has no spaces: only SPARQL punctuation ends a word, so a
   * label in CJK text completes as one word. */
  rl_completer_word_break_characters = " \t\n\"'(){}[],;=<>!|&+*/^";
  rl_variable_bind("input-meta", "on");
  rl_variable_bind("output-meta", "on");
  rl_variable_bind("convert-meta", "off");
  using_history();
  /* append_history() only appends: the file must exist first. */
  if(sh->history && access(sh->history, F_OK))
    write_history(sh->history);
  if(sh->history)
    read_history(sh->history);
  sh->input = NULL;
  fprintf(sh->tty, "jiceng %s on %s\nSPARQL ends with ';', .help for "
          "help, Ctrl-D to leave\n", PACKAGE_VERSION, sh_where(sh));
  rl_callback_handler_install(repl_prompt(sh), repl_on_line);
  while(!sh->quit) {
    fd_set fds;
    if(sh->sigwinch) {
      sh->sigwinch = 0;
      rl_resize_terminal();
    }
    if(sh->sigint) {
      repl_cancel(sh);
      continue;
    }
    FD_ZERO(&fds);
    FD_SET(0, &fds);
    if(select(1, &fds, NULL, NULL, NULL) < 0) {
      if(errno == EINTR)
        continue;
      break;
    }
    rl_callback_read_char();
  }
  rl_callback_handler_remove();
  if(sh->history)
    history_truncate_file(sh->history, REPL_HISTORY_MAX);
  clear_history();
  rl_outstream = NULL;
  fclose(sh->tty);
  sh->tty = NULL;
  return sh->status;
}

int
sh_ask(sh_state *sh, const char *question, char *answer, size_t size)
{
  size_t n = 0;
  char c;

  if(!sh->interactive || !sh->tty || size == 0)
    return -1;
  fputs(question, sh->tty);
  fflush(sh->tty);
  while(read(0, &c, 1) == 1 && !sh->sigint) {
    if(c == '\n')
      break;
    if(n + 1 < size)
      answer[n++] = c;
  }
  answer[n] = '\0';
  if(sh->sigint) {
    sh->sigint = 0;
    fputc('\n', sh->tty);
    return -1;
  }
  return 0;
}
