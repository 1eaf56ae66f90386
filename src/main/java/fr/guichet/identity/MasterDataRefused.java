package fr.guichet.identity;

/**
 * The account may read master data (customers, contacts, contracts, the catalogue) but not change them: that is for
 * back-office staff and administrators ({@link AccountPrincipal#keepsMasterData()}). The API answers 403 naming the
 * account's roles and the ones it lacks.
 */
public class MasterDataRefused extends CallerRefused {

    MasterDataRefused(AccountPrincipal caller) {
        super("identity.error.master-data-keepers", "master data not kept by " + caller.getUsername(), caller);
    }
}
