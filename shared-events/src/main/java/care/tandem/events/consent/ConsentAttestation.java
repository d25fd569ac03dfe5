package care.tandem.events.consent;

/** How a consent was signed (42 CFR 2.31(a)(8)): on paper in a session, or electronically. */
public enum ConsentAttestation {
    SIGNED_IN_SESSION,
    ELECTRONIC_SIGNATURE
}
