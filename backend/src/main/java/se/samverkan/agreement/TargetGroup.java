package se.samverkan.agreement;

/** Målgrupper named in the agreements. */
public enum TargetGroup {
    /** Nyanlända. */
    NEWLY_ARRIVED,
    /** Asylsökande. */
    ASYLUM_SEEKERS,
    /** Ensamkommande barn och unga. */
    UNACCOMPANIED_MINORS,
    /** Kvotflyktingar. */
    QUOTA_REFUGEES,
    /** Anhöriga, anhöriginvandrare. */
    FAMILY_MEMBERS,
    /** Skyddsbehövande, incl. temporary protection. */
    PERSONS_IN_NEED_OF_PROTECTION,
    /** Utrikes födda. */
    FOREIGN_BORN,
    /** Barn och unga. */
    CHILDREN_AND_YOUNG_PEOPLE
}
