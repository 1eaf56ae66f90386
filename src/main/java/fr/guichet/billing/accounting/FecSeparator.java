package fr.guichet.billing.accounting;

/** The field separators the FEC allows (article A47 A-1 of the livre des procédures fiscales): tab or pipe. */
public enum FecSeparator {
    TAB('\t'),
    PIPE('|');

    private final char character;

    FecSeparator(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }
}
