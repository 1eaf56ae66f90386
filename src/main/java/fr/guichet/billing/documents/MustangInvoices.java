package fr.guichet.billing.documents;

import fr.guichet.billing.InvoiceDocument;
import fr.guichet.billing.InvoiceDocument.Line;
import fr.guichet.billing.InvoiceDocument.Party;
import fr.guichet.billing.InvoiceDocument.PostalAddress;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.catalogue.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.mustangproject.Allowance;
import org.mustangproject.BankDetails;
import org.mustangproject.IncludedNote;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.ReferencedDocument;
import org.mustangproject.SchemedID;
import org.mustangproject.SubjectCode;
import org.mustangproject.TradeParty;

/**
 * An {@link InvoiceDocument} as Mustang's model of an EN 16931 invoice, from which it writes the Factur-X (CII) and the
 * UBL XML. Billing has computed everything already; Mustang computes the same totals again from the lines (rounded per
 * line, then VAT per rate), which the tests compare with the document's.
 */
final class MustangInvoices {

    /** Invoice, prepayment (deposit) invoice and credit note: UNTDID 1001 codes. */
    static final String INVOICE = "380";

    static final String DEPOSIT = "386";
    static final String CREDIT_NOTE = "381";

    /** Standard rate and exempt: UNTDID 5305 VAT categories. */
    static final String STANDARD_RATE = "S";

    static final String EXEMPT = "E";

    /** SIREN: the ISO 6523 scheme of French company identifiers. */
    static final String SIREN_SCHEME = "0002";

    /** Discount: UNTDID 5189 allowance reason. */
    static final String DISCOUNT = "95";

    /** SEPA credit transfer: UNTDID 4461. */
    static final String CREDIT_TRANSFER = "58";

    private MustangInvoices() {}

    static Invoice of(InvoiceDocument document, InvoiceMentions.Texts mentions) {
        Invoice invoice = new Invoice()
                .setDocumentCode(code(document.kind()))
                .setNumber(document.number())
                .setIssueDate(date(document.issueDate()))
                .setDueDate(date(document.dueDate()))
                .setCurrency(document.totalGross().currency().getCurrencyCode())
                .setSender(seller(document))
                .setRecipient(party(document.buyer()))
                .setPaymentTermDescription(mentions.paymentTerms())
                .setPaymentReference(document.paymentReference());
        if (document.serviceFrom() != null && document.serviceTo() != null) {
            invoice.setDetailedDeliveryPeriod(date(document.serviceFrom()), date(document.serviceTo()));
        } else {
            LocalDate delivered = document.serviceTo() != null
                    ? document.serviceTo()
                    : document.serviceFrom() != null ? document.serviceFrom() : document.issueDate();
            invoice.setDeliveryDate(date(delivered));
        }
        if (document.deliveryAddress() != null) {
            TradeParty delivery = address(new TradeParty(), document.deliveryAddress());
            delivery.setName(document.buyer().name());
            invoice.setDeliveryAddress(delivery);
        }
        if (document.purchaseOrder() != null && !document.purchaseOrder().isBlank()) {
            invoice.setBuyerOrderReferencedDocumentID(document.purchaseOrder());
        }
        if (document.precedingNumber() != null) {
            invoice.setInvoiceReferencedDocumentID(document.precedingNumber());
            if (document.precedingDate() != null) {
                invoice.setInvoiceReferencedIssueDate(date(document.precedingDate()));
            }
        }
        for (InvoiceDocument.Deposit deposit : document.deposits()) {
            invoice.addInvoiceReferencedDocument(new ReferencedDocument(deposit.number(), date(deposit.date())));
        }
        if (document.prepaid().amount().signum() != 0) {
            invoice.setTotalPrepaidAmount(document.prepaid().amount());
        }
        List<IncludedNote> notes = new ArrayList<>();
        notes.add(new IncludedNote(mentions.recoveryIndemnity(), SubjectCode.PMT));
        notes.add(new IncludedNote(mentions.lateInterest(), SubjectCode.PMD));
        notes.add(new IncludedNote(mentions.earlyPaymentDiscount(), SubjectCode.AAB));
        notes.add(IncludedNote.generalNote(mentions.category()));
        if (mentions.vatOnDebits() != null) {
            notes.add(IncludedNote.taxNote(mentions.vatOnDebits()));
        }
        if (document.notes() != null && !document.notes().isBlank()) {
            notes.add(IncludedNote.generalNote(document.notes().strip()));
        }
        invoice.addNotes(notes);
        int position = 1;
        for (Line line : document.lines()) {
            invoice.addItem(item(line, position++, mentions.discount()));
        }
        return invoice;
    }

    private static Item item(Line line, int position, String discountReason) {
        Product product = new Product(
                line.description(), "", unitCode(line.unit()), line.vatRate().percent());
        if (line.vatRate().needsExemptionReason()) {
            product.setTaxCategoryCode(EXEMPT);
            product.setTaxExemptionReason(line.exemptionNote() == null ? "" : line.exemptionNote());
        } else {
            product.setTaxCategoryCode(STANDARD_RATE);
        }
        Item item = new Item(product, line.unitPrice().amount(), line.quantity()).setId(Integer.toString(position));
        if (line.discountPercent().signum() != 0) {
            // the discount on the line's amount (BT-136), so that quantity × price − discount is the line's net
            BigDecimal gross = line.quantity().multiply(line.unitPrice().amount());
            BigDecimal discount = gross.subtract(line.net().amount());
            item.addAllowance(new Allowance(discount)
                    .setReasonCode(DISCOUNT)
                    .setReason(discountReason)
                    .setPercent(line.discountPercent())
                    .setTaxPercent(line.vatRate().percent()));
        }
        if (line.requestReference() != null) {
            item.addNote(line.requestReference());
        }
        return item;
    }

    private static TradeParty seller(InvoiceDocument document) {
        Party seller = document.seller();
        TradeParty party = party(seller);
        StringBuilder legal = new StringBuilder();
        if (seller.legalForm() != null) {
            legal.append(seller.legalForm());
        }
        if (seller.shareCapital() != null) {
            legal.append(legal.isEmpty() ? "" : " ")
                    .append("capital ")
                    .append(seller.shareCapital().toPlainString())
                    .append(" EUR");
        }
        if (seller.rcsCity() != null && seller.siren() != null) {
            legal.append(legal.isEmpty() ? "" : ", ")
                    .append("RCS ")
                    .append(seller.rcsCity())
                    .append(' ')
                    .append(seller.siren());
        }
        if (!legal.isEmpty()) {
            party.setDescription(legal.toString());
        }
        if (document.iban() != null && !document.iban().isBlank()) {
            BankDetails bank = new BankDetails(document.iban()).setPaymentMeansCode(CREDIT_TRANSFER);
            if (document.bic() != null && !document.bic().isBlank()) {
                bank.setBIC(document.bic());
            }
            bank.setAccountName(seller.name());
            party.addBankDetails(bank);
        }
        return party;
    }

    private static TradeParty party(Party source) {
        TradeParty party = address(new TradeParty(), source.address());
        party.setName(source.name());
        if (source.siren() != null && !source.siren().isBlank()) {
            party.setLegalOrganisation(new LegalOrganisation(new SchemedID(SIREN_SCHEME, source.siren()), null));
        }
        if (source.vatNumber() != null && !source.vatNumber().isBlank()) {
            party.setVATID(source.vatNumber());
        }
        if (source.email() != null && !source.email().isBlank()) {
            party.setEmail(source.email());
        }
        return party;
    }

    private static TradeParty address(TradeParty party, PostalAddress address) {
        List<String> lines = address.lines();
        if (!lines.isEmpty()) {
            party.setStreet(lines.get(0));
        }
        if (lines.size() > 1) {
            party.setAdditionalAddress(String.join(", ", lines.subList(1, lines.size())));
        }
        return party.setZIP(address.postcode()).setLocation(address.city()).setCountry(address.country());
    }

    static String code(InvoiceKind kind) {
        return switch (kind) {
            case INVOICE -> INVOICE;
            case DEPOSIT -> DEPOSIT;
            case CREDIT_NOTE -> CREDIT_NOTE;
        };
    }

    /** UN/ECE Recommendation 20 (and 21, "X…") unit codes. */
    static String unitCode(Unit unit) {
        return switch (unit) {
            case HOUR -> "HUR";
            case DAY -> "DAY";
            case MONTH -> "MON";
            case USER, DEVICE -> "C62";
            case PACKAGE -> "XPK";
            case PIECE -> "H87";
        };
    }

    private static Date date(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
