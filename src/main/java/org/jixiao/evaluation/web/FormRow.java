package org.jixiao.evaluation.web;

import java.math.BigDecimal;
import java.util.Map;
import org.jixiao.document.Target;
import org.jixiao.evaluation.Components;
import org.jixiao.web.FormNumbers;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;

/**
 * A row of the workspace form (a key task, an indicator) and the document's record it stands for, copied into each
 * other by the names they share: a field added to both is shown and read back without a line here. Each value by
 * its type: a text as typed (stripped, blank is none), a number exact or an error on its field, a target as its
 * wording (the stored one kept while the wording is the same), a choice by its name. A value the row has no field
 * for is the stored record's.
 */
final class FormRow<R extends Record> {

    /** Reads a typed number, noting an error on the field where it is not one. */
    interface Figures {
        BigDecimal read(String field, String typed);
    }

    private final Map<String, Class<?>> components;
    private final BeanWrapper typed;
    private final R stored;
    private final String at;
    private final Figures figures;

    /**
     * @param type    the record the row stands for
     * @param row     the row as posted
     * @param stored  the stored record it replaces, or null
     * @param at      the row's form path ({@code keyTasks[0].indicators[2]}), for the errors of its fields
     * @param figures how its numbers are read (amounts or plain numbers)
     */
    FormRow(Class<R> type, Object row, R stored, String at, Figures figures) {
        this.components = Components.of(type);
        this.typed = new BeanWrapperImpl(row);
        this.stored = stored;
        this.at = at;
        this.figures = figures;
    }

    /** Fills the row's fields from the record: figures as plain numbers, targets as their wording. */
    static void show(Record record, Object row) {
        BeanWrapper typed = new BeanWrapperImpl(row);
        Components.of(record.getClass()).forEach((name, type) -> {
            if (typed.isWritableProperty(name) && typed.getPropertyType(name) == String.class) {
                typed.setPropertyValue(name, shown(type, Components.get(record, name)));
            }
        });
    }

    /** The value of the record's component of that name, as typed in the row. */
    Object read(String name) {
        Class<?> type = components.get(name);
        if (!typed.isReadableProperty(name)) {
            return stored == null ? null : Components.get(stored, name);
        }
        String value = (String) typed.getPropertyValue(name);
        if (type == String.class) {
            return EvaluationFormMapper.text(value);
        }
        if (type == BigDecimal.class) {
            return figures.read(at + "." + name, value);
        }
        if (type == Target.class) {
            return target(value, stored == null ? null : (Target) Components.get(stored, name));
        }
        if (type == Boolean.class) {
            return EvaluationFormMapper.blank(value) ? null : Boolean.valueOf(value);
        }
        if (type.isEnum()) {
            return choice(type, value);
        }
        throw new IllegalStateException("a form field cannot hold a " + type.getSimpleName() + ": " + name);
    }

    private static String shown(Class<?> type, Object value) {
        if (type == String.class) {
            return (String) value;
        }
        if (type == BigDecimal.class) {
            return FormNumbers.show((BigDecimal) value);
        }
        if (type == Target.class) {
            return value == null ? "" : ((Target) value).text();
        }
        if (type == Boolean.class || type.isEnum()) {
            return value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
        }
        throw new IllegalStateException("a form field cannot show a " + type.getSimpleName());
    }

    /** A typed target: the stored one where the wording did not change (it may carry more than the wording). */
    private static Target target(String typed, Target stored) {
        String text = EvaluationFormMapper.text(typed);
        if (text == null) {
            return null;
        }
        return stored != null && text.equals(stored.text()) ? stored : Target.parse(text);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object choice(Class<?> type, String name) {
        return EvaluationFormMapper.enumOf((Class) type, name);
    }
}
