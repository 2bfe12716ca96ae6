package org.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.account.AccountException;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.document.HiddenCharacters;
import org.jixiao.evaluation.EvaluationNotFoundException;
import org.jixiao.evaluation.IllegalTransitionException;
import org.jixiao.evaluation.StaleEvaluationException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every page knows of the current user, and the pages for refused requests (in the user's language). What
 * fails unforeseen is {@link UnexpectedErrors}'s to answer; an upload too large, the import page's
 * ({@code evaluation.web.OversizedUploads}).
 */
@ControllerAdvice
class WebAdvice {

    private final MessageSource messages;

    WebAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("actor")
    Actor actor() {
        return CurrentActor.get();
    }

    @ExceptionHandler(EvaluationNotFoundException.class)
    String notFound(EvaluationNotFoundException e, Model model, HttpServletResponse response) {
        return problem(HttpStatus.NOT_FOUND, words("error.404.evaluation", e.id()), model, response);
    }

    @ExceptionHandler(NotPermittedException.class)
    String notPermitted(NotPermittedException e, Model model, HttpServletResponse response) {
        return refused(HttpStatus.FORBIDDEN, e.getMessage(), model, response);
    }

    @ExceptionHandler({StaleEvaluationException.class, IllegalTransitionException.class})
    String conflict(RuntimeException e, Model model, HttpServletResponse response) {
        return refused(HttpStatus.CONFLICT, e.getMessage(), model, response);
    }

    /**
     * A value refused: jixiao's own refusals say what and where; the same exception from the JDK or a library
     * (Enum.valueOf, a number that does not parse) would say it in their words, which go to the log instead.
     */
    @ExceptionHandler({IllegalArgumentException.class, AccountException.class})
    String badRequest(RuntimeException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return refused(HttpStatus.BAD_REQUEST, OwnMessages.of(e, request), model, response);
    }

    /**
     * A form field no page sends, such as a list index far beyond the rows shown (the binder grows lists to 256
     * rows at most, so that a request cannot make the server allocate millions): refused, nothing saved.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    String unknownField(InvalidPropertyException e, Model model, HttpServletResponse response) {
        return problem(HttpStatus.BAD_REQUEST, words("error.unknownField", shortened(e.getPropertyName(), 80)), model,
                response);
    }

    /**
     * A parameter no form sends with that value (a role, a number, /evaluations/abc): said in the user's words, not
     * in Spring's, which name the Java type it was to be.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String wrongParameter(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        String value = HiddenCharacters.strip(String.valueOf(e.getValue())).replaceAll("\\p{Cc}", "?");
        return problem(HttpStatus.BAD_REQUEST, words("error.wrongParameter", e.getName(), shortened(value, 40)), model,
                response);
    }

    /** A link or form without a value the page needs (/dashboard.xlsx without its year). */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missingParameter(MissingServletRequestParameterException e, Model model, HttpServletResponse response) {
        return problem(HttpStatus.BAD_REQUEST, words("error.missingParameter", e.getParameterName()), model, response);
    }

    /** A page of the error in the user's language: {@code message} is in it already. */
    private static String problem(HttpStatus status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        model.addAttribute("actor", CurrentActor.get());
        return "error";
    }

    /**
     * A refusal in the words jixiao's services wrote, which are Chinese: the page shows them to a reader of Chinese,
     * and to others what the status means in their language.
     */
    private static String refused(HttpStatus status, String words, Model model, HttpServletResponse response) {
        String page = problem(status, null, model, response);
        model.addAttribute("detail", words);
        return page;
    }

    private String words(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static String shortened(String text, int length) {
        return text.length() > length ? text.substring(0, length) + "…" : text;
    }
}
