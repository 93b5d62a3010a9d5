#pragma once
// A walkable street network as a compact undirected graph. Plain C++ (no Qt, no QGIS).
//
// Every straight piece between two consecutive vertices of an input line is an edge. Vertices closer than the
// topology tolerance become one node, so lines connect where they share a vertex (at their ends or in their
// middle, as OpenStreetMap ways do) and where they end a few centimetres short of each other. Lines that
// cross without a shared vertex, like a bridge over a street, stay unconnected.

#include "planar.h"

#include <cstdint>
#include <vector>

namespace dfn
{

struct StreetEdge
{
  int32_t from = 0; //!< node at a
  int32_t to = 0;   //!< node at b
  XY a;             //!< original vertex coordinates, used for snapping and drawing
  XY b;
  double length = 0; //!< |a b| in metres
  int32_t line = 0;  //!< index of the input line the edge came from
};

class StreetNetwork
{
public:
  size_t nodeCount() const { return mNodes.size(); }
  size_t edgeCount() const { return mEdges.size(); }
  const XY &node( int32_t n ) const { return mNodes[static_cast<size_t>( n )]; }
  const StreetEdge &edge( int32_t e ) const { return mEdges[static_cast<size_t>( e )]; }
  const std::vector<StreetEdge> &edges() const { return mEdges; }

  //! Arcs leaving node n are arcBegin(n) .. arcBegin(n + 1) - 1; each names its far node and its edge.
  uint32_t arcBegin( int32_t n ) const { return mArcStart[static_cast<size_t>( n )]; }
  int32_t arcTarget( uint32_t arc ) const { return mArcTarget[arc]; }
  int32_t arcEdge( uint32_t arc ) const { return mArcEdge[arc]; }
  double arcLength( uint32_t arc ) const { return mArcLength[arc]; }

  double totalLength() const;

  //! Connected parts of the network: a label per node (0 = the part with the most street length) and the
  //! number of parts. Islands show up as parts other than 0. A node without edges (left by a line that
  //! collapsed within the tolerance) belongs to no part: label -1.
  std::vector<int32_t> componentLabels( int32_t *componentCount = nullptr ) const;

private:
  friend class StreetNetworkBuilder;
  std::vector<XY> mNodes;
  std::vector<StreetEdge> mEdges;
  std::vector<uint32_t> mArcStart;
  std::vector<int32_t> mArcTarget;
  std::vector<int32_t> mArcEdge;
  std::vector<double> mArcLength;
};

struct NetworkBuildStats
{
  size_t lines = 0;
  size_t zeroLengthSegments = 0; //!< segments whose ends fell on one node; not part of the graph
  size_t nearMissJoins = 0;      //!< vertices joined to a node at a distance above 0 (within the tolerance)
  size_t duplicateSegments = 0;  //!< segments between the same two nodes as an earlier one: the same street
  //! Vertices with a coordinate that is not finite or beyond ±MaxCoordinate (planar.h): left out, and the
  //! line is split there, as addLine() says.
  size_t unusableVertices = 0;
};

class StreetNetworkBuilder
{
public:
  //! \a tolerance in metres; vertices closer than this become one node. 0 joins exactly equal vertices only;
  //! NaN and negative tolerances count as 0, and tolerances above 4 · MaxCoordinate (infinity included) as
  //! 4 · MaxCoordinate, which joins all vertices into one node.
  explicit StreetNetworkBuilder( double tolerance );
  ~StreetNetworkBuilder();
  StreetNetworkBuilder( const StreetNetworkBuilder & ) = delete;
  StreetNetworkBuilder &operator=( const StreetNetworkBuilder & ) = delete;

  //! Makes room for about \a vertices vertices, so the tables are not regrown (and rehashed) while adding.
  void reserve( size_t vertices );

  //! Adds one line (one part of a multi-line) of \a count vertices. \a line is reported back in
  //! StreetEdge::line. A vertex with a coordinate that is not finite or beyond ±MaxCoordinate (planar.h) is
  //! left out (counted in NetworkBuildStats::unusableVertices) and ends the part there; the next vertex
  //! starts a new one. So every node and edge has usable coordinates and a finite length. Repeated vertices
  //! give no edge (zeroLengthSegments); a single vertex gives a node without edges.
  void addLine( const XY *vertices, size_t count, int32_t line );

  //! Complete after finish().
  const NetworkBuildStats &stats() const { return mStats; }

  //! The graph; the builder is empty afterwards.
  StreetNetwork finish();

private:
  int32_t nodeFor( XY p );

  struct Grid;
  double mTolerance;
  Grid *mGrid;
  StreetNetwork mNet;
  NetworkBuildStats mStats;
};

} // namespace dfn
