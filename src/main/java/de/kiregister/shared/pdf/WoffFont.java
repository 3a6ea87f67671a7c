package de.kiregister.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Turns a WOFF 1.0 font back into the TrueType/OpenType file it wraps (W3C WOFF 1.0, section 4 and 5). The only
 * fonts the build has are KERN UX's web fonts, and PDFBox reads neither WOFF nor WOFF2; WOFF 1.0 is just the
 * sfnt tables, each zlib-compressed, so unpacking them needs no further library.
 * <p>
 * The glyph substitution table (GSUB) is left out on purpose: PDFBox applies its ligatures (ff, fi, fl) to Latin
 * text, and a ligature glyph extracts as one character (U+FB00), so "öffentlich" could no longer be found, copied
 * or read aloud reliably. German needs none of the font's substitutions.
 */
final class WoffFont {

    private static final int WOFF_SIGNATURE = 0x774F4646; // "wOFF"
    private static final int WOFF_HEADER_SIZE = 44;
    private static final int WOFF_ENTRY_SIZE = 20;
    private static final int SFNT_HEADER_SIZE = 12;
    private static final int SFNT_ENTRY_SIZE = 16;
    private static final int GSUB = 0x47535542; // "GSUB"

    private record Table(int tag, int offset, int compressedLength, int length, int checksum) {
    }

    private WoffFont() {
    }

    /** Reads a WOFF font from the classpath and returns its sfnt (TTF/OTF) bytes. */
    static byte[] sfntFromClasspath(String resource) {
        try (InputStream in = WoffFont.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the classpath");
            }
            return toSfnt(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    static byte[] toSfnt(byte[] woff) {
        ByteBuffer in = ByteBuffer.wrap(woff);
        if (woff.length < WOFF_HEADER_SIZE || in.getInt(0) != WOFF_SIGNATURE) {
            throw new IllegalArgumentException("not a WOFF 1.0 font");
        }
        int flavor = in.getInt(4);
        int declaredTables = Short.toUnsignedInt(in.getShort(12));
        if (woff.length < WOFF_HEADER_SIZE + declaredTables * WOFF_ENTRY_SIZE) {
            throw new IllegalArgumentException("WOFF table directory outside the file");
        }
        List<Table> kept = new ArrayList<>();
        for (int i = 0; i < declaredTables; i++) {
            int at = WOFF_HEADER_SIZE + i * WOFF_ENTRY_SIZE;
            Table table = new Table(in.getInt(at), in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12),
                    in.getInt(at + 16));
            if (table.tag() != GSUB) {
                kept.add(table);
            }
        }
        // The sfnt table directory is sorted by tag (unsigned); the data follows in the same order, 4-byte aligned.
        Table[] tables = kept.stream().sorted(Comparator.comparingLong(t -> Integer.toUnsignedLong(t.tag())))
                .toArray(Table[]::new);
        int numTables = tables.length;
        int offset = SFNT_HEADER_SIZE + numTables * SFNT_ENTRY_SIZE;
        int[] offsets = new int[numTables];
        for (int i = 0; i < numTables; i++) {
            offsets[i] = offset;
            offset += padded(tables[i].length());
        }
        ByteBuffer out = ByteBuffer.allocate(offset);
        int power = Integer.highestOneBit(Math.max(numTables, 1));
        out.putInt(flavor)
                .putShort((short) numTables)
                .putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) (numTables * 16 - power * 16));
        for (int i = 0; i < numTables; i++) {
            out.putInt(tables[i].tag()).putInt(tables[i].checksum()).putInt(offsets[i]).putInt(tables[i].length());
        }
        for (int i = 0; i < numTables; i++) {
            out.position(offsets[i]);
            out.put(tableData(woff, tables[i]));
        }
        return out.array();
    }

    private static byte[] tableData(byte[] woff, Table table) {
        if (table.offset() < 0 || table.compressedLength() < 0 || table.length() < 0
                || (long) table.offset() + table.compressedLength() > woff.length) {
            throw new IllegalArgumentException("WOFF table outside the file");
        }
        if (table.compressedLength() == table.length()) {
            return Arrays.copyOfRange(woff, table.offset(), table.offset() + table.length());
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(woff, table.offset(), table.compressedLength());
            byte[] data = new byte[table.length()];
            int read = 0;
            while (read < data.length && !inflater.finished()) {
                int n = inflater.inflate(data, read, data.length - read);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                read += n;
            }
            if (read != data.length) {
                throw new IllegalArgumentException("WOFF table shorter than declared");
            }
            return data;
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("WOFF table is not zlib data", e);
        } finally {
            inflater.end();
        }
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
