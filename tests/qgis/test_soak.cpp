// Soak and concurrency: every algorithm many times in one QGIS process, some runs cancelled at a random
// moment, with resident memory flat after the first rounds and every finished result equal to the first; and
// two algorithms (different ones, and two copies of one) at once through QgsProcessingAlgRunnerTask, the way
// QGIS's background tasks run them, giving what sequential runs give. The algorithms declare no
// FlagNoThreading, so QGIS runs them in worker threads: this test is what backs that declaration.
//
// DF_SOAK_ROUNDS (default 200; CMake's DF_SOAK_ROUNDS sets it for ctest) rounds of the eight algorithms on
// the sample town, each into its own GeoPackage. Catchments is given a short walk from the three pharmacies:
// the soak is about leaks and stability, and a long walk from every meeting place costs 5 s a run.

#include "dfcompat.h"
#include "testsupport.h"

#include <qgsapplication.h>
#include <qgsfeatureiterator.h>
#include <qgsprocessingalgrunnertask.h>
#include <qgsprocessingregistry.h>
#include <qgstaskmanager.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace
{
const QString Town = QStringLiteral( DF_SAMPLE_TOWN_GPKG );

//! Resident set size in kB, from /proc/self/status.
long residentKb()
{
  QFile status( QStringLiteral( "/proc/self/status" ) );
  if ( !status.open( QIODevice::ReadOnly ) )
    return -1;
  for ( const QByteArray &line : status.readAll().split( '\n' ) )
    if ( line.startsWith( "VmRSS:" ) )
      return line.mid( 6 ).trimmed().split( ' ' ).value( 0 ).toLong();
  return -1;
}

//! A digest of everything an output layer holds: every attribute (numbers to 12 significant digits) and
//! geometry of every feature, in a fixed order.
QByteArray digestOf( const QString &uri )
{
  QgsVectorLayer out( uri, QStringLiteral( "out" ), QStringLiteral( "ogr" ) );
  if ( !out.isValid() )
    return QByteArray( "invalid: " ) + uri.toUtf8();
  QStringList rows;
  QgsFeature f;
  QgsFeatureIterator it = out.getFeatures();
  while ( it.nextFeature( f ) )
  {
    QStringList values;
    for ( const QVariant &v : f.attributes() )
    {
      bool number = false;
      const double d = v.toDouble( &number );
      values << ( number && v.userType() != QMetaType::QString ? QString::number( d, 'g', 12 )
                                                               : v.toString() );
    }
    values.removeFirst(); // the fid: a GeoPackage's own numbering
    values << ( f.hasGeometry() ? f.geometry().asWkt( 3 ) : QString() );
    rows << values.join( QLatin1Char( '|' ) );
  }
  rows.sort();
  return QCryptographicHash::hash( rows.join( QLatin1Char( '\n' ) ).toUtf8(), QCryptographicHash::Sha256 )
      .toHex();
}

//! Cancels the run after a given number of progress reports: a cancel at a random moment, reproducibly.
class CancellingFeedback : public RecordingFeedback
{
public:
  explicit CancellingFeedback( int afterReports ) : mLeft( afterReports )
  {
    connect( this, &QgsFeedback::progressChanged, this,
             [this]( double )
             {
               if ( --mLeft == 0 )
                 cancel();
             } );
  }

private:
  int mLeft;
};

class Soak : public ::testing::Test
{
protected:
  static void SetUpTestSuite()
  {
    sDir = new QTemporaryDir();
    sCases = sampleTownCases( Town, sDir->path() );
    ASSERT_FALSE( sCases.empty() );
  }
  static void TearDownTestSuite()
  {
    delete sDir;
    sDir = nullptr;
  }

  //! Runs case \a name into a fresh file and returns the digest of its OUTPUT ("" when it did not finish).
  static QByteArray run( const QString &name, int run, RecordingFeedback *feedback = nullptr )
  {
    QVariantMap p = withDestinations( name, sCases.at( name ), sDir->path(), QString::number( run ) );
    const RunResult r = runAlgorithmById( QStringLiteral( "dementiafriendly:" ) + name, p, feedback );
    if ( !r.ok && !feedback )
      ADD_FAILURE() << text( name ) << " failed: " << text( r.log );
    const QByteArray digest = r.ok ? digestOf( r.output() ) : QByteArray();
    for ( const QVariant &out : p )
      if ( out.toString().startsWith( sDir->path() + QStringLiteral( "/out_" ) ) )
        QFile::remove( out.toString() );
    // Between two runs the desktop's event loop deletes what QGIS handed to deleteLater() (layers,
    // providers); without this a loop-less test would count those as growth.
    QCoreApplication::sendPostedEvents( nullptr, QEvent::DeferredDelete );
    QCoreApplication::processEvents();
    return digest;
  }

public:
  static QTemporaryDir *sDir;
  static std::map<QString, QVariantMap> sCases;
};
QTemporaryDir *Soak::sDir = nullptr;
std::map<QString, QVariantMap> Soak::sCases;

TEST_F( Soak, ManyRunsWithRandomCancelsStayEqualAndFlat )
{
  const int rounds = qEnvironmentVariableIsSet( "DF_SOAK_ROUNDS" )
                         ? qEnvironmentVariableIntValue( "DF_SOAK_ROUNDS" )
                         : DF_SOAK_DEFAULT_ROUNDS;
  // DF_SOAK_ONLY=name soaks one algorithm, to find which one holds on to memory.
  if ( qEnvironmentVariableIsSet( "DF_SOAK_ONLY" ) )
  {
    const QString only = qEnvironmentVariable( "DF_SOAK_ONLY" );
    for ( auto it = sCases.begin(); it != sCases.end(); )
      it = it->first == only ? std::next( it ) : sCases.erase( it );
  }
  std::map<QString, QByteArray> first;
  for ( const auto &c : sCases )
  {
    QElapsedTimer timer;
    timer.start();
    first[c.first] = run( c.first, 0 );
    printf( "soak: %s %.2f s\n", text( c.first ).c_str(), timer.elapsed() / 1000.0 );
    ASSERT_FALSE( first[c.first].isEmpty() ) << text( c.first ) << " did not finish";
  }
  std::mt19937 random( 20261207 );
  long warm = -1;
  int cancelled = 0, finished = 0;
  for ( int round = 1; round <= rounds; ++round )
  {
    if ( round == std::min( 10, rounds ) )
      warm = residentKb();
    for ( const auto &c : sCases )
    {
      if ( random() % 5 == 0 )
      {
        // Cancelled after 1..30 progress reports: early, in the middle, or after the work (then it finishes).
        CancellingFeedback cancel( 1 + static_cast<int>( random() % 30 ) );
        const QByteArray digest = run( c.first, round, &cancel );
        if ( digest.isEmpty() )
          ++cancelled;
        else
          EXPECT_EQ( digest, first[c.first] )
              << text( c.first ) << " round " << round << " (cancel too late)";
        continue;
      }
      EXPECT_EQ( run( c.first, round ), first[c.first] ) << text( c.first ) << " round " << round;
      ++finished;
    }
  }
  const long end = residentKb();
  printf(
      "soak: %d rounds of %zu algorithms, %d finished, %d cancelled; resident memory %ld kB after %d rounds, "
      "%ld kB at the end (%+.1f %%)\n",
      rounds, sCases.size(), finished, cancelled, warm, std::min( 10, rounds ), end,
      100.0 * ( end - warm ) / std::max( 1L, warm ) );
  EXPECT_GT( cancelled, 0 ) << "no run was cancelled: the random cancels never hit";
  if ( rounds >= 30 )
  {
    EXPECT_LE( end, warm + warm / 20 ) << "resident memory grew by more than 5 % after the first rounds";
  }
}

//! Runs two algorithms at once through QGIS's task manager, as the desktop runs them in the background.
std::pair<QByteArray, QByteArray> concurrently( const QString &a, const QString &b,
                                                const std::map<QString, QVariantMap> &cases )
{
  struct Job
  {
    QString name;
    QVariantMap parameters;
    QgsProcessingContext context;
    QgsProcessingFeedback feedback;
    std::unique_ptr<QgsProcessingAlgorithm> algorithm;
    QByteArray digest;
    bool done = false;
  };
  std::vector<std::unique_ptr<Job>> jobs;
  int index = 0;
  for ( const QString &name : { a, b } )
  {
    auto job = std::make_unique<Job>();
    job->name = name;
    job->parameters = withDestinations( name, cases.at( name ), Soak::sDir->path(),
                                        QStringLiteral( "concurrent%1" ).arg( index++ ) );
    job->algorithm.reset( QgsApplication::processingRegistry()->createAlgorithmById(
        QStringLiteral( "dementiafriendly:" ) + name ) );
    jobs.push_back( std::move( job ) );
  }
  QEventLoop loop;
  int left = 2;
  for ( auto &job : jobs )
  {
    auto *task =
        new QgsProcessingAlgRunnerTask( job->algorithm.get(), job->parameters, job->context, &job->feedback );
    Job *j = job.get();
    QObject::connect( task, &QgsProcessingAlgRunnerTask::executed, &loop,
                      [j, &left, &loop]( bool ok, const QVariantMap &results )
                      {
                        j->done = true;
                        if ( ok )
                          j->digest = digestOf( results.value( QStringLiteral( "OUTPUT" ) ).toString() );
                        if ( --left == 0 )
                          loop.quit();
                      } );
    QgsApplication::taskManager()->addTask( task );
  }
  QTimer::singleShot( 120000, &loop, &QEventLoop::quit );
  loop.exec();
  EXPECT_TRUE( jobs[0]->done && jobs[1]->done ) << "the two tasks did not finish within 120 s";
  return { jobs[0]->digest, jobs[1]->digest };
}

TEST_F( Soak, TwoAtOnceInBackgroundTasksEqualSequentialRuns )
{
  std::map<QString, QByteArray> sequential;
  for ( const auto &c : sCases )
    sequential[c.first] = run( c.first, -1 );
  // Different algorithms side by side, and two copies of the same one.
  const std::vector<std::pair<QString, QString>> pairs{
      { QStringLiteral( "walkingaccess" ), QStringLiteral( "neighbourhoodscore" ) },
      { QStringLiteral( "meetingplacegaps" ), QStringLiteral( "sitemeetingplaces" ) },
      { QStringLiteral( "housingopportunities" ), QStringLiteral( "catchments" ) },
      { QStringLiteral( "estimatedementia" ), QStringLiteral( "coverage" ) },
      { QStringLiteral( "walkingaccess" ), QStringLiteral( "walkingaccess" ) },
      { QStringLiteral( "neighbourhoodscore" ), QStringLiteral( "neighbourhoodscore" ) },
      { QStringLiteral( "sitemeetingplaces" ), QStringLiteral( "sitemeetingplaces" ) },
  };
  for ( const auto &pair : pairs )
  {
    const auto [da, db] = concurrently( pair.first, pair.second, sCases );
    EXPECT_EQ( da, sequential[pair.first] ) << text( pair.first ) << " beside " << text( pair.second );
    EXPECT_EQ( db, sequential[pair.second] ) << text( pair.second ) << " beside " << text( pair.first );
  }
}

TEST_F( Soak, NoAlgorithmAsksForTheMainThread )
{
  // QGIS runs an algorithm in a worker thread unless it declares FlagNoThreading; the test above shows that
  // is safe, so none may declare it (a declaration would make the desktop freeze during a run).
  for ( const auto &c : sCases )
  {
    const QgsProcessingAlgorithm *alg = QgsApplication::processingRegistry()->algorithmById(
        QStringLiteral( "dementiafriendly:" ) + c.first );
    ASSERT_TRUE( alg ) << text( c.first );
    EXPECT_FALSE( alg->flags() & DfCompat::NoThreading ) << text( c.first ) << " declares FlagNoThreading";
    EXPECT_TRUE( alg->flags() & DfCompat::CanCancel ) << text( c.first ) << " cannot be cancelled";
  }
}
} // namespace
