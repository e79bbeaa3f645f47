/* <jiceng/plugin.h>: the name a loader plugin includes.  The plugin ABI
 * itself is jiceng-plugin.h, installed beside this file because the
 * shell's API (jiceng.h) includes it too; one header, two names. */
#include "jiceng-plugin.h"
