package care.tandem.infra.demo;

/**
 * How big a demo program is. Every couple role of {@link DemoRole} needs its own couple and the schedule
 * changes need a family, so the smallest program that still shows every feature has six couples, one family
 * and three weeks (two past weeks and the current one).
 */
public record DemoSize(int couples, int families, int weeks) {

    /** What {@code --demo} seeds: about 40 couples and 10 families over 12 weeks. */
    public static final DemoSize FULL = new DemoSize(40, 10, 12);

    public DemoSize {
        if (couples < DemoRole.coupleRoles().size()) {
            throw new IllegalArgumentException("a demo program needs at least " + DemoRole.coupleRoles().size()
                    + " couples, one for each couple role");
        }
        if (families < 1) {
            throw new IllegalArgumentException("a demo program needs at least one family");
        }
        if (weeks < 3) {
            throw new IllegalArgumentException("a demo program spans at least 3 weeks");
        }
    }

    int plans() {
        return couples + families;
    }
}
