package se.samverkan.notification;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The iCalendar (RFC 5545) invitation attached to meeting mail; the meeting's id and version keep updates in step. */
@ApplicationScoped
public class MeetingInvitations {

    @ConfigProperty(name = "samverkan.public-url")
    String publicUrl;

    String calendar(UUID meetingId, Object[] facts) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Samverkan//Meeting invitations//SV");
        calendar.setMethod(Method.publish());
        VEvent event = new VEvent();
        event.setUid("meeting-" + meetingId + "@samverkan");
        event.setSequence(((Number) facts[8]).intValue());
        event.setSummary(facts[1] + ": " + facts[0]);
        LocalDate date = Announcements.date(facts[2]);
        LocalTime start = Announcements.time(facts[3]);
        LocalTime end = Announcements.time(facts[4]);
        if (start == null) {
            event.setDateStart(java.sql.Date.valueOf(date), false);
            event.setDateEnd(java.sql.Date.valueOf(date.plusDays(1)), false);
        } else {
            event.setDateStart(Date.from(Announcements.at(date, start)));
            event.setDateEnd(Date.from(Announcements.at(date, end != null ? end : start.plusHours(1))));
        }
        if (facts[5] != null) {
            event.setLocation(facts[5].toString());
        } else if (facts[9] != null) {
            event.setLocation(facts[9].toString());
        }
        event.setUrl(publicUrl + SubjectType.MEETING.link(meetingId));
        calendar.addEvent(event);
        return Biweekly.write(calendar).go();
    }
}
