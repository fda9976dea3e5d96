#!/usr/bin/env bash
# Render-check Word output with LibreOffice: each .docx -> PDF (soffice headless) -> page 1 as PNG.
# Fails when LibreOffice cannot open a file or the PDF has no page.
#
#   tests/render-docx.sh                 # writes the seed and the test samples (via the tests), renders seed.docx
#   tests/render-docx.sh --all           # same, renders every generated file
#   tests/render-docx.sh a.docx b.docx   # renders the given files
#
# Output goes to out/render/ (override with RENDER_OUT). Needs:
#   apt-get update; apt-get install -y libreoffice-writer-nogui poppler-utils fonts-ipaexfont-mincho fonts-ipaexfont-gothic
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${RENDER_OUT:-$root/out/render}"
mkdir -p "$out"

for tool in soffice pdfinfo pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render-docx: '$tool' not found; install libreoffice-writer-nogui and poppler-utils" >&2; exit 2; }
done

files=()
if [[ $# -eq 0 || "${1:-}" == "--all" ]]; then
  samples="$out/docx"
  rm -rf "$samples"
  echo "render-docx: writing the seed and samples to $samples"
  DOCX_SAMPLES_DIR="$samples" dotnet test "$root/tests/Converter.Docx.Tests" \
    --filter "FullyQualifiedName~SampleOutputTests" --nologo -v quiet >/dev/null
  if [[ "${1:-}" == "--all" ]]; then
    files=("$samples"/*.docx)
  else
    files=("$samples/seed.docx")
  fi
else
  files=("$@")
fi

# A private LibreOffice profile: no clash with a running instance, no first-start dialogs.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

status=0
for docx in "${files[@]}"; do
  [[ -f "$docx" ]] || { echo "render-docx: $docx: no such file" >&2; status=1; continue; }
  name="$(basename "$docx" .docx)"
  pdf="$out/$name.pdf"
  rm -f "$pdf"
  if ! timeout 120 soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$docx" >"$out/$name.soffice.log" 2>&1 \
     || [[ ! -s "$pdf" ]]; then
    echo "render-docx: $docx: LibreOffice could not convert it (see $out/$name.soffice.log)" >&2
    status=1
    continue
  fi
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  if [[ -z "$pages" || "$pages" -eq 0 ]]; then
    echo "render-docx: $docx: the PDF has no page" >&2
    status=1
    continue
  fi
  size="$(pdfinfo "$pdf" | awk -F': *' '/^Page size:/ {print $2}')"
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$pdf" "$out/$name.page1"
  fonts="$(pdffonts "$pdf" 2>/dev/null | awk 'NR>2 {print $1}' | sed 's/^[A-Z]\{6\}+//' | sort -u | paste -sd, -)"
  echo "$name: $pages page(s), $size, fonts: ${fonts:-none} -> $out/$name.page1.png"
done
exit $status
