#include "dfscorereport.h"

#include "dfversion.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <cmath>
#include <map>

namespace
{
QString esc( const QString &s )
{
  return s.toHtmlEscaped();
}

QString fixed( double v, int decimals )
{
  return QLocale().toString( v, 'f', decimals );
}

//! A 0-100 value as a small bar with its number; "–" when there is none. \a tone: "good" (higher is better)
//! or "bad" (higher is worse), which only changes the colour.
QString bar( const std::optional<double> &v, const char *tone )
{
  if ( !v || !std::isfinite( *v ) )
    return QStringLiteral( "<span class=\"none\">–</span>" );
  const double w = std::clamp( *v, 0.0, 100.0 );
  return QStringLiteral( "<span class=\"bar %1\"><span style=\"width:%2%\"></span></span> %3" )
      .arg( QLatin1String( tone ) )
      .arg( w, 0, 'f', 1 )
      .arg( fixed( *v, 0 ) );
}
} // namespace

QString DfScoreReport::classLabel( int friendlyClass )
{
  switch ( friendlyClass )
  {
  case 1:
    return tr( "Very low" );
  case 2:
    return tr( "Low" );
  case 3:
    return tr( "Moderate" );
  case 4:
    return tr( "High" );
  case 5:
    return tr( "Very high" );
  default:
    return QString();
  }
}

QString DfScoreReport::domainLabel( const std::string &domain )
{
  if ( domain == "access" )
    return tr( "Access" );
  if ( domain == "comfort" )
    return tr( "Comfort and legibility" );
  if ( domain == "housing" )
    return tr( "Housing" );
  if ( domain == "social" )
    return tr( "Social need" );
  return QString::fromStdString( domain );
}

QString DfScoreReport::indicatorLabel( const dfn::ProfileIndicator &indicator )
{
  static const std::map<std::string, const char *> labels = {
      { "access.supermarket_500m", QT_TR_NOOP( "Homes within 500 m of a supermarket" ) },
      { "access.gp_500m", QT_TR_NOOP( "Homes within 500 m of a GP" ) },
      { "access.pharmacy_500m", QT_TR_NOOP( "Homes within 500 m of a pharmacy" ) },
      { "access.meeting_place_500m", QT_TR_NOOP( "Homes within 500 m of a meeting place" ) },
      { "access.bus_stop_500m", QT_TR_NOOP( "Homes within 500 m of a bus stop" ) },
      { "access.park_500m", QT_TR_NOOP( "Homes within 500 m of a park" ) },
      { "access.supermarket_median_min", QT_TR_NOOP( "Median walk to a supermarket" ) },
      { "access.gp_median_min", QT_TR_NOOP( "Median walk to a GP" ) },
      { "access.pharmacy_median_min", QT_TR_NOOP( "Median walk to a pharmacy" ) },
      { "access.meeting_place_median_min", QT_TR_NOOP( "Median walk to a meeting place" ) },
      { "access.bus_stop_median_min", QT_TR_NOOP( "Median walk to a bus stop" ) },
      { "access.park_median_min", QT_TR_NOOP( "Median walk to a park" ) },
      { "comfort.benches_per_km", QT_TR_NOOP( "Benches per km of walkable street" ) },
      { "comfort.toilets_within_reach", QT_TR_NOOP( "Homes within 500 m of a public toilet" ) },
      { "comfort.legible_junctions", QT_TR_NOOP( "T- and forked junctions among street junctions" ) },
      { "comfort.landmarks_per_km2", QT_TR_NOOP( "Landmarks per km²" ) },
      { "housing.step_free", QT_TR_NOOP( "Homes step-free or with a lift" ) },
      { "housing.corporation", QT_TR_NOOP( "Homes owned by housing corporations" ) },
      { "social.single_households", QT_TR_NOOP( "Single-person households" ) },
      { "social.widowed", QT_TR_NOOP( "Widowed residents" ) },
      { "social.lonely", QT_TR_NOOP( "Adults who feel severely lonely" ) },
      { "social.wmo_clients", QT_TR_NOOP( "Wmo clients per 1,000 inhabitants" ) },
  };
  const auto it = labels.find( indicator.id );
  // A municipality that relabels a default indicator in its profile keeps its own words.
  if ( it != labels.end() && indicator.label == it->second )
    return tr( it->second );
  return QString::fromStdString( indicator.label );
}

QString DfScoreReport::withUnit( double value, const QString &unit )
{
  const int decimals = std::fabs( value ) >= 10 ? 0 : 1;
  if ( unit.isEmpty() )
    return fixed( value, decimals );
  if ( unit == QLatin1String( "%" ) )
    return QStringLiteral( "%1 %" ).arg( fixed( value, decimals ) );
  if ( unit == QLatin1String( "min" ) )
    return tr( "%1 min" ).arg( fixed( value, 1 ) );
  if ( unit == QLatin1String( "per km" ) )
    return tr( "%1 per km" ).arg( fixed( value, 1 ) );
  if ( unit == QLatin1String( "per km²" ) )
    return tr( "%1 per km²" ).arg( fixed( value, 1 ) );
  if ( unit == QLatin1String( "per 1,000" ) )
    return tr( "%1 per 1,000" ).arg( fixed( value, decimals ) );
  return QStringLiteral( "%1 %2" ).arg( fixed( value, decimals ), unit );
}

QString DfScoreReport::readableLayerName( const QString &name )
{
  QString readable = name;
  if ( name.contains( QLatin1Char( '|' ) ) )
  {
    // A data source rather than a name: its layer, else its file.
    const QStringList parts = name.split( QLatin1Char( '|' ) );
    readable.clear();
    for ( const QString &part : parts.mid( 1 ) )
      if ( part.trimmed().startsWith( QLatin1String( "layername=" ), Qt::CaseInsensitive ) )
        readable = part.trimmed().mid( 10 );
    if ( readable.isEmpty() )
      readable = QFileInfo( parts.first() ).completeBaseName();
  }
  return readable.simplified();
}

QString DfScoreReport::html() const
{
  QString h;
  const QString title =
      tr( "Dementia-friendly neighbourhood score: %1" ).arg( readableLayerName( areasName ) );
  h += QStringLiteral(
           "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%2</title>\n" )
           .arg( QLocale().name().left( 2 ), esc( title ) );
  // Colour-blind-safe: blue for friendliness (good), orange-red for need and urgency, as on the maps.
  h += QStringLiteral(
      "<style>body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#222;max-width:80em}"
      "h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em}table{border-collapse:collapse;width:100%}"
      "th,td{border-bottom:1px solid #ddd;padding:.3em "
      ".5em;text-align:left;vertical-align:top;font-size:.9em}"
      "th{background:#f3f3f3}.bar{display:inline-block;width:4em;height:.8em;background:#eee;"
      "vertical-align:middle}.bar span{display:block;height:100%}.good span{background:#2c7bb6}"
      ".bad span{background:#e6550d}.none{color:#999}.small{font-size:.85em;color:#555}"
      "details{margin:.3em 0}summary{cursor:pointer}"
      "table.totals{width:auto;max-width:60em}table.totals th{background:none;font-weight:bold;width:22em}"
      "figure{margin:1em 0}figure img{max-width:100%;height:auto;border:1px solid #ddd}"
      ".legend{list-style:none;padding:0;margin:.5em 0;font-size:.85em}.legend li{display:inline-block;"
      "margin-right:1.5em}.swatch{display:inline-block;width:1.2em;height:.9em;border:1px solid #777;"
      "vertical-align:middle;margin-right:.3em}"
      "td.small{min-width:14em}table.profile td.number{text-align:right;white-space:nowrap}tr.domain "
      "th{background:#e8eef4}"
      "</style></head><body>\n" );
  h += QStringLiteral( "<h1>%1</h1>\n" ).arg( esc( title ) );
  h += QStringLiteral( "<p class=\"small\">%1</p>\n" )
           .arg( esc( tr( "Made with the QGIS plugin Dementia-friendly neighbourhoods %1 on %2. Profile: %3; "
                          "sub-scores %4." )
                          .arg( QStringLiteral( DF_VERSION ),
                                QLocale().toString( QDate::currentDate(), QLocale::LongFormat ), profileName,
                                rankMode ? tr( "by rank within the layer" )
                                         : tr( "against the profile's norms" ) ) ) );

  // Totals
  long long homes = 0, scored = 0;
  double dementia = 0;
  bool anyDementia = false;
  std::map<int, int> perClass;
  for ( const Area &a : areas )
  {
    homes += a.homes;
    if ( a.friendly )
      ++scored;
    if ( a.dementiaAtHome )
    {
      dementia += *a.dementiaAtHome;
      anyDementia = true;
    }
    ++perClass[a.friendlyClass];
  }
  // A table, not floats: a label that wraps (longer in Dutch) keeps its value on its own row.
  h += QStringLiteral( "<h2>%1</h2>\n<table class=\"totals\">\n" ).arg( esc( tr( "The municipality" ) ) );
  auto total = [&]( const QString &label, const QString &value )
  {
    h +=
        QStringLiteral( "<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n" ).arg( esc( label ), esc( value ) );
  };
  total( tr( "Areas" ), tr( "%1, of which %2 with a friendly score" )
                            .arg( QLocale().toString( static_cast<long long>( areas.size() ) ),
                                  QLocale().toString( scored ) ) );
  total( tr( "Homes" ), QLocale().toString( homes ) );
  if ( anyDementia )
    total( tr( "People with dementia living at home" ), fixed( dementia, 0 ) );
  total( tr( "Friendly score, mean over the homes" ),
         std::isfinite( meanFriendly ) ? fixed( meanFriendly, 1 ) : QStringLiteral( "–" ) );
  QStringList classes;
  for ( int c = 5; c >= 1; --c )
    classes << QStringLiteral( "%1: %2" ).arg( classLabel( c ) ).arg( perClass[c] );
  total( tr( "Areas per friendliness class" ), classes.join( QLatin1String( ", " ) ) );
  if ( !leftOut.isEmpty() )
    total( tr( "Indicators left out" ), leftOut.join( QLatin1String( "; " ) ) );
  h += QStringLiteral( "</table>\n" );

  // The map
  h += QStringLiteral( "<h2>%1</h2>\n" ).arg( esc( tr( "Map of the areas by urgency" ) ) );
  if ( !mapPng.isEmpty() )
  {
    h += QStringLiteral( "<figure><img id=\"map\" src=\"data:image/png;base64,%1\" alt=\"%2\">" )
             .arg( QString::fromLatin1( mapPng.toBase64() ),
                   esc( tr( "Map of the areas coloured by urgency, labelled with urgency rank and name" ) ) );
    h += QStringLiteral( "<figcaption><ul class=\"legend\">" );
    for ( const auto &[label, colour] : mapLegend )
      h += QStringLiteral( "<li><span class=\"swatch\" style=\"background:%1\"></span>%2</li>" )
               .arg( esc( colour ), esc( label ) );
    h += QStringLiteral( "</ul></figcaption></figure>\n" );
  }
  if ( !mapNote.isEmpty() )
    h += QStringLiteral( "<p class=\"small\">%1</p>\n" ).arg( esc( mapNote ) );

  // Areas by urgency
  h += QStringLiteral( "<h2>%1</h2>\n<p class=\"small\">%2</p>\n" )
           .arg( esc( tr( "Areas by urgency" ) ),
                 esc( tr(
                     "Urgency = need × (100 − friendly) / 100. Need and urgency are relative to this layer; "
                     "friendly and the domain scores are absolute when scored against the norms." ) ) );
  h += QStringLiteral( "<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>" )
           .arg( esc( tr( "Rank" ) ), esc( tr( "Area" ) ), esc( tr( "Urgency" ) ), esc( tr( "Need" ) ),
                 esc( tr( "Friendly" ) ) );
  for ( int d = 0; d < domains.size(); ++d )
    h += QStringLiteral( "<th>%1</th>" ).arg( esc( domains[d] ) );
  h += QStringLiteral( "<th>%1</th></tr>\n" ).arg( esc( tr( "What pulls the score down" ) ) );
  std::vector<size_t> order = urgencyOrder;
  std::vector<bool> listed( areas.size(), false );
  for ( size_t i : order )
    listed[i] = true;
  for ( size_t i : withoutHomes ) // listed apart below
    if ( i < areas.size() )
      listed[i] = true;
  for ( size_t i = 0; i < areas.size(); ++i )
    if ( !listed[i] )
      order.push_back( i );
  for ( size_t i : order )
  {
    const Area &a = areas[i];
    h += QStringLiteral(
             "<tr><td>%1</td><td><a href=\"#area%2\">%3</a></td><td>%4</td><td>%5</td><td>%6 %7</td>" )
             .arg( a.urgencyRank > 0 ? QString::number( a.urgencyRank ) : QStringLiteral( "–" ) )
             .arg( i )
             .arg( esc( a.name ), bar( a.urgency, "bad" ), bar( a.need, "bad" ), bar( a.friendly, "good" ),
                   esc( classLabel( a.friendlyClass ) ) );
    for ( size_t d = 0; d < domainIds.size(); ++d )
      h += QStringLiteral( "<td>%1</td>" )
               .arg( bar( d < a.domainScores.size() ? a.domainScores[d] : std::nullopt,
                          domainIds[d] == QLatin1String( "social" ) ? "bad" : "good" ) );
    h += QStringLiteral( "<td class=\"small\">%1</td></tr>\n" )
             .arg( esc( a.reasons.join( QLatin1String( "; " ) ) ) );
  }
  h += QStringLiteral( "</table>\n" );

  // Areas without homes: not scored, so apart from the ranking.
  if ( !withoutHomes.empty() )
  {
    h += QStringLiteral( "<h2 id=\"without-homes\">%1</h2>\n<p class=\"small\">%2</p>\n<ul>" )
             .arg( esc( tr( "Areas without homes" ) ),
                   esc( tr( "No home of the address layer lies in these areas (parks, water, industrial "
                            "estates), so there are no residents to be friendly to: they have no friendly "
                            "score, no need and no urgency, and are not ranked." ) ) );
    for ( size_t i : withoutHomes )
      if ( i < areas.size() )
        h += QStringLiteral( "<li>%1</li>" ).arg( esc( areas[i].name ) );
    h += QStringLiteral( "</ul>\n" );
  }

  // Every area's indicators
  h += QStringLiteral( "<h2>%1</h2>\n" ).arg( esc( tr( "Indicators per area" ) ) );
  for ( size_t i : order )
  {
    const Area &a = areas[i];
    h += QStringLiteral( "<details id=\"area%1\"><summary><b>%2</b> — %3</summary>\n" )
             .arg( i )
             .arg( esc( a.name ), esc( tr( "friendly %1, need %2, urgency %3, %4 home(s)" )
                                           .arg( a.friendly ? fixed( *a.friendly, 1 ) : QStringLiteral( "–" ),
                                                 a.need ? fixed( *a.need, 1 ) : QStringLiteral( "–" ),
                                                 a.urgency ? fixed( *a.urgency, 1 ) : QStringLiteral( "–" ),
                                                 QLocale().toString( a.homes ) ) ) );
    h += QStringLiteral( "<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n" )
             .arg( esc( tr( "Indicator" ) ), esc( tr( "Value" ) ), esc( tr( "Sub-score" ) ),
                   esc( tr( "Weight" ) ), esc( tr( "Norm (bad → good)" ) ) );
    for ( size_t k = 0; k < indicators.size(); ++k )
    {
      const Indicator &ind = indicators[k];
      QString valueText = QStringLiteral( "<span class=\"none\">–</span>" );
      if ( k < a.values.size() && a.values[k].has_value() )
        valueText = esc( withUnit( *a.values[k], ind.unit ) );
      h +=
          QStringLiteral( "<tr><td>%1 <span class=\"small\">(%2)</span></td><td>%3</td><td>%4</td><td>%5</td>"
                          "<td>%6 → %7</td></tr>\n" )
              .arg( esc( ind.label ), esc( domainLabel( ind.domain.toStdString() ) ), valueText,
                    bar( k < a.subScores.size() ? a.subScores[k] : std::nullopt,
                         ind.domain == QLatin1String( "social" ) ? "bad" : "good" ),
                    fixed( ind.weight, ind.weight == std::round( ind.weight ) ? 0 : 1 ),
                    esc( withUnit( ind.bad, ind.unit ) ), esc( withUnit( ind.good, ind.unit ) ) );
    }
    h += QStringLiteral( "</table>" );
    if ( !a.missing.isEmpty() )
      h += QStringLiteral( "<p class=\"small\">%1</p>" )
               .arg( esc( tr( "No value here, weight given to the other indicators: %1" )
                              .arg( a.missing.join( QLatin1String( ", " ) ) ) ) );
    h += QStringLiteral( "</details>\n" );
  }

  h += QStringLiteral( "<h2>%1</h2>\n<p class=\"small\">%2</p>\n" )
           .arg( esc( tr( "The profile used" ) ),
                 esc( tr(
                     "Each sub-score is 0 at the value \"bad\" and 100 at \"good\", in a straight line. A "
                     "domain score is the weighted mean of its sub-scores; friendly is the weighted mean of "
                     "access, comfort and housing. Need combines the people with dementia at home and older "
                     "people living alone per km² (as a rank in this layer) with the social score." ) ) );
  h += QStringLiteral( "<p class=\"small\" id=\"profile-file\">%1</p>\n" )
           .arg( esc( profilePath.isEmpty()
                          ? tr( "Profile: %1 (built into the plugin; a copy to start from is "
                                "profiles/default.dfprofile)." )
                                .arg( profileName )
                          : tr( "Profile file: %1" ).arg( QDir::toNativeSeparators( profilePath ) ) ) );
  const dfn::ProfileParse parsed = dfn::parseScoreProfile( profileText.toStdString() );
  if ( !parsed.ok() )
    // Cannot happen for the profile the algorithm ran with; say so rather than show an empty table.
    h += QStringLiteral( "<p>%1</p>\n" ).arg( esc( QString::fromStdString( parsed.error ) ) );
  else
  {
    auto number = []( double v ) { return QLocale().toString( v, 'g', 12 ); };
    h += QStringLiteral( "<table class=\"profile\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                         "<th>%5</th><th>%6</th></tr>\n" )
             .arg( esc( tr( "Indicator" ) ), esc( tr( "Label" ) ), esc( tr( "Weight" ) ), esc( tr( "Bad" ) ),
                   esc( tr( "Good" ) ), esc( tr( "Source" ) ) );
    for ( const dfn::ProfileDomain &d : parsed.profile.domains )
    {
      h += QStringLiteral( "<tr class=\"domain\"><th colspan=\"6\">%1</th></tr>\n" )
               .arg( esc(
                   tr( "%1 (domain \"%2\", weight %3)" )
                       .arg( domainLabel( d.id ), QString::fromStdString( d.id ), number( d.weight ) ) ) );
      for ( const dfn::ProfileIndicator &ind : parsed.profile.indicators )
      {
        if ( ind.domain != d.id )
          continue;
        const QString unit = QString::fromStdString( ind.unit );
        h += QStringLiteral( "<tr class=\"indicator\"><td><code>%1</code></td><td>%2</td>"
                             "<td class=\"number weight\">%3</td><td class=\"number\">%4</td>"
                             "<td class=\"number\">%5</td><td class=\"small\">%6</td></tr>\n" )
                 .arg( esc( QString::fromStdString( ind.id ) ), esc( indicatorLabel( ind ) ),
                       number( ind.weight ), esc( withUnit( ind.bad, unit ) ),
                       esc( withUnit( ind.good, unit ) ), esc( QString::fromStdString( ind.note ) ) );
      }
    }
    h += QStringLiteral( "</table>\n" );
  }
  h += QStringLiteral( "</body></html>\n" );
  return h;
}

bool DfScoreReport::write( const QString &path, QString *error ) const
{
  // QSaveFile: a cancelled or failed run never leaves a half-written report that looks complete.
  QSaveFile file( path );
  if ( !file.open( QIODevice::WriteOnly ) )
  {
    *error = tr( "Cannot write the report \"%1\": %2" ).arg( path, file.errorString() );
    return false;
  }
  file.write( html().toUtf8() );
  if ( !file.commit() )
  {
    *error = tr( "Cannot write the report \"%1\": %2" ).arg( path, file.errorString() );
    return false;
  }
  return true;
}
