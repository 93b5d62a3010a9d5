// Street network: internal streets per buurt, main roads along the buurt boundaries, the motorway with its
// interchange, the cycle tunnel and the roads to neighbouring towns.
//
// Like OpenStreetMap, a way may run through several junctions (sharing a vertex with the crossing street in
// the middle of the way) or end at a junction. Deliberate data quirks: bridges without a shared vertex, a
// handful of streets ending a few centimetres short of the road they should join, dead ends, and an isolated
// hamlet.
#include "rng.h"
#include "tile.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gentown
{

namespace
{

constexpr double kPi = 3.14159265358979323846;

struct GridEdge
{
  int n0 = 0, n1 = 0;
  double amp = 0;
  std::vector<double> attach; // t values where side streets join (shared vertices)
  bool present = true;
  bool tree = false;
  std::string highway;
};

Pt edgePoint( Pt a, Pt b, double amp, double t )
{
  const Pt d = b - a;
  return a + d * t + unit( perp( d ) ) * ( amp * std::sin( kPi * t ) );
}

// Adds a side-street attachment, snapping to an existing one nearby so no tiny segments appear.
double addAttach( GridEdge &e, double t )
{
  for ( double a : e.attach )
    if ( std::fabs( a - t ) < 0.06 )
      return a;
  e.attach.push_back( t );
  return t;
}

struct UnionFind
{
  std::vector<int> parent;
  explicit UnionFind( int n ) : parent( static_cast<size_t>( n ) )
  {
    std::iota( parent.begin(), parent.end(), 0 );
  }
  int find( int x )
  {
    while ( parent[static_cast<size_t>( x )] != x )
      x = parent[static_cast<size_t>( x )] = parent[static_cast<size_t>( parent[static_cast<size_t>( x )] )];
    return x;
  }
  bool unite( int a, int b )
  {
    a = find( a );
    b = find( b );
    if ( a == b )
      return false;
    parent[static_cast<size_t>( a )] = b;
    return true;
  }
};

// A piece of a street between two junctions (or a junction and a boundary road).
struct Piece
{
  std::vector<Pt> pts;
  std::vector<double> exclusions;
  std::string highway;
};

class Planner
{
public:
  Planner( Tile &tile, uint64_t seed ) : mTile( tile ), mRng( seed ) {}

  void run()
  {
    addTownConnections();
    std::vector<int> nearMiss( mTile.cells.size(), 0 );
    for ( size_t ci = 0; ci < mTile.cells.size(); ++ci )
    {
      const std::string name = mTile.cells[ci].def->name;
      if ( name == "Molenwijk" || name == "Schildersbuurt" || name == "Oranjebuurt" || name == "Zonnehof" ||
           name == "Kerkebuurt" || name == "Vinkenveld" || name == "De Akkers" )
        nearMiss[ci] = 1;
    }
    mTopRow.resize( mTile.cells.size() );
    mBottomRow.resize( mTile.cells.size() );
    for ( size_t ci = 0; ci < mTile.cells.size(); ++ci )
      cellStreets( static_cast<int>( ci ), nearMiss[ci] );
    addInterchange();
    addCycleTunnel();
    for ( size_t li = 0; li < mTile.lines.size(); ++li )
      if ( static_cast<int>( li ) != mTile.motorwayLine && !mTile.lines[li].highway.empty() )
        mainRoad( mTile.lines[li] );
    addMotorway();
  }

private:
  Tile &mTile;
  Rng mRng;
  std::vector<std::vector<Pt>> mTopRow, mBottomRow; // junctions of the first/last grid row per cell
  double mMotorwayWest = -1, mMotorwayEast = -1;    // t on the motorway line where the ramps join

  MainLine &line( int i ) { return mTile.lines[static_cast<size_t>( i )]; }

  void addWay( std::vector<Pt> pts, const std::string &highway, const std::string &name, bool bridge = false,
               bool tunnel = false, int layer = 0 )
  {
    Way w;
    w.pts = std::move( pts );
    w.highway = highway;
    w.name = name;
    w.bridge = bridge;
    w.tunnel = tunnel;
    w.layer = layer;
    mTile.ways.push_back( std::move( w ) );
  }

  // Roads to the neighbouring towns (or stubs leaving the map at the edge of the tiled area).
  void addTownConnections()
  {
    const int k = mTile.scale;
    MainLine &left = line( mTile.colLine[0] ), &right = line( mTile.colLine[4] );
    MainLine &bottom = line( mTile.bottomLine ), &top = line( mTile.topLine );
    const Pt w{ 0, 1500 }, e{ kTownWidth, 1500 }, s{ 2000, 0 }, n{ 2000, kTownHeight };
    left.stations.push_back( { left.project( w ), w } );
    right.stations.push_back( { right.project( e ), e } );
    bottom.stations.push_back( { bottom.project( s ), s } );
    top.stations.push_back( { top.project( n ), n } );
    if ( mTile.tx == 0 )
      addWay( { { -400, 1500 }, w }, "trunk", "N999" );
    addWay( { e, { mTile.tx + 1 < k ? kTilePitchX : kTownWidth + 400, 1500 } }, "trunk", "N999" );
    if ( mTile.ty == 0 )
      addWay( { { 2000, -400 }, s }, "tertiary", "Provinciale weg" );
    addWay( { n, { 2000, mTile.ty + 1 < k ? kTilePitchY : kTownHeight + 400 } }, "tertiary",
            "Provinciale weg" );
  }

  bool nearFixedStation( const MainLine &l, Pt p ) const
  {
    for ( const Station &s : l.stations )
      if ( norm( s.p - p ) < 25 )
        return true;
    return false;
  }

  void cellStreets( int ci, int nearMissBudget )
  {
    const Cell &cell = mTile.cells[static_cast<size_t>( ci )];
    const BuurtDef &def = *cell.def;
    const StreetParams &sp = profileFor( def.type ).streets;
    const Quad &q = cell.quad;
    const double W = q.width(), H = q.height();
    double u0 = cell.left.margin / W, u1 = 1 - cell.right.margin / W;
    double v0 = cell.bottom.margin / H, v1 = 1 - cell.top.margin / H;
    {
      const double a = u0 + ( u1 - u0 ) * sp.box[0], b = u0 + ( u1 - u0 ) * sp.box[1];
      const double c = v0 + ( v1 - v0 ) * sp.box[2], d = v0 + ( v1 - v0 ) * sp.box[3];
      u0 = a;
      u1 = b;
      v0 = c;
      v1 = d;
    }
    const int nU = std::max( 2, static_cast<int>( std::lround( ( u1 - u0 ) * W / sp.spacingU ) ) + 1 );
    const int nV = std::max( 2, static_cast<int>( std::lround( ( v1 - v0 ) * H / sp.spacingV ) ) + 1 );
    const double du = ( u1 - u0 ) / ( nU - 1 ), dv = ( v1 - v0 ) / ( nV - 1 );
    const double spU = du * W, spV = dv * H; // actual spacing in metres

    std::vector<double> ju( static_cast<size_t>( nU * nV ) ), jv( ju.size() );
    std::vector<Pt> jp( ju.size() );
    auto jid = [nU]( int i, int k ) { return k * nU + i; };
    for ( int k = 0; k < nV; ++k )
      for ( int i = 0; i < nU; ++i )
      {
        const size_t id = static_cast<size_t>( jid( i, k ) );
        ju[id] = std::clamp( u0 + i * du + mRng.uniform( -1, 1 ) * sp.jitter * du, u0, u1 );
        jv[id] = std::clamp( v0 + k * dv + mRng.uniform( -1, 1 ) * sp.jitter * dv, v0, v1 );
        jp[id] = q.at( ju[id], jv[id] );
      }

    // Edges: horizontal H(i,k) first, then vertical V(i,k).
    std::vector<GridEdge> edges;
    const int nH = ( nU - 1 ) * nV;
    auto hid = [nU]( int i, int k ) { return k * ( nU - 1 ) + i; };
    auto vid = [nH, nU]( int i, int k ) { return nH + k * nU + i; };
    for ( int k = 0; k < nV; ++k )
      for ( int i = 0; i + 1 < nU; ++i )
      {
        GridEdge e;
        e.n0 = jid( i, k );
        e.n1 = jid( i + 1, k );
        e.amp = sp.curve * spV * mRng.uniform( 0.5, 1.0 ) * ( mRng.chance( 0.5 ) ? 1 : -1 );
        e.highway = sp.highway;
        edges.push_back( e );
      }
    for ( int k = 0; k + 1 < nV; ++k )
      for ( int i = 0; i < nU; ++i )
      {
        GridEdge e;
        e.n0 = jid( i, k );
        e.n1 = jid( i, k + 1 );
        e.amp = sp.curve * spU * mRng.uniform( 0.5, 1.0 ) * ( mRng.chance( 0.5 ) ? 1 : -1 );
        e.highway = sp.highway;
        edges.push_back( e );
      }

    // A random spanning tree keeps every junction reachable; other links are dropped at random, which makes
    // dead ends and T-junctions without creating unintended islands.
    {
      std::vector<int> order( edges.size() );
      std::iota( order.begin(), order.end(), 0 );
      mRng.shuffle( order );
      UnionFind uf( nU * nV );
      for ( int id : order )
        edges[static_cast<size_t>( id )].tree =
            uf.unite( edges[static_cast<size_t>( id )].n0, edges[static_cast<size_t>( id )].n1 );
      for ( GridEdge &e : edges )
        if ( !e.tree && mRng.chance( sp.removeShare ) )
          e.present = false;
    }

    const bool centre = def.type == BuurtType::Centre;
    const bool park = def.type == BuurtType::Park;
    const int pedestrianRow = nV / 2;
    if ( centre )
      for ( int i = 0; i + 1 < nU; ++i )
        edges[static_cast<size_t>( hid( i, pedestrianRow ) )].highway = "pedestrian";
    if ( park )
    {
      for ( GridEdge &e : edges )
        e.highway = mRng.chance( 0.3 ) ? "path" : "footway";
      // A cycle route runs through the park along its middle row.
      for ( int i = 0; i + 1 < nU; ++i )
        edges[static_cast<size_t>( hid( i, nV / 2 ) )].highway = "cycleway";
    }

    // Cul-de-sacs (hofjes, parking courts) into the blocks, some continued by a footpath.
    struct Spur
    {
      std::vector<Pt> pts;
      std::string highway;
      bool named;
    };
    std::vector<Spur> spurs;
    for ( int k = 0; k + 1 < nV; ++k )
      for ( int i = 0; i + 1 < nU; ++i )
      {
        GridEdge &host = edges[static_cast<size_t>( hid( i, k ) )];
        if ( !host.present || !mRng.chance( sp.culDeSacShare ) )
          continue;
        const double t = addAttach( host, mRng.uniform( 0.42, 0.58 ) );
        const Pt p =
            edgePoint( jp[static_cast<size_t>( host.n0 )], jp[static_cast<size_t>( host.n1 )], host.amp, t );
        GridEdge &up = edges[static_cast<size_t>( hid( i, k + 1 ) )];
        const Pt upA = jp[static_cast<size_t>( up.n0 )], upB = jp[static_cast<size_t>( up.n1 )];
        const Pt target = up.present ? edgePoint( upA, upB, up.amp, t ) : lerp( upA, upB, t );
        const Pt end = lerp( p, target, 0.36 );
        const Pt mid =
            lerp( p, target, 0.18 ) + unit( perp( target - p ) ) * ( norm( target - p ) * sp.curve * 0.3 );
        const std::string hw = sp.culDeSacHighway;
        spurs.push_back( { { p, mid, end }, hw, hw != "service" } );
        if ( up.present && mRng.chance( sp.throughPathShare ) )
        {
          const double tu = addAttach( up, t );
          spurs.push_back( { { end, edgePoint( upA, upB, up.amp, tu ) }, sp.throughPathHighway, false } );
        }
      }

    // Connectors from the outermost junctions to the boundary roads; at least one per road side.
    struct Connector
    {
      bool present = false;
      Pt boundary;
    };
    auto makeConnector = [&]( const EdgeRef &edge, double w, Pt junction, bool forced, int &budget )
    {
      Connector c;
      if ( !edge.road || sp.connectShare <= 0 )
        return c;
      if ( !forced && !mRng.chance( sp.connectShare ) )
        return c;
      MainLine &l = line( edge.line );
      const double t = edge.t0 + w * ( edge.t1 - edge.t0 );
      const Pt b = l.at( t );
      if ( nearFixedStation( l, b ) && !forced )
        return c;
      c.present = true;
      if ( !forced && budget > 0 )
      {
        // Data quirk: the street stops 3-7 cm short of the road, without a shared vertex.
        --budget;
        Pt inward = unit( perp( l.b - l.a ) );
        const Pt centre = q.at( 0.5, 0.5 );
        if ( dot( centre - b, inward ) < 0 )
          inward = inward * -1.0;
        c.boundary = b + inward * mRng.uniform( 0.03, 0.07 );
        return c;
      }
      l.stations.push_back( { t, b } );
      c.boundary = b;
      (void)junction;
      return c;
    };
    std::vector<Connector> leftC( static_cast<size_t>( nV ) ), rightC( static_cast<size_t>( nV ) );
    std::vector<Connector> bottomC( static_cast<size_t>( nU ) ), topC( static_cast<size_t>( nU ) );
    const int fb = mRng.range( 0, nU - 1 );
    {
      const int fl = mRng.range( 0, nV - 1 ), fr = mRng.range( 0, nV - 1 );
      const int ft = mRng.range( 0, nU - 1 );
      for ( int k = 0; k < nV; ++k )
      {
        const size_t a = static_cast<size_t>( jid( 0, k ) ), b = static_cast<size_t>( jid( nU - 1, k ) );
        leftC[static_cast<size_t>( k )] = makeConnector( cell.left, jv[a], jp[a], k == fl, nearMissBudget );
        rightC[static_cast<size_t>( k )] = makeConnector( cell.right, jv[b], jp[b], k == fr, nearMissBudget );
      }
      for ( int i = 0; i < nU; ++i )
      {
        const size_t a = static_cast<size_t>( jid( i, 0 ) ), b = static_cast<size_t>( jid( i, nV - 1 ) );
        bottomC[static_cast<size_t>( i )] =
            makeConnector( cell.bottom, ju[a], jp[a], i == fb, nearMissBudget );
        topC[static_cast<size_t>( i )] = makeConnector( cell.top, ju[b], jp[b], i == ft, nearMissBudget );
      }
    }

    for ( int i = 0; i < nU; ++i )
    {
      mBottomRow[static_cast<size_t>( ci )].push_back( jp[static_cast<size_t>( jid( i, 0 ) )] );
      mTopRow[static_cast<size_t>( ci )].push_back( jp[static_cast<size_t>( jid( i, nV - 1 ) )] );
    }

    // Assemble pieces into named streets and split them into ways.
    const auto &names = *def.streetNames;
    int nameIdx = 0;
    auto nextName = [&]()
    { return park && mRng.chance( 0.6 ) ? std::string() : streetName( names, nameIdx++ ); };
    auto edgePiece = [&]( const GridEdge &e, bool reverse )
    {
      Piece p;
      std::vector<double> ts = e.attach;
      const bool curved = std::fabs( e.amp ) > 0.5;
      if ( curved )
        for ( double s : { 0.25, 0.5, 0.75 } )
        {
          bool close = false;
          for ( double a : e.attach )
            close = close || std::fabs( a - s ) < 0.08;
          if ( !close )
            ts.push_back( s );
        }
      ts.push_back( 0 );
      ts.push_back( 1 );
      std::sort( ts.begin(), ts.end() );
      const Pt a = jp[static_cast<size_t>( e.n0 )], b = jp[static_cast<size_t>( e.n1 )];
      double arc = 0;
      for ( size_t m = 0; m < ts.size(); ++m )
      {
        const Pt pt = ts[m] == 0 ? a : ( ts[m] == 1 ? b : edgePoint( a, b, e.amp, ts[m] ) );
        if ( !p.pts.empty() )
          arc += norm( pt - p.pts.back() );
        p.pts.push_back( pt );
        if ( std::find( e.attach.begin(), e.attach.end(), ts[m] ) != e.attach.end() )
          p.exclusions.push_back( arc );
      }
      if ( reverse )
      {
        std::reverse( p.pts.begin(), p.pts.end() );
        for ( double &x : p.exclusions )
          x = arc - x;
      }
      p.highway = e.highway;
      return p;
    };
    auto connectorPiece = [&]( Pt from, Pt to, const std::string &hw )
    {
      Piece p;
      p.pts = { from, to };
      p.highway = hw;
      return p;
    };
    // Emits a run of pieces as one street split into ways of 1..maxJunctionsPerWay pieces.
    auto emitRun = [&]( std::vector<Piece> &run )
    {
      if ( run.empty() )
        return;
      const std::string name = nextName();
      size_t idx = 0;
      while ( idx < run.size() )
      {
        const size_t take =
            std::min( run.size() - idx, static_cast<size_t>( mRng.range( 1, sp.maxJunctionsPerWay ) ) );
        // Ways change where the class changes (e.g. a pedestrian street continuing as a residential one).
        std::vector<Pt> pts;
        std::string hw = run[idx].highway;
        size_t used = 0;
        for ( size_t m = idx; m < idx + take && run[m].highway == hw; ++m, ++used )
        {
          for ( size_t n = pts.empty() ? 0 : 1; n < run[m].pts.size(); ++n )
            pts.push_back( run[m].pts[n] );
          Frontage f;
          f.pts = run[m].pts;
          f.exclusions = run[m].exclusions;
          f.name = name;
          f.highway = hw;
          f.cell = ci;
          mTile.frontages.push_back( std::move( f ) );
        }
        addWay( std::move( pts ), hw, name );
        idx += used;
      }
      run.clear();
    };

    const std::string mainHw = park ? "footway" : sp.highway;
    std::vector<Piece> run;
    // Streets along rows: the pedestrian row of the centre is named first (it is the Dorpsstraat).
    std::vector<int> rowOrder( static_cast<size_t>( nV ) );
    std::iota( rowOrder.begin(), rowOrder.end(), 0 );
    if ( centre )
      std::rotate( rowOrder.begin(), rowOrder.begin() + pedestrianRow, rowOrder.end() );
    for ( int k : rowOrder )
    {
      const Connector &lc = leftC[static_cast<size_t>( k )];
      const Connector &rc = rightC[static_cast<size_t>( k )];
      if ( lc.present )
        run.push_back( connectorPiece( lc.boundary, jp[static_cast<size_t>( jid( 0, k ) )], mainHw ) );
      for ( int i = 0; i + 1 < nU; ++i )
      {
        const GridEdge &e = edges[static_cast<size_t>( hid( i, k ) )];
        if ( !e.present )
        {
          emitRun( run );
          continue;
        }
        run.push_back( edgePiece( e, false ) );
      }
      if ( rc.present )
        run.push_back( connectorPiece( jp[static_cast<size_t>( jid( nU - 1, k ) )], rc.boundary, mainHw ) );
      emitRun( run );
    }
    for ( int i = 0; i < nU; ++i )
    {
      const Connector &bc = bottomC[static_cast<size_t>( i )];
      const Connector &tc = topC[static_cast<size_t>( i )];
      if ( bc.present )
      {
        // In the park one entrance is a short flight of steps up the embankment.
        const bool steps = park && i == fb; // the forced entrance, so steps always exist
        run.push_back(
            connectorPiece( bc.boundary, jp[static_cast<size_t>( jid( i, 0 ) )], steps ? "steps" : mainHw ) );
      }
      for ( int k = 0; k + 1 < nV; ++k )
      {
        const GridEdge &e = edges[static_cast<size_t>( vid( i, k ) )];
        if ( !e.present )
        {
          emitRun( run );
          continue;
        }
        run.push_back( edgePiece( e, false ) );
      }
      if ( tc.present )
        run.push_back( connectorPiece( jp[static_cast<size_t>( jid( i, nV - 1 ) )], tc.boundary, mainHw ) );
      emitRun( run );
    }
    for ( Spur &s : spurs )
    {
      const std::string name = s.named ? nextName() : std::string();
      if ( s.highway != "footway" && s.highway != "cycleway" )
      {
        Frontage f;
        f.pts = s.pts;
        f.name = name;
        f.highway = s.highway;
        f.cell = ci;
        mTile.frontages.push_back( f );
      }
      addWay( s.pts, s.highway, name );
    }
  }

  // Diamond-like interchange where the Stationsweg crosses the motorway: four motorway_link ramps.
  void addInterchange()
  {
    MainLine &col = line( mTile.colLine[2] );
    const MainLine &m = line( mTile.motorwayLine );
    const double tc = col.motorwayCrossing;
    const Pt cross = col.at( tc );
    const double len = col.length();
    const Pt north = col.at( tc + 45 / len ), south = col.at( tc - 45 / len );
    col.stations.push_back( { tc + 45 / len, north } );
    col.stations.push_back( { tc - 45 / len, south } );
    const Pt nm = unit( perp( m.b - m.a ) );
    auto mAtX = [&]( double x ) { return m.at( x / kTownWidth ); };
    mMotorwayWest = ( cross.x - 300 ) / kTownWidth;
    mMotorwayEast = ( cross.x + 300 ) / kTownWidth;
    for ( int sE : { -1, 1 } )
      for ( int sN : { -1, 1 } )
      {
        const Pt pm = m.at( sE < 0 ? mMotorwayWest : mMotorwayEast );
        const Pt q1 = mAtX( cross.x + sE * 170 ) + nm * ( sN * 14.0 );
        const Pt q2 = mAtX( cross.x + sE * 70 ) + nm * ( sN * 32.0 );
        const Pt pc = sN > 0 ? north : south;
        // Exit ramps leave the motorway, entry ramps join it: direction follows driving on the right.
        std::vector<Pt> pts = { pm, q1, q2, pc };
        if ( ( sE < 0 ) == ( sN > 0 ) )
          std::reverse( pts.begin(), pts.end() );
        addWay( pts, "motorway_link", "" );
      }
  }

  void addMotorway()
  {
    const MainLine &m = line( mTile.motorwayLine );
    const int k = mTile.scale;
    const Pt west = m.at( mMotorwayWest ), east = m.at( mMotorwayEast );
    if ( mTile.tx == 0 )
      addWay( { { -600, m.a.y - 600 * ( m.b.y - m.a.y ) / kTownWidth }, m.a }, "motorway", "A99" );
    addWay( { m.a, m.at( 0.5 * mMotorwayWest ), west }, "motorway", "A99" );
    addWay( { west, east }, "motorway", "A99" );
    addWay( { east, m.at( 0.5 * ( 1 + mMotorwayEast ) ), m.b }, "motorway", "A99" );
    if ( mTile.tx + 1 < k )
      addWay( { m.b, { kTilePitchX, m.a.y } }, "motorway", "A99" );
    else
      addWay( { m.b, { kTownWidth + 600, m.b.y + 600 * ( m.b.y - m.a.y ) / kTownWidth } }, "motorway",
              "A99" );
  }

  // Cycle path under the motorway between the industrial estate and Lindenhof (tunnel, layer -1).
  void addCycleTunnel()
  {
    int south = -1, north = -1;
    for ( size_t i = 0; i < mTile.cells.size(); ++i )
    {
      if ( mTile.cells[i].def->col == 1 && mTile.cells[i].def->row == 0 )
        south = static_cast<int>( i );
      if ( mTile.cells[i].def->col == 1 && mTile.cells[i].def->row == 1 )
        north = static_cast<int>( i );
    }
    if ( south < 0 || north < 0 )
      return;
    const double xTarget = mTile.cells[static_cast<size_t>( south )].quad.at( 0.4, 1 ).x;
    auto closest = [xTarget]( const std::vector<Pt> &row )
    {
      Pt best = row.front();
      for ( const Pt &p : row )
        if ( std::fabs( p.x - xTarget ) < std::fabs( best.x - xTarget ) )
          best = p;
      return best;
    };
    const Pt a = closest( mTopRow[static_cast<size_t>( south )] );
    const Pt b = closest( mBottomRow[static_cast<size_t>( north )] );
    const MainLine &m = line( mTile.motorwayLine );
    // Intersection of a-b with the motorway line.
    const Pt d = b - a, e = m.b - m.a;
    const double den = d.x * e.y - d.y * e.x;
    const double s = ( ( m.a.x - a.x ) * e.y - ( m.a.y - a.y ) * e.x ) / den;
    const Pt x = a + d * s;
    const Pt dir = unit( d );
    const Pt p1 = x - dir * 30.0, p2 = x + dir * 30.0;
    addWay( { a, p1 }, "cycleway", "" );
    addWay( { p1, p2 }, "cycleway", "", false, true, -1 );
    addWay( { p2, b }, "cycleway", "" );
  }

  // A main road along a line: vertices at every junction, split into ways of a few junctions each, a bridge
  // where it passes over the motorway, and nothing along the river.
  void mainRoad( MainLine &l )
  {
    std::vector<Station> st = l.stations;
    std::sort( st.begin(), st.end(), []( const Station &x, const Station &y ) { return x.t < y.t; } );
    std::vector<Station> uniq;
    for ( const Station &s : st )
      if ( uniq.empty() || ( s.t - uniq.back().t ) * l.length() > 0.01 )
        uniq.push_back( s );
    if ( uniq.empty() || uniq.front().t > 1e-12 )
      uniq.insert( uniq.begin(), { 0.0, l.a } );
    if ( uniq.back().t < 1 - 1e-12 )
      uniq.push_back( { 1.0, l.b } );

    const double len = l.length();
    const double delta = 40 / len;
    const double tb = l.motorwayCrossing;
    const bool hasBridge = tb >= 0 && tb <= 1;
    std::vector<Pt> cur;
    int junctions = 0;
    int limit = mRng.range( 2, 5 );
    auto flush = [&]()
    {
      if ( cur.size() >= 2 )
        addWay( cur, l.highway, l.name );
      cur.clear();
      junctions = 0;
      limit = mRng.range( 2, 5 );
    };
    bool bridgeDone = false;
    for ( size_t i = 0; i < uniq.size(); ++i )
    {
      const Station &s = uniq[i];
      if ( bridgeDone && s.t < tb + delta )
        continue;
      if ( hasBridge && !bridgeDone && s.t > tb - delta )
      {
        // Bridge over the motorway: its own way, no vertex above the motorway.
        const Pt b0 = l.at( std::max( 0.0, tb - delta ) ), b1 = l.at( std::min( 1.0, tb + delta ) );
        if ( !l.isWater( tb ) )
        {
          cur.push_back( b0 );
          flush();
          addWay( { b0, b1 }, l.highway, l.name, true, false, 1 );
          cur.push_back( b1 );
        }
        bridgeDone = true;
        if ( s.t < tb + delta )
          continue;
      }
      const bool wetBefore = i > 0 && l.isWater( 0.5 * ( uniq[i - 1].t + s.t ) );
      if ( wetBefore )
        flush();
      cur.push_back( s.p );
      if ( ++junctions >= limit && i + 1 < uniq.size() )
      {
        flush();
        cur.push_back( s.p );
      }
    }
    flush();
  }
};

} // namespace

void planStreets( Tile &tile, uint64_t seed )
{
  Planner planner( tile, seed );
  planner.run();
}

} // namespace gentown
