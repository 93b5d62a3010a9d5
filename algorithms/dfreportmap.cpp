#include "dfreportmap.h"

#include "dfcompat.h"
#include "dfoutputstyle.h"
#include "dfscorereport.h"

#include <qgsexception.h>
#include <qgsgeometry.h>
#include <qgslegendsymbolitem.h>
#include <qgsmaprenderercustompainterjob.h>
#include <qgsmapsettings.h>
#include <qgsmaptopixel.h>
#include <qgsprocessingfeedback.h>
#include <qgsrenderer.h>
#include <qgssymbol.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace
{
//! The fields the urgency style and the labels read; the names are those of the output layer.
const QString FieldName = QStringLiteral( "name" );
const QString FieldUrgency = QStringLiteral( "urgency" );
const QString FieldRank = QStringLiteral( "urgency_rank" );

//! A polygon geometry as the memory layer holds it: 2D, multi.
QgsGeometry flatMulti( QgsGeometry g )
{
  if ( g.isNull() || g.isEmpty() || g.type() != DfCompat::GeometryPolygon )
    return QgsGeometry();
  g.get()->dropZValue();
  g.get()->dropMValue();
  g.convertToMultiType();
  return g;
}

struct Label
{
  QString text;
  QPointF at; //!< pixel position of the label's centre
  bool ranked = false;
  int rank = 0;
};

//! Draws the labels centred on their points, dark text in a white halo; a label that would overlap one drawn
//! before it moves up or down by a line, as far as two lines. Ranked labels are drawn first, most urgent
//! first, so they get the best places.
void drawLabels( QPainter &painter, std::vector<Label> labels, const QRectF &bounds )
{
  std::stable_sort( labels.begin(), labels.end(),
                    []( const Label &a, const Label &b )
                    {
                      if ( a.ranked != b.ranked )
                        return a.ranked;
                      return a.ranked && a.rank < b.rank;
                    } );
  QFont font( QStringLiteral( "DejaVu Sans" ) );
  font.setPixelSize( 14 );
  QFont bold = font;
  bold.setBold( true );
  std::vector<QRectF> placed;
  painter.setRenderHint( QPainter::Antialiasing, true );
  for ( const Label &l : labels )
  {
    const QFont &f = l.ranked ? bold : font;
    const QFontMetricsF metrics( f );
    const double w = metrics.horizontalAdvance( l.text ), h = metrics.height();
    QRectF rect( l.at.x() - w / 2, l.at.y() - h / 2, w, h );
    // Keep the label on the image.
    rect.moveLeft(
        std::clamp( rect.left(), bounds.left() + 2, std::max( bounds.left() + 2, bounds.right() - w - 2 ) ) );
    rect.moveTop(
        std::clamp( rect.top(), bounds.top() + 2, std::max( bounds.top() + 2, bounds.bottom() - h - 2 ) ) );
    QRectF chosen = rect;
    for ( const double dy : { 0.0, -1.0, 1.0, -2.0, 2.0 } )
    {
      const QRectF candidate = rect.translated( 0, dy * h );
      if ( std::none_of( placed.begin(), placed.end(),
                         [&]( const QRectF &p ) { return p.intersects( candidate ); } ) )
      {
        chosen = candidate;
        break;
      }
    }
    placed.push_back( chosen );
    QPainterPath path;
    path.addText( chosen.left(), chosen.top() + metrics.ascent(), f, l.text );
    painter.setPen( QPen( QColor( 255, 255, 255, 230 ), 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin ) );
    painter.setBrush( Qt::NoBrush );
    painter.drawPath( path );
    painter.setPen( Qt::NoPen );
    painter.setBrush( QColor( 17, 17, 17 ) );
    painter.drawPath( path );
  }
}
} // namespace

void DfReportMap::addTo( DfScoreReport &report, const QgsFeatureList &features,
                         const QgsCoordinateReferenceSystem &crs, QgsProcessingFeedback *feedback )
{
  auto fail = [&]( const QString &why )
  {
    report.mapPng.clear();
    report.mapLegend.clear();
    report.mapNote = tr( "No map: %1" ).arg( why );
    if ( feedback )
      feedback->pushWarning( tr( "The report has no map: %1" ).arg( why ) );
  };
  try
  {
    // A layer of its own, in this thread: the output may be a file, a memory layer of the context or not
    // loadable at all, and rendering needs none of it.
    QgsVectorLayer layer( QStringLiteral( "MultiPolygon" ), QStringLiteral( "areas" ),
                          QStringLiteral( "memory" ) );
    if ( !layer.isValid() )
      return fail( tr( "QGIS could not make a memory layer." ) );
    layer.setCrs( crs );
    QgsFields fields;
    fields.append( DfCompat::stringField( FieldName, 0 ) );
    fields.append( DfCompat::doubleField( FieldUrgency ) );
    fields.append( DfCompat::integerField( FieldRank ) );
    layer.dataProvider()->addAttributes( fields.toList() );
    layer.updateFields();

    const size_t n = std::min( report.areas.size(), static_cast<size_t>( features.size() ) );
    QgsFeatureList mapped;
    // Grown from the first box rather than from setMinimal(), which 3.40 deprecates and 3.22 lacks a
    // successor for.
    QgsRectangle extent;
    bool anyGeometry = false;
    for ( size_t i = 0; i < n; ++i )
    {
      const DfScoreReport::Area &a = report.areas[i];
      QgsFeature f( layer.fields() );
      f.setGeometry( flatMulti( features.at( static_cast<int>( i ) ).geometry() ) );
      QgsAttributes attributes;
      attributes << QVariant( a.name ) << ( a.urgency ? QVariant( *a.urgency ) : QVariant() )
                 << ( a.urgencyRank > 0 ? QVariant( a.urgencyRank ) : QVariant() );
      f.setAttributes( attributes );
      if ( f.hasGeometry() )
      {
        if ( anyGeometry )
          extent.combineExtentWith( f.geometry().boundingBox() );
        else
          extent = f.geometry().boundingBox();
        anyGeometry = true;
      }
      mapped << f;
    }
    if ( !anyGeometry || extent.isEmpty() || !std::isfinite( extent.width() ) )
      return fail( tr( "the areas have no geometry to draw." ) );
    if ( !layer.dataProvider()->addFeatures( mapped ) )
      return fail( tr( "QGIS could not copy the areas into a memory layer." ) );
    layer.updateExtents();

    // The output's own urgency style, so the report and the layer's urgency map read alike.
    DfStyleSpec style(
        QStringLiteral( "urgency" ), FieldUrgency, QStringLiteral( "urgency" ), false,
        QCoreApplication::translate( "DfNeighbourhoodScoreAlgorithm", "No data (no homes, need or score)" ) );
    QString error;
    if ( !DfOutputStyle::apply( &layer, style, &error ) )
      return fail( error );
    // The report draws every label itself (the labelling engine drops labels that collide); the style's own
    // labels would stand twice.
    layer.setLabelsEnabled( false );

    const double margin = 0.03 * std::max( extent.width(), extent.height() );
    extent.grow( margin );
    const int height = std::clamp(
        static_cast<int>( std::lround( WidthPx * extent.height() / extent.width() ) ), 400, 1400 );
    QgsMapSettings settings;
    settings.setLayers( { &layer } );
    settings.setDestinationCrs( crs );
    settings.setOutputSize( QSize( WidthPx, height ) );
    settings.setOutputDpi( 96 );
    settings.setBackgroundColor( Qt::white );
    settings.setExtent( extent );

    QImage image( settings.outputSize(), QImage::Format_ARGB32_Premultiplied );
    image.fill( Qt::white );
    QPainter painter( &image );
    {
      // prepare() is documented for the main thread because it reads the layers, which usually live there;
      // this layer was made in this thread and nobody else sees it.
      QgsMapRendererCustomPainterJob job( settings, &painter );
      job.prepare();
      job.renderPrepared();
    }

    // Rank and name on every area, or on the most urgent only when there are too many to read.
    const QgsMapToPixel &toPixel = settings.mapToPixel();
    const bool all = static_cast<int>( n ) <= MaxLabelledAreas;
    std::vector<Label> labels;
    for ( size_t i = 0; i < n; ++i )
    {
      const DfScoreReport::Area &a = report.areas[i];
      if ( !all && ( a.urgencyRank <= 0 || a.urgencyRank > MaxRankLabels ) )
        continue;
      const QgsGeometry &g = mapped.at( static_cast<int>( i ) ).geometry();
      if ( g.isNull() )
        continue;
      QgsGeometry at = g.poleOfInaccessibility( std::max( extent.width(), extent.height() ) / 2000 );
      if ( at.isNull() || at.isEmpty() )
        at = g.pointOnSurface();
      if ( at.isNull() || at.isEmpty() )
        continue;
      const QgsPointXY p = toPixel.transform( at.asPoint() );
      Label l;
      l.text = a.urgencyRank > 0 ? QStringLiteral( "%1 %2" ).arg( a.urgencyRank ).arg( a.name ) : a.name;
      l.at = QPointF( p.x(), p.y() );
      l.ranked = a.urgencyRank > 0;
      l.rank = a.urgencyRank;
      labels.push_back( l );
    }
    drawLabels( painter, labels, QRectF( QPointF( 0, 0 ), QSizeF( image.size() ) ) );
    painter.end();

    QBuffer buffer( &report.mapPng );
    buffer.open( QIODevice::WriteOnly );
    if ( !image.save( &buffer, "PNG" ) )
      return fail( tr( "the image could not be written as PNG." ) );

    report.mapLegend.clear();
    if ( const QgsFeatureRenderer *renderer = layer.renderer() )
      for ( const QgsLegendSymbolItem &item : renderer->legendSymbolItems() )
        if ( item.symbol() )
          report.mapLegend.emplace_back( item.label(), item.symbol()->color().name() );
    const bool anyRank = std::any_of( report.areas.begin(), report.areas.end(),
                                      []( const DfScoreReport::Area &a ) { return a.urgencyRank > 0; } );
    if ( all )
      report.mapNote = tr( "Each area is labelled with its urgency rank (1: most urgent) and its name; areas "
                           "without a rank show their name only." );
    else if ( anyRank )
      report.mapNote = tr( "%1 areas are too many to label: only the %2 most urgent are labelled, with their "
                           "rank and name." )
                           .arg( QLocale().toString( static_cast<long long>( n ) ) )
                           .arg( MaxRankLabels );
    else
      report.mapNote = tr( "%1 areas are too many to label by name, and none has an urgency rank." )
                           .arg( QLocale().toString( static_cast<long long>( n ) ) );
  }
  catch ( const std::exception &e )
  {
    fail( QString::fromUtf8( e.what() ) );
  }
  catch ( const QgsException &e )
  {
    fail( e.what() );
  }
}
