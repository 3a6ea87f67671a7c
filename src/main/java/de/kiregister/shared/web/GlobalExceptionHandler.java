package de.kiregister.shared.web;

import de.kiregister.shared.DomainRuleViolation;
import de.kiregister.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the exceptions the application raises on purpose into German error pages. Nothing here shows an
 * exception message: a rule violation shows its own translated message key, everything unexpected goes to
 * Boot's error page (error/500.html) with stack traces and messages switched off in the configuration.
 * Access denials are left to Spring Security (403 page).
 */
@ControllerAdvice
class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFoundException e) {
        log.debug("Not found: {}", e.getMessage());
        return new ModelAndView("error/404");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView conflict(OptimisticLockingFailureException e) {
        log.info("Concurrent modification refused: {}", e.getClass().getSimpleName());
        return new ModelAndView("error/409");
    }

    @ExceptionHandler(DomainRuleViolation.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView ruleViolation(DomainRuleViolation e) {
        ModelAndView page = new ModelAndView("error/409");
        page.addObject("ruleKey", e.messageKey());
        page.addObject("ruleArguments", e.arguments());
        return page;
    }
}
