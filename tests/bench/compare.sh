#!/usr/bin/env bash
# Whole-process timings of the converter, as a user runs it, against pandoc (→ .docx) + LibreOffice (→ PDF/A).
# Not part of the unit test run: timings belong to scripts and benchmarks, never to timed unit tests.
#
#   tests/bench/compare.sh              everything: cold CLI vs pandoc+LibreOffice, batch, scaling/memory
#   tests/bench/compare.sh cold         only the cold single-document comparison
#   tests/bench/compare.sh batch        only the 1,000-document batch
#   tests/bench/compare.sh scaling      only the 1 MB / 10 MB / 100 MB scaling and peak memory check
#
# Environment: ROUNDS (alternating rounds for the cold comparison, default 15), BATCH_COUNT (default 1000),
# SCALING_SIZES (default "1M 10M 100M"), SCALING_FORMATS (default "json json,docx,pdf"), BENCH_OUT (work folder, default out/bench), SKIP_INSTALL=1.
#
# Installs what it needs (Debian, as root): hyperfine, pandoc, LibreOffice Writer, the IPAex fonts, and clang and
# zlib1g-dev for the native AOT publish.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
what=${1:-all}
rounds=${ROUNDS:-15}
batch_count=${BATCH_COUNT:-1000}
sizes=${SCALING_SIZES:-1M 10M 100M}
out=${BENCH_OUT:-$repo/out/bench}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '\n== %s\n' "$*"; }

# ---- 1. tools ----
if [ "${SKIP_INSTALL:-0}" != 1 ] && command -v apt-get >/dev/null 2>&1; then
  need=()
  command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)
  command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
  command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
  command -v clang >/dev/null 2>&1 || need+=(clang)                      # native AOT link step
  [ -e /usr/include/zlib.h ] || need+=(zlib1g-dev)
  [ -e /usr/share/fonts/opentype/ipaexfont-mincho ] || [ -e /usr/share/fonts/truetype/ipaexfont-mincho ] || need+=(fonts-ipaexfont-mincho)
  [ -e /usr/share/fonts/opentype/ipaexfont-gothic ] || [ -e /usr/share/fonts/truetype/ipaexfont-gothic ] || need+=(fonts-ipaexfont-gothic)
  if [ ${#need[@]} -gt 0 ]; then
    say "installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
fi
for tool in hyperfine pandoc soffice python3 /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "compare.sh: $tool is missing" >&2; exit 1; }
done

# ---- 2. builds: Release (JIT), the ReadyToRun publish and the native AOT publish users get from the README ----
mkdir -p "$out"
say "building (Release, the ReadyToRun publish and the native AOT publish)"
dotnet build src/Converter.Cli -c Release -v q -nologo >/dev/null
dotnet publish src/Converter.Cli -c Release -p:PublishProfile=ReadyToRun -o "$out/r2r" -v q -nologo >/dev/null
dotnet publish src/Converter.Cli -p:PublishProfile=NativeAot -o "$out/aot" -v q -nologo >/dev/null
dotnet build tests/Converter.Benchmarks -c Release -v q -nologo >/dev/null
jit="$repo/src/Converter.Cli/bin/Release/net10.0/converter"
r2r="$out/r2r/converter"
aot="$out/aot/converter"
gen() { dotnet "$repo/tests/Converter.Benchmarks/bin/Release/net10.0/Converter.Benchmarks.dll" "$@"; }

seed="$repo/seeds/joint-statement-2025-09-22.ja.txt"
work="$out/work"
rm -rf "$work"; mkdir -p "$work"
cp "$seed" "$work/seed.txt"

# Formats: json,docx,pdf once the PDF emitter is in; until then whatever the CLI knows.
formats=json,docx,pdf
if ! "$jit" convert "$work/seed.txt" --to pdf -o "$work/probe" -q 2>/dev/null; then
  formats=json,docx
  echo "compare.sh: this build has no pdf emitter; timing --to $formats" >&2
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GiB; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "versions: $(dotnet --version) SDK; $(pandoc --version | head -1); $(soffice --version 2>/dev/null | head -1 | cut -c1-40)"

median_of() { python3 -c 'import statistics,sys; v=[float(x) for x in sys.argv[1:]]; print(f"{statistics.median(v):.3f}")' "$@"; }

# ---- 3. cold single document: ours vs theirs, alternating ----
cold() {
  say "cold CLI, seed → $formats (ours) vs pandoc → docx + LibreOffice → PDF/A (theirs); $rounds alternating rounds"
  local lo_profile="file://$work/lo-profile"
  # PDF/A-2 through the JSON filter options (LibreOffice ≥ 7.4); the plain filter if that form is refused.
  local filter='pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
  (cd "$work" && pandoc seed.txt -o theirs.docx)
  if ! (cd "$work" && soffice -env:UserInstallation="$lo_profile" --headless --convert-to "$filter" --outdir "$work" theirs.docx >/dev/null 2>&1) \
     || ! grep -qa 'pdfaid:part' "$work/theirs.pdf"; then
    echo "compare.sh: LibreOffice refused the PDF/A filter options; using plain writer_pdf_Export" >&2
    filter='pdf:writer_pdf_Export'
  fi
  local ours_jit="$jit convert $work/seed.txt --to $formats -o $work/ours-jit -q"
  local ours_r2r="$r2r convert $work/seed.txt --to $formats -o $work/ours-r2r -q"
  local ours_aot="$aot convert $work/seed.txt --to $formats -o $work/ours-aot -q"
  local theirs="cd $work && pandoc seed.txt -o theirs.docx && soffice -env:UserInstallation=$lo_profile --headless --convert-to '$filter' --outdir $work theirs.docx >/dev/null 2>&1"
  # Warm the page cache and LibreOffice's profile once; then every round runs each command once, the order
  # rotating, so drift in machine load hits all sides alike.
  eval "$ours_jit"; eval "$ours_r2r"; eval "$ours_aot"; eval "$theirs"
  local names=(ours-aot ours-r2r ours-jit theirs)
  local cmds=("$ours_aot" "$ours_r2r" "$ours_jit" "$theirs")
  rm -f "$work"/round-*.json
  for ((i = 0; i < rounds; i++)); do
    local order=()
    for ((k = 0; k < 4; k++)); do order+=($(( (i + k) % 4 ))); done
    for k in "${order[@]}"; do
      hyperfine --runs 1 --shell bash --style none --export-json "$work/round-$i-${names[$k]}.json" "${cmds[$k]}" >/dev/null 2>&1
    done
  done
  python3 - "$work" "$rounds" <<'PY'
import glob, json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
res = {}
for name in ("ours-aot", "ours-r2r", "ours-jit", "theirs"):
    wall, cpu = [], []
    for f in glob.glob(f"{work}/round-*-{name}.json"):
        r = json.load(open(f))["results"][0]
        wall.append(r["times"][0]); cpu.append(r["user"] + r["system"])
    res[name] = (statistics.median(wall), statistics.median(cpu), min(wall))
print(f"{'':22}{'median wall':>12}{'min wall':>10}{'median cpu':>12}")
for name, label in (("ours-aot", "ours (native AOT)"), ("ours-r2r", "ours (ReadyToRun)"), ("ours-jit", "ours (dotnet build)"), ("theirs", "pandoc + LibreOffice")):
    w, c, m = res[name]
    print(f"{label:22}{w:11.3f}s{m:9.3f}s{c:11.3f}s")
t = res["theirs"][0]
print(f"ratio theirs/ours, median wall: native AOT {t / res['ours-aot'][0]:.1f}x, ReadyToRun {t / res['ours-r2r'][0]:.1f}x, dotnet build {t / res['ours-jit'][0]:.1f}x")
print(f"target: ours ≤ 0.300 s wall -> {'met' if res['ours-aot'][0] <= 0.3 else 'MISSED'} ({res['ours-aot'][0]:.3f} s native AOT)")
PY
}

# ---- 4. batch: 1,000 seed-sized documents ----
batch() {
  say "batch: $batch_count seed-sized documents → $formats, -j $(nproc)"
  gen batch "$batch_count" "$work/batch"
  local cmd="$aot convert $work/batch --to $formats -o $work/batch-out -q"
  hyperfine --warmup 1 --runs 3 --shell none --export-json "$work/batch.json" "$cmd" >/dev/null
  python3 - "$work/batch.json" "$batch_count" <<'PY'
import json, statistics, sys
r = json.load(open(sys.argv[1]))["results"][0]
n = int(sys.argv[2]); m = statistics.median(r["times"])
print(f"median {m:.2f} s wall ({n / m:.0f} documents/s), cpu {r['user'] + r['system']:.2f} s; target ≤ 5 s -> {'met' if m <= 5 else 'MISSED'}")
PY
}

# ---- 5. scaling and peak memory ----
scaling() {
  say "scaling and peak memory (/usr/bin/time -v), native AOT build"
  printf '%-6s %-16s %10s %10s %12s %14s\n' size formats wall_s cpu_s peak_MB limit_MB
  local rows="$work/scaling.tsv"; : > "$rows"
  for size in $sizes; do
    local f="$work/scale-$size.txt"
    gen generate "$size" "$f" >/dev/null
    local bytes; bytes=$(stat -c %s "$f")
    for fmt in ${SCALING_FORMATS:-json $formats}; do
      rm -rf "$work/scale-out"
      /usr/bin/time -v "$aot" convert "$f" --to "$fmt" -o "$work/scale-out" -q --max-input-size 1G 2> "$work/time.txt" >/dev/null \
        || { echo "compare.sh: converting $size to $fmt failed:"; tail -5 "$work/time.txt"; continue; }
      local wall cpu rss
      wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time.txt")
      cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{print u+s}' "$work/time.txt")
      rss=$(awk -F': ' '/Maximum resident set size/{print $2/1024}' "$work/time.txt")
      local limit; limit=$(python3 -c "print(f'{5*$bytes/1e6+60:.0f}')")
      printf '%-6s %-16s %10.2f %10.2f %12.0f %14s\n' "$size" "$fmt" "$wall" "$cpu" "$rss" "$limit"
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$bytes" "$fmt" "$wall" "$cpu" "$rss" >> "$rows"
    done
  done
  python3 - "$rows" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
by = {}
for size, b, fmt, wall, cpu, rss in rows:
    by.setdefault(fmt, []).append((int(b), float(wall), float(cpu), float(rss)))
for fmt, v in by.items():
    v.sort()
    if len(v) < 2: continue
    (b0, w0, c0, _), (b1, w1, c1, _) = v[0], v[-1]
    print(f"{fmt}: {b1 / b0:.0f}x the input took {w1 / w0:.0f}x the wall time ({c1 / c0:.0f}x the cpu); "
          f"target ≤ {1.1 * b1 / b0:.0f}x -> {'met' if w1 / w0 <= 1.1 * b1 / b0 else 'MISSED'}")
    for b, w, c, rss in v:
        limit = 5 * b / 1e6 + 60
        print(f"  {b / 1e6:7.1f} MB: peak {rss:6.0f} MB, limit {limit:6.0f} MB -> {'met' if rss <= limit else 'MISSED'}")
PY
}

case "$what" in
  cold) cold ;;
  batch) batch ;;
  scaling) scaling ;;
  all) cold; batch; scaling ;;
  *) echo "usage: $0 [all|cold|batch|scaling]" >&2; exit 2 ;;
esac
