#!/usr/bin/env bash
# `make book`: builds the mdBook (docs/book.toml, docs/SUMMARY.md) into target/book and checks
# every internal link and #anchor of the result with LinkChecker; a broken one fails the build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
.tools/bin/mdbook build docs 2>&1 | grep -v ' INFO ' || true
test -f target/book/index.html
# The API reference page (docs/api-reference.md links and frames it), rendered from the spec.
bash scripts/api_reference.sh target/book/api >/dev/null
# LinkChecker run as root drops to `nobody`, who may not read this checkout: it checks a copy in a
# world-readable temporary directory.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r target/book "$tmp/book" && chmod -R a+rX "$tmp"
out=$(.tools/bin/linkchecker --config docs/linkcheckerrc --no-status "$tmp/book/index.html" 2>&1) || true
if grep -qE '^(Warning|Result +Error)' <<<"$out" || ! grep -q ' 0 errors found' <<<"$out"; then
  grep -vE '^(INFO|WARNING linkcheck)' <<<"$out" >&2
  echo "book: broken links or anchors (above)" >&2
  exit 1
fi
echo "book: target/book, $(grep -oE '[0-9]+ links' <<<"$out" | head -1) checked, none broken"
