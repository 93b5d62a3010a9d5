#pragma once
// The neighbourhood score's HTML report and the texts it shares with the output layer: translated labels
// of the classes, domains and the default profile's indicators. A report reads without QGIS: the areas by
// urgency with their sub-scores as bars and their reasons, the municipality's totals, and the profile, so
// that every number can be traced back to its indicators and norms.

#include "scoreprofile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
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

  QString areasName;
  QString profileName;
  QString profileText; //!< the effective profile as file text
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

  //! Writes the report; false with \a error naming the file when it cannot.
  bool write( const QString &path, QString *error ) const;
  QString html() const;

  static QString classLabel( int friendlyClass );
  static QString domainLabel( const std::string &domain );
  //! The translated label of an indicator of the default profile, else the profile's own label.
  static QString indicatorLabel( const dfn::ProfileIndicator &indicator );
  //! "63 %", "4.2 per km", "12.5 min" in the user's locale.
  static QString withUnit( double value, const QString &unit );
};
