#pragma once

#include "dfhelp.h"
#include "dfnetworkalgorithmbase.h"

//! dementiafriendly:catchments — the area within a number of walking minutes of each facility (or of any
//! facility of a kind), cut where the walking time runs out along each street.
class DfCatchmentsAlgorithm : public DfNetworkAlgorithmBase
{
  Q_DECLARE_TR_FUNCTIONS( DfCatchmentsAlgorithm )

public:
  QString name() const override { return QStringLiteral( "catchments" ); }
  QString displayName() const override { return tr( "Walking catchments" ); }
  QString helpUrl() const override { return DfHelp::helpUrlFor( name() ); }
  QIcon icon() const override { return DfHelp::iconFor( name() ); }
  QString svgIconPath() const override { return DfHelp::svgIconPathFor( name() ); }
  QStringList tags() const override;
  QString shortDescription() const override;
  QString shortHelpString() const override;
  DfCatchmentsAlgorithm *createInstance() const override { return new DfCatchmentsAlgorithm(); }

  //! "5, 10, 15" -> {5, 10, 15}: sorted, without duplicates. Throws naming the value that is not a positive
  //! number.
  static std::vector<double> parseMinutes( const QString &text );

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context,
                                QgsProcessingFeedback *feedback ) override;
};
