package de.kiregister.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** KERN UX's Noto Sans WOFF files, unpacked to TrueType and read back with FontBox. */
class WoffFontTests {

    @Test
    void unpacksTheBuildsNotoSansIntoATrueTypeFontWithGermanGlyphs() throws IOException {
        for (String style : new String[] {"Regular", "Bold"}) {
            byte[] sfnt = WoffFont.sfntFromClasspath("pdf/fonts/NotoSans-" + style + ".woff");
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(sfnt))) {
                assertThat(font.getName()).isEqualTo("NotoSans-" + style);
                assertThat(font.getNumberOfGlyphs()).isGreaterThan(1000);
                CmapLookup cmap = font.getUnicodeCmapLookup();
                for (char c : "ÄÖÜäöüß€„“–§".toCharArray()) {
                    assertThat(cmap.getGlyphId(c)).as("glyph for %s in %s", c, style).isPositive();
                }
                // Left out so that PDFBox sets no ligatures (see WoffFont).
                assertThat(font.getTableMap()).containsKeys("glyf", "cmap", "hmtx").doesNotContainKey("GSUB");
            }
        }
    }

    @Test
    void refusesWhatIsNoWoffFont() {
        assertThatThrownBy(() -> WoffFont.toSfnt("kein Font, nur Text mit mehr als 44 Bytes Länge .........."
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a WOFF");
        assertThatThrownBy(() -> WoffFont.sfntFromClasspath("pdf/fonts/missing.woff"))
                .isInstanceOf(IllegalStateException.class);
    }
}
