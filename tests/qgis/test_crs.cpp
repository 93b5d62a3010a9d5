// DfCrsCheck::classify: a CRS is judged by its definition and the true scale of its units in the Netherlands,
// never by its EPSG code. A Web Mercator written without EPSG:3857 (R/sf's "Popular Visualisation Pseudo
// Mercator" BOUNDCRS, the WKT1 of the Fietstelweek Drachten extract) used to pass the street network check,
// and gave walks 1.7 times too long (issue 11, item 8).

#include "dfcrscheck.h"

#include <qgscoordinatereferencesystem.h>

#include <gtest/gtest.h>

#include <cmath>

namespace
{
using DfCrsCheck::CrsKind;

// As stored in tests/data/real/fietstelweek-2016-drachten-edges.gpkg (gpkg_spatial_ref_sys, srs_id 4327).
const char *DrachtenWkt1 =
    R"x(PROJCS["unnamed",GEOGCS["unnamed ellipse",DATUM["unknown",SPHEROID["unnamed",6378137,0],)x"
    R"x(EXTENSION["PROJ4_GRIDS","@null"]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],)x"
    R"x(PROJECTION["Mercator_2SP"],PARAMETER["standard_parallel_1",0],PARAMETER["central_meridian",0],)x"
    R"x(PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["Meter",1],)x"
    R"x(EXTENSION["PROJ4","+proj=merc +a=6378137 +b=6378137 +lat_ts=0.0 +lon_0=0.0 +x_0=0.0 +y_0=0 +k=1.0 )x"
    R"x(+units=m +nadgrids=@null +wktext +no_defs"]])x";

// The WKT2 BOUNDCRS R/sf writes for a Web Mercator without code.
const char *PseudoMercatorBoundCrs =
    R"x(BOUNDCRS[SOURCECRS[PROJCRS["Popular Visualisation Pseudo Mercator",BASEGEOGCRS["unknown",)x"
    R"x(DATUM["unknown",ELLIPSOID["unknown",6378137,0,LENGTHUNIT["metre",1,ID["EPSG",9001]]]],)x"
    R"x(PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433],ID["EPSG",8901]]],)x"
    R"x(CONVERSION["unknown",METHOD["Popular Visualisation Pseudo Mercator",ID["EPSG",1024]],)x"
    R"x(PARAMETER["Latitude of natural origin",0,ANGLEUNIT["degree",0.0174532925199433],ID["EPSG",8801]],)x"
    R"x(PARAMETER["Longitude of natural origin",0,ANGLEUNIT["degree",0.0174532925199433],ID["EPSG",8802]],)x"
    R"x(PARAMETER["False easting",0,LENGTHUNIT["metre",1],ID["EPSG",8806]],)x"
    R"x(PARAMETER["False northing",0,LENGTHUNIT["metre",1],ID["EPSG",8807]]],)x"
    R"x(CS[Cartesian,2],AXIS["(E)",east,ORDER[1],LENGTHUNIT["metre",1,ID["EPSG",9001]]],)x"
    R"x(AXIS["(N)",north,ORDER[2],LENGTHUNIT["metre",1,ID["EPSG",9001]]]]],)x"
    R"x(TARGETCRS[GEOGCRS["WGS 84",DATUM["World Geodetic System 1984",)x"
    R"x(ELLIPSOID["WGS 84",6378137,298.257223563,LENGTHUNIT["metre",1]]],PRIMEM["Greenwich",0,)x"
    R"x(ANGLEUNIT["degree",0.0174532925199433]],CS[ellipsoidal,2],AXIS["latitude",north,ORDER[1],)x"
    R"x(ANGLEUNIT["degree",0.0174532925199433]],AXIS["longitude",east,ORDER[2],)x"
    R"x(ANGLEUNIT["degree",0.0174532925199433]],ID["EPSG",4326]]],)x"
    R"x(ABRIDGEDTRANSFORMATION["unknown to WGS84",METHOD["NTv2",ID["EPSG",9615]],)x"
    R"x(PARAMETERFILE["Latitude and longitude difference file","@null",ID["EPSG",8656]]]])x";

QgsCoordinateReferenceSystem fromProj( const char *proj )
{
  return QgsCoordinateReferenceSystem::fromProj( QString::fromLatin1( proj ) );
}

QgsCoordinateReferenceSystem fromWkt( const char *wkt )
{
  return QgsCoordinateReferenceSystem::fromWkt( QString::fromLatin1( wkt ) );
}
} // namespace

TEST( CrsByDefinition, WebMercatorWithCodeIsMercator )
{
  const auto c = DfCrsCheck::classify( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3857" ) ) );
  EXPECT_EQ( c.kind, CrsKind::Mercator );
  // 1 / cos(52.16°) = 1.63 map units per metre at Amersfoort.
  EXPECT_NEAR( c.scale, 1.0 / std::cos( 52.156 * M_PI / 180 ), 0.01 );
}

TEST( CrsByDefinition, DrachtenWebMercatorWithoutCodeIsMercator )
{
  const QgsCoordinateReferenceSystem crs = fromWkt( DrachtenWkt1 );
  ASSERT_TRUE( crs.isValid() );
  EXPECT_TRUE( crs.authid().isEmpty() ) << "the point of the test: no code";
  const auto c = DfCrsCheck::classify( crs );
  EXPECT_EQ( c.kind, CrsKind::Mercator );
  EXPECT_NEAR( c.scale, 1.63, 0.02 );
  EXPECT_FALSE( DfCrsCheck::hasTrueMetres( c ) );
  EXPECT_TRUE( DfCrsCheck::describe( crs ).contains( QLatin1String( "+proj=merc" ) ) );
}

TEST( CrsByDefinition, PseudoMercatorBoundCrsIsMercator )
{
  const QgsCoordinateReferenceSystem crs = fromWkt( PseudoMercatorBoundCrs );
  ASSERT_TRUE( crs.isValid() );
  EXPECT_TRUE( crs.authid().isEmpty() );
  const auto c = DfCrsCheck::classify( crs );
  EXPECT_EQ( c.kind, CrsKind::Mercator );
  EXPECT_FALSE( DfCrsCheck::hasTrueMetres( c ) );
}

TEST( CrsByDefinition, GeographicWithAndWithoutCode )
{
  EXPECT_EQ( DfCrsCheck::classify( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ) ).kind,
             CrsKind::Geographic );
  // isGeographic() is false for this one on QGIS 3.22: only its definition says degrees.
  const QgsCoordinateReferenceSystem bessel = fromProj( "+proj=longlat +ellps=bessel +no_defs" );
  ASSERT_TRUE( bessel.isValid() );
  EXPECT_EQ( DfCrsCheck::classify( bessel ).kind, CrsKind::Geographic );
  EXPECT_EQ( DfCrsCheck::classify( fromProj( "+proj=longlat +datum=WGS84 +no_defs" ) ).kind,
             CrsKind::Geographic );
}

TEST( CrsByDefinition, TrueMetres )
{
  for ( const char *code : { "EPSG:28992", "EPSG:32631", "EPSG:32632", "EPSG:3035" } )
  {
    const auto c = DfCrsCheck::classify( QgsCoordinateReferenceSystem( QString::fromLatin1( code ) ) );
    EXPECT_EQ( c.kind, CrsKind::Metres ) << code;
    EXPECT_NEAR( c.scale, 1.0, 0.002 ) << code;
  }
  // RD New from its PROJ string, without code.
  const auto rd = DfCrsCheck::classify(
      fromProj( "+proj=sterea +lat_0=52.1561605555556 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 "
                "+y_0=463000 +ellps=bessel +units=m +no_defs" ) );
  EXPECT_EQ( rd.kind, CrsKind::Metres );
  EXPECT_NEAR( rd.scale, 1.0, 0.001 );
}

TEST( CrsByDefinition, NotTrueMetres )
{
  // US survey feet.
  EXPECT_EQ( DfCrsCheck::classify( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:2272" ) ) ).kind,
             CrsKind::NotMetres );
  // "Metres" that are two true metres: a transverse Mercator with scale factor 2.
  const auto doubled =
      DfCrsCheck::classify( fromProj( "+proj=tmerc +lon_0=5.4 +k=2 +ellps=WGS84 +units=m" ) );
  EXPECT_EQ( doubled.kind, CrsKind::NotMetres );
  EXPECT_NEAR( doubled.scale, 2.0, 0.01 );
  EXPECT_EQ( DfCrsCheck::classify( QgsCoordinateReferenceSystem() ).kind, CrsKind::Missing );
}
