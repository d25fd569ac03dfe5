package care.tandem.query.careteam;

import care.tandem.events.id.ParticipantId;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The plans a person is a member of, by id: where a participant's own views start. */
@RestController
class ParticipantPlansController {

    private final CareTeams careTeams;

    ParticipantPlansController(CareTeams careTeams) {
        this.careTeams = careTeams;
    }

    record ParticipantPlans(String participantId, List<String> planIds) {
    }

    @Operation(summary = "The plans a person is a member of, by id")
    @GetMapping("/api/participants/{participantId}/plans")
    ParticipantPlans plans(@PathVariable ParticipantId participantId) {
        return new ParticipantPlans(participantId.value(), careTeams.ofPerson(participantId.value()).stream()
                .map(CareTeamDocument::planId).sorted().toList());
    }
}
