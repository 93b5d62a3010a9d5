#pragma once

#include <QString>

class QgsProcessingContext;

/**
 * Removes an output that was only half written, so that a cancelled or failed run leaves nothing that looks
 * complete. Create it before the sink; call commit() once the output is whole. A new file is deleted; a layer
 * added to a GeoPackage that already existed is dropped from it, leaving the user's other layers alone.
 *
 * A whole-file output may be staged (setStaging(), done by DfDataSafety::createSink()): the sink writes into
 * a folder "<target>.incomplete" beside the target, publish() moves the finished files into place, and
 * discard() removes the folder, so the previous file at the target stays as it was until the new one is
 * complete.
 */
class DfOutputGuard
{
public:
  DfOutputGuard() = default;
  explicit DfOutputGuard( const QString &destinationBeforeSink );
  ~DfOutputGuard();
  DfOutputGuard( const DfOutputGuard & ) = delete;
  DfOutputGuard &operator=( const DfOutputGuard & ) = delete;

  //! The destination as the user asked for it, before the sink is created.
  void setRequested( const QString &destinationBeforeSink );
  //! The destination the sink actually created (it may differ from the parameter value, e.g. a temporary
  //! file).
  void setDestination( const QString &destination ) { mDestination = destination; }
  //! The sink writes into \a stagingFolder; publish() moves its files into \a targetFolder.
  void setStaging( const QString &stagingFolder, const QString &targetFolder );
  //! Moves a staged output into place, replacing the previous file of that name, and returns the final
  //! destination (re-keyed among the layers to load on completion); without staging, the destination as it
  //! is. Throws a QgsProcessingException when a file cannot be moved.
  QString publish( QgsProcessingContext &context );
  void commit() { mCommitted = true; }
  //! Removes the output now (the sink must be closed).
  void discard();

private:
  QString mRequestedPath;
  bool mFileExisted = false;
  QString mDestination;
  QString mStaging, mTarget;
  bool mCommitted = false;
};
