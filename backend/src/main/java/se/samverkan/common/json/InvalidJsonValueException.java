package se.samverkan.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import se.samverkan.common.problem.Text;

/** A JSON value of the right shape that breaks an input rule; Jackson adds the path, ProblemMappers names the field. */
public class InvalidJsonValueException extends MismatchedInputException {

    private final Text fieldMessage;

    public InvalidJsonValueException(JsonParser parser, Class<?> targetType, Text fieldMessage) {
        super(parser, fieldMessage.key(), targetType);
        this.fieldMessage = fieldMessage;
    }

    public Text fieldMessage() {
        return fieldMessage;
    }
}
