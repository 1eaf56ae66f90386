package fr.guichet.customers;

import fr.guichet.shared.Siren;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
    private String siret;
    private String vatNumber;

    @Embedded.Nullable(prefix = "delivery_")
    private Address deliveryAddress;

    private Long accountManagerId;
    private String notes;
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

    /**
     * Applies a checked profile (see {@link CustomerManagement}) and says which fields it changed, with their
     * values before and after.
     */
    List<FieldChange> apply(OrganisationProfile p) {
        List<FieldChange> changes = new ArrayList<>();
        name = track(changes, "name", name, p.name());
        tradeName = track(changes, "tradeName", tradeName, p.tradeName());
        kind = OrganisationKind.valueOf(
                track(changes, "kind", kind.name(), p.kind().name()));
        status = CustomerStatus.valueOf(
                track(changes, "status", status.name(), p.status().name()));
        siren = track(changes, "siren", siren, p.siren());
        siret = track(changes, "siret", siret, p.siret());
        vatNumber = track(changes, "vatNumber", vatNumber, p.vatNumber());
        segment = track(changes, "segment", segment, p.segment());
        address = trackAddress(changes, "address", address, p.address());
        deliveryAddress = trackAddress(changes, "deliveryAddress", deliveryAddress, p.deliveryAddress());
        phone = track(changes, "phone", phone, p.phone());
        email = track(changes, "email", email, p.email());
        String manager = track(
                changes,
                "accountManagerId",
                accountManagerId == null ? null : accountManagerId.toString(),
                p.accountManagerId() == null ? null : p.accountManagerId().toString());
        accountManagerId = manager == null ? null : Long.valueOf(manager);
        notes = track(changes, "notes", notes, p.notes());
        return changes;
    }

    private static String track(List<FieldChange> changes, String field, String before, String after) {
        String cleaned = after == null || after.isBlank() ? null : after.strip();
        if (!Objects.equals(before, cleaned)) {
            changes.add(new FieldChange(field, before, cleaned));
        }
        return cleaned;
    }

    private static Address trackAddress(List<FieldChange> changes, String field, Address before, Address after) {
        Address cleaned = after == null || after.isEmpty() ? null : after.cleaned();
        if (!Objects.equals(before == null || before.isEmpty() ? null : before, cleaned)) {
            changes.add(new FieldChange(
                    field, before == null ? null : before.oneLine(), cleaned == null ? null : cleaned.oneLine()));
        }
        return cleaned;
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

    /** The segment's tags ("PME, Lyon" → PME and Lyon). */
    public List<String> getTags() {
        return segment == null
                ? List.of()
                : Arrays.stream(segment.split(","))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .toList();
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

    public String getSiret() {
        return siret;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public Address getDeliveryAddress() {
        return deliveryAddress;
    }

    public Long getAccountManagerId() {
        return accountManagerId;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
