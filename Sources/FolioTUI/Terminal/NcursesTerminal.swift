import CNcursesw
import Foundation

/// The only code that talks to ncurses: it paints a grid and reads keys. Everything it paints is
/// a cell of a `Grid`, made of sanitised text, so no byte of an article reaches the terminal as is.
final class NcursesTerminal {
    private let colours: Bool
    private var open = false

    /// Whether the terminal can show the reader at all (TERM set, known, with cursor addressing).
    static var canDraw: Bool {
        TerminalLocale.prepare()
        return folio_terminal_can_draw() != 0
    }

    /// The colour named for each tint the configuration sets (`Config.colors`).
    private let colors: [Style.Tint: String]

    init(colors: [Style.Tint: String] = [:]) {
        self.colors = colors
        TerminalLocale.prepare()
        folio_save_shell_mode()
        initscr()
        open = true
        raw()
        noecho()
        nonl()
        keypad(folio_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        wtimeout(folio_stdscr(), 40)
        // The release is asked for, and makes the click (`read`): outside the mask it made
        // ncurses read on for the next event, blocking past the timeout, so an article opened
        // by a click stayed unpainted until the next key.
        let mouse = mousemask(folio_wheel_up() | folio_wheel_down() | folio_button1_pressed() | folio_button1_released(), nil)
        mouseinterval(0)
        folio_restore_terminal_on_fault(mouse != 0 ? 1 : 0)
        colours = has_colors() && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        if colours {
            start_color()
            use_default_colors()
            for tint in Style.Tint.allCases where tint != .plain {
                let (fg, bg) = colors[tint].flatMap(Self.colour(named:)).map { ($0, Int16(-1)) } ?? Self.colour(of: tint)
                init_pair(Int16(tint.rawValue), fg, bg)
            }
        }
    }

    /// Gives the terminal back as it was; safe to call more than once.
    func restore() {
        guard open else { return }
        open = false
        // A blank screen first: tmux, after the window grew, shows rows of the alternate screen
        // above the shell's once it is left, and the last article list would stay there.
        werase(folio_stdscr())
        wrefresh(folio_stdscr())
        endwin()
    }

    deinit { restore() }

    /// Gives the terminal back and stops the process as the shell's job control expects; returns
    /// once `fg` (SIGCONT) resumes it, the caller then repainting. In a process group no shell
    /// controls, the kernel does not stop it and the reader simply carries on.
    func suspend() {
        endwin()
        // The default action stops; the catcher `Signals` set up comes back for the next time.
        var caught = sigaction()
        sigaction(SIGTSTP, nil, &caught)
        signal(SIGTSTP, SIG_DFL)
        kill(0, SIGTSTP)
        sigaction(SIGTSTP, &caught, nil)
        wrefresh(folio_stdscr())
    }

    /// Gives the terminal back while `body` runs (an editor), then takes it again.
    func suspended<T>(_ body: () -> T) -> T {
        endwin()
        defer { wrefresh(folio_stdscr()) }
        return body()
    }

    var size: (width: Int, height: Int) { (Int(folio_cols()), Int(folio_rows())) }

    /// The colours of each tint; -1 is the terminal's own.
    /// A colour as the configuration names it (`Config.colorNames`); -1 is the terminal's own.
    private static func colour(named name: String) -> Int16? {
        let colours: [String: Int32] = ["default": -1, "black": COLOR_BLACK, "red": COLOR_RED, "green": COLOR_GREEN, "yellow": COLOR_YELLOW,
                                        "blue": COLOR_BLUE, "magenta": COLOR_MAGENTA, "cyan": COLOR_CYAN, "white": COLOR_WHITE]
        return colours[name].map { Int16($0) }
    }

    private static func colour(of tint: Style.Tint) -> (Int16, Int16) {
        switch tint {
        case .plain: (-1, -1)
        case .quote: (Int16(COLOR_CYAN), -1)
        case .faintQuote: (Int16(COLOR_BLUE), -1)
        case .match: (Int16(COLOR_YELLOW), -1)
        case .accent: (Int16(COLOR_MAGENTA), -1)
        case .bar: (Int16(COLOR_BLUE), -1)
        }
    }

    private func attributes(_ style: Style) -> attr_t {
        var a = folio_a_normal()
        if style.bold { a |= folio_a_bold() }
        if style.dim { a |= folio_a_dim() }
        if style.underline { a |= folio_a_underline() }
        if style.reverse { a |= folio_a_reverse() }
        if colours, style.tint != .plain { a |= folio_color_pair(Int16(style.tint.rawValue)) }
        return a
    }

    /// Paints the grid, a run of same-styled cells at a time; ncurses sends only what changed.
    func paint(_ grid: Grid, redraw: Bool = false) {
        let screen = folio_stdscr()
        if redraw { clearok(screen, true) }
        for row in 0..<grid.height {
            var column = 0
            while column < grid.width {
                let style = grid[row, column].style
                var run: [wchar_t] = []
                var end = column
                while end < grid.width, grid[row, end].style == style {
                    let cell = grid[row, end]
                    if !cell.continuation {
                        run += cell.grapheme.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                    }
                    end += 1
                }
                wattrset(screen, Int32(bitPattern: attributes(style)))
                run.withUnsafeBufferPointer { buffer in
                    _ = mvwaddnwstr(screen, Int32(row), Int32(column), buffer.baseAddress, Int32(buffer.count))
                }
                column = end
            }
        }
        wattrset(screen, 0)
        wnoutrefresh(screen)
        doupdate()
    }

    enum Input {
        case key(Key)
        case resize
    }

    /// The next key, or nil after a short wait with none, so the caller can look at its inbox.
    func read() -> Input? {
        var ch: wint_t = 0
        let kind = wget_wch(folio_stdscr(), &ch)
        if kind == ERR { return nil }
        if kind == folio_code_yes() { return special(Int32(ch)) }
        switch ch {
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(UInt8(ch) + 96))))
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .key(.char(Character(scalar)))
        }
    }

    private func special(_ code: Int32) -> Input? {
        switch code {
        case folio_key_resize(): return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case folio_key_mouse():
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            if event.bstate & folio_wheel_up() != 0 { return .key(.wheelUp) }
            if folio_wheel_down() != 0, event.bstate & folio_wheel_down() != 0 { return .key(.wheelDown) }
            // The release makes the click: a press and its release read together come as the
            // release alone, and a press without a release is a drag's start.
            if event.bstate & folio_button1_released() != 0 { return .key(.click(row: Int(event.y), column: Int(event.x))) }
            return nil
        default: return nil
        }
    }
}
