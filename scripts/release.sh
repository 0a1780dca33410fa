#!/usr/bin/env bash
# Releases (docs/releasing.md).
#   scripts/release.sh VERSION            bump the version, write CHANGELOG.md, build the artefacts,
#                                         commit "chore(release): vVERSION" and tag vVERSION (local;
#                                         pushing the tag runs .github/workflows/release.yml)
#   scripts/release.sh VERSION --dry-run  the same in a throwaway worktree of HEAD: the artefacts
#                                         land in target/release-dist/VERSION, nothing else changes
#   scripts/release.sh VERSION --artifacts-only   the artefacts of the tree as it is (release.yml)
# Artefacts: lukhas-VERSION-x86_64-linux-gnu.tar.gz (binaries, configs, docs, licence), the client
# crate (lukhas-client-VERSION.crate, `cargo package` verified), CycloneDX SBOMs (sbom/),
# NOTES.md (this version's changelog section) and SHA256SUMS over all of them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=${1:?usage: scripts/release.sh VERSION [--dry-run|--artifacts-only]}
mode=${2:-}
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]] ||
  { echo "release: $version is not a semantic version (x.y.z)" >&2; exit 2; }
export PATH="$root/.tools/bin:$PATH"
# One target directory for the checkout and the dry run's worktree: nothing is built twice.
export CARGO_TARGET_DIR="$root/target"
dist="$root/target/release-dist/$version"
step() { echo "release: $*" >&2; }

bump() {
  local current
  current=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
  step "version $current -> $version"
  sed -i "0,/^version = \"$current\"/s//version = \"$version\"/" Cargo.toml
  cargo update --workspace --offline -q
  step "CHANGELOG.md"
  git-cliff --config cliff.toml --tag "v$version" -o CHANGELOG.md 2>/dev/null
}

artifacts() {
  local name="lukhas-$version-x86_64-linux-gnu"
  rm -rf "$dist" && mkdir -p "$dist"
  step "release build"
  cargo build --release --locked --bin lukhas --bin lukhas-evals --bin lukhas-load \
    --bin lukhas-conformance
  local stage
  stage=$(mktemp -d)
  mkdir -p "$stage/$name/bin"
  for bin in lukhas lukhas-evals lukhas-load lukhas-conformance; do
    # Stripped: the release profile keeps line tables for profiling; users need none of it.
    install -m 0755 -s "$CARGO_TARGET_DIR/release/$bin" "$stage/$name/bin/"
  done
  cp -r configs spec docs README.md LICENSE CHANGELOG.md .env.example "$stage/$name/"
  mkdir -p "$stage/$name/scripts" && cp scripts/fetch_models.py "$stage/$name/scripts/"
  tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$(git log -1 --format=%ct)" \
    -czf "$dist/$name.tar.gz" "$name"
  rm -rf "$stage"
  step "client crate (cargo package, verified)"
  cargo package -p lukhas-client --locked --allow-dirty -q
  cp "$CARGO_TARGET_DIR/package/lukhas-client-$version.crate" "$dist/"
  step "SBOMs"
  VERSION=$version bash scripts/sbom.sh "$dist/sbom" >&2
  git-cliff --config cliff.toml --tag "v$version" --unreleased --strip all 2>/dev/null >"$dist/NOTES.md" ||
    git-cliff --config cliff.toml --latest --strip all 2>/dev/null >"$dist/NOTES.md"
  (cd "$dist" && find . -type f ! -name SHA256SUMS -printf '%P\n' | sort | xargs sha256sum >SHA256SUMS)
  step "done: $dist"
  ls -l "$dist" >&2
}

cd "$root"
case $mode in
  --artifacts-only)
    artifacts
    ;;
  --dry-run)
    work=$(mktemp -d)
    git worktree add -q --detach "$work" HEAD
    trap 'git -C "$root" worktree remove --force "$work"' EXIT
    # The worktree shares the venvs and tools of the checkout (they are not in git).
    for d in .tools .venv scripts/npm-tools/node_modules; do
      [ -e "$root/$d" ] && ln -s "$root/$d" "$work/$d"
    done
    cd "$work"
    bump
    artifacts
    step "dry run: nothing committed or tagged; the changelog would read:"
    sed -n '1,40p' CHANGELOG.md >&2
    ;;
  "")
    git diff --quiet && git diff --cached --quiet ||
      { echo "release: the working tree has changes; commit them first" >&2; exit 1; }
    git rev-parse -q --verify "refs/tags/v$version" >/dev/null &&
      { echo "release: tag v$version exists" >&2; exit 1; }
    bump
    artifacts
    git add Cargo.toml Cargo.lock CHANGELOG.md
    git commit -q -m "chore(release): v$version"
    git tag -a "v$version" -m "v$version"
    step "committed and tagged v$version; publish with: git push origin HEAD v$version"
    ;;
  *) echo "release: unknown option $mode" >&2; exit 2 ;;
esac
