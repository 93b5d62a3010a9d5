// The C entry points: those QGIS desktop looks up in a C++ plugin library, and the registration functions
// that the Python bridge (python/__init__.py) calls for qgis_process and standalone PyQGIS. No exception may
// leave them.

#include "dfplugin.h"
#include "dfregistration.h"
#include "dfversion.h"

#include <qgisinterface.h>

#define DF_EXPORT extern "C" __attribute__( ( visibility( "default" ) ) )

namespace
{
const QString sName = QStringLiteral( "Dementia-friendly neighbourhoods" );
const QString sDescription =
    QStringLiteral( "Processing algorithms for dementia-friendly neighbourhoods: people with "
                    "dementia per area, walking access, scores and sites" );
const QString sCategory = QStringLiteral( "Plugins" );
const QString sVersion = QStringLiteral( DF_VERSION );
const QString sIcon = QStringLiteral( ":/dementiafriendly/icons/dementiafriendly.svg" );
const QString sExperimental = QStringLiteral( "false" );
const QString sCreateDate = QStringLiteral( "2026-11-23" );
} // namespace

DF_EXPORT QgisPlugin *classFactory( QgisInterface *iface )
{
  try
  {
    return new DfPlugin( iface );
  }
  catch ( ... )
  {
    return nullptr;
  }
}
DF_EXPORT const QString *name()
{
  return &sName;
}
DF_EXPORT const QString *description()
{
  return &sDescription;
}
DF_EXPORT const QString *category()
{
  return &sCategory;
}
DF_EXPORT const QString *version()
{
  return &sVersion;
}
DF_EXPORT const QString *icon()
{
  return &sIcon;
}
DF_EXPORT const QString *experimental()
{
  return &sExperimental;
}
DF_EXPORT const QString *create_date()
{
  return &sCreateDate;
}
DF_EXPORT const QString *update_date()
{
  return &sCreateDate;
}
DF_EXPORT int type()
{
  return QgisPlugin::UI;
}
DF_EXPORT void unload( QgisPlugin *plugin )
{
  delete plugin;
}

//! For the Python bridge: 1 when the provider is registered (now or before), 0 when the registry refused it.
DF_EXPORT int dementiafriendly_register_provider()
{
  return DfRegistration::acquire() ? 1 : 0;
}
DF_EXPORT void dementiafriendly_unregister_provider()
{
  DfRegistration::release();
}
