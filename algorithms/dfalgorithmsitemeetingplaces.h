#pragma once

#include "dfhelp.h"
#include "dfnetworkalgorithmbase.h"

//! dementiafriendly:sitemeetingplaces — the K candidate sites that, added to the existing meeting places,
//! bring the most demand within a walking time (maximal covering over the street network), and the fewest
//! new sites that reach a target share.
class DfSiteMeetingPlacesAlgorithm : public DfNetworkAlgorithmBase
{
  Q_DECLARE_TR_FUNCTIONS( DfSiteMeetingPlacesAlgorithm )

public:
  QString name() const override { return QStringLiteral( "sitemeetingplaces" ); }
  QString displayName() const override { return tr( "Best new meeting-place sites" ); }
  QString helpUrl() const override { return DfHelp::helpUrlFor( name() ); }
  QIcon icon() const override { return DfHelp::iconFor( name() ); }
  QString svgIconPath() const override { return DfHelp::svgIconPathFor( name() ); }
  QString group() const override { return tr( "Overlays for action" ); }
  QString groupId() const override { return QStringLiteral( "overlays" ); }
  QStringList tags() const override;
  QString shortDescription() const override;
  QString shortHelpString() const override;
  DfSiteMeetingPlacesAlgorithm *createInstance() const override { return new DfSiteMeetingPlacesAlgorithm(); }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) override;
};
