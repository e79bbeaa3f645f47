/* core/remote/http.c: HTTP for the remote backend (jc_http_*), through
 * libcurl.  One easy handle per client, so consecutive requests reuse one
 * kept-alive connection.  Credentials come only from a netrc file (basic
 * or digest, whichever the server asks for); certificates are always
 * verified.  A request marked for retry is sent again after a 5xx answer
 * or a failed connection, waiting longer each time. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#include <curl/curl.h>
#include "remote.h"

#define HTTP_TRIES 5  /* waits 0.25 0.5 1 2 s between them */

struct jc_http {
  jc_ctx        *ctx;    /* borrowed */
  CURL          *curl;   /* owned */
  char          *netrc;  /* owned, or NULL: libcurl's default ~/.netrc */
  curl_socket_t  sock;   /* the connection's, or CURL_SOCKET_BAD */
};

jc_status
jc_http_new(jc_ctx *ctx, const char *netrc, jc_http **out)
{
  jc_http *h = calloc(1, sizeof *h);

  *out = NULL;
  if(!h || !(h->curl = curl_easy_init()) ||
     (netrc && !(h->netrc = jc_strdup(netrc)))) {
    jc_http_free(h);
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  }
  h->ctx = ctx;
  h->sock = CURL_SOCKET_BAD;
  *out = h;
  return JC_OK;
}

void
jc_http_free(jc_http *h)
{
  if(!h)
    return;
  if(h->curl)
    curl_easy_cleanup(h->curl);
  free(h->netrc);
  free(h);
}

void
jc_http_reply_clear(jc_http_reply *rep)
{
  free(rep->body);
  memset(rep, 0, sizeof *rep);
}

int
jc_http_form(char **s, const char *name, const char *value)
{
  char *v = curl_easy_escape(NULL, value, 0), *g;
  size_t n = *s ? strlen(*s) : 0;

  if(!v)
    return -1;
  g = realloc(*s, n + strlen(name) + strlen(v) + 3);
  if(g)
    sprintf(g + n, "%s%s=%s", n ? "&" : "", name, v);
  curl_free(v);
  if(!g)
    return -1;
  *s = g;
  return 0;
}

char *
jc_http_url(const char *base, const char *name, const char *value)
{
  char *v = curl_easy_escape(NULL, value, 0), *out;

  if(!v)
    return NULL;
  out = malloc(strlen(base) + strlen(name) + strlen(v) + 3);
  if(out)
    sprintf(out, "%s%c%s=%s", base, strchr(base, '?') ? '&' : '?', name, v);
  curl_free(v);
  return out;
}

static size_t
http_on_data(char *data, size_t size, size_t n, void *user)
{
  jc_http_reply *rep = user;
  char *g = realloc(rep->body, rep->len + size * n + 1);

  if(!g)
    return 0;  /* libcurl fails the transfer */
  memcpy(g + rep->len, data, size * n);
  rep->len += size * n;
  g[rep->len] = '\0';
  rep->body = g;
  return size * n;
}

/* Ctrl-C (jc_ctx_interrupt) stops a transfer within a moment. */
static int
http_on_progress(void *user, curl_off_t a, curl_off_t b, curl_off_t c,
                 curl_off_t d)
{
  jc_http *h = user;

  (void)a, (void)b, (void)c, (void)d;
  return h->ctx->interrupted != 0;
}

/* A kept-alive connection to a server that sends its answer in pieces
 * with Nagle's algorithm on (Virtuoso does) stalls 40 ms on each answer
 * of more than one segment: the server holds the body until the headers
 * are acknowledged, and Linux delays that ACK on a connection that looks
 * interactive.  Acknowledge each header line at once (TCP_QUICKACK
 * sends a pending ACK; it does not stick, so it is set every time, and
 * Virtuoso's first segment ends inside the headers' last line). */
static size_t
http_on_header(char *line, size_t size, size_t n, void *user)
{
  jc_http *h = user;
#ifdef TCP_QUICKACK
  int one = 1;

  if(h->sock != CURL_SOCKET_BAD)
    setsockopt(h->sock, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
  (void)h;
#endif
  (void)line;
  return size * n;
}

/* The connection's socket, for http_on_header (libcurl tells it only to
 * these callbacks): kept when opened, forgotten when closed. */
static int
http_on_socket(void *user, curl_socket_t s, curlsocktype purpose)
{
  jc_http *h = user;

  if(purpose == CURLSOCKTYPE_IPCXN)
    h->sock = s;
  return CURL_SOCKOPT_OK;
}

static int
http_on_close(void *user, curl_socket_t s)
{
  jc_http *h = user;

  if(h->sock == s)
    h->sock = CURL_SOCKET_BAD;
  return close(s);
}

static void
http_setup(jc_http *h, const jc_http_req *rq, struct curl_slist *hdr,
           jc_http_reply *rep)
{
  CURL *c = h->curl;

  curl_easy_reset(c);
  curl_easy_setopt(c, CURLOPT_URL, rq->url);
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(c, CURLOPT_NETRC, (long)CURL_NETRC_OPTIONAL);
  if(h->netrc)
    curl_easy_setopt(c, CURLOPT_NETRC_FILE, h->netrc);
  curl_easy_setopt(c, CURLOPT_HTTPAUTH, (long)CURLAUTH_ANY);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdr);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, http_on_data);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, rep);
  curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, http_on_progress);
  curl_easy_setopt(c, CURLOPT_XFERINFODATA, h);
  curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, http_on_header);
  curl_easy_setopt(c, CURLOPT_HEADERDATA, h);
  curl_easy_setopt(c, CURLOPT_SOCKOPTFUNCTION, http_on_socket);
  curl_easy_setopt(c, CURLOPT_SOCKOPTDATA, h);
  curl_easy_setopt(c, CURLOPT_CLOSESOCKETFUNCTION, http_on_close);
  curl_easy_setopt(c, CURLOPT_CLOSESOCKETDATA, h);
  if(rq->timeout > 0)
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, (long)(rq->timeout * 1000));
  if(rq->body_file) {
    curl_off_t size;
    fseeko(rq->body_file, 0, SEEK_END);
    size = ftello(rq->body_file);
    rewind(rq->body_file);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_READDATA, rq->body_file);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, size);
  } else if(rq->body) {
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, rq->body);
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)rq->len);
  }
  if(strcmp(rq->method, "GET") && strcmp(rq->method, "POST"))
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, rq->method);
  else if(!strcmp(rq->method, "POST") && !rq->body)
    curl_easy_setopt(c, CURLOPT_POST, 1L);
}

/* The URL without its query string, for messages. */
static int
http_url_len(const char *url)
{
  return (int)strcspn(url, "?");
}

/* The server's explanation: the first non-blank line of its answer. */
static jc_status
http_fail_status(jc_http *h, const jc_http_req *rq, const jc_http_reply *rep)
{
  const char *b = rep->body ? rep->body : "";
  int n;

  b += strspn(b, " \t\r\n");
  n = (int)strcspn(b, "\r\n");
  if(n > 400)
    n = 400;
  if(rep->status == 401 || rep->status == 403)
    return jc_error(h->ctx, JC_ERR_IO, "%.*s: HTTP %ld: not allowed; the "
                    "credentials for this host come from %s",
                    http_url_len(rq->url), rq->url, rep->status,
                    h->netrc ? h->netrc : "~/.netrc (or --netrc FILE)");
  return jc_error(h->ctx, rep->status == 400 ? JC_ERR_QUERY : JC_ERR_IO,
                  "%.*s: HTTP %ld%s%.*s", http_url_len(rq->url), rq->url,
                  rep->status, n ? ": " : "", n, b);
}

static void
http_sleep(double secs)
{
  struct timespec ts = { (time_t)secs, (long)((secs - (time_t)secs) * 1e9) };

  nanosleep(&ts, NULL);
}

static int
http_transient(CURLcode rc, long status)
{
  if(rc == CURLE_OK)
    return status >= 500;
  return rc == CURLE_COULDNT_CONNECT || rc == CURLE_SEND_ERROR ||
         rc == CURLE_RECV_ERROR || rc == CURLE_GOT_NOTHING ||
         rc == CURLE_PARTIAL_FILE;
}

/* What a finished transfer means; a failure leaves @rep empty. */
static jc_status
http_outcome(jc_http *h, const jc_http_req *rq, CURLcode rc,
             jc_http_reply *rep)
{
  jc_status st = JC_OK;

  if(rc == CURLE_ABORTED_BY_CALLBACK)
    st = jc_error(h->ctx, JC_ERR_CANCELLED, "interrupted");
  else if(rc == CURLE_OPERATION_TIMEDOUT && rq->timeout > 0)
    st = jc_error(h->ctx, JC_ERR_CANCELLED, "query timed out");
  else if(rc != CURLE_OK)
    st = jc_error(h->ctx, JC_ERR_IO, "%.*s: %s", http_url_len(rq->url),
                  rq->url, curl_easy_strerror(rc));
  else if(rep->status < 200 || rep->status > 299)
    st = http_fail_status(h, rq, rep);
  else if(!rep->body && !(rep->body = calloc(1, 1)))
    st = jc_error(h->ctx, JC_ERR_NOMEM, "out of memory");
  if(st != JC_OK) {
    long status = rep->status;
    jc_http_reply_clear(rep);
    rep->status = status;
  }
  return st;
}

jc_status
jc_http_send(jc_http *h, const jc_http_req *rq, jc_http_reply *rep)
{
  struct curl_slist *hdr = NULL;
  char line[256];
  CURLcode rc = CURLE_OK;
  int tries = rq->retry ? HTTP_TRIES : 1, i;
  double wait = 0.25;

  memset(rep, 0, sizeof *rep);
  if(rq->content_type) {
    snprintf(line, sizeof line, "Content-Type: %s", rq->content_type);
    hdr = curl_slist_append(hdr, line);
  }
  if(rq->accept) {
    snprintf(line, sizeof line, "Accept: %s", rq->accept);
    hdr = curl_slist_append(hdr, line);
  }
  hdr = curl_slist_append(hdr, "Expect:");  /* no 100-continue round trip */
  for(i = 0; i < tries; i++, wait *= 2) {
    if(i) {
      jc_http_reply_clear(rep);
      http_sleep(wait / 2);
    }
    http_setup(h, rq, hdr, rep);
    rc = curl_easy_perform(h->curl);
    curl_easy_getinfo(h->curl, CURLINFO_RESPONSE_CODE, &rep->status);
    if(!http_transient(rc, rep->status) || h->ctx->interrupted)
      break;
  }
  curl_slist_free_all(hdr);
  return http_outcome(h, rq, rc, rep);
}
