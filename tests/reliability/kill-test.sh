#!/usr/bin/env bash
# Crash safety: SIGKILLs a batch conversion at random moments and checks what is left.
#
#   tests/reliability/kill-test.sh [KILLS] [DOCUMENTS]      (defaults: 8 kills, 300 documents)
#
# Publishes the CLI (Release), makes DOCUMENTS inputs from the seed and the test corpus, then KILLS times:
# starts `converter convert IN --to json,docx,pdf` and SIGKILLs it after a random 0.3-6 s. After each kill:
#   - every visible output (*.json, *.docx, *.pdf) must be complete: JSON validates against the schema
#     (converter validate), DOCX is a sound zip whose XML parts parse, PDF passes qpdf --check (or, without
#     qpdf, starts with %PDF- and ends with %%EOF);
#   - the only other files allowed are the converter's own hidden temporaries, .NAME.PID.N.tmp.
# Then a final run without a kill must convert every document, leave every output valid, and remove every
# temporary left by the killed runs (the documented rule: each run removes stale temporaries of its own
# naming pattern whose process no longer runs, in the folders it writes into).
# Work files in $KILL_TEST_OUT (default out/kill-test). Exit 0 when every check passed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
kills="${1:-8}"
count="${2:-300}"
work="${KILL_TEST_OUT:-$root/out/kill-test}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$work"
mkdir -p "$work/in" "$work/out"
echo "kill-test: publishing the CLI (Release)"
dotnet publish src/Converter.Cli/Converter.Cli.csproj -c Release -o "$work/cli" --nologo -v quiet >/dev/null
cli=(dotnet "$work/cli/converter.dll")

# Inputs: the seed and the corpus, each copy made distinct by a line of its own after the title block.
sources=(seeds/*.txt)
for f in tests/Converter.Tests/documents/*.txt; do
  case "$f" in *.expected.txt|*.sjis.txt) ;; *) sources+=("$f") ;; esac
done
for i in $(seq 1 "$count"); do
  src="${sources[$(( i % ${#sources[@]} ))]}"
  { cat "$src"; printf '\nCopy %d of %s.\n' "$i" "$(basename "$src")"; } > "$(printf '%s/in/doc%04d.txt' "$work" "$i")"
done
echo "kill-test: $count documents from ${#sources[@]} sources"

failures=0
fail() { echo "kill-test: FAIL: $*"; failures=$((failures + 1)); }

check_outputs() {  # $1: label
  local label="$1" json_files=() bad=0
  while IFS= read -r -d '' f; do json_files+=("$f"); done < <(find "$work/out" -name '*.json' ! -name '.*' -print0)
  if [ ${#json_files[@]} -gt 0 ] && ! "${cli[@]}" validate "${json_files[@]}" >"$work/validate.log" 2>&1; then
    fail "$label: a visible JSON output does not validate: $(grep -v ': OK$' "$work/validate.log" | head -3)"
  fi
  python3 - "$work/out" <<'PY' || bad=1
import sys, os, zipfile, xml.dom.minidom
bad = []
for dirpath, _, names in os.walk(sys.argv[1]):
    for n in names:
        if n.startswith('.') or not n.endswith('.docx'):
            continue
        p = os.path.join(dirpath, n)
        try:
            with zipfile.ZipFile(p) as z:
                if z.testzip() is not None or '[Content_Types].xml' not in z.namelist():
                    raise ValueError('damaged zip')
                for e in z.namelist():
                    if e.endswith('.xml') or e.endswith('.rels'):
                        xml.dom.minidom.parseString(z.read(e))
        except Exception as e:
            bad.append(f'{p}: {e}')
for b in bad[:5]:
    print('  ' + b)
sys.exit(1 if bad else 0)
PY
  [ "$bad" = 0 ] || fail "$label: a visible DOCX output is damaged"
  while IFS= read -r -d '' f; do
    if command -v qpdf >/dev/null 2>&1; then
      qpdf --check "$f" >/dev/null 2>&1 || { [ $? = 3 ] || fail "$label: $f fails qpdf --check"; }
    else
      head -c 5 "$f" | grep -q '%PDF-' && tail -c 1024 "$f" | grep -q '%%EOF' || fail "$label: $f is not a complete PDF"
    fi
  done < <(find "$work/out" -name '*.pdf' ! -name '.*' -print0)
  local strays
  strays=$(find "$work/out" -type f ! -name '*.json' ! -name '*.docx' ! -name '*.pdf' ! -regex '.*/\.[^/]*\.[0-9]+\.[0-9]+\.tmp' | head -5)
  [ -z "$strays" ] || fail "$label: unexpected files: $strays"
  local visible_tmp
  visible_tmp=$(find "$work/out" -type f -name '*.tmp' ! -name '.*' | head -5)
  [ -z "$visible_tmp" ] || fail "$label: visible temporaries: $visible_tmp"
}

for k in $(seq 1 "$kills"); do
  delay=$(python3 -c 'import random; print(f"{random.uniform(0.3, 6.0):.2f}")')
  "${cli[@]}" convert "$work/in" --to json,docx,pdf --jobs 2 -q -o "$work/out" >/dev/null 2>"$work/run-$k.err" &
  pid=$!
  sleep "$delay"
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    state="killed after ${delay}s"
  else
    wait "$pid" || true
    state="finished before ${delay}s"
  fi
  outputs=$(find "$work/out" -type f ! -name '.*' | wc -l)
  temps=$(find "$work/out" -type f -name '.*.tmp' | wc -l)
  echo "kill-test: run $k $state: $outputs outputs, $temps hidden temporaries"
  check_outputs "run $k"
done

echo "kill-test: final run"
if ! "${cli[@]}" convert "$work/in" --to json,docx,pdf --jobs 2 -q -o "$work/out" >/dev/null 2>"$work/final.err"; then
  fail "final run failed: $(head -3 "$work/final.err")"
fi
outputs=$(find "$work/out" -type f ! -name '.*' | wc -l)
temps=$(find "$work/out" -type f -name '.*.tmp' | wc -l)
echo "kill-test: final run: $outputs outputs (expected $((count * 3))), $temps temporaries"
[ "$outputs" = $((count * 3)) ] || fail "final run: $outputs outputs, expected $((count * 3))"
[ "$temps" = 0 ] || fail "final run left $temps temporaries"
check_outputs "final run"

if [ "$failures" = 0 ]; then echo "kill-test: passed ($kills kills, $count documents)"; else echo "kill-test: $failures failure(s)"; fi
[ "$failures" = 0 ]
