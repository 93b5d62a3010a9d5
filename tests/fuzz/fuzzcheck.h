#pragma once
// Shared by the libFuzzer targets (scripts/fuzz.sh): a contract check that stops the run with a message,
// and doubles drawn from the fuzzer's bytes with the values that break kernels made likely.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

//! Like assert, but also in release builds: a broken contract is a crash the fuzzer records.
#define FUZZ_CHECK( condition )                                                                              \
  do                                                                                                         \
  {                                                                                                          \
    if ( !( condition ) )                                                                                    \
    {                                                                                                        \
      std::fprintf( stderr, "contract broken at %s:%d: %s\n", __FILE__, __LINE__, #condition );              \
      std::abort();                                                                                          \
    }                                                                                                        \
  } while ( false )

namespace dffuzz
{
//! A double: often one of the values that break arithmetic (NaN, ±infinity, 1e308, huge, tiny, ±0), often a
//! small whole number, otherwise any bit pattern.
inline double pickDouble( FuzzedDataProvider &in )
{
  static const double special[] = { 0.0,
                                    -0.0,
                                    std::numeric_limits<double>::quiet_NaN(),
                                    std::numeric_limits<double>::infinity(),
                                    -std::numeric_limits<double>::infinity(),
                                    1e308,
                                    -1e308,
                                    std::numeric_limits<double>::max(),
                                    std::numeric_limits<double>::denorm_min(),
                                    std::numeric_limits<double>::min(),
                                    1e10,
                                    -1e10,
                                    1e15,
                                    1e-300,
                                    0.5,
                                    1.0 };
  switch ( in.ConsumeIntegralInRange<int>( 0, 3 ) )
  {
  case 0:
    return special[in.ConsumeIntegralInRange<size_t>( 0, sizeof special / sizeof special[0] - 1 )];
  case 1:
    return in.ConsumeIntegralInRange<int>( -2, 100 );
  case 2:
    return in.ConsumeFloatingPointInRange<double>( -1000.0, 1000.0 );
  default:
    return in.ConsumeFloatingPoint<double>();
  }
}

inline bool finite( double v )
{
  return std::isfinite( v );
}
} // namespace dffuzz
