// df_gentown: deterministic generator of the fictional Dutch municipality Voorbeeldstad (GM9999), EPSG:28992.
// See README.md for layers, fields and options.
#include "gpkg_writer.h"
#include "options.h"

#include <cstdio>
#include <exception>
#include <new>

int main( int argc, char **argv )
{
  using namespace gentown;
  Options options;
  const std::string err = parseOptions( argc, argv, options );
  if ( !err.empty() )
  {
    std::fprintf( stderr, "df_gentown: %s\n%s\n", err.c_str(), usageText() );
    return 2;
  }
  try
  {
    std::vector<LayerCount> counts;
    const std::string werr = writeTown( options, counts );
    if ( !werr.empty() )
    {
      std::fprintf( stderr, "df_gentown: %s\n", werr.c_str() );
      return 2;
    }
    std::printf( "df_gentown: wrote %s (seed %llu, scale %d):", options.out.c_str(),
                 static_cast<unsigned long long>( options.seed ), options.scale );
    for ( const LayerCount &c : counts )
      std::printf( " %s=%lld", c.name.c_str(), c.features );
    std::printf( "\n" );
    return 0;
  }
  catch ( const std::bad_alloc & )
  {
    std::fprintf( stderr, "df_gentown: out of memory\n" );
  }
  catch ( const std::exception &e )
  {
    std::fprintf( stderr, "df_gentown: %s\n", e.what() );
  }
  return 2;
}
