#pragma once

#include "dfhelp.h"
#include "dfnetworkalgorithmbase.h"

//! dementiafriendly:coverage — per area, how many of the people who need a facility live within a walking
//! time of one, set against the national target.
class DfCoverageAlgorithm : public DfNetworkAlgorithmBase
{
  Q_DECLARE_TR_FUNCTIONS( DfCoverageAlgorithm )

public:
  QString name() const override { return QStringLiteral( "coverage" ); }
  QString displayName() const override { return tr( "Coverage per area" ); }
  QString helpUrl() const override { return DfHelp::helpUrlFor( name() ); }
  QIcon icon() const override { return DfHelp::iconFor( name() ); }
  QString svgIconPath() const override { return DfHelp::svgIconPathFor( name() ); }
  QStringList tags() const override;
  QString shortDescription() const override;
  QString shortHelpString() const override;
  DfCoverageAlgorithm *createInstance() const override { return new DfCoverageAlgorithm(); }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) override;
};
