#!/usr/bin/env bash
# The text corpus of the index-search benchmark on real embeddings: WordNet 3.0's glosses (about
# 117,000 definitions with examples), from Debian's package wordnet-base, unpacked into
# .tools/share/wordnet (nothing is installed system-wide). Idempotent.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/.tools/share/wordnet"
[ -s "$dest/data.noun" ] && exit 0
echo "bench-corpus: fetching WordNet's glosses (Debian package wordnet-base)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download wordnet-base >/dev/null 2>&1) || {
  # The package lists may be missing on a fresh machine.
  apt-get update -qq >/dev/null
  (cd "$work" && apt-get download wordnet-base >/dev/null)
}
dpkg-deb -x "$work"/wordnet-base_*.deb "$work/x"
mkdir -p "$dest"
cp "$work"/x/usr/share/wordnet/data.{noun,verb,adj,adv} "$dest/"
