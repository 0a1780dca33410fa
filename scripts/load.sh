#!/usr/bin/env bash
# `make load` / `make load-gateway`: starts the servers a scenario needs (release build, fresh
# storage, free loopback ports, rate limits off, access log errors-only), runs `lukhas-load`, and
# stops them. Reports go to $2 (report.md, report.html, report.json, junit.xml).
#   scripts/load.sh default [out]   # configs/load/default.yaml on the embedded models
#   scripts/load.sh gateway [out]   # configs/load/gateway.yaml: lukhas -> lukhas echo (50 ms)
# Extra arguments go to `lukhas-load run` (e.g. --duration 20 for a smoke run).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
kind=${1:-default}
out=${2:-target/load/$kind}
shift 2 || shift $# || true
cd "$root"
bin=target/release
source scripts/lib/serve.sh
serve_dir=$(mktemp -d)
serve_token="load-$(date +%s%N)"

# start NAME CONFIG PORT [ENV...]: one release server (rates off, access log errors-only).
start() {
  local name=$1 config=$2 port=$3
  shift 3
  start_lukhas "$name" "$bin/lukhas" "$port" LUKHAS_RELIABILITY_RATES__ENABLED=false \
    LUKHAS_SERVER__ACCESS_LOG=errors "$@" -- --config "$config"
}

port=$(free_port)
case $kind in
  default)
    scenario=configs/load/default.yaml
    start lukhas configs/runtime/lukhas.yaml "$port"
    ;;
  gateway)
    scenario=configs/load/gateway.yaml
    up=$(free_port)
    cat >"$serve_dir/upstream.yaml" <<YAML
server: {bind: '127.0.0.1:0', access_log: errors}
models:
  default_generation: echo
  default_embedding: echo
  registry:
    - {id: echo, engine: echo, capabilities: [generation, embedding], latency_ms: 50}
YAML
    cat >"$serve_dir/front.yaml" <<YAML
server: {bind: '127.0.0.1:0', access_log: errors}
models:
  default_generation: up-echo
  default_embedding: up-embed
  registry:
    - {id: up-echo, engine: openai, capabilities: [generation], upstream_model: echo}
    - {id: up-embed, engine: openai, capabilities: [embedding], upstream_model: echo}
YAML
    start up "$serve_dir/upstream.yaml" "$up"
    start front "$serve_dir/front.yaml" "$port" LUKHAS_UPSTREAM_BASE_URL=http://127.0.0.1:$up/v1 \
      LUKHAS_UPSTREAM_API_KEY=$serve_token
    ;;
  *) echo "usage: scripts/load.sh default|gateway [out] [lukhas-load args]" >&2; exit 2 ;;
esac
echo "load: $(nproc) cores; $scenario against 127.0.0.1:$port; server logs in $serve_dir" >&2
LUKHAS_LOAD_API_KEY=$serve_token $bin/lukhas-load run --scenario "$scenario" \
  --target "http://127.0.0.1:$port" --out "$out" "$@"
