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
#include <term.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

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
static inline mmask_t folio_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t folio_button1_released(void) { return BUTTON1_RELEASED; }
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

/// The terminal named by TERM is known and can move the cursor: without that (TERM unset,
/// unknown, or dumb) initscr either exits the process or draws garbage.
static inline int folio_terminal_can_draw(void) {
    int error = 0;
    if (setupterm(NULL, STDOUT_FILENO, &error) != OK) return 0;
    const char *cup = tigetstr("cup");
    int can = cup != NULL && cup != (const char *)-1;
    del_curterm(cur_term);
    cur_term = NULL;
    return can;
}

// Giving the terminal back when the process dies of a fault (a Swift trap, SIGSEGV, abort):
// endwin is not safe in a signal handler, so the handler writes bytes prepared beforehand and
// sets the termios saved before initscr, both async-signal-safe, then lets the signal go on to
// the handler that was there before (Swift's backtrace) or kill the process.
struct folio_restore {
    struct termios shell_mode;
    int have_shell_mode;
    char bytes[512];
    size_t length;
    struct sigaction previous[NSIG];
};

/// One copy of the restore state (a static in a function, since Swift emits no header globals).
static inline struct folio_restore *folio_restore_state(void) {
    static struct folio_restore state;
    return &state;
}

/// Call before initscr: the terminal mode the shell had.
static inline void folio_save_shell_mode(void) {
    struct folio_restore *state = folio_restore_state();
    state->have_shell_mode = tcgetattr(STDIN_FILENO, &state->shell_mode) == 0;
}

static inline void folio_append_restore_bytes(const char *value) {
    struct folio_restore *state = folio_restore_state();
    if (value == NULL || value == (const char *)-1) return;
    size_t length = strlen(value);
    if (state->length + length >= sizeof state->bytes) return;
    memcpy(state->bytes + state->length, value, length);
    state->length += length;
}

static inline void folio_on_fault(int signal) {
    struct folio_restore *state = folio_restore_state();
    if (state->length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, state->bytes, state->length);
        (void)ignored;
    }
    if (state->have_shell_mode) tcsetattr(STDIN_FILENO, TCSANOW, &state->shell_mode);
    // The handler before ours (Swift's backtrace) runs now, the signal not being blocked here;
    // if it returns, as it does for a signal sent with kill, the default action ends the process.
    sigaction(signal, &state->previous[signal], NULL);
    raise(signal);
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigaction(signal, &fallback, NULL);
    raise(signal);
}

/// Call after initscr: prepares the bytes that end the screen (mouse reports off, attributes
/// off, cursor shown, keypad mode and the alternate screen left) and catches the fault signals.
static inline void folio_restore_terminal_on_fault(int mouse) {
    struct folio_restore *state = folio_restore_state();
    state->length = 0;
    if (mouse) folio_append_restore_bytes("\033[?1006l\033[?1000l");
    folio_append_restore_bytes(tigetstr("sgr0"));
    folio_append_restore_bytes(tigetstr("cnorm"));
    folio_append_restore_bytes(tigetstr("rmkx"));
    folio_append_restore_bytes(tigetstr("rmcup"));
    const int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = folio_on_fault;
        action.sa_flags = SA_NODEFER;
        sigemptyset(&action.sa_mask);
        sigaction(signals[i], &action, &state->previous[signals[i]]);
    }
}
#endif
