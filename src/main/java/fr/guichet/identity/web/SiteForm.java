package fr.guichet.identity.web;

import fr.guichet.identity.Site;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record SiteForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[A-Za-z0-9 _-]{2,40}", message = "{admin.error.code-format}")
        String code,

        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String name,

        @Size(max = 120, message = "{validation.max-length}")
        String city,

        Boolean remote,
        int version) {

    static SiteForm blank() {
        return new SiteForm("", "", "", false, 0);
    }

    static SiteForm of(Site site) {
        return new SiteForm(site.getCode(), site.getName(), site.getCity(), site.isRemote(), site.getVersion());
    }
}
