package fr.guichet.customers;

import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person at a customer organisation. */
@Table("customers_contact")
public class Contact {

    private @Id Long id;
    private Long organisationId;
    private String firstName;
    private String lastName;
    private String jobTitle;
    private String email;
    private String phone;
    private String preferredLanguage;
    private String mobile;
    private ContactChannel preferredChannel = ContactChannel.EMAIL;
    private @Version int version;

    @PersistenceCreator
    Contact(
            Long id,
            Long organisationId,
            String firstName,
            String lastName,
            String jobTitle,
            String email,
            String phone,
            String preferredLanguage,
            int version) {
        this.id = id;
        this.organisationId = organisationId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.jobTitle = jobTitle;
        this.email = email;
        this.phone = phone;
        this.preferredLanguage = preferredLanguage;
        this.version = version;
    }

    public static Contact of(
            long organisationId, String firstName, String lastName, String jobTitle, String email, String phone) {
        return new Contact(null, organisationId, firstName, lastName, jobTitle, email, phone, "fr", 0);
    }

    /** New details from sales administration (checked by {@link CustomerManagement}). */
    void change(ContactDetails details) {
        firstName = details.firstName().strip();
        lastName = details.lastName().strip();
        jobTitle = blankToNull(details.jobTitle());
        email = blankToNull(details.email()) == null
                ? null
                : details.email().strip().toLowerCase(Locale.ROOT);
        phone = blankToNull(details.phone());
        mobile = blankToNull(details.mobile());
        preferredLanguage =
                details.language() == null ? "fr" : details.language().code();
        preferredChannel = details.channel() == null ? ContactChannel.EMAIL : details.channel();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getMobile() {
        return mobile;
    }

    public ContactChannel getPreferredChannel() {
        return preferredChannel;
    }

    public int getVersion() {
        return version;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }
}
