/* shell/run.c: running statements, whatever the input: a terminal (through
 * repl.c), a script, stdin, -c or .read all come here line by line, so they
 * behave alike.  Also the output side every command shares: rendering in
 * the current mode, query errors with a caret, .output redirection.  Where
 * a statement ends is input.c's business; dot commands are dot.c's. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "shell.h"

void
sh_init(sh_state *sh)
{
  memset(sh, 0, sizeof *sh);
  strcpy(sh->mode, "table");
  sh->headers = 1;
  sh->saved_stdout = -1;
}

void
sh_fail(sh_state *sh, int status)
{
  if(status > sh->status)
    sh->status = status;
  if(status != SH_EXIT_OK && sh->bail)
    sh->quit = 1;
}

int
sh_term_width(sh_state *sh)
{
  struct winsize ws;

  if(sh->width > 0)
    return sh->width;
  if(isatty(1) && !ioctl(1, TIOCGWINSZ, &ws) && ws.ws_col > 0)
    return ws.ws_col;
  return 0;
}

void
sh_output_restore(sh_state *sh)
{
  fflush(stdout);
  if(sh->saved_stdout >= 0) {
    dup2(sh->saved_stdout, 1);
    close(sh->saved_stdout);
    sh->saved_stdout = -1;
  }
  sh->once = 0;
}

void
sh_render_opts(sh_state *sh, jc_render_opts *ro)
{
  ro->headers = sh->headers;
  ro->labels = sh->labels;
  ro->max_width = sh_term_width(sh);
  ro->wrap = sh->wrap;
}

int
sh_render(sh_state *sh, const jc_result *r, const char *mode)
{
  jc_render_opts ro;
  jc_result_kind k = jc_result_get_kind(r);
  jc_status st;

  /* One mode for every statement: a graph has no table of its own, and a
   * SELECT has no Turtle form, so each falls back to the other. */
  if(k == JC_RESULT_GRAPH && !strcmp(mode, "table"))
    mode = "turtle";
  else if(k != JC_RESULT_GRAPH && (!strcmp(mode, "turtle") ||
                                   !strcmp(mode, "ntriples")))
    mode = "table";
  sh_render_opts(sh, &ro);
  st = jc_render(sh->ctx, r, mode, &ro, stdout);
  if(st != JC_OK) {
    sh_error(sh, "%s", jc_error_message(sh->ctx));
    return sh_exit_for(st);
  }
  return fflush(stdout) ? SH_EXIT_DATA : SH_EXIT_OK;
}

/* The graph syntaxes, which a table of solutions cannot take. */
static int
run_is_graph_format(const char *f)
{
  return !strcmp(f, "turtle") || !strcmp(f, "ntriples");
}

jc_status
sh_print_query(sh_state *sh, const char *text, const jc_query_opts *qo,
               const char *format, int lenient, const jc_render_opts *ro)
{
  const char *rows = !format || qo->explain ? "table" : format;
  jc_render_stream *rs;
  jc_result *r = NULL;
  jc_status st, end;

  if(lenient && run_is_graph_format(rows))
    rows = "table";
  if((st = jc_render_stream_new(sh->ctx, rows, ro, stdout, &rs)) != JC_OK)
    return st;
  st = jc_query_stream(sh->ctx, text, qo, jc_render_stream_sink(rs), &r);
  end = jc_render_stream_end(rs);
  if(st == JC_OK)
    st = end;
  if(st == JC_OK && jc_result_get_kind(r) != JC_RESULT_BINDINGS) {
    int graph = jc_result_get_kind(r) == JC_RESULT_GRAPH;
    const char *f = !format ? (graph ? "turtle" : "table") : format;
    if(lenient && graph && !strcmp(f, "table"))
      f = "turtle";
    st = jc_render(sh->ctx, r, f, ro, stdout);
  }
  jc_result_free(r);
  return st;
}

jc_status
sh_query(sh_state *sh, const char *text, jc_result **out)
{
  jc_status st = jc_query_exec(sh->ctx, text, out);

  if(st != JC_OK)
    sh_error(sh, "%s", jc_error_message(sh->ctx));
  return st;
}

/* A query error "L:C: what" inside @text, which starts at @line, column
 * @col of the input: say where, then show the line with a caret. */
static void
run_report(sh_state *sh, const char *text, long line, long col)
{
  const char *msg = jc_error_message(sh->ctx);
  char *rest;
  long l, c;

  l = strtol(msg, &rest, 10);
  if(l <= 0 || *rest != ':' || (c = strtol(rest + 1, &rest, 10)) <= 0 ||
     *rest != ':') {
    sh_error(sh, "%s", msg);
    return;
  }
  if(!sh->input)  /* typed or -c: the statement is the file */
    sh_error(sh, "%s", msg);
  else
    sh_error(sh, "%s:%ld:%ld:%s", sh->input, line + l - 1,
             l == 1 ? col + c - 1 : c, rest + 1);
  sh_show_caret(text, l, c);
}

/* Line @l of @text with a caret under column @c (characters). */
void
sh_show_caret(const char *text, long l, long c)
{
  const char *ls, *le;
  long i;
  size_t w, off = 0;

  for(ls = text, i = 1; i < l && ls; i++)
    ls = (ls = strchr(ls, '\n')) ? ls + 1 : NULL;
  if(!ls)
    return;
  le = strchr(ls, '\n');
  le = le ? le : ls + strlen(ls);
  fputs("  ", stderr);
  for(i = 0; ls + i < le; i++)
    fputc(ls[i] == '\t' ? ' ' : ls[i], stderr);
  for(i = 1; i < c && ls + off < le; i++) {  /* columns count characters */
    off++;
    while(ls + off < le && ((unsigned char)ls[off] & 0xC0) == 0x80)
      off++;
  }
  w = jc_text_width(ls, off);
  fprintf(stderr, "\n  %*s^\n", (int)w, "");
}

static double
run_now(void)
{
  struct timespec ts;

  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Run one statement here and show its result or error. */
static int
run_here(sh_state *sh, const char *text, long line, long col)
{
  double t0 = run_now();
  jc_query_opts qo = { NULL, NULL, sh->timeout, NULL, sh->explain, 0 };
  jc_render_opts ro;
  jc_status st;

  sh_render_opts(sh, &ro);
  st = sh_print_query(sh, text, &qo, sh->mode, 1, &ro);
  if(st != JC_OK) {
    if(st == JC_ERR_QUERY)
      run_report(sh, text, line, col);
    else
      sh_error(sh, "%s", jc_error_message(sh->ctx));
    return sh_exit_for(st);
  }
  if(sh->timer)
    fprintf(stderr, "Time: %.3f ms\n", (run_now() - t0) * 1000);
  return fflush(stdout) ? SH_EXIT_DATA : SH_EXIT_OK;
}

/* Run the statements in @buf: each piece before a ';' (or the whole
 * text at end of input), numbered from the line where it starts. */
static void
run_pieces(sh_state *sh, sh_buf *buf, int at_end)
{
  char *p = buf->s;
  size_t len = buf->len;
  long line = buf->line, col = 1, e;

  while(!sh->quit && !sh->sigint && len) {
    size_t n, i;
    e = sh_input_end(p, len);
    if(e < 0 && !at_end)
      break;
    n = e < 0 ? len : (size_t)e;
    if(!sh_input_blank(p, n)) {
      int once = sh->once, rc;
      char save = p[n];
      p[n] = '\0';
      /* in this process: the engine checks for Ctrl-C (jc_ctx_interrupt)
       * often enough to stop within 100 ms, and LMDB must not be used
       * across fork() */
      rc = run_here(sh, p, line, col);
      p[n] = save;
      sh_fail(sh, rc);
      if(once)
        sh_output_restore(sh);
    }
    for(i = 0; i < n; i++) {
      col++;
      if(p[i] == '\n') {
        line++;
        col = 1;
      }
    }
    if(e < 0)
      break;
    p += n + 1;
    len -= n + 1;
    col++;
  }
  buf->len = 0;
  buf->s[0] = '\0';
}

static int
run_append(sh_buf *buf, const char *text)
{
  size_t n = strlen(text);

  if(buf->len + n + 2 > buf->cap) {
    size_t cap = buf->cap ? buf->cap : 256;
    char *g;
    while(cap < buf->len + n + 2)
      cap *= 2;
    if(!(g = realloc(buf->s, cap)))
      return -1;
    buf->s = g;
    buf->cap = cap;
  }
  memcpy(buf->s + buf->len, text, n);
  buf->len += n;
  buf->s[buf->len++] = '\n';
  buf->s[buf->len] = '\0';
  return 0;
}

int
sh_feed(sh_state *sh, sh_buf *buf, const char *text, long line)
{
  if(!buf->len) {
    const char *t = text + strspn(text, " \t\r");
    if(*t == '.') {  /* a dot command: one line, no ';' */
      double t0 = run_now();
      int once = sh->once, timed = sh->timer, rc = sh_dot(sh, t);
      if(timed && sh->timer)  /* not for the .timer that turns it on or off */
        fprintf(stderr, "Time: %.3f ms\n", (run_now() - t0) * 1000);
      sh_fail(sh, rc);
      if(once && sh->once)
        sh_output_restore(sh);
      return 0;
    }
    if(sh_input_blank(t, strlen(t)))
      return 0;
    buf->line = line;
  }
  if(run_append(buf, text)) {
    sh_error(sh, "out of memory");
    sh_fail(sh, SH_EXIT_DATA);
    return 0;
  }
  if(sh_input_ready(buf->s, buf->len))
    run_pieces(sh, buf, 0);
  return buf->len != 0;
}

int
sh_flush(sh_state *sh, sh_buf *buf)
{
  if(buf->len)
    run_pieces(sh, buf, 1);
  return sh->status;
}

int
sh_run_file(sh_state *sh, FILE *in, const char *name)
{
  const char *saved_input = sh->input;
  long saved_line = sh->line;
  sh_buf buf = { NULL, 0, 0, 0 };
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;

  sh->input = name;
  sh->line = 0;
  while(!sh->quit && !sh->sigint && (n = getline(&line, &cap, in)) >= 0) {
    if(n && line[n - 1] == '\n')
      line[--n] = '\0';
    sh->line++;
    sh_feed(sh, &buf, line, sh->line);
  }
  if(!sh->quit && !sh->sigint)
    sh_flush(sh, &buf);
  if(sh->sigint && !sh->interactive) {  /* Ctrl-C stops a script */
    sh_error(sh, "interrupted");
    sh_fail(sh, SH_EXIT_DATA);
    sh->quit = 1;
  }
  free(line);
  free(buf.s);
  sh->input = saved_input;
  sh->line = saved_line;
  return sh->status;
}

int
sh_run_text(sh_state *sh, const char *text, const char *name)
{
  FILE *in;
  int rc;

  if(!*text)
    return sh->status;
  if(!(in = fmemopen((void *)text, strlen(text), "r"))) {
    sh_error(sh, "%s", strerror(errno));
    sh_fail(sh, SH_EXIT_DATA);
    return sh->status;
  }
  rc = sh_run_file(sh, in, name);
  fclose(in);
  return rc;
}
