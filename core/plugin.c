/* core/plugin.c: the loader plugin registry (jc_plugin_*).  Plugins are
 * found in the installed plugin directory, then in $JICENG_PLUGIN_PATH;
 * the first plugin of a name wins.  A file goes to the plugin with the
 * longest suffix that ends its name (.people.tsv before .tsv); two plugins
 * claiming the same suffix clash, and the one registered first wins.  The core checks a plugin's ABI before it
 * trusts anything in it, and never knows a plugin's internals. */
#include <dirent.h>
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "internal.h"

#ifndef JC_PLUGINDIR
#define JC_PLUGINDIR "/usr/local/lib/jiceng/plugins"
#endif

typedef const jc_loader *(*plugin_entry_fn)(unsigned host_abi);

static char *
plugin_join_suffixes(const jc_loader *ld)
{
  size_t i, n = 1;
  char *s;

  for(i = 0; ld->suffixes && ld->suffixes[i]; i++)
    n += strlen(ld->suffixes[i]) + 1;
  s = calloc(1, n);
  for(i = 0; s && ld->suffixes && ld->suffixes[i]; i++) {
    if(i)
      strcat(s, " ");
    strcat(s, ld->suffixes[i]);
  }
  return s;
}

/* Everything the host reads from a loader table must be there before the
 * plugin is registered: a NULL name would crash `plugins` much later. */
static int
plugin_table_ok(const jc_loader *ld)
{
  return ld->abi >= JC_PLUGIN_ABI_MIN && ld->abi <= JC_PLUGIN_ABI &&
         ld->name && *ld->name && ld->version && ld->load;
}

jc_status
jc_plugin_open(jc_ctx *ctx, const char *file)
{
  void *h;
  plugin_entry_fn entry;
  const jc_loader *ld;
  jc_plugin *grown;
  size_t i;

  h = dlopen(file, RTLD_NOW | RTLD_LOCAL);  /* NOW: missing symbols fail here */
  if(!h)
    return jc_error(ctx, JC_ERR_PLUGIN, "%s", dlerror());
  *(void **)&entry = dlsym(h, "jc_plugin_entry");  /* POSIX idiom for fn ptrs */
  if(!entry) {
    dlclose(h);
    return jc_error(ctx, JC_ERR_PLUGIN,
                    "%s: not a jiceng plugin (no jc_plugin_entry; if you "
                    "build with -fvisibility=hidden, include "
                    "<jiceng/plugin.h> and mark the entry point "
                    "JC_PLUGIN_EXPORT)", file);
  }
  ld = entry(JC_PLUGIN_ABI);
  if(!ld || !plugin_table_ok(ld)) {
    unsigned abi = ld ? ld->abi : 0;
    dlclose(h);
    if(ld && abi >= JC_PLUGIN_ABI_MIN && abi <= JC_PLUGIN_ABI)
      return jc_error(ctx, JC_ERR_PLUGIN,
                      "%s: incomplete loader table (name, version, load)",
                      file);
    if(ld)
      return jc_error(ctx, JC_ERR_PLUGIN,
                      "%s: built for plugin ABI %u, this jiceng loads ABI "
                      "%d..%d", file, abi, JC_PLUGIN_ABI_MIN, JC_PLUGIN_ABI);
    return jc_error(ctx, JC_ERR_PLUGIN,
                    "%s: the plugin refused host ABI %d (plugin too new)",
                    file, JC_PLUGIN_ABI);
  }
  for(i = 0; i < ctx->nplugins; i++)
    if(!strcmp(ctx->plugins[i].loader->name, ld->name)) {
      jc_warn(ctx, "%s: plugin \"%s\" already loaded from %s; ignored", file,
              ld->name, ctx->plugins[i].file);
      dlclose(h);
      return JC_OK;
    }
  grown = realloc(ctx->plugins, (ctx->nplugins + 1) * sizeof *grown);
  if(!grown) {
    dlclose(h);
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  }
  ctx->plugins = grown;
  grown = &ctx->plugins[ctx->nplugins];
  grown->file = jc_strdup(file);
  grown->handle = h;
  grown->loader = ld;
  grown->suffixes = plugin_join_suffixes(ld);
  if(!grown->file || !grown->suffixes) {
    free(grown->file);
    free(grown->suffixes);
    dlclose(h);
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  }
  ctx->nplugins++;
  return JC_OK;
}

static int
plugin_cmp_names(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Register every *.so in @dir, in name order so that the result does not
 * depend on the file system. */
static jc_status
plugin_scan_dir(jc_ctx *ctx, const char *dir)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  char **names = NULL;
  size_t n = 0, cap = 0, i;
  jc_status st = JC_OK;

  if(!d)
    return JC_OK;  /* a missing directory in the path is not an error */
  while((e = readdir(d))) {
    size_t len = strlen(e->d_name);
    if(len < 4 || strcmp(e->d_name + len - 3, ".so"))
      continue;
    if(n == cap) {
      char **g = realloc(names, (cap = cap ? 2 * cap : 16) * sizeof *g);
      if(!g) {
        st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
        break;
      }
      names = g;
    }
    names[n] = malloc(strlen(dir) + len + 2);
    if(!names[n]) {
      st = jc_error(ctx, JC_ERR_NOMEM, "out of memory");
      break;
    }
    sprintf(names[n++], "%s/%s", dir, e->d_name);
  }
  closedir(d);
  if(n)
    qsort(names, n, sizeof *names, plugin_cmp_names);
  for(i = 0; i < n; i++) {
    if(st == JC_OK && jc_plugin_open(ctx, names[i]) != JC_OK) {
      if(ctx->err == JC_ERR_NOMEM)
        st = ctx->err;
      else
        jc_warn(ctx, "%s", ctx->errmsg);
      if(st == JC_OK)
        jc_error_clear(ctx);
    }
    free(names[i]);
  }
  free(names);
  return st;
}

jc_status
jc_plugin_scan(jc_ctx *ctx, const char *path)
{
  char *copy, *dir, *save = NULL;
  jc_status st;

  st = plugin_scan_dir(ctx, JC_PLUGINDIR);
  if(!path)
    path = getenv("JICENG_PLUGIN_PATH");
  if(st != JC_OK || !path || !*path)
    return st;
  copy = jc_strdup(path);
  if(!copy)
    return jc_error(ctx, JC_ERR_NOMEM, "out of memory");
  for(dir = strtok_r(copy, ":", &save); dir && st == JC_OK;
      dir = strtok_r(NULL, ":", &save))
    st = plugin_scan_dir(ctx, dir);
  free(copy);
  return st;
}

/* The index of the plugin whose suffix is the longest one that ends
 * @path (compared without case); on a tie the plugin registered first.
 * SIZE_MAX when none. */
static size_t
plugin_by_suffix(const jc_ctx *ctx, const char *path)
{
  size_t i, j, best = SIZE_MAX, best_len = 0, plen = strlen(path);

  for(i = 0; i < ctx->nplugins; i++) {
    const jc_loader *ld = ctx->plugins[i].loader;
    for(j = 0; ld->suffixes && ld->suffixes[j]; j++) {
      size_t slen = strlen(ld->suffixes[j]);
      if(slen > best_len && slen <= plen &&
         !strcasecmp(path + plen - slen, ld->suffixes[j])) {
        best = i;
        best_len = slen;
      }
    }
  }
  return best;
}

/* The plugin called @name, or else the one whose suffix ends @path. */
const jc_plugin *
jc_plugin_find(jc_ctx *ctx, const char *name, const char *path)
{
  size_t i;

  if(name) {
    for(i = 0; i < ctx->nplugins; i++)
      if(!strcmp(ctx->plugins[i].loader->name, name))
        return &ctx->plugins[i];
    return NULL;
  }
  i = path ? plugin_by_suffix(ctx, path) : SIZE_MAX;
  return i == SIZE_MAX ? NULL : &ctx->plugins[i];
}

size_t
jc_plugin_for_path(const jc_ctx *ctx, const char *path)
{
  return plugin_by_suffix(ctx, path);
}

const char *
jc_plugin_clash(const jc_ctx *ctx, size_t i, size_t k, size_t *owner)
{
  const jc_loader *ld = ctx->plugins[i].loader;
  size_t j, n = 0;

  for(j = 0; ld->suffixes && ld->suffixes[j]; j++) {
    /* A file named just by the suffix shows who gets it. */
    size_t who = plugin_by_suffix(ctx, ld->suffixes[j]);
    if(who != i && who != SIZE_MAX && n++ == k) {
      *owner = who;
      return ld->suffixes[j];
    }
  }
  return NULL;
}

void
jc_plugin_free_all(jc_ctx *ctx)
{
  size_t i;

  for(i = 0; i < ctx->nplugins; i++) {
    /* Under LeakSanitizer, unloading would hide the plugin's frames in
     * leak reports; the process is ending anyway in that build. */
#ifndef JC_KEEP_PLUGINS_LOADED
    dlclose(ctx->plugins[i].handle);
#endif
    free(ctx->plugins[i].file);
    free(ctx->plugins[i].suffixes);
  }
  free(ctx->plugins);
  ctx->plugins = NULL;
  ctx->nplugins = 0;
}

size_t
jc_plugin_count(const jc_ctx *ctx)
{
  return ctx->nplugins;
}

const char *
jc_plugin_name(const jc_ctx *ctx, size_t i)
{
  return ctx->plugins[i].loader->name;
}

const char *
jc_plugin_version(const jc_ctx *ctx, size_t i)
{
  return ctx->plugins[i].loader->version;
}

const char *
jc_plugin_description(const jc_ctx *ctx, size_t i)
{
  const char *d = ctx->plugins[i].loader->description;
  return d ? d : "";
}

const char *
jc_plugin_file(const jc_ctx *ctx, size_t i)
{
  return ctx->plugins[i].file;
}

const char *
jc_plugin_suffixes(const jc_ctx *ctx, size_t i)
{
  return ctx->plugins[i].suffixes;
}

size_t
jc_plugin_media_types(const jc_ctx *ctx, size_t i, char *buf, size_t size)
{
  const char *const *m = ctx->plugins[i].loader->media_types;
  size_t n = 0;

  if(size)
    *buf = '\0';
  for(; m && *m; m++)
    n += (size_t)snprintf(buf + (n < size ? n : size),
                          n < size ? size - n : 0, "%s%s", n ? " " : "", *m);
  return n;
}

unsigned
jc_plugin_abi(const jc_ctx *ctx, size_t i)
{
  return ctx->plugins[i].loader->abi;
}

/* The error for a file no plugin takes (or an --as no plugin answers). */
jc_status
jc_plugin_missing(jc_ctx *ctx, const char *path, const char *as)
{
  const char *dot = strrchr(path, '.');

  if(as)
    return jc_error(ctx, JC_ERR_NOTFOUND, "no loader plugin named \"%s\" "
                    "(see `jiceng plugins`)", as);
  return jc_error(ctx, JC_ERR_NOTFOUND, "%s: no loader plugin reads %s "
                  "files; name one with --as (see `jiceng plugins`)", path,
                  dot && !strchr(dot, '/') ? dot : "suffix-less");
}
