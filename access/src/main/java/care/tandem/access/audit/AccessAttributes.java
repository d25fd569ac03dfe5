package care.tandem.access.audit;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** What an endpoint tells the access audit about the request it answered, as request attributes. */
public final class AccessAttributes {

    static final String BREAK_THE_GLASS = AccessAttributes.class.getName() + ".breakTheGlass";
    static final String PERSONS = AccessAttributes.class.getName() + ".persons";

    private AccessAttributes() {
    }

    /** The caller read a plan outside its care team, for this stated reason. */
    public static void brokeTheGlass(HttpServletRequest request, BreakTheGlassReason reason) {
        request.setAttribute(BREAK_THE_GLASS, reason);
    }

    /**
     * The answer covers these persons' records though its path names no plan or person (an export across plans), so
     * a read of any of them can be found in the access audit by that person.
     */
    public static void covers(HttpServletRequest request, Collection<String> personIds) {
        request.setAttribute(PERSONS, List.copyOf(new TreeSet<>(personIds)));
    }
}
