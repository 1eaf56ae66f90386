package fr.guichet.requests.web;

import fr.guichet.requests.NewWork;
import fr.guichet.requests.WorkDuration;
import fr.guichet.requests.WorkEntry;
import fr.guichet.requests.WorkKind;
import fr.guichet.requests.WorkRuleViolation;
import fr.guichet.shared.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The work form of the request page (and the composer's time field), as typed: kept as text so that a refused form
 * shows what was typed. {@code billable} is "" (as the contract suggests), "true" or "false".
 */
record WorkForm(
        WorkKind kind, String time, String itemCode, String quantity, String billable, String note, String workedOn) {

    WorkForm {
        time = time == null ? "" : time;
        itemCode = itemCode == null ? "" : itemCode;
        quantity = quantity == null ? "" : quantity;
        billable = billable == null ? "" : billable;
        note = note == null ? "" : note;
        workedOn = workedOn == null ? "" : workedOn;
    }

    static WorkForm blank(WorkKind kind) {
        return new WorkForm(kind, "", "", "1", "", "", "");
    }

    /** An entry's values, to change them. */
    static WorkForm of(WorkEntry entry) {
        return new WorkForm(
                entry.getKind(),
                entry.getDuration() == null ? "" : entry.getDuration(),
                entry.getItemCode(),
                entry.getQuantity().stripTrailingZeros().toPlainString(),
                String.valueOf(entry.isBillable()),
                entry.getNote() == null ? "" : entry.getNote(),
                entry.getWorkedOn().toString());
    }

    /** The work typed, or the field that is not right. */
    NewWork toNewWork() {
        if (kind == null) {
            throw new WorkRuleViolation("kind", "worklog.error.kind");
        }
        Integer minutes = null;
        BigDecimal q = null;
        if (kind == WorkKind.TIME) {
            minutes = WorkDuration.parse(time)
                    .orElseThrow(() -> new WorkRuleViolation("minutes", "worklog.error.minutes"));
        } else {
            q = Decimals.parse(quantity, 10, 2)
                    .filter(n -> n.signum() > 0)
                    .orElseThrow(() -> new WorkRuleViolation("quantity", "worklog.error.quantity"));
        }
        LocalDate day = null;
        if (!workedOn.isBlank()) {
            try {
                day = LocalDate.parse(workedOn.strip());
            } catch (DateTimeParseException e) {
                throw new WorkRuleViolation("workedOn", "worklog.error.date");
            }
        }
        Boolean isBillable = billable.isBlank() ? null : Boolean.valueOf(billable);
        return new NewWork(kind, minutes, itemCode.isBlank() ? null : itemCode, q, isBillable, note, day);
    }
}
