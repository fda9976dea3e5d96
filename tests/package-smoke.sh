#!/usr/bin/env bash
# Packaging smoke test (run by .ci/run after the unit tests):
#  1. dotnet pack makes the library packages and the converter tool: the pointer package, the native AOT package for
#     linux-x64 (when this machine is linux-x64) and the framework-dependent fallback (RID "any");
#  2. the tool installs from the local folder as a user would (`dotnet tool install converter`), the installed command
#     is the native executable (no .NET runtime start-up, no JIT), and it converts the seed to the same JSON as the
#     snapshot; the fallback package installs and converts the seed too;
#  3. a fresh project referencing Converter.Core from that folder converts the seed in two lines.
# Usage: package-smoke.sh [TOOL_DIR]   install the tool into TOOL_DIR and keep it (.ci/run hands the native
#                                      executable to aot-smoke.sh, so it is compiled once); default: a temporary folder.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tool="${1:-$work/tool}"
# A private package cache, so a package of the same version cached by an earlier run is never used.
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
seed="$root/seeds/joint-statement-2025-09-22.ja.txt"
snapshot="$root/tests/Converter.Tests/Json/snapshots/seed.verified.json"
fail() { echo "package-smoke: $*"; exit 1; }
pack() { # pack LOG ARGS...: quiet unless it fails
  local log="$work/$1.log"; shift
  dotnet pack "$@" -c Release -o "$work/artifacts" --nologo -v quiet >"$log" 2>&1 || { cat "$log"; fail "dotnet pack $* failed"; }
}

pack pack "$root/Converter.sln"
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)"
native=false
if [ "$rid" = linux-x64 ]; then
  # A fresh publish folder: the tool package takes every file in it, stale ones included.
  pack pack-native "$root/src/Converter.Cli" -r linux-x64 -p:PublishDir="$work/publish-native/"
  native=true
fi
pack pack-any "$root/src/Converter.Cli" -r any -p:PublishAot=false -p:PublishDir="$work/publish-any/"
for p in Converter.Core Converter.Docx Converter.Pdf Converter.AkomaNtoso Converter.Html converter converter.any; do
  ls "$work/artifacts/$p".[0-9]*.nupkg >/dev/null 2>&1 || fail "$p package missing"
done
$native && { ls "$work/artifacts"/converter.linux-x64.*.nupkg >/dev/null 2>&1 || fail "converter.linux-x64 package missing"; }
version="$(ls "$work/artifacts"/converter.[0-9]*.nupkg | sed -E 's/.*converter\.([0-9][^/]*)\.nupkg/\1/')"

[ ! -e "$tool" ] || [ -z "$(ls -A "$tool")" ] || fail "TOOL_DIR $tool must be empty or absent"
dotnet tool install converter --version "$version" --tool-path "$tool" --add-source "$work/artifacts" >"$work/tool.log" 2>&1 \
  || { cat "$work/tool.log"; fail "tool install failed"; }
installed="$(readlink -f "$tool/converter")"
if $native; then
  # The command must be the native executable itself: an ELF file, with no converter.dll beside it.
  [ "$(head -c 4 "$installed" | od -An -c | tr -d ' ')" = '177ELF' ] || fail "installed converter is not an ELF executable: $installed"
  [ ! -e "$(dirname "$installed")/converter.dll" ] || fail "installed converter is the JIT build (converter.dll beside it), not the native one"
  case "$installed" in */converter.linux-x64/*) ;; *) fail "installed from the wrong package: $installed" ;; esac
fi
"$tool/converter" --help | grep -q "convert" || fail "converter --help failed"
"$tool/converter" convert "$seed" -o "$work/out" --quiet
cmp "$work/out/joint-statement-2025-09-22.ja.json" "$snapshot" || fail "installed tool's JSON differs from the snapshot"

# The fallback for platforms without a native package: framework-dependent, runs wherever .NET 10 does.
dotnet tool install converter.any --version "$version" --tool-path "$work/tool-any" --add-source "$work/artifacts" >"$work/tool-any.log" 2>&1 \
  || { cat "$work/tool-any.log"; fail "fallback tool install failed"; }
"$work/tool-any/converter" convert "$seed" -o "$work/out-any" --quiet
cmp "$work/out-any/joint-statement-2025-09-22.ja.json" "$snapshot" || fail "fallback tool's JSON differs from the snapshot"

mkdir "$work/app"
cat >"$work/app/app.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup><PackageReference Include="Converter.Core" Version="$version" /></ItemGroup>
</Project>
XML
cat >"$work/app/Program.cs" <<'CS'
var doc = Converter.DocumentConverter.ParseFile(args[0]);
Console.Write(Converter.DocumentConverter.ToJson(doc));
CS
# Keep the app outside the repository's Directory.*.props (central versions would not apply to it).
{ dotnet restore "$work/app/app.csproj" --source "$work/artifacts" --source https://api.nuget.org/v3/index.json \
  && dotnet run --no-restore --project "$work/app/app.csproj" -- "$seed" >"$work/app.json"; } \
  >"$work/app.log" 2>&1 || { cat "$work/app.log"; fail "library consumer failed"; }
cmp "$work/app.json" "$snapshot" || fail "library consumer JSON differs"
$native && kind="native executable ($(du -m "$installed" | cut -f1) MB)" || kind="framework-dependent fallback (no native package for $rid)"
echo "package-smoke: packages built; 'dotnet tool install converter' gave the $kind, which converted the seed; the fallback package and a library consumer converted the seed"
