// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityChart.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

#include <utility>

namespace scimdesk {

ActivityChart::ActivityChart(QWidget *parent)
    : QChartView(parent), m_requestSeries(new QLineSeries), m_errorSeries(new QLineSeries),
      m_requestArea(new QAreaSeries(m_requestSeries)), m_errorArea(new QAreaSeries(m_errorSeries)),
      m_timeAxis(new QDateTimeAxis), m_countAxis(new QValueAxis)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignTop);
    // Areas under the counts: per-bucket counts that jump between neighbours read better filled than as lines.
    m_requestArea->setName(tr("Requests"));
    m_errorArea->setName(tr("Errors"));
    chart->addSeries(m_requestArea);
    chart->addSeries(m_errorArea);
    m_timeAxis->setTickCount(5);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setMin(0);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    for (QAreaSeries *s : {m_requestArea, m_errorArea}) {
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_countAxis);
    }
    setChart(chart); // the view owns the chart, the chart its series and axes
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(140);
    applyPalette();
    setActivity({});
}

ActivityChart::~ActivityChart() = default;

qsizetype ActivityChart::pointCount() const
{
    return m_requestSeries->count();
}

void ActivityChart::setActivity(const LogActivity &activity)
{
    QList<QPointF> requests, errors;
    requests.reserve(activity.buckets.size());
    errors.reserve(activity.buckets.size());
    qint64 peak = 0;
    m_requests = m_errors = 0;
    for (const LogActivity::Bucket &b : activity.buckets) {
        requests.append(QPointF(double(b.startMs), double(b.requests)));
        errors.append(QPointF(double(b.startMs), double(b.errors)));
        peak = qMax(peak, b.requests);
        m_requests += b.requests;
        m_errors += b.errors;
    }
    m_requestSeries->replace(requests);
    m_errorSeries->replace(errors);
    // One bucket draws no area: show the points while there are few.
    const bool points = activity.buckets.size() <= 60;
    m_requestArea->setPointsVisible(points);
    m_errorArea->setPointsVisible(points);
    // The bucket goes in the title: an axis title has no room in a short chart.
    const bool empty = activity.buckets.isEmpty();
    chart()->setTitle(empty                                 ? tr("No requests in this range")
                      : activity.bucketMs >= 24 * 3'600'000 ? tr("Requests and errors per day")
                      : activity.bucketMs >= 3'600'000      ? tr("Requests and errors per hour")
                                                            : tr("Requests and errors per minute"));
    // With nothing to draw, an empty area still leaves a stroke at the axis: hide the series.
    m_requestArea->setVisible(!empty);
    m_errorArea->setVisible(!empty);
    m_timeAxis->setFormat(activity.bucketMs >= 24 * 3'600'000 ? QStringLiteral("yyyy-MM-dd")
                          : activity.bucketMs >= 3'600'000    ? QStringLiteral("MM-dd HH:mm")
                                                              : QStringLiteral("HH:mm"));
    if (activity.buckets.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTime();
        m_timeAxis->setRange(now.addSecs(-3600), now);
    } else {
        const qint64 first = activity.buckets.constFirst().startMs;
        const qint64 last = activity.buckets.constLast().startMs + activity.bucketMs;
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    }
    m_countAxis->setRange(0, double(qMax<qint64>(peak + peak / 10, 4)));
    m_countAxis->applyNiceNumbers();
    setAccessibleDescription(tr("%L1 requests, %L2 errors").arg(m_requests).arg(m_errors));
}

void ActivityChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ActivityChart::applyPalette()
{
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Base).lightness() < 128;
    chart()->setBackgroundBrush(p.brush(QPalette::Base));
    chart()->setBackgroundPen(Qt::NoPen);
    chart()->legend()->setLabelColor(p.color(QPalette::Text));
    chart()->setTitleBrush(p.brush(QPalette::Text));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_countAxis)}) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setGridLineColor(p.color(QPalette::Mid));
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
    const QColor requests = p.color(QPalette::Highlight);
    const QColor errors(dark ? QStringLiteral("#ff8a80") : QStringLiteral("#c62828"));
    for (const auto &[area, colour] : {std::pair{m_requestArea, requests}, std::pair{m_errorArea, errors}}) {
        area->setPen(QPen(colour, 1.5));
        QColor fill = colour;
        fill.setAlpha(dark ? 110 : 80);
        area->setBrush(fill);
    }
}

} // namespace scimdesk
