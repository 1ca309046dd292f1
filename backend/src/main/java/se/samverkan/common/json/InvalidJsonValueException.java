package se.samverkan.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value of the right shape that breaks an input rule; Jackson adds the path, ProblemMappers names the field. */
public class InvalidJsonValueException extends MismatchedInputException {

    private final String fieldMessage;

    public InvalidJsonValueException(JsonParser parser, Class<?> targetType, String fieldMessage) {
        super(parser, fieldMessage, targetType);
        this.fieldMessage = fieldMessage;
    }

    public String fieldMessage() {
        return fieldMessage;
    }
}
