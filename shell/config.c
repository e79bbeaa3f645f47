/* shell/config.c: the configuration file, $XDG_CONFIG_HOME/jiceng/config
 * (~/.config/jiceng/config): lines "KEY = VALUE" for the keys of
 * config_keys; '#' starts a comment.  The command line wins over the
 * environment (each key's variable), which wins over the file; --db and
 * --memory choose the embedded store whatever the file and the
 * environment say. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "shell.h"

/* One row per key; sh->config[] follows this order. */
enum { CONF_ENDPOINT, CONF_UPDATE, CONF_GSP, CONF_NETRC, CONF_SLICE };
static const struct {
  const char *key, *env;
} config_keys[SH_CONFIG_KEYS] = {
  { "endpoint", "JICENG_ENDPOINT" },
  { "update-endpoint", "JICENG_UPDATE_ENDPOINT" },
  { "graph-store", "JICENG_GRAPH_STORE" },
  { "netrc", NULL },
  { "update-slice", "JICENG_UPDATE_SLICE" },
};

static char *
config_path(void)
{
  const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
  char *p;

  if(xdg && *xdg) {
    if((p = malloc(strlen(xdg) + 32)))
      sprintf(p, "%s/jiceng/config", xdg);
  } else if(home && *home) {
    if((p = malloc(strlen(home) + 32)))
      sprintf(p, "%s/.config/jiceng/config", home);
  } else
    p = NULL;
  return p;
}

static char *
config_trim(char *s)
{
  char *e = s + strlen(s);

  while(isspace((unsigned char)*s))
    s++;
  while(e > s && isspace((unsigned char)e[-1]))
    *--e = '\0';
  return s;
}

/* One "key = value" line into sh->config; -1 on a bad line. */
static int
config_line(sh_state *sh, char *line, const char *path, long n)
{
  char *eq, *key, *value;
  int i;

  line[strcspn(line, "#\r\n")] = '\0';
  key = config_trim(line);
  if(!*key)
    return 0;
  if(!(eq = strchr(key, '='))) {
    sh_error(sh, "%s:%ld: expected KEY = VALUE", path, n);
    return -1;
  }
  *eq = '\0';
  key = config_trim(key);
  value = config_trim(eq + 1);
  for(i = 0; i < SH_CONFIG_KEYS; i++)
    if(!strcmp(key, config_keys[i].key)) {
      free(sh->config[i]);
      sh->config[i] = strdup(value);
      return 0;
    }
  sh_error(sh, "%s:%ld: unknown key \"%s\" (endpoint, update-endpoint, "
           "graph-store, netrc, update-slice)", path, n, key);
  return -1;
}

/* Key @i's value: the command line's @arg, else its variable, else the
 * file's. */
static const char *
config_value(const sh_state *sh, int i, const char *arg)
{
  const char *env = config_keys[i].env ? getenv(config_keys[i].env) : NULL;

  return arg ? arg : env && *env ? env : sh->config[i];
}

/* update-slice: a positive number of triples; -1 on anything else. */
static int
config_slice(sh_state *sh)
{
  const char *v = config_value(sh, CONF_SLICE, NULL);
  char *end;

  if(!v)
    return 0;
  errno = 0;
  sh->slice = strtoul(v, &end, 10);
  if(errno || end == v || *end || !sh->slice || *v == '-') {
    sh_error(sh, "update-slice \"%s\": not a positive number of triples",
             v);
    return -1;
  }
  return 0;
}

int
sh_config(sh_state *sh)
{
  char *path = config_path(), *line = NULL;
  size_t cap = 0;
  long n = 0;
  int rc = 0;
  FILE *f = path ? fopen(path, "r") : NULL;

  if(!f && path && errno != ENOENT) {
    sh_error(sh, "%s: %s", path, strerror(errno));
    rc = -1;
  }
  while(f && rc == 0 && getline(&line, &cap, f) >= 0)
    rc = config_line(sh, line, path, ++n);
  if(f)
    fclose(f);
  free(line);
  free(path);
  if(sh->db || sh->memory || rc)
    return rc;
  sh->endpoint = config_value(sh, CONF_ENDPOINT, sh->endpoint);
  sh->update_endpoint = config_value(sh, CONF_UPDATE, sh->update_endpoint);
  sh->graph_store = config_value(sh, CONF_GSP, sh->graph_store);
  sh->netrc = config_value(sh, CONF_NETRC, sh->netrc);
  return config_slice(sh);
}
