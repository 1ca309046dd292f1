package se.samverkan.forum.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one numbering of agenda and standing points: 1..n, moved items in place, only changed numbers touched. */
class PositionsTest {

    private static final class Point {
        final String name;
        int position;
        int renumbered;

        Point(String name, int position) {
            this.name = name;
            this.position = position;
        }
    }

    private static List<String> place(List<Point> order, Point item, Integer position) {
        Positions.place(order, item, position, p -> p.position, (p, number) -> {
            p.position = number;
            p.renumbered++;
        });
        return order.stream().map(p -> p.name + p.position).toList();
    }

    @Test
    void aNewPointGoesToTheEndUnlessPlaced() {
        Point a = new Point("a", 1);
        Point b = new Point("b", 2);
        List<Point> order = new ArrayList<>(List.of(a, b));
        assertEquals(List.of("a1", "b2", "c3"), place(order, new Point("c", 0), null));
        assertEquals(0, a.renumbered + b.renumbered);
        assertEquals(List.of("d1", "a2", "b3", "c4"), place(order, new Point("d", 0), 1));
    }

    @Test
    void aMovedPointTakesItsPlaceAndAPositionPastTheEndIsTheEnd() {
        Point a = new Point("a", 1);
        Point b = new Point("b", 2);
        Point c = new Point("c", 3);
        List<Point> order = new ArrayList<>(List.of(a, b, c));
        assertEquals(List.of("b1", "c2", "a3"), place(order, a, 99));
        assertEquals(List.of("c1", "b2", "a3"), place(order, c, 1));
    }

    @Test
    void removingRenumbersWithoutGaps() {
        Point a = new Point("a", 1);
        Point c = new Point("c", 3);
        List<Point> order = new ArrayList<>(List.of(a, c));
        assertEquals(List.of("a1", "c2"), place(order, null, null));
        assertEquals(0, a.renumbered);
        assertEquals(1, c.renumbered);
    }
}
