#pragma once
// Registers the provider with QGIS exactly once, however many callers ask: the desktop plugin, the Python
// bridge that qgis_process and PyQGIS scripts use, and tests may all be present in one process.

namespace DfRegistration
{
//! Adds the provider to QgsApplication::processingRegistry() unless one with our id is there; installs the
//! translation for the user's locale. Returns false when the registry refused it. Never throws.
bool acquire();
//! Balances acquire(); removes the provider when the last holder lets go and it was this library that added
//! it.
void release();
} // namespace DfRegistration
