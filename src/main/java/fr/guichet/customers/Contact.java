package fr.guichet.customers;

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
