package se.samverkan.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One question of a theme. {@code key} is its identity across years: a copied survey keeps it. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Survey survey;

    @ManyToOne(fetch = FetchType.LAZY)
    public SurveyTheme theme;

    public int position;

    @Column(name = "question_key")
    public UUID key;

    @Enumerated(EnumType.STRING)
    public QuestionKind kind;

    public String text;

    public String help;

    public boolean required;

    @Enumerated(EnumType.STRING)
    public CommentMode commentMode = CommentMode.NONE;

    public String unit;

    public BigDecimal minValue;

    public BigDecimal maxValue;

    public boolean genderSplit;

    public String[] options;
}
