package se.samverkan.common.decision;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The meeting decision that takes effect, as the subject's feature needs to see it.
 *
 * @param decisionId the decision
 * @param forumId the deciding forum
 * @param forumName its name ("Integrationsrådet")
 * @param countyCode its county; null for a national forum
 * @param preparedBy the forums that prepare for or report to the deciding forum (who may propose to it)
 * @param date the meeting's date: the day the decision was made
 */
public record DecidingMeeting(
        UUID decisionId, UUID forumId, String forumName, String countyCode, Set<UUID> preparedBy, LocalDate date) {}
