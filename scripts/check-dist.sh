#!/usr/bin/env bash
# dist/ must be what src/ builds: the runner runs the committed bundle, not src/.
# Shared by .ci/run, ci.yml and release.yml. Run after a fresh `npm run build`.
set -euo pipefail
cd "$(dirname "$0")/.."

annotate() {
  # On GitHub an annotation, elsewhere a plain line.
  if [ -n "${GITHUB_ACTIONS:-}" ]; then echo "::error title=$1::$2"; else echo "error: $1: $2" >&2; fi
}

# A bundle built without "type": "module", or with a module ncc could not
# resolve (left as a run-time require), loads and then fails at run time.
if grep -rl --include='*.js' -e 'webpackMissingModule' -e 'eval("require")' dist; then
  annotate 'dist/ has unresolved modules' 'check package.json "type": "module" and that npm ci installed every dependency.'
  exit 1
fi
if [ -n "$(git status --porcelain -- dist)" ]; then
  annotate 'dist/ is stale' "dist/ differs from a fresh build of src/; run 'npm run build' and commit dist/."
  git status --porcelain -- dist >&2
  git diff --stat -- dist >&2
  exit 1
fi
echo "dist/ matches a fresh build of src/."
