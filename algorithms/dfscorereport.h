#pragma once
// The neighbourhood score's HTML report and the texts it shares with the output layer: translated labels
// of the classes, domains and the default profile's indicators. A report reads without QGIS: the areas by
// urgency with their sub-scores as bars and their reasons, the municipality's totals, a map of the areas with
// their urgency ranks, and the profile as a table, so that every number can be traced back to its indicators
// and norms.

#include "scoreprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

class DfScoreReport
{
  Q_DECLARE_TR_FUNCTIONS( DfScoreReport )

public:
  struct Indicator
  {
    QString label;
    QString unit;
    QString domain;
    double weight = 0, bad = 0, good = 0;
  };
  struct Area
  {
    QString name;
    long long homes = 0;
    std::optional<double> friendly, need, needPeople, urgency, dementiaAtHome;
    int friendlyClass = 0; //!< 0: none
    int urgencyRank = 0;   //!< 0: none
    std::vector<std::optional<double>> domainScores, subScores, values;
    QStringList reasons, missing;
  };

  QString areasName;   //!< the layer's name; a data source ("town.gpkg|layername=buurten") is shown readably
  QString profileName; //!< the file's name, or "the default profile"
  QString profilePath; //!< the file, for reference; empty for the default profile
  QString profileText; //!< the effective profile as file text: the report shows it parsed, as a table
  bool rankMode = false;
  QStringList domains; //!< translated, profile order
  std::vector<QString> domainIds;
  std::vector<Indicator> indicators;
  std::vector<Area> areas;
  std::vector<size_t> urgencyOrder;
  //! Indices of the areas without homes: not scored, so not in the table by urgency but listed apart.
  std::vector<size_t> withoutHomes;
  QStringList leftOut;
  double meanFriendly = 0; //!< NaN: none

  //! The map of the areas (DfReportMap): a PNG embedded in the HTML as a data: URI, so the report stays one
  //! file. Empty: no map, and mapNote says why.
  QByteArray mapPng;
  std::vector<std::pair<QString, QString>> mapLegend; //!< class label, colour "#rrggbb", as on the map
  QString mapNote;                                    //!< a sentence below the map (or instead of it)

  //! Writes the report; false with \a error naming the file when it cannot.
  bool write( const QString &path, QString *error ) const;
  QString html() const;

  static QString classLabel( int friendlyClass );
  static QString domainLabel( const std::string &domain );
  //! The translated label of an indicator of the default profile, else the profile's own label.
  static QString indicatorLabel( const dfn::ProfileIndicator &indicator );
  //! "63 %", "4.2 per km", "12.5 min" in the user's locale.
  static QString withUnit( double value, const QString &unit );
  //! A layer's name as a reader would write it: the layer of a data source ("town.gpkg|layername=buurten"
  //! gives "buurten", a bare path its file name without extension), on one line.
  static QString readableLayerName( const QString &name );
};
