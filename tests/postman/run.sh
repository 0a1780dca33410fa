#!/usr/bin/env bash
# Runs the generated Postman collection with newman against a fresh `lukhas serve`.
set -euo pipefail
bin=${1:-target/debug/lukhas}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
token="postman-$(date +%s%N)"
LUKHAS_API_TOKEN=$token LUKHAS_STORAGE_DIR=$dir LUKHAS_KEYS_FILE=$dir/keys.yaml LUKHAS_LOG=warn \
  "$root/$bin" serve --config "$root/configs/runtime/lukhas.yaml" --bind "127.0.0.1:$port" >/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.1
done
"$here/node_modules/.bin/newman" run "$root/generated/postman/lukhas.postman_collection.json" \
  -e "$root/generated/postman/lukhas.postman_environment.json" \
  --env-var "baseUrl=http://127.0.0.1:$port" --env-var "apiKey=$token" \
  --reporters cli --color off
