#pragma once

#include "dfhelp.h"
#include "dfnetworkalgorithmbase.h"

//! dementiafriendly:walkingaccess — walking distance from every home or area to the nearest facility of each
//! kind, over the street network.
class DfWalkingAccessAlgorithm : public DfNetworkAlgorithmBase
{
  Q_DECLARE_TR_FUNCTIONS( DfWalkingAccessAlgorithm )

public:
  QString name() const override { return QStringLiteral( "walkingaccess" ); }
  QString displayName() const override { return tr( "Walking distance to nearest facility" ); }
  QString helpUrl() const override { return DfHelp::helpUrlFor( name() ); }
  QIcon icon() const override { return DfHelp::iconFor( name() ); }
  QString svgIconPath() const override { return DfHelp::svgIconPathFor( name() ); }
  QStringList tags() const override;
  QString shortDescription() const override;
  QString shortHelpString() const override;
  DfWalkingAccessAlgorithm *createInstance() const override { return new DfWalkingAccessAlgorithm(); }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) override;

private:
  //! Keeps the groups of the kinds in KINDS (in its order) and logs what is measured and what not; throws
  //! when none of them is in the layer. Without a kind field nothing changes.
  void chooseKinds( const QVariantMap &parameters, QgsProcessingContext &context,
                    QgsProcessingFeedback *feedback, std::vector<FacilityGroup> &groups ) const;
};
