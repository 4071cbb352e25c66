package org.casebook.adapters.security;

import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with its own rules for header names, header values and parameter names, checked
 * by a loop over the text instead of the regular expressions it ships with. Those rules are checked for every header
 * a request's handling reads (Spring MVC reads them all for a body), and each check compiled a matcher: about 3 % of
 * what a request allocated in a profile (issue 12, docs/performance.md, 2026-12-05). The rules are unchanged:
 * every character assigned in Unicode and none a control character, a tab allowed in header values
 * ({@code RequestFirewallTest} compares them with Spring's expressions over every code point).
 */
@Configuration(proxyBeanMethods = false)
public class RequestFirewall {

    /** Spring's {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}. */
    static final Predicate<String> ASSIGNED_AND_NOT_CONTROL = text -> allCodePoints(text, false);

    /** Spring's {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}: the same, with a tab allowed. */
    static final Predicate<String> HEADER_VALUE = text -> allCodePoints(text, true);

    /** {@code refusals} answers what the firewall refuses, with a problem (FirewallRefusals). */
    @Bean
    WebSecurityCustomizer strictFirewall(RequestRejectedHandler refusals) {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(ASSIGNED_AND_NOT_CONTROL);
        firewall.setAllowedHeaderValues(HEADER_VALUE);
        firewall.setAllowedParameterNames(ASSIGNED_AND_NOT_CONTROL);
        return web -> web.httpFirewall(firewall).requestRejectedHandler(refusals);
    }

    private static boolean allCodePoints(String text, boolean tabAllowed) {
        for (int at = 0; at < text.length(); ) {
            int codePoint = text.codePointAt(at);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tabAllowed && codePoint == '\t')) {
                return false;
            }
            at += Character.charCount(codePoint);
        }
        return true;
    }
}
