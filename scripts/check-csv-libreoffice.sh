#!/usr/bin/env bash
# Opens the CSV audit of examples/ in LibreOffice Calc's window, as a user double-clicking it would, on a
# virtual screen, and checks the Chinese came through: accepts the Text Import dialog as LibreOffice fills it
# in, copies the first finding's quote out of the sheet and compares it with the file. Saves screenshots of
# the dialog and of the sheet to look at. Not part of CI: it needs LibreOffice and an X server.
# Debian: apt-get install libreoffice-calc fonts-noto-cjk xvfb x11-apps imagemagick xdotool xclip
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/redline-csv}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
swift build --product redline >/dev/null
.build/debug/redline audit examples --quiet --fail-on none --format csv > "$out/findings.csv"

# The quote column of the first finding, as the file holds it.
read -r column expected < <(python3 - "$out/findings.csv" <<'EOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig")))
column = rows[0].index("quote")
print(column, rows[1][column])
EOF
)

display=99
while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
export DISPLAY=":$display"
Xvfb "$DISPLAY" -screen 0 1400x900x24 >/dev/null 2>&1 &
xvfb=$!
rm -rf "$out/profile"
soffice --norestore --nologo "-env:UserInstallation=file://$out/profile" --calc "$out/findings.csv" >/dev/null 2>&1 &
office=$!
trap 'kill $office $xvfb 2>/dev/null || true' EXIT

# Waits up to a minute for a window whose title is $1; prints its id.
window() {
    for _ in $(seq 60); do
        if id=$(xdotool search --name "$1" 2>/dev/null | head -1) && [ -n "$id" ]; then echo "$id"; return; fi
        sleep 1
    done
    echo "no window '$1' after a minute" >&2
    exit 1
}
screenshot() { xwd -root -silent | convert xwd:- "$1"; }

dialog=$(window "Text Import")
sleep 2
screenshot "$out/import-dialog.png"
xdotool windowfocus --sync "$dialog"
xdotool key --window "$dialog" Return

sheet=$(window "findings.csv - LibreOffice Calc")
sleep 3
screenshot "$out/sheet.png"
xdotool windowfocus --sync "$sheet"
xdotool key --window "$sheet" ctrl+Home Down
for _ in $(seq "$column"); do xdotool key --window "$sheet" Right; done
xdotool key --window "$sheet" ctrl+c
sleep 1
shown=$(xclip -o -selection clipboard)
if [ "$shown" != "$expected" ]; then
    echo "LibreOffice shows the first quote as '$shown', the file holds '$expected'" >&2
    exit 1
fi
echo "LibreOffice Calc shows the first quote as '$shown', as in the file."
echo "screenshots: $out/import-dialog.png (character set chosen), $out/sheet.png"
