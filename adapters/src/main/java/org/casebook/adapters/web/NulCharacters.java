package org.casebook.adapters.web;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * No query parameter may hold the NUL character ({@code %00}). Nothing in the API has a use for it, and PostgreSQL
 * refuses it in any text value, so a username or case id holding one became a 500 from the database instead of a
 * 400. (Tomcat already refuses it in the path; {@link NoNulStrings} refuses it in JSON bodies.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class NulCharacters extends OncePerRequestFilter {

    private final ObjectMapper objectMapper;

    public NulCharacters(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && (query.indexOf('\0') >= 0 || query.toUpperCase(Locale.ROOT).contains("%00"))) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(response.getOutputStream(), Problems.invalid(List.of(
                    new Problems.FieldError("query", "must not contain the NUL character"))));
            return;
        }
        chain.doFilter(request, response);
    }
}
