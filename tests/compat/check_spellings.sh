#!/usr/bin/env bash
# compat.spellings: no file outside algorithms/dfcompat.h names a QGIS or Qt spelling that only some of the
# supported releases have (3.22 vs 3.40/3.44 vs QGIS 4 on Qt 6). Such a name builds on one release and breaks
# the others; dfcompat.h gives every one of them a single DfCompat:: name.
#
# Usage: check_spellings.sh SOURCE_DIR
set -uo pipefail
cd "${1:?source dir}" || exit 2

# Old enum spellings (moved into Qgis:: as scoped enums in 3.30/3.36, removed in QGIS 4), and Qt 5's
# QVariant::Type (gone in Qt 6). Functions such as QgsWkbTypes::geometryType() start lowercase and are fine.
PATTERNS=(
  'QgsWkbTypes::[A-Z]'
  'QgsUnitTypes::[A-Z]'
  'QgsProcessing::(Type|SourceType)'
  'QgsProcessingAlgorithm::Flag'
  'QgsProcessingParameterDefinition::Flag'
  'QgsProcessingParameterNumber::(Integer|Double|Type)'
  'QgsProcessingParameterField::(Any|Numeric|String|DateTime|DataType)'
  'QgsProcessingParameterFile::(File|Folder|Behavior)'
  'QgsProcessingFeatureSource::Flag'
  'QgsFeatureRequest::(NoGeometry|SubsetOfAttributes|ExactIntersect|NoFlags|Geometry[A-Z]|Flag)'
  'QgsMapLayer::(VectorLayer|RasterLayer|LayerType)'
  'QVariant::[A-Z]'
  '\.type\(\) *== *QVariant'
  'qt5_add_|Qt5::'
)
FILES=$( (
  ls algorithms/*.cpp algorithms/*.h plugin/*.cpp plugin/*.h tests/qgis/*.cpp tests/qgis/*.h tests/graphoracle/*.cpp \
    bench/iofloor/*.cpp 2>/dev/null
  find . -name CMakeLists.txt -not -path './build*' -not -path './.git/*'
) | sed 's|^\./||' | grep -v -e '^algorithms/dfcompat\.h$' | sort)
[ -n "$FILES" ] || {
  echo "FAIL: no source files found under $PWD " >&2
  exit 2
}
status=0
for p in "${PATTERNS[@]}"; do
  # shellcheck disable=SC2086
  hits=$(grep -nE "$p" $FILES | grep -vE 'QVariant::fromValue|BUILD_WITH_QT6|Qt\$\{QT_VERSION_MAJOR\}')
  if [ -n "$hits" ]; then
    echo "FAIL: version-dependent spelling /$p/ outside algorithms/dfcompat.h — add a DfCompat:: name for it:" >&2
    echo "$hits" >&2
    status=1
  fi
done
# The patterns must find the old spellings where they belong: dfcompat.h spells each 3.22 name once. A pattern
# that no longer matches there (a typo, a grep that changed) would pass everything in silence.
for p in 'QgsWkbTypes::[A-Z]' 'QgsProcessing::(Type|SourceType)' 'QgsProcessingParameterDefinition::Flag' \
  'QgsFeatureRequest::(NoGeometry|SubsetOfAttributes|ExactIntersect|NoFlags|Geometry[A-Z]|Flag)' 'QVariant::[A-Z]'; do
  grep -qE "$p" algorithms/dfcompat.h || {
    echo "FAIL: /$p/ finds nothing even in algorithms/dfcompat.h: the check itself is broken" >&2
    status=1
  }
done
[ "$status" = 0 ] && echo "ok: $(echo "$FILES" | wc -l) files use only DfCompat:: spellings"
exit $status
