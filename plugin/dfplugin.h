#pragma once

#include <qgisplugin.h>

#include <QObject>

class QAction;
class QgisInterface;

/**
 * The QGIS desktop plugin. It holds no analysis: it registers the Processing provider while it is loaded and
 * offers About and Help under Plugins > Dementia-friendly neighbourhoods.
 */
class DfPlugin : public QObject, public QgisPlugin
{
  Q_OBJECT

public:
  explicit DfPlugin( QgisInterface *iface );

  void initGui() override;
  void unload() override;

private slots:
  void showAbout();
  void showHelp();

private:
  QgisInterface *mIface = nullptr;
  QList<QAction *> mActions;
  bool mRegistered = false;
};
