package fr.guichet.identity.internal;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.UserAccount;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads the accounts that may sign in with a password: staff and customers, not integrations. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    AccountDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return users.findByUsername(normalised)
                .filter(UserAccount::canSignInInteractively)
                .map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("No interactive account"));
    }
}
