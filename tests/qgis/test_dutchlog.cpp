// The log in Dutch: every algorithm run on the sample town with the plugin's Dutch translation installed, and
// no English word left in what the user reads. Ids (indicator ids, kinds, field and layer names) stay ids but
// stand in quotes, so the check first removes quoted text, paths and numbers, then looks for English words
// that Dutch does not share. A word found names the algorithm and the line it came from.

#include "testsupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

#include <set>

namespace
{
const QString Town = QStringLiteral( DF_SAMPLE_TOWN_GPKG );

//! English words that are not also Dutch words (so "in", "is", "of", "met", "score", "indicator", "criteria",
//! "park" are not here).
const std::set<QString> &englishWords()
{
  static const std::set<QString> words = {
      "the",           "and",       "with",    "from",       "within",  "without", "read",     "written",
      "write",         "homes",     "home",    "people",     "meeting", "place",   "places",   "secret",
      "missing",       "timing",    "total",   "graph",      "snap",    "search",  "reached",  "unreached",
      "not",           "kind",      "kinds",   "area",       "areas",   "street",  "streets",  "minutes",
      "walk",          "walking",   "target",  "indicators", "need",    "urgency", "facility", "facilities",
      "address",       "addresses", "layer",   "layers",     "field",   "fields",  "are",      "has",
      "have",          "for",       "to",      "by",         "each",    "every",   "none",     "which",
      "was",           "were",      "this",    "that",       "there",   "their",   "sites",    "site",
      "site's",        "new",       "best",    "gap",        "gaps",    "bench",   "benches",  "supermarket",
      "pharmacy",      "toilet",    "toilets", "stop",       "used",    "ignored", "skipped",  "left",
      "out",           "because",   "only",    "should",     "could",   "would",   "estimate", "estimated",
      "dementia",      "living",    "share",   "coverage",   "network", "nearest", "cells",    "cell",
      "neighbourhood", "weight",    "weights", "criterion",  "passed",  "failed",  "ranked",   "rank",
      "result",        "results",   "output",
  };
  return words;
}

//! The words of \a line a Dutch reader should not meet: quoted text, paths, URLs and numbers removed first.
QStringList englishIn( QString line )
{
  static const QRegularExpression quoted( QStringLiteral( "'[^']*'|\"[^\"]*\"|‘[^’]*’|“[^”]*”|«[^»]*»" ) );
  static const QRegularExpression pathOrUrl( QStringLiteral( "\\S*[/\\\\]\\S*" ) );
  static const QRegularExpression word( QStringLiteral( "[A-Za-z']+" ) );
  line.remove( quoted );
  line.remove( pathOrUrl );
  QStringList found;
  auto it = word.globalMatch( line );
  while ( it.hasNext() )
  {
    const QString w = it.next().captured( 0 ).toLower();
    if ( englishWords().count( w ) )
      found << w;
  }
  return found;
}

class DutchLog : public ::testing::Test
{
protected:
  void SetUp() override
  {
    ASSERT_TRUE( mTranslator.load( QStringLiteral( "dementiafriendly_nl" ),
                                   QStringLiteral( ":/dementiafriendly/i18n" ) ) )
        << "the Dutch translation is not in the plugin's resources";
    QCoreApplication::installTranslator( &mTranslator );
  }
  void TearDown() override { QCoreApplication::removeTranslator( &mTranslator ); }

  QTranslator mTranslator;
};

TEST( DutchLogCheck, FindsEnglishOutsideQuotes )
{
  // The check itself: English words outside quotes are found, ids in quotes and paths are not.
  EXPECT_EQ( englishIn( QStringLiteral( "Timing (s): read=0.1" ) ),
             QStringList( { QStringLiteral( "timing" ), QStringLiteral( "read" ) } ) );
  EXPECT_TRUE(
      englishIn( QStringLiteral( "Indicator 'access.meeting_place_500m' gelezen uit /tmp/the_file.gpkg" ) )
          .isEmpty() );
  EXPECT_EQ( englishIn( QStringLiteral( "1.824 adressen: geheim (secret)" ) ),
             QStringList( { QStringLiteral( "secret" ) } ) );
}

TEST_F( DutchLog, EveryAlgorithmSpeaksDutch )
{
  QTemporaryDir dir;
  const std::map<QString, QVariantMap> cases = sampleTownCases( Town, dir.path() );
  ASSERT_EQ( cases.size(), 8u );
  // The log strings the first run gives must already be Dutch: a translated string is proof the translator
  // is in place for this test (otherwise a pass would say nothing).
  for ( const auto &c : cases )
  {
    RecordingFeedback feedback;
    const RunResult r = runAlgorithmById(
        QStringLiteral( "dementiafriendly:" ) + c.first,
        withDestinations( c.first, c.second, dir.path(), QStringLiteral( "nl" ) ), &feedback );
    ASSERT_TRUE( r.ok ) << text( c.first ) << ": " << text( feedback.all() );
    const QStringList lines =
        ( feedback.infos + feedback.warnings + feedback.errors ).join( '\n' ).split( '\n' );
    ASSERT_FALSE( lines.isEmpty() ) << text( c.first );
    for ( const QString &line : lines )
    {
      const QStringList english = englishIn( line );
      EXPECT_TRUE( english.isEmpty() )
          << text( c.first ) << ": English (" << text( english.join( ", " ) ) << ") in: " << text( line );
    }
  }
}
} // namespace
