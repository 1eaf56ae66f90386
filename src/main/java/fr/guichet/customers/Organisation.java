package fr.guichet.customers;

import fr.guichet.shared.Siren;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A customer organisation: a company, a public body or an individual customer. */
@Table("customers_organisation")
public class Organisation {

    private @Id Long id;
    private String name;
    private String tradeName;
    private OrganisationKind kind;
    private CustomerStatus status;
    private String siren;
    private String segment;

    @Embedded.Nullable
    private Address address;

    private String phone;
    private String email;
    private Instant createdAt;
    private @Version int version;

    @PersistenceCreator
    Organisation(
            Long id,
            String name,
            String tradeName,
            OrganisationKind kind,
            CustomerStatus status,
            String siren,
            String segment,
            Address address,
            String phone,
            String email,
            Instant createdAt,
            int version) {
        this.id = id;
        this.name = name;
        this.tradeName = tradeName;
        this.kind = kind;
        this.status = status;
        this.siren = siren;
        this.segment = segment;
        this.address = address;
        this.phone = phone;
        this.email = email;
        this.createdAt = createdAt;
        this.version = version;
    }

    public static Organisation register(NewOrganisation details, Instant now) {
        String siren = details.siren() == null || details.siren().isBlank()
                ? null
                : Siren.of(details.siren()).value();
        return new Organisation(
                null,
                details.name().strip(),
                details.tradeName(),
                details.kind(),
                details.status(),
                siren,
                details.segment(),
                details.address(),
                details.phone(),
                details.email(),
                now,
                0);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTradeName() {
        return tradeName;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public String getSiren() {
        return siren;
    }

    /** The SIREN as printed: "732 829 320"; empty when there is none. */
    public String getSirenFormatted() {
        return siren == null ? "" : new Siren(siren).formatted();
    }

    public String getSegment() {
        return segment;
    }

    public Address getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
