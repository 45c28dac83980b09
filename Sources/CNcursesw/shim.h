// What Swift needs of ncursesw and cannot import from ncurses.h directly.
// SwiftPM drops the -D_XOPEN_SOURCE=600 that pkg-config gives, which hides the wide-character
// API; NCURSES_WIDECHAR brings it back. The attribute and colour macros and getmaxyx are
// macros, which Swift does not import, so small inline functions stand in for them.
#ifndef FOLIO_CNCURSESW_H
#define FOLIO_CNCURSESW_H

#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <strings.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncurses.h>

static inline WINDOW *folio_stdscr(void) { return stdscr; }
static inline int folio_rows(void) { return getmaxy(stdscr); }
static inline int folio_cols(void) { return getmaxx(stdscr); }

static inline attr_t folio_a_normal(void) { return A_NORMAL; }
static inline attr_t folio_a_bold(void) { return A_BOLD; }
static inline attr_t folio_a_dim(void) { return A_DIM; }
static inline attr_t folio_a_underline(void) { return A_UNDERLINE; }
static inline attr_t folio_a_reverse(void) { return A_REVERSE; }
static inline attr_t folio_a_italic(void) { return A_ITALIC; }
static inline attr_t folio_color_pair(short pair) { return COLOR_PAIR(pair); }

static inline int folio_key_resize(void) { return KEY_RESIZE; }
static inline int folio_key_mouse(void) { return KEY_MOUSE; }
static inline int folio_code_yes(void) { return KEY_CODE_YES; }
static inline mmask_t folio_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t folio_wheel_down(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}

/// wcwidth is declared only under _XOPEN_SOURCE, which SwiftPM drops.
extern int wcwidth(wchar_t c);
static inline int folio_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/// The codeset of the current locale is UTF-8.
static inline int folio_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && strcasecmp(codeset, "UTF-8") == 0;
}
#endif
