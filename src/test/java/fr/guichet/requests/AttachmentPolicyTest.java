package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    private final AttachmentPolicy policy = new AttachmentPolicy(10 * 1024 * 1024, Set.of("pdf", "png", "exe-unknown"));

    @Test
    void acceptsAllowedTypesUpToTheLimit() {
        assertThat(policy.violation("facture.PDF", 10 * 1024 * 1024)).isEmpty();
        assertThat(policy.contentType("capture.png")).contains("image/png");
        assertThat(policy.violation("facture.pdf", 10 * 1024 * 1024 + 1))
                .contains("requests.attachment.error.too-large");
        assertThat(policy.violation("facture.pdf", 0)).contains("requests.attachment.error.empty");
    }

    @Test
    void refusesOtherTypesWhateverTheBrowserSays() {
        assertThat(policy.violation("page.html", 10)).contains("requests.attachment.error.type");
        assertThat(policy.violation("setup.exe-unknown", 10)).contains("requests.attachment.error.type");
        assertThat(policy.violation("sans-extension", 10)).contains("requests.attachment.error.type");
    }

    @Test
    void keepsOnlyASafeFileName() {
        assertThat(AttachmentPolicy.safeName("C:\\Users\\marie\\facture.pdf")).isEqualTo("facture.pdf");
        assertThat(AttachmentPolicy.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentPolicy.safeName("a\"b\u0000.pdf")).isEqualTo("ab.pdf");
        // a right-to-left override would show this zip as "Facture-2026piz.pdf"
        assertThat(AttachmentPolicy.safeName("Facture-2026\u202Efdp.zip")).isEqualTo("Facture-2026fdp.zip");
        assertThat(AttachmentPolicy.safeName("note\u200B.txt")).isEqualTo("note.txt");
        assertThat(AttachmentPolicy.safeName("")).isEqualTo("fichier");
    }
}
