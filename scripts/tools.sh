#!/usr/bin/env bash
# `make tools`: the command-line tools the tests use that do not come with Rust, Python or npm,
# taken from Debian's packages and unpacked into .tools/ (nothing is installed system-wide and
# no service is started). Idempotent: a tool already unpacked is kept.
#   promtool (package prometheus): `promtool check metrics` on the server's /metrics.
#   redis-server (package redis-tools): the shared state of rate limits across replicas.
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
