package se.samverkan.funding;

/** The kinds of money the seeds name. */
public enum ProgrammeKind {
    /** § 37 förordningen (2010:1122) om statlig ersättning för insatser för vissa utlänningar. */
    PARAGRAPH_37,
    /** § 37 a, the same ordinance. */
    PARAGRAPH_37A,
    /** Tidiga insatser för asylsökande. */
    TIA,
    /** Europeiska socialfonden+. */
    ESF_PLUS,
    /** Asyl-, migrations- och integrationsfonden. */
    AMIF,
    OTHER
}
