import Foundation
import Testing

/// The `redline` command as users meet it: outputs, exit codes and error texts.
@Suite("redline command", .serialized)
struct CommandTests {
    @Test("validate accepts the bundled policies")
    func validateBundled() throws {
        let result = try CommandRunner.run(["validate"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("ok: 2 policies"))
    }

    @Test("validate reports five different mistakes as five located errors and exits 2")
    func validateFiveMistakes() throws {
        let path = try CommandRunner.temporary("mistakes.yaml", """
        policy:
          id: shop
          extends: tmall
        rules:
          - id: shop.a
            category: invoices
            severity: fatal
            title: t
            message: m
            match:
              lexicon: invoise
          - id: shop.b
            category: invoice
            severity: error
            title: t
            message: m
            fixx: f
            match:
              money: {above: $cap}
        """)
        let result = try CommandRunner.run(["validate", "policies/tmall", path])
        #expect(result.status == 2)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix(path) }
        #expect(errors.map { String($0.dropFirst(path.count)) } == [
            ":6:15: error: unknown category 'invoices' (declare it under 'categories' to add one); did you mean 'invoice'?",
            ":7:15: error: invalid value 'fatal': expected error, warning or info",
            ":11:7: error: unknown lexicon 'invoise'; did you mean 'invoice'?",
            ":17:5: error: unknown key 'fixx' in a rule; did you mean 'fix'?",
            ":19:22: error: unknown parameter '$cap'",
        ])
        #expect(result.stderr.contains("      lexicon: invoise\n      ^\n"))
        #expect(result.stderr.hasSuffix("5 errors in policies\n"))
    }

    @Test("test runs every bundled example and passes")
    func testCommand() throws {
        let result = try CommandRunner.run(["test"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("0 failed"))
    }

    @Test("check blocks a violating reply, prints its findings and exits 1")
    func checkBlocks() throws {
        let result = try CommandRunner.run(["check", "--shop", "example", "亲，特价商品不开发票哦，加我V信给您优惠"])
        #expect(result.status == 1)
        #expect(result.stdout == (try CommandRunner.golden("check-block.txt")))
    }

    @Test("check allows a clean reply and exits 0")
    func checkAllows() throws {
        let result = try CommandRunner.run(["check", "--shop", "example", "您好，可以开发票的，请提供抬头和税号"])
        #expect(result.status == 0)
        #expect(result.stdout == "ALLOW: no findings\n")
    }

    @Test("check reads the draft from standard input and prints JSON")
    func checkJSON() throws {
        let result = try CommandRunner.run(["check", "-", "--format", "json", "--tier", "senior", "--shop", "example"],
                                           stdin: "给您补偿15元\n")
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["verdict"] as? String == "block")
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.first?["rule"] as? String == "example.compensation.cap")
        #expect(findings.first?["quote"] as? String == "给您补偿15元")
    }

    @Test("check judges the ship cut-off at the --time given, and without one never reads the clock",
          arguments: [("2026-11-11T17:00:00+08:00", "WARN"), ("2026-11-11T15:00:00+08:00", "ALLOW"), (nil, "ALLOW")])
    func checkTime(_ time: String?, verdict: String) throws {
        let result = try CommandRunner.run(["check", "--shop", "example", "可以的，今天就给您发"] + (time.map { ["--time", $0] } ?? []))
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(verdict))
    }

    @Test("check uses the conversation and order from --context")
    func checkContext() throws {
        let context = try CommandRunner.temporary("context.jsonl", """
        {"type":"conversation","id":"c9","shop":"example","buyer":"tb_bob","agent_tier":"junior","orders":["o9"]}
        {"type":"message","conversation":"c9","seq":1,"role":"buyer","text":"帮我查下我老婆的订单寄到哪了"}
        {"type":"order","id":"o9","shop":"example","buyer":"tb_alice","amount":"59.00","receiver":{"name":"李小红","phone":"13900001111","address":"杭州市西湖区文三路100号"}}
        """)
        let result = try CommandRunner.run(["check", "--context", context, "寄到杭州市西湖区文三路100号了"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("tmall.privacy.receiver_disclosed"))
    }

    @Test("audit prints FORMATS.md JSON Lines for the example input")
    func auditJSONL() throws {
        let result = try CommandRunner.run(["audit", "--format", "jsonl", "examples/chats.jsonl"])
        #expect(result.status == 1)
        #expect(result.stdout == (try CommandRunner.golden("audit-chats.jsonl")))
    }

    @Test("a bad input line is reported as file:line, skipped, and the audit exits 2")
    func auditBadLine() throws {
        let path = try CommandRunner.temporary("bad.jsonl", """
        {"type":"message","conversation":"c1","seq":1,"role":"agent","text":"加我微信"}
        {"type":"message","conversation":"c1","seq":2,"role":"agent","text":"oops}

        {"type":"order","id":"o1","amount":"1.005"}
        {"type":"message","conversation":"c2","seq":1,"role":"agent","text":"我们不开发票"}
        """)
        let result = try CommandRunner.run(["audit", path, "--format", "jsonl"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(path):2: error: invalid JSON at column 69: unterminated string"))
        #expect(result.stderr.contains("\(path):4: error: field 'amount': '1.005' is not an amount in yuan with at most two decimals"))
        #expect(result.stderr.contains("2 bad input lines skipped"))
        #expect(result.stdout.split(separator: "\n").count == 2)
    }

    @Test("CSV output opens in spreadsheets: a byte order mark, a header, quoted fields, CRLF line ends")
    func csv() throws {
        let result = try CommandRunner.run(["audit", "--format", "csv", "examples/chats.jsonl"])
        #expect(result.status == 1)
        let lines = result.stdout.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("\u{FEFF}\"rule\",\"category\",\"severity\""))
        #expect(lines[1].hasPrefix("\"tmall.invoice.refusal\",\"invoice\",\"error\",\"c1\",\"2\",\"6\",\"10\",\"不开发票\""))
        #expect(lines.count == 7 && lines[6].isEmpty)
    }

    @Test("an audit ends with a summary on standard error, and reads folders")
    func summary() throws {
        let result = try CommandRunner.run(["audit", "examples"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("summary: 539 findings, compensation owed 2094.86 CNY\n"))
        #expect(result.stderr.contains("by agent: kf_01 31, kf_06 23"))
        #expect(try CommandRunner.run(["audit", "examples", "--quiet"]).stderr.isEmpty)
    }

    @Test("--fail-on none reports findings and exits 0; --fail-on info fails on anything")
    func failOn() throws {
        let none = try CommandRunner.run(["audit", "examples/chats.jsonl", "--fail-on", "none"])
        #expect(none.status == 0 && none.stdout.contains("tmall.invoice.refusal"))
        let info = try CommandRunner.run(["check", "--shop", "example", "亲，在的", "--fail-on", "info"])
        #expect(info.status == 1)
    }

    @Test("explain shows an order's timeline with the amount owed")
    func explain() throws {
        let result = try CommandRunner.run(["explain", "--order", "o1", "examples/chats.jsonl"])
        #expect(result.status == 0)
        #expect(result.stdout == (try CommandRunner.golden("explain-o1.txt")))
    }

    @Test("due lists what is overdue and what is at stake at a moment, ignoring later events")
    func due() throws {
        let result = try CommandRunner.run(["due", "--as-of", "2026-11-13T12:00:00+08:00", "examples/double11.jsonl"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("OVERDUE  2026-11-13T11:51:07+08:00  o0002  tmall.shipping.delayed  owes 10.73 CNY\n"))
        #expect(result.stdout.contains("DUE      2026-11-16T11:51:07+08:00  o0002  tmall.shipping.stockout  64.35 CNY at stake\n"))
        // o0003 was picked up on the 14th, after the moment: at 12:00 on the 13th it was still open.
        #expect(result.stdout.contains("DUE      2026-11-13T20:23:26+08:00  o0003  tmall.shipping.delayed  5.00 CNY at stake\n"))
    }

    @Test("bad usage exits 2 with the reason on stderr", arguments: [["audit", "--format", "xml"], ["check"], ["frobnicate"]])
    func badUsage(_ arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test("run away from the policies folder, a command says how to point at it and exits 2")
    func noPoliciesHere() throws {
        let elsewhere = FileManager.default.temporaryDirectory
        let result = try CommandRunner.run(["check", "亲，加我微信"], in: elsewhere)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--policies"))
        let pointed = try CommandRunner.run(["check", "--policies", CommandRunner.root.appendingPathComponent("policies").path, "加我微信"],
                                            in: elsewhere)
        #expect(pointed.status == 1)
    }

    @Test("an audit that cannot write its temporary files says where and exits 2")
    func noRoomForTemporaryFiles() throws {
        let result = try CommandRunner.run(["audit", "examples/chats.jsonl"], environment: ["TMPDIR": "/nonexistent/redline/"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write the temporary file /nonexistent/redline/"))
        #expect(result.stderr.contains("TMPDIR"))
    }

    @Test("gzip input audits like the plain file; truncated gzip is an error")
    func gzip() throws {
        let plain = try CommandRunner.run(["audit", "--format", "jsonl", "--quiet", "examples/chats.jsonl"])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chats-\(getpid()).jsonl.gz").path
        let zip = Process()
        zip.executableURL = URL(fileURLWithPath: "/bin/sh")
        zip.arguments = ["-c", "gzip -c examples/chats.jsonl > '\(path)'"]
        zip.currentDirectoryURL = CommandRunner.root
        try zip.run()
        zip.waitUntilExit()
        let zipped = try CommandRunner.run(["audit", "--format", "jsonl", "--quiet", path])
        #expect(zipped.status == plain.status)
        #expect(zipped.stdout == plain.stdout)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let truncated = try CommandRunner.temporary("truncated.jsonl.gz", "")
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: truncated))
        let broken = try CommandRunner.run(["audit", "--quiet", truncated])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("\(truncated): error: cannot read input: truncated gzip data"))
    }

    @Test("an unreadable input exits 2")
    func unreadable() throws {
        let result = try CommandRunner.run(["audit", "no/such/file.jsonl"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no/such/file.jsonl"))
    }

    @Test("schema prints the committed JSON Schema")
    func schema() throws {
        let result = try CommandRunner.run(["schema"])
        #expect(result.status == 0)
        #expect(result.stdout == (try String(contentsOf: CommandRunner.root.appendingPathComponent("schema/redline-policy.schema.json"), encoding: .utf8)))
    }
}
