#!/usr/bin/env bash
# Renders the HTML audit report of examples/ in headless Chromium (Debian: apt-get install chromium
# fonts-noto-cjk) and checks that the page drew: a screenshot exists and is not blank. Prints the PNG path to
# look at. Not part of CI: it needs a browser.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/redline-report}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
swift build --product redline >/dev/null
.build/debug/redline audit examples --quiet --fail-on none --report "$out/report.html" >/dev/null
grep -q "<svg" "$out/report.html"
if grep -qE '(src|href)="https?:' "$out/report.html"; then echo "report loads from the network" >&2; exit 1; fi
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1800 \
    --screenshot="$out/report.png" "file://$out/report.html" 2>/dev/null
size=$(stat -c %s "$out/report.png")
[ "$size" -gt 50000 ] || { echo "screenshot is only $size bytes: the page did not draw" >&2; exit 1; }
echo "report: $out/report.html, screenshot: $out/report.png ($size bytes)"
