package care.tandem.edge;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's own error answers as problem+json instead of its HTML page: a request Tomcat refuses before any servlet
 * sees it (an unencoded {@code [} in a query, {@code %00} or an encoded slash in a path, headers over 8 KB, a
 * malformed request line) reaches this valve of the host and nothing else. The detail never quotes the request:
 * Tomcat's own message repeats the raw target, which can carry anything.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            byte[] body = Problems.json(Problems.forStatus(HttpStatusCode.valueOf(status),
                    "The HTTP server refused the request before the API saw it: its request line, path, query or "
                            + "headers are malformed or too long"));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            var writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(body, StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the answer was already under way: nothing more can be sent.
        }
    }
}
