#!/usr/bin/env bash
# Scores the wild papers that have gold (src/test/resources/gold/wild), one council at a time (score.py
# matches meetings by date alone, so two councils' papers in one store would share meetings), with
# `evaluate`, and prints each council's table and then the mean macro-F1.
# Usage: tools/wild-eval.sh [--no-package]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${COUNCILGRAPH_SHARED:-../shared}/corpus
[ "${1:-}" = "--no-package" ] || mvn -B -q package -DskipTests >/dev/null
total=0; n=0
for dir in src/test/resources/gold/wild/*/; do
  golds=$(ls "$dir"*.json 2>/dev/null) || continue
  docs=""
  for g in $golds; do docs="$docs $shared/$(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["document"])' "$g")"; done
  echo "== $(basename "$dir")"
  out=$(java -Xmx2g -jar "${JAR:-target/councilgraph.jar}" evaluate --gold $golds $docs)
  echo "$out"
  f=$(echo "$out" | awk '/^macro-F1/ {print $2}')
  total=$(python3 -c "print($total + $f)"); n=$((n + 1))
done
python3 -c "print('mean macro-F1 over $n councils: %.3f' % ($total / $n))"
