package org.jixiao.evaluation;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Records made and read by their components' names, so that a document's record and what else holds it (its stored
 * row, the workspace form's row), which name its values alike, are copied into each other without a list of its
 * fields: a field added to both is carried by itself.
 */
public final class Components {

    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return constructor;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }
    };
    /** Kept: the reflection's records are made anew on each call, and a region's reassessment copies every row. */
    private static final ClassValue<Map<String, Class<?>>> TYPES = new ClassValue<>() {
        @Override
        protected Map<String, Class<?>> computeValue(Class<?> type) {
            Map<String, Class<?>> components = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.put(component.getName(), component.getType());
            }
            return Collections.unmodifiableMap(components);
        }
    };
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                accessors.put(component.getName(), accessor);
            }
            return Map.copyOf(accessors);
        }
    };

    private Components() {
    }

    /** The record whose components have these values, in the order of its components. */
    static <R extends Record> R make(Class<R> type, Object[] values) {
        try {
            return type.cast(CONSTRUCTORS.get(type).newInstance(values));
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("cannot make a " + type.getSimpleName(), e.getCause());
        }
    }

    /** The record whose components each have the value given for its name. */
    public static <R extends Record> R make(Class<R> type, Function<String, Object> valueOf) {
        Map<String, Class<?>> components = TYPES.get(type);
        Object[] values = new Object[components.size()];
        int i = 0;
        for (String name : components.keySet()) {
            values[i++] = valueOf.apply(name);
        }
        return make(type, values);
    }

    /** The names of the record's components and their types, in order. */
    public static Map<String, Class<?>> of(Class<? extends Record> type) {
        return TYPES.get(type);
    }

    /** The value of the record's component of that name; a record without one is a mistake in the caller's mapping. */
    public static Object get(Record record, String name) {
        Method accessor = ACCESSORS.get(record.getClass()).get(name);
        if (accessor == null) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name);
        }
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
