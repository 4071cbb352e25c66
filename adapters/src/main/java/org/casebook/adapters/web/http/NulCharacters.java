package org.casebook.adapters.web.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.casebook.adapters.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The NUL character is refused wherever a request can carry it to us. Nothing in the API has a use for it, and
 * PostgreSQL refuses it in any text value, so it used to become a 500 from the database (or, stored in an event, a
 * read model that could not copy it) instead of a 400. Tomcat already refuses it in the path; here:
 * <ul>
 *   <li>in a query parameter ({@code %00}): this filter answers 400 naming {@code query};</li>
 *   <li>in a JSON body's string: {@link #jsonModule()}, registered on the HTTP mapper only (never on the event
 *       store's), makes the body unreadable, answered as 400 naming the field. Before this, a Development Group
 *       member named with one was accepted (201) and stored in its event.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class NulCharacters extends OncePerRequestFilter {

    private static final String MESSAGE = "must not contain the NUL character";

    private final ObjectMapper objectMapper;

    public NulCharacters(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The Jackson module refusing NUL in request bodies' strings. */
    static SimpleModule jsonModule() {
        return new SimpleModule("NoNulStrings").addDeserializer(String.class, new NoNulStrings());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && (query.indexOf('\0') >= 0 || query.toUpperCase(Locale.ROOT).contains("%00"))) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(response.getOutputStream(), Problems.invalid(List.of(
                    new Problems.FieldError("query", MESSAGE))));
            return;
        }
        chain.doFilter(request, response);
    }

    private static final class NoNulStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw JsonMappingException.from(parser, MESSAGE);
            }
            return value;
        }
    }
}
