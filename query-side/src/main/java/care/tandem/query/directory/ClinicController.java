package care.tandem.query.directory;

import care.tandem.query.config.ClinicTime;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

@RestController
class ClinicController {

    private final ClinicTime clinicTime;
    private final Clock clock;

    @Autowired
    ClinicController(ClinicTime clinicTime) {
        this(clinicTime, Clock.systemUTC());
    }

    ClinicController(ClinicTime clinicTime, Clock clock) {
        this.clinicTime = clinicTime;
        this.clock = clock;
    }

    @Operation(summary = "The clinic's time zone, and today and this ISO week there")
    @GetMapping("/api/clinic")
    ClinicResponse clinic() {
        Instant now = clock.instant();
        return new ClinicResponse(clinicTime.timeZone().getId(), clinicTime.dateOf(now),
                                  clinicTime.weekOf(now).toString());
    }
}
