package org.jixiao.evaluation.web;

import org.jixiao.document.Decimals;
import org.jixiao.document.Target;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** How the workspace shows what it understood of a target's wording: "≥ 98 %", "= 1 次", "定性". */
@Component("targets")
class TargetWording {

    private final MessageSource messages;

    TargetWording(MessageSource messages) {
        this.messages = messages;
    }

    /** The meaning of the wording, or empty for none. */
    public String understood(String wording) {
        return understood(Target.parse(wording));
    }

    String understood(Target target) {
        if (target == null) {
            return "";
        }
        if (target.isQualitative()) {
            return messages.getMessage("target.qualitative", null, LocaleContextHolder.getLocale());
        }
        String sign = switch (target.comparator()) {
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case MORE_THAN -> ">";
            case LESS_THAN -> "<";
            default -> "=";
        };
        return sign + " " + Decimals.plain(target.value()) + (target.unit() == null ? "" : " " + target.unit());
    }
}
