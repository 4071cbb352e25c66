package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * ADR 0038: Spring Security's filter chain, as the service builds it, no longer looks up each request's Spring MVC
 * handler in advance ({@code HandlerMappingIntrospector}'s cache filter), since no rule asks Spring MVC to match.
 * While that filter is in the chain, the lookup it made is on the request as an attribute of the introspector's.
 */
class HandlerLookupInAdvanceIT extends PostgresIntegrationTest {

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter springSecurity;

    @Test
    void aRequestReachesTheServiceWithoutAHandlerLookedUpInAdvance() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
        request.setServletPath("/actuator/health");
        List<String> attributesOnArrival = new ArrayList<>();

        springSecurity.doFilter(request, new MockHttpServletResponse(), (passed, answer) ->
                attributesOnArrival.addAll(Collections.list(passed.getAttributeNames())));

        assertThat(attributesOnArrival).isNotEmpty()
                .noneMatch(name -> name.startsWith("org.springframework.web.servlet.handler.HandlerMappingIntrospector"));
    }

    @Test
    void theRoleTableStillAppliesWithoutIt() {
        assertThat(api.as("volunteer1").get("/api/audit/access").status()).isEqualTo(403);
        assertThat(api.as("manager1").get("/api/audit/access").status()).isEqualTo(200);
        assertThat(api.as("volunteer1").get("/api/cases/" + java.util.UUID.randomUUID() + "/subject-access").status())
                .isEqualTo(403);
    }
}
