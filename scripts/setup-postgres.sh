#!/usr/bin/env bash
# Installs Debian's PostgreSQL server for the database tests when it is missing (needs root/apt).
# The tests start their own throwaway cluster under a temp folder (tests/pg_cluster.py); this
# script only installs the binaries (/usr/lib/postgresql/N/bin) and starts no server.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
else
  echo "PostgreSQL not found and cannot apt-get install it; database tests will be skipped" >&2
fi
