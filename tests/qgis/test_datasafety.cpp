// Cancelling at any point leaves no output (docs/robustness.md, "Data safety"): every algorithm is run once
// to count the messages and progress reports it sends, then again with a feedback that cancels at the Nth of
// them, N swept from the first to the last. A cancelled run must fail, leave the previous output and report
// exactly as they were, and leave nothing half-written; it may only succeed when the cancel came with the
// very last message (the timing line, sent after the output is complete).

#include "testsupport.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <set>

namespace
{
const QString SampleTown = QStringLiteral( DF_SAMPLE_TOWN_GPKG );

QString layer( const QString &name )
{
  return SampleTown + QStringLiteral( "|layername=" ) + name;
}

//! Counts messages and progress reports; cancels at the \a cancelAt-th (0: never).
class CancellingFeedback : public RecordingFeedback
{
public:
  explicit CancellingFeedback( int cancelAt ) : mCancelAt( cancelAt )
  {
    QObject::connect( this, &QgsFeedback::progressChanged, [this]( double ) { event(); } );
  }
  void pushInfo( const QString &info ) override
  {
    RecordingFeedback::pushInfo( info );
    event();
  }
  void pushWarning( const QString &warning ) override
  {
    RecordingFeedback::pushWarning( warning );
    event();
  }
  int events = 0;

private:
  void event()
  {
    if ( ++events == mCancelAt )
      cancel();
  }
  int mCancelAt;
};

QByteArray digest( const QString &path )
{
  QFile f( path );
  if ( !f.open( QIODevice::ReadOnly ) )
    return QByteArray();
  return QCryptographicHash::hash( f.readAll(), QCryptographicHash::Sha256 );
}

QStringList leftovers( const QString &folder )
{
  return QDir( folder ).entryList( { QStringLiteral( "*incomplete*" ) }, QDir::AllEntries | QDir::Hidden );
}

void sweepCancels( const QString &algorithm, QVariantMap parameters, const QStringList &files )
{
  QTemporaryDir dir;
  ASSERT_TRUE( dir.isValid() );
  QStringList paths; // "PARAMETER=file name" -> the file in the temporary folder
  for ( const QString &file : files )
  {
    paths << dir.filePath( file.section( '=', 1 ) );
    parameters.insert( file.section( '=', 0, 0 ), paths.last() );
  }

  // A complete run first: its files are the "previous output" every cancelled run must leave alone.
  CancellingFeedback counting( 0 );
  const RunResult full = runAlgorithmById( algorithm, parameters, &counting );
  ASSERT_TRUE( full.ok ) << text( full.log );
  const int total = counting.events;
  ASSERT_GT( total, 3 );
  std::vector<QByteArray> before;
  for ( const QString &p : paths )
  {
    before.push_back( digest( p ) );
    ASSERT_FALSE( before.back().isEmpty() ) << text( p );
  }

  std::set<int> points = { 1, 2, total / 4, total / 2, ( 3 * total ) / 4 };
  for ( int n = std::max( 1, total - 3 ); n <= total; ++n )
    points.insert( n );
  for ( int n : points )
  {
    CancellingFeedback feedback( n );
    const RunResult r = runAlgorithmById( algorithm, parameters, &feedback );
    const std::string at = algorithm.toStdString() + ": cancelled at event " + std::to_string( n ) + " of " +
                           std::to_string( total );
    if ( r.ok )
      EXPECT_EQ( n, total ) << at << ": the cancel was ignored and the run finished";
    else
      EXPECT_TRUE( r.log.contains( QStringLiteral( "Cancelled" ) ) ) << at << ": " << text( r.log );
    EXPECT_TRUE( leftovers( dir.path() ).isEmpty() )
        << at << ": " << text( leftovers( dir.path() ).join( ' ' ) );
    if ( !r.ok )
    {
      for ( int i = 0; i < paths.size(); ++i )
        EXPECT_EQ( digest( paths[i] ), before[static_cast<size_t>( i )] )
            << at << ": " << text( paths[i] ) << " changed";
    }
  }
}
} // namespace

TEST( DataSafetyCancel, NeighbourhoodScoreAndItsReport )
{
  sweepCancels( QStringLiteral( "dementiafriendly:neighbourhoodscore" ),
                { { QStringLiteral( "AREAS" ), layer( QStringLiteral( "buurten" ) ) },
                  { QStringLiteral( "NETWORK" ), layer( QStringLiteral( "wegen" ) ) },
                  { QStringLiteral( "ADDRESSES" ), layer( QStringLiteral( "adressen" ) ) },
                  { QStringLiteral( "FACILITIES" ), layer( QStringLiteral( "voorzieningen" ) ) },
                  { QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) } },
                { QStringLiteral( "OUTPUT=score.gpkg" ), QStringLiteral( "REPORT=score.html" ) } );
}

TEST( DataSafetyCancel, EstimateDementia )
{
  sweepCancels( QStringLiteral( "dementiafriendly:estimatedementia" ),
                { { QStringLiteral( "INPUT" ), layer( QStringLiteral( "buurten" ) ) } },
                { QStringLiteral( "OUTPUT=dementia.gpkg" ) } );
}

TEST( DataSafetyCancel, MeetingPlaceGapsBothOutputs )
{
  sweepCancels( QStringLiteral( "dementiafriendly:meetingplacegaps" ),
                { { QStringLiteral( "DEMAND" ), layer( QStringLiteral( "adressen" ) ) },
                  { QStringLiteral( "NETWORK" ), layer( QStringLiteral( "wegen" ) ) },
                  { QStringLiteral( "FACILITIES" ), layer( QStringLiteral( "voorzieningen" ) ) },
                  { QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) },
                  { QStringLiteral( "LINK_DISTANCE" ), 250 } },
                { QStringLiteral( "OUTPUT=gaps.gpkg" ), QStringLiteral( "GAP_AREAS=areas.gpkg" ) } );
}

TEST( DataSafetyCancel, Catchments )
{
  sweepCancels( QStringLiteral( "dementiafriendly:catchments" ),
                { { QStringLiteral( "NETWORK" ), layer( QStringLiteral( "wegen" ) ) },
                  { QStringLiteral( "FACILITIES" ), layer( QStringLiteral( "voorzieningen" ) ) },
                  { QStringLiteral( "CATEGORY_FIELD" ), QStringLiteral( "category" ) },
                  { QStringLiteral( "TIMES" ), QStringLiteral( "5" ) },
                  { QStringLiteral( "DISSOLVE" ), true } },
                { QStringLiteral( "OUTPUT=catchments.gpkg" ) } );
}
