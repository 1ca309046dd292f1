package se.samverkan.common.http;

/** Bounds of every paged list, so that an offset always fits in the database's and Panache's arithmetic. */
public final class Paging {

    /** With at most 100 per page this reaches a million rows; the offset stays far below Integer.MAX_VALUE. */
    public static final int MAX_PAGE = 10000;

    public static final int MAX_SIZE = 100;

    private Paging() {}

    /** The first row of a page, computed in long. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }
}
