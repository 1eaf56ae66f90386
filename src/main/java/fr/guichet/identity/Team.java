package fr.guichet.identity;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A team of staff: reception, technical support, billing, sales administration, HR, legal, IT. */
@Table("identity_team")
public class Team {

    private @Id Long id;
    private String code;
    private String name;
    private Office office;
    private String email;
    private boolean answersCustomers;
    private boolean autoAssign;
    private @Version int version;

    @PersistenceCreator
    Team(Long id, String code, String name, Office office, String email, boolean answersCustomers, int version) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.office = office;
        this.email = email;
        this.answersCustomers = answersCustomers;
        this.version = version;
    }

    public static Team create(String code, String name, Office office, String email, boolean answersCustomers) {
        return new Team(null, code, name, office, email, answersCustomers, 0);
    }

    public void change(String code, String name, Office office, String email, boolean answersCustomers) {
        this.code = code;
        this.name = name;
        this.office = office;
        this.email = email;
        this.answersCustomers = answersCustomers;
    }

    /** Whether new requests reaching the team go at once to its present member with the fewest open requests. */
    public boolean isAutoAssign() {
        return autoAssign;
    }

    public void changeAutoAssign(boolean autoAssign) {
        this.autoAssign = autoAssign;
    }

    /** Whether the team may answer customers directly; otherwise it answers the front-office owner. */
    public boolean isAnswersCustomers() {
        return answersCustomers;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Office getOffice() {
        return office;
    }

    public String getEmail() {
        return email;
    }

    public int getVersion() {
        return version;
    }
}
