#pragma once
// The one place that knows where the plugin's documentation and icons are: the HTML pages generated from
// docs/*.md at build time (docs/build_html.py) and installed with the plugin, in English and Dutch, and the
// algorithms' icons compiled into the library (icons/icons.qrc). Every algorithm's helpUrl(), icon() and
// svgIconPath() is a one-line call here; the desktop plugin's Help and About use it too.

#include <QIcon>
#include <QString>

namespace DfHelp
{
//! The folder of the installed HTML documentation: docs/ beside the library where the set-up installed one
//! plugin folder (a profile), or the plugin folder among QGIS's system Python plugins where the Debian
//! package put the library in QGIS's C++ plugin folder. May not exist (e.g. in a build tree).
QString docsDir();

//! "nl" when QGIS speaks Dutch (its translation, or the "locale/userLocale" setting when overridden, else the
//! system locale), otherwise "en": the language of the pages helpUrlFor() and indexUrl() point to.
QString language();

//! The page (without ".html") that documents the algorithm \a algorithmName ("coverage" -> "walkingaccess");
//! the section in it carries the algorithm's name as its anchor. Empty for an unknown name.
QString pageFor( const QString &algorithmName );

//! file:// URL of the installed page of \a algorithmName with its anchor, in QGIS's language (English where
//! no Dutch page is installed). Empty when the documentation is not installed, so QGIS falls back to its own.
QString helpUrlFor( const QString &algorithmName );

//! file:// URL of the documentation's index in QGIS's language; empty when it is not installed.
QString indexUrl();

//! The resource path of the algorithm's icon (":/dementiafriendly/icons/<name>.svg").
QString svgIconPathFor( const QString &algorithmName );
//! The algorithm's icon.
QIcon iconFor( const QString &algorithmName );
//! The plugin's own icon (a house whose roof is a heart).
QString pluginIconPath();
} // namespace DfHelp
