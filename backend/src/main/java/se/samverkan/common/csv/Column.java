package se.samverkan.common.csv;

import java.util.List;

/**
 * A column of an export, named twice: {@code name} for machines (the RFC 4180 variant, stable because programs read
 * it) and {@code swedish} for people (the Swedish-Excel variant and XLSX). A column without a Swedish name holds only
 * what machines need, such as a code whose Swedish label is the next column, and is left out where people read.
 */
public record Column(String name, String swedish) {

    public static Column of(String name, String swedish) {
        return new Column(name, swedish);
    }

    /** A column only the machine variant has. */
    public static Column machineOnly(String name) {
        return new Column(name, null);
    }

    boolean shownTo(boolean people) {
        return !people || swedish != null;
    }

    String header(boolean people) {
        return people ? swedish : name;
    }

    /** The header row for machines ({@code people} false) or for people. */
    public static List<String> header(List<Column> columns, boolean people) {
        return columns.stream()
                .filter(c -> c.shownTo(people))
                .map(c -> c.header(people))
                .toList();
    }

    /** The machine names, as a machine header of this export is written. */
    public static List<String> names(List<Column> columns) {
        return header(columns, false);
    }
}
