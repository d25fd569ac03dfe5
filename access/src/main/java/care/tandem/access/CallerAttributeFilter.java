package care.tandem.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Keeps the verified caller on the request, where the access audit (which runs outside Spring Security's filters,
 * to see refusals too) and the endpoints find it after the security context is gone.
 */
final class CallerAttributeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller.of(SecurityContextHolder.getContext().getAuthentication())
                .ifPresent(caller -> request.setAttribute(Caller.REQUEST_ATTRIBUTE, caller));
        chain.doFilter(request, response);
    }
}
