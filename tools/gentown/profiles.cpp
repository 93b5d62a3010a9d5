#include "profiles.h"

namespace gentown
{

namespace
{

const std::vector<const char *> kCentre = {
    "Dorpsstraat",    "Kerkstraat",    "Molenstraat",  "Markt",       "Hoogstraat",   "Lange Gracht",
    "Korte Gracht",   "Brouwerstraat", "Smidsteeg",    "Torenstraat", "Nieuwe Markt", "Raadhuisstraat",
    "Kloosterstraat", "Vismarkt",      "Bakkerstraat", "Achterom" };
const std::vector<const char *> kOranje = { "Julianastraat", "Beatrixstraat",  "Wilhelminastraat",
                                            "Emmastraat",    "Hendrikstraat",  "Nassaustraat",
                                            "Mauritsstraat", "Frederikstraat", "Oranjestraat",
                                            "Willemstraat",  "Sophiastraat",   "Bernhardstraat" };
const std::vector<const char *> kSchilders = { "Rembrandtstraat", "Vermeerstraat",  "Frans Halsstraat",
                                               "Jan Steenstraat", "Van Goghstraat", "Mondriaanstraat",
                                               "Ruysdaelstraat",  "Hobbemastraat",  "Breitnerstraat",
                                               "Israelsstraat",   "Mesdagstraat",   "Jongkindstraat" };
const std::vector<const char *> kBomen = {
    "Lindelaan",    "Eikenlaan",      "Beukenlaan",   "Berkenlaan",  "Iepenstraat",    "Esdoornstraat",
    "Kastanjelaan", "Populierenlaan", "Wilgenstraat", "Elzenstraat", "Platanenstraat", "Acacialaan" };
const std::vector<const char *> kKerk = { "Sint Jozefstraat",    "Pastoor van Arsstraat", "Sint Janstraat",
                                          "Kapelstraat",         "Kosterstraat",          "Sint Annastraat",
                                          "Pater Damiaanstraat", "Sint Martinusstraat",   "Klokkenstraat",
                                          "Abdijstraat",         "Pastoriestraat" };
const std::vector<const char *> kMolens = { "Korenmolen",  "Houtzaagmolen", "Oliemolen", "Watermolen",
                                            "Poldermolen", "Standerdmolen", "Wipmolen",  "Stellingmolen",
                                            "Grondzeiler", "Molenwiek",     "Maalsteen", "Spinnekop" };
const std::vector<const char *> kAkkers = { "Korenakker",  "Haverakker",    "Tarweakker", "Gerstakker",
                                            "Roggeakker",  "Vlasakker",     "Bonenakker", "Koolzaadakker",
                                            "Klaverakker", "Boekweitakker", "Maisakker",  "Hopakker" };
const std::vector<const char *> kVogels = { "Merelstraat",    "Lijsterstraat",      "Vinkenlaan",
                                            "Spreeuwstraat",  "Zwaluwstraat",       "Roodborststraat",
                                            "Koolmeesstraat", "Winterkoningstraat", "Kwikstaartstraat",
                                            "Putterstraat",   "Sijsjesstraat",      "Reigerlaan" };
const std::vector<const char *> kBloemen = {
    "Zonnebloemstraat", "Rozenstraat",  "Tulpstraat",  "Narcisstraat", "Lelieweg",      "Irisstraat",
    "Krokusstraat",     "Dahliastraat", "Anjerstraat", "Asterstraat",  "Hyacintstraat", "Goudsbloemstraat" };
const std::vector<const char *> kHaven = { "Havenkade",      "Scheepskade", "Loskade",
                                           "Zeilmakerskade", "Ankerplein",  "Roerstraat",
                                           "Kompasstraat",   "Boegstraat",  "Sluiswachtersstraat",
                                           "Steigerweg",     "Kadedijk",    "Botterstraat" };
const std::vector<const char *> kIndustrie = {
    "Industrieweg", "Ambachtsweg", "Nijverheidsweg", "Handelsweg", "Energieweg",
    "Transportweg", "Techniekweg", "Fabrieksweg",    "Edisonweg",  "Marconiweg" };
const std::vector<const char *> kPolder = { "Dijkweg", "Polderweg",    "Overkantseweg",
                                            "Veerweg", "Boerderijweg", "Weidelaan" };
const std::vector<const char *> kPark = { "Parkpad", "Vijverpad", "Rozenpad", "Heemtuinpad" };

using K = BuildingKind;

Profile makeProfile( BuurtType type )
{
  Profile p;
  // Household mixes: YoungSingle, YoungCouple, Family, SingleParent, MidSingle, MidCouple, SeniorCouple,
  // SeniorSingle, Students.
  switch ( type )
  {
  case BuurtType::Centre:
    p.buildings = { { K::ShopHouse, 8, 1, 2, 3, 3, 1850, 1935, 0.03, 60, 110, 0.5 },
                    { K::Apartment, 36, 12, 30, 4, 5, 1992, 2016, 0.2, 55, 95, 0.2 },
                    { K::Terraced, 6, 1, 1, 2, 3, 1880, 1930, 0.1, 70, 120, 0.3 } };
    p.households = { 0.30, 0.15, 0.08, 0.04, 0.15, 0.08, 0.08, 0.12, 0.05 };
    p.streets = { 70,           65,        0.12,           0.04, 0.20, 0.25, 0.6, 1.0, "residential",
                  "pedestrian", "footway", { 0, 1, 0, 1 }, 3 };
    p.nonResidentialShare = 0.25;
    p.nonResidentialUses = { { "winkelfunctie", 0.5 },
                             { "kantoorfunctie", 0.3 },
                             { "bijeenkomstfunctie", 0.12 },
                             { "gezondheidszorgfunctie", 0.08 } };
    break;
  case BuurtType::Prewar:
    p.buildings = { { K::Terraced, 5.5, 1, 1, 2, 3, 1910, 1939, 0.24, 70, 120, 0.7 },
                    { K::Portiek, 24, 6, 9, 3, 3, 1925, 1939, 0.41, 55, 80, 0.2 },
                    { K::Detached, 14, 1, 1, 2, 2, 1905, 1939, 0.0, 130, 220, 0.1 } };
    p.households = { 0.15, 0.15, 0.25, 0.05, 0.12, 0.12, 0.08, 0.10, 0.02 };
    p.streets = {
        70, 68, 0.15, 0.03, 0.15, 0.3, 0.4, 1.0, "residential", "residential", "footway", { 0, 1, 0, 1 }, 3 };
    p.nonResidentialShare = 0.02;
    p.nonResidentialUses = {
        { "winkelfunctie", 0.4 }, { "kantoorfunctie", 0.4 }, { "bijeenkomstfunctie", 0.2 } };
    break;
  case BuurtType::PostwarFlats:
    // Greying post-war neighbourhood: the first building is always a large gallery flat.
    p.buildings = { { K::Galerij, 70, 80, 100, 8, 10, 1962, 1975, 0.51, 60, 85, 0.05 },
                    { K::Portiek, 32, 12, 24, 3, 4, 1955, 1972, 0.51, 55, 80, 0.5 },
                    { K::Galerij, 55, 32, 48, 4, 4, 1962, 1975, 0.51, 55, 80, 0.2 },
                    { K::Terraced, 5.5, 1, 1, 2, 2, 1955, 1968, 0.34, 75, 110, 0.25 } };
    p.households = { 0.16, 0.07, 0.07, 0.05, 0.13, 0.09, 0.15, 0.22, 0.0 };
    p.streets = { 85,        80,        0.15,           0.02, 0.15, 0.45, 0.3, 1.0, "residential",
                  "service", "footway", { 0, 1, 0, 1 }, 3 };
    p.nonResidentialShare = 0.02;
    p.nonResidentialUses = {
        { "winkelfunctie", 0.4 }, { "bijeenkomstfunctie", 0.3 }, { "gezondheidszorgfunctie", 0.3 } };
    break;
  case BuurtType::Seventies:
    p.buildings = { { K::Terraced, 6, 1, 1, 2, 3, 1972, 1985, 0.24, 90, 130, 0.7 },
                    { K::Detached, 14, 1, 1, 2, 2, 1972, 1985, 0.0, 130, 200, 0.15 },
                    { K::Portiek, 30, 12, 16, 3, 4, 1975, 1985, 0.48, 60, 85, 0.15 } };
    p.households = { 0.05, 0.05, 0.22, 0.05, 0.10, 0.28, 0.14, 0.11, 0.0 };
    p.streets = {
        75, 72, 0.12, 0.18, 0.25, 0.55, 0.4, 0.8, "living_street", "living_street", "footway", { 0, 1, 0, 1 },
        3 };
    p.nonResidentialShare = 0.02;
    p.nonResidentialUses = { { "winkelfunctie", 0.5 }, { "bijeenkomstfunctie", 0.5 } };
    break;
  case BuurtType::Suburb:
    // Young family suburb (Vinex): few over-65s.
    p.buildings = { { K::Terraced, 6, 1, 1, 3, 3, 1996, 2010, 0.14, 110, 140, 0.6 },
                    { K::Detached, 12, 1, 1, 2, 3, 1996, 2010, 0.0, 140, 220, 0.25 },
                    { K::Apartment, 30, 16, 30, 4, 5, 1998, 2010, 0.27, 70, 100, 0.15 } };
    p.households = { 0.05, 0.12, 0.47, 0.06, 0.06, 0.12, 0.07, 0.05, 0.0 };
    p.streets = { 66,  64,  0.12,          0.18,          0.25,       0.6,
                  0.4, 0.7, "residential", "residential", "cycleway", { 0, 1, 0, 1 },
                  3 };
    p.nonResidentialShare = 0.01;
    p.nonResidentialUses = { { "winkelfunctie", 0.5 }, { "gezondheidszorgfunctie", 0.5 } };
    break;
  case BuurtType::Senior:
    // Senior-housing-heavy neighbourhood: the first building is a large senior flat with lift.
    p.buildings = { { K::SeniorFlat, 60, 80, 96, 6, 8, 1995, 2012, 0.54, 60, 85, 0.05 },
                    { K::SeniorFlat, 40, 24, 48, 4, 6, 1990, 2015, 0.48, 55, 85, 0.2 },
                    { K::Terraced, 7, 1, 1, 1, 1, 1965, 1980, 0.48, 60, 80, 0.25 },
                    { K::Terraced, 6, 1, 1, 2, 3, 1970, 1985, 0.27, 90, 120, 0.3 },
                    { K::Galerij, 50, 24, 32, 4, 4, 1970, 1980, 0.48, 55, 75, 0.2 } };
    p.households = { 0.08, 0.06, 0.12, 0.04, 0.12, 0.14, 0.18, 0.26, 0.0 };
    p.streets = { 90,        85,        0.12,           0.06, 0.2, 0.4, 0.4, 1.0, "residential",
                  "service", "footway", { 0, 1, 0, 1 }, 3 };
    p.nonResidentialShare = 0.03;
    p.nonResidentialUses = { { "gezondheidszorgfunctie", 0.6 }, { "bijeenkomstfunctie", 0.4 } };
    break;
  case BuurtType::NewBuild:
    p.buildings = { { K::Apartment, 45, 30, 90, 5, 9, 2012, 2022, 0.2, 60, 110, 0.45 },
                    { K::Terraced, 6, 1, 1, 3, 3, 2012, 2022, 0.07, 110, 140, 0.45 },
                    { K::Detached, 12, 1, 1, 2, 3, 2012, 2022, 0.0, 150, 220, 0.1 } };
    p.households = { 0.22, 0.22, 0.20, 0.04, 0.10, 0.10, 0.06, 0.06, 0.0 };
    p.streets = {
        80, 75, 0.10, 0.08, 0.2, 0.4, 0.5, 0.8, "residential", "living_street", "footway", { 0, 1, 0, 1 },
        3 };
    p.nonResidentialShare = 0.02;
    p.nonResidentialUses = { { "winkelfunctie", 0.5 }, { "kantoorfunctie", 0.5 } };
    break;
  case BuurtType::Industrial:
    p.buildings = { { K::Detached, 14, 1, 1, 2, 2, 1965, 2000, 0.0, 120, 180, 1.0 } };
    p.households = { 0.0, 0.1, 0.3, 0.0, 0.3, 0.3, 0.0, 0.0, 0.0 };
    p.streets = { 170,       160,       0.10,           0.02, 0.25, 0.6, 0.0, 0.8, "unclassified",
                  "service", "footway", { 0, 1, 0, 1 }, 2 };
    p.nonResidentialShare = 0.9;
    p.nonResidentialUses = {
        { "kantoorfunctie", 0.6 }, { "winkelfunctie", 0.3 }, { "bijeenkomstfunctie", 0.1 } };
    break;
  case BuurtType::Park:
    p.households = {};
    p.streets = { 110,       100,       0.15,      0.15,           0.3, 0.0, 0.0, 0.9,
                  "footway", "footway", "footway", { 0, 1, 0, 1 }, 2 };
    p.nonResidentialShare = 0;
    break;
  case BuurtType::Island:
    p.buildings = { { K::Farm, 30, 1, 1, 2, 2, 1880, 1960, 0.0, 150, 300, 0.4 },
                    { K::Detached, 14, 1, 1, 2, 2, 1930, 1990, 0.0, 110, 180, 0.6 } };
    p.households = { 0.05, 0.05, 0.25, 0.02, 0.05, 0.28, 0.2, 0.1, 0.0 };
    p.streets = { 90,
                  80,
                  0.1,
                  0.06,
                  0.1,
                  0.3,
                  0.0,
                  0.0,
                  "unclassified",
                  "residential",
                  "footway",
                  { 0.35, 0.7, 0.35, 0.65 },
                  3 };
    p.nonResidentialShare = 0;
    break;
  }
  return p;
}

} // namespace

const Profile &profileFor( BuurtType type )
{
  static const std::vector<Profile> profiles = []
  {
    std::vector<Profile> v;
    for ( int t = 0; t <= static_cast<int>( BuurtType::Island ); ++t )
      v.push_back( makeProfile( static_cast<BuurtType>( t ) ) );
    return v;
  }();
  return profiles[static_cast<size_t>( type )];
}

const std::vector<BuurtDef> &buurtDefs()
{
  // Grid of the plan: 4 columns (west to east) and rows from south to north. Row 0 lies south of the
  // motorway.
  static const std::vector<BuurtDef> defs = {
      { 1, 1, BuurtType::PostwarFlats, 1, "Lindenhof", 1000, 6, &kBomen },
      { 1, 2, BuurtType::Centre, 1, "Binnenstad", 850, 120, &kCentre },
      { 1, 3, BuurtType::Prewar, 1, "Oranjebuurt", 650, 5, &kOranje },
      { 0, 0, BuurtType::Suburb, 2, "De Akkers", 800, 3, &kAkkers },
      { 0, 1, BuurtType::Seventies, 2, "Molenwijk", 750, 6, &kMolens },
      { 0, 2, BuurtType::Prewar, 2, "Schildersbuurt", 600, 4, &kSchilders },
      { 2, 1, BuurtType::Senior, 3, "Zonnehof", 550, 6, &kBloemen },
      { 2, 2, BuurtType::Park, 3, "Stadspark", 0, 0, &kPark },
      { 3, 1, BuurtType::PostwarFlats, 3, "Kerkebuurt", 700, 5, &kKerk },
      { 3, 2, BuurtType::Island, 3, "De Overkant", 40, 0, &kPolder },
      { 1, 0, BuurtType::Industrial, 4, "Bedrijventerrein De Vaart", 8, 60, &kIndustrie },
      { 2, 0, BuurtType::Suburb, 4, "Vinkenveld", 700, 3, &kVogels },
      { 3, 0, BuurtType::NewBuild, 4, "Waterfront", 500, 8, &kHaven },
  };
  return defs;
}

const char *wijkName( int wijk )
{
  static const char *names[] = { "Centrum", "West", "Oost", "Zuid" };
  return names[( wijk - 1 ) % 4];
}

std::string streetName( const std::vector<const char *> &pool, int i )
{
  const int n = static_cast<int>( pool.size() );
  std::string base = pool[static_cast<size_t>( i % n )];
  const int round = i / n;
  if ( round == 0 )
    return base;
  // Second and later rounds: strip the generic suffix and add a court/square style one (Merelstraat ->
  // Merelhof).
  for ( const char *suffix : { "straat", "laan", "weg", "kade", "steeg", "plein", "pad" } )
  {
    const std::string s = suffix;
    if ( base.size() > s.size() && base.compare( base.size() - s.size(), s.size(), s ) == 0 )
    {
      base.resize( base.size() - s.size() );
      break;
    }
  }
  static const char *variants[] = { "hof", "erf", "plantsoen", "dreef", "hoek" };
  return base + variants[( round - 1 ) % 5];
}

} // namespace gentown
