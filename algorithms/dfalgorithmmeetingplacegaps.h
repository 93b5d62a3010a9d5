#pragma once

#include "dfhelp.h"
#include "dfnetworkalgorithmbase.h"

//! dementiafriendly:meetingplacegaps — the people (e.g. with dementia, living at home) farther than a walking
//! time from any meeting place, as points and as gap areas: clusters of such points that lie together.
class DfMeetingPlaceGapsAlgorithm : public DfNetworkAlgorithmBase
{
  Q_DECLARE_TR_FUNCTIONS( DfMeetingPlaceGapsAlgorithm )

public:
  QString name() const override { return QStringLiteral( "meetingplacegaps" ); }
  QString displayName() const override { return tr( "Meeting-place coverage gaps" ); }
  QString helpUrl() const override { return DfHelp::helpUrlFor( name() ); }
  QIcon icon() const override { return DfHelp::iconFor( name() ); }
  QString svgIconPath() const override { return DfHelp::svgIconPathFor( name() ); }
  QString group() const override { return tr( "Overlays for action" ); }
  QString groupId() const override { return QStringLiteral( "overlays" ); }
  QStringList tags() const override;
  QString shortDescription() const override;
  QString shortHelpString() const override;
  DfMeetingPlaceGapsAlgorithm *createInstance() const override { return new DfMeetingPlaceGapsAlgorithm(); }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) override;
};
