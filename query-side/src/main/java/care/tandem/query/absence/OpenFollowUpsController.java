package care.tandem.query.absence;

import care.tandem.query.api.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OpenFollowUpsController {

    private final OpenFollowUps openFollowUps;

    OpenFollowUpsController(OpenFollowUps openFollowUps) {
        this.openFollowUps = openFollowUps;
    }

    /** What a program lead follows up across plans; each plan's summary has the sessions and reasons. */
    @GetMapping("/api/absent-partner-follow-ups")
    OpenFollowUpsResponse openFollowUps(PageRequest page) {
        return OpenFollowUpsResponse.of(openFollowUps.plansWithOpenItems(), page);
    }
}
