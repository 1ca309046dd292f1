package se.samverkan.forum.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.forum.AgendaPoint;

/** The one numbering of agenda and standing points: 1..n, a moved point in its place, no gaps. */
class PositionsTest {

    private static final class Point extends AgendaPoint {
        Point(String title, int position) {
            this.title = title;
            this.position = position;
        }
    }

    private static List<String> place(List<Point> order, Point point, Integer position) {
        Positions.place(order, point, position);
        return order.stream().map(p -> p.title + p.position).toList();
    }

    @Test
    void aNewPointGoesToTheEndUnlessPlaced() {
        List<Point> order = new ArrayList<>(List.of(new Point("a", 1), new Point("b", 2)));
        assertEquals(List.of("a1", "b2", "c3"), place(order, new Point("c", 0), null));
        assertEquals(List.of("d1", "a2", "b3", "c4"), place(order, new Point("d", 0), 1));
    }

    @Test
    void aMovedPointTakesItsPlaceAndAPositionPastTheEndIsTheEnd() {
        Point a = new Point("a", 1);
        Point c = new Point("c", 3);
        List<Point> order = new ArrayList<>(List.of(a, new Point("b", 2), c));
        assertEquals(List.of("b1", "c2", "a3"), place(order, a, 99));
        assertEquals(List.of("c1", "b2", "a3"), place(order, c, 1));
    }

    @Test
    void removingRenumbersWithoutGaps() {
        List<Point> order = new ArrayList<>(List.of(new Point("a", 1), new Point("c", 3)));
        assertEquals(List.of("a1", "c2"), place(order, null, null));
    }
}
