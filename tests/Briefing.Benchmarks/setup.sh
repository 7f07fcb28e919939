#!/usr/bin/env bash
# Installs what the benchmark runs besides .NET: Hugo (the generator compared with; Debian's is 0.111.3)
# and GNU time (/usr/bin/time, which reports each build's peak memory). Needs root when one is missing.
#   bash tests/Briefing.Benchmarks/setup.sh [--no-hugo]
set -euo pipefail

missing=()
if [ "${1:-}" != "--no-hugo" ] && ! command -v hugo >/dev/null 2>&1; then missing+=(hugo); fi
[ -x /usr/bin/time ] || missing+=(time)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "setup.sh: missing ${missing[*]}; run as root, or: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "setup.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
