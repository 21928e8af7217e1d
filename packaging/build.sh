#!/usr/bin/env bash
# Build the standalone app (one folder, dist/RitualDesk/) with PyInstaller, then start it offscreen
# and run `--version` and a CLI command from the built program: a build that does not run fails here.
#   packaging/build.sh [PYTHON]        (default: python3; PyInstaller is installed into it if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${1:-python3}"
"$PYTHON" -m PyInstaller --version >/dev/null 2>&1 || "$PYTHON" -m pip install --quiet "pyinstaller>=6.10"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath build/dist --workpath build/work packaging/ritualdesk.spec
APP=build/dist/RitualDesk/RitualDesk
export QT_QPA_PLATFORM=offscreen
"$APP" --version
SMOKE="$(mktemp -d)"
trap 'rm -rf "$SMOKE"' EXIT
export RITUALDESK_CACHE_DIR="$SMOKE/cache"  # nothing cached: what a first start on a new machine needs
"$APP" --db "$SMOKE/smoke.sqlite3" demo --teams 1 --years 0 --seed 1
"$APP" --db "$SMOKE/smoke.sqlite3" agenda --json >"$SMOKE/agenda.json"
"$PYTHON" -c "import json, sys; rows = json.load(open(sys.argv[1])); assert rows and rows[0]['uid'], rows" \
    "$SMOKE/agenda.json"
echo "built $APP: --version and the CLI run"
