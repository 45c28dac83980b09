import Foundation
import TOMLKit

/// What a user sets in `$XDG_CONFIG_HOME/folio/config.toml` (else `~/.config/folio/`): other keys
/// for actions and other colours for the reader's tints. Read at start and refused whole, with
/// the line of the first thing wrong, rather than half applied.
///
///     [keys]
///     tag = "T"                 # an action, by the help's name for it in snake case
///     next_quote = ["]", "n"]   # or a list of keys
///     [colors]
///     quote = "yellow"          # quote, faint_quote, match, accent, bar
public struct Config: Sendable {
    var keys = KeyMap()
    /// The colour named for each tint set.
    var colors: [Style.Tint: String] = [:]

    public init() {}

    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return config + "/folio/config.toml"
    }

    /// The configuration at `path`; none there is the standard one.
    public static func load(path: String) throws(ConfigError) -> Config {
        guard FileManager.default.fileExists(atPath: path) else { return Config() }
        guard let data = FileManager.default.contents(atPath: path) else { throw ConfigError(message: "\(path): cannot be read") }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    static let colorNames = ["default", "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static func parse(_ text: String, file: String) throws(ConfigError) -> Config {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            // Its description ends with where, which the message gives first.
            let what = error.description.replacingOccurrences(of: #"\s*\(at line \d+, column \d+\)$"#, with: "", options: .regularExpression)
            throw ConfigError(message: "\(file) line \(error.source.begin.line): \(what)")
        } catch {
            throw ConfigError(message: "\(file): \(error)")
        }
        func fail(_ section: String, _ key: String?, _ what: String) -> ConfigError {
            ConfigError(message: "\(file) line \(line(of: key, in: section, text)): \(what)")
        }
        var config = Config()
        for section in table.keys {
            guard let values = table[section]?.table, ["keys", "colors"].contains(section) else {
                throw fail(section, nil, "[\(section)] is not a section Folio reads: [keys] and [colors] are")
            }
            for name in values.keys {
                let value = values[name]!
                if section == "colors" {
                    guard let tint = Style.Tint.allCases.first(where: { $0 != .plain && Action.snakeCased(String(describing: $0)) == name }) else {
                        throw fail(section, name, "“\(name)” is not a colour Folio draws with: quote, faint_quote, match, accent, bar")
                    }
                    guard let colour = value.string, colorNames.contains(colour) else {
                        throw fail(section, name, "\(name) takes one of " + colorNames.joined(separator: ", "))
                    }
                    config.colors[tint] = colour
                    continue
                }
                guard let action = KeyTable.actions.first(where: { $0.configName == name }) else {
                    throw fail(section, name, "“\(name)” is not an action; the actions are " + KeyTable.actions.map(\.configName).joined(separator: ", "))
                }
                let names = value.string.map { [$0] } ?? value.array?.compactMap(\.string) ?? []
                let keys = names.compactMap(Key.init(named:))
                guard !keys.isEmpty, keys.count == names.count, keys.count == (value.array?.count ?? 1) else {
                    throw fail(section, name, "\(name) takes a key or a list of keys: one character, Space, Ctrl-X, Enter, Esc, Tab, Backspace, Up, Down, Left, Right, PgUp, PgDn, Home or End")
                }
                config.keys.keys[action] = keys
            }
        }
        // A key given to an action must not be another's in a view where both are bound.
        for context in KeyTable.contexts {
            let bindings = KeyTable.bindings(context, config.keys) + KeyTable.global(config.keys)
            for (action, keys) in config.keys.keys where bindings.contains(where: { $0.action == action }) {
                for key in keys {
                    if let other = bindings.first(where: { $0.action != action && $0.keys.contains(key) }) {
                        throw fail("keys", action.configName, "\(key.label) is already “\(other.help)” (\(other.action.configName)) in \(context.title)")
                    }
                }
            }
        }
        return config
    }

    /// The line (from 1) where `key` is set in `[section]`, or where the section starts.
    private static func line(of key: String?, in section: String, _ text: String) -> Int {
        var inSection = false
        var start = 1
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[") {
                inSection = trimmed == "[\(section)]"
                if inSection { start = i + 1 }
                continue
            }
            if inSection, let key, trimmed.hasPrefix(key), trimmed.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") { return i + 1 }
        }
        return start
    }
}

/// What is wrong with a configuration, naming its file and line.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
