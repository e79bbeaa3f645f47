/* core/error.c: the last error of a context (jc_error*), and warnings.
 * Messages read "file:line:col: what" when a position is known. */
#include <stdarg.h>
#include <stdio.h>
#include "internal.h"

static void
error_vset(jc_ctx *ctx, jc_status st, const char *file, long line, long col,
           const char *fmt, va_list ap)
{
  size_t n = 0;

  ctx->err = st;
  ctx->errmsg[0] = '\0';
  if(file && line > 0 && col > 0)
    n = snprintf(ctx->errmsg, sizeof ctx->errmsg, "%s:%ld:%ld: ", file,
                 line, col);
  else if(file && line > 0)
    n = snprintf(ctx->errmsg, sizeof ctx->errmsg, "%s:%ld: ", file, line);
  else if(file)
    n = snprintf(ctx->errmsg, sizeof ctx->errmsg, "%s: ", file);
  else if(line > 0 && col > 0)
    n = snprintf(ctx->errmsg, sizeof ctx->errmsg, "%ld:%ld: ", line, col);
  else if(line > 0)
    n = snprintf(ctx->errmsg, sizeof ctx->errmsg, "%ld: ", line);
  if(n >= sizeof ctx->errmsg)
    n = sizeof ctx->errmsg - 1;
  vsnprintf(ctx->errmsg + n, sizeof ctx->errmsg - n, fmt, ap);
}

jc_status
jc_error(jc_ctx *ctx, jc_status st, const char *fmt, ...)
{
  va_list ap;

  va_start(ap, fmt);
  error_vset(ctx, st, NULL, 0, 0, fmt, ap);
  va_end(ap);
  return st;
}

jc_status
jc_error_at(jc_ctx *ctx, jc_status st, const char *file, long line, long col,
            const char *fmt, ...)
{
  va_list ap;

  va_start(ap, fmt);
  error_vset(ctx, st, file, line, col, fmt, ap);
  va_end(ap);
  return st;
}

void
jc_error_clear(jc_ctx *ctx)
{
  ctx->err = JC_OK;
  ctx->errmsg[0] = '\0';
}

const char *
jc_error_message(const jc_ctx *ctx)
{
  return ctx->err == JC_OK ? "" : ctx->errmsg;
}

jc_status
jc_error_status(const jc_ctx *ctx)
{
  return ctx->err;
}

void
jc_warn(jc_ctx *ctx, const char *fmt, ...)
{
  char buf[1024];
  va_list ap;

  if(!ctx->log)
    return;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  ctx->log(ctx->log_data, buf);
}
