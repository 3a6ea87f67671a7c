package de.kiregister.shared;

import java.util.Collection;

/**
 * A PostgreSQL array literal ({@code {"a","b"}}) for one bound parameter, cast in SQL ({@code cast(:refs as
 * text[])}): a list of any length in one statement, with a fixed SQL text, instead of one placeholder per value.
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** Every element quoted, quotes and backslashes escaped. */
    public static String textArray(Collection<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    public static String intArray(Collection<Integer> values) {
        StringBuilder literal = new StringBuilder("{");
        for (Integer value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append(value.intValue());
        }
        return literal.append('}').toString();
    }
}
