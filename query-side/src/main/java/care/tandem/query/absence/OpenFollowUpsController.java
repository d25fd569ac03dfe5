package care.tandem.query.absence;

import care.tandem.query.access.VisiblePlans;
import care.tandem.query.api.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.function.Predicate;

@RestController
class OpenFollowUpsController {

    private final OpenFollowUps openFollowUps;
    private final VisiblePlans visiblePlans;

    OpenFollowUpsController(OpenFollowUps openFollowUps, VisiblePlans visiblePlans) {
        this.openFollowUps = openFollowUps;
        this.visiblePlans = visiblePlans;
    }

    /** What a program lead follows up across plans; each plan's summary has the sessions and reasons. */
    @Operation(summary = "Across the program, the partners with open absence follow-ups or active participation "
            + "concerns")
    @GetMapping("/api/absent-partner-follow-ups")
    OpenFollowUpsResponse openFollowUps(PageRequest page) {
        Predicate<String> visible = visiblePlans.toCaller();
        return OpenFollowUpsResponse.of(openFollowUps.plansWithOpenItems().stream()
                .filter(plan -> visible.test(plan.planId())).toList(), page);
    }
}
