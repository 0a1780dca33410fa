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
dir=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill $p 2>/dev/null; wait $p 2>/dev/null; done; rm -rf "$dir"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
token="load-$(date +%s%N)"

# start NAME CONFIG PORT [ENV...]: one server in the background, waited for on /healthz.
start() {
  local name=$1 config=$2 port=$3
  shift 3
  env LUKHAS_API_TOKEN=$token LUKHAS_KEYS_FILE=$dir/keys-$name.yaml LUKHAS_LOG=warn \
    LUKHAS_RELIABILITY_RATES__ENABLED=false LUKHAS_SERVER__ACCESS_LOG=errors "$@" \
    $bin/lukhas --config "$config" serve --bind "127.0.0.1:$port" >"$dir/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 600); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && return 0
    kill -0 "${pids[-1]}" 2>/dev/null || { cat "$dir/$name.log"; exit 1; }
    sleep 0.1
  done
  echo "load: $name did not start" >&2
  exit 1
}

port=$(free_port)
case $kind in
  default)
    scenario=configs/load/default.yaml
    start lukhas configs/runtime/lukhas.yaml "$port" LUKHAS_STORAGE_DIR=$dir/data
    ;;
  gateway)
    scenario=configs/load/gateway.yaml
    up=$(free_port)
    cat >"$dir/upstream.yaml" <<YAML
server: {bind: '127.0.0.1:0', access_log: errors}
storage: {dir: '$dir/up-data'}
auth: {keys_file: '$dir/keys-up.yaml'}
models:
  default_generation: echo
  default_embedding: echo
  registry:
    - {id: echo, engine: echo, capabilities: [generation, embedding], latency_ms: 50}
YAML
    cat >"$dir/front.yaml" <<YAML
server: {bind: '127.0.0.1:0', access_log: errors}
storage: {dir: '$dir/front-data'}
auth: {keys_file: '$dir/keys-front.yaml'}
models:
  default_generation: up-echo
  default_embedding: up-embed
  registry:
    - {id: up-echo, engine: openai, capabilities: [generation], upstream_model: echo}
    - {id: up-embed, engine: openai, capabilities: [embedding], upstream_model: echo}
YAML
    start up "$dir/upstream.yaml" "$up"
    start front "$dir/front.yaml" "$port" LUKHAS_UPSTREAM_BASE_URL=http://127.0.0.1:$up/v1 \
      LUKHAS_UPSTREAM_API_KEY=$token
    ;;
  *) echo "usage: scripts/load.sh default|gateway [out] [lukhas-load args]" >&2; exit 2 ;;
esac
echo "load: $(nproc) cores; $scenario against 127.0.0.1:$port; server logs in $dir" >&2
LUKHAS_LOAD_API_KEY=$token $bin/lukhas-load run --scenario "$scenario" \
  --target "http://127.0.0.1:$port" --out "$out" "$@"
