/* core/redland-module.c: librdf_storage_jiceng.so, the loadable face of
 * redland.c.  librdf calls the one exported function, which libjiceng
 * already provides; this file only gives the module its entry point. */
#include <redland.h>

void librdf_storage_module_register_factory(librdf_world *world);
void jc_redland_register(librdf_world *world);

void
librdf_storage_module_register_factory(librdf_world *world)
{
  jc_redland_register(world);
}
