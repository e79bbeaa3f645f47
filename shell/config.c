/* shell/config.c: the configuration file, $XDG_CONFIG_HOME/jiceng/config
 * (~/.config/jiceng/config): lines "endpoint = URL", "graph-store = URL"
 * and "netrc = FILE"; '#' starts a comment.  The command line wins over
 * the environment (JICENG_ENDPOINT, JICENG_GRAPH_STORE), which wins over
 * the file; --db and --memory choose the embedded store whatever the file
 * and the environment say. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "shell.h"

static const char *const config_keys[3] = {
  "endpoint", "graph-store", "netrc"
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
  for(i = 0; i < 3; i++)
    if(!strcmp(key, config_keys[i])) {
      free(sh->config[i]);
      sh->config[i] = strdup(value);
      return 0;
    }
  sh_error(sh, "%s:%ld: unknown key \"%s\" (endpoint, graph-store, netrc)",
           path, n, key);
  return -1;
}

int
sh_config(sh_state *sh)
{
  char *path = config_path(), *line = NULL;
  const char *env;
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
  if(sh->db || sh->memory)
    return rc;
  env = getenv("JICENG_ENDPOINT");
  if(!sh->endpoint)
    sh->endpoint = env && *env ? env : sh->config[0];
  env = getenv("JICENG_GRAPH_STORE");
  if(!sh->graph_store)
    sh->graph_store = env && *env ? env : sh->config[1];
  if(!sh->netrc)
    sh->netrc = sh->config[2];
  return rc;
}
