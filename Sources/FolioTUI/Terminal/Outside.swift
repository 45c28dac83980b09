import Foundation

/// The clipboard and the browser, reached from the reader.
enum Outside {
    /// Puts `text` on the clipboard through the terminal (OSC 52), which works over ssh and in
    /// tmux with `set-clipboard on`. The text travels as base64: nothing in it reaches the
    /// terminal as a control.
    static func copy(_ text: String) {
        FileHandle.standardOutput.write(Data(("\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}").utf8))
    }

    /// Opens `url` with the first browser of `$BROWSER`, else xdg-open, in the background, its
    /// output kept off the screen. The address is an argument, never read by a shell.
    static func open(_ url: String) {
        let browser = ProcessInfo.processInfo.environment["BROWSER"]?.split(separator: ":").first.map(String.init)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [browser ?? "xdg-open", url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}
