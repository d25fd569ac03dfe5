package care.tandem.edge;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * A response that knows whether anyone started its body: an error status answered with no body at all (actuator's
 * 404 for an unknown health group, a bare {@code ResponseEntity.status(...).build()}) is then given its problem.
 */
final class BodyTrackingResponse extends HttpServletResponseWrapper {

    private boolean bodyStarted;

    BodyTrackingResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        bodyStarted = true;
        return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        bodyStarted = true;
        return super.getWriter();
    }

    /** An error status went out, or is about to, without a body. */
    boolean isBodilessError() {
        return getStatus() >= 400 && !bodyStarted && !isCommitted();
    }
}
