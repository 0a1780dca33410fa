# Sourced by the scripts that run a throwaway `lukhas serve` (evals.sh, load.sh,
# tests/postman/run.sh): a free loopback port, a server started in the background with fresh
# storage and a one-off key, waited for on /healthz, and stopped (with its temporary directory)
# when the script exits.
#   serve_dir=$(mktemp -d); serve_token=...   (both set by the caller before start_lukhas)
#   port=$(free_port)
#   start_lukhas NAME BIN PORT [ENV=VALUE...] -- [serve arguments...]
serve_pids=()
trap 'for p in "${serve_pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
      [ -n "${serve_dir:-}" ] && rm -rf "$serve_dir"' EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

start_lukhas() {
  local name=$1 bin=$2 port=$3
  shift 3
  local extra=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do extra+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  env LUKHAS_API_TOKEN="$serve_token" LUKHAS_STORAGE_DIR="$serve_dir/data-$name" \
    LUKHAS_KEYS_FILE="$serve_dir/keys-$name.yaml" LUKHAS_LOG=warn "${extra[@]}" \
    "$bin" serve --bind "127.0.0.1:$port" "$@" >"$serve_dir/$name.log" 2>&1 &
  serve_pids+=($!)
  for _ in $(seq 600); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && return 0
    kill -0 "${serve_pids[-1]}" 2>/dev/null || { cat "$serve_dir/$name.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "$name did not start on port $port" >&2
  exit 1
}
