#!/usr/bin/env bash
# Renders the seed as HTML and takes the README's screenshot of it with headless Chromium:
#   bash tests/html-screenshot.sh            → docs/images/seed-html.png
# Needs chromium and Japanese fonts (apt-get install chromium fonts-ipaexfont), as the page names only system fonts.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/Converter.Cli" -c Release -nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dotnet "$root/src/Converter.Cli/bin/Release/net10.0/converter.dll" convert "$root/seeds/joint-statement-2025-09-22.ja.txt" --to html -o "$work" -q
sandbox=(); [ "$(id -u)" = 0 ] && sandbox=(--no-sandbox)
mkdir -p "$root/docs/images"
chromium "${sandbox[@]}" --headless --disable-gpu --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --user-data-dir="$work/profile" --hide-scrollbars --force-device-scale-factor=1 --window-size=900,1200 \
  --screenshot="$root/docs/images/seed-html.png" "file://$work/joint-statement-2025-09-22.ja.html" >/dev/null 2>&1
echo "wrote docs/images/seed-html.png"
