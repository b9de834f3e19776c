#pragma once
// OpenGL 3.3 entry points. Mesa's libGL exports every core function, so with
// GL_GLEXT_PROTOTYPES (set by gui/CMakeLists.txt) the prototypes are all we need: no loader.
#include <GL/gl.h>
#include <GL/glext.h>
