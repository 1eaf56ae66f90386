package fr.guichet.customers;

import fr.guichet.shared.Language;

/** A contact as sales administration types it. */
public record ContactDetails(
        String firstName,
        String lastName,
        String jobTitle,
        String email,
        String phone,
        String mobile,
        Language language,
        ContactChannel channel) {}
