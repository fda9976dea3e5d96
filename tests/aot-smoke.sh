#!/usr/bin/env bash
# Native AOT smoke test: the native executable (publish profile NativeAot) must behave exactly like the
# framework-dependent build. Both convert the seed and the corpus to every format, and the output trees must be
# byte-identical; validate, schema, JSON input, stdout output and an error path must print the same and exit
# with the same code. Needs clang and zlib1g-dev (.ci/run installs them).
# Usage: aot-smoke.sh [NATIVE]   compare NATIVE (e.g. the executable package-smoke.sh installed from the tool package)
#                                instead of publishing one here with the NativeAot profile.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$root/src/Converter.Cli" -c Release -nologo -v quiet >"$work/build.log" 2>&1 \
  || { cat "$work/build.log"; echo "aot-smoke: build failed"; exit 1; }
if [ -n "${1:-}" ]; then
  [ -x "$1" ] || { echo "aot-smoke: $1 is not an executable"; exit 1; }
  aot=("$1")
else
  dotnet publish "$root/src/Converter.Cli" -p:PublishProfile=NativeAot -o "$work/aot" -nologo -v quiet >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log"; echo "aot-smoke: native AOT publish failed"; exit 1; }
  aot=("$work/aot/converter")
fi
jit=(dotnet "$root/src/Converter.Cli/bin/Release/net10.0/converter.dll")

mkdir "$work/in"
cp "$root/seeds/"*.txt "$work/in/"
cp -r "$root/tests/Converter.Tests/documents" "$work/in/corpus"
"${jit[@]}" convert "$work/in" -r --to json,docx,pdf,akn,html -o "$work/out-jit" -q
"${aot[@]}" convert "$work/in" -r --to json,docx,pdf,akn,html -o "$work/out-aot" -q
diff -r "$work/out-jit" "$work/out-aot" >/dev/null || { diff -rq "$work/out-jit" "$work/out-aot" | head; echo "aot-smoke: outputs differ"; exit 1; }
count=$(find "$work/out-aot" -type f | wc -l)

seed_json="$work/out-jit/joint-statement-2025-09-22.ja.json"
printf '{"schemaVersion": 3}' >"$work/bad.json"
same() {
  local ra=0 rb=0
  "${jit[@]}" "$@" >"$work/jit.out" 2>&1 || ra=$?
  "${aot[@]}" "$@" >"$work/aot.out" 2>&1 || rb=$?
  cmp -s "$work/jit.out" "$work/aot.out" && [ "$ra" = "$rb" ] \
    || { echo "aot-smoke: 'converter $*' differs (exit $ra vs $rb)"; exit 1; }
}
same validate "$seed_json"
same validate --format json "$seed_json" "$work/bad.json"
same schema
same convert "$seed_json" --to pdf -o -
same convert "$work/in/joint-statement-2025-09-22.ja.txt" --to docx -o -
same convert "$work/missing.txt"
same --version
echo "aot-smoke: native executable matches the framework-dependent build ($count files byte-identical)"
