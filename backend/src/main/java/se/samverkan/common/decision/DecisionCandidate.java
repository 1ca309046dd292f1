package se.samverkan.common.decision;

import java.util.UUID;

/** A subject a forum's meeting could decide now: its kind, id, name and agreement. */
public record DecisionCandidate(DecisionEffectKind kind, UUID subjectId, String label, UUID agreementId) {}
