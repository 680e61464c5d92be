#!/usr/bin/env bash
# Installs the Comunica runner's dependencies exactly as locked (package-lock.json), for
# ComunicaFederationTest. Needs Node.js 18 or later and npm; where they are missing and we run
# as root (as on CI), installs them from Debian first.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -q
    apt-get install -y -q nodejs npm
  else
    echo "federation/comunica: node and npm are missing; ComunicaFederationTest will be skipped" >&2
    exit 0
  fi
fi

npm ci --no-audit --no-fund --loglevel=error
node -e "require.resolve('@comunica/query-sparql')" >/dev/null
echo "federation/comunica: @comunica/query-sparql $(node -p "require('@comunica/query-sparql/package.json').version") installed"
