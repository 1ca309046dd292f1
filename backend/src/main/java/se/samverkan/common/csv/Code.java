package se.samverkan.common.csv;

/**
 * A code written in an export (a status, a gender, a kind): exports hand the value itself to {@link CsvTable} or
 * {@link Workbooks}, which write {@link #code()} for machines and {@link #swedish()} for people. Implemented by the
 * enums, so each label lives next to its code.
 */
public interface Code {

    /** The code as machines read it: the enum constant's name. */
    default String code() {
        return ((Enum<?>) this).name();
    }

    /** The code as a Swedish reader reads it. */
    String swedish();

    /** The value a person reads: a code's Swedish label, anything else unchanged. */
    static Object forPeople(Object value) {
        return value instanceof Code code ? code.swedish() : value;
    }
}
