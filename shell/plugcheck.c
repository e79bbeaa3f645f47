/* shell/plugcheck.c: `jiceng plugin check FILE.so`, the conformance kit
 * plugin authors run in their own CI.  Every check runs in a child
 * process, so a plugin that crashes or hangs costs one finding, not the
 * run.  The children use only the public API: a throwaway store in memory,
 * jc_plugin_open() and jc_store_load().  Each finding is one line; the
 * exit status is 0 when every check passes, 2 otherwise, 1 on usage.
 *
 * Child to parent, one line each, tab-separated:
 *   R <ok|FAIL|warn|skip> <text>   a finding, printed as it is
 *   M <key> <value>                metadata the later checks need
 *   K <label>                      LeakSanitizer found leaks */
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "shell.h"

typedef struct check_run {
  const char *file;      /* borrowed: the plugin under test */
  char        dir[64];   /* scratch directory: inputs in dir/in */
  char        name[64];  /* the plugin's name, once known */
  char        suffix[32];/* its first suffix, or ".in" */
  char        suffixes[256]; /* all of them, space-separated */
  int         timeout;   /* seconds per child */
  int         verbose;   /* copy the children's stderr */
  int         failed, passed;
  int         leaked;    /* children that reported leaks */
  char        leaks[512];/* what LeakSanitizer said, per input */
  int         lsan;      /* LeakSanitizer is in this process */
} check_run;

typedef int (*check_lsan_fn)(void);

/* ---- the child's side --------------------------------------------------- */

static int check_out = -1;  /* in a child: the pipe to the parent */
/* In a child: 1 drops "ok" findings (one summary line instead), counting
 * the others in check_bad. */
static int check_quiet, check_bad;

static void
check_say(const char *kind, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));

static void
check_say(const char *kind, const char *fmt, ...)
{
  char line[1400];
  va_list ap;
  int n;

  if(check_quiet && !strcmp(kind, "R")) {
    if(!strncmp(fmt, "ok\t", 3))
      return;
    check_bad++;
  }
  n = snprintf(line, sizeof line, "%s\t", kind);
  va_start(ap, fmt);
  vsnprintf(line + n, sizeof line - n - 1, fmt, ap);
  va_end(ap);
  /* A message is one line: newlines from a plugin's text would split it. */
  for(char *p = line; *p; p++)
    if(*p == '\n' || *p == '\r')
      *p = ' ';
  strcat(line, "\n");
  if(write(check_out, line, strlen(line)) < 0)
    _exit(3);
}

/* The open descriptors of this process. */
static int
check_fds(void)
{
  DIR *d = opendir("/proc/self/fd");
  struct dirent *e;
  int n = 0;

  if(!d)
    return -1;
  while((e = readdir(d)))
    if(e->d_name[0] != '.')
      n++;
  closedir(d);
  return n - 1;  /* opendir's own */
}

static int
check_entries(const char *dir)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  int n = 0;

  if(!d)
    return -1;
  while((e = readdir(d)))
    if(strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
      n++;
  closedir(d);
  return n;
}

static int
check_name_ok(const char *s)
{
  if(!*s)
    return 0;
  for(; *s; s++)
    if(!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
         *s == '-' || *s == '_'))
      return 0;
  return 1;
}

/* Every suffix in the space-separated list @s starts with a dot. */
static int
check_suffixes_ok(const char *s)
{
  for(; *s; s += strcspn(s, " ")) {
    s += strspn(s, " ");
    if(*s && *s != '.')
      return 0;
  }
  return 1;
}

/* The plugin among the installed ones (and those on $JICENG_PLUGIN_PATH):
 * a suffix that one of them claims too goes to that one. */
static void
check_clashes(check_run *cr, const char *name)
{
  jc_ctx *all = jc_ctx_new();
  size_t i, n, me = SIZE_MAX, k, owner;
  const char *suffix;

  if(!all || jc_plugin_scan(all, NULL) != JC_OK) {
    jc_ctx_free(all);
    return;
  }
  n = jc_plugin_count(all);
  for(i = 0; i < n; i++)
    if(!strcmp(jc_plugin_name(all, i), name))
      me = i;  /* an installed copy of the plugin under test */
  if(me == SIZE_MAX && jc_plugin_open(all, cr->file) == JC_OK)
    me = n;
  for(k = 0; me != SIZE_MAX &&
      (suffix = jc_plugin_clash(all, me, k, &owner)); k++)
    check_say("R", "warn\tsuffixes: %s is also claimed by %s (%s), found "
              "first: such files go there unless loaded with --as %s",
              suffix, jc_plugin_name(all, owner), jc_plugin_file(all, owner),
              name);
  jc_ctx_free(all);
}

/* Open the plugin and look at its table: ABI, name, version, suffixes. */
static void
check_child_open(check_run *cr)
{
  jc_ctx *ctx = jc_ctx_new();
  const char *msg, *s;
  const jc_loader *(*entry)(unsigned);
  void *h;

  if(!ctx)
    _exit(4);
  if(jc_plugin_open(ctx, cr->file) != JC_OK) {
    msg = jc_error_message(ctx);
    check_say("R", "FAIL\t%s: %s", strstr(msg, "ABI") ? "abi" :
              strstr(msg, "loader table") ? "metadata" : "open", msg);
    jc_ctx_free(ctx);
    return;
  }
  check_say("R", "ok\topen: a jiceng plugin (jc_plugin_entry found)");
  check_say("R", "ok\tabi: %u (host %d..%d)", jc_plugin_abi(ctx, 0),
            JC_PLUGIN_ABI_MIN, JC_PLUGIN_ABI);
  /* The contract of the entry point: NULL for a host older than the ABI
   * the plugin was built for, so an old jiceng refuses it cleanly. */
  h = dlopen(cr->file, RTLD_NOW | RTLD_LOCAL);
  *(void **)&entry = h ? dlsym(h, "jc_plugin_entry") : NULL;
  if(entry && jc_plugin_abi(ctx, 0) > 0 &&
     entry(jc_plugin_abi(ctx, 0) - 1) != NULL)
    check_say("R", "FAIL\tentry: returns its table to a host of ABI %u, "
              "older than its own %u (return NULL then)",
              jc_plugin_abi(ctx, 0) - 1, jc_plugin_abi(ctx, 0));
  else if(entry)
    check_say("R", "ok\tentry: refuses a host older than ABI %u",
              jc_plugin_abi(ctx, 0));
  if(h)
    dlclose(h);
  s = jc_plugin_name(ctx, 0);
  if(check_name_ok(s))
    check_say("R", "ok\tmetadata: name \"%s\", version \"%s\"", s,
              jc_plugin_version(ctx, 0));
  else
    check_say("R", "FAIL\tmetadata: name \"%s\": use a-z, 0-9, - and _ "
              "(it is typed after --as)", s);
  if(!*jc_plugin_version(ctx, 0))
    check_say("R", "FAIL\tmetadata: empty version");
  if(*jc_plugin_description(ctx, 0))
    check_say("R", "ok\tmetadata: description \"%s\"",
              jc_plugin_description(ctx, 0));
  else
    check_say("R", "warn\tmetadata: no description (`jiceng plugins` "
              "shows it)");
  check_say("M", "name\t%s", s);
  s = jc_plugin_suffixes(ctx, 0);
  if(!*s)
    check_say("R", "warn\tsuffixes: none; files load only with --as");
  else if(!check_suffixes_ok(s))
    check_say("R", "FAIL\tsuffixes: \"%s\": each starts with '.'", s);
  else
    check_say("R", "ok\tsuffixes: %s", s);
  check_say("M", "suffix\t%.*s", (int)strcspn(s, " "), s);
  check_say("M", "suffixes\t%s", s);
  check_clashes(cr, jc_plugin_name(ctx, 0));
  jc_ctx_free(ctx);
}

/* What a load must do (check_child_load, check_fork's mode - 1). */
enum { CHECK_LOADS, CHECK_REFUSED, CHECK_EITHER, CHECK_REFUSED_QUIET };

/* Load @input (in the current directory) once into a fresh store.  With
 * CHECK_EITHER it may load or be refused, but a refusal names a position;
 * CHECK_REFUSED_QUIET prints one line unless something is wrong. */
static void
check_child_load(check_run *cr, const char *input, const char *label,
                 int expect)
{
  int must_fail = expect == CHECK_REFUSED || expect == CHECK_REFUSED_QUIET;
  jc_ctx *ctx = jc_ctx_new();
  jc_load_opts lo = { cr->name, NULL, 1 };
  jc_load_report rep;
  jc_source *src;
  size_t nbefore = 0, nafter = 0;
  long cbefore, cafter;
  int fds, files;
  jc_status st;
  const char *msg;
  char pos[128];

  if(!ctx)
    _exit(4);
  check_quiet = expect == CHECK_REFUSED_QUIET;
  if(jc_store_open(ctx, NULL) != JC_OK ||
     jc_plugin_open(ctx, cr->file) != JC_OK) {
    check_say("R", "FAIL\t%s: cannot set up: %s", label,
              jc_error_message(ctx));
    jc_ctx_free(ctx);
    return;
  }
  cbefore = jc_store_count(ctx);
  if(jc_store_sources(ctx, &src, &nbefore) == JC_OK)
    jc_sources_free(src, nbefore);
  fds = check_fds();
  files = check_entries(".");
  st = jc_store_load(ctx, input, &lo, &rep);
  msg = jc_error_message(ctx);
  snprintf(pos, sizeof pos, "%s:", input);
  if(st == JC_OK) {
    if(must_fail)
      check_say("R", "FAIL\t%s: accepted (%ld triples); a malformed input "
                "must be refused with jc_load_error()", label, rep.triples);
    else
      check_say("R", "ok\t%s: loaded, %ld triples", label, rep.triples);
    jc_load_report_clear(&rep);
  } else if(strstr(msg, "leaked memory")) {
    /* The host's own child ran LeakSanitizer after the plugin returned:
     * the load itself went through. */
    check_say("R", "ok\t%s: loaded", label);
    check_say("K", "%s", label);
    st = JC_OK;
  } else if(strstr(msg, "crashed (signal")) {
    /* The host ran the plugin in a child of its own and saw it die. */
    const char *c = strstr(msg, "crashed (signal");
    check_say("R", "FAIL\t%s: plugin %.*s", label,
              (int)(strcspn(c, ")") + 1), c);
  } else if(strstr(msg, "without saying why")) {
    check_say("R", "FAIL\t%s: the plugin failed without saying why (call "
              "jc_load_error() with the line and column)", label);
  } else if(strncmp(msg, pos, strlen(pos))) {
    check_say("R", "FAIL\t%s: the error does not name the file: %s", label,
              msg);
  } else if(expect != CHECK_LOADS && !(msg[strlen(pos)] >= '1' &&
                                       msg[strlen(pos)] <= '9')) {
    check_say("R", "FAIL\t%s: the error has no line and column (pass them "
              "to jc_load_error()): %s", label, msg);
  } else {
    check_say("R", "ok\t%s: refused: %s", label, msg);
  }
  if(st != JC_OK) {
    cafter = jc_store_count(ctx);
    if(jc_store_sources(ctx, &src, &nafter) == JC_OK)
      jc_sources_free(src, nafter);
    if(cafter == cbefore && nafter == nbefore)
      check_say("R", "ok\t%s: the store is unchanged after the failed load",
                label);
    else
      check_say("R", "FAIL\t%s: the failed load changed the store (%ld "
                "triples before, %ld after)", label, cbefore, cafter);
  }
  if(check_entries(".") != files)
    check_say("R", "FAIL\t%s: files left behind beside the input", label);
  else if(check_fds() > fds)
    check_say("R", "FAIL\t%s: %d file descriptor(s) left open", label,
              check_fds() - fds);
  else
    check_say("R", "ok\t%s: no files or descriptors left behind", label);
  if(check_quiet && !check_bad) {
    check_quiet = 0;
    check_say("R", "ok\t%s: refused at a position, store unchanged",
              label);
  }
  jc_ctx_free(ctx);
  if(cr->lsan) {
    check_lsan_fn leak_check;
    *(void **)&leak_check = dlsym(RTLD_DEFAULT,
                                  "__lsan_do_recoverable_leak_check");
    if(leak_check && leak_check())
      check_say("K", "%s", label);
  }
}

/* ---- the parent's side -------------------------------------------------- */

static void
check_print(check_run *cr, const char *kind, const char *text)
{
  if(!strcmp(kind, "FAIL"))
    cr->failed++;
  else if(!strcmp(kind, "ok"))
    cr->passed++;
  printf("%-4s %s\n", kind, text);
  fflush(stdout);
}

/* "N byte(s) leaked in M allocation(s)" from a LeakSanitizer report. */
static void
check_lsan_summary(const char *log, char *out, size_t size)
{
  FILE *f = fopen(log, "r");
  char line[512], *p;

  snprintf(out, size, "leaks found");
  while(f && fgets(line, sizeof line, f))
    if((p = strstr(line, "SUMMARY: AddressSanitizer: "))) {
      p += strlen("SUMMARY: AddressSanitizer: ");
      p[strcspn(p, ".\n")] = '\0';
      snprintf(out, size, "%s", p);
    }
  if(f)
    fclose(f);
}

static void
check_copy_log(const char *log)
{
  FILE *f = fopen(log, "r");
  char line[1024];

  while(f && fgets(line, sizeof line, f))
    printf("     | %s", line);
  if(f)
    fclose(f);
}

/* What a check's child needs (check_fork). */
typedef struct check_start {
  check_run  *cr;
  const char *log;    /* its stderr goes here */
  int        *fds;    /* the pipe; it writes fds[1] */
  int         mode;   /* 0: open the plugin; else check_fork's mode */
  const char *input, *label;
} check_start;

static int
check_child(void *data)
{
  check_start *c = data;
  int err = open(c->log, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  setpgid(0, 0);
  close(c->fds[0]);
  check_out = c->fds[1];
  if(err >= 0)
    dup2(err, 2);
  /* The default actions, so a crash is a signal the parent sees, not a
   * sanitizer's or the shell's handler. */
  signal(SIGSEGV, SIG_DFL);
  signal(SIGBUS, SIG_DFL);
  signal(SIGFPE, SIG_DFL);
  signal(SIGILL, SIG_DFL);
  signal(SIGINT, SIG_DFL);
  if(c->mode == 0)
    check_child_open(c->cr);
  else {
    char in[128];
    snprintf(in, sizeof in, "%s/in", c->cr->dir);
    if(chdir(in))
      return 5;
    check_child_load(c->cr, c->input, c->label, c->mode - 1);
  }
  return 0;
}

/* Run @what in a child, in its own process group (a hung plugin's own
 * children go with it), and print what it says. */
static void
check_fork(check_run *cr, const char *label, int mode, const char *input)
{
  check_start child;
  int fds[2], status = 0, timed_out = 0;
  char log[128], buf[4096], line[2048];
  size_t llen = 0;
  time_t deadline = time(NULL) + cr->timeout;
  pid_t pid;

  snprintf(log, sizeof log, "%s/stderr.log", cr->dir);
  if(pipe(fds))
    return check_print(cr, "FAIL", "cannot start a child process");
  child.cr = cr;
  child.log = log;
  child.fds = fds;
  child.mode = mode;
  child.input = input;
  child.label = label;
  pid = jc_child_start(check_child, &child);
  close(fds[1]);
  if(pid < 0) {
    close(fds[0]);
    return check_print(cr, "FAIL", "cannot start a child process");
  }
  setpgid(pid, pid);
  for(;;) {
    struct pollfd pf = { fds[0], POLLIN, 0 };
    long left = (long)(deadline - time(NULL));
    ssize_t n;
    char *nl;
    if(left <= 0 || poll(&pf, 1, (int)left * 1000) == 0) {
      timed_out = 1;
      kill(-pid, SIGKILL);
      break;
    }
    n = read(fds[0], buf, sizeof buf);
    if(n < 0 && errno == EINTR)
      continue;
    if(n <= 0)
      break;
    if(llen + n >= sizeof line)
      n = sizeof line - llen - 1;
    memcpy(line + llen, buf, n);
    llen += n;
    line[llen] = '\0';
    while((nl = strchr(line, '\n'))) {
      char *kind = line, *rest;
      *nl = '\0';
      rest = strchr(kind, '\t');
      if(rest)
        *rest++ = '\0';
      if(rest && !strcmp(kind, "R")) {
        char *t = strchr(rest, '\t');
        if(t) {
          *t++ = '\0';
          check_print(cr, rest, t);
        }
      } else if(rest && !strcmp(kind, "M")) {
        char *v = strchr(rest, '\t');
        if(v)
          *v++ = '\0';
        if(v && !strcmp(rest, "name"))
          snprintf(cr->name, sizeof cr->name, "%s", v);
        else if(v && !strcmp(rest, "suffix") && *v)
          snprintf(cr->suffix, sizeof cr->suffix, "%s", v);
        else if(v && !strcmp(rest, "suffixes"))
          snprintf(cr->suffixes, sizeof cr->suffixes, "%s", v);
      } else if(rest && !strcmp(kind, "K")) {
        char sum[200];
        size_t used = strlen(cr->leaks);
        check_lsan_summary(log, sum, sizeof sum);
        snprintf(cr->leaks + used, sizeof cr->leaks - used, "%s%s (%s)",
                 used ? "; " : "", sum, rest);
        cr->leaked++;
      }
      llen -= nl + 1 - line;
      memmove(line, nl + 1, llen + 1);
    }
  }
  close(fds[0]);
  jc_child_wait(pid, &status);
  if(timed_out) {
    snprintf(line, sizeof line, "%s: no answer after %d s (does the "
             "plugin hang?)", label, cr->timeout);
    check_print(cr, "FAIL", line);
  } else if(WIFSIGNALED(status)) {
    snprintf(line, sizeof line, "%s: plugin crashed (signal %d, %s)", label,
             WTERMSIG(status), strsignal(WTERMSIG(status)));
    check_print(cr, "FAIL", line);
  } else if(WIFEXITED(status) && WEXITSTATUS(status)) {
    snprintf(line, sizeof line, "%s: the check itself failed (exit %d)",
             label, WEXITSTATUS(status));
    check_print(cr, "FAIL", line);
  }
  if(cr->verbose || (WIFEXITED(status) && WEXITSTATUS(status)))
    check_copy_log(log);
}

/* Binary junk that is no text in any encoding: NUL, bytes that start no
 * UTF-8 or GB18030 character, and stray syntax from common formats. */
static const char check_junk[] =
  "\xFF\xFE\x00\x01\x80\x81\xC3\x28 {{{ <<< \"\"\" ,,,\n\xFE\xFF\x00";

static int
check_write(const char *path, const char *data, size_t len)
{
  FILE *f = fopen(path, "wb");
  int rc;

  if(!f)
    return -1;
  rc = fwrite(data, 1, len, f) == len ? 0 : -1;
  return fclose(f) ? -1 : rc;
}

/* Inputs that are cut short, in someone else's format, or one line of
 * 4 MiB: the plugin may load them or refuse them at a position, but must
 * not crash, hang or leak.  The long line is a comment in most formats
 * ('#'): what it tests is the plugin's line buffer.  Then the malformed input under each further
 * suffix, since a plugin may read each differently. */
static void
check_inputs(check_run *cr, const char *in)
{
  static const char cut[] = "a\n\xE5\x90";  /* ends inside a character */
  static const char other[] = "<?xml version=\"1.0\"?>\n{\"not\": "
                              "[\"this\", \"format\"]}\n@prefix x: <y> .\n";
  size_t huge = 4 << 20;
  char f[192], label[64], *big = malloc(huge + 1);
  const char *s = cr->suffixes + strcspn(cr->suffixes, " ");

  snprintf(f, sizeof f, "%s/truncated%s", in, cr->suffix);
  check_write(f, cut, sizeof cut - 1);
  snprintf(f, sizeof f, "truncated%s", cr->suffix);
  check_fork(cr, "truncated input", 1 + CHECK_EITHER, f);
  snprintf(f, sizeof f, "%s/header%s", in, cr->suffix);
  check_write(f, other, sizeof other - 1);
  snprintf(f, sizeof f, "header%s", cr->suffix);
  check_fork(cr, "wrong header", 1 + CHECK_EITHER, f);
  if(big) {
    memset(big, 'a', huge);
    big[0] = '#';
    big[huge] = '\n';
    snprintf(f, sizeof f, "%s/huge%s", in, cr->suffix);
    check_write(f, big, huge + 1);
    free(big);
    snprintf(f, sizeof f, "huge%s", cr->suffix);
    check_fork(cr, "huge line", 1 + CHECK_EITHER, f);
  }
  for(s += strspn(s, " "); *s; s += strspn(s, " ")) {
    int n = (int)strcspn(s, " ");
    snprintf(f, sizeof f, "%s/malformed%.*s", in, n, s);
    check_write(f, check_junk, sizeof check_junk - 1);
    snprintf(f, sizeof f, "malformed%.*s", n, s);
    snprintf(label, sizeof label, "suffix %.*s", n, s);
    check_fork(cr, label, 1 + CHECK_REFUSED_QUIET, f);
    s += n;
  }
}

/* The valgrind executable on $PATH, or NULL.  New string. */
static char *
check_find_valgrind(void)
{
  const char *path = getenv("PATH"), *env = getenv("JICENG_VALGRIND");
  char *copy, *dir, *save = NULL, *found = NULL;

  if(env && !strcmp(env, "0"))
    return NULL;
  if(!path || !(copy = strdup(path)))
    return NULL;
  for(dir = strtok_r(copy, ":", &save); dir && !found;
      dir = strtok_r(NULL, ":", &save)) {
    char *f = malloc(strlen(dir) + 10);
    if(f && (sprintf(f, "%s/valgrind", dir), !access(f, X_OK)))
      found = f;
    else
      free(f);
  }
  free(copy);
  return found;
}

typedef struct check_vg {
  check_run  *cr;
  const char *valgrind, *logs, *self;
} check_vg;

/* The child: this program under valgrind, its output to /dev/null. */
static int
check_valgrind_child(void *data)
{
  check_vg *v = data;
  int null = open("/dev/null", O_WRONLY);

  if(null >= 0) {
    dup2(null, 1);
    dup2(null, 2);
  }
  setenv("JICENG_PLUGIN_PATH", "", 1);
  execl(v->valgrind, "valgrind", "-q", "--leak-check=full",
        "--show-leak-kinds=definite", "--errors-for-leak-kinds=definite",
        v->logs, v->self, "plugin", "check", "--loads-in", v->cr->dir,
        "--as", v->cr->name, "--suffix", v->cr->suffix, v->cr->file,
        (char *)NULL);
  return 127;
}

/* Leaks in a jiceng without LeakSanitizer: the same loads again, in this
 * program re-run under valgrind, which follows the host's own children. */
static void
check_valgrind(check_run *cr, const char *valgrind)
{
  check_vg vg;
  char logs[128], in[384], line[512], msg[256], self[4096];
  ssize_t n;
  pid_t pid;
  int status = 0;
  long bytes = 0, blocks = 0;
  DIR *d;
  struct dirent *e;

  /* valgrind would read /proc/self/exe as itself: name this program. */
  if((n = readlink("/proc/self/exe", self, sizeof self - 1)) <= 0) {
    check_print(cr, "skip", "leaks: not checked: cannot find this program");
    return;
  }
  self[n] = '\0';
  snprintf(logs, sizeof logs, "--log-file=%s/vg.%%p", cr->dir);
  vg.cr = cr;
  vg.valgrind = valgrind;
  vg.logs = logs;
  vg.self = self;
  pid = jc_child_start(check_valgrind_child, &vg);
  if(pid < 0 || jc_child_wait(pid, &status) || !WIFEXITED(status) ||
     WEXITSTATUS(status)) {
    snprintf(msg, sizeof msg, "leaks: not checked: the run under valgrind "
             "failed (%s %d)", WIFEXITED(status) ? "exit" : "signal",
             WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
    check_print(cr, "skip", msg);
    return;
  }
  d = opendir(cr->dir);
  while(d && (e = readdir(d))) {
    FILE *f;
    if(strncmp(e->d_name, "vg.", 3))
      continue;
    snprintf(in, sizeof in, "%s/%s", cr->dir, e->d_name);
    f = fopen(in, "r");
    while(f && fgets(line, sizeof line, f)) {
      /* -q keeps only the records: "==7== 4,096 bytes in 1 blocks are
       * definitely lost in loss record 5 of 9" */
      char *p = strstr(line, "== "), *q;
      if(!p || !strstr(line, " are definitely lost"))
        continue;
      p += 3;
      for(q = p; *q; q++)
        if(*q == ',')
          memmove(q, q + 1, strlen(q));
      bytes += strtol(p, &q, 10);
      if((q = strstr(q, " in ")))
        blocks += strtol(q + 4, NULL, 10);
    }
    if(f)
      fclose(f);
    if(cr->verbose)
      check_copy_log(in);
  }
  if(d)
    closedir(d);
  if(bytes) {
    snprintf(msg, sizeof msg, "leaks: %ld bytes in %ld block%s definitely "
             "lost (valgrind)", bytes, blocks,
             blocks == 1 ? "" : "s");
    check_print(cr, "FAIL", msg);
  } else
    check_print(cr, "ok", "leaks: none (valgrind)");
}

static void
check_cleanup(const char *dir)
{
  char sub[128];
  DIR *d;
  struct dirent *e;
  int i;

  for(i = 0; i < 2; i++) {
    snprintf(sub, sizeof sub, i ? "%s" : "%s/in", dir);
    if(!(d = opendir(sub)))
      continue;
    while((e = readdir(d))) {
      char f[512];
      if(!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
        continue;
      snprintf(f, sizeof f, "%s/%s", sub, e->d_name);
      remove(f);
    }
    closedir(d);
    rmdir(sub);
  }
}

int
cmd_plugin_check(sh_state *sh, int argc, char **argv)
{
  static const struct option opts[] = {
    { "timeout", required_argument, NULL, 't' },
    { "verbose", no_argument, NULL, 'v' },
    { "loads-in", required_argument, NULL, 'L' },  /* valgrind's run */
    { "as", required_argument, NULL, 'a' },
    { "suffix", required_argument, NULL, 's' },
    { NULL, 0, NULL, 0 }
  };
  const char *loads_in = NULL, *base, *shown;
  check_run cr;
  char path[4096], *valgrind;
  int c;

  (void)sh;
  memset(&cr, 0, sizeof cr);
  cr.timeout = 60;
  snprintf(cr.suffix, sizeof cr.suffix, ".in");
  if(argc < 2 || strcmp(argv[1], "check"))
    return sh_command_usage("plugin");
  argc--;
  argv++;
  optind = 0;
  while((c = getopt_long(argc, argv, "+t:v", opts, NULL)) != -1)
    switch(c) {
    case 't': cr.timeout = atoi(optarg); break;
    case 'v': cr.verbose = 1; break;
    case 'L': loads_in = optarg; break;
    case 'a': snprintf(cr.name, sizeof cr.name, "%s", optarg); break;
    case 's': snprintf(cr.suffix, sizeof cr.suffix, "%s", optarg); break;
    default: return sh_command_usage("plugin");
    }
  if(optind + 1 != argc || cr.timeout <= 0)
    return sh_command_usage("plugin");
  cr.file = argv[optind];
  if(loads_in) {
    /* Under valgrind: the two loads in this process, findings dropped. */
    check_out = open("/dev/null", O_WRONLY);
    snprintf(path, sizeof path, "%s/in", loads_in);
    if(chdir(path))
      return SH_EXIT_DATA;
    snprintf(path, sizeof path, "empty%s", cr.suffix);
    check_child_load(&cr, path, "empty input", CHECK_LOADS);
    snprintf(path, sizeof path, "malformed%s", cr.suffix);
    check_child_load(&cr, path, "malformed input", CHECK_REFUSED);
    close(check_out);
    return SH_EXIT_OK;
  }
  /* The children work in the scratch directory, and dlopen() looks a
   * bare name up in the library path: give them the full path. */
  if(!realpath(cr.file, path)) {
    fprintf(stderr, "jiceng: %s: %s\n", cr.file, strerror(errno));
    return SH_EXIT_DATA;
  }
  shown = cr.file;
  cr.file = path;
  cr.lsan = dlsym(RTLD_DEFAULT, "__lsan_do_recoverable_leak_check") != NULL;
#ifndef JC_SANITIZE
  if(cr.lsan) {
    /* AddressSanitizer preloaded into a jiceng built without it: its
     * forked children hang on glibc's locale lock (seen in json-c and in
     * p11-kit's destructor at exit), so this would never finish. */
    fputs("jiceng: plugin check: AddressSanitizer is preloaded (LD_PRELOAD)"
          " into a jiceng built without it, which hangs; leaks are checked "
          "with valgrind when it is on PATH, or use a jiceng configured "
          "with --enable-sanitizers (see jiceng-plugin(7))\n", stderr);
    fflush(NULL);
    _exit(SH_EXIT_USAGE);  /* even exit() hangs there, in a destructor */
  }
#endif
  base = getenv("TMPDIR");
  snprintf(cr.dir, sizeof cr.dir, "%s/jiceng-check.XXXXXX",
           base && *base ? base : "/tmp");
  if(!mkdtemp(cr.dir)) {
    fprintf(stderr, "jiceng: %s: %s\n", cr.dir, strerror(errno));
    return SH_EXIT_DATA;
  }
  check_fork(&cr, "open", 0, NULL);
  if(cr.name[0]) {  /* the table was usable: load through it */
    char in[128], f[192];
    snprintf(in, sizeof in, "%s/in", cr.dir);
    mkdir(in, 0700);
    snprintf(f, sizeof f, "%s/empty%s", in, cr.suffix);
    check_write(f, "", 0);
    snprintf(f, sizeof f, "empty%s", cr.suffix);
    check_fork(&cr, "empty input", 1, f);
    snprintf(f, sizeof f, "%s/malformed%s", in, cr.suffix);
    check_write(f, check_junk, sizeof check_junk - 1);
    snprintf(f, sizeof f, "malformed%s", cr.suffix);
    check_fork(&cr, "malformed input", 2, f);
    check_inputs(&cr, in);
    if(cr.leaked) {
      char msg[600];
      snprintf(msg, sizeof msg, "leaks: %s (LeakSanitizer)", cr.leaks);
      check_print(&cr, "FAIL", msg);
    } else if(cr.lsan)
      check_print(&cr, "ok", "leaks: none (LeakSanitizer)");
    else if((valgrind = check_find_valgrind())) {
      check_valgrind(&cr, valgrind);
      free(valgrind);
    } else
      check_print(&cr, "skip", "leaks: not checked (no LeakSanitizer in "
                  "this jiceng, no valgrind on PATH; see jiceng-plugin(7))");
  }
  check_cleanup(cr.dir);
  printf("%s %s: %d passed, %d failed\n", cr.failed ? "FAIL" : "PASS",
         shown, cr.passed, cr.failed);
  return cr.failed ? SH_EXIT_DATA : SH_EXIT_OK;
}
