package fr.guichet.knowledge;

/** The help centre's voter cookie's name, as tests read it. */
final class PublicHelpControllerAccess {

    static final String VOTER_COOKIE = "GUICHET_HELP_VOTER";

    private PublicHelpControllerAccess() {}
}
