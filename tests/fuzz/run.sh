#!/usr/bin/env bash
# Fuzzes the text parser and the JSON reader with AFL++ and SharpFuzz, one harness after the other.
#
#   tests/fuzz/run.sh [DURATION] [HARNESS...]
#
# DURATION per harness: seconds, or with m/h (default 10m). HARNESS (default: parse json):
#   parse     DocumentConverter.Parse(bytes) and the JSON emitter: an exception other than ConversionException is a crash
#   json      DocumentConverter.FromJson/Load: same, and a document it accepts must be written and read back identical
#   fidelity  the parser again, with the fidelity promise (every non-whitespace character once, in order) as a crash
#   docx      the Word reader (DocxReader) and the JSON emitter; an input that is not a zip is packaged as word/document.xml
# Installs what it needs (afl++ from Debian, the SharpFuzz.CommandLine tool from this folder's manifest),
# publishes tests/fuzz/Converter.Fuzz, instruments Converter.Core.dll, seeds each harness from seeds/,
# tests/Converter.Tests/documents/ and the JSON those convert to, runs afl-fuzz, then prints executions,
# crashes and hangs read from AFL's fuzzer_stats. Findings stay in $FUZZ_OUT (default out/fuzz/<harness>/);
# replay one with: dotnet out/fuzz/bin/Converter.Fuzz.dll parse < FILE
# Exits 0 when no harness found a crash or a hang, 1 otherwise, 2 when it could not run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

duration="${1:-10m}"
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(parse json)
case "$duration" in
  *h) seconds=$(( ${duration%h} * 3600 )) ;;
  *m) seconds=$(( ${duration%m} * 60 )) ;;
  *s) seconds=${duration%s} ;;
  *) seconds=$duration ;;
esac
work="${FUZZ_OUT:-$root/out/fuzz}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# 1. Tools.
if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "fuzz: installing afl++ (Debian)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++) >/dev/null \
    || { echo "fuzz: cannot install afl++" >&2; exit 2; }
fi
(cd "$here" && dotnet tool restore >/dev/null) || { echo "fuzz: cannot restore the SharpFuzz.CommandLine tool" >&2; exit 2; }

# 2. Build (instrumented below, after the seeds are made: only our library, Converter.Core.dll).
rm -rf "$work/bin"
dotnet publish "$here/Converter.Fuzz/Converter.Fuzz.csproj" -c Release -o "$work/bin" --nologo -v quiet >/dev/null
harness_dll="$work/bin/Converter.Fuzz.dll"

# 3. Seeds, then instrument.
mkdir -p "$work/seeds/parse" "$work/seeds/json" "$work/seeds/docx"
rm -f "$work/seeds/parse/"* "$work/seeds/json/"* "$work/seeds/docx/"*
cp "$here/seeds/parse/"* "$work/seeds/parse/"
cp seeds/*.txt "$work/seeds/parse/"
for f in tests/Converter.Tests/documents/*.txt; do
  case "$f" in *.expected.txt) ;; *) cp "$f" "$work/seeds/parse/" ;; esac
done
cp "$here/seeds/json/"* "$work/seeds/json/"
# Past findings (now fixed) stay in the corpus, so the fuzzer starts from the paths that once broke.
for h in parse fidelity json docx; do
  [ -d "$here/regressions/$h" ] || continue
  s=$h; [ "$h" = fidelity ] && s=parse
  mkdir -p "$work/seeds/$s"
  find "$here/regressions/$h" -type f ! -name '.*' -exec cp {} "$work/seeds/$s/" \;
done
# (before instrumenting: an instrumented library runs only under Fuzzer.Run)
dotnet "$harness_dll" seed-json "$work/seeds/json" "$work/seeds/parse/"*
dotnet "$harness_dll" seed-docx "$work/seeds/docx" seeds/*.txt tests/Converter.Tests/documents/ja-agreement-articles.txt tests/Converter.Tests/documents/en-memorandum-sections.txt
(cd "$here" && dotnet tool run sharpfuzz "$work/bin/Converter.Core.dll") >/dev/null
(cd "$here" && dotnet tool run sharpfuzz "$work/bin/Converter.Docx.dll") >/dev/null

# 4. Fuzz, one harness at a time (the machine has two cores; the tests may need the other).
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 \
  AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_FORKSRV_INIT_TMOUT=60000
status=0
summary=()
for h in "${harnesses[@]}"; do
  case "$h" in
    parse|fidelity) dict="$here/text.dict"; seeds="$work/seeds/parse" ;;
    json) dict="$here/json.dict"; seeds="$work/seeds/json" ;;
    docx) dict="$here/docx.dict"; seeds="$work/seeds/docx" ;;
    *) echo "fuzz: unknown harness '$h' (parse, json, fidelity, docx)" >&2; exit 2 ;;
  esac
  findings="$work/$h"
  rm -rf "$findings"
  echo "fuzz: $h for ${seconds}s (findings in $findings)"
  # -t 5000: an input that takes 5 s is a hang (real documents take milliseconds).
  afl-fuzz -i "$seeds" -o "$findings" -x "$dict" -V "$seconds" -t 5000 -m none \
    -- dotnet "$harness_dll" "$h" 2>&1 | head -c 20000000 >"$work/$h.log" || true  # a bounded log: afl-fuzz can repeat a warning forever
  stats="$findings/default/fuzzer_stats"
  if [ ! -f "$stats" ]; then
    echo "fuzz: $h: afl-fuzz did not start; see $work/$h.log" >&2
    tail -n 20 "$work/$h.log" >&2
    status=2
    continue
  fi
  get() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
  execs=$(get execs_done)
  crashes=$(get saved_crashes); [ -n "$crashes" ] || crashes=$(get unique_crashes)
  hangs=$(get saved_hangs); [ -n "$hangs" ] || hangs=$(get unique_hangs)
  line="$h: $execs executions in $(get run_time) s ($(get execs_per_sec)/s), $crashes crashes, $hangs hangs, $(get corpus_count) corpus entries, edges $(get edges_found)/$(get total_edges)"
  summary+=("$line")
  echo "fuzz: $line"
  if [ "${crashes:-0}" != 0 ] || [ "${hangs:-0}" != 0 ]; then
    [ "$status" = 2 ] || status=1
    ls "$findings/default/crashes" "$findings/default/hangs" 2>/dev/null | sed 's/^/fuzz:   /'
  fi
done

echo "fuzz: summary"
for line in "${summary[@]}"; do echo "  $line"; done
exit $status
