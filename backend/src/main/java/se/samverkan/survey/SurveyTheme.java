package se.samverkan.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A theme of a survey (boende, skola och utbildning …) with its questions and the coordinator's summary. */
@Entity
@Table(name = "survey_theme")
public class SurveyTheme {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Survey survey;

    public int position;

    public String title;

    /** "Läget": what the coordinator reads from the answers; published with the aggregates. */
    public String summary;

    @OneToMany(mappedBy = "theme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SurveyQuestion> questions = new ArrayList<>();
}
