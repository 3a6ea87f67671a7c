package de.kiregister.shared.web;

import org.jspecify.annotations.Nullable;

/** Cells of CSV exports that open safely in a spreadsheet. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * The value, prefixed with an apostrophe when a spreadsheet would read it as a formula (it starts with
     * {@code = + - @}, a tab or a carriage return): CSV injection. Null becomes the empty cell.
     */
    public static String safe(@Nullable String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
