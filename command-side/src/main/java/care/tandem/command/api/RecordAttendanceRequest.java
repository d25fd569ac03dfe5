package care.tandem.command.api;

import java.util.List;

public record RecordAttendanceRequest(List<AttendanceEntryRequest> attendance) {
}
