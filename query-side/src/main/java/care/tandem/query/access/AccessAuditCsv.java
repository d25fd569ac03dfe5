package care.tandem.query.access;

import care.tandem.access.audit.AccessRecord;

import java.util.List;

/** The access audit as CSV (RFC 4180), one row per record; ids and codes only, so nothing needs more than quoting. */
final class AccessAuditCsv {

    private static final String HEADER = "occurredAt,service,subject,roles,clientId,purpose,method,endpoint,planId,"
            + "personIds,outcome,status,breakTheGlassReason,correlationId\r\n";

    private AccessAuditCsv() {
    }

    static String write(List<AccessRecord> records) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (AccessRecord record : records) {
            csv.append(String.join(",", record.occurredAt().toString(), field(record.service()),
                    field(record.subject()), field(record.roles()), field(record.clientId()), record.purpose().name(),
                    record.method(), field(record.endpoint()), field(record.planId()),
                    field(String.join(" ", record.personIds())), record.outcome().name(),
                    Integer.toString(record.status()),
                    record.breakTheGlassReason() == null ? "" : record.breakTheGlassReason().name(),
                    field(record.correlationId()))).append("\r\n");
        }
        return csv.toString();
    }

    /** Quoted, doubled quotes; a leading formula character is defused for spreadsheets. */
    private static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
