package care.tandem.query.access;

import care.tandem.access.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The verified caller of the request being answered. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(HttpServletRequest request) {
        Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        if (caller == null) {
            throw new IllegalStateException("a query arrived without a verified caller");
        }
        return caller;
    }

    static Caller current() {
        return of(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
    }
}
