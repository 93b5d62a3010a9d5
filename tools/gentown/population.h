// Simulated residents of one dwelling.
#pragma once

#include "profiles.h"
#include "rng.h"

#include <vector>

namespace gentown
{

struct Person
{
  int age;
  bool female;
  bool widowed;
};

// Draws the members of one household of the given kind. seniorHousing skews single seniors to older ages.
void drawHousehold( Rng &rng, Household kind, bool seniorHousing, std::vector<Person> &out );

// CBS age group 0..4 (0-14, 15-24, 25-44, 45-64, 65+).
inline int cbsAgeGroup( int age )
{
  return age < 15 ? 0 : age < 25 ? 1 : age < 45 ? 2 : age < 65 ? 3 : 4;
}

// Register band 0..7 (30-59, 60-64, 65-69, 70-74, 75-79, 80-84, 85-89, 90+), or -1 below 30.
inline int registerBand( int age )
{
  if ( age < 30 )
    return -1;
  if ( age < 60 )
    return 0;
  return std::min( 7, 1 + ( age - 60 ) / 5 );
}

} // namespace gentown
