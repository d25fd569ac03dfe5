package care.tandem.command.api;

import care.tandem.command.consent.UnknownConsentException;
import care.tandem.command.delivery.IdempotencyKeyInFlightException;
import care.tandem.command.delivery.IdempotencyKeyReusedException;
import care.tandem.command.delivery.StalePlanVersionException;
import care.tandem.command.plan.InvalidCommandException;
import care.tandem.command.plan.NotOnCareTeamException;
import care.tandem.command.plan.PlanRuleViolation;
import care.tandem.command.plan.UnknownGoalException;
import care.tandem.command.plan.UnknownSessionException;
import care.tandem.edge.Problems;
import care.tandem.edge.TandemProblemHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import java.util.Comparator;

/**
 * Every refusal as {@code application/problem+json} with a stable {@code type} per rule, so clients can
 * branch on it. Details name fields, rules and ids, never a person's name or clinical free text.
 */
@RestControllerAdvice
class ProblemResponses extends TandemProblemHandler {

    @ExceptionHandler(InvalidCommandException.class)
    ProblemDetail invalidCommand(InvalidCommandException e) {
        return Problems.invalidField(e.field(), e.rule());
    }

    @ExceptionHandler(PlanRuleViolation.class)
    ProblemDetail ruleViolated(PlanRuleViolation e) {
        return ruleProblem(e.rule(), e.title(), e.getMessage());
    }

    @ExceptionHandler(NotOnCareTeamException.class)
    ProblemDetail notOnCareTeam(NotOnCareTeamException e) {
        return problem(HttpStatus.FORBIDDEN, "not-on-care-team", "Not on the care team", e.getMessage());
    }

    @ExceptionHandler(UnknownSessionException.class)
    ProblemDetail unknownSession(UnknownSessionException e) {
        return problem(HttpStatus.NOT_FOUND, "session-not-found", "Joint session not found", e.getMessage());
    }

    @ExceptionHandler(UnknownConsentException.class)
    ProblemDetail unknownConsent(UnknownConsentException e) {
        return problem(HttpStatus.NOT_FOUND, "consent-not-found", "Consent not found", e.getMessage());
    }

    @ExceptionHandler(UnknownGoalException.class)
    ProblemDetail unknownGoal(UnknownGoalException e) {
        return problem(HttpStatus.NOT_FOUND, "goal-not-found", "Recovery goal not found", e.getMessage());
    }

    @ExceptionHandler(UnknownPersonException.class)
    ProblemDetail unknownPerson(UnknownPersonException e) {
        return problem(HttpStatus.NOT_FOUND, "person-not-found", "Person not found", e.getMessage());
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

    @Override
    protected String unexpectedDetail(String incident) {
        return "The command was not applied; report incident " + incident;
    }

    /** A field over its bounds (length, size, range, date window): the first one, by its JSON path. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        FieldError error = e.getBindingResult().getFieldErrors().stream()
                .min(Comparator.comparing(FieldError::getField)).orElse(null);
        ProblemDetail problem = error == null
                ? Problems.problem(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST, "Malformed request",
                        "The request body breaks a rule")
                : Problems.invalidField(error.getField(), String.valueOf(error.getDefaultMessage()));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * Unreadable JSON, a value of the wrong type, an unknown enum value or field, a key given twice: name the
     * field the client got wrong, by the path it sent ({@code members[1].role}).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return handleExceptionInternal(e, JsonProblems.of(e), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A 409 for a named rule: the rule is both the problem type and a property clients can branch on. */
    private static ProblemDetail ruleProblem(String rule, String title, String detail) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, rule, title, detail);
        problem.setProperty("rule", rule);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        return Problems.problem(status, type, title, detail);
    }
}
