#!/usr/bin/env bash
# Audit throughput against ripgrep on the same file, release build. Generates a deterministic corpus
# (redline-corpus: orders, events and chats of a Double 11), then prints for each scale: size, messages,
# Redline's time, MB/s, messages/s and peak memory, ripgrep's time searching every literal term of the
# bundled policies, and the ratio Redline/ripgrep in throughput (1.0 = as fast as ripgrep).
# The corpus has ten messages per order (redline-corpus ORDERS 7 29): 100k orders give 1M messages.
# Usage: scripts/bench-audit.sh [ORDERS_AT_1X=100000] [SCALES="1 10"]   (needs ripgrep: apt-get install ripgrep)
set -euo pipefail
cd "$(dirname "$0")/.."
orders="${1:-100000}"
scales="${2:-1 10}"
work="${TMPDIR:-/tmp}/redline-bench"
mkdir -p "$work"
swift build -c release --product redline >/dev/null
swift build -c release --product redline-corpus >/dev/null
.build/release/redline validate --print-terms > "$work/terms.txt"
echo "terms searched by ripgrep: $(wc -l < "$work/terms.txt")"
for scale in $scales; do
    corpus="$work/corpus-$orders-$scale.jsonl"
    [ -f "$corpus" ] || .build/release/redline-corpus $((orders * scale)) 7 29 > "$corpus"
    bytes=$(stat -c %s "$corpus")
    messages=$(grep -c '"type":"message"' "$corpus")
    cat "$corpus" > /dev/null   # warm the page cache for both tools
    start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$work/memory" .build/release/redline audit "$corpus" --quiet --fail-on none --format jsonl > "$work/findings.jsonl"
    redline=$(echo "$(date +%s.%N) - $start" | bc)
    start=$(date +%s.%N)
    rg -F -c -f "$work/terms.txt" "$corpus" > /dev/null || true
    ripgrep=$(echo "$(date +%s.%N) - $start" | bc)
    awk -v b="$bytes" -v m="$messages" -v r="$redline" -v g="$ripgrep" -v k="$(cat "$work/memory")" -v s="$scale" 'BEGIN {
        mb = b / 1048576
        printf "%sx: %.0f MB, %d messages | redline %.2f s, %.1f MB/s, %.0f messages/s, peak %.0f MB | ripgrep %.2f s, %.1f MB/s | ratio %.3f\n",
            s, mb, m, r, mb / r, m / r, k / 1024, g, mb / g, g / r }'
done
