#pragma once

#include <qgsprocessingprovider.h>

#include <QCoreApplication>

//! The "dementiafriendly" Processing provider: the algorithms in the toolbox, batch mode, models and
//! qgis_process.
class DfProvider : public QgsProcessingProvider
{
  Q_OBJECT

public:
  static QString providerId() { return QStringLiteral( "dementiafriendly" ); }

  explicit DfProvider( QObject *parent = nullptr );

  QString id() const override { return providerId(); }
  QString name() const override;
  QString longName() const override;
  QString helpId() const override { return providerId(); }
  QIcon icon() const override;
  QString svgIconPath() const override;
  QString versionInfo() const override;
  bool supportsNonFileBasedOutput() const override { return true; }

protected:
  void loadAlgorithms() override;
};
