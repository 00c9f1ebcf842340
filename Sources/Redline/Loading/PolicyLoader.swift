import Foundation
import RedlineYAML

/// Finds policy files, reads them through the YAML reader with hard limits, and resolves them into a
/// `PolicySet`, or reports every error of every file at once.
public enum PolicyLoader {
    /// The largest policy file accepted.
    public static let maximumFileSize = 2 << 20

    /// Loads every `.yaml`/`.yml` file under the given files and folders (folders recursively, in name order).
    public static func load(paths: [String]) -> Result<PolicySet, PolicyLoadFailure> {
        var errors: [PolicyError] = []
        var files: [PolicyFile] = []
        var sources: [String: String] = [:]
        for path in expand(paths, errors: &errors) {
            guard let data = FileManager.default.contents(atPath: path) else {
                errors.append(PolicyError(.unreadable(reason: "no such file or not readable"), at: SourceLocation(path: path, line: 0)))
                continue
            }
            sources[path] = String(decoding: data, as: UTF8.self)
            let (file, fileErrors) = read(Array(data), path: path)
            files += file.map { [$0] } ?? []
            errors += fileErrors
        }
        if files.isEmpty, errors.isEmpty {
            errors.append(PolicyError(.unreadable(reason: "no policy files (*.yaml) found"),
                                      at: SourceLocation(path: paths.joined(separator: " "), line: 0)))
        }
        var resolver = PolicyResolver(files: files)
        let policies = resolver.resolve()
        let (patterns, patternErrors) = PatternCheck.compile(policies)
        errors += resolver.errors + patternErrors
        guard errors.isEmpty else { return .failure(PolicyLoadFailure(errors: errors, sources: sources)) }
        return .success(PolicySet(policies: policies, sources: sources, patterns: patterns))
    }

    /// Loads policies from in-memory texts, keyed by the path to report.
    public static func load(texts: [(path: String, text: String)]) -> Result<PolicySet, PolicyLoadFailure> {
        var errors: [PolicyError] = []
        var files: [PolicyFile] = []
        for (path, text) in texts {
            let (file, fileErrors) = read(Array(text.utf8), path: path)
            files += file.map { [$0] } ?? []
            errors += fileErrors
        }
        var resolver = PolicyResolver(files: files)
        let policies = resolver.resolve()
        let (patterns, patternErrors) = PatternCheck.compile(policies)
        errors += resolver.errors + patternErrors
        let sources = Dictionary(texts.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
        return errors.isEmpty ? .success(PolicySet(policies: policies, sources: sources, patterns: patterns))
            : .failure(PolicyLoadFailure(errors: errors, sources: sources))
    }

    /// Reads one file's bytes: as much of the file as could be read, and every error found in it.
    static func read(_ bytes: [UInt8], path: String) -> (PolicyFile?, [PolicyError]) {
        let root: YAMLNode?
        do {
            root = try YAMLReader.parse(bytes, limits: YAMLLimits(maxBytes: maximumFileSize, maxDepth: 32, maxNodes: 100_000))
        } catch {
            let location = SourceLocation(path: path, line: max(1, error.mark.line), column: max(1, error.mark.column))
            return (nil, [PolicyError(.yaml(error.message), at: location)])
        }
        guard let root else { return (nil, [PolicyError(.emptyFile, at: SourceLocation(path: path, line: 1, column: 1))]) }
        var reader = PolicyFileReader(path: path)
        let file = reader.read(root)
        return (file, reader.reader.errors)
    }

    static func expand(_ paths: [String], errors: inout [PolicyError]) -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(PolicyError(.unreadable(reason: "no such file or folder"), at: SourceLocation(path: path, line: 0)))
                continue
            }
            guard isDirectory.boolValue else { result.append(path); continue }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .sorted()
            result += found.map { "\(base)/\($0)" }
        }
        return result
    }
}

/// Everything wrong with a set of policy files, with their texts for excerpts.
public struct PolicyLoadFailure: Error, Sendable {
    public var errors: [PolicyError]
    public var sources: [String: String]

    /// The errors printed compiler-style, sorted by file and position.
    public var rendered: String { DiagnosticPrinter(sources: sources).render(errors) }
}
