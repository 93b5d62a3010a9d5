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

  //! FLAT_RATE's default: a little over 8 % of the 65+ have dementia (Alzheimer Nederland).
  static constexpr double DefaultFlatRate = 8.0;

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
  //! Refuses a flat rate or a custom rate table that the chosen preset does not use.
  bool checkParameterValues( const QVariantMap &parameters, QgsProcessingContext &context,
                             QString *message = nullptr ) const override;

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) override;

private:
  //! Why the parameters of one preset are set while another is chosen; empty when they agree.
  QString presetConflict( const QVariantMap &parameters, QgsProcessingContext &context ) const;
  dfn::EstimatorSettings settingsFromParameters( const QVariantMap &parameters,
                                                 QgsProcessingContext &context ) const;
  dfn::FieldPlan planFromParameters( const QVariantMap &parameters, QgsProcessingContext &context,
                                     const QgsFields &fields, const QString &layerName ) const;
};
