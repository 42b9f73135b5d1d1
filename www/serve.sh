#!/usr/bin/env bash
# Builds the page and serves www/ on localhost (the README's main command).
# PORT=9000 bash www/serve.sh to pick another port.
set -euo pipefail
cd "$(dirname "$0")/.."
bash www/build.sh
port="${PORT:-8000}"
echo
echo "factcheck is at http://localhost:${port}/  (Ctrl-C to stop)"
exec python3 -m http.server "$port" --bind 127.0.0.1 -d www
