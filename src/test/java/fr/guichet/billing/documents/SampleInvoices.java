package fr.guichet.billing.documents;

import fr.guichet.billing.InvoiceDocument;
import fr.guichet.billing.InvoiceDocument.Deposit;
import fr.guichet.billing.InvoiceDocument.Line;
import fr.guichet.billing.InvoiceDocument.OperationCategory;
import fr.guichet.billing.InvoiceDocument.Party;
import fr.guichet.billing.InvoiceDocument.PostalAddress;
import fr.guichet.billing.InvoiceDocument.VatSummary;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Invoices, deposit invoices and credit notes as billing hands them to the renderer, computed here the way billing
 * computes them (each line rounded to the cent, then the VAT of each rate): several VAT rates, discounts, an exempt
 * line. Not the demo company: a seller of the tests' own.
 */
final class SampleInvoices {

    static final String EXEMPTION = "Exonération de TVA, art. 261-4-4° du CGI";

    private SampleInvoices() {}

    static Party seller() {
        return new Party(
                "Atelier Numérique Test",
                "SAS",
                new BigDecimal("50000"),
                new PostalAddress(List.of("12 rue des Essais", "Bâtiment B"), "69002", "Lyon", "FR"),
                "732829320",
                "73282932000074",
                "Lyon",
                "FR44732829320",
                "factures@atelier-test.example",
                "04 72 00 00 00");
    }

    static Party buyer() {
        return new Party(
                "Boulangerie des Tests SARL",
                "SARL",
                null,
                new PostalAddress(List.of("3 place du Marché"), "38000", "Grenoble", "FR"),
                "552100554",
                null,
                null,
                "FR40552100554",
                "compta@boulangerie-tests.example",
                null);
    }

    static Line line(
            String description, String quantity, Unit unit, String price, String discount, VatRate rate, String note) {
        BigDecimal q = new BigDecimal(quantity);
        BigDecimal d = new BigDecimal(discount);
        BigDecimal net = q.multiply(new BigDecimal(price))
                .multiply(BigDecimal.ONE.subtract(d.movePointLeft(2)))
                .setScale(2, RoundingMode.HALF_UP);
        return new Line(description, q, unit, Money.euros(price), d, rate, new Money(net, Money.EUR), note, null);
    }

    /** Four lines: 20 % with a discount, 5.5 %, an exempt one at 0 %, 10 % with an odd discount and quantity. */
    static List<Line> mixedLines() {
        return List.of(
                line("Maintenance informatique", "3", Unit.HOUR, "65.00", "10", VatRate.STANDARD, null),
                line("Guide de l'utilisateur imprimé", "2", Unit.PIECE, "28.40", "0", VatRate.REDUCED, null),
                line("Formation professionnelle continue", "1", Unit.DAY, "450.00", "0", VatRate.ZERO, EXEMPTION),
                line("Déplacement sur site", "1.5", Unit.HOUR, "33.33", "7.5", VatRate.INTERMEDIATE, null));
    }

    static InvoiceDocument invoice(Locale language) {
        return document(
                InvoiceKind.INVOICE,
                "FA-2026-000042",
                language,
                mixedLines(),
                List.of(new Deposit("FA-2026-000040", LocalDate.of(2026, 3, 2), Money.euros("120.00"))),
                null,
                null);
    }

    static InvoiceDocument deposit(Locale language) {
        return document(
                InvoiceKind.DEPOSIT,
                "FA-2026-000040",
                language,
                List.of(
                        line("Acompte de 30 % — matériel", "1", Unit.PACKAGE, "300.00", "0", VatRate.STANDARD, null),
                        line("Acompte de 30 % — documentation", "1", Unit.PACKAGE, "45.00", "5", VatRate.REDUCED, null),
                        line("Acompte de 30 % — formation", "1", Unit.PACKAGE, "135.00", "0", VatRate.ZERO, EXEMPTION)),
                List.of(),
                null,
                null);
    }

    static InvoiceDocument creditNote(Locale language) {
        return document(
                InvoiceKind.CREDIT_NOTE,
                "AV-2026-000003",
                language,
                List.of(
                        line(
                                "Maintenance informatique (avoir partiel)",
                                "1",
                                Unit.HOUR,
                                "65.00",
                                "10",
                                VatRate.STANDARD,
                                null),
                        line("Guide de l'utilisateur imprimé", "1", Unit.PIECE, "28.40", "0", VatRate.REDUCED, null),
                        line(
                                "Formation professionnelle continue",
                                "0.5",
                                Unit.DAY,
                                "450.00",
                                "0",
                                VatRate.ZERO,
                                EXEMPTION)),
                List.of(),
                "FA-2026-000042",
                LocalDate.of(2026, 3, 16));
    }

    static InvoiceDocument document(
            InvoiceKind kind,
            String number,
            Locale language,
            List<Line> lines,
            List<Deposit> deposits,
            String precedingNumber,
            LocalDate precedingDate) {
        Map<VatRate, Money> bases = new EnumMap<>(VatRate.class);
        Map<VatRate, String> notes = new EnumMap<>(VatRate.class);
        for (Line line : lines) {
            bases.merge(line.vatRate(), line.net(), Money::plus);
            if (line.exemptionNote() != null) {
                notes.put(line.vatRate(), line.exemptionNote());
            }
        }
        List<VatSummary> summary = new ArrayList<>();
        Money net = Money.zero(Money.EUR);
        Money vat = Money.zero(Money.EUR);
        for (Map.Entry<VatRate, Money> base : bases.entrySet()) {
            Money tax = base.getKey().vatOn(base.getValue());
            summary.add(new VatSummary(base.getKey(), base.getValue(), tax, notes.get(base.getKey())));
            net = net.plus(base.getValue());
            vat = vat.plus(tax);
        }
        Money gross = net.plus(vat);
        Money prepaid = deposits.stream().map(Deposit::gross).reduce(Money.zero(Money.EUR), Money::plus);
        LocalDate issued = LocalDate.of(2026, 3, 16);
        return new InvoiceDocument(
                kind,
                number,
                issued,
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28),
                issued.plusDays(30),
                language,
                seller(),
                buyer(),
                new PostalAddress(List.of("Entrepôt des Tests", "ZI Sud"), "38400", "Saint-Martin-d'Hères", "FR"),
                "BC-7781",
                precedingNumber,
                precedingDate,
                lines,
                summary,
                net,
                vat,
                gross,
                deposits,
                prepaid,
                gross.minus(prepaid),
                OperationCategory.MIXED,
                true,
                new BigDecimal("12.15"),
                true,
                null,
                30,
                false,
                number,
                "FR7630006000011234567890189",
                "AGRIFRPP",
                "Merci de rappeler le numéro de facture lors du paiement.");
    }
}
