// Deterministic pseudo-random numbers for the town generator.
//
// std::uniform_*_distribution is implementation-defined, so the same seed could give different towns with
// different standard libraries. All randomness therefore goes through this small xoshiro256** generator and
// the hand-written helpers below, which only use exactly specified integer and double arithmetic.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace gentown
{

// SplitMix64 step: used to expand seeds and to derive independent sub-streams.
inline uint64_t splitmix64( uint64_t &state )
{
  uint64_t z = ( state += 0x9E3779B97F4A7C15ULL );
  z = ( z ^ ( z >> 30 ) ) * 0xBF58476D1CE4E5B9ULL;
  z = ( z ^ ( z >> 27 ) ) * 0x94D049BB133111EBULL;
  return z ^ ( z >> 31 );
}

// Combines a seed with a salt (tile index, phase id ...) into a new well-mixed seed.
inline uint64_t mixSeed( uint64_t seed, uint64_t salt )
{
  uint64_t s = seed ^ ( salt * 0xD1B54A32D192ED03ULL + 0x8CB92BA72F3D8DD7ULL );
  splitmix64( s );
  return splitmix64( s );
}

class Rng
{
public:
  explicit Rng( uint64_t seed )
  {
    uint64_t s = seed;
    for ( uint64_t &x : mState )
      x = splitmix64( s );
  }

  uint64_t next()
  {
    const uint64_t result = rotl( mState[1] * 5, 7 ) * 9;
    const uint64_t t = mState[1] << 17;
    mState[2] ^= mState[0];
    mState[3] ^= mState[1];
    mState[1] ^= mState[2];
    mState[0] ^= mState[3];
    mState[2] ^= t;
    mState[3] = rotl( mState[3], 45 );
    return result;
  }

  // Uniform double in [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>( next() >> 11 ) * ( 1.0 / 9007199254740992.0 ); }
  double uniform( double lo, double hi ) { return lo + ( hi - lo ) * uniform(); }
  // Uniform integer in [lo, hi] (inclusive); the modulo bias is irrelevant for such small ranges.
  int range( int lo, int hi )
  {
    if ( hi <= lo )
      return lo;
    return lo + static_cast<int>( next() % static_cast<uint64_t>( hi - lo + 1 ) );
  }
  bool chance( double p ) { return uniform() < p; }
  // Index drawn with probability proportional to weights[i].
  size_t weighted( const double *weights, size_t n )
  {
    double total = 0;
    for ( size_t i = 0; i < n; ++i )
      total += weights[i];
    double r = uniform() * total;
    for ( size_t i = 0; i < n; ++i )
    {
      if ( r < weights[i] )
        return i;
      r -= weights[i];
    }
    return n - 1;
  }
  template <class T> void shuffle( T &v )
  {
    for ( size_t i = v.size(); i > 1; --i )
    {
      const size_t j = static_cast<size_t>( next() % i );
      std::swap( v[i - 1], v[j] );
    }
  }

private:
  static uint64_t rotl( uint64_t x, int k ) { return ( x << k ) | ( x >> ( 64 - k ) ); }
  uint64_t mState[4];
};

} // namespace gentown
