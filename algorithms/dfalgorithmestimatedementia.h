#pragma once

#include "dementiaestimator.h"
#include "dfcompat.h"
#include "dfhelp.h"

#include <qgsprocessingalgorithm.h>

#include <QCoreApplication>

//! dementiafriendly:estimatedementia — expected people with dementia per area, grid cell or register record.
class DfEstimateDementiaAlgorithm : public QgsProcessingAlgorithm
{
  Q_DECLARE_TR_FUNCTIONS( DfEstimateDementiaAlgorithm )

public:
  enum Preset
  {
    AlzheimerEurope2019 = 0,
    FlatShareOf65Plus = 1,
    CustomTable = 2
  };

  QString name() const override { return QStringLiteral( "estimatedementia" ); }
  QString displayName() const override { return tr( "Estimate people with dementia" ); }
  QString helpUrl() const override { return DfHelp::helpUrlFor( name() ); }
  QIcon icon() const override { return DfHelp::iconFor( name() ); }
  QString svgIconPath() const override { return DfHelp::svgIconPathFor( name() ); }
  QStringList tags() const override;
  QString group() const override { return tr( "Need" ); }
  QString groupId() const override { return QStringLiteral( "need" ); }
  QString shortDescription() const override;
  QString shortHelpString() const override;
  DfAlgorithmFlags flags() const override { return DfCompat::defaultFlags(); }
  DfEstimateDementiaAlgorithm *createInstance() const override { return new DfEstimateDementiaAlgorithm(); }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) override;

private:
  dfn::EstimatorSettings settingsFromParameters( const QVariantMap &parameters,
                                                 QgsProcessingContext &context ) const;
  dfn::FieldPlan planFromParameters( const QVariantMap &parameters, QgsProcessingContext &context,
                                     const QgsFields &fields, const QString &layerName ) const;
};
