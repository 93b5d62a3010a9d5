#pragma once

#include <QString>

/**
 * Removes an output that was only half written, so that a cancelled or failed run leaves nothing that looks
 * complete. Create it before the sink; call commit() once the output is whole. A new file is deleted; a layer
 * added to a GeoPackage that already existed is dropped from it, leaving the user's other layers alone.
 */
class DfOutputGuard
{
public:
  explicit DfOutputGuard( const QString &destinationBeforeSink );
  ~DfOutputGuard();
  DfOutputGuard( const DfOutputGuard & ) = delete;
  DfOutputGuard &operator=( const DfOutputGuard & ) = delete;

  //! The destination the sink actually created (it may differ from the parameter value, e.g. a temporary
  //! file).
  void setDestination( const QString &destination ) { mDestination = destination; }
  void commit() { mCommitted = true; }
  //! Removes the output now (the sink must be closed).
  void discard();

private:
  QString mRequestedPath;
  bool mFileExisted = false;
  QString mDestination;
  bool mCommitted = false;
};
