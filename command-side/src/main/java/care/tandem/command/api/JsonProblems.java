package care.tandem.command.api;

import care.tandem.edge.Problems;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What was wrong with a body that could not be read as the command's request, as a problem naming the JSON path
 * the client sent and the rule, never the value (it may be a person's name or clinical free text).
 */
final class JsonProblems {

    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate field '([^']*)'");

    private JsonProblems() {
    }

    static ProblemDetail of(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problems.invalidField(path(mapping), rule(mapping));
        }
        if (cause instanceof StreamReadException parse && parse.getProcessor() != null) {
            JsonParser parser = parse.getProcessor();
            Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(parse.getOriginalMessage()));
            if (duplicate.find()) {
                // The parser stands on the key's second occurrence, so its path already ends with the key.
                String field = path(parser.getParsingContext().pathAsPointer());
                return Problems.invalidField(field, "is given twice; each key may appear once");
            }
        }
        String detail = cause instanceof JsonMappingException
                ? "The request body must be one JSON object" : "The request body is missing or is not valid JSON";
        return Problems.problem(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST, "Malformed request", detail);
    }

    /** {@code members[1].role} from Jackson's path of references. */
    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** {@code members[1]} from the JSON pointer {@code /members/1} of the object being parsed. */
    private static String path(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer step = pointer; step != null && !step.matches(); step = step.tail()) {
            if (step.mayMatchElement()) {
                path.append('[').append(step.getMatchingIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(step.getMatchingProperty());
            }
        }
        return path.toString();
    }

    private static String rule(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return "must be one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
            }
            if (mapping instanceof InvalidFormatException || target == Instant.class || target == LocalDate.class) {
                return "must be " + expected(target);
            }
            return "has the wrong type: it must be " + expected(target);
        }
        return "has the wrong type or an unknown value";
    }

    private static String expected(Class<?> target) {
        if (target == String.class) {
            return "a string";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == Instant.class) {
            return "an ISO-8601 instant as a string, such as \"2026-12-03T16:00:00Z\"";
        }
        if (target == LocalDate.class) {
            return "an ISO-8601 date as a string, such as \"2027-01-15\"";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
