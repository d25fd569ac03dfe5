package care.tandem.query.api;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Rows of an RFC 4180 export: CRLF line ends, a cell quoted when it holds a comma, quote or line break, and a cell
 * starting with {@code = + - @}, tab or CR prefixed with {@code '} so a spreadsheet never runs it as a formula.
 */
public final class CsvRows {

    private static final String LINE_END = "\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvRows() {
    }

    /** One row of the values (null as an empty cell), with its line end. */
    public static String row(Object... values) {
        return Arrays.stream(values).map(value -> cell(Objects.toString(value, "")))
                .collect(Collectors.joining(",")) + LINE_END;
    }

    public static String cell(String value) {
        String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\r") || safe.contains("\n")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
