package fr.guichet.billing.reminders;

import fr.guichet.shared.NotFound;

/** A reminder, a level, a run or a payment plan that does not exist (or is not the reader's): 404. */
public class UnknownReminder extends NotFound {

    public UnknownReminder(String what) {
        super("reminder", what);
    }
}
