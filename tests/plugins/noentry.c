/* tests/plugins/noentry.c: a shared object without jc_plugin_entry. */
int noentry_something(void);

int
noentry_something(void)
{
  return 42;
}
