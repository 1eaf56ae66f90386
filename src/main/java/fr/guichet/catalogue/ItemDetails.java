package fr.guichet.catalogue;

import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;

/** What defines a catalogue item, as typed by sales administration or sent through the API. */
public record ItemDetails(
        String code,
        String nameFr,
        String nameEn,
        String descriptionFr,
        String descriptionEn,
        Unit unit,
        Money unitPrice,
        VatRate vatRate,
        String vatExemption,
        Recurrence recurrence,
        boolean publicItem) {}
