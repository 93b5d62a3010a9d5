// .dfprofile parser: any bytes. Contract (scoreprofile.h, profileformat.h): no crash; an error or a profile
// that validates, has only finite in-range numbers, and writes back to the same profile.
#include "fuzzcheck.h"
#include "profileformat.h"
#include "scoreprofile.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  const std::string_view text( reinterpret_cast<const char *>( data ), size );
  const dfn::ProfileParse p = dfn::parseScoreProfile( text );
  if ( !p.ok() )
  {
    FUZZ_CHECK( p.profile == dfn::ScoreProfile() );
    FUZZ_CHECK( dfn::isValidUtf8( p.error ) ); // quotes are cut on UTF-8 boundaries
    return 0;
  }
  FUZZ_CHECK( !p.profile.indicators.empty() );
  for ( const dfn::ProfileDomain &d : p.profile.domains )
    FUZZ_CHECK( d.weight >= 0 && d.weight <= dfn::MaxProfileNumber );
  for ( const dfn::ProfileIndicator &i : p.profile.indicators )
  {
    FUZZ_CHECK( i.weight >= 0 && i.weight <= dfn::MaxProfileNumber );
    FUZZ_CHECK( std::fabs( i.bad ) <= dfn::MaxProfileNumber && std::fabs( i.good ) <= dfn::MaxProfileNumber );
    FUZZ_CHECK( i.bad != i.good && dffuzz::finite( i.good - i.bad ) );
    FUZZ_CHECK( p.profile.domain( i.domain ) != nullptr );
  }
  FUZZ_CHECK( dfn::validateScoreProfile( p.profile ).empty() );
  const dfn::ProfileParse back = dfn::parseScoreProfile( dfn::writeScoreProfile( p.profile, "fuzz" ) );
  FUZZ_CHECK( back.ok() );
  FUZZ_CHECK( back.profile == p.profile );
  return 0;
}
