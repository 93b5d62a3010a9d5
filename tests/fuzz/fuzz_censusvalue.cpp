// CBS value reading: a null, a number (any double) or text (any bytes). Contract (censusvalue.h): a value
// comes without a problem and is finite, 0 .. MaxCensusValue (a percentage at most 100); else a problem with
// a code. Text and the number it spells are judged alike.
#include "censusvalue.h"
#include "fuzzcheck.h"

#include <string>

namespace
{
void checkContract( const dfn::RawValue &raw )
{
  const dfn::CheckedValue c = dfn::checkCount( raw );
  FUZZ_CHECK( c.value.has_value() == ( c.problem == dfn::ValueProblem::None ) );
  FUZZ_CHECK( dfn::problemCode( c.problem ) != nullptr );
  if ( c.value )
    FUZZ_CHECK( dffuzz::finite( *c.value ) && *c.value >= 0 && *c.value <= dfn::MaxCensusValue );
  const dfn::CheckedValue p = dfn::checkPercentage( raw );
  FUZZ_CHECK( p.value.has_value() == ( p.problem == dfn::ValueProblem::None ) );
  if ( p.value )
    FUZZ_CHECK( *p.value >= 0 && *p.value <= 100 && c.value && *c.value == *p.value );
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  FuzzedDataProvider in( data, size );
  switch ( in.ConsumeIntegralInRange<int>( 0, 2 ) )
  {
  case 0:
    checkContract( dfn::RawValue::null() );
    break;
  case 1:
  {
    const double v = dffuzz::pickDouble( in );
    checkContract( dfn::RawValue::fromNumber( v ) );
    // The number written as text in full precision is judged the same (NaN and infinities as NotANumber).
    char buf[64];
    std::snprintf( buf, sizeof buf, "%.17g", v );
    const dfn::CheckedValue asNumber = dfn::checkCount( dfn::RawValue::fromNumber( v ) );
    const dfn::CheckedValue asText = dfn::checkCount( dfn::RawValue::fromText( buf ) );
    FUZZ_CHECK( asNumber.problem == asText.problem );
    FUZZ_CHECK( asNumber.value == asText.value );
    break;
  }
  default:
    checkContract( dfn::RawValue::fromText( in.ConsumeRemainingBytesAsString() ) );
  }
  return 0;
}
