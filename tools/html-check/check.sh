#!/usr/bin/env bash
# Check the built site's HTML with the W3C Nu HTML Checker (vnu.jar).
#
# Usage: tools/html-check/check.sh [SITE_DIR]
#   SITE_DIR defaults to _site; a relative SITE_DIR is taken from the repo
#   root, so the script works from any directory. Build the site first:
#   dotnet run --project src/Briefing.Cli -- build
#
# Prints the checker's error messages and exits non-zero if there are any.
# Installs what is missing: the pinned vnu-jar npm package (npm ci, with
# install scripts off so nothing else is downloaded) and, as root on Debian,
# a Java runtime (default-jre-headless; vnu.jar needs Java 17+).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$here/node_modules/vnu-jar/build/dist/vnu.jar"

site="${1:-_site}"
[[ "$site" = /* ]] || site="$root/$site"
if [[ ! -d "$site" ]]; then
  echo "html-check: no site at $site (build it first)" >&2
  exit 2
fi

if ! command -v java >/dev/null 2>&1; then
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "html-check: java not found; install a Java 17+ runtime (Debian: default-jre-headless)" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq default-jre-headless
fi

if [[ ! -f "$jar" ]]; then
  # --ignore-scripts: vnu-jar's postinstall would fetch its own Java runtime.
  npm ci --prefix "$here" --ignore-scripts --no-audit --no-fund
fi

echo "html-check: checking $site"
if java -jar "$jar" --errors-only --skip-non-html "$site"; then
  echo "html-check: no errors"
else
  status=$?
  echo "html-check: errors found (vnu exit $status)" >&2
  exit "$status"
fi
