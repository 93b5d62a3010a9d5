#pragma once

#include "dfhelp.h"
#include "dfnetworkalgorithmbase.h"

//! dementiafriendly:housingopportunities — candidate buildings, complexes and plots ranked per housing
//! concept (Thuisplusflat, clustered housing, wonen met een plus) by need nearby, walking access, step-free
//! access, ownership and the urgency of the neighbourhood, every criterion shown as passed or failed.
class DfHousingOpportunitiesAlgorithm : public DfNetworkAlgorithmBase
{
  Q_DECLARE_TR_FUNCTIONS( DfHousingOpportunitiesAlgorithm )

public:
  QString name() const override { return QStringLiteral( "housingopportunities" ); }
  QString displayName() const override { return tr( "Housing opportunity sites" ); }
  QString helpUrl() const override { return DfHelp::helpUrlFor( name() ); }
  QIcon icon() const override { return DfHelp::iconFor( name() ); }
  QString svgIconPath() const override { return DfHelp::svgIconPathFor( name() ); }
  QString group() const override { return tr( "Overlays for action" ); }
  QString groupId() const override { return QStringLiteral( "overlays" ); }
  QStringList tags() const override;
  QString shortDescription() const override;
  QString shortHelpString() const override;
  DfHousingOpportunitiesAlgorithm *createInstance() const override
  {
    return new DfHousingOpportunitiesAlgorithm();
  }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) override;
};
