package care.tandem.command.api;

import care.tandem.command.plan.InvalidCommandException;
import care.tandem.command.plan.PlanRuleViolation;
import care.tandem.command.plan.UnknownGoalException;
import care.tandem.command.plan.UnknownSessionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every refusal as {@code application/problem+json} with a stable {@code type} per rule, so clients can
 * branch on it. Details name fields, rules and ids, never a person's name or clinical free text.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    static final String TYPE_BASE = "https://tandem.care/problems/";

    @ExceptionHandler(InvalidCommandException.class)
    ProblemDetail invalidCommand(InvalidCommandException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-field", "Invalid field", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(PlanRuleViolation.class)
    ProblemDetail ruleViolated(PlanRuleViolation e) {
        return ruleProblem(e.rule(), "Treatment plan rule violated", e.getMessage());
    }

    @ExceptionHandler(UnknownSessionException.class)
    ProblemDetail unknownSession(UnknownSessionException e) {
        return problem(HttpStatus.NOT_FOUND, "session-not-found", "Joint session not found", e.getMessage());
    }

    @ExceptionHandler(UnknownGoalException.class)
    ProblemDetail unknownGoal(UnknownGoalException e) {
        return problem(HttpStatus.NOT_FOUND, "goal-not-found", "Recovery goal not found", e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownPlan(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "plan-not-found", "Treatment plan not found",
                "No treatment plan " + e.getAggregateIdentifier());
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail planExists(AggregateStreamCreationException e) {
        return ruleProblem("plan-already-exists", "Treatment plan already exists",
                "A treatment plan with this planId already exists");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        return ruleProblem("concurrent-modification", "Concurrent change",
                "The treatment plan changed while this command ran; retry it");
    }

    /** If-Match named a version the plan is no longer (or not) at; checked before the command ran. */
    @ExceptionHandler(StalePlanVersionException.class)
    ProblemDetail stalePlanVersion(StalePlanVersionException e) {
        return stale(e.getMessage(), e.expectedVersion(), e.currentVersion());
    }

    /** The same, found by Axon inside the command's unit of work (see ExpectedVersionCommandTargetResolver). */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail conflictingVersion(ConflictingAggregateVersionException e) {
        return stale("The treatment plan is at version " + e.getActualVersion() + ", not " + e.getExpectedVersion()
                + ": reload it and decide again", e.getExpectedVersion(), e.getActualVersion());
    }

    private static ProblemDetail stale(String detail, long expectedVersion, Long currentVersion) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "stale-plan-version",
                "Stale treatment plan version", detail);
        problem.setProperty("expectedVersion", expectedVersion);
        if (currentVersion != null) {
            problem.setProperty("currentVersion", currentVersion);
        }
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                "Idempotency key reused", e.getMessage());
        problem.setProperty("field", IdempotencyFilter.HEADER);
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyInFlightException.class)
    ProblemDetail idempotencyKeyInFlight(IdempotencyKeyInFlightException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "idempotency-key-in-flight",
                "Idempotency key in flight", e.getMessage());
        problem.setProperty("field", IdempotencyFilter.HEADER);
        return problem;
    }

    /**
     * Anything unforeseen: a 500 with an incident id. Only exception class names are logged, because
     * messages of storage and serialization failures can quote event payloads, which hold PHI.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        StringBuilder causes = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            causes.append(causes.isEmpty() ? "" : " <- ").append(cause.getClass().getName());
        }
        log.error("Unexpected failure, incident {}: {}", incident, causes);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The command was not applied; report incident " + incident);
        problem.setProperty("incident", incident);
        return problem;
    }

    /** Unreadable JSON, a wrong type or an unknown enum value: name the field the client got wrong. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem;
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[]")
                    .collect(Collectors.joining(".")).replace(".[]", "[]");
            problem = problem(HttpStatus.BAD_REQUEST, "invalid-field", "Invalid field",
                    field + ": has the wrong type or an unknown value");
            problem.setProperty("field", field);
        } else {
            problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                    "The request body is missing or is not valid JSON");
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A 409 for a named rule: the rule is both the problem type and a property clients can branch on. */
    private static ProblemDetail ruleProblem(String rule, String title, String detail) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, rule, title, detail);
        problem.setProperty("rule", rule);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
