#!/usr/bin/env bash
# Packaging smoke test (run by .ci/run after the unit tests):
#  1. dotnet pack makes the library packages and the converter tool;
#  2. the tool installs from the local folder and converts the seed to the same JSON as the snapshot;
#  3. a fresh project referencing Converter.Core from that folder converts the seed in two lines.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private package cache, so a package of the same version cached by an earlier run is never used.
export NUGET_PACKAGES="$work/packages"

dotnet pack "$root/Converter.sln" -c Release -o "$work/artifacts" --nologo -v quiet >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; echo "package-smoke: dotnet pack failed"; exit 1; }
for p in Converter.Core Converter.Docx Converter.Pdf Converter.AkomaNtoso Converter.Html converter; do
  ls "$work/artifacts/$p".*.nupkg >/dev/null 2>&1 || { echo "package-smoke: $p package missing"; exit 1; }
done
version="$(ls "$work/artifacts"/converter.*.nupkg | sed -E 's/.*converter\.([0-9][^/]*)\.nupkg/\1/')"

dotnet tool install converter --version "$version" --tool-path "$work/tool" --add-source "$work/artifacts" >"$work/tool.log" 2>&1 \
  || { cat "$work/tool.log"; echo "package-smoke: tool install failed"; exit 1; }
"$work/tool/converter" --help | grep -q "convert" || { echo "package-smoke: converter --help failed"; exit 1; }
"$work/tool/converter" convert "$root/seeds/joint-statement-2025-09-22.ja.txt" -o "$work/out" --quiet
cmp "$work/out/joint-statement-2025-09-22.ja.json" "$root/tests/Converter.Tests/Json/snapshots/seed.verified.json" \
  || { echo "package-smoke: installed tool's JSON differs from the snapshot"; exit 1; }

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
  && dotnet run --no-restore --project "$work/app/app.csproj" -- "$root/seeds/joint-statement-2025-09-22.ja.txt" >"$work/app.json"; } \
  >"$work/app.log" 2>&1 || { cat "$work/app.log"; echo "package-smoke: library consumer failed"; exit 1; }
cmp "$work/app.json" "$root/tests/Converter.Tests/Json/snapshots/seed.verified.json" \
  || { echo "package-smoke: library consumer JSON differs"; exit 1; }
echo "package-smoke: packages built, tool installed and converted the seed, library consumer converted the seed"
