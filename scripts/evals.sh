#!/usr/bin/env bash
# `make evals`: starts `lukhas serve` on the shipped config (the embedded models, plus `echo`) with
# fresh storage, runs every case in evals/cases, writes the reports to $1, and stops the server.
# Further arguments go to `lukhas-evals run` (e.g. --strict).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-docs/audits}
shift || true
cd "$root"
source scripts/lib/serve.sh
serve_dir=$(mktemp -d)
serve_token="evals-$(date +%s%N)"
port=$(free_port)
start_lukhas evals target/debug/lukhas "$port" LUKHAS_RELIABILITY_RATES__ENABLED=false
EVALS_TOKEN=$serve_token target/debug/lukhas-evals run --base-url "http://127.0.0.1:$port" \
  --cases evals/cases --out "$out" "$@"
