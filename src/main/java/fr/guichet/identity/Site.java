package fr.guichet.identity;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A place where staff work: the head office, or a remote back office (seed 000: the back office can be elsewhere). */
@Table("identity_site")
public class Site {

    private @Id Long id;
    private String code;
    private String name;
    private String city;
    private boolean remote;
    private @Version int version;

    @PersistenceCreator
    Site(Long id, String code, String name, String city, boolean remote, int version) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.city = city;
        this.remote = remote;
        this.version = version;
    }

    public static Site create(String code, String name, String city, boolean remote) {
        return new Site(null, code, name, city, remote, 0);
    }

    public void change(String code, String name, String city, boolean remote) {
        this.code = code;
        this.name = name;
        this.city = city;
        this.remote = remote;
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

    public String getCity() {
        return city;
    }

    public boolean isRemote() {
        return remote;
    }

    public int getVersion() {
        return version;
    }
}
