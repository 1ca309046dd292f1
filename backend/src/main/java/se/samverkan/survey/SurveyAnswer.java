package se.samverkan.survey;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.samverkan.common.persistence.AuditedEntity;
import se.samverkan.common.provenance.Provenance;
import se.samverkan.organisation.Organisation;

/**
 * One organisation's answer to a survey (one per organisation and survey), given by its members. Its stored versions
 * start at 1: version 0 is the answer not yet started (the ETag of that read), so an If-Match sent after reading that
 * nobody had started can never match an answer another member started meanwhile.
 */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer extends AuditedEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Survey survey;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organisation organisation;

    @Enumerated(EnumType.STRING)
    public AnswerStatus status;

    public Instant submittedAt;

    public String submittedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "survey_answer_item", joinColumns = @JoinColumn(name = "answer_id"))
    public List<SurveyAnswerItem> items = new ArrayList<>();

    @Embedded
    public Provenance provenance;

    /** Called before the version is seeded, so the first stored version is 1 (see the class comment). */
    @PrePersist
    void startAtVersionOne() {
        if (version == 0) {
            version = 1;
        }
    }
}
