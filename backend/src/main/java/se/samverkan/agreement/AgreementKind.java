package se.samverkan.agreement;

public enum AgreementKind {
    /** RÖK: regional överenskommelse, county-wide. */
    REGIONAL,
    /** LÖK: lokal överenskommelse for one municipality, under a RÖK. */
    LOCAL,
    /** RUS: regional utvecklingsstrategi. */
    STRATEGY,
    /** Samverkansdokument: yearly plan of structure and focus. */
    COOPERATION_PLAN
}
