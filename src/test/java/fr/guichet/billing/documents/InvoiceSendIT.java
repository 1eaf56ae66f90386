package fr.guichet.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceDrafting;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceMailRefused;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.catalogue.Unit;
import fr.guichet.customers.Address;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.NewOrganisation;
import fr.guichet.customers.Organisation;
import fr.guichet.customers.OrganisationKind;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import fr.guichet.support.TestOrganisations;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Billing's "send by email" mails the validated invoice with its Factur-X PDF, or refuses and marks nothing. */
class InvoiceSendIT extends IntegrationTest {

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    fr.guichet.billing.InvoiceFiles files;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anInvoiceSentByEmailReachesTheCustomerWithItsPdf() throws Exception {
        String address = unique("compta") + "@example.fr";
        Organisation customer = customers.register(new NewOrganisation(
                unique("Client destinataire"),
                null,
                OrganisationKind.COMPANY,
                CustomerStatus.CUSTOMER,
                null,
                "test",
                Address.french("3 place Bellecour", "69002", "Lyon"),
                null,
                address));
        Invoice validated = validatedInvoiceOf(customer.getId());

        Invoice sent = invoices.markSent(validated.getId(), validated.getVersion(), true, "test");

        assertThat(sent.getStatus()).isEqualTo(InvoiceStatus.SENT);
        MimeMessage mail = TestMail.awaitFor(address, 1).get(0);
        assertThat(mail.getSubject()).contains(validated.getNumber());
        Part pdf = attachment(mail);
        byte[] bytes = pdf.getInputStream().readAllBytes();
        assertThat(InvoiceRenderingIT.text(bytes)).contains(validated.getNumber());
        assertThat(InvoiceRenderingIT.embeddedFacturX(bytes)).isNotEmpty();

        // the file sent is kept: every download is that file, byte for byte, and is made once
        assertThat(files.pdf(invoices.get(sent.getId())).content())
                .as("a download gives the PDF the customer received")
                .isEqualTo(bytes);
        assertThat(files.pdf(invoices.get(sent.getId())).content()).isEqualTo(bytes);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_invoice_file WHERE invoice_id = :id AND kind = 'PDF'")
                        .param("id", sent.getId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        byte[] xml = files.facturX(invoices.get(sent.getId())).content();
        assertThat(files.facturX(invoices.get(sent.getId())).content()).isEqualTo(xml);
    }

    @Test
    void aCustomerWithoutAnEmailAddressRefusesTheSendAndTheInvoiceStaysValidated() {
        Organisation customer = customers.register(TestOrganisations.customerCompany(unique("Client muet")));
        Invoice validated = validatedInvoiceOf(customer.getId());

        assertThatThrownBy(() -> invoices.markSent(validated.getId(), validated.getVersion(), true, "test"))
                .isInstanceOf(InvoiceMailRefused.class);

        assertThat(invoices.get(validated.getId()).getStatus()).isEqualTo(InvoiceStatus.VALIDATED);
    }

    private Invoice validatedInvoiceOf(long organisationId) {
        InvoiceDrafting.Drafted draft = invoices.draft(
                new InvoiceDraft(
                        organisationId,
                        InvoiceKind.INVOICE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new InvoiceDraft.Line(
                                null,
                                "Maintenance",
                                new BigDecimal("2"),
                                Unit.HOUR,
                                Money.euros("120.50"),
                                BigDecimal.ZERO,
                                VatRate.STANDARD,
                                null,
                                null,
                                null))),
                "test");
        InvoiceDrafting.Drafted validated = invoices.validate(draft.id(), draft.version(), "test");
        return invoices.get(validated.id());
    }

    private static Part attachment(Part part) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return part;
        }
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                Part found = attachment(parts.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
