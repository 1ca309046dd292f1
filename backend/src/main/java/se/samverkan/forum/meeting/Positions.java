package se.samverkan.forum.meeting;

import java.util.List;
import se.samverkan.forum.AgendaPoint;

/** The numbering of points in an order (a meeting's agenda, a forum's standing points): 1..n, without gaps. */
final class Positions {

    private Positions() {}

    /**
     * Puts the point at a 1-based position (the end when null; none to only renumber) and numbers the points 1..n,
     * touching only those whose number changes.
     */
    static <T extends AgendaPoint> void place(List<T> order, T point, Integer position) {
        if (point != null) {
            order.remove(point);
            int index = position == null ? order.size() : Math.min(position, order.size() + 1) - 1;
            order.add(index, point);
        }
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).position != i + 1) {
                order.get(i).position = i + 1;
            }
        }
    }
}
