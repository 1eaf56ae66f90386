package fr.guichet.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.billing.InvoiceDocument;
import fr.guichet.billing.InvoiceMailRefused;
import fr.guichet.billing.InvoiceMailing;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.NewOrganisation;
import fr.guichet.customers.Organisation;
import fr.guichet.customers.OrganisationKind;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import fr.guichet.support.TestOrganisations;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Billing's "send": the customer receives (a real SMTP server, GreenMail) the invoice in their language with its
 * Factur-X PDF attached.
 */
class InvoiceMailingIT extends IntegrationTest {

    @Autowired
    InvoiceMailing mailing;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aFrenchCustomerReceivesTheInvoiceWithItsFacturXPdf() throws Exception {
        String recipient = unique("compta") + "@example.fr";
        InvoiceDocument invoice = SampleInvoices.invoice(Locale.FRENCH);

        new TransactionTemplate(transactions).executeWithoutResult(status -> mailing.send(invoice, recipient));

        List<MimeMessage> received = TestMail.awaitFor(recipient, 1);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("Facture FA-2026-000042 de Atelier Numérique Test");
        assertThat(InvoiceRenderingIT.plain(TestMail.text(mail)))
                .contains("notre facture FA-2026-000042", "651,40 €", "15 avril 2026", "Factur-X");
        List<Part> files = attachments(mail);
        assertThat(files).hasSize(1);
        assertThat(MimeUtility.decodeText(files.get(0).getFileName())).isEqualTo("Facture-FA-2026-000042.pdf");
        assertThat(files.get(0).isMimeType("application/pdf")).isTrue();
        byte[] pdf = files.get(0).getInputStream().readAllBytes();
        assertThat(InvoiceRenderingIT.embeddedFacturX(pdf)).isNotEmpty();
        assertThat(InvoiceRenderingIT.text(pdf)).contains("FA-2026-000042", "Net à payer", "651,40 €");
    }

    @Test
    void anEnglishCustomerReceivesTheCreditNoteInEnglish() throws Exception {
        String recipient = unique("accounts") + "@example.com";
        InvoiceDocument credit = SampleInvoices.creditNote(Locale.ENGLISH);

        mailing.send(credit, recipient);

        MimeMessage mail = TestMail.awaitFor(recipient, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Credit note AV-2026-000003 from Atelier Numérique Test");
        assertThat(TestMail.text(mail)).contains("corrects invoice FA-2026-000042");
        List<Part> files = attachments(mail);
        assertThat(MimeUtility.decodeText(files.get(0).getFileName())).isEqualTo("Credit-note-AV-2026-000003.pdf");
        assertThat(InvoiceRenderingIT.text(files.get(0).getInputStream().readAllBytes()))
                .contains("Credit note", "Amount credited");
    }

    @Test
    void theCustomersOwnAddressIsUsedAndACustomerWithoutOneIsRefusedWithAReason() throws Exception {
        String address = unique("facturation") + "@example.fr";
        Organisation withMail = customers.register(new NewOrganisation(
                unique("Client facturé"),
                null,
                OrganisationKind.COMPANY,
                CustomerStatus.CUSTOMER,
                null,
                "test",
                fr.guichet.customers.Address.french("1 rue de la Paix", "69001", "Lyon"),
                null,
                address));
        mailing.send(withMail.getId(), SampleInvoices.deposit(Locale.FRENCH));
        MimeMessage mail = TestMail.awaitFor(address, 1).get(0);
        assertThat(mail.getSubject()).startsWith("Facture d’acompte FA-2026-000040");
        assertThat(MimeUtility.decodeText(attachments(mail).get(0).getFileName()))
                .isEqualTo("Facture-acompte-FA-2026-000040.pdf");

        Organisation withoutMail =
                customers.register(TestOrganisations.customerCompany(unique("Client sans courriel")));
        assertThatThrownBy(() -> mailing.send(withoutMail.getId(), SampleInvoices.invoice(Locale.FRENCH)))
                .isInstanceOf(InvoiceMailRefused.class)
                .hasMessageContaining("no email address");
    }

    private static List<Part> attachments(Part part) throws Exception {
        List<Part> found = new ArrayList<>();
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            found.add(part);
        } else if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                found.addAll(attachments(parts.getBodyPart(i)));
            }
        }
        return found;
    }
}
