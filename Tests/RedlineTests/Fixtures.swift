import Foundation
@testable import Redline

/// Shared fixtures: the repository's own policies, loaded once.
enum Fixtures {
    /// The package root, found from this file's path.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let policiesPath = root + "/policies"

    /// The bundled policies; a load failure is a test failure with every error printed.
    static let bundled: PolicySet = {
        switch PolicyLoader.load(paths: [policiesPath]) {
        case .success(let set): return set
        case .failure(let failure): fatalError("bundled policies do not load:\n\(failure.rendered)")
        }
    }()

    static let platform = bundled.program(shop: nil)
    static let shop = bundled.program(shop: "example")

    /// Loads policy texts given in memory, returning the rendered errors (empty when valid).
    static func errors(_ files: [(String, String)]) -> [PolicyError] {
        switch PolicyLoader.load(texts: files.map { (path: $0.0, text: $0.1) }) {
        case .success: return []
        case .failure(let failure): return failure.errors.sorted { $0.location < $1.location }
        }
    }

    /// A minimal valid platform header to put rules under.
    static let header = """
    policy:
      id: p
      timezone: Asia/Shanghai
    lexicons:
      refusal: [不开, 不能]
    parameters:
      cap: {money: "5.00"}
    """
}
