#ifndef NOTESCHECK_CCMARK_SHIM_H
#define NOTESCHECK_CCMARK_SHIM_H
#include <cmark.h>
#endif
