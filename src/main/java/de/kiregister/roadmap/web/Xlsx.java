package de.kiregister.roadmap.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming XLSX workbook (Apache POI SXSSF, ADR-016): rows are flushed to a temporary file as they are
 * written, so a sheet of the whole portfolio does not sit in memory. Dates are real date cells, numbers numbers.
 */
final class Xlsx implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle header;
    private final CellStyle date;
    private Sheet sheet;
    private int rowIndex;

    Xlsx() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
    }

    /** Starts a sheet with a bold header row, frozen when scrolling. */
    Xlsx sheet(String name, List<String> headers) {
        sheet = workbook.createSheet(name);
        rowIndex = 0;
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        // Fixed widths: auto-sizing measures text with AWT fonts, which a headless server may not have.
        for (int i = 0; i < headers.size(); i++) {
            sheet.setColumnWidth(i, Math.clamp(headers.get(i).length() + 6L, 14, 60) * 256);
        }
        return this;
    }

    /** One row; null leaves the cell empty. */
    Xlsx row(Object... values) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (value) {
                case LocalDate d -> {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                }
                case BigDecimal n -> cell.setCellValue(n.doubleValue());
                case Number n -> cell.setCellValue(n.doubleValue());
                case Boolean b -> cell.setCellValue(b);
                default -> cell.setCellValue(value.toString());
            }
        }
        return this;
    }

    /** Makes a column wider (in characters), e.g. for titles. */
    Xlsx width(int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
        return this;
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Also deletes the temporary files of the streamed rows. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
