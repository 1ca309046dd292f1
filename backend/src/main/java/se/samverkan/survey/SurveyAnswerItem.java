package se.samverkan.survey;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.UUID;

/** The answer to one question: which fields are set follows the question's kind. */
@Embeddable
public class SurveyAnswerItem {

    public UUID questionId;

    @Enumerated(EnumType.STRING)
    public Rating agreement;

    public String comment;

    /** Marked by the answering organisation: the comment may be shown with the published picture. */
    public boolean commentPublishable;

    public String textValue;

    /** The number; for a question split by gender, the total. */
    public BigDecimal numberValue;

    public BigDecimal women;

    public BigDecimal men;

    public String[] options;
}
