package org.councilgraph.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.councilgraph.load.Paper;
import org.councilgraph.text.Span;

/**
 * One answer of a council's web service, as facts: the committees it lists, or the meetings (with their
 * items and attendees). Every value carries the span of {@link #paper()}'s text it was read from, so
 * each fact's provenance quotes the answer.
 *
 * @param paper      the answer as a paper: its XML text, its source URL, its hash
 * @param committees committees listed (GetCommittees)
 * @param meetings   meetings listed (GetMeetings) or described (GetMeeting)
 */
public record ServiceAnswer(Paper paper, List<Committee> committees, List<Meeting> meetings) {

    /** A value and where the answer prints it. */
    public record Value(String text, Span span) {
    }

    /** A committee: its title. */
    public record Committee(String id, Value title) {
    }

    /**
     * A meeting of a committee on a day.
     *
     * @param status as the service words it ("Confirmed", "Cancelled"), empty when not sent
     */
    public record Meeting(String id, Value committee, LocalDate date, Span dateSpan, Optional<LocalTime> start,
                          Optional<LocalTime> end, Optional<Value> venue, Optional<Value> status, List<Item> items,
                          List<Attendee> attendees) {
    }

    /** An item of a meeting: its printed number (empty when none) and title, and the documents attached. */
    public record Item(Optional<String> number, Value title, List<Document> documents) {
    }

    /** A document attached to an item: its title and the URL it is published at. */
    public record Document(Value title, String url) {
    }

    /**
     * A person the meeting lists, with what the service says of them (each empty when not sent).
     *
     * @param attendance as the service words it ("Present", "Apologies", "Expected")
     */
    public record Attendee(Value name, String role, String attendance, String party, String ward) {
    }
}
