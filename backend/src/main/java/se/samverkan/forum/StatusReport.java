package se.samverkan.forum;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;

/** A quarterly status report (lägesrapport) of a forum, compiled by the coordinator from the invited parties' contributions. */
@Entity
public class StatusReport extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Forum forum;

    public int year;

    public int quarter;

    public String title;

    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public StatusReportStatus status;

    @ElementCollection
    @CollectionTable(name = "status_report_theme", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    public List<String> themes = new ArrayList<>();

    public String compiledText;

    public Instant compiledAt;

    public String compiledBy;

    public Instant publishedAt;

    public String publishedBy;

    /** The status-report point on the agenda of the meeting the report is published for. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    public AgendaItem agendaItem;

    @OneToMany(mappedBy = "report")
    @OrderBy("createdAt")
    public List<ReportInvitation> invitations = new ArrayList<>();
}
