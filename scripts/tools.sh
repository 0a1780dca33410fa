#!/usr/bin/env bash
# `make tools`: the command-line tools the tests use that do not come with Rust, Python or npm,
# taken from Debian's packages and unpacked into .tools/ (nothing is installed system-wide and
# no service is started). Idempotent: a tool already unpacked is kept.
#   promtool (package prometheus): `promtool check metrics` on the server's /metrics.
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
