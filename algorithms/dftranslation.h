#pragma once

namespace DfTranslation
{
//! Loads the compiled translation for QGIS's user locale (e.g. nl) from the library's resources, once.
void install();
} // namespace DfTranslation
