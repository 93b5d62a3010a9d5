"""Bridge that makes the C++ Processing provider available where QGIS loads only Python plugins.

qgis_process and standalone PyQGIS scripts never load C++ plugins. This package loads the plugin library
(libdementiafriendlyplugin.so, installed beside this file) and calls its exported, idempotent registration
function; all registration logic lives in C++. In QGIS desktop the C++ plugin registers the provider itself, and
a second registration from here is counted, not duplicated.

Standalone PyQGIS:
    sys.path.insert(0, "<profile>/python/plugins")
    import dementiafriendly
    dementiafriendly.register()
"""
import ctypes
import os

_LIBRARY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "libdementiafriendlyplugin.so")
_handle = None


def _library():
    global _handle
    if _handle is None:
        # RTLD_GLOBAL: the same handle QGIS desktop gets when it loads the library as a C++ plugin.
        _handle = ctypes.CDLL(_LIBRARY, mode=ctypes.RTLD_GLOBAL)
    return _handle


def register():
    """Registers the 'dementiafriendly' provider with QgsApplication.processingRegistry()."""
    if not _library().dementiafriendly_register_provider():
        raise RuntimeError("QGIS refused the 'dementiafriendly' Processing provider ({})".format(_LIBRARY))


def unregister():
    if _handle is not None:
        _handle.dementiafriendly_unregister_provider()


class DementiaFriendlyBridge:
    def __init__(self, iface):
        self.iface = iface
        self.registered = False

    def initProcessing(self):
        if not self.registered:
            register()
            self.registered = True

    def initGui(self):
        self.initProcessing()

    def unload(self):
        if self.registered:
            unregister()
            self.registered = False


def classFactory(iface):
    return DementiaFriendlyBridge(iface)
