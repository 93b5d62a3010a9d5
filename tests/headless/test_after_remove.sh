#!/usr/bin/env bash
# After `apt-get remove` of the package (scripts/test-qgis.sh): a profile in which the user had switched the
# plugin on still works. qgis_process lists its plugins without an error, and QGIS desktop starts, runs a
# script and quits with status 0, with nothing of the plugin left loaded.
set -uo pipefail
SRC=$(cd "$(dirname "$0")/../.." && pwd)
ROOT=$(mktemp -d "${TMPDIR:-/tmp}/df-removed.XXXXXX")
trap 'rm -rf "$ROOT"' EXIT
mkdir -p "$ROOT/xdg" "$ROOT/home" && chmod 700 "$ROOT/xdg"
QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$SRC/scripts/enable_plugin.py" "$ROOT/profiles/default/QGIS/QGIS3.ini"
export XDG_RUNTIME_DIR=$ROOT/xdg HOME=$ROOT/home
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

QGIS_CUSTOM_CONFIG_PATH=$ROOT QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/qgis_process.bin plugins \
  >"$ROOT/plugins.out" 2>"$ROOT/plugins.err" || fail "qgis_process plugins exited with $? after the removal"
grep -q dementiafriendly "$ROOT/plugins.out" "$ROOT/plugins.err" &&
  fail "qgis_process still mentions dementiafriendly: $(grep -h dementiafriendly "$ROOT"/plugins.*)"
echo "ok: qgis_process plugins runs without the plugin"

cat >"$ROOT/quit.py" <<'PY'
import os
from qgis.PyQt.QtCore import QTimer
from qgis.core import QgsApplication
from qgis.utils import iface, active_plugins

def done():
    with open(os.path.join(os.environ["HOME"], "started.txt"), "w") as f:
        f.write("providers=%s\nplugins=%s\n" % (
            ",".join(p.id() for p in QgsApplication.processingRegistry().providers()), ",".join(active_plugins)))
    iface.actionExit().trigger()

QTimer.singleShot(500, done)
QTimer.singleShot(30000, lambda: QgsApplication.exit(3))
PY
timeout -k 10 90 xvfb-run -a -s "-screen 0 1024x768x24" qgis.bin --noversioncheck --nologo \
  --profiles-path "$ROOT" --code "$ROOT/quit.py" >"$ROOT/qgis.out" 2>"$ROOT/qgis.err"
RC=$?
[ "$RC" = 0 ] || fail "QGIS desktop exited with $RC after the removal: $(tail -n 5 "$ROOT/qgis.err")"
[ -s "$HOME/started.txt" ] || fail "QGIS desktop did not run its start-up script after the removal"
grep -q dementiafriendly "$HOME/started.txt" && fail "the plugin is still active: $(cat "$HOME/started.txt")"
echo "ok: QGIS desktop starts and quits cleanly without the plugin ($(grep -c , "$HOME/started.txt") lines)"
