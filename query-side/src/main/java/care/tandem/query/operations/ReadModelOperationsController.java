package care.tandem.query.operations;

import care.tandem.events.id.PlanId;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/**
 * For operators, not clinicians: where each read model stands on the feed, and rebuilding them from the first event.
 * A rebuild answers 202 at once with a {@code Location} to follow until its state is COMPLETED.
 */
@RestController
@RequestMapping(ReadModelOperationsController.READ_MODELS_PATH)
class ReadModelOperationsController {

    static final String READ_MODELS_PATH = "/api/operations/read-models";

    private final ReadModelRebuilds rebuilds;
    private final DeadLetters deadLetters;
    private final ReadModelHealth health;

    ReadModelOperationsController(ReadModelRebuilds rebuilds, DeadLetters deadLetters, ReadModelHealth health) {
        this.rebuilds = rebuilds;
        this.deadLetters = deadLetters;
        this.health = health;
    }

    @Operation(summary = "Operators: each read model's position in the feed, and its latest rebuild")
    @GetMapping
    List<ReadModelStatus> readModels() {
        return judged(rebuilds.statuses());
    }

    @Operation(summary = "Operators: one read model's status")
    @GetMapping("/{readModel}")
    ReadModelStatus readModel(@PathVariable String readModel) {
        return judged(rebuilds.status(readModel));
    }

    @Operation(summary = "Operators: rebuild a read model from the first event while the API keeps answering")
    @PostMapping("/{readModel}/rebuild")
    ResponseEntity<ReadModelStatus> rebuild(@PathVariable String readModel) {
        ReadModelStatus started = judged(rebuilds.rebuild(readModel));
        return ResponseEntity.accepted()
                .location(UriComponentsBuilder.fromPath(READ_MODELS_PATH + "/{readModel}")
                                  .buildAndExpand(started.name()).toUri())
                .body(started);
    }

    /** Rebuilds every read model not being rebuilt already, and answers with those it started. */
    @Operation(summary = "Operators: rebuild every read model")
    @PostMapping("/rebuild")
    ResponseEntity<List<ReadModelStatus>> rebuildAll() {
        List<ReadModelStatus> started = judged(rebuilds.rebuildAll());
        return ResponseEntity.accepted()
                .location(UriComponentsBuilder.fromPath(READ_MODELS_PATH).build().toUri())
                .body(started);
    }

    private ReadModelStatus judged(ReadModelStatus status) {
        return status.judged(health.verdict(status.name()));
    }

    private List<ReadModelStatus> judged(List<ReadModelStatus> statuses) {
        return statuses.stream().map(this::judged).toList();
    }

    @Operation(summary = "Operators: the events a read model could not apply, parked per plan with the plan's "
            + "later events")
    @GetMapping("/{readModel}/dead-letters")
    ParkedEvents parked(@PathVariable String readModel) {
        return deadLetters.parked(readModel);
    }

    @Operation(summary = "Operators: apply every parked plan's events again; a plan that fails again stays parked")
    @PostMapping("/{readModel}/dead-letters/retry")
    DeadLetterOutcome retryAll(@PathVariable String readModel) {
        return deadLetters.retryAll(readModel);
    }

    @Operation(summary = "Operators: apply one plan's parked events again (after a fix)")
    @PostMapping("/{readModel}/dead-letters/{planId}/retry")
    DeadLetterOutcome retry(@PathVariable String readModel, @PathVariable PlanId planId) {
        return deadLetters.retry(readModel, planId.value());
    }

    @Operation(summary = "Operators: drop one plan's parked events for good; a rebuild later restores what they held")
    @PostMapping("/{readModel}/dead-letters/{planId}/evict")
    DeadLetterOutcome evict(@PathVariable String readModel, @PathVariable PlanId planId) {
        return deadLetters.evict(readModel, planId.value());
    }
}
