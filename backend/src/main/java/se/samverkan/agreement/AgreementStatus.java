package se.samverkan.agreement;

import java.util.Set;

/** DRAFT → CONSULTATION (förankring) → ADOPTED → EXPIRED after its period, or SUPERSEDED by an adopted revision. */
public enum AgreementStatus {
    DRAFT, CONSULTATION, ADOPTED, EXPIRED, SUPERSEDED;

    /** Adopted, expired and superseded agreements are public documents (offentlighetsprincipen). */
    public static final Set<AgreementStatus> PUBLIC = Set.of(ADOPTED, EXPIRED, SUPERSEDED);

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }

    /** Content is edited while the agreement is being drafted or consulted on; adopted text is changed by a revision. */
    public boolean isEditable() {
        return this == DRAFT || this == CONSULTATION;
    }
}
