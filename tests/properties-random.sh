#!/usr/bin/env bash
# Runs the property tests on freshly drawn documents RUNS times (default 10). CI runs them with the fixed seed only,
# so its result never depends on luck; this script is how new shapes are found. Every failure is printed shrunk,
# with the seed that replays it ("Replay directly at failing step with (…)"): add the shrunk text as a focused test.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
dotnet build tests/Converter.Properties.Tests -c Release -v quiet -nologo >/dev/null
failed=0
for ((i = 1; i <= runs; i++)); do
  if ! PROPERTY_SEEDS=random dotnet test tests/Converter.Properties.Tests -c Release --no-build -nologo \
        > "/tmp/properties-random-$i.log" 2>&1; then
    failed=$((failed + 1))
    echo "run $i: FAILED (log /tmp/properties-random-$i.log)"
    sed -n '/^Shrunk/,/^----/p;/Replay/p' "/tmp/properties-random-$i.log" | head -40
  else
    echo "run $i: passed"
  fi
done
echo "$((runs - failed)) of $runs random runs passed"
[ "$failed" -eq 0 ]
