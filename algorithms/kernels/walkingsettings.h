#pragma once
// How a walk is measured: the walking speed, how far a home or facility may lie from a street, the topology
// tolerance of the street network and the walking time that counts as "within reach". Read once from an
// algorithm's parameters (WALK_SPEED, SNAP_DISTANCE, TOLERANCE, MAX_TIME) and passed to what needs it; the
// conversions between walking minutes and metres along the street live here and nowhere else.

namespace dfn
{

struct WalkingSettings
{
  double speed = 0.8;        //!< metres per second (WALK_SPEED); positive
  double snapDistance = 250; //!< metres a point may lie from the nearest street (SNAP_DISTANCE)
  double tolerance = 0.1;    //!< metres within which line ends and vertices are joined (TOLERANCE)
  double cutoffMinutes = 10; //!< the walking time "within reach" (MAX_TIME), where the algorithm has one

  //! The metres walked in \a minutes: minutes × 60 × speed, in that order (outputs depend on the rounding).
  double metresFor( double minutes ) const { return minutes * 60.0 * speed; }
  //! The minutes it takes to walk \a metres: metres ÷ speed ÷ 60, in that order.
  double minutesFor( double metres ) const { return metres / speed / 60.0; }
  //! metresFor( cutoffMinutes ).
  double cutoffMetres() const { return metresFor( cutoffMinutes ); }
};

} // namespace dfn
