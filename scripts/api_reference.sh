#!/usr/bin/env bash
# scripts/api_reference.sh OUT_DIR: the API reference page, rendered from spec/lukhas-openai.yaml by
# Swagger UI (swagger-ui-dist from npm, pinned in scripts/npm-tools; `make tools` installs it).
# Swagger UI because it is the most used renderer, has no runtime dependencies and runs from
# file:// with no server: the spec goes in as a script (openapi.js), not fetched. `make book` puts
# the page at target/book/api/; tests/docs/test_api_reference.py renders it in headless Chromium.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: scripts/api_reference.sh OUT_DIR}
ui="$root/scripts/npm-tools/node_modules/swagger-ui-dist"
test -f "$ui/swagger-ui-bundle.js" || { echo "api reference: run \`make tools\` first (Swagger UI)" >&2; exit 1; }
mkdir -p "$out"
cp "$ui/swagger-ui-bundle.js" "$ui/swagger-ui.css" "$ui/LICENSE" "$out/"
mv "$out/LICENSE" "$out/swagger-ui.LICENSE"
{
  printf '// generated from spec/lukhas-openai.yaml by scripts/api_reference.sh, do not edit\n'
  printf 'window.LUKHAS_OPENAPI = '
  (cd "$root" && cargo run -q -p lukhas-codegen -- json)
  printf ';\n'
} >"$out/openapi.js"
cat >"$out/index.html" <<'HTML'
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>LUKHAS façade API reference</title>
  <link rel="stylesheet" href="swagger-ui.css">
  <style>body { margin: 0 } .topbar-note { font: 14px sans-serif; padding: 8px 20px; background: #1b1b1b; color: #eee }
  .topbar-note a { color: #8cf }</style>
</head>
<body>
  <div class="topbar-note">Rendered from <code>spec/lukhas-openai.yaml</code>.
    <a href="../index.html">Back to the book</a></div>
  <div id="swagger-ui"></div>
  <script src="openapi.js"></script>
  <script src="swagger-ui-bundle.js"></script>
  <script>
    window.ui = SwaggerUIBundle({
      spec: window.LUKHAS_OPENAPI,
      dom_id: "#swagger-ui",
      deepLinking: true,
      docExpansion: "list",
      defaultModelsExpandDepth: 0,
      // The page is documentation: calls go from curl or an SDK with a key (docs/quickstart.md).
      supportedSubmitMethods: [],
      validatorUrl: null,
      showExtensions: true,
    });
  </script>
</body>
</html>
HTML
echo "api reference: $out/index.html"
