/// A realistic 60-line policy document: nested mappings, sequences of mappings, quoted Chinese
/// strings, block scalars, anchors and comments.
enum PolicyFixture {
    static let text = """
        # 天猫客服合规策略
        policy:
          id: tmall-service-v3
          name: "天猫客服合规"
          version: 3
          enabled: true
          owner: 'risk-team'
        defaults: &defaults
          severity: warning
          channels: [chat, 旺旺]
          case_sensitive: false
        rules:
          - id: refund-promise
            base: *defaults
            title: "禁止承诺退款时效"
            severity: error
            match:
              any:
                - "保证.*天内到账"
                - '马上退款'
                - 立即到账
            message: |
              客服不得承诺具体的退款到账时间。
              请使用标准话术。
          - id: off-platform
            title: "引导站外交易"
            match:
              all:
                - pattern: "(微信|支付宝|QQ)"
                  field: text
                - pattern: '加我'
                  field: text
            exceptions:
              - shop: 官方旗舰店
                reason: >
                  官方店铺可以提供
                  售后联系方式。
          - id: abuse
            title: 辱骂用户
            severity: critical
            match: {any: ["滚", "傻", 'idiot']}
            notify:
              - team: 客服主管
                within_minutes: 30
              - team: 风控
                within_minutes: 60
        thresholds:
          warning: 3
          error: 1
          critical: 1
        report:
          format: json
          fields: [rule, severity, line, column]
          footer: |-
            由 Redline 生成
            请勿外传
        empty_value:
        null_value: ~
        # 结束

        """

    static var bytes: [UInt8] { Array(text.utf8) }
}
