package org.jixiao.evaluation;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.util.ParsingUtils;

/**
 * Reads a row record (an indicator, a key task) from a query's result by the record's own components, each from the
 * column Spring Data JDBC stores it in ({@code levelInferred} in {@code level_inferred}, an embedded target's under
 * its prefix): the record is the one list of its table's columns, for the repository and the batch alike.
 */
final class RowReader<R extends Record> {

    private final Class<R> type;
    private final List<Column> columns = new ArrayList<>();

    private RowReader(Class<R> type, String prefix) {
        this.type = type;
        for (RecordComponent component : type.getRecordComponents()) {
            columns.add(column(component, prefix));
        }
    }

    static <R extends Record> RowReader<R> of(Class<R> type) {
        return new RowReader<>(type, "");
    }

    /**
     * The record of the current row.
     *
     * @param given the values of components that are not columns (a key task's indicators), by name
     */
    R read(ResultSet rs, Map<String, Object> given) throws SQLException {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Column column = columns.get(i);
            values[i] = column.given() ? given.get(column.name()) : column.read(rs);
        }
        return Components.make(type, values);
    }

    /** An embedded record whose columns are all null is absent, as Spring Data JDBC reads it. */
    private R readEmbedded(ResultSet rs) throws SQLException {
        Object[] values = new Object[columns.size()];
        boolean any = false;
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).read(rs);
            any |= values[i] != null;
        }
        return any ? Components.make(type, values) : null;
    }

    private static Column column(RecordComponent component, String prefix) {
        String name = component.getName();
        String column = prefix + ParsingUtils.reconcatenateCamelCase(name, "_");
        Class<?> type = component.getType();
        Embedded.Nullable embedded = fieldOf(component).getAnnotation(Embedded.Nullable.class);
        if (embedded != null) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            RowReader<?> nested = new RowReader(type, prefix + embedded.prefix());
            return new Column(name, false, nested::readEmbedded);
        }
        if (type == String.class) {
            return new Column(name, false, rs -> rs.getString(column));
        }
        if (type == BigDecimal.class) {
            return new Column(name, false, rs -> number(rs, column));
        }
        if (type == Boolean.class) {
            return new Column(name, false, rs -> (Boolean) rs.getObject(column));
        }
        if (type.isEnum()) {
            return new Column(name, false, rs -> enumOf(type, rs.getString(column)));
        }
        return new Column(name, true, null); // a collection: given by the caller
    }

    /** The component's field, which holds its mapping annotations (they need not apply to record components). */
    private static Field fieldOf(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The column's number, held in a long where it fits (as BigDecimal.valueOf makes it): equal to the driver's,
     * but its trailing zeros strip in a few long divisions where the driver's BigInteger form needs a division of
     * a BigInteger per zero, which was a tenth of a region's reassessment.
     */
    static BigDecimal number(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        if (value == null || value.unscaledValue().bitLength() > 62) {
            return value;
        }
        return BigDecimal.valueOf(value.unscaledValue().longValue(), value.scale());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumOf(Class<?> type, String name) {
        return name == null ? null : Enum.valueOf((Class<? extends Enum>) type, name);
    }

    private interface Value {
        Object read(ResultSet rs) throws SQLException;
    }

    private record Column(String name, boolean given, Value value) {

        Object read(ResultSet rs) throws SQLException {
            return value.read(rs);
        }
    }
}
