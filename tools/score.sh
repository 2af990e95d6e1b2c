#!/usr/bin/env bash
# Builds a throw-away store from corpus documents, serves it and runs ../shared/eval/score.py on it.
# (`java -jar target/councilgraph.jar evaluate` prints the same table without a server.)
# Usage: tools/score.sh PORT corpus|real [--no-package]
#   corpus: the three text documents with their gold;  real: the real/ documents that have gold.
# The shared folder is $COUNCILGRAPH_SHARED when set, as for the tests, else ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:?port}; set=${2:-corpus}; shift 2 || true
root=${COUNCILGRAPH_SHARED:-../shared}
shared=$root/corpus
if [ "${1:-}" != "--no-package" ]; then mvn -B -q package -DskipTests >/dev/null; fi
store=$(mktemp -d /tmp/cg-score-XXXX)
case "$set" in
  corpus) docs="$shared/001_a71e74bfbea0b0ca.txt $shared/002_f7735343b5bffc8e.txt $shared/003_d9b3b29813789449.txt"
          gold="$shared/gold/001_a71e74bfbea0b0ca.json $shared/gold/002_f7735343b5bffc8e.json $shared/gold/003_d9b3b29813789449.json";;
  real)   docs="$shared/real/kent/cabinet_2025-01-30_printed_minutes.pdf $shared/real/kingston/Agenda_151.html"
          gold="$shared/gold/cabinet_2025-01-30_printed_minutes.json $shared/gold/Agenda_151.json";;
  *) echo "unknown set $set" >&2; exit 2;;
esac
java -Xmx3g -jar target/councilgraph.jar build --store "$store" $docs | tail -1
java -Xmx1g -jar target/councilgraph.jar serve --store "$store" --port "$port" --localhost >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$store" "$store-text"' EXIT
for i in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$port/councilgraph/sparql?query=ASK%7B%7D" && break; sleep 0.5; done
python3 "$root/eval/score.py" --endpoint "http://127.0.0.1:$port/councilgraph/sparql" $gold
