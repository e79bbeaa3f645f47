/* core/child.c: the one way jiceng starts and waits for a child process
 * (jc_child_*): the plugin runs of a load (isolate.c), `jiceng plugin
 * check` and Graphviz in the shell. */
#include <errno.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
#include "jiceng.h"

pid_t
jc_child_start(int (*fn)(void *data), void *data)
{
  pid_t pid;

  fflush(NULL);  /* the child must not write our buffered output twice */
  pid = fork();
  if(pid == 0)
    _exit(fn(data));
  return pid;
}

int
jc_child_wait(pid_t pid, int *status)
{
  int rc;

  *status = 0;
  while((rc = (int)waitpid(pid, status, 0)) < 0 && errno == EINTR)
    ;
  return rc < 0 ? -1 : 0;
}
