#!/usr/bin/env bash
# Builds every paper under ../shared/corpus with this checkout's jar and writes OUT.nq, the store's quads
# sorted (LC_ALL=C), for comparing the graphs two versions of the code make: `cmp before.nq after.nq`.
# Usage: tools/corpus-nquads.sh OUT_PREFIX   (run `mvn -B -q package -DskipTests` first)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1
shared=${COUNCILGRAPH_SHARED:-../shared}
store=$(mktemp -d /tmp/cg-nq-XXXX); rm -rf "$store"
trap 'rm -rf "$store" "$store.exp"' EXIT
java -Xmx4g -jar target/councilgraph.jar build --store "$store" "$shared/corpus" > "$out.log" || [ $? -eq 3 ]  # 3: some file was not a paper
java -jar target/councilgraph.jar export --store "$store" --out "$store.exp" >> "$out.log" 2>&1
zcat "$store.exp/councilgraph.nq.gz" | LC_ALL=C sort > "$out.nq"
wc -l < "$out.nq"
