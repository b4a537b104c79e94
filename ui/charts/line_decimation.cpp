#include "ui/charts/line_decimation.h"

#include <algorithm>
#include <cmath>

namespace helios::ui {

QList<QPointF> decimateLine(const QList<QPointF> &points, int buckets)
{
    buckets = std::max(1, buckets);
    const qsizetype limit = 2 * qsizetype(buckets) + 2;
    if (points.size() <= limit)
        return points;
    const qsizetype last = points.size() - 1;
    const double x0 = points.constFirst().x();
    const double span = points.constLast().x() - x0;
    if (!(span > 0)) // all on one x: a vertical line from the lowest to the highest point
        return {points.constFirst(),
                *std::min_element(points.cbegin(), points.cend(),
                                  [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); }),
                *std::max_element(points.cbegin(), points.cend(),
                                  [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); }),
                points.constLast()};

    QList<QPointF> kept;
    kept.reserve(limit);
    kept.append(points.constFirst());
    auto bucketOf = [&](const QPointF &p) {
        return std::min(buckets - 1, static_cast<int>(std::floor((p.x() - x0) / span * buckets)));
    };
    qsizetype i = 1;
    while (i < last) {
        const int bucket = bucketOf(points.at(i));
        qsizetype lowest = i;
        qsizetype highest = i;
        for (++i; i < last && bucketOf(points.at(i)) == bucket; ++i) {
            if (points.at(i).y() < points.at(lowest).y())
                lowest = i;
            if (points.at(i).y() > points.at(highest).y())
                highest = i;
        }
        kept.append(points.at(std::min(lowest, highest)));
        if (lowest != highest)
            kept.append(points.at(std::max(lowest, highest)));
    }
    kept.append(points.constLast());
    return kept;
}

} // namespace helios::ui
