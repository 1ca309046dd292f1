package se.samverkan.forum;

/** Managers (chefer, politicians) decide; experts (sakkunniga) prepare. */
public enum MemberRole {
    MANAGER,
    EXPERT
}
