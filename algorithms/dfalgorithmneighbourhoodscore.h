#pragma once

#include "dfhelp.h"
#include "dfnetworkalgorithmbase.h"

//! dementiafriendly:neighbourhoodscore — per area, how dementia-friendly it is (access, comfort, housing),
//! how much need there is, and how urgent it is to act: the indicators are measured here with the walking
//! kernels, scored by the neighbourhoodscore kernel against a profile file, and explained per area.
class DfNeighbourhoodScoreAlgorithm : public DfNetworkAlgorithmBase
{
  Q_DECLARE_TR_FUNCTIONS( DfNeighbourhoodScoreAlgorithm )

public:
  QString name() const override { return QStringLiteral( "neighbourhoodscore" ); }
  QString displayName() const override { return tr( "Dementia-friendly neighbourhood score" ); }
  QString helpUrl() const override { return DfHelp::helpUrlFor( name() ); }
  QIcon icon() const override { return DfHelp::iconFor( name() ); }
  QString svgIconPath() const override { return DfHelp::svgIconPathFor( name() ); }
  QString group() const override { return tr( "Neighbourhood score" ); }
  QString groupId() const override { return QStringLiteral( "score" ); }
  QStringList tags() const override;
  QString shortDescription() const override;
  QString shortHelpString() const override;
  DfNeighbourhoodScoreAlgorithm *createInstance() const override
  {
    return new DfNeighbourhoodScoreAlgorithm();
  }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) override;
};
