#include "population.h"

#include <algorithm>
#include <cmath>

namespace gentown
{

namespace
{

Person adult( Rng &rng, int lo, int hi, double femaleShare )
{
  return { rng.range( lo, hi ), rng.chance( femaleShare ), false };
}

void addCouple( Rng &rng, int age, std::vector<Person> &out )
{
  const bool firstFemale = rng.chance( 0.5 );
  out.push_back( { age, firstFemale, false } );
  // Mostly mixed-sex couples; partner ages within a few years.
  const bool partnerFemale = rng.chance( 0.95 ) ? !firstFemale : firstFemale;
  out.push_back( { std::max( 18, age + rng.range( -4, 4 ) ), partnerFemale, false } );
}

void addChildren( Rng &rng, int parentAge, int n, std::vector<Person> &out )
{
  const int maxAge = std::clamp( parentAge - 22, 0, 21 );
  for ( int i = 0; i < n; ++i )
    out.push_back( { rng.range( 0, maxAge ), rng.chance( 0.49 ), false } );
}

//! An age of 65 or over drawn like the Dutch 65+ population (CBS 2024: 29 % 65-69 … 3 % 90-94), tilted older
//! (\a tilt > 1, widowed singles, senior housing) or younger (< 1, couples). A flat draw would give a town
//! twice as many 85-plussers as the country has, and so far more dementia than its CBS age groups suggest.
int seniorAge( Rng &rng, double tilt )
{
  static const double national[] = { 29, 26, 22, 13, 7, 2.7, 0.7 }; // 5-year bands from 65 to 95-99
  double weights[7], total = 0, factor = 1;
  for ( int b = 0; b < 7; ++b, factor *= tilt )
    total += weights[b] = national[b] * factor;
  double u = rng.uniform() * total;
  int band = 0;
  while ( band < 6 && u >= weights[band] )
    u -= weights[band++];
  return 65 + 5 * band + rng.range( 0, 4 );
}
} // namespace

void drawHousehold( Rng &rng, Household kind, bool seniorHousing, std::vector<Person> &out )
{
  out.clear();
  switch ( kind )
  {
  case YoungSingle:
    out.push_back( adult( rng, 19, 34, 0.5 ) );
    break;
  case YoungCouple:
    addCouple( rng, rng.range( 22, 39 ), out );
    break;
  case Family:
  {
    const int p = rng.range( 28, 52 );
    addCouple( rng, p, out );
    addChildren( rng, p, rng.range( 1, 3 ), out );
    break;
  }
  case SingleParent:
  {
    Person parent = adult( rng, 26, 55, 0.8 );
    out.push_back( parent );
    addChildren( rng, parent.age, rng.range( 1, 2 ), out );
    break;
  }
  case MidSingle:
  {
    Person p = adult( rng, 35, 64, 0.5 );
    p.widowed = p.age > 50 && rng.chance( 0.08 );
    out.push_back( p );
    break;
  }
  case MidCouple:
  {
    addCouple( rng, rng.range( 45, 66 ), out );
    if ( rng.chance( 0.25 ) )
      out.push_back( { rng.range( 15, 24 ), rng.chance( 0.5 ), false } );
    break;
  }
  case SeniorCouple:
  {
    const int a = seniorAge( rng, 0.8 );
    out.push_back( { a, false, false } );
    out.push_back( { std::max( 58, a + rng.range( -6, 3 ) ), true, false } );
    break;
  }
  case SeniorSingle:
  {
    // Single seniors are mostly widowed women; in senior housing they are older on average.
    const int a = seniorAge( rng, seniorHousing ? 1.5 : 1.2 );
    out.push_back( { a, rng.chance( 0.72 ), rng.chance( 0.7 ) } );
    break;
  }
  case Students:
  {
    const int n = rng.range( 2, 3 );
    for ( int i = 0; i < n; ++i )
      out.push_back( adult( rng, 18, 27, 0.5 ) );
    break;
  }
  case HouseholdKinds:
    break;
  }
}

} // namespace gentown
