#include "dementiaestimator.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace dfn
{

std::string EstimatorSettings::validate() const
{
  if ( choice == RateChoice::Table )
  {
    const std::string r = rates.validate();
    if ( !r.empty() )
      return "rate table: " + r;
  }
  const std::string m = mix.validate();
  if ( !m.empty() )
    return "age mix: " + m;
  if ( !std::isfinite( flatPercent ) || flatPercent < 0 || flatPercent > 100 )
    return "the flat rate must be a percentage between 0 and 100";
  const std::string p = projection.validate();
  if ( !p.empty() )
    return p;
  if ( !std::isfinite( rateMargin ) || rateMargin < 0 || rateMargin >= 1 )
    return "the rate margin must be at least 0 % and below 100 %";
  if ( !std::isfinite( homeShare ) || homeShare < 0 || homeShare > 1 )
    return "the share living at home must be between 0 % and 100 %";
  return {};
}

namespace
{
std::string describe( const RawValue &v )
{
  switch ( v.kind )
  {
  case RawValue::Kind::Null:
    return "NULL";
  case RawValue::Kind::Text:
    return "'" + v.text + "'";
  case RawValue::Kind::Number:
  {
    std::ostringstream s;
    s.precision( 12 );
    s << v.number;
    return s.str();
  }
  }
  return {};
}

std::string flagFor( const CheckedValue &c, const std::string &field, const RawValue &raw )
{
  return std::string( problemCode( c.problem ) ) + ": " + field + " = " + describe( raw );
}

//! Expected cases for a 65+ count under the settings.
std::optional<double> fromPop65( double pop65, const EstimatorSettings &s, std::string *problem )
{
  if ( s.choice == RateChoice::Flat )
    return estimateFlat( pop65, s.flatPercent ).expected;
  const std::optional<Estimate> e = estimateFromPop65( pop65, s.mix, s.rates, problem );
  if ( !e )
    return std::nullopt;
  return e->expected;
}
} // namespace

FeatureEstimate estimateFeature( const FieldPlan &plan, const FeatureValues &values,
                                 const EstimatorSettings &s, const std::string &nursingField )
{
  FeatureEstimate out;
  const std::vector<std::string> fields = plan.usedFields();
  if ( fields.size() != values.planValues.size() )
  {
    out.flag = "internal: the values do not match the field plan";
    return out;
  }

  // Bounds of the expected count before the rate margin: CBS rounds percentages to whole numbers, so a
  // percentage route carries +/- 0.5 percentage point of the inhabitants.
  double expected = 0, expectedLow = 0, expectedHigh = 0, pop65 = 0;
  std::string problem;

  if ( plan.layout == InputLayout::FineBands )
  {
    std::vector<BandCount> counts;
    for ( size_t i = 0; i < plan.bands.size(); ++i )
    {
      const RawValue &raw = values.planValues[i];
      const CheckedValue c = checkCount( raw );
      if ( !c.value )
      {
        out.flag = flagFor( c, plan.bands[i].field, raw );
        return out;
      }
      counts.push_back( { plan.bands[i].band, plan.bands[i].sex, *c.value } );
    }
    if ( s.choice == RateChoice::Flat )
    {
      for ( const BandCount &c : counts )
        if ( c.band.from >= 65 )
          pop65 += c.count;
      expected = estimateFlat( pop65, s.flatPercent ).expected;
      out.method = "pop65_flat";
    }
    else
    {
      const std::optional<Estimate> e = estimateFromBands( counts, s.rates, s.mix, &problem );
      if ( !e )
      {
        out.flag = "rate_table: " + problem;
        return out;
      }
      expected = e->expected;
      pop65 = e->pop65;
      out.method = plan.bySex() ? "register_bands_by_sex" : "register_bands";
    }
    expectedLow = expectedHigh = expected;
  }
  else if ( !plan.count65Field.empty() )
  {
    // The count field is the first of the plan's fields.
    const RawValue &raw = values.planValues[0];
    const CheckedValue c = checkCount( raw );
    if ( !c.value )
    {
      out.flag = flagFor( c, plan.count65Field, raw );
      return out;
    }
    pop65 = *c.value;
    const std::optional<double> e = fromPop65( pop65, s, &problem );
    if ( !e )
    {
      out.flag = "rate_table: " + problem;
      return out;
    }
    expected = expectedLow = expectedHigh = *e;
    out.method = s.choice == RateChoice::Flat ? "pop65_flat" : "pop65_age_mix";
  }
  else if ( !plan.percent65Field.empty() && !plan.inhabitantsField.empty() )
  {
    const RawValue &rawPct = values.planValues[0];
    const RawValue &rawInh = values.planValues[1];
    const CheckedValue inh = checkCount( rawInh );
    if ( !inh.value )
    {
      out.flag = flagFor( inh, plan.inhabitantsField, rawInh );
      return out;
    }
    const CheckedValue pct = checkPercentage( rawPct );
    // An area without inhabitants has no people with dementia, whatever its (then secret) percentage says.
    if ( *inh.value == 0 )
      pop65 = 0;
    else if ( !pct.value )
    {
      out.flag = flagFor( pct, plan.percent65Field, rawPct );
      return out;
    }
    else
      pop65 = *inh.value * *pct.value / 100.0;
    const double pctValue = pct.value.value_or( 0 );
    const double pop65Low = *inh.value * std::max( 0.0, pctValue - 0.5 ) / 100.0;
    const double pop65High = *inh.value * std::min( 100.0, pctValue + 0.5 ) / 100.0;
    const std::optional<double> e = fromPop65( pop65, s, &problem );
    if ( !e )
    {
      out.flag = "rate_table: " + problem;
      return out;
    }
    expected = *e;
    expectedLow = pop65 == 0 ? 0 : *fromPop65( pop65Low, s, &problem );
    expectedHigh = pop65 == 0 ? 0 : *fromPop65( pop65High, s, &problem );
    out.method = s.choice == RateChoice::Flat ? "pop65_flat" : "pop65_age_mix";
  }
  else
  {
    out.flag = "no_fields: the layer has no recognised population fields";
    return out;
  }

  std::optional<double> nursing;
  if ( values.nursingHomePlaces )
  {
    const CheckedValue c = checkCount( *values.nursingHomePlaces );
    // A missing count of nursing-home places means "none known", not "no estimate": fall back to the share.
    if ( c.value )
      nursing = *c.value;
    else if ( c.problem != ValueProblem::Missing )
    {
      out.flag = flagFor( c, nursingField, *values.nursingHomePlaces );
      return out;
    }
  }

  const double f = s.projection.factor();
  out.expected = expected * f;
  out.low = uncertaintyBand( expectedLow * f, s.rateMargin ).low;
  out.high = uncertaintyBand( expectedHigh * f, s.rateMargin ).high;
  out.atHome = livingAtHome( *out.expected, nursing, s.homeShare );
  out.pop65 = pop65;
  return out;
}

} // namespace dfn
