package fr.guichet.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the customer exports write: vCard text per RFC 6350, CSV cells quoted and never run as formulas. */
class ExportEscapingTest {

    @Test
    void vCardTextEscapesSeparatorsBackslashesAndEveryLineBreak() {
        assertThat(VCardText.escape("Dupont, Martin; fils\\SA")).isEqualTo("Dupont\\, Martin\\; fils\\\\SA");
        assertThat(VCardText.escape("un\r\ndeux\ntrois\rquatre")).isEqualTo("un\\ndeux\\ntrois\\nquatre");
        assertThat(VCardText.escape("a\u0000b\u0007c")).isEqualTo("abc");
        assertThat(VCardText.escape(null)).isEmpty();
    }

    @Test
    void aBareCarriageReturnNeverEndsAVCardLine() {
        String line = VCardText.line("TITLE:" + VCardText.escape("Chef\rBEGIN:VCARD"));
        assertThat(line).isEqualTo("TITLE:Chef\\nBEGIN:VCARD\r\n");
        assertThat(line.substring(0, line.length() - 2)).doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void longVCardLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String folded = VCardText.line("NOTE:" + "é".repeat(100));
        for (String physical : folded.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo("NOTE:" + "é".repeat(100) + "\r\n");
    }

    @Test
    void csvCellsThatLookLikeFormulasAreShownNotRun() {
        assertThat(CsvCells.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvCells.cell("+33 4 72 00 11 22")).isEqualTo("'+33 4 72 00 11 22");
        assertThat(CsvCells.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.cell("Boulangerie Martin")).isEqualTo("Boulangerie Martin");
    }

    @Test
    void csvCellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertThat(CsvCells.line(Stream.of("a;b", "dit \"oui\"", "un\rdeux", null, "x")))
                .isEqualTo("\"a;b\";\"dit \"\"oui\"\"\";\"un\rdeux\";;x");
    }
}
