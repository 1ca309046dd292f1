package se.samverkan.followup;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.agreement.Agreement;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;

/** The yearly follow-up of one agreement: the parties' assessments, the coordinator's summary and the approval. */
@Entity
public class FollowUpRound extends AuditedEntity {

    /** Deadlines are Swedish calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Agreement agreement;

    public int year;

    /** Null only for rounds recorded from published documents that do not state one. */
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    public RoundStatus status;

    /** The coordinator's summary, written when compiling. */
    public String summary;

    public Instant compiledAt;

    public String compiledBy;

    /** The forum that approved the report (e.g. Integrationsrådet). */
    public String approvedBy;

    public LocalDate approvedOn;

    /** The meeting decision that approved it, when approved through one (the forum feature owns decisions). */
    public UUID approvalDecisionId;

    @OneToMany(mappedBy = "round")
    public List<Assessment> assessments = new ArrayList<>();

    /** Deadline passed and not handed in (submitted or accepted). */
    public boolean isOverdue(Assessment assessment, LocalDate today) {
        return isOverdue(deadline, assessment.state, today);
    }

    /** The same from a round's deadline and a task's state (the board reads them as rows). */
    static boolean isOverdue(LocalDate deadline, AssessmentState state, LocalDate today) {
        return deadline != null && today.isAfter(deadline) && !AssessmentState.HANDED_IN.contains(state);
    }

    /** Where the values come from (demo data); null for records entered in the system. */
    @Embedded
    public Provenance provenance;
}
