#!/usr/bin/env bash
# Inspects a PDF written by the converter with independent tools (poppler-utils, qpdf):
#   1. pdffonts: every font embedded, subset and with a Unicode map;
#   2. pdftotext -raw: the text equals the expected text (white space ignored), if an expected file is given;
#   3. qpdf --check: no syntax or stream errors and no warnings;
#   4. pdftoppm: page 1 (and 2) rendered to PNG for a person to look at.
# Usage: tests/inspect-pdf.sh FILE.pdf [EXPECTED.txt] [OUTDIR]
#   EXPECTED.txt  text the pages must contain, in order (e.g. the document's reading-order text); page
#                 numbers ("- n -") are removed from the PDF text before comparing.
#   OUTDIR        where PNGs go (default: beside the PDF).
# Needs: apt-get install poppler-utils qpdf. Exit status 0 only if every check passes.
set -euo pipefail

pdf=${1:?usage: $0 FILE.pdf [EXPECTED.txt] [OUTDIR]}
expected=${2:-}
outdir=${3:-$(dirname "$pdf")}
for tool in pdffonts pdftotext pdftoppm qpdf pdfinfo; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install poppler-utils qpdf" >&2; exit 2; }
done
status=0
fail() { echo "FAIL: $*"; status=1; }
ok() { echo "ok:   $*"; }

pdfinfo "$pdf" | grep -E '^(Title|Creator|Producer|Tagged|Pages|Page size|PDF version|File size):' || true

# 1. Fonts: skip the two header lines; columns: name type encoding emb sub uni object gen.
fonts=$(pdffonts "$pdf" | tail -n +3)
if [[ -z "$fonts" ]]; then fail "no fonts"; fi
while read -r line; do
  [[ -z "$line" ]] && continue
  read -r -a f <<<"$line"
  n=${#f[@]}
  name=${f[0]} emb=${f[n-5]} sub=${f[n-4]} uni=${f[n-3]}
  if [[ $emb == yes && $sub == yes && $uni == yes ]]; then ok "font $name embedded, subset, Unicode"
  else fail "font $name: emb=$emb sub=$sub uni=$uni"; fi
done <<<"$fonts"

# 2. Text.
if [[ -n "$expected" ]]; then
  actual=$(pdftotext -raw -enc UTF-8 "$pdf" - | LC_ALL=C sed 's/\xc2\xad//g' | grep -Ev '^[[:space:]]*-[[:space:]]*[0-9]+[[:space:]]*-[[:space:]]*$' | tr -d '[:space:]\f')
  want=$(tr -d '[:space:]' <"$expected")
  if [[ "$actual" == "$want" ]]; then ok "pdftotext -raw equals $(basename "$expected") (${#want} characters, white space ignored)"
  else
    fail "pdftotext -raw differs from $(basename "$expected")"
    diff <(fold -w 40 <<<"$want") <(fold -w 40 <<<"$actual") | head -20 || true
  fi
fi

# 3. qpdf: exit 0 = clean, 3 = warnings, 2 = errors.
if out=$(qpdf --check "$pdf" 2>&1); then ok "qpdf --check: no errors or warnings"
else fail "qpdf --check (exit $?):"; echo "$out" | sed 's/^/      /'; fi

# 4. Pictures.
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
last=$(( pages < 2 ? pages : 2 ))
base="$outdir/$(basename "${pdf%.pdf}")"
pdftoppm -r 100 -png -f 1 -l "$last" "$pdf" "$base"
ok "rendered pages 1-$last to ${base}-*.png"
exit $status
