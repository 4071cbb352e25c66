package org.casebook.adapters.web.developmentgroup;

import java.util.List;
import org.casebook.adapters.problems.Problems;
import org.casebook.domain.developmentgroup.GroupRuleViolation;
import org.casebook.domain.developmentgroup.GroupVersionMismatch;
import org.casebook.domain.developmentgroup.InvalidGroupCommand;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The Development Group's refusals as RFC 9457 problems: a rule of procedure is 409 with the rule's stable name as
 * its type ({@code /problems/not-quorate}, {@code /problems/not-entitled-to-vote}, {@code /problems/date-out-of-order},
 * {@code /problems/no-seat}, {@code /problems/member-already-left});
 * an input error is 400 naming the field, never its value. A record not found is a
 * {@link org.casebook.domain.shared.NotFound}, answered by the service-wide handler like every other. Ordered first and limited to this package, so that the
 * service-wide handler's catch-all does not claim these exceptions and nothing else is affected.
 */
@RestControllerAdvice(basePackageClasses = DevelopmentGroupProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DevelopmentGroupProblems {

    @ExceptionHandler(InvalidGroupCommand.class)
    ResponseEntity<ProblemDetail> invalid(InvalidGroupCommand error) {
        return respond(Problems.invalid(List.of(new Problems.FieldError(error.field(), error.getMessage()))));
    }

    @ExceptionHandler(GroupRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(GroupRuleViolation error) {
        return respond(Problems.of(HttpStatus.CONFLICT, error.rule(), "The Development Group's rules refuse this",
                error.getMessage()));
    }

    @ExceptionHandler(GroupVersionMismatch.class)
    ResponseEntity<ProblemDetail> staleVersion(GroupVersionMismatch error) {
        return respond(Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version", "The group's record has changed",
                "If-Match does not name the current version of the group's record; read it again and retry."));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
