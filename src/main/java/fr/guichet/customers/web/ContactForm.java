package fr.guichet.customers.web;

import fr.guichet.customers.Contact;
import fr.guichet.customers.ContactChannel;
import fr.guichet.customers.ContactDetails;
import fr.guichet.shared.Language;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A contact as sales administration types it. */
record ContactForm(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
        String firstName,

        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.max-length}")
        String lastName,

        @Size(max = 120, message = "{validation.max-length}")
        String jobTitle,

        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max-length}")
        String email,

        @Size(max = 30, message = "{validation.max-length}") String phone,
        @Size(max = 30, message = "{validation.max-length}") String mobile,
        Language language,
        ContactChannel channel,
        int version) {

    static ContactForm blank() {
        return new ContactForm("", "", "", "", "", "", Language.FR, ContactChannel.EMAIL, 0);
    }

    static ContactForm of(Contact c) {
        return new ContactForm(
                c.getFirstName(),
                c.getLastName(),
                c.getJobTitle(),
                c.getEmail(),
                c.getPhone(),
                c.getMobile(),
                Language.ofCode(c.getPreferredLanguage()),
                c.getPreferredChannel(),
                c.getVersion());
    }

    ContactDetails details() {
        return new ContactDetails(firstName, lastName, jobTitle, email, phone, mobile, language, channel);
    }
}
