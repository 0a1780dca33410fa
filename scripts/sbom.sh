#!/usr/bin/env bash
# `make sbom`: CycloneDX 1.6 SBOMs of what we ship and what our tests run, into $1
# (default target/sbom):
#   lukhas-rust.cdx.json          the Rust workspace, every crate in Cargo.lock with its checksum
#                                 (OWASP cdxgen, pinned in scripts/npm-tools/package.json)
#   lukhas-postman-tests.cdx.json the npm packages of the Postman run (tests/postman/package-lock.json,
#                                 CycloneDX's cyclonedx-npm)
#   lukhas-python-tests.cdx.json  the Python packages installed in the SDK tests' venv (.venv)
#   lukhas-python-tools.cdx.json  the PyPI tools of scripts/tools-requirements.txt
# The Rust SBOM is what a release carries; the others describe the test tooling. The generators
# come from `make tools`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-target/sbom}
version=${VERSION:-$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -1)}
cd "$root"
mkdir -p "$out"
out=$(cd "$out" && pwd)

cdxgen() { # cdxgen TYPE DIR NAME FILE: quiet unless it fails (it warns about running as root)
  local log
  log=$(mktemp)
  if ! scripts/npm-tools/node_modules/.bin/cdxgen -t "$1" --no-install-deps --no-recurse \
    --spec-version 1.6 --project-name "$3" --project-version "$version" -o "$out/$4" "$2" \
    >"$log" 2>&1; then
    cat "$log" >&2
    exit 1
  fi
  rm -f "$log"
}
cdxgen rust . lukhas lukhas-rust.cdx.json
# cyclonedx-npm reads the lock file alone (cdxgen skips entries without a download address, which
# this registry's lock files do not record).
(cd tests/postman && ../../scripts/npm-tools/node_modules/.bin/cyclonedx-npm --spec-version 1.6 \
  --output-reproducible --package-lock-only -o "$out/lukhas-postman-tests.cdx.json" 2>/dev/null)
.tools/bin/cyclonedx-py environment --spec-version 1.6 --output-reproducible \
  -o "$out/lukhas-python-tests.cdx.json" .venv/bin/python
.tools/bin/cyclonedx-py requirements --spec-version 1.6 --output-reproducible \
  -o "$out/lukhas-python-tools.cdx.json" scripts/tools-requirements.txt

# Each file is a CycloneDX document that lists components; the Rust one lists every package of
# Cargo.lock (the lock file is the truth about what is compiled in).
python3 - "$out" <<'PY'
import json, pathlib, re, sys
out = pathlib.Path(sys.argv[1])
locked = len(re.findall(r'^\[\[package\]\]', pathlib.Path("Cargo.lock").read_text(), re.M))
for f in sorted(out.glob("*.cdx.json")):
    bom = json.loads(f.read_text())
    assert bom.get("bomFormat") == "CycloneDX", f"{f.name}: not CycloneDX"
    n = len(bom.get("components", []))
    assert n > 0, f"{f.name}: no components"
    if f.name == "lukhas-rust.cdx.json":
        inner = len(bom["metadata"].get("component", {}).get("components", []))
        assert n + inner >= locked, f"{f.name}: {n}+{inner} components, Cargo.lock has {locked}"
    print(f"sbom: {f}: {n} components")
PY
