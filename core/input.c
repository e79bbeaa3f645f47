/* core/input.c: what a load or an extract reads (jc_input_*).  A regular
 * file is read where it is; anything else that could block or never end
 * (a FIFO, a device such as /dev/zero, a socket) is refused before the
 * store is touched; "-" is standard input, a stream the user asked for,
 * copied whole to a private spool file first, because the plugin runs in
 * a child process and may read its input more than once. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal.h"

#define INPUT_SPOOL "stdin"  /* the spool's name inside its directory */
#define INPUT_STDIN "stdin"  /* standard input's name in messages */

/* The kind of a file that is neither regular nor a directory. */
static const char *
input_kind(mode_t m)
{
  return S_ISFIFO(m) ? "a FIFO" : S_ISCHR(m) ? "a character device" :
         S_ISBLK(m) ? "a block device" : S_ISSOCK(m) ? "a socket" :
         "not a regular file";
}

/* Copy standard input to @in->file, in a new directory of $TMPDIR; on
 * failure what was made is left for jc_input_close(). */
static jc_status
input_spool(jc_ctx *ctx, jc_input *in)
{
  const char *tmp = getenv("TMPDIR");
  char buf[1 << 16];
  FILE *f = NULL;
  size_t n;
  int e = 0;

  if(!tmp || !*tmp)
    tmp = "/tmp";
  if(!(in->spool = malloc(strlen(tmp) + 16)) ||
     !(in->file = malloc(strlen(tmp) + 16 + sizeof INPUT_SPOOL)))
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  sprintf(in->spool, "%s/jiceng-XXXXXX", tmp);
  if(!mkdtemp(in->spool)) {
    e = errno;
    free(in->spool);
    in->spool = NULL;  /* nothing to remove */
    return jc_error(ctx, JC_ERR_IO, "stdin: cannot make a spool directory "
                    "in %s: %s", tmp, strerror(e));
  }
  sprintf(in->file, "%s/" INPUT_SPOOL, in->spool);
  if(!(f = fopen(in->file, "wb")))
    e = errno;
  while(f && !e && (n = fread(buf, 1, sizeof buf, stdin)) > 0)
    if(fwrite(buf, 1, n, f) != n)
      e = errno ? errno : EIO;
  if(f && !e && ferror(stdin))
    e = errno ? errno : EIO;
  if(f && fclose(f) && !e)
    e = errno;
  if(e)
    return jc_error(ctx, JC_ERR_IO, "stdin: cannot copy to %s: %s",
                    in->file, strerror(e));
  return JC_OK;
}

jc_status
jc_input_open(jc_ctx *ctx, const char *path, const char *as, jc_input *in)
{
  struct stat sb;

  memset(in, 0, sizeof *in);
  if(!strcmp(path, "-")) {
    if(!as)
      return jc_error(ctx, JC_ERR_USAGE, "standard input (-) needs a "
                      "loader: name one with --as (see `jiceng plugins`)");
    in->name = INPUT_STDIN;
    if(!(in->iri = jc_strdup(JC_SOURCE_STDIN)))
      return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
    return input_spool(ctx, in);
  }
  in->name = path;
  if(stat(path, &sb))
    return jc_error(ctx, JC_ERR_IO, "%s: %s", path, strerror(errno));
  if(!S_ISREG(sb.st_mode) && !S_ISDIR(sb.st_mode))
    return jc_error(ctx, JC_ERR_IO, "%s: %s, not a regular file: refused, "
                    "as reading it could block or never end; to load a "
                    "stream, pipe it in: jiceng load - --as PLUGIN", path,
                    input_kind(sb.st_mode));
  if(!(in->file = jc_strdup(path)) ||
     !(in->iri = jc_store_graph_iri(ctx, path))) {
    jc_input_close(in);
    return jc_error(ctx, JC_ERR_IO, "%s: cannot name the file", path);
  }
  return JC_OK;
}

void
jc_input_close(jc_input *in)
{
  if(in->spool) {
    unlink(in->file);
    rmdir(in->spool);
  }
  free(in->spool);
  free(in->file);
  free(in->iri);
  memset(in, 0, sizeof *in);
}
