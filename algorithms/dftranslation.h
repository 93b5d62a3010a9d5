#pragma once

namespace DfTranslation
{
//! Makes the library's resources (styles, icon, translations) available and loads the translation for QGIS's
//! user locale (e.g. nl), once. Call it before the first tr().
void install();
} // namespace DfTranslation
