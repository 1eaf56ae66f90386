package fr.guichet.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    @Test
    void aWindows1252FileWithSemicolonsAsExcelWritesItInFrance() {
        String text = "Raison sociale;Ville;Téléphone\r\n\"Boulangerie \"\"Les Épis\"\"\";Orléans;02 38 00 00 00\r\n"
                + "Crèmerie Lefèvre;\"Saint-Étienne; Loire\";04 77 11 22 33\r\n";
        CsvFile csv = CsvFile.read(text.getBytes(Charset.forName("windows-1252")));
        assertThat(csv.charset()).isEqualTo("windows-1252");
        assertThat(csv.separator()).isEqualTo(';');
        assertThat(csv.headers()).containsExactly("Raison sociale", "Ville", "Téléphone");
        assertThat(csv.rows())
                .containsExactly(
                        List.of("Boulangerie \"Les Épis\"", "Orléans", "02 38 00 00 00"),
                        List.of("Crèmerie Lefèvre", "Saint-Étienne; Loire", "04 77 11 22 33"));
    }

    @Test
    void aUtf8FileWithAByteOrderMarkAndCommas() {
        String text = "\uFEFFname,city\nÉcole Montessori,Lyon\n\n\"Café, bar\",Vichy";
        CsvFile csv = CsvFile.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(csv.charset()).isEqualTo("UTF-8");
        assertThat(csv.separator()).isEqualTo(',');
        assertThat(csv.headers()).containsExactly("name", "city");
        assertThat(csv.rows()).containsExactly(List.of("École Montessori", "Lyon"), List.of("Café, bar", "Vichy"));
    }

    @Test
    void aQuoteLeftOpenIsAClearError() {
        byte[] broken = "name;city\n\"Boulangerie;Lyon\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvFile.read(broken))
                .isInstanceOf(CustomerRuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "customers.import.error.unreadable");
    }
}
