package fr.guichet.company.web;

import fr.guichet.shared.NotFound;

/** {@code /setup} once the first run is over: nothing there any more. */
class NoFirstRun extends NotFound {

    NoFirstRun() {
        super("setup", "first run over");
    }
}
