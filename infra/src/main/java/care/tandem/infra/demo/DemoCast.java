package care.tandem.infra.demo;

import care.tandem.command.api.MemberRequest;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.UnitKind;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The people of the demo program: ten clinicians, and the couples and families with obviously fictional
 * names. Plans are spread over the {@link Lane lanes} in turn; within a lane each plan gets its own primary
 * clinician (never the one leading the sibling lane's group at the same time) and weekdays chosen where the
 * lane is least busy, so the clinicians can always cover the own-clinician slots.
 */
final class DemoCast {

    static final List<String> CLINICIANS = IntStream.rangeClosed(1, 10)
            .mapToObj(n -> "c-demo-%02d".formatted(n)).toList();

    private static final List<String> FIRST_NAMES = List.of("Aster", "Birch", "Cove", "Dune", "Ember", "Fern",
            "Grove", "Heron", "Iris", "Juniper", "Kestrel", "Lark", "Moss", "Nova", "Onyx", "Pine", "Quill", "Reed",
            "Sage", "Tarn", "Umber", "Vale", "Wren", "Yarrow", "Zephyr");
    private static final List<String> FAMILY_NAMES = List.of("Demoworth", "Samplehurst", "Testerfield",
            "Mockridge", "Fictionby", "Placeholm", "Examplar", "Dummington");

    private DemoCast() {
    }

    /** The clinician who leads a lane's multi-family groups. */
    static String groupLeader(Lane lane) {
        return CLINICIANS.get(lane.index());
    }

    static List<DemoPlan> of(DemoSize size, Random random) {
        List<DemoRole> coupleRoles = DemoRole.coupleRoles();
        Map<Lane, Map<DayOfWeek, Integer>> attendanceByLane = new HashMap<>();
        List<DemoPlan> plans = new ArrayList<>();
        for (int index = 0; index < size.plans(); index++) {
            boolean couple = index < size.couples();
            int number = couple ? index + 1 : index - size.couples() + 1;
            DemoRole role = couple && index < coupleRoles.size() ? coupleRoles.get(index)
                    : !couple && number == 1 ? DemoRole.SCHEDULE_CHANGES : DemoRole.NONE;
            Lane lane = Lane.ALL.get(index % Lane.ALL.size());
            String planId = (couple ? "demo-couple-" : "demo-family-") + "%02d".formatted(number);
            List<MemberRequest> members = couple ? partners(planId, random) : family(planId, number, random);
            LevelOfCare level = role == DemoRole.PARTIAL_HOSPITALIZATION ? LevelOfCare.PHP
                    : members.stream().anyMatch(member -> Boolean.TRUE.equals(member.minor()))
                    ? LevelOfCare.IOP_ADOLESCENT : LevelOfCare.IOP_ADULT;
            List<DayOfWeek> days = days(daysPerWeek(role, random),
                    attendanceByLane.computeIfAbsent(lane, any -> new EnumMap<>(DayOfWeek.class)), random);
            int startWeek = role == DemoRole.NONE && random.nextInt(5) == 0
                    ? 1 + random.nextInt(Math.min(3, size.weeks() - 2)) : 0;
            plans.add(new DemoPlan(planId, couple ? UnitKind.COUPLE : UnitKind.FAMILY, level, members,
                    primaryClinician(lane, index / Lane.ALL.size()), lane, days, startWeek, role));
        }
        return plans;
    }

    private static int daysPerWeek(DemoRole role, Random random) {
        return switch (role) {
            case PARTIAL_HOSPITALIZATION -> 5;
            // Three days leave a weekday free to move a session to, and make a partner's missed hours tell.
            case UNDER_MINIMUM, SCHEDULE_CHANGES -> 3;
            default -> {
                int draw = random.nextInt(20);
                yield draw < 8 ? 3 : draw < 17 ? 4 : 5;
            }
        };
    }

    /** The least busy weekdays of the lane so far, ties broken at random; sorted Monday first. */
    private static List<DayOfWeek> days(int count, Map<DayOfWeek, Integer> laneLoad, Random random) {
        List<DayOfWeek> weekdays = new ArrayList<>(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        Collections.shuffle(weekdays, random);
        weekdays.sort(Comparator.comparingInt(day -> laneLoad.getOrDefault(day, 0)));
        List<DayOfWeek> chosen = new ArrayList<>(weekdays.subList(0, count));
        chosen.forEach(day -> laneLoad.merge(day, 1, Integer::sum));
        chosen.sort(Comparator.naturalOrder());
        return List.copyOf(chosen);
    }

    private static String primaryClinician(Lane lane, int positionInLane) {
        List<String> candidates = CLINICIANS.stream()
                .filter(clinician -> !clinician.equals(groupLeader(lane.sibling()))).toList();
        return candidates.get((lane.index() * 3 + positionInLane) % candidates.size());
    }

    private static List<MemberRequest> partners(String planId, Random random) {
        String familyName = pick(FAMILY_NAMES, random);
        List<String> firstNames = distinctFirstNames(2, random);
        return List.of(
                new MemberRequest(planId + "-a", firstNames.get(0) + " " + familyName, MemberRole.PARTNER, null,
                        null),
                new MemberRequest(planId + "-b", firstNames.get(1) + " " + familyName, MemberRole.PARTNER, null,
                        null));
    }

    /**
     * Six families in ten have an adolescent in treatment (with one or two parents as guardians, sometimes a
     * younger sibling); the others an adult child with both parents.
     */
    private static List<MemberRequest> family(String planId, int number, Random random) {
        String familyName = pick(FAMILY_NAMES, random);
        List<String> firstNames = distinctFirstNames(4, random);
        List<MemberRequest> members = new ArrayList<>();
        boolean adolescent = number % 5 != 3 && number % 5 != 0;
        boolean twoParents = !adolescent || number % 2 == 0;
        members.add(new MemberRequest(planId + "-parent-1", firstNames.get(0) + " " + familyName, MemberRole.PARENT,
                null, null));
        if (twoParents) {
            members.add(new MemberRequest(planId + "-parent-2", firstNames.get(1) + " " + familyName,
                    MemberRole.PARENT, null, null));
        }
        List<String> guardians = members.stream().map(MemberRequest::participantId).toList();
        if (adolescent) {
            members.add(new MemberRequest(planId + "-adolescent", firstNames.get(2) + " " + familyName,
                    MemberRole.ADOLESCENT, true, guardians));
            if (number % 3 == 0) {
                members.add(new MemberRequest(planId + "-child", firstNames.get(3) + " " + familyName,
                        MemberRole.CHILD, true, guardians));
            }
        } else {
            members.add(new MemberRequest(planId + "-adult-child", firstNames.get(2) + " " + familyName,
                    MemberRole.CHILD, false, null));
        }
        return List.copyOf(members);
    }

    private static List<String> distinctFirstNames(int count, Random random) {
        List<String> names = new ArrayList<>(FIRST_NAMES);
        Collections.shuffle(names, random);
        return names.subList(0, count);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
