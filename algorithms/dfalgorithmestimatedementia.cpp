#include "dfalgorithmestimatedementia.h"
#include "dfrunlock.h"

#include "dfalgorithmsupport.h"
#include "dfcrscheck.h"
#include "dfdatasafety.h"
#include "dfoutputguard.h"
#include "dfoutputstyle.h"
#include "dfqgisvalues.h"
#include "dfversion.h"

#include <qgsfeedback.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace
{
// Output fields: an interface that users' models and styles depend on. Documented in
// docs/estimatedementia.md.
const QString FieldEstimate = QStringLiteral( "dem_est" );
const QString FieldLow = QStringLiteral( "dem_low" );
const QString FieldHigh = QStringLiteral( "dem_high" );
const QString FieldAtHome = QStringLiteral( "dem_home" );
const QString FieldPop65 = QStringLiteral( "pop65_used" );
const QString FieldMethod = QStringLiteral( "dem_method" );
const QString FieldFlag = QStringLiteral( "dem_flag" );

const DfStyleSpec Style = { QStringLiteral( "estimatedementia" ), FieldEstimate,
                            QStringLiteral( "dementiafriendly_estimate" ) };

QgsFields addedFields()
{
  QgsFields f;
  for ( const QString &name : { FieldEstimate, FieldLow, FieldHigh, FieldAtHome, FieldPop65 } )
    f.append( DfCompat::doubleField( name ) );
  f.append( DfCompat::stringField( FieldMethod, 32 ) );
  f.append( DfCompat::stringField( FieldFlag, 254 ) );
  return f;
}

QVariant number( const std::optional<double> &v )
{
  return v ? QVariant( *v ) : QVariant();
}

//! One row of the RATE_TABLE or AGE_MIX matrix: an age band and a number for men and for women.
struct BandRow
{
  dfn::AgeBand band;
  double men = 0;
  double women = 0;
};

//! Reads a four-column matrix (age from, age to, men, women). An empty "age to", "+" or "plus" means "and
//! older"; decimal commas are accepted. Throws naming the table and row that cannot be read.
std::vector<BandRow> bandRows( const QVariantList &matrix, const QString &tableName )
{
  auto number = []( QString text, bool *ok )
  {
    text.replace( ',', '.' ); // Dutch users type decimal commas
    return text.toDouble( ok );
  };
  std::vector<BandRow> rows;
  const auto cells = DfValues::matrixRows( matrix, 4 );
  for ( size_t i = 0; i < cells.size(); ++i )
  {
    const std::vector<QString> &c = cells[i];
    BandRow r;
    bool okFrom = false, okTo = true, okMen = false, okWomen = false;
    r.band.from = c[0].toInt( &okFrom );
    const bool open = c[1].isEmpty() || c[1] == QLatin1String( "+" ) ||
                      c[1].compare( QLatin1String( "plus" ), Qt::CaseInsensitive ) == 0;
    r.band.to = open ? dfn::AgeBand::OpenEnded : c[1].toInt( &okTo );
    r.men = number( c[2], &okMen );
    r.women = number( c[3], &okWomen );
    if ( !okFrom || !okTo || !okMen || !okWomen )
      throw QgsProcessingException(
          DfEstimateDementiaAlgorithm::tr(
              "%1, row %2: expected an age from, an age to (empty for \"and older\") and two numbers." )
              .arg( tableName )
              .arg( i + 1 ) );
    rows.push_back( r );
  }
  return rows;
}
} // namespace

QStringList DfEstimateDementiaAlgorithm::tags() const
{
  return tr( "dementia,prevalence,population,CBS,buurt,wijk,vierkant,grid,ageing,65+,Alzheimer,need" )
      .split( ',' );
}

QString DfEstimateDementiaAlgorithm::shortDescription() const
{
  return tr( "Expected number of people with dementia per area, from CBS age groups or a register extract." );
}

QString DfEstimateDementiaAlgorithm::shortHelpString() const
{
  return tr(
      "<p>Estimates the number of people with dementia in every feature of the input (buurten, wijken, "
      "CBS 100 m grid cells, register extracts) by applying age-specific prevalence rates to the "
      "population.</p>"
      "<p><b>Input layouts</b> are recognised by their field names: CBS wijk- en buurtkaart 2019 and later "
      "(<i>aantal_inwoners × percentage_personen_65_jaar_en_ouder</i>) and 2018 and earlier (<i>AANT_INW × "
      "P_65_EO_JR</i>), CBS Kerncijfers (<i>k_65JaarOfOuder_…</i>), CBS vierkantstatistieken 2017+ "
      "(<i>aantal_inwoners_65_jaar_en_ouder</i>) and 2015 (<i>INW_65PL</i>), and register extracts with "
      "5-year "
      "bands (<i>men_65_69 … women_90_plus</i> or <i>age_65_69 … age_90_plus</i>). The log says which layout "
      "and "
      "fields were used; the fields can also be chosen under Advanced parameters.</p>"
      "<p><b>Routes</b>: fine bands are rated directly; a 65+ count is split into bands with the 65+ age mix "
      "(national default: CBS 1 January 2024), then rated; or a flat share of 65+.</p>"
      "<p><b>Output fields</b>: <i>dem_est</i> expected people with dementia; <i>dem_low</i>, "
      "<i>dem_high</i> an "
      "uncertainty band (rate margin, CBS percentage rounding and the 95 % Poisson scatter of a small area); "
      "<i>dem_home</i> living at home; <i>pop65_used</i>; <i>dem_method</i> the route; <i>dem_flag</i> why a "
      "value "
      "is missing. CBS secrecy codes (-99997, -99999999), -99995, negative numbers, nulls and text never "
      "become "
      "people: the estimate is then empty and <i>dem_flag</i> names the field and value.</p>"
      "<p>Estimates for small areas are expectations, not counts: show them with their band.</p>" );
}

void DfEstimateDementiaAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource(
      QStringLiteral( "INPUT" ), tr( "Areas or records with population by age" ),
      DfCompat::sourceTypes( { DfCompat::SourceVectorAny } ) ) );

  auto preset = std::make_unique<QgsProcessingParameterEnum>(
      QStringLiteral( "PRESET" ), tr( "Prevalence rates" ),
      QStringList() << tr( "Alzheimer Europe 2019" ) << tr( "Flat share of 65+" ) << tr( "Custom table" ),
      false, AlzheimerEurope2019 );
  preset->setHelp( tr(
      "Alzheimer Europe 2019: rates by sex and 5-year age band; uses neither the flat rate nor the custom "
      "table. Flat share of 65+: uses only \"Flat preset: % of 65+\". Custom table: uses only \"Custom "
      "preset: rate table\". Both are under Advanced parameters; a value there that the chosen preset "
      "does not use is refused, so that nobody believes it applied." ) );
  addParameter( preset.release() );

  auto flatRate = std::make_unique<QgsProcessingParameterNumber>(
      QStringLiteral( "FLAT_RATE" ), tr( "Flat preset: % of 65+" ), DfCompat::NumberDouble, DefaultFlatRate,
      false, 0.0, 100.0 );
  flatRate->setHelp(
      tr( "Only with the preset \"Flat share of 65+\": a little over 8 % of people aged 65 and over have "
          "dementia (Alzheimer Nederland). Leave it at 8 with the other presets." ) );
  DfCompat::setAdvanced( flatRate );
  addParameter( flatRate.release() );

  auto rateTable = std::make_unique<QgsProcessingParameterMatrix>(
      QStringLiteral( "RATE_TABLE" ), tr( "Custom preset: rate table" ), 1, false,
      QStringList() << tr( "Age from" ) << tr( "Age to (empty = and older)" ) << tr( "Men %" )
                    << tr( "Women %" ),
      QVariant(), true );
  rateTable->setHelp(
      tr( "Only with the preset \"Custom table\" (% with dementia): one row per age band, e.g. "
          "65, 69, 1.8, 1.4 and 90, , 29.2, 44.4. Leave it empty with the other presets." ) );
  DfCompat::setAdvanced( rateTable );
  addParameter( rateTable.release() );

  auto ageMix = std::make_unique<QgsProcessingParameterMatrix>(
      QStringLiteral( "AGE_MIX" ), tr( "Age mix of the 65+ (% of all 65+)" ), 1, false,
      QStringList() << tr( "Age from" ) << tr( "Age to (empty = and older)" ) << tr( "Men %" )
                    << tr( "Women %" ),
      QVariant(), true );
  ageMix->setHelp(
      tr( "How a 65+ count is split over age bands and sexes; the shares add up to 100. Empty: the "
          "Netherlands on 1 January 2024 (CBS 03759ned). Use your municipality's figures for a better "
          "estimate." ) );
  DfCompat::setAdvanced( ageMix );
  addParameter( ageMix.release() );

  const QString source = QStringLiteral( "INPUT" );
  auto fieldParam = [&]( const QString &name, const QString &description, const QString &help )
  {
    auto p = std::make_unique<QgsProcessingParameterField>( name, description, QVariant(), source,
                                                            DfCompat::FieldAny, false, true );
    p->setHelp( help );
    DfCompat::setAdvanced( p );
    addParameter( p.release() );
  };
  fieldParam( QStringLiteral( "POP65_FIELD" ), tr( "Field: people aged 65+" ),
              tr( "The number of people aged 65 and over; overrides the automatic recognition of the input "
                  "layout." ) );
  fieldParam( QStringLiteral( "PCT65_FIELD" ), tr( "Field: % aged 65+" ),
              tr( "The percentage aged 65 and over, instead of the automatic recognition; needs the "
                  "inhabitants field too." ) );
  fieldParam( QStringLiteral( "INHABITANTS_FIELD" ), tr( "Field: inhabitants" ),
              tr( "Used with the percentage field." ) );
  fieldParam( QStringLiteral( "NURSING_FIELD" ), tr( "Field: in nursing homes" ),
              tr( "People with dementia living in nursing homes in the area, e.g. the occupied "
                  "psychogeriatric places; "
                  "subtracted from the estimate to give those living at home. Where empty, the share living "
                  "at home is "
                  "applied." ) );

  auto number = [&]( const QString &name, const QString &description, double def, double min, double max,
                     const QString &help )
  {
    auto p = std::make_unique<QgsProcessingParameterNumber>( name, description, DfCompat::NumberDouble, def,
                                                             false, min, max );
    p->setHelp( help );
    DfCompat::setAdvanced( p );
    addParameter( p.release() );
  };
  number( QStringLiteral( "HOME_SHARE" ), tr( "Share living at home (%)" ), 68.0, 0.0, 100.0,
          tr( "About 68 % of people with dementia in the Netherlands live at home (Vektis 2020)." ) );
  number( QStringLiteral( "RATE_MARGIN" ), tr( "Uncertainty of the rates (± %)" ), 15.0, 0.0, 99.0,
          tr( "Relative margin on the prevalence rates for dem_low and dem_high. 15 % is a judgement, not a "
              "published "
              "figure; 0 leaves only the scatter of small numbers." ) );
  number( QStringLiteral( "PROJECTION_FACTOR" ), tr( "Projection: growth factor" ), 1.0, 0.01, 100.0,
          tr( "Growth factor of the older population; 1 = the year of the data. Use the growth of the oldest "
              "groups, which hold most cases: the "
              "number of "
              "people with dementia in the Netherlands is expected to grow about 1.7 times from 2024 to "
              "2040, as does "
              "the 80+ population." ) );
  number( QStringLiteral( "TREND_PER_DECADE" ), tr( "Projection: trend per decade (%)" ), 0.0, -99.0, 100.0,
          tr( "Trend in prevalence per decade. For example -13: Brück et al. (2022) found age-specific "
              "incidence falling by 13 % per decade; "
              "applied "
              "here to prevalence as an approximation." ) );
  number( QStringLiteral( "PROJECTION_YEARS" ), tr( "Projection: years ahead" ), 0.0, 0.0, 100.0,
          tr( "The trend per decade is applied over this many years." ) );

  addParameter( new QgsProcessingParameterFeatureSink( QStringLiteral( "OUTPUT" ),
                                                       tr( "Estimated people with dementia" ) ) );

  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "TOTAL_DEMENTIA" ),
                                            tr( "Total expected people with dementia" ) ) );
  addOutput(
      new QgsProcessingOutputNumber( QStringLiteral( "TOTAL_AT_HOME" ), tr( "Total living at home" ) ) );
  addOutput(
      new QgsProcessingOutputNumber( QStringLiteral( "TOTAL_POP65" ), tr( "Total population 65+ used" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "FEATURES_ESTIMATED" ),
                                            tr( "Features with an estimate" ) ) );
  addOutput( new QgsProcessingOutputNumber( QStringLiteral( "FEATURES_MISSING" ),
                                            tr( "Features without an estimate" ) ) );
  addOutput( new QgsProcessingOutputString( QStringLiteral( "LAYOUT" ), tr( "Recognised input layout" ) ) );
}

QString DfEstimateDementiaAlgorithm::presetConflict( const QVariantMap &parameters,
                                                     QgsProcessingContext &context ) const
{
  const int preset = parameterAsEnum( parameters, QStringLiteral( "PRESET" ), context );
  const QStringList names = { tr( "Alzheimer Europe 2019" ), tr( "Flat share of 65+" ),
                              tr( "Custom table" ) };
  const QString presetName = names.value( preset );
  const QVariant flat = parameters.value( QStringLiteral( "FLAT_RATE" ) );
  if ( preset != FlatShareOf65Plus && flat.isValid() && !flat.isNull() )
  {
    const double rate = parameterAsDouble( parameters, QStringLiteral( "FLAT_RATE" ), context );
    if ( std::isfinite( rate ) && std::fabs( rate - DefaultFlatRate ) > 1e-9 )
      return tr( "The flat rate (FLAT_RATE) is %1 %, but the preset \"%2\" does not use it: choose the "
                 "preset "
                 "\"%3\" to apply it, or set the rate back to %4." )
          .arg( QLocale().toString( rate ), presetName, names.value( FlatShareOf65Plus ),
                QLocale().toString( DefaultFlatRate ) );
  }
  // An unset matrix comes back as one empty cell: "filled in" means a cell with something in it.
  const QVariantList table = parameterAsMatrix( parameters, QStringLiteral( "RATE_TABLE" ), context );
  const bool tableFilled =
      std::any_of( table.begin(), table.end(),
                   []( const QVariant &cell ) { return !cell.toString().trimmed().isEmpty(); } );
  if ( preset != CustomTable && tableFilled )
    return tr( "The custom rate table (RATE_TABLE) is filled in, but the preset \"%1\" does not use it: "
               "choose the preset \"%2\" to apply it, or empty the table." )
        .arg( presetName, names.value( CustomTable ) );
  return QString();
}

bool DfEstimateDementiaAlgorithm::checkParameterValues( const QVariantMap &parameters,
                                                        QgsProcessingContext &context,
                                                        QString *message ) const
{
  const QString conflict = presetConflict( parameters, context );
  if ( !conflict.isEmpty() )
  {
    if ( message )
      *message = conflict;
    return false;
  }
  return QgsProcessingAlgorithm::checkParameterValues( parameters, context, message );
}

dfn::EstimatorSettings
DfEstimateDementiaAlgorithm::settingsFromParameters( const QVariantMap &parameters,
                                                     QgsProcessingContext &context ) const
{
  dfn::EstimatorSettings s;
  // Also here: qgis_process and processing.run check, but a model or a C++ caller may not.
  const QString conflict = presetConflict( parameters, context );
  if ( !conflict.isEmpty() )
    throw QgsProcessingException( conflict );
  const int preset = parameterAsEnum( parameters, QStringLiteral( "PRESET" ), context );
  s.choice = preset == FlatShareOf65Plus ? dfn::RateChoice::Flat : dfn::RateChoice::Table;
  s.flatPercent = DfSupport::number( this, parameters, QStringLiteral( "FLAT_RATE" ), context );
  s.homeShare = DfSupport::number( this, parameters, QStringLiteral( "HOME_SHARE" ), context ) / 100.0;
  s.rateMargin = DfSupport::number( this, parameters, QStringLiteral( "RATE_MARGIN" ), context ) / 100.0;
  s.projection.populationFactor =
      DfSupport::number( this, parameters, QStringLiteral( "PROJECTION_FACTOR" ), context );
  s.projection.trendPercentPerDecade =
      DfSupport::number( this, parameters, QStringLiteral( "TREND_PER_DECADE" ), context );
  s.projection.years = DfSupport::number( this, parameters, QStringLiteral( "PROJECTION_YEARS" ), context );

  if ( preset == CustomTable )
  {
    const auto table = bandRows( parameterAsMatrix( parameters, QStringLiteral( "RATE_TABLE" ), context ),
                                 tr( "Custom rate table" ) );
    if ( table.empty() )
      throw QgsProcessingException(
          tr( "The custom rate table (RATE_TABLE) is empty; fill it in or choose another preset." ) );
    s.rates = dfn::RateTable();
    s.rates.name = "custom";
    s.rates.source = "rate table given by the user";
    for ( const BandRow &r : table )
      s.rates.rows.push_back( { r.band, r.men, r.women } );
  }

  const auto mix =
      bandRows( parameterAsMatrix( parameters, QStringLiteral( "AGE_MIX" ), context ), tr( "Age mix" ) );
  if ( !mix.empty() )
  {
    s.mix = dfn::AgeMix();
    s.mix.source = "age mix given by the user";
    for ( const BandRow &r : mix )
      s.mix.rows.push_back( { r.band, r.men / 100.0, r.women / 100.0 } );
  }

  const std::string problem = s.validate();
  if ( !problem.empty() )
    throw QgsProcessingException( tr( "Invalid settings: %1." ).arg( DfValues::fromStd( problem ) ) );
  return s;
}

dfn::FieldPlan DfEstimateDementiaAlgorithm::planFromParameters( const QVariantMap &parameters,
                                                                QgsProcessingContext &context,
                                                                const QgsFields &fields,
                                                                const QString &layerName ) const
{
  const QString pop65 = parameterAsString( parameters, QStringLiteral( "POP65_FIELD" ), context );
  const QString pct65 = parameterAsString( parameters, QStringLiteral( "PCT65_FIELD" ), context );
  const QString inhabitants = parameterAsString( parameters, QStringLiteral( "INHABITANTS_FIELD" ), context );
  for ( const QString &f : { pop65, pct65, inhabitants } )
    if ( !f.isEmpty() && fields.lookupField( f ) < 0 )
      throw QgsProcessingException( tr( "Layer \"%1\" has no field \"%2\"." ).arg( layerName, f ) );

  dfn::FieldPlan plan;
  if ( !pop65.isEmpty() )
  {
    plan.layout = dfn::InputLayout::UserCount65;
    plan.count65Field = pop65.toStdString();
  }
  else if ( !pct65.isEmpty() )
  {
    if ( inhabitants.isEmpty() )
      throw QgsProcessingException(
          tr( "A percentage of 65+ needs the number of inhabitants: choose the inhabitants field "
              "(INHABITANTS_FIELD) of layer \"%1\"." )
              .arg( layerName ) );
    plan.layout = dfn::InputLayout::UserPercentage65;
    plan.percent65Field = pct65.toStdString();
    plan.inhabitantsField = inhabitants.toStdString();
  }
  else
    plan = dfn::detectLayout( DfValues::fieldNames( fields ) );

  if ( plan.layout == dfn::InputLayout::Unknown )
    throw QgsProcessingException(
        tr( "Layer \"%1\" has no population fields that this algorithm recognises. %2 Or choose "
            "the fields under Advanced parameters." )
            .arg( layerName, DfValues::fromStd( dfn::expectedLayoutsHelp() ) ) );
  return plan;
}

QVariantMap DfEstimateDementiaAlgorithm::processAlgorithm( const QVariantMap &parameters,
                                                           QgsProcessingContext &context,
                                                           QgsProcessingFeedback *feedback )
{
  const DfRunLock oneAtATime( feedback );
  DfDataSafety::checkDestinations( this, parameters, context );
  std::unique_ptr<QgsProcessingFeatureSource> source(
      parameterAsSource( parameters, QStringLiteral( "INPUT" ), context ) );
  if ( !source )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "INPUT" ) ) );
  // A path given to qgis_process or processing.run ("town.gpkg|layername=buurten") is loaded as a layer named
  // after the file; name the layer inside the file, which is what the user chose.
  QString layerName = source->sourceName();
  if ( QgsVectorLayer *vl = parameterAsVectorLayer( parameters, QStringLiteral( "INPUT" ), context ) )
  {
    const QString sub = QgsProviderRegistry::instance()
                            ->decodeUri( vl->providerType(), vl->source() )
                            .value( QStringLiteral( "layerName" ) )
                            .toString();
    if ( !sub.isEmpty() && sub != layerName )
      layerName = sub;
  }

  const dfn::EstimatorSettings settings = settingsFromParameters( parameters, context );
  const dfn::FieldPlan plan = planFromParameters( parameters, context, source->fields(), layerName );
  const QString nursingField = parameterAsString( parameters, QStringLiteral( "NURSING_FIELD" ), context );
  const int nursingIndex = nursingField.isEmpty() ? -1 : source->fields().lookupField( nursingField );
  if ( !nursingField.isEmpty() && nursingIndex < 0 )
    throw QgsProcessingException( tr( "Layer \"%1\" has no field \"%2\"." ).arg( layerName, nursingField ) );

  const QString layoutText = DfValues::fromStd( dfn::layoutName( plan.layout ) );
  QStringList usedFields;
  QList<int> planIndexes;
  for ( const std::string &f : plan.usedFields() )
  {
    usedFields << DfValues::fromStd( f );
    planIndexes << source->fields().lookupField( usedFields.last() );
  }
  feedback->pushInfo( tr( "Layer \"%1\": recognised as %2." ).arg( layerName, layoutText ) );
  feedback->pushInfo( tr( "Fields used: %1." ).arg( usedFields.join( QLatin1String( ", " ) ) ) );
  const bool flat = settings.choice == dfn::RateChoice::Flat;
  feedback->pushInfo( flat ? tr( "Rates: flat %1 % of the 65+ population." ).arg( settings.flatPercent )
                           : tr( "Rates: %1 (source: \"%2\")." )
                                 .arg( DfValues::fromStd( settings.rates.name ),
                                       DfValues::fromStd( settings.rates.source ) ) );
  DfCrsCheck::warnForInputs( this, parameters, context, feedback );

  // Fields of earlier runs are replaced, not suffixed, so that models keep finding dem_est.
  const QgsFields added = addedFields();
  QgsFields outFields;
  QList<int> keptIndexes;
  for ( int i = 0; i < source->fields().count(); ++i )
  {
    const QgsField &f = source->fields().at( i );
    if ( added.lookupField( f.name() ) >= 0 )
    {
      feedback->pushWarning(
          tr( "The input field \"%1\" is replaced by the new estimate." ).arg( f.name() ) );
      continue;
    }
    outFields.append( f );
    keptIndexes << i;
  }
  for ( const QgsField &f : added )
    outFields.append( f );

  DfOutputGuard guard;
  QString dest;
  std::unique_ptr<QgsFeatureSink> sink = DfDataSafety::createSink(
      this, parameters, QStringLiteral( "OUTPUT" ), context, guard, dest, outFields, source->wkbType(),
      source->sourceCrs(), QgsFeatureSink::RegeneratePrimaryKey );

  const long long count = source->featureCount();
  const double step = count > 0 ? 100.0 / count : 0;
  double totalEstimate = 0, totalAtHome = 0, totalPop65 = 0;
  long long estimated = 0, missing = 0, withoutGeometry = 0, current = 0;
  std::map<QString, long long> problems;

  QgsFeatureIterator it = source->getFeatures( QgsFeatureRequest(), DfCompat::SkipGeometryChecks );
  QgsFeature in;
  while ( it.nextFeature( in ) )
  {
    if ( feedback->isCanceled() )
      break;
    dfn::FeatureValues values;
    for ( int idx : planIndexes )
      values.planValues.push_back( DfValues::toRaw( in.attribute( idx ) ) );
    if ( nursingIndex >= 0 )
      values.nursingHomePlaces = DfValues::toRaw( in.attribute( nursingIndex ) );
    const dfn::FeatureEstimate e = dfn::estimateFeature( plan, values, settings, nursingField.toStdString() );

    QgsAttributes attributes;
    attributes.reserve( outFields.count() );
    for ( int idx : keptIndexes )
      attributes << in.attribute( idx );
    attributes << number( e.expected ) << number( e.low ) << number( e.high ) << number( e.atHome )
               << number( e.pop65 )
               << ( e.method.empty() ? QVariant() : QVariant( DfValues::fromStd( e.method ) ) )
               << ( e.flag.empty() ? QVariant() : QVariant( DfValues::fromStd( e.flag ) ) );
    if ( e.expected )
    {
      ++estimated;
      totalEstimate += *e.expected;
      totalAtHome += *e.atHome;
      totalPop65 += *e.pop65;
    }
    else
    {
      ++missing;
      ++problems[DfValues::fromStd( e.flag ).section( ':', 0, 0 )];
    }
    if ( !in.hasGeometry() )
      ++withoutGeometry;

    QgsFeature out( outFields, in.id() );
    out.setGeometry( in.geometry() );
    out.setAttributes( attributes );
    if ( !sink->addFeature( out, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException(
          DfSupport::writeFeatureError( sink.get(), parameters, QStringLiteral( "OUTPUT" ), context ) );
    feedback->setProgress( ++current * step );
  }
  sink.reset(); // flush and close before the style is stored in the file

  if ( feedback->isCanceled() )
  {
    guard.discard();
    throw QgsProcessingException( tr( "Cancelled: the incomplete output was removed." ) );
  }

  for ( const auto &p : problems )
    feedback->pushWarning(
        tr( "%n feature(s) without an estimate: %1.", nullptr, static_cast<int>( p.second ) )
            .arg( DfSupport::problemText( p.first ) ) );
  if ( withoutGeometry > 0 )
    feedback->pushWarning(
        tr( "%n feature(s) have no geometry; they are estimated but will not show on a map.", nullptr,
            static_cast<int>( withoutGeometry ) ) );
  feedback->pushInfo(
      tr( "Expected people with dementia: %1, of whom %2 living at home." )
          .arg( QLocale().toString( totalEstimate, 'f', 1 ), QLocale().toString( totalAtHome, 'f', 1 ) ) );
  feedback->pushInfo( tr( "%n feature(s) with an estimate.", nullptr, static_cast<int>( estimated ) ) );
  feedback->pushInfo( tr( "%n feature(s) without an estimate.", nullptr, static_cast<int>( missing ) ) );

  QgsLayerMetadata metadata;
  metadata.setTitle( tr( "Estimated people with dementia" ) );
  metadata.setType( QStringLiteral( "dataset" ) );
  QStringList abstract;
  abstract << tr( "Estimated with the QGIS plugin Dementia-friendly neighbourhoods %1, algorithm "
                  "dementiafriendly:estimatedementia, "
                  "on %2." )
                  .arg( QStringLiteral( DF_VERSION ), QDateTime::currentDateTime().toString( Qt::ISODate ) )
           << tr( "Input: %1, recognised as %2; fields used: %3." )
                  .arg( layerName, layoutText, usedFields.join( QLatin1String( ", " ) ) )
           << ( flat ? tr( "Rates: flat %1 % of the 65+ population." ).arg( settings.flatPercent )
                     : tr( "Rates: %1. Source: %2." )
                           .arg( DfValues::fromStd( settings.rates.name ),
                                 DfValues::fromStd( settings.rates.source ) ) )
           << tr( "Age mix of the 65+: %1." ).arg( DfValues::fromStd( settings.mix.source ) )
           << tr( "Share living at home: %1 %; rate margin ± %2 %; projection factor %3 (population %4, "
                  "trend %5 % per decade over %6 years)." )
                  .arg( settings.homeShare * 100 )
                  .arg( settings.rateMargin * 100 )
                  .arg( settings.projection.factor() )
                  .arg( settings.projection.populationFactor )
                  .arg( settings.projection.trendPercentPerDecade )
                  .arg( settings.projection.years );
  metadata.setAbstract( abstract.join( QLatin1Char( '\n' ) ) );
  metadata.setKeywords(
      { { tr( "dementia" ), { tr( "dementia" ), tr( "prevalence" ), QStringLiteral( "CBS" ) } } } );
  metadata.addHistoryItem( abstract.first() );
  for ( const QString &key : parameters.keys() )
    if ( key != QLatin1String( "INPUT" ) && key != QLatin1String( "OUTPUT" ) )
      metadata.addHistoryItem( QStringLiteral( "%1 = %2" ).arg( key, parameters.value( key ).toString() ) );

  DfSupport::finishOutput( dest, Style, metadata, context, feedback, guard );

  QVariantMap outputs;
  outputs.insert( QStringLiteral( "OUTPUT" ), dest );
  outputs.insert( QStringLiteral( "TOTAL_DEMENTIA" ), totalEstimate );
  outputs.insert( QStringLiteral( "TOTAL_AT_HOME" ), totalAtHome );
  outputs.insert( QStringLiteral( "TOTAL_POP65" ), totalPop65 );
  outputs.insert( QStringLiteral( "FEATURES_ESTIMATED" ), estimated );
  outputs.insert( QStringLiteral( "FEATURES_MISSING" ), missing );
  outputs.insert( QStringLiteral( "LAYOUT" ), layoutText );
  return outputs;
}
