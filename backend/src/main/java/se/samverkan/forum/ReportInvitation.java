package se.samverkan.forum;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.organisation.Organisation;

/**
 * An organisation invited to a status report, and its contribution (inrapportering): a draft only the organisation sees,
 * then submitted.
 */
@Entity
@Table(name = "status_report_invitation")
public class ReportInvitation extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public StatusReport report;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation organisation;

    public Instant submittedAt;

    public String submittedBy;

    /** When the organisation last saved its contribution as a draft; kept after submission as the draft's trace. */
    public Instant draftSavedAt;

    public String draftSavedBy;

    @ElementCollection
    @CollectionTable(name = "status_report_contribution_entry", joinColumns = @JoinColumn(name = "invitation_id"))
    @OrderColumn(name = "position")
    public List<ContributionEntry> entries = new ArrayList<>();

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** Saved as a draft and not submitted: its entries are the organisation's own until submitted. */
    public boolean isDraft() {
        return submittedAt == null && draftSavedAt != null;
    }
}
