package org.jixiao.evaluation.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.jixiao.document.Decimals;
import org.jixiao.document.FundsConsistency;
import org.jixiao.document.Money;
import org.jixiao.web.FormNumbers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * 执行率 as the form computes it beside the typed one: executed ÷ budget, and whether the typed rate says the same
 * by the money check's rule (FundsConsistency), so that a wrong rate is seen where it is typed.
 */
@Component("rates")
class ExecutionRates {

    private final MessageSource messages;

    ExecutionRates(MessageSource messages) {
        this.messages = messages;
    }

    /** The computed rate, in words, and whether the typed one differs; empty where budget or executed is missing. */
    public record Computed(String text, boolean differs) {
    }

    /** For the form's typed values (strings as typed: 688.34, ６５０, 94.43%). */
    public Computed of(String budget, String executed, String typed) {
        BigDecimal spent = number(executed);
        BigDecimal planned = number(budget);
        BigDecimal rate = Money.rate(spent, planned);
        if (rate == null) {
            return new Computed("", false);
        }
        Locale locale = LocaleContextHolder.getLocale();
        String shown = Decimals.plain(rate) + "%";
        BigDecimal stated = number(typed);
        boolean differs = stated != null && !FundsConsistency.rateAgrees(stated, spent, planned);
        return new Computed(messages.getMessage(differs ? "rate.differs" : "rate.computed", new Object[] {shown}, locale),
                differs);
    }

    /** For the fields of one part of the form as htmx posts them (funds.budget, keyTasks[0].executed …). */
    Computed of(MultiValueMap<String, String> fields) {
        return of(field(fields, "budget"), field(fields, "executed"), field(fields, "executionRate"));
    }

    private static String field(MultiValueMap<String, String> fields, String name) {
        return fields.entrySet().stream().filter(e -> e.getKey().equals(name) || e.getKey().endsWith("." + name))
                .map(e -> e.getValue().isEmpty() ? null : e.getValue().get(0)).findFirst().orElse(null);
    }

    private static BigDecimal number(String typed) {
        try {
            return FormNumbers.parse(typed);
        } catch (NumberFormatException e) {
            return null; // the field's own error says so
        }
    }
}
