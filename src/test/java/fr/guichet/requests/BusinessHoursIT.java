package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.shared.BusinessCalendar;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/** Administrators change the business hours; new due times follow them; bad input is told next to its field. */
class BusinessHoursIT extends IntegrationTest {

    @Autowired
    BusinessHours hours;

    @Autowired
    RequestManagement requests;

    @Autowired
    PlatformTransactionManager transactions;

    @LocalServerPort
    int port;

    @AfterEach
    void backToTheUsualHours() {
        BusinessHours.Current current = hours.current();
        if (!current.calendar().equals(BusinessCalendar.PARIS_OFFICE)) {
            hours.change(BusinessCalendar.PARIS_OFFICE, current.version(), "test");
        }
    }

    @Test
    void hoursReadWhileTheyAreBeingChangedAreNotKeptPastTheCommit() {
        BusinessCalendar mornings = new BusinessCalendar(
                ZoneId.of("Europe/Paris"),
                LocalTime.of(8, 0),
                LocalTime.of(12, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        int version = hours.current().version();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            hours.change(mornings, version, "test");
            BusinessCalendar meanwhile =
                    CompletableFuture.supplyAsync(hours::calendar).join();
            assertThat(meanwhile).as("a due time computed before the commit").isNotEqualTo(mornings);
        });

        assertThat(hours.calendar()).as("the next one, after the commit").isEqualTo(mornings);
    }

    @Test
    void anAdministratorSetsNewHoursAndNewRequestsAreDueInThem() {
        HttpSession admin = new HttpSession(port);
        admin.login(staff(Role.ADMIN).getUsername(), PASSWORD);
        String page = admin.get("/back/admin/business-hours").body();
        assertThat(page).contains("value=\"09:00\"").contains("value=\"18:00\"");
        int version = hours.current().version();

        HttpResponse<String> saved = admin.post(
                "/back/admin/business-hours",
                "version",
                String.valueOf(version),
                "days",
                "MONDAY",
                "days",
                "TUESDAY",
                "days",
                "WEDNESDAY",
                "days",
                "THURSDAY",
                "days",
                "FRIDAY",
                "days",
                "SATURDAY",
                "opens",
                "08:00",
                "closes",
                "12:30",
                "zone",
                "Indian/Reunion");
        assertThat(saved.statusCode()).isEqualTo(302);
        BusinessCalendar expected = new BusinessCalendar(
                ZoneId.of("Indian/Reunion"),
                LocalTime.of(8, 0),
                LocalTime.of(12, 30),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        assertThat(hours.calendar()).isEqualTo(expected);
        assertThat(HtmlUtils.htmlUnescape(
                        admin.get("/back/admin/business-hours").body()))
                .contains("value=\"08:00\"")
                .contains("Modifiées par");

        UserAccount agent = staff(Role.FRONT_OFFICE);
        Request request = requests.submit(
                new NewRequest("Horaires", "Texte", Category.OTHER, Channel.PHONE, null, null, "Client", null, null),
                new Actor(agent.getId(), agent.getDisplayName()));
        ServiceLevels levels = new ServiceLevels(expected);
        assertThat(request.getResolutionDue())
                .isEqualTo(levels.resolutionDue(Category.OTHER, request.getPriority(), request.getCreatedAt()));
        assertThat(request.getResolutionDue())
                .isNotEqualTo(new ServiceLevels(BusinessCalendar.PARIS_OFFICE)
                        .resolutionDue(Category.OTHER, request.getPriority(), request.getCreatedAt()));

        HttpResponse<String> stale = admin.post(
                "/back/admin/business-hours",
                "version",
                String.valueOf(version),
                "days",
                "MONDAY",
                "opens",
                "09:00",
                "closes",
                "17:00",
                "zone",
                "Europe/Paris");
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(stale.body())).contains("Quelqu’un d’autre a modifié");
        assertThat(hours.calendar()).isEqualTo(expected);
    }

    @Test
    void badHoursAreToldNextToTheirFieldAndWhatWasTypedIsKept() {
        HttpSession admin = new HttpSession(port);
        admin.login(staff(Role.ADMIN).getUsername(), PASSWORD);
        BusinessCalendar before = hours.calendar();
        assertThat(admin.get("/back/admin/business-hours").statusCode()).isEqualTo(200);

        HttpResponse<String> reversed = admin.post(
                "/back/admin/business-hours",
                "version",
                String.valueOf(hours.current().version()),
                "days",
                "MONDAY",
                "opens",
                "17:00",
                "closes",
                "08:15",
                "zone",
                "Europe/Paris");
        String page = HtmlUtils.htmlUnescape(reversed.body());
        assertThat(page)
                .contains("id=\"closes-error\"")
                .contains("La fermeture doit venir après l’ouverture.")
                .contains("value=\"17:00\"")
                .contains("value=\"08:15\"");

        String invalid = HtmlUtils.htmlUnescape(admin.post(
                        "/back/admin/business-hours",
                        "version",
                        String.valueOf(hours.current().version()),
                        "opens",
                        "25:00",
                        "closes",
                        "18:00",
                        "zone",
                        "Mars/Olympus")
                .body());
        assertThat(invalid)
                .contains("id=\"opens-error\"")
                .contains("value=\"25:00\"")
                .contains("id=\"days-error\"")
                .contains("id=\"zone-error\"");
        assertThat(hours.calendar()).isEqualTo(before);

        HttpResponse<String> noSuchDay = admin.post(
                "/back/admin/business-hours",
                "version",
                String.valueOf(hours.current().version()),
                "days",
                "MONDAY",
                "days",
                "FUNDAY",
                "opens",
                "09:00",
                "closes",
                "17:00",
                "zone",
                "Europe/Paris");
        assertThat(noSuchDay.statusCode())
                .as("a day that is no day is a field error, not a 500")
                .isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(noSuchDay.body()))
                .contains("id=\"days-error\"")
                .contains("value=\"09:00\"");
        assertThat(hours.calendar()).isEqualTo(before);
    }
}
