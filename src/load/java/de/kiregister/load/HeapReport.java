package de.kiregister.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the application's GC log ({@code -Xlog:gc}) after the run: the heap in use before and after each
 * collection and the heap reserved, in MB. The peak "before" is the most the application ever held, garbage
 * included; the peak "after" is its live data at the worst moment.
 */
final class HeapReport {

    private static final Pattern PAUSE = Pattern.compile("Pause .* (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private HeapReport() {
    }

    static void print(String gcLog) {
        if (gcLog == null || !Files.exists(Path.of(gcLog))) {
            System.out.println("Kein GC-Protokoll: " + gcLog);
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(gcLog));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int collections = 0;
        int peakBefore = 0;
        int peakAfter = 0;
        int peakCommitted = 0;
        for (String line : lines) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find()) {
                collections++;
                peakBefore = Math.max(peakBefore, Integer.parseInt(pause.group(1)));
                peakAfter = Math.max(peakAfter, Integer.parseInt(pause.group(2)));
                peakCommitted = Math.max(peakCommitted, Integer.parseInt(pause.group(3)));
            }
        }
        System.out.printf("Heap der Anwendung: %d Pausen, höchstens %d MB belegt (vor GC), %d MB lebend (nach GC), "
                + "%d MB reserviert%n", collections, peakBefore, peakAfter, peakCommitted);
    }
}
