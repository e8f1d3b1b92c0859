// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/JournalQuery.h"

#include <QChartView>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace scimdesk {

// The Provisioning Log's activity chart: requests and errors per bucket (minute, hour or day) over time, drawn
// in the colours of the widget's palette, light or dark.
class ActivityChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityChart)

public:
    explicit ActivityChart(QWidget *parent = nullptr);
    ~ActivityChart() override;

    void setActivity(const LogActivity &activity);
    qsizetype pointCount() const;
    qint64 totalRequests() const { return m_requests; }
    qint64 totalErrors() const { return m_errors; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLineSeries *m_requestSeries; // the upper edges of the two areas
    QLineSeries *m_errorSeries;
    QAreaSeries *m_requestArea;
    QAreaSeries *m_errorArea;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_countAxis;
    qint64 m_requests = 0;
    qint64 m_errors = 0;
};

} // namespace scimdesk
