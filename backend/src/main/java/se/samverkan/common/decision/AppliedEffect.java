package se.samverkan.common.decision;

import java.util.UUID;

/**
 * What a decision changed: its subject as named at that moment, and the agreement it belongs to (for links).
 *
 * @param label the subject's name, e.g. "Framtid 2018" or the agreement's title
 * @param agreementId the agreement of the subject; null when none
 */
public record AppliedEffect(String label, UUID agreementId) {}
