package care.tandem.command.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.List;

public record RecordAttendanceRequest(@Size(max = 50) @Valid List<AttendanceEntryRequest> attendance) {
}
