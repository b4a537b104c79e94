#pragma once

#include <QList>
#include <QPointF>

namespace helios::ui {

// Thins a line for drawing at `buckets` pixels wide: the x range is cut into that many equal
// buckets and each keeps only its lowest and highest point (in x order), plus the line's first
// and last points. A line drawn from the result covers the same pixels as the whole line, every
// extreme value is still a point of it, and it has at most 2 * buckets + 2 points. Points must
// be ordered by x (equal x allowed, as in step lines); a line of no more than 2 * buckets + 2
// points is returned unchanged.
QList<QPointF> decimateLine(const QList<QPointF> &points, int buckets);

} // namespace helios::ui
