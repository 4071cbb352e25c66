package org.casebook.adapters.web.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * What the security firewall's refusals are answered with: the problem {@link ErrorPages} gives a 400, written at
 * once. Spring Security's own handler sent a bare 400 for the container's error page to explain, which served a
 * refused path well, but not a refused {@code Accept} header: the error page's dispatch reads that header again to
 * choose a format, is refused again, and the client got a 400 with no body (found 2026-12-05). Nothing of the
 * request, and nothing of the refusal's message (which quotes the refused header), is logged or echoed.
 */
@Component
public class FirewallRefusals implements RequestRejectedHandler {

    private final ErrorPages errorPages;

    public FirewallRefusals(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refused)
            throws IOException {
        errorPages.write(response, ErrorPages.problemFor(HttpStatus.BAD_REQUEST));
    }
}
