// .dfsites parser: any bytes. Contract (siteprofile.h, profileformat.h): no crash; an error or a profile that
// validates, has only finite in-range numbers, and writes back to the same profile.
#include "fuzzcheck.h"
#include "profileformat.h"
#include "siteprofile.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  const std::string_view text( reinterpret_cast<const char *>( data ), size );
  const dfn::SiteProfileParse p = dfn::parseSiteProfile( text );
  if ( !p.ok() )
  {
    FUZZ_CHECK( p.profile == dfn::SiteProfile() );
    FUZZ_CHECK( dfn::isValidUtf8( p.error ) );
    return 0;
  }
  FUZZ_CHECK( !p.profile.concepts.empty() );
  for ( const dfn::SiteConcept &c : p.profile.concepts )
  {
    FUZZ_CHECK( c.onExisting || c.onPlot );
    FUZZ_CHECK( c.minHomes >= 0 && c.minHomes <= dfn::MaxProfileNumber );
    FUZZ_CHECK( c.minUnits >= 0 && c.minUnits <= dfn::MaxProfileNumber );
  }
  for ( const dfn::SiteCriterion &c : p.profile.criteria )
  {
    FUZZ_CHECK( c.weight >= 0 && c.weight <= dfn::MaxProfileNumber );
    for ( const auto &[concept_, w] : c.conceptWeights )
    {
      FUZZ_CHECK( w >= 0 && w <= dfn::MaxProfileNumber );
      FUZZ_CHECK( p.profile.findConcept( concept_ ) != nullptr );
    }
    for ( double v : { c.pass, c.bad, c.good } )
      FUZZ_CHECK( std::fabs( v ) <= dfn::MaxProfileNumber );
    FUZZ_CHECK( c.bad != c.good && dffuzz::finite( c.good - c.bad ) );
  }
  FUZZ_CHECK( dfn::validateSiteProfile( p.profile ).empty() );
  const dfn::SiteProfileParse back = dfn::parseSiteProfile( dfn::writeSiteProfile( p.profile, "fuzz" ) );
  FUZZ_CHECK( back.ok() );
  FUZZ_CHECK( back.profile == p.profile );
  return 0;
}
