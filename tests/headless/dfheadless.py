"""What the standalone PyQGIS tests in tests/headless share (test_maps.py, test_model.py, test_help.py,
test_layout_template.py, report_in_task.py, check_report.py): the check list and the last line, a throw-away temp
dir and QGIS profile with the built plugin installed into it, settings that cannot leak into or out of the user's,
and QGIS started with Processing and the plugin registered.

The scripts are started as `/usr/bin/python3 tests/headless/<script>.py` (CMake, test_report_browser.sh): Python
puts the script's folder first on sys.path, so `import dfheadless` finds this file next to them.
"""
import os
import shutil
import subprocess
import sys
import tempfile

FAILURES = []
TMP = None  # the temp dir of begin(): kept after a failure or with DF_KEEP_TMP=1
_WHAT = "headless"  # "all <what> checks passed"


def begin(prefix, what):
    """A temp dir for the run (returned), named prefix + random; `what` names the checks in finish()'s last line."""
    global TMP, _WHAT
    TMP = tempfile.mkdtemp(prefix=prefix)
    _WHAT = what
    return TMP


def check(condition, message):
    print(("ok: " if condition else "FAIL: ") + message)
    if not condition:
        FAILURES.append(message)
    return condition


def finish():
    """Removes the temp dir (keeps it after a failure or with DF_KEEP_TMP=1) and exits: 1 if a check failed."""
    if FAILURES or os.environ.get("DF_KEEP_TMP") == "1":
        print("(kept {})".format(TMP))
    else:
        shutil.rmtree(TMP, ignore_errors=True)
    if FAILURES:
        print("{} check(s) failed".format(len(FAILURES)), file=sys.stderr)
        sys.exit(1)
    print("all {} checks passed".format(_WHAT))
    sys.exit(0)


def plugins_dir(root):
    """The folder of the Python plugins in the default profile under a profile root."""
    return os.path.join(root, "profiles", "default", "python", "plugins")


def require_sample(sample):
    """Ends the run (a failed check) when the sample town is not built."""
    if not os.path.isfile(sample):
        check(False, "sample town {} not found: build the target sample_town first".format(sample))
        finish()


def install_plugin(build, src, root):
    """scripts/install_plugin.sh BUILD ROOT (as tests/lib/throwaway_profile.sh does), before QGIS starts: it reads
    the profile at start. Ends the run with the script's output when the install fails."""
    install = subprocess.run(["bash", os.path.join(src, "scripts", "install_plugin.sh"), build, root],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if not check(install.returncode == 0, "scripts/install_plugin.sh {} {}".format(build, root)):
        print(install.stdout)
        finish()


def isolate(profile_root, home=True):
    """Nothing may leak into or out of the user's QGIS settings: QGIS's profile under profile_root, XDG_RUNTIME_DIR
    (and HOME, with home=True) in the temp dir of begin(). Call before qgis.core is imported."""
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = profile_root
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_RUNTIME_DIR"] = os.path.join(TMP, "xdg")
    os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700)
    if home:
        os.environ["HOME"] = os.path.join(TMP, "home")
        os.makedirs(os.environ["HOME"])


def start_qgis(plugins, gui=False, processing=True):
    """QgsApplication started, Processing initialised (with processing=True) and the plugin in the folder `plugins`
    registered; returns the application."""
    from qgis.core import QgsApplication

    app = QgsApplication([], gui)
    app.initQgis()
    if processing:
        sys.path.insert(0, "/usr/share/qgis/python/plugins")
        from processing.core.Processing import Processing

        Processing.initialize()
    sys.path.insert(0, plugins)
    import dementiafriendly

    dementiafriendly.register()
    return app


def run_checks(checks, plugins):
    """QGIS with Processing and the plugin, then checks(); an exception is a failure and exitQgis() still runs;
    then finish()."""
    app = None
    try:
        app = start_qgis(plugins)
        checks()
    except Exception:  # reported as a failure; exitQgis() still runs
        import traceback

        traceback.print_exc()
        FAILURES.append("exception")
    finally:
        if app is not None:
            app.exitQgis()
    finish()


def hard_exit(code):
    """Flushes the output and ends the process at once: not exitQgis(), as PyQGIS's teardown may crash, which is
    not the fault of what was checked."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
