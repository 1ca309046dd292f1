package se.samverkan.forum.meeting;

import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

/** The numbering of points in an order (a meeting's agenda, a forum's standing points): 1..n, without gaps. */
final class Positions {

    private Positions() {}

    /**
     * Puts the item at a 1-based position (the end when null; none to only renumber) and numbers the points 1..n,
     * touching only those whose number changes.
     */
    static <T> void place(
            List<T> order, T item, Integer position, ToIntFunction<T> numberOf, ObjIntConsumer<T> renumber) {
        if (item != null) {
            order.remove(item);
            int index = position == null ? order.size() : Math.min(position, order.size() + 1) - 1;
            order.add(index, item);
        }
        for (int i = 0; i < order.size(); i++) {
            if (numberOf.applyAsInt(order.get(i)) != i + 1) {
                renumber.accept(order.get(i), i + 1);
            }
        }
    }
}
