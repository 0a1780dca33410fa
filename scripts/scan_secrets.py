#!/usr/bin/env python3
"""`make secrets`: no key-like string in the repository outside test fixtures.

Applies the rules and the allowlist of .gitleaks.toml (the config gitleaks itself reads) to every
file git tracks or would add (untracked files that .gitignore does not exclude), so a key is caught
before it is committed. Prints where a match is, never the match itself. Exit status 1 on a find.
First checks that every rule still matches a key of its kind, built here at run time so that no
sample key is written down anywhere.
"""
import pathlib
import re
import subprocess
import sys
import tomllib

root = pathlib.Path(__file__).resolve().parent.parent
config = tomllib.loads((root / ".gitleaks.toml").read_text())
rules = {r["id"]: re.compile(r["regex"]) for r in config["rules"]}
allow = config.get("allowlist", {})
allowed_paths = [re.compile(p) for p in allow.get("paths", [])]
allowed_matches = [re.compile(p) for p in allow.get("regexes", [])]

# Self-test: a rule that no longer matches its kind of key would pass every scan.
made_up = {
    "lukhas-api-key": "lk-" + "0a" * 6 + "-" + "9f" * 32,
    "openai-api-key": "sk-" + "proj-" + "Q" * 24,
    "private-key": "-----BEGIN " + "PRIVATE KEY-----",
    "aws-access-key-id": "AKIA" + "Z" * 16,
    "github-token": "ghp_" + "x" * 36,
}
for rule_id, rule in rules.items():
    sample = made_up.get(rule_id)
    if sample is None or not rule.search(f"key = {sample}\n"):
        sys.exit(f"secrets: rule {rule_id} has no working self-test sample in {__file__}")

files = subprocess.run(
    ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    cwd=root, check=True, capture_output=True,
).stdout.decode().split("\0")
found = 0
scanned = 0
for name in filter(None, files):
    path = root / name
    if not path.is_file() or any(p.search(name) for p in allowed_paths):
        continue
    data = path.read_bytes()
    if b"\0" in data[:8192]:
        continue  # binary
    scanned += 1
    text = data.decode("utf-8", "replace")
    for rule_id, rule in rules.items():
        for m in rule.finditer(text):
            if any(a.search(m.group(0)) for a in allowed_matches):
                continue
            line = text.count("\n", 0, m.start()) + 1
            print(f"{name}:{line}: {rule_id} ({m.group(0)[:6]}…)")
            found += 1
if found:
    sys.exit(f"secrets: {found} key-like string(s); move test keys under tests/ or allowlist them in .gitleaks.toml")
print(f"secrets: {scanned} files, {len(rules)} rules, nothing key-like outside test fixtures")
