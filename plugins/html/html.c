/* plugins/html/html.c: the html loader.  Reads a saved news web page with
 * libxml2's HTML parser, which copes with the broken markup real pages
 * have; takes the headline, publication date, canonical URL and publisher
 * from the page's metadata, finds the main text (the element whose
 * paragraphs hold the most text that is not link text), and hands it to the
 * news extractor (extract/extract.h).  What the text means is the
 * extractor's business; this file owns bytes, encodings and markup. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L  /* strndup */
#endif
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "jiceng-plugin.h"
#include "extract.h"

#define HTML_MAX_BYTES (256u << 20)  /* a page, not a corpus */

typedef struct html_buf {
  char *s;
  size_t n, cap;
} html_buf;

/* What the page says about itself; every string owned. */
typedef struct html_meta {
  char *title;           /* <title> */
  char *og_title;        /* og:title and friends */
  char *h1;              /* the first <h1> in the body */
  char *date;            /* article:published_time, pubdate, <time> ... */
  char *url;             /* <link rel=canonical>, else og:url */
  char *og_url;
  char *publisher;       /* og:site_name, source, publisher */
} html_meta;

static int
html_put(html_buf *b, const char *s, size_t n)
{
  if(b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    char *t;
    while(cap < b->n + n + 1)
      cap *= 2;
    if(!(t = realloc(b->s, cap)))
      return -1;
    b->s = t;
    b->cap = cap;
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = '\0';
  return 0;
}

static int
html_is(const xmlNode *n, const char *name)
{
  return n->type == XML_ELEMENT_NODE &&
         !strcasecmp((const char *)n->name, name);
}

static int
html_is_any(const xmlNode *n, const char *const *names)
{
  for(; *names; names++)
    if(html_is(n, *names))
      return 1;
  return 0;
}

/* Never part of the text: code, forms, and the page's furniture. */
static const char *const html_skip[] = {
  "script", "style", "noscript", "iframe", "form", "button", "select",
  "textarea", "nav", "aside", "svg", "template", "head", "footer", NULL
};
/* Elements that start a line of their own. */
static const char *const html_block[] = {
  "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
  "section", "article", "table", "blockquote", "pre", "dd", "dt", "ul",
  "ol", "header", "main", "center", "figure", "figcaption", "hr", "td",
  "th", "body", NULL
};
/* Paragraph-like blocks: their text speaks for the element around them. */
static const char *const html_para[] = {
  "p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd",
  "font", "span", "strong", "b", "em", NULL
};

/* An attribute's value, new (xmlFree it), or NULL. */
static char *
html_attr(const xmlNode *n, const char *name)
{
  return (char *)xmlGetProp(n, (const xmlChar *)name);
}

/* The text under @n, white space collapsed and trimmed; new, or NULL. */
static char *
html_text(const xmlNode *n)
{
  xmlChar *c = xmlNodeGetContent(n);
  char *out, *o;
  const char *p;
  int space = 0;

  if(!c)
    return NULL;
  out = malloc(strlen((const char *)c) + 1);
  if(out) {
    o = out;
    for(p = (const char *)c; *p; p++) {
      if(strchr(" \t\r\n\f", *p)) {
        space = o != out;
        continue;
      }
      if(space)
        *o++ = ' ';
      space = 0;
      *o++ = *p;
    }
    *o = '\0';
  }
  xmlFree(c);
  return out;
}

/* Keep the first value found for a field; @v is xmlMalloc'ed or NULL. */
static void
html_keep(char **field, char *v)
{
  if(v && *v && !*field)
    *field = strdup(v);
  if(v)
    xmlFree(v);
}

static void
html_meta_tag(html_meta *m, const xmlNode *n)
{
  static const char *const dates[] = {
    "article:published_time", "og:published_time", "pubdate",
    "publishdate", "publish_date", "publication_date", "dc.date",
    "dc.date.issued", "dcterms.issued", "date", "datepublished", NULL
  };
  static const char *const publishers[] = {
    "og:site_name", "source", "publisher", "contentsource", NULL
  };
  char *key = html_attr(n, "property"), *content;
  size_t i;

  if(!key)
    key = html_attr(n, "name");
  if(!key)
    key = html_attr(n, "itemprop");
  if(!key)
    return;
  content = html_attr(n, "content");
  if(!content) {
    xmlFree(key);
    return;
  }
  if(!strcasecmp(key, "og:title") || !strcasecmp(key, "twitter:title")) {
    html_keep(&m->og_title, content);
    content = NULL;
  } else if(!strcasecmp(key, "og:url")) {
    html_keep(&m->og_url, content);
    content = NULL;
  }
  for(i = 0; content && dates[i]; i++)
    if(!strcasecmp(key, dates[i])) {
      html_keep(&m->date, content);
      content = NULL;
    }
  for(i = 0; content && publishers[i]; i++)
    if(!strcasecmp(key, publishers[i])) {
      /* 来源：人民网: the label is not part of the name. */
      static const char label[] = "来源：";
      if(!strncmp(content, label, sizeof label - 1))
        memmove(content, content + sizeof label - 1,
                strlen(content) - (sizeof label - 1) + 1);
      html_keep(&m->publisher, content);
      content = NULL;
    }
  if(content)
    xmlFree(content);
  xmlFree(key);
}

/* One pass over the whole page for its metadata. */
static void
html_meta_walk(html_meta *m, const xmlNode *n)
{
  for(; n; n = n->next) {
    if(n->type != XML_ELEMENT_NODE)
      continue;
    if(html_is(n, "meta")) {
      html_meta_tag(m, n);
    } else if(html_is(n, "title") && !m->title) {
      m->title = html_text(n);
    } else if(html_is(n, "h1") && !m->h1) {
      m->h1 = html_text(n);
    } else if(html_is(n, "link")) {
      char *rel = html_attr(n, "rel");
      if(rel && !strcasecmp(rel, "canonical"))
        html_keep(&m->url, html_attr(n, "href"));
      if(rel)
        xmlFree(rel);
    } else if(html_is(n, "time")) {
      html_keep(&m->date, html_attr(n, "datetime"));
    } else {
      char *ip = html_attr(n, "itemprop");
      if(ip && !strcasecmp(ip, "datePublished"))
        html_keep(&m->date, html_attr(n, "datetime"));
      if(ip)
        xmlFree(ip);
    }
    if(!html_is(n, "script") && !html_is(n, "style"))
      html_meta_walk(m, n->children);
  }
}

/* The headline: og:title; else the <h1> when the <title> starts with it
 * (the <title> adds the site's name); else the <title> up to the site's
 * name ("标题_大河网", "标题 - 人民网"). */
static const char *
html_headline(html_meta *m)
{
  static const char *const seps[] = { "_", " - ", " | ", "｜", " — ", NULL };
  size_t i;

  if(m->og_title && *m->og_title)
    return m->og_title;
  if(m->h1 && *m->h1 && m->title && !strncmp(m->title, m->h1, strlen(m->h1)))
    return m->h1;
  if(!m->title || !*m->title)
    return m->h1;
  for(i = 0; seps[i]; i++) {
    char *cut = strstr(m->title, seps[i]);
    if(cut && cut != m->title) {
      *cut = '\0';
      break;
    }
  }
  return m->title;
}

/* ---- The main text ---------------------------------------------------- */

/* Scores hang off xmlNode._private, which libxml2 leaves to applications:
 * the text (in bytes, link text left out) of the paragraphs an element
 * holds. */
static uintptr_t
html_score(const xmlNode *n)
{
  return (uintptr_t)n->_private;
}

static void
html_score_walk(xmlNode *n, int in_link, xmlNode **best)
{
  for(; n; n = n->next) {
    if(n->type == XML_ELEMENT_NODE) {
      if(html_is_any(n, html_skip))
        continue;
      html_score_walk(n->children, in_link || html_is(n, "a"), best);
    } else if(n->type == XML_TEXT_NODE && !in_link && n->content) {
      xmlNode *b = n->parent;
      uintptr_t len = 0;
      const char *p;
      for(p = (const char *)n->content; *p; p++)
        len += !strchr(" \t\r\n\f", *p);
      if(!len)
        continue;
      while(b && b->type == XML_ELEMENT_NODE && !html_is_any(b, html_block)
            && !html_is_any(b, html_para))
        b = b->parent;
      while(b && b->type == XML_ELEMENT_NODE && html_is_any(b, html_para))
        b = b->parent;
      if(!b || b->type != XML_ELEMENT_NODE)
        continue;
      b->_private = (void *)(html_score(b) + len);
      if(!*best || html_score(b) > html_score(*best))
        *best = b;
    }
  }
}

/* The page's article element: microdata articleBody if the page marks it,
 * else the best-scored one. */
static xmlNode *
html_find_body(xmlNode *n)
{
  for(; n; n = n->next) {
    xmlNode *found;
    char *ip;
    if(n->type != XML_ELEMENT_NODE)
      continue;
    ip = html_attr(n, "itemprop");
    if(ip) {
      int body = !strcasecmp(ip, "articleBody");
      xmlFree(ip);
      if(body)
        return n;
    }
    if((found = html_find_body(n->children)))
      return found;
  }
  return NULL;
}

static int
html_newline(html_buf *b)
{
  if(!b->n || b->s[b->n - 1] == '\n')
    return 0;
  while(b->n && b->s[b->n - 1] == ' ')
    b->n--;
  return html_put(b, "\n", 1);
}

/* The text under @n, one line per block, white space collapsed (kept in
 * <pre>).  0, or -1 out of memory. */
static int
html_lines(html_buf *b, const xmlNode *n, int pre)
{
  for(; n; n = n->next) {
    if(n->type == XML_ELEMENT_NODE) {
      int block = html_is_any(n, html_block);
      if(html_is_any(n, html_skip))
        continue;
      if((block && html_newline(b) < 0) ||
         html_lines(b, n->children, pre || html_is(n, "pre")) < 0 ||
         (block && html_newline(b) < 0))
        return -1;
    } else if((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
              && n->content) {
      const char *p = (const char *)n->content;
      for(; *p; p++) {
        if(!pre && strchr(" \t\r\n\f", *p)) {
          if(b->n && !strchr(" \n", b->s[b->n - 1]) && html_put(b, " ", 1))
            return -1;
          continue;
        }
        if(html_put(b, p, 1) < 0)
          return -1;
      }
    }
  }
  return 0;
}

/* ---- Bytes and encodings ---------------------------------------------- */

static jc_status
html_slurp(jc_load *ld, const char *path, html_buf *b)
{
  FILE *f = fopen(path, "rb");
  char chunk[65536];
  size_t n;
  jc_status rc = JC_OK;

  if(!f)
    return jc_load_error(ld, JC_ERR_IO, 0, 0, "%s", strerror(errno));
  while((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if(b->n + n > HTML_MAX_BYTES) {
      rc = jc_load_error(ld, JC_ERR_SYNTAX, 0, 0, "larger than %u MB: not a "
                         "saved page", HTML_MAX_BYTES >> 20);
      break;
    }
    if(html_put(b, chunk, n) < 0) {
      rc = jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
      break;
    }
  }
  if(rc == JC_OK && ferror(f))
    rc = jc_load_error(ld, JC_ERR_IO, 0, 0, "%s", strerror(errno));
  fclose(f);
  return rc;
}

/* Whether the page names its encoding (<meta charset>, http-equiv, or an
 * XML declaration) near its start, where browsers look for it; *utf8 is
 * 1 when the name it gives is UTF-8. */
static int
html_declares_charset(const char *s, size_t n, int *utf8)
{
  size_t i, max = n < 4096 ? n : 4096, k;

  for(i = 0; i + 8 <= max; i++)
    if(!strncasecmp(s + i, "charset", 7) || !strncasecmp(s + i, "encoding=",
                                                          9)) {
      k = i + (s[i] == 'c' || s[i] == 'C' ? 7 : 8);
      while(k < max && strchr(" \t=\"'", s[k]))
        k++;
      *utf8 = max - k >= 4 && (!strncasecmp(s + k, "utf-8", 5) ||
                               !strncasecmp(s + k, "utf8", 4));
      return 1;
    }
  return 0;
}

/* Convert GB18030 @in to UTF-8 in @out (extract.h); the byte offset of
 * the first bad byte, or (size_t)-1 when all converted. */
static size_t
html_from_gb18030(const html_buf *in, html_buf *out)
{
  size_t used;
  long n;

  out->cap = in->n * 2 + 16;
  if(!(out->s = malloc(out->cap)))
    return 0;
  n = nz_extract_gb18030(in->s, in->n, out->s, out->cap - 1, &used, 1);
  if(n == -2)
    return 0;
  if(n < 0) {
    out->n = 0;
    out->s[0] = '\0';
    return used;
  }
  out->n = (size_t)n;
  out->s[out->n] = '\0';
  return (size_t)-1;
}

/* The bytes of the page as libxml2 should read them: *page is @raw, or
 * @conv (owned by the caller) when a page that names no charset is
 * GB18030; *enc the encoding to tell libxml2, or NULL for its own
 * reading of the page's declaration.  Empty, binary and badly encoded
 * pages are errors with their position, as in every loader. */
static jc_status
html_decode(jc_load *ld, html_buf *raw, html_buf *conv, const html_buf **page,
            const char **enc)
{
  size_t i, bad;
  int utf8;

  if(raw->n == strspn(raw->s ? raw->s : "", " \t\r\n\f"))
    return jc_load_error(ld, JC_ERR_SYNTAX, 1, 1, "empty file");
  for(i = 0; i < raw->n && i < 4096; i++)
    if(!raw->s[i]) {
      long line, col;
      jc_text_where(raw->s, i, &line, &col);
      return jc_load_error(ld, JC_ERR_ENCODING, line, col, "binary data, "
                           "not text (NUL byte at byte offset %zu)", i);
    }
  /* libxml2 reads an HTML page that names no encoding as Latin-1; saved
   * Chinese pages that name none are UTF-8 or, from older sites, GBK.
   * libxml2 would turn a bad byte of a page that says it is UTF-8 into
   * garbage silently: an error, as in every loader. */
  if(html_declares_charset(raw->s, raw->n, &utf8) && utf8 &&
     (bad = nz_extract_utf8_check(raw->s, raw->n)) < raw->n) {
    long line, col;
    jc_text_where(raw->s, bad, &line, &col);
    return jc_load_error(ld, JC_ERR_ENCODING, line, col, "invalid UTF-8 "
                         "(byte 0x%02X at offset %zu) in a page that says "
                         "it is UTF-8; convert the file to UTF-8",
                         (unsigned char)raw->s[bad], bad);
  }
  if(!html_declares_charset(raw->s, raw->n, &utf8)) {
    bad = nz_extract_utf8_check(raw->s, raw->n);
    *enc = "UTF-8";
    if(bad < raw->n) {
      size_t gbad = html_from_gb18030(raw, conv);
      if(!conv->s)
        return jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
      if(gbad != (size_t)-1)
        return jc_load_error(ld, JC_ERR_ENCODING, 0, 0, "neither UTF-8 "
                             "(byte offset %zu) nor GB18030 (byte offset "
                             "%zu), and the page names no charset", bad,
                             gbad);
      jc_load_warning(ld, 0, 0, "converted from GB18030");
      *page = conv;
    }
  }
  return JC_OK;
}

static jc_status
html_load(jc_load *ld, const char *path)
{
  html_buf raw = { NULL, 0, 0 }, conv = { NULL, 0, 0 }, text = { NULL, 0, 0 };
  html_meta m = { 0 };
  const html_buf *page = &raw;
  const char *enc = NULL, *base, *dot;
  char *stem = NULL;
  htmlDocPtr doc = NULL;
  xmlNode *root, *body;
  nz_extractor *x = NULL;
  nz_article_meta am;
  jc_status rc;

  if((rc = html_slurp(ld, path, &raw)))
    goto out;
  if((rc = html_decode(ld, &raw, &conv, &page, &enc)))
    goto out;
  doc = htmlReadMemory(page->s, (int)page->n, NULL, enc,
                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                       HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                       XML_PARSE_HUGE);  /* else a text over 10 MB is cut */
  root = doc ? xmlDocGetRootElement(doc) : NULL;
  if(!root) {
    rc = jc_load_error(ld, JC_ERR_SYNTAX, 1, 1, "not an HTML page");
    goto out;
  }
  html_meta_walk(&m, root);
  body = html_find_body(root);
  if(!body)
    html_score_walk(root, 0, &body);
  if(body && html_lines(&text, body, 0) < 0) {
    rc = jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
    goto out;
  }
  if(!text.n || text.n == strspn(text.s, " \n")) {
    rc = jc_load_error(ld, JC_ERR_SYNTAX, 0, 0, "no article text in the "
                       "page");
    goto out;
  }
  base = strrchr(path, '/');
  base = base ? base + 1 : path;
  dot = strrchr(base, '.');
  stem = dot && dot != base ? strndup(base, (size_t)(dot - base)) :
         strdup(base);
  if(!stem) {
    rc = jc_load_error(ld, JC_ERR_NOMEM, 0, 0, "out of memory");
    goto out;
  }
  /* One article per page; its IRI comes from the page's canonical URL
   * (extract.h). */
  memset(&am, 0, sizeof am);
  am.scope = stem;
  am.identifier = stem;
  am.headline = html_headline(&m);
  am.date = m.date;
  am.url = m.url ? m.url : m.og_url;
  am.publisher = m.publisher;
  if((rc = nz_extract_new(ld, &x)) == JC_OK)
    rc = nz_extract_article(x, text.s, text.n, &am);
  if(rc == JC_OK)
    rc = jc_load_progress(ld, raw.n, raw.n);
out:
  nz_extract_free(x);
  if(doc)
    xmlFreeDoc(doc);
  free(m.title);
  free(m.og_title);
  free(m.h1);
  free(m.date);
  free(m.url);
  free(m.og_url);
  free(m.publisher);
  free(raw.s);
  free(conv.s);
  free(text.s);
  free(stem);
  return rc;
}

static const char *const html_suffixes[] = { ".html", ".htm", NULL };
static const char *const html_media_types[] = { "text/html", NULL };

static const jc_loader html_loader = {
  .abi = JC_PLUGIN_ABI,
  .name = "html",
  .version = "0.1",
  .description = "Chinese news web pages (saved HTML): main text, title, "
                 "date, URL; organizations, programs, people",
  .suffixes = html_suffixes,
  .media_types = html_media_types,
  .load = html_load,
};

const jc_loader *
jc_plugin_entry(unsigned host_abi)
{
  return host_abi >= JC_PLUGIN_ABI ? &html_loader : NULL;
}
