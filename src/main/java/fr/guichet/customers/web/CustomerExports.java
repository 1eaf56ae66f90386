package fr.guichet.customers.web;

import fr.guichet.customers.Address;
import fr.guichet.customers.Contact;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.customers.UnknownCustomer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers out of Guichet: the back office's list as CSV, as French spreadsheets open it (UTF-8 with a byte order
 * mark, semicolons); a contact as a vCard for an address book.
 */
@RestController
class CustomerExports {

    private static final String[] COLUMNS = {
        "Raison sociale",
        "Nom commercial",
        "Type",
        "Statut",
        "SIREN",
        "SIRET",
        "TVA intracommunautaire",
        "Segment",
        "Adresse",
        "Code postal",
        "Ville",
        "Pays",
        "Téléphone",
        "Courriel"
    };

    private final CustomerManagement customers;

    CustomerExports(CustomerManagement customers) {
        this.customers = customers;
    }

    /** The customers the list shows for the same search ({@code q}), every one of them when there is none. */
    @GetMapping("/back/customers/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "") String q) {
        List<Organisation> organisations = q.isBlank() ? customers.all(Integer.MAX_VALUE) : customers.search(q, 10_000);
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(line(Stream.of(COLUMNS))).append("\r\n");
        for (Organisation o : organisations) {
            Address a = o.getAddress() == null ? new Address(null, null, null, null) : o.getAddress();
            csv.append(line(Stream.of(
                            o.getName(),
                            o.getTradeName(),
                            o.getKind().name(),
                            o.getStatus().name(),
                            o.getSiren(),
                            o.getSiret(),
                            o.getVatNumber(),
                            o.getSegment(),
                            a.street(),
                            a.postalCode(),
                            a.city(),
                            a.country(),
                            o.getPhone(),
                            o.getEmail())))
                    .append("\r\n");
        }
        return download(csv.toString(), "clients.csv", "text/csv;charset=UTF-8");
    }

    /** A contact of a customer as a vCard 3.0, which every address book reads. */
    @GetMapping({"/desk/customers/{id}/contacts/{contactId}.vcf", "/back/customers/{id}/contacts/{contactId}.vcf"})
    ResponseEntity<byte[]> vcard(@PathVariable long id, @PathVariable long contactId) {
        Organisation organisation = customers.find(id).orElseThrow(() -> new UnknownCustomer(String.valueOf(id)));
        Contact contact = customers.contactsOf(id).stream()
                .filter(c -> c.getId() == contactId)
                .findFirst()
                .orElseThrow(() -> new UnknownCustomer(id + "/" + contactId));
        StringBuilder card = new StringBuilder();
        card.append("BEGIN:VCARD\r\nVERSION:3.0\r\n");
        card.append(VCardText.line("N:" + VCardText.escape(contact.getLastName()) + ";"
                + VCardText.escape(contact.getFirstName()) + ";;;"));
        card.append(property("FN", contact.getFullName()));
        card.append(property("ORG", organisation.getName()));
        if (contact.getJobTitle() != null) {
            card.append(property("TITLE", contact.getJobTitle()));
        }
        if (contact.getEmail() != null) {
            card.append(property("EMAIL;TYPE=INTERNET,WORK", contact.getEmail()));
        }
        if (contact.getPhone() != null) {
            card.append(property("TEL;TYPE=WORK,VOICE", contact.getPhone()));
        }
        if (contact.getPreferredLanguage() != null) {
            card.append(property("LANG", contact.getPreferredLanguage()));
        }
        card.append("END:VCARD\r\n");
        String file =
                (contact.getFirstName() + "-" + contact.getLastName()).replaceAll("[^\\p{L}\\p{N}-]", "") + ".vcf";
        return download(card.toString(), file, "text/vcard;charset=UTF-8");
    }

    static String line(Stream<String> fields) {
        return CsvCells.line(fields);
    }

    /** A vCard property: name, escaped value, folded. */
    private static String property(String name, String value) {
        return VCardText.line(name + ":" + VCardText.escape(value));
    }

    private static ResponseEntity<byte[]> download(String body, String filename, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
