#!/usr/bin/env bash
# Runs the generated Postman collection with newman against a fresh `lukhas serve`.
set -euo pipefail
bin=${1:-target/debug/lukhas}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$root/scripts/lib/serve.sh"
serve_dir=$(mktemp -d)
serve_token="postman-$(date +%s%N)"
port=$(free_port)
start_lukhas postman "$root/$bin" "$port" -- --config "$root/configs/runtime/lukhas.yaml"
"$here/node_modules/.bin/newman" run "$root/generated/postman/lukhas.postman_collection.json" \
  -e "$root/generated/postman/lukhas.postman_environment.json" \
  --env-var "baseUrl=http://127.0.0.1:$port" --env-var "apiKey=$serve_token" \
  --working-dir "$root/generated/postman" --reporters cli --color off
