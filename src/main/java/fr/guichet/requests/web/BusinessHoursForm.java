package fr.guichet.requests.web;

import fr.guichet.requests.BusinessHours;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.List;

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

        List<DayOfWeek> days,
        int version) {

    static BusinessHoursForm of(BusinessHours.Current current) {
        return new BusinessHoursForm(
                current.calendar().opens().toString(),
                current.calendar().closes().toString(),
                current.calendar().zone().getId(),
                current.calendar().days().stream().sorted().toList(),
                current.version());
    }
}
