#!/usr/bin/env bash
# `make evals`: starts `lukhas serve` on the shipped config (the embedded models, plus `echo`) with
# fresh storage, runs every case in evals/cases, writes the reports to $1, and stops the server.
# Further arguments go to `lukhas-evals run` (e.g. --strict).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-docs/audits}
shift || true
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
token="evals-$(date +%s%N)"
cd "$root"
LUKHAS_API_TOKEN=$token LUKHAS_STORAGE_DIR=$dir LUKHAS_KEYS_FILE=$dir/keys.yaml LUKHAS_LOG=warn \
  LUKHAS_RELIABILITY_RATES__ENABLED=false \
  target/debug/lukhas serve --bind "127.0.0.1:$port" >"$dir/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 600); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break
  kill -0 $pid 2>/dev/null || { cat "$dir/server.log"; exit 1; }
  sleep 0.1
done
EVALS_TOKEN=$token target/debug/lukhas-evals run --base-url "http://127.0.0.1:$port" \
  --cases evals/cases --out "$out" "$@"
