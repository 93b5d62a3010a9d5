#pragma once

#include <QCoreApplication>

class QgsProcessingFeedback;

/**
 * One run of a dementia-friendly algorithm at a time in a QGIS process. QGIS runs Processing algorithms in
 * background tasks, and its OGR provider can deadlock when two threads open layers of the same GeoPackage at
 * once (the dataset is shared between providers; QGIS issue #63583, unfixed in 3.22-3.44): two runs of the
 * plugin on the same town did hang in tests. A run waits here for the one before it, stays cancellable
 * while it waits, and says in the log that it waits. Hold one for the whole of processAlgorithm().
 */
class DfRunLock
{
  Q_DECLARE_TR_FUNCTIONS( DfRunLock )

public:
  //! Waits for the lock, checking \a feedback for a cancel every 100 ms; throws the usual cancel exception.
  explicit DfRunLock( QgsProcessingFeedback *feedback );
  ~DfRunLock();
  DfRunLock( const DfRunLock & ) = delete;
  DfRunLock &operator=( const DfRunLock & ) = delete;
};
