#!/usr/bin/env bash
# Audit throughput against ripgrep on the same file, release build. Generates a deterministic corpus
# (redline-corpus: orders, events and chats of a Double 11), then prints for each scale: size, messages,
# Redline's time, MB/s, messages/s and peak memory; ripgrep's time searching the same file for every literal term
# and every pattern of the bundled policies; and the ratio Redline/ripgrep in throughput (1.0 = as fast as ripgrep).
# ripgrep gets its best set-up on this machine: the terms as fixed strings, the patterns its own regex engine
# accepts in that engine, the rest (lookarounds) in PCRE2, all three searches at once so that it uses every core as
# Redline does; patterns are matched case-insensitively, as Redline matches them. The time for the literal
# terms alone, and the ratio against it, are printed too.
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
# A corpus is kept for the next run, named after the generator that wrote it.
generator=$(sha1sum .build/release/redline-corpus | cut -c1-12)
.build/release/redline validate --print-terms > "$work/terms.txt"
.build/release/redline validate --print-patterns > "$work/patterns.txt"
: > "$work/patterns-default.txt"
: > "$work/patterns-pcre2.txt"
while IFS= read -r pattern; do
    # ripgrep exits 2 when its default engine cannot compile a pattern (lookarounds): PCRE2 takes those.
    if rg --engine default -q -e "$pattern" /dev/null 2>/dev/null || [ $? -eq 1 ]; then
        printf '%s\n' "$pattern" >> "$work/patterns-default.txt"
    else
        printf '%s\n' "$pattern" >> "$work/patterns-pcre2.txt"
    fi
done < "$work/patterns.txt"
echo "searched by ripgrep: $(wc -l < "$work/terms.txt") literal terms, $(wc -l < "$work/patterns-default.txt") patterns in its default engine, $(wc -l < "$work/patterns-pcre2.txt") in PCRE2"
for scale in $scales; do
    corpus="$work/corpus-$generator-$orders-$scale.jsonl"
    [ -f "$corpus" ] || .build/release/redline-corpus $((orders * scale)) 7 29 > "$corpus"
    bytes=$(stat -c %s "$corpus")
    messages=$(grep -c '"type":"message"' "$corpus")
    cat "$corpus" > /dev/null   # warm the page cache for both tools
    start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$work/memory" .build/release/redline audit "$corpus" --quiet --fail-on none --format jsonl > "$work/findings.jsonl"
    redline=$(echo "$(date +%s.%N) - $start" | bc)
    start=$(date +%s.%N)
    rg -F -c -f "$work/terms.txt" "$corpus" > /dev/null || true
    terms=$(echo "$(date +%s.%N) - $start" | bc)
    start=$(date +%s.%N)
    { rg -F -c -f "$work/terms.txt" "$corpus" > /dev/null || true; } &
    { rg -i -c -f "$work/patterns-default.txt" "$corpus" > /dev/null || true; } &
    { rg -i -P -c -f "$work/patterns-pcre2.txt" "$corpus" > /dev/null || true; } &
    wait
    ripgrep=$(echo "$(date +%s.%N) - $start" | bc)
    awk -v b="$bytes" -v m="$messages" -v r="$redline" -v g="$ripgrep" -v t="$terms" -v k="$(cat "$work/memory")" -v s="$scale" 'BEGIN {
        mb = b / 1048576
        printf "%sx: %.0f MB, %d messages | redline %.2f s, %.1f MB/s, %.0f messages/s, peak %.0f MB | ripgrep %.2f s, %.1f MB/s | ratio %.3f | ripgrep literal terms alone %.2f s, ratio %.3f\n",
            s, mb, m, r, mb / r, m / r, k / 1024, g, mb / g, g / r, t, t / r }'
done
