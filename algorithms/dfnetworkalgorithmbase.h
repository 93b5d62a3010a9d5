#pragma once
// What the walking algorithms share, as QGIS's network analysis algorithms share
// QgsNetworkAnalysisAlgorithmBase: the street network parameters and graph, the facilities, origins that may
// be addresses or areas, and the phase timings. The work itself is done by the kernels (streetnetwork,
// networksnap, walksearch).

#include "dfarealocator.h"
#include "dfcompat.h"
#include "networksnap.h"
#include "pointgrid.h"
#include "streetnetwork.h"
#include "walkingsettings.h"
#include "walksearch.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgsprocessingalgorithm.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QgsFeatureSource;
class QgsProcessingFeatureSource;
class QgsGeometryEngine;

class DfNetworkAlgorithmBase : public QgsProcessingAlgorithm
{
  Q_DECLARE_TR_FUNCTIONS( DfNetworkAlgorithmBase )

public:
  enum NetworkFilter
  {
    FilterDetect = 0,
    FilterAllLines = 1,
    FilterOpenStreetMap = 2,
    FilterNwb = 3
  };

  QString group() const override { return tr( "Walking accessibility" ); }
  QString groupId() const override { return QStringLiteral( "access" ); }
  DfAlgorithmFlags flags() const override { return DfCompat::defaultFlags(); }

protected:
  //! A facility: where it is, its id for the output, its kind, and where it joins the network.
  struct Facility
  {
    dfn::XY at;
    QString id;
    QString category;
    dfn::NetworkSnap snap;
  };

  //! Facilities of one kind (all facilities when there is no category field). The kind is the plugin's
  //! (dfn::facilityKind): the values "ontmoetingsplek" and "community_centre" are one group meeting_place.
  struct FacilityGroup
  {
    QString category;  //!< empty without a category field; the value in the layer, or the kind when several
    QString kind;      //!< e.g. "meeting_place"; empty without a category field
    QString fieldStem; //!< the kind as a field-name stem (at most 40 characters), e.g. "meeting_place"
    std::vector<std::pair<QString, int>> values; //!< the kind field's values in this group, with their counts
    std::vector<int> members;
    //! "meeting_place 6 (2 'buurthuis', 1 'odensehuis', …)", or "gp 5" when the layer's value is the kind.
    QString describe() const;
  };

  //! Wall-clock time per phase, for the log line the benchmark reads.
  struct PhaseTimes
  {
    double read = 0, graph = 0, snap = 0, search = 0, write = 0;
    QElapsedTimer total;
    QString logLine() const;
  };

  //! Adds to a timer's phase the time since the last call.
  class PhaseClock
  {
  public:
    PhaseClock() { mTimer.start(); }
    void charge( double &phase ) { phase += mTimer.nsecsElapsed() * 1e-9, mTimer.restart(); }

  private:
    QElapsedTimer mTimer;
  };

  void addNetworkParameters();
  void addFacilityParameters( bool withCategoryField, bool optional = false );
  //! WALK_SPEED, SNAP_DISTANCE and TOLERANCE; the last two as advanced parameters.
  void addWalkingParameters();

  //! WALK_SPEED, SNAP_DISTANCE, TOLERANCE and (where the algorithm has it) MAX_TIME, read once.
  dfn::WalkingSettings walkingSettings( const QVariantMap &parameters, QgsProcessingContext &context ) const;

  //! Reads the street network (NETWORK, NETWORK_FILTER, NETWORK_EXPRESSION) and builds the graph with
  //! \a walking's tolerance and the snap index; keeps \a walking for walking(). Throws with a message naming
  //! the layer when it is empty, all filtered out or in a geographic CRS.
  void loadNetwork( const QVariantMap &parameters, const dfn::WalkingSettings &walking,
                    QgsProcessingContext &context, QgsProcessingFeedback *feedback, PhaseTimes &times );

  //! Reads and snaps the FACILITIES and groups them by CATEGORY_FIELD (when given and \a byCategory).
  std::vector<Facility> loadFacilities( const QVariantMap &parameters, QgsProcessingContext &context,
                                        QgsProcessingFeedback *feedback, PhaseTimes &times,
                                        std::vector<FacilityGroup> &groups, bool byCategory = true );

  std::vector<dfn::WalkSeed> seedsOf( const std::vector<Facility> &facilities,
                                      const FacilityGroup &group ) const;

  //! MAX_TIME, the walking time in minutes (default 10) that counts as "within reach".
  void addWalkingTimeParameter();
  //! TARGET, the share to reach in % (default 80, the National Dementia Strategy's target).
  void addTargetParameter();
  //! True when the optional FACILITIES parameter names a layer with at least one feature.
  bool hasFacilities( const QVariantMap &parameters, QgsProcessingContext &context ) const;

  //! CATEGORY, the kind to walk to (default \a defaultKind), for coverage and the overlays; CATEGORY_FIELD
  //! comes with addFacilityParameters().
  void addKindParameters( const QString &defaultKind, const QString &description = QString() );
  //! The seeds of the kind chosen in CATEGORY from the optional FACILITIES layer, matched by the plugin's
  //! kind (dfn::facilityKind: "meeting_place" takes "ontmoetingsplek" and "community_centre" too); the log
  //! says which values were counted and which not, with their numbers. Without a kind field every facility
  //! counts. Empty, with a warning, when the layer is not given or empty: then nothing is within reach of
  //! one. An empty kind with a kind field, and a kind that the layer does not have, are errors naming the
  //! kinds it has. \a kindText receives the kind for messages.
  std::vector<dfn::WalkSeed> seedsOfChosenKind( const QVariantMap &parameters, QgsProcessingContext &context,
                                                QgsProcessingFeedback *feedback, PhaseTimes &times,
                                                QString *kindText );

  //! Home points inside areas: the ADDRESSES layer (optional), in the network CRS, snapped.
  struct AddressPoints
  {
    std::unique_ptr<dfn::PointGrid> grid;
    std::vector<dfn::NetworkSnap> snaps;
    bool present() const { return grid != nullptr; }
  };
  AddressPoints loadAddresses( const QVariantMap &parameters, QgsProcessingContext &context,
                               QgsProcessingFeedback *feedback, PhaseTimes &times );

  //! Weighted demand (people to reach) as points: the features of a point layer, or the addresses inside the
  //! areas of a polygon layer with the area's weight spread evenly over them (a point on the surface when an
  //! area has no address). Read from the parameter \a layerParameter with WEIGHT_FIELD and ADDRESSES.
  struct DemandPoints
  {
    QString layerName;
    QString weightField;                         //!< empty: every feature weighs 1
    QgsFields fields;                            //!< of the demand layer
    std::vector<dfn::XY> points;                 //!< in the network CRS
    std::vector<dfn::NetworkSnap> snaps;         //!< invalid: off the network
    std::vector<double> weights;                 //!< per point
    std::vector<int32_t> sourceOf;               //!< per point: its feature in sourceAttributes
    std::vector<QgsAttributes> sourceAttributes; //!< per demand feature used
    std::map<std::string, long long> badWeights; //!< problem code -> features left out
    long long withoutGeometry = 0;
    double total() const;
    size_t offNetwork() const;
  };
  DemandPoints loadDemand( const QVariantMap &parameters, const QString &layerParameter,
                           QgsProcessingContext &context, QgsProcessingFeedback *feedback, PhaseTimes &times,
                           const QString &weightParameter = QStringLiteral( "WEIGHT_FIELD" ) );
  //! Log lines about demand left out (secret weights, no geometry, off the network).
  void reportDemand( const DemandPoints &demand, QgsProcessingFeedback *feedback ) const;
  //! WEIGHT_FIELD and ADDRESSES for a demand parameter named \a layerParameter.
  void addDemandParameters( const QString &layerParameter, const QString &description,
                            const QString &weightParameter = QStringLiteral( "WEIGHT_FIELD" ),
                            bool optional = false, bool withAddresses = true,
                            const QString &weightLabel = QString() );

  //! Where an origin joins the network: a point itself; an area through the addresses inside it, or through
  //! a point on its surface when it has none (or no ADDRESSES were given). \a geometry is in the network
  //! CRS. Entries that did not snap are invalid snaps; empty for a null geometry. With \a points, also where
  //! each of those points is.
  std::vector<dfn::NetworkSnap> originSnaps( const QgsGeometry &geometry, const AddressPoints &addresses,
                                             std::vector<dfn::XY> *points = nullptr ) const;

  //! The AREAS layer: its features as they are, for the output, and where they lie in the network CRS.
  struct AreaLayer
  {
    std::unique_ptr<QgsProcessingFeatureSource> source;
    QString name;
    QgsFeatureList features;
    DfAreaLocator locator; //!< area i is features[i]
  };
  //! Reads AREAS. Throws with a message naming the layer when it has no features.
  void loadAreas( const QVariantMap &parameters, QgsProcessingContext &context,
                  QgsProcessingFeedback *feedback, AreaLayer &areas );

  //! \a geometry in the network CRS; a null geometry when the transform fails (counted by the caller as
  //! "without geometry").
  static QgsGeometry inNetworkCrs( QgsGeometry geometry, const QgsCoordinateTransform &transform );

  //! The point a facility or origin stands at: a point (the first of a multipoint), or a point on the surface
  //! of a polygon. False for an empty geometry.
  static bool standingPoint( const QgsGeometry &geometry, dfn::XY &at );

  //! Transforms a geometry from \a source's CRS to the network CRS.
  QgsCoordinateTransform transformFor( const QgsFeatureSource *source, QgsProcessingContext &context ) const;

  //! The settings loadNetwork() was given.
  const dfn::WalkingSettings &walking() const { return mWalking; }
  const dfn::StreetNetwork &network() const { return mNetwork; }
  const dfn::EdgeSnapIndex &snapIndex() const { return *mSnapIndex; }
  QgsCoordinateReferenceSystem networkCrs() const { return mCrs; }
  QString networkName() const { return mNetworkName; }
  dfn::CancelCheck cancelCheck( QgsProcessingFeedback *feedback ) const;
  //! Runs \a search from \a seeds up to \a cutoff metres: false when the user cancelled; throws when the
  //! kernel refused a seed or the cut-off (WalkSearch::error()).
  bool runSearch( dfn::WalkSearch &search, const std::vector<dfn::WalkSeed> &seeds, double cutoff,
                  QgsProcessingFeedback *feedback ) const;

  //! Throws the standard "cancelled" exception after the caller discarded its output.
  [[noreturn]] static void throwCancelled();

private:
  dfn::StreetNetwork mNetwork;
  std::unique_ptr<dfn::EdgeSnapIndex> mSnapIndex;
  QgsCoordinateReferenceSystem mCrs;
  QgsCoordinateTransformContext mTransformContext;
  QString mNetworkName;
  dfn::WalkingSettings mWalking;
};
