#pragma once
// The map in the neighbourhood score's HTML report: the areas in the colours of the output's urgency style
// (styles/urgency_polygon.qml, through DfOutputStyle), each labelled with its urgency rank and name
// ("1 Kerkebuurt") so that a reader finds the report's rank 1 on the map. QGIS renders it into an image in
// the algorithm's own thread (no GUI, no project); the PNG goes into the report as a data: URI, so the report
// stays one file.

#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>

#include <QCoreApplication>

class DfScoreReport;
class QgsProcessingFeedback;

class DfReportMap
{
  Q_DECLARE_TR_FUNCTIONS( DfReportMap )

public:
  //! Width of the map image in pixels; the height follows the areas' extent (within 400-1400). The report
  //! shows it at its own size, so the labels read as drawn.
  static constexpr int WidthPx = 900;
  //! Above this many areas only the MaxRankLabels most urgent are labelled (a 100 m grid has thousands).
  static constexpr int MaxLabelledAreas = 80;
  static constexpr int MaxRankLabels = 25;

  //! Renders report.areas (area i drawn with the geometry of \a features[i], in \a crs) into report.mapPng
  //! with its legend and a note. Never throws: when the map cannot be drawn the report gets a note saying
  //! why, and \a feedback a warning; the report itself is still written.
  static void addTo( DfScoreReport &report, const QgsFeatureList &features,
                     const QgsCoordinateReferenceSystem &crs, QgsProcessingFeedback *feedback );
};
