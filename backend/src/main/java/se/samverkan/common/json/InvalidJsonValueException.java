package se.samverkan.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value of the right shape that breaks an input rule; Jackson adds the path, ProblemMappers names the field. */
public class InvalidJsonValueException extends MismatchedInputException {

    private final String fieldMessageKey;

    public InvalidJsonValueException(JsonParser parser, Class<?> targetType, String fieldMessageKey) {
        super(parser, fieldMessageKey, targetType);
        this.fieldMessageKey = fieldMessageKey;
    }

    /** The problem-text key of the field message, e.g. {@link InputRules#DATE_MESSAGE}. */
    public String fieldMessageKey() {
        return fieldMessageKey;
    }
}
