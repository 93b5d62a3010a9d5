// Neighbourhood (buurt) profiles: the fixed plan of the sample town and, per kind of neighbourhood, its
// street pattern, building stock and household mix. Numbers are plausible for a Dutch town of ~15,000
// inhabitants.
#pragma once

#include <array>
#include <string>
#include <vector>

namespace gentown
{

enum class BuurtType
{
  Centre,
  Prewar,
  PostwarFlats,
  Seventies,
  Suburb,
  Senior,
  NewBuild,
  Industrial,
  Park,
  Island
};

enum class BuildingKind
{
  Terraced,
  Detached,
  Portiek,    // walk-up flat with a shared stairwell, 3-4 storeys
  Galerij,    // gallery flat, low (no lift) or high (lift)
  SeniorFlat, // purpose-built senior housing with lift
  ShopHouse,  // shop at street level, dwellings above
  Apartment,  // modern apartment building with lift
  Business,   // non-residential premises
  Farm
};

struct BuildingSpec
{
  BuildingKind kind;
  double frontage; // metres along the street per building
  int dwMin, dwMax;
  int storeysMin, storeysMax;
  int yearMin, yearMax;
  double corporationShare;
  int areaMin, areaMax; // m2 per address
  double weight;
};

enum Household
{
  YoungSingle,
  YoungCouple,
  Family,
  SingleParent,
  MidSingle,
  MidCouple,
  SeniorCouple,
  SeniorSingle,
  Students,
  HouseholdKinds
};

struct StreetParams
{
  double spacingU, spacingV; // metres between parallel streets
  double jitter;             // junction jitter as a fraction of the spacing
  double curve;              // bow of a street as a fraction of the spacing (curved post-1970 layouts)
  double removeShare;        // share of non-essential street links dropped (dead ends, T-junctions)
  double culDeSacShare;      // share of blocks with a cul-de-sac (hofje, parking court)
  double throughPathShare;   // share of cul-de-sacs continued by a footway/cycleway to the next street
  double connectShare;       // share of grid streets that continue to the boundary road
  const char *highway;
  const char *culDeSacHighway;
  const char *throughPathHighway;
  double box[4]; // u0, u1, v0, v1: part of the cell used (the island hamlet uses only a corner)
  int maxJunctionsPerWay;
};

struct Profile
{
  std::vector<BuildingSpec> buildings;
  std::array<double, HouseholdKinds> households;
  StreetParams streets;
  double nonResidentialShare; // chance a building is non-residential while both targets are open
  std::vector<std::pair<const char *, double>> nonResidentialUses;
};

struct BuurtDef
{
  int col, row;
  BuurtType type;
  int wijk; // 1-based
  const char *name;
  int dwellings;      // target number of dwellings at the default density
  int nonResidential; // target number of non-residential addresses
  const std::vector<const char *> *streetNames;
};

const Profile &profileFor( BuurtType type );
const std::vector<BuurtDef> &buurtDefs();
const char *wijkName( int wijk );
// Street name number i of a pool; after the pool is used up, variants such as "Merelhof" are formed.
std::string streetName( const std::vector<const char *> &pool, int i );

} // namespace gentown
