package fr.guichet.requests.web;

import fr.guichet.requests.BusinessHours;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** The business hours as the administration edits them; times as typed ("08:30"), kept when refused. */
record BusinessHoursForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "{requests.hours.error.time}")
        String opens,

        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "{requests.hours.error.time}")
        String closes,

        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.max-length}")
        String zone,

        /** The days' names as sent ("MONDAY"): a name that is no day is a field error, not a form that cannot be built. */
        List<String> days,
        int version) {

    /** The days, when every name is one; empty otherwise. */
    Optional<EnumSet<DayOfWeek>> dayValues() {
        if (days == null || days.isEmpty()) {
            return Optional.empty();
        }
        EnumSet<DayOfWeek> values = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days) {
            try {
                values.add(DayOfWeek.valueOf(day));
            } catch (IllegalArgumentException notADay) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    static BusinessHoursForm of(BusinessHours.Current current) {
        return new BusinessHoursForm(
                current.calendar().opens().toString(),
                current.calendar().closes().toString(),
                current.calendar().zone().getId(),
                current.calendar().days().stream().sorted().map(DayOfWeek::name).toList(),
                current.version());
    }
}
