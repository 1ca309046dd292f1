package se.samverkan.common.csv;

/** CSV as the API serves and takes it: {@link CsvTable} writes, {@link CsvReader} reads, in a {@link CsvDialect}. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    /** The Content-Type of every CSV response. */
    public static final String CONTENT_TYPE = MEDIA_TYPE + "; charset=UTF-8";

    private Csv() {}
}
