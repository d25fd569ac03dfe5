package care.tandem.access.audit;

import jakarta.servlet.http.HttpServletRequest;

/** What an endpoint tells the access audit about the request it answered, as request attributes. */
public final class AccessAttributes {

    static final String BREAK_THE_GLASS = AccessAttributes.class.getName() + ".breakTheGlass";

    private AccessAttributes() {
    }

    /** The caller read a plan outside its care team, for this stated reason. */
    public static void brokeTheGlass(HttpServletRequest request, BreakTheGlassReason reason) {
        request.setAttribute(BREAK_THE_GLASS, reason);
    }
}
