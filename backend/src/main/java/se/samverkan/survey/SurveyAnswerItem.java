package se.samverkan.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.UUID;

/** The answer to one question: which fields are set follows the question's kind. */
@Embeddable
public class SurveyAnswerItem {

    @Column(name = "question_id")
    public UUID questionId;

    @Enumerated(EnumType.STRING)
    public Rating agreement;

    public String comment;

    /** Marked by the answering organisation: the comment may be shown with the published picture. */
    @Column(name = "comment_publishable")
    public boolean commentPublishable;

    @Column(name = "text_value")
    public String textValue;

    /** The number; for a question split by gender, the total. */
    @Column(name = "number_value")
    public BigDecimal numberValue;

    public BigDecimal women;

    public BigDecimal men;

    public String[] options;
}
